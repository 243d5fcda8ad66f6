/* ner_train.c — `kgbuild train ner`: reads CoNLL-2003 files, trains the
 * recogniser of ner.c, reports dev F1 per epoch, keeps the best epoch and
 * writes the model; `--eval` scores a model on a CoNLL file (exact
 * span-and-type match, as conlleval).
 *
 * Owns: the CoNLL reader (IOB1 or IOB2 in the last column -> BILOU), the
 * cluster file reader, the training loop and the span scorer.
 * Does not own: features, decoding or the model format (ner.c, ner_model.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <time.h>
#include "ner_int.h"
#include "dict.h"

/* The train command may print: library messages go to stderr. */
static void print_log(void *user, kg_log_level level, const char *where, const char *msg)
{
  (void)user; (void)level;
  if (where) fprintf(stderr, "kgbuild: %s: %s\n", where, msg);
  else fprintf(stderr, "kgbuild: %s\n", msg);
}

typedef struct corpus {
  char *buf;                 /* all token text, NUL-separated */
  const char **form;
  uint8_t *gold, *gaz, *prev;
  uint32_t ntok, cap;
  uint32_t *sstart; uint32_t nsent, scap;   /* global sentence starts */
  uint32_t *dsent; uint32_t ndoc, dcap;     /* first sentence of each doc */
} corpus;

static int type_of(const char *t)
{
  static const char *names[] = { "PER", "ORG", "LOC", "MISC" };
  for (int k = 0; k < 4; k++) if (!strcmp(t, names[k])) return k + 1;
  return 0;
}

#define GROW(p, n, cap) do { if ((n) >= (cap)) { (cap) = (cap) ? (cap) * 2 : 4096; \
  void *np_ = realloc((p), (size_t)(cap) * sizeof *(p)); if (!np_) goto nomem; (p) = np_; } } while (0)

/* IOB tags of one sentence (type, 'B' or 'I' per token) to BILOU. */
static void to_bilou(const int *ty, const char *bi, uint32_t n, uint8_t *out)
{
  for (uint32_t i = 0; i < n; i++) {
    if (!ty[i]) { out[i] = 0; continue; }
    int start = bi[i] == 'B' || i == 0 || ty[i - 1] != ty[i];
    int end = i + 1 == n || ty[i + 1] != ty[i] || bi[i + 1] == 'B';
    int pos = start && end ? NER_U : start ? NER_B : end ? NER_L : NER_I;
    out[i] = (uint8_t)(1 + (ty[i] - 1) * 4 + pos);
  }
}

static int read_conll(const char *path, corpus *c)
{
  memset(c, 0, sizeof *c);
  FILE *f = fopen(path, "r");
  if (!f) { fprintf(stderr, "kgbuild: %s: cannot open\n", path); return -1; }
  size_t bcap = 1 << 20, blen = 0;
  c->buf = malloc(bcap);
  uint32_t *off = NULL; uint32_t ocap = 0;
  int *ty = NULL; char *bi = NULL; uint32_t tcap = 0;
  char line[4096];
  int newdoc = 1;
  uint32_t sent0 = 0;
  if (!c->buf) goto nomem;
  for (;;) {
    char *ok = fgets(line, sizeof line, f);
    size_t L = ok ? strlen(line) : 0;
    while (L && (line[L - 1] == '\n' || line[L - 1] == '\r')) line[--L] = 0;
    if (!ok || L == 0 || !strncmp(line, "-DOCSTART-", 10)) {
      if (c->ntok > sent0) {      /* close a sentence */
        GROW(c->sstart, c->nsent + 1, c->scap);
        if (newdoc) { GROW(c->dsent, c->ndoc, c->dcap); c->dsent[c->ndoc++] = c->nsent; newdoc = 0; }
        c->sstart[c->nsent++] = sent0;
        to_bilou(ty + sent0, bi + sent0, c->ntok - sent0, c->gold + sent0);
        sent0 = c->ntok;
      }
      if (ok && L && !strncmp(line, "-DOCSTART-", 10)) newdoc = 1;
      if (!ok) break;
      continue;
    }
    char *sp = strchr(line, ' ');
    char *tag = strrchr(line, ' ');
    if (!sp) sp = line + L, tag = NULL;
    size_t wl = (size_t)(sp - line);
    while (blen + wl + 1 > bcap) { bcap *= 2; char *nb = realloc(c->buf, bcap); if (!nb) goto nomem; c->buf = nb; }
    if (c->ntok + 1 >= c->cap || c->ntok + 1 >= ocap || c->ntok + 1 >= tcap) {
      uint32_t nc = c->cap ? c->cap * 2 : 65536;
      void *a = realloc(c->gold, nc), *b = realloc(off, nc * sizeof *off);
      if (a) c->gold = a;
      if (b) off = b;
      void *d2 = realloc(ty, nc * sizeof *ty), *e = realloc(bi, nc);
      if (d2) ty = d2;
      if (e) bi = e;
      if (!a || !b || !d2 || !e) goto nomem;
      c->cap = ocap = tcap = nc;
    }
    memcpy(c->buf + blen, line, wl);
    c->buf[blen + wl] = 0;
    off[c->ntok] = (uint32_t)blen;
    blen += wl + 1;
    const char *t = tag ? tag + 1 : "O";
    ty[c->ntok] = (t[0] == 'B' || t[0] == 'I') && t[1] == '-' ? type_of(t + 2) : 0;
    bi[c->ntok] = t[0];
    c->ntok++;
  }
  fclose(f);
  GROW(c->sstart, c->nsent + 1, c->scap);
  c->sstart[c->nsent] = c->ntok;
  GROW(c->dsent, c->ndoc + 1, c->dcap);
  c->dsent[c->ndoc] = c->nsent;
  c->form = malloc((size_t)(c->ntok + 1) * sizeof *c->form);
  if (!c->form) goto nomem;
  for (uint32_t i = 0; i < c->ntok; i++) c->form[i] = c->buf + off[i];
  free(off); free(ty); free(bi);
  return 0;
nomem:
  fprintf(stderr, "kgbuild: %s: out of memory\n", path);
  fclose(f);
  free(off); free(ty); free(bi);
  return -1;
}

static void corpus_free(corpus *c)
{
  free(c->buf); free(c->form); free(c->gold); free(c->gaz); free(c->prev); free(c->sstart); free(c->dsent);
  memset(c, 0, sizeof *c);
}

/* A view of document k; sstart is rebased into tmp. */
static void corpus_doc(const corpus *c, uint32_t k, ner_doc *d, uint32_t *tmp)
{
  uint32_t s0 = c->dsent[k], s1 = c->dsent[k + 1];
  uint32_t t0 = c->sstart[s0];
  d->nsent = s1 - s0;
  d->ntok = c->sstart[s1] - t0;
  for (uint32_t s = 0; s <= d->nsent; s++) tmp[s] = c->sstart[s0 + s] - t0;
  d->sstart = tmp;
  d->form = c->form + t0;
  d->gold = c->gold + t0;
  d->gaz = c->gaz ? c->gaz + t0 : NULL;
  d->prev = c->prev ? c->prev + t0 : NULL;
  d->gaztab = NULL;
}

/* Dictionary codes for a whole corpus: each document becomes a kg_doc
 * whose text is its tokens joined by spaces. */
static int corpus_gaz(corpus *c, const kg_dict *dict)
{
  c->gaz = calloc(c->ntok + 1, 1);
  if (!c->gaz) return -1;
  for (uint32_t k = 0; k < c->ndoc; k++) {
    uint32_t s0 = c->dsent[k], s1 = c->dsent[k + 1], t0 = c->sstart[s0], t1 = c->sstart[s1];
    size_t len = 0;
    for (uint32_t i = t0; i < t1; i++) len += strlen(c->form[i]) + 1;
    char *text = malloc(len + 1);
    if (!text) return -1;
    size_t p = 0;
    for (uint32_t i = t0; i < t1; i++) {
      size_t l = strlen(c->form[i]);
      memcpy(text + p, c->form[i], l); p += l; text[p++] = i + 1 < t1 ? ' ' : 0;
    }
    if (p == 0) text[0] = 0;
    kg_doc *doc = kg_doc_new(text, p ? p - 1 : 0, NULL);
    free(text);
    if (!doc) return -1;
    p = 0;
    for (uint32_t s = s0; s < s1; s++) {
      kg_sentence *se = kg_doc_add_sentence(doc);
      if (!se) { kg_doc_free(doc); return -1; }
      uint32_t a = c->sstart[s], b = c->sstart[s + 1];
      se->ntok = b - a;
      se->start = (uint32_t)p;
      for (uint32_t i = a; i < b; i++) {
        size_t l = strlen(c->form[i]);
        kg_token *tk = kg_doc_add_token(doc, (uint32_t)p, (uint32_t)(p + l));
        if (!tk) { kg_doc_free(doc); return -1; }
        tk->form = kg_doc_strndup(doc, doc->text + p, l);
        tk->space_after = 1;
        p += l + 1;
      }
      doc->sents[doc->nsents - 1].end = (uint32_t)(p ? p - 1 : 0);
    }
    kg_ner_dict_codes(dict, doc, c->gaz + t0);
    kg_doc_free(doc);
  }
  return 0;
}

/* ------------------------------------------------------------ scoring */

typedef struct prf { uint32_t gold[5], pred[5], ok[5]; } prf;

static void spans_score(const uint8_t *gold, const uint8_t *pred, uint32_t n, prf *r)
{
  /* spans are well formed BILOU in both; compare by (start, end, type) */
  uint32_t gs = 0, ps = 0; int gt = 0, pt = 0;
  for (uint32_t i = 0; i < n; i++) {
    int g = gold[i], p = pred[i];
    int gp = g ? (g - 1) % 4 : -1, pp = p ? (p - 1) % 4 : -1;
    if (gp == NER_B || gp == NER_U) { gs = i; gt = (g - 1) / 4 + 1; }
    if (pp == NER_B || pp == NER_U) { ps = i; pt = (p - 1) / 4 + 1; }
    int gend = gp == NER_L || gp == NER_U, pend = pp == NER_L || pp == NER_U;
    if (gend) { r->gold[0]++; r->gold[gt]++; }
    if (pend) { r->pred[0]++; r->pred[pt]++; }
    if (gend && pend && gs == ps && gt == pt) { r->ok[0]++; r->ok[gt]++; }
  }
}

static double f1_of(const prf *r, int k)
{
  double p = r->pred[k] ? (double)r->ok[k] / r->pred[k] : 0;
  double q = r->gold[k] ? (double)r->ok[k] / r->gold[k] : 0;
  return p + q > 0 ? 200.0 * p * q / (p + q) : 0;
}

/* Tags corpus c with m (or the training weights ap); fills r; writes
 * "token gold pred" lines (IOB2) to out when given. */
static int evaluate(const kg_ner *m, const corpus *c, prf *r, FILE *out, double *secs)
{
  static const char *tn[] = { "", "PER", "ORG", "LOC", "MISC" };
  ner_work w = { 0 };
  uint32_t *tmp = malloc((size_t)(c->nsent + 2) * sizeof *tmp);
  if (!tmp) return -1;
  memset(r, 0, sizeof *r);
  clock_t t0 = clock();
  for (uint32_t k = 0; k < c->ndoc; k++) {
    ner_doc d;
    corpus_doc(c, k, &d, tmp);
    if (kg_ner_tag_doc(m, NULL, NER_RUN, &d, &w)) { free(tmp); kg_ner_work_free(&w); return -1; }
    spans_score(d.gold, w.tag, d.ntok, r);
    if (out) {
      for (uint32_t s = 0; s < d.nsent; s++) {
        for (uint32_t i = d.sstart[s]; i < d.sstart[s + 1]; i++) {
          int g = d.gold[i], p = w.tag[i];
          const char *gb = g ? ((g - 1) % 4 == NER_B || (g - 1) % 4 == NER_U ? "B-" : "I-") : "O";
          const char *pb = p ? ((p - 1) % 4 == NER_B || (p - 1) % 4 == NER_U ? "B-" : "I-") : "O";
          fprintf(out, "%s %s%s%s %s%s%s\n", d.form[i], gb, tn[g ? (g - 1) / 4 + 1 : 0], "",
                  pb, tn[p ? (p - 1) / 4 + 1 : 0], "");
        }
        fputc('\n', out);
      }
    }
  }
  if (secs) *secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  free(tmp);
  kg_ner_work_free(&w);
  return 0;
}

static void print_prf(const char *what, const prf *r)
{
  fprintf(stderr, "%s F1 %.2f (PER %.2f ORG %.2f LOC %.2f MISC %.2f; %u gold, %u predicted, %u correct)\n",
          what, f1_of(r, 0), f1_of(r, 1), f1_of(r, 2), f1_of(r, 3), f1_of(r, 4),
          r->gold[0], r->pred[0], r->ok[0]);
}

/* ------------------------------------------------------------ clusters */

/* Lines "W<TAB>form<TAB>bits" (bit string of a binary cluster path) and
 * "C<TAB>lowerform<TAB>bucket" (1..6, how often the word is lower case in
 * running text). */
static int read_clusters(const char *path, kg_ner *m)
{
  FILE *f = fopen(path, "r");
  if (!f) { fprintf(stderr, "kgbuild: %s: cannot open\n", path); return -1; }
  char line[1024];
  while (fgets(line, sizeof line, f)) {
    char *a = strchr(line, '\t'), *b = a ? strchr(a + 1, '\t') : NULL;
    if (!a || !b) continue;
    *a++ = 0; *b++ = 0;
    b[strcspn(b, "\r\n")] = 0;
    size_t al = strlen(a);
    if (line[0] == 'W') {
      uint32_t v = 1;
      for (int k = 0; b[k] && k < 30; k++) v = v * 2 + (b[k] == '1');
      if (kg_ner_table_put(&m->clusters, kg_hash_bytes(a, al, NER_CLUSTER_SEED), v)) { fclose(f); return -1; }
    } else if (line[0] == 'C') {
      uint32_t v = (uint32_t)atoi(b);
      if (v && kg_ner_table_put(&m->casetab, kg_ner_hash_lower(a, al) ^ NER_CASE_SEED, v)) { fclose(f); return -1; }
    }
  }
  fclose(f);
  return 0;
}

static int load_dict_dir(const char *dir, kg_dict **out)
{
  *out = NULL;
  DIR *dp = opendir(dir);
  if (!dp) { fprintf(stderr, "kgbuild: %s: cannot open\n", dir); return -1; }
  kg_dict *dict = kg_dict_new();
  kg_logger lg = { print_log, NULL, KG_LOG_WARN };
  struct dirent *de;
  char *names[256]; int nn = 0;
  while ((de = readdir(dp)) && nn < 256) {
    size_t l = strlen(de->d_name);
    if (l > 4 && !strcmp(de->d_name + l - 4, ".ttl")) names[nn++] = strdup(de->d_name);
  }
  closedir(dp);
  /* sorted, so that the dictionary (and the model) is deterministic */
  for (int i = 1; i < nn; i++) for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
    char *t = names[j]; names[j] = names[j - 1]; names[j - 1] = t;
  }
  int rc = dict ? 0 : -1;
  for (int i = 0; i < nn; i++) {
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    if (!rc && kg_dict_load_file(dict, p, &lg) != KG_OK) { fprintf(stderr, "kgbuild: %s: cannot load\n", p); rc = -1; }
    free(names[i]);
  }
  if (!rc && kg_dict_finish(dict) != KG_OK) rc = -1;
  if (rc) { kg_dict_free(dict); return -1; }
  *out = dict;
  return 0;
}

/* ------------------------------------------------------------ training */

static uint64_t rng_next(uint64_t *s)
{
  *s ^= *s << 13; *s ^= *s >> 7; *s ^= *s << 17;
  return *s;
}

/* Gazetteer of the entity strings of the documents of c whose index mod
 * nfold is not `fold` (all documents when fold < 0). */
static int build_gaz(const corpus *c, int nfold, int fold, ner_table *g)
{
  for (uint32_t k = 0; k < c->ndoc; k++) {
    if (fold >= 0 && (int)(k % (uint32_t)nfold) == fold) continue;
    uint32_t t0 = c->sstart[c->dsent[k]], t1 = c->sstart[c->dsent[k + 1]];
    for (uint32_t i = t0; i < t1; i++) {
      int t = c->gold[i];
      if (!t || ((t - 1) % 4 != NER_B && (t - 1) % 4 != NER_U)) continue;
      uint64_t h = 0;
      uint32_t j = i;
      for (; j < t1 && j - i < NER_GAZ_MAXLEN; j++) {
        h = ner_gaz_key(h, kg_ner_hash_lower(c->form[j], strlen(c->form[j])));
        int p = (c->gold[j] - 1) % 4;
        if (p == NER_L || p == NER_U) break;
      }
      if (j == t1 || j - i >= NER_GAZ_MAXLEN) continue;
      uint32_t mask = kg_ner_table_get(g, h) | 1u << ((t - 1) / 4);
      if (kg_ner_table_put(g, h, mask)) return -1;
    }
  }
  return 0;
}

typedef struct trainer {
  kg_ner *m;
  const corpus *tr, *dev;
  const ner_table *fold_gaz;   /* per fold, for training documents */
  int nfold;
  uint64_t seed;
  uint32_t log2_buckets;
  int nmodels;                 /* runs with seeds seed, seed+1, ... summed */
} trainer;

/* Trains one pass for up to `epochs` epochs on the documents not in fold
 * `skip` (-1: all).  With report set, evaluates the averaged weights on dev
 * after each epoch and returns the best; else returns the last.  Pass 2
 * needs tr->prev (and m->ap for dev). */
static kg_ap *train_run(const trainer *T, int mode, int epochs, int skip, int report,
                        int *best_epoch)
{
  const corpus *tr = T->tr;
  kg_ap *ap = kg_ap_new(NER_NCLASS, T->log2_buckets), *best = NULL;
  uint32_t *order = malloc((size_t)tr->ndoc * sizeof *order), norder = 0;
  uint32_t *tmp = malloc((size_t)(tr->nsent + 2) * sizeof *tmp);
  ner_work w = { 0 };
  double bestf = -1;
  int beste = 0;
  if (!ap || !order || !tmp) goto fail;
  for (uint32_t k = 0; k < tr->ndoc; k++)
    if (skip < 0 || (int)(k % (uint32_t)T->nfold) != skip) order[norder++] = k;
  uint64_t rs = T->seed * 2654435761ULL + 0x1234567ULL + (uint64_t)(skip + 1) * 977 + (uint64_t)mode;
  for (int e = 1; e <= epochs; e++) {
    for (uint32_t k = norder; k > 1; k--) {
      uint32_t j = (uint32_t)(rng_next(&rs) % k);
      uint32_t t = order[k - 1]; order[k - 1] = order[j]; order[j] = t;
    }
    clock_t t0 = clock();
    for (uint32_t k = 0; k < norder; k++) {
      ner_doc d;
      corpus_doc(tr, order[k], &d, tmp);
      if (T->fold_gaz) d.gaztab = &T->fold_gaz[order[k] % (uint32_t)T->nfold];
      if (kg_ner_tag_doc(T->m, ap, mode, &d, &w)) goto fail;
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (!report) continue;
    kg_ap *cp = kg_ap_copy_averaged(ap);
    if (!cp) goto fail;
    kg_ap **slot = mode == NER_PASS2 ? &T->m->ap2 : &T->m->ap;
    kg_ap *keep = *slot, *keep2 = T->m->ap2;
    if (mode == NER_PASS1) T->m->ap2 = NULL;
    *slot = cp;
    prf r;
    int ok = evaluate(T->m, T->dev, &r, NULL, NULL) == 0;
    *slot = keep;
    T->m->ap2 = keep2;
    char what[80];
    snprintf(what, sizeof what, "ner: pass %d epoch %d (%.1fs) dev", mode == NER_PASS2 ? 2 : 1, e, secs);
    if (ok) print_prf(what, &r);
    if (ok && f1_of(&r, 0) > bestf) { bestf = f1_of(&r, 0); beste = e; kg_ap_free(best); best = cp; }
    else kg_ap_free(cp);
  }
  if (report) {
    fprintf(stderr, "ner: pass %d: best epoch %d (dev F1 %.2f)\n", mode == NER_PASS2 ? 2 : 1, beste, bestf);
    if (best_epoch) *best_epoch = beste;
    kg_ap_free(ap);
    ap = best;
  } else kg_ap_average(ap);
  free(order); free(tmp);
  kg_ner_work_free(&w);
  return ap;
fail:
  kg_ap_free(ap); kg_ap_free(best);
  free(order); free(tmp);
  kg_ner_work_free(&w);
  return NULL;
}

/* train_run T->nmodels times with consecutive seeds and sums the weights
 * (best_epoch: the first run's). */
static kg_ap *train_pass(const trainer *T, int mode, int epochs, int skip, int report,
                         int *best_epoch)
{
  kg_ap *ap = train_run(T, mode, epochs, skip, report, best_epoch);
  if (!ap || T->nmodels <= 1) return ap;
  kg_ap *sum = kg_ap_new(NER_NCLASS, T->log2_buckets);
  if (!sum) { kg_ap_free(ap); return NULL; }
  kg_ap_add(sum, ap);
  kg_ap_free(ap);
  for (int r = 1; r < T->nmodels; r++) {
    trainer U = *T;
    U.seed = T->seed + (uint64_t)r;
    ap = train_run(&U, mode, epochs, skip, report, NULL);
    if (!ap) { kg_ap_free(sum); return NULL; }
    kg_ap_add(sum, ap);
    kg_ap_free(ap);
  }
  if (report) {
    kg_ap **slot = mode == NER_PASS2 ? &T->m->ap2 : &T->m->ap;
    kg_ap *keep = *slot, *keep2 = T->m->ap2;
    if (mode == NER_PASS1) T->m->ap2 = NULL;
    *slot = sum;
    prf r;
    int ok = evaluate(T->m, T->dev, &r, NULL, NULL) == 0;
    *slot = keep;
    T->m->ap2 = keep2;
    char what[80];
    snprintf(what, sizeof what, "ner: pass %d, %d models summed: dev", mode == NER_PASS2 ? 2 : 1, T->nmodels);
    if (ok) print_prf(what, &r);
  }
  return sum;
}

/* Pass-1 tags of corpus c into c->prev: by T->m->ap, or with jack set
 * (c is the training data) jackknifed: each fold tagged by a model trained
 * without it, with the gazetteer built without it. */
static int tag_prev(const trainer *T, corpus *c, int epochs, int jack)
{
  free(c->prev);
  c->prev = calloc(c->ntok + 1, 1);
  uint32_t *tmp = malloc((size_t)(c->nsent + 2) * sizeof *tmp);
  ner_work w = { 0 };
  int rc = -1;
  if (!c->prev || !tmp) goto out;
  for (int f = 0; f < (jack ? T->nfold : 1); f++) {
    kg_ap *fa = NULL;
    if (jack) {
      /* one run per fold, whatever T->nmodels (10 times cheaper) */
      fa = train_run(T, NER_PASS1, epochs, f, 0, NULL);
      if (!fa) goto out;
      fprintf(stderr, "ner: jackknife fold %d of %d done\n", f + 1, T->nfold);
    }
    kg_ner tmpm = *T->m;
    if (jack) tmpm.ap = fa;
    tmpm.ap2 = NULL;
    for (uint32_t k = 0; k < c->ndoc; k++) {
      if (jack && (int)(k % (uint32_t)T->nfold) != f) continue;
      ner_doc d;
      corpus_doc(c, k, &d, tmp);
      d.prev = NULL;
      if (jack) d.gaztab = &T->fold_gaz[f];
      if (kg_ner_tag_doc(&tmpm, NULL, NER_PASS1, &d, &w)) { kg_ap_free(fa); goto out; }
      memcpy(c->prev + c->sstart[c->dsent[k]], w.tag, d.ntok);
    }
    kg_ap_free(fa);
  }
  rc = 0;
out:
  free(tmp);
  kg_ner_work_free(&w);
  return rc;
}

static int usage(void)
{
  fprintf(stderr,
    "usage: kgbuild train ner --train FILE --dev FILE [--epochs N] [--seed N]\n"
    "                         [--clusters FILE] [--ontology DIR] [--passes 1|2] [--folds K]\n"
    "                         [--buckets LOG2] [--models K] [--beam B]\n"
    "                         -o MODEL\n"
    "       kgbuild train ner --eval FILE --model MODEL [--ontology DIR] [--out FILE]\n"
    "       kgbuild train ner --model MODEL -o MODEL2   (re-save in the current format)\n"
    "  --model-version 1 writes the previous file format (float weights).\n");
  return 2;
}

int kg_ner_train_main(int argc, char **argv)
{
  const char *trainf = NULL, *devf = NULL, *clf = NULL, *outf = NULL, *ont = NULL;
  const char *evalf = NULL, *modelf = NULL, *predf = NULL;
  int epochs = 10, passes = 2, nfold = 10, log2b = NER_LOG2_BUCKETS, nmodels = 1, beam = 1;
  int version = (int)NER_MODEL_VERSION;
  uint64_t seed = 1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!v) return usage();
    if (!strcmp(a, "--train")) trainf = v;
    else if (!strcmp(a, "--dev")) devf = v;
    else if (!strcmp(a, "--epochs")) epochs = atoi(v);
    else if (!strcmp(a, "--seed")) seed = strtoull(v, NULL, 10);
    else if (!strcmp(a, "--passes")) passes = atoi(v);
    else if (!strcmp(a, "--folds")) nfold = atoi(v);
    else if (!strcmp(a, "--buckets")) log2b = atoi(v);
    else if (!strcmp(a, "--models")) nmodels = atoi(v);
    else if (!strcmp(a, "--beam")) beam = atoi(v);
    else if (!strcmp(a, "--clusters")) clf = v;
    else if (!strcmp(a, "--ontology")) ont = v;
    else if (!strcmp(a, "-o") || !strcmp(a, "--output")) outf = v;
    else if (!strcmp(a, "--eval")) evalf = v;
    else if (!strcmp(a, "--model")) modelf = v;
    else if (!strcmp(a, "--out")) predf = v;
    else if (!strcmp(a, "--model-version")) version = atoi(v);
    else return usage();
    i++;
  }
  if (version < 1 || version > (int)NER_MODEL_VERSION) return usage();
  if (modelf && outf && !trainf && !evalf) {
    /* re-save a model: the same weights in the current format */
    kg_ner *m = NULL;
    kg_logger lg = { print_log, NULL, KG_LOG_WARN };
    if (kg_ner_load(modelf, &lg, &m) != KG_OK) {
      fprintf(stderr, "kgbuild: %s: cannot load NER model\n", modelf);
      return 1;
    }
    int rc = kg_ner_save_version(m, outf, (uint32_t)version, &lg) == KG_OK ? 0 : 1;
    if (rc) fprintf(stderr, "kgbuild: %s: cannot write\n", outf);
    kg_ner_free(m);
    return rc;
  }
  kg_dict *dict = NULL;
  if (ont && load_dict_dir(ont, &dict)) return 1;
  int rc = 1;
  if (evalf) {
    corpus c;
    kg_ner *m = NULL;
    kg_logger lg = { print_log, NULL, KG_LOG_WARN };
    if (!modelf) { kg_dict_free(dict); return usage(); }
    clock_t t0 = clock();
    if (kg_ner_load(modelf, &lg, &m) != KG_OK) {
      fprintf(stderr, "kgbuild: %s: cannot load NER model\n", modelf);
      kg_dict_free(dict);
      return 1;
    }
    double lsecs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (read_conll(evalf, &c) == 0 && (!dict || corpus_gaz(&c, dict) == 0)) {
      FILE *out = predf ? fopen(predf, "w") : NULL;
      prf r; double secs = 0;
      if (evaluate(m, &c, &r, out, &secs) == 0) {
        print_prf(evalf, &r);
        fprintf(stderr, "ner: load %.1f ms; %u tokens in %.3fs = %.0f tokens/s\n",
                lsecs * 1e3, c.ntok, secs, secs > 0 ? c.ntok / secs : 0);
        rc = 0;
      }
      if (out) fclose(out);
    }
    corpus_free(&c);
    kg_ner_free(m);
    kg_dict_free(dict);
    return rc;
  }
  if (!trainf || !outf || epochs < 1 || passes < 1 || passes > 2 || nfold < 2 || nfold > 20
      || log2b < 10 || log2b > 24 || nmodels < 1 || nmodels > 16
      || beam < 1 || beam > 16) {
    kg_dict_free(dict);
    return usage();
  }
  corpus tr, dev;
  memset(&dev, 0, sizeof dev);
  kg_ner *m = calloc(1, sizeof *m);
  ner_table *fg = calloc((size_t)nfold, sizeof *fg);
  kg_logger lg = { print_log, NULL, KG_LOG_WARN };
  if (!m || !fg || read_conll(trainf, &tr)) { free(m); free(fg); kg_dict_free(dict); return 1; }
  if (!devf) { fprintf(stderr, "kgbuild: train ner: --dev is required\n"); goto out; }
  if (read_conll(devf, &dev)) goto out;
  if (clf && read_clusters(clf, m)) goto out;
  if (dict && (corpus_gaz(&tr, dict) || corpus_gaz(&dev, dict))) goto out;
  if (build_gaz(&tr, nfold, -1, &m->gaztab)) goto out;
  for (int f = 0; f < nfold; f++) if (build_gaz(&tr, nfold, f, &fg[f])) goto out;
  m->flags = (dict ? NER_FLAG_DICT : 0u) | (beam > 1 ? (uint32_t)beam << 8 : 0u);
  fprintf(stderr, "ner: %u training tokens in %u documents; %u clustered words; %u gazetteer entries\n",
          tr.ntok, tr.ndoc, m->clusters.n, m->gaztab.n);
  trainer T = { m, &tr, &dev, fg, nfold, seed, (uint32_t)log2b, nmodels };
  int best1 = epochs;
  m->ap = train_pass(&T, NER_PASS1, epochs, -1, 1, &best1);
  if (!m->ap) goto out;
  if (passes == 2) {
    /* the jackknife models are trained as long as the pass-1 model kept */
    if (tag_prev(&T, &tr, best1, 1) || tag_prev(&T, &dev, best1, 0)) goto out;
    m->ap2 = train_pass(&T, NER_PASS2, epochs, -1, 1, NULL);
    if (!m->ap2) goto out;
  }
  prf r;
  evaluate(m, &dev, &r, NULL, NULL);
  print_prf("ner: final dev", &r);
  if (kg_ner_save_version(m, outf, (uint32_t)version, &lg) != KG_OK) {
    fprintf(stderr, "kgbuild: %s: cannot write\n", outf);
    goto out;
  }
  rc = 0;
out:
  for (int f = 0; f < nfold; f++) kg_ner_table_clear(&fg[f]);
  free(fg);
  corpus_free(&tr);
  corpus_free(&dev);
  kg_ner_free(m);
  kg_dict_free(dict);
  return rc;
}
