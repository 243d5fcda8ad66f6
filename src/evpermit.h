/* evpermit.h — a state's permission told with "allow" (evpermit.c). */
#ifndef KG_EVPERMIT_H
#define KG_EVPERMIT_H
#include "evargs.h"

/* "allowed the opposition leader to hold a rally" (080) is a state's
 * permission to people: its subject (or that of "decided to", a
 * kgd:permitDecideVerb) names a state, its object people, a body or a
 * group (kgd:permittedParty).  Called by evfilter.c's kg_ev_wrong_sense
 * for the object-less "allow" pattern of code 08x. */
int kg_ev_state_permission(const ev_ctx *c, uint32_t i);
#endif
