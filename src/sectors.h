/* sectors.h — sector actors ("Egyptian soldiers" -> Egypt military) and
 * CAMEO actor codes.  See sectors.c. */
#ifndef KG_SECTORS_H
#define KG_SECTORS_H
#include <stddef.h>
#include "doc.h"
#include "dict.h"

/* Gives mentions of states their sector group (kg_mention.group) and adds
 * the sector actors; run after the mentions are final (kg_actors_run). */
kg_status kg_sectors_run(const kg_dict *dict, kg_doc *doc);

/* CAMEO actor code of an actor ("EGY"), of its sector group when group >= 0
 * ("EGYMIL"), of a state official ("EGYGOV"); writes "" and returns 0 when
 * the dictionary gives no code. */
size_t kg_actor_code(const kg_dict *dict, const kg_doc *doc, int32_t actor, int32_t group,
                     char *buf, size_t cap);
#endif
