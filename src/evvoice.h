/* evvoice.h — readers' comments printed below a news report (evvoice.c). */
#ifndef KG_EVVOICE_H
#define KG_EVVOICE_H
#include "doc.h"

/* The first sentence of the readers' comments that follow a report (the
 * paragraphs in the writer's own voice from one on, three or more and half
 * of them at least, after a report that spoke in it only in quotations),
 * or doc->nsents when there are none.  No event is coded from them. */
uint32_t kg_ev_comments_start(const kg_doc *doc);
#endif
