/* dict_cache.h — internal to dict.c: a compiled binary cache of the triples
 * of a dictionary Turtle file, so start-up need not run Raptor on the big
 * ontology files every time.
 *
 * Owns: the cache key (a hash of the Turtle file's bytes), where cache files
 * live ($KGBUILD_CACHE_DIR, else $XDG_CACHE_HOME/kgbuild, else
 * $HOME/.cache/kgbuild; KGBUILD_NO_CACHE=1 turns the cache off), and their
 * format.  Does not own: what the triples mean (dict.c).  The .ttl file
 * stays the source of truth: a cache is used only when its recorded key and
 * length match the file's current bytes and its own checksum is right;
 * otherwise dict.c parses the Turtle and rewrites the cache.
 */
#ifndef KG_DICT_CACHE_H
#define KG_DICT_CACHE_H

#include <stddef.h>
#include <stdint.h>

/* Kind bits of a cached triple: object kind (0 IRI, 1 literal, 2 blank) in
 * bits 0-1; bit 2 set when the subject is a blank node.  Blank node labels
 * are stored without the per-file prefix dict.c gives them. */
#define KG_DC_SUBJ_BLANK 4u

typedef struct kg_dc_triple { const char *s, *p, *o; uint8_t kind; } kg_dc_triple;

/* A loaded cache: blob holds NUL-terminated strings; tri holds 4 x u32 per
 * triple (s, p, o offsets into blob, kind).  mem is the file's mapping and
 * owns everything (kg_dc_view_free). */
typedef struct kg_dc_view {
  void *mem;
  const char *blob;
  size_t nblob;
  const uint32_t *tri;
  size_t nt;
} kg_dc_view;

/* A dictionary source file's bytes: its pages mapped (no read() copy into
 * a fresh buffer: start-up's system time) or, where mapping fails, read.
 * kg_dc_source_read returns 0, 1 when the file cannot be opened, 2 when out
 * of memory, 3 on a read error; kg_dc_source_free releases (s may be zero). */
typedef struct kg_dc_src { const unsigned char *p; size_t len; void *base; size_t maplen; } kg_dc_src;
int kg_dc_source_read(const char *path, kg_dc_src *s);
void kg_dc_source_free(kg_dc_src *s);

/* The cache directory (malloc'd), or NULL when caching is off or none is
 * known; shared with the models' layout cache (ap_cache.c). */
char *kg_dc_cache_dir(void);
/* The path of a cache file (malloc'd), or NULL when caching is off or no
 * cache directory is known: <dir>/<prefix>-<16 hex digits>-<rest>, the hex
 * digits a hash (seeded by seed) of srcpath's real path (srcpath itself when
 * it has none).  Used by kg_dc_path (prefix "dict") and ap_cache.c ("ap"). */
char *kg_dc_file(const char *srcpath, uint64_t seed, const char *prefix, const char *rest);
/* Creates the directories of a file's path; 1 on success. */
int kg_dc_mkdir_p(const char *path);
/* A fast 64-bit hash of n bytes (not cryptographic). */
uint64_t kg_dc_hash(const void *p, size_t n, uint64_t seed);

/* Files smaller than this are parsed directly (not worth a cache file). */
#define KG_DC_MIN_BYTES 32768u

/* Cache file path for the source file srcpath holding these bytes
 * (malloc'd), or NULL when caching is off or no cache directory is known. */
char *kg_dc_path(const char *srcpath, const void *src, size_t len, uint64_t *key);
/* Maps and validates a cache file; 1 on success (v filled), else 0.  The
 * dictionary's strings stay in v->mem until kg_dc_view_free: cache files
 * are replaced by rename, never written over in place. */
int kg_dc_read(const char *path, uint64_t key, size_t srclen, kg_dc_view *v);
/* Unmaps a view's mem (NULL: nothing). */
void kg_dc_view_free(void *mem);
/* Writes a cache file atomically (temporary file + rename, creating the
 * directory); 1 on success.  Failures are silent: the cache is optional. */
int kg_dc_write(const char *path, uint64_t key, size_t srclen,
                const kg_dc_triple *t, size_t nt);

#endif
