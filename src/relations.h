/* relations.h — standing relations between actors: leaderOf, officialOf,
 * memberOf, allyOf.
 * Owns: appending to doc->rels (called by kg_events_run).
 * Does not own: actors (actors.c), events (events.c), RDF (graph.c). */
#ifndef KG_RELATIONS_H
#define KG_RELATIONS_H
#include "doc.h"
#include "dict.h"
#include "log.h"
kg_status kg_relations_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log);
/* Appends a relation unless the same (kind, subj, obj) is already there. */
kg_status kg_relations_add(kg_doc *doc, int kind, int32_t subj, int32_t obj, uint32_t sent);
#endif
