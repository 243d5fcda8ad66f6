/* evscope.c — which clause an event argument belongs to.
 *
 * Owns: keeping a main clause's locative out of an event of a subordinate
 * clause with a subject of its own (kg_ev_subclause_place); the first verb
 * above a token (kg_ev_verb_above, also evclause.c's).
 * Does not own: finding the place phrase (events.c), a place of another
 * verb than the trigger's own or of a conjoined clause (evclause.c,
 * discourse.c), place names (actors.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"

/* Has token n a subject of its own? */
static int own_subject(const kg_doc *d, uint32_t n)
{
  return kg_ev_child_with(d, n, "nsubj", 1) >= 0 || kg_ev_child_with(d, n, "expl", 0) >= 0;
}

int32_t kg_ev_verb_above(const kg_doc *d, uint32_t j)
{
  int32_t v = kg_tok_head(d, j);
  for (int hops = 0; v >= 0 && hops < 8 && d->tokens[v].upos != KG_UPOS_VERB; hops++)
    v = kg_tok_head(d, (uint32_t)v);
  return v >= 0 && d->tokens[v].upos == KG_UPOS_VERB ? v : -1;
}

int kg_ev_subclause_place(const kg_doc *d, uint32_t j, uint32_t i)
{
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  /* the first verb above the place name: the clause it belongs to */
  int32_t v = kg_ev_verb_above(d, j);
  if (v < 0 || (uint32_t)v == i || !kg_tok_under(d, i, v))
    return 0;
  /* from the trigger up to that verb: an adverbial clause with its own
   * subject that does not hold the place ("since the army seized power";
   * not "killing ten people in Kabul", a participle with none) */
  int32_t n = (int32_t)i;
  for (int hops = 0; n >= 0 && n != v && hops < 16; hops++, n = kg_tok_head(d, (uint32_t)n)) {
    const char *r = d->tokens[n].deprel;
    if (r && !strncmp(r, "advcl", 5) && d->tokens[n].upos == KG_UPOS_VERB && own_subject(d, (uint32_t)n) &&
        !kg_tok_under(d, j, n))
      return 1;
  }
  return 0;
}
