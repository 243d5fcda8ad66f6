/* evsend.c — the person sent on a visit (thirty-eighth session, branch
 * gaps): "Pyongyang sent its special envoy, Kim Song Nam, to Moscow",
 * "China dispatched its special envoy for Eurasian affairs, Li Hui, to
 * Kyiv".  The argument rules read the object of the sending verb (the
 * description "its special envoy") as the person in apposition to it and
 * made that person the visit's target; a coder takes the person as the one
 * sent (a participant beside the sender) and the place the "to" phrase
 * names, or its state, as the visited side.
 *
 * Owns: kg_ev_sent_person (called by events.c after its own argument
 * rules).  Does not own: the visit's place and host state (events.c,
 * evplace.c), the person a description stands for (evargs.c, evappos.c).
 *
 * Rule: a verb of sending (kgd-free word list: send, dispatch, despatch)
 * coded 042, a target mention that is a person lying in the subtree of the
 * verb's object (the name in apposition, or the object itself: "sent the
 * envoy" standing for X): moved to the participants; the first "to" phrase on the
 * verb, on its object or on the object's apposition naming a place, state
 * or organisation becomes the target (none when no such phrase names one:
 * "to the region" leaves the visit with its sender and the person sent). */
#include <string.h>
#include "evsend.h"

/* The mention of the first "to" phrase on verb i, on its object o or on a
 * phrase of o ("envoy, X, to Moscow", the phrase hung on the name or on
 * the object as a conjunct), naming a place, state or organisation; -1. */
static int32_t to_destination(const kg_doc *d, uint32_t i, uint32_t o)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t j = i + 1; j < s->tok + s->ntok; j++) {
    int32_t h = kg_tok_head(d, j);
    const char *r = d->tokens[j].deprel;
    if (h < 0 || !r || !(h == (int32_t)i || h == (int32_t)o || kg_tok_head(d, (uint32_t)h) == (int32_t)o))
      continue;
    if (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4) && strcmp(r, "conj"))
      continue;
    int32_t cs = kg_ev_child_with(d, j, "case", 0);
    if (cs < 0 || !kg_tok_is(d, (uint32_t)cs, "to"))
      continue;
    int32_t m = kg_mention_at(d, j);
    int t = m >= 0 ? kg_ev_atype(d, m) : 0;
    return t == KG_ACT_PLACE || t == KG_ACT_COUNTRY || t == KG_ACT_ORG ? m : -1;
  }
  return -1;
}

void kg_ev_sent_person(const ev_ctx *c, uint32_t i, const char *code, ev_args *a)
{
  static const char *const sending[] = { "send", "dispatch", "despatch", NULL };
  const kg_doc *d = c->doc;
  if (a->ntg == 0 || !code || strcmp(code, "042") || d->tokens[i].upos != KG_UPOS_VERB ||
      !kg_ev_lemma_in(d, i, sending))
    return;                               /* (the cheap tests first) */
  int32_t o = kg_ev_child_with(d, i, "obj", 0);   /* (also "sent the envoy", the description standing for X) */
  if (o < 0)
    return;
  size_t n = 0, moved = 0;
  for (size_t q = 0; q < a->ntg; q++) {
    int32_t m = a->targets[q];
    if (m >= 0 && kg_ev_atype(d, m) == KG_ACT_PERSON && kg_tok_under(d, d->mentions[m].tok, o) &&
        a->npart < KG_EVENT_MAX_PART) {
      a->parts[a->npart++] = m;
      moved++;
    } else {
      a->targets[n++] = m;
    }
  }
  a->ntg = n;
  int32_t dst = moved && n == 0 ? to_destination(d, i, (uint32_t)o) : -1;
  if (dst >= 0)
    a->targets[a->ntg++] = dst;
}
