#!/usr/bin/env bash
# The Maven plugin as users meet it: whole `mvn` processes on a small consumer project
# (src/plugin-bench/consumer: the plugin by its coordinates on ../specs/bmc, plus user code that
# calls the client), beside Maven's own floor (`validate` on an empty project).
#
#   1. needs the docsdk artifacts installed in benchmarks/target/m2 by build.sh (never ~/.m2;
#      dependencies are read from ~/.m2 as a read-only tail repository, offline)
#   2. times RUNS runs of each scenario after WARMUP untimed ones, printing median and spread
#
# Env: RUNS (10), WARMUP (2), SPECS (docs of the consumer, default ../specs/bmc), BENCH_M2.
source "$(dirname "$0")/bench-lib.sh"
MVN_BIN="$(maven_bin)"
SPECS="${SPECS:-$REPO/specs/bmc}"
VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)"
MVN_OPTS=(-o -q -B "-Dmaven.repo.local=$BENCH_M2" "-Dmaven.repo.local.tail=$M2_TAIL")
if [[ ! -d "$BENCH_M2/io/github/docsdk/docsdk-maven-plugin/$VERSION" ]]; then
  echo "the plugin is not installed in $BENCH_M2: run benchmarks/build.sh first" >&2
  exit 2
fi

WORK="$(mktemp -d /tmp/docsdk-plugin-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$BENCH_DIR/src/plugin-bench/consumer" "$BENCH_DIR/src/plugin-bench/empty" "$WORK/"
# The goal keeps the docs folder's lock up to date: run on a copy, so the repo's lock (written
# with the corrections' waiters, which this consumer does not apply) is never rewritten.
cp -r "$SPECS" "$WORK/docs"
SPECS="$WORK/docs"
# Sets CMD to a Maven command line on one of the copied projects.
mvn_cmd() {
  local project="$1"
  shift
  CMD=("$MVN_BIN" -f "$WORK/$project/pom.xml" "${MVN_OPTS[@]}" "-Ddocsdk.version=$VERSION"
       "-Ddocsdk.docs=$SPECS" "$@")
}

echo "# Maven: $("$MVN_BIN" -v | head -1); consumer docs: $SPECS"
# A first build outside the timings proves the consumer builds and fills the caches.
mvn_cmd consumer compile && "${CMD[@]}"
echo "# consumer generates $(find "$WORK/consumer/target/generated-sources" -name '*.java' | wc -l) Java files"

mvn_cmd empty validate
timeit "maven floor: validate, empty" --dir "$WORK" -- "${CMD[@]}"
mvn_cmd empty compile
timeit "maven: compile, empty" --dir "$WORK" -- "${CMD[@]}"
mvn_cmd consumer generate-sources
timeit "no-op: generate-sources" --dir "$WORK" -- "${CMD[@]}"
timeit "full: generate-sources" --dir "$WORK" --before "rm -rf '$WORK/consumer/target'" -- "${CMD[@]}"
mvn_cmd consumer compile
timeit "no-op: compile" --dir "$WORK" -- "${CMD[@]}"
timeit "full: compile from clean" --dir "$WORK" --before "rm -rf '$WORK/consumer/target'" -- "${CMD[@]}"
