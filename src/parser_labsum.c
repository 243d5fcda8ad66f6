/* parser_labsum.c — the label decisions of the parser's decoding caches
 * (parser_fast.c): sums of packed int16 label rows and their arg-max.
 *
 * Owns: kg_pp_best_label (the first best label but root of a set of label
 * rows, from the first lines of a split table when they decide it) and
 * kg_pp_fast_label_scores (every label's sum), with AVX2 when the CPU has
 * it, else SSE2 or plain loops: integer sums, so the same labels either
 * way.  Does not own: the label features (parser.c, parser_fast.c), the
 * table and its split (parser_model.c).
 */
#include <stdlib.h>
#include <string.h>
#include "parser_impl.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
#include <immintrin.h>
#define KG_PP_AVX2 1
#endif

/* The first best label but root of the lane sums a[0..64) of a split
 * table (kg_parser.pl_split), in label order. */
static int best_split(const kg_parser *p, const int32_t *a)
{
  int best = -1;
  int32_t bv = INT32_MIN;
  for (uint32_t c = 0; c < p->nlab; c++) {
    int32_t v = a[p->pl_lane[c]];
    if ((int)c != p->root_lab && (best < 0 || v > bv)) { best = (int)c; bv = v; }
  }
  return best < 0 ? 0 : best;
}

#ifdef KG_PP_AVX2
/* a[c] = sum of rows[i][c] for c < stride (N16 vectors of 16 lanes, then
 * R8 of 8): two rows interleaved, pairs of lanes added by madd with ones
 * (exact); the sums of a 256-bit madd come out per 128-bit half
 * (lanes 0-3, 8-11 from the low unpack, 4-7, 12-15 from the high one). */
static inline __attribute__((always_inline, target("avx2"))) void
lab_sums_body(const int16_t *const *rows, size_t nf, int32_t *a, int N16, int R8)
{
  const __m256i one = _mm256_set1_epi16(1);
  const __m128i one8 = _mm_set1_epi16(1);
  __m256i lo[4], hi[4];
  __m128i lo8 = _mm_setzero_si128(), hi8 = _mm_setzero_si128();
  for (int v = 0; v < N16; v++) lo[v] = hi[v] = _mm256_setzero_si256();
  size_t i = 0;
  for (; i + 1 < nf; i += 2) {
    const int16_t *r = rows[i], *q = rows[i + 1];
#pragma GCC unroll 4
    for (int v = 0; v < N16; v++) {
      __m256i x = _mm256_loadu_si256((const __m256i *)(r + 16 * v));
      __m256i y = _mm256_loadu_si256((const __m256i *)(q + 16 * v));
      lo[v] = _mm256_add_epi32(lo[v], _mm256_madd_epi16(_mm256_unpacklo_epi16(x, y), one));
      hi[v] = _mm256_add_epi32(hi[v], _mm256_madd_epi16(_mm256_unpackhi_epi16(x, y), one));
    }
    if (R8) {
      __m128i x = _mm_load_si128((const __m128i *)(r + 16 * N16));
      __m128i y = _mm_load_si128((const __m128i *)(q + 16 * N16));
      lo8 = _mm_add_epi32(lo8, _mm_madd_epi16(_mm_unpacklo_epi16(x, y), one8));
      hi8 = _mm_add_epi32(hi8, _mm_madd_epi16(_mm_unpackhi_epi16(x, y), one8));
    }
  }
  if (i < nf) {   /* an odd row: paired with zeros */
    const int16_t *r = rows[i];
    const __m256i z = _mm256_setzero_si256();
    const __m128i z8 = _mm_setzero_si128();
#pragma GCC unroll 4
    for (int v = 0; v < N16; v++) {
      __m256i x = _mm256_loadu_si256((const __m256i *)(r + 16 * v));
      lo[v] = _mm256_add_epi32(lo[v], _mm256_madd_epi16(_mm256_unpacklo_epi16(x, z), one));
      hi[v] = _mm256_add_epi32(hi[v], _mm256_madd_epi16(_mm256_unpackhi_epi16(x, z), one));
    }
    if (R8) {
      __m128i x = _mm_load_si128((const __m128i *)(r + 16 * N16));
      lo8 = _mm_add_epi32(lo8, _mm_madd_epi16(_mm_unpacklo_epi16(x, z8), one8));
      hi8 = _mm_add_epi32(hi8, _mm_madd_epi16(_mm_unpackhi_epi16(x, z8), one8));
    }
  }
  for (int v = 0; v < N16; v++) {
    _mm256_storeu_si256((__m256i *)(a + 16 * v), _mm256_permute2x128_si256(lo[v], hi[v], 0x20));
    _mm256_storeu_si256((__m256i *)(a + 16 * v + 8), _mm256_permute2x128_si256(lo[v], hi[v], 0x31));
  }
  if (R8) {
    _mm_storeu_si128((__m128i *)(a + 16 * N16), lo8);
    _mm_storeu_si128((__m128i *)(a + 16 * N16 + 4), hi8);
  }
}

/* The first index of the largest of a[0..n8 * 8). */
static inline __attribute__((always_inline, target("avx2"))) int
argmax_avx2(const int32_t *a, uint32_t n8)
{
  __m256i m = _mm256_loadu_si256((const __m256i *)a);
  for (uint32_t v = 1; v < n8; v++) m = _mm256_max_epi32(m, _mm256_loadu_si256((const __m256i *)(a + 8 * v)));
  __m128i h = _mm_max_epi32(_mm256_castsi256_si128(m), _mm256_extracti128_si256(m, 1));
  h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0x4e));
  h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0xb1));
  __m256i mx = _mm256_broadcastd_epi32(h);
  for (uint32_t v = 0; v < n8; v++) {
    int bits = _mm256_movemask_ps(_mm256_castsi256_ps(
        _mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(a + 8 * v)), mx)));
    if (bits) return (int)(8 * v) + __builtin_ctz((unsigned)bits);
  }
  return 0;
}

/* best_split with vectors: the largest sum over the lanes of the labels
 * but root, then the lowest label among the lanes holding it (as
 * best_split, which takes the first label of the largest sum). */
static inline __attribute__((always_inline, target("avx2"))) int
best_split_avx2(const kg_parser *p, const int32_t *a)
{
  const __m256i lo = _mm256_set1_epi32(INT32_MIN);
  __m256i v[8], m = lo;
  for (int k = 0; k < 8; k++) {
    v[k] = _mm256_blendv_epi8(lo, _mm256_loadu_si256((const __m256i *)(a + 8 * k)),
                              _mm256_loadu_si256((const __m256i *)(p->pl_valid + 8 * k)));
    m = _mm256_max_epi32(m, v[k]);
  }
  __m128i h = _mm_max_epi32(_mm256_castsi256_si128(m), _mm256_extracti128_si256(m, 1));
  h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0x4e));
  h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0xb1));
  __m256i mx = _mm256_broadcastd_epi32(h);
  int best = 256;
  for (int k = 0; k < 8; k++) {
    unsigned bits = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_and_si256(
        _mm256_cmpeq_epi32(v[k], mx), _mm256_loadu_si256((const __m256i *)(p->pl_valid + 8 * k)))));
    for (; bits; bits &= bits - 1) {
      int c = p->pl_lab[8 * k + __builtin_ctz(bits)];
      if (c < best) best = c;
    }
  }
  return best == 256 ? 0 : best;
}

/* The label sums a[0..p->pl_stride) of the rows. */
__attribute__((target("avx2"))) static void label_sums_avx2(const kg_parser *p,
                                                          const int16_t *const *rows, size_t nf,
                                                          int32_t *a)
{
  switch (p->pl_stride) {
  case 8: lab_sums_body(rows, nf, a, 0, 1); break;
  case 16: lab_sums_body(rows, nf, a, 1, 0); break;
  case 24: lab_sums_body(rows, nf, a, 1, 1); break;
  case 32: lab_sums_body(rows, nf, a, 2, 0); break;
  case 40: lab_sums_body(rows, nf, a, 2, 1); break;
  case 48: lab_sums_body(rows, nf, a, 3, 0); break;
  case 56: lab_sums_body(rows, nf, a, 3, 1); break;
  default: lab_sums_body(rows, nf, a, 4, 0); break;
  }
}

__attribute__((target("avx2"))) static int best_label_avx2(const kg_parser *p,
                                                           const int16_t *const *rows, size_t nf)
{
  int32_t a[KG_PP_MAXLAB];
  uint32_t stride = p->pl_stride;
  if (p->pl_split) {
    /* the first lines: the labels with the most weight and the bound */
    lab_sums_body(rows, nf, a, 2, 0);
    int32_t bound = a[KG_PP_HOT];
    a[KG_PP_HOT] = INT32_MIN;
    int lane = argmax_avx2(a, 4);
    if (a[lane] > bound && p->pl_lab[lane] != 255) return p->pl_lab[lane];
    /* else the second lines too */
    const int16_t *r2[KG_PP_MAXFEAT + 4];
    for (size_t i = 0; i < nf; i++) { r2[i] = rows[i] + 32; __builtin_prefetch(r2[i]); }
    lab_sums_body(r2, nf, a + 32, 2, 0);
    return best_split_avx2(p, a);
  }
  label_sums_avx2(p, rows, nf, a);
  /* root and the padding lanes can't win (sums are far above INT32_MIN) */
  for (uint32_t c = p->nlab; c < stride; c++) a[c] = INT32_MIN;
  if (p->root_lab >= 0 && (uint32_t)p->root_lab < stride) a[p->root_lab] = INT32_MIN;
  int best = argmax_avx2(a, stride / 8);
  return a[best] == INT32_MIN ? 0 : best;
}
#endif

void kg_pp_fast_label_scores(const kg_parser *p, const uint64_t *f, size_t nf, float *sc)
{
#ifdef KG_PP_AVX2
  if (__builtin_cpu_supports("avx2")) {
    const int16_t *rows[KG_PP_MAXFEAT];
    int32_t a[KG_PP_MAXLAB];
    for (size_t i = 0; i < nf; i++) rows[i] = p->pl + (f[i] & p->pl_mask) * p->pl_stride;
    label_sums_avx2(p, rows, nf, a);
    for (uint32_t c = 0; c < p->nlab; c++) sc[c] = (float)a[kg_pp_lane(p, c)];
    return;
  }
#endif
  kg_pp_score_lab(p, f, nf, sc);
}

int kg_pp_best_label(const kg_parser *p, const int16_t *const *rows, size_t nf)
{
  uint32_t stride = p->pl_stride, nv = stride / 8;
#ifdef KG_PP_AVX2
  if (__builtin_cpu_supports("avx2")) return best_label_avx2(p, rows, nf);
#endif
  int32_t a[KG_PP_MAXLAB];
#ifdef __SSE2__
  /* per group of 8 lanes: two rows interleaved, pairs added by madd */
  const __m128i one = _mm_set1_epi16(1);
  for (uint32_t v = 0; v < nv; v++) {
    __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
    size_t i = 0;
    for (; i + 1 < nf; i += 2) {
      __m128i x = _mm_load_si128((const __m128i *)rows[i] + v);
      __m128i y = _mm_load_si128((const __m128i *)rows[i + 1] + v);
      lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(x, y), one));
      hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(x, y), one));
    }
    if (i < nf) {
      __m128i x = _mm_load_si128((const __m128i *)rows[i] + v), z = _mm_setzero_si128();
      lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(x, z), one));
      hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(x, z), one));
    }
    _mm_storeu_si128((__m128i *)(a + 8 * v), lo);
    _mm_storeu_si128((__m128i *)(a + 8 * v + 4), hi);
  }
#else
  memset(a, 0, sizeof a);
  for (size_t i = 0; i < nf; i++)
    for (uint32_t c = 0; c < stride; c++) a[c] += rows[i][c];
#endif
  /* sums are below 2^24 in magnitude, so comparing them as integers is
   * comparing their float conversions */
  if (p->pl_split) return best_split(p, a);
  int best = -1;
  for (uint32_t c = 0; c < p->nlab; c++)
    if ((int)c != p->root_lab && (best < 0 || a[c] > a[best])) best = (int)c;
  return best < 0 ? 0 : best;
}
