/* evtargets.h — targets a sentence's verb acts take, once all its events
 * are emitted, from the words around them (evtargets.c). */
#ifndef KG_EVTARGETS_H
#define KG_EVTARGETS_H
#include "evargs.h"

/* Among the events from index `from` on (one sentence's), a verb's event
 * with no target and no participants:
 * - whose object or oblique is the trigger of a noun act that has a target
 *   ("The Serbs agreed to a ceasefire with Croatia", "Hamas agreed to a
 *   truce with the army") takes that target, when the noun act has no doer
 *   of its own other than the verb's;
 * - of a joint act (CAMEO 03-06 but 045 and 051-056) or a clash, whose
 *   subject is coordinated with an unnamed group ("Kurdish rebels and
 *   Turkish troops clashed", "The government and Moslem rebels resumed
 *   talks", "Police and protesters clashed"), takes that group as target;
 * - whose "to"-infinitive complement (or itself, when it is one) is joined to
 *   a second "to"-infinitive whose event, of the same agent, has a target
 *   ("agreed to expand trade and to deepen security ties with Nigeria")
 *   takes that target;
 * - a state's recall (161: "recalled its ambassador for consultations")
 *   takes the state the envoy is posted to: the other of the story's pair
 *   named in its lead, else the one other state named in the sentence or
 *   the one before, else none. */
void kg_ev_sentence_targets(const ev_ctx *c, size_t from);

/* Does violent verb i tell a war by its object alone: a town, a village or
 * a camp attacked, stormed, raided, besieged, captured or occupied
 * ("attacked the village of X"), or any object of "shelled" but money's
 * ("shelled out"), or a state's or a body's positions struck, hit, pounded, bombed
 * or targeted ("Israel struck Hamas's positions")? (evfilter.c: a sentence with no other word of violence
 * is sport's) */
int kg_ev_war_object(const kg_doc *d, uint32_t i);

/* Whether one of the coordinated agents of a is the other's counterpart
 * ("A and his Cambodian counterpart, B, met"): the pair meet each other. */
int kg_ev_counterpart_agents(const kg_doc *d, const ev_args *a);

#endif
