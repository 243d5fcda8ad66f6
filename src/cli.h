/* cli.h — subcommands of the kgbuild program that live outside main.c.
 * Owns: their entry points (argv[0] is the subcommand name; the return
 * value is the exit status).  Does not own: the library. */
#ifndef KG_CLI_H
#define KG_CLI_H
/* kgbuild stats [OPTIONS] INPUT... — the summary table of the graph of
 * the inputs (articles, or graph files read back). */
int kg_cli_stats(int argc, char **argv);
#endif
