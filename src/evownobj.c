/* evownobj.c — the target of a violent act whose object "its" the
 * coreference linked to the doer itself, in a clause a saying or accusing
 * verb governs: the one who says or accuses ("Manila said Chinese vessels
 * fired water cannon at its boats": the Philippines, not China).  The nearest
 * state before a possessive is the doer in such a clause, and a state firing
 * on its own boats is no news; the speaker owns them.
 * Owns: kg_ev_own_object_speaker.
 * Does not own: the pronoun's antecedent (corefpron.c), the other targets of
 * a sentence's acts (evtargets.c), the arguments (evargs.c, events.c). */
#include <string.h>
#include "evownobj.h"

static const char *rel(const kg_doc *d, uint32_t t)
{
  return d->tokens[t].deprel ? d->tokens[t].deprel : "";
}

/* a verb that reports or charges what its clause tells */
static int saying(const kg_doc *d, uint32_t v)
{
  static const char *const say[] = { "say", "tell", "report", "accuse", "claim", "allege", "complain", "state",
    "announce", "add", "charge", "insist", "protest", NULL };
  return d->tokens[v].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, v, say);
}

/* the actor of the subject of verb v ("Bosnian Serbs": the demonym before a
 * subject noun), or of the name right before v with only a determiner between
 * when the parser gave v none (", the Philippines said"); -1 */
static int32_t subject_actor(const kg_doc *d, uint32_t v)
{
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)v || strcmp(rel(d, k), "nsubj"))
      continue;
    int32_t m = kg_mention_at(d, k);
    for (uint32_t q = k; m < 0 && q-- > s->tok && kg_tok_head(d, q) == (int32_t)k;)
      m = kg_mention_at(d, q);
    return m >= 0 ? d->mentions[m].actor : -1;
  }
  if (v > s->tok) {
    int32_t m = kg_mention_at(d, v - 1);
    if (m >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN && !d->mentions[m].as_place)
      return d->mentions[m].actor;
  }
  return -1;
}

/* The actor of "its"/"their" owning token n when n is what verb i is done
 * to: its object or oblique, or a phrase on its object ("fired water cannon
 * at its boats" with the boats hung on the cannon); -1 */
static int32_t own_object(const kg_doc *d, uint32_t i, uint32_t cl, uint32_t n)
{
  int32_t h = kg_tok_head(d, n);
  const char *r = rel(d, n);
  int noun = d->tokens[i].upos == KG_UPOS_NOUN;   /* (a noun act's phrase: "India's strike on its territory") */
  if (!(h == (int32_t)i && (!strcmp(r, "obj") || !strncmp(r, "obl", 3) || (noun && !strcmp(r, "nmod")))) &&
      !(cl != i && h == (int32_t)cl && !strncmp(r, "nmod", 4)) &&
      !(h >= 0 && !strncmp(r, "nmod", 4) && kg_tok_head(d, (uint32_t)h) == (int32_t)i &&
        !strcmp(rel(d, (uint32_t)h), "obj")))
    return -1;
  int32_t p = kg_ev_child_with(d, n, "nmod:poss", 0);
  if (p < 0 || !(kg_tok_is(d, (uint32_t)p, "its") || kg_tok_is(d, (uint32_t)p, "their")))
    return -1;
  int32_t m = kg_mention_at(d, (uint32_t)p);
  return m >= 0 && d->mentions[m].actor >= 0 ? d->mentions[m].actor : -1;
}

void kg_ev_own_object_speaker(const ev_ctx *c, kg_event *e)
{
  const kg_doc *d = c->doc;
  int root = kg_cameo_root(e->cameo);
  uint32_t i = e->trigger;
  if (root < 17 || root > 20 || e->agent < 0 || e->target >= 0 || e->target_noun >= 0 || e->npart > 0 ||
      (d->tokens[i].upos != KG_UPOS_VERB && d->tokens[i].upos != KG_UPOS_NOUN))
    return;
  const kg_sentence *s = &d->sents[e->sent];
  /* (a verb the parser made an adjective of its object, "vessels fired
   * water cannon at its boats": the clause is the object's) */
  int32_t ob = kg_tok_head(d, i);
  uint32_t cl = !strcmp(rel(d, i), "amod") && ob > (int32_t)i && d->tokens[ob].upos == KG_UPOS_NOUN ? (uint32_t)ob : i;
  int32_t own = -1;
  for (uint32_t n = i + 1; n < s->tok + s->ntok && own < 0; n++)
    own = own_object(d, i, cl, n);
  if (own < 0)
    return;
  /* the saying verb governing the clause (through "of": "accused X of
   * shelling"), else one the parser hung on the act after it (", the
   * Philippines said") */
  int32_t v = -1, h = (int32_t)cl;
  for (int n = 0; n < 3 && v < 0 && h >= 0; n++) {
    const char *r = rel(d, (uint32_t)h);
    /* (a noun act is first the subject of its clause: "said India's strike
     * on its territory was an act of war") */
    int subj = n == 0 && d->tokens[h].upos == KG_UPOS_NOUN && !strncmp(r, "nsubj", 5);
    if (strcmp(r, "ccomp") && strncmp(r, "advcl", 5) && strcmp(r, "xcomp") && !subj)
      break;
    h = kg_tok_head(d, (uint32_t)h);
    if (h >= 0 && saying(d, (uint32_t)h))
      v = h;
  }
  for (uint32_t k = i + 1; v < 0 && k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && saying(d, k) &&
        (!strcmp(rel(d, k), "parataxis") || !strcmp(rel(d, k), "xcomp") || !strcmp(rel(d, k), "ccomp") ||
         !strcmp(rel(d, k), "conj")))
      v = (int32_t)k;
  int32_t sp = v >= 0 ? subject_actor(d, (uint32_t)v) : -1;
  /* (the pronoun linked to the doer, or already to the speaker) */
  if (sp < 0 || sp == e->agent || (own != e->agent && own != sp))
    return;
  int t = d->actors[sp].type;
  if (t != KG_ACT_COUNTRY && t != KG_ACT_ORG)
    return;
  e->target = sp;
  e->target_group = -1;
}
