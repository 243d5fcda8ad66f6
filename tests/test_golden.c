/* test_golden.c — golden graphs: the sorted N-Triples of each example
 * article under tests/data/golden/ compared byte for byte with its .nt
 * file (regenerate with tools/update-golden.sh after an intended change,
 * and review the diff). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include "tests.h"
#include "doc.h"
#include "pipeline.h"

static char *extract_nt(kg_world *w, const char *name, const char *text, size_t len)
{
  kg_doc *d = kg_doc_new(text, len, name);
  CU_ASSERT_EQUAL(kg_pipeline_run(w, d), KG_OK);
  char *buf = kg_test_render(w, d, KG_FMT_NTRIPLES, NULL, NULL);
  kg_doc_free(d);
  return buf;
}

static int cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_golden_files(void)
{
  kg_world *w = kg_test_world();
  CU_ASSERT_PTR_NOT_NULL_FATAL(w);
  const char *dir = kg_test_src("tests/data/golden");
  char dirbuf[4096];
  snprintf(dirbuf, sizeof dirbuf, "%s", dir);
  DIR *dh = opendir(dirbuf);
  CU_ASSERT_PTR_NOT_NULL_FATAL(dh);
  char *names[64];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(dh)) && n < 64) {
    size_t l = strlen(e->d_name);
    if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0)
      names[n++] = strdup(e->d_name);
  }
  closedir(dh);
  qsort(names, (size_t)n, sizeof *names, cmp_names);
  CU_ASSERT(n >= 3);
  for (int i = 0; i < n; i++) {
    char path[4200], gold[4200];
    snprintf(path, sizeof path, "%s/%s", dirbuf, names[i]);
    snprintf(gold, sizeof gold, "%s/%.*s.nt", dirbuf, (int)(strlen(names[i]) - 4), names[i]);
    size_t len;
    char *text = kg_test_slurp(path, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    char *got = extract_nt(w, names[i], text, len);
    char *want = kg_test_slurp(gold, NULL);
    if (!want)
      fprintf(stderr, "\n  missing golden file %s (run tools/update-golden.sh)\n", gold);
    CU_ASSERT_PTR_NOT_NULL(want);
    if (want && strcmp(got, want) != 0)
      fprintf(stderr, "\n  %s differs from its golden graph (diff with tools/update-golden.sh --diff)\n", names[i]);
    CU_ASSERT(want && strcmp(got, want) == 0);
    /* the same input twice gives the same bytes */
    char *again = extract_nt(w, names[i], text, len);
    CU_ASSERT_STRING_EQUAL(got, again);
    free(again);
    free(want);
    free(got);
    free(text);
    free(names[i]);
  }
}

CU_ErrorCode kg_suite_golden(void)
{
  CU_pSuite s = CU_add_suite("golden", NULL, NULL);
  if (!s) return CU_get_error();
  CU_add_test(s, "golden graphs byte for byte", test_golden_files);
  return CU_get_error();
}
