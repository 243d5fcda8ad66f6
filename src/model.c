/* model.c — the model file container (see model.h for the layout).
 *
 * Owns: header and end-marker checks with messages naming the file, and the
 * little-endian put/get helpers.  Does not own: the content of any model
 * (tagger.c, parser.c, ner.c) nor the weight tables (perceptron.c).
 */
#define _DEFAULT_SOURCE   /* madvise */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif
#include "model.h"

#define KG_MODEL_END "END."

kg_status kg_model_fail(const char *path, const kg_logger *log, const char *what)
{
  kg_logf(log, KG_LOG_ERROR, path, "corrupt or truncated model file (%s)", what);
  return KG_ERR_MODEL;
}

static kg_status put(FILE *f, const void *p, size_t n)
{
  return (n == 0 || fwrite(p, 1, n, f) == n) ? KG_OK : KG_ERR_IO;
}

static kg_status get(FILE *f, void *p, size_t n)
{
  if (n <= 16) {   /* small fields: no fread call per field */
    unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
      int c = getc_unlocked(f);
      if (c == EOF) return KG_ERR_MODEL;
      b[i] = (unsigned char)c;
    }
    return KG_OK;
  }
  return fread(p, 1, n, f) == n ? KG_OK : KG_ERR_MODEL;
}

kg_status kg_model_get_raw(FILE *f, void *p, size_t n) { return get(f, p, n); }

kg_status kg_model_get_u64_pairs(FILE *f, uint64_t *a, uint64_t *b, uint32_t n)
{
  enum { BLOCK = 2048 };
  unsigned char buf[BLOCK * 16];
  for (uint32_t i = 0; i < n;) {
    uint32_t m = n - i < BLOCK ? n - i : BLOCK;
    if (fread(buf, 16, m, f) != m) return KG_ERR_MODEL;
    for (uint32_t j = 0; j < m; j++, i++) {
      const unsigned char *x = buf + 16 * (size_t)j;
      uint64_t u = 0, v = 0;
      for (int k = 7; k >= 0; k--) { u = u << 8 | x[k]; v = v << 8 | x[8 + k]; }
      a[i] = u;
      b[i] = v;
    }
  }
  return KG_OK;
}

kg_status kg_model_put_u32(FILE *f, uint32_t v)
{
  unsigned char b[4];
  for (int i = 0; i < 4; i++) b[i] = (v >> (8 * i)) & 255;
  return put(f, b, 4);
}

kg_status kg_model_put_u64(FILE *f, uint64_t v)
{
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (v >> (8 * i)) & 255;
  return put(f, b, 8);
}

kg_status kg_model_put_f32(FILE *f, float v)
{
  uint32_t u;
  memcpy(&u, &v, 4);
  return kg_model_put_u32(f, u);
}

kg_status kg_model_get_u32(FILE *f, uint32_t *v)
{
  unsigned char b[4];
  if (get(f, b, 4)) return KG_ERR_MODEL;
  *v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
  return KG_OK;
}

kg_status kg_model_get_u64(FILE *f, uint64_t *v)
{
  unsigned char b[8];
  if (get(f, b, 8)) return KG_ERR_MODEL;
  uint64_t x = 0;
  for (int i = 7; i >= 0; i--) x = x << 8 | b[i];
  *v = x;
  return KG_OK;
}

kg_status kg_model_get_f32(FILE *f, float *v)
{
  uint32_t u;
  if (kg_model_get_u32(f, &u)) return KG_ERR_MODEL;
  memcpy(v, &u, 4);
  return KG_OK;
}

kg_status kg_model_put_section(FILE *f, const char tag[4]) { return put(f, tag, 4); }

kg_status kg_model_expect_section(FILE *f, const char tag[4])
{
  char b[4];
  if (get(f, b, 4) || memcmp(b, tag, 4) != 0) return KG_ERR_MODEL;
  return KG_OK;
}

kg_status kg_model_put_bytes(FILE *f, const void *p, uint32_t n)
{
  kg_status st = kg_model_put_u32(f, n);
  return st ? st : put(f, p, n);
}

kg_status kg_model_get_bytes(FILE *f, void **p, uint32_t *n)
{
  *p = NULL;
  if (kg_model_get_u32(f, n) || *n > KG_MODEL_MAX_ITEMS) return KG_ERR_MODEL;
  if (*n == 0) return KG_OK;
  void *b = malloc(*n);
  if (!b) return KG_ERR_NOMEM;
  if (get(f, b, *n)) { free(b); return KG_ERR_MODEL; }
  *p = b;
  return KG_OK;
}

/* A string is u32 length+1 (0 = NULL) then its bytes. */
kg_status kg_model_put_str(FILE *f, const char *s)
{
  if (!s) return kg_model_put_u32(f, 0);
  size_t n = strlen(s);
  if (n >= KG_MODEL_MAX_ITEMS) return KG_ERR_IO;
  kg_status st = kg_model_put_u32(f, (uint32_t)n + 1);
  return st ? st : put(f, s, n);
}

kg_status kg_model_get_str(FILE *f, char **s)
{
  uint32_t n;
  *s = NULL;
  if (kg_model_get_u32(f, &n) || n > KG_MODEL_MAX_ITEMS) return KG_ERR_MODEL;
  if (n == 0) return KG_OK;
  char *b = malloc(n);
  if (!b) return KG_ERR_NOMEM;
  if (get(f, b, n - 1)) { free(b); return KG_ERR_MODEL; }
  b[n - 1] = 0;
  *s = b;
  return KG_OK;
}

/* u32 count, u32 total bytes, then each string NUL-terminated. */
kg_status kg_model_put_strings(FILE *f, const char *const *s, uint32_t n)
{
  size_t total = 0;
  for (uint32_t i = 0; i < n; i++) total += strlen(s[i] ? s[i] : "") + 1;
  if (total >= KG_MODEL_MAX_ITEMS) return KG_ERR_IO;
  kg_status st = kg_model_put_u32(f, n);
  if (!st) st = kg_model_put_u32(f, (uint32_t)total);
  for (uint32_t i = 0; !st && i < n; i++) {
    const char *x = s[i] ? s[i] : "";
    st = put(f, x, strlen(x) + 1);
  }
  return st;
}

kg_status kg_model_get_strings(FILE *f, char ***s, uint32_t *n)
{
  uint32_t total;
  *s = NULL;
  if (kg_model_get_u32(f, n) || kg_model_get_u32(f, &total) ||
      *n > KG_MODEL_MAX_ITEMS || total > KG_MODEL_MAX_ITEMS || total < *n)
    return KG_ERR_MODEL;
  size_t head = ((size_t)*n + 1) * sizeof(char *);
  char **tab = malloc(head + total + 1);
  if (!tab) return KG_ERR_NOMEM;
  char *data = (char *)tab + head;
  if (get(f, data, total)) { free(tab); return KG_ERR_MODEL; }
  data[total] = 0;
  size_t off = 0;
  for (uint32_t i = 0; i < *n; i++) {
    if (off >= total) { free(tab); return KG_ERR_MODEL; }
    tab[i] = data + off;
    off += strlen(data + off) + 1;
  }
  if (off != total) { free(tab); return KG_ERR_MODEL; }
  tab[*n] = NULL;
  *s = tab;
  return KG_OK;
}

kg_status kg_model_put_u32s(FILE *f, const uint32_t *a, uint32_t n)
{
  kg_status st = kg_model_put_u32(f, n);
  for (uint32_t i = 0; !st && i < n; i++) st = kg_model_put_u32(f, a[i]);
  return st;
}

kg_status kg_model_get_u32s(FILE *f, uint32_t **a, uint32_t *n)
{
  *a = NULL;
  if (kg_model_get_u32(f, n) || *n > KG_MODEL_MAX_ITEMS) return KG_ERR_MODEL;
  if (*n == 0) return KG_OK;
  unsigned char *raw = malloc((size_t)*n * 4);
  uint32_t *x = malloc((size_t)*n * sizeof *x);
  if (!raw || !x) { free(raw); free(x); return KG_ERR_NOMEM; }
  if (get(f, raw, (size_t)*n * 4)) { free(raw); free(x); return KG_ERR_MODEL; }
  for (uint32_t i = 0; i < *n; i++) {
    const unsigned char *b = raw + 4 * (size_t)i;
    x[i] = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
  }
  free(raw);
  *a = x;
  return KG_OK;
}

kg_status kg_model_put_f32s(FILE *f, const float *a, uint32_t n)
{
  kg_status st = kg_model_put_u32(f, n);
  for (uint32_t i = 0; !st && i < n; i++) st = kg_model_put_f32(f, a[i]);
  return st;
}

kg_status kg_model_get_f32s(FILE *f, float **a, uint32_t *n)
{
  uint32_t *u;
  kg_status st = kg_model_get_u32s(f, &u, n);
  if (st) { *a = NULL; return st; }
  float *x = (float *)u;           /* same size; reinterpret in place */
  for (uint32_t i = 0; i < *n; i++) { uint32_t v = u[i]; memcpy(&x[i], &v, 4); }
  *a = x;
  return KG_OK;
}

kg_status kg_model_create(const char *path, const char *kind,
                          const kg_logger *log, FILE **out)
{
  return kg_model_create_v(path, kind, KG_MODEL_VERSION, log, out);
}

kg_status kg_model_create_v(const char *path, const char *kind, uint32_t version,
                            const kg_logger *log, FILE **out)
{
  *out = NULL;
  FILE *f = fopen(path, "wb");
  if (!f) {
    kg_logf(log, KG_LOG_ERROR, path, "cannot create model file: %s", strerror(errno));
    return KG_ERR_IO;
  }
  kg_status st = put(f, KG_MODEL_MAGIC, 4);
  if (!st) st = kg_model_put_u32(f, version);
  if (!st) st = kg_model_put_str(f, kind);
  if (st) {
    kg_logf(log, KG_LOG_ERROR, path, "cannot write model file");
    fclose(f);
    return KG_ERR_IO;
  }
  *out = f;
  return KG_OK;
}

kg_status kg_model_finish(FILE *f, const char *path, const kg_logger *log)
{
  kg_status st = put(f, KG_MODEL_END, 4);
  if (fflush(f) != 0 || ferror(f)) st = KG_ERR_IO;
  if (fclose(f) != 0) st = KG_ERR_IO;
  if (st) kg_logf(log, KG_LOG_ERROR, path, "error writing model file: %s", strerror(errno));
  return st;
}

kg_status kg_model_open(const char *path, const char *kind,
                        const kg_logger *log, FILE **out)
{
  uint32_t version;
  return kg_model_open_v(path, kind, KG_MODEL_VERSION, log, out, &version);
}

kg_status kg_model_open_v(const char *path, const char *kind, uint32_t maxversion,
                          const kg_logger *log, FILE **out, uint32_t *version)
{
  *out = NULL;
  *version = 0;
  FILE *f = fopen(path, "rb");
  if (!f) {
    kg_logf(log, KG_LOG_ERROR, path, "cannot open model file: %s", strerror(errno));
    return KG_ERR_IO;
  }
  char magic[4];
  uint32_t v = 0;
  char *k = NULL;
  if (get(f, magic, 4) || memcmp(magic, KG_MODEL_MAGIC, 4) != 0) {
    kg_logf(log, KG_LOG_ERROR, path, "not a kgbuild model file (bad magic; expected \"%s\")",
            KG_MODEL_MAGIC);
    fclose(f);
    return KG_ERR_MODEL;
  }
  if (kg_model_get_u32(f, &v) || v < KG_MODEL_VERSION || v > maxversion) {
    char known[64];
    if (maxversion > KG_MODEL_VERSION)
      snprintf(known, sizeof known, "versions %u to %u", KG_MODEL_VERSION, (unsigned)maxversion);
    else
      snprintf(known, sizeof known, "version %u", KG_MODEL_VERSION);
    kg_logf(log, KG_LOG_ERROR, path,
            "model file format version %u is not supported (this build reads %s of %s models); "
            "use the kgbuild that wrote it, or retrain the model with `kgbuild train`",
            (unsigned)v, known, kind);
    fclose(f);
    return KG_ERR_MODEL;
  }
  if (kg_model_get_str(f, &k) || !k || strcmp(k, kind) != 0) {
    kg_logf(log, KG_LOG_ERROR, path, "model file is a %s model, expected a %s model",
            k ? k : "(unreadable)", kind);
    free(k);
    fclose(f);
    return KG_ERR_MODEL;
  }
  free(k);
  *version = v;
  *out = f;
  return KG_OK;
}

kg_status kg_model_close(FILE *f, const char *path, const kg_logger *log)
{
  char end[4];
  kg_status st = KG_OK;
  if (get(f, end, 4) || memcmp(end, KG_MODEL_END, 4) != 0 || getc(f) != EOF)
    st = kg_model_fail(path, log, "bad end marker");
  fclose(f);
  return st;
}

void *kg_model_huge_copy(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  size_t huge = (size_t)2 << 20;
  if (!p || n < huge) return p;
  void *q = NULL;
  if (posix_memalign(&q, huge, n) != 0) return p;
  /* only whole 2 MB pages: a partly used one would count whole */
  (void)madvise(q, n & ~(huge - 1), MADV_HUGEPAGE);
  memcpy(q, p, n);
  free(p);
  return q;
#else
  (void)n;
  return p;
#endif
}

void *kg_model_huge_dup(const void *src, size_t n)
{
  void *q = NULL;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  size_t huge = (size_t)2 << 20;
  if (n >= huge) {
    if (posix_memalign(&q, huge, n) != 0) return NULL;
    (void)madvise(q, n & ~(huge - 1), MADV_HUGEPAGE);
  }
#endif
  if (!q && !(q = malloc(n ? n : 1))) return NULL;
  if (n) memcpy(q, src, n);
  return q;
}

kg_status kg_model_view_get(FILE *f, size_t n, kg_model_view *v)
{
  memset(v, 0, sizeof *v);
#if defined(__linux__)
  struct stat st;
  long pos = n >= KG_MODEL_VIEW_MIN ? ftell(f) : -1;
  long pg = sysconf(_SC_PAGESIZE);
  if (pos >= 0 && pg > 0 && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)
      && (uint64_t)st.st_size >= (uint64_t)pos + n) {
    off_t off = (off_t)(pos - pos % pg);
    size_t len = (size_t)(pos - off) + n;
    void *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fileno(f), off);
    if (m != MAP_FAILED) {
      if (fseek(f, pos + (long)n, SEEK_SET) != 0) {
        munmap(m, len);
        return KG_ERR_MODEL;
      }
      v->base = m;
      v->len = len;
      v->p = (const unsigned char *)m + (pos - off);
      v->mapped = 1;
      return KG_OK;
    }
  }
#endif
  unsigned char *b = malloc(n ? n : 1);
  if (!b) return KG_ERR_NOMEM;
  if (n && fread(b, 1, n, f) != n) { free(b); return KG_ERR_MODEL; }
  v->base = b;
  v->len = n;
  v->p = b;
  return KG_OK;
}

void kg_model_unview(kg_model_view *v)
{
#if defined(__linux__)
  if (v->mapped) munmap(v->base, v->len);
  else
#endif
    free(v->base);
  memset(v, 0, sizeof *v);
}
