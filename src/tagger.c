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
 * kg_ap;  TAP2: u32 present, then the stage-2 kg_ap;  LEMM: lemmatizer.
 */
#include <stdlib.h>
#include <string.h>
#include "tagger_impl.h"
#include "model.h"

uint64_t kg_tagger_td_hash(const char *form, size_t n)
{
  uint64_t h = kg_hash_bytes(form, n, 0x7d1c7);
  return h ? h : 1;
}

int kg_htab_alloc(kg_htab *h, size_t n)
{
  size_t sz = 16;
  while (sz < 2 * n + 1) sz <<= 1;
  h->keys = calloc(sz, sizeof *h->keys);
  h->vals = calloc(sz, sizeof *h->vals);
  h->mask = (uint32_t)(sz - 1);
  return h->keys && h->vals;
}

void kg_htab_free(kg_htab *h) { free(h->keys); free(h->vals); h->keys = NULL; h->vals = NULL; }

void kg_htab_put(kg_htab *h, uint64_t k, uint32_t v)
{
  if (!k) k = 1;
  uint32_t i = (uint32_t)k & h->mask;
  while (h->keys[i] && h->keys[i] != k) i = (i + 1) & h->mask;
  h->keys[i] = k;
  h->vals[i] = v;
}

unsigned kg_htab_count(const kg_htab *h)
{
  unsigned n = 0;
  for (uint32_t i = 0; h->keys && i <= h->mask; i++) n += h->keys[i] != 0;
  return n;
}

static kg_status ht_write(const kg_htab *h, FILE *f)
{
  kg_status st = kg_model_put_u32(f, kg_htab_count(h));
  for (uint32_t i = 0; !st && h->keys && i <= h->mask; i++)
    if (h->keys[i]) {
      st = kg_model_put_u64(f, h->keys[i]);
      if (!st) st = kg_model_put_u32(f, h->vals[i]);
    }
  return st;
}

static kg_status ht_read(kg_htab *h, FILE *f, uint32_t maxval)
{
  uint32_t n;
  if (kg_model_get_u32(f, &n) || n > KG_MODEL_MAX_ITEMS / 16) return KG_ERR_MODEL;
  if (!kg_htab_alloc(h, n)) return KG_ERR_NOMEM;
  for (uint32_t i = 0; i < n; i++) {
    uint64_t k;
    uint32_t v;
    if (kg_model_get_u64(f, &k) || kg_model_get_u32(f, &v) || !k || v >= maxval) return KG_ERR_MODEL;
    kg_htab_put(h, k, v);
  }
  return KG_OK;
}

void kg_tagger_free(kg_tagger *t)
{
  if (!t) return;
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
  out->form = kg_hash_bytes(w, n, 1);
  out->lower = kg_hash_bytes(low, m, 2) ^ (n > m ? n : 0);
  out->shape = kg_hash_bytes(shape, sl, 3);
  for (size_t k = 1; k <= 4; k++) {
    out->suf[k - 1] = k <= m ? kg_hash_bytes(low + m - k, k, 10 + k) : 0;
    if (k <= 3) out->pre[k - 1] = k <= m ? kg_hash_bytes(low, k, 20 + k) : 0;
  }
  out->amb = 0;
  out->amb2 = 0;
  out->dict = KG_TAG_NONE;
  out->s1 = 0;
  out->first = 0;
}

static void pad_feats(kg_tagtok *out, int which)
{
  uint64_t h = kg_hash_mix(0xbadcafe, (uint64_t)which);
  out->form = out->lower = out->shape = h;
  for (int k = 0; k < 4; k++) out->suf[k] = h + (uint64_t)k + 1;
  for (int k = 0; k < 3; k++) out->pre[k] = h + (uint64_t)k + 11;
  out->amb = 0x80000000u + (uint32_t)(which + 8);
  out->amb2 = 0x80000000u + (uint32_t)(which + 8);
  out->dict = KG_TAG_NONE;
  out->s1 = which < 0 ? KG_TAG_START : KG_TAG_END;
  out->first = 0;
}

#define F(id, v) (f[n++] = kg_hash_mix(0x51ed270b27ULL * (id) + 0x2545f491ULL, (v)))
#define F2(id, a, b) (f[n++] = kg_hash_mix(kg_hash_mix(0x51ed270b27ULL * (id) + 0x2545f491ULL, (a)), (b)))

/* Features of token w[0] (w has two valid entries on each side); p1, p2:
 * classes of the two previous tokens; stage 2 adds stage-1 classes. */
static size_t token_feats(const kg_tagtok *w, uint32_t p1, uint32_t p2, int stage, uint64_t *f)
{
  size_t n = 0;
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
  }
  if (n) w[0].first = 1;
}

size_t kg_tagger_decode(const kg_tagger *t, const kg_ap *ap, kg_ap *train, int stage,
                        const kg_tagtok *w, size_t n, uint32_t *cls, const uint32_t *gold)
{
  uint64_t f[KG_TAG_MAXFEAT];
  float scores[512];
  uint32_t p1 = KG_TAG_START, p2 = KG_TAG_START;
  size_t correct = 0;
  if (train) ap = train;
  (void)t;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = w[i].dict;
    if (c == KG_TAG_NONE) {
      size_t nf = token_feats(&w[i], p1, p2, stage, f);
      kg_ap_score(ap, f, nf, scores);
      c = kg_ap_best(ap, scores, NULL);
      if (train) {
        kg_ap_tick(train);
        if (c != gold[i]) kg_ap_update(train, f, nf, gold[i], c);
      }
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

kg_status kg_tagger_run(const kg_tagger *t, kg_doc *doc)
{
  if (!t || !doc) return KG_ERR_USAGE;
  size_t maxn = 0;
  for (size_t s = 0; s < doc->nsents; s++)
    if (doc->sents[s].ntok > maxn) maxn = doc->sents[s].ntok;
  if (maxn == 0) return KG_OK;
  kg_tagtok *wbuf = malloc((maxn + 4) * sizeof *wbuf);
  const char **forms = malloc(maxn * sizeof *forms);
  uint32_t *lens = malloc(maxn * sizeof *lens);
  uint32_t *cls = malloc(maxn * sizeof *cls);
  char *norm = NULL;        /* normalised headline words, 64 bytes each */
  kg_status st = KG_OK;
  if (!wbuf || !forms || !lens || !cls) { st = KG_ERR_NOMEM; goto out; }
  char buf[512];
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
    kg_tagger_prep(t, forms, lens, se->ntok, wbuf, NULL, NULL, NULL, NULL);
    kg_tagger_decode(t, t->ap, NULL, 1, wbuf + 2, se->ntok, cls, NULL);
    if (t->ap2) {
      for (uint32_t i = 0; i < se->ntok; i++) wbuf[i + 2].s1 = cls[i];
      kg_tagger_decode(t, t->ap2, NULL, 2, wbuf + 2, se->ntok, cls, NULL);
    }
    for (uint32_t i = 0; i < se->ntok; i++) {
      uint32_t c = cls[i];
      tok[i].upos = t->upos[c];
      tok[i].xpos = t->xpos[c];
      if (!tok[i].form) { tok[i].lemma = NULL; continue; }
      if (lens[i] >= 256) { tok[i].lemma = tok[i].form; continue; }   /* a URL, a blob */
      const char *le = kg_lemma_get(t->lem, tok[i].form, lens[i], t->lem_x[c], buf, sizeof buf);
      if (le == buf) le = kg_doc_strdup(doc, buf);
      if (!le) { st = KG_ERR_NOMEM; break; }
      tok[i].lemma = le;
    }
  }
out:
  free(norm);
  free(wbuf);
  free(forms);
  free(lens);
  free(cls);
  return st;
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
  if (!st) st = ht_read(&t->td, f, t->nclass);
  if (!st) { what = "lexicon"; st = kg_model_expect_section(f, "TLEX"); }
  if (!st) st = ht_read(&t->lx, f, 1u << KG_UPOS_COUNT);
  if (!st) st = ht_read(&t->lx2, f, UINT32_MAX);
  if (!st) { what = "weights"; st = kg_model_expect_section(f, "TAPW"); }
  if (!st) st = kg_ap_read_sparse(f, &t->ap);
  if (!st && kg_ap_nclass(t->ap) != t->nclass) st = KG_ERR_MODEL;
  uint32_t has2 = 0;
  if (!st) { what = "stage-2 weights"; st = kg_model_expect_section(f, "TAP2"); }
  if (!st) st = kg_model_get_u32(f, &has2);
  if (!st && has2 > 1) st = KG_ERR_MODEL;
  if (!st && has2) st = kg_ap_read_sparse(f, &t->ap2);
  if (!st && has2 && kg_ap_nclass(t->ap2) != t->nclass) st = KG_ERR_MODEL;
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
  if (!st) st = ht_write(&t->td, f);
  if (!st) st = kg_model_put_section(f, "TLEX");
  if (!st) st = ht_write(&t->lx, f);
  if (!st) st = ht_write(&t->lx2, f);
  if (!st) st = kg_model_put_section(f, "TAPW");
  if (!st) st = kg_ap_write(t->ap, f);
  if (!st) st = kg_model_put_section(f, "TAP2");
  if (!st) st = kg_model_put_u32(f, t->ap2 ? 1 : 0);
  if (!st && t->ap2) st = kg_ap_write(t->ap2, f);
  if (!st) st = kg_lemma_write(t->lem, f);
  if (st) {
    kg_logf(log, KG_LOG_ERROR, path, "error writing tagger model");
    fclose(f);
    return st;
  }
  return kg_model_finish(f, path, log);
}
