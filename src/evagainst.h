/* evagainst.h — the side a complaint or case is lodged against (evagainst.c). */
#ifndef KG_EVAGAINST_H
#define KG_EVAGAINST_H
#include "evargs.h"

/* A hostile act (CAMEO 11-17) at trigger i with an "against" phrase of its
 * own (on the trigger, on its object, or misattached under the name of the
 * body it is lodged with: "filed a case with the ICJ against Venezuela"):
 * the side named there is its target, and the body named in a "with", "at",
 * "before" or "to" phrase is the venue, no target; without one, the doer
 * a deed object names with "by".  Changes a's targets;
 * nothing when there is no such phrase. */
void kg_ev_against_side(const ev_ctx *c, uint32_t i, int root, ev_args *a);
/* The agentive mention a deed noun j names in a "by" phrase hung on the
 * noun of its "of" phrase ("the demolition of homes by Israel"), -1. */
int32_t kg_ev_deed_by_doer(const ev_ctx *c, uint32_t j);

#endif
