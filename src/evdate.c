/* evdate.c — which of a sentence's date expressions dates an event.
 *
 * Owns: kg_ev_pick_date (the nearest expression that may date the trigger,
 * one in a verb's own subtree first; a present perfect or a verb with an
 * "ago" of its own takes only its own clause's), and the clause tests it
 * uses: kg_ev_present_perfect, kg_ev_own_clause_date.
 * Does not own: finding and normalising date expressions, and whether one
 * may date a token of another clause (datefit.c: kg_dates_fits); a date
 * carried from a frame sentence or a conjunct (events.c, evdoer.c).
 */
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
