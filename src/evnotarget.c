/* evnotarget.c — when a named side is no target of an event.
 *
 * Owns: a fight between sides (kgd:mutualViolence: "clash", "fighting",
 * "battle") has a venue, not a place it strikes (kg_ev_mutual_violence);
 * an object owned through a possessive pronoun ("recalled their
 * ambassadors") is the agents' own people, no unnamed group the act is done
 * to (kg_ev_object_group); violence between unnamed groups ("soldiers
 * killed 12 civilians in the town of Gao") strikes no place
 * (kg_ev_group_sides); a person's own state, told by a pronoun
 * ("calling it a success", "opposed extending it": the thing, which
 * coreference took for the state), is no target of his act
 * (kg_ev_own_state_target); a demonym before a common noun and a name
 * ("French carmaker Renault", "Japanese rival Nissan Motor") is the named
 * firm's or person's description, not the side (kg_ev_demonym_head); a
 * passive whose subject is told, or an act noun a possessive pronoun
 * owns, takes no discourse state as its target (kg_ev_patient_told); an
 * act noun with no argument in its sentence takes the most salient state
 * as its target only when an earlier event had that state as its target
 * ("the sanctions" told again) or as the agent of a hostile act the noun
 * answers, not the state a story is merely set in ("no complaints about
 * the scoreline", "the detention of twelve suspects":
 * kg_ev_salient_target_told); a state named only as the modifier of a
 * thing and the doer's own ("Bush promised to halve the US's budget
 * deficit", "outlined the UK position") is no target of a statement,
 * appeal, intent, consultation or material cooperation, nor a state that
 * only tells where a thing someone else owns is from ("the band's US
 * tour", "its German tour") of any act but coercion or force, nor the
 * standard of a comparison ("outstrip that of the US", "faster than Peru")
 * (kg_ev_drop_state_modifiers), nor a state that only tells a unit's
 * currency or standard ("65 Canadian cents", kgd:unitNoun).  And the side a rejected charge came from:
 * "Russia accused Oslo of ... Norway rejected the charge" (Norway's
 * rejection is aimed at Russia: kg_ev_accuser).
 * Does not own: finding targets (evargs.c, evsubtree.c, events.c), unnamed
 * groups (evgroups.c), a person's side (kg_ev_own_side, evclause.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"

int kg_ev_mutual_violence(const ev_ctx *c, const kg_trigger *p)
{
  return p && p->lemma && (kg_dict_lex(c->dict, p->lemma) & KG_LEX_MUTUAL) != 0;
}

int kg_ev_group_sides(const ev_ctx *c, const kg_trigger *p, const ev_args *a)
{
  return kg_ev_mutual_violence(c, p) || (a->agent_noun >= 0 && a->target_noun >= 0);
}

int32_t kg_ev_object_group(const ev_ctx *c, uint32_t i, int root, int *sec)
{
  const kg_doc *d = c->doc;
  int32_t g = kg_ev_unnamed_group(c, i, 0, 0, sec);
  if (g < 0 && root >= 17)                /* "arrested a man in Kharkiv" */
    g = kg_ev_person_object(c, i, 0, sec);
  int32_t ps = g >= 0 ? kg_ev_child_with(d, (uint32_t)g, "nmod:poss", 0) : -1;
  if (ps >= 0 && d->tokens[ps].upos == KG_UPOS_PRON &&
      (kg_tok_is(d, (uint32_t)ps, "their") || kg_tok_is(d, (uint32_t)ps, "its") ||
       kg_tok_is(d, (uint32_t)ps, "his") || kg_tok_is(d, (uint32_t)ps, "her") || kg_tok_is(d, (uint32_t)ps, "our")))
    return -1;                            /* "recalled their ambassadors from Geneva" */
  return g;
}

int kg_ev_own_state_target(const ev_ctx *c, int32_t ag, int32_t tg, int32_t tgm)
{
  const kg_doc *d = c->doc;
  if (ag < 0 || tg < 0 || tgm < 0 || d->mentions[tgm].group >= 0)
    return 0;
  /* (not a description: "the government" an opposition leader attacks is his own state's, rightly) */
  if (d->mentions[tgm].kind != KG_MEN_PRONOUN)
    return 0;
  return d->actors[ag].type == KG_ACT_PERSON && d->actors[tg].type == KG_ACT_COUNTRY && kg_ev_own_side(c, ag, tg);
}

int32_t kg_ev_demonym_head(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  if (m < 0 || d->mentions[m].kind != KG_MEN_DEMONYM || kg_ev_atype(d, m) != KG_ACT_COUNTRY)
    return m;
  const kg_sentence *s = &d->sents[d->mentions[m].sent];
  uint32_t end = s->tok + s->ntok, i = d->mentions[m].tok + d->mentions[m].ntok, n = 0;
  /* one to three lower-case nouns ("carmaker", "energy giant"), then the name */
  while (i < end && n < 3 && kg_mention_at(d, i) < 0 && d->tokens[i].upos == KG_UPOS_NOUN &&
         !kg_tok_is_cap(&d->tokens[i]))
    i++, n++;
  int32_t p = n > 0 && i < end ? kg_mention_at(d, i) : -1;
  if (p < 0 || d->mentions[p].tok != i || d->mentions[p].kind != KG_MEN_NAME ||
      (kg_ev_atype(d, p) != KG_ACT_ORG && kg_ev_atype(d, p) != KG_ACT_PERSON))
    return m;
  return p;
}

/* "Several suspects have been detained", "the firm had been fined", "my only
 * complaint", "our assets were seized": a passive trigger i whose subject
 * the sentence gives (a noun, name or pronoun, named or not), or an act
 * noun owned by a possessive pronoun, has its patient or owner told; the
 * discourse fallback (events.c: the most salient state as the target of a
 * hostile act with no argument) does not replace it.  ("led to stringent
 * sanctions", "the cyber-attacks of the past decade": no such word.) */
int kg_ev_patient_told(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  if (d->tokens[i].upos == KG_UPOS_NOUN) {
    int32_t ps = kg_ev_child_with(d, i, "nmod:poss", 0);
    return ps >= 0 && d->tokens[ps].upos == KG_UPOS_PRON;
  }
  int32_t sj = kg_ev_child_with(d, i, "nsubj", 1);
  return sj >= 0 && (d->tokens[sj].upos == KG_UPOS_NOUN || d->tokens[sj].upos == KG_UPOS_PROPN ||
                     d->tokens[sj].upos == KG_UPOS_PRON);
}

/* An act noun i of CAMEO root `root` ("the sanctions", "the condemnation")
 * with no argument of its own refers back to what the story told: the
 * salient state sal is its target only if an event of the twelve sentences
 * before (or of this sentence before i) had sal as its target ("Chile
 * imposed sanctions on Peru. ... the sanctions"), or as the agent of a
 * hostile or forceful act of another root, 13 to 20, which the noun
 * answers ("North Korea tested missiles. The tests drew condemnation");
 * not the state a story is merely set in. */
int kg_ev_salient_target_told(const ev_ctx *c, uint32_t i, int root, int32_t sal)
{
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  for (size_t q = d->nevents; q-- > 0;) {
    const kg_event *e = &d->events[q];
    if (e->sent > si || e->sent + 12 < si || (e->sent == si && e->trigger >= i))
      continue;
    int er = kg_cameo_root(e->cameo);
    if (e->target == sal || (e->agent == sal && er >= 13 && er <= 20 && er != root))
      return 1;
  }
  return 0;
}

int32_t kg_ev_accuser(const ev_ctx *c, uint32_t i, const char *code, const ev_args *a)
{
  const kg_doc *d = c->doc;
  int root = kg_cameo_root(code);
  if ((root != 12 && strcmp(code, "016")) || a->nag == 0 || d->tokens[i].upos != KG_UPOS_VERB)
    return -1;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  int32_t det = o >= 0 ? kg_ev_child_with(d, (uint32_t)o, "det", 0) : -1;
  if (det < 0 || !kg_act_in_list(d->tokens[o].lemma, (const char *const[]){ "charge", "accusation",
                                   "allegation", "claim", NULL }) ||
      !(kg_tok_is(d, (uint32_t)det, "the") || kg_tok_is(d, (uint32_t)det, "these") ||
        kg_tok_is(d, (uint32_t)det, "those") || kg_tok_is(d, (uint32_t)det, "such")))
    return -1;                            /* ("rejected a claim for damages": not told before) */
  int32_t me = d->mentions[a->agents[0]].actor;
  uint32_t si = d->tokens[i].sent;
  for (size_t e = d->nevents; e-- > 0;) {
    const kg_event *ev = &d->events[e];
    if (ev->sent >= si)
      continue;
    if (ev->sent + 5 < si)
      break;
    if (kg_cameo_root(ev->cameo) != 11 || ev->target != me || ev->agent < 0 || ev->agent == me)
      continue;
    for (size_t q = d->nmentions; q-- > 0;)
      if (d->mentions[q].actor == ev->agent && d->mentions[q].sent < si)
        return (int32_t)q;
    return -1;
  }
  return -1;
}

/* The common noun state mention m, in trigger i's sentence, modifies as a
 * compound, adjective or possessive (not trigger i, not in a name, no place
 * noun) when that noun names no body or people of the state (not a
 * description or sector noun, not "people", "public", "citizens", not an
 * ally); -1 otherwise.  *rel is the mention's relation to it. */
static int32_t modified_thing(const ev_ctx *c, uint32_t i, int32_t m, const char **rel)
{
  static const char *const people[] = { "people", "public", "population", "national", "citizen", "electorate",
    NULL };
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  if (mm->sent != d->tokens[i].sent || mm->group >= 0 || kg_ev_atype(d, m) != KG_ACT_COUNTRY ||
      (mm->kind != KG_MEN_NAME && mm->kind != KG_MEN_DEMONYM))
    return -1;
  uint32_t k = mm->tok + mm->ntok - 1;     /* the word hung outside the mention ("Peru" of "Peru 's") */
  for (uint32_t q = mm->tok; q < mm->tok + mm->ntok; q++)
    if (kg_tok_head(d, q) < (int32_t)mm->tok || kg_tok_head(d, q) >= (int32_t)(mm->tok + mm->ntok)) {
      k = q;
      break;
    }
  int32_t h = kg_tok_head(d, k);
  *rel = d->tokens[k].deprel;
  if (h < 0 || (uint32_t)h == i || (uint32_t)h < mm->tok + mm->ntok || !*rel ||
      (strcmp(*rel, "compound") && strcmp(*rel, "amod") && strcmp(*rel, "nmod:poss")))
    return -1;
  const kg_token *t = &d->tokens[h];
  if (t->upos != KG_UPOS_NOUN || kg_mention_at(d, (uint32_t)h) >= 0 || !t->lemma ||
      (kg_ev_lemma_lex(c, (uint32_t)h) & KG_LEX_PLACE_NOUN))
    return -1;
  char b[32];
  kg_ev_low(d, (uint32_t)h, b, sizeof b);
  if (kg_ev_in_list(t->lemma, people) || kg_dict_description(c->dict, t->lemma) ||
      kg_dict_description(c->dict, b) || kg_dict_sector_noun(c->dict, t->lemma) ||
      kg_dict_sector_noun(c->dict, b) || (kg_dict_lex(c->dict, t->lemma) & KG_LEX_RELATIONAL))
    return -1;
  return h;
}

/* Is state mention m only the modifier of a thing and the doer's own
 * state ("Bush promised to halve the US's budget deficit", "the minister
 * outlined the UK position"; not "the Indian government", "Chinese firms",
 * "the British people")?  A foreign state so named often is the act's side
 * ("support India's bid", "a ban on Polish fruit", "agreed with the Russian
 * side") and stays. */
static int state_modifies_thing(const ev_ctx *c, uint32_t i, int32_t agent, int32_t m)
{
  const char *rel;
  return agent >= 0 && modified_thing(c, i, m, &rel) >= 0 &&
         kg_ev_own_side(c, agent, c->doc->mentions[m].actor);
}

/* Is state mention m, a compound or adjective, only the origin or kind of
 * a thing someone else owns, one with a possessor of its own ("the
 * singer's Chilean tour", "the band cancelled its US tour")?  Whoever's
 * state it is, it is no side of the act (not of coercion or force, roots
 * 17-20: "seized the firm's two Chilean ships" is done to Chile), unless the
 * sentence names the state otherwise too ("cancelled its Chilean tour at
 * Chile's request").  A number alone does not make a thing ("praised two
 * Peruvian pilots" is praise of Peru's people; "65 Canadian cents" would
 * need a word list of units). */
static int owned_kind(const ev_ctx *c, uint32_t i, int32_t m)
{
  const char *rel;
  int32_t h = modified_thing(c, i, m, &rel);
  if (h < 0 || !strcmp(rel, "nmod:poss"))
    return 0;
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  int32_t ps = kg_ev_child_with(d, (uint32_t)h, "nmod:poss", 0);
  if (ps < 0 || (ps >= (int32_t)mm->tok && ps < (int32_t)(mm->tok + mm->ntok)))
    return 0;
  /* not one who serves the state: "his Lao counterpart", "her Chilean
   * foreign minister", "the club's French coach" */
  const kg_title *ti;
  for (uint32_t q = mm->tok + mm->ntok; q <= (uint32_t)h; q++) {
    uint32_t tn = kg_dict_match_title(c->dict, d, q, &ti);
    if (tn > 0 && q + tn - 1 == (uint32_t)h)
      return 0;
  }
  return !kg_tok_is(d, (uint32_t)h, "counterpart") && !kg_tok_is(d, (uint32_t)h, "counterparts") &&
         !(kg_ev_lemma_lex(c, (uint32_t)h) & (KG_LEX_TEAM_ROLE | KG_LEX_MALE | KG_LEX_FEMALE | KG_LEX_GROUP_HEAD));
}

/* ... and is every mention of that state in the sentence so (the act not
 * one of coercion or force)? */
static int state_kind_of_owned(const ev_ctx *c, uint32_t i, int32_t m, int root)
{
  if ((root >= 17 && root <= 20) || !owned_kind(c, i, m))
    return 0;
  const kg_doc *d = c->doc;
  for (size_t q = 0; q < d->nmentions; q++)
    if ((int32_t)q != m && d->mentions[q].sent == d->mentions[m].sent && d->mentions[q].actor == d->mentions[m].actor &&
        !owned_kind(c, i, (int32_t)q))
      return 0;
  return 1;
}

/* Is mention m the standard of a comparison: right after "than" ("grow
 * faster than Peru", "more than the US") or "that of" / "those of" ("would
 * outstrip that of the US")?  It is no side of an act (but of violence,
 * roots 18-20: "shelled Peru more heavily than Chile" struck both). */
static int compared_actor(const ev_ctx *c, int32_t m, int root)
{
  const kg_doc *d = c->doc;
  uint32_t t = d->mentions[m].tok, first = d->sents[d->mentions[m].sent].tok;
  if ((root >= 18 && root <= 20) || t <= first)
    return 0;
  if (t > first + 1 && kg_tok_is(d, t - 1, "the"))
    t--;
  if (kg_tok_is(d, t - 1, "than"))
    return 1;
  return t > first + 1 && kg_tok_is(d, t - 1, "of") &&
         (kg_tok_is(d, t - 2, "that") || kg_tok_is(d, t - 2, "those")) && d->tokens[t - 2].upos != KG_UPOS_SCONJ;
}

/* Is state mention m only the compound or adjective of a unit of money or
 * measure (kgd:unitNoun: "65 Canadian cents", "350 million Australian
 * dollars", "a price of 40 US dollars a barrel"), every mention of that state
 * in the sentence so?  A currency or a standard is no side of any act
 * ("offered 65 Canadian cents a share for the firm"); "sold Canadian
 * timber", "paid Canada 65 cents" stay. */
static int unit_only(const ev_ctx *c, uint32_t i, int32_t m)
{
  const kg_doc *d = c->doc;
  const char *rel;
  for (size_t q = 0; q < d->nmentions; q++)
    if (d->mentions[q].sent == d->mentions[m].sent && d->mentions[q].actor == d->mentions[m].actor) {
      int32_t h = modified_thing(c, i, (int32_t)q, &rel);
      if (h < 0 || !strcmp(rel, "nmod:poss") || !(kg_dict_lex2(c->dict, d->tokens[h].lemma) & KG_LEX2_UNIT))
        return 0;
    }
  return 1;
}

/* A statement, appeal, intent, consultation or material cooperation
 * (roots 01-04, 06) of trigger i is not aimed at the doer's own state its
 * sentence names only as a thing's modifier, and no act but one of
 * coercion or force at a state that only tells where a thing someone else
 * owns is from, and no act but violence at the standard of a comparison:
 * such targets are dropped from a (not the pair "both sides" stands for). */
void kg_ev_drop_state_modifiers(const ev_ctx *c, uint32_t i, int root, ev_args *a)
{
  if (a->plural_tg || !kg_sent_has_tree(c->doc, c->doc->tokens[i].sent))
    return;
  int own = root >= 1 && root <= 6 && root != 5 && a->nag > 0;
  size_t n = 0;
  int32_t ag = a->nag > 0 ? c->doc->mentions[a->agents[0]].actor : -1;
  for (size_t q = 0; q < a->ntg; q++)
    if (!(own && state_modifies_thing(c, i, ag, a->targets[q])) && !state_kind_of_owned(c, i, a->targets[q], root) &&
        !compared_actor(c, a->targets[q], root) && !unit_only(c, i, a->targets[q]))
      a->targets[n++] = a->targets[q];
  a->ntg = n;
}
