/* evplace.c — places an event takes from a capital among its arguments
 * (split from events.c): the city a visit goes to ("visited Moscow"), and
 * the city an invitation is to ("invited officials from both countries to
 * Brussels", where the capital is no target).
 * Owns: kg_ev_metonym_place, kg_ev_invited_to.
 * Does not own: finding the arguments (evargs.c, evwindow.c), the place of
 * a locative phrase and emitting (events.c). */
#include <string.h>
#include "actors.h"
#include "evargs.h"

int32_t kg_ev_metonym_place(kg_doc *d, int32_t m)
{
  const kg_mention *tm = &d->mentions[m];
  char label[128], key[256];
  size_t n = tm->end - tm->start;
  if (n == 0 || n >= sizeof label)
    return -1;
  memcpy(label, d->text + tm->start, n);
  label[n] = '\0';
  if (kg_make_key(label, key, sizeof key) <= 0)
    return -1;
  int32_t place = kg_doc_intern_actor(d, KG_ACT_PLACE, label, key);
  return place >= 0 && d->actors[place].type == KG_ACT_PLACE ? place : -1;
}

int32_t kg_ev_invited_to(const kg_doc *d, uint32_t i, const ev_args *a)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (!kg_ev_lemma_in(d, i, (const char *const[]){ "invite", NULL }))
    return -1;
  for (size_t y = 0; y < a->ntg; y++) {
    const kg_mention *tm = a->targets[y] >= 0 ? &d->mentions[a->targets[y]] : NULL;
    if (tm && tm->kind == KG_MEN_METONYM && tm->sent == d->tokens[i].sent && tm->tok > s->tok + 1 && tm->tok > i &&
        kg_tok_is(d, tm->tok - 1, "to"))
      return a->targets[y];
  }
  return -1;
}
