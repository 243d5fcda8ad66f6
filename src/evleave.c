/* evleave.c — leaving an organisation: a state that withdraws or pulls out
 * from a body ("Eritrea said it was withdrawing from IGAD",
 * "Britain pulled out of the union") reduces its relations with it (160),
 * no military retreat (0874).
 *
 * Owns: kg_ev_leave_recode (called by events.c on a trigger after
 * kg_ev_mass_recode).  It recodes the plain retreat patterns coded 0874
 * with no object ("withdraw VERB", "withdraw VERB prep=from", "pull VERB
 * particle=out"; a noun "withdrawal" if a pattern gives one) when a "from"
 * phrase (or "of" after "pull out") below the trigger names an
 * organisation (an actor of type organisation) and the leaver is a state:
 * the verb's subject, the noun's possessor, or a pronoun there that
 * coreference made a mention of a state ("it"; "They withdrew from the
 * Athens Games", athletes, is none).  "withdrew its troops from X" (a
 * pattern with an object), a player who "withdrew from the Open" (no
 * state) and "withdrew from Gaza" (no organisation) are left as they are.
 * kg_ev_leave_body, asked on a word no pattern matched, makes the same
 * reduction of a state that leaves, quits or exits an organisation named as
 * the verb's object ("Burkina Faso, Mali and Niger left ECOWAS in
 * January", "Hungary quit the court"), and of a noun "exit" or
 * "withdrawal" from one owned by a state, or by a pronoun resolved to one
 * ("Eritrea announced its exit from IGAD"): "left Paris", "left the meeting" (no
 * organisation) and "the players left the club" (no state) are none.
 * Does not own: the patterns (dict.c, tools/gen_dictionaries.py), the
 * sense filters (evfilter.c: a retreat with no forces in the sentence is
 * none), the arguments (evargs.c: the organisation is the target by the
 * trigger's "from"). */
#include <string.h>
#include "evargs.h"

static const kg_trigger leave_verb = { "withdraw", KG_UPOS_VERB, NULL, "from", NULL, NULL, "160", NULL, NULL,
                                       NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static const kg_trigger leave_noun = { "withdrawal", KG_UPOS_NOUN, NULL, "from", NULL, NULL, "160", NULL, NULL,
                                       NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static const kg_trigger pull_out_of = { "pull", KG_UPOS_VERB, "out", "of", NULL, NULL, "160", NULL, NULL,
                                        NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

static const kg_trigger leave_obj = { "leave", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "160", NULL, NULL,
                                      NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

/* Whether token k (a subject or a possessor) names a state (a pronoun
 * counts when coreference made it a mention of one). */
static int state_or_pronoun(const kg_doc *d, int32_t k)
{
  return k >= 0 && kg_ev_atype(d, kg_mention_at(d, (uint32_t)k)) == KG_ACT_COUNTRY;
}

const kg_trigger *kg_ev_leave_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  static const char *const leaves[] = { "withdraw", "withdrawal", "pull", NULL };
  const kg_doc *d = c->doc;
  if (!p || !p->code || strcmp(p->code, "0874") || p->object || kg_dict_exclusive(c->dict) ||
      !kg_ev_lemma_in(d, i, leaves) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return p;
  int pull = kg_ev_lemma_in(d, i, leaves + 2);
  if (pull && (!p->particle || strcmp(p->particle, "out")))
    return p;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int body = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok && !body; k++) {
    const char *r = d->tokens[k].deprel ? d->tokens[k].deprel : "";
    if (kg_tok_head(d, k) != (int32_t)i || (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4)))
      continue;
    if (kg_ev_atype(d, kg_mention_at(d, k)) != KG_ACT_ORG)
      continue;
    for (uint32_t q = s->tok; q < k && !body; q++)     /* ("out of": both words are its case) */
      body = kg_tok_head(d, q) == (int32_t)k && kg_tok_is(d, q, pull ? "of" : "from") && d->tokens[q].deprel &&
             !strcmp(d->tokens[q].deprel, "case");
  }
  if (!body)
    return p;
  int32_t who = pos == KG_UPOS_VERB ? kg_ev_child_with(d, i, "nsubj", 0) : kg_ev_child_with(d, i, "nmod:poss", 0);
  if (!state_or_pronoun(d, who))
    return p;
  return pos == KG_UPOS_NOUN ? &leave_noun : pull ? &pull_out_of : &leave_verb;
}

/* Whether a "from" phrase after noun i names an organisation: below it,
 * or below the verb whose object it is ("announced its exit from IGAD",
 * the phrase parsed on "announced"). */
static int from_body(const kg_doc *d, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t h = d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "obj") ? kg_tok_head(d, i) : -1;
  for (uint32_t k = i + 1; k < s->tok + s->ntok; k++) {
    int32_t kh = kg_tok_head(d, k);
    const char *r = d->tokens[k].deprel ? d->tokens[k].deprel : "";
    if (!((kh == (int32_t)i && !strncmp(r, "nmod", 4)) || (h >= 0 && kh == h && !strncmp(r, "obl", 3))) ||
        kg_ev_atype(d, kg_mention_at(d, k)) != KG_ACT_ORG)
      continue;
    for (uint32_t q = i + 1; q < k; q++)
      if (kg_tok_head(d, q) == (int32_t)k && kg_tok_is(d, q, "from"))
        return 1;
  }
  return 0;
}

const kg_trigger *kg_ev_leave_body(const ev_ctx *c, uint32_t i, int *pos)
{
  static const char *const verbs[] = { "leave", "quit", "exit", NULL };
  static const char *const nouns[] = { "exit", "withdrawal", NULL };
  const kg_doc *d = c->doc;
  const kg_token *t = &d->tokens[i];
  if ((t->upos != KG_UPOS_VERB && t->upos != KG_UPOS_NOUN) || !t->lemma ||
      (t->lemma[0] != 'l' && t->lemma[0] != 'q' && t->lemma[0] != 'e' && t->lemma[0] != 'w') ||
      !kg_ev_in_list(t->lemma, t->upos == KG_UPOS_VERB ? verbs : nouns) || kg_dict_exclusive(c->dict) ||
      !kg_sent_has_tree(d, t->sent))
    return NULL;
  if (t->upos == KG_UPOS_VERB) {
    int32_t o = kg_ev_child_with(d, i, "obj", 0);
    if (o < 0 || kg_ev_atype(d, kg_mention_at(d, o)) != KG_ACT_ORG || !state_or_pronoun(d, kg_ev_child_with(d, i,
                                                                                                  "nsubj", 0)))
      return NULL;
    *pos = KG_UPOS_VERB;
    return &leave_obj;
  }
  int32_t who = kg_ev_child_with(d, i, "nmod:poss", 0);
  if (!state_or_pronoun(d, who) || !from_body(d, i))    /* (an unresolved "their": the body would act) */
    return NULL;
  *pos = KG_UPOS_NOUN;
  return &leave_noun;
}
