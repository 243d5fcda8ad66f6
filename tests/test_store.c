/* test_store.c — the embedded store through its C API: put, replace,
 * unchanged, commit, discard on free, reopen read-only, drop, N-Triples of a
 * graph equal to the graph put in.  (The command line, kills, queries and
 * push are covered by tests/store.sh, tests/push.sh, tests/virtuoso.sh.) */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests.h"
#include "doc.h"
#include "graph.h"
#include "store.h"
#include "world.h"
#include "pipeline.h"

static char dir[256];

static kg_graph *graph_of(kg_rdf *rdf, const char *text, const char *src, char *iri, size_t cap)
{
  kg_world *w = kg_test_world();
  kg_doc *d = kg_doc_new(text, strlen(text), src);
  if (!d)
    return NULL;
  kg_pipeline_run(w, d);
  kg_graph *g = kg_graph_new(rdf);
  CU_ASSERT_EQUAL(kg_graph_add_doc(g, d), KG_OK);
  kg_graph_normalize(g);
  kg_graph_doc_iri(w, d, iri, cap);
  kg_doc_free(d);
  return g;
}

static void test_put_commit_reopen(void)
{
  kg_world *w = kg_test_world();
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  kg_rdf *rdf = kg_rdf_new(w);
  snprintf(dir, sizeof dir, "/tmp/kg-test-store-%ld", (long)getpid());
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  CU_ASSERT_EQUAL(system(cmd), 0);

  char a_iri[512], b_iri[512], b2_iri[512];
  kg_graph *a = graph_of(rdf, "Japan condemned North Korea on Monday.", "a.txt", a_iri, sizeof a_iri);
  kg_graph *b = graph_of(rdf, "Russia met China in Moscow.", "b.txt", b_iri, sizeof b_iri);
  kg_graph *b2 = graph_of(rdf, "France met India in Paris.", "b.txt", b2_iri, sizeof b2_iri);
  CU_ASSERT_FATAL(a && b && b2);

  kg_store *s = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_store_open(dir, 1, rdf, kg_world_log(w), &s), KG_OK);
  int unch = -1;
  CU_ASSERT_EQUAL(kg_store_put(s, a, NULL, "a.txt", &unch), KG_OK);
  CU_ASSERT_EQUAL(unch, 0);
  CU_ASSERT_EQUAL(kg_store_put(s, b, b_iri, "b.txt", &unch), KG_OK);
  CU_ASSERT_EQUAL(kg_store_commit(s), KG_OK);
  CU_ASSERT_EQUAL(kg_store_ngraphs(s), 2);
  /* the same graph again: unchanged */
  CU_ASSERT_EQUAL(kg_store_put(s, a, a_iri, "a.txt", &unch), KG_OK);
  CU_ASSERT_EQUAL(unch, 1);
  /* b.txt now holds other text: its old graph goes, the new one comes */
  CU_ASSERT_EQUAL(kg_store_put(s, b2, b2_iri, "b.txt", &unch), KG_OK);
  CU_ASSERT_EQUAL(unch, 0);
  CU_ASSERT_EQUAL(kg_store_ngraphs(s), 2);
  kg_store_free(s); /* not committed: discarded */

  CU_ASSERT_EQUAL_FATAL(kg_store_open(dir, 0, rdf, kg_world_log(w), &s), KG_OK);
  CU_ASSERT_EQUAL(kg_store_ngraphs(s), 2);
  int has_b = 0, has_b2 = 0;
  for (size_t i = 0; i < kg_store_ngraphs(s); i++) {
    has_b |= strcmp(kg_store_graph_iri(s, i), b_iri) == 0;
    has_b2 |= strcmp(kg_store_graph_iri(s, i), b2_iri) == 0;
  }
  CU_ASSERT(has_b && !has_b2); /* the uncommitted replacement left no trace */
  /* a graph read back equals the graph put in */
  char *x = NULL, *y = NULL;
  size_t xl = 0, yl = 0;
  CU_ASSERT_EQUAL(kg_store_graph_ntriples(s, a_iri, &x, &xl), KG_OK);
  CU_ASSERT_EQUAL(kg_store_ntriples_of(a, &y, &yl), KG_OK);
  CU_ASSERT(x && y && xl == yl && xl > 0 && memcmp(x, y, xl) == 0);
  free(x);
  free(y);
  CU_ASSERT_EQUAL(kg_store_drop(s, a_iri), KG_ERR_USAGE); /* read-only */
  kg_store_free(s);

  CU_ASSERT_EQUAL_FATAL(kg_store_open(dir, 1, rdf, kg_world_log(w), &s), KG_OK);
  CU_ASSERT_EQUAL(kg_store_drop(s, a_iri), KG_OK);
  CU_ASSERT_EQUAL(kg_store_drop(s, "urn:x-none"), KG_ERR_INPUT);
  CU_ASSERT_EQUAL(kg_store_commit(s), KG_OK);
  kg_store_stats st;
  CU_ASSERT_EQUAL(kg_store_stats_get(s, &st), KG_OK);
  CU_ASSERT_EQUAL(st.graphs, 1);
  CU_ASSERT_EQUAL(st.quads, kg_graph_size(b));
  kg_store_free(s);

  kg_graph_free(a);
  kg_graph_free(b);
  kg_graph_free(b2);
  kg_rdf_free(rdf);
  CU_ASSERT_EQUAL(system(cmd), 0);
}

static void test_hash(void)
{
  char h1[17], h2[17];
  kg_store_hash_hex("abc", 3, h1);
  kg_store_hash_hex("abd", 3, h2);
  CU_ASSERT_EQUAL(strlen(h1), 16);
  CU_ASSERT_NOT_EQUAL(strcmp(h1, h2), 0);
}

CU_ErrorCode kg_suite_store(void)
{
  CU_pSuite s = CU_add_suite("store", NULL, NULL);
  if (!s || !CU_add_test(s, "put, replace, commit, discard, reopen, drop", test_put_commit_reopen) ||
      !CU_add_test(s, "content hash", test_hash))
    return CU_get_error();
  return CUE_SUCCESS;
}
