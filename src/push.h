/* push.h — sending document graphs to a SPARQL endpoint with libcurl:
 * SPARQL 1.1 Graph Store HTTP Protocol (one PUT per graph, idempotent) or
 * SPARQL 1.1 Update (DROP SILENT GRAPH + INSERT DATA in one request).
 *
 * Owns: the HTTP requests, credentials (environment variable or netrc,
 * never the command line, never logged), TLS verification, retries with
 * exponential backoff on timeouts, connection failures, 408/429 and 5xx,
 * and the resume state (which graph went to which endpoint with which
 * content hash).  Does not own: making or storing graphs. */
#ifndef KG_PUSH_H
#define KG_PUSH_H
#include <stddef.h>
#include "kgbuild.h"
#include "log.h"

#define KG_PUSH_AUTH_ENV "KGBUILD_ENDPOINT_AUTH" /* "user:password" */

typedef struct kg_push_opts {
  const char *endpoint;    /* GSP service URL, or the update URL with update */
  int update;              /* SPARQL Update instead of GSP PUT */
  const char *graph_param; /* GSP query parameter naming the graph ("graph") */
  int retries;             /* extra attempts per graph (default 5) */
  long timeout_ms;         /* per request (default 60000) */
  long backoff_ms;         /* first wait before a retry, doubled each time (500) */
  long backoff_max_ms;     /* cap of one wait (30000) */
  const char *cacert;      /* CA bundle, NULL: the system's */
  const char *netrc;       /* netrc file, NULL: $KGBUILD_NETRC or ~/.netrc */
  const char *state;       /* resume state file, NULL: none */
  int insecure;            /* 1: TLS certificates and host names NOT verified
                            * (the caller warns loudly); 0 by default */
} kg_push_opts;

void kg_push_opts_default(kg_push_opts *o);
/* The default state file: $XDG_STATE_HOME/kgbuild/push-state.tsv, else
 * ~/.local/state/kgbuild/push-state.tsv (in a static buffer). */
const char *kg_push_default_state(void);

typedef struct kg_push kg_push;
/* KG_ERR_USAGE when the endpoint is not http(s) or holds credentials. */
kg_status kg_push_new(const kg_push_opts *o, const kg_logger *log, kg_push **out);
void kg_push_free(kg_push *p);
/* 1 when the state says iri went to this endpoint with this hash. */
int kg_push_done(const kg_push *p, const char *iri, const char *hash);
/* Sends one graph (N-Triples), retrying; on success records it in the
 * state.  KG_ERR_NET when every attempt failed (reported through log). */
kg_status kg_push_graph(kg_push *p, const char *iri, const char *nt, size_t len,
                        const char *hash);
/* Attempts made by the last kg_push_graph (for progress lines). */
int kg_push_last_attempts(const kg_push *p);
#endif
