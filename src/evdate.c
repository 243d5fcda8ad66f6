/* evdate.c — which of a sentence's date expressions dates an event.
 *
 * Owns: kg_ev_pick_date (the nearest expression that may date the trigger,
 * one in a verb's own subtree first; a present perfect or a verb with an
 * "ago" of its own takes only its own clause's), and the clause tests it
 * uses: kg_ev_present_perfect, kg_ev_own_clause_date; kg_ev_later_date,
 * the date of a verb told "later" than the events before it ("Jaishankar
 * later met Albanese": the last day told; "Two days later, Germany summoned
 * the envoy": that day plus two; "a month later": the month after);
 * kg_ev_visit_day (an undated act "during the visit" or "there" takes the
 * day of the visit told before, thirty-eighth session).
 * Does not own: finding and normalising date expressions, and whether one
 * may date a token of another clause (datefit.c: kg_dates_fits); a date
 * carried from a frame sentence or a conjunct (events.c, evdoer.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "evdate.h"
#include "actors.h"
#include "evscope.h"

/* "has threatened", "have warned": the present perfect tells of no
 * definite past time, so only a date of the verb's own subtree dates it */
int kg_ev_present_perfect(const kg_doc *d, uint32_t i)
{
  if (d->tokens[i].upos != KG_UPOS_VERB || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < i; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "aux") &&
        (kg_tok_is(d, k, "has") || kg_tok_is(d, k, "have") || kg_tok_is(d, k, "'ve")))
      return 1;
  return 0;
}

/* Is date token dt in verb i's own clause: under i, not in the clause of
 * another verb below it, and not inside a conjoined clause with its own
 * subject on the way ("has threatened ... if
 * the talks fail, and the Treasury imposed ... on Thursday", whatever the
 * conjunct is attached to)? */
int kg_ev_own_clause_date(const kg_doc *d, uint32_t dt, uint32_t i)
{
  if (!kg_tok_under(d, dt, (int32_t)i))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (int32_t n = kg_tok_head(d, dt); n >= 0 && n != (int32_t)i; n = kg_tok_head(d, (uint32_t)n)) {
    if (d->tokens[n].upos == KG_UPOS_VERB)
      return 0;                           /* "has vowed to hold elections in May" */
    if (!d->tokens[n].deprel || strcmp(d->tokens[n].deprel, "conj"))
      continue;
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
      if (kg_tok_head(d, k) == n && d->tokens[k].deprel && !strncmp(d->tokens[k].deprel, "nsubj", 5))
        return 0;
  }
  return 1;
}

const kg_date_expr *kg_ev_pick_date(const kg_doc *d, uint32_t i, const char *code, const kg_date_expr *dates,
                                    size_t ndates)
{
  uint32_t si = d->tokens[i].sent;
  /* date: the nearest expression of the sentence; one in a verb's own
   * subtree first ("arranged an exchange last year and hosted talks in
   * February": February for the hosting) */
  const kg_date_expr *best = NULL;
  uint32_t bestd = UINT32_MAX;
  int best_in = 0;
  int perfect = kg_ev_present_perfect(d, i);
  /* a verb with an "ago" of its own takes no other clause's date, even
   * when its own dates no event ("that began when the army seized power
   * nearly three years ago": not the main clause's "on Thursday") */
  int own_date = 0, stated = !strncmp(code, "03", 2) || !strncmp(code, "10", 2) || !strncmp(code, "13", 2);
  for (size_t k = 0; k < ndates && !own_date && !stated && d->tokens[i].upos == KG_UPOS_VERB &&
                     kg_sent_has_tree(d, si); k++) {
    uint32_t ago = dates[k].tok + dates[k].ntok - 1;
    own_date = dates[k].ntok > 1 && kg_tok_is(d, ago, "ago") && kg_tok_head(d, ago) == (int32_t)i;
  }
  for (size_t k = 0; k < ndates; k++) {
    if (!kg_dates_fits(d, dates[k].tok, i))
      continue;                           /* another clause's date (datefit.c) */
    if ((perfect || own_date) && !kg_ev_own_clause_date(d, dates[k].tok, i))
      continue;                           /* "has threatened ..., and X did Y on Thursday" */
    /* (not for a stated intention, demand or threat: dated when stated) */
    int in = d->tokens[i].upos == KG_UPOS_VERB && kg_sent_has_tree(d, si) && !stated &&
             kg_tok_under(d, dates[k].tok, (int32_t)i);
    uint32_t dist = dates[k].tok > i ? dates[k].tok - i : i - dates[k].tok;
    if (in > best_in || (in == best_in && dist < bestd)) { bestd = dist; best = &dates[k]; best_in = in; }
  }
  return best;
}

/* The span of "later" token l: its unit ("day", "week", "month", "year",
 * 'h' for hours or minutes: the same day) in *unit and its count (1 for "a",
 * "an", "one"; -1 for a bare plural, "months later"); 0 with no span. */
static int later_span(const kg_doc *d, uint32_t l, char *unit)
{
  static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", NULL };
  const kg_sentence *s = &d->sents[d->tokens[l].sent];
  for (uint32_t u = s->tok; u < l; u++) {
    const char *lm = d->tokens[u].lemma, *r = d->tokens[u].deprel;
    if (kg_tok_head(d, u) != (int32_t)l || !lm || !r || (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4)))
      continue;
    if (!strcmp(lm, "hour") || !strcmp(lm, "minute"))
      *unit = 'h';
    else if (!strcmp(lm, "day") || !strcmp(lm, "week") || !strcmp(lm, "month") || !strcmp(lm, "year"))
      *unit = lm[0];
    else
      return 0;
    for (uint32_t q = s->tok; q < u; q++) {
      if (kg_tok_head(d, q) != (int32_t)u)
        continue;
      if (kg_tok_is(d, q, "a") || kg_tok_is(d, q, "an"))
        return 1;
      for (int w = 0; words[w]; w++)
        if (kg_tok_is(d, q, words[w]))
          return w + 1;
      if (d->tokens[q].form[0] >= '1' && d->tokens[q].form[0] <= '9')
        return atoi(d->tokens[q].form);
    }
    return *unit == 'h' ? 1 : -1;
  }
  return 0;
}

int kg_ev_later_date(const kg_doc *d, uint32_t i, size_t nev, kg_date_expr *out)
{
  if (d->tokens[i].upos != KG_UPOS_VERB)
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t si = d->tokens[i].sent, l = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok && !l; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "advmod") &&
        (kg_tok_is(d, k, "later") || kg_tok_is(d, k, "afterwards")))
      l = k + 1;
  if (!l)
    return 0;
  char unit = 0;
  int n = later_span(d, l - 1, &unit);
  /* the last event dated before, within eight sentences: with no span, the
   * last one dated to the day ("X later met Y"); with one, the last dated */
  const kg_event *an = NULL;
  for (size_t k = nev; k-- > 0 && !an;) {
    const kg_event *a = &d->events[k];
    if (a->sent + 8 < si)
      break;
    if (a->sent <= si && (n ? a->date_kind != KG_DATE_NONE : a->date_kind == KG_DATE_DAY))
      an = a;
  }
  if (!an || n < 0)
    return -1;
  kg_date_expr e = { 0, 0, an->date_kind, 0, 0, 0 };
  if (sscanf(an->date, "%d-%d-%d", &e.y, &e.m, &e.d) < 1)
    return -1;
  if (n == 0 || unit == 'h') {
    if (e.kind != KG_DATE_DAY)
      return -1;
  } else if (unit == 'd' || unit == 'w') {
    if (e.kind != KG_DATE_DAY)
      return -1;
    kg_date_add_days(&e.y, &e.m, &e.d, unit == 'w' ? 7 * n : n);
  } else if (unit == 'm') {
    if (e.kind == KG_DATE_YEAR)
      return -1;
    e.m += n;
    e.y += (e.m - 1) / 12;
    e.m = (e.m - 1) % 12 + 1;
    e.kind = KG_DATE_MONTH;
    e.d = 0;
  } else {
    e.y += n;
    e.kind = KG_DATE_YEAR;
    e.m = e.d = 0;
  }
  *out = e;
  return 1;
}

/* 1 when trigger i has a dependent telling it belongs to a visit told before: "during the visit", "on his trip",
 * "while there" (an adverb "there" of the trigger's own: not the expletive "there is"). */
static int visit_cue(const kg_doc *d, uint32_t i)
{
  static const char *const trip[] = { "visit", "trip", "stay", "tour", "journey", NULL };
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)i || !r)
      continue;
    if (!strcmp(r, "advmod") && kg_tok_is(d, k, "there"))
      return 1;
    if (strncmp(r, "obl", 3) || !d->tokens[k].lemma || !kg_act_in_list(d->tokens[k].lemma, trip))
      continue;
    int during = 0, def = 0;
    for (uint32_t q = s->tok; q < k; q++)
      if (kg_tok_head(d, q) == (int32_t)k) {
        during |= kg_tok_is(d, q, "during") || kg_tok_is(d, q, "on");
        def |= kg_tok_is(d, q, "the") || kg_tok_is(d, q, "his") || kg_tok_is(d, q, "her") ||
               kg_tok_is(d, q, "their") || kg_tok_is(d, q, "this");
      }
    int own = 0;                          /* ("during his visit to Hanoi": a visit of its own, dated or not) */
    for (uint32_t q = k + 1; q < s->tok + s->ntok && !own; q++)
      own = kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel && !strncmp(d->tokens[q].deprel, "nmod", 4);
    if (during && def && !own)
      return 1;
  }
  return 0;
}

int kg_ev_visit_day(const kg_doc *d, uint32_t i, int32_t ag, int32_t tg, kg_event *e)
{
  uint32_t si = d->tokens[i].sent;
  if ((ag < 0 && tg < 0) || !d->nevents || !visit_cue(d, i))
    return 0;
  for (size_t k = d->nevents; k-- > 0;) {
    const kg_event *v = &d->events[k];
    if (v->sent + 8 < si)
      break;
    if (v->sent >= si || strcmp(v->cameo, "042") || v->agent < 0 || (v->agent != ag && v->agent != tg))
      continue;
    if (v->date_kind != KG_DATE_DAY)
      return 0;                           /* (the latest visit of the visitor, undated: no day) */
    e->date_kind = KG_DATE_DAY;
    memcpy(e->date, v->date, sizeof e->date);
    return 1;
  }
  return 0;
}
