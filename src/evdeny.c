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
 * that his soldiers had killed two farmers": an error or wrongdoing), and
 * "deny V that=1" (016) where it tells a deed or a charge ("denied that its
 * troops were shelling"), not a claim or a state ("denied that the economy
 * was in recession": no event); so also a "deny" pattern whose object is
 * the clause's subject ("denied their role was changing": object=role).
 * Does not own: the patterns (tools/gen_dictionaries.py: "deny|dismiss|
 * refute|reject V obj=accusation|allegation|charge 016"), other recodings
 * (kg_ev_recode, evfilter.c).
 */
#include <string.h>
#include "actors.h"
#include "dict.h"
#include "evargs.h"
#include "evdeny.h"

/* The claims, and a denial of each: the pattern names its object, as
 * "deny VERB object=allegation" does (an agent alone makes the event). */
#define CLAIMS(X) X(speculation) X(suggestion) X(claim) X(report) X(rumour) X(rumor) X(allegation) X(assertion) \
  X(notion)
#define NAME(w) #w,
#define DENIAL(w) { "reject", KG_UPOS_VERB, NULL, NULL, #w, NULL, "016", NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
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

/* Whether token j, a clause's subject, names a doer: a pronoun ("it", "this"), a mention, a noun owned ("its
 * troops"), a state's sector or a body named by its noun ("the army", "the party"); not a thing ("global warming",
 * "the ban", "the economy"). */
static int doer(const ev_ctx *c, int32_t j)
{
  const kg_doc *d = c->doc;
  if (j < 0)
    return 0;
  if (d->tokens[j].upos == KG_UPOS_PRON || kg_ev_mention_of_tok(c, j) >= 0 ||
      kg_ev_child_with(d, (uint32_t)j, "nmod:poss", 0) >= 0)
    return 1;
  char b[64];
  kg_ev_low(d, (uint32_t)j, b, sizeof b);
  const char *lm = d->tokens[j].lemma;
  return kg_dict_sector_noun(c->dict, b) > 0 || (lm && kg_dict_description(c->dict, lm) > 0);
}

/* Whether the clause at k is told with a modal ("would suggest", "will be"). */
static int modal_clause(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  for (uint32_t q = s->tok; q < k; q++)
    if (kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel && !strncmp(d->tokens[q].deprel, "aux", 3) &&
        d->tokens[q].xpos && !strcmp(d->tokens[q].xpos, "MD"))
      return 1;
  return 0;
}

/* Whether a clause denied may tell a deed or a charge (the codebook's 016, "deny responsibility"), not a claim or
 * a state.  No deed: a modal ("denied the decision would suggest", "there will be a giveaway"), a quality
 * ("denied his forecasts were too optimistic", "denied he was afraid"), a happening with no doer, in progress or
 * past ("denied global warming is taking place", "denied the ban had led to a breakdown"), a verb in the present
 * ("denies it amounts to").  A deed: the passive ("had been looted", "were involved"), a doer's act in progress or
 * past ("its troops were shelling", "Baku was waging a campaign", "its navy had fired on"), a past deed as
 * past_deed tells it; and, since a charge is often told so, "there was" ("there was any intimidation") or a noun
 * or a place as predicate of a doer ("this was its fault", "it is behind the purchase"; not "denied that the
 * economy was in recession"). */
static int denied_deed(const ev_ctx *c, const kg_sentence *s, uint32_t k)
{
  static const char *const states[] = { "be", "have", NULL };
  const kg_doc *d = c->doc;
  const char *x = d->tokens[k].xpos;
  if (modal_clause(d, s, k))
    return 0;
  size_t n = strlen(d->tokens[k].form);
  if (kg_ev_child_with(d, k, "cop", 0) >= 0) {   /* a participle the tagger calls an adjective: "were involved" */
    if (d->tokens[k].upos == KG_UPOS_ADJ)
      return n > 4 && !strcmp(d->tokens[k].form + n - 2, "ed");
    return doer(c, kg_ev_child_with(d, k, "nsubj", 0));   /* "this was its fault", not "the economy was in ..." */
  }
  if (kg_ev_child_with(d, k, "expl", 0) >= 0 || kg_ev_lemma_in(d, k, states))
    return 1;
  if (d->tokens[k].upos != KG_UPOS_VERB || !x)
    return 0;
  int progressive = 0, perfect = 0, aux = 0;
  for (uint32_t q = s->tok; q < k; q++) {
    if (kg_tok_head(d, q) != (int32_t)k || !d->tokens[q].deprel || strncmp(d->tokens[q].deprel, "aux", 3))
      continue;
    if (!strcmp(d->tokens[q].deprel, "aux:pass"))
      return !strcmp(x, "VBN");
    progressive |= kg_ev_lemma_in(d, q, states) && !strcmp(x, "VBG");
    perfect |= kg_ev_lemma_in(d, q, states + 1);
    aux = 1;
  }
  if (kg_ev_child_with(d, k, "nsubj:pass", 0) >= 0)
    return !strcmp(x, "VBN");
  if (past_deed(d, s, k))
    return 1;                             /* (a participle with no auxiliary is a past the tagger misread) */
  if (!progressive && strcmp(x, "VBD") && !((perfect || !aux) && !strcmp(x, "VBN")))
    return 0;
  /* in progress or past with no object: a doer's deed ("its navy had fired on", "they illegally conspired"), not
   * a thing's ("global warming is taking place", "the ban had led to a breakdown") */
  return doer(c, kg_ev_child_with(d, k, "nsubj", 0));
}

/* Whether the object a "deny" pattern names is the subject of the clause denied, the verb having no object of its
 * own ("denied their role was changing": object=role; "denied there was any attack": object=attack), and is no
 * claim ("denied the allegations were true" denies the claim, 016 whatever the clause tells).  Returns the
 * clause's verb, or -1. */
static int32_t object_in_clause(const kg_doc *d, uint32_t i, const kg_trigger *p)
{
  static const char *const claim_words[] = { "accusation", "allegation", "charge", "report", "rumour", "rumor",
                                             "statement", "claim", "suggestion", "speculation", NULL };
  if (strchr(p->object, '+') || strchr(p->object, ' ') || kg_ev_child_with(d, i, "obj", 0) >= 0)
    return -1;
  int32_t k = kg_ev_child_with(d, i, "ccomp", 0);
  if (k < 0)
    return -1;
  int32_t j = kg_ev_child_with(d, (uint32_t)k, "nsubj", 0);
  if (j < 0)
    j = kg_ev_child_with(d, (uint32_t)k, "nsubj:pass", 0);
  if (j < 0 || !d->tokens[j].lemma || strcmp(d->tokens[j].lemma, p->object) ||
      kg_ev_lemma_in(d, (uint32_t)j, claim_words))
    return -1;
  return k;
}

int kg_ev_fact_acknowledged(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  if (!p->code || kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  if (p->object) {                       /* "denied their role was changing": the clause tells what is denied */
    int32_t k = strcmp(p->code, "016") ? -1 : object_in_clause(d, i, p);
    return k >= 0 && !denied_deed(c, &d->sents[d->tokens[i].sent], (uint32_t)k);
  }
  int deny = !strcmp(p->code, "016");
  if (strcmp(p->code, "015") && !(deny && p->clause_required))
    return 0;
  int32_t k = kg_ev_child_with(d, i, "ccomp", 0);
  if (!p->clause_required)
    return k >= 0;
  /* "admitted that ...": an error or wrongdoing admitted is a deed told in the clause (the codebook's 015), not
   * a state granted ("admitted it was not an easy issue": no event); "denied that ...": a deed or a charge
   * denied (016), not a claim or a state ("denied that the economy was in recession": no event) */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (deny)                              /* a clause with a subject of its own, the denial's only object (not
                                         * "denied that quote", "denied this, telling media that ...") */
    return k >= 0 && kg_ev_child_with(d, i, "obj", 0) < 0 && kg_ev_child_with(d, (uint32_t)k, "nsubj", 0) >= 0 &&
           !denied_deed(c, s, (uint32_t)k);
  return k < 0 || !past_deed(d, s, (uint32_t)k);
}
