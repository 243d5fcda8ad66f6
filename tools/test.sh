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
p=${p:-0}; f=$(( ${f:-0} + ${e:-0} ))
# the suite's programs under valgrind memcheck in build/ (tools/valgrind.sh,
# 4 to 5 minutes of CPU; any error or definite leak fails); KG_TEST_VALGRIND=0
# leaves it out
if [ "${KG_TEST_VALGRIND:-1}" != 0 ]; then
  vrc=0
  sh ../tools/valgrind.sh . > valgrind.log 2>&1 || vrc=$?
  sed -E 's/^(ok|FAIL):/valgrind: \1:/' valgrind.log
  [ "$vrc" -eq 0 ] || rc=1
  vp=$(sed -n 's/^valgrind: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' valgrind.log)
  vf=$(sed -n 's/^valgrind: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' valgrind.log)
  p=$(( p + ${vp:-0} )); f=$(( f + ${vf:-1} ))
fi
# the same suite again in build-asan/ (--enable-sanitizers: ASan + UBSan, every
# report fails; see HACKING.md); KG_TEST_ASAN=0 leaves it out
if [ "${KG_TEST_ASAN:-1}" != 0 ]; then
  cd ..
  mkdir -p build-asan
  cd build-asan
  rm -rf tests/sanitizer-logs
  if { [ -f Makefile ] || ../configure -q --enable-sanitizers; } && make -j"$(nproc)" > build.log 2>&1; then
    make -j"$(nproc)" check > check.log 2>&1 || rc=1
    for l in tests/*.log tests/sanitizer/*.log; do
      case $l in */test-suite.log) continue;; esac
      if grep -q '^FAIL' "$l" 2>/dev/null; then echo "== build-asan/$l"; tail -n 40 "$l"; fi
    done
    grep -E '^(PASS|FAIL|SKIP|ERROR):' check.log | sed 's/^/asan: /'
    ap=$(grep -h '^# PASS:' test-suite.log 2>/dev/null | awk '{print $3}')
    af=$(grep -h '^# FAIL:' test-suite.log 2>/dev/null | awk '{print $3}')
    ae=$(grep -h '^# ERROR:' test-suite.log 2>/dev/null | awk '{print $3}')
    p=$(( p + ${ap:-0} )); f=$(( f + ${af:-0} + ${ae:-0} ))
  else
    echo "== build-asan: the --enable-sanitizers build failed"; tail -n 40 build.log
    rc=1; f=$(( f + 1 ))
  fi
fi
echo "tests: $p passed, $f failed"
exit $rc
