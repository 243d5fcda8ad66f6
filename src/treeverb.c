/* treeverb.c — a tree repair after parsing (treefix.c is full): the past
 * verb of a short clause read as an adjective of its object.
 *
 * Owns: kg_treeverb_sentence (called by kg_treefix_run, last of its repairs).
 *
 * A second clause read as objects (and_clause_object): "Xi received
 * Prabowo at the Great Hall, and the two governments signed agreements" is
 * often parsed with "and" and "governments" objects of "received" and
 * "signed" (tagged VBN) an adjective of "agreements" or a clause on
 * "governments".  When "and" right after a comma hangs as obj (or dep) on a
 * verb, the next noun hangs as obj on the same verb with only its own
 * modifiers between, and right after that noun comes a past form that is
 * its acl or the amod of a noun it governs, the past form becomes a
 * conjunct of the verb (VBD), the noun its subject, "and" its cc.
*
 * The first object of a verb of handing over (transfer_iobj).  "Israel sold
 * Cyprus an air defence system" is parsed with two objects, "France sold
 * Greece fighter jets" with the name a compound of the object, "selling it
 * rocket launchers" with the pronoun the subject of a small clause (ccomp)
 * whose head is the object noun.  For "sell", "give", "send", "offer",
 * "grant" and "lend": of two objects, a first one that is a name or a
 * personal pronoun becomes the indirect object (iobj); for "sell", "send"
 * and "lend", names right after the verb that are compounds of its (common
 * noun) object become its indirect object; a noun ccomp with no verb,
 * auxiliary or copula of its own whose subject is a pronoun or name right
 * after the verb becomes the object, and that subject the indirect object.
*
 * A reporting verb coordinated inside the clause reported (report_conj).
 * "It said the three countries had ignored the rights of X and warned that
 * no project could go ahead" is parsed with "warned" a conj of "ignored";
 * the warning is the sayer's.  A conj that is a verb of saying or warning
 * ("warn", "add", "urge", "insist", "threaten", "vow", "stress", "note")
 * with no subject of its own but a clause of its own (ccomp, or xcomp for
 * "urge"), on a verb with a subject of its own that is the ccomp of "say",
 * "tell" or "state" with a subject, goes to that verb of saying.
 *
 * A passive's "by" phrase hung on a place (by_place_agent).  "He was
 * received with a guard of honour at the presidential palace by President
 * X" is parsed with "by X" a modifier of "palace".  A name marked "by" hung
 * (nmod) on a noun marked "at" or "in" that is an oblique of a passive verb
 * (or a modifier of one), the verb with no "by" phrase (obl:agent) of its
 * own, becomes that verb's obl:agent.
*
 * A "by" phrase of an active verb's object (by_object).  "X blamed joint
 * military drills by the United States and South Korea for raising
 * tensions" is parsed with "by the United States" the obl:agent of
 * "blamed", a verb with a subject of its own and no passive auxiliary.  An
 * obl:agent of such a verb, right after the verb's object noun (only the
 * object's own words between), goes to that noun as its nmod.
 * Does not own: the parser, the other repairs (treefix.c), event coding.
 *
 * "Syrian forces bombarded rebel positions around Aleppo.", "The US
 * ambassador met opposition leaders in Caracas.", "Hutu militiamen
 * massacred hundreds of civilians." are often parsed as one noun phrase:
 * the object noun the root, the verb ("bombarded", "met", tagged VBN, VBD
 * or JJ) its adjective (amod) and the subject a dependent of the object
 * (nsubj, compound, nmod:unmarked; "militiamen" even tagged a number),
 * or the subject the root and the object (with the verb on it) its object.
 * When a sentence ending in a full stop has a noun as its root, no other
 * verb or auxiliary, and before the root (or after it, on the root's
 * object) an amod of it that is a
 * past form ("-ed", or tagged VBD/VBN: "met", "struck") with only the
 * object's own modifiers between it and the root, and right before it the
 * phrase of a noun, name or pronoun hung on the root with no preposition or
 * possessive marker of its own ("Labour's revised plans" stays a phrase;
 * the object may have a possessor and a gerund in its "of" phrase: "Rwanda's
 * army chief accused Congo's government of arming militias."),
 * the past form becomes the root (a verb, VBD), the noun before it its
 * subject, the noun it was on its object; the root's punctuation, and
 * (the object the root) its other dependents before the verb, go to the verb.
 * With the subject the root, an infinitive of purpose on the object's phrase
 * may stand after it ("Police used tear gas and water cannon to disperse
 * protesters.": "used" an amod of "gas", "to disperse" an acl of "cannon"):
 * it becomes the verb's advcl.
 *
 * The same clause is also parsed as its subject's noun phrase with the verb
 * a clause on it (acl): "Police used tear gas to disperse demonstrators.",
 * "Rioters set fire to a bank.", "Tens of thousands of people marched
 * through Belgrade." (acl_verb).  When such a sentence (full stop, a noun
 * root, no verb or auxiliary outside the clause) has one acl that is a past
 * form (VBD, VBN, or an adjective tagged so, ending "-ed" or with an object
 * of its own: "set fire") right after
 * the root's phrase (every word before it under the root), the clause has an
 * object, oblique or clause of its own and no subject, marker or "by"
 * phrase (not "the weapons used by the army."), the verb becomes the root
 * and the root noun its subject; the root's punctuation goes to the verb.
 *
 * A past verb coordinated with a reduced relative (participle_conj).  "X said
 * the ship had been sailing on a route approved by both navies and accused
 * the patrol boat of ...": the parser hangs "accused" (VBD, with no subject)
 * as a conj on "approved" (VBN, an acl on "route"), so the accusation has no
 * doer.  A conj tagged VBD with no subject, auxiliary or "by" phrase of its
 * own, on an acl tagged VBN that stands before it, goes to the nearest verb
 * above the acl that is tagged VBD and has a subject of its own (the clause
 * of the same tense: "said", not "had been sailing"); none, it stays.
 *
 * A quoted predicate of a naming verb (quoted_predicate).  "a Ukrainian
 * official who had called the visit "shameful"", "branded the vote
 * "illegal"": the parser hangs the quoted adjective on the object (appos,
 * amod or dep) instead of the verb, so the naming says nothing of the
 * object.  An adjective between quotation marks right after the object of
 * "call", "brand", "label", "term", "dub" or "deem", hung on that object,
 * becomes the verb's xcomp, as in the unquoted "called the visit shameful".
 *
 * A second object named after an apposition (name_conj_object).  "Putin
 * met Nguyen Phu Trong, the general secretary of the party, and Prime
 * Minister Pham Minh Chinh, who ...": the parser hangs the second name as a
 * conj of the verb, so the meeting has one partner.  A proper noun conj of a
 * verb, after ", and" (its own title words between), with no subject,
 * object, oblique or clause of its own, when the verb's object is a proper
 * noun before the comma with an apposition, becomes the object's conj.
 *
 * A past verb read as its object's adjective before a joined verb
 * (amod_verb_and).  "Mauritanian police detained hundreds of West Africans in
 * raids and deported many of them": the parser makes "detained" (VBN) an
 * amod of "hundreds", "police" its dependent and "hundreds" the subject of
 * "deported" (the root), so the detention has no doer.  When the root verb
 * has its own "and", its subject is a noun with a past form (VBD/VBN, "-ed")
 * as amod right before it (determiners and adjectives between), and the
 * words before that form are one noun phrase hung on it (obl:unmarked,
 * nsubj, compound, dep), the form becomes the root (VBD), that phrase its
 * subject, the noun its object and the old root its conj.
 *
 * A joined clause's past verb read as its object's adjective
 * (conj_noun_verb).  "The United States expelled Turkey from the programme
 * after Ankara bought the S-400 system, and it imposed sanctions on Turkey's
 * agency in December 2020": the parser makes "imposed" (JJ) an amod of
 * "sanctions", "it" that noun's nsubj and the noun a conj of the first verb,
 * so the sanctions have no doer.  A noun conj of an earlier verb with an
 * nsubj of its own (a noun, name or pronoun before it) and a past form
 * (VBD/VBN, "-ed") as amod between that subject and the noun (only the
 * noun's own determiners, adjectives, numbers or nouns between form and
 * noun) becomes that form's object: the form the verb's conj (VBD), the
 * subject its subject, and the noun's "and" and comma before the subject go
 * to the form.  When the noun is the conj of a noun root ("Israel and then
 * the United States struck Iran's sites in June 2025.": a sentence with no
 * other verb), the form becomes the root, the root noun its subject with the
 * noun's own subject as that subject's conj ("and", "then" on it), and the
 * root's other dependents after the form (the date, the full stop) go to it.
 *
 * A reduced relative on an act verb's object read as a clause (ccomp_relative).
 * "Azerbaijan released five Armenian soldiers captured during the war": the
 * parser makes "captured" (VBD) a ccomp of "released" with "soldiers" its
 * subject, so the release has no one released.  A verb of acting on people or
 * things that takes no clause (release, free, return, deport, arrest, ...) with
 * no object of its own and a ccomp after it that is a past form (VBD/VBN) with
 * no object, auxiliary, marker or other subject, whose subject is a noun phrase
 * right after the verb, becomes the verb's object; the past form a reduced
 * relative on it (acl, VBN).
 *
 * A relative clause on the root name followed by the sentence's verb read as
 * a reduced relative on a word of the clause (relcl_verb; see there).
 *
 * A clause after "since", "after", "before" ... read as a prepositional
 * phrase whose name has an object with the verb as its adjective
 * (subordinate_verb; see there).
 */
#include <string.h>
#include <strings.h>
#include "clausefix.h"
#include "treeverb.h"

#define KG_TREEVERB_MAX 60   /* longer sentences are left alone */

static int ends_ed(const kg_token *t)
{
  size_t n = t->end - t->start;
  return n > 4 && t->form[n - 2] == 'e' && t->form[n - 1] == 'd';
}

static int xpos_is(const kg_token *t, const char *x)
{
  return t->xpos && !strcmp(t->xpos, x);
}

static int rel_is(const kg_token *t, const char *r)
{
  return t->deprel && !strcmp(t->deprel, r);
}

/* Is tk[x - 1] under tk[top - 1] (1-based; top itself counts)? */
static int under(const kg_token *tk, uint32_t n, uint32_t x, uint32_t top)
{
  for (uint32_t k = 0; x && k <= n; k++, x = (uint32_t)tk[x - 1].head)
    if (x == top)
      return 1;
  return 0;
}

/* Is token k marked by "by" (its case dependent): a passive's doer? */
static int by_phrase(const kg_token *tk, uint32_t n, uint32_t k)
{
  for (uint32_t j = 1; j <= n; j++)
    if ((uint32_t)tk[j - 1].head == k && rel_is(&tk[j - 1], "case") && tk[j - 1].end - tk[j - 1].start == 2 &&
        (tk[j - 1].form[0] == 'b' || tk[j - 1].form[0] == 'B') && tk[j - 1].form[1] == 'y')
      return 1;
  return 0;
}

/* Verb v becomes the root (a past verb) with noun r, the old root, its
 * subject; r's punctuation from token `from` on moves to v. */
static void reroot(kg_token *tk, uint32_t n, uint32_t r, uint32_t v, uint32_t from)
{
  for (uint32_t k = from; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == r && rel_is(&tk[k - 1], "punct"))
      tk[k - 1].head = (int32_t)v;
  tk[r - 1].head = (int32_t)v;
  tk[r - 1].deprel = "nsubj";
  tk[v - 1].head = 0;
  tk[v - 1].deprel = "root";
  tk[v - 1].upos = KG_UPOS_VERB;
  tk[v - 1].xpos = "VBD";
}

/* A number word ("hundreds", "dozen", "two"): no noun the tagger misread. */
static int number_word(const kg_token *t)
{
  static const char *const w[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", NULL };
  size_t n = t->end - t->start;
  for (size_t k = 0; k < n; k++)
    if (!((t->form[k] >= 'a' && t->form[k] <= 'z') || (t->form[k] >= 'A' && t->form[k] <= 'Z')))
      return 1;
  for (size_t k = 0; w[k]; k++)
    if (strlen(w[k]) == n && !strncmp(t->form, w[k], n))
      return 1;
  return 0;
}

/* The root of a short sentence ending in a full stop when it is a noun or
 * a name (the shape both repairs start from), else 0. */
static uint32_t noun_root(const kg_token *tk, uint32_t n)
{
  uint32_t r = 0;
  if (n < 4 || n > KG_TREEVERB_MAX || !(tk[n - 1].end - tk[n - 1].start == 1 && tk[n - 1].form[0] == '.'))
    return 0;
  for (uint32_t k = 1; k <= n; k++)
    if (tk[k - 1].head == 0)
      r = k;
  return r && (tk[r - 1].upos == KG_UPOS_NOUN || tk[r - 1].upos == KG_UPOS_PROPN) ? r : 0;
}

/* A trailing attribution ("..., local officials said."): the root is a
 * verb of saying after a noun that is its ccomp, the clause told; that
 * noun (its index), *rv the saying verb's; 0 when none. */
static uint32_t told_noun(const kg_token *tk, uint32_t n, uint32_t *rv)
{
  static const char *const say[] = { "say", "report", "add", "claim", "confirm", NULL };
  uint32_t v = 0, c = 0;
  *rv = 0;
  if (n < 6 || n > KG_TREEVERB_MAX || !(tk[n - 1].end - tk[n - 1].start == 1 && tk[n - 1].form[0] == '.'))
    return 0;
  for (uint32_t k = 1; k <= n && !v; k++)
    if (tk[k - 1].head == 0)
      v = k;
  if (!v || tk[v - 1].upos != KG_UPOS_VERB || !tk[v - 1].lemma)
    return 0;
  int ok = 0;
  for (size_t q = 0; say[q] && !ok; q++)
    ok = !strcmp(tk[v - 1].lemma, say[q]);
  for (uint32_t k = 1; k < v && ok; k++)
    if ((uint32_t)tk[k - 1].head == v && rel_is(&tk[k - 1], "ccomp"))
      c = c ? (uint32_t)-1 : k;
  if (!ok || !c || c == (uint32_t)-1 || tk[c - 1].upos != KG_UPOS_NOUN)
    return 0;
  *rv = v;
  return c;
}

/* Whether token k is the possessive marker of a possessor after the verb v,
 * in the object's phrase ("accused Congo's government"). */
static int poss_marker(const kg_token *tk, uint32_t k, uint32_t v)
{
  uint32_t h = tk[k - 1].head > 0 ? (uint32_t)tk[k - 1].head : 0;
  return xpos_is(&tk[k - 1], "POS") && rel_is(&tk[k - 1], "case") && h > v && h < k &&
         rel_is(&tk[h - 1], "nmod:poss");
}

static void adjective_verb(kg_token *tk, uint32_t n)
{
  uint32_t rv = 0, r = noun_root(tk, n);
  if (!r)
    r = told_noun(tk, n, &rv);
  if (!r)
    return;
  uint32_t v = 0, o = 0;
  for (uint32_t k = 1; k <= n; k++) {
    const kg_token *t = &tk[k - 1];
    uint32_t h = t->head > 0 ? (uint32_t)t->head : 0;
    int past = rel_is(t, "amod") && h > k && tk[h - 1].upos == KG_UPOS_NOUN &&
               (h == r || ((uint32_t)tk[h - 1].head == r && r < k && !rel_is(&tk[h - 1], "nmod"))) &&
               (xpos_is(t, "VBD") || xpos_is(t, "VBN") || (xpos_is(t, "JJ") && ends_ed(t)));
    if (past && !v)
      o = h;
    if (past && !v)
      v = k;
  }
  if (!v || v < 2)
    return;
  uint32_t inf = 0;                       /* an infinitive of purpose on the object's phrase ("to disperse") */
  for (uint32_t k = 1; k <= n; k++) {
    const kg_token *t = &tk[k - 1];
    if (k == v || k == rv || (t->upos != KG_UPOS_VERB && t->upos != KG_UPOS_AUX))
      continue;
    if (k > o && xpos_is(t, "VBG") && rel_is(t, "amod") && under(tk, n, k, o))
      continue;                           /* a gerund in the object's phrase ("of arming Hutu militias") */
    if (inf || k < o || !rel_is(t, "acl") || !under(tk, n, k, o) || o == r)
      return;                             /* another verb: some other reading */
    for (uint32_t q = 1; q <= n && !inf; q++)
      if ((uint32_t)tk[q - 1].head == k && rel_is(&tk[q - 1], "mark") && tk[q - 1].end - tk[q - 1].start == 2 &&
          !strncmp(tk[q - 1].form, "to", 2))
        inf = k;
    if (!inf)
      return;
  }
  for (uint32_t k = v + 1; k < o; k++)    /* only the object's own modifiers between */
    if (!under(tk, n, k, o) || (uint32_t)tk[k - 1].head < v || tk[k - 1].upos == KG_UPOS_ADP ||
        (tk[k - 1].upos == KG_UPOS_PART && !poss_marker(tk, k, v)))
      return;
  uint32_t sj = 0;                        /* the nearest dependent of the root before the verb */
  for (uint32_t k = v - 1; k >= 1 && !sj && o == r; k--)
    if ((uint32_t)tk[k - 1].head == r)
      sj = k;
  if (o != r)                             /* the root is the subject, the object its dependent */
    sj = r;
  /* (a possessor is a phrase, "Labour's revised plans", "their revised
   * plans"; a plural noun hung as one with no marker is the subject the
   * parser missed: "army bulldozers demolished Palestinian homes and
   * shops", the marker test below keeps "the workers' revised plans") */
  if (!sj || !under(tk, n, v - 1, sj) || rel_is(&tk[sj - 1], "det") ||
      (rel_is(&tk[sj - 1], "nmod:poss") && !(tk[sj - 1].upos == KG_UPOS_NOUN && xpos_is(&tk[sj - 1], "NNS"))))
    return;
  kg_token *st = &tk[sj - 1];
  int num = st->upos == KG_UPOS_NUM && !number_word(st);
  if (st->upos != KG_UPOS_NOUN && st->upos != KG_UPOS_PROPN && st->upos != KG_UPOS_PRON && !num)
    return;
  for (uint32_t k = 1; k <= n; k++)       /* a preposition or possessive marker of the subject's own */
    if ((uint32_t)tk[k - 1].head == sj && (rel_is(&tk[k - 1], "case") || rel_is(&tk[k - 1], "mark")))
      return;
  for (uint32_t k = 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == r && k != sj && k != o && ((k < v && o == r) || rel_is(&tk[k - 1], "punct")))
      tk[k - 1].head = (int32_t)v;
  if (num) {
    st->upos = KG_UPOS_NOUN;
    st->xpos = "NNS";
  }
  st->head = (int32_t)v;
  st->deprel = "nsubj";
  tk[v - 1].head = (int32_t)rv;       /* (the clause the saying verb tells) */
  tk[v - 1].deprel = rv ? "ccomp" : "root";
  tk[v - 1].upos = KG_UPOS_VERB;
  tk[v - 1].xpos = "VBD";
  tk[o - 1].head = (int32_t)v;
  tk[o - 1].deprel = "obj";
  if (inf) {
    tk[inf - 1].head = (int32_t)v;
    tk[inf - 1].deprel = "advcl";
  }
}

static int past_form(const kg_token *t)
{
  return xpos_is(t, "VBD") || xpos_is(t, "VBN") || ((t->upos == KG_UPOS_ADJ || xpos_is(t, "JJ")) && ends_ed(t));
}

static void acl_verb(kg_token *tk, uint32_t n)
{
  uint32_t r = noun_root(tk, n), v = 0;
  if (!r)
    return;
  for (uint32_t k = r + 1; k <= n && !v; k++)
    if (rel_is(&tk[k - 1], "acl") && under(tk, n, k, r))
      v = k;
  if (!v || (uint32_t)tk[v - 1].head >= v || xpos_is(&tk[v - 1], "VBG") || xpos_is(&tk[v - 1], "VBZ"))
    return;
  int has_obj = 0;                        /* an adjective with an object is a verb ("set fire to") */
  for (uint32_t k = v + 1; k <= n; k++)
    has_obj |= (uint32_t)tk[k - 1].head == v && rel_is(&tk[k - 1], "obj");
  if (!past_form(&tk[v - 1]) && !(has_obj && tk[v - 1].upos == KG_UPOS_ADJ))
    return;
  for (uint32_t k = 1; k < v; k++)          /* the subject's phrase before the verb */
    if (!under(tk, n, k, r) || tk[k - 1].upos == KG_UPOS_VERB || tk[k - 1].upos == KG_UPOS_AUX ||
        tk[k - 1].upos == KG_UPOS_PRON || rel_is(&tk[k - 1], "punct"))
      return;
  int comp = 0;
  for (uint32_t k = 1; k <= n; k++) {
    const kg_token *t = &tk[k - 1];
    if ((t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX) && k != v && !under(tk, n, k, v))
      return;                             /* another verb: some other reading */
    if ((uint32_t)t->head != v)
      continue;
    if (!strncmp(t->deprel ? t->deprel : "", "nsubj", 5) || rel_is(t, "mark") || rel_is(t, "aux") ||
        rel_is(t, "aux:pass") || rel_is(t, "obl:agent"))
      return;
    if (rel_is(t, "obl") && by_phrase(tk, n, k))   /* "used by the army": a reduced relative */
      return;
    comp |= rel_is(t, "obj") || rel_is(t, "obl") || rel_is(t, "xcomp") ||
            !strncmp(t->deprel ? t->deprel : "", "advcl", 5);
  }
  if (!comp)
    return;
  reroot(tk, n, r, v, 1);
}

static int has_child(const kg_token *tk, uint32_t n, uint32_t h, const char *prefix)
{
  size_t l = strlen(prefix);
  for (uint32_t k = 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == h && tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, prefix, l))
      return 1;
  return 0;
}

static void participle_conj(kg_token *tk, uint32_t n)
{
  for (uint32_t c = 2; c <= n; c++) {
    uint32_t h = (uint32_t)tk[c - 1].head;
    if (!rel_is(&tk[c - 1], "conj") || !xpos_is(&tk[c - 1], "VBD") || !h || h >= c || !rel_is(&tk[h - 1], "acl") ||
        !xpos_is(&tk[h - 1], "VBN") || has_child(tk, n, c, "nsubj") || has_child(tk, n, c, "aux") ||
        has_child(tk, n, c, "obl:agent"))
      continue;
    uint32_t a = (uint32_t)tk[h - 1].head;
    for (uint32_t steps = 0; a && steps < n; steps++, a = (uint32_t)tk[a - 1].head)
      if (a < h && tk[a - 1].upos == KG_UPOS_VERB && xpos_is(&tk[a - 1], "VBD") && has_child(tk, n, a, "nsubj"))
        break;
    if (a && a < h)
      tk[c - 1].head = (int32_t)a;
  }
}

static int quote_mark(const kg_token *t)
{
  size_t l = t->end - t->start;
  return (l == 1 && (t->form[0] == '"' || t->form[0] == '\'')) ||
         (l == 3 && (!strncmp(t->form, "\xE2\x80\x9C", 3) || !strncmp(t->form, "\xE2\x80\x9D", 3) ||
                     !strncmp(t->form, "\xE2\x80\x98", 3) || !strncmp(t->form, "\xE2\x80\x99", 3))) ||
         (l == 2 && (!strncmp(t->form, "``", 2) || !strncmp(t->form, "''", 2)));
}

static void quoted_predicate(kg_token *tk, uint32_t n)
{
  static const char *const naming[] = { "call", "brand", "label", "term", "dub", "deem", NULL };
  for (uint32_t a = 3; a + 1 <= n; a++) {       /* a: 1-based, the adjective */
    uint32_t o = (uint32_t)tk[a - 1].head;
    if (tk[a - 1].upos != KG_UPOS_ADJ || !o || o + 2 != a || !quote_mark(&tk[a - 2]) || !quote_mark(&tk[a]) ||
        !(rel_is(&tk[a - 1], "appos") || rel_is(&tk[a - 1], "amod") || rel_is(&tk[a - 1], "dep")) ||
        !rel_is(&tk[o - 1], "obj"))
      continue;
    uint32_t v = (uint32_t)tk[o - 1].head;
    int nm = 0;
    for (int k = 0; v && naming[k] && !nm; k++)
      nm = tk[v - 1].lemma && !strcmp(tk[v - 1].lemma, naming[k]);
    if (!nm || tk[v - 1].upos != KG_UPOS_VERB)
      continue;
    tk[a - 1].head = (int32_t)v;
    tk[a - 1].deprel = "xcomp";
  }
}

static void name_conj_object(kg_token *tk, uint32_t n)
{
  for (uint32_t b = 5; b <= n; b++) {           /* b: 1-based, the name */
    uint32_t v = (uint32_t)tk[b - 1].head, o = 0, a = 0, cc = 0;
    if (tk[b - 1].upos != KG_UPOS_PROPN || !rel_is(&tk[b - 1], "conj") || !v || v >= b ||
        tk[v - 1].upos != KG_UPOS_VERB)
      continue;
    for (uint32_t k = v + 1; k < b; k++) {
      if ((uint32_t)tk[k - 1].head == v && rel_is(&tk[k - 1], "obj") && tk[k - 1].upos == KG_UPOS_PROPN)
        o = k;
      if (o && (uint32_t)tk[k - 1].head == o && rel_is(&tk[k - 1], "appos"))
        a = k;
      if ((uint32_t)tk[k - 1].head == b && rel_is(&tk[k - 1], "cc") && k >= 2 &&
          tk[k - 2].end - tk[k - 2].start == 1 && tk[k - 2].form[0] == ',')
        cc = k;
    }
    if (!o || !a || !cc || has_child(tk, n, b, "nsubj") || has_child(tk, n, b, "obj") ||
        has_child(tk, n, b, "obl") || has_child(tk, n, b, "ccomp") || has_child(tk, n, b, "xcomp") ||
        has_child(tk, n, b, "aux"))
      continue;
    tk[b - 1].head = (int32_t)o;
  }
}

static void amod_verb_and(kg_token *tk, uint32_t n)
{
  uint32_t r = 0;
  for (uint32_t k = 1; k <= n; k++)
    if (tk[k - 1].head == 0)
      r = k;
  if (!r || tk[r - 1].upos != KG_UPOS_VERB || !has_child(tk, n, r, "cc"))
    return;
  for (uint32_t v = 2; v < r; v++) {
    kg_token *t = &tk[v - 1];
    uint32_t o = (uint32_t)t->head, sj = 0;
    if (!rel_is(t, "amod") || !past_form(t) || o <= v || o >= r || (uint32_t)tk[o - 1].head != r ||
        !rel_is(&tk[o - 1], "nsubj") || (tk[o - 1].upos != KG_UPOS_NOUN && tk[o - 1].upos != KG_UPOS_PROPN))
      continue;
    int ok = 1;
    for (uint32_t k = v + 1; k < o && ok; k++)
      ok = tk[k - 1].upos == KG_UPOS_DET || tk[k - 1].upos == KG_UPOS_ADJ || tk[k - 1].upos == KG_UPOS_NUM;
    for (uint32_t k = 1; k < v && ok; k++) {
      if ((uint32_t)tk[k - 1].head != v)
        continue;
      if (sj || !(rel_is(&tk[k - 1], "obl:unmarked") || rel_is(&tk[k - 1], "nsubj") || rel_is(&tk[k - 1], "compound") ||
                  rel_is(&tk[k - 1], "dep")) ||
          (tk[k - 1].upos != KG_UPOS_NOUN && tk[k - 1].upos != KG_UPOS_PROPN))
        ok = 0;
      sj = k;
    }
    for (uint32_t k = 1; k < v && ok && sj; k++)
      ok = under(tk, n, k, sj);
    if (!ok || !sj)
      continue;
    for (uint32_t k = 1; k <= n; k++)     /* the root's punctuation and clause words before v go to v */
      if ((uint32_t)tk[k - 1].head == r && k != o && (rel_is(&tk[k - 1], "punct") || k < v))
        tk[k - 1].head = (int32_t)v;
    tk[sj - 1].head = (int32_t)v;
    tk[sj - 1].deprel = "nsubj";
    tk[o - 1].head = (int32_t)v;
    tk[o - 1].deprel = "obj";
    tk[r - 1].head = (int32_t)v;
    tk[r - 1].deprel = "conj";
    t->head = 0;
    t->deprel = "root";
    t->upos = KG_UPOS_VERB;
    t->xpos = "VBD";
    return;
  }
}

static void conj_noun_verb(kg_token *tk, uint32_t n)
{
  for (uint32_t o = 4; o <= n; o++) {          /* o: 1-based, the noun */
    uint32_t h = (uint32_t)tk[o - 1].head, a = 0, sj = 0;
    int nroot = h && noun_root(tk, n) == h;    /* "Israel and then the US struck ...": a noun the root */
    if (!rel_is(&tk[o - 1], "conj") || tk[o - 1].upos != KG_UPOS_NOUN || !h || h >= o ||
        (tk[h - 1].upos != KG_UPOS_VERB && !nroot))
      continue;
    for (uint32_t k = 1; k < o; k++) {
      if ((uint32_t)tk[k - 1].head != o)
        continue;
      if (rel_is(&tk[k - 1], "nsubj"))
        sj = k;
      else if (rel_is(&tk[k - 1], "amod") && past_form(&tk[k - 1]) && sj)
        a = k;
    }
    if (!a || !sj || sj > a || (tk[sj - 1].upos != KG_UPOS_PRON && tk[sj - 1].upos != KG_UPOS_NOUN &&
                                tk[sj - 1].upos != KG_UPOS_PROPN))
      continue;
    int ok = 1;
    for (uint32_t k = sj + 1; k < a && ok; k++)  /* the subject's own phrase up to the form */
      ok = under(tk, n, k, sj);
    for (uint32_t k = a + 1; k < o && ok; k++)   /* only the noun's own modifiers after it */
      ok = (uint32_t)tk[k - 1].head >= a && under(tk, n, k, o) &&
           (tk[k - 1].upos == KG_UPOS_DET || tk[k - 1].upos == KG_UPOS_ADJ || tk[k - 1].upos == KG_UPOS_NUM ||
            tk[k - 1].upos == KG_UPOS_NOUN || tk[k - 1].upos == KG_UPOS_PROPN ||
            (tk[k - 1].upos == KG_UPOS_PART && rel_is(&tk[k - 1], "case")));
    for (uint32_t k = 1; k <= n && ok && nroot; k++)   /* no verb elsewhere */
      ok = k == a || (tk[k - 1].upos != KG_UPOS_VERB && tk[k - 1].upos != KG_UPOS_AUX);
    if (!ok || has_child(tk, n, a, ""))
      continue;
    for (uint32_t k = 1; k < sj; k++)            /* the noun's "and" and comma go to the verb (the subject) */
      if ((uint32_t)tk[k - 1].head == o)
        tk[k - 1].head = (int32_t)(nroot ? sj : a);
    if (nroot) {                                 /* the root noun the subject, the one after "and" its conj */
      for (uint32_t k = a + 1; k <= n; k++)
        if ((uint32_t)tk[k - 1].head == h && k != o)
          tk[k - 1].head = (int32_t)a;
      tk[sj - 1].head = (int32_t)h;
      tk[sj - 1].deprel = "conj";
      tk[h - 1].head = (int32_t)a;
      tk[h - 1].deprel = "nsubj";
      tk[a - 1].head = 0;
      tk[a - 1].deprel = "root";
    } else {
      tk[sj - 1].head = (int32_t)a;
      tk[a - 1].head = (int32_t)h;
      tk[a - 1].deprel = "conj";
    }
    tk[a - 1].upos = KG_UPOS_VERB;
    tk[a - 1].xpos = "VBD";
    tk[o - 1].head = (int32_t)a;
    tk[o - 1].deprel = "obj";
  }
}

static void ccomp_relative(kg_token *tk, uint32_t n)
{
  static const char *const acts[] = { "release", "free", "return", "repatriate", "deport", "expel", "extradite",
    "arrest", "detain", "execute", "kill", "pardon", "rescue", "evacuate", "exchange", "swap", "sentence",
    "hand", "transfer", "capture", "seize", "jail", "convict", "charge", "abduct", "kidnap", "welcome",
    "receive", "send", "deploy", "withdraw", NULL };
  for (uint32_t c = 3; c <= n; c++) {
    uint32_t v = (uint32_t)tk[c - 1].head, sj = 0;
    if (!v || v >= c || !rel_is(&tk[c - 1], "ccomp") || tk[v - 1].upos != KG_UPOS_VERB || !tk[v - 1].lemma ||
        !(xpos_is(&tk[c - 1], "VBD") || xpos_is(&tk[c - 1], "VBN")) || has_child(tk, n, v, "obj") ||
        has_child(tk, n, c, "obj") || has_child(tk, n, c, "aux") || has_child(tk, n, c, "mark") ||
        has_child(tk, n, c, "iobj") || has_child(tk, n, c, "ccomp") || has_child(tk, n, c, "xcomp"))
      continue;
    int act = 0;
    for (size_t k = 0; acts[k] && !act; k++)
      act = !strcmp(tk[v - 1].lemma, acts[k]);
    if (!act)
      continue;
    int nsj = 0;
    for (uint32_t k = 1; k <= n; k++)
      if ((uint32_t)tk[k - 1].head == c && tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5)) {
        sj = k;
        nsj++;
      }
    if (nsj != 1 || sj < v || sj > c || !rel_is(&tk[sj - 1], "nsubj") || tk[sj - 1].upos != KG_UPOS_NOUN)
      continue;
    int ok = 1;                                  /* the subject's phrase fills the gap up to the form */
    for (uint32_t k = v + 1; k < c && ok; k++)
      ok = under(tk, n, k, sj) || (tk[k - 1].upos == KG_UPOS_ADP || tk[k - 1].upos == KG_UPOS_ADV) ||
           rel_is(&tk[k - 1], "compound:prt");   /* ("handed over") */
    for (uint32_t k = v + 1; k < sj && ok; k++)
      ok = under(tk, n, k, sj) || (uint32_t)tk[k - 1].head == v;
    if (!ok)
      continue;
    tk[sj - 1].head = (int32_t)v;
    tk[sj - 1].deprel = "obj";
    tk[c - 1].head = (int32_t)sj;
    tk[c - 1].deprel = "acl";
    tk[c - 1].xpos = "VBN";
  }
}

/* The second-clause repair (the header comment). */
static void and_clause_object(kg_token *tk, uint32_t n)
{
  for (uint32_t k = 3; k + 2 <= n; k++) {
    kg_token *a = &tk[k - 1];
    uint32_t h = (uint32_t)a->head;
    if (a->upos != KG_UPOS_CCONJ || !kg_tree_word_is(a, "and") || !(rel_is(a, "obj") || rel_is(a, "dep")) ||
        !h || h >= k || tk[h - 1].upos != KG_UPOS_VERB || !kg_tree_word_is(&tk[k - 2], ","))
      continue;
    uint32_t sj = 0;
    for (uint32_t q = k + 1; q <= n && q <= k + 5 && !sj; q++)
      if ((uint32_t)tk[q - 1].head == h && rel_is(&tk[q - 1], "obj") &&
          (tk[q - 1].upos == KG_UPOS_NOUN || tk[q - 1].upos == KG_UPOS_PROPN))
        sj = q;
    if (!sj || sj + 1 > n)
      return;
    for (uint32_t q = k + 1; q < sj; q++)
      if (!under(tk, n, q, sj))
        return;
    uint32_t w = sj + 1;
    kg_token *v = &tk[w - 1];
    if (v->upos != KG_UPOS_VERB || !past_form(v))
      return;
    uint32_t o = 0;
    if (rel_is(v, "amod") && (uint32_t)v->head == w + 1 && (uint32_t)tk[w].head == sj)
      o = w + 1;                          /* ("signed" the amod of "agreements", the object of "governments") */
    else if (!(rel_is(v, "acl") && (uint32_t)v->head == sj))
      return;
    kg_token sa = *a, ss = tk[sj - 1], sv = *v, sc = tk[k - 2], so = o ? tk[o - 1] : *v;
    v->head = (int32_t)h;
    v->deprel = "conj";
    v->xpos = "VBD";
    tk[sj - 1].head = (int32_t)w;
    tk[sj - 1].deprel = "nsubj";
    a->head = (int32_t)w;
    a->deprel = "cc";
    tk[k - 2].head = (int32_t)w;
    tk[k - 2].deprel = "punct";
    if (o) {
      tk[o - 1].head = (int32_t)w;
      tk[o - 1].deprel = "obj";
    }
    if (!kg_tree_one(tk, n)) {
      *a = sa, tk[sj - 1] = ss, *v = sv, tk[k - 2] = sc;
      if (o)
        tk[o - 1] = so;
    }
    return;
  }
}

static int comma_at(const kg_token *tk, uint32_t k)
{
  return tk[k - 1].end - tk[k - 1].start == 1 && tk[k - 1].form[0] == ',';
}

/* Whether acl v may become the sentence's verb past relative clause rc: no
 * other verb or auxiliary outside the two, and v with no subject, marker,
 * auxiliary or agent of its own (with by: no "by" oblique either, "...,
 * backed by Iran"). */
static int lone_acl(const kg_token *tk, uint32_t n, uint32_t rc, uint32_t v, int by)
{
  for (uint32_t k = 1; k <= n; k++) {
    const kg_token *t = &tk[k - 1];
    if ((t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX) && !under(tk, n, k, rc) && !under(tk, n, k, v))
      return 0;
    if ((uint32_t)t->head == v && (!strncmp(t->deprel ? t->deprel : "", "nsubj", 5) || rel_is(t, "mark") ||
                                   !strncmp(t->deprel ? t->deprel : "", "aux", 3) || rel_is(t, "obl:agent")))
      return 0;
    if (by && (uint32_t)t->head == v && rel_is(t, "obl") && by_phrase(tk, n, k))
      return 0;
  }
  return 1;
}

/* "Brazil, which shares borders with both countries, called for restraint
 * and offered to mediate." (relcl_verb): the name the root, its relative
 * clause set off by commas, and the sentence's verb (VBD/VBN) right after
 * the closing comma hung as a reduced relative (acl) on a word of the
 * clause.  When no other verb or auxiliary stands outside the relative
 * clause and that acl, and the acl has no subject, auxiliary, marker or
 * "by" phrase, the acl becomes the root (VBD) and the name its subject. */
static void relcl_verb(kg_token *tk, uint32_t n)
{
  uint32_t r = noun_root(tk, n), rc = 0, v = 0;
  if (!r || tk[r - 1].upos != KG_UPOS_PROPN || r + 2 >= n || !comma_at(tk, r + 1))
    return;
  for (uint32_t k = r + 2; k <= n && !rc; k++)
    if ((uint32_t)tk[k - 1].head == r && rel_is(&tk[k - 1], "acl:relcl"))
      rc = k;
  for (uint32_t k = rc + 2; rc && k <= n && !v; k++)
    if (rel_is(&tk[k - 1], "acl") && comma_at(tk, k - 1) && (xpos_is(&tk[k - 1], "VBD") || xpos_is(&tk[k - 1], "VBN")))
      v = under(tk, n, (uint32_t)tk[k - 1].head, rc) ? k : n + 1;
  if (!v || v > n)
    return;
  for (uint32_t k = r + 2; k < v - 1; k++)
    if (!under(tk, n, k, rc))
      return;
  if (lone_acl(tk, n, rc, v, 1))
    reroot(tk, n, r, v, v + 1);
}

/* "Relations have improved since Sisi and President Erdogan exchanged
 * visits in 2024" (subordinate_verb): the parser reads "since" as a
 * preposition on the subject name (obl), the verb (VBD) as an amod of its
 * object and the object as an obj of the name, so the clause has no verb.
 * A past form (VBD, or VBN/JJ ending "-ed") hung as amod on a noun right
 * after it (only that noun's own modifiers between) that is the obj of a
 * noun, name or pronoun before the form, itself an oblique marked by
 * "since", "after", "before", "until", "once", "when" or "while" with only
 * its own words (conjuncts, titles) between it and the form, becomes an
 * adverbial clause (advcl, VBD) on the oblique's head: the oblique its
 * subject, the object its object, the marker its mark; the oblique's other
 * dependents after the form go to the verb. */
static int clause_marker(const kg_token *t)
{
  static const char *const m[] = { "since", "after", "before", "until", "once", "when", "while", NULL };
  size_t len = t->end - t->start;
  for (size_t i = 0; m[i]; i++)
    if (strlen(m[i]) == len && !strncasecmp(t->form, m[i], len))
      return 1;
  return 0;
}

static void subordinate_verb(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 2; v < n; v++) {
    kg_token *tv = &tk[v - 1];
    if (!rel_is(tv, "amod") || !(xpos_is(tv, "VBD") || ((xpos_is(tv, "VBN") || xpos_is(tv, "JJ")) && ends_ed(tv))))
      continue;
    uint32_t o = (uint32_t)tv->head, s = o ? (uint32_t)tk[o - 1].head : 0, c = 0;
    if (o <= v || !rel_is(&tk[o - 1], "obj") || !s || s >= v || !rel_is(&tk[s - 1], "obl") ||
        (tk[s - 1].upos != KG_UPOS_NOUN && tk[s - 1].upos != KG_UPOS_PROPN && tk[s - 1].upos != KG_UPOS_PRON))
      continue;
    int ok = 1;
    for (uint32_t k = v + 1; k < o && ok; k++)
      ok = (uint32_t)tk[k - 1].head == o;
    for (uint32_t k = s + 1; k < v && ok; k++)
      ok = under(tk, n, k, s);
    for (uint32_t k = 1; k < s && ok && !c; k++)
      if ((uint32_t)tk[k - 1].head == s && rel_is(&tk[k - 1], "case"))
        c = clause_marker(&tk[k - 1]) ? k : (ok = 0, 0);
    if (!ok || !c)
      continue;
    for (uint32_t k = o + 1; k <= n; k++)
      if ((uint32_t)tk[k - 1].head == s && !rel_is(&tk[k - 1], "punct")) {
        tk[k - 1].head = (int32_t)v;
        if (!strncmp(tk[k - 1].deprel ? tk[k - 1].deprel : "", "nmod", 4))
          tk[k - 1].deprel = "obl";
      }
    tv->head = tk[s - 1].head;
    tv->deprel = "advcl";
    tv->upos = KG_UPOS_VERB;
    tv->xpos = "VBD";
    tk[s - 1].head = (int32_t)v;
    tk[s - 1].deprel = "nsubj";
    tk[o - 1].head = (int32_t)v;
    tk[c - 1].head = (int32_t)v;
    tk[c - 1].deprel = "mark";
    tk[c - 1].upos = KG_UPOS_SCONJ;
  }
}

/* "Saudi Arabia and Qatar, which had paid Syria's debts, also praised the outcome." (conj_relcl_verb): two
 * names joined by "and" the root, a relative clause on the second set off by commas, and the sentence's verb
 * (VBD/VBN) after the closing comma (and its adverbs) hung as a reduced relative (acl) on the first name.  When
 * no other verb or auxiliary stands outside the relative clause and that acl, and the acl has no subject,
 * auxiliary, marker or "by" phrase, the acl becomes the root (VBD) and the first name its subject. */
static void conj_relcl_verb(kg_token *tk, uint32_t n)
{
  uint32_t r = noun_root(tk, n), c = r + 2, rc = 0, v = 0;
  if (!r || tk[r - 1].upos != KG_UPOS_PROPN || c + 2 >= n || !kg_tree_word_is(&tk[r], "and") ||
      tk[c - 1].upos != KG_UPOS_PROPN || (uint32_t)tk[c - 1].head != r || !rel_is(&tk[c - 1], "conj") ||
      !comma_at(tk, c + 1))
    return;
  for (uint32_t k = c + 2; k <= n && !rc; k++)
    if ((uint32_t)tk[k - 1].head == c && rel_is(&tk[k - 1], "acl:relcl"))
      rc = k;
  for (uint32_t k = rc + 2; rc && k <= n && !v; k++)
    if ((uint32_t)tk[k - 1].head == r && rel_is(&tk[k - 1], "acl") &&
        (xpos_is(&tk[k - 1], "VBD") || xpos_is(&tk[k - 1], "VBN")))
      v = k;
  if (!v)
    return;
  uint32_t cl = v - 1;                    /* the closing comma, past the verb's adverbs ("also") */
  while (cl > c + 2 && (uint32_t)tk[cl - 1].head == v && rel_is(&tk[cl - 1], "advmod"))
    cl--;
  if (!comma_at(tk, cl))
    return;
  for (uint32_t k = c + 2; k < cl; k++)
    if (!under(tk, n, k, rc))
      return;
  if (lone_acl(tk, n, rc, v, 0))
    reroot(tk, n, r, v, v + 1);
}

/* "Only three days before he landed in Moscow, on 2 July, Orban had visited
 * Kyiv": a sentence opening with a clause of time or reason is often parsed
 * with that clause's verb the root and the main clause a parataxis on it.
 * When the root verb has a subordinating mark before it ("before", "after",
 * "when", "while", "once", "until", "because", "although") and a later verb
 * with a subject of its own, after a comma, hangs on it as parataxis, that
 * verb becomes the root, the clause its advcl, the closing punctuation its,
 * and so does a phrase set off by a comma after the clause (", on 2 July,"). */
static void fronted_clause_root(kg_token *tk, uint32_t n)
{
  static const char *const marks[] = { "before", "after", "when", "while", "once", "until", "because",
                                       "although", "though", NULL };
  uint32_t r = 0, mk = 0, p = 0;
  for (uint32_t k = 1; k <= n && !r; k++)
    if (tk[k - 1].head == 0)
      r = k;
  if (!r || tk[r - 1].upos != KG_UPOS_VERB)
    return;
  for (uint32_t k = 1; k < r && !mk; k++)
    if ((uint32_t)tk[k - 1].head == r && rel_is(&tk[k - 1], "mark"))
      for (size_t w = 0; marks[w] && !mk; w++)
        if (kg_tree_word_is(&tk[k - 1], marks[w]))
          mk = k;
  for (uint32_t k = r + 2; mk && k <= n && !p; k++) {
    if ((uint32_t)tk[k - 1].head != r || !rel_is(&tk[k - 1], "parataxis") || tk[k - 1].upos != KG_UPOS_VERB)
      continue;
    for (uint32_t q = r + 2; q < k && !p; q++)
      if ((uint32_t)tk[q - 1].head == k && tk[q - 1].deprel && !strncmp(tk[q - 1].deprel, "nsubj", 5))
        for (uint32_t c = r + 1; c < q && !p; c++)
          p = comma_at(tk, c) && under(tk, n, c, k) ? k : 0;
    if (!p)
      return;
  }
  if (!p)
    return;
  for (uint32_t k = p + 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == r && rel_is(&tk[k - 1], "punct"))
      tk[k - 1].head = (int32_t)p;
  /* a phrase set off by a comma after the clause (", on 2 July 2024,") is the main clause's */
  for (uint32_t k = r + 2; k < p; k++) {
    if ((uint32_t)tk[k - 1].head != r || rel_is(&tk[k - 1], "punct"))
      continue;
    uint32_t st = k;
    for (uint32_t q = r + 1; q < k && st == k; q++)
      if (under(tk, n, q, k) && !comma_at(tk, q))
        st = q;
    if (st > r + 1 && comma_at(tk, st - 1))
      tk[k - 1].head = (int32_t)p;
  }
  tk[p - 1].head = 0;
  tk[p - 1].deprel = "root";
  tk[r - 1].head = (int32_t)p;
  tk[r - 1].deprel = "advcl";
}

static int lemma_in(const kg_token *t, const char *const *l)
{
  for (int k = 0; l[k] && t->lemma; k++)
    if (!strcmp(t->lemma, l[k]))
      return 1;
  return 0;
}

/* "It said X had ignored Y and warned that ...": the warning is the sayer's (see above). */
static void report_conj(kg_token *tk, uint32_t n)
{
  static const char *const rep[] = { "warn", "add", "urge", "insist", "threaten", "vow", "stress", "note", NULL };
  static const char *const say[] = { "say", "tell", "state", NULL };
  for (uint32_t c = 3; c <= n; c++) {
    kg_token *tc = &tk[c - 1];
    uint32_t h = (uint32_t)tc->head;
    if (!rel_is(tc, "conj") || tc->upos != KG_UPOS_VERB || !lemma_in(tc, rep) || !h || h >= c ||
        !rel_is(&tk[h - 1], "ccomp") || has_child(tk, n, c, "nsubj") || !has_child(tk, n, h, "nsubj"))
      continue;
    uint32_t s = (uint32_t)tk[h - 1].head;
    if (!s || s >= h || !lemma_in(&tk[s - 1], say) || !has_child(tk, n, s, "nsubj"))
      continue;
    if (has_child(tk, n, c, "ccomp") || (tc->lemma && !strcmp(tc->lemma, "urge") && has_child(tk, n, c, "xcomp")))
      tc->head = (int32_t)s;
  }
}

/* "was received at the palace by President X": X the passive's doer (see above). */
static void by_place_agent(kg_token *tk, uint32_t n)
{
  for (uint32_t b = 2; b <= n; b++) {
    kg_token *tb = &tk[b - 1];
    uint32_t h = (uint32_t)tb->head;
    if (tb->upos != KG_UPOS_PROPN || !rel_is(tb, "nmod") || !by_phrase(tk, n, b) || !h || h >= b)
      continue;
    int at = 0;
    for (uint32_t j = 1; j < h; j++)
      if ((uint32_t)tk[j - 1].head == h && rel_is(&tk[j - 1], "case") && tk[j - 1].lemma &&
          (!strcmp(tk[j - 1].lemma, "at") || !strcmp(tk[j - 1].lemma, "in")))
        at = 1;
    uint32_t v = h;                        /* up through nmods and obls to the verb */
    for (int k = 0; at && k < 4 && v && tk[v - 1].upos != KG_UPOS_VERB; k++)
      v = rel_is(&tk[v - 1], "nmod") || !strncmp(tk[v - 1].deprel ? tk[v - 1].deprel : "", "obl", 3) ?
            (uint32_t)tk[v - 1].head : 0;
    if (!at || !v || tk[v - 1].upos != KG_UPOS_VERB || !has_child(tk, n, v, "aux:pass") ||
        has_child(tk, n, v, "obl:agent"))
      continue;
    tb->head = (int32_t)v;
    tb->deprel = "obl:agent";
  }
}

/* "blamed joint military drills by the United States": the drills' doer (see above). */
static void by_object(kg_token *tk, uint32_t n)
{
  for (uint32_t a = 3; a <= n; a++) {
    kg_token *ta = &tk[a - 1];
    uint32_t v = (uint32_t)ta->head, o = 0;
    if (!rel_is(ta, "obl:agent") || !v || v >= a || tk[v - 1].upos != KG_UPOS_VERB ||
        !has_child(tk, n, v, "nsubj") || has_child(tk, n, v, "nsubj:pass") || has_child(tk, n, v, "aux:pass"))
      continue;
    for (uint32_t k = v + 1; k < a && !o; k++)
      if ((uint32_t)tk[k - 1].head == v && rel_is(&tk[k - 1], "obj") && tk[k - 1].upos == KG_UPOS_NOUN)
        o = k;
    if (!o)
      continue;
    uint32_t k = o + 1;                    /* nothing but the "by" phrase's own words after the object */
    while (k < a && under(tk, n, k, a))
      k++;
    if (k == a) {
      ta->head = (int32_t)o;
      ta->deprel = "nmod";
    }
  }
}

/* "Israel sold Cyprus an air defence system", "sold Greece fighter jets",
 * "selling it rocket launchers": the buyer an indirect object (see above). */
static void transfer_iobj(kg_token *tk, uint32_t n)
{
  static const char *const give[] = { "sell", "give", "send", "offer", "grant", "lend", NULL };
  for (uint32_t v = 1; v + 1 < n; v++) {
    const kg_token *tv = &tk[v - 1];
    int g = -1;
    for (int k = 0; give[k] && tv->lemma; k++)
      if (!strcmp(tv->lemma, give[k]))
        g = k;
    if (g < 0 || tv->upos != KG_UPOS_VERB)
      continue;
    kg_token *p = &tk[v];                  /* the word right after the verb */
    int name = p->upos == KG_UPOS_PROPN || (p->upos == KG_UPOS_PRON && p->xpos && !strcmp(p->xpos, "PRP"));
    if (!name)
      continue;
    uint32_t o2 = 0;                       /* a second object after it */
    for (uint32_t k = v + 2; k <= n && !o2; k++)
      if ((uint32_t)tk[k - 1].head == v && rel_is(&tk[k - 1], "obj") && tk[k - 1].upos == KG_UPOS_NOUN)
        o2 = k;
    if ((uint32_t)p->head == v && rel_is(p, "obj") && o2) {
      p->deprel = "iobj";
      continue;
    }
    uint32_t h = (uint32_t)p->head;
    if (!h || h > n || h <= v + 1 || tk[h - 1].upos != KG_UPOS_NOUN)
      continue;
    if (rel_is(p, "compound") && (g == 0 || g == 2 || g == 5) && p->upos == KG_UPOS_PROPN &&
        (uint32_t)tk[h - 1].head == v && rel_is(&tk[h - 1], "obj")) {
      uint32_t q = v + 1;                  /* the name's last word: names up to a common word */
      while (q + 1 < h && tk[q].upos == KG_UPOS_PROPN)
        q++;
      for (uint32_t k = v + 1; k < q; k++)
        if ((uint32_t)tk[k - 1].head != h && (uint32_t)tk[k - 1].head != q)
          return;
      for (uint32_t k = v + 1; k < q; k++)
        tk[k - 1].head = (int32_t)q;
      tk[q - 1].head = (int32_t)v;
      tk[q - 1].deprel = "iobj";
      continue;
    }
    if (rel_is(p, "nsubj") && (uint32_t)tk[h - 1].head == v &&
        (rel_is(&tk[h - 1], "ccomp") || rel_is(&tk[h - 1], "xcomp"))) {
      if (has_child(tk, n, h, "cop") || has_child(tk, n, h, "aux"))
        return;
      p->head = (int32_t)v;
      p->deprel = "iobj";
      tk[h - 1].deprel = "obj";
    }
  }
}

void kg_treeverb_sentence(kg_token *tk, uint32_t n)
{
  and_clause_object(tk, n);
  subordinate_verb(tk, n);
  ccomp_relative(tk, n);
  amod_verb_and(tk, n);
  conj_noun_verb(tk, n);
  name_conj_object(tk, n);
  participle_conj(tk, n);
  quoted_predicate(tk, n);
  fronted_clause_root(tk, n);
  transfer_iobj(tk, n);
  report_conj(tk, n);
  by_place_agent(tk, n);
  by_object(tk, n);
  if (n >= 4) {
    adjective_verb(tk, n);
    acl_verb(tk, n);
    relcl_verb(tk, n);
    conj_relcl_verb(tk, n);
  }
}
