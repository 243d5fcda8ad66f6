/* events.h — CAMEO-coded events with arguments, dates and factuality, and
 * the standing relations leaderOf, officialOf, memberOf, allyOf.
 * Owns: doc->events and doc->rels (the relations are found first: events
 * read whose official a person is).
 * Does not own: actor detection (actors.c), RDF (graph.c). */
#ifndef KG_EVENTS_H
#define KG_EVENTS_H
#include "doc.h"
#include "dict.h"
#include "log.h"
kg_status kg_events_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log);
#endif
