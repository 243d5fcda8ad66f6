/* write_view.c — the node-and-edge view of a set of triples, for the
 * writers that export or draw a network (GraphML, HTML, SVG) and for the
 * statistics table; and XML text escaping shared by those writers.
 *
 * Owns: reading the terms of the output contract (DESIGN.md) back out of
 * raptor statements, whatever produced them (graph.c or a parsed file), so
 * every consumer sees the same nodes, kinds, labels and edges.  Unknown
 * predicates with IRI objects become edges named by their local name;
 * unknown literal properties are ignored.
 * Does not own: the triples (graph.c) or any output syntax (write_*.c).
 */
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include "write_view.h"
#include "world.h"

#define NS_KGO "https://w3id.org/kgbuild/ontology#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define OWL_SAMEAS "http://www.w3.org/2002/07/owl#sameAs"
#define DCT "http://purl.org/dc/terms/"

/* ------------------------------------------------------------ node index */

typedef struct vbuild {
  kg_view *v;
  size_t *slots;       /* node index + 1, 0 = empty */
  size_t nslots;
  int failed;
} vbuild;

static size_t hash(const char *s)
{
  size_t h = 1469598103934665603ULL;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ULL;
  return h;
}

static int rehash(vbuild *b, size_t nslots)
{
  size_t *s = calloc(nslots, sizeof *s);
  if (!s)
    return -1;
  for (size_t i = 0; i < b->v->nnodes; i++) {
    size_t h = hash(b->v->nodes[i].iri) & (nslots - 1);
    while (s[h])
      h = (h + 1) & (nslots - 1);
    s[h] = i + 1;
  }
  free(b->slots);
  b->slots = s;
  b->nslots = nslots;
  return 0;
}

static char *term_key(const raptor_term *t)
{
  if (t->type == RAPTOR_TERM_TYPE_URI)
    return strdup((const char *)raptor_uri_as_string(t->value.uri));
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    size_t n = t->value.blank.string_len;
    char *s = malloc(n + 3);
    if (s) {
      memcpy(s, "_:", 2);
      memcpy(s + 2, t->value.blank.string, n);
      s[n + 2] = '\0';
    }
    return s;
  }
  return NULL;
}

/* Index of the node for an IRI/blank term, created when new; (size_t)-1
 * on failure. */
static size_t node_get(vbuild *b, const raptor_term *t)
{
  kg_view *v = b->v;
  char *key = term_key(t);
  if (!key) {
    b->failed = 1;
    return (size_t)-1;
  }
  if (b->nslots == 0 || (v->nnodes + 1) * 2 > b->nslots) {
    if (rehash(b, b->nslots ? b->nslots * 2 : 64)) {
      free(key);
      b->failed = 1;
      return (size_t)-1;
    }
  }
  size_t h = hash(key) & (b->nslots - 1);
  while (b->slots[h]) {
    if (strcmp(v->nodes[b->slots[h] - 1].iri, key) == 0) {
      free(key);
      return b->slots[h] - 1;
    }
    h = (h + 1) & (b->nslots - 1);
  }
  if (v->nnodes == v->nodes_cap) {
    size_t nc = v->nodes_cap ? v->nodes_cap * 2 : 64;
    kg_vnode *p = realloc(v->nodes, nc * sizeof *p);
    if (!p) {
      free(key);
      b->failed = 1;
      return (size_t)-1;
    }
    v->nodes = p;
    v->nodes_cap = nc;
  }
  kg_vnode *n = &v->nodes[v->nnodes];
  memset(n, 0, sizeof *n);
  n->iri = key;
  b->slots[h] = ++v->nnodes;
  return v->nnodes - 1;
}

static const char *local_name(const char *iri)
{
  const char *h = strrchr(iri, '#'), *s = strrchr(iri, '/');
  const char *p = h && (!s || h > s) ? h : s;
  return p && p[1] ? p + 1 : iri;
}

static char *lit_dup(const raptor_term *t)
{
  if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
    char *s = malloc(t->value.literal.string_len + 1);
    if (s) {
      memcpy(s, t->value.literal.string, t->value.literal.string_len);
      s[t->value.literal.string_len] = '\0';
    }
    return s;
  }
  return term_key(t);
}

static void set_once(vbuild *b, char **slot, const raptor_term *o)
{
  if (*slot)
    return;
  if (!(*slot = lit_dup(o)))
    b->failed = 1;
}

static void push_str(vbuild *b, char ***arr, size_t *n, const raptor_term *o)
{
  char *s = lit_dup(o);
  char **p = s ? realloc(*arr, (*n + 1) * sizeof *p) : NULL;
  if (!p) {
    free(s);
    b->failed = 1;
    return;
  }
  p[(*n)++] = s;
  *arr = p;
}

static void add_edge(vbuild *b, size_t from, size_t to, const char *rel)
{
  kg_view *v = b->v;
  if (from == (size_t)-1 || to == (size_t)-1)
    return;
  if (v->nedges == v->edges_cap) {
    size_t nc = v->edges_cap ? v->edges_cap * 2 : 64;
    kg_vedge *p = realloc(v->edges, nc * sizeof *p);
    if (!p) {
      b->failed = 1;
      return;
    }
    v->edges = p;
    v->edges_cap = nc;
  }
  v->edges[v->nedges].from = from;
  v->edges[v->nedges].to = to;
  v->edges[v->nedges].rel = rel;
  v->nedges++;
}

static const struct { const char *local; kg_vkind kind; } kinds[] = {
  { "Person", KG_VK_PERSON }, { "Country", KG_VK_COUNTRY },
  { "Organization", KG_VK_ORG }, { "Place", KG_VK_PLACE },
  { "Event", KG_VK_EVENT }, { "Document", KG_VK_DOCUMENT },
};

/* Relation names are interned: edges point into this table or into
 * the view's own list of unknown names. */
static const char *const known_rels[] = {
  "agent", "target", "participant", "place", "leaderOf", "officialOf",
  "memberOf", "allyOf", "during", "mentions", "wasDerivedFrom", "source",
};

typedef struct relname { struct relname *next; char name[]; } relname;
static const char *intern_rel(vbuild *b, relname **extra, const char *name)
{
  for (size_t i = 0; i < sizeof known_rels / sizeof known_rels[0]; i++)
    if (strcmp(known_rels[i], name) == 0)
      return known_rels[i];
  for (relname *r = *extra; r; r = r->next)
    if (strcmp(r->name, name) == 0)
      return r->name;
  relname *r = malloc(sizeof *r + strlen(name) + 1);
  if (!r) {
    b->failed = 1;
    return "related";
  }
  strcpy(r->name, name);
  r->next = *extra;
  *extra = r;
  return r->name;
}

/* The view keeps its unknown relation names on a list hidden behind the
 * public struct. */
typedef struct view_full {
  kg_view v;
  relname *extra;
} view_full;

static void one_statement(vbuild *b, relname **extra, const raptor_statement *st)
{
  const raptor_term *s = st->subject, *p = st->predicate, *o = st->object;
  if (!s || !p || !o || p->type != RAPTOR_TERM_TYPE_URI ||
      s->type == RAPTOR_TERM_TYPE_LITERAL)
    return;
  size_t si = node_get(b, s);
  if (si == (size_t)-1)
    return;
  const char *pi = (const char *)raptor_uri_as_string(p->value.uri);
  int o_lit = o->type == RAPTOR_TERM_TYPE_LITERAL;
  const char *oi = o->type == RAPTOR_TERM_TYPE_URI
                   ? (const char *)raptor_uri_as_string(o->value.uri) : NULL;
  kg_vnode *n;
#define N (&b->v->nodes[si])
  if (strcmp(pi, RDF_TYPE) == 0) {
    if (oi && strncmp(oi, NS_KGO, strlen(NS_KGO)) == 0)
      for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strcmp(oi + strlen(NS_KGO), kinds[k].local) == 0) {
          n = N;
          /* a specific kind wins over Event/Document seen first */
          if (n->kind == KG_VK_OTHER || kinds[k].kind < n->kind)
            n->kind = kinds[k].kind;
        }
    return;
  }
  if (o_lit && (strcmp(pi, RDFS_LABEL) == 0 || strcmp(pi, DCT "title") == 0)) {
    set_once(b, &N->label, o);
    return;
  }
  if (strcmp(pi, SKOS_ALT) == 0 && o_lit) {
    n = N;
    push_str(b, &n->alt, &n->nalt, o);
    return;
  }
  if (strcmp(pi, OWL_SAMEAS) == 0 && oi) {
    set_once(b, &N->wikidata, o);
    return;
  }
  if (strcmp(pi, DCT "source") == 0 && (o_lit || oi)) {
    set_once(b, &N->source, o);
    return;
  }
  if (strncmp(pi, NS_KGO, strlen(NS_KGO)) == 0) {
    const char *l = pi + strlen(NS_KGO);
    if (o_lit && strcmp(l, "cameoCode") == 0) {
      set_once(b, &N->cameo, o);
      return;
    }
    if (o_lit && strcmp(l, "date") == 0) {
      set_once(b, &N->date, o);
      return;
    }
    if (o_lit && strcmp(l, "evidence") == 0) {
      n = N;
      push_str(b, &n->evidence, &n->nevidence, o);
      return;
    }
    if (oi && strcmp(l, "factuality") == 0) {
      if (!N->factuality && !(N->factuality = strdup(local_name(oi))))
        b->failed = 1;
      return;
    }
  }
  if (o_lit && strcmp(pi, DCT "date") == 0) {
    set_once(b, &N->date, o);
    return;
  }
  if (!o_lit) {
    size_t oi_idx = node_get(b, o);
    add_edge(b, si, oi_idx, intern_rel(b, extra, local_name(pi)));
  }
#undef N
}

static int cmp_stmt(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a,
                                  *(raptor_statement *const *)b);
}

kg_view *kg_view_new(void **statements, size_t n, const kg_world *w)
{
  view_full *vf = calloc(1, sizeof *vf);
  if (!vf)
    return NULL;
  kg_view *v = &vf->v;
  raptor_statement **st = malloc((n ? n : 1) * sizeof *st);
  if (!st) {
    free(vf);
    return NULL;
  }
  if (n) {
    memcpy(st, statements, n * sizeof *st);
    qsort(st, n, sizeof *st, cmp_stmt);
  }
  vbuild b = { v, NULL, 0, 0 };
  for (size_t i = 0; i < n && !b.failed; i++) {
    if (i > 0 && raptor_statement_compare(st[i - 1], st[i]) == 0)
      continue;
    v->ntriples++;
    one_statement(&b, &vf->extra, st[i]);
  }
  free(st);
  free(b.slots);
  const kg_dict *dict = w ? kg_world_dict(w) : NULL;
  for (size_t i = 0; i < v->nedges; i++) {
    kg_vedge *e = &v->edges[i];
    v->nodes[e->from].degree++;
    v->nodes[e->to].degree++;
    /* an event's source: its first document's dcterms:source */
    if (strcmp(e->rel, "wasDerivedFrom") == 0 && !v->nodes[e->from].source &&
        v->nodes[e->to].source && !(v->nodes[e->from].source = strdup(v->nodes[e->to].source)))
      b.failed = 1;
  }
  for (size_t i = 0; i < v->nnodes && dict; i++) {
    kg_vnode *nd = &v->nodes[i];
    const kg_cameo *c = nd->cameo ? kg_dict_cameo(dict, nd->cameo) : NULL;
    if (!c)
      continue;
    nd->cameo_name = c->name;
    nd->goldstein = c->goldstein;
    nd->has_goldstein = 1;
    nd->cameo_root = c->root;
    const kg_cameo *r = c->root ? kg_dict_cameo(dict, c->root) : NULL;
    nd->root_name = r ? r->name : NULL;
  }
  if (b.failed) {
    kg_view_free(v);
    return NULL;
  }
  return v;
}

static void free_strs(char **a, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free(a[i]);
  free(a);
}

void kg_view_free(kg_view *v)
{
  if (!v)
    return;
  for (size_t i = 0; i < v->nnodes; i++) {
    kg_vnode *n = &v->nodes[i];
    free(n->iri); free(n->label); free(n->cameo); free(n->date);
    free(n->factuality); free(n->wikidata); free(n->source);
    free_strs(n->evidence, n->nevidence);
    free_strs(n->alt, n->nalt);
  }
  free(v->nodes);
  free(v->edges);
  view_full *vf = (view_full *)v;
  while (vf->extra) {
    relname *r = vf->extra->next;
    free(vf->extra);
    vf->extra = r;
  }
  free(vf);
}

const char *kg_vkind_name(kg_vkind k)
{
  static const char *const names[KG_VK_COUNT] = {
    "Other", "Person", "Country", "Organization", "Place", "Event", "Document"
  };
  return (unsigned)k < KG_VK_COUNT ? names[k] : "Other";
}

const char *kg_vnode_text(const kg_vnode *n)
{
  if (n->label && n->label[0])
    return n->label;
  if (n->cameo_name)
    return n->cameo_name;
  return local_name(n->iri);
}

int kg_vnode_drawn(const kg_vnode *n)
{
  return n->kind != KG_VK_DOCUMENT && n->kind != KG_VK_OTHER;
}

int kg_vedge_drawn(const kg_view *v, const kg_vedge *e)
{
  return kg_vnode_drawn(&v->nodes[e->from]) && kg_vnode_drawn(&v->nodes[e->to]);
}

/* ---------------------------------------------------------------- text */

/* Decodes one UTF-8 character; returns its length and sets *cp, or returns
 * 1 with *cp = -1 for an invalid byte. */
static size_t utf8_next(const unsigned char *s, long *cp)
{
  unsigned c = s[0];
  size_t n;
  long v;
  if (c < 0x80) { *cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { n = 2; v = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; v = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; v = c & 0x07; }
  else { *cp = -1; return 1; }
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) { *cp = -1; return 1; }
    v = (v << 6) | (s[i] & 0x3F);
  }
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF)) {
    *cp = -1;
    return 1;
  }
  *cp = v;
  return n;
}

static int xml_char_ok(long c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

int kg_xml_puts(FILE *f, const char *s0, int attr)
{
  const unsigned char *s = (const unsigned char *)(s0 ? s0 : "");
  int rc = 0;
  while (*s && rc != EOF) {
    long cp;
    size_t n = utf8_next(s, &cp);
    const char *rep = NULL;
    if (cp < 0 || !xml_char_ok(cp) || cp == 0x7F) rep = "\xEF\xBF\xBD";
    else if (cp == '&') rep = "&amp;";
    else if (cp == '<') rep = "&lt;";
    else if (cp == '>') rep = "&gt;";
    else if (cp == '"') rep = "&quot;";
    else if (cp == '\r') rep = "&#13;";
    else if (attr && cp == '\n') rep = "&#10;";
    else if (attr && cp == '\t') rep = "&#9;";
    if (rep)
      rc = fputs(rep, f);
    else
      rc = fwrite(s, 1, n, f) == n ? 0 : EOF;
    s += n;
  }
  return rc == EOF ? EOF : 0;
}

char *kg_view_clip(const char *s0, size_t max)
{
  const unsigned char *s = (const unsigned char *)(s0 ? s0 : "");
  size_t len = strlen((const char *)s);
  char *o = malloc(len * 3 + 8);
  if (!o)
    return NULL;
  size_t k = 0;
  while (*s) {
    long cp;
    size_t n = utf8_next(s, &cp);
    const char *rep = NULL;
    if (cp == '\n' || cp == '\t' || cp == '\r') rep = " ";
    else if (cp < 0 || !xml_char_ok(cp) || cp == 0x7F) rep = "\xEF\xBF\xBD";
    size_t add = rep ? strlen(rep) : n;
    if (k + add > max) {
      memcpy(o + k, "\xE2\x80\xA6", 3);
      k += 3;
      break;
    }
    memcpy(o + k, rep ? rep : (const char *)s, add);
    k += add;
    s += n;
  }
  o[k] = '\0';
  return o;
}
