#!/bin/sh
# reports.sh — runs after every other test (a Makefile.am dependency) in a
# --enable-sanitizers build: each ASan, LSan or UBSan report that any of our
# binaries wrote during `make check` (ASAN_OPTIONS/UBSAN_OPTIONS log_path,
# set in Makefile.am) is printed here and fails this test, so a report is
# caught even where a test expected a non-zero exit.  Reports are then moved
# to tests/sanitizer-logs/seen/ so the next run starts clean.
# Skipped (exit 77) in a build without sanitizers.
set -u
[ "${KG_SANITIZERS:-}" = 1 ] || { echo "not a --enable-sanitizers build"; exit 77; }
D=${KG_SAN_LOGS:?}
n=0
for f in "$D"/report.*; do
  [ -f "$f" ] || continue
  n=$((n+1))
  echo "== $f"
  cat "$f"
  mkdir -p "$D/seen" && mv "$f" "$D/seen/"
done
if [ "$n" -gt 0 ]; then
  echo "FAIL: $n sanitizer report(s)"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "no sanitizer report"
echo "1 passed, 0 failed"
