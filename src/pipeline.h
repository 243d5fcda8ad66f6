/* pipeline.h — runs the stages over one document in order.
 * Owns: the stage order and what is skipped when a model is absent.
 * Does not own: any stage's work. */
#ifndef KG_PIPELINE_H
#define KG_PIPELINE_H
#include "kgbuild.h"
#include "doc.h"
/* segment (unless the doc already has tokens), tag, parse, NER. */
kg_status kg_pipeline_annotate(const kg_world *w, kg_doc *doc);
/* kg_pipeline_annotate, then actors and events/relations. */
kg_status kg_pipeline_run(const kg_world *w, kg_doc *doc);
#endif
