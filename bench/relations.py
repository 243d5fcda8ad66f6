#!/usr/bin/env python3
"""relations.py - precision of kgbuild's standing relations (leaderOf,
officialOf, memberOf, allyOf).

Two sets, each relation listed with the sentence it was drawn from, so a
person can judge it (judgements in bench/relations-judged.tsv):
  heldout  every relation of tests/data/heldout/*.txt
  bbc      a seeded random sample of N (default 60) relation triples of
           `kgbuild extract -f nquads $KG_DATA/bbc_news/politics` (quads of
           the four properties, drawn with random.Random(seed).sample from
           the sorted list of (document, subject, property, object))
  bball    the same drawn from all of $KG_DATA/bbc_news (five sections;
           default seed 20261130: the fourteenth session's sample)

  python3 bench/relations.py list  SET [--build DIR] [--seed S] [--n N] [--from-nq FILE]
      the set's relations, one per line: key, kind, subject (Wikidata id),
      object, sentence, and the judgement already written for that key
  python3 bench/relations.py score SET [--build DIR] ...
      runs the set again; precision over the judged relations produced, and
      the produced relations not judged yet
  python3 bench/relations.py again bbc|bball [--build DIR] [--from-nq FILE]
      the relations judged before the changes (judged column "before"):
      which a new run still produces, and the precision over those
The evidence sentence comes from bench/reldump.c (built against
DIR/.libs/libkgbuild.so), which runs the same pipeline as `kgbuild extract`.
The judged file keeps only a few words of each sentence.
Standard library only; $KG_DATA defaults to /work/shared/data.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("KG_DATA", "/work/shared/data")
JUDGED = os.path.join(SRC, "bench", "relations-judged.tsv")
SEED = 20261129
SEED_ALL = 20261130
KGO = "https://w3id.org/kgbuild/ontology#"
ID = "https://w3id.org/kgbuild/id/"
KINDS = ("leaderOf", "officialOf", "memberOf", "allyOf")
QUAD = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"\S*) <([^>]*)> \.$')


def opt(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def build_dir():
    return opt("--build", os.environ.get("KG_BUILDDIR", SRC))


def reldump(paths):
    """REL rows {key: (kind, subj, sqid, obj, oqid, sentence)} for the files."""
    b = build_dir()
    exe = os.path.join(tempfile.gettempdir(), "reldump-%d" % os.getpid())
    subprocess.check_call([os.environ.get("CC", "cc"), "-O2", "-I" + os.path.join(SRC, "src"), "-I" + b,
                           "-o", exe, os.path.join(SRC, "bench", "reldump.c"),
                           os.path.join(b, ".libs", "libkgbuild.so"), "-Wl,-rpath," + os.path.join(b, ".libs")])
    env = dict(os.environ, KGBUILD_DATADIR=os.environ.get("KGBUILD_DATADIR", SRC))
    out = subprocess.run([exe] + paths, env=env, capture_output=True, text=True).stdout
    os.unlink(exe)
    rows = {}
    for line in out.splitlines():
        f = line.split("\t")
        if f[0] != "REL":
            continue
        doc = os.path.relpath(f[1], SRC) if f[1].startswith(SRC) else os.path.relpath(f[1], os.path.join(DATA, "bbc_news"))
        key = "%s|%s|%s|%s" % (doc, f[3], f[2], f[5])
        rows.setdefault(key, (f[2], f[3], f[4], f[5], f[6], f[8]))
    return rows


def bbc_quads(which="bbc"):
    """(document, subject, property, object) of every relation of politics (bbc) or of all sections (bball)."""
    pol = os.path.join(DATA, "bbc_news", "politics" if which == "bbc" else "")
    nq = opt("--from-nq", None)
    if nq:
        text = open(nq, encoding="utf-8").read()
    else:
        exe = os.path.join(build_dir(), "kgbuild")
        env = dict(os.environ, KGBUILD_DATADIR=os.environ.get("KGBUILD_DATADIR", SRC))
        text = subprocess.run([exe, "extract", "-f", "nquads", pol], env=env,
                              capture_output=True, text=True).stdout
    src, quads = {}, []
    for line in text.splitlines():
        m = QUAD.match(line)
        if not m:
            continue
        s, p, o, g = m.groups()
        if p == "http://purl.org/dc/terms/source":
            src[g] = o.strip('"<>')
        elif p.startswith(KGO) and p[len(KGO):] in KINDS:
            quads.append((g, s[len(ID):], p[len(KGO):], o.strip("<>")[len(ID):]))
    return sorted({(os.path.relpath(src.get(g, g), os.path.join(DATA, "bbc_news")), s, p, o)
                   for g, s, p, o in quads})


def bbc_sample(seed, n, which="bbc"):
    items = bbc_quads(which)
    pick = random.Random(seed).sample(items, min(n, len(items)))
    rows = reldump(sorted({os.path.join(DATA, "bbc_news", d) for d, _, _, _ in pick}))
    out = {}
    for d, s, p, o in sorted(pick):
        key = "%s|%s|%s|%s" % (d, s, p, o)
        out[key] = rows.get(key, (p, s, "-", o, "-", "?"))
    return out, len(items)


def heldout():
    d = os.path.join(SRC, "tests", "data", "heldout")
    return reldump(sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt")))


def judged(which=None):
    """{key: row}; a row of set `which` wins over another set's row of the same key."""
    j = {}
    if os.path.exists(JUDGED):
        for line in open(JUDGED, encoding="utf-8").read().splitlines()[1:]:
            f = line.split("\t")
            if len(f) >= 5 and (f[0] not in j or f[1] == which or j[f[0]][1] != which):
                j[f[0]] = f
    return j


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("list", "score", "again") or sys.argv[2] not in ("heldout", "bbc", "bball"):
        print(__doc__)
        return 2
    cmd, which = sys.argv[1], sys.argv[2]
    if cmd == "again":
        now = {"%s|%s|%s|%s" % q for q in bbc_quads(which)} if which != "heldout" else set(heldout())
        old = [f for f in judged(which).values() if f[1] == which and f[7] == "before"]
        kept = [f for f in old if f[0] in now]
        right = sum(f[3] == "1" for f in kept)
        print("%s: %d judged before, %d still produced (%d right, %d wrong gone); precision %d / %d = %.1f %%" %
              (which, len(old), len(kept), sum(f[3] == "1" for f in old) - right,
               sum(f[3] == "0" for f in old) - (len(kept) - right), right, len(kept),
               100.0 * right / len(kept) if kept else 0))
        for f in old:
            if f[0] not in now:
                print("  gone (%s): %s %s" % ("right" if f[3] == "1" else "wrong", f[0], f[4]))
        return 0
    total = None
    if which != "heldout":
        rows, total = bbc_sample(int(opt("--seed", SEED if which == "bbc" else SEED_ALL)), int(opt("--n", 60)), which)
    else:
        rows = heldout()
    j = judged(which)
    if cmd == "list":
        for k, (kind, s, sq, o, oq, sent) in rows.items():
            jj = j.get(k)
            print("\t".join([k, kind, "%s(%s)" % (s, sq), "%s(%s)" % (o, oq), sent,
                             jj[3] if jj else "", jj[4] if jj else ""]))
        return 0
    right = wrong = 0
    new = []
    for k in rows:
        if k in j and j[k][3] in ("0", "1"):
            right += j[k][3] == "1"
            wrong += j[k][3] == "0"
        else:
            new.append(k)
    n = right + wrong
    print("%s: %d relations%s; judged %d: right %d = %.1f %%; not judged %d" %
          (which, len(rows), " (of %d relation quads in %s)" % (total, "politics" if which == "bbc" else "bbc_news") if total else "", n, right,
           100.0 * right / n if n else 0, len(new)))
    for k in new:
        print("  not judged:", k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
