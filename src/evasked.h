/* evasked.h — whom a noun of asking asks (evasked.c). */
#ifndef KG_EVASKED_H
#define KG_EVASKED_H
#include "evargs.h"

/* Among the events from index `from` on, a noun or verb act of asking or demanding
 * (CAMEO roots 02 and 10) whose for-to clause names who is to act ("an EU
 * demand for Turkey to recognise Cyprus", "calls for Mongolia to arrest
 * him") takes that clause's subject as its target, not the clause's object. */
void kg_ev_asked_targets(const ev_ctx *c, size_t from);
#endif
