/* parser_combine.h — parsing right to left, and combining a left-to-right
 * and a right-to-left parser by reparsing their arc votes (parser_combine.c).
 * Private to the parser module (includes parser_impl.h's types). */
#ifndef KG_PARSER_COMBINE_H
#define KG_PARSER_COMBINE_H
#include "parser_impl.h"

/* Settings of the combination: the weight of the right-to-left parser's
 * votes (the left-to-right parser's weigh 1) and the temperature of the
 * beam weights (an item of score s gets exp((s - s_best) / temp) before the
 * parser's weights are normalised to sum to 1; temp <= 0: only the best
 * item votes).  Scores are sums of transition weights (as decoding sees
 * them: the packed tables' integer units times their scale). */
typedef struct kg_pp_comb_opts {
  double w_r2l;
  double temp;
} kg_pp_comb_opts;

/* The defaults (chosen on EWT dev: w_r2l 0.8, temp 10000). */
kg_pp_comb_opts kg_pp_comb_defaults(void);

typedef struct kg_pp_comb kg_pp_comb;
/* A workspace for parsing with l2r alone, r2l alone (either may be NULL,
 * not both) or both combined; each parses in its own direction
 * (kg_parser.reverse).  NULL: no memory, or both models NULL. */
kg_pp_comb *kg_pp_comb_new(const kg_parser *l2r, const kg_parser *r2l);
void kg_pp_comb_free(kg_pp_comb *c);
void kg_pp_comb_set(kg_pp_comb *c, const kg_pp_comb_opts *o);

/* Parses tk[0..n): head[i] (0: root, k: the k-th token) and lab[i] (a label
 * index of the first non-NULL model's label set) of token i, for i < n.
 * The result is always a tree with exactly one token attached to the root. */
kg_status kg_pp_comb_sentence(kg_pp_comb *c, const kg_token *tk, int n, int *head, int *lab);

/* The maximum spanning projective tree over tokens 1..n with exactly one
 * token attached to the root 0 (Eisner 1996, O(n^3)): sc[h * (n + 1) + d]
 * is the score of arc h -> d (h in 0..n, d in 1..n); head[1..n] gets the
 * heads (head[0] = -1).  ws: at least kg_pp_eisner_ws(n) bytes. */
size_t kg_pp_eisner_ws(int n);
void kg_pp_eisner(int n, const float *sc, int *head, void *ws);

/* kg_parser_run with a model parsing right to left or a second model. */
kg_status kg_pp_comb_run(const kg_parser *p, kg_doc *doc);

#endif
