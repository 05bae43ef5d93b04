#!/usr/bin/env bash
# The author's loop on a synthetic ISMS of 1,000 documents (benchmarks/site/Generate.java), as whole
# processes in one run, alternating: the floor `mvn isms:help`; `mvn isms:site -Disms.pdf=false`
# after one document's body changed (the build cache and the spare site of the build before are
# there); the same after deleting target/isms (a clean build: no cache, no spare); Hugo's full build
# of the same Markdown. Then, after WARM (default 5) uncounted edits, the edit-to-updated-page and
# edit-to-rebuilt-site times of a running `mvn isms:serve` (its log lines) and the edit-to-rebuilt-site
# time of `hugo server` (its "Total in" line), for the same one-document edit.
# Needs Java 17, Maven and Debian's `hugo`. Usage: benchmarks/incremental/run.sh [documents] [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
docs="${1:-1000}"
runs="${2:-3}"
work="$here/target"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"

# 1. The plugin from this checkout, installed into a benchmark-private local repository (never ~/.m2).
echo "building the plugin ($version)"
(cd "$root" && mvn -B -q -o -DskipTests -Dinvoker.skip=true package -pl isms-maven-plugin -am)
rm -rf "$work" && mkdir -p "$work/repo"
cat > "$work/settings.xml" <<XML
<settings>
  <mirrors><mirror><id>user-repo</id><mirrorOf>*</mirrorOf><url>file://${HOME}/.m2/repository</url></mirror></mirrors>
</settings>
XML
mvn_bench=(mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo")
mvn_loud=(mvn -B -s "$work/settings.xml" -Dmaven.repo.local="$work/repo")
"${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
  -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml" -Dpackaging=pom >/dev/null
for module in policy-templates isms-maven-plugin; do
  "${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$root/$module/target/$module-$version.jar" -DpomFile="$root/$module/pom.xml" >/dev/null
done

echo "generating $docs documents"
java "$root/benchmarks/site/Generate.java" "$docs" "$work/gen" "$version"
project="$work/gen/isms"
edited_isms="$(find "$project/src/isms/documents" -name "doc-$(printf '%04d' $((docs / 2))).md")"
edited_hugo="$work/gen/hugo/content/docs/$(basename "$edited_isms")"
# One more sentence at the end of one document's body: no title or heading changes.
edit() { printf '\nEdited in run %s.\n' "$1" >> "$edited_isms"; printf '\nEdited in run %s.\n' "$1" >> "$edited_hugo"; }

help_floor() { (cd "$project" && "${mvn_bench[@]}" -o isms:help); }
site() { (cd "$project" && "${mvn_bench[@]}" -o isms:site -Disms.pdf=false); }
clean_site() { rm -rf "$project/target/isms" && site; }
hugo_site() { (cd "$work/gen/hugo" && hugo --quiet -d "$work/hugo-out"); }
measure() {
  local start end
  start=$(date +%s.%N)
  ( "$@" >/dev/null; times ) | tail -1 > "$work/cpu.txt"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
    printf "%.2f %.2f", b - a, u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/cpu.txt"
}

# 2. Untimed: fill the repository and the file cache, leave a spare and a cache behind.
(cd "$project" && "${mvn_bench[@]}" isms:site -Disms.pdf=false >/dev/null) || { echo "isms:site failed in $project"; exit 1; }
site >/dev/null
hugo_site >/dev/null
help_floor >/dev/null
floor_w=(); incr_w=(); clean_w=(); hugo_w=(); floor_c=(); incr_c=(); clean_c=(); hugo_c=(); loads=()
for i in $(seq "$runs"); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  read -r w c <<<"$(measure help_floor)"; floor_w+=("$w"); floor_c+=("$c")
  edit "site-$i"
  read -r w c <<<"$(measure site)"; incr_w+=("$w"); incr_c+=("$c")
  read -r w c <<<"$(measure clean_site)"; clean_w+=("$w"); clean_c+=("$c")
  site >/dev/null # untimed: the next incremental build finds a cache and a spare again
  read -r w c <<<"$(measure hugo_site)"; hugo_w+=("$w"); hugo_c+=("$c")
done

# 3. The live previews, each running alone: the time from the edit to the rebuilt site, as each reports it.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { # file pattern count: waits until the file has count lines matching pattern
  for _ in $(seq 6000); do
    local count
    count=$(grep -c -- "$2" "$1" 2>/dev/null) || count=${count:-0}
    [ "${count:-0}" -ge "$3" ] && return 0
    sleep 0.1
  done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}
# isms:serve answers an edit of one body twice: the edited page at once ("<page> updated in N ms"), then the full
# build ("site built in N ms"). Both are timed from the write; the first edits warm the JVM up and are not counted.
count_of() { local c; c=$(grep -c -- "$2" "$1" 2>/dev/null) || c=${c:-0}; echo "${c:-0}"; }
warm="${WARM:-5}"
page_ms=(); page_wall=(); serve_ms=(); serve_wall=()
(cd "$project" && exec "${mvn_loud[@]}" -o isms:serve -Disms.port="$(free_port)" > "$work/serve.log" 2>&1) &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null || true; kill ${hugo_pid:-} 2>/dev/null || true' EXIT
wait_for "$work/serve.log" "isms:serve: site built" 1
for i in $(seq $((warm + runs))); do
  sleep 1
  pages_before=$(count_of "$work/serve.log" " updated in ")
  start=$(date +%s.%N); edit "serve-$i"
  # The edited page, or the full build when the page could not be updated at once.
  while [ "$(count_of "$work/serve.log" " updated in ")" -le "$pages_before" ] \
      && [ "$(count_of "$work/serve.log" "isms:serve: site built")" -le "$i" ]; do sleep 0.01; done
  page_end=$(date +%s.%N)
  wait_for "$work/serve.log" "isms:serve: site built" $((i + 1))
  end=$(date +%s.%N)
  [ "$i" -gt "$warm" ] || continue
  if [ "$(count_of "$work/serve.log" " updated in ")" -gt "$pages_before" ]; then
    page_ms+=("$(grep " updated in " "$work/serve.log" | tail -1 | sed 's/.* updated in \([0-9]*\) ms.*/\1/')")
  else
    page_ms+=("none")
  fi
  page_wall+=("$(awk -v a="$start" -v b="$page_end" 'BEGIN {printf "%d", (b - a) * 1000}')")
  serve_ms+=("$(grep "isms:serve: site built" "$work/serve.log" | tail -1 | sed 's/.* in \([0-9]*\) ms.*/\1/')")
  serve_wall+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%d", (b - a) * 1000}')")
done
kill $serve_pid; wait $serve_pid 2>/dev/null || true
hugo_ms=(); hugo_wall=()
(cd "$work/gen/hugo" && exec hugo server --port "$(free_port)" --disableFastRender > "$work/hugo-server.log" 2>&1) &
hugo_pid=$!
wait_for "$work/hugo-server.log" "Web Server is available" 1
for i in $(seq $((warm + runs))); do
  sleep 1
  start=$(date +%s.%N); edit "hugo-$i"
  wait_for "$work/hugo-server.log" "Total in" "$i" # its first build says "Built in"
  end=$(date +%s.%N)
  [ "$i" -gt "$warm" ] || continue
  hugo_ms+=("$(grep "Total in" "$work/hugo-server.log" | tail -1 | sed 's/.*Total in \([0-9.]*\) ms.*/\1/')")
  hugo_wall+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%d", (b - a) * 1000}')")
done
kill $hugo_pid; wait $hugo_pid 2>/dev/null || true

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a - b}'; }
fw=$(median "${floor_w[@]}"); hw=$(median "${hugo_w[@]}")
echo
echo "documents: $docs, runs: $runs, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1)"
echo "load average (1 min) before each run: ${loads[*]}"
row() {
  printf '%-50s wall s: %-20s median %s (minus floor %s = %sx hugo) | cpu s: %s\n' "$1" "$2" "$(median $2)" \
    "$(minus "$(median $2)" "$fw")" "$(ratio "$(minus "$(median $2)" "$fw")" "$hw")" "$3"
}
printf '%-50s wall s: %-20s median %s (%sx hugo) | cpu s: %s\n' "floor: mvn isms:help" "${floor_w[*]}" "$fw" \
  "$(ratio "$fw" "$hw")" "${floor_c[*]}"
row "isms:site -Disms.pdf=false, one document edited" "${incr_w[*]}" "${incr_c[*]}"
row "isms:site -Disms.pdf=false, clean (no cache)" "${clean_w[*]}" "${clean_c[*]}"
printf '%-50s wall s: %-20s median %s | cpu s: %s\n' "hugo $(hugo version | awk '{print $2}') full build" "${hugo_w[*]}" "$hw" "${hugo_c[*]}"
echo "isms:serve ($warm warm-up edits), edit to updated page: as logged (ms) ${page_ms[*]}, median $(median "${page_ms[@]}"); from the write (ms) ${page_wall[*]}, median $(median "${page_wall[@]}")"
echo "isms:serve ($warm warm-up edits), edit to rebuilt site: as logged (ms) ${serve_ms[*]}, median $(median "${serve_ms[@]}"); from the write (ms) ${serve_wall[*]}, median $(median "${serve_wall[@]}")"
echo "hugo server ($warm warm-up edits), edit to rebuilt site: as logged (ms) ${hugo_ms[*]}, median $(median "${hugo_ms[@]}"); from the write (ms) ${hugo_wall[*]}, median $(median "${hugo_wall[@]}")"
