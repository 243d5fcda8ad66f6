/* write_view.h — a node-and-edge view of a graph's triples, shared by the
 * writers that draw or export a graph as a network (GraphML, HTML, SVG) and
 * by the statistics table.
 * Owns: reading the ontology terms of DESIGN.md's output contract back out
 * of any set of raptor statements (actors, places, events, documents,
 * relations), and escaping text for XML.
 * Does not own: which triples exist (graph.c) nor any output syntax. */
#ifndef KG_WRITE_VIEW_H
#define KG_WRITE_VIEW_H
#include <stddef.h>
#include <stdio.h>
#include "kgbuild.h"

typedef enum kg_vkind {
  KG_VK_OTHER = 0, KG_VK_PERSON, KG_VK_COUNTRY, KG_VK_ORG, KG_VK_PLACE,
  KG_VK_EVENT, KG_VK_DOCUMENT, KG_VK_COUNT
} kg_vkind;

typedef struct kg_vnode {
  char *iri;             /* IRI, or "_:id" for a blank node */
  kg_vkind kind;
  char *label;           /* rdfs:label or dcterms:title; NULL when none */
  char *cameo;           /* kgo:cameoCode */
  const char *cameo_name;/* from the world's CAMEO table, or NULL */
  const char *cameo_root;/* two-digit root code, or NULL */
  const char *root_name;
  double goldstein;      /* of the CAMEO code; 0 when unknown */
  int has_goldstein;
  char *date;            /* kgo:date or dcterms:date (lexical form) */
  char *factuality;      /* "Asserted", "Hedged", "Negated" or NULL */
  char *wikidata;        /* owl:sameAs IRI */
  char *source;          /* dcterms:source of a document; of an event: of
                            the first document it was derived from */
  char **evidence;       /* kgo:evidence, sorted */
  size_t nevidence;
  char **alt;            /* skos:altLabel */
  size_t nalt;
  size_t degree;         /* edges touching it */
} kg_vnode;

typedef struct kg_vedge {
  size_t from, to;       /* node indices */
  const char *rel;       /* local name: "agent", "leaderOf", "wasDerivedFrom" ... */
} kg_vedge;

typedef struct kg_view {
  kg_vnode *nodes;
  size_t nnodes, nodes_cap;
  kg_vedge *edges;
  size_t nedges, edges_cap;
  size_t ntriples;       /* distinct triples seen (graph names ignored) */
} kg_view;

/* Builds the view of n statements (raptor_statement*; duplicates and graph
 * names are ignored).  w may be NULL (no CAMEO names then).  NULL when out
 * of memory. */
kg_view *kg_view_new(void **statements, size_t n, const kg_world *w);
void kg_view_free(kg_view *v);

const char *kg_vkind_name(kg_vkind k);   /* "Person", ... "Event", "Other" */
/* The node's display text: label, else CAMEO name, else the IRI's last part. */
const char *kg_vnode_text(const kg_vnode *n);
/* 1 when the node is shown in a drawing: actors, places and events. */
int kg_vnode_drawn(const kg_vnode *n);
/* 1 when an edge belongs in a drawing (between drawn nodes, not a
 * document link). */
int kg_vedge_drawn(const kg_view *v, const kg_vedge *e);

/* Writes s as XML character data (attr: for an attribute value in double
 * quotes): & < > " escaped, characters XML 1.0 cannot carry replaced by
 * U+FFFD, invalid UTF-8 bytes likewise.  Returns 0 or EOF. */
int kg_xml_puts(FILE *f, const char *s, int attr);
/* A copy of s without control characters (newlines and tabs become spaces,
 * others U+FFFD) cut to at most max bytes at a character boundary, "…"
 * appended when cut.  Caller frees; NULL when out of memory. */
char *kg_view_clip(const char *s, size_t max);
#endif
