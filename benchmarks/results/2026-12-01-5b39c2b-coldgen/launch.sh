#!/usr/bin/env bash
# launch.sh JAR args... : the repo's launcher on a given jar, with a cache folder per jar
jar=$1; shift
DOCSDK_JAR=$jar DOCSDK_CACHE=/tmp/cg/cache-$(basename $jar .jar) exec /work/coldgen/cli/bin/docsdk "$@"
