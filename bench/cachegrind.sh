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
callgrind_annotate --inclusive=yes --show=Ir,D1mr,DLmr --threshold=100 "$out" 2>/dev/null |
  python3 "$(dirname "$0")/valgrind_stages.py" cachegrind "$n" "$bytes" "$d1" "$ll" "$lvl"
[ -n "$CG_OUT" ] || rm -f "$out" "$out.log"
