#!/usr/bin/env python3
"""evargs.py - how far a user can trust an event's other arguments on ordinary news.

bench/precision.py judges an event's code and agent; this judges the four other
arguments issue #4 asks for: kgo:target, kgo:place, kgo:date and kgo:factuality.
Samples of the coded events of ALL of bbc_news (development data, not a test
split), one row per event and evidence sentence, from an N-Quads file of a
whole-corpus run.  `base16` (this session's, read to find causes) is drawn BY
DOCUMENT: random.Random(1616).sample of the sorted bbc_news file names (90
documents, whatever the run holds), and from each drawn document that has coded
events the one whose key hashes lowest with the seed (a changed event list in
one document changes only that document's row).  `base15` (seed 15, 60 rows,
read for causes last session) and `check` (seed 1515, 40 rows, never read for
causes) were drawn by event; they are now frozen as the keys of their judged rows.
`base17` (seventeenth session, read for causes) is drawn as base16 is (seed 1717,
90 documents), leaving out the keys of the frozen sets and of base16;
`base18` (eighteenth session, read for causes) likewise (seed 1818, 90 documents),
leaving out those of base16 and base17 too; `base19` (nineteenth session)
likewise (seed 1919, 90 documents), leaving out base18's too; `base20`
(twentieth session) likewise (seed 2020, 90 documents), leaving out base19's too;
`base21` (twenty-first session) likewise (seed 2121, 90 documents), leaving out base20's too;
`base22` (twenty-second session) likewise (seed 2222, 90 documents), leaving out base21's too;
`base23` (twenty-third session) likewise (seed 2323, 90 documents), leaving out base22's too;
`base24` (twenty-fourth session) likewise (seed 2424, 90 documents), leaving out base23's too;
`base25` (twenty-fifth session) likewise (seed 2525, 90 documents), leaving out base24's too;
`base26` (twenty-sixth session) likewise (seed 2626, 90 documents), leaving out base25's too;
`base27` (twenty-seventh session) likewise (seed 2727, 90 documents), leaving out base26's too;
`base28` (twenty-eighth session) likewise (seed 2828, 90 documents), leaving out base27's too.
A row's key is document | code | FNV-1a hash of the evidence sentence (the graph
carries no trigger word: the code stands for it).

Judgements live in bench/evargs-judged.tsv, one row per (event key, agent, the
four values, and the participants when there are any: the last column), so a row
whose values changed after a fix needs a new judgement.  The target is judged
with the participants: a joint act of two named sides ("A and B signed a deal")
gives both as kgo:participant and no target, and that is right.  Each
field is judged
  r   right
  w   wrong, and the text gives another (counts against precision and recall)
  x   wrong, and the text gives none (counts against precision only)
  m   missing: the text gives one, we give none (counts against recall)
  -   n.a.: no value, and the text gives none (or only one no document date could
      anchor: BBC files carry no date, so "on Tuesday" cannot be normalised)
Precision = r / (r + w + x); recall = r / (r + w + m).

  python3 bench/evargs.py list  FILE.nq [--set base28|base27|base26|base25|base24|base23|base22|base21|base20|base19|base18|base17|base16|base15|check]   rows (TSV), with judgements
  python3 bench/evargs.py score FILE.nq [--set base28|base27|base26|base25|base24|base23|base22|base21|base20|base19|base18|base17|base16|base15|check]   per-field precision/recall
  python3 bench/evargs.py diff  OLD.nq NEW.nq                events whose target, place,
      date or factuality changed on all of bbc_news (matched by document, code, evidence)
Run: kgbuild extract -q -j 2 -f nquads -o FILE.nq $KG_DATA/bbc_news

Standard library only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import precision as P  # noqa: E402

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JUDGED = os.path.join(SRC, "bench", "evargs-judged.tsv")
DRAWN = {"base16": (1616, 90), "base17": (1717, 90), "base18": (1818, 90),
         "base19": (1919, 90), "base20": (2020, 90), "base21": (2121, 90),
         "base22": (2222, 90), "base23": (2323, 90), "base24": (2424, 90),
         "base25": (2525, 90), "base26": (2626, 90),
         "base27": (2727, 90), "base28": (2828, 90)}   # seed, documents (in the order drawn)
FROZEN = ("base15", "check")
DATA = os.environ.get("KG_DATA", "/work/shared/data")
FIELDS = ["target", "place", "date", "factuality"]
COLS = ["set", "key", "doc", "code", "agent"] + FIELDS + ["evidence"] + \
    [f + "_j" for f in FIELDS] + ["note", "participant"]
DCT_SOURCE = "http://purl.org/dc/terms/source"


def rows_of(nq_path):
    """All event rows of a whole-corpus run: (doc, evidence) -> list of rows."""
    docs = {}
    ev_lines = {}
    with open(nq_path, encoding="utf-8") as f:
        for line in f:
            g = line.rsplit(" ", 2)[-2]
            ev_lines.setdefault(g, []).append(line)
            if DCT_SOURCE in line and "/bbc_news/" in line:
                src = line.split('"')[1]
                docs[g] = src[src.index("/bbc_news/") + len("/bbc_news/"):]
    out = []
    for g, lines in ev_lines.items():
        if g not in docs:
            continue
        for iri, pr in P.events_of("".join(lines)).items():
            def val(k):
                return ";".join(sorted(P.short(x).replace(P.KGO, "") for x in pr.get(P.KGO + k, []))) or "-"
            for evid in sorted(pr.get(P.KGO + "evidence", [])):
                e = evid.replace("\t", " ").replace("\n", " ")
                r = {"doc": docs[g], "code": val("cameoCode"), "agent": val("agent"),
                     "target": val("target"), "participant": val("participant"),
                     "place": val("place"), "date": val("date"),
                     "factuality": val("factuality"), "evidence": e}
                r["key"] = "%s|%s|%d" % (r["doc"], r["code"], P.hash_text(e))
                out.append(r)
    out.sort(key=lambda r: (r["key"], r["agent"], r["target"]))
    return out


def all_docs():
    root = os.path.join(DATA, "bbc_news")
    return sorted(os.path.join(c, f) for c in os.listdir(root) if os.path.isdir(os.path.join(root, c))
                  for f in os.listdir(os.path.join(root, c)) if f.endswith(".txt"))


def sample(rows, which):
    """The sample's event keys: a frozen set's judged keys, or one event per drawn document."""
    judged = load_judged().values()
    if which in FROZEN:
        return sorted({v["key"] for v in judged if v["set"] == which})
    seed, n = DRAWN[which]
    earlier = list(DRAWN)[:list(DRAWN).index(which)]
    taken = {v["key"] for v in judged if v["set"] in FROZEN or v["set"] in earlier}
    by_doc = {}
    for r in rows:
        if r["key"] not in taken:
            by_doc.setdefault(r["doc"], set()).add(r["key"])
    out = []
    for d in random.Random(seed).sample(all_docs(), n):
        if d in by_doc:
            out.append(min(by_doc[d], key=lambda k: P.hash_text("%d|%s" % (seed, k))))
    return out


def jkey(r):
    """A judged row's identity: its key, agent and the four values, and its
    participants when it has any (rows judged before they were listed have
    none, so their keys stay as they were)."""
    p = r.get("participant") or "-"
    return "\t".join([r["key"], r["agent"]] + [r[f] for f in FIELDS] + ([] if p == "-" else ["P:" + p]))


def load_judged():
    return P.load_judged(JUDGED, jkey)


def drawn(nq, which, base_nq=None):
    """The sample's rows in run nq.  The sample is drawn from base_nq (the first run:
    $EVARGS_BASE), so it stays the same events; an event whose code changed keeps
    its (document, evidence) place but not its key."""
    rows = rows_of(nq)
    base_rows = rows_of(base_nq) if base_nq else rows
    keys = sample(base_rows, which)
    by_key = {}
    for r in rows:
        by_key.setdefault(r["key"], []).append(r)
    out = []
    for k in keys:
        got = by_key.get(k)
        if got:
            out += got
        else:
            doc, code, h = k.split("|")
            out.append({"key": k, "doc": doc, "code": code + " (gone)", "agent": "-", "target": "-", "participant": "-",
                        "place": "-", "date": "-", "factuality": "-", "evidence": "(gone in this run)"})
    return out


def main():
    args = sys.argv[1:]
    which = "base16"
    if "--set" in args:
        i = args.index("--set")
        which = args[i + 1]
        del args[i:i + 2]
    base_nq = os.environ.get("EVARGS_BASE")
    if len(args) < 2 or args[0] not in ("list", "score", "diff"):
        sys.exit(__doc__)
    if args[0] == "diff":
        old = {(r["key"], r["agent"]): r for r in rows_of(args[1])}
        new = {(r["key"], r["agent"]): r for r in rows_of(args[2])}
        n = 0
        for k in sorted(set(old) | set(new)):
            a, b = old.get(k), new.get(k)
            if a and b and all(a[f] == b[f] for f in FIELDS):
                continue
            n += 1
            show = lambda r: " ".join("%s=%s" % (f, r[f]) for f in FIELDS) if r else "(none)"
            print("%s\t%s\t%s -> %s\t%s" % (k[0], k[1], show(a), show(b), (a or b)["evidence"]))
        print("changed rows: %d" % n, file=sys.stderr)
        return
    rows = drawn(args[1], which, base_nq)
    judged = load_judged()
    if args[0] == "list":
        print("\t".join(COLS))
        for r in rows:
            j = judged.get(jkey(r), {})
            print("\t".join([which] + [r[c] for c in COLS[1:10]] +
                            [j.get(f + "_j", "") for f in FIELDS] + [j.get("note", ""), r["participant"]]))
        return
    unj = 0
    cnt = {f: {c: 0 for c in "rwxm-"} for f in FIELDS}
    for r in rows:
        j = judged.get(jkey(r))
        if r["evidence"] == "(gone in this run)":
            continue
        if not j or not j.get("target_j"):
            unj += 1
            print("unjudged\t" + "\t".join(r[c] for c in COLS[1:10]), file=sys.stderr)
            continue
        for f in FIELDS:
            cnt[f][j[f + "_j"]] += 1
    gone = sum(r["evidence"] == "(gone in this run)" for r in rows)
    print("set %s: %d rows, %d gone, %d unjudged" % (which, len(rows), gone, unj))
    for f in FIELDS:
        c = cnt[f]
        pd = c["r"] + c["w"] + c["x"]
        rd = c["r"] + c["w"] + c["m"]
        p = "%d/%d = %.0f%%" % (c["r"], pd, 100.0 * c["r"] / pd) if pd else "-"
        rc = "%d/%d = %.0f%%" % (c["r"], rd, 100.0 * c["r"] / rd) if rd else "-"
        print("  %-10s precision %-14s recall %-14s (r %d w %d x %d m %d n.a. %d)"
              % (f, p, rc, c["r"], c["w"], c["x"], c["m"], c["-"]))


if __name__ == "__main__":
    main()
