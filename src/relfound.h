/* relfound.h — the states that formed an organisation are its members
 * (relfound.c).  Internal to the relation modules. */
#ifndef KG_RELFOUND_H
#define KG_RELFOUND_H
#include "doc.h"

/* At token i of sentence si, the first of an organisation's name that is
 * the object of "formed", "founded", "created", "established" or "set up"
 * (or of a relative clause on it: "which the three governments formed"):
 * the founding states are members (memberOf) of the organisation. */
kg_status kg_rel_founders_rule(kg_doc *d, uint32_t si, uint32_t i);

/* At "member" (token i of sentence si): "welcomed (admitted, accepted) X
 * as a (full, new) member (of Y)": the state X is a member of Y, else of
 * the organisation named before the verb; not when the verb is negated,
 * modal or an infinitive ("would admit", "agreed to accept"). */
kg_status kg_rel_admit_rule(kg_doc *d, uint32_t si, uint32_t i);
#endif
