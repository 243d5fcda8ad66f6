/* evsummon.h — the arguments of an act told as the purpose of a summons
 * (evsummon.c). */
#ifndef KG_EVSUMMON_H
#define KG_EVSUMMON_H
#include "evargs.h"

/* Sets the agent and target of the event of code root (two digits) whose
 * trigger i (part of speech pos) tells a protest, a disapproval or a demand
 * as the purpose of summoning someone: "Guyana summoned Venezuela's
 * ambassador to protest", "summoned the Indian high commissioner, X, to
 * lodge a strong protest".  Called by events.c for sentences with a tree,
 * for an event whose verb is not passive. */
void kg_ev_summons_purpose(const ev_ctx *c, uint32_t i, int pos, int root, ev_args *a);
/* Recodes code (the event of trigger i, part of speech pos, as modality
 * left it) to 114, an official complaint, when it is a protest (14...)
 * told as the purpose of a summons: "Kazakhstan summoned Russia's
 * ambassador to protest against remarks by a lawmaker". */
void kg_ev_summons_recode(const ev_ctx *c, uint32_t i, int pos, char *code);
#endif
