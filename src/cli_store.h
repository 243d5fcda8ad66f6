/* cli_store.h — the command-line side of the store and of push: the
 * subcommands query, export, store-stats, load and push, and the hook that
 * `kgbuild extract --store PATH` calls for each document.
 * Owns: their options, messages and exit statuses (0 ok, 1 some failed,
 * 2 usage).  Does not own: the store (store.c) or HTTP (push.c). */
#ifndef KG_CLI_STORE_H
#define KG_CLI_STORE_H
#include <stdio.h>
#include "kgbuild.h"
#include "doc.h"
#include "graph.h"

int kg_cmd_query(int argc, char **argv);
int kg_cmd_export(int argc, char **argv);
int kg_cmd_store_stats(int argc, char **argv);
int kg_cmd_load(int argc, char **argv);
int kg_cmd_push(int argc, char **argv);

/* extract --store PATH: open (NULL on failure, reported on stderr), add
 * each document's graph (0 ok; the graph is left as it was), end (commit
 * when commit is non-zero; returns 0 ok). */
typedef struct kg_cli_store kg_cli_store;
kg_cli_store *kg_cli_store_begin(const char *path, kg_world *w, kg_rdf *rdf);
int kg_cli_store_add(kg_cli_store *cs, const kg_doc *d, kg_graph *g);
int kg_cli_store_end(kg_cli_store *cs, int commit);
/* extract -j N --store: a worker writes a document's graph to out (a
 * header and its N-Quads; 0 ok); the writer process adds such a file
 * (0 ok; source names the document). */
int kg_cli_store_emit(kg_graph *g, FILE *out);
int kg_cli_store_add_file(kg_cli_store *cs, const char *path, const char *source);

/* Usage lines of these commands (for kgbuild --help). */
extern const char kg_cli_store_usage[];
#endif
