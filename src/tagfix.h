/* tagfix.h — repairs of the tagger's classes before parsing (tagfix.c). */
#ifndef KG_TAGFIX_H
#define KG_TAGFIX_H
#include "doc.h"
#include "dict.h"
#include "tagger.h"

/* In every sentence of a tagged doc: a capitalised name of a state or place
 * the tagger read as a verb ("its ambassador to Togo") becomes a proper noun
 * and a "to" before it a preposition (with dict); a noun-tagged verb form
 * between its subject and a particle of result with an object after it
 * ("the army shot down a drone") becomes a past verb with its lemma from the
 * tagger's lemmatizer, and an adjective or adverb standing where a
 * possessive needs its noun ("Mali's military near", "Belarus's closest
 * ally,") a noun (with tagger).  Either of tagger and dict may be NULL (its
 * repairs are skipped), not both; all borrowed.  KG_OK, KG_ERR_NOMEM, or
 * KG_ERR_INPUT for a NULL doc or no tagger and no dict. */
kg_status kg_tagfix_run(const kg_tagger *tagger, const kg_dict *dict, kg_doc *doc);
#endif
