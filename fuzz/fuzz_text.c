/* fuzz_text.c — libFuzzer target: any bytes as an input file (read, UTF-8
 * repair, HTML or text), the whole extract pipeline, the graph and the
 * N-Triples writer.  Checks that the output re-parses with Raptor into as
 * many triples as the graph has, i.e. no input slips a triple in or breaks
 * a line. */
#include <raptor2.h>
#include "fuzz.h"
#include "input.h"
#include "world.h"
#include "doc.h"
#include "pipeline.h"
#include "graph.h"
#include "write.h"

static kg_world *W;
static kg_rdf *R;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc; (void)argv;
  W = kg_fuzz_world();
  R = kg_rdf_new(W);
  if (!R) abort();
  return 0;
}

static void count_statement(void *user, raptor_statement *st) { (void)st; ++*(size_t *)user; }
static void parse_error(void *user, raptor_log_message *m) { (void)m; ++*(int *)user; }

/* Re-parses the N-Triples text; aborts when it is not exactly n triples. */
static void check_ntriples(const char *nt, size_t len, size_t n)
{
  size_t lines = 0;
  for (size_t i = 0; i < len; i++)
    if (nt[i] == '\n') {
      lines++;
      if (i < 2 || nt[i - 1] != '.' || nt[i - 2] != ' ') {
        fprintf(stderr, "kgfuzz: N-Triples line %zu does not end with \" .\"\n", lines);
        abort();
      }
    }
  raptor_world *rw = kg_rdf_raptor(R);
  size_t got = 0;
  int errors = 0;
  raptor_world_set_log_handler(rw, &errors, parse_error);
  raptor_parser *p = raptor_new_parser(rw, "ntriples");
  raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)"file:///fuzz");
  if (!p || !base) abort();
  raptor_parser_set_statement_handler(p, &got, count_statement);
  int rc = raptor_parser_parse_start(p, base) ||
           raptor_parser_parse_chunk(p, (const unsigned char *)nt, len, 1);
  raptor_free_parser(p);
  raptor_free_uri(base);
  raptor_world_set_log_handler(rw, NULL, NULL);
  if (rc || errors || got != n || lines != n) {
    fprintf(stderr, "kgfuzz: N-Triples output: %zu lines, %zu parsed, %d errors, %zu in the graph\n",
            lines, got, errors, n);
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = kg_fuzz_write("", data, size);   /* no extension: sniffed */
  kg_text t;
  if (kg_input_read(path, NULL, kg_world_log(W), &t) != KG_OK) {
    kg_text_clear(&t);
    return 0;
  }
  kg_doc *d = kg_doc_new(t.text, t.len, "fuzz-input");
  if (d) {
    if (t.title) kg_doc_set_title(d, t.title);
    if (t.date[0]) memcpy(d->date, t.date, sizeof d->date);
  }
  kg_text_clear(&t);
  if (!d) return 0;
  if (kg_pipeline_run(W, d) == KG_OK) {
    kg_graph *g = kg_graph_new(R);
    if (g && kg_graph_add_doc(g, d) == KG_OK) {
      kg_graph_normalize(g);
      size_t n = kg_graph_size(g);
      char *buf = NULL;
      size_t len = 0;
      FILE *out = open_memstream(&buf, &len);
      kg_writer *wr = out ? kg_writer_new(R, KG_FMT_NTRIPLES, out, W) : NULL;
      int ok = wr && kg_writer_add(wr, g) == KG_OK && kg_writer_finish(wr) == KG_OK;
      kg_writer_free(wr);
      if (out) fclose(out);
      if (ok) check_ntriples(buf ? buf : "", len, n);
      free(buf);
    }
    kg_graph_free(g);
  }
  kg_doc_free(d);
  return 0;
}
