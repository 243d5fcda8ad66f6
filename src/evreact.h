/* evreact.h — the doer of an act told as the reason for a reaction (evreact.c), the sides of a feeling (evfeel.c). */
#ifndef KG_EVREACT_H
#define KG_EVREACT_H
#include "evargs.h"

/* Among the events from index `from` on, a noun act in the "for"
 * phrase of a verb of reacting ("blamed Israel for an air strike",
 * "thanked Qatar for its mediation") that took the reacting side as its
 * doer takes whom the reaction is aimed at (the verb's object or "against"
 * phrase), or no doer; such a noun act is Asserted. */
void kg_ev_reaction_doers(const ev_ctx *c, size_t from);

/* evfeel.c: among the events from index `from` on, one told by a verb of
 * causing a feeling ("Russia's decision angered France", "France was
 * dismayed by Russia's decision") takes the one who feels as its agent and
 * the cause as its target. */
void kg_ev_feeling_sides(const ev_ctx *c, size_t from);
#endif
