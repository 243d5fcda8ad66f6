/* evsummon.c — the arguments of an act told as the purpose of a summons:
 * "Guyana summoned Venezuela's ambassador to protest", "Bangladesh's
 * foreign ministry summoned the Indian high commissioner, X, on Sunday to
 * lodge a strong protest".
 *
 * Owns: kg_ev_summons_purpose (called by events.c after its own argument
 * rules, for each protest, disapproval or demand of a sentence with a tree).
 * Does not own: the tests of a purpose clause (evclause.c), the other
 * argument rules (evargs.c, events.c), the summons itself (a Consult event
 * of its own, whose target stays the summoned envoy).
 *
 * Rules, for codes 10, 11 and 14:
 * - A verb in a to-infinitive on the object of a verb ("summoned X to
 *   protest", no subject of its own): the act of that verb's subject, aimed
 *   at the object's side; a to-infinitive parsed as the purpose (advcl) of
 *   "summon" itself: the summoner's act too, not the envoy's as object
 *   control would have it.
 * - A noun that is the object of such a to-infinitive ("to lodge a strong
 *   protest", "to deliver a note of protest"): the summoner's act, aimed at
 *   the summoned.
 * - A protest note handed to a pronoun ("him") by a verb joined to the
 *   summons of an unnamed envoy ("summoned Iraq's ambassador and handed him
 *   a protest note"): aimed at the state the envoy's title names; "a note
 *   of protest" so handed is the summoner's act too (the two verbs' subject);
 *   a participle on the note ("handed him a note condemning X") is told by
 *   the handing verb; an envoy named by a noun and handed the note ("handed
 *   Chile's ambassador a note condemning X") gives his title's state; an
 *   envoy named in apposition ("summoned the high commissioner, X, and
 *   handed him a formal protest") is the addressee himself, over a "him"
 *   resolved to someone told before.
 * - When the summoned is a person named in apposition to a title that
 *   carries a state ("the Dutch ambassador, Marieke de Groot", "Bangladesh's
 *   acting high commissioner, X"), the act is aimed at that state: the envoy
 *   is the channel of the protest, the state its addressee.
 * - An unnamed envoy whose title names a state ("summoned Russia's
 *   ambassador on Monday to protest"): the protest is aimed at that state.
 * - A protest told as the purpose of a summons is an official complaint
 *   (114, kg_ev_summons_recode), not a demonstration (140): a government
 *   that summons an envoy protests through him, it does not take to the
 *   street.
 */
#include <string.h>
#include "evsummon.h"
#include "evclause.h"
#include "actors.h"

static int is_summon(const kg_doc *d, int32_t v)
{
  return v >= 0 && d->tokens[v].lemma && !strcmp(d->tokens[v].lemma, "summon");
}

static int rel_is(const kg_doc *d, int32_t k, const char *r)
{
  return k >= 0 && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, r);
}

/* The "summon" whose purpose (to-advcl) verb v tells, or on whose object v
 * hangs as a to-infinitive (acl), or -1. */
static int32_t summon_of(const kg_doc *d, int32_t v)
{
  int32_t h = v >= 0 ? kg_tok_head(d, (uint32_t)v) : -1;
  if (h < 0)
    return -1;
  if (kg_ev_to_advcl(d, (uint32_t)v))
    return is_summon(d, h) ? h : -1;
  int32_t mk = kg_ev_child_with(d, (uint32_t)v, "mark", 0);
  if (!rel_is(d, v, "acl") || mk < 0 || !kg_tok_is(d, (uint32_t)mk, "to") || !rel_is(d, h, "obj"))
    return -1;
  int32_t g = kg_tok_head(d, (uint32_t)h);
  return is_summon(d, g) ? g : -1;
}

/* The state a title names ("the Dutch ambassador", "Bangladesh's acting
 * high commissioner"): the mention of a country among the modifiers of
 * noun ob, or -1. */
static int32_t title_state(const kg_doc *d, int32_t ob)
{
  const kg_sentence *s = &d->sents[d->tokens[ob].sent];
  for (uint32_t k = s->tok; k < (uint32_t)ob; k++) {
    if (kg_tok_head(d, k) != ob || !(rel_is(d, (int32_t)k, "amod") || rel_is(d, (int32_t)k, "compound") ||
                                     rel_is(d, (int32_t)k, "nmod:poss")))
      continue;
    int32_t m = kg_mention_at(d, k);
    if (m >= 0 && d->mentions[m].actor >= 0 && kg_ev_atype(d, m) == KG_ACT_COUNTRY)
      return m;
  }
  return -1;
}

/* The rules on a verb trigger (the header comment, first rule). */
static void verb_purpose(const ev_ctx *c, uint32_t i, ev_args *a)
{
  const kg_doc *d = c->doc;
  int32_t ps = kg_ev_purpose_subject(c, i);
  if (ps >= 0 && d->mentions[ps].actor >= 0) {
    int32_t was = a->nag > 0 ? a->agents[0] : -1;
    a->agents[0] = ps;
    a->nag = 1;
    if (a->ntg == 0 && was >= 0 && d->mentions[was].actor != d->mentions[ps].actor)
      a->targets[a->ntg++] = was;
  }
  /* ... parsed as the summoning verb's purpose ("summoned the EU's
   * ambassador in Moscow, X, to protest"): the summoner's (not the
   * envoy's, as object control would have it), aimed at the object's side */
  int32_t sv = ps < 0 && a->nag > 0 && kg_ev_to_advcl(d, i) ? kg_tok_head(d, i) : -1;
  int32_t ss = is_summon(d, sv) ? kg_ev_child_with(d, (uint32_t)sv, "nsubj", 0) : -1;
  int32_t sm = ss >= 0 ? kg_ev_mention_of_tok(c, (uint32_t)ss) : -1;
  if (sm >= 0 && d->mentions[sm].actor >= 0 && d->mentions[sm].actor != d->mentions[a->agents[0]].actor) {
    if (a->ntg == 0)
      a->targets[a->ntg++] = a->agents[0];
    a->agents[0] = sm;
    a->nag = 1;
  }
  int32_t v = ps < 0 && a->ntg == 0 && a->nag > 0 && kg_ev_to_advcl(d, i) ? kg_tok_head(d, i) : -1;
  int32_t ob = v >= 0 ? kg_ev_child_with(d, (uint32_t)v, "obj", 0) : -1;
  int32_t om = ob >= 0 && ob < (int32_t)i ? kg_ev_mention_of_tok(c, ob) : -1;
  if (om >= 0 && d->mentions[om].actor >= 0 && d->mentions[om].actor != d->mentions[a->agents[0]].actor)
    a->targets[a->ntg++] = om;
}

void kg_ev_summons_purpose(const ev_ctx *c, uint32_t i, int pos, int root, ev_args *a)
{
  const kg_doc *d = c->doc;
  if (root != 10 && root != 11 && root != 14)
    return;
  if (pos == KG_UPOS_VERB)
    verb_purpose(c, i, a);
  /* the summons: through the verb trigger, or the verb whose object the
   * noun trigger is ("to lodge a strong protest") */
  int32_t sv = pos == KG_UPOS_VERB ? summon_of(d, (int32_t)i) :
               pos == KG_UPOS_NOUN && rel_is(d, (int32_t)i, "obj") ? summon_of(d, kg_tok_head(d, i)) : -1;
  /* "summoned Iraq's ambassador on Monday and handed him a protest note":
   * the note handed to the unnamed envoy (a pronoun) is aimed at the state
   * his title names */
  /* (the verb "handed" the trigger, or the noun "note" its object) */
  /* ("protest | note"; "a note of protest": the noun the trigger qualifies) */
  int32_t nt = rel_is(d, (int32_t)i, "compound") || (pos == KG_UPOS_NOUN && rel_is(d, (int32_t)i, "nmod")) ?
               kg_tok_head(d, i) : (int32_t)i;
  int32_t hv = pos == KG_UPOS_VERB ? (int32_t)i : rel_is(d, nt, "obj") ? kg_tok_head(d, (uint32_t)nt) : -1;
  /* ("handed him a note condemning X": a participle on the note handed, the
   * handing verb) */
  if (pos == KG_UPOS_VERB && rel_is(d, (int32_t)i, "acl") && kg_ev_message_subject(c, i) >= 0)
    hv = kg_tok_head(d, (uint32_t)kg_tok_head(d, i));
  /* (a pronoun handed the note, resolved to someone told before, is the summoned envoy here) */
  if (sv < 0 && root == 11 && a->ntg == 1 && hv >= 0 && pos == KG_UPOS_VERB &&
      d->mentions[a->targets[0]].kind == KG_MEN_PRONOUN && d->mentions[a->targets[0]].tok > (uint32_t)hv &&
      kg_tok_head(d, d->mentions[a->targets[0]].tok) == hv && rel_is(d, hv, "conj") &&
      is_summon(d, kg_tok_head(d, (uint32_t)hv))) {
    int32_t so = kg_ev_child_with(d, (uint32_t)kg_tok_head(d, (uint32_t)hv), "obj", 0);
    int32_t em = so >= 0 ? kg_ev_mention_of_tok(c, so) : -1;
    if (em < 0 || d->mentions[em].actor != d->mentions[a->targets[0]].actor)
      a->ntg = 0;
  }
  if (sv < 0 && root == 11 && a->ntg == 0 && hv >= 0) {
    int32_t g = rel_is(d, hv, "conj") ? kg_tok_head(d, (uint32_t)hv) : -1;
    /* ("summoned X and handed him a note of protest": the noun's act is the
     * summoner's, the subject the two verbs share) */
    int32_t gs = a->nag == 0 && pos == KG_UPOS_NOUN && is_summon(d, g) ?
                 kg_ev_child_with(d, (uint32_t)g, "nsubj", 0) : -1;
    int32_t gm = gs >= 0 ? kg_ev_mention_of_tok(c, gs) : -1;
    if (gm >= 0 && d->mentions[gm].actor >= 0)
      a->agents[a->nag++] = gm;
    if (a->nag == 0)
      return;
    int32_t io = kg_ev_child_with(d, (uint32_t)hv, "iobj", 0);
    if (io < 0)                           /* ("handed him a note", him parsed as an object) */
      io = kg_ev_child_with(d, (uint32_t)hv, "obj", 0);
    int32_t ob = is_summon(d, g) ? kg_ev_child_with(d, (uint32_t)g, "obj", 0) : -1;
    int32_t st = ob >= 0 && io > hv && d->tokens[io].upos == KG_UPOS_PRON && kg_mention_at(d, (uint32_t)ob) < 0 ?
                 title_state(d, ob) : -1;
    if (st < 0 && io > hv && d->tokens[io].upos == KG_UPOS_NOUN && kg_tok_head(d, (uint32_t)nt) != io &&
        io < (hv == (int32_t)i ? INT32_MAX : kg_tok_head(d, i)))
      st = title_state(d, io);            /* "handed Chile's ambassador a note ...": the envoy's state */
    if (st < 0 && ob >= 0 && io > hv && d->tokens[io].upos == KG_UPOS_PRON) {
      int32_t em = kg_ev_mention_of_tok(c, ob);   /* "summoned the high commissioner, X, and handed him": X */
      st = em >= 0 && kg_ev_atype(d, em) == KG_ACT_PERSON ? em : -1;
    }
    if (st >= 0 && d->mentions[st].actor != d->mentions[a->agents[0]].actor)
      a->targets[a->ntg++] = st;
  }
  if (sv < 0)
    return;
  int32_t sj = kg_ev_child_with(d, (uint32_t)sv, "nsubj", 0), ob = kg_ev_child_with(d, (uint32_t)sv, "obj", 0);
  int32_t sm = sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1, om = ob >= 0 ? kg_ev_mention_of_tok(c, ob) : -1;
  if (om < 0 && ob >= 0 && kg_mention_at(d, (uint32_t)ob) < 0)
    om = title_state(d, ob);              /* "summoned Russia's ambassador to protest": Russia */
  if (sm < 0 || d->mentions[sm].actor < 0 || om < 0 || d->mentions[om].actor < 0 ||
      d->mentions[om].actor == d->mentions[sm].actor)
    return;
  if (pos == KG_UPOS_NOUN) {            /* the summoner's protest, aimed at the summoned */
    if (a->nag == 0 || d->mentions[a->agents[0]].actor == d->mentions[om].actor) {
      a->agents[0] = sm;
      a->nag = 1;
    }
    if (a->ntg == 0 && d->mentions[a->agents[0]].actor == d->mentions[sm].actor)
      a->targets[a->ntg++] = om;
  }
  /* (the verb's own protest, with no target found: at the summoned) */
  if (pos == KG_UPOS_VERB && a->nag > 0 && a->ntg == 0 && d->mentions[a->agents[0]].actor == d->mentions[sm].actor)
    a->targets[a->ntg++] = om;
  /* a named envoy of a titled state: the state is the addressee */
  int32_t st = kg_ev_atype(d, om) == KG_ACT_PERSON ? title_state(d, ob) : -1;
  if (st < 0 || a->nag == 0 || d->mentions[st].actor == d->mentions[a->agents[0]].actor)
    return;
  for (size_t q = 0; q < a->ntg; q++)
    if (d->mentions[a->targets[q]].actor == d->mentions[om].actor)
      a->targets[q] = st;
}

void kg_ev_summons_recode(const ev_ctx *c, uint32_t i, int pos, char *code)
{
  const kg_doc *d = c->doc;
  if (strncmp(code, "14", 2))
    return;
  /* the verb ("summoned X to protest"), or the noun that is the object of
   * such a verb ("summoned X to lodge a protest") */
  int32_t sv = pos == KG_UPOS_VERB ? summon_of(d, (int32_t)i) :
               pos == KG_UPOS_NOUN && rel_is(d, (int32_t)i, "obj") ? summon_of(d, kg_tok_head(d, i)) : -1;
  if (sv >= 0)
    strcpy(code, "114");
}
