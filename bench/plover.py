#!/usr/bin/env python3
"""plover.py - PLOVER gold-standard records against kgbuild (bench/evdump).

  plover.py records  GSR.json {odd|even|all}      -> "ID<TAB>TEXT" lines for evdump
  plover.py score    GSR.json {odd|even|all} CAMEO_TSV DUMP [--errors] [--only IDS | --except IDS]

Positions count the 322 coded sentences from 1 (the DOCUMENT header is not a
record): odd = 1st, 3rd, ... (development), even = 2nd, 4th, ... (measure only).
Scoring rules are in bench/README.md.  Python 3 standard library only."""
import json, sys

OLD_NAMES = {"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND"}


def load(path, which):
    recs = [r for r in json.load(open(path, encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    out = []
    for pos, r in enumerate(recs, 1):
        if which == "all" or (which == "odd") == (pos % 2 == 1):
            out.append(r)
    return out


def cameo_to_plover(tsv):
    """CAMEO code -> PLOVER 0.5 category (the 2021 table, renamed)."""
    m = {}
    for i, line in enumerate(open(tsv, encoding="utf-8")):
        f = line.rstrip("\n").split("\t")
        if i == 0 or len(f) < 7:
            continue
        code, cat = f[0], f[6]
        root = code[:2]
        if root == "02":
            cat = "DEMAND"            # PLOVER 0.5 DEMAND covered appeals (02) and demands (10)
        elif root == "09":
            cat = "INVESTIGATE"
        elif code.startswith("163"):
            cat = "SANCTION"          # the issue: 0.5 SANCTION for imposed sanctions
        elif code == "0831":
            cat = "RETREAT"           # 0.5: "RETREAT also covers resignations of government officials"
        elif code in ("0813", "0814"):
            cat = "CONCEDE"           # 0.5 CONCEDE: "easing of administrative or legal restrictions ... remove curfews"
        elif code == "1712":
            cat = "COERCE"            # 0.5 COERCE modes: "destroy property"
        elif code == "192":
            cat = "FIGHT"             # 0.5 THREATEN: "distinct from ASSAULT, which refers to military
                                      # occupations that have been or are being carried out"; the
                                      # 2021 table: COERCE.  A 19x ASSAULT, so FIGHT (next rule)
        elif root == "19" and cat == "ASSAULT":
            cat = "FIGHT"             # 0.5 FIGHT: conventional military force
        cat = OLD_NAMES.get(cat, cat)
        if cat:
            m[code] = cat
    return m


def actors(field):
    if not field:
        return []
    if isinstance(field, str):
        return [{"actorText": field, "code": ""}]
    return [a for a in field if isinstance(a, dict)]


def spans_of(text, s):
    out, k = [], 0
    if not s:
        return out
    while True:
        k = text.find(s, k)
        if k < 0:
            return out
        out.append((k, k + len(s)))
        k += 1


def parse_actor_list(field):
    if field == "-":
        return []
    out = []
    for a in field.split(";"):
        f = a.split("|")
        key, code, sp = f[:3]
        # an actor with no ISO3 code of its own (a person who leads or serves
        # a state, "Qatar's emir, Sheikh X": QATGOV) is compared by the state
        # its CAMEO actor code names, as the records code such a person
        cam = f[3] if len(f) > 3 else "-"
        if code == "-" and len(cam) >= 3 and cam[:3].isalpha():
            code = cam[:3]
        spans = []
        for x in sp.split(","):
            if "-" in x:
                s, e = x.split("-")
                spans.append((int(s), int(e)))
        out.append({"key": key, "code": code, "spans": spans})
    return out


def match(ours, gold, text):
    """one of our actors denotes one of the gold actors: a mention of ours
    overlaps the gold actor text in the sentence, or the ISO3 codes agree."""
    for o in ours:
        for g in gold:
            if o["code"] != "-" and g.get("code") and o["code"] == g["code"]:
                return True
            for (s, e) in spans_of(text, g.get("actorText") or ""):
                for (os, oe) in o["spans"]:
                    if os < e and s < oe:
                        return True
    return False


def load_dump(path):
    evs = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "EV":
            continue
        evs.setdefault(f[1], []).append({
            "code": f[2], "start": int(f[3]), "form": f[5], "depth": int(f[6]),
            "agents": parse_actor_list(f[7]), "targets": parse_actor_list(f[8]),
            "parts": parse_actor_list(f[9]), "report": f[10] == "1"})
    return evs


def primary(evs, cmap):
    """The primary event: among events whose code has a PLOVER category, one
    whose trigger is not a reporting verb (in "X said Y will ...", Y's event);
    then the one whose trigger is nearest the root of the tree; then one with
    both an agent (or participants) and a target; then the earliest trigger."""
    cand = [e for e in evs if e["code"] in cmap]
    if not cand:
        return None
    def key(e):
        full = (1 if (e["agents"] or e["parts"]) else 0) + (1 if (e["targets"] or len(e["parts"]) > 1) else 0)
        return (e["report"], e["depth"], -full, e["start"])
    return min(cand, key=key)


def score(gsr, which, tsv, dump, errors=False, only=None, skip=None, label=""):
    cmap = cameo_to_plover(tsv)
    recs = [r for r in load(gsr, which)
            if (only is None or r["id"] in only) and (skip is None or r["id"] not in skip)]
    evs = load_dump(dump)
    n = cat = cs = cst = anycat = 0
    for r in recs:
        n += 1
        text = " ".join(r["text"].split())   # as given to evdump
        p = primary(evs.get(r["id"], []), cmap)
        if any(e["code"] in cmap and cmap[e["code"]] == r["event"] for e in evs.get(r["id"], [])):
            anycat += 1
        ok_c = ok_s = ok_t = False
        if p:
            ok_c = cmap[p["code"]] == r["event"]
            gs, gt = actors(r.get("source")), actors(r.get("target"))
            src = p["agents"] or p["parts"]
            ok_s = match(src, gs, text) if gs else not src
            if p["parts"] and not p["targets"]:
                tg = p["parts"]
            else:
                tg = p["targets"]
            ok_t = match(tg, gt, text) if gt else not p["targets"]
        cat += ok_c
        cs += ok_c and ok_s
        cst += ok_c and ok_s and ok_t
        if errors and not (ok_c and ok_s and ok_t):
            print("%s\tgold=%s src=%s tgt=%s\tours=%s\t%s" % (
                r["id"], r["event"], [a.get("actorText") for a in actors(r.get("source"))],
                [a.get("actorText") for a in actors(r.get("target"))],
                p and (p["code"], p["form"], [a["key"] for a in p["agents"]],
                       [a["key"] for a in p["targets"]], [a["key"] for a in p["parts"]]),
                text))
    pct = lambda k: 100.0 * k / n if n else 0.0
    print("| PLOVER %s%s (%d) | %.1f%% | %.1f%% | %.1f%% | %.1f%% |" % (
        which, label, n, pct(cat), pct(cs), pct(cst), pct(anycat)))


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "records":
        for r in load(a[2], a[3]):
            print("%s\t%s" % (r["id"], " ".join(r["text"].split())))
    elif a[1] == "score":
        ids = lambda k: set(open(a[a.index(k) + 1]).read().split()) if k in a else None
        only, skip = ids("--only"), ids("--except")
        label = " (only %s)" % a[a.index("--only") + 1].split("/")[-1] if only is not None else (
            " (except %s)" % a[a.index("--except") + 1].split("/")[-1] if skip is not None else "")
        score(a[2], a[3], a[4], a[5], "--errors" in a, only, skip, label)
