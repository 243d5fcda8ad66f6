/* tagger_train.c — training and evaluation of the tagger
 * (`kgbuild train tagger`).
 *
 * Owns: building the classes, the tag dictionary, the lexicon and the
 * lemmatizer from a treebank; the two-stage perceptron training (stage 1
 * jackknifed over KG_TAG_FOLDS folds so stage 2 learns from stage-1 output
 * as it looks on unseen text); epoch selection on dev; the --eval mode.
 * Does not own: features and decoding (tagger.c), the model file.
 *
 * Deterministic for a given --seed (own PRNG, no clock in decisions).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tagger_impl.h"
#include "conllu.h"

#define KG_TAG_MINPAIR 10      /* joint classes seen fewer times fold into their XPOS's main one */
#define KG_TD_MINFREQ 20       /* tag dictionary: words seen this often ... */
#define KG_TD_MINRATIO 0.97    /* ... with one class this often */
#define KG_TAG_FOLDS 4

static void train_log(void *user, kg_log_level level, const char *where, const char *msg)
{
  (void)user;
  (void)level;
  fprintf(stderr, "kgbuild: %s%s%s\n", where ? where : "", where ? ": " : "", msg);
}

static uint64_t rng_next(uint64_t *s)
{
  uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Gold annotations of a corpus, kept aside because tagging overwrites them. */
typedef struct gold {
  kg_doc *doc;
  uint8_t *upos;
  const char **xpos, **lemma;
  uint32_t *cls;          /* joint class, or KG_TAG_NONE when not a class */
} gold;

static void gold_free(gold *g)
{
  kg_doc_free(g->doc);
  free(g->upos);
  free(g->xpos);
  free(g->lemma);
  free(g->cls);
}

static int gold_load(gold *g, const char *path, const kg_logger *log)
{
  memset(g, 0, sizeof *g);
  if (kg_conllu_read(path, log, &g->doc)) return 0;
  size_t n = g->doc->ntokens;
  g->upos = malloc(n + 1);
  g->xpos = malloc((n + 1) * sizeof *g->xpos);
  g->lemma = malloc((n + 1) * sizeof *g->lemma);
  g->cls = malloc((n + 1) * sizeof *g->cls);
  if (!g->upos || !g->xpos || !g->lemma || !g->cls) return 0;
  for (size_t i = 0; i < n; i++) {
    const kg_token *tk = &g->doc->tokens[i];
    g->upos[i] = tk->upos;
    g->xpos[i] = tk->xpos ? tk->xpos : "_";
    g->lemma[i] = tk->lemma ? tk->lemma : "_";
  }
  return 1;
}

/* Joint class of (upos, xpos): exact, else the class of that XPOS. */
static uint32_t class_of(const kg_tagger *t, int upos, const char *xpos)
{
  uint32_t fallback = KG_TAG_NONE;
  for (uint32_t c = 0; c < t->nclass; c++)
    if (strcmp(t->xpos[c], xpos) == 0) {
      if (t->upos[c] == upos) return c;
      if (fallback == KG_TAG_NONE) fallback = c;
    }
  return fallback;
}

typedef struct pair { int upos; const char *xpos; size_t count; } pair;

static int cmp_pair(const void *a, const void *b)
{
  const pair *x = a, *y = b;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  int c = strcmp(x->xpos, y->xpos);
  return c ? c : (x->upos > y->upos) - (x->upos < y->upos);
}

static int build_classes(kg_tagger *t, const gold *g)
{
  pair *pairs = NULL;
  size_t np = 0, cap = 0;
  for (size_t i = 0; i < g->doc->ntokens; i++) {
    size_t k = 0;
    while (k < np && !(pairs[k].upos == g->upos[i] && !strcmp(pairs[k].xpos, g->xpos[i]))) k++;
    if (k == np) {
      if (np == cap) {
        cap = cap ? cap * 2 : 64;
        pair *npairs = realloc(pairs, cap * sizeof *pairs);
        if (!npairs) { free(pairs); return 0; }
        pairs = npairs;
      }
      pairs[np++] = (pair){ g->upos[i], g->xpos[i], 0 };
    }
    pairs[k].count++;
  }
  qsort(pairs, np, sizeof *pairs, cmp_pair);
  t->xpos = calloc(np + 1, sizeof *t->xpos);
  t->upos = calloc(np + 1, 1);
  if (!t->xpos || !t->upos) { free(pairs); return 0; }
  for (size_t k = 0; k < np; k++) {
    int seen_x = 0;
    for (uint32_t c = 0; c < t->nclass; c++) seen_x |= !strcmp(t->xpos[c], pairs[k].xpos);
    if (pairs[k].count < KG_TAG_MINPAIR && seen_x) continue;
    t->xpos[t->nclass] = strdup(pairs[k].xpos);
    t->upos[t->nclass++] = (uint8_t)pairs[k].upos;
  }
  free(pairs);
  return 1;
}

static void gold_classes(const kg_tagger *t, gold *g)
{
  for (size_t i = 0; i < g->doc->ntokens; i++)
    g->cls[i] = class_of(t, g->upos[i], g->xpos[i]);
}

typedef struct tdent { uint64_t h; uint32_t c; } tdent;

static int cmp_tdent(const void *a, const void *b)
{
  const tdent *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  return (x->c > y->c) - (x->c < y->c);
}

static int build_tagdict(kg_tagger *t, const gold *g)
{
  size_t n = g->doc->ntokens, m = 0;
  tdent *e = malloc((n + 1) * sizeof *e);
  if (!e) return 0;
  for (size_t i = 0; i < n; i++)
    if (g->cls[i] != KG_TAG_NONE) {
      const char *f = g->doc->tokens[i].form;
      e[m++] = (tdent){ kg_tagger_td_hash(f, strlen(f)), g->cls[i] };
    }
  qsort(e, m, sizeof *e, cmp_tdent);
  size_t nent = 0;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1 && !kg_htab_alloc(&t->td, nent)) { free(e); return 0; }
    for (size_t i = 0; i < m;) {
      size_t j = i, best = 0, bc = 0;
      while (j < m && e[j].h == e[i].h) {
        size_t k = j;
        while (k < m && e[k].h == e[j].h && e[k].c == e[j].c) k++;
        if (k - j > best) { best = k - j; bc = e[j].c; }
        j = k;
      }
      if (j - i >= KG_TD_MINFREQ && (double)best >= KG_TD_MINRATIO * (double)(j - i)) {
        if (pass == 0) nent++;
        else kg_htab_put(&t->td, e[i].h, (uint32_t)bc);
      }
      i = j;
    }
  }
  free(e);
  return 1;
}

static int build_lexicon(kg_tagger *t, const gold *g, size_t minfreq)
{
  size_t n = g->doc->ntokens;
  tdent *e = malloc((n + 1) * sizeof *e);
  if (!e) return 0;
  for (size_t i = 0; i < n; i++) {
    kg_tagtok w;
    const char *f = g->doc->tokens[i].form;
    kg_tagger_word(f, strlen(f), &w);
    e[i] = (tdent){ w.lower, g->upos[i] };
  }
  qsort(e, n, sizeof *e, cmp_tdent);
  size_t nent = 0;
  kg_htab *tab = &t->lx;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1 && !kg_htab_alloc(tab, nent)) { free(e); return 0; }
    for (size_t i = 0; i < n;) {
      size_t j = i;
      uint32_t mask = 0;
      while (j < n && e[j].h == e[i].h) mask |= 1u << e[j++].c;
      if (j - i >= minfreq) {
        if (pass == 0) nent++;
        else kg_htab_put(tab, e[i].h, mask);
      }
      i = j;
    }
  }
  free(e);
  return 1;
}

/* Leave-one-out lexicon entries of the training tokens: what the lexicon
 * would say of each token had that occurrence not been seen, so training
 * sees the lexicon as it behaves on new text. */
typedef struct looent { uint64_t h; uint32_t upos, idx; } looent;

static int cmp_looent(const void *a, const void *b)
{
  const looent *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  return (x->idx > y->idx) - (x->idx < y->idx);
}

static uint32_t *build_loo(const gold *g, size_t minfreq)
{
  size_t n = g->doc->ntokens;
  looent *e = malloc((n + 1) * sizeof *e);
  uint32_t *amb = calloc(n + 1, sizeof *amb);
  if (!e || !amb) { free(e); free(amb); return NULL; }
  for (size_t i = 0; i < n; i++) {
    kg_tagtok w;
    const char *f = g->doc->tokens[i].form;
    kg_tagger_word(f, strlen(f), &w);
    e[i] = (looent){ w.lower, g->upos[i], (uint32_t)i };
  }
  qsort(e, n, sizeof *e, cmp_looent);
  for (size_t i = 0; i < n;) {
    size_t j = i, cnt[KG_UPOS_COUNT] = { 0 };
    while (j < n && e[j].h == e[i].h) cnt[e[j++].upos]++;
    for (size_t k = i; k < j; k++) {
      uint32_t mask = 0;
      if (j - i - 1 >= minfreq)
        for (int u = 0; u < KG_UPOS_COUNT; u++)
          if (cnt[u] - (u == (int)e[k].upos) > 0) mask |= 1u << u;
      amb[e[k].idx] = mask;
    }
    i = j;
  }
  free(e);
  return amb;
}

/* The XPOS-set lexicon: lower-case form -> a 32-bit hash of the set of
 * XPOS tags seen with it (finer than the UPOS set); for training tokens the
 * leave-one-out set.  Returns the per-token array (NULL on failure). */
static uint32_t set_hash(const uint64_t m[2])
{
  uint64_t h = kg_hash_mix(kg_hash_mix(0x5e7, m[0]), m[1]);
  uint32_t v = (uint32_t)(h ^ (h >> 32));
  return (v && v != UINT32_MAX) ? v : 1;
}

static uint32_t *build_lexicon2(kg_tagger *t, const gold *g)
{
  size_t n = g->doc->ntokens;
  uint32_t *xid = malloc(t->nclass * sizeof *xid);
  looent *e = malloc((n + 1) * sizeof *e);
  uint32_t *amb = calloc(n + 1, sizeof *amb);
  size_t *cnt = calloc(t->nclass, sizeof *cnt);
  if (!xid || !e || !amb || !cnt) { free(xid); free(e); free(amb); free(cnt); return NULL; }
  for (uint32_t c = 0; c < t->nclass; c++) {
    xid[c] = c;
    for (uint32_t d = 0; d < c; d++)
      if (!strcmp(t->xpos[c], t->xpos[d])) { xid[c] = xid[d]; break; }
  }
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    if (g->cls[i] == KG_TAG_NONE) continue;
    kg_tagtok w;
    const char *f = g->doc->tokens[i].form;
    kg_tagger_word(f, strlen(f), &w);
    e[m++] = (looent){ w.lower, xid[g->cls[i]] & 127, (uint32_t)i };
  }
  qsort(e, m, sizeof *e, cmp_looent);
  size_t nent = 0;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1 && !kg_htab_alloc(&t->lx2, nent)) break;
    for (size_t i = 0; i < m;) {
      size_t j = i;
      uint64_t all[2] = { 0, 0 };
      while (j < m && e[j].h == e[i].h) {
        cnt[e[j].upos]++;
        all[e[j].upos >> 6] |= 1ULL << (e[j].upos & 63);
        j++;
      }
      if (pass == 0) nent++;
      else {
        kg_htab_put(&t->lx2, e[i].h, set_hash(all));
        for (size_t k = i; k < j; k++) {
          uint64_t mk[2] = { 0, 0 };
          if (j - i > 1)
            for (size_t q = i; q < j; q++) {
              uint32_t x = e[q].upos;
              if (cnt[x] - (x == e[k].upos) > 0) mk[x >> 6] |= 1ULL << (x & 63);
            }
          amb[e[k].idx] = (mk[0] | mk[1]) ? set_hash(mk) : 0;
        }
      }
      for (size_t k = i; k < j; k++) cnt[e[k].upos] = 0;
      i = j;
    }
  }
  free(xid);
  free(e);
  free(cnt);
  if (!t->lx2.keys) { free(amb); return NULL; }
  return amb;
}

/* Word clusters: "W<TAB>form<TAB>bits" lines (tools/ner-clusters.c output;
 * other lines ignored) into t->cl, keyed by the exact form and by the
 * normalised form (the first line of a normalised form wins: the file lists
 * frequent forms first).  Returns the number of forms, -1 on error. */
static long read_clusters(kg_tagger *t, const char *path)
{
  FILE *f = fopen(path, "r");
  if (!f) { fprintf(stderr, "kgbuild: %s: cannot open\n", path); return -1; }
  size_t n = 0, cap = 0;
  tdent *e = NULL;
  char line[1024];
  int ok = 1;
  while (ok && fgets(line, sizeof line, f)) {
    if ((line[0] != 'W' && line[0] != 'C') || line[1] != '\t') continue;
    char *form = line + 2, *tab = strchr(form, '\t');
    if (!tab) continue;
    *tab = 0;
    char *bits = tab + 1;
    size_t bl = strcspn(bits, "\r\n");
    if (bl == 0 || bl > 30) continue;
    if (n + 2 > cap) {
      cap = cap ? cap * 2 : 8192;
      tdent *e2 = realloc(e, cap * sizeof *e2);
      if (!e2) { ok = 0; break; }
      e = e2;
    }
    if (line[0] == 'C') {            /* case bucket of a lower-case form */
      if (bl != 1 || bits[0] < '1' || bits[0] > '6') continue;
      e[n++] = (tdent){ kg_tagger_cl_key(form, strlen(form), 2), (uint32_t)(bits[0] - '0') };
      e[n++] = (tdent){ 0, 0 };
      continue;
    }
    uint32_t v = 1;
    for (size_t i = 0; i < bl; i++) v = v << 1 | (uint32_t)(bits[i] == '1');
    if (0) {
      cap = cap ? cap * 2 : 8192;
      tdent *e2 = realloc(e, cap * sizeof *e2);
      if (!e2) { ok = 0; break; }
      e = e2;
    }
    size_t fl = strlen(form);
    e[n++] = (tdent){ kg_tagger_cl_key(form, fl, 0), v };
    e[n++] = (tdent){ kg_tagger_cl_key(form, fl, 1), v };
  }
  fclose(f);
  if (ok && !kg_htab_alloc(&t->cl, n)) ok = 0;
  long nw = 0;
  for (size_t i = 0; ok && i < n; i++) {
    uint32_t old;
    if (!e[i].h) continue;
    if (kg_htab_get(&t->cl, e[i].h, &old)) continue;   /* first one wins */
    kg_htab_put(&t->cl, e[i].h, e[i].c);
    nw += (i & 1) == 0;
  }
  free(e);
  if (!ok) { fprintf(stderr, "kgbuild: %s: cannot read clusters\n", path); return -1; }
  return nw;
}

typedef struct evalres { double upos, xpos, lemma, secs; size_t n; } evalres;

static evalres evaluate(const kg_tagger *t, gold *g)
{
  evalres r = { 0, 0, 0, 0, g->doc->ntokens };
  clock_t c0 = clock();
  kg_tagger_run(t, g->doc);
  r.secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
  size_t u = 0, x = 0, l = 0;
  for (size_t i = 0; i < r.n; i++) {
    const kg_token *tk = &g->doc->tokens[i];
    u += tk->upos == g->upos[i];
    x += tk->xpos && !strcmp(tk->xpos, g->xpos[i]);
    l += tk->lemma && !strcmp(tk->lemma, g->lemma[i]);
  }
  if (r.n) { r.upos = 100.0 * u / r.n; r.xpos = 100.0 * x / r.n; r.lemma = 100.0 * l / r.n; }
  return r;
}

static int train_usage(void)
{
  fprintf(stderr,
          "usage: kgbuild train tagger --train FILE.conllu [--dev FILE.conllu] [--epochs N]\n"
          "                            [--seed N] [--buckets LOG2] [--stages 1|2 [--epochs2 N]]\n"
          "                            [--clusters FILE] [--models K]\n"
          "                            -o MODEL.kgm\n"
          "       kgbuild train tagger --eval FILE.conllu -m MODEL.kgm [--dump OUT.conllu]\n");
  return 2;
}

static int eval_main(const char *model, const char *path, const char *dump, const kg_logger *log)
{
  clock_t c0 = clock();
  kg_tagger *t;
  if (kg_tagger_load(model, log, &t)) return 1;
  double load_ms = 1000.0 * (double)(clock() - c0) / CLOCKS_PER_SEC;
  gold g;
  if (!gold_load(&g, path, log)) { gold_free(&g); kg_tagger_free(t); return 1; }
  evalres r = evaluate(t, &g);
  /* the fastest of a few more passes: a steadier speed figure on a busy machine */
  double secs = r.secs;
  for (int k = 0; k < 6; k++) {
    double s2 = evaluate(t, &g).secs;
    if (s2 < secs) secs = s2;
  }
  if (dump) {
    FILE *o = fopen(dump, "w");
    if (!o || kg_conllu_write(g.doc, o) || fclose(o)) fprintf(stderr, "kgbuild: %s: cannot write\n", dump);
    /* DUMP.alt: per word, the runner-up UPOS with another tag and its score
     * gap (kg_tagger_run_alt), for the parser's tag-uncertainty features */
    size_t nt = g.doc->ntokens;
    uint8_t *alts = malloc(nt + 1);
    float *gaps = malloc((nt + 1) * sizeof *gaps);
    const char **altx = malloc((nt + 1) * sizeof *altx);   /* its XPOS: third column */
    char *an = malloc(strlen(dump) + 5);
    if (alts && gaps && altx && an && kg_tagger_run_alt_x(t, g.doc, alts, gaps, altx) == KG_OK) {
      sprintf(an, "%s.alt", dump);
      FILE *a = fopen(an, "w");
      for (size_t i = 0; a && i < nt; i++)
        fprintf(a, "%s\t%.3f\t%s\n", alts[i] ? kg_upos_name(alts[i] - 1) : "_",
                gaps[i] > 1e29f ? 999.0 : gaps[i], altx[i] ? altx[i] : "_");
      if (!a || fclose(a)) fprintf(stderr, "kgbuild: %s: cannot write\n", an);
    }
    free(alts);
    free(gaps);
    free(altx);
    free(an);
  }
  printf("%s: %zu words  UPOS %.2f  XPOS %.2f  lemma %.2f  (load %.1f ms, %.0f tokens/s)\n",
         path, r.n, r.upos, r.xpos, r.lemma, load_ms, secs > 0 ? r.n / secs : 0.0);
  gold_free(&g);
  kg_tagger_free(t);
  return 0;
}

/* Training state shared by the passes. */
typedef struct tctx {
  kg_tagger *t;
  gold *tg;
  const uint32_t *loo;    /* leave-one-out lexicon sets per training token */
  const uint32_t *loo2;   /* ... XPOS sets */
  const uint8_t *unk;     /* hide word identity (may be NULL) */
  uint32_t *s1;           /* jackknifed stage-1 classes per training token */
  uint32_t *order;
  size_t ns;
  uint64_t rng;
  const char **forms;
  uint32_t *lens, *cls;
  kg_tagtok *wbuf;
} tctx;

/* Loads sentence s's forms; 0 when it has a word outside the classes. */
static int load_sentence(tctx *c, const kg_sentence *se)
{
  int ok = 1;
  for (uint32_t i = 0; i < se->ntok; i++) {
    c->forms[i] = c->tg->doc->tokens[se->tok + i].form;
    c->lens[i] = (uint32_t)strlen(c->forms[i]);
    if (c->tg->cls[se->tok + i] == KG_TAG_NONE) ok = 0;
  }
  return ok;
}

/* One epoch of `stage` over the sentences not in `fold` (fold < 0: all). */
static double train_epoch(tctx *c, kg_ap *ap, int stage, int fold)
{
  for (size_t s = c->ns; s > 1; s--) {
    size_t j = (size_t)(rng_next(&c->rng) % s);
    uint32_t tmp = c->order[s - 1]; c->order[s - 1] = c->order[j]; c->order[j] = tmp;
  }
  size_t correct = 0, total = 0;
  for (size_t k = 0; k < c->ns; k++) {
    if (fold >= 0 && (int)(c->order[k] % KG_TAG_FOLDS) == fold) continue;
    const kg_sentence *se = &c->tg->doc->sents[c->order[k]];
    if (!load_sentence(c, se)) continue;
    kg_tagger_prep(c->t, c->forms, c->lens, se->ntok, c->wbuf, c->loo + se->tok,
                   c->loo2 + se->tok, c->unk ? c->unk + se->tok : NULL,
                   stage == 2 ? c->s1 + se->tok : NULL);
    correct += kg_tagger_decode(c->t, NULL, ap, stage, c->wbuf + 2, se->ntok, c->cls,
                                c->tg->cls + se->tok);
    total += se->ntok;
  }
  return total ? 100.0 * correct / total : 0.0;
}

/* Stage-1 classes of the sentences of `fold`, by a model that never saw them. */
static void predict_fold(tctx *c, const kg_ap *ap, int fold)
{
  for (size_t s = 0; s < c->ns; s++) {
    if ((int)(s % KG_TAG_FOLDS) != fold) continue;
    const kg_sentence *se = &c->tg->doc->sents[s];
    load_sentence(c, se);
    kg_tagger_prep(c->t, c->forms, c->lens, se->ntok, c->wbuf, c->loo + se->tok,
                   c->loo2 + se->tok, NULL, NULL);
    kg_tagger_decode(c->t, ap, NULL, 1, c->wbuf + 2, se->ntok, c->s1 + se->tok, NULL);
  }
}

/* Trains one stage on all sentences for `epochs`, keeping the averaged
 * model of the best dev epoch (the last one without dev). */
static kg_ap *train_stage(tctx *c, int stage, int epochs, unsigned buckets, gold *dev)
{
  kg_ap *ap = kg_ap_new(c->t->nclass, buckets), *best = NULL;
  if (!ap) return NULL;
  double best_upos = -1;
  int best_epoch = 0;
  for (int ep = 1; ep <= epochs; ep++) {
    double tr = train_epoch(c, ap, stage, -1);
    kg_ap *avg = kg_ap_copy_averaged(ap);
    if (!avg) { kg_ap_free(ap); kg_ap_free(best); return NULL; }
    fprintf(stderr, "stage %d epoch %2d: train %.2f", stage, ep, tr);
    double score = ep;
    if (dev) {
      if (stage == 1) c->t->ap = avg; else c->t->ap2 = avg;
      evalres r = evaluate(c->t, dev);
      if (stage == 1) c->t->ap = NULL; else c->t->ap2 = NULL;
      fprintf(stderr, "  dev UPOS %.2f XPOS %.2f lemma %.2f  (%.0f tokens/s)", r.upos, r.xpos,
              r.lemma, r.secs > 0 ? r.n / r.secs : 0.0);
      score = r.upos + r.xpos / 1000.0;
    }
    fputc('\n', stderr);
    if (score > best_upos) {
      best_upos = score;
      best_epoch = ep;
      kg_ap_free(best);
      best = avg;
    } else kg_ap_free(avg);
  }
  kg_ap_free(ap);
  fprintf(stderr, "stage %d: keeping epoch %d\n", stage, best_epoch);
  return best;
}

int kg_tagger_train_main(int argc, char **argv)
{
  const char *train = NULL, *dev = NULL, *out = NULL, *evalf = NULL, *model = NULL, *dump = NULL;
  const char *clf = NULL;
  int epochs = 12, epochs2 = -1, stages = 1, nmodels = 1;
  unsigned long long seed = 1;
  unsigned buckets = 19;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--train") && v) train = argv[++i];
    else if (!strcmp(a, "--dev") && v) dev = argv[++i];
    else if (!strcmp(a, "--eval") && v) evalf = argv[++i];
    else if ((!strcmp(a, "-m") || !strcmp(a, "--model")) && v) model = argv[++i];
    else if (!strcmp(a, "-o") && v) out = argv[++i];
    else if (!strcmp(a, "--dump") && v) dump = argv[++i];
    else if (!strcmp(a, "--clusters") && v) clf = argv[++i];
    else if (!strcmp(a, "--epochs") && v) epochs = atoi(argv[++i]);
    else if (!strcmp(a, "--epochs2") && v) epochs2 = atoi(argv[++i]);
    else if (!strcmp(a, "--stages") && v) stages = atoi(argv[++i]);
    else if (!strcmp(a, "--models") && v) nmodels = atoi(argv[++i]);
    else if (!strcmp(a, "--seed") && v) seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(a, "--buckets") && v) buckets = (unsigned)atoi(argv[++i]);
    else return train_usage();
  }
  kg_logger log = { train_log, NULL, KG_LOG_INFO };
  if (evalf) return model ? eval_main(model, evalf, dump, &log) : train_usage();
  if (epochs2 < 0) epochs2 = epochs;
  if (!train || !out || epochs < 1 || epochs > 100 || epochs2 < 1 || epochs2 > 100 ||
      buckets < 10 || buckets > 26 || stages < 1 || stages > 2 || nmodels < 1 || nmodels > 16)
    return train_usage();

  int rc = 1;
  gold tg, dg;
  memset(&tg, 0, sizeof tg);
  memset(&dg, 0, sizeof dg);
  tctx c;
  memset(&c, 0, sizeof c);
  uint32_t *loo = NULL, *loo2 = NULL;
  kg_tagger *t = calloc(1, sizeof *t);
  if (!t || !gold_load(&tg, train, &log) || (dev && !gold_load(&dg, dev, &log))) goto out;
  if (!build_classes(t, &tg)) goto out;
  gold_classes(t, &tg);
  if (dev) gold_classes(t, &dg);
  if (!build_tagdict(t, &tg) || !build_lexicon(t, &tg, 1)) goto out;
  if (clf) {
    long ncl = read_clusters(t, clf);
    if (ncl < 0) goto out;
    fprintf(stderr, "clusters of %ld forms from %s\n", ncl, clf);
  }
  t->lem = kg_lemma_new();
  if (!t->lem) goto out;
  for (size_t i = 0; i < tg.doc->ntokens; i++)
    if (kg_lemma_add(t->lem, tg.doc->tokens[i].form, tg.xpos[i], tg.lemma[i])) goto out;
  if (kg_lemma_build(t->lem) || kg_tagger_finish(t)) goto out;
  fprintf(stderr, "train: %zu sentences, %zu words, %u classes, %u tag-dictionary words, "
          "%u lexicon words, %zu lemma exceptions, %zu lemma rules\n", tg.doc->nsents,
          tg.doc->ntokens, t->nclass, kg_htab_count(&t->td), kg_htab_count(&t->lx),
          kg_lemma_nexceptions(t->lem), kg_lemma_nrules(t->lem));
  if (!(loo = build_loo(&tg, 1)) || !(loo2 = build_lexicon2(t, &tg))) goto out;
  size_t maxn = 1;
  c.t = t;
  c.tg = &tg;
  c.loo = loo;
  c.loo2 = loo2;
  c.ns = tg.doc->nsents;
  c.rng = seed;
  for (size_t s = 0; s < c.ns; s++) if (tg.doc->sents[s].ntok > maxn) maxn = tg.doc->sents[s].ntok;
  c.order = malloc((c.ns + 1) * sizeof *c.order);
  c.s1 = calloc(tg.doc->ntokens + 1, sizeof *c.s1);
  c.cls = malloc(maxn * sizeof *c.cls);
  c.forms = malloc(maxn * sizeof *c.forms);
  c.lens = malloc(maxn * sizeof *c.lens);
  c.wbuf = malloc((maxn + 4) * sizeof *c.wbuf);
  if (!c.order || !c.s1 || !c.cls || !c.forms || !c.lens || !c.wbuf) goto out;
  for (size_t s = 0; s < c.ns; s++) c.order[s] = (uint32_t)s;

  if (stages == 2) {
    /* jackknifed stage-1 output for stage 2's training */
    int ejk = epochs < 6 ? epochs : 6;
    for (int fold = 0; fold < KG_TAG_FOLDS; fold++) {
      kg_ap *ap = kg_ap_new(t->nclass, buckets);
      if (!ap) goto out;
      for (int ep = 0; ep < ejk; ep++) train_epoch(&c, ap, 1, fold);
      kg_ap_average(ap);
      predict_fold(&c, ap, fold);
      kg_ap_free(ap);
      fprintf(stderr, "jackknife fold %d/%d done\n", fold + 1, KG_TAG_FOLDS);
    }
    size_t ok = 0;
    for (size_t i = 0; i < tg.doc->ntokens; i++) ok += c.s1[i] == tg.cls[i];
    fprintf(stderr, "jackknifed stage-1 accuracy on train: %.2f\n",
            100.0 * ok / (tg.doc->ntokens ? tg.doc->ntokens : 1));
  }
  t->ap = train_stage(&c, 1, epochs, buckets, dev ? &dg : NULL);
  if (!t->ap) goto out;
  if (nmodels > 1) {
    /* more runs with seeds seed+1, ...; their averaged weights are summed */
    kg_ap *sum = kg_ap_new(t->nclass, buckets);
    if (!sum) goto out;
    kg_ap_add(sum, t->ap);
    for (int r = 1; r < nmodels; r++) {
      c.rng = seed + (unsigned long long)r;
      for (size_t s = 0; s < c.ns; s++) c.order[s] = (uint32_t)s;
      kg_ap *ap = train_stage(&c, 1, epochs, buckets, dev ? &dg : NULL);
      if (!ap) { kg_ap_free(sum); goto out; }
      kg_ap_add(sum, ap);
      kg_ap_free(ap);
    }
    kg_ap_free(t->ap);
    t->ap = sum;
    if (dev) {
      evalres r = evaluate(t, &dg);
      fprintf(stderr, "%d models summed: dev UPOS %.2f XPOS %.2f lemma %.2f\n", nmodels, r.upos,
              r.xpos, r.lemma);
    }
  }
  if (stages == 2 && !(t->ap2 = train_stage(&c, 2, epochs2, buckets, dev ? &dg : NULL))) goto out;
  fprintf(stderr, "writing %s\n", out);
  if (kg_tagger_save(t, out, &log)) goto out;
  /* round trip: the saved model must load and tag like the trained one */
  kg_tagger *re;
  if (kg_tagger_load(out, &log, &re)) goto out;
  if (dev) {
    evalres r = evaluate(re, &dg);
    fprintf(stderr, "reloaded: dev UPOS %.2f XPOS %.2f lemma %.2f\n", r.upos, r.xpos, r.lemma);
  }
  kg_tagger_free(re);
  rc = 0;
out:
  if (rc) fprintf(stderr, "kgbuild: train tagger: failed\n");
  free(c.order);
  free(c.s1);
  free(c.cls);
  free(c.forms);
  free(c.lens);
  free(c.wbuf);
  free(loo);
  free(loo2);
  gold_free(&tg);
  gold_free(&dg);
  kg_tagger_free(t);
  return rc;
}
