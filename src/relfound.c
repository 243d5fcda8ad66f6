/* relfound.c — the states that formed an organisation are its members:
 * "Mali, Niger and Burkina Faso formed the Alliance of Sahel States", "The
 * three juntas have since formed their own Alliance of Sahel States" (after
 * a sentence naming the three), "the Alliance of Sahel States, which the
 * three governments formed last September" (memberOf each founder).
 * The founders are the subject of "form", "found", "create", "establish" or
 * "set up" whose object (or, in a relative clause on it, whose "which") is
 * an organisation's name: states named there (a coordination), or a counted
 * plural of states ("the three juntas", "the two governments") read as the
 * states named last before it, in its sentence or the one before.
 * The name may stand in apposition to the object ("formed their own pact,
 * the X"); a counted plural whose states were named further back is the
 * latest list of as many states (six sentences back at most).
 * Not: a negated, modal or embedded verb ("did not form", "would form",
 * "agreed to form": not founded yet), persons or organisations as founders.
 * Also a state admitted to one: "Leaders of the Mercosur trade bloc
 * welcomed Bolivia as a full member", "NATO admitted Finland as its 31st
 * member" (kg_rel_admit_rule, at "member").
 * Owns: kg_rel_founders_rule (called by relbody.c's kg_rel_noun_rules at a
 * proper noun), kg_rel_admit_rule (called by relations.c).  Does not own: "X joined Y", "members of Y" (relgroups.c),
 * alliances among the founders (relgroups.c's ally rule). */
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relfound.h"
#include "actors.h"

static int is_word(const kg_doc *d, uint32_t i, const char *const *w)
{
  for (int k = 0; w[k]; k++)
    if (kg_tok_is(d, i, w[k]))
      return 1;
  return 0;
}

static int dep_is(const kg_doc *d, uint32_t i, const char *rel)
{
  return d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, rel);
}

/* The verb of founding: lemma form/found/create/establish, or set with "up". */
static int founding_verb(const kg_doc *d, uint32_t v)
{
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  const char *l = d->tokens[v].lemma;
  if (d->tokens[v].upos != KG_UPOS_VERB || !l)
    return 0;
  if (!strcmp(l, "form") || !strcmp(l, "found") || !strcmp(l, "create") || !strcmp(l, "establish"))
    return 1;
  if (strcmp(l, "set"))
    return 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)v && dep_is(d, k, "compound:prt") && kg_tok_is(d, k, "up"))
      return 1;
  return 0;
}

/* Whether verb v is negated, modal or embedded under another verb. */
static int not_done(const kg_doc *d, uint32_t v)
{
  static const char *const modal[] = { "would", "could", "may", "might", "will", "should", "can", "must",
    "not", "never", "n't", NULL };
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  const char *r = d->tokens[v].deprel;
  if (!r || !strcmp(r, "xcomp") || !strcmp(r, "ccomp") || !strcmp(r, "advcl") || !strcmp(r, "csubj"))
    return 1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)v && (dep_is(d, k, "aux") || dep_is(d, k, "advmod")) && is_word(d, k, modal))
      return 1;
  return 0;
}

/* The states of the latest coordination of exactly `want` states ("Mali,
 * Burkina Faso and Niger") before token `at` of sentence si, in it or the
 * six sentences before: a counted plural told after other states came
 * between ("... the bloc's chair, Nigeria, ... The three countries
 * formed"); their count, 0 when there is none. */
static size_t listed_states(const kg_doc *d, uint32_t si, uint32_t at, size_t want, int32_t *out)
{
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *mm = &d->mentions[k];
    if (mm->sent > si || (mm->sent == si && mm->tok >= at))
      continue;
    if (mm->sent + 6 < si)
      break;
    if (mm->actor < 0 || mm->kind == KG_MEN_PRONOUN || d->actors[mm->actor].type != KG_ACT_COUNTRY ||
        !kg_sent_has_tree(d, mm->sent))
      continue;
    /* the head of the name (whose own head lies outside it) heads the coordination */
    uint32_t t = kg_span_root(d, mm->tok, mm->ntok);
    if (t == UINT32_MAX)
      t = mm->tok + mm->ntok - 1;
    if (dep_is(d, t, "conj"))
      continue;
    const kg_sentence *s = &d->sents[mm->sent];
    size_t n = 0;
    out[n++] = mm->actor;
    int bad = 0;
    for (uint32_t q = t + 1; q < s->tok + s->ntok && !bad; q++) {
      int32_t c = kg_tok_head(d, q) == (int32_t)t && dep_is(d, q, "conj") ? kg_mention_at(d, q) : -1;
      if (c >= 0 && d->mentions[c].actor >= 0 && d->actors[d->mentions[c].actor].type == KG_ACT_COUNTRY &&
          n < want)
        out[n++] = d->mentions[c].actor;
      else if (c >= 0 || (kg_tok_head(d, q) == (int32_t)t && dep_is(d, q, "conj")))
        bad = 1;                          /* (a list of more, or not of states only) */
    }
    if (!bad && n == want)
      return n;
  }
  return 0;
}

/* The founders named at subject token t of sentence si: a state and the
 * states conjoined with it, or the n states named last before a counted
 * plural ("the three juntas"); their count, 0 when none. */
static size_t founders(const kg_doc *d, uint32_t si, uint32_t t, int32_t *out, size_t cap)
{
  static const char *const plural[] = { "countries", "nations", "states", "governments", "juntas", "regimes",
    "neighbours", "neighbors", NULL };
  static const char *const count[] = { "two", "three", "four", "five", NULL };
  const kg_sentence *s = &d->sents[si];
  size_t n = 0;
  int32_t m = kg_mention_at(d, t);
  if (m >= 0) {
    if (kg_rel_atype(d, m) != KG_ACT_COUNTRY || d->mentions[m].kind == KG_MEN_PRONOUN)
      return 0;
    out[n++] = d->mentions[m].actor;
    for (uint32_t k = s->tok; k < s->tok + s->ntok && n < cap; k++) {
      int32_t c = kg_tok_head(d, k) == (int32_t)t && dep_is(d, k, "conj") ? kg_mention_at(d, k) : -1;
      if (c < 0)
        continue;
      if (kg_rel_atype(d, c) != KG_ACT_COUNTRY)
        return 0;                         /* "Mali and the bank": not states only */
      out[n++] = d->mentions[c].actor;
    }
    return n;
  }
  if (!is_word(d, t, plural))
    return 0;
  size_t want = 0;
  uint32_t at = t;
  for (uint32_t k = t > s->tok + 2 ? t - 2 : s->tok; k < t; k++)
    if (kg_tok_head(d, k) == (int32_t)t && is_word(d, k, count)) {
      want = kg_tok_is(d, k, "two") ? 2 : kg_tok_is(d, k, "three") ? 3 : kg_tok_is(d, k, "four") ? 4 : 5;
      at = k;
    }
  if (!want || want > cap)
    return 0;
  n = kg_rel_states_before(d, si, at, want, out, KG_REL_NOT_PRONOUN);
  if (n == want)
    return n;
  return listed_states(d, si, at, want, out);
}

kg_status kg_rel_founders_rule(kg_doc *d, uint32_t si, uint32_t i)
{
  const kg_sentence *s = &d->sents[si];
  int32_t m = kg_mention_at(d, i);
  if (m < 0 || d->mentions[m].tok != i || kg_rel_atype(d, m) != KG_ACT_ORG || !kg_sent_has_tree(d, si))
    return KG_OK;
  /* the head of the organisation's name: the token whose head lies outside it */
  const kg_mention *om = &d->mentions[m];
  uint32_t h = kg_span_root(d, om->tok, om->ntok);
  if (h == UINT32_MAX)
    return KG_OK;
  /* the verb: the name's own (its object), or a relative clause's on it (on any of its words: "of
   * Sahel States, which") whose object is "which" */
  int32_t v = dep_is(d, h, "obj") ? kg_tok_head(d, h) : -1;
  /* "formed their own defence pact, the Alliance of Sahel States": the name
   * in apposition to the object */
  int32_t ah = dep_is(d, h, "appos") ? kg_tok_head(d, h) : -1;
  if (v < 0 && ah >= 0 && ah < (int32_t)h && dep_is(d, (uint32_t)ah, "obj") && kg_mention_at(d, (uint32_t)ah) < 0)
    v = kg_tok_head(d, (uint32_t)ah);
  if (v < 0)
    for (uint32_t k = s->tok; k < s->tok + s->ntok && v < 0; k++)
      if (kg_tok_head(d, k) >= (int32_t)om->tok && kg_tok_head(d, k) < (int32_t)(om->tok + om->ntok) &&
          dep_is(d, k, "acl:relcl"))
        for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
          if (kg_tok_head(d, q) == (int32_t)k && dep_is(d, q, "obj") &&
              (kg_tok_is(d, q, "which") || kg_tok_is(d, q, "that")))
            v = (int32_t)k;
  if (v < 0 || !founding_verb(d, (uint32_t)v) || not_done(d, (uint32_t)v))
    return KG_OK;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != v || !dep_is(d, k, "nsubj"))
      continue;
    int32_t list[8];
    size_t n = founders(d, si, k, list, 8);
    for (size_t j = 0; j < n; j++) {
      kg_status st = kg_relations_add(d, KG_REL_MEMBER, list[j], om->actor, si);
      if (st != KG_OK)
        return st;
    }
    return KG_OK;
  }
  return KG_OK;
}

/* "welcomed Bolivia as a full member (of Mercosur)" (relfound.h) */
kg_status kg_rel_admit_rule(kg_doc *d, uint32_t si, uint32_t i)
{
  static const char *const admit[] = { "welcome", "admit", "accept", NULL };
  static const char *const stop[] = { "not", "n't", "never", "would", "could", "may", "might", "will", "should",
                                      "to", "if", "whether", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, q = i;
  while (q > s->tok && q + 4 > i && !kg_tok_is(d, q - 1, "as") && !kg_tok_is_cap(&d->tokens[q - 1]))
    q--;                                  /* back over "a full", "its 31st" */
  if (q < s->tok + 3 || !kg_tok_is(d, q - 1, "as"))
    return KG_OK;
  int32_t x = kg_rel_mention_ending(d, q - 2);
  if (x < 0 || kg_rel_atype(d, x) != KG_ACT_COUNTRY || d->mentions[x].tok <= s->tok)
    return KG_OK;
  uint32_t v = d->mentions[x].tok - 1;
  const char *lem = d->tokens[v].lemma;
  if (!lem || !is_word(d, v, (const char *const[]){ "welcomed", "admitted", "accepted", "welcomes", "admits",
                                                      "accepts", NULL }) ||
      !kg_act_in_list(lem, admit))
    return KG_OK;
  int32_t org = -1;
  if (i + 2 < end && kg_tok_is(d, i + 1, "of")) {
    uint32_t o = kg_tok_is(d, i + 2, "the") && i + 3 < end ? i + 3 : i + 2;
    int32_t m = kg_mention_at(d, o);
    org = m >= 0 && kg_rel_atype(d, m) == KG_ACT_ORG ? d->mentions[m].actor : -1;
    if (org < 0)
      return KG_OK;
  }
  for (uint32_t k = s->tok; k < v; k++) {
    if (is_word(d, k, stop))
      return KG_OK;
    int32_t m = org < 0 ? kg_mention_at(d, k) : -1;
    if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_ORG)
      org = d->mentions[m].actor;
  }
  return org < 0 ? KG_OK : kg_relations_add(d, KG_REL_MEMBER, d->mentions[x].actor, org, si);
}
