/* corefposs.h — nouns a resolved "its" owns that name another actor
 * ("its neighbour": corefposs.c). */
#ifndef KG_COREFPOSS_H
#define KG_COREFPOSS_H
#include "coref.h"

/* At "its" (token tok of sentence sidx) resolved to state `owner`: when it
 * opens "its (adj) neighbour" (singular, no name after it), the most
 * salient other state of the owner's region gets a description mention on
 * the noun; returns the tokens taken after tok (0: none, or on allocation
 * failure). */
uint32_t kg_coref_its_neighbour(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner);

/* At "its" (token tok) resolved to a state or organisation `owner`: "its
 * (closest) ally" with no name after it is the state other than the owner,
 * named in the sentence or the four before, that the story has named most;
 * a description mention on the noun; returns the tokens taken after tok. */
uint32_t kg_coref_its_ally(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner);

/* The state whose seat places the ministry right before "its" (token tok
 * of sentence sidx): "at the Foreign Ministry in Athens by its secretary
 * general" -> Greece; -1 when "its" follows no such phrase. */
int32_t kg_coref_its_ministry(kg_act_ctx *c, uint32_t sidx, uint32_t tok);

/* At "his"/"her" (token tok) resolved to person `owner`: "her party" with
 * no name after it is the party (an organisation labelled "... Party")
 * named in a sentence with the owner in the five before; a description
 * mention on the noun; returns the tokens taken after tok (0: none). */
uint32_t kg_coref_poss_party(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner);

/* At "his"/"her" (token tok) resolved to person `owner`: "his guest", "her
 * host", "his visitor" with no name after it is the latest other person
 * named in the sentence or the three before (the other party of the
 * visit); a description mention on the noun; returns the tokens taken
 * after tok (0: none). */
uint32_t kg_coref_poss_guest(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner);

#endif
