/* evreact.c — the doer of an act told as the reason for a reaction.
 *
 * "Iran blamed Israel for an air strike", "vowed to retaliate against
 * Israel for an air strike", "thanked Qatar for its mediation", "punished
 * the club for the attack": the noun act in the "for" phrase of a verb of
 * reacting to another's deed (blame, retaliate, punish, thank, praise,
 * condemn, criticise, sanction, reward, congratulate, fault, fine, penalise)
 * was done by whom the reaction is aimed at (the verb's object, or its
 * "against" phrase), not by the reacting side, which the argument rules take
 * when the noun names no doer of its own; and the deed reacted to is told
 * as done (Asserted), whatever the reaction's modality.  Runs after a
 * sentence's events are emitted.  Not "apologised for the attack" (one's
 * own deed).
 *
 * Owns: kg_ev_reaction_doers.
 * Does not own: the arguments of either act (evargs.c, events.c), emitting
 * (events.c).
 */
#include <string.h>
#include "evreact.h"

/* The actor of the first dependent of v with relation rel (and, for an
 * oblique, the case marker cs), -1. */
static int32_t dep_actor(const kg_doc *d, uint32_t v, const char *rel, const char *cs)
{
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)v || !r || strcmp(r, rel))
      continue;
    int32_t c = cs ? kg_ev_child_with(d, k, "case", 0) : -1;
    if (cs && (c < 0 || !kg_tok_is(d, (uint32_t)c, cs)))
      continue;
    int32_t m = kg_mention_at(d, k);
    if (m >= 0 && d->mentions[m].actor >= 0 && !d->mentions[m].as_place)
      return d->mentions[m].actor;
  }
  return -1;
}

/* The actor acting as verb v: its subject's, or the agent of an event of
 * v among those from `from` on; -1. */
static int32_t reactor(const kg_doc *d, uint32_t v, size_t from)
{
  int32_t a = dep_actor(d, v, "nsubj", NULL);
  for (size_t q = from; a < 0 && q < d->nevents; q++)
    if (d->events[q].trigger == v)
      a = d->events[q].agent;
  return a;
}

void kg_ev_reaction_doers(const ev_ctx *c, size_t from)
{
  static const char *const react[] = { "blame", "retaliate", "punish", "thank", "praise", "commend", "condemn",
    "criticise", "criticize", "sanction", "reward", "congratulate", "fault", "fine", "penalise", "penalize",
    "avenge", NULL };
  kg_doc *d = c->doc;
  for (size_t k = from; k < d->nevents; k++) {
    kg_event *n = &d->events[k];
    uint32_t t = n->trigger;
    int32_t v = kg_tok_head(d, t), cs = kg_ev_child_with(d, t, "case", 0);
    if (d->tokens[t].upos != KG_UPOS_NOUN || v < 0 || d->tokens[v].upos != KG_UPOS_VERB ||
        !d->tokens[t].deprel || strncmp(d->tokens[t].deprel, "obl", 3) || cs < 0 ||
        !kg_tok_is(d, (uint32_t)cs, "for") || !kg_ev_lemma_in(d, (uint32_t)v, react))
      continue;
    /* (the deed reacted to is told as done, whatever the reaction's
     * modality: "vowed to retaliate for the strike") */
    n->factuality = KG_FACT_ASSERTED;
    if (n->agent < 0 || n->agent != reactor(d, (uint32_t)v, from))
      continue;
    int32_t doer = dep_actor(d, (uint32_t)v, "obj", NULL);
    if (doer < 0)
      doer = dep_actor(d, (uint32_t)v, "obl", "against");
    n->agent = doer;
    n->agent_group = -1;
    if (doer >= 0 && n->target == doer)
      n->target = -1;
  }
}
