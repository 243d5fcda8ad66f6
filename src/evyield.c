/* evyield.c — a yielding verb on a thing handed in or undergone.
 *
 * Owns: kg_ev_thing_yielded (called from kg_ev_coerced_thing in
 * evnoact.c): CAMEO's plain "submit VERB", "succumb VERB" and "yield VERB"
 * (08x, no object in the pattern) tell a yielding only of one who gives way
 * to a party or its will ("Bolivia submitted to the demands of Chile",
 * "yielded to Chile").  With a direct object the verb hands in a thing
 * ("submitted a new plan to the court", "what it has submitted", "the site
 * allowed visitors to submit links") or brings a result ("an association
 * which yielded the US Open title"): no event.  Submitting or succumbing
 * "to" a check, a test or a trial of strength ("refused to submit to a drug
 * test", "after succumbing to stiff competition", "succumbed to an
 * injury") is undergoing it, no yielding either.  The patterns that name
 * their object ("submit VERB object=resignation", "yield VERB
 * object=solution") are other codes' and left alone, and so is "bow".
 * Does not own: matching (evmatch.c), a yielding verb on a hostile act
 * noun (evundo.c), who can be coerced (evnoact.c).
 */
#include <string.h>
#include "evargs.h"
#include "evyield.h"

static const char *rel(const kg_doc *d, uint32_t k)
{
  return d->tokens[k].deprel ? d->tokens[k].deprel : "";
}

int kg_ev_thing_yielded(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  static const char *const verbs[] = { "submit", "succumb", "yield", NULL };
  /* what one undergoes, not whom one yields to */
  static const char *const undergone[] = { "test", "check", "procedure", "examination", "screening", "search",
    "scrutiny", "competition", "injury", "illness", "disease", "temptation", "fatigue", "surgery", "operation",
    NULL };
  const kg_doc *d = c->doc;
  if (p->object || strncmp(p->code, "08", 2) || d->tokens[i].upos != KG_UPOS_VERB || !kg_ev_lemma_in(d, i, verbs) ||
      !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    const char *r = rel(d, k);
    if (!strcmp(r, "obj") && d->tokens[k].upos != KG_UPOS_PRON)
      return 1;                           /* "submitted a new plan", "yielded the title" */
    if (!strcmp(r, "obj") && (kg_tok_is(d, k, "what") || kg_tok_is(d, k, "What")))
      return 1;                           /* "what it has submitted" */
    if (!strncmp(r, "obl", 3) && kg_ev_lemma_in(d, k, undergone))
      return 1;                           /* "submit to a drug test", "succumbing to stiff competition" */
  }
  return 0;
}
