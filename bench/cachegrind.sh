#!/bin/sh
# cachegrind.sh — simulated cache misses per KB of text, and an estimated
# cycle count: a deterministic proxy for time that sees memory traffic,
# which the instruction count of callgrind.sh does not.
#
#   KG_BUILDDIR=/path/to/build sh bench/cachegrind.sh [N]
#
# Runs `kgbuild extract -q -f nquads -o /dev/null` on the same input as
# bench/callgrind.sh (the first N, default 20, articles of bbc_news/politics)
# under valgrind's cache simulator (`--tool=callgrind --cache-sim=yes`: the
# simulator of cachegrind, with callgrind's inclusive costs per function so
# the stages can be split) and prints, for the documents (every call of
# main.c's extract_one) and each stage, per KB (1,000 bytes) of text:
#   Ir    instructions executed
#   D1mr  first-level data-cache read misses
#   LLmr  last-level (simulated) data-cache read misses (valgrind's DLmr)
#   est   estimated cycles = Ir + 10 * D1mr + 100 * LLmr
# The simulated caches are taken from this machine's
# /sys/devices/system/cpu/cpu0/cache: I1 and D1 from the level-1 caches and
# the simulated "LL" from the LEVEL given by CG_LL (default 2: the private
# L2 of each core, 512 KB 8-way here; CG_LL=3 simulates the L3, 32 MB
# 16-way here, which the host shares with other cores and guests).  Valgrind
# only simulates two levels, so with the default an LL miss is "missed the
# L2" (served by the L3 or memory).  The weights 10 and 100 are rough extra
# latencies in cycles of an L2 hit over an L1 hit (about 8-10 on Zen 3) and
# of a load served beyond the L2 (about 40 from the L3, some hundreds from
# memory).  The estimate is a PROXY, not a timing: the simulator knows no
# out-of-order overlap, no hardware prefetcher, and ignores prefetch
# instructions (a prefetched row counts the miss at its load), and writes
# are left out (the store buffer hides them).  Without CG_LL valgrind reads
# the caches from cpuid, which on this KVM guest gives a 256 MB direct-mapped
# LL: hence the explicit sizes.  Counts do not depend on the machine's load.
# KG_DATA (default /work/shared/data) is the data folder; CG_OUT keeps the
# profile there (default: a temporary file, removed); the dictionary cache
# lives in a temporary KGBUILD_CACHE_DIR unless one is set, filled by one run
# outside valgrind first (start-up is then the warm one of real use).
set -e
me=cachegrind.sh
. "$(dirname "$0")/valgrind-input.sh"
lvl=${CG_LL:-2}

# cache geometry "size,assoc,line" of level L and type T (Data, Instruction,
# Unified) from sysfs; the fallback is this project's machine (AMD EPYC, Zen 3)
geom() {
  for d in /sys/devices/system/cpu/cpu0/cache/index*; do
    [ -r "$d/level" ] || continue
    [ "$(cat "$d/level")" = "$1" ] || continue
    case "$(cat "$d/type")" in "$2"|Unified) ;; *) continue ;; esac
    s=$(cat "$d/size"); w=$(cat "$d/ways_of_associativity"); l=$(cat "$d/coherency_line_size")
    case "$s" in *K) s=$(( ${s%K} * 1024 )) ;; *M) s=$(( ${s%M} * 1048576 )) ;; esac
    echo "$s,$w,$l"; return
  done
  case "$1" in 1) echo 32768,8,64 ;; 2) echo 524288,8,64 ;; *) echo 33554432,16,64 ;; esac
}
i1=$(geom 1 Instruction); d1=$(geom 1 Data); ll=$(geom "$lvl" Unified)

out=${CG_OUT:-$(mktemp /tmp/kgb-cachegrind.XXXXXX)}
cdir=${KGBUILD_CACHE_DIR:-$(mktemp -d /tmp/kgb-cgcache.XXXXXX)}
# one run outside valgrind first, so that start-up reads a warm dictionary cache
KGBUILD_CACHE_DIR="$cdir" LD_LIBRARY_PATH="$b/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  "$bin" extract -q -f nquads -o /dev/null $files 2>/dev/null || true
KGBUILD_CACHE_DIR="$cdir" \
LD_LIBRARY_PATH="$b/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  valgrind --tool=callgrind --cache-sim=yes --I1="$i1" --D1="$d1" --LL="$ll" \
  --callgrind-out-file="$out" \
  "$bin" extract -q -f nquads -o /dev/null $files 2>"$out.log" || {
  echo "cachegrind.sh: the run failed, see $out.log" >&2; exit 1; }
[ -n "$KGBUILD_CACHE_DIR" ] || rm -rf "$cdir"
callgrind_annotate --inclusive=yes --show=Ir,D1mr,DLmr --threshold=100 "$out" 2>/dev/null | python3 -c '
import re, sys
n, nbytes, d1, ll, lvl = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
incl, total = {}, None
num = r"([\d,]+|\.)\s+(?:\([^)]*\)\s+)?"
for line in sys.stdin:
    m = re.match(r"\s*" + num + num + num + r"(.*)$", line)
    if not m:
        continue
    v = tuple(0 if x == "." else int(x.replace(",", "")) for x in m.group(1, 2, 3))
    what = m.group(4)
    if what.startswith("PROGRAM TOTALS"):
        total = v
        continue
    f = re.search(r":([A-Za-z_][\w.]*?)(?:\x27\d+)? \[", what)
    if f and "\x27" not in what.split(" [")[0]:   # skip recursive cycles (fn\x272)
        k = f.group(1)
        if v[0] > incl.get(k, (0, 0, 0))[0]:
            incl[k] = v
def g(*names):
    s = [0, 0, 0]
    for x in names:
        for i, c in enumerate(incl.get(x, (0, 0, 0))):
            s[i] += c
    return s
kb = nbytes / 1000.0
rows = [
    ("whole process", list(total or (0, 0, 0))),
    ("start-up (kg_world_load_default)", g("kg_world_load_default")),
    ("documents (extract_one)", g("extract_one")),
    ("- segment (kg_segment)", g("kg_segment")),
    ("- tag (kg_tagger_run)", g("kg_tagger_run")),
    ("- parse (kg_parser_run)", g("kg_parser_run")),
    ("- NER (kg_ner_run)", g("kg_ner_run")),
    ("- actors (kg_actors_run)", g("kg_actors_run")),
    ("- events (kg_events_run)", g("kg_events_run")),
    ("- graph + write", g("kg_graph_add_doc", "kg_graph_normalize", "kg_writer_add", "kg_writer_finish")),
]
def c(x):
    return format(int(round(x / kb)), ",")
print("cachegrind (callgrind --cache-sim=yes): %d articles of bbc_news/politics, %d bytes of text" % (n, nbytes))
print("D1 %s, LL = L%s %s (size,assoc,line); est = Ir + 10 D1mr + 100 LLmr" % (d1, lvl, ll))
print()
print("| what | Ir / KB | D1mr / KB | LLmr / KB | est. cycles / KB |")
print("|---|---|---|---|---|")
for name, (ir, d1mr, dlmr) in rows:
    print("| %s | %s | %s | %s | %s |" % (name, c(ir), c(d1mr), c(dlmr), c(ir + 10 * d1mr + 100 * dlmr)))
' "$n" "$bytes" "$d1" "$ll" "$lvl"
[ -n "$CG_OUT" ] || rm -f "$out" "$out.log"
