#!/bin/sh
# parser-jackknife.sh — training data for the parser with PREDICTED tags.
#
# Splits UD English-EWT train into K folds of whole documents, trains the
# tagger on K-1 folds and tags the held-out one (jackknifing), so that the
# parser learns from tags as noisy as the ones it meets at run time.  The
# dev set is tagged by the full tagger model.  Writes OUT/train.conllu and
# OUT/dev.conllu (gold trees and words, predicted LEMMA/UPOS/XPOS), and
# OUT/train-gold.conllu, OUT/dev-gold.conllu (gold tags); all four carry in
# MISC "Alt=UPOS:GAP", the tagger's runner-up tag where it has one (see
# kg_tagger_run_alt), for the parser's tag-uncertainty features; the
# predicted-tag files also "AltX=XPOS|GoldU=UPOS" (the runner-up's XPOS, the
# gold UPOS) for the parser's joint tag choice (--tag-beam).
#
# usage: tools/parser-jackknife.sh OUTDIR [TAGGER_MODEL]
#   env: KGBUILD (default ./kgbuild), KG_DATA (default ../shared/data beside
#        the source tree), K (default 4), EPOCHS (tagger epochs, default 8)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
KGBUILD=${KGBUILD:-./kgbuild}
KG_DATA=${KG_DATA:-$here/../../shared/data}
K=${K:-4}
EPOCHS=${EPOCHS:-8}
out=${1:?usage: parser-jackknife.sh OUTDIR [TAGGER_MODEL]}
tagger=${2:-$here/../models/tagger.kgm}
ud=$KG_DATA/ud_english_ewt
mkdir -p "$out"

python3 - "$ud/en_ewt-ud-train.conllu" "$out" "$K" <<'EOF'
import sys
src, out, K = sys.argv[1], sys.argv[2], int(sys.argv[3])
blocks = [b for b in open(src, encoding="utf-8").read().split("\n\n") if b.strip()]
docs = []
for b in blocks:
    if "# newdoc" in b or not docs:
        docs.append([])
    docs[-1].append(b)
folds = [[] for _ in range(K)]
n, acc = len(blocks), 0
for d in docs:
    folds[min(K - 1, acc * K // n)].extend(d)
    acc += len(d)
for k in range(K):
    with open("%s/fold%d.conllu" % (out, k), "w", encoding="utf-8") as f:
        f.write("\n\n".join(folds[k]) + "\n\n")
    with open("%s/rest%d.conllu" % (out, k), "w", encoding="utf-8") as f:
        f.write("\n\n".join(b for j in range(K) if j != k for b in folds[j]) + "\n\n")
EOF

k=0
while [ "$k" -lt "$K" ]; do
  "$KGBUILD" train tagger --train "$out/rest$k.conllu" --dev "$ud/en_ewt-ud-dev.conllu" \
    --epochs "$EPOCHS" --seed 1 -o "$out/tagger$k.kgm" 2>"$out/tagger$k.log"
  "$KGBUILD" train tagger --eval "$out/fold$k.conllu" -m "$out/tagger$k.kgm" \
    --dump "$out/fold$k.tagged" >>"$out/tagger$k.log" 2>&1
  k=$((k + 1))
done
"$KGBUILD" train tagger --eval "$ud/en_ewt-ud-dev.conllu" -m "$tagger" \
  --dump "$out/dev.tagged" >"$out/tagger-dev.log" 2>&1

# gold file + tagged dump -> gold trees with predicted LEMMA, UPOS, XPOS
python3 - "$out" "$K" "$ud/en_ewt-ud-dev.conllu" <<'EOF'
import sys
out, K, dev = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def words(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur: sents.append(cur); cur = []
            continue
        if line.startswith("#"): continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]: continue
        cur.append(c)
    if cur: sents.append(cur)
    return sents
def alts(path):
    # TAGGED.alt: per word the tagger's runner-up UPOS (another tag) and score gap
    try:
        return [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")]
    except OSError:
        return None
def misc(gc, a):
    # Alt=UPOS:GAP in MISC: where the tagger hesitated (parser --tag-alt)
    if a is None or a[0] == "_": return
    m = "Alt=%s:%s" % (a[0], a[1])
    gc[9] = m if gc[9] == "_" else gc[9] + "|" + m
def joint(gc, a):
    # AltX=XPOS (the runner-up's XPOS) and GoldU=UPOS (the gold UPOS), in the
    # predicted-tag file only: the parser's joint tag choice (--tag-beam)
    if a is None or a[0] == "_" or len(a) < 3 or a[2] == "_": return
    gc[9] += "|AltX=%s|GoldU=%s" % (a[2], gc[3])
def merge(gold, tagged, dest, gdest=None):
    g, t, al = words(gold), words(tagged), alts(tagged + ".alt")
    assert len(g) == len(t), (gold, len(g), len(t))
    if al is not None: assert len(al) == sum(len(x) for x in t), (tagged, len(al))
    i = 0
    with open(dest, "a", encoding="utf-8") as f, open(gdest or "/dev/null", "a", encoding="utf-8") as gf:
        for gs, ts in zip(g, t):
            assert len(gs) == len(ts), gold
            for gc, tc in zip(gs, ts):
                a = al[i] if al else None
                misc(gc, a)
                i += 1
                gf.write("\t".join(gc) + "\n")
                joint(gc, a)
                gc[2], gc[3], gc[4] = tc[2], tc[3], tc[4]
                f.write("\t".join(gc) + "\n")
            f.write("\n")
            gf.write("\n")
open(out + "/train.conllu", "w").close()
open(out + "/train-gold.conllu", "w").close()
for k in range(K):
    merge("%s/fold%d.conllu" % (out, k), "%s/fold%d.tagged" % (out, k), out + "/train.conllu",
          out + "/train-gold.conllu")
open(out + "/dev.conllu", "w").close()
open(out + "/dev-gold.conllu", "w").close()
merge(dev, out + "/dev.tagged", out + "/dev.conllu", out + "/dev-gold.conllu")
EOF
grep -h "UPOS" "$out"/tagger*.log | grep -v epoch || true
