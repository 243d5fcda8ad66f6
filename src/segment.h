/* segment.h — sentences and tokens with byte offsets (UD English conventions).
 * Owns: splitting doc->text into kg_sentence and kg_token records.
 * Does not own: tags, lemmas, trees or entities. */
#ifndef KG_SEGMENT_H
#define KG_SEGMENT_H
#include "doc.h"
/* Fills doc->sents and doc->tokens (which must be empty). */
kg_status kg_segment(kg_doc *doc);
#endif
