/* evappos.c — the person a description set off by commas stands for, when
 * the parse hung the description (or what refers back to it) elsewhere:
 * the relative "who" after "Wang Yi, China's foreign minister," is Wang Yi
 * (kg_ev_who_after_description).
 * Owns: kg_ev_who_after_description (declared in evargs.h).
 * Does not own: the apposition the parse got right (evargs.c mention_of_tok),
 * relative clauses on a name (evargs.c relative_antecedent), relations read
 * from appositions (relations.c, relrules.c). */
#include <string.h>
#include "evargs.h"
#include "actors.h"

/* The person NAME of "NAME, DESCRIPTION, who ..." where token j is "who":
 * the description is the noun right before the comma with its subtree, and
 * the name stands right before the comma that opens the description (the
 * parse may hang both the description and the relative clause on an
 * earlier noun: "five hours of talks with Wang Yi, China's foreign
 * minister, who warned him").  Mention index of the name, else m0. */
int32_t kg_ev_who_after_description(const kg_doc *d, uint32_t j, int32_t m0)
{
  if (j < 5 || !kg_tok_is(d, j, "who") || !kg_tok_is(d, j - 1, ","))
    return m0;
  uint32_t n = j - 2, s0 = d->sents[d->tokens[j].sent].tok;
  if (n <= s0 + 2 || d->tokens[n].upos != KG_UPOS_NOUN || kg_tok_is_cap(&d->tokens[n]))
    return m0;                                  /* a common noun: "minister", "envoy" */
  uint32_t b = n;
  while (b > s0 && kg_tok_under(d, b - 1, (int32_t)n))
    b--;
  if (!kg_tok_is(d, b, ","))                   /* (the comma hung on the description or before it) */
    b--;
  if (b < s0 + 1 || !kg_tok_is(d, b, ","))
    return m0;
  int32_t m = kg_mention_at(d, b - 1);
  return m >= 0 && d->mentions[m].kind == KG_MEN_NAME && kg_ev_atype(d, m) == KG_ACT_PERSON ? m : m0;
}
