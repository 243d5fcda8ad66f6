/* test_segment.c — tokens, offsets and sentence boundaries of kg_segment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "segment.h"

/* The doc's tokens as "form form | form ..." ('|' between sentences,
 * "H:" before a heading sentence). */
static char *render(const kg_doc *d)
{
  size_t cap = 64, n = 0;
  for (size_t i = 0; i < d->ntokens; i++) cap += strlen(d->tokens[i].form) + 4;
  cap += d->nsents * 6;
  char *out = malloc(cap);
  out[0] = 0;
  for (size_t s = 0; s < d->nsents; s++) {
    const kg_sentence *se = &d->sents[s];
    if (s) n += (size_t)sprintf(out + n, " |");
    if (se->heading) n += (size_t)sprintf(out + n, " H:");
    for (uint32_t k = 0; k < se->ntok; k++)
      n += (size_t)sprintf(out + n, " %s", d->tokens[se->tok + k].form);
  }
  return out;
}

/* Invariants every segmentation must keep. */
static int check_invariants(const kg_doc *d)
{
  uint32_t prev_end = 0;
  size_t covered = 0;
  for (size_t s = 0; s < d->nsents; s++) {
    const kg_sentence *se = &d->sents[s];
    if (se->ntok == 0 || se->tok != covered) return 0;
    covered += se->ntok;
    if (se->start != d->tokens[se->tok].start || se->end != d->tokens[se->tok + se->ntok - 1].end)
      return 0;
  }
  if (covered != d->ntokens) return 0;
  for (size_t i = 0; i < d->ntokens; i++) {
    const kg_token *t = &d->tokens[i];
    if (t->end <= t->start || t->end > d->len || t->start < prev_end) return 0;
    if (!t->form || strlen(t->form) != t->end - t->start ||
        memcmp(t->form, d->text + t->start, t->end - t->start) != 0)
      return 0;
    if (t->sent >= d->nsents) return 0;
    const kg_sentence *se = &d->sents[t->sent];
    if (i < se->tok || i >= se->tok + se->ntok) return 0;
    prev_end = t->end;
  }
  return 1;
}

static kg_doc *seg(const char *text)
{
  kg_doc *d = kg_doc_new(text, strlen(text), "test");
  if (!d) return NULL;
  if (kg_segment(d) != KG_OK) { kg_doc_free(d); return NULL; }
  return d;
}

#define EXPECT(text, want)                                                   \
  do {                                                                       \
    kg_doc *d_ = seg(text);                                                  \
    CU_ASSERT_PTR_NOT_NULL_FATAL(d_);                                        \
    char *got_ = render(d_);                                                 \
    if (strcmp(got_ + 1, want) != 0)                                         \
      fprintf(stderr, "\n  segment: got  [%s]\n           want [%s]\n", got_ + 1, want); \
    CU_ASSERT_STRING_EQUAL(got_ + 1, want);                                  \
    CU_ASSERT(check_invariants(d_));                                         \
    free(got_);                                                              \
    kg_doc_free(d_);                                                         \
  } while (0)

static void test_clitics(void)
{
  EXPECT("I don't think it's Kim's.", "I do n't think it 's Kim 's .");
  EXPECT("They can't, won't, and cannot go.", "They ca n't , wo n't , and can not go .");
  EXPECT("We're sure you've seen what I'd do; I'm gonna try.",
         "We 're sure you 've seen what I 'd do ; I 'm gon na try .");
  EXPECT("It\xe2\x80\x99s Biden\xe2\x80\x99s plan; they don\xe2\x80\x99t know.",
         "It \xe2\x80\x99s Biden \xe2\x80\x99s plan ; they do n\xe2\x80\x99t know .");
  EXPECT("The O'Brien family and the workers' union.",
         "The O'Brien family and the workers ' union .");
}

static void test_abbreviations(void)
{
  EXPECT("Mr. Smith met Gen. J. Doe in the U.S. on Sept. 5 at 3 p.m. today.",
         "Mr. Smith met Gen. J. Doe in the U.S. on Sept. 5 at 3 p.m. today .");
  EXPECT("Dr. Lee works for Acme Inc. She said no.",
         "Dr. Lee works for Acme Inc. | She said no .");
  EXPECT("It was No. 1 in the list, e.g. apples, i.e. fruit, etc.",
         "It was No. 1 in the list , e.g. apples , i.e. fruit , etc.");
  EXPECT("He said no. Then he left.", "He said no . | Then he left .");
  /* a capital letter and its period end a sentence before a pronoun or an article; an initial stays one */
  EXPECT("The minister posted it on X. He deleted it later.",
         "The minister posted it on X . | He deleted it later .");
  EXPECT("They chose Plan B. The vote was close.", "They chose Plan B . | The vote was close .");
  EXPECT("John F. Kennedy and Harry S. Truman met J. Hewitt.",
         "John F. Kennedy and Harry S. Truman met J. Hewitt .");
}

static void test_punctuation(void)
{
  EXPECT("\"Stop,\" he said. \xe2\x80\x9cWhy?\xe2\x80\x9d she asked\xe2\x80\xa6 Then -- nothing...",
         "\" Stop , \" he said . | \xe2\x80\x9c Why ? \xe2\x80\x9d she asked \xe2\x80\xa6 | Then -- nothing ...");
  EXPECT("Prices rose 5.5% to $1,000.50 (about \xe2\x82\xac" "900) \xe2\x80\x94 a record!",
         "Prices rose 5.5 % to $ 1,000.50 ( about \xe2\x82\xac 900 ) \xe2\x80\x94 a record !");
  EXPECT("A long-term deal with al-Qaeda's e-mail and non-profit groups.",
         "A long - term deal with al - Qaeda 's e-mail and non-profit groups .");
  EXPECT("Call 713-853-3989 at 3:30 or 12/25.", "Call 713-853-3989 at 3:30 or 12/25 .");
}

static void test_special_tokens(void)
{
  kg_doc *d = seg("See https://example.com/a?b=1. Follow @kim_j and #NorthKorea \xf0\x9f\x87\xb0\xf0\x9f\x87\xb7\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd now :)");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  char *got = render(d);
  CU_ASSERT_STRING_EQUAL(got + 1, "See https://example.com/a?b=1 . | Follow @kim_j and #NorthKorea "
                         "\xf0\x9f\x87\xb0\xf0\x9f\x87\xb7 \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd now :)");
  free(got);
  CU_ASSERT(check_invariants(d));
  CU_ASSERT_EQUAL(d->tokens[1].flags, KG_TOK_URL);
  CU_ASSERT_EQUAL(d->tokens[4].flags, KG_TOK_MENTION);
  CU_ASSERT_EQUAL(d->tokens[6].flags, KG_TOK_HASHTAG);
  CU_ASSERT_EQUAL(d->tokens[7].flags, KG_TOK_EMOJI);
  CU_ASSERT_EQUAL(d->tokens[8].flags, KG_TOK_EMOJI);
  CU_ASSERT_EQUAL(d->tokens[0].flags, 0);
  kg_doc_free(d);
}

static void test_lines(void)
{
  /* headings, blank lines, list markers, wrapped lines */
  EXPECT("Missile Test Condemned\n\nThe Background\nNorth Korea fired a missile. It fell.\n",
         "H: Missile Test Condemned | H: The Background | North Korea fired a missile . | It fell .");
  EXPECT("Steps:\n1. Open the box\n2. Close it\n", "Steps : | 1. Open the box | 2. Close it");
  EXPECT("the talks, which began on\nMonday, ended without\na deal.\n",
         "the talks , which began on Monday , ended without a deal .");
  EXPECT("no final stop\n\nnext paragraph", "H: no final stop | next paragraph");
}

static void test_dateline(void)
{
  kg_doc *d = seg("NAIROBI, Kenya, Feb. 3 (AP) \xe2\x80\x94 Kenya's president didn't attend. He stayed.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  char *got = render(d);
  CU_ASSERT_STRING_EQUAL(got + 1, "NAIROBI , Kenya , Feb. 3 ( AP ) \xe2\x80\x94 | Kenya 's president "
                         "did n't attend . | He stayed .");
  free(got);
  CU_ASSERT_EQUAL_FATAL(d->nsents, 3);
  for (uint32_t k = 0; k < d->sents[0].ntok; k++)
    CU_ASSERT(d->tokens[k].flags & KG_TOK_DATELINE);
  for (size_t k = d->sents[0].ntok; k < d->ntokens; k++)
    CU_ASSERT_FALSE(d->tokens[k].flags & KG_TOK_DATELINE);
  kg_doc_free(d);
  /* after a title line; "WASHINGTON (Reuters) -" */
  d = seg("Talks stall\n\nWASHINGTON (Reuters) - The talks stalled on Monday.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  got = render(d);
  CU_ASSERT_STRING_EQUAL(got + 1, "H: Talks stall | WASHINGTON ( Reuters ) - | The talks stalled on Monday .");
  free(got);
  CU_ASSERT(d->tokens[2].flags & KG_TOK_DATELINE);
  CU_ASSERT_FALSE(d->tokens[0].flags & KG_TOK_DATELINE);
  kg_doc_free(d);
  /* "Washington (CNN) --" */
  d = seg("Washington (CNN) -- The talks ended.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  got = render(d);
  CU_ASSERT_STRING_EQUAL(got + 1, "Washington ( CNN ) -- | The talks ended .");
  free(got);
  CU_ASSERT(d->tokens[0].flags & KG_TOK_DATELINE);
  CU_ASSERT_FALSE(d->tokens[5].flags & KG_TOK_DATELINE);
  kg_doc_free(d);
  EXPECT("The Seoul meeting (the first) - which ended - was good.",
         "The Seoul meeting ( the first ) - which ended - was good .");
  /* not a dateline: an upper-case word in running text */
  EXPECT("The NATO summit - held in June - ended.", "The NATO summit - held in June - ended .");
}

static void test_offsets_space_after(void)
{
  const char *text = "  Hi,\tthere!  (Kim's)\n";
  kg_doc *d = seg(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT(check_invariants(d));
  CU_ASSERT_EQUAL_FATAL(d->ntokens, 8);
  CU_ASSERT_EQUAL(d->tokens[0].start, 2);
  CU_ASSERT_EQUAL(d->tokens[0].end, 4);
  CU_ASSERT_EQUAL(d->tokens[0].space_after, 0);   /* "Hi" then "," */
  CU_ASSERT_EQUAL(d->tokens[1].space_after, 1);   /* "," then a tab */
  CU_ASSERT_EQUAL(d->tokens[5].start, 15);        /* "Kim" */
  CU_ASSERT_EQUAL(d->tokens[5].space_after, 0);
  CU_ASSERT_EQUAL(d->tokens[6].start, 18);        /* "'s" inside "Kim's" */
  CU_ASSERT_STRING_EQUAL(d->tokens[6].form, "'s");
  CU_ASSERT_EQUAL(d->tokens[4].space_after, 0);
  CU_ASSERT_EQUAL(d->tokens[7].space_after, 1);   /* newline follows */
  kg_doc_free(d);
  /* empty and blank texts give nothing; a second call is refused */
  d = seg(" \n\n\t ");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(d->ntokens, 0);
  CU_ASSERT_EQUAL(d->nsents, 0);
  kg_doc_free(d);
  d = seg("One.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_segment(d), KG_ERR_USAGE);
  CU_ASSERT_EQUAL(d->tokens[1].space_after, 0);   /* end of text */
  kg_doc_free(d);
}

/* Random valid UTF-8 from a mix of tricky pieces: never crash, invariants hold. */
static void test_random_text(void)
{
  static const char *const pieces[] = {
    "a", "Z", "9", " ", "\n", "\n\n", ".", "..", "...", "'", "\xe2\x80\x99", "\"", "-", "--",
    "\xe2\x80\x94", "n't", "'s", "U.S.", "Mr.", "http://", "www.", "@", "#", "$", "%", ",",
    "(", ")", "\xf0\x9f\x91\x8d", "\xf0\x9f\x8f\xbd", "\xe2\x80\x8d", "\xef\xb8\x8f",
    "\xf0\x9f\x87\xb0", "\xc3\xa9", "\xe4\xb8\xad", "\t", "\r", "\r\n", ":", ":)", "1.",
    "e-", "&", "NAIROBI", "!", "?", "\xe2\x80\xa6", "\xc2\xa0", "cannot", "x@y.com", "*"
  };
  const size_t np = sizeof pieces / sizeof pieces[0];
  uint64_t r = 12345;
  char buf[600];
  int ok = 1;
  for (int iter = 0; iter < 3000 && ok; iter++) {
    size_t n = 0;
    int len = (int)(r % 60);
    for (int k = 0; k < len; k++) {
      r = r * 6364136223846793005ULL + 1442695040888963407ULL;
      const char *p = pieces[(r >> 33) % np];
      size_t l = strlen(p);
      if (n + l >= sizeof buf) break;
      memcpy(buf + n, p, l);
      n += l;
    }
    r = r * 6364136223846793005ULL + 1442695040888963407ULL;
    kg_doc *d = kg_doc_new(buf, n, NULL);
    if (!d || kg_segment(d) != KG_OK || !check_invariants(d)) {
      fprintf(stderr, "\n  segment invariant broken on [%.*s]\n", (int)n, buf);
      ok = 0;
    }
    kg_doc_free(d);
  }
  CU_ASSERT(ok);
}

static void test_long_sentence_cut(void)
{
  size_t n = 3000 * 2;
  char *text = malloc(n + 1);
  for (size_t i = 0; i < n; i += 2) { text[i] = 'w'; text[i + 1] = ' '; }
  text[n] = 0;
  kg_doc *d = seg(text);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(d->ntokens, 3000);
  CU_ASSERT(d->nsents >= 3);
  for (size_t s = 0; s < d->nsents; s++) CU_ASSERT(d->sents[s].ntok <= 1000);
  CU_ASSERT(check_invariants(d));
  kg_doc_free(d);
  free(text);
}

CU_ErrorCode kg_suite_segment(void)
{
  CU_pSuite s = CU_add_suite("segment", NULL, NULL);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "clitics", test_clitics) ||
      !CU_add_test(s, "abbreviations", test_abbreviations) ||
      !CU_add_test(s, "punctuation, numbers, hyphens", test_punctuation) ||
      !CU_add_test(s, "urls, mentions, hashtags, emoji", test_special_tokens) ||
      !CU_add_test(s, "headings, blank lines, lists", test_lines) ||
      !CU_add_test(s, "datelines", test_dateline) ||
      !CU_add_test(s, "offsets and space_after", test_offsets_space_after) ||
      !CU_add_test(s, "random text keeps invariants", test_random_text) ||
      !CU_add_test(s, "very long sentences are cut", test_long_sentence_cut))
    return CU_get_error();
  return CUE_SUCCESS;
}
