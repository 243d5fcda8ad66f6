/* evparty.c — acts that need a party to act on: a release (0841), a
 * return (084) or a search (090) of what is no person, actor or body, and a
 * mobilisation (154) of what is no force, is no act of its code ("released
 * a new album", "the figures were released", "returned a net profit",
 * "return cash to shareholders", "searching for his first medal",
 * "mobilise public opinion", "reinforce the stereotypes"), and neither is a
 * release, return or search with nothing released or returned ("he
 * returned to the club"); an injury (18x) with no assailant is no assault
 * ("went off injured", "injured her knee"), a hit, strike, attack or
 * fight (18x, 19x) whose striker is named and is no party, force or means
 * of attack is no use of force ("was hit by tough competition", "the
 * biggest thing to hit New Zealand"), a retreat (0874) of bids, money or
 * a contract is no military retreat ("had withdrawn their bids to buy
 * dollars", "pulled out of a major contract"), and a ruling or ban
 * overturned neither a refusal to yield (124) nor damage (171); one person
 * found dead is a death reported, no use of force.  A thing returned may
 * be property ("returned the ship": 0842 in CAMEO's sense), so a return
 * drops only money, figures and balls.
 *
 * Owns: kg_ev_partyless (called from kg_ev_coerced_thing in evnoact.c, on
 * the plain hand-written patterns "release VERB", "free VERB", "return
 * VERB", "deploy VERB", "reinforce VERB", "mobilise VERB" and CAMEO's
 * "search VERB", "injure VERB", "hit VERB", "strike VERB", "attack VERB" and
 * "fight VERB" only, on the plain "withdraw VERB", "pull VERB particle=out"
 * and "retreat VERB" coded 0874, and on CAMEO.2.0's "overturn VERB"
 * with or without an object; the patterns that name their object,
 * "release VERB object=prisoner", are left alone, but for "launch VERB
 * object=search" on "search" naming the kind of a product: "launched
 * search software").
 * Does not own: who can be coerced (kg_ev_coercible, evnoact.c), sector
 * nouns (evgroups.c), matching (evmatch.c), emitting (events.c). */
#include <string.h>
#include "actors.h"
#include "dict.h"
#include "evargs.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

enum { P_NONE, P_RELEASE, P_RETURN, P_SEARCH, P_MOBILIZE, P_GREET, P_INJURE, P_OVERTURN, P_FORCE, P_RETREAT };

/* Whether nominal k names armed or police forces or their arms: a noun of
 * the military or police sector ("troops", "security forces"), of units and
 * craft, or the lexicon's weapons (kgd:weaponNoun). */
static int force(const ev_ctx *c, uint32_t k)
{
  static const char *const units[] = { "force", "troop", "unit", "personnel", "reservist", "reserve", "warship",
    "ship", "jet", "plane", "aircraft", "tank", "battalion", "brigade", "division", "regiment", "fleet", "navy",
    "army", "marine", "peacekeeper", "militia", "squad", "contingent", "battery", NULL };
  const kg_doc *d = c->doc;
  int sec = kg_ev_noun_sector(c, k);
  const kg_sector *st = sec ? kg_dict_sector_at(c->dict, sec) : NULL;
  char b[32];
  kg_ev_low(d, k, b, sizeof b);
  return (st && st->code && (!strcmp(st->code, "MIL") || !strcmp(st->code, "COP"))) || kg_ev_lemma_in(d, k, units) ||
         (kg_dict_lex(c->dict, b) & KG_LEX_WEAPON) ||
         (d->tokens[k].lemma && (kg_dict_lex(c->dict, d->tokens[k].lemma) & KG_LEX_WEAPON));
}

/* Whether nominal k names a party one releases, returns or looks for: an
 * actor, a person or body (a personal pronoun, a noun of people, a sector's
 * group: "the hostages", "three soldiers"), a number of them ("the four"),
 * or for a return a thing of one's ("Iraq's archives"). */
static int party(const ev_ctx *c, const kg_sentence *s, uint32_t k, int own)
{
  static const char *const who[] = { "hostage", "captive", "inmate", "convict", "detainee", "prisoner", "crew",
    "sailor", "pilot", "body", "remains", "all", "both", "each", "those", "others", NULL };
  const kg_doc *d = c->doc;
  if (kg_ev_coercible(d, s, k, own) || kg_ev_noun_sector(c, k) || d->tokens[k].upos == KG_UPOS_NUM ||
      kg_ev_lemma_in(d, k, who))
    return 1;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)    /* "Mr Martin": the name on a title */
    if (kg_tok_head(d, q) == (int32_t)k && (!strcmp(rel(d, q), "flat") || !strcmp(rel(d, q), "appos")) &&
        kg_mention_at(d, q) >= 0 && kg_ev_agentive(d, kg_mention_at(d, q)))
      return 1;
  return 0;
}

/* Whether q, a dependent of v, is what v's kind of act is done to: its
 * object, its passive subject, for a search its "for" phrase. */
static int patient(const kg_doc *d, const kg_sentence *s, uint32_t q, int32_t v, int kind, int pass)
{
  const char *r = rel(d, q);
  if (kg_tok_head(d, q) != v)
    return 0;
  if (!strcmp(r, "obj") || !strcmp(r, "iobj") || !strcmp(r, "nsubj:pass") || (!strcmp(r, "nsubj") && pass))
    return 1;
  if (kind != P_SEARCH || strcmp(r, "obl"))
    return 0;
  for (uint32_t u = s->tok; u < q; u++)
    if (kg_tok_head(d, u) == (int32_t)q && !strcmp(rel(d, u), "case") && kg_tok_is(d, u, "for"))
      return 1;
  return 0;
}

/* "launched search software", "a search engine": the noun "search" that
 * only names the kind of the verb's object is no search launched. */
static int search_kind(const kg_doc *d, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o < 0)
    return 0;
  for (uint32_t q = s->tok; q < (uint32_t)o; q++)
    if (kg_tok_head(d, q) == o && !strcmp(rel(d, q), "compound") && d->tokens[q].lemma &&
        !strcmp(d->tokens[q].lemma, "search"))
      return 1;
  return 0;
}

/* "deployed 100 monitors", "reinforce its presence", "mobilise public
 * opinion", "to deploy the technology": a plain 154 verb (mobilise or
 * increase armed forces) whose objects or passive subject name no force
 * (an unnamed verb, "Chile mobilised", is left alone). */
static int deployed_thing(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0, found = 0;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (!patient(d, s, q, (int32_t)i, P_MOBILIZE, pass))
      continue;
    if (force(c, q))
      return 0;
    found = 1;
  }
  return found;
}

/* "greeted the waiting media", "was greeted by a sell-out crowd": a
 * greeting (05) between one named and a crowd, the press or fans is a
 * courtesy, no endorsement of an actor: a greeter or greeted one that is
 * neither a named actor (or a name on a title) nor a personal pronoun. */
static int crowd_greeting(const ev_ctx *c, uint32_t i)
{
  static const char *const pron[] = { "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *r = rel(d, q);
    if (kg_tok_head(d, q) != (int32_t)i || (strncmp(r, "nsubj", 5) && strcmp(r, "obj") && strcmp(r, "obl:agent")))
      continue;
    int named = kg_mention_at(d, q) >= 0 && kg_ev_agentive(d, kg_mention_at(d, q));
    for (uint32_t u = s->tok; u < s->tok + s->ntok && !named; u++)
      named = kg_tok_head(d, u) == (int32_t)q && (!strcmp(rel(d, u), "flat") || !strcmp(rel(d, u), "appos")) &&
              kg_mention_at(d, u) >= 0 && kg_ev_agentive(d, kg_mention_at(d, u));
    if (!named && !kg_ev_lemma_in(d, q, pron) && !(d->tokens[q].upos == KG_UPOS_PRON &&
                                                   kg_ev_in_list(d->tokens[q].form, pron)))
      return 1;
  }
  return 0;
}

/* Whether nominal k names one who can assault (a party: "gunmen", "the
 * police", "he") or the means of an attack ("a bomb", "the blast", "a raid"). */
static int assailant(const ev_ctx *c, const kg_sentence *s, uint32_t k)
{
  static const char *const harm[] = { "attack", "attacker", "assailant", "bomb", "bomber", "bombing", "blast",
    "explosion", "explosive", "shelling", "shooting", "gunfire", "gunman", "fire", "grenade", "shell", "rocket",
    "mine", "raid", "strike", "airstrike", "violence", "clash", "riot", "rioter", "militant", "rebel", "insurgent",
    "police", "mob", "ambush", "assault", "drone", "missile", "weapon", "gun", "bullet", "artillery", NULL };
  return party(c, s, k, 0) || force(c, k) || kg_ev_lemma_in(c->doc, k, harm);
}

/* "went off injured", "replacing injured Xabi Alonso", "after injuring her
 * knee", "he may have injured himself", "Vickery was injured as his side
 * beat Bath": an injury with no assailant is no assault (18x).  An assault
 * names its assailant (an active subject, a "by" agent, or for a passive
 * an "in" or "by" phrase of an attack: "were injured in a bomb attack")
 * and, when active, a victim among its objects that is a party ("gunmen
 * injured three policemen"; not "injured his bicep", "injured it again"). */
static int injury_only(const ev_ctx *c, uint32_t i)
{
  static const char *const refl[] = { "himself", "herself", "themselves", "itself", "myself", "yourself",
    "ourselves", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0, by = 0, victim = 0;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != (int32_t)i)
      continue;
    const char *r = rel(d, q);
    if (!strcmp(r, "obj"))
      victim |= party(c, s, q, 0) && !kg_ev_lemma_in(d, q, refl) && !kg_ev_in_list(d->tokens[q].form, refl);
    else if (!strcmp(r, "nsubj") && !pass)
      by |= assailant(c, s, q);
    else if (!strcmp(r, "obl:agent") || (pass && !strcmp(r, "obl")))
      by |= assailant(c, s, q);
  }
  return !by || (!pass && !victim);
}

/* "Lufthansa was hit by tough competition", "her career has been hit by a
 * series of injuries", "stock markets have hit all-time highs", "the
 * biggest thing to hit New Zealand", "fought childhood illness": a plain
 * hit, strike, attack or fight (18x, 19x) whose striker is named and is
 * neither a party nor a force nor the means of an attack is no use of
 * force.  The striker is the active subject (for a relative clause or an
 * infinitive on a noun with none, that noun: "the thing to hit"), or a
 * passive's "by" agent; with none named ("was attacked on Monday",
 * "wanted to attack the UK") the act stays, and so does one with a party
 * ("gunmen attacked", "was hit by a missile"). */
static int strikerless(const ev_ctx *c, uint32_t i)
{
  static const char *const relpron[] = { "which", "that", "who", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0;
  int32_t k = -1;
  for (uint32_t q = s->tok; q < s->tok + s->ntok && k < 0; q++) {
    const char *r = rel(d, q);
    if (kg_tok_head(d, q) == (int32_t)i && (pass ? !strcmp(r, "obl:agent") : !strcmp(r, "nsubj")))
      k = (int32_t)q;
  }
  if (!pass && (k < 0 || kg_ev_in_list(d->tokens[k].form, relpron)) && !strncmp(rel(d, i), "acl", 3))
    k = kg_tok_head(d, i);                /* "the thing to hit", "a blast which hit" */
  if (k < 0 || kg_ev_in_list(d->tokens[k].form, relpron) || d->tokens[k].upos == KG_UPOS_PRON)
    return 0;                             /* (a pronoun: "it had struck militants") */
  /* the striker's noun, or a word on it or of it ("dozens of soldiers",
   * "Russian drones", "gunmen and rebels"; not a place: "markets in
   * Indonesia", nor what follows a trend: "competition following the war") */
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *r = rel(d, q);
    int on = q == (uint32_t)k;
    if (!on && kg_tok_head(d, q) == k && strcmp(r, "nmod"))
      on = !strcmp(r, "amod") || !strcmp(r, "compound") || !strcmp(r, "conj") || !strcmp(r, "flat") ||
           !strcmp(r, "appos") || !strcmp(r, "nmod:poss");
    else if (!on && kg_tok_head(d, q) == k)
      on = kg_ev_child_with(d, q, "case", 0) >= 0 && kg_tok_is(d, (uint32_t)kg_ev_child_with(d, q, "case", 0), "of");
    if (on && (assailant(c, s, q) || (kg_mention_at(d, q) >= 0 && kg_ev_agentive(d, kg_mention_at(d, q)))))
      return 0;
  }
  return 1;
}

/* "had withdrawn their bids to buy dollars", "has withdrawn dollars 1bn
 * in assets from the US", "has pulled out of a major contract", "was forced
 * to pull out of a bidding war": a plain retreat (0874: "withdraw", "pull
 * out", "retreat") of what is no force, party or place is a market's or a
 * firm's move, no military retreat: an object that is neither a force nor
 * a party, or with none a "from" or "of" phrase naming a commercial thing.
 * "withdrew its troops", "withdrew from Gaza" and a retreat with nothing
 * named stay. */
static int retreat_of_things(const ev_ctx *c, uint32_t i)
{
  static const char *const deals[] = { "contract", "deal", "bid", "bidding", "takeover", "merger", "tender",
    "auction", "sponsorship", "stake", "investment", "market", "project", "venture", "race", "offer", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0, thing = 0;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != (int32_t)i)
      continue;
    const char *r = rel(d, q);
    if (patient(d, s, q, (int32_t)i, P_RETREAT, pass)) {
      if (party(c, s, q, 0) || force(c, q) || kg_mention_at(d, q) >= 0 || d->tokens[q].upos == KG_UPOS_PRON)
        return 0;
      thing = 1;
    } else if (!strcmp(r, "obl") && kg_ev_lemma_in(d, q, deals) && kg_mention_at(d, q) < 0) {
      int32_t cs = kg_ev_child_with(d, q, "case", 0);
      thing |= cs >= 0 && (kg_tok_is(d, (uint32_t)cs, "of") || kg_tok_is(d, (uint32_t)cs, "from"));
    }
  }
  return thing;
}

/* "urged the judges to overturn the ruling", "the tribunal has overturned
 * the bans", "the courts have never overturned a White Paper": CAMEO.2.0
 * codes overturning a decision as refusing to yield (124) and overturning
 * as damage to property (171); a ruling, decision, ban or law overturned
 * (by a court, or sought by an appellant) is neither.  Cars, vehicles and
 * things that can be tipped over stay 171 ("protesters overturned cars"). */
static int overturned_decision(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  static const char *const decision[] = { "ruling", "decision", "verdict", "judgment", "judgement", "ban", "law",
    "paper", "bill", "majority", "result", "order", "policy", "finding", "rule", "act", "legislation", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (!strcmp(p->code, "124"))
    return 1;
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
    if (patient(d, s, q, (int32_t)i, P_OVERTURN, pass) && kg_ev_lemma_in(d, q, decision))
      return 1;
  return 0;
}

/* "US actor Ossie Davis has been found dead", "he was found dead at his
 * home", "police found her dead": CAMEO's "find VERB object=dead" (190)
 * tells killings where bodies are found; one person found dead (a person
 * actor or a personal pronoun, the passive subject or the object) is a
 * death reported, no use of force by anyone.  "The bodies of 20 men were
 * found dead" stays. */
static int found_dead_one(const ev_ctx *c, uint32_t i)
{
  static const char *const one[] = { "he", "she", "him", "her", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != (int32_t)i || strcmp(rel(d, q), pass ? "nsubj:pass" : "obj"))
      continue;
    int32_t m = kg_mention_at(d, q);
    char b[8];
    return (m >= 0 && kg_ev_atype(d, m) == KG_ACT_PERSON) ||
           (d->tokens[q].upos == KG_UPOS_PRON && kg_ev_in_list(kg_ev_lowp(d, q, b, sizeof b), one));
  }
  return 0;
}

/* "the possibility that he may return": "that" taken for the object of a
 * relative clause's verb v whose noun names no party. */
static int relative_that(const ev_ctx *c, const kg_sentence *s, uint32_t q, int32_t v)
{
  const kg_doc *d = c->doc;
  int32_t h = kg_tok_head(d, (uint32_t)v);
  return kg_tok_is(d, q, "that") && !strcmp(rel(d, (uint32_t)v), "acl:relcl") && h >= 0 &&
         !party(c, s, (uint32_t)h, 0);
}

int kg_ev_partyless(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  static const char *const releases[] = { "release", "free", NULL };
  static const char *const returns[] = { "return", NULL };
  static const char *const searches[] = { "search", NULL };
  static const char *const mobilizes[] = { "deploy", "reinforce", "mobilise", "mobilize", NULL };
  static const char *const greets[] = { "greet", NULL };
  static const char *const injures[] = { "injure", NULL };
  static const char *const overturns[] = { "overturn", NULL };
  static const char *const strikes[] = { "hit", "strike", "attack", "fight", NULL };
  static const char *const unowned[] = { "profit", "loss", "cash", "money", "dividend", "capital", "value",
    "attention", "serve", "ball", "shot", "verdict", "call", "favour", "favor", "fire", "compliment", "result",
    "figure", "yield", "gain", "time", "season", "year", "month", "week", "day", "form", NULL };
  const kg_doc *d = c->doc;
  if (!p->code || kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  if (kg_ev_lemma_in(d, i, overturns) && (!strcmp(p->code, "124") || !strcmp(p->code, "171")))
    return overturned_decision(c, i, p);
  if (p->object && !strcmp(p->object, "search") && !strncmp(p->code, "09", 2))
    return search_kind(d, i);
  static const char *const retreats[] = { "withdraw", "pull", "retreat", NULL };
  if (!strcmp(p->code, "0874") && !p->object && kg_ev_lemma_in(d, i, retreats))
    return retreat_of_things(c, i);
  static const char *const finds[] = { "find", NULL };
  if (p->object && !strcmp(p->object, "dead") && kg_ev_lemma_in(d, i, finds) &&
      (!strncmp(p->code, "18", 2) || !strncmp(p->code, "19", 2)))
    return found_dead_one(c, i);
  if (p->object || p->particle || p->prep)
    return 0;
  int kind = !strcmp(p->code, "0841") && kg_ev_lemma_in(d, i, releases) ? P_RELEASE
             : !strcmp(p->code, "084") && kg_ev_lemma_in(d, i, returns) ? P_RETURN
             : !strcmp(p->code, "090") && kg_ev_lemma_in(d, i, searches) ? P_SEARCH
             : !strcmp(p->code, "154") && kg_ev_lemma_in(d, i, mobilizes) ? P_MOBILIZE
             : !strncmp(p->code, "05", 2) && kg_ev_lemma_in(d, i, greets) ? P_GREET
             : !strncmp(p->code, "18", 2) && kg_ev_lemma_in(d, i, injures) ? P_INJURE
             : (!strncmp(p->code, "18", 2) || !strncmp(p->code, "19", 2)) && kg_ev_lemma_in(d, i, strikes) ? P_FORCE
                                                                                                    : P_NONE;
  if (kind == P_NONE)
    return 0;
  if (kind == P_GREET)
    return crowd_greeting(c, i);
  if (kind == P_MOBILIZE)
    return deployed_thing(c, i);
  if (kind == P_INJURE)
    return injury_only(c, i);
  if (kind == P_FORCE)
    return strikerless(c, i);
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int own = kind == P_RETURN, pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0, found = 0;
  /* the verb's own dependents, then a passive conjunct's shared subject
   * ("was charged and released") */
  for (int round = 0; round < 2; round++) {
    int32_t v = round == 0 ? (int32_t)i : kg_ev_passive_conj_head(d, i);
    if (v < 0)
      break;
    for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
      if (!patient(d, s, q, v, kind, round == 0 ? pass : 1))
        continue;
      if (party(c, s, q, own))
        return 0;
      /* what is returned may be property ("returned the ship"), but not
       * money, a market's figures or a ball ("returned a profit",
       * "return cash to shareholders", "returned her serve") */
      found |= kind != P_RETURN || kg_ev_lemma_in(d, q, unowned) || relative_that(c, s, q, v) ? 1 : 2;
    }
  }
  if (found)
    return found == 1;
  /* "the four men freed last week", "a film released in March": a
   * participle's noun */
  int32_t pn = kg_ev_participle_noun(d, i);
  if (pn >= 0)
    return !party(c, s, (uint32_t)pn, own);
  /* nothing in the tree: a name close after it (a torn tree) */
  return !kg_ev_name_close_after(d, s, i);
}
