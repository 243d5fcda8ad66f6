#!/bin/sh
# callgrind.sh — instructions per KB of text, the noise-free speed figure.
#
#   KG_BUILDDIR=/path/to/build sh bench/callgrind.sh [N]
#
# Runs `kgbuild extract -q -f nquads -o /dev/null` under
# `valgrind --tool=callgrind` on a fixed input, the first N (default 20)
# articles of bbc_news/politics (001.txt ... in name order), and prints
# a markdown table: instructions of the whole process, of start-up
# (kg_world_load_default: ontology, dictionaries, models), of the
# documents (every call of main.c's extract_one: pipeline, graph, write)
# and per stage (inclusive cost of the stage's entry function), each
# also per KB (1,000 bytes) of input text.  Instruction counts do not
# depend on the machine's load, unlike times: compare them from commit to
# commit (same compiler and flags: the default -O2 -g).
# KG_DATA (default /work/shared/data) is the data folder; CALLGRIND_OUT
# keeps the profile there (default: a temporary file, removed).
set -e
me=callgrind.sh
. "$(dirname "$0")/valgrind-input.sh"
out=${CALLGRIND_OUT:-$(mktemp /tmp/kgb-callgrind.XXXXXX)}
LD_LIBRARY_PATH="$b/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  valgrind --tool=callgrind --callgrind-out-file="$out" \
  "$bin" extract -q -f nquads -o /dev/null $files 2>"$out.log" || {
  echo "callgrind.sh: the run failed, see $out.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null | python3 -c '
import re, sys
n, nbytes = int(sys.argv[1]), int(sys.argv[2])
incl, total = {}, None
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
    if not m:
        continue
    v = int(m.group(1).replace(",", ""))
    what = m.group(2)
    if what.startswith("PROGRAM TOTALS"):
        total = v
        continue
    f = re.search(r":([A-Za-z_][\w.]*?)(?:\x27\d+)? \[", what)
    if f and "'"'"'" not in what.split(" [")[0]:   # skip recursive cycles (fn'"'"'2)
        incl[f.group(1)] = max(incl.get(f.group(1), 0), v)
def g(*names):
    return sum(incl.get(x, 0) for x in names)
kb = nbytes / 1000.0
rows = [
    ("whole process", total),
    ("start-up (kg_world_load_default)", g("kg_world_load_default")),
    ("documents (extract_one)", g("extract_one")),
    ("- read (kg_input_read)", g("kg_input_read")),
    ("- segment (kg_segment)", g("kg_segment")),
    ("- tag (kg_tagger_run)", g("kg_tagger_run")),
    ("- parse (kg_parser_run)", g("kg_parser_run")),
    ("- NER (kg_ner_run)", g("kg_ner_run")),
    ("- actors (kg_actors_run)", g("kg_actors_run")),
    ("- events (kg_events_run)", g("kg_events_run")),
    ("- graph (kg_graph_add_doc, kg_graph_normalize)", g("kg_graph_add_doc", "kg_graph_normalize")),
    ("- write (kg_writer_add, kg_writer_finish)", g("kg_writer_add", "kg_writer_finish")),
]
print("callgrind: %d articles of bbc_news/politics, %d bytes of text" % (n, nbytes))
print()
print("| what | instructions | per KB of text |")
print("|---|---|---|")
for name, v in rows:
    if v is None:
        v = 0
    print("| %s | %s | %s |" % (name, format(v, ","), format(int(round(v / kb)), ",")))
' "$n" "$bytes"
[ -n "$CALLGRIND_OUT" ] || rm -f "$out" "$out.log"
