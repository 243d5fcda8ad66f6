/* evfirst.h — the doer of "the first N to V" (evfirst.c). */
#ifndef KG_EVFIRST_H
#define KG_EVFIRST_H
#include "evargs.h"

/* For the event of verb trigger i, a to-infinitive on a predicate noun
 * with an ordinal ("X is the first Turkish foreign minister to visit
 * Armenia", "X became the only leader to attend"): makes the clause's
 * subject X (its mention) the agent, over the state the noun's demonym
 * names.  Called by events.c for sentences with a tree, for an event
 * whose verb is not passive. */
void kg_ev_first_to(const ev_ctx *c, uint32_t i, ev_args *a);
#endif
