/* tagger.h — UPOS+XPOS tagger and lemmatizer (averaged perceptron, trained
 * in-project on UD English-EWT).
 * Owns: the tagger model, its file format, training and tagging; lemmas.
 * Does not own: segmentation, parsing, entities. */
#ifndef KG_TAGGER_H
#define KG_TAGGER_H
#include "doc.h"
#include "log.h"
typedef struct kg_tagger kg_tagger;
/* Loads a model file; checks its format version; errors name the file. */
kg_status kg_tagger_load(const char *path, const kg_logger *log, kg_tagger **out);
void kg_tagger_free(kg_tagger *t);
/* Sets upos, xpos and lemma of every token of doc. */
kg_status kg_tagger_run(const kg_tagger *t, kg_doc *doc);
/* `kgbuild train tagger ...`: returns a process exit status. */
int kg_tagger_train_main(int argc, char **argv);
#endif
