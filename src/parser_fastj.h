/* parser_fastj.h — joint tag choice (parser_joint.h) decoded with the
 * decoding caches (parser_fast.c) instead of the plain scorer.
 *
 * Owns: the runner-up readings of a sentence's branching words as the
 * caches see them (their prefix rows, computed once per sentence), the view
 * of a beam state's readings (kg_pp_state.rmask) and the cached scores,
 * legal transitions and labels of states with runner-ups in their view.
 * Does not own: the caches themselves and their keys (parser_fast.c, which
 * keys them on the view), the choice and its features (parser_joint.c),
 * the beam (parser_beam.c calls these).
 *
 * With the plain scorer each beam state carries its own copy of the
 * tokens; here the states share the sentence's tokens, and each carries
 * the set of runner-ups it took (rmask, at most KG_PP_FJ_MAX branching
 * words per sentence, else the plain scorer decodes it).  Scoring a state
 * swaps its runner-ups' tokens and rows into the sentence's (and back):
 * the same features, so the same scores and parses as the plain scorer
 * (tests/test_parser.c compares them). */
#ifndef KG_PARSER_FASTJ_H
#define KG_PARSER_FASTJ_H

#include "parser_joint.h"

/* After kg_pp_fast_begin(fw, tok, n) for js's sentence: the runner-up
 * rows; 0 when the caches can't (too many branching words, no memory). */
int kg_pp_fastj_begin(kg_pp_fast *fw, const kg_pp_jsent *js);
/* Shows the runner-ups of vm in the sentence's tokens (0: the best). */
void kg_pp_fastj_view(kg_pp_fast *fw, uint64_t vm);
/* kg_pp_fast_act_many for states with readings (each seen in its view). */
void kg_pp_fastj_act_many(kg_pp_fast *fw, const kg_pp_state *const *st, int m, float (*sc)[KG_PP_NACT]);
/* kg_pp_legal of st in its view. */
void kg_pp_fastj_legal(kg_pp_fast *fw, const kg_pp_state *st, uint8_t *ok);
/* kg_pp_joint_alt_scores: the scores and legal transitions of the open
 * state st with the runner-up of b0 in view. */
void kg_pp_fastj_alt_scores(kg_pp_fast *fw, const kg_pp_state *st, float *sc, uint8_t *ok);
/* kg_pp_joint_choose: st takes reading c of b0 (rmask). */
void kg_pp_fastj_choose(const kg_pp_fast *fw, kg_pp_state *st, int c);
/* kg_pp_fast_label_many for states with readings. */
void kg_pp_fastj_label_many(kg_pp_fast *fw, const kg_pp_state *const *st, const int *h, const int *d,
                            int m, int *lab);

#endif
