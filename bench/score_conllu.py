#!/usr/bin/env python3
"""score_conllu.py — word-level accuracy of a system CoNLL-U file against gold.

Usage: bench/score_conllu.py GOLD.conllu SYSTEM.conllu [--confusion N]

Both files must have the same words in the same order (gold tokens, e.g.
`kgbuild annotate --tokenized` or `kgbuild train tagger --eval --dump`).
Prints UPOS, XPOS and lemma accuracy; --confusion N lists the N most
frequent UPOS confusions (gold -> system).

Structure: read_words() parses a file into a list of per-word column lists;
each metric is one small function over aligned (gold, system) pairs, listed
in METRICS, so new ones (UAS/LAS) are added there.
"""
import sys
from collections import Counter

ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC = range(10)


def read_words(path):
    """Word lines (integer IDs only; ranges and empty nodes skipped)."""
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[ID].isdigit():
                continue
            words.append(cols)
    return words


def column_accuracy(col):
    def metric(pairs):
        return sum(g[col] == s[col] for g, s in pairs), len(pairs)
    return metric


METRICS = [
    ("UPOS", column_accuracy(UPOS)),
    ("XPOS", column_accuracy(XPOS)),
    ("Lemma", column_accuracy(LEMMA)),
]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    gold, system = read_words(argv[1]), read_words(argv[2])
    if len(gold) != len(system):
        print("word counts differ: gold %d, system %d" % (len(gold), len(system)), file=sys.stderr)
        return 1
    for i, (g, s) in enumerate(zip(gold, system)):
        if g[FORM] != s[FORM]:
            print("word %d differs: gold %r, system %r" % (i + 1, g[FORM], s[FORM]), file=sys.stderr)
            return 1
    pairs = list(zip(gold, system))
    for name, metric in METRICS:
        ok, n = metric(pairs)
        print("%-6s %6.2f  (%d/%d)" % (name, 100.0 * ok / max(n, 1), ok, n))
    if "--confusion" in argv:
        k = int(argv[argv.index("--confusion") + 1])
        conf = Counter((g[UPOS], s[UPOS]) for g, s in pairs if g[UPOS] != s[UPOS])
        for (a, b), c in conf.most_common(k):
            print("  %-6s -> %-6s %d" % (a, b, c))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
