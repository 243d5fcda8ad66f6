#!/bin/sh
# cli.sh — the command line: exit codes, error messages, inputs, formats
# (each re-parsed by rapper, a separate RDF parser), determinism.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
K="$B/kgbuild"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL: $*" >&2; }
check() { # description, command...
  d=$1; shift
  if "$@"; then ok; else bad "$d"; fi
}
GOOD="$S/tests/data/example-article.txt"

"$K" --version > "$T/v" 2>&1; check "--version exits 0" test $? -eq 0
check "--version prints the version" grep -q '^kgbuild [0-9]' "$T/v"
"$K" --help > "$T/h" 2>&1; check "--help exits 0" test $? -eq 0
check "--help names extract" grep -q 'extract' "$T/h"
"$K" > /dev/null 2>&1; check "no command exits 2" test $? -eq 2
"$K" frobnicate > /dev/null 2>&1; check "unknown command exits 2" test $? -eq 2
"$K" extract > /dev/null 2>"$T/e"; check "extract without INPUT exits 2" test $? -eq 2
"$K" extract -f nosuch "$GOOD" > /dev/null 2>"$T/e"; check "unknown format exits 2" test $? -eq 2
check "unknown format is named" grep -q "nosuch" "$T/e"
KGBUILD_BEAM=0 "$K" extract -q -o "$T/b.ttl" "$GOOD" 2>"$T/e"; check "KGBUILD_BEAM=0 fails" test $? -ne 0
check "KGBUILD_BEAM=0 is named" grep -q 'KGBUILD_BEAM.*not a beam width' "$T/e"
KGBUILD_BEAM=1 "$K" extract -q -o "$T/b.ttl" "$GOOD" 2>"$T/e"; check "KGBUILD_BEAM=1 runs" test $? -eq 0
"$K" extract --base 'not an iri' "$GOOD" > /dev/null 2>"$T/e"; check "bad --base exits 2" test $? -eq 2
"$K" extract --date 2026-02-30 "$GOOD" > /dev/null 2>"$T/e"; check "bad --date exits 2" test $? -eq 2
check "bad --date is named in one line" test "$(grep -c -- '--date: error: not a day as YYYY-MM-DD: 2026-02-30' "$T/e")" -eq 1
printf 'LIMA, Peru, Dec. 30 (AP) - Peru condemned the attack on Monday.\n' > "$T/yearless.txt"
"$K" extract -q -f nquads --date 2027-01-02 "$T/yearless.txt" > "$T/d.nq" 2>"$T/e"
check "--date gives a yearless dateline its year" grep -q '/terms/date> "2026-12-30"' "$T/d.nq"
"$K" extract -q -f nquads "$T/yearless.txt" > "$T/d0.nq" 2>"$T/e"
check "without --date a yearless dateline dates nothing" test "$(grep -c '/terms/date>' "$T/d0.nq")" -eq 0

# a missing file beside a good one: exit 1, named on stderr, the good one still written
"$K" extract -f ntriples "$T/missing.txt" "$GOOD" > "$T/out.nt" 2>"$T/e"
check "missing input exits 1" test $? -eq 1
check "missing input named with reason" grep -q "missing.txt: error: .*No such file" "$T/e"
check "missing input: one line" test "$(grep -c missing.txt "$T/e")" -eq 1
check "good input still written" grep -q 'kgbuild/ontology#Document' "$T/out.nt"

# invalid UTF-8 beside a good input: replaced and reported, output valid
printf 'North Korea fired a missile \377\376 on Monday.\n' > "$T/bad-utf8.txt"
"$K" extract -f ntriples "$T/bad-utf8.txt" "$GOOD" > "$T/u.nt" 2>"$T/e"
check "invalid UTF-8 reported" grep -q "bad-utf8.txt: warning: .*UTF-8" "$T/e"
check "invalid UTF-8 output re-parses" rapper -q -i ntriples -c "$T/u.nt"
if LC_ALL=C grep -q "$(printf '\377')" "$T/u.nt"; then bad "invalid byte passed through"; else ok; fi

# empty and binary inputs
: > "$T/empty.txt"
"$K" extract "$T/empty.txt" > /dev/null 2>"$T/e"; check "empty input exits 1" test $? -eq 1
check "empty input named" grep -q "empty.txt: error: empty" "$T/e"
printf '\000\001\002\003binary\000\000' > "$T/bin.txt"
"$K" extract "$T/bin.txt" > /dev/null 2>"$T/e"; check "binary input exits 1" test $? -eq 1
check "binary input named" grep -q "bin.txt: error: .*binary" "$T/e"

# stdin
"$K" extract -f ntriples - < "$GOOD" > "$T/stdin.nt" 2>/dev/null; check "stdin exits 0" test $? -eq 0
check "stdin gives triples" grep -q 'ontology#Document' "$T/stdin.nt"

# directories: recursive, .txt/.html/.htm only
mkdir -p "$T/dir/sub"; cp "$GOOD" "$T/dir/a.txt"; cp "$GOOD" "$T/dir/sub/b.txt"; echo junk > "$T/dir/c.dat"
"$K" extract -f ntriples --summary "$T/dir" > /dev/null 2>"$T/e"; check "directory exits 0" test $? -eq 0
check "directory: two documents" test "$(grep -c ' actors ' "$T/e")" -eq 2

# -o writes the file; no temporary left behind
"$K" extract -o "$T/o.ttl" "$GOOD" 2>/dev/null; check "-o exits 0" test $? -eq 0
check "-o file re-parses as Turtle" rapper -q -i turtle -c "$T/o.ttl"
check "no temporary left" test "$(ls "$T" | grep -c '\.tmp\.')" -eq 0

# every format re-parses with rapper; dot is Graphviz
for f in turtle:turtle ntriples:ntriples nquads:nquads rdfxml:rdfxml json:json; do
  fmt=${f%%:*}; p=${f#*:}
  "$K" extract -f "$fmt" "$GOOD" "$S/tests/data/golden/wire-summit.txt" > "$T/x.$fmt" 2>/dev/null
  check "$fmt exits 0" test $? -eq 0
  check "$fmt re-parses" rapper -q -i "$p" -c "$T/x.$fmt"
done
"$K" extract -f dot "$GOOD" > "$T/x.dot" 2>/dev/null; check "dot exits 0" test $? -eq 0
check "dot is a digraph" grep -q digraph "$T/x.dot"
if command -v dot > /dev/null; then check "dot renders" dot -Tsvg -o "$T/x.svg" "$T/x.dot"; fi

# determinism: two runs, byte-identical sorted N-Triples; no blank nodes
"$K" extract -f ntriples "$GOOD" > "$T/r1.nt" 2>/dev/null
"$K" extract -f ntriples "$GOOD" > "$T/r2.nt" 2>/dev/null
check "two runs identical" cmp -s "$T/r1.nt" "$T/r2.nt"
check "N-Triples sorted" sh -c "LC_ALL=C sort -c '$T/r1.nt' 2>/dev/null || sort -c '$T/r1.nt'"
if grep -q '_:' "$T/r1.nt"; then bad "blank nodes in output"; else ok; fi
# -j N: same bytes for any N; a failed input still named and counted
"$K" extract -f nquads -j 1 "$GOOD" "$S/tests/data/golden" > "$T/j1.nq" 2>/dev/null
"$K" extract -f nquads -j 3 "$GOOD" "$S/tests/data/golden" > "$T/j3.nq" 2>/dev/null
check "-j 3 exits 0" test $? -eq 0
check "-j 3 output equals -j 1" cmp -s "$T/j1.nq" "$T/j3.nq"
check "-j output not empty" test -s "$T/j3.nq"
"$K" extract -f ntriples -j 2 "$T/missing.txt" "$GOOD" > "$T/jm.nt" 2>"$T/e"
check "-j with a missing input exits 1" test $? -eq 1
check "-j names the missing input" grep -q "missing.txt: error" "$T/e"
check "-j still writes the good input" grep -q 'ontology#Document' "$T/jm.nt"
"$K" extract -j x "$GOOD" > /dev/null 2>&1; check "-j x is a usage error" test $? -eq 2
# batch systems: --inputs-from and --jsonl; shards processed apart and concatenated give
# the same set of quads as one run
ls "$S"/tests/data/golden/*.txt > "$T/list"
"$K" extract -q -f nquads --inputs-from "$T/list" | LC_ALL=C sort > "$T/l1.nq"
"$K" extract -q -f nquads "$S"/tests/data/golden/*.txt | LC_ALL=C sort > "$T/l2.nq"
check "--inputs-from equals the same INPUTs" cmp -s "$T/l1.nq" "$T/l2.nq"
head -n 1 "$T/list" > "$T/shard1"; tail -n +2 "$T/list" > "$T/shard2"
{ "$K" extract -q -f nquads --inputs-from - < "$T/shard1"; "$K" extract -q -f nquads --inputs-from - < "$T/shard2"; } |
  LC_ALL=C sort -u > "$T/sh.nq"
LC_ALL=C sort -u "$T/l2.nq" > "$T/l2u.nq"
check "shards concatenated equal one run" cmp -s "$T/sh.nq" "$T/l2u.nq"
python3 - "$GOOD" > "$T/docs.jsonl" <<'PY'
import json, sys
print(json.dumps({"id": "https://example.org/a", "text": open(sys.argv[1], encoding="utf-8").read()}))
print("{not json")
print(json.dumps({"id": "b"}))
PY
"$K" extract -f nquads --jsonl - < "$T/docs.jsonl" > "$T/js.nq" 2>"$T/e"
check "--jsonl with bad lines exits 1" test $? -eq 1
check "--jsonl names the bad line" grep -q -- "-:2: error" "$T/e"
check "--jsonl names the line without text" grep -q -- '-:3: error: no "text"' "$T/e"
check "--jsonl writes the good document" grep -q '<https://example.org/a>' "$T/js.nq"
check "--jsonl output re-parses" rapper -q -i nquads -c "$T/js.nq"
# --base changes the instance namespace
"$K" extract -f ntriples --base http://example.org/kg/ "$GOOD" > "$T/b.nt" 2>/dev/null
check "--base used" grep -q '<http://example.org/kg/' "$T/b.nt"
# user dictionary
cat > "$T/dict.ttl" <<'TTL'
@prefix kgd: <https://w3id.org/kgbuild/dict#> .
@prefix kgo: <https://w3id.org/kgbuild/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
TTL
"$K" extract --dictionary "$T/dict.ttl" "$GOOD" > /dev/null 2>"$T/e"; check "--dictionary accepted" test $? -eq 0
printf '@prefix x: <http://x/> .\nx:a x:b "unterminated .\n' > "$T/broken.ttl"
"$K" extract --dictionary "$T/broken.ttl" "$GOOD" > /dev/null 2>"$T/e"; check "broken dictionary fails" test $? -ne 0
check "broken dictionary named" grep -q "broken.ttl" "$T/e"

# -o to a FIFO (as to /dev/null): written in place, the FIFO is not replaced
if mkfifo "$T/fifo" 2>/dev/null; then
  cat "$T/fifo" > "$T/fifo.out" &
  "$K" extract -q -f ntriples -o "$T/fifo" "$GOOD" 2>"$T/e"; check "-o FIFO exits 0" test $? -eq 0
  wait
  check "-o FIFO: still a FIFO" test -p "$T/fifo"
  check "-o FIFO: the graph came through it" grep -q 'kgbuild/ontology#Document' "$T/fifo.out"
fi
# --timings (hidden, for bench/): the table of stages on stderr, output unchanged
"$K" extract -q -f ntriples --timings "$GOOD" > "$T/t.nt" 2>"$T/e"; check "--timings exits 0" test $? -eq 0
check "--timings prints the stages" grep -q '^parse ' "$T/e"
"$K" extract -q -f ntriples "$GOOD" 2>/dev/null | cmp -s - "$T/t.nt"; check "--timings leaves the output alone" test $? -eq 0

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
