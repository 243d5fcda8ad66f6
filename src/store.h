/* store.h — the embedded graph store: Redland "hashes" storage on Berkeley
 * DB with contexts (one named graph per document or loaded dataset), made
 * crash-safe by generations that a writer never changes once committed,
 * queried through Rasqal.
 *
 * Owns: the store directory layout, replacing a graph, the manifest of
 * graphs (IRI, content hash, triple count, source), SPARQL queries,
 * export, counts.  Does not own: making graphs (graph.c), the network
 * (push.c), the command line (cli_store.c).
 *
 * Layout of a store directory PATH:
 *   PATH/lock        flock()ed by the one writer
 *   PATH/CURRENT     names the committed generation ("gen-000012")
 *   PATH/gen-NNNNNN/ kg-sp2o.db kg-po2s.db kg-so2p.db kg-contexts.db manifest.tsv
 *                    [delta.nq: the changes from the generation before]
 * A writer makes gen-(N+1).tmp from gen-(N-1) by replaying gen-N's delta
 * (store_delta.c), or else by copying gen-N, changes it, and commits by
 * renaming it and then CURRENT (each fsync'ed).  A run killed at any point
 * leaves CURRENT naming a complete generation; the next writer removes the
 * leftovers. */
#ifndef KG_STORE_H
#define KG_STORE_H
#include <stdio.h>
#include "kgbuild.h"
#include "graph.h"
#include "log.h"

typedef struct kg_store kg_store;

/* Opens the store at path.  writable: creates the directory when missing
 * and takes the writer lock (waits up to 60 s); the first change starts a
 * new generation.  rdf (required) lends its Raptor world; log borrowed. */
kg_status kg_store_open(const char *path, int writable, kg_rdf *rdf,
                        const kg_logger *log, kg_store **out);
/* Closes; a writer's uncommitted changes are discarded. */
void kg_store_free(kg_store *s);
/* Makes every change so far durable and visible (a writer can go on). */
kg_status kg_store_commit(kg_store *s);

/* Replaces the named graph iri (NULL: the graph name of g's statements)
 * with the triples of g; when another graph was stored for the same
 * source, it is removed too (the document changed).  *unchanged (may be
 * NULL) is set when the stored graph already had exactly these triples:
 * nothing is written then. */
kg_status kg_store_put(kg_store *s, const kg_graph *g, const char *iri,
                       const char *source, int *unchanged);
/* The content hash kg_store_put compares for a document graph (16 hex
 * digits) and its number of distinct triples: -j workers compute it. */
kg_status kg_store_digest(const kg_graph *g, char hash[17], size_t *ntriples);
/* -j workers send a document graph as a header line (hash, triples, graph
 * IRI: kg_store_nquads_header) and the graph's N-Quads; the writer puts it
 * with kg_store_put_nquads, which skips parsing when the stored graph has
 * that hash.  Same replacing rules as kg_store_put.  The header returns -1
 * on failure. */
#define KG_STORE_NQ_HEADER "#kgbuild-store-graph\t"
int kg_store_nquads_header(const kg_graph *g, FILE *out);
kg_status kg_store_put_nquads(kg_store *s, const char *buf, size_t len, const char *source,
                              int *unchanged);
/* Parses an RDF file (turtle, ntriples, nquads, rdfxml: from the name,
 * else syntax) into the named graph iri (NULL: the file's URI), replacing
 * it.  Returns the number of triples in *ntriples. */
kg_status kg_store_load(kg_store *s, const char *file, const char *syntax,
                        const char *iri, size_t *ntriples, int *unchanged);
/* Removes a named graph; KG_ERR_INPUT when absent. */
kg_status kg_store_drop(kg_store *s, const char *iri);

/* Runs a SPARQL query; bindings and booleans as table, csv, tsv, json,
 * xml; graphs (CONSTRUCT, DESCRIBE) as turtle or ntriples. */
kg_status kg_store_query(kg_store *s, const char *query, const char *format,
                         FILE *out);
/* Writes everything: nquads (sorted, per graph), or the merged triples
 * (duplicates across graphs removed) as ntriples or turtle. */
kg_status kg_store_export(kg_store *s, const char *format, FILE *out);

typedef struct kg_store_stats {
  size_t graphs, documents, datasets; /* datasets: graphs added by load */
  size_t quads;       /* triples summed over graphs */
  size_t triples;     /* distinct triples of the merged graph */
  size_t actors, persons, countries, organizations, places, events, relations;
  unsigned generation;
} kg_store_stats;
kg_status kg_store_stats_get(kg_store *s, kg_store_stats *st);

/* The graphs, in IRI order: count, then per index the IRI, the source,
 * the content hash (16 hex digits) and the triple count. */
size_t kg_store_ngraphs(const kg_store *s);
const char *kg_store_graph_iri(const kg_store *s, size_t i);
const char *kg_store_graph_source(const kg_store *s, size_t i);
const char *kg_store_graph_hash(const kg_store *s, size_t i);
size_t kg_store_graph_size(const kg_store *s, size_t i);
/* One graph's triples as sorted N-Triples in a malloc'ed buffer. */
kg_status kg_store_graph_ntriples(kg_store *s, const char *iri, char **buf,
                                  size_t *len);
/* A kg_graph's triples as sorted N-Triples (no graph names), malloc'ed. */
kg_status kg_store_ntriples_of(const kg_graph *g, char **buf, size_t *len);
/* The graph name of g's statements (borrowed; NULL when g is empty). */
const char *kg_store_name_of(const kg_graph *g);
/* 16 hex digits of a 64-bit FNV-1a hash of len bytes. */
void kg_store_hash_hex(const char *buf, size_t len, char out[17]);
/* How many Berkeley DB files were opened with the store's larger cache in
 * this process (store_cache.c; 0 when built without db.h or with
 * KGBUILD_STORE_CACHE_MB=0). */
unsigned long kg_store_cache_files(void);
#endif
