/* store_load.c — putting RDF text into the embedded store (store.h):
 * `kgbuild load` (a dataset file into one named graph, its blank nodes
 * renamed so loads never merge) and document graphs sent as N-Quads by the
 * -j workers of `extract --store`.
 * Owns: parsing those files and buffers with Raptor.  Does not own:
 * replacing graphs, hashes, generations (store.c). */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <errno.h>
#include <librdf.h>
#include "store.h"
#include "store_int.h"

/* The statements a parse produced, owned. */
typedef struct stvec {
  raptor_statement **v;
  size_t n, cap;
} stvec;

/* Appends x (NULL: a failed copy) to the vector; on failure frees x and
 * returns -1. */
static int stvec_push(stvec *sv, raptor_statement *x)
{
  if (!x)
    return -1;
  if (sv->n == sv->cap) {
    size_t nc = sv->cap ? sv->cap * 2 : 256;
    raptor_statement **p = realloc(sv->v, nc * sizeof *p);
    if (!p) {
      raptor_free_statement(x);
      return -1;
    }
    sv->v = p;
    sv->cap = nc;
  }
  sv->v[sv->n++] = x;
  return 0;
}

static void stvec_free(stvec *sv)
{
  for (size_t i = 0; i < sv->n; i++)
    raptor_free_statement(sv->v[i]);
  free(sv->v);
}

typedef struct load_ctx {
  kg_store *s;
  const char *file;
  int errors;
  stvec st;
  char prefix[24];
  int oom;
  char **bn;      /* blank node ids seen, open addressing; index = new id */
  unsigned *bnid;
  size_t nbn, capbn;
} load_ctx;

/* The n-th distinct blank node of a file becomes PREFIX + "b" + n: ids
 * that raptor generates hold the time and pid, and loading the same file
 * again must give the same graph. */
static long blank_number(load_ctx *c, const char *id)
{
  if ((c->nbn + 1) * 2 > c->capbn) {
    size_t oc = c->capbn, nc = oc ? oc * 2 : 256;
    char **ob = c->bn;
    unsigned *oi = c->bnid;
    c->bn = calloc(nc, sizeof *c->bn);
    c->bnid = calloc(nc, sizeof *c->bnid);
    if (!c->bn || !c->bnid) {
      free(c->bn);
      free(c->bnid);
      c->bn = ob;
      c->bnid = oi;
      return -1;
    }
    c->capbn = nc;
    for (size_t i = 0; i < oc; i++) {
      if (!ob[i])
        continue;
      size_t k = kg_store_i_str_hash(ob[i]) & (nc - 1);
      while (c->bn[k])
        k = (k + 1) & (nc - 1);
      c->bn[k] = ob[i];
      c->bnid[k] = oi[i];
    }
    free(ob);
    free(oi);
  }
  size_t k = kg_store_i_str_hash(id) & (c->capbn - 1);
  while (c->bn[k] && strcmp(c->bn[k], id) != 0)
    k = (k + 1) & (c->capbn - 1);
  if (!c->bn[k]) {
    if (!(c->bn[k] = strdup(id)))
      return -1;
    c->bnid[k] = (unsigned)c->nbn++;
  }
  return (long)c->bnid[k];
}

static raptor_term *rename_blank(load_ctx *c, raptor_term *t)
{
  if (!t || t->type != RAPTOR_TERM_TYPE_BLANK)
    return raptor_term_copy(t);
  long n = blank_number(c, (const char *)t->value.blank.string);
  if (n < 0)
    return NULL;
  char id[64];
  snprintf(id, sizeof id, "%sb%ld", c->prefix, n);
  return raptor_new_term_from_blank(t->world, (unsigned char *)id);
}

static void load_statement(void *user, raptor_statement *st)
{
  load_ctx *c = user;
  if (c->oom)
    return;
  /* blank nodes of different loads must not merge: prefix them */
  raptor_statement *x = raptor_new_statement_from_nodes(
      st->world, rename_blank(c, st->subject), raptor_term_copy(st->predicate),
      rename_blank(c, st->object), NULL);
  if (stvec_push(&c->st, x))
    c->oom = 1;
}

/* Raptor's messages while loading: counted (a parse error must fail the
 * load) and forwarded to the logger like graph.c's handler does. */
static void load_log(void *user, raptor_log_message *m)
{
  load_ctx *c = user;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR)
    c->errors++;
  int line = m->locator ? raptor_locator_line(m->locator) : -1;
  char where[4096];
  if (line > 0)
    snprintf(where, sizeof where, "%s:%d", c->file, line);
  else
    snprintf(where, sizeof where, "%s", c->file);
  kg_logf(c->s->log, m->level >= RAPTOR_LOG_LEVEL_ERROR ? KG_LOG_ERROR
          : m->level == RAPTOR_LOG_LEVEL_WARN ? KG_LOG_WARN : KG_LOG_DEBUG, where, "%s",
          m->text ? m->text : "(no message)");
}

/* After a load: messages keep going to the same logger. */
static void after_load_log(void *user, raptor_log_message *m)
{
  kg_logf(user, m->level >= RAPTOR_LOG_LEVEL_ERROR ? KG_LOG_ERROR
          : m->level == RAPTOR_LOG_LEVEL_WARN ? KG_LOG_WARN : KG_LOG_DEBUG, "raptor", "%s",
          m->text ? m->text : "(no message)");
}

static const char *syntax_for(const char *file)
{
  const char *dot = strrchr(file, '.');
  if (!dot)
    return NULL;
  static const char *const map[][2] = {
    { ".ttl", "turtle" }, { ".turtle", "turtle" }, { ".nt", "ntriples" }, { ".nq", "nquads" },
    { ".rdf", "rdfxml" }, { ".owl", "rdfxml" }, { ".xml", "rdfxml" }, { ".n3", "turtle" },
    { ".trig", "trig" }, { ".json", "json" }
  };
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strcasecmp(dot, map[i][0]) == 0)
      return map[i][1];
  return NULL;
}

kg_status kg_store_load(kg_store *s, const char *file, const char *syntax, const char *iri,
                        size_t *ntriples, int *unchanged)
{
  if (ntriples)
    *ntriples = 0;
  raptor_world *rw = kg_rdf_raptor(s->rdf);
  if (!syntax)
    syntax = syntax_for(file);
  if (!syntax) {
    kg_logf(s->log, KG_LOG_ERROR, file, "unknown RDF syntax (name it: turtle, ntriples, nquads, rdfxml)");
    return KG_ERR_USAGE;
  }
  char *abs = realpath(file, NULL);
  if (!abs) {
    kg_logf(s->log, KG_LOG_ERROR, file, "%s", strerror(errno));
    return KG_ERR_IO;
  }
  unsigned char *furi = raptor_uri_filename_to_uri_string(abs);
  raptor_uri *base = furi ? raptor_new_uri(rw, furi) : NULL;
  raptor_parser *p = raptor_new_parser(rw, syntax);
  kg_status st = KG_OK;
  load_ctx c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.file = file;
  if (!iri)
    iri = (const char *)furi;
  char h[17];
  kg_store_hash_hex(iri, strlen(iri), h);
  snprintf(c.prefix, sizeof c.prefix, "l%.8s_", h);
  if (!p || !base) {
    kg_logf(s->log, KG_LOG_ERROR, file, "cannot set up the %s parser", syntax);
    st = KG_ERR_USAGE;
  } else {
    raptor_parser_set_statement_handler(p, &c, load_statement);
    raptor_world_set_log_handler(rw, &c, load_log);
    int bad = raptor_parser_parse_file(p, base, base);
    raptor_world_set_log_handler(rw, (void *)s->log, after_load_log);
    if (bad || c.errors || c.oom) {
      kg_logf(s->log, KG_LOG_ERROR, file, "not loaded: the file is not valid %s", syntax);
      st = c.oom ? KG_ERR_NOMEM : KG_ERR_FORMAT;
    }
  }
  if (st == KG_OK) {
    st = kg_store_i_put(s, iri, abs, 'l', c.st.v, c.st.n, unchanged);
    if (st == KG_OK && ntriples) {
      long idx = kg_store_i_map_get(s, &s->by_iri, 0, iri);
      *ntriples = idx >= 0 ? s->e[idx].n : 0;
    }
  }
  stvec_free(&c.st);
  for (size_t i = 0; i < c.capbn; i++)
    free(c.bn[i]);
  free(c.bn);
  free(c.bnid);
  if (p)
    raptor_free_parser(p);
  if (base)
    raptor_free_uri(base);
  if (furi)
    raptor_free_memory(furi);
  free(abs);
  return st;
}


/* ------------------------------------------------------------ N-Quads from workers */

typedef struct nq_ctx {
  kg_store *s;
  const char *src;
  stvec st;
  int errors, oom;
} nq_ctx;

static void nq_statement(void *user, raptor_statement *st)
{
  nq_ctx *c = user;
  if (!c->oom && stvec_push(&c->st, raptor_statement_copy(st)))
    c->oom = 1;
}

static void nq_log(void *user, raptor_log_message *m)
{
  nq_ctx *c = user;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    c->errors++;
    kg_logf(c->s->log, KG_LOG_ERROR, c->src, "%s", m->text ? m->text : "(no message)");
  }
}

int kg_store_nquads_header(const kg_graph *g, FILE *out)
{
  char hash[17];
  size_t kept = 0;
  const char *iri = kg_store_name_of(g);
  if (!iri || kg_store_digest(g, hash, &kept) != KG_OK)
    return -1;
  return fprintf(out, "%s%s\t%zu\t%s\n", KG_STORE_NQ_HEADER, hash, kept, iri) < 0 ? -1 : 0;
}

kg_status kg_store_put_nquads(kg_store *s, const char *buf, size_t len, const char *source,
                              int *unchanged)
{
  if (unchanged)
    *unchanged = 0;
  if (!s->writable)
    return KG_ERR_USAGE;
  /* the header: hash, triples and graph IRI, so an unchanged graph is
   * known without parsing */
  char hash[17] = "", iri[4096] = "";
  size_t kept = 0, hl = strlen(KG_STORE_NQ_HEADER);
  if (len > hl && memcmp(buf, KG_STORE_NQ_HEADER, hl) == 0) {
    const char *p = buf + hl, *nl = memchr(p, '\n', len - hl);
    const char *t1 = nl ? memchr(p, '\t', (size_t)(nl - p)) : NULL;
    const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(nl - t1 - 1)) : NULL;
    if (t2 && t1 - p == 16 && (size_t)(nl - t2 - 1) < sizeof iri) {
      memcpy(hash, p, 16);
      hash[16] = '\0';
      kept = (size_t)strtoull(t1 + 1, NULL, 10);
      memcpy(iri, t2 + 1, (size_t)(nl - t2 - 1));
      iri[nl - t2 - 1] = '\0';
    }
  }
  int same = 0;
  kg_status st = KG_OK;
  if (hash[0] && (st = kg_store_i_same(s, iri, source, 'd', hash, &same)) != KG_OK)
    return st;
  if (same) {
    if (unchanged)
      *unchanged = 1;
    return KG_OK;
  }
  raptor_world *rw = kg_rdf_raptor(s->rdf);
  raptor_parser *p = raptor_new_parser(rw, "nquads");
  raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)"urn:x-kgbuild:worker");
  nq_ctx c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.src = source;
  if (!p || !base) {
    st = KG_ERR_NOMEM;
  } else {
    raptor_parser_set_statement_handler(p, &c, nq_statement);
    raptor_world_set_log_handler(rw, &c, nq_log);
    if (raptor_parser_parse_start(p, base) ||
        raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1) || c.errors)
      st = KG_ERR_FORMAT;
    raptor_world_set_log_handler(rw, (void *)s->log, after_load_log);
    if (c.oom)
      st = KG_ERR_NOMEM;
  }
  const char *name = NULL;
  raptor_statement **v = c.st.v;
  if (st == KG_OK && c.st.n && v[0]->graph && v[0]->graph->type == RAPTOR_TERM_TYPE_URI)
    name = (const char *)raptor_uri_as_string(v[0]->graph->value.uri);
  if (st == KG_OK && !name) {
    kg_logf(s->log, KG_LOG_ERROR, source, "a graph without a name can't be stored");
    st = KG_ERR_FORMAT;
  }
  if (st == KG_OK && !hash[0])
    st = kg_store_i_put(s, name, source, 'd', v, c.st.n, unchanged);
  else if (st == KG_OK)
    st = kg_store_i_write(s, iri, source, 'd', hash, kept, v, c.st.n);
  stvec_free(&c.st);
  if (p)
    raptor_free_parser(p);
  if (base)
    raptor_free_uri(base);
  return st;
}
