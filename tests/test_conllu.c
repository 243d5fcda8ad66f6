/* test_conllu.c — CoNLL-U writer, --tokenized reader, gold CoNLL-U reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests.h"
#include "conllu.h"


static void test_tokenized_read(void)
{
  static const char text[] = "The U.S.  don't\tgo .\r\nSecond  line here\n\n\n\nNext doc ,\n";
  kg_doc **docs = NULL;
  size_t nd = 0;
  CU_ASSERT_EQUAL_FATAL(kg_tokenized_read(text, strlen(text), "in.txt", &kg_test_cap_log, &docs, &nd), KG_OK);
  CU_ASSERT_EQUAL_FATAL(nd, 2);
  kg_doc *d = docs[0];
  CU_ASSERT_EQUAL(d->nsents, 2);
  CU_ASSERT_EQUAL(d->ntokens, 8);
  CU_ASSERT_STRING_EQUAL(d->text, "The U.S. don't go .\nSecond line here\n");
  CU_ASSERT_STRING_EQUAL(d->tokens[1].form, "U.S.");
  CU_ASSERT_STRING_EQUAL(d->tokens[2].form, "don't");
  CU_ASSERT_STRING_EQUAL(d->tokens[4].form, ".");
  for (size_t i = 0; i < d->ntokens; i++) {
    const kg_token *t = &d->tokens[i];
    CU_ASSERT_EQUAL(strlen(t->form), t->end - t->start);
    CU_ASSERT(memcmp(d->text + t->start, t->form, t->end - t->start) == 0);
  }
  CU_ASSERT_EQUAL(d->sents[1].tok, 5);
  CU_ASSERT_EQUAL(d->sents[1].ntok, 3);
  CU_ASSERT_EQUAL(d->tokens[6].sent, 1);
  CU_ASSERT_STRING_EQUAL(d->source, "in.txt");
  CU_ASSERT_EQUAL(docs[1]->ntokens, 3);
  CU_ASSERT_STRING_EQUAL(docs[1]->tokens[2].form, ",");
  for (size_t i = 0; i < nd; i++) kg_doc_free(docs[i]);
  free(docs);
}

static void expect_error(const char *text, size_t len, const char *where, const char *what)
{
  kg_doc **docs = (kg_doc **)1;
  size_t nd = 7;
  kg_test_cap_msg[0] = 0;
  CU_ASSERT_EQUAL(kg_tokenized_read(text, len, "bad.txt", &kg_test_cap_log, &docs, &nd), KG_ERR_INPUT);
  CU_ASSERT_PTR_NULL(docs);
  CU_ASSERT_EQUAL(nd, 0);
  if (!strstr(kg_test_cap_msg, where) || !strstr(kg_test_cap_msg, what))
    fprintf(stderr, "\n  tokenized error message: %s\n", kg_test_cap_msg);
  CU_ASSERT(strstr(kg_test_cap_msg, where) != NULL);
  CU_ASSERT(strstr(kg_test_cap_msg, what) != NULL);
}

static void test_tokenized_errors(void)
{
  expect_error("ok line\nbad \0 byte\n", 20, "bad.txt:2", "NUL");
  expect_error("ok\n\nfine\nbad \xff utf8\n", 21, "bad.txt:4", "UTF-8");
  expect_error("", 0, "bad.txt", "no words");
  expect_error("  \n\n \n", 6, "bad.txt", "no words");
  /* a line over the limit */
  size_t n = KG_TOKENIZED_MAX_LINE + 10;
  char *big = malloc(n + 1);
  memset(big, 'a', n);
  big[0] = 'x'; big[1] = '\n';
  big[n] = 0;
  expect_error(big, n, "bad.txt:2", "longer than");
  /* a sentence with too many words */
  size_t words = KG_TOKENIZED_MAX_WORDS + 1;
  char *many = malloc(words * 2 + 1);
  for (size_t i = 0; i < words; i++) { many[2 * i] = 'w'; many[2 * i + 1] = ' '; }
  many[words * 2] = 0;
  expect_error(many, words * 2, "bad.txt:1", "words");
  /* exactly at the limit is fine */
  kg_doc **docs = NULL;
  size_t nd = 0;
  CU_ASSERT_EQUAL(kg_tokenized_read(many, (words - 1) * 2, "ok", &kg_test_cap_log, &docs, &nd), KG_OK);
  CU_ASSERT(nd == 1 && docs[0]->ntokens == KG_TOKENIZED_MAX_WORDS);
  for (size_t i = 0; i < nd; i++) kg_doc_free(docs[i]);
  free(docs);
  free(big);
  free(many);
}

static void test_write(void)
{
  static const char text[] = "Kim met Moon in Seoul .\n";
  kg_doc **docs = NULL;
  size_t nd = 0;
  CU_ASSERT_EQUAL_FATAL(kg_tokenized_read(text, strlen(text), "t", &kg_test_cap_log, &docs, &nd), KG_OK);
  kg_doc *d = docs[0];
  d->tokens[0].upos = KG_UPOS_PROPN;
  d->tokens[0].xpos = "NNP";
  d->tokens[0].lemma = "Kim";
  d->tokens[0].head = 2;
  d->tokens[0].deprel = "nsubj";
  d->tokens[0].ner_type = KG_NE_PER;
  d->tokens[0].ner_iob = KG_IOB_B;
  d->tokens[4].ner_type = KG_NE_LOC;
  d->tokens[4].ner_iob = KG_IOB_I;
  d->tokens[4].space_after = 0;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  CU_ASSERT_EQUAL(kg_conllu_write(d, f), KG_OK);
  fclose(f);
  CU_ASSERT(strstr(buf, "# sent_id = 1\n# text = Kim met Moon in Seoul .\n") == buf);
  CU_ASSERT(strstr(buf, "1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=B-PER\n") != NULL);
  CU_ASSERT(strstr(buf, "2\tmet\t_\t_\t_\t_\t_\t_\t_\tNER=O\n") != NULL);
  CU_ASSERT(strstr(buf, "5\tSeoul\t_\t_\t_\t_\t_\t_\t_\tNER=I-LOC|SpaceAfter=No\n") != NULL);
  CU_ASSERT(len > 2 && buf[len - 1] == '\n' && buf[len - 2] == '\n');
  /* every line has 10 columns */
  int bad = 0;
  for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
    if (line[0] == '#') continue;
    int tabs = 0;
    for (char *p = line; *p; p++) tabs += *p == '\t';
    bad += tabs != 9;
  }
  CU_ASSERT_EQUAL(bad, 0);
  free(buf);
  kg_doc_free(d);
  free(docs);
}

static void test_gold_read(void)
{
  char path[512];
  snprintf(path, sizeof path, "%s", kg_test_src("tests/data/tiny.conllu"));
  kg_doc *d = NULL;
  CU_ASSERT_EQUAL_FATAL(kg_conllu_read(path, &kg_test_cap_log, &d), KG_OK);
  CU_ASSERT_EQUAL(d->nsents, 9);
  CU_ASSERT_EQUAL(d->ntokens, 60);
  const kg_sentence *last = &d->sents[8];
  CU_ASSERT_EQUAL(last->ntok, 5);                 /* "2-3 don't" is skipped */
  const kg_token *t = &d->tokens[last->tok + 2];
  CU_ASSERT_STRING_EQUAL(t->form, "n't");
  CU_ASSERT_STRING_EQUAL(t->lemma, "not");
  CU_ASSERT_EQUAL(t->upos, KG_UPOS_PART);
  CU_ASSERT_STRING_EQUAL(t->xpos, "RB");
  CU_ASSERT_EQUAL(t->head, 4);
  CU_ASSERT_STRING_EQUAL(t->deprel, "advmod");
  CU_ASSERT_EQUAL(d->tokens[last->tok + 1].space_after, 0);
  CU_ASSERT_EQUAL(d->tokens[0].space_after, 1);
  for (size_t i = 0; i < d->ntokens; i++) {
    const kg_token *k = &d->tokens[i];
    CU_ASSERT(memcmp(d->text + k->start, k->form, k->end - k->start) == 0);
  }
  kg_doc_free(d);

  /* a malformed line names file and line */
  char bad[] = "/tmp/kgtest-conllu-XXXXXX";
  int fd = mkstemp(bad);
  CU_ASSERT_FATAL(fd >= 0);
  const char body[] = "# c\n1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n2\tb\tb\tNOUN\n";
  CU_ASSERT(write(fd, body, sizeof body - 1) == (ssize_t)(sizeof body - 1));
  close(fd);
  kg_test_cap_msg[0] = 0;
  d = NULL;
  CU_ASSERT_EQUAL(kg_conllu_read(bad, &kg_test_cap_log, &d), KG_ERR_FORMAT);
  CU_ASSERT_PTR_NULL(d);
  char where[600];
  snprintf(where, sizeof where, "%s:3", bad);
  CU_ASSERT(strstr(kg_test_cap_msg, where) != NULL);
  unlink(bad);
  CU_ASSERT_EQUAL(kg_conllu_read(bad, &kg_test_cap_log, &d), KG_ERR_IO);
}

CU_ErrorCode kg_suite_conllu(void)
{
  CU_pSuite s = CU_add_suite("conllu", NULL, NULL);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "tokenized input", test_tokenized_read) ||
      !CU_add_test(s, "bad tokenized input", test_tokenized_errors) ||
      !CU_add_test(s, "CoNLL-U output", test_write) ||
      !CU_add_test(s, "gold CoNLL-U reader", test_gold_read))
    return CU_get_error();
  return CUE_SUCCESS;
}
