/* write.h — serialising graphs with Raptor: Turtle (with prefixes),
 * N-Triples and N-Quads (sorted lines), RDF/XML, RDF/JSON, DOT.
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
#endif
