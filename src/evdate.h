/* evdate.h — the date of an event among its sentence's date expressions
 * (evdate.c). */
#ifndef KG_EVDATE_H
#define KG_EVDATE_H
#include <stddef.h>
#include <stdint.h>
#include "doc.h"
#include "dates.h"

/* The expression of dates[0..ndates) (the trigger's sentence's) that dates
 * the event of trigger i with CAMEO code `code`, or NULL. */
const kg_date_expr *kg_ev_pick_date(const kg_doc *d, uint32_t i, const char *code, const kg_date_expr *dates,
                                    size_t ndates);

/* Is verb i in the present perfect ("has threatened")? */
int kg_ev_present_perfect(const kg_doc *d, uint32_t i);

/* Is date token dt in verb i's own clause (under i, not in another verb's
 * clause below it, nor in a conjunct with its own subject on the way)? */
int kg_ev_own_clause_date(const kg_doc *d, uint32_t dt, uint32_t i);

/* The date of verb i told "later" (an advmod "later" or "afterwards") than
 * the events d->events[0..nev) before it: the last day told within eight
 * sentences, that day or month plus the span told ("two days later", "a
 * month later": a month); 1 with *out filled, -1 for "later" with no date
 * to give ("months later"), 0 when i is not told "later". */
int kg_ev_later_date(const kg_doc *d, uint32_t i, size_t nev, kg_date_expr *out);

/* The day of the visit an event of trigger i (agent ag, target tg, actors or -1) belongs to by its own words, when
 * its sentence has no date: a phrase "during the visit", "on his trip" on the trigger, or "there" after a visit
 * (thirty-eighth session, branch gaps).  The visit is the latest 042 of the eight sentences before, dated to the
 * day, whose visitor is ag or tg; its date is copied into e (1), else 0 and e unchanged. */
int kg_ev_visit_day(const kg_doc *d, uint32_t i, int32_t ag, int32_t tg, kg_event *e);

#endif
