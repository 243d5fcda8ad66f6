/* perceptron.h — averaged multi-class perceptron over hashed features,
 * shared by the tagger, the parser and the entity recogniser.
 *
 * Owns: weights, training updates, averaging, and their (de)serialisation
 * inside a model file (model.h).  Does not own: feature extraction or
 * decoding, which belong to each model.
 *
 * A feature is a 64-bit hash (kg_feat_*); it selects the row
 * (hash & (nbuckets-1)) of a nbuckets x nclass weight table.
 */
#ifndef KG_PERCEPTRON_H
#define KG_PERCEPTRON_H

#include <stdint.h>
#include <stdio.h>
#include <stddef.h>
#include "kgbuild.h"

typedef struct kg_ap kg_ap;

/* 64-bit FNV-1a style hashing of feature parts; combine with kg_hash_mix. */
uint64_t kg_hash_bytes(const void *p, size_t n, uint64_t seed);
/* kg_hash_bytes inline (the same value; for the per-word feature hashes). */
static inline uint64_t kg_hash_bytes_inl(const void *p, size_t n, uint64_t seed)
{
  const unsigned char *s = (const unsigned char *)p;
  uint64_t h = 0xcbf29ce484222325ULL ^ (seed * 0x9e3779b97f4a7c15ULL);
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 32);
}
uint64_t kg_hash_str(const char *s, uint64_t seed);
static inline uint64_t kg_hash_mix(uint64_t h, uint64_t v)
{
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

/* A model with nclass classes (at most 65535) and 2^log2_buckets feature
 * rows (log2_buckets at most 26), all zero; NULL when out of range. */
kg_ap *kg_ap_new(uint32_t nclass, uint32_t log2_buckets);
void kg_ap_free(kg_ap *ap);
/* 1 when the table's rows lie in a mapped layout cache (ap_cache.h). */
int kg_ap_is_mapped(const kg_ap *ap);
uint32_t kg_ap_nclass(const kg_ap *ap);

/* scores[c] = sum over feats of w[row(feat)][c]; scores has nclass slots. */
void kg_ap_score(const kg_ap *ap, const uint64_t *feats, size_t nfeat, float *scores);
/* kg_ap_score into out (n floats, n >= the class count) with out[nclass..n)
 * set to 0; faster when out is 32-byte aligned and n at least the rows'
 * stride (the class count rounded up to 8). */
void kg_ap_score_vec(const kg_ap *ap, const uint64_t *feats, size_t nfeat, float *out, uint32_t n);
/* Best class among those with allowed[c] != 0 (allowed may be NULL). */
uint32_t kg_ap_best(const kg_ap *ap, const float *scores, const uint8_t *allowed);

/* Training: call kg_ap_tick once per training instance, then kg_ap_update
 * when guess != truth (+1 to truth, -1 to guess for every feature). */
void kg_ap_tick(kg_ap *ap);
void kg_ap_update(kg_ap *ap, const uint64_t *feats, size_t nfeat,
                  uint32_t truth, uint32_t guess);
/* Replaces the weights by their averages; training can't continue after. */
void kg_ap_average(kg_ap *ap);

/* Serialisation inside an open model file (compact: only non-zero rows,
 * weights quantised). */
kg_status kg_ap_write(const kg_ap *ap, FILE *f);
kg_status kg_ap_read(FILE *f, kg_ap **out);

/* Additions (tagger helper): */
uint32_t kg_ap_log2_buckets(const kg_ap *ap);
/* The weight row of a feature (nclass floats), or NULL when it is all zero
 * in a loaded model.  Lets a model cache rows of features it reuses.
 * Always NULL for a model loaded with kg_ap_read_sparse. */
const float *kg_ap_row(const kg_ap *ap, uint64_t feat);
/* Adds delta to class cls of every feature's row (cost-sensitive or
 * multi-class updates); kg_ap_update is two calls of this. */
void kg_ap_update1(kg_ap *ap, const uint64_t *feats, size_t nfeat, uint32_t cls, float delta);
/* A new, averaged copy of a model in training (to evaluate on dev after
 * each epoch and keep the best); training of ap can continue. */
kg_ap *kg_ap_copy_averaged(const kg_ap *ap);
/* Like kg_ap_read, but keeps rows sparse in memory (class, weight pairs
 * for rows with few non-zero classes): several times less memory and much
 * faster kg_ap_score when the model doesn't fit in cache.  kg_ap_row can't
 * be used on such a model (it returns NULL); use kg_ap_score. */
kg_status kg_ap_read_sparse(FILE *f, kg_ap **out);
/* kg_ap_score continuing from the sums init (nclass floats; NULL: zeros):
 * the same float additions in the same order, so scoring feats[0..k) then
 * feats[k..n) from the first result equals scoring feats[0..n) exactly. */
void kg_ap_score_from(const kg_ap *ap, const float *init, const uint64_t *feats,
                      size_t nfeat, float *scores);
/* Integer weights for decoding (a model loaded with kg_ap_read_sparse):
 * each weight w becomes the int32 round(w / s), s chosen so that any
 * maxfeat of them sum within int32 (s = max |w| / (INT32_MAX / maxfeat)).
 * Integer sums do not depend on their order, so a model may cache and
 * reuse the sums of any groups of features.  After it kg_ap_score gives
 * s * (the integer sums) as floats; kg_ap_sum_int adds the integer rows. */
kg_status kg_ap_to_int(kg_ap *ap, uint32_t maxfeat);
/* The integer form on file, so that loading converts nothing: kg_ap_write_int
 * writes a kg_ap_to_int model; kg_ap_read_int reads one back (its pool,
 * cell for cell), checking that any maxfeat of its weights sum within int32.
 * kg_ap_int_copy: a new kg_ap_to_int(maxfeat) model with the weights that
 * ap would have after kg_ap_write and kg_ap_read_sparse (an integer or
 * sparse model: its own pool), so that a model in training can be saved in
 * the integer form; NULL when out of memory. */
kg_status kg_ap_write_int(const kg_ap *ap, FILE *f);
kg_status kg_ap_read_int(FILE *f, uint32_t maxfeat, kg_ap **out);
kg_ap *kg_ap_int_copy(const kg_ap *ap, uint32_t maxfeat);
/* s of kg_ap_to_int, 0 for a float model. */
float kg_ap_int_scale(const kg_ap *ap);
/* Floats (or int32 lanes) per row: nclass rounded up to 8. */
uint32_t kg_ap_stride(const kg_ap *ap);
/* acc[c] += (unsum: -=) the integer weight of class c of every feature's row,
 * for c < kg_ap_stride (padding lanes get 0), on a kg_ap_to_int model; acc
 * must be 32-byte aligned (whole-vector adds). */
void kg_ap_sum_int(const kg_ap *ap, const uint64_t *feats, size_t nfeat, int32_t *acc);
void kg_ap_unsum_int(const kg_ap *ap, const uint64_t *feats, size_t nfeat, int32_t *acc);
/* kg_ap_sum_int in three steps, so that a caller can overlap the memory
 * latencies of many groups of features: prefetch the row index entries of
 * feats; look the rows up (rows[i], NULL when feature i has none) and
 * prefetch them; add them to acc (int model; rows from kg_ap_int_rows). */
void kg_ap_prefetch(const kg_ap *ap, const uint64_t *feats, size_t nfeat);
void kg_ap_int_rows(const kg_ap *ap, const uint64_t *feats, size_t nfeat, const void **rows);
void kg_ap_add_int_rows(const kg_ap *ap, const void *const *rows, size_t n, int32_t *acc);
/* kg_ap_add_int_rows of nj groups: rows off[j] .. off[j] + cnt[j] to
 * acc[j], j < nj, in that order (the same sums, one call). */
void kg_ap_add_int_groups(const kg_ap *ap, const void *const *rows, uint32_t nj, const uint32_t *off,
                          const uint32_t *cnt, int32_t *const *acc);
/* Memory for a large table read at random (free with free): 64-byte
 * aligned; from 2 MB on, in whole 2 MB pages advised as huge pages (fewer
 * TLB misses), where the system supports them. */
void *kg_alloc_huge(size_t bytes);
/* dst += src, row by row (same shape): the sum of several runs' averaged
 * weights, whose argmax is that of their mean. */
void kg_ap_add(kg_ap *dst, const kg_ap *src);
/* Rows with a non-zero weight (a size statistic). */
size_t kg_ap_nonzero_rows(const kg_ap *ap);

#endif
