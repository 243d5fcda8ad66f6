#!/bin/sh
# output-fresh.sh — output/example.ttl must be what the current build makes
# of tests/data/example-article.txt (regenerate with `make output`).
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$S/tests/data" || exit 1
"$B/kgbuild" extract -q -o "$T/example.ttl" example-article.txt || { echo "output-fresh: extract failed"; exit 1; }
if cmp -s "$T/example.ttl" "$S/output/example.ttl"; then
  echo "output-fresh: 1 passed, 0 failed"
else
  echo "output-fresh: output/example.ttl is stale: run 'make output'" >&2
  diff -u "$S/output/example.ttl" "$T/example.ttl" | head -20 >&2
  echo "output-fresh: 0 passed, 1 failed"
  exit 1
fi
