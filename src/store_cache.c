/* store_cache.c — a larger Berkeley DB cache for the store's files.
 *
 * Owns: db_create() as librdf calls it, and KGBUILD_STORE_CACHE_MB.
 * librdf's "hashes" storage opens each of its Berkeley DB files without an
 * environment (db_create(&db, NULL, 0) in librdf's rdf_hash_bdb.c), so each
 * file gets BDB's default cache of 256 kB, and once a store is larger than
 * that nearly every insert reads and writes a page through the kernel: most
 * of the store writer's CPU time (bench/store.sh).  librdf has no option for
 * the cache.  This db_create() is found before libdb's own when the dynamic
 * linker binds librdf's call (libkgbuild is loaded before libdb, which only
 * librdf needs); it makes the handle with libdb's function and sets the
 * cache before librdf opens the file.  The name breaks the kg_ prefix rule
 * because it must be libdb's.  The files themselves are the same: the cache
 * only holds pages in memory (a writer's dirty pages go to the file when
 * librdf closes it, before the commit's fsync; store.c).
 *
 * KGBUILD_STORE_CACHE_MB: the cache of each file in MB (default 32, 0 keeps
 * BDB's 256 kB; the memory is used only as pages are read).  Built only
 * when configure found db.h (Debian libdb5.3-dev); without it the store
 * works as before.
 *
 * The same handles also get a key comparison and a prefix function that
 * give exactly the order and the internal-page prefixes of BDB's defaults
 * (unsigned bytes, then the shorter key first), only faster: BDB's default
 * compares byte by byte, and the store's keys are encoded IRIs that share
 * their first 30-odd bytes, so it was a quarter of the writer's
 * instructions (bench/store.sh).  The order on disk is BDB's, so librdf
 * programs without this file (rdfproc) read the store as before.
 * A new file gets 16 kB pages instead of the file system's 4 kB (BDB
 * keeps the size in the file and ignores this for existing files): fewer
 * levels, splits and page reads per insert; the writer's CPU on the BBC
 * corpus fell by a quarter at 1x and 30 % at 10x, and 32 kB was slower.
 * Does not own: the store (store.c). */
#define _GNU_SOURCE
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include "store.h"

#ifdef HAVE_DB_H
#include <dlfcn.h>
#include <db.h>

#define KG_STR_(x) #x
#define KG_STR(x) KG_STR_(x)

static unsigned long cache_files;

static unsigned cache_mb(void)
{
  const char *e = getenv("KGBUILD_STORE_CACHE_MB");
  if (!e || !*e)
    return 32;
  char *end;
  errno = 0;
  unsigned long v = strtoul(e, &end, 10);
  if (errno || *end || v > 65536)
    return 32;
  return (unsigned)v;
}

/* BDB's __bam_defcmp: lexicographic over unsigned bytes, a key that is a
 * prefix of another first; memcmp compares unsigned bytes too. */
static int key_cmp(DB *db, const DBT *a, const DBT *b)
{
  (void)db;
  size_t n = a->size < b->size ? a->size : b->size;
  int c = n ? memcmp(a->data, b->data, n) : 0;
  if (c)
    return c;
  return a->size < b->size ? -1 : a->size > b->size;
}

/* BDB's __bam_defpfx: how many bytes of b an internal page keeps to tell
 * it from a (the preceding key): the common prefix and one byte more. */
static size_t key_prefix(DB *db, const DBT *a, const DBT *b)
{
  (void)db;
  const unsigned char *p = a->data, *q = b->data;
  size_t n = a->size < b->size ? a->size : b->size, i = 0;
  while (i < n && p[i] == q[i])
    i++;
  if (i < n)
    return i + 1;
  if (a->size < b->size)
    return a->size + 1;
  if (b->size < a->size)
    return b->size + 1;
  return b->size;
}

/* With a key comparison of its own set, BDB returns the key it found for
 * a cursor's DB_SET too, in memory it mallocs for librdf's DB_DBT_MALLOC
 * key; librdf frees the returned key for every flag but DB_SET (with BDB's
 * default comparison nothing came back there), so each lookup of a graph
 * (export, replace, drop) lost the key.  The cursors' get gives librdf what
 * the default did: its own key back, BDB's copy freed (the bytes are the
 * same: the comparison is BDB's order, equal only for equal keys). */
typedef int (*cget_fn)(DBC *, DBT *, DBT *, u_int32_t);
typedef int (*cursor_fn)(DB *, DB_TXN *, DBC **, u_int32_t);
static cget_fn real_c_get, real_get;
static cursor_fn real_cursor;

static int set_get(cget_fn fn, DBC *c, DBT *k, DBT *v, u_int32_t fl)
{
  void *in = k->data;
  u_int32_t insize = k->size;
  int r = fn(c, k, v, fl);
  if ((fl & DB_OPFLAGS_MASK) == DB_SET && (k->flags & DB_DBT_MALLOC) && k->data != in) {
    if (r == 0)
      free(k->data);
    k->data = in;
    k->size = insize;
  }
  return r;
}

static int kg_c_get(DBC *c, DBT *k, DBT *v, u_int32_t fl)
{
  return set_get(real_c_get, c, k, v, fl);
}

static int kg_get(DBC *c, DBT *k, DBT *v, u_int32_t fl)
{
  return set_get(real_get, c, k, v, fl);
}

static int kg_cursor(DB *db, DB_TXN *txn, DBC **cp, u_int32_t fl)
{
  int r = real_cursor(db, txn, cp, fl);
  if (r == 0 && *cp) {
    if (!real_c_get) {
      real_c_get = (*cp)->c_get;
      real_get = (*cp)->get;
    }
    if ((*cp)->c_get == real_c_get)
      (*cp)->c_get = kg_c_get;
    if ((*cp)->get == real_get)
      (*cp)->get = kg_get;
  }
  return r;
}

int db_create(DB **dbp, DB_ENV *env, u_int32_t flags)
{
  typedef int (*create_fn)(DB **, DB_ENV *, u_int32_t);
  static create_fn real;
  if (!real) {
    /* libdb's symbols are versioned ("DB5_3" for libdb 5.3) */
    real = (create_fn)dlvsym(RTLD_NEXT, "db_create",
                             "DB" KG_STR(DB_VERSION_MAJOR) "_" KG_STR(DB_VERSION_MINOR));
    if (!real)
      real = (create_fn)dlsym(RTLD_NEXT, "db_create");
    if (!real)
      return EINVAL;
  }
  int r = real(dbp, env, flags);
  /* librdf opens every file as a btree (set before open, like the cache) */
  if (r == 0 && !env && ((*dbp)->set_bt_compare(*dbp, key_cmp) || (*dbp)->set_bt_prefix(*dbp, key_prefix))) {
    (*dbp)->close(*dbp, 0);
    *dbp = NULL;
    return EINVAL;
  }
  if (r == 0 && !env) {
    if (!real_cursor)
      real_cursor = (*dbp)->cursor;
    if ((*dbp)->cursor == real_cursor)
      (*dbp)->cursor = kg_cursor;
  }
  if (r == 0 && !env)
    (*dbp)->set_pagesize(*dbp, 16384); /* best effort: only speed */
  unsigned mb = r == 0 && !env ? cache_mb() : 0;
  /* a handle without an environment has its own cache: set before open */
  if (mb && (*dbp)->set_cachesize(*dbp, mb / 1024, (u_int32_t)(mb % 1024) << 20, 1) == 0)
    cache_files++;
  return r;
}

unsigned long kg_store_cache_files(void)
{
  return cache_files;
}

#else

unsigned long kg_store_cache_files(void)
{
  return 0;
}

#endif
