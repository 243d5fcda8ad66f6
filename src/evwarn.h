/* evwarn.h — when a warning told by a clause is a threat (evwarn.c). */
#ifndef KG_EVWARN_H
#define KG_EVWARN_H
#include "evargs.h"

/* "warned that Israel would be punished", "warned that the group would
 * respond to any new strikes", "warned that X would pay a heavy price": a
 * warning by an actor (subject w) whose told clause, with would or will,
 * is an answer (respond, retaliate, punish, avenge, regret; pay a price,
 * face consequences) is a threat (evfilter.c). */
int kg_ev_warned_answer(const ev_ctx *c, uint32_t i);
/* "warned Iran", "warned against", "Russia warned that", "warned that
 * China would act if Ottawa ...": a threat (1); "analysts warned that
 * profits could fall": a gloomy forecast (0); o the trigger's object. */
int kg_ev_warned_someone(const ev_ctx *c, const kg_sentence *s, uint32_t i, int32_t o);
/* (evfilter.c) Whether token k names persons: a person, state or
 * organisation, a pronoun, or a noun of people; whether a state is the
 * subject of verb i or names it ("Russian officials"). */
int kg_ev_names_persons(const kg_doc *d, uint32_t k);
int kg_ev_state_subject(const kg_doc *d, const kg_sentence *s, uint32_t i);
#endif
