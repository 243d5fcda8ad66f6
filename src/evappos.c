/* evappos.c — the person a description set off by commas stands for, when
 * the parse hung the description (or what refers back to it) elsewhere:
 * the relative "who" after "Wang Yi, China's foreign minister," is Wang Yi
 * (kg_ev_who_after_description).
 * Owns: kg_ev_who_after_description (declared in evargs.h); also
 * kg_ev_name_after_title: the person named right after the comma that
 * follows a title noun ("a telephone call with Kuwait's prime minister,
 * Sheikh X, on Saturday", "between A and his Iranian counterpart, Y"),
 * whatever the parse hung the name on.
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

int32_t kg_ev_name_after_title(const kg_doc *d, uint32_t j)
{
  static const char *const titles[] = { "minister", "president", "premier", "chancellor", "counterpart", "chief",
                                        "secretary", "ambassador", "envoy", "king", "emir", "leader", NULL };
  uint32_t nx = j + 1;
  if (d->tokens[j].upos != KG_UPOS_NOUN || kg_tok_is_cap(&d->tokens[j]) || !kg_ev_lemma_in(d, j, titles) ||
      nx + 1 >= d->ntokens || !kg_tok_is(d, nx, ",") || d->tokens[nx + 1].sent != d->tokens[j].sent)
    return -1;
  int32_t pm = kg_mention_at(d, nx + 1);
  return pm >= 0 && d->mentions[pm].tok == nx + 1 && d->mentions[pm].kind == KG_MEN_NAME &&
         kg_ev_atype(d, pm) == KG_ACT_PERSON ? pm : -1;
}
