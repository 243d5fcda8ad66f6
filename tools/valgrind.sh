#!/bin/sh
# valgrind.sh — a valgrind memcheck run of the suite's programs: the CUnit
# runner, the allocation-failure sweep (document part) and the CLI over the
# test inputs (every output format, annotate, the embedded store).  Any
# memcheck error or definite leak fails (--error-exitcode); the suppressions
# in tests/sanitizer/valgrind.supp cover library-side leaks only.
#   tools/valgrind.sh [BUILDDIR]     (default build/; a normal, non-ASan build)
# Prints one line per run (memcheck errors, definitely and indirectly lost
# bytes, errors suppressed) and "valgrind: N passed, M failed"; exits non-zero
# on any failure.  Logs: BUILDDIR/tests/valgrind/*.log.
set -u
S=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "${1:-$S/build}" && pwd)
command -v valgrind > /dev/null || { echo "valgrind: not installed"; exit 1; }
if grep -q -- '-fsanitize=address' "$B/Makefile" 2>/dev/null; then
  echo "valgrind: $B is a --enable-sanitizers build; use a normal one"; exit 1
fi
L="$B/tests/valgrind"
rm -rf "$L"; mkdir -p "$L"
T="$L/tmp"; mkdir -p "$T"
trap 'rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
export KG_SRCDIR="$S" KG_BUILDDIR="$B"
VG="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite --num-callers=40 --suppressions=$S/tests/sanitizer/valgrind.supp"
pass=0; fail=0
# summary LOG: "errors E, definite B/N blocks, indirect B/N blocks, suppressed S" from
# valgrind's closing lines (the last process in LOG)
summary() {
  awk '/ERROR SUMMARY:/ { e = $4; s = $(NF-2) }
       /definitely lost:/ { d = $4 " B/" $7 } /indirectly lost:/ { i = $4 " B/" $7 }
       /no leaks are possible/ { d = i = "0 B/0" }
       END { printf "errors %s, definite %s blocks, indirect %s blocks, suppressed %s", e, d, i, s }' "$1"
}
# run NAME [--expect-fail] CMD...: CMD under valgrind; exit 99 is a memcheck
# error; other non-zero exits fail unless --expect-fail (a refused input)
run() {
  name=$1; shift
  expect=0
  if [ "$1" = --expect-fail ]; then expect=1; shift; fi
  t0=$(date +%s)
  "$B/libtool" --mode=execute $VG "$@" > "$L/$name.out" 2> "$L/$name.log" < /dev/null
  rc=$?
  # a -j worker's errors do not reach the exit status (it leaves by _exit)
  [ $rc -eq 0 ] && grep -q 'ERROR SUMMARY: [1-9]' "$L/$name.log" && rc=99
  dt=$(( $(date +%s) - t0 ))
  sum=$(summary "$L/$name.log")
  if [ $rc -eq 99 ] || { [ $rc -ne 0 ] && [ $expect -eq 0 ]; } || { [ $rc -eq 0 ] && [ $expect -eq 1 ]; }; then
    fail=$((fail+1)); echo "FAIL: $name (exit $rc, ${dt}s; $sum): see $L/$name.log"
    grep -E '^==[0-9]+== ' "$L/$name.log" | sed -n '/^==[0-9]*== Command:/,$p' | sed 1d | head -60
  else
    pass=$((pass+1)); echo "ok: $name (${dt}s; $sum)"
  fi
}
K="$B/kgbuild"
D="$S/tests/data"
start=$(date +%s)
KG_TEST_SKIP="input/URLs" run runner "$B/tests/runner"
KG_ALLOC_WORLD_POINTS=1 run allocfail-doc "$B/tests/allocfail" doc
for f in turtle ntriples nquads rdfxml json dot graphml jsonld html svg; do
  run "extract-$f" "$K" extract -q -f "$f" -o "$T/x.$f" "$D/example-article.txt"
done
# the held-out suites' checker (tests/askbatch): answers, a syntax error and a SELECT in one batch
printf '%s\n\f\n' 'ASK { ?s ?p ?o }' 'ASK { ?s <urn:x:none> ?o }' 'ASK { ?s' 'SELECT ?s WHERE { ?s ?p ?o }' > "$T/asks"
run askbatch "$B/tests/askbatch" "$T/x.turtle" "$T/asks"
run extract-inputs "$K" extract -q -o "$T/in.ttl" "$D/input/article.html" "$D/input/latin1.html" \
  "$D/input/cp1252-http-equiv.html" "$D/input/bom-utf8.txt" "$D/input/crlf.txt" "$D/input/invalid.txt" \
  "$D/golden/hostile-names.txt" "$D/golden/wire-summit.txt" "$D/golden/wire-sanctions.txt"
run extract-empty --expect-fail "$K" extract -q -o "$T/e.ttl" "$D/input/empty.txt"
run extract-binary --expect-fail "$K" extract -q -o "$T/b.ttl" "$D/input/binary.txt"
run extract-summary "$K" extract -q --summary -o "$T/s.ttl" "$D/example-article.txt"
run annotate "$K" annotate "$D/example-article.txt"
run stats "$K" stats "$S/output/example.ttl"
printf '%s\n' "$D/golden/wire-summit.txt" "$D/golden/wire-sanctions.txt" > "$T/list"
run extract-list-j2 "$K" extract -q -j 2 --inputs-from "$T/list" -o "$T/l.nt" -f ntriples
run store-extract "$K" extract -q --store "$T/st" "$D/example-article.txt" "$D/golden/wire-summit.txt"
# -j 2: the writer reads the workers' N-Quads (store_load.c)
run store-extract-j2 "$K" extract -q -j 2 --store "$T/st2" "$D/example-article.txt" "$D/golden/wire-summit.txt" "$D/golden/wire-sanctions.txt"
run store-query "$K" query --store "$T/st" -f csv "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
run store-export "$K" export --store "$T/st" -f nquads
run store-stats "$K" store-stats --store "$T/st" --graphs
echo "valgrind: whole run $(( $(date +%s) - start ))s wall; CPU (user, system) of the script, then of the runs:"
times
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
