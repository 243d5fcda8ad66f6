/* store_delta.c — the deltas that let a writer reuse the generation before
 * the committed one instead of copying the whole store (store.h).
 *
 * Owns: PATH/gen-N/delta.nq, the changes that turned gen-(N-1) into gen-N
 * (graphs dropped, graphs put with their N-Triples), and replaying it.
 * A writer starts gen-(N+1).tmp by renaming gen-(N-1) (kept by the sweep
 * while gen-N has a delta) and replaying gen-N's delta into it: the cost is
 * that of the last run's changes, not of the store.  It copies instead
 * when there is no delta (a run that changed more than a quarter of the
 * store writes none: copying is then cheaper than replaying), when a
 * reader holds gen-(N-1) (readers flock() their generation's directory
 * shared; the writer needs it exclusive), or when replaying fails.  A
 * writer killed during the replay leaves only a .tmp directory, which the
 * next one removes; gen-N, the committed generation, is never touched.
 * Does not own: generations, commits, the manifest (store.c). */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <librdf.h>
#include "store_int.h"
#include "write_nt.h"
#include "file.h"

#define DELTA_BASE "#kgbuild-delta-base\t"
#define DELTA_DROP "#kgbuild-delta-drop\t"
#define DELTA_PUT "#kgbuild-delta-put\t"

static char *join(const char *a, const char *b)
{
  size_t n = strlen(a) + strlen(b) + 2;
  char *p = malloc(n);
  if (p)
    snprintf(p, n, "%s/%s", a, b);
  return p;
}

void kg_store_i_delta_stop(kg_store *s)
{
  if (s->delta) {
    fclose(s->delta);
    s->delta = NULL;
  }
  if (s->delta_path) {
    unlink(s->delta_path);
    free(s->delta_path);
    s->delta_path = NULL;
  }
}

void kg_store_i_delta_begin(kg_store *s, const char *tmpdir)
{
  kg_store_i_delta_stop(s);
  s->delta_quads = 0;
  s->delta_limit = 0;
  for (size_t i = 0; i < s->ne; i++)
    if (!s->e[i].dead)
      s->delta_limit += s->e[i].n;
  s->delta_limit = s->delta_limit / 4 > 20000 ? s->delta_limit / 4 : 20000;
  s->delta_path = join(tmpdir, "delta.nq");
  s->delta = s->delta_path ? fopen(s->delta_path, "w") : NULL;
  if (!s->delta || fprintf(s->delta, DELTA_BASE "gen-%06u\n", s->gen) < 0)
    kg_store_i_delta_stop(s);
}

void kg_store_i_delta_drop(kg_store *s, const char *iri)
{
  if (s->delta && fprintf(s->delta, DELTA_DROP "%s\n", iri) < 0)
    kg_store_i_delta_stop(s);
}

void kg_store_i_delta_put(kg_store *s, const char *iri, raptor_statement **st, size_t n)
{
  if (!s->delta)
    return;
  s->delta_quads += n;
  if (s->delta_quads > s->delta_limit || fprintf(s->delta, DELTA_PUT "%s\n", iri) < 0 ||
      kg_write_nt_lines((void *const *)st, n, 0, s->delta) != KG_OK)
    kg_store_i_delta_stop(s); /* the next writer copies */
}

int kg_store_i_delta_finish(kg_store *s)
{
  if (!s->delta)
    return 0;
  int bad = fflush(s->delta) != 0 || ferror(s->delta);
  fclose(s->delta);
  s->delta = NULL;
  free(s->delta_path);
  s->delta_path = NULL;
  return bad ? -1 : 0;
}

/* ------------------------------------------------------------ replay */

typedef struct rp_ctx {
  kg_store *s;
  librdf_node *ctx;
  int errors;
} rp_ctx;

static void rp_statement(void *user, raptor_statement *st)
{
  rp_ctx *c = user;
  if (librdf_model_context_add_statement(c->s->model, c->ctx, st))
    c->errors++;
}

static void rp_log(void *user, raptor_log_message *m)
{
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR)
    ((rp_ctx *)user)->errors++;
}

static void rp_after_log(void *user, raptor_log_message *m)
{
  kg_logf(user, m->level >= RAPTOR_LOG_LEVEL_ERROR ? KG_LOG_ERROR
          : m->level == RAPTOR_LOG_LEVEL_WARN ? KG_LOG_WARN : KG_LOG_DEBUG, "raptor", "%s",
          m->text ? m->text : "(no message)");
}

/* Applies gen-N's delta (buf) to the open model. */
static int replay(kg_store *s, char *buf, size_t len)
{
  char base[64];
  snprintf(base, sizeof base, DELTA_BASE "gen-%06u\n", s->gen - 1);
  if (len < strlen(base) || memcmp(buf, base, strlen(base)) != 0)
    return -1;
  raptor_world *rw = kg_rdf_raptor(s->rdf);
  rp_ctx c = { s, NULL, 0 };
  int bad = 0;
  char *p = buf + strlen(base), *end = buf + len;
  while (!bad && p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl)
      return -1;
    *nl = '\0';
    int drop = strncmp(p, DELTA_DROP, strlen(DELTA_DROP)) == 0;
    int put = strncmp(p, DELTA_PUT, strlen(DELTA_PUT)) == 0;
    if (!drop && !put)
      return -1;
    const char *iri = p + strlen(drop ? DELTA_DROP : DELTA_PUT);
    librdf_node *ctx = librdf_new_node_from_uri_string(s->world, (const unsigned char *)iri);
    if (!ctx)
      return -1;
    p = nl + 1;
    if (drop) {
      librdf_model_context_remove_statements(s->model, ctx);
    } else {
      char *q = p; /* the graph's lines run to the next record */
      while (q < end && *q != '#') {
        char *e = memchr(q, '\n', (size_t)(end - q));
        q = e ? e + 1 : end;
      }
      raptor_parser *rp = raptor_new_parser(rw, "ntriples");
      raptor_uri *bu = raptor_new_uri(rw, (const unsigned char *)"urn:x-kgbuild:delta");
      c.ctx = ctx;
      if (!rp || !bu) {
        bad = 1;
      } else {
        raptor_parser_set_statement_handler(rp, &c, rp_statement);
        raptor_world_set_log_handler(rw, &c, rp_log);
        if (raptor_parser_parse_start(rp, bu) ||
            raptor_parser_parse_chunk(rp, (const unsigned char *)p, (size_t)(q - p), 1) || c.errors)
          bad = 1;
        raptor_world_set_log_handler(rw, (void *)s->log, rp_after_log);
      }
      if (rp)
        raptor_free_parser(rp);
      if (bu)
        raptor_free_uri(bu);
      p = q;
    }
    librdf_free_node(ctx);
  }
  return bad ? -1 : 0;
}


kg_status kg_store_i_reuse(kg_store *s, const char *tmp)
{
  if (s->gen < 2)
    return KG_ERR_INPUT;
  char *cur = kg_store_i_gen_dir(s, s->gen, 0), *prev = kg_store_i_gen_dir(s, s->gen - 1, 0);
  char *dp = cur ? join(cur, "delta.nq") : NULL;
  size_t len = 0;
  char *buf = dp ? kg_file_read(dp, &len) : NULL;
  kg_status st = KG_ERR_INPUT;
  int fd = buf && prev ? open(prev, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
  if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0 && rename(prev, tmp) == 0) {
    /* from here gen-(N-1) is gone: any failure leaves a .tmp to remove */
    st = kg_store_i_open_model(s, tmp, 1, 0);
    if (st == KG_OK && replay(s, buf, len) != 0) {
      kg_logf(s->log, KG_LOG_WARN, s->path, "replaying the last delta failed: copying the store");
      kg_store_i_close_model(s);
      st = KG_ERR_FORMAT;
    }
  }
  if (fd >= 0)
    close(fd);
  free(buf);
  free(dp);
  free(cur);
  free(prev);
  return st;
}

int kg_store_i_reader_lock(const char *dir)
{
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  struct stat a, b;
  if (flock(fd, LOCK_SH | LOCK_NB) || fstat(fd, &a) || stat(dir, &b) || a.st_ino != b.st_ino ||
      a.st_dev != b.st_dev) { /* a writer took it, or it was renamed */
    close(fd);
    return -1;
  }
  return fd;
}
