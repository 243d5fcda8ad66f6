/* evscope.c — which clause an event argument belongs to.
 *
 * Owns: keeping a main clause's locative out of an event of a subordinate
 * clause with a subject of its own, and a first conjunct's locative out of
 * a later conjunct with a place phrase of its own (kg_ev_subclause_place:
 * "arrived in Shanghai and travelled to Beijing"); the first verb
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
  /* "arrived in Shanghai on Saturday and travelled to Beijing": a later
   * conjunct with a place phrase of its own (to, in, at, into a name) is not
   * where the first conjunct's place phrase, told between them, is */
  const char *ri = d->tokens[i].deprel;
  if (ri && !strcmp(ri, "conj") && kg_tok_head(d, i) == v && (uint32_t)v < j && j < i &&
      d->tokens[i].upos == KG_UPOS_VERB) {
    const kg_sentence *s = &d->sents[d->tokens[i].sent];
    for (uint32_t k = i + 1; k < s->tok + s->ntok; k++) {
      const char *rk = d->tokens[k].deprel;
      int32_t cs = kg_tok_head(d, k) == (int32_t)i && rk && !strcmp(rk, "obl") && kg_mention_at(d, k) >= 0
                   ? kg_ev_child_with(d, k, "case", 0) : -1;
      if (cs >= 0 && (kg_tok_is(d, (uint32_t)cs, "to") || kg_tok_is(d, (uint32_t)cs, "in") ||
                      kg_tok_is(d, (uint32_t)cs, "at") || kg_tok_is(d, (uint32_t)cs, "into")))
        return 1;
    }
  }
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

int kg_ev_message_issued(const kg_doc *d, uint32_t v)
{
  static const char *const msg[] = { "statement", "communique", "communiqu\xc3\xa9", "letter", "speech",
    "interview", "declaration", "address", NULL };
  int32_t h = kg_tok_head(d, v);
  char b[24];
  if (!d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "acl") || h < 0 || !d->tokens[h].deprel ||
      strcmp(d->tokens[h].deprel, "obl"))
    return 0;
  kg_tok_lower(&d->tokens[h], b, sizeof b);
  return kg_act_in_list(b, msg);
}
