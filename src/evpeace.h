/* evpeace.h — troops sent to join a peace force (evpeace.c). */
#ifndef KG_EVPEACE_H
#define KG_EVPEACE_H
#include "evargs.h"
#include "evclause.h"

/* Among the sentence's triggers tr[0..ntr): a verb sending, deploying or
 * dispatching (its lemma) whose to-infinitive is "join" a force, mission or
 * contingent that is international ("to join the multinational force", "to
 * join the UN force in southern Lebanon") is peacekeeping (074), whatever
 * its own pattern said (062 soldiers, 153 police); the joining is its
 * purpose, no event of its own (its pattern set to NULL).  Troops
 * withdrawn from such a force, or a force or peacekeepers ordered to leave,
 * are peacekeepers withdrawn or expelled (1661). */
void kg_ev_peace_sends(const ev_ctx *c, ev_trig *tr, size_t ntr);
/* An arrival (042: "arrived", "landed") whose subject is a peace force
 * ("NATO peacekeeping troops have arrived in Bosnia", "UN peacekeepers
 * landed in X") is peacekeeping (074), its sides kept. */
void kg_ev_peace_arrival(const ev_ctx *c, kg_event *e);
#endif
