/* parser_combine.c — parsing right to left, and combining two parsers that
 * read the sentence in opposite directions.
 *
 * Owns: decoding with a model trained on reversed sentences (kg_parser.reverse:
 * the tokens are fed last to first and the heads mapped back), the
 * combination of a left-to-right and a right-to-left model by reparsing
 * (Sagae & Lavie 2006), and the maximum spanning projective tree it uses
 * (Eisner 1996).  Does not own: the transition system, beam and features
 * (parser.c, parser_beam.c, parser_fast.c), the model file (parser_model.c).
 *
 * Reparsing: each parser decodes the sentence with its beam; every final
 * item of a beam votes for its arcs with the weight exp((s - s_best) / T)
 * (s its score), the votes of one parser normalised to sum to 1, the
 * right-to-left parser's scaled by w_r2l; the left-to-right parser's best
 * tree gets a small bonus that breaks ties in its favour.  The output is the
 * projective tree of highest total vote with one token attached to the root
 * (arcs nobody voted for are allowed at a small cost, so a tree always
 * exists; arcs from punctuation cost more, as neither parser makes them).
 * Each arc keeps the label that the parser proposing it chose: the
 * left-to-right best tree's first, then the right-to-left one's, then the
 * beam items' in order of weight.
 */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "parser_combine.h"

#define UNVOTED (-1e-3f)   /* an arc no parser proposed */
#define PUNCT_HEAD (-1.0f) /* ... from a token tagged PUNCT */
#define TIE_BONUS 1e-2f    /* the left-to-right best tree's arcs */
#define MAX_COMB_N KG_PP_BEAM_MAXN  /* longer sentences: the first parser alone */

struct kg_pp_comb {
  const kg_parser *p[2];     /* [0] left to right (or the only model), [1] right to left */
  int np;
  kg_pp_work w[2];
  kg_pp_beam *bm[2];
  kg_pp_fast *fw[2];
  int labmap[KG_PP_MAXLAB];  /* p[1]'s label index -> p[0]'s (-1: none) */
  kg_pp_comb_opts o;
  float *sc;                 /* (n+1)^2 arc scores */
  void *ws;                  /* Eisner workspace */
  int *tree;                 /* n+1 combined heads */
  size_t cap;                /* sentences up to cap tokens fit sc, ws, tree */
};

kg_pp_comb_opts kg_pp_comb_defaults(void)
{
  kg_pp_comb_opts o = { 0.8, 10000.0 };
  return o;
}

void kg_pp_comb_free(kg_pp_comb *c)
{
  if (!c) return;
  for (int k = 0; k < 2; k++) {
    kg_pp_work_free(&c->w[k]);
    kg_pp_beam_free(c->bm[k]);
    kg_pp_fast_free(c->fw[k]);
  }
  free(c->sc);
  free(c->ws);
  free(c->tree);
  free(c);
}

kg_pp_comb *kg_pp_comb_new(const kg_parser *l2r, const kg_parser *r2l)
{
  if (!l2r && !r2l) return NULL;
  kg_pp_comb *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->o = kg_pp_comb_defaults();
  if (l2r) c->p[c->np++] = l2r;
  if (r2l) c->p[c->np++] = r2l;
  for (int k = 0; k < c->np; k++) {
    if (c->p[k]->beam > 1 && !(c->bm[k] = kg_pp_beam_new(c->p[k]->beam))) {
      kg_pp_comb_free(c);
      return NULL;
    }
    c->fw[k] = kg_pp_fast_new(c->p[k]);   /* NULL: the plain path, same results */
  }
  for (int i = 0; i < KG_PP_MAXLAB; i++) c->labmap[i] = -1;
  if (c->np == 2)
    for (uint32_t i = 0; i < c->p[1]->nlab; i++)
      for (uint32_t j = 0; j < c->p[0]->nlab; j++)
        if (strcmp(c->p[1]->labels[i], c->p[0]->labels[j]) == 0) { c->labmap[i] = (int)j; break; }
  return c;
}

void kg_pp_comb_set(kg_pp_comb *c, const kg_pp_comb_opts *o)
{
  if (c && o) c->o = *o;
}

/* ------------------------------------------------------------ Eisner */

/* Four score tables and four back-pointer tables of (n+1)^2 cells. */
size_t kg_pp_eisner_ws(int n)
{
  size_t m = (size_t)(n + 1) * (size_t)(n + 1);
  return m * 4 * (sizeof(float) + sizeof(int));
}

typedef struct eis {
  int n1;                       /* n + 1: the row length */
  float *cl, *cr, *il, *ir;     /* complete / incomplete spans headed left or right end */
  int *bcl, *bcr, *bil, *bir;   /* their split points */
  int *head;
} eis;

/* cl[s,t]: complete span s..t headed by t; cr: headed by s; il[s,t]: arc
 * t -> s plus the two halves; ir: arc s -> t. */
#define AT(a, s, t) ((a)[(size_t)(s) * (size_t)e->n1 + (size_t)(t)])

static void back_inc(const eis *e, int s, int t, int right);

static void back_comp(const eis *e, int s, int t, int right)
{
  if (s == t) return;
  if (!right) {
    int r = AT(e->bcl, s, t);
    back_comp(e, s, r, 0);
    back_inc(e, r, t, 0);
  } else {
    int r = AT(e->bcr, s, t);
    back_inc(e, s, r, 1);
    back_comp(e, r, t, 1);
  }
}

static void back_inc(const eis *e, int s, int t, int right)
{
  if (right) e->head[t] = s;
  else e->head[s] = t;
  int r = AT(right ? e->bir : e->bil, s, t);
  back_comp(e, s, r, 1);
  back_comp(e, r + 1, t, 0);
}

void kg_pp_eisner(int n, const float *sc, int *head, void *ws)
{
  head[0] = -1;
  if (n <= 0) return;
  size_t m = (size_t)(n + 1) * (size_t)(n + 1);
  eis E, *e = &E;
  e->n1 = n + 1;
  float *fl = ws;
  e->cl = fl; e->cr = fl + m; e->il = fl + 2 * m; e->ir = fl + 3 * m;
  int *bp = (int *)(fl + 4 * m);
  e->bcl = bp; e->bcr = bp + m; e->bil = bp + 2 * m; e->bir = bp + 3 * m;
  e->head = head;
  for (int s = 1; s <= n; s++) { AT(e->cl, s, s) = 0; AT(e->cr, s, s) = 0; }
  for (int len = 1; len < n; len++)
    for (int s = 1; s + len <= n; s++) {
      int t = s + len, br = s;
      float best = -INFINITY;
      for (int r = s; r < t; r++) {
        float v = AT(e->cr, s, r) + AT(e->cl, r + 1, t);
        if (v > best) { best = v; br = r; }
      }
      AT(e->il, s, t) = best + sc[(size_t)t * (size_t)e->n1 + (size_t)s];
      AT(e->ir, s, t) = best + sc[(size_t)s * (size_t)e->n1 + (size_t)t];
      AT(e->bil, s, t) = br;
      AT(e->bir, s, t) = br;
      best = -INFINITY;
      for (int r = s; r < t; r++) {
        float v = AT(e->cl, s, r) + AT(e->il, r, t);
        if (v > best) { best = v; br = r; }
      }
      AT(e->cl, s, t) = best;
      AT(e->bcl, s, t) = br;
      best = -INFINITY;
      for (int r = s + 1; r <= t; r++) {
        float v = AT(e->ir, s, r) + AT(e->cr, r, t);
        if (v > best) { best = v; br = r; }
      }
      AT(e->cr, s, t) = best;
      AT(e->bcr, s, t) = br;
    }
  /* the root's one child r: the span 1..r headed by r, then r..n */
  int root = 1;
  float best = -INFINITY;
  for (int r = 1; r <= n; r++) {
    float v = sc[r] + AT(e->cl, 1, r) + AT(e->cr, r, n);
    if (v > best) { best = v; root = r; }
  }
  head[root] = 0;
  back_comp(e, 1, root, 0);
  back_comp(e, root, n, 1);
}
#undef AT

/* ------------------------------------------------------------ decoding */

static kg_status reserve(kg_pp_comb *c, int n)
{
  if ((size_t)n <= c->cap) return KG_OK;
  size_t cap = (size_t)n < 64 ? 64 : (size_t)n;
  size_t m = (cap + 1) * (cap + 1);
  float *sc = malloc(m * sizeof *sc);
  void *ws = malloc(kg_pp_eisner_ws((int)cap));
  int *tree = malloc((cap + 1) * sizeof *tree);
  if (!sc || !ws || !tree) { free(sc); free(ws); free(tree); return KG_ERR_NOMEM; }
  free(c->sc); free(c->ws); free(c->tree);
  c->sc = sc; c->ws = ws; c->tree = tree;
  c->cap = cap;
  return KG_OK;
}

/* Parses tk[0..n) with model k in its direction (w[k].st holds the result,
 * in the model's order: token i of the state is token n + 1 - i of the
 * sentence when the model reads right to left). */
static kg_status parse_one(kg_pp_comb *c, int k, const kg_token *tk, int n)
{
  const kg_parser *p = c->p[k];
  kg_pp_work *w = &c->w[k];
  if (kg_pp_work_reserve(w, (size_t)n) != KG_OK) return KG_ERR_NOMEM;
  kg_pp_sent_setup(p, w, tk, n);
  if (p->reverse)   /* the attributes of a token don't depend on its position */
    for (int i = 1, j = n; i < j; i++, j--) {
      kg_pp_tok t = w->tok[i];
      w->tok[i] = w->tok[j];
      w->tok[j] = t;
    }
  if (!c->bm[k]) {
    if (c->fw[k] && kg_pp_fast_begin(c->fw[k], w->tok, n)) kg_pp_fast_parse(c->fw[k], &w->st);
    else kg_pp_parse(p, &w->st);
    return KG_OK;
  }
  return kg_pp_beam_parse_fast(p, c->bm[k], c->fw[k], &w->st);
}

/* Token i (0..n+1) of model k's order in the sentence's order. */
static inline int pos(const kg_pp_comb *c, int k, int n, int i)
{
  return c->p[k]->reverse && i > 0 ? n + 1 - i : i;
}

/* A label of model k in model 0's label set. */
static inline int lab0(const kg_pp_comb *c, int k, int l)
{
  if (l < 0) return -1;
  return k == 0 ? l : c->labmap[l];
}

/* Adds model k's votes (weight lam in all) to c->sc. */
static void votes(kg_pp_comb *c, int k, int n, double lam)
{
  float *sc = c->sc;
  int n1 = n + 1;
  int nit = c->bm[k] ? kg_pp_beam_nitems(c->bm[k]) : 0;
  if (nit <= 0 || c->o.temp <= 0) {
    const kg_pp_state *st = &c->w[k].st;
    for (int i = 1; i <= n; i++)
      if (st->head[i] >= 0)
        sc[(size_t)pos(c, k, n, st->head[i]) * (size_t)n1 + (size_t)pos(c, k, n, i)] += (float)lam;
    return;
  }
  double wt[KG_PP_MAXBEAM], s0 = 0, sum = 0;
  for (int j = 0; j < nit && j < KG_PP_MAXBEAM; j++) {
    double s;
    kg_pp_beam_item(c->bm[k], j, &s);
    if (j == 0) s0 = s;
    wt[j] = exp((s - s0) / c->o.temp);
    sum += wt[j];
  }
  for (int j = 0; j < nit && j < KG_PP_MAXBEAM; j++) {
    const kg_pp_state *st = kg_pp_beam_item(c->bm[k], j, NULL);
    float v = (float)(lam * wt[j] / sum);
    for (int i = 1; i <= n; i++)
      if (st->head[i] >= 0)
        sc[(size_t)pos(c, k, n, st->head[i]) * (size_t)n1 + (size_t)pos(c, k, n, i)] += v;
  }
}

/* The label of arc h -> d (sentence order) in the combined tree. */
static int arc_label(const kg_pp_comb *c, int n, int h, int d)
{
  const kg_parser *p0 = c->p[0];
  if (h == 0) return p0->root_lab;
  for (int k = 0; k < c->np; k++) {   /* the best trees */
    const kg_pp_state *st = &c->w[k].st;
    int dk = pos(c, k, n, d);
    if (pos(c, k, n, st->head[dk]) == h) {
      int l = lab0(c, k, st->lab[dk]);
      if (l >= 0 && l != p0->root_lab) return l;
    }
  }
  for (int k = 0; k < c->np; k++) {   /* the beam items, best first */
    int nit = c->bm[k] ? kg_pp_beam_nitems(c->bm[k]) : 0;
    int dk = pos(c, k, n, d);
    for (int j = 1; j < nit; j++) {
      const kg_pp_state *st = kg_pp_beam_item(c->bm[k], j, NULL);
      if (st->head[dk] >= 0 && pos(c, k, n, st->head[dk]) == h) {
        int l = lab0(c, k, st->lab[dk]);
        if (l >= 0 && l != p0->root_lab) return l;
      }
    }
  }
  /* nobody made this arc: the first parser's label of d, else "dep" */
  int l = c->w[0].st.lab[pos(c, 0, n, d)];
  if (l >= 0 && l != p0->root_lab) return l;
  return p0->dep_lab;
}

kg_status kg_pp_comb_sentence(kg_pp_comb *c, const kg_token *tk, int n, int *head, int *lab)
{
  if (n <= 0) return KG_OK;
  kg_status st = parse_one(c, 0, tk, n);
  if (st != KG_OK) return st;
  if (c->np == 1 || n > MAX_COMB_N) {
    const kg_pp_state *s0 = &c->w[0].st;
    for (int i = 1; i <= n; i++) {
      int j = pos(c, 0, n, i);
      head[i - 1] = pos(c, 0, n, s0->head[j]);
      lab[i - 1] = s0->lab[j];
    }
    return KG_OK;
  }
  if ((st = parse_one(c, 1, tk, n)) != KG_OK) return st;
  if ((st = reserve(c, n)) != KG_OK) return st;
  int n1 = n + 1;
  const kg_pp_tok *t0 = c->w[0].tok;   /* sentence order: model 0 reads left to right */
  for (int h = 0; h <= n; h++) {
    float base = h > 0 && t0[pos(c, 0, n, h)].punct ? PUNCT_HEAD : UNVOTED;
    for (int d = 0; d <= n; d++) c->sc[(size_t)h * (size_t)n1 + (size_t)d] = base;
  }
  votes(c, 0, n, 1.0);
  votes(c, 1, n, c->o.w_r2l);
  const kg_pp_state *b0 = &c->w[0].st;
  for (int i = 1; i <= n; i++)
    c->sc[(size_t)pos(c, 0, n, b0->head[i]) * (size_t)n1 + (size_t)pos(c, 0, n, i)] += TIE_BONUS;
  kg_pp_eisner(n, c->sc, c->tree, c->ws);
  for (int d = 1; d <= n; d++) {
    head[d - 1] = c->tree[d];
    lab[d - 1] = arc_label(c, n, c->tree[d], d);
  }
  return KG_OK;
}

kg_status kg_pp_comb_run(const kg_parser *p, kg_doc *doc)
{
  if (!p || !doc) return KG_ERR_USAGE;
  kg_pp_comb *c = p->reverse ? kg_pp_comb_new(NULL, p) : kg_pp_comb_new(p, p->r2l);
  if (!c) return KG_ERR_NOMEM;
  size_t maxn = 0;
  for (size_t s = 0; s < doc->nsents; s++)
    if (doc->sents[s].ntok > maxn) maxn = doc->sents[s].ntok;
  int *hl = malloc((2 * maxn + 2) * sizeof *hl);
  if (!hl) { kg_pp_comb_free(c); return KG_ERR_NOMEM; }
  kg_status st = KG_OK;
  for (size_t s = 0; s < doc->nsents && st == KG_OK; s++) {
    const kg_sentence *se = &doc->sents[s];
    int n = (int)se->ntok;
    if (n == 0) continue;
    kg_token *tk = doc->tokens + se->tok;
    if ((st = kg_pp_comb_sentence(c, tk, n, hl, hl + n)) != KG_OK) break;
    for (int i = 0; i < n; i++) {
      tk[i].head = hl[i];
      int l = hl[n + i];
      tk[i].deprel = (l >= 0 && (uint32_t)l < p->nlab) ? p->labels[l] : "dep";
    }
  }
  free(hl);
  kg_pp_comb_free(c);
  return st;
}
