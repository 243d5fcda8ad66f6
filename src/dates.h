/* dates.h — date expressions in a sentence, normalised against the
 * document date.
 * Owns: recognising "June 12, 2023", "12 June 2023", "Sept. 3", "June 2023",
 * "in 2019", "on Monday", "yesterday", "last year" and turning them into
 * ISO dates of day, month or year precision.
 * Does not own: which event a date belongs to (events.c), beyond the
 * clause test kg_dates_fits. */
#ifndef KG_DATES_H
#define KG_DATES_H
#include "doc.h"

typedef struct kg_date_expr {
  uint32_t tok, ntok;      /* doc-level tokens of the expression */
  uint8_t kind;            /* kg_date_kind */
  int y, m, d;             /* m, d are 0 when not known */
} kg_date_expr;

/* The reference date of the document: doc->date, else a full date in the
 * dateline tokens.  Returns 1 and fills y/m/d when known. */
int kg_dates_reference(const kg_doc *doc, int *y, int *m, int *d);

/* Sets doc->date from a full date in the dateline when it is still empty,
 * so that the document is dated (dcterms:date) by its dateline. */
void kg_dates_dateline(kg_doc *doc);
/* kg_dates_dateline with the run's reference date ref ("YYYY-MM-DD" or
 * NULL/""; kg_world_set_date in kgbuild.h says how it is used). */
void kg_dates_dateline_ref(kg_doc *doc, const char *ref);
/* 1 when s is exactly "YYYY-MM-DD" naming a real day (leap years counted). */
int kg_dates_valid_day(const char *s);
/* The days of month m (1-12) of year y in the Gregorian calendar (Feb. 29
 * in leap years); 0 for a month out of range.  The one leap-year rule of
 * the program: html.c's published dates use it too. */
int kg_dates_days_in(int y, int m);

/* Finds the date expressions of sentence `sent`; ref (y,m,d) may be all 0
 * when unknown, in which case relative expressions give nothing.  A bare
 * weekday ("on Monday") is read back from the reference date (the same day
 * counts), or ahead when the sentence speaks of the future ("will", "next",
 * "scheduled").  Returns how many were written to out (at most cap). */
size_t kg_dates_find(const kg_doc *doc, uint32_t sent, int ry, int rm, int rd,
                     kg_date_expr *out, size_t cap);

/* 0 when the date expression at token dt cannot date the event of trigger
 * token t because one of them lies in a relative clause (acl:relcl) or a
 * clause opened by "after", "before", "since" or "until" that the other is
 * outside of ("X suspended Y on Sunday, three days after soldiers detained
 * Z": Sunday does not date the detention); 1 otherwise, and always without
 * a tree. */
int kg_dates_fits(const kg_doc *doc, uint32_t dt, uint32_t t);

/* "visited Laos in May and Vietnam in June": the date told right after a
 * conjoined object that ends at token `from` (an "in"/"on" phrase or "last
 * year" within four tokens, before `limit`, the next object or the
 * sentence's end), which dates that object's event; NULL when none. */
const kg_date_expr *kg_dates_after_conjunct(const kg_doc *doc, const kg_date_expr *dates, size_t n,
                                            uint32_t from, uint32_t limit);

/* The number written in digits at token i when lo <= it <= hi ("3rd" 3),
 * else -1; the month (1-12) named at token i ("Sept", "March"), else 0. */
int kg_dates_number_of(const kg_doc *doc, uint32_t i, int lo, int hi);
int kg_dates_month_of(const kg_doc *doc, uint32_t i);

/* Writes "YYYY-MM-DD", "YYYY-MM" or "YYYY" for the kind (buf >= 11). */
void kg_date_format(const kg_date_expr *e, char *buf);

/* Adds delta days to y/m/d (proleptic Gregorian). */
void kg_date_add_days(int *y, int *m, int *d, int delta);
/* 0 = Sunday .. 6 = Saturday. */
int kg_date_weekday(int y, int m, int d);
#endif
