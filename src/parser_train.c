/* parser_train.c — training and evaluation of the dependency parser
 * (`kgbuild train parser ...`).
 *
 * Owns: reading CoNLL-U treebanks for training, projectivisation, the
 * dynamic oracle of the arc-eager system (Goldberg & Nivre 2012, 2013) with
 * error exploration, the training loop (best epoch on dev kept; with
 * --models K, K runs with different seeds whose best weights are summed),
 * the ambiguity classes, and dev/test scoring of a model (--eval).  Does not own: the transition system, features and
 * model file (parser.c), the perceptron (perceptron.c).
 *
 * Non-projective gold trees: before training each tree is projectivised by
 * lifting (the shortest non-projective arc is re-attached to the head of its
 * head until none is left; labels are kept unchanged, no pseudo-projective
 * label encoding), so the oracle, which is exact for projective trees, is
 * always defined.  Evaluation always compares with the original trees.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>
#include "parser_joint.h"
#include "parser_combine.h"
#include "tagger.h"

/* ------------------------------------------------------------ treebank */

typedef struct tb_tok {
  char *form, *lemma, *upos_s, *xpos;
  int upos, head, lab;     /* lab: index into the label table, -1 unknown */
  unsigned alt;            /* kg_token.upos2, from MISC Alt=UPOS:GAP (0: none) */
  kg_pp_jalt ja;           /* the runner-up reading (MISC Alt, AltX, GoldU; --tag-beam) */
  const char *deprel;
} tb_tok;

typedef struct tb {
  char *buf;
  tb_tok *tok;
  size_t ntok, tok_cap;
  size_t *sent;            /* first token of each sentence; sent[nsent] = ntok */
  size_t nsent, sent_cap;
} tb;

typedef struct labtab {
  char *name[KG_PP_MAXLAB];
  uint32_t n;
} labtab;

static int lab_find(const labtab *lt, const char *s)
{
  for (uint32_t i = 0; i < lt->n; i++)
    if (strcmp(lt->name[i], s) == 0) return (int)i;
  return -1;
}

static int lab_add(labtab *lt, const char *s)
{
  int i = lab_find(lt, s);
  if (i >= 0) return i;
  if (lt->n >= KG_PP_MAXLAB) return -1;
  lt->name[lt->n] = strdup(s);
  return lt->name[lt->n] ? (int)lt->n++ : -1;
}

static void tb_free(tb *t)
{
  free(t->buf);
  free(t->tok);
  free(t->sent);
  memset(t, 0, sizeof *t);
}

static int tb_push_sent(tb *t)
{
  if (t->nsent + 2 > t->sent_cap) {
    size_t c = t->sent_cap ? t->sent_cap * 2 : 1024;
    size_t *s = realloc(t->sent, c * sizeof *s);
    if (!s) return 0;
    t->sent = s;
    t->sent_cap = c;
  }
  t->sent[++t->nsent] = t->ntok;
  return 1;
}

/* Reads a CoNLL-U file; add_labels: grow lt with unseen labels. */
static int tb_read(const char *path, tb *t, labtab *lt, int add_labels)
{
  memset(t, 0, sizeof *t);
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "kgbuild: %s: cannot open\n", path); return 0; }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  t->buf = malloc((size_t)len + 1);
  if (!t->buf || fread(t->buf, 1, (size_t)len, f) != (size_t)len) {
    fclose(f);
    fprintf(stderr, "kgbuild: %s: cannot read\n", path);
    return 0;
  }
  fclose(f);
  t->buf[len] = 0;
  t->sent = malloc(1024 * sizeof *t->sent);
  if (!t->sent) return 0;
  t->sent_cap = 1024;
  t->sent[0] = 0;
  char *p = t->buf;
  size_t lineno = 0;
  while (*p) {
    char *line = p;
    char *nl = strchr(p, '\n');
    if (nl) { *nl = 0; p = nl + 1; } else p += strlen(p);
    lineno++;
    size_t ll = strlen(line);
    if (ll && line[ll - 1] == '\r') line[--ll] = 0;
    if (ll == 0) {
      if (t->ntok > t->sent[t->nsent] && !tb_push_sent(t)) return 0;
      continue;
    }
    if (line[0] == '#') continue;
    char *col[10];
    int nc = 0;
    char *q = line;
    while (nc < 10) {
      col[nc++] = q;
      char *tab = strchr(q, '\t');
      if (!tab) break;
      *tab = 0;
      q = tab + 1;
    }
    if (nc < 8) {
      fprintf(stderr, "kgbuild: %s:%zu: not a CoNLL-U word line\n", path, lineno);
      return 0;
    }
    if (strchr(col[0], '-') || strchr(col[0], '.')) continue;
    if (t->ntok == t->tok_cap) {
      size_t c = t->tok_cap ? t->tok_cap * 2 : 4096;
      tb_tok *nt = realloc(t->tok, c * sizeof *nt);
      if (!nt) return 0;
      t->tok = nt;
      t->tok_cap = c;
    }
    tb_tok *tk = &t->tok[t->ntok++];
    tk->form = col[1];
    tk->lemma = col[2];
    tk->upos_s = col[3];
    tk->xpos = col[4];
    tk->upos = kg_upos_from_name(col[3]);
    tk->head = atoi(col[6]);
    tk->deprel = col[7];
    tk->lab = add_labels ? lab_add(lt, col[7]) : lab_find(lt, col[7]);
    /* the tagger's runner-up (tools/parser-jackknife.sh): Alt=UPOS:GAP, AltX=XPOS */
    kg_pp_jalt_parse(nc >= 10 ? col[9] : NULL, tk->upos, &tk->ja);
    tk->alt = tk->ja.upos >= 0 ? kg_tagger_alt_code(tk->ja.upos + 1, tk->ja.gap) : 0;
  }
  if (t->ntok > t->sent[t->nsent] && !tb_push_sent(t)) return 0;
  return 1;
}

/* Reverses every sentence of t (token i of n becomes n + 1 - i, heads
 * follow): the training data of a right-to-left model (--reverse). */
static void tb_reverse(tb *t)
{
  for (size_t s = 0; s < t->nsent; s++) {
    size_t a = t->sent[s];
    int n = (int)(t->sent[s + 1] - a);
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      tb_tok x = t->tok[a + (size_t)i];
      t->tok[a + (size_t)i] = t->tok[a + (size_t)j];
      t->tok[a + (size_t)j] = x;
    }
    for (int i = 0; i < n; i++) {
      tb_tok *tk = &t->tok[a + (size_t)i];
      if (tk->head > 0 && tk->head <= n) tk->head = n + 1 - tk->head;
    }
  }
}

/* ------------------------------------------------------------ projectivising */

static int dominates(const int *g, int h, int k)
{
  while (k > 0 && k != h) k = g[k];
  return k == h;
}

/* g[1..n] gold heads; lifts non-projective arcs; returns the number lifted. */
static int projectivise(int *g, int n)
{
  int lifted = 0;
  for (int guard = 0; guard < 4 * n; guard++) {
    int best = -1, bspan = 0;
    for (int d = 1; d <= n; d++) {
      int h = g[d];
      if (h <= 0) continue;
      int lo = h < d ? h : d, hi = h < d ? d : h;
      if (best >= 0 && hi - lo >= bspan) continue;
      for (int k = lo + 1; k < hi; k++)
        if (!dominates(g, h, k)) { best = d; bspan = hi - lo; break; }
    }
    if (best < 0) break;
    g[best] = g[g[best]];
    lifted++;
  }
  return lifted;
}

/* ------------------------------------------------------------ ambiguity classes */

#define AMB_MINFREQ 3

/* The set of xpos tags each word (count >= AMB_MINFREQ) has in t. */
static kg_status build_amb(kg_parser *p, const tb *t)
{
  labtab xp = {0};
  size_t size = 1024;
  while (size < 2 * t->ntok) size *= 2;
  uint64_t *key = calloc(size, sizeof *key), *mask = calloc(size, sizeof *mask);
  uint32_t *cnt = calloc(size, sizeof *cnt);
  kg_status st = KG_ERR_NOMEM;
  if (!key || !mask || !cnt) goto out;
  for (size_t i = 0; i < t->ntok; i++) {
    kg_pp_tok tk;
    kg_pp_tok_set(&tk, t->tok[i].form, strlen(t->tok[i].form), NULL, 0);
    int x = lab_add(&xp, t->tok[i].xpos);
    size_t h = (size_t)(tk.w >> 32) & (size - 1);
    while (key[h] && key[h] != tk.w) h = (h + 1) & (size - 1);
    key[h] = tk.w;
    cnt[h]++;
    if (x >= 0) mask[h] |= (uint64_t)1 << x;
  }
  uint32_t n = 0;
  for (size_t h = 0; h < size; h++)
    if (key[h] && cnt[h] >= AMB_MINFREQ) { key[n] = key[h]; mask[n] = mask[h]; n++; }
  st = kg_pp_amb_build(p, key, mask, n);
out:
  for (uint32_t i = 0; i < xp.n; i++) free(xp.name[i]);
  free(key);
  free(mask);
  free(cnt);
  return st;
}

/* ------------------------------------------------------------ clusters */

/* Reads "W<TAB>form<TAB>bits" lines (tools/ner-clusters.c output; other
 * lines ignored) into p's cluster table, keyed by the normalised form; the
 * first line of a normalised form wins (the file lists frequent forms
 * first).  Returns 1 on success. */
static int read_clusters(kg_parser *p, const char *path)
{
  FILE *f = fopen(path, "r");
  if (!f) { fprintf(stderr, "kgbuild: %s: cannot open\n", path); return 0; }
  size_t n = 0, cap = 0;
  uint64_t *key = NULL, *val = NULL;
  char line[1024];
  int ok = 1;
  while (ok && fgets(line, sizeof line, f)) {
    if (line[0] != 'W' || line[1] != '\t') continue;
    char *form = line + 2, *tab = strchr(form, '\t');
    if (!tab) continue;
    *tab = 0;
    char *bits = tab + 1;
    size_t bl = strcspn(bits, "\r\n");
    if (bl == 0 || bl > 31) continue;
    uint64_t v = 0;
    for (size_t i = 0; i < bl; i++) v = v << 1 | (uint64_t)(bits[i] == '1');
    if (n == cap) {
      cap = cap ? cap * 2 : 4096;
      uint64_t *k2 = realloc(key, cap * sizeof *k2), *v2 = k2 ? realloc(val, cap * sizeof *v2) : NULL;
      if (k2) key = k2;
      if (!k2 || !v2) { ok = 0; break; }
      val = v2;
    }
    key[n] = kg_pp_form_key(form, strlen(form));
    val[n++] = (uint64_t)bl << 32 | v;
  }
  fclose(f);
  if (ok) ok = kg_pp_cl_build(p, key, val, (uint32_t)n) == KG_OK;
  free(key);
  free(val);
  if (!ok) fprintf(stderr, "kgbuild: %s: cannot read clusters\n", path);
  return ok;
}

/* ------------------------------------------------------------ oracle */

/* Cost (gold arcs made unreachable) of each legal action. */
static void oracle_costs(const kg_pp_state *st, const int *g, const uint8_t *ok, int *cost)
{
  int n = st->n, b = st->b, s0 = st->stack[st->sp - 1];
  int s0_kids_in_b = 0;
  for (int k = b; k <= n; k++)
    if (g[k] == s0) s0_kids_in_b++;
  for (int a = 0; a < KG_PP_NACT; a++) cost[a] = 1 << 20;
  if (ok[KG_PP_RE]) cost[KG_PP_RE] = s0_kids_in_b;
  if (ok[KG_PP_LA]) cost[KG_PP_LA] = s0_kids_in_b + (g[s0] > b ? 1 : 0);
  if (ok[KG_PP_SH] || ok[KG_PP_RA]) {
    int head_in_s = 0, head_in_s_not_s0 = 0, kids_in_s = 0;
    for (int j = 0; j < st->sp; j++) {
      int k = st->stack[j];
      if (g[b] == k) { head_in_s = 1; if (k != s0) head_in_s_not_s0 = 1; }
      if (k > 0 && st->head[k] < 0 && g[k] == b) kids_in_s++;
    }
    if (ok[KG_PP_SH]) cost[KG_PP_SH] = head_in_s + kids_in_s;
    if (ok[KG_PP_RA]) cost[KG_PP_RA] = head_in_s_not_s0 + (g[b] > b ? 1 : 0) + kids_in_s;
  }
}

/* ------------------------------------------------------------ training */

typedef struct trainer {
  kg_parser *p;            /* p->act, p->lab are the models in training */
  uint64_t rng;
  double explore;          /* probability of following a wrong prediction */
} trainer;

static uint64_t rnd(uint64_t *s)
{
  uint64_t x = *s;
  x ^= x << 13; x ^= x >> 7; x ^= x << 17;
  return *s = x;
}

static double rnd01(uint64_t *s) { return (double)(rnd(s) >> 11) / 9007199254740992.0; }

static void set_tokens(const kg_parser *p, kg_pp_work *w, const tb *t, size_t s)
{
  size_t a = t->sent[s];
  int n = (int)(t->sent[s + 1] - a);
  kg_pp_tok_special(&w->tok[0], 1);
  kg_pp_tok_special(&w->tok[n + 1], 0);
  for (int i = 0; i < n; i++) {
    const tb_tok *tk = &t->tok[a + i];
    kg_pp_tok_set(&w->tok[i + 1], tk->form, strlen(tk->form), tk->xpos, tk->upos);
    kg_pp_tok_amb(p, &w->tok[i + 1]);
    if (p->tagalt) kg_pp_tok_alt(&w->tok[i + 1], tk->alt);
  }
  kg_pp_state_init(&w->st, n);
  w->st.clusters = p->cl_mask != 0;
  w->st.labx = p->labx;
  w->st.tagalt = p->tagalt;
}

static void train_sentence(trainer *tr, kg_pp_work *w, const tb *t, size_t s,
                           int epoch, int *g, int *gl)
{
  kg_parser *p = tr->p;
  size_t a = t->sent[s];
  int n = (int)(t->sent[s + 1] - a);
  g[0] = -1;
  for (int i = 1; i <= n; i++) {
    g[i] = t->tok[a + i - 1].head;
    gl[i] = t->tok[a + i - 1].lab;
    if (g[i] < 0 || g[i] > n) g[i] = 0;
  }
  g[n + 1] = -1;
  projectivise(g, n);
  set_tokens(p, w, t, s);
  kg_pp_state *st = &w->st;
  uint64_t f[KG_PP_MAXFEAT], lf[KG_PP_MAXFEAT];
  float sc[KG_PP_NACT], lsc[KG_PP_MAXLAB];
  uint8_t ok[KG_PP_NACT], lok[KG_PP_MAXLAB];
  int cost[KG_PP_NACT];
  for (uint32_t c = 0; c < p->nlab; c++) lok[c] = (int)c != p->root_lab;
  while (st->b <= st->n) {
    size_t nf = kg_pp_feats(st, f);
    kg_ap_score(p->act, f, nf, sc);
    kg_pp_legal(st, ok);
    oracle_costs(st, g, ok, cost);
    int pred = (int)kg_ap_best(p->act, sc, ok);
    int minc = 1 << 20;
    for (int x = 0; x < KG_PP_NACT; x++)
      if (ok[x] && cost[x] < minc) minc = cost[x];
    int gold = -1;
    for (int x = 0; x < KG_PP_NACT; x++)
      if (ok[x] && cost[x] == minc && (gold < 0 || sc[x] > sc[gold])) gold = x;
    kg_ap_tick(p->act);
    if (cost[pred] > minc) kg_ap_update(p->act, f, nf, (uint32_t)gold, (uint32_t)pred);
    int act = gold;
    if (cost[pred] > minc && epoch > 0 && rnd01(&tr->rng) < tr->explore) act = pred;
    int h, d, lab = -1;
    kg_pp_arc_of(st, act, &h, &d);
    if (act == KG_PP_LA || act == KG_PP_RA) {
      if (h == 0) lab = p->root_lab;
      else {
        size_t nl = kg_pp_lab_feats(st, h, d, lf);
        kg_ap_score(p->lab, lf, nl, lsc);
        int lp = (int)kg_ap_best(p->lab, lsc, lok);
        if (g[d] == h && gl[d] >= 0) {
          kg_ap_tick(p->lab);
          if (lp != gl[d]) kg_ap_update(p->lab, lf, nl, (uint32_t)gl[d], (uint32_t)lp);
          lab = gl[d];
        } else lab = lp;
      }
    }
    kg_pp_apply(st, act, lab);
  }
}

/* The gold transitions of sentence s by the oracle (the cheapest legal
 * action, preferring LEFT-ARC, RIGHT-ARC, REDUCE, SHIFT), training the
 * label model on its arcs as in greedy training when local (with labels
 * in the beam, the global updates train it; --relabel of such a model
 * trains its final labels here).  With gacts set, also records the
 * transitions and their labels there and in glabs; returns their number. */
static int oracle_labels(kg_parser *p, kg_pp_work *w, const tb *t, size_t s, int *g, int *gl,
                         int *gacts, int *glabs, int local)
{
  static const int pref[KG_PP_NACT] = { KG_PP_LA, KG_PP_RA, KG_PP_RE, KG_PP_SH };
  size_t a = t->sent[s];
  int n = (int)(t->sent[s + 1] - a);
  g[0] = -1;
  for (int i = 1; i <= n; i++) {
    g[i] = t->tok[a + i - 1].head;
    gl[i] = t->tok[a + i - 1].lab;
    if (g[i] < 0 || g[i] > n) g[i] = 0;
  }
  g[n + 1] = -1;
  projectivise(g, n);
  set_tokens(p, w, t, s);
  kg_pp_state *st = &w->st;
  uint64_t lf[KG_PP_MAXFEAT];
  float lsc[KG_PP_MAXLAB];
  uint8_t ok[KG_PP_NACT], lok[KG_PP_MAXLAB];
  int cost[KG_PP_NACT], len = 0;
  for (uint32_t c = 0; c < p->nlab; c++) lok[c] = (int)c != p->root_lab;
  while (st->b <= st->n) {
    kg_pp_legal(st, ok);
    oracle_costs(st, g, ok, cost);
    int act = -1;
    for (int j = 0; j < KG_PP_NACT; j++) {
      int x = pref[j];
      if (ok[x] && (act < 0 || cost[x] < cost[act])) act = x;
    }
    int h, d, lab = -1;
    kg_pp_arc_of(st, act, &h, &d);
    if (act == KG_PP_LA || act == KG_PP_RA) {
      if (h == 0) lab = p->root_lab;
      else if (!local && g[d] == h && gl[d] >= 0) lab = gl[d];
      else {
        size_t nl = kg_pp_lab_feats(st, h, d, lf);
        kg_ap_score(p->lab, lf, nl, lsc);
        int lp = (int)kg_ap_best(p->lab, lsc, lok);
        if (g[d] == h && gl[d] >= 0) {
          kg_ap_tick(p->lab);
          if (lp != gl[d]) kg_ap_update(p->lab, lf, nl, (uint32_t)gl[d], (uint32_t)lp);
          lab = gl[d];
        } else lab = lp;
      }
    }
    if (gacts) {
      gacts[len] = act;
      glabs[len++] = lab;
    }
    kg_pp_apply(st, act, lab);
  }
  return len;
}

/* Beam training (--beam K > 1): the oracle's transitions with the label
 * model trained on them (oracle_labels), then one global update of the
 * transition model (parser_beam.c). */
static int train_sentence_beam(trainer *tr, kg_pp_beam *bm, kg_pp_work *w, const tb *t,
                               size_t s, int *g, int *gl, int *gacts, int *glabs)
{
  kg_parser *p = tr->p;
  int n = (int)(t->sent[s + 1] - t->sent[s]);
  int len = oracle_labels(p, w, t, s, g, gl, gacts, glabs, !p->jlab);
  int err = 0;
  kg_ap_tick(p->act);
  if (p->jlab) kg_ap_tick(p->lab);
  if (p->jtag && !kg_pp_jsent_set(kg_pp_beam_jsent(bm), p, w->tok, n, &t->tok[t->sent[s]].ja, sizeof *t->tok))
    return 0;
  kg_pp_beam_train(p, bm, w->tok, n, gacts, glabs, len, &err);
  return !err;
}

/* ------------------------------------------------------------ evaluation */

typedef struct scores { size_t n, uas, las, ulas; } scores;

static size_t univ_len(const char *s)
{
  const char *c = strchr(s, ':');
  return c ? (size_t)(c - s) : strlen(s);
}

static int same_univ(const char *a, const char *b)
{
  size_t la = univ_len(a), lb = univ_len(b);
  return la == lb && memcmp(a, b, la) == 0;
}

/* Scores token number i (1-based) of a sentence, parsed with head h and
 * label l, against its gold tk; writes its CoNLL-U line to out if any
 * (alt: with tk's runner-up reading, which the beam took: --tag-beam). */
static void score_token(const kg_parser *p, scores *sc, FILE *out, int i, const tb_tok *tk, int h, int l, int alt)
{
  const char *rel = (l >= 0 && (uint32_t)l < p->nlab) ? p->labels[l] : "dep";
  sc->n++;
  if (h == tk->head) {
    sc->uas++;
    if (strcmp(rel, tk->deprel) == 0) sc->las++;
    if (same_univ(rel, tk->deprel)) sc->ulas++;
  }
  if (out)
    fprintf(out, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t_\n", i, tk->form, tk->lemma,
            alt ? kg_upos_name(tk->ja.upos) : tk->upos_s, alt ? tk->ja.xpos : tk->xpos, h, rel);
}

/* Parses every sentence of t; scores against its gold; writes CoNLL-U to
 * out when not NULL.  Returns tokens per second of parsing. */
static double evaluate_comb(const kg_parser *p, const tb *t, scores *sc, FILE *out);
static kg_pp_comb_opts eval_opts;   /* --comb-w, --comb-t (eval_main) */

static double evaluate(const kg_parser *p, const tb *t, scores *sc, FILE *out)
{
  if (p->reverse || p->r2l) return evaluate_comb(p, t, sc, out);
  kg_pp_work w = {0};
  kg_pp_beam *bm = p->beam > 1 ? kg_pp_beam_new(p->beam) : NULL;
  if (p->beam > 1 && !bm) return 0;
  memset(sc, 0, sizeof *sc);
  double secs = 0;
  for (size_t s = 0; s < t->nsent; s++) {
    size_t a = t->sent[s];
    int n = (int)(t->sent[s + 1] - a);
    if (kg_pp_work_reserve(&w, (size_t)n) != KG_OK) break;
    clock_t c0 = clock();
    set_tokens(p, &w, t, s);
    if (bm && p->jtag) kg_pp_jsent_set(kg_pp_beam_jsent(bm), p, w.tok, n, &t->tok[a].ja, sizeof *t->tok);
    if (!bm) kg_pp_parse(p, &w.st);
    else if (kg_pp_beam_parse(p, bm, &w.st) != KG_OK) break;
    secs += (double)(clock() - c0) / CLOCKS_PER_SEC;
    for (int i = 1; i <= n; i++) {
      score_token(p, sc, out, i, &t->tok[a + i - 1], w.st.head[i], w.st.lab[i],
                  bm && kg_pp_joint_chosen(kg_pp_beam_jsent(bm), &w.st, i));
    }
    if (out) fputc('\n', out);
  }
  kg_pp_beam_free(bm);
  kg_pp_work_free(&w);
  return secs > 0 ? (double)sc->n / secs : 0;
}

/* evaluate() for a model reading right to left or combined with one
 * (parser_combine.c): the sentences are parsed as kg_parser_run does. */
static double evaluate_comb(const kg_parser *p, const tb *t, scores *sc, FILE *out)
{
  memset(sc, 0, sizeof *sc);
  kg_pp_comb *c = p->reverse ? kg_pp_comb_new(NULL, p) : kg_pp_comb_new(p, p->r2l);
  if (!c) return 0;
  kg_pp_comb_set(c, &eval_opts);
  size_t maxn = 1;
  for (size_t s = 0; s < t->nsent; s++)
    if (t->sent[s + 1] - t->sent[s] > maxn) maxn = t->sent[s + 1] - t->sent[s];
  kg_token *tk = calloc(maxn, sizeof *tk);
  int *hl = malloc(2 * maxn * sizeof *hl);
  double secs = 0;
  for (size_t s = 0; tk && hl && s < t->nsent; s++) {
    size_t a = t->sent[s];
    int n = (int)(t->sent[s + 1] - a);
    for (int i = 0; i < n; i++) {
      const tb_tok *x = &t->tok[a + (size_t)i];
      tk[i].form = x->form;
      tk[i].xpos = x->xpos;
      tk[i].upos = (uint8_t)x->upos;
      tk[i].upos2 = (uint8_t)x->alt;
    }
    clock_t c0 = clock();
    if (kg_pp_comb_sentence(c, tk, n, hl, hl + n) != KG_OK) break;
    secs += (double)(clock() - c0) / CLOCKS_PER_SEC;
    for (int i = 0; i < n; i++) score_token(p, sc, out, i + 1, &t->tok[a + (size_t)i], hl[i], hl[n + i], 0);
    if (out) fputc('\n', out);
  }
  free(tk);
  free(hl);
  kg_pp_comb_free(c);
  return secs > 0 ? (double)sc->n / secs : 0;
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0; }

/* Replaces the tags of t by those of a tagger (t's strings then point into
 * the tagger's model: keep it until t is freed).  Returns 1 on success. */
static int retag(const kg_tagger *tg, tb *t)
{
  kg_doc *d = kg_doc_new("", 0, NULL);
  if (!d) return 0;
  int ok = 1;
  for (size_t s = 0; ok && s < t->nsent; s++) {
    kg_sentence *se = kg_doc_add_sentence(d);
    if (!se) { ok = 0; break; }
    for (size_t i = t->sent[s]; i < t->sent[s + 1]; i++) {
      kg_token *tk = kg_doc_add_token(d, 0, 0);
      if (!tk || !(tk->form = kg_doc_strdup(d, t->tok[i].form))) { ok = 0; break; }
      tk->sent = (uint32_t)s;
    }
    d->sents[s].ntok = (uint32_t)(t->sent[s + 1] - t->sent[s]);
  }
  if (ok && kg_tagger_run(tg, d) != KG_OK) ok = 0;   /* upos2 too: set by the caller */
  for (size_t i = 0; ok && i < t->ntok; i++) {
    const kg_token *tk = &d->tokens[i];
    t->tok[i].upos = tk->upos;
    t->tok[i].upos_s = (char *)kg_upos_name(tk->upos);
    t->tok[i].xpos = (char *)(tk->xpos ? tk->xpos : "_");
    t->tok[i].alt = tk->upos2;
  }
  kg_doc_free(d);
  return ok;
}

/* ------------------------------------------------------------ CLI */

static void stderr_log(void *user, kg_log_level level, const char *where, const char *msg)
{
  (void)user; (void)level;
  fprintf(stderr, "kgbuild: %s%s%s\n", where ? where : "", where ? ": " : "", msg);
}

static int usage_to(FILE *out, int rc)
{
  fprintf(out,
          "usage: kgbuild train parser --train FILE --dev FILE [--epochs N] [--seed N]\n"
          "                            [--tagger MODEL (tags dev)] [--explore P] [--bits N] [--label-bits N]\n"
          "                            [--lexicon GOLD.conllu] [--models K] [--beam K]\n"
          "                            [--clusters FILE] [--label-feats 1|2] [--tag-alt 1] [--joint K]\n"
          "                            [--tag-beam G] [--last] [--reverse 1] [-q] -o MODEL\n"
          "       kgbuild train parser --eval FILE -m MODEL [--beam K] [--joint K] [--tag-beam G] [--margin M]\n"
          "                            [-o OUT.conllu]\n"
          "                            [--r2l MODEL [--comb-w W] [--comb-t T]] [--reverse 0|1]\n"
          "       kgbuild train parser --relabel MODEL --train FILE --dev FILE [--epochs N] [--seed N]\n"
          "                            [--models K] [--label-bits N] [--label-feats 1|2] [--last] [-q] -o MODEL\n"
          "  (--last: each run keeps its last epoch, not its best on dev: for a final model\n"
          "   trained on train + dev with the epochs picked on dev by a train-only run;\n"
          "   --joint K: labels in the beam, each arc with its K best labels (1-4, beam > 1);\n"
          "   with --eval it overrides the model's K, 0: greedy labels; --tag-beam G: the beam also\n"
          "   chooses the tag where the tagger's gap is below G (MISC Alt, AltX; parser_joint.h);\n"
          "   --margin M: beam pruning, see KGBUILD_BEAM_MARGIN; 0: none;\n"
          "   --reverse 1: a model reading sentences right to left (trained on reversed\n"
          "   sentences); --r2l MODEL: parse with both models, combined (parser_combine.c),\n"
          "   the right-to-left one's votes weighted W, the beam items' by temperature T)\n");
  return rc;
}

static int usage(void) { return usage_to(stderr, 2); }

static int eval_main(const char *evalf, const char *model, const char *outf, int beam, int jlab,
                     double margin, const char *r2l, int reverse, int jtag)
{
  kg_logger log = { stderr_log, NULL, KG_LOG_INFO };
  kg_parser *p = NULL, *q = NULL;
  clock_t c0 = clock();
  if (kg_parser_load(model, &log, &p) != KG_OK) return 1;
  if (reverse >= 0 && !r2l) p->reverse = reverse;   /* a model trained on reversed files */
  if (r2l) {
    if (kg_parser_load(r2l, &log, &q) != KG_OK) { kg_parser_free(p); return 1; }
    if (reverse >= 0) q->reverse = 1;
    if (beam > 0) q->beam = beam;
    if (kg_parser_attach(p, q) != KG_OK) {
      fprintf(stderr, "kgbuild: %s must read right to left and %s left to right, with the same labels\n",
              r2l, model);
      kg_parser_free(p);
      return 1;
    }
  }
  if (beam > 0) p->beam = beam;
  if (jlab >= 0) p->jlab = jlab;   /* --joint K: labels in the beam or (0) not */
  if (jtag >= 0) p->jtag = jtag;   /* --tag-beam G: joint tag choice or (0) not */
  if (margin >= 0) p->margin = (float)margin;   /* --margin M (0: no pruning) */
  double load_ms = 1000.0 * (double)(clock() - c0) / CLOCKS_PER_SEC;
  labtab lt = {0};
  for (uint32_t i = 0; i < p->nlab; i++) lab_add(&lt, p->labels[i]);
  tb t;
  if (!tb_read(evalf, &t, &lt, 0)) { kg_parser_free(p); return 1; }
  FILE *out = NULL;
  if (outf && !(out = fopen(outf, "w"))) {
    fprintf(stderr, "kgbuild: %s: cannot write\n", outf);
    tb_free(&t);
    kg_parser_free(p);
    return 1;
  }
  scores sc;
  double tps = evaluate(p, &t, &sc, out);
  if (out) fclose(out);
  printf("%s: %zu words  UAS %.2f  LAS %.2f  LAS(universal) %.2f  "
         "(beam %d, margin %g x %.1f, load %.1f ms, %.0f words/s)\n",
         evalf, sc.n, pct(sc.uas, sc.n), pct(sc.las, sc.n), pct(sc.ulas, sc.n), p->beam, (double)p->margin,
         (double)p->wunit, load_ms, tps);
  for (uint32_t i = 0; i < lt.n; i++) free(lt.name[i]);
  tb_free(&t);
  kg_parser_free(p);
  return 0;
}

/* --relabel: keeps a model's transition weights, tables and beam, and
 * trains its label model anew on trainf (labels from the oracle's arcs, as
 * in full training; each run keeps its best dev epoch, or with last its
 * last one, runs summed).  A model with labels in the beam keeps its label
 * model, which the beam needs, and gets final labels (LABF) instead. */
static int relabel_main(const char *model, const char *trainf, const char *devf, const char *outf,
                        int epochs, int nmodels, int lbits, int labx, unsigned long seed, int quiet,
                        int last)
{
  kg_logger log = { stderr_log, NULL, KG_LOG_INFO };
  kg_parser *p = NULL;
  if (kg_parser_load(model, &log, &p) != KG_OK) return 1;
  if (p->jlab && p->labx != labx) {
    /* the beam's labels and the final ones read the same label features */
    fprintf(stderr, "kgbuild: %s: labels in the beam with label features %d: --label-feats must be %d\n",
            model, p->labx, p->labx);
    kg_parser_free(p);
    return 1;
  }
  p->labx = labx;
  labtab lt = {0};
  for (uint32_t i = 0; i < p->nlab; i++) lab_add(&lt, p->labels[i]);
  if (p->root_lab < 0) p->root_lab = lab_find(&lt, "root");
  tb tr = {0}, dv = {0};
  int rc = 1, *g = NULL, *gl = NULL;
  size_t *order = NULL;
  kg_ap *ens = NULL, *best = NULL;
  kg_pp_work w = {0};
  if (!tb_read(trainf, &tr, &lt, 0) || !tb_read(devf, &dv, &lt, 0)) goto done;
  if (p->reverse) tb_reverse(&tr);   /* a right-to-left model: its oracle's order */
  size_t maxn = 1;
  order = malloc((tr.nsent + 1) * sizeof *order);
  if (!order) goto done;
  for (size_t s = 0; s < tr.nsent; s++)
    if (tr.sent[s + 1] - tr.sent[s] > maxn) maxn = tr.sent[s + 1] - tr.sent[s];
  g = malloc((maxn + 2) * sizeof *g);
  gl = malloc((maxn + 2) * sizeof *gl);
  if (!g || !gl || kg_pp_work_reserve(&w, maxn) != KG_OK) goto done;
  if (nmodels > 1 && !(ens = kg_ap_new(p->nlab, (uint32_t)lbits))) goto done;
  for (int run = 0; run < nmodels; run++) {
    kg_ap_free(p->lab);
    if (!(p->lab = kg_ap_new(p->nlab, (uint32_t)lbits))) goto done;
    for (size_t s = 0; s < tr.nsent; s++) order[s] = s;
    uint64_t rng = (seed + (unsigned long)run) * 0x9e3779b97f4a7c15ULL + 0x1234567ULL;
    double best_las = -1;
    int best_ep = 0;
    for (int ep = 0; ep < epochs; ep++) {
      for (size_t s = tr.nsent; s > 1; s--) {
        size_t j = (size_t)(rnd(&rng) % s);
        size_t x = order[s - 1]; order[s - 1] = order[j]; order[j] = x;
      }
      for (size_t s = 0; s < tr.nsent; s++) oracle_labels(p, &w, &tr, order[s], g, gl, NULL, NULL, 1);
      kg_ap *cur = kg_ap_copy_averaged(p->lab), *keep = p->lab;
      if (!cur) goto done;
      p->lab = cur;
      kg_status pst = p->jlab ? kg_pp_pack_final(p) : kg_pp_pack_labels(p);
      p->lab = keep;
      if (pst != KG_OK) { kg_ap_free(cur); goto done; }
      scores sc;
      evaluate(p, &dv, &sc, NULL);
      double las = pct(sc.ulas, sc.n);
      if (!quiet)
        fprintf(stderr, "run %d epoch %2d: dev UAS %.2f  LAS %.2f  LAS(universal) %.2f\n", run + 1,
                ep + 1, pct(sc.uas, sc.n), pct(sc.las, sc.n), las);
      if (las > best_las || last) { best_las = las; best_ep = ep + 1; kg_ap_free(best); best = cur; }
      else kg_ap_free(cur);
    }
    if (!quiet) fprintf(stderr, "run %d: %s epoch %d (dev LAS(universal) %.2f)\n", run + 1,
                        last ? "last" : "best", best_ep, best_las);
    if (ens) { kg_ap_add(ens, best); kg_ap_free(best); best = NULL; }
  }
  kg_ap_free(p->lab);
  p->lab = ens ? ens : best;
  ens = best = NULL;
  if ((p->jlab ? kg_pp_pack_final(p) : kg_pp_pack_labels(p)) != KG_OK) goto done;
  scores sc;
  evaluate(p, &dv, &sc, NULL);
  if (!quiet)
    fprintf(stderr, "relabelled (%d runs): dev UAS %.2f  LAS %.2f  LAS(universal) %.2f\n", nmodels,
            pct(sc.uas, sc.n), pct(sc.las, sc.n), pct(sc.ulas, sc.n));
  if (kg_pp_save(p, outf, &log) == KG_OK) rc = 0;
done:
  if (rc) fprintf(stderr, "kgbuild: train parser --relabel: failed\n");
  kg_ap_free(ens);
  kg_ap_free(best);
  kg_pp_work_free(&w);
  free(g);
  free(gl);
  free(order);
  for (uint32_t i = 0; i < lt.n; i++) free(lt.name[i]);
  tb_free(&tr);
  tb_free(&dv);
  kg_parser_free(p);
  return rc;
}

int kg_parser_train_main(int argc, char **argv)
{
  const char *trainf = NULL, *devf = NULL, *outf = NULL, *tagger = NULL;
  const char *evalf = NULL, *model = NULL, *lexf = NULL, *clf = NULL, *relabel = NULL;
  int epochs = 12, bits = 20, lbits = 16, nmodels = 1, beam = 0, labx = 1, tagalt = 0, jlab = -1, jtag = -1;
  unsigned long seed = 1;
  double explore = 0.9, margin = -1;
  int quiet = 0, last = 0, reverse = -1;
  const char *r2l = NULL;
  eval_opts = kg_pp_comb_defaults();
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-q")) { quiet = 1; continue; }
    if (!strcmp(a, "--last")) { last = 1; continue; }
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) return usage_to(stdout, 0);
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!v) return usage();
    if (!strcmp(a, "--train")) trainf = v;
    else if (!strcmp(a, "--dev")) devf = v;
    else if (!strcmp(a, "-o")) outf = v;
    else if (!strcmp(a, "--tagger")) tagger = v;
    else if (!strcmp(a, "--lexicon")) lexf = v;
    else if (!strcmp(a, "--clusters")) clf = v;
    else if (!strcmp(a, "--eval")) evalf = v;
    else if (!strcmp(a, "--relabel")) relabel = v;
    else if (!strcmp(a, "-m")) model = v;
    else if (!strcmp(a, "--epochs")) epochs = atoi(v);
    else if (!strcmp(a, "--models")) nmodels = atoi(v);
    else if (!strcmp(a, "--beam")) beam = atoi(v);
    else if (!strcmp(a, "--seed")) seed = strtoul(v, NULL, 10);
    else if (!strcmp(a, "--explore")) explore = atof(v);
    else if (!strcmp(a, "--bits")) bits = atoi(v);
    else if (!strcmp(a, "--label-bits")) lbits = atoi(v);
    else if (!strcmp(a, "--label-feats")) labx = atoi(v);
    else if (!strcmp(a, "--tag-alt")) tagalt = atoi(v);
    else if (!strcmp(a, "--joint")) jlab = atoi(v);
    else if (!strcmp(a, "--tag-beam")) jtag = atoi(v);
    else if (!strcmp(a, "--margin")) { char *e; margin = strtod(v, &e); if (*e || !(margin >= 0)) return usage(); }
    else if (!strcmp(a, "--reverse")) reverse = atoi(v);
    else if (!strcmp(a, "--r2l")) r2l = v;
    else if (!strcmp(a, "--comb-w")) eval_opts.w_r2l = atof(v);
    else if (!strcmp(a, "--comb-t")) eval_opts.temp = atof(v);
    else return usage();
    i++;
  }
  if (beam < 0 || beam > KG_PP_MAXBEAM || labx < 1 || labx > KG_PP_LABX || tagalt < 0 || tagalt > 1 ||
      jlab < -1 || jlab > KG_PP_MAXJLAB || (jlab > 0 && !evalf && !relabel && !(beam > 1)) ||
      (jlab >= 0 && relabel) || reverse < -1 || reverse > 1 || (r2l && !evalf) ||
      (reverse >= 0 && relabel) || jtag > 1000 || (jtag > 0 && !evalf && (beam < 2 || jlab > 0 || relabel)))
    return usage();
  if (margin >= 0 && !evalf) return usage();
  if (evalf) return model ? eval_main(evalf, model, outf, beam, jlab, margin, r2l, reverse, jtag) : usage();
  if (relabel) {
    if (!trainf || !devf || !outf || epochs < 1 || nmodels < 1 || nmodels > 16 || lbits < 8 || lbits > 24)
      return usage();
    return relabel_main(relabel, trainf, devf, outf, epochs, nmodels, lbits, labx, seed, quiet, last);
  }
  if (beam < 1) beam = 1;
  if (!trainf || !devf || !outf || epochs < 1 || nmodels < 1 || nmodels > 16 || bits < 10 || bits > 26 ||
      lbits < 8 || lbits > 24)
    return usage();
  kg_logger log = { stderr_log, NULL, KG_LOG_INFO };
  labtab lt = {0};
  lab_add(&lt, "root");
  tb tr, dv;
  kg_tagger *tg = NULL;
  if (!tb_read(trainf, &tr, &lt, 1)) return 1;
  if (!tb_read(devf, &dv, &lt, 0) ||
      (tagger && (kg_tagger_load(tagger, &log, &tg) != KG_OK ||
                  (kg_tagger_set_alt(tg, 1), !retag(tg, &dv))))) {
    if (tagger) fprintf(stderr, "kgbuild: train parser: cannot tag %s with %s\n", devf, tagger);
    kg_tagger_free(tg);
    tb_free(&tr);
    tb_free(&dv);
    return 1;
  }
  if (!quiet)
    fprintf(stderr, "train parser: %zu sentences, %zu words, %u labels; dev %zu sentences\n",
          tr.nsent, tr.ntok, lt.n, dv.nsent);

  kg_parser *p = calloc(1, sizeof *p);
  kg_parser best = {0};
  kg_ap *ens_act = NULL, *ens_lab = NULL;
  int rc = 1;
  size_t *order = malloc(tr.nsent * sizeof *order);
  int *g = NULL, *gl = NULL, *gacts = NULL, *glabs = NULL;
  kg_pp_work w = {0};
  kg_pp_beam *bm = NULL;
  if (!p || !order) goto done;
  p->beam = beam;
  p->labx = labx;
  p->tagalt = tagalt;
  p->jlab = jlab > 0 ? jlab : 0;
  p->jtag = jtag > 0 ? jtag : 0;
  p->reverse = reverse > 0;
  if (p->reverse) tb_reverse(&tr);   /* dev stays: evaluate() parses right to left */
  p->labels = lt.name;
  p->nlab = lt.n;
  p->root_lab = 0;
  p->act = kg_ap_new(KG_PP_NACT, (uint32_t)bits);
  p->lab = kg_ap_new(lt.n, (uint32_t)lbits);
  if (!p->act || !p->lab) goto done;
  {
    tb lex;
    if (!lexf) lexf = trainf;
    if (!tb_read(lexf, &lex, &lt, 0)) goto done;
    kg_status ast = build_amb(p, &lex);
    tb_free(&lex);
    if (ast != KG_OK) goto done;
    if (!quiet) fprintf(stderr, "ambiguity classes of %u words from %s\n", p->namb, lexf);
  }
  if (clf) {
    if (!read_clusters(p, clf)) goto done;
    if (!quiet) fprintf(stderr, "clusters of %u normalised forms from %s\n", p->ncl, clf);
  }
  size_t maxn = 0;
  for (size_t s = 0; s < tr.nsent; s++) {
    order[s] = s;
    if (tr.sent[s + 1] - tr.sent[s] > maxn) maxn = tr.sent[s + 1] - tr.sent[s];
  }
  g = malloc((maxn + 2) * sizeof *g);
  gl = malloc((maxn + 2) * sizeof *gl);
  gacts = malloc((2 * maxn + 4) * sizeof *gacts);
  glabs = malloc((2 * maxn + 4) * sizeof *glabs);
  if (!g || !gl || !gacts || !glabs || kg_pp_work_reserve(&w, maxn) != KG_OK) goto done;
  if (beam > 1 && !(bm = kg_pp_beam_new(beam))) goto done;
  for (int run = 0; run < nmodels; run++) {
    if (run > 0) {
      kg_ap_free(p->act);
      kg_ap_free(p->lab);
      p->act = kg_ap_new(KG_PP_NACT, (uint32_t)bits);
      p->lab = kg_ap_new(lt.n, (uint32_t)lbits);
      if (!p->act || !p->lab) goto done;
      for (size_t s = 0; s < tr.nsent; s++) order[s] = s;
    }
    trainer T = { p, (seed + (unsigned long)run) * 0x9e3779b97f4a7c15ULL + 0x1234567ULL, explore };
    double best_las = -1;
    int best_ep = 0;
    for (int ep = 0; ep < epochs; ep++) {
      for (size_t s = tr.nsent; s > 1; s--) {
        size_t j = (size_t)(rnd(&T.rng) % s);
        size_t x = order[s - 1]; order[s - 1] = order[j]; order[j] = x;
      }
      clock_t c0 = clock();
      for (size_t s = 0; s < tr.nsent; s++) {
        if (!bm) train_sentence(&T, &w, &tr, order[s], ep, g, gl);
        else if (!train_sentence_beam(&T, bm, &w, &tr, order[s], g, gl, gacts, glabs)) goto done;
      }
      double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
      kg_parser cur = *p;
      cur.act = kg_ap_copy_averaged(p->act);
      cur.lab = kg_ap_copy_averaged(p->lab);
      cur.pk = NULL;
      cur.pl = NULL;
      if (!cur.act || !cur.lab || kg_pp_pack(&cur) != KG_OK) {
        kg_ap_free(cur.act);
        kg_ap_free(cur.lab);
        free(cur.pk);
        free(cur.pl);
        goto done;
      }
      scores sc;
      double tps = evaluate(&cur, &dv, &sc, NULL);
      double las = pct(sc.ulas, sc.n);
      if (!quiet)
        fprintf(stderr, "epoch %2d: %.1fs  dev UAS %.2f  LAS %.2f  LAS(universal) %.2f  (%.0f words/s)\n",
              ep + 1, secs, pct(sc.uas, sc.n), pct(sc.las, sc.n), las, tps);
      if (las > best_las || last) {
        best_las = las;
        best_ep = ep + 1;
        kg_ap_free(best.act);
        kg_ap_free(best.lab);
        free(best.pk);
        free(best.pl);
        best = cur;
      } else {
        kg_ap_free(cur.act);
        kg_ap_free(cur.lab);
        free(cur.pk);
        free(cur.pl);
      }
    }
    if (!quiet)
      fprintf(stderr, "run %d: %s epoch %d (dev LAS(universal) %.2f)\n", run + 1,
              last ? "last" : "best", best_ep, best_las);
    if (nmodels > 1) {
      /* sum of the runs' averaged weights (the argmax of the mean) */
      if (!ens_act) ens_act = kg_ap_new(KG_PP_NACT, (uint32_t)bits);
      if (!ens_lab) ens_lab = kg_ap_new(lt.n, (uint32_t)lbits);
      if (!ens_act || !ens_lab) goto done;
      kg_ap_add(ens_act, best.act);
      kg_ap_add(ens_lab, best.lab);
      kg_ap_free(best.act);
      kg_ap_free(best.lab);
      free(best.pk);
      free(best.pl);
      best.act = best.lab = NULL;
      best.pk = best.pl = NULL;
    }
  }
  if (nmodels > 1) {
    best = *p;
    best.act = ens_act;
    best.lab = ens_lab;
    best.pk = best.pl = NULL;
    ens_act = ens_lab = NULL;
    if (kg_pp_pack(&best) != KG_OK) goto done;
    scores sc;
    evaluate(&best, &dv, &sc, NULL);
    if (!quiet)
      fprintf(stderr, "%d models summed: dev UAS %.2f  LAS %.2f  LAS(universal) %.2f\n", nmodels,
              pct(sc.uas, sc.n), pct(sc.las, sc.n), pct(sc.ulas, sc.n));
  }
  if (!quiet) fprintf(stderr, "writing %s\n", outf);
  if (kg_pp_save(&best, outf, &log) == KG_OK) rc = 0;
done:
  if (rc) fprintf(stderr, "kgbuild: train parser: failed\n");
  kg_ap_free(ens_act);
  kg_ap_free(ens_lab);
  kg_pp_work_free(&w);
  kg_pp_beam_free(bm);
  free(gacts);
  free(glabs);
  free(g);
  free(gl);
  free(order);
  kg_ap_free(best.act);
  kg_ap_free(best.lab);
  free(best.pk);
  free(best.pl);
  if (p) {
    kg_ap_free(p->act);
    kg_ap_free(p->lab);
    free(p->amb_key);
    free(p->amb_val);
    free(p->cl_key);
    free(p->cl_val);
    free(p);
  }
  for (uint32_t i = 0; i < lt.n; i++) free(lt.name[i]);
  tb_free(&tr);
  tb_free(&dv);
  kg_tagger_free(tg);
  return rc;
}
