#!/usr/bin/env bash
# Maven's cold start with the plugin, as whole processes in one run, alternating: the floor `mvn validate` of
# an empty project, and `mvn isms:help` (Maven builds the plugin's class realm, the goal does no work) with
#   as-is    the plugin as released: its POM and its runtime libraries, each resolved from its own POM;
#   trimmed  the same jar with a POM without the libraries only some goals use (PDF, Word, the Maven report,
#            git over SSH): what resolving fewer dependencies would save;
#   shaded   the plugin and all its libraries in one jar under a POM without dependencies (shade.xml);
#   as-is + CDS, shaded + CDS: the same with a class-data-sharing archive (-XX:SharedArchiveFile), made by
#            one run with -XX:ArchiveClassesAtExit as the performance page of the user guide describes.
# Each variant has a private local repository under target/ (never ~/.m2), filled from ~/.m2, and runs offline.
# Usage: benchmarks/coldstart/run.sh [runs]   (SKIP_BUILD=1 takes the plugin built under isms-maven-plugin/target;
# JVM_OPTS="..." adds options to every run, e.g. the
# recommended "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC")
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
jvm_opts="${JVM_OPTS:-}"
work="$here/target"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"

echo "building the plugin ($version)"
[ -n "${SKIP_BUILD:-}" ] || (cd "$root" && mvn -B -q -o -Dmaven.test.skip=true -Dinvoker.skip=true package -pl isms-maven-plugin -am)
rm -rf "$work" && mkdir -p "$work"
cat > "$work/settings.xml" <<XML
<settings>
  <mirrors><mirror><id>user-repo</id><mirrorOf>*</mirrorOf><url>file://${HOME}/.m2/repository</url></mirror></mirrors>
</settings>
XML
plugin_jar="$root/isms-maven-plugin/target/isms-maven-plugin-$version.jar"
install() { # repo file pom [packaging]
  mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$1" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$2" -DpomFile="$3" ${4:+-Dpackaging=$4} >/dev/null
}
install_asis() { # repo pom-of-the-plugin
  install "$1" "$root/pom.xml" "$root/pom.xml" pom
  install "$1" "$root/policy-templates/target/policy-templates-$version.jar" "$root/policy-templates/pom.xml"
  install "$1" "$plugin_jar" "$2"
}
# Dependencies only some goals use: PDF (openhtmltopdf, PDFBox, XMPBox), Word (POI), the Maven report
# (maven-reporting-*, which bring Doxia, Velocity and Plexus), git over SSH (Apache MINA sshd).
sed -E '/<artifactId>(poi-ooxml|maven-reporting-api|maven-reporting-impl|org.eclipse.jgit.ssh.apache|pdfbox|xmpbox|openhtmltopdf-pdfbox)<\/artifactId>/d' \
  "$root/isms-maven-plugin/pom.xml" > "$work/trimmed-pom.xml"
cat > "$work/shaded-pom.xml" <<XML
<project><modelVersion>4.0.0</modelVersion><groupId>io.github.isms</groupId>
  <artifactId>isms-maven-plugin</artifactId><version>$version</version><packaging>maven-plugin</packaging></project>
XML
echo "filling the variants' local repositories"
install_asis "$work/repo-asis" "$root/isms-maven-plugin/pom.xml"
install_asis "$work/repo-trimmed" "$work/trimmed-pom.xml"
install_asis "$work/repo-shade-build" "$root/isms-maven-plugin/pom.xml"
(cd "$here" && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo-shade-build" -f shade.xml \
  -Disms.version="$version" package)
shaded_jar="$work/isms-maven-plugin-shaded-$version.jar"
install "$work/repo-shaded" "$shaded_jar" "$work/shaded-pom.xml"
echo "shaded jar: $(du -m "$shaded_jar" | cut -f1) MB"

mkdir -p "$work/empty" "$work/project"
cat > "$work/empty/pom.xml" <<XML
<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>empty</artifactId><version>1</version></project>
XML
cat > "$work/project/pom.xml" <<XML
<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>isms</artifactId><version>1</version>
  <build><plugins><plugin><groupId>io.github.isms</groupId><artifactId>isms-maven-plugin</artifactId><version>$version</version></plugin></plugins></build>
</project>
XML
mvn_in() { # repo folder goal [extra JVM options]
  (cd "$2" && MAVEN_OPTS="$jvm_opts ${4:-}" mvn -B -q -o -s "$work/settings.xml" -Dmaven.repo.local="$1" "$3")
}
floor() { mvn_in "$work/repo-asis" "$work/empty" validate; }
asis() { mvn_in "$work/repo-asis" "$work/project" isms:help; }
trimmed() { mvn_in "$work/repo-trimmed" "$work/project" isms:help; }
shaded() { mvn_in "$work/repo-shaded" "$work/project" isms:help; }
asis_cds() { mvn_in "$work/repo-asis" "$work/project" isms:help "-XX:SharedArchiveFile=$work/asis.jsa"; }
shaded_cds() { mvn_in "$work/repo-shaded" "$work/project" isms:help "-XX:SharedArchiveFile=$work/shaded.jsa"; }

# Untimed: each variant once online-free (fills the repositories from ~/.m2 and the file cache), the archives.
(cd "$work/empty" && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo-asis" validate >/dev/null)
for repo in asis trimmed shaded; do
  (cd "$work/project" && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo-$repo" isms:help >/dev/null)
done
(cd "$work/empty" && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo-trimmed" validate >/dev/null)
(cd "$work/empty" && mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo-shaded" validate >/dev/null)
mvn_in "$work/repo-asis" "$work/project" isms:help "-XX:ArchiveClassesAtExit=$work/asis.jsa" >/dev/null 2>&1
mvn_in "$work/repo-shaded" "$work/project" isms:help "-XX:ArchiveClassesAtExit=$work/shaded.jsa" >/dev/null 2>&1
variants=(floor asis trimmed shaded asis_cds shaded_cds)
for v in "${variants[@]}"; do "$v" >/dev/null || { echo "variant $v failed"; exit 1; }; done

measure() {
  local start end
  start=$(date +%s.%N)
  ( "$@" >/dev/null; times ) | tail -1 > "$work/cpu.txt"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
    printf "%.3f %.3f", b - a, u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/cpu.txt"
}
declare -A wall cpu
loads=()
for i in $(seq "$runs"); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  for v in "${variants[@]}"; do
    read -r w c <<<"$(measure "$v")"
    wall[$v]="${wall[$v]:-} $w"; cpu[$v]="${cpu[$v]:-} $c"
  done
done

median() { printf '%s\n' $@ | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
fw=$(median ${wall[floor]}); fc=$(median ${cpu[floor]})
echo
echo "runs: $runs, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "MAVEN_OPTS added: '${jvm_opts}'; load average (1 min) before each round: ${loads[*]}"
echo "dependencies resolved: as-is $(grep -c '<dependency>' "$root/isms-maven-plugin/pom.xml") direct; trimmed $(grep -c '<dependency>' "$work/trimmed-pom.xml") direct; shaded 0"
for v in "${variants[@]}"; do
  printf '%-12s wall s:%-32s median %s (%sx floor) | cpu s:%-32s median %s (%sx floor)\n' "$v" "${wall[$v]}" \
    "$(median ${wall[$v]})" "$(ratio "$(median ${wall[$v]})" "$fw")" "${cpu[$v]}" "$(median ${cpu[$v]})" "$(ratio "$(median ${cpu[$v]})" "$fc")"
done
