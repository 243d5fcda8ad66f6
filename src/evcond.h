/* evcond.h — acts told only as a condition (evcond.c). */
#ifndef KG_EVCOND_H
#define KG_EVCOND_H
#include "evargs.h"

/* Whether the act at trigger i lies inside an "if" or "unless" clause
 * whose subject names no actor ("if you file a case", "brokers must give
 * information if customers request it"): a rule or a supposition, no
 * event.  Not an act of a relative clause within the condition
 * ("if the man who attacked X is found": the attack is told as done). */
int kg_ev_in_condition(const ev_ctx *c, uint32_t i);
#endif
