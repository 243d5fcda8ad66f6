#!/bin/sh
# run.sh — starts one libFuzzer target in the background at the lowest CPU
# priority, detached from the terminal (fuzz/README.md).
#   fuzz/run.sh BUILDDIR TARGET [SECONDS] [RUNSDIR]
# BUILDDIR was configured with --enable-fuzzing CC=clang; TARGET is text,
# html, dict, tokenized or model.  The binary is copied to RUNSDIR/bin so a
# rebuild does not touch the running fuzzer; the working corpus grows in
# RUNSDIR/TARGET (seeded from fuzz/corpus/TARGET), crashers go to
# RUNSDIR/TARGET-artifacts/, the log to RUNSDIR/TARGET.log.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 BUILDDIR TARGET [SECONDS] [RUNSDIR]" >&2; exit 2; }
build=$1 t=$2 secs=${3:-4200} runs=${4:-${KG_FUZZ_RUNS:-$PWD/fuzzruns}}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$runs/bin" "$runs/$t" "$runs/$t-artifacts"
stamp=$(date -u +%Y%m%dT%H%M%S)
bin=$runs/bin/fuzz_$t-$stamp
cp "$build/fuzz/fuzz_$t" "$bin"
[ -f "$runs/$t.log" ] && mv "$runs/$t.log" "$runs/$t-$stamp.prev.log"
echo "start $(date -u +%FT%TZ) $bin" > "$runs/$t.log"
LSAN_OPTIONS="suppressions=$src/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
KG_SRCDIR=$src KGBUILD_DATADIR=${KGBUILD_DATADIR:-$src} setsid nohup nice -n 19 "$bin" \
  -max_total_time="$secs" -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 \
  -artifact_prefix="$runs/$t-artifacts/" "$runs/$t" "$src/fuzz/corpus/$t" \
  >> "$runs/$t.log" 2>&1 < /dev/null &
echo "$t: pid $! log $runs/$t.log"
