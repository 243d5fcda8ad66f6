/* evpeace.c — troops sent to join a peace force.
 *
 * Owns: kg_ev_peace_sends (called from events.c after the triggers are
 * found): "Nepal sent 800 soldiers to join the UN force in southern
 * Lebanon", "Kenya sent 400 police officers to Haiti to join the
 * multinational force" are peacekeeping (CAMEO 074, "provide military
 * protection or peacekeeping"), not military cooperation (062, the pattern
 * of "send soldiers") nor a mobilisation of police (153); the "join" of the
 * purpose is no event of its own (it was 060/062 with the force's body).
 * The force joined is international when a modifier says so
 * (multinational, international, peacekeeping, stabilisation, "UN") or an
 * organisation's name modifies it ("the African Union force", "the force of
 * ECOWAS"); a state's own force ("to join its forces there", "to join the
 * Russian force") stays what the sending was.  Troops sent as
 * peacekeepers by name are the dictionary's (CURATED_CODES26).  Troops
 * withdrawn from such a force ("Burundi withdrew its troops from the
 * African Union force": not a retreat, 0874) or a force or peacekeepers
 * ordered, told or asked to leave ("ordered the UN peacekeeping mission to
 * leave the country": not a demand, 10) are peacekeepers withdrawn or
 * expelled (1661).  Diplomats ordered or told to leave ("ordered twelve
 * employees of the French embassy to leave the country", "told the
 * ambassador to leave") are diplomats expelled (161, the manual's usage
 * note on 161 and 166), not a demand (10).
 * Does not own: which patterns match (evmatch.c), the word classes
 * (kgd:peaceForceNoun, kgd:peaceSendVerb and the other kgd:peace*:
 * ontology/lexicon.ttl, CURATED_PERF28_PEACE_*), the arguments
 * (evargs.c), a promise to send troops (0334, the dictionary and
 * evmodal.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"
#include "evpeace.h"

static const kg_trigger peacekeeping = { "send", KG_UPOS_VERB, NULL, "to", NULL, NULL, "074", NULL, NULL,
                                         NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static const kg_trigger peace_out = { "withdraw", KG_UPOS_VERB, NULL, "from", NULL, NULL, "1661", NULL, NULL,
                                      NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

static const kg_trigger diplomats_out = { "expel", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "161", NULL, NULL,
                                          NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

/* Is noun n a diplomat ("envoy", "ambassador") or a member of a mission's
 * staff ("employees of the French embassy", "consular staff")? */
static int diplomat_noun(const kg_doc *d, uint32_t n)
{
  static const char *const dip[] = { "diplomat", "ambassador", "envoy", "attache", "attaché", "consul", NULL };
  static const char *const staff[] = { "employee", "staff", "official", "member", "officer", "worker", NULL };
  static const char *const mission[] = { "embassy", "consulate", "legation", "diplomatic", "consular", NULL };
  if (kg_ev_lemma_in(d, n, dip))
    return 1;
  if (!kg_ev_lemma_in(d, n, staff))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *r = d->tokens[q].deprel;
    if (kg_tok_head(d, q) == (int32_t)n && r && (!strcmp(r, "nmod") || !strcmp(r, "amod") || !strcmp(r, "compound")) &&
        kg_ev_lemma_in(d, q, mission))
      return 1;
  }
  return 0;
}

/* "ordered twelve employees of the French embassy to leave the country",
 * "told the ambassador to leave": verb i (a kgd:peaceOrderVerb) whose object
 * is a diplomat and whose "to leave" hangs on it, on the object or on a noun
 * of the object's. */
static int diplomats_ordered_out(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  if (!kg_ev_lemma_lex2(c->dict, d, i, KG_LEX2_PEACE_ORDER))
    return 0;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o < 0 || !diplomat_noun(d, (uint32_t)o))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t x = (uint32_t)o + 1; x < s->tok + s->ntok; x++) {
    if (!kg_tok_is(d, x, "leave") || d->tokens[x].upos != KG_UPOS_VERB || !d->tokens[x].deprel)
      continue;
    int32_t h = kg_tok_head(d, x);
    const char *r = d->tokens[x].deprel;
    if (h == (int32_t)i && (!strcmp(r, "xcomp") || !strncmp(r, "advcl", 5)))
      return 1;
    for (int hops = 0; h >= 0 && hops < 3 && !strcmp(r, "acl"); hops++) {   /* up the object's phrase */
      if (h == o)
        return 1;
      const char *hr = d->tokens[h].deprel;
      if (!hr || strcmp(hr, "nmod"))
        break;
      h = kg_tok_head(d, (uint32_t)h);
    }
    return 0;
  }
  return 0;
}

/* Is noun n a force of many states: a force, mission or contingent with an
 * international modifier or an organisation's name on it? */
static int peace_force(const ev_ctx *c, uint32_t n)
{
  const kg_doc *d = c->doc;
  if (kg_ev_lemma_lex2(c->dict, d, n, KG_LEX2_PEACEKEEPER))
    return 1;
  if (!kg_ev_lemma_lex2(c->dict, d, n, KG_LEX2_PEACE_FORCE))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *r = d->tokens[q].deprel;
    if (kg_tok_head(d, q) != (int32_t)n || !r || (strcmp(r, "amod") && strcmp(r, "compound") && strcmp(r, "nmod")))
      continue;
    if (kg_ev_lemma_lex2(c->dict, d, q, KG_LEX2_PEACE_INTL))
      return 1;
    int32_t m = kg_mention_at(d, q);
    if (m >= 0 && kg_ev_atype(d, m) == KG_ACT_ORG)
      return 1;                           /* "the African Union force", "the force of ECOWAS" */
  }
  return 0;
}

/* The child of verb i with relation r (a prefix) whose noun is a peace
 * force, with case word cw when not NULL; -1 when none. */
static int32_t force_child(const ev_ctx *c, uint32_t i, const char *r, const char *cw)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *qr = d->tokens[q].deprel;
    if (kg_tok_head(d, q) != (int32_t)i || !qr || strncmp(qr, r, strlen(r)) || !peace_force(c, q))
      continue;
    int32_t cs = cw ? kg_ev_child_with(d, q, "case", 0) : -1;
    if (!cw || (cs >= 0 && kg_tok_is(d, (uint32_t)cs, cw)))
      return (int32_t)q;
  }
  return -1;
}

/* "withdrew its troops from the African Union force", "ordered the UN
 * peacekeeping mission to leave the country": peacekeepers withdrawn or
 * expelled (1661). */
static int peace_withdrawn(const ev_ctx *c, const ev_trig *t)
{
  const kg_doc *d = c->doc;
  uint32_t i = t->tok;
  int root = kg_cameo_root(t->p->code);
  if (kg_ev_lemma_lex2(c->dict, d, i, KG_LEX2_PEACE_OUT) && (root == 8 || root == 16))
    return force_child(c, i, "obl", "from") >= 0;
  if (!kg_ev_lemma_lex2(c->dict, d, i, KG_LEX2_PEACE_ORDER) || force_child(c, i, "obj", NULL) < 0)
    return 0;
  int32_t x = kg_ev_child_with(d, i, "xcomp", 0);
  if (x < 0)
    x = kg_ev_child_with(d, i, "advcl", 0);   /* (the parser's "to leave" of an object) */
  return x >= 0 && kg_tok_is(d, (uint32_t)x, "leave");
}

void kg_ev_peace_sends(const ev_ctx *c, ev_trig *tr, size_t ntr)
{
  const kg_doc *d = c->doc;
  for (size_t q = 0; q < ntr; q++) {
    uint32_t i = tr[q].tok;
    if (tr[q].p && tr[q].pos == KG_UPOS_VERB && peace_withdrawn(c, &tr[q])) {
      tr[q].p = &peace_out;
      continue;
    }
    if (tr[q].p && tr[q].pos == KG_UPOS_VERB && kg_cameo_root(tr[q].p->code) == 10 && diplomats_ordered_out(c, i)) {
      tr[q].p = &diplomats_out;
      continue;
    }
    if (!tr[q].p || tr[q].pos != KG_UPOS_VERB || !kg_ev_lemma_lex2(c->dict, d, i, KG_LEX2_PEACE_SEND) ||
        !strcmp(tr[q].p->code, "074"))
      continue;
    const kg_sentence *s = &d->sents[d->tokens[i].sent];
    for (uint32_t v = i + 1; v < s->tok + s->ntok; v++) {
      const char *r = d->tokens[v].deprel;
      if (kg_tok_head(d, v) != (int32_t)i || !r || (strcmp(r, "xcomp") && strcmp(r, "advcl")) ||
          !kg_tok_is(d, v, "join"))
        continue;
      int32_t o = kg_ev_child_with(d, v, "obj", 0);
      if (o < 0 || !peace_force(c, (uint32_t)o))
        continue;
      tr[q].p = &peacekeeping;
      for (size_t k = 0; k < ntr; k++)    /* the joining is the purpose */
        if (tr[k].tok == v)
          tr[k].p = NULL;
      break;
    }
  }
}

/* Is token k, or a word up to two steps below it, a peace force's word
 * ("peacekeepers", "peacekeeping troops", "a deployment of NATO
 * peacekeeping troops")? */
static int peace_word_below(const kg_doc *d, const kg_sentence *s, uint32_t k, int depth)
{
  static const char *const pk[] = { "peacekeeper", "peacekeepers", "peacekeeping", "peace-keeping", NULL };
  if (kg_ev_lemma_in(d, k, pk))
    return 1;
  for (uint32_t q = s->tok; depth > 0 && q < s->tok + s->ntok; q++)
    if (kg_tok_head(d, q) == (int32_t)k && peace_word_below(d, s, q, depth - 1))
      return 1;
  return 0;
}

void kg_ev_peace_arrival(const ev_ctx *c, kg_event *e)
{
  static const char *const arrive[] = { "arrive", "land", NULL };
  const kg_doc *d = c->doc;
  if (strcmp(e->cameo, "042") || d->tokens[e->trigger].upos != KG_UPOS_VERB || !kg_ev_lemma_in(d, e->trigger, arrive))
    return;
  int32_t sj = kg_ev_child_with(d, e->trigger, "nsubj", 0);
  if (sj >= 0 && peace_word_below(d, &d->sents[e->sent], (uint32_t)sj, 2))
    memcpy(e->cameo, "074", 4);
}
