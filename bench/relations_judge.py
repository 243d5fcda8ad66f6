#!/usr/bin/env python3
"""relations_judge.py - writes bench/relations-judged.tsv rows from a
`relations.py list` output and a file of the wrong (and noted) line numbers
("LINE<TAB>OK<TAB>CAUSE<TAB>NOTE"; unlisted lines are judged right).  Keeps
only the first words of each sentence.  Usage:
  relations_judge.py SET WHEN LIST.tsv NOTES.txt >> bench/relations-judged.tsv"""
import sys

which, when, lst, notes = sys.argv[1:5]
marks = {}
for line in open(notes, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 3 and f[0].isdigit():
        marks[int(f[0])] = f[1:]
for n, line in enumerate(open(lst, encoding="utf-8"), 1):
    f = line.rstrip("\n").split("\t")
    ok, cause, note = (marks[n] + [""])[:3] if n in marks else ("1", "", "")
    words = " ".join(f[4].split()[:6])
    print("\t".join([f[0], which, f[1], ok, cause, words, note, when]))
