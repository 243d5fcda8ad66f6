/* ner-clusters.c — builds the word clusters and corpus case table that the
 * NER trainer (`kgbuild train ner --clusters FILE`) stores in its model.
 *
 * Owns: a small tokenizer for plain text, distributional vectors of words
 * (counts of left and right neighbours among the most frequent words),
 * and a binary hierarchical clustering of them by recursive spherical
 * 2-means, written as bit strings (like Brown clusters: a prefix of the
 * string is a coarser cluster).  Also counts how often each word is lower
 * case when not sentence-initial (the "case bucket").
 * Does not own: anything of libkgbuild; it is a stand-alone program.
 *
 * Build and run (deterministic: same inputs in the same order give the
 * same output byte for byte):
 *   cc -std=c11 -O2 -o ner-clusters tools/ner-clusters.c -lm
 *   ./ner-clusters --conll eng.train [--conllu UD.conllu] BBC-FILES... > ner-clusters.txt
 * with the BBC article files (bbc_news/CATEGORY/NNN.txt) in C-locale
 * order; models/README.md (section NER) has the exact command.
 * Output lines: "W<TAB>form<TAB>bits" and "C<TAB>lowerform<TAB>bucket".
 */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MINCOUNT 2      /* words seen fewer times get no cluster */
#define NCTX 1000       /* context words: the most frequent forms */
#define NDIM (4 * NCTX) /* left-2, left-1, right+1, right+2 */
#define MAXDEPTH 20
#define MINLEAF 4
#define ITERS 10

typedef struct word { char *s; uint32_t count, low, cap; } word;

static word *words; static uint32_t nwords, wcap;
static uint32_t *htab; static uint32_t hcap = 1u << 20;   /* id + 1 */
static uint32_t *stream; static size_t nstream, scap;     /* token ids; UINT32_MAX = boundary */

static uint64_t hstr(const char *s)
{
  uint64_t h = 1469598103934665603ULL;
  for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
  return h;
}

static uint32_t intern(const char *s)
{
  uint32_t i = (uint32_t)hstr(s) & (hcap - 1);
  while (htab[i]) {
    if (!strcmp(words[htab[i] - 1].s, s)) return htab[i] - 1;
    i = (i + 1) & (hcap - 1);
  }
  if (nwords >= wcap) { wcap = wcap ? wcap * 2 : 65536; words = realloc(words, wcap * sizeof *words); }
  if (!words || nwords * 2 >= hcap) { fprintf(stderr, "ner-clusters: too many words\n"); exit(1); }
  words[nwords] = (word){ strdup(s), 0, 0, 0 };
  htab[i] = ++nwords;
  return nwords - 1;
}

static void push(uint32_t id)
{
  if (nstream >= scap) { scap = scap ? scap * 2 : 1 << 20; stream = realloc(stream, scap * sizeof *stream); }
  if (!stream) { fprintf(stderr, "ner-clusters: out of memory\n"); exit(1); }
  stream[nstream++] = id;
}

static char *lowered(const char *s, char *buf, size_t cap)
{
  size_t i = 0;
  for (; s[i] && i + 1 < cap; i++) buf[i] = (char)tolower((unsigned char)s[i]);
  buf[i] = 0;
  return buf;
}

/* A token of a sentence: counts it and its case (when not initial and the
 * sentence is not all capitals). */
static void add_token(const char *t, int initial, int capsent)
{
  uint32_t id = intern(t);
  words[id].count++;
  push(id);
  if (initial || capsent) return;
  int letters = 0, up = isupper((unsigned char)t[0]);
  for (const char *p = t; *p; p++) if (isalpha((unsigned char)*p)) letters++;
  if (!letters) return;
  char b[256];
  uint32_t lid = intern(lowered(t, b, sizeof b));
  if (up) words[lid].cap++;
  else if (islower((unsigned char)t[0])) words[lid].low++;
}

static void add_sentence(char **toks, int n)
{
  int anylow = 0;
  for (int i = 0; i < n; i++) for (const char *p = toks[i]; *p; p++) if (islower((unsigned char)*p)) anylow = 1;
  for (int i = 0; i < n; i++) add_token(toks[i], i == 0, !anylow);
  push(UINT32_MAX);
}

static void read_conll(const char *path)
{
  FILE *f = fopen(path, "r");
  if (!f) { perror(path); exit(1); }
  char line[4096]; static char *toks[4096]; int n = 0;
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, " \t\r\n")] = 0;
    if (!line[0] || !strcmp(line, "-DOCSTART-")) { add_sentence(toks, n); while (n) free(toks[--n]); continue; }
    if (n < 4096) toks[n++] = strdup(line);
  }
  add_sentence(toks, n); while (n) free(toks[--n]);
  fclose(f);
}

/* CoNLL-U (UD treebanks): the FORM column of word lines; comments,
 * multiword-token ranges and empty nodes skipped. */
static void read_conllu(const char *path)
{
  FILE *f = fopen(path, "r");
  if (!f) { perror(path); exit(1); }
  char line[8192]; static char *toks[4096]; int n = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#') continue;
    if (line[0] == '\n' || line[0] == '\r' || !line[0]) { add_sentence(toks, n); while (n) free(toks[--n]); continue; }
    char *tab = strchr(line, '\t');
    if (!tab || strcspn(line, "-.") < (size_t)(tab - line)) continue;
    char *form = tab + 1;
    form[strcspn(form, "\t\r\n")] = 0;
    if (form[0] && n < 4096) toks[n++] = strdup(form);
  }
  add_sentence(toks, n); while (n) free(toks[--n]);
  fclose(f);
}

static int is_clitic(const char *s, size_t n, size_t *len)
{
  static const char *cl[] = { "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", NULL };
  for (int k = 0; cl[k]; k++) {
    size_t l = strlen(cl[k]);
    if (n > l && !strncasecmp(s + n - l, cl[k], l)) { *len = l; return 1; }
  }
  return 0;
}

/* Plain text: one sentence per line segment ending in . ? ! (or a line);
 * leading and trailing punctuation and English clitics split off. */
static void read_text(const char *path)
{
  FILE *f = fopen(path, "r");
  if (!f) { perror(path); exit(1); }
  char line[65536]; static char *toks[4096]; int n = 0;
  while (fgets(line, sizeof line, f)) {
    char *p = line;
    for (;;) {
      while (*p && isspace((unsigned char)*p)) p++;
      if (!*p) break;
      char *e = p;
      while (*e && !isspace((unsigned char)*e)) e++;
      size_t a = 0, b = (size_t)(e - p);
      char tail[8][4]; int ntail = 0;
      while (a < b && strchr("(\"'[", p[a])) {
        char t[2] = { p[a], 0 };
        if (n < 4096) toks[n++] = strdup(t);
        a++;
      }
      while (b > a && strchr(",.;:?!)\"']", p[b - 1]) && ntail < 8) {
        if (p[b - 1] == '.' && memchr(p + a, '.', b - 1 - a)) break;   /* U.S. */
        tail[ntail][0] = p[b - 1]; tail[ntail][1] = 0; ntail++;
        b--;
      }
      size_t cl = 0;
      if (b > a) {
        int has_cl = is_clitic(p + a, b - a, &cl);
        size_t wl = b - a - (has_cl ? cl : 0);
        char *w = strndup(p + a, wl);
        if (n < 4096) toks[n++] = w; else free(w);
        if (has_cl && n < 4096) toks[n++] = strndup(p + b - cl, cl);
      }
      int end = 0;
      while (ntail > 0) {
        ntail--;
        if (n < 4096) toks[n++] = strdup(tail[ntail]);
        if (strchr(".?!", tail[ntail][0])) end = 1;
      }
      if (end) { add_sentence(toks, n); while (n) free(toks[--n]); }
      p = e;
    }
    add_sentence(toks, n); while (n) free(toks[--n]);
  }
  fclose(f);
}

/* ------------------------------------------------------------ clustering */

typedef struct svec { uint32_t *dim; float *val; uint32_t nnz; } svec;
static svec *vec;        /* per clustered word */
static uint32_t *cw;     /* clustered word ids */
static uint32_t ncw;
static char **bits;      /* per clustered word */

static int by_count(const void *a, const void *b)
{
  const word *x = &words[*(const uint32_t *)a], *y = &words[*(const uint32_t *)b];
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  return strcmp(x->s, y->s);
}

static float dotc(const svec *v, const float *c)
{
  float s = 0;
  for (uint32_t k = 0; k < v->nnz; k++) s += v->val[k] * c[v->dim[k]];
  return s;
}

static void centroid(const uint32_t *idx, uint32_t n, float *c)
{
  memset(c, 0, NDIM * sizeof *c);
  for (uint32_t i = 0; i < n; i++) {
    const svec *v = &vec[idx[i]];
    for (uint32_t k = 0; k < v->nnz; k++) c[v->dim[k]] += v->val[k];
  }
  double s = 0;
  for (int k = 0; k < NDIM; k++) s += (double)c[k] * c[k];
  s = s > 0 ? 1.0 / sqrt(s) : 0;
  for (int k = 0; k < NDIM; k++) c[k] = (float)(c[k] * s);
}

static void split(uint32_t *idx, uint32_t n, int depth, char *path)
{
  for (uint32_t i = 0; i < n; i++) strcpy(bits[idx[i]], path);
  if (n < 2 * MINLEAF || depth >= MAXDEPTH) return;
  static float c0[NDIM], c1[NDIM], mean[NDIM];
  uint8_t *side = calloc(n, 1);
  /* seeds: the member least like the centroid, then the one least like it */
  centroid(idx, n, mean);
  uint32_t a = 0, b = 0; float lo = 2;
  for (uint32_t i = 0; i < n; i++) { float d = dotc(&vec[idx[i]], mean); if (d < lo) { lo = d; a = i; } }
  memset(c0, 0, sizeof c0);
  for (uint32_t k = 0; k < vec[idx[a]].nnz; k++) c0[vec[idx[a]].dim[k]] = vec[idx[a]].val[k];
  lo = 2;
  for (uint32_t i = 0; i < n; i++) { float d = dotc(&vec[idx[i]], c0); if (i != a && d < lo) { lo = d; b = i; } }
  memset(c1, 0, sizeof c1);
  for (uint32_t k = 0; k < vec[idx[b]].nnz; k++) c1[vec[idx[b]].dim[k]] = vec[idx[b]].val[k];
  uint32_t n0 = 0;
  for (int it = 0; it < ITERS; it++) {
    n0 = 0;
    for (uint32_t i = 0; i < n; i++) {
      side[i] = dotc(&vec[idx[i]], c1) > dotc(&vec[idx[i]], c0);
      if (!side[i]) n0++;
    }
    if (n0 == 0 || n0 == n) break;
    uint32_t *tmp = malloc(n * sizeof *tmp), p = 0;
    for (uint32_t i = 0; i < n; i++) if (!side[i]) tmp[p++] = idx[i];
    centroid(tmp, p, c0);
    p = 0;
    for (uint32_t i = 0; i < n; i++) if (side[i]) tmp[p++] = idx[i];
    centroid(tmp, p, c1);
    free(tmp);
  }
  if (n0 == 0 || n0 == n) { free(side); return; }
  /* stable partition: side 0 first */
  uint32_t *tmp = malloc(n * sizeof *tmp), p = 0;
  for (uint32_t i = 0; i < n; i++) if (!side[i]) tmp[p++] = idx[i];
  for (uint32_t i = 0; i < n; i++) if (side[i]) tmp[p++] = idx[i];
  memcpy(idx, tmp, n * sizeof *tmp);
  free(tmp); free(side);
  size_t L = strlen(path);
  path[L] = '0'; path[L + 1] = 0;
  split(idx, n0, depth + 1, path);
  path[L] = '1';
  split(idx + n0, n - n0, depth + 1, path);
  path[L] = 0;
}

int main(int argc, char **argv)
{
  htab = calloc(hcap, sizeof *htab);
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--conll") && i + 1 < argc) read_conll(argv[++i]);
    else if (!strcmp(argv[i], "--conllu") && i + 1 < argc) read_conllu(argv[++i]);
    else if (!strcmp(argv[i], "--text")) continue;
    else read_text(argv[i]);
  }
  /* context vocabulary: the NCTX most frequent forms */
  uint32_t *ord = malloc(nwords * sizeof *ord);
  for (uint32_t i = 0; i < nwords; i++) ord[i] = i;
  qsort(ord, nwords, sizeof *ord, by_count);
  int32_t *ctx = malloc(nwords * sizeof *ctx);
  for (uint32_t i = 0; i < nwords; i++) ctx[i] = -1;
  for (uint32_t r = 0; r < nwords && r < NCTX; r++) ctx[ord[r]] = (int32_t)r;
  int32_t *row = malloc(nwords * sizeof *row);
  for (uint32_t i = 0; i < nwords; i++) row[i] = -1;
  cw = malloc(nwords * sizeof *cw);
  for (uint32_t r = 0; r < nwords; r++) {
    uint32_t id = ord[r];
    if (words[id].count >= MINCOUNT) { row[id] = (int32_t)ncw; cw[ncw++] = id; }
  }
  /* co-occurrence counts, dense per word but built sparsely */
  vec = calloc(ncw, sizeof *vec);
  float *acc = calloc(NDIM, sizeof *acc);
  uint32_t **occ = calloc(ncw, sizeof *occ); uint32_t *nocc = calloc(ncw, sizeof *nocc), *capo = calloc(ncw, sizeof *capo);
  for (size_t p = 0; p < nstream; p++) {
    uint32_t id = stream[p];
    if (id == UINT32_MAX || row[id] < 0) continue;
    uint32_t r = (uint32_t)row[id];
    uint32_t l = p > 0 ? stream[p - 1] : UINT32_MAX, rr = p + 1 < nstream ? stream[p + 1] : UINT32_MAX;
    uint32_t l2 = l != UINT32_MAX && p > 1 ? stream[p - 2] : UINT32_MAX;
    uint32_t r2 = rr != UINT32_MAX && p + 2 < nstream ? stream[p + 2] : UINT32_MAX;
    uint32_t d[4]; int nd = 0;
    if (l != UINT32_MAX && ctx[l] >= 0) d[nd++] = (uint32_t)ctx[l];
    if (rr != UINT32_MAX && ctx[rr] >= 0) d[nd++] = NCTX + (uint32_t)ctx[rr];
    if (l2 != UINT32_MAX && ctx[l2] >= 0) d[nd++] = 2 * NCTX + (uint32_t)ctx[l2];
    if (r2 != UINT32_MAX && ctx[r2] >= 0) d[nd++] = 3 * NCTX + (uint32_t)ctx[r2];
    for (int k = 0; k < nd; k++) {
      if (nocc[r] >= capo[r]) { capo[r] = capo[r] ? capo[r] * 2 : 8; occ[r] = realloc(occ[r], capo[r] * sizeof **occ); }
      occ[r][nocc[r]++] = d[k];
    }
  }
  for (uint32_t r = 0; r < ncw; r++) {
    uint32_t nz = 0;
    for (uint32_t k = 0; k < nocc[r]; k++) { if (acc[occ[r][k]] == 0) nz++; acc[occ[r][k]] += 1; }
    vec[r].dim = malloc((nz + 1) * sizeof *vec[r].dim);
    vec[r].val = malloc((nz + 1) * sizeof *vec[r].val);
    double s = 0;
    for (int k = 0; k < NDIM; k++) if (acc[k] > 0) {
      /* positive PMI of (word, context) with the context's frequency */
      double pc = (double)words[ord[k % NCTX]].count / (double)nstream;
      double pwc = acc[k] / (double)(nocc[r] ? nocc[r] : 1);
      float v = (float)log(pwc / pc);
      if (v <= 0) { acc[k] = 0; continue; }
      vec[r].dim[vec[r].nnz] = (uint32_t)k; vec[r].val[vec[r].nnz++] = v; s += (double)v * v;
      acc[k] = 0;
    }
    s = s > 0 ? 1.0 / sqrt(s) : 0;
    for (uint32_t k = 0; k < vec[r].nnz; k++) vec[r].val[k] = (float)(vec[r].val[k] * s);
    free(occ[r]);
  }
  bits = malloc(ncw * sizeof *bits);
  for (uint32_t r = 0; r < ncw; r++) bits[r] = calloc(MAXDEPTH + 2, 1);
  uint32_t *idx = malloc(ncw * sizeof *idx);
  for (uint32_t r = 0; r < ncw; r++) idx[r] = r;
  char path[MAXDEPTH + 2] = "";
  split(idx, ncw, 0, path);
  for (uint32_t r = 0; r < ncw; r++) if (bits[r][0]) printf("W\t%s\t%s\n", words[cw[r]].s, bits[r]);
  for (uint32_t r = 0; r < nwords; r++) {
    uint32_t id = ord[r];
    const word *w = &words[id];
    uint32_t tot = w->low + w->cap;
    if (tot < 2) continue;
    double f = (double)w->low / tot;
    int b = f == 0 ? 1 : f < 0.1 ? 2 : f < 0.5 ? 3 : f < 0.9 ? 4 : f < 1 ? 5 : 6;
    printf("C\t%s\t%d\n", w->s, b);
  }
  fprintf(stderr, "ner-clusters: %zu tokens, %u types, %u clustered\n", nstream, nwords, ncw);
  return 0;
}
