#!/usr/bin/env python3
"""petrarch.py - the PETRARCH2 unit-test records against kgbuild (bench/evdump).

  petrarch.py dict DICTDIR          -> Turtle converted from PETR.Validate.{actors,verbs}.txt
  petrarch.py records RECORDS.xml   -> "ID<TAB>TEXT" lines for evdump
  petrarch.py score RECORDS.xml DUMP

The converter keeps what our dictionary vocabulary can say: an actor line
"NAME [CODE]" (with "+SYNONYM" lines) becomes an actor whose kgd:iso3 is the
whole PETRARCH code (so ARNGOV stays ARNGOV); a verb block "--- VERB [code] ---"
gives the verb lemma with that code, and a pattern "- * WORD [code]" the same
lemma with object=word.  Synsets, multi-word and noun-phrase patterns,
agents, discards and date-restricted codes are not converted.  Scoring rules
are in bench/README.md.  Python 3 standard library only."""
import re, sys
import xml.etree.ElementTree as ET


def ttl_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label(name):
    return " ".join(w.capitalize() for w in name.replace("_", " ").split())


def conv_actors(path, out):
    cur = None
    ents = []
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        m = re.match(r"^\s*\[([A-Za-z-]+)[^\]]*\]", line)
        if m and cur is not None:
            if not cur["code"]:
                cur["code"] = m.group(1).upper()
            continue
        if line.startswith("+"):
            if cur is not None:
                cur["alias"].append(label(line[1:].strip()))
            continue
        if line[0].isspace():
            continue
        m = re.match(r"^([^\[]+?)\s*(?:\[([A-Za-z-]+)[^\]]*\])?\s*$", line)
        if not m:
            continue
        cur = {"name": label(m.group(1)), "code": (m.group(2) or "").upper(), "alias": []}
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
            "".join(" ; kgd:alias %s" % ttl_str(a) for a in e["alias"])))


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


def conv_verbs(path, out):
    verb = code = None
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        m = re.match(r"^---\s+([A-Z_']+)\s+\[(\d+)\]", line)
        if m:
            verb, code = m.group(1).lower().replace("_", " "), m.group(2)
            if " " not in verb:
                out.append('[] kgd:lemma %s ; kgd:pos "VERB" ; kgd:code "%s" .' % (ttl_str(verb), code))
            continue
        m = re.match(r"^-\s+\*\s+([A-Z]+)\s+\[(\d+)\]", line)
        if m and verb and " " not in verb:
            out.append('[] kgd:lemma %s ; kgd:pos "VERB" ; kgd:object %s ; kgd:code "%s" .' % (
                ttl_str(verb), ttl_str(m.group(1).lower()), m.group(2)))


def records(path):
    root = ET.parse(path).getroot()
    for s in root.iter("Sentence"):
        if s.get("sentence") != "true":
            continue
        codings = s.findall("EventCoding")
        if any(c.get("error") for c in codings):
            continue
        gold = set()
        for c in codings:
            if c.get("eventcode"):
                gold.add((c.get("sourcecode"), c.get("targetcode"), c.get("eventcode")))
        text = " ".join((s.findtext("Text") or "").split())
        yield s.get("id"), text, gold


def score(path, dump):
    ours = {}
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "EV":
            continue
        # the CAMEO actor code with its sector ("ARNGOV"), else the dictionary code
        code = lambda fld: [(a.split("|") + ["-"])[3] if (a.split("|") + ["-"])[3] != "-"
                            else a.split("|")[1] for a in fld.split(";")] if fld != "-" else []
        ag, tg, pa = code(f[7]), code(f[8]), code(f[9])
        s = ours.setdefault(f[1], set())
        for a in ag:
            for t in tg:
                s.add((a, t, f[2]))
        for a in pa:
            for t in pa:
                if a != t:
                    s.add((a, t, f[2]))
    cut = lambda st: {(a[:3], t[:3], c) for (a, t, c) in st}
    n = ok = ok3 = 0
    for rid, _, gold in records(path):
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
        conv_verbs(a[2] + "/PETR.Validate.verbs.txt", out)
        print("\n".join(out))
    elif a[1] == "records":
        for rid, text, _ in records(a[2]):
            print("%s\t%s" % (rid, text))
    elif a[1] == "score":
        score(a[2], a[3])
