/* evscope.h — which clause an event argument belongs to (evscope.c). */
#ifndef KG_EVSCOPE_H
#define KG_EVSCOPE_H
#include "doc.h"

/* Is the place name at token j the main clause's, while trigger i sits in
 * an adverbial clause of its own subject below it ("arrived in Kunming, since
 * the army seized power in a coup": Kunming is the arrival's, not the
 * coup's), or trigger i is a later conjunct of the place's verb with a
 * place phrase of its own ("arrived in Shanghai and travelled to Beijing")?
 * Tree only; 0 without one. */
int kg_ev_subclause_place(const kg_doc *d, uint32_t j, uint32_t i);

/* The first verb above token j (its clause's verb, up to 8 steps), or -1. */
int32_t kg_ev_verb_above(const kg_doc *d, uint32_t j);
/* Is token v a participle on a message noun that is an adjunct of its
 * clause ("In a statement issued in Riyadh on Sunday, X said ...")?  Its
 * date and place are the saying's and what is said's, not a clause's own. */
int kg_ev_message_issued(const kg_doc *d, uint32_t v);
#endif
