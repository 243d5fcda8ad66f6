/* cli_store.c — the subcommands of the store and of push (cli_store.h).
 *
 * Owns: argument parsing, progress and error lines on stderr, exit
 * statuses (0 all done, 1 some failed, 2 usage) of query, export,
 * store-stats, load and push, and the per-document hook of
 * `extract --store`.  Does not own: the store (store.c), HTTP (push.c),
 * the pipeline or the extract command itself (main.c). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <getopt.h>
#include <unistd.h>
#include <time.h>
#include <sys/resource.h>
#include "cli_store.h"
#include "cli.h"
#include "store.h"
#include "write_nt.h"
#include "push.h"
#include "world.h"
#include "input.h"
#include "file.h"
#include "pipeline.h"

const char kg_cli_store_usage[] =
  "Store commands (PATH defaults to $KGBUILD_STORE, else ./kgbuild.store):\n"
  "  extract --store PATH INPUT...      add each document's graph to the store (replacing\n"
  "                                     an earlier graph of the same document or source)\n"
  "                                     (a long extract --store commits every 50000 graphs, or\n"
  "                                     after 10 min once the store has doubled;\n"
  "                                     $KGBUILD_STORE_COMMIT_EVERY sets the count)\n"
  "  query [--store PATH] [-f FMT] [-o FILE] 'SPARQL' | -q FILE\n"
  "                                     FMT: table (default), csv, tsv, json, xml;\n"
  "                                     CONSTRUCT: turtle (default), ntriples\n"
  "  export [--store PATH] [-f nquads|ntriples|turtle] [-o FILE]\n"
  "  store-stats [--store PATH] [--graphs]   counts (and the list of graphs)\n"
  "  load [--store PATH] [--graph IRI] [--syntax S] FILE...  add a dataset (Turtle,\n"
  "                                     N-Triples, RDF/XML...) as a named graph\n"
  "  push --endpoint URL [--update] [--resume] [--state FILE] (--store PATH | INPUT...)\n"
  "                                     send each document graph: Graph Store Protocol PUT,\n"
  "                                     or SPARQL Update with --update; credentials from\n"
  "                                     $" KG_PUSH_AUTH_ENV " (user:password) or ~/.netrc;\n"
  "                                     --retries N, --timeout SECONDS, --backoff-ms MS,\n"
  "                                     --graph-param NAME, --cacert FILE, --give-up N,\n"
  "                                     --insecure (no TLS verification: loud warning)\n";

static int quiet;

static const char *default_store(void)
{
  const char *e = getenv("KGBUILD_STORE");
  return e && *e ? e : "kgbuild.store";
}

/* A light world (no models) for commands that only read RDF. */
typedef struct env {
  kg_world *w;
  kg_rdf *rdf;
} env;

static int env_open(env *e, int full, const char *base, char **dicts, size_t nd)
{
  e->rdf = NULL;
  e->w = kg_world_new();
  if (!e->w) {
    fprintf(stderr, "kgbuild: error: out of memory\n");
    return -1;
  }
  kg_world_set_log(e->w, kg_cli_log, &quiet);
  if (base && kg_world_set_base(e->w, base) != KG_OK)
    return -2;
  for (size_t i = 0; i < nd; i++)
    kg_world_add_dictionary(e->w, dicts[i]);
  if (full && kg_world_load_default(e->w) != KG_OK)
    return -1;
  e->rdf = kg_rdf_new(e->w);
  if (!e->rdf) {
    fprintf(stderr, "kgbuild: error: cannot set up RDF\n");
    return -1;
  }
  return 0;
}

static void env_close(env *e)
{
  kg_rdf_free(e->rdf);
  kg_world_free(e->w);
}

static FILE *open_out(const char *path)
{
  if (!path || strcmp(path, "-") == 0)
    return stdout;
  FILE *f = fopen(path, "w");
  if (!f)
    fprintf(stderr, "kgbuild: %s: error: cannot write: %s\n", path, strerror(errno));
  return f;
}

static int close_out(FILE *f, const char *path)
{
  if (f == stdout)
    return fflush(stdout) == 0 ? 0 : -1;
  if (fclose(f)) {
    fprintf(stderr, "kgbuild: %s: error: cannot write: %s\n", path, strerror(errno));
    return -1;
  }
  return 0;
}

/* ------------------------------------------------------------ extract --store */

struct kg_cli_store {
  kg_store *s;
  kg_world *w;
  size_t added, unchanged, since_commit, every;
  size_t at_commit;   /* graphs in the store after the last commit */
  double last_commit; /* a long run commits every `every` graphs, or after 10
                       * minutes once the store has doubled (see after_put) */
  long kill_after; /* test hook: KGBUILD_TEST_KILL_AFTER */
  double secs, cpu; /* wall and CPU time spent in the store (bench/store.sh) */
};

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

kg_cli_store *kg_cli_store_begin(const char *path, kg_world *w, kg_rdf *rdf)
{
  kg_cli_store *cs = calloc(1, sizeof *cs);
  if (!cs)
    return NULL;
  cs->w = w;
  if (kg_store_open(path, 1, rdf, kg_world_log(w), &cs->s) != KG_OK) {
    free(cs);
    return NULL;
  }
  const char *e = getenv("KGBUILD_STORE_COMMIT_EVERY");
  /* a commit may copy the whole store (store.c): not too often */
  cs->every = e && atol(e) > 0 ? (size_t)atol(e) : 50000;
  cs->last_commit = now_s();
  cs->at_commit = kg_store_ngraphs(cs->s);
  e = getenv("KGBUILD_TEST_KILL_AFTER");
  cs->kill_after = e ? atol(e) : 0;
  return cs;
}

/* After a put: counts, the test kill, and a commit now and then. */
static int after_put(kg_cli_store *cs, kg_status st, const char *source, int unchanged)
{
  if (st != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: not stored: %s\n", source ? source : "-",
            kg_status_string(st));
    return 1;
  }
  if (unchanged)
    cs->unchanged++;
  else
    cs->added++;
  if (cs->kill_after > 0 && (long)(cs->added + cs->unchanged) >= cs->kill_after)
    raise(SIGKILL); /* tests: a run killed before its commit */
  /* A commit costs the next write a copy of the store (or a replay of
   * what was written since), so commits by time wait until the run has
   * added as many graphs as the store held: copies then cost at most as
   * much as the writing did, however large the store. */
  if (!unchanged && (++cs->since_commit >= cs->every ||
                     (cs->since_commit >= cs->at_commit && now_s() - cs->last_commit > 600))) {
    cs->since_commit = 0;
    cs->last_commit = now_s();
    double t0 = now_s(), c0 = cpu_s();
    st = kg_store_commit(cs->s);
    cs->secs += now_s() - t0;
    cs->cpu += cpu_s() - c0;
    if (st != KG_OK)
      return 1;
    cs->at_commit = kg_store_ngraphs(cs->s);
  }
  return 0;
}

int kg_cli_store_add(kg_cli_store *cs, const kg_doc *d, kg_graph *g)
{
  char iri[1024];
  kg_graph_doc_iri(cs->w, d, iri, sizeof iri);
  int unchanged = 0;
  double t0 = now_s(), c0 = cpu_s();
  kg_status st = kg_store_put(cs->s, g, iri, d->source, &unchanged);
  cs->secs += now_s() - t0;
  cs->cpu += cpu_s() - c0;
  return after_put(cs, st, d->source, unchanged);
}

int kg_cli_store_emit(kg_graph *g, FILE *out)
{
  if (kg_store_nquads_header(g, out))
    return 1;
  size_t n = kg_graph_size(g);
  void **v = malloc((n + 1) * sizeof *v);
  if (!v)
    return 1;
  for (size_t i = 0; i < n; i++)
    v[i] = kg_graph_statement(g, i);
  kg_status st = kg_write_nt_lines(v, n, 1, out);
  free(v);
  return st != KG_OK;
}

int kg_cli_store_add_file(kg_cli_store *cs, const char *path, const char *source)
{
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "kgbuild: %s: error: %s\n", path, strerror(errno));
    return 1;
  }
  char *buf = NULL;
  size_t cap = 0, n = 0, r;
  do {
    if (n + 65536 > cap) {
      char *nb = realloc(buf, cap = cap ? cap * 2 : 262144);
      if (!nb) {
        free(buf);
        fclose(f);
        return 1;
      }
      buf = nb;
    }
    r = fread(buf + n, 1, cap - n, f);
    n += r;
  } while (r > 0);
  fclose(f);
  int unchanged = 0;
  double t0 = now_s(), c0 = cpu_s();
  kg_status st = kg_store_put_nquads(cs->s, buf ? buf : "", n, source, &unchanged);
  cs->secs += now_s() - t0;
  cs->cpu += cpu_s() - c0;
  free(buf);
  return after_put(cs, st, source, unchanged);
}

int kg_cli_store_end(kg_cli_store *cs, int commit)
{
  if (!cs)
    return 1;
  int rc = 0;
  double t0 = now_s(), c0 = cpu_s();
  if (commit && kg_store_commit(cs->s) != KG_OK)
    rc = 1;
  cs->secs += now_s() - t0;
  cs->cpu += cpu_s() - c0;
  /* the writer's own CPU time (with -j N the workers are not in it):
   * bench/store.sh bounds the throughput of an idle machine with it */
  struct rusage ru;
  double self = getrusage(RUSAGE_SELF, &ru) == 0
    ? (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6
    : 0;
  kg_logf(kg_world_log(cs->w), KG_LOG_INFO, "store", "%zu graphs added or replaced, %zu unchanged "
          "(%.3f s in the store, %.3f s CPU; writer process %.3f s CPU)", cs->added, cs->unchanged,
          cs->secs, cs->cpu, self);
  kg_store_free(cs->s);
  free(cs);
  return rc;
}

/* ------------------------------------------------------------ query/export/stats */

enum { O_STORE = 2000, O_GRAPHS, O_GRAPH, O_SYNTAX, O_ENDPOINT, O_UPDATE, O_RESUME, O_STATE,
       O_RETRIES, O_TIMEOUT, O_BACKOFF, O_GPARAM, O_CACERT, O_GIVEUP, O_BASE, O_DICT, O_NETRC, O_INSECURE };

static char *slurp(const char *path)
{
  char *b = kg_file_read(path, NULL);
  if (!b)
    fprintf(stderr, "kgbuild: %s: error: %s\n", path, strerror(errno));
  return b;
}

int kg_cmd_query(int argc, char **argv)
{
  static const struct option lo[] = {
    { "store", required_argument, 0, O_STORE }, { "format", required_argument, 0, 'f' },
    { "output", required_argument, 0, 'o' }, { "query-file", required_argument, 0, 'q' },
    { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  const char *store = default_store(), *fmt = NULL, *out = NULL, *qfile = NULL;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:q:h", lo, NULL)) != -1) {
    switch (c) {
    case O_STORE: store = optarg; break;
    case 'f': fmt = optarg; break;
    case 'o': out = optarg; break;
    case 'q': qfile = optarg; break;
    case 'h': fputs(kg_cli_store_usage, stdout); return 0;
    default: fputs(kg_cli_store_usage, stderr); return 2;
    }
  }
  static const char *const fmts[] = { "table", "csv", "tsv", "json", "xml", "turtle", "ntriples" };
  int known = !fmt;
  for (size_t i = 0; fmt && i < sizeof fmts / sizeof fmts[0]; i++)
    known |= strcmp(fmt, fmts[i]) == 0;
  if (!known) {
    fprintf(stderr, "kgbuild: query: unknown format '%s' (table, csv, tsv, json, xml, turtle, ntriples)\n", fmt);
    return 2;
  }
  if ((qfile != NULL) == (optind < argc) || argc - optind > 1) {
    fprintf(stderr, "kgbuild: query: give one SPARQL query, or -q FILE\n");
    return 2;
  }
  char *q = qfile ? slurp(qfile) : strdup(argv[optind]);
  if (!q)
    return qfile ? 1 : 2;
  env e;
  int rc = 1;
  kg_store *s = NULL;
  if (env_open(&e, 0, NULL, NULL, 0) == 0 &&
      kg_store_open(store, 0, e.rdf, kg_world_log(e.w), &s) == KG_OK) {
    FILE *f = open_out(out);
    if (f) {
      kg_status st = kg_store_query(s, q, fmt, f);
      rc = st == KG_OK ? 0 : st == KG_ERR_USAGE ? 2 : 1;
      if (close_out(f, out))
        rc = 1;
    }
  }
  kg_store_free(s);
  env_close(&e);
  free(q);
  return rc;
}

int kg_cmd_export(int argc, char **argv)
{
  static const struct option lo[] = {
    { "store", required_argument, 0, O_STORE }, { "format", required_argument, 0, 'f' },
    { "output", required_argument, 0, 'o' }, { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  const char *store = default_store(), *fmt = "nquads", *out = NULL;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:h", lo, NULL)) != -1) {
    switch (c) {
    case O_STORE: store = optarg; break;
    case 'f': fmt = optarg; break;
    case 'o': out = optarg; break;
    case 'h': fputs(kg_cli_store_usage, stdout); return 0;
    default: fputs(kg_cli_store_usage, stderr); return 2;
    }
  }
  if (strcmp(fmt, "nquads") && strcmp(fmt, "ntriples") && strcmp(fmt, "turtle")) {
    fprintf(stderr, "kgbuild: export: unknown format '%s' (nquads, ntriples, turtle)\n", fmt);
    return 2;
  }
  if (optind < argc) {
    fprintf(stderr, "kgbuild: export: unexpected argument '%s'\n", argv[optind]);
    return 2;
  }
  env e;
  int rc = 1;
  kg_store *s = NULL;
  if (env_open(&e, 0, NULL, NULL, 0) == 0 &&
      kg_store_open(store, 0, e.rdf, kg_world_log(e.w), &s) == KG_OK) {
    FILE *f = open_out(out);
    if (f) {
      rc = kg_store_export(s, fmt, f) == KG_OK ? 0 : 1;
      if (close_out(f, out))
        rc = 1;
    }
  }
  kg_store_free(s);
  env_close(&e);
  return rc;
}

int kg_cmd_store_stats(int argc, char **argv)
{
  static const struct option lo[] = {
    { "store", required_argument, 0, O_STORE }, { "graphs", no_argument, 0, O_GRAPHS },
    { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  const char *store = default_store();
  int c, graphs = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
    switch (c) {
    case O_STORE: store = optarg; break;
    case O_GRAPHS: graphs = 1; break;
    case 'h': fputs(kg_cli_store_usage, stdout); return 0;
    default: fputs(kg_cli_store_usage, stderr); return 2;
    }
  }
  if (optind < argc) {
    fprintf(stderr, "kgbuild: store-stats: unexpected argument '%s'\n", argv[optind]);
    return 2;
  }
  env e;
  int rc = 1;
  kg_store *s = NULL;
  kg_store_stats st;
  if (env_open(&e, 0, NULL, NULL, 0) == 0 &&
      kg_store_open(store, 0, e.rdf, kg_world_log(e.w), &s) == KG_OK &&
      kg_store_stats_get(s, &st) == KG_OK) {
    printf("store\t%s\ngeneration\t%u\ngraphs\t%zu\ndocuments\t%zu\ndatasets\t%zu\n"
           "quads\t%zu\ntriples\t%zu\nactors\t%zu\npersons\t%zu\ncountries\t%zu\n"
           "organizations\t%zu\nplaces\t%zu\nevents\t%zu\nrelations\t%zu\n",
           store, st.generation, st.graphs, st.documents, st.datasets, st.quads, st.triples,
           st.actors, st.persons, st.countries, st.organizations, st.places, st.events,
           st.relations);
    for (size_t i = 0; graphs && i < kg_store_ngraphs(s); i++)
      printf("graph\t%s\t%zu\t%s\t%s\n", kg_store_graph_iri(s, i), kg_store_graph_size(s, i),
             kg_store_graph_hash(s, i), kg_store_graph_source(s, i));
    rc = fflush(stdout) == 0 ? 0 : 1;
  }
  kg_store_free(s);
  env_close(&e);
  return rc;
}

int kg_cmd_load(int argc, char **argv)
{
  static const struct option lo[] = {
    { "store", required_argument, 0, O_STORE }, { "graph", required_argument, 0, O_GRAPH },
    { "syntax", required_argument, 0, O_SYNTAX }, { "quiet", no_argument, 0, 'q' },
    { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  const char *store = default_store(), *graph = NULL, *syntax = NULL;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "qh", lo, NULL)) != -1) {
    switch (c) {
    case O_STORE: store = optarg; break;
    case O_GRAPH: graph = optarg; break;
    case O_SYNTAX: syntax = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': fputs(kg_cli_store_usage, stdout); return 0;
    default: fputs(kg_cli_store_usage, stderr); return 2;
    }
  }
  if (optind >= argc) {
    fprintf(stderr, "kgbuild: load: no FILE given\n");
    return 2;
  }
  if (graph && argc - optind > 1) {
    fprintf(stderr, "kgbuild: load: --graph names one graph: give one FILE\n");
    return 2;
  }
  env e;
  kg_store *s = NULL;
  if (env_open(&e, 0, NULL, NULL, 0) || kg_store_open(store, 1, e.rdf, kg_world_log(e.w), &s) != KG_OK) {
    env_close(&e);
    return 1;
  }
  int failed = 0;
  for (int i = optind; i < argc; i++) {
    size_t n = 0;
    int unchanged = 0;
    kg_status st = kg_store_load(s, argv[i], syntax, graph, &n, &unchanged);
    if (st != KG_OK)
      failed++;
    else if (!quiet)
      fprintf(stderr, "kgbuild: %s: %zu triples %s\n", argv[i], n, unchanged ? "unchanged" : "loaded");
  }
  if (kg_store_commit(s) != KG_OK)
    failed++;
  kg_store_free(s);
  env_close(&e);
  return failed ? 1 : 0;
}

/* ------------------------------------------------------------ push */

typedef struct push_run {
  kg_push *p;
  int resume, give_up, consecutive, stopped, tty;
  size_t sent, skipped, failed, seen;
  kg_world *w;
  kg_rdf *rdf;
} push_run;

static void progress(push_run *r, const char *what, const char *iri, int force)
{
  if (quiet)
    return;
  if (r->tty)
    fprintf(stderr, "\rkgbuild: push: %zu sent, %zu unchanged, %zu failed  ", r->sent, r->skipped, r->failed);
  else if (force || r->seen % 100 == 0)
    fprintf(stderr, "kgbuild: push: %zu sent, %zu unchanged, %zu failed (last: %s %s)\n", r->sent,
            r->skipped, r->failed, what, iri);
}

/* One graph: skip (resume), send, or count as failed; 0 ok. */
static int push_one(push_run *r, const char *iri, const char *nt, size_t len)
{
  char hash[17];
  kg_store_hash_hex(nt, len, hash);
  r->seen++;
  if (r->stopped) {
    r->failed++;
    fprintf(stderr, "kgbuild: %s: error: not sent (gave up: the endpoint kept failing)\n", iri);
    return 1;
  }
  if (r->resume && kg_push_done(r->p, iri, hash)) {
    r->skipped++;
    progress(r, "unchanged", iri, 0);
    return 0;
  }
  if (kg_push_graph(r->p, iri, nt, len, hash) != KG_OK) {
    r->failed++;
    if (r->give_up > 0 && ++r->consecutive >= r->give_up) {
      r->stopped = 1;
      fprintf(stderr, "kgbuild: push: error: %d documents in a row failed; the rest are not sent\n",
              r->consecutive);
    }
    progress(r, "failed", iri, 1);
    return 1;
  }
  r->consecutive = 0;
  r->sent++;
  progress(r, kg_push_last_attempts(r->p) > 1 ? "sent after retries" : "sent", iri,
           kg_push_last_attempts(r->p) > 1);
  return 0;
}

static int push_doc(push_run *r, kg_doc *d)
{
  kg_status st = kg_pipeline_run(r->w, d);
  if (st != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: %s\n", d->source, kg_status_string(st));
    r->failed++;
    return 1;
  }
  kg_graph *g = kg_graph_new(r->rdf);
  char *nt = NULL;
  size_t len = 0;
  if (!g || kg_graph_add_doc(g, d) != KG_OK || kg_store_ntriples_of(g, &nt, &len) != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: out of memory\n", d->source);
    kg_graph_free(g);
    r->failed++;
    return 1;
  }
  char iri[1024];
  kg_graph_doc_iri(r->w, d, iri, sizeof iri);
  int rc = push_one(r, iri, nt, len);
  free(nt);
  kg_graph_free(g);
  return rc;
}

static void push_inputs(push_run *r, char **inputs, int n)
{
  kg_input_opts opts = *kg_cli_input_opts();
  for (int i = 0; i < n; i++) {
    char **paths = NULL;
    size_t np = 0;
    if (kg_input_expand(inputs[i], kg_world_log(r->w), &paths, &np) != KG_OK) {
      r->failed++;
      continue;
    }
    for (size_t k = 0; k < np; k++) {
      kg_text t;
      if (kg_input_read(paths[k], &opts, kg_world_log(r->w), &t) != KG_OK) {
        r->failed++;
      } else {
        kg_doc *d = kg_doc_new(t.text, t.len, paths[k]);
        if (!d) {
          r->failed++;
        } else {
          if (t.title)
            kg_doc_set_title(d, t.title);
          if (t.date[0])
            memcpy(d->date, t.date, sizeof d->date);
          push_doc(r, d);
          kg_doc_free(d);
        }
      }
      kg_text_clear(&t);
      free(paths[k]);
    }
    free(paths);
  }
}

int kg_cmd_push(int argc, char **argv)
{
  static const struct option lo[] = {
    { "endpoint", required_argument, 0, O_ENDPOINT }, { "store", required_argument, 0, O_STORE },
    { "update", no_argument, 0, O_UPDATE }, { "resume", no_argument, 0, O_RESUME },
    { "state", required_argument, 0, O_STATE }, { "retries", required_argument, 0, O_RETRIES },
    { "timeout", required_argument, 0, O_TIMEOUT }, { "backoff-ms", required_argument, 0, O_BACKOFF },
    { "graph-param", required_argument, 0, O_GPARAM }, { "cacert", required_argument, 0, O_CACERT },
    { "give-up", required_argument, 0, O_GIVEUP }, { "base", required_argument, 0, O_BASE },
    { "dictionary", required_argument, 0, O_DICT }, { "netrc-file", required_argument, 0, O_NETRC },
    { "insecure", no_argument, 0, O_INSECURE },
    { "quiet", no_argument, 0, 'q' }, { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  kg_push_opts o;
  kg_push_opts_default(&o);
  o.state = NULL;
  const char *store = NULL, *state = NULL, *base = NULL;
  char **dicts = calloc((size_t)argc + 1, sizeof *dicts);
  size_t nd = 0;
  int c, resume = 0, give_up = 3;
  optind = 1;
  opterr = 0; /* getopt would echo an unknown "--password=..." whole */
  while ((c = getopt_long(argc, argv, "qh", lo, NULL)) != -1) {
    char *end = NULL;
    switch (c) {
    case '?': {
      /* name the option without its value; credentials never come from argv */
      const char *a = argv[optind - 1] ? argv[optind - 1] : "";
      int n = a[0] == '-' && a[1] == '-' ? (int)strcspn(a, "=") : 2;
      if (a[0] == '-' && a[1] != '-' && optopt)
        fprintf(stderr, "kgbuild: push: unknown option '-%c'\n", optopt);
      else if (optopt)
        fprintf(stderr, "kgbuild: push: option '%.*s' needs a value\n", n, a);
      else
        fprintf(stderr, "kgbuild: push: unknown option '%.*s'\n", n, a);
      if (optopt == 'u' || optopt == 'p' || strcasestr(a, "pass") || strcasestr(a, "user") || strcasestr(a, "auth") ||
          strcasestr(a, "cred") || strcasestr(a, "token") || strcasestr(a, "secret"))
        fputs("kgbuild: push: credentials are never taken on the command line (other users can read "
              "it): set " KG_PUSH_AUTH_ENV "=user:password or use ~/.netrc (--netrc-file FILE)\n", stderr);
      free(dicts);
      return 2;
    }
    case O_INSECURE: o.insecure = 1; break;
    case O_ENDPOINT: o.endpoint = optarg; break;
    case O_STORE: store = optarg; break;
    case O_UPDATE: o.update = 1; break;
    case O_RESUME: resume = 1; break;
    case O_STATE: state = optarg; break;
    case O_RETRIES: o.retries = (int)strtol(optarg, &end, 10); break;
    case O_TIMEOUT: o.timeout_ms = (long)(strtod(optarg, &end) * 1000); break;
    case O_BACKOFF: o.backoff_ms = strtol(optarg, &end, 10); break;
    case O_GPARAM: o.graph_param = optarg; break;
    case O_CACERT: o.cacert = optarg; break;
    case O_GIVEUP: give_up = (int)strtol(optarg, &end, 10); break;
    case O_BASE: base = optarg; break;
    case O_DICT: dicts[nd++] = optarg; break;
    case O_NETRC: o.netrc = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': fputs(kg_cli_store_usage, stdout); free(dicts); return 0;
    default: fputs(kg_cli_store_usage, stderr); free(dicts); return 2;
    }
    if (end && (*end || end == optarg)) {
      fprintf(stderr, "kgbuild: push: '%s' is not a number\n", optarg);
      free(dicts);
      return 2;
    }
  }
  if (!o.endpoint || (!store) == (optind >= argc) || (store && optind < argc)) {
    fprintf(stderr, "kgbuild: push: give --endpoint URL and either --store PATH or INPUT...\n");
    free(dicts);
    return 2;
  }
  o.state = state ? state : kg_push_default_state();
  if (o.insecure) /* printed even with -q */
    fputs("kgbuild: push: WARNING: --insecure: TLS certificates and host names are NOT verified; "
          "anyone on the path can read the credentials and change the graphs\n", stderr);
  env e;
  int er = env_open(&e, store == NULL, base, dicts, nd);
  free(dicts);
  if (er) {
    env_close(&e);
    return er == -2 ? 2 : 1;
  }
  push_run r;
  memset(&r, 0, sizeof r);
  r.resume = resume;
  r.give_up = give_up;
  r.w = e.w;
  r.rdf = e.rdf;
  r.tty = isatty(2);
  kg_status st = kg_push_new(&o, kg_world_log(e.w), &r.p);
  if (st != KG_OK) {
    env_close(&e);
    return st == KG_ERR_USAGE ? 2 : 1;
  }
  int rc = 0;
  if (store) {
    kg_store *s = NULL;
    if (kg_store_open(store, 0, e.rdf, kg_world_log(e.w), &s) != KG_OK) {
      rc = 1;
    } else {
      size_t n = kg_store_ngraphs(s);
      if (!quiet)
        fprintf(stderr, "kgbuild: push: %zu graphs from %s to %s\n", n, store, o.endpoint);
      for (size_t i = 0; i < n; i++) {
        char *nt;
        size_t len;
        const char *iri = kg_store_graph_iri(s, i);
        if (kg_store_graph_ntriples(s, iri, &nt, &len) != KG_OK) {
          fprintf(stderr, "kgbuild: %s: error: cannot read the graph from the store\n", iri);
          r.failed++;
          continue;
        }
        push_one(&r, iri, nt, len);
        free(nt);
      }
    }
    kg_store_free(s);
  } else {
    push_inputs(&r, argv + optind, argc - optind);
  }
  if (!quiet) {
    if (r.tty)
      fputc('\n', stderr);
    fprintf(stderr, "kgbuild: push: done: %zu sent, %zu unchanged (--resume), %zu failed\n", r.sent,
            r.skipped, r.failed);
  }
  kg_push_free(r.p);
  env_close(&e);
  return rc || r.failed ? 1 : 0;
}
