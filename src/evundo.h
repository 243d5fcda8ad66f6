/* evundo.h — a yielding verb on the act it undoes (evundo.c). */
#ifndef KG_EVUNDO_H
#define KG_EVUNDO_H
#include "evargs.h"
#include "evclause.h"

/* Among the sentence's triggers tr[0..ntr): a yielding verb (CAMEO 08) whose
 * object or passive subject is a noun trigger of a hostile act (roots 10-20:
 * "lifted its ban on imports", "A ban on the party was lifted by") keeps its
 * event and the noun's is dropped (its pattern set to NULL): the act is
 * undone, not done.  The yielding takes the code that undoes the noun's act
 * where the codebook has one (an embargo or sanction 163: 085; a curfew
 * 1723: 0813; ...).  Runs before kg_ev_give_way. */
void kg_ev_undo_acts(const ev_ctx *c, ev_trig *tr, size_t ntr);
#endif
