#!/usr/bin/env bash
# Word export benchmark, one command: builds the plugin from this checkout (installed only into a private
# repository under benchmarks/docx/target/, never into ~/.m2), generates the site benchmark's synthetic ISMS
# (benchmarks/site/Generate.java: documents of about 1,000 words with a table, two lists and four
# cross-references each), then times whole processes in the same run, alternating:
#   - `mvn isms:site -Disms.pdf=false -Disms.docx=false` (the site without Word files),
#   - `mvn isms:site -Disms.pdf=false` (the same with a Word file per document: the difference is the export),
#   both as first builds (target/isms deleted before each: no render cache, no earlier site to write over, so
#   both variants create every file they write),
#   - pandoc converting the same Markdown files to Word, one process per file (`pandoc -f markdown -t docx`).
# It prints wall and CPU time (user + sys of the child processes) of every run, the medians, the Word part's
# ratio to pandoc, and the load average before each run.
#   benchmarks/docx/run.sh [DOCUMENTS] [RUNS]     (default 1,000 documents, 3 runs)
# REUSE=1 keeps the plugin and the documents of the last run (benchmarks/docx/target) instead of building anew.
# PANDOC_EVERY=N has pandoc convert only every N-th file and multiplies its times by N (on a loaded machine
# 1,000 pandoc processes take most of an hour; the per-file cost is steady, so a sample says the same).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
docs="${1:-1000}"
runs="${2:-3}"
every="${PANDOC_EVERY:-1}"
work="$here/target"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"

mvn_bench=(mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo")
project="$work/gen/isms"
if [ "${REUSE:-0}" != 1 ] || [ ! -d "$project" ]; then
  echo "building the plugin ($version)"
  (cd "$root" && mvn -B -q -o -DskipTests -Dinvoker.skip=true package -pl isms-maven-plugin -am)
  rm -rf "$work" && mkdir -p "$work/repo"
  cat > "$work/settings.xml" <<XML
<settings>
  <mirrors><mirror><id>user-repo</id><mirrorOf>*</mirrorOf><url>file://${HOME}/.m2/repository</url></mirror></mirrors>
</settings>
XML
  "${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml" -Dpackaging=pom >/dev/null
  for module in policy-templates isms-maven-plugin; do
    "${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
      -Dfile="$root/$module/target/$module-$version.jar" -DpomFile="$root/$module/pom.xml" >/dev/null
  done
  echo "generating $docs documents"
  java "$here/../site/Generate.java" "$docs" "$work/gen" "$version"
fi
mkdir -p "$work/pandoc-out"

without_word() { rm -rf "$project/target/isms"; (cd "$project" && "${mvn_bench[@]}" -o isms:site -Disms.pdf=false -Disms.docx=false); }
with_word() { rm -rf "$project/target/isms"; (cd "$project" && "${mvn_bench[@]}" -o isms:site -Disms.pdf=false); }
pandoc_word() {
  find "$project/src/isms/documents" -name '*.md' | sort | awk -v n="$every" 'NR % n == 0' | while read -r f; do
    pandoc -f markdown -t docx -o "$work/pandoc-out/$(basename "$f" .md).docx" "$f"
  done
}
# "wall user+sys" in seconds of one run of "$@" (the CPU time of the child processes, as bash's `times` reports it).
measure() {
  local start end
  start=$(date +%s.%N)
  ( "$@" >/dev/null; times ) | tail -1 > "$work/cpu.txt"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
    printf "%.2f %.2f", b - a, u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/cpu.txt"
}

# Untimed, online (the private repository resolves from ~/.m2): the first build fills the private repository.
(cd "$project" && "${mvn_bench[@]}" isms:site -Disms.pdf=false >/dev/null) || { echo "isms:site failed; run it in $project"; exit 1; }
word_files=$(find "$project/target/isms/site/docs" -name '*.docx' | wc -l)
echo "date: $(date -u '+%F %H:%M') UTC; cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores;" \
    "memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "java: $(java -version 2>&1 | head -1); $(mvn -B -v | sed -n 1p); $(pandoc --version | head -1)"
echo "documents: $docs, Word files written by isms:site: $word_files, runs: $runs, pandoc converts every ${every}. file" \
    "(its times are multiplied by $every)"
without_wall=(); without_cpu=(); with_wall=(); with_cpu=(); pandoc_wall=(); pandoc_cpu=(); loads=()
for i in $(seq "$runs"); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  read -r w c <<<"$(measure without_word)"; without_wall+=("$w"); without_cpu+=("$c")
  read -r w c <<<"$(measure with_word)"; with_wall+=("$w"); with_cpu+=("$c")
  read -r w c <<<"$(measure pandoc_word)"
  pandoc_wall+=("$(awk -v a="$w" -v n="$every" 'BEGIN {printf "%.2f", a * n}')")
  pandoc_cpu+=("$(awk -v a="$c" -v n="$every" 'BEGIN {printf "%.2f", a * n}')")
  echo "run $i: without Word ${without_wall[-1]} s wall ${without_cpu[-1]} s cpu; with Word ${with_wall[-1]} s, ${with_cpu[-1]} s;" \
      "pandoc ${pandoc_wall[-1]} s, ${pandoc_cpu[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a - b}'; }
echo "load average (1 min) before each run: ${loads[*]}"
ow=$(median "${without_wall[@]}"); oc=$(median "${without_cpu[@]}")
ww=$(median "${with_wall[@]}"); wc=$(median "${with_cpu[@]}")
pw=$(median "${pandoc_wall[@]}"); pc=$(median "${pandoc_cpu[@]}")
printf '%-48s wall s: %s  median %s | cpu s: %s  median %s\n' "isms:site -Disms.pdf=false -Disms.docx=false" \
    "${without_wall[*]}" "$ow" "${without_cpu[*]}" "$oc"
printf '%-48s wall s: %s  median %s | cpu s: %s  median %s\n' "isms:site -Disms.pdf=false (with Word)" \
    "${with_wall[*]}" "$ww" "${with_cpu[*]}" "$wc"
printf '%-48s wall s: %s  median %s | cpu s: %s  median %s\n' "pandoc -f markdown -t docx, one process a file" \
    "${pandoc_wall[*]}" "$pw" "${pandoc_cpu[*]}" "$pc"
echo "the Word part (difference of the medians): $(minus "$ww" "$ow") s wall, $(minus "$wc" "$oc") s cpu;" \
    "pandoc / Word part: $(ratio "$pw" "$(minus "$ww" "$ow")")x wall, $(ratio "$pc" "$(minus "$wc" "$oc")")x cpu;" \
    "pandoc / whole isms:site with Word: $(ratio "$pw" "$ww")x wall, $(ratio "$pc" "$wc")x cpu"
