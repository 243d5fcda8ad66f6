/* evdecline.c — a bare "decline" as a refusal.
 *
 * Owns: kg_ev_own_answer (evargs.c: a verb of the subject's own answer
 * joined to a passive stays active, "was invited but declined");
 * kg_ev_decline_answers (called from kg_ev_wrong_sense in
 * evfilter.c, which drops the plain "decline VERB" of rejection, 120, when
 * no "to" follows).  The patterns naming what is declined ("decline VERB
 * object=invitation", "decline VERB object=comment") are other lines' and
 * left alone; the plain verb refuses only when it has no object, no clause,
 * no oblique and no figure of its own and is joined by "and"/"but" to a
 * verb that invites, asks or offers ("China was invited to join the talks
 * but declined", "Iran was asked to attend and declined"), either way
 * round.  Anything else ("exports declined 8 percent", "the rouble
 * declined") is a fall, no event.
 * Does not own: matching (evmatch.c), the refusal's arguments (evargs.c).
 */
#include <string.h>
#include "evargs.h"
#include "evdecline.h"

int kg_ev_decline_answers(const kg_doc *d, uint32_t i)
{
  static const char *const askers[] = { "invite", "ask", "offer", "request", "urge", "approach", NULL };
  if (d->tokens[i].upos != KG_UPOS_VERB || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t other = -1;
  if (d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj"))
    other = kg_tok_head(d, i);
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *rk = d->tokens[k].deprel ? d->tokens[k].deprel : "";
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    if (!strcmp(rk, "obj") || !strncmp(rk, "xcomp", 5) || !strncmp(rk, "ccomp", 5) || !strncmp(rk, "obl", 3) ||
        !strcmp(rk, "nummod"))
      return 0;                           /* "declined to comment", "declined 8 percent", "declined by 3%" */
    if (!strcmp(rk, "conj") && other < 0)
      other = (int32_t)k;
  }
  return other >= 0 && d->tokens[other].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, (uint32_t)other, askers);
}

int kg_ev_own_answer(const kg_doc *d, uint32_t i)
{
  static const char *const answers[] = { "decline", "refuse", "agree", "resign", "protest", "object", "abstain",
    "retaliate", "apologise", "apologize", "comply", NULL };
  return kg_ev_lemma_in(d, i, answers);
}
