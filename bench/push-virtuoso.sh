#!/bin/sh
# bench/push-virtuoso.sh — push the 2,225 BBC articles to a real Virtuoso
# that is killed (SIGKILL) a third of the way through and restarted; then
# every document graph must be there once with the local triple count.
# Builds the store, then runs tests/virtuoso.sh with KG_VT_STORE (which
# starts Virtuoso on 127.0.0.1:8890/1111 with a temporary database).
# Usage: bench/push-virtuoso.sh   (KGBUILD=binary, DATA=corpus directory)
set -eu
cd "$(dirname "$0")/.."
K=${KGBUILD:-build/kgbuild}
DATA=${DATA:-../shared/data/bbc_news}
[ -x "$K" ] || { echo "bench/push-virtuoso.sh: build kgbuild first (or set KGBUILD)" >&2; exit 2; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
IN=$(for d in "$DATA"/*/; do printf '%s ' "${d%/}"; done)
"$K" extract -q --store "$T/s" $IN
echo "store: $("$K" store-stats --store "$T/s" | awk -F'\t' '$1 == "graphs" || $1 == "quads" { printf "%s %s  ", $1, $2 }')"
KG_BUILDDIR=$(cd "$(dirname "$K")" && pwd) KG_SRCDIR=$(pwd) KG_VT_STORE="$T/s" sh tests/virtuoso.sh
