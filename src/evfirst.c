/* evfirst.c — the doer of an act told by "the first N to V" (thirty-seventh
 * session, branch articles3): "Fidan is the first Turkish foreign minister
 * to visit Armenia since 2009", "Modi became the first Indian prime minister
 * to visit Ukraine".  The parser hangs the infinitive on the predicate noun
 * (acl), and the argument rules give the act to the state the noun's
 * demonym names; the doer is the clause's subject.
 *
 * Owns: kg_ev_first_to (called by events.c after its own argument rules).
 * Does not own: the other argument rules (evargs.c, events.c), the purpose
 * clauses of a summons (evsummon.c).
 *
 * Rule: a verb with deprel acl and a mark "to", no subject of its own, on a
 * noun with an ordinal or "only"/"last" modifier, that noun either the
 * predicate of a copula (its nsubj the subject) or the complement of
 * "become" (that verb's nsubj): the subject's mention, when it names an
 * actor, is the agent (replacing one found; made only for a noun of a
 * state or a leader when none was). */
#include <string.h>
#include "evfirst.h"

void kg_ev_first_to(const ev_ctx *c, uint32_t i, ev_args *a)
{
  static const char *const rank[] = { "first", "second", "third", "last", "only", NULL };
  const kg_doc *d = c->doc;
  const char *r = d->tokens[i].deprel;
  if (!r || strcmp(r, "acl") || d->tokens[i].upos != KG_UPOS_VERB)
    return;                               /* (the cheap test first) */
  int32_t n = kg_tok_head(d, i), mk = kg_ev_child_with(d, i, "mark", 0);
  if (n < 0 || mk < 0 || !kg_tok_is(d, (uint32_t)mk, "to") || kg_ev_child_with(d, i, "nsubj", 1) >= 0 ||
      d->tokens[n].upos != KG_UPOS_NOUN)
    return;
  /* (a doer the argument rules found is replaced; none is made up but for
   * a noun of a state or its leader: not "the first winners to receive a
   * Golden Rose") */
  static const char *const doer[] = { "leader", "president", "minister", "premier", "chancellor", "head",
    "country", "state", "nation", "government", NULL };
  if (a->nag == 0 && !kg_ev_lemma_in(d, (uint32_t)n, doer))
    return;
  int ranked = 0;
  for (uint32_t k = d->sents[d->tokens[n].sent].tok; k < (uint32_t)n && !ranked; k++)
    ranked = kg_tok_head(d, k) == n && kg_ev_lemma_in(d, k, rank);
  if (!ranked)
    return;
  int32_t sj = -1, v = kg_tok_head(d, (uint32_t)n);
  if (kg_ev_child_with(d, (uint32_t)n, "cop", 0) >= 0)
    sj = kg_ev_child_with(d, (uint32_t)n, "nsubj", 0);
  else if (v >= 0 && d->tokens[v].lemma && !strcmp(d->tokens[v].lemma, "become"))
    sj = kg_ev_child_with(d, (uint32_t)v, "nsubj", 0);
  int32_t sm = sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
  if (sm < 0 || d->mentions[sm].actor < 0)
    return;
  a->agents[0] = sm;
  a->nag = 1;
}
