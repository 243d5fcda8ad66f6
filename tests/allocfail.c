/* allocfail.c — allocation-failure sweep.  Linked from the library's own
 * objects with -Wl,--wrap=malloc,calloc,realloc,strdup,strndup,aligned_alloc,free (see
 * Makefile.am), so only allocations made by OUR code are counted and can be
 * failed; Raptor, Redland, libc and the rest allocate as usual.
 *
 *   tests/allocfail [doc|world|all]    (default all)
 *
 * doc:   with a world loaded, counts the allocations of one small HTML
 *        document through the whole extract pipeline (read, pipeline, graph,
 *        the Turtle, N-Triples, JSON-LD, GraphML and HTML writers), then
 *        repeats it failing the Nth allocation, for every N.
 * world: the same over kg_world_new + kg_world_load (each load reads the
 *        models and dictionaries, about a second), twice: dictionaries
 *        parsed from Turtle (KGBUILD_NO_CACHE=1), then read from a fresh
 *        cache; N = 1..8, then KG_ALLOC_WORLD_POINTS evenly spaced N
 *        (default 12; 0: every N), and the last 16 (the NER model's load).
 * Each run must: not crash (ASan/UBSan builds abort on any report); return
 * a clean error status or succeed; when a step that takes a logger fails,
 * have reported an ERROR through the log handler; and free every block our
 * code allocated during the run (a table of live blocks, kept obfuscated so
 * LeakSanitizer still sees real leaks).  KG_ALLOC_FAIL_AT=N runs one N only.
 * Prints "N passed, M failed" and exits non-zero on any failure. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <execinfo.h>
#include "kgbuild.h"
#include "log.h"
#include "doc.h"
#include "input.h"
#include "pipeline.h"
#include "graph.h"
#include "write.h"
#include "world.h"

/* ------------------------------------------------------------ the wraps */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__real_aligned_alloc(size_t a, size_t n);
void __real_free(void *p);
void *__wrap_aligned_alloc(size_t a, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
void __wrap_free(void *p);

static int armed;            /* counting (and tracking) on */
static long ncalls;          /* allocations counted since arming */
static long fail_at;         /* 0: never */
static int injected;         /* the Nth allocation was failed */

#define TBITS 23
#define TSIZE ((size_t)1 << TBITS)
#define TOMB ((uintptr_t)1)
#define MASK ((uintptr_t)0x5a5a5a5a5a5a5a5aULL)
static uintptr_t *table;     /* live blocks allocated while armed, p ^ MASK */
static size_t tlive, tused;
static int toverflow;

static size_t slot(uintptr_t k)
{
  k ^= k >> 29;
  k *= 0xbf58476d1ce4e5b9ULL;
  k ^= k >> 32;
  return (size_t)k & (TSIZE - 1);
}

static void track_add(void *p)
{
  if (!armed || !p || !table)
    return;
  if (tused + 1 >= TSIZE / 2) {
    toverflow = 1;
    return;
  }
  uintptr_t k = (uintptr_t)p ^ MASK;
  size_t i = slot(k);
  while (table[i] && table[i] != TOMB)
    i = (i + 1) & (TSIZE - 1);
  if (!table[i])
    tused++;
  table[i] = k;
  tlive++;
}

static void track_del(void *p)
{
  if (!p || !table || !tlive)
    return;
  uintptr_t k = (uintptr_t)p ^ MASK;
  for (size_t i = slot(k); table[i]; i = (i + 1) & (TSIZE - 1))
    if (table[i] == k) {
      table[i] = TOMB;
      tlive--;
      return;
    }
}

static void track_reset(void)
{
  if (table && tused)
    memset(table, 0, TSIZE * sizeof *table);
  tlive = tused = 0;
  toverflow = 0;
}

static int fail_now(void)
{
  if (!armed)
    return 0;
  if (++ncalls == fail_at) {
    injected = 1;
    if (getenv("KG_ALLOC_BT")) { /* where the failed allocation is (addr2line) */
      void *bt[16];
      backtrace_symbols_fd(bt, backtrace(bt, 16), 2);
    }
    return 1;
  }
  return 0;
}

void *__wrap_malloc(size_t n)
{
  if (fail_now())
    return NULL;
  void *p = __real_malloc(n);
  track_add(p);
  return p;
}

void *__wrap_calloc(size_t n, size_t m)
{
  if (fail_now())
    return NULL;
  void *p = __real_calloc(n, m);
  track_add(p);
  return p;
}

void *__wrap_realloc(void *p, size_t n)
{
  if (fail_now())
    return NULL;
  void *q = __real_realloc(p, n);
  if (q) {
    track_del(p);
    track_add(q);
  }
  return q;
}

char *__wrap_strdup(const char *s)
{
  if (fail_now())
    return NULL;
  char *p = __real_strdup(s);
  track_add(p);
  return p;
}

char *__wrap_strndup(const char *s, size_t n)
{
  if (fail_now())
    return NULL;
  char *p = __real_strndup(s, n);
  track_add(p);
  return p;
}

void *__wrap_aligned_alloc(size_t a, size_t n)
{
  if (fail_now())
    return NULL;
  void *p = __real_aligned_alloc(a, n);
  track_add(p);
  return p;
}

void __wrap_free(void *p)
{
  track_del(p);
  __real_free(p);
}

/* ------------------------------------------------------------ the log */

static int nerrors;          /* ERROR messages since the last reset */
static int verbose;
static char last_msg[512];

static void log_fn(void *user, kg_log_level level, const char *where, const char *msg)
{
  (void)user;
  if (level >= KG_LOG_ERROR) {
    nerrors++;
    snprintf(last_msg, sizeof last_msg, "%s: %s", where ? where : "-", msg);
  }
  if (verbose)
    fprintf(stderr, "  log %d %s: %s\n", (int)level, where ? where : "-", msg);
}

static const kg_logger logger = { log_fn, NULL, KG_LOG_DEBUG };

/* ------------------------------------------------------------ one run */

static int pass, fail;
static char input_path[4096];

static void bad(const char *what, long n, const char *why)
{
  fail++;
  fprintf(stderr, "FAIL: %s, allocation %ld failed: %s\n", what, n, why);
}

/* A step that takes a logger failed: it must have said so. */
static int reported(kg_status st, int before)
{
  return st == KG_OK || nerrors > before;
}

/* The per-document pipeline; 0 when every failure was clean and reported. */
static int run_doc(kg_world *w, const char **why)
{
  int ok = 1, e;
  kg_text t;
  memset(&t, 0, sizeof t);
  e = nerrors;
  kg_status st = kg_input_read(input_path, NULL, &logger, &t);
  if (!reported(st, e)) {
    *why = "kg_input_read failed without an error message";
    ok = 0;
  }
  kg_doc *d = st == KG_OK ? kg_doc_new(t.text, t.len, input_path) : NULL;
  if (d) {
    if (t.title)
      kg_doc_set_title(d, t.title);
    e = nerrors;
    st = kg_pipeline_run(w, d);
    if (!reported(st, e)) {
      *why = "kg_pipeline_run failed without an error message";
      ok = 0;
    }
  }
  kg_text_clear(&t);
  kg_rdf *rdf = d && st == KG_OK ? kg_rdf_new(w) : NULL;
  kg_graph *g = rdf ? kg_graph_new(rdf) : NULL;
  if (g) {
    st = kg_graph_add_doc(g, d);
    if (st == KG_OK) {
      kg_graph_normalize(g);
      static const kg_format fmts[] = { KG_FMT_TURTLE, KG_FMT_NTRIPLES, KG_FMT_JSONLD,
                                        KG_FMT_GRAPHML, KG_FMT_HTML };
      for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        FILE *f = fopen("/dev/null", "w");
        if (!f)
          continue;
        e = nerrors;
        kg_writer *wr = kg_writer_new(rdf, fmts[i], f, w);
        if (wr) {
          st = kg_writer_add(wr, g);
          kg_status st2 = kg_writer_finish(wr);
          if (st == KG_OK)
            st = st2;
          if (!reported(st, e)) {
            *why = "a writer failed without an error message";
            ok = 0;
          }
          kg_writer_free(wr);
        }
        fclose(f);
      }
    }
  }
  kg_graph_free(g);
  kg_rdf_free(rdf);
  kg_doc_free(d);
  return ok;
}

static kg_world *load_world(int *ok, const char **why)
{
  const char *src = getenv("KG_SRCDIR");
  char onto[4096], models[4096];
  snprintf(onto, sizeof onto, "%s/ontology", src && *src ? src : KG_SRCDIR);
  snprintf(models, sizeof models, "%s/models", src && *src ? src : KG_SRCDIR);
  *ok = 1;
  kg_world *w = kg_world_new();
  if (!w)
    return NULL;
  kg_world_set_log(w, log_fn, NULL);
  int e = nerrors;
  kg_status st = kg_world_load(w, onto, models);
  if (!reported(st, e)) {
    *why = "kg_world_load failed without an error message";
    *ok = 0;
  }
  if (st != KG_OK) {
    kg_world_free(w);
    return NULL;
  }
  return w;
}

static void arm(long n)
{
  track_reset();
  ncalls = 0;
  fail_at = n;
  injected = 0;
  armed = 1;
}

static long disarm(void)
{
  armed = 0;
  return ncalls;
}

/* Checks one finished run: leaks, and the failure actually happened. */
static void judge(const char *what, long n, int ok, const char *why)
{
  if (!ok) {
    bad(what, n, why);
    return;
  }
  if (toverflow) {
    bad(what, n, "too many live blocks to track");
    return;
  }
  if (tlive) {
    char b[128];
    snprintf(b, sizeof b, "%zu block(s) our code allocated were not freed", tlive);
    bad(what, n, b);
    return;
  }
  pass++;
}

static void sweep_doc(kg_world *w, long only)
{
  const char *why = NULL;
  /* warm-up: lazily built tables of the world are made once, outside */
  run_doc(w, &why);
  arm(0);
  int ok = run_doc(w, &why);
  long total = disarm();
  judge("doc (no failure)", 0, ok, why);
  fprintf(stderr, "doc: %ld allocations per run\n", total);
  for (long n = only ? only : 1; n <= (only ? only : total); n++) {
    why = NULL;
    arm(n);
    ok = run_doc(w, &why);
    disarm();
    judge("doc", n, ok, why);
  }
}

/* One load of the world with the n-th allocation failing, judged. */
static void world_at(const char *what, long n)
{
  const char *why = NULL;
  int ok;
  arm(n);
  kg_world *w = load_world(&ok, &why);
  kg_world_free(w);
  disarm();
  judge(what, n, ok, why);
}

static void sweep_world(const char *what, long only)
{
  const char *why = NULL;
  int ok;
  arm(0);
  kg_world *w = load_world(&ok, &why);
  long total = disarm();
  kg_world_free(w);
  judge(what, 0, ok && w, why ? why : "load failed");
  fprintf(stderr, "%s: %ld allocations per load\n", what, total);
  const char *e = getenv("KG_ALLOC_WORLD_POINTS");
  long points = e ? atol(e) : 12;
  long step = points > 0 ? total / points + 1 : 1;
  for (long n = only ? only : 1; n <= (only ? only : total); n += n < 8 ? 1 : step)
    world_at(what, n);
  /* and every one of the last 16: the NER model, loaded last (its tables
   * and integer weights) */
  for (long n = total - 15 > 8 ? total - 15 : 9; !only && n <= total; n++)
    if ((n - 8) % step != 0)             /* (those are done above) */
      world_at(what, n);
}

int main(int argc, char **argv)
{
  const char *mode = argc > 1 ? argv[1] : "all";
  const char *only_s = getenv("KG_ALLOC_FAIL_AT");
  long only = only_s ? atol(only_s) : 0;
  verbose = getenv("KG_ALLOC_VERBOSE") != NULL;
  table = __real_calloc(TSIZE, sizeof *table);
  const char *src = getenv("KG_SRCDIR");
  snprintf(input_path, sizeof input_path, "%s/tests/data/allocfail.html",
           src && *src ? src : KG_SRCDIR);
  if (!table)
    return 2;
  if (strcmp(mode, "doc") == 0 || strcmp(mode, "all") == 0) {
    const char *why = NULL;
    int ok;
    kg_world *w = load_world(&ok, &why);
    if (!w) {
      fprintf(stderr, "allocfail: cannot load the world: %s\n", last_msg);
      return 2;
    }
    sweep_doc(w, only);
    kg_world_free(w);
  }
  if (strcmp(mode, "world") == 0 || strcmp(mode, "all") == 0) {
    /* the dictionaries parsed from Turtle, then read from a fresh cache */
    setenv("KGBUILD_NO_CACHE", "1", 1);
    sweep_world("world (Turtle)", only);
    char dir[] = "/tmp/kg-allocfail-XXXXXX";
    if (mkdtemp(dir)) {
      setenv("KGBUILD_NO_CACHE", "0", 1);
      setenv("KGBUILD_CACHE_DIR", dir, 1);
      const char *why = NULL;
      int ok;
      kg_world_free(load_world(&ok, &why)); /* writes the cache */
      sweep_world("world (cache)", only);
      char cmd[128];
      snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
      if (system(cmd) != 0)
        fprintf(stderr, "allocfail: could not remove %s\n", dir);
    }
  }
  __real_free(table);
  printf("%d passed, %d failed\n", pass, fail);
  return fail ? 1 : 0;
}
