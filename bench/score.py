#!/usr/bin/env python3
"""score.py -- extract gold words and score kgbuild's CoNLL-U output.

Subcommands (python3 standard library only):
  words-ud GOLD.conllu          gold words of a UD treebank, one sentence per
                                line, an empty line between documents
                                ("# newdoc" starts one)
  words-conll03 FILE            words of a CoNLL-2003 file, the same layout
                                ("-DOCSTART-" starts a document)
  ud GOLD.conllu PRED.conllu    UPOS accuracy, UAS, LAS (universal relations:
                                the deprel before ':'), LAS with subtypes
  ner GOLD.conll03 PRED.conllu  exact-match entity precision/recall/F1 (the
                                conlleval rules: a chunk starts at B-X, or at
                                I-X after O or another type; so the IOB1 gold
                                and IOB2 predictions are read alike)
Results go to stdout as "key value" lines; --markdown prints table rows.
Predicted sentences are matched to gold ones in order; a sentence whose
length differs counts all its gold words as wrong (and is reported).
"""
import sys


def read_conllu(path):
    """List of sentences; a sentence is a list of (form, upos, head, deprel, misc).
    Also returns, for each sentence, whether a new document starts there."""
    sents, cur, newdoc, starts = [], [], False, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                if cur:
                    sents.append(cur)
                    starts.append(newdoc)
                    cur, newdoc = [], False
                continue
            if line.startswith("#"):
                if line.startswith("# newdoc"):
                    newdoc = True
                continue
            cols = line.split("\t")
            if len(cols) < 10 or "-" in cols[0] or "." in cols[0]:
                continue
            head = int(cols[6]) if cols[6].lstrip("-").isdigit() else -1
            cur.append((cols[1], cols[3], head, cols[7], cols[9]))
    if cur:
        sents.append(cur)
        starts.append(newdoc)
    return sents, starts


def read_conll03(path):
    """Sentences of (word, ner) and per-sentence document starts."""
    sents, cur, starts, newdoc = [], [], [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if cur:
                    sents.append(cur)
                    starts.append(newdoc)
                    cur, newdoc = [], False
                continue
            cols = line.split()
            if cols[0] == "-DOCSTART-":
                newdoc = True
                continue
            cur.append((cols[0], cols[-1]))
    if cur:
        sents.append(cur)
        starts.append(newdoc)
    return sents, starts


def clean_word(w):
    # the --tokenized input separates words by spaces
    return w.replace(" ", "_").replace("\t", "_") or "_"


def print_words(sents, starts):
    out = sys.stdout
    first = True
    for s, st in zip(sents, starts):
        if st and not first:
            out.write("\n")
        out.write(" ".join(clean_word(t[0]) for t in s) + "\n")
        first = False


def univ(rel):
    return rel.split(":", 1)[0]


def score_ud(gold_path, pred_path):
    gold, _ = read_conllu(gold_path)
    pred, _ = read_conllu(pred_path)
    n = upos = uas = las = lasfull = 0
    bad = 0
    for i, g in enumerate(gold):
        n += len(g)
        p = pred[i] if i < len(pred) else None
        if p is None or len(p) != len(g):
            bad += 1
            continue
        for gt, pt in zip(g, p):
            upos += gt[1] == pt[1]
            if gt[2] == pt[2]:
                uas += 1
                las += univ(gt[3]) == univ(pt[3])
                lasfull += gt[3] == pt[3]
    if bad or len(pred) != len(gold):
        sys.stderr.write("score.py: %d of %d sentences not aligned (%d predicted)\n"
                         % (bad, len(gold), len(pred)))
    pct = lambda a: 100.0 * a / n if n else 0.0
    return {"words": n, "upos": pct(upos), "uas": pct(uas), "las": pct(las),
            "las_subtypes": pct(lasfull), "misaligned": bad}


def chunks(tags):
    """Set of (start, end, type) from a list of IOB1/IOB2 tags."""
    out, start, typ = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t == "_" or "-" not in t:
            b, ty = "O", None
        else:
            b, ty = t.split("-", 1)
        begins = b == "B" or (b == "I" and ty != typ)
        if typ is not None and (b == "O" or begins):
            out.add((start, i, typ))
            typ = None
        if b != "O" and (begins or typ is None):
            start, typ = i, ty
    return out


def pred_ner(misc):
    for part in misc.split("|"):
        if part.startswith("NER="):
            return part[4:]
    return "O"


def score_ner(gold_path, pred_path):
    gold, _ = read_conll03(gold_path)
    pred, _ = read_conllu(pred_path)
    types = ["PER", "ORG", "LOC", "MISC"]
    tp = {t: 0 for t in types}
    ng = {t: 0 for t in types}
    npred = {t: 0 for t in types}
    bad = 0
    for i, g in enumerate(gold):
        gc = chunks([t[1] for t in g])
        p = pred[i] if i < len(pred) else None
        if p is None or len(p) != len(g):
            bad += 1
            pc = set()
        else:
            pc = chunks([pred_ner(t[4]) for t in p])
        for c in gc:
            ng[c[2]] = ng.get(c[2], 0) + 1
        for c in pc:
            npred[c[2]] = npred.get(c[2], 0) + 1
        for c in gc & pc:
            tp[c[2]] = tp.get(c[2], 0) + 1
    if bad or len(pred) != len(gold):
        sys.stderr.write("score.py: %d of %d sentences not aligned (%d predicted)\n"
                         % (bad, len(gold), len(pred)))

    def prf(a, b, c):
        p = 100.0 * a / b if b else 0.0
        r = 100.0 * a / c if c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    res = {"misaligned": bad}
    P, R, F = prf(sum(tp.values()), sum(npred.values()), sum(ng.values()))
    res.update({"precision": P, "recall": R, "f1": F, "entities": sum(ng.values())})
    for t in types:
        res["f1_" + t] = prf(tp.get(t, 0), npred.get(t, 0), ng.get(t, 0))[2]
    return res


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    md = "--markdown" in argv
    argv = [a for a in argv if a != "--markdown"]
    cmd = argv[1]
    if cmd == "words-ud":
        print_words(*read_conllu(argv[2]))
        return 0
    if cmd == "words-conll03":
        print_words(*read_conll03(argv[2]))
        return 0
    if cmd in ("ud", "ner") and len(argv) >= 4:
        res = score_ud(argv[2], argv[3]) if cmd == "ud" else score_ner(argv[2], argv[3])
        if md and cmd == "ud":
            print("| UD EWT test (gold words) | UPOS | %.2f |" % res["upos"])
            print("| UD EWT test (gold words) | UAS | %.2f |" % res["uas"])
            print("| UD EWT test (gold words) | LAS (universal relations) | %.2f |" % res["las"])
            print("| UD EWT test (gold words) | LAS (with subtypes) | %.2f |" % res["las_subtypes"])
        elif md:
            print("| CoNLL-2003 eng.testb | entity F1 (P %.2f / R %.2f) | %.2f |"
                  % (res["precision"], res["recall"], res["f1"]))
            print("| CoNLL-2003 eng.testb | F1 PER / ORG / LOC / MISC | %.2f / %.2f / %.2f / %.2f |"
                  % (res["f1_PER"], res["f1_ORG"], res["f1_LOC"], res["f1_MISC"]))
        else:
            for k, v in res.items():
                print(k, ("%.2f" % v) if isinstance(v, float) else v)
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
