#!/usr/bin/env bash
# Builds everything the benchmarks need, installing the docsdk artifacts into a local repository
# of their own (benchmarks/target/m2; dependencies are read from ~/.m2 as a read-only tail, offline)
# so that ~/.m2 is never written:
#   runtime, mock, generator (and its CLI jar), the Maven plugin, the generated bmc SDK, and
#   benchmarks/target/benchmarks.jar.
# Env: BENCH_M2 (the local repository), M2_TAIL (default ~/.m2/repository).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_M2="${BENCH_M2:-$BENCH_DIR/target/m2}"
OPTS=(-o -q -B "-Dmaven.repo.local=$BENCH_M2" "-Dmaven.repo.local.tail=${M2_TAIL:-$HOME/.m2/repository}"
      -DskipTests -Dinvoker.skip=true)
cd "$REPO"
./mvnw "${OPTS[@]}" -pl runtime,model,mock,generator,cli -am install
# -f rather than -pl: these work whether or not the root POM lists them as modules yet.
./mvnw "${OPTS[@]}" -f maven-plugin/pom.xml install
./mvnw "${OPTS[@]}" -f generated-sdk/pom.xml install
# The benchmarks module's own (small) tests run here: the stub server and the timer's statistics.
./mvnw "${OPTS[@]/-DskipTests/-DskipTests=false}" -f benchmarks/pom.xml package
ls -l "$BENCH_DIR/target/benchmarks.jar" cli/target/docsdk-cli-*.jar
