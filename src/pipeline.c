/* pipeline.c — runs the stages over one document in their fixed order:
 * segment, tag, parse, NER, actors, events/relations.  A stage whose model
 * is absent is skipped and later stages fall back to what they have.
 * Owns: that order and the document title fallback.  Does not own: the
 * stages themselves. */
#include <string.h>
#include "pipeline.h"
#include "world.h"
#include "segment.h"
#include "actors.h"
#include "events.h"

/* The first heading line becomes the title when the input gave none. */
static void title_from_heading(kg_doc *doc)
{
  if (doc->title || doc->nsents == 0 || !doc->sents[0].heading)
    return;
  const kg_sentence *s = &doc->sents[0];
  if (s->end > s->start && s->end - s->start < 300)
    doc->title = kg_doc_strndup(doc, doc->text + s->start, s->end - s->start);
}

/* A stage failed: say which, on the world's log, naming the document. */
static kg_status stage_failed(const kg_world *w, const kg_doc *doc, const char *stage, kg_status st)
{
  kg_logf(&w->log, KG_LOG_ERROR, doc->source, "%s: %s", stage, kg_status_string(st));
  return st;
}

kg_status kg_pipeline_annotate(const kg_world *w, kg_doc *doc)
{
  kg_status st;
  if (doc->ntokens == 0 && (st = kg_segment(doc)) != KG_OK)
    return stage_failed(w, doc, "segmenting", st);
  if (w->tagger && (st = kg_tagger_run(w->tagger, doc)) != KG_OK)
    return stage_failed(w, doc, "tagging", st);
  if (w->parser && (st = kg_parser_run(w->parser, doc)) != KG_OK)
    return stage_failed(w, doc, "parsing", st);
  if (w->ner && (st = kg_ner_run(w->ner, w->dict, doc)) != KG_OK)
    return stage_failed(w, doc, "named entities", st);
  return KG_OK;
}

kg_status kg_pipeline_run(const kg_world *w, kg_doc *doc)
{
  kg_status st = kg_pipeline_annotate(w, doc);
  if (st != KG_OK)
    return st;
  title_from_heading(doc);
  if ((st = kg_actors_run(w->dict, doc, &w->log)) != KG_OK)
    return stage_failed(w, doc, "actors", st);
  if ((st = kg_events_run(w->dict, doc, &w->log)) != KG_OK)
    return stage_failed(w, doc, "events", st);
  return KG_OK;
}
