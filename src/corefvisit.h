/* corefvisit.h — the visitor and the host of a visit named by a description
 * ("the visitor", "the visiting leader", "the host": corefvisit.c). */
#ifndef KG_COREFVISIT_H
#define KG_COREFVISIT_H
#include "coref.h"

/* The person of the story's latest visit in role 'v' (visitor) or 'h'
 * (host), other than actor `other` (-1: any), named before token tok of
 * sentence sidx within twelve sentences; -1 when no visit tells one. */
int32_t kg_coref_visit_party(const kg_doc *d, uint32_t sidx, uint32_t tok, int role, int32_t other);

/* At "the" (token tok of sentence sidx): "the visitor", "the guest", "the
 * visiting leader", "the host" (bare, singular) as the visit's party; a
 * description mention over the words; returns the tokens taken (0: none,
 * or on allocation failure). */
uint32_t kg_coref_visit(kg_act_ctx *c, uint32_t sidx, uint32_t tok);

#endif
