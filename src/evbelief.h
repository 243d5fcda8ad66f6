/* evbelief.h — acts only believed to come (evbelief.c). */
#ifndef KG_EVBELIEF_H
#define KG_EVBELIEF_H
#include "evargs.h"

/* Whether the act at verb or noun trigger i is told in the future ("will",
 * "would", "going to") inside what someone believes, hopes, expects or
 * fears ("she believed the Mayor would say sorry", "it is mooted that he
 * is going to make a statement", "my concern is that X will ..."), with
 * the believer not the one to act: a belief about another's act, no
 * event and no intent of the one believed to act. */
int kg_ev_believed_future(const ev_ctx *c, uint32_t i);
#endif
