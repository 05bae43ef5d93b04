#!/usr/bin/env bash
# Import benchmark, one command: builds the plugin classes, writes N Markdown documents of about 1,000 words
# that vary from file to file (3 to 7 sections, lists nested 2 to 4 deep, tables of 2 to 5 rows, bold and
# italic, links, footnotes), has pandoc write every odd one as Word and LibreOffice (headless, from pandoc's
# ODT) every even one, then times, whole process against whole process, our import of the folder (a fresh
# JVM, as isms:import) beside pandoc converting the same files to Markdown one by one
# (`pandoc -f docx -t markdown`).
#   benchmarks/import/run.sh [DOCUMENTS] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
documents="${1:-100}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -q -f "$root/pom.xml" -pl isms-maven-plugin -am compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
cp -r "$root/isms-maven-plugin/target/classes" "$work/classes"
classpath="$work/classes:$(cat "$work/classpath.txt")"
javac -d "$work/bench" -cp "$classpath" "$here/ImportOnce.java"

mkdir -p "$work/word" "$work/odt"
for i in $(seq -w 1 "$documents"); do
  n=$((10#$i))
  sections=$((3 + n % 5)) depth=$((2 + n % 3)) rows=$((2 + n % 4))
  {
    printf -- '---\ntitle: Policy %s\n---\n\n' "$i"
    for s in $(seq 1 "$sections"); do
      printf '# Section %s\n\n' "$s"
      for p in 1 2 3; do
        printf 'Access to **information** of section %s is granted by the *owner* on a need-to-know basis; ' "$s"
        printf 'rights are reviewed every quarter and removed when people leave[^n%s%s]. See ' "$s" "$p"
        printf '[the standard](https://www.iso.org/standard/27001) for the control objectives of this clause.\n\n'
        printf '[^n%s%s]: Within one working day.\n\n' "$s" "$p"
      done
      printf '## Steps\n\n'
      for d in $(seq 0 $((depth - 1))); do printf '%*s%s. Step at level %s\n' $((d * 4)) '' 1 "$d"; done
      printf '\n- Request\n- Review\n\n| Role | Rights | Review |\n|---|---|---|\n'
      for r in $(seq 1 "$rows"); do printf '| Role %s | read | every %s months |\n' "$r" "$r"; done
      printf '\n'
    done
  } > "$work/word/policy-$i.md"
  if [ $((n % 2)) = 1 ]; then
    pandoc -f markdown -t docx -o "$work/word/policy-$i.docx" "$work/word/policy-$i.md"
  else
    pandoc -f markdown -t odt -o "$work/odt/policy-$i.odt" "$work/word/policy-$i.md"
  fi
  rm "$work/word/policy-$i.md"
done
# LibreOffice writes the even ones, in one process.
if ls "$work"/odt/*.odt >/dev/null 2>&1; then
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to docx --outdir "$work/word" \
      "$work"/odt/*.odt >/dev/null 2>&1
fi
echo "Word files: $(ls "$work"/word/*.docx | wc -l) ($(ls "$work"/odt/*.odt 2>/dev/null | wc -l) of them written by LibreOffice)"

echo "date: $(date -u '+%F %H:%M') UTC; cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores;" \
    "memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "java: $(java -version 2>&1 | head -1); $(pandoc --version | head -1); documents: $documents"
for run in $(seq 1 "$runs"); do
  project="$work/isms-$run"
  mkdir -p "$project/src/isms"
  printf 'organization:\n  name: Bench\nframework: iso27001:2022\nroles:\n  CISO: [a@example.com]\nclassifications: [internal]\ndefaults:\n  owner: CISO\n' \
      > "$project/src/isms/isms.yaml"
  echo "load before run $run: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "isms import: %e s wall, %U+%S s cpu" java -cp "$classpath:$work/bench" ImportOnce "$project" "$work/word" 2>&1 \
      | grep -v '^SLF4J\|Log4j API'
  /usr/bin/time -f "pandoc -t markdown, one process per file: %e s wall, %U+%S s cpu" \
      sh -c "for f in '$work'/word/*.docx; do pandoc -f docx -t markdown -o /dev/null \"\$f\"; done"
done
