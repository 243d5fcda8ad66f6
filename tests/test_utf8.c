/* test_utf8.c — UTF-8 repair, BOMs, UTF-16, decoding, binary detection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tests.h"
#include "utf8.h"

#define FFFD "\xEF\xBF\xBD"

/* Repairs in[0..len) and checks the result and the count. */
static void check_repair(const char *in, size_t len, const char *want, size_t want_rep)
{
  size_t out_len = 99, rep = 99;
  char *out = kg_utf8_repair(in, len, &out_len, &rep);
  CU_ASSERT_PTR_NOT_NULL_FATAL(out);
  CU_ASSERT_EQUAL(out_len, strlen(want));
  CU_ASSERT_EQUAL(memcmp(out, want, strlen(want) + 1), 0); /* NUL-terminated too */
  CU_ASSERT_EQUAL(rep, want_rep);
  CU_ASSERT_TRUE(kg_utf8_valid(out, out_len));
  free(out);
}

static void test_valid_passthrough(void)
{
  const char *s = "plain ASCII, caf\xC3\xA9, \xE2\x82\xAC, \xF0\x9F\x98\x80 and \xF4\x8F\xBF\xBF";
  check_repair(s, strlen(s), s, 0);
  CU_ASSERT_TRUE(kg_utf8_valid(s, strlen(s)));
  check_repair("", 0, "", 0);
}

static void test_overlong(void)
{
  check_repair("a\xC0\xAF" "b", 4, "a" FFFD FFFD "b", 2);        /* C0 never valid */
  check_repair("\xE0\x80\xAF!", 4, FFFD FFFD FFFD "!", 3);       /* overlong 3-byte */
  check_repair("\xF0\x80\x80\xAF", 4, FFFD FFFD FFFD FFFD, 4);   /* overlong 4-byte */
  CU_ASSERT_FALSE(kg_utf8_valid("\xC1\xBF", 2));
}

static void test_surrogates_and_range(void)
{
  check_repair("x\xED\xA0\x80y", 5, "x" FFFD FFFD FFFD "y", 3);  /* U+D800 */
  check_repair("\xED\x9F\xBF", 3, "\xED\x9F\xBF", 0);            /* U+D7FF is fine */
  check_repair("\xF4\x90\x80\x80", 4, FFFD FFFD FFFD FFFD, 4);   /* > U+10FFFF */
  check_repair("\xF5\x80", 2, FFFD FFFD, 2);
  CU_ASSERT_FALSE(kg_utf8_valid("\xED\xB0\x80", 3));
}

static void test_truncated_and_stray(void)
{
  check_repair("ab\xE2\x82", 4, "ab" FFFD, 1);                   /* one maximal subpart */
  check_repair("ab\xF0\x9F\x98", 5, "ab" FFFD, 1);
  check_repair("\xE2\x82 x", 4, FFFD " x", 1);
  check_repair("\x80\xBF", 2, FFFD FFFD, 2);                     /* lone continuations */
  check_repair("caf\xE9 au lait", 12, "caf" FFFD " au lait", 1); /* Latin-1 byte */
}

static void test_nul(void)
{
  check_repair("a\0b\0", 4, "a" FFFD "b" FFFD, 2);
  CU_ASSERT_FALSE(kg_utf8_valid("a\0b", 3));
  CU_ASSERT_TRUE(kg_utf8_valid("ab", 2));
}

static void test_boms(void)
{
  check_repair("\xEF\xBB\xBFhi", 5, "hi", 0);
  /* UTF-16LE: "Hé" + U+1F600 (surrogate pair) + "\n" */
  check_repair("\xFF\xFEH\0\xE9\0\x3D\xD8\x00\xDE\n\0", 12, "H\xC3\xA9\xF0\x9F\x98\x80\n", 0);
  /* UTF-16BE: "Hi" */
  check_repair("\xFE\xFF\0H\0i", 6, "Hi", 0);
  /* lone high surrogate, lone low surrogate, NUL unit, odd trailing byte */
  check_repair("\xFE\xFF\xD8\x3D\0a\xDC\x00\0\0\0", 11, FFFD "a" FFFD FFFD FFFD, 4);
}

static void test_decode(void)
{
  uint32_t cp;
  CU_ASSERT_EQUAL(kg_utf8_decode("A", 1, &cp), 1);
  CU_ASSERT_EQUAL(cp, 'A');
  CU_ASSERT_EQUAL(kg_utf8_decode("\xC3\xA9", 2, &cp), 2);
  CU_ASSERT_EQUAL(cp, 0xE9);
  CU_ASSERT_EQUAL(kg_utf8_decode("\xE2\x82\xAC", 3, &cp), 3);
  CU_ASSERT_EQUAL(cp, 0x20AC);
  CU_ASSERT_EQUAL(kg_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
  CU_ASSERT_EQUAL(cp, 0x1F600);
  /* defensive on invalid input: U+FFFD, progress of at least one byte */
  CU_ASSERT_TRUE(kg_utf8_decode("\xC3", 1, &cp) >= 1);
  CU_ASSERT_EQUAL(cp, 0xFFFD);
}

static void test_binary(void)
{
  CU_ASSERT_FALSE(kg_looks_binary("Hello, world.\r\n\tIndented.\f", 26));
  CU_ASSERT_TRUE(kg_looks_binary("Hello\0world", 11));
  CU_ASSERT_TRUE(kg_looks_binary("\x7F" "ELF\x02\x01\x01\x03\x04\x05\x06\x07\x08", 13));
  CU_ASSERT_FALSE(kg_looks_binary("\xFF\xFEH\0i\0", 6)); /* UTF-16LE with BOM */
  CU_ASSERT_FALSE(kg_looks_binary("\xFE\xFF\0H\0i", 6));
  CU_ASSERT_FALSE(kg_looks_binary("caf\xE9 cr\xE8me", 10)); /* Latin-1 is text */
  /* a NUL after the 4 KB window is not looked at, one inside is */
  size_t n = 8192;
  char *b = malloc(n);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b);
  memset(b, 'a', n);
  b[6000] = '\0';
  CU_ASSERT_FALSE(kg_looks_binary(b, n));
  b[100] = '\0';
  CU_ASSERT_TRUE(kg_looks_binary(b, n));
  /* a few control bytes in prose are tolerated, many are not */
  memset(b, 'a', n);
  for (int i = 0; i < 10; i++) b[i * 300] = '\x01';
  CU_ASSERT_FALSE(kg_looks_binary(b, n));
  for (int i = 0; i < 400; i++) b[i * 10] = '\x01';
  CU_ASSERT_TRUE(kg_looks_binary(b, n));
  free(b);
}

static void test_large(void)
{
  /* 8 MB of valid, ASCII-heavy text with a multi-byte character every 512
   * bytes passes unchanged (speed is measured by benchmarks, not here) */
  size_t n = 8u << 20;
  char *b = malloc(n);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b);
  static const char line[] = "The ministers met in Jakarta on Monday to talk. ";
  for (size_t i = 0; i < n; i++) b[i] = line[i % (sizeof line - 1)];
  for (size_t i = 0; i + 2 < n; i += 512) memcpy(b + i, "\xC3\xA9", 2);
  size_t ol, rep;
  char *o = kg_utf8_repair(b, n, &ol, &rep);
  CU_ASSERT_PTR_NOT_NULL_FATAL(o);
  CU_ASSERT_EQUAL(rep, 0);
  CU_ASSERT_EQUAL(ol, n);
  CU_ASSERT(memcmp(o, b, n) == 0);
  free(o);
  free(b);
}

CU_ErrorCode kg_suite_utf8(void)
{
  CU_pSuite s = CU_add_suite("utf8", NULL, NULL);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "valid text passes unchanged", test_valid_passthrough) ||
      !CU_add_test(s, "overlong forms", test_overlong) ||
      !CU_add_test(s, "surrogates and out of range", test_surrogates_and_range) ||
      !CU_add_test(s, "truncated and stray bytes", test_truncated_and_stray) ||
      !CU_add_test(s, "NUL bytes", test_nul) ||
      !CU_add_test(s, "BOMs and UTF-16", test_boms) ||
      !CU_add_test(s, "decode", test_decode) ||
      !CU_add_test(s, "binary detection", test_binary) ||
      !CU_add_test(s, "large valid input unchanged", test_large))
    return CU_get_error();
  return CUE_SUCCESS;
}
