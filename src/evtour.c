/* evtour.c — a trip told for its purpose: "The opposition leader toured the
 * provinces on Sunday to rally support for his candidate" is a rally of
 * support (053), not a visit (042).  CAMEO codes a visit as one actor going
 * to another; a leader travelling through his own country's towns visits
 * no one, and what the trip is for is the act.
 *
 * Owns: kg_ev_drop_purposed_tour (called by events.c after a sentence's
 * events are emitted and refined).  Among the events from index `from` on,
 * a visit (042) whose trigger is a verb with a to-infinitive (xcomp or
 * advcl, marked "to") that carries a rally of support (053) of the same
 * agent is dropped when the visit names no target, or the agent itself
 * ("toured the villages of the island of Lombok").  A visit to another
 * actor keeps its code ("visited Germany to rally support among the
 * Turks there": a visit to Germany, and a rally).
 * Does not own: the patterns ("tour", "travel", "rally support":
 * tools/gen_dictionaries.py), the visit's arguments (evargs.c, evplace.c). */
#include <string.h>
#include "evargs.h"

static int to_purpose(const kg_doc *d, uint32_t k, uint32_t v)
{
  const char *r = d->tokens[k].deprel;
  if (kg_tok_head(d, k) != (int32_t)v || !r || (strcmp(r, "xcomp") && strncmp(r, "advcl", 5)))
    return 0;
  int32_t mk = kg_ev_child_with(d, k, "mark", 0);
  return mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to");
}

void kg_ev_drop_purposed_tour(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict))
    return;
  size_t n = from;
  for (size_t k = from; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    int drop = 0;
    if (!strcmp(e->cameo, "042") && d->tokens[e->trigger].upos == KG_UPOS_VERB &&
        kg_sent_has_tree(d, e->sent) && (e->target < 0 || e->target == e->agent) && e->npart == 0)
      for (size_t q = from; q < d->nevents && !drop; q++) {
        const kg_event *x = &d->events[q];
        drop = q != k && !strncmp(x->cameo, "053", 3) && x->agent == e->agent &&
               to_purpose(d, x->trigger, e->trigger);
      }
    if (!drop)
      d->events[n++] = *e;
  }
  d->nevents = n;
}
