/* evasked.c — whom a noun of asking asks.
 *
 * "despite an EU demand for Turkey to recognise Cyprus", "repeated calls
 * for the junta to free him", "an appeal for Russia to withdraw" (or a
 * verb: "pressed for Iran to free them"): the noun or verb of asking (a
 * demand or appeal, CAMEO roots 10 and 02) carries a for-to clause
 * (clausefix.c makes the tree: "for" the clause's mark, the one asked its
 * subject), and the one asked is the act's target, not what the asked act
 * is done to (the target rules, which read the noun's dependents, find
 * "Cyprus" first once "Turkey" is the clause's subject).  Runs after a
 * sentence's events are emitted; the agent is never its own target.
 *
 * Owns: kg_ev_asked_targets.
 * Does not own: the for-to repair (clausefix.c), the other arguments
 * (evargs.c, events.c), emitting (events.c).
 */
#include <string.h>
#include "evasked.h"

void kg_ev_asked_targets(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  for (size_t k = from; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    uint32_t t = e->trigger;
    if ((d->tokens[t].upos != KG_UPOS_NOUN && d->tokens[t].upos != KG_UPOS_VERB) ||
        !kg_sent_has_tree(d, d->tokens[t].sent) ||
        (strncmp(e->cameo, "10", 2) && strncmp(e->cameo, "02", 2)))
      continue;
    const kg_sentence *s = &d->sents[d->tokens[t].sent];
    for (uint32_t v = t + 1; v < s->tok + s->ntok; v++) {
      const char *r = d->tokens[v].deprel;
      if (kg_tok_head(d, v) != (int32_t)t || !r ||
          (strcmp(r, "acl") && strcmp(r, "xcomp") && strcmp(r, "advcl") && strcmp(r, "ccomp")))
        continue;
      int32_t mk = kg_ev_child_with(d, v, "mark", 0), sj = kg_ev_child_with(d, v, "nsubj", 0);
      int32_t m = sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
      if (mk < 0 || !kg_tok_is(d, (uint32_t)mk, "for") || m < 0 || d->mentions[m].actor < 0 ||
          d->mentions[m].as_place || d->mentions[m].actor == e->agent)
        break;
      e->target = d->mentions[m].actor;
      e->target_group = -1;
      break;
    }
  }
}
