/* evwarn.c — a warning told by a that-clause read as a threat by what the
 * clause says will come.
 *
 * Owns: kg_ev_warned_someone (moved from evfilter.c, which asks it of every
 * 13 pattern of "warn"): "warned Iran", "warned against", a threat on a
 * condition's subject, the warner's own side acting, harm coming, a state
 * warning (or a state's verb before "and warned"); then
 * kg_ev_warned_answer: an actor's warning whose told clause, with "would" or
 * "will" and no adverb of a guess ("eventually", "probably", "never"), is
 * an answer to others ("the group would respond to any new strikes",
 * "Israel would be punished", "would pay a heavy price", "would face
 * consequences", "would be met with an appropriate response", "would be
 * dealt with firmly") is a threat (CAMEO 13); a subject of "warned" is taken
 * from the first conjunct ("accused X of ... and warned that ...").  Not
 * a forecast: "the IMF warned that Italy would face slower growth".
 * Does not own: the other readings of "warn" (evfilter.c), the threat's
 * target (events.c, evgroups.c), the modal's factuality (evfact.c).
 */
#include <string.h>
#include "evclause.h"
#include "evwarn.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* Is token k (a subject) a state or organisation's mention? */
static int party(const kg_doc *d, uint32_t k)
{
  int t = kg_ev_atype(d, kg_mention_at(d, k));
  return t == KG_ACT_COUNTRY || t == KG_ACT_ORG;
}

/* "warned Iran", "warned against", "Russia warned that": a threat; "analysts
 * warned that profits could fall": a gloomy forecast, no threat. */
int kg_ev_warned_someone(const ev_ctx *c, const kg_sentence *s, uint32_t i, int32_t o)
{
  const kg_doc *d = c->doc;
  static const char *const who[] = { "government", "authority", "authorities", "state",
    "country", "nation", "regime", "resident", "leader", "rebel", "militant",
    "navy", "fleet", "force", "military", "army", "warship", NULL };    /* "warned Western navies against" */
  if (i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, "against"))
    return 1;
  if (o < 0)                              /* "warned Seoul against ...", parsed as an iobj */
    o = kg_ev_child_with(d, i, "iobj", 0);
  if (o >= 0 && (kg_ev_names_persons(d, (uint32_t)o) || kg_ev_lemma_in(d, (uint32_t)o, who)))
    return 1;
  /* "warned that China would act if Ottawa extended its tariffs": a
   * reported act on a condition is a threat to the condition's subject (a
   * state or organisation acts in the reported clause, and one is the
   * condition's subject: not "warned that prices could rise if ...") */
  int32_t cc = kg_ev_child_with(d, i, "ccomp", 0);
  int32_t cs1 = cc >= 0 ? kg_ev_child_with(d, (uint32_t)cc, "nsubj", 0) : -1;
  for (uint32_t k = i + 1; cs1 >= 0 && party(d, (uint32_t)cs1) && k < s->tok + s->ntok; k++) {
    int32_t mk = kg_ev_child_with(d, k, "mark", 0), cs2 = kg_ev_child_with(d, k, "nsubj", 0);
    if (cs2 >= 0 && kg_tok_under(d, k, cc) && !strncmp(rel(d, k), "advcl", 5) && mk >= 0 &&
        (kg_tok_is(d, (uint32_t)mk, "if") || kg_tok_is(d, (uint32_t)mk, "unless")) && party(d, (uint32_t)cs2))
      return 1;
  }
  /* "he warned that his government would not tolerate attacks", "warned
   * that more attacks would follow": an actor (not "analysts") telling
   * what its own side ("Russia" of Putin, "his government") will do, or
   * that attacks will come (not "would have to work hard") */
  static const char *const side[] = { "government", "army", "military", "force", "troops", "navy", NULL };
  static const char *const harm[] = { "attack", "retaliation", "reprisal", NULL };
  static const char *const own[] = { "his", "her", "its", "our", "their", "my", NULL };
  int32_t w = kg_ev_shared_subject(d, i);   /* (or the first conjunct's: "said ... and warned that") */
  int32_t au = cs1 >= 0 ? kg_ev_child_with(d, (uint32_t)cc, "aux", 0) : -1;
  int32_t wm = w >= 0 ? kg_mention_at(d, (uint32_t)w) : -1, cm = cs1 >= 0 ? kg_mention_at(d, (uint32_t)cs1) : -1;
  int32_t poss = cs1 >= 0 ? kg_ev_child_with(d, (uint32_t)cs1, "nmod:poss", 0) : -1;
  int wt = kg_ev_atype(d, wm);
  static const char *const must[] = { "have", "need", NULL };
  if (wt != 0 && wt != KG_ACT_PLACE && au >= 0 &&
      (kg_tok_is(d, (uint32_t)au, "would") || kg_tok_is(d, (uint32_t)au, "will")) &&
      !kg_ev_lemma_in(d, (uint32_t)cc, must) &&
      ((cm >= 0 && kg_ev_own_side(c, d->mentions[wm].actor, d->mentions[cm].actor)) ||
       (kg_ev_lemma_in(d, (uint32_t)cs1, side) && poss >= 0 && kg_ev_lemma_in(d, (uint32_t)poss, own)) ||
       kg_ev_lemma_in(d, (uint32_t)cs1, harm)))
    return 1;
  /* a state warning, or a state's second verb: "rejected the plan and warned that", "said ... and warned that" */
  int32_t hv = kg_tok_head(d, i);
  int conj = kg_ev_child_with(d, i, "nsubj", 0) < 0 && hv >= 0 && !strcmp(rel(d, i), "conj") &&
             d->tokens[hv].upos == KG_UPOS_VERB;
  int32_t hs = conj ? kg_ev_child_with(d, (uint32_t)hv, "nsubj", 0) : -1;
  /* (the state itself: not "Egypt's foreign minister said ...", nor a firm's forecast "Heineken ... warned") */
  if (hs >= 0 && kg_ev_atype(d, kg_mention_at(d, (uint32_t)hs)) == KG_ACT_COUNTRY)
    return 1;
  return kg_ev_state_subject(d, s, i) || kg_ev_warned_answer(c, i);   /* ("would be punished") */
}

int kg_ev_warned_answer(const ev_ctx *c, uint32_t i)
{
  static const char *const answer[] = { "respond", "retaliate", "punish", "avenge", "regret", NULL };
  static const char *const cost[] = { "pay", "face", "bear", NULL };
  static const char *const price[] = { "price", "consequence", "cost", "response", "retaliation", "punishment", NULL };
  const kg_doc *d = c->doc;
  int32_t w = kg_ev_shared_subject(d, i), cc = kg_ev_child_with(d, i, "ccomp", 0);
  int32_t wm = w >= 0 ? kg_ev_mention_of_tok(c, w) : -1;
  if (cc < 0 || wm < 0 || kg_ev_atype(d, wm) == 0 || kg_ev_atype(d, wm) == KG_ACT_PLACE)
    return 0;
  int32_t au = -1;                       /* would or will, among the clause's auxiliaries */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < (uint32_t)cc && au < 0; k++)
    if (kg_tok_head(d, k) == cc && (kg_tok_is(d, k, "would") || kg_tok_is(d, k, "will")))
      au = (int32_t)k;
  static const char *const guess[] = { "eventually", "ultimately", "probably", "likely", "possibly", "never",
                                       "soon", NULL };
  int32_t am = kg_ev_child_with(d, (uint32_t)cc, "advmod", 0);
  if (au < 0 || (am >= 0 && kg_ev_lemma_in(d, (uint32_t)am, guess)))
    return 0;                             /* ("would eventually respond", "would never ...": a forecast) */
  if (kg_ev_lemma_in(d, (uint32_t)cc, answer))
    return 1;
  /* "would be met with a response", "would be dealt with firmly" */
  static const char *const firm[] = { "firmly", "severely", "harshly", "decisively", "swiftly", "sternly", NULL };
  int32_t ob = kg_ev_child_with(d, (uint32_t)cc, "obl", 0);
  if ((kg_tok_is(d, (uint32_t)cc, "met") && ob >= 0 && kg_ev_lemma_in(d, (uint32_t)ob, price)) ||
      (kg_tok_is(d, (uint32_t)cc, "dealt") && am >= 0 && kg_ev_lemma_in(d, (uint32_t)am, firm)))
    return 1;
  int32_t o = kg_ev_child_with(d, (uint32_t)cc, "obj", 0);
  return kg_ev_lemma_in(d, (uint32_t)cc, cost) && o >= 0 && kg_ev_lemma_in(d, (uint32_t)o, price);
}

