/* ner.h — named-entity recogniser (PER, ORG, LOC, MISC; IOB2), trained
 * in-project on CoNLL-2003 eng.train, with the actor dictionary as
 * gazetteer features.
 * Owns: the NER model, its file format, training and tagging.
 * Does not own: linking entities to actors (actors.c). */
#ifndef KG_NER_H
#define KG_NER_H
#include "doc.h"
#include "dict.h"
#include "log.h"
typedef struct kg_ner kg_ner;
kg_status kg_ner_load(const char *path, const kg_logger *log, kg_ner **out);
void kg_ner_free(kg_ner *n);
/* Sets ner_type/ner_iob of every token; dict may be NULL (no gazetteer). */
kg_status kg_ner_run(const kg_ner *n, const kg_dict *dict, kg_doc *doc);
int kg_ner_train_main(int argc, char **argv);
/* Decodes with a beam of k (1: greedy, at most 16) instead of the model's
 * (KGBUILD_NER_BEAM; a speed/accuracy knob, not the default). */
void kg_ner_set_beam(kg_ner *n, int k);
#endif
