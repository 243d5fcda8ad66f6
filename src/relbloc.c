/* relbloc.c — an organisation's members told by a verb of membership: "The
 * CSTO, which also includes Belarus, Kazakhstan and Tajikistan", "ECOWAS
 * includes Ghana and Nigeria", "the Pacific Alliance, a trade bloc that
 * groups Mexico, Peru, Chile and Colombia", "a forum that brings together
 * A, B and C": the organisation, as subject (the name right before the
 * verb, before ", which" / ", that", or before the apposition whose noun the
 * relative clause is on), has the listed states closing the clause as
 * members (memberOf); not negated ("does not include": the word before the
 * verb must be the subject or its relative pronoun).
 * Owns: kg_rel_includes_verb, kg_rel_includes_rule (relations.c calls it at
 * the verb).
 * Does not own: the state list and where it ends (relgroups.c), "member
 * of", "joined" (relgroups.c). */
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "actors.h"

int kg_rel_includes_verb(const char *w)
{
  static const char *const v[] = { "includes", "include", "comprises", "comprise", "groups", "group", "unites",
                                   "unite", "brings", "bring", NULL };
  if (!memchr("icgub", w[0], 5))        /* their first letters: most words stop here */
    return 0;
  for (size_t k = 0; v[k]; k++)
    if (!strcmp(w, v[k]))
      return 1;
  return 0;
}

/* The token before ", a trade bloc that": the relative pronoun at b is on
 * the noun of an apposition ("a" or "an" and at most three lower-case
 * words after the comma); the token before that comma, else 0. */
static uint32_t appos_before(const kg_doc *d, const kg_sentence *s, uint32_t b)
{
  uint32_t q = b;
  for (int k = 0; k < 4 && q > s->tok + 1; k++) {
    q--;
    const kg_token *t = &d->tokens[q];
    if (kg_tok_is_cap(t) || !(t->form[0] >= 'a' && t->form[0] <= 'z'))
      return 0;
    if (kg_tok_is(d, q, "a") || kg_tok_is(d, q, "an"))
      return q > s->tok + 1 && q + 1 < b && kg_tok_is(d, q - 1, ",") ? q - 2 : 0;
  }
  return 0;
}

kg_status kg_rel_includes_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t v = tok, end = s->tok + s->ntok;
  char w[16];
  kg_tok_lower(&d->tokens[v], w, sizeof w);
  if (!kg_rel_includes_verb(w) || v < s->tok + 1)
    return KG_OK;
  uint32_t first = v + 1;                 /* where the list starts */
  if (w[0] == 'b' && !(first < end && kg_tok_is(d, first, "together")))
    return KG_OK;                         /* ("brings" alone is no membership) */
  first += w[0] == 'b';
  uint32_t b = v - 1;
  if (kg_tok_is(d, b, "also") && b > s->tok)
    b--;
  if ((kg_tok_is(d, b, "which") || kg_tok_is(d, b, "that")) && b > s->tok + 1)
    b = kg_tok_is(d, b - 1, ",") ? b - 2 : appos_before(d, s, b);
  int32_t om = b > s->tok ? kg_rel_mention_ending(d, b) : -1;
  if (om < 0 || kg_rel_atype(d, om) != KG_ACT_ORG)
    return KG_OK;
  int32_t st[16];
  size_t n = kg_rel_state_list(d, si, first, st, 16);
  if (n == 0 || !kg_rel_list_closes(d, si, first, st[n - 1]))
    return KG_OK;
  for (size_t k = 0; k < n; k++) {
    kg_status r = kg_relations_add(d, KG_REL_MEMBER, st[k], d->mentions[om].actor, si);
    if (r != KG_OK)
      return r;
  }
  return KG_OK;
}
