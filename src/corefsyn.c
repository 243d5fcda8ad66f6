/* corefsyn.c — antecedents the tree gives a pronoun through coordination,
 * for coref.c.
 *
 * Owns: the subject a verb shares with the verb it is joined to ("He met
 * X and urged him": the subject of "urged" is that of "met"; "Hamas has
 * refused ..., and it has rejected ...": "it" is the first verb's subject),
 * not that of a verb in a subordinate clause ("when X argued ... and he");
 * the subject after a fronted clause for a possessive inside it ("Speaking
 * at the end of his visit, Blinken said": kg_coref_fronted_subject) and for
 * its subject pronoun ("Before he landed in Moscow, Orban had visited Kyiv":
 * kg_coref_fronted_name), and
 * the subject of the verb before for a possessive in the subject of a verb
 * joined to it ("X did not respond, but his minister, Y, said"); the
 * subject of the verb whose object a relative clause with a pronoun subject
 * is on ("X would withdraw a complaint it had filed": kg_coref_relcl_subject);
 * the gender a pronoun resolved before tells of its person
 * (kg_coref_pronoun_gender, for coref.c's person_gender); that a subject
 * pronoun is not the person its verb's object names ("He called Castillo
 * a patriot": he is not Castillo; kg_coref_named_obj).
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

/* "X did not respond, but his foreign minister, Y, said": a possessive in
 * the subject of a verb joined to an earlier verb is that verb's named
 * Person subject (not a pronoun, not in a subordinate clause); -1. */
static int32_t conj_possessor(const kg_doc *d, uint32_t tok)
{
  int32_t n = kg_tok_head(d, tok), v = n >= 0 ? kg_tok_head(d, (uint32_t)n) : -1;
  if (v < 0 || !d->tokens[tok].deprel || strcmp(d->tokens[tok].deprel, "nmod:poss") || !d->tokens[n].deprel ||
      strncmp(d->tokens[n].deprel, "nsubj", 5) || d->tokens[v].upos != KG_UPOS_VERB)
    return -1;
  int32_t q = kg_coref_shared_subject(d, v);
  if (q < 0 || q >= (int32_t)tok || d->tokens[q].upos != KG_UPOS_PROPN)
    return -1;
  uint32_t last = (uint32_t)q;            /* the name's last word (its mention is not made yet) */
  while (last + 1 < tok && kg_tok_head(d, last + 1) == q && d->tokens[last + 1].deprel &&
         !strncmp(d->tokens[last + 1].deprel, "flat", 4))
    last++;
  return kg_coref_fold_partial(d, last);
}

static int32_t fronted_subject(const kg_doc *d, uint32_t tok);

int32_t kg_coref_fronted_subject(const kg_doc *d, uint32_t tok)
{
  int32_t a = fronted_subject(d, tok);
  return a >= 0 ? a : conj_possessor(d, tok);
}

int32_t kg_coref_fronted_name(const kg_doc *d, uint32_t tok)
{
  return fronted_subject(d, tok);
}

static int32_t fronted_subject(const kg_doc *d, uint32_t tok)
{
  const kg_sentence *s = &d->sents[d->tokens[tok].sent];
  uint32_t end = s->tok + s->ntok;
  int32_t top = (int32_t)tok, v = -1;
  for (int hop = 0; hop < 12 && top >= 0; hop++) {
    int32_t h = kg_tok_head(d, (uint32_t)top);
    if (h < 0)
      return -1;
    if (d->tokens[top].deprel && !strcmp(d->tokens[top].deprel, "advcl") && d->tokens[h].upos == KG_UPOS_VERB &&
        h > (int32_t)tok) {
      v = h;                              /* the main verb the fronted clause hangs on */
      break;
    }
    top = h;
  }
  if (v < 0 || top > v || kg_tok_head(d, (uint32_t)v) >= 0 || !kg_tok_under(d, s->tok, top))
    return -1;                            /* (the clause opens the sentence; the verb is its root) */
  for (uint32_t q = tok + 1; q < (uint32_t)v && q < end; q++) {
    const char *r = d->tokens[q].deprel;
    if (kg_tok_head(d, q) != v || !r || strcmp(r, "nsubj") || d->tokens[q].upos != KG_UPOS_PROPN)
      continue;
    uint32_t last = q;                    /* the name's last word ("Antony Blinken") */
    while (last + 1 < end && kg_tok_head(d, last + 1) == (int32_t)q && d->tokens[last + 1].deprel &&
           !strncmp(d->tokens[last + 1].deprel, "flat", 4))
      last++;
    return kg_coref_fold_partial(d, last);
  }
  return -1;
}

/* The state or organisation (of mask) named last before token n in its
 * sentence, past no clause's verb: "a rift with the small Pacific nation
 * over a set of agreements it signed" (the nation); -1. */
static int32_t nearest_before(const kg_doc *d, uint32_t n, unsigned mask)
{
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->tok >= n)
      continue;
    if (m->sent != d->tokens[n].sent)
      break;
    for (uint32_t q = m->tok + m->ntok; q < n; q++)
      if (d->tokens[q].upos == KG_UPOS_VERB || d->tokens[q].upos == KG_UPOS_AUX)
        return -1;
    if (m->actor < 0 || m->as_place || m->kind == KG_MEN_DEMONYM)
      continue;
    return (mask & KG_TYPEBIT(d->actors[m->actor].type)) ? m->actor : -1;
  }
  return -1;
}

int32_t kg_coref_relcl_subject(const kg_doc *d, uint32_t tok, unsigned mask)
{
  const char *r = d->tokens[tok].deprel;
  int32_t v = kg_tok_head(d, tok);
  if (!r || strcmp(r, "nsubj") || v < 0 || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "acl:relcl"))
    return -1;
  int32_t n = kg_tok_head(d, (uint32_t)v);
  if (n >= 0 && n < (int32_t)tok && d->tokens[n].deprel && d->tokens[n].upos == KG_UPOS_NOUN &&
      (!strncmp(d->tokens[n].deprel, "nmod", 4) || !strncmp(d->tokens[n].deprel, "obl", 3)))
    return nearest_before(d, (uint32_t)n, mask);
  if (n < 0 || n > (int32_t)tok || !d->tokens[n].deprel || strcmp(d->tokens[n].deprel, "obj"))
    return -1;
  int32_t w = kg_tok_head(d, (uint32_t)n);
  if (w < 0 || d->tokens[w].upos != KG_UPOS_VERB)
    return -1;
  for (uint32_t q = (uint32_t)v; q-- > d->sents[d->tokens[tok].sent].tok && q > (uint32_t)n;)
    if (kg_tok_head(d, q) == v && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "obj"))
      return -1;                          /* (a relative pronoun does the deed: "which it ...") */
  int32_t q = kg_coref_nsubj_before(d, w, (uint32_t)w);
  int32_t m = q >= 0 ? kg_mention_at(d, (uint32_t)q) : -1;
  int32_t a = m >= 0 && !d->mentions[m].as_place ? d->mentions[m].actor : -1;
  return a >= 0 && (mask & KG_TYPEBIT(d->actors[a].type)) ? a : -1;
}

int kg_coref_pronoun_gender(const kg_doc *d, const kg_mention *m)
{
  static const char *const male[] = { "he", "him", "his", "himself", NULL };
  static const char *const female[] = { "she", "her", "hers", "herself", NULL };
  if (m->kind != KG_MEN_PRONOUN || m->ntok != 1)
    return 0;
  for (size_t k = 0; male[k]; k++)
    if (kg_tok_is(d, m->tok, male[k]))
      return KG_LEX_MALE;
  for (size_t k = 0; female[k]; k++)
    if (kg_tok_is(d, m->tok, female[k]))
      return KG_LEX_FEMALE;
  return 0;
}

int32_t kg_coref_named_obj(const kg_doc *d, uint32_t tok, int32_t a, int32_t other)
{
  const char *r = d->tokens[tok].deprel;
  int32_t v = kg_tok_head(d, tok);
  if (a < 0 || !r || strcmp(r, "nsubj") || v < 0 || d->tokens[v].upos != KG_UPOS_VERB)
    return other;
  const char *l = d->actors[a].label, *sp = strrchr(l, ' ');
  const char *last = sp ? sp + 1 : l;      /* the label's last word: the surname a later mention uses */
  const kg_sentence *s = &d->sents[d->tokens[tok].sent];
  for (uint32_t q = tok + 1; q < s->tok + s->ntok; q++) {
    const char *qr = d->tokens[q].deprel;
    if (kg_tok_head(d, q) != v || !qr || (strcmp(qr, "obj") && strcmp(qr, "iobj")) ||
        d->tokens[q].upos != KG_UPOS_PROPN)
      continue;
    int32_t m = kg_mention_at(d, q);
    if (m >= 0 && d->mentions[m].actor == a)
      return a;
    uint32_t e = q;                       /* the name's last word ("Pedro Castillo": its flat part) */
    while (e + 1 < s->tok + s->ntok && kg_tok_head(d, e + 1) == (int32_t)q && d->tokens[e + 1].deprel &&
           !strcmp(d->tokens[e + 1].deprel, "flat"))
      e++;
    if (!strcmp(d->tokens[e].form, last) || kg_coref_fold_partial(d, e) == a)
      return a;
  }
  return other;
}
