/* write_nt.c — N-Triples and N-Quads lines, written directly.
 *
 * Owns: the line syntax of N-Triples/N-Quads (W3C RDF 1.1) and its
 * escaping; sorting and deduplicating a document's lines so the same input
 * gives byte-identical output.  Raptor's own N-Triples serializer writes
 * one byte at a time through its iostream and cost more than the parser
 * stage in profiles, so these two line formats are formatted here; the
 * output is checked by re-parsing it with Raptor (tests/test_graph.c) and
 * with rapper (tests/cli.sh).
 * Does not own: which triples exist (graph.c), other formats (write.c).
 *
 * Escaping: in literals \" \\ \n \r \t as ECHAR, other C0 controls and DEL
 * as \u00XX, everything else as UTF-8; in IRIs the characters N-Triples
 * forbids (controls, space, <>"{}|^`\) as \u00XX.
 */
#include <stdint.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include "write_nt.h"

typedef struct sbuf {
  char *p;
  size_t n, cap;
  int oom;
  int ascii; /* KG_NT_ASCII: code points from U+0080 as \uXXXX / \UXXXXXXXX */
} sbuf;

static void sb_reserve(sbuf *b, size_t more)
{
  if (b->oom || b->n + more <= b->cap)
    return;
  size_t nc = b->cap ? b->cap : 4096;
  while (nc < b->n + more)
    nc *= 2;
  char *p = realloc(b->p, nc);
  if (!p) {
    b->oom = 1;
    return;
  }
  b->p = p;
  b->cap = nc;
}

static void sb_put(sbuf *b, const char *s, size_t n)
{
  sb_reserve(b, n);
  if (b->oom)
    return;
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

static void sb_hex(sbuf *b, unsigned c)
{
  static const char hx[] = "0123456789ABCDEF";
  char u[6] = { '\\', 'u', '0', '0', hx[(c >> 4) & 15], hx[c & 15] };
  sb_put(b, u, 6);
}

/* KG_NT_ASCII: the UTF-8 sequence at s[i] as \uXXXX or \UXXXXXXXX (Raptor's
 * N-Triples form); returns its length, 0 when it is not valid UTF-8. */
static size_t put_escaped_char(sbuf *b, const unsigned char *s, size_t i, size_t n)
{
  unsigned c = s[i], cp;
  size_t len = c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
  if (!len || c >= 0xf8 || i + len > n)
    return 0;
  cp = c & (0x7fu >> len);
  for (size_t k = 1; k < len; k++) {
    if ((s[i + k] & 0xc0) != 0x80)
      return 0;
    cp = cp << 6 | (s[i + k] & 0x3fu);
  }
  char u[12];
  int w = cp < 0x10000 ? snprintf(u, sizeof u, "\\u%04X", cp) : snprintf(u, sizeof u, "\\U%08X", cp);
  sb_put(b, u, (size_t)w);
  return len;
}

/* The bytes of an IRI put_iri writes as they are (0), as \\u00XX (1: controls,
 * space, <>"{}|^`\\ and DEL) and the bytes of non-ASCII characters (2). */
static const uint8_t iri_class[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

#ifdef __SSE2__
/* Bit j set when byte j of s[0..16) is one put_iri does not copy as it is
 * (iri_class 1, and 2 when high: the bytes of non-ASCII characters). */
static inline unsigned iri_mask16(const unsigned char *s, int high)
{
  const __m128i v = _mm_loadu_si128((const __m128i *)s);
  __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x20)), v);   /* <= 0x20 */
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f)));
  if (high) m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0x80)), v));
  static const char sp[] = "<>\"{}|^`\\";
  for (int k = 0; sp[k]; k++) m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(sp[k])));
  return (unsigned)_mm_movemask_epi8(m);
}
#endif

static void put_iri(sbuf *b, const unsigned char *s, size_t n)
{
  /* an IRI with no byte to escape (nearly all): one reservation, one copy
   * (speed; the loop below writes the same bytes) */
  size_t i0 = 0;
#ifdef __SSE2__
  while (i0 + 16 <= n && !iri_mask16(s + i0, b->ascii))
    i0 += 16;
#endif
  while (i0 < n && (!iri_class[s[i0]] || (iri_class[s[i0]] == 2 && !b->ascii)))
    i0++;
  if (i0 == n) {
    sb_reserve(b, n + 2);
    if (b->oom)
      return;
    char *p = b->p + b->n;
    p[0] = '<';
    memcpy(p + 1, s, n);
    p[n + 1] = '>';
    b->n += n + 2;
    return;
  }
  sb_put(b, "<", 1);
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
#ifdef __SSE2__
    /* 16 bytes at a time to the next byte to look at */
    while (i + 16 <= n) {
      unsigned m = iri_mask16(s + i, b->ascii);
      if (m) { i += (size_t)__builtin_ctz(m); break; }
      i += 16;
    }
    if (i >= n) break;
#endif
    unsigned char c = s[i];
    if (!iri_class[c]) continue;
    if (iri_class[c] == 1) {
      sb_put(b, (const char *)s + run, i - run);
      sb_hex(b, c);
      run = i + 1;
    } else if (c >= 0x80 && b->ascii) {
      sb_put(b, (const char *)s + run, i - run);
      size_t l = put_escaped_char(b, s, i, n);
      if (!l) { /* not UTF-8: Raptor stops writing the term there */
        run = n;
        break;
      }
      i += l - 1;
      run = i + 1;
    }
  }
  sb_put(b, (const char *)s + run, n - run);
  sb_put(b, ">", 1);
}

static void put_literal(sbuf *b, const unsigned char *s, size_t n)
{
  sb_put(b, "\"", 1);
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    const char *esc = NULL;
    if (c >= 0x80 && b->ascii) {
      sb_put(b, (const char *)s + run, i - run);
      size_t l = put_escaped_char(b, s, i, n);
      if (!l) { /* not UTF-8: Raptor stops writing the literal there */
        run = n;
        break;
      }
      i += l - 1;
      run = i + 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
      continue;
    sb_put(b, (const char *)s + run, i - run);
    run = i + 1;
    switch (c) {
    case '"': esc = "\\\""; break;
    case '\\': esc = "\\\\"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    default: break;
    }
    if (esc)
      sb_put(b, esc, 2);
    else
      sb_hex(b, c);
  }
  sb_put(b, (const char *)s + run, n - run);
  sb_put(b, "\"", 1);
}

static void put_term(sbuf *b, const raptor_term *t)
{
  size_t n;
  const unsigned char *s;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    s = raptor_uri_as_counted_string(t->value.uri, &n);
    put_iri(b, s, n);
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    put_literal(b, t->value.literal.string, t->value.literal.string_len);
    if (t->value.literal.language && t->value.literal.language_len) {
      sb_put(b, "@", 1);
      sb_put(b, (const char *)t->value.literal.language, t->value.literal.language_len);
    } else if (t->value.literal.datatype) {
      sb_put(b, "^^", 2);
      s = raptor_uri_as_counted_string(t->value.literal.datatype, &n);
      put_iri(b, s, n);
    }
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    sb_put(b, "_:", 2);
    sb_put(b, (const char *)t->value.blank.string, t->value.blank.string_len);
    break;
  default:
    sb_put(b, "_:unknown", 9);
    break;
  }
}

static const char *line_base;

static int cmp_off(const void *a, const void *b)
{
  return strcmp(line_base + *(const size_t *)a, line_base + *(const size_t *)b);
}

/* Formats the n statements as lines in one buffer and sorts their
 * offsets; the caller walks off[] skipping repeats. */
static kg_status format_lines(void *const *statements, size_t n, int quads, int ascii,
                              sbuf *b, size_t **offp)
{
  size_t *off = malloc((n ? n : 1) * sizeof *off);
  if (!off)
    return KG_ERR_NOMEM;
  b->ascii = ascii;
  sb_reserve(b, n * 160 + 16);
  for (size_t i = 0; i < n && !b->oom; i++) {
    const raptor_statement *s = statements[i];
    off[i] = b->n;
    put_term(b, s->subject);
    sb_put(b, " ", 1);
    put_term(b, s->predicate);
    sb_put(b, " ", 1);
    put_term(b, s->object);
    if (quads && s->graph) {
      sb_put(b, " ", 1);
      put_term(b, s->graph);
    }
    sb_put(b, " .", 3); /* includes the NUL that ends the line */
  }
  if (b->oom) {
    free(off);
    free(b->p);
    return KG_ERR_NOMEM;
  }
  line_base = b->p;
  qsort(off, n, sizeof *off, cmp_off);
  *offp = off;
  return KG_OK;
}

kg_status kg_write_nt_lines(void *const *statements, size_t n, int quads, FILE *out)
{
  sbuf b = { 0 };
  size_t *off;
  kg_status st = format_lines(statements, n, quads, 0, &b, &off);
  if (st != KG_OK)
    return st;
  for (size_t i = 0; i < n && st == KG_OK; i++) {
    const char *l = b.p + off[i];
    if (i > 0 && strcmp(l, b.p + off[i - 1]) == 0)
      continue;
    if (fputs(l, out) == EOF || fputc('\n', out) == EOF)
      st = KG_ERR_IO;
  }
  free(off);
  free(b.p);
  return st;
}

kg_status kg_write_nt_buffer(void *const *statements, size_t n, int flags, char **buf,
                             size_t *len, size_t *nlines)
{
  sbuf b = { 0 };
  size_t *off;
  *buf = NULL;
  *len = 0;
  kg_status st = format_lines(statements, n, (flags & KG_NT_QUADS) != 0,
                              (flags & KG_NT_ASCII) != 0, &b, &off);
  if (st != KG_OK)
    return st;
  char *out = malloc(b.n + 1);
  if (!out) {
    free(off);
    free(b.p);
    return KG_ERR_NOMEM;
  }
  size_t o = 0, k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *l = b.p + off[i];
    if (i > 0 && strcmp(l, b.p + off[i - 1]) == 0)
      continue;
    size_t ll = strlen(l);
    memcpy(out + o, l, ll);
    out[o + ll] = '\n';
    o += ll + 1;
    k++;
  }
  out[o] = '\0';
  free(off);
  free(b.p);
  *buf = out;
  *len = o;
  if (nlines)
    *nlines = k;
  return KG_OK;
}
