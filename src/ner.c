/* ner.c — named-entity recogniser: PER, ORG, LOC, MISC, written to the
 * tokens as IOB2 (ner_type, ner_iob).
 *
 * Owns: feature extraction (the templates are ner_feats.inc), greedy
 * left-to-right and beam decoding over BILOU tags with an averaged
 * perceptron (perceptron.h) in two stacked passes (pass 2 sees pass 1's
 * labels of the same words across the document), document-level features
 * (how a word is cased elsewhere in the document, what the recogniser
 * called it earlier in it), the word attributes read from the model's
 * word-cluster, corpus-case and training-gazetteer tables.
 * Does not own: the model's tables and file (ner_model.c), decoding a
 * loaded model with integer weights (ner_fast.c), training and CoNLL
 * reading (ner_train.c), the perceptron (perceptron.c), dictionary
 * matching (dict.c; used here only as gazetteer features), nor linking
 * entities to actors (actors.c).
 *
 * Word clusters come from tools/ner-clusters.c (see models/README.md); the
 * trainer reads them from a text file and stores them keyed by word hashes,
 * so the model file is self-contained.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ner.h"
#include "ner_int.h"

/* ------------------------------------------------------------ words */

#define H(s) kg_hash_str((s), 0x6e6572ULL)

uint64_t kg_ner_hash_lower(const char *s, size_t n)
{
  char buf[64];
  size_t m = n < sizeof buf ? n : sizeof buf;
  for (size_t i = 0; i < m; i++) {
    unsigned char c = (unsigned char)s[i];
    buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return kg_hash_bytes_inl(buf, m, 0x6c6f77ULL) ^ (uint64_t)n;
}

/* Latin letters with diacritics folded to ASCII (the model was trained on
 * ASCII text): U+00C0-U+00FF and U+0100-U+017F, by their UTF-8 bytes. */
static const char FOLD_C3[65] =
  "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
static const char FOLD_C45[129] =
  "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlL"
  "lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/* Folds s into out (cap bytes with the NUL); returns s itself when it is
 * ASCII. */
static const char *fold_form(const char *s, char *out, size_t cap)
{
  const unsigned char *p = (const unsigned char *)s;
  while (*p && *p < 0x80) p++;
  if (!*p) return s;
  size_t k = 0;
  for (p = (const unsigned char *)s; *p && k + 1 < cap; p++) {
    if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) { out[k++] = FOLD_C3[p[1] - 0x80]; p++; }
    else if ((p[0] == 0xC4 || p[0] == 0xC5) && p[1] >= 0x80 && p[1] <= 0xBF) {
      out[k++] = FOLD_C45[(p[0] - 0xC4) * 64 + (p[1] - 0x80)];
      p++;
    } else out[k++] = (char)*p;
  }
  out[k] = 0;
  return out;
}

/* Fills the per-token attributes of one word form. */
static void word_info(const kg_ner *m, const char *s0, ner_tok *o)
{
  char fb[128];
  const char *s = fold_form(s0, fb, sizeof fb);
  size_t n = strlen(s);
  char low[64], shape[17], sshape[17];
  size_t ln = n < sizeof low ? n : sizeof low;
  int nup = 0, nlow = 0, ndig = 0, first_up = 0, nother = 0;
  size_t sl = 0, ssl = 0;
  char last = 0; int run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char k;
    if (i < ln) low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (c >= 'A' && c <= 'Z') { k = 'X'; nup++; if (i == 0) first_up = 1; }
    else if (c >= 'a' && c <= 'z') { k = 'x'; nlow++; }
    else if (c >= '0' && c <= '9') { k = 'd'; ndig++; }
    else if (c >= 0x80) { if ((c & 0xC0) == 0x80) continue; k = 'u'; nother++; }
    else { k = (char)c; nother++; }
    if (k == last) run++; else { run = 1; last = k; }
    if (run <= 4 && sl < 16) shape[sl++] = k;
    if (run == 1 && ssl < 16) sshape[ssl++] = k;
  }
  o->hyph = 0;
  const char *hy = n > 2 ? memchr(s + 1, '-', n - 2) : NULL;
  if (hy && (size_t)(hy - s) < ln) {
    /* "ex-England", "Tripoli-based": the parts around the first hyphen */
    size_t k = (size_t)(hy - s);
    const char *tail = strrchr(s, '-') + 1;
    o->hyph = kg_hash_mix(kg_hash_bytes_inl(low, k, 0x6879ULL),
                          kg_ner_hash_lower(tail, strlen(tail)) ^ (uint64_t)(tail[0] >= 'A' && tail[0] <= 'Z'));
    o->hyph1 = kg_hash_bytes_inl(low, k, 0x6831ULL) ^ (uint64_t)(s[0] >= 'A' && s[0] <= 'Z');
    o->hyph2 = kg_ner_hash_lower(tail, strlen(tail)) ^ (uint64_t)(tail[0] >= 'A' && tail[0] <= 'Z') * 3;
  }
  o->form = kg_hash_bytes_inl(s, n, 0x666f726dULL);
  o->lower = kg_ner_hash_lower(s, n);
  o->shape = kg_hash_bytes_inl(shape, sl, 0x7368ULL);
  o->sshape = kg_hash_bytes_inl(sshape, ssl, 0x7373ULL);
  for (int k = 0; k < NER_NAFFIX; k++) {
    size_t L = (size_t)k + 1;
    if (L > ln) L = ln;
    o->pre[k] = kg_hash_bytes_inl(low, L, 0x707265ULL + (uint64_t)k);
    o->suf[k] = kg_hash_bytes_inl(low + ln - L, L, 0x737566ULL + (uint64_t)k);
  }
  if (nup + nlow == 0) o->caps = CAP_NONE;
  else if (nup == 0) o->caps = CAP_LOWER;
  else if (first_up && nlow == 0 && nup >= 2) o->caps = CAP_UPPER;
  else if (first_up && nup == 1) o->caps = nlow ? CAP_TITLE : CAP_UPPER;
  else if (first_up && nup > 1 && nlow) o->caps = CAP_MIXED;
  else o->caps = CAP_MIXED;
  o->has_lower = nlow > 0;
  o->upper2 = nup >= 2 || (nup == 1 && nlow == 0 && n == 1);
  o->caseb = 0;
  memset(o->cl, 0, sizeof o->cl);
  if (m) {
    /* (both tables' slots first: their cache misses overlap) */
    uint64_t ck = kg_hash_bytes_inl(s, n, NER_CLUSTER_SEED);
    kg_ner_table_prefetch(&m->clusters, ck);
    kg_ner_table_prefetch(&m->casetab, o->lower ^ NER_CASE_SEED);
    uint32_t c = kg_ner_table_get(&m->clusters, ck);
    if (!c && o->caps == CAP_UPPER && n < sizeof low) {
      /* "JAPAN" in an all-capitals headline: the cluster of "Japan" */
      char tc[64];
      memcpy(tc, low, n);
      tc[0] = s[0];
      c = kg_ner_table_get(&m->clusters, kg_hash_bytes_inl(tc, n, NER_CLUSTER_SEED));
    }
    if (c) {
      int depth = 31 - __builtin_clz(c);   /* bits after the leading 1 */
      static const int plen[NER_NCL] = { 4, 6, 10, 20 };
      for (int k = 0; k < NER_NCL; k++) {
        int L = plen[k] < depth ? plen[k] : depth;
        uint32_t p = c >> (depth - L);
        o->cl[k] = kg_hash_mix(0xc1c1ULL + (uint64_t)k, p);
      }
    }
    o->caseb = (uint8_t)kg_ner_table_get(&m->casetab, o->lower ^ NER_CASE_SEED);
  }
}

/* word_info through a per-thread cache of the words of one loaded model
 * (m->id > 0): a direct-mapped table keyed by the form (shorter than
 * NER_WC_LEN bytes; longer ones are computed each time).  A hit sets the
 * same fields as word_info would (hyph1/hyph2 only with hyph, as it does). */
#define NER_WC_SIZE 2048u
#define NER_WC_LEN 32
typedef struct ner_wc_entry { char key[NER_WC_LEN]; ner_tok t; uint8_t valid; } ner_wc_entry;
static _Thread_local ner_wc_entry *tls_wc __attribute__((tls_model("initial-exec")));
static _Thread_local uint64_t tls_wc_owner __attribute__((tls_model("initial-exec")));

void kg_ner_wc_release(uint64_t id)
{
  if (id && tls_wc_owner == id) { free(tls_wc); tls_wc = NULL; tls_wc_owner = 0; }
}

static void word_info_cached(const kg_ner *m, const char *s0, ner_tok *o)
{
  size_t n = 0;
  uint32_t h = 2166136261u;
  if (m && m->id) {
    while (n < NER_WC_LEN && s0[n]) { h = (h ^ (unsigned char)s0[n]) * 16777619u; n++; }
    if (n < NER_WC_LEN && tls_wc_owner != m->id) {
      free(tls_wc);
      tls_wc = calloc(NER_WC_SIZE, sizeof *tls_wc);
      tls_wc_owner = tls_wc ? m->id : 0;
    }
  }
  if (!m || !m->id || n >= NER_WC_LEN || !tls_wc) { word_info(m, s0, o); return; }
  ner_wc_entry *e = tls_wc + ((h ^ (h >> 15)) & (NER_WC_SIZE - 1));
  if (e->valid && memcmp(e->key, s0, n + 1) == 0) {
    const ner_tok *c = &e->t;
    o->hyph = c->hyph;
    if (c->hyph) { o->hyph1 = c->hyph1; o->hyph2 = c->hyph2; }
    o->form = c->form; o->lower = c->lower; o->shape = c->shape; o->sshape = c->sshape;
    memcpy(o->pre, c->pre, sizeof o->pre);
    memcpy(o->suf, c->suf, sizeof o->suf);
    memcpy(o->cl, c->cl, sizeof o->cl);
    o->caps = c->caps; o->has_lower = c->has_lower; o->upper2 = c->upper2; o->caseb = c->caseb;
    return;
  }
  word_info(m, s0, o);
  memcpy(e->key, s0, n + 1);
  e->t = *o;
  e->valid = 1;
}

/* ------------------------------------------------------------ tags */

static int tag_type(int t) { return t ? (t - 1) / 4 + 1 : 0; }
static int tag_pos(int t) { return t ? (t - 1) % 4 : -1; }
static int tag_make(int type, int pos) { return 1 + (type - 1) * 4 + pos; }

/* Tags allowed after prev (NER_START at a sentence start); last: the token
 * ends its sentence. */
void kg_ner_allowed_mask(int prev, int last, uint8_t *al)
{
  int pp = prev == NER_START ? -1 : tag_pos(prev);
  int open = pp == NER_B || pp == NER_I;
  al[0] = !open;
  for (int ty = 1; ty <= 4; ty++) {
    int same = open && tag_type(prev) == ty;
    al[tag_make(ty, NER_B)] = !open && !last;
    al[tag_make(ty, NER_I)] = same && !last;
    al[tag_make(ty, NER_L)] = same;
    al[tag_make(ty, NER_U)] = !open;
  }
}

/* ------------------------------------------------------------ workspace */

static kg_status work_reserve(ner_work *w, uint32_t ntok)
{
  if (ntok <= w->cap_tok && w->hcap >= 2 * (ntok + 1)) return KG_OK;
  uint32_t nc = ntok < 256 ? 256 : ntok;
  uint32_t hc = 1024;
  while (hc < 2 * (nc + 1)) hc *= 2;
  ner_tok *t = realloc(w->t, (size_t)nc * sizeof *t);
  if (!t) return KG_ERR_NOMEM;
  w->t = t;
  uint8_t *tag = realloc(w->tag, nc);
  if (!tag) return KG_ERR_NOMEM;
  w->tag = tag;
  uint8_t *ptag = realloc(w->ptag, nc);
  if (!ptag) return KG_ERR_NOMEM;
  w->ptag = ptag;
  uint32_t *slot = realloc(w->slot, (size_t)nc * sizeof *slot);
  if (!slot) return KG_ERR_NOMEM;
  w->slot = slot;
  free(w->hk); free(w->hsig); free(w->hcnt); free(w->hcnt2); free(w->hfirst);
  free(w->hctx); free(w->hnctx);
  /* hk, hsig, hcnt, hcnt2 and hnctx are cleared by doc_prepare, the one
   * caller, right after */
  w->hctx = malloc((size_t)hc * sizeof *w->hctx);
  w->hnctx = malloc(hc);
  if (!w->hctx || !w->hnctx) return KG_ERR_NOMEM;
  w->hfirst = calloc(hc, 1);
  w->hk = malloc((size_t)hc * sizeof *w->hk);
  w->hsig = malloc(hc);
  w->hcnt = malloc((size_t)hc * sizeof *w->hcnt);
  w->hcnt2 = malloc((size_t)hc * sizeof *w->hcnt2);
  if (!w->hk || !w->hsig || !w->hcnt || !w->hcnt2 || !w->hfirst) return KG_ERR_NOMEM;
  w->cap_tok = nc; w->hcap = hc;
  return KG_OK;
}

void kg_ner_work_free(ner_work *w)
{
  free(w->t); free(w->tag); free(w->ptag); free(w->slot); free(w->hk); free(w->hsig);
  free(w->hcnt); free(w->hcnt2); free(w->hfirst); free(w->hctx); free(w->hnctx);
  kg_ner_fast_free(w->fast);
  memset(w, 0, sizeof *w);
}

/* Longest gazetteer match at each token (greedy, left to right): the type
 * mask and the token's position in the match. */
static inline int bloom_maybe(const uint64_t *bl, uint32_t mask, uint64_t key)
{
  uint32_t b1 = (uint32_t)key & mask, b2 = (uint32_t)(key >> 32) & mask;
  return (int)((bl[b1 >> 6] >> (b1 & 63)) & (bl[b2 >> 6] >> (b2 & 63)) & 1);
}

/* bl: a Bloom filter of g's keys (NULL: none): a key it does not hold is not
 * looked up (most are not in g; the filter fits in cache, g does not). */
static void gaz_codes(const ner_table *g, const uint64_t *bl, uint32_t blmask, ner_work *w,
                      uint32_t a, uint32_t b)
{
  for (uint32_t i = a; i < b; i++) w->t[i].tgaz = 0;
  if (!g || !g->n) return;
  for (uint32_t i = a; i < b;) {
    uint64_t h = 0, keys[NER_GAZ_MAXLEN];
    uint32_t L = 0;
    for (uint32_t k = 0; k < NER_GAZ_MAXLEN && i + k < b; k++) {
      h = ner_gaz_key(h, w->t[i + k].lower);
      keys[k] = h;
      L = k + 1;
    }
    uint32_t found = 0, mask = 0;
    for (uint32_t k = L; k > 0; k--) {
      if (bl && !bloom_maybe(bl, blmask, keys[k - 1])) continue;
      mask = kg_ner_table_get(g, keys[k - 1]);
      if (mask) { found = k; break; }
    }
    if (!found) { i++; continue; }
    for (uint32_t k = 0; k < found; k++) {
      int pos = found == 1 ? NER_U : k == 0 ? NER_B : k + 1 == found ? NER_L : NER_I;
      w->t[i + k].tgaz = (uint8_t)((mask & 15u) << 2 | (uint32_t)pos);
    }
    i += found;
  }
}

/* Per-document preparation: token attributes, the sentence-level flags, and
 * the document case signature of each lower-cased form. */
static kg_status doc_prepare(const kg_ner *m, const ner_doc *d, ner_work *w)
{
  kg_status st = work_reserve(w, d->ntok);
  if (st) return st;
  if (++w->docgen == 0) w->docgen = 1;
  memset(w->hk, 0, (size_t)w->hcap * sizeof *w->hk);
  memset(w->hsig, 0, w->hcap);
  uint32_t mask = w->hcap - 1;
  const ner_table *gz = d->gaztab ? d->gaztab : m ? &m->gaztab : NULL;
  for (uint32_t s = 0; s < d->nsent; s++) {
    uint32_t a = d->sstart[s], b = d->sstart[s + 1];
    int anylow = 0, anyup = 0;
    for (uint32_t i = a; i < b; i++) {
      ner_tok *o = &w->t[i];
      word_info_cached(m, d->form[i], o);
      o->gaz = d->gaz ? d->gaz[i] : 0;
      o->sinit = i == a;
      if (o->has_lower) anylow = 1;
      if (o->upper2) anyup = 1;
      uint64_t k = o->lower | 1;
      uint32_t h = (uint32_t)(k ^ (k >> 31)) & mask;
      while (w->hk[h] && w->hk[h] != k) h = (h + 1) & mask;
      w->hk[h] = k;
      w->slot[i] = h;
    }
    int capsent = !anylow && anyup;
    for (uint32_t i = a; i < b; i++) {
      ner_tok *o = &w->t[i];
      o->capsent = (uint8_t)capsent;
      uint8_t bit = 0;
      if (o->caps == CAP_LOWER) bit = 1;
      else if (!capsent && !o->sinit && o->caps == CAP_TITLE) bit = 2;
      else if (!capsent && o->caps == CAP_UPPER) bit = 4;
      else if (!capsent && o->sinit && o->caps == CAP_TITLE) bit = 8;
      w->hsig[w->slot[i]] |= bit;
    }
    gaz_codes(gz, m && gz == &m->gaztab ? m->gazbloom : NULL, m ? m->gazbloom_mask : 0, w, a, b);
  }
  /* hcnt and hcnt2 are read at the document's slots only: those cleared */
  kg_ner_hist_clear(w, d);
  for (uint32_t s = 0; s < d->nsent; s++)
    for (uint32_t i = d->sstart[s]; i < d->sstart[s + 1]; i++)
      memset(w->hcnt2[w->slot[i]], 0, sizeof *w->hcnt2);
  /* context aggregation: the words around the capitalised occurrences of
   * each form */
  memset(w->hnctx, 0, w->hcap);
  for (uint32_t s = 0; s < d->nsent; s++) {
    uint32_t a = d->sstart[s], b = d->sstart[s + 1];
    for (uint32_t i = a; i < b; i++) {
      if (w->t[i].caps < CAP_TITLE || w->t[i].capsent) continue;
      uint64_t c[2] = { kg_hash_mix(0x1cULL, i > a ? w->t[i - 1].lower : 11),
                        kg_hash_mix(0x2cULL, i + 1 < b ? w->t[i + 1].lower : 13) };
      uint32_t sl = w->slot[i];
      for (int k = 0; k < 2; k++) {
        uint32_t j = 0, nc = w->hnctx[sl];
        while (j < nc && w->hctx[sl][j] != c[k]) j++;
        if (j == nc && nc < NER_NCTX) { w->hctx[sl][nc] = c[k]; w->hnctx[sl] = (uint8_t)(nc + 1); }
      }
    }
  }
  /* the topic word of a wire headline ("SOCCER - JAPAN GET LUCKY WIN") */
  w->topic = d->nsent && d->sstart[1] > d->sstart[0] + 1 && w->t[0].capsent && w->t[0].caps == CAP_UPPER
             ? w->t[0].lower : 0;
  return KG_OK;
}

/* ------------------------------------------------------------ features */

/* The features of token i of sentence [a, b), previous tags t1, t2 (the
 * templates of ner_feats.inc, in its order).  part: NER_FEAT_ALL,
 * NER_FEAT_STATIC (no template reading t1/t2) or NER_FEAT_TAGS (only
 * those).  A feature: template id tid with value h; at most about 90 a
 * token, NER_MAXFEAT bounds it in any case. */
#define F(tid, h) do { if (n < NER_MAXFEAT) \
    out[n++] = kg_hash_mix((h) + 0x9e37ULL * (uint64_t)(tid), (uint64_t)(tid)); } while (0)
static inline __attribute__((always_inline)) size_t
features_ex(const ner_work *w, uint32_t a, uint32_t b, uint32_t i,
            uint64_t t1, uint64_t t2, int part, uint64_t *out)
{
#define NF_W(role, tid, h) do { if (part != NER_FEAT_TAGS) F(tid, h); } while (0)
#define NF_S(tid, h) NF_W(T0, tid, h)
#define NF_R(tid, h) NF_W(T0, tid, h)
#define NF_T(tid, h) do { if (part != NER_FEAT_STATIC) F(tid, h); } while (0)
#define NF_SINIT t0->sinit
#define NF_CAPSENT t0->capsent
  size_t n = 0;
  const ner_tok *t0 = &w->t[i];
  const ner_tok *p1 = ner_tok_at(w, a, b, (int64_t)i - 1), *p2 = ner_tok_at(w, a, b, (int64_t)i - 2);
  const ner_tok *n1 = ner_tok_at(w, a, b, (int64_t)i + 1), *n2 = ner_tok_at(w, a, b, (int64_t)i + 2);
#include "ner_feats.inc"
  return n;
}

/* features_ex(..., NER_FEAT_TAGS, out) without the templates it skips:
 * the same features in the same order (the beam decoders' inner loop). */
size_t kg_ner_features_tags(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t t1, uint64_t t2,
                            uint64_t *out)
{
#define NF_W(role, tid, h) NF_OFF(tid, h)
#define NF_S(tid, h) NF_OFF(tid, h)
#define NF_R(tid, h) NF_OFF(tid, h)
#define NF_T(tid, h) (out[n++] = kg_hash_mix((h) + 0x9e37ULL * (uint64_t)(tid), (uint64_t)(tid)))
#define NF_SINIT t0->sinit
#define NF_CAPSENT t0->capsent
  size_t n = 0;
  const ner_tok *t0 = &w->t[i];
  const ner_tok *p1 = ner_tok_at(w, a, b, (int64_t)i - 1), *p2 = ner_tok_at(w, a, b, (int64_t)i - 2);
  const ner_tok *n1 = ner_tok_at(w, a, b, (int64_t)i + 1), *n2 = ner_tok_at(w, a, b, (int64_t)i + 2);
#include "ner_feats.inc"
  return n;
}
#undef F

size_t kg_ner_features(const ner_work *w, uint32_t a, uint32_t b, uint32_t i,
                    const uint8_t *tag, uint64_t *out)
{
  uint64_t t1 = i > a ? tag[i - 1] : NER_START;
  uint64_t t2 = i > a + 1 ? tag[i - 2] : NER_START;
  return features_ex(w, a, b, i, t1, t2, NER_FEAT_ALL, out);
}

size_t kg_ner_features_static(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t *out)
{
  return features_ex(w, a, b, i, 0, 0, NER_FEAT_STATIC, out);
}

/* ------------------------------------------------------------ decoding */

void kg_ner_hist_clear(ner_work *w, const ner_doc *d)
{
  for (uint32_t s = 0; s < d->nsent; s++)
    for (uint32_t i = d->sstart[s]; i < d->sstart[s + 1]; i++)
      memset(w->hcnt[w->slot[i]], 0, sizeof *w->hcnt);
}

void kg_ner_hist_add(ner_work *w, uint32_t i, int tag)
{
  if (w->t[i].caps < CAP_TITLE && !w->t[i].capsent) return;
  uint16_t *c = w->hcnt[w->slot[i]];
  int ty = tag_type(tag);
  if (c[ty] < 65535) c[ty]++;
}

/* Greedy decoding of one prepared document with ap; with train set and
 * gold tags, performs perceptron updates. */
/* Pass 2 at run time: does the sentence hold a word that pass 1 labelled
 * differently elsewhere in the document?  Other sentences keep pass 1. */
int kg_ner_sent_ambiguous(const ner_work *w, uint32_t a, uint32_t b)
{
  for (uint32_t i = a; i < b; i++) {
    if (w->t[i].caps < CAP_TITLE && !w->t[i].capsent) continue;
    const uint16_t *c = w->hcnt2[w->slot[i]];
    int kinds = 0;
    for (int k = 0; k < 5; k++) kinds += c[k] > 0;
    if (kinds > 1) return 1;
  }
  return 0;
}

static void ner_decode(const kg_ap *ap, kg_ap *train, const ner_doc *d, ner_work *w)
{
  uint64_t feats[NER_MAXFEAT];
  float scores[NER_NCLASS + 8];
  uint8_t al[NER_NCLASS];
  kg_ner_hist_clear(w, d);
  for (uint32_t s = 0; s < d->nsent; s++) {
    uint32_t a = d->sstart[s], b = d->sstart[s + 1];
    if (w->skip_plain && w->prev && !kg_ner_sent_ambiguous(w, a, b)) {
      for (uint32_t i = a; i < b; i++) { w->tag[i] = w->prev[i]; kg_ner_hist_add(w, i, w->tag[i]); }
      continue;
    }
    for (uint32_t i = a; i < b; i++) {
      size_t nf = kg_ner_features(w, a, b, i, w->tag, feats);
      kg_ner_allowed_mask(i > a ? w->tag[i - 1] : NER_START, i + 1 == b, al);
      kg_ap_score(ap, feats, nf, scores);
      uint32_t g = kg_ap_best(ap, scores, al);
      if (g >= NER_NCLASS || !al[g]) g = 0;
      if (train && d->gold) {
        kg_ap_tick(train);
        if (g != d->gold[i]) kg_ap_update(train, feats, nf, d->gold[i], g);
      }
      w->tag[i] = (uint8_t)g;
      kg_ner_hist_add(w, i, (int)g);
    }
  }
}

/* Beam decoding (width B, 2..16) of one prepared document: a hypothesis
 * scores the sum of its tags' scores; the features not reading the previous
 * tags are scored once per token.  The document history (hcnt) is updated
 * after each sentence.  With train and gold tags: structured perceptron with
 * early update (when the gold prefix falls out of the beam, or the best
 * complete sequence is not gold). */
typedef struct ner_hyp { float score; uint8_t t1, t2, gold, back; } ner_hyp;

static void beam_update(kg_ap *train, const ner_work *w, uint32_t a, uint32_t b, uint32_t upto,
                        const uint8_t *gold, const uint8_t *pred)
{
  uint64_t f[NER_MAXFEAT];
  for (uint32_t j = 0; j <= upto; j++) {
    uint32_t i = a + j;
    int g = gold[j], p = pred[j];
    uint64_t g1 = j > 0 ? gold[j - 1] : NER_START, g2 = j > 1 ? gold[j - 2] : NER_START;
    uint64_t p1 = j > 0 ? pred[j - 1] : NER_START, p2 = j > 1 ? pred[j - 2] : NER_START;
    if (g != p) {
      size_t n = features_ex(w, a, b, i, 0, 0, NER_FEAT_STATIC, f);
      kg_ap_update1(train, f, n, (uint32_t)g, 1);
      kg_ap_update1(train, f, n, (uint32_t)p, -1);
    }
    if (g != p || g1 != p1 || g2 != p2) {
      size_t n = features_ex(w, a, b, i, g1, g2, NER_FEAT_TAGS, f);
      kg_ap_update1(train, f, n, (uint32_t)g, 1);
      n = features_ex(w, a, b, i, p1, p2, NER_FEAT_TAGS, f);
      kg_ap_update1(train, f, n, (uint32_t)p, -1);
    }
  }
}

static void ner_decode_beam(const kg_ap *ap, kg_ap *train, const ner_doc *d, ner_work *w, uint32_t B)
{
  uint64_t sf[NER_MAXFEAT], df[NER_MAXFEAT];
  float ss[NER_NCLASS + 8], sc[16][NER_NCLASS + 8];
  ner_hyp hb[2][16];
  /* the classes allowed after each previous tag (NER_START last), within
   * and at the end of a sentence, in increasing order: allowed_mask's */
  uint8_t alc[NER_NCLASS + 1][2][NER_NCLASS], aln[NER_NCLASS + 1][2];
  for (uint32_t p = 0; p <= NER_NCLASS; p++)
    for (int last = 0; last < 2; last++) {
      uint8_t al[NER_NCLASS];
      kg_ner_allowed_mask(p < NER_NCLASS ? (int)p : NER_START, last, al);
      aln[p][last] = 0;
      for (uint32_t c = 0; c < NER_NCLASS; c++)
        if (al[c]) alc[p][last][aln[p][last]++] = (uint8_t)c;
    }
  if (B > 16) B = 16;
  uint32_t maxl = 0;
  for (uint32_t s = 0; s < d->nsent; s++)
    if (d->sstart[s + 1] - d->sstart[s] > maxl) maxl = d->sstart[s + 1] - d->sstart[s];
  uint8_t *bt = malloc((size_t)maxl * B * 2 + 2 * (size_t)maxl + 2);
  if (!bt) { ner_decode(ap, train, d, w); return; }
  uint8_t *bp = bt + (size_t)maxl * B, *path = bp + (size_t)maxl * B, *gpath = path + maxl + 1;
  kg_ner_hist_clear(w, d);
  for (uint32_t s = 0; s < d->nsent; s++) {
    uint32_t a = d->sstart[s], b = d->sstart[s + 1], L = b - a;
    if (w->skip_plain && w->prev && !kg_ner_sent_ambiguous(w, a, b)) {
      for (uint32_t i = a; i < b; i++) { w->tag[i] = w->prev[i]; kg_ner_hist_add(w, i, w->tag[i]); }
      continue;
    }
    if (!L) continue;
    int upd = train && d->gold;
    ner_hyp *cur = hb[0], *nxt = hb[1];
    uint32_t ncur = 1;
    cur[0] = (ner_hyp){ 0, NER_START, NER_START, 1, 0 };
    for (uint32_t j = 0; j < L; j++) {
      uint32_t i = a + j;
      size_t ns = features_ex(w, a, b, i, 0, 0, NER_FEAT_STATIC, sf);
      kg_ap_score(ap, sf, ns, ss);
      if (train) kg_ap_tick(train);
      uint32_t nn = 0;
      for (uint32_t h = 0; h < ncur; h++) {
        /* hypotheses ending in the same two tags share their scores */
        uint32_t h2 = 0;
        while (h2 < h && (cur[h2].t1 != cur[h].t1 || cur[h2].t2 != cur[h].t2)) h2++;
        if (h2 == h) {
          size_t nd = kg_ner_features_tags(w, a, b, i, cur[h].t1, cur[h].t2, df);
          kg_ap_score_from(ap, ss, df, nd, sc[h]);
        }
        const float *sh = sc[h2];
        uint32_t pt = cur[h].t1 < NER_NCLASS ? cur[h].t1 : NER_NCLASS;
        const uint8_t *cl = alc[pt][j + 1 == L];
        for (uint32_t ci = 0, cn = aln[pt][j + 1 == L]; ci < cn; ci++) {
          uint32_t c = cl[ci];
          float v = cur[h].score + sh[c];
          if (nn == B && !(v > nxt[nn - 1].score)) continue;
          uint32_t k = nn < B ? nn++ : B - 1;
          while (k > 0 && v > nxt[k - 1].score) { nxt[k] = nxt[k - 1]; k--; }
          nxt[k] = (ner_hyp){ v, (uint8_t)c, cur[h].t1,
                              (uint8_t)(upd && cur[h].gold && c == d->gold[i]), (uint8_t)h };
        }
      }
      for (uint32_t k = 0; k < nn; k++) { bt[j * B + k] = nxt[k].t1; bp[j * B + k] = nxt[k].back; }
      ner_hyp *t = cur; cur = nxt; nxt = t;
      ncur = nn;
      int gin = 0;
      if (upd) for (uint32_t k = 0; k < ncur; k++) gin |= cur[k].gold;
      if (upd && (!gin || (j + 1 == L && !cur[0].gold))) {
        uint32_t k = 0;
        for (uint32_t jj = j + 1; jj-- > 0;) { path[jj] = bt[jj * B + k]; k = bp[jj * B + k]; }
        memcpy(gpath, d->gold + a, j + 1);
        beam_update(train, w, a, b, j, gpath, path);
        upd = 0;
      }
    }
    uint32_t k = 0;
    for (uint32_t jj = L; jj-- > 0;) { w->tag[a + jj] = bt[jj * B + k]; k = bp[jj * B + k]; }
    for (uint32_t i = a; i < b; i++) kg_ner_hist_add(w, i, w->tag[i]);
  }
  free(bt);
}

/* Pass-1 labels per form over the document: counts, the type at the first
 * occurrence, and the type of a multi-token entity holding the form. */
static void fill_hcnt2(ner_work *w, const uint8_t *prev, uint32_t n)
{
  for (uint32_t i = 0; i < n; i++) w->hfirst[w->slot[i]] = 0;   /* the slots read */
  for (uint32_t i = 0; i < n; i++) {
    uint32_t sl = w->slot[i];
    uint16_t *c = w->hcnt2[sl];
    int ty = tag_type(prev[i]);
    if (!(w->hfirst[sl] & 0x0f)) w->hfirst[sl] |= (uint8_t)(ty + 1);
    int p = tag_pos(prev[i]);
    if (ty && p != NER_U && !(w->hfirst[sl] & 0xf0)) w->hfirst[sl] |= (uint8_t)((ty + 1) << 4);
    if (c[ty] < 65535) c[ty]++;
  }
}

/* A loaded model (integer weights) decodes through ner_fast.c; a model in
 * training with the float weights here. */
static kg_status decode(const kg_ner *m, const kg_ap *ap, kg_ap *train, const ner_doc *d, ner_work *w)
{
  uint32_t B = m ? NER_BEAM_OF(m->flags) : 0;
  if (!train && kg_ap_int_scale(ap) > 0) return kg_ner_fast_decode(m, ap, d, w, B ? B : 1);
  if (B > 1) ner_decode_beam(ap, train, d, w, B);
  else ner_decode(ap, train, d, w);
  return KG_OK;
}

kg_status kg_ner_tag_doc(const kg_ner *m, kg_ap *train, int mode, const ner_doc *d, ner_work *w)
{
  kg_status st = doc_prepare(m, d, w);
  if (st) return st;
  w->prev = NULL;
  if (mode == NER_PASS2) {
    if (!d->prev || (!train && (!m || !m->ap2))) return KG_ERR_USAGE;
    w->prev = d->prev;
    fill_hcnt2(w, d->prev, d->ntok);
    return decode(m, train ? train : m->ap2, train, d, w);
  }
  if (!train && (!m || !m->ap)) return KG_ERR_USAGE;
  st = decode(m, train ? train : m->ap, train, d, w);
  if (!st && mode == NER_RUN && m->ap2) {
    memcpy(w->ptag, w->tag, d->ntok);
    w->prev = w->ptag;
    fill_hcnt2(w, w->ptag, d->ntok);
    w->skip_plain = 1;
    st = decode(m, m->ap2, NULL, d, w);
    w->skip_plain = 0;
    w->prev = NULL;
  }
  return st;
}

/* ------------------------------------------------------------ kg_doc */

/* Gazetteer code of each token from the actor dictionary: the entry type
 * and the token's position (B/I/L/U) in the longest match. */
void kg_ner_dict_codes(const kg_dict *dict, const kg_doc *doc, uint8_t *gaz)
{
  memset(gaz, 0, doc->ntokens);
  if (!dict) return;
  for (uint32_t i = 0; i < doc->ntokens;) {
    kg_dict_match mt;
    if (kg_dict_match_actor(dict, doc, i, &mt) && mt.ntok > 0) {
      const kg_dict_actor *ac = kg_dict_actor_at(dict, mt.entry);
      int ty = ac ? ac->type : 0;
      uint32_t n = mt.ntok;
      if (i + n > doc->ntokens) n = (uint32_t)(doc->ntokens - i);
      for (uint32_t k = 0; k < n; k++) {
        int pos = n == 1 ? NER_U : k == 0 ? NER_B : k + 1 == n ? NER_L : NER_I;
        gaz[i + k] = (uint8_t)(0x80u | ((unsigned)pos << 5) | ((mt.form & 3u) << 3) | (ty & 7u));
      }
      i += n;
    } else i++;
  }
}

/* CoNLL keeps hyphenated words whole ("Amir-Abdollahian", "Tripoli-based")
 * where the segmenter splits them (UD): X - Y written without spaces become
 * one word for the recogniser.  Rewrites d (forms, sentence starts,
 * dictionary codes) over the joined words; gs[k] is the first token of word
 * k (gs[d->ntok] = the token count); *buf holds the joined forms. */
static int wordish(const char *s)
{
  unsigned char c = (unsigned char)s[0];
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static kg_status join_hyphens(const kg_doc *doc, ner_doc *d, uint32_t *gs, char **buf)
{
  uint32_t nt = d->ntok, ng = 0, sn = 0;
  size_t blen = 0;
  for (uint32_t i = 0; i < nt;) {
    while (sn < d->nsent && d->sstart[sn] < i) sn++;
    uint32_t j = i;
    /* j + 1 and j + 2 must not open a sentence */
    while (j + 2 < nt && !doc->tokens[j].space_after && !doc->tokens[j + 1].space_after
           && !strcmp(d->form[j + 1], "-") && wordish(d->form[j]) && wordish(d->form[j + 2])) {
      uint32_t s2 = sn;
      while (s2 < d->nsent && d->sstart[s2] <= j) s2++;
      if (s2 < d->nsent && d->sstart[s2] <= j + 2) break;
      j += 2;
    }
    if (j > i) for (uint32_t k = i; k <= j; k++) blen += strlen(d->form[k]) + (k == j);
    gs[ng++] = i;
    i = j + 1;
  }
  gs[ng] = nt;
  if (ng == nt) return KG_OK;
  *buf = malloc(blen);
  if (!*buf) return KG_ERR_NOMEM;
  char *p = *buf;
  for (uint32_t k = 0; k < ng; k++) {
    uint32_t a = gs[k], b = gs[k + 1];
    const char *f = d->form[a];
    if (b - a > 1) {
      f = p;
      for (uint32_t i = a; i < b; i++) { size_t l = strlen(d->form[i]); memcpy(p, d->form[i], l); p += l; }
      *p++ = 0;
    }
    if (d->gaz) {
      /* the dictionary code of the first token, its position over the word */
      uint8_t c0 = d->gaz[a], c1 = d->gaz[b - 1];
      if (b - a > 1 && c0 && c1) {
        int p0 = (c0 >> 5) & 3, p1 = (c1 >> 5) & 3;
        int st = p0 == NER_B || p0 == NER_U, en = p1 == NER_L || p1 == NER_U;
        int pos = st && en ? NER_U : st ? NER_B : en ? NER_L : NER_I;
        c0 = (uint8_t)((c0 & ~0x60u) | ((unsigned)pos << 5));
      }
      d->gaz[k] = c0;
    }
    d->form[k] = f;
  }
  uint32_t s = 0;
  for (uint32_t k = 0; k < ng && s < d->nsent; k++)
    while (s < d->nsent && d->sstart[s] == gs[k]) d->sstart[s++] = k;
  d->sstart[d->nsent] = ng;
  d->ntok = ng;
  return KG_OK;
}

kg_status kg_ner_run(const kg_ner *m, const kg_dict *dict, kg_doc *doc)
{
  if (!m || !doc) return KG_ERR_USAGE;
  for (size_t i = 0; i < doc->ntokens; i++) { doc->tokens[i].ner_type = KG_NE_NONE; doc->tokens[i].ner_iob = KG_IOB_O; }
  if (doc->ntokens == 0 || doc->ntokens > UINT32_MAX / 4) return KG_OK;
  uint32_t nt = (uint32_t)doc->ntokens;
  /* sentences from doc->sents, falling back to one sentence per doc; tokens
   * outside every sentence become single-token sentences */
  size_t ns_cap = doc->nsents + nt + 1;
  ner_doc d = { 0 };
  d.ntok = nt;
  d.form = malloc((size_t)nt * sizeof *d.form);
  d.sstart = malloc((ns_cap + 1) * sizeof *d.sstart);
  d.gaz = dict ? malloc(nt) : NULL;
  ner_work w = { 0 };
  uint32_t *gs = NULL;
  char *joined = NULL;
  kg_status st = KG_ERR_NOMEM;
  if (!d.form || !d.sstart || (dict && !d.gaz)) goto done;
  for (uint32_t i = 0; i < nt; i++) d.form[i] = doc->tokens[i].form ? doc->tokens[i].form : "";
  uint32_t pos = 0;
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    if (se->tok < pos || se->ntok == 0 || (uint64_t)se->tok + se->ntok > nt) continue;
    while (pos < se->tok) d.sstart[d.nsent++] = pos++;
    d.sstart[d.nsent++] = se->tok;
    pos = se->tok + se->ntok;
  }
  while (pos < nt) d.sstart[d.nsent++] = pos++;
  d.sstart[d.nsent] = nt;
  if (d.gaz) kg_ner_dict_codes(dict, doc, d.gaz);
  gs = malloc(((size_t)nt + 1) * sizeof *gs);
  if (!gs) { st = KG_ERR_NOMEM; goto done; }
  st = join_hyphens(doc, &d, gs, &joined);
  if (st) goto done;
  st = kg_ner_tag_doc(m, NULL, NER_RUN, &d, &w);
  if (st) goto done;
  for (uint32_t k = 0; k < d.ntok; k++) {
    int t = w.tag[k];
    for (uint32_t i = gs[k]; i < gs[k + 1]; i++) {
      doc->tokens[i].ner_type = (uint8_t)tag_type(t);
      doc->tokens[i].ner_iob = t == 0 ? KG_IOB_O
          : i == gs[k] && (tag_pos(t) == NER_B || tag_pos(t) == NER_U) ? KG_IOB_B : KG_IOB_I;
    }
  }
done:
  kg_ner_work_free(&w);
  free(d.form); free(d.sstart); free(d.gaz); free(gs); free(joined);
  return st;
}
