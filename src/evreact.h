/* evreact.h — the doer of an act told as the reason for a reaction (evreact.c). */
#ifndef KG_EVREACT_H
#define KG_EVREACT_H
#include "evargs.h"

/* Among the events from index `from` on, a noun act in the "for"
 * phrase of a verb of reacting ("blamed Israel for an air strike",
 * "thanked Qatar for its mediation") that took the reacting side as its
 * doer takes whom the reaction is aimed at (the verb's object or "against"
 * phrase), or no doer; such a noun act is Asserted. */
void kg_ev_reaction_doers(const ev_ctx *c, size_t from);
#endif
