#!/bin/sh
# cache-race.sh — the caches under concurrency: runs N `kgbuild extract` at
# once (KG_RACE_N, default 3) on one shared cache directory (KGBUILD_CACHE_DIR,
# the directory dict_cache.c and ap_cache.c both use) and compares each
# output byte for byte with a run that uses no cache (KGBUILD_NO_CACHE=1).
# Rounds: cold (an empty directory; the runs start 0.2 s apart, so later runs
# read while the first ones write), warm, truncated (every cache file cut to
# half its length), damaged (a byte near the end of every cache file flipped)
# and removed (the files deleted while the runs start).  Input: the held-out
# texts (KG_RACE_INPUT: a file or directory).  Exits 1 on any difference,
# any failed run, or a temporary file left in the cache directory.
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
N=${KG_RACE_N:-3}
IN=${KG_RACE_INPUT:-$S/tests/data/heldout}
K="$B/kgbuild"
[ -x "$K" ] || { echo "cache-race: no $K (set KG_BUILDDIR)"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
C="$T/cache"
KGBUILD_NO_CACHE=1 "$K" extract -q -f nquads -o "$T/ref.nq" "$IN" || { echo "cache-race: reference run failed"; exit 1; }
fail=0; runs=0
damage() { # mode: truncate | flip
  for f in "$C"/*.bin; do
    [ -f "$f" ] || continue
    n=$(wc -c < "$f")
    case "$1" in
      truncate) truncate -s $((n / 2)) "$f";;
      flip) printf '\377' | dd of="$f" bs=1 seek=$((n - 9)) conv=notrunc 2>/dev/null;;
    esac
  done
}
for round in cold warm truncated damaged removed; do
  case $round in
    cold) rm -rf "$C";;
    truncated) damage truncate;;
    damaged) damage flip;;
  esac
  i=1; pids=
  while [ "$i" -le "$N" ]; do
    KGBUILD_CACHE_DIR="$C" "$K" extract -q -f nquads -o "$T/out$i.nq" "$IN" 2> "$T/err$i" &
    pids="$pids $!"
    [ "$round" = removed ] && [ "$i" = 1 ] && { sleep 0.3; rm -f "$C"/*.bin; }
    [ "$round" = cold ] && sleep 0.2
    i=$((i + 1))
  done
  i=1
  for p in $pids; do
    runs=$((runs + 1))
    if ! wait "$p"; then
      echo "FAIL: $round run $i exited non-zero: $(head -c 300 "$T/err$i")"; fail=$((fail + 1))
    elif ! cmp -s "$T/ref.nq" "$T/out$i.nq"; then
      echo "FAIL: $round run $i differs from the run without cache: $(cmp "$T/ref.nq" "$T/out$i.nq" 2>&1)"
      fail=$((fail + 1))
    fi
    i=$((i + 1))
  done
  left=$(ls "$C" 2>/dev/null | grep -c '\.tmp$')
  [ "$left" = 0 ] || { echo "FAIL: $round left $left temporary files"; fail=$((fail + 1)); }
  echo "cache-race: $round: $N runs, $(ls "$C" 2>/dev/null | grep -c '\.bin$') cache files"
done
echo "cache-race: $runs runs, $fail failed"
[ "$fail" = 0 ]
