/* model.h — the model file format shared by the tagger, parser and NER.
 *
 * Owns: the file header (magic "KGBM", format version, model kind), the
 * end marker, and little-endian helpers to write and read the pieces a
 * model is made of: section tags, integers, floats, strings, string tables,
 * u32/f32 arrays (a kg_ap is written with kg_ap_write between them).
 * Does not own: what each model keeps in its sections.
 *
 * Layout:  "KGBM"  u32 version  u32 len + kind bytes
 * The version is the format version of that kind's content: 1 for every
 * kind, 2 for NER models storing integer weights (ner_model.c).
 *          { section: 4-byte tag, then the model's own content } ...
 *          "END."
 * Readers check the header with kg_model_open (which logs a message naming
 * the file on failure) and then read their sections in the order they were
 * written; every get function returns KG_ERR_MODEL on a short read or an
 * implausible size, and the caller logs with kg_model_fail.
 */
#ifndef KG_MODEL_H
#define KG_MODEL_H

#include <stdint.h>
#include <stdio.h>
#include "kgbuild.h"
#include "log.h"

#define KG_MODEL_MAGIC "KGBM"
#define KG_MODEL_VERSION 1u   /* the first version; each kind may have later ones */
/* Upper bound of a string or array read from a model (sanity check). */
#define KG_MODEL_MAX_ITEMS (1u << 28)

/* Opens path for writing and writes the header. */
kg_status kg_model_create(const char *path, const char *kind,
                          const kg_logger *log, FILE **out);
/* kg_model_create writing format version `version` of its kind. */
kg_status kg_model_create_v(const char *path, const char *kind, uint32_t version,
                            const kg_logger *log, FILE **out);
/* Writes the end marker, flushes and closes; reports write errors. */
kg_status kg_model_finish(FILE *f, const char *path, const kg_logger *log);

/* Opens path and checks the magic, version and kind ("tagger", "parser",
 * "ner"); on failure logs "PATH: not a kgbuild model ..." etc. and returns
 * KG_ERR_MODEL (or KG_ERR_IO when it can't be opened). */
kg_status kg_model_open(const char *path, const char *kind,
                        const kg_logger *log, FILE **out);
/* kg_model_open accepting format versions 1 to maxversion; *version gets
 * the file's.  (kg_model_open: version 1 only.) */
kg_status kg_model_open_v(const char *path, const char *kind, uint32_t maxversion,
                          const kg_logger *log, FILE **out, uint32_t *version);
/* Reads n bytes (KG_ERR_MODEL on a short read). */
kg_status kg_model_get_raw(FILE *f, void *p, size_t n);
/* Reads n pairs of u64 (as n x { kg_model_put_u64(a[i]), kg_model_put_u64(b[i]) }),
 * in blocks. */
kg_status kg_model_get_u64_pairs(FILE *f, uint64_t *a, uint64_t *b, uint32_t n);
/* Checks the end marker and closes f (also on failure). */
kg_status kg_model_close(FILE *f, const char *path, const kg_logger *log);
/* Logs "PATH: corrupt or truncated model (WHAT)" and returns KG_ERR_MODEL. */
kg_status kg_model_fail(const char *path, const kg_logger *log, const char *what);

/* Writers: return KG_OK or KG_ERR_IO. */
kg_status kg_model_put_section(FILE *f, const char tag[4]);
kg_status kg_model_put_u32(FILE *f, uint32_t v);
kg_status kg_model_put_u64(FILE *f, uint64_t v);
kg_status kg_model_put_f32(FILE *f, float v);
kg_status kg_model_put_str(FILE *f, const char *s);           /* NULL ok */
kg_status kg_model_put_strings(FILE *f, const char *const *s, uint32_t n);
kg_status kg_model_put_u32s(FILE *f, const uint32_t *a, uint32_t n);
kg_status kg_model_put_f32s(FILE *f, const float *a, uint32_t n);
kg_status kg_model_put_bytes(FILE *f, const void *p, uint32_t n);

/* Readers: return KG_OK or KG_ERR_MODEL (KG_ERR_NOMEM on allocation). */
kg_status kg_model_expect_section(FILE *f, const char tag[4]);
kg_status kg_model_get_u32(FILE *f, uint32_t *v);
kg_status kg_model_get_u64(FILE *f, uint64_t *v);
kg_status kg_model_get_f32(FILE *f, float *v);
/* *s is malloc'd and NUL-terminated (NULL if NULL was written). */
kg_status kg_model_get_str(FILE *f, char **s);
/* *s is ONE malloc'd block: n pointers followed by the strings; free(*s)
 * releases everything. */
kg_status kg_model_get_strings(FILE *f, char ***s, uint32_t *n);
/* *a is malloc'd (NULL when n == 0). */
kg_status kg_model_get_u32s(FILE *f, uint32_t **a, uint32_t *n);
kg_status kg_model_get_f32s(FILE *f, float **a, uint32_t *n);
kg_status kg_model_get_bytes(FILE *f, void **p, uint32_t *n);

/* A copy of the n bytes at p (malloc'd) in memory the kernel may back with
 * 2 MB pages (Linux transparent huge pages, "madvise" mode), for weight
 * tables read at random: with 4 kB pages nearly every such read also
 * misses the TLB.  Frees p and returns the copy (free() it); returns p
 * itself when n is under 2 MB, on other systems or when out of memory. */
void *kg_model_huge_copy(void *p, size_t n);
/* The same placement for a copy of n bytes at src (src is not freed);
 * NULL when out of memory. */
void *kg_model_huge_dup(const void *src, size_t n);

/* A read-only view of the next n bytes of f; f then stands just after
 * them.  For a regular file of at least KG_MODEL_VIEW_MIN bytes the view
 * maps the file's pages (no read() copy, no zeroed buffer: start-up's
 * system time); else it is a malloc'd copy.  The file must not be cut
 * while viewed: release the view (kg_model_unview) before returning from
 * the load.  KG_ERR_MODEL when f has fewer than n bytes left. */
typedef struct kg_model_view {
  const unsigned char *p;
  void *base;
  size_t len;
  int mapped;
} kg_model_view;
#define KG_MODEL_VIEW_MIN (256u << 10)
kg_status kg_model_view_get(FILE *f, size_t n, kg_model_view *v);
void kg_model_unview(kg_model_view *v);

#endif
