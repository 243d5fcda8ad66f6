/* ap_cache.h — the models' load-time layout cache: a weight table
 * (kg_ap: its row index and pool) as it sits in memory after
 * kg_ap_read_sparse or kg_ap_read_int, written once to the cache directory
 * (dict_cache.h: $KGBUILD_CACHE_DIR, ...; KGBUILD_NO_CACHE=1 turns it off)
 * and mapped on later runs, so a run neither parses the table nor fills
 * fresh zeroed pages with it.
 *
 * Owns: the cache file's key, format, checks and writing.  Does not own:
 * the table's forms in the model file (perceptron_io.c), the model files
 * (ner_model.c, tagger.c).  The model file stays the source of truth: a
 * cache is used only when its key (the model file's device, inode, size,
 * modification and change times, the table's offset and length in it, the
 * reader, the format version and the library's own file) matches and its
 * checksum is right; otherwise the table is read from the model file and
 * the cache rewritten.
 */
#ifndef KG_AP_CACHE_H
#define KG_AP_CACHE_H

#include <stdio.h>
#include <stdint.h>
#include "kgbuild.h"
#include "perceptron.h"

#define KG_APC_SPARSE 1   /* kg_ap_read_sparse */
#define KG_APC_INT 2      /* kg_ap_read_int(maxfeat) */

/* Reads the table at f's position (the model file at path) as the reader
 * `kind` would, from the cache when a valid one exists; leaves f just after
 * the table either way.  Errors are the reader's. */
kg_status kg_apc_read(FILE *f, const char *path, int kind, uint32_t maxfeat, kg_ap **out);

/* The cache file kg_apc_read uses for the table at offset `start` of the
 * model at path (malloc'd; NULL when caching is off).  For tests. */
char *kg_apc_path(const char *path, long start);

#endif
