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
#include "store_int.h"
#include "world.h"
#include "pipeline.h"
#include "write_nt.h"
#include <raptor2.h>

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
  unsigned long cached = kg_store_cache_files();
  CU_ASSERT_EQUAL_FATAL(kg_store_open(dir, 1, rdf, kg_world_log(w), &s), KG_OK);
  int unch = -1;
  CU_ASSERT_EQUAL(kg_store_put(s, a, NULL, "a.txt", &unch), KG_OK);
  CU_ASSERT_EQUAL(unch, 0);
#ifdef HAVE_DB_H
  /* librdf's db_create() calls reached store_cache.c (sp2o, po2s, so2p,
   * contexts), unless KGBUILD_STORE_CACHE_MB=0 */
  const char *mb = getenv("KGBUILD_STORE_CACHE_MB");
  if (!mb || strcmp(mb, "0") != 0)
    CU_ASSERT(kg_store_cache_files() >= cached + 4);
#else
  CU_ASSERT_EQUAL(kg_store_cache_files(), cached);
#endif
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

/* The store hashes N-Triples formatted by write_nt.c in KG_NT_ASCII mode;
 * they must be the bytes Raptor's serializer wrote for earlier versions
 * (stored hashes and push states stay valid): non-ASCII literals and IRIs,
 * controls, quotes, language tags, datatypes, blank nodes. */
static void test_ntriples_like_raptor(void)
{
  raptor_world *rw = raptor_new_world();
  CU_ASSERT_PTR_NOT_NULL_FATAL(rw);
  static const char *const lits[] = {
    "Abd\xc3\xbcllatif \xc5\x9e" "ener", "\xc3\x81" "lvaro", "tab\there \"q\" back\\slash\nnl\rcr",
    "bell\x07 del\x7f" " ff\x0c vt\x0b", "emoji \xf0\x9f\x98\x80 and \xe2\x82\xac", "plain"
  };
  raptor_statement *v[16];
  size_t n = 0;
  for (size_t i = 0; i < sizeof lits / sizeof lits[0]; i++) {
    raptor_term *s = raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/caf\xc3\xa9");
    raptor_term *p = raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/p");
    raptor_uri *dt = i == 5 ? raptor_new_uri(rw, (const unsigned char *)"http://www.w3.org/2001/XMLSchema#string") : NULL;
    raptor_term *o = raptor_new_term_from_literal(rw, (const unsigned char *)lits[i], dt,
                                                  i == 1 ? (const unsigned char *)"es" : NULL);
    if (dt)
      raptor_free_uri(dt);
    v[n++] = raptor_new_statement_from_nodes(rw, s, p, o, NULL);
  }
  v[n++] = raptor_new_statement_from_nodes(rw, raptor_new_term_from_blank(rw, (const unsigned char *)"b1"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/a b{c}"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/\xe2\x82\xac"), NULL);
  /* long IRIs (write_nt.c scans them 16 bytes at a time): escapes and
   * non-ASCII characters before, across and after 16-byte blocks */
  static const char *const iris[] = {
    "http://example.org/a/very/long/path/with|pipe^caret`tick<lt>gt\"quote/and/more/after/that",
    "http://example.org/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\xc3\xa9t\xc3\xa9/yyyyyyyyyyyyyyyyyyyy\x7fzzzzzzzzzzzzzzzzz",
    "http://example.org/\x01ctl/qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq end\xe2\x82\xac\xf0\x9f\x98\x80{}",
  };
  for (size_t i = 0; i < sizeof iris / sizeof iris[0]; i++)
    v[n++] = raptor_new_statement_from_nodes(rw, raptor_new_term_from_uri_string(rw, (const unsigned char *)iris[i]),
        raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/p"),
        raptor_new_term_from_uri_string(rw, (const unsigned char *)iris[(i + 1) % 3]), NULL);
  v[n] = v[0]; /* a repeat is dropped */
  n++;
  char *mine = NULL;
  size_t len = 0, lines = 0;
  CU_ASSERT_EQUAL_FATAL(kg_write_nt_buffer((void *const *)v, n, KG_NT_ASCII, &mine, &len, &lines), KG_OK);
  CU_ASSERT_EQUAL(lines, n - 1);
  void *str = NULL;
  size_t sl = 0;
  raptor_iostream *io = raptor_new_iostream_to_string(rw, &str, &sl, malloc);
  for (size_t i = 0; i + 1 < n; i++)
    raptor_statement_ntriples_write(v[i], io, 0);
  raptor_free_iostream(io);
  /* sort Raptor's lines as the store does */
  char *lv[16];
  size_t nl = 0;
  for (char *q = str, *nlp; q && (nlp = strchr(q, '\n')) && nl < 16; q = nlp + 1) {
    *nlp = '\0';
    lv[nl++] = q;
  }
  for (size_t i = 1; i < nl; i++)
    for (size_t j = i; j > 0 && strcmp(lv[j - 1], lv[j]) > 0; j--) {
      char *t = lv[j];
      lv[j] = lv[j - 1];
      lv[j - 1] = t;
    }
  size_t o = 0;
  int same = nl == lines;
  for (size_t i = 0; same && i < nl; i++) {
    size_t l = strlen(lv[i]);
    same = o + l < len && memcmp(mine + o, lv[i], l) == 0 && mine[o + l] == '\n';
    if (!same)
      fprintf(stderr, "\nraptor: %s\nkgbuild: %.*s\n", lv[i], (int)l, mine + o);
    o += l + 1;
  }
  CU_ASSERT(same && o == len);
  free(str);
  free(mine);
  for (size_t i = 0; i + 1 < n; i++)
    raptor_free_statement(v[i]);
  raptor_free_world(rw);
}

/* Reads one worker buffer (header + N-Quads) into a fresh store with its
 * own Raptor world (Raptor's N-Triples parser keeps a reference to some
 * datatype URIs: a known leak, suppressed where the parser made the URI);
 * the graph's sorted N-Triples, and how many buffers took the fast reader. */
static char *stored_nt(const char *buf, const char *iri, size_t *fast)
{
  kg_rdf *rdf = kg_rdf_new(kg_test_world());
  char d[300], cmd[340];
  snprintf(d, sizeof d, "%s-nq", dir);
  snprintf(cmd, sizeof cmd, "rm -rf %s", d);
  CU_ASSERT_EQUAL(system(cmd), 0);
  kg_store *s = NULL;
  if (kg_store_open(d, 1, rdf, kg_world_log(kg_test_world()), &s) != KG_OK) {
    kg_rdf_free(rdf);
    return NULL;
  }
  int unch = -1;
  char *nt = NULL;
  size_t len = 0;
  CU_ASSERT_EQUAL(kg_store_put_nquads(s, buf, strlen(buf), "x.txt", &unch), KG_OK);
  CU_ASSERT_EQUAL(kg_store_graph_ntriples(s, iri, &nt, &len), KG_OK);
  *fast = s->nq_fast;
  kg_store_free(s);
  kg_rdf_free(rdf);
  CU_ASSERT_EQUAL(system(cmd), 0);
  return nt;
}

/* The -j writer reads the workers' N-Quads itself (store_load.c) and
 * falls back to Raptor on anything else: both give the same graph. */
static void test_nquads_reader(void)
{
  kg_rdf *rdf = kg_rdf_new(kg_test_world());
  raptor_world *rw = kg_rdf_raptor(rdf);
  const char *g = "https://w3id.org/kgbuild/id/doc-00000000000000aa";
  static const char *const lits[] = {
    "plain", "q \"x\" \\ back\\", "tab\tnl\ncr\r", "\\\"", "ends with \\",
    "Abd\xc3\xbcllatif \xc5\x9e" "ener \xe2\x82\xac \xf0\x9f\x98\x80", "a\"^^<http://ex.org/x> \"b",
    "2024-03-14", "", " . "
  };
  raptor_statement *v[16];
  size_t n = 0;
  for (size_t i = 0; i < sizeof lits / sizeof lits[0]; i++) {
    raptor_uri *dt = i == 7 ? raptor_new_uri(rw, (const unsigned char *)"http://www.w3.org/2001/XMLSchema#date") : NULL;
    v[n++] = raptor_new_statement_from_nodes(rw,
        raptor_new_term_from_uri_string(rw, (const unsigned char *)(i % 2 ? "http://ex.org/s1" : "http://ex.org/s2")),
        raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/p"),
        raptor_new_term_from_literal(rw, (const unsigned char *)lits[i], dt, NULL),
        raptor_new_term_from_uri_string(rw, (const unsigned char *)g));
    if (dt)
      raptor_free_uri(dt);
  }
  v[n++] = raptor_new_statement_from_nodes(rw, raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/s1"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://ex.org/C?a=1&b=%20#f"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)g));
  char *nq = NULL;
  size_t len = 0, lines = 0;
  CU_ASSERT_EQUAL_FATAL(kg_write_nt_buffer((void *const *)v, n, KG_NT_QUADS, &nq, &len, &lines), KG_OK);
  CU_ASSERT_EQUAL(lines, n);
  size_t cap = len + 1024;
  char *a = malloc(cap), *a2 = malloc(cap), *b = malloc(cap), *c = malloc(cap);
  CU_ASSERT_FATAL(a && a2 && b && c);
  snprintf(a, cap, "%s0123456789abcdef\t%zu\t%s\n%s", KG_STORE_NQ_HEADER, n, g, nq);
  /* without its typed literal (Raptor's N-Triples parser keeps a reference
   * to a literal's datatype URI: a known leak that would show under
   * valgrind wherever the URI was made first) */
  strcpy(a2, a);
  char *typed = strstr(a2, "XMLSchema#date"), *ls = typed, *le = typed ? strchr(typed, '\n') : NULL;
  CU_ASSERT_FATAL(typed && le);
  while (ls > a2 && ls[-1] != '\n')
    ls--;
  memmove(ls, le + 1, strlen(le + 1) + 1);
  /* the same quads, one with two spaces before its dot: Raptor's */
  strcpy(b, a2);
  char *dot = strstr(b, " .\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(dot);
  memmove(dot + 1, dot, strlen(dot) + 1);
  /* a \u escape and a language tag (not written by write_nt.c): Raptor's */
  snprintf(c, cap, "%s<http://ex.org/s1> <http://ex.org/p> \"caf\\u00E9\"@EN <%s> .\n", a2, g);
  size_t fa = 0, fa2 = 0, fb = 0, fc = 0;
  char *na = stored_nt(a, g, &fa), *na2 = stored_nt(a2, g, &fa2), *nb = stored_nt(b, g, &fb);
  char *ncc = stored_nt(c, g, &fc);
  CU_ASSERT_EQUAL(fa, 1);
  CU_ASSERT_EQUAL(fa2, 1);
  CU_ASSERT_EQUAL(fb, 0);
  CU_ASSERT_EQUAL(fc, 0);
  CU_ASSERT_FATAL(na && na2 && nb && ncc);
  CU_ASSERT_STRING_EQUAL(na2, nb);
  CU_ASSERT_PTR_NOT_NULL(strstr(ncc, "\"caf\\u00E9\"@en"));
  CU_ASSERT_PTR_NOT_NULL(strstr(na, "\"ends with \\\\\""));
  CU_ASSERT_PTR_NOT_NULL(strstr(na, "<http://ex.org/s1> <http://ex.org/p> \"2024-03-14\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
  CU_ASSERT_EQUAL(strlen(na), strlen(na2) + strlen("<http://ex.org/s1> <http://ex.org/p> \"2024-03-14\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
  free(na2);
  free(a2);
  free(na);
  free(nb);
  free(ncc);
  free(a);
  free(b);
  free(c);
  free(nq);
  for (size_t i = 0; i < n; i++)
    raptor_free_statement(v[i]);
  kg_rdf_free(rdf);
}

CU_ErrorCode kg_suite_store(void)
{
  CU_pSuite s = CU_add_suite("store", NULL, NULL);
  if (!s || !CU_add_test(s, "put, replace, commit, discard, reopen, drop", test_put_commit_reopen) ||
      !CU_add_test(s, "content hash", test_hash) ||
      !CU_add_test(s, "N-Triples bytes as Raptor writes them", test_ntriples_like_raptor) ||
      !CU_add_test(s, "workers' N-Quads read as Raptor reads them", test_nquads_reader))
    return CU_get_error();
  return CUE_SUCCESS;
}
