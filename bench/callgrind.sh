#!/bin/sh
# callgrind.sh — instructions per KB of text, the noise-free speed figure.
#
#   KG_BUILDDIR=/path/to/build sh bench/callgrind.sh [N]
#
# Runs `kgbuild extract -q -f nquads -o /dev/null` under
# `valgrind --tool=callgrind` on a fixed input, the first N (default 20)
# articles of bbc_news/politics (001.txt ... in name order), and prints
# a markdown table: instructions of the whole process, of start-up
# (kg_world_load_default: ontology, dictionaries, models), of the
# documents (every call of main.c's extract_one: pipeline, graph, write)
# and per stage (inclusive cost of the stage's entry function), each
# also per KB (1,000 bytes) of input text.  Instruction counts do not
# depend on the machine's load, unlike times: compare them from commit to
# commit (same compiler and flags: the default -O2 -g).
# KG_DATA (default /work/shared/data) is the data folder; CALLGRIND_OUT
# keeps the profile there (default: a temporary file, removed).
set -e
me=callgrind.sh
. "$(dirname "$0")/valgrind-input.sh"
out=${CALLGRIND_OUT:-$(mktemp /tmp/kgb-callgrind.XXXXXX)}
LD_LIBRARY_PATH="$b/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  valgrind --tool=callgrind --callgrind-out-file="$out" \
  "$bin" extract -q -f nquads -o /dev/null $files 2>"$out.log" || {
  echo "callgrind.sh: the run failed, see $out.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
  python3 "$(dirname "$0")/valgrind_stages.py" callgrind "$n" "$bytes"
[ -n "$CALLGRIND_OUT" ] || rm -f "$out" "$out.log"
