#!/usr/bin/env python3
"""wikievents.py - WikiEvents (KAIROS) documents against kgbuild (bench/evdump).

  wikievents.py records FILE.jsonl          -> "ID<TAB>TEXT" lines for evdump
  wikievents.py score   FILE.jsonl DUMP     -> markdown rows

Each document's text is rebuilt by writing every gold token at its own
character offsets (gaps become spaces), so gold offsets stay valid.  Only the
KAIROS types listed in TYPES (those with a CAMEO counterpart) are scored;
scoring rules are in bench/README.md.  Python 3 standard library only."""
import json, sys

# KAIROS type prefix -> CAMEO code prefixes that count as the same event
TYPES = [
    ("Conflict.Attack", ("18", "19", "20")),
    ("Conflict.Demonstrate", ("14",)),
    ("Contact.Contact.Meet", ("04",)),
    ("Contact.RequestCommand.Meet", ("04",)),
    ("Contact.RequestCommand", ("02", "10")),
    ("Contact.ThreatenCoerce", ("13", "17")),
    ("Justice.ArrestJailDetain", ("173",)),
    ("Justice.InvestigateCrime", ("09",)),
    ("Justice.ChargeIndict", ("11",)),
    ("Justice.ReleaseParole", ("084",)),
]
ALL_CODES = tuple(sorted({c for _, cs in TYPES for c in cs}))


def cameo_for(etype):
    for pre, codes in TYPES:
        if etype.startswith(pre):
            return codes
    return None


def docs(path):
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        offs = [(s, e) for sent in d["sentences"] for (_, s, e) in sent[0]]
        words = [w for sent in d["sentences"] for (w, _, _) in sent[0]]
        n = max(e for _, e in offs) if offs else 0
        buf = [" "] * n
        for w, (s, e) in zip(words, offs):
            for k, ch in enumerate(w[: e - s]):
                buf[s + k] = ch if ch not in "\t\n\r" else " "
        d["_text"] = "".join(buf)
        d["_offs"] = offs
        yield d


def byte_to_char(text):
    m, b = {}, 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def spans(field, b2c):
    if field == "-":
        return []
    out = []
    for a in field.split(";"):
        sp = a.split("|")[2]
        for x in sp.split(","):
            if "-" in x:
                s, e = x.split("-")
                out.append((b2c.get(int(s), 0), b2c.get(int(e), 0)))
    return out


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(path, dump, name):
    ours = {}
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "EV" and f[2].startswith(ALL_CODES):
            ours.setdefault(f[1], []).append(f)
    tp_t = n_gold = n_ours = 0
    tp_ga = n_ga = tp_oa = n_oa = 0
    for d in docs(path):
        b2c = byte_to_char(d["_text"])
        offs = d["_offs"]
        ents = {m["id"]: (offs[m["start"]][0], offs[m["end"] - 1][1]) for m in d["entity_mentions"]}
        gold = []
        for ev in d["event_mentions"]:
            codes = cameo_for(ev["event_type"])
            if not codes:
                continue
            tr = ev["trigger"]
            gold.append({"codes": codes, "span": (offs[tr["start"]][0], offs[tr["end"] - 1][1]),
                         "args": [ents[a["entity_id"]] for a in ev["arguments"] if a["entity_id"] in ents]})
        mine = []
        for f in ours.get(d["doc_id"], []):
            mine.append({"code": f[2], "span": (b2c.get(int(f[3]), 0), b2c.get(int(f[4]), 0)),
                         "args": spans(f[7], b2c) + spans(f[8], b2c) + spans(f[9], b2c)})
        n_gold += len(gold)
        n_ours += len(mine)
        n_ga += sum(len(g["args"]) for g in gold)
        n_oa += sum(len(m["args"]) for m in mine)
        used = set()
        for g in gold:
            for k, m in enumerate(mine):
                if k in used or not overlap(g["span"], m["span"]) or not m["code"].startswith(g["codes"]):
                    continue
                used.add(k)
                tp_t += 1
                tp_ga += sum(1 for a in g["args"] if any(overlap(a, b) for b in m["args"]))
                tp_oa += sum(1 for b in m["args"] if any(overlap(a, b) for a in g["args"]))
                break
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    pt = tp_t / n_ours if n_ours else 0.0
    rt = tp_t / n_gold if n_gold else 0.0
    pa = tp_oa / n_oa if n_oa else 0.0
    ra = tp_ga / n_ga if n_ga else 0.0
    print("| WikiEvents %s (%d events, %d args) | trigger P %.1f R %.1f F1 %.1f | argument P %.1f R %.1f F1 %.1f |" % (
        name, n_gold, n_ga, 100 * pt, 100 * rt, 100 * f1(pt, rt), 100 * pa, 100 * ra, 100 * f1(pa, ra)))


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "records":
        for d in docs(a[2]):
            print("%s\t%s" % (d["doc_id"], d["_text"]))
    elif a[1] == "score":
        score(a[2], a[3], a[4] if len(a) > 4 else "dev")
