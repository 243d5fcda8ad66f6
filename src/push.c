/* push.c — document graphs to a SPARQL endpoint over HTTP(S) (push.h).
 *
 * Owns: request building (GSP PUT or SPARQL Update), authentication from
 * $KGBUILD_ENDPOINT_AUTH or a netrc file (basic or digest, negotiated by
 * libcurl), TLS verification (on unless opts->insecure), retries with exponential backoff
 * and jitter, and the append-only resume state.
 * Does not own: graphs, stores, progress lines (cli_store.c).
 *
 * All-or-nothing per document: a GSP PUT and a single Update request each
 * replace the whole graph in one server transaction, so a document is
 * either wholly there (after a 2xx) or reported as failed; a retry after a
 * lost answer sends the same request again, which is idempotent. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <stdint.h>
#include <curl/curl.h>
#include "push.h"
#include "doc.h"

typedef struct state_entry {
  char *key;   /* endpoint " " iri */
  char hash[17];
} state_entry;

struct kg_push {
  kg_push_opts o;
  char *endpoint;
  const kg_logger *log;
  CURL *curl;
  FILE *state;
  state_entry *st;  /* open addressing */
  size_t nst, capst;
  int attempts;
  char err[CURL_ERROR_SIZE];
  char body[512];   /* start of the last answer, for messages */
  size_t bodylen;
};

void kg_push_opts_default(kg_push_opts *o)
{
  memset(o, 0, sizeof *o);
  o->graph_param = "graph";
  o->retries = 5;
  o->timeout_ms = 60000;
  o->backoff_ms = 500;
  o->backoff_max_ms = 30000;
}

const char *kg_push_default_state(void)
{
  static char buf[4096];
  const char *x = getenv("XDG_STATE_HOME"), *h = getenv("HOME");
  if (x && *x)
    snprintf(buf, sizeof buf, "%s/kgbuild/push-state.tsv", x);
  else
    snprintf(buf, sizeof buf, "%s/.local/state/kgbuild/push-state.tsv", h && *h ? h : ".");
  return buf;
}

static state_entry *state_slot(kg_push *p, const char *key)
{
  size_t i = kg_fnv1a64(key, strlen(key)) & (p->capst - 1);
  while (p->st[i].key && strcmp(p->st[i].key, key) != 0)
    i = (i + 1) & (p->capst - 1);
  return &p->st[i];
}

static int state_set(kg_push *p, const char *key, const char *hash)
{
  if ((p->nst + 1) * 2 > p->capst) {
    size_t oc = p->capst, nc = oc ? oc * 2 : 256;
    state_entry *old = p->st;
    p->st = calloc(nc, sizeof *p->st);
    if (!p->st) {
      p->st = old;
      return -1;
    }
    p->capst = nc;
    for (size_t i = 0; i < oc; i++)
      if (old[i].key)
        *state_slot(p, old[i].key) = old[i];
    free(old);
  }
  state_entry *e = state_slot(p, key);
  if (!e->key) {
    e->key = strdup(key);
    if (!e->key)
      return -1;
    p->nst++;
  }
  snprintf(e->hash, sizeof e->hash, "%s", hash);
  return 0;
}

static char *state_key(const kg_push *p, const char *iri)
{
  size_t n = strlen(p->endpoint) + strlen(iri) + 2;
  char *k = malloc(n);
  if (k)
    snprintf(k, n, "%s %s", p->endpoint, iri);
  return k;
}

static int mkdirs(const char *file)
{
  char *d = strdup(file);
  if (!d)
    return -1;
  for (char *s = d + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = '\0';
    if (mkdir(d, 0700) && errno != EEXIST) {
      free(d);
      return -1;
    }
    *s = '/';
  }
  free(d);
  return 0;
}

static kg_status state_open(kg_push *p, const char *path)
{
  FILE *f = fopen(path, "r");
  if (f) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
      if (line[len - 1] == '\n')
        line[--len] = '\0';
      /* hash TAB endpoint TAB iri */
      char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
      if (!t2 || t1 - line != 16)
        continue; /* a torn last line of a killed run */
      *t1 = '\0';
      *t2 = ' ';
      if (state_set(p, t1 + 1, line)) {
        free(line);
        fclose(f);
        return KG_ERR_NOMEM;
      }
    }
    free(line);
    fclose(f);
  }
  if (mkdirs(path) || !(p->state = fopen(path, "a"))) {
    kg_logf(p->log, KG_LOG_ERROR, path, "cannot write the push state: %s", strerror(errno));
    return KG_ERR_IO;
  }
  return KG_OK;
}

static size_t on_body(char *data, size_t size, size_t n, void *user)
{
  kg_push *p = user;
  size_t len = size * n, room = sizeof p->body - 1 - p->bodylen;
  size_t k = len < room ? len : room;
  memcpy(p->body + p->bodylen, data, k);
  p->bodylen += k;
  p->body[p->bodylen] = '\0';
  return len;
}

kg_status kg_push_new(const kg_push_opts *o, const kg_logger *log, kg_push **out)
{
  *out = NULL;
  if (!o->endpoint || (strncmp(o->endpoint, "http://", 7) != 0 && strncmp(o->endpoint, "https://", 8) != 0)) {
    kg_logf(log, KG_LOG_ERROR, "push", "the endpoint must be an http:// or https:// URL");
    return KG_ERR_USAGE;
  }
  const char *auth = strstr(o->endpoint, "://") + 3;
  const char *end = auth + strcspn(auth, "/?#");
  const char *at = memchr(auth, '@', (size_t)(end - auth));
  if (at) {
    kg_logf(log, KG_LOG_ERROR, "push", "credentials don't go in the URL (the command line is "
            "visible to other users): set " KG_PUSH_AUTH_ENV "=user:password or use ~/.netrc");
    return KG_ERR_USAGE;
  }
  static int curl_ready;
  if (!curl_ready) {
    if (curl_global_init(CURL_GLOBAL_DEFAULT))
      return KG_ERR_NET;
    curl_ready = 1;
    srand((unsigned)time(NULL) ^ (unsigned)getpid()); /* backoff jitter */
  }
  kg_push *p = calloc(1, sizeof *p);
  if (!p)
    return KG_ERR_NOMEM;
  p->o = *o;
  p->log = log;
  p->endpoint = strdup(o->endpoint);
  p->curl = curl_easy_init();
  if (!p->endpoint || !p->curl) {
    kg_push_free(p);
    return KG_ERR_NOMEM;
  }
  if (!p->o.graph_param)
    p->o.graph_param = "graph";
  if (o->state) {
    kg_status st = state_open(p, o->state);
    if (st != KG_OK) {
      kg_push_free(p);
      return st;
    }
  }
  CURL *c = p->curl;
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, p->err);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, p);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, o->insecure ? 0L : 1L);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, o->insecure ? 0L : 2L);
  if (o->cacert)
    curl_easy_setopt(c, CURLOPT_CAINFO, o->cacert);
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, o->timeout_ms > 0 ? o->timeout_ms : 60000L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                   o->timeout_ms > 0 && o->timeout_ms < 10000 ? o->timeout_ms : 10000L);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "kgbuild/" KG_VERSION_STRING);
  const char *cred = getenv(KG_PUSH_AUTH_ENV);
  if (cred && *cred) {
    curl_easy_setopt(c, CURLOPT_USERPWD, cred);
  } else {
    const char *nf = o->netrc ? o->netrc : getenv("KGBUILD_NETRC");
    curl_easy_setopt(c, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
    if (nf && *nf)
      curl_easy_setopt(c, CURLOPT_NETRC_FILE, nf);
  }
  curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)(CURLAUTH_BASIC | CURLAUTH_DIGEST));
  *out = p;
  return KG_OK;
}

void kg_push_free(kg_push *p)
{
  if (!p)
    return;
  if (p->curl)
    curl_easy_cleanup(p->curl);
  if (p->state)
    fclose(p->state);
  for (size_t i = 0; i < p->capst; i++)
    free(p->st[i].key);
  free(p->st);
  free(p->endpoint);
  free(p);
}

int kg_push_done(const kg_push *p, const char *iri, const char *hash)
{
  if (!p->capst)
    return 0;
  char *k = state_key(p, iri);
  if (!k)
    return 0;
  state_entry *e = state_slot((kg_push *)p, k);
  int done = e->key && strcmp(e->hash, hash) == 0;
  free(k);
  return done;
}

int kg_push_last_attempts(const kg_push *p)
{
  return p->attempts;
}

static void sleep_ms(long ms)
{
  struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
  while (nanosleep(&ts, &ts) && errno == EINTR)
    ;
}

static int transient_curl(CURLcode rc)
{
  switch (rc) {
  case CURLE_COULDNT_CONNECT: case CURLE_OPERATION_TIMEDOUT: case CURLE_GOT_NOTHING:
  case CURLE_SEND_ERROR: case CURLE_RECV_ERROR: case CURLE_PARTIAL_FILE:
  case CURLE_COULDNT_RESOLVE_HOST: case CURLE_HTTP2: case CURLE_HTTP2_STREAM:
    return 1;
  default:
    return 0;
  }
}

/* Masks the password of $KGBUILD_ENDPOINT_AUTH, plain or inside the
 * base64 of "user:password" (a Basic header echoed back), in a server's
 * answer before it is logged. */
static void mask_secret(char *s, const char *secret)
{
  size_t k = secret ? strlen(secret) : 0;
  if (k < 3)
    return;
  for (char *p = strstr(s, secret); p; p = strstr(p + k, secret))
    memset(p, '*', k);
}

static void mask_credentials(char *s)
{
  static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const char *cred = getenv(KG_PUSH_AUTH_ENV), *pw = cred ? strchr(cred, ':') : NULL;
  if (!pw)
    return;
  mask_secret(s, pw + 1);
  size_t n = strlen(cred);
  char *e = malloc(4 * (n / 3 + 1) + 1);
  if (!e)
    return;
  size_t o = 0;
  for (size_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned char)cred[i] << 16 | (i + 1 < n ? (unsigned char)cred[i + 1] << 8 : 0) |
                 (i + 2 < n ? (unsigned char)cred[i + 2] : 0);
    e[o++] = b64[v >> 18 & 63];
    e[o++] = b64[v >> 12 & 63];
    e[o++] = i + 1 < n ? b64[v >> 6 & 63] : '=';
    e[o++] = i + 2 < n ? b64[v & 63] : '=';
  }
  e[o] = '\0';
  mask_secret(s, e);
  free(e);
}

/* The request body and URL of one graph. */
static int build(kg_push *p, const char *iri, const char *nt, size_t len, char **url, char **body,
                 size_t *blen)
{
  *url = NULL;
  *body = NULL;
  if (p->o.update) {
    size_t n = len + 2 * strlen(iri) + 128;
    *body = malloc(n);
    if (!*body)
      return -1;
    int h = snprintf(*body, n, "DROP SILENT GRAPH <%s> ;\nINSERT DATA { GRAPH <%s> {\n", iri, iri);
    memcpy(*body + h, nt, len);
    memcpy(*body + h + len, "} }\n", 5);
    *blen = (size_t)h + len + 4;
    *url = strdup(p->endpoint);
    return *url ? 0 : -1;
  }
  char *esc = curl_easy_escape(p->curl, iri, 0);
  if (!esc)
    return -1;
  size_t n = strlen(p->endpoint) + strlen(p->o.graph_param) + strlen(esc) + 4;
  *url = malloc(n);
  if (*url)
    snprintf(*url, n, "%s%c%s=%s", p->endpoint, strchr(p->endpoint, '?') ? '&' : '?',
             p->o.graph_param, esc);
  curl_free(esc);
  return *url ? 0 : -1;
}

kg_status kg_push_graph(kg_push *p, const char *iri, const char *nt, size_t len, const char *hash)
{
  char *url, *body;
  size_t blen = len;
  p->attempts = 0;
  if (build(p, iri, nt, len, &url, &body, &blen)) {
    free(url);
    free(body);
    return KG_ERR_NOMEM;
  }
  CURL *c = p->curl;
  struct curl_slist *hdr = curl_slist_append(NULL, p->o.update
                                             ? "Content-Type: application/sparql-update"
                                             : "Content-Type: application/n-triples");
  hdr = curl_slist_append(hdr, "Expect:");
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
  curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, p->o.update ? "POST" : "PUT");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body ? body : nt);
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)blen);
  kg_status st = KG_ERR_NET;
  long wait = p->o.backoff_ms > 0 ? p->o.backoff_ms : 500;
  long cap = p->o.backoff_max_ms > 0 ? p->o.backoff_max_ms : 30000;
  char why[256] = "";
  for (int a = 0; a <= (p->o.retries >= 0 ? p->o.retries : 5); a++) {
    if (a) {
      long j = wait / 4 > 0 ? (long)(rand() % (int)(wait / 4 + 1)) : 0; /* jitter */
      sleep_ms(wait - wait / 8 + j);
      wait = wait * 2 > cap ? cap : wait * 2;
    }
    p->attempts = a + 1;
    p->bodylen = 0;
    p->body[0] = '\0';
    p->err[0] = '\0';
    CURLcode rc = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    if (rc == CURLE_OK && code >= 200 && code < 300) {
      st = KG_OK;
      break;
    }
    int retry;
    if (rc != CURLE_OK) {
      snprintf(why, sizeof why, "%s", p->err[0] ? p->err : curl_easy_strerror(rc));
      mask_credentials(why);
      retry = transient_curl(rc);
    } else {
      /* the first line of the answer, without control characters */
      char first[120];
      size_t k = 0;
      mask_credentials(p->body);
      for (const char *b = p->body; *b && *b != '\n' && k + 1 < sizeof first; b++)
        first[k++] = (unsigned char)*b < 0x20 ? ' ' : *b;
      first[k] = '\0';
      snprintf(why, sizeof why, "HTTP %ld%s%s%s", code, k ? " (" : "", first, k ? ")" : "");
      if (code == 401 || code == 403)
        snprintf(why + strlen(why), sizeof why - strlen(why),
                 ": check the credentials in $" KG_PUSH_AUTH_ENV " or your netrc");
      retry = code >= 500 || code == 408 || code == 429;
    }
    if (!retry)
      break;
    kg_logf(p->log, KG_LOG_DEBUG, iri, "attempt %d failed: %s", a + 1, why);
  }
  if (st == KG_OK) {
    if (p->state && hash) {
      fprintf(p->state, "%s\t%s\t%s\n", hash, p->endpoint, iri);
      fflush(p->state);
      fdatasync(fileno(p->state));
      char *k = state_key(p, iri);
      if (k)
        state_set(p, k, hash);
      free(k);
    }
  } else {
    kg_logf(p->log, KG_LOG_ERROR, iri, "not sent after %d attempt%s: %s", p->attempts,
            p->attempts == 1 ? "" : "s", why);
  }
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
  curl_slist_free_all(hdr);
  free(url);
  free(body);
  return st;
}
