#!/usr/bin/env bash
# Cold CLI: `generate` on the whole docs folder as one process (JVM start included), into an empty
# folder and into an up-to-date one; the same with JVM start-up options (C1 only, AppCDS); then
# javac as a process on what it generated.
# Env: RUNS (10), WARMUP (2), DOCS (shared bmc docs), JAVA.
source "$(dirname "$0")/bench-lib.sh"
CLI="$(cli_jar)"
WORK="$(mktemp -d /tmp/docsdk-cli-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
GEN=(generate --docs "$DOCS" --service bmc --api-version 2022-11-20
     --package com.example.bmc --out "$WORK/out" --resources "$WORK/res" --lock "$WORK/docsdk-lock.json")

echo "# CLI cold process: $CLI"
echo "# docs: $DOCS"
timeit "cli --help (JVM start floor)" -- "$JAVA" -jar "$CLI" --help
timeit "cli generate (empty out)" --before "rm -rf '$WORK/out' '$WORK/res'" -- \
  "$JAVA" -jar "$CLI" "${GEN[@]}"
timeit "cli generate (up to date)" -- "$JAVA" -jar "$CLI" "${GEN[@]}"
timeit "cli lint" -- "$JAVA" -jar "$CLI" lint "$DOCS"

# What JVM start-up options alone would give (no code change): C1 only, and an AppCDS archive of
# the classes a generate run loads (JDK 13+ dynamic archive, made by one untimed run).
timeit "cli generate, C1 only" --before "rm -rf '$WORK/out' '$WORK/res'" -- \
  "$JAVA" -XX:TieredStopAtLevel=1 -jar "$CLI" "${GEN[@]}"
rm -rf "$WORK/out" "$WORK/res"
"$JAVA" -XX:ArchiveClassesAtExit="$WORK/cli.jsa" -jar "$CLI" "${GEN[@]}" > /dev/null 2>&1
timeit "cli generate, AppCDS" --before "rm -rf '$WORK/out' '$WORK/res'" -- \
  "$JAVA" -XX:SharedArchiveFile="$WORK/cli.jsa" -jar "$CLI" "${GEN[@]}"
timeit "cli generate, AppCDS + C1" --before "rm -rf '$WORK/out' '$WORK/res'" -- \
  "$JAVA" -XX:SharedArchiveFile="$WORK/cli.jsa" -XX:TieredStopAtLevel=1 -jar "$CLI" "${GEN[@]}"

# The launcher users get (cli/bin/docsdk: C1, serial GC, its own AppCDS archive), first run untimed.
LAUNCHER="$(dirname "$0")/../cli/bin/docsdk"
export DOCSDK_JAR="$CLI" DOCSDK_CACHE="$WORK/launcher-cache" JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")}"
rm -rf "$WORK/out" "$WORK/res"
"$LAUNCHER" "${GEN[@]}" > /dev/null 2>&1
timeit "cli/bin/docsdk generate (launcher)" --before "rm -rf '$WORK/out' '$WORK/res'" -- \
  "$LAUNCHER" "${GEN[@]}"
rm -rf "$WORK/out" "$WORK/res"
"$JAVA" -jar "$CLI" "${GEN[@]}" > /dev/null 2>&1

find "$WORK/out" -name '*.java' | sort > "$WORK/sources.txt"
FILES=$(wc -l < "$WORK/sources.txt")
LINES=$(xargs cat < "$WORK/sources.txt" | wc -l)
echo "# generated: $FILES files, $LINES lines"
# javac takes seconds a run: fewer runs (RUNS_JAVAC, default 5) keep the whole run short.
RUNS="${RUNS_JAVAC:-5}" WARMUP=1 timeit "javac process (generated)" --before "rm -rf '$WORK/classes'" -- \
  javac -d "$WORK/classes" -cp "$BENCH_JAR" --release 11 -proc:none -encoding UTF-8 \
  -implicit:none "@$WORK/sources.txt"
