/* evverdict.c — a teller's verdict on a thing said or done: "Peskov said the
 * decision was \"absolutely politicised\"", "Zakharova said Prague's
 * accusations were \"absurd\"", "she said the charges were a lie" are
 * criticism (111) by the teller of whoever made the thing, as "called the
 * accusations absurd" is (a dictionary pattern, call V obj=...).
 *
 * Owns: kg_ev_verdict (called by events.c on a token no pattern matched):
 * the trigger, when the token is a word of disapproval (verdict_words) that
 * heads the that-clause (ccomp) of a reporting verb (say, tell, insist,
 * add, declare) as its predicate (a copula or a passive auxiliary on it)
 * and the clause's subject is a noun of a thing said or done (thing_nouns)
 * that is itself no actor; kg_ev_verdict_args: the teller (kg_ev_speaker)
 * the agent, the actor owning the noun ("Prague's", "the Polish
 * accusations") the target, else none (an earlier act's doer is too far to
 * guess: "the move"); no event when the teller owns the thing or the
 * clause only allows it ("said his comments may have been offensive").
 * Does not own: "it was absurd to blame Russia" (no noun subject: no event),
 * the patterns of "call", "describe", "reject" (tools/gen_dictionaries.py),
 * factuality (evfact.c).
 */
#include <string.h>
#include "evargs.h"

static const kg_trigger verdict = { "verdict", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "111", NULL, NULL,
                                    NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

/* Words of disapproval a teller gives a thing (the predicate's form or
 * lemma). */
static const char *const verdict_words[] = {
  "absurd", "baseless", "groundless", "unfounded", "wrong", "unacceptable", "politicised", "politicized",
  "lie", "lies", "nonsense", "ridiculous", "outrageous", "unjustified", "provocative", "irresponsible",
  "fabricated", "hypocritical", "shameful", "unjust", "illegitimate", "slanderous", "absurdity", "fabrication",
  "fabrications", "falsehood", "falsehoods", "insulting", "offensive", "reprehensible", "deplorable", NULL };

/* Nouns of a thing said or done that a verdict is passed on. */
static const char *const thing_nouns[] = {
  "accusation", "allegation", "claim", "charge", "statement", "remark", "comment", "report", "decision", "move",
  "sanction", "expulsion", "ban", "vote", "measure", "resolution", "ruling", "treatment", "step", "action",
  "threat", "demand", "assertion", "suggestion", "criticism", "decree", "verdict", "sentence", "arrest", NULL };

/* Reporting verbs whose that-clause carries the verdict. */
static const char *const tell_verbs[] = { "say", "tell", "insist", "add", "declare", "state", NULL };

/* The noun subject of predicate i (a copula or a passive auxiliary on it),
 * a thing noun naming no actor itself; -1 when none. */
static int32_t judged_noun(const kg_doc *d, uint32_t i)
{
  int32_t cop = kg_ev_child_with(d, i, "cop", 0), aux = kg_ev_child_with(d, i, "aux:pass", 0);
  if (cop < 0 && aux < 0)
    return -1;
  static const char *const maybe[] = { "may", "might", "could", NULL };
  for (uint32_t k = d->sents[d->tokens[i].sent].tok; k < i; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "aux") &&
        kg_ev_lemma_in(d, k, maybe))
      return -1;                          /* (a concession: "may have been offensive") */
  int32_t sj = kg_ev_child_with(d, i, "nsubj", 1);
  if (sj < 0 || (uint32_t)sj > i || d->tokens[sj].upos != KG_UPOS_NOUN || kg_mention_at(d, (uint32_t)sj) >= 0 ||
      !kg_ev_lemma_in(d, (uint32_t)sj, thing_nouns))
    return -1;
  return sj;
}

const kg_trigger *kg_ev_verdict(const ev_ctx *c, uint32_t i, int *pos)
{
  const kg_doc *d = c->doc;
  const kg_token *t = &d->tokens[i];
  if ((t->upos != KG_UPOS_ADJ && t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_VERB) || !t->deprel ||
      t->deprel[0] != 'c' || strcmp(t->deprel, "ccomp") || kg_dict_exclusive(c->dict) ||
      !kg_sent_has_tree(d, t->sent))      /* (the token's own fields first: speed) */
    return NULL;
  char b[32];
  kg_tok_lower(t, b, sizeof b);
  if (!kg_ev_in_list(b, verdict_words) && !kg_ev_lemma_in(d, i, verdict_words))
    return NULL;
  int32_t h = kg_tok_head(d, i);
  if (h < 0 || !kg_ev_lemma_in(d, (uint32_t)h, tell_verbs) || judged_noun(d, i) < 0 || kg_ev_speaker(c, i) < 0)
    return NULL;
  *pos = KG_UPOS_VERB;
  return &verdict;
}

int kg_ev_is_verdict(const kg_trigger *p)
{
  return p == &verdict;
}

void kg_ev_verdict_args(const ev_ctx *c, uint32_t i, ev_args *a)
{
  const kg_doc *d = c->doc;
  int32_t sp = kg_ev_speaker(c, i), sj = judged_noun(d, i);
  if (sp < 0 || sj < 0)
    return;
  int32_t who = d->mentions[sp].actor;
  /* the owner of the thing: "Prague's accusations", "the Polish claims";
   * none when the teller judges his own ("said his comments may have been
   * offensive") */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < (uint32_t)sj; k++) {
    const char *r = d->tokens[k].deprel;
    int32_t m = kg_tok_head(d, k) == sj && r && (!strncmp(r, "nmod:poss", 9) || !strcmp(r, "amod") ||
                                               !strcmp(r, "compound")) ? kg_mention_at(d, k) : -1;
    if (m >= 0 && d->mentions[m].actor == who)
      return;
    if (m >= 0 && d->mentions[m].actor >= 0 && !d->mentions[m].as_place && a->ntg == 0)
      a->targets[a->ntg++] = m;
  }
  a->agents[a->nag++] = sp;
}
