/* evstruck.h — what an attack told with a relative clause struck (evstruck.c). */
#ifndef KG_EVSTRUCK_H
#define KG_EVSTRUCK_H
#include "evargs.h"

/* For a noun act of force (CAMEO roots 17-20) at token i with no target:
 * the state or organisation its relative clause of damage names as struck
 * ("a cyber-attack that shut down Estonia's identity system", "a strike
 * that killed two Iraqi soldiers"): the mention of the owner of the
 * clause's object, or of the object itself; -1 when there is none or it is
 * the agent (actor id `agent`). */
int32_t kg_ev_relcl_struck(const ev_ctx *c, uint32_t i, int32_t agent);

/* Whether place mention m names a sea ("the Indian Ocean", "the Gulf of
 * Oman", "the Taiwan Strait": its last word ocean, sea, gulf, strait, bay,
 * channel or waters). */
int kg_ev_sea(const kg_doc *d, int32_t m);
#endif
