/* test_ner.c — the named-entity recogniser: training on a tiny fixture,
 * save/load, IOB2 well-formedness on odd inputs, corrupt models, and the
 * shipped model on a sentence of names it was not trained on; the layout
 * cache of its weight tables (ap_cache.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests.h"
#include "doc.h"
#include "ner.h"
#include "ner_int.h"
#include "world.h"
#include "perceptron_impl.h"
#include <dirent.h>
#include <sys/stat.h>
#include <fcntl.h>

static char tmpdir[256];

static const char *tmp_path(const char *name)
{
  static char b[4][512];
  static int k;
  char *p = b[k++ & 3];
  if (!tmpdir[0]) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/kg-test-ner-XXXXXX");
    if (!mkdtemp(tmpdir)) snprintf(tmpdir, sizeof tmpdir, "/tmp");
  }
  snprintf(p, 512, "%s/%s", tmpdir, name);
  return p;
}

/* A document from space-separated tokens; sentences end at "." tokens. */
static kg_doc *make_doc(const char *text)
{
  kg_doc *d = kg_doc_new(text, strlen(text), NULL);
  if (!d) return NULL;
  size_t i = 0, n = strlen(text);
  kg_sentence *s = NULL;
  while (i < n) {
    while (i < n && text[i] == ' ') i++;
    if (i >= n) break;
    size_t j = i;
    while (j < n && text[j] != ' ') j++;
    if (!s) { s = kg_doc_add_sentence(d); if (!s) break; s->start = (uint32_t)i; }
    kg_token *t = kg_doc_add_token(d, (uint32_t)i, (uint32_t)j);
    if (!t) break;
    t->form = kg_doc_strndup(d, text + i, j - i);
    t->space_after = j < n;
    s = &d->sents[d->nsents - 1];
    s->ntok++;
    s->end = (uint32_t)j;
    if (j - i == 1 && text[i] == '.') s = NULL;
    i = j;
  }
  return d;
}

/* Every I- follows a B- or I- of the same type; types are in range. */
static int iob2_ok(const kg_doc *d)
{
  for (size_t i = 0; i < d->ntokens; i++) {
    const kg_token *t = &d->tokens[i];
    if (t->ner_type > KG_NE_MISC || t->ner_iob > KG_IOB_I) return 0;
    if ((t->ner_iob == KG_IOB_O) != (t->ner_type == KG_NE_NONE)) return 0;
    if (t->ner_iob == KG_IOB_I) {
      if (i == 0) return 0;
      const kg_token *p = &d->tokens[i - 1];
      if (p->ner_iob == KG_IOB_O || p->ner_type != t->ner_type || p->sent != t->sent) return 0;
    }
  }
  return 1;
}

/* "PER:Anna Berg|LOC:Oslo|" — the entity spans of a tagged doc. */
static void spans(const kg_doc *d, char *out, size_t cap)
{
  static const char *tn[] = { "", "PER", "ORG", "LOC", "MISC" };
  size_t p = 0;
  out[0] = 0;
  for (size_t i = 0; i < d->ntokens; i++) {
    const kg_token *t = &d->tokens[i];
    if (t->ner_iob != KG_IOB_B) continue;
    p += (size_t)snprintf(out + p, p < cap ? cap - p : 0, "%s:%s", tn[t->ner_type], t->form);
    for (size_t j = i + 1; j < d->ntokens && d->tokens[j].ner_iob == KG_IOB_I; j++)
      p += (size_t)snprintf(out + p, p < cap ? cap - p : 0, " %s", d->tokens[j].form);
    p += (size_t)snprintf(out + p, p < cap ? cap - p : 0, "|");
    if (p >= cap) { out[cap - 1] = 0; return; }
  }
}

static const char *tiny_model(void)
{
  static int done, ok;
  const char *model = tmp_path("tiny.kgm");
  if (!done) {
    done = 1;
    char *argv[] = { "ner", "--train", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                     "--dev", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                     "--epochs", "8", "--folds", "2", "--buckets", "16", "-o", (char *)model, NULL };
    ok = kg_ner_train_main(13, argv) == 0;
  }
  return ok ? model : NULL;
}

static void test_tiny_train(void)
{
  const char *model = tiny_model();
  CU_ASSERT_PTR_NOT_NULL_FATAL(model);
  kg_ner *n = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(model, NULL, &n), KG_OK);
  kg_doc *d = make_doc("Anna Berg met Tomas Lind in Oslo on Monday . "
                       "Shares of Acme Corp rose in London trading .");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, d), KG_OK);
  char got[512];
  spans(d, got, sizeof got);
  CU_ASSERT_STRING_EQUAL(got, "PER:Anna Berg|PER:Tomas Lind|LOC:Oslo|ORG:Acme Corp|LOC:London|");
  CU_ASSERT(iob2_ok(d));
  kg_doc_free(d);
  kg_ner_free(n);
}

/* --beam 4 --models 2: structured perceptron with beam search, two runs
 * summed; learns the fixture too, and a word split at a hyphen by the
 * segmenter ("Berg - Lind" without spaces) is labelled as one word. */
static void test_beam_train(void)
{
  const char *model = tmp_path("beam.kgm");
  char *argv[] = { "ner", "--train", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                   "--dev", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                   "--epochs", "8", "--folds", "2", "--buckets", "16", "--beam", "4",
                   "--models", "2", "-o", (char *)model, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_ner_train_main(17, argv), 0);
  kg_ner *n = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(model, NULL, &n), KG_OK);
  kg_doc *d = make_doc("Anna Berg met Tomas Lind in Oslo on Monday . "
                       "Shares of Acme Corp rose in London trading .");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, d), KG_OK);
  char got[512];
  spans(d, got, sizeof got);
  CU_ASSERT_STRING_EQUAL(got, "PER:Anna Berg|PER:Tomas Lind|LOC:Oslo|ORG:Acme Corp|LOC:London|");
  CU_ASSERT(iob2_ok(d));
  kg_doc_free(d);
  d = make_doc("Anna Berg - Lind met Tomas Lind in Oslo .");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  d->tokens[1].space_after = 0;
  d->tokens[2].space_after = 0;
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, d), KG_OK);
  CU_ASSERT(iob2_ok(d));
  for (int i = 2; i <= 3; i++) {
    CU_ASSERT_EQUAL(d->tokens[i].ner_type, d->tokens[1].ner_type);
    CU_ASSERT_EQUAL(d->tokens[i].ner_iob, d->tokens[1].ner_iob == KG_IOB_O ? KG_IOB_O : KG_IOB_I);
  }
  kg_doc_free(d);
  kg_ner_free(n);
  remove(model);
}

static void test_deterministic(void)
{
  const char *model = tiny_model();
  CU_ASSERT_PTR_NOT_NULL_FATAL(model);
  const char *again = tmp_path("tiny2.kgm");
  char *argv[] = { "ner", "--train", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                   "--dev", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                   "--epochs", "8", "--folds", "2", "--buckets", "16", "-o", (char *)again, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_ner_train_main(13, argv), 0);
  size_t la = 0, lb = 0;
  char *a = kg_test_slurp(model, &la), *b = kg_test_slurp(again, &lb);
  CU_ASSERT_PTR_NOT_NULL(a);
  CU_ASSERT_PTR_NOT_NULL(b);
  CU_ASSERT(a && b && la == lb && la > 100 && memcmp(a, b, la) == 0);
  free(a); free(b);
  remove(again);
}

static void test_save_load(void)
{
  const char *model = tiny_model();
  CU_ASSERT_PTR_NOT_NULL_FATAL(model);
  kg_ner *a = NULL, *b = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(model, NULL, &a), KG_OK);
  const char *again = tmp_path("again.kgm");
  CU_ASSERT_EQUAL_FATAL(kg_ner_save(a, again, NULL), KG_OK);
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(again, NULL, &b), KG_OK);
  const char *text = "Maria Lopez beat Karl Weber in Lisbon . Reuters said the French plan "
                     "would help Vortex Ltd and the European Union .";
  kg_doc *d1 = make_doc(text), *d2 = make_doc(text);
  CU_ASSERT_EQUAL(kg_ner_run(a, NULL, d1), KG_OK);
  CU_ASSERT_EQUAL(kg_ner_run(b, NULL, d2), KG_OK);
  int ents = 0, same = 1;
  for (size_t i = 0; i < d1->ntokens; i++) {
    if (d1->tokens[i].ner_type != d2->tokens[i].ner_type || d1->tokens[i].ner_iob != d2->tokens[i].ner_iob) same = 0;
    if (d1->tokens[i].ner_iob == KG_IOB_B) ents++;
  }
  CU_ASSERT(same);
  CU_ASSERT(ents >= 3);
  kg_doc_free(d1); kg_doc_free(d2);
  kg_ner_free(a); kg_ner_free(b);
}

static void test_odd_inputs(void)
{
  const char *model = tiny_model();
  CU_ASSERT_PTR_NOT_NULL_FATAL(model);
  kg_ner *n = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(model, NULL, &n), KG_OK);
  kg_doc *e = kg_doc_new("", 0, NULL);
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, e), KG_OK);
  kg_doc_free(e);
  /* one very long sentence of names and odd bytes, and tokens outside any sentence */
  size_t cap = 400000, p = 0;
  char *t = malloc(cap);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  static const char *w[] = { "Anna", "Berg", "of", "ACME", "\xc3\x89lodie", "--", "Oslo", "U.S.", "x", "1996-08-22", "\xe2\x80\x94" };
  for (int k = 0; p + 32 < cap; k++) {
    p += (size_t)snprintf(t + p, cap - p, "%s ", w[(k * 7 + k / 3) % 11]);
  }
  kg_doc *d = make_doc(t);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT(d->ntokens > 30000);
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, d), KG_OK);
  CU_ASSERT(iob2_ok(d));
  d->nsents = 0;             /* no sentences at all */
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, d), KG_OK);
  CU_ASSERT(iob2_ok(d));
  kg_doc_free(d);
  free(t);
  kg_ner_free(n);
}

static void test_corrupt(void)
{
  const char *model = tiny_model();
  CU_ASSERT_PTR_NOT_NULL_FATAL(model);
  size_t len = 0;
  char *bytes = kg_test_slurp(model, &len);
  CU_ASSERT_PTR_NOT_NULL_FATAL(bytes);
  kg_ner *n = NULL;
  /* truncated */
  const char *bad = tmp_path("bad.kgm");
  FILE *f = fopen(bad, "wb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  fwrite(bytes, 1, len / 2, f);
  fclose(f);
  CU_ASSERT_EQUAL(kg_ner_load(bad, NULL, &n), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(n);
  /* garbage in the middle */
  f = fopen(bad, "wb");
  for (size_t i = 0; i < len; i++) fputc(i > 40 && i < len - 8 ? (int)((i * 131) & 0xff) : bytes[i], f);
  fclose(f);
  CU_ASSERT_EQUAL(kg_ner_load(bad, NULL, &n), KG_ERR_MODEL);
  /* not a model */
  f = fopen(bad, "wb");
  fputs("hello, world\n", f);
  fclose(f);
  CU_ASSERT_EQUAL(kg_ner_load(bad, NULL, &n), KG_ERR_MODEL);
  CU_ASSERT_EQUAL(kg_ner_load(tmp_path("missing.kgm"), NULL, &n), KG_ERR_MODEL);
  free(bytes);
  remove(bad);
}

static void test_shipped(void)
{
  const char *path = kg_test_src("models/ner.kgm");
  if (access(path, R_OK) != 0) {
    fprintf(stderr, "\n  (skipped: %s absent) ", path);
    return;
  }
  kg_ner *n = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(path, NULL, &n), KG_OK);
  /* with the actor dictionary as gazetteer, as the pipeline runs it */
  kg_world *w = kg_test_world();
  const kg_dict *dict = w ? kg_world_dict(w) : NULL;
  kg_doc *d = make_doc("Kaja Kallas met Choe Son Hui in Brussels on Tuesday . "
                       "Kallas said the European Union would respond .");
  CU_ASSERT_EQUAL(kg_ner_run(n, dict, d), KG_OK);
  char got[512];
  spans(d, got, sizeof got);
  CU_ASSERT_PTR_NOT_NULL(strstr(got, "PER:Kaja Kallas|"));
  CU_ASSERT_PTR_NOT_NULL(strstr(got, "PER:Choe Son Hui|"));
  CU_ASSERT_PTR_NOT_NULL(strstr(got, "LOC:Brussels|"));
  CU_ASSERT_PTR_NOT_NULL(strstr(got, "ORG:European Union|"));
  CU_ASSERT(iob2_ok(d));
  if (!strstr(got, "PER:Choe Son Hui|") || !strstr(got, "PER:Kaja Kallas|")) fprintf(stderr, "\n  got %s ", got);
  kg_doc_free(d);
  /* and without it: still a person and a place */
  d = make_doc("Ursula von der Leyen met Choe Son Hui in Brussels .");
  CU_ASSERT_EQUAL(kg_ner_run(n, NULL, d), KG_OK);
  spans(d, got, sizeof got);
  CU_ASSERT_PTR_NOT_NULL(strstr(got, "PER:Choe Son Hui|"));
  CU_ASSERT_PTR_NOT_NULL(strstr(got, "LOC:Brussels|"));
  CU_ASSERT(iob2_ok(d));
  if (!strstr(got, "PER:Choe Son Hui|")) fprintf(stderr, "\n  got %s ", got);
  kg_doc_free(d);
  kg_ner_free(n);
}

/* ------------------------------------------------ the layout cache */

static int same_table(const kg_ap *a, const kg_ap *b)
{
  if (!a || !b) return a == b;
  return a->nclass == b->nclass && a->log2 == b->log2 && a->npool == b->npool && a->iscale == b->iscale
         && memcmp(a->idx, b->idx, ((size_t)1 << a->log2) * 4) == 0
         && memcmp(a->pool, b->pool, (a->npool + KG_AP_POOL_PAD) * 4) == 0;
}

static int ner_same(const kg_ner *a, const kg_ner *b)
{
  return a && b && same_table(a->ap, b->ap) && same_table(a->ap2, b->ap2);
}

/* 1: every table mapped; 0: none; -1: some */
static int ner_mapped(const kg_ner *n)
{
  int k = kg_ap_is_mapped(n->ap) + (n->ap2 ? kg_ap_is_mapped(n->ap2) : kg_ap_is_mapped(n->ap));
  return k == 2 ? 1 : k == 0 ? 0 : -1;
}

static kg_ner *load_ner(const char *path)
{
  kg_ner *n = NULL;
  return kg_ner_load(path, NULL, &n) == KG_OK ? n : NULL;
}

static void ner_labels(const kg_ner *n, char *out, size_t cap)
{
  kg_doc *d = make_doc("Ursula von der Leyen met Choe Son Hui in Brussels .");
  out[0] = 0;
  if (d && kg_ner_run(n, NULL, d) == KG_OK) spans(d, out, cap);
  kg_doc_free(d);
}

/* The cache files (ap-*.bin) in dir: how many; with how 1 one byte of each
 * flipped at half its length, 2 its byte-order word flipped, 3 each cut to
 * half its length, 4 each cut to 100 bytes, 5 the first two swapped. */
static int damage_ap(const char *dir, int how)
{
  char names[8][512];
  int n = 0;
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)) && n < 8)
    if (strncmp(e->d_name, "ap-", 3) == 0 && strstr(e->d_name, ".bin") && !strstr(e->d_name, ".tmp"))
      snprintf(names[n++], 512, "%s/%s", dir, e->d_name);
  if (d) closedir(d);
  for (int i = 0; how && i < n; i++) {
    struct stat st;
    if (stat(names[i], &st) != 0 || st.st_size == 0) continue;   /* not the pruning test's files */
    if (how == 1 || how == 2) {
      FILE *f = fopen(names[i], "r+b");
      long at = how == 1 ? (long)(st.st_size / 2) : 8;
      int c = f && fseek(f, at, SEEK_SET) == 0 ? getc(f) : EOF;
      if (c != EOF && fseek(f, at, SEEK_SET) == 0) putc(c ^ 0x10, f);
      if (f) fclose(f);
    } else if (how == 3 || how == 4) {
      CU_ASSERT_EQUAL(truncate(names[i], how == 3 ? st.st_size / 2 : 100), 0);
    }
  }
  if (how == 5 && n >= 2) {
    char tmp[600];
    snprintf(tmp, sizeof tmp, "%s.swap", names[0]);
    CU_ASSERT(rename(names[0], tmp) == 0 && rename(names[1], names[0]) == 0 && rename(tmp, names[1]) == 0);
  }
  return n;
}

static void test_layout_cache(void)
{
  const char *src = kg_test_src("models/ner.kgm");
  if (access(src, R_OK) != 0) {
    fprintf(stderr, "\n  (skipped: %s absent) ", src);
    return;
  }
  char dir[] = "/tmp/kgb-apcache-XXXXXX", cache[64], model[64], under[96];
  CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
  snprintf(cache, sizeof cache, "%s/c", dir);           /* missing: made at the first write */
  snprintf(model, sizeof model, "%s/ner.kgm", dir);
  snprintf(under, sizeof under, "%s/ner.kgm/c", dir);   /* under a file: never writable */
  /* a copy of the model, so its times can change */
  FILE *in = fopen(src, "rb"), *out = fopen(model, "wb");
  char buf[65536];
  size_t k;
  while (in && out && (k = fread(buf, 1, sizeof buf, in)) > 0) CU_ASSERT_EQUAL(fwrite(buf, 1, k, out), k);
  if (in) fclose(in);
  CU_ASSERT_FATAL(out && fclose(out) == 0);
  char *old_dir = getenv("KGBUILD_CACHE_DIR") ? strdup(getenv("KGBUILD_CACHE_DIR")) : NULL;
  char *old_off = getenv("KGBUILD_NO_CACHE") ? strdup(getenv("KGBUILD_NO_CACHE")) : NULL;
  setenv("KGBUILD_CACHE_DIR", cache, 1);
  setenv("KGBUILD_NO_CACHE", "1", 1);
  kg_ner *ref = load_ner(model), *n;
  CU_ASSERT_PTR_NOT_NULL_FATAL(ref);
  CU_ASSERT_EQUAL(ner_mapped(ref), 0);
  CU_ASSERT_EQUAL(damage_ap(cache, 0), 0);
  char want[512], got[512];
  ner_labels(ref, want, sizeof want);
  CU_ASSERT_PTR_NOT_NULL(strstr(want, "LOC:Brussels|"));
  unsetenv("KGBUILD_NO_CACHE");
  int nt = ref->ap2 ? 2 : 1;
  /* 0: the first load writes the cache; 1: a load maps it; then damaged
   * caches (1-5) and a stale one (6: the model's time changed) are read
   * from the model and rewritten, and the next load maps them again */
  for (int step = 0; step <= 6; step++) {
    if (step >= 1 && step <= 5) CU_ASSERT_EQUAL(damage_ap(cache, step), nt);
    if (step == 6) {
      struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1700000000, 0 } };
      CU_ASSERT_EQUAL(utimensat(AT_FDCWD, model, ts, 0), 0);
    }
    n = load_ner(model);
    CU_ASSERT(ner_same(ref, n));
    CU_ASSERT_EQUAL(n ? ner_mapped(n) : -2, 0);
    kg_ner_free(n);
    CU_ASSERT_EQUAL(damage_ap(cache, 0), nt);
    n = load_ner(model);
    CU_ASSERT(ner_same(ref, n));
    CU_ASSERT_EQUAL(n ? ner_mapped(n) : -2, 1);
    if (n) ner_labels(n, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, want);
    kg_ner_free(n);
  }
  /* writing prunes other models' caches unused for 30 days, not newer ones */
  char oldf[96], newf[96];
  snprintf(oldf, sizeof oldf, "%s/ap-0000000000000000-1.bin", cache);
  snprintf(newf, sizeof newf, "%s/ap-1111111111111111-1.bin", cache);
  FILE *o1 = fopen(oldf, "wb"), *o2 = fopen(newf, "wb");
  if (o1) fclose(o1);
  if (o2) fclose(o2);
  struct timespec old_ts[2] = { { 1600000000, 0 }, { 1600000000, 0 } };
  CU_ASSERT_EQUAL(utimensat(AT_FDCWD, oldf, old_ts, 0), 0);
  CU_ASSERT_EQUAL(damage_ap(cache, 0), nt + 2);
  damage_ap(cache, 1);
  n = load_ner(model);                      /* rewrites, then prunes */
  CU_ASSERT_EQUAL(n ? ner_mapped(n) : -2, 0);
  kg_ner_free(n);
  CU_ASSERT_EQUAL(access(oldf, F_OK), -1);
  CU_ASSERT_EQUAL(access(newf, F_OK), 0);
  CU_ASSERT_EQUAL(damage_ap(cache, 0), nt + 1);
  /* a directory that cannot be made, or the cache turned off: read as usual */
  setenv("KGBUILD_CACHE_DIR", under, 1);
  for (int i = 0; i < 2; i++) {
    n = load_ner(model);
    CU_ASSERT(ner_same(ref, n));
    CU_ASSERT_EQUAL(n ? ner_mapped(n) : -2, 0);
    kg_ner_free(n);
  }
  setenv("KGBUILD_CACHE_DIR", cache, 1);
  setenv("KGBUILD_NO_CACHE", "1", 1);
  n = load_ner(model);
  CU_ASSERT(ner_same(ref, n));
  CU_ASSERT_EQUAL(n ? ner_mapped(n) : -2, 0);
  kg_ner_free(n);
  kg_ner_free(ref);
  if (old_dir) { setenv("KGBUILD_CACHE_DIR", old_dir, 1); free(old_dir); } else unsetenv("KGBUILD_CACHE_DIR");
  if (old_off) { setenv("KGBUILD_NO_CACHE", old_off, 1); free(old_off); } else unsetenv("KGBUILD_NO_CACHE");
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  CU_ASSERT_EQUAL(system(cmd), 0);
}

static int cmp_u64(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* ner_fast.c scores the static features of a token as word-group sums plus
 * the rest (the lines of ner_feats.inc by their kind, NF_W and NF_S per word,
 * NF_R per token): the same multiset of features as ner.c's features_ex, in both
 * passes, on sentences with headline capitals, sentence starts, hyphens,
 * dictionary codes and repeated words; and its decoding gives the labels of
 * scoring them one by one. */
static void test_fast_features(void)
{
  const char *path = kg_test_src("models/ner.kgm");
  if (access(path, R_OK) != 0) {
    fprintf(stderr, "\n  (skipped: %s absent) ", path);
    return;
  }
  kg_ner *m = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(path, NULL, &m), KG_OK);
  static const char *forms[] = {
    "SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", ".",
    "Anna", "Berg", "met", "Tomas", "Lind", "in", "Oslo", "on", "Monday", ".",
    "Ex-England", "striker", "Berg", "said", "the", "Tripoli-based", "group", "would", "win", ".",
    "Berg", "and", "Acme", "Corp", "of", "S\xc3\xa3o", "Paulo", "left", "Oslo", "."
  };
  uint32_t nt = (uint32_t)(sizeof forms / sizeof *forms), sst[] = { 0, 7, 17, 27, nt };
  uint8_t gaz[sizeof forms / sizeof *forms] = { 0 };
  gaz[13] = 0x80 | (3u << 5) | 3;   /* Oslo: a place, U */
  gaz[7] = 0x80 | (0u << 5) | 1; gaz[8] = 0x80 | (2u << 5) | 1;
  ner_doc d = { 0 };
  d.ntok = nt; d.nsent = 4; d.form = forms; d.sstart = sst; d.gaz = gaz;
  ner_work w = { 0 };
  CU_ASSERT_EQUAL_FATAL(kg_ner_tag_doc(m, NULL, NER_PASS1, &d, &w), KG_OK);
  uint8_t prev[sizeof forms / sizeof *forms];
  memcpy(prev, w.tag, nt);
  int same = 1, nfeat = 0;
  for (int pass = 0; pass < 2; pass++) {
    w.prev = pass ? prev : NULL;
    for (uint32_t s = 0; s < d.nsent; s++)
      for (uint32_t i = sst[s]; i < sst[s + 1]; i++) {
        uint64_t a[NER_MAXFEAT + 64], b[NER_MAXFEAT + 64];
        size_t na = kg_ner_features_static(&w, sst[s], sst[s + 1], i, a);
        size_t nb = kg_ner_fast_static_feats(&w, sst[s], sst[s + 1], i, b);
        qsort(a, na, sizeof *a, cmp_u64);
        qsort(b, nb, sizeof *b, cmp_u64);
        if (na != nb || memcmp(a, b, na * sizeof *a)) same = 0;
        nfeat += (int)na;
      }
  }
  CU_ASSERT(same);
  CU_ASSERT(nfeat > 40 * (int)nt);
  w.prev = NULL;
  uint8_t tags[sizeof forms / sizeof *forms];
  CU_ASSERT_EQUAL(kg_ner_tag_doc(m, NULL, NER_RUN, &d, &w), KG_OK);
  memcpy(tags, w.tag, nt);
  w.fast_plain = 1;
  CU_ASSERT_EQUAL(kg_ner_tag_doc(m, NULL, NER_RUN, &d, &w), KG_OK);
  CU_ASSERT(memcmp(tags, w.tag, nt) == 0);
  int ents = 0;
  for (uint32_t i = 0; i < nt; i++) ents += tags[i] != 0;
  CU_ASSERT(ents >= 6);
  kg_ner_work_free(&w);
  kg_ner_free(m);
}

/* Format 1 (float weights, turned into integers at load) and format 2 (the
 * integers): a model trained once and written in both, or written in 1 and
 * re-saved by `train ner --model`, loads with the same integer weights in
 * every bucket of both passes; re-saving is the same file as training to
 * format 2; an unknown version is refused with a message naming it. */
static int same_weights(const kg_ap *a, const kg_ap *b)
{
  if (!a || !b) return a == b;
  if (kg_ap_nclass(a) != kg_ap_nclass(b) || kg_ap_log2_buckets(a) != kg_ap_log2_buckets(b)
      || kg_ap_int_scale(a) != kg_ap_int_scale(b) || !(kg_ap_int_scale(a) > 0))
    return 0;
  int32_t sa[32] __attribute__((aligned(32))) = { 0 }, sb[32] __attribute__((aligned(32))) = { 0 };
  for (uint64_t f = 0; f < (1ULL << kg_ap_log2_buckets(a)); f++) {
    memset(sa, 0, sizeof sa);
    memset(sb, 0, sizeof sb);
    kg_ap_sum_int(a, &f, 1, sa);
    kg_ap_sum_int(b, &f, 1, sb);
    if (memcmp(sa, sb, sizeof sa) != 0) return 0;
  }
  return 1;
}

static void test_versions(void)
{
  const char *v1 = tmp_path("v1.kgm"), *v2 = tmp_path("v2.kgm"), *re = tmp_path("re.kgm");
  char *argv[] = { "ner", "--train", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                   "--dev", (char *)kg_test_src("tests/data/ner-tiny.conll"),
                   "--epochs", "4", "--folds", "2", "--buckets", "14", "--model-version", "1",
                   "-o", (char *)v1, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_ner_train_main(15, argv), 0);
  argv[12] = "2";
  argv[14] = (char *)v2;
  CU_ASSERT_EQUAL_FATAL(kg_ner_train_main(15, argv), 0);
  char *cv[] = { "ner", "--model", (char *)v1, "-o", (char *)re, NULL };
  CU_ASSERT_EQUAL_FATAL(kg_ner_train_main(5, cv), 0);
  size_t l1 = 0, l2 = 0, lr = 0;
  char *b1 = kg_test_slurp(v1, &l1), *b2 = kg_test_slurp(v2, &l2), *br = kg_test_slurp(re, &lr);
  CU_ASSERT_FATAL(b1 && b2 && br && l1 > 8 && l2 > 8);
  CU_ASSERT(b1[4] == 1 && b2[4] == 2 && br[4] == 2);
  CU_ASSERT(lr == l2 && memcmp(br, b2, l2) == 0);
  kg_ner *m1 = NULL, *m2 = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(v1, NULL, &m1), KG_OK);
  CU_ASSERT_EQUAL_FATAL(kg_ner_load(v2, NULL, &m2), KG_OK);
  CU_ASSERT(m1->ap2 && m2->ap2);
  CU_ASSERT(same_weights(m1->ap, m2->ap));
  CU_ASSERT(same_weights(m1->ap2, m2->ap2));
  CU_ASSERT(m1->clusters.n == m2->clusters.n && m1->gaztab.n == m2->gaztab.n);
  const char *text = "Anna Berg met Tomas Lind in Oslo on Monday . Shares of Acme Corp rose in London .";
  kg_doc *d1 = make_doc(text), *d2 = make_doc(text);
  CU_ASSERT_FATAL(d1 && d2);
  CU_ASSERT_EQUAL(kg_ner_run(m1, NULL, d1), KG_OK);
  CU_ASSERT_EQUAL(kg_ner_run(m2, NULL, d2), KG_OK);
  char g1[512], g2[512];
  spans(d1, g1, sizeof g1);
  spans(d2, g2, sizeof g2);
  CU_ASSERT_STRING_EQUAL(g1, g2);
  kg_doc_free(d1); kg_doc_free(d2);
  kg_ner_free(m1); kg_ner_free(m2);
  /* a version this build does not know */
  b2[4] = 3;
  FILE *f = fopen(re, "wb");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  fwrite(b2, 1, l2, f);
  fclose(f);
  kg_ner *n = NULL;
  kg_test_cap_reset();
  CU_ASSERT_EQUAL(kg_ner_load(re, &kg_test_cap_log, &n), KG_ERR_MODEL);
  CU_ASSERT_PTR_NULL(n);
  CU_ASSERT(strstr(kg_test_cap_msg, "version 3") && strstr(kg_test_cap_msg, "versions 1 to 2"));
  /* format 2 with its weights cut short */
  b2[4] = 2;
  f = fopen(re, "wb");
  fwrite(b2, 1, l2 - 40, f);
  fclose(f);
  CU_ASSERT_EQUAL(kg_ner_load(re, NULL, &n), KG_ERR_MODEL);
  free(b1); free(b2); free(br);
  remove(v1); remove(v2); remove(re);
}

/* The beam's class filter: the vector form and the loop give the bits of
 * the classes whose score is above the threshold, the padding lanes never. */
static void test_gt_mask(void)
{
  int32_t sc[24] __attribute__((aligned(32)));
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  int bad = 0, hits = 0;
  for (int trial = 0; trial < 2000; trial++) {
    for (int c = 0; c < 24; c++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      sc[c] = (int32_t)(x % 2001) - 1000;
      if (trial % 7 == 0) sc[c] *= 1000000;
    }
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    int32_t thr = trial % 5 == 0 ? sc[trial % NER_NCLASS] : (int32_t)(x % 2001) - 1000;
    uint32_t want = 0;
    for (int c = 0; c < NER_NCLASS; c++)
      if (sc[c] > thr) want |= 1u << c;
    if (kg_ner_fast_gt_mask(sc, thr, 0) != want || kg_ner_fast_gt_mask(sc, thr, 1) != want) bad++;
    hits += want != 0;
  }
  CU_ASSERT_EQUAL(bad, 0);
  CU_ASSERT(hits > 1000);
}

static void cleanup(void)
{
  const char *names[] = { "tiny.kgm", "again.kgm", NULL };
  for (int i = 0; names[i]; i++) remove(tmp_path(names[i]));
  if (strcmp(tmpdir, "/tmp") != 0) rmdir(tmpdir);
}

static int suite_clean(void) { cleanup(); return 0; }

CU_ErrorCode kg_suite_ner(void)
{
  CU_pSuite s = CU_add_suite("ner", NULL, suite_clean);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "tiny training run learns the fixture", test_tiny_train)
      || !CU_add_test(s, "training is deterministic", test_deterministic)
      || !CU_add_test(s, "beam training learns the fixture; hyphen-split words", test_beam_train)
      || !CU_add_test(s, "save and load give identical labels", test_save_load)
      || !CU_add_test(s, "empty, huge and sentence-less docs; IOB2 well formed", test_odd_inputs)
      || !CU_add_test(s, "corrupt model gives KG_ERR_MODEL", test_corrupt)
      || !CU_add_test(s, "format 1 and 2 load the same weights; unknown versions refused", test_versions)
      || !CU_add_test(s, "shipped model finds PER/LOC/ORG spans", test_shipped)
      || !CU_add_test(s, "integer decoding: word-group sums, the same features", test_fast_features)
      || !CU_add_test(s, "layout cache: the same tables mapped; damaged, stale, unwritable", test_layout_cache)
      || !CU_add_test(s, "beam class filter: vectors and loop", test_gt_mask))
    return CU_get_error();
  return CUE_SUCCESS;
}
