/* tagfix.c — repairs of the tagger's classes before parsing.
 *
 * Owns: kg_tagfix_run (called by the pipeline after the tagger, before the
 * parser): the class repairs that the parser must see, made from the words
 * around a token, the tagger's lemmatizer and the actor dictionary.
 * Does not own: the tagger and its lemmas (tagger.c, lemma.c), the tree
 * repairs after parsing (treefix.c, clausefix.c, treeverb.c), names as
 * entities (ner.c), event coding.
 *
 * 1. Names of states read as verbs (the dictionary).
 * The tagger has seen few names of small states: after "to" a capitalised
 * word it has never seen ("Togo", "Chad", "Benin", "Burundi", "Belgrade") is
 * read as a verb, and the parser then builds "to Togo on Friday" as a clause
 * of purpose.  A word that is tagged VERB, begins with a capital followed by
 * a small letter, follows a word in small letters (so not the first word, and
 * not a headline in title case), whose lemma is the word itself (the
 * lemmatizer found no verb ending in it), and that the dictionary knows, as a
 * one-word form of its own, for a state (its name, an alias, its capital) or
 * a place, becomes PROPN (NNP, lemma the word);
 * a "to" tagged PART right before it becomes ADP (IN).
 *
 * 2. Verbs read as nouns before a particle of result, and adjectives read
 * where a possessive needs its noun (the words around them).
 * "The army shot down a drone", "Police beat to death a protester",
 * "Guards shot dead a boy": the tagger often reads the verb as a noun (NN)
 * compounded with its subject, and the parser then makes it the root noun
 * with the object an nmod ("down" its case), so no verb is left to code.
 * The tagger is right on most such verbs elsewhere; this pass retags the
 * ones the words around them show to be verbs, before the parser runs, so
 * that the parser and the lemma see a verb.  A lowercase word tagged NN or
 * NNS is retagged a past verb (VBD; VBZ for NNS) when:
 * - right before it stands a noun, name or personal pronoun (its subject;
 *   not a determiner or possessive: "his shot down the line");
 * - right after it stands a particle of result: "dead", "to death", or
 *   "down" / "up", and after that the object's first word (a determiner,
 *   number, adjective, noun, name or possessive), not a preposition;
 * - with "down" or "up" the word is a verb form of its own: its lemma as a
 *   past verb differs from the word ("shot" -> "shoot", "gunned" -> "gun";
 *   "the mountain road down the valley" stays a noun).
 * The word's lemma is taken anew, as a past participle's first ("shot" ->
 * "shoot"; the past tense's rules give "shet"), else as a past tense's;
 * "down" or "up" becomes a particle (RP), so the object is the verb's.
 *
 * And an adjective read where a possessive needs its noun: "belonging to
 * Mali's military near the town" (the tagger's JJ for "military" makes the
 * parser run the phrase on to "town", and the owner is lost).  A word
 * tagged JJ right after a possessive marker ("'s", "'") and before a
 * preposition, a verb or punctuation (no noun after it for it to modify;
 * not before a conjunction or a comma and another adjective: "Ithilen's
 * awful and evil minister", "X's long, porous border") is retagged a noun
 * (NN).  So is an adverb (RB) after a possessive marker and one adjective,
 * before punctuation or a preposition ("X, Belarus's closest ally, said").
 *
 * And a verb whose past tense is its base form read as an adjective after
 * its subject: "Protesters set fire to the offices", "the youths set fire to
 * two cars", "Rebels cut power to the town" (the tagger's JJ for "set", so
 * no verb is left to code).  One of these words (set, cut, put, hit, shut,
 * cast, spread) tagged JJ right after a plural noun, a name or a personal
 * pronoun (not a singular noun: "a data set", "the price cut") and before
 * the first word of an object (a determiner, number, noun, possessive; not
 * an adjective: "the rules set ...") becomes a past verb (VBD, lemma the
 * word).  So does one right after "and" or "or" (or "and then") when the
 * sentence's last verb before it is a past verb with no form of "be" or
 * "have" between ("froze the loan and then cut military aid to the junta";
 * there an adjective and its noun may follow: not "was criticised and cut
 * flowers were sent").
 *
 * 3. A portfolio word of a capitalised title read as a common noun.
 * "Norwegian Fisheries Minister Kari Holmvik defended ...", "Foreign Affairs
 * Minister X said": the tagger reads a capitalised plural ("Fisheries",
 * "Affairs") as a noun, and the parser makes it the sentence's subject with
 * the title and the name hanging off it, so no title is seen.  A word tagged
 * NOUN that begins with a capital followed by a small letter, right before a
 * title the dictionary knows whose first word is capitalised and tagged PROPN,
 * itself right before a capitalised name (PROPN), becomes PROPN (NNP even for
 * a plural: with NNPS the parser still heads the subject with it; lemma the
 * word), as the tagger reads "Trade" and "Defence" there.  So is each word
 * tagged NOUN in the run of capitalised words before the title, and a first
 * word of the sentence tagged VERB ("Shadow Constitutional Affairs Secretary
 * X accused ..."; not a verb further in: "Police Arrest Foreign Minister X"
 * in a headline).
 *
 * 4. A past verb read as a noun compounded with its subject before a
 * coordinated past verb or its object.  "The navy boarded and detained a
 * ship", "the coast guard boarded the trawler": the tagger reads "boarded"
 * as a noun after "navy" (NN), the parser makes the coordinated verb the
 * main clause's, and the detention loses its doer.  A lowercase word of at
 * least six letters ending in "ed", tagged NN, right after a noun or name (not
 * after a determiner or possessive: "the seabed and ..."), and right before
 * "and" or "or" and a past verb (VBD), or before a determiner or possessive
 * pronoun that opens an object ("the", "a", "its"), becomes a past verb (VBD)
 * when the lemmatizer finds a regular past in it (its past-tense lemma and
 * "-ed": "boarded" -> "board"; "seabed", read as "sea", stays a noun).
 *
 * 5. The source of "according to" read as a verb.  "..., according to state
 * media", "according to witness accounts": the tagger reads "to" as the
 * infinitive's mark and the word after it as a base verb, and the parser
 * then hangs the whole sentence on "media" (the talks held lose their
 * verb).  After "according to", "to" becomes ADP (IN) and a word tagged VB
 * or VBZ becomes a noun (NN, NNS; a capitalised one NNP), its lemma kept.
 *
 * 6. A coordinated past verb read as a participle.  "The United States
 * withdrew from the deal and reimposed sanctions on Iran": the tagger reads
 * "reimposed" as a past participle (VBN), and the parser's participle keeps
 * no subject, so the sanctions lose their doer.  A word tagged VBN right
 * after "and", whose regular past the lemmatizer finds, before the first
 * word of an object, becomes a past verb (VBD) when the sentence's last verb
 * before it is a past verb (VBD) with no form of "be" or "have" between
 * them (not "was arrested and charged", "has left and joined").
 *
 * 7. An irregular simple past the treebank lacks, read as a noun.  "Germany
 * froze development aid to Niger", "the envoy swore ...": the tagger has
 * seen "froze", "swore", "shook", "forbade" too rarely and reads them as
 * nouns compounded with the subject (or as numbers), so no verb is left.  A
 * lowercase word that lemma.c's table of irregular verbs knows as a simple
 * past that is no noun or adjective (kg_lemma_irregular's past_only), tagged
 * anything but a verb, right after a noun, name or personal pronoun (or an
 * adverb after one: "Germany quickly froze"), becomes a past verb (VBD, the
 * table's lemma).  Such a word tagged VB or VBP with no "to", modal or "do"
 * before it ("The government froze the assets" read as VB) becomes VBD too.
 *
 * 8. A "-general" title and the verb after it.  "Jens Stoltenberg, NATO's
 * secretary-general, spoke to X": split at its hyphen, the title's
 * "general" is read as an adjective and the verb after the closing comma
 * as one too, and the parser then finds no verb.  "general" after
 * "secretary", "director", "attorney", "governor", "solicitor" or
 * "inspector" and a hyphen becomes a noun (NN); and when the title closes
 * with a comma an apposition opened by a comma right after a name (no verb
 * between), the lowercase word after that comma tagged JJ or VBN becomes a
 * past verb (VBD) when the lemmatizer finds a verb form in it ("spoke" ->
 * "speak"; not "present").
 *
 * 9. "mine" the noun read as the possessive pronoun.  "Niger nationalised a
 * uranium mine run by a French group on Thursday": the tagger reads "mine"
 * after a noun as "mine" the pronoun (PRP), the parser then makes it the
 * subject of "run", and the mine's clause takes the sentence's date.  "mine"
 * tagged PRON right after a determiner, adjective, number, noun or name (not
 * after a verb, "of" or a conjunction: "is mine", "a friend of mine")
 * becomes a noun (NN, lemma "mine").
 *
 * 10. A mandative subjunctive read as a noun or a preposition.  "demanded
 * that the government overhaul the electoral code", "urged that parliament
 * repeal the law": after "that" and a subject that is an institution's noun
 * ("the government", "the national government", "parliament", "the police"),
 * the tagger reads the bare verb as a noun compounded with the subject (or a
 * preposition), and the parser then finds no clause, so whom the demand is
 * made of is lost.  When a verb of demand (demand, urge, insist, ask,
 * propose, request, recommend, require) stands before "that" (a date or
 * adverbial of up to three words between), the word right after such a
 * subject, lowercase, tagged anything but a verb or auxiliary, not ending in
 * "s" (a plural noun; "ss" is no plural: "discuss") nor in a person's suffix
 * ("spokesman", "minister"), and followed by the first word of an object
 * (not a name: "the government spokesman Ali") or by the sentence's end,
 * becomes a base verb (VB, lemma the word).
 *
 * 11. "cut" after a name in a sentence with no verb ("Germany cut aid to
 * Rwanda": read as the noun compounded with the name) is its past verb.
 *
 * 12. A regular past read as an adjective between a subject's name and an
 * object.  "The United States armed Pakistan during the Cold War": the
 * tagger reads "armed" as an adjective of "Pakistan", the parser joins
 * Pakistan to the subject, and every later act of the sentence takes it as
 * a doer.  A lowercase word ending in "ed" tagged JJ or VBN right after a
 * name (NNP, NNPS), in a sentence with no verb or auxiliary before it, and
 * right before a name or the first word of an object ("the", "a", "an", a
 * possessive pronoun) becomes a past verb (VBD) when the lemmatizer then
 * finds a regular past in it (not "the Syrian armed forces", a noun after).
 * So also after "then" or "later" right after the name or the comma that
 * closes its apposition, before an adjective or a plural noun too ("X, the
 * Turkish president, then exchanged personal insults").
 *
 * 13. A plural noun read as a verb after its compound in a verb's object.
 * "condemned the missile launches that Pyongyang carried out": the tagger
 * reads "launches" as a verb (VBZ) with "missile" its subject, and the
 * condemnation loses its object (and Seoul launches missiles).  A lowercase
 * verb (no auxiliary: "what the problem is.") tagged VBZ right after a
 * lowercase singular noun (NN), whose phrase
 * opens (past up to three adjectives or nouns) with a determiner or
 * possessive right after a verb that is no verb of saying or thinking, and
 * that is followed by "that", "which", a preposition or punctuation (no
 * object of its own), becomes a plural noun (NNS, lemma anew).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "tagfix.h"
#include "lemma.h"

static int small_word(const kg_token *t)
{
  return t->form && islower((unsigned char)t->form[0]);
}

static int name_like(const kg_token *t)
{
  const char *f = t->form;
  return f && isupper((unsigned char)f[0]) && islower((unsigned char)f[1]) && t->lemma &&
         !strcasecmp(t->lemma, f);
}

static int known_place(const kg_dict *dict, const kg_doc *doc, uint32_t k)
{
  kg_dict_match m;
  if (!kg_dict_match_actor(dict, doc, k, &m) || m.ntok != 1 || m.form == KG_FORM_DEMONYM)
    return 0;
  const kg_dict_actor *a = kg_dict_actor_at(dict, m.entry);
  return a && (a->type == KG_ACT_COUNTRY || a->type == KG_ACT_PLACE);
}

static kg_status state_names(const kg_dict *dict, kg_doc *doc)
{
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    for (uint32_t k = se->tok + 1; k < se->tok + se->ntok; k++) {
      kg_token *t = &doc->tokens[k], *p = &doc->tokens[k - 1];
      if (t->upos != KG_UPOS_VERB || !small_word(p) || !name_like(t) || !known_place(dict, doc, k))
        continue;
      t->upos = KG_UPOS_PROPN;
      t->xpos = "NNP";
      t->lemma = t->form;
      if (p->upos == KG_UPOS_PART && !strcmp(p->form, "to")) {
        p->upos = KG_UPOS_ADP;
        p->xpos = "IN";
      }
    }
  }
  return KG_OK;
}

static kg_status according_to(kg_doc *doc)
{
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    for (uint32_t k = se->tok; k + 2 < se->tok + se->ntok; k++) {
      kg_token *a = &doc->tokens[k], *to = &doc->tokens[k + 1], *w = &doc->tokens[k + 2];
      if (!a->form || strncasecmp(a->form, "according", 9) || a->end - a->start != 9 || !to->form ||
          to->end - to->start != 2 || strncmp(to->form, "to", 2))
        continue;
      to->upos = KG_UPOS_ADP;
      to->xpos = "IN";
      if (w->upos != KG_UPOS_VERB || !w->xpos || (strcmp(w->xpos, "VB") && strcmp(w->xpos, "VBZ")))
        continue;
      int cap = !small_word(w);
      w->upos = cap ? KG_UPOS_PROPN : KG_UPOS_NOUN;
      w->xpos = cap ? "NNP" : !strcmp(w->xpos, "VBZ") ? "NNS" : "NN";
    }
  }
  return KG_OK;
}

static int word_is(const kg_token *t, const char *w)
{
  size_t n = t->end - t->start;
  return strlen(w) == n && !strncmp(t->form, w, n);
}

static int xpos_is(const kg_token *t, const char *x)
{
  return t->xpos && !strcmp(t->xpos, x);
}

/* Can tk[k] open the object's phrase? */
static int object_start(const kg_token *t)
{
  switch (t->upos) {
  case KG_UPOS_DET: case KG_UPOS_NUM: case KG_UPOS_ADJ: case KG_UPOS_NOUN: case KG_UPOS_PROPN:
    return 1;
  case KG_UPOS_PRON:
    return xpos_is(t, "PRP$");
  default:
    return 0;
  }
}

/* The token after the particle of result that starts at tk[k] (0: none);
 * *strict set when the particle needs the verb proven ("down", "up"). */
static size_t after_result(const kg_token *tk, size_t k, size_t end, int *strict)
{
  *strict = 0;
  if (k >= end)
    return 0;
  if (word_is(&tk[k], "dead"))
    return k + 1;
  if (word_is(&tk[k], "to") && k + 1 < end && word_is(&tk[k + 1], "death"))
    return k + 2;
  if (word_is(&tk[k], "down") || word_is(&tk[k], "up")) {
    *strict = 1;
    return k + 1;
  }
  return 0;
}

static kg_status sentence(const kg_tagger *tg, kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k + 2 < end; k++) {
    kg_token *t = &tk[k], *p = &tk[k - 1];
    if (t->upos != KG_UPOS_NOUN || !(xpos_is(t, "NN") || xpos_is(t, "NNS")) || !t->form ||
        t->form[0] < 'a' || t->form[0] > 'z')
      continue;
    if (!(p->upos == KG_UPOS_NOUN || p->upos == KG_UPOS_PROPN || (p->upos == KG_UPOS_PRON && xpos_is(p, "PRP"))))
      continue;
    int strict;
    size_t o = after_result(tk, k + 1, end, &strict);
    if (!o || o >= end || !object_start(&tk[o]))
      continue;
    const char *x0 = t->xpos, *l0 = t->lemma;
    uint8_t u0 = t->upos;
    t->xpos = "VBN";                     /* (the participle's lemma first: "shot" -> "shoot") */
    t->upos = KG_UPOS_VERB;
    kg_status st = kg_tagger_relemma(tg, doc, k);
    if (st == KG_OK && t->lemma && word_is(t, t->lemma)) {
      t->xpos = "VBD";
      st = kg_tagger_relemma(tg, doc, k);
    }
    if (st != KG_OK)
      return st;
    t->xpos = x0[2] == 'S' ? "VBZ" : "VBD";
    if (strict && t->lemma && word_is(t, t->lemma)) {   /* no verb form of its own: as it was */
      t->xpos = x0;
      t->upos = u0;
      t->lemma = l0;
    } else if (strict) {
      tk[k + 1].upos = KG_UPOS_ADP;                      /* "down": the verb's particle */
      tk[k + 1].xpos = "RP";
    }
  }
  return KG_OK;
}

/* The possessed adjective repair (the header comment) on tk[s0..end). */
static kg_status possessed_adjective(const kg_tagger *tg, kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k + 1 < end; k++) {
    kg_token *t = &tk[k];
    if (k >= s0 + 2 && t->upos == KG_UPOS_ADV && xpos_is(t, "RB") && tk[k - 1].upos == KG_UPOS_ADJ &&
        xpos_is(&tk[k - 2], "POS") && (tk[k + 1].upos == KG_UPOS_PUNCT || tk[k + 1].upos == KG_UPOS_ADP)) {
      t->upos = KG_UPOS_NOUN;            /* "Belarus's closest ally," */
      t->xpos = "NN";
      kg_status st = kg_tagger_relemma(tg, doc, k);
      if (st != KG_OK)
        return st;
      continue;
    }
    if (t->upos != KG_UPOS_ADJ || !xpos_is(t, "JJ") || !xpos_is(&tk[k - 1], "POS"))
      continue;
    uint8_t u = tk[k + 1].upos;          /* (not a noun after it: "Mali's military leaders"; not another */
    if (!(u == KG_UPOS_ADP || u == KG_UPOS_VERB || u == KG_UPOS_AUX ||   /* adjective: "X's long, porous" */
          (u == KG_UPOS_PUNCT && (k + 2 >= end || tk[k + 2].upos != KG_UPOS_ADJ))))
      continue;
    t->upos = KG_UPOS_NOUN;
    t->xpos = "NN";
    kg_status st = kg_tagger_relemma(tg, doc, k);
    if (st != KG_OK)
      return st;
  }
  return KG_OK;
}

/* Is the sentence's last verb before tk[k] a past verb (VBD) with no form of
 * "be", "have" or "get" and no other verb form between them? */
static int past_before(const kg_token *tk, size_t s0, size_t k)
{
  static const char *const aux[] = { "be", "have", "get", NULL };
  for (size_t q = k; q-- > s0;) {
    const char *l = tk[q].lemma;
    int be = 0;
    for (size_t a = 0; l && aux[a]; a++)
      be |= !strcmp(l, aux[a]);
    if (be || xpos_is(&tk[q], "VBN") || xpos_is(&tk[q], "VBZ") || xpos_is(&tk[q], "VBP") ||
        xpos_is(&tk[q], "VB") || xpos_is(&tk[q], "MD") || xpos_is(&tk[q], "VBG"))
      return 0;
    if (xpos_is(&tk[q], "VBD"))
      return 1;
  }
  return 0;
}

/* The past-tense adjective repair (the header comment) on tk[s0..end). */
static void past_adjective(kg_doc *doc, size_t s0, size_t end)
{
  static const char *const same_past[] = { "set", "cut", "put", "hit", "shut", "cast", "spread", NULL };
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k + 1 < end; k++) {
    kg_token *t = &tk[k], *p = &tk[k - 1], *n = &tk[k + 1];
    if (t->upos != KG_UPOS_ADJ || !xpos_is(t, "JJ"))
      continue;
    int w = 0;
    while (same_past[w] && !word_is(t, same_past[w]))
      w++;
    if (!same_past[w])
      continue;
    /* "... froze the loan and (then) cut military aid": coordinated with a past verb */
    size_t c = word_is(p, "then") && k >= s0 + 2 ? k - 2 : k - 1;
    int coord = (word_is(&tk[c], "and") || word_is(&tk[c], "or")) && past_before(tk, s0, c);
    if (!coord && !(xpos_is(p, "NNS") || p->upos == KG_UPOS_PROPN || xpos_is(p, "PRP")))
      continue;
    if (!object_start(n) || (n->upos == KG_UPOS_ADJ &&
                             !(coord && k + 2 < end && (tk[k + 2].upos == KG_UPOS_NOUN))))
      continue;
    t->upos = KG_UPOS_VERB;
    t->xpos = "VBD";
    t->lemma = same_past[w];
  }
}

static int cap_word(const kg_token *t)
{
  return t->form && isupper((unsigned char)t->form[0]) && islower((unsigned char)t->form[1]);
}

static kg_status portfolio_words(const kg_dict *dict, kg_doc *doc)
{
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    uint32_t end = se->tok + se->ntok;
    for (uint32_t k = se->tok + 1; k + 1 < end; k++) {
      const kg_token *n = &doc->tokens[k];
      kg_token *p = &doc->tokens[k - 1];
      if (n->upos != KG_UPOS_PROPN || !cap_word(n) || !cap_word(p) ||
          (p->upos != KG_UPOS_NOUN && p->upos != KG_UPOS_VERB && p->upos != KG_UPOS_ADJ))
        continue;
      const kg_title *ti = NULL;
      uint32_t len = kg_dict_match_title(dict, doc, k, &ti);
      if (!len || k + len >= end)
        continue;
      const kg_token *nm = &doc->tokens[k + len];
      if (nm->upos != KG_UPOS_PROPN || !cap_word(nm))
        continue;
      for (uint32_t j = k; j-- > se->tok;) {   /* the run of capitalised words before the title */
        kg_token *t = &doc->tokens[j];
        if (!cap_word(t) || (t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_VERB && t->upos != KG_UPOS_ADJ &&
                             t->upos != KG_UPOS_PROPN))
          break;
        if (t->upos == KG_UPOS_NOUN || (t->upos == KG_UPOS_VERB && j == se->tok)) {
          t->upos = KG_UPOS_PROPN;
          t->xpos = "NNP";             /* not NNPS: the parser then heads a phrase with it */
          t->lemma = t->form;
        }
      }
    }
  }
  return KG_OK;
}

/* Is t's form a regular past of its lemma: lemma + "ed" or "d", with the
 * last consonant doubled, or "y" as "ied" ("boarded", "seized", "stopped",
 * "carried"; not "seabed" read as "sea")? */
static int regular_past(const kg_token *t)
{
  size_t n = t->end - t->start, l = t->lemma ? strlen(t->lemma) : 0;
  if (!l || l >= n || strncmp(t->form, t->lemma, l - 1))
    return 0;
  const char *rest = t->form + l;
  size_t r = n - l;
  if (t->form[l - 1] != t->lemma[l - 1])            /* "carry" -> "carried" */
    return t->lemma[l - 1] == 'y' && r == 3 && !strncmp(rest - 1, "ied", 3);
  if (r == 2 && !strncmp(rest, "ed", 2))
    return 1;
  if (r == 1 && rest[0] == 'd' && t->lemma[l - 1] == 'e')
    return 1;
  return r == 3 && rest[0] == t->lemma[l - 1] && !strncmp(rest + 1, "ed", 2);
}

/* Token k retagged a past verb (VBD) and lemmatized anew; kept (*past 1)
 * when the lemmatizer then finds a regular past in it, else as it was. */
static kg_status try_past(const kg_tagger *tg, kg_doc *doc, size_t k, int *past)
{
  kg_token *t = &doc->tokens[k];
  const char *x0 = t->xpos, *l0 = t->lemma;
  uint8_t u0 = t->upos;
  t->xpos = "VBD";
  t->upos = KG_UPOS_VERB;
  kg_status st = kg_tagger_relemma(tg, doc, k);
  if (st != KG_OK)
    return st;
  *past = regular_past(t);
  if (!*past) {                                          /* no verb in it: as it was */
    t->xpos = x0;
    t->upos = u0;
    t->lemma = l0;
  }
  return KG_OK;
}

/* The coordinated past verb repair (4 in the header comment) on tk[s0..end). */
static kg_status coordinated_past(const kg_tagger *tg, kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k + 2 < end; k++) {
    kg_token *t = &tk[k], *p = &tk[k - 1], *n = &tk[k + 1];
    size_t len = t->end - t->start;
    if (!xpos_is(t, "NN") || !t->form || len < 6 || t->form[0] < 'a' || t->form[0] > 'z' ||
        strncmp(t->form + len - 2, "ed", 2))
      continue;
    if (!(p->upos == KG_UPOS_NOUN || p->upos == KG_UPOS_PROPN))
      continue;
    int coord = (word_is(n, "and") || word_is(n, "or")) && xpos_is(&tk[k + 2], "VBD");
    int object = (n->upos == KG_UPOS_DET && (word_is(n, "the") || word_is(n, "a") || word_is(n, "an"))) ||
                 (n->upos == KG_UPOS_PRON && xpos_is(n, "PRP$"));
    if (!coord && !object)
      continue;
    int past = 0;
    kg_status st = try_past(tg, doc, k, &past);
    if (st != KG_OK)
      return st;
  }
  return KG_OK;
}

/* The coordinated participle repair (6 in the header comment) on tk[s0..end). */
static void coordinated_participle(kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 2; k + 1 < end; k++) {
    kg_token *t = &tk[k];
    if (!xpos_is(t, "VBN") || !word_is(&tk[k - 1], "and") || !object_start(&tk[k + 1]) ||
        tk[k + 1].upos == KG_UPOS_ADJ || !regular_past(t))
      continue;
    if (past_before(tk, s0, k - 1))
      t->xpos = "VBD";
  }
}

/* The irregular past repair (7 in the header comment) on tk[s0..end). */
static void irregular_past(kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k < end; k++) {
    kg_token *t = &tk[k];
    char w[32];
    size_t n = t->end - t->start;
    if (!t->form || n < 3 || n >= sizeof w || t->form[0] < 'a' || t->form[0] > 'z' || xpos_is(t, "VBD"))
      continue;
    memcpy(w, t->form, n);
    w[n] = '\0';
    int past = 0;
    const char *base = kg_lemma_irregular(w, &past);
    if (!base || !past)
      continue;
    size_t q = k - 1;
    if (tk[q].upos == KG_UPOS_ADV && q > s0)
      q--;
    const kg_token *p = &tk[q];
    int subject = p->upos == KG_UPOS_NOUN || p->upos == KG_UPOS_PROPN || xpos_is(p, "PRP");
    if (t->upos == KG_UPOS_VERB) {
      if (!xpos_is(t, "VB") && !xpos_is(t, "VBP"))
        continue;
      int aux = 0;
      for (size_t r = k; r-- > s0 && r + 4 > k && !aux;)
        aux = xpos_is(&tk[r], "MD") || xpos_is(&tk[r], "TO") || word_is(&tk[r], "to") ||
              (tk[r].lemma && !strcmp(tk[r].lemma, "do"));
      if (aux)
        continue;
    } else if (t->upos == KG_UPOS_AUX || !subject) {
      continue;
    }
    t->upos = KG_UPOS_VERB;
    t->xpos = "VBD";
    t->lemma = base;
  }
}

/* The "mine" repair (9 in the header comment) on tk[s0..end). */
static void mine_noun(kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k < end; k++) {
    kg_token *t = &tk[k];
    uint8_t pu = tk[k - 1].upos;
    if (t->upos != KG_UPOS_PRON || !(word_is(t, "mine") || word_is(t, "Mine")) ||
        !(pu == KG_UPOS_DET || pu == KG_UPOS_ADJ || pu == KG_UPOS_NUM || pu == KG_UPOS_NOUN ||
          pu == KG_UPOS_PROPN))
      continue;
    t->upos = KG_UPOS_NOUN;
    t->xpos = "NN";
    t->lemma = "mine";
  }
}

/* 11 (header comment): "Germany cut aid to Rwanda", "Washington cut most of
 * its funding": "cut", a simple past spelled as its noun, read as a noun
 * right after a name, in a sentence with no verb or auxiliary of its own,
 * before the first word of an object (a determiner, possessive, noun,
 * adjective, or "off"/"back"), is the name's past verb (VBD, lemma "cut"). */
static void name_cut(kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0; k < end; k++)
    if (tk[k].upos == KG_UPOS_VERB || tk[k].upos == KG_UPOS_AUX)
      return;
  for (size_t k = s0 + 1; k + 1 < end; k++) {
    kg_token *t = &tk[k];
    const kg_token *nx = &tk[k + 1];
    if (!word_is(t, "cut") || t->upos != KG_UPOS_NOUN || tk[k - 1].upos != KG_UPOS_PROPN)
      continue;
    if (!(nx->upos == KG_UPOS_DET || nx->upos == KG_UPOS_NOUN || nx->upos == KG_UPOS_ADJ ||
          xpos_is(nx, "PRP$") || word_is(nx, "off") || word_is(nx, "back")))
      continue;
    t->upos = KG_UPOS_VERB;
    t->xpos = "VBD";
    t->lemma = "cut";
    return;
  }
}

/* 12 (header comment): a regular past read as an adjective after its
 * subject's name, before a name or an object. */
static kg_status name_past_adjective(const kg_tagger *tg, kg_doc *doc, size_t s0, size_t end)
{
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k + 1 < end; k++) {
    kg_token *t = &tk[k];
    if (t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX)
      return KG_OK;
    size_t len = t->end - t->start;
    if (!(xpos_is(t, "JJ") || xpos_is(t, "VBN")) || !small_word(t) || len < 5 || strncmp(t->form + len - 2, "ed", 2))
      continue;
    /* ("X, the Turkish president, then exchanged insults": "then" after the subject's name or closing comma) */
    int adv = k >= s0 + 2 && (word_is(&tk[k - 1], "then") || word_is(&tk[k - 1], "later")) &&
              (xpos_is(&tk[k - 2], "NNP") || xpos_is(&tk[k - 2], "NNPS") || word_is(&tk[k - 2], ","));
    if (!adv && !(xpos_is(&tk[k - 1], "NNP") || xpos_is(&tk[k - 1], "NNPS")))
      continue;
    const kg_token *n = &tk[k + 1];
    if (!((n->upos == KG_UPOS_PROPN && n->form && isupper((unsigned char)n->form[0])) ||
          (n->upos == KG_UPOS_DET && (word_is(n, "the") || word_is(n, "a") || word_is(n, "an"))) ||
          (n->upos == KG_UPOS_PRON && xpos_is(n, "PRP$")) ||
          (adv && (n->upos == KG_UPOS_ADJ || xpos_is(n, "NNS")))))
      continue;
    int past = 0;
    kg_status st = try_past(tg, doc, k, &past);
    if (st != KG_OK)
      return st;
    if (!past)
      continue;
    return KG_OK;
  }
  return KG_OK;
}

static int lemma_listed(const kg_token *t, const char *const *list)
{
  for (size_t k = 0; t->lemma && list[k]; k++)
    if (!strcmp(t->lemma, list[k]))
      return 1;
  return !t->lemma;
}

/* 13 (header comment): a plural noun read as a verb after its compound in
 * a verb's object ("condemned the missile launches that X carried out"). */
static kg_status object_plural(const kg_tagger *tg, kg_doc *doc, size_t s0, size_t end)
{
  static const char *const saying[] = { "say", "tell", "think", "believe", "know", "claim", "announce", "report",
    "insist", "argue", "warn", "fear", "hope", "suggest", "show", "find", "note", "add", "state", "confirm",
    "deny", "expect", "mean", "feel", "understand", "see", "hear", "ensure", "assume", "predict", NULL };
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 3; k + 1 < end; k++) {
    kg_token *t = &tk[k];
    const kg_token *n = &tk[k + 1];
    if (!xpos_is(t, "VBZ") || t->upos != KG_UPOS_VERB || !small_word(t) || !xpos_is(&tk[k - 1], "NN") ||
        !small_word(&tk[k - 1]) ||
        !(word_is(n, "that") || word_is(n, "which") || n->upos == KG_UPOS_PUNCT ||
          (n->upos == KG_UPOS_ADP && xpos_is(n, "IN"))))
      continue;
    size_t d = k - 1;
    while (d > s0 && k - d <= 4 && (tk[d - 1].upos == KG_UPOS_ADJ || xpos_is(&tk[d - 1], "NN")))
      d--;
    if (d <= s0 + 1)
      continue;
    const kg_token *det = &tk[d - 1], *v = &tk[d - 2];
    if (!((det->upos == KG_UPOS_DET && (word_is(det, "the") || word_is(det, "a") || word_is(det, "these") ||
                                         word_is(det, "those") || word_is(det, "its") || word_is(det, "their"))) ||
          xpos_is(det, "PRP$")) ||
        v->upos != KG_UPOS_VERB || lemma_listed(v, saying))
      continue;
    t->upos = KG_UPOS_NOUN;
    t->xpos = "NNS";
    kg_status st = kg_tagger_relemma(tg, doc, k);
    if (st != KG_OK)
      return st;
  }
  return KG_OK;
}

/* The "-general" title repair (8 in the header comment) on tk[s0..end). */
static kg_status general_title(const kg_tagger *tg, kg_doc *doc, size_t s0, size_t end)
{
  static const char *const heads[] = { "secretary", "Secretary", "director", "Director", "attorney", "Attorney",
                                       "governor", "Governor", "solicitor", "Solicitor", "inspector", "Inspector",
                                       NULL };
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 2; k < end; k++) {
    kg_token *t = &tk[k];
    int head = 0;
    for (size_t h = 0; heads[h] && !head; h++)
      head = word_is(&tk[k - 2], heads[h]);
    if (!head || !word_is(&tk[k - 1], "-") || !(word_is(t, "general") || word_is(t, "General")))
      continue;
    kg_status st = KG_OK;
    if (t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_PROPN) {
      t->upos = KG_UPOS_NOUN;             /* "secretary-general": a noun, not "general" the adjective */
      t->xpos = "NN";
      st = kg_tagger_relemma(tg, doc, k);
    }
    /* "X, NATO's secretary-general, spoke to Y": the apposition after a
     * name closes, and the word after its comma is the name's verb */
    size_t c = 0;
    for (size_t q = k - 2; q-- > s0 + 1 && !c;)
      if (word_is(&tk[q], ",") || tk[q].upos == KG_UPOS_VERB || tk[q].upos == KG_UPOS_AUX)
        c = q;
    if (st != KG_OK || !c || !word_is(&tk[c], ",") || tk[c - 1].upos != KG_UPOS_PROPN || k + 2 >= end ||
        !word_is(&tk[k + 1], ",") || !tk[k + 2].form || tk[k + 2].form[0] < 'a' || tk[k + 2].form[0] > 'z' ||
        !(tk[k + 2].upos == KG_UPOS_ADJ || xpos_is(&tk[k + 2], "VBN")))
      continue;
    kg_token *v = &tk[k + 2];
    const char *x0 = v->xpos, *l0 = v->lemma;
    uint8_t u0 = v->upos;
    v->upos = KG_UPOS_VERB;
    v->xpos = "VBD";
    if ((st = kg_tagger_relemma(tg, doc, k + 2)) != KG_OK)
      return st;
    if (!v->lemma || word_is(v, v->lemma)) {   /* no verb form of its own: as it was */
      v->xpos = x0;
      v->upos = u0;
      v->lemma = l0;
    }
  }
  return KG_OK;
}

/* The mandative subjunctive repair (9 in the header comment) on tk[s0..end). */
static void mandative_verb(kg_doc *doc, size_t s0, size_t end)
{
  static const char *const demand[] = { "demand", "urge", "insist", "ask", "propose", "request", "recommend",
    "require", NULL };
  static const char *const body[] = { "government", "parliament", "police", "army", "military", "authorities",
    "council", "president", "administration", "junta", "regime", "legislature", "congress", "senate",
    "assembly", "court", "commission", "ministry", "company", "employers", NULL };
  static const char *const person[] = { "man", "men", "er", "or", "ist", "ian", "ent", NULL };
  kg_token *tk = doc->tokens;
  for (size_t m = s0 + 1; m + 2 < end; m++) {
    if (!word_is(&tk[m], "that"))
      continue;
    int asked = 0;
    for (size_t q = m; q-- > s0 && q + 5 > m && !asked;) {
      if (tk[q].upos == KG_UPOS_VERB || tk[q].upos == KG_UPOS_AUX) {
        for (size_t w = 0; demand[w] && !asked; w++)
          asked = tk[q].lemma && !strcmp(tk[q].lemma, demand[w]);
        break;
      }
    }
    if (!asked)
      continue;
    size_t k = m + 1;
    if (k < end && (tk[k].upos == KG_UPOS_DET || xpos_is(&tk[k], "PRP$")))
      k++;
    while (k + 1 < end && (tk[k].upos == KG_UPOS_ADJ || tk[k].upos == KG_UPOS_PROPN) && k < m + 4)
      k++;                                /* "the national", "the Kenyan" */
    int inst = 0;
    for (size_t w = 0; body[w] && !inst && k < end; w++)
      inst = word_is(&tk[k], body[w]);
    if (!inst || k + 2 > end)
      continue;
    kg_token *t = &tk[k + 1];
    size_t n = t->end - t->start;
    if (!small_word(t) || n < 3 || t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX ||
        (t->form[n - 1] == 's' && t->form[n - 2] != 's'))
      continue;
    int who = 0;
    for (size_t w = 0; person[w] && !who; w++) {
      size_t l = strlen(person[w]);
      who = n > l && !strncmp(t->form + n - l, person[w], l);
    }
    const kg_token *nx = k + 2 < end ? &tk[k + 2] : NULL;
    if (who || !nx || !((object_start(nx) && nx->upos != KG_UPOS_PROPN) || nx->upos == KG_UPOS_PUNCT))
      continue;
    t->upos = KG_UPOS_VERB;
    t->xpos = "VB";
    t->lemma = t->form;
  }
}

/* "Ursula von der Leyen", "Rob van der Berg": a Germanic name particle
 * (English writes "von", "van", "der", "den", "ter" in no other use)
 * between a capitalised proper noun and the capitalised rest of the name,
 * read as a noun, is a proper noun of the name (NNP), so the parser keeps
 * the name one phrase and the subject its verb's (tagger.c's classes only). */
static void name_particle(kg_doc *doc, size_t s0, size_t end)
{
  static const char *const part[] = { "von", "van", "der", "den", "ter", NULL };
  kg_token *tk = doc->tokens;
  for (size_t k = s0 + 1; k + 1 < end; k++) {
    const char *f = tk[k].form;
    if (!f || (f[0] != 'v' && f[0] != 'd' && f[0] != 't') || tk[k - 1].upos != KG_UPOS_PROPN ||
        !tk[k - 1].form || !isupper((unsigned char)tk[k - 1].form[0]))
      continue;
    size_t n = 0;                       /* the particles, "von der" */
    while (k + n + 1 < end && n < 2) {
      int is = 0;
      for (size_t w = 0; part[w] && !is; w++)
        is = word_is(&tk[k + n], part[w]);
      if (!is)
        break;
      n++;
    }
    const char *r = tk[k + n].form;
    if (n == 0 || !r || !isupper((unsigned char)r[0]) || !isalpha((unsigned char)r[1]))
      continue;
    for (size_t q = k; q < k + n; q++) {
      tk[q].upos = KG_UPOS_PROPN;
      tk[q].xpos = "NNP";
    }
    k += n;
  }
}

static kg_status result_verbs(const kg_tagger *t, kg_doc *doc)
{
  for (size_t s = 0; s < doc->nsents; s++) {
    size_t s0 = doc->sents[s].tok, end = s0 + doc->sents[s].ntok;
    kg_status st = sentence(t, doc, s0, end);
    if (st == KG_OK)
      st = possessed_adjective(t, doc, s0, end);
    past_adjective(doc, s0, end);
    coordinated_participle(doc, s0, end);
    irregular_past(doc, s0, end);
    mine_noun(doc, s0, end);
    mandative_verb(doc, s0, end);
    name_cut(doc, s0, end);
    name_particle(doc, s0, end);
    if (st == KG_OK)
      st = coordinated_past(t, doc, s0, end);
    if (st == KG_OK)
      st = general_title(t, doc, s0, end);
    if (st == KG_OK)
      st = name_past_adjective(t, doc, s0, end);
    if (st == KG_OK)
      st = object_plural(t, doc, s0, end);
    if (st != KG_OK)
      return st;
  }
  return KG_OK;
}

kg_status kg_tagfix_run(const kg_tagger *tagger, const kg_dict *dict, kg_doc *doc)
{
  if (!doc || (!tagger && !dict))
    return KG_ERR_INPUT;
  kg_status st = dict ? state_names(dict, doc) : KG_OK;
  if (st == KG_OK && dict)
    st = portfolio_words(dict, doc);
  if (st == KG_OK)
    st = according_to(doc);
  return st == KG_OK && tagger ? result_verbs(tagger, doc) : st;
}
