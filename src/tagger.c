/* tagger.c — UPOS+XPOS tagger: feature extraction, decoding, the model
 * file, and the lemmatizer (lemma.c) run on its output.  See tagger_impl.h
 * for the design (two stacked greedy averaged perceptrons over joint
 * (UPOS, XPOS) classes, a tag dictionary and a lexicon).
 *
 * Owns: features, decoding, kg_tagger_run/load/free, the tagger's model
 * sections.  Does not own: training (tagger_train.c), segmentation, the
 * weight tables (perceptron.c), the file container (model.c), lemma rules
 * (lemma.c).
 *
 * Model file (kind "tagger"):  TCLS: u32 nclass, strings xpos[nclass],
 * u32s upos[nclass];  TDIC: u32 n, n x {u64 form hash, u32 class};
 * TLEX: same shape, lower-case form hash -> UPOS bit set, then the same
 * for the hash of the form's XPOS set;  TAPW: stage-1
 * kg_ap;  TAP2: u32 present, then the stage-2 kg_ap;  TCLU (optional): the
 * word clusters, same shape as TDIC (form / normalised-form key -> path with
 * a leading 1 bit);  LEMM: lemmatizer.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "tagger_impl.h"
#include "model.h"
#include "ap_cache.h"
#include "utf8.h"

uint64_t kg_tagger_td_hash(const char *form, size_t n)
{
  uint64_t h = kg_hash_bytes_inl(form, n, 0x7d1c7);
  return h ? h : 1;
}

static void tcache_release(uint64_t id);

void kg_tagger_free(kg_tagger *t)
{
  if (!t) return;
  tcache_release(t->id);
  kg_ap_free(t->ap);
  kg_ap_free(t->ap2);
  if (t->xpos_block) free(t->xpos);
  else if (t->xpos) {
    for (uint32_t i = 0; i < t->nclass; i++) free(t->xpos[i]);
    free(t->xpos);
  }
  free(t->upos);
  free(t->lem_x);
  kg_htab_free(&t->td);
  kg_htab_free(&t->lx);
  kg_htab_free(&t->lx2);
  kg_htab_free(&t->cl);
  kg_lemma_free(t->lem);
  free(t);
}

/* ------------------------------------------------------------- features */

void kg_tagger_word(const char *w, size_t n, kg_tagtok *out)
{
  char low[128], shape[20];
  size_t m = n < sizeof low ? n : sizeof low;
  size_t sl = 0;
  for (size_t i = 0; i < m; i++) {
    unsigned char c = (unsigned char)w[i];
    low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
  }
  for (size_t i = 0; i < n && sl < sizeof shape; i++) {
    unsigned char c = (unsigned char)w[i];
    char s;
    if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c >= 0xc0) s = 'u';
    else if (c >= 0x80) continue;
    else s = (char)c;
    if (sl >= 2 && shape[sl - 1] == s && shape[sl - 2] == s) continue;
    shape[sl++] = s;
  }
  out->form = kg_hash_bytes_inl(w, n, 1);
  out->lower = kg_hash_bytes_inl(low, m, 2) ^ (n > m ? n : 0);
  out->shape = kg_hash_bytes_inl(shape, sl, 3);
  for (size_t k = 1; k <= 4; k++) {
    out->suf[k - 1] = k <= m ? kg_hash_bytes_inl(low + m - k, k, 10 + k) : 0;
    if (k <= 3) out->pre[k - 1] = k <= m ? kg_hash_bytes_inl(low, k, 20 + k) : 0;
  }
  for (int k = 0; k < 4; k++) out->cl[k] = 0;
  out->cas = 0;
  out->amb = 0;
  out->amb2 = 0;
  out->dict = KG_TAG_NONE;
  out->s1 = 0;
  out->first = 0;
}

uint64_t kg_tagger_cl_key(const char *form, size_t n, int norm)
{
  uint64_t h = 0xcbf29ce484222325ULL ^ (norm == 2 ? 0x63617365ULL : norm ? 0x6e6f726dULL : 0x65786163ULL);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)form[i];
    if (norm && c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    else if (norm && c >= '0' && c <= '9') c = '0';
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h = kg_hash_mix(h, n);
  return h ? h : 1;
}

/* Cluster features of a form: the path of its exact spelling, else of its
 * normalised form; prefixes of 4, 6 and 10 bits and the whole path (a path
 * shorter than a prefix is used whole; no cluster: one "unknown" value). */
static void tok_clusters(const kg_tagger *t, const char *form, size_t n, kg_tagtok *w)
{
  uint32_t v = 0;
  if (!kg_htab_get(&t->cl, kg_tagger_cl_key(form, n, 0), &v) &&
      !kg_htab_get(&t->cl, kg_tagger_cl_key(form, n, 1), &v))
    v = 0;
  static const unsigned plen[4] = { 4, 6, 10, 32 };
  unsigned len = 0;
  while (len < 31 && (v >> (len + 1))) len++;          /* bits below the leading 1 */
  for (int k = 0; k < 4; k++) {
    unsigned l = len < plen[k] ? len : plen[k];
    uint32_t pre = v ? (v >> (len - l)) : 0;          /* keeps the leading 1: length-tagged */
    w->cl[k] = kg_hash_mix(0xc1c1c1ULL + (uint64_t)k, pre);
  }
  if (!kg_htab_get(&t->cl, kg_tagger_cl_key(form, n, 2), &v)) v = 0;
  w->cas = v;
}

static void pad_feats(kg_tagtok *out, int which)
{
  uint64_t h = kg_hash_mix(0xbadcafe, (uint64_t)which);
  out->form = out->lower = out->shape = h;
  for (int k = 0; k < 4; k++) out->suf[k] = h + (uint64_t)k + 1;
  for (int k = 0; k < 3; k++) out->pre[k] = h + (uint64_t)k + 11;
  for (int k = 0; k < 4; k++) out->cl[k] = h + (uint64_t)k + 21;
  out->cas = 7;
  out->amb = 0x80000000u + (uint32_t)(which + 8);
  out->amb2 = 0x80000000u + (uint32_t)(which + 8);
  out->dict = KG_TAG_NONE;
  out->s1 = which < 0 ? KG_TAG_START : KG_TAG_END;
  out->first = 0;
}

#define F(id, v) (f[n++] = kg_hash_mix(0x51ed270b27ULL * (id) + 0x2545f491ULL, (v)))
#define F2(id, a, b) (f[n++] = kg_hash_mix(kg_hash_mix(0x51ed270b27ULL * (id) + 0x2545f491ULL, (a)), (b)))

/* Word-cluster and case-table templates (models with clusters only;
 * Koo, Carreras & Collins 2008; Turian, Ratinov & Bengio 2010): cluster
 * prefixes of the word and its neighbours and the corpus case bucket, by
 * role (ROLE_M2 .. ROLE_P2 = 0 .. 4; one word each, so the score cache
 * holds them) and a few pairs (cl_live_feats). */
static size_t cl_role_feats(const kg_tagtok *x, int role, uint64_t *f)
{
  size_t n = 0;
  switch (role) {
  case 2:
    F(77, x->cas); F2(78, x->cas, x->shape);
    F(60, x->cl[0]); F(61, x->cl[1]); F(62, x->cl[2]); F(63, x->cl[3]);
    break;
  case 1: F2(80, x->cas, x->shape); F(64, x->cl[1]); F(65, x->cl[3]); break;
  case 3: F2(81, x->cas, x->shape); F(66, x->cl[1]); F(68, x->cl[0]); F(67, x->cl[3]); break;
  case 0: F(69, x->cl[1]); break;
  default: F(70, x->cl[1]); break;
  }
  return n;
}

static size_t cl_live_feats(const kg_tagtok *w, uint32_t p1, uint64_t *f)
{
  size_t n = 0;
  F2(71, p1, w[0].cl[1]);
  F2(72, w[0].cl[1], w[1].cl[1]); F2(73, w[-1].cl[1], w[0].cl[1]);
  F2(74, w[0].cl[3], w[1].cl[3]); F2(75, w[-1].cl[3], w[0].cl[3]);
  F2(76, p1, w[1].cl[1]);
  F2(79, w[0].first, w[0].cas);
  return n;
}

/* Features of token w[0] (w has two valid entries on each side); p1, p2:
 * classes of the two previous tokens; stage 2 adds stage-1 classes; clus:
 * the model has clusters. */
static size_t token_feats(const kg_tagtok *w, uint32_t p1, uint32_t p2, int stage, int clus,
                          uint64_t *f)
{
  size_t n = 0;
  if (clus) {
    for (int r = 0; r < 5; r++) n += cl_role_feats(&w[r - 2], r, f + n);
    n += cl_live_feats(w, p1, f + n);
  }
  F(1, 1);
  F(2, w[0].lower);
  F(3, w[0].form);
  for (int k = 0; k < 4; k++) F(4 + k, w[0].suf[k]);
  for (int k = 0; k < 3; k++) F(8 + k, w[0].pre[k]);
  F(11, w[0].shape);
  F(12, w[-1].lower);
  F(13, w[1].lower);
  F(14, w[-2].lower);
  F(15, w[2].lower);
  F(16, w[-1].suf[2]);
  F(17, w[1].suf[2]);
  F(18, w[1].shape);
  F(19, w[-1].shape);
  F2(20, w[0].lower, w[1].lower);
  F2(21, w[-1].lower, w[0].lower);
  F2(22, w[0].first, w[0].shape);
  F(23, p1);
  F2(24, p1, p2);
  F2(25, p1, w[0].lower);
  F2(26, p1, w[0].suf[2]);
  F(27, p2);
  F2(28, p1, w[1].lower);
  F2(29, w[1].suf[1], w[0].suf[2]);
  F(30, w[0].amb);
  F(31, w[1].amb);
  F2(32, w[1].amb, w[2].amb);
  F2(33, p1, w[0].amb);
  F2(34, w[0].amb, w[1].amb);
  F2(35, w[-1].amb, w[0].amb);
  F2(36, w[-1].lower, w[1].lower);
  F(37, w[1].suf[0]);
  F(38, w[1].pre[0]);
  F2(39, w[2].amb, w[0].suf[2]);
  F2(40, p1, w[1].amb);
  F(41, w[2].shape);
  F(42, w[-2].suf[2]);
  F2(43, w[0].shape, w[1].shape);
  F2(44, p2, w[0].lower);
  F(45, w[0].amb2);
  F(46, w[1].amb2);
  F2(47, p1, w[0].amb2);
  F2(48, w[0].amb2, w[1].amb2);
  F2(49, w[-1].amb2, w[0].amb2);
  if (stage == 2) {
    F(50, w[0].s1);
    F(51, w[1].s1);
    F2(52, w[1].s1, w[2].s1);
    F2(53, p1, w[1].s1);
    F2(54, w[1].s1, w[0].lower);
    F2(55, w[0].s1, w[0].suf[2]);
    F2(56, w[0].s1, w[1].s1);
    F(57, w[2].s1);
    F2(58, p1, w[0].s1);
    F2(59, w[0].s1, w[0].lower);
  }
  return n;
}

/* ------------------------------------------------------- score cache
 * At run time most of token_feats' features depend on one word of the
 * window only: 13 on w[0] alone, 3 on w[-1], 7 on w[1], 2 each on w[-2] and
 * w[2].  Their summed weight rows depend only on the word and its role, so
 * kg_tagger_run keeps one score vector per (word, role) and scores just the
 * other 22 features per token (pairs and previous classes).  The cache is
 * per thread (no locking, so a kg_tagger stays shareable between threads)
 * and bounded (KG_TAG_CACHE words; emptied when full); it serves one loaded
 * model at a time, identified by an id given at load (a model being trained
 * has id 0 and is never cached: its weights change).
 * role_feats + live_feats yield exactly token_feats' stage-1 features. */
#define KG_TAG_CACHE 16384u
enum { ROLE_M2 = 0, ROLE_M1, ROLE_0, ROLE_P1, ROLE_P2, NROLE };

static size_t role_feats(const kg_tagtok *x, int role, int clus, uint64_t *f)
{
  size_t n = 0;
  if (clus) n += cl_role_feats(x, role, f);
  switch (role) {
  case ROLE_0:
    F(1, 1);
    F(2, x->lower);
    F(3, x->form);
    for (int k = 0; k < 4; k++) F(4 + k, x->suf[k]);
    for (int k = 0; k < 3; k++) F(8 + k, x->pre[k]);
    F(11, x->shape);
    F(30, x->amb);
    F(45, x->amb2);
    break;
  case ROLE_M1: F(12, x->lower); F(16, x->suf[2]); F(19, x->shape); break;
  case ROLE_P1:
    F(13, x->lower); F(17, x->suf[2]); F(18, x->shape); F(31, x->amb);
    F(37, x->suf[0]); F(38, x->pre[0]); F(46, x->amb2);
    break;
  case ROLE_M2: F(14, x->lower); F(42, x->suf[2]); break;
  default: F(15, x->lower); F(41, x->shape); break;
  }
  return n;
}

static size_t live_feats(const kg_tagtok *w, uint32_t p1, uint32_t p2, int clus, uint64_t *f)
{
  size_t n = 0;
  if (clus) n += cl_live_feats(w, p1, f);
  F2(20, w[0].lower, w[1].lower);
  F2(21, w[-1].lower, w[0].lower);
  F2(22, w[0].first, w[0].shape);
  F(23, p1);
  F2(24, p1, p2);
  F2(25, p1, w[0].lower);
  F2(26, p1, w[0].suf[2]);
  F(27, p2);
  F2(28, p1, w[1].lower);
  F2(29, w[1].suf[1], w[0].suf[2]);
  F2(32, w[1].amb, w[2].amb);
  F2(33, p1, w[0].amb);
  F2(34, w[0].amb, w[1].amb);
  F2(35, w[-1].amb, w[0].amb);
  F2(36, w[-1].lower, w[1].lower);
  F2(39, w[2].amb, w[0].suf[2]);
  F2(40, p1, w[1].amb);
  F2(43, w[0].shape, w[1].shape);
  F2(44, p2, w[0].lower);
  F2(47, p1, w[0].amb2);
  F2(48, w[0].amb2, w[1].amb2);
  F2(49, w[-1].amb2, w[0].amb2);
  return n;
}

typedef float tag_v4 __attribute__((vector_size(16)));

/* Open addressing on the word's form hash -> slot; a slot holds the word's
 * prepared values (kg_tagtok: hashes, lexicon sets, tag dictionary) and
 * NROLE score vectors of `stride` floats, each computed when first needed.
 * The cache is emptied only between sentences, so slots stay valid while a
 * sentence is decoded. */
#define HAVE_INFO 0x80u
typedef struct tag_cache {
  uint64_t *keys;          /* 0 = empty */
  uint32_t *slot;
  uint32_t mask, nslot, used;
  uint32_t stride;
  uint8_t *have;           /* per slot: bit per computed role, HAVE_INFO */
  kg_tagtok *info;         /* per slot */
  float *vec;              /* nslot x NROLE x stride, 32-byte aligned */
  struct lemma_ent *lem;   /* LEMC lemmas (lemma_cached), NULL: none */
} tag_cache;

/* The lemmas kg_lemma_get gave (a word of fewer than LEMW bytes and the
 * lemmatizer's xpos id): the form itself (kind 1), a string of the model
 * (2: p) or one it made (3: s); kind 0: empty.  Direct mapped. */
#define LEMC 2048u
#define LEMW 32
typedef struct lemma_ent {
  uint64_t h;
  const char *p;
  int32_t x;
  uint16_t n;
  uint8_t kind;
  char form[LEMW], s[LEMW];
} lemma_ent;

static void tcache_free(tag_cache *c)
{
  free(c->keys); free(c->slot); free(c->have); free(c->info); free(c->vec); free(c->lem);
  memset(c, 0, sizeof *c);
}

static _Thread_local tag_cache tls_cache;
static _Thread_local uint64_t tls_owner;   /* id of the model tls_cache holds */
static uint64_t tagger_ids;

static int tcache_init(tag_cache *c, uint32_t nclass, size_t ntypes)
{
  memset(c, 0, sizeof *c);
  c->nslot = (uint32_t)ntypes;
  uint32_t sz = 16;
  while (sz < 2 * c->nslot) sz <<= 1;
  c->mask = sz - 1;
  c->stride = (nclass + 7) & ~7u;
  c->keys = calloc(sz, sizeof *c->keys);
  c->slot = malloc(sz * sizeof *c->slot);
  c->have = malloc(c->nslot);
  c->info = malloc(c->nslot * sizeof *c->info);
  c->vec = aligned_alloc(32, (size_t)c->nslot * NROLE * c->stride * sizeof(float));
  if (!c->keys || !c->slot || !c->have || !c->info || !c->vec) { tcache_free(c); return 0; }
  c->lem = calloc(LEMC, sizeof *c->lem);   /* optional */
  return 1;
}

/* kg_lemma_get(t->lem, form, n, x, buf, cap) through the cache's lemmas:
 * the same result (form, a string of the model, or buf holding the same
 * string).  cap >= LEMW. */
static const char *lemma_cached(const kg_tagger *t, tag_cache *c, const char *form, uint32_t n, int x,
                                char *buf, size_t cap)
{
  if (!c->lem || n >= LEMW || cap < LEMW) return kg_lemma_get(t->lem, form, n, x, buf, cap);
  uint64_t h = kg_hash_bytes_inl(form, n, (uint64_t)x + 7);
  lemma_ent *e = &c->lem[(h ^ (h >> 29)) & (LEMC - 1)];
  if (e->kind && e->h == h && e->x == x && e->n == n && memcmp(e->form, form, n) == 0) {
    if (e->kind == 1) return form;
    if (e->kind == 2) return e->p;
    memcpy(buf, e->s, LEMW);
    return buf;
  }
  const char *le = kg_lemma_get(t->lem, form, n, x, buf, cap);
  size_t L = 0;
  if (le == buf && (L = strlen(buf)) >= LEMW) return le;   /* not kept */
  e->kind = le == form ? 1 : le != buf ? 2 : 3;
  e->p = le;
  if (e->kind == 3) memcpy(e->s, buf, L + 1);
  e->h = h;
  e->x = x;
  e->n = (uint16_t)n;
  memcpy(e->form, form, n);
  return le;
}

/* Frees this thread's cache when it holds the model being freed (caches of
 * other threads are freed when they switch models; a later model never
 * reuses an id). */
static void tcache_release(uint64_t id)
{
  if (id && tls_owner == id) { tcache_free(&tls_cache); tls_owner = 0; }
}

/* The slot of form hash k, added when new; the caller makes sure a slot is
 * free (tcache_room). */
static uint32_t tcache_slot(tag_cache *c, uint64_t k)
{
  if (!k) k = 1;
  uint32_t i = (uint32_t)(k ^ (k >> 32)) & c->mask;
  while (c->keys[i] && c->keys[i] != k) i = (i + 1) & c->mask;
  if (!c->keys[i]) {
    c->keys[i] = k;
    c->slot[i] = c->used;
    c->have[c->used++] = 0;
  }
  return c->slot[i];
}

/* Makes room for n more words (empties the cache when needed); 0 when n
 * words can never fit. */
static int tcache_room(tag_cache *c, size_t n)
{
  if (n > c->nslot) return 0;
  if (c->used + n > c->nslot) {
    memset(c->keys, 0, ((size_t)c->mask + 1) * sizeof *c->keys);
    c->used = 0;
  }
  return 1;
}

/* The summed rows of the role features of word x (slot x->slot). */
static const float *tcache_role(tag_cache *c, const kg_ap *ap, const kg_tagtok *x, int role,
                               int clus)
{
  uint32_t s = x->slot;
  float *v = c->vec + ((size_t)s * NROLE + (size_t)role) * c->stride;
  if (!(c->have[s] & (1u << role))) {
    uint64_t f[32];
    size_t nf = role_feats(x, role, clus, f);
    kg_ap_score_vec(ap, f, nf, v, c->stride);
    c->have[s] |= (uint8_t)(1u << role);
  }
  return v;
}

/* The runner-up of a scored token for the parser's tag-uncertainty
 * features: the best class whose UPOS differs from cl's (*alt: its UPOS + 1)
 * and how far below cl's score it is (*gap). */
static void runner_up(const kg_tagger *t, const float *sc, uint32_t cl, uint16_t *alt, float *gap)
{
  uint32_t c2 = KG_TAG_NONE;
  for (uint32_t c = 0; c < t->nclass; c++)
    if (t->upos[c] != t->upos[cl] && (c2 == KG_TAG_NONE || sc[c] > sc[c2])) c2 = c;
  /* low byte: its UPOS + 1; high byte: the class + 1 (its XPOS, kg_tagger_run_alt_x) */
  *alt = c2 == KG_TAG_NONE ? 0 : (uint16_t)((t->upos[c2] + 1) | ((c2 + 1) << 8));
  *gap = c2 == KG_TAG_NONE ? 1e30f : sc[cl] - sc[c2];
}

/* Prefetches the role vectors token w[i]'s score sums (computed or not:
 * a prefetch changes nothing), stride floats each, 32-byte aligned. */
static inline void tcache_prefetch_roles(const tag_cache *c, const kg_tagtok *w, size_t i)
{
  size_t bytes = (size_t)c->stride * sizeof(float);
  for (int k = 0; k < NROLE; k++) {
    const char *v = (const char *)(c->vec + ((size_t)w[(ptrdiff_t)i + k - 2].slot * NROLE + (size_t)k) * c->stride);
    for (size_t b = 0; b < bytes; b += 64) __builtin_prefetch(v + b);
    __builtin_prefetch(v + bytes - 1);
  }
}

/* Prefetches the role vectors of the first token from w[from] on that is
 * still to be scored (no dictionary class), if any. */
static inline void prefetch_next(const tag_cache *c, const kg_tagtok *w, size_t n, size_t from)
{
  while (from < n && w[from].dict != KG_TAG_NONE) from++;
  if (from < n) tcache_prefetch_roles(c, w, from);
}

/* Stage-1 greedy decoding with the cache (run time only); w as prepared by
 * prep_cached.  The role vectors of the next token to score are prefetched
 * while this one is scored (most are computed in earlier sentences or
 * documents and cold). */
static void decode_cached(const kg_tagger *t, const kg_ap *ap, tag_cache *c, int clus,
                          const kg_tagtok *w, size_t n, uint32_t *cls, uint16_t *alt, float *gap)
{
  uint64_t f[KG_TAG_MAXFEAT];
  float scores[512] __attribute__((aligned(32)));
  uint32_t p1 = KG_TAG_START, p2 = KG_TAG_START, nv = c->stride / 4;
  prefetch_next(c, w, n, 0);
  for (size_t i = 0; i < n; i++) {
    uint32_t cl = w[i].dict;
    if (cl == KG_TAG_NONE) {
      prefetch_next(c, w, n, i + 1);
      const float *r[NROLE];
      for (int k = 0; k < NROLE; k++) r[k] = tcache_role(c, ap, &w[(ptrdiff_t)i + k - 2], k, clus);
      size_t nf = live_feats(&w[i], p1, p2, clus, f);
      kg_ap_score_vec(ap, f, nf, scores, c->stride);
      tag_v4 *sv = (tag_v4 *)scores;
      for (uint32_t v = 0; v < nv; v++)
        sv[v] += ((const tag_v4 *)r[ROLE_0])[v] + ((const tag_v4 *)r[ROLE_M1])[v] +
                 ((const tag_v4 *)r[ROLE_P1])[v] + ((const tag_v4 *)r[ROLE_M2])[v] +
                 ((const tag_v4 *)r[ROLE_P2])[v];
      cl = kg_ap_best(ap, scores, NULL);
      if (alt) runner_up(t, scores, cl, &alt[i], &gap[i]);
    } else if (alt) {
      alt[i] = 0;
      gap[i] = 1e30f;
    }
    cls[i] = cl;
    p2 = p1;
    p1 = cl;
  }
}

void kg_tagger_prep(const kg_tagger *t, const char *const *forms, const uint32_t *lens,
                    size_t n, kg_tagtok *wbuf, const uint32_t *amb, const uint32_t *amb2,
                    const uint8_t *unk, const uint32_t *s1)
{
  pad_feats(&wbuf[0], -2);
  pad_feats(&wbuf[1], -1);
  pad_feats(&wbuf[n + 2], 1);
  pad_feats(&wbuf[n + 3], 2);
  kg_tagtok *w = wbuf + 2;
  for (size_t i = 0; i < n; i++) {
    kg_tagger_word(forms[i], lens[i], &w[i]);
    if (!kg_htab_get(&t->td, kg_tagger_td_hash(forms[i], lens[i]), &w[i].dict))
      w[i].dict = KG_TAG_NONE;
    if (unk && unk[i]) w[i].lower = w[i].form = 0x5eed;
    if (amb) w[i].amb = amb[i];
    else if (!kg_htab_get(&t->lx, w[i].lower, &w[i].amb)) w[i].amb = 0;
    if (amb2) w[i].amb2 = amb2[i];
    else if (!kg_htab_get(&t->lx2, w[i].lower, &w[i].amb2)) w[i].amb2 = 0;
    if (s1) w[i].s1 = s1[i];
    if (t->cl.keys) tok_clusters(t, forms[i], lens[i], &w[i]);
  }
  if (n) w[0].first = 1;
}

#define PREP_BLOCK 32
static void prep_one(const kg_tagger *t, tag_cache *c, const char *const *forms, const uint32_t *lens,
                     kg_tagtok *w, size_t i, uint32_t s);

/* kg_tagger_prep at run time through the cache: the same values, computed
 * once per word type; every token (and pad) gets its cache slot.  0 when
 * the sentence can't fit in the cache (then use kg_tagger_prep). */
static int prep_cached(const kg_tagger *t, tag_cache *c, const char *const *forms,
                       const uint32_t *lens, size_t n, kg_tagtok *wbuf)
{
  if (!tcache_room(c, n + 4)) return 0;
  pad_feats(&wbuf[0], -2);
  pad_feats(&wbuf[1], -1);
  pad_feats(&wbuf[n + 2], 1);
  pad_feats(&wbuf[n + 3], 2);
  kg_tagtok *pad[4] = { &wbuf[0], &wbuf[1], &wbuf[n + 2], &wbuf[n + 3] };
  for (int k = 0; k < 4; k++) pad[k]->slot = tcache_slot(c, pad[k]->form);
  kg_tagtok *w = wbuf + 2;
  /* in blocks of PREP_BLOCK tokens: the hashes first, each probe's key
   * prefetched, then the slots, each slot's entry prefetched, then the
   * entries (the cache is 16,384 words across documents, mostly cold: the
   * misses of a block overlap instead of following one another) */
  uint64_t hk[PREP_BLOCK];
  uint32_t sl[PREP_BLOCK];
  for (size_t b0 = 0; b0 < n; b0 += PREP_BLOCK) {
    size_t nb = n - b0 < PREP_BLOCK ? n - b0 : PREP_BLOCK;
    for (size_t j = 0; j < nb; j++) {
      uint64_t k = kg_hash_bytes_inl(forms[b0 + j], lens[b0 + j], 1);
      hk[j] = k;
      k = k ? k : 1;
      __builtin_prefetch(&c->keys[(uint32_t)(k ^ (k >> 32)) & c->mask]);
    }
    for (size_t j = 0; j < nb; j++) {
      sl[j] = tcache_slot(c, hk[j]);
      __builtin_prefetch(&c->info[sl[j]]);
      __builtin_prefetch((const char *)&c->info[sl[j]] + sizeof *c->info - 1);
    }
    for (size_t j = 0; j < nb; j++) prep_one(t, c, forms, lens, w, b0 + j, sl[j]);
  }
  if (n) w[0].first = 1;
  return 1;
}

/* prep_cached's values of token i, of slot s. */
static void prep_one(const kg_tagger *t, tag_cache *c, const char *const *forms, const uint32_t *lens,
                     kg_tagtok *w, size_t i, uint32_t s)
{
  if (c->have[s] & HAVE_INFO) {
    w[i] = c->info[s];
    return;
  }
  kg_tagger_word(forms[i], lens[i], &w[i]);
  if (!kg_htab_get(&t->td, kg_tagger_td_hash(forms[i], lens[i]), &w[i].dict))
    w[i].dict = KG_TAG_NONE;
  if (!kg_htab_get(&t->lx, w[i].lower, &w[i].amb)) w[i].amb = 0;
  if (!kg_htab_get(&t->lx2, w[i].lower, &w[i].amb2)) w[i].amb2 = 0;
  if (t->cl.keys) tok_clusters(t, forms[i], lens[i], &w[i]);
  w[i].slot = s;
  c->info[s] = w[i];
  c->have[s] |= HAVE_INFO;
}

static size_t decode_plain(const kg_tagger *t, const kg_ap *ap, kg_ap *train, int stage,
                           const kg_tagtok *w, size_t n, uint32_t *cls, const uint32_t *gold,
                           uint16_t *alt, float *gap);

size_t kg_tagger_decode(const kg_tagger *t, const kg_ap *ap, kg_ap *train, int stage,
                        const kg_tagtok *w, size_t n, uint32_t *cls, const uint32_t *gold)
{
  return decode_plain(t, ap, train, stage, w, n, cls, gold, NULL, NULL);
}

/* kg_tagger_decode; alt, gap (may be NULL): each token's runner_up. */
static size_t decode_plain(const kg_tagger *t, const kg_ap *ap, kg_ap *train, int stage,
                           const kg_tagtok *w, size_t n, uint32_t *cls, const uint32_t *gold,
                           uint16_t *alt, float *gap)
{
  uint64_t f[KG_TAG_MAXFEAT];
  float scores[512];
  uint32_t p1 = KG_TAG_START, p2 = KG_TAG_START;
  size_t correct = 0;
  if (train) ap = train;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = w[i].dict;
    if (c == KG_TAG_NONE) {
      size_t nf = token_feats(&w[i], p1, p2, stage, t->cl.keys != NULL, f);
      kg_ap_score(ap, f, nf, scores);
      c = kg_ap_best(ap, scores, NULL);
      if (train) {
        kg_ap_tick(train);
        if (c != gold[i]) kg_ap_update(train, f, nf, gold[i], c);
      }
      if (alt) runner_up(t, scores, c, &alt[i], &gap[i]);
    } else if (alt) {
      alt[i] = 0;
      gap[i] = 1e30f;
    }
    if (gold && c == gold[i]) correct++;
    cls[i] = c;
    p2 = p1;
    p1 = c;
  }
  return correct;
}

/* ----------------------------------------------------------------- run */

/* Headlines in Title Case ("Japan Sign Defence Pact as North Korea Fires
 * Missile") or ALL CAPS mislead a tagger trained on running text.  For such
 * a sentence the tagger sees a normalised copy of each word: lower case when
 * the lexicon knows the word but never as a proper noun, "Korea"-style
 * capitalisation for an all-caps word it knows as a proper noun, unchanged
 * otherwise.  Tokens keep their forms; only the tagger's input changes. */
static int headline_case(const kg_token *tok, uint32_t n, int heading)
{
  uint32_t words = 0, caps = 0, allcaps = 0;
  for (uint32_t i = 0; i < n; i++) {
    const char *f = tok[i].form;
    if (!f || !((f[0] >= 'A' && f[0] <= 'Z') || (f[0] >= 'a' && f[0] <= 'z'))) continue;
    words++;
    if (f[0] >= 'A' && f[0] <= 'Z') {
      caps++;
      int low = 0;
      for (const char *p = f; *p; p++) low |= *p >= 'a' && *p <= 'z';
      allcaps += !low && f[1];
    }
  }
  if (words < 3) return 0;
  if (allcaps * 10 >= words * 8) return 2;
  return heading && caps * 10 >= words * 7 ? 1 : 0;
}

static const char *headline_word(const kg_tagger *t, const char *f, uint32_t len, int mode,
                                 int first, char *out)
{
  int low = 0, up = 0, letters = 0;
  for (uint32_t k = 0; k < len; k++) {
    char c = f[k];
    if (c >= 'a' && c <= 'z') { low = 1; letters++; }
    else if (c >= 'A' && c <= 'Z') { up = 1; letters++; }
    else if ((unsigned char)c >= 0x80) return f;
  }
  if (!up || letters < 1 || len >= 64) return f;
  if (mode == 1 && (low == 0 || first)) return f;        /* acronyms; the first word */
  kg_tagtok w;
  kg_tagger_word(f, len, &w);
  uint32_t set;
  if (!kg_htab_get(&t->lx, w.lower, &set)) return f;    /* unknown: leave it */
  int proper = (set >> KG_UPOS_PROPN) & 1;
  if (proper && mode == 1) return f;
  for (uint32_t k = 0; k < len; k++)
    out[k] = (f[k] >= 'A' && f[k] <= 'Z') ? (char)(f[k] + 32) : f[k];
  if (proper || (first && mode == 2))
    out[0] = (out[0] >= 'a' && out[0] <= 'z') ? (char)(out[0] - 32) : out[0];
  out[len] = 0;
  return out;
}

/* A French word with an elided article or preposition inside an English
 * sentence, lower case ("d'affaires", "d'etat", "l'homme"): the rest of a
 * borrowed noun phrase, a noun as in EWT ("coup d'etat"); a word the tagger
 * has not seen otherwise reads as a verb or a plural. */
static int french_elided(const char *f, uint32_t n)
{
  uint32_t k = n > 4 && !memcmp(f + 1, "\xE2\x80\x99", 3) ? 4 : 2;   /* (or a typographic apostrophe) */
  if (n < k + 3 || (f[0] != 'd' && f[0] != 'l') || (k == 2 && f[1] != '\''))
    return 0;
  for (; k < n; k++)
    if (!islower((unsigned char)f[k]) && (unsigned char)f[k] < 0x80)
      return 0;
  return 1;
}

kg_status kg_tagger_run(const kg_tagger *t, kg_doc *doc)
{
  return kg_tagger_run_alt(t, doc, NULL, NULL);
}

void kg_tagger_set_alt(kg_tagger *t, int on)
{
  if (t) t->want_alt = on != 0;
}

kg_status kg_tagger_run_alt(const kg_tagger *t, kg_doc *doc, uint8_t *alts, float *gaps)
{
  return kg_tagger_run_alt_x(t, doc, alts, gaps, NULL);
}

kg_status kg_tagger_run_alt_x(const kg_tagger *t, kg_doc *doc, uint8_t *alts, float *gaps,
                              const char **altx)
{
  int want = alts || gaps || altx || t->want_alt;
  if (!t || !doc) return KG_ERR_USAGE;
  size_t maxn = 0;
  for (size_t s = 0; s < doc->nsents; s++)
    if (doc->sents[s].ntok > maxn) maxn = doc->sents[s].ntok;
  if (maxn == 0) return KG_OK;
  kg_tagtok *wbuf = malloc((maxn + 4) * sizeof *wbuf);
  const char **forms = malloc(maxn * sizeof *forms);
  uint32_t *lens = malloc(maxn * sizeof *lens);
  uint32_t *cls = malloc(maxn * sizeof *cls);
  uint16_t *alt = malloc(maxn * sizeof *alt);
  float *gap = malloc(maxn * sizeof *gap);
  char *norm = NULL;        /* normalised headline words, 64 bytes each */
  char *clit = NULL;        /* clitics in ASCII, 8 bytes each */
  kg_status st = KG_OK;
  tag_cache *cache = NULL;
  if (!wbuf || !forms || !lens || !cls || !alt || !gap) { st = KG_ERR_NOMEM; goto out; }
  if (t->id && t->nclass <= 512) {
    if (tls_owner != t->id) {
      tcache_free(&tls_cache);
      tls_owner = 0;
      if (tcache_init(&tls_cache, t->nclass, KG_TAG_CACHE)) tls_owner = t->id;
    }
    /* without memory for the cache, decode uncached (same classes) */
    if (tls_owner == t->id) cache = &tls_cache;
  }
  char buf[512];
  int32_t nn_class = -1;
  for (uint32_t c = 0; c < t->nclass && nn_class < 0; c++)
    if (t->upos[c] == KG_UPOS_NOUN && t->xpos[c] && !strcmp(t->xpos[c], "NN"))
      nn_class = (int32_t)c;
  for (size_t s = 0; s < doc->nsents && st == KG_OK; s++) {
    const kg_sentence *se = &doc->sents[s];
    kg_token *tok = doc->tokens + se->tok;
    for (uint32_t i = 0; i < se->ntok; i++) {
      forms[i] = tok[i].form ? tok[i].form : doc->text + tok[i].start;
      lens[i] = tok[i].form ? (uint32_t)strlen(tok[i].form) : tok[i].end - tok[i].start;
    }
    int hl = headline_case(tok, se->ntok, se->heading);
    if (hl && !norm && !(norm = malloc(maxn * 64))) { st = KG_ERR_NOMEM; break; }
    for (uint32_t i = 0; hl && i < se->ntok; i++)
      forms[i] = headline_word(t, forms[i], lens[i], hl, i == 0, norm + 64 * (size_t)i);
    for (uint32_t i = 0; i < se->ntok && st == KG_OK; i++)   /* "Un’s", "don’t": the treebank's apostrophe */
      if (kg_utf8_is_clitic(forms[i], lens[i]) && (clit || (clit = malloc(maxn * 8)) || (st = KG_ERR_NOMEM, 0)) &&
          kg_utf8_ascii_clitic(forms[i], lens[i], clit + 8 * (size_t)i)) {   /* (utf8.c) */
        forms[i] = clit + 8 * (size_t)i;
        lens[i] -= 2;
      }
    if (st != KG_OK)
      break;
    if (cache && prep_cached(t, cache, forms, lens, se->ntok, wbuf)) {
      decode_cached(t, t->ap, cache, t->cl.keys != NULL, wbuf + 2, se->ntok, cls,
                    want ? alt : NULL, gap);
    } else {
      kg_tagger_prep(t, forms, lens, se->ntok, wbuf, NULL, NULL, NULL, NULL);
      decode_plain(t, t->ap, NULL, 1, wbuf + 2, se->ntok, cls, NULL, want ? alt : NULL, gap);
    }
    if (t->ap2) {
      for (uint32_t i = 0; i < se->ntok; i++) wbuf[i + 2].s1 = cls[i];
      decode_plain(t, t->ap2, NULL, 2, wbuf + 2, se->ntok, cls, NULL, want ? alt : NULL, gap);
    }
    for (uint32_t i = 0; i < se->ntok; i++) {
      uint32_t c = cls[i];
      if (nn_class >= 0 && french_elided(forms[i], lens[i]))
        c = (uint32_t)nn_class;   /* "charge d'affaires", "coup d'etat": a noun */
      tok[i].upos = t->upos[c];
      tok[i].xpos = t->xpos[c];
      tok[i].upos2 = want ? (uint8_t)kg_tagger_alt_code(alt[i] & 0xff, gap[i]) : 0;
      if (alts) alts[se->tok + i] = (uint8_t)(alt[i] & 0xff);
      if (altx) altx[se->tok + i] = alt[i] >> 8 ? t->xpos[(alt[i] >> 8) - 1] : NULL;
      if (gaps) gaps[se->tok + i] = gap[i];
      if (!tok[i].form) { tok[i].lemma = NULL; continue; }
      if (lens[i] >= 256) { tok[i].lemma = tok[i].form; continue; }   /* a URL, a blob */
      const char *le = cache ? lemma_cached(t, cache, tok[i].form, lens[i], t->lem_x[c], buf, sizeof buf)
                             : kg_lemma_get(t->lem, tok[i].form, lens[i], t->lem_x[c], buf, sizeof buf);
      if (le == buf) le = kg_doc_strdup(doc, buf);
      if (!le) { st = KG_ERR_NOMEM; break; }
      tok[i].lemma = le;
    }
  }
out:
  free(norm);
  free(clit);
  free(wbuf);
  free(forms);
  free(lens);
  free(cls);
  free(alt);
  free(gap);
  return st;
}

kg_status kg_tagger_relemma(const kg_tagger *t, kg_doc *doc, size_t i)
{
  if (!t || !doc || i >= doc->ntokens) return KG_ERR_USAGE;
  kg_token *tk = &doc->tokens[i];
  if (!tk->form || !tk->xpos) return KG_OK;
  size_t len = strlen(tk->form);
  if (len >= 256) { tk->lemma = tk->form; return KG_OK; }   /* as kg_tagger_run */
  char buf[512];
  const char *le = kg_lemma_get(t->lem, tk->form, len, kg_lemma_xpos_id(t->lem, tk->xpos), buf, sizeof buf);
  if (le == buf) le = kg_doc_strdup(doc, buf);
  if (!le) return KG_ERR_NOMEM;
  tk->lemma = le;
  return KG_OK;
}

/* ------------------------------------------------------------ load/save */

kg_status kg_tagger_finish(kg_tagger *t)
{
  t->lem_x = malloc(t->nclass * sizeof *t->lem_x);
  if (!t->lem_x) return KG_ERR_NOMEM;
  for (uint32_t c = 0; c < t->nclass; c++) t->lem_x[c] = kg_lemma_xpos_id(t->lem, t->xpos[c]);
  return KG_OK;
}

kg_status kg_tagger_load(const char *path, const kg_logger *log, kg_tagger **out)
{
  *out = NULL;
  FILE *f;
  kg_status st = kg_model_open(path, "tagger", log, &f);
  if (st) return st;
  kg_tagger *t = calloc(1, sizeof *t);
  if (!t) { fclose(f); return KG_ERR_NOMEM; }
  t->xpos_block = 1;
  t->id = __atomic_add_fetch(&tagger_ids, 1, __ATOMIC_RELAXED);
  const char *what = "classes";
  uint32_t nx = 0, nu = 0, *up = NULL;
  st = kg_model_expect_section(f, "TCLS");
  if (!st) st = kg_model_get_u32(f, &t->nclass);
  if (!st) st = kg_model_get_strings(f, &t->xpos, &nx);
  if (!st) st = kg_model_get_u32s(f, &up, &nu);
  if (!st && (nx != t->nclass || nu != t->nclass || t->nclass == 0 || t->nclass > 512)) st = KG_ERR_MODEL;
  if (!st) {
    t->upos = malloc(t->nclass);
    if (!t->upos) st = KG_ERR_NOMEM;
    for (uint32_t c = 0; !st && c < t->nclass; c++) {
      if (up[c] >= KG_UPOS_COUNT) st = KG_ERR_MODEL;
      else t->upos[c] = (uint8_t)up[c];
    }
  }
  free(up);
  if (!st) { what = "tag dictionary"; st = kg_model_expect_section(f, "TDIC"); }
  if (!st) st = kg_htab_read(&t->td, f, t->nclass, KG_MODEL_MAX_ITEMS / 16);
  if (!st) { what = "lexicon"; st = kg_model_expect_section(f, "TLEX"); }
  if (!st) st = kg_htab_read(&t->lx, f, 1u << KG_UPOS_COUNT, KG_MODEL_MAX_ITEMS / 16);
  if (!st) st = kg_htab_read(&t->lx2, f, UINT32_MAX, KG_MODEL_MAX_ITEMS / 16);
  if (!st) { what = "weights"; st = kg_model_expect_section(f, "TAPW"); }
  if (!st) st = kg_apc_read(f, path, KG_APC_SPARSE, 0, &t->ap);
  if (!st && kg_ap_nclass(t->ap) != t->nclass) st = KG_ERR_MODEL;
  uint32_t has2 = 0;
  if (!st) { what = "stage-2 weights"; st = kg_model_expect_section(f, "TAP2"); }
  if (!st) st = kg_model_get_u32(f, &has2);
  if (!st && has2 > 1) st = KG_ERR_MODEL;
  if (!st && has2) st = kg_apc_read(f, path, KG_APC_SPARSE, 0, &t->ap2);
  if (!st && has2 && kg_ap_nclass(t->ap2) != t->nclass) st = KG_ERR_MODEL;
  if (!st) {
    /* optional TCLU: word clusters (models without it have no cluster features) */
    char tag[4];
    what = "clusters";
    if (fread(tag, 1, 4, f) != 4) st = KG_ERR_MODEL;
    else if (memcmp(tag, "TCLU", 4) == 0) st = kg_htab_read(&t->cl, f, UINT32_MAX, KG_MODEL_MAX_ITEMS / 16);
    else if (fseek(f, -4, SEEK_CUR) != 0) st = KG_ERR_MODEL;
  }
  if (!st) { what = "lemmatizer"; st = kg_lemma_read(f, &t->lem); }
  if (!st) st = kg_tagger_finish(t);
  if (st) {
    if (st == KG_ERR_MODEL) kg_model_fail(path, log, what);
    else kg_logf(log, KG_LOG_ERROR, path, "cannot load tagger model: %s", kg_status_string(st));
    fclose(f);
    kg_tagger_free(t);
    return st == KG_ERR_NOMEM ? st : KG_ERR_MODEL;
  }
  st = kg_model_close(f, path, log);
  if (st) { kg_tagger_free(t); return KG_ERR_MODEL; }
  *out = t;
  return KG_OK;
}

kg_status kg_tagger_save(const kg_tagger *t, const char *path, const kg_logger *log)
{
  FILE *f;
  kg_status st = kg_model_create(path, "tagger", log, &f);
  if (st) return st;
  uint32_t *up = malloc(t->nclass * sizeof *up);
  if (!up) { fclose(f); return KG_ERR_NOMEM; }
  for (uint32_t c = 0; c < t->nclass; c++) up[c] = t->upos[c];
  st = kg_model_put_section(f, "TCLS");
  if (!st) st = kg_model_put_u32(f, t->nclass);
  if (!st) st = kg_model_put_strings(f, (const char *const *)t->xpos, t->nclass);
  if (!st) st = kg_model_put_u32s(f, up, t->nclass);
  free(up);
  if (!st) st = kg_model_put_section(f, "TDIC");
  if (!st) st = kg_htab_write(&t->td, f);
  if (!st) st = kg_model_put_section(f, "TLEX");
  if (!st) st = kg_htab_write(&t->lx, f);
  if (!st) st = kg_htab_write(&t->lx2, f);
  if (!st) st = kg_model_put_section(f, "TAPW");
  if (!st) st = kg_ap_write(t->ap, f);
  if (!st) st = kg_model_put_section(f, "TAP2");
  if (!st) st = kg_model_put_u32(f, t->ap2 ? 1 : 0);
  if (!st && t->ap2) st = kg_ap_write(t->ap2, f);
  if (!st && t->cl.keys) st = kg_model_put_section(f, "TCLU");
  if (!st && t->cl.keys) st = kg_htab_write(&t->cl, f);
  if (!st) st = kg_lemma_write(t->lem, f);
  if (st) {
    kg_logf(log, KG_LOG_ERROR, path, "error writing tagger model");
    fclose(f);
    return st;
  }
  return kg_model_finish(f, path, log);
}
