/* evcond.c — acts told only as a condition.
 *
 * Owns: kg_ev_in_condition (called from kg_ev_coerced_thing in evnoact.c):
 * an act inside an "if" or "unless" clause whose doer names no one is a
 * rule or a supposition, not an act ("If you file a case against Saudi
 * money ...", "brokers must give information if their customers request
 * it", "if a party rings a person ... and goes on to encourage that
 * voter"): no event.  A condition on a named or resolved actor ("unless
 * Chile lifted its blockade", "if he refused calls") stays a hedged act of
 * that actor (evfact.c), as does one with no subject ("if convicted").  The walk goes up from the
 * trigger through the heads of its clauses to an adverbial clause marked
 * "if" or "unless"; it stops at a relative or adnominal clause (what a
 * noun of the condition is said to have done is told as done), at
 * parataxis, and at an adverbial clause with another mark ("after X
 * accused him" inside a condition: the accusation is told as done).  The
 * act of the clause the condition hangs on is not touched
 * ("warned that it would retaliate if attacked": the warning and the
 * threat stay; evmodal.c and evfilter.c read them).
 * Does not own: factuality and hedge words (evfact.c), conditional threats
 * (evfilter.c), the condition's subject as a threat's target (evgroups.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evcond.h"

/* The subject of the clause of verb v (its nsubj or nsubj:pass child), or
 * -1 when it has none. */
static int32_t subject(const kg_doc *d, uint32_t v)
{
  int32_t n = kg_ev_child_with(d, v, "nsubj", 1);
  return n >= 0 ? n : kg_ev_child_with(d, v, "csubj", 1);
}

/* Whether the condition's doer names no one: a subject that is no actor
 * ("if you file a case", "if a party rings a person", "if their customers
 * request it"), or "you", "one", "anyone" said of everyone.  A condition
 * on a named or resolved actor ("unless Chile lifted its blockade", "if he
 * refused calls") is a hedged act of that actor, kept (evfact.c hedges it);
 * so is one with no subject ("if convicted": the one on trial). */
static int nobody(const kg_doc *d, uint32_t i, uint32_t h)
{
  static const char *const generic[] = { "you", "one", "anyone", "anybody", "someone", "somebody", "everyone",
    "people", NULL };
  int32_t n = -1;
  for (uint32_t v = i; n < 0; v = (uint32_t)kg_tok_head(d, v)) {
    if (d->tokens[v].upos == KG_UPOS_VERB || d->tokens[v].upos == KG_UPOS_AUX || v == h)
      n = subject(d, v);
    if (v == h || kg_tok_head(d, v) < 0)
      break;
  }
  if (n < 0)
    return 0;
  char b[16];
  if (kg_ev_in_list(kg_ev_lowp(d, (uint32_t)n, b, sizeof b), generic))
    return 1;
  int32_t m = kg_mention_at(d, (uint32_t)n);
  return m < 0 || d->mentions[m].actor < 0;
}

int kg_ev_in_condition(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  if (!kg_sent_has_tree(d, si))
    return 0;
  const kg_sentence *s = &d->sents[si];
  /* (cheap first: no "if" or "unless" in the sentence, nothing to do) */
  int any = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok && !any; k++)
    any = kg_tok_is(d, k, "if") || kg_tok_is(d, k, "If") || kg_tok_is(d, k, "unless") || kg_tok_is(d, k, "Unless");
  if (!any)
    return 0;
  uint32_t h = i;
  for (int step = 0; step < 10; step++) {
    const char *r = d->tokens[h].deprel ? d->tokens[h].deprel : "";
    if (!strncmp(r, "acl", 3) || !strcmp(r, "parataxis"))
      return 0;
    /* the first adverbial clause with a mark decides: "if" or "unless" a
     * condition, any other a time or cause told as fact ("if he had not
     * taken a hard line after X accused him": the accusation was made) */
    if (!strncmp(r, "advcl", 5))
      for (uint32_t k = s->tok; k < h; k++)
        if (kg_tok_head(d, k) == (int32_t)h && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "mark") &&
            d->tokens[k].upos != KG_UPOS_PART)
          return (kg_tok_is(d, k, "if") || kg_tok_is(d, k, "If") || kg_tok_is(d, k, "unless") ||
                  kg_tok_is(d, k, "Unless")) && nobody(d, i, h);
    int32_t g = kg_tok_head(d, h);
    if (g < 0)
      return 0;
    h = (uint32_t)g;
  }
  return 0;
}
