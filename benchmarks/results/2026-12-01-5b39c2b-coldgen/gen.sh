#!/usr/bin/env bash
# usage: gen.sh shared|specs <outdir> <launcher-or-java> [java args...]
# one generate into an empty src/res under outdir (the lock file there is kept, as cli-bench.sh does); output discarded
which=$1; out=$2; shift 2
rm -rf "$out/src" "$out/res"; mkdir -p "$out"
if [ "$which" = shared ]; then d=(--docs /work/shared/corpus/zenlayer-docs/luo-jin-shu/bmc --link-root /work/shared/corpus/zenlayer-docs/luo-jin-shu); else d=(--docs /work/coldgen/specs/bmc); fi
exec "$@" generate "${d[@]}" --service bmc --api-version 2022-11-20 --package com.example.bmc --out "$out/src" --resources "$out/res" --lock "$out/lock.json" >/dev/null 2>&1
