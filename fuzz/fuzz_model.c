/* fuzz_model.c — libFuzzer target: any bytes as a model file given to the
 * tagger, parser and NER loaders; a model that loads is then run on a
 * short sentence (a corrupt but loadable model must not crash a run). */
#include "fuzz.h"
#include "doc.h"
#include "segment.h"
#include "tagger.h"
#include "parser.h"
#include "ner.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) { (void)argc; (void)argv; return 0; }

static kg_doc *sentence(void)
{
  static const char s[] = "Anna Berg met officials of Acme Corp in Oslo on Monday.";
  kg_doc *d = kg_doc_new(s, sizeof s - 1, "fuzz-sentence");
  if (d && kg_segment(d) != KG_OK) { kg_doc_free(d); d = NULL; }
  return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = kg_fuzz_write(".kgm", data, size);
  kg_tagger *t = NULL;
  kg_parser *p = NULL;
  kg_ner *n = NULL;
  kg_doc *d;
  if (kg_tagger_load(path, &kg_fuzz_logger, &t) == KG_OK && t && (d = sentence())) {
    (void)kg_tagger_run(t, d);
    kg_doc_free(d);
  }
  if (kg_parser_load(path, &kg_fuzz_logger, &p) == KG_OK && p && (d = sentence())) {
    (void)kg_parser_run(p, d);
    kg_doc_free(d);
  }
  if (kg_ner_load(path, &kg_fuzz_logger, &n) == KG_OK && n && (d = sentence())) {
    (void)kg_ner_run(n, NULL, d);
    kg_doc_free(d);
  }
  kg_tagger_free(t);
  kg_parser_free(p);
  kg_ner_free(n);
  return 0;
}
