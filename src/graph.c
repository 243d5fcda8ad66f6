/* graph.c — the only module that knows RDF terms.  Turns the arrays of an
 * annotated kg_doc into the triples of the output contract (DESIGN.md):
 * documents, actors, places, events and relations, with provenance.
 *
 * Owns: IRI minting (no blank nodes: actors from canonical-name keys so
 * graphs merge across documents and runs; events from a hash of their
 * code, arguments and date), ontology terms, deduplication and order.
 * Does not own: serialisation (write.c) or any annotation.
 *
 * Event IRIs: "event-" + 16 hex digits of a hash over the CAMEO code,
 * agent, target, participants, place, factuality and the date; when the
 * event has no date the document id joins the hash, so undated events of
 * different documents never merge by accident, while the same dated event
 * told by two articles shares one node carrying both evidences.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <raptor2.h>
#include "graph.h"
#include "world.h"
#include "sectors.h"

#define NS_KGO "https://w3id.org/kgbuild/ontology#"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_OWL "http://www.w3.org/2002/07/owl#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_PROV "http://www.w3.org/ns/prov#"
#define NS_DCT "http://purl.org/dc/terms/"
#define NS_WD "http://www.wikidata.org/entity/"

/* The IRI terms made last, by hash of the IRI: the same predicates,
 * classes and codes come back in every document (kept per kg_rdf, whose
 * Raptor world they belong to; allocated at the first document). */
#define IRI_MEMO 1024
#define IRI_MEMO_LEN 120
typedef struct iri_memo { raptor_term *t; uint32_t n; char s[IRI_MEMO_LEN]; } iri_memo;

struct kg_rdf {
  raptor_world *rw;
  const kg_world *w;
  iri_memo *memo;       /* IRI_MEMO entries, or NULL */
};

struct kg_graph {
  kg_rdf *rdf;
  raptor_statement **st;
  size_t n, cap;
  int normalized;
};

/* Raptor's messages go through the world's one log handler. */
static void raptor_log(void *user, raptor_log_message *m)
{
  kg_rdf *r = user;
  kg_log_level lv = m->level >= RAPTOR_LOG_LEVEL_ERROR ? KG_LOG_ERROR
                  : m->level == RAPTOR_LOG_LEVEL_WARN ? KG_LOG_WARN : KG_LOG_DEBUG;
  kg_logf(kg_world_log(r->w), lv, "raptor", "%s", m->text ? m->text : "(no message)");
}

kg_rdf *kg_rdf_new(const kg_world *w)
{
  kg_rdf *r = calloc(1, sizeof *r);
  if (!r)
    return NULL;
  r->w = w;
  r->rw = raptor_new_world();
  if (r->rw)
    raptor_world_set_log_handler(r->rw, r, raptor_log);
  if (!r->rw || raptor_world_open(r->rw)) {
    kg_rdf_free(r);
    return NULL;
  }
  return r;
}

void kg_rdf_free(kg_rdf *r)
{
  if (!r)
    return;
  if (r->memo) {
    for (size_t i = 0; i < IRI_MEMO; i++)
      if (r->memo[i].t)
        raptor_free_term(r->memo[i].t);
    free(r->memo);
  }
  if (r->rw)
    raptor_free_world(r->rw);
  free(r);
}

void *kg_rdf_raptor(const kg_rdf *r) { return r->rw; }

kg_graph *kg_graph_new(kg_rdf *rdf)
{
  kg_graph *g = calloc(1, sizeof *g);
  if (g)
    g->rdf = rdf;
  return g;
}

void kg_graph_clear(kg_graph *g)
{
  for (size_t i = 0; i < g->n; i++)
    raptor_free_statement(g->st[i]);
  g->n = 0;
  g->normalized = 0;
}

void kg_graph_free(kg_graph *g)
{
  if (!g)
    return;
  kg_graph_clear(g);
  free(g->st);
  free(g);
}

size_t kg_graph_size(const kg_graph *g) { return g->n; }
void *kg_graph_statement(const kg_graph *g, size_t i) { return i < g->n ? g->st[i] : NULL; }

static int push(kg_graph *g, raptor_statement *s)
{
  if (!s)
    return -1;
  if (g->n == g->cap) {
    size_t nc = g->cap ? g->cap * 2 : 256;
    raptor_statement **p = realloc(g->st, nc * sizeof *p);
    if (!p) {
      raptor_free_statement(s);
      return -1;
    }
    g->st = p;
    g->cap = nc;
  }
  g->st[g->n++] = s;
  g->normalized = 0;
  return 0;
}

/* raptor_term_compare, but a term compared with itself is equal without
 * the call (the IRI memo hands out one term for a document's repeated IRIs:
 * speed); NULL before any term, as Raptor orders it */
static int cmp_term(const raptor_term *x, const raptor_term *y)
{
  if (x == y)
    return 0;
  if (!x || !y)
    return x ? 1 : -1;
  return raptor_term_compare(x, y);
}

/* raptor_statement_compare's order (subject, predicate, object), then the
 * graph */
static int cmp_stmt(const void *a, const void *b)
{
  raptor_statement *x = *(raptor_statement *const *)a, *y = *(raptor_statement *const *)b;
  int c = cmp_term(x->subject, y->subject);
  if (!c)
    c = cmp_term(x->predicate, y->predicate);
  if (!c)
    c = cmp_term(x->object, y->object);
  if (c)
    return c;
  if (x->graph && y->graph)
    return cmp_term(x->graph, y->graph);
  return (x->graph != NULL) - (y->graph != NULL);
}

void kg_graph_normalize(kg_graph *g)
{
  if (g->normalized || g->n == 0)
    return;
  qsort(g->st, g->n, sizeof *g->st, cmp_stmt);
  size_t k = 0;
  for (size_t i = 0; i < g->n; i++) {
    if (k > 0 && cmp_stmt(&g->st[k - 1], &g->st[i]) == 0)
      raptor_free_statement(g->st[i]);
    else
      g->st[k++] = g->st[i];
  }
  g->n = k;
  g->normalized = 1;
}

kg_status kg_graph_merge(kg_graph *g, kg_graph *src)
{
  for (size_t i = 0; i < src->n; i++) {
    if (push(g, src->st[i])) {
      for (size_t j = i + 1; j < src->n; j++)
        raptor_free_statement(src->st[j]);
      src->n = 0;
      return KG_ERR_NOMEM;
    }
  }
  src->n = 0;
  return KG_OK;
}

/* ---------------------------------------------------------------- builder */

/* IRI terms made for one document, by their string (the same predicates,
 * classes, actors and events come back many times): a copy of a kept term
 * is the same IRI, without Raptor's URI lookup. */

typedef struct builder {
  kg_graph *g;
  raptor_world *rw;
  raptor_term *graph;   /* document IRI, the named graph */
  const kg_world *w;
  int failed;
  iri_memo *memo;       /* IRI_MEMO entries, or NULL */
} builder;

static raptor_term *iri(builder *b, const char *ns, const char *local)
{
  char buf[2048];
  size_t nl = strlen(ns), ll = strlen(local);
  if (nl + ll >= sizeof buf) {
    if (snprintf(buf, sizeof buf, "%s%s", ns, local) < 0) buf[0] = '\0';   /* cut to 2047 bytes */
    return raptor_new_term_from_uri_string(b->rw, (const unsigned char *)buf);
  }
  memcpy(buf, ns, nl);
  memcpy(buf + nl, local, ll + 1);
  size_t n = nl + ll;
  if (!b->memo || n >= IRI_MEMO_LEN)
    return raptor_new_term_from_uri_string(b->rw, (const unsigned char *)buf);
  /* the slot by a hash of eight bytes a step (speed: the memo only saves
   * Raptor's look-up, any slot gives the same term) */
  uint64_t hh = 0x9E3779B97F4A7C15ull ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, buf + i, 8);
    hh = (hh ^ w) * 0xFF51AFD7ED558CCDull;
    hh ^= hh >> 29;
  }
  for (; i < n; i++)
    hh = (hh ^ (unsigned char)buf[i]) * 0x100000001B3ull;
  uint32_t h = (uint32_t)(hh ^ (hh >> 32));
  iri_memo *m = &b->memo[(h ^ (h >> 16)) & (IRI_MEMO - 1)];
  if (m->t && m->n == n && memcmp(m->s, buf, n) == 0)
    return raptor_term_copy(m->t);
  raptor_term *t = raptor_new_term_from_uri_string(b->rw, (const unsigned char *)buf);
  if (!t)
    return NULL;
  if (m->t)
    raptor_free_term(m->t);
  m->t = raptor_term_copy(t);
  m->n = (uint32_t)n;
  memcpy(m->s, buf, n);
  return t;
}

/* Literal text with C0 controls other than tab, newline and carriage
 * return (and DEL) replaced by U+FFFD: XML 1.0 cannot carry them, and no
 * output format may differ from the others in what it holds. */
static char *clean_text(const char *s, size_t n, size_t *outn)
{
  char *o = malloc(n * 3 + 1);
  size_t k = 0;
  if (!o)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      o[k++] = (char)0xEF; o[k++] = (char)0xBF; o[k++] = (char)0xBD;
    } else {
      o[k++] = (char)c;
    }
  }
  o[k] = '\0';
  *outn = k;
  return o;
}

static raptor_term *lit(builder *b, const char *s0, size_t n0, const char *xsd_type)
{
  size_t n;
  char *s = clean_text(s0, n0, &n);
  if (!s)
    return NULL;
  raptor_uri *dt = NULL;
  if (xsd_type) {
    char buf[128];
    snprintf(buf, sizeof buf, NS_XSD "%s", xsd_type);
    dt = raptor_new_uri(b->rw, (const unsigned char *)buf);
  }
  raptor_term *t = raptor_new_term_from_counted_literal(b->rw, (const unsigned char *)s, n, dt, NULL, 0);
  if (dt)
    raptor_free_uri(dt);
  free(s);
  return t;
}

/* Adds (s p o); takes the three terms, copies the graph term. */
static void add(builder *b, raptor_term *s, raptor_term *p, raptor_term *o)
{
  if (!s || !p || !o) {
    if (s) raptor_free_term(s);
    if (p) raptor_free_term(p);
    if (o) raptor_free_term(o);
    b->failed = 1;
    return;
  }
  raptor_statement *st = raptor_new_statement_from_nodes(b->rw, s, p, o, raptor_term_copy(b->graph));
  if (push(b->g, st))
    b->failed = 1;
}

static const char *base(builder *b) { return kg_world_base(b->w); }

static raptor_term *actor_term(builder *b, const kg_doc *doc, int32_t a)
{
  return iri(b, base(b), doc->actors[a].key);
}

void kg_graph_doc_iri(const kg_world *w, const kg_doc *doc, char *out, size_t cap)
{
  snprintf(out, cap, "%sdoc-%s", kg_world_base(w), doc->id);
}

/* continues h over s and a 0xff separator (which UTF-8 text never holds) */
static uint64_t hash_str(uint64_t h, const char *s)
{
  if (s)
    h = kg_fnv1a64_update(h, s, strlen(s));
  return kg_fnv1a64_update(h, "\xff", 1);
}

static void event_key(const kg_doc *doc, const kg_event *e, char out[32])
{
  uint64_t h = hash_str(KG_FNV1A64_INIT, e->cameo);
  h = hash_str(h, e->agent >= 0 ? doc->actors[e->agent].key : "");
  h = hash_str(h, e->target >= 0 ? doc->actors[e->target].key : "");
  /* participants in key order, so "A and B met" == "B and A met" */
  const char *pk[KG_EVENT_MAX_PART];
  int np = 0;
  for (int i = 0; i < e->npart && i < KG_EVENT_MAX_PART; i++)
    if (e->part[i] >= 0)
      pk[np++] = doc->actors[e->part[i]].key;
  for (int i = 1; i < np; i++)
    for (int j = i; j > 0 && strcmp(pk[j - 1], pk[j]) > 0; j--) {
      const char *t = pk[j]; pk[j] = pk[j - 1]; pk[j - 1] = t;
    }
  for (int i = 0; i < np; i++)
    h = hash_str(h, pk[i]);
  h = hash_str(h, e->place >= 0 ? doc->actors[e->place].key : "");
  char f[2] = { (char)('0' + e->factuality), 0 };
  h = hash_str(h, f);
  if (e->date_kind != KG_DATE_NONE)
    h = hash_str(h, e->date);
  else
    h = hash_str(h, doc->id);
  snprintf(out, 32, "event-%016llx", (unsigned long long)h);
}

static const char *actor_class(int type)
{
  switch (type) {
  case KG_ACT_PERSON: return "Person";
  case KG_ACT_COUNTRY: return "Country";
  case KG_ACT_ORG: return "Organization";
  default: return "Place";
  }
}

static const char *rel_prop(int kind)
{
  switch (kind) {
  case KG_REL_LEADER: return "leaderOf";
  case KG_REL_OFFICIAL: return "officialOf";
  case KG_REL_MEMBER: return "memberOf";
  default: return "allyOf";
  }
}

static const char *fact_ind(int f)
{
  return f == KG_FACT_HEDGED ? "Hedged" : f == KG_FACT_NEGATED ? "Negated" : "Asserted";
}

/* An http(s) URL that is also a valid IRI (RFC 3987: no spaces, controls
 * or <>"{}|\^`); anything else, such as a --jsonl id holding "> <x", is
 * written as a literal so it can never close the IRI early. */
static int is_url(const char *s)
{
  if (strncmp(s, "http://", 7) != 0 && strncmp(s, "https://", 8) != 0)
    return 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`", *p))
      return 0;
  return 1;
}

static int valid_date(const char *d, int kind)
{
  size_t n = strlen(d);
  return (kind == KG_DATE_DAY && n == 10) || (kind == KG_DATE_MONTH && n == 7) ||
         (kind == KG_DATE_YEAR && n == 4);
}

kg_status kg_graph_add_doc(kg_graph *g, const kg_doc *doc)
{
  if (!g->rdf->memo)
    g->rdf->memo = calloc(IRI_MEMO, sizeof(iri_memo));   /* NULL: no memo */
  builder b = { g, g->rdf->rw, NULL, g->rdf->w, 0, g->rdf->memo };
  char dociri[2048];
  kg_graph_doc_iri(b.w, doc, dociri, sizeof dociri);
  b.graph = raptor_new_term_from_uri_string(b.rw, (const unsigned char *)dociri);
  if (!b.graph) {
    return KG_ERR_NOMEM;
  }
#define D() raptor_term_copy(b.graph)
  add(&b, D(), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, "Document"));
  if (doc->title)
    add(&b, D(), iri(&b, NS_DCT, "title"), lit(&b, doc->title, strlen(doc->title), NULL));
  if (doc->source && strcmp(doc->source, "-") != 0) {
    if (is_url(doc->source))
      add(&b, D(), iri(&b, NS_DCT, "source"),
          raptor_new_term_from_uri_string(b.rw, (const unsigned char *)doc->source));
    else
      add(&b, D(), iri(&b, NS_DCT, "source"), lit(&b, doc->source, strlen(doc->source), NULL));
  }
  if (doc->date[0])
    add(&b, D(), iri(&b, NS_DCT, "date"), lit(&b, doc->date, strlen(doc->date), "date"));

  const kg_dict *dict = kg_world_dict(b.w);
  for (size_t i = 0; i < doc->nactors; i++) {
    const kg_actor *a = &doc->actors[i];
    add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, actor_class(a->type)));
    if (a->type != KG_ACT_PLACE)
      add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, "Actor"));
    add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_RDFS, "label"), lit(&b, a->label, strlen(a->label), NULL));
    for (size_t k = 0; k < a->nalt; k++)
      add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_SKOS, "altLabel"),
          lit(&b, a->alt[k], strlen(a->alt[k]), NULL));
    if (a->wikidata && a->wikidata[0] == 'Q')
      add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_OWL, "sameAs"), iri(&b, NS_WD, a->wikidata));
    add(&b, D(), iri(&b, NS_KGO, "mentions"), actor_term(&b, doc, (int32_t)i));
    const kg_sector *sc = a->sector ? kg_dict_sector_at(dict, a->sector) : NULL;
    if (sc && a->sector_of >= 0 && (size_t)a->sector_of < doc->nactors) {
      /* a sector actor ("Egypt military", sectors.c): its state and sector */
      char code[32];
      add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_KGO, "sectorOf"), actor_term(&b, doc, a->sector_of));
      add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_KGO, "sector"),
          raptor_new_term_from_uri_string(b.rw, (const unsigned char *)sc->iri));
      if (kg_actor_code(dict, doc, (int32_t)i, -1, code, sizeof code) > 0)
        add(&b, actor_term(&b, doc, (int32_t)i), iri(&b, NS_KGO, "actorCode"), lit(&b, code, strlen(code), NULL));
    }
  }

  for (size_t i = 0; i < doc->nrels; i++) {
    const kg_relation *r = &doc->rels[i];
    if (r->subj < 0 || r->obj < 0 || (size_t)r->subj >= doc->nactors || (size_t)r->obj >= doc->nactors)
      continue;
    add(&b, actor_term(&b, doc, r->subj), iri(&b, NS_KGO, rel_prop(r->kind)), actor_term(&b, doc, r->obj));
  }

  for (size_t i = 0; i < doc->nevents; i++) {
    const kg_event *e = &doc->events[i];
    char key[32];
    event_key(doc, e, key);
#define E() iri(&b, base(&b), key)
    add(&b, E(), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, "Event"));
    const kg_cameo *c = kg_dict_cameo(dict, e->cameo);
    if (c && c->class_local)
      add(&b, E(), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, c->class_local));
    if (strlen(e->cameo) == 4) { /* a 4-digit code: also its 3-digit parent class */
      char parent[4] = { e->cameo[0], e->cameo[1], e->cameo[2], 0 };
      const kg_cameo *pc = kg_dict_cameo(dict, parent);
      if (pc && pc->class_local)
        add(&b, E(), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, pc->class_local));
    }
    if (c && c->root && strcmp(c->root, e->cameo) != 0) {
      const kg_cameo *r = kg_dict_cameo(dict, c->root);
      if (r && r->class_local)
        add(&b, E(), iri(&b, NS_RDF, "type"), iri(&b, NS_KGO, r->class_local));
    }
    add(&b, E(), iri(&b, NS_KGO, "cameoCode"), lit(&b, e->cameo, strlen(e->cameo), NULL));
    if (e->agent >= 0)
      add(&b, E(), iri(&b, NS_KGO, "agent"), actor_term(&b, doc, e->agent));
    if (e->target >= 0)
      add(&b, E(), iri(&b, NS_KGO, "target"), actor_term(&b, doc, e->target));
    for (int k = 0; k < e->npart && k < KG_EVENT_MAX_PART; k++)
      if (e->part[k] >= 0)
        add(&b, E(), iri(&b, NS_KGO, "participant"), actor_term(&b, doc, e->part[k]));
    /* the sectors the arguments were named with ("Egyptian soldiers") */
    if (e->agent >= 0 && e->agent_group >= 0 && (size_t)e->agent_group < doc->nactors)
      add(&b, E(), iri(&b, NS_KGO, "agentSector"), actor_term(&b, doc, e->agent_group));
    if (e->target >= 0 && e->target_group >= 0 && (size_t)e->target_group < doc->nactors)
      add(&b, E(), iri(&b, NS_KGO, "targetSector"), actor_term(&b, doc, e->target_group));
    for (int k = 0; k < e->npart && k < KG_EVENT_MAX_PART; k++)
      if (e->part[k] >= 0 && e->part_group[k] >= 0 && (size_t)e->part_group[k] < doc->nactors)
        add(&b, E(), iri(&b, NS_KGO, "participantSector"), actor_term(&b, doc, e->part_group[k]));
    if (e->place >= 0)
      add(&b, E(), iri(&b, NS_KGO, "place"), actor_term(&b, doc, e->place));
    if (e->date_kind != KG_DATE_NONE && valid_date(e->date, e->date_kind))
      add(&b, E(), iri(&b, NS_KGO, "date"),
          lit(&b, e->date, strlen(e->date),
              e->date_kind == KG_DATE_DAY ? "date" : e->date_kind == KG_DATE_MONTH ? "gYearMonth" : "gYear"));
    add(&b, E(), iri(&b, NS_KGO, "factuality"), iri(&b, NS_KGO, fact_ind(e->factuality)));
    if (e->sent < doc->nsents) {
      const kg_sentence *s = &doc->sents[e->sent];
      add(&b, E(), iri(&b, NS_KGO, "evidence"), lit(&b, doc->text + s->start, s->end - s->start, NULL));
    }
    add(&b, E(), iri(&b, NS_PROV, "wasDerivedFrom"), D());
    if (e->during >= 0 && (size_t)e->during < doc->nevents && (size_t)e->during != i) {
      char k2[32];
      event_key(doc, &doc->events[e->during], k2);
      add(&b, E(), iri(&b, NS_KGO, "during"), iri(&b, base(&b), k2));
    }
#undef E
  }
#undef D
  raptor_free_term(b.graph);
  return b.failed ? KG_ERR_NOMEM : KG_OK;
}
