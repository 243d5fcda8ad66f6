/* evnoact.c — trigger words that fit a pattern but name a state, a thing
 * or a place rather than an act (split from evfilter.c).
 *
 * Owns: a past participle modifying a noun with no agent ("the targeted
 * firms"); a predicate after a verb of state ("remain united") or graded
 * by a degree word ("was more guarded"); economic and market demand ("Chinese
 * demand for soy"); a verb in a manner clause ("the way the IMF lends"); a
 * raising "be expected to"; a noun of sanctions one lives with or evades; a demonym
 * of a place; a place name that names a building ("the Akorda palace"); a
 * state named on a place noun ("the Saudi port city of Jeddah"); a
 * reduction of relations "from" with no state or organisation; a
 * participle of contest naming sides ("opposing sides"); consultations
 * a recalled envoy is called home for; the act a request asks for;
 * an act noun naming what money is for ("the cost of military operations", kgd:budgetNoun); an act
 * a wish hopes another will do ("wants Britain to leave", kgd:wishVerb);
 * a veto held as a power ("where Moscow holds a veto"), an accord one has ("has a trade agreement with X");
 * coercion (170), sanctions (172) or a sentence (173) on no one ("contains uranium", "curb
 * inflation", "blocked the shot", "ban beef"); a request for a thing,
 * "urged restraint"; an arrival in a year, not a place; a definite act noun
 * a noun of speech is about ("made no comment on the visit") (kg_ev_no_act, kg_ev_demonym_of_place,
 * kg_ev_building_after, kg_ev_site_origin, kg_ev_from_unmet,
 * kg_ev_requested_act, kg_ev_coerced_thing, kg_ev_asked_thing).
 * Does not own: wrong senses of a trigger and recoding (evfilter.c),
 * patterns (dict.c), matching (evmatch.c), emitting (events.c). */
#include <ctype.h>
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"
#include "evmodal.h"
#include "evcommerce.h"
#include "evbelief.h"
#include "evcond.h"
#include "evdeny.h"
#include "evsport.h"
#include "evyield.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* "Flood-hit Bangladesh": the word before the hyphen at i - 1 is a word,
 * not a prefix ("re-elected", "co-signed"), and a noun phrase follows i. */
static int hyphened_before_noun(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const prefix[] = { "re", "co", "pre", "de", "un", "mis", "out", "over", "under", "counter",
    "cross", "self", "non", "anti", "ex", "pro", "post", "sub", "inter", "multi", "double", "far", NULL };
  const kg_token *w = &d->tokens[i - 2];
  if (!isalpha((unsigned char)w->form[0]) || i + 1 >= s->tok + s->ntok)
    return 0;
  int up = d->tokens[i + 1].upos;
  if (!(up == KG_UPOS_NOUN || up == KG_UPOS_PROPN || up == KG_UPOS_ADJ))
    return 0;
  char b[32];
  kg_ev_low(d, i - 2, b, sizeof b);
  for (size_t k = 0; prefix[k]; k++)
    if (!strcmp(b, prefix[k]))
      return 0;
  return 1;
}

/* "the attacked convoy": an adjectival participle with no "by" agent. */
static int participle_modifier(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  /* a participle hyphened to the name before it ("the US-led attack", "the
   * Israeli-occupied West Bank", "an Iranian-backed militia"): a modifier;
   * so it is before a noun however the tree took it ("Flood-hit Bangladesh
   * appealed ...", "hit" a parataxis), but not after a prefix ("re-elected") */
  int hy = i > s->tok + 1 && !strcmp(d->tokens[i - 1].form, "-") && !d->tokens[i - 2].space_after &&
           !d->tokens[i - 1].space_after;
  if (strcmp(rel(d, i), "amod"))
    return hy && hyphened_before_noun(d, s, i);
  if (hy)
    return 1;
  int up = i > s->tok ? d->tokens[i - 1].upos : KG_UPOS_DET;
  if (!(up == KG_UPOS_DET || up == KG_UPOS_ADJ || up == KG_UPOS_NUM))
    return 0;                             /* "met Anwar and signed agreements": a verb */
  size_t L = strlen(d->tokens[i].form);
  if (!(L > 3 && !strcmp(d->tokens[i].form + L - 2, "ed")))
    return 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && !strcmp(rel(d, k), "obl:agent"))
      return 0;
  return 1;
}

/* "remain united on Iran": a participle or adjective after a verb of state. */
static int state_predicate(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const st[] = { "remain", "remains", "remained", "remaining", "stay",
    "stays", "stayed", "seem", "seems", "seemed", "appear", "appears", "appeared", NULL };
  int up = d->tokens[i].upos;
  size_t L = strlen(d->tokens[i].form);
  if (!(up == KG_UPOS_ADJ || (L > 3 && !strcmp(d->tokens[i].form + L - 2, "ed"))))
    return 0;
  char b[32];
  for (uint32_t k = i; k > s->tok && k + 3 > i; k--) {
    kg_ev_low(d, k - 1, b, sizeof b);
    if (kg_ev_in_list(b, st))
      return 1;
    if (d->tokens[k - 1].upos != KG_UPOS_ADV)
      return 0;
  }
  return 0;
}

/* "the reaction was more guarded", "is very committed": a participle graded
 * by a degree word after a form of "be" is an adjective, no passive act. */
static int graded_participle(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const deg[] = { "more", "less", "most", "least", "very", "too", "so", "rather",
    "somewhat", "quite", "increasingly", "far", NULL };
  static const char *const be[] = { "is", "are", "was", "were", "be", "been", "being", "'s", "'re", NULL };
  size_t L = strlen(d->tokens[i].form);
  if (i < s->tok + 2 || !(d->tokens[i].upos == KG_UPOS_ADJ || (L > 3 && !strcmp(d->tokens[i].form + L - 2, "ed"))))
    return 0;
  char b[32];
  kg_ev_low(d, i - 1, b, sizeof b);
  if (!kg_ev_in_list(b, deg))
    return 0;
  kg_ev_low(d, i - 2, b, sizeof b);
  return kg_ev_in_list(b, be);
}

/* "a surge in demand", "the growing demand for water", "to meet demand",
 * "consumer demand": demand of a market, not of anyone named ("Iran's demand"). */
static int market_demand(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const mod[] = { "growing", "strong", "weak", "rising", "falling", "consumer",
    "domestic", "global", "world", "high", "low", "increased", "huge", "seasonal", "robust", "sluggish",
    "slack", "booming", "export", "customer", "underlying", "overall", "oil", "energy", "housing",
    "rising", "soaring", "slowing", "strengthening", "weakening", "buoyant", "firm", "healthy", NULL };
  static const char *const verb[] = { "meet", "satisfy", "fuel", "boost", "outstrip", "exceed",
    "dampen", "curb", "stimulate", "spur", "match", "cope", "weaken", "hit", "cool", "reduce",
    "increase", "drive", "see", NULL };
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    if (!strcmp(rel(d, k), "nmod:poss") && kg_ev_agentive(d, kg_mention_at(d, k)))
      return 0;                           /* "Iran's demand" */
    if ((!strcmp(rel(d, k), "amod") || !strcmp(rel(d, k), "compound")) && kg_ev_lemma_in(d, k, mod))
      return 1;
    if (!strcmp(rel(d, k), "case") && kg_tok_is(d, k, "in"))
      return 1;                           /* "a surge in demand" */
  }
  int32_t h = kg_tok_head(d, i);
  return h >= 0 && !strcmp(rel(d, i), "obj") && kg_ev_lemma_in(d, (uint32_t)h, verb);
}

/* "Chinese demand for soy": the bare singular noun, no article, no possessor. */
static int economic_demand(const kg_doc *d, const kg_sentence *s, uint32_t i, int pos)
{
  char w[32], b[32];
  kg_ev_low(d, i, w, sizeof w);
  if (pos != KG_UPOS_NOUN || strcmp(w, "demand"))
    return 0;
  if (kg_sent_has_tree(d, d->tokens[i].sent) && market_demand(d, s, i))
    return 1;
  static const char *const det[] = { "a", "an", "the", "this", "that", "its", "his", "her",
    "their", "our", "my", "your", "'s", "'", "whose", "new", "fresh", "repeated", NULL };
  for (uint32_t k = i; k > s->tok && k + 3 > i; k--) {
    kg_ev_low(d, k - 1, b, sizeof b);
    if (kg_ev_in_list(b, det))
      return 0;
  }
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && (!strcmp(rel(d, k), "det") || !strcmp(rel(d, k), "nmod:poss")))
      return 0;
  return i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, "for");
}

/* "the way the IMF and the World Bank lend": a clause of manner. */
static int manner_clause(const kg_doc *d, uint32_t i)
{
  int32_t h = kg_tok_head(d, i);
  if (h < 0 || strncmp(rel(d, i), "acl", 3))
    return 0;
  char b[32];
  kg_ev_low(d, (uint32_t)h, b, sizeof b);
  return !strcmp(b, "way") || !strcmp(b, "manner");
}

/* "is expected to host": raising, the hedge of the verb after it. */
static int raising_expect(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  char b[32];
  if (!kg_ev_cand_has(d, i, "expect") || i + 1 >= s->tok + s->ntok || !kg_tok_is(d, i + 1, "to"))
    return 0;
  static const char *const be[] = { "is", "are", "was", "were", "be", "been", "being", "'s",
    "'re", NULL };
  for (uint32_t k = i; k > s->tok && k + 3 > i; k--) {
    kg_ev_low(d, k - 1, b, sizeof b);
    if (kg_ev_in_list(b, be))
      return 1;
  }
  return 0;
}

/* Is mention m a state's name or demonym on a place noun ("the Saudi port
 * city of Jeddah", "the Ukrainian capital"): a place, not an actor? */
int kg_ev_demonym_of_place(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  uint32_t k = d->mentions[m].tok;
  if (kg_ev_atype(d, m) != KG_ACT_COUNTRY || !d->tokens[k].deprel ||
      (strcmp(d->tokens[k].deprel, "amod") && strcmp(d->tokens[k].deprel, "compound")))
    return 0;
  int32_t h = kg_tok_head(d, k);
  char b[32];
  if (h < 0)
    return 0;
  kg_ev_low(d, (uint32_t)h, b, sizeof b);
  return (kg_dict_lex(c->dict, b) & KG_LEX_PLACE_NOUN) != 0;   /* kgd:placeNoun */
}

/* "has lived with sanctions": a sanction noun one lives or copes with. */
static int endured_noun(const kg_doc *d, const kg_sentence *s, uint32_t i, int pos)
{
  static const char *const with[] = { "live", "cope", "contend", "grapple", NULL };
  (void)pos;                              /* after "with" a noun, whatever the tagger said */
  if (i < s->tok + 2 || !kg_tok_is(d, i - 1, "with"))
    return 0;
  for (uint32_t k = i - 1; k > s->tok && k + 3 > i; k--)
    if (kg_ev_lemma_in(d, k - 1, with))
      return 1;
  return 0;
}

/* "helped Minsk evade sanctions", "flouted the embargo": a measure in
 * force that someone gets round or breaks is no act of imposing it (the
 * noun the object of such a verb) */
static int evading(const kg_doc *d, uint32_t k)
{
  static const char *const stems[] = { "evad", "circumvent", "bypass", "dodg", "skirt", "flout", "bust",
    "breach", "violat", "escap", "defy", "defie", "sidestep", NULL };
  char b[24];
  kg_ev_low(d, k, b, sizeof b);
  for (int r = 0; stems[r]; r++)
    if (!strncmp(b, stems[r], strlen(stems[r])))
      return 1;
  return 0;
}

static int evaded_noun(const kg_doc *d, uint32_t i)
{
  if (d->tokens[i].upos != KG_UPOS_NOUN || !d->tokens[i].deprel)
    return 0;
  int32_t h = kg_tok_head(d, i);
  if (!strcmp(d->tokens[i].deprel, "obj") && h >= 0 && d->tokens[h].upos == KG_UPOS_VERB)
    return evading(d, (uint32_t)h);
  /* (the verb tagged a participle or a noun on it: "The government evaded
   * sanctions", "helped Moscow evade sanctions" read as noun phrases) */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  return i > s->tok && kg_tok_head(d, i - 1) == (int32_t)i && d->tokens[i - 1].deprel &&
         (!strcmp(d->tokens[i - 1].deprel, "amod") || !strcmp(d->tokens[i - 1].deprel, "compound")) &&
         evading(d, i - 1);
}

/* "the Security Council, where Moscow holds a veto", "has veto power", "wields a veto over": a veto one holds, has,
 * wields or keeps (the noun, or the noun it is compounded on, the object of such a verb) is a power, no act of
 * vetoing ("used its veto" is one); an agreement, treaty, pact or accord one has or possesses ("which has a trade
 * agreement with the island") is a tie, no signing (057). */
static int held_veto(const kg_doc *d, uint32_t i)
{
  static const char *const hold[] = { "hold", "have", "wield", "possess", "enjoy", "retain", "keep", NULL };
  static const char *const have[] = { "have", "possess", NULL };
  static const char *const pact[] = { "agreement", "treaty", "pact", "accord", NULL };
  /* "which has a trade agreement with the island": an accord one has is a tie, no signing */
  if (d->tokens[i].upos == KG_UPOS_NOUN && kg_ev_lemma_in(d, i, pact) && d->tokens[i].deprel &&
      !strcmp(d->tokens[i].deprel, "obj") && kg_tok_head(d, i) >= 0 &&
      d->tokens[kg_tok_head(d, i)].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, (uint32_t)kg_tok_head(d, i), have))
    return 1;
  if (d->tokens[i].upos != KG_UPOS_NOUN || !kg_tok_is(d, i, "veto") || !d->tokens[i].deprel)
    return 0;
  int32_t n = (int32_t)i;
  if (!strcmp(d->tokens[i].deprel, "compound"))
    n = kg_tok_head(d, i);                /* "veto power", "veto rights" */
  int32_t h = n >= 0 ? kg_tok_head(d, (uint32_t)n) : -1;
  return h >= 0 && d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "obj") &&
         d->tokens[h].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, (uint32_t)h, hold);
}

/* "backed opposing sides", "the warring parties", "competing claims": a
 * present participle of contest right before a plural noun of sides names
 * the sides, whatever the parse made of it (an xcomp with that noun as its
 * object, an amod). */
static int sides_participle(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const part[] = { "opposing", "warring", "competing", "contending", "conflicting",
    "fighting", "rival", NULL };
  static const char *const sides[] = { "sides", "camps", "factions", "parties", "groups", "forces", "claims",
    "views", "interests", "militias", NULL };
  char b[16], n[16];
  if (i + 1 >= s->tok + s->ntok)
    return 0;
  kg_tok_lower(&d->tokens[i], b, sizeof b);
  kg_tok_lower(&d->tokens[i + 1], n, sizeof n);
  return kg_ev_in_list(b, part) && kg_ev_in_list(n, sides);
}

/* "recalled its ambassador for consultations": the purpose of a recall
 * (or of a summons, an envoy called home) is no meeting of its own */
static int recall_purpose(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const recall[] = { "recall", "withdraw", "summon", "call", "bring", NULL };
  if (d->tokens[i].upos != KG_UPOS_NOUN || i < s->tok + 2 || !kg_tok_is(d, i - 1, "for") ||
      !(kg_tok_is(d, i, "consultations") || kg_tok_is(d, i, "consultation") || kg_tok_is(d, i, "talks")))
    return 0;
  if (kg_sent_has_tree(d, d->tokens[i].sent)) {
    int32_t h = kg_tok_head(d, i);
    return h >= 0 && h < (int32_t)i && kg_ev_lemma_in(d, (uint32_t)h, recall) &&
           !(kg_tok_is(d, (uint32_t)h, "called") && !kg_tok_is(d, (uint32_t)h + 1, "home") &&
             !kg_tok_is(d, (uint32_t)h + 1, "back"));
  }
  return 0;
}

/* "the cost of military operations", "funds for military operations",
 * "the cost of running military operations in Iraq": an act noun in the
 * "of", "for" or "on" phrase of a noun of money (kgd:budgetNoun), or the
 * object of a gerund there, names what the money is for; no act is told.
 * "the army's operations cost millions" (a verb) and "military operations
 * in Iraq" stay. */
static int budget_item(const ev_ctx *c, uint32_t i, int pos)
{
  static const char *const of[] = { "of", "for", "on", NULL };
  const kg_doc *d = c->doc;
  int32_t h = kg_tok_head(d, i);
  if (pos != KG_UPOS_NOUN || h < 0 || kg_dict_exclusive(c->dict))
    return 0;
  uint32_t k = i;
  if (!strcmp(rel(d, i), "obj") && d->tokens[h].xpos && !strcmp(d->tokens[h].xpos, "VBG")) {
    k = (uint32_t)h;                      /* ("running military operations") */
    h = kg_tok_head(d, k);
  }
  int32_t cs = kg_ev_child_with(d, k, strncmp(rel(d, k), "acl", 3) ? "case" : "mark", 0);
  char b[32];
  return h >= 0 && cs >= 0 && (!strncmp(rel(d, k), "nmod", 4) || !strncmp(rel(d, k), "acl", 3)) &&
         d->tokens[h].upos == KG_UPOS_NOUN && kg_ev_in_list(kg_ev_lowp(d, (uint32_t)cs, b, sizeof b), of) &&
         (kg_dict_lex2(c->dict, kg_ev_lowp(d, (uint32_t)h, b, sizeof b)) & KG_LEX2_BUDGET ||
          (d->tokens[h].lemma && kg_dict_lex2(c->dict, d->tokens[h].lemma) & KG_LEX2_BUDGET));
}

/* "Cafod wants Britain to use its influence to pressure countries", "we
 * want people to tell Karen", "we need the House of Lords to set up a
 * committee", "he wants to see a phased withdrawal": the act a wish
 * (kgd:wishVerb) hopes another will do (the wish verb has an object), or
 * hopes to see, is no act told; no one is asked, so it is no request
 * either.  Climbs from the trigger through to-infinitives (xcomp, or an
 * advcl or acl with "to"), conjuncts and one object.  The wisher's own act
 * stays ("Brown wanted to provide dollars 10bn", Hedged). */
static int wished_act(const ev_ctx *c, uint32_t i)
{
  static const char *const see[] = { "see", NULL };
  const kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict))
    return 0;
  uint32_t k = i;
  int via_see = 0, objs = 0;
  for (int hops = 0; hops < 4; hops++) {
    int32_t h = kg_tok_head(d, k), mk = kg_ev_child_with(d, k, "mark", 0);
    const char *r = rel(d, k);
    int inf = mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to");
    if (h < 0 || !(!strcmp(r, "xcomp") || !strcmp(r, "conj") || ((!strcmp(r, "advcl") || !strcmp(r, "acl")) && inf) ||
                   (!strcmp(r, "obj") && objs++ == 0)))
      return 0;
    if (!strcmp(r, "obj") && d->tokens[h].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, (uint32_t)h, see))
      via_see = 1;
    k = (uint32_t)h;
    if (d->tokens[k].upos != KG_UPOS_VERB || !d->tokens[k].lemma ||
        !(kg_dict_lex2(c->dict, d->tokens[k].lemma) & KG_LEX2_WISH))
      continue;
    if (!strcmp(r, "conj"))
      return 0;                           /* ("did not want a conflict but would not tolerate attacks") */
    if (via_see || !strcmp(r, "obj"))     /* ("want people to tell Karen"; not "wants a ceasefire") */
      return via_see || strcmp(rel(d, i), "obj");
    int32_t o = kg_ev_child_with(d, k, "obj", 0);   /* the one wished to act ("need several years to sign": none) */
    return o >= 0 && kg_ev_coercible(d, &d->sents[d->tokens[k].sent], (uint32_t)o, 0);
  }
  return 0;
}

/* "since his arrival in 1996": an arrival "in" no place or actor (a year, a
 * month, a role) is no visit; "Xi's arrival in Belgrade" is. */
static int arrival_in_time(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  if (d->tokens[i].upos != KG_UPOS_NOUN || !d->tokens[i].lemma || strcmp(d->tokens[i].lemma, "arrival"))
    return 0;
  for (uint32_t k = i + 1; k < s->tok + s->ntok && k <= i + 4; k++)
    if (kg_tok_is(d, k, "in"))
      return k + 1 >= s->tok + s->ntok || kg_mention_at(d, k + 1) < 0 ||
             d->tokens[k + 1].upos == KG_UPOS_NUM;
  return 0;
}

/* "China made no comment on the visit", "declined to give a statement about the talks", "commented on Modi's
 * visit": a definite or possessed act noun ("the", "this", "that", "X's") that a noun or verb of speech is "on",
 * "about" or "over" names the act told before, no new act (and none of the speaker's); so does a pattern's light verb
 * ("make", "pay": no pattern of theirs takes a noun of speech) whose object is a noun of speech with such a
 * phrase ("made no comment on the visit" matched as "make ... visit"). */
static int spoken_about(const kg_doc *d, uint32_t i)
{
  static const char *const speech[] = { "comment", "remark", "statement", "silence", "reaction", "response",
                                        "question", "word", NULL };
  static const char *const speak[] = { "comment", "remark", NULL };   /* (not "spoke on the visit": during it) */
  const char *r = rel(d, i);
  int32_t h = kg_tok_head(d, i);
  if (d->tokens[i].upos == KG_UPOS_VERB) {   /* "made no comment on the visit" matched as "make ... visit" */
    static const char *const light[] = { "make", "pay", NULL };   /* (no pattern of theirs takes a noun of speech) */
    if (!d->tokens[i].lemma || !kg_ev_in_list(d->tokens[i].lemma, light))
      return 0;                           /* (not "rejected the statement on Wednesday", "issued a statement on") */
    int32_t o = kg_ev_child_with(d, i, "obj", 0), ob = kg_ev_child_with(d, i, "obl", 1);
    if (ob < 0 && o >= 0)                 /* ("a comment on Modi's visit": on the object) */
      ob = kg_ev_child_with(d, (uint32_t)o, "nmod", 0);
    int32_t oc = ob >= 0 ? kg_ev_child_with(d, (uint32_t)ob, "case", 0) : -1;
    int32_t od = ob >= 0 ? kg_ev_child_with(d, (uint32_t)ob, "det", 0) : -1;
    return o >= 0 && d->tokens[o].lemma && kg_ev_in_list(d->tokens[o].lemma, speech) && oc >= 0 &&
           (kg_tok_is(d, (uint32_t)oc, "on") || kg_tok_is(d, (uint32_t)oc, "about")) &&
           d->tokens[ob].upos == KG_UPOS_NOUN &&
           ((od >= 0 && kg_tok_is(d, (uint32_t)od, "the")) || kg_ev_child_with(d, (uint32_t)ob, "nmod:poss", 0) >= 0);
  }
  if (d->tokens[i].upos != KG_UPOS_NOUN || h < 0 || !d->tokens[h].lemma)
    return 0;
  if (!strcmp(r, "obl") && d->tokens[h].upos == KG_UPOS_VERB) {   /* "made no comment on", "commented on" */
    int32_t o = kg_ev_child_with(d, (uint32_t)h, "obj", 0);
    if (!kg_ev_in_list(d->tokens[h].lemma, speak) &&
        !(o >= 0 && d->tokens[o].lemma && kg_ev_in_list(d->tokens[o].lemma, speech)))
      return 0;
  } else if (strcmp(r, "nmod") || !kg_ev_in_list(d->tokens[h].lemma, speech)) {
    return 0;
  }
  int32_t cs = kg_ev_child_with(d, i, "case", 0), dt = kg_ev_child_with(d, i, "det", 0);
  return cs >= 0 && (kg_tok_is(d, (uint32_t)cs, "on") || kg_tok_is(d, (uint32_t)cs, "about") ||
                     kg_tok_is(d, (uint32_t)cs, "over")) &&
         ((dt >= 0 && (kg_tok_is(d, (uint32_t)dt, "the") || kg_tok_is(d, (uint32_t)dt, "this") ||
                       kg_tok_is(d, (uint32_t)dt, "that"))) || kg_ev_child_with(d, i, "nmod:poss", 0) >= 0);
}

int kg_ev_no_act(const ev_ctx *c, uint32_t i, int pos)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  if (tree && (participle_modifier(d, s, i) || manner_clause(d, i) || evaded_noun(d, i) ||
               kg_ev_capacity(c, i) ||   /* (evmodal.c: "would be able to reject") */
               budget_item(c, i, pos) || wished_act(c, i) || held_veto(d, i) || spoken_about(d, i)))
    return 1;
  return state_predicate(d, s, i) || graded_participle(d, s, i) || economic_demand(d, s, i, pos) ||
         raising_expect(d, s, i) || endured_noun(d, s, i, pos) || sides_participle(d, s, i) ||
         recall_purpose(d, s, i) || arrival_in_time(d, s, i);
}

int kg_ev_building_after(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  uint32_t e = mm->tok + mm->ntok;
  char b[32];
  kg_ev_low(d, e - 1, b, sizeof b);        /* "State House" itself */
  if (mm->ntok > 1 && (kg_dict_lex(c->dict, b) & KG_LEX_BUILDING))   /* kgd:buildingNoun */
    return 1;
  if (e >= d->sents[d->tokens[mm->tok].sent].tok + d->sents[d->tokens[mm->tok].sent].ntok)
    return 0;
  kg_ev_low(d, e, b, sizeof b);
  return (kg_dict_lex(c->dict, b) & KG_LEX_BUILDING) != 0;
}

int kg_ev_site_origin(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  const kg_sentence *s = &d->sents[d->tokens[mm->tok].sent];
  uint32_t end = s->tok + s->ntok, q = mm->tok;
  while (q > s->tok && (kg_tok_is(d, q - 1, "the") || kg_tok_is(d, q - 1, "its") ||
                        kg_tok_is(d, q - 1, "their") || kg_tok_is(d, q - 1, "his") ||
                        kg_tok_is(d, q - 1, "her")))
    q--;
  if (q == s->tok || !kg_tok_is(d, q - 1, "from"))
    return 0;
  char b[32];
  uint32_t e = mm->tok + mm->ntok;
  for (uint32_t k = 0; k < 2 && e < end; k++, e++) {
    kg_ev_low(d, e, b, sizeof b);
    int lx = kg_dict_lex(c->dict, b);     /* kgd:siteNoun, kgd:siteModifier */
    if (lx & KG_LEX_SITE)
      return 1;
    if (!(lx & KG_LEX_SITE_MOD))
      return 0;
  }
  return 0;
}

int kg_ev_from_unmet(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  if (!p->prep || strcmp(p->prep, "from") || p->object || strncmp(p->code, "16", 2))
    return 0;
  for (uint32_t q = i + 1; q < end && q <= i + 8; q++)
    if (kg_tok_is(d, q, "from"))
      return 0;
  uint32_t q = i + 1;
  while (q < end && (kg_tok_is(d, q, "the") || kg_tok_is(d, q, "its") || kg_tok_is(d, q, "their")))
    q++;
  int32_t m = q < end ? kg_mention_at(d, q) : -1;
  int t = kg_ev_atype(d, m);
  if (t == KG_ACT_COUNTRY || t == KG_ACT_ORG)
    return 0;
  /* "Madagascar was suspended by the African Union": the state suspended is
   * the passive subject, the body suspending it the "by" agent */
  int agent = 0;
  int32_t subj = -1;
  for (q = s->tok; q < end; q++)
    if (kg_tok_head(d, q) == (int32_t)i) {
      if (!strcmp(rel(d, q), "nsubj:pass"))
        subj = (int32_t)q;
      else if (!strcmp(rel(d, q), "obl:agent"))
        agent = 1;
    }
  if (subj < 0 || !agent)
    return 1;
  t = kg_ev_atype(d, kg_mention_at(d, (uint32_t)subj));
  return !(t == KG_ACT_COUNTRY || t == KG_ACT_ORG);
}

/* Whether nominal k is an of-phrase ("of European diplomats"). */
static int of_phrase(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  for (uint32_t q = s->tok; q < k; q++)
    if (kg_tok_head(d, q) == (int32_t)k && !strcmp(rel(d, q), "case") && kg_tok_is(d, q, "of"))
      return 1;
  return 0;
}

/* Whether nominal k names one who can be coerced: an actor, a personal
 * pronoun, a noun of people, bodies or their doings ("access", "protests"),
 * or a thing of an actor's ("its application", "Russia's auction"). */
static int coercible(const kg_doc *d, const kg_sentence *s, uint32_t k, int own)
{
  static const char *const pron[] = { "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me",
    "who", "whom", "his", "its", "their", "our", NULL };
  static const char *const who[] = { "people", "person", "man", "woman", "child", "citizen", "worker", "resident",
    "protester", "demonstrator", "journalist", "activist", "dissident", "prisoner", "opposition", "bank", "firm",
    "company", "government", "authority", "official", "minister", "union", "group", "party", "country", "state",
    "member", "rival", "critic", "pair", "visitor", "migrant", "refugee", "immigrant", "voter", "student",
    "media", "press", "access", "freedom", "right", "movement", "entry", "trade", "import", "export", "protest",
    "demonstration", "rally", "march", "strike", "riot", "unrest", "violence", "dissent", "uprising",
    "rebellion", "insurgency", "application", "violator", "offender", "officer", "executive", "activity",
    "meeting", "gathering", "assembly", "organisation", "organization", "newspaper", "publication", "diplomat",
    "envoy", "ambassador", "soldier", "troop", "leader", "staff", "employee", "athlete", "suspect", "detainee",
    "national", "foreigner", "reporter", "blogger", "opponent", "politician", "candidate", "lawyer", NULL };
  int32_t m = kg_mention_at(d, k);
  char b[16];
  if ((m >= 0 && kg_ev_agentive(d, m)) || kg_ev_lemma_in(d, k, who) ||
      (d->tokens[k].upos == KG_UPOS_PRON && kg_ev_in_list(kg_ev_lowp(d, k, b, sizeof b), pron)))
    return 1;
  /* its owner ("its application", "the work of European diplomats"), or a
   * name beside a title ("officer Scott Sullivan") */
  if (own)
    for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
      if (kg_tok_head(d, q) == (int32_t)k && (!strcmp(rel(d, q), "nmod:poss") || !strcmp(rel(d, q), "appos") ||
                                             !strcmp(rel(d, q), "flat") || (!strcmp(rel(d, q), "nmod") &&
                                                                            of_phrase(d, s, q))) &&
          coercible(d, s, q, 0))
        return 1;
  return 0;
}

int kg_ev_coercible(const kg_doc *d, const kg_sentence *s, uint32_t k, int own)
{
  return coercible(d, s, k, own);
}

int32_t kg_ev_passive_conj_head(const kg_doc *d, uint32_t i)
{
  if (strcmp(rel(d, i), "conj") || !d->tokens[i].xpos || strcmp(d->tokens[i].xpos, "VBN"))
    return -1;
  return kg_tok_head(d, i);
}

int32_t kg_ev_participle_noun(const kg_doc *d, uint32_t i)
{
  int32_t v = (int32_t)i;
  if (!strcmp(rel(d, i), "conj") && kg_tok_head(d, i) >= 0)
    v = kg_tok_head(d, i);
  if (!strncmp(rel(d, (uint32_t)v), "acl", 3) && d->tokens[v].xpos && !strcmp(d->tokens[v].xpos, "VBN"))
    return kg_tok_head(d, (uint32_t)v);
  return -1;
}

int kg_ev_name_close_after(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 6 && d->tokens[q].upos != KG_UPOS_PUNCT &&
                           d->tokens[q].upos != KG_UPOS_VERB; q++)
    if (kg_mention_at(d, q) >= 0 && kg_ev_agentive(d, kg_mention_at(d, q)))
      return 1;
  return 0;
}

int kg_ev_coerced_thing(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  if (kg_ev_partyless(c, i, p) || kg_ev_commerce(c, i, p) || kg_ev_believed_future(c, i) ||
      kg_ev_ruled_out_player(c, i, p) || kg_ev_in_condition(c, i) || kg_ev_game_play(c, i, p) ||
      kg_ev_game_meeting(c, i, p) || kg_ev_fact_acknowledged(c, i, p) || kg_ev_thing_yielded(c, i, p))
    return 1;                             /* (evparty.c: "released an album"; evcommerce.c: "agreed a contract";
                                           * evbelief.c: "believed the Mayor would say sorry"; evsport.c:
                                           * "has been ruled out of the clash"; evcond.c: "if convicted";
                                           * evyield.c: "submitted a plan") */
  /* a sentence passed (173, like "jail") is on someone too ("sentencing experts": no one sentenced) */
  static const char *const sentence[] = { "sentence", NULL };
  int sentenced = !strcmp(p->code, "173") && kg_ev_lemma_in(d, i, sentence);
  if ((strcmp(p->code, "170") && strcmp(p->code, "172") && !sentenced) || p->object || kg_dict_exclusive(c->dict) ||
      !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  static const char *const fine[] = { "fine", NULL };
  if (kg_ev_lemma_in(d, i, fine))
    return 0;                             /* ("fined Wenger pounds 15,000": the sum is an object) */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  /* its objects and passive subject ("fined Wenger pounds 15,000": one
   * coercible is enough); a passive conjunct's shared subject ("pleaded
   * guilty and will be sentenced") */
  static const char *const all[] = { "both", "all", "each", NULL };
  int found = 0, pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0;
  for (int round = 0; round < 2; round++) {
    int32_t v = round == 0 ? (int32_t)i : kg_ev_passive_conj_head(d, i);
    if (v < 0)
      break;
    for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
      const char *r = rel(d, q);
      if (kg_tok_head(d, q) != v || !(!strcmp(r, "obj") || !strcmp(r, "iobj") || !strncmp(r, "nsubj", 5)))
        continue;
      if (!strcmp(r, "nsubj") && round == 0 && !pass)
        continue;                         /* (the coercer) */
      found = 1;
      if (coercible(d, s, q, 1) || kg_ev_lemma_in(d, q, all))
        return 0;
    }
  }
  if (found)
    return 1;
  /* "a strike blocked by De Zeeuw", "Mutu, sacked by Chelsea and banned
   * for seven months": a passive participle's noun */
  int32_t pn = kg_ev_participle_noun(d, i);
  if (pn >= 0)
    return !coercible(d, s, (uint32_t)pn, 1);
  /* no patient in the tree: a name close after it (a tree torn by the
   * tagger: "he pressured ex-chief financial officer Scott Sullivan to") */
  if (kg_ev_name_close_after(d, s, i))
    return 0;
  return 1;
}

/* "urged the judges to overturn the ruling", "clubs may ask the FA to
 * examine incidents", "called on Israel to withdraw and release the
 * prisoners": what a request asks for (the to-infinitive of a
 * kgd:requestVerb, or of "appeal", "beg", "petition", "lobby", and the
 * verbs joined to it; the noun a call is "for", "joined calls for a probe",
 * "pressed for an inquiry", "a warrant for his arrest", or an appeal's object, "urged an inquiry") has
 * not been done.  Orders and instructions are left to their acts: CAMEO
 * codes what is ordered ("ordered troops to withdraw", "ordered an
 * inquiry").  Returns the request's token, or -1. */
int32_t kg_ev_request_of(const ev_ctx *c, uint32_t i, int pos)
{
  static const char *const more[] = { "appeal", "beg", "petition", "lobby", NULL };
  static const char *const orders[] = { "order", "instruct", "command", "direct", NULL };
  static const char *const calls[] = { "call", "appeal", "plea", "request", "demand", "press", "push", "ask",
    "clamour", "lobby", "warrant", NULL };
  static const char *const urges[] = { "urge", "request", "demand", NULL };
  const kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return -1;
  uint32_t v = i;
  for (int hops = 0; hops < 4 && !strcmp(rel(d, v), "conj") && kg_tok_head(d, v) >= 0 &&
                     d->tokens[kg_tok_head(d, v)].upos == d->tokens[i].upos; hops++)
    v = (uint32_t)kg_tok_head(d, v);    /* "to withdraw and (to) release": the first one */
  int32_t h = kg_tok_head(d, v);
  if (h < 0)
    return -1;
  if (pos == KG_UPOS_NOUN) {
    int32_t cs = kg_ev_child_with(d, v, "case", 0);
    if (cs >= 0 && kg_tok_is(d, (uint32_t)cs, "for")) {   /* (or the word before "for": "joined calls
                                                             for a probe", "for" hung on "joined") */
      if (kg_ev_lemma_in(d, (uint32_t)h, calls))
        return h;
      return cs > (int32_t)d->sents[d->tokens[i].sent].tok && kg_ev_lemma_in(d, (uint32_t)cs - 1, calls) ? cs - 1 : -1;
    }
    return !strcmp(rel(d, v), "obj") && d->tokens[h].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, (uint32_t)h, urges)
           ? h : -1;
  }
  if (pos != KG_UPOS_VERB || d->tokens[h].upos != KG_UPOS_VERB ||
      kg_ev_to_complement(d, (uint32_t)h) != (int32_t)v || kg_ev_lemma_in(d, (uint32_t)h, orders))
    return -1;
  return (kg_ev_lemma_lex(c, (uint32_t)h) & KG_LEX_REQUEST_VERB) || kg_ev_lemma_in(d, (uint32_t)h, more) ? h : -1;
}

/* "Washington urged calm", "urged restraint", "urged an inquiry": a
 * request whose object is what is asked for (a common noun, or an
 * adjective as its complement) is an appeal to no one named. */
int kg_ev_asked_thing(const ev_ctx *c, uint32_t i)
{
  static const char *const asks[] = { "urge", "request", "implore", NULL };
  const kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent) ||
      d->tokens[i].upos != KG_UPOS_VERB || !kg_ev_lemma_in(d, i, asks))
    return 0;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o < 0) {                            /* ("urged calm": an adjective as complement) */
    o = kg_ev_child_with(d, i, "xcomp", 0);
    if (o >= 0 && (d->tokens[o].upos != KG_UPOS_ADJ || kg_ev_child_with(d, (uint32_t)o, "nsubj", 1) >= 0))
      o = -1;
  } else if (d->tokens[o].upos != KG_UPOS_NOUN)
    o = -1;
  return o >= 0 && (uint32_t)o > i && kg_mention_at(d, (uint32_t)o) < 0;
}

/* The act a request asks for is made an event (Hedged) only for the one
 * asked: "Russia asked Turkey to host the talks" is Turkey's hosting.  An
 * event of such an act (a verb: kg_ev_request_of) among the events from
 * index `from` on with no agent nor participants, or with the asker as agent (the one asked
 * named by no actor: "Blair urged London mayor Ken Livingstone to
 * apologise", "the CBI called for a pause year to assess the impact"), is
 * dropped: the asker did not do it. */
void kg_ev_drop_askers_acts(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  size_t n = from;
  for (size_t k = from; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    int32_t h = d->tokens[e->trigger].upos == KG_UPOS_VERB ? kg_ev_request_of(c, e->trigger, KG_UPOS_VERB) : -1;
    int drop = h >= 0 && e->agent < 0 && e->npart == 0;   /* (not the two asked: "urged X and Y to") */
    for (size_t q = from; q < d->nevents && h >= 0 && !drop; q++)
      drop = d->events[q].trigger == (uint32_t)h && d->events[q].agent == e->agent;
    if (h >= 0 && !drop) {
      int32_t sj = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0), m = sj >= 0 ? kg_mention_at(d, (uint32_t)sj) : -1;
      drop = m >= 0 && d->mentions[m].actor == e->agent;
    }
    if (!drop)
      d->events[n++] = *e;
  }
  d->nevents = n;
}
