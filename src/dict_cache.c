/* dict_cache.c — the compiled binary cache of dictionary Turtle files (see
 * dict_cache.h).  Owns: hashing a file's bytes, the cache directory and
 * file format, reading (mapped, validated) and writing (atomic rename);
 * the source file's bytes for dict.c (mapped while it loads).
 * Does not own: Turtle parsing or the meaning of the triples (dict.c).
 *
 * File name: dict-<hash of the source's real path>-<key>-<length>.bin;
 * writing one prunes the directory (see prune_others).
 * File format (host byte order; the magic includes a format version and a
 * byte-order word, so a file from another machine is simply not used):
 *   char magic[8] "KGDC0001", u64 0x0102030405060708,
 *   u64 key, u64 srclen, u64 nblob, u64 nt, u64 checksum of the payload,
 *   payload: blob (nblob bytes of NUL-terminated strings, padded to 8),
 *            nt x { u32 s, u32 p, u32 o, u32 kind } (offsets into blob)
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE   /* MAP_POPULATE */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <dirent.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include "dict_cache.h"

#define DC_MAGIC "KGDC0001"
#define DC_BOM 0x0102030405060708ULL
#define DC_HDR (8 + 6 * 8)

/* A fast 64-bit hash, 8 bytes a step (not cryptographic: it detects a
 * changed file, which a trusted local cache needs, not an adversary). */
uint64_t kg_dc_hash(const void *p, size_t n, uint64_t seed)
{
  const unsigned char *s = p;
  uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, s + i, 8);
    v *= 0x87c37b91114253d5ULL;
    v = (v << 31) | (v >> 33);
    h ^= v * 0x4cf5ad432745937fULL;
    h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
  }
  uint64_t t = 0;
  for (size_t k = 0; i < n; i++, k++) t |= (uint64_t)s[i] << (8 * k);
  h ^= t * 0x87c37b91114253d5ULL;
  h ^= h >> 33; h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

char *kg_dc_cache_dir(void)
{
  const char *off = getenv("KGBUILD_NO_CACHE");
  if (off && *off && strcmp(off, "0") != 0) return NULL;
  const char *d = getenv("KGBUILD_CACHE_DIR");
  char *out;
  if (d && *d) return strdup(d);
  const char *x = getenv("XDG_CACHE_HOME");
  const char *h = getenv("HOME");
  if (x && *x == '/') {
    if (!(out = malloc(strlen(x) + 16))) return NULL;
    sprintf(out, "%s/kgbuild", x);
  } else if (h && *h == '/') {
    if (!(out = malloc(strlen(h) + 24))) return NULL;
    sprintf(out, "%s/.cache/kgbuild", h);
  } else {
    return NULL;
  }
  return out;
}

char *kg_dc_file(const char *srcpath, uint64_t seed, const char *prefix, const char *rest)
{
  char *dir = kg_dc_cache_dir();
  if (!dir) return NULL;
  char *abs = realpath(srcpath, NULL);
  const char *sp = abs ? abs : srcpath;
  uint64_t ph = kg_dc_hash(sp, strlen(sp), seed);
  free(abs);
  char *p = malloc(strlen(dir) + strlen(prefix) + strlen(rest) + 24);
  if (p) sprintf(p, "%s/%s-%016llx-%s", dir, prefix, (unsigned long long)ph, rest);
  free(dir);
  return p;
}

char *kg_dc_path(const char *srcpath, const void *src, size_t len, uint64_t *key)
{
  if (len < KG_DC_MIN_BYTES) return NULL;
  char *dir = kg_dc_cache_dir();     /* no hashing when the cache is off */
  if (!dir) return NULL;
  free(dir);
  *key = kg_dc_hash(src, len, 0x6b67646963740001ULL);
  char rest[48];
  snprintf(rest, sizeof rest, "%016llx-%zu.bin", (unsigned long long)*key, len);
  return kg_dc_file(srcpath, 0x70617468ULL, "dict", rest);
}

/* Keeps the cache directory small; after writing `path` it removes the
 * other dict-*.bin files that are: caches of the same source path (an
 * edited ontology), caches of the same bytes under another path (copies in
 * temporary files), files of an older naming scheme, or files unused (not
 * read or written) for DC_MAX_AGE days. */
#define DC_MAX_AGE (30L * 24 * 3600)

static int is_hex16(const char *s)
{
  for (int i = 0; i < 16; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return 0;
  return 1;
}

static void prune_others(const char *path)
{
  const char *slash = strrchr(path, '/');
  const char *name = slash ? slash + 1 : NULL;
  if (!name || strlen(name) < 44) return;
  size_t dl = (size_t)(slash - path);
  char *dir = malloc(dl + 1);
  if (!dir) return;
  memcpy(dir, path, dl);
  dir[dl] = 0;
  const char *same_bytes = name + 21;  /* "-<key>-<len>.bin" */
  time_t now = time(NULL);
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d))) {
      const char *n = e->d_name;
      size_t l = strlen(n);
      if (strncmp(n, "dict-", 5) != 0 || l < 9 || strcmp(n + l - 4, ".bin") != 0 || strcmp(n, name) == 0)
        continue;
      char *q = malloc(dl + l + 2);
      if (!q) break;
      sprintf(q, "%s/%s", dir, n);
      int current = l >= 44 && is_hex16(n + 5) && n[21] == '-' && is_hex16(n + 22) && n[38] == '-';
      struct stat st;
      if (!current || strncmp(n, name, 22) == 0 || strcmp(n + 21, same_bytes) == 0 ||
          (stat(q, &st) == 0 && now - st.st_mtime > DC_MAX_AGE))
        remove(q);
      free(q);
    }
    closedir(d);
  }
  free(dir);
}

/* The file is mapped (read-only, its pages the page cache's: no copy into
 * fresh memory, shared by runs); a file is only ever replaced by rename,
 * never written in place, so the mapping keeps the bytes it was checked
 * with for the process's life. */
int kg_dc_read(const char *path, uint64_t key, size_t srclen, kg_dc_view *v)
{
  memset(v, 0, sizeof *v);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  struct stat st;
  unsigned char *m = MAP_FAILED;
  size_t sz = 0;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= DC_HDR) {
    sz = (size_t)st.st_size;
    m = mmap(NULL, sz, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (m != MAP_FAILED && time(NULL) - st.st_mtime > 24 * 3600)
      (void)futimens(fd, NULL);        /* in use: not pruned as old */
  }
  close(fd);
  if (m == MAP_FAILED) return 0;
  uint64_t h[6];
  memcpy(h, m + 8, sizeof h);
  uint64_t nblob = h[3], nt = h[4];
  size_t pad = (size_t)((nblob + 7) & ~7ULL);
  if (memcmp(m, DC_MAGIC, 8) != 0 || h[0] != DC_BOM || h[1] != key || h[2] != srclen ||
      nblob > sz || nt > sz / 16 || DC_HDR + pad + nt * 16 != sz ||
      (nblob && m[DC_HDR + nblob - 1] != 0) ||
      kg_dc_hash(m + DC_HDR, sz - DC_HDR, h[1]) != h[5]) {
    munmap(m, sz);
    return 0;
  }
  const uint32_t *tri = (const uint32_t *)(m + DC_HDR + pad);
  for (size_t i = 0; i < nt * 4; i += 4)
    if (tri[i] >= nblob || tri[i + 1] >= nblob || tri[i + 2] >= nblob || tri[i + 3] > 7) {
      munmap(m, sz);
      return 0;
    }
  v->mem = m;
  v->blob = (const char *)m + DC_HDR;
  v->nblob = (size_t)nblob;
  v->tri = tri;
  v->nt = (size_t)nt;
  return 1;
}

void kg_dc_view_free(void *mem)
{
  if (!mem) return;
  uint64_t h[6];
  memcpy(h, (const unsigned char *)mem + 8, sizeof h);   /* checked when mapped: the length */
  munmap(mem, DC_HDR + (size_t)((h[3] + 7) & ~7ULL) + (size_t)h[4] * 16);
}

/* The source mapped: it is only read while loading (dict.c releases it
 * before returning), so no string of the dictionary points into it. */
int kg_dc_source_read(const char *path, kg_dc_src *s)
{
  memset(s, 0, sizeof *s);
  FILE *f = fopen(path, "rb");
  if (!f) return 1;
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fileno(f), 0);
    if (m != MAP_FAILED) {
      fclose(f);
      s->p = m; s->len = (size_t)st.st_size; s->base = m; s->maplen = s->len;
      return 0;
    }
  }
  size_t cap = 1 << 16, len = 0, got;
  unsigned char *buf = malloc(cap);
  while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
    len += got;
    if (len == cap) {
      unsigned char *nb = realloc(buf, cap * 2);
      if (!nb) { free(buf); buf = NULL; break; }
      buf = nb; cap *= 2;
    }
  }
  int rerr = ferror(f);
  fclose(f);
  if (!buf) return 2;
  if (rerr) { free(buf); return 3; }
  s->p = buf; s->len = len; s->base = buf;
  return 0;
}

void kg_dc_source_free(kg_dc_src *s)
{
  if (s->maplen) munmap(s->base, s->maplen);
  else free(s->base);
  memset(s, 0, sizeof *s);
}

/* ---- writing: strings are deduplicated through an open-addressing set */
typedef struct dc_set { const char **k; uint32_t *off; size_t cap; } dc_set;

static int dc_intern(dc_set *s, const char *str, char **blob, size_t *n, size_t *cap, uint32_t *out)
{
  size_t l = strlen(str);
  size_t i = (size_t)kg_dc_hash(str, l, 1) & (s->cap - 1);
  while (s->k[i]) {
    if (strcmp(s->k[i], str) == 0) { *out = s->off[i]; return 1; }
    i = (i + 1) & (s->cap - 1);
  }
  if (*n + l + 1 > *cap) {
    size_t nc = *cap ? *cap * 2 : 65536;
    while (nc < *n + l + 1) nc *= 2;
    char *nb = realloc(*blob, nc);
    if (!nb) return 0;
    *blob = nb; *cap = nc;
  }
  if (*n + l + 1 > 0xffffffffu) return 0;
  memcpy(*blob + *n, str, l + 1);
  s->k[i] = str; s->off[i] = (uint32_t)*n;
  *out = (uint32_t)*n;
  *n += l + 1;
  return 1;
}

int kg_dc_mkdir_p(const char *path)
{
  char *p = strdup(path);
  if (!p) return 0;
  for (char *q = p + 1; *q; q++) {
    if (*q != '/') continue;
    *q = 0;
    if (mkdir(p, 0755) != 0 && errno != EEXIST) { free(p); return 0; }
    *q = '/';
  }
  free(p);
  return 1;
}

int kg_dc_write(const char *path, uint64_t key, size_t srclen, const kg_dc_triple *t, size_t nt)
{
  dc_set s;
  s.cap = 1024;
  while (s.cap < nt * 6 + 16) s.cap *= 2;
  s.k = calloc(s.cap, sizeof *s.k);
  s.off = calloc(s.cap, sizeof *s.off);
  uint32_t *tri = malloc((nt ? nt : 1) * 16);
  char *blob = NULL, *tmp = NULL;
  size_t nb = 0, bcap = 0;
  int ok = s.k && s.off && tri;
  for (size_t i = 0; ok && i < nt; i++) {
    ok = dc_intern(&s, t[i].s, &blob, &nb, &bcap, &tri[4 * i]) &&
         dc_intern(&s, t[i].p, &blob, &nb, &bcap, &tri[4 * i + 1]) &&
         dc_intern(&s, t[i].o, &blob, &nb, &bcap, &tri[4 * i + 2]);
    tri[4 * i + 3] = t[i].kind;
  }
  size_t pad = (nb + 7) & ~(size_t)7;
  if (ok && pad > bcap) {
    char *b2 = realloc(blob, pad ? pad : 8);
    if (!b2) ok = 0; else { blob = b2; bcap = pad; }
  }
  if (ok) memset(blob + nb, 0, pad - nb);
  size_t plen = pad + nt * 16;
  unsigned char *payload = ok ? malloc(plen ? plen : 1) : NULL;
  ok = ok && payload;
  if (ok) {
    memcpy(payload, blob, pad);
    memcpy(payload + pad, tri, nt * 16);
  }
  FILE *f = NULL;
  if (ok && kg_dc_mkdir_p(path) && (tmp = malloc(strlen(path) + 32))) {
    sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
    f = fopen(tmp, "wb");
  }
  if (ok && f) {
    uint64_t h[6] = { DC_BOM, key, (uint64_t)srclen, (uint64_t)nb, (uint64_t)nt, 0 };
    h[5] = kg_dc_hash(payload, plen, key);
    ok = fwrite(DC_MAGIC, 1, 8, f) == 8 && fwrite(h, sizeof h, 1, f) == 1 &&
         (plen == 0 || fwrite(payload, 1, plen, f) == plen);
    ok = (fclose(f) == 0) && ok;
    if (ok) ok = rename(tmp, path) == 0;
    if (!ok) remove(tmp);
    else prune_others(path);
  } else {
    ok = 0;
  }
  free(tmp); free(payload); free(blob); free(tri); free(s.k); free(s.off);
  return ok;
}
