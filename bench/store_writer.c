/* store_writer.c — the CPU of the store writer of `extract -j N --store`
 * alone, without the NLP (bench/store-writer.sh builds and runs it).
 *
 * Reads the articles named on the command line, runs the pipeline on each
 * and keeps, in memory, what a -j worker sends the writer (the header line
 * and the graph's N-Quads: kg_store_nquads_header, kg_write_nt_lines).
 * Then, timed: a new store at STORE takes them all (kg_store_put_nquads,
 * as cli_store.c does) and commits; then the same again into the full
 * store (every graph unchanged).  With COPIES > 1 the new store takes
 * COPIES copies of the corpus, each copy's document IRIs marked with two
 * letters that no hex id holds ("doc-gg...", "doc-hh..."), so every copy
 * is new (the 10x corpus of bench/store.sh without its NLP).
 * Prints CPU seconds (user + system of this process) and wall seconds.
 * Usage: store_writer STORE COPIES FILE... */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include "kgbuild.h"
#include "doc.h"
#include "graph.h"
#include "pipeline.h"
#include "store.h"
#include "world.h"
#include "write_nt.h"
#include "file.h"

static double cpu_s(void)
{
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  return (double)(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
         (double)(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

static double wall_s(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}


/* puts every buffer (copy k marks its document IRIs); returns failures */
static int put_all(kg_store *s, char **buf, size_t *len, char **src, int n, int copies,
                   size_t *unchanged)
{
  int bad = 0;
  char sb[4200];
  for (int k = 0; k < copies; k++)
    for (int i = 0; i < n; i++) {
      const char *so = src[i];
      if (k > 0) {
        for (char *q = buf[i]; (q = strstr(q, "/id/doc-")); q += 8)
          q[8] = q[9] = (char)('f' + k);
        snprintf(sb, sizeof sb, "%s#copy%d", src[i], k);
        so = sb;
      }
      int u = 0;
      if (kg_store_put_nquads(s, buf[i], len[i], so, &u) != KG_OK)
        bad++;
      *unchanged += (size_t)u;
    }
  return bad;
}

int main(int argc, char **argv)
{
  if (argc < 4) {
    fprintf(stderr, "usage: store_writer STORE COPIES FILE...\n");
    return 2;
  }
  const char *dir = argv[1];
  int copies = atoi(argv[2]), n = argc - 3;
  if (copies < 1 || copies > 20) {
    fprintf(stderr, "store_writer: COPIES is 1 to 20\n");
    return 2;
  }
  kg_world *w = kg_world_new();
  if (!w || kg_world_load_default(w) != KG_OK) {
    fprintf(stderr, "store_writer: cannot load the world\n");
    return 1;
  }
  kg_rdf *rdf = kg_rdf_new(w);
  char **buf = calloc((size_t)n, sizeof *buf), **src = argv + 3;
  size_t *len = calloc((size_t)n, sizeof *len), quads = 0;
  for (int i = 0; i < n; i++) {
    size_t tl = 0;
    char *text = kg_file_read(src[i], &tl);
    kg_doc *d = text ? kg_doc_new(text, tl, src[i]) : NULL;
    kg_graph *g = d && kg_pipeline_run(w, d) == KG_OK ? kg_graph_new(rdf) : NULL;
    FILE *f = g && kg_graph_add_doc(g, d) == KG_OK ? open_memstream(&buf[i], &len[i]) : NULL;
    if (!f) {
      fprintf(stderr, "store_writer: %s: failed\n", src[i]);
      return 1;
    }
    kg_graph_normalize(g);
    size_t m = kg_graph_size(g);
    void **v = malloc((m + 1) * sizeof *v);
    for (size_t j = 0; j < m; j++)
      v[j] = kg_graph_statement(g, j);
    if (kg_store_nquads_header(g, f) || kg_write_nt_lines(v, m, 1, f) != KG_OK)
      return 1;
    fclose(f);
    quads += m;
    free(v);
    kg_graph_free(g);
    kg_doc_free(d);
    free(text);
  }
  for (int pass = 0; pass < 2; pass++) {
    kg_store *s = NULL;
    double c0 = cpu_s(), w0 = wall_s();
    if (kg_store_open(dir, 1, rdf, kg_world_log(w), &s) != KG_OK)
      return 1;
    size_t unchanged = 0;
    int bad = put_all(s, buf, len, src, n, pass ? 1 : copies, &unchanged);
    double c1 = cpu_s(), w1 = wall_s();
    if (kg_store_commit(s) != KG_OK)
      bad++;
    kg_store_free(s);
    double c2 = cpu_s(), w2 = wall_s();
    printf("%s: %d documents (%zu quads per copy), %zu unchanged, %d failed: put %.3f s CPU "
           "(%.3f s wall), commit and close %.3f s CPU (%.3f s wall)\n",
           pass ? "re-ingest" : "new store", n * (pass ? 1 : copies), quads, unchanged, bad,
           c1 - c0, w1 - w0, c2 - c1, w2 - w1);
    if (bad)
      return 1;
    if (copies > 1) /* the buffers hold the last copy's IRIs now */
      break;
  }
  for (int i = 0; i < n; i++)
    free(buf[i]);
  free(buf);
  free(len);
  kg_rdf_free(rdf);
  kg_world_free(w);
  return 0;
}
