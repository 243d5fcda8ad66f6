/* cli_lines.h — line-oriented inputs for batch systems (Hadoop Streaming,
 * Spark pipe(), GNU parallel): a list of INPUT names, or JSON Lines
 * documents, read from a file or standard input (see cli_lines.c). */
#ifndef KG_CLI_LINES_H
#define KG_CLI_LINES_H
#include <stddef.h>
#include "kgbuild.h"
#include "doc.h"
/* Reads INPUT names, one per line (empty lines and lines starting with #
 * skipped), from path ("-": standard input) into *out (a malloc'd array
 * of malloc'd strings, NULL when empty).  Returns 1 when the list can't be
 * read (reported), 3 when it was read but a line over 64 KB was skipped
 * (reported, counts as a failed input), else 0. */
int kg_cli_read_list(const char *path, char ***out, size_t *n);
/* Reads JSON Lines from path ("-": standard input): each line an object
 * with "text" (required) and optional "id" (used as dcterms:source),
 * "url", "title", "date" (YYYY-MM-DD).  Calls fn for each document; a bad
 * line is reported as PATH:LINE and counted.  Returns the number of
 * failed lines (fn's non-zero returns included). */
long kg_cli_jsonl(kg_world *w, const char *path, int (*fn)(void *ctx, kg_doc *doc), void *ctx);
#endif
