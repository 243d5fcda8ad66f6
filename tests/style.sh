#!/bin/sh
# style.sh — runs tools/check-style.sh on the source tree and the built
# library (HACKING.md's mechanical rules; see that script for the list).
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
B=${KG_BUILDDIR:-$(pwd)}
LIB=
for l in "$B/.libs/libkgbuild.so" "$B/libkgbuild.so"; do
  [ -f "$l" ] && { LIB=$l; break; }
done
[ -n "$LIB" ] || echo "style: no shared library in $B; exported symbols not checked"
exec sh "$S/tools/check-style.sh" "$S" $LIB
