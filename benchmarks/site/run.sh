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
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'; }

# 3. One untimed run each (fills the benchmark repository, warms the file cache), then alternate.
isms_first >/dev/null || { echo "isms:site failed; run it in $work/gen/isms to see why"; exit 1; }
hugo_site >/dev/null
isms_times=(); hugo_times=()
for i in $(seq "$runs"); do
  isms_times+=("$(seconds isms)")
  hugo_times+=("$(seconds hugo_site)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mi=$(median "${isms_times[@]}"); mh=$(median "${hugo_times[@]}")
pages=$(find "$work/gen/isms/target/isms/site/docs" -name index.html | wc -l)
echo
echo "documents: $docs (pages built: $pages), runs: $runs, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "mvn isms:site -Disms.pdf=false  wall seconds: ${isms_times[*]}  median $mi"
echo "hugo $(hugo version | awk '{print $2}')               wall seconds: ${hugo_times[*]}  median $mh"
echo "ratio (isms / hugo): $(awk -v a="$mi" -v b="$mh" 'BEGIN {printf "%.2f", a / b}')  (target: <= 2.00)"
