/* test_graph.c — graph building and every output format, re-parsed with
 * Raptor; hostile names stay inside their literals. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include "tests.h"
#include "doc.h"
#include "graph.h"
#include "write.h"
#include "world.h"

static kg_doc *hand_doc(const char *evil)
{
  const char *text = "Kim met Putin in Hanoi.";
  kg_doc *d = kg_doc_new(text, strlen(text), "hand.txt");
  kg_sentence *s = kg_doc_add_sentence(d);
  s->start = 0;
  s->end = (uint32_t)strlen(text);
  kg_doc_add_token(d, 0, 3);
  s->ntok = 1;
  kg_doc_set_title(d, "A \"title\" with <brackets>");
  strcpy(d->date, "2023-06-12");
  char key[256];
  kg_make_key(evil, key, sizeof key);
  int32_t a = kg_doc_intern_actor(d, KG_ACT_PERSON, evil, key);
  int32_t b = kg_doc_intern_actor(d, KG_ACT_COUNTRY, "Russia", "russia");
  int32_t p = kg_doc_intern_actor(d, KG_ACT_PLACE, "Hanoi", "hanoi");
  d->actors[b].wikidata = "Q159";
  kg_doc_actor_add_alt(d, a, "alt \\ \"x\"\nnext line", 20);
  kg_event *e = kg_doc_add_event(d);
  strcpy(e->cameo, "042");
  e->agent = a;
  e->target = b;
  e->place = p;
  e->date_kind = KG_DATE_DAY;
  strcpy(e->date, "2023-06-12");
  e->factuality = KG_FACT_HEDGED;
  e->sent = 0;
  kg_doc_add_relation(d, KG_REL_LEADER, a, b, 0);
  return d;
}

static int count_stmt;
static void count_handler(void *u, raptor_statement *s) { (void)u; (void)s; count_stmt++; }

/* serialises the hand doc in fmt into a malloc'd buffer */
static char *render(kg_world *w, kg_format fmt, const char *evil, size_t *len, size_t *ntriples)
{
  kg_doc *d = hand_doc(evil);
  char *buf = kg_test_render(w, d, fmt, len, ntriples);
  kg_doc_free(d);
  return buf;
}

static int reparse(const char *syntax, const char *buf, size_t len)
{
  raptor_world *rw = raptor_new_world();
  raptor_parser *p = raptor_new_parser(rw, syntax);
  raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)"http://example.org/base/");
  count_stmt = 0;
  raptor_parser_set_statement_handler(p, NULL, count_handler);
  int rc = raptor_parser_parse_start(p, base);
  if (!rc)
    rc = raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(rw);
  return rc ? -1 : count_stmt;
}

static void test_formats_reparse(void)
{
  kg_world *w = kg_test_world();
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  const char *evil[] = { "Plain Name", "Ev\"il <Name> \\ back\nslash\ttab \x01 ctl" };
  struct { kg_format f; const char *parser; } fm[] = {
    { KG_FMT_TURTLE, "turtle" }, { KG_FMT_NTRIPLES, "ntriples" }, { KG_FMT_NQUADS, "nquads" },
    { KG_FMT_RDFXML, "rdfxml" }, { KG_FMT_JSON, "json" },
  };
  for (size_t e = 0; e < 2; e++)
    for (size_t i = 0; i < sizeof fm / sizeof fm[0]; i++) {
      size_t len, n;
      char *buf = render(w, fm[i].f, evil[e], &len, &n);
      CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
      CU_ASSERT(n > 10);
      int got = reparse(fm[i].parser, buf, len);
      if (got != (int)n)
        fprintf(stderr, "\n  format %s: %d triples re-parsed, %zu written\n%s\n", fm[i].parser, got, n, buf);
      CU_ASSERT_EQUAL(got, (int)n);
      free(buf);
    }
}

static void test_dot_and_determinism(void)
{
  kg_world *w = kg_test_world();
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  size_t l1, l2, n;
  char *a = render(w, KG_FMT_NTRIPLES, "Some One", &l1, &n);
  char *b = render(w, KG_FMT_NTRIPLES, "Some One", &l2, &n);
  CU_ASSERT_EQUAL(l1, l2);
  CU_ASSERT(l1 == l2 && memcmp(a, b, l1) == 0);
  /* sorted lines */
  char *prev = NULL, *p = a;
  int sorted = 1;
  while (p && *p) {
    char *nl = strchr(p, '\n');
    if (!nl) break;
    *nl = 0;
    if (prev && strcmp(prev, p) > 0) sorted = 0;
    prev = p;
    p = nl + 1;
  }
  CU_ASSERT(sorted);
  /* no blank nodes */
  free(a);
  a = render(w, KG_FMT_NTRIPLES, "Some One", &l1, &n);
  CU_ASSERT_PTR_NULL(strstr(a, "_:"));
  CU_ASSERT_PTR_NOT_NULL(strstr(a, "<https://w3id.org/kgbuild/id/some-one> <http://www.w3.org/2000/01/rdf-schema#label> \"Some One\" ."));
  CU_ASSERT_PTR_NOT_NULL(strstr(a, "<http://www.wikidata.org/entity/Q159>"));
  CU_ASSERT_PTR_NOT_NULL(strstr(a, "\"2023-06-12\"^^<http://www.w3.org/2001/XMLSchema#date>"));
  CU_ASSERT_PTR_NOT_NULL(strstr(a, "<https://w3id.org/kgbuild/ontology#Hedged>"));
  free(a);
  free(b);
  char *d = render(w, KG_FMT_DOT, "Some One", &l1, &n);
  CU_ASSERT_PTR_NOT_NULL(strstr(d, "digraph"));
  free(d);
  /* the quads carry the document graph */
  char *q = render(w, KG_FMT_NQUADS, "Some One", &l1, &n);
  CU_ASSERT_PTR_NOT_NULL(strstr(q, "<https://w3id.org/kgbuild/id/doc-"));
  free(q);
}

static void test_base(void)
{
  kg_world *w = kg_world_new();
  CU_ASSERT_EQUAL(kg_world_set_base(w, "not an iri"), KG_ERR_USAGE);
  CU_ASSERT_EQUAL(kg_world_set_base(w, "http://example.org/x"), KG_OK);
  CU_ASSERT_STRING_EQUAL(kg_world_base(w), "http://example.org/x/");
  kg_world_free(w);
}

CU_ErrorCode kg_suite_graph(void)
{
  CU_pSuite s = CU_add_suite("graph", NULL, NULL);
  if (!s) return CU_get_error();
  CU_add_test(s, "every format re-parses", test_formats_reparse);
  CU_add_test(s, "determinism, dot, quads", test_dot_and_determinism);
  CU_add_test(s, "base IRI", test_base);
  return CU_get_error();
}
