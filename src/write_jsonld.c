/* write_jsonld.c — the graph as compact JSON-LD 1.1, written with yajl.
 * Owns: the JSON-LD context (the same one ontology/context.jsonld ships
 * for the default base) and the compaction of triples against it: one node
 * object per subject in a top-level "@graph", rdf:type as "@type", known
 * properties as short terms, IRIs as compact IRIs ("id:kim-jong-un",
 * "kgo:Asserted"), literals as strings or value objects.  The output
 * expands to exactly the triples of the N-Triples output (graph names are
 * dropped as there): no JSON numbers or booleans are ever written, so no
 * literal changes its lexical form.
 * Does not own: which triples exist (graph.c).
 *
 * Compaction rules that keep expansion exact: a prefix is used only when
 * the rest of the IRI is non-empty and does not start with "//" (JSON-LD
 * reads "p://x" as an absolute IRI); strings under a term with "@type":
 * "@id" are IRIs, every other literal is a string only under a term
 * without coercion, else a value object.
 */
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include <yajl_gen.h>
#include "write.h"
#include "world.h"
#include "utf8.h"

#define DEFAULT_BASE "https://w3id.org/kgbuild/id/"

static const struct { const char *prefix, *iri; } prefixes[] = {
  { "kgo", "https://w3id.org/kgbuild/ontology#" },
  { "id", NULL },  /* the instance base */
  { "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
  { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
  { "owl", "http://www.w3.org/2002/07/owl#" },
  { "xsd", "http://www.w3.org/2001/XMLSchema#" },
  { "skos", "http://www.w3.org/2004/02/skos/core#" },
  { "prov", "http://www.w3.org/ns/prov#" },
  { "dcterms", "http://purl.org/dc/terms/" },
  { "wd", "http://www.wikidata.org/entity/" },
};
#define NPREFIX (sizeof prefixes / sizeof prefixes[0])

/* Short terms: name, compact IRI of the property, 1 when its values are
 * IRIs ("@type": "@id"). */
static const struct { const char *term, *curie; int is_id; } terms[] = {
  { "label", "rdfs:label", 0 },
  { "altLabel", "skos:altLabel", 0 },
  { "sameAs", "owl:sameAs", 1 },
  { "title", "dcterms:title", 0 },
  { "source", "dcterms:source", 0 },
  { "documentDate", "dcterms:date", 0 },
  { "mentions", "kgo:mentions", 1 },
  { "cameoCode", "kgo:cameoCode", 0 },
  { "agent", "kgo:agent", 1 },
  { "target", "kgo:target", 1 },
  { "participant", "kgo:participant", 1 },
  { "place", "kgo:place", 1 },
  { "date", "kgo:date", 0 },
  { "factuality", "kgo:factuality", 1 },
  { "evidence", "kgo:evidence", 0 },
  { "during", "kgo:during", 1 },
  { "leaderOf", "kgo:leaderOf", 1 },
  { "officialOf", "kgo:officialOf", 1 },
  { "memberOf", "kgo:memberOf", 1 },
  { "allyOf", "kgo:allyOf", 1 },
  { "wasDerivedFrom", "prov:wasDerivedFrom", 1 },
};
#define NTERM (sizeof terms / sizeof terms[0])

typedef struct jctx {
  yajl_gen g;
  const char *base;
  const kg_world *w;
  size_t repaired;
  int failed;
} jctx;

static const char *prefix_iri(const jctx *c, size_t i)
{
  return prefixes[i].iri ? prefixes[i].iri : c->base;
}

static void str(jctx *c, const char *s, size_t n)
{
  if (!kg_utf8_valid(s, n)) {
    size_t on, rep;
    char *r = kg_utf8_repair(s, n, &on, &rep);
    if (!r) {
      c->failed = 1;
      return;
    }
    c->repaired++;
    if (yajl_gen_string(c->g, (const unsigned char *)r, on) != yajl_gen_status_ok)
      c->failed = 1;
    free(r);
    return;
  }
  if (yajl_gen_string(c->g, (const unsigned char *)s, n) != yajl_gen_status_ok)
    c->failed = 1;
}

static void cstr(jctx *c, const char *s) { str(c, s, strlen(s)); }

/* An IRI, compacted with the longest matching prefix when that is safe. */
static void iri(jctx *c, const char *u)
{
  size_t best = NPREFIX, blen = 0;
  for (size_t i = 0; i < NPREFIX; i++) {
    const char *p = prefix_iri(c, i);
    size_t n = strlen(p);
    if (n > blen && strncmp(u, p, n) == 0 && u[n] && strncmp(u + n, "//", 2) != 0) {
      best = i;
      blen = n;
    }
  }
  if (best == NPREFIX) {
    cstr(c, u);
    return;
  }
  size_t pn = strlen(prefixes[best].prefix), rn = strlen(u + blen);
  char *s = malloc(pn + 1 + rn + 1);
  if (!s) {
    c->failed = 1;
    return;
  }
  memcpy(s, prefixes[best].prefix, pn);
  s[pn] = ':';
  memcpy(s + pn + 1, u + blen, rn + 1);
  cstr(c, s);
  free(s);
}

static void term_ref(jctx *c, const raptor_term *t)
{
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    iri(c, (const char *)raptor_uri_as_string(t->value.uri));
  } else {
    size_t n = t->value.blank.string_len;
    char *s = malloc(n + 3);
    if (!s) {
      c->failed = 1;
      return;
    }
    memcpy(s, "_:", 2);
    memcpy(s + 2, t->value.blank.string, n);
    s[n + 2] = '\0';
    cstr(c, s);
    free(s);
  }
}

static void gen_context(jctx *c)
{
  yajl_gen_map_open(c->g);
  for (size_t i = 0; i < NPREFIX; i++) {
    cstr(c, prefixes[i].prefix);
    cstr(c, prefix_iri(c, i));
  }
  for (size_t i = 0; i < NTERM; i++) {
    cstr(c, terms[i].term);
    if (terms[i].is_id) {
      yajl_gen_map_open(c->g);
      cstr(c, "@id");
      cstr(c, terms[i].curie);
      cstr(c, "@type");
      cstr(c, "@id");
      yajl_gen_map_close(c->g);
    } else {
      cstr(c, terms[i].curie);
    }
  }
  yajl_gen_map_close(c->g);
}

/* The term of a predicate IRI, or -1. */
static int find_term(const char *p)
{
  for (size_t i = 0; i < NTERM; i++) {
    const char *colon = strchr(terms[i].curie, ':');
    size_t pl = (size_t)(colon - terms[i].curie);
    for (size_t k = 0; k < NPREFIX; k++)
      if (prefixes[k].iri && strlen(prefixes[k].prefix) == pl &&
          strncmp(prefixes[k].prefix, terms[i].curie, pl) == 0) {
        size_t n = strlen(prefixes[k].iri);
        if (strncmp(p, prefixes[k].iri, n) == 0 && strcmp(p + n, colon + 1) == 0)
          return (int)i;
      }
  }
  return -1;
}

static void value(jctx *c, const raptor_term *o, int term)
{
  int is_id = term >= 0 && terms[term].is_id;
  if (o->type != RAPTOR_TERM_TYPE_LITERAL) {
    if (is_id) {
      term_ref(c, o);
    } else {
      yajl_gen_map_open(c->g);
      cstr(c, "@id");
      term_ref(c, o);
      yajl_gen_map_close(c->g);
    }
    return;
  }
  const char *s = (const char *)o->value.literal.string;
  size_t n = o->value.literal.string_len;
  if (!o->value.literal.datatype && !o->value.literal.language && term >= 0 && !is_id) {
    str(c, s, n);
    return;
  }
  yajl_gen_map_open(c->g);
  cstr(c, "@value");
  str(c, s, n);
  if (o->value.literal.datatype) {
    cstr(c, "@type");
    iri(c, (const char *)raptor_uri_as_string(o->value.literal.datatype));
  } else if (o->value.literal.language) {
    cstr(c, "@language");
    str(c, (const char *)o->value.literal.language, o->value.literal.language_len);
  }
  yajl_gen_map_close(c->g);
}

static int is_type(const raptor_statement *s)
{
  return s->object->type != RAPTOR_TERM_TYPE_LITERAL &&
         strcmp((const char *)raptor_uri_as_string(s->predicate->value.uri),
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") == 0;
}

/* One subject: statements st[a..b) share it (sorted, distinct). */
static void node(jctx *c, raptor_statement **st, size_t a, size_t b)
{
  yajl_gen_map_open(c->g);
  cstr(c, "@id");
  term_ref(c, st[a]->subject);
  size_t nt = 0;
  for (size_t i = a; i < b; i++)
    nt += is_type(st[i]);
  if (nt) {
    cstr(c, "@type");
    if (nt > 1)
      yajl_gen_array_open(c->g);
    for (size_t i = a; i < b; i++)
      if (is_type(st[i]))
        term_ref(c, st[i]->object);
    if (nt > 1)
      yajl_gen_array_close(c->g);
  }
  for (size_t i = a; i < b;) {
    if (is_type(st[i])) {
      i++;
      continue;
    }
    const char *p = (const char *)raptor_uri_as_string(st[i]->predicate->value.uri);
    size_t j = i, nv = 0;
    for (; j < b && raptor_term_equals(st[j]->predicate, st[i]->predicate); j++)
      nv += !is_type(st[j]);
    int t = find_term(p);
    if (t >= 0)
      cstr(c, terms[t].term);
    else
      iri(c, p);
    if (nv > 1)
      yajl_gen_array_open(c->g);
    for (size_t k = i; k < j; k++)
      if (!is_type(st[k]))
        value(c, st[k]->object, t);
    if (nv > 1)
      yajl_gen_array_close(c->g);
    i = j;
  }
  yajl_gen_map_close(c->g);
}

static int cmp_stmt(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a,
                                  *(raptor_statement *const *)b);
}

static void to_file(void *ctx, const char *s, size_t n)
{
  fwrite(s, 1, n, (FILE *)ctx);
}

static yajl_gen new_gen(void)
{
  yajl_gen g = yajl_gen_alloc(NULL);
  if (g) {
    yajl_gen_config(g, yajl_gen_beautify, 1);
    yajl_gen_config(g, yajl_gen_indent_string, "  ");
  }
  return g;
}

kg_status kg_write_jsonld(FILE *out, void **statements, size_t n, const kg_world *w)
{
  jctx c = { new_gen(), w ? kg_world_base(w) : DEFAULT_BASE, w, 0, 0 };
  raptor_statement **st = malloc((n ? n : 1) * sizeof *st);
  if (!c.g || !st) {
    if (c.g)
      yajl_gen_free(c.g);
    free(st);
    return KG_ERR_NOMEM;
  }
  yajl_gen_config(c.g, yajl_gen_print_callback, to_file, (void *)out);
  if (n) {
    memcpy(st, statements, n * sizeof *st);
    qsort(st, n, sizeof *st, cmp_stmt);
  }
  size_t k = 0;  /* distinct, usable statements */
  for (size_t i = 0; i < n; i++) {
    raptor_statement *s = st[i];
    if (!s->subject || !s->predicate || !s->object ||
        s->subject->type == RAPTOR_TERM_TYPE_LITERAL || s->predicate->type != RAPTOR_TERM_TYPE_URI)
      continue;
    if (k > 0 && raptor_statement_compare(st[k - 1], s) == 0)
      continue;
    st[k++] = s;
  }
  yajl_gen_map_open(c.g);
  cstr(&c, "@context");
  gen_context(&c);
  cstr(&c, "@graph");
  yajl_gen_array_open(c.g);
  for (size_t i = 0; i < k;) {
    size_t j = i + 1;
    while (j < k && raptor_term_equals(st[j]->subject, st[i]->subject))
      j++;
    node(&c, st, i, j);
    i = j;
  }
  yajl_gen_array_close(c.g);
  yajl_gen_map_close(c.g);
  yajl_gen_free(c.g);
  free(st);
  if (c.repaired && w)
    kg_logf(kg_world_log(w), KG_LOG_WARN, "jsonld",
            "%zu literal(s) with invalid UTF-8 written with U+FFFD", c.repaired);
  if (c.failed || fputc('\n', out) == EOF || ferror(out)) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "jsonld", c.failed ? "out of memory" : "write error");
    return c.failed ? KG_ERR_NOMEM : KG_ERR_IO;
  }
  return KG_OK;
}

static void to_buf(void *ctx, const char *s, size_t n)
{
  char **b = ctx;
  size_t have = *b ? strlen(*b) : 0;
  char *p = realloc(*b, have + n + 1);
  if (!p)
    return;
  memcpy(p + have, s, n);
  p[have + n] = '\0';
  *b = p;
}

char *kg_jsonld_context_json(const char *base)
{
  char *buf = NULL;
  jctx c = { new_gen(), base ? base : DEFAULT_BASE, NULL, 0, 0 };
  if (!c.g)
    return NULL;
  yajl_gen_config(c.g, yajl_gen_print_callback, to_buf, (void *)&buf);
  yajl_gen_map_open(c.g);
  cstr(&c, "@context");
  gen_context(&c);
  yajl_gen_map_close(c.g);
  yajl_gen_free(c.g);
  if (c.failed) {
    free(buf);
    return NULL;
  }
  return buf;
}
