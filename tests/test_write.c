/* test_write.c — the writers for seeing the graph: GraphML, JSON-LD, HTML,
 * SVG and the statistics table, on graphs of 0, 1 and 1000 events with
 * hostile literals; each output re-read by an independent parser (libxml2
 * for XML, yajl for JSON) and compared with the triples that went in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include <yajl_tree.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include "tests.h"
#include "doc.h"
#include "graph.h"
#include "write.h"
#include "write_view.h"
#include "world.h"

static const char EVIL[] = "He said \"</script><b>x</b>\" & <!-- \\N \\l --> \xE2\x80\xA8 'q'\nnext line";

/* A document with nev events between three actors; every evidence
 * sentence carries EVIL. */
static kg_doc *make_doc(size_t nev)
{
  size_t cap = 64 + nev * 160;
  char *text = malloc(cap);
  size_t len = 0;
  len += (size_t)snprintf(text + len, cap - len, "Title \"<&>\"\n");
  kg_doc *d;
  size_t *starts = malloc((nev + 1) * sizeof *starts), *ends = malloc((nev + 1) * sizeof *ends);
  for (size_t i = 0; i < nev; i++) {
    starts[i] = len;
    len += (size_t)snprintf(text + len, cap - len, "Event %zu: %s.", i, EVIL);
    ends[i] = len;
    text[len++] = ' ';
  }
  text[len] = '\0';
  d = kg_doc_new(text, len, "hostile <\"source\">.txt");
  kg_doc_set_title(d, "A \"title\" with <brackets> & </script>");
  strcpy(d->date, "2024-03-13");
  int32_t a = kg_doc_intern_actor(d, KG_ACT_PERSON, "Kim \"Evil\" <Jong> & Un", "kim-evil-jong-un");
  int32_t b = kg_doc_intern_actor(d, KG_ACT_COUNTRY, "North Korea", "north-korea");
  int32_t c = kg_doc_intern_actor(d, KG_ACT_COUNTRY, "Japan", "japan");
  int32_t p = kg_doc_intern_actor(d, KG_ACT_PLACE, "Tokyo", "tokyo");
  d->actors[b].wikidata = "Q423";
  kg_doc_actor_add_alt(d, a, "Kim", 3);
  kg_doc_add_relation(d, KG_REL_LEADER, a, b, 0);
  for (size_t i = 0; i < nev; i++) {
    kg_sentence *s = kg_doc_add_sentence(d);
    s->start = (uint32_t)starts[i];
    s->end = (uint32_t)ends[i];
    kg_event *e = kg_doc_add_event(d);
    static const char *const codes[] = { "042", "111", "190", "057" };
    strcpy(e->cameo, codes[i % 4]);
    e->agent = i % 2 ? a : b;
    e->target = c;
    if (i % 4 == 3) {
      e->npart = 2;
      e->part[0] = b;
      e->part[1] = c;
    }
    e->place = i % 3 == 0 ? p : -1;
    e->date_kind = KG_DATE_DAY;
    snprintf(e->date, sizeof e->date, "%04zu-%02zu-%02zu", 1000 + i % 9000, 1 + i % 12, 1 + i % 28);
    e->factuality = (uint8_t)(i % 3);
    e->sent = (uint32_t)i;
  }
  free(starts);
  free(ends);
  free(text);
  return d;
}

static kg_world *world(void)
{
  static kg_world *bare;
  kg_world *w = kg_test_world();
  if (w)
    return w;
  if (!bare)
    bare = kg_world_new();
  return bare;
}

/* Runs the writer of fmt on a document of nev events; returns the output
 * (malloc'd) and the number of distinct triples. */
static char *render(kg_format fmt, size_t nev, size_t *len, size_t *ntriples)
{
  kg_doc *d = make_doc(nev);
  char *buf = kg_test_render(world(), d, fmt, len, ntriples);
  kg_doc_free(d);
  return buf;
}

static void test_format_names(void)
{
  static const char *const names[] = { "graphml", "jsonld", "html", "svg" };
  static const kg_format fmts[] = { KG_FMT_GRAPHML, KG_FMT_JSONLD, KG_FMT_HTML, KG_FMT_SVG };
  for (size_t i = 0; i < 4; i++) {
    kg_format f = KG_FMT_TURTLE;
    CU_ASSERT_TRUE(kg_format_from_name(names[i], &f));
    CU_ASSERT_EQUAL(f, fmts[i]);
    CU_ASSERT_STRING_EQUAL(kg_format_name(fmts[i]), names[i]);
  }
  kg_format f;
  CU_ASSERT_TRUE(kg_format_from_name("json-ld", &f));
  CU_ASSERT_EQUAL(f, KG_FMT_JSONLD);
  CU_ASSERT_FALSE(kg_format_from_name("gml", &f));
  /* the formats of before keep their numbers */
  CU_ASSERT_EQUAL(KG_FMT_DOT, 5);
}

static int count_elems(xmlNode *n, const char *name)
{
  int c = 0;
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0)
      c++;
    c += count_elems(n->children, name);
  }
  return c;
}

static int validate_graphml(xmlDoc *doc)
{
  xmlSchemaParserCtxt *pc = xmlSchemaNewParserCtxt(kg_test_src("tests/graphml-structure.xsd"));
  xmlSchema *schema = pc ? xmlSchemaParse(pc) : NULL;
  xmlSchemaValidCtxt *vc = schema ? xmlSchemaNewValidCtxt(schema) : NULL;
  int rc = vc ? xmlSchemaValidateDoc(vc, doc) : -1;
  if (vc) xmlSchemaFreeValidCtxt(vc);
  if (schema) xmlSchemaFree(schema);
  if (pc) xmlSchemaFreeParserCtxt(pc);
  return rc;
}

static void quiet_xml(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

static void test_graphml(void)
{
  xmlSetGenericErrorFunc(NULL, quiet_xml);
  size_t nevs[] = { 0, 1, 1000 };
  for (size_t k = 0; k < 3; k++) {
    size_t len, nt;
    char *out = render(KG_FMT_GRAPHML, nevs[k], &len, &nt);
    xmlDoc *doc = xmlReadMemory(out, (int)len, "out.graphml", NULL, XML_PARSE_NONET);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    xmlNode *root = xmlDocGetRootElement(doc);
    CU_ASSERT_STRING_EQUAL(root->name, "graphml");
    /* 4 actors/places + 1 document + nev events */
    CU_ASSERT_EQUAL(count_elems(root, "node"), (int)(5 + nevs[k]));
    CU_ASSERT_EQUAL(validate_graphml(doc), 0);
    /* the hostile text survives as text */
    xmlChar *all = xmlNodeGetContent(root);
    if (nevs[k])
      CU_ASSERT_PTR_NOT_NULL(strstr((const char *)all, "\"</script><b>x</b>\" & <!--"));
    CU_ASSERT_PTR_NOT_NULL(strstr((const char *)all, "Kim \"Evil\" <Jong> & Un"));
    xmlFree(all);
    xmlFreeDoc(doc);
    free(out);
  }
}

/* Counts the triples a compact JSON-LD node list stands for: each @type
 * entry and each value of each other key. */
static size_t jsonld_triples(yajl_val graph)
{
  size_t n = 0;
  for (size_t i = 0; i < graph->u.array.len; i++) {
    yajl_val node = graph->u.array.values[i];
    if (!YAJL_IS_OBJECT(node))
      return 0;
    for (size_t k = 0; k < node->u.object.len; k++) {
      if (strcmp(node->u.object.keys[k], "@id") == 0)
        continue;
      yajl_val v = node->u.object.values[k];
      n += YAJL_IS_ARRAY(v) ? v->u.array.len : 1;
    }
  }
  return n;
}

static int has_string(yajl_val v, const char *s)
{
  if (YAJL_IS_STRING(v)) {
    const char *t = YAJL_GET_STRING(v);
    return t && strcmp(t, s) == 0;
  }
  if (YAJL_IS_ARRAY(v)) {
    for (size_t i = 0; i < v->u.array.len; i++)
      if (has_string(v->u.array.values[i], s))
        return 1;
  } else if (YAJL_IS_OBJECT(v)) {
    for (size_t i = 0; i < v->u.object.len; i++)
      if (has_string(v->u.object.values[i], s))
        return 1;
  }
  return 0;
}

static void test_jsonld(void)
{
  size_t nevs[] = { 0, 1, 1000 };
  for (size_t k = 0; k < 3; k++) {
    size_t len, nt;
    char *out = render(KG_FMT_JSONLD, nevs[k], &len, &nt);
    char err[256];
    yajl_val root = yajl_tree_parse(out, err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);
    const char *gp[] = { "@graph", NULL }, *cp[] = { "@context", NULL };
    yajl_val graph = yajl_tree_get(root, gp, yajl_t_array);
    CU_ASSERT_PTR_NOT_NULL_FATAL(graph);
    CU_ASSERT_PTR_NOT_NULL(yajl_tree_get(root, cp, yajl_t_object));
    CU_ASSERT_EQUAL(jsonld_triples(graph), nt);
    char ev[512];
    snprintf(ev, sizeof ev, "Event 0: %s.", EVIL);
    if (nevs[k])
      CU_ASSERT_TRUE(has_string(graph, ev));
    CU_ASSERT_TRUE(has_string(graph, "Kim \"Evil\" <Jong> & Un"));
    yajl_tree_free(root);
    free(out);
  }
}

static void test_context_file(void)
{
  size_t n;
  char *file = kg_test_slurp(kg_test_src("ontology/context.jsonld"), &n);
  char *mine = kg_jsonld_context_json(NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(file);
  CU_ASSERT_PTR_NOT_NULL_FATAL(mine);
  /* equal up to whitespace outside strings (no term or IRI has spaces) */
  char *a = file, *b = mine, *p;
  for (p = a; *a; a++) if (!strchr(" \t\r\n", *a)) *p++ = *a;
  *p = '\0';
  for (p = b; *b; b++) if (!strchr(" \t\r\n", *b)) *p++ = *b;
  *p = '\0';
  CU_ASSERT_STRING_EQUAL(file, mine);
  /* another base changes only the id prefix */
  char *other = kg_jsonld_context_json("http://example.org/kg/");
  CU_ASSERT_PTR_NOT_NULL(strstr(other, "\"id\": \"http://example.org/kg/\""));
  free(other);
  free(file);
  free(mine);
}

static void test_html(void)
{
  size_t nevs[] = { 0, 1, 1000 };
  for (size_t k = 0; k < 3; k++) {
    size_t len, nt;
    char *out = render(KG_FMT_HTML, nevs[k], &len, &nt);
    const char *open = "<script type=\"application/json\" id=\"kg-data\">";
    char *s = strstr(out, open);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    s += strlen(open);
    char *e = strstr(s, "</script>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    *e = '\0';
    CU_ASSERT_PTR_NULL(strchr(s, '<'));   /* nothing HTML could see */
    char err[256];
    yajl_val root = yajl_tree_parse(s, err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);
    const char *np[] = { "nodes", NULL }, *ep[] = { "edges", NULL };
    yajl_val nodes = yajl_tree_get(root, np, yajl_t_array);
    yajl_val edges = yajl_tree_get(root, ep, yajl_t_array);
    CU_ASSERT_PTR_NOT_NULL_FATAL(nodes);
    CU_ASSERT_PTR_NOT_NULL_FATAL(edges);
    CU_ASSERT_EQUAL(nodes->u.array.len, 4 + nevs[k]);  /* no document node */
    char ev[512];
    snprintf(ev, sizeof ev, "Event 0: %s.", EVIL);
    if (nevs[k])
      CU_ASSERT_TRUE(has_string(nodes, ev));
    yajl_tree_free(root);
    /* no external resource */
    CU_ASSERT_PTR_NULL(strstr(e + 1, "src=\"http"));
    CU_ASSERT_PTR_NULL(strstr(out, "src=\"//"));
    free(out);
  }
}

static void test_svg(void)
{
  if (!kg_write_svg_available()) {
    /* the writer refuses with a message instead */
    kg_world *w = world();
    kg_rdf *rdf = kg_rdf_new(w);
    CU_ASSERT_PTR_NULL(kg_writer_new(rdf, KG_FMT_SVG, stdout, w));
    kg_rdf_free(rdf);
    return;
  }
  size_t nevs[] = { 0, 1, 120 };
  for (size_t k = 0; k < 3; k++) {
    size_t len, nt;
    char *out = render(KG_FMT_SVG, nevs[k], &len, &nt);
    xmlDoc *doc = xmlReadMemory(out, (int)len, "out.svg", NULL, XML_PARSE_NONET);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_STRING_EQUAL(xmlDocGetRootElement(doc)->name, "svg");
    xmlChar *all = xmlNodeGetContent(xmlDocGetRootElement(doc));
    CU_ASSERT_PTR_NOT_NULL(strstr((const char *)all, "Kim \"Evil\" <Jong> & Un"));
    xmlFree(all);
    xmlFreeDoc(doc);
    free(out);
  }
}

/* Raw raptor statements with what graph.c never writes: C0 controls,
 * invalid UTF-8, a language tag, a blank node, an unknown predicate. */
static void test_raw_literals(void)
{
  kg_world *w = world();
  kg_rdf *rdf = kg_rdf_new(w);
  raptor_world *rw = kg_rdf_raptor(rdf);
  const char *bad = "ctl \x01\x02\x7f bad \xff\xfe </script> end";
  raptor_statement *st[4];
  raptor_term *s = raptor_new_term_from_uri_string(rw, (const unsigned char *)"https://w3id.org/kgbuild/id/x");
  st[0] = raptor_new_statement_from_nodes(rw, raptor_term_copy(s),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://www.w3.org/2000/01/rdf-schema#label"),
      raptor_new_term_from_counted_literal(rw, (const unsigned char *)bad, strlen(bad), NULL,
                                           (const unsigned char *)"en", 2), NULL);
  st[1] = raptor_new_statement_from_nodes(rw, raptor_term_copy(s),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"https://w3id.org/kgbuild/ontology#Person"), NULL);
  st[2] = raptor_new_statement_from_nodes(rw, raptor_term_copy(s),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://example.org/knows"),
      raptor_new_term_from_blank(rw, (const unsigned char *)"b1"), NULL);
  st[3] = raptor_new_statement_from_nodes(rw, raptor_new_term_from_blank(rw, (const unsigned char *)"b1"),
      raptor_new_term_from_uri_string(rw, (const unsigned char *)"http://www.w3.org/2000/01/rdf-schema#label"),
      raptor_new_term_from_literal(rw, (const unsigned char *)"a\nb\tc\rd", NULL, NULL), NULL);
  raptor_free_term(s);
  xmlSetGenericErrorFunc(NULL, quiet_xml);
  kg_status (*writers[])(FILE *, void **, size_t, const kg_world *) = {
    kg_write_graphml, kg_write_jsonld, kg_write_html
  };
  for (size_t k = 0; k < 3; k++) {
    char *buf = NULL;
    size_t sz = 0;
    FILE *f = open_memstream(&buf, &sz);
    CU_ASSERT_EQUAL(writers[k](f, (void **)st, 4, w), KG_OK);
    fclose(f);
    if (k == 0) {
      xmlDoc *doc = xmlReadMemory(buf, (int)sz, "raw.graphml", NULL, XML_PARSE_NONET);
      CU_ASSERT_PTR_NOT_NULL(doc);
      if (doc) {
        CU_ASSERT_EQUAL(count_elems(xmlDocGetRootElement(doc), "node"), 2);
        CU_ASSERT_EQUAL(count_elems(xmlDocGetRootElement(doc), "edge"), 1);
        CU_ASSERT_EQUAL(validate_graphml(doc), 0);
        xmlFreeDoc(doc);
      }
    } else if (k == 1) {
      char err[256];
      yajl_val root = yajl_tree_parse(buf, err, sizeof err);
      CU_ASSERT_PTR_NOT_NULL(root);
      const char *gp[] = { "@graph", NULL };
      yajl_val graph = root ? yajl_tree_get(root, gp, yajl_t_array) : NULL;
      CU_ASSERT_PTR_NOT_NULL(graph);
      if (graph) {
        CU_ASSERT_EQUAL(jsonld_triples(graph), 4);
        CU_ASSERT_TRUE(has_string(graph, "_:b1"));
        CU_ASSERT_TRUE(has_string(graph, "a\nb\tc\rd"));
        CU_ASSERT_TRUE(has_string(graph, "en"));
      }
      yajl_tree_free(root);
    } else {
      CU_ASSERT_EQUAL(strstr(strstr(buf, "kg-data") , "</script>") - strstr(buf, "kg-data") > 0, 1);
      CU_ASSERT_PTR_NULL(strstr(buf, "</script> end"));
    }
    free(buf);
  }
  for (size_t i = 0; i < 4; i++)
    raptor_free_statement(st[i]);
  kg_rdf_free(rdf);
}

static void test_xml_escape(void)
{
  char *buf = NULL;
  size_t sz = 0;
  FILE *f = open_memstream(&buf, &sz);
  fputs("<r a=\"", f);
  kg_xml_puts(f, "q\"<&>\n\x01\xff", 1);
  fputs("\">", f);
  kg_xml_puts(f, "]]> <x/> \x1f \xed\xa0\x80 ok", 0);
  fputs("</r>", f);
  fclose(f);
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "q&quot;&lt;&amp;&gt;&#10;"));
  xmlSetGenericErrorFunc(NULL, quiet_xml);
  xmlDoc *doc = xmlReadMemory(buf, (int)sz, "e.xml", NULL, XML_PARSE_NONET);
  CU_ASSERT_PTR_NOT_NULL(doc);
  if (doc) {
    xmlChar *a = xmlGetProp(xmlDocGetRootElement(doc), (const xmlChar *)"a");
    CU_ASSERT_STRING_EQUAL(a, "q\"<&>\n\xEF\xBF\xBD\xEF\xBF\xBD");
    xmlFree(a);
    xmlFreeDoc(doc);
  }
  free(buf);
  char *c = kg_view_clip("ab\ncd\x01 \xC3\xA9\xC3\xA9\xC3\xA9", 9);
  CU_ASSERT_STRING_EQUAL(c, "ab cd\xEF\xBF\xBD \xE2\x80\xA6");
  free(c);
}

static void test_stats(void)
{
  kg_world *w = world();
  kg_rdf *rdf = kg_rdf_new(w);
  kg_graph *g = kg_graph_new(rdf);
  kg_doc *d = make_doc(12);
  CU_ASSERT_EQUAL(kg_graph_add_doc(g, d), KG_OK);
  size_t n = kg_graph_size(g);
  void **sts = malloc(n * sizeof *sts);
  for (size_t i = 0; i < n; i++)
    sts[i] = kg_graph_statement(g, i);
  char *buf = NULL;
  size_t sz = 0;
  FILE *f = open_memstream(&buf, &sz);
  CU_ASSERT_EQUAL(kg_write_stats(f, sts, n, w, 1), KG_OK);
  fclose(f);
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "actors\tPerson\t1\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "actors\tCountry\t2\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "places\tPlace\t1\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "events\ttotal\t12\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "factuality\tAsserted\t4\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "factuality\tHedged\t4\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "factuality\tNegated\t4\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "relations\tleaderOf\t1\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "graph\tdocuments\t1\n"));
  /* four codes, three events each; roots 04, 11, 19, 05 when the CAMEO
   * table is loaded */
  if (kg_test_world()) {
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "events\t04 "));
    CU_ASSERT_PTR_NOT_NULL(strstr(buf, "events\t19 "));
  }
  size_t per = 0;
  char *copy = strdup(buf), *save = NULL;
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
    if (strncmp(line, "events\t", 7) == 0 && strncmp(line + 7, "total\t", 6) != 0)
      per += strtoul(strrchr(line, '\t') + 1, NULL, 10);
  free(copy);
  CU_ASSERT_EQUAL(per, 12);
  free(buf);
  /* the empty graph */
  buf = NULL;
  f = open_memstream(&buf, &sz);
  CU_ASSERT_EQUAL(kg_write_stats(f, NULL, 0, w, 0), KG_OK);
  fclose(f);
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "Events by CAMEO root category"));
  free(buf);
  free(sts);
  kg_doc_free(d);
  kg_graph_free(g);
  kg_rdf_free(rdf);
}

static void test_view_model(void)
{
  kg_world *w = world();
  kg_rdf *rdf = kg_rdf_new(w);
  kg_graph *g = kg_graph_new(rdf);
  kg_doc *d = make_doc(4);
  CU_ASSERT_EQUAL(kg_graph_add_doc(g, d), KG_OK);
  size_t n = kg_graph_size(g);
  void **sts = malloc(2 * n * sizeof *sts);
  for (size_t i = 0; i < n; i++)   /* every statement twice: counted once */
    sts[i] = sts[n + i] = kg_graph_statement(g, i);
  kg_view *v = kg_view_new(sts, 2 * n, w);
  CU_ASSERT_PTR_NOT_NULL_FATAL(v);
  CU_ASSERT_EQUAL(v->ntriples, n);
  size_t kinds[KG_VK_COUNT] = { 0 }, agent = 0, drawn = 0;
  for (size_t i = 0; i < v->nnodes; i++) {
    kinds[v->nodes[i].kind]++;
    if (v->nodes[i].kind == KG_VK_EVENT) {
      CU_ASSERT_EQUAL(v->nodes[i].nevidence, 1);
      CU_ASSERT_PTR_NOT_NULL(v->nodes[i].factuality);
      CU_ASSERT_PTR_NOT_NULL(v->nodes[i].date);
      CU_ASSERT_PTR_NOT_NULL(v->nodes[i].source);  /* from its document */
    }
  }
  for (size_t i = 0; i < v->nedges; i++) {
    agent += strcmp(v->edges[i].rel, "agent") == 0;
    drawn += kg_vedge_drawn(v, &v->edges[i]);
  }
  CU_ASSERT_EQUAL(kinds[KG_VK_EVENT], 4);
  CU_ASSERT_EQUAL(kinds[KG_VK_PERSON], 1);
  CU_ASSERT_EQUAL(kinds[KG_VK_COUNTRY], 2);
  CU_ASSERT_EQUAL(kinds[KG_VK_PLACE], 1);
  CU_ASSERT_EQUAL(kinds[KG_VK_DOCUMENT], 1);
  CU_ASSERT_EQUAL(agent, 4);
  CU_ASSERT_TRUE(drawn > 0 && drawn < v->nedges);  /* mentions/derivedFrom not drawn */
  kg_view_free(v);
  kg_view_free(NULL);
  free(sts);
  kg_doc_free(d);
  kg_graph_free(g);
  kg_rdf_free(rdf);
}

CU_ErrorCode kg_suite_write(void)
{
  CU_pSuite s = CU_add_suite("write", NULL, NULL);
  if (!s)
    return CU_get_error();
  CU_add_test(s, "format names", test_format_names);
  CU_add_test(s, "GraphML: 0/1/1000 events, schema, hostile text", test_graphml);
  CU_add_test(s, "JSON-LD: parses, one value per triple, hostile text", test_jsonld);
  CU_add_test(s, "JSON-LD context = ontology/context.jsonld", test_context_file);
  CU_add_test(s, "HTML: data island parses and cannot close <script>", test_html);
  CU_add_test(s, "SVG: well-formed, or refused without libgvc", test_svg);
  CU_add_test(s, "raw literals: controls, bad UTF-8, lang, blank nodes", test_raw_literals);
  CU_add_test(s, "XML escaping and clipping", test_xml_escape);
  CU_add_test(s, "stats table counts", test_stats);
  CU_add_test(s, "view model", test_view_model);
  return CUE_SUCCESS;
}
