/* pipeline.h — runs the stages over one document in order.
 * Owns: the stage order, what is skipped when a model is absent, and the
 * optional per-stage CPU time accounting (kg_stage_times).
 * Does not own: any stage's work. */
#ifndef KG_PIPELINE_H
#define KG_PIPELINE_H
#include <stdint.h>
#include "kgbuild.h"
#include "doc.h"

/* Stages timed by kg_pipeline_run_timed; READ, GRAPH and WRITE are
 * outside the pipeline and timed by its caller with kg_stage_clock. */
typedef enum kg_stage {
  KG_STAGE_READ = 0, KG_STAGE_SEGMENT, KG_STAGE_TAG, KG_STAGE_PARSE, KG_STAGE_NER,
  KG_STAGE_ACTORS, KG_STAGE_EVENTS, KG_STAGE_GRAPH, KG_STAGE_WRITE,
  KG_STAGE_COUNT
} kg_stage;

/* CPU seconds per stage, summed over the documents run with it. */
typedef struct kg_stage_times {
  double sec[KG_STAGE_COUNT];
  uint64_t docs, bytes, tokens;
} kg_stage_times;

const char *kg_stage_name(int stage);   /* "segment", ...; "?" out of range */
/* CPU time of the calling thread in seconds (CLOCK_THREAD_CPUTIME_ID). */
double kg_stage_clock(void);

/* segment (unless the doc already has tokens), tag, parse, NER. */
kg_status kg_pipeline_annotate(const kg_world *w, kg_doc *doc);
/* kg_pipeline_annotate, then actors and events/relations. */
kg_status kg_pipeline_run(const kg_world *w, kg_doc *doc);
/* The same, adding each stage's CPU time (and the document, its bytes and
 * tokens) to *t; t NULL: no clock is read. */
kg_status kg_pipeline_annotate_timed(const kg_world *w, kg_doc *doc, kg_stage_times *t);
kg_status kg_pipeline_run_timed(const kg_world *w, kg_doc *doc, kg_stage_times *t);
#endif
