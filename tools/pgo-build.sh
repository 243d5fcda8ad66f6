#!/bin/sh
# pgo-build.sh — a profile-guided build of kgbuild: a speed knob, not the
# default build (bench/README.md, "Session 27, perf").
#
#   sh tools/pgo-build.sh BUILDDIR [TEXT ...]
#
# Configures BUILDDIR (made if missing), builds it with GCC's
# -fprofile-generate, runs `kgbuild extract` over the training texts
# (default: the repository's held-out articles, tests/data/heldout/*.txt),
# then cleans and builds again with -fprofile-use: the same program, its
# code laid out and inlined for the paths the texts took.  (The flags go
# to make, not configure: configure's own test programs would leave
# profiles that its second run refuses.)  The output is
# the same as the default build's (no floating-point option changes; check
# with `cmp` on N-Quads of a corpus).  The profiles stay in
# BUILDDIR/pgo-profile.  CFLAGS (default -g -O3) goes to both builds;
# GCC only (clang's profiles need llvm-profdata).
set -e
me=pgo-build.sh
[ $# -ge 1 ] || { echo "usage: sh tools/pgo-build.sh BUILDDIR [TEXT ...]" >&2; exit 2; }
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
b=$(cd "$1" && pwd)
shift
[ -x "$src/configure" ] || (cd "$src" && ./autogen.sh)
prof="$b/pgo-profile"
rm -rf "$prof"
mkdir -p "$prof"
base=${CFLAGS:-"-g -O3"}
cd "$b"
echo "$me: instrumented build in $b" >&2
"$src/configure" -q CFLAGS="$base"
make clean >/dev/null 2>&1 || true
make -j2 -s CFLAGS="$base -fprofile-generate=$prof -fprofile-update=single"
if [ $# -eq 0 ]; then set -- "$src"/tests/data/heldout/*.txt; fi
echo "$me: training run over $# texts" >&2
KGBUILD_CACHE_DIR="$b/pgo-cache" ./kgbuild extract -q -f nquads -o /dev/null "$@"
echo "$me: optimised build" >&2
make clean >/dev/null 2>&1
make -j2 -s CFLAGS="$base -fprofile-use=$prof -fprofile-partial-training -Wno-missing-profile"
echo "$me: done: $b/kgbuild" >&2
