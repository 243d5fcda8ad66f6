/* utf8.h — UTF-8 validation and repair.
 * Owns: replacing invalid or overlong sequences, surrogates and NULs with
 * U+FFFD; decoding code points; BOM handling; UTF-16 with a BOM to UTF-8.
 * Does not own: charsets other than UTF-8/UTF-16 (libxml2 handles HTML's). */
#ifndef KG_UTF8_H
#define KG_UTF8_H
#include <stddef.h>
#include <stdint.h>
/* Returns a malloc'd valid UTF-8 copy (NUL-terminated, *out_len bytes) of
 * in; a leading UTF-8 BOM is dropped, UTF-16LE/BE with a BOM is converted;
 * *replaced counts replaced sequences (NUL bytes included).  NULL only on
 * allocation failure. */
char *kg_utf8_repair(const char *in, size_t len, size_t *out_len, size_t *replaced);
/* 1 when valid UTF-8 without NUL bytes. */
int kg_utf8_valid(const char *s, size_t len);
/* Decodes one code point at s (valid UTF-8 assumed); returns its byte
 * length (>=1) and stores the code point. */
int kg_utf8_decode(const char *s, size_t len, uint32_t *cp);
/* 1 when the buffer looks binary (NULs or many control bytes in the first 4 KB, not UTF-16). */
int kg_looks_binary(const char *s, size_t len);
/* A token of 4-7 bytes that is a clitic with a typographic apostrophe ("’s",
 * "’re", "n’t"): its ASCII spelling into out (n - 2 bytes and a NUL; out
 * holds 8), 1; else 0. */
int kg_utf8_ascii_clitic(const char *f, size_t n, char *out);
/* The cheap test before it, inline for the tagger's and the parser's every
 * token: 4-7 bytes with the apostrophe's first byte first or second. */
static inline int kg_utf8_is_clitic(const char *f, size_t n)
{
  return n >= 4 && n <= 7 && ((unsigned char)f[0] == 0xE2 || (unsigned char)f[1] == 0xE2);
}
#endif
