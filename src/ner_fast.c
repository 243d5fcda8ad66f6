/* ner_fast.c — decoding with a loaded NER model's integer weights.
 *
 * Owns: the scores of each token's static features (those not reading the
 * previous tags) as sums of cached word groups plus the rest, the word types
 * of a document, and the beam (or greedy, width 1) decoder over integer
 * scores that kg_ner_tag_doc uses for a loaded model.
 * Does not own: the features (ner_feats.inc lists them, each marked as
 * one word's, the word's with its sentence flags, other, or reading the
 * tags; kg_ner_fast_static_feats gives what is scored here, and
 * tests/test_ner.c checks that it is the same multiset as ner.c's
 * features_ex), the weights (perceptron.c,
 * kg_ap_to_int), training (ner.c and ner_train.c, with float weights).
 *
 * kg_ner_load turns the weights into int32 (kg_ap_to_int): sums of
 * integers do not depend on their order, so the rows of any group of
 * features can be summed once and reused.  Of the about 75 static features
 * of a token, those that read one word of the five-word window only (the
 * word itself: form, shapes, affixes, clusters, case; its neighbours at
 * -2..+2: their lower case, suffix, shape, clusters) are summed per word
 * type of the document and role (its own word, or the word at -1, +1, -2,
 * +2), once per pass, and each token adds the five group sums of its window
 * to the sums of its other features (pairs of words, dictionary codes,
 * document history, pass-1 labels).  The four features of the word that
 * also read the sentence-initial and all-capitals flags are in the word's
 * group with both flags off; a token with a flag on subtracts them and adds
 * its own.
 */
#include <stdlib.h>
#include <string.h>
#include "ner_int.h"
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
#include <immintrin.h>
#define KG_NER_AVX2 1
#endif

#define NV 24                  /* int32 lanes of a score vector (>= kg_ap_stride) */
enum { R_T0, R_P1, R_N1, R_P2, R_N2, NROLE };
typedef int32_t v8 __attribute__((vector_size(32)));
typedef struct nsum { v8 v[NROLE][NV / 8]; } nsum;

struct ner_fast {
  uint32_t docgen;             /* w->docgen the types are of */
  uint32_t cap, ntype, hcap;
  uint32_t *ttype;             /* token -> word type */
  uint32_t *tfirst;            /* word type -> its first token */
  uint32_t *htab;              /* open addressing: 1 + word type, 0 empty */
  nsum *sum[2];                /* per word type, per pass */
  uint8_t *ok[2];              /* sum[pass][type] computed */
  nsum edge[2];                /* the sentence edges: P1, P2 of "before", N1, N2 of "after" */
  uint8_t edge_ok[2];
  struct gcache *gc;           /* the thread's cache for this pass, or NULL */
  v8 (*ss)[NV / 8];            /* per token of the sentence: its static scores */
  uint64_t *buf;               /* BUFN features of a batch */
  const void **rows;           /* their rows */
  uint32_t *pend;              /* word types being summed (CH + 4) */
  int avx2;                    /* the CPU has AVX2 (gt_mask) */
};

/* Batches: the features of many groups are generated first (their row
 * index entries prefetched), then all rows looked up (and prefetched),
 * then added, so that the cache misses of a whole chunk of the sentence
 * overlap instead of coming one group after the other. */
#define CH 32                  /* tokens scored per batch */
#define BUFN 8192
#define JMAX 256
typedef struct batch {
  size_t n;
  uint32_t nj;
  uint32_t off[JMAX], cnt[JMAX];
  int32_t *acc[JMAX];
} batch;

static void bt_run(const kg_ap *ap, struct ner_fast *f, batch *b)
{
  kg_ap_int_rows(ap, f->buf, b->n, f->rows);
  kg_ap_add_int_groups(ap, f->rows, b->nj, b->off, b->cnt, b->acc);
  b->n = 0;
  b->nj = 0;
}

/* Room for one more group (runs the batch when full); its features go to
 * the returned array, then bt_add. */
static uint64_t *bt_feats(const kg_ap *ap, struct ner_fast *f, batch *b)
{
  if (b->nj == JMAX || b->n + NER_MAXFEAT > BUFN) bt_run(ap, f, b);
  return f->buf + b->n;
}

static void bt_add(const kg_ap *ap, struct ner_fast *f, batch *b, size_t n, int32_t *acc)
{
  kg_ap_prefetch(ap, f->buf + b->n, n);
  b->off[b->nj] = (uint32_t)b->n;
  b->cnt[b->nj] = (uint32_t)n;
  b->acc[b->nj++] = acc;
  b->n += n;
}

void kg_ner_fast_free(struct ner_fast *f)
{
  if (!f) return;
  free(f->ss); free(f->buf); free(f->rows); free(f->pend);
  free(f->ttype); free(f->tfirst); free(f->htab);
  free(f->sum[0]); free(f->sum[1]); free(f->ok[0]); free(f->ok[1]);
  free(f);
}

/* The group sums of word types across documents: per thread, for one
 * loaded model (id) at a time, direct mapped by the word's hashes; each
 * pass's sums are kept apart (pass 2 decodes few sentences).  4,096 slots:
 * 16,384 saved 3.7 % of the NER's instructions on 120 articles but raised
 * extract's peak memory 114.8 -> 126.3 MB (session 26), past #3's 120 MB. */
#define GC_BITS 12
#define GC_SIZE (1u << GC_BITS)
typedef struct gc_key { uint64_t form, lower; uint8_t ok[2]; } gc_key;
#define NT24 (NER_NCLASS + 1)     /* the tags before a token: classes and NER_START */
typedef struct gcache {
  uint64_t id;
  gc_key key[GC_SIZE];
  nsum *sum[2];                /* GC_SIZE each, allocated when first used */
  /* per pass, the rows of the templates that read the tags only, as score
   * vectors: 23 (t1) and 24 (t2, t1) summed, and 50 (t1, sentences in
   * capitals) */
  v8 t24[2][NT24][NT24][NV / 8];
  uint8_t t24_ok[2][NT24][NT24];
  v8 t50[2][NT24][NV / 8];
  uint8_t t50_ok[2][NT24];
  /* per pass, the rows of the templates of few values (sm_indexes), by
   * value; allocated when first used */
  v8 (*sm[2][5])[NV / 8];
  uint8_t *sm_ok[2][5];
} gcache;
static _Thread_local gcache *tls_gc;

static inline uint32_t gc_slot(const ner_tok *t)
{
  return (uint32_t)(((t->form ^ (t->lower >> 23)) * 0x9e3779b97f4a7c15ULL) >> (64 - GC_BITS));
}

void kg_ner_fast_release(uint64_t id)
{
  if (tls_gc && (!id || tls_gc->id == id)) {
    for (int p = 0; p < 2; p++)
      for (int k = 0; k < 5; k++) { free(tls_gc->sm[p][k]); free(tls_gc->sm_ok[p][k]); }
    free(tls_gc->sum[0]); free(tls_gc->sum[1]); free(tls_gc);
    tls_gc = NULL;
  }
}

/* The calling thread's cache for model id and pass, or NULL. */
static gcache *gc_get(uint64_t id, int pass)
{
  if (!id) return NULL;
  if (tls_gc && tls_gc->id != id) kg_ner_fast_release(0);
  if (!tls_gc) {
    tls_gc = aligned_alloc(32, sizeof *tls_gc);   /* t24: 32-byte vectors */
    if (tls_gc) memset(tls_gc, 0, sizeof *tls_gc);
    if (!tls_gc) return NULL;
    tls_gc->id = id;
  }
  if (!tls_gc->sum[pass]) {
    tls_gc->sum[pass] = aligned_alloc(32, GC_SIZE * sizeof(nsum));
    if (!tls_gc->sum[pass]) return NULL;
  }
  return tls_gc;
}

/* ------------------------------------------------------------ features */

/* The same hash as ner.c's F(tid, h). */
#define FX(tid, h) (out[n++] = kg_hash_mix((uint64_t)(h) + 0x9e37ULL * (uint64_t)(tid), (uint64_t)(tid)))
#define R_FLAGS NROLE

/* The features of ner_feats.inc that read word t in one role of the window
 * only (R_T0 with the given sentence flags, 0, 0 for the cached group), or
 * (R_FLAGS) those of the word that also read the flags.  Nothing else of
 * the list is generated: with role a constant, the compiler keeps only the
 * role's lines; w (any document token's workspace) is read by none. */
static inline __attribute__((always_inline)) size_t
word_feats(const ner_work *w, const ner_tok *t, int role, uint64_t sinit, uint64_t capsent, uint64_t *out)
{
#define NF_W(r, tid, h) do { if (role == R_##r) FX(tid, h); } while (0)
#define NF_S(tid, h) do { if (role == R_T0 || role == R_FLAGS) FX(tid, h); } while (0)
#define NF_R(tid, h) NF_OFF(tid, h)
#define NF_T(tid, h) NF_OFF(tid, h)
#define NF_SINIT sinit
#define NF_CAPSENT capsent
  size_t n = 0;
  const uint32_t a = 0, b = 1, i = 0;
  const uint64_t t1 = 0, t2 = 0;
  const ner_tok *t0 = t, *p1 = t, *n1 = t, *p2 = t, *n2 = t;
#include "ner_feats.inc"
  return n;
}

static size_t flag_feats(const ner_work *w, const ner_tok *t, uint64_t sinit, uint64_t capsent, uint64_t *out)
{
  return word_feats(w, t, R_FLAGS, sinit, capsent, out);
}

static size_t role_feats(const ner_work *w, const ner_tok *t, int role, uint64_t *out)
{
  switch (role) {
  case R_T0: return word_feats(w, t, R_T0, 0, 0, out);
  case R_P1: return word_feats(w, t, R_P1, 0, 0, out);
  case R_N1: return word_feats(w, t, R_N1, 0, 0, out);
  case R_P2: return word_feats(w, t, R_P2, 0, 0, out);
  default: return word_feats(w, t, R_N2, 0, 0, out);
  }
}

/* Templates of few values, summed from per-thread tables indexed by their
 * value instead of hashed: the token's case signature and flags (52), the
 * case classes of the word and its neighbours (58) and, in pass 2, the
 * pass-1 tags of the token and its neighbours (62, 63, 80).  sm_indexes
 * gives token i's index in each table, -1 when the value is out of the
 * table's range (or the template not read): that feature is then summed
 * as the others. */
enum { SM_52, SM_58, SM_62, SM_63, SM_80, NSM };
static const uint32_t sm_size[NSM] = { 1024, 4096, 32, 1024, 1024 };

static inline void sm_indexes(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, int32_t *ix)
{
  const ner_tok *t0 = &w->t[i];
  const ner_tok *p1 = ner_tok_at(w, a, b, (int64_t)i - 1), *n1 = ner_tok_at(w, a, b, (int64_t)i + 1);
  uint64_t v52 = (uint64_t)w->hsig[w->slot[i]] * 64 + (uint64_t)t0->caps * 4 + t0->sinit * 2 + t0->capsent;
  ix[SM_52] = v52 < 1024 ? (int32_t)v52 : -1;
  ix[SM_58] = t0->caps < 16 && p1->caps < 16 && n1->caps < 16
              ? ((int32_t)t0->caps * 16 + p1->caps) * 16 + n1->caps : -1;
  ix[SM_62] = ix[SM_63] = ix[SM_80] = -1;
  if (w->prev) {   /* as ner_feats.inc reads them */
    const uint8_t *pv = w->prev;
    uint64_t q0 = pv[i], qp = i > a ? pv[i - 1] : NER_START, qn = i + 1 < b ? pv[i + 1] : NER_START;
    uint64_t v80 = (uint64_t)(i > a + 1 ? pv[i - 2] : NER_START) * 32 + (i + 2 < b ? pv[i + 2] : NER_START);
    if (q0 < 32) ix[SM_62] = (int32_t)q0;
    if (qp < 32 && qn < 32) ix[SM_63] = (int32_t)(qp * 32 + qn);
    if (v80 < 1024) ix[SM_80] = (int32_t)v80;
  }
}

static void sum_feats(const kg_ap *ap, const uint64_t *feats, size_t n, v8 *acc);

/* The score vector of small template k at value index x (the thread's
 * table, filled when first read); NULL when it can't be allocated. */
static const v8 *sm_row(gcache *gc, const kg_ap *ap, int pass, int k, int32_t x)
{
  if (!gc->sm[pass][k]) {
    gc->sm[pass][k] = aligned_alloc(32, (size_t)sm_size[k] * sizeof *gc->sm[pass][k]);
    gc->sm_ok[pass][k] = calloc(sm_size[k], 1);
    if (!gc->sm[pass][k] || !gc->sm_ok[pass][k]) {
      free(gc->sm[pass][k]); free(gc->sm_ok[pass][k]);
      gc->sm[pass][k] = NULL; gc->sm_ok[pass][k] = NULL;
      return NULL;
    }
  }
  v8 *r = gc->sm[pass][k][x];
  if (!gc->sm_ok[pass][k][x]) {
    static const uint32_t tid[NSM] = { 52, 58, 62, 63, 80 };
    uint64_t out[1], h = (uint64_t)x;
    size_t n = 0;
    if (k == SM_58)   /* the value of 58 is a hash of the three case classes */
      h = kg_hash_mix(kg_hash_mix((uint64_t)x / 256, (uint64_t)x / 16 % 16), (uint64_t)x % 16);
    FX(tid[k], h);
    sum_feats(ap, out, n, r);
    gc->sm_ok[pass][k][x] = 1;
  }
  return r;
}

/* The other static features of token i (ner_feats.inc without the word
 * groups and the tag templates), but the small templates that have an index
 * in ix (all of them with `all_hashed`). */
static size_t rest_feats_sm(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, const int32_t *ix,
                            uint64_t *out)
{
#define NF_W(r, tid, h) NF_OFF(tid, h)
#define NF_S(tid, h) NF_OFF(tid, h)
#define NF_R(tid, h) do { \
    if (!(((tid) == 52 && ix[SM_52] >= 0) || ((tid) == 58 && ix[SM_58] >= 0) || \
          ((tid) == 62 && ix[SM_62] >= 0) || ((tid) == 63 && ix[SM_63] >= 0) || \
          ((tid) == 80 && ix[SM_80] >= 0))) FX(tid, h); } while (0)
#define NF_T(tid, h) NF_OFF(tid, h)
#define NF_SINIT t0->sinit
#define NF_CAPSENT t0->capsent
  size_t n = 0;
  const uint64_t t1 = 0, t2 = 0;
  const ner_tok *t0 = &w->t[i];
  const ner_tok *p1 = ner_tok_at(w, a, b, (int64_t)i - 1), *p2 = ner_tok_at(w, a, b, (int64_t)i - 2);
  const ner_tok *n1 = ner_tok_at(w, a, b, (int64_t)i + 1), *n2 = ner_tok_at(w, a, b, (int64_t)i + 2);
#include "ner_feats.inc"
  return n;
}

/* The tag features of token i that read the token too (ner_feats.inc's
 * NF_T lines but 23, 24 and 50, which read only the tags): they read t1,
 * not t2. */
static size_t t1_feats(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t t1, uint64_t *out)
{
#define NF_W(r, tid, h) NF_OFF(tid, h)
#define NF_S(tid, h) NF_OFF(tid, h)
#define NF_R(tid, h) NF_OFF(tid, h)
#define NF_T(tid, h) do { if ((tid) != 23 && (tid) != 24 && (tid) != 50) FX(tid, h); } while (0)
#define NF_SINIT t0->sinit
#define NF_CAPSENT t0->capsent
  size_t n = 0;
  const uint64_t t2 = 0;
  const ner_tok *t0 = &w->t[i];
  const ner_tok *p1 = ner_tok_at(w, a, b, (int64_t)i - 1), *p2 = ner_tok_at(w, a, b, (int64_t)i - 2);
  const ner_tok *n1 = ner_tok_at(w, a, b, (int64_t)i + 1), *n2 = ner_tok_at(w, a, b, (int64_t)i + 2);
#include "ner_feats.inc"
  return n;
}


static inline uint32_t t24_ix(uint32_t t) { return t < NER_NCLASS ? t : NER_NCLASS; }

/* The rows of templates 23 and 24 for the tags t2, t1, summed (the
 * thread's table). */
static const v8 *t24_row(gcache *gc, const kg_ap *ap, int pass, uint32_t t2, uint32_t t1)
{
  uint32_t x = t24_ix(t2), y = t24_ix(t1);
  v8 *r = gc->t24[pass][x][y];
  if (!gc->t24_ok[pass][x][y]) {
    uint64_t out[2];
    size_t n = 0;
    FX(23, (uint64_t)t1);
    FX(24, (uint64_t)t2 * 32 + t1);
    sum_feats(ap, out, n, r);
    gc->t24_ok[pass][x][y] = 1;
  }
  return r;
}

/* The row of template 50 (a sentence in capitals) for the tag t1. */
static const v8 *t50_row(gcache *gc, const kg_ap *ap, int pass, uint32_t t1)
{
  uint32_t y = t24_ix(t1);
  v8 *r = gc->t50[pass][y];
  if (!gc->t50_ok[pass][y]) {
    uint64_t out[1];
    size_t n = 0;
    FX(50, (uint64_t)t1);
    sum_feats(ap, out, n, r);
    gc->t50_ok[pass][y] = 1;
  }
  return r;
}

size_t kg_ner_fast_static_feats(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t *out)
{
  const ner_tok *t0 = &w->t[i];
  size_t n = word_feats(w, t0, R_T0, t0->sinit, t0->capsent, out);
  n += role_feats(w, ner_tok_at(w, a, b, (int64_t)i - 1), R_P1, out + n);
  n += role_feats(w, ner_tok_at(w, a, b, (int64_t)i + 1), R_N1, out + n);
  n += role_feats(w, ner_tok_at(w, a, b, (int64_t)i - 2), R_P2, out + n);
  n += role_feats(w, ner_tok_at(w, a, b, (int64_t)i + 2), R_N2, out + n);
  static const int32_t all_hashed[NSM] = { -1, -1, -1, -1, -1 };
  return n + rest_feats_sm(w, a, b, i, all_hashed, out + n);
}

/* ------------------------------------------------------------ word types */

static kg_status prepare(const ner_doc *d, ner_work *w)
{
  struct ner_fast *f = w->fast;
  if (!f) {
    f = w->fast = aligned_alloc(32, sizeof *f);   /* edge: 32-byte vectors */
    if (!f) return KG_ERR_NOMEM;
    memset(f, 0, sizeof *f);
    f->buf = malloc(BUFN * sizeof *f->buf);
#ifdef KG_NER_AVX2
    f->avx2 = __builtin_cpu_supports("avx2") != 0;
#endif
    f->rows = malloc(BUFN * sizeof *f->rows);
    f->pend = malloc((CH + 4) * sizeof *f->pend);
    if (!f->buf || !f->rows || !f->pend) return KG_ERR_NOMEM;
  }
  uint32_t nt = d->ntok;
  if (nt > f->cap) {
    uint32_t cap = nt < 256 ? 256 : nt, hc = 512;
    while (hc < 2 * cap) hc *= 2;
    free(f->ttype); free(f->tfirst); free(f->htab); free(f->ss);
    free(f->sum[0]); free(f->sum[1]); free(f->ok[0]); free(f->ok[1]);
    f->ss = aligned_alloc(32, (size_t)cap * sizeof *f->ss);
    f->ttype = malloc((size_t)cap * sizeof *f->ttype);
    f->tfirst = malloc((size_t)cap * sizeof *f->tfirst);
    f->htab = malloc((size_t)hc * sizeof *f->htab);
    f->sum[0] = aligned_alloc(32, (size_t)cap * sizeof(nsum));
    f->sum[1] = aligned_alloc(32, (size_t)cap * sizeof(nsum));
    f->ok[0] = malloc(cap);
    f->ok[1] = malloc(cap);
    if (!f->ss || !f->ttype || !f->tfirst || !f->htab || !f->sum[0] || !f->sum[1] || !f->ok[0] || !f->ok[1]) {
      f->cap = 0;
      return KG_ERR_NOMEM;
    }
    f->cap = cap;
    f->hcap = hc;
  }
  memset(f->htab, 0, (size_t)f->hcap * sizeof *f->htab);
  uint32_t mask = f->hcap - 1;
  f->ntype = 0;
  for (uint32_t i = 0; i < nt; i++) {
    const ner_tok *t = &w->t[i];
    uint64_t k = t->form ^ (t->lower >> 17);
    uint32_t h = (uint32_t)(k ^ (k >> 32)) & mask;
    for (;;) {
      uint32_t e = f->htab[h];
      if (!e) {
        f->htab[h] = ++f->ntype;
        f->tfirst[f->ntype - 1] = i;
        f->ttype[i] = f->ntype - 1;
        break;
      }
      const ner_tok *o = &w->t[f->tfirst[e - 1]];
      if (o->form == t->form && o->lower == t->lower) { f->ttype[i] = e - 1; break; }
      h = (h + 1) & mask;
    }
  }
  memset(f->ok[0], 0, f->ntype);
  memset(f->ok[1], 0, f->ntype);
  f->edge_ok[0] = f->edge_ok[1] = 0;
  f->docgen = w->docgen;
  return KG_OK;
}

static void sum_feats(const kg_ap *ap, const uint64_t *feats, size_t n, v8 *acc)
{
  memset(acc, 0, NV * sizeof(int32_t));
  kg_ap_sum_int(ap, feats, n, (int32_t *)acc);
}

/* The group sums of the word types of tokens [lo, hi) for pass: from the
 * thread's cache, else summed in one batch (and cached). */
static void ensure_types(struct ner_fast *f, const kg_ap *ap, int pass, const ner_work *w,
                         uint32_t lo, uint32_t hi)
{
  batch b;
  b.n = 0; b.nj = 0;
  uint32_t np = 0;
  gcache *gc = f->gc;
  /* the cache's entries of the range's types not summed yet are prefetched
   * first (2 MB a pass, mostly cold): their misses overlap, and those
   * written back below are in cache */
  for (uint32_t i = lo; gc && i < hi; i++) {
    uint32_t ty = f->ttype[i];
    if (f->ok[pass][ty]) continue;
    uint32_t sl = gc_slot(&w->t[f->tfirst[ty]]);
    const char *p = (const char *)&gc->sum[pass][sl];
    __builtin_prefetch(&gc->key[sl]);
    for (size_t o = 0; o < sizeof(nsum); o += 64) __builtin_prefetch(p + o);
    __builtin_prefetch(p + sizeof(nsum) - 1);
  }
  for (uint32_t i = lo; i < hi; i++) {
    uint32_t ty = f->ttype[i];
    if (f->ok[pass][ty]) continue;
    const ner_tok *t = &w->t[f->tfirst[ty]];
    nsum *s = &f->sum[pass][ty];
    f->ok[pass][ty] = 1;
    if (gc) {
      const gc_key *k = &gc->key[gc_slot(t)];
      if (k->ok[pass] && k->form == t->form && k->lower == t->lower) {
        memcpy(s, &gc->sum[pass][k - gc->key], sizeof *s);
        continue;
      }
    }
    memset(s, 0, sizeof *s);
    for (int r = 0; r < NROLE; r++) {
      uint64_t *feats = bt_feats(ap, f, &b);
      bt_add(ap, f, &b, role_feats(w, t, r, feats), (int32_t *)s->v[r]);
    }
    f->pend[np++] = ty;
  }
  bt_run(ap, f, &b);
  for (uint32_t j = 0; gc && j < np; j++) {
    const ner_tok *t = &w->t[f->tfirst[f->pend[j]]];
    gc_key *k = &gc->key[gc_slot(t)];
    if (k->form != t->form || k->lower != t->lower) {
      k->form = t->form; k->lower = t->lower; k->ok[0] = k->ok[1] = 0;
    }
    memcpy(&gc->sum[pass][k - gc->key], &f->sum[pass][f->pend[j]], sizeof(nsum));
    k->ok[pass] = 1;
  }
}

static const nsum *edge_sum(struct ner_fast *f, const kg_ap *ap, int pass, const ner_work *w)
{
  nsum *s = &f->edge[pass];
  if (!f->edge_ok[pass]) {
    uint64_t feats[16];
    sum_feats(ap, feats, role_feats(w, ner_edge(0), R_P1, feats), s->v[R_P1]);
    sum_feats(ap, feats, role_feats(w, ner_edge(0), R_P2, feats), s->v[R_P2]);
    sum_feats(ap, feats, role_feats(w, ner_edge(1), R_N1, feats), s->v[R_N1]);
    sum_feats(ap, feats, role_feats(w, ner_edge(1), R_N2, feats), s->v[R_N2]);
    f->edge_ok[pass] = 1;
  }
  return s;
}

static inline void vadd(v8 *acc, const v8 *x)
{
  for (int k = 0; k < NV / 8; k++) acc[k] += x[k];
}

/* The integer scores of the static features of the tokens of sentence
 * [a, b) into f->ss[i - a]. */
static void static_scores(struct ner_fast *f, const kg_ap *ap, int pass, const ner_work *w,
                          uint32_t a, uint32_t b)
{
  const uint32_t *ty = f->ttype;
  const nsum *e = edge_sum(f, ap, pass, w);
  batch bt;
  bt.n = 0; bt.nj = 0;
  for (uint32_t c0 = a; c0 < b; c0 += CH) {
    uint32_t c1 = b - c0 > CH ? c0 + CH : b;
    ensure_types(f, ap, pass, w, c0 > a + 2 ? c0 - 2 : a, b - c1 > 2 ? c1 + 2 : b);
    for (uint32_t i = c0; i < c1; i++) {
      v8 *acc = f->ss[i - a];
      memcpy(acc, f->sum[pass][ty[i]].v[R_T0], NV * sizeof(int32_t));
      vadd(acc, i > a ? f->sum[pass][ty[i - 1]].v[R_P1] : e->v[R_P1]);
      vadd(acc, i + 1 < b ? f->sum[pass][ty[i + 1]].v[R_N1] : e->v[R_N1]);
      vadd(acc, i > a + 1 ? f->sum[pass][ty[i - 2]].v[R_P2] : e->v[R_P2]);
      vadd(acc, i + 2 < b ? f->sum[pass][ty[i + 2]].v[R_N2] : e->v[R_N2]);
      const ner_tok *t0 = &w->t[i];
      if (t0->sinit || t0->capsent) {
        uint64_t feats[8];
        size_t n = flag_feats(w, t0, 0, 0, feats);
        kg_ap_unsum_int(ap, feats, n, (int32_t *)acc);
        n = flag_feats(w, t0, t0->sinit, t0->capsent, feats);
        kg_ap_sum_int(ap, feats, n, (int32_t *)acc);
      }
      int32_t ix[NSM] = { -1, -1, -1, -1, -1 };
      if (f->gc) {
        sm_indexes(w, a, b, i, ix);
        for (int k = 0; k < NSM; k++) {
          if (ix[k] < 0) continue;
          const v8 *r = sm_row(f->gc, ap, pass, k, ix[k]);
          if (r) vadd(acc, r);
          else ix[k] = -1;   /* no table: summed with the others */
        }
      }
      uint64_t *feats = bt_feats(ap, f, &bt);
      bt_add(ap, f, &bt, rest_feats_sm(w, a, b, i, ix, feats), (int32_t *)acc);
    }
    bt_run(ap, f, &bt);
  }
}

/* ------------------------------------------------------------ decoding */

/* Bit c set for the classes c whose score s[c] is above thr. */
static uint32_t gt_mask_plain(const int32_t *s, int32_t thr)
{
  uint32_t m = 0;
  for (uint32_t c = 0; c < NER_NCLASS; c++)
    if (s[c] > thr) m |= 1u << c;
  return m;
}
#ifdef KG_NER_AVX2
__attribute__((target("avx2"))) static uint32_t gt_mask_avx2(const int32_t *s, int32_t thr)
{
  const __m256i t = _mm256_set1_epi32(thr);
  uint32_t m = 0;
  for (int v = 0; v < NV / 8; v++) {
    __m256i x = _mm256_cmpgt_epi32(_mm256_loadu_si256((const __m256i *)(s + 8 * v)), t);
    m |= (uint32_t)_mm256_movemask_ps(_mm256_castsi256_ps(x)) << (8 * v);
  }
  return m & ((1u << NER_NCLASS) - 1);
}
#endif

uint32_t kg_ner_fast_gt_mask(const int32_t *s, int32_t thr, int avx2)
{
#ifdef KG_NER_AVX2
  if (avx2 && __builtin_cpu_supports("avx2")) return gt_mask_avx2(s, thr);
#endif
  (void)avx2;
  return gt_mask_plain(s, thr);
}

typedef struct fhyp { int64_t score; uint8_t t1, t2, back; } fhyp;

kg_status kg_ner_fast_decode(const kg_ner *m, const kg_ap *ap, const ner_doc *d, ner_work *w, uint32_t B)
{
  if (kg_ap_stride(ap) > NV) return KG_ERR_MODEL;
  if (!w->fast || w->fast->docgen != w->docgen) {
    kg_status st = prepare(d, w);
    if (st) return st;
  }
  struct ner_fast *f = w->fast;
  int pass = w->prev != NULL;
  f->gc = m ? gc_get(m->id, pass) : NULL;
  if (B < 1) B = 1;
  if (B > 16) B = 16;
  v8 sc[16][NV / 8], s1[16][NV / 8];
  batch tb;
  tb.n = 0; tb.nj = 0;
  fhyp hb[2][16];
  /* the classes allowed after each previous tag (NER_START last), within
   * and at the end of a sentence, in increasing order */
  uint32_t alm[NER_NCLASS + 1][2];   /* as bits */
  for (uint32_t p = 0; p <= NER_NCLASS; p++)
    for (int last = 0; last < 2; last++) {
      uint8_t al[NER_NCLASS];
      kg_ner_allowed_mask(p < NER_NCLASS ? (int)p : NER_START, last, al);
      alm[p][last] = 0;
      for (uint32_t c = 0; c < NER_NCLASS; c++)
        if (al[c]) alm[p][last] |= 1u << c;
    }
  uint32_t maxl = 0;
  for (uint32_t s = 0; s < d->nsent; s++)
    if (d->sstart[s + 1] - d->sstart[s] > maxl) maxl = d->sstart[s + 1] - d->sstart[s];
  uint8_t *bt = malloc((size_t)maxl * B * 2 + 1);
  if (!bt) return KG_ERR_NOMEM;
  uint8_t *bp = bt + (size_t)maxl * B;
  kg_ner_hist_clear(w, d);
  for (uint32_t s = 0; s < d->nsent; s++) {
    uint32_t a = d->sstart[s], b = d->sstart[s + 1], L = b - a;
    if (w->skip_plain && w->prev && !kg_ner_sent_ambiguous(w, a, b)) {
      for (uint32_t i = a; i < b; i++) { w->tag[i] = w->prev[i]; kg_ner_hist_add(w, i, w->tag[i]); }
      continue;
    }
    if (!L) continue;
    if (w->fast_plain)
      for (uint32_t i = a; i < b; i++) {
        uint64_t feats[NER_MAXFEAT];
        size_t n = kg_ner_features_static(w, a, b, i, feats);
        sum_feats(ap, feats, n, f->ss[i - a]);
      }
    else static_scores(f, ap, pass, w, a, b);
    fhyp *cur = hb[0], *nxt = hb[1];
    uint32_t ncur = 1;
    cur[0] = (fhyp){ 0, NER_START, NER_START, 0 };
    for (uint32_t j = 0; j < L; j++) {
      uint32_t i = a + j;
      /* hypotheses ending in the same two tags share their scores */
      uint32_t same[16];
      if (f->gc && !w->fast_plain) {
        /* the tag features but one read t1 only: summed once per t1 of
         * the beam; those of the tags only (23, 24: t2, t1; 50) from the
         * thread's tables */
        uint32_t nt1 = 0, of[16];
        uint8_t t1s[16];
        for (uint32_t h = 0; h < ncur; h++) {
          uint32_t k = 0;
          while (k < nt1 && t1s[k] != cur[h].t1) k++;
          of[h] = k;
          if (k == nt1) {
            t1s[nt1++] = cur[h].t1;
            uint64_t *df = bt_feats(ap, f, &tb);
            memcpy(s1[k], f->ss[j], sizeof s1[k]);
            if (w->t[i].capsent) {
              const v8 *r = t50_row(f->gc, ap, pass, cur[h].t1);
              for (int v = 0; v < NV / 8; v++) s1[k][v] += r[v];
            }
            bt_add(ap, f, &tb, t1_feats(w, a, b, i, cur[h].t1, df), (int32_t *)s1[k]);
          }
        }
        bt_run(ap, f, &tb);
        for (uint32_t h = 0; h < ncur; h++) {
          uint32_t h2 = 0;
          while (h2 < h && (cur[h2].t1 != cur[h].t1 || cur[h2].t2 != cur[h].t2)) h2++;
          same[h] = h2;
          if (h2 == h) {
            const v8 *r = t24_row(f->gc, ap, pass, cur[h].t2, cur[h].t1);
            for (int k = 0; k < NV / 8; k++) sc[h][k] = s1[of[h]][k] + r[k];
          }
        }
      } else {
        for (uint32_t h = 0; h < ncur; h++) {
          uint32_t h2 = 0;
          while (h2 < h && (cur[h2].t1 != cur[h].t1 || cur[h2].t2 != cur[h].t2)) h2++;
          same[h] = h2;
          if (h2 == h) {
            uint64_t *df = bt_feats(ap, f, &tb);
            memcpy(sc[h], f->ss[j], sizeof sc[h]);
            bt_add(ap, f, &tb, kg_ner_features_tags(w, a, b, i, cur[h].t1, cur[h].t2, df), (int32_t *)sc[h]);
          }
        }
        bt_run(ap, f, &tb);
      }
      uint32_t nn = 0;
      for (uint32_t h = 0; h < ncur; h++) {
        const int32_t *sh = (const int32_t *)sc[same[h]];
        uint32_t pt = cur[h].t1 < NER_NCLASS ? cur[h].t1 : NER_NCLASS;
        uint32_t cm = alm[pt][j + 1 == L];
        if (nn == B) {
          /* only the classes above the worst kept score can enter (it only
           * rises while this hypothesis is expanded): the others are
           * skipped as the test below would */
          int64_t thr = nxt[B - 1].score - cur[h].score;
          if (thr >= INT32_MAX) cm = 0;
          else if (thr >= INT32_MIN) {
#ifdef KG_NER_AVX2
            if (f->avx2 && !w->fast_plain) cm &= gt_mask_avx2(sh, (int32_t)thr);
            else   /* tests (fast_plain) check the loop against the vectors */
#endif
              cm &= gt_mask_plain(sh, (int32_t)thr);
          }
        }
        for (; cm; cm &= cm - 1) {   /* increasing classes, as before */
          uint32_t c = (uint32_t)__builtin_ctz(cm);
          int64_t v = cur[h].score + sh[c];
          if (nn == B && !(v > nxt[nn - 1].score)) continue;
          uint32_t k = nn < B ? nn++ : B - 1;
          while (k > 0 && v > nxt[k - 1].score) { nxt[k] = nxt[k - 1]; k--; }
          nxt[k] = (fhyp){ v, (uint8_t)c, cur[h].t1, (uint8_t)h };
        }
      }
      for (uint32_t k = 0; k < nn; k++) { bt[j * B + k] = nxt[k].t1; bp[j * B + k] = nxt[k].back; }
      fhyp *t = cur; cur = nxt; nxt = t;
      ncur = nn;
    }
    uint32_t k = 0;
    for (uint32_t jj = L; jj-- > 0;) { w->tag[a + jj] = bt[jj * B + k]; k = bp[jj * B + k]; }
    for (uint32_t i = a; i < b; i++) kg_ner_hist_add(w, i, w->tag[i]);
  }
  free(bt);
  return KG_OK;
}
