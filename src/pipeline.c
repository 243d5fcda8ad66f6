/* pipeline.c — runs the stages over one document in their fixed order:
 * segment, tag, parse, NER, actors, events/relations.  A stage whose model
 * is absent is skipped and later stages fall back to what they have.
 * Owns: that order, the document title fallback, and the per-stage CPU
 * time accounting (read only when asked for: a NULL kg_stage_times costs
 * one test per stage).  Does not own: the stages themselves. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "pipeline.h"
#include "treefix.h"
#include "world.h"
#include "segment.h"
#include "actors.h"
#include "events.h"
#include "dates.h"
#include "dict.h"
#include "tagfix.h"

static const char *const stage_names[KG_STAGE_COUNT] = {
  "read", "segment", "tag", "parse", "NER", "actors", "events", "graph", "write"
};

const char *kg_stage_name(int stage)
{
  return stage >= 0 && stage < KG_STAGE_COUNT ? stage_names[stage] : "?";
}

double kg_stage_clock(void)
{
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Charges the time since *t0 to stage s and restarts the clock. */
static void lap(kg_stage_times *t, double *t0, int s)
{
  if (!t)
    return;
  double now = kg_stage_clock();
  t->sec[s] += now - *t0;
  *t0 = now;
}

/* The first heading line becomes the title when the input gave none. */
static void title_from_heading(kg_doc *doc)
{
  if (doc->title || doc->nsents == 0 || !doc->sents[0].heading)
    return;
  const kg_sentence *s = &doc->sents[0];
  if (s->end > s->start && s->end - s->start < 300)
    doc->title = kg_doc_strndup(doc, doc->text + s->start, s->end - s->start);
}

static kg_status tag_parse_joint(const kg_world *w, kg_doc *doc, kg_stage_times *t, double *t0);
static kg_status annotate_ner(const kg_world *w, kg_doc *doc, kg_stage_times *t, double *t0);

/* A stage failed: say which, on the world's log, naming the document. */
static kg_status stage_failed(const kg_world *w, const kg_doc *doc, const char *stage, kg_status st)
{
  kg_logf(&w->log, KG_LOG_ERROR, doc->source, "%s: %s", stage, kg_status_string(st));
  return st;
}

kg_status kg_pipeline_annotate_timed(const kg_world *w, kg_doc *doc, kg_stage_times *t)
{
  kg_status st;
  double t0 = t ? kg_stage_clock() : 0;
  if (t) {
    t->docs++;
    t->bytes += doc->len;
  }
  if (doc->ntokens == 0 && (st = kg_segment(doc)) != KG_OK)
    return stage_failed(w, doc, "segmenting", st);
  if (t)
    t->tokens += doc->ntokens;
  lap(t, &t0, KG_STAGE_SEGMENT);
  if (w->tagger && w->parser && kg_parser_tag_beam(w->parser) > 0)
    return tag_parse_joint(w, doc, t, &t0);
  if (w->tagger && ((st = kg_tagger_run(w->tagger, doc)) != KG_OK ||
                    (w->parser && (st = kg_tagfix_run(w->tagger, w->dict, doc)) != KG_OK)))
    return stage_failed(w, doc, "tagging", st);
  lap(t, &t0, KG_STAGE_TAG);
  if (w->parser && ((st = kg_parser_run(w->parser, doc)) != KG_OK || (st = kg_treefix_run(doc)) != KG_OK))
    return stage_failed(w, doc, "parsing", st);
  lap(t, &t0, KG_STAGE_PARSE);
  return annotate_ner(w, doc, t, &t0);
}

/* Tagging and parsing with the parser choosing between the tagger's two
 * readings of a hesitant word (kg_parser_set_tag_beam, KGBUILD_TAG_BEAM):
 * the tagger gives its runner-ups, a word whose runner-up the parse took
 * gets that reading and its lemma. */
static kg_status tag_parse_joint(const kg_world *w, kg_doc *doc, kg_stage_times *t, double *t0)
{
  size_t n = doc->ntokens ? doc->ntokens : 1;
  uint8_t *au = malloc(2 * n);
  float *ag = malloc(n * sizeof *ag);
  const char **ax = malloc(n * sizeof *ax);
  kg_status st = au && ag && ax ? KG_OK : KG_ERR_NOMEM;
  if (st == KG_OK && ((st = kg_tagger_run_alt_x(w->tagger, doc, au, ag, ax)) != KG_OK ||
                      (st = kg_tagfix_run(w->tagger, w->dict, doc)) != KG_OK)) {
    free(au); free(ag); free(ax);
    return stage_failed(w, doc, "tagging", st);
  }
  lap(t, t0, KG_STAGE_TAG);
  kg_tag_alts alt = { au, ag, ax };
  uint8_t *took = au ? au + n : NULL;
  if (st == KG_OK) st = kg_parser_run_alt(w->parser, doc, &alt, took);
  for (size_t i = 0; st == KG_OK && i < doc->ntokens; i++)
    if (took[i]) st = kg_tagger_relemma(w->tagger, doc, i);
  free(au); free(ag); free(ax);
  if (st != KG_OK || (st = kg_treefix_run(doc)) != KG_OK)
    return stage_failed(w, doc, "parsing", st);
  lap(t, t0, KG_STAGE_PARSE);
  return annotate_ner(w, doc, t, t0);
}

static kg_status annotate_ner(const kg_world *w, kg_doc *doc, kg_stage_times *t, double *t0)
{
  kg_status st;
  if (w->ner && (st = kg_ner_run(w->ner, w->dict, doc)) != KG_OK)
    return stage_failed(w, doc, "named entities", st);
  lap(t, t0, KG_STAGE_NER);
  return KG_OK;
}

kg_status kg_pipeline_annotate(const kg_world *w, kg_doc *doc)
{
  return kg_pipeline_annotate_timed(w, doc, NULL);
}

kg_status kg_pipeline_run_timed(const kg_world *w, kg_doc *doc, kg_stage_times *t)
{
  int memo = kg_dict_memo_begin(w->dict, doc);   /* NER, actors, events: matches once */
  kg_status st = kg_pipeline_annotate_timed(w, doc, t);
  if (st != KG_OK) {
    kg_dict_memo_end(memo);
    return st;
  }
  double t0 = t ? kg_stage_clock() : 0;
  title_from_heading(doc);
  kg_dates_dateline_ref(doc, w->date);
  int tc = kg_tok_cache_begin(doc);              /* actors, events: lower forms once */
  if ((st = kg_actors_run(w->dict, doc, &w->log)) != KG_OK) {
    kg_tok_cache_end(tc);
    kg_dict_memo_end(memo);
    return stage_failed(w, doc, "actors", st);
  }
  lap(t, &t0, KG_STAGE_ACTORS);
  st = kg_events_run(w->dict, doc, &w->log);
  kg_tok_cache_end(tc);
  kg_dict_memo_end(memo);
  lap(t, &t0, KG_STAGE_EVENTS);
  if (st != KG_OK)
    return stage_failed(w, doc, "events", st);
  return KG_OK;
}

kg_status kg_pipeline_run(const kg_world *w, kg_doc *doc)
{
  return kg_pipeline_run_timed(w, doc, NULL);
}
