/* graph.h — the one module that knows RDF terms: turns an annotated
 * kg_doc into the triples of the output contract (DESIGN.md).
 * Owns: IRIs (minted from canonical names and hashes, never blank nodes),
 * ontology terms, provenance, the per-document named graph.
 * Does not own: serialisation (write.c) or the annotations themselves. */
#ifndef KG_GRAPH_H
#define KG_GRAPH_H
#include <stddef.h>
#include "kgbuild.h"
#include "doc.h"

typedef struct kg_rdf kg_rdf;     /* RDF context: one per process/world */
typedef struct kg_graph kg_graph; /* the triples of one or more documents */

kg_rdf *kg_rdf_new(const kg_world *w);
void kg_rdf_free(kg_rdf *rdf);

kg_graph *kg_graph_new(kg_rdf *rdf);
void kg_graph_free(kg_graph *g);
/* Adds the triples of doc (deduplicated; the document IRI is the graph
 * name used by N-Quads). */
kg_status kg_graph_add_doc(kg_graph *g, const kg_doc *doc);
/* Moves every triple of src into g (src is left empty). */
kg_status kg_graph_merge(kg_graph *g, kg_graph *src);
/* Frees every triple of g, leaving it empty and usable. */
void kg_graph_clear(kg_graph *g);
/* Sorts and removes duplicates; writers call it. */
void kg_graph_normalize(kg_graph *g);
size_t kg_graph_size(const kg_graph *g);
/* The IRI of a document / of an actor key, in a caller buffer. */
void kg_graph_doc_iri(const kg_world *w, const kg_doc *doc, char *out, size_t cap);

/* internal to graph.c/write.c */
void *kg_graph_statement(const kg_graph *g, size_t i); /* raptor_statement* */
void *kg_rdf_raptor(const kg_rdf *rdf);                 /* raptor_world* */
#endif
