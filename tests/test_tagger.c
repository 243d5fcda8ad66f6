/* test_tagger.c — the averaged perceptron, the model file container, the
 * lemmatizer and the tagger (training on a tiny fixture, save/load, bad
 * model files, the shipped model). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <math.h>
#include "tests.h"
#include "perceptron.h"
#include "model.h"
#include "lemma.h"
#include "tagger.h"
#include "tagger_impl.h"
#include "conllu.h"
#include "segment.h"

static char *tmp_path(const char *tag)
{
  static char buf[4][256];
  static int k;
  char *p = buf[k++ & 3];
  snprintf(p, 256, "/tmp/kgtest-%s-%ld-XXXXXX", tag, (long)getpid());
  int fd = mkstemp(p);
  if (fd >= 0) close(fd);
  return p;
}

static int write_bytes(const char *path, const void *p, size_t n)
{
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  size_t w = fwrite(p, 1, n, f);
  return fclose(f) == 0 && w == n;
}

/* ----------------------------------------------------------- perceptron */

/* A toy problem: class = feature id mod 5 plus noise features. */
static void toy_feats(unsigned i, uint64_t f[3], uint32_t *y)
{
  *y = i % 5;
  f[0] = kg_hash_mix(1, *y);
  f[1] = kg_hash_mix(2, (i / 5) % 7);
  f[2] = kg_hash_mix(3, *y * 2 + (i / 35) % 2);
}

static void test_perceptron_learns(void)
{
  kg_ap *ap = kg_ap_new(5, 10);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ap);
  CU_ASSERT_EQUAL(kg_ap_nclass(ap), 5);
  float sc[5];
  for (int ep = 0; ep < 3; ep++)
    for (unsigned i = 0; i < 500; i++) {
      uint64_t f[3];
      uint32_t y;
      toy_feats(i, f, &y);
      kg_ap_tick(ap);
      kg_ap_score(ap, f, 3, sc);
      kg_ap_update(ap, f, 3, y, kg_ap_best(ap, sc, NULL));
    }
  kg_ap *avg = kg_ap_copy_averaged(ap);
  kg_ap_average(ap);
  int ok = 0, same = 1;
  for (unsigned i = 0; i < 100; i++) {
    uint64_t f[3];
    uint32_t y;
    float s2[5];
    toy_feats(i, f, &y);
    kg_ap_score(ap, f, 3, sc);
    kg_ap_score(avg, f, 3, s2);
    for (int c = 0; c < 5; c++) same &= fabsf(sc[c] - s2[c]) < 1e-4f;
    ok += kg_ap_best(ap, sc, NULL) == y;
  }
  CU_ASSERT_EQUAL(ok, 100);
  CU_ASSERT(same);
  /* allowed mask: the best allowed class, even when others score higher */
  uint64_t f[3];
  uint32_t y;
  toy_feats(2, f, &y);
  kg_ap_score(ap, f, 3, sc);
  uint8_t allowed[5] = { 1, 1, 0, 1, 1 };
  CU_ASSERT_NOT_EQUAL(kg_ap_best(ap, sc, allowed), 2);
  CU_ASSERT_EQUAL(kg_ap_best(ap, sc, NULL), 2);

  /* round trip through a file, dense and sparse readers */
  const char *path = tmp_path("ap");
  FILE *fo = fopen(path, "wb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(fo);
  CU_ASSERT_EQUAL(kg_ap_write(ap, fo), KG_OK);
  fclose(fo);
  FILE *fi = fopen(path, "rb");
  kg_ap *d = NULL, *s = NULL;
  CU_ASSERT_EQUAL(kg_ap_read(fi, &d), KG_OK);
  rewind(fi);
  CU_ASSERT_EQUAL(kg_ap_read_sparse(fi, &s), KG_OK);
  fclose(fi);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  double maxdiff = 0, maxds = 0;
  for (unsigned i = 0; i < 200; i++) {
    float a[5], b[5], c2[5];
    toy_feats(i, f, &y);
    kg_ap_score(ap, f, 3, a);
    kg_ap_score(d, f, 3, b);
    kg_ap_score(s, f, 3, c2);
    for (int c = 0; c < 5; c++) {
      if (fabs(a[c] - b[c]) > maxdiff) maxdiff = fabs(a[c] - b[c]);
      if (fabs(b[c] - c2[c]) > maxds) maxds = fabs(b[c] - c2[c]);
    }
  }
  CU_ASSERT(maxdiff < 1e-2);   /* int16 quantisation */
  CU_ASSERT(maxds < 1e-6);     /* same weights, two layouts */
  /* kg_ap_score_vec: kg_ap_score's floats bit for bit, zeros after the
   * classes; in place (aligned, room for the stride) or through the copy */
  int vec_bad = 0;
  for (unsigned i = 0; i < 200; i++) {
    float a[5], v[17] __attribute__((aligned(32)));
    toy_feats(i, f, &y);
    for (int k = 0; k < 2; k++) {
      kg_ap *m = k ? d : s;
      kg_ap_score(m, f, 3, a);
      for (int off = 0; off < 2; off++) {
        memset(v, 0x7f, sizeof v);
        kg_ap_score_vec(m, f, 3, v + off, 8);
        vec_bad += memcmp(v + off, a, sizeof a) != 0;
        for (int c = 5; c < 8; c++) vec_bad += v[off + c] != 0.0f;
      }
    }
  }
  CU_ASSERT_EQUAL(vec_bad, 0);
  CU_ASSERT(kg_ap_nonzero_rows(d) > 0);
  CU_ASSERT_EQUAL(kg_ap_nonzero_rows(d), kg_ap_nonzero_rows(s));
  /* a truncated table fails */
  fi = fopen(path, "rb");
  fseek(fi, 0, SEEK_END);
  long sz = ftell(fi);
  fclose(fi);
  CU_ASSERT_EQUAL(truncate(path, sz - 3), 0);
  fi = fopen(path, "rb");
  kg_ap *bad = NULL;
  CU_ASSERT_EQUAL(kg_ap_read(fi, &bad), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(bad);
  fclose(fi);

  /* the integer form: kg_ap_int_copy of the model in training equals the
   * sparse read turned into integers, and reads back cell for cell */
  kg_ap *ic = kg_ap_int_copy(ap, 8), *ir = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL(ic);
  CU_ASSERT_EQUAL(kg_ap_to_int(s, 8), KG_OK);
  fo = fopen(path, "wb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(fo);
  CU_ASSERT_EQUAL(kg_ap_write_int(ic, fo), KG_OK);
  CU_ASSERT_EQUAL(kg_ap_write_int(d, fo), KG_ERR_USAGE);   /* not an integer model */
  fclose(fo);
  fi = fopen(path, "rb");
  CU_ASSERT_EQUAL(kg_ap_read_int(fi, 8, &ir), KG_OK);
  CU_ASSERT(fgetc(fi) == EOF);
  fclose(fi);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ir);
  CU_ASSERT(kg_ap_int_scale(ic) > 0 && kg_ap_int_scale(ic) == kg_ap_int_scale(s)
            && kg_ap_int_scale(ir) == kg_ap_int_scale(s));
  int same_int = 1;
  for (uint64_t b = 0; b < (1u << kg_ap_log2_buckets(ap)); b++) {
    int32_t x[8] __attribute__((aligned(32))) = { 0 }, x2[8] __attribute__((aligned(32))) = { 0 };
    int32_t x3[8] __attribute__((aligned(32))) = { 0 };
    kg_ap_sum_int(s, &b, 1, x);
    kg_ap_sum_int(ic, &b, 1, x2);
    kg_ap_sum_int(ir, &b, 1, x3);
    same_int &= memcmp(x, x2, sizeof x) == 0 && memcmp(x, x3, sizeof x) == 0;
  }
  CU_ASSERT(same_int);
  /* read for more features than it was made for: weights out of range */
  fi = fopen(path, "rb");
  CU_ASSERT_EQUAL(kg_ap_read_int(fi, 1u << 20, &bad), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(bad);
  fclose(fi);
  /* cut short */
  fi = fopen(path, "rb");
  fseek(fi, 0, SEEK_END);
  sz = ftell(fi);
  fclose(fi);
  CU_ASSERT_EQUAL(truncate(path, sz - 5), 0);
  fi = fopen(path, "rb");
  CU_ASSERT_EQUAL(kg_ap_read_int(fi, 8, &bad), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(bad);
  fclose(fi);
  kg_ap_free(ic);
  kg_ap_free(ir);
  unlink(path);
  kg_ap_free(ap);
  kg_ap_free(avg);
  kg_ap_free(d);
  kg_ap_free(s);
  kg_ap_free(NULL);
}

/* ------------------------------------------------------------ model file */

/* kg_model_view_get: a view of the next n bytes at an offset off a page
 * boundary, mapped for a large regular file, a copy for a small one; the
 * file then stands after the bytes; too few bytes left is KG_ERR_MODEL. */
/* kg_ap_best without a mask (the vector path from 16 classes on) gives the
 * first class of the highest score, as a plain loop does: random scores of
 * few distinct values (ties), signed zeros, 16 to 80 classes. */
static void test_ap_best_first_max(void)
{
  uint32_t seed = 12345, bad = 0, runs = 0;
  for (uint32_t nc = 16; nc <= 80; nc++) {
    kg_ap *ap = kg_ap_new(nc, 4);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ap);
    float sc[80];
    for (int r = 0; r < 200; r++, runs++) {
      for (uint32_t c = 0; c < nc; c++) {
        seed = seed * 1103515245u + 12345u;
        uint32_t x = (seed >> 16) % (r % 3 == 0 ? 4u : 1000u);
        sc[c] = x == 0 ? ((seed >> 8) & 1 ? -0.0f : 0.0f) : ((float)x - 500.0f) * 0.37f;
      }
      uint32_t want = 0;
      for (uint32_t c = 1; c < nc; c++)
        if (sc[c] > sc[want]) want = c;
      bad += kg_ap_best(ap, sc, NULL) != want;
    }
    kg_ap_free(ap);
  }
  CU_ASSERT_EQUAL(runs, 65 * 200);
  CU_ASSERT_EQUAL(bad, 0);
}

static void test_model_view(void)
{
  const char *path = tmp_path("view");
  const size_t skip = 4099, n = KG_MODEL_VIEW_MIN + 1234, total = skip + n + 7;
  unsigned char *b = malloc(total);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b);
  for (size_t i = 0; i < total; i++) b[i] = (unsigned char)((i * 131u) ^ (i >> 9));
  FILE *f = fopen(path, "wb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT_EQUAL(fwrite(b, 1, total, f), total);
  fclose(f);
  f = fopen(path, "rb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  unsigned char head[3];
  CU_ASSERT_EQUAL(fread(head, 1, 3, f), 3);   /* the FILE has buffered ahead */
  CU_ASSERT_EQUAL(fseek(f, (long)skip, SEEK_SET), 0);
  kg_model_view v;
  CU_ASSERT_EQUAL_FATAL(kg_model_view_get(f, n, &v), KG_OK);
#if defined(__linux__)
  CU_ASSERT_EQUAL(v.mapped, 1);
#endif
  CU_ASSERT(memcmp(v.p, b + skip, n) == 0);
  CU_ASSERT_EQUAL(ftell(f), (long)(skip + n));
  CU_ASSERT_EQUAL(fgetc(f), b[skip + n]);
  kg_model_unview(&v);
  CU_ASSERT_PTR_NULL(v.base);
  /* a small view is a copy */
  CU_ASSERT_EQUAL_FATAL(kg_model_view_get(f, 5, &v), KG_OK);
  CU_ASSERT_EQUAL(v.mapped, 0);
  CU_ASSERT(memcmp(v.p, b + skip + n + 1, 5) == 0);
  kg_model_unview(&v);
  /* more than is left, large or small */
  CU_ASSERT_EQUAL(fseek(f, (long)skip, SEEK_SET), 0);
  CU_ASSERT_EQUAL(kg_model_view_get(f, n + 8, &v), KG_ERR_MODEL);
  CU_ASSERT_EQUAL(fseek(f, (long)(total - 2), SEEK_SET), 0);
  CU_ASSERT_EQUAL(kg_model_view_get(f, 3, &v), KG_ERR_MODEL);
  fclose(f);
  unlink(path);
  free(b);
}

static void test_model_container(void)
{
  const char *path = tmp_path("model");
  FILE *f;
  CU_ASSERT_EQUAL_FATAL(kg_model_create(path, "demo", &kg_test_cap_log, &f), KG_OK);
  const char *strs[] = { "alpha", "", "gamma" };
  uint32_t nums[] = { 7, 0, 4000000000u };
  CU_ASSERT_EQUAL(kg_model_put_section(f, "SEC1"), KG_OK);
  CU_ASSERT_EQUAL(kg_model_put_strings(f, strs, 3), KG_OK);
  CU_ASSERT_EQUAL(kg_model_put_u32s(f, nums, 3), KG_OK);
  CU_ASSERT_EQUAL(kg_model_put_str(f, "hello"), KG_OK);
  CU_ASSERT_EQUAL(kg_model_put_u64(f, 0x123456789abcdefULL), KG_OK);
  CU_ASSERT_EQUAL(kg_model_put_f32(f, -2.5f), KG_OK);
  CU_ASSERT_EQUAL(kg_model_finish(f, path, &kg_test_cap_log), KG_OK);

  CU_ASSERT_EQUAL_FATAL(kg_model_open(path, "demo", &kg_test_cap_log, &f), KG_OK);
  char **s = NULL, *str = NULL;
  uint32_t n = 0, *u = NULL;
  uint64_t v64 = 0;
  float fl = 0;
  CU_ASSERT_EQUAL(kg_model_expect_section(f, "SEC1"), KG_OK);
  CU_ASSERT_EQUAL(kg_model_get_strings(f, &s, &n), KG_OK);
  CU_ASSERT_EQUAL(n, 3);
  if (s && n == 3) {
    CU_ASSERT_STRING_EQUAL(s[0], "alpha");
    CU_ASSERT_STRING_EQUAL(s[1], "");
    CU_ASSERT_STRING_EQUAL(s[2], "gamma");
  }
  CU_ASSERT_EQUAL(kg_model_get_u32s(f, &u, &n), KG_OK);
  CU_ASSERT(n == 3 && u && u[2] == 4000000000u);
  CU_ASSERT_EQUAL(kg_model_get_str(f, &str), KG_OK);
  CU_ASSERT(str && strcmp(str, "hello") == 0);
  CU_ASSERT_EQUAL(kg_model_get_u64(f, &v64), KG_OK);
  CU_ASSERT_EQUAL(v64, 0x123456789abcdefULL);
  CU_ASSERT_EQUAL(kg_model_get_f32(f, &fl), KG_OK);
  CU_ASSERT_EQUAL(fl, -2.5f);
  CU_ASSERT_EQUAL(kg_model_close(f, path, &kg_test_cap_log), KG_OK);
  free(s);
  free(u);
  free(str);

  /* wrong kind */
  kg_test_cap_reset();
  CU_ASSERT_EQUAL(kg_model_open(path, "parser", &kg_test_cap_log, &f), KG_ERR_MODEL);
  CU_ASSERT(strstr(kg_test_cap_msg, path) && strstr(kg_test_cap_msg, "demo"));
  /* wrong magic */
  kg_test_cap_reset();
  CU_ASSERT(write_bytes(path, "JUNKxxxxxxxxxxxx", 16));
  CU_ASSERT_EQUAL(kg_model_open(path, "demo", &kg_test_cap_log, &f), KG_ERR_MODEL);
  CU_ASSERT(strstr(kg_test_cap_msg, path) && strstr(kg_test_cap_msg, "magic"));
  /* wrong version */
  kg_test_cap_reset();
  CU_ASSERT(write_bytes(path, "KGBM\x63\0\0\0\4\0\0\0demo", 16));
  CU_ASSERT_EQUAL(kg_model_open(path, "demo", &kg_test_cap_log, &f), KG_ERR_MODEL);
  CU_ASSERT(strstr(kg_test_cap_msg, path) && strstr(kg_test_cap_msg, "version 99"));
  /* missing file */
  kg_test_cap_reset();
  unlink(path);
  CU_ASSERT_EQUAL(kg_model_open(path, "demo", &kg_test_cap_log, &f), KG_ERR_IO);
  CU_ASSERT(strstr(kg_test_cap_msg, path) != NULL);
}

/* ------------------------------------------------------------ lemmatizer */

static void test_lemma_rules(void)
{
  kg_lemmatizer *lm = kg_lemma_new();
  CU_ASSERT_PTR_NOT_NULL_FATAL(lm);
  static const char *const tr[][3] = {
    { "talked", "VBD", "talk" }, { "jumped", "VBD", "jump" }, { "played", "VBD", "play" },
    { "walked", "VBD", "walk" }, { "went", "VBD", "go" }, { "cats", "NNS", "cat" },
    { "dogs", "NNS", "dog" }, { "cities", "NNS", "city" }, { "parties", "NNS", "party" },
    { "Paris", "NNP", "Paris" }, { "States", "NNPS", "State" }, { "The", "DT", "the" },
    { "I", "PRP", "I" }, { "was", "VBD", "be" }, { "was", "VBD", "be" },
  };
  for (size_t i = 0; i < sizeof tr / sizeof tr[0]; i++)
    CU_ASSERT_EQUAL(kg_lemma_add(lm, tr[i][0], tr[i][1], tr[i][2]), KG_OK);
  CU_ASSERT_EQUAL_FATAL(kg_lemma_build(lm), KG_OK);
  int vbd = kg_lemma_xpos_id(lm, "VBD"), nns = kg_lemma_xpos_id(lm, "NNS");
  int nnp = kg_lemma_xpos_id(lm, "NNP"), prp = kg_lemma_xpos_id(lm, "PRP");
  CU_ASSERT(vbd >= 0 && nns >= 0 && nnp >= 0 && prp >= 0);
  CU_ASSERT_EQUAL(kg_lemma_xpos_id(lm, "XYZ"), -1);
  char buf[64];
  const char *w;
  w = "kicked";  CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), vbd, buf, sizeof buf), "kick");
  w = "went";    CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), vbd, buf, sizeof buf), "go");
  w = "Went";    CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), vbd, buf, sizeof buf), "go");
  w = "ladies";  CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), nns, buf, sizeof buf), "lady");
  w = "hats";    CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), nns, buf, sizeof buf), "hat");
  w = "London";  CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), nnp, buf, sizeof buf), "London");
  w = "i";       CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), prp, buf, sizeof buf), "I");
  w = "Unknown"; CU_ASSERT_STRING_EQUAL(kg_lemma_get(lm, w, strlen(w), -1, buf, sizeof buf), "unknown");
  /* an identical lemma is the form itself (no copy) */
  w = "London";
  CU_ASSERT_PTR_EQUAL(kg_lemma_get(lm, w, strlen(w), nnp, buf, sizeof buf), w);

  /* round trip */
  const char *path = tmp_path("lemma");
  FILE *f = fopen(path, "wb");
  CU_ASSERT_EQUAL(kg_lemma_write(lm, f), KG_OK);
  fclose(f);
  f = fopen(path, "rb");
  kg_lemmatizer *l2 = NULL;
  CU_ASSERT_EQUAL(kg_lemma_read(f, &l2), KG_OK);
  fclose(f);
  unlink(path);
  CU_ASSERT_PTR_NOT_NULL_FATAL(l2);
  char b2[64];
  static const char *const probe[][2] = { { "kicked", "VBD" }, { "went", "VBD" }, { "ladies", "NNS" },
                                          { "States", "NNPS" }, { "The", "DT" } };
  for (size_t i = 0; i < sizeof probe / sizeof probe[0]; i++) {
    const char *a = kg_lemma_get(lm, probe[i][0], strlen(probe[i][0]),
                                 kg_lemma_xpos_id(lm, probe[i][1]), buf, sizeof buf);
    const char *b = kg_lemma_get(l2, probe[i][0], strlen(probe[i][0]),
                                 kg_lemma_xpos_id(l2, probe[i][1]), b2, sizeof b2);
    CU_ASSERT_STRING_EQUAL(a, b);
  }
  kg_lemma_free(lm);
  kg_lemma_free(l2);
  kg_lemma_free(NULL);
}

/* ---------------------------------------------------------------- tagger */

/* Suite fixture: the tiny model trained on tests/data/tiny.conllu and the
 * shipped model, each made on first use and removed / freed by the suite's
 * clean-up. */
static char tiny_model[256];
static kg_tagger *shipped;
static int shipped_tried;

/* The shipped model, or NULL when it is not there (not trained yet). */
static kg_tagger *shipped_tagger(void)
{
  if (!shipped_tried) {
    char path[512];
    snprintf(path, sizeof path, "%s", kg_test_src("models/tagger.kgm"));
    shipped_tried = 1;
    if (access(path, R_OK) == 0)
      CU_ASSERT_EQUAL(kg_tagger_load(path, &kg_test_cap_log, &shipped), KG_OK);
  }
  return shipped;
}

static int suite_clean(void)
{
  if (tiny_model[0]) unlink(tiny_model);
  tiny_model[0] = 0;
  kg_tagger_free(shipped);
  shipped = NULL;
  shipped_tried = 0;
  return 0;
}

/* Saves t to a temporary file and loads it back (the path in path). */
static kg_tagger *save_reload(const kg_tagger *t, const char **path)
{
  *path = tmp_path("tagsave");
  kg_tagger *t2 = NULL;
  if (kg_tagger_save(t, *path, &kg_test_cap_log) != KG_OK ||
      kg_tagger_load(*path, &kg_test_cap_log, &t2) != KG_OK)
    return NULL;
  return t2;
}

/* A pre-tokenized text tagged by two taggers (one document each). */
typedef struct tag_pair {
  kg_doc **d1, **d2;
  size_t n1, n2;
} tag_pair;

static int pair_tag(tag_pair *p, const kg_tagger *a, const kg_tagger *b, const char *text)
{
  memset(p, 0, sizeof *p);
  return kg_tokenized_read(text, strlen(text), "t", &kg_test_cap_log, &p->d1, &p->n1) == KG_OK &&
         kg_tokenized_read(text, strlen(text), "t", &kg_test_cap_log, &p->d2, &p->n2) == KG_OK &&
         p->n1 > 0 && p->n1 == p->n2 && kg_tagger_run(a, p->d1[0]) == KG_OK &&
         kg_tagger_run(b, p->d2[0]) == KG_OK;
}

/* Whether both taggers gave every token the same tag (and, with lemmas,
 * the same XPOS and lemma), none left untagged. */
static int pair_same(const tag_pair *p, int lemmas)
{
  int same = 1;
  for (size_t i = 0; i < p->d1[0]->ntokens; i++) {
    const kg_token *a = &p->d1[0]->tokens[i], *b = &p->d2[0]->tokens[i];
    same &= a->upos == b->upos && a->upos != KG_UPOS_NONE;
    if (lemmas)
      same &= !strcmp(a->xpos, b->xpos) && !strcmp(a->lemma, b->lemma);
  }
  return same;
}

static void pair_free(tag_pair *p)
{
  for (size_t i = 0; p->d1 && i < p->n1; i++) kg_doc_free(p->d1[i]);
  for (size_t i = 0; p->d2 && i < p->n2; i++) kg_doc_free(p->d2[i]);
  free(p->d1);
  free(p->d2);
  memset(p, 0, sizeof *p);
}

static int train_tiny(void)
{
  if (tiny_model[0]) return 1;
  snprintf(tiny_model, sizeof tiny_model, "%s", tmp_path("tagger"));
  char *argv[] = { "tagger", "--train", (char *)kg_test_src("tests/data/tiny.conllu"),
                   "--epochs", "6", "--buckets", "12", "--stages", "1", "-o", tiny_model, NULL };
  /* copy: kg_test_src uses a static buffer */
  char train[512];
  snprintf(train, sizeof train, "%s", argv[2]);
  argv[2] = train;
  return kg_tagger_train_main(11, argv) == 0;
}

/* Fraction of tokens of a gold file whose UPOS/XPOS/lemma t reproduces. */
static double tag_gold(const kg_tagger *t, const char *path, double *lemma_acc)
{
  kg_doc *d = NULL;
  if (kg_conllu_read(path, &kg_test_cap_log, &d) != KG_OK) return -1;
  size_t n = d->ntokens, ok = 0, lok = 0;
  uint8_t *u = malloc(n + 1);
  const char **x = malloc((n + 1) * sizeof *x), **l = malloc((n + 1) * sizeof *l);
  for (size_t i = 0; i < n; i++) { u[i] = d->tokens[i].upos; x[i] = d->tokens[i].xpos; l[i] = d->tokens[i].lemma; }
  if (kg_tagger_run(t, d) == KG_OK)
    for (size_t i = 0; i < n; i++) {
      ok += d->tokens[i].upos == u[i] && d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, x[i]);
      lok += d->tokens[i].lemma && !strcmp(d->tokens[i].lemma, l[i]);
    }
  free(u);
  free(x);
  free(l);
  kg_doc_free(d);
  if (lemma_acc) *lemma_acc = n ? (double)lok / n : 0;
  return n ? (double)ok / n : 0;
}

static void test_tagger_tiny(void)
{
  CU_ASSERT_FATAL(train_tiny());
  kg_tagger *t = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_tagger_load(tiny_model, &kg_test_cap_log, &t), KG_OK);
  char fixture[512];
  snprintf(fixture, sizeof fixture, "%s", kg_test_src("tests/data/tiny.conllu"));
  double lacc = 0, acc = tag_gold(t, fixture, &lacc);
  CU_ASSERT(acc >= 0.95);
  CU_ASSERT(lacc >= 0.95);

  /* save and reload: identical predictions */
  const char *p2 = NULL;
  kg_tagger *t2 = save_reload(t, &p2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t2);
  tag_pair tp;
  CU_ASSERT_FATAL(pair_tag(&tp, t, t2, "The old dogs walked to Paris .\nShe has met two cats in May .\n"));
  CU_ASSERT(pair_same(&tp, 1));
  CU_ASSERT_EQUAL(tp.d1[0]->tokens[0].upos, KG_UPOS_DET);
  CU_ASSERT_STRING_EQUAL(tp.d1[0]->tokens[0].lemma, "the");
  pair_free(&tp);
  unlink(p2);
  kg_tagger_free(t);
  kg_tagger_free(t2);
  kg_tagger_free(NULL);
}

/* Word clusters and case buckets (--clusters) and summed runs (--models):
 * still learns the fixture; the cluster table is saved and reloaded (same
 * tags); the words without a cluster still get tagged. */
static void test_tagger_clusters(void)
{
  const char *clf = tmp_path("clusters");
  FILE *f = fopen(clf, "w");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  fputs("W\tthe\t0001\nW\ta\t0000\nW\tcat\t0100\nW\tdog\t0101\nW\tcats\t0110\n"
        "W\tParis\t1000\nW\tMay\t10010\nW\tsat\t11\nW\tbad line\nC\tthe\t6\nC\tparis\t1\n"
        "C\tmay\t3\nC\tx\t9\n", f);
  fclose(f);
  char train[512], out[256];
  snprintf(train, sizeof train, "%s", kg_test_src("tests/data/tiny.conllu"));
  snprintf(out, sizeof out, "%s", tmp_path("tagcl"));
  char *argv[] = { "tagger", "--train", train, "--epochs", "6", "--buckets", "12", "--clusters",
                   (char *)clf, "--models", "2", "-o", out, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_tagger_train_main(13, argv), 0);
  kg_tagger *t = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_tagger_load(out, &kg_test_cap_log, &t), KG_OK);
  CU_ASSERT(kg_htab_count(&t->cl) > 0);
  CU_ASSERT(tag_gold(t, train, NULL) >= 0.95);
  const char *p2 = NULL;
  kg_tagger *t2 = save_reload(t, &p2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t2);
  CU_ASSERT_EQUAL(kg_htab_count(&t2->cl), kg_htab_count(&t->cl));
  tag_pair tp;
  CU_ASSERT_FATAL(pair_tag(&tp, t, t2, "The cat sat in Paris .\nA zebra walked to May .\n"));
  CU_ASSERT(pair_same(&tp, 0));
  CU_ASSERT_EQUAL(tp.d1[0]->tokens[1].upos, KG_UPOS_NOUN);
  pair_free(&tp);
  kg_tagger_free(t);
  kg_tagger_free(t2);
  /* a missing cluster file fails cleanly */
  char *bad[] = { "tagger", "--train", train, "--clusters", "/nonexistent/kg-clusters", "-o", out, NULL };
  CU_ASSERT_NOT_EQUAL(kg_tagger_train_main(7, bad), 0);
  unlink(clf);
  unlink(out);
  unlink(p2);
}

static void test_tagger_bad_files(void)
{
  CU_ASSERT_FATAL(train_tiny());
  size_t len = 0;
  char *good = kg_test_slurp(tiny_model, &len);
  CU_ASSERT_FATAL(good != NULL && len > 64);
  const char *bad = tmp_path("badtagger");
  kg_tagger *t = NULL;
  /* truncated anywhere: a clean KG_ERR_MODEL naming the file */
  size_t cuts[] = { 0, 3, 4, 9, 20, len / 4, len / 2, len - 5, len - 1 };
  for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
    kg_test_cap_reset();
    CU_ASSERT(write_bytes(bad, good, cuts[k]));
    CU_ASSERT_EQUAL(kg_tagger_load(bad, &kg_test_cap_log, &t), KG_ERR_MODEL);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT(strstr(kg_test_cap_msg, bad) != NULL);
  }
  /* trailing garbage */
  char *longer = malloc(len + 4);
  memcpy(longer, good, len);
  memcpy(longer + len, "XXXX", 4);
  kg_test_cap_reset();
  CU_ASSERT(write_bytes(bad, longer, len + 4));
  CU_ASSERT_EQUAL(kg_tagger_load(bad, &kg_test_cap_log, &t), KG_ERR_MODEL);
  free(longer);
  /* wrong magic, wrong version */
  good[0] = 'X';
  kg_test_cap_reset();
  CU_ASSERT(write_bytes(bad, good, len));
  CU_ASSERT_EQUAL(kg_tagger_load(bad, &kg_test_cap_log, &t), KG_ERR_MODEL);
  CU_ASSERT(strstr(kg_test_cap_msg, "magic") != NULL);
  good[0] = 'K';
  good[4] = 2;
  kg_test_cap_reset();
  CU_ASSERT(write_bytes(bad, good, len));
  CU_ASSERT_EQUAL(kg_tagger_load(bad, &kg_test_cap_log, &t), KG_ERR_MODEL);
  CU_ASSERT(strstr(kg_test_cap_msg, "version") != NULL && strstr(kg_test_cap_msg, bad) != NULL);
  good[4] = 1;
  /* the unchanged bytes still load */
  CU_ASSERT(write_bytes(bad, good, len));
  CU_ASSERT_EQUAL(kg_tagger_load(bad, &kg_test_cap_log, &t), KG_OK);
  kg_tagger_free(t);
  unlink(bad);
  free(good);
}

static void test_tagger_shipped(void)
{
  kg_tagger *t = shipped_tagger();
  if (!t) return;   /* not trained yet */
  static const char text[] = "The cat sat on the mat .\nNorth Korea fired two missiles on Monday .\n";
  kg_doc **d = NULL;
  size_t nd = 0;
  CU_ASSERT_EQUAL_FATAL(kg_tokenized_read(text, strlen(text), "t", &kg_test_cap_log, &d, &nd), KG_OK);
  CU_ASSERT_EQUAL(kg_tagger_run(t, d[0]), KG_OK);
  static const int want[] = { KG_UPOS_DET, KG_UPOS_NOUN, KG_UPOS_VERB, KG_UPOS_ADP, KG_UPOS_DET,
                              KG_UPOS_NOUN, KG_UPOS_PUNCT, KG_UPOS_PROPN, KG_UPOS_PROPN,
                              KG_UPOS_VERB, KG_UPOS_NUM, KG_UPOS_NOUN, KG_UPOS_ADP,
                              KG_UPOS_PROPN, KG_UPOS_PUNCT };
  CU_ASSERT_EQUAL_FATAL(d[0]->ntokens, sizeof want / sizeof want[0]);
  for (size_t i = 0; i < d[0]->ntokens; i++) CU_ASSERT_EQUAL(d[0]->tokens[i].upos, want[i]);
  for (size_t i = 0; i < d[0]->ntokens; i++) CU_ASSERT_EQUAL(d[0]->tokens[i].upos2, 0);   /* off */
  CU_ASSERT_STRING_EQUAL(d[0]->tokens[2].lemma, "sit");
  CU_ASSERT_STRING_EQUAL(d[0]->tokens[2].xpos, "VBD");
  CU_ASSERT_STRING_EQUAL(d[0]->tokens[9].lemma, "fire");
  CU_ASSERT_STRING_EQUAL(d[0]->tokens[11].lemma, "missile");
  CU_ASSERT_STRING_EQUAL(d[0]->tokens[7].lemma, "North");
  kg_doc_free(d[0]);
  free(d);
  /* headlines in Title Case and ALL CAPS: verbs stay verbs */
  static const char head[] = "Japan and Australia Sign Defence Pact as North Korea Fires Missile\n\n"
                             "NORTH KOREA FIRES MISSILE, SAYS JAPAN\n\nThe cat sat.";
  kg_doc *h = kg_doc_new(head, strlen(head), "h");
  CU_ASSERT_PTR_NOT_NULL_FATAL(h);
  CU_ASSERT_EQUAL(kg_segment(h), KG_OK);
  CU_ASSERT_EQUAL(kg_tagger_run(t, h), KG_OK);
  CU_ASSERT_EQUAL_FATAL(h->nsents, 3);
  CU_ASSERT_EQUAL(h->sents[0].heading, 1);
  CU_ASSERT_EQUAL(h->tokens[0].upos, KG_UPOS_PROPN);      /* Japan */
  CU_ASSERT_EQUAL(h->tokens[3].upos, KG_UPOS_VERB);       /* Sign */
  CU_ASSERT_STRING_EQUAL(h->tokens[3].lemma, "sign");
  CU_ASSERT_STRING_EQUAL(h->tokens[3].form, "Sign");      /* forms untouched */
  CU_ASSERT_EQUAL(h->tokens[8].upos, KG_UPOS_PROPN);      /* Korea */
  CU_ASSERT_EQUAL(h->tokens[9].upos, KG_UPOS_VERB);       /* Fires */
  const kg_token *caps = h->tokens + h->sents[1].tok;
  CU_ASSERT_EQUAL(caps[2].upos, KG_UPOS_VERB);            /* FIRES */
  CU_ASSERT_STRING_EQUAL(caps[2].lemma, "fire");
  CU_ASSERT_EQUAL(caps[3].upos, KG_UPOS_NOUN);            /* MISSILE */
  CU_ASSERT_STRING_EQUAL(caps[2].form, "FIRES");
  kg_doc_free(h);
  /* dev accuracy when the shared data is there */
  const char *dev = kg_test_shared("data/ud_english_ewt/en_ewt-ud-dev.conllu");
  if (dev && access(dev, R_OK) == 0) {
    char devp[512];
    snprintf(devp, sizeof devp, "%s", dev);
    double lacc = 0, acc = tag_gold(t, devp, &lacc);
    CU_ASSERT(acc > 0.93);   /* UPOS+XPOS both right */
    CU_ASSERT(lacc > 0.95);
  }
}

/* The run-time score cache (per word and role, shared across documents)
 * gives exactly the classes of plain decoding: a loaded model with its id
 * cleared is decoded without the cache. */
static void test_tagger_cache_same(void)
{
  kg_tagger *t = shipped_tagger();
  if (!t) return;
  CU_ASSERT(t->id != 0);
  CU_ASSERT_EQUAL(t->want_alt, 0);
  kg_tagger_set_alt(t, 1);   /* upos2 too */
  const char *dev = kg_test_shared("data/ud_english_ewt/en_ewt-ud-dev.conllu");
  char devp[512];
  kg_doc *d[2] = { NULL, NULL };
  if (dev && access(dev, R_OK) == 0) {
    snprintf(devp, sizeof devp, "%s", dev);
    CU_ASSERT_EQUAL(kg_conllu_read(devp, &kg_test_cap_log, &d[0]), KG_OK);
    CU_ASSERT_EQUAL(kg_conllu_read(devp, &kg_test_cap_log, &d[1]), KG_OK);
  } else {
    static const char text[] =
      "The minister said the talks in Brussels would resume on Monday. "
      "Talks resumed. The talks, the minister said, were useful and the minister left. "
      "NORTH KOREA FIRES MISSILE OVER JAPAN\n\nNorth Korea fired a missile over Japan.";
    for (int k = 0; k < 2; k++) {
      d[k] = kg_doc_new(text, strlen(text), "t");
      CU_ASSERT_PTR_NOT_NULL_FATAL(d[k]);
      CU_ASSERT_EQUAL(kg_segment(d[k]), KG_OK);
    }
  }
  CU_ASSERT_PTR_NOT_NULL_FATAL(d[0]);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d[1]);
  CU_ASSERT_EQUAL(kg_tagger_run(t, d[0]), KG_OK);   /* fills the cache */
  CU_ASSERT_EQUAL(kg_tagger_run(t, d[0]), KG_OK);   /* mostly from it */
  uint64_t id = t->id;
  t->id = 0;
  CU_ASSERT_EQUAL(kg_tagger_run(t, d[1]), KG_OK);
  t->id = id;
  CU_ASSERT_EQUAL_FATAL(d[0]->ntokens, d[1]->ntokens);
  size_t diff = 0, alts = 0, self = 0;
  for (size_t i = 0; i < d[0]->ntokens; i++) {
    const kg_token *a = &d[0]->tokens[i];
    diff += a->upos != d[1]->tokens[i].upos || strcmp(a->xpos, d[1]->tokens[i].xpos) != 0 ||
            a->upos2 != d[1]->tokens[i].upos2;
    /* the runner-up (kg_tagger_alt_code) is another tag */
    alts += a->upos2 != 0;
    self += a->upos2 != 0 && (a->upos2 & 31) == a->upos + 1;
  }
  CU_ASSERT_EQUAL(diff, 0);
  CU_ASSERT_EQUAL(self, 0);
  if (d[0]->ntokens > 10000) CU_ASSERT(alts > d[0]->ntokens / 100 && alts < d[0]->ntokens / 10);
  CU_ASSERT(d[0]->ntokens > 20);
  kg_doc_free(d[0]);
  kg_doc_free(d[1]);
}

CU_ErrorCode kg_suite_tagger(void)
{
  CU_pSuite s = CU_add_suite("tagger", NULL, suite_clean);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "perceptron learns, averages, round-trips (float and integer forms)", test_perceptron_learns) ||
      !CU_add_test(s, "best class: the first of the highest score, ties and signed zeros",
                   test_ap_best_first_max) ||
      !CU_add_test(s, "model file container and header errors", test_model_container) ||
      !CU_add_test(s, "model view: mapped or copied bytes, file position after", test_model_view) ||
      !CU_add_test(s, "lemmatizer rules, exceptions, round trip", test_lemma_rules) ||
      !CU_add_test(s, "tagger learns a tiny treebank; save/load same", test_tagger_tiny) ||
      !CU_add_test(s, "tagger with word clusters and summed runs", test_tagger_clusters) ||
      !CU_add_test(s, "bad tagger model files give KG_ERR_MODEL", test_tagger_bad_files) ||
      !CU_add_test(s, "shipped tagger model", test_tagger_shipped) ||
      !CU_add_test(s, "score cache gives the same tags", test_tagger_cache_same))
    return CU_get_error();
  return CUE_SUCCESS;
}
