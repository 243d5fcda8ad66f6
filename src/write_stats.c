/* write_stats.c — the summary table of a graph: documents, actors by type,
 * places, events by CAMEO root category, factuality (asserted, hedged,
 * negated), relations by kind, triples.  Read from the triples (through
 * write_view.c), so it counts the same for a graph just built and for a
 * graph file read back.
 * Owns: the counting and the two layouts (an aligned text table, or TSV
 * rows "section<TAB>key<TAB>count" for scripts).
 * Does not own: reading inputs (cli_stats.c) or the triples (graph.c).
 */
#include <stdlib.h>
#include <string.h>
#include "write.h"
#include "write_view.h"
#include "world.h"

typedef struct row { char key[96]; size_t n; } row;

typedef struct rows { row *r; size_t n, cap; } rows;

static int bump(rows *t, const char *key)
{
  for (size_t i = 0; i < t->n; i++)
    if (strcmp(t->r[i].key, key) == 0) {
      t->r[i].n++;
      return 0;
    }
  if (t->n == t->cap) {
    size_t nc = t->cap ? t->cap * 2 : 16;
    row *p = realloc(t->r, nc * sizeof *p);
    if (!p)
      return -1;
    t->r = p;
    t->cap = nc;
  }
  snprintf(t->r[t->n].key, sizeof t->r[t->n].key, "%s", key);
  t->r[t->n++].n = 1;
  return 0;
}

static int cmp_row(const void *a, const void *b)
{
  return strcmp(((const row *)a)->key, ((const row *)b)->key);
}

static int is_relation(const kg_view *v, const kg_vedge *e)
{
  kg_vkind a = v->nodes[e->from].kind, b = v->nodes[e->to].kind;
  return a >= KG_VK_PERSON && a <= KG_VK_PLACE && b >= KG_VK_PERSON && b <= KG_VK_PLACE;
}

static void line(FILE *f, int tsv, const char *section, const char *key, size_t n)
{
  if (tsv)
    fprintf(f, "%s\t%s\t%zu\n", section, key, n);
  else
    fprintf(f, "  %-40s %8zu\n", key, n);
}

static void head(FILE *f, int tsv, const char *title)
{
  if (!tsv)
    fprintf(f, "%s\n", title);
}

kg_status kg_write_stats(FILE *f, void **statements, size_t n, const kg_world *w, int tsv)
{
  kg_view *v = kg_view_new(statements, n, w);
  if (!v)
    return KG_ERR_NOMEM;
  size_t kinds[KG_VK_COUNT] = { 0 }, fact[3] = { 0 };
  rows cat = { 0 }, rel = { 0 };
  int failed = 0;
  const kg_dict *dict = w ? kg_world_dict(w) : NULL;
  for (size_t i = 0; i < v->nnodes; i++) {
    const kg_vnode *nd = &v->nodes[i];
    kinds[nd->kind]++;
    if (nd->kind != KG_VK_EVENT)
      continue;
    char key[96], root[3] = "??";
    const char *rc = nd->cameo_root;
    if (!rc && nd->cameo && strlen(nd->cameo) >= 2) {
      memcpy(root, nd->cameo, 2);
      rc = root;
    }
    const char *name = nd->root_name;
    if (!name && rc && dict) {
      const kg_cameo *c = kg_dict_cameo(dict, rc);
      name = c ? c->name : NULL;
    }
    snprintf(key, sizeof key, "%s %s", rc ? rc : "??", name ? name : "(unknown code)");
    failed |= bump(&cat, key);
    if (nd->factuality && strcmp(nd->factuality, "Hedged") == 0) fact[1]++;
    else if (nd->factuality && strcmp(nd->factuality, "Negated") == 0) fact[2]++;
    else fact[0]++;
  }
  size_t nrel = 0;
  for (size_t i = 0; i < v->nedges; i++)
    if (is_relation(v, &v->edges[i])) {
      failed |= bump(&rel, v->edges[i].rel);
      nrel++;
    }
  if (cat.n)
    qsort(cat.r, cat.n, sizeof *cat.r, cmp_row);
  if (rel.n)
    qsort(rel.r, rel.n, sizeof *rel.r, cmp_row);

  size_t nact = kinds[KG_VK_PERSON] + kinds[KG_VK_COUNTRY] + kinds[KG_VK_ORG];
  head(f, tsv, "Graph");
  line(f, tsv, "graph", "documents", kinds[KG_VK_DOCUMENT]);
  line(f, tsv, "graph", "triples", v->ntriples);
  head(f, tsv, "Actors by type");
  line(f, tsv, "actors", "Person", kinds[KG_VK_PERSON]);
  line(f, tsv, "actors", "Country", kinds[KG_VK_COUNTRY]);
  line(f, tsv, "actors", "Organization", kinds[KG_VK_ORG]);
  line(f, tsv, "actors", "total", nact);
  head(f, tsv, "Places");
  line(f, tsv, "places", "Place", kinds[KG_VK_PLACE]);
  head(f, tsv, "Events by CAMEO root category");
  for (size_t i = 0; i < cat.n; i++)
    line(f, tsv, "events", cat.r[i].key, cat.r[i].n);
  line(f, tsv, "events", "total", kinds[KG_VK_EVENT]);
  head(f, tsv, "Factuality of events");
  line(f, tsv, "factuality", "Asserted", fact[0]);
  line(f, tsv, "factuality", "Hedged", fact[1]);
  line(f, tsv, "factuality", "Negated", fact[2]);
  head(f, tsv, "Relations between actors");
  for (size_t i = 0; i < rel.n; i++)
    line(f, tsv, "relations", rel.r[i].key, rel.r[i].n);
  line(f, tsv, "relations", "total", nrel);
  free(cat.r);
  free(rel.r);
  kg_view_free(v);
  if (failed)
    return KG_ERR_NOMEM;
  return ferror(f) ? KG_ERR_IO : KG_OK;
}
