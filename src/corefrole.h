/* corefrole.h — a person described by a state's leadership or by age
 * (corefrole.c, for coref.c). */
#ifndef KG_COREFROLE_H
#define KG_COREFROLE_H
#include "coref.h"

/* At "the" (token tok of sentence sidx): "the Kremlin chief", "the
 * 42-year-old North Korean leader", "the veteran Brazilian leader" as the
 * one person named before whom the dictionary knows as that state's leader;
 * "the 71-year-old" (bare, or before a title: "the 71-year-old president")
 * as the most salient person.  A description mention over the words;
 * returns the tokens taken (0: none, or on allocation failure). */
uint32_t kg_coref_role(kg_act_ctx *c, uint32_t sidx, uint32_t tok);

#endif
