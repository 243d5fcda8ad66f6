#!/bin/sh
# test_view.sh — the formats for seeing the graph (-f graphml, jsonld, html,
# svg) and `kgbuild stats`, checked against the N-Triples output of the same
# input and by independent tools:
#   GraphML  xmllint against tests/graphml-structure.xsd (the structure the
#            GraphML specification requires, written here: the official
#            schema cannot be fetched and no Debian package ships it), and
#            python3 for typed values and counts;
#   JSON-LD  the npm package jsonld (tests/jsonld-check.js): expansion gives
#            exactly the N-Triples triples; skipped with a message when node
#            or the package is missing (npm install --prefix SRCDIR jsonld);
#   HTML     headless Chromium draws the page, a screenshot is kept under
#            BUILDDIR/tests/artifacts/, and the DOM after selecting the first
#            event shows its evidence sentence; skipped when chromium is absent;
#   SVG      well-formed, names the actors; or, in a build without libgvc,
#            a clear error.
# Prints "N passed, N failed" (and skips); exits non-zero on any failure.
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
K="$B/kgbuild"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ART="$B/tests/artifacts"
mkdir -p "$ART"
pass=0; fail=0; skip=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL: $*" >&2; }
skipped() { skip=$((skip+1)); echo "SKIP: $*"; }
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
GOOD="$S/tests/data/example-article.txt"

# ---------------------------------------------------------------- inputs
# A hostile article: markup, quotes, ampersands, "</script>", backslash
# escapes Graphviz would read, control characters, U+2028.
printf '</script><b>"Hostile" & <title> \\N \\l</b>\n\nNorth Korea fired a missile toward Japan on Monday, "officials" said </script><!-- & <x> \\n \001\002 done.\nJapan condemned the launch \342\200\250 and urged <Pyongyang> & "friends" to return to talks.\n' > "$T/hostile.txt"
# An article with no actor and no event.
printf 'The weather was mild and nothing else happened today.\n' > "$T/empty.txt"

for name in good hostile empty; do
  case $name in good) in=$GOOD;; *) in="$T/$name.txt";; esac
  "$K" extract -q -f ntriples -o "$T/$name.nt" "$in"
  check "$name: ntriples exits 0" test $? -eq 0
  for f in graphml jsonld html; do
    "$K" extract -q -f $f -o "$T/$name.$f" "$in" 2>"$T/err"
    check "$name: -f $f exits 0 ($(head -c 200 "$T/err"))" test $? -eq 0
    check "$name: -f $f writes something" test -s "$T/$name.$f"
  done
done
"$K" extract -q -f json-ld -o "$T/alias.jsonld" "$GOOD"
check "json-ld is an alias of jsonld" cmp -s "$T/alias.jsonld" "$T/good.jsonld"
check "the example has events to draw" grep -q 'ontology#Event>' "$T/good.nt"
check "the hostile article has an evidence with </script>" grep -q 'evidence> ".*</script>' "$T/hostile.nt"

# determinism: the same input gives the same bytes
for f in graphml jsonld html; do
  "$K" extract -q -f $f -o "$T/again.$f" "$GOOD"
  check "-f $f is deterministic" cmp -s "$T/again.$f" "$T/good.$f"
done

# ---------------------------------------------------------------- GraphML
XSD="$S/tests/graphml-structure.xsd"
for name in good hostile empty; do
  check "$name.graphml is well-formed" xmllint --noout "$T/$name.graphml"
  check "$name.graphml validates against the GraphML structure" \
    xmllint --noout --schema "$XSD" "$T/$name.graphml" 2>"$T/xerr"
done
# the schema check is not vacuous: a dangling edge end fails it
sed 's/source="n0"/source="n999999"/' "$T/good.graphml" > "$T/bad.graphml"
if xmllint --noout --schema "$XSD" "$T/bad.graphml" 2>/dev/null; then bad "schema accepts a dangling edge"; else ok; fi
cat > "$T/graphml.py" <<'EOF'
import sys, re, xml.etree.ElementTree as ET
G = '{http://graphml.graphdrawing.org/xmlns}'
gm, nt = sys.argv[1], open(sys.argv[2], encoding='utf-8').read()
root = ET.parse(gm).getroot()
keys = {k.get('id'): k for k in root.findall(G + 'key')}
errors = []
def val(el, key):
    for d in el.findall(G + 'data'):
        if d.get('key') == key:
            return d.text or ''
    return None
for el in root.iter():
    for d in el.findall(G + 'data'):
        k = keys[d.get('key')]
        t, txt = k.get('attr.type'), d.text or ''
        try:
            if t in ('int', 'long'): int(txt)
            elif t in ('double', 'float'): float(txt)
        except ValueError:
            errors.append('%s value %r is not a %s' % (k.get('attr.name'), txt, t))
        want = 'node' if el.tag == G + 'node' else 'edge' if el.tag == G + 'edge' else None
        if want and k.get('for') not in (want, 'all'):
            errors.append('key %s used on a %s' % (d.get('key'), want))
nodes = root.findall('.//' + G + 'node')
edges = root.findall('.//' + G + 'edge')
def count_nt(pattern):
    return len(set(re.findall(pattern, nt, re.M)))
ev_nt = count_nt(r'^(<[^>]*>) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kgbuild/ontology#Event> \.$')
ev_gm = sum(1 for n in nodes if val(n, 'kind') == 'Event')
if ev_nt != ev_gm: errors.append('events: %d in N-Triples, %d in GraphML' % (ev_nt, ev_gm))
for rel in ('agent', 'target', 'participant', 'leaderOf', 'officialOf', 'memberOf', 'allyOf'):
    a = count_nt(r'^(<[^>]*> <https://w3id.org/kgbuild/ontology#%s> <[^>]*>) \.$' % rel)
    b = sum(1 for e in edges if val(e, 'relation') == rel)
    if a != b: errors.append('%s: %d triples, %d edges' % (rel, a, b))
labels = set(re.findall(r'<http://www.w3.org/2000/01/rdf-schema#label> "([^"\\]*)"', nt))
have = set(val(n, 'label') for n in nodes)
missing = [l for l in labels if l not in have]
if missing: errors.append('labels missing: %r' % missing[:5])
for e in errors: print(e)
sys.exit(1 if errors else 0)
EOF
if command -v python3 >/dev/null 2>&1; then
  for name in good hostile empty; do
    python3 "$T/graphml.py" "$T/$name.graphml" "$T/$name.nt" > "$T/pyerr" 2>&1
    check "$name.graphml: typed values and counts match the N-Triples ($(head -c 300 "$T/pyerr"))" test $? -eq 0
  done
else
  skipped "python3 absent: GraphML typed values not checked"
fi

# ---------------------------------------------------------------- JSON-LD
if command -v python3 >/dev/null 2>&1; then
  for name in good hostile empty; do
    check "$name.jsonld is JSON" python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$T/$name.jsonld"
  done
fi
JS_OK=""
if command -v node >/dev/null 2>&1; then
  for d in "$S/node_modules" "$B/node_modules"; do
    if [ -d "$d/jsonld" ]; then JS_OK=$d; break; fi
  done
fi
if [ -n "$JS_OK" ]; then
  for name in good hostile empty; do
    ctx=""; [ $name = good ] && ctx="$S/ontology/context.jsonld"
    NODE_PATH="$JS_OK" node "$S/tests/jsonld-check.js" "$T/$name.jsonld" "$T/$name.nt" $ctx > "$T/jserr" 2>&1
    check "$name.jsonld expands to exactly the N-Triples triples: $(grep -v '^ok' "$T/jserr" | head -c 400)" test $? -eq 0
  done
  "$K" extract -q -f jsonld --base 'http://example.org/kg/' -o "$T/base.jsonld" "$GOOD"
  "$K" extract -q -f ntriples --base 'http://example.org/kg/' -o "$T/base.nt" "$GOOD"
  NODE_PATH="$JS_OK" node "$S/tests/jsonld-check.js" "$T/base.jsonld" "$T/base.nt" > "$T/jserr" 2>&1
  check "jsonld with --base expands to the N-Triples triples" test $? -eq 0
  "$K" extract -q -f jsonld -o "$T/two.jsonld" "$GOOD" "$T/hostile.txt"
  "$K" extract -q -f ntriples -o "$T/two.nt" "$GOOD" "$T/hostile.txt"
  NODE_PATH="$JS_OK" node "$S/tests/jsonld-check.js" "$T/two.jsonld" "$T/two.nt" > "$T/jserr" 2>&1
  check "jsonld of two documents expands to the N-Triples triples" test $? -eq 0
  # the check is not vacuous: a changed literal fails it
  sed 's/"label": "\([^"]*\)"/"label": "\1 (changed)"/' "$T/good.jsonld" > "$T/bad.jsonld"
  if NODE_PATH="$JS_OK" node "$S/tests/jsonld-check.js" "$T/bad.jsonld" "$T/good.nt" >/dev/null 2>&1; then
    bad "jsonld-check accepts a changed label"; else ok; fi
else
  skipped "node or its jsonld package missing: JSON-LD expansion not checked (npm install --prefix '$S' --no-save jsonld)"
fi

# ---------------------------------------------------------------- HTML
for name in good hostile empty; do
  check "$name.html: exactly two </script> (no text closes the data island)" \
    test "$(grep -o '</script' "$T/$name.html" | wc -l)" -eq 2
  check "$name.html loads nothing from outside" sh -c "! grep -Eq '(src|href)=\"(https?:)?//' '$T/$name.html'"
done
CHROME=""
for c in chromium chromium-browser google-chrome; do
  command -v $c >/dev/null 2>&1 && { CHROME=$c; break; }
done
if [ -n "$CHROME" ]; then
  chrome() { # URL, then chromium's output flags
    url=$1; shift
    prof=$(mktemp -d)
    timeout 120 $CHROME --headless --no-sandbox --disable-gpu --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$prof" --window-size=1400,900 "$@" "$url" 2>/dev/null
    rc=$?
    rm -rf "$prof"
    return $rc
  }
  cp "$T/good.html" "$ART/view-example.html"
  cp "$T/hostile.html" "$ART/view-hostile.html"
  rm -f "$ART/view-example.png"
  chrome "file://$ART/view-example.html#event=0" --screenshot="$ART/view-example.png" > /dev/null
  check "chromium takes a screenshot of the page" test -s "$ART/view-example.png"
  check "the screenshot is a PNG" sh -c "head -c 8 '$ART/view-example.png' | grep -q PNG"
  chrome "file://$ART/view-example.html#event=0" --dump-dom > "$T/dom.html"
  n_drawn=$(sed -n 's/.*data-drawn="\([0-9]*\)".*/\1/p' "$T/dom.html" | head -1)
  check "the script ran and drew the nodes (data-drawn=$n_drawn)" test "${n_drawn:-0}" -gt 0
  check "selecting an event shows the detail panel" grep -q 'id="detail" data-selected=' "$T/dom.html"
  check "the panel shows a factuality" grep -Eq 'class="fact-(Asserted|Hedged|Negated)"' "$T/dom.html"
  check "the panel shows the source" grep -q 'example-article.txt' "$T/dom.html"
  # the evidence shown is one of the evidence sentences of the graph
  sed -n 's/.*<div class="evidence">\([^<]*\)<\/div>.*/\1/p' "$T/dom.html" | head -1 > "$T/shown"
  check "the panel shows an evidence sentence" test -s "$T/shown"
  check "the evidence shown is an evidence of the graph" \
    grep -qF "evidence> \"$(cat "$T/shown")\"" "$T/good.nt"
  chrome "file://$ART/view-example.html#q=Japan" --dump-dom > "$T/qdom.html"
  check "the filter keeps the nodes that match" grep -q 'class="node"' "$T/qdom.html"
  check "the filter dims the others" grep -q 'class="node dim"' "$T/qdom.html"
  chrome "file://$ART/view-hostile.html#event=0" --dump-dom > "$T/hdom.html"
  check "hostile page: drawn" grep -q 'data-drawn="[1-9]' "$T/hdom.html"
  check "hostile page: markup in the evidence is shown as text" grep -q '&lt;/script&gt;\|&lt;Pyongyang&gt;' "$T/hdom.html"
  check "hostile page: no element was injected" sh -c "! grep -q '<b>\"Hostile\"' '$T/hdom.html'"
  chrome "file://$ART/view-hostile.html#event=0" --screenshot="$ART/view-hostile.png" > /dev/null
  check "hostile page: screenshot" test -s "$ART/view-hostile.png"
  echo "artifacts: $ART/view-example.png $ART/view-hostile.png"
else
  skipped "chromium absent: the HTML viewer was not drawn (apt-get install chromium)"
fi

# ---------------------------------------------------------------- SVG
if grep -q 'DHAVE_GVC=1' "$B/Makefile" 2>/dev/null; then
  for name in good hostile empty; do
    case $name in good) in=$GOOD;; *) in="$T/$name.txt";; esac
    "$K" extract -q -f svg -o "$T/$name.svg" "$in" 2>"$T/err"
    check "$name: -f svg exits 0 ($(head -c 200 "$T/err"))" test $? -eq 0
    check "$name.svg is well-formed XML" xmllint --noout "$T/$name.svg"
    check "$name.svg is an SVG" grep -q '<svg' "$T/$name.svg"
  done
  for l in "North Korea" "Japan"; do
    check "the SVG names $l" grep -q ">$l<" "$T/good.svg"
  done
  check "the SVG has event boxes labelled by CAMEO name" grep -q 'class="node"' "$T/good.svg"
  cp "$T/good.svg" "$ART/view-example.svg"
else
  "$K" extract -q -f svg -o "$T/x.svg" "$GOOD" 2>"$T/err"
  check "-f svg without libgvc fails" test $? -ne 0
  check "-f svg without libgvc says why" grep -q 'libgraphviz-dev' "$T/err"
  skipped "built without libgvc: SVG drawing not checked"
fi

# ---------------------------------------------------------------- stats
"$K" stats --help > "$T/h" 2>&1; check "stats --help exits 0" test $? -eq 0
check "stats --help names --tsv" grep -q -- '--tsv' "$T/h"
"$K" stats > /dev/null 2>&1; check "stats without INPUT exits 2" test $? -eq 2
"$K" stats -q --tsv "$GOOD" > "$T/stats.tsv"; check "stats exits 0" test $? -eq 0
"$K" stats -q "$GOOD" > "$T/stats.txt"; check "stats table exits 0" test $? -eq 0
check "stats table has the CAMEO section" grep -q 'Events by CAMEO root category' "$T/stats.txt"
tsv() { awk -F '\t' -v s="$1" -v k="$2" '$1==s && $2==k {print $3}' "$T/stats.tsv"; }
cnt() { grep -c "$1" "$T/good.nt"; }
check "stats: persons = kgo:Person triples" test "$(tsv actors Person)" -eq "$(cnt 'ontology#Person> \.$')"
check "stats: countries = kgo:Country triples" test "$(tsv actors Country)" -eq "$(cnt 'ontology#Country> \.$')"
check "stats: events = kgo:Event triples" test "$(tsv events total)" -eq "$(cnt 'ontology#Event> \.$')"
check "stats: hedged = kgo:Hedged triples" test "$(tsv factuality Hedged)" -eq "$(cnt 'ontology#Hedged> \.$')"
check "stats: negated = kgo:Negated triples" test "$(tsv factuality Negated)" -eq "$(cnt 'ontology#Negated> \.$')"
check "stats: relations = relation triples" test "$(tsv relations total)" -eq "$(grep -Ec 'ontology#(leaderOf|officialOf|memberOf|allyOf|sectorOf)> ' "$T/good.nt")"
check "stats: per-category counts add up to the events" \
  test "$(awk -F '\t' '$1=="events" && $2!="total" {s+=$3} END {print s+0}' "$T/stats.tsv")" -eq "$(tsv events total)"
# a graph file read back gives the same table as the article
"$K" extract -q -o "$T/good.ttl" "$GOOD"
"$K" stats -q --tsv "$T/good.ttl" > "$T/stats2.tsv"
check "stats of the Turtle file = stats of the article" cmp -s "$T/stats.tsv" "$T/stats2.tsv"
"$K" stats -q --tsv "$T/good.nt" "$T/good.ttl" > "$T/stats3.tsv"
check "the same graph twice counts once" cmp -s "$T/stats.tsv" "$T/stats3.tsv"
"$K" stats -q "$T/missing.ttl" > /dev/null 2>"$T/e"; check "stats of a missing file exits 1" test $? -eq 1

# ---------------------------------------------------------------- completion
# the bash completion script, with stand-ins for bash-completion's helpers
if command -v bash >/dev/null 2>&1; then
  comp() { # words...: prints the completions of the last word
    bash -c '
      _init_completion() { words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${words[cword]}; prev=${words[cword-1]}; }
      _filedir() { COMPREPLY=(FILE); }
      compopt() { :; }
      . "$0"
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _kgbuild; echo "${COMPREPLY[*]}"
    ' "$S/contrib/kgbuild.bash-completion" "$@"
  }
  r=$(comp "$K" st)
  check "completion: 'st' offers stats ($r)" sh -c "case ' $r ' in *' stats '*) exit 0;; esac; exit 1"
  r=$(comp "$K" "")
  check "completion: commands come from --help ($r)" sh -c "case ' $r ' in *' extract '*' stats '*) exit 0;; esac; exit 1"
  r=$(comp "$K" extract -f gr)
  check "completion: -f gr completes to graphml ($r)" test "$r" = "graphml"
  r=$(comp "$K" stats --t)
  check "completion: stats --t completes to --tsv ($r)" test "$r" = "--tsv"
fi

echo "test_view: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
