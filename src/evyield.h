/* evyield.h — a yielding verb on a thing handed in or undergone (evyield.c). */
#ifndef KG_EVYIELD_H
#define KG_EVYIELD_H
#include "evargs.h"

/* Whether trigger i, matched by p (a plain yielding pattern, 08x), hands
 * in a thing or undergoes one rather than yields to a party: "submitted a
 * plan", "yielded the title", "submit to a drug test", "succumbing to stiff
 * competition" (1: no event). */
int kg_ev_thing_yielded(const ev_ctx *c, uint32_t i, const kg_trigger *p);

#endif
