/* clausefix.c — repairs of clauses the parser reads as phrases: a
 * subordinate clause taken for a prepositional phrase, a subject taken for
 * an apposition of a fronted date; run by treefix.c after its own repairs.
 *
 * Owns: kg_clausefix_sentence and its repairs (one sentence's tree at a
 * time, changed only where the words show the intended tree).
 * Does not own: the other tree repairs (treefix.c), the repairs of
 * coordinations (clauseconj.c), the parser.
 *
 * Repairs:
 * - A clause opened by a word that is both a preposition and a conjunction:
 *   "France summoned the ambassador on Friday after Interior Minister X
 *   accused Baku of ..." is often parsed with "after X" a prepositional
 *   phrase (nmod or obl) and "accused" a clausal complement (xcomp) of the
 *   main verb with no subject, so that the accusation takes the main
 *   clause's subject.  When "after", "before", "since", "until" or "till"
 *   is the case marker of a noun, name or pronoun whose phrase runs from
 *   the marker up to a finite verb (VBD, VBZ, VBP, or any verb with a
 *   finite auxiliary between them) that has no subject and hangs on a verb
 *   outside the phrase as xcomp, ccomp, dep, parataxis or advcl, the verb
 *   becomes an advcl of that verb, the noun its subject and the marker its
 *   mark; a measure of time the phrase hangs on, taken for the verb's
 *   subject ("nine months after the council authorised ..."), becomes the
 *   clause's obl:npmod.  So also for a verb read as a conjunct with no "and"
 *   or comma of its own, and past a participle right after the noun's
 *   phrase, which becomes the noun's reduced relative ("lodged a protest
 *   after a shell fired from across the border killed a man": "killed" was
 *   a second act of the protester, dated by its own "on Friday").  Undone
 *   if the result is not one tree.
 * - A subject after a fronted date with no comma: "In March the president,
 *   who had accused India of ..., urged New Delhi to ..." is often parsed
 *   with "the president" an apposition of "March", leaving "urged" with no
 *   subject.  When a noun or name hangs as appos on a month, weekday or
 *   year that is an oblique of a verb after it, with no comma between the
 *   date and the noun's phrase, and that verb has no subject, the noun
 *   becomes its subject; so also after a comma when the noun's phrase runs
 *   up to the verb ("In April, Deputy Secretary of State X met Y").  A
 *   name hung as flat on the date ("In November 2020 Bulgaria vetoed", the
 *   year between), or the apposition of a date that took the subject slot
 *   itself ("In July 2022 France, which ..., brokered": the date becomes an
 *   oblique), is repaired the same way.  A weekday or month the parser
 *   made a compound inside the subject's phrase, with the phrase an oblique
 *   marked by the date's "on" or "in" ("On Wednesday Kenya's Foreign
 *   Minister, X, met Y": "Wednesday" a compound of "Kenya", "on" the case of
 *   "Minister"), becomes the verb's oblique with its preposition, and the
 *   phrase's head the verb's subject (date_in_subject).
 * - A subject joined to a fronted place: "In Moscow, Prabowo and Putin
 *   held talks" is often parsed with "Prabowo" and "Putin" conjuncts of
 *   "Moscow", leaving "held" with no subject.  When a finite verb has no
 *   subject and an oblique before it (a name or noun with its preposition)
 *   has a conjunct right after a comma that follows the oblique's phrase,
 *   with everything from that conjunct up to the verb under the oblique,
 *   that conjunct becomes the verb's subject and the later conjuncts its
 *   own (place_conj_subject).
 * - A reporting verb taken for an adverbial clause of what it reports:
 *   "..., while South Korea said it would withdraw ..." is often parsed
 *   with "withdraw" the head and "said" its advcl.  When a verb of saying
 *   (say, announce, add, insist, declare, state, confirm, warn) hangs as
 *   advcl on a later verb, has a subject of its own and no object or clausal
 *   complement, and is followed at once by that verb's subject (or by "that"
 *   and it), the saying verb takes the later verb's place in the tree and the
 *   later verb becomes its ccomp.
 * - A teller's second act joined to what was told: "Xi told him that the two
 *   had no conflict and urged Canberra to ..." is often parsed with "urged"
 *   a conjunct of "had", inside the reported clause.  When a verb of
 *   saying or urging (urge, call, ask, warn, add, say, tell, insist, press,
 *   invite, accuse, reject, deny) with no subject of its own and "and" right before it is a
 *   conjunct of the verb of a ccomp of a verb of saying that has a subject,
 *   both verbs are in the past (VBD) and the told clause's subject is a
 *   coordination ("China and Australia", who do not urge one of their own),
 *   it becomes a conjunct of the verb of saying.
 * - A for-to clause read as a phrase and a purpose: "defying calls from
 *   Ukraine for Mongolia to arrest him" is often parsed with "for Mongolia"
 *   an oblique and "to arrest" an adverbial clause, both of "defying", so
 *   that the arrest takes the main clause's subject.  When "for" marks a
 *   noun, name or pronoun that is an oblique of a verb and its phrase is
 *   followed at once by "to" and a bare verb (VB) with no subject hanging
 *   on the same verb, the noun becomes that verb's subject and "for" its
 *   mark (a common noun only after a noun of asking: "left the door open
 *   for talks to find out" is a phrase and a purpose); the clause hangs as acl on the verb's object when that is a noun
 *   of asking (call, demand, appeal, plea, request, pressure, push, order),
 *   as it does when the parser made the clause but hung it on the verb.
 * - A possessor hung on a verb: "The visit came after China's Ministry of
 *   Commerce summoned the ambassador" is sometimes parsed with "China" an
 *   nmod:poss of "summoned".  When a name or noun marked by "'s" hangs as
 *   nmod:poss on a verb after it, and the words from the one after "'s" up
 *   to a subject or object of that verb all lie under that subject or
 *   object (a noun or name before the verb, or right after it), the
 *   possessor hangs on that noun instead.
 * - A prepositional phrase joined to another of the verb's: "apologised for
 *   the delay and to Robert Pires" is often parsed with "Pires" a conjunct
 *   of "delay".  When a noun, name or pronoun with a preposition of its own
 *   right after "and" (or "or") is a conjunct of an oblique of a verb whose
 *   preposition differs, it becomes an oblique of the verb ("to the fans and
 *   to Gary Neville", one preposition, stays a conjunct); such a phrase
 *   parsed as a conjunct of the verb itself, with no subject or copula of
 *   its own, becomes its oblique too.
 * - An infinitive of a causing verb's object hung on the clause above: "X
 *   held exercises with Y, prompting Z's minister, W, to denounce them" is
 *   often parsed with "to denounce" an advcl of "held" (so that X
 *   denounces).  When a to-infinitive hangs as advcl on a verb, and the
 *   nearest verb before it is a dependent of that verb, one of causing or
 *   urging (prompt, force, lead, push, spur, provoke, drive, urge, ask,
 *   persuade, encourage, invite, compel, pressure, press, allow), with an
 *   object, no clausal complement, and every word between it and "to" under
 *   it (but punctuation), the infinitive becomes its xcomp (the object controls it); a second
 *   object that is a name after a comma becomes the first one's apposition.
 * - An object relative clause hung on the clause above: "The dispute flared
 *   after X's referendum, which Y condemned as ..." is often parsed with
 *   "condemned" a parataxis (or advcl, conj, dep) of "flared", so that the
 *   referendum is not what Y condemned.  When "which" or "whom" right after
 *   a comma that follows a noun or name is the object of a later verb with
 *   a subject of its own between them, and that verb is not already a
 *   relative clause (nor the root), the verb becomes an acl:relcl of that
 *   noun (of the name's head word).
 * - "whom" read as a subject: "X, the former president of Y, whom the
 *   United States sanctioned in 2022, said" is often parsed with "whom" a
 *   passive subject of a verb that has a subject of its own after it, and
 *   the clause hung on Y; "whom" becomes the object, and a clause hung on an
 *   nmod of an apposition noun hangs on that noun (whom_object).
 * - A reported clause read as a reduced relative: "The two leaders held
 *   talks for three hours, officials said" is often parsed with "held" (a
 *   past tense tagged as a participle) an acl of "leaders", and "leaders" a
 *   second subject of "said".  When a verb of saying has two subjects, the
 *   first a noun or name before a comma and the second after it, and the
 *   first has an acl that is a past participle (VBN) right after it, with an
 *   object, no auxiliary, and every word up to the comma under it, the
 *   participle becomes the ccomp of the verb of saying and the noun its
 *   subject.
 * - A sentence hung on its "according to" source: "The two leaders held
 *   talks for three hours, according to the state news agency BelTA" is
 *   sometimes parsed with the source's name the root, "leaders" its subject
 *   and "held" (a past tense tagged as a participle) an acl of "leaders".
 *   When the root is a noun or name with "according" as its case marker,
 *   and a subject of it before the comma has an acl that is a past
 *   participle (VBN) right after it, with an object, no auxiliary, and every
 *   word up to that comma under it, the participle becomes the root (VBD),
 *   the noun its subject, the source its oblique, and the root's
 *   punctuation the participle's.
 * - A subject taken for an oblique: "Several member states, among them X
 *   and Y, condemned the visit" is sometimes parsed with "states" an
 *   oblique (obl, with no preposition) of the verb, which is then left with
 *   no subject.  When the sentence opens with a noun or name that hangs on
 *   a verb after it as an oblique with no case marker of its own, is no
 *   date or measure of time ("Last week, ..."), and every word before the
 *   verb is under it or is punctuation, an auxiliary or an adverb of the
 *   verb, and the verb (finite, or with a finite auxiliary) has no subject,
 *   the noun becomes its subject.
 * - An infinitive of a noun of asking hung on the verb: "its government
 *   has come under pressure at home to cut ties with X" is often parsed
 *   with "to cut" an advcl (a purpose) of "come", so that the cut reads as
 *   done.  When a to-infinitive (VB) hangs as advcl on a verb that has an
 *   oblique before it which is a noun of asking (pressure, call, demand,
 *   appeal, plea, request, push), and every word between that noun and "to"
 *   is under the noun or under another oblique of the verb, the infinitive
 *   becomes an acl of the noun (what is asked for, not done).
 * - A contrast clause read as a phrase: "A expressed support for X, while
 *   Argentina's president, Javier Milei, condemned the comments" is often
 *   parsed with "president" an oblique of "expressed" marked by "while",
 *   the name a parataxis and "condemned" a conjunct with no subject, so
 *   that A condemns and Argentina is what A supports.  When "while",
 *   "whereas", "although" or "though" is the mark of a noun or name that
 *   hangs on a verb before it (obl, nmod, dep, obj), and the next verb after
 *   the noun's phrase is finite, has no subject and hangs on that same verb
 *   (conj, parataxis, advcl, dep, ccomp, xcomp), with only punctuation and
 *   a name set off by commas between them, the verb becomes an advcl of
 *   the first, the noun its subject, the marker its mark and the name the
 *   noun's apposition (contrast_clause).
 */
#include <string.h>
#include "clausefix.h"
#include "clauseconj.h"

static int finite_tag(const kg_token *t)
{
  return t->xpos && (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBZ") || !strcmp(t->xpos, "VBP") ||
                     !strcmp(t->xpos, "MD"));
}

static int label_in(const char *r, const char *const *set)
{
  for (size_t k = 0; r && set[k]; k++)
    if (!strcmp(r, set[k]))
      return 1;
  return 0;
}

/* Is token x (sentence-relative, 1-based) under token top in tree tk? */
int kg_tree_under(const kg_token *tk, uint32_t n, uint32_t x, uint32_t top)
{
  for (uint32_t k = 0; x && k <= n; k++, x = (uint32_t)tk[x - 1].head)
    if (x == top)
      return 1;
  return 0;
}

/* Is the tree of tk[0..n) one tree: one root, every token reaching it? */
int kg_tree_one(const kg_token *tk, uint32_t n)
{
  uint32_t roots = 0;
  for (uint32_t k = 1; k <= n; k++) {
    if (tk[k - 1].head < 0 || (uint32_t)tk[k - 1].head > n)
      return 0;
    roots += tk[k - 1].head == 0;
    uint32_t x = k, steps = 0;
    while (x && steps++ <= n)
      x = (uint32_t)tk[x - 1].head;
    if (x)
      return 0;
  }
  return roots == 1;
}

/* The last token of the phrase a marker m opens on its head h after it:
 * every token from m + 1 to h under h, and the tokens after h as long as
 * they are under h; 0 when a token between m and h is not. */
static uint32_t phrase_end(const kg_token *tk, uint32_t n, uint32_t m, uint32_t h)
{
  for (uint32_t k = m + 1; k < h; k++)
    if (!kg_tree_under(tk, n, k, h))
      return 0;
  uint32_t e = h;
  while (e < n && kg_tree_under(tk, n, e + 1, h))
    e++;
  return e;
}

/* The verb at token v past its auxiliaries, "not" and "also", when it is
 * finite (its own tag or an auxiliary's); 0 when none. */
static uint32_t finite_verb_at(const kg_token *tk, uint32_t n, uint32_t v)
{
  int fin = 0;
  while (v <= n && (tk[v - 1].upos == KG_UPOS_AUX || kg_tree_word_is(&tk[v - 1], "not") ||
                    kg_tree_word_is(&tk[v - 1], "also"))) {
    fin |= finite_tag(&tk[v - 1]);
    v++;
  }
  return v <= n && tk[v - 1].upos == KG_UPOS_VERB && (fin || finite_tag(&tk[v - 1])) ? v : 0;
}

/* The past participle (VBN) right after the phrase ending at e on noun h,
 * hung outside that phrase on a verb (xcomp, acl, advcl, conj, dep) with no
 * subject or auxiliary of its own; 0 when none. */
static uint32_t reduced_relative_after(const kg_token *tk, uint32_t n, uint32_t e, uint32_t h)
{
  static const char *const rels[] = { "xcomp", "acl", "advcl", "conj", "dep", NULL };
  uint32_t p = e + 1;
  if (p > n || tk[p - 1].upos != KG_UPOS_VERB || !tk[p - 1].xpos || strcmp(tk[p - 1].xpos, "VBN") ||
      !label_in(tk[p - 1].deprel, rels) || tk[p - 1].head <= 0 || kg_tree_under(tk, n, p, h) ||
      kg_tree_has_dep(tk, n, p, "nsubj", 1) || kg_tree_has_dep(tk, n, p, "aux", 1) ||
      kg_tree_has_dep(tk, n, p, "cc", 0))
    return 0;
  return p;
}

/* Is verb v a conjunct with no "and", "but" or comma of its own before it
 * ("lodged a protest after a shell fired ... killed": no second act of
 * the first clause's subject)? */
static int bare_conj(const kg_token *tk, uint32_t n, uint32_t v)
{
  if (!tk[v - 1].deprel || strcmp(tk[v - 1].deprel, "conj"))
    return 0;
  for (uint32_t k = 1; k < v; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel &&
        (!strcmp(tk[k - 1].deprel, "cc") || !strcmp(tk[k - 1].deprel, "punct")))
      return 0;
  (void)n;
  return v > 1 && !kg_tree_word_is(&tk[v - 2], ",");
}

/* The subordinate-clause repair (the header comment) for marker m. */
static void clause_after_marker(kg_token *tk, uint32_t n, uint32_t m)
{
  static const char *const marks[] = { "after", "before", "since", "until", "till", NULL };
  static const char *const verb_rels[] = { "xcomp", "ccomp", "dep", "parataxis", "advcl", NULL };
  kg_token *a = &tk[m - 1];
  int is_mark = 0;
  for (size_t k = 0; marks[k]; k++)
    is_mark |= kg_tree_word_is(a, marks[k]);
  if (!is_mark || !a->deprel || strcmp(a->deprel, "case") || a->head <= (int32_t)m)
    return;
  uint32_t h = (uint32_t)a->head;
  kg_upos hu = tk[h - 1].upos;
  if (hu != KG_UPOS_NOUN && hu != KG_UPOS_PROPN && hu != KG_UPOS_PRON)
    return;
  uint32_t e = phrase_end(tk, n, m, h);  /* the phrase: m .. e, every token under h */
  if (!e)
    return;
  /* "after a shell fired from across the border killed ...": a past
   * participle right after the noun's phrase, hung elsewhere, with its own
   * words up to the verb, is the subject's reduced relative */
  uint32_t pt = reduced_relative_after(tk, n, e, h);
  uint32_t pe = pt ? phrase_end(tk, n, pt, pt) : e;
  uint32_t v = pe ? finite_verb_at(tk, n, pe + 1) : 0;
  if (!v || tk[v - 1].head <= 0 ||
      !(label_in(tk[v - 1].deprel, verb_rels) || bare_conj(tk, n, v)))
    return;
  uint32_t g = (uint32_t)tk[v - 1].head;
  if ((g >= m && g <= v) || tk[g - 1].upos != KG_UPOS_VERB)
    return;
  for (uint32_t k = pe + 1; k < v; k++)
    if ((uint32_t)tk[k - 1].head != v)
      return;
  /* "nine months after the council authorised": the measure of time the
   * phrase hangs on, taken for the verb's subject, measures the clause */
  static const char *const span[] = { "days", "weeks", "months", "years", "hours", "decades", NULL };
  uint32_t tn = tk[h - 1].head > 0 && (uint32_t)tk[h - 1].head < m ? (uint32_t)tk[h - 1].head : 0;
  int measure = 0;
  for (size_t k = 0; tn && span[k]; k++)
    measure |= kg_tree_word_is(&tk[tn - 1], span[k]);
  for (uint32_t k = 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel &&
        (!strncmp(tk[k - 1].deprel, "nsubj", 5) || !strncmp(tk[k - 1].deprel, "csubj", 5) ||
         !strcmp(tk[k - 1].deprel, "mark")) && !(measure && k == tn && !strcmp(tk[k - 1].deprel, "nsubj")))
      return;
  kg_token ha = tk[h - 1], aa = *a, va = tk[v - 1], ta = tn ? tk[tn - 1] : ha, pa = pt ? tk[pt - 1] : ha;
  if (measure && (uint32_t)tk[tn - 1].head == v)
    tk[tn - 1].deprel = "obl:npmod";
  if (pt) {
    tk[pt - 1].head = (int32_t)h;
    tk[pt - 1].deprel = "acl";
  }
  tk[v - 1].deprel = "advcl";
  tk[h - 1].head = (int32_t)v;
  tk[h - 1].deprel = "nsubj";
  a->head = (int32_t)v;
  a->deprel = "mark";
  if (!kg_tree_one(tk, n)) {
    tk[h - 1] = ha;
    *a = aa;
    tk[v - 1] = va;
    if (tn)
      tk[tn - 1] = ta;
    if (pt)
      tk[pt - 1] = pa;
  }
}

int kg_tree_month_or_day(const kg_token *t)
{
  static const char *const w[] = { "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", NULL };
  /* a quick test first: the names have 3 to 9 letters and begin with one
   * of these (most tokens fail it) */
  uint32_t len = t->end - t->start;
  if (!t->form || len < 3 || len > 9)
    return 0;
  char c0 = t->form[0];
  if (c0 >= 'A' && c0 <= 'Z')
    c0 = (char)(c0 - 'A' + 'a');
  if (!memchr("jfmasondtw", c0, 10))
    return 0;
  for (size_t k = 0; w[k]; k++)
    if (kg_tree_word_is(t, w[k]))
      return 1;
  return 0;
}

/* A month, a weekday or a year ("1998", "2024"). */
static int date_word(const kg_token *t)
{
  if (kg_tree_month_or_day(t))
    return 1;
  return t->form && t->end - t->start == 4 && (t->form[0] == '1' || t->form[0] == '2') &&
         t->form[1] >= '0' && t->form[1] <= '9' && t->form[2] >= '0' && t->form[2] <= '9' &&
         t->form[3] >= '0' && t->form[3] <= '9';
}

static uint32_t case_of(const kg_token *tk, uint32_t n, uint32_t x);

/* The fronted-date subject repair (the header comment) for noun h. */
static void subject_after_date(kg_token *tk, uint32_t n, uint32_t h)
{
  kg_token *t = &tk[h - 1];
  if (!t->deprel || (t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_PROPN) || t->head <= 0 || (uint32_t)t->head >= h)
    return;
  int flat = !strcmp(t->deprel, "flat") && t->upos == KG_UPOS_PROPN;   /* "In November 2020 Bulgaria vetoed" */
  if (strcmp(t->deprel, "appos") && !flat)
    return;
  uint32_t dt = (uint32_t)t->head;
  if (!date_word(&tk[dt - 1]) || !tk[dt - 1].deprel || tk[dt - 1].head <= 0 || date_word(t))
    return;
  /* "In July 2022 France, which ..., brokered": the date taken for the subject */
  int dsubj = !strcmp(tk[dt - 1].deprel, "nsubj") && case_of(tk, n, dt) > 0;
  if (strncmp(tk[dt - 1].deprel, "obl", 3) && !dsubj)
    return;
  uint32_t v = (uint32_t)tk[dt - 1].head;
  if (v <= h || tk[v - 1].upos != KG_UPOS_VERB)
    return;
  int comma = dt + 1 < h && kg_tree_word_is(&tk[dt], ",");
  for (uint32_t k = dt + 1 + (uint32_t)comma; k < h; k++)
    if (!(tk[k - 1].upos == KG_UPOS_NUM && (uint32_t)tk[k - 1].head == dt && !comma) &&   /* the year: "July 2022" */
        (tk[k - 1].upos == KG_UPOS_PUNCT || !kg_tree_under(tk, n, k, h)))
      return;                           /* "In March, the president": the parser's own reading */
  /* ... unless the comma's phrase runs up to the verb: "In April, Deputy
   * Secretary of State X met Y" (not "In 1990, the year of the war, Iraq") */
  for (uint32_t k = h + 1; comma && k < v; k++)
    if (!kg_tree_under(tk, n, k, h) || tk[k - 1].upos == KG_UPOS_PUNCT)
      return;
  for (uint32_t k = 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == v && k != dt && tk[k - 1].deprel &&
        (!strncmp(tk[k - 1].deprel, "nsubj", 5) || !strncmp(tk[k - 1].deprel, "csubj", 5) ||
         !strncmp(tk[k - 1].deprel, "expl", 4)))
      return;
  kg_token save = *t, dsave = tk[dt - 1];
  t->head = (int32_t)v;
  t->deprel = "nsubj";
  if (dsubj)
    tk[dt - 1].deprel = "obl";
  if (!kg_tree_one(tk, n))
    *t = save, tk[dt - 1] = dsave;
}

/* The date-inside-the-subject repair (the header comment) for date word w:
 * "On(c) Wednesday(w) Kenya 's Foreign Minister(h) , X , met(v) Y". */
static void date_in_subject(kg_token *tk, uint32_t n, uint32_t w)
{
  kg_token *t = &tk[w - 1], *c = &tk[w - 2];
  if (!t->deprel || strcmp(t->deprel, "compound") || !kg_tree_month_or_day(t) || !c->deprel ||
      strcmp(c->deprel, "case") || !(kg_tree_word_is(c, "on") || kg_tree_word_is(c, "in")) || c->head <= (int32_t)w)
    return;                             /* the cheap tests first (most tokens) */
  uint32_t h = (uint32_t)c->head;
  if (!tk[h - 1].deprel || strncmp(tk[h - 1].deprel, "obl", 3) || tk[h - 1].head <= (int32_t)h ||
      (tk[h - 1].upos != KG_UPOS_NOUN && tk[h - 1].upos != KG_UPOS_PROPN))
    return;
  uint32_t v = (uint32_t)tk[h - 1].head;
  if (tk[v - 1].upos != KG_UPOS_VERB)
    return;
  for (uint32_t k = w + 1; k < h; k++)  /* the date's phrase runs into the head with no comma */
    if (tk[k - 1].upos == KG_UPOS_PUNCT || !kg_tree_under(tk, n, k, h))
      return;
  for (uint32_t k = 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel &&
        (!strncmp(tk[k - 1].deprel, "nsubj", 5) || !strncmp(tk[k - 1].deprel, "csubj", 5) ||
         !strncmp(tk[k - 1].deprel, "expl", 4)))
      return;
  kg_token ts = *t, cs = *c, hs = tk[h - 1];
  t->head = (int32_t)v;
  t->deprel = "obl";
  c->head = (int32_t)w;
  tk[h - 1].deprel = "nsubj";
  if (!kg_tree_one(tk, n))
    *t = ts, *c = cs, tk[h - 1] = hs;
}

/* The reporting-verb repair (the header comment) for verb r. */
static void speech_advcl(kg_token *tk, uint32_t n, uint32_t r)
{
  static const char *const say[] = { "say", "announce", "add", "insist", "declare", "state", "confirm",
    "warn", NULL };
  kg_token *t = &tk[r - 1];
  if (t->upos != KG_UPOS_VERB || !t->deprel || strcmp(t->deprel, "advcl") || t->head <= (int32_t)r + 1)
    return;                             /* the cheap tests first (most tokens) */
  int is_say = 0;
  for (size_t k = 0; say[k] && t->lemma; k++)
    is_say |= !strcmp(t->lemma, say[k]);
  if (!is_say)
    return;
  uint32_t v = (uint32_t)t->head, q = r + 1;
  if (kg_tree_word_is(&tk[q - 1], "that") && (uint32_t)tk[q - 1].head == v)
    q++;
  if (q >= v || (uint32_t)tk[q - 1].head != v || !tk[q - 1].deprel || strncmp(tk[q - 1].deprel, "nsubj", 5) ||
      tk[v - 1].upos != KG_UPOS_VERB)
    return;
  int subj = 0;
  for (uint32_t k = 1; k <= n; k++) {
    const char *d = tk[k - 1].deprel;
    if ((uint32_t)tk[k - 1].head != r || !d)
      continue;
    if (!strcmp(d, "obj") || !strcmp(d, "ccomp") || !strcmp(d, "xcomp") || !strcmp(d, "iobj"))
      return;
    subj |= !strcmp(d, "nsubj") && k < r;
  }
  if (!subj)
    return;
  kg_token ta = *t, va = tk[v - 1];
  t->head = va.head;
  t->deprel = va.deprel;
  tk[v - 1].head = (int32_t)r;
  tk[v - 1].deprel = "ccomp";
  if (!kg_tree_one(tk, n)) {
    *t = ta;
    tk[v - 1] = va;
  }
}

static int lemma_in(const kg_token *t, const char *const *set)
{
  for (size_t k = 0; t->lemma && set[k]; k++)
    if (!strcmp(t->lemma, set[k]))
      return 1;
  return 0;
}

int kg_tree_has_dep(const kg_token *tk, uint32_t n, uint32_t k, const char *rel, int prefix)
{
  size_t rl = strlen(rel);
  for (uint32_t x = 1; x <= n; x++)
    if ((uint32_t)tk[x - 1].head == k && tk[x - 1].deprel &&
        (prefix ? !strncmp(tk[x - 1].deprel, rel, rl) : !strcmp(tk[x - 1].deprel, rel)))
      return 1;
  return 0;
}

/* The teller's-second-act repair (the header comment) for verb v. */
static void teller_conj(kg_token *tk, uint32_t n, uint32_t v)
{
  static const char *const acts[] = { "urge", "call", "ask", "warn", "add", "say", "tell", "insist", "press",
    "invite", "accuse", "reject", "deny", NULL };
  static const char *const say[] = { "say", "tell", "announce", "state", "declare", "insist", NULL };
  kg_token *t = &tk[v - 1];
  if (v < 3 || t->upos != KG_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VBD") || !t->deprel ||
      strcmp(t->deprel, "conj") || !lemma_in(t, acts) || !kg_tree_word_is(&tk[v - 2], "and") ||
      t->head <= 0 || (uint32_t)t->head >= v || kg_tree_has_dep(tk, n, v, "nsubj", 0) ||
      kg_tree_has_dep(tk, n, v, "aux", 0))
    return;
  uint32_t h = (uint32_t)t->head;
  if (!tk[h - 1].deprel || strcmp(tk[h - 1].deprel, "ccomp") || tk[h - 1].head <= 0)
    return;
  uint32_t m = (uint32_t)tk[h - 1].head;
  if (m >= h || tk[m - 1].upos != KG_UPOS_VERB || !tk[m - 1].xpos || strcmp(tk[m - 1].xpos, "VBD") ||
      !lemma_in(&tk[m - 1], say) || !kg_tree_has_dep(tk, n, m, "nsubj", 0))
    return;
  /* (only where the told clause's subject is a pair, "China and Australia",
   * which does not urge one of its own: "said Guterres was alarmed and
   * urged" is Guterres's) */
  int pair = 0;
  for (uint32_t k = 1; k <= n && !pair; k++)
    if ((uint32_t)tk[k - 1].head == h && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "nsubj"))
      pair = kg_tree_has_dep(tk, n, k, "conj", 0);
  if (!pair)
    return;
  kg_token ta = *t;
  t->head = (int32_t)m;
  if (!kg_tree_one(tk, n))
    *t = ta;
}

/* The possessor repair (the header comment) for token p. */
static void possessor_on_verb(kg_token *tk, uint32_t n, uint32_t p)
{
  kg_token *t = &tk[p - 1];
  if (!t->deprel || strcmp(t->deprel, "nmod:poss") || t->head <= (int32_t)p ||
      (t->upos != KG_UPOS_PROPN && t->upos != KG_UPOS_NOUN) || tk[t->head - 1].upos != KG_UPOS_VERB)
    return;
  uint32_t v = (uint32_t)t->head, c = p + 1;
  if (c >= v || (uint32_t)tk[c - 1].head != p || !tk[c - 1].deprel || strcmp(tk[c - 1].deprel, "case"))
    return;
  uint32_t x = c + 1, h = x;          /* climb from the word after "'s" to the verb's dependent */
  for (uint32_t k = 0; k <= n && h && (uint32_t)tk[h - 1].head != v; k++)
    h = (uint32_t)tk[h - 1].head;
  if (!h || h == v || (tk[h - 1].upos != KG_UPOS_NOUN && tk[h - 1].upos != KG_UPOS_PROPN) || !tk[h - 1].deprel ||
      (strncmp(tk[h - 1].deprel, "nsubj", 5) && strcmp(tk[h - 1].deprel, "obj")))
    return;
  for (uint32_t k = x; k <= h; k++)
    if (!kg_tree_under(tk, n, k, h))
      return;
  kg_token save = *t;
  t->head = (int32_t)h;
  if (!kg_tree_one(tk, n))
    *t = save;
}

/* The for-to repair (the header comment) for "for" at f. */
static void for_to_clause(kg_token *tk, uint32_t n, uint32_t f)
{
  static const char *const asks[] = { "call", "calls", "demand", "demands", "appeal", "appeals", "plea", "pleas",
    "request", "requests", "pressure", "push", "order", "orders", NULL };
  kg_token *a = &tk[f - 1];
  if (!kg_tree_word_is(a, "for") || !a->deprel || a->head <= (int32_t)f)
    return;
  if (!strcmp(a->deprel, "mark")) {     /* parsed as a clause already: only where it hangs */
    uint32_t v = (uint32_t)a->head;
    int32_t g = tk[v - 1].head;
    if (g <= 0 || !tk[v - 1].deprel || strcmp(tk[v - 1].deprel, "advcl"))
      return;
    for (uint32_t k = f - 1; k >= 1 && k > (uint32_t)g; k--)
      if (tk[k - 1].head == g && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "obj")) {
        for (size_t q = 0; asks[q]; q++)
          if (kg_tree_word_is(&tk[k - 1], asks[q])) {
            tk[v - 1].head = (int32_t)k;
            tk[v - 1].deprel = "acl";
          }
        break;
      }
    return;
  }
  if (strcmp(a->deprel, "case"))
    return;
  uint32_t x = (uint32_t)a->head;
  kg_upos xu = tk[x - 1].upos;
  if ((xu != KG_UPOS_NOUN && xu != KG_UPOS_PROPN && xu != KG_UPOS_PRON) || !tk[x - 1].deprel ||
      strncmp(tk[x - 1].deprel, "obl", 3))
    return;
  uint32_t e = phrase_end(tk, n, f, x);  /* the phrase: f .. e, every token under x */
  if (!e)
    return;
  uint32_t to = e + 1, v = e + 2;
  if (v > n || !kg_tree_word_is(&tk[to - 1], "to") || tk[to - 1].head != (int32_t)v ||
      tk[v - 1].upos != KG_UPOS_VERB || !tk[v - 1].xpos || strcmp(tk[v - 1].xpos, "VB") ||
      tk[v - 1].head != tk[x - 1].head || kg_tree_has_dep(tk, n, v, "nsubj", 1))
    return;
  int32_t g = tk[v - 1].head;           /* the verb both hang on */
  const char *gr = tk[v - 1].deprel, *xr = tk[x - 1].deprel;
  int32_t noun = -1;                    /* "defying calls from Ukraine for ...": the noun asked with */
  for (uint32_t k = f - 1; g > 0 && k >= 1 && k > (uint32_t)g && noun < 0; k--) {
    if (tk[k - 1].head == g && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "obj")) {
      for (size_t q = 0; asks[q] && noun < 0; q++)
        if (kg_tree_word_is(&tk[k - 1], asks[q]))
          noun = (int32_t)k;
      break;
    }
    if (!kg_tree_under(tk, n, k, (uint32_t)g) || (uint32_t)g == k)
      break;
  }
  /* (only with a noun of asking, or a name or pronoun on a verb: "open the
   * door for talks to find out", "not enough for the military to act" are
   * a phrase and a purpose) */
  if (noun < 0 && (xu == KG_UPOS_NOUN || g <= 0 || tk[g - 1].upos != KG_UPOS_VERB))
    return;
  tk[x - 1].head = (int32_t)v;
  tk[x - 1].deprel = "nsubj";
  a->head = (int32_t)v;
  a->deprel = "mark";
  if (noun > 0) {
    tk[v - 1].head = noun;
    tk[v - 1].deprel = "acl";
  }
  if (!kg_tree_one(tk, n)) {            /* undo */
    tk[x - 1].head = g;
    tk[x - 1].deprel = xr;
    a->head = (int32_t)x;
    a->deprel = "case";
    tk[v - 1].head = g;
    tk[v - 1].deprel = gr;
  }
}

/* The case marker (a preposition) hung on token x, or 0. */
static uint32_t case_of(const kg_token *tk, uint32_t n, uint32_t x)
{
  for (uint32_t k = 1; k < x && k <= n; k++)
    if ((uint32_t)tk[k - 1].head == x && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "case") &&
        tk[k - 1].upos == KG_UPOS_ADP)
      return k;
  return 0;
}

/* The prepositional-conjunct repair (the header comment) for token c. */
static void obl_conj(kg_token *tk, uint32_t n, uint32_t c)
{
  kg_token *t = &tk[c - 1];
  if (!t->deprel || strcmp(t->deprel, "conj") || t->head <= 0 || (uint32_t)t->head >= c ||
      (t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_PROPN && t->upos != KG_UPOS_PRON))
    return;
  uint32_t h = (uint32_t)t->head, pc = case_of(tk, n, c), ph = case_of(tk, n, h);
  /* ("apologised publicly for his actions and to X" with X a conjunct of
   * the verb itself: a phrase, no clause, when it has no subject or copula) */
  if (pc >= 2 && tk[h - 1].upos == KG_UPOS_VERB &&
      (kg_tree_word_is(&tk[pc - 2], "and") || kg_tree_word_is(&tk[pc - 2], "or")) &&
      !kg_tree_has_dep(tk, n, c, "nsubj", 1) && !kg_tree_has_dep(tk, n, c, "cop", 0)) {
    t->deprel = "obl";
    return;
  }
  if (!pc || !ph || pc < 2 || !(kg_tree_word_is(&tk[pc - 2], "and") || kg_tree_word_is(&tk[pc - 2], "or")) ||
      !tk[h - 1].deprel || strncmp(tk[h - 1].deprel, "obl", 3) || tk[h - 1].head <= 0 ||
      tk[tk[h - 1].head - 1].upos != KG_UPOS_VERB)
    return;
  const kg_token *a = &tk[pc - 1], *b = &tk[ph - 1];
  if (a->end - a->start == b->end - b->start && a->form && b->form &&
      !strncmp(a->form, b->form, a->end - a->start))
    return;                           /* (one preposition: a plain coordination) */
  kg_token save = *t;
  t->head = tk[h - 1].head;
  t->deprel = "obl";
  if (!kg_tree_one(tk, n))
    *t = save;
}

/* The causing verb's infinitive repair (the header comment) for verb x. */
static void control_infinitive(kg_token *tk, uint32_t n, uint32_t x)
{
  static const char *const cause[] = { "prompt", "force", "lead", "push", "spur", "provoke", "drive", "urge",
    "ask", "persuade", "encourage", "invite", "compel", "pressure", "press", "allow", NULL };
  kg_token *t = &tk[x - 1];
  if (t->upos != KG_UPOS_VERB || !t->deprel || strncmp(t->deprel, "advcl", 5) || t->head <= 0 ||
      (uint32_t)t->head + 3 >= x || !kg_tree_word_is(&tk[x - 2], "to") || tk[x - 2].head != (int32_t)x)
    return;
  uint32_t h = (uint32_t)t->head, v = 0;
  for (uint32_t k = x - 2; k > h && !v; k--)
    if (tk[k - 1].upos == KG_UPOS_VERB)
      v = k;
  if (!v || tk[v - 1].head != (int32_t)h || !lemma_in(&tk[v - 1], cause) ||
      kg_tree_has_dep(tk, n, v, "xcomp", 0) || kg_tree_has_dep(tk, n, v, "ccomp", 0))
    return;
  uint32_t ob = 0;
  for (uint32_t k = v + 1; k < x - 1; k++) {
    if (!kg_tree_under(tk, n, k, v) && tk[k - 1].upos != KG_UPOS_PUNCT)
      return;
    if (!ob && tk[k - 1].head == (int32_t)v && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "obj"))
      ob = k;
  }
  if (!ob)
    return;
  kg_token save = *t;
  t->head = (int32_t)v;
  t->deprel = "xcomp";
  if (!kg_tree_one(tk, n)) {
    *t = save;
    return;
  }
  for (uint32_t k = ob + 2; k < x - 1; k++)
    if (tk[k - 1].head == (int32_t)v && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "obj") &&
        tk[k - 1].upos == KG_UPOS_PROPN && kg_tree_word_is(&tk[k - 2], ",")) {
      tk[k - 1].head = (int32_t)ob;
      tk[k - 1].deprel = "appos";
    }
}

/* The asked-for infinitive repair (the header comment) for verb x. */
static void asked_infinitive(kg_token *tk, uint32_t n, uint32_t x)
{
  static const char *const asks[] = { "pressure", "call", "demand", "appeal", "plea", "request", "push", NULL };
  kg_token *t = &tk[x - 1];
  if (t->upos != KG_UPOS_VERB || !t->xpos || strcmp(t->xpos, "VB") || !t->deprel || strcmp(t->deprel, "advcl") ||
      t->head <= 0 || (uint32_t)t->head >= x || !kg_tree_word_is(&tk[x - 2], "to") || tk[x - 2].head != (int32_t)x)
    return;
  uint32_t g = (uint32_t)t->head, k = 0;
  for (uint32_t j = x - 2; j > g && !k; j--)
    if (tk[j - 1].head == (int32_t)g && tk[j - 1].deprel && !strncmp(tk[j - 1].deprel, "obl", 3) &&
        tk[j - 1].upos == KG_UPOS_NOUN && lemma_in(&tk[j - 1], asks))
      k = j;
  if (!k)
    return;
  for (uint32_t j = k + 1; j < x - 1; j++) {
    if (kg_tree_under(tk, n, j, k))
      continue;
    uint32_t d = j;                       /* the dependent of the verb j lies under */
    while (d && tk[d - 1].head != (int32_t)g)
      d = (uint32_t)tk[d - 1].head;
    if (!d || d >= x || !tk[d - 1].deprel || strncmp(tk[d - 1].deprel, "obl", 3))
      return;
  }
  kg_token save = *t;
  t->head = (int32_t)k;
  t->deprel = "acl";
  if (!kg_tree_one(tk, n))
    *t = save;
}

/* The object relative clause repair (the header comment) for "which" at w. */
static void which_object_relcl(kg_token *tk, uint32_t n, uint32_t w)
{
  static const char *const up[] = { "parataxis", "advcl", "conj", "dep", "ccomp", NULL };
  kg_token *t = &tk[w - 1];
  if (!(kg_tree_word_is(t, "which") || kg_tree_word_is(t, "whom")) || !t->deprel || strcmp(t->deprel, "obj") ||
      (uint32_t)t->head <= w + 1 || !kg_tree_word_is(&tk[w - 2], ","))
    return;
  uint32_t v = (uint32_t)t->head, nn = w - 2;
  kg_token *vt = &tk[v - 1];
  if (tk[nn - 1].upos != KG_UPOS_NOUN && tk[nn - 1].upos != KG_UPOS_PROPN)
    return;
  if (tk[nn - 1].deprel && !strcmp(tk[nn - 1].deprel, "flat") && tk[nn - 1].head > 0 && (uint32_t)tk[nn - 1].head < nn)
    nn = (uint32_t)tk[nn - 1].head;
  if (vt->upos != KG_UPOS_VERB || vt->head <= 0 || !vt->deprel || !label_in(vt->deprel, up))
    return;
  int subj = 0;
  for (uint32_t k = w + 1; k < v && !subj; k++)
    subj = tk[k - 1].head == (int32_t)v && tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5);
  if (!subj || kg_tree_under(tk, n, nn, v))
    return;
  kg_token save = *vt;
  vt->head = (int32_t)nn;
  vt->deprel = "acl:relcl";
  if (!kg_tree_one(tk, n))
    *vt = save;
}

/* "X, the former president of Y, whom the United States sanctioned in
 * 2022, said": "whom" is an object, never a subject; the tagger's parse
 * often makes it a passive subject of a verb that has a subject of its own
 * after it, and hangs the clause on the place inside the apposition.  Then
 * "whom" becomes the object, and a clause hung on an nmod of an apposition
 * noun hangs on that noun (whose name the relative tells of). */
static void whom_object(kg_token *tk, uint32_t n, uint32_t w)
{
  kg_token *t = &tk[w - 1];
  if (!kg_tree_word_is(t, "whom") || !t->deprel || strncmp(t->deprel, "nsubj", 5) || t->head <= (int32_t)w)
    return;
  uint32_t v = (uint32_t)t->head;
  kg_token *vt = &tk[v - 1];
  int subj = 0;
  for (uint32_t k = w + 1; k < v && !subj; k++)
    subj = tk[k - 1].head == (int32_t)v && tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5);
  if (!subj || vt->upos != KG_UPOS_VERB || kg_tree_has_dep(tk, n, v, "aux:pass", 0))
    return;
  kg_token save[2] = { *t, *vt };
  t->deprel = "obj";
  int32_t h = vt->head;
  if (vt->deprel && !strcmp(vt->deprel, "acl:relcl") && h > 0 && tk[h - 1].deprel &&
      !strcmp(tk[h - 1].deprel, "nmod") && tk[h - 1].head > 0) {
    int32_t a = tk[h - 1].head;
    if (tk[a - 1].upos == KG_UPOS_NOUN && tk[a - 1].deprel && !strcmp(tk[a - 1].deprel, "appos"))
      vt->head = a;
  }
  if (!kg_tree_one(tk, n)) {
    *t = save[0];
    *vt = save[1];
  }
}

/* A subject read with its verb as a reduced relative: the past participle
 * (VBN) acl of the noun s1 right after it (past a flat name), before token
 * lim, with an object and no auxiliary; its index, else 0 (the reduced-
 * relative and according-to repairs). */
static uint32_t participle_acl(const kg_token *tk, uint32_t n, uint32_t s1, uint32_t lim)
{
  uint32_t a = s1 + 1;
  while (a < lim && tk[a - 1].head == (int32_t)s1 && tk[a - 1].deprel && !strcmp(tk[a - 1].deprel, "flat"))
    a++;
  const kg_token *at = &tk[a - 1];
  if (at->upos != KG_UPOS_VERB || at->head != (int32_t)s1 || !at->deprel || strcmp(at->deprel, "acl") ||
      !at->xpos || strcmp(at->xpos, "VBN") || !kg_tree_has_dep(tk, n, a, "obj", 0) ||
      kg_tree_has_dep(tk, n, a, "aux", 1))
    return 0;
  return a;
}

/* The reduced-relative repair (the header comment) for verb of saying v. */
static void reported_relative(kg_token *tk, uint32_t n, uint32_t v)
{
  static const char *const say[] = { "say", "tell", "add", "announce", "state", "confirm", "report", "claim",
    NULL };
  kg_token *vt = &tk[v - 1];
  if (vt->upos != KG_UPOS_VERB || !lemma_in(vt, say))
    return;
  uint32_t s1 = 0, s2 = 0;
  for (uint32_t k = 1; k < v; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "nsubj")) {
      if (!s1)
        s1 = k;
      else if (!s2)
        s2 = k;
    }
  if (!s2 || s1 + 2 >= s2 || (tk[s1 - 1].upos != KG_UPOS_NOUN && tk[s1 - 1].upos != KG_UPOS_PROPN))
    return;
  uint32_t a = participle_acl(tk, n, s1, s2);
  if (!a)
    return;
  kg_token *at = &tk[a - 1];
  uint32_t comma = 0;                   /* the comma before the second subject's phrase */
  for (uint32_t k = s2 - 1; k > a && !comma; k--)
    if (kg_tree_word_is(&tk[k - 1], ","))
      comma = k;
  if (!comma)
    return;
  for (uint32_t k = a + 1; k < comma; k++)
    if (!kg_tree_under(tk, n, k, a))
      return;
  kg_token sa = tk[s1 - 1], aa = *at;
  at->head = (int32_t)v;
  at->deprel = "ccomp";
  tk[s1 - 1].head = (int32_t)a;
  if (!kg_tree_one(tk, n)) {
    tk[s1 - 1] = sa;
    *at = aa;
  }
}

/* The according-to root repair (the header comment) for root r. */
static void according_root(kg_token *tk, uint32_t n, uint32_t r)
{
  kg_token *rt = &tk[r - 1];
  if (rt->head != 0 || (rt->upos != KG_UPOS_NOUN && rt->upos != KG_UPOS_PROPN))
    return;
  uint32_t acc = 0, s1 = 0;
  for (uint32_t k = 1; k < r && !acc; k++)
    if (kg_tree_word_is(&tk[k - 1], "according") && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "case"))
      acc = k;
  for (uint32_t k = 1; k < acc && !s1; k++)
    if ((uint32_t)tk[k - 1].head == r && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "nsubj"))
      s1 = k;
  /* the source: the root ("according to officials") or a noun of it
   * ("according to the news agency BelTA": "agency", BelTA its name) */
  uint32_t src = acc ? (uint32_t)tk[acc - 1].head : 0;
  if (!s1 || s1 + 2 >= acc || acc < 2 || !kg_tree_word_is(&tk[acc - 2], ",") ||
      (src != r && (src == 0 || tk[src - 1].head != (int32_t)r)) ||
      (tk[s1 - 1].upos != KG_UPOS_NOUN && tk[s1 - 1].upos != KG_UPOS_PROPN))
    return;
  uint32_t a = participle_acl(tk, n, s1, acc);
  if (!a)
    return;
  kg_token *at = &tk[a - 1];
  for (uint32_t k = a + 1; k + 1 < acc; k++)
    if (!kg_tree_under(tk, n, k, a))
      return;
  kg_token save[4] = { *rt, *at, tk[s1 - 1], tk[src - 1] };
  int32_t ph[4] = { 0, 0, 0, 0 };       /* the root's punctuation, moved */
  uint32_t pk[4], np = 0;
  for (uint32_t k = r + 1; k <= n && np < 4; k++)
    if ((uint32_t)tk[k - 1].head == r && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "punct")) {
      pk[np] = k;
      ph[np++] = tk[k - 1].head;
      tk[k - 1].head = (int32_t)a;
    }
  at->head = 0;
  at->deprel = "root";
  at->xpos = "VBD";
  tk[s1 - 1].head = (int32_t)a;
  tk[src - 1].head = (int32_t)a;
  tk[src - 1].deprel = "obl";
  if (src != r) {
    rt->head = (int32_t)src;
    rt->deprel = "appos";
  }
  kg_token cm = tk[acc - 2];              /* the comma before the source: the source's */
  if (tk[acc - 2].head == (int32_t)s1)
    tk[acc - 2].head = (int32_t)src;
  if (!kg_tree_one(tk, n)) {
    tk[acc - 2] = cm;
    *rt = save[0];
    *at = save[1];
    tk[s1 - 1] = save[2];
    if (src != r)
      tk[src - 1] = save[3];
    for (uint32_t q = 0; q < np; q++)
      tk[pk[q] - 1].head = ph[q];
  }
}

/* The oblique-subject repair (the header comment) for verb v. */
static void oblique_subject(kg_token *tk, uint32_t n, uint32_t v)
{
  static const char *const timew[] = { "week", "month", "year", "day", "time", "morning", "afternoon", "evening",
    "night", "weekend", "today", "yesterday", "tomorrow", "tonight", "decade", "century", "hour", "minute",
    "spring", "summer", "autumn", "winter", "fall", NULL };
  kg_token *vt = &tk[v - 1];
  if (vt->upos != KG_UPOS_VERB && vt->upos != KG_UPOS_AUX)
    return;
  int fin = finite_tag(vt);
  uint32_t s = 0;
  for (uint32_t k = 1; k <= n; k++) {
    const kg_token *d = &tk[k - 1];
    if ((uint32_t)d->head != v || !d->deprel)
      continue;
    if (!strncmp(d->deprel, "nsubj", 5) || !strncmp(d->deprel, "csubj", 5) || !strcmp(d->deprel, "expl"))
      return;
    if (!strncmp(d->deprel, "aux", 3) && finite_tag(d))
      fin = 1;
    if (k < v && !s && (!strncmp(d->deprel, "obl", 3) || !strcmp(d->deprel, "nmod:unmarked")))
      s = k;
  }
  if (!fin || !s || !kg_tree_under(tk, n, 1, s))
    return;
  kg_token *st = &tk[s - 1];
  if ((st->upos != KG_UPOS_NOUN && st->upos != KG_UPOS_PROPN) || date_word(st) || lemma_in(st, timew) ||
      kg_tree_has_dep(tk, n, s, "case", 0))
    return;
  for (uint32_t k = 1; k < v; k++) {
    const kg_token *d = &tk[k - 1];
    if (kg_tree_under(tk, n, k, s) || d->upos == KG_UPOS_PUNCT)
      continue;
    if ((uint32_t)d->head == v && d->deprel && (!strncmp(d->deprel, "aux", 3) || !strcmp(d->deprel, "advmod")))
      continue;
    return;
  }
  st->deprel = "nsubj";
}

/* The fronted-place subject repair (the header comment) for verb v. */
static void place_conj_subject(kg_token *tk, uint32_t n, uint32_t v)
{
  kg_token *vt = &tk[v - 1];
  if (vt->upos != KG_UPOS_VERB || !finite_tag(vt))
    return;
  uint32_t x = 0;
  for (uint32_t k = 1; k <= n; k++) {
    const kg_token *d = &tk[k - 1];
    if ((uint32_t)d->head != v || !d->deprel)
      continue;
    if (!strncmp(d->deprel, "nsubj", 5) || !strncmp(d->deprel, "csubj", 5) || !strcmp(d->deprel, "expl"))
      return;
    if (k < v && !x && !strncmp(d->deprel, "obl", 3))
      x = k;
  }
  if (!x || (tk[x - 1].upos != KG_UPOS_PROPN && tk[x - 1].upos != KG_UPOS_NOUN) || !case_of(tk, n, x))
    return;
  uint32_t c1 = 0;                        /* the first conjunct of the oblique, right after a comma */
  for (uint32_t k = x + 1; k < v && !c1; k++)
    if ((uint32_t)tk[k - 1].head == x && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "conj"))
      c1 = k;
  if (!c1 || c1 < 2 || !kg_tree_word_is(&tk[c1 - 2], ",") || tk[c1 - 1].upos != KG_UPOS_PROPN)
    return;
  for (uint32_t k = x + 1; k < c1 - 1; k++)     /* (the oblique's phrase up to the comma) */
    if (!kg_tree_under(tk, n, k, x) || tk[k - 1].upos == KG_UPOS_PUNCT)
      return;
  for (uint32_t k = c1; k < v; k++)
    if (!kg_tree_under(tk, n, k, x))
      return;
  kg_token save[256];
  if (n > 256)
    return;
  memcpy(save, tk, n * sizeof *tk);
  for (uint32_t k = c1 + 1; k < v; k++)
    if ((uint32_t)tk[k - 1].head == x)
      tk[k - 1].head = (int32_t)c1;       /* the later conjuncts, "and" */
  tk[c1 - 2].head = (int32_t)x;           /* the comma stays the oblique's */
  tk[c1 - 1].head = (int32_t)v;
  tk[c1 - 1].deprel = "nsubj";
  if (!kg_tree_one(tk, n))
    memcpy(tk, save, n * sizeof *tk);
}

/* The contrast-clause repair (the header comment) for marker m. */
static void contrast_clause(kg_token *tk, uint32_t n, uint32_t m)
{
  static const char *const marks[] = { "while", "whereas", "although", "though", NULL };
  static const char *const noun_rels[] = { "obl", "nmod", "dep", "obj", NULL };
  static const char *const verb_rels[] = { "conj", "parataxis", "advcl", "dep", "ccomp", "xcomp", NULL };
  kg_token *a = &tk[m - 1];
  int is_mark = 0;
  for (size_t k = 0; marks[k]; k++)
    is_mark |= kg_tree_word_is(a, marks[k]);
  if (!is_mark || !a->deprel || strcmp(a->deprel, "mark") || a->head <= (int32_t)m)
    return;
  uint32_t h = (uint32_t)a->head;
  if ((tk[h - 1].upos != KG_UPOS_NOUN && tk[h - 1].upos != KG_UPOS_PROPN) || tk[h - 1].head <= 0 ||
      (uint32_t)tk[h - 1].head >= m || !label_in(tk[h - 1].deprel, noun_rels))
    return;
  uint32_t g = (uint32_t)tk[h - 1].head;
  if (tk[g - 1].upos != KG_UPOS_VERB)
    return;
  uint32_t e = phrase_end(tk, n, m, h);
  if (!e)
    return;
  uint32_t v = e + 1, ap = 0;           /* ", Javier Milei," between: the name set off by commas */
  if (v < n && kg_tree_word_is(&tk[v - 1], ",") && tk[h - 1].upos == KG_UPOS_NOUN &&
      kg_tree_has_dep(tk, n, h, "appos", 0))
    v++;                                  /* (the name already the noun's apposition) */
  else if (v < n && tk[v - 1].upos == KG_UPOS_PUNCT && kg_tree_word_is(&tk[v - 1], ",") &&
      tk[v].upos == KG_UPOS_PROPN && tk[v].head == (int32_t)g) {
    ap = v + 1;
    v = ap + 1;
    while (v <= n && tk[v - 1].head == (int32_t)ap && tk[v - 1].deprel && !strcmp(tk[v - 1].deprel, "flat"))
      v++;
    if (v > n || !kg_tree_word_is(&tk[v - 1], ","))
      return;
    v++;
  }
  v = finite_verb_at(tk, n, v);
  if (!v ||
      tk[v - 1].head != (int32_t)g || !label_in(tk[v - 1].deprel, verb_rels) ||
      kg_tree_has_dep(tk, n, v, "nsubj", 1) || kg_tree_has_dep(tk, n, v, "csubj", 1))
    return;
  kg_token save[4] = { *a, tk[h - 1], tk[v - 1], ap ? tk[ap - 1] : *a };
  if (tk[v - 1].deprel && !strcmp(tk[v - 1].deprel, "conj") && kg_tree_has_dep(tk, n, v, "cc", 0))
    return;                             /* ("and" a conjunct's cc: gone with it) */
  tk[v - 1].deprel = "advcl";
  tk[h - 1].head = (int32_t)v;
  tk[h - 1].deprel = "nsubj";
  a->head = (int32_t)v;
  if (ap) {
    tk[ap - 1].head = (int32_t)h;
    tk[ap - 1].deprel = "appos";
  }
  if (!kg_tree_one(tk, n)) {
    *a = save[0];
    tk[h - 1] = save[1];
    tk[v - 1] = save[2];
    if (ap)
      tk[ap - 1] = save[3];
  }
}

void kg_clausefix_sentence(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 2; v <= n; v++)
    oblique_subject(tk, n, v);
  for (uint32_t v = 4; v <= n; v++)
    reported_relative(tk, n, v);
  for (uint32_t r = 5; r <= n; r++)
    according_root(tk, n, r);
  for (uint32_t w = 3; w + 2 <= n; w++) {
    whom_object(tk, n, w);
    which_object_relcl(tk, n, w);
  }
  for (uint32_t x = 5; x <= n; x++)
    control_infinitive(tk, n, x);
  for (uint32_t x = 4; x <= n; x++)
    asked_infinitive(tk, n, x);
  for (uint32_t c = 4; c <= n; c++)
    obl_conj(tk, n, c);
  for (uint32_t f = 1; f + 3 <= n; f++)
    for_to_clause(tk, n, f);
  for (uint32_t p = 1; p + 2 <= n; p++)
    possessor_on_verb(tk, n, p);
  for (uint32_t m = 1; m + 2 <= n; m++)
    clause_after_marker(tk, n, m);
  for (uint32_t m = 1; m + 3 <= n; m++)
    contrast_clause(tk, n, m);
  for (uint32_t h = 2; h + 1 <= n; h++)
    subject_after_date(tk, n, h);
  for (uint32_t v = 5; v <= n; v++)
    place_conj_subject(tk, n, v);
  for (uint32_t w = 2; w + 2 <= n; w++)
    date_in_subject(tk, n, w);
  for (uint32_t r = 1; r + 2 <= n; r++)
    speech_advcl(tk, n, r);
  for (uint32_t v = 3; v <= n; v++)
    teller_conj(tk, n, v);
  kg_clauseconj_sentence(tk, n);          /* coordinated clauses and objects (clauseconj.c) */
}
