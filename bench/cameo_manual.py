#!/usr/bin/env python3
"""cameo_manual.py - the CAMEO manual's example sentences against kgbuild.

  cameo_manual.py extract MANUAL.md CAMEO_TSV [--list]   -> counts (and the pairs with --list)
  cameo_manual.py records MANUAL.md CAMEO_TSV {odd|even|all} -> "ID<TAB>TEXT<TAB>DATE" for evdump
  cameo_manual.py score   MANUAL.md CAMEO_TSV {odd|even|all} DUMP [--errors] [--roles]
  cameo_manual.py old-dev-plover MANUAL.md CAMEO_TSV [odd|even|all] -> PLOVER ids in the old odd half

MANUAL.md is cameo_taxonomy/raw/CAMEO.Manual.1.1b3.ch2_verb_codebook.md (a
PDF-to-markdown conversion of the CAMEO Manual 1.1b3's verb codebook, CC BY-NC-SA
3.0: read at run time, never copied into the repository).  Its "Example" rows
are 1990s-2000s wire sentences, each illustrating one CAMEO code; the tables
are messy (labels shifted by a row, codes in "NAME" rows, names in "Example
Note" rows, examples cut at page breaks), so each example's code is recovered
from anchors: a cell holding a known code ("011", "CAMEO 0251", "1012 Demand
...") or starting with a code's name from cameo_event_codes.tsv, taken only
in code order (an anchor never moves backwards); blocks with no anchor get the
codes between their anchored neighbours when the counts agree, else their
examples are dropped as ambiguous.  Notes ("two events are coded ...") and
fragments cut at a page break are dropped too.  Positions count the kept
examples from 1 in file order.  The halves: an example that is the sentence
of a PLOVER gold record (plover_gsr, read to split) takes that record's half,
so no PLOVER test (even) record is ever in development; the others split by
position.  odd = development, even = check (look at the numbers only).  --errors lists the examples whose code no event has; --roles lists
those with the right root in some event, with that event's agent and target (to
read by eye: the manual gives no gold actors).  Python 3 standard library only."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plover  # noqa: E402  (the CAMEO -> PLOVER mapping and the primary event)

DATE = "1999-06-15"     # one fixed document date for every example
MAX_JUMP = 25           # an anchor further ahead than this in code order is not believed
ABBREV = {"u.s", "u.n", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "jr",
          "no", "rev", "sen", "rep", "gov", "maj", "capt", "adm", "prof", "vs", "e.g", "i.e",
          "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.k",
          "u.s.a", "w", "f.w", "p.m", "a.m"}
NOTE = re.compile(r"\b(coded|codeable|code|this lead|the lead|CAMEO|event form|events? (is|are)|example|"
                  r"category|constitutes?|we)\b|^(Note|Given|Unlike|Because of|Due to)\b", re.I)
CONTENT = {"description", "usage notes", "example", "example note", "usage notes example",
           "description example", "example note"}
HEAD = {"cameo", "name", "name description"}


def load_codes(tsv):
    codes, names = [], {}
    for i, line in enumerate(open(tsv, encoding="utf-8")):
        f = line.rstrip("\n").split("\t")
        if i == 0 or len(f) < 4 or len(f[0]) < 3:
            continue            # roots (two digits) have no table of their own
        codes.append(f[0])
        names[f[0]] = norm(f[3])
    return codes, names


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"(\w)- (?!and\b|or\b|to\b)([a-z])", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip().lower().rstrip(".")


def clean(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("GLYPH<c=1,font=/ILOHEF+Symbol>", "'")
    s = re.sub(r"GLYPH<[^>]*>", "'", s)
    s = re.sub(r"(\w)- (?!and\b|or\b|to\b)([a-z])", r"\1\2", s)   # "ad- ditional"
    return re.sub(r"\s+", " ", s).strip()


def rows(path):
    """(line number, label, [cells]) for table rows; ("TXT", [text]) for other lines."""
    out = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("|"):
            f = [x.strip() for x in line.strip().strip("|").split("|")]
            if not f or f[0].startswith("---"):
                continue
            cells = [c for c in f[1:] if c]
            if len(cells) == 2 and cells[0] == cells[1]:
                cells = cells[:1]        # a doubled column
            out.append((n, f[0].lower(), cells))
        elif line.strip():
            out.append((n, "txt", [line.strip()]))
    return out


def anchor(cell, codes, names, order):
    """the code a cell names: a known code at its start, or a code's name it starts with."""
    c = norm(cell)
    m = re.match(r"^(?:cameo\s+)?(\d{3,4})(?:\s|$)", c)
    if m and m.group(1) in order:
        return m.group(1)
    best = None
    for code in codes:
        nm = names[code]
        if c == nm or (c.startswith(nm + " ") and len(nm.split()) >= 2
                       and cell[len(nm):len(nm) + 2].strip()[:1].isupper()):
            if not best or len(nm) > len(names[best]):
                best = code
    return best


def sentences(text):
    """split a cell into sentences, not after abbreviations and initials."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[\"(]?[A-Z])", text):
        word = re.findall(r"[\w.]+$", text[start:m.start()])
        w = word[0].lower() if word else ""
        if w in ABBREV or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"([a-z]\.)+[a-z]", w):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    res = []
    for s in out:        # "..., police said. at least three Ira": a repeated, cut tail
        m = re.search(r"[.!?]\s+(?=[a-z])", s)
        if m and s[m.end():].lower().rstrip(".") in s[:m.start()].lower():
            s = s[:m.end()].strip()
        if s:
            res.append(s)
    return res


def is_example(s):
    """a whole sentence of news, not a coder's note or a fragment cut at a page break."""
    if NOTE.search(s) or len(s.split()) < 6:
        return False
    if not s[0].isupper() and s[0] not in "\"'":
        return False
    return s.rstrip("\"'")[-1:] in ".!?"


def extract(path, tsv):
    """-> (kept [(code, sentence, line)], dropped [(reason, sentence, line)])"""
    codes, names = load_codes(tsv)
    table = rows(path)
    roots = {c[:2] for c in codes}
    for n, label, cells in table:      # codes the table lacks but the manual has (1213, 1214)
        for cell in cells[:1]:
            m = re.match(r"^(?:CAMEO\s+)?(\d{3,4})(?:\s|$)", cell)
            if m and (label in HEAD or label.startswith("name")) and m.group(1)[:2] in roots:
                if m.group(1) not in names:
                    names[m.group(1)] = "\0"
    codes = sorted(names)
    order = {c: i for i, c in enumerate(codes)}
    verbs = {nm.split()[0] for nm in names.values() if nm != "\0"}
    blocks = []          # {"code": code or None, "ex": [(text, line)], "ctx": [text], "content": bool}
    cur = None
    last = -1            # order index of the last believed anchor

    def new_block(code=None):
        b = {"code": code, "ex": [], "ctx": [], "content": False}
        blocks.append(b)
        return b

    for n, label, cells in table:
        if label == "txt":
            m = re.match(r"## 2\.(\d+)\s", cells[0])
            if m:        # a section heading: the next code is the root's first child
                root = "%02d" % int(m.group(1))
                first = [c for c in codes if c.startswith(root)]
                if first and order[first[0]] > last:
                    last = order[first[0]] - 1
                cur = None
            continue
        text = clean(" ".join(cells))
        a = None
        for cell in cells:
            a = anchor(cell, codes, names, order)
            if a:
                break
        if a and not (last <= order[a] <= last + MAX_JUMP):
            a = None     # backwards or too far ahead: not believed
        if a:
            if cur is not None and (cur["code"] == a or (cur["code"] is None and not cur["ex"])):
                cur["code"] = a
            else:
                cur = new_block(a)
            cur["ctx"].append((n, text))
            last = order[a]
            continue
        head = label in HEAD or label.startswith("name")
        if head and label == "cameo" and is_example(text):
            head = False     # a "CAMEO" row holding an example sentence (a shifted label)
            label = "example"
        if head:
            if cur is None or cur["content"]:
                cur = new_block()
            cur["ctx"].append((n, text))
            continue
        if cur is None:
            cur = new_block()
        cur["content"] = True
        cur["ctx"].append((n, text))
        if label.startswith("example") or label.endswith("example") or label == "":
            cur["ex"].append((text, n))

    # blocks with no anchor: the codes between their anchored neighbours, when the counts agree
    i = 0
    while i < len(blocks):
        if blocks[i]["code"] is not None:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j]["code"] is None:
            j += 1
        lo = order[blocks[i - 1]["code"]] if i > 0 else -1
        hi = order[blocks[j]["code"]] if j < len(blocks) else len(codes)
        between = codes[lo + 1:hi]
        for k in range(i, j):
            blocks[k]["code"] = between[k - i] if len(between) == j - i else "?"
        i = j

    kept, dropped, seen = [], [], set()
    for b in blocks:
        for s, n in block_sentences(b):
            key = norm(s)
            if not is_example(s) or s.split()[0].lower() in verbs:
                dropped.append(("note/fragment", s, n))
            elif key in seen:
                continue     # a row repeating an earlier example (continuation rows)
            elif b["code"] == "?":
                dropped.append(("ambiguous code", s, n))
            else:
                kept.append((b["code"], s, n))
            seen.add(key)
    return kept, dropped


def ends(s):
    return s.rstrip("\"')")[-1:] in ".!?"


def block_sentences(b):
    """the block's example sentences: a sentence cut at the end of a row joined with
    the next row's start; a tail of a longer sentence elsewhere in the block (the
    example's start sits in a shifted cell) replaced by that sentence."""
    out = []
    for text, n in b["ex"]:
        ss = sentences(text)
        if out and ss and not ends(out[-1][0]) and not out[-1][0].endswith("-"):
            out[-1] = (out[-1][0].rstrip("-") + " " + ss.pop(0), out[-1][1])
        out += [(x, n) for x in ss]
    res = []
    for s, n in out:
        w = s.split()
        if len(w) >= 4:      # the nearest such sentence at or before the example's row
            for t in reversed([x.split() for ln, c in b["ctx"] if ln <= n for x in sentences(c)]):
                if len(t) > len(w) and sum(x != y for x, y in zip(t[-len(w):], w)) <= 1 \
                        and w[-1] == t[-1]:
                    s = " ".join(t)
                    break
        res.append((s, n))
    return res


def words(s):
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def same_sentence(a, b):
    """Two word sets of one news lead, edited or not (the PLOVER records
    normalise country names and trim leads): at least 70 % of the smaller
    set's words are in the other, and it has at least six."""
    small = min(len(a), len(b))
    return small >= 6 and len(a & b) >= 0.7 * small


def plover_halves(path, kept):
    """For each kept example, the halves ("odd", "even") of the PLOVER records
    that are the same sentence.  The PLOVER gold records are taken from this
    manual's examples, so a manual example can be a PLOVER test record."""
    gsr = os.path.join(os.path.dirname(os.path.abspath(path)), "..", "..", "plover_gsr",
                       "PLOVER_GSR_CAMEO.json")
    if not os.path.exists(gsr):
        sys.exit("cameo_manual.py: %s: not found; the split needs the PLOVER records "
                 "(a manual example that is a PLOVER test record must stay out of development)" % gsr)
    recs = plover.load(gsr, "all")
    rw = [("odd" if pos % 2 == 1 else "even", words(r["text"])) for pos, r in enumerate(recs, 1)]
    return [{h for h, w in rw if same_sentence(words(s), w)} for _, s, _ in kept]


def half_of(pos, halves):
    """The development half ("odd") or the check half ("even") of the example at
    position pos: the half of the PLOVER records it is (a PLOVER test record
    is always checked, never developed on), else its position's parity."""
    if "even" in halves:
        return "even"
    if "odd" in halves:
        return "odd"
    return "odd" if pos % 2 == 1 else "even"


def split(kept, which, path):
    hv = plover_halves(path, kept)
    return [(pos, k) for pos, k in enumerate(kept, 1)
            if which == "all" or which == half_of(pos, hv[pos - 1])]


def show(e):
    return "\t%s %s%s agent=%s target=%s parts=%s" % (
        e["code"], e["form"], " (report)" if e["report"] else "",
        [a["key"] for a in e["agents"]], [a["key"] for a in e["targets"]],
        [a["key"] for a in e["parts"]])


def score(path, tsv, which, dump, errors=False, roles=False):
    kept, _ = extract(path, tsv)
    cmap = plover.cameo_to_plover(tsv)
    evs = plover.load_dump(dump)
    n = root = exact = proot = none = ncat = pcat = anycat = 0
    for pos, (code, s, line) in split(kept, which, path):
        rid = "m%03d" % pos
        mine = evs.get(rid, [])
        n += 1
        r = any(e["code"][:2] == code[:2] for e in mine)
        x = any(e["code"] == code for e in mine)
        p = plover.primary(mine, cmap)
        root += r
        exact += x
        proot += bool(p and p["code"][:2] == code[:2])
        none += not mine
        gold = cmap.get(code) or cmap.get(code[:3])
        ok_c = None
        if gold:
            ncat += 1
            ok_c = bool(p and cmap[p["code"]] == gold)
            pcat += ok_c
            anycat += any(cmap.get(e["code"]) == gold for e in mine)
        if errors and not x:
            print("%s\tgold=%s%s\tline %d\t%s" % (rid, code, "/" + gold if gold else "", line, s))
            for e in mine:
                print(show(e))
            if not mine:
                print("\t(no event)")
        if roles and r:
            print("%s\tgold=%s\tline %d\t%s" % (rid, code, line, s))
            for e in mine:
                if e["code"][:2] == code[:2]:
                    print(show(e))
    pct = lambda k, d: 100.0 * k / d if d else 0.0
    print("| CAMEO manual %s (%d) | %.1f%% | %.1f%% | %.1f%% | %.1f%% (%d) | %.1f%% | %.1f%% |" % (
        which, n, pct(root, n), pct(exact, n), pct(proot, n), pct(pcat, ncat), ncat,
        pct(anycat, ncat), pct(none, n)))


def main(a):
    if len(a) < 4:
        sys.exit(__doc__)
    path, tsv = a[2], a[3]
    if a[1] == "extract":
        kept, dropped = extract(path, tsv)
        reasons = {}
        for r, _, _ in dropped:
            reasons[r] = reasons.get(r, 0) + 1
        print("examples kept: %d (codes: %d); dropped: %s" % (
            len(kept), len({k[0] for k in kept}),
            ", ".join("%d %s" % (v, k) for k, v in sorted(reasons.items()))))
        if "--list" in a:
            for code, s, n in kept:
                print("%s\t%d\t%s" % (code, n, s))
            for r, s, n in dropped:
                print("DROP %s\t%d\t%s" % (r, n, s))
    elif a[1] == "records":
        kept, _ = extract(path, tsv)
        for pos, (code, s, n) in split(kept, a[4], path):
            print("m%03d\t%s\t%s" % (pos, s, DATE))
    elif a[1] == "score":
        score(path, tsv, a[4], a[5], "--errors" in a, "--roles" in a)
    elif a[1] == "old-dev-plover":
        # The PLOVER records (ids) that are sentences of the manual's odd
        # positions: the development half of sessions 10-13, split by position
        # alone, which held PLOVER test records (bench/README.md, "Fourteenth
        # session: the CAMEO manual split").
        kept, _ = extract(path, tsv)
        gsr = os.path.join(os.path.dirname(os.path.abspath(path)), "..", "..", "plover_gsr",
                           "PLOVER_GSR_CAMEO.json")
        dev = [words(s) for pos, (_, s, _) in enumerate(kept, 1) if pos % 2 == 1]
        for r in plover.load(gsr, a[4] if len(a) > 4 else "all"):
            if any(same_sentence(words(r["text"]), w) for w in dev):
                print(r["id"])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
