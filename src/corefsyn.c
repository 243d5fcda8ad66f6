/* corefsyn.c — antecedents the tree gives a pronoun through coordination,
 * for coref.c.
 *
 * Owns: the subject a verb shares with the verb it is joined to ("He met
 * X and urged him": the subject of "urged" is that of "met"; "Hamas has
 * refused ..., and it has rejected ...": "it" is the first verb's subject),
 * not that of a verb in a subordinate clause ("when X argued ... and he").
 * Does not own: choosing among salient actors, gender, the other pronoun
 * rules (coref.c), mentions (actors.c).
 */
#include <string.h>
#include "actors.h"
#include "coref.h"

/* Whether verb h opens a subordinate clause of its own ("when X argued",
 * "unless X commits"): a "mark" dependent or an adverbial clause. */
static int subordinate(const kg_doc *d, int32_t h)
{
  const char *r = d->tokens[h].deprel;
  if (r && (!strcmp(r, "advcl") || !strncmp(r, "acl", 3)))
    return 1;
  const kg_sentence *s = &d->sents[d->tokens[h].sent];
  for (uint32_t q = s->tok; q < (uint32_t)h; q++)
    if (kg_tok_head(d, q) == h && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "mark"))
      return 1;
  return 0;
}

int32_t kg_coref_shared_subject(const kg_doc *d, int32_t v)
{
  for (int hop = 0; hop < 3 && v >= 0 && d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj"); hop++) {
    int32_t h = kg_tok_head(d, (uint32_t)v);
    /* (not a verb of a subordinate clause: "said he had supported the plans
     * when X argued for them and he supported them now") */
    if (h < 0 || h > v || d->tokens[h].upos != KG_UPOS_VERB || subordinate(d, h))
      return -1;
    int32_t q = kg_coref_nsubj_before(d, h, (uint32_t)h);
    if (q >= 0)
      return q;
    v = h;
  }
  return -1;
}

int32_t kg_coref_conj_subject(const kg_doc *d, uint32_t tok, unsigned mask)
{
  const char *r = d->tokens[tok].deprel;
  int32_t v = kg_tok_head(d, tok);
  if (!r || strcmp(r, "nsubj") || v < 0 || d->tokens[v].upos != KG_UPOS_VERB)
    return -1;
  int32_t q = kg_coref_shared_subject(d, v);
  int32_t m = q >= 0 ? kg_mention_at(d, (uint32_t)q) : -1;
  int32_t a = m >= 0 && !d->mentions[m].as_place && d->mentions[m].kind != KG_MEN_PRONOUN ? d->mentions[m].actor : -1;
  return a >= 0 && (mask & KG_TYPEBIT(d->actors[a].type)) ? a : -1;
}
