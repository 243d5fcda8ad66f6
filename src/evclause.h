/* evclause.h — helpers of evclause.c declared outside evargs.h: the clause
 * shapes that make coordinated subjects each an agent. */
#ifndef KG_EVCLAUSE_H
#define KG_EVCLAUSE_H
#include "evargs.h"

/* Is token i an offer ("Qatar and Turkey offered to host talks") or the act
 * offered (its xcomp, "host")?  Coordinated subjects each make an offer to
 * others: agents, not participants of a meeting among themselves. */
int kg_ev_offered_act(const kg_doc *d, uint32_t i);

#endif
