/* ap_cache.c — the models' load-time layout cache (see ap_cache.h).
 * Owns: the cache file's key, format, checks, mapping and writing.  Does
 * not own: the table's forms in the model file (perceptron_io.c), the
 * cache directory's choice and the file's path (kg_dc_file, dict_cache.c),
 * the model files.
 *
 * File name: ap-<hash of the model's real path>-<offset of the table>.bin
 * (a changed model rewrites the same file).  Format (host byte order; the
 * magic holds a format version, the byte-order word rejects another
 * machine's file):
 *   char magic[8] "KGAPC001", u64 0x0102030405060708,
 *   u64 build (the library's file: size, times), u64 source (the model
 *   file's device, inode, size, times), u64 start, u64 flen (the table's
 *   offset and length in the model file), u32 kind, u32 maxfeat,
 *   u32 nclass, u32 log2, u32 averaged, f32 iscale, u64 npool,
 *   u64 file length, u64 checksum of the payload;
 *   zeros to 4096 bytes; the row index (2^log2 x u32) padded with zeros
 *   to 64 bytes; the pool (npool cells, KG_AP_POOL_PAD zero cells) padded
 *   with zeros to 64 bytes.
 * The file is mapped read-only (loaded tables are never written); its
 * pages are the page cache's, shared by runs and by -j workers.  Written
 * by a temporary file and rename, so a mapping never sees a file change.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* dladdr, MAP_POPULATE */
#endif
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ap_cache.h"
#include "perceptron_impl.h"
#include "dict_cache.h"

#define APC_MAGIC "KGAPC001"
#define APC_BOM 0x0102030405060708ULL
#define APC_HDR 4096u
/* Model files smaller than this are read directly (test models, temporary
 * files: no cache file each). */
#define APC_MIN_FILE (1L << 20)

typedef struct apc_hdr {
  char magic[8];
  uint64_t bom, build, src, start, flen;
  uint32_t kind, maxfeat, nclass, log2, averaged, iscale;
  uint64_t npool, len, sum;
} apc_hdr;

/* A checksum of whole 32-byte blocks: Fletcher's sums over 64-bit words in
 * four lanes (a: the words, b: the running a's), cheap per byte (adds the
 * compiler vectorises: the whole payload is checked on every load); any
 * one changed word changes a, two words swapped change b. */
typedef struct apc_sum { uint64_t a[4], b[4]; unsigned char buf[32]; size_t nbuf; FILE *f; int ok; } apc_sum;

static void sum_blocks(apc_sum *s, const unsigned char *p, size_t n)
{
  uint64_t a[4], b[4];
  memcpy(a, s->a, sizeof a);
  memcpy(b, s->b, sizeof b);
  for (size_t i = 0; i + 32 <= n; i += 32) {
    uint64_t w[4];
    memcpy(w, p + i, 32);
    for (int j = 0; j < 4; j++) {
      a[j] += w[j];
      b[j] += a[j];
    }
  }
  memcpy(s->a, a, sizeof a);
  memcpy(s->b, b, sizeof b);
}

static uint64_t sum_final(const apc_sum *s, uint64_t len)
{
  uint64_t h = len * 0xff51afd7ed558ccdULL;
  for (int i = 0; i < 4; i++) {
    h ^= s->a[i];
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 31;
    h ^= s->b[i];
    h *= 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
  }
  return h;
}

static void sum_init(apc_sum *s, FILE *f)
{
  memset(s, 0, sizeof *s);
  for (int i = 0; i < 4; i++) s->a[i] = (uint64_t)i + 1;
  s->f = f;
  s->ok = 1;
}

/* Adds n bytes (p NULL: zeros) to the sum and, with a file, writes them. */
static void sum_put(apc_sum *s, const void *p, size_t n)
{
  static const unsigned char zero[64];
  const unsigned char *x = p;
  while (n > 0 && s->ok) {
    if (s->nbuf > 0 || n < 32 || !x) {
      size_t k = 32 - s->nbuf < n ? 32 - s->nbuf : n;
      memcpy(s->buf + s->nbuf, x ? x : zero, k);
      s->nbuf += k;
      if (x) x += k;
      n -= k;
      if (s->nbuf == 32) {
        sum_blocks(s, s->buf, 32);
        if (s->f && fwrite(s->buf, 1, 32, s->f) != 32) s->ok = 0;
        s->nbuf = 0;
      }
      continue;
    }
    size_t k = n & ~(size_t)31;
    sum_blocks(s, x, k);
    if (s->f && fwrite(x, 1, k, s->f) != k) s->ok = 0;
    x += k;
    n -= k;
  }
}

static size_t pad64(size_t n) { return (n + 63) & ~(size_t)63; }

/* The library's (or program's) own file: a rebuild gives a new key. */
static uint64_t build_key(void)
{
  Dl_info di;
  struct stat st;
  const char *self = dladdr((void *)kg_apc_read, &di) && di.dli_fname && *di.dli_fname ? di.dli_fname
                                                                                        : "/proc/self/exe";
  if (stat(self, &st) != 0 && stat("/proc/self/exe", &st) != 0) return 0;
  uint64_t k[6] = { (uint64_t)st.st_size, (uint64_t)st.st_mtim.tv_sec, (uint64_t)st.st_mtim.tv_nsec,
                    (uint64_t)st.st_ino, sizeof(struct kg_ap), KG_AP_POOL_PAD };
  return kg_dc_hash(k, sizeof k, 0x6b676170630001ULL) | 1;
}

static uint64_t source_key(const struct stat *st)
{
  uint64_t k[7] = { (uint64_t)st->st_dev, (uint64_t)st->st_ino, (uint64_t)st->st_size,
                    (uint64_t)st->st_mtim.tv_sec, (uint64_t)st->st_mtim.tv_nsec,
                    (uint64_t)st->st_ctim.tv_sec, (uint64_t)st->st_ctim.tv_nsec };
  return kg_dc_hash(k, sizeof k, 0x6b67617073726331ULL);
}

char *kg_apc_path(const char *path, long start)
{
  char rest[32];
  snprintf(rest, sizeof rest, "%ld.bin", start);
  return kg_dc_file(path, 0x61706d6f64656cULL, "ap", rest);
}

/* The table from a valid cache file matching want (all but its shape), or
 * NULL; *nomem set when only memory was short; *flen: the table's length
 * in the model file. */
static kg_ap *map_cache(const char *cpath, const apc_hdr *want, int *nomem, uint64_t *flen)
{
  int fd = open(cpath, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat st;
  void *m = MAP_FAILED;
  size_t len = 0;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= (off_t)APC_HDR) {
    len = (size_t)st.st_size;
    m = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (m != MAP_FAILED && time(NULL) - st.st_mtime > 24 * 3600)
      (void)futimens(fd, NULL);      /* in use: not pruned as old (noatime mounts) */
  }
  close(fd);
  if (m == MAP_FAILED) return NULL;
  apc_hdr h;
  memcpy(&h, m, sizeof h);
  size_t nb = h.log2 <= 26 ? (size_t)1 << h.log2 : 0;
  size_t ib = pad64(nb * 4), pb = pad64(((size_t)h.npool + KG_AP_POOL_PAD) * 4);
  int ok = memcmp(h.magic, APC_MAGIC, 8) == 0 && h.bom == APC_BOM && h.build == want->build
           && h.src == want->src && h.start == want->start && h.kind == want->kind
           && h.maxfeat == want->maxfeat && h.len == len && nb > 0 && h.nclass > 0 && h.nclass <= 65535
           && h.npool + KG_AP_POOL_PAD < KG_AP_LONG && (uint64_t)APC_HDR + ib + pb == len;
  if (ok) {
    apc_sum s;
    sum_init(&s, NULL);
    sum_blocks(&s, (const unsigned char *)m + APC_HDR, len - APC_HDR);
    ok = sum_final(&s, len) == h.sum;
  }
  kg_ap *ap = ok ? kg_ap_shell(h.nclass, h.log2) : NULL;
  if (!ap) {
    if (ok) *nomem = 1;
    munmap(m, len);
    return NULL;
  }
  ap->averaged = (int)h.averaged;
  memcpy(&ap->iscale, &h.iscale, 4);
  ap->idx = (uint32_t *)((char *)m + APC_HDR);
  ap->pool = (kg_cell *)((char *)m + APC_HDR + ib);
  ap->npool = (size_t)h.npool;
  ap->map = m;
  ap->maplen = len;
  *flen = h.flen;
  return ap;
}

/* Keeps the directory small: after writing cpath, removes the other ap-*
 * files (caches of models elsewhere: temporary copies, old worktrees) not
 * read or written for 30 days, and temporary files a day old. */
static void prune_old(const char *cpath)
{
  const char *slash = strrchr(cpath, '/');
  char *dir = slash ? strndup(cpath, (size_t)(slash - cpath)) : NULL;
  DIR *d = dir ? opendir(dir) : NULL;
  time_t now = time(NULL);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    const char *n = e->d_name;
    if (strncmp(n, "ap-", 3) != 0 || strcmp(n, slash + 1) == 0) continue;
    char *q = malloc(strlen(dir) + strlen(n) + 2);
    if (!q) break;
    sprintf(q, "%s/%s", dir, n);
    struct stat st;
    if (stat(q, &st) == 0) {
      time_t last = st.st_atime > st.st_mtime ? st.st_atime : st.st_mtime;
      if (now - last > (strstr(n, ".tmp") ? 24L * 3600 : 30L * 24 * 3600)) remove(q);
    }
    free(q);
  }
  if (d) closedir(d);
  free(dir);
}

static void write_cache(const char *cpath, const apc_hdr *key, const kg_ap *ap)
{
  if (!ap->idx || !ap->pool || ap->w || ap->u || ap->npool + KG_AP_POOL_PAD >= KG_AP_LONG) return;
  size_t nb = (size_t)1 << ap->log2, ib = pad64(nb * 4), pb = pad64((ap->npool + KG_AP_POOL_PAD) * 4);
  apc_hdr h = *key;
  memcpy(h.magic, APC_MAGIC, 8);
  h.bom = APC_BOM;
  h.nclass = ap->nclass;
  h.log2 = ap->log2;
  h.averaged = (uint32_t)ap->averaged;
  memcpy(&h.iscale, &ap->iscale, 4);
  h.npool = ap->npool;
  h.len = APC_HDR + ib + pb;
  char *tmp = kg_dc_mkdir_p(cpath) ? malloc(strlen(cpath) + 32) : NULL;
  if (!tmp) return;
  sprintf(tmp, "%s.%ld.tmp", cpath, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  if (!f) { free(tmp); return; }
  apc_sum s;
  sum_init(&s, NULL);               /* the sum first (it goes in the header) */
  sum_put(&s, ap->idx, nb * 4);
  sum_put(&s, NULL, ib - nb * 4);
  sum_put(&s, ap->pool, ap->npool * 4);
  sum_put(&s, NULL, pb - ap->npool * 4);
  h.sum = sum_final(&s, h.len);
  static const unsigned char zero[256];
  int ok = fwrite(&h, sizeof h, 1, f) == 1;
  for (size_t n = sizeof h; ok && n < APC_HDR; n += sizeof zero)
    ok = fwrite(zero, 1, APC_HDR - n < sizeof zero ? APC_HDR - n : sizeof zero, f) > 0;
  sum_init(&s, f);
  if (ok) {
    sum_put(&s, ap->idx, nb * 4);
    sum_put(&s, NULL, ib - nb * 4);
    sum_put(&s, ap->pool, ap->npool * 4);
    sum_put(&s, NULL, pb - ap->npool * 4);
    ok = s.ok && sum_final(&s, h.len) == h.sum;
  }
  ok = fclose(f) == 0 && ok;
  if (!ok || rename(tmp, cpath) != 0) remove(tmp);
  else prune_old(cpath);
  free(tmp);
}

kg_status kg_apc_read(FILE *f, const char *path, int kind, uint32_t maxfeat, kg_ap **out)
{
  *out = NULL;
  if (kind == KG_APC_INT && maxfeat == 0) return KG_ERR_USAGE;
  struct stat st;
  long start = ftell(f);
  char *cpath = NULL;
  apc_hdr key;
  memset(&key, 0, sizeof key);
  if (path && start >= 0 && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= APC_MIN_FILE
      && (cpath = kg_apc_path(path, start))) {
    key.build = build_key();
    key.src = source_key(&st);
    key.start = (uint64_t)start;
    key.kind = (uint32_t)kind;
    key.maxfeat = kind == KG_APC_INT ? maxfeat : 0;
    int nomem = 0;
    uint64_t flen = 0;
    kg_ap *ap = key.build ? map_cache(cpath, &key, &nomem, &flen) : NULL;
    if (ap && key.start + flen <= (uint64_t)st.st_size && fseek(f, (long)(key.start + flen), SEEK_SET) == 0) {
      free(cpath);
      *out = ap;
      return KG_OK;
    }
    kg_ap_free(ap);
    if (nomem) { free(cpath); return KG_ERR_NOMEM; }
    if (!key.build) { free(cpath); cpath = NULL; }
  }
  kg_status s = kind == KG_APC_INT ? kg_ap_read_int(f, maxfeat, out) : kg_ap_read_sparse(f, out);
  long end = s == KG_OK && cpath ? ftell(f) : -1;
  if (end > start) {
    key.flen = (uint64_t)(end - start);
    write_cache(cpath, &key, *out);
  }
  free(cpath);
  return s;
}
