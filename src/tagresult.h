/* tagresult.h — a tag repair before parsing: a verb read as a noun before a
 * particle of result ("the army shot down a drone"). See tagresult.c. */
#ifndef KG_TAGRESULT_H
#define KG_TAGRESULT_H

#include "doc.h"
#include "tagger.h"

/* Retags, in every sentence of doc, a noun-tagged verb form between its
 * subject and a particle of result with an object after it, as a past verb
 * (its lemma from the tagger's lemmatizer). */
kg_status kg_tagresult_run(const kg_tagger *t, kg_doc *doc);

#endif
