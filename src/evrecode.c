/* evrecode.c — the trigger a sense of a matched pattern calls for, and
 * incident words that tell of violence with no actor named.
 *
 * Owns: kg_ev_recode (called by events.c on each matched trigger before
 * the sense filters): "agree" with a view or with a clause of what is so,
 * or a person agreeing with nothing named, is accord (019), no intent to
 * cooperate (03); "attacked Labour's pledges" (a thing said or planned,
 * nothing violent around, no two states at war) is criticism (111); calls
 * "for" something or "to" act are appeals (020), not telephone calls (041);
 * persons seized are abducted (181, not 171); a state's or a military
 * alliance's bombing is its forces' attack (195, not 183); a state that
 * protests lodges an official complaint (114, not 140); a visitor greeted
 * is a visit hosted (043, not 051).  kg_ev_incident:
 * an incident word ("explosion", "the attack") that tells of violence where
 * no actor is named, unless used figuratively ("an explosion of quangos").
 * Not under an exclusive codebook (its patterns and codes replace ours).
 * Does not own: the senses that are no act at all (evfilter.c, which also
 * keeps the violence words and the object of a verb used here), patterns
 * (dict.c), matching (evmatch.c), emitting (events.c). */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evwarn.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* The preposition (case child) of nominal k, or "". */
static const char *case_of(const kg_doc *d, uint32_t k)
{
  int32_t c = kg_ev_child_with(d, k, "case", 1);
  return c >= 0 ? d->tokens[c].form : "";
}

/* "Mr Telford agreed, but added ...", "Mr Wallace agreed and said", "he
 * said he agreed": a person who agrees with nothing named (no object, clause,
 * infinitive or phrase) concurs with what was just said (019); "Turkey
 * agreed", "the two sides agreed" (a state, a body, plural or coordinated
 * subjects) may accept a proposal and stay. */
static int agreed_bare(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const pron[] = { "he", "she", "i", NULL };
  int32_t subj = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    const char *r = rel(d, k);
    if (!strcmp(r, "obj") || !strcmp(r, "iobj") || !strcmp(r, "xcomp") || !strcmp(r, "ccomp") ||
        !strncmp(r, "obl", 3) || !strcmp(r, "nsubj:pass") ||
        (!strcmp(r, "advcl") && kg_ev_child_with(d, k, "mark", 1) >= 0))
      return 0;
    if (!strcmp(r, "nsubj"))
      subj = (int32_t)k;
  }
  if (subj < 0 || kg_ev_child_with(d, (uint32_t)subj, "conj", 1) >= 0)
    return 0;
  if (d->tokens[subj].upos == KG_UPOS_PRON) {
    char w[8];
    kg_ev_low(d, (uint32_t)subj, w, sizeof w);
    return kg_ev_in_list(w, pron);
  }
  /* the name itself, its parts ("Mr" + flat "Telford") or its apposition
   * ("his wife Sharon") */
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (k == (uint32_t)subj || (kg_tok_head(d, k) == subj && (!strcmp(rel(d, k), "flat") ||
                                                            !strcmp(rel(d, k), "appos")))) {
      int32_t m = kg_mention_at(d, k);
      if (m >= 0 && kg_ev_atype(d, m) == KG_ACT_PERSON)
        return 1;
    }
  return 0;
}

/* "agreed the act was discriminatory", "agreed with the NAO's assessment",
 * "did not agree with politicians": accord with a view (019), no intent
 * to cooperate; "agreed to pay", "agreed a deal", "agreed that talks would
 * resume", "agreed with Iran on a plan" are. */
static int agreed_view(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const view[] = { "assessment", "view", "everything", "word", "analysis", "verdict",
    "conclusion", "criticism", "comment", "finding", "assertion", "claim", "sentiment", "remark",
    "point", "argument", "statement", "opinion", "idea", "thrust", "diagnosis", "premise", "much",
    "this", "that", "what", "judgment", "judgement", NULL };
  static const char *const modal[] = { "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", NULL };
  int32_t with = -1, cc = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    const char *r = rel(d, k);
    if (!strcmp(r, "obj") || !strcmp(r, "xcomp") || !strcmp(r, "nsubj:pass"))
      return 0;
    if (!strncmp(r, "obl", 3) && (!strcmp(case_of(d, k), "on") || !strcmp(case_of(d, k), "to")))
      return 0;                           /* "agreed on a plan", "agreed to the demands" */
    int32_t mk = !strcmp(r, "advcl") ? kg_ev_child_with(d, k, "mark", 1) : -1;
    if (mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to"))
      return 0;                           /* "agreed with X to push forward" */
    if (!strncmp(r, "obl", 3) && !strcmp(case_of(d, k), "with"))
      with = (int32_t)k;
    if (!strcmp(r, "ccomp"))
      cc = (int32_t)k;
  }
  if (cc >= 0) {
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
      if (kg_tok_head(d, k) == cc && (kg_ev_lemma_in(d, k, modal) || kg_tok_is(d, k, "to") ||
                                      kg_tok_is(d, k, "be")))
        return 0;                         /* "agreed that talks would resume / be postponed" */
    return 1;
  }
  return with >= 0 && (kg_ev_lemma_in(d, (uint32_t)with, view) || kg_ev_names_persons(d, (uint32_t)with));
}

/* An incident word used figuratively: no other sign of violence in the
 * sentence, and none in the two before it either, or a noun with "of" /
 * "in" a thing that is no place ("an explosion of casinos"), or a verb
 * with an object or in the passive. */
static int figurative_incident(const ev_ctx *c, uint32_t i, int pos)
{
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  const kg_sentence *s = &d->sents[si];
  if (!kg_sent_has_tree(d, si))
    return 0;
  char w[32], prev[32] = "";
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {   /* other signs of violence */
    kg_ev_low(d, k, w, sizeof w);
    if (k != i && kg_ev_violence_word(w, prev))
      return 0;
    strcpy(prev, w);
  }
  /* none in the two sentences before either: "broadband has exploded",
   * "it was an absolute blast", "a cold blast" */
  int near = 0;                           /* (an incident word there is no sign: */
  for (uint32_t q = si >= 2 ? si - 2 : 0; q < si && !near; q++) {   /* "sales exploded") */
    const kg_sentence *ps = &d->sents[q];
    prev[0] = '\0';
    for (uint32_t k = ps->tok; k < ps->tok + ps->ntok && !near; k++) {
      kg_ev_low(d, k, w, sizeof w);
      if ((near = kg_ev_violence_word(w, prev)) != 0) {
        char cand[MAXC][CLEN];
        size_t nc = kg_ev_lemma_cands(d, k, cand);
        for (size_t x = 0; x < nc && near; x++)
          near = !(kg_dict_lex(c->dict, cand[x]) & KG_LEX_INCIDENT);
      }
      strcpy(prev, w);
    }
  }
  if (!near)
    return 1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    const char *r = rel(d, k);
    if (pos == KG_UPOS_VERB && (!strcmp(r, "obj") || !strcmp(r, "nsubj:pass") || !strcmp(r, "aux:pass")))
      return 1;                           /* "exploded the myth", "needs to be exploded" */
    if (pos != KG_UPOS_NOUN || strncmp(r, "nmod", 4) ||
        (d->tokens[k].upos != KG_UPOS_NOUN && d->tokens[k].upos != KG_UPOS_PRON) ||
        kg_mention_at(d, k) >= 0)
      continue;
    /* "an explosion of casinos", "an explosion of them"; not "in the city centre" */
    int of_in = 0;
    for (uint32_t q = s->tok; q < k; q++)
      if (kg_tok_head(d, q) == (int32_t)k && !strcmp(rel(d, q), "case"))
        of_in = kg_tok_is(d, q, "of") || kg_tok_is(d, q, "in");
    kg_ev_low(d, k, w, sizeof w);
    if (of_in && !(kg_dict_lex(c->dict, w) & (KG_LEX_PLACE_NOUN | KG_LEX_BUILDING | KG_LEX_SITE)))
      return 1;
  }
  return 0;
}

int kg_ev_incident(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  int root = kg_cameo_root(p->code);
  if (root < 18 || root > 20 || kg_dict_exclusive(c->dict) || !p->lemma)
    return 0;
  int lex = kg_dict_lex(c->dict, p->lemma);
  if (lex & KG_LEX_INCIDENT)
    return !figurative_incident(c, i, pos);
  if (!(lex & KG_LEX_INCIDENT_DEF) || pos != KG_UPOS_NOUN || !kg_sent_has_tree(c->doc, c->doc->tokens[i].sent))
    return 0;
  /* "the attack", "these attacks", "Saturday's attack", "their attacks" */
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  static const char *const def[] = { "the", "this", "that", "these", "those", NULL };
  for (uint32_t k = s->tok; k < i; k++)
    if (kg_tok_head(d, k) == (int32_t)i &&
        ((!strcmp(rel(d, k), "det") && kg_ev_lemma_in(d, k, def)) || !strcmp(rel(d, k), "nmod:poss")))
      return 1;
  return 0;
}

/* Accord with a view: "agree" with a clause of what is so or with a view
 * (agreed_view) expresses accord (019), no intent to cooperate; coordinated
 * subjects agree with each other, the participants. */
static const kg_trigger accord_agree = { "agree", KG_UPOS_VERB, NULL, "with", NULL, NULL, "019", NULL, NULL,
                                         NULL, 0, 0, 0, 1, 0, 0, 0, 0, 0 };   /* (compound: "X and Y agreed") */

/* Words attacked in words: a side's pledges, plans, record or remarks. */
static int criticisable(const kg_doc *d, uint32_t k)
{
  static const char *const w[] = { "pledge", "plan", "proposal", "policy", "record", "remark", "comment",
    "decision", "idea", "budget", "handling", "failure", "approach", "stance", "move", "claim", "bill",
    "law", "scheme", "strategy", "manifesto", "reform", "speech", "statement", "report", "view", "spending",
    "promise", "tax", "measure", "rule", "regulation", "law", "ruling", "verdict", "performance",
    "leadership", "attitude", "behaviour", "behavior", "conduct", "government", "party", "opposition",
    "critic", "media", "press", NULL };
  return kg_ev_lemma_in(d, k, w);
}

/* "attacked Labour's pledges as vacuous", "attacked the plans": an attack
 * in words, criticism (111), where nothing in the sentence is violent. */
static const kg_trigger verbal_attack = { "attack", KG_UPOS_VERB, NULL, "over", NULL, NULL, "111", NULL, NULL,
                                          NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

/* "joined calls for a probe", "calls to publish the advice": calls made
 * are appeals (020), not telephone calls (041). */
static const kg_trigger calls_for = { "call", KG_UPOS_NOUN, NULL, "for", NULL, NULL, "020", NULL, NULL,
                                      NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

int kg_ev_recoded_call(const kg_trigger *p)
{
  return p == &calls_for;
}

/* "Israel's bombing of Gaza", "the Russian bombing of Aleppo", "the bombing
 * of X by the US", "NATO's bombing of X": a bombing by a state or a military
 * alliance (a possessor, a demonym or a name on
 * the noun, or "by" one) is its forces' air or artillery attack (195), not a
 * non-military bombing (183, "a bombing in Kabul"; "the Madrid rail bombing":
 * a capital names where). */
static const kg_trigger state_bombing = { "bombing", KG_UPOS_NOUN, NULL, NULL, NULL, NULL, "195", NULL, NULL,
                                          NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
/* A military alliance among the organisations: its label names a treaty
 * organisation, an alliance or a pact ("North Atlantic Treaty
 * Organisation", "Collective Security Treaty Organization"). */
static int alliance_actor(const kg_doc *d, int32_t a)
{
  const char *l = d->actors[a].label;
  return d->actors[a].type == KG_ACT_ORG && l &&
         (strstr(l, "Treaty Organi") || strstr(l, "Alliance") || strstr(l, " Pact") ||
          strstr(l, "Collective Security"));
}

static int bombing_by_state(const kg_doc *d, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = rel(d, k);
    int32_t cs = !strcmp(r, "nmod") ? kg_ev_child_with(d, k, "case", 0) : -1;
    int32_t m = kg_tok_head(d, k) == (int32_t)i && (!strcmp(r, "nmod:poss") || !strcmp(r, "compound") ||
                !strcmp(r, "amod") || (cs >= 0 && kg_tok_is(d, (uint32_t)cs, "by"))) ? kg_mention_at(d, k) : -1;
    if (m >= 0 && d->mentions[m].actor >= 0 && !d->mentions[m].as_place &&
        d->mentions[m].kind != KG_MEN_METONYM && (d->actors[d->mentions[m].actor].type == KG_ACT_COUNTRY ||
                                                  alliance_actor(d, d->mentions[m].actor)))
      return 1;
  }
  return 0;
}

/* "Ottawa has protested", "India protested against the attacks": a state that protested (its name, or its capital
 * standing for it, the verb's subject or the subject of the verb it is joined to) lodged an official complaint (114),
 * it did not demonstrate (140); not a people ("Swedes protested"), nor "will protest" (a threat, evmodal.c). */
static const kg_trigger state_protest = { "protest", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "114", NULL, NULL,
                                          NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static int protest_by_state(const kg_doc *d, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (int pass = 0; pass < 2; pass++) {  /* its own subject, else the one of the verb it is joined to */
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      int32_t m = kg_tok_head(d, k) == (int32_t)i && !strcmp(rel(d, k), "nsubj") ? kg_mention_at(d, k) : -1;
      if (m >= 0 && d->mentions[m].actor >= 0 && !d->mentions[m].as_place &&
          d->mentions[m].kind != KG_MEN_DEMONYM && d->actors[d->mentions[m].actor].type == KG_ACT_COUNTRY)
        return 1;                         /* (not "Swedes protested": a people) */
      if (kg_tok_head(d, k) == (int32_t)i && !strncmp(rel(d, k), "nsubj", 5))
        return 0;
    }
    if (strcmp(rel(d, i), "conj") || kg_tok_head(d, i) < 0)
      return 0;
    i = (uint32_t)kg_tok_head(d, i);
  }
  return 0;
}

/* "Putin greeted Kim at the station": a visitor greeted is a visit hosted (043, CAMEO's codebook: "Host or receive a
 * visitor"; its example "gave a warm welcome ... to de Klerk"), not praise (the dictionary's GREET, 051).  The one
 * greeted (the object, or the passive subject) names an actor who made a visit (042) told in this sentence or the
 * three before, or the sentence tells an arrival or a visit ("on his arrival", "at the airport"); not "greeted the
 * crowd", "was greeted with a page". */
static const kg_trigger host_visit = { "greet", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "043", NULL, NULL,
                                       NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
static int greeted_visitor(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const arrival[] = { "arrive", "arrival", "visit", "airport", "tarmac", NULL };
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  o = o < 0 ? kg_ev_child_with(d, i, "nsubj:pass", 0) : o;
  int32_t m = o >= 0 ? kg_mention_at(d, (uint32_t)o) : -1;
  int t = m >= 0 && d->mentions[m].actor >= 0 ? kg_ev_atype(d, m) : 0;
  if (t != KG_ACT_PERSON && t != KG_ACT_COUNTRY)
    return 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (k != i && kg_ev_lemma_in(d, k, arrival))
      return 1;
  uint32_t si = d->tokens[i].sent;
  for (size_t k = d->nevents; k-- > 0 && d->events[k].sent + 3 >= si;)
    if (!strcmp(d->events[k].cameo, "042") && d->events[k].agent == d->mentions[m].actor)
      return 1;
  return 0;
}

const kg_trigger *kg_ev_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  if (!kg_dict_exclusive(c->dict) && pos == KG_UPOS_NOUN && p->lemma && !strcmp(p->lemma, "bombing") &&
      !strcmp(p->code, "183") && kg_sent_has_tree(d, d->tokens[i].sent) && bombing_by_state(d, i))
    return &state_bombing;
  if (!kg_dict_exclusive(c->dict) && pos == KG_UPOS_NOUN && p->lemma && !strcmp(p->lemma, "call") &&
      !p->object && !strncmp(p->code, "04", 2) && i + 2 < d->sents[d->tokens[i].sent].tok +
      d->sents[d->tokens[i].sent].ntok &&
      (kg_tok_is(d, i + 1, "for") || (kg_tok_is(d, i + 1, "to") && d->tokens[i + 2].upos == KG_UPOS_VERB)))
    return &calls_for;
  if (kg_dict_exclusive(c->dict) || pos != KG_UPOS_VERB || p->object || !p->lemma ||
      !kg_sent_has_tree(d, d->tokens[i].sent))
    return p;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (!strcmp(p->lemma, "protest") && !strcmp(p->code, "140") && d->tokens[i].xpos &&
      (!strcmp(d->tokens[i].xpos, "VBD") || !strcmp(d->tokens[i].xpos, "VBN")) && protest_by_state(d, i))
    return &state_protest;
  if (!strcmp(p->lemma, "attack") && kg_cameo_root(p->code) >= 18) {
    int32_t o = kg_ev_verb_object(d, s, i);
    return o >= 0 && criticisable(d, (uint32_t)o) && !kg_ev_sentence_has_violence(d, s) && !kg_ev_states_at_war(d, s, i)
             ? &verbal_attack : p;
  }
  if (!strcmp(p->lemma, "greet") && !strcmp(p->code, "051") && greeted_visitor(d, s, i))
    return &host_visit;
  const kg_trigger *seized;
  if ((!strcmp(p->lemma, "seize") || !strcmp(p->lemma, "grab") || !strcmp(p->lemma, "snatch")) &&
      !strcmp(p->code, "171") && (seized = kg_ev_seized_people(d, s, i)) != NULL)
    return seized;
  if (strcmp(p->lemma, "agree") || strncmp(p->code, "03", 2))
    return p;
  return agreed_view(d, s, i) || agreed_bare(d, s, i) ? &accord_agree : p;
}
