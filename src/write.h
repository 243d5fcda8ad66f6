/* write.h — serialising graphs: with Raptor Turtle (with prefixes),
 * N-Triples and N-Quads (sorted lines), RDF/XML, RDF/JSON, DOT; and with
 * the project's own writers GraphML, JSON-LD, a self-contained HTML viewer
 * and SVG (Graphviz libgvc, when configured with it).
 * Owns: output formats and the output stream.  Does not own: which
 * triples exist (graph.c). */
#ifndef KG_WRITE_H
#define KG_WRITE_H
#include <stdio.h>
#include "kgbuild.h"
#include "graph.h"

typedef struct kg_writer kg_writer;
/* out is borrowed and stays open. */
kg_writer *kg_writer_new(kg_rdf *rdf, kg_format fmt, FILE *out, const kg_world *w);
void kg_writer_free(kg_writer *wr);
/* Adds a document graph (the writer takes its triples; g is left empty).
 * Line formats and Turtle are written at once, one block per document;
 * RDF/XML, RDF/JSON and DOT collect everything until kg_writer_finish. */
kg_status kg_writer_add(kg_writer *wr, kg_graph *g);
kg_status kg_writer_finish(kg_writer *wr);

/* The writers of formats written once, each in its own file.  statements
 * are n raptor_statement* (any order, duplicates and graph names ignored);
 * errors are reported through w's logger. */
kg_status kg_write_graphml(FILE *out, void **statements, size_t n, const kg_world *w);
kg_status kg_write_jsonld(FILE *out, void **statements, size_t n, const kg_world *w);
kg_status kg_write_html(FILE *out, void **statements, size_t n, const kg_world *w);
kg_status kg_write_svg(FILE *out, void **statements, size_t n, const kg_world *w);
/* The summary table (write_stats.c): documents, actors by type, events by
 * CAMEO root category, factuality, relations; tsv: "section\tkey\tcount"
 * rows instead of an aligned table. */
kg_status kg_write_stats(FILE *out, void **statements, size_t n, const kg_world *w, int tsv);
/* 1 when this build can write SVG (libgvc was found at configure time). */
int kg_write_svg_available(void);
/* The JSON-LD @context the writer uses, as JSON text (malloc'd; NULL when
 * out of memory): ontology/context.jsonld holds it for the default base. */
char *kg_jsonld_context_json(const char *base_iri);
#endif
