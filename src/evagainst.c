/* evagainst.c — the side a complaint, case or protest is lodged against.
 *
 * Owns: which of a hostile act's prepositional phrases names its target
 * when it has an "against" phrase and a phrase naming the body it is
 * lodged with ("filed a complaint against Chile with the International
 * Court of Justice", "lodged a case with the ICJ against Venezuela": Chile,
 * Venezuela; the court is where, not whom).  An "against" phrase naming no
 * actor ("against its neighbour" with no referent) leaves no body as target.
 * With no "against" phrase, the doer a deed noun object names with "by" is
 * the act's target ("condemned the demolition of homes by Israel":
 * deed_side, with kg_ev_deed_by_doer), and with no target, the subject of
 * a relative clause on the object ("criticised the tariffs that the United
 * States has imposed": relcl_doer); a complaint lodged with a body "over"
 * another's deed keeps the body (the beds' reading of CAMEO 114).
 * Does not own: the verb's or noun's arguments in general (evargs.c), the
 * token windows (evwindow.c), the place of the act (evplace.c).
 */
#include <string.h>
#include <strings.h>
#include "actors.h"
#include "evagainst.h"

/* the preposition of the phrase headed by token j ("" when none) */
static const char *case_word(const kg_doc *d, uint32_t j)
{
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  for (uint32_t k = s->tok; k < j; k++)
    if (kg_tok_head(d, k) == (int32_t)j && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "case"))
      return d->tokens[k].form;
  return "";
}

static int venue_prep(const char *w)
{
  return !strcasecmp(w, "with") || !strcasecmp(w, "at") || !strcasecmp(w, "before") || !strcasecmp(w, "to");
}

/* Whether token h is the trigger i, its object, or a name in a venue
 * phrase of either (the parser hangs "against X" on the court's name). */
static int against_host(const kg_doc *d, uint32_t i, uint32_t h)
{
  for (int hops = 0; hops < 4; hops++) {
    if (h == i)
      return 1;
    const char *r = d->tokens[h].deprel;
    int32_t up = kg_tok_head(d, h);
    if (!r || up < 0)
      return 0;
    if (!strcmp(r, "obj") && up == (int32_t)i)
      return 1;
    /* (inside a named body: "the International Court of Justice") */
    if (kg_mention_at(d, h) < 0 || d->tokens[h].upos != KG_UPOS_PROPN)
      return 0;
    if (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4))
      return 0;
    if (strcmp(r, "nmod") || kg_mention_at(d, (uint32_t)up) < 0) {
      if (!venue_prep(case_word(d, h)))
        return 0;
    }
    h = (uint32_t)up;
  }
  return 0;
}

/* Whether token x lies in a venue phrase below token top ("against its
 * neighbour with the ICJ": the court hangs on "neighbour"). */
static int in_venue_phrase(const kg_doc *d, uint32_t x, uint32_t top)
{
  for (int32_t h = (int32_t)x, n = 0; h >= 0 && h != (int32_t)top && n < 8; h = kg_tok_head(d, (uint32_t)h), n++)
    if (venue_prep(case_word(d, (uint32_t)h)))
      return 1;
  return 0;
}

/* The doer a deed noun j names in a "by" phrase the parser hung on the
 * noun of its "of" phrase ("the demolition of homes by Israel", "the
 * seizure of its tanker by Britain"): that phrase's agentive mention, -1. */
int32_t kg_ev_deed_by_doer(const ev_ctx *c, uint32_t j)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  for (uint32_t k = j + 1; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)j || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nmod") ||
        strcasecmp(case_word(d, k), "of"))
      continue;
    for (uint32_t q = k + 1; q < s->tok + s->ntok; q++)
      if (kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "nmod") &&
          !strcasecmp(case_word(d, q), "by")) {
        int32_t m = kg_ev_mention_of_tok(c, (int32_t)q);
        return m >= 0 && kg_ev_agentive(d, m) ? m : -1;
      }
    return -1;
  }
  return -1;
}

/* The subject of a relative clause on the object noun o that tells who
 * made the thing ("criticised the tariffs that the United States has
 * imposed", "rejected the plan that France proposed"): its agentive
 * mention, named (no pronoun), -1; not the teller of a clause
 * ("the document, which the Foreign Office says has cost ..."). */
static int32_t relcl_doer(const ev_ctx *c, uint32_t o)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[o].sent];
  for (uint32_t v = o + 1; v < s->tok + s->ntok; v++) {
    if (kg_tok_head(d, v) != (int32_t)o || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "acl:relcl") ||
        d->tokens[v].upos != KG_UPOS_VERB)
      continue;
    int32_t sj = kg_ev_child_with(d, v, "nsubj", 0);
    if (sj < 0 || (uint32_t)sj <= o || (uint32_t)sj >= v ||
        kg_ev_child_with(d, v, "ccomp", 0) >= 0)
      return -1;                          /* (its subject after the noun; not a teller: "which X says cost") */
    int32_t m = kg_ev_mention_of_tok(c, sj);
    return m >= 0 && kg_ev_agentive(d, m) && d->mentions[m].kind != KG_MEN_PRONOUN &&
           kg_mention_at(d, (uint32_t)sj) >= 0 && d->mentions[kg_mention_at(d, (uint32_t)sj)].kind != KG_MEN_PRONOUN
           ? m : -1;                      /* (a name: "the party he wanted to lead" may be the agent's own) */
  }
  return -1;
}

/* The doer of the deed the act's object names ("condemned the demolition
 * of Palestinian homes by Israel": Israel, not the owners of the homes):
 * the deed's "by" phrase hung on its "of" noun (kg_ev_deed_by_doer) is the
 * target in place of the mentions inside the object's phrase; not the
 * agent's own deed. */
static void deed_side(const ev_ctx *c, uint32_t i, ev_args *a)
{
  const kg_doc *d = c->doc;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o < 0 || d->tokens[o].upos != KG_UPOS_NOUN || kg_mention_at(d, (uint32_t)o) >= 0)
    return;
  int32_t dm = kg_ev_deed_by_doer(c, (uint32_t)o);
  if (dm < 0 && a->ntg == 0)
    dm = relcl_doer(c, (uint32_t)o);
  if (dm < 0 || d->mentions[dm].actor < 0)
    return;
  for (size_t q = 0; q < a->nag; q++)
    if (d->mentions[a->agents[q]].actor == d->mentions[dm].actor)
      return;
  size_t nt = 0;
  for (size_t q = 0; q < a->ntg; q++)
    if (d->mentions[a->targets[q]].actor == d->mentions[dm].actor)
      return;                             /* (the doer is the target already) */
    else if (!kg_tok_under(d, d->mentions[a->targets[q]].tok, o))
      a->targets[nt++] = a->targets[q];
  a->targets[nt++] = dm;
  a->ntg = nt;
}

void kg_ev_against_side(const ev_ctx *c, uint32_t i, int root, ev_args *a)
{
  const kg_doc *d = c->doc;
  if (!kg_ev_hostile_root(root) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return;
  if (a->ntg == 0) {
    if (a->nag > 0 && a->npart == 0)
      deed_side(c, i, a);                 /* ("criticised the tariffs that X imposed") */
    return;
  }
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t aj = -1;
  for (uint32_t j = i + 1; j < s->tok + s->ntok && aj < 0; j++) {
    const char *r = d->tokens[j].deprel;
    int32_t h = kg_tok_head(d, j);
    if (r && h >= 0 && (!strncmp(r, "obl", 3) || !strncmp(r, "nmod", 4)) && !strcasecmp(case_word(d, j), "against") &&
        against_host(d, i, (uint32_t)h))
      aj = (int32_t)j;
  }
  if (aj < 0) {
    deed_side(c, i, a);
    return;
  }
  int32_t am = kg_ev_mention_of_tok(c, aj);
  for (size_t q = 0; am >= 0 && q < a->ntg; q++)
    if (d->mentions[a->targets[q]].actor == d->mentions[am].actor)
      return;                             /* (the side is the target already) */
  if (am >= 0 && d->mentions[am].actor >= 0) {
    a->ntg = kg_ev_coord_after(c, am, a->targets, KG_EV_SIDE);
    a->passive = 0;
    return;
  }
  size_t nt = 0;                          /* (no side named: no body as target but one the phrase */
  for (size_t q = 0; q < a->ntg; q++) {   /* holds: "against X and Gazprom", "against his party's cuts") */
    int32_t t = d->mentions[a->targets[q]].actor;
    uint32_t tt = d->mentions[a->targets[q]].tok;
    if (t < 0 || d->actors[t].type != KG_ACT_ORG || (kg_tok_under(d, tt, aj) && !in_venue_phrase(d, tt, aj)))
      a->targets[nt++] = a->targets[q];
  }
  a->ntg = nt;
}
