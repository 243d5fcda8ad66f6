/* askbatch.c — the held-out and sample suites' independent checker: many
 * SPARQL ASK queries over one Turtle file in one process.  It owns reading a
 * batch of queries and answering each one; it links Rasqal and Raptor only,
 * never libkgbuild, so like roqet it checks kgbuild's output from outside.
 *
 *   tests/askbatch DATA.ttl BATCH
 *
 * BATCH holds SPARQL queries, each one ended by a line holding only an ASCII
 * form feed ("\f\n"; text after the last such line, if any, is one more
 * query).  Queries may hold quotes, backslashes and newlines.  For each
 * query, in order, one line goes to stdout: "true" or "false" (an ASK
 * query's answer), or "error: REASON" (REASON on one line: the query did not
 * parse, did not run, or is no ASK).  A query's error never stops the batch.
 *
 * Each query runs as `roqet -i sparql -D DATA.ttl -e QUERY` runs it: Rasqal
 * with DATA.ttl (its file: URI, parsed as Turtle) as the background graph,
 * so the answers are roqet's by construction.  Rasqal reads a data graph
 * when a query runs, about a millisecond for an article's graph; librdf's
 * models were tried and are slower here (its Rasqal glue allocates per
 * matched statement: three times slower over the "memory" list, eighteen
 * times over "hashes").  DATA.ttl is parsed once at the start to report a
 * bad file once.  Exits 0 when every query got its line (whatever the
 * answers), 1 when the data or the batch cannot be read (one line on
 * stderr: "askbatch: ..."), 2 on wrong usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include <rasqal.h>

/* the first error Raptor or Rasqal reported since the last reset, on one line */
typedef struct {
  char msg[512];
  int seen;
} ab_log;

static void ab_logger(void *user, raptor_log_message *m)
{
  ab_log *log = user;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || log->seen)
    return;                     /* warnings are not errors; keep the first */
  log->seen = 1;
  if (m->locator && m->locator->line > 0)
    snprintf(log->msg, sizeof log->msg, "line %d: %s", m->locator->line, m->text ? m->text : "(no message)");
  else
    snprintf(log->msg, sizeof log->msg, "%s", m->text ? m->text : "(no message)");
  for (char *p = log->msg; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\f')
      *p = ' ';
}

static void ab_log_reset(ab_log *log)
{
  log->seen = 0;
  log->msg[0] = '\0';
}

/* the whole file PATH, NUL-terminated, in a malloc'd buffer (NULL: unreadable or
 * over 256 MB) */
static char *ab_slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t n = fread(buf + len, 1, cap - len - 1, f);
    len += n;
    if (n == 0)
      break;
    if (cap - len - 1 == 0) {
      char *nb = cap < ((size_t)1 << 28) ? realloc(buf, cap * 2) : NULL;   /* 256 MB at most */
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  if (buf && ferror(f)) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf)
    buf[len] = '\0';
  return buf;
}

/* answers one query over the data at URI: prints its line */
static void ab_ask(rasqal_world *w, raptor_uri *uri, ab_log *log, const char *text)
{
  ab_log_reset(log);
  rasqal_query *q = rasqal_new_query(w, "sparql", NULL);
  rasqal_query_results *r = NULL;
  if (!q) {
    printf("error: cannot make a query%s%s\n", log->seen ? ": " : "", log->msg);
    return;
  }
  if (rasqal_query_prepare(q, (const unsigned char *)text, NULL) || log->seen) {
    printf("error: %s\n", log->seen ? log->msg : "the query did not parse");
    goto done;
  }
  rasqal_data_graph *dg = rasqal_new_data_graph_from_uri(w, uri, NULL, RASQAL_DATA_GRAPH_BACKGROUND,
                                                         NULL, "turtle", NULL);
  if (!dg || rasqal_query_add_data_graph(q, dg)) {      /* the query owns dg once added */
    printf("error: cannot add the data graph%s%s\n", log->seen ? ": " : "", log->msg);
    goto done;
  }
  r = rasqal_query_execute(q);
  if (!r || log->seen)
    printf("error: %s\n", log->seen ? log->msg : "the query did not run");
  else if (!rasqal_query_results_is_boolean(r))
    printf("error: not an ASK query\n");
  else {
    int b = rasqal_query_results_get_boolean(r);
    if (b < 0 || log->seen)
      printf("error: %s\n", log->seen ? log->msg : "no boolean result");
    else
      printf("%s\n", b ? "true" : "false");
  }
done:
  if (r)
    rasqal_free_query_results(r);
  rasqal_free_query(q);
}

/* runs every query of BATCH (split in place) over the data at URI */
static void ab_run(rasqal_world *w, raptor_uri *uri, ab_log *log, char *batch)
{
  char *p = batch;
  while (*p) {
    char *q = p, *end = NULL;
    /* the next line holding only "\f" */
    for (char *line = p; *line; ) {
      char *nl = strchr(line, '\n');
      size_t n = nl ? (size_t)(nl - line) : strlen(line);
      if (n == 1 && line[0] == '\f') {
        end = line;
        p = nl ? nl + 1 : line + n;
        break;
      }
      line = nl ? nl + 1 : line + n;
    }
    if (!end) {                 /* no terminator: the rest is one query */
      end = q + strlen(q);
      p = end;
    }
    *end = '\0';                /* the query's last newline stays: harmless */
    ab_ask(w, uri, log, q);
  }
}

int main(int argc, char **argv)
{
  if (argc != 3) {
    fprintf(stderr, "usage: askbatch DATA.ttl BATCH\n");
    return 2;
  }
  const char *data = argv[1], *batchfile = argv[2];
  FILE *probe = fopen(data, "rb");
  if (!probe) {
    fprintf(stderr, "askbatch: %s: cannot read the data file\n", data);
    return 1;
  }
  fclose(probe);
  char *batch = ab_slurp(batchfile);
  if (!batch) {
    fprintf(stderr, "askbatch: %s: cannot read the batch\n", batchfile);
    return 1;
  }
  int rc = 1;
  ab_log log;
  ab_log_reset(&log);
  raptor_world *rw = raptor_new_world();
  rasqal_world *w = NULL;
  unsigned char *us = NULL;
  raptor_uri *uri = NULL;
  raptor_parser *parser = NULL;
  if (rw) {
    raptor_world_set_log_handler(rw, &log, ab_logger);
    if (raptor_world_open(rw) == 0 && (w = rasqal_new_world()) != NULL) {
      rasqal_world_set_raptor(w, rw);
      rasqal_world_set_log_handler(w, &log, ab_logger);
      if (rasqal_world_open(w) == 0 && (us = raptor_uri_filename_to_uri_string(data)) != NULL &&
          (uri = raptor_new_uri(rw, us)) != NULL)
        parser = raptor_new_parser(rw, "turtle");
    }
  }
  if (!parser) {
    fprintf(stderr, "askbatch: cannot set up Rasqal and Raptor%s%s\n", log.seen ? ": " : "", log.msg);
    goto done;
  }
  if (raptor_parser_parse_file(parser, uri, NULL) || log.seen) {
    fprintf(stderr, "askbatch: %s: not valid Turtle: %s\n", data, log.seen ? log.msg : "parse failed");
    goto done;
  }
  ab_run(w, uri, &log, batch);
  if (fflush(stdout) != 0 || ferror(stdout))
    fprintf(stderr, "askbatch: cannot write the answers\n");
  else
    rc = 0;
done:
  if (parser)
    raptor_free_parser(parser);
  if (uri)
    raptor_free_uri(uri);
  if (us)
    raptor_free_memory(us);
  if (w)
    rasqal_free_world(w);
  if (rw)
    raptor_free_world(rw);
  free(batch);
  return rc;
}
