/* evbelief.c — acts only believed to come.
 *
 * Owns: kg_ev_believed_future (called from kg_ev_coerced_thing in
 * evnoact.c): an act told in the future ("will", "would", "'ll", "shall",
 * "going to") in a clause that is what someone believes, thinks, hopes,
 * expects, fears or has heard mooted ("she believed the Mayor would say
 * sorry", "I believe he will come to the point where he says ...", "it is
 * mooted that he is going to make some sort of statement", "my concern is
 * that the parties will take a constructive approach") is no event: the
 * believer does not act, and the one believed to act has said nothing.
 * The act stays when the believer is the one to act ("I think we will
 * sign") or leads or serves it ("Tony Blair has predicted the British
 * Government will give aid"), and a clause told by a reporting verb ("said it will withdraw")
 * is a stated intent, left to evmodal.c.
 * Does not own: the modal recoding of a stated act (evmodal.c), factuality
 * and its hedge words (evfact.c), requests (evnoact.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evbelief.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* Whether clause head h is told in the future: a will/would auxiliary, or
 * "going to" ("he is going to make": h the infinitive of "going"). */
static int future(const kg_doc *d, const kg_sentence *s, uint32_t h)
{
  static const char *const fut[] = { "will", "would", "'ll", "wo", "shall", NULL };
  char b[16];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
    if (kg_tok_head(d, q) == (int32_t)h && !strcmp(rel(d, q), "aux") &&
        kg_ev_in_list(kg_ev_lowp(d, q, b, sizeof b), fut))
      return 1;
  int32_t g = kg_tok_head(d, h);
  return g >= 0 && !strcmp(rel(d, h), "xcomp") && kg_tok_is(d, (uint32_t)g, "going");
}

/* Whether believer b and doer a are one: the same word ("I ... I"),
 * mentions of one actor, or the believer leads or serves the doer. */
static int same(const kg_doc *d, int32_t b, int32_t a)
{
  char x[24], y[24];
  if (b < 0 || a < 0)
    return 0;
  if (!strcmp(kg_ev_lowp(d, (uint32_t)b, x, sizeof x), kg_ev_lowp(d, (uint32_t)a, y, sizeof y)))
    return 1;
  int32_t mb = kg_mention_at(d, (uint32_t)b), ma = kg_mention_at(d, (uint32_t)a);
  if (mb < 0 || ma < 0 || d->mentions[mb].actor < 0 || d->mentions[ma].actor < 0)
    return 0;
  int32_t xb = d->mentions[mb].actor, xa = d->mentions[ma].actor;
  if (xb == xa)
    return 1;
  /* "Tony Blair has predicted the British Government will give aid": the
   * leader or an official of the one to act speaks for it */
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == xb && d->rels[r].obj == xa &&
        (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL))
      return 1;
  return 0;
}

int kg_ev_believed_future(const ev_ctx *c, uint32_t i)
{
  static const char *const believe[] = { "believe", "think", "hope", "expect", "moot", "moote", "suppose",
    "suspect", "reckon", "fear", "assume", "guess", "anticipate", "imagine", "doubt", NULL };
  static const char *const belief[] = { "belief", "hope", "concern", "fear", "expectation", "worry", "view",
    "suspicion", "prediction", NULL };
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int fut = 0;
  int32_t doer = -1;
  uint32_t h = i;
  for (int step = 0; step < 8; step++) {
    const char *r = rel(d, h);
    if (d->tokens[h].upos == KG_UPOS_VERB || d->tokens[h].upos == KG_UPOS_AUX) {
      if (!fut && future(d, s, h)) {
        fut = 1;
        doer = kg_ev_child_with(d, h, "nsubj", 0);
        int32_t g = kg_tok_head(d, h);
        if (doer < 0 && g >= 0 && kg_tok_is(d, (uint32_t)g, "going"))
          doer = kg_ev_child_with(d, (uint32_t)g, "nsubj", 0);
      }
      /* "my concern is that X will ...": the clause's outer subject */
      for (uint32_t q = s->tok; q < s->tok + s->ntok && fut; q++)
        if (kg_tok_head(d, q) == (int32_t)h && !strcmp(rel(d, q), "nsubj:outer") && kg_ev_lemma_in(d, q, belief))
          return !same(d, kg_ev_child_with(d, q, "nmod:poss", 0), doer);
    }
    int32_t g = kg_tok_head(d, h);
    if (g < 0 || !strcmp(r, "parataxis") || !strcmp(r, "advcl") || !strncmp(r, "conj", 4))
      return 0;
    if (!strcmp(r, "ccomp") || !strncmp(r, "csubj", 5)) {
      /* what the clause says is its own act when not told in the future
       * ("believes he will argue that X attacked Y": the attack), a stated
       * intent when told by a reporting verb ("said it will withdraw") */
      if (!fut || !kg_ev_lemma_in(d, (uint32_t)g, believe))
        return 0;
      return !same(d, kg_ev_child_with(d, (uint32_t)g, "nsubj", 0), doer);
    }
    h = (uint32_t)g;
  }
  return 0;
}
