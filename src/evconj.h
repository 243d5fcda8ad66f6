/* evconj.h — who does a verb conjoined to another with no subject of its
 * own (evconj.c). */
#ifndef KG_EVCONJ_H
#define KG_EVCONJ_H
#include "evargs.h"

/* Whether mention m is the object of the verb that verb i is conjoined to
 * ("soldiers detained Bazoum and seized power"): no agent of i. */
int kg_ev_conjunct_object(const kg_doc *d, int32_t m, uint32_t i);
/* Is verb i's subject (a subject-less participle adjunct's: its head
 * verb's) an unnamed group of people naming no actor ("protesters")?  The
 * nearest name before i is then no agent. */
int kg_ev_unnamed_subject(const ev_ctx *c, uint32_t i);
/* "X was welcomed by Y before heading to talks": for verb i, a
 * subject-less "-ing" adjunct with a time word, the subject token of the
 * verb it hangs on (a passive's subject); -1 when i is none or it has none.
 * Also for a passive one ("after being hit by a missile"): its patient. */
int32_t kg_ev_adjunct_subject(const kg_doc *d, uint32_t i);

#endif
