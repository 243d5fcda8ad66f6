#!/bin/sh
# Regenerates tests/data/golden/*.nt from the example articles beside them
# with the built kgbuild (sorted N-Triples).  With --diff, only shows what
# would change.  Run from the build directory or set KGBUILD=path/to/kgbuild.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${KGBUILD:-$(pwd)/kgbuild}
[ -x "$bin" ] || { echo "update-golden: no kgbuild binary at $bin (set KGBUILD)" >&2; exit 2; }
cd "$here/tests/data/golden"
for f in *.txt; do
  out=${f%.txt}.nt
  "$bin" extract -q -f ntriples "$f" > "$out.new" || true
  if [ "$1" = "--diff" ]; then
    diff -u "$out" "$out.new" || true
    rm -f "$out.new"
  else
    mv "$out.new" "$out"
    echo "wrote tests/data/golden/$out ($(wc -l < "$out") triples)"
  fi
done
