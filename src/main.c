/* main.c — the kgbuild command line: a thin program over libkgbuild.
 * Owns: argument parsing, the log handler that prints to stderr, exit
 * statuses (0 all inputs processed, 1 some failed, 2 usage), and writing
 * the output file atomically (temporary file, then rename).
 * Does not own: any pipeline stage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <getopt.h>
#include <unistd.h>
#include "kgbuild.h"
#include "world.h"
#include "doc.h"
#include "input.h"
#include "pipeline.h"
#include "graph.h"
#include "write.h"
#include "conllu.h"
#include "cli_parallel.h"
#include "cli_lines.h"
#include <sys/stat.h>
#include "cli.h"
#include "cli_store.h"

static int quiet;
static kg_stage_times *timings; /* hidden --timings: per-stage CPU time, NULL when off */
static int list_skipped; /* --inputs-from skipped a line (reported): exit 1 */

/* The input limits of this run: defaults, then the environment (main). */
static kg_input_opts cli_opts;
static int cli_opts_ready;

const kg_input_opts *kg_cli_input_opts(void)
{
  if (!cli_opts_ready) {
    kg_input_opts_default(&cli_opts);
    cli_opts_ready = 1;
  }
  return &cli_opts;
}

/* One message, one line: control characters of a hostile name (newlines,
 * escape sequences for the terminal) are written as \n, \t or \xHH. */
static void put_line_safe(FILE *f, const char *s)
{
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (*p == '\n')
      fputs("\\n", f);
    else if (*p == '\t')
      fputs("\\t", f);
    else if (*p < 0x20 || *p == 0x7F)
      fprintf(f, "\\x%02X", *p);
    else
      fputc(*p, f);
  }
}

void kg_cli_log(void *user, kg_log_level level, const char *where, const char *msg)
{
  const int *q = user;
  if (level == KG_LOG_DEBUG || (q && *q && level < KG_LOG_ERROR))
    return;
  const char *lv = level >= KG_LOG_ERROR ? "error" : level == KG_LOG_WARN ? "warning" : "info";
  /* the line is made whole first and written at once: the -j workers
   * share the parent's stderr, and character-by-character writes of two
   * workers interleave */
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  for (int pass = f ? 0 : 1; pass < 2; pass++) {   /* 1: straight to stderr */
    FILE *o = pass ? stderr : f;
    fputs("kgbuild: ", o);
    if (where) {
      put_line_safe(o, where);
      fputs(": ", o);
    }
    fprintf(o, "%s: ", lv);
    put_line_safe(o, msg);
    fputc('\n', o);
    if (pass == 0) {
      int ok = fclose(f) == 0 && buf;
      for (size_t off = 0; ok && off < len;) {
        ssize_t w = write(fileno(stderr), buf + off, len - off);
        if (w < 0 && errno == EINTR)
          continue;
        if (w <= 0)
          break;                          /* stderr is gone: nothing more to do */
        off += (size_t)w;
      }
      free(buf);
      if (ok)
        break;                            /* else the message still goes out, unbuffered */
    }
  }
}

static void usage(FILE *f)
{
  fputs("Usage: kgbuild COMMAND [OPTIONS] ...\n"
        "\n"
        "Commands:\n"
        "  extract [OPTIONS] INPUT...   articles to an RDF knowledge graph\n"
        "  annotate [OPTIONS] INPUT...  tokens, tags, trees and entities as CoNLL-U\n"
        "  train tagger|parser|ner ...  train a model (see 'kgbuild train MODEL --help')\n"
        "  stats [OPTIONS] INPUT...     table of actors, events and relations of a graph\n"
        "  query, export, store-stats, load   the embedded store (see below)\n"
        "  push --endpoint URL ...      send document graphs to a SPARQL endpoint\n"
        "\n"
        "INPUT is a file, a directory (its .txt, .html, .htm files, recursively),\n"
        "an http(s) URL, or - for standard input.\n"
        "\n"
        "extract options:\n"
        "  -f, --format FMT       turtle (default), ntriples, nquads, rdfxml, json, dot,\n"
        "                         graphml, jsonld, html (evidence viewer), svg (Graphviz)\n"
        "  -o, --output FILE      write to FILE instead of standard output\n"
        "      --base IRI         namespace of minted IRIs (default https://w3id.org/kgbuild/id/)\n"
        "      --dictionary FILE  add a Turtle dictionary of actors/patterns (repeatable)\n"
        "  -j, --jobs N           N worker processes (0: one per core); output order is\n"
        "                         the same for any N (turtle, ntriples, nquads)\n"
        "      --inputs-from FILE read more INPUTs from FILE (- for stdin), one per line\n"
        "      --jsonl FILE       read documents as JSON Lines from FILE (- for stdin):\n"
        "                         {\"id\":..., \"text\":..., \"title\":..., \"date\":\"YYYY-MM-DD\"}\n"
        "      --tag-beam G       the parser chooses between the tagger's two readings of\n"
        "                         a word whose tagger gap is below G (also KGBUILD_TAG_BEAM;\n"
        "                         off by default; KGBUILD_TAG_PRIOR, default 3, weighs\n"
        "                         against the runner-up); also for annotate\n"
        "      --date YYYY-MM-DD  the day of the news for documents that give no full date:\n"
        "                         a dateline's month and day with no year take the year\n"
        "                         that puts them on or before it (a week's grace); an\n"
        "                         undated document is dated this day\n"
        "      --summary          print counts of actors, events and relations per input on stderr\n"
        "  -q, --quiet            only print errors\n"
        "      --store PATH       add the graphs to the embedded store PATH instead of writing\n"
        "\n"
        "annotate options:\n"
        "  -f, --format conllu    output format (only conllu)\n"
        "  -o, --output FILE      write to FILE\n"
        "      --tokenized        input is one sentence per line of space-separated words;\n"
        "                         an empty line separates documents\n"
        "\n"
        "\n"
        "  -h, --help             this help\n"
        "  -V, --version          print the version\n"
        "\n"
        "Exit status: 0 when every input was processed, 1 when some failed (the\n"
        "others are still written), 2 for a usage error.\n", f);
  fprintf(f, "\n%s", kg_cli_store_usage);
}

/* Output file written through a temporary file renamed at the end, so a
 * failed run never leaves a half-written file in place. */
typedef struct outfile {
  FILE *f;
  const char *path;
  char *tmp;
} outfile;

static int out_open(outfile *o, const char *path)
{
  o->path = path;
  o->tmp = NULL;
  if (!path || strcmp(path, "-") == 0) {
    o->f = stdout;
    return 0;
  }
  struct stat sb;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    /* a device or pipe (-o /dev/null): written in place, never renamed over */
    if (!(o->f = fopen(path, "wb"))) {
      fprintf(stderr, "kgbuild: %s: error: cannot write: %s\n", path, strerror(errno));
      return -1;
    }
    return 0;
  }
  size_t n = strlen(path) + 32;
  o->tmp = malloc(n);
  if (!o->tmp)
    return -1;
  snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
  o->f = fopen(o->tmp, "wb");
  if (!o->f) {
    fprintf(stderr, "kgbuild: %s: error: cannot write: %s\n", path, strerror(errno));
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  return 0;
}

static int out_close(outfile *o, int ok)
{
  if (o->f == stdout) {
    if (fflush(stdout) == EOF) {
      fprintf(stderr, "kgbuild: standard output: error: %s\n", strerror(errno));
      return -1;
    }
    return 0;
  }
  int rc = fclose(o->f) == 0 ? 0 : -1;
  if (!o->tmp) {
    if (rc != 0)
      fprintf(stderr, "kgbuild: %s: error: cannot write: %s\n", o->path, strerror(errno));
    return rc;
  }
  if (rc == 0 && ok && rename(o->tmp, o->path) != 0)
    rc = -1;
  if (rc != 0 || !ok)
    unlink(o->tmp);
  if (rc != 0)
    fprintf(stderr, "kgbuild: %s: error: cannot write: %s\n", o->path, strerror(errno));
  free(o->tmp);
  return rc;
}

static kg_world *make_world(char **dicts, size_t ndicts, const char *base)
{
  kg_world *w = kg_world_new();
  if (!w) {
    fprintf(stderr, "kgbuild: error: out of memory\n");
    return NULL;
  }
  kg_world_set_log(w, kg_cli_log, &quiet);
  if (base && kg_world_set_base(w, base) != KG_OK) {
    kg_world_free(w);
    return NULL;
  }
  for (size_t i = 0; i < ndicts; i++)
    kg_world_add_dictionary(w, dicts[i]);
  if (kg_world_load_default(w) != KG_OK) {
    kg_world_free(w);
    return NULL;
  }
  return w;
}

static void summary(FILE *f, const kg_doc *d, size_t triples)
{
  size_t per = 0, cty = 0, org = 0, pla = 0, hedged = 0, neg = 0;
  for (size_t i = 0; i < d->nactors; i++)
    switch (d->actors[i].type) {
    case KG_ACT_PERSON: per++; break;
    case KG_ACT_COUNTRY: cty++; break;
    case KG_ACT_ORG: org++; break;
    default: pla++; break;
    }
  for (size_t i = 0; i < d->nevents; i++) {
    if (d->events[i].factuality == KG_FACT_HEDGED) hedged++;
    if (d->events[i].factuality == KG_FACT_NEGATED) neg++;
  }
  fprintf(f, "%s: %zu actors (%zu persons, %zu countries, %zu organisations), %zu places, "
          "%zu events (%zu hedged, %zu negated), %zu relations, %zu sentences, %zu triples\n",
          d->source ? d->source : "-", per + cty + org, per, cty, org, pla, d->nevents, hedged, neg,
          d->nrels, d->nsents, triples);
}

/* Reads one source into a document (NULL when it failed, reported). */
static kg_doc *load_doc(kg_world *w, const char *path, const kg_input_opts *opts)
{
  kg_text t;
  kg_doc *d = NULL;
  double t0 = timings ? kg_stage_clock() : 0;
  if (kg_input_read(path, opts, kg_world_log(w), &t) == KG_OK) {
    d = kg_doc_new(t.text, t.len, path);
    if (!d) {
      fprintf(stderr, "kgbuild: %s: error: out of memory\n", path);
    } else {
      if (t.title)
        kg_doc_set_title(d, t.title);
      if (t.date[0])
        memcpy(d->date, t.date, sizeof d->date);
    }
  }
  kg_text_clear(&t);
  if (timings)
    timings->sec[KG_STAGE_READ] += kg_stage_clock() - t0;
  return d;
}

/* --timings: the table of CPU time per stage on stderr. */
static void print_timings(const kg_stage_times *t)
{
  double total = 0;
  for (int s = 0; s < KG_STAGE_COUNT; s++)
    total += t->sec[s];
  fprintf(stderr, "kgbuild: timings: %llu documents, %.3f MB, %llu tokens; thread CPU time per stage\n",
          (unsigned long long)t->docs, (double)t->bytes / 1e6, (unsigned long long)t->tokens);
  fprintf(stderr, "%-8s %9s %7s %10s %12s\n", "stage", "CPU s", "share", "MB/s", "ns/token");
  for (int s = 0; s <= KG_STAGE_COUNT; s++) {
    double v = s < KG_STAGE_COUNT ? t->sec[s] : total;
    fprintf(stderr, "%-8s %9.3f %6.1f%% %10.2f %12.0f\n", s < KG_STAGE_COUNT ? kg_stage_name(s) : "total",
            v, total > 0 ? 100 * v / total : 0, v > 0 ? (double)t->bytes / 1e6 / v : 0,
            t->tokens ? 1e9 * v / (double)t->tokens : 0);
  }
}

/* Expands one INPUT into sources (a directory into its files); standard
 * input may be named once.  Returns 1 when it failed (reported). */
static int expand_one(kg_world *w, const char *input, int *stdin_used, char ***paths, size_t *np)
{
  if (strcmp(input, "-") == 0 && (*stdin_used)++) {
    fprintf(stderr, "kgbuild: -: error: standard input given twice\n");
    return 1;
  }
  return kg_input_expand(input, kg_world_log(w), paths, np) != KG_OK;
}

/* Expands every INPUT into sources; *failed counts the inputs that could
 * not be expanded (reported). */
static char **expand_all(kg_world *w, char **inputs, int n, size_t *nsrc, int *failed)
{
  char **all = NULL;
  size_t na = 0;
  int stdin_used = 0;
  for (int i = 0; i < n; i++) {
    char **paths = NULL;
    size_t np = 0;
    if (expand_one(w, inputs[i], &stdin_used, &paths, &np)) {
      (*failed)++;
      continue;
    }
    char **grown = realloc(all, (na + np + 1) * sizeof *all);
    if (!grown) {
      for (size_t k = 0; k < np; k++)
        free(paths[k]);
      free(paths);
      (*failed)++;
      continue;
    }
    all = grown;
    for (size_t k = 0; k < np; k++)
      all[na++] = paths[k];
    free(paths);
  }
  *nsrc = na;
  return all;
}

/* Reads every INPUT into documents; calls fn for each.  Returns the number
 * of inputs that failed. */
typedef int (*doc_fn)(void *ctx, kg_doc *doc);

static int for_each_input(kg_world *w, char **inputs, int n, doc_fn fn, void *ctx)
{
  int failed = 0, stdin_used = 0;
  kg_input_opts opts = *kg_cli_input_opts();
  for (int i = 0; i < n; i++) {
    char **paths = NULL;
    size_t np = 0;
    if (expand_one(w, inputs[i], &stdin_used, &paths, &np)) {
      failed++;
      continue;
    }
    for (size_t k = 0; k < np; k++) {
      kg_doc *d = load_doc(w, paths[k], &opts);
      if (!d)
        failed++;
      else if (fn(ctx, d))
        failed++;
      kg_doc_free(d);
      free(paths[k]);
    }
    free(paths);
  }
  return failed;
}

typedef struct extract_ctx {
  kg_world *w;
  kg_rdf *rdf;
  kg_writer *wr;
  int summary;
  kg_cli_store *store; /* extract --store: graphs go to the store (cli_store.c) */
  FILE *sum;           /* where --summary lines go; NULL: stderr */
  FILE *emit;          /* -j N --store worker: the graph goes here for the store */
} extract_ctx;

static int extract_one(void *p, kg_doc *d)
{
  extract_ctx *c = p;
  kg_status st = kg_pipeline_run_timed(c->w, d, timings);
  if (st != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: %s\n", d->source, kg_status_string(st));
    return 1;
  }
  double t0 = timings ? kg_stage_clock() : 0;
  kg_graph *g = kg_graph_new(c->rdf);
  if (!g || kg_graph_add_doc(g, d) != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: out of memory\n", d->source);
    kg_graph_free(g);
    return 1;
  }
  kg_graph_normalize(g);
  size_t ntriples = kg_graph_size(g);
  if (timings) {
    double t1 = kg_stage_clock();
    timings->sec[KG_STAGE_GRAPH] += t1 - t0;
    t0 = t1;
  }
  st = c->store ? (kg_cli_store_add(c->store, d, g) ? KG_ERR_IO : KG_OK)
     : c->emit ? (kg_cli_store_emit(g, c->emit) ? KG_ERR_IO : KG_OK) : kg_writer_add(c->wr, g);
  kg_graph_free(g);
  if (timings)
    timings->sec[KG_STAGE_WRITE] += kg_stage_clock() - t0;
  if (c->summary)
    summary(c->sum ? c->sum : stderr, d, ntriples);
  if (st != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: writing the graph failed\n", d->source);
    return 1;
  }
  return 0;
}

/* -j N: one item per source, processed in a worker process */
typedef struct par_ctx {
  kg_world *w;
  char **srcs;
  kg_format fmt;
  int summary;
  kg_rdf *rdf;    /* created in each worker on first use */
  int store;      /* --store: emit each graph for the store writer */
} par_ctx;

static int par_work(void *p, size_t i, FILE *out, FILE *sum)
{
  par_ctx *c = p;
  kg_input_opts opts = *kg_cli_input_opts();
  if (!c->rdf && !(c->rdf = kg_rdf_new(c->w))) {
    fprintf(stderr, "kgbuild: error: cannot set up the RDF writer\n");
    return 1;
  }
  kg_doc *d = load_doc(c->w, c->srcs[i], &opts);
  if (!d)
    return 1;
  if (c->store) {
    extract_ctx ec = { c->w, c->rdf, NULL, c->summary, NULL, sum, out };
    int bad = extract_one(&ec, d);
    kg_doc_free(d);
    return bad;
  }
  kg_writer *wr = kg_writer_new(c->rdf, c->fmt, out, c->w);
  extract_ctx ec = { c->w, c->rdf, wr, c->summary, NULL, sum, NULL };
  int bad = wr ? extract_one(&ec, d) : 1;
  if (wr && kg_writer_finish(wr) != KG_OK)
    bad = 1;
  kg_writer_free(wr);
  kg_doc_free(d);
  return bad;
}

/* The items of -j N: every INPUT expanded into sources, with their sizes
 * (for the progress line; NULL when out of memory, then no progress). */
typedef struct sources {
  char **srcs;
  size_t n;
  size_t *sizes;
  int failed; /* inputs that could not be expanded (reported) */
} sources;

static void sources_get(kg_world *w, char **inputs, int n, sources *s)
{
  s->failed = 0;
  s->n = 0;
  s->srcs = expand_all(w, inputs, n, &s->n, &s->failed);
  s->sizes = calloc(s->n ? s->n : 1, sizeof *s->sizes);
  for (size_t i = 0; s->sizes && i < s->n; i++) {
    struct stat st;
    if (stat(s->srcs[i], &st) == 0)
      s->sizes[i] = (size_t)st.st_size;
  }
}

static void sources_free(sources *s)
{
  for (size_t i = 0; i < s->n; i++)
    free(s->srcs[i]);
  free(s->srcs);
  free(s->sizes);
}

static int cmd_extract_parallel(kg_world *w, char **inputs, int n, int jobs, kg_format fmt,
                                const char *out, int want_summary)
{
  sources in;
  sources_get(w, inputs, n, &in);
  outfile of;
  long pf = -1;
  if (out_open(&of, out) == 0) {
    par_ctx pc = { w, in.srcs, fmt, want_summary, NULL, 0 };
    pf = kg_cli_parallel(in.n, jobs, par_work, &pc, of.f, in.sizes);
    if (out_close(&of, pf >= 0))
      pf = -1;
  }
  sources_free(&in);
  kg_world_free(w);
  return (pf != 0 || in.failed || list_skipped) ? 1 : 0;
}

/* -j N --store: workers extract, this process is the one store writer and
 * adds their graphs in input order (so the store is the same whatever N) */
typedef struct store_take_ctx {
  kg_cli_store *cs;
  char **srcs;
} store_take_ctx;

static int store_take(void *p, size_t i, const char *path)
{
  store_take_ctx *t = p;
  return kg_cli_store_add_file(t->cs, path, t->srcs[i]);
}

static int cmd_extract_store_parallel(kg_world *w, char **inputs, int n, int jobs,
                                      const char *store, int want_summary)
{
  sources in;
  sources_get(w, inputs, n, &in);
  kg_rdf *rdf = kg_rdf_new(w);
  kg_cli_store *cs = rdf ? kg_cli_store_begin(store, w, rdf) : NULL;
  long pf = -1;
  int src = 1;
  if (cs) {
    /* the workers fork from here: each makes its own RDF world */
    par_ctx pc = { w, in.srcs, KG_FMT_NQUADS, want_summary, NULL, 1 };
    store_take_ctx tc = { cs, in.srcs };
    pf = kg_cli_parallel_take(in.n, jobs, par_work, &pc, store_take, &tc, in.sizes);
    src = kg_cli_store_end(cs, pf >= 0);
  }
  kg_rdf_free(rdf);
  sources_free(&in);
  kg_world_free(w);
  return (pf != 0 || in.failed || src || list_skipped) ? 1 : 0;
}

enum { OPT_BASE = 1000, OPT_DICT, OPT_SUMMARY, OPT_TOKENIZED, OPT_STORE, OPT_LIST, OPT_JSONL,
       OPT_TIMINGS, OPT_TAGBEAM, OPT_DATE };

static char **kept_inputs, **kept_listed; /* --inputs-from: freed by cmd_extract */
static size_t kept_nlisted;

static int cmd_extract_run(int argc, char **argv);

static int cmd_extract(int argc, char **argv)
{
  int rc = cmd_extract_run(argc, argv);
  for (size_t i = 0; i < kept_nlisted; i++)
    free(kept_listed[i]);
  free(kept_listed);
  free(kept_inputs);
  return rc;
}

static int cmd_extract_run(int argc, char **argv)
{
  static const struct option lo[] = {
    { "format", required_argument, 0, 'f' }, { "output", required_argument, 0, 'o' },
    { "base", required_argument, 0, OPT_BASE }, { "dictionary", required_argument, 0, OPT_DICT },
    { "summary", no_argument, 0, OPT_SUMMARY }, { "quiet", no_argument, 0, 'q' },
    { "store", required_argument, 0, OPT_STORE }, { "jobs", required_argument, 0, 'j' },
    { "inputs-from", required_argument, 0, OPT_LIST }, { "jsonl", required_argument, 0, OPT_JSONL },
    { "timings", no_argument, 0, OPT_TIMINGS }, /* hidden: bench/ only */
    { "tag-beam", required_argument, 0, OPT_TAGBEAM }, { "date", required_argument, 0, OPT_DATE },
    { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  static kg_stage_times times;
  const char *date = NULL;
  kg_format fmt = KG_FMT_TURTLE;
  int jobs = 1;
  const char *out = NULL, *base = NULL, *store = NULL, *list_path = NULL, *jsonl_path = NULL;
  char **dicts = calloc((size_t)argc + 1, sizeof *dicts);
  size_t nd = 0;
  int c, want_summary = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:qhj:", lo, NULL)) != -1) {
    switch (c) {
    case 'j': {
      char *end;
      long j = strtol(optarg, &end, 10);
      if (*end || j < 0 || j > 256) {
        fprintf(stderr, "kgbuild: extract: -j wants a number of workers from 0 (one per core) to 256, "
                "not '%s'\n", optarg);
        free(dicts);
        return 2;
      }
      jobs = j == 0 ? (int)sysconf(_SC_NPROCESSORS_ONLN) : (int)j;
      break;
    }
    case 'f':
      if (!kg_format_from_name(optarg, &fmt)) {
        fprintf(stderr, "kgbuild: extract: unknown format '%s' (turtle, ntriples, nquads, rdfxml, json, dot, "
                "graphml, jsonld, html, svg)\n", optarg);
        free(dicts);
        return 2;
      }
      break;
    case 'o': out = optarg; break;
    case OPT_BASE: base = optarg; break;
    case OPT_DICT: dicts[nd++] = optarg; break;
    case OPT_SUMMARY: want_summary = 1; break;
    case OPT_STORE: store = optarg; break;
    case OPT_LIST: list_path = optarg; break;
    case OPT_JSONL: jsonl_path = optarg; break;
    case OPT_TIMINGS: timings = &times; break;
    case OPT_TAGBEAM: setenv("KGBUILD_TAG_BEAM", optarg, 1); break;   /* read by kg_world_load */
    case OPT_DATE: date = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': usage(stdout); free(dicts); return 0;
    default: usage(stderr); free(dicts); return 2;
    }
  }
  if (optind >= argc && !list_path && !jsonl_path) {
    fprintf(stderr, "kgbuild: extract: no INPUT given (a file, directory, URL or -)\n");
    free(dicts);
    return 2;
  }
  if (jsonl_path && (list_path || optind < argc || store)) {
    fprintf(stderr, "kgbuild: extract: --jsonl takes no other INPUT, --inputs-from or --store\n");
    free(dicts);
    return 2;
  }
  /* --inputs-from: the listed INPUTs follow those of the command line */
  char **listed = NULL;
  size_t nlisted = 0;
  if (list_path) {
    int lr = kg_cli_read_list(list_path, &listed, &nlisted);
    list_skipped = lr == 3;
    if (lr == 1) {
      free(dicts);
      return 1;
    }
    kept_listed = listed;
    kept_nlisted = nlisted;
    char **all = calloc((size_t)argc + nlisted + 1, sizeof *all);
    if (!all) {
      free(dicts);
      return 1;
    }
    int k = 0;
    for (int i = 0; i < optind; i++)
      all[k++] = argv[i];
    for (int i = optind; i < argc; i++)
      all[k++] = argv[i];
    for (size_t i = 0; i < nlisted; i++)
      all[k++] = listed[i];
    argv = all;
    argc = k;
    kept_inputs = all;   /* live until exit (the paths are argv from here on) */
    if (optind >= argc) {
      fprintf(stderr, "kgbuild: %s: warning: no INPUT listed\n", list_path);
      free(dicts);
      return 0;
    }
  }
  kg_world *w = make_world(dicts, nd, base);
  free(dicts);
  if (!w)
    return base ? 2 : 1;
  if (date && kg_world_set_date(w, date) != KG_OK) {   /* (reported: "--date: not a day ...") */
    kg_world_free(w);
    return 2;
  }
  if (store && jobs > 1)
    return cmd_extract_store_parallel(w, argv + optind, argc - optind, jobs, store, want_summary);
  if (store) { /* --store: each document's graph replaces its graph in the store */
    extract_ctx sc = { w, kg_rdf_new(w), NULL, want_summary, NULL, NULL, NULL };
    sc.store = sc.rdf ? kg_cli_store_begin(store, w, sc.rdf) : NULL;
    int sfailed = sc.store ? for_each_input(w, argv + optind, argc - optind, extract_one, &sc) : 1;
    int src = sc.store ? kg_cli_store_end(sc.store, 1) : 1;
    kg_rdf_free(sc.rdf);
    kg_world_free(w);
    return src || sfailed || list_skipped ? 1 : 0;
  }
  if (jobs > 1 && !jsonl_path && timings) {
    fprintf(stderr, "kgbuild: extract: --timings runs with one worker (-j 1)\n");
    jobs = 1;
  }
  if (jobs > 1 && !jsonl_path) {
    if (fmt == KG_FMT_TURTLE || fmt == KG_FMT_NTRIPLES || fmt == KG_FMT_NQUADS)
      return cmd_extract_parallel(w, argv + optind, argc - optind, jobs, fmt, out, want_summary);
    fprintf(stderr, "kgbuild: extract: -j works with the per-document formats turtle, ntriples and nquads; "
            "running %s with one worker\n", kg_format_name(fmt));
  }
  outfile of;
  if (out_open(&of, out)) {
    kg_world_free(w);
    return 1;
  }
  extract_ctx ctx = { w, kg_rdf_new(w), NULL, want_summary, NULL, NULL, NULL };
  ctx.wr = ctx.rdf ? kg_writer_new(ctx.rdf, fmt, of.f, w) : NULL;
  if (!ctx.wr) {
    fprintf(stderr, "kgbuild: error: cannot set up the RDF writer\n");
    out_close(&of, 0);
    kg_rdf_free(ctx.rdf);
    kg_world_free(w);
    return 1;
  }
  int failed = jsonl_path ? (int)kg_cli_jsonl(w, jsonl_path, extract_one, &ctx)
                          : for_each_input(w, argv + optind, argc - optind, extract_one, &ctx);
  double t0 = timings ? kg_stage_clock() : 0;
  int ok = kg_writer_finish(ctx.wr) == KG_OK;
  if (timings) {
    timings->sec[KG_STAGE_WRITE] += kg_stage_clock() - t0;
    print_timings(timings);
  }
  if (!ok)
    fprintf(stderr, "kgbuild: %s: error: writing the %s output failed\n", out ? out : "standard output",
            kg_format_name(fmt));
  kg_writer_free(ctx.wr);
  kg_rdf_free(ctx.rdf);
  kg_world_free(w);
  if (out_close(&of, ok) || !ok)
    return 1;
  return failed || list_skipped ? 1 : 0;
}

typedef struct annotate_ctx {
  kg_world *w;
  FILE *out;
} annotate_ctx;

static int annotate_one(void *p, kg_doc *d)
{
  annotate_ctx *c = p;
  kg_status st = kg_pipeline_annotate(c->w, d);
  if (st == KG_OK)
    st = kg_conllu_write(d, c->out);
  if (st != KG_OK) {
    fprintf(stderr, "kgbuild: %s: error: %s\n", d->source ? d->source : "-", kg_status_string(st));
    return 1;
  }
  return 0;
}

static int annotate_tokenized(kg_world *w, const char *src, annotate_ctx *c)
{
  kg_input_opts opts = *kg_cli_input_opts();
  if (!getenv("KGBUILD_MAX_BYTES"))
    opts.max_bytes = (size_t)1 << 31; /* training-size files */
  kg_text t;
  if (kg_input_read(src, &opts, kg_world_log(w), &t) != KG_OK)
    return 1;
  kg_doc **docs = NULL;
  size_t nd = 0;
  kg_status st = kg_tokenized_read(t.text, t.len, src, kg_world_log(w), &docs, &nd);
  kg_text_clear(&t);
  int failed = st != KG_OK;
  for (size_t i = 0; i < nd; i++) {
    if (!failed && annotate_one(c, docs[i]))
      failed = 1;
    kg_doc_free(docs[i]);
  }
  free(docs);
  return failed;
}

static int cmd_annotate(int argc, char **argv)
{
  static const struct option lo[] = {
    { "format", required_argument, 0, 'f' }, { "output", required_argument, 0, 'o' },
    { "tokenized", no_argument, 0, OPT_TOKENIZED }, { "quiet", no_argument, 0, 'q' },
    { "tag-beam", required_argument, 0, OPT_TAGBEAM },
    { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 }
  };
  const char *out = NULL;
  int c, tokenized = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:qh", lo, NULL)) != -1) {
    switch (c) {
    case 'f':
      if (strcmp(optarg, "conllu") != 0) {
        fprintf(stderr, "kgbuild: annotate: unknown format '%s' (conllu)\n", optarg);
        return 2;
      }
      break;
    case 'o': out = optarg; break;
    case OPT_TOKENIZED: tokenized = 1; break;
    case OPT_TAGBEAM: setenv("KGBUILD_TAG_BEAM", optarg, 1); break;   /* read by kg_world_load */
    case 'q': quiet = 1; break;
    case 'h': usage(stdout); return 0;
    default: usage(stderr); return 2;
    }
  }
  if (optind >= argc) {
    fprintf(stderr, "kgbuild: annotate: no INPUT given (a file, directory, URL or -)\n");
    return 2;
  }
  kg_world *w = make_world(NULL, 0, NULL);
  if (!w)
    return 1;
  outfile of;
  if (out_open(&of, out)) {
    kg_world_free(w);
    return 1;
  }
  annotate_ctx ctx = { w, of.f };
  int failed = 0;
  if (tokenized) {
    for (int i = optind; i < argc; i++)
      failed += annotate_tokenized(w, argv[i], &ctx);
  } else {
    failed = for_each_input(w, argv + optind, argc - optind, annotate_one, &ctx);
  }
  kg_world_free(w);
  if (out_close(&of, 1))
    return 1;
  return failed ? 1 : 0;
}

static int cmd_train(int argc, char **argv)
{
  if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    fputs("Usage: kgbuild train tagger|parser|ner --train FILE --dev FILE -o MODEL [options]\n"
          "Reproduces the shipped models from the data in ../shared/data (see models/README.md).\n",
          argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (strcmp(argv[1], "tagger") == 0)
    return kg_tagger_train_main(argc - 1, argv + 1);
  if (strcmp(argv[1], "parser") == 0)
    return kg_parser_train_main(argc - 1, argv + 1);
  if (strcmp(argv[1], "ner") == 0)
    return kg_ner_train_main(argc - 1, argv + 1);
  fprintf(stderr, "kgbuild: train: unknown model '%s' (tagger, parser, ner)\n", argv[1]);
  return 2;
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "extract") || !strcmp(cmd, "annotate") || !strcmp(cmd, "stats") || !strcmp(cmd, "push")) {
    kg_logger env_log = { kg_cli_log, NULL, KG_LOG_INFO };
    kg_input_opts_default(&cli_opts);
    cli_opts_ready = 1;
    if (kg_input_opts_env(&cli_opts, &env_log) != KG_OK)
      return 2;
  }
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
    usage(stdout);
    return 0;
  }
  if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
    printf("kgbuild %s\n", KG_VERSION_STRING);
    return 0;
  }
  if (strcmp(cmd, "extract") == 0)
    return cmd_extract(argc - 1, argv + 1);
  if (strcmp(cmd, "annotate") == 0)
    return cmd_annotate(argc - 1, argv + 1);
  if (strcmp(cmd, "train") == 0)
    return cmd_train(argc - 1, argv + 1);
  if (strcmp(cmd, "stats") == 0)
    return kg_cli_stats(argc - 1, argv + 1);
  if (strcmp(cmd, "query") == 0)
    return kg_cmd_query(argc - 1, argv + 1);
  if (strcmp(cmd, "export") == 0)
    return kg_cmd_export(argc - 1, argv + 1);
  if (strcmp(cmd, "store-stats") == 0)
    return kg_cmd_store_stats(argc - 1, argv + 1);
  if (strcmp(cmd, "load") == 0)
    return kg_cmd_load(argc - 1, argv + 1);
  if (strcmp(cmd, "push") == 0)
    return kg_cmd_push(argc - 1, argv + 1);
  fprintf(stderr, "kgbuild: unknown command '%s' (extract, annotate, train; see kgbuild --help)\n", cmd);
  return 2;
}
