/* corefquote.h — "I", "me", "my", "myself" in a quotation: its speaker
 * (corefquote.c). */
#ifndef KG_COREFQUOTE_H
#define KG_COREFQUOTE_H
#include "coref.h"

/* After the actor pass: each first-person singular pronoun inside a
 * quotation whose speaker the same sentence names beside a reporting verb
 * outside the quotation ("'Russia blamed me,' said X", "X said: 'I ...'")
 * gets a pronoun mention of that person (mentions kept in token order).
 * KG_ERR_NOMEM on allocation failure. */
kg_status kg_coref_quote_speakers(kg_act_ctx *c);
#endif
