/* evleave.c — leaving an organisation: a state that withdraws or pulls out
 * from a body ("Eritrea said it was withdrawing from IGAD",
 * "Britain pulled out of the union") reduces its relations with it (160),
 * no military retreat (0874).
 *
 * Owns: kg_ev_leave_recode (called by events.c on a trigger after
 * kg_ev_mass_recode).  It recodes the plain retreat patterns coded 0874
 * with no object ("withdraw VERB", "withdraw VERB prep=from", "pull VERB
 * particle=out"; a noun "withdrawal" if a pattern gives one) when a "from"
 * phrase (or "of" after "pull out") below the trigger names an
 * organisation (an actor of type organisation) and the leaver is a state:
 * the verb's subject, the noun's possessor, or a pronoun there that
 * coreference made a mention of a state ("it"; "They withdrew from the
 * Athens Games", athletes, is none).  "withdrew its troops from X" (a
 * pattern with an object), a player who "withdrew from the Open" (no
 * state) and "withdrew from Gaza" (no organisation) are left as they are.
 * Does not own: the patterns (dict.c, tools/gen_dictionaries.py), the
 * sense filters (evfilter.c: a retreat with no forces in the sentence is
 * none), the arguments (evargs.c: the organisation is the target by the
 * trigger's "from"). */
#include <string.h>
#include "evargs.h"

static const kg_trigger leave_verb = { "withdraw", KG_UPOS_VERB, NULL, "from", NULL, NULL, "160", NULL, NULL,
                                       NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static const kg_trigger leave_noun = { "withdrawal", KG_UPOS_NOUN, NULL, "from", NULL, NULL, "160", NULL, NULL,
                                       NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static const kg_trigger pull_out_of = { "pull", KG_UPOS_VERB, "out", "of", NULL, NULL, "160", NULL, NULL,
                                        NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

/* Whether token k (a subject or a possessor) names a state (a pronoun
 * counts when coreference made it a mention of one). */
static int state_or_pronoun(const kg_doc *d, int32_t k)
{
  return k >= 0 && kg_ev_atype(d, kg_mention_at(d, (uint32_t)k)) == KG_ACT_COUNTRY;
}

const kg_trigger *kg_ev_leave_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  static const char *const leaves[] = { "withdraw", "withdrawal", "pull", NULL };
  const kg_doc *d = c->doc;
  if (!p || !p->code || strcmp(p->code, "0874") || p->object || kg_dict_exclusive(c->dict) ||
      !kg_ev_lemma_in(d, i, leaves) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return p;
  int pull = kg_ev_lemma_in(d, i, leaves + 2);
  if (pull && (!p->particle || strcmp(p->particle, "out")))
    return p;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int body = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok && !body; k++) {
    const char *r = d->tokens[k].deprel ? d->tokens[k].deprel : "";
    if (kg_tok_head(d, k) != (int32_t)i || (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4)))
      continue;
    if (kg_ev_atype(d, kg_mention_at(d, k)) != KG_ACT_ORG)
      continue;
    for (uint32_t q = s->tok; q < k && !body; q++)     /* ("out of": both words are its case) */
      body = kg_tok_head(d, q) == (int32_t)k && kg_tok_is(d, q, pull ? "of" : "from") && d->tokens[q].deprel &&
             !strcmp(d->tokens[q].deprel, "case");
  }
  if (!body)
    return p;
  int32_t who = pos == KG_UPOS_VERB ? kg_ev_child_with(d, i, "nsubj", 0) : kg_ev_child_with(d, i, "nmod:poss", 0);
  if (!state_or_pronoun(d, who))
    return p;
  return pos == KG_UPOS_NOUN ? &leave_noun : pull ? &pull_out_of : &leave_verb;
}
