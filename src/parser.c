/* parser.c — labelled dependency parser: the arc-eager transition system,
 * feature extraction, greedy decoding (the beam is in parser_beam.c), tree
 * repair.
 *
 * Owns: running kg_parser over a kg_doc, and the parts
 * of the parser that training shares (see parser_impl.h).
 * Does not own: training and evaluation (parser_train.c), the perceptron
 * (perceptron.c), the model file container (model.c), tokens and tags
 * (segmenter, tagger), anything after parsing.
 *
 * Transition system: arc-eager with the root (index 0) at the bottom of the
 * stack; SHIFT, REDUCE, LEFT-ARC (s0 <- b0), RIGHT-ARC (s0 -> b0).  At most
 * one token is attached to the root by RIGHT-ARC, and a token tagged PUNCT
 * takes no dependents.  The number of transitions
 * is at most 2n, and every step costs O(1) plus the features, so a sentence
 * of any length parses in linear time.  Tokens left without a head when the
 * buffer is empty are attached to the root's child (tree repair), so every
 * sentence comes out a tree with exactly one root.
 *
 * Features follow the templates of Zhang & Nivre (2011) (words, tags,
 * children, labels, valency, distance, label sets), hashed into an averaged
 * perceptron; the label of an arc is chosen by a second perceptron when the
 * arc is made, from features of head, dependent and their surroundings.
 *
 * The model file (its sections and how weights are stored) is read and
 * written by parser_model.c.
 */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "parser_impl.h"
#include "parser_joint.h"
#include "parser_combine.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "model.h"
#include "utf8.h"

/* ------------------------------------------------------------ workspace */

void kg_pp_state_point(kg_pp_state *st, int *ints, uint64_t *sets, size_t stride)
{
  st->stack = ints;
  st->head = ints + stride;
  st->lab = ints + 2 * stride;
  st->lc1 = ints + 3 * stride;
  st->lc2 = ints + 4 * stride;
  st->rc1 = ints + 5 * stride;
  st->rc2 = ints + 6 * stride;
  st->nl = ints + 7 * stride;
  st->nr = ints + 8 * stride;
  st->ls = sets;
  st->rs = sets + stride;
}

kg_status kg_pp_work_reserve(kg_pp_work *w, size_t n)
{
  if (n + 2 <= w->cap) return KG_OK;
  size_t cap = w->cap ? w->cap : 64;
  while (cap < n + 2) cap *= 2;
  kg_pp_tok *tok = realloc(w->tok, cap * sizeof *tok);
  if (!tok) return KG_ERR_NOMEM;
  w->tok = tok;
  int *ints = realloc(w->ints, cap * 10 * sizeof *ints);
  if (!ints) return KG_ERR_NOMEM;
  w->ints = ints;
  uint64_t *sets = realloc(w->sets, cap * 2 * sizeof *sets);
  if (!sets) return KG_ERR_NOMEM;
  w->sets = sets;
  w->cap = cap;
  w->st.tok = w->tok;
  kg_pp_state_point(&w->st, ints, sets, cap);
  return KG_OK;
}

void kg_pp_work_free(kg_pp_work *w)
{
  if (!w) return;
  free(w->tok);
  free(w->ints);
  free(w->sets);
  memset(w, 0, sizeof *w);
}

void kg_pp_state_init(kg_pp_state *st, int n)
{
  int nil = n + 1;
  st->n = n;
  for (int i = 0; i <= nil; i++) {
    st->head[i] = -1;
    st->lab[i] = -1;
    st->lc1[i] = st->lc2[i] = st->rc1[i] = st->rc2[i] = nil;
    st->nl[i] = st->nr[i] = 0;
    st->ls[i] = st->rs[i] = 0;
  }
  st->stack[0] = 0;
  st->sp = 1;
  st->b = 1;
  st->jdec = 0;
  st->rmask = 0;
}

/* ------------------------------------------------------------ tokens */

#define PP_SEED_W 0x5157u
#define PP_SEED_P 0x5150u
#define PP_SEED_U 0x5155u
#define PP_SEED_S 0x5153u
#define PP_SEED_A 0x5141u
#define PP_SEED_C 0x5143u
#define PP_SEED_Q 0x5151u

static uint64_t fnv_norm(const char *s, size_t n, uint64_t seed)
{
  uint64_t h = 0xcbf29ce484222325ULL ^ (seed * 0x9e3779b97f4a7c15ULL);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    else if (c >= '0' && c <= '9') c = '0';
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return kg_hash_mix(h, n > 40 ? 40 : n);
}

uint64_t kg_pp_form_key(const char *form, size_t flen)
{
  return fnv_norm(form, flen, PP_SEED_W);
}

void kg_pp_tok_set(kg_pp_tok *t, const char *form, size_t flen,
                   const char *xpos, int upos)
{
  t->w = fnv_norm(form, flen, PP_SEED_W);
  size_t k = flen > 3 ? 3 : flen;
  t->sfx = fnv_norm(form + flen - k, k, PP_SEED_S);
  t->u = kg_hash_mix(PP_SEED_U, (uint64_t)upos + 1);
  t->p = (xpos && *xpos) ? kg_hash_str(xpos, PP_SEED_P) : t->u;
  t->punct = upos == KG_UPOS_PUNCT;
  t->q = kg_hash_mix(PP_SEED_Q, 0);
}

void kg_pp_tok_alt(kg_pp_tok *t, unsigned upos2)
{
  t->q = kg_hash_mix(PP_SEED_Q, upos2);
}

void kg_pp_tok_special(kg_pp_tok *t, int root)
{
  uint64_t v = root ? 0x726f6f74ULL : 0x6e6f6e65ULL;
  t->w = kg_hash_mix(PP_SEED_W, v);
  t->p = kg_hash_mix(PP_SEED_P, v);
  t->u = kg_hash_mix(PP_SEED_U, v);
  t->sfx = kg_hash_mix(PP_SEED_S, v);
  t->a = kg_hash_mix(PP_SEED_A, v);
  t->c4 = t->c6 = t->cf = kg_hash_mix(PP_SEED_C, v);
  t->q = kg_hash_mix(PP_SEED_Q, v);
  t->punct = 0;
}

/* An open-addressing table of n pairs; keep: the first pair of a key wins. */
static kg_status table_build(uint64_t **kp, uint64_t **vp, uint32_t *maskp, uint32_t *np,
                             const uint64_t *keys, const uint64_t *vals, uint32_t n, int keep)
{
  uint32_t size = 16;
  while (size < 2 * n) size *= 2;
  free(*kp);
  free(*vp);
  uint64_t *tk = calloc(size, sizeof *tk), *tv = calloc(size, sizeof *tv);
  *kp = tk;
  *vp = tv;
  *maskp = 0;
  *np = 0;
  if (!tk || !tv) return KG_ERR_NOMEM;
  uint32_t mask = size - 1;
  for (uint32_t i = 0; i < n; i++) {
    if (!keys[i]) continue;
    uint32_t h = (uint32_t)(keys[i] >> 32) & mask;
    while (tk[h] && tk[h] != keys[i]) h = (h + 1) & mask;
    if (tk[h] && keep) continue;
    if (!tk[h]) (*np)++;
    tk[h] = keys[i];
    tv[h] = vals[i];
  }
  *maskp = mask;
  return KG_OK;
}

kg_status kg_pp_cl_build(kg_parser *p, const uint64_t *keys, const uint64_t *vals, uint32_t n)
{
  return table_build(&p->cl_key, &p->cl_val, &p->cl_mask, &p->ncl, keys, vals, n, 1);
}

kg_status kg_pp_amb_build(kg_parser *p, const uint64_t *keys, const uint64_t *vals, uint32_t n)
{
  uint32_t size = 16;
  while (size < 2 * n) size *= 2;
  free(p->amb_key);
  free(p->amb_val);
  p->amb_key = calloc(size, sizeof *p->amb_key);
  p->amb_val = calloc(size, sizeof *p->amb_val);
  p->amb_mask = 0;
  p->namb = 0;
  if (!p->amb_key || !p->amb_val) return KG_ERR_NOMEM;
  p->amb_mask = size - 1;
  for (uint32_t i = 0; i < n; i++) {
    if (!keys[i]) continue;
    uint32_t h = (uint32_t)(keys[i] >> 32) & p->amb_mask;
    while (p->amb_key[h] && p->amb_key[h] != keys[i]) h = (h + 1) & p->amb_mask;
    if (!p->amb_key[h]) p->namb++;
    p->amb_key[h] = keys[i];
    p->amb_val[h] = vals[i];
  }
  return KG_OK;
}

static void tok_clusters(const kg_parser *p, kg_pp_tok *t)
{
  uint64_t v = 0;
  if (p->cl_mask) {
    uint32_t h = (uint32_t)(t->w >> 32) & p->cl_mask;
    while (p->cl_key[h]) {
      if (p->cl_key[h] == t->w) { v = p->cl_val[h]; break; }
      h = (h + 1) & p->cl_mask;
    }
  }
  uint32_t len = (uint32_t)(v >> 32), bits = (uint32_t)v;
  uint32_t l4 = len < 4 ? len : 4, l6 = len < 6 ? len : 6;
  /* len 0: no cluster (all three the same "unknown" value) */
  t->c4 = kg_hash_mix(PP_SEED_C + 4, ((uint64_t)l4 << 32) | (bits >> (len - l4)));
  t->c6 = kg_hash_mix(PP_SEED_C + 6, ((uint64_t)l6 << 32) | (bits >> (len - l6)));
  t->cf = kg_hash_mix(PP_SEED_C + 32, v);
}

void kg_pp_tok_amb(const kg_parser *p, kg_pp_tok *t)
{
  tok_clusters(p, t);
  t->a = kg_hash_mix(PP_SEED_A, 0x756e6bULL);   /* unknown or rare word */
  if (!p->amb_mask) return;
  uint32_t h = (uint32_t)(t->w >> 32) & p->amb_mask;
  while (p->amb_key[h]) {
    if (p->amb_key[h] == t->w) { t->a = kg_hash_mix(PP_SEED_A, p->amb_val[h]); return; }
    h = (h + 1) & p->amb_mask;
  }
}

/* ------------------------------------------------------------ transitions */

static void add_arc(kg_pp_state *st, int h, int d, int lab)
{
  int nil = st->n + 1;
  st->head[d] = h;
  st->lab[d] = lab;
  uint64_t bit = (lab >= 0 && lab < KG_PP_MAXLAB) ? (uint64_t)1 << lab : 0;
  if (d < h) {
    if (st->lc1[h] == nil || d < st->lc1[h]) { st->lc2[h] = st->lc1[h]; st->lc1[h] = d; }
    else if (st->lc2[h] == nil || d < st->lc2[h]) st->lc2[h] = d;
    st->nl[h]++;
    st->ls[h] |= bit;
  } else {
    if (st->rc1[h] == nil || d > st->rc1[h]) { st->rc2[h] = st->rc1[h]; st->rc1[h] = d; }
    else if (st->rc2[h] == nil || d > st->rc2[h]) st->rc2[h] = d;
    st->nr[h]++;
    st->rs[h] |= bit;
  }
}

void kg_pp_apply(kg_pp_state *st, int act, int lab)
{
  int s0 = st->stack[st->sp - 1];
  switch (act) {
  case KG_PP_SH:
    st->stack[st->sp++] = st->b++;
    break;
  case KG_PP_RE:
    st->sp--;
    break;
  case KG_PP_LA:
    add_arc(st, st->b, s0, lab);
    st->sp--;
    break;
  case KG_PP_RA:
    add_arc(st, s0, st->b, lab);
    st->stack[st->sp++] = st->b++;
    break;
  default:
    break;
  }
}

/* ------------------------------------------------------------ features */

#define T(t) KG_PP_TPL(t)
#define F1(t, a) (f[k++] = kg_hash_mix(T(t), (a)))
#define F2(t, a, b) (f[k++] = kg_hash_mix(kg_hash_mix(T(t), (a)), (b)))
#define F3(t, a, b, c) (f[k++] = kg_hash_mix(kg_hash_mix(kg_hash_mix(T(t), (a)), (b)), (c)))


size_t kg_pp_feats(const kg_pp_state *st, uint64_t *f)
{
  size_t k = 0;
  const kg_pp_tok *t = st->tok;
  int n = st->n, nil = n + 1;
  int s0 = st->stack[st->sp - 1];
  int b0 = st->b <= n ? st->b : nil;
  int b1 = st->b + 1 <= n ? st->b + 1 : nil;
  int b2 = st->b + 2 <= n ? st->b + 2 : nil;
  int s0h = st->head[s0] >= 0 ? st->head[s0] : nil;
  int s0h2 = (s0h != nil && st->head[s0h] >= 0) ? st->head[s0h] : nil;
  int s0l = st->lc1[s0], s0l2 = st->lc2[s0], s0r = st->rc1[s0], s0r2 = st->rc2[s0];
  int b0l = st->lc1[b0], b0l2 = st->lc2[b0];
  uint64_t S0w = t[s0].w, S0p = t[s0].p, N0w = t[b0].w, N0p = t[b0].p;
  uint64_t N1w = t[b1].w, N1p = t[b1].p, N2w = t[b2].w, N2p = t[b2].p;
  uint64_t S0wp = kg_hash_mix(S0w, S0p), N0wp = kg_hash_mix(N0w, N0p);
  uint64_t N1wp = kg_hash_mix(N1w, N1p);
  uint64_t d = b0 != nil ? (uint64_t)kg_pp_dist_bucket(b0 - s0) : 9;

  F1(0, 1);
  /* single words */
  F1(1, S0wp); F1(2, S0w); F1(3, S0p);
  F1(4, N0wp); F1(5, N0w); F1(6, N0p);
  F1(7, N1wp); F1(8, N1w); F1(9, N1p);
  F1(10, kg_hash_mix(N2w, N2p)); F1(11, N2w); F1(12, N2p);
  /* word pairs */
  F2(13, S0wp, N0wp); F2(14, S0wp, N0w); F2(15, S0w, N0wp);
  F2(16, S0wp, N0p); F2(17, S0p, N0wp); F2(18, S0w, N0w);
  F2(19, S0p, N0p); F2(20, N0p, N1p);
  /* three words */
  F3(21, N0p, N1p, N2p); F3(22, S0p, N0p, N1p);
  F3(23, t[s0h].p, S0p, N0p); F3(24, S0p, t[s0l].p, N0p);
  F3(25, S0p, t[s0r].p, N0p); F3(26, S0p, N0p, t[b0l].p);
  /* distance */
  F2(27, S0w, d); F2(28, S0p, d); F2(29, N0w, d); F2(30, N0p, d);
  F3(31, S0w, N0w, d); F3(32, S0p, N0p, d);
  /* valency */
  uint64_t vr = (uint64_t)st->nr[s0], vl = (uint64_t)st->nl[s0], nvl = (uint64_t)st->nl[b0];
  F2(33, S0w, vr); F2(34, S0p, vr); F2(35, S0w, vl); F2(36, S0p, vl);
  F2(37, N0w, nvl); F2(38, N0p, nvl);
  /* unigrams of the partial tree */
  F1(39, t[s0h].w); F1(40, t[s0h].p); F1(41, kg_pp_labv(st, s0));
  F1(42, t[s0l].w); F1(43, t[s0l].p); F1(44, kg_pp_labv(st, s0l));
  F1(45, t[s0r].w); F1(46, t[s0r].p); F1(47, kg_pp_labv(st, s0r));
  F1(48, t[b0l].w); F1(49, t[b0l].p); F1(50, kg_pp_labv(st, b0l));
  /* third order */
  F1(51, t[s0h2].w); F1(52, t[s0h2].p); F1(53, kg_pp_labv(st, s0h));
  F1(54, t[s0l2].w); F1(55, t[s0l2].p); F1(56, kg_pp_labv(st, s0l2));
  F1(57, t[s0r2].w); F1(58, t[s0r2].p); F1(59, kg_pp_labv(st, s0r2));
  F1(60, t[b0l2].w); F1(61, t[b0l2].p); F1(62, kg_pp_labv(st, b0l2));
  F3(63, S0p, t[s0l].p, t[s0l2].p); F3(64, S0p, t[s0r].p, t[s0r2].p);
  F3(65, S0p, t[s0h].p, t[s0h2].p); F3(66, N0p, t[b0l].p, t[b0l2].p);
  /* label sets */
  uint64_t sr = st->rs[s0], sl = st->ls[s0], nl = st->ls[b0];
  F2(67, S0w, sr); F2(68, S0p, sr); F2(69, S0w, sl); F2(70, S0p, sl);
  F2(71, N0w, nl); F2(72, N0p, nl);
  /* extras: s1, whether s0 has a head, suffixes, coarse tags */
  int s1 = st->sp >= 2 ? st->stack[st->sp - 2] : nil;
  uint64_t hh = st->head[s0] >= 0;
  F3(73, S0p, N0p, hh); F3(74, t[s1].p, S0p, N0p);
  F2(75, t[s1].w, S0p);
  F2(76, t[s0].sfx, N0p); F2(77, S0p, t[b0].sfx);
  F3(78, t[s0].u, t[b0].u, t[b1].u);
  F3(79, S0p, N0p, b0 != nil && b0 > 1 ? t[b0 - 1].p : 0);
  /* coarse tags (more robust to tagging errors), suffixes, lookahead */
  uint64_t S0u = t[s0].u, N0u = t[b0].u, N1u = t[b1].u;
  F2(80, S0u, N0u); F3(81, S0u, N0u, N1u); F3(82, S0w, N0u, d);
  F3(83, S0u, N0w, d); F2(84, t[s0h].u, N0u);
  F2(85, t[s0].sfx, t[b0].sfx); F2(86, t[b0].sfx, N1p); F2(87, N0w, N1w);
  F3(88, N0p, N1p, N2w); F2(89, t[b1].sfx, N0p);
  F3(90, S0u, t[s0l].u, N0u); F3(91, S0u, t[s0r].u, N0u);
  /* ambiguity classes */
  uint64_t S0a = t[s0].a, N0a = t[b0].a, N1a = t[b1].a;
  F1(92, S0a); F1(93, N0a); F1(94, N1a); F2(95, S0a, N0a);
  F2(96, S0a, N0p); F2(97, S0p, N0a); F2(98, N0a, N1a); F3(99, S0a, N0a, N1a);
  F2(100, S0a, S0p); F2(101, N0a, N0p); F3(102, t[s1].a, S0a, N0a);
  /* string neighbours of s0 and b0 */
  int s0n = s0 > 0 && s0 < n ? s0 + 1 : nil, b0p = b0 != nil && b0 > 1 ? b0 - 1 : nil;
  int b3 = st->b + 3 <= n ? st->b + 3 : nil;
  F3(103, S0p, t[s0n].p, N0p); F2(104, t[s0n].w, N0p); F2(105, t[b0p].w, N0p);
  F3(106, N1p, N2p, t[b3].p); F3(107, S0p, t[s0n].p, t[b0p].p);
  if (!st->clusters) return st->tagalt ? k + kg_pp_alt_feats(t, s0, b0, b1, f + k) : k;
  /* word clusters (Koo, Carreras & Collins 2008): less tied to the tags */
  uint64_t S0c = t[s0].c4, N0c = t[b0].c4, N1c = t[b1].c4;
  F1(108, S0c); F1(109, N0c); F1(110, N1c); F1(111, t[s0].cf); F1(112, t[b0].cf);
  F2(113, S0c, N0c); F2(114, t[s0].c6, t[b0].c6); F2(115, t[s0].cf, N0p);
  F2(116, S0p, t[b0].cf); F3(117, S0c, N0c, N1c); F2(118, t[s0].c6, N0u);
  F2(119, S0u, t[b0].c6); F3(120, t[s0h].c4, S0c, N0c); F3(121, S0c, t[s0l].c4, N0c);
  F3(122, S0c, t[s0r].c4, N0c); F2(123, N0c, t[b0l].c4); F2(124, t[b0].c6, t[b1].c6);
  F2(125, t[s1].c4, S0c);
  if (st->tagalt) k += kg_pp_alt_feats(t, s0, b0, b1, f + k);
  return k;
}

/* Tag-uncertainty templates (models with TALT): the tagger's runner-up
 * tag where it hesitated (kg_pp_tok.q) of s0, b0 and b1, alone, with the
 * word's tag and word, and with the other word's tag. */
size_t kg_pp_alt_feats(const kg_pp_tok *t, int s0, int b0, int b1, uint64_t *f)
{
  size_t k = 0;
  uint64_t S0q = t[s0].q, N0q = t[b0].q, N1q = t[b1].q;
  uint64_t S0u = t[s0].u, N0u = t[b0].u, N1u = t[b1].u;
  F1(126, S0q); F1(127, N0q); F1(128, N1q);
  F2(129, S0q, S0u); F2(130, N0q, N0u); F2(131, N1q, N1u);
  F3(132, S0q, S0u, N0u); F3(133, N0q, N0u, S0u); F3(134, N1q, N1u, N0u);
  F2(135, S0q, t[s0].w); F2(136, N0q, t[b0].w);
  F3(137, S0q, N0q, kg_hash_mix(S0u, N0u));
  return k;
}

size_t kg_pp_lab_feats(const kg_pp_state *st, int h, int d, uint64_t *f)
{
  return kg_pp_lab_feats_in(st, h, d, 0, NULL, NULL, 0, 0, NULL, f);
}

/* Tag-uncertainty label templates (models with TALT): the runner-up tags
 * of the dependent and the head with their tags. */
size_t kg_pp_alt_lab_feats(const kg_pp_tok *t, int h, int d, uint64_t *f)
{
  size_t k = 0;
  uint64_t dir = d < h ? 1 : 2;
  F3(243, dir, t[d].q, t[d].u); F3(244, dir, t[h].q, t[h].u);
  F3(245, dir, kg_hash_mix(t[d].q, t[h].q), kg_hash_mix(t[d].u, t[h].u));
  return k;
}

/* ------------------------------------------------------------ decoding */

/* Same sums as kg_ap_score, but all rows are looked up and prefetched
 * before any is added, so the (cache-missing) loads overlap: the scoring
 * is memory bound and this makes parsing about twice as fast. */
void kg_pp_score(const kg_ap *ap, const uint64_t *f, size_t nf, float *sc)
{
  const float *rows[KG_PP_MAXFEAT];
  uint32_t nc = kg_ap_nclass(ap);
  size_t m = 0;
  if (nf > KG_PP_MAXFEAT) nf = KG_PP_MAXFEAT;
  for (size_t i = 0; i < nf; i++) {
    const float *r = kg_ap_row(ap, f[i]);
    if (!r) continue;
    rows[m++] = r;
    for (uint32_t c = 0; c < nc; c += 16) __builtin_prefetch(r + c);
  }
  for (uint32_t c = 0; c < nc; c++) sc[c] = 0;
  if (nc == KG_PP_NACT) {
    float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (size_t j = 0; j < m; j++) {
      const float *r = rows[j];
      a0 += r[0]; a1 += r[1]; a2 += r[2]; a3 += r[3];
    }
    sc[0] = a0; sc[1] = a1; sc[2] = a2; sc[3] = a3;
    return;
  }
  float acc[KG_PP_MAXLAB] = {0};
  if (nc > KG_PP_MAXLAB) nc = KG_PP_MAXLAB;
  for (size_t j = 0; j < m; j++) {
    const float *restrict r = rows[j];
    for (uint32_t c = 0; c < nc; c++) acc[c] += r[c];
  }
  memcpy(sc, acc, nc * sizeof *sc);
}

/* A dense int16 copy of a weight table (one global scale), stride slots
 * per bucket. */
static int16_t *pack_table(const kg_ap *ap, uint32_t stride, float *scale, uint64_t *mask)
{
  uint64_t nb = (uint64_t)1 << kg_ap_log2_buckets(ap);
  uint32_t nc = kg_ap_nclass(ap);
  float mx = 0;
  for (uint64_t b = 0; b < nb; b++) {
    const float *r = kg_ap_row(ap, b);
    if (!r) continue;
    for (uint32_t c = 0; c < nc; c++)
      if (fabsf(r[c]) > mx) mx = fabsf(r[c]);
  }
  int16_t *t = kg_alloc_huge(nb * stride * sizeof *t);
  if (!t) return NULL;
  memset(t, 0, nb * stride * sizeof *t);
  *scale = mx > 0 ? mx / 32767.0f : 1.0f;
  *mask = nb - 1;
  float inv = 1.0f / *scale;
  for (uint64_t b = 0; b < nb; b++) {
    const float *r = kg_ap_row(ap, b);
    if (!r) continue;
    for (uint32_t c = 0; c < nc; c++) {
      float v = r[c] * inv;
      v = v > 32767.0f ? 32767.0f : v < -32767.0f ? -32767.0f : v;
      t[b * stride + c] = (int16_t)(v + (v >= 0 ? 0.5f : -0.5f));
    }
  }
  return t;
}

kg_status kg_pp_pack(kg_parser *p)
{
  kg_pp_lab_unsplit(p);
  free(p->pk);
  free(p->pl);
  p->pl_stride = kg_pp_lab_pitch(kg_ap_nclass(p->lab));
  p->pk = pack_table(p->act, KG_PP_NACT, &p->pk_scale, &p->pk_mask);
  p->pl = pack_table(p->lab, p->pl_stride, &p->pl_scale, &p->pl_mask);
  if (p->pk && p->pl) return KG_OK;
  free(p->pk);
  free(p->pl);
  p->pk = p->pl = NULL;
  return KG_ERR_NOMEM;
}

kg_status kg_pp_pack_labels(kg_parser *p)
{
  kg_pp_lab_unsplit(p);
  free(p->pl);
  p->pl_stride = kg_pp_lab_pitch(kg_ap_nclass(p->lab));
  p->pl = pack_table(p->lab, p->pl_stride, &p->pl_scale, &p->pl_mask);
  return p->pl ? KG_OK : KG_ERR_NOMEM;
}

kg_status kg_pp_pack_final(kg_parser *p)
{
  kg_pp_lab_unsplit(p);
  free(p->pf);
  p->pf = pack_table(p->lab, kg_pp_lab_pitch(kg_ap_nclass(p->lab)), &p->pf_scale, &p->pf_mask);
  return p->pf ? KG_OK : KG_ERR_NOMEM;
}

static int best_of(const float *sc, const uint8_t *ok, uint32_t n)
{
  int best = -1;
  for (uint32_t c = 0; c < n; c++)
    if (ok[c] && (best < 0 || sc[c] > sc[best])) best = (int)c;
  return best < 0 ? 0 : best;
}

/* Label scores from the packed table (integer sums, exact). */
static void score_packed_lab(const kg_parser *p, const uint64_t *f, size_t nf, float *sc)
{
  const int16_t *rows[KG_PP_MAXFEAT];
  uint32_t stride = p->pl_stride;
  for (size_t i = 0; i < nf; i++) {
    rows[i] = p->pl + (f[i] & p->pl_mask) * stride;
    for (uint32_t c = 0; c < stride; c += 32) __builtin_prefetch(rows[i] + c);
  }
  uint32_t nv = stride / 8;
#ifdef __SSE2__
  /* 8 lanes at a time (stride is a multiple of 8, rows 16-byte aligned),
   * all rows for one group of lanes, so the sums stay in registers; the
   * lanes are sign-extended by unpacking each with itself, then >> 16 */
  __m128i acc[KG_PP_MAXLAB / 4];
  for (uint32_t v = 0; v < nv; v++) {
    __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
    for (size_t i = 0; i < nf; i++) {
      __m128i x = _mm_load_si128((const __m128i *)rows[i] + v);
      lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16));
      hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16));
    }
    acc[2 * v] = lo;
    acc[2 * v + 1] = hi;
  }
#else
  /* 8 lanes at a time (stride is a multiple of 8, rows 16-byte aligned) */
  typedef int16_t v8s __attribute__((vector_size(16)));
  typedef int32_t v8i __attribute__((vector_size(32)));
  v8i acc[KG_PP_MAXLAB / 8];
  for (uint32_t v = 0; v < nv; v++) acc[v] = (v8i){0, 0, 0, 0, 0, 0, 0, 0};
  for (size_t i = 0; i < nf; i++) {
    const v8s *r = (const v8s *)rows[i];
    for (uint32_t v = 0; v < nv; v++) acc[v] += __builtin_convertvector(r[v], v8i);
  }
#endif
  const int32_t *a = (const int32_t *)acc;
  for (uint32_t c = 0; c < p->nlab; c++) sc[c] = (float)a[kg_pp_lane(p, c)];
}

/* Transition scores from the packed table: one cache line per feature,
 * all prefetched before the sums; integer sums are exact. */
static void score_packed(const kg_parser *p, const uint64_t *f, size_t nf, float *sc)
{
  const int16_t *rows[KG_PP_MAXFEAT];
  for (size_t i = 0; i < nf; i++) {
    rows[i] = p->pk + (f[i] & p->pk_mask) * KG_PP_NACT;
    __builtin_prefetch(rows[i]);
  }
#ifdef __SSE2__
  /* the 4 weights of a row, sign-extended to 32 bits in one register */
  __m128i acc = _mm_setzero_si128();
  for (size_t i = 0; i < nf; i++) {
    __m128i x = _mm_loadl_epi64((const __m128i *)rows[i]);
    acc = _mm_add_epi32(acc, _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16));
  }
  int32_t a[4];
  _mm_storeu_si128((__m128i *)a, acc);
  sc[0] = (float)a[0]; sc[1] = (float)a[1]; sc[2] = (float)a[2]; sc[3] = (float)a[3];
#else
  int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
  for (size_t i = 0; i < nf; i++) {
    const int16_t *r = rows[i];
    a0 += r[0]; a1 += r[1]; a2 += r[2]; a3 += r[3];
  }
  sc[0] = (float)a0; sc[1] = (float)a1; sc[2] = (float)a2; sc[3] = (float)a3;
#endif
}

void kg_pp_score_act(const kg_parser *p, const uint64_t *f, size_t nf, float *sc)
{
  if (p->pk) score_packed(p, f, nf, sc);
  else kg_pp_score(p->act, f, nf, sc);
}

int kg_pp_pick_label(const kg_parser *p, const kg_pp_state *st, int h, int d)
{
  uint64_t f[KG_PP_MAXFEAT];
  size_t nf = kg_pp_lab_feats(st, h, d, f);
  return kg_pp_pick_label_f(p, f, nf);
}

void kg_pp_score_lab(const kg_parser *p, const uint64_t *f, size_t nf, float *sc)
{
  if (p->pl) score_packed_lab(p, f, nf, sc);
  else kg_pp_score(p->lab, f, nf, sc);
}

int kg_pp_pick_label_f(const kg_parser *p, const uint64_t *f, size_t nf)
{
  float sc[KG_PP_MAXLAB];
  uint8_t ok[KG_PP_MAXLAB];
  kg_pp_score_lab(p, f, nf, sc);
  for (uint32_t c = 0; c < p->nlab; c++) ok[c] = (int)c != p->root_lab;
  return best_of(sc, ok, p->nlab);
}

void kg_pp_finish(const kg_parser *p, kg_pp_state *st)
{
  int n = st->n, root = -1;
  for (int i = 1; i <= n; i++)
    if (st->head[i] == 0) { root = i; break; }
  if (root < 0) {
    /* the lowest headless token on the stack, else the first headless */
    for (int j = 0; j < st->sp && root < 0; j++)
      if (st->stack[j] > 0 && st->head[st->stack[j]] < 0) root = st->stack[j];
    for (int i = 1; i <= n && root < 0; i++)
      if (st->head[i] < 0) root = i;
    if (root < 0) return; /* n == 0 */
    add_arc(st, 0, root, p->root_lab);
  }
  for (int i = 1; i <= n; i++) {
    if (i == root || (st->head[i] >= 0 && st->head[i] != 0)) continue;
    if (st->head[i] == 0) { /* a second root child: can't happen, but be safe */
      st->head[i] = -1;
      st->nr[0]--;
    }
    add_arc(st, root, i, kg_pp_pick_label(p, st, root, i));
  }
}

void kg_pp_greedy(const kg_parser *p, kg_pp_fast *fw, kg_pp_state *st)
{
  uint64_t f[KG_PP_MAXFEAT];
  float sc[KG_PP_NACT];
  uint8_t ok[KG_PP_NACT];
  while (st->b <= st->n) {
    if (fw) kg_pp_fast_act(fw, st, sc);
    else kg_pp_score_act(p, f, kg_pp_feats(st, f), sc);
    kg_pp_legal(st, ok);
    int a = best_of(sc, ok, KG_PP_NACT);
    int lab = -1, h, d;
    kg_pp_arc_of(st, a, &h, &d);
    if (a == KG_PP_LA || a == KG_PP_RA)
      lab = h == 0 ? p->root_lab : fw ? kg_pp_fast_label(fw, st, h, d) : kg_pp_pick_label(p, st, h, d);
    kg_pp_apply(st, a, lab);
  }
  kg_pp_finish(p, st);
}

void kg_pp_parse(const kg_parser *p, kg_pp_state *st)
{
  kg_pp_greedy(p, NULL, st);
}

void kg_pp_sent_setup(const kg_parser *p, kg_pp_work *w, const kg_token *tk, int n)
{
  kg_pp_tok_special(&w->tok[0], 1);
  kg_pp_tok_special(&w->tok[n + 1], 0);
  /* the words first, with the slots of their cluster and ambiguity-class
   * lookups prefetched, then the lookups: the tables' cache misses of a
   * whole sentence overlap instead of coming one token after the other */
  for (int i = 0; i < n; i++) {
    const char *form = tk[i].form ? tk[i].form : "";
    size_t fl = strlen(form);
    char cb[8];                           /* "’s": looked up as "'s" (utf8.c) */
    if (kg_utf8_is_clitic(form, fl) && kg_utf8_ascii_clitic(form, fl, cb)) {
      form = cb;
      fl -= 2;
    }
    kg_pp_tok_set(&w->tok[i + 1], form, fl, tk[i].xpos, tk[i].upos);
    uint32_t h = (uint32_t)(w->tok[i + 1].w >> 32), hc = h & p->cl_mask, ha = h & p->amb_mask;
    if (p->cl_mask) { __builtin_prefetch(&p->cl_key[hc]); __builtin_prefetch(&p->cl_val[hc]); }
    if (p->amb_mask) { __builtin_prefetch(&p->amb_key[ha]); __builtin_prefetch(&p->amb_val[ha]); }
  }
  for (int i = 0; i < n; i++) {
    kg_pp_tok_amb(p, &w->tok[i + 1]);
    if (p->tagalt) kg_pp_tok_alt(&w->tok[i + 1], tk[i].upos2);
  }
  kg_pp_state_init(&w->st, n);
  w->st.tok = w->tok;
  w->st.clusters = p->cl_mask != 0;
  w->st.labx = p->labx;
  w->st.tagalt = p->tagalt;
}

/* The beam and the decoding caches of the calling thread, kept from one
 * document to the next for one loaded model (id): the caches' word rows
 * then serve the words of earlier documents too.  Exact, like the caches
 * themselves (per sentence they are reset or keyed by everything read). */
static _Thread_local struct pp_tls {
  uint64_t id;
  int beam;              /* p->beam the beam was made for */
  kg_pp_fast *fw;
  kg_pp_beam *bm;
} tls_pp;

void kg_pp_run_release(uint64_t id)
{
  if (id && tls_pp.id == id) {
    kg_pp_fast_free(tls_pp.fw);
    kg_pp_beam_free(tls_pp.bm);
    memset(&tls_pp, 0, sizeof tls_pp);
  }
}

kg_status kg_parser_run(const kg_parser *p, kg_doc *doc)
{
  return kg_parser_run_alt(p, doc, NULL, NULL);
}

kg_status kg_parser_run_alt(const kg_parser *p, kg_doc *doc, const kg_tag_alts *alt, uint8_t *took)
{
  if (!p || !doc) return KG_ERR_USAGE;
  if (took) memset(took, 0, doc->ntokens);
  if (!kg_parser_tag_beam(p)) alt = NULL;
  if (p->reverse || p->r2l) return kg_pp_comb_run(p, doc);   /* parser_combine.c */
  size_t maxn = 0;
  for (size_t s = 0; s < doc->nsents; s++)
    if (doc->sents[s].ntok > maxn) maxn = doc->sents[s].ntok;
  kg_pp_work w = {0};
  if (kg_pp_work_reserve(&w, maxn) != KG_OK) { kg_pp_work_free(&w); return KG_ERR_NOMEM; }
  kg_pp_state *st = &w.st;
  kg_pp_beam *bm = NULL;
  kg_pp_fast *fw = NULL;
  int kept = 0;
  if (p->id && tls_pp.id == p->id && tls_pp.beam == p->beam) {
    bm = tls_pp.bm;
    fw = tls_pp.fw;
    kept = 1;
  } else {
    if (p->beam > 1 && !(bm = kg_pp_beam_new(p->beam))) { kg_pp_work_free(&w); return KG_ERR_NOMEM; }
    fw = kg_pp_fast_new(p);   /* NULL: the plain path, same results */
    if (p->id) {
      kg_pp_fast_free(tls_pp.fw);   /* another model's (a model never reuses an id) */
      kg_pp_beam_free(tls_pp.bm);
      tls_pp.id = p->id;
      tls_pp.beam = p->beam;
      tls_pp.fw = fw;
      tls_pp.bm = bm;
      kept = 1;
    }
  }
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    int n = (int)se->ntok;
    if (n == 0) continue;
    kg_token *tk = doc->tokens + se->tok;
    kg_pp_sent_setup(p, &w, tk, n);
    kg_pp_jsent *js = bm ? kg_pp_beam_jsent(bm) : NULL;   /* the tagger's two readings */
    if (js && (!alt || !kg_pp_jsent_set_alts(js, p, w.tok, n, tk, alt, se->tok))) js->on = 0;
    if (!bm) {
      if (fw && kg_pp_fast_begin(fw, w.tok, n)) kg_pp_fast_parse(fw, st);
      else kg_pp_parse(p, st);
    } else if (kg_pp_beam_parse_fast(p, bm, fw, st) != KG_OK) {
      if (kept) kg_pp_run_release(p->id);
      else { kg_pp_fast_free(fw); kg_pp_beam_free(bm); }
      kg_pp_work_free(&w);
      return KG_ERR_NOMEM;
    }
    for (int i = 0; i < n; i++) {
      tk[i].head = st->head[i + 1];
      int l = st->lab[i + 1];
      tk[i].deprel = (l >= 0 && (uint32_t)l < p->nlab) ? p->labels[l] : "dep";
    }
    if (js && js->on) kg_pp_joint_take(js, st, tk, alt, se->tok, took);
  }
  if (!kept) { kg_pp_fast_free(fw); kg_pp_beam_free(bm); }
  kg_pp_work_free(&w);
  return KG_OK;
}
