#!/usr/bin/env python3
"""Tri-training data for the parser (models/README.md, "Tri-training on BBC text").

Sentences of unlabelled text on which two different parsers agree completely become
extra training trees (Li, Zhang & Chen 2014; Weiss et al. 2015).

  parser-tritrain.py candidates ANNOTATED.conllu OUT.conllu [--min 5] [--max 40]
      sentences of `kgbuild annotate` output (segmenter, tagger) with MIN..MAX tokens,
      each distinct text once (the BBC set repeats some articles), renumbered
  parser-tritrain.py agree A.conllu B.conllu OUT.conllu [--labels] [--sample N --seed S]
      the sentences of A (parsed by one model) whose heads (and with --labels, labels)
      all equal those of B (the same sentences parsed by another model); --sample keeps
      N of them chosen at random (seeded), in file order
Counts go to stderr.
"""
import random
import sys


def read_conllu(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(line)
    if sent:
        yield sent


def tokens(sent):
    return [ln.split("\t") for ln in sent if not ln.startswith("#")]


def text_of(sent):
    for ln in sent:
        if ln.startswith("# text = "):
            return ln[9:]
    return " ".join(t[1] for t in tokens(sent))


def candidates(inp, out, lo, hi):
    seen = set()
    n_in = n_len = n_dup = 0
    with open(out, "w", encoding="utf-8") as o:
        for sent in read_conllu(inp):
            n_in += 1
            toks = tokens(sent)
            if not lo <= len(toks) <= hi:
                n_len += 1
                continue
            key = text_of(sent)
            if key in seen:
                n_dup += 1
                continue
            seen.add(key)
            o.write("# sent_id = bbc-%d\n# text = %s\n" % (len(seen), key))
            for t in toks:
                o.write("\t".join(t) + "\n")
            o.write("\n")
    sys.stderr.write("candidates: %d sentences read, %d outside %d-%d tokens, %d repeated, %d kept\n"
                     % (n_in, n_len, lo, hi, n_dup, len(seen)))


def agree(a_path, b_path, out, labels, sample, seed):
    kept = []
    n = n_heads = 0
    for sa, sb in zip(read_conllu(a_path), read_conllu(b_path)):
        ta, tb = tokens(sa), tokens(sb)
        if [t[1] for t in ta] != [t[1] for t in tb]:
            sys.exit("agree: the files differ in words at sentence %d" % (n + 1))
        n += 1
        if any(x[6] != y[6] for x, y in zip(ta, tb)):
            continue
        n_heads += 1
        if labels and any(x[7] != y[7] for x, y in zip(ta, tb)):
            continue
        kept.append(sa)
    n_all = len(kept)
    if sample and sample < len(kept):
        idx = sorted(random.Random(seed).sample(range(len(kept)), sample))
        kept = [kept[i] for i in idx]
    words = 0
    with open(out, "w", encoding="utf-8") as o:
        for s in kept:
            o.write("\n".join(s) + "\n\n")
            words += len(tokens(s))
    sys.stderr.write("agree: %d sentences, %d same heads (%.1f %%), %d same heads and labels (%.1f %%); "
                     "%s: %d sentences, %d tokens written\n"
                     % (n, n_heads, 100.0 * n_heads / max(n, 1), n_all if labels else -1,
                        100.0 * n_all / max(n, 1) if labels else -1,
                        "heads+labels" if labels else "heads", len(kept), words))


def main(argv):
    def opt(name, default, conv=int):
        if name in argv:
            i = argv.index(name)
            v = conv(argv[i + 1])
            del argv[i:i + 2]
            return v
        return default
    lo, hi = opt("--min", 5), opt("--max", 40)
    sample, seed = opt("--sample", 0), opt("--seed", 1)
    labels = "--labels" in argv
    argv = [a for a in argv if a != "--labels"]
    if len(argv) == 3 and argv[0] == "candidates":
        candidates(argv[1], argv[2], lo, hi)
    elif len(argv) == 4 and argv[0] == "agree":
        agree(argv[1], argv[2], argv[3], labels, sample, seed)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
