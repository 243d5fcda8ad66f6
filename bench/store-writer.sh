#!/bin/sh
# bench/store-writer.sh — the CPU of the -j store writer alone (no NLP in
# the timing): builds bench/store_writer.c against the build's library, runs
# the pipeline on the 2,225 BBC articles once to make what the workers send,
# then times a new store taking them (put + commit) and a re-ingest.
# COPIES=N (default 1): the new store takes N copies with distinct document
# IRIs (N=10: the 10x store).  RUNS (default 1) new stores in a row.
# Prints CPU (user + system) and wall seconds; compare CPU on a shared machine.
# Usage: KG_BUILDDIR=build sh bench/store-writer.sh   (DATA=corpus directory)
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
B=${KG_BUILDDIR:-$SRC/build}
DATA=${DATA:-$SRC/../shared/data/bbc_news}
COPIES=${COPIES:-1}
RUNS=${RUNS:-1}
[ -f "$B/.libs/libkgbuild.so" ] || { echo "bench/store-writer.sh: build first (KG_BUILDDIR)" >&2; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/kgstore.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
${CC:-cc} -O2 -I"$SRC/src" -I"$B" -o "$W/store_writer" "$SRC/bench/store_writer.c" \
  "$B/.libs/libkgbuild.so" -Wl,-rpath,"$B/.libs" $(pkg-config --cflags --libs raptor2)
export KGBUILD_DATADIR="${KGBUILD_DATADIR:-$SRC}"
for r in $(seq "$RUNS"); do
  rm -rf "$W/s"
  # only the article folders (the corpus README.TXT is not an article)
  "$W/store_writer" "$W/s" "$COPIES" "$DATA"/*/*.txt
  echo "store on disk: $(du -sk "$W/s" | cut -f1) KiB"
done
