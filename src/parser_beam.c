/* parser_beam.c — beam-search decoding of the arc-eager parser and its
 * global (structured perceptron) training step.
 *
 * Owns: the beam workspace (kg_pp_beam), beam decoding (kg_pp_beam_parse)
 * and one max-violation training update per sentence (kg_pp_beam_train).
 * Does not own: the transition system, features and scoring (parser.c),
 * the gold action sequence and the training loop (parser_train.c).
 *
 * The beam keeps the K best partial parses by the sum of their transition
 * scores; each item is a full parser state (copied when a parent has more
 * than one successor).  Labels are chosen greedily by the label model when
 * an arc is made, as in greedy decoding, and do not enter the beam score;
 * or, in a model with labels in the beam (kg_parser.jlab = K), each arc of
 * an item is a candidate with each of the label model's K best labels, its
 * score the transition's plus the label's (Zhang & Nivre 2011 score every
 * labelled transition; here the two models are factored).
 * Items whose buffer is empty are final and carried over unchanged.
 * Sentences longer than KG_PP_BEAM_MAXN tokens are decoded greedily.
 *
 * Training (Huang, Fayong & Guo 2012, "max-violation"): the sentence is
 * decoded with the beam while the gold sequence is followed alongside; at
 * the step where the best item outscores the gold prefix by the most, the
 * transitions of the gold prefix get +1 and those of the best item's
 * sequence -1 (only after their common prefix).  An item on the gold path
 * uses gold labels, so it is the same state as the gold one.  With labels
 * in the beam, an item is on the gold path only with the gold labels, the
 * gold prefix's score includes its labels' scores, and the same update
 * gives the label model +1 / -1 for the arcs of the two sequences.
 */
#include <stdlib.h>
#include <string.h>
#include "parser_impl.h"
#include "parser_joint.h"
#include "parser_fastj.h"

typedef struct node { int parent; int8_t act; int8_t tag; int16_t lab; } node;  /* tag: joint reading, -1 none */

typedef struct item {
  int slot;      /* state in the pool */
  int node;      /* last transition (-1: none) */
  double score;
  int gold;      /* on the gold path so far (training) */
} item;

typedef struct cand { int from; int act; int lab; double score; int gold; int tag; } cand;

/* Labels already chosen in this sentence, by a hash of the label features
 * (items of a beam often make the same arc in the same context). */
#define LCACHE 256
#define JCACHE 256
typedef struct lcache { uint64_t key; int lab; } lcache;
/* The same for labels in the beam: the best labels and their scores, by
 * the parts of the state the label features read (jkey). */
typedef struct jcache {
  int32_t key[10];
  uint64_t ls_h, rs_h, ls_d;
  uint32_t gen;   /* valid when equal to the beam's jgen (this sentence) */
  int n;
  int lab[KG_PP_MAXJLAB];
  float sc[KG_PP_MAXJLAB];
} jcache;

struct kg_pp_beam {
  int k;
  kg_pp_work *pool;  /* 2k + 2 states (the last two for replays) */
  int npool;
  node *nodes;
  size_t nnodes, ncap;
  item *cur, *nxt;
  cand *cands;
  int *use;
  int final_node;    /* the best item's last transition after decode */
  int nfinal;        /* final items of the last beam decode (0: greedy) */
  int *seq;          /* replay buffer (final labels) */
  size_t seqcap;
  lcache lc[LCACHE];
  jcache jc[JCACHE];
  uint32_t jgen;     /* sentence counter for jc (no clearing per sentence) */
  float scs[KG_PP_MAXBEAM][KG_PP_NACT];  /* the items' transition scores (fast path) */
  kg_pp_jsent js;    /* joint tag choice (parser_joint.c; js.on: this sentence) */
  const kg_pp_tok *stok;  /* the sentence's tokens (copied into each state's own with js.on) */
};

kg_pp_jsent *kg_pp_beam_jsent(kg_pp_beam *b) { return &b->js; }

/* With joint readings each pool state has its own copy of the tokens (its
 * workspace's), reset to the sentence's. */
static void own_tokens(kg_pp_beam *b, int slot)
{
  kg_pp_work *w = &b->pool[slot];
  memcpy(w->tok, b->stok, ((size_t)b->js.n + 2) * sizeof *w->tok);
  w->st.tok = w->tok;
}

kg_pp_beam *kg_pp_beam_new(int k)
{
  if (k < 1) k = 1;
  if (k > KG_PP_MAXBEAM) k = KG_PP_MAXBEAM;
  kg_pp_beam *b = calloc(1, sizeof *b);
  if (!b) return NULL;
  b->k = k;
  b->npool = 2 * k + 2;
  b->pool = calloc((size_t)b->npool, sizeof *b->pool);
  b->cur = calloc((size_t)k, sizeof *b->cur);
  b->nxt = calloc((size_t)k, sizeof *b->nxt);
  b->cands = calloc((size_t)k * (KG_PP_NACT + 2 * KG_PP_MAXJLAB) + (size_t)k, sizeof *b->cands);
  b->use = calloc((size_t)b->npool, sizeof *b->use);
  if (!b->pool || !b->cur || !b->nxt || !b->cands || !b->use) { kg_pp_beam_free(b); return NULL; }
  return b;
}

void kg_pp_beam_free(kg_pp_beam *b)
{
  if (!b) return;
  for (int i = 0; b->pool && i < b->npool; i++) kg_pp_work_free(&b->pool[i]);
  free(b->pool);
  free(b->nodes);
  free(b->cur);
  free(b->nxt);
  free(b->cands);
  free(b->use);
  free(b->seq);
  kg_pp_jsent_free(&b->js);
  free(b);
}

/* The fields of a state that are no arrays, and its stack. */
static void st_copy_top(kg_pp_state *d, const kg_pp_state *s)
{
  d->n = s->n;
  d->clusters = s->clusters;
  d->labx = s->labx;
  d->tagalt = s->tagalt;
  d->tok = s->tok;
  d->sp = s->sp;
  d->b = s->b;
  d->jdec = s->jdec;
  d->rmask = s->rmask;
  memcpy(d->stack, s->stack, (size_t)s->sp * sizeof *d->stack);
}

static void st_copy(kg_pp_state *d, const kg_pp_state *s)
{
  size_t m = (size_t)s->n + 2;
  st_copy_top(d, s);
  memcpy(d->head, s->head, m * sizeof *d->head);
  memcpy(d->lab, s->lab, m * sizeof *d->lab);
  memcpy(d->lc1, s->lc1, m * sizeof *d->lc1);
  memcpy(d->lc2, s->lc2, m * sizeof *d->lc2);
  memcpy(d->rc1, s->rc1, m * sizeof *d->rc1);
  memcpy(d->rc2, s->rc2, m * sizeof *d->rc2);
  memcpy(d->nl, s->nl, m * sizeof *d->nl);
  memcpy(d->nr, s->nr, m * sizeof *d->nr);
  memcpy(d->ls, s->ls, m * sizeof *d->ls);
  memcpy(d->rs, s->rs, m * sizeof *d->rs);
}

/* Points the arrays of a pool state at its workspace with a stride of
 * m = n + 2 (the workspace holds cap >= m per array): head .. nr are then
 * one block of 8 m ints and ls, rs one of 2 m sets, for pool_copy. */
static void pool_layout(kg_pp_work *w, int n)
{
  kg_pp_state_point(&w->st, w->ints, w->sets, (size_t)n + 2);
}

/* st_copy between two pool states laid out by pool_layout (same n). */
static void pool_copy(kg_pp_state *d, const kg_pp_state *s)
{
  size_t m = (size_t)s->n + 2;
  st_copy_top(d, s);
  memcpy(d->head, s->head, 8 * m * sizeof *d->head);
  memcpy(d->ls, s->ls, 2 * m * sizeof *d->ls);
}

static int push_node(kg_pp_beam *b, int parent, int act, int lab, int tag)
{
  if (b->nnodes == b->ncap) {
    size_t c = b->ncap ? b->ncap * 2 : 1024;
    node *nn = realloc(b->nodes, c * sizeof *nn);
    if (!nn) return -2;
    b->nodes = nn;
    b->ncap = c;
  }
  b->nodes[b->nnodes] = (node){ parent, (int8_t)act, (int8_t)tag, (int16_t)lab };
  return (int)b->nnodes++;
}

/* Sizes the pool for n tokens; the states share the token array tok.  The
 * label cache lc is cleared only when decoding reads it (lc: without the
 * fast scorer, whose labels have their own memo). */
static kg_status beam_reset(const kg_parser *p, kg_pp_beam *b, const kg_pp_tok *tok, int n, int lc)
{
  for (int i = 0; i < b->npool; i++) {
    if (kg_pp_work_reserve(&b->pool[i], (size_t)n) != KG_OK) return KG_ERR_NOMEM;
    pool_layout(&b->pool[i], n);
    b->pool[i].st.tok = tok;
    b->pool[i].st.clusters = p->cl_mask != 0;
    b->pool[i].st.labx = p->labx;
    b->pool[i].st.tagalt = p->tagalt;
  }
  b->nnodes = 0;
  b->stok = tok;
  if (b->js.on && b->js.n != n) b->js.on = 0;   /* not set for this sentence */
  if (lc) memset(b->lc, 0, sizeof b->lc);
  if (p->jlab && ++b->jgen == 0) {   /* wrapped: clear once */
    memset(b->jc, 0, sizeof b->jc);
    b->jgen = 1;
  }
  return KG_OK;
}

/* kg_pp_pick_label through the cache (same result). */
static int pick_label(const kg_parser *p, kg_pp_beam *b, const kg_pp_state *st, int h, int d)
{
  uint64_t f[KG_PP_MAXFEAT];
  size_t nf = kg_pp_lab_feats(st, h, d, f);
  uint64_t key = 0x6c61626cULL + nf;
  for (size_t i = 0; i < nf; i++) key = kg_hash_mix(key, f[i]);
  key |= 1;
  lcache *e = &b->lc[(key >> 40) & (LCACHE - 1)];
  if (e->key == key) return e->lab;
  e->key = key;
  e->lab = kg_pp_pick_label_f(p, f, nf);
  return e->lab;
}

/* The best labels (root excluded) of arc h -> d, at most p->jlab, best
 * first, with their scores (in the units of the label table: integer sums
 * for a packed table); returns their number.  Through a cache keyed by
 * what the label features read of the state (the arc, the dependent's
 * outer children and their labels, its valency, the head's label and
 * head, the label sets; the tokens are the sentence's): same results. */
static int best_labels(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw, const kg_pp_state *st,
                       int h, int d, int *lab, float *lsc)
{
  int nil = st->n + 1, lc1 = st->lc1[d], rc1 = st->rc1[d];
  int32_t key[10] = {
    h, d, lc1, st->lc2[d], rc1, (int32_t)kg_pp_labv(st, lc1), (int32_t)kg_pp_labv(st, rc1),
    st->lab[h], st->head[h] >= 0 ? st->head[h] : nil,
    (st->nl[d] > 3 ? 3 : st->nl[d]) * 4 + (st->nr[d] > 3 ? 3 : st->nr[d])
  };
  uint64_t lsh = st->ls[h], rsh = st->rs[h], lsd = st->ls[d];
  uint32_t slot = ((uint32_t)h * 0x9e37u + (uint32_t)d * 31u + (uint32_t)lc1 * 7u + (uint32_t)rc1 +
                   (uint32_t)(lsh ^ (rsh >> 1) ^ (lsd >> 3))) & (JCACHE - 1);
  jcache *e = &b->jc[slot];
  if (!(e->gen == b->jgen && memcmp(e->key, key, sizeof key) == 0 && e->ls_h == lsh &&
        e->rs_h == rsh && e->ls_d == lsd)) {
    uint64_t f[KG_PP_MAXFEAT];
    size_t nf = fw ? kg_pp_fast_lab_feats(fw, st, h, d, f) : kg_pp_lab_feats(st, h, d, f);
    float sc[KG_PP_MAXLAB];
    int k = p->jlab < KG_PP_MAXJLAB ? p->jlab : KG_PP_MAXJLAB, m = 0;
    if (p->pl) kg_pp_fast_label_scores(p, f, nf, sc);
    else kg_pp_score_lab(p, f, nf, sc);
    for (uint32_t c = 0; c < p->nlab; c++) {
      if ((int)c == p->root_lab) continue;
      if (m == k && !(sc[c] > e->sc[m - 1])) continue;   /* ties: the first label */
      int j = m < k ? m++ : k - 1;
      while (j > 0 && sc[c] > e->sc[j - 1]) { e->sc[j] = e->sc[j - 1]; e->lab[j] = e->lab[j - 1]; j--; }
      e->sc[j] = sc[c];
      e->lab[j] = (int)c;
    }
    memcpy(e->key, key, sizeof key);
    e->ls_h = lsh;
    e->rs_h = rsh;
    e->ls_d = lsd;
    e->gen = b->jgen;
    e->n = m;
  }
  memcpy(lab, e->lab, (size_t)e->n * sizeof *lab);
  memcpy(lsc, e->sc, (size_t)e->n * sizeof *lsc);
  return e->n;
}

static inline int cand_cmp(const cand *a, const cand *c)
{
  if (a->score != c->score) return a->score > c->score ? -1 : 1;
  if (a->from != c->from) return a->from < c->from ? -1 : 1;
  if (a->tag != c->tag) return a->tag < c->tag ? -1 : 1;
  if (a->act != c->act) return a->act < c->act ? -1 : 1;
  return a->lab < c->lab ? -1 : a->lab > c->lab;
}

/* Adds x to the k best candidates cs[0..*nc), kept sorted by cand_cmp (a
 * total order): the same first k as sorting all candidates. */
static inline void cand_push(cand *cs, int *nc, int k, cand x)
{
  int n = *nc;
  if (n == k && cand_cmp(&x, &cs[n - 1]) >= 0) return;
  int j = n < k ? n++ : k - 1;
  while (j > 0 && cand_cmp(&x, &cs[j - 1]) < 0) { cs[j] = cs[j - 1]; j--; }
  cs[j] = x;
  *nc = n;
}

/* cand_push for candidates made in increasing (from, act, lab) order, as a
 * decode without labels in the beam makes them: a new candidate then
 * follows every kept one of the same score, so cand_cmp is the score's
 * comparison alone (the same k best, in the same order). */
static inline void cand_push_ordered(cand *cs, int *nc, int k, cand x)
{
  int n = *nc;
  if (n == k && !(x.score > cs[n - 1].score)) return;
  int j = n < k ? n++ : k - 1;
  while (j > 0 && x.score > cs[j - 1].score) { cs[j] = cs[j - 1]; j--; }
  cs[j] = x;
  *nc = n;
}

/* Gold-path context of a training decode (NULL at run time). */
typedef struct goldctx {
  const int *acts, *labs;  /* gold sequence */
  const int *tags;         /* its joint readings (-1: none) */
  int len;
  double *prefix;          /* prefix[t]: score of the first t gold transitions */
} goldctx;

/* One beam decode; returns the number of steps, or -1 on allocation failure.
 * With gc, records at each step t (1-based) the best item's node in
 * best_node[t] and its score in best_score[t], and in in_beam[t] whether
 * that best item is the gold prefix. */
static inline __attribute__((always_inline)) int
decode_body(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw, int n, const goldctx *gc,
            int *best_node, double *best_score, uint8_t *in_beam, int *final_slot, int ordered)
{
#define CAND_PUSH(cs, nc, k, ...) \
  (ordered ? cand_push_ordered(cs, nc, k, __VA_ARGS__) : cand_push(cs, nc, k, __VA_ARGS__))
  uint64_t f[KG_PP_MAXFEAT];
  float sc[KG_PP_NACT];
  uint8_t ok[KG_PP_NACT];
  int k = b->k, ncur = 1, step = 0;
  /* label scores in the units of the transition scores: both are integer
   * sums of packed tables at run time, floats in training */
  double lr = p->pk && p->pl ? (double)p->pl_scale / (double)p->pk_scale : 1.0;
  /* pruning by score margin (run time, packed scores, in units of the
   * model's mean weight); never in training */
  double mg = !gc && p->pk && p->margin > 0 && p->wunit > 0 ? (double)p->margin * p->wunit : 0;
  /* joint readings: with fw the states share the tokens (parser_fastj.c),
   * else each has its own */
  const kg_pp_jsent *js = b->js.on ? &b->js : NULL;
  kg_pp_state_init(&b->pool[0].st, n);
  if (js && !fw) own_tokens(b, 0);
  b->cur[0] = (item){ 0, -1, 0.0, 1 };
  for (;;) {
    int nc = 0, live = 0;
    if (fw) {
      /* the scores of all live items at once (their rows' loads overlap) */
      const kg_pp_state *sts[KG_PP_MAXBEAM];
      int m = 0;
      for (int i = 0; i < ncur; i++) {
        const kg_pp_state *st = &b->pool[b->cur[i].slot].st;
        if (st->b <= st->n) sts[m++] = st;
      }
      if (js) kg_pp_fastj_act_many(fw, sts, m, b->scs);
      else kg_pp_fast_act_many(fw, sts, m, b->scs);
    }
    for (int i = 0, m = 0; i < ncur; i++) {
      item *it = &b->cur[i];
      kg_pp_state *st = &b->pool[it->slot].st;
      int gact = -1;
      if (gc && it->gold && step < gc->len) gact = gc->acts[step];
      if (st->b > st->n) {
        CAND_PUSH(b->cands, &nc, k, (cand){ i, -1, -1, it->score, it->gold && gc && step >= gc->len, -1 });
        continue;
      }
      live = 1;
      if (fw) memcpy(sc, b->scs[m++], sizeof sc);
      else kg_pp_score_act(p, f, kg_pp_feats(st, f), sc);
      if (js && st->rmask) kg_pp_fastj_legal(fw, st, ok);   /* joint readings with fw */
      else kg_pp_legal(st, ok);
      /* joint tag choice: b0 undecided with two readings, each a candidate */
      float sc1[KG_PP_NACT];
      uint8_t ok1[KG_PP_NACT];
      double ts[2] = { 0, 0 };
      int nr = 1, gtag = gact >= 0 && gc->tags ? gc->tags[step] : -1;
      if (kg_pp_joint_open(js, st)) {
        nr = 2;
        if (fw) kg_pp_fastj_alt_scores(fw, st, sc1, ok1);
        else kg_pp_joint_alt_scores(p, js, st, sc1, ok1);
        ts[0] = kg_pp_joint_score(p, js, st->tok, st->b, 0);
        ts[1] = kg_pp_joint_score(p, js, st->tok, st->b, 1);
      }
      for (int r = 0; r < nr; r++)
      for (int a = 0; a < KG_PP_NACT; a++) {
        int tag = nr > 1 ? r : -1;
        if (!(r ? ok1 : ok)[a]) continue;
        double base = it->score + ts[r] + (r ? sc1 : sc)[a];
        int g = it->gold && a == gact && tag == gtag;
        if (p->jlab && (a == KG_PP_LA || a == KG_PP_RA)) {
          int h, d, labs[KG_PP_MAXJLAB];
          float lsc[KG_PP_MAXJLAB];
          kg_pp_arc_of(st, a, &h, &d);
          if (h > 0) {
            int nb = best_labels(p, b, fw, st, h, d, labs, lsc);
            int glab = g ? gc->labs[step] : -1;
            for (int j = 0; j < nb; j++)
              CAND_PUSH(b->cands, &nc, k, (cand){ i, a, labs[j], base + lr * lsc[j],
                                                  g && labs[j] == glab, tag });
            continue;
          }
        }
        CAND_PUSH(b->cands, &nc, k, (cand){ i, a, -1, base, g, tag });
      }
    }
    if (!live) break;
    step++;
    int nn = nc;   /* the k best, sorted */
    if (mg > 0)    /* those within the margin of the best */
      while (nn > 1 && b->cands[nn - 1].score < b->cands[0].score - mg) nn--;
    /* slots: a parent used once is advanced in place, others copied */
    memset(b->use, 0, (size_t)b->npool * sizeof *b->use);
    for (int j = 0; j < nn; j++) b->use[b->cur[b->cands[j].from].slot]++;
    int freeslot = 0;
    for (int j = 0; j < nn; j++) {
      const cand *c = &b->cands[j];
      const item *par = &b->cur[c->from];
      int slot = par->slot;
      if (b->use[slot] > 1) {
        while (freeslot < 2 * k && b->use[freeslot] != 0) freeslot++;
        b->use[slot]--;
        b->use[freeslot] = 1;
        pool_copy(&b->pool[freeslot].st, &b->pool[slot].st);
        if (js && !fw) {   /* the state's own tokens, with its readings */
          memcpy(b->pool[freeslot].tok, b->pool[slot].tok, ((size_t)n + 2) * sizeof *b->pool[slot].tok);
          b->pool[freeslot].st.tok = b->pool[freeslot].tok;
        }
        slot = freeslot;
      } else if (b->use[slot] == 1) {
        b->use[slot] = -1;      /* taken; no further copies from it */
      }
      b->nxt[j] = (item){ slot, par->node, c->score, c->gold };
    }
    /* the labels of the new arcs (with fw, all at once: their rows' loads
     * overlap), then the transitions (after all copies were made) */
    int labs[KG_PP_MAXBEAM], lh[KG_PP_MAXBEAM], ld[KG_PP_MAXBEAM], lj[KG_PP_MAXBEAM], nl = 0;
    const kg_pp_state *lst[KG_PP_MAXBEAM];
    for (int j = 0; j < nn; j++) {
      const cand *c = &b->cands[j];
      kg_pp_state *st = &b->pool[b->nxt[j].slot].st;
      int h, d, lab = -1;
      labs[j] = -1;
      if (c->tag >= 0 && fw) kg_pp_fastj_choose(fw, st, c->tag);   /* before its label */
      else if (c->tag >= 0) kg_pp_joint_choose(js, st, c->tag);
      if (c->act != KG_PP_LA && c->act != KG_PP_RA) continue;
      kg_pp_arc_of(st, c->act, &h, &d);
      if (c->lab >= 0) lab = c->lab;             /* chosen in the beam (labels in the beam) */
      else if (h == 0) lab = p->root_lab;
      else if (c->gold && gc->labs[step - 1] >= 0) lab = gc->labs[step - 1];
      else if (fw) { lst[nl] = st; lh[nl] = h; ld[nl] = d; lj[nl++] = j; continue; }
      else lab = pick_label(p, b, st, h, d);
      labs[j] = lab;
    }
    if (nl) {
      int got[KG_PP_MAXBEAM];
      if (js) kg_pp_fastj_label_many(fw, lst, lh, ld, nl, got);
      else kg_pp_fast_label_many(fw, lst, lh, ld, nl, got);
      for (int i = 0; i < nl; i++) labs[lj[i]] = got[i];
    }
    for (int j = 0; j < nn; j++) {
      const cand *c = &b->cands[j];
      item *it = &b->nxt[j];
      if (c->act < 0) continue;
      kg_pp_state *st = &b->pool[it->slot].st;
      int lab = labs[j];
      kg_pp_apply(st, c->act, lab);
      it->node = push_node(b, it->node, c->act, lab, c->tag);
      if (it->node == -2) return -1;
    }
    item *t = b->cur; b->cur = b->nxt; b->nxt = t;
    ncur = nn;
    if (gc) {
      best_node[step] = b->cur[0].node;
      best_score[step] = b->cur[0].score;
      in_beam[step] = (uint8_t)b->cur[0].gold;   /* the best item is the gold prefix */
    }
  }
  *final_slot = b->cur[0].slot;
  b->final_node = b->cur[0].node;
  b->nfinal = ncur;
  return step;
#undef CAND_PUSH
}

/* Training decodes (gc: the gold path) and run-time ones (no gold path:
 * the body compiled without the gold bookkeeping; same results). */
static int decode(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw, int n, const goldctx *gc,
                  int *best_node, double *best_score, uint8_t *in_beam, int *final_slot)
{
  return decode_body(p, b, fw, n, gc, best_node, best_score, in_beam, final_slot, 0);
}

static int decode_run(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw, int n, int *final_slot)
{
  /* without labels in the beam the candidates come in increasing order (with
   * joint readings too: an item's candidates of reading 0, then of reading 1;
   * the body compiled apart for each, the first without the joint code) */
  if (!p->jlab && !b->js.on) return decode_body(p, b, fw, n, NULL, NULL, NULL, NULL, final_slot, 1);
  if (!p->jlab) return decode_body(p, b, fw, n, NULL, NULL, NULL, NULL, final_slot, 1);
  return decode_body(p, b, fw, n, NULL, NULL, NULL, NULL, final_slot, 0);
}

/* Models with final labels (p->pf): replays the best item's transitions
 * on st from the start, labelling each arc greedily with the final label
 * table (as --relabel trained it: along a transition sequence, seeing the
 * labels it gave before), then repairs the tree with it. */
static kg_status final_labels(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw, kg_pp_state *st)
{
  size_t len = 0;
  for (int x = b->final_node; x >= 0; x = b->nodes[x].parent) len++;
  if (len > b->seqcap) {
    int *s = realloc(b->seq, len * sizeof *s);
    if (!s) return KG_ERR_NOMEM;
    b->seq = s;
    b->seqcap = len;
  }
  size_t i = len;
  for (int x = b->final_node; x >= 0; x = b->nodes[x].parent) b->seq[--i] = b->nodes[x].act;
  kg_parser q = *p;   /* p with the final labels as its label table */
  q.pl = p->pf;
  q.pl_scale = p->pf_scale;
  q.pl_mask = p->pf_mask;
  q.jlab = 0;
  kg_pp_state_init(st, st->n);
  for (i = 0; i < len; i++) {
    int a = b->seq[i], h, d, lab = -1;
    kg_pp_arc_of(st, a, &h, &d);
    if ((a == KG_PP_LA || a == KG_PP_RA) && h == 0) lab = p->root_lab;
    else if (a == KG_PP_LA || a == KG_PP_RA) {
      /* as kg_pp_pick_label(&q, ...): the first best label but root */
      uint64_t f[KG_PP_MAXFEAT];
      float sc[KG_PP_MAXLAB];
      size_t nf = fw ? kg_pp_fast_lab_feats(fw, st, h, d, f) : kg_pp_lab_feats(st, h, d, f);
      kg_pp_fast_label_scores(&q, f, nf, sc);
      for (uint32_t c = 0; c < q.nlab; c++)
        if ((int)c != q.root_lab && (lab < 0 || sc[c] > sc[lab])) lab = (int)c;
      if (lab < 0) lab = 0;
    }
    kg_pp_apply(st, a, lab);
  }
  kg_pp_finish(&q, st);
  return KG_OK;
}

int kg_pp_beam_nitems(const kg_pp_beam *b)
{
  return b ? b->nfinal : 0;
}

const kg_pp_state *kg_pp_beam_item(const kg_pp_beam *b, int i, double *score)
{
  if (!b || i < 0 || i >= b->nfinal) return NULL;
  if (score) *score = b->cur[i].score;
  return &b->pool[b->cur[i].slot].st;
}

kg_status kg_pp_beam_parse(const kg_parser *p, kg_pp_beam *b, kg_pp_state *st)
{
  return kg_pp_beam_parse_fast(p, b, NULL, st);
}

kg_status kg_pp_beam_parse_fast(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw,
                                kg_pp_state *st)
{
  if (b->js.on && b->js.n != st->n) b->js.on = 0;   /* not set for this sentence */
  if (fw && !kg_pp_fast_begin(fw, st->tok, st->n)) fw = NULL;
  /* joint readings: the caches see them (parser_fastj.c), else the plain scorer
   * (models with labels in the beam, whose label scores read the tokens outside
   * the views parser_fastj.c sets) */
  if (fw && b->js.on && st->n <= KG_PP_BEAM_MAXN && (p->jlab || p->pf || !kg_pp_fastj_begin(fw, &b->js)))
    fw = NULL;
  b->nfinal = 0;
  /* each step may copy a state of O(n): very long "sentences" (tables,
   * lists without punctuation) are parsed greedily, in linear time */
  if (st->n > KG_PP_BEAM_MAXN) {
    if (fw) kg_pp_fast_parse(fw, st);
    else kg_pp_parse(p, st);
    return KG_OK;
  }
  if (beam_reset(p, b, st->tok, st->n, fw == NULL) != KG_OK) return KG_ERR_NOMEM;
  int slot = 0;
  if (decode_run(p, b, fw, st->n, &slot) < 0) return KG_ERR_NOMEM;
  if (p->pf) return final_labels(p, b, fw, st);
  const kg_pp_tok *own = st->tok;
  st_copy(st, &b->pool[slot].st);
  if (b->js.on && fw) kg_pp_fastj_view(fw, st->rmask);   /* st's readings in its tokens */
  else if (b->js.on) {   /* the readings taken go to st's tokens (kg_pp_joint_chosen) */
    memcpy((kg_pp_tok *)(uintptr_t)own, st->tok, ((size_t)st->n + 2) * sizeof *own);
    st->tok = own;
  }
  kg_pp_finish(p, st);
  return KG_OK;
}

/* Replays acts[0..len) from the initial state in the replay slot r;
 * from step `from` on adds delta to each transition's features. */
static void replay(kg_parser *p, kg_pp_beam *b, int r, int n, const int *acts,
                   const int *labs, const int *tags, int len, int from, float delta)
{
  uint64_t f[KG_PP_MAXFEAT];
  kg_pp_state *st = &b->pool[r].st;
  const kg_pp_jsent *js = b->js.on ? &b->js : NULL;
  kg_pp_state_init(st, n);
  if (js) own_tokens(b, r);
  for (int t = 0; t < len; t++) {
    if (js && tags[t] >= 0) {   /* the reading taken at this step, and its features */
      if (t >= from) kg_ap_update1(p->act, f, kg_pp_joint_feats(js, st->tok, st->b, tags[t], f), 0, delta);
      kg_pp_joint_choose(js, st, tags[t]);
    }
    if (t >= from) {
      size_t nf = kg_pp_feats(st, f);
      kg_ap_update1(p->act, f, nf, (uint32_t)acts[t], delta);
      int h, d;
      kg_pp_arc_of(st, acts[t], &h, &d);
      if (p->jlab && (acts[t] == KG_PP_LA || acts[t] == KG_PP_RA) && h > 0 && labs[t] >= 0) {
        nf = kg_pp_lab_feats(st, h, d, f);
        kg_ap_update1(p->lab, f, nf, (uint32_t)labs[t], delta);
      }
    }
    kg_pp_apply(st, acts[t], labs[t]);
  }
}

int kg_pp_beam_train(kg_parser *p, kg_pp_beam *b, const kg_pp_tok *tok, int n,
                     const int *gacts, const int *glabs, int glen, int *err)
{
  *err = 0;
  if (beam_reset(p, b, tok, n, 1) != KG_OK) { *err = 1; return 0; }
  int maxs = 4 * (n + 2);
  int *best_node = malloc((size_t)(maxs + 1) * sizeof *best_node);
  int *pacts = malloc((size_t)(maxs + 1) * 3 * sizeof *pacts);   /* acts, labels, readings */
  int *gtags = malloc((size_t)(glen + 1) * sizeof *gtags);
  const kg_pp_jsent *js = b->js.on ? &b->js : NULL;
  double *best_score = malloc((size_t)(maxs + 1) * sizeof *best_score);
  double *prefix = malloc((size_t)(glen + 1) * sizeof *prefix);
  uint8_t *in_beam = malloc((size_t)(maxs + 1));
  int updated = 0;
  if (!best_node || !pacts || !gtags || !best_score || !prefix || !in_beam) { *err = 1; goto out; }
  /* scores of the gold prefixes */
  {
    uint64_t f[KG_PP_MAXFEAT];
    float sc[KG_PP_NACT];
    kg_pp_state *st = &b->pool[b->npool - 1].st;
    kg_pp_state_init(st, n);
    if (js) own_tokens(b, b->npool - 1);
    prefix[0] = 0;
    float lsc[KG_PP_MAXLAB];
    double lr = p->pk && p->pl ? (double)p->pl_scale / (double)p->pk_scale : 1.0;
    for (int t = 0; t < glen; t++) {
      double jt = 0;
      gtags[t] = -1;
      if (kg_pp_joint_open(js, st)) {   /* the gold reading (the tagger's best unless only the other is right) */
        gtags[t] = js->gch[st->b];
        jt = kg_pp_joint_score(p, js, st->tok, st->b, gtags[t]);
        kg_pp_joint_choose(js, st, gtags[t]);
      }
      size_t nf = kg_pp_feats(st, f);
      kg_pp_score_act(p, f, nf, sc);
      prefix[t + 1] = prefix[t] + sc[gacts[t]] + jt;
      int h, d;
      kg_pp_arc_of(st, gacts[t], &h, &d);
      if (p->jlab && (gacts[t] == KG_PP_LA || gacts[t] == KG_PP_RA) && h > 0 && glabs[t] >= 0) {
        kg_pp_score_lab(p, f, kg_pp_lab_feats(st, h, d, f), lsc);
        prefix[t + 1] += lr * lsc[glabs[t]];
      }
      kg_pp_apply(st, gacts[t], glabs[t]);
    }
  }
  goldctx gc = { gacts, glabs, gtags, glen, prefix };
  int slot = 0;
  int steps = decode(p, b, NULL, n, &gc, best_node, best_score, in_beam, &slot);
  if (steps < 0) { *err = 1; goto out; }
  if (steps > maxs) steps = maxs;
  /* the step of maximal violation among those where the best item is not gold */
  int tv = -1;
  double vmax = 0;
  for (int t = 1; t <= steps; t++) {
    double g = prefix[t < glen ? t : glen];
    double v = best_score[t] - g;
    if (in_beam[t]) continue;
    if (tv < 0 || v > vmax) { tv = t; vmax = v; }
  }
  if (tv < 0 || vmax < 0) goto out;
  {
    /* predicted sequence up to tv */
    int len = 0;
    for (int x = best_node[tv]; x >= 0; x = b->nodes[x].parent) len++;
    int *pl = pacts + (maxs + 1), *ptag = pl + (maxs + 1);
    int i = len;
    for (int x = best_node[tv]; x >= 0; x = b->nodes[x].parent) {
      i--;
      pacts[i] = b->nodes[x].act;
      pl[i] = b->nodes[x].lab;
      ptag[i] = b->nodes[x].tag;
    }
    int gl = tv < glen ? tv : glen;
    int c = 0;
    while (c < len && c < gl && pacts[c] == gacts[c] && pl[c] == glabs[c] && ptag[c] == gtags[c]) c++;
    if (c == len && c == gl) goto out;  /* same sequence: no violation */
    replay(p, b, b->npool - 1, n, gacts, glabs, gtags, gl, c, 1.0f);
    replay(p, b, b->npool - 2, n, pacts, pl, ptag, len, c, -1.0f);
    updated = 1;
  }
out:
  free(best_node);
  free(pacts);
  free(gtags);
  free(best_score);
  free(prefix);
  free(in_beam);
  return updated;
}
