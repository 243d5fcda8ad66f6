/* evassault.h — force used against the unarmed or by irregulars is an
 * assault (CAMEO 18), not conventional military force (19): evassault.c. */
#ifndef KG_EVASSAULT_H
#define KG_EVASSAULT_H
#include "evargs.h"

/* Among the events from index `from` on (one sentence's), recode a plain use
 * of force (190, 193: "attacked", "opened fire on", "shot dead") that is no
 * fight between sides (kgd:mutualViolence) to 180 when it is done to an
 * unarmed group of persons (civilians, refugees, journalists, farmers,
 * students: no armed sector, nor a faith's or protesters, whom PLOVER's
 * coders have police fight) or by irregulars (gunmen, militants, gangs,
 * criminals: UAF, CRM) to anyone but an armed group (police too) or a body
 * named alone; not a thing fired ("fired rockets at"). */
void kg_ev_assault_recode(const ev_ctx *c, size_t from);

#endif
