/* evownobj.h — "its" on what a violent act is done to, when it stands for the
 * doer, is the reporting side's (evownobj.c). */
#ifndef KG_EVOWNOBJ_H
#define KG_EVOWNOBJ_H
#include "evargs.h"

/* Event e, a violent act (CAMEO 17-20) of a verb with an agent and no target or participants, whose object or
 * oblique (or a phrase on its object) is owned by "its" / "their" linked to the agent itself, in a clause
 * that a saying or accusing verb with another actor as subject governs ("Manila said Chinese vessels fired
 * water cannon at its boats", "Tajikistan said Kyrgyz troops attacked its border posts", "India accused
 * Pakistan of shelling its villages", "Chinese ships rammed its vessels, the Philippines said"): that
 * subject is the target, as a reader takes it (a state does not fire on its own boats); also when the
 * pronoun is linked to that subject already ("Manila said that Chinese vessels had fired at its boats"). */
void kg_ev_own_object_speaker(const ev_ctx *c, kg_event *e);
#endif
