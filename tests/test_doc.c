/* test_doc.c — the document model: arena, appenders, actor interning, keys. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include "doc.h"

static void test_key(void)
{
  char k[64];
  kg_make_key("Kim Jong Un", k, sizeof k);
  CU_ASSERT_STRING_EQUAL(k, "kim-jong-un");
  kg_make_key("Côte d'Ivoire", k, sizeof k);
  CU_ASSERT_STRING_EQUAL(k, "cote-d-ivoire");
  kg_make_key("  United   States ", k, sizeof k);
  CU_ASSERT_STRING_EQUAL(k, "united-states");
  kg_make_key("São Tomé and Príncipe", k, sizeof k);
  CU_ASSERT_STRING_EQUAL(k, "sao-tome-and-principe");
  kg_make_key("a\"b<c>\\d\ne", k, sizeof k);
  CU_ASSERT_STRING_EQUAL(k, "a-b-c-d-e");
  CU_ASSERT_EQUAL(kg_make_key("abcdef", k, 4), 3);
  CU_ASSERT_STRING_EQUAL(k, "abc");
}

static void test_doc_arrays(void)
{
  const char *text = "Kim met Putin.";
  kg_doc *d = kg_doc_new(text, strlen(text), "t.txt");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_STRING_EQUAL(d->text, text);
  CU_ASSERT_EQUAL(strlen(d->id), 16);
  kg_sentence *s = kg_doc_add_sentence(d);
  CU_ASSERT_PTR_NOT_NULL(s);
  for (int i = 0; i < 1000; i++) {
    kg_token *t = kg_doc_add_token(d, 0, 3);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->head, -1);
  }
  CU_ASSERT_EQUAL(d->ntokens, 1000);
  int32_t a = kg_doc_intern_actor(d, KG_ACT_PERSON, "Kim Jong Un", "kim-jong-un");
  int32_t b = kg_doc_intern_actor(d, KG_ACT_PERSON, "Kim Jong Un", "kim-jong-un");
  CU_ASSERT_EQUAL(a, b);
  CU_ASSERT_EQUAL(kg_doc_actor_add_alt(d, a, "Kim", 3), KG_OK);
  CU_ASSERT_EQUAL(kg_doc_actor_add_alt(d, a, "Kim", 3), KG_OK);
  CU_ASSERT_EQUAL(kg_doc_actor_add_alt(d, a, "Kim Jong Un", 11), KG_OK);
  CU_ASSERT_EQUAL(d->actors[a].nalt, 1);
  kg_event *e = kg_doc_add_event(d);
  CU_ASSERT_EQUAL(e->agent, -1);
  CU_ASSERT_EQUAL(e->place, -1);
  kg_doc *d2 = kg_doc_new(text, strlen(text), NULL);
  CU_ASSERT_STRING_EQUAL(d->id, d2->id);
  kg_doc_free(d2);
  kg_doc_free(d);
  kg_doc_free(NULL);
}

/* Interning many actors stays consistent, also after the table is compacted
 * as the actor stage does (the index behind it is rebuilt). */
static void test_intern_many(void)
{
  kg_doc *d = kg_doc_new("x", 1, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  char key[32];
  for (int i = 0; i < 20000; i++) {
    snprintf(key, sizeof key, "actor-%d", i);
    CU_ASSERT_EQUAL_FATAL(kg_doc_intern_actor(d, KG_ACT_PERSON, key, key), i);
  }
  CU_ASSERT_EQUAL(d->nactors, 20000);
  for (int i = 0; i < 20000; i += 7) {
    snprintf(key, sizeof key, "actor-%d", i);
    CU_ASSERT_EQUAL(kg_doc_intern_actor(d, KG_ACT_PERSON, key, key), i);
  }
  /* compact: keep the odd ones, renumbered */
  size_t w = 0;
  for (size_t i = 1; i < d->nactors; i += 2) d->actors[w++] = d->actors[i];
  d->nactors = w;
  CU_ASSERT_EQUAL(kg_doc_intern_actor(d, KG_ACT_PERSON, "actor-1", "actor-1"), 0);
  CU_ASSERT_EQUAL(kg_doc_intern_actor(d, KG_ACT_PERSON, "actor-19999", "actor-19999"), 9999);
  CU_ASSERT_EQUAL(kg_doc_intern_actor(d, KG_ACT_PERSON, "actor-2", "actor-2"), 10000); /* gone: new */
  CU_ASSERT_EQUAL(kg_doc_intern_actor(d, KG_ACT_PERSON, "actor-2", "actor-2"), 10000);
  CU_ASSERT_EQUAL(d->nactors, 10001);
  kg_doc_free(d);
}

static void test_upos(void)
{
  CU_ASSERT_STRING_EQUAL(kg_upos_name(KG_UPOS_PROPN), "PROPN");
  CU_ASSERT_EQUAL(kg_upos_from_name("VERB"), KG_UPOS_VERB);
  CU_ASSERT_EQUAL(kg_upos_from_name("nope"), KG_UPOS_NONE);
}

CU_ErrorCode kg_suite_doc(void)
{
  CU_pSuite s = CU_add_suite("doc", NULL, NULL);
  if (!s) return CU_get_error();
  CU_add_test(s, "keys", test_key);
  CU_add_test(s, "arrays", test_doc_arrays);
  CU_add_test(s, "upos", test_upos);
  CU_add_test(s, "interning 20,000 actors, compaction", test_intern_many);
  return CU_get_error();
}
