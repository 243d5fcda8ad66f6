/* clauseconj.h — repairs of coordinations joined at the wrong place
 * ("Kim arrived in Moscow and Putin greeted him", "visited Asmara three
 * times and Djibouti twice": clauseconj.c), called by clausefix.c. */
#ifndef KG_CLAUSECONJ_H
#define KG_CLAUSECONJ_H
#include "doc.h"

/* Repairs the tree of one sentence, tk[0..n) (heads sentence-relative). */
void kg_clauseconj_sentence(kg_token *tk, uint32_t n);
#endif
