#!/bin/sh
# test.sh — the README's second command: install what is missing, build in
# build/, run the whole test suite (make check: the CUnit runner, the CLI
# tests, output freshness, the sample article's facts as SPARQL ASK).
set -e
cd "$(dirname "$0")/.."
sh tools/setup.sh --tests
# the JSON-LD check of tests/test_view.sh uses the npm package jsonld
if command -v npm > /dev/null && [ ! -d node_modules/jsonld ]; then
  npm install --prefix . --no-save --no-package-lock --no-audit --no-fund jsonld > /dev/null 2>&1 ||
    echo "test.sh: npm install jsonld failed; the JSON-LD check will be skipped"
fi
cd build
rc=0
make -j"$(nproc)" check || rc=$?
for f in tests/*.log; do
  case $f in */test-suite.log) continue;; esac
  echo "== $f"; tail -n 25 "$f"
done
p=$(grep -c '^PASS' test-suite.log 2>/dev/null || true)
p=$(grep -h '^# PASS:' test-suite.log 2>/dev/null | awk '{print $3}')
f=$(grep -h '^# FAIL:' test-suite.log 2>/dev/null | awk '{print $3}')
e=$(grep -h '^# ERROR:' test-suite.log 2>/dev/null | awk '{print $3}')
echo "tests: ${p:-0} passed, $(( ${f:-0} + ${e:-0} )) failed"
exit $rc
