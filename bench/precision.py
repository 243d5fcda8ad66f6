#!/usr/bin/env python3
"""precision.py - precision of kgbuild's coded events on ordinary news.

A fixed, seeded random sample of bbc_news documents (development data, not a
test split) is run through `kgbuild extract -f nquads`, and every coded event
is listed with its sentence, CAMEO code, agent, target and participants, so a
person can judge it.  Judgements live in bench/precision-judged.tsv (one row
per event and evidence sentence; columns code_ok, agent_ok, target_ok: 1, 0,
or - for "no such argument and none in the text"); an event is correct when
its code and its agent are right.

  python3 bench/precision.py list   [--build DIR] > events.tsv
      the sample's events, with the judgement already written for an event of
      the same key (document, code, agent, target, participants, sentence)
  python3 bench/precision.py score  [--build DIR]
      runs the sample again and prints precision over the judged events still
      produced, and lists produced events not judged yet
  python3 bench/precision.py count  [--build DIR] FILE.nq
      counts kgo:Event instances in an N-Quads file (e.g. of all of bbc_news)
Options: --seed N draws another sample (the default seed's sample was judged
before the precision changes of 2026-11-28; seed 2's only afterwards, as an
unseen check); --from-nq FILE reads the sample's events from an N-Quads file
of a whole-corpus run (matched by dcterms:source) instead of running kgbuild,
e.g. a run of an older build.

Standard library only; the data folder is $KG_DATA (default /work/shared/data).
"""
import os
import random
import re
import subprocess
import sys

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("KG_DATA", "/work/shared/data")
JUDGED = os.path.join(SRC, "bench", "precision-judged.tsv")
SEED = 20261128
# documents per category: the mix analysts merging with GDELT read (politics and
# business first); sport, entertainment and tech for the other senses of the verbs.
PLAN = [("politics", 4), ("business", 4), ("sport", 2), ("entertainment", 1), ("tech", 1)]
KGO = "https://w3id.org/kgbuild/ontology#"
ID = "https://w3id.org/kgbuild/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
NQ = None
COLS = ["key", "doc", "code", "agent", "target", "participants", "factuality", "evidence",
        "code_ok", "agent_ok", "target_ok", "note"]


def sample_docs(seed=SEED):
    rng = random.Random(seed)
    out = []
    for cat, n in PLAN:
        d = os.path.join(DATA, "bbc_news", cat)
        files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
        out += [os.path.join(cat, f) for f in rng.sample(files, n)]
    return out


QUAD = re.compile(r'^(<[^>]*>) (<[^>]*>) ((?:<[^>]*>)|(?:"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?)) (<[^>]*>) \.$')


def unq(lit):
    if lit.startswith("<"):
        return lit[1:-1]
    body = lit[1:lit.rindex('"')]
    return body.encode("latin-1", "backslashreplace").decode("unicode_escape") \
        if "\\" in body else body


def short(iri):
    return iri[len(ID):] if iri.startswith(ID) else iri


def events_of(nq_text):
    """event IRI -> dict of its properties (lists)"""
    ev = {}
    for line in nq_text.splitlines():
        m = QUAD.match(line)
        if not m:
            continue
        s, p, o = m.group(1)[1:-1], m.group(2)[1:-1], m.group(3)
        ev.setdefault(s, {}).setdefault(p, []).append(unq(o))
    return {s: props for s, props in ev.items()
            if KGO + "Event" in props.get(RDF_TYPE[1:-1], [])}


def from_nq(path, paths):
    """The sample documents' N-Quads lines from a whole-corpus file."""
    src = "<http://purl.org/dc/terms/source>"
    lines = {}
    graph_of = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = line.rsplit(" ", 2)[-2]
            # a document whose text is another's has the same graph: keep each line once
            lines.setdefault(g, {})[line] = None
            if src in line:
                for rel in paths:
                    if ('/bbc_news/' + rel + '"') in line:
                        graph_of[rel] = g
    return {rel: "".join(lines.get(graph_of.get(rel), {})) for rel in paths}


def run(build, paths):
    exe = os.path.join(build, "kgbuild")
    env = dict(os.environ)
    env.setdefault("KGBUILD_DATADIR", SRC)
    rows = []
    pre = from_nq(NQ, paths) if NQ else None
    for rel in paths:
        if pre is not None:
            out = pre[rel]
        else:
            out = subprocess.run([exe, "extract", "-q", "-f", "nquads",
                                  os.path.join(DATA, "bbc_news", rel)],
                                 capture_output=True, text=True, env=env, check=True).stdout
        for iri, pr in sorted(events_of(out).items()):
            g = lambda k: ";".join(sorted(short(x) for x in pr.get(KGO + k, []))) or "-"
            for evid in sorted(pr.get(KGO + "evidence", [])):
                row = {"doc": rel, "code": g("cameoCode"), "agent": g("agent"),
                       "target": g("target"), "participants": g("participant"),
                       "factuality": g("factuality").replace(KGO, ""),
                       "evidence": evid.replace("\t", " ").replace("\n", " ")}
                row["key"] = "|".join(row[k] for k in ("doc", "code", "agent", "target", "participants")) \
                    + "|" + str(abs(hash_text(row["evidence"])))
                rows.append(row)
    return rows


def hash_text(s):
    h = 2166136261
    for b in s.encode():
        h = ((h ^ b) * 16777619) & 0xffffffff
    return h


def load_judged(path=None, key=lambda v: v["key"]):
    """The judged rows of a TSV with a header line (this script's by default),
    by key(row)."""
    j = {}
    path = path or JUDGED
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split("\t")
            for line in f:
                v = dict(zip(head, line.rstrip("\n").split("\t")))
                j[key(v)] = v
    return j


def main():
    args = sys.argv[1:]
    build = os.environ.get("KG_BUILDDIR", os.path.join(SRC, "build"))
    if "--build" in args:
        i = args.index("--build")
        build = args[i + 1]
        del args[i:i + 2]
    global NQ
    seed = SEED
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if "--from-nq" in args:
        i = args.index("--from-nq")
        NQ = args[i + 1]
        del args[i:i + 2]
    if not args or args[0] not in ("list", "score", "count"):
        sys.exit(__doc__)
    if args[0] == "count":
        n = 0
        with open(args[1], encoding="utf-8") as f:
            for line in f:
                if RDF_TYPE + " <" + KGO + "Event>" in line:
                    n += 1
        print(n)
        return
    docs = sample_docs(seed)
    rows = run(build, docs)
    judged = load_judged()
    if args[0] == "list":
        print("\t".join(COLS))
        for r in rows:
            j = judged.get(r["key"], {})
            print("\t".join([r[c] for c in COLS[:8]] +
                            [j.get(c, "") for c in ("code_ok", "agent_ok", "target_ok", "note")]))
        return
    n = ok = code = unj = 0
    for r in rows:
        j = judged.get(r["key"])
        if not j or j.get("code_ok", "") == "":
            unj += 1
            print("unjudged\t" + "\t".join(r[c] for c in COLS[:8]), file=sys.stderr)
            continue
        n += 1
        code += j["code_ok"] == "1"
        ok += j["code_ok"] == "1" and j["agent_ok"] in ("1", "-")
    print(f"documents {len(docs)}, event rows {len(rows)}, judged {n}, unjudged {unj}")
    if n:
        print(f"code right {code}/{n} = {100.0 * code / n:.1f}%; "
              f"code+agent right (precision) {ok}/{n} = {100.0 * ok / n:.1f}%")


if __name__ == "__main__":
    main()
