/* cli.h — subcommands of the kgbuild program that live outside main.c.
 * Owns: their entry points (argv[0] is the subcommand name; the return
 * value is the exit status).  Does not own: the library. */
#ifndef KG_CLI_H
#define KG_CLI_H
#include "kgbuild.h"
#include "input.h"
/* The program's one log handler (defined in main.c): prints
 * "kgbuild: WHERE: LEVEL: MESSAGE" on stderr; user points to an int that,
 * when non-zero, keeps only errors (NULL: print everything but debug). */
void kg_cli_log(void *user, kg_log_level level, const char *where, const char *msg);
/* kgbuild stats [OPTIONS] INPUT... — the summary table of the graph of
 * the inputs (articles, or graph files read back). */
int kg_cli_stats(int argc, char **argv);
/* The input limits of this run (defaults, then KGBUILD_* variables read
 * by main before any command runs; see kg_input_opts_env). */
const kg_input_opts *kg_cli_input_opts(void);
#endif
