#!/usr/bin/env bash
# Cold first call (issue 18): a fresh JVM making one DescribeImages call against the stub, as a whole
# process (JVM start included), generated client against the typed floor, same stub, same request.
# Env: RUNS (10), WARMUP (2), IMAGES (1), JAVA.
source "$(dirname "$0")/bench-lib.sh"
IMAGES="${IMAGES:-1}"
FIFO="$(mktemp -u /tmp/docsdk-cold.XXXXXX)"
mkfifo "$FIFO"
"$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$BENCH_JAR" io.github.docsdk.bench.client.StubServer "$IMAGES" > "$FIFO" &
STUB=$!
trap 'kill $STUB 2>/dev/null; rm -f "$FIFO"' EXIT
read -r READY PORT < "$FIFO"
[[ "$READY" == READY ]] || { echo "stub did not start" >&2; exit 2; }
echo "# cold first call, $IMAGES image(s), stub on port $PORT"
timeit "fresh JVM: generated client, one call" -- "$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.client.ColdCall client "$PORT"
timeit "fresh JVM: typed floor, one call" -- "$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.client.ColdCall floor "$PORT"
