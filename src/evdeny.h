/* evdeny.h — a claim rejected is denied, not a proposal refused (evdeny.c). */
#ifndef KG_EVDENY_H
#define KG_EVDENY_H
#include "evargs.h"

/* Pattern p at verb i, or a denial (016) when p refuses a proposal (120)
 * and what the verb rejects is a claim with a clause telling what is
 * claimed ("rejected speculation that he would quit"). */
const kg_trigger *kg_ev_denied_claim(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p);
/* Whether verb trigger i, coded 015 by a pattern naming no object, has a
 * clause for what is acknowledged ("acknowledged that the public had lost
 * faith"): a fact granted, no responsibility claimed, no event. */
int kg_ev_fact_acknowledged(const ev_ctx *c, uint32_t i, const kg_trigger *p);
#endif
