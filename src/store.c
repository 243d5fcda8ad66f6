/* store.c — the embedded graph store (see store.h for the layout).
 *
 * Owns: Redland "hashes" storage (Berkeley DB files, contexts on), the
 * generations that make a killed run harmless, the manifest of graphs,
 * content hashes, replacing a graph.  Does not own: building graphs
 * (graph.c), queries, export and counts (store_read.c), loading RDF text
 * (store_load.c), deltas (store_delta.c), the network (push.c) or
 * argument parsing (cli_store.c).
 *
 * Why "hashes"/bdb: measured here (Debian 12, librdf 1.0.17) it is the
 * only persistent storage with contexts that ships in librdf0 itself and
 * is fast enough (see bench/store.sh); "memory" and "trees" are not
 * persistent ("trees" has no contexts), "sqlite", "mysql", "postgresql"
 * and "virtuoso" are separate packages (librdf-storage-*), and sqlite adds
 * only a few thousand triples per second.
 *
 * BDB files are written without transactions (librdf opens them without
 * a BDB environment, so neither transactions nor a cache size can be set),
 * so a kill in the middle of a write could leave them torn: writers never
 * touch the committed files.  They work on gen-N+1.tmp (the generation
 * before with the last delta replayed, or a copy) and publish it by two
 * renames. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <stdint.h>
#include <librdf.h>
#include "store.h"
#include "doc.h"
#include "store_int.h"

/* ------------------------------------------------------------ helpers */

void kg_store_hash_hex(const char *buf, size_t len, char out[17])
{
  snprintf(out, 17, "%016llx", (unsigned long long)kg_fnv1a64(buf, len));
}

uint64_t kg_store_i_str_hash(const char *s)
{
  return kg_fnv1a64(s, strlen(s));
}

static const char *key_of(const kg_store *s, size_t idx, int by_src)
{
  const entry *e = &s->e[idx];
  return e->dead ? NULL : by_src ? e->source : e->iri;
}

static int map_put(kg_store *s, strmap *m, int by_src, size_t idx);

static int map_grow(kg_store *s, strmap *m, int by_src)
{
  size_t nc = m->cap ? m->cap * 2 : 1024;
  size_t *old = m->slot, oc = m->cap;
  m->slot = calloc(nc, sizeof *m->slot);
  if (!m->slot) {
    m->slot = old;
    return -1;
  }
  m->cap = nc;
  for (size_t i = 0; i < oc; i++)
    if (old[i] && key_of(s, old[i] - 1, by_src))
      map_put(s, m, by_src, old[i] - 1);
  free(old);
  return 0;
}

static int map_put(kg_store *s, strmap *m, int by_src, size_t idx)
{
  if ((s->ne + 1) * 2 > m->cap && map_grow(s, m, by_src))
    return -1;
  const char *k = key_of(s, idx, by_src);
  size_t i = kg_store_i_str_hash(k) & (m->cap - 1);
  while (m->slot[i]) {
    const char *o = key_of(s, m->slot[i] - 1, by_src);
    if (!o || strcmp(o, k) == 0)
      break; /* reuse a dead or identical slot */
    i = (i + 1) & (m->cap - 1);
  }
  m->slot[i] = idx + 1;
  return 0;
}

long kg_store_i_map_get(const kg_store *s, const strmap *m, int by_src, const char *k)
{
  if (!m->cap || !k)
    return -1;
  size_t i = kg_store_i_str_hash(k) & (m->cap - 1);
  for (size_t probes = 0; m->slot[i] && probes < m->cap; probes++) {
    const char *o = key_of(s, m->slot[i] - 1, by_src);
    if (o && strcmp(o, k) == 0)
      return (long)(m->slot[i] - 1);
    i = (i + 1) & (m->cap - 1);
  }
  return -1;
}

static char *xstrdup(const char *s)
{
  return strdup(s ? s : "");
}

static char *path_join(const char *a, const char *b)
{
  size_t n = strlen(a) + strlen(b) + 2;
  char *p = malloc(n);
  if (p)
    snprintf(p, n, "%s/%s", a, b);
  return p;
}

char *kg_store_i_gen_dir(const kg_store *s, unsigned gen, int tmp)
{
  char name[64];
  snprintf(name, sizeof name, "gen-%06u%s", gen, tmp ? ".tmp" : "");
  return path_join(s->path, name);
}

static int fsync_path(const char *p, int dir)
{
  int fd = open(p, (dir ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
  if (fd < 0)
    return -1;
  int rc = fsync(fd);
  close(fd);
  return rc;
}

static void rm_tree(const char *dir)
{
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *de;
    while ((de = readdir(d))) {
      if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
        continue;
      char *p = path_join(dir, de->d_name);
      if (p)
        unlink(p);
      free(p);
    }
    closedir(d);
  }
  rmdir(dir);
}

static int copy_file(const char *from, const char *to)
{
  int in = open(from, O_RDONLY | O_CLOEXEC);
  if (in < 0)
    return -1;
  int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out < 0) {
    close(in);
    return -1;
  }
  char buf[1 << 16];
  ssize_t r;
  int rc = 0;
  while ((r = read(in, buf, sizeof buf)) > 0) {
    for (ssize_t w = 0; w < r;) {
      ssize_t k = write(out, buf + w, (size_t)(r - w));
      if (k < 0) {
        if (errno == EINTR)
          continue;
        rc = -1;
        break;
      }
      w += k;
    }
    if (rc)
      break;
  }
  if (r < 0)
    rc = -1;
  close(in);
  if (close(out))
    rc = -1;
  return rc;
}

/* ------------------------------------------------------------ logging */

static int rdf_log(void *user, librdf_log_message *m)
{
  kg_store *s = user;
  int lv = librdf_log_message_level(m);
  kg_log_level k = lv >= LIBRDF_LOG_ERROR ? KG_LOG_ERROR : lv == LIBRDF_LOG_WARN ? KG_LOG_WARN
                 : KG_LOG_DEBUG;
  const char *msg = librdf_log_message_message(m);
  /* Rasqal warns about its own hidden aggregate variables: noise */
  if (k < KG_LOG_ERROR && (s->hush || (msg && (strstr(msg, "$$agg$$") || strstr(msg, "bound but is unused")))))
    return 1;
  kg_logf(s->log, k, s->path, "%s", msg ? msg : "(no message)");
  return 1;
}

/* ------------------------------------------------------------ manifest */

static int manifest_add(kg_store *s, const char *iri, const char *src, const char *hash,
                        size_t n, int kind)
{
  if (s->ne == s->cap) {
    size_t nc = s->cap ? s->cap * 2 : 256;
    entry *p = realloc(s->e, nc * sizeof *p);
    if (!p)
      return -1;
    s->e = p;
    s->cap = nc;
  }
  entry *e = &s->e[s->ne];
  memset(e, 0, sizeof *e);
  e->iri = xstrdup(iri);
  e->source = xstrdup(src);
  if (!e->iri || !e->source) {
    free(e->iri);
    free(e->source);
    return -1;
  }
  /* a source can't hold a tab or newline in the manifest */
  for (char *c = e->source; *c; c++)
    if (*c == '\t' || *c == '\n' || *c == '\r')
      *c = ' ';
  snprintf(e->hash, sizeof e->hash, "%s", hash);
  e->n = n;
  e->kind = kind;
  s->ne++;
  s->order_ok = 0;
  if (map_put(s, &s->by_iri, 0, s->ne - 1) || map_put(s, &s->by_src, 1, s->ne - 1))
    return -1;
  return 0;
}

static kg_status manifest_read(kg_store *s, const char *dir)
{
  char *p = path_join(dir, "manifest.tsv");
  FILE *f = p ? fopen(p, "r") : NULL;
  free(p);
  if (!f) {
    kg_logf(s->log, KG_LOG_ERROR, s->path, "the store's manifest is missing: %s", strerror(errno));
    return KG_ERR_FORMAT;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  kg_status st = KG_OK;
  while ((len = getline(&line, &cap, f)) > 0) {
    if (line[len - 1] == '\n')
      line[--len] = '\0';
    if (line[0] == '#' || !line[0])
      continue;
    char *f1 = line, *f2 = strchr(f1, '\t'), *f3 = f2 ? strchr(f2 + 1, '\t') : NULL;
    char *f4 = f3 ? strchr(f3 + 1, '\t') : NULL, *f5 = f4 ? strchr(f4 + 1, '\t') : NULL;
    if (!f5) {
      kg_logf(s->log, KG_LOG_ERROR, s->path, "malformed manifest line");
      st = KG_ERR_FORMAT;
      break;
    }
    *f2++ = *f3++ = *f4++ = *f5++ = '\0';
    if (manifest_add(s, f1, f5, f2, (size_t)strtoull(f3, NULL, 10), f4[0])) {
      st = KG_ERR_NOMEM;
      break;
    }
  }
  free(line);
  fclose(f);
  return st;
}

static int cmp_entry_iri(const void *a, const void *b, void *ctx)
{
  const kg_store *s = ctx;
  return strcmp(s->e[*(const size_t *)a].iri, s->e[*(const size_t *)b].iri);
}

void kg_store_i_order(kg_store *s)
{
  if (s->order_ok)
    return;
  free(s->order);
  s->order = malloc((s->ne + 1) * sizeof *s->order);
  s->norder = 0;
  if (!s->order)
    return;
  for (size_t i = 0; i < s->ne; i++)
    if (!s->e[i].dead)
      s->order[s->norder++] = i;
  qsort_r(s->order, s->norder, sizeof *s->order, cmp_entry_iri, s);
  s->order_ok = 1;
}

static kg_status manifest_write(kg_store *s, const char *dir)
{
  kg_store_i_order(s);
  char *p = path_join(dir, "manifest.tsv");
  FILE *f = p ? fopen(p, "w") : NULL;
  if (!f) {
    free(p);
    return KG_ERR_IO;
  }
  fputs("# kgbuild store manifest 1: graph IRI, content hash, triples, kind (d document, l loaded), source\n", f);
  for (size_t k = 0; k < s->norder; k++) {
    const entry *e = &s->e[s->order[k]];
    fprintf(f, "%s\t%s\t%zu\t%c\t%s\n", e->iri, e->hash, e->n, e->kind, e->source);
  }
  int rc = fflush(f) == 0 && fsync(fileno(f)) == 0;
  rc = fclose(f) == 0 && rc;
  free(p);
  return rc ? KG_OK : KG_ERR_IO;
}

/* ------------------------------------------------------------ storage */

kg_status kg_store_i_open_model(kg_store *s, const char *dir, int write, int isnew)
{
  if (strchr(dir, '\'')) {
    kg_logf(s->log, KG_LOG_ERROR, s->path, "a store path can't contain a quote (')");
    return KG_ERR_USAGE;
  }
  size_t n = strlen(dir) + 128;
  char *opts = malloc(n);
  if (!opts)
    return KG_ERR_NOMEM;
  snprintf(opts, n, "hash-type='bdb',dir='%s',contexts='yes',write='%s',new='%s'", dir,
           write ? "yes" : "no", isnew ? "yes" : "no");
  s->storage = librdf_new_storage(s->world, "hashes", "kg", opts);
  free(opts);
  s->model = s->storage ? librdf_new_model(s->world, s->storage, NULL) : NULL;
  if (!s->model) {
    kg_logf(s->log, KG_LOG_ERROR, s->path, "cannot open the Berkeley DB files in %s", dir);
    return KG_ERR_IO;
  }
  return KG_OK;
}

void kg_store_i_close_model(kg_store *s)
{
  if (s->model) {
    librdf_model_sync(s->model);
    librdf_free_model(s->model);
  }
  if (s->storage)
    librdf_free_storage(s->storage);
  s->model = NULL;
  s->storage = NULL;
}

static int read_current(kg_store *s, unsigned *gen)
{
  char *p = path_join(s->path, "CURRENT");
  FILE *f = p ? fopen(p, "r") : NULL;
  free(p);
  if (!f)
    return -1;
  int ok = fscanf(f, "gen-%u", gen) == 1;
  fclose(f);
  return ok ? 0 : -2;
}

/* Removes leftovers of killed writers and superseded generations. */
static void sweep(kg_store *s)
{
  DIR *d = opendir(s->path);
  if (!d)
    return;
  struct dirent *de;
  char keep[32], keep_prev[32] = "";
  snprintf(keep, sizeof keep, "gen-%06u", s->gen);
  /* the generation before, while the current one has a delta to replay
   * into it (store_delta.c) */
  char *cur = s->gen > 1 ? kg_store_i_gen_dir(s, s->gen, 0) : NULL;
  char *dp = cur ? path_join(cur, "delta.nq") : NULL;
  if (dp && access(dp, F_OK) == 0)
    snprintf(keep_prev, sizeof keep_prev, "gen-%06u", s->gen - 1);
  free(cur);
  free(dp);
  while ((de = readdir(d))) {
    if (strncmp(de->d_name, "gen-", 4) != 0 || strcmp(de->d_name, keep) == 0 ||
        strcmp(de->d_name, keep_prev) == 0)
      continue;
    char *p = path_join(s->path, de->d_name);
    if (p)
      rm_tree(p);
    free(p);
  }
  closedir(d);
  char *c = path_join(s->path, "CURRENT.tmp");
  if (c)
    unlink(c);
  free(c);
}

/* Starts gen+1.tmp, opened writable: the generation before the committed
 * one with the last delta replayed (store_delta.c), else a copy of the
 * committed generation. */
kg_status kg_store_i_begin(kg_store *s)
{
  if (s->open_tmp)
    return KG_OK;
  kg_store_i_close_model(s);
  char *tmp = kg_store_i_gen_dir(s, s->gen + 1, 1);
  if (!tmp)
    return KG_ERR_NOMEM;
  rm_tree(tmp);
  kg_status st = KG_OK;
  int isnew = s->gen == 0;
  if (!isnew && kg_store_i_reuse(s, tmp) == KG_OK)
    goto opened;
  kg_store_i_close_model(s);
  rm_tree(tmp);
  if (mkdir(tmp, 0755)) {
    kg_logf(s->log, KG_LOG_ERROR, s->path, "cannot create %s: %s", tmp, strerror(errno));
    free(tmp);
    return KG_ERR_IO;
  }
  if (!isnew) {
    char *cur = kg_store_i_gen_dir(s, s->gen, 0);
    DIR *d = cur ? opendir(cur) : NULL;
    struct dirent *de;
    while (d && st == KG_OK && (de = readdir(d))) {
      size_t l = strlen(de->d_name);
      if (l < 3 || strcmp(de->d_name + l - 3, ".db") != 0)
        continue;
      char *a = path_join(cur, de->d_name), *b = path_join(tmp, de->d_name);
      if (!a || !b || copy_file(a, b)) {
        kg_logf(s->log, KG_LOG_ERROR, s->path, "cannot copy %s: %s", de->d_name, strerror(errno));
        st = KG_ERR_IO;
      }
      free(a);
      free(b);
    }
    if (!d)
      st = KG_ERR_IO;
    else
      closedir(d);
    free(cur);
  }
  if (st == KG_OK)
    st = kg_store_i_open_model(s, tmp, 1, isnew);
opened:
  if (st == KG_OK && !isnew)
    kg_store_i_delta_begin(s, tmp);
  free(tmp);
  if (st == KG_OK)
    s->open_tmp = 1;
  return st;
}

kg_status kg_store_commit(kg_store *s)
{
  if (!s->writable)
    return KG_ERR_USAGE;
  if (!s->dirty) {
    if (s->gen == 0) { /* an empty new store still gets a generation */
      kg_status st = kg_store_i_begin(s);
      if (st != KG_OK)
        return st;
    } else {
      return KG_OK;
    }
  }
  kg_store_i_close_model(s);
  s->open_tmp = 0;
  char *tmp = kg_store_i_gen_dir(s, s->gen + 1, 1), *fin = kg_store_i_gen_dir(s, s->gen + 1, 0);
  if (kg_store_i_delta_finish(s) && tmp) { /* an incomplete delta must not be replayed */
    char *dp = path_join(tmp, "delta.nq");
    if (dp)
      unlink(dp);
    free(dp);
  }
  char *cur = path_join(s->path, "CURRENT"), *curtmp = path_join(s->path, "CURRENT.tmp");
  kg_status st = tmp && fin && cur && curtmp ? manifest_write(s, tmp) : KG_ERR_NOMEM;
  if (st == KG_OK) {
    DIR *d = opendir(tmp);
    struct dirent *de;
    /* start writing every file back at once (the device then gets them
     * together: the commit took about 0.1 s less of ~0.5 s at 1x), then
     * wait for each with fsync */
    for (int pass = 0; d && pass < 2; pass++) {
      rewinddir(d);
      while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
          continue;
        char *p = path_join(tmp, de->d_name);
        if (pass == 0) {
#ifdef SYNC_FILE_RANGE_WRITE /* Linux; elsewhere fsync alone */
          int fd = p ? open(p, O_RDONLY | O_CLOEXEC) : -1;
          if (fd >= 0) {
            sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); /* a hint: errors show in fsync */
            close(fd);
          }
#endif
        } else if (!p || fsync_path(p, 0)) {
          st = KG_ERR_IO;
        }
        free(p);
      }
    }
    if (d)
      closedir(d);
    else
      st = KG_ERR_IO;
  }
  if (st == KG_OK && (fsync_path(tmp, 1) || rename(tmp, fin) || fsync_path(s->path, 1)))
    st = KG_ERR_IO;
  if (st == KG_OK) {
    FILE *f = fopen(curtmp, "w");
    int ok = f && fprintf(f, "gen-%06u\n", s->gen + 1) > 0 && fflush(f) == 0 && fsync(fileno(f)) == 0;
    if (f && fclose(f))
      ok = 0;
    if (!ok || rename(curtmp, cur) || fsync_path(s->path, 1))
      st = KG_ERR_IO;
  }
  if (st != KG_OK) {
    kg_logf(s->log, KG_LOG_ERROR, s->path, "commit failed: %s", strerror(errno));
  } else {
    s->gen++;
    s->dirty = 0;
    sweep(s);
  }
  free(tmp);
  free(fin);
  free(cur);
  free(curtmp);
  return st;
}

kg_status kg_store_open(const char *path, int writable, kg_rdf *rdf, const kg_logger *log,
                        kg_store **out)
{
  *out = NULL;
  if (!rdf || !path || !*path)
    return KG_ERR_USAGE;
  kg_store *s = calloc(1, sizeof *s);
  if (!s)
    return KG_ERR_NOMEM;
  s->path = strdup(path);
  s->writable = writable;
  s->lockfd = -1;
  s->reader_fd = -1;
  s->rdf = rdf;
  s->log = log;
  s->world = librdf_new_world();
  if (!s->path || !s->world) {
    kg_store_free(s);
    return KG_ERR_NOMEM;
  }
  librdf_world_set_raptor(s->world, kg_rdf_raptor(rdf));
  librdf_world_set_logger(s->world, s, rdf_log);
  librdf_world_open(s->world);
  kg_status st = KG_OK;
  if (writable) {
    if (mkdir(path, 0755) && errno != EEXIST) {
      kg_logf(log, KG_LOG_ERROR, path, "cannot create the store: %s", strerror(errno));
      kg_store_free(s);
      return KG_ERR_IO;
    }
    char *lp = path_join(path, "lock");
    s->lockfd = lp ? open(lp, O_RDWR | O_CREAT | O_CLOEXEC, 0644) : -1;
    free(lp);
    if (s->lockfd < 0) {
      kg_logf(log, KG_LOG_ERROR, path, "cannot open the store's lock: %s", strerror(errno));
      kg_store_free(s);
      return KG_ERR_IO;
    }
    int waited = 0;
    while (flock(s->lockfd, LOCK_EX | LOCK_NB)) {
      if (waited == 0)
        kg_logf(log, KG_LOG_INFO, path, "another writer holds the store; waiting");
      if (waited++ >= 600) {
        kg_logf(log, KG_LOG_ERROR, path, "the store stayed locked by another writer for 60 s");
        kg_store_free(s);
        return KG_ERR_IO;
      }
      struct timespec ts = { 0, 100000000L };
      nanosleep(&ts, NULL);
    }
    int rc = read_current(s, &s->gen);
    if (rc == -2) {
      kg_logf(log, KG_LOG_ERROR, path, "CURRENT is malformed: not a kgbuild store?");
      kg_store_free(s);
      return KG_ERR_FORMAT;
    }
    if (rc == -1) {
      DIR *d = opendir(path);
      struct dirent *de;
      int foreign = 0;
      while (d && (de = readdir(d)))
        if (de->d_name[0] != '.' && strcmp(de->d_name, "lock") != 0 && strncmp(de->d_name, "gen-", 4) != 0 &&
            strcmp(de->d_name, "CURRENT.tmp") != 0)   /* (a first commit killed before its rename) */
          foreign = 1;
      if (d)
        closedir(d);
      if (foreign) {
        kg_logf(log, KG_LOG_ERROR, path, "the directory is not empty and not a kgbuild store");
        kg_store_free(s);
        return KG_ERR_USAGE;
      }
      s->gen = 0;
    }
    sweep(s);
    if (s->gen) {
      char *dir = kg_store_i_gen_dir(s, s->gen, 0);
      st = dir ? manifest_read(s, dir) : KG_ERR_NOMEM;
      free(dir);
    }
  } else {
    /* a writer may publish a new generation and delete ours between
     * reading CURRENT and opening the files: read again */
    for (int attempt = 0; attempt < 5; attempt++) {
      if (read_current(s, &s->gen)) {
        kg_logf(log, KG_LOG_ERROR, path, "not a kgbuild store (no readable CURRENT)");
        kg_store_free(s);
        return KG_ERR_INPUT;
      }
      char *dir = kg_store_i_gen_dir(s, s->gen, 0);
      struct stat sb;
      if (s->reader_fd >= 0)
        close(s->reader_fd);
      /* held while open: a writer then won't reuse this generation */
      s->reader_fd = dir && stat(dir, &sb) == 0 ? kg_store_i_reader_lock(dir) : -1;
      if (s->reader_fd < 0) {
        free(dir);
        struct timespec ts = { 0, 20000000L };
        nanosleep(&ts, NULL);
        continue;
      }
      s->ne = 0;
      st = manifest_read(s, dir);
      if (st == KG_OK)
        st = kg_store_i_open_model(s, dir, 0, 0);
      free(dir);
      if (st == KG_OK || attempt == 4)
        break;
      kg_store_i_close_model(s);
    }
    if (!s->model && st == KG_OK)
      st = KG_ERR_IO;
  }
  if (st != KG_OK) {
    kg_store_free(s);
    return st;
  }
  *out = s;
  return KG_OK;
}

void kg_store_free(kg_store *s)
{
  if (!s)
    return;
  int had_tmp = s->open_tmp;
  kg_store_i_close_model(s);
  kg_store_i_delta_stop(s);
  if (s->reader_fd >= 0)
    close(s->reader_fd);
  if (had_tmp) { /* uncommitted: discard */
    char *tmp = kg_store_i_gen_dir(s, s->gen + 1, 1);
    if (tmp)
      rm_tree(tmp);
    free(tmp);
  }
  if (s->world)
    librdf_free_world(s->world);
  if (s->lockfd >= 0)
    close(s->lockfd); /* releases the flock */
  for (size_t i = 0; i < s->ne; i++) {
    free(s->e[i].iri);
    free(s->e[i].source);
  }
  free(s->e);
  free(s->by_iri.slot);
  free(s->by_src.slot);
  free(s->order);
  free(s->path);
  free(s);
}

/* ------------------------------------------------------------ writing */

void kg_store_i_remove_graph(kg_store *s, long idx)
{
  kg_store_i_delta_drop(s, s->e[idx].iri);
  librdf_node *ctx = librdf_new_node_from_uri_string(s->world, (const unsigned char *)s->e[idx].iri);
  if (ctx) {
    librdf_model_context_remove_statements(s->model, ctx);
    librdf_free_node(ctx);
  }
  s->e[idx].dead = 1;
  s->order_ok = 0;
  s->dirty = 1;
}

/* The content hash of a graph's statements: sorted unique N-Triples; a
 * document's hash leaves out its dcterms:source, so the same text read
 * from two paths (the BBC corpus has such duplicates) is one document (its
 * IRI comes from the text), kept with the first source, and not replaced
 * back and forth on every run. */
kg_status kg_store_i_digest(raptor_world *rw, raptor_statement **st, size_t n, int kind,
                            char hash[17], size_t *kept)
{
  char *nt = NULL;
  size_t ntlen = 0;
  *kept = 0;
  kg_status r = n ? kg_store_i_to_nt(rw, st, n, &nt, &ntlen, kept) : KG_OK;
  if (r != KG_OK)
    return r;
  if (kind == 'd' && nt) {
    size_t o = 0;
    for (char *p = nt; *p;) {
      char *nl = strchr(p, '\n');
      size_t l = nl ? (size_t)(nl - p) + 1 : strlen(p);
      char keep = p[l - 1];
      p[l - 1] = '\0'; /* look inside this line only */
      int src = strstr(p, "> <http://purl.org/dc/terms/source> ") != NULL;
      p[l - 1] = keep;
      if (!src) {
        memmove(nt + o, p, l);
        o += l;
      }
      p += l;
    }
    nt[o] = '\0';
    ntlen = o;
  }
  kg_store_hash_hex(nt ? nt : "", ntlen, hash);
  free(nt);
  return KG_OK;
}

kg_status kg_store_digest(const kg_graph *g, char hash[17], size_t *ntriples)
{
  size_t n = kg_graph_size(g), kept = 0;
  raptor_statement **v = malloc((n + 1) * sizeof *v);
  if (!v)
    return KG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    v[i] = kg_graph_statement(g, i);
  kg_status st = kg_store_i_digest(n ? v[0]->world : NULL, v, n, 'd', hash, &kept);
  free(v);
  if (ntriples)
    *ntriples = kept;
  return st;
}

/* Is the graph iri stored with this hash?  Then nothing is written, except
 * that a graph stored before for the same source (whose text changed into
 * this one's) is stale and goes. */
kg_status kg_store_i_same(kg_store *s, const char *iri, const char *source, int kind,
                          const char *hash, int *same)
{
  *same = 0;
  long old = kg_store_i_map_get(s, &s->by_iri, 0, iri);
  long bysrc = source && *source ? kg_store_i_map_get(s, &s->by_src, 1, source) : -1;
  if (old < 0 || strcmp(s->e[old].hash, hash) != 0 ||
      !(bysrc < 0 || bysrc == old || kind == 'd'))
    return KG_OK;
  *same = 1;
  if (bysrc >= 0 && bysrc != old && s->e[bysrc].kind == kind) {
    kg_status r = kg_store_i_begin(s);
    if (r != KG_OK)
      return r;
    kg_store_i_remove_graph(s, bysrc);
  }
  return KG_OK;
}

/* Replaces the graph iri (and a graph stored before for the same source)
 * with the n statements. */
kg_status kg_store_i_write(kg_store *s, const char *iri, const char *source, int kind,
                           const char *hash, size_t kept, raptor_statement **st, size_t n)
{
  if (!s->writable)
    return KG_ERR_USAGE;
  kg_status r = kg_store_i_begin(s);
  if (r != KG_OK)
    return r;
  long old = kg_store_i_map_get(s, &s->by_iri, 0, iri);
  long bysrc = source && *source ? kg_store_i_map_get(s, &s->by_src, 1, source) : -1;
  if (old >= 0)
    kg_store_i_remove_graph(s, old);
  if (bysrc >= 0 && bysrc != old && s->e[bysrc].kind == kind)
    kg_store_i_remove_graph(s, bysrc);
  librdf_node *ctx = librdf_new_node_from_uri_string(s->world, (const unsigned char *)iri);
  if (!ctx)
    return KG_ERR_NOMEM;
  s->dirty = 1;
  for (size_t i = 0; i < n; i++) {
    if (librdf_model_context_add_statement(s->model, ctx, st[i])) {
      kg_logf(s->log, KG_LOG_ERROR, s->path, "adding a triple of <%s> failed", iri);
      r = KG_ERR_IO;
      break;
    }
  }
  if (r != KG_OK) /* no half graph: take back what went in */
    librdf_model_context_remove_statements(s->model, ctx);
  else
    kg_store_i_delta_put(s, iri, st, n);
  librdf_free_node(ctx);
  if (r == KG_OK && manifest_add(s, iri, source, hash, kept, kind))
    r = KG_ERR_NOMEM;
  return r;
}

kg_status kg_store_i_put(kg_store *s, const char *iri, const char *source, int kind,
                         raptor_statement **st, size_t n, int *unchanged)
{
  if (unchanged)
    *unchanged = 0;
  if (!s->writable)
    return KG_ERR_USAGE;
  char hash[17];
  size_t kept = 0;
  int same = 0;
  kg_status r = kg_store_i_digest(kg_rdf_raptor(s->rdf), st, n, kind, hash, &kept);
  if (r == KG_OK)
    r = kg_store_i_same(s, iri, source, kind, hash, &same);
  if (r != KG_OK || same) {
    if (unchanged)
      *unchanged = same;
    return r;
  }
  return kg_store_i_write(s, iri, source, kind, hash, kept, st, n);
}

kg_status kg_store_put(kg_store *s, const kg_graph *g, const char *iri, const char *source,
                       int *unchanged)
{
  if (!iri)
    iri = kg_store_name_of(g);
  if (!iri) {
    kg_logf(s->log, KG_LOG_ERROR, source, "a graph without a name can't be stored");
    return KG_ERR_USAGE;
  }
  size_t n = kg_graph_size(g);
  raptor_statement **v = malloc((n + 1) * sizeof *v);
  if (!v)
    return KG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    v[i] = kg_graph_statement(g, i);
  kg_status st = kg_store_i_put(s, iri, source, 'd', v, n, unchanged);
  free(v);
  return st;
}

kg_status kg_store_drop(kg_store *s, const char *iri)
{
  if (!s->writable)
    return KG_ERR_USAGE;
  long idx = kg_store_i_map_get(s, &s->by_iri, 0, iri);
  if (idx < 0)
    return KG_ERR_INPUT;
  kg_status st = kg_store_i_begin(s);
  if (st == KG_OK)
    kg_store_i_remove_graph(s, idx);
  return st;
}

