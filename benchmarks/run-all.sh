#!/usr/bin/env bash
# One run of every committed benchmark, as BENCHMARKS.md reports it (about 15 minutes on 2 cores).
# Results go to benchmarks/target/results/<UTC time>/: the JMH text and JSON output, the process
# timings, machine facts, JFR profiles and summary.md (tables made from the JSON by Summary).
# Env: OUT (results folder), PROFILE=0 to skip the JFR profiles, JMH_OPTS (extra JMH options,
# e.g. "-f 1 -wi 1 -i 1 -w 1s -r 1s" for a smoke run), JFR_OPTS (JMH options of the profiling
# runs), plus those of bench-lib.sh.
source "$(dirname "$0")/bench-lib.sh"
OUT="${OUT:-$BENCH_DIR/target/results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
JMH=("$JAVA" -jar "$BENCH_JAR")

machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "uptime: $(uptime)"
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  free -m | sed -n 2p
  "$JAVA" -version 2>&1
}
machine > "$OUT/machine-start.txt"
cat "$OUT/machine-start.txt"

jmh() {
  local name="$1"
  shift
  echo "## JMH $name"
  # shellcheck disable=SC2086
  "${JMH[@]}" "$@" ${JMH_OPTS:-} -rf json -rff "$OUT/$name.json" 2>&1 | tee "$OUT/$name.txt" | grep -E '^\[|^[A-Z][A-Za-z]+Benchmark\.[a-zA-Z]+ ' || true
}

jmh generator 'GeneratorBenchmark' -p "docs=$DOCS" -prof gc
jmh compile 'CompileBenchmark' -p "docs=$DOCS"
jmh client-latency 'ClientLatencyBenchmark' -prof gc
jmh client-throughput 'ClientThroughputBenchmark'
jmh floor-variants 'FloorVariantsBenchmark'
jmh micro 'SigningBenchmark|JsonBindingBenchmark' -prof gc

echo "## processes"
"$BENCH_DIR/cli-bench.sh" 2>&1 | tee "$OUT/cli.txt"
"$BENCH_DIR/memory-check.sh" 2>&1 | tee "$OUT/memory.txt"
"$BENCH_DIR/plugin-bench.sh" 2>&1 | tee "$OUT/plugin.txt"

if [[ "${PROFILE:-1}" == 1 ]]; then
  echo "## JFR profiles"
  for b in 'GeneratorBenchmark.pipeline$' 'ClientLatencyBenchmark.client'; do
    # shellcheck disable=SC2086
    "${JMH[@]}" "$b" -p "docs=$DOCS" ${JFR_OPTS:--f 1 -wi 2 -i 3 -r 5s} \
      -prof "jfr:dir=$OUT/jfr" > "$OUT/jfr-$b.txt" 2>&1 || true
  done
  for f in "$OUT"/jfr/*/profile.jfr; do
    echo "### $f"
    # The generator runs on the JMH worker thread; the client also on the HTTP client's threads.
    case "$f" in *Client*) threads="" ;; *) threads=worker ;; esac
    "$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.tools.JfrTop "$f" 25 "$threads"
  done > "$OUT/jfr-top.txt" 2>&1
  echo "top frames: $OUT/jfr-top.txt"
fi

machine > "$OUT/machine-end.txt"
"$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.tools.Summary "$OUT" > "$OUT/summary.md"
cat "$OUT/summary.md"
echo "results: $OUT"
