/* evcommerce.h — trade in goods and contracts between no states (evcommerce.c). */
#ifndef KG_EVCOMMERCE_H
#define KG_EVCOMMERCE_H
#include "evargs.h"

/* Whether the cooperative act (CAMEO 03-08) of pattern p at verb i has a
 * contract, stake, fee or good sold as its object or passive subject
 * ("has agreed a new contract", "will offer data speeds") and the sentence
 * names no state as a side: business, no act. */
int kg_ev_commerce(const ev_ctx *c, uint32_t i, const kg_trigger *p);
#endif
