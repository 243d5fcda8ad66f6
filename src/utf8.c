/* utf8.c — UTF-8 validation and repair, UTF-16 (with a BOM) to UTF-8,
 * decoding, and the "is this binary?" heuristic.
 *
 * Owns: the byte-level rules for what counts as valid UTF-8 (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF) plus our own
 * rule that NUL bytes are not text; replacing each maximal ill-formed
 * subpart (Unicode 15, section 3.9, "U+FFFD substitution of maximal
 * subparts") with one U+FFFD.
 * Also the ASCII spelling of a clitic written with a typographic apostrophe
 * ("’s" -> "'s", "n’t" -> "n't"), which the tagger and the parser look up as
 * the treebank spells it (kg_utf8_ascii_clitic).
 * Does not own: other charsets (html.c lets libxml2 convert HTML; input.c
 * uses iconv for a text/plain charset), reading or logging (input.c).
 */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define KG_BINARY_WINDOW 4096

/* Bytes 0x00 and >= 0x80 end the ASCII fast path. */
static inline int word_is_plain_ascii(uint64_t v)
{
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  /* (v - ones) & ~v & highs is non-zero iff some byte of v is 0 */
  return (((v - ones) & ~v) | v) & highs ? 0 : 1;
}

/* Index of the first byte from i on that is not plain ASCII (NUL counts as
 * not plain: seq_check judges it), len when none; eight bytes at a time. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t len)
{
  for (;;) {
    while (i + 8 <= len) {
      uint64_t v;
      memcpy(&v, s + i, 8);
      if (!word_is_plain_ascii(v)) break;
      i += 8;
    }
    if (i >= len || s[i] == 0 || s[i] >= 0x80) return i;
    i++;
  }
}

/* Length of the valid UTF-8 sequence at s[0..n) (n >= 1, s[0] >= 0x80 or
 * 0), or -k where k >= 1 is the length of the maximal ill-formed subpart
 * to replace. */
static int seq_check(const unsigned char *s, size_t n)
{
  unsigned char b = s[0];
  unsigned char lo = 0x80, hi = 0xBF;
  int need;
  if (b == 0) return -1;
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) need = 1;
  else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;       /* overlong */
    else if (b == 0xED) hi = 0x9F;  /* surrogates */
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90;       /* overlong */
    else if (b == 0xF4) hi = 0x8F;  /* > U+10FFFF */
  } else
    return -1; /* 0x80..0xC1 (continuation, overlong 2-byte), 0xF5..0xFF */
  size_t i = 1;
  for (int k = 0; k < need; k++, i++) {
    if (i >= n) return -(int)i;            /* truncated at the end */
    unsigned char c = s[i];
    if (k == 0 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return -(int)i;
  }
  return (int)i;
}

int kg_utf8_valid(const char *str, size_t len)
{
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    i = skip_ascii(s, i, len);
    if (i >= len) break;
    int r = seq_check(s + i, len - i);
    if (r < 0) return 0;
    i += (size_t)r;
  }
  return 1;
}

int kg_utf8_decode(const char *str, size_t len, uint32_t *cp)
{
  const unsigned char *s = (const unsigned char *)str;
  if (len == 0) { *cp = 0; return 1; }
  if (s[0] < 0x80) { *cp = s[0]; return 1; }
  int r = seq_check(s, len);
  if (r <= 0) { *cp = 0xFFFD; return r < 0 ? -r : 1; }
  uint32_t c;
  if (r == 2) c = s[0] & 0x1Fu;
  else if (r == 3) c = s[0] & 0x0Fu;
  else c = s[0] & 0x07u;
  for (int k = 1; k < r; k++) c = (c << 6) | (s[k] & 0x3Fu);
  *cp = c;
  return r;
}

/* ------------------------------------------------------------ output buffer */

typedef struct obuf {
  char *p;
  size_t n, cap;
} obuf;

static int ob_reserve(obuf *b, size_t extra)
{
  if (b->n + extra + 1 <= b->cap) return 1;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->n + extra + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) return 0;
  b->p = p;
  b->cap = cap;
  return 1;
}

static inline void put_cp(char *o, size_t *n, uint32_t c)
{
  if (c < 0x80) o[(*n)++] = (char)c;
  else if (c < 0x800) {
    o[(*n)++] = (char)(0xC0 | (c >> 6));
    o[(*n)++] = (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    o[(*n)++] = (char)(0xE0 | (c >> 12));
    o[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[(*n)++] = (char)(0x80 | (c & 0x3F));
  } else {
    o[(*n)++] = (char)(0xF0 | (c >> 18));
    o[(*n)++] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[(*n)++] = (char)(0x80 | (c & 0x3F));
  }
}

/* UTF-16 code units after the BOM; big: 1 for BE.  Unpaired surrogates,
 * NUL code units and an odd trailing byte become U+FFFD (counted). */
static char *from_utf16(const unsigned char *s, size_t len, int big,
                        size_t *out_len, size_t *replaced)
{
  /* each 2-byte unit gives at most 3 bytes, a 4-byte pair 4 bytes, the odd
   * byte 3 bytes */
  size_t cap = len / 2 * 3 + 8;
  char *o = malloc(cap);
  if (!o) return NULL;
  size_t n = 0, i = 0, rep = 0;
  while (i + 2 <= len) {
    uint32_t u = big ? ((uint32_t)s[i] << 8 | s[i + 1]) : ((uint32_t)s[i + 1] << 8 | s[i]);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 2 <= len) {
        uint32_t u2 = big ? ((uint32_t)s[i] << 8 | s[i + 1]) : ((uint32_t)s[i + 1] << 8 | s[i]);
        if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
          i += 2;
          put_cp(o, &n, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
          continue;
        }
      }
      u = 0xFFFD; rep++;
    } else if ((u >= 0xDC00 && u <= 0xDFFF) || u == 0) {
      u = 0xFFFD; rep++;
    }
    put_cp(o, &n, u);
  }
  if (i < len) { put_cp(o, &n, 0xFFFD); rep++; }
  o[n] = '\0';
  *out_len = n;
  *replaced = rep;
  return o;
}

char *kg_utf8_repair(const char *str, size_t len, size_t *out_len, size_t *replaced)
{
  const unsigned char *s = (const unsigned char *)str;
  size_t dummy_len, dummy_rep;
  if (!out_len) out_len = &dummy_len;
  if (!replaced) replaced = &dummy_rep;
  *out_len = 0;
  *replaced = 0;
  if (!s) len = 0;
  if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) return from_utf16(s + 2, len - 2, 0, out_len, replaced);
  if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) return from_utf16(s + 2, len - 2, 1, out_len, replaced);
  if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) { s += 3; len -= 3; }

  obuf b = {NULL, 0, 0};
  /* valid input needs exactly len + 1 bytes; grow only when replacing */
  if (!ob_reserve(&b, len)) return NULL;
  size_t i = 0, run = 0, rep = 0; /* s[run..i) is valid and not yet copied */
  while (i < len) {
    i = skip_ascii(s, i, len);
    if (i >= len) break;
    int r = seq_check(s + i, len - i);
    if (r > 0) { i += (size_t)r; continue; }
    /* flush the valid run, then U+FFFD for the ill-formed subpart */
    size_t k = (size_t)(-r);
    if (!ob_reserve(&b, (i - run) + 3 + (len - i))) { free(b.p); return NULL; }
    memcpy(b.p + b.n, s + run, i - run);
    b.n += i - run;
    memcpy(b.p + b.n, "\xEF\xBF\xBD", 3);
    b.n += 3;
    rep++;
    i += k;
    run = i;
  }
  if (!ob_reserve(&b, len - run)) { free(b.p); return NULL; }
  memcpy(b.p + b.n, s + run, len - run);
  b.n += len - run;
  b.p[b.n] = '\0';
  *out_len = b.n;
  *replaced = rep;
  return b.p;
}

int kg_looks_binary(const char *str, size_t len)
{
  const unsigned char *s = (const unsigned char *)str;
  if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
    return 0; /* UTF-16 with a BOM: text, converted by kg_utf8_repair */
  size_t n = len < KG_BINARY_WINDOW ? len : KG_BINARY_WINDOW;
  size_t ctl = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == 0) return 1;
    /* C0 controls other than \t \n \v \f \r, plus ESC's friends and DEL */
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F)
      ctl++;
  }
  /* more than 1 in 20 control bytes: not prose */
  return n > 0 && ctl * 20 > n;
}

int kg_utf8_ascii_clitic(const char *f, size_t n, char *out)
{
  if (!kg_utf8_is_clitic(f, n))
    return 0;
  const char *a = f[0] == 'n' || f[0] == 'N' ? f + 1 : f;
  if (memcmp(a, "\xE2\x80\x99", 3))
    return 0;
  size_t pre = (size_t)(a - f);
  memcpy(out, f, pre);
  out[pre] = '\'';
  memcpy(out + pre + 1, a + 3, n - pre - 3);
  out[n - 2] = 0;
  return 1;
}
