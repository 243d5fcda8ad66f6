#!/bin/sh
# store.sh — the embedded store: extract --store, replacing a document's
# graph (no duplicates, no stale triples), unchanged re-ingest, a run killed
# before its commit, small updates replaying the last delta (killed, and
# with a reader on the generation they reuse), query formats, export, store-stats, load + a join
# across a document graph and a loaded dataset, Rasqal's SPARQL gaps.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
K="$B/kgbuild"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL: $*" >&2; }
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi }
stat_of() { "$K" store-stats --store "$T/s" | awk -F'\t' -v k="$1" '$1 == k { print $2 }'; }
Q() { "$K" query --store "$T/s" "$@" 2>"$T/qerr"; }
P='PREFIX kgo: <https://w3id.org/kgbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX dcterms: <http://purl.org/dc/terms/>'

mkdir -p "$T/in"
cp "$S/tests/data/example-article.txt" "$T/in/a.txt"
printf 'North Korea fired a missile on Monday. Japan condemned the launch.\n' > "$T/in/b.txt"

# --- a new store
"$K" extract -q --store "$T/s" "$T/in" 2>"$T/e"; check "extract --store exits 0" test $? -eq 0
check "store has CURRENT" test -f "$T/s/CURRENT"
check "two document graphs" test "$(stat_of documents)" = 2
q1=$(stat_of quads); g1=$(stat_of generation)
check "quads counted" test "${q1:-0}" -gt 10
"$K" export --store "$T/s" -f nquads > "$T/all.nq"
check "export nquads re-parses" rapper -q -i nquads -c "$T/all.nq"
check "export: one line per quad" test "$(wc -l < "$T/all.nq")" -eq "$q1"
check "export: no duplicate quads" test -z "$(sort "$T/all.nq" | uniq -d)"
# plain librdf (rdfproc, without kgbuild's key comparison of store_cache.c)
# reads the same quads and finds keys in each index file
if command -v rdfproc > /dev/null; then
  RO="hash-type='bdb',dir='$T/s/$(cat "$T/s/CURRENT")',contexts='yes',write='no'"
  check "rdfproc: every quad" test "$(rdfproc -s hashes -t "$RO" kg serialize nquads 2>/dev/null | wc -l)" -eq "$q1"
  set -- $(awk '$2 == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" && $3 ~ /^</ { print substr($1, 2, length($1) - 2), substr($3, 2, length($3) - 2); exit }' "$T/all.nq")
  RT=http://www.w3.org/1999/02/22-rdf-syntax-ns#type
  check "rdfproc: a key in sp2o" sh -c 'rdfproc -s hashes -t "$1" kg targets "$2" "$3" 2>/dev/null | grep -qF "<$4>"' - "$RO" "$1" "$RT" "$2"
  check "rdfproc: a key in po2s" sh -c 'rdfproc -s hashes -t "$1" kg sources "$3" "$4" 2>/dev/null | grep -qF "<$2>"' - "$RO" "$1" "$RT" "$2"
  check "rdfproc: a key in so2p" sh -c 'rdfproc -s hashes -t "$1" kg arcs "$2" "$4" 2>/dev/null | grep -qF "<$3>"' - "$RO" "$1" "$RT" "$2"
fi

# --- re-ingesting the same documents changes nothing
"$K" extract --store "$T/s" "$T/in" 2>"$T/e"; check "re-ingest exits 0" test $? -eq 0
check "re-ingest: reported unchanged" grep -q "0 graphs added or replaced, 2 unchanged" "$T/e"
check "re-ingest: same quad count" test "$(stat_of quads)" = "$q1"
check "re-ingest: no new generation" test "$(stat_of generation)" = "$g1"

# --- the same text under two names is one document, kept, not flipped
cp "$T/in/a.txt" "$T/dup.txt"
"$K" extract --store "$T/s" "$T/in" "$T/dup.txt" 2>"$T/e"
check "duplicate text: still two graphs" test "$(stat_of graphs)" = 2
check "duplicate text: nothing replaced" grep -q "0 graphs added or replaced, 3 unchanged" "$T/e"
check "duplicate text: same quads" test "$(stat_of quads)" = "$q1"

# --- a changed document replaces its graph: the old one is gone
old=$("$K" store-stats --store "$T/s" --graphs | awk -F'\t' '$1 == "graph" && $5 ~ /b.txt$/ { print $2 }')
printf 'South Korea condemned North Korea on Tuesday.\n' > "$T/in/b.txt"
"$K" extract -q --store "$T/s" "$T/in/b.txt"; check "changed doc exits 0" test $? -eq 0
new=$("$K" store-stats --store "$T/s" --graphs | awk -F'\t' '$1 == "graph" && $5 ~ /b.txt$/ { print $2 }')
check "changed doc: still two graphs" test "$(stat_of graphs)" = 2
check "changed doc: new graph IRI" test -n "$new" -a "$new" != "$old"
Q -f csv "SELECT ?p WHERE { GRAPH <$old> { ?s ?p ?o } FILTER(BOUND(?p)) }" > "$T/r"
check "changed doc: old graph has no triples left" test "$(wc -l < "$T/r")" -eq 1
Q -f csv "$P SELECT ?e WHERE { ?e kgo:evidence ?ev FILTER(CONTAINS(?ev, \"fired a missile on Monday\")) }" > "$T/r"
check "changed doc: no stale triple" test "$(wc -l < "$T/r")" -eq 1
"$K" export --store "$T/s" > "$T/all2.nq"
check "changed doc: quads = export lines" test "$(wc -l < "$T/all2.nq")" -eq "$(stat_of quads)"
check "changed doc: no duplicates" test -z "$(sort "$T/all2.nq" | uniq -d)"

# --- a source whose text becomes another document's text: its old graph goes
printf 'Iran condemned Israel on Sunday.\n' > "$T/x.txt"
"$K" extract -q --store "$T/s" "$T/x.txt"
check "x: three graphs" test "$(stat_of graphs)" = 3
cp "$T/in/a.txt" "$T/x.txt"
"$K" extract -q --store "$T/s" "$T/x.txt"
check "x now a duplicate: its old graph removed" test "$(stat_of graphs)" = 2

# --- a run killed before its commit leaves the store as it was
q2=$(stat_of quads); g2=$(stat_of generation)
printf 'Russia and China signed an agreement in Moscow on Friday.\n' > "$T/in/c.txt"
TMPDIR="$T" KGBUILD_TEST_KILL_AFTER=3 "$K" extract -q --store "$T/s" "$T/in" 2>/dev/null
check "killed run: died (137)" test $? -eq 137
check "killed run: leftovers exist" test -n "$(ls -d "$T"/s/gen-*.tmp 2>/dev/null)"
check "killed run: same quads" test "$(stat_of quads)" = "$q2"
check "killed run: same generation" test "$(stat_of generation)" = "$g2"
check "killed run: store queries fine" test "$(Q -f csv 'SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }' | sort -u | wc -l)" -eq 3
"$K" extract -q --store "$T/s" "$T/in"; check "after kill: next run exits 0" test $? -eq 0
check "after kill: leftovers swept" test -z "$(ls -d "$T"/s/gen-*.tmp 2>/dev/null)"
check "after kill: at most two generation dirs" test "$(ls -d "$T"/s/gen-* | wc -l)" -le 2
check "after kill: three documents" test "$(stat_of documents)" = 3

# --- small updates replay the last delta into the generation before
# instead of copying the store; the result equals a store built afresh
upd() { "$K" extract -q --store "$T/s" "$@"; }
printf 'France and Germany signed a treaty in Paris on Tuesday.\n' > "$T/in/d.txt"
upd "$T/in"; check "update 1 exits 0" test $? -eq 0
printf 'Brazil criticised Argentina on Wednesday.\n' > "$T/in/e.txt"
upd "$T/in"; check "update 2 exits 0" test $? -eq 0
cur=$(cat "$T/s/CURRENT")
check "update: the committed generation has a delta" test -s "$T/s/$cur/delta.nq"
check "update: the generation before is kept for it" test "$(ls -d "$T"/s/gen-* | wc -l)" -eq 2
printf 'Brazil praised Argentina on Thursday.\n' > "$T/in/e.txt"
ino_prev=$(ls -di "$(ls -d "$T"/s/gen-* | head -1)" | cut -d' ' -f1)
upd "$T/in"; check "update 3 (replace) exits 0" test $? -eq 0
check "update 3: the generation before was reused, not a copy" test "$(ls -di "$T/s/$(cat "$T/s/CURRENT")" | cut -d' ' -f1)" = "$ino_prev"
"$K" extract -q --store "$T/fresh" "$T/in"
"$K" export --store "$T/s" > "$T/u1.nq"; "$K" export --store "$T/fresh" > "$T/u2.nq"
check "updates: same quads as a store built afresh" cmp -s "$T/u1.nq" "$T/u2.nq"
check "updates: same stats" test "$("$K" store-stats --store "$T/s" | tail -n +3)" = "$("$K" store-stats --store "$T/fresh" | tail -n +3)"
# a run killed while reusing the generation before: the store is as it was
q3=$(stat_of quads); g3=$(stat_of generation)
printf 'Brazil praised Chile on Friday.\n' > "$T/in/e.txt"
TMPDIR="$T" KGBUILD_TEST_KILL_AFTER=1 "$K" extract -q --store "$T/s" "$T/in/e.txt" 2>/dev/null
check "killed reuse: died (137)" test $? -eq 137
check "killed reuse: same quads" test "$(stat_of quads)" = "$q3"
check "killed reuse: same generation" test "$(stat_of generation)" = "$g3"
"$K" export --store "$T/s" > "$T/u3.nq"
check "killed reuse: same export" cmp -s "$T/u1.nq" "$T/u3.nq"
upd "$T/in"; check "after killed reuse: next run (a copy) exits 0" test $? -eq 0
rm -rf "$T/fresh"; "$K" extract -q --store "$T/fresh" "$T/in"
"$K" export --store "$T/s" > "$T/u1.nq"; "$K" export --store "$T/fresh" > "$T/u2.nq"
check "after killed reuse: same quads as afresh" cmp -s "$T/u1.nq" "$T/u2.nq"
# a reader holding the generation before: the writer copies instead
if command -v flock > /dev/null; then
  prev=$(ls -d "$T"/s/gen-* | head -1)
  printf 'Brazil praised Peru on Saturday.\n' > "$T/in/e.txt"
  flock -s "$prev" sleep 3 & fp=$!
  sleep 0.5
  upd "$T/in"; check "reader on the generation before: update exits 0" test $? -eq 0
  wait $fp
  rm -rf "$T/fresh"; "$K" extract -q --store "$T/fresh" "$T/in"
  "$K" export --store "$T/s" > "$T/u1.nq"; "$K" export --store "$T/fresh" > "$T/u2.nq"
  check "reader on the generation before: same quads as afresh" cmp -s "$T/u1.nq" "$T/u2.nq"
fi

# --- -j 2: workers extract, one process writes: the same store as -j 1
"$K" extract -q --store "$T/j1" "$T/in"; "$K" extract -q -j 2 --store "$T/j2" "$T/in"
check "-j 2 --store exits 0" test $? -eq 0
"$K" export --store "$T/j1" > "$T/j1.nq"; "$K" export --store "$T/j2" > "$T/j2.nq"
check "-j 2 --store: same quads as -j 1" cmp -s "$T/j1.nq" "$T/j2.nq"
check "-j 2 --store: same stats" test "$("$K" store-stats --store "$T/j1" --graphs | tail -n +3)" = "$("$K" store-stats --store "$T/j2" --graphs | tail -n +3)"
"$K" extract -j 2 --store "$T/j2" "$T/in" 2>"$T/e"
check "-j 2 re-ingest: unchanged" grep -q "0 graphs added or replaced" "$T/e"
printf 'Chile and Peru held talks in Lima on Monday.\n' > "$T/j.txt"
# (a killed writer cannot remove its workers' scratch directory: keep it in $T)
TMPDIR="$T" KGBUILD_TEST_KILL_AFTER=1 "$K" extract -q -j 2 --store "$T/j2" "$T/j.txt" "$T/in" 2>/dev/null
check "-j 2 killed writer: died (137)" test $? -eq 137
"$K" export --store "$T/j2" > "$T/j3.nq"
check "-j 2 killed writer: store as it was" cmp -s "$T/j1.nq" "$T/j3.nq"
# kill -9 from outside at some moment of a run: the store is absent (nothing
# committed yet) or whole (its export has exactly its quads, none twice)
for d in 0.2 0.6 1.2; do
  rm -rf "$T/k"
  TMPDIR="$T" "$K" extract -q -j 2 --store "$T/k" "$T/in" "$S/tests/data" 2>/dev/null & kp=$!
  sleep "$d"; kill -9 "$kp" 2>/dev/null; wait "$kp" 2>/dev/null
  sleep 0.2 # the workers die with the parent (PR_SET_PDEATHSIG)
  if [ -f "$T/k/CURRENT" ]; then
    "$K" export --store "$T/k" > "$T/k.nq" 2>/dev/null
    kq=$("$K" store-stats --store "$T/k" | awk -F'\t' '$1 == "quads" { print $2 }')
    check "kill -9 after ${d}s: export = quads" test "$(wc -l < "$T/k.nq")" -eq "${kq:-x}"
    check "kill -9 after ${d}s: no quad twice" test -z "$(sort "$T/k.nq" | uniq -d)"
  else
    check "kill -9 after ${d}s: no store yet, none readable" test -z "$("$K" store-stats --store "$T/k" 2>/dev/null)"
  fi
  "$K" extract -q --store "$T/k" "$T/in"; check "kill -9 after ${d}s: next run exits 0" test $? -eq 0
done

# a first commit killed between writing CURRENT.tmp and renaming it: the
# directory holds only the store's own files, so the next run starts afresh
rm -rf "$T/k"; mkdir -p "$T/k/gen-000001"; : > "$T/k/lock"; printf '1\n' > "$T/k/CURRENT.tmp"
"$K" extract -q --store "$T/k" "$T/in"; check "killed before the first CURRENT: next run exits 0" test $? -eq 0
check "killed before the first CURRENT: a store now" test -f "$T/k/CURRENT"

# --- query formats
Q "$P SELECT ?l WHERE { ?a a kgo:Country ; rdfs:label ?l } ORDER BY ?l" > "$T/r"
check "table: header" grep -q '^?l' "$T/r"
check "table: Japan" grep -q '"Japan"' "$T/r"
check "table: row count line" grep -q '^([0-9]* rows)$' "$T/r"
Q -f csv "$P SELECT DISTINCT ?l WHERE { ?a a kgo:Country ; rdfs:label ?l } ORDER BY ?l" > "$T/r"
check "csv: header" test "$(head -1 "$T/r" | tr -d '\r')" = l
check "csv: Japan row" grep -q '^Japan' "$T/r"
Q -f tsv "$P SELECT DISTINCT ?l WHERE { ?a a kgo:Country ; rdfs:label ?l }" > "$T/r"
check "tsv: header" test "$(head -1 "$T/r")" = '?l'
Q -f json "$P SELECT DISTINCT ?l WHERE { ?a a kgo:Country ; rdfs:label ?l }" > "$T/r"
check "json parses, has bindings" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["head"]["vars"]==["l"] and d["results"]["bindings"]' "$T/r"
Q -f xml "$P ASK { ?a a kgo:Country }" > "$T/r"
check "xml boolean" grep -q '<boolean>true</boolean>' "$T/r"
Q "$P CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a kgo:Country ; rdfs:label ?l }" > "$T/r.ttl"
check "construct: Turtle re-parses" rapper -q -i turtle -c "$T/r.ttl"
printf '%s SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kgo:Event }\n' "$P" > "$T/q.rq"
Q -f csv -q "$T/q.rq" > "$T/r"; check "-q FILE exits 0" test $? -eq 0
check "-q FILE counts events" test "$(sed -n 2p "$T/r" | tr -d '\r')" = "$(stat_of events)"
Q 'SELECT ?x WHERE { ?x ?y }' > /dev/null; check "syntax error exits 2" test $? -eq 2
"$K" query --store "$T/nostore" 'ASK {}' > /dev/null 2>"$T/e"; check "missing store exits 1" test $? -eq 1
check "missing store named" grep -q "not a kgbuild store" "$T/e"
"$K" query --store "$T/s" -f yaml 'ASK {}' > /dev/null 2>&1; check "unknown format exits 2" test $? -eq 2

# --- Rasqal gaps: the error names the gap, the documented workaround works
Q "$P SELECT ?a WHERE { ?a a kgo:Actor FILTER NOT EXISTS { ?a owl:sameAs ?w } }" > /dev/null
check "NOT EXISTS fails" test $? -ne 0
check "NOT EXISTS: hint" grep -q "OPTIONAL" "$T/qerr"
Q -f csv "$P SELECT DISTINCT ?a WHERE { ?a a kgo:Actor OPTIONAL { ?a owl:sameAs ?w } FILTER(!BOUND(?w)) }" > "$T/r"
check "workaround: actors without sameAs" test "$(wc -l < "$T/r")" -ge 1
Q -f csv "$P SELECT DISTINCT ?a WHERE { ?a a kgo:Actor ; owl:sameAs ?w }" > "$T/r2"
Q -f csv "$P SELECT DISTINCT ?a WHERE { ?a a kgo:Actor }" > "$T/r3"
check "workaround: with + without = all" test $(( $(wc -l < "$T/r") + $(wc -l < "$T/r2") - 2 )) -eq $(( $(wc -l < "$T/r3") - 1 ))

# --- a loaded dataset: one query spans a document graph and the dataset
cat > "$T/wd.ttl" <<'EOF'
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
wd:Q17 wdt:P36 wd:Q1490 ; wdt:P1082 124000000 .
wd:Q408 wdt:P36 wd:Q3114 ; wdt:P1082 26000000 .
wd:Q1490 <http://www.w3.org/2000/01/rdf-schema#label> "Tokyo" .
wd:Q3114 <http://www.w3.org/2000/01/rdf-schema#label> "Canberra" .
[] <http://www.w3.org/2000/01/rdf-schema#comment> "a blank node" .
EOF
"$K" load -q --store "$T/s" --graph urn:x-test:wikidata "$T/wd.ttl"; check "load exits 0" test $? -eq 0
check "load: one dataset" test "$(stat_of datasets)" = 1
Q -f csv "$P PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT DISTINCT ?country ?capital WHERE {
  GRAPH ?doc { ?c a kgo:Country ; rdfs:label ?country ; owl:sameAs ?wd }
  GRAPH <urn:x-test:wikidata> { ?wd wdt:P36 ?cap . ?cap rdfs:label ?capital }
} ORDER BY ?country" > "$T/r"
check "join: Japan's capital from the dataset" grep -q '^Japan,Tokyo' "$T/r"
check "join: Australia's too" grep -q '^Australia,Canberra' "$T/r"
"$K" load --store "$T/s" --graph urn:x-test:wikidata "$T/wd.ttl" 2>"$T/e"
check "re-load: unchanged" grep -q unchanged "$T/e"
# two updates after the load: the second replays the load's delta, blank nodes and all
"$K" export --store "$T/s" | grep -F '<urn:x-test:wikidata>' > "$T/wd1.nq"
for w in Monday Tuesday; do
  printf 'Chile thanked Peru on %s.\n' "$w" > "$T/in/f.txt"; "$K" extract -q --store "$T/s" "$T/in/f.txt"
done
"$K" export --store "$T/s" | grep -F '<urn:x-test:wikidata>' > "$T/wd2.nq"
check "load, then updates: the dataset graph as loaded" cmp -s "$T/wd1.nq" "$T/wd2.nq"
check "load, then updates: blank nodes kept" grep -q '^_:' "$T/wd2.nq"
printf '<urn:a> <urn:b> .\n' > "$T/bad.nt"
"$K" load -q --store "$T/s" "$T/bad.nt" 2>/dev/null; check "bad dataset exits 1" test $? -eq 1
check "bad dataset: nothing added" test "$(stat_of datasets)" = 1

# --- export formats agree
"$K" export --store "$T/s" -f ntriples > "$T/m.nt"
check "ntriples export re-parses" rapper -q -i ntriples -c "$T/m.nt"
check "ntriples: distinct triples" test "$(wc -l < "$T/m.nt")" -eq "$(stat_of triples)"
"$K" export --store "$T/s" -f turtle > "$T/m.ttl"
check "turtle export re-parses" rapper -q -i turtle -c "$T/m.ttl"
check "turtle: same triples" test "$(rapper -i turtle -c "$T/m.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p')" = "$(wc -l < "$T/m.nt" | tr -d ' ')"
"$K" export --store "$T/s" -f rdfxml > /dev/null 2>&1; check "export: unknown format exits 2" test $? -eq 2

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
