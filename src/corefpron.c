/* corefpron.c — personal and possessive pronouns, for the actor stage.
 *
 * Owns: what "he", "him", "his", "she", "her", "its" and a referential
 * "it" refer to (kg_coref_pronoun): the gender a person is known by
 * (person_gender), the centre "its" leans on (its_centre), the acting
 * sentence-initial "It" (speaking_it), the teller of a clause "it" is the
 * subject of (said_by), the subject a clause binds "its" to.
 * Does not own: definite descriptions ("the country", "the bloc": coref.c,
 * corefdesc.c), the syntactic helpers that read the tree around a pronoun
 * (corefsyn.c), salience (discourse.c), mentions (actors.c).
 *
 * The rules:
 *  - he/him/his/she/her -> the most salient Person, never one known to be
 *    of the other gender (person_gender: a gendered honorific, title or
 *    apposition in the text, else the lexicon's first names); its, and a referential
 *    "it" ("it would respond", "it had supplied", "it is willing to"; not
 *    "it is essential") -> the most salient Country or Organization, or the
 *    first conjunct of "X and its allies", or the subject of the verb just
 *    before "its" in the same clause, or of the verb an "as its" phrase is
 *    on ("X described Y as its ally"); an opening "He"/"She" is the one
 *    person the sentence before names (lone_person; not "He added"); the
 *    subject pronoun of a verb joined to another is that verb's subject ("Hamas has refused ..., and it has
 *    rejected"), an object pronoun never the shared subject ("He met X and
 *    urged him": corefsyn.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "corefdesc.h"
#include "corefposs.h"

/* "its" whose antecedent is the centre of the discourse rather than the
 * most salient actor: a sentence-initial "Its" is the first subject (or the
 * possessor of the subject) of the sentence before, when that is a state or
 * organisation ("Belarus's Foreign Ministry called ... said Warsaw had not
 * ... Its spokesman" -> Belarus); "its" right after "X," (an apposition to
 * X) is never X: the subject of the clause ("Moscow stood by Minsk, its
 * closest ally" -> Russia).  -1 when neither applies. */
static int32_t its_centre(const kg_doc *d, uint32_t sidx, uint32_t tok, unsigned mask)
{
  const kg_sentence *s = &d->sents[sidx];
  int32_t found = -1;
  /* (also after an opening adjunct that names no one: "In 2023 its
   * parliament ousted ...", the possessed noun the root's subject) */
  int opening = tok == s->tok;
  if (!opening && tok > s->tok && kg_sent_has_tree(d, sidx) && kg_tok_head(d, tok) >= 0) {
    uint32_t n = (uint32_t)kg_tok_head(d, tok);
    int32_t v = kg_tok_head(d, n);
    opening = d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "nsubj") && v >= 0 && kg_tok_head(d, (uint32_t)v) < 0;
    for (uint32_t q = s->tok; opening && q < tok; q++)
      opening = kg_mention_at(d, q) < 0 && !kg_tok_is(d, q, "\"");
  }
  if (opening && sidx > 0 && !kg_sent_is_heading(d, sidx - 1)) {
    for (size_t m = 0; m < d->nmentions; m++) {
      const kg_mention *mm = &d->mentions[m];
      if (mm->sent != sidx - 1 || mm->actor < 0 || mm->as_place)
        continue;
      int role = kg_mention_role(d, m);
      if (role != 's' && role != 'g')
        continue;
      if (mask & KG_TYPEBIT(d->actors[mm->actor].type))
        found = mm->actor;
      /* (the first subject only, past a person's: "Premadasa accepted the
       * result, but his party, the X, said ... Its general secretary") */
      if (found >= 0 || d->actors[mm->actor].type != KG_ACT_PERSON)
        break;
    }
    return found;
  }
  if (tok >= s->tok + 2 && kg_tok_is(d, tok - 1, ",")) {
    int32_t x = kg_mention_at(d, tok - 2);
    if (x < 0 || d->mentions[x].actor < 0)
      return -1;
    /* "A, the bloc's foreign policy chief, and B, its trade commissioner":
     * the possessor of the apposition to the conjunct before */
    uint32_t xt = d->mentions[x].tok;
    int conj = xt >= s->tok + 3 && kg_tok_is(d, xt - 1, "and") && kg_tok_is(d, xt - 2, ",");
    for (size_t m = (size_t)x; conj && m-- > 0;) {
      const kg_mention *mm = &d->mentions[m];
      if (mm->sent != sidx || (mm->actor >= 0 && d->actors[mm->actor].type == KG_ACT_PERSON))
        break;                            /* (back to the first conjunct's name: none) */
      if (mm->actor >= 0 && !mm->as_place && kg_tok_is_poss(&d->tokens[mm->tok + mm->ntok]) &&
          (mask & KG_TYPEBIT(d->actors[mm->actor].type)))
        return mm->actor;
    }
    for (size_t m = 0; m < d->nmentions; m++) {
      const kg_mention *mm = &d->mentions[m];
      if (mm->sent != sidx || mm->tok >= d->mentions[x].tok)
        continue;
      if (mm->actor < 0 || mm->as_place || kg_mention_role(d, m) != 's')
        continue;
      if ((mask & KG_TYPEBIT(d->actors[mm->actor].type)) && mm->actor != d->mentions[x].actor)
        found = mm->actor;
      break;
    }
  }
  return found;
}

/* "Washington has described the Milei government as its closest ally",
 * "Moscow regards Minsk as its partner": "its" in an "as" phrase on a verb
 * that has an object before it is the verb's subject (a state or
 * organisation of mask); -1 when none. */
static int32_t as_its_subject(const kg_doc *d, uint32_t tok, unsigned mask)
{
  const kg_sentence *s = &d->sents[d->tokens[tok].sent];
  if (tok < s->tok + 3 || !kg_tok_is(d, tok - 1, "as") || !kg_sent_has_tree(d, d->tokens[tok].sent))
    return -1;
  int32_t n = kg_tok_head(d, tok);
  const char *r = n >= 0 ? d->tokens[n].deprel : NULL;
  int32_t v = n >= 0 ? kg_tok_head(d, (uint32_t)n) : -1;
  if (!r || (strncmp(r, "obl", 3) && strcmp(r, "xcomp") && strcmp(r, "advcl")) || v < 0 ||
      d->tokens[v].upos != KG_UPOS_VERB)
    return -1;
  int obj = 0;
  for (uint32_t q = (uint32_t)v + 1; q + 1 < tok && !obj; q++)
    obj = kg_tok_head(d, q) == v && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "obj");
  int32_t k = obj ? kg_coref_nsubj_before(d, v, (uint32_t)v) : -1;
  int32_t m = k >= 0 ? kg_mention_at(d, (uint32_t)k) : -1;
  if (m < 0 || d->mentions[m].actor < 0 || d->mentions[m].as_place || d->mentions[m].kind == KG_MEN_DEMONYM ||
      !(mask & KG_TYPEBIT(d->actors[d->mentions[m].actor].type)))
    return -1;
  return d->mentions[m].actor;
}

/* The one person the sentence before sidx names (no other person named
 * there, not a heading), -1. */
static int32_t lone_person(const kg_doc *d, uint32_t sidx)
{
  if (sidx == 0 || kg_sent_is_heading(d, sidx - 1))
    return -1;
  int32_t one = -1;
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent >= sidx)
      continue;
    if (mm->sent < sidx - 1)
      break;
    if (mm->actor < 0 || mm->as_place || d->actors[mm->actor].type != KG_ACT_PERSON || mm->actor == one)
      continue;
    if (one >= 0)
      return -1;
    one = mm->actor;
  }
  return one;
}

/* Words that end a clause walking back from a pronoun. */
static const char *const k_clause_stop[] = { "and", "or", "but", "after", "before", "while",
  "when", "that", "which", "who", "because", "although", "as", "if", "since", "than", NULL };

/* A sentence-initial "It" that acts ("Iran has denied ... It accuses the
 * United States of ...", "Taiwan's defence ministry said ... It condemned
 * ..."): the state or organisation that was the previous sentence's subject
 * (not "The report said ... It said ...", nor the event "It" of "It came as
 * ..."); -1 when the verb tells of an event's "It" or that subject names no
 * such actor. */
static int32_t prev_subject(const kg_act_ctx *c, uint32_t sidx, int opening);

/* "it is a member of", "it is also a close security partner of", "it
 * remains a party to": "it" (at tok) before a copula and a noun of a role
 * among states is a state or organisation, not the expletive "it". */
static int role_predicate(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  static const char *const role[] = { "member", "ally", "partner", "signatory", "party", "observer", NULL };
  uint32_t end = s->tok + s->ntok, v = tok + 1;
  if (v >= end || !(kg_tok_is(d, v, "is") || kg_tok_is(d, v, "was") || kg_tok_is(d, v, "remains")))
    return 0;
  for (v++; v < end && v <= tok + 7 && (d->tokens[v].upos == KG_UPOS_ADV || d->tokens[v].upos == KG_UPOS_DET ||
                                        d->tokens[v].upos == KG_UPOS_ADJ || d->tokens[v].upos == KG_UPOS_NOUN); v++) {
    char w[24];
    kg_tok_lower(&d->tokens[v], w, sizeof w);
    if (d->tokens[v].upos == KG_UPOS_NOUN && kg_act_in_list(w, role))
      return v + 1 < end && (kg_tok_is(d, v + 1, "of") || kg_tok_is(d, v + 1, "to") || kg_tok_is(d, v + 1, "in"));
  }
  return 0;
}

static int32_t speaking_it(const kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t v = tok + 1, end = s->tok + s->ntok;
  while (v < end && v <= tok + 3 && (d->tokens[v].upos == KG_UPOS_AUX || d->tokens[v].upos == KG_UPOS_ADV))
    v++;
  if (sidx > 0 && kg_sent_has_tree(d, sidx - 1) && role_predicate(d, s, tok))
    return prev_subject(c, sidx, 1);      /* "... It is a member of the OSCE" */
  if (sidx == 0 || v >= end || d->tokens[v].upos != KG_UPOS_VERB || !d->tokens[v].lemma ||
      !kg_sent_has_tree(d, sidx - 1))
    return -1;
  char lm[48];
  snprintf(lm, sizeof lm, "%s", d->tokens[v].lemma);
  for (char *p = lm; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  /* verbs whose "It" is mostly the event told before ("It came as ...",
   * "It marked the first ...": the lexicon's kgd:eventSubjectVerb) */
  int lex = kg_dict_lex(c->dict, lm);
  int speech = kg_dict_cue(c->dict, lm) == KG_CUE_REPORT ||
               (lex & (KG_LEX_HEDGE_VERB | KG_LEX_NEG_VERB | KG_LEX_REQUEST_VERB));
  if (!speech && (lex & KG_LEX_EVENT_SUBJECT))
    return -1;
  return prev_subject(c, sidx, 0);
}

/* The state or organisation that is the subject of the root of sentence
 * sidx - 1 (or the state that names that subject body), -1; with opening,
 * failing a named subject, the name that opens that sentence before a
 * comma ("Mongolia, a country of 3.5 million people, has ..." misparsed). */
static int32_t prev_subject(const kg_act_ctx *c, uint32_t sidx, int opening)
{
  const kg_doc *d = c->doc;
  const kg_sentence *ps = &d->sents[sidx - 1];
  for (uint32_t k = ps->tok; k < ps->tok + ps->ntok; k++) {
    int32_t h = kg_tok_head(d, k);
    if (h < 0 || kg_tok_head(d, (uint32_t)h) >= 0 || !d->tokens[k].deprel ||
        strncmp(d->tokens[k].deprel, "nsubj", 5))
      continue;                           /* the subject of the root */
    /* "Taiwan's defence ministry said ...", "Chile's National Security
     * Council said ...", "The Chinese foreign ministry said ...": a body
     * named by its state acts for it */
    int32_t m = -1;
    for (uint32_t q = ps->tok; m < 0 && q < k; q++) {
      int32_t mq = kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel ? kg_mention_at(d, q) : -1;
      if (mq >= 0 && d->mentions[mq].actor >= 0 && d->actors[d->mentions[mq].actor].type == KG_ACT_COUNTRY &&
          (!strcmp(d->tokens[q].deprel, "nmod:poss") ||
           (d->tokens[k].upos == KG_UPOS_NOUN && (!strcmp(d->tokens[q].deprel, "amod") ||
                                                  !strcmp(d->tokens[q].deprel, "compound")))))
        m = mq;
    }
    if (m < 0)
      m = kg_mention_at(d, k);
    if (m < 0 && opening && (m = kg_mention_at(d, ps->tok)) >= 0 &&
        !kg_tok_is(d, d->mentions[m].tok + d->mentions[m].ntok, ","))
      m = -1;
    if (m < 0 || d->mentions[m].actor < 0 || d->mentions[m].as_place)
      return -1;
    int t = d->actors[d->mentions[m].actor].type;
    return t == KG_ACT_COUNTRY || t == KG_ACT_ORG ? d->mentions[m].actor : -1;
  }
  return -1;
}

/* The kgd:maleWord / kgd:femaleWord class of a token (KG_LEX_MALE, KG_LEX_FEMALE, 0). */
static int lex_gender(const kg_dict *dict, const kg_token *t)
{
  char w[48];
  kg_tok_lower(t, w, sizeof w);
  return kg_dict_lex(dict, w) & (KG_LEX_MALE | KG_LEX_FEMALE);
}

/* The gender the document or the lexicon tells of person `actor`, from its
 * mentions before token `before`: KG_LEX_MALE, KG_LEX_FEMALE or 0 (unknown,
 * or told both ways, as when "Mrs Howard" folds into Michael Howard).  A
 * gendered word right before a mention or as its first word ("Mr Smith",
 * "spokeswoman Jo Smith"), a noun right before the comma before it ("his
 * wife, Jo Smith") or a noun of the noun phrase in apposition after it ("Jo
 * Smith, the party's chairwoman"; not past a verb or preposition) decides;
 * failing one, the first word of a name of two words or more (kgd:maleName,
 * kgd:femaleName: "Giorgia Meloni"). */
static int person_gender(const kg_act_ctx *c, int32_t actor, uint32_t before)
{
  const kg_doc *d = c->doc;
  int g = 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < before; k++) {
    const kg_mention *m = &d->mentions[k];
    g |= m->actor == actor ? kg_coref_pronoun_gender(d, m) : 0;    /* "he told reporters" (corefsyn.c) */
    if (m->actor != actor || (m->kind != KG_MEN_NAME && m->kind != KG_MEN_PARTIAL))
      continue;
    const kg_sentence *s = &d->sents[m->sent];
    uint32_t e = m->tok + m->ntok, end = s->tok + s->ntok;
    const char *l = d->actors[actor].label, *f0 = d->tokens[m->tok].form;
    if (m->ntok > 1 && f0 && l && !strstr(l, f0))     /* "Mr Blair", not "Oona King" */
      g |= lex_gender(c->dict, &d->tokens[m->tok]);
    if (m->tok > s->tok)
      g |= lex_gender(c->dict, &d->tokens[m->tok - 1]);
    if (m->tok > s->tok + 1 && kg_tok_is(d, m->tok - 1, ",") && d->tokens[m->tok - 2].upos == KG_UPOS_NOUN)
      g |= lex_gender(c->dict, &d->tokens[m->tok - 2]);    /* "the party's chairwoman, Jo Smith" */
    if (e + 1 < end && kg_tok_is(d, e, ","))
      for (uint32_t p = e + 1; p < end && p < e + 8; p++) {   /* one noun phrase */
        int u = d->tokens[p].upos;
        if (u != KG_UPOS_DET && u != KG_UPOS_ADJ && u != KG_UPOS_NOUN && u != KG_UPOS_PROPN &&
            u != KG_UPOS_NUM && !kg_tok_is(d, p, "'s"))
          break;
        int h = u == KG_UPOS_NOUN ? lex_gender(c->dict, &d->tokens[p]) : 0;
        g |= h;
        if (h)
          break;
      }
  }
  if (g == KG_LEX_MALE || g == KG_LEX_FEMALE)
    return g;
  if (g)
    return 0;
  const char *l = d->actors[actor].label;
  char w[48];
  size_t n = 0;
  while (l && l[n] && l[n] != ' ' && n + 1 < sizeof w) {
    w[n] = (char)tolower((unsigned char)l[n]);
    n++;
  }
  w[n] = 0;
  if (!l || !l[n])                        /* one word: no first name */
    return 0;
  int b = kg_dict_lex(c->dict, w);      /* (a name's own title word tells nothing: "Sheikh Hasina") */
  g = (b & KG_LEX_MALE_NAME) ? KG_LEX_MALE : 0;
  g |= (b & KG_LEX_FEMALE_NAME) ? KG_LEX_FEMALE : 0;
  return g == (KG_LEX_MALE | KG_LEX_FEMALE) ? 0 : g;
}

/* A candidate for a pronoun: not the actor `not` (-1: any) and, for a
 * person, not known to be of the gender `bad` (0: any). */
typedef struct pron_filter {
  const kg_act_ctx *c;
  int32_t not;
  int bad;
  uint32_t before;
  /* person_gender of the actors asked so far (the document does not change
   * while the filter is used: speed, one salience walk asks again for each
   * mention of an actor) */
  int ng;
  int32_t gactor[8];
  int gender[8];
} pron_filter;

static int pron_ok(const kg_doc *doc, int32_t actor, const void *arg)
{
  pron_filter *f = (pron_filter *)arg;   /* the caller's own, writable */
  if (actor == f->not)
    return 0;
  if (!f->bad || doc->actors[actor].type != KG_ACT_PERSON)
    return 1;
  for (int i = 0; i < f->ng; i++)
    if (f->gactor[i] == actor)
      return f->gender[i] != f->bad;
  int g = person_gender(f->c, actor, f->before);
  if (f->ng < 8) {
    f->gactor[f->ng] = actor;
    f->gender[f->ng++] = g;
  }
  return g != f->bad;
}

/* The actor of the subject of the verb whose object ("him", "her") token
 * tok is, -1 (not for "his", nor for a pronoun in a phrase of its own). */
static int32_t clause_subject_actor(const kg_doc *d, uint32_t tok)
{
  const char *r = d->tokens[tok].deprel;
  int32_t v = kg_tok_head(d, tok);
  if (!r || (strcmp(r, "obj") && strcmp(r, "iobj")) || v < 0 || d->tokens[v].upos != KG_UPOS_VERB ||
      kg_tok_is(d, tok, "his"))
    return -1;
  int32_t k = kg_coref_nsubj_before(d, v, tok);
  if (k < 0)
    k = kg_coref_shared_subject(d, v);    /* "He met X and urged him" (corefsyn.c) */
  int32_t m = k >= 0 ? kg_mention_at(d, (uint32_t)k) : -1;
  return m >= 0 ? d->mentions[m].actor : -1;
}

/* The state or organisation (of mask) that is the subject of the verb
 * whose clausal complement "it" (at tok) is the subject of: "NATO said it
 * would", "Moscow announced that it had"; -1 when there is none. */
static int32_t said_by(const kg_doc *d, uint32_t tok, unsigned mask)
{
  const char *r = d->tokens[tok].deprel;
  int32_t v = kg_tok_head(d, tok);
  if (!r || strncmp(r, "nsubj", 5) || v < 0 || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "ccomp"))
    return -1;
  int32_t sv = kg_tok_head(d, (uint32_t)v);
  if (sv < 0 || sv > (int32_t)tok || d->tokens[sv].upos != KG_UPOS_VERB)
    return -1;
  int32_t q = kg_coref_nsubj_before(d, sv, (uint32_t)sv);
  int shared = q < 0 && mask != KG_TYPEBIT(KG_ACT_PERSON);   /* "X's ministry called ... and said it": */
  q = shared ? kg_coref_shared_subject(d, sv) : q;   /* the subject of the verb "said" is joined to (corefsyn.c) */
  int32_t m = q >= 0 ? kg_mention_at(d, (uint32_t)q) : -1;
  /* "The gang leader Jimmy Cherizier said he": the name in apposition to
   * the subject noun */
  for (uint32_t k = q >= 0 ? (uint32_t)q + 1 : tok; m < 0 && k < tok; k++)
    if (kg_tok_head(d, k) == q && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "appos"))
      m = kg_mention_at(d, k);
  /* ... "Poland's foreign ministry called ... and said it": a state's
   * body speaks for the state that names it */
  /* (so too the subject of "said" itself when it is a body: "Kyiv's foreign
   * ministry said it regretted") */
  static const char *const bodies[] = { "ministry", "government", "embassy", "office", "presidency", "cabinet",
    "administration", NULL };
  char qb[24] = "";
  if (q >= 0)
    kg_tok_lower(&d->tokens[q], qb, sizeof qb);
  int body = shared || (q >= 0 && mask != KG_TYPEBIT(KG_ACT_PERSON) && kg_act_in_list(qb, bodies));
  const kg_sentence *s = &d->sents[d->tokens[tok].sent];
  for (uint32_t k = s->tok; body && m < 0 && q >= 0 && k < (uint32_t)q; k++)
    if (kg_tok_head(d, k) == q && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "nmod:poss") &&
        d->tokens[q].upos == KG_UPOS_NOUN && (m = kg_mention_at(d, k)) >= 0 && d->mentions[m].actor >= 0 &&
        d->actors[d->mentions[m].actor].type != KG_ACT_COUNTRY)
      m = -1;
  int32_t a = m >= 0 && !d->mentions[m].as_place ? d->mentions[m].actor : -1;
  return a >= 0 && (mask & KG_TYPEBIT(d->actors[a].type)) ? a : -1;
}

/* A demonym modifying a thing ("Russian oil", "Chinese goods"): the noun
 * right after it is a common noun that names no sector of a state
 * ("Russian troops"), no state ("the Russian government") and no title
 * ("the Russian president"). */
static int thing_demonym(const kg_dict *dict, const kg_doc *d, const kg_mention *m)
{
  uint32_t k = m->tok + m->ntok, end = d->sents[m->sent].tok + d->sents[m->sent].ntok;
  if (k >= end || d->tokens[k].upos != KG_UPOS_NOUN)
    return 0;
  /* the run of nouns it opens, as a phrase and by its last word ("Chinese
   * coast guard": a sector) */
  char ph[64] = "", w[32] = "";
  size_t pl = 0;
  for (uint32_t q = k; q < end && q < k + 3 && d->tokens[q].upos == KG_UPOS_NOUN; q++) {
    const kg_title *ti;
    kg_tok_lower(&d->tokens[q], w, sizeof w);
    pl += (size_t)snprintf(ph + pl, sizeof ph - pl, "%s%s", pl ? " " : "", w);
    if (pl >= sizeof ph || kg_dict_sector_noun(dict, ph) || kg_dict_sector_noun(dict, w) ||
        kg_dict_description(dict, w) || kg_dict_match_title(dict, d, q, &ti))
      return 0;
  }
  return 1;
}

/* Personal and possessive pronouns: see kg_coref_pronoun in coref.h. */
/* The actor a noun owned by "its" names (corefposs.c): "its neighbour",
 * "its ally". */
static uint32_t its_noun(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t a)
{
  uint32_t n = kg_coref_its_neighbour(c, sidx, tok, a);
  return n ? n : kg_coref_its_ally(c, sidx, tok, a);
}

/* The actor a noun owned by "his"/"her" names (corefposs.c): "her party",
 * "his guest". */
static uint32_t poss_noun(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t a)
{
  uint32_t n = kg_coref_poss_party(c, sidx, tok, a);
  return n ? n : kg_coref_poss_guest(c, sidx, tok, a);
}

uint32_t kg_coref_pronoun(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  /* every pronoun below lowers to a word starting with h, s or i: another
   * form's first byte ends it here (speed) */
  const char *f0 = d->tokens[tok].form;
  char c0 = f0 ? (char)(f0[0] | 0x20) : 'h';
  if (c0 != 'h' && c0 != 's' && c0 != 'i')
    return 0;
  char b[64];
  kg_tok_lower(&d->tokens[tok], b, sizeof b);
  unsigned mask = 0;
  int32_t sit = -1;                       /* a sentence-initial "It" (speaking_it) */
  int prog = 0;                           /* "it was Ving" */
  if (!strcmp(b, "he") || !strcmp(b, "him") || !strcmp(b, "his") ||
      !strcmp(b, "she") || !strcmp(b, "her"))
    mask = KG_TYPEBIT(KG_ACT_PERSON);
  else if (!strcmp(b, "its"))
    mask = KG_TYPEBIT(KG_ACT_COUNTRY) | KG_TYPEBIT(KG_ACT_ORG);
  else if (!strcmp(b, "it") && tok + 1 < s->tok + s->ntok) {
    /* "Moscow said it would respond", "denied that it attacked": a state or
     * organisation; not the expletive or event "it" of "it is", "it was",
     * "it seems", nor a sentence-initial "It" (mostly the last event) */
    static const char *const cop[] = { "is", "was", "'s", "seems", "seemed", "appears",
      "appeared", "remains", "remained", "becomes", "became", "be", "has", "had",
      "underscores", "highlights", "serves", "raises", "adds", "aimed", NULL };
    char nb[32], nn[32] = "";
    kg_tok_lower(&d->tokens[tok + 1], nb, sizeof nb);
    if (tok + 2 < s->tok + s->ntok)
      kg_tok_lower(&d->tokens[tok + 2], nn, sizeof nn);
    size_t nl = strlen(nn);
    int perfect = (!strcmp(nb, "has") || !strcmp(nb, "had")) && nl > 3 &&
                  (!strcmp(nn + nl - 2, "ed") || !strcmp(nn + nl - 2, "en"));
    /* "it is willing to", "it was ready to": a referential "it" */
    static const char *const ready[] = { "willing", "ready", "prepared", "determined",
      "committed", "able", "unable", "eager", "reluctant", "keen", "unwilling", "poised",
      NULL };
    /* ... and "NATO said it was monitoring the situation": a progressive told by a state or organisation
     * (not "it was becoming clear"; not told by one, below) */
    static const char *const prog_no[] = { "being", "becoming", "getting", "beginning", "raining", NULL };
    prog = tok > s->tok && (!strcmp(nb, "is") || !strcmp(nb, "was")) && tok + 2 < s->tok + s->ntok &&
           d->tokens[tok + 2].xpos &&
           !strcmp(d->tokens[tok + 2].xpos, "VBG") && !kg_act_in_list(nn, prog_no) && !kg_act_in_list(nn, ready);
    int referential = ((!strcmp(nb, "is") || !strcmp(nb, "was")) && kg_act_in_list(nn, ready)) || prog ||
                      role_predicate(d, s, tok);
    sit = tok > s->tok ? -1 : speaking_it(c, sidx, tok);
    if (tok > s->tok ? !kg_act_in_list(nb, cop) || perfect || referential : sit >= 0 || role_predicate(d, s, tok))
      mask = KG_TYPEBIT(KG_ACT_COUNTRY) | KG_TYPEBIT(KG_ACT_ORG);
  }
  if (mask) {
    /* he/him/his never a person known female, she/her never one known male */
    pron_filter pf = { c, -1, 0, tok, 0, { 0 }, { 0 } };
    if (mask == KG_TYPEBIT(KG_ACT_PERSON))
      pf.bad = b[0] == 's' || !strcmp(b, "her") ? KG_LEX_MALE : KG_LEX_FEMALE;
    /* ("\"China is rewarding him,\" its spokesman said": who speaks the
     * quote is named before it, not in it) */
    uint32_t before = tok;
    if (mask != KG_TYPEBIT(KG_ACT_PERSON) && tok > s->tok + 2 && kg_tok_opens_quote(d, s->tok))
      for (uint32_t q = s->tok + 1; q < tok; q++)
        if (kg_tok_closes_quote(d, q))
          before = s->tok;
    int32_t a = sit >= 0 ? sit : pf.bad ? kg_actors_salient_if(d, sidx, tok, mask, pron_ok, &pf)
                                        : kg_actors_salient(d, sidx, before, mask);
    /* "Chile sent its foreign minister, X. He met ...": an opening "He"
     * or "She" is the one person the sentence before names (not "He
     * added", "She continued": the speaker before goes on) */
    int32_t lone = tok == s->tok && pf.bad && (b[1] == 'e' || b[0] == 's') && tok + 1 < s->tok + s->ntok &&
                   !kg_tok_is(d, tok + 1, "added") && !kg_tok_is(d, tok + 1, "continued") ?
                   lone_person(d, sidx) : -1;
    if (lone >= 0 && lone != a && pron_ok(d, lone, &pf))
      a = lone;
    /* "Trump welcomed him": an object pronoun is never its verb's subject (nor "He called X" X: corefsyn.c) */
    int32_t sa = mask == KG_TYPEBIT(KG_ACT_PERSON) ? kg_coref_named_obj(d, tok, a, clause_subject_actor(d, tok)) : -1;
    if (sa >= 0 && a == sa) {
      pf.not = sa;
      a = kg_actors_salient_if(d, sidx, tok, mask, pron_ok, &pf);
    }
    int32_t fr = !strcmp(b, "his") || !strcmp(b, "her") ? kg_coref_fronted_subject(d, tok) :
                 !strcmp(b, "he") || !strcmp(b, "she") ? kg_coref_fronted_name(d, tok) : -1;
    a = fr >= 0 && pron_ok(d, fr, &pf) ? fr : a;   /* "Speaking at the end of his visit, X said" (corefsyn.c) */
    /* "the United States and its allies": its is the first conjunct */
    if (tok >= s->tok + 2 && kg_tok_is(d, tok - 1, "and") && d->nmentions > 0) {
      const kg_mention *pm = &d->mentions[d->nmentions - 1];
      if (pm->sent == sidx && pm->tok + pm->ntok == tok - 1 && pm->actor >= 0 &&
          (mask & KG_TYPEBIT(d->actors[pm->actor].type)))
        a = pm->actor;
    }
    /* "after Russia launched its invasion": the subject of the verb right
     * before "its" in the same clause binds it */
    if (!strcmp(b, "its")) {
      int32_t sub = -1;
      int verb = 0;
      for (uint32_t p = tok; p-- > s->tok && p + 5 > tok;) {
        char pb[32];
        kg_tok_lower(&d->tokens[p], pb, sizeof pb);
        int32_t m = kg_mention_at(d, p);
        if (m >= 0) {                       /* (not "Russian jets entered its airspace": a demonym
                                             * modifies the subject, it is none) */
          if (verb && d->mentions[m].actor >= 0 && !d->mentions[m].as_place &&
              d->mentions[m].kind != KG_MEN_DEMONYM &&
              (mask & KG_TYPEBIT(d->actors[d->mentions[m].actor].type)))
            sub = d->mentions[m].actor;       /* "after Russia launched its" */
          break;
        }
        if (!isalpha((unsigned char)pb[0]) || kg_act_in_list(pb, k_clause_stop))
          break;
        int u = d->tokens[p].upos;
        verb |= u == KG_UPOS_VERB || u == KG_UPOS_AUX;
      }
      if (sub < 0)
        sub = as_its_subject(d, tok, mask);   /* "X has described Y as its closest ally" */
      if (sub >= 0)
        a = sub;
      int32_t ctr = its_centre(d, sidx, tok, mask);
      if (sub < 0 && ctr >= 0)
        a = ctr;
      int32_t mi = sub < 0 ? kg_coref_its_ministry(c, sidx, tok) : -1;   /* (corefposs.c) */
      a = mi >= 0 ? mi : a;
    }
    /* "Zelensky thanked the bloc and urged it to ...": "it" right after a
     * verb is an object, never its clause's subject: the last state or
     * organisation named after the sentence's first verb, when there is one
     * (a full noun phrase before a demonym modifying a thing: "urged India
     * to stop buying Russian oil and invited it to host" -> India) */
    const char *dr = d->tokens[tok].deprel;
    if (!strcmp(b, "it") && tok > s->tok && d->tokens[tok - 1].upos == KG_UPOS_VERB && dr &&
        (!strcmp(dr, "obj") || !strcmp(dr, "iobj"))) {
      uint32_t v0 = tok;
      for (uint32_t p = s->tok; p < tok; p++)
        if (d->tokens[p].upos == KG_UPOS_VERB) {
          v0 = p;
          break;
        }
      int32_t dem = -1;
      for (size_t k = d->nmentions; k-- > 0;) {
        const kg_mention *m = &d->mentions[k];
        if (m->sent != sidx || m->tok <= v0)
          break;
        if (m->tok < tok && m->actor >= 0 && !m->as_place && m->kind != KG_MEN_PRONOUN &&
            (mask & KG_TYPEBIT(d->actors[m->actor].type))) {
          if (m->kind == KG_MEN_DEMONYM && thing_demonym(c->dict, d, m)) {
            dem = dem < 0 ? m->actor : dem;
            continue;
          }
          dem = -1;
          a = m->actor;
          break;
        }
      }
      a = dem >= 0 ? dem : a;
    }
    /* "spoke to Vucic by telephone and urged him to withdraw": the object
     * "him" of a verb joined to an earlier one is the person that verb took
     * as its object or oblique, not its subject nor one named before */
    int32_t cv = (!strcmp(b, "him") || !strcmp(b, "her")) && dr && (!strcmp(dr, "obj") || !strcmp(dr, "iobj")) ?
                 kg_tok_head(d, tok) : -1;
    int32_t ch = cv >= 0 && d->tokens[cv].deprel && !strcmp(d->tokens[cv].deprel, "conj") ? kg_tok_head(d, cv) : -1;
    for (size_t k = d->nmentions; ch >= 0 && ch < cv && k-- > 0;) {
      const kg_mention *m = &d->mentions[k];
      if (m->sent != sidx || m->tok >= (uint32_t)cv)
        continue;
      if (m->tok <= (uint32_t)ch)
        break;
      for (uint32_t q = m->tok; m->actor >= 0 && q < m->tok + m->ntok; q++) {
        const char *qr = d->tokens[q].deprel;
        if (kg_tok_head(d, q) == ch && qr && (!strncmp(qr, "obj", 3) || !strncmp(qr, "iobj", 4) ||
                                               !strncmp(qr, "obl", 3)) &&
            d->actors[m->actor].type == KG_ACT_PERSON && pron_ok(d, m->actor, &pf)) {
          a = m->actor;
          ch = -1;
          break;
        }
      }
    }
    /* "..., and NATO said it would increase its presence": the subject
     * "it" of a clause told by a state or organisation is the teller,
     * however salient another state is */
    if ((!strcmp(b, "it") && sit < 0) || !strcmp(b, "he") || !strcmp(b, "she")) {
      int32_t tl = said_by(d, tok, mask);   /* (and "X said he would", a person telling: */
      if (tl >= 0 && strcmp(b, "it") != 0 && !pron_ok(d, tl, &pf))
        tl = -1;                          /* not "She said he finally agreed") */
      if (tl >= 0)
        a = tl;
      /* "Hamas has refused ..., and it has rejected": the subject of the
       * verb it is joined to (corefsyn.c) */
      int32_t cs = tl < 0 ? kg_coref_conj_subject(d, tok, mask) : -1;
      if (cs < 0 && tl < 0)               /* "withdraw a complaint it had filed" (corefsyn.c) */
        cs = kg_coref_relcl_subject(d, tok, mask);
      if (cs >= 0 && (strcmp(b, "it") == 0 || pron_ok(d, cs, &pf)))
        a = cs;
      else if (tl < 0 && prog)
        a = -1;
    }
    if (a >= 0 && kg_act_add_mention(c, sidx, tok, 1, a, KG_MEN_PRONOUN, 0) < 0)
      return 0;
    /* "Saudi Arabia backed its neighbour": another state; "her party" (corefposs.c) */
    return 1 + (!strcmp(b, "its") ? its_noun(c, sidx, tok, a) :
                !strcmp(b, "his") || !strcmp(b, "her") ? poss_noun(c, sidx, tok, a) : 0);
  }
  return 0;
}
