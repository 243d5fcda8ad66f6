/* parser_fast.c — decoding-time caches of the parser: the same features and
 * the same integer scores as kg_pp_feats / kg_pp_lab_feats with the packed
 * tables, computed with less work.
 *
 * Owns: kg_pp_fast (a per-run workspace), the cached transition scorer
 * (kg_pp_fast_act), the memoised label picker (kg_pp_fast_label) and the
 * greedy decoder using them (kg_pp_fast_parse).
 * Does not own: the feature definitions, which stay those of parser.c
 * (kg_pp_feats, kg_pp_lab_feats; training uses only those), the transition
 * system, the beam (parser_beam.c), the model file, the sums of label
 * rows (parser_labsum.c).
 *
 * Three caches, all exact (same features, integer sums, so the same scores
 * and the same parses as the plain path; tests/test_parser.c compares them):
 * - per token of the sentence, the first step of every feature hash whose
 *   first part is an attribute of one token, mix(T(template), attribute):
 *   a feature then costs one or two hash steps less (the steps of all
 *   templates are kept per word and tag across sentences and documents:
 *   kg_parser_run keeps the workspace per thread; a token points at its
 *   word's row);
 * - per (s0, b0) pair, the summed transition weights of the features that
 *   depend only on s0, b0 and the sentence (words, tags and neighbours of
 *   both, their distance): about half the features, and the beam visits the
 *   same pair in several items and steps;
 * - per arc and the parts of the state the label features read, the label
 *   the label model picked (items of a beam make the same arcs).
 * Only used with the packed (int16) tables, i.e. for loaded models.
 * The features are hashed in batches (kg_pp_hq_mix: four at a time with
 * AVX2), which also gives each feature's row address, kept beside it for
 * the sums.
 */
#include <stdlib.h>
#include <string.h>
#include "parser_fast_impl.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
#include <immintrin.h>
#define KG_PP_AVX2 1
#endif

/* attribute of one token that is the first part of each template */
enum { A_NONE, A_W, A_P, A_WP, A_U, A_SFX, A_A, A_C4, A_C6, A_CF };
static const uint8_t first_attr[NT] = {
  A_NONE,
  A_WP, A_W, A_P, A_WP, A_W, A_P, A_WP, A_W, A_P, A_WP, A_W, A_P,     /* 1-12 */
  A_WP, A_WP, A_W, A_WP, A_P, A_W, A_P, A_P,                           /* 13-20 */
  A_P, A_P, A_P, A_P, A_P, A_P,                                        /* 21-26 */
  A_W, A_P, A_W, A_P, A_W, A_P,                                        /* 27-32 */
  A_W, A_P, A_W, A_P, A_W, A_P,                                        /* 33-38 */
  A_W, A_P, A_NONE, A_W, A_P, A_NONE, A_W, A_P, A_NONE, A_W, A_P, A_NONE, /* 39-50 */
  A_W, A_P, A_NONE, A_W, A_P, A_NONE, A_W, A_P, A_NONE, A_W, A_P, A_NONE, /* 51-62 */
  A_P, A_P, A_P, A_P,                                                  /* 63-66 */
  A_W, A_P, A_W, A_P, A_W, A_P,                                        /* 67-72 */
  A_P, A_P, A_W, A_SFX, A_P, A_U, A_P,                                 /* 73-79 */
  A_U, A_U, A_W, A_U, A_U,                                             /* 80-84 */
  A_SFX, A_SFX, A_W, A_P, A_SFX, A_U, A_U,                             /* 85-91 */
  A_A, A_A, A_A, A_A, A_A, A_P, A_A, A_A, A_A, A_A, A_A,               /* 92-102 */
  A_P, A_W, A_W, A_P, A_P,                                             /* 103-107 */
  A_C4, A_C4, A_C4, A_CF, A_CF, A_C4, A_C6, A_CF, A_P, A_C4, A_C6, A_U, /* 108-119 */
  A_C4, A_C4, A_C4, A_C4, A_C6, A_C4                                   /* 120-125 */
};
/* Where a token's row keeps template t's prefix: the templates of first
 * parts other than tags come first (in template order, those of clusters
 * last), then the 44 of tags from TP_P and the 8 of coarse tags from TP_U
 * (each in template order, that of clusters last), then those without a
 * token part: so a word's prefixes are written as three runs
 * (kg_pp_fast_begin).  kg_pp_fast_new checks the runs against first_attr. */
static const uint8_t tpos[NT] = {
  117,   0,   1,  65,   2,   3,  66,   4,   5,  67,   6,   7,  68,   8,   9,  10,
   11,  69,  12,  70,  71,  72,  73,  74,  75,  76,  77,  13,  78,  14,  79,  15,
   80,  16,  81,  17,  82,  18,  83,  19,  84, 118,  20,  85, 119,  21,  86, 120,
   22,  87, 121,  23,  88, 122,  24,  89, 123,  25,  90, 124,  26,  91, 125,  92,
   93,  94,  95,  27,  96,  28,  97,  29,  98,  99, 100,  30,  31, 101, 109, 102,
  110, 111,  32, 112, 113,  33,  34,  35, 103,  36, 114, 115,  37,  38,  39,  40,
   41, 104,  42,  43,  44,  45,  46, 105,  47,  48, 106, 107,  49,  50,  51,  52,
   53,  54,  55,  56, 108,  57,  58, 116,  59,  60,  61,  62,  63,  64,
};
#define TP_P 65
#define TP_U 109

/* the templates of labels (labv of one token) */
static const uint8_t lab_tpl[8] = { 41, 44, 47, 50, 53, 56, 59, 62 };

kg_pp_fast *kg_pp_fast_new(const kg_parser *p)
{
  if (!p || !p->pk || !p->pl) return NULL;
  /* not zeroed as a whole (it is large): every cache is marked empty */
  kg_pp_fast *fw = malloc(sizeof *fw);
  if (!fw) return NULL;
  fw->p = p;
  fw->avx2 = 0;
#ifdef KG_PP_AVX2
  fw->avx2 = __builtin_cpu_supports("avx2") != 0;
#endif
  fw->tok = NULL;
  fw->n = 0;
  fw->cap = 0;
  fw->pre = fw->wp = fw->apre = NULL;
  fw->vm = 0;
  fw->nalt = 0;
  memset(fw->aidx, 0, sizeof fw->aidx);
  fw->prow = NULL;
  fw->tsum = NULL;
  fw->tgen = NULL;
  fw->gen = 0;
  for (int i = 0; i < SMEMO; i++) fw->smemo[i].gen = 0;
  for (int i = 0; i < MEMO; i++) fw->memo[i].gen = 0;
  memset(fw->pkey, 0xff, sizeof fw->pkey);
  for (int i = 0; i < 64; i++) fw->pc[i].valid = 0;
  for (int i = 0; i < 32; i++) fw->uc[i].valid = 0;
  fw->np = fw->nu = fw->no = 0;
  fw->f0 = kg_hash_mix(KG_PP_TPL(0), 1);
  for (int j = 0; j < 8; j++)
    for (int v = 0; v < NLV; v++) {
      fw->lv[j][v] = kg_hash_mix(KG_PP_TPL(lab_tpl[j]), (uint64_t)v);
      fw->lvr[j][v] = p->pk + (fw->lv[j][v] & p->pk_mask) * KG_PP_NACT;
    }
  for (int i = 0; i < NLT; i++)
    for (int dir = 1; dir <= 2; dir++) fw->lp[i][dir - 1] = kg_hash_mix(KG_PP_TPL(200 + i), (uint64_t)dir);
  fw->ntpl = p->cl_mask ? NT : 108;
  for (int k = 1; k < fw->ntpl; k++) {
    if (first_attr[k] == A_P && fw->np < KCP) fw->ptpl[fw->np++] = (uint8_t)k;
    else if (first_attr[k] == A_U && fw->nu < KCU) fw->utpl[fw->nu++] = (uint8_t)k;
    else if (first_attr[k] != A_NONE) {
      fw->otpl[fw->no] = (uint8_t)k;
      fw->okind[fw->no++] = first_attr[k];
    }
  }
  for (int j = 0; j < NT + 4; j++) fw->otc[j] = j < fw->no ? KG_PP_TPL(fw->otpl[j]) : 0;
  for (int j = 0; j < NT + 4; j++) fw->oki[j] = j < fw->no ? fw->okind[j] : A_NONE;
  int runs = 1;   /* tpos's runs (a mistake there would only cost the fast path) */
  for (int j = 0; j < fw->no; j++) runs &= tpos[fw->otpl[j]] == j;
  for (int j = 0; j < fw->np; j++) runs &= tpos[fw->ptpl[j]] == TP_P + j;
  for (int j = 0; j < fw->nu; j++) runs &= tpos[fw->utpl[j]] == TP_U + j;
  if (!runs || fw->no > TP_P || TP_P + fw->np > TP_U || TP_U + fw->nu > NT) { free(fw); return NULL; }
  fw->wc = malloc((size_t)WCACHE * WCW * sizeof *fw->wc);
  fw->q = malloc(KG_PP_MAXBEAM * sizeof *fw->q);
  fw->lq = malloc(KG_PP_MAXBEAM * sizeof *fw->lq);
  for (size_t i = 0; fw->wc && i < WCACHE; i++) fw->wc[i * WCW + 4] = fw->wc[i * WCW + 5] = 0;
  return fw;
}

void kg_pp_fast_free(kg_pp_fast *fw)
{
  if (!fw) return;
  free(fw->wc);
  free(fw->q);
  free(fw->lq);
  free(fw->pre);
  free(fw->apre);
  free(fw->prow);
  free(fw->wp);
  free(fw->tsum);
  free(fw->tgen);
  free(fw);
}

/* pr[j] = mix(T(tpl[j]), key) for j < n, through the cache entry e */
static void fill_cached(vcache *e, uint64_t key, const uint8_t *tpl, int n, uint64_t *pr)
{
  if (!e->valid || e->key != key) {
    for (int j = 0; j < n; j++) e->v[j] = kg_hash_mix(KG_PP_TPL(tpl[j]), key);
    e->key = key;
    e->valid = 1;
  }
  memcpy(pr, e->v, (size_t)n * sizeof *pr);
}

/* The word-cache entry of token t (its word, tags and suffix). */
static inline size_t wc_slot(const kg_pp_tok *t)
{
  uint64_t h = (t->w ^ (t->p * 0x9e3779b97f4a7c15ULL) ^ (t->sfx * 31) ^ (t->u * 0x2545f491ULL)) *
               0xff51afd7ed558ccdULL;
  return (size_t)(h >> (64 - WCBITS));
}

static void mix_n(int avx2, const uint64_t *a, const uint64_t *b, size_t n, uint64_t *out);

#ifdef KG_PP_AVX2
/* ob[j] = a[ix[j]] for j < n rounded up to 4 (ix holds that many) */
__attribute__((target("avx2"))) static void gather_avx2(const uint64_t *a, const int32_t *ix, int n,
                                                        uint64_t *ob)
{
  for (int j = 0; j < n; j += 4) {
    __m128i x = _mm_loadu_si128((const __m128i *)(ix + j));
    _mm256_storeu_si256((__m256i *)(ob + j), _mm256_i32gather_epi64((const long long *)a, x, 8));
  }
}
#endif

/* ob[j] = a[ix[j]] for j < n rounded up to 4 (ix holds that many indexes
 * of a; with avx2 the CPU has AVX2) */
static void gather_n(int avx2, const uint64_t *a, const int32_t *ix, int n, uint64_t *ob)
{
#ifdef KG_PP_AVX2
  if (avx2) {
    gather_avx2(a, ix, n, ob);
    return;
  }
#endif
  (void)avx2;
  for (int j = 0; j < ((n + 3) & ~3); j++) ob[j] = a[ix[j]];
}

static inline __attribute__((always_inline)) void
tok_row(kg_pp_fast *fw, const kg_pp_tok *t, uint64_t *pr, const uint64_t **row, uint64_t *wp)
{
  uint64_t *e = NULL;
  if (fw->wc) {
    e = fw->wc + wc_slot(t) * WCW;
    if (e[4] && e[0] == t->w && e[1] == t->p && e[2] == t->sfx && e[3] == t->u) {
      e[5] = fw->gen;
      *row = e + 6;
      *wp = kg_hash_mix(t->w, t->p);
      return;
    }
    if (e[5] == fw->gen) e = NULL;    /* in use by an earlier token */
    else pr = e + 6;
  }
  uint64_t a[10];
  a[A_NONE] = 0;
  a[A_W] = t->w; a[A_P] = t->p; a[A_WP] = kg_hash_mix(t->w, t->p); a[A_U] = t->u;
  a[A_SFX] = t->sfx; a[A_A] = t->a; a[A_C4] = t->c4; a[A_C6] = t->c6; a[A_CF] = t->cf;
  *wp = a[A_WP];
  uint64_t ob[NT + 4];
  gather_n(fw->avx2, a, fw->oki, fw->no, ob);
  /* the run of the others (its lanes past no land before TP_P + 3 <= TP_U,
   * written next) */
  mix_n(fw->avx2, fw->otc, ob, (size_t)fw->no, pr);
  fill_cached(fw->pc + ((t->p ^ (t->p >> 29)) & 63), t->p, fw->ptpl, fw->np, pr + TP_P);
  fill_cached(fw->uc + ((t->u ^ (t->u >> 29)) & 31), t->u, fw->utpl, fw->nu, pr + TP_U);
  pr[tpos[0]] = 0;
  if (e) {
    e[0] = t->w; e[1] = t->p; e[2] = t->sfx; e[3] = t->u; e[4] = 1; e[5] = fw->gen;
  }
  *row = pr;
}

void kg_pp_fast_tok_row(kg_pp_fast *fw, const kg_pp_tok *t, uint64_t *pr, const uint64_t **row, uint64_t *wp)
{
  tok_row(fw, t, pr, row, wp);
}

int kg_pp_fast_begin(kg_pp_fast *fw, const kg_pp_tok *tok, int n)
{
  if (!fw || n < 0 || n > MAXTOK) return 0;
  size_t m = (size_t)n + 2;
  if (m > fw->cap) {
    size_t cap = fw->cap ? fw->cap : 64;
    while (cap < m) cap *= 2;
    uint64_t *pre = realloc(fw->pre, cap * NT * sizeof *pre);
    if (!pre) return 0;
    fw->pre = pre;
    const uint64_t **pw = realloc(fw->prow, cap * sizeof *pw);
    if (!pw) return 0;
    fw->prow = pw;
    uint64_t *wp = realloc(fw->wp, cap * sizeof *wp);
    if (!wp) return 0;
    fw->wp = wp;
    int32_t (*ts)[8] = realloc(fw->tsum, cap * sizeof *ts);
    if (!ts) return 0;
    fw->tsum = ts;
    uint32_t (*tg)[2] = realloc(fw->tgen, cap * sizeof *tg);
    if (!tg) return 0;
    fw->tgen = tg;
    memset(tg, 0, cap * sizeof *tg);
    fw->cap = cap;
  }
  fw->tok = tok;
  fw->n = n;
  for (int r = 0; r < fw->nalt; r++) fw->aidx[fw->apos[r]] = 0;   /* no readings (parser_fastj.c) */
  fw->nalt = 0;
  fw->vm = 0;
  if (++fw->gen == 0) {
    for (int i = 0; i < SMEMO; i++) fw->smemo[i].gen = 0;
    for (int i = 0; i < MEMO; i++) fw->memo[i].gen = 0;
    memset(fw->pkey, 0xff, sizeof fw->pkey);
    memset(fw->tgen, 0, fw->cap * sizeof *fw->tgen);
    for (size_t i = 0; fw->wc && i < WCACHE; i++) fw->wc[i * WCW + 5] = 0;
    fw->gen = 1;
  }
  /* the word-cache entries of the sentence's tokens (2 MB of them, one
   * 1 KB entry per word): their headers prefetched first, so that their
   * cache misses overlap */
  for (size_t i = 0; fw->wc && i < m; i++) __builtin_prefetch(fw->wc + wc_slot(&tok[i]) * WCW);
  for (size_t i = 0; i < m; i++) tok_row(fw, &tok[i], fw->pre + i * NT, &fw->prow[i], &fw->wp[i]);
  /* pair keys hold the sentence's low 6 bits: those of 64 sentences ago
   * are cleared first */
  if ((fw->gen & 63) == 0) memset(fw->pkey, 0xff, sizeof fw->pkey);
  return 1;
}

/* ------------------------------------------------------------ features */

#define M kg_hash_mix
#define P(t, i) (prow[i][tpos[t]])


#ifdef KG_PP_AVX2
/* out[i] = kg_hash_mix(a[i], b[i]) for i < n rounded up to 4 (a and b hold
 * that many), four 64-bit lanes at a time, the 64-bit product from three
 * 32-bit ones (exact); with base set, the row of each (base + (out[i] &
 * mask) * rowb bytes) is prefetched: its first byte, and with lines 3 also
 * the next 64 and its last two. */
static inline __attribute__((always_inline, target("avx2"))) void
mix_body(const uint64_t *a, const uint64_t *b, size_t n, uint64_t *out, const char *base,
         uint64_t mask, uint32_t rowb, int lines, const void **rows)
{
  const __m256i bv = _mm256_set1_epi64x((long long)(uintptr_t)base);
  const __m256i c = _mm256_set1_epi64x((long long)0x9e3779b97f4a7c15ULL);
  const __m256i klo = _mm256_set1_epi64x(0xed558ccdLL), khi = _mm256_set1_epi64x(0xff51afd7LL);
  const __m256i mv = _mm256_set1_epi64x((long long)mask), rv = _mm256_set1_epi64x((long long)rowb);
  for (size_t i = 0; i < n; i += 4) {
    __m256i h = _mm256_loadu_si256((const __m256i *)(a + i));
    __m256i v = _mm256_loadu_si256((const __m256i *)(b + i));
    v = _mm256_add_epi64(_mm256_add_epi64(v, c),
                         _mm256_add_epi64(_mm256_slli_epi64(h, 6), _mm256_srli_epi64(h, 2)));
    h = _mm256_xor_si256(h, v);
    __m256i lo = _mm256_mul_epu32(h, klo);
    __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(h, 32), klo),
                                     _mm256_mul_epu32(h, khi));
    h = _mm256_add_epi64(lo, _mm256_slli_epi64(cross, 32));
    h = _mm256_xor_si256(h, _mm256_srli_epi64(h, 33));
    _mm256_storeu_si256((__m256i *)(out + i), h);
    if (!base) continue;
    /* rows below 2^32 (mask), so a 32-bit product gives the byte offset */
    __m256i off = _mm256_mul_epu32(_mm256_and_si256(h, mv), rv);
    _mm256_storeu_si256((__m256i *)(rows + i), _mm256_add_epi64(off, bv));
    __m128i o0 = _mm256_castsi256_si128(off), o1 = _mm256_extracti128_si256(off, 1);
    const char *r[4] = { base + _mm_cvtsi128_si64(o0), base + _mm_extract_epi64(o0, 1),
                         base + _mm_cvtsi128_si64(o1), base + _mm_extract_epi64(o1, 1) };
    for (int j = 0; j < 4; j++) {
      __builtin_prefetch(r[j]);
      if (lines == 3) { __builtin_prefetch(r[j] + 64); __builtin_prefetch(r[j] + rowb - 2); }
    }
  }
}

__attribute__((target("avx2"))) static void mix_avx2(kg_pp_hq *q, uint64_t *out, const char *base,
                                                     uint64_t mask, uint32_t rowb, int lines,
                                                     const void **rows)
{
  size_t n = q->n, nd = q->nd;
  const __m256i z = _mm256_setzero_si256();
  /* the lanes after the last are zeros (their hashes are written, unused) */
  _mm256_storeu_si256((__m256i *)(q->a + n), z); _mm256_storeu_si256((__m256i *)(q->b + n), z);
  _mm256_storeu_si256((__m256i *)(q->da + nd), z); _mm256_storeu_si256((__m256i *)(q->db + nd), z);
  _mm256_storeu_si256((__m256i *)(q->dc + nd), z);
  if (lines == 3) {
    mix_body(q->a, q->b, n, out, base, mask, rowb, 3, rows);
    mix_body(q->da, q->db, nd, q->da, NULL, 0, 0, 1, NULL);
    mix_body(q->da, q->dc, nd, out + n, base, mask, rowb, 3, rows + n);
  } else {
    mix_body(q->a, q->b, n, out, base, mask, rowb, 1, rows);
    mix_body(q->da, q->db, nd, q->da, NULL, 0, 0, 1, NULL);
    mix_body(q->da, q->dc, nd, out + n, base, mask, rowb, 1, rows + n);
  }
}
#endif

#ifdef KG_PP_AVX2
__attribute__((target("avx2"))) static void mix_n_avx2(const uint64_t *a, const uint64_t *b, size_t n,
                                                       uint64_t *out)
{
  mix_body(a, b, n, out, NULL, 0, 0, 1, NULL);
}
#endif

/* out[i] = kg_hash_mix(a[i], b[i]) for i < n; a, b and out hold n rounded
 * up to 4 (with avx2 those lanes are hashed too). */
static void mix_n(int avx2, const uint64_t *a, const uint64_t *b, size_t n, uint64_t *out)
{
#ifdef KG_PP_AVX2
  if (avx2) {
    mix_n_avx2(a, b, n, out);
    return;
  }
#endif
  (void)avx2;
  for (size_t i = 0; i < n; i++) out[i] = kg_hash_mix(a[i], b[i]);
}

void kg_pp_hq_mix(kg_pp_hq *q, uint64_t *out, int avx2, const void *base, uint64_t mask,
                  uint32_t rowb, int lines, const void **rows)
{
  size_t n = q->n, nd = q->nd;
#ifdef KG_PP_AVX2
  if (avx2) {
    mix_avx2(q, out, base, mask, rowb, lines, rows);
    return;
  }
#endif
  (void)avx2;
  for (size_t i = 0; i < n; i++) out[i] = kg_hash_mix(q->a[i], q->b[i]);
  for (size_t i = 0; i < nd; i++) out[n + i] = kg_hash_mix(kg_hash_mix(q->da[i], q->db[i]), q->dc[i]);
  for (size_t i = 0; i < n + nd; i++) {
    const char *r = (const char *)base + (out[i] & mask) * rowb;
    rows[i] = r;
    __builtin_prefetch(r);
    if (lines == 3) { __builtin_prefetch(r + 64); __builtin_prefetch(r + rowb - 2); }
  }
}

/* Feature x as it is (F0: stored, its transition row prefetched), or the
 * hash inputs of one made by one or two hash steps, M(x, y) (H1) or
 * M(M(x, y), z) (H2), for hq_end to mix. */
#define F0(x) (f[k] = (x), r[k] = fw->p->pk + (f[k] & fw->p->pk_mask) * KG_PP_NACT, \
                __builtin_prefetch(r[k]), k++)
/* F0 where only the row is kept unless keepf (the transition scores read
 * the rows; kg_pp_fast_feats the features) */
#define F0R(x) do { \
    uint64_t x_ = (x); \
    if (keepf) f[k] = x_; \
    r[k] = fw->p->pk + (x_ & fw->p->pk_mask) * KG_PP_NACT; \
    __builtin_prefetch(r[k]); \
    k++; \
  } while (0)
#define H1(x, y) (q.a[q.n] = (x), q.b[q.n++] = (y))
#define H2(x, y, z) (q.da[q.nd] = (x), q.db[q.nd] = (y), q.dc[q.nd++] = (z))

/* Mixes q's features into f after f[0..k), their transition rows into r
 * (prefetched); returns the count. */
static inline size_t hq_end(const kg_pp_fast *fw, kg_pp_hq *q, uint64_t *f, const int16_t **r, size_t k)
{
  kg_pp_hq_mix(q, f + k, fw->avx2, fw->p->pk, fw->p->pk_mask, KG_PP_NACT * sizeof(int16_t), 1,
               (const void **)(r + k));
  return k + q->n + q->nd;
}

/* The features of kg_pp_feats that depend only on s0 and the buffer front
 * come in three groups: of s0 alone (feats_s0), of the buffer front alone
 * (feats_b0; b1, b2, b3 and the token before b0 follow from it) and of
 * both (feats_joint). */
#define PAIR_LOCALS \
  size_t k = 0; \
  kg_pp_hq q; \
  q.n = q.nd = 0; \
  const kg_pp_tok *t = fw->tok; \
  const uint64_t *const *prow = fw->prow; \
  int n = fw->n, nil = n + 1; \
  (void)t; (void)nil

static size_t feats_s0(const kg_pp_fast *fw, int s0, uint64_t *f, const int16_t **r)
{
  PAIR_LOCALS;
  F0(P(1, s0)); F0(P(2, s0)); F0(P(3, s0));
  F0(P(92, s0)); H1(P(100, s0), t[s0].p);
  if (!fw->p->cl_mask) return hq_end(fw, &q, f, r, k);
  F0(P(108, s0)); F0(P(111, s0));
  return hq_end(fw, &q, f, r, k);
}

static size_t feats_b0(const kg_pp_fast *fw, int bf, uint64_t *f, const int16_t **r)
{
  PAIR_LOCALS;
  int b0 = bf <= n ? bf : nil;
  int b1 = bf + 1 <= n ? bf + 1 : nil;
  int b2 = bf + 2 <= n ? bf + 2 : nil;
  int b3 = bf + 3 <= n ? bf + 3 : nil;
  int b0p = b0 != nil && b0 > 1 ? b0 - 1 : nil;
  uint64_t N0p = t[b0].p, N1w = t[b1].w, N1p = t[b1].p, N2w = t[b2].w, N2p = t[b2].p;
  F0(fw->f0);
  F0(P(4, b0)); F0(P(5, b0)); F0(P(6, b0));
  F0(P(7, b1)); F0(P(8, b1)); F0(P(9, b1));
  F0(P(10, b2)); F0(P(11, b2)); F0(P(12, b2));
  H1(P(20, b0), N1p); H2(P(21, b0), N1p, N2p);
  H1(P(86, b0), N1p); H1(P(87, b0), N1w);
  H2(P(88, b0), N1p, N2w); H1(P(89, b1), N0p);
  F0(P(93, b0)); F0(P(94, b1)); H1(P(98, b0), t[b1].a); H1(P(101, b0), N0p);
  H1(P(105, b0p), N0p); H2(P(106, b1), N2p, t[b3].p);
  if (!fw->p->cl_mask) return hq_end(fw, &q, f, r, k);
  F0(P(109, b0)); F0(P(110, b1)); F0(P(112, b0)); H1(P(124, b0), t[b1].c6);
  return hq_end(fw, &q, f, r, k);
}

static size_t feats_joint(const kg_pp_fast *fw, int s0, int bf, uint64_t *f, const int16_t **r)
{
  PAIR_LOCALS;
  const uint64_t *wp = fw->wp;
  int b0 = bf <= n ? bf : nil;
  int b1 = bf + 1 <= n ? bf + 1 : nil;
  uint64_t N0w = t[b0].w, N0p = t[b0].p, N1p = t[b1].p;
  uint64_t N0wp = wp[b0];
  uint64_t d = b0 != nil ? (uint64_t)kg_pp_dist_bucket(b0 - s0) : 9;
  H1(P(13, s0), N0wp); H1(P(14, s0), N0w); H1(P(15, s0), N0wp);
  H1(P(16, s0), N0p); H1(P(17, s0), N0wp); H1(P(18, s0), N0w);
  H1(P(19, s0), N0p); H2(P(22, s0), N0p, N1p);
  H1(P(27, s0), d); H1(P(28, s0), d); H1(P(29, b0), d);
  H1(P(30, b0), d); H2(P(31, s0), N0w, d); H2(P(32, s0), N0p, d);
  H1(P(76, s0), N0p); H1(P(77, s0), t[b0].sfx);
  H2(P(78, s0), t[b0].u, t[b1].u);
  H2(P(79, s0), N0p, b0 != nil && b0 > 1 ? t[b0 - 1].p : 0);
  uint64_t N0u = t[b0].u, N1u = t[b1].u;
  H1(P(80, s0), N0u); H2(P(81, s0), N0u, N1u);
  H2(P(82, s0), N0u, d); H2(P(83, s0), N0w, d);
  H1(P(85, s0), t[b0].sfx);
  uint64_t N0a = t[b0].a, N1a = t[b1].a;
  H1(P(95, s0), N0a); H1(P(96, s0), N0p); H1(P(97, s0), N0a);
  H2(P(99, s0), N0a, N1a);
  int s0n = s0 > 0 && s0 < n ? s0 + 1 : nil, b0p = b0 != nil && b0 > 1 ? b0 - 1 : nil;
  H2(P(103, s0), t[s0n].p, N0p); H1(P(104, s0n), N0p);
  H2(P(107, s0), t[s0n].p, t[b0p].p);
  if (!fw->p->cl_mask) return hq_end(fw, &q, f, r, k);
  uint64_t N0c = t[b0].c4;
  H1(P(113, s0), N0c); H1(P(114, s0), t[b0].c6);
  H1(P(115, s0), N0p); H1(P(116, s0), t[b0].cf);
  H2(P(117, s0), N0c, t[b1].c4); H1(P(118, s0), N0u);
  H1(P(119, s0), t[b0].c6);
  return hq_end(fw, &q, f, r, k);
}

/* The tag-uncertainty features (models with TALT), of s0 and the buffer
 * front as well: kg_pp_alt_feats itself. */
static size_t feats_alt(const kg_pp_fast *fw, int s0, int bf, uint64_t *f, const int16_t **r)
{
  if (!fw->p->tagalt) return 0;
  int n = fw->n, nil = n + 1;
  size_t k = kg_pp_alt_feats(fw->tok, s0, bf <= n ? bf : nil, bf + 1 <= n ? bf + 1 : nil, f);
  for (size_t i = 0; i < k; i++) {
    r[i] = fw->p->pk + (f[i] & fw->p->pk_mask) * KG_PP_NACT;
    __builtin_prefetch(r[i]);
  }
  return k;
}

static size_t feats_pair(const kg_pp_fast *fw, int s0, int bf, uint64_t *f, const int16_t **r)
{
  size_t k = feats_s0(fw, s0, f, r);
  k += feats_b0(fw, bf, f + k, r + k);
  k += feats_alt(fw, s0, bf, f + k, r + k);
  return k + feats_joint(fw, s0, bf, f + k, r + k);
}

/* The label-value feature j of token i, LV(i) of kg_pp_feats: lab[i] + 2,
 * and 1 for the "none" token n + 1, whose label is always -1
 * (kg_pp_state_init; no transition gives it a head), so lab[i] + 2 for
 * every i <= n + 1; its row from lvr. */
#define FLV(j, i) do { \
    uint64_t v_ = (uint64_t)(uint32_t)(st->lab[i] + 2); \
    if (v_ < NLV) { \
      if (keepf) f[k] = fw->lv[j][v_]; \
      r[k] = fw->lvr[j][v_]; \
      __builtin_prefetch(r[k]); \
      k++; \
    } else F0R(M(KG_PP_TPL(lab_tpl[j]), v_)); \
  } while (0)

/* The other features of kg_pp_feats (those reading the partial tree, the
 * stack below s0, valencies and label sets); f gets the features' values
 * only with keepf (kg_pp_fast_feats), r their rows always. */
static inline __attribute__((always_inline)) size_t
feats_state_body(const kg_pp_fast *fw, const kg_pp_state *st, uint64_t *f, const int16_t **r, int keepf)
{
  size_t k = 0;
  kg_pp_hq q;
  q.n = q.nd = 0;
  const kg_pp_tok *t = fw->tok;
  const uint64_t *const *prow = fw->prow;
  int n = st->n, nil = n + 1;
  int s0 = st->stack[st->sp - 1];
  int b0 = st->b <= n ? st->b : nil;
  int s0h = st->head[s0] >= 0 ? st->head[s0] : nil;
  int s0h2 = (s0h != nil && st->head[s0h] >= 0) ? st->head[s0h] : nil;
  int s0l = st->lc1[s0], s0l2 = st->lc2[s0], s0r = st->rc1[s0], s0r2 = st->rc2[s0];
  int b0l = st->lc1[b0], b0l2 = st->lc2[b0];
  int s1 = st->sp >= 2 ? st->stack[st->sp - 2] : nil;
  uint64_t S0p = t[s0].p, N0p = t[b0].p, N0u = t[b0].u;
  H2(P(23, s0h), S0p, N0p); H2(P(24, s0), t[s0l].p, N0p);
  H2(P(25, s0), t[s0r].p, N0p); H2(P(26, s0), N0p, t[b0l].p);
  uint64_t vr = (uint64_t)st->nr[s0], vl = (uint64_t)st->nl[s0], nvl = (uint64_t)st->nl[b0];
  H1(P(33, s0), vr); H1(P(34, s0), vr); H1(P(35, s0), vl);
  H1(P(36, s0), vl); H1(P(37, b0), nvl); H1(P(38, b0), nvl);
  F0R(P(39, s0h)); F0R(P(40, s0h)); FLV(0, s0);
  F0R(P(42, s0l)); F0R(P(43, s0l)); FLV(1, s0l);
  F0R(P(45, s0r)); F0R(P(46, s0r)); FLV(2, s0r);
  F0R(P(48, b0l)); F0R(P(49, b0l)); FLV(3, b0l);
  F0R(P(51, s0h2)); F0R(P(52, s0h2)); FLV(4, s0h);
  F0R(P(54, s0l2)); F0R(P(55, s0l2)); FLV(5, s0l2);
  F0R(P(57, s0r2)); F0R(P(58, s0r2)); FLV(6, s0r2);
  F0R(P(60, b0l2)); F0R(P(61, b0l2)); FLV(7, b0l2);
  H2(P(63, s0), t[s0l].p, t[s0l2].p); H2(P(64, s0), t[s0r].p, t[s0r2].p);
  H2(P(65, s0), t[s0h].p, t[s0h2].p); H2(P(66, b0), t[b0l].p, t[b0l2].p);
  uint64_t sr = st->rs[s0], sl = st->ls[s0], nl = st->ls[b0];
  H1(P(67, s0), sr); H1(P(68, s0), sr); H1(P(69, s0), sl);
  H1(P(70, s0), sl); H1(P(71, b0), nl); H1(P(72, b0), nl);
  uint64_t hh = st->head[s0] >= 0;
  H2(P(73, s0), N0p, hh); H2(P(74, s1), S0p, N0p);
  H1(P(75, s1), S0p); H1(P(84, s0h), N0u);
  H2(P(90, s0), t[s0l].u, N0u); H2(P(91, s0), t[s0r].u, N0u);
  H2(P(102, s1), t[s0].a, t[b0].a);
  if (!st->clusters) return hq_end(fw, &q, f, r, k);
  uint64_t S0c = t[s0].c4, N0c = t[b0].c4;
  H2(P(120, s0h), S0c, N0c); H2(P(121, s0), t[s0l].c4, N0c);
  H2(P(122, s0), t[s0r].c4, N0c); H1(P(123, b0), t[b0l].c4);
  H1(P(125, s1), S0c);
  return hq_end(fw, &q, f, r, k);
}

static size_t feats_state(const kg_pp_fast *fw, const kg_pp_state *st, uint64_t *f, const int16_t **r)
{
  return feats_state_body(fw, st, f, r, 1);
}

/* feats_state for the scores: the rows only (f is scratch) */
static size_t feats_state_r(const kg_pp_fast *fw, const kg_pp_state *st, uint64_t *f, const int16_t **r)
{
  return feats_state_body(fw, st, f, r, 0);
}

size_t kg_pp_fast_feats(const kg_pp_fast *fw, const kg_pp_state *st, uint64_t *f)
{
  const int16_t *r[KG_PP_MAXFEAT + 4];
  size_t k = feats_pair(fw, st->stack[st->sp - 1], st->b, f, r);
  return k + feats_state(fw, st, f + k, r + k);
}

/* ------------------------------------------------------------ sums */

/* acc[0..4) += the transition rows r[0..nf) (int16 -> int32, exact); the
 * rows were prefetched when the features were made. */
static void sum_rows(const int16_t *const *r, size_t nf, int32_t *acc)
{
#ifdef __SSE2__
  /* two rows interleaved, then pairs of lanes added by madd with ones */
  const __m128i one = _mm_set1_epi16(1);
  __m128i a = _mm_setzero_si128(), b = _mm_setzero_si128();
  size_t i = 0;
  for (; i + 3 < nf; i += 4) {
    __m128i x = _mm_loadl_epi64((const __m128i *)r[i]);
    __m128i y = _mm_loadl_epi64((const __m128i *)r[i + 1]);
    __m128i z = _mm_loadl_epi64((const __m128i *)r[i + 2]);
    __m128i w = _mm_loadl_epi64((const __m128i *)r[i + 3]);
    a = _mm_add_epi32(a, _mm_madd_epi16(_mm_unpacklo_epi16(x, y), one));
    b = _mm_add_epi32(b, _mm_madd_epi16(_mm_unpacklo_epi16(z, w), one));
  }
  for (; i < nf; i++) {
    __m128i x = _mm_loadl_epi64((const __m128i *)r[i]);
    a = _mm_add_epi32(a, _mm_madd_epi16(_mm_unpacklo_epi16(x, _mm_setzero_si128()), one));
  }
  int32_t v[4];
  _mm_storeu_si128((__m128i *)v, _mm_add_epi32(a, b));
  acc[0] += v[0]; acc[1] += v[1]; acc[2] += v[2]; acc[3] += v[3];
#else
  for (size_t i = 0; i < nf; i++) {
    acc[0] += r[i][0]; acc[1] += r[i][1]; acc[2] += r[i][2]; acc[3] += r[i][3];
  }
#endif
}

/* The summed rows of feats_s0 (kind 0) of token i, or of feats_b0 (kind
 * 1), at tsum[i][4 * kind], computed once per sentence; f is scratch. */
static const int32_t *tok_sum(kg_pp_fast *fw, int kind, int i, uint64_t *f, const int16_t **rows,
                              int32_t *nocache)
{
  int32_t *r = nocache ? nocache : fw->tsum[i];   /* a runner-up in view: made anew in nocache */
  if (nocache || fw->tgen[i][kind] != fw->gen) {
    int32_t a[4] = { 0, 0, 0, 0 };
    size_t nf = kind ? feats_b0(fw, i, f, rows) : feats_s0(fw, i, f, rows);
    sum_rows(rows, nf, a);
    memcpy(r + 4 * kind, a, sizeof a);
    if (!nocache) fw->tgen[i][kind] = fw->gen;
  }
  return r;
}

#define LV(i) ((uint64_t)((i) <= n ? st->lab[i] + 2 : 1))
#define W2(a, b) ((uint64_t)(uint32_t)(a) << 32 | (uint32_t)(b))

/* A state's transition scores in two halves, so that a beam can look up
 * (and prefetch) the rows of all its items before adding any:
 * act_begin returns 1 with sc set when the state memo has the state, else
 * 0 with the rest to add in q; act_end adds it, fills the memo and sc. */

/* Which of the words st's transition features read show their runner-up
 * (kg_pp_fj_at; 16 bits, the positions are in act_key's key). */
static __attribute__((noinline)) uint32_t state_view(const kg_pp_fast *fw, const kg_pp_state *st)
{
  int nil = st->n + 1, s0 = st->stack[st->sp - 1], bf = st->b;
  int s0h = st->head[s0] >= 0 ? st->head[s0] : nil;
  const int at[16] = { s0, s0 + 1, bf - 1, bf, bf + 1, bf + 2, bf + 3, s0h,
                       st->head[s0h] >= 0 ? st->head[s0h] : nil, st->lc1[s0], st->lc2[s0], st->rc1[s0],
                       st->rc2[s0], st->lc1[bf], st->lc2[bf], st->sp >= 2 ? st->stack[st->sp - 2] : nil };
  return kg_pp_fj_at(fw, at, 16);
}

static int act_key(kg_pp_fast *fw, const kg_pp_state *st, kg_pp_actq *q, float *sc)
{
  /* the whole state first: beam items often are in the same one.  The
   * "none" token n + 1 never gets a head or a label (-1), so its LV is 1
   * as the macro's and the head of none is none. */
  const int *head = st->head, *lab = st->lab;
  int nil = st->n + 1;
  int s0 = st->stack[st->sp - 1], bf = st->b;
  int s0h = head[s0] >= 0 ? head[s0] : nil;
  int s0h2 = head[s0h] >= 0 ? head[s0h] : nil;
  int s0l = st->lc1[s0], s0l2 = st->lc2[s0], s0r = st->rc1[s0], s0r2 = st->rc2[s0];
  int b0l = st->lc1[bf], b0l2 = st->lc2[bf];
  int s1 = st->sp >= 2 ? st->stack[st->sp - 2] : nil;
#define LVX(i) ((uint64_t)(uint32_t)(lab[i] + 2))
  uint64_t *key = q->key;
  /* with runner-ups in view (parser_fastj.c), which words the features read show one */
  uint64_t k0 = W2(s0, bf) | (fw->vm ? (uint64_t)state_view(fw, st) << 16 : 0);
  uint64_t k1 = W2(s0h, s0h2), k2 = W2(s0l, s0l2), k3 = W2(s0r, s0r2);
  uint64_t k7 = LVX(s0) << 48 | LVX(s0l) << 32 | LVX(s0r) << 16 | LVX(b0l);
  uint64_t k8 = LVX(s0h) << 48 | LVX(s0l2) << 32 | LVX(s0r2) << 16 | LVX(b0l2);
#undef LVX
  key[0] = k0; key[1] = k1; key[2] = k2; key[3] = k3; key[4] = W2(b0l, b0l2);
  key[5] = W2(s1, st->nr[s0]); key[6] = W2(st->nl[s0], st->nl[bf]);
  key[7] = k7; key[8] = k8;
  key[9] = st->rs[s0]; key[10] = st->ls[s0]; key[11] = st->ls[bf];
  /* the slot from the words that differ most between states (the whole
   * key is compared) */
  uint64_t hk = (k0 * 0x9e3779b97f4a7c15ULL) ^ (k1 * 0xff51afd7ed558ccdULL) ^
                (k2 * 0xc4ceb9fe1a85ec53ULL) ^ (k3 * 0x2545f4914f6cdd1dULL) ^
                (k7 * 0x94d049bb133111ebULL) ^ (k8 * 0xbf58476d1ce4e5b9ULL);
  hk ^= hk >> 29;
  smemo *me = &fw->smemo[(hk >> 56) & (SMEMO - 1)];
  if (me->gen == fw->gen && me->key[0] == k0 && memcmp(me->key, key, SKEY * sizeof *key) == 0) {
    sc[0] = (float)me->sum[0]; sc[1] = (float)me->sum[1];
    sc[2] = (float)me->sum[2]; sc[3] = (float)me->sum[3];
    return 1;
  }
  q->me = me;
  return 0;
}

/* The pair cache's key of (s0, bf) in this sentence: s0, bf <= MAXTOK + 1
 * < 2^13, and the sentence's low 6 bits (never all ones: UINT32_MAX is
 * no key). */
static inline uint32_t pair_key(const kg_pp_fast *fw, int s0, int bf)
{
  return (fw->gen & 63u) << 26 | (uint32_t)s0 << 13 | (uint32_t)bf;
}

/* The pair cache's slot of (s0, bf) seen with the runner-ups pat
 * (kg_pp_fj_pat; 0: none). */
static inline uint32_t pair_slot(int s0, int bf, uint32_t pat)
{
  return ((uint32_t)bf * 32u + (uint32_t)s0 * 0x9e37u + pat * 0x2f1u) & (PAIRS - 1);
}

/* The pair sums of (s0, bf) into fw's pair cache (jf: their features,
 * njf of them) and q->acc. */
static void pair_sums(kg_pp_fast *fw, kg_pp_actq *q)
{
  int s0 = q->s0, bf = q->bf;
  uint32_t pk = pair_key(fw, s0, bf);
  uint32_t slot = pair_slot(s0, bf, q->pat);
  if (fw->pkey[slot] != pk || (fw->nalt && fw->ppat[slot] != q->pat)) {
    int32_t a[4] = { 0, 0, 0, 0 };
    uint64_t f[KG_PP_MAXFEAT + 4];
    const int16_t *r[KG_PP_MAXFEAT + 4];
    int32_t nc[8];   /* the token sums of a word seen as its runner-up: not kept */
    sum_rows(q->jr, q->njf, a);
    const int32_t *ss = tok_sum(fw, 0, s0, f, r, q->pat & 1 ? nc : NULL);
    const int32_t *bs = tok_sum(fw, 1, bf, f, r, q->pat & ~3u ? nc : NULL);   /* nc[4..8) */
    for (int c = 0; c < 4; c++) a[c] += ss[c] + bs[4 + c];
    fw->pkey[slot] = pk;
    if (fw->nalt) fw->ppat[slot] = (uint8_t)q->pat;
    memcpy(fw->psum[slot], a, sizeof a);
  }
  memcpy(q->acc, fw->psum[slot], sizeof q->acc);
  memcpy(q->pacc, q->acc, sizeof q->pacc);
  q->njf = 0;
}

/* The features of st into q (rows prefetched); the pair sums from the
 * cache, or their features in q->jf when the pair is not cached. */
static void act_feats(kg_pp_fast *fw, const kg_pp_state *st, kg_pp_actq *q, const kg_pp_actq *q0)
{
  int s0 = st->stack[st->sp - 1], bf = st->b;
  uint32_t pk = pair_key(fw, s0, bf);
  q->pat = kg_pp_fj_pat(fw, s0, bf);   /* the words it reads that show their runner-up */
  uint32_t slot = pair_slot(s0, bf, q->pat);
  q->s0 = s0;
  q->bf = bf;
  q->njf = 0;
  q->pfrom = NULL;
  /* an earlier item of the batch (q0 .. q, seen in the same view) making the same pair's sums */
  for (const kg_pp_actq *o = q0; o && o < q; o++)
    if ((o->njf || o->pfrom) && o->s0 == s0 && o->bf == bf) { q->pfrom = o->pfrom ? o->pfrom : o; break; }
  if (q->pfrom) ;
  else if (fw->pkey[slot] != pk || (fw->nalt && fw->ppat[slot] != q->pat)) {
    size_t nf = feats_joint(fw, s0, bf, q->jf, q->jr);
    q->njf = nf + feats_alt(fw, s0, bf, q->jf + nf, q->jr + nf);
    if (!q->njf) pair_sums(fw, q);
  } else memcpy(q->acc, fw->psum[slot], sizeof q->acc);
  q->nf = feats_state_r(fw, st, q->f, q->r);
}

static void act_end(kg_pp_fast *fw, kg_pp_actq *q, float *sc)
{
  if (q->pfrom) memcpy(q->acc, q->pfrom->pacc, sizeof q->acc);
  else if (q->njf) pair_sums(fw, q);
  int32_t *acc = q->acc;
  sum_rows(q->r, q->nf, acc);
  smemo *me = q->me;
  memcpy(me->key, q->key, sizeof q->key);
  me->gen = fw->gen;
  memcpy(me->sum, acc, sizeof me->sum);
  sc[0] = (float)acc[0]; sc[1] = (float)acc[1]; sc[2] = (float)acc[2]; sc[3] = (float)acc[3];
}

void kg_pp_fast_act(kg_pp_fast *fw, const kg_pp_state *st, float *sc)
{
  kg_pp_actq q;
  if (!act_key(fw, st, &q, sc)) {
    act_feats(fw, st, &q, NULL);
    act_end(fw, &q, sc);
  }
}

void kg_pp_fast_act_many(kg_pp_fast *fw, const kg_pp_state *const *st, int m, float (*sc)[KG_PP_NACT])
{
  int done[KG_PP_MAXBEAM];
  if (m > KG_PP_MAXBEAM || !fw->q) {
    for (int i = 0; i < m; i++) kg_pp_fast_act(fw, st[i], sc[i]);
    return;
  }
  /* done[i]: 1 scored from the memo, 0 to finish, -2 - j: the same state
   * as item j */
  for (int i = 0; i < m; i++) {
    kg_pp_actq *q = &fw->q[i];
    q->njf = 0;
    q->pfrom = NULL;     /* not a source of pair sums unless act_feats says so */
    done[i] = act_key(fw, st[i], q, sc[i]);
    if (done[i]) continue;
    for (int j = 0; j < i; j++)
      if (done[j] == 0 && fw->q[j].me == q->me && memcmp(fw->q[j].key, q->key, sizeof q->key) == 0) {
        done[i] = -2 - j;
        break;
      }
    if (!done[i]) act_feats(fw, st[i], q, fw->q);
  }
  for (int i = 0; i < m; i++) {
    if (done[i] == 0) act_end(fw, &fw->q[i], sc[i]);
    else if (done[i] < 0) memcpy(sc[i], sc[-2 - done[i]], sizeof sc[i]);
  }
}

/* ------------------------------------------------------------ labels */


/* kg_pp_lab_feats with the template prefixes precomputed. */
/* kg_pp_fast_lab_feats with the rows of the label table in r. */
static size_t lab_feats_r(const kg_pp_fast *fw, const kg_pp_state *st, int h, int d, uint64_t *f,
                          const int16_t **r)
{
  kg_pp_hq q;
  q.n = q.nd = 0;
  const int16_t *pl = fw->p->pl;
  uint64_t lmask = fw->p->pl_mask;
  uint32_t stride = fw->p->pl_stride;
  size_t k = kg_pp_lab_feats_in(st, h, d, 2, (const uint64_t (*)[2])fw->lp, pl, lmask, stride, &q, f);
  /* a split table's decisions mostly read the rows' first lines only
   * (best_label): those are prefetched */
  int split = fw->p->pl_split;
  for (size_t i = 0; i < k; i++) {   /* the features not hashed here (models with TALT) */
    r[i] = pl + (f[i] & lmask) * stride;
    __builtin_prefetch(r[i]);
    if (split) continue;
    __builtin_prefetch(r[i] + 32);
    __builtin_prefetch(r[i] + stride - 1);
  }
  kg_pp_hq_mix(&q, f + k, fw->avx2, pl, lmask, stride * (uint32_t)sizeof(int16_t), split ? 1 : 3,
               (const void **)(r + k));
  return k + q.n + q.nd;
}

size_t kg_pp_fast_lab_feats(const kg_pp_fast *fw, const kg_pp_state *st, int h, int d, uint64_t *f)
{
  const int16_t *r[KG_PP_MAXFEAT + 4];
  return lab_feats_r(fw, st, h, d, f, r);
}

/* The label of arc h -> d in two halves, as the transition scores:
 * lab_begin returns the label when the memo has it, else -1 with the
 * features in q (rows prefetched); lab_end picks it and fills the memo. */

/* Which of the words the label features of arc h -> d read show their
 * runner-up (kg_pp_fj_at; 9 bits; key: lab_begin's, holding the positions). */
static __attribute__((noinline)) int32_t arc_view(const kg_pp_fast *fw, int h, int d, const int32_t *key)
{
  const int at[9] = { h, d, d - 1, d + 1, h - 1, h + 1, key[8], key[2], key[3] };
  return (int32_t)kg_pp_fj_at(fw, at, 9);
}

static int lab_begin(kg_pp_fast *fw, const kg_pp_state *st, int h, int d, kg_pp_labq *q)
{
  int n = st->n, nil = n + 1;
  int lc1 = st->lc1[d], rc1 = st->rc1[d];
  int32_t key[10] = {
    h, d, lc1, st->lc2[d], rc1, (int32_t)kg_pp_labv(st, lc1), (int32_t)kg_pp_labv(st, rc1),
    st->lab[h], st->head[h] >= 0 ? st->head[h] : nil,
    (st->nl[d] > 3 ? 3 : st->nl[d]) * 4 + (st->nr[d] > 3 ? 3 : st->nr[d])
  };
  if (fw->vm) key[9] |= arc_view(fw, h, d, key) << 8;   /* runner-ups in view (parser_fastj.c) */
  uint64_t lsh = st->ls[h], rsh = st->rs[h], lsd = st->ls[d];
  uint32_t slot = ((uint32_t)h * 0x9e37u + (uint32_t)d * 31u + (uint32_t)lc1 * 7u +
                   (uint32_t)rc1 + (uint32_t)(lsh ^ rsh ^ (lsd >> 3))) & (MEMO - 1);
  memo *e = &fw->memo[slot];
  if (e->gen == fw->gen && memcmp(e->key, key, sizeof key) == 0 && e->ls_h == lsh &&
      e->rs_h == rsh && e->ls_d == lsd)
    return e->lab;
  memcpy(q->key, key, sizeof key);
  q->lsh = lsh; q->rsh = rsh; q->lsd = lsd;
  q->e = e;
  q->nf = 0;
  return -1;
}

static int lab_same(const kg_pp_labq *a, const kg_pp_labq *b)
{
  return a->e == b->e && memcmp(a->key, b->key, sizeof a->key) == 0 && a->lsh == b->lsh &&
         a->rsh == b->rsh && a->lsd == b->lsd;
}

static int lab_end(kg_pp_fast *fw, kg_pp_labq *q)
{
  int lab = kg_pp_best_label(fw->p, q->r, q->nf);
  memo *e = q->e;
  memcpy(e->key, q->key, sizeof q->key);
  e->ls_h = q->lsh;
  e->rs_h = q->rsh;
  e->ls_d = q->lsd;
  e->lab = lab;
  e->gen = fw->gen;
  return lab;
}

int kg_pp_fast_label(kg_pp_fast *fw, const kg_pp_state *st, int h, int d)
{
  kg_pp_labq q;
  int lab = lab_begin(fw, st, h, d, &q);
  if (lab >= 0) return lab;
  q.nf = lab_feats_r(fw, st, h, d, q.f, q.r);
  return lab_end(fw, &q);
}

void kg_pp_fast_label_many(kg_pp_fast *fw, const kg_pp_state *const *st, const int *h, const int *d,
                           int m, int *lab)
{
  if (m > KG_PP_MAXBEAM || !fw->lq) {
    for (int i = 0; i < m; i++) lab[i] = kg_pp_fast_label(fw, st[i], h[i], d[i]);
    return;
  }
  /* lab[i]: the label, -1 to pick, -2 - j: the same arc and parts as item j */
  for (int i = 0; i < m; i++) {
    kg_pp_labq *q = &fw->lq[i];
    lab[i] = lab_begin(fw, st[i], h[i], d[i], q);
    if (lab[i] >= 0) continue;
    for (int j = 0; j < i; j++)
      if (lab[j] == -1 && lab_same(&fw->lq[j], q)) { lab[i] = -2 - j; break; }
    if (lab[i] == -1) q->nf = lab_feats_r(fw, st[i], h[i], d[i], q->f, q->r);
  }
  for (int i = 0; i < m; i++) {
    if (lab[i] == -1) lab[i] = lab_end(fw, &fw->lq[i]);
    else if (lab[i] < -1) lab[i] = lab[-2 - lab[i]];
  }
}

/* ------------------------------------------------------------ greedy */

void kg_pp_fast_parse(kg_pp_fast *fw, kg_pp_state *st)
{
  kg_pp_greedy(fw->p, fw, st);
}
