"""valgrind_stages.py — the per-stage tables of bench/callgrind.sh and
bench/cachegrind.sh, from `callgrind_annotate --inclusive=yes` on stdin.

    callgrind_annotate --inclusive=yes ... | python3 valgrind_stages.py callgrind N BYTES
    callgrind_annotate --inclusive=yes --show=Ir,D1mr,DLmr ... |
        python3 valgrind_stages.py cachegrind N BYTES D1 LL LEVEL

N and BYTES are the articles and their size; D1, LL (size,assoc,line) and
LEVEL describe the simulated caches.  A stage's cost is the inclusive cost of
its entry function (the largest, when callgrind_annotate lists it more than
once; recursive cycles, fn'2, are skipped; of two names a|b, the larger), per
KB (1,000 bytes) of text.
"""
import re
import sys

# (row, entry functions, row of the cache table: None = not shown there,
# "+" = added to the row before it)
STAGES = [
    ("start-up (kg_world_load_default)", ("kg_world_load_default",), "start-up (kg_world_load_default)"),
    ("documents (extract_one)", ("extract_one",), "documents (extract_one)"),
    ("- read (kg_input_read)", ("kg_input_read",), None),
    ("- segment (kg_segment)", ("kg_segment",), "- segment (kg_segment)"),
    ("- tag (kg_tagger_run)", ("kg_tagger_run|kg_tagger_run_alt_x",), "- tag (kg_tagger_run)"),
    ("- parse (kg_parser_run)", ("kg_parser_run|kg_parser_run_alt",), "- parse (kg_parser_run)"),
    ("- NER (kg_ner_run)", ("kg_ner_run",), "- NER (kg_ner_run)"),
    ("- actors (kg_actors_run)", ("kg_actors_run",), "- actors (kg_actors_run)"),
    ("- events (kg_events_run)", ("kg_events_run",), "- events (kg_events_run)"),
    ("- graph (kg_graph_add_doc, kg_graph_normalize)", ("kg_graph_add_doc", "kg_graph_normalize"),
     "- graph + write"),
    ("- write (kg_writer_add, kg_writer_finish)", ("kg_writer_add", "kg_writer_finish"), "+"),
]


def parse(lines, nev):
    """Program totals and {function: costs} (tuples of nev event counts)."""
    incl, total = {}, None
    num = r"([\d,]+|\.)\s+(?:\([^)]*\)\s+)?"
    pat = re.compile(r"\s*" + num * nev + r"(.*)$")
    for line in lines:
        m = pat.match(line)
        if not m:
            continue
        v = tuple(0 if x == "." else int(x.replace(",", "")) for x in m.groups()[:nev])
        what = m.group(nev + 1)
        if what.startswith("PROGRAM TOTALS"):
            total = v
            continue
        f = re.search(r":([A-Za-z_][\w.]*?)(?:'\d+)? \[", what)
        if f and "'" not in what.split(" [")[0]:
            k = f.group(1)
            if v[0] > incl.get(k, (0,) * nev)[0]:
                incl[k] = v
    return total or (0,) * nev, incl


def rows(total, incl, cache_table):
    """(row, costs) of the table: the whole process, then the stages."""
    nev = len(total)
    out = [("whole process", list(total))]
    for name, funcs, cname in STAGES:
        # a|b: the larger of the two (b called by a, or instead of it:
        # KGBUILD_TAG_BEAM tags and parses with kg_tagger_run_alt_x and
        # kg_parser_run_alt)
        s = [sum(max(incl.get(y, (0,) * nev)[i] for y in x.split("|")) for x in funcs) for i in range(nev)]
        if not cache_table:
            out.append((name, s))
        elif cname == "+":
            out[-1] = (out[-1][0], [a + b for a, b in zip(out[-1][1], s)])
        elif cname is not None:
            out.append((cname, s))
    return out


def main(argv):
    tool, n, nbytes = argv[1], int(argv[2]), int(argv[3])
    kb = nbytes / 1000.0

    def c(x):
        return format(int(round(x / kb)), ",")
    if tool == "callgrind":
        total, incl = parse(sys.stdin, 1)
        print("callgrind: %d articles of bbc_news/politics, %d bytes of text" % (n, nbytes))
        print()
        print("| what | instructions | per KB of text |")
        print("|---|---|---|")
        for name, (ir,) in rows(total, incl, False):
            print("| %s | %s | %s |" % (name, format(ir, ","), c(ir)))
    else:
        d1, ll, lvl = argv[4], argv[5], argv[6]
        total, incl = parse(sys.stdin, 3)
        print("cachegrind (callgrind --cache-sim=yes): %d articles of bbc_news/politics, %d bytes of text"
              % (n, nbytes))
        print("D1 %s, LL = L%s %s (size,assoc,line); est = Ir + 10 D1mr + 100 LLmr" % (d1, lvl, ll))
        print()
        print("| what | Ir / KB | D1mr / KB | LLmr / KB | est. cycles / KB |")
        print("|---|---|---|---|---|")
        for name, (ir, d1mr, dlmr) in rows(total, incl, True):
            print("| %s | %s | %s | %s | %s |" % (name, c(ir), c(d1mr), c(dlmr), c(ir + 10 * d1mr + 100 * dlmr)))


if __name__ == "__main__":
    main(sys.argv)
