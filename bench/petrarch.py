#!/usr/bin/env python3
"""petrarch.py - the PETRARCH2 unit-test records against kgbuild (bench/evdump).

  petrarch.py dict DICTDIR          -> Turtle converted from PETR.Validate.{actors,verbs}.txt
  petrarch.py records RECORDS.xml   -> "ID<TAB>TEXT" lines for evdump
  petrarch.py score RECORDS.xml DUMP

The converter keeps what our dictionary vocabulary can say: an actor line
"NAME [CODE]" (with "+SYNONYM" lines) becomes an actor whose kgd:iso3 is the
whole PETRARCH code (so ARNGOV stays ARNGOV); a verb block gives its verbs
with their codes and its patterns (conv_verbs, convert_pattern).  Discards,
prefix agents and patterns with markers our vocabulary cannot say are not
converted (bench/README.md lists them).  Scoring rules are in bench/README.md.  Python 3 standard library only."""
import datetime, re, sys
import xml.etree.ElementTree as ET


def ttl_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label(name):
    """A PETRARCH name in capitals as a label: words capitalised, except an
    abbreviation with dots ("K.U."), kept in capitals as written."""
    return " ".join(w if "." in w.rstrip(".") else w.capitalize()
                    for w in name.replace("_", " ").split())


def petr_day(s):
    """A PETRARCH date, YYYYMMDD or YYMMDD (two-digit years: 19YY when > 30),
    as a datetime.date."""
    s = s.strip()
    if len(s) == 6:
        s = ("19" if int(s[:2]) > 30 else "20") + s
    return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def dated_span(rest):
    """The date restriction after an actor code ("<20080120", ">990816",
    "20100109-20100112") -> (from, until) ISO dates, both inclusive, either
    "" when open; None when the code has none."""
    rest = rest.strip()
    one = datetime.timedelta(days=1)
    m = re.match(r"^<\s*(\d{6,8})$", rest)
    if m:
        return ("", (petr_day(m.group(1)) - one).isoformat())
    m = re.match(r"^>\s*(\d{6,8})$", rest)
    if m:
        return ((petr_day(m.group(1)) + one).isoformat(), "")
    m = re.match(r"^(\d{6,8})\s*-\s*(\d{6,8})$", rest)
    if m:
        return (petr_day(m.group(1)).isoformat(), petr_day(m.group(2)).isoformat())
    return None


def conv_actors(path, out):
    cur = None
    ents = []
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        m = re.match(r"^\s*\[([A-Za-z/-]+)([^\]]*)\]", line)
        if m and cur is not None:
            span = dated_span(m.group(2))
            if span:
                cur["dated"].append((m.group(1).upper(),) + span)
            if not cur["code"] or (not span and cur.get("code_dated")):
                cur["code"] = m.group(1).upper()
                cur["code_dated"] = bool(span)
            continue
        if line.startswith("+"):
            if cur is not None:
                cur["alias"].append(label(line[1:].strip()))
            continue
        if line[0].isspace():
            continue
        m = re.match(r"^([^\[]+?)\s*(?:\[([A-Za-z/-]+)[^\]]*\])?\s*$", line)
        if not m:
            continue
        cur = {"name": label(m.group(1)), "code": (m.group(2) or "").upper(), "alias": [], "dated": []}
        ents.append(cur)
    seen = set()
    for k, e in enumerate(ents):
        if not e["code"] or not re.match(r"^[A-Za-z]", e["name"]):
            continue
        key = re.sub(r"[^a-z0-9]+", "-", e["name"].lower()).strip("-") or "x%d" % k
        if key in seen:
            continue
        seen.add(key)
        out.append("<https://w3id.org/kgbuild/id/petr-%s> a kgo:Country ; rdfs:label %s ; kgd:iso3 %s%s ." % (
            key, ttl_str(e["name"]), ttl_str(e["code"]),
            "".join(" ; kgd:alias %s" % ttl_str(a) for a in e["alias"]) +
            "".join(" ; kgd:datedCode %s" % ttl_str(" ".join([c] + (["from=" + f] if f else []) +
                                                              (["until=" + u] if u else [])))
                    for c, f, u in e["dated"])))


def conv_agents(path, out):
    """PETR.Validate.agents.txt: 'PHRASE {PLURALS} [~CODE]' -> a sector with
    kgo:agentCode CODE and the phrase (and plurals) as kgd:sectorNoun; the
    !NAME! = A, B substitution sets are expanded.  Prefix agents ([NGO~])
    are not converted: our actor codes append the sector to the state."""
    subs, nouns = {}, {}
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[\s*~([A-Z]+)\s*\]\s*$", line)
        if not m:
            continue
        forms = [m.group(1)]
        for k, vals in subs.items():
            forms = [f.replace(k, v) for f in forms for v in vals] if any(k in f for f in forms) else forms
        for f in forms:
            ph = " ".join(f.replace("_", " ").lower().split())
            if not ph or "!" in ph:
                continue
            alts = [ph]
            if m.group(2) is None:
                w = ph.split(" ")
                last = w[-1]
                pl = last + "es" if re.search(r"(s|x|ch|sh)$", last) else \
                    last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last + "s"
                alts.append(" ".join(w[:-1] + [pl]))
            elif m.group(2).strip("{} "):
                alts += [" ".join(x.replace("_", " ").lower().split()) for x in m.group(2).strip("{}").split()]
            nouns.setdefault(m.group(3), [])
            for x in alts:
                if x not in nouns[m.group(3)]:
                    nouns[m.group(3)].append(x)
    for code in sorted(nouns):
        out.append("<https://w3id.org/kgbuild/id/petr-sector-%s> kgo:agentCode %s ; rdfs:label %s ; %s ." % (
            code.lower(), ttl_str(code), ttl_str(code.lower()),
            " ; ".join("kgd:sectorNoun %s" % ttl_str(x) for x in nouns[code])))


# Irregular past forms of English verbs: PETRARCH lists such a form as a verb
# block of its own ("--- MET [031:032] ---" beside "--- MEET [031:031] ---");
# its patterns are for that form (kgd:form), before those of its lemma.
IRREGULAR_PAST = set("""arose awoke bore beat became began bent bit bled blew broke bred brought
built bought caught chose came cut dealt did drew drove fed felt fought found fled flew forbade
forgave froze got gave went grew hung had heard hid held hurt kept knew laid led left lent let
lay lost made meant met paid put quit ran rang rose said saw sought sold sent set shook shot
shut sang sat slew slid spoke sped spent spread stood stole struck swore took taught tore told
thought threw understood undertook upheld withdrew withheld won wore wrote overran overthrew""".split())

PREPS = {"against", "in", "on", "by", "near", "at", "for", "with", "to", "from", "into", "over",
         "about", "between", "of", "toward", "towards", "upon", "under", "through"}
PARTICLES = {"up", "down", "off", "out", "back", "away", "in", "on", "over"}


def read_synsets(lines):
    """'&NAME' then '+MEMBER' lines -> {NAME: [member word lists]} (nested
    synsets expanded)."""
    syn, cur, noplural = {}, None, set()
    for line in lines:
        m = re.match(r"^&([A-Z0-9_]+)\s*$", line)
        if m:
            cur = m.group(1).rstrip("_")
            syn[cur] = []
            if m.group(1).endswith("_"):
                noplural.add(cur)
            continue
        if cur and line.startswith("+"):
            syn[cur].append(line[1:].strip())
            continue
        if not line.strip() or not line.startswith("+"):
            cur = None if line.strip() else cur

    def plural(w):                       # PETRARCH's make_plural
        return w[:-1] + "IES" if w.endswith("Y") else w + "ES" if w.endswith("S") else w + "S"

    def expand(name, depth=0, plurals=False):
        out = []
        for mem in syn.get(name, []):
            seqs = expand_words(mem.replace("_", " ").split(), depth + 1)
            out += seqs
            if plurals and name not in noplural and not mem.endswith("_"):
                out += [q[:-1] + [plural(q[-1])] for q in seqs if q and not q[-1].startswith("&")]
        return out

    def expand_words(words, depth=0, plurals=False):
        """word list -> list of word lists; with plurals, a synset member's
        plural too (pattern words after the verb)"""
        seqs = [[]]
        for w in words:
            if w.startswith("&") and depth < 4:
                alts = expand(w[1:].rstrip("_"), depth, plurals) or [[]]
                seqs = [a + b for a in seqs for b in alts]
            else:
                seqs = [a + [w] for a in seqs]
        return seqs
    return expand_words


def expand_before(pre, expand):
    """The words of a pattern before its verb ("MOST_CERTAINLY_&NEG_EVER
    SAID") -> our kgd:before strings, one per synset member: '_' (words that
    touch) kept, a synset member's words joined by '_', chunks by ' '."""
    chunks = [[]]
    for chunk in pre.split():
        parts = [[]]
        for part in [x for x in chunk.split("_") if x]:
            alts = ["_".join(w.lower() for w in seq if w) for seq in expand([part])]
            parts = [a + [b] for a in parts for b in alts if b]
        chunks = [a + ["_".join(p)] for a in chunks for p in parts]
    return [" ".join(ch) for ch in chunks if ch]


def conv_verbs(path, out):
    """A block '--- NAME [code] ---' and its verb lines ("DELAY", "DOWNPLAY
    [014]", "+BREAK_DOWN", "WIRE_+TAP": every one a verb of the block, with
    its own code or the block's; [---]: no bare-verb event) give the verb
    lemmas; each pattern '- WORDS * WORDS [code]' of the block (see
    convert_pattern) is given to every verb of the block; synsets (&NAME)
    are expanded into one pattern per member.  Of a paired code (032:033)
    the second is the target's event back (kgd:reverseCode)."""
    lines = [raw.split("#", 1)[0].rstrip() for raw in open(path, encoding="utf-8", errors="replace")]
    expand = read_synsets(lines)
    seen = set()

    def emit(lemma, particle, prep, obj, c, before=None, compound=False, srcprep=None, skipprep=None,
             speaker=False):
        c, _, rev = (c or "").partition(":")      # a paired code: the target's event back
        c, rev = c.strip(), rev.strip()
        if not re.match(r"^\d{3,4}[A-Z]?$", c or "") or len(c) > 4:
            return
        if not re.match(r"^\d{3,4}$", rev):
            rev = None
        key = (lemma, particle, prep, obj, c, before, rev, compound, srcprep, skipprep, speaker)
        if key in seen:
            return
        seen.add(key)
        t = '[] kgd:lemma %s ; kgd:pos "VERB"' % ttl_str(lemma)
        if particle:
            t += " ; kgd:particle %s" % ttl_str(particle)
        if prep:
            t += " ; kgd:prep %s" % ttl_str(prep)
        if obj:                                 # PETRARCH's words are forms, not lemmas
            t += " ; kgd:object %s ; kgd:literalObject true" % ttl_str(obj)
        if before:
            t += " ; kgd:before %s" % ttl_str(before)
        if rev:
            t += " ; kgd:reverseCode %s" % ttl_str(rev)
        if compound:
            t += " ; kgd:compoundSubject true"
        if srcprep:
            t += " ; kgd:sourcePrep %s" % ttl_str(srcprep)
        if skipprep:
            t += " ; kgd:skipPrep %s" % ttl_str(skipprep)
        if speaker:
            t += " ; kgd:speakerSource true"
        if lemma in IRREGULAR_PAST:             # a block for the form itself ("LEFT", "MET")
            t += " ; kgd:form true"
        out.append(t + ' ; kgd:code "%s" .' % c)

    # blocks: [primary code, verbs, pattern lines]; a verb is (lemma,
    # particle, words before it, its own code or None)
    blocks, in_synset = [], False
    for line in lines:
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        m = re.match(r"^---\s+([A-Z_' ]+?)\s*\[([^\]]*)\]", line)
        if m:
            blocks.append([m.group(2).strip(), [], []])
            in_synset = False
            continue
        if line.startswith("&"):
            in_synset = True
            continue
        if line.startswith("+") and in_synset:
            continue
        in_synset = False
        if not blocks:
            continue
        if line.startswith("-"):
            blocks[-1][2].append(line)
            continue
        v = verb_line(line)
        if v:
            blocks[-1][1].append(v)
    for code, verbs, pats in blocks:
        for v, vp, vb, own in verbs:                  # the bare verbs
            if " " not in v:
                emit(v, vp, None, None, own or code, vb)
        for line in pats:
            m = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", line)
            if not m:
                continue
            for args in convert_pattern(m.group(1), m.group(2).strip(), expand):
                particle, prep, obj, c, before, compound, srcprep, skipprep, speaker = args
                for v, vp, vb, _ in verbs:
                    if " " in v or (particle and vp):
                        continue
                    b = " ".join(x for x in [before, vb] if x) or None
                    emit(v, particle or vp, prep, obj, c, b, compound, srcprep, skipprep, speaker)


def verb_line(line):
    """A verb line of a block ("DOWNPLAY [014]", "POSTPONE", "+BREAK_DOWN
    {...}", "WIRE_+TAP {...}") -> (lemma, particle, words before, own code);
    None for what we cannot say (a phrase whose verb has other words
    after it than one particle, "LASH OUT" without '_')."""
    m = re.search(r"\[([^\]]*)\]", line)
    own = m.group(1).strip() if m else None
    s = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).strip()
    if not s or " " in s:
        return None
    ws = [w for w in s.split("_") if w]
    if len(ws) == 1:
        return (ws[0].lstrip("+").lower(), None, None, own)
    idx = [k for k, w in enumerate(ws) if w.startswith("+")]
    if not idx:
        return None
    k, v = idx[0], ws[idx[0]][1:].lower()
    if k == 0 and len(ws) == 2 and ws[1].lower() in PARTICLES:
        return (v, ws[1].lower(), None, own)
    if k == len(ws) - 1:
        return (v, None, "_".join(w.lower() for w in ws[:k]), own)
    return None


def convert_pattern(pat, c, expand):
    """One pattern 'WORDS * WORDS' with its code -> a list of (particle,
    prep, object, code, before, compound, source prep) our vocabulary can
    say.  Object words keep PETRARCH's connectors: words joined by '_'
    touch (' ' in kgd:object), words apart by a space may have others
    between them ('+')."""
    out = []
    pat = pat.replace("_ ", " ")                # PETRARCH: "XXX_ " is an open match
    if "*" not in pat.replace("_", " ").split():
        return out
    head, _, tail = pat.partition("*")
    # words after the verb, each with whether it touches the word before it
    post, gap = [], False
    for cn, w in re.findall(r"([ _]*)([^ _]+)", tail):
        if w == "^":                            # ^: skip a phrase
            post.append((w, False))
            continue
        post.append((w, cn == "_" and not gap))
    # "EID AT ^ WITH +": a preposition with its skipped phrase (^) before
    # another preposition is a phrase between object and target: dropped
    W = [w for w, _ in post]
    post = [x for k, x in enumerate(post)
            if not (W[k].lower() in PREPS and k + 2 < len(W) and W[k + 1] == "^" and
                    W[k + 2].lower() in PREPS)]
    # "AT ^ +", "AT ^ ^ +": the at-phrase is passed over, the actor after it is the target
    W, skipprep = [w for w, _ in post], None
    if len(W) >= 3 and W[-1] == "+" and W[-2] == "^":
        k = len(W) - 2
        while k > 0 and W[k - 1] == "^":
            k -= 1
        if k >= 1 and W[k - 1].lower() in PREPS:
            skipprep, post = W[k - 1].lower(), post[:k - 1]
    post = [(w, t and (k == 0 or post[k - 1][0] != "^")) for k, (w, t) in enumerate(post) if w != "^"]
    post = [(w, t) for w, t in post if w != "^"]
    words = [w for w, _ in post]
    pre = head.strip()
    touch_verb = head.endswith("_")           # "RECENTLY_*": right before the verb
    compound = pre == "%" or pre.startswith("% ")     # % *: a compound subject
    if compound:
        pre = pre[1:].strip()
    srcprep = None                              # "+ * FROM $": target before, source after
    if pre.split()[:1] == ["+"] and words and words[-1] == "$":
        pre, post, words = pre[1:].strip(), post[:-1], words[:-1]
        srcprep = "-"
        if words and words[-1].lower() in PREPS:
            srcprep, post, words = words[-1].lower(), post[:-1], words[:-1]
    speaker = False                             # "NOTED + *": the noter on the verb's subject
    if pre.split()[-1:] == ["+"] and len(pre.split()) >= 2 and pre.split()[-2][-1].isalpha() and \
            not any(ch in pre for ch in "$%^"):       # not "ANTI- + *" (a prefix of the target)
        pre, speaker = pre[:-1].strip(), True
    tprep = None                                # * ABOUT +: the target after a preposition
    if len(words) >= 2 and words[-1] in ("+", "%") and words[-2].lower() in PREPS:
        tprep, post, words = words[-2].lower(), post[:-2], words[:-2]
    if any(w[0] in "+$%^" for w in words) or any(ch in pre for ch in "+$%^"):
        return out
    befores = expand_before(pre, expand) if pre else [None]
    if touch_verb:
        befores = [b + "_" for b in befores if b]
    seqs = [[]]
    for w, t in post:                           # synsets: a member's words touch
        alts = expand([w], 0, True) if w.startswith("&") else [[w]]
        seqs = [q + [(x, t if k == 0 else True) for k, x in enumerate(alt)] for q in seqs for alt in alts]
    for seq, before in [(q, b) for q in seqs for b in befores]:
        seq = [(w.lower(), t) for w, t in seq if w]
        ws = lambda: [w for w, _ in seq]
        particle = prep = None
        if seq and seq[0][0] in PARTICLES and (len(seq) == 1 or seq[1][0] in PREPS):
            particle, seq = seq[0][0], seq[1:]
        if seq and seq[0][0] in PREPS:
            prep, seq = seq[0][0], seq[1:]
        if tprep and ws() == [tprep]:
            seq = []
        if tprep and prep is None:
            prep = tprep
        if len(seq) >= 2 and seq[-1][0] in PREPS and prep is None:
            prep, seq = seq[-1][0], seq[:-1]      # "&TIETYPES_MEMOS FROM": object, then from
        if len(seq) > 3 or (seq and seq[0][0] in PREPS) or (tprep and prep != tprep):
            continue
        obj = "".join((("" if k == 0 else " " if t else "+") + w) for k, (w, t) in enumerate(seq))
        out.append((particle, prep, obj or None, c, before, compound, srcprep, skipprep, speaker))
    return out


def records(path):
    """(id, text, gold triples, date, require_dyad) per scored record.  A
    <Config option="require_dyad" value="false"> element applies to the
    records after it, until the next one: those records also code events
    with only one side ("---" for the other)."""
    root = ET.parse(path).getroot()
    dyad = True
    for s in root.iter():
        if s.tag == "Config" and (s.get("option") or "").lower() == "require_dyad":
            dyad = (s.get("value") or "").lower() != "false"
            continue
        if s.tag != "Sentence" or s.get("sentence") != "true":
            continue
        codings = s.findall("EventCoding")
        if any(c.get("error") for c in codings):
            continue
        gold = set()
        for c in codings:
            if c.get("eventcode"):
                gold.add((c.get("sourcecode"), c.get("targetcode"), c.get("eventcode")))
        text = " ".join((s.findtext("Text") or "").split())
        yield s.get("id"), text, gold, s.get("date") or "", dyad


def actor_codes(field):
    """An evdump actor field (key|iso3|spans|cameo) -> its PETRARCH codes: the
    CAMEO actor code, else the dictionary code; an actor with several codes
    ("THE_SHIRE [FRO/BIL/SAM]", kgd:iso3 "FRO/BIL/SAM") stands for each of
    them, the sector the sentence names it with added to every one."""
    f = field.split("|") + ["-", "-", "-"]
    iso, cameo = f[1], f[3]
    if "/" in iso:
        sector = cameo[len(iso):] if cameo.startswith(iso) else ""
        return [c + sector for c in iso.split("/") if c]
    return [cameo if cameo != "-" else iso]


def score(path, dump):
    dyad = {r[0]: r[4] for r in records(path)}
    ours = {}
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "EV":
            continue
        # the CAMEO actor code with its sector ("ARNGOV"), else the dictionary code
        code = lambda fld: [c for a in fld.split(";") for c in actor_codes(a)] if fld != "-" else []
        # an actor without a code (a name the dictionaries lack) is no
        # PETRARCH actor: it takes part in no triple
        code0 = code
        code = lambda fld: [x for x in code0(fld) if x != "-"]
        ag, tg, pa = code(f[7]), code(f[8]), code(f[9])
        s = ours.setdefault(f[1], set())
        for a in ag:
            for t in tg:
                s.add((a, t, f[2]))
        for a in pa:
            for t in pa:
                if a != t:
                    s.add((a, t, f[2]))
        if not dyad.get(f[1], True) and not pa and bool(ag) != bool(tg):
            for a in ag or ["---"]:      # require_dyad off: one side is enough
                for t in tg or ["---"]:
                    s.add((a, t, f[2]))
    cut = lambda st: {(a[:3], t[:3], c) for (a, t, c) in st}
    n = ok = ok3 = 0
    for rid, _, gold, _, _ in records(path):
        n += 1
        ok += ours.get(rid, set()) == gold
        ok3 += cut(ours.get(rid, set())) == cut(gold)
    print("| PETRARCH2 unit tests (%d records) | %d coded exactly (%.1f%%) | %d (%.1f%%) with actor codes cut to 3 letters |" % (
        n, ok, 100.0 * ok / n if n else 0, ok3, 100.0 * ok3 / n if n else 0))


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "dict":
        out = ["# converted by bench/petrarch.py from the PETRARCH2 validation dictionaries (MIT)",
               "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .",
               "@prefix kgd: <https://w3id.org/kgbuild/dict#> .",
               "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."]
        conv_actors(a[2] + "/PETR.Validate.actors.txt", out)
        conv_agents(a[2] + "/PETR.Validate.agents.txt", out)
        out.append("[] a kgd:ExclusiveCodebook .   # PETRARCH codes with its own verbs only")
        conv_verbs(a[2] + "/PETR.Validate.verbs.txt", out)
        print("\n".join(out))
    elif a[1] == "records":
        for rid, text, _, date, _ in records(a[2]):      # the record's date: dated actor codes
            day = petr_day(date).isoformat() if re.match(r"^\d{6,8}$", date) else ""
            print("%s\t%s\t%s" % (rid, text, day) if day else "%s\t%s" % (rid, text))
    elif a[1] == "score":
        score(a[2], a[3])
