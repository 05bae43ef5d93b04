#!/usr/bin/env bash
# Times the HTML build of a synthetic ISMS (default 1,000 documents of ~1,000 words) as whole
# processes, side by side in the same run: `mvn isms:site -Disms.pdf=false` and Hugo on the same
# Markdown. Needs Java 17, Maven, and Debian's `hugo`. Usage: benchmarks/site/run.sh [documents] [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
docs="${1:-1000}"
runs="${2:-3}"
work="$here/target"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"

# 1. The plugin, built from this checkout, installed into a benchmark-private local repository
#    (never into ~/.m2). That repository resolves everything else from ~/.m2 through a file mirror.
echo "building the plugin ($version)"
(cd "$root" && mvn -B -q -o -DskipTests -Dinvoker.skip=true package -pl isms-maven-plugin -am)
rm -rf "$work" && mkdir -p "$work/repo"
cat > "$work/settings.xml" <<XML
<settings>
  <mirrors><mirror><id>user-repo</id><mirrorOf>*</mirrorOf><url>file://${HOME}/.m2/repository</url></mirror></mirrors>
</settings>
XML
mvn_bench=(mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo")
"${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
  -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml" -Dpackaging=pom >/dev/null
for module in policy-templates isms-maven-plugin; do
  "${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$root/$module/target/$module-$version.jar" -DpomFile="$root/$module/pom.xml" >/dev/null
done

# 2. The same synthetic documents for both tools.
echo "generating $docs documents"
java "$here/Generate.java" "$docs" "$work/gen" "$version"

isms() { (cd "$work/gen/isms" && "${mvn_bench[@]}" -o isms:site -Disms.pdf=false); }
isms_first() { (cd "$work/gen/isms" && "${mvn_bench[@]}" isms:site -Disms.pdf=false); }
hugo_site() { (cd "$work/gen/hugo" && hugo --quiet -d "$work/hugo-out"); }
# The README's advice for short builds: the project's .mvn/jvm.config (read by plain `mvn`) keeps
# the JVM's just-in-time compiler at its first tier and uses the parallel garbage collector; its
# optional second step adds a class-data-sharing archive of the plugin's classes, made once by an
# untimed run. Same command, with and without those files.
jsa="$work/gen/isms/.mvn/isms.jsa"
tuned() { mkdir -p "$work/gen/isms/.mvn" && echo "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC" > "$work/gen/isms/.mvn/jvm.config"; }
archived() { tuned && echo "-XX:SharedArchiveFile=.mvn/isms.jsa" >> "$work/gen/isms/.mvn/jvm.config"; }
plain() { rm -f "$work/gen/isms/.mvn/jvm.config"; }
# A build with no earlier site next to it (the first after `mvn clean`): every file is created.
isms_clean() { rm -rf "$work/gen/isms/target/isms" && isms; }
# "wall user+sys" in seconds of one run of "$@"; the CPU time is that of the child processes (the
# JVM, Hugo), which bash's `times` reports for a subshell that ran only them.
measure() {
  local start end
  start=$(date +%s.%N)
  ( "$@" >/dev/null; times ) | tail -1 > "$work/cpu.txt"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
    printf "%.2f %.2f", b - a, u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/cpu.txt"
}

# 3. Untimed runs first: one fills the benchmark repository and warms the file cache, a second
#    leaves the first site as the spare a rebuild writes over (as every rebuild after the first
#    finds it), a third writes the class-data-sharing archive. Hugo's output folder stays between
#    its runs too. Then alternate.
isms_first >/dev/null || { echo "isms:site failed; run it in $work/gen/isms to see why"; exit 1; }
isms >/dev/null
(cd "$work/gen/isms" && tuned && MAVEN_OPTS="-XX:ArchiveClassesAtExit=.mvn/isms.jsa" "${mvn_bench[@]}" -o isms:site -Disms.pdf=false >/dev/null)
plain
hugo_site >/dev/null
plain_wall=(); plain_cpu=(); tuned_wall=(); tuned_cpu=(); cds_wall=(); cds_cpu=(); clean_wall=(); clean_cpu=()
hugo_wall=(); hugo_cpu=(); loads=()
for i in $(seq "$runs"); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  plain; read -r w c <<<"$(measure isms)"; plain_wall+=("$w"); plain_cpu+=("$c")
  tuned; read -r w c <<<"$(measure isms)"; tuned_wall+=("$w"); tuned_cpu+=("$c")
  archived; read -r w c <<<"$(measure isms)"; cds_wall+=("$w"); cds_cpu+=("$c")
  tuned; read -r w c <<<"$(measure isms_clean)"; clean_wall+=("$w"); clean_cpu+=("$c")
  isms >/dev/null # untimed: the next rebuild finds its spare again
  plain; read -r w c <<<"$(measure hugo_site)"; hugo_wall+=("$w"); hugo_cpu+=("$c")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
hw=$(median "${hugo_wall[@]}"); hc=$(median "${hugo_cpu[@]}")
pages=$(find "$work/gen/isms/target/isms/site/docs" -name index.html | wc -l)
echo
echo "documents: $docs (pages built: $pages), runs: $runs, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load average (1 min) before each run: ${loads[*]}"
row() {
  local name="$1" wall="$2" cpu="$3"; shift 3
  printf '%-52s wall s: %s  median %s (%sx hugo) | cpu s: %s  median %s (%sx hugo)\n' "$name" \
    "$wall" "$(median $wall)" "$(ratio "$(median $wall)" "$hw")" "$cpu" "$(median $cpu)" "$(ratio "$(median $cpu)" "$hc")"
}
row "mvn isms:site -Disms.pdf=false" "${plain_wall[*]}" "${plain_cpu[*]}"
row "mvn isms:site -Disms.pdf=false (.mvn/jvm.config)" "${tuned_wall[*]}" "${tuned_cpu[*]}"
row "the same with the class-data-sharing archive" "${cds_wall[*]}" "${cds_cpu[*]}"
row "jvm.config, no earlier site (after mvn clean)" "${clean_wall[*]}" "${clean_cpu[*]}"
row "hugo $(hugo version | awk '{print $2}')" "${hugo_wall[*]}" "${hugo_cpu[*]}"
echo "target: wall ratio <= 2.00"
