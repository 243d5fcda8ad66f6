/* evdecline.h — a bare "decline" as a refusal (evdecline.c). */
#ifndef KG_EVDECLINE_H
#define KG_EVDECLINE_H
#include "doc.h"

/* Whether the verb "decline" at token i, with no object, clause or figure
 * of its own, answers an invitation, request or offer told by the verb it
 * is joined to by "and"/"but" ("was invited to join the talks but
 * declined"): a refusal (evfilter.c keeps the 120 of the bare pattern only
 * then; "exports declined" is a fall). */
int kg_ev_decline_answers(const kg_doc *d, uint32_t i);

/* kg_ev_own_answer (also evdecline.c's) is declared in evargs.h. */
#endif
