/* dict_index.c — surface-form matching for the dictionary: arena and string
 * map, normalisation, the bucketed form index and its longest match, and
 * the per-document match memo.  See dict_index.h for what it owns; the rules
 * a match obeys (token boundaries inside forms, all-capitals acronyms) are
 * described at the top of dict.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dict.h"
#include "dict_index.h"

/* ------------------------------------------------------------ arena */
/* ------------------------------------------------------------ arena */


void *kg_dix_alloc(kg_dix_arena **a, size_t n) {
  n = (n + 7u) & ~(size_t)7u;
  if (!*a || (*a)->used + n > (*a)->cap) {
    size_t cap = n > 60000 ? n : 60000;
    kg_dix_arena *b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->next = *a; b->used = 0; b->cap = cap; *a = b;
  }
  void *p = (*a)->data + (*a)->used;
  (*a)->used += n;
  return p;
}
const char *kg_dix_strdup(kg_dix_arena **a, const char *s) {
  size_t n = strlen(s);
  char *p = kg_dix_alloc(a, n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}
/* kg_dix_lower_dup's table: an ASCII byte lower-cased (A-Z, as tolower in
 * any locale), white space (isspace's six) as ' '; 0 from 0x80 on (those go
 * to tolower and isspace). */
static const unsigned char lower_sp[256] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,  32,  32,  32,  32,  32,  14,  15,
   16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,
   32,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,
   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,  60,  61,  62,  63,
   64,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,  91,  92,  93,  94,  95,
   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
};

const char *kg_dix_lower_dup(kg_dix_arena **a, const char *s) {
  size_t n = strlen(s), w = 0;
  char *p = kg_dix_alloc(a, n + 1);
  if (!p) return NULL;
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n; i++) {
    unsigned o = lower_sp[u[i]];
    if (o > ' ') { p[w++] = (char)o; continue; }
    if (!o) {   /* from 0x80 on: the library's functions */
      o = (unsigned char)tolower((int)u[i]);
      if (!isspace((int)o)) { p[w++] = (char)o; continue; }
      o = ' ';
    }
    if (o != ' ') p[w++] = (char)o;                   /* control bytes */
    else if (w && p[w - 1] != ' ') p[w++] = ' ';      /* a run of spaces: one */
  }
  if (w && p[w - 1] == ' ') w--;
  p[w] = 0;
  return p;
}
void kg_dix_arena_free(kg_dix_arena *a) {
  while (a) { kg_dix_arena *n = a->next; free(a); a = n; }
}

/* ------------------------------------------------------------ string map */


static uint32_t hash_str(const char *s, size_t n) {
  uint32_t h = KG_DIX_H0;
  for (size_t i = 0; i < n; i++) h = kg_dix_hash_step(h, (unsigned char)s[i]);
  return h;
}
void kg_dix_map_free(kg_dix_map *m) { free(m->keys); free(m->vals); free(m->hs); memset(m, 0, sizeof *m); }
/* Finds key (n bytes, stored keys are NUL-terminated); -1 when absent. */
int32_t kg_dix_map_get(const kg_dix_map *m, const char *k, size_t n) {
  if (!m->cap) return -1;
  return kg_dix_map_get_h(m, k, n, hash_str(k, n));
}
int32_t kg_dix_map_get_h(const kg_dix_map *m, const char *k, size_t n, uint32_t h) {
  if (!m->cap) return -1;
  size_t i = h & (m->cap - 1);
  while (m->keys[i]) {
    if (m->hs[i] == h && strncmp(m->keys[i], k, n) == 0 && m->keys[i][n] == 0) return m->vals[i];
    i = (i + 1) & (m->cap - 1);
  }
  return -1;
}
/* m's slots grown to nc (a power of two, at least 256), keys kept. */
static int map_grow(kg_dix_map *m, size_t nc) {
  const char **nk = calloc(nc, sizeof *nk);
  int32_t *nv = calloc(nc, sizeof *nv);
  uint32_t *nh = calloc(nc, sizeof *nh);
  if (!nk || !nv || !nh) { free(nk); free(nv); free(nh); return -1; }
  for (size_t i = 0; i < m->cap; i++) if (m->keys[i]) {
    size_t j = m->hs[i] & (nc - 1);
    while (nk[j]) j = (j + 1) & (nc - 1);
    nk[j] = m->keys[i]; nv[j] = m->vals[i]; nh[j] = m->hs[i];
  }
  free(m->keys); free(m->vals); free(m->hs); m->keys = nk; m->vals = nv; m->hs = nh; m->cap = nc;
  return 0;
}
/* Room for n keys in all: the slots n puts into an empty map would end
 * with, made at once (no growth on the way); -1 on allocation failure. */
int kg_dix_map_reserve(kg_dix_map *m, size_t n) {
  size_t nc = m->cap ? m->cap : 256;
  while (n * 2 > nc) nc *= 2;
  return nc > m->cap ? map_grow(m, nc) : 0;
}
/* Adds or replaces; -1 on allocation failure. */
int kg_dix_map_put(kg_dix_map *m, const char *k, int32_t v) {
  if ((m->n + 1) * 2 > m->cap && map_grow(m, m->cap ? m->cap * 2 : 256) < 0) return -1;
  size_t n = strlen(k);
  uint32_t h = hash_str(k, n);
  size_t i = h & (m->cap - 1);
  while (m->keys[i]) {
    if (m->hs[i] == h && strcmp(m->keys[i], k) == 0) { m->vals[i] = v; return 0; }
    i = (i + 1) & (m->cap - 1);
  }
  m->keys[i] = k; m->vals[i] = v; m->hs[i] = h; m->n++;
  return 0;
}

void kg_dix_free(kg_dix_index *ix) {
  free(ix->forms); kg_dix_map_free(&ix->buckets); free(ix->bucket_end); free(ix->has);
  memset(ix, 0, sizeof *ix);
}

/* ------------------------------------------------------------ normalisation
 * A surface form and the token text it is compared with are both turned into
 * a byte stream where spaces, tabs, no-break spaces and hyphens vanish,
 * curly apostrophes, the modifier apostrophe and the okina of Polynesian
 * names become "'", Latin letters with diacritics lose them and,
 * when folding, ASCII letters are lower-cased. */
static const char latin1_fold[64] =
  "AAAAAA-CEEEEIIIIDNOOOOO-OUUUUY--aaaaaa-ceeeeiiiidnooooo-ouuuuy-y";
static const char latinA_fold[128] =
  "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi--JjKkkLlLlLlLlLl"
  "NnNnNnnNnOoOoOo--RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
/* Latin Extended-B (U+0180..U+024F) and Latin Extended Additional
 * (U+1E00..U+1EFF, Vietnamese tones, dotted letters of transliteration):
 * the base letter of the canonical decomposition, '-' for none. */
static const char latinB_fold[208] =
  "--------------------------------Oo-------------Uu----------------------------AaIiOoUuUuUuUuUu-AaAa----GgKkOoOo"
  "--j---Gg--NnAa----AaAaEeEeIiIiOoOoRrRrUuUuSsTt--Hh------AaEeOoOoOoOoYy----------------------------";
static const char latinX_fold[256] =
  "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTt"
  "TtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy------AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOo"
  "OoOoUuUuUuUuUuUuUuYyYyYyYy------";

/* Normalises the UTF-8 character at s into out (0..4 bytes, count in *nout);
 * returns the bytes consumed (at least 1). */
static size_t norm_char(const unsigned char *s, char out[4], int *nout, int fold) {
  unsigned c = s[0];
  *nout = 0;
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_') return 1;
    out[0] = (char)(fold ? tolower((int)c) : (int)c); *nout = 1; return 1;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  for (size_t i = 1; i < len; i++) if ((s[i] & 0xC0) != 0x80) { len = i; break; }
  if (len == 2) {
    unsigned cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    char r = 0;
    if (cp == 0xA0) return 2;                      /* no-break space */
    if (cp >= 0xC0 && cp < 0x100) r = latin1_fold[cp - 0xC0];
    else if (cp >= 0x100 && cp < 0x180) r = latinA_fold[cp - 0x100];
    else if (cp >= 0x180 && cp < 0x250) r = latinB_fold[cp - 0x180];  /* "Chișinău", Vietnamese "ơ", "ư" */
    else if (cp == 0x2BB || cp == 0x2BC) r = '\'';  /* the okina ("Mataʻafa"), the modifier apostrophe */
    if (r && r != '-') { out[0] = (char)(fold ? tolower((unsigned char)r) : r); *nout = 1; return 2; }
  } else if (len == 3 && c == 0xE1 && s[1] >= 0xB8 && s[1] <= 0xBB) {   /* U+1E00..U+1EFF: "Phạm", "Nguyễn" */
    char r = latinX_fold[((s[1] & 0x3u) << 6) | (s[2] & 0x3Fu)];
    if (r != '-') { out[0] = (char)(fold ? tolower((unsigned char)r) : r); *nout = 1; return 3; }
  } else if (len == 3 && c == 0xE2 && s[1] == 0x80) {
    if (s[2] == 0x90 || s[2] == 0x91) return 3;    /* U+2010, U+2011 hyphens */
    if (s[2] == 0x98 || s[2] == 0x99) { out[0] = '\''; *nout = 1; return 3; }
  }
  memcpy(out, s, len); *nout = (int)len;
  return len;
}

/* An ASCII byte normalised (a table: the byte itself, lower-cased in row 1
 * when folding, the C locale's tolower); 0 for NUL and the separators that
 * vanish (space, tab, newline, return, hyphen, underscore). */
static const unsigned char ascii_norm[2][128] = { {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   0,   0,  11,  12,   0,  14,  15,
   16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,
    0,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42,  43,  44,   0,  46,  47,
   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,  60,  61,  62,  63,
   64,  65,  66,  67,  68,  69,  70,  71,  72,  73,  74,  75,  76,  77,  78,  79,
   80,  81,  82,  83,  84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,   0,
   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
}, {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   0,   0,  11,  12,   0,  14,  15,
   16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,
    0,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42,  43,  44,   0,  46,  47,
   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,  60,  61,  62,  63,
   64,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,  91,  92,  93,  94,   0,
   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
} };

/* Normalises text into out; when brk is given (cap/8 bytes, zeroed), marks
 * the bytes that follow a separator. */
static size_t norm_form_brk(const char *text, char *out, size_t cap, int fold, uint8_t *brk) {
  const unsigned char *s = (const unsigned char *)text;
  const unsigned char *tab = ascii_norm[fold != 0];
  size_t n = 0;
  int sep = 0;
  for (unsigned c0; (c0 = *s) != 0;) {
    if (c0 < 0x80) {            /* plain ASCII: the table */
      unsigned char o = tab[c0];
      s++;
      if (!o) { sep = 1; continue; }
      if (n + 2 > cap) return cap;
      if (sep) {
        if (n > 0 && brk) brk[n >> 3] |= (uint8_t)(1u << (n & 7));
        sep = 0;
      }
      out[n++] = (char)o;
      continue;
    }
    char b[4]; int k;
    s += norm_char(s, b, &k, fold);
    if (k == 0) { sep = 1; continue; }
    if (n + (size_t)k + 1 > cap) return cap;
    if (sep && n > 0 && brk) brk[n >> 3] |= (uint8_t)(1u << (n & 7));
    sep = 0;
    memcpy(out + n, b, (size_t)k); n += (size_t)k;
  }
  if (cap) out[n < cap ? n : cap - 1] = 0;
  return n;
}
size_t kg_dix_norm(const char *text, char *out, size_t cap, int fold) {
  return norm_form_brk(text, out, cap, fold, NULL);
}

static int count_letters(const char *text) {
  int n = 0;
  for (const unsigned char *s = (const unsigned char *)text; *s; s++)
    if (isalpha(*s) || (*s >= 0xC0)) n++;
  return n;
}

static int wordch(char c) {
  return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* Iterates the normalised (case-kept) byte stream of tokens [tok, end). */
typedef struct tokit {
  const kg_doc *doc; uint32_t tok, end;
  const unsigned char *p; char pend[4]; int npend, ipend;
  int crossed, last_crossed;   /* a token boundary came before the byte returned */
} tokit;

static const unsigned char *tok_form(const kg_doc *doc, uint32_t t) {
  const char *f = doc->tokens[t].form;
  return (const unsigned char *)(f ? f : "");
}
static void it_init(tokit *it, const kg_doc *doc, uint32_t tok, uint32_t end) {
  it->doc = doc; it->tok = tok; it->end = end;
  it->p = tok < end ? tok_form(doc, tok) : (const unsigned char *)"";
  it->npend = it->ipend = 0;
  it->crossed = it->last_crossed = 0;
}
static int it_next(tokit *it) {
  for (;;) {
    if (it->ipend < it->npend) {
      it->last_crossed = it->crossed;
      it->crossed = 0;
      return (unsigned char)it->pend[it->ipend++];
    }
    if (!*it->p) {
      if (it->tok + 1 >= it->end) return -1;
      it->tok++; it->p = tok_form(it->doc, it->tok);
      it->crossed = 1;
      continue;
    }
    it->p += norm_char(it->p, it->pend, &it->npend, 0);
    it->ipend = 0;
  }
}

/* ------------------------------------------------------------ form index */
/* bk: the bucket prefix b as a big-endian number (orders as strcmp does) */
typedef struct bform { char b[5]; uint32_t bk; kg_dix_form f; } bform;

/* Sorted through pointers: the structs are big and qsort copies elements. */
static int bform_cmp(const void *pa, const void *pb) {
  const bform *x = *(const bform *const *)pa, *y = *(const bform *const *)pb;
  if (x->bk != y->bk) return x->bk < y->bk ? -1 : 1;
  int c;
  if (x->f.len != y->f.len) return x->f.len > y->f.len ? -1 : 1;
  c = strcmp(x->f.key, y->f.key);
  if (c) return c;
  if (x->f.prio != y->f.prio) return x->f.prio < y->f.prio ? -1 : 1;
  if (x->f.file != y->f.file) return x->f.file > y->f.file ? -1 : 1;
  return (x->f.entry > y->f.entry) - (x->f.entry < y->f.entry);
}

int kg_dix_add(kg_dix_index *ix, kg_dix_arena **ar, const char *text, int32_t entry,
                     int kind, int prio, int always_fold, int file) {
  char buf[512];
  uint8_t brk[512 / 8];
  memset(brk, 0, sizeof brk);
  int exact = !always_fold && count_letters(text) < 4;
  size_t n = norm_form_brk(text, buf, sizeof buf, !exact, brk);
  if (n < 2 || n >= sizeof buf - 1) return 0;
  size_t nb = (n >> 3) + 1;
  char *k = kg_dix_alloc(ar, n + 1 + nb);
  if (!k) return -1;
  memcpy(k, buf, n + 1);
  memcpy(k + n + 1, brk, nb);
  kg_dix_form f;
  f.key = k; f.brk = (const uint8_t *)(k + n + 1); f.len = (uint32_t)n; f.entry = entry; f.kind = (uint8_t)kind;
  f.exact = (uint8_t)exact; f.prio = (uint8_t)prio; f.file = (uint8_t)file;
  f.caps = 0;
  if (!exact && !always_fold) {
    int up = 0, low = 0;
    for (const unsigned char *q = (const unsigned char *)text; *q; q++) {
      if (*q >= 'A' && *q <= 'Z') up++;
      else if ((*q >= 'a' && *q <= 'z') || *q >= 0x80) low++;
    }
    f.caps = (uint8_t)(up >= 4 && low == 0);
  }
  KG_VEC_PUSH(ix->forms, ix->n, ix->cap, f, return -1);
  return 0;
}

/* Bit of a bucket prefix p (bl = 2..4 bytes) in ix->has. */
static inline uint32_t prefix_bit(const char *p, int bl) {
  uint32_t v = 0;
  for (int j = 0; j < bl; j++) v |= (uint32_t)(unsigned char)p[j] << (8 * j);
  if (bl > 2) v = (v * 0x9E3779B1u) >> 16;
  return (uint32_t)(bl - 2) << 16 | v;
}
static inline int prefix_maybe(const kg_dix_index *ix, const char *p, int bl) {
  uint32_t b = prefix_bit(p, bl);
  return (int)(ix->has[b >> 6] >> (b & 63)) & 1;
}

int kg_dix_build(kg_dix_index *ix, kg_dix_arena **ar) {
  size_t n = ix->n;
  bform *tmp = malloc((n ? n : 1) * sizeof *tmp);
  if (!tmp) return -1;
  for (size_t i = 0; i < n; i++) {
    kg_dix_form *f = &ix->forms[i];
    size_t b = f->len < 4 ? f->len : 4;
    for (size_t j = 0; j < b; j++) tmp[i].b[j] = (char)tolower((unsigned char)f->key[j]);
    tmp[i].b[b] = 0;
    tmp[i].bk = 0;
    for (size_t j = 0; j < 4; j++) tmp[i].bk = tmp[i].bk << 8 | (j < b ? (unsigned char)tmp[i].b[j] : 0u);
    tmp[i].f = *f;
  }
  bform **ptr = malloc((n ? n : 1) * sizeof *ptr);
  bform *sorted = malloc((n ? n : 1) * sizeof *sorted);
  if (!ptr || !sorted) { free(ptr); free(sorted); free(tmp); return -1; }
  for (size_t i = 0; i < n; i++) ptr[i] = &tmp[i];
  qsort(ptr, n, sizeof *ptr, bform_cmp);
  for (size_t i = 0; i < n; i++) sorted[i] = *ptr[i];
  free(ptr); free(tmp);
  tmp = sorted;
  size_t w = 0;                                   /* drop duplicate keys: first is best */
  for (size_t i = 0; i < n; i++) {
    if (w > 0 && strcmp(tmp[w - 1].b, tmp[i].b) == 0 && tmp[w - 1].f.len == tmp[i].f.len &&
        strcmp(tmp[w - 1].f.key, tmp[i].f.key) == 0)
      continue;
    tmp[w++] = tmp[i];
  }
  ix->n = w;
  ix->bucket_end = calloc(w ? w : 1, sizeof *ix->bucket_end);
  free(ix->has);
  ix->has = calloc(3 << 10, sizeof *ix->has);
  if (!ix->bucket_end || !ix->has) { free(tmp); return -1; }
  for (size_t i = 0; i < w; i++) {
    ix->forms[i] = tmp[i].f;
    if (i == 0 || strcmp(tmp[i].b, tmp[i - 1].b) != 0) {
      const char *bk = kg_dix_strdup(ar, tmp[i].b);
      if (!bk || kg_dix_map_put(&ix->buckets, bk, (int32_t)i) < 0) { free(tmp); return -1; }
      size_t bl = strlen(bk);
      if (bl >= 2 && bl <= 4) {
        uint32_t b = prefix_bit(bk, (int)bl);
        ix->has[b >> 6] |= (uint64_t)1 << (b & 63);
      }
    }
  }
  for (size_t i = w; i-- > 0;)
    ix->bucket_end[i] = (i + 1 < w && strcmp(tmp[i].b, tmp[i + 1].b) == 0)
                      ? ix->bucket_end[i + 1] : (int32_t)(i + 1);
  free(tmp);
  return 0;
}

static uint32_t sent_end(const kg_doc *doc, uint32_t tok) {
  uint32_t s = doc->tokens[tok].sent;
  if (s < doc->nsents) {
    uint32_t e = doc->sents[s].tok + doc->sents[s].ntok;
    if (e > tok && e <= doc->ntokens) return e;
  }
  return (uint32_t)doc->ntokens;
}

/* The normalised byte stream of tokens [tok, end) (tokit), read lazily
 * once per index_match and kept with the iterator's state after each byte,
 * so that comparing it with every form of a bucket reads no text again. */
#define NS_MAX 512   /* index_add keeps forms shorter than this */
typedef struct nstream {
  tokit it;
  uint32_t n;                    /* bytes read so far */
  int done;                      /* the stream ended */
  uint8_t anyup;                 /* an ASCII capital among the bytes read */
  char c[NS_MAX], lc[NS_MAX];    /* byte j as returned (case kept) and tolower'd */
  uint8_t crossed[NS_MAX];       /* a token boundary came before byte j */
  uint8_t upper[NS_MAX];         /* an ASCII capital among bytes 0..j */
  uint8_t pend[NS_MAX];          /* bytes of byte j's character remain */
  uint32_t tok[NS_MAX];          /* token of byte j */
  const unsigned char *p[NS_MAX];/* text after byte j's character */
} nstream;

/* Whether byte j exists (reading up to it). */
static inline __attribute__((always_inline)) int ns_get(nstream *ns, uint32_t j) {
  while (ns->n <= j) {
    if (ns->done || ns->n >= NS_MAX) return 0;
    const unsigned char *q = ns->it.p;
    unsigned c0 = *q;
    int c;
    if (ns->it.ipend >= ns->it.npend && c0 && c0 < 0x80 && c0 != ' ' && c0 != '\t' &&
        c0 != '\n' && c0 != '\r' && c0 != '-' && c0 != '_') {
      /* plain ASCII: what it_next returns for it, without the call */
      ns->it.p = q + 1;
      ns->it.last_crossed = ns->it.crossed;
      ns->it.crossed = 0;
      c = (int)c0;
    } else {
      c = it_next(&ns->it);
      if (c < 0) { ns->done = 1; return 0; }
    }
    uint32_t k = ns->n++;
    int up = c >= 'A' && c <= 'Z';
    ns->c[k] = (char)c;
    /* what tolower does to it (ASCII inline) */
    ns->lc[k] = (char)(up ? c + 32 : c < 0x80 ? c : tolower(c));
    ns->crossed[k] = (uint8_t)ns->it.last_crossed;
    ns->anyup |= (uint8_t)up;
    ns->upper[k] = ns->anyup;
    ns->pend[k] = (uint8_t)(ns->it.ipend < ns->it.npend);
    ns->tok[k] = ns->it.tok;
    ns->p[k] = ns->it.p;
  }
  return 1;
}

/* it_at_boundary of the iterator as it was after byte j. */
static int ns_at_boundary(const nstream *ns, uint32_t j) {
  if (ns->pend[j]) return 0;
  const unsigned char *p = ns->p[j];
  while (*p) { char b[4]; int k; p += norm_char(p, b, &k, 0); if (k) return 0; }
  return 1;
}

/* Longest form of ix starting at doc->tokens[tok]; NULL when none. */
static const kg_dix_form *index_match(const kg_dix_index *ix, const kg_doc *doc, uint32_t tok,
                               uint32_t *ntok) {
  if (!ix->n || !ix->has || !doc || tok >= doc->ntokens || !doc->tokens) return NULL;
  uint32_t end = sent_end(doc, tok);
  nstream ns;
  it_init(&ns.it, doc, tok, end);
  ns.n = 0; ns.done = 0; ns.anyup = 0;
  char pre[5]; int np = 0;
  while (np < 4) {
    if (!ns_get(&ns, (uint32_t)np)) break;
    if (np == 0 && ns.tok[0] != tok) return NULL;  /* first token has no content */
    pre[np] = ns.lc[np];
    np++;
  }
  for (int bl = np; bl >= 2; bl--) {
    if (!prefix_maybe(ix, pre, bl)) continue;
    int32_t s = kg_dix_map_get(&ix->buckets, pre, (size_t)bl);
    if (s < 0) continue;
    for (int32_t i = s; i < ix->bucket_end[s]; i++) {
      const kg_dix_form *f = &ix->forms[i];
      uint32_t j = 0;
      for (; j < f->len; j++) {
        if (!ns_get(&ns, j)) break;
        if ((f->exact ? ns.c[j] : ns.lc[j]) != f->key[j]) break;
        /* a token boundary inside a word of the form: "to go" is not "Togo" */
        if (j > 0 && ns.crossed[j] && !(f->brk[j >> 3] & (1u << (j & 7))) &&
            wordch(f->key[j - 1]) && wordch(f->key[j]))
          break;
      }
      if (j == f->len && (ns.upper[j - 1] || !f->caps) && ns_at_boundary(&ns, j - 1)) {
        *ntok = ns.tok[j - 1] - tok + 1;
        return f;
      }
    }
  }
  return NULL;
}


/* ------------------------------------------------------------ document stream
 * The normalised byte stream of a whole document (tokit from token 0 to
 * the last), made once per document for the memo: index_match's stream at
 * token t is this one from t's first byte on, up to its sentence's end and
 * NS_MAX bytes, and index_match_ds reads it instead of normalising the
 * same text again at every token.  The bytes' attributes are those ns_get
 * records (a token boundary before the byte differs only for a stream's
 * first byte, which is never asked); 'a capital so far' is a count of
 * capitals up to each byte. */
typedef struct dstream {
  uint32_t n;                  /* bytes */
  char *c, *lc;                /* byte as returned, tolower'd */
  uint8_t *crossed, *pend;     /* as nstream's */
  uint32_t *tok, *cu;          /* token of the byte; capitals in bytes 0..k */
  const unsigned char **p;     /* text after the byte's character */
  uint32_t *start;             /* first byte of each token; start[ntok] = n */
} dstream;

static void ds_free(dstream *ds) {
  free(ds->c); free(ds->tok); free(ds->p); free(ds->start);
  memset(ds, 0, sizeof *ds);
}

/* Appends byte c of token t (pend: more bytes of its character follow;
 * after: the text after the character). */
static inline void ds_put(dstream *ds, int c, uint8_t crossed, uint8_t pend, uint32_t t,
                          const unsigned char *after) {
  uint32_t k = ds->n++;
  int up = c >= 'A' && c <= 'Z';
  ds->c[k] = (char)c;
  ds->lc[k] = (char)(up ? c + 32 : c < 0x80 ? c : tolower(c));
  ds->crossed[k] = crossed;
  ds->pend[k] = pend;
  ds->tok[k] = t;
  ds->cu[k] = (k ? ds->cu[k - 1] : 0) + (uint32_t)up;
  ds->p[k] = after;
}

/* Builds the stream of doc (all forms set); leaves ds empty (tok NULL)
 * when out of memory. */
static void ds_build(dstream *ds, const kg_doc *doc) {
  memset(ds, 0, sizeof *ds);
  size_t nb = 0, nt = doc->ntokens;
  for (size_t t = 0; t < nt; t++) nb += strlen(doc->tokens[t].form);
  if (nb >= UINT32_MAX / 2) return;
  size_t cap = nb + 1;
  ds->c = malloc(cap * 4);                     /* c, lc, crossed, pend */
  ds->tok = malloc(cap * 2 * sizeof *ds->tok);  /* tok, cu */
  ds->p = malloc(cap * sizeof *ds->p);
  ds->start = malloc((nt + 1) * sizeof *ds->start);
  if (!ds->c || !ds->tok || !ds->p || !ds->start) { ds_free(ds); return; }
  ds->lc = ds->c + cap; ds->crossed = (uint8_t *)ds->c + 2 * cap; ds->pend = (uint8_t *)ds->c + 3 * cap;
  ds->cu = ds->tok + cap;
  uint8_t crossed = 0;
  for (uint32_t t = 0; t < nt; t++) {
    ds->start[t] = ds->n;
    if (t > 0) crossed = 1;
    const unsigned char *q = (const unsigned char *)doc->tokens[t].form;
    while (*q) {
      unsigned c0 = *q;
      if (c0 < 0x80 && c0 != ' ' && c0 != '\t' && c0 != '\n' && c0 != '\r' && c0 != '-' && c0 != '_') {
        /* ds_put of a run of such bytes, with the count and the running
         * capitals in locals */
        uint32_t k = ds->n, cu = k ? ds->cu[k - 1] : 0;
        do {
          q++;
          uint32_t up = c0 - 'A' < 26u;
          ds->c[k] = (char)c0;
          ds->lc[k] = (char)(up ? c0 + 32 : c0);
          ds->crossed[k] = crossed;
          ds->pend[k] = 0;
          ds->tok[k] = t;
          cu += up;
          ds->cu[k] = cu;
          ds->p[k] = q;
          k++;
          crossed = 0;
          c0 = *q;
        } while (c0 && c0 < 0x80 && c0 != ' ' && c0 != '\t' && c0 != '\n' && c0 != '\r' && c0 != '-' &&
                 c0 != '_');
        ds->n = k;
        continue;
      }
      char b[4]; int k;
      q += norm_char(q, b, &k, 0);
      for (int j = 0; j < k; j++) {
        ds_put(ds, (unsigned char)b[j], crossed, (uint8_t)(j + 1 < k), t, q);
        crossed = 0;
      }
    }
  }
  ds->start[nt] = ds->n;
}

/* it_at_boundary after byte k of the stream (as ns_at_boundary). */
static int ds_at_boundary(const dstream *ds, uint32_t k) {
  if (ds->pend[k]) return 0;
  const unsigned char *p = ds->p[k];
  while (*p) { char b[4]; int n; p += norm_char(p, b, &n, 0); if (n) return 0; }
  return 1;
}

/* index_match read from the document stream ds: the same result. */
static const kg_dix_form *index_match_ds(const kg_dix_index *ix, const dstream *ds, const kg_doc *doc,
                                         uint32_t tok, uint32_t *ntok) {
  if (!ix->n || !ix->has || !doc || tok >= doc->ntokens || !doc->tokens) return NULL;
  uint32_t end = sent_end(doc, tok);
  uint32_t S = ds->start[tok], lim = ds->start[end];
  uint32_t avail = lim > S ? lim - S : 0;
  if (avail > NS_MAX) avail = NS_MAX;
  if (!avail || ds->tok[S] != tok) return NULL;   /* no byte, or first token has no content */
  const char *c = ds->c + S, *lc = ds->lc + S;
  const uint8_t *crossed = ds->crossed + S;
  int np = avail < 4 ? (int)avail : 4;
  /* the prefixes' bytes read once (prefix_bit of each length masks them) */
  uint32_t v4 = 0;
  for (int j = 0; j < np; j++) v4 |= (uint32_t)(unsigned char)lc[j] << (8 * j);
  uint32_t cu0 = S ? ds->cu[S - 1] : 0;
  for (int bl = np; bl >= 2; bl--) {
    uint32_t v = bl == 4 ? v4 : v4 & ((1u << (8 * bl)) - 1);
    if (bl > 2) v = (v * 0x9E3779B1u) >> 16;
    uint32_t bit = (uint32_t)(bl - 2) << 16 | v;
    if (!((ix->has[bit >> 6] >> (bit & 63)) & 1)) continue;
    int32_t s = kg_dix_map_get(&ix->buckets, lc, (size_t)bl);
    if (s < 0) continue;
    for (int32_t i = s; i < ix->bucket_end[s]; i++) {
      const kg_dix_form *f = &ix->forms[i];
      /* a form longer than the bytes left, or differing at the byte after
       * the prefix, does not match (the loop below would say so later) */
      if (f->len > avail) continue;
      const char *x = f->exact ? c : lc;
      if (f->len > (uint32_t)bl && x[bl] != f->key[bl]) continue;
      uint32_t j = 0, len = f->len;
      for (; j < len; j++) {
        if (x[j] != f->key[j]) break;
        /* a token boundary inside a word of the form: "to go" is not "Togo" */
        if (j > 0 && crossed[j] && !(f->brk[j >> 3] & (1u << (j & 7))) &&
            wordch(f->key[j - 1]) && wordch(f->key[j]))
          break;
      }
      if (j == f->len && (ds->cu[S + j - 1] > cu0 || !f->caps) && ds_at_boundary(ds, S + j - 1)) {
        *ntok = ds->tok[S + j - 1] - tok + 1;
        return f;
      }
    }
  }
  return NULL;
}

/* ------------------------------------------------------------ match memo
 * Between kg_dict_memo_begin and kg_dict_memo_end (one thread, one document
 * and dictionary), the longest matches of actor and title forms at each
 * token are computed once: NER, actors, events and relations ask for the
 * same tokens again.  A match reads only the tokens' forms and sentences,
 * which no stage changes after segmentation; the memo is (re)built when
 * the token or sentence arrays differ from the ones it was made for, and
 * not used for arrays where a token had no form when it was built. */
typedef struct dict_memo {
  const void *d; const kg_doc *doc;
  const kg_token *tokens; const kg_sentence *sents;
  size_t ntok, nsents;
  int usable;                  /* arrays built for tokens/ntok */
  const kg_dix_form **f;              /* [2 * tok + which] */
  uint32_t *nt;
  uint8_t *known;
  dstream ds;                  /* the document's match stream (ds_build) */
} dict_memo;
static _Thread_local dict_memo *g_dm __attribute__((tls_model("initial-exec")));  /* no __tls_get_addr call */

int kg_dict_memo_begin(const kg_dict *d, const kg_doc *doc) {
  if (g_dm || !d || !doc) return 0;
  dict_memo *m = calloc(1, sizeof *m);
  if (!m) return 0;
  m->d = d; m->doc = doc;
  g_dm = m;
  return 1;
}

static void memo_drop(dict_memo *m) {
  free(m->f); free(m->nt); free(m->known);
  m->f = NULL; m->nt = NULL; m->known = NULL;
  ds_free(&m->ds);
  m->usable = 0;
}

void kg_dict_memo_end(int begun) {
  if (!begun || !g_dm) return;
  memo_drop(g_dm);
  free(g_dm);
  g_dm = NULL;
}

/* The memo serving (d, doc) now, or NULL. */
static dict_memo *memo_for(const void *d, const kg_doc *doc) {
  dict_memo *m = g_dm;
  if (!m || m->d != d || m->doc != doc || !doc->tokens || !doc->ntokens) return NULL;
  if (m->tokens != doc->tokens || m->ntok != doc->ntokens || m->sents != doc->sents ||
      m->nsents != doc->nsents) {
    memo_drop(m);
    m->tokens = doc->tokens; m->ntok = doc->ntokens;
    m->sents = doc->sents; m->nsents = doc->nsents;
    for (size_t i = 0; i < doc->ntokens; i++)
      if (!doc->tokens[i].form) return NULL;
    m->f = malloc(2 * m->ntok * sizeof *m->f);
    m->nt = malloc(2 * m->ntok * sizeof *m->nt);
    m->known = calloc(2 * m->ntok, 1);
    if (!m->f || !m->nt || !m->known) { memo_drop(m); return NULL; }
    ds_build(&m->ds, doc);   /* without memory: index_match as before */
    m->usable = 1;
  }
  return m->usable ? m : NULL;
}

/* index_match of actor (which 0) or title (1) forms, through the memo. */
const kg_dix_form *kg_dix_match(const void *d, const kg_dix_index *ix, int which,
                                const kg_doc *doc, uint32_t tok, uint32_t *ntok) {
  dict_memo *m = doc && tok < doc->ntokens ? memo_for(d, doc) : NULL;
  if (!m) return index_match(ix, doc, tok, ntok);
  size_t k = 2 * (size_t)tok + (size_t)which;
  if (!m->known[k]) {
    uint32_t nt = 0;
    m->f[k] = m->ds.tok ? index_match_ds(ix, &m->ds, doc, tok, &nt) : index_match(ix, doc, tok, &nt);
    m->nt[k] = nt;
    m->known[k] = 1;
  }
  if (m->f[k]) *ntok = m->nt[k];
  return m->f[k];
}


static int eq_nocase(const char *a, const char *b) {
  for (; *a && *b; a++, b++) if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

int kg_dix_upos_of(const char *s) {
  if (!s) return 0;
  const char *h = strrchr(s, '#');
  if (h) s = h + 1;
  if (eq_nocase(s, "VERB")) return KG_UPOS_VERB;
  if (eq_nocase(s, "NOUN")) return KG_UPOS_NOUN;
  if (eq_nocase(s, "ADJ")) return KG_UPOS_ADJ;
  if (eq_nocase(s, "PROPN")) return KG_UPOS_PROPN;
  return 0;
}

uint32_t kg_dict_title_before(const kg_dict *dict, const kg_doc *doc, uint32_t tok, uint32_t lo) {
  const kg_title *ti;
  for (uint32_t n = 1; n <= 3 && tok >= lo + n; n++)
    if (kg_dict_match_title(dict, doc, tok - n, &ti) == n) return n;
  return 0;
}

/* s lower-cased into buf (curly apostrophes as '), its length; *hash:
 * its kg_dix_map hash. */
size_t kg_dix_lower_into(const char *s, char *buf, size_t cap, uint32_t *hash) {
  size_t n = 0;
  uint32_t h = KG_DIX_H0;
  const unsigned char *p = (const unsigned char *)s;
  while (*p && n + 1 < cap) {
    unsigned c = *p;
    if (c == 0xE2 && p[1] == 0x80 && (p[2] == 0x99 || p[2] == 0x98)) {
      c = '\'';
      p += 3;
    } else {
      /* ASCII inline: what tolower does to it */
      c = c < 0x80 ? (c - 'A' < 26u ? c + 32 : c) : (unsigned char)tolower((int)c);
      p++;
    }
    buf[n++] = (char)c;
    h = kg_dix_hash_step(h, (unsigned char)c);
  }
  buf[n] = 0;
  *hash = h;
  return n;
}

/* lower_into's key of s: s itself, hashed in place, when it has no byte
 * lower_into would change (A-Z; from 0x80 on, tolower and the curly quotes)
 * and fits buf (lemmas nearly always: no copy), else lowered into buf
 * (speed) */
const char *kg_dix_key(const char *s, char *buf, size_t cap, size_t *len, uint32_t *hash) {
  uint32_t h = KG_DIX_H0;
  size_t i = 0;
  for (; s[i]; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((unsigned)(c - 'A') < 26u || c >= 0x80 || i + 1 >= cap) break;
    h = kg_dix_hash_step(h, c);
  }
  if (s[i]) {
    *len = kg_dix_lower_into(s, buf, cap, hash);
    return buf;
  }
  *len = i;
  *hash = h;
  return s;
}
