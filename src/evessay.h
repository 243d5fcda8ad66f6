/* evessay.h — arguments of acts told the way analysis essays tell them (evessay.c): a statement's participle
 * clause ("issued a statement condemning the launch"). */
#ifndef KG_EVESSAY_H
#define KG_EVESSAY_H
#include "evargs.h"

/* "France and Germany issued a statement condemning X": the participle clause i on a message noun (evclause.c's
 * kg_ev_message_subject) is its issuers' act: they become a's agents (none of them a target); a reaction (10-12,
 * 016, 051) with no target of its own then reacts to the act a definite noun names ("condemning the launch":
 * evdoer.c's kg_ev_act_noun_doers). */
void kg_ev_message_issuers(const ev_ctx *c, uint32_t i, const kg_trigger *p, int root, ev_args *a);

/* Does sentence si belong to the lead paragraph of an essay: the first paragraph of three sentences or more, with
 * no heading, that opens by the sixth sentence (after a title and an epigraph), in a text with section headings after
 * it?  Its acts are the story's, however far back ("the launch", "the pact" in the closing sections refer to them);
 * a wire story, with no headings, keeps its lead sentences only (evdoer.c). */
int kg_ev_lead_paragraph(const kg_doc *d, uint32_t si);
#endif
