#!/usr/bin/env bash
# Cold CLI: `generate` on the whole docs folder as one process (JVM start included), into an empty
# folder and into an up-to-date one; then javac as a process on what it generated.
# Env: RUNS (10), WARMUP (2), DOCS (shared bmc docs), JAVA.
source "$(dirname "$0")/bench-lib.sh"
CLI="$(cli_jar)"
WORK="$(mktemp -d /tmp/docsdk-cli-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
GEN=(generate --docs "$DOCS" --service bmc --api-version 2022-11-20
     --package com.example.bmc --out "$WORK/out" --resources "$WORK/res")

echo "# CLI cold process: $CLI"
echo "# docs: $DOCS"
timeit "cli generate (empty out)" --before "rm -rf '$WORK/out' '$WORK/res'" -- \
  "$JAVA" -jar "$CLI" "${GEN[@]}"
timeit "cli generate (up to date)" -- "$JAVA" -jar "$CLI" "${GEN[@]}"
timeit "cli lint" -- "$JAVA" -jar "$CLI" lint "$DOCS"

find "$WORK/out" -name '*.java' | sort > "$WORK/sources.txt"
FILES=$(wc -l < "$WORK/sources.txt")
LINES=$(xargs cat < "$WORK/sources.txt" | wc -l)
echo "# generated: $FILES files, $LINES lines"
timeit "javac process (generated)" --before "rm -rf '$WORK/classes'" -- \
  javac -d "$WORK/classes" -cp "$BENCH_JAR" --release 11 -proc:none -encoding UTF-8 \
  -implicit:none "@$WORK/sources.txt"
