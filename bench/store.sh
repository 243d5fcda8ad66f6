#!/bin/sh
# bench/store.sh — ingest throughput of the embedded store on the 2,225 BBC
# articles (../shared/data/bbc_news), medians of RUNS runs:
#   extract    kgbuild extract -f nquads -o /dev/null (the pipeline alone)
#   ingest     kgbuild extract --store S into a new store (pipeline + store)
#   store      the time spent inside the store during ingest (put + commit)
#   re-ingest  the same again: every graph unchanged, the store's quads
#              (its export: count, graphs, checksum) unchanged
#   update     one changed article into the full store (the cost of a commit)
# With SCALE=N (N > 1) one more run ingests N variants of the corpus (each
# article with a line appended, so every copy is a new document)
# and re-ingests them (graph and quad counts must not change).
# JOBS=N (default 2) runs the ingests with -j N (workers extract, one
# process writes the store).  Each time is wall clock; CPU is user + system
# of all processes (the machine may be shared: compare the two).  The
# "2-core bound" is what CPU times allow on an idle 2-core machine,
# documents / max(CPU of all processes / 2, CPU of the writer process):
# an estimate, not a measurement.
# Usage: bench/store.sh [RUNS]   (RUNS=0 with SCALE=N: only the N-times run)
#   (KGBUILD=binary, DATA=corpus directory)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-3}
K=${KGBUILD:-build/kgbuild}
DATA=${DATA:-../shared/data/bbc_news}
SCALE=${SCALE:-1}
JOBS=${JOBS:-2}
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
# timed OUT CMD...: wall seconds to OUT.w, user+system seconds to OUT.c
timed() { o=$1; shift; /usr/bin/time -f '%e %U %S' -o "$o.t" "$@"; r=$?; awk '{ print $1 >> "'"$o"'.w"; print $2 + $3 >> "'"$o"'.c" }' "$o.t"; return $r; }
rate() { echo "scale=0; $1 / $2" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stat_of() { "$K" store-stats --store "$1" | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }
# held STORE: "QUADS GRAPHS MD5" of what the store's Berkeley DB files hold
# (its export, graph by graph; store-stats takes its quad count from the
# manifest and runs queries that take many minutes on a 10x store)
held() { "$K" export --store "$1" > "$T/held.nq"; awk '{ g[$(NF-1)] = 1 } END { printf "%d %d ", NR, length(g) }' "$T/held.nq"; md5sum < "$T/held.nq" | cut -c1-16; rm -f "$T/held.nq"; }
store_secs() { sed -n 's/.*(\([0-9.]*\) s in the store, .*/\1/p' "$1" | tail -1; }
store_cpu() { sed -n 's/.* s in the store, \([0-9.]*\) s CPU.*/\1/p' "$1" | tail -1; }
writer_cpu() { sed -n 's/.*writer process \([0-9.]*\) s CPU).*/\1/p' "$1" | tail -1; }
docs_of() { sed -n 's/.*info: \([0-9]*\) graphs added or replaced, \([0-9]*\) unchanged.*/\1 \2/p' "$1" | awk '{ print $1 + $2 }'; }
# bound DOCS CPU_ALL [CPU_WRITER]: documents/s an idle 2-core machine allows
bound() { awk -v d="$1" -v c="$2" -v w="${3:-0}" 'BEGIN { t = c / 2; if (w > t) t = w; printf "%d", (t > 0 ? d / t : 0) }'; }
# row LABEL DOCS WALL CPU [CPU_WRITER]
row() { printf '  %-22s %8.2f %8s %8.2f %8s %9s %8s\n' "$1" "$3" "$(rate "$2" "$3")" "$4" "$(rate "$2" "$4")" "${5:--}" "$(bound "$2" "$4" "${5:-0}")"; }
head_row() { printf '  %-22s %8s %8s %8s %8s %9s %8s\n' "" "wall s" "docs/s" "CPU s" "docs/CPU" "writer s" "2-core"; }

: > "$T/s"; : > "$T/c"; : > "$T/rs"; : > "$T/u.w"; : > "$T/iw"; : > "$T/rw"
docs=0
for run in $(seq "$RUNS"); do
  timed "$T/x" "$K" extract -q -j "$JOBS" -f nquads -o /dev/null $IN
  rm -rf "$T/st"
  timed "$T/i" "$K" extract -j "$JOBS" --store "$T/st" $IN 2> "$T/log"
  store_secs "$T/log" >> "$T/s"; store_cpu "$T/log" >> "$T/c"; writer_cpu "$T/log" >> "$T/iw"
  # documents read = graphs added + unchanged (texts found twice are one graph)
  docs=$(docs_of "$T/log")
  set -- $(held "$T/st"); quads=$1; graphs=$2; sum=$3
  triples=$(stat_of "$T/st" triples)
  [ "$quads" = "$(stat_of "$T/st" quads)" ] || { echo "the manifest's quad count is not the store's ($quads)" >&2; exit 1; }
  timed "$T/r" "$K" extract -j "$JOBS" --store "$T/st" $IN 2> "$T/log2"
  store_secs "$T/log2" >> "$T/rs"; writer_cpu "$T/log2" >> "$T/rw"
  set -- $(held "$T/st"); quads2=$1; graphs2=$2; sum2=$3
  grep -q "info: 0 graphs added or replaced, $docs unchanged" "$T/log2" || { echo "re-ingest changed graphs:" >&2; cat "$T/log2" >&2; exit 1; }
  [ "$quads" = "$quads2" ] || { echo "re-ingest changed the quad count: $quads -> $quads2" >&2; exit 1; }
  [ "$graphs" = "$graphs2" ] || { echo "re-ingest changed the graph count: $graphs -> $graphs2" >&2; exit 1; }
  [ "$sum" = "$sum2" ] || { echo "re-ingest changed the store's quads (export differs)" >&2; exit 1; }
  # one article changed: what a small update to a full store costs
  a=$(ls "$DATA"/politics/*.txt | head -1)
  { cat "$a"; printf '\nUpdated in run %s.\n' "$run"; } > "$T/upd.txt"
  t0=$(now); "$K" extract -q --store "$T/st" "$T/upd.txt"; t1=$(now); echo "$t1 - $t0" | bc >> "$T/u.w"
  echo "run $run: $docs documents, $graphs graphs, $quads quads ($triples distinct triples); re-ingest: quads $quads2" >&2
done
if [ "$RUNS" -gt 0 ]; then
size=$(du -sk "$T/st" | cut -f1)
mx=$(median < "$T/x.w"); mi=$(median < "$T/i.w"); ms=$(median < "$T/s"); mc=$(median < "$T/c"); mr=$(median < "$T/r.w"); mrs=$(median < "$T/rs")
cx=$(median < "$T/x.c"); ci=$(median < "$T/i.c"); cr=$(median < "$T/r.c"); mu=$(median < "$T/u.w")
wi=$(median < "$T/iw"); wr=$(median < "$T/rw")
echo "corpus: $docs documents ($graphs distinct texts = graphs), $quads quads, $triples distinct triples; store on disk: $size KiB"
printf 'medians of %s runs, -j %s; wall and CPU (user + system, all processes) seconds, documents/s of\n' "$RUNS" "$JOBS"
printf 'wall time and per CPU second, CPU of the writer process, 2-core bound (estimate, see above):\n'
head_row
row "extract alone" "$docs" "$mx" "$cx"
row "extract --store" "$docs" "$mi" "$ci" "$wi"
row "re-ingest (unchanged)" "$docs" "$mr" "$cr" "$wr"
printf '  inside the store: %.2f s wall, %.2f s CPU (%s quads per CPU s); re-ingest %.2f s wall; quads %s -> %s, graphs %s -> %s\n' \
  "$ms" "$mc" "$(rate "$quads" "$mc")" "$mrs" "$quads" "$quads2" "$graphs" "$graphs2"
printf '  one changed article into the full store: %.2f s wall\n' "$mu"
fi

if [ "$SCALE" -gt 1 ]; then
  python3 - "$DATA" "$T/big" "$SCALE" <<'PY'
import os, sys, glob
data, big, scale = sys.argv[1], sys.argv[2], int(sys.argv[3])
for k in range(1, scale + 1):
    for f in glob.glob(os.path.join(data, '*', '*.txt')):
        c = os.path.basename(os.path.dirname(f))
        os.makedirs(os.path.join(big, str(k), c), exist_ok=True)
        with open(f, 'rb') as i, open(os.path.join(big, str(k), c, os.path.basename(f)), 'wb') as o:
            o.write(i.read() + b'\nCopy %d.\n' % k)
PY
  rm -rf "$T/st"
  : > "$T/b.w"; : > "$T/b.c"; : > "$T/b2.w"; : > "$T/b2.c"
  timed "$T/b" "$K" extract -j "$JOBS" --store "$T/st" "$T/big" 2> "$T/log"
  bd=$(docs_of "$T/log"); set -- $(held "$T/st"); bq=$1; bg=$2; bs=$3
  timed "$T/b2" "$K" extract -j "$JOBS" --store "$T/st" "$T/big" 2> "$T/log2"
  set -- $(held "$T/st"); bq2=$1; bg2=$2; bs2=$3; bd2=$(docs_of "$T/log2")
  grep -q "info: 0 graphs added or replaced, $bd unchanged" "$T/log2" || { echo "re-ingest changed graphs:" >&2; cat "$T/log2" >&2; exit 1; }
  [ "$bq" = "$bq2" ] || { echo "${SCALE}x re-ingest changed the quad count: $bq -> $bq2" >&2; exit 1; }
  [ "$bg" = "$bg2" ] || { echo "${SCALE}x re-ingest changed the graph count: $bg -> $bg2" >&2; exit 1; }
  [ "$bs" = "$bs2" ] || { echo "${SCALE}x re-ingest changed the store's quads (export differs)" >&2; exit 1; }
  a=$(ls "$T/big/1/politics/"*.txt | head -1); printf '\nUpdated.\n' >> "$a"
  t0=$(now); "$K" extract -q --store "$T/st" "$a"; t1=$(now)
  printf '%sx corpus: %s documents, %s graphs, %s quads, store %s KiB; -j %s:\n' "$SCALE" "$bd" "$bg" "$bq" "$(du -sk "$T/st" | cut -f1)" "$JOBS"
  head_row
  row "extract --store" "$bd" "$(cat "$T/b.w")" "$(cat "$T/b.c")" "$(writer_cpu "$T/log")"
  row "re-ingest (unchanged)" "$bd2" "$(cat "$T/b2.w")" "$(cat "$T/b2.c")" "$(writer_cpu "$T/log2")"
  printf '  inside the store: %.1f s wall, %.1f s CPU; re-ingest: quads %s -> %s, graphs %s -> %s; one changed article %.2f s wall\n' \
    "$(store_secs "$T/log")" "$(store_cpu "$T/log")" "$bq" "$bq2" "$bg" "$bg2" "$(echo "$t1 - $t0" | bc)"
fi
