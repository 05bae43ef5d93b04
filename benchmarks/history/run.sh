#!/usr/bin/env bash
# History benchmark, one command: builds the plugin classes, generates a synthetic ISMS repository
# (1,000 documents, 5,000 commits with merges, squashes and renames) in a temporary folder, and times
# our history extraction beside native `git log --name-status -M` and the naive per-file loop.
#   benchmarks/history/run.sh [RUNS] [NAIVE_STEP]      (NAIVE_STEP=1 runs the naive loop on every file)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-10}"
naive_step="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -q -f "$root/pom.xml" -pl isms-maven-plugin -am compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
# A copy of the classes, so that a build running meanwhile can not change them under the benchmark.
cp -r "$root/isms-maven-plugin/target/classes" "$work/classes"
classpath="$work/classes:$(cat "$work/classpath.txt")"

git init -q -b main "$work/repo"
java "$here/GenerateRepository.java" 1000 5000 | git -C "$work/repo" fast-import --quiet
# A fresh pack, as a clone from a server has one (fast-import's own pack is not delta-optimised).
git -C "$work/repo" branch -q -D topic 2>/dev/null || true
git -C "$work/repo" repack -a -d -f -q
git -C "$work/repo" checkout -q -f main

echo "date: $(date -u +%F); cpus: $(nproc); memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); git: $(git --version)"
java -cp "$classpath" "$here/HistoryBenchmark.java" "$work/repo" "$runs" "$naive_step" 2>&1 | grep -v '^SLF4J'
