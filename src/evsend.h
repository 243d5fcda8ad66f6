/* evsend.h — the person sent on a visit (evsend.c). */
#ifndef KG_EVSEND_H
#define KG_EVSEND_H
#include "evargs.h"

/* For the visit (042) of a sending verb i ("send", "dispatch"), a person
 * the argument rules took as the target through the object ("sent its
 * special envoy, X, to Moscow": X in apposition to the object) is the one
 * sent, no destination: it becomes a participant, and the name of the
 * verb's or object's "to" phrase, a place or state, the target.  Called by
 * events.c for sentences with a tree, for an event whose verb is not
 * passive. */
void kg_ev_sent_person(const ev_ctx *c, uint32_t i, const char *code, ev_args *a);
#endif
