#!/bin/sh
# replay.sh — `make check`: every seed (fuzz/corpus/T) and every crasher
# found and fixed (fuzz/regress/T) through each fuzz target T, built with
# the ordinary main of fuzz/replay.c.  A crash or sanitizer abort fails.
set -u
src=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
build=${KG_BUILDDIR:-.}
# a sanitizer build: the third-party leaks of fuzz/lsan.supp are not ours
LSAN_OPTIONS="suppressions=$src/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
fail=0
for t in text html dict tokenized model; do
  prog=$build/fuzz/replay_$t
  if [ ! -x "$prog" ]; then echo "FAIL: $prog not built"; fail=1; continue; fi
  n=$(ls "$src/fuzz/corpus/$t" 2>/dev/null | wc -l)
  if [ "$n" -eq 0 ]; then echo "FAIL: no seeds in fuzz/corpus/$t"; fail=1; continue; fi
  # UBSan reports without stopping unless built with -fno-sanitize-recover: count them too
  if "$prog" "$src/fuzz/corpus/$t" "$src/fuzz/regress/$t" > "$build/fuzz/replay_$t.out" 2>&1 &&
     ! grep -q "runtime error:" "$build/fuzz/replay_$t.out"; then
    echo "ok: $t: $(tail -n 1 "$build/fuzz/replay_$t.out")"
  else
    echo "FAIL: $t (exit $?); last lines of $build/fuzz/replay_$t.out:"
    tail -n 20 "$build/fuzz/replay_$t.out"
    fail=1
  fi
done
exit $fail
