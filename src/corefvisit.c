/* corefvisit.c — the two parties of a visit named by a description, for
 * coref.c and corefposs.c.
 *
 * Owns: the visitor and the host of the story's latest visit, read off the
 * parse of the sentences before: the visitor is a person who is the subject
 * of "visit", "arrive", "travel", "fly", "land", "tour" ("Kim arrived in
 * Vladivostok"), the owner of "visit", "trip", "tour", "arrival" ("Modi's
 * visit", "the visit by X"), the object of "host", "welcome", "receive",
 * "greet" or their passive subject ("Xi was welcomed by Orban"); the host is
 * the subject of those four verbs, or the doer ("by X") of their passive.
 * And the descriptions that name them: "the visitor", "the guest", "the
 * visiting leader" (president, premier, prime minister, chancellor, king,
 * monarch, dignitary, head of state), "the host" (singular, no name, noun or
 * "of" after it: not "the host country", "the visitors" of a football
 * report), each as the latest such person within twelve sentences; and, for
 * corefposs.c, which of those two "his guest" or "her host" names.
 * Does not own: "his guest" without a visit told (corefposs.c's latest other
 * person), other descriptions (coref.c, corefdesc.c), mentions (actors.c).
 */
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "corefvisit.h"

static const char *const come_verbs[] = { "visit", "arrive", "travel", "fly", "land", "tour", NULL };
static const char *const visit_nouns[] = { "visit", "trip", "tour", "arrival", NULL };
static const char *const host_verbs[] = { "host", "welcome", "receive", "greet", NULL };
static const char *const meet_verbs[] = { "meet", NULL };

static int lemma_in(const kg_doc *d, int32_t i, const char *const *list)
{
  return i >= 0 && d->tokens[i].lemma && kg_act_in_list(d->tokens[i].lemma, list);
}

static int rel_is(const kg_token *t, const char *r)
{
  return t->deprel && !strcmp(t->deprel, r);
}

/* The token standing for mention m in its clause: the root of its name,
 * up through its title; UINT32_MAX when none. */
static uint32_t clause_token(const kg_doc *d, const kg_mention *m)
{
  if (!kg_sent_has_tree(d, m->sent))
    return UINT32_MAX;
  uint32_t r = kg_span_root(d, m->tok, m->ntok);
  if (r == UINT32_MAX)
    return r;
  /* up from the name through its title ("North Korean leader Kim Jong Un":
   * the name may hang on the title by flat, appos or compound) */
  for (int hops = 0; hops < 2 && (rel_is(&d->tokens[r], "flat") || rel_is(&d->tokens[r], "appos") ||
                                  rel_is(&d->tokens[r], "compound")); hops++) {
    int32_t h = kg_tok_head(d, r);
    if (h < 0)
      return UINT32_MAX;
    r = (uint32_t)h;
  }
  return r;
}

/* The role of mention m in a visit: 'v' visitor, 'h' host, 0 none. */
static int visit_role(const kg_doc *d, const kg_mention *m)
{
  uint32_t r = clause_token(d, m);
  if (r == UINT32_MAX)
    return 0;
  const kg_token *t = &d->tokens[r];
  int32_t h = kg_tok_head(d, r);
  if (h < 0 || !t->deprel)
    return 0;
  const kg_token *ht = &d->tokens[h];
  if (!strcmp(t->deprel, "nsubj") && ht->upos == KG_UPOS_VERB)
    return lemma_in(d, h, come_verbs) ? 'v' : lemma_in(d, h, host_verbs) ? 'h' : 0;
  if (!strcmp(t->deprel, "nsubj:pass") && ht->upos == KG_UPOS_VERB && lemma_in(d, h, host_verbs))
    return 'v';
  if (!strcmp(t->deprel, "obj") && ht->upos == KG_UPOS_VERB && lemma_in(d, h, host_verbs))
    return 'v';
  if (!strcmp(t->deprel, "obl:agent") && ht->upos == KG_UPOS_VERB && lemma_in(d, h, host_verbs))
    return 'h';
  if ((!strcmp(t->deprel, "nmod:poss") || !strcmp(t->deprel, "nmod")) && ht->upos == KG_UPOS_NOUN &&
      lemma_in(d, h, visit_nouns)) {
    if (!strcmp(t->deprel, "nmod:poss"))
      return 'v';
    /* "the visit of X", "the visit by X" (not "a visit to X") */
    int32_t c = kg_tok_child(d, r, "case", 0);
    return c >= 0 && (kg_tok_is(d, (uint32_t)c, "of") || kg_tok_is(d, (uint32_t)c, "by")) ? 'v' : 0;
  }
  return 0;
}

/* The mention before q in the story's order that lies before token tok of
 * sentence sidx, within twelve sentences, of a person named (no pronoun):
 * its index + 1, 0 when none. */
static size_t person_before(const kg_doc *d, size_t q, uint32_t sidx, uint32_t tok)
{
  while (q-- > 0) {
    const kg_mention *m = &d->mentions[q];
    if (m->sent > sidx || (m->sent == sidx && m->tok >= tok))
      continue;
    if (m->sent + 12 < sidx)
      return 0;
    if (m->actor >= 0 && !m->as_place && d->actors[m->actor].type == KG_ACT_PERSON && m->kind != KG_MEN_PRONOUN)
      return q + 1;
  }
  return 0;
}

/* With no host told: the person who met the visitor, subject or object of
 * "meet" with the visitor as the other ("Putin met Kim at the cosmodrome"
 * after Kim's arrival); -1 when none. */
static int32_t met_visitor(const kg_doc *d, uint32_t sidx, uint32_t tok, int32_t other)
{
  int32_t v = kg_coref_visit_party(d, sidx, tok, 'v', -1);
  if (v < 0 || v == other)
    return -1;
  for (size_t q = d->nmentions; (q = person_before(d, q, sidx, tok)) > 0; q--) {
    const kg_mention *m = &d->mentions[q - 1];
    if (m->actor == v || m->actor == other)
      continue;
    uint32_t r = clause_token(d, m);
    int32_t h = r == UINT32_MAX ? -1 : kg_tok_head(d, r);
    if (h < 0 || !lemma_in(d, h, meet_verbs) || !(rel_is(&d->tokens[r], "nsubj") || rel_is(&d->tokens[r], "obj")))
      continue;
    /* the visitor on the other side of the same verb */
    const kg_sentence *s = &d->sents[m->sent];
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      int32_t mi = kg_mention_at(d, k);
      if (mi < 0 || d->mentions[mi].actor != v || d->mentions[mi].tok != k)
        continue;
      uint32_t vr = clause_token(d, &d->mentions[mi]);
      if (vr != UINT32_MAX && vr != r && kg_tok_head(d, vr) == h &&
          (rel_is(&d->tokens[vr], "nsubj") || rel_is(&d->tokens[vr], "obj")))
        return m->actor;
    }
  }
  return -1;
}

int32_t kg_coref_visit_party(const kg_doc *d, uint32_t sidx, uint32_t tok, int role, int32_t other)
{
  for (size_t q = d->nmentions; (q = person_before(d, q, sidx, tok)) > 0; q--) {
    const kg_mention *m = &d->mentions[q - 1];
    if (m->actor == other || m->kind == KG_MEN_DESCRIPTION)
      continue;
    if (visit_role(d, m) == role)
      return m->actor;
  }
  return role == 'h' ? met_visitor(d, sidx, tok, other) : -1;
}

static const char *const visiting_titles[] = { "leader", "president", "premier", "chancellor", "king", "monarch",
  "dignitary", "emperor", NULL };

uint32_t kg_coref_visit(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  if (k >= end || kg_tok_is_cap(&d->tokens[k]) || kg_mention_at(d, k) >= 0)
    return 0;
  int role = 0;
  if (kg_tok_is(d, k, "visitor") || kg_tok_is(d, k, "guest"))
    role = 'v';
  else if (kg_tok_is(d, k, "host"))
    role = 'h';
  else if (kg_tok_is(d, k, "visiting") && k + 1 < end && !kg_tok_is_cap(&d->tokens[k + 1])) {
    k++;
    if (kg_tok_is(d, k, "prime") && k + 1 < end && kg_tok_is(d, k + 1, "minister"))
      k++;
    else if (kg_tok_is(d, k, "head") && k + 2 < end && kg_tok_is(d, k + 1, "of") && kg_tok_is(d, k + 2, "state"))
      k += 2;
    else {
      char b[32];
      kg_tok_lower(&d->tokens[k], b, sizeof b);
      if (!kg_act_in_list(b, visiting_titles))
        return 0;
    }
    role = 'v';
  }
  if (!role)
    return 0;
  /* (a bare singular noun: not "the host country", "the guest list", "the
   * guest of honour", "the visitor, X,", "the host's") */
  if (k + 1 < end && (d->tokens[k + 1].upos == KG_UPOS_NOUN || d->tokens[k + 1].upos == KG_UPOS_PROPN ||
                      kg_tok_is(d, k + 1, "of") || kg_tok_is(d, k + 1, ",") || kg_tok_is_poss(&d->tokens[k + 1])))
    return 0;
  int32_t a = kg_coref_visit_party(d, sidx, tok, role, -1);
  if (a < 0)
    return 0;
  if (kg_act_add_mention(c, sidx, tok, k - tok + 1, a, KG_MEN_DESCRIPTION, 0) < 0)
    return 0;
  return k - tok + 1;
}
