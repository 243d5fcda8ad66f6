#!/bin/sh
# accuracy.sh — one command for the accuracy of the NLP stages (also
# `make bench-accuracy`).  Runs `kgbuild annotate --tokenized -f conllu` on
# the gold words of UD English-EWT test and of CoNLL-2003 eng.testb, then
# scores what it printed with bench/score.py: UPOS, UAS, LAS (universal
# relations), LAS with subtypes, entity F1 (exact span and type).
#
# Environment: KGBUILD  the binary (default ./kgbuild, i.e. run from the
#                       build directory)
#              KG_DATA  the data folder (default ../shared/data beside the
#                       source tree)
#              KEEP     a directory to keep the words and outputs in
# These test splits are only ever read here, to measure.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
KGBUILD=${KGBUILD:-./kgbuild}
KG_DATA=${KG_DATA:-$here/../../shared/data}
PY=${PYTHON:-python3}
ud=$KG_DATA/ud_english_ewt/en_ewt-ud-test.conllu
ner=$KG_DATA/conll2003/eng.testb

if [ ! -x "$KGBUILD" ]; then
  echo "accuracy.sh: no kgbuild binary at $KGBUILD (set KGBUILD)" >&2
  exit 2
fi
for f in "$ud" "$ner"; do
  if [ ! -r "$f" ]; then
    echo "accuracy.sh: missing $f (set KG_DATA)" >&2
    exit 2
  fi
done

if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/kgb-accuracy.XXXXXX")
  trap 'rm -rf "$work"' EXIT INT TERM
fi

now() { date +%s.%N; }

run() { # name gold-words-file output
  t0=$(now)
  "$KGBUILD" annotate --tokenized -f conllu -q -o "$2" "$1"
  t1=$(now)
  words=$(wc -w < "$1")
  echo "$words $t0 $t1" | awk '{ s = $3 - $2; printf "%d words in %.2f s: %.0f words/s", $1, s, (s > 0 ? $1 / s : 0) }'
}

"$PY" "$here/score.py" words-ud "$ud" > "$work/ud.txt"
"$PY" "$here/score.py" words-conll03 "$ner" > "$work/ner.txt"

ud_speed=$(run "$work/ud.txt" "$work/ud.conllu")
ner_speed=$(run "$work/ner.txt" "$work/ner.conllu")

echo "| data | measure | score |"
echo "|---|---|---|"
"$PY" "$here/score.py" ud "$ud" "$work/ud.conllu" --markdown
"$PY" "$here/score.py" ner "$ner" "$work/ner.conllu" --markdown
echo "| UD EWT test | annotate (whole pipeline, incl. loading) | $ud_speed |"
echo "| CoNLL-2003 eng.testb | annotate (whole pipeline, incl. loading) | $ner_speed |"
