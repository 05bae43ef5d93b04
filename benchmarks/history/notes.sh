#!/usr/bin/env bash
# Approval notes benchmark, one command: the history benchmark's repository (1,000 documents, 5,000 commits),
# an isms-approvals/1 note on every commit written with JGit's NoteMap, then the one history walk timed with
# the notes ref present and absent, alternating in one JVM.   benchmarks/history/notes.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -q -f "$root/pom.xml" -pl isms-maven-plugin -am compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
cp -r "$root/isms-maven-plugin/target/classes" "$work/classes"
classpath="$work/classes:$(cat "$work/classpath.txt")"
javac -d "$work/bench" -cp "$classpath" "$here/ExtractOnce.java" "$here/NotesBenchmark.java"

git init -q -b main "$work/repo"
java "$here/GenerateRepository.java" 1000 5000 | git -C "$work/repo" fast-import --quiet
git -C "$work/repo" branch -q -D topic 2>/dev/null || true
git -C "$work/repo" repack -a -d -f -q
git -C "$work/repo" checkout -q -f main

echo "date: $(date -u '+%F %H:%M') UTC; cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores;" \
    "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$classpath:$work/bench" NotesBenchmark write "$work/repo" 2>&1 | grep -v '^SLF4J'
git -C "$work/repo" repack -a -d -q   # a fetched notes ref arrives packed
java -cp "$classpath:$work/bench" NotesBenchmark "$work/repo" "$runs" 2>&1 | grep -v '^SLF4J'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
