/* write_graphml.c — the graph as GraphML for Gephi, Cytoscape and yEd.
 * Owns: the GraphML document: one <node> per resource of the view
 * (actors, places, events, documents), one directed <edge> per link
 * between them, and typed <key> declarations (string, int, double) for
 * their attributes, declared before the graph as the GraphML schema
 * requires.  Node and edge ids are positional ("n0", "e0") after the view's
 * order, so the same graph gives the same file.
 * Does not own: which triples exist (graph.c) or reading them (write_view.c).
 */
#include <stdlib.h>
#include <string.h>
#include "write.h"
#include "write_view.h"
#include "world.h"

typedef struct key { const char *id, *for_, *name, *type; } key;
static const key keys[] = {
  { "label", "node", "label", "string" },
  { "kind", "node", "kind", "string" },
  { "iri", "node", "iri", "string" },
  { "cameo", "node", "cameoCode", "string" },
  { "cameoName", "node", "cameoName", "string" },
  { "cameoRoot", "node", "cameoRoot", "string" },
  { "goldstein", "node", "goldstein", "double" },
  { "date", "node", "date", "string" },
  { "factuality", "node", "factuality", "string" },
  { "evidence", "node", "evidence", "string" },
  { "nEvidence", "node", "evidenceCount", "int" },
  { "source", "node", "source", "string" },
  { "wikidata", "node", "wikidata", "string" },
  { "altLabels", "node", "altLabels", "string" },
  { "degree", "node", "degree", "int" },
  { "relation", "edge", "relation", "string" },
};

static void data(FILE *f, const char *k, const char *v)
{
  if (!v)
    return;
  fprintf(f, "      <data key=\"%s\">", k);
  kg_xml_puts(f, v, 0);
  fputs("</data>\n", f);
}

static void data_join(FILE *f, const char *k, char **v, size_t n, const char *sep)
{
  if (n == 0)
    return;
  fprintf(f, "      <data key=\"%s\">", k);
  for (size_t i = 0; i < n; i++) {
    if (i)
      fputs(sep, f);
    kg_xml_puts(f, v[i], 0);
  }
  fputs("</data>\n", f);
}

kg_status kg_write_graphml(FILE *f, void **statements, size_t n, const kg_world *w)
{
  kg_view *v = kg_view_new(statements, n, w);
  if (!v) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "graphml", "out of memory");
    return KG_ERR_NOMEM;
  }
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n", f);
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    fprintf(f, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
            keys[i].id, keys[i].for_, keys[i].name, keys[i].type);
  fputs("  <graph id=\"kgbuild\" edgedefault=\"directed\">\n", f);
  for (size_t i = 0; i < v->nnodes; i++) {
    const kg_vnode *nd = &v->nodes[i];
    char num[64];
    fprintf(f, "    <node id=\"n%zu\">\n", i);
    data(f, "label", kg_vnode_text(nd));
    data(f, "kind", kg_vkind_name(nd->kind));
    data(f, "iri", nd->iri);
    data(f, "cameo", nd->cameo);
    data(f, "cameoName", nd->cameo_name);
    data(f, "cameoRoot", nd->cameo_root);
    if (nd->has_goldstein) {
      snprintf(num, sizeof num, "%.1f", nd->goldstein);
      data(f, "goldstein", num);
    }
    data(f, "date", nd->date);
    data(f, "factuality", nd->factuality);
    data_join(f, "evidence", nd->evidence, nd->nevidence, "\n");
    if (nd->kind == KG_VK_EVENT) {
      snprintf(num, sizeof num, "%zu", nd->nevidence);
      data(f, "nEvidence", num);
    }
    data(f, "source", nd->source);
    data(f, "wikidata", nd->wikidata);
    data_join(f, "altLabels", nd->alt, nd->nalt, "; ");
    snprintf(num, sizeof num, "%zu", nd->degree);
    data(f, "degree", num);
    fputs("    </node>\n", f);
  }
  for (size_t i = 0; i < v->nedges; i++) {
    const kg_vedge *e = &v->edges[i];
    fprintf(f, "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\">\n", i, e->from, e->to);
    data(f, "relation", e->rel);
    fputs("    </edge>\n", f);
  }
  fputs("  </graph>\n</graphml>\n", f);
  kg_view_free(v);
  if (ferror(f)) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "graphml", "write error");
    return KG_ERR_IO;
  }
  return KG_OK;
}
