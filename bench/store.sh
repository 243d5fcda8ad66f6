#!/bin/sh
# bench/store.sh — ingest throughput of the embedded store on the 2,225 BBC
# articles (../shared/data/bbc_news), medians of RUNS runs:
#   extract    kgbuild extract -f nquads -o /dev/null (the pipeline alone)
#   ingest     kgbuild extract --store S into a new store (pipeline + store)
#   store      the time spent inside the store during ingest (put + commit)
#   re-ingest  the same again: every graph unchanged, quad count unchanged
# With SCALE=N (N > 1) one more run ingests N variants of the corpus (each
# article with a line appended, so every copy is a new document).
# Usage: bench/store.sh [RUNS]   (KGBUILD=binary, DATA=corpus directory)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-3}
K=${KGBUILD:-build/kgbuild}
DATA=${DATA:-../shared/data/bbc_news}
SCALE=${SCALE:-1}
[ -x "$K" ] || { echo "bench/store.sh: build kgbuild first (or set KGBUILD)" >&2; exit 2; }
[ -d "$DATA" ] || { echo "bench/store.sh: no corpus at $DATA (set DATA)" >&2; exit 2; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
# only the article folders (the corpus README.TXT is not an article)
IN=$(for d in "$DATA"/*/; do printf '%s ' "${d%/}"; done)
# a snapshot of ontology/ and models/: files changing under a run would
# (rightly) make the re-ingest replace graphs
SRC_DATA=${KGBUILD_DATADIR:-.}
mkdir -p "$T/data"
cp -r "$SRC_DATA/ontology" "$SRC_DATA/models" "$T/data/"
export KGBUILD_DATADIR="$T/data"

now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stat_of() { "$K" store-stats --store "$1" | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }
store_secs() { sed -n 's/.*(\([0-9.]*\) s in the store, .*/\1/p' "$1" | tail -1; }
store_cpu() { sed -n 's/.* s in the store, \([0-9.]*\) s CPU).*/\1/p' "$1" | tail -1; }

: > "$T/x"; : > "$T/i"; : > "$T/s"; : > "$T/c"; : > "$T/r"; : > "$T/rs"
for run in $(seq "$RUNS"); do
  t0=$(now); "$K" extract -q -f nquads -o /dev/null $IN; t1=$(now)
  echo "$t1 - $t0" | bc >> "$T/x"
  rm -rf "$T/st"
  t0=$(now); "$K" extract --store "$T/st" $IN 2> "$T/log"; t1=$(now)
  echo "$t1 - $t0" | bc >> "$T/i"; store_secs "$T/log" >> "$T/s"; store_cpu "$T/log" >> "$T/c"
  # documents read = graphs added + unchanged (texts found twice are one graph)
  docs=$(sed -n 's/.*info: \([0-9]*\) graphs added or replaced, \([0-9]*\) unchanged.*/\1 \2/p' "$T/log" | awk '{ print $1 + $2 }')
  graphs=$(stat_of "$T/st" graphs); quads=$(stat_of "$T/st" quads); triples=$(stat_of "$T/st" triples)
  t0=$(now); "$K" extract --store "$T/st" $IN 2> "$T/log2"; t1=$(now)
  echo "$t1 - $t0" | bc >> "$T/r"; store_secs "$T/log2" >> "$T/rs"
  quads2=$(stat_of "$T/st" quads)
  grep -q "info: 0 graphs added or replaced, $docs unchanged" "$T/log2" || { echo "re-ingest changed graphs:" >&2; cat "$T/log2" >&2; exit 1; }
  [ "$quads" = "$quads2" ] || { echo "re-ingest changed the quad count: $quads -> $quads2" >&2; exit 1; }
  echo "run $run: $docs documents, $graphs graphs, $quads quads ($triples distinct triples); re-ingest: quads $quads2" >&2
done
size=$(du -sk "$T/st" | cut -f1)
mx=$(median < "$T/x"); mi=$(median < "$T/i"); ms=$(median < "$T/s"); mc=$(median < "$T/c"); mr=$(median < "$T/r"); mrs=$(median < "$T/rs")
rate() { echo "scale=0; $1 / $2" | bc; }
echo "corpus: $docs documents ($graphs distinct texts = graphs), $quads quads, $triples distinct triples; store on disk: $size KiB"
printf 'medians of %s runs (s, documents/s):\n' "$RUNS"
printf '  extract alone      %8.2f s  %6s docs/s\n' "$mx" "$(rate "$docs" "$mx")"
printf '  extract --store    %8.2f s  %6s docs/s\n' "$mi" "$(rate "$docs" "$mi")"
printf '  inside the store   %8.2f s  %6s docs/s  %s quads/s (wall)\n' "$ms" "$(rate "$docs" "$ms")" "$(rate "$quads" "$ms")"
printf '  store CPU time     %8.2f s  %6s docs/s  %s quads/s\n' "$mc" "$(rate "$docs" "$mc")" "$(rate "$quads" "$mc")"
printf '  re-ingest          %8.2f s  %6s docs/s  (store part %.2f s; quads unchanged: %s)\n' "$mr" "$(rate "$docs" "$mr")" "$mrs" "$quads2"

if [ "$SCALE" -gt 1 ]; then
  mkdir -p "$T/big"
  for k in $(seq "$SCALE"); do
    for f in "$DATA"/*/*.txt; do
      c=$(basename "$(dirname "$f")")
      mkdir -p "$T/big/$k/$c"
      { cat "$f"; printf '\nCopy %s.\n' "$k"; } > "$T/big/$k/$c/$(basename "$f")"
    done
  done
  rm -rf "$T/st"
  t0=$(now); "$K" extract --store "$T/st" "$T/big" 2> "$T/log"; t1=$(now)
  t=$(echo "$t1 - $t0" | bc); s=$(store_secs "$T/log")
  bd=$(sed -n 's/.*info: \([0-9]*\) graphs added or replaced, \([0-9]*\) unchanged.*/\1 \2/p' "$T/log" | awk '{ print $1 + $2 }'); bq=$(stat_of "$T/st" quads)
  t0=$(now); "$K" extract --store "$T/st" "$T/big" 2> "$T/log2"; t1=$(now)
  bq2=$(stat_of "$T/st" quads)
  printf '%sx corpus: %s documents, %s quads: extract --store %.1f s (%s docs/s), inside the store %.1f s (%s docs/s); re-ingest %.1f s, quads %s -> %s; %s KiB\n' \
    "$SCALE" "$bd" "$bq" "$t" "$(rate "$bd" "$t")" "$s" "$(rate "$bd" "$s")" "$(echo "$t1 - $t0" | bc)" "$bq" "$bq2" "$(du -sk "$T/st" | cut -f1)"
fi
