#!/usr/bin/env python3
"""evdiff.py — read kgbuild's events back from N-Quads / N-Triples, for rule work.

  tools/evdiff.py diff BASE.nq NEW.nq       events removed (-) and added (+) between two runs
  tools/evdiff.py show ARTICLE [KGBUILD]    one line per event of an article, then its relations
  tools/evdiff.py text "SENTENCES" [KGBUILD]  the same for a short text

An event is keyed by (document source, CAMEO code, agents, {participants}, targets,
factuality, evidence sentence); IRIs are shown by their last path segment.  A rule
change is read on all of BBC with: kgbuild extract -q -f nquads -o new.nq DIR, then diff.
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(r'^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@\S+)?)'
                  r'\s*(<[^>]*>)?\s*\.\s*$')
RELS = ('leaderOf', 'officialOf', 'memberOf', 'allyOf', 'sectorOf')


def short(t):
    if t.startswith('<'):
        return re.split(r'[/#]', t[1:-1])[-1]
    m = re.match(r'"((?:[^"\\]|\\.)*)"', t)
    if not m:
        return t
    return re.sub(r'\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)',
                  lambda x: chr(int(x.group(1) or x.group(2), 16)) if not x.group(3) else
                  {'n': '\n', 't': '\t', 'r': '\r'}.get(x.group(3), x.group(3)), m.group(1))


def read(path):
    """(events, relations) of an N-Quads/N-Triples file written by kgbuild."""
    ev, src, rels = {}, {}, []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = LINE.match(line)
            if not m:
                continue
            s, p, o, _ = m.groups()
            pl = re.split(r'[/#]', p)[-1]
            if pl == 'source' and '/doc-' in s:
                src[s] = short(o)
            if pl in RELS:
                rels.append((short(s), pl, short(o)))
            if '/event-' not in s:
                continue
            e = ev.setdefault(s, collections.defaultdict(list))
            e[pl].append(o)
    out = []
    for e in ev.values():
        doc = e['wasDerivedFrom'][0] if e['wasDerivedFrom'] else ''
        part = sorted(short(x) for x in e['participant'])
        out.append((src.get(doc, short(doc) if doc else ''), short(e['cameoCode'][0]) if e['cameoCode'] else '',
                    ','.join(sorted(short(x) for x in e['agent'])) + ('{' + '+'.join(part) + '}' if part else ''),
                    ','.join(sorted(short(x) for x in e['target'])),
                    short(e['factuality'][0]) if e['factuality'] else '',
                    short(e['evidence'][0]) if e['evidence'] else ''))
    return sorted(out), sorted(set(rels))


def fmt(k, width=200):
    return f"{k[1]} {k[2]} -> {k[3]} [{k[4]}] | {k[5][:width]}"


def diff(a_path, b_path):
    a = collections.Counter(read(a_path)[0])
    b = collections.Counter(read(b_path)[0])
    rem, add = a - b, b - a
    for k in sorted(set(rem) | set(add), key=lambda k: (k[0], k[5], k[1])):
        for sign, c in (('-', rem), ('+', add)):
            for _ in range(c.get(k, 0)):
                print(f"{sign} {k[0]} {fmt(k, 160)}")
    print(f"# {sum(a.values())} -> {sum(b.values())} events; removed {sum(rem.values())}, "
          f"added {sum(add.values())}")


def show(article, kgbuild):
    fd, path = tempfile.mkstemp(suffix='.nq')
    os.close(fd)
    try:
        r = subprocess.run([kgbuild, 'extract', '-q', '-f', 'nquads', '-o', path, article])
        if r.returncode:
            sys.exit(r.returncode)
        events, rels = read(path)
    finally:
        os.unlink(path)
    for k in sorted(events, key=lambda k: k[5]):
        print(fmt(k))
    for r in rels:
        print('REL', *r)


def main(argv):
    if len(argv) >= 3 and argv[0] == 'diff':
        diff(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == 'show':
        show(argv[1], argv[2] if len(argv) > 2 else 'kgbuild')
    elif len(argv) >= 2 and argv[0] == 'text':
        fd, path = tempfile.mkstemp(suffix='.txt')
        with os.fdopen(fd, 'w', encoding='utf-8') as f:
            f.write(argv[1] + '\n')
        try:
            show(path, argv[2] if len(argv) > 2 else 'kgbuild')
        finally:
            os.unlink(path)
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
