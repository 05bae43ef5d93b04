#!/usr/bin/env bash
# Scale benchmark, one command: for each size N (default 1,000, 2,500, 5,000 and 10,000 documents) it
# generates an ISMS repository of N documents and 5*N commits with git fast-import (the history
# benchmark's generator: fixed seed, fixed dates, pull requests merged with approval trailers, squashes,
# direct pushes, renames), adds the project's pom.xml and isms.yaml in one more commit, and runs
# `mvn isms:site -Disms.pdf=false` once under -Xmx1g, recording wall time, CPU time, the process's peak
# resident memory (/usr/bin/time -v) and the largest heap left after a garbage collection (-Xlog:gc).
# With PDFS=N (default 0: none) it builds once more with PDFs on for the sizes up to N documents.
#   benchmarks/scale/run.sh [SIZES...]          e.g. benchmarks/scale/run.sh 1000 10000
# REPOS=DIR takes the repository of N documents from DIR/isms-N when an earlier run left it there (its last
# commit is 'Build the ISMS with Maven'), or generates it there, and keeps it; HISTORY=0 leaves out the history reader alone;
# BUILT=DIR installs the plugin already built in checkout DIR (its pom.xml files and target/*.jar are enough)
# instead of building this one, to measure another version in the same run.
# Each size runs once: the big ones take minutes and most of a 1 GiB heap.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("${@:-1000 2500 5000 10000}")
read -r -a sizes <<<"${sizes[*]}"
pdfs="${PDFS:-0}"
repos="${REPOS:-}"
built="${BUILT:-}"
from="${built:-$root}"
run_history="${HISTORY:-1}"
heap="${HEAP:--Xmx1g}"
work="$here/target"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"

# The plugin, built from this checkout, installed into a benchmark-private local repository (never into
# ~/.m2), which resolves everything else from ~/.m2 through a file mirror.
if [ -z "$built" ]; then
  echo "building the plugin ($version)"
  (cd "$root" && mvn -B -q -o -DskipTests -Dinvoker.skip=true package -pl isms-maven-plugin -am)
fi
rm -rf "$work" && mkdir -p "$work/repo"
cat > "$work/settings.xml" <<XML
<settings>
  <mirrors><mirror><id>user-repo</id><mirrorOf>*</mirrorOf><url>file://${HOME}/.m2/repository</url></mirror></mirrors>
</settings>
XML
mvn_bench=(mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo")
"${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
  -Dfile="$from/pom.xml" -DpomFile="$from/pom.xml" -Dpackaging=pom >/dev/null
for module in policy-templates isms-maven-plugin; do
  "${mvn_bench[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$from/$module/target/$module-$version.jar" -DpomFile="$from/$module/pom.xml" >/dev/null
done

# The history reader alone (benchmarks/history/ExtractOnce.java), to run under the same heap limit.
if [ "$run_history" = 1 ]; then
  (cd "$root" && mvn -B -q -o -pl isms-maven-plugin dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" \
      -Dmdep.includeScope=runtime)
  classpath="$root/isms-maven-plugin/target/isms-maven-plugin-$version.jar:$(cat "$work/classpath.txt")"
  javac -d "$work/bench" -cp "$classpath" "$here/../history/ExtractOnce.java"
fi

# An ISMS project of $1 documents and 5 x $1 commits in $2.
generate() {
  local docs="$1" dir="$2"
  git init -q -b main "$dir"
  java "$here/../history/GenerateRepository.java" "$docs" "$((docs * 5))" | git -C "$dir" fast-import --quiet
  git -C "$dir" branch -q -D topic 2>/dev/null || true
  git -C "$dir" checkout -q -f main
  cat > "$dir/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>scale-isms</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin><groupId>io.github.isms</groupId><artifactId>isms-maven-plugin</artifactId><version>$version</version></plugin>
    </plugins>
  </build>
</project>
XML
  cat > "$dir/src/isms/isms.yaml" <<YAML
organization: {name: Scale Corp}
roles: {CISO: [alice@example.com], CEO: [bob@example.com]}
defaults: {owner: CISO, approvers: [CEO]}
approval: {branch: main, evidence: [trailers], trailers: [Approved-by]}
YAML
  printf 'target/\n' > "$dir/.gitignore"
  git -C "$dir" add -A
  GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z' \
    git -C "$dir" -c user.name='Alice Ciso' -c user.email=alice@example.com commit -q -m 'Build the ISMS with Maven'
}

# The history of the project in $1 read once in a fresh JVM under the heap limit; prints "wall-s max-rss-MiB exit-status".
history() {
  local status=0
  /usr/bin/time -v -o "$work/time.txt" java "$heap" -cp "$classpath:$work/bench" ExtractOnce "$1" \
      >"$work/history.log" 2>&1 || status=$?
  awk -v status="$status" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%.1f %.0f %s\n", wall, rss, status }' "$work/time.txt"
}

# One build of the project in $1 with the extra arguments after it; prints
# "wall-s cpu-s max-rss-MiB max-heap-after-gc-MiB exit-status".
build() {
  local dir="$1"; shift
  rm -rf "$dir/target/isms" "$work/gc.log" "$work/time.txt"
  local status=0
  (cd "$dir" && MAVEN_OPTS="$heap -Xlog:gc:file=$work/gc.log" /usr/bin/time -v -o "$work/time.txt" \
      "${mvn_bench[@]}" -o isms:site "$@" >"$work/build.log" 2>&1) || status=$?
  awk -v status="$status" -v gc="$(grep -o -- '->[0-9]*M' "$work/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { cpu += $NF } /System time/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%.1f %.1f %.0f %s %s\n", wall, cpu, rss, gc == "" ? "-" : gc, status }' "$work/time.txt"
}

echo "date: $(date -u '+%F %H:%M') UTC; cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores;" \
    "memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; java: $(java -version 2>&1 | head -1); heap: $heap"
printf '%-9s %-8s %-6s %-8s %-8s %-9s %-13s %-6s %s\n' documents commits pdfs wall-s cpu-s rss-MiB heap-max-MiB exit load
for docs in "${sizes[@]}"; do
  dir="$work/isms-$docs"
  if [ -n "$repos" ]; then
    dir="$repos/isms-$docs"
    if [ "$(git -C "$dir" log -1 --format=%s 2>/dev/null)" != 'Build the ISMS with Maven' ]; then
      rm -rf "$dir" && mkdir -p "$repos"
      started=$SECONDS
      generate "$docs" "$dir"
      echo "generated $dir in $((SECONDS - started)) s"
    fi
  else
    generate "$docs" "$dir"
  fi
  # Untimed: the first run resolves the plugin's libraries into the private repository.
  [ -d "$work/repo/org/eclipse/jgit" ] || (cd "$dir" && "${mvn_bench[@]}" isms:help >/dev/null)
  commits=$(git -C "$dir" rev-list --count HEAD)
  if [ "$run_history" = 1 ]; then
    read -r wall rss status <<<"$(history "$dir")"
    echo "history reader alone ($heap): $wall s, $rss MiB peak RSS, exit $status: $(grep -v SLF4J "$work/history.log" | tail -1)"
  fi
  load="$(cut -d' ' -f1 /proc/loadavg)"
  read -r wall cpu rss gc status <<<"$(build "$dir" -Disms.pdf=false)"
  printf '%-9s %-8s %-6s %-8s %-8s %-9s %-13s %-6s %s\n' "$docs" "$commits" off "$wall" "$cpu" "$rss" "$gc" "$status" "$load"
  [ "$status" = 0 ] || { echo "  failed, see $work/build.log:"; grep -E 'ERROR|Exception|Error' "$work/build.log" | head -5; }
  if [ "$docs" -le "$pdfs" ]; then
    load="$(cut -d' ' -f1 /proc/loadavg)"
    read -r wall cpu rss gc status <<<"$(build "$dir" -Disms.pdf=true)"
    printf '%-9s %-8s %-6s %-8s %-8s %-9s %-13s %-6s %s\n' "$docs" "$commits" on "$wall" "$cpu" "$rss" "$gc" "$status" "$load"
    [ "$status" = 0 ] || { echo "  failed, see $work/build.log:"; grep -E 'ERROR|Exception|Error' "$work/build.log" | head -5; }
  fi
  [ "$docs" = "${sizes[-1]}" ] || [ "$dir" != "$work/isms-$docs" ] || rm -rf "$dir"
done
