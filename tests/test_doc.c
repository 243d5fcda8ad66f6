/* test_doc.c — the document model: arena, appenders, actor interning, keys. */
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
  return CU_get_error();
}
