/* write_svg.c — the graph drawn as SVG by Graphviz (libgvc), optional.
 * Owns: the drawing: actors as ellipses filled by type (person, country,
 * organisation) and places as grey notes; events as small boxes labelled
 * with their CAMEO name and date, filled by factuality, with the evidence
 * sentence as tooltip; agent edges drawn agent -> event, target edges
 * event -> target, participants dashed, relations between actors labelled.
 * Layout: left to right "dot" up to 25 events, "neato" (force-directed,
 * overlaps removed) up to 400 drawn nodes, "sfdp" beyond.  Graphviz's
 * own messages go to the world's logger.
 * Built only when configure found libgvc (HAVE_GVC); otherwise -f svg
 * reports that and fails.
 * Does not own: the triples (graph.c) or reading them (write_view.c).
 */
#include <stdlib.h>
#include <string.h>
#include "write.h"
#include "write_view.h"
#include "world.h"

#ifndef HAVE_GVC

int kg_write_svg_available(void) { return 0; }

kg_status kg_write_svg(FILE *out, void **statements, size_t n, const kg_world *w)
{
  (void)out; (void)statements; (void)n;
  if (w)
    kg_logf(kg_world_log(w), KG_LOG_ERROR, "svg",
            "this kgbuild was built without Graphviz: install libgraphviz-dev and "
            "re-run configure, or write -f dot and run 'dot -Tsvg'");
  return KG_ERR_USAGE;
}

#else
#include <gvc.h>

int kg_write_svg_available(void) { return 1; }

static const kg_logger *gv_log;

static int gv_err(char *msg)
{
  size_t n = msg ? strlen(msg) : 0;
  while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
    msg[--n] = '\0';
  if (gv_log && n)
    kg_logf(gv_log, KG_LOG_WARN, "graphviz", "%s", msg);
  return 0;
}

/* A Graphviz escString: backslashes doubled (so "\N" or "\n" in a text stay
 * as typed), controls removed, cut to max bytes. */
static char *gv_text(const char *s, size_t max)
{
  char *c = kg_view_clip(s, max);
  if (!c)
    return NULL;
  size_t nb = 0;
  for (char *p = c; *p; p++)
    nb += *p == '\\';
  char *o = malloc(strlen(c) + nb + 1);
  if (o) {
    char *q = o;
    for (char *p = c; *p; p++) {
      if (*p == '\\')
        *q++ = '\\';
      *q++ = *p;
    }
    *q = '\0';
  }
  free(c);
  return o;
}

static void set(void *obj, const char *name, const char *value)
{
  agsafeset(obj, (char *)name, (char *)value, "");
}

static void set_text(void *obj, const char *name, const char *value, size_t max)
{
  char *t = gv_text(value, max);
  if (t) {
    set(obj, name, t);
    free(t);
  }
}

static const char *kind_color(kg_vkind k)
{
  switch (k) {
  case KG_VK_PERSON: return "#aec7e8";
  case KG_VK_COUNTRY: return "#98df8a";
  case KG_VK_ORG: return "#c5b0d5";
  case KG_VK_PLACE: return "#e0e0e0";
  default: return "#ffffff";
  }
}

static const char *fact_color(const char *f)
{
  if (f && strcmp(f, "Hedged") == 0) return "#ffe08a";
  if (f && strcmp(f, "Negated") == 0) return "#f4a3a3";
  return "#ffd2a6";
}

static const char *edge_color(const char *rel)
{
  if (strcmp(rel, "agent") == 0) return "#c0392b";
  if (strcmp(rel, "target") == 0) return "#2c6fbb";
  if (strcmp(rel, "place") == 0) return "#8c564b";
  if (strcmp(rel, "participant") == 0) return "#777777";
  return "#2e7d32";
}

kg_status kg_write_svg(FILE *out, void **statements, size_t n, const kg_world *w)
{
  kg_view *v = kg_view_new(statements, n, w);
  if (!v) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "svg", "out of memory");
    return KG_ERR_NOMEM;
  }
  gv_log = w ? kg_world_log(w) : NULL;
  agusererrf old = agseterrf(gv_err);
  /* One Graphviz context for the whole process: freeing a context and
   * making a new one leaves libgvc's text-size cache pointing at freed
   * font names (a use-after-free AddressSanitizer finds in Debian 12's
   * libgvc 2.42 on the second SVG of a process). */
  static GVC_t *gvc_shared;
  if (!gvc_shared)
    gvc_shared = gvContext();
  GVC_t *gvc = gvc_shared;
  Agraph_t *g = gvc ? agopen("kgbuild", Agdirected, NULL) : NULL;
  Agnode_t **nodes = calloc(v->nnodes + 1, sizeof *nodes);
  kg_status st = KG_OK;
  if (!gvc || !g || !nodes) {
    st = KG_ERR_NOMEM;
    goto done;
  }
  size_t ndrawn = 0;
  for (size_t i = 0; i < v->nnodes; i++)
    ndrawn += kg_vnode_drawn(&v->nodes[i]);
  int big = ndrawn > 400;
  set(g, "rankdir", "LR");
  set(g, "fontname", "Helvetica");
  set(g, "bgcolor", "white");
  set(g, "nodesep", "0.15");
  set(g, "ranksep", "0.5");
  set(g, "outputorder", "edgesfirst");
  agattr(g, AGNODE, "fontname", "Helvetica");
  agattr(g, AGNODE, "style", "filled");
  agattr(g, AGEDGE, "fontname", "Helvetica");
  agattr(g, AGEDGE, "fontsize", "9");
  agattr(g, AGEDGE, "arrowsize", "0.6");
  for (size_t i = 0; i < v->nnodes; i++) {
    const kg_vnode *nd = &v->nodes[i];
    if (!kg_vnode_drawn(nd))
      continue;
    char name[32];
    snprintf(name, sizeof name, "n%zu", i);
    Agnode_t *an = agnode(g, name, 1);
    if (!an) {
      st = KG_ERR_NOMEM;
      goto done;
    }
    nodes[i] = an;
    set_text(an, "tooltip", nd->iri, 400);
    if (nd->kind == KG_VK_EVENT) {
      char lab[256];
      char *nm = gv_text(nd->cameo_name ? nd->cameo_name : nd->cameo ? nd->cameo : "event", 60);
      char *ns = nm ? strstr(nm, ", not specified below") : NULL;
      if (ns && ns[strlen(", not specified below")] == '\0')
        *ns = '\0';
      snprintf(lab, sizeof lab, "%s%s%s", nm ? nm : "event", nd->date ? "\\n" : "", nd->date ? nd->date : "");
      free(nm);
      set(an, "label", lab);
      set(an, "shape", "box");
      set(an, "style", "filled,rounded");
      set(an, "fontsize", "9");
      set(an, "height", "0.3");
      set(an, "margin", "0.05,0.02");
      set(an, "fillcolor", fact_color(nd->factuality));
      if (nd->factuality && strcmp(nd->factuality, "Negated") == 0)
        set(an, "style", "filled,rounded,dashed");
      if (nd->nevidence)
        set_text(an, "tooltip", nd->evidence[0], 400);
    } else {
      set_text(an, "label", kg_vnode_text(nd), 50);
      set(an, "shape", nd->kind == KG_VK_PLACE ? "note" : "ellipse");
      set(an, "fontsize", "12");
      set(an, "fillcolor", kind_color(nd->kind));
    }
  }
  for (size_t i = 0; i < v->nedges; i++) {
    const kg_vedge *e = &v->edges[i];
    if (!nodes[e->from] || !nodes[e->to] || e->from == e->to)
      continue;
    /* agent: actor -> event, so an event reads "agent -> event -> target" */
    int rev = strcmp(e->rel, "agent") == 0;
    Agedge_t *ae = agedge(g, nodes[rev ? e->to : e->from], nodes[rev ? e->from : e->to], NULL, 1);
    if (!ae) {
      st = KG_ERR_NOMEM;
      goto done;
    }
    set(ae, "color", edge_color(e->rel));
    if (strcmp(e->rel, "participant") == 0) {
      set(ae, "style", "dashed");
      set(ae, "dir", "none");
    } else if (strcmp(e->rel, "place") == 0) {
      set(ae, "style", "dotted");
    } else if (strcmp(e->rel, "agent") != 0 && strcmp(e->rel, "target") != 0) {
      set_text(ae, "label", e->rel, 40);
      set(ae, "fontcolor", edge_color(e->rel));
    }
  }
  set(g, "fontsize", "10");
  set(g, "labelloc", "b");
  set(g, "labeljust", "l");
  set(g, "label", "Actors: blue person, green country, purple organisation, grey note place.  "
      "Events: boxes (orange asserted, yellow hedged, red negated).  "
      "Red arrow: agent to event; blue arrow: event to target; dashed: participant.");
  if (ndrawn == 0) {
    Agnode_t *an = agnode(g, "empty", 1);
    if (an) {
      set(an, "label", "no actors or events");
      set(an, "shape", "plaintext");
      set(an, "style", "");
    }
  }
  /* dot reads left to right for a short article; a force layout keeps
   * a long one compact (neato), sfdp scales to the largest */
  size_t nev = 0;
  for (size_t i = 0; i < v->nnodes; i++)
    nev += v->nodes[i].kind == KG_VK_EVENT;
  const char *engine = big ? "sfdp" : nev > 25 ? "neato" : "dot";
  if (strcmp(engine, "dot") != 0) {
    set(g, "overlap", "prism");
    set(g, "sep", "+6");
  }
  if (gvLayout(gvc, g, engine) != 0) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "svg",
              "Graphviz layout failed (are the Graphviz plugins installed? try 'dot -c')");
    st = KG_ERR_IO;
    goto done;
  }
  if (gvRender(gvc, g, "svg", out) != 0) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "svg", "Graphviz could not render SVG");
    st = KG_ERR_IO;
  }
  gvFreeLayout(gvc, g);
  if (st == KG_OK && ferror(out))
    st = KG_ERR_IO;
done:
  if (g)
    agclose(g);
  agseterrf(old);
  gv_log = NULL;
  free(nodes);
  kg_view_free(v);
  if (st == KG_ERR_NOMEM && w)
    kg_logf(kg_world_log(w), KG_LOG_ERROR, "svg", "out of memory");
  return st;
}
#endif
