/* treeverb.h — a tree repair after parsing: the past verb of a short
 * clause read as an adjective of its object (treeverb.c). */
#ifndef KG_TREEVERB_H
#define KG_TREEVERB_H
#include "doc.h"

/* Repairs, in the parsed sentence of n tokens at tk, a past verb read as an
 * adjective of its object noun ("Syrian forces bombarded rebel positions"
 * parsed as one noun phrase); see treeverb.c. */
void kg_treeverb_sentence(kg_token *tk, uint32_t n);
#endif
