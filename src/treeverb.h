/* treeverb.h — a tree repair after parsing: the past verb of a short
 * clause read as an adjective of its object (treeverb.c). */
#ifndef KG_TREEVERB_H
#define KG_TREEVERB_H
#include "doc.h"

/* Repairs, in every parsed sentence of doc, a past verb read as an adjective
 * of its object noun ("Syrian forces bombarded rebel positions" parsed as one
 * noun phrase); see treeverb.c.  KG_OK, or KG_ERR_INPUT for a NULL doc. */
kg_status kg_treeverb_run(kg_doc *doc);
#endif
