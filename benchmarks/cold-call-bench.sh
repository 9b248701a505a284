#!/usr/bin/env bash
# Cold first call (issue 18): a fresh JVM making one DescribeImages call against the stub, as a whole
# process (JVM start included), generated client against the typed floor, same stub, same request.
# Env: RUNS (10), WARMUP (2), IMAGES (1), JAVA.
source "$(dirname "$0")/bench-lib.sh"
IMAGES="${IMAGES:-1}"
FIFO="$(mktemp -u /tmp/docsdk-cold.XXXXXX)"
mkfifo "$FIFO" "$FIFO.in"
# The stub exits when its standard input closes: fd 4 holds it open until this script ends.
"$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$BENCH_JAR" io.github.docsdk.bench.client.StubServer "$IMAGES" \
  < "$FIFO.in" > "$FIFO" &
exec 4> "$FIFO.in"
trap 'exec 4>&-; rm -f "$FIFO" "$FIFO.in"' EXIT
read -r READY PORT < "$FIFO"
[[ "$READY" == READY ]] || { echo "stub did not start" >&2; exit 2; }
echo "# cold first call, $IMAGES image(s), stub on port $PORT"
timeit "fresh JVM: generated client, one call" -- "$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.client.ColdCall client "$PORT"
timeit "fresh JVM: typed floor, one call" -- "$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.client.ColdCall floor "$PORT"
