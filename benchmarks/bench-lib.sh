# Shared by the benchmark scripts (sourced, not run). Locates the repository, the benchmarks jar,
# the CLI jar and Maven, and defines `timeit NAME [timer options] -- command...`.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_JAR="$BENCH_DIR/target/benchmarks.jar"
JAVA="${JAVA:-java}"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-2}"
DOCS="${DOCS:-$REPO/../shared/corpus/zenlayer-docs/luo-jin-shu}"
# A local repository of our own for installed docsdk artifacts, reading everything else from
# ~/.m2 without writing to it (Maven 3.9's tail repositories).
BENCH_M2="${BENCH_M2:-$BENCH_DIR/target/m2}"
M2_TAIL="${M2_TAIL:-$HOME/.m2/repository}"

need_file() {
  if [[ ! -f "$1" ]]; then
    echo "missing $1: $2" >&2
    exit 2
  fi
}

need_file "$BENCH_JAR" "build it with benchmarks/build.sh"
if [[ ! -d "$DOCS" ]]; then
  echo "docs folder not found: $DOCS (set DOCS=...)" >&2
  exit 2
fi
DOCS="$(cd "$DOCS" && pwd)"

cli_jar() {
  if [[ -n "${CLI_JAR:-}" ]]; then
    echo "$CLI_JAR"
    return
  fi
  local jar
  jar="$(ls "$REPO"/cli/target/docsdk-cli-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)"
  need_file "${jar:-$REPO/cli/target/docsdk-cli-<version>.jar}" \
    "build it with benchmarks/build.sh"
  echo "$jar"
}

# Maven itself rather than the wrapper: the wrapper finds its settings from the working directory,
# and the benchmark projects live outside the repository. Same Maven the wrapper pins.
maven_bin() {
  if [[ -n "${MVN:-}" ]]; then
    echo "$MVN"
    return
  fi
  local m
  m="$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.11/*/bin/mvn 2>/dev/null | head -1 || true)"
  if [[ -z "$m" ]]; then
    (cd "$REPO" && ./mvnw -q -v >/dev/null)
    m="$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.11/*/bin/mvn | head -1)"
  fi
  echo "$m"
}

timeit() {
  local name="$1"
  shift
  "$JAVA" -cp "$BENCH_JAR" io.github.docsdk.bench.tools.ProcessTimer --name "$name" \
    --runs "$RUNS" --warmup "$WARMUP" "$@"
}
