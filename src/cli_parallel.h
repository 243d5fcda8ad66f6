/* cli_parallel.h — -j N for the command line: documents processed by N
 * worker processes, output written in input order (see cli_parallel.c). */
#ifndef KG_CLI_PARALLEL_H
#define KG_CLI_PARALLEL_H
#include <stdio.h>
#include <stddef.h>
/* Processes item i (0 <= i < n): writes its output to out and its summary
 * lines to sum; returns 0 on success, 1 when the item failed (its error
 * already reported on stderr). */
typedef int (*kg_par_work)(void *ctx, size_t i, FILE *out, FILE *sum);
/* Runs work over n items with `jobs` worker processes (forked after the
 * caller loaded everything read-only, so they share it copy-on-write).
 * Outputs are appended to out in item order, summaries to stderr in item
 * order.  sizes[i] (bytes of input, may be NULL) feeds the progress line
 * printed on stderr when it is a terminal.  Returns the number of failed
 * items, or -1 when the workers could not be run. */
long kg_cli_parallel(size_t n, int jobs, kg_par_work work, void *ctx, FILE *out,
                     const size_t *sizes);
/* The same, handing each item's output file to take(tctx, i, path) in item
 * order instead of copying it (take returns 0 on success; a failed item's
 * output is not taken). */
typedef int (*kg_par_take)(void *tctx, size_t i, const char *path);
long kg_cli_parallel_take(size_t n, int jobs, kg_par_work work, void *ctx, kg_par_take take,
                          void *tctx, const size_t *sizes);
#endif
