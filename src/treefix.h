/* treefix.h — repairs of dependency trees after parsing (treefix.c). */
#ifndef KG_TREEFIX_H
#define KG_TREEFIX_H
#include "doc.h"

/* Repairs known misparses of news prose in every parsed sentence of doc
 * (see treefix.c for the list); sentences without a tree are left alone.
 * KG_OK, or KG_ERR_INPUT for a NULL doc. */
kg_status kg_treefix_run(kg_doc *doc);
#endif
