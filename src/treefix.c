/* treefix.c — repairs of dependency trees after parsing, for constructions
 * of news prose the parser gets wrong in a known, checkable way.
 *
 * Owns: kg_treefix_run (called by the pipeline after the parser) and its
 * repairs; each one changes heads and labels of one sentence only where the
 * words themselves show the intended tree.
 * Does not own: the parser (parser*.c), the tags, event coding (which reads
 * the repaired trees like any other).
 *
 * Repairs:
 * - A subject with a relative clause between commas opening the sentence:
 *   "China, which supplies many of the chemicals, criticised the tariffs"
 *   is often parsed with "China" as the root and "criticised" inside the
 *   relative clause (ccomp of "supplies", with "many" as its subject), and
 *   "Hungary, whose prime minister has kept close ties with X, has vetoed
 *   Y" with "kept" as the root ("Hungary" tagged INTJ, "vetoed" its conj).
 *   When the sentence opens with a noun or a name, a comma and a "which",
 *   "who" or "whose" clause, and a verb after a later comma (finite, a simple
 *   past the tagger read as a participle, "..., spoke by telephone", or a
 *   participle or base form after its auxiliary: "..., did not oppose")
 *   stands inside that clause with no
 *   subject after the comma (or a copula on a noun or adjective: "...,
 *   is a member of Y", the noun or adjective the verb here), the verb becomes the root, the noun its
 *   subject and the clause the noun's acl:relcl; what the verb had taken
 *   from inside the clause goes back to the clause's verb (a subject there
 *   becomes its object).  The repair is undone if the result is not one
 *   tree.
 * - The same with a participle clause between the commas: "Mali's military
 *   government, led by General X since the coups of 2020 and 2021, expelled
 *   French troops" parsed with the noun as the root and "expelled" a
 *   participle (acl) inside the clause.  When the noun is the root, the
 *   clause after its comma opens with a past participle on it, and a verb
 *   after a later comma (a past form with no auxiliary) stands inside the
 *   clause with no subject of its own and no "by" phrase (not a second
 *   participle: "..., backed by Y, ..."), the verb becomes the root (a past
 *   tense), the noun its subject and the participle clause the noun's acl.
 * - A second object after a date: "visited Laos in May and Vietnam in June"
 *   is often parsed with "Vietnam" a conjunct of the month.  When a name
 *   (not itself a month or a day), after "and" or "or", is the conjunct of
 *   a month or weekday that is an oblique of a verb with an object before
 *   it, the name becomes the object's conjunct.
 * - A means of talking with the partner hung on it: "spoke by telephone
 *   with the Estonian prime minister" is often parsed with "with ..." as
 *   an nmod of "telephone"; the partner goes to the verb (obl), as in
 *   "spoke with X by telephone".  Means: telephone, phone, video,
 *   videolink, videoconference, link, call after "by", "via" or "over".
 * - "withdraw its troops from neighbouring Lebanon", "fled to neighboring
 *   Chad": "neighbouring" is often tagged a verb, its preposition a
 *   subordinator and the name its object (a gerund clause).  When
 *   "neighbouring" or "neighboring" heads such a clause (advcl or acl, a
 *   mark before it, a name right after it as its object, no dependent
 *   before it but the mark), the name takes the clause's place (obl on a
 *   verb, nmod on a noun), the marker becomes its case, "neighbouring" its
 *   adjective and what followed the name the clause's head's; unmarked as
 *   a verb's xcomp or ccomp ("accused neighbouring Chad of"), the name is
 *   that verb's object.
 * - A past participle clause opening the sentence: "Signed in Karachi in
 *   1960 by X and Y, the treaty gave India ..." is often parsed with the
 *   participle as the root and the main verb its parataxis (or ccomp or
 *   conj).  When the first word is a past participle (VBN) that is the
 *   root, and after its first comma a finite verb hung on the clause
 *   (parataxis, ccomp, conj, or acl:relcl of a name in it) has a subject of
 *   its own after that comma (no relative pronoun), the verb becomes the
 *   root, the participle its advcl, and what the clause held from the
 *   comma on the verb's.
 *   The repair is undone if the result is not one tree.
 * - A past verb conjoined to a noun: in "X said Turkey would never accept
 *   the ruling and called on Iraq to ..." the parser may make "called" a
 *   conjunct of "ruling" (or, with the object quoted, "... \"never accept a
 *   ruling written to punish us\" and called on ...", of "written").  A verb
 *   tagged past (VBD, or VBN with no auxiliary) after "and", with no subject
 *   of its own, that is the conj of a noun, or of any word inside a
 *   quotation that closes right before the "and", becomes the conj of the
 *   nearest past-tense verb (VBD) above (before the quotation), and is
 *   tagged VBD like it.  The same for the conj of an infinitive (a base
 *   form with "to" or a modal of its own), which no past verb can be
 *   coordinated with: "said the island would not bow to pressure and
 *   accused Washington of lying" ("pressure" tagged a verb, "accused" its
 *   conjunct) tells what "said" did; not a verb whose past is its base
 *   form ("would restrict access and put a cap on": "put" is the
 *   infinitive's conjunct).
 * - A past verb tagged a participle after a progressive: in "said it was
 *   watching closely and urged restraint" the parser tags "urged" VBN, the
 *   conjunct of "watching", as if "was" made it a passive.  A VBN after
 *   "and", the conj of a present participle (VBG) with a form of "be" as
 *   its auxiliary, with an object (no passive has one) and no subject or
 *   auxiliary of its own, is a past tense (VBD).
 * - A participle on an object taken for an adverbial: "prompting unions
 *   representing 4.5m workers to threaten action" is parsed with
 *   "representing" an advcl of "prompting" (and "threaten" its purpose,
 *   done by whoever prompts).  A present participle (VBG) with an object
 *   of its own and no subject or marker, right after the common noun that
 *   is the object of the verb it hangs on as an advcl, is that noun's acl.
 * - A sentence parsed as one noun phrase: "Thousands of protesters rallied
 *   in central Seoul." is parsed with "Thousands" the root and "rallied" a
 *   participle on "protesters".  In a sentence ending with a full stop
 *   whose root is a common noun and whose one verb (no auxiliary anywhere)
 *   is a past participle (VBN) hung as an acl on the root or on an nmod of
 *   it, after it, with no object, subject or "by" agent, the verb is the
 *   root (a past tense) and the noun its subject (not a heading: "Two
 *   soldiers killed in blast" has no stop).
 * - A verb taken for an adjective of its object after a subject with a
 *   place: "Riot police in Harare used tear gas ..." and "The ruling party
 *   in Zimbabwe accused opposition activists of ..." are parsed with the
 *   object noun the root and the verb (VBN or VBD) its amod.  In a sentence
 *   ending with a full stop whose root is a common noun and whose words up
 *   to it hold no other verb and no auxiliary, when such a verb opens the
 *   root's phrase and everything before it is one noun phrase hung on the
 *   root that ends in a prepositional phrase of its head ("police in
 *   Harare"), the verb is the root (a past tense), the phrase's head its
 *   subject and the noun its object; the stop, verbs conjoined to the noun
 *   and clauses on it go to the verb ("..., state radio reported").  (This
 *   is treeverb.c's repair for a sentence with verbs after the root, which
 *   that one leaves alone, and only after a subject with a place.)
 * - A second clause taken for a noun: in "protesters rallied in Seoul, and
 *   police detained 16 students" the parser makes "police" a conjunct of
 *   "rallied" and "detained" a participle on it.  A past participle (VBN)
 *   with an object and no subject or auxiliary, an acl of the common noun
 *   right before it that follows "and" and is the conj of an earlier verb,
 *   is that verb's conjunct (a past tense) and the noun its subject.
 * - A name coordinated after a name's apposition: in "signed by Crown
 *   Prince X, the kingdom's de facto ruler, and Y, Pakistan's prime
 *   minister" the parser makes "Y" a conjunct of "ruler".  A name (PROPN)
 *   conjoined by "and"/"or" after a comma to a common noun that stands in
 *   apposition to an earlier name is a conjunct of that name.
 * - A verb after "and" parsed as a complement: after a closing quote, "X
 *   said that Y "will not stand by," and accused Z of ..." is often parsed
 *   with "accused" a ccomp of "said" and "and" its object.  A finite verb
 *   (or a participle with no auxiliary) right after "and" or "but", a
 *   ccomp of an earlier verb that has a subject, with no subject or
 *   auxiliary of its own (and "and" with no dependents),
 *   is that verb's conjunct, "and" its cc; when a quote closes between
 *   them and the earlier verb is a ccomp, the verb that tells it is the
 *   one joined ("said ... "would never stand aside," and accused").  The same repair also takes a
 *   time of day ("met X in the morning and Y in the afternoon") where the
 *   second-object repair takes a month or weekday.
 * - The goods of a rate: "imposed tariffs of up to 35 percent on electric
 *   vehicles" is often parsed with "on ..." an nmod of "percent".  An
 *   "on" or "against" nmod of a rate ("percent", "per cent", "%" or a
 *   number) that is the "of" nmod of a noun goes to that noun (nmod), or
 *   to its verb (obl) when the noun is the verb's object, as in "imposed
 *   tariffs on X".
 * - The day of a main verb hung on a participle in its object: "imposed
 *   duties on cars made in China on Thursday" is often parsed with "on
 *   Thursday" an oblique of "made".  An "on" + weekday oblique of a past
 *   participle of provenance ("made", "produced", "manufactured", "built",
 *   "assembled", "grown": goods described, no act told) that is an acl (a
 *   reduced relative: no subject, no auxiliary, no "by" agent) goes to the
 *   nearest verb above it, when that verb has no day or month oblique of
 *   its own (not "the declaration signed on Sunday": a deed of its own).
 * - A surname opening the sentence taken for a bare noun of time: "Wang
 *   visited Brussels last month" is sometimes parsed with "Wang" an
 *   obl:unmarked of "visited".  A capitalised first word (not a day, a
 *   month or a word of time) right before the finite verb it hangs on as
 *   an unmarked oblique or nominal modifier, the verb having no subject,
 *   is the verb's subject (a root participle with no auxiliary, tagged so
 *   for want of a subject, becomes a past tense); also with an apposition
 *   between commas before the verb ("Azerbaijan, Turkey's closest ally,
 *   sent 200 rescuers", the name an obl:unmarked of a root "sent" VBN).
 * - A reported passive taken for a participle on the object: "said the
 *   contracts, worth about 9 billion euros, were signed by ..." is often
 *   parsed with "signed" an acl of "contracts".  A participle acl with a
 *   finite auxiliary of its own (no reduced relative has one) and no
 *   subject or marker, on the object of a verb, is that verb's ccomp and
 *   the object its subject (nsubj:pass after a passive auxiliary).
 * - The end of a range hung on its start: "switched its recognition from
 *   Taiwan to China" is often parsed with "to China" an nmod of "Taiwan".
 *   A "to" nmod of a noun or name that is itself a "from" phrase (nmod or
 *   obl) before it goes to the head of the "from" phrase, with its label.
 * - A Korean given name whose first syllable is an English word: "General
 *   Park An-su, who was named ..., issued a decree" is tagged with "An" a
 *   determiner and parsed with "Park" the subject of "su".  A capitalised
 *   word of at most three letters (not tagged a name) right after a
 *   capitalised name, joined by a hyphen to a lower-case syllable of at
 *   most four letters, is the name's: the surname takes the attachment the
 *   span had outside it (its own, else the syllable's), the syllables
 *   become its flat names (tagged NNP), and what hung on them hangs on it
 *   (an nmod with no case marker becomes an appos).  Undone if the result is not one tree.
 * - A finite verb joined to an infinitive: "Belarus has allowed Russian
 *   forces to use its territory and has hosted their weapons" is often
 *   parsed with "hosted" a conjunct of "use".  An infinitive has no tensed
 *   conjunct: a conj verb right after "and" or "but" (or its auxiliary or
 *   an adverb) with a finite auxiliary of its own (has, was, will ...) and
 *   no subject, on an infinitive (with "to" or a modal), is the conjunct of
 *   the nearest verb above that is finite or has a finite auxiliary (a past
 *   tense with no auxiliary on an infinitive: the past-verb-on-a-noun
 *   repair above).
 * - A name opening the sentence with an apposition between commas:
 *   "Hungary, a member of both the EU and NATO, has refused to ..." is
 *   sometimes parsed with the name a discourse word (tagged INTJ) of the
 *   verb and the apposition's noun its subject, so that the act goes to the
 *   bloc the noun is a member of.  When the first words up to a comma are
 *   capitalised names (PROPN, or INTJ not an interjection) hanging as one,
 *   not as a subject or an apposition, on a verb after the apposition or
 *   on that verb's subject after the comma, and the words
 *   after the comma, opening with "a", "an" or "the", are the subtree of
 *   that verb's subject up to a second comma, followed by the verb (its
 *   auxiliaries, adverbs, "not"), the name becomes the subject (with the
 *   noun's label) and the noun its appos.  Undone if not one tree.
 * - A verb taken for a part of the subject's name: "President X Y,
 *   speaking to ambassadors this month, said that ..." is sometimes parsed
 *   with the name as the root and "said" a flat of it.  A finite verb
 *   (VBD, VBZ, VBP) right after a comma, labelled flat on a name (PROPN)
 *   that is the root, with no subject of its own, becomes the root and the
 *   name its subject; what hung on the name after the verb is the verb's.
 *   Undone if not one tree.
 */
#include <ctype.h>
#include <string.h>
#include "treefix.h"
#include "treeverb.h"
#include "clausefix.h"
#include "lemma.h"

#define KG_TREEFIX_MAX 128   /* longer sentences are left alone */

static int is_finite(const kg_token *t)
{
  return t->upos == KG_UPOS_VERB && t->xpos &&
         (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBZ") || !strcmp(t->xpos, "VBP"));
}

/* Has tk[k - 1] a dependent with a label starting with rel (clausefix.c)? */
static int has_dep(const kg_token *tk, uint32_t n, uint32_t k, const char *rel)
{
  return kg_tree_has_dep(tk, n, k, rel, 1);
}

/* A closing quotation mark: ", '' or the right double quote. */
static int closing_quote(const kg_token *t)
{
  return kg_tree_word_is(t, "\"") || kg_tree_word_is(t, "''") || kg_tree_word_is(t, "\xE2\x80\x9D");
}

/* The verb after the relative clause's closing comma: a finite verb, or a
 * participle with its auxiliary after the comma ("..., has vetoed"), or a
 * past participle with an object and no auxiliary (a past tense misread),
 * with no subject of its own after the comma; or the noun or adjective a
 * copula after the comma joins ("..., is a member of Y"); 0 when none.
 * *comma is set. */
static uint32_t main_verb_after(const kg_token *tk, uint32_t n, uint32_t v1, uint32_t *comma)
{
  for (uint32_t k = v1 + 1; k < n; k++) {
    if (!kg_tree_word_is(&tk[k - 1], ","))
      continue;
    uint32_t q = k + 1;
    int aux = 0;                          /* ("..., did not oppose", "..., would not veto") */
    while (q <= n && (tk[q - 1].upos == KG_UPOS_ADV || tk[q - 1].upos == KG_UPOS_AUX ||
                      (tk[q - 1].upos == KG_UPOS_PART &&
                       (kg_tree_word_is(&tk[q - 1], "not") || kg_tree_word_is(&tk[q - 1], "n't"))))) {
      aux |= tk[q - 1].upos == KG_UPOS_AUX;
      q++;
    }
    /* "..., is a member of Y": a copula after the comma, on the noun or
     * adjective after it, with no subject of its own */
    uint32_t cop = 0;
    for (uint32_t j = k + 1; j < q && q <= n && tk[q - 1].upos != KG_UPOS_VERB; j++)
      if (tk[j - 1].upos == KG_UPOS_AUX && tk[j - 1].deprel && !strcmp(tk[j - 1].deprel, "cop"))
        cop = j;
    uint32_t p = cop ? (uint32_t)tk[cop - 1].head : 0;
    if (p > cop && p <= n && tk[p - 1].xpos && (tk[p - 1].upos == KG_UPOS_NOUN || tk[p - 1].upos == KG_UPOS_ADJ)) {
      for (uint32_t j = k + 1; j <= n; j++)
        if ((uint32_t)tk[j - 1].head == p && tk[j - 1].deprel && !strncmp(tk[j - 1].deprel, "nsubj", 5))
          return 0;
      *comma = k;
      return p;
    }
    if (q > n || tk[q - 1].upos != KG_UPOS_VERB || !tk[q - 1].xpos)
      continue;
    /* (a past participle with no auxiliary but an object of its own is a
     * past tense the tagger misread: "..., expressed solidarity with Y") */
    int obj = 0;
    for (uint32_t j = q + 1; j <= n && !aux; j++)
      obj |= (uint32_t)tk[j - 1].head == q && tk[j - 1].deprel && !strcmp(tk[j - 1].deprel, "obj");
    int po = 0;                           /* ("..., spoke by telephone": a past the tagger read as VBN) */
    kg_lemma_irregular(tk[q - 1].form, &po);
    po = po && !aux;
    if (!(is_finite(&tk[q - 1]) || po || (aux && (!strcmp(tk[q - 1].xpos, "VBN") || !strcmp(tk[q - 1].xpos, "VBG") ||
                                            !strcmp(tk[q - 1].xpos, "VB"))) ||
          (obj && !strcmp(tk[q - 1].xpos, "VBN") && !(q < n && kg_tree_word_is(&tk[q], "by")))))
      continue;
    for (uint32_t j = k + 1; j <= n; j++)
      if ((uint32_t)tk[j - 1].head == q && tk[j - 1].deprel && !strncmp(tk[j - 1].deprel, "nsubj", 5))
        return 0;                         /* (a subject of its own after the comma) */
    *comma = k;
    return q;
  }
  return 0;
}

/* The verb after a participle clause's closing comma: a past form (the
 * tagger's VBD or VBN) with no auxiliary, no subject and no "by" phrase of
 * its own; 0 when none.  *comma is set. */
static uint32_t past_verb_after(const kg_token *tk, uint32_t n, uint32_t v1, uint32_t *comma)
{
  for (uint32_t k = v1 + 1; k < n; k++) {
    if (!kg_tree_word_is(&tk[k - 1], ","))
      continue;
    uint32_t q = k + 1;
    while (q <= n && tk[q - 1].upos == KG_UPOS_ADV)
      q++;
    if (q > n || tk[q - 1].upos != KG_UPOS_VERB || !tk[q - 1].xpos ||
        (strcmp(tk[q - 1].xpos, "VBD") && strcmp(tk[q - 1].xpos, "VBN")))
      continue;
    for (uint32_t j = 1; j <= n; j++)
      if ((uint32_t)tk[j - 1].head == q && tk[j - 1].deprel &&
          (!strncmp(tk[j - 1].deprel, "nsubj", 5) || !strncmp(tk[j - 1].deprel, "aux", 3) ||
           !strcmp(tk[j - 1].deprel, "obl:agent")))
        return 0;
    if (q < n && kg_tree_word_is(&tk[q], "by"))
      return 0;
    *comma = k;
    return q;
  }
  return 0;
}

/* The relative-clause subject repair on the sentence's tokens tk[0..n)
 * (the header comment); the saved copy is put back if the result is not
 * one tree. */
static void relcl_subject(kg_token *tk, uint32_t n, kg_token *save)
{
  /* "X, which|who|whose ..." at the sentence's first comma */
  uint32_t c0 = 0;
  for (uint32_t k = 2; k < n && !c0; k++)
    if (kg_tree_word_is(&tk[k - 1], ","))
      c0 = k;
  if (!c0 || c0 + 1 > n)
    return;
  /* the noun phrase's head: its rightmost noun or name headed outside it
   * ("Mr Howard, whose ...": "Mr", with "Howard" its flat) */
  uint32_t x = 0, rel = c0 + 1;
  for (uint32_t k = c0 - 1; k >= 1 && !x; k--)
    if ((tk[k - 1].head == 0 || (uint32_t)tk[k - 1].head >= c0) &&
        (tk[k - 1].upos == KG_UPOS_PROPN || tk[k - 1].upos == KG_UPOS_NOUN ||
         (tk[k - 1].upos == KG_UPOS_INTJ && k == 1 && tk[0].form[0] >= 'A' && tk[0].form[0] <= 'Z')))
      x = k;                              /* (a name tagged INTJ: "Hungary, whose ...") */
  if (!x)
    return;
  uint32_t v1 = 0;
  int part = 0;                           /* a participle clause: "X, led by Y, VERB" */
  if (tk[rel - 1].upos == KG_UPOS_VERB && tk[rel - 1].xpos && !strcmp(tk[rel - 1].xpos, "VBN") &&
      (uint32_t)tk[rel - 1].head == x && tk[x - 1].head == 0 && tk[rel - 1].deprel &&
      !strncmp(tk[rel - 1].deprel, "acl", 3)) {
    v1 = rel;
    part = 1;
  } else if (kg_tree_word_is(&tk[rel - 1], "which") || kg_tree_word_is(&tk[rel - 1], "who"))
    v1 = (uint32_t)tk[rel - 1].head;
  else if (kg_tree_word_is(&tk[rel - 1], "whose") && tk[rel - 1].head > 0) {
    uint32_t wh = (uint32_t)tk[rel - 1].head;   /* "whose prime minister ... has kept": the noun's head; */
    v1 = tk[wh - 1].upos == KG_UPOS_VERB ? wh : (uint32_t)tk[wh - 1].head;  /* or "whose" hung on the verb */
  }
  if (!v1 || v1 < rel + !part || tk[v1 - 1].upos != KG_UPOS_VERB)
    return;
  /* misparsed: the noun is the root with the clause on it and the main verb
   * inside the clause, or the clause's verb is the root with the noun under it */
  int noun_root = tk[x - 1].head == 0 && (uint32_t)tk[v1 - 1].head == x;
  int verb_root = tk[v1 - 1].head == 0 && kg_tree_under(tk, n, x, v1);
  if (!noun_root && !verb_root)
    return;
  uint32_t comma = 0, v2 = part ? past_verb_after(tk, n, v1, &comma) : main_verb_after(tk, n, v1, &comma);
  if (!v2 || !kg_tree_under(tk, n, v2, v1))
    return;
  memcpy(save, tk, n * sizeof *tk);
  for (uint32_t k = x + 1; k < comma; k++)
    if ((uint32_t)tk[k - 1].head == v2) {
      tk[k - 1].head = (int32_t)v1;
      if (tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5))
        tk[k - 1].deprel = "obj";
    }
  for (uint32_t k = comma + 1; k <= n; k++)
    if (k != v2 && ((uint32_t)tk[k - 1].head == x || (uint32_t)tk[k - 1].head == v1))
      tk[k - 1].head = (int32_t)v2;       /* (the final full stop) */
  tk[comma - 1].head = (int32_t)v1;
  tk[comma - 1].deprel = "punct";
  tk[v2 - 1].head = 0;
  tk[v2 - 1].deprel = "root";
  tk[x - 1].head = (int32_t)v2;
  tk[x - 1].deprel = "nsubj";
  tk[v1 - 1].head = (int32_t)x;
  tk[v1 - 1].deprel = part ? "acl" : "acl:relcl";
  int v2aux = 0;
  for (uint32_t k = comma + 1; k < v2; k++)
    v2aux |= tk[k - 1].upos == KG_UPOS_AUX;
  if (!strcmp(tk[v2 - 1].xpos, "VBN") && (part || !v2aux))
    tk[v2 - 1].xpos = "VBD";
  if (!kg_tree_one(tk, n))
    memcpy(tk, save, n * sizeof *tk);
}

/* A month, a weekday, or a time of day ("in the morning"). */
static int date_word(const kg_token *t)
{
  return kg_tree_month_or_day(t) || kg_tree_word_is(t, "morning") || kg_tree_word_is(t, "afternoon") ||
         kg_tree_word_is(t, "evening");
}

/* The second-object repair (the header comment) on tk[0..n). */
static void object_after_date(kg_token *tk, uint32_t n)
{
  for (uint32_t c = 1; c <= n; c++) {
    uint32_t h = tk[c - 1].head > 0 ? (uint32_t)tk[c - 1].head : 0;
    if (!h || h >= c || tk[c - 1].upos != KG_UPOS_PROPN || !tk[c - 1].deprel || strcmp(tk[c - 1].deprel, "conj") ||
        date_word(&tk[c - 1]) || !date_word(&tk[h - 1]) || !tk[h - 1].deprel ||
        strncmp(tk[h - 1].deprel, "obl", 3) || tk[h - 1].head <= 0)
      continue;
    uint32_t v = (uint32_t)tk[h - 1].head, o = 0, cc = 0;
    for (uint32_t k = h + 1; k < c && !cc; k++)   /* (joined by "and"/"or": not "on Monday, its minister") */
      if ((uint32_t)tk[k - 1].head == c && (kg_tree_word_is(&tk[k - 1], "and") || kg_tree_word_is(&tk[k - 1], "or")))
        cc = k;
    if (tk[v - 1].upos != KG_UPOS_VERB || !cc)
      continue;
    for (uint32_t k = 1; k < h && !o; k++)
      if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "obj") &&
          (tk[k - 1].upos == KG_UPOS_PROPN || tk[k - 1].upos == KG_UPOS_NOUN))
        o = k;
    if (o)
      tk[c - 1].head = (int32_t)o;       /* (still a conj; one tree: o is not under c) */
  }
}

/* The means-of-talking repair (the header comment). */
static void means_partner(kg_token *tk, uint32_t n)
{
  static const char *const means[] = { "telephone", "phone", "video", "videolink", "videoconference",
    "link", "call", NULL };
  static const char *const by[] = { "by", "via", "over", NULL };
  for (uint32_t m = 1; m <= n; m++) {
    kg_token *t = &tk[m - 1];
    int32_t v = t->head;
    if (v <= 0 || !t->deprel || strncmp(t->deprel, "obl", 3) || tk[v - 1].upos != KG_UPOS_VERB)
      continue;
    int is_means = 0, has_by = 0;
    for (int k = 0; means[k]; k++)
      is_means |= kg_tree_word_is(t, means[k]);
    for (uint32_t c = 1; is_means && c < m; c++)
      for (int k = 0; by[k]; k++)
        has_by |= (uint32_t)tk[c - 1].head == m && kg_tree_word_is(&tk[c - 1], by[k]);
    if (!has_by)
      continue;
    for (uint32_t x = m + 1; x <= n; x++) {
      if ((uint32_t)tk[x - 1].head != m || !tk[x - 1].deprel || strcmp(tk[x - 1].deprel, "nmod"))
        continue;
      int with = 0;
      for (uint32_t c = m + 1; c < x; c++)
        with |= (uint32_t)tk[c - 1].head == x && kg_tree_word_is(&tk[c - 1], "with");
      if (with) {
        tk[x - 1].head = v;
        tk[x - 1].deprel = "obl";
      }
    }
  }
}

/* The "from neighbouring X" repair on tokens tk[0..n) (the header comment). */
static void neighbouring(kg_token *tk, uint32_t n)
{
  for (uint32_t j = 1; j < n; j++) {      /* j: 1-based index of "neighbouring" */
    kg_token *nb = &tk[j - 1];
    if ((!kg_tree_word_is(nb, "neighbouring") && !kg_tree_word_is(nb, "neighboring")) || nb->upos != KG_UPOS_VERB ||
        !nb->deprel || nb->head <= 0)
      continue;
    int clause = !strncmp(nb->deprel, "advcl", 5) || !strcmp(nb->deprel, "acl");
    if (!clause && strcmp(nb->deprel, "xcomp") && strcmp(nb->deprel, "ccomp"))
      continue;
    kg_token *nm = &tk[j];                 /* the name right after it */
    kg_token *mk = j >= 2 ? &tk[j - 2] : NULL;   /* the marker right before it */
    int marked = mk && (uint32_t)mk->head == j && mk->deprel && !strcmp(mk->deprel, "mark");
    if ((uint32_t)nm->head != j || nm->upos != KG_UPOS_PROPN || (clause && !marked) || (!clause && marked))
      continue;
    int before = 0;                        /* nothing of its own before it but the marker */
    for (uint32_t k = 1; k < j; k++)
      before |= (uint32_t)tk[k - 1].head == j && !(marked && k == j - 1);
    if (before)
      continue;
    const kg_token *h = &tk[nb->head - 1];
    for (uint32_t k = j + 2; k <= n; k++)  /* "... Somalia on Monday": the head's */
      if ((uint32_t)tk[k - 1].head == j)
        tk[k - 1].head = nb->head;
    nm->head = nb->head;
    nm->deprel = !marked ? "obj" : h->upos == KG_UPOS_NOUN || h->upos == KG_UPOS_PROPN ? "nmod" : "obl";
    if (marked) {
      mk->head = (int32_t)(j + 1);
      mk->deprel = "case";
      mk->upos = KG_UPOS_ADP;
    }
    nb->head = (int32_t)(j + 1);
    nb->deprel = "amod";
    nb->upos = KG_UPOS_ADJ;
  }
}

/* The opening participle clause repair (the header comment) on tk[0..n). */
static void opening_participle(kg_token *tk, uint32_t n, kg_token *save)
{
  if (tk[0].head != 0 || tk[0].upos != KG_UPOS_VERB || !tk[0].xpos || strcmp(tk[0].xpos, "VBN"))
    return;
  uint32_t c = 0;
  for (uint32_t k = 2; k < n && !c; k++)
    if (kg_tree_word_is(&tk[k - 1], ","))
      c = k;
  if (!c)
    return;
  uint32_t v = 0;
  for (uint32_t k = c + 1; k <= n && !v; k++)
    if (tk[k - 1].head >= 1 && (uint32_t)tk[k - 1].head < c && is_finite(&tk[k - 1]) && tk[k - 1].deprel &&
        (!strcmp(tk[k - 1].deprel, "parataxis") || !strcmp(tk[k - 1].deprel, "ccomp") ||
         !strcmp(tk[k - 1].deprel, "conj") || !strcmp(tk[k - 1].deprel, "acl:relcl")))
      v = k;
  if (!v)
    return;
  int subj = 0;                           /* (a noun's, not a relative pronoun's) */
  for (uint32_t j = c + 1; j < v; j++)
    subj |= (uint32_t)tk[j - 1].head == v && tk[j - 1].deprel && !strncmp(tk[j - 1].deprel, "nsubj", 5) &&
            tk[j - 1].upos != KG_UPOS_PRON;
  if (!subj)
    return;
  memcpy(save, tk, n * sizeof *tk);
  tk[v - 1].head = 0;
  tk[v - 1].deprel = "root";
  tk[0].head = (int32_t)v;
  tk[0].deprel = "advcl";
  for (uint32_t j = c; j <= n; j++)
    if (j != v && tk[j - 1].head >= 1 && (uint32_t)tk[j - 1].head < c)
      tk[j - 1].head = (int32_t)v;
  if (!kg_tree_one(tk, n))
    memcpy(tk, save, n * sizeof *tk);
}

/* The past-verb-on-a-noun repair (the header comment) on tk[0..n). */
/* Is tk[h - 1] an infinitive: a base-form verb (VB) with "to" or a modal
 * (would, will, could ...) of its own? */
static int infinitive(const kg_token *tk, uint32_t n, uint32_t h)
{
  if (tk[h - 1].upos != KG_UPOS_VERB || !tk[h - 1].xpos || strcmp(tk[h - 1].xpos, "VB"))
    return 0;
  for (uint32_t x = 1; x < h; x++)
    if ((uint32_t)tk[x - 1].head == h && tk[x - 1].deprel &&
        ((!strcmp(tk[x - 1].deprel, "mark") && kg_tree_word_is(&tk[x - 1], "to")) ||
         (!strcmp(tk[x - 1].deprel, "aux") && tk[x - 1].xpos && !strcmp(tk[x - 1].xpos, "MD"))))
      return 1;
  return 0;
}

static void verb_conj_of_noun(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 3; v <= n; v++) {
    kg_token *t = &tk[v - 1];
    if (t->upos != KG_UPOS_VERB || !t->xpos || (strcmp(t->xpos, "VBD") && strcmp(t->xpos, "VBN")) ||
        !t->deprel || strcmp(t->deprel, "conj") || t->head <= 0 || !kg_tree_word_is(&tk[v - 2], "and"))
      continue;
    uint32_t h = (uint32_t)t->head, open = 0;
    /* (or a verb inside a quotation that closes right before the "and":
     * "said Turkey would \"never accept a ruling written to punish us\" and
     * called on ...") */
    if (v >= 4 && h < v && closing_quote(&tk[v - 3]))
      for (uint32_t q = v - 3; q-- > 0 && !open;)
        if (kg_tree_word_is(&tk[q], "\"") || kg_tree_word_is(&tk[q], "``") || kg_tree_word_is(&tk[q], "\xE2\x80\x9C"))
          open = q + 1;
    if (h >= v || (tk[h - 1].upos != KG_UPOS_NOUN && tk[h - 1].upos != KG_UPOS_PROPN && !(open && open < h) &&
                   !(infinitive(tk, n, h) && t->lemma && !kg_tree_word_is(t, t->lemma))))   /* (not "put", "cut") */
      continue;
    if (has_dep(tk, n, v, "nsubj") || has_dep(tk, n, v, "aux"))
      continue;
    uint32_t x = h;
    for (uint32_t k = 0; x && k <= n; k++) {
      x = tk[x - 1].head > 0 ? (uint32_t)tk[x - 1].head : 0;
      if (x && tk[x - 1].upos == KG_UPOS_VERB && tk[x - 1].xpos && !strcmp(tk[x - 1].xpos, "VBD"))
        break;
    }
    if (!x || x >= v || (open && x > open))
      continue;
    t->head = (int32_t)x;
    t->xpos = "VBD";
  }
}

/* The progressive-conjunct repair (the header comment) on tk[0..n). */
static void progressive_conj(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 3; v <= n; v++) {
    kg_token *t = &tk[v - 1];
    uint32_t h = t->head > 0 ? (uint32_t)t->head : 0;
    if (t->upos != KG_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VBN") || !t->deprel || strcmp(t->deprel, "conj") ||
        !h || h >= v || !kg_tree_word_is(&tk[v - 2], "and") || tk[h - 1].upos != KG_UPOS_VERB || !tk[h - 1].xpos ||
        strcmp(tk[h - 1].xpos, "VBG") || !has_dep(tk, n, v, "obj") || has_dep(tk, n, v, "nsubj") ||
        has_dep(tk, n, v, "aux"))
      continue;
    for (uint32_t x = 1; x < h; x++)      /* (the progressive's "was", "is", "were") */
      if ((uint32_t)tk[x - 1].head == h && tk[x - 1].deprel && !strcmp(tk[x - 1].deprel, "aux") &&
          tk[x - 1].lemma && !strcmp(tk[x - 1].lemma, "be")) {
        t->xpos = "VBD";
        break;
      }
  }
}

/* The second-clause repair (the header comment) on tk[0..n). */
static void noun_conj_clause(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 4; v <= n; v++) {
    kg_token *t = &tk[v - 1], *nn = &tk[v - 2];
    uint32_t h = nn->head > 0 ? (uint32_t)nn->head : 0;
    if (t->upos != KG_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VBN") || !t->deprel || strcmp(t->deprel, "acl") ||
        (uint32_t)t->head != v - 1 || nn->upos != KG_UPOS_NOUN || !nn->deprel || strcmp(nn->deprel, "conj") ||
        !h || h >= v - 1 || tk[h - 1].upos != KG_UPOS_VERB || !kg_tree_word_is(&tk[v - 3], "and") ||
        !has_dep(tk, n, v, "obj") || has_dep(tk, n, v, "aux") || has_dep(tk, n, v, "nsubj"))
      continue;
    for (uint32_t k = 1; k < v - 1; k++)  /* the "and" and comma go with the verb */
      if ((uint32_t)tk[k - 1].head == v - 1 && tk[k - 1].deprel &&
          (!strcmp(tk[k - 1].deprel, "cc") || !strcmp(tk[k - 1].deprel, "punct")))
        tk[k - 1].head = (int32_t)v;
    t->head = (int32_t)h;
    t->deprel = "conj";
    t->xpos = "VBD";
    nn->head = (int32_t)v;
    nn->deprel = "nsubj";
  }
}

/* The noun-rooted past repair (the header comment) on tk[0..n). */
static void noun_root_past(kg_token *tk, uint32_t n)
{
  uint32_t r = 0, p = 0;
  if (!kg_tree_word_is(&tk[n - 1], "."))
    return;
  for (uint32_t k = 1; k <= n; k++) {
    if (tk[k - 1].head == 0)
      r = k;
    if (tk[k - 1].upos == KG_UPOS_AUX || (tk[k - 1].upos == KG_UPOS_VERB && p))
      return;                             /* another verb: some other reading */
    if (tk[k - 1].upos == KG_UPOS_VERB)
      p = k;
  }
  if (!r || !p || tk[r - 1].upos != KG_UPOS_NOUN || p < r || !tk[p - 1].xpos || strcmp(tk[p - 1].xpos, "VBN") ||
      !tk[p - 1].deprel || strcmp(tk[p - 1].deprel, "acl") || !kg_tree_under(tk, n, p, r) ||
      has_dep(tk, n, p, "obj") || has_dep(tk, n, p, "obl:agent") || has_dep(tk, n, p, "nsubj"))
    return;
  uint32_t h = (uint32_t)tk[p - 1].head;  /* (the root or an "of" noun on it: "thousands of protesters") */
  if (h != r && ((uint32_t)tk[h - 1].head != r || !tk[h - 1].deprel || strcmp(tk[h - 1].deprel, "nmod")))
    return;
  for (uint32_t k = p + 1; k <= n; k++)   /* (the final stop goes with the verb) */
    if ((uint32_t)tk[k - 1].head == r)
      tk[k - 1].head = (int32_t)p;
  tk[p - 1].head = 0;
  tk[p - 1].deprel = "root";
  tk[p - 1].xpos = "VBD";
  tk[r - 1].head = (int32_t)p;
  tk[r - 1].deprel = "nsubj";
}

/* The verb-read-as-an-adjective repair (the header comment) on tk[0..n). */
static void adjective_verb(kg_token *tk, uint32_t n, kg_token *save)
{
  uint32_t r = 0, p = 0;
  if (!kg_tree_word_is(&tk[n - 1], "."))
    return;
  for (uint32_t k = 1; k <= n; k++)
    if (tk[k - 1].head == 0)
      r = k;
  if (!r || tk[r - 1].upos != KG_UPOS_NOUN)
    return;
  for (uint32_t k = 1; k < r; k++) {
    const kg_token *t = &tk[k - 1];
    if (t->upos == KG_UPOS_AUX || (t->upos == KG_UPOS_VERB && p))
      return;                             /* another verb: some other reading */
    if (t->upos == KG_UPOS_VERB)
      p = k;
  }
  if (p < 4 || !tk[p - 1].xpos || (strcmp(tk[p - 1].xpos, "VBN") && strcmp(tk[p - 1].xpos, "VBD")) ||
      (uint32_t)tk[p - 1].head != r || !tk[p - 1].deprel || strcmp(tk[p - 1].deprel, "amod"))
    return;
  for (uint32_t k = p + 1; k < r; k++)    /* (the verb opens the root's phrase) */
    if (tk[k - 1].head < (int32_t)p + 1 || (uint32_t)tk[k - 1].head > r)
      return;
  uint32_t sj = 0;                        /* the phrase before it: one noun phrase on the root */
  for (uint32_t k = 1; k < p && !sj; k++)
    if ((uint32_t)tk[k - 1].head == r)
      sj = k;
  if (!sj || (tk[sj - 1].upos != KG_UPOS_NOUN && tk[sj - 1].upos != KG_UPOS_PROPN))
    return;
  for (uint32_t k = 1; k < p; k++)
    if (k != sj && !kg_tree_under(tk, n, k, sj))
      return;
  uint32_t pp = 0;                        /* ... ending in a prepositional phrase of its head */
  for (uint32_t k = sj + 1; k < p && !pp; k++)
    if ((uint32_t)tk[k - 1].head == sj && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "nmod") &&
        has_dep(tk, n, k, "case") && kg_tree_under(tk, n, p - 1, k))
      pp = k;
  if (!pp || (tk[p - 2].upos != KG_UPOS_PROPN && tk[p - 2].upos != KG_UPOS_NOUN))
    return;
  memcpy(save, tk, n * sizeof *tk);
  for (uint32_t k = r + 1; k <= n; k++) {
    kg_token *t = &tk[k - 1];
    if ((uint32_t)t->head == r && t->deprel && (t->upos == KG_UPOS_PUNCT || !strcmp(t->deprel, "parataxis") ||
        (t->upos == KG_UPOS_VERB && strcmp(t->deprel, "acl") && strncmp(t->deprel, "acl:", 4))))
      t->head = (int32_t)p;
  }
  tk[p - 1].head = 0;
  tk[p - 1].deprel = "root";
  tk[p - 1].xpos = "VBD";
  tk[sj - 1].head = (int32_t)p;
  tk[sj - 1].deprel = "nsubj";
  tk[r - 1].head = (int32_t)p;
  tk[r - 1].deprel = "obj";
  if (!kg_tree_one(tk, n))
    memcpy(tk, save, n * sizeof *tk);
}

/* The participle-on-the-object repair (the header comment) on tk[0..n). */
static void participle_on_object(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 3; v <= n; v++) {
    kg_token *t = &tk[v - 1], *o = &tk[v - 2];
    uint32_t h = t->head > 0 ? (uint32_t)t->head : 0;
    if (t->upos != KG_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VBG") || !t->deprel || strcmp(t->deprel, "advcl") ||
        !h || h >= v - 1 || tk[h - 1].upos != KG_UPOS_VERB || o->upos != KG_UPOS_NOUN || (uint32_t)o->head != h ||
        !o->deprel || strcmp(o->deprel, "obj") || has_dep(tk, n, v, "nsubj") || has_dep(tk, n, v, "mark") ||
        !has_dep(tk, n, v, "obj"))
      continue;
    t->head = (int32_t)(v - 1);
    t->deprel = "acl";
  }
}

/* The apposition-conjunct repair (the header comment) on tk[0..n). */
static void appos_conj(kg_token *tk, uint32_t n)
{
  for (uint32_t b = 4; b <= n; b++) {
    if (tk[b - 1].upos != KG_UPOS_PROPN || !tk[b - 1].deprel || strcmp(tk[b - 1].deprel, "conj"))
      continue;
    if (!(kg_tree_word_is(&tk[b - 2], "and") || kg_tree_word_is(&tk[b - 2], "or")) || !kg_tree_word_is(&tk[b - 3], ","))
      continue;
    uint32_t h = tk[b - 1].head > 0 ? (uint32_t)tk[b - 1].head : 0;
    if (!h || h >= b || tk[h - 1].upos != KG_UPOS_NOUN || !tk[h - 1].deprel || strcmp(tk[h - 1].deprel, "appos"))
      continue;
    uint32_t a = tk[h - 1].head > 0 ? (uint32_t)tk[h - 1].head : 0;
    if (a && a < h && tk[a - 1].upos == KG_UPOS_PROPN)
      tk[b - 1].head = (int32_t)a;
  }
}

/* The and-verb repair (the header comment) on tk[0..n). */
static void and_verb_conj(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 3; v <= n; v++) {
    kg_token *t = &tk[v - 1], *a = &tk[v - 2];
    uint32_t h = t->head > 0 ? (uint32_t)t->head : 0;
    int vbn = t->upos == KG_UPOS_VERB && t->xpos && !strcmp(t->xpos, "VBN");   /* (tagged a participle) */
    if (!(is_finite(t) || vbn) || !(kg_tree_word_is(a, "and") || kg_tree_word_is(a, "but")) || !h || h >= v - 1 ||
        tk[h - 1].upos != KG_UPOS_VERB || !t->deprel || strcmp(t->deprel, "ccomp") ||
        has_dep(tk, n, v, "nsubj") || has_dep(tk, n, v, "aux"))
      continue;
    if ((uint32_t)a->head != v)
      for (uint32_t x = 1; x <= n; x++)
        if ((uint32_t)tk[x - 1].head == v - 1)
          goto next;
    /* a quote closed between them: the verb that tells the quote is the one joined */
    for (uint32_t q = h + 1; q < v - 1; q++)
      if (tk[q - 1].upos == KG_UPOS_PUNCT && closing_quote(&tk[q - 1]) &&
          tk[h - 1].deprel && !strcmp(tk[h - 1].deprel, "ccomp") && tk[h - 1].head > 0 &&
          (uint32_t)tk[h - 1].head < h && tk[tk[h - 1].head - 1].upos == KG_UPOS_VERB) {
        h = (uint32_t)tk[h - 1].head;
        break;
      }
    if (!has_dep(tk, n, h, "nsubj"))
      continue;
    t->head = (int32_t)h;
    t->deprel = "conj";
    a->head = (int32_t)v;
    a->deprel = "cc";
  next:;
  }
}

/* Token c's case marker (a child "case" before it) is one of w[]. */
static int case_is(const kg_token *tk, uint32_t c, const char *const *w)
{
  for (uint32_t k = 1; k < c; k++)
    if ((uint32_t)tk[k - 1].head == c && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "case"))
      for (size_t q = 0; w[q]; q++)
        if (kg_tree_word_is(&tk[k - 1], w[q]))
          return 1;
  return 0;
}

/* The goods-of-a-rate repair (the header comment). */
static void rate_goods(kg_token *tk, uint32_t n)
{
  static const char *const on[] = { "on", "against", NULL };
  static const char *const of[] = { "of", NULL };
  for (uint32_t g = 1; g <= n; g++) {
    uint32_t r = tk[g - 1].head > 0 ? (uint32_t)tk[g - 1].head : 0;
    if (!r || !tk[g - 1].deprel || strcmp(tk[g - 1].deprel, "nmod") || !case_is(tk, g, on))
      continue;
    kg_token *rt = &tk[r - 1];
    int rate = kg_tree_word_is(rt, "percent") || kg_tree_word_is(rt, "%") || kg_tree_word_is(rt, "cent") ||
               rt->upos == KG_UPOS_NUM;
    uint32_t nn = rt->head > 0 ? (uint32_t)rt->head : 0;
    if (!rate || !nn || nn >= r || !rt->deprel || strcmp(rt->deprel, "nmod") || !case_is(tk, r, of) ||
        tk[nn - 1].upos != KG_UPOS_NOUN)
      continue;
    uint32_t v = tk[nn - 1].head > 0 ? (uint32_t)tk[nn - 1].head : 0;
    if (v && tk[nn - 1].deprel && !strcmp(tk[nn - 1].deprel, "obj") && tk[v - 1].upos == KG_UPOS_VERB) {
      tk[g - 1].head = (int32_t)v;       /* (one tree: v is above g already) */
      tk[g - 1].deprel = "obl";
    } else
      tk[g - 1].head = (int32_t)nn;
  }
}

/* The end-of-a-range repair (the header comment). */
static void from_to(kg_token *tk, uint32_t n)
{
  static const char *const to[] = { "to", NULL };
  static const char *const from[] = { "from", NULL };
  for (uint32_t g = 1; g <= n; g++) {
    uint32_t r = tk[g - 1].head > 0 ? (uint32_t)tk[g - 1].head : 0;
    if (!r || r >= g || !tk[g - 1].deprel || strcmp(tk[g - 1].deprel, "nmod") || !case_is(tk, g, to))
      continue;
    const kg_token *rt = &tk[r - 1];
    if ((rt->upos != KG_UPOS_NOUN && rt->upos != KG_UPOS_PROPN) || rt->head <= 0 || !rt->deprel ||
        (strcmp(rt->deprel, "nmod") && strcmp(rt->deprel, "obl")) || !case_is(tk, r, from))
      continue;
    tk[g - 1].head = rt->head;           /* (one tree: r's head is above g already) */
    tk[g - 1].deprel = rt->deprel;
  }
}

/* The day-of-the-main-verb repair (the header comment). */
static void participle_day(kg_token *tk, uint32_t n)
{
  static const char *const on[] = { "on", NULL };
  for (uint32_t t = 1; t <= n; t++) {
    uint32_t p = tk[t - 1].head > 0 ? (uint32_t)tk[t - 1].head : 0;
    if (!p || p >= t || !kg_tree_month_or_day(&tk[t - 1]) || !tk[t - 1].deprel || strncmp(tk[t - 1].deprel, "obl", 3) ||
        !case_is(tk, t, on) || !tk[p - 1].xpos || strcmp(tk[p - 1].xpos, "VBN") || !tk[p - 1].deprel ||
        strcmp(tk[p - 1].deprel, "acl"))
      continue;
    static const char *const prov[] = { "made", "produced", "manufactured", "built", "assembled", "grown", NULL };
    int own = 1;                         /* (a reduced relative: no subject, no auxiliary, no agent) */
    for (size_t k = 0; prov[k] && own; k++)
      own = !kg_tree_word_is(&tk[p - 1], prov[k]);
    for (uint32_t k = 1; k <= n && !own; k++)
      own = (uint32_t)tk[k - 1].head == p && tk[k - 1].deprel &&
            (!strncmp(tk[k - 1].deprel, "nsubj", 5) || !strncmp(tk[k - 1].deprel, "aux", 3) ||
             !strcmp(tk[k - 1].deprel, "obl:agent"));
    uint32_t v = tk[p - 1].head > 0 ? (uint32_t)tk[p - 1].head : 0;
    for (uint32_t k = 0; v && k < n && tk[v - 1].upos != KG_UPOS_VERB; k++)
      v = tk[v - 1].head > 0 ? (uint32_t)tk[v - 1].head : 0;
    if (own || !v)
      continue;
    for (uint32_t k = 1; k <= n && !own; k++)
      own = (uint32_t)tk[k - 1].head == v && kg_tree_month_or_day(&tk[k - 1]);
    if (!own) {
      tk[t - 1].head = (int32_t)v;       /* (one tree: v is above p, p above t) */
      tk[t - 1].deprel = "obl";
    }
  }
}

/* Are the words between the first word and the verb at v an apposition of
 * the first word between commas ("Azerbaijan, Turkey's closest ally, sent":
 * a comma after the first word and before v, every word between hanging
 * inside the span, one of them the first word's appos)? */
static int appos_span(const kg_token *tk, uint32_t v)
{
  int appos = 0;
  if (v < 5 || !kg_tree_word_is(&tk[1], ",") || !kg_tree_word_is(&tk[v - 2], ","))
    return 0;
  for (uint32_t k = 3; k < v - 1; k++) {
    uint32_t h = tk[k - 1].head > 0 ? (uint32_t)tk[k - 1].head : 0;
    if (h < 1 || h >= v)
      return 0;
    appos |= h == 1 && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "appos");
  }
  return appos;
}

/* The bare-subject repair (the header comment). */
static void bare_subject(kg_token *tk, uint32_t n)
{
  static const char *const timew[] = { "today", "yesterday", "tomorrow", "tonight", "now", "then", "meanwhile",
    "overnight", "recently", "later", "earlier", NULL };
  const kg_token *t = &tk[0];
  uint32_t v = n >= 3 && t->head > 0 ? (uint32_t)t->head : 0;
  if (v > 2 && !appos_span(tk, v))
    return;
  int vbn = v && tk[v - 1].upos == KG_UPOS_VERB && tk[v - 1].xpos && !strcmp(tk[v - 1].xpos, "VBN") &&
            tk[v - 1].head == 0;
  if (!v || !t->deprel || !(is_finite(&tk[v - 1]) || vbn) || !t->form ||
      t->form[0] < 'A' || t->form[0] > 'Z' ||
      (t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_PROPN) || kg_tree_month_or_day(t) ||
      (strcmp(t->deprel, "obl:unmarked") && strcmp(t->deprel, "obl:tmod") && strcmp(t->deprel, "nmod:unmarked") &&
       strcmp(t->deprel, "obl:npmod")))
    return;
  for (size_t k = 0; timew[k]; k++)
    if (kg_tree_word_is(t, timew[k]))
      return;
  for (uint32_t k = 2; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel && (!strncmp(tk[k - 1].deprel, "nsubj", 5) ||
                                                              !strncmp(tk[k - 1].deprel, "aux", 3)))
      return;
  tk[0].deprel = "nsubj";
  if (vbn)
    tk[v - 1].xpos = "VBD";              /* (a root participle with no auxiliary is a past tense) */
  tk[0].upos = KG_UPOS_PROPN;
}

/* The reported-passive repair (the header comment). */
static void aux_acl(kg_token *tk, uint32_t n)
{
  for (uint32_t p = 2; p <= n; p++) {
    kg_token *t = &tk[p - 1];
    uint32_t o = t->head > 0 ? (uint32_t)t->head : 0;
    if (!o || o >= p || t->upos != KG_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VBN") || !t->deprel ||
        strcmp(t->deprel, "acl") || !tk[o - 1].deprel || strcmp(tk[o - 1].deprel, "obj"))
      continue;
    uint32_t v = tk[o - 1].head > 0 ? (uint32_t)tk[o - 1].head : 0;
    if (!v || tk[v - 1].upos != KG_UPOS_VERB)
      continue;
    int aux = 0, bad = 0;
    for (uint32_t k = 1; k <= n; k++) {
      if ((uint32_t)tk[k - 1].head != p || !tk[k - 1].deprel)
        continue;
      const char *r = tk[k - 1].deprel;
      const char *x = tk[k - 1].xpos;
      int fin = x && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD"));
      if (!strncmp(r, "aux", 3) && k < p && fin && (tk[k - 1].upos == KG_UPOS_AUX || tk[k - 1].upos == KG_UPOS_VERB))
        aux = !strcmp(r, "aux:pass") ? 2 : aux ? aux : 1;
      else if (!strncmp(r, "nsubj", 5) || !strcmp(r, "mark") || !strncmp(r, "csubj", 5))
        bad = 1;
    }
    if (!aux || bad)
      continue;
    t->head = (int32_t)v;                /* (one tree: v above o above p; now v above p above o) */
    t->deprel = "ccomp";
    tk[o - 1].head = (int32_t)p;
    tk[o - 1].deprel = aux == 2 ? "nsubj:pass" : "nsubj";
  }
}

/* The opening-apposition subject repair (the header comment). */
static void appos_subject(kg_token *tk, uint32_t n, kg_token *save)
{
  static const char *const intj[] = { "yes", "no", "well", "oh", "ok", "okay", "so", "please", "thanks", "hello",
    "indeed", "sure", "alas", NULL };
  uint32_t c1 = 0, h = 0, x = 0, c2 = 0;
  for (uint32_t k = 2; k <= 5 && k < n && !c1; k++)
    if (kg_tree_word_is(&tk[k - 1], ","))
      c1 = k;
  if (!c1 || c1 + 3 > n ||
      !(kg_tree_word_is(&tk[c1], "a") || kg_tree_word_is(&tk[c1], "an") || kg_tree_word_is(&tk[c1], "the")))
    return;
  for (uint32_t k = 1; k < c1; k++) {
    const kg_token *t = &tk[k - 1];
    if (!t->form || t->form[0] < 'A' || t->form[0] > 'Z' || kg_tree_month_or_day(t) ||
        (t->upos != KG_UPOS_PROPN && t->upos != KG_UPOS_INTJ))
      return;
    for (size_t j = 0; t->upos == KG_UPOS_INTJ && intj[j]; j++)
      if (kg_tree_word_is(t, intj[j]))
        return;
    if (t->head < 1 || (uint32_t)t->head >= c1) {
      if (h)
        return;                          /* (two words hanging outside: no one name) */
      h = k;
    }
  }
  uint32_t v = h && tk[h - 1].head > 0 ? (uint32_t)tk[h - 1].head : 0;
  if (!v || v <= c1 || !tk[h - 1].deprel || !strncmp(tk[h - 1].deprel, "nsubj", 5) ||
      !strncmp(tk[h - 1].deprel, "csubj", 5) || !strcmp(tk[h - 1].deprel, "appos"))
    return;
  if (tk[v - 1].upos != KG_UPOS_VERB && tk[v - 1].head > 0 && tk[v - 1].deprel &&
      !strncmp(tk[v - 1].deprel, "nsubj", 5)) {
    x = v;                               /* (the name hung on the noun, "Hungary" a discourse word of "member") */
    v = (uint32_t)tk[x - 1].head;
  }
  if (v <= c1 + 2 || tk[v - 1].upos != KG_UPOS_VERB)
    return;
  for (uint32_t k = c1 + 1; k < v && !x; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5))
      x = k;
  if (!x || x <= c1 || x >= v)
    return;
  for (uint32_t k = x + 1; k < v && !c2; k++)
    if (kg_tree_word_is(&tk[k - 1], ",") && !kg_tree_under(tk, n, k + 1, x))
      c2 = k;
  if (!c2)
    return;
  for (uint32_t k = c1 + 1; k < c2; k++)
    if (!kg_tree_under(tk, n, k, x))
      return;                            /* (the words between the commas are the noun's phrase) */
  for (uint32_t k = c2 + 1; k < v; k++)
    if (tk[k - 1].upos != KG_UPOS_AUX && tk[k - 1].upos != KG_UPOS_ADV &&
        !(tk[k - 1].upos == KG_UPOS_PART && (kg_tree_word_is(&tk[k - 1], "not") || kg_tree_word_is(&tk[k - 1], "n't"))))
      return;
  memcpy(save, tk, n * sizeof *tk);
  tk[h - 1].head = (int32_t)v;
  tk[h - 1].deprel = tk[x - 1].deprel;
  if (tk[h - 1].upos == KG_UPOS_INTJ) {
    tk[h - 1].upos = KG_UPOS_PROPN;
    tk[h - 1].xpos = "NNP";
  }
  tk[x - 1].head = (int32_t)h;
  tk[x - 1].deprel = "appos";
  tk[c1 - 1].head = (int32_t)x;
  tk[c1 - 1].deprel = "punct";
  tk[c2 - 1].head = (int32_t)x;
  tk[c2 - 1].deprel = "punct";
  if (!kg_tree_one(tk, n))
    memcpy(tk, save, n * sizeof *tk);
}

/* The verb-taken-for-a-name repair (the header comment). */
static void flat_verb(kg_token *tk, uint32_t n, kg_token *save)
{
  for (uint32_t v = 3; v <= n; v++) {
    kg_token *t = &tk[v - 1];
    uint32_t h = t->head > 0 ? (uint32_t)t->head : 0;
    if (!h || h >= v || !is_finite(t) || !t->deprel || strcmp(t->deprel, "flat") || tk[h - 1].head != 0 ||
        tk[h - 1].upos != KG_UPOS_PROPN || !kg_tree_word_is(&tk[v - 2], ",") || has_dep(tk, n, v, "nsubj"))
      continue;
    memcpy(save, tk, n * sizeof *tk);
    t->head = 0;
    t->deprel = "root";
    tk[h - 1].head = (int32_t)v;
    tk[h - 1].deprel = "nsubj";
    for (uint32_t k = v + 1; k <= n; k++)
      if ((uint32_t)tk[k - 1].head == h)
        tk[k - 1].head = (int32_t)v;
    if (!kg_tree_one(tk, n))
      memcpy(tk, save, n * sizeof *tk);
    return;
  }
}

/* The hyphenated-given-name repair (the header comment). */
static void hyphen_name(kg_token *tk, uint32_t n, kg_token *save)
{
  for (uint32_t t = 2; t + 2 <= n; t++) {
    uint32_t p = t - 1, sy = t + 2;
    const kg_token *a = &tk[t - 1], *y = &tk[sy - 1];
    size_t L = y->end - y->start;
    if (tk[p - 1].upos != KG_UPOS_PROPN || a->upos == KG_UPOS_PROPN || !a->form || a->form[0] < 'A' ||
        a->form[0] > 'Z' || a->end - a->start > 3 || a->space_after || !tk[t].form || strcmp(tk[t].form, "-") ||
        tk[t].space_after || !tk[p - 1].form || tk[p - 1].form[0] < 'A' || tk[p - 1].form[0] > 'Z' ||
        !tk[p - 1].space_after || L < 1 || L > 4 || !y->form)
      continue;
    int low = 1;
    for (size_t k = 0; k < L && low; k++)
      low = y->form[k] >= 'a' && y->form[k] <= 'z';
    if (!low || (sy < n && !y->space_after && tk[sy].form && isalpha((unsigned char)tk[sy].form[0])))
      continue;
    uint32_t top = 0;                    /* the span's attachment outside it: the surname's, else the syllable's */
    static const uint32_t order[3] = { 0, 3, 1 };
    for (int k = 0; k < 3 && !top; k++) {
      uint32_t x = p + order[k];
      if (tk[x - 1].head < (int32_t)p || tk[x - 1].head > (int32_t)sy)
        top = x;
    }
    if (!top)
      continue;
    memcpy(save, tk, n * sizeof *tk);
    if (top != p) {
      tk[p - 1].head = tk[top - 1].head;
      tk[p - 1].deprel = tk[top - 1].deprel;
    }
    for (uint32_t k = 1; k <= n; k++)
      if ((k < p || k > sy) && tk[k - 1].head > (int32_t)p && tk[k - 1].head <= (int32_t)sy)
        tk[k - 1].head = (int32_t)p;
    for (uint32_t x = t; x <= sy; x++) {
      tk[x - 1].head = (int32_t)p;
      tk[x - 1].deprel = x == t + 1 ? "punct" : "flat";
      if (x != t + 1) {
        tk[x - 1].upos = KG_UPOS_PROPN;
        tk[x - 1].xpos = "NNP";
      }
    }
    /* (an nmod with no case marker, "the army chief, General Park An-su, ...": the apposition) */
    int cased = 0;
    for (uint32_t k = 1; k <= n && !cased; k++)
      cased = tk[k - 1].head == (int32_t)p && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "case");
    if (!cased && tk[p - 1].deprel && !strcmp(tk[p - 1].deprel, "nmod"))
      tk[p - 1].deprel = "appos";
    if (!kg_tree_one(tk, n))
      memcpy(tk, save, n * sizeof *tk);
  }
}

/* The finite-conjunct-of-an-infinitive repair (the header comment). */
static int finite_aux(const kg_token *tk, uint32_t n, uint32_t k)
{
  for (uint32_t x = 1; x <= n; x++) {
    const kg_token *a = &tk[x - 1];
    if ((uint32_t)a->head == k && a->deprel && !strncmp(a->deprel, "aux", 3) && a->xpos &&
        (!strcmp(a->xpos, "VBZ") || !strcmp(a->xpos, "VBP") || !strcmp(a->xpos, "VBD") || !strcmp(a->xpos, "MD")))
      return 1;
  }
  return 0;
}

static void infinitive_conj(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 3; v <= n; v++) {
    kg_token *t = &tk[v - 1];
    uint32_t h = t->head > 0 ? (uint32_t)t->head : 0;
    if (t->upos != KG_UPOS_VERB || !t->deprel || strcmp(t->deprel, "conj") || !h || h >= v ||
        !infinitive(tk, n, h) || !finite_aux(tk, n, v) || has_dep(tk, n, v, "nsubj") || has_dep(tk, n, v, "mark"))
      continue;
    /* (right after the conjunction, or its auxiliary or an adverb) */
    uint32_t b = v - 1;
    while (b > 1 && (tk[b - 1].upos == KG_UPOS_AUX || tk[b - 1].upos == KG_UPOS_ADV || tk[b - 1].upos == KG_UPOS_PART))
      b--;
    if (!(kg_tree_word_is(&tk[b - 1], "and") || kg_tree_word_is(&tk[b - 1], "but")))
      continue;
    uint32_t x = h;
    for (uint32_t k = 0; k <= n; k++) {
      x = tk[x - 1].head > 0 ? (uint32_t)tk[x - 1].head : 0;
      if (!x || (tk[x - 1].upos == KG_UPOS_VERB && (is_finite(&tk[x - 1]) || finite_aux(tk, n, x))))
        break;
    }
    if (x && x < h)
      t->head = (int32_t)x;
  }
}

kg_status kg_treefix_run(kg_doc *doc)
{
  if (!doc)
    return KG_ERR_INPUT;
  kg_token save[KG_TREEFIX_MAX];
  for (size_t s = 0; s < doc->nsents; s++) {
    kg_sentence *st = &doc->sents[s];
    if (doc->tokens[st->tok].head < 0)
      continue;
    if (st->ntok < 6 || st->ntok > KG_TREEFIX_MAX) {
      kg_treeverb_sentence(&doc->tokens[st->tok], st->ntok);
      continue;
    }
    hyphen_name(&doc->tokens[st->tok], st->ntok, save);
    appos_subject(&doc->tokens[st->tok], st->ntok, save);
    flat_verb(&doc->tokens[st->tok], st->ntok, save);
    relcl_subject(&doc->tokens[st->tok], st->ntok, save);
    object_after_date(&doc->tokens[st->tok], st->ntok);
    means_partner(&doc->tokens[st->tok], st->ntok);
    neighbouring(&doc->tokens[st->tok], st->ntok);
    appos_conj(&doc->tokens[st->tok], st->ntok);
    and_verb_conj(&doc->tokens[st->tok], st->ntok);
    rate_goods(&doc->tokens[st->tok], st->ntok);
    participle_day(&doc->tokens[st->tok], st->ntok);
    from_to(&doc->tokens[st->tok], st->ntok);
    bare_subject(&doc->tokens[st->tok], st->ntok);
    aux_acl(&doc->tokens[st->tok], st->ntok);
    opening_participle(&doc->tokens[st->tok], st->ntok, save);
    verb_conj_of_noun(&doc->tokens[st->tok], st->ntok);
    progressive_conj(&doc->tokens[st->tok], st->ntok);
    participle_on_object(&doc->tokens[st->tok], st->ntok);
    noun_root_past(&doc->tokens[st->tok], st->ntok);
    adjective_verb(&doc->tokens[st->tok], st->ntok, save);
    noun_conj_clause(&doc->tokens[st->tok], st->ntok);
    infinitive_conj(&doc->tokens[st->tok], st->ntok);
    kg_clausefix_sentence(&doc->tokens[st->tok], st->ntok);
    kg_treeverb_sentence(&doc->tokens[st->tok], st->ntok);
  }
  return KG_OK;
}
