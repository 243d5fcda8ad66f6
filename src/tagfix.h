/* tagfix.h — repairs of the tagger's classes before parsing that need the
 * actor dictionary (tagfix.c). */
#ifndef KG_TAGFIX_H
#define KG_TAGFIX_H
#include "doc.h"
#include "dict.h"

/* Gives a capitalised name of a state or place that the tagger read as a
 * verb ("its ambassador to Togo", "troops to Chad") the class of a proper
 * noun, and a "to" before it the class of a preposition, so that the parser
 * builds a phrase, not a clause.  Tagged documents only; dict borrowed.
 * KG_OK, or KG_ERR_INPUT for a NULL argument. */
kg_status kg_tagfix_run(const kg_dict *dict, kg_doc *doc);
#endif
