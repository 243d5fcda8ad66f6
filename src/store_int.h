/* store_int.h — internals shared by store.c (writing: generations,
 * manifest, replacing graphs) and store_read.c (N-Triples, queries,
 * export, counts).  Not for other modules. */
#ifndef KG_STORE_INT_H
#define KG_STORE_INT_H
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <librdf.h>
#include "store.h"

#define KGO "https://w3id.org/kgbuild/ontology#"

typedef struct entry {
  char *iri, *source;
  char hash[17];
  size_t n;
  int kind; /* 'd' document, 'l' loaded dataset */
  int dead;
} entry;

typedef struct strmap { /* open addressing: string -> entry index */
  size_t *slot; /* index + 1; 0 empty */
  size_t cap;
} strmap;

struct kg_store {
  char *path;
  int writable, lockfd;
  kg_rdf *rdf;
  const kg_logger *log;
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  unsigned gen;          /* committed generation (0: none yet) */
  int open_tmp;          /* the model is the writable copy gen+1.tmp */
  int dirty;             /* changes since the last commit */
  entry *e;
  size_t ne, cap;
  strmap by_iri, by_src;
  size_t *order;         /* live entries sorted by IRI (rebuilt lazily) */
  size_t norder;
  int order_ok;
  int hush;              /* drop Rasqal warnings (internal queries) */
  FILE *delta;           /* gen+1.tmp/delta.nq while recorded (store_delta.c) */
  char *delta_path;
  size_t delta_quads, delta_limit;
  int reader_fd;         /* a reader's shared flock on its generation */
  size_t nq_fast;        /* worker buffers read without Raptor (store_load.c) */
};

void kg_store_i_order(kg_store *s);
kg_status kg_store_i_open_model(kg_store *s, const char *dir, int write, int isnew);
void kg_store_i_close_model(kg_store *s);
char *kg_store_i_gen_dir(const kg_store *s, unsigned gen, int tmp);
long kg_store_i_map_get(const kg_store *s, const strmap *m, int by_src, const char *k);
/* Sorts "...\n" lines of a NUL-terminated buffer, dropping duplicates,
 * in place; the count kept, or (size_t)-1 when out of memory. */
size_t kg_store_i_sort_lines(char *buf, size_t *len);
/* Statements (graph terms ignored) to sorted unique N-Triples lines. */
kg_status kg_store_i_to_nt(raptor_world *rw, raptor_statement **st, size_t n, char **buf,
                           size_t *len, size_t *kept);
uint64_t kg_store_i_str_hash(const char *s);
kg_status kg_store_i_begin(kg_store *s);
void kg_store_i_remove_graph(kg_store *s, long idx);
/* Replacing a graph in three steps (store.c): its content hash, whether
 * the stored graph already has it, writing it. */
kg_status kg_store_i_digest(raptor_world *rw, raptor_statement **st, size_t n, int kind,
                            char hash[17], size_t *kept);
kg_status kg_store_i_same(kg_store *s, const char *iri, const char *source, int kind,
                          const char *hash, int *same);
kg_status kg_store_i_write(kg_store *s, const char *iri, const char *source, int kind,
                           const char *hash, size_t kept, raptor_statement **st, size_t n);
kg_status kg_store_i_put(kg_store *s, const char *iri, const char *source, int kind,
                         raptor_statement **st, size_t n, int *unchanged);
/* store_delta.c: record the run's changes, reuse gen-(N-1) by replaying
 * gen-N's delta (KG_OK: the model is open on tmp), readers' locks. */
void kg_store_i_delta_begin(kg_store *s, const char *tmpdir);
void kg_store_i_delta_drop(kg_store *s, const char *iri);
void kg_store_i_delta_put(kg_store *s, const char *iri, raptor_statement **st, size_t n);
void kg_store_i_delta_stop(kg_store *s);  /* no delta for this run */
int kg_store_i_delta_finish(kg_store *s); /* closes it; -1: it is incomplete */
kg_status kg_store_i_reuse(kg_store *s, const char *tmp);
int kg_store_i_reader_lock(const char *dir); /* fd, or -1 */
#endif
