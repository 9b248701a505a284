#!/usr/bin/env bash
# Memory: generating the whole docs folder under -Xmx64m, both through the CLI (one cold run)
# and in-process three times (MemoryCheck); then the smallest heap of a few that still works.
source "$(dirname "$0")/bench-lib.sh"
CLI="$(cli_jar)"
WORK="$(mktemp -d /tmp/docsdk-mem.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

echo "# CLI generate under -Xmx64m"
"$JAVA" -Xmx64m -jar "$CLI" generate --docs "$DOCS" --service bmc --api-version 2022-11-20 \
  --package com.example.bmc --out "$WORK/out" --resources "$WORK/res" > "$WORK/cli.log" 2>&1 \
  && echo "exit 0: $(grep -c . "$WORK/cli.log") lines of output; $(tail -1 "$WORK/cli.log")" \
  || { echo "FAILED under -Xmx64m"; tail -20 "$WORK/cli.log"; exit 1; }

echo "# in-process, 3 runs, under -Xmx64m"
"$JAVA" -Xmx64m -cp "$BENCH_JAR" io.github.docsdk.bench.generator.MemoryCheck "$DOCS" 3

echo "# smallest heap that works (CLI generate, fresh output each)"
for mb in 12 16 24 32 48; do
  rm -rf "$WORK/out" "$WORK/res"
  if "$JAVA" -Xmx${mb}m -jar "$CLI" generate --docs "$DOCS" --service bmc \
      --api-version 2022-11-20 --package com.example.bmc --out "$WORK/out" \
      --resources "$WORK/res" > "$WORK/try.log" 2>&1; then
    echo "-Xmx${mb}m: OK"
    break
  else
    echo "-Xmx${mb}m: fails: $(grep -m1 -E "Error|Exception" "$WORK/try.log" || tail -1 "$WORK/try.log")"
  fi
done
