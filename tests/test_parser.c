/* test_parser.c — suite "parser": training on a tiny fixture, save/load,
 * well-formed trees on odd inputs, corrupt model files, and (when the
 * trained model is in models/) a few sanity checks of the real model. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "tests.h"
#include "doc.h"
#include "parser_impl.h"
#include "parser_combine.h"
#include "parser_joint.h"
#include "tagger.h"
#include "segment.h"
#include <dirent.h>

#define TINY_MODEL KG_BUILDDIR "/tests/parser-tiny.kgm"
#define TINY_MODEL2 KG_BUILDDIR "/tests/parser-tiny2.kgm"
#define BAD_MODEL KG_BUILDDIR "/tests/parser-bad.kgm"

/* gold of the fixture: words, tags, heads, labels */
typedef struct gold_tok { char form[32], xpos[8], upos[8], rel[24]; int head; } gold_tok;
typedef struct gold { gold_tok tok[400]; size_t sent[40]; size_t nsent, ntok; } gold;

static int read_gold(const char *path, gold *g)
{
  FILE *f = fopen(path, "r");
  char line[512];
  if (!f) return 0;
  memset(g, 0, sizeof *g);
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#') continue;
    if (line[0] == '\n') {
      if (g->ntok > g->sent[g->nsent]) g->sent[++g->nsent] = g->ntok;
      continue;
    }
    gold_tok *t = &g->tok[g->ntok];
    int id;
    char lemma[32];
    if (sscanf(line, "%d\t%31s\t%31s\t%7s\t%7s\t_\t%d\t%23s", &id, t->form, lemma, t->upos,
               t->xpos, &t->head, t->rel) == 7 && g->ntok + 1 < 400)
      g->ntok++;
  }
  if (g->ntok > g->sent[g->nsent]) g->sent[++g->nsent] = g->ntok;
  fclose(f);
  return g->nsent > 0;
}

static kg_doc *doc_of_gold(const gold *g)
{
  kg_doc *d = kg_doc_new("x", 1, NULL);
  if (!d) return NULL;
  for (size_t s = 0; s < g->nsent; s++) {
    kg_sentence *se = kg_doc_add_sentence(d);
    size_t first = d->ntokens;
    for (size_t i = g->sent[s]; i < g->sent[s + 1]; i++) {
      kg_token *t = kg_doc_add_token(d, 0, 1);
      t->form = kg_doc_strdup(d, g->tok[i].form);
      t->xpos = kg_doc_strdup(d, g->tok[i].xpos);
      t->upos = (uint8_t)kg_upos_from_name(g->tok[i].upos);
    }
    se = &d->sents[d->nsents - 1];
    se->ntok = (uint32_t)(d->ntokens - first);
  }
  return d;
}

/* A document of one sentence of the given words, all tagged xpos/upos. */
static kg_doc *doc_of_words(const char *const *w, size_t n, const char *xpos, int upos)
{
  kg_doc *d = kg_doc_new("x", 1, NULL);
  kg_sentence *se = kg_doc_add_sentence(d);
  (void)se;
  for (size_t i = 0; i < n; i++) {
    kg_token *t = kg_doc_add_token(d, 0, 1);
    t->form = kg_doc_strdup(d, w[i]);
    t->xpos = xpos;
    t->upos = (uint8_t)upos;
  }
  d->sents[0].ntok = (uint32_t)n;
  return d;
}

/* 1 when every sentence of d is a tree: heads in range, exactly one root,
 * no cycle, a label everywhere. */
static int well_formed(const kg_doc *d)
{
  for (size_t s = 0; s < d->nsents; s++) {
    const kg_sentence *se = &d->sents[s];
    const kg_token *t = d->tokens + se->tok;
    int n = (int)se->ntok, roots = 0;
    for (int i = 0; i < n; i++) {
      if (t[i].head < 0 || t[i].head > n || t[i].head == i + 1 || !t[i].deprel) return 0;
      if (t[i].head == 0) {
        roots++;
        if (strcmp(t[i].deprel, "root") != 0) return 0;
      } else if (strcmp(t[i].deprel, "root") == 0) return 0;
    }
    if (n > 0 && roots != 1) return 0;
    /* no cycles: mark tokens known to reach the root */
    char *ok = calloc((size_t)n + 1, 1);
    int *path = malloc(((size_t)n + 1) * sizeof *path);
    if (!ok || !path) { free(ok); free(path); return 0; }
    ok[0] = 1;
    int good = 1;
    for (int i = 1; i <= n && good; i++) {
      int k = i, len = 0;
      while (!ok[k] && len <= n) { path[len++] = k; k = t[k - 1].head; }
      if (!ok[k]) good = 0;
      for (int j = 0; j < len; j++) ok[path[j]] = 1;
    }
    free(ok);
    free(path);
    if (!good) return 0;
  }
  return 1;
}

static kg_parser *tiny;
static void parses_gold(const kg_parser *p, int fast);
static gold G;

static void train_tiny(void)
{
  char train[1024];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  CU_ASSERT_FATAL(read_gold(train, &G));
  CU_ASSERT_EQUAL(G.nsent, 6);
  char *argv[] = { "parser", "--train", train, "--dev", train, "--epochs", "15",
                   "--seed", "3", "--bits", "16", "--label-bits", "12", "-q",
                   "-o", TINY_MODEL, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(16, argv), 0);
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL, NULL, &tiny), KG_OK);
  CU_ASSERT_PTR_NOT_NULL(tiny);
}

static void learns_tiny(void)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  parses_gold(tiny, 0);
}

/* Several runs summed (--models) also learn the fixture. */
static void ensemble(void)
{
  char train[1024];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  char *argv[] = { "parser", "--train", train, "--dev", train, "--epochs", "10",
                   "--models", "2", "--bits", "14", "--label-bits", "10", "-q",
                   "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(16, argv), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p), KG_OK);
  kg_doc *d = doc_of_gold(&G);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  size_t heads = 0;
  for (size_t i = 0; i < d->ntokens; i++) heads += d->tokens[i].head == G.tok[i].head;
  CU_ASSERT_EQUAL(heads, G.ntok);
  kg_doc_free(d);
  kg_parser_free(p);
  /* bad usage is refused */
  char *bad[] = { "parser", "--train", train, "--models", "0", "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(7, bad), 2);
}

/* --relabel keeps a model's arcs and trains its labels anew, here with
 * the second label feature set, which the model file keeps (LABX). */
static void relabel(void)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  char train[1024];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  char *argv[] = { "parser", "--relabel", TINY_MODEL, "--train", train, "--dev", train,
                   "--epochs", "8", "--models", "2", "--label-feats", "2", "--label-bits", "12",
                   "-q", "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(18, argv), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(p->labx, 2);
  CU_ASSERT_EQUAL(tiny->labx, 1);
  CU_ASSERT_EQUAL(p->beam, tiny->beam);
  kg_doc *d = doc_of_gold(&G), *d0 = doc_of_gold(&G);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_run(tiny, d0), KG_OK);
  size_t heads = 0, same = 0, labels = 0;
  for (size_t i = 0; i < d->ntokens; i++) {
    heads += d->tokens[i].head == G.tok[i].head;
    same += d->tokens[i].head == d0->tokens[i].head;
    labels += d->tokens[i].deprel && strcmp(d->tokens[i].deprel, G.tok[i].rel) == 0;
  }
  CU_ASSERT_EQUAL(heads, G.ntok);
  CU_ASSERT_EQUAL(same, G.ntok);
  CU_ASSERT_EQUAL(labels, G.ntok);
  kg_doc_free(d);
  kg_doc_free(d0);
  kg_parser_free(p);
  char *bad[] = { "parser", "--relabel", TINY_MODEL, "--train", train, "--dev", train,
                  "--label-feats", "3", "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(11, bad), 2);
}

/* Global training with a beam (--beam) learns the fixture too, keeps its
 * beam width through save/load, and gives trees on odd inputs. */
static void beam(void)
{
  char train[1024];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  char *argv[] = { "parser", "--train", train, "--dev", train, "--epochs", "10",
                   "--beam", "4", "--bits", "14", "--label-bits", "10", "-q",
                   "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(16, argv), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(p->beam, 4);
  kg_doc *d = doc_of_gold(&G);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  size_t heads = 0;
  for (size_t i = 0; i < d->ntokens; i++) heads += d->tokens[i].head == G.tok[i].head;
  CU_ASSERT_EQUAL(heads, G.ntok);
  CU_ASSERT(well_formed(d));
  kg_doc_free(d);
  static const char *punct[] = { "!", "?", "...", ".", ",", "--", "!" };
  d = doc_of_words(punct, 7, ".", KG_UPOS_PUNCT);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  CU_ASSERT(well_formed(d));
  kg_doc_free(d);
  /* longer than KG_PP_BEAM_MAXN: decoded greedily */
  enum { N = 1000 };
  static const char *w[N];
  static const char *cycle[] = { "the", "cat", "sat", "on", "the", "mat", ",", "and" };
  for (int i = 0; i < N; i++) w[i] = cycle[i % 8];
  d = doc_of_words(w, N, "NN", KG_UPOS_NOUN);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  CU_ASSERT(well_formed(d));
  kg_doc_free(d);
  kg_parser_free(p);
}

static void save_load_same(void)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  CU_ASSERT_EQUAL_FATAL(kg_pp_save(tiny, TINY_MODEL2, NULL), KG_OK);
  kg_parser *p2 = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p2), KG_OK);
  kg_doc *a = doc_of_gold(&G), *b = doc_of_gold(&G);
  /* also a sentence the model never saw */
  CU_ASSERT_EQUAL(kg_parser_run(tiny, a), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_run(p2, b), KG_OK);
  for (size_t i = 0; i < a->ntokens; i++) {
    CU_ASSERT_EQUAL(a->tokens[i].head, b->tokens[i].head);
    CU_ASSERT_STRING_EQUAL(a->tokens[i].deprel, b->tokens[i].deprel);
  }
  kg_doc_free(a);
  kg_doc_free(b);
  kg_parser_free(p2);
}

static void odd_inputs(void)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  static const char *one[] = { "Hello" };
  kg_doc *d = doc_of_words(one, 1, "UH", KG_UPOS_INTJ);
  CU_ASSERT_EQUAL(kg_parser_run(tiny, d), KG_OK);
  CU_ASSERT_EQUAL(d->tokens[0].head, 0);
  CU_ASSERT_STRING_EQUAL(d->tokens[0].deprel, "root");
  kg_doc_free(d);

  static const char *punct[] = { "!", "?", "...", ".", ",", "--", "!" };
  d = doc_of_words(punct, 7, ".", KG_UPOS_PUNCT);
  CU_ASSERT_EQUAL(kg_parser_run(tiny, d), KG_OK);
  CU_ASSERT(well_formed(d));
  kg_doc_free(d);

  /* untagged tokens (no xpos, upos NONE) */
  static const char *untagged[] = { "a", "b", "c" };
  d = doc_of_words(untagged, 3, NULL, KG_UPOS_NONE);
  CU_ASSERT_EQUAL(kg_parser_run(tiny, d), KG_OK);
  CU_ASSERT(well_formed(d));
  kg_doc_free(d);

  /* a 100k-token sentence, and an empty sentence after it */
  enum { N = 100000 };
  const char **w = malloc(N * sizeof *w);
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  static const char *cycle[] = { "the", "cat", "sat", "on", "the", "mat", ",", "and" };
  for (int i = 0; i < N; i++) w[i] = cycle[i % 8];
  d = doc_of_words(w, N, "NN", KG_UPOS_NOUN);
  free(w);
  kg_doc_add_sentence(d);
  CU_ASSERT_EQUAL(kg_parser_run(tiny, d), KG_OK);
  CU_ASSERT(well_formed(d));
  kg_doc_free(d);

  CU_ASSERT_EQUAL(kg_parser_run(NULL, NULL), KG_ERR_USAGE);
}

/* The first place the 4-byte section name tag stands in a model file's
 * bytes (its value follows), NULL. */
static char *section_at(char *buf, size_t len, const char *tag)
{
  for (size_t i = 0; i + 8 <= len; i++)
    if (memcmp(buf + i, tag, 4) == 0)
      return buf + i;
  return NULL;
}

static int write_file(const char *path, const void *p, size_t n)
{
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  size_t w = fwrite(p, 1, n, f);
  return (fclose(f) == 0) && w == n;
}

/* The model file `model` with the first byte of section `tag`'s value set
 * to v, written as BAD_MODEL: the load refuses it (KG_ERR_MODEL, NULL). */
static void refused_with_value(const char *model, const char *tag, int v)
{
  size_t len = 0;
  char *buf = kg_test_slurp(model, &len);
  CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
  char *j = section_at(buf, len, tag);
  CU_ASSERT_PTR_NOT_NULL_FATAL(j);
  j[4] = (char)v;
  CU_ASSERT_TRUE(write_file(BAD_MODEL, buf, len));
  kg_parser *p = (kg_parser *)1;
  CU_ASSERT_EQUAL(kg_parser_load(BAD_MODEL, NULL, &p), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(p);
  free(buf);
  remove(BAD_MODEL);
}

static void corrupt_models(void)
{
  kg_parser *p = (kg_parser *)1;
  CU_ASSERT_TRUE(write_file(BAD_MODEL, "this is not a model at all\n", 27));
  CU_ASSERT_EQUAL(kg_parser_load(BAD_MODEL, NULL, &p), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(p);
  /* a valid model cut short, and one with flipped bytes in its weights */
  size_t len = 0;
  char *buf = kg_test_slurp(TINY_MODEL, &len);
  CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
  CU_ASSERT_FATAL(len > 200);
  size_t cuts[] = { 4, 12, len / 3, len / 2, len - 6, len - 1 };
  for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
    CU_ASSERT_TRUE(write_file(BAD_MODEL, buf, cuts[i]));
    p = (kg_parser *)1;
    CU_ASSERT_EQUAL(kg_parser_load(BAD_MODEL, NULL, &p), KG_ERR_MODEL);
    CU_ASSERT_PTR_NULL(p);
  }
  /* a wrong version number (bytes 4..7) */
  buf[4] ^= 0x7f;
  CU_ASSERT_TRUE(write_file(BAD_MODEL, buf, len));
  CU_ASSERT_EQUAL(kg_parser_load(BAD_MODEL, NULL, &p), KG_ERR_MODEL);
  buf[4] ^= 0x7f;
  /* and the untouched copy loads */
  CU_ASSERT_TRUE(write_file(BAD_MODEL, buf, len));
  CU_ASSERT_EQUAL(kg_parser_load(BAD_MODEL, NULL, &p), KG_OK);
  kg_parser_free(p);
  free(buf);
  remove(BAD_MODEL);
  kg_parser_free(NULL);
}

/* The shipped model on a couple of plain sentences (tags given). */
static void real_model(void)
{
  kg_parser *p = NULL;
  if (kg_parser_load(kg_test_src("models/parser.kgm"), NULL, &p) != KG_OK) return;
  static const char *w[] = { "The", "minister", "visited", "Seoul", "on", "Monday", "." };
  static const char *x[] = { "DT", "NN", "VBD", "NNP", "IN", "NNP", "." };
  static const int u[] = { KG_UPOS_DET, KG_UPOS_NOUN, KG_UPOS_VERB, KG_UPOS_PROPN,
                           KG_UPOS_ADP, KG_UPOS_PROPN, KG_UPOS_PUNCT };
  static const int head[] = { 2, 3, 0, 3, 6, 3, 3 };
  static const char *rel[] = { "det", "nsubj", "root", "obj", "case", "obl", "punct" };
  kg_doc *d = doc_of_words(w, 7, NULL, 0);
  for (int i = 0; i < 7; i++) { d->tokens[i].xpos = x[i]; d->tokens[i].upos = (uint8_t)u[i]; }
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  for (int i = 0; i < 7; i++) {
    CU_ASSERT_EQUAL(d->tokens[i].head, head[i]);
    CU_ASSERT_STRING_EQUAL(d->tokens[i].deprel, rel[i]);
  }
  kg_doc_free(d);
  kg_parser_free(p);
}

static int cmp_u64(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* 1 when f[0..n) and g[0..m) are the same multiset (both get sorted). */
static int same_feats(uint64_t *f, size_t n, uint64_t *g, size_t m)
{
  if (n != m) return 0;
  qsort(f, n, sizeof *f, cmp_u64);
  qsort(g, m, sizeof *g, cmp_u64);
  return memcmp(f, g, n * sizeof *f) == 0;
}

/* The decoding caches (parser_fast.c) against the plain path on every
 * sentence of d: along a greedy parse, the same features, transition
 * scores and labels at every state; then the same trees, greedy and beam. */
static void check_fast(const kg_parser *p, const kg_doc *d)
{
  kg_pp_work w = {0}, w2 = {0};
  kg_pp_fast *fw = kg_pp_fast_new(p);
  kg_pp_beam *bm = kg_pp_beam_new(4);
  CU_ASSERT_PTR_NOT_NULL_FATAL(fw);
  CU_ASSERT_PTR_NOT_NULL_FATAL(bm);
  uint64_t f[KG_PP_MAXFEAT], g[KG_PP_MAXFEAT];
  size_t states = 0, arcs = 0, bad = 0;
  for (size_t s = 0; s < d->nsents; s++) {
    const kg_sentence *se = &d->sents[s];
    int n = (int)se->ntok;
    if (n == 0) continue;
    CU_ASSERT_EQUAL_FATAL(kg_pp_work_reserve(&w, (size_t)n), KG_OK);
    CU_ASSERT_EQUAL_FATAL(kg_pp_work_reserve(&w2, (size_t)n), KG_OK);
    const kg_token *tk = d->tokens + se->tok;
    kg_pp_tok_special(&w.tok[0], 1);
    kg_pp_tok_special(&w.tok[n + 1], 0);
    for (int i = 0; i < n; i++) {
      kg_pp_tok_set(&w.tok[i + 1], tk[i].form, strlen(tk[i].form), tk[i].xpos, tk[i].upos);
      kg_pp_tok_amb(p, &w.tok[i + 1]);
      if (p->tagalt) kg_pp_tok_alt(&w.tok[i + 1], tk[i].upos2);
    }
    memcpy(w2.tok, w.tok, ((size_t)n + 2) * sizeof *w.tok);
    CU_ASSERT_TRUE_FATAL(kg_pp_fast_begin(fw, w.tok, n));
    kg_pp_state *st = &w.st;
    kg_pp_state_init(st, n);
    st->clusters = p->cl_mask != 0;
    st->tagalt = p->tagalt;
    while (st->b <= st->n) {
      float sa[KG_PP_NACT], sb[KG_PP_NACT];
      uint8_t ok[KG_PP_NACT];
      size_t nf = kg_pp_feats(st, f), ng = kg_pp_fast_feats(fw, st, g);
      kg_pp_score_act(p, f, nf, sa);
      kg_pp_fast_act(fw, st, sb);
      if (!same_feats(f, nf, g, ng) || memcmp(sa, sb, sizeof sa) != 0) bad++;
      states++;
      kg_pp_legal(st, ok);
      int a = -1, h, dd, lab = -1;
      for (int c = 0; c < KG_PP_NACT; c++)
        if (ok[c] && (a < 0 || sa[c] > sa[a])) a = c;
      kg_pp_arc_of(st, a, &h, &dd);
      if ((a == KG_PP_LA || a == KG_PP_RA) && h != 0) {
        nf = kg_pp_lab_feats(st, h, dd, f);
        ng = kg_pp_fast_lab_feats(fw, st, h, dd, g);
        lab = kg_pp_pick_label(p, st, h, dd);
        if (!same_feats(f, nf, g, ng) || lab != kg_pp_fast_label(fw, st, h, dd)) bad++;
        arcs++;
      } else if (a == KG_PP_LA || a == KG_PP_RA) lab = p->root_lab;
      kg_pp_apply(st, a, lab);
    }
    /* whole trees: greedy, then the beam, each with and without the caches */
    for (int beam = 0; beam < 2; beam++) {
      kg_pp_state_init(&w.st, n);
      kg_pp_state_init(&w2.st, n);
      w.st.clusters = w2.st.clusters = p->cl_mask != 0;
      w.st.tagalt = w2.st.tagalt = p->tagalt;
      if (!beam) {
        kg_pp_parse(p, &w.st);
        CU_ASSERT_TRUE_FATAL(kg_pp_fast_begin(fw, w2.tok, n));
        kg_pp_fast_parse(fw, &w2.st);
      } else {
        CU_ASSERT_EQUAL(kg_pp_beam_parse(p, bm, &w.st), KG_OK);
        CU_ASSERT_EQUAL(kg_pp_beam_parse_fast(p, bm, fw, &w2.st), KG_OK);
      }
      for (int i = 1; i <= n; i++)
        if (w.st.head[i] != w2.st.head[i] || w.st.lab[i] != w2.st.lab[i]) bad++;
    }
  }
  CU_ASSERT_EQUAL(bad, 0);
  CU_ASSERT(states > 0);
  CU_ASSERT(arcs > 0);
  kg_pp_beam_free(bm);
  kg_pp_fast_free(fw);
  kg_pp_work_free(&w);
  kg_pp_work_free(&w2);
}

/* p parses the gold sentence G exactly (every head and label) into a
 * well-formed tree; with fast, the fast decoding paths agree. */
static void parses_gold(const kg_parser *p, int fast)
{
  kg_doc *d = doc_of_gold(&G);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  size_t heads = 0, labels = 0;
  for (size_t i = 0; i < d->ntokens; i++) {
    heads += d->tokens[i].head == G.tok[i].head;
    labels += d->tokens[i].deprel && strcmp(d->tokens[i].deprel, G.tok[i].rel) == 0;
  }
  CU_ASSERT_EQUAL(heads, G.ntok);
  CU_ASSERT_EQUAL(labels, G.ntok);
  CU_ASSERT(well_formed(d));
  if (fast)
    check_fast(p, d);
  kg_doc_free(d);
}

static void fast_same(void)
{
  CU_ASSERT_PTR_NULL(kg_pp_fast_new(NULL));
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  kg_doc *d = doc_of_gold(&G);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  check_fast(tiny, d);
  /* the shipped model (clusters, beam), on the fixture and on a sentence
   * longer than the beam's limit */
  kg_parser *p = NULL;
  if (kg_parser_load(kg_test_src("models/parser.kgm"), NULL, &p) == KG_OK) {
    check_fast(p, d);
    enum { N = 340 };
    static const char *cycle[] = { "The", "cat", "sat", "on", "the", "mat", ",", "and" };
    static const char *xp[] = { "DT", "NN", "VBD", "IN", "DT", "NN", ",", "CC" };
    static const int up[] = { KG_UPOS_DET, KG_UPOS_NOUN, KG_UPOS_VERB, KG_UPOS_ADP,
                              KG_UPOS_DET, KG_UPOS_NOUN, KG_UPOS_PUNCT, KG_UPOS_CCONJ };
    const char *w[N];
    for (int i = 0; i < N; i++) w[i] = cycle[i % 8];
    kg_doc *e = doc_of_words(w, N, NULL, 0);
    for (int i = 0; i < N; i++) {
      e->tokens[i].xpos = xp[i % 8];
      e->tokens[i].upos = (uint8_t)up[i % 8];
    }
    check_fast(p, e);
    kg_doc_free(e);
    kg_parser_free(p);
  }
  kg_doc_free(d);
}

/* The held-out articles (the .txt files of tests/data/heldout) segmented and tagged by
 * the shipped tagger, one document; NULL when there is no tagger model. */
static kg_doc *tagged_heldout(kg_tagger **tg)
{
  char dir[512];
  snprintf(dir, sizeof dir, "%s", kg_test_src("tests/data/heldout"));
  if (kg_tagger_load(kg_test_src("models/tagger.kgm"), NULL, tg) != KG_OK) return NULL;
  DIR *dd = opendir(dir);
  if (!dd) return NULL;
  char *text = NULL;
  size_t len = 0;
  struct dirent *e;
  while ((e = readdir(dd))) {
    size_t nl = strlen(e->d_name), fl;
    if (nl < 5 || strcmp(e->d_name + nl - 4, ".txt") != 0) continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    char *t = kg_test_slurp(path, &fl), *nt = t ? realloc(text, len + fl + 3) : NULL;
    if (!nt) { free(t); continue; }
    text = nt;
    memcpy(text + len, t, fl);
    memcpy(text + len + fl, "\n\n", 3);   /* and the NUL */
    len += fl + 2;
    free(t);
  }
  closedir(dd);
  kg_doc *d = text ? kg_doc_new(text, len, "heldout") : NULL;
  free(text);
  if (d && (kg_segment(d) != KG_OK || kg_tagger_run(*tg, d) != KG_OK)) { kg_doc_free(d); d = NULL; }
  return d;
}

/* The heads and labels d got (2 ints per token, malloc'd). */
static int *trees_of(const kg_parser *p, kg_doc *d)
{
  int *t = malloc(2 * d->ntokens * sizeof *t + 1);
  if (!t || kg_parser_run(p, d) != KG_OK) { free(t); return NULL; }
  for (size_t i = 0; i < d->ntokens; i++) {
    t[2 * i] = d->tokens[i].head;
    t[2 * i + 1] = -1;
    for (uint32_t l = 0; l < p->nlab; l++)
      if (d->tokens[i].deprel && strcmp(d->tokens[i].deprel, p->labels[l]) == 0) t[2 * i + 1] = (int)l;
  }
  return t;
}

/* The shipped model's label rows split in two cache lines at load
 * (kg_pp_lab_split: the labels with the most weight and a bound first):
 * the same trees as rows laid out label by label, on the held-out
 * articles; saved and read back, the same tables and trees. */
static void split_labels(void)
{
  kg_parser *p = NULL, *q = NULL, *r = NULL;
  kg_tagger *tg = NULL;
  const char *model = kg_test_src("models/parser.kgm");
  const char *saved = KG_BUILDDIR "/tests/parser-split.kgm";
  if (kg_parser_load(model, NULL, &p) != KG_OK) return;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(model, NULL, &q), KG_OK);
  CU_ASSERT_EQUAL(p->pl_split, 1);
  kg_pp_lab_unsplit(q);
  CU_ASSERT_EQUAL(q->pl_split, 0);
  kg_doc *d = tagged_heldout(&tg);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  size_t n = 2 * d->ntokens * sizeof(int);
  int *a = trees_of(p, d), *b = trees_of(q, d), *c = NULL;
  CU_ASSERT(a && b && memcmp(a, b, n) == 0);
  CU_ASSERT_EQUAL(kg_pp_save(p, saved, NULL), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_load(saved, NULL, &r), KG_OK);
  if (r) {
    CU_ASSERT_EQUAL(r->pl_split, 1);
    CU_ASSERT(memcmp(r->pl_lane, p->pl_lane, sizeof p->pl_lane) == 0);
    CU_ASSERT(r->pl_mask == p->pl_mask &&
              memcmp(r->pl, p->pl, (p->pl_mask + 1) * p->pl_stride * sizeof *p->pl) == 0);
    c = trees_of(r, d);
    CU_ASSERT(c && memcmp(a, c, n) == 0);
  }
  remove(saved);
  free(a);
  free(b);
  free(c);
  kg_doc_free(d);
  kg_tagger_free(tg);
  kg_parser_free(p);
  kg_parser_free(q);
  kg_parser_free(r);
}

/* Beam pruning by score margin (kg_parser_set_beam_margin,
 * KGBUILD_BEAM_MARGIN) with the shipped models on the held-out articles:
 * a margin wider than any score gap gives the plain beam's trees, one
 * narrower than any gap (ties only) the greedy trees, the default gives
 * well-formed trees close to the plain beam's; the environment variable
 * is read at load and a bad value refused. */
static void beam_margin(void)
{
  kg_parser *p = NULL;
  kg_tagger *tg = NULL;
  const char *model = kg_test_src("models/parser.kgm");
  char mpath[512];
  snprintf(mpath, sizeof mpath, "%s", model);
  if (kg_parser_load(mpath, NULL, &p) != KG_OK) return;
  CU_ASSERT_EQUAL(kg_parser_beam_margin(p), KG_PARSER_MARGIN);
  kg_doc *d = tagged_heldout(&tg);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT(d->ntokens > 5000);
  size_t n = 2 * d->ntokens * sizeof(int);
  int beam = kg_parser_beam(p);
  CU_ASSERT(beam > 1);
  kg_parser_set_beam_margin(p, 0);
  int *plain = trees_of(p, d);
  kg_parser_set_beam_margin(p, 9e5f);   /* wider than any gap between items */
  int *wide = trees_of(p, d);
  kg_parser_set_beam_margin(p, 1e-6f);
  int *ties = trees_of(p, d);
  kg_parser_set_beam_margin(p, KG_PARSER_MARGIN);
  int *dflt = trees_of(p, d);
  CU_ASSERT(well_formed(d));
  kg_parser_set_beam(p, 1);
  int *greedy = trees_of(p, d);
  kg_parser_set_beam(p, beam);
  CU_ASSERT_FATAL(plain && wide && ties && dflt && greedy);
  CU_ASSERT(memcmp(plain, wide, n) == 0);
  /* a margin of 1e-6 keeps only items whose scores tie exactly with the
   * best: that decodes as greedy but where two items tie (integer sums of
   * packed weights do: unseen words give equal sums, as in the byline "By
   * Claire Beaumont" of the Jersey fishing article),
   * then the beam may go on with the other one: at most one head in a
   * thousand may differ */
  size_t dt = 0;
  for (size_t i = 0; i < d->ntokens; i++)
    dt += ties[2 * i] != greedy[2 * i];
  CU_ASSERT(dt * 1000 <= d->ntokens);
  CU_ASSERT(memcmp(plain, greedy, n) != 0);   /* the beam matters on these articles */
  size_t dh = 0, dg = 0;
  for (size_t i = 0; i < d->ntokens; i++) {
    dh += dflt[2 * i] != plain[2 * i];
    dg += greedy[2 * i] != plain[2 * i];
  }
  CU_ASSERT(dh < dg);   /* the pruned beam is closer to the plain beam than greedy is */
  CU_ASSERT(dh * 20 < d->ntokens);
  /* kg_parser_set_beam_margin ignores negative margins */
  kg_parser_set_beam_margin(p, -1);
  CU_ASSERT_EQUAL(kg_parser_beam_margin(p), KG_PARSER_MARGIN);
  kg_parser_free(p);
  p = NULL;
  /* KGBUILD_BEAM_MARGIN, read at load */
  setenv("KGBUILD_BEAM_MARGIN", "0", 1);
  CU_ASSERT_EQUAL(kg_parser_load(mpath, NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_beam_margin(p), 0);
  int *env0 = p ? trees_of(p, d) : NULL;
  CU_ASSERT(env0 && memcmp(env0, plain, n) == 0);
  kg_parser_free(p);
  p = NULL;
  setenv("KGBUILD_BEAM_MARGIN", "1.5x", 1);
  kg_test_cap_reset();
  CU_ASSERT_EQUAL(kg_parser_load(mpath, &kg_test_cap_log, &p), KG_ERR_USAGE);
  CU_ASSERT_PTR_NULL(p);
  CU_ASSERT_PTR_NOT_NULL(strstr(kg_test_cap_msg, "KGBUILD_BEAM_MARGIN"));
  setenv("KGBUILD_BEAM_MARGIN", "-1", 1);
  CU_ASSERT_EQUAL(kg_parser_load(mpath, NULL, &p), KG_ERR_USAGE);
  unsetenv("KGBUILD_BEAM_MARGIN");
  free(env0);
  free(plain);
  free(wide);
  free(ties);
  free(dflt);
  free(greedy);
  kg_doc_free(d);
  kg_tagger_free(tg);
}

/* The tag-uncertainty features (--tag-alt 1, the tagger's runner-up tags
 * read from MISC Alt=UPOS:GAP): kept through save/load, the fixture is
 * learnt, and the decoding caches give the same features and parses. */
static void tag_alt(void)
{
  char src[1024], alt[1024];
  snprintf(src, sizeof src, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  snprintf(alt, sizeof alt, "%s", KG_BUILDDIR "/tests/parser-tiny-alt.conllu");
  FILE *in = fopen(src, "r"), *out = fopen(alt, "w");
  CU_ASSERT_PTR_NOT_NULL_FATAL(in);
  CU_ASSERT_PTR_NOT_NULL_FATAL(out);
  char line[512];
  size_t words = 0;
  while (fgets(line, sizeof line, in)) {
    size_t l = strlen(line);
    /* every third word gets a runner-up: near (gap 3) or far (gap 8) */
    if (line[0] >= '1' && line[0] <= '9' && l > 3 && !strcmp(line + l - 3, "\t_\n")) {
      if (words % 3 == 0) {
        line[l - 2] = 0;
        fprintf(out, "%s%s\n", line, words % 2 ? "Alt=NOUN:3.0" : "SpaceAfter=No|Alt=VERB:8.5");
      } else fputs(line, out);
      words++;
    } else fputs(line, out);
  }
  fclose(in);
  CU_ASSERT_EQUAL_FATAL(fclose(out), 0);
  CU_ASSERT(words == G.ntok);
  char *argv[] = { "parser", "--train", alt, "--dev", alt, "--epochs", "10", "--beam", "4",
                   "--tag-alt", "1", "--bits", "14", "--label-bits", "10", "-q",
                   "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(18, argv), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(p->tagalt, 1);
  kg_doc *d = doc_of_gold(&G);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  for (size_t i = 0; i < d->ntokens; i++)
    if (i % 3 == 0)
      d->tokens[i].upos2 = (uint8_t)kg_tagger_alt_code((i % 2 ? KG_UPOS_NOUN : KG_UPOS_VERB) + 1,
                                                       i % 2 ? 3.0f : 8.5f);
  CU_ASSERT_EQUAL(d->tokens[0].upos2, KG_UPOS_VERB + 1 + 32);
  CU_ASSERT_EQUAL(d->tokens[3].upos2, KG_UPOS_NOUN + 1);
  CU_ASSERT_EQUAL(kg_tagger_alt_code(KG_UPOS_NOUN + 1, 25.0f), 0);
  CU_ASSERT_EQUAL(kg_tagger_alt_code(0, 1.0f), 0);
  CU_ASSERT_EQUAL(kg_parser_run(p, d), KG_OK);
  size_t heads = 0;
  for (size_t i = 0; i < d->ntokens; i++) heads += d->tokens[i].head == G.tok[i].head;
  CU_ASSERT_EQUAL(heads, G.ntok);
  CU_ASSERT(well_formed(d));
  check_fast(p, d);
  /* the features are there: another runner-up changes the scores */
  kg_pp_tok a, b;
  kg_pp_tok_set(&a, "cat", 3, "NN", KG_UPOS_NOUN);
  b = a;
  kg_pp_tok_alt(&b, KG_UPOS_VERB + 1);
  CU_ASSERT(a.q != b.q);
  kg_doc_free(d);
  kg_parser_free(p);
  remove(alt);
}

/* Labels in the beam (--joint K): kept through save/load (JLAB), the
 * fixture's arcs and labels are learnt, the decoding caches give the same
 * parses, --relabel adds final labels (LABF), bad settings are refused. */
static void joint_labels(void)
{
  char train[1024];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  char *argv[] = { "parser", "--train", train, "--dev", train, "--epochs", "10", "--beam", "4",
                   "--joint", "1", "--label-feats", "2", "--bits", "14", "--label-bits", "10", "-q",
                   "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(20, argv), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(p->jlab, 1);
  CU_ASSERT_EQUAL(p->beam, 4);
  CU_ASSERT_EQUAL(p->labx, 2);
  CU_ASSERT_EQUAL(tiny->jlab, 0);
  parses_gold(p, 1);
  kg_parser_free(p);
  /* a JLAB value out of range fails the load */
  refused_with_value(TINY_MODEL2, "JLAB", 9);
  /* --relabel gives it final labels (LABF), with the same label features
   * only; the beam's arcs stay */
  char *rl1[] = { "parser", "--relabel", TINY_MODEL2, "--train", train, "--dev", train, "-q",
                  "-o", TINY_MODEL2 ".x", NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(10, rl1), 1);
  char *rl[] = { "parser", "--relabel", TINY_MODEL2, "--train", train, "--dev", train, "--label-feats", "2",
                 "--epochs", "8", "--label-bits", "10", "-q", "-o", TINY_MODEL2 ".x", NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(16, rl), 0);
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2 ".x", NULL, &p), KG_OK);
  CU_ASSERT_PTR_NOT_NULL(p->pf);
  CU_ASSERT_EQUAL(p->jlab, 1);
  parses_gold(p, 1);
  kg_parser_free(p);
  remove(TINY_MODEL2 ".x");
  char *greedy[] = { "parser", "--train", train, "--dev", train, "--joint", "1", "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(9, greedy), 2);
  char *wide[] = { "parser", "--train", train, "--dev", train, "--beam", "4", "--joint", "5",
                   "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(11, wide), 2);
}


/* Joint tag choice (--tag-beam G): a fixture where every fourth word has a
 * wrong tag (UPOS X, XPOS FW) and the right one as the tagger's runner-up
 * (MISC Alt=, AltX=, GoldU=), every fifth another wrong runner-up: the beam
 * learns to take the right readings and the trees; save/load (JTAG) gives
 * the same output; --tag-beam 0 keeps the file's tags; bad settings fail. */
static void joint_tags(void)
{
  char src[1024], in2[1024], out1[1024], out2[1024];
  snprintf(src, sizeof src, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  snprintf(in2, sizeof in2, "%s", KG_BUILDDIR "/tests/parser-tiny-jt.conllu");
  snprintf(out1, sizeof out1, "%s", KG_BUILDDIR "/tests/parser-tiny-jt1.conllu");
  snprintf(out2, sizeof out2, "%s", KG_BUILDDIR "/tests/parser-tiny-jt2.conllu");
  FILE *in = fopen(src, "r"), *out = fopen(in2, "w");
  CU_ASSERT_PTR_NOT_NULL_FATAL(in);
  CU_ASSERT_PTR_NOT_NULL_FATAL(out);
  char line[512], c[8][32];
  size_t words = 0;
  while (fgets(line, sizeof line, in)) {
    if (sscanf(line, "%31s\t%31s\t%31s\t%31s\t%31s\t%31s\t%31s\t%31s", c[0], c[1], c[2], c[3], c[4], c[5],
               c[6], c[7]) != 8 || line[0] == '#') { fputs(line, out); continue; }
    const char *u = c[3], *x = c[4], *au = NULL, *ax = NULL;
    if (words % 4 == 1) { u = "X"; x = "FW"; au = c[3]; ax = c[4]; }
    else if (words % 5 == 2) { au = strcmp(c[3], "NOUN") ? "NOUN" : "VERB"; ax = strcmp(c[3], "NOUN") ? "NN" : "VB"; }
    fprintf(out, "%s\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t", c[0], c[1], c[2], u, x, c[6], c[7]);
    if (au) fprintf(out, "Alt=%s:%s|AltX=%s|GoldU=%s\n", au, words % 3 ? "2.5" : "7.0", ax, c[3]);
    else fputs("_\n", out);
    words++;
  }
  fclose(in);
  CU_ASSERT_EQUAL_FATAL(fclose(out), 0);
  CU_ASSERT(words == G.ntok);
  char *argv[] = { "parser", "--train", in2, "--dev", in2, "--epochs", "10", "--beam", "4", "--tag-beam", "10",
                   "--bits", "14", "--label-bits", "10", "-q", "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(18, argv), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(p->jtag, 10);
  CU_ASSERT_EQUAL(kg_pp_save(p, TINY_MODEL2 ".y", NULL), KG_OK);
  kg_parser_free(p);
  char *ev1[] = { "parser", "--eval", in2, "-m", TINY_MODEL2, "-o", out1, NULL };
  char *ev2[] = { "parser", "--eval", in2, "-m", TINY_MODEL2 ".y", "-o", out2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(7, ev1), 0);
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(7, ev2), 0);
  size_t l1 = 0, l2 = 0;
  char *b1 = kg_test_slurp(out1, &l1), *b2 = kg_test_slurp(out2, &l2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b1);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b2);
  CU_ASSERT(l1 == l2 && memcmp(b1, b2, l1) == 0);
  /* the output has the gold trees and the gold tags of every word */
  size_t i = 0, heads = 0, tags = 0, flipped = 0;
  for (char *q = b1; q && *q && i < G.ntok; q = strchr(q, '\n'), q = q ? q + 1 : NULL) {
    int id, h;
    if (*q == '\n' || sscanf(q, "%d\t%31s\t%31s\t%31s\t%31s\t_\t%d", &id, c[0], c[1], c[2], c[3], &h) != 6)
      continue;
    heads += h == G.tok[i].head;
    tags += !strcmp(c[2], G.tok[i].upos) && !strcmp(c[3], G.tok[i].xpos);
    flipped += i % 4 == 1 && !strcmp(c[2], G.tok[i].upos);
    i++;
  }
  CU_ASSERT_EQUAL(i, G.ntok);
  CU_ASSERT_EQUAL(heads, G.ntok);
  CU_ASSERT_EQUAL(tags, G.ntok);
  CU_ASSERT(flipped > 10);
  free(b1);
  free(b2);
  /* --tag-beam 0: the file's tags */
  char *ev0[] = { "parser", "--eval", in2, "-m", TINY_MODEL2, "--tag-beam", "0", "-o", out2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(9, ev0), 0);
  b2 = kg_test_slurp(out2, &l2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b2);
  CU_ASSERT_PTR_NOT_NULL(strstr(b2, "\tX\tFW\t"));
  free(b2);
  /* a prior against the runner-up ($KGBUILD_TAG_PRIOR) large enough: the file's tags too */
  setenv("KGBUILD_TAG_PRIOR", "100000", 1);
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(7, ev1), 0);
  unsetenv("KGBUILD_TAG_PRIOR");
  b2 = kg_test_slurp(out1, &l2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b2);
  CU_ASSERT_PTR_NOT_NULL(strstr(b2, "\tX\tFW\t"));
  free(b2);
  refused_with_value(TINY_MODEL2, "JTAG", 0);
  char *greedy[] = { "parser", "--train", in2, "--dev", in2, "--tag-beam", "10", "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(9, greedy), 2);
  remove(TINY_MODEL2 ".y");
  remove(in2);
  remove(out1);
  remove(out2);
}

/* Joint tag choice in the pipeline (kg_parser_set_tag_beam,
 * kg_parser_run_alt; parser_fastj.c): with the shipped models on the
 * held-out articles, the trees and the readings taken with the decoding
 * caches are those of the plain scorer's branched decoding (each state its
 * own tokens), with the default prior and with none (more runner-ups
 * taken); switched off, kg_parser_run's; a model saved with the switch on
 * is the same file. */
static void joint_tags_run(void)
{
  kg_parser *p = NULL;
  kg_tagger *tg = NULL;
  const char *model = kg_test_src("models/parser.kgm");
  if (kg_parser_load(model, NULL, &p) != KG_OK) return;
  kg_doc *d = tagged_heldout(&tg);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  size_t nt = d->ntokens;
  uint8_t *au = malloc(nt), *took = malloc(nt);
  float *ag = malloc(nt * sizeof *ag);
  const char **ax = malloc(nt * sizeof *ax);
  int *h0 = malloc(3 * nt * sizeof *h0);
  CU_ASSERT_FATAL(au && took && ag && ax && h0);
  CU_ASSERT_EQUAL_FATAL(kg_tagger_run_alt_x(tg, d, au, ag, ax), KG_OK);
  kg_tag_alts alt = { au, ag, ax };
  /* off: as kg_parser_run */
  int *t0 = trees_of(p, d);
  CU_ASSERT_EQUAL(kg_parser_tag_beam(p), 0);
  CU_ASSERT_EQUAL(kg_parser_run_alt(p, d, &alt, took), KG_OK);
  for (size_t i = 0; t0 && i < nt; i++) CU_ASSERT(d->tokens[i].head == t0[2 * i] && !took[i]);
  kg_parser_set_tag_beam(p, 20);
  CU_ASSERT_EQUAL(kg_parser_tag_beam(p), 20);
  for (int pass = 0; pass < 2; pass++) {
    if (pass) p->jprior = 0;   /* no prior: the runner-up taken more often */
    /* the plain scorer: branched decoding, each beam state its own tokens */
    kg_pp_work w = {0};
    kg_pp_beam *bm = kg_pp_beam_new(p->beam);
    CU_ASSERT_PTR_NOT_NULL_FATAL(bm);
    size_t branched = 0, taken = 0, bad = 0;
    uint8_t *tk_upos = malloc(nt);
    const char **tk_xpos = malloc(nt * sizeof *tk_xpos);
    CU_ASSERT_FATAL(tk_upos && tk_xpos);
    for (size_t i = 0; i < nt; i++) { tk_upos[i] = d->tokens[i].upos; tk_xpos[i] = d->tokens[i].xpos; }
    for (size_t s = 0; s < d->nsents; s++) {
      const kg_sentence *se = &d->sents[s];
      int n = (int)se->ntok;
      if (n == 0) continue;
      CU_ASSERT_EQUAL_FATAL(kg_pp_work_reserve(&w, (size_t)n), KG_OK);
      kg_pp_sent_setup(p, &w, d->tokens + se->tok, n);
      struct kg_pp_jsent *js = kg_pp_beam_jsent(bm);
      CU_ASSERT_FATAL(kg_pp_jsent_set_alts(js, p, w.tok, n, d->tokens + se->tok, &alt, se->tok));
      for (int i = 1; i <= n; i++) branched += js->on && js->amb[i];
      CU_ASSERT_EQUAL_FATAL(kg_pp_beam_parse(p, bm, &w.st), KG_OK);
      for (int i = 0; i < n; i++) {
        size_t x = se->tok + (size_t)i;
        h0[3 * x] = w.st.head[i + 1];
        h0[3 * x + 1] = w.st.lab[i + 1];
        h0[3 * x + 2] = kg_pp_joint_chosen(js, &w.st, i + 1);
      }
    }
    kg_pp_beam_free(bm);
    kg_pp_work_free(&w);
    /* the pipeline's path: the caches (tokens shared, the states' readings in view) */
    CU_ASSERT_EQUAL(kg_parser_run_alt(p, d, &alt, took), KG_OK);
    for (size_t i = 0; i < nt; i++) {
      const kg_token *t = &d->tokens[i];
      const char *lab = h0[3 * i + 1] >= 0 ? p->labels[h0[3 * i + 1]] : "dep";
      taken += took[i];
      if (t->head != h0[3 * i] || strcmp(t->deprel, lab) != 0 || took[i] != h0[3 * i + 2]) bad++;
      if (took[i] && (t->upos != au[i] - 1 || t->xpos != ax[i])) bad++;
      d->tokens[i].upos = tk_upos[i];   /* the tagger's tags again */
      d->tokens[i].xpos = tk_xpos[i];
    }
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(branched > 50);
    CU_ASSERT(taken > 0);
    free(tk_upos);
    free(tk_xpos);
  }
  /* the switch is no part of the model: the same file */
  const char *s1 = KG_BUILDDIR "/tests/parser-jrun1.kgm", *s2 = KG_BUILDDIR "/tests/parser-jrun2.kgm";
  CU_ASSERT_EQUAL(kg_pp_save(p, s1, NULL), KG_OK);
  kg_parser_set_tag_beam(p, 0);
  CU_ASSERT_EQUAL(kg_parser_tag_beam(p), 0);
  CU_ASSERT_EQUAL(kg_pp_save(p, s2, NULL), KG_OK);
  size_t l1 = 0, l2 = 0;
  char *b1 = kg_test_slurp(s1, &l1), *b2 = kg_test_slurp(s2, &l2);
  CU_ASSERT(b1 && b2 && l1 == l2 && memcmp(b1, b2, l1) == 0);
  free(b1);
  free(b2);
  remove(s1);
  remove(s2);
  free(t0);
  free(au);
  free(took);
  free(ag);
  free(ax);
  free(h0);
  kg_doc_free(d);
  kg_tagger_free(tg);
  kg_parser_free(p);
}

/* A right-to-left model (--reverse 1) learns the fixture: decoding on the
 * reversed sentence maps heads and labels back to the sentence's order;
 * the direction is kept through save/load (DIRN) and a bad value fails the
 * load clearly. */
static kg_parser *r2l_tiny;

static void reverse_model(void)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  CU_ASSERT_EQUAL(kg_parser_reverse(tiny), 0);
  char train[1024];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/parser-tiny.conllu"));
  char *argv[] = { "parser", "--train", train, "--dev", train, "--epochs", "10", "--beam", "4",
                   "--reverse", "1", "--bits", "14", "--label-bits", "10", "-q",
                   "-o", TINY_MODEL2, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(18, argv), 0);
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &r2l_tiny), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_reverse(r2l_tiny), 1);
  CU_ASSERT_EQUAL(r2l_tiny->beam, 4);
  parses_gold(r2l_tiny, 0);
  /* --relabel keeps the direction and trains on reversed sentences */
  char *rl[] = { "parser", "--relabel", TINY_MODEL2, "--train", train, "--dev", train, "--label-feats", "2",
                 "--epochs", "8", "--label-bits", "10", "-q", "-o", TINY_MODEL2 ".x", NULL };
  CU_ASSERT_EQUAL_FATAL(kg_parser_train_main(16, rl), 0);
  kg_parser *p = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2 ".x", NULL, &p), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_reverse(p), 1);
  parses_gold(p, 0);
  kg_parser_free(p);
  remove(TINY_MODEL2 ".x");
  /* --reverse takes 0 or 1 */
  char *bad[] = { "parser", "--train", train, "--dev", train, "--reverse", "2", "-o", TINY_MODEL2 ".x", NULL };
  CU_ASSERT_EQUAL(kg_parser_train_main(9, bad), 2);
  /* a DIRN value other than 1 fails the load */
  refused_with_value(TINY_MODEL2, "DIRN", 0);
  refused_with_value(TINY_MODEL2, "DIRN", 2);
}

/* Score of tree head[1..n] under sc. */
static double tree_score(int n, const float *sc, const int *head)
{
  double s = 0;
  for (int d = 1; d <= n; d++) s += sc[head[d] * (n + 1) + d];
  return s;
}

/* 1 when head[1..n] is a projective tree with exactly one root child. */
static int projective_tree(int n, const int *head)
{
  int roots = 0;
  for (int d = 1; d <= n; d++) {
    if (head[d] < 0 || head[d] > n || head[d] == d) return 0;
    roots += head[d] == 0;
  }
  if (roots != 1) return 0;
  for (int d = 1; d <= n; d++) {   /* acyclic */
    int k = d, len = 0;
    while (k != 0 && len <= n) { k = head[k]; len++; }
    if (k != 0) return 0;
  }
  for (int a = 1; a <= n; a++)     /* no two arcs cross */
    for (int b = 1; b <= n; b++) {
      int l1 = head[a] < a ? head[a] : a, r1 = head[a] < a ? a : head[a];
      int l2 = head[b] < b ? head[b] : b, r2 = head[b] < b ? b : head[b];
      if (l1 < l2 && l2 < r1 && r1 < r2) return 0;
    }
  return 1;
}

/* Eisner's algorithm gives a well-formed projective tree with one root
 * child, the best one (checked against all trees of small sentences), and
 * on the votes of two identical trees gives that tree back. */
static void eisner(void)
{
  uint64_t rng = 12345;
  for (int round = 0; round < 60; round++) {
    int n = 1 + round % 6;
    size_t m = (size_t)(n + 1) * (size_t)(n + 1);
    float *sc = malloc(m * sizeof *sc);
    void *ws = malloc(kg_pp_eisner_ws(n));
    int head[8], h2[8];
    CU_ASSERT_PTR_NOT_NULL_FATAL(sc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ws);
    for (size_t i = 0; i < m; i++) {
      rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
      sc[i] = (float)((rng >> 40) % 1000) / 100.0f;
    }
    kg_pp_eisner(n, sc, head, ws);
    CU_ASSERT_EQUAL(head[0], -1);
    CU_ASSERT_TRUE(projective_tree(n, head));
    /* the best of all projective one-root trees */
    double best = -1;
    int total = 1;
    for (int i = 0; i < n; i++) total *= n + 1;
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int d = 1; d <= n; d++) { h2[d] = c % (n + 1); c /= n + 1; }
      if (projective_tree(n, h2) && tree_score(n, sc, h2) > best) best = tree_score(n, sc, h2);
    }
    CU_ASSERT_DOUBLE_EQUAL(tree_score(n, sc, head), best, 1e-3);
    /* two parsers voting for the same tree (1 each, nothing else scored) */
    for (size_t i = 0; i < m; i++) sc[i] = -1e-3f;
    memcpy(h2, head, sizeof h2);
    for (int d = 1; d <= n; d++) sc[h2[d] * (n + 1) + d] += 2.0f;
    int out[8];
    kg_pp_eisner(n, sc, out, ws);
    for (int d = 1; d <= n; d++) CU_ASSERT_EQUAL(out[d], h2[d]);
    free(sc);
    free(ws);
  }
  /* a longer sentence: still a projective tree */
  enum { N = 120 };
  float *sc = malloc((N + 1) * (N + 1) * sizeof *sc);
  void *ws = malloc(kg_pp_eisner_ws(N));
  int *head = malloc((N + 1) * sizeof *head);
  CU_ASSERT_PTR_NOT_NULL_FATAL(sc && ws && head);
  for (int i = 0; i < (N + 1) * (N + 1); i++) {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    sc[i] = (float)((rng >> 40) % 1000) / 100.0f;
  }
  kg_pp_eisner(N, sc, head, ws);
  CU_ASSERT_TRUE(projective_tree(N, head));
  free(sc);
  free(ws);
  free(head);
}

/* Two models in opposite directions combined (kg_parser_attach): both
 * parse the fixture exactly, so the combination does too; the combination
 * of the same model's trees twice (two identical trees voting) is that
 * tree; the wrong directions are refused. */
static void combine(void)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL(tiny);
  CU_ASSERT_PTR_NOT_NULL_FATAL(r2l_tiny);
  kg_parser *l = NULL, *r = NULL, *x = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL, NULL, &l), KG_OK);
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL2, NULL, &r), KG_OK);
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL, NULL, &x), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_attach(r, x), KG_ERR_USAGE);   /* r reads right to left; x is freed */
  CU_ASSERT_EQUAL(kg_parser_attach(l, NULL), KG_ERR_USAGE);
  CU_ASSERT_EQUAL_FATAL(kg_parser_load(TINY_MODEL, NULL, &x), KG_OK);
  CU_ASSERT_EQUAL(kg_parser_attach(l, x), KG_ERR_USAGE);   /* x reads left to right */
  CU_ASSERT_EQUAL_FATAL(kg_parser_attach(l, r), KG_OK);
  parses_gold(l, 0);
  /* sentences the models never saw: well-formed trees */
  static const char *cycle[] = { "the", "cat", "sat", "on", "the", "mat", ",", "and" };
  static const char *w[400];
  for (int i = 0; i < 400; i++) w[i] = cycle[i % 8];
  for (size_t n = 1; n <= 400; n = n * 3 + 1) {
    kg_doc *d = doc_of_words(w, n, "NN", KG_UPOS_NOUN);
    CU_ASSERT_EQUAL(kg_parser_run(l, d), KG_OK);
    CU_ASSERT(well_formed(d));
    kg_doc_free(d);
  }
  kg_parser_free(l);
  /* one model's trees voted twice (as two parsers) are its trees */
  kg_doc *a = doc_of_gold(&G), *b = doc_of_gold(&G);
  kg_pp_comb *c = kg_pp_comb_new(r2l_tiny, r2l_tiny);
  CU_ASSERT_PTR_NOT_NULL_FATAL(c);
  kg_pp_comb_opts o = { 1.0, 0.0 };   /* the best trees vote, not the other beam items */
  kg_pp_comb_set(c, &o);
  CU_ASSERT_EQUAL(kg_parser_run(r2l_tiny, a), KG_OK);
  for (size_t s = 0; s < b->nsents; s++) {
    kg_sentence *se = &b->sents[s];
    int n = (int)se->ntok, hl[2 * 64];
    CU_ASSERT_FATAL(n <= 64);
    CU_ASSERT_EQUAL(kg_pp_comb_sentence(c, b->tokens + se->tok, n, hl, hl + n), KG_OK);
    for (int i = 0; i < n; i++) {
      const kg_token *t = &a->tokens[se->tok + (uint32_t)i];
      CU_ASSERT_EQUAL(hl[i], t->head);
      CU_ASSERT_STRING_EQUAL(r2l_tiny->labels[hl[n + i]], t->deprel);
    }
  }
  kg_pp_comb_free(c);
  kg_doc_free(a);
  kg_doc_free(b);
}

/* kg_pp_hq_mix (parser_fast.c): the features it hashes, with AVX2 and
 * without (the portable loop), are kg_hash_mix's, and the rows it returns
 * are those of the features in the table, whatever the counts (the vector
 * path works four at a time). */
static void hq_mix_exact(void)
{
  static int16_t table[64 * 56];
  uint64_t x = 0x243f6a8885a308d3ULL;
  int bad = 0, runs = 0;
  for (int trial = 0; trial < 40; trial++) {
    kg_pp_hq q;
    q.n = (size_t)(trial % 11);
    q.nd = (size_t)((trial * 7) % 13);
    for (size_t i = 0; i < KG_PP_HQN; i++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      q.a[i] = x; q.b[i] = x * 31 + (uint64_t)i; q.da[i] = x >> 3; q.db[i] = ~x; q.dc[i] = x ^ 0xabc;
    }
    uint32_t rowb = trial % 2 ? 8 : 112;
    for (int avx2 = 0; avx2 < 2; avx2++) {
      if (avx2 && !__builtin_cpu_supports("avx2")) continue;
      uint64_t out[KG_PP_HQN * 2 + 4];
      const void *rows[KG_PP_HQN * 2 + 4];
      kg_pp_hq c = q;
      kg_pp_hq_mix(&c, out, avx2, table, 63, rowb, rowb == 8 ? 1 : 3, rows);
      for (size_t i = 0; i < q.n + q.nd; i++) {
        uint64_t want = i < q.n ? kg_hash_mix(q.a[i], q.b[i])
                                : kg_hash_mix(kg_hash_mix(q.da[i - q.n], q.db[i - q.n]), q.dc[i - q.n]);
        if (out[i] != want || rows[i] != (const char *)table + (want & 63) * rowb) bad++;
      }
      runs++;
    }
  }
  CU_ASSERT_EQUAL(bad, 0);
  CU_ASSERT(runs >= 40);
}

static int cleanup(void)
{
  kg_parser_free(tiny);
  tiny = NULL;
  kg_parser_free(r2l_tiny);
  r2l_tiny = NULL;
  remove(TINY_MODEL);
  remove(TINY_MODEL2);
  return 0;
}

CU_ErrorCode kg_suite_parser(void)
{
  CU_pSuite s = CU_add_suite("parser", NULL, cleanup);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "train on a tiny treebank", train_tiny) ||
      !CU_add_test(s, "learns the tiny treebank", learns_tiny) ||
      !CU_add_test(s, "save/load gives the same trees", save_load_same) ||
      !CU_add_test(s, "summed runs (--models)", ensemble) ||
      !CU_add_test(s, "beam search (--beam)", beam) ||
      !CU_add_test(s, "labels retrained (--relabel, --label-feats 2)", relabel) ||
      !CU_add_test(s, "trees on odd inputs", odd_inputs) ||
      !CU_add_test(s, "corrupt model files", corrupt_models) ||
      !CU_add_test(s, "shipped model", real_model) ||
      !CU_add_test(s, "decoding caches give the same parses", fast_same) ||
      !CU_add_test(s, "batched feature hashing is kg_hash_mix", hq_mix_exact) ||
      !CU_add_test(s, "beam pruning by score margin", beam_margin) ||
      !CU_add_test(s, "label rows split in two lines", split_labels) ||
      !CU_add_test(s, "tag-uncertainty features (--tag-alt)", tag_alt) ||
      !CU_add_test(s, "labels in the beam (--joint)", joint_labels) ||
      !CU_add_test(s, "joint tag choice (--tag-beam)", joint_tags) ||
      !CU_add_test(s, "joint tag choice in the pipeline (KGBUILD_TAG_BEAM)", joint_tags_run) ||
      !CU_add_test(s, "right-to-left model (--reverse)", reverse_model) ||
      !CU_add_test(s, "projective maximum spanning tree (Eisner)", eisner) ||
      !CU_add_test(s, "two directions combined", combine))
    return CU_get_error();
  return CUE_SUCCESS;
}
