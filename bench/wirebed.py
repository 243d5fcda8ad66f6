#!/usr/bin/env python3
"""wirebed.py - our own wire-news sentences (bench/wirebed.tsv) against kgbuild (bench/evdump).

  wirebed.py records BED.tsv                       -> "ID<TAB>TEXT" lines for evdump
  wirebed.py score   BED.tsv CAMEO_TSV DUMP [--errors]

The primary event is bench/plover.py's (not a reporting verb, nearest the root, with both
sides, earliest), chosen among all events with a CAMEO code.  Scores: CAMEO root of the
primary event; and its source; and its target (bench/plover.py's match: a mention overlaps
the gold text, or the ISO3 codes agree; "-" wants no actor, "*" takes any); PLOVER category
of the primary (bench/plover.py's table); root in any event.  A gold code "-" marks a sentence telling
no event: every score counts it right only when kgbuild codes no event at all for it.  Python 3 standard library."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plover import load_dump, match, cameo_to_plover


def load(path):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        i, code, src, tgt, text = line.rstrip("\n").split("\t")
        out.append({"id": i, "code": code, "src": src, "tgt": tgt, "text": text})
    return out


def gold_actors(field):
    if field in ("-", "*"):
        return field
    out = []
    for a in field.split(";"):
        t, _, c = a.partition("|")
        out.append({"actorText": t, "code": c})
    return out


def side_ok(ours, field, text):
    g = gold_actors(field)
    if g == "*":
        return True
    if g == "-":
        return not ours
    return match(ours, g, text)


def primary(evs):
    def key(e):
        full = (1 if (e["agents"] or e["parts"]) else 0) + (1 if (e["targets"] or len(e["parts"]) > 1) else 0)
        return (e["report"], e["depth"], -full, e["start"])
    return min(evs, key=key) if evs else None


def score(bed, tsv, dump, errors=False):
    cmap = cameo_to_plover(tsv)
    evs = load_dump(dump)
    n = r = rs = rst = cat = anyr = 0
    byroot = {}
    for rec in load(bed):
        n += 1
        es = evs.get(rec["id"], [])
        p = primary(es)
        root = rec["code"][:2]
        anyr += rec["code"] != "-" and any(e["code"][:2] == root for e in es)
        ok_r = ok_s = ok_t = ok_c = False
        if rec["code"] == "-":
            # a sentence that tells no event: right only when nothing is coded
            ok_r = ok_s = ok_t = ok_c = not es
            anyr += not es
        elif p:
            ok_r = p["code"][:2] == root
            ok_c = cmap.get(p["code"]) is not None and cmap.get(p["code"]) == cmap.get(rec["code"])
            ok_s = side_ok(p["agents"] or p["parts"], rec["src"], rec["text"])
            tg = p["parts"] if (p["parts"] and not p["targets"]) else p["targets"]
            ok_t = side_ok(tg, rec["tgt"], rec["text"])
        r += ok_r
        rs += ok_r and ok_s
        rst += ok_r and ok_s and ok_t
        cat += ok_c
        b = byroot.setdefault(root, [0, 0])
        b[0] += 1
        b[1] += ok_r
        if errors and not (ok_r and ok_s and ok_t):
            print("%s\tgold=%s src=%s tgt=%s\tours=%s\t%s" % (
                rec["id"], rec["code"], rec["src"], rec["tgt"],
                p and (p["code"], p["form"], [a["key"] for a in p["agents"]],
                       [a["key"] for a in p["targets"]], [a["key"] for a in p["parts"]]),
                rec["text"]))
    pct = lambda k: 100.0 * k / n if n else 0.0
    print("| own wire sentences (%d) | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |" % (
        n, pct(r), pct(rs), pct(rst), pct(cat), pct(anyr)))
    print("| by root | " + " ".join("%s %d/%d" % (k, v[1], v[0]) for k, v in sorted(byroot.items())) + " |")


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "records":
        for rec in load(a[2]):
            print("%s\t%s" % (rec["id"], rec["text"]))
    elif a[1] == "score":
        score(a[2], a[3], a[4], "--errors" in a)
