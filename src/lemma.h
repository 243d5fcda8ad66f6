/* lemma.h — lemmatizer learned from a treebank: an exception table
 * (form+XPOS -> lemma, for words the rules get wrong) and suffix rules per
 * XPOS for everything else.  Lemmas are lower case except proper nouns
 * (NNP, NNPS keep their case) and words the treebank writes with capitals
 * ("I", "American"), following UD English-EWT.
 *
 * Owns: learning, storing (inside the tagger's model file) and applying
 * the rules.  Does not own: the tags (tagger.c) nor the model header.
 */
#ifndef KG_LEMMA_H
#define KG_LEMMA_H

#include <stdio.h>
#include <stddef.h>
#include "kgbuild.h"

typedef struct kg_lemmatizer kg_lemmatizer;

/* Training: add every (form, xpos, lemma) of the treebank, then build. */
kg_lemmatizer *kg_lemma_new(void);
void kg_lemma_free(kg_lemmatizer *lm);
kg_status kg_lemma_add(kg_lemmatizer *lm, const char *form, const char *xpos,
                       const char *lemma);
kg_status kg_lemma_build(kg_lemmatizer *lm);

/* Id of an XPOS tag for kg_lemma_get, -1 when the lemmatizer never saw it. */
int kg_lemma_xpos_id(const kg_lemmatizer *lm, const char *xpos);

/* The lemma of form (n bytes) tagged xpos_id.  Returns either a string
 * owned by the lemmatizer, or form itself (when the lemma is the form,
 * byte for byte), or buf (cap bytes, NUL-terminated; truncated forms are
 * lower-cased only). */
const char *kg_lemma_get(const kg_lemmatizer *lm, const char *form, size_t n,
                         int xpos_id, char *buf, size_t cap);

/* Entries in the exception table and rule table (statistics). */
size_t kg_lemma_nexceptions(const kg_lemmatizer *lm);
size_t kg_lemma_nrules(const kg_lemmatizer *lm);

/* The base form of an irregular English verb form w (lower case: "froze" ->
 * "freeze", "sworn" -> "swear"), or NULL; a static string.  *past_only
 * (may be NULL) is set when w is a simple past that is no noun or
 * adjective ("froze", "sought"; not "left", "shot", "bound").  Needs no
 * lemmatizer: a fixed table of English grammar, for the unseen words. */
const char *kg_lemma_irregular(const char *w, int *past_only);

/* (De)serialisation inside an open model file (model.h). */
kg_status kg_lemma_write(const kg_lemmatizer *lm, FILE *f);
kg_status kg_lemma_read(FILE *f, kg_lemmatizer **out);

#endif
