/* cli_stats.c — `kgbuild stats`: the summary table of a graph.
 * Owns: the subcommand's options and inputs: an article (file, directory,
 * URL, -) goes through the pipeline; a graph file (.ttl, .nt, .nq, .rdf,
 * .owl, .trig) is read back with Raptor, so a graph written earlier by
 * `kgbuild extract` can be summarised without re-running the pipeline.
 * The counts of every input are added up into one table (write_stats.c).
 * This is CLI code: it prints messages on stderr.
 * Does not own: the counting (write_stats.c) or any pipeline stage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <getopt.h>
#include <raptor2.h>
#include "cli.h"
#include "kgbuild.h"
#include "world.h"
#include "doc.h"
#include "input.h"
#include "pipeline.h"
#include "graph.h"
#include "write.h"

static int st_quiet;

static void stats_usage(FILE *f)
{
  fputs("Usage: kgbuild stats [OPTIONS] INPUT...\n"
        "Prints a table of the graph of the inputs: documents, actors by type, places,\n"
        "events by CAMEO root category, asserted/hedged/negated events, relations.\n"
        "INPUT is an article (file, directory, http(s) URL or -), run through the\n"
        "pipeline, or a graph file written by 'kgbuild extract' (.ttl, .nt, .nq, .rdf,\n"
        ".owl, .trig), read as it is.  The counts of all inputs are added up.\n"
        "\n"
        "  -o, --output FILE      write the table to FILE\n"
        "      --tsv              tab-separated rows: SECTION KEY COUNT\n"
        "      --base IRI         namespace of minted IRIs\n"
        "      --dictionary FILE  add a Turtle dictionary (repeatable)\n"
        "  -q, --quiet            only print errors\n"
        "  -h, --help             this help\n", f);
}

/* The statements of every input, copied. */
typedef struct bag {
  raptor_statement **st;
  size_t n, cap;
  int failed;
} bag;

static void bag_add(bag *b, raptor_statement *s)
{
  if (!s) {
    b->failed = 1;
    return;
  }
  if (b->n == b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 1024;
    raptor_statement **p = realloc(b->st, nc * sizeof *p);
    if (!p) {
      raptor_free_statement(s);
      b->failed = 1;
      return;
    }
    b->st = p;
    b->cap = nc;
  }
  b->st[b->n++] = s;
}

static void on_statement(void *user, raptor_statement *s)
{
  bag_add(user, raptor_statement_copy(s));
}

static int is_graph_file(const char *path)
{
  static const char *const ext[] = { ".ttl", ".nt", ".nq", ".rdf", ".owl", ".trig" };
  size_t n = strlen(path);
  if (kg_input_is_url(path))
    return 0;
  for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
    size_t e = strlen(ext[i]);
    if (n > e && strcmp(path + n - e, ext[i]) == 0)
      return 1;
  }
  return 0;
}

static int read_graph_file(raptor_world *rw, const char *path, bag *b)
{
  const char *name = raptor_world_guess_parser_name(rw, NULL, NULL, NULL, 0,
                                                    (const unsigned char *)path);
  raptor_parser *p = raptor_new_parser(rw, name ? name : "turtle");
  unsigned char *us = raptor_uri_filename_to_uri_string(path);
  raptor_uri *base = us ? raptor_new_uri(rw, us) : NULL;
  int rc = -1;
  FILE *f = fopen(path, "rb");
  if (!f)
    fprintf(stderr, "kgbuild: %s: error: cannot read: %s\n", path, strerror(errno));
  else if (p && base) {
    raptor_parser_set_statement_handler(p, b, on_statement);
    rc = raptor_parser_parse_file_stream(p, f, path, base);
    if (rc != 0)
      fprintf(stderr, "kgbuild: %s: error: not a readable %s graph file\n", path, name ? name : "RDF");
  }
  if (f)
    fclose(f);
  if (base)
    raptor_free_uri(base);
  raptor_free_memory(us);
  if (p)
    raptor_free_parser(p);
  return rc != 0;
}

static int read_article(kg_world *w, kg_rdf *rdf, const char *path, bag *b)
{
  kg_text t;
  if (kg_input_read(path, kg_cli_input_opts(), kg_world_log(w), &t) != KG_OK)
    return 1;
  kg_doc *d = kg_doc_new(t.text, t.len, path);
  int failed = 1;
  if (d) {
    if (t.title)
      kg_doc_set_title(d, t.title);
    if (t.date[0])
      memcpy(d->date, t.date, sizeof d->date);
    kg_status st = kg_pipeline_run(w, d);
    kg_graph *g = st == KG_OK ? kg_graph_new(rdf) : NULL;
    if (st != KG_OK)
      fprintf(stderr, "kgbuild: %s: error: %s\n", path, kg_status_string(st));
    else if (g && kg_graph_add_doc(g, d) == KG_OK) {
      for (size_t i = 0; i < kg_graph_size(g); i++)
        bag_add(b, raptor_statement_copy(kg_graph_statement(g, i)));
      failed = b->failed;
    }
    kg_graph_free(g);
    kg_doc_free(d);
  }
  kg_text_clear(&t);
  return failed;
}

enum { OPT_BASE = 1000, OPT_DICT, OPT_TSV };

int kg_cli_stats(int argc, char **argv)
{
  static const struct option lo[] = {
    { "output", required_argument, 0, 'o' }, { "tsv", no_argument, 0, OPT_TSV },
    { "base", required_argument, 0, OPT_BASE }, { "dictionary", required_argument, 0, OPT_DICT },
    { "quiet", no_argument, 0, 'q' }, { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  const char *out = NULL, *base = NULL;
  char **dicts = calloc((size_t)argc + 1, sizeof *dicts);
  size_t nd = 0;
  int c, tsv = 0;
  if (!dicts)
    return 1;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:qh", lo, NULL)) != -1) {
    switch (c) {
    case 'o': out = optarg; break;
    case OPT_TSV: tsv = 1; break;
    case OPT_BASE: base = optarg; break;
    case OPT_DICT: dicts[nd++] = optarg; break;
    case 'q': st_quiet = 1; break;
    case 'h': stats_usage(stdout); free(dicts); return 0;
    default: stats_usage(stderr); free(dicts); return 2;
    }
  }
  if (optind >= argc) {
    fprintf(stderr, "kgbuild: stats: no INPUT given (an article, a directory, an URL, - or a graph file)\n");
    free(dicts);
    return 2;
  }
  kg_world *w = kg_world_new();
  if (!w) {
    free(dicts);
    return 1;
  }
  kg_world_set_log(w, kg_cli_log, &st_quiet);
  if (base && kg_world_set_base(w, base) != KG_OK) {
    kg_world_free(w);
    free(dicts);
    return 2;
  }
  for (size_t i = 0; i < nd; i++)
    kg_world_add_dictionary(w, dicts[i]);
  free(dicts);
  kg_rdf *rdf = NULL;
  if (kg_world_load_default(w) != KG_OK || !(rdf = kg_rdf_new(w))) {
    kg_world_free(w);
    return 1;
  }
  bag b = { 0 };
  int failed = 0;
  for (int i = optind; i < argc; i++) {
    if (is_graph_file(argv[i])) {
      failed += read_graph_file(kg_rdf_raptor(rdf), argv[i], &b);
      continue;
    }
    char **paths = NULL;
    size_t np = 0;
    if (kg_input_expand(argv[i], kg_world_log(w), &paths, &np) != KG_OK) {
      failed++;
      continue;
    }
    for (size_t k = 0; k < np; k++) {
      failed += read_article(w, rdf, paths[k], &b);
      free(paths[k]);
    }
    free(paths);
  }
  FILE *f = out && strcmp(out, "-") != 0 ? fopen(out, "w") : stdout;
  int rc = failed ? 1 : 0;
  if (!f) {
    fprintf(stderr, "kgbuild: %s: error: cannot write\n", out);
    rc = 1;
  } else {
    if (b.failed || kg_write_stats(f, (void **)b.st, b.n, w, tsv) != KG_OK) {
      fprintf(stderr, "kgbuild: stats: error: could not write the table\n");
      rc = 1;
    }
    if (f != stdout ? fclose(f) != 0 : fflush(f) != 0)
      rc = 1;
  }
  for (size_t i = 0; i < b.n; i++)
    raptor_free_statement(b.st[i]);
  free(b.st);
  kg_rdf_free(rdf);
  kg_world_free(w);
  return rc;
}
