/* perceptron.c — averaged multi-class perceptron over hashed features.
 *
 * Owns: the weight table, training updates, averaging (the "w - u/c" trick:
 * one accumulator per cell instead of totals and timestamps), compaction of
 * the table to its non-zero rows, scoring, the integer form of a loaded
 * sparse model (kg_ap_to_int: int32 weights on one scale, summed in any
 * order) and the allocation of large tables on huge pages (kg_alloc_huge).
 * Does not own: feature extraction, decoding, the serialised forms
 * (perceptron_io.c), the model file header (model.c).
 *
 * Memory layout (perceptron_impl.h): rows of `stride` floats (nclass
 * rounded up to 8, so the hot loop works on whole 8-float vectors).  A
 * freshly created model is dense (nbuckets rows).  A loaded or compacted
 * model keeps only its non-zero rows plus a row index (bucket -> compact
 * row, or KG_AP_NOROW); a sparse one keeps its rows in a pool of cells.
 */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <stdint.h>
#include <sys/mman.h>
#include "perceptron_impl.h"
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
#include <immintrin.h>
#endif


typedef float kg_v8 __attribute__((vector_size(32)));
typedef float kg_v8u __attribute__((vector_size(32), aligned(4)));
typedef float kg_v4 __attribute__((vector_size(16)));
typedef float kg_v4u __attribute__((vector_size(16), aligned(4)));
typedef int32_t kg_i4 __attribute__((vector_size(16)));


uint64_t kg_hash_bytes(const void *p, size_t n, uint64_t seed)
{
  return kg_hash_bytes_inl(p, n, seed);
}

uint64_t kg_hash_str(const char *s, uint64_t seed)
{
  return kg_hash_bytes(s, strlen(s), seed);
}

void *kg_alloc_huge(size_t bytes)
{
  const size_t huge = (size_t)2 << 20;
  if (bytes < huge) return aligned_alloc(64, ((bytes ? bytes : 64) + 63) & ~(size_t)63);
  size_t n = (bytes + huge - 1) & ~(huge - 1);
  void *p = aligned_alloc(huge, n);
#ifdef MADV_HUGEPAGE
  if (p) (void)madvise(p, n, MADV_HUGEPAGE);
#endif
  return p;
}

static void *aligned_zalloc(size_t bytes)
{
  if (bytes == 0) bytes = 32;
  bytes = (bytes + 31) & ~(size_t)31;
  void *p = aligned_alloc(32, bytes);
  if (p) memset(p, 0, bytes);
  return p;
}

kg_ap *kg_ap_shell(uint32_t nclass, uint32_t log2_buckets)
{
  if (nclass == 0 || nclass > 65535 || log2_buckets > 26) return NULL;
  kg_ap *ap = calloc(1, sizeof *ap);
  if (!ap) return NULL;
  ap->nclass = nclass;
  ap->stride = (nclass + 7) & ~7u;
  ap->log2 = log2_buckets;
  ap->mask = ((uint64_t)1 << log2_buckets) - 1;
  return ap;
}

kg_ap *kg_ap_new(uint32_t nclass, uint32_t log2_buckets)
{
  kg_ap *ap = kg_ap_shell(nclass, log2_buckets);
  if (!ap) return NULL;
  ap->nrows = (size_t)1 << log2_buckets;
  ap->w = aligned_zalloc(ap->nrows * ap->stride * sizeof(float));
  if (!ap->w) { free(ap); return NULL; }
  return ap;
}

void kg_ap_free(kg_ap *ap)
{
  if (!ap) return;
  free(ap->w);
  free(ap->u);
  if (ap->map) {
    munmap(ap->map, ap->maplen);
  } else {
    free(ap->idx);
    free(ap->pool);
  }
  free(ap);
}

int kg_ap_is_mapped(const kg_ap *ap) { return ap && ap->map != NULL; }
uint32_t kg_ap_nclass(const kg_ap *ap) { return ap->nclass; }
uint32_t kg_ap_log2_buckets(const kg_ap *ap) { return ap->log2; }

static inline const float *ap_row(const kg_ap *ap, uint64_t feat)
{
  uint64_t b = feat & ap->mask;
  if (ap->pool) return NULL;
  if (ap->idx) {
    uint32_t r = ap->idx[b];
    if (r == KG_AP_NOROW) return NULL;
    return ap->w + (size_t)r * ap->stride;
  }
  return ap->w + b * ap->stride;
}

const float *kg_ap_row(const kg_ap *ap, uint64_t feat) { return ap_row(ap, feat); }

/* Adds one pool row to acc. */
static inline void pool_add(const kg_ap *ap, const kg_cell *p, float *acc)
{
  uint32_t h = p[0].u, n = h >> 1;
  if (ap->iscale > 0) {
    for (uint32_t k = 0; k < n; k++) {
      if (h & 1) acc[k] += (float)(int32_t)p[1 + k].u * ap->iscale;
      else acc[p[1 + 2 * k].u] += (float)(int32_t)p[2 + 2 * k].u * ap->iscale;
    }
    return;
  }
  if (h & 1) {
    const float *w = &p[1].f;
    uint32_t c = 0;
    /* 16-byte vectors: without AVX, 32-byte ones go through the stack */
    for (; c + 4 <= n; c += 4) *(kg_v4 *)(acc + c) += *(const kg_v4u *)(w + c);
    for (; c < n; c++) acc[c] += w[c];
  } else {
    for (uint32_t k = 0; k < n; k++) acc[p[1 + 2 * k].u] += p[2 + 2 * k].f;
  }
}

/* Adds m pool rows to acc (nv vectors of 8) in their order: for every
 * class the same float additions in the same order as pool_add, with
 * whole vectors (8 floats when wide, else 4).  A dense row's last partial
 * vector is loaded whole, reading up to 3 cells past the row (the pool
 * keeps KG_AP_POOL_PAD spare cells at its end), and its lanes past the row
 * are masked to +0.0 (they are padding lanes of acc, never returned: a
 * dense row has nclass weights). */
typedef int32_t kg_i4u __attribute__((vector_size(16), aligned(4)));
static const int32_t tail_mask[4][4] __attribute__((aligned(16))) = {
  { 0, 0, 0, 0 }, { -1, 0, 0, 0 }, { -1, -1, 0, 0 }, { -1, -1, -1, 0 }
};

static inline __attribute__((always_inline)) void
add_rows_body(const kg_cell *const *rows, size_t m, float *acc, int wide)
{
  for (size_t j = 0; j < m; j++) {
    const kg_cell *p = rows[j];
    uint32_t h = p[0].u, n = h >> 1;
    if (h & 1) {
      const float *w = &p[1].f;
      uint32_t c = 0;
      if (wide)
        for (; c + 8 <= n; c += 8) *(kg_v8 *)(acc + c) += *(const kg_v8u *)(w + c);
      for (; c + 4 <= n; c += 4) *(kg_v4 *)(acc + c) += *(const kg_v4u *)(w + c);
      if (c < n) {
        kg_i4 x = *(const kg_i4u *)(w + c) & *(const kg_i4 *)tail_mask[n - c];
        *(kg_v4 *)(acc + c) += (kg_v4)x;
      }
    } else {
      /* the classes of a row are distinct: two at a time, each added once */
      const kg_cell *q = p + 1;
      uint32_t k = 0;
      for (; k + 2 <= n; k += 2, q += 4) {
        uint32_t c0 = q[0].u, c1 = q[2].u;
        float w0 = q[1].f, w1 = q[3].f;
        acc[c0] += w0;
        acc[c1] += w1;
      }
      if (k < n) acc[q[0].u] += q[1].f;
    }
  }
}

static void add_rows_sse(const kg_cell *const *rows, size_t m, float *acc)
{
  add_rows_body(rows, m, acc, 0);
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
/* 32-byte vectors need AVX: compiled for AVX2, used when the CPU has it
 * (-DKG_AP_NO_AVX2 builds only the 16-byte path: the outputs are the same) */
__attribute__((target("avx2"))) static void add_rows_avx2(const kg_cell *const *rows, size_t m, float *acc)
{
  add_rows_body(rows, m, acc, 1);
}
#define ADD_ROWS(r, m, a) (__builtin_cpu_supports("avx2") ? add_rows_avx2(r, m, a) : add_rows_sse(r, m, a))
#else
#define ADD_ROWS(r, m, a) add_rows_sse(r, m, a)
#endif

#define KG_AP_BATCH 64

/* The pool rows of feats[i0..i1) that exist, into rows (returns how many):
 * every row is looked up and prefetched before any is added, so that the
 * loads, which miss the cache, overlap. */
static size_t gather_rows(const kg_ap *ap, const uint64_t *feats, size_t i0, size_t i1,
                          const kg_cell **rows)
{
  size_t m = 0;
  for (size_t i = i0; i < i1; i++) __builtin_prefetch(ap->idx + (feats[i] & ap->mask));
  for (size_t i = i0; i < i1; i++) {
    uint32_t r = ap->idx[feats[i] & ap->mask];
    if (r == KG_AP_NOROW) continue;
    const kg_cell *p = ap->pool + KG_AP_OFF(r);
    rows[m++] = p;
    __builtin_prefetch(p);
    if (r & KG_AP_LONG) __builtin_prefetch(p + 16);
  }
  return m;
}

void kg_ap_score(const kg_ap *ap, const uint64_t *feats, size_t nfeat, float *scores)
{
  kg_ap_score_from(ap, NULL, feats, nfeat, scores);
}

void kg_ap_score_vec(const kg_ap *ap, const uint64_t *feats, size_t nfeat, float *out, uint32_t n)
{
  if (ap->iscale > 0 || !ap->pool || n < ap->stride || ((uintptr_t)out & 31)) {
    kg_ap_score(ap, feats, nfeat, out);
    for (uint32_t j = ap->nclass; j < n; j++) out[j] = 0;
    return;
  }
  /* kg_ap_score_from's float sums made in out itself (no copy): the rows
   * add nothing past nclass, so those lanes stay 0 */
  memset(out, 0, n * sizeof *out);
  for (size_t i0 = 0; i0 < nfeat; i0 += KG_AP_BATCH) {
    size_t i1 = nfeat - i0 < KG_AP_BATCH ? nfeat : i0 + KG_AP_BATCH;
    const kg_cell *crows[KG_AP_BATCH];
    size_t m = gather_rows(ap, feats, i0, i1, crows);
    ADD_ROWS(crows, m, out);
  }
}

void kg_ap_score_from(const kg_ap *ap, const float *init, const uint64_t *feats,
                      size_t nfeat, float *scores)
{
  if (ap->iscale > 0) {            /* integer weights: the sums, then floats */
    int32_t ibuf[512];
    int32_t *ia = ap->stride <= 512 ? ibuf : malloc(ap->stride * sizeof *ia);
    if (!ia) { memset(scores, 0, ap->nclass * sizeof(float)); return; }
    memset(ia, 0, ap->stride * sizeof *ia);
    kg_ap_sum_int(ap, feats, nfeat, ia);
    for (uint32_t c = 0; c < ap->nclass; c++)
      scores[c] = (init ? init[c] : 0.0f) + (float)ia[c] * ap->iscale;
    if (ia != ibuf) free(ia);
    return;
  }
  uint32_t nv = ap->stride / 8;
  kg_v8 accbuf[64];
  kg_v8 *acc = nv <= 64 ? accbuf : aligned_zalloc(nv * sizeof(kg_v8));
  if (!acc) { memset(scores, 0, ap->nclass * sizeof(float)); return; }
  for (uint32_t v = 0; v < nv; v++) acc[v] = (kg_v8){0, 0, 0, 0, 0, 0, 0, 0};
  if (init) memcpy(acc, init, ap->nclass * sizeof(float));
  /* look every row up and prefetch it before adding any: the loads miss
   * the cache and this lets them overlap */
  for (size_t i0 = 0; i0 < nfeat; i0 += KG_AP_BATCH) {
    size_t m = 0, i1 = nfeat - i0 < KG_AP_BATCH ? nfeat : i0 + KG_AP_BATCH;
    const void *rows[KG_AP_BATCH];
    if (ap->pool) {
      const kg_cell *crows[KG_AP_BATCH];
      m = gather_rows(ap, feats, i0, i1, crows);
      ADD_ROWS(crows, m, (float *)acc);
    } else {
      for (size_t i = i0; i < i1; i++) {
        const float *r = ap_row(ap, feats[i]);
        if (!r) continue;
        rows[m++] = r;
        for (uint32_t c = 0; c < ap->nclass; c += 16) __builtin_prefetch(r + c);
      }
      for (size_t j = 0; j < m; j++) {
        const kg_v4 *r = rows[j];
        kg_v4 *a4 = (kg_v4 *)acc;
        for (uint32_t v = 0; v < 2 * nv; v++) a4[v] += r[v];
      }
    }
  }
  memcpy(scores, acc, ap->nclass * sizeof(float));
  if (acc != accbuf) free(acc);
}

/* ------------------------------------------------------------ integers */

typedef int32_t kg_vi8 __attribute__((vector_size(32)));
typedef int32_t kg_vi8u __attribute__((vector_size(32), aligned(4)));

/* acc += (sign > 0) or -= the int32 pool rows rows[0..m): whole vectors
 * (8 lanes when wide, else 4); a dense row's last partial vector masked as
 * in add_rows_body. */
static inline __attribute__((always_inline)) void
add_rows_int_body(const kg_cell *const *rows, size_t m, int32_t *acc, int wide, int sign, int nul)
{
  for (size_t j = 0; j < m; j++) {
    const kg_cell *p = rows[j];
    if (nul && !p) continue;   /* (nul: rows may hold NULLs, skipped) */
    uint32_t h = p[0].u, n = h >> 1;
    if (h & 1) {
      const int32_t *w = (const int32_t *)&p[1].u;
      uint32_t c = 0;
      if (wide) {
        /* two vectors a step: one test fewer for rows of 16 to 23 (NER's 17) */
        for (; c + 16 <= n; c += 16) {
          if (sign > 0) {
            *(kg_vi8 *)(acc + c) += *(const kg_vi8u *)(w + c);
            *(kg_vi8 *)(acc + c + 8) += *(const kg_vi8u *)(w + c + 8);
          } else {
            *(kg_vi8 *)(acc + c) -= *(const kg_vi8u *)(w + c);
            *(kg_vi8 *)(acc + c + 8) -= *(const kg_vi8u *)(w + c + 8);
          }
        }
        if (c + 8 <= n) {
          if (sign > 0) *(kg_vi8 *)(acc + c) += *(const kg_vi8u *)(w + c);
          else *(kg_vi8 *)(acc + c) -= *(const kg_vi8u *)(w + c);
          c += 8;
        }
      }
      for (; c + 4 <= n; c += 4) {
        if (sign > 0) *(kg_i4 *)(acc + c) += *(const kg_i4u *)(w + c);
        else *(kg_i4 *)(acc + c) -= *(const kg_i4u *)(w + c);
      }
      if (c < n) {
        kg_i4 x = *(const kg_i4u *)(w + c) & *(const kg_i4 *)tail_mask[n - c];
        if (sign > 0) *(kg_i4 *)(acc + c) += x;
        else *(kg_i4 *)(acc + c) -= x;
      }
    } else {
      const kg_cell *q = p + 1;
      for (uint32_t k = 0; k < n; k++, q += 2) {
        if (sign > 0) acc[q[0].u] += (int32_t)q[1].u;
        else acc[q[0].u] -= (int32_t)q[1].u;
      }
    }
  }
}

static void add_rows_int_sse(const kg_cell *const *rows, size_t m, int32_t *acc, int sign)
{
  if (sign > 0) add_rows_int_body(rows, m, acc, 0, 1, 0);
  else add_rows_int_body(rows, m, acc, 0, -1, 0);
}

static void add_rows_int_sse_nul(const kg_cell *const *rows, size_t m, int32_t *acc)
{
  add_rows_int_body(rows, m, acc, 0, 1, 1);
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
__attribute__((target("avx2"))) static void add_rows_int_avx2(const kg_cell *const *rows, size_t m,
                                                              int32_t *acc, int sign)
{
  if (sign > 0) add_rows_int_body(rows, m, acc, 1, 1, 0);
  else add_rows_int_body(rows, m, acc, 1, -1, 0);
}
__attribute__((target("avx2"))) static void add_rows_int_avx2_nul(const kg_cell *const *rows, size_t m,
                                                                  int32_t *acc)
{
  add_rows_int_body(rows, m, acc, 1, 1, 1);
}
__attribute__((target("avx2"))) static void add_groups_int_avx2_nul(const kg_cell *const *rows, uint32_t nj,
                                                                    const uint32_t *off, const uint32_t *cnt,
                                                                    int32_t *const *acc)
{
  for (uint32_t j = 0; j < nj; j++) add_rows_int_body(rows + off[j], cnt[j], acc[j], 1, 1, 1);
}
#define ADD_ROWS_INT(r, m, a, s) \
  (__builtin_cpu_supports("avx2") ? add_rows_int_avx2(r, m, a, s) : add_rows_int_sse(r, m, a, s))
#define ADD_ROWS_INT_NUL(r, m, a) \
  (__builtin_cpu_supports("avx2") ? add_rows_int_avx2_nul(r, m, a) : add_rows_int_sse_nul(r, m, a))
#else
#define ADD_ROWS_INT(r, m, a, s) add_rows_int_sse(r, m, a, s)
#define ADD_ROWS_INT_NUL(r, m, a) add_rows_int_sse_nul(r, m, a)
#endif

static void sum_int(const kg_ap *ap, const uint64_t *feats, size_t nfeat, int32_t *acc, int sign)
{
  for (size_t i0 = 0; i0 < nfeat; i0 += KG_AP_BATCH) {
    size_t m = 0, i1 = nfeat - i0 < KG_AP_BATCH ? nfeat : i0 + KG_AP_BATCH;
    const kg_cell *rows[KG_AP_BATCH];
    m = gather_rows(ap, feats, i0, i1, rows);
    ADD_ROWS_INT(rows, m, acc, sign);
  }
}

void kg_ap_prefetch(const kg_ap *ap, const uint64_t *feats, size_t nfeat)
{
  if (!ap->idx) return;
  for (size_t i = 0; i < nfeat; i++) __builtin_prefetch(ap->idx + (feats[i] & ap->mask));
}

void kg_ap_int_rows(const kg_ap *ap, const uint64_t *feats, size_t nfeat, const void **rows)
{
  for (size_t i = 0; i < nfeat; i++) {
    uint32_t r = ap->idx[feats[i] & ap->mask];
    if (r == KG_AP_NOROW) { rows[i] = NULL; continue; }
    const kg_cell *p = ap->pool + KG_AP_OFF(r);
    rows[i] = p;
    __builtin_prefetch(p);
    if (r & KG_AP_LONG) __builtin_prefetch(p + 16);
  }
}

void kg_ap_add_int_groups(const kg_ap *ap, const void *const *rows, uint32_t nj, const uint32_t *off,
                          const uint32_t *cnt, int32_t *const *acc)
{
  (void)ap;
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
  if (__builtin_cpu_supports("avx2")) {
    add_groups_int_avx2_nul((const kg_cell *const *)rows, nj, off, cnt, acc);
    return;
  }
#endif
  for (uint32_t j = 0; j < nj; j++) add_rows_int_sse_nul((const kg_cell *const *)rows + off[j], cnt[j], acc[j]);
}

void kg_ap_add_int_rows(const kg_ap *ap, const void *const *rows, size_t n, int32_t *acc)
{
  /* in the rows' order, the NULLs skipped (integer sums: any order is exact) */
  ADD_ROWS_INT_NUL((const kg_cell *const *)rows, n, acc);
  (void)ap;
}

kg_status kg_ap_to_int(kg_ap *ap, uint32_t maxfeat)
{
  if (!ap || !ap->pool || !ap->idx || maxfeat == 0) return KG_ERR_USAGE;
  if (ap->iscale > 0) return KG_OK;
  /* the rows lie one after the other in the pool */
  float mx = 0;
  for (size_t o = 0; o < ap->npool;) {
    const kg_cell *p = ap->pool + o;
    uint32_t h = p[0].u, n = h >> 1;
    for (uint32_t k = 0; k < n; k++) {
      float a = fabsf((h & 1) ? p[1 + k].f : p[2 + 2 * k].f);
      if (a > mx) mx = a;
    }
    o += 1 + ((h & 1) ? n : 2 * (size_t)n);
  }
  double lim = (double)(INT32_MAX / maxfeat);
  double inv = mx > 0 ? lim / (double)mx : 1.0;
  for (size_t o = 0; o < ap->npool;) {
    kg_cell *p = ap->pool + o;
    uint32_t h = p[0].u, n = h >> 1;
    for (uint32_t k = 0; k < n; k++) {
      kg_cell *c = (h & 1) ? &p[1 + k] : &p[2 + 2 * k];
      double v = nearbyint((double)c->f * inv);
      v = v > lim ? lim : v < -lim ? -lim : v;
      c->u = (uint32_t)(int32_t)v;
    }
    o += 1 + ((h & 1) ? n : 2 * (size_t)n);
  }
  ap->iscale = (float)(1.0 / inv);
  if (!(ap->iscale > 0)) ap->iscale = 1.0f;
  return KG_OK;
}

float kg_ap_int_scale(const kg_ap *ap) { return ap->iscale; }
uint32_t kg_ap_stride(const kg_ap *ap) { return ap->stride; }

void kg_ap_sum_int(const kg_ap *ap, const uint64_t *feats, size_t nfeat, int32_t *acc)
{
  sum_int(ap, feats, nfeat, acc, 1);
}

void kg_ap_unsum_int(const kg_ap *ap, const uint64_t *feats, size_t nfeat, int32_t *acc)
{
  sum_int(ap, feats, nfeat, acc, -1);
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
/* kg_ap_best's first class with the highest score (n >= 16) with 8-float
 * vectors: the same maximum (a lane takes x only when x > it: max_ps) and
 * the first index holding it; KG_AP_NOROW when none does (NaN scores). */
__attribute__((target("avx2"))) static uint32_t best_avx2(const float *scores, uint32_t n)
{
  __m256 m = _mm256_loadu_ps(scores);
  uint32_t c = 8;
  for (; c + 8 <= n; c += 8) m = _mm256_max_ps(_mm256_loadu_ps(scores + c), m);
  float l[8];
  _mm256_storeu_ps(l, m);
  float mx = l[0];
  for (int k = 1; k < 8; k++) mx = l[k] > mx ? l[k] : mx;
  for (; c < n; c++) mx = scores[c] > mx ? scores[c] : mx;
  const __m256 v = _mm256_set1_ps(mx);
  for (c = 0; c + 8 <= n; c += 8) {
    uint32_t eq = (uint32_t)_mm256_movemask_ps(_mm256_cmp_ps(_mm256_loadu_ps(scores + c), v, _CMP_EQ_OQ));
    if (eq) return c + (uint32_t)__builtin_ctz(eq);
  }
  for (; c < n; c++)
    if (scores[c] == mx) return c;
  return KG_AP_NOROW;
}
#endif

uint32_t kg_ap_best(const kg_ap *ap, const float *scores, const uint8_t *allowed)
{
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
  if (!allowed && ap->nclass >= 16 && __builtin_cpu_supports("avx2")) {
    uint32_t b = best_avx2(scores, ap->nclass);
    if (b != KG_AP_NOROW) return b;
  } else
#endif
  if (!allowed && ap->nclass >= 16) {
    /* the first class with the highest score: a branch-free maximum over 8
     * lanes, then the first index holding it (NaN scores: the loop below) */
    uint32_t n = ap->nclass, c = 4;
    kg_v4 m = *(const kg_v4u *)scores;
    for (; c + 4 <= n; c += 4) {
      kg_v4 x = *(const kg_v4u *)(scores + c);
      kg_i4 gt = x > m;
      m = (kg_v4)(((kg_i4)x & gt) | ((kg_i4)m & ~gt));
    }
    float mx = m[0];
    for (int l = 1; l < 4; l++) mx = m[l] > mx ? m[l] : mx;
    for (; c < n; c++) mx = scores[c] > mx ? scores[c] : mx;
    for (c = 0; c < n; c++)
      if (scores[c] == mx) return c;
  }
  uint32_t best = KG_AP_NOROW;
  float bs = 0;
  for (uint32_t c = 0; c < ap->nclass; c++) {
    if (allowed && !allowed[c]) continue;
    if (best == KG_AP_NOROW || scores[c] > bs) { best = c; bs = scores[c]; }
  }
  return best == KG_AP_NOROW ? 0 : best;
}

void kg_ap_tick(kg_ap *ap) { ap->c++; }

/* Makes sure a training model has its accumulator (dense layout). */
static int ap_train_ready(kg_ap *ap)
{
  if (ap->averaged || ap->idx || ap->pool) return 0;
  if (!ap->u) {
    ap->u = aligned_zalloc(ap->nrows * ap->stride * sizeof(double));
    if (!ap->u) return 0;
  }
  return 1;
}

void kg_ap_update1(kg_ap *ap, const uint64_t *feats, size_t nfeat, uint32_t cls, float delta)
{
  if (cls >= ap->nclass || !ap_train_ready(ap)) return;
  double cd = (double)ap->c * delta;
  for (size_t i = 0; i < nfeat; i++) {
    size_t cell = (size_t)(feats[i] & ap->mask) * ap->stride + cls;
    ap->w[cell] += delta;
    ap->u[cell] += cd;
  }
}

void kg_ap_update(kg_ap *ap, const uint64_t *feats, size_t nfeat,
                  uint32_t truth, uint32_t guess)
{
  if (truth == guess) return;
  kg_ap_update1(ap, feats, nfeat, truth, 1.0f);
  kg_ap_update1(ap, feats, nfeat, guess, -1.0f);
}

void kg_ap_average(kg_ap *ap)
{
  if (ap->averaged) return;
  ap->averaged = 1;
  if (!ap->u || ap->c == 0) { free(ap->u); ap->u = NULL; return; }
  size_t n = ap->nrows * ap->stride;
  double c = (double)ap->c;
  for (size_t i = 0; i < n; i++)
    ap->w[i] = (float)((double)ap->w[i] - ap->u[i] / c);
  free(ap->u);
  ap->u = NULL;
}

const float *kg_ap_bucket_row(const kg_ap *ap, size_t b, float *tmp)
{
  if (!ap->pool) return ap_row(ap, b);
  uint32_t r = ap->idx[b];
  if (r == KG_AP_NOROW) return NULL;
  memset(tmp, 0, ap->nclass * sizeof(float));
  pool_add(ap, ap->pool + KG_AP_OFF(r), tmp);
  return tmp;
}

kg_ap *kg_ap_copy_averaged(const kg_ap *ap)
{
  kg_ap *cp = kg_ap_shell(ap->nclass, ap->log2);
  float *tmp = malloc(ap->stride * sizeof(float));
  if (!cp || !tmp) { free(cp); free(tmp); return NULL; }
  if (ap->pool) {                /* a loaded sparse model: a dense copy */
    size_t nb = (size_t)1 << ap->log2;
    cp->nrows = nb;
    cp->w = aligned_zalloc(nb * ap->stride * sizeof(float));
    if (!cp->w) { free(tmp); kg_ap_free(cp); return NULL; }
    for (size_t b = 0; b < nb; b++) {
      const float *row = kg_ap_bucket_row(ap, b, tmp);
      if (row) memcpy(cp->w + b * ap->stride, row, ap->nclass * sizeof(float));
    }
    free(tmp);
    cp->averaged = 1;
    return cp;
  }
  free(tmp);
  cp->nrows = ap->nrows;
  size_t n = ap->nrows * ap->stride;
  cp->w = aligned_zalloc(n * sizeof(float));
  if (!cp->w) { free(cp); return NULL; }
  if (ap->idx) {
    cp->idx = malloc(((size_t)1 << ap->log2) * sizeof(uint32_t));
    if (!cp->idx) { kg_ap_free(cp); return NULL; }
    memcpy(cp->idx, ap->idx, ((size_t)1 << ap->log2) * sizeof(uint32_t));
  }
  double c = (double)ap->c;
  for (size_t i = 0; i < n; i++)
    cp->w[i] = (ap->u && c > 0) ? (float)((double)ap->w[i] - ap->u[i] / c) : ap->w[i];
  cp->c = ap->c;
  cp->averaged = 1;
  return cp;
}

void kg_ap_add(kg_ap *dst, const kg_ap *src)
{
  uint64_t nb = (uint64_t)1 << kg_ap_log2_buckets(src);
  uint32_t nc = kg_ap_nclass(src);
  for (uint64_t b = 0; b < nb; b++) {
    const float *r = kg_ap_row(src, b);
    if (!r) continue;
    for (uint32_t c = 0; c < nc; c++)
      if (r[c] != 0) kg_ap_update1(dst, &b, 1, c, r[c]);
  }
}

size_t kg_ap_nonzero_rows(const kg_ap *ap)
{
  size_t nz = 0, nb = (size_t)1 << ap->log2;
  float *tmp = malloc(ap->stride * sizeof(float));
  if (!tmp) return 0;
  for (size_t b = 0; b < nb; b++) {
    const float *row = kg_ap_bucket_row(ap, b, tmp);
    for (uint32_t c = 0; row && c < ap->nclass; c++)
      if (row[c] != 0.0f) { nz++; break; }
  }
  free(tmp);
  return nz;
}
