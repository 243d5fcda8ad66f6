/* evdeny.c — a claim rejected is denied, not a proposal refused.
 *
 * Owns: kg_ev_denied_claim (called on each verb trigger after
 * kg_ev_recode, events.c): "rejected speculation that Mr Brown was
 * considering becoming Foreign Secretary", "dismissed a suggestion the move
 * was designed to keep taxes down", "rejected suggestions that the Scot
 * might be put under pressure": CAMEO.2.0 codes rejecting or dismissing a
 * suggestion as refusing a proposal (120); a claim that something is or was
 * so, rejected, is a denial (016, as "rejected the allegation").  What
 * rejects a proposal ("rejected the suggestion to hold talks", "rejected
 * the Tory idea of quotas") stays 120.
 * Also kg_ev_fact_acknowledged (called from kg_ev_coerced_thing in
 * evnoact.c): CAMEO.2.0's bare "acknowledge VERB" (015) with a clause
 * acknowledged ("acknowledged some people believed he was too close",
 * "acknowledged that the public had lost faith") grants a fact and claims
 * no responsibility: no event.  "Acknowledged responsibility" is another
 * pattern (its object named) and stays; a pattern written for the clause
 * ("admit V that=1") stays where the clause tells a past deed ("admitted
 * that his soldiers had killed two farmers": an error or wrongdoing).
 * Does not own: the patterns (tools/gen_dictionaries.py: "deny|dismiss|
 * refute|reject V obj=accusation|allegation|charge 016"), other recodings
 * (kg_ev_recode, evfilter.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evdeny.h"

/* The claims, and a denial of each: the pattern names its object, as
 * "deny VERB object=allegation" does (an agent alone makes the event). */
#define CLAIMS(X) X(speculation) X(suggestion) X(claim) X(report) X(rumour) X(rumor) X(allegation) X(assertion) \
  X(notion)
#define NAME(w) #w,
#define DENIAL(w) { "reject", KG_UPOS_VERB, NULL, NULL, #w, NULL, "016", NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0 },
static const char *const claims[] = { CLAIMS(NAME) NULL };
static const kg_trigger denial[] = { CLAIMS(DENIAL) };

/* A clause on noun n that tells what is claimed: a finite clause with a
 * subject of its own ("speculation that he was considering", "a suggestion
 * the move was designed"), not an infinitive ("the suggestion to hold talks"). */
static int content_clause(const kg_doc *d, const kg_sentence *s, uint32_t n)
{
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *r = d->tokens[q].deprel;
    if (kg_tok_head(d, q) != (int32_t)n || !r || (strncmp(r, "acl", 3) && strcmp(r, "ccomp")))
      continue;
    if (kg_ev_child_with(d, q, "nsubj", 1) >= 0 && kg_ev_child_with(d, q, "mark", 0) < 0)
      return 1;
    int32_t m = kg_ev_child_with(d, q, "mark", 0);
    if (m >= 0 && kg_tok_is(d, (uint32_t)m, "that"))
      return 1;
  }
  return 0;
}

const kg_trigger *kg_ev_denied_claim(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  static const char *const verbs[] = { "reject", "dismiss", "deny", "rebuff", "refute", NULL };
  const kg_doc *d = c->doc;
  if (pos != KG_UPOS_VERB || !p->code || strcmp(p->code, "120") || kg_dict_exclusive(c->dict) ||
      !kg_sent_has_tree(d, d->tokens[i].sent) || !kg_ev_lemma_in(d, i, verbs))
    return p;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o < 0 || !content_clause(d, s, (uint32_t)o))
    return p;
  for (int k = 0; claims[k]; k++)
    if (d->tokens[o].lemma && !strcmp(d->tokens[o].lemma, claims[k]))
      return &denial[k];
  return p;
}

/* A clause that tells a deed done: its verb in the past ("he ordered", "it
 * had supplied") with an object of its own or of its infinitive, no modal,
 * no copula nor "be" or "have" as the verb ("it was not an easy issue", "he
 * was devastated", "the festival may be moved", "he thought they were
 * going out", "the show had had positive effects"). */
static int past_deed(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  static const char *const states[] = { "be", "have", NULL };
  const char *x = d->tokens[k].xpos;
  if (d->tokens[k].upos != KG_UPOS_VERB || !x || kg_ev_lemma_in(d, k, states) ||
      kg_ev_child_with(d, k, "cop", 0) >= 0 || kg_ev_child_with(d, k, "expl", 0) >= 0)
    return 0;
  int perfect = 0;
  for (uint32_t q = s->tok; q < k; q++) {
    if (kg_tok_head(d, q) != (int32_t)k || !d->tokens[q].deprel || strncmp(d->tokens[q].deprel, "aux", 3))
      continue;
    if (d->tokens[q].xpos && !strcmp(d->tokens[q].xpos, "MD"))
      return 0;
    perfect |= kg_ev_lemma_in(d, q, states + 1);
  }
  int32_t xc = kg_ev_child_with(d, k, "xcomp", 0);   /* a deed done to something: "ordered false entries", */
  if (kg_ev_child_with(d, k, "obj", 0) < 0 && (xc < 0 || kg_ev_child_with(d, (uint32_t)xc, "obj", 0) < 0))
    return 0;                             /* "had failed to protect the teachers"; not "he thought", "had gone" */
  return !strcmp(x, "VBD") || (!strcmp(x, "VBN") && perfect);
}

int kg_ev_fact_acknowledged(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  if (!p->code || strcmp(p->code, "015") || p->object || kg_dict_exclusive(c->dict) ||
      !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t k = kg_ev_child_with(d, i, "ccomp", 0);
  if (!p->clause_required)
    return k >= 0;
  /* "admitted that ...": an error or wrongdoing admitted is a deed told in the clause (the codebook's 015), not
   * a state granted ("admitted it was not an easy issue": no event) */
  return k < 0 || !past_deed(d, &d->sents[d->tokens[i].sent], (uint32_t)k);
}
