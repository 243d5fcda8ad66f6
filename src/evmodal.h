/* evmodal.h — modality recoding of verbal events (evmodal.c). */
#ifndef KG_EVMODAL_H
#define KG_EVMODAL_H
#include "evargs.h"

/* Recodes the code `in` of the verbal event at trigger i by its modality
 * into out: "Finland will give Tanzania a grant" 071 -> 0331; "they would
 * blockade Paris" 191 -> 1381; "Russia said Sudan must return the
 * helicopter" 084 -> 1053 with Russia as agent and Sudan as target (a
 * rewrites the arguments then).  A negated event, a code missing from the
 * CAMEO table and an exclusive codebook keep the code. */
void kg_ev_modal_recode(const ev_ctx *c, uint32_t i, const char *in, ev_args *a, char out[5]);

/* 1 when an obligation modal ("must", "should", "has to") governs the
 * verbal trigger i ("the pact must be ratified"): the act is not told as
 * done. */
int kg_ev_obligation(const ev_ctx *c, uint32_t i);

/* 1 when verbal trigger i is under an obligation ("must", "should", "has
 * to") and kg_ev_modal_recode left its code `out` as the matched `in` (no
 * demand made by a speaker of the sentence): "he should apologise", "the
 * government must permit that": a duty or advice, no act of its code.
 * Not a passive necessity ("must still be ratified"; `passive`: the
 * trigger's voice). */
int kg_ev_untold_obligation(const ev_ctx *c, uint32_t i, int passive, const char *in, const char *out);

/* "offered to mediate": the bare intent (030) of each event from index
 * `from` on whose trigger governs a coded infinitive (xcomp) becomes that
 * act's intent code (039), a bare threat (130) the act's threat code
 * ("threatened to impose tariffs" 1312).  The infinitive's own event is
 * kept. */
void kg_ev_intent_refine(const ev_ctx *c, size_t from);
/* 1 when verbal or nominal trigger i is what a capacity or permission told
 * as present, future or possible allows ("would still be able to reject
 * proposals", "a right which will allow it to ignore any measures it
 * disagrees with", "clubs are permitted to ask the FA to examine", "a
 * court was entitled to declare it bankrupt"): no act has been done. "was
 * able to", "allowed him to" (past) are left alone. */
int kg_ev_capacity(const ev_ctx *c, uint32_t i);
/* 1 when "ready to", "willing to" or "prepared to" stands right before
 * trigger i ("was ready to help"): a stated readiness, coded as intent. */
int kg_ev_readiness(const ev_ctx *c, uint32_t i);
#endif
