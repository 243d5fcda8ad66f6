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
#include <stddef.h>
#include <stdint.h>
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

/* The workers' lines come from write_nt.c: "<s> <p> <o> <g> .", one space
 * apart, IRIs without escapes, literals with \" \\ \n \r \t at most, an
 * optional ^^<datatype>.  Raptor's N-Quads parser took a third of the
 * writer's instructions on them (bench/store.sh); this reads exactly that
 * shape, makes each distinct term of a graph once (the terms repeat: a
 * quarter are distinct) and builds the statements Raptor would.  Anything
 * else (a \u escape, a language tag, a blank node, other spacing, bytes
 * that are not UTF-8, a relative IRI) gives up, and the caller parses the
 * whole buffer with Raptor, so what is stored never depends on the path
 * (tests/test_store.c compares the two). */

typedef struct fq_slot {
  const char *key; /* the term's text in the buffer */
  size_t len;
  raptor_term *t;
} fq_slot;

typedef struct fq_ctx {
  raptor_world *rw;
  fq_slot *slot;
  size_t cap, n;
  char *lit; /* unescaped literal */
  size_t litcap;
} fq_ctx;

static void fq_free(fq_ctx *c)
{
  for (size_t i = 0; i < c->cap; i++)
    if (c->slot[i].t)
      raptor_free_term(c->slot[i].t);
  free(c->slot);
  free(c->lit);
}

/* The cache's hash: 8 bytes at a time (terms are long and share their
 * first 30-odd bytes). */
static size_t fq_hash(const char *k, size_t len)
{
  uint64_t h = 0x9e3779b97f4a7c15ull ^ len, w;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    memcpy(&w, k + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 29;
  }
  w = 0;
  memcpy(&w, k + i, len - i);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  return (size_t)(h ^ h >> 32);
}

static fq_slot *fq_find(fq_ctx *c, const char *k, size_t len)
{
  if ((c->n + 1) * 2 > c->cap) {
    size_t oc = c->cap, nc = oc ? oc * 2 : 512;
    fq_slot *old = c->slot, *ns = calloc(nc, sizeof *ns);
    if (!ns)
      return NULL;
    for (size_t i = 0; i < oc; i++) {
      if (!old[i].key)
        continue;
      size_t h = fq_hash(old[i].key, old[i].len) & (nc - 1);
      while (ns[h].key)
        h = (h + 1) & (nc - 1);
      ns[h] = old[i];
    }
    free(old);
    c->slot = ns;
    c->cap = nc;
  }
  size_t h = fq_hash(k, len) & (c->cap - 1);
  while (c->slot[h].key && (c->slot[h].len != len || memcmp(c->slot[h].key, k, len) != 0))
    h = (h + 1) & (c->cap - 1);
  return &c->slot[h];
}

/* Length of the valid UTF-8 sequence at p (shortest form, no surrogates,
 * at most U+10FFFF), 0 when it is not one. */
static size_t utf8_len(const unsigned char *p, const unsigned char *end)
{
  unsigned c = p[0];
  size_t n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (!n || (size_t)(end - p) < n)
    return 0;
  for (size_t i = 1; i < n; i++)
    if ((p[i] & 0xc0) != 0x80)
      return 0;
  if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0) || (c == 0xf0 && p[1] < 0x90) ||
      (c == 0xf4 && p[1] >= 0x90))
    return 0;
  return n;
}

/* An IRI "<...>" at p: the position after '>', or NULL.  Absolute (a
 * scheme), printable ASCII without the characters write_nt.c escapes. */
static const char *fq_iri_end(const char *p, const char *end)
{
  if (p >= end || *p != '<')
    return NULL;
  const char *q = p + 1;
  if (q >= end || !((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
    return NULL;
  int scheme = 1;
  for (; q < end && *q != '>'; q++) {
    unsigned char ch = (unsigned char)*q;
    if (ch <= 0x20 || ch >= 0x7f || ch == '<' || ch == '"' || ch == '{' || ch == '}' || ch == '|' ||
        ch == '^' || ch == '`' || ch == '\\')
      return NULL;
    if (scheme && ch == ':')
      scheme = 2;
    else if (scheme == 1 && !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                              (ch >= '0' && ch <= '9') || ch == '+' || ch == '-' || ch == '.'))
      return NULL;
    if (scheme == 2)
      scheme = 0;
  }
  if (q >= end || scheme)
    return NULL;
  return q + 1;
}

static raptor_term *fq_new_iri(fq_ctx *c, const char *p, size_t len)
{
  /* Raptor's parser reports rdf:_N predicates it finds wrong: its job */
  static const char ord[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#_";
  if (len >= sizeof ord - 1 && memcmp(p, ord, sizeof ord - 1) == 0)
    return NULL;
  raptor_uri *u = raptor_new_uri_from_counted_string(c->rw, (const unsigned char *)p, len);
  raptor_term *t = u ? raptor_new_term_from_uri(c->rw, u) : NULL;
  if (u)
    raptor_free_uri(u);
  return t;
}

static int is_echar(char ch)
{
  return ch == '"' || ch == '\\' || ch == 'n' || ch == 'r' || ch == 't';
}

/* A literal's statement term: the text between the quotes at p..lend
 * unescaped, the datatype IRI dt..dte (NULL: none). */
static raptor_term *fq_new_literal(fq_ctx *c, const char *p, const char *lend, const char *dt,
                                   const char *dte)
{
  size_t need = (size_t)(lend - p);
  if (need > c->litcap) {
    char *nl = realloc(c->lit, need);
    if (!nl)
      return NULL;
    c->lit = nl;
    c->litcap = need;
  }
  size_t o = 0;
  for (const char *r = p + 1; r < lend - 1; r++) {
    if (*r == '\\') {
      r++;
      c->lit[o++] = *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r == 't' ? '\t' : *r;
    } else {
      c->lit[o++] = *r;
    }
  }
  c->lit[o] = '\0';
  raptor_uri *du = NULL;
  if (dt) {
    raptor_term *dtt = fq_new_iri(c, dt + 1, (size_t)(dte - dt) - 2);
    if (!dtt)
      return NULL;
    du = raptor_uri_copy(dtt->value.uri);
    raptor_free_term(dtt);
  }
  raptor_term *t = raptor_new_term_from_counted_literal(c->rw, (const unsigned char *)c->lit, o, du, NULL, 0);
  if (du)
    raptor_free_uri(du);
  return t;
}

/* Is the literal text between p's quotes (to lend, after the closing one)
 * what write_nt.c writes: escapes \" \\ \n \r \t only, no raw controls,
 * valid UTF-8? */
static int fq_literal_ok(const char *p, const char *lend)
{
  for (const char *q = p + 1; q < lend - 1;) {
    unsigned char ch = (unsigned char)*q;
    size_t l = 1;
    if (ch == '\\')
      l = q + 1 < lend - 1 && is_echar(q[1]) ? 2 : 0;
    else if (ch < 0x20 || ch == 0x7f)
      l = 0;
    else if (ch >= 0x80)
      l = utf8_len((const unsigned char *)q, (const unsigned char *)lend - 1);
    if (!l)
      return 0;
    q += l;
  }
  return 1;
}

/* One term at *pp (object: IRI or literal; else IRI), through the cache;
 * a new reference, or NULL to give up.  A term's extent is found quickly
 * (the first '>', the first quote after an even run of backslashes); its
 * text is checked only the first time it is met. */
static raptor_term *fq_term(fq_ctx *c, const char **pp, const char *end, int object)
{
  const char *p = *pp, *q, *lend = NULL, *dt = NULL;
  if (p >= end)
    return NULL;
  if (*p == '<') {
    if (!(q = memchr(p, '>', (size_t)(end - p))))
      return NULL;
    q++;
  } else if (object && *p == '"') {
    for (q = p + 1;; q++) {
      if (!(q = memchr(q, '"', (size_t)(end - q))))
        return NULL;
      size_t bs = 0;
      while (q - bs - 1 > p && q[-(ptrdiff_t)bs - 1] == '\\')
        bs++;
      if (bs % 2 == 0)
        break;
    }
    lend = ++q; /* after the closing quote */
    if (end - q > 2 && q[0] == '^' && q[1] == '^' && q[2] == '<') {
      dt = q + 2;
      if (!(q = memchr(dt, '>', (size_t)(end - dt))))
        return NULL;
      q++;
    }
  } else {
    return NULL;
  }
  fq_slot *sl = fq_find(c, p, (size_t)(q - p));
  if (!sl)
    return NULL;
  if (!sl->key) {
    raptor_term *t = NULL;
    if (!lend) {
      if (fq_iri_end(p, end) == q)
        t = fq_new_iri(c, p + 1, (size_t)(q - p) - 2);
    } else if (fq_literal_ok(p, lend) && (!dt || fq_iri_end(dt, end) == q)) {
      t = fq_new_literal(c, p, lend, dt, q);
    }
    if (!t)
      return NULL;
    sl->key = p;
    sl->len = (size_t)(q - p);
    sl->t = t;
    c->n++;
  }
  *pp = q;
  return raptor_term_copy(sl->t);
}

/* The worker buffer's statements into sv: 0, or -1 to parse with Raptor
 * (sv then holds nothing). */
static int fast_nquads(kg_store *s, const char *buf, size_t len, stvec *sv)
{
  fq_ctx c;
  memset(&c, 0, sizeof c);
  c.rw = kg_rdf_raptor(s->rdf);
  const char *p = buf, *end = buf + len;
  int bad = 0;
  while (!bad && p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p)), *le = nl ? nl : end;
    if (p == le || *p == '#') { /* the header, blank lines */
      p = le + 1;
      continue;
    }
    raptor_term *t[4] = { NULL, NULL, NULL, NULL };
    for (int k = 0; k < 4 && !bad; k++) {
      if (!(t[k] = fq_term(&c, &p, le, k == 2)) || p >= le || *p != ' ')
        bad = 1;
      else
        p++;
    }
    if (!bad && !(le - p == 1 && *p == '.'))
      bad = 1;
    if (bad) {
      for (int k = 0; k < 4; k++)
        if (t[k])
          raptor_free_term(t[k]);
      break;
    }
    if (stvec_push(sv, raptor_new_statement_from_nodes(c.rw, t[0], t[1], t[2], t[3])))
      bad = 1;
    p = le + 1;
  }
  fq_free(&c);
  if (bad) {
    stvec_free(sv);
    memset(sv, 0, sizeof *sv);
    return -1;
  }
  return 0;
}

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
  raptor_parser *p = NULL;
  raptor_uri *base = NULL;
  nq_ctx c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.src = source;
  if (fast_nquads(s, buf, len, &c.st) == 0) {
    s->nq_fast++;
  } else if (!(p = raptor_new_parser(rw, "nquads")) ||
             !(base = raptor_new_uri(rw, (const unsigned char *)"urn:x-kgbuild:worker"))) {
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
