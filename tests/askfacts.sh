# askfacts.sh — sourced by tests/heldout.sh and tests/sample.sh: the one
# recorder and judge of facts checked as SPARQL ASK queries.  `ask` records a
# fact (expected answer, description, X mark, query) in "$T/$ART.q"; `judge`
# has tests/askbatch (Rasqal, as roqet; never libkgbuild) answer the recorded
# queries against "$T/$ART.ttl" in one process, one line each in order (true,
# false or "error: ..."), and checks them.  A fact prefixed with X is a known
# failure: counted as XFAIL when wrong, printed as XPASS when it holds.
# The caller sets WHO (name in messages), Q (askbatch), T (temporary folder)
# and ART (the graph under test) before recording.
P='PREFIX kgo: <https://w3id.org/kgbuild/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wd: <http://www.wikidata.org/entity/>'
pass=0; fail=0; xfail=0; xpass=0; XF=0; hn=0
ask() { # expected(true|false) description query: recorded here, answered in judge
  hn=$((hn+1))
  eval "he_$hn=\$1 hd_$hn=\$2 hx_$hn=\$XF"
  printf '%s\n%s\n\f\n' "$P" "$3" >> "$T/$ART.q"
  XF=0
}
X() { XF=1; "$@"; }
judge() {
  "$Q" "$T/$ART.ttl" "$T/$ART.q" > "$T/$ART.r" 2> "$T/$ART.err" ||
    { echo "$WHO: askbatch failed on $ART: $(cat "$T/$ART.err")"; fail=$((fail+1)); }
  exec 3< "$T/$ART.r"
  hi=0
  while [ "$hi" -lt "$hn" ]; do
    hi=$((hi+1))
    IFS= read -r hr <&3 || hr="error: no answer from askbatch"
    eval "hexp=\$he_$hi hdesc=\$hd_$hi hxf=\$hx_$hi"
    if [ "$hr" = "$hexp" ]; then
      if [ "$hxf" = 1 ]; then xpass=$((xpass+1)); echo "XPASS: $ART: $hdesc"; else pass=$((pass+1)); fi
    elif [ "$hxf" = 1 ]; then xfail=$((xfail+1)); echo "XFAIL: $ART: $hdesc"
    else fail=$((fail+1)); echo "FAIL: $ART: $hdesc (expected $hexp): $hr"; fi
  done
  exec 3<&-
  hn=0
}
