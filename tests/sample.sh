#!/bin/sh
# sample.sh — the facts the foundation issue requires of the sample article
# (../shared/corpus/kim-jong-un-russia-visit.txt), checked as SPARQL ASK
# queries against kgbuild's Turtle: `ask` records each fact, and tests/askbatch
# (Rasqal, as roqet; never libkgbuild) answers them all in one process at the
# end.  Skipped (exit 77) when the article is absent.
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
A="$S/../shared/corpus/kim-jong-un-russia-visit.txt"
[ -n "${KG_SHARED:-}" ] && A="$KG_SHARED/corpus/kim-jong-un-russia-visit.txt"
if [ ! -f "$A" ]; then echo "sample: skipped: $A not present"; exit 77; fi
Q="$B/tests/askbatch"
[ -x "$Q" ] || { echo "sample: $Q missing (make check builds it; or make tests/askbatch)"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
"$B/kgbuild" extract -q -o "$T/sample.ttl" "$A" || { echo "sample: extract failed"; exit 1; }
WHO=sample; ART=sample
. "$S/tests/askfacts.sh"
: > "$T/$ART.q"
actor() { ask true "$2 is a $1" "ASK { ?x a kgo:$1 ; rdfs:label \"$2\" }"; }
actor Person "Kim Jong Un"; actor Person "Vladimir Putin"; actor Person "Donald Trump"
actor Country "North Korea"; actor Country "Russia"; actor Country "United States"
actor Country "China"; actor Country "South Korea"; actor Organization "United Nations"
for bad in "The Background" "Juche" "#IntellectualJourney" "North Korea's" "Kim" "Kim Jong Un's" "The Diplomatic Dance" "Global Implications"; do
  ask false "no actor labelled $bad" "ASK { ?x rdfs:label \"$bad\" }"
done
ask false "no label starts with #" 'ASK { ?x rdfs:label ?l FILTER(STRSTARTS(STR(?l), "#")) }'
ask false "one label per actor" 'ASK { ?x a kgo:Actor ; rdfs:label ?a, ?b FILTER(?a != ?b) }'
ask false "one label per actor (Person)" 'ASK { ?x a kgo:Person ; rdfs:label ?a, ?b FILTER(?a != ?b) }'
ask true "Kim Jong Un sameAs wd:Q56226" 'ASK { ?k rdfs:label "Kim Jong Un" ; owl:sameAs wd:Q56226 }'
lead() { ask true "$1 leaderOf $2" "ASK { ?p rdfs:label \"$1\" ; kgo:leaderOf ?c . ?c rdfs:label \"$2\" }"; }
lead "Kim Jong Un" "North Korea"; lead "Vladimir Putin" "Russia"; lead "Donald Trump" "United States"
ally() { ask true "allyOf $1 - $2" "ASK { ?a rdfs:label \"$1\" . ?b rdfs:label \"$2\" . { ?a kgo:allyOf ?b } UNION { ?b kgo:allyOf ?a } }"; }
ally "North Korea" "Russia"; ally "North Korea" "China"
ask true "visit 042 Kim -> Russia" 'ASK { ?e kgo:cameoCode "042" ; kgo:agent ?a ; kgo:target ?t . ?a rdfs:label "Kim Jong Un" . ?t rdfs:label "Russia" }'
INV='{ ?e kgo:agent ?x } UNION { ?e kgo:target ?x } UNION { ?e kgo:participant ?x }'
INV2='{ ?e kgo:agent ?y } UNION { ?e kgo:target ?y } UNION { ?e kgo:participant ?y }'
ask true "Kim-Putin meeting 04x" "ASK { ?e kgo:cameoCode ?c FILTER(STRSTARTS(?c, \"04\")) $INV $INV2 ?x rdfs:label \"Kim Jong Un\" . ?y rdfs:label \"Vladimir Putin\" }"
ask true "Kim-Trump summit 04x" "ASK { ?e kgo:cameoCode ?c FILTER(STRSTARTS(?c, \"04\")) $INV $INV2 ?x rdfs:label \"Kim Jong Un\" . ?y rdfs:label \"Donald Trump\" }"
ask true "missile launch 15x by North Korea" 'ASK { ?e kgo:cameoCode ?c ; kgo:agent ?a . ?a rdfs:label "North Korea" FILTER(STRSTARTS(?c, "15")) }'
ask true "sanctions 16x on North Korea" 'ASK { ?e kgo:cameoCode ?c ; kgo:target ?a . ?a rdfs:label "North Korea" FILTER(STRSTARTS(?c, "16")) }'
ask true "condemnation 11x of North Korea" 'ASK { ?e kgo:cameoCode ?c ; kgo:target ?a . ?a rdfs:label "North Korea" FILTER(STRSTARTS(?c, "11")) }'
for h in "may have been intended" "could have been" "could be seen as"; do
  ask true "an event from \"$h\"" "ASK { ?e kgo:evidence ?s FILTER(CONTAINS(?s, \"$h\")) }"
  ask false "\"$h\" never Asserted" "ASK { ?e kgo:evidence ?s ; kgo:factuality kgo:Asserted FILTER(CONTAINS(?s, \"$h\")) }"
done
ask false "every event has evidence" 'ASK { ?e a kgo:Event OPTIONAL { ?e kgo:evidence ?s } FILTER(!BOUND(?s)) }'
ask false "every event has a source" 'ASK { ?e a kgo:Event OPTIONAL { ?e prov:wasDerivedFrom ?d } FILTER(!BOUND(?d)) }'
ask false "every event has a factuality" 'ASK { ?e a kgo:Event OPTIONAL { ?e kgo:factuality ?f } FILTER(!BOUND(?f)) }'
ask false "every event has a code" 'ASK { ?e a kgo:Event OPTIONAL { ?e kgo:cameoCode ?f } FILTER(!BOUND(?f)) }'
ask true "document has a title" 'ASK { ?d a kgo:Document ; dcterms:title ?t }'
ask true "events derive from the document" 'ASK { ?e prov:wasDerivedFrom ?d . ?d a kgo:Document }'
judge
echo "sample: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
