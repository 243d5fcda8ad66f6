/* fuzz_tokenized.c — libFuzzer target: any bytes as `annotate --tokenized`
 * input: the reader, then tagging, parsing and NER of each document and
 * the CoNLL-U writer. */
#include "fuzz.h"
#include "doc.h"
#include "conllu.h"
#include "pipeline.h"

static kg_world *W;
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc; (void)argv;
  W = kg_fuzz_world();
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  kg_doc **docs = NULL;
  size_t nd = 0;
  if (kg_tokenized_read((const char *)data, size, "fuzz-tokenized", &kg_fuzz_logger,
                        &docs, &nd) == KG_OK) {
    for (size_t i = 0; i < nd; i++)
      if (kg_pipeline_annotate(W, docs[i]) == KG_OK)
        (void)kg_conllu_write(docs[i], devnull);
  }
  for (size_t i = 0; i < nd; i++)
    kg_doc_free(docs[i]);
  free(docs);
  return 0;
}
