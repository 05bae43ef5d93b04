#!/usr/bin/env bash
# The per-document cost of rendering Markdown to sanitized HTML (RenderBenchmark.java), for the classes of
# this checkout and of a baseline commit (default: the commit before the renderer stopped re-parsing every
# page with jsoup), alternating, each in its own JVM on one thread, on the synthetic ISMS of
# benchmarks/site/Generate.java. Optional: PROFILE=1 records a Java Flight Recorder profile of the
# checkout's run and prints its hottest methods.
# Usage: benchmarks/render/run.sh [documents] [rounds] [baseline-commit]   (SKIP_BUILD=1: the classes under
# isms-maven-plugin/target are already those of the checkout)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
docs="${1:-1000}"
rounds="${2:-5}"
work="$here/target"
baseline="${3:-$(git -C "$root" log --format=%H -1 --diff-filter=A -- isms-maven-plugin/src/main/java/io/github/isms/markdown/RendererOutput.java)^}"
rm -rf "$work" && mkdir -p "$work/baseline-src" "$work/baseline" "$work/current"

echo "compiling this checkout and the baseline $(git -C "$root" rev-parse --short "$baseline")"
[ -n "${SKIP_BUILD:-}" ] || (cd "$root" && mvn -B -q -o -Dmaven.test.skip=true -Dinvoker.skip=true package -pl isms-maven-plugin -am)
(cd "$root" && mvn -B -q -o dependency:build-classpath -pl isms-maven-plugin -Dmdep.outputFile="$work/libs.txt" >/dev/null)
libs="$(cat "$work/libs.txt")"
cp -r "$root/isms-maven-plugin/target/classes/." "$work/current/"
git -C "$root" archive "$baseline" isms-maven-plugin/src/main | tar -x -C "$work/baseline-src"
javac -nowarn -encoding UTF-8 -d "$work/baseline" -cp "$libs" $(find "$work/baseline-src" -name '*.java') 2>&1 | grep -v '^Note:' || true
cp -r "$work/baseline-src/isms-maven-plugin/src/main/resources/." "$work/baseline/" 2>/dev/null || true

java "$root/benchmarks/site/Generate.java" "$docs" "$work/gen" 0 >/dev/null
documents="$work/gen/isms/src/isms/documents"
run() { # classes [JVM options]
  java ${2:-} -cp "$1:$libs" "$here/RenderBenchmark.java" "$documents" "$rounds"
}
echo "load average (1 min): $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1)"
for i in 1 2; do
  echo "baseline: $(run "$work/baseline" 2>/dev/null)"
  echo "checkout: $(run "$work/current" 2>/dev/null)"
done
if [ -n "${PROFILE:-}" ]; then
  run "$work/current" "-XX:StartFlightRecording=filename=$work/render.jfr,settings=profile" >/dev/null 2>&1
  echo "hottest methods (top frames of jdk.ExecutionSample):"
  jfr print --events jdk.ExecutionSample "$work/render.jfr" | grep -A1 'stackTrace = \[' | grep -v 'stackTrace\|^--' \
    | sed 's/line:.*//; s/^ *//' | sort | uniq -c | sort -rn | head -25
fi
