/* evtargets.c — targets a verb's act takes, after a sentence's events are
 * emitted, from words the argument rules do not look at:
 * - the noun act that is its object or oblique: "The Serbs agreed to a
 *   ceasefire with Croatia", "Hamas agreed to a truce with the army": whom
 *   the ceasefire or truce is with is whom the agreeing is aimed at, as a
 *   careful coder takes it (both acts are events by then);
 * - an unnamed group coordinated with the subject of a joint act or a clash
 *   ("Kurdish rebels and Turkish troops clashed", "The government and Moslem
 *   rebels resumed talks"): named coordinated subjects become participants
 *   (events.c), but an unnamed group is no actor and was dropped.
 * - what a violent verb is done to, when it tells a war by itself: a town,
 *   village or camp attacked, stormed, raided, captured or occupied ("Armenia
 *   attacked the village of X", "Serbs shelled the town"), or shelling anything but money ("shelled Sarajevo", not
 *   "shelled out 5m"), where the sentence has no other word of violence
 *   (evfilter.c's test for sport).
 * - the other side of a joined infinitive ("agreed to expand trade and to
 *   deepen security ties with Nigeria": Nigeria for the agreeing too);
 * - the state a recall with no side named is aimed at ("Peru recalled its
 *   ambassador for consultations": the other state of the story's pair, or
 *   of the dispute in the sentence or the one before);
 * - the state an extradition sends the person to ("extradited a Venezuelan
 *   spy chief to the United States": the United States, not Venezuela;
 *   a passive with no doer keeps the person: "X, who was extradited to Y").
 * - whom a place attacked as a passive subject stands for ("A camp for
 *   Congolese refugees was attacked by X": the refugees' state; "Kharkiv was
 *   shelled by X", or "Rebels shelled Goma" with no named doer: its state;
 *   the town itself when that state is the doer, "Syrian troops shelled Homs").
 * - no one a resignation's purpose names ("resigned to allow Haiti's first
 *   elections": no target).
 * - "its" on what a violent act is done to, standing for the doer, in a
 *   clause a saying verb governs: the sayer (evownobj.c).
 * - no one but each other for a meeting of coordinated subjects one of whom
 *   is the other's counterpart ("A and his Cambodian counterpart, B, met at
 *   C's residence": not C; "... discussed the boundary around X": not X;
 *   kg_ev_counterpart_agents, for events.c).
 * Also calls evpeace.c's recoding of a peace force's arrival (074).
 * Owns: kg_ev_sentence_targets, kg_ev_war_object.
 * Does not own: the arguments of either act (evargs.c, events.c, evgroups.c),
 * emitting (events.c). */
#include <string.h>
#include "evtargets.h"
#include "evassault.h"
#include "evclause.h"
#include "evownobj.h"
#include "evpeace.h"

static int has_target(const kg_event *e)
{
  return e->target >= 0 || e->target_noun >= 0 || e->npart > 0;
}

static int rel_is(const kg_doc *d, uint32_t t, const char *r)
{
  const char *x = d->tokens[t].deprel;
  return x && !strncmp(x, r, strlen(r));
}

/* an oblique the verb is aimed at ("agreed to a truce", "called for talks",
 * "insisted on talks"), not a circumstance ("defended the veto in a call
 * with X") */
static int aimed_oblique(const kg_doc *d, uint32_t t)
{
  static const char *const aim[] = { "to", "for", "on", "upon", NULL };
  int32_t cs = rel_is(d, t, "obl") ? kg_ev_child_with(d, t, "case", 0) : -1;
  return cs >= 0 && kg_ev_in_list(d->tokens[cs].form ? d->tokens[cs].form : "", aim);
}

/* the noun act that is verb event e's object or aimed oblique gives its target */
static int noun_act_target(kg_doc *d, kg_event *e, size_t from)
{
  uint32_t v = e->trigger;
  for (size_t q = from; q < d->nevents; q++) {
    const kg_event *n = &d->events[q];
    uint32_t t = n->trigger;
    if (n == e || d->tokens[t].upos != KG_UPOS_NOUN || kg_tok_head(d, t) != (int32_t)v ||
        !(rel_is(d, t, "obj") || aimed_oblique(d, t)) || (n->target < 0 && n->target_noun < 0))
      continue;
    /* (the noun act's own doer, when named, is the verb's: agreeing to
     * another side's ceasefire is no act of the agreeing side's) */
    if ((n->agent >= 0 && n->agent != e->agent) || (n->agent_noun >= 0 && n->agent_noun != e->agent_noun))
      continue;
    if ((n->target >= 0 && n->target == e->agent) || (n->target_noun >= 0 && n->target_noun == e->agent_noun))
      continue;
    e->target = n->target;
    e->target_group = n->target_group;
    e->target_noun = n->target_noun;
    e->target_sector = n->target_sector;
    return 1;
  }
  return 0;
}

/* Does token x stand for event e's agent: its agent's group noun, its
 * agent's mention, or a noun a mention of the agent modifies ("Turkish
 * troops", "Tajik government troops")? */
static int agent_conjunct(const kg_doc *d, const kg_event *e, uint32_t x)
{
  const kg_sentence *s = &d->sents[e->sent];
  if ((int32_t)x == e->agent_noun)
    return 1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = kg_mention_at(d, k);
    if (m < 0 || e->agent < 0 || d->mentions[m].actor != e->agent)
      continue;
    /* (up the compounds: "Tajik government troops") */
    for (int32_t h = (int32_t)k, n = 0; h >= 0 && n < 3; h = kg_tok_head(d, (uint32_t)h), n++) {
      if (h == (int32_t)x)
        return 1;
      if (!(rel_is(d, (uint32_t)h, "compound") || rel_is(d, (uint32_t)h, "amod") ||
            rel_is(d, (uint32_t)h, "nmod:poss") || rel_is(d, (uint32_t)h, "flat") || h == (int32_t)k))
        break;
    }
  }
  return 0;
}

static int joint_or_clash(const kg_doc *d, const kg_event *e)
{
  static const char *const clash[] = { "clash", "fight", "battle", NULL };
  const char *c = e->cameo;
  int root = kg_cameo_root(c);
  if (root >= 3 && root <= 6)
    return strcmp(c, "045") && !(c[0] == '0' && c[1] == '5' && c[2] >= '1' && c[2] <= '6');
  return root == 19 && kg_ev_lemma_in(d, e->trigger, clash);
}

/* an unnamed group coordinated with the subject of joint act e */
static int coordinated_group(const ev_ctx *c, kg_event *e)
{
  const kg_doc *d = c->doc;
  uint32_t v = e->trigger;
  if (!joint_or_clash(d, e))
    return 0;
  int32_t sb = kg_ev_child_with(d, v, "nsubj", 0);
  if (sb < 0 || rel_is(d, (uint32_t)sb, "nsubj:pass"))
    return 0;
  const kg_sentence *s = &d->sents[e->sent];
  int agent_seen = agent_conjunct(d, e, (uint32_t)sb);
  int32_t other = agent_seen ? -1 : sb;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != sb || !rel_is(d, k, "conj"))
      continue;
    if (agent_conjunct(d, e, k))
      agent_seen = 1;
    else if (other < 0)
      other = (int32_t)k;
  }
  if (!agent_seen || other < 0 || kg_mention_at(d, (uint32_t)other) >= 0 ||
      (d->tokens[other].upos != KG_UPOS_NOUN && d->tokens[other].upos != KG_UPOS_PROPN))
    return 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == other && kg_mention_at(d, k) >= 0 && !rel_is(d, k, "conj"))
      return 0;                           /* a named group is the argument rules' */
  int sec = kg_ev_noun_sector(c, (uint32_t)other);
  if (!sec)
    return 0;
  e->target_noun = other;
  e->target_sector = (int16_t)sec;
  return 1;
}

/* "agreed to expand trade and to deepen security ties with Nigeria": the
 * infinitive conjoined with the verb's own infinitive complement (or with the
 * verb when it is one) is an event of the same agent with a target; whom the
 * second infinitive's act is with, the first's is too */
static int shared_infinitive(kg_doc *d, kg_event *e, size_t from)
{
  uint32_t v = e->trigger;
  int32_t x = kg_ev_child_with(d, v, "mark", 0) >= 0 ? (int32_t)v : kg_ev_child_with(d, v, "xcomp", 0);
  if (x < 0 || kg_ev_child_with(d, (uint32_t)x, "mark", 0) < 0)
    return 0;
  for (size_t q = from; q < d->nevents; q++) {
    const kg_event *n = &d->events[q];
    uint32_t t = n->trigger;
    int32_t mk = kg_ev_child_with(d, t, "mark", 0);
    if (n == e || kg_tok_head(d, t) != x || !rel_is(d, t, "conj") || mk < 0 || !kg_tok_is(d, (uint32_t)mk, "to") ||
        n->target < 0 || n->target == e->agent || n->agent != e->agent || n->agent_noun != e->agent_noun)
      continue;
    e->target = n->target;
    e->target_group = n->target_group;
    return 1;
  }
  return 0;
}

/* The state whose envoy a state's recall (CAMEO 161 by a verb: "recalled its
 * ambassador for consultations", no side named) is aimed at: the other state
 * of the story's pair (its lead, the first sentence after any headline, names
 * two states, the agent one of them); else the one other state named in the
 * sentence or the one before; else none (-1). */
static int32_t recalled_from(const kg_doc *d, const kg_event *e)
{
  uint32_t lead = 0;
  while (lead < d->nsents && d->sents[lead].heading)
    lead++;
  int32_t st[2] = { -1, -1 }, near = -1;
  size_t ns = 0;
  int agent_in_lead = 0, many = 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].sent <= e->sent; k++) {
    const kg_mention *m = &d->mentions[k];
    int32_t x = m->actor;
    if (x < 0 || m->as_place || d->actors[x].type != KG_ACT_COUNTRY)
      continue;
    if (m->sent == lead) {
      agent_in_lead |= x == e->agent;
      if (!(ns && st[0] == x) && !(ns == 2 && st[1] == x))
        ns < 2 ? (void)(st[ns++] = x) : (void)(ns = 3);
    }
    if (m->sent + 1 >= e->sent && x != e->agent) {
      many |= near >= 0 && near != x;
      near = x;
    }
  }
  if (ns == 2 && agent_in_lead)
    return st[0] == e->agent ? st[1] : st[0];
  return many ? -1 : near;
}

/* "Spain extradited a former Venezuelan spy chief to the United States":
 * an extradition (063) is done to the state that receives the person, the
 * verb's "to" oblique naming a state, not to the person's own state. */
static void extradited_to(kg_doc *d, kg_event *e)
{
  if (strcmp(e->cameo, "063") || e->agent < 0 || d->tokens[e->trigger].upos != KG_UPOS_VERB)
    return;
  const kg_sentence *s = &d->sents[e->sent];
  for (uint32_t k = e->trigger + 1; k < s->tok + s->ntok; k++) {
    int32_t cs, m;
    int32_t h = kg_tok_head(d, k);   /* (or on its object: "extradited a minister to Peru" read as one phrase) */
    if (!((h == (int32_t)e->trigger && rel_is(d, k, "obl")) ||
          (h >= 0 && rel_is(d, k, "nmod") && kg_tok_head(d, (uint32_t)h) == (int32_t)e->trigger &&
           rel_is(d, (uint32_t)h, "obj"))) ||
        (cs = kg_ev_child_with(d, k, "case", 0)) < 0 || !kg_tok_is(d, (uint32_t)cs, "to") ||
        (m = kg_mention_at(d, k)) < 0 || d->mentions[m].actor < 0 || d->mentions[m].actor == e->agent ||
        d->actors[d->mentions[m].actor].type != KG_ACT_COUNTRY)
      continue;
    e->target = d->mentions[m].actor;
    e->target_group = d->mentions[m].group;
    e->target_noun = -1;
    e->target_sector = 0;
    return;
  }
}

/* "A camp for Congolese refugees was attacked by Burundian militiamen": a
 * place attacked (kg_ev_war_object's places) as a passive subject, with no
 * target found, is done to whom its phrase names (the refugees' state, the
 * state it is in), as the object's phrase is searched in the active. */
static void passive_place(const ev_ctx *c, kg_event *e)
{
  static const char *const war_place[] = { "town", "village", "city", "outpost", "garrison", "stronghold",
    "enclave", "convoy", "camp", "base", "barracks", "settlement", "district", "neighbourhood", "neighborhood",
    "school", "hospital", "market", "mosque", "church", NULL };
  kg_doc *d = c->doc;
  int root = kg_cameo_root(e->cameo);
  uint32_t v = e->trigger;
  if (root < 18 || has_target(e) || d->tokens[v].upos != KG_UPOS_VERB)
    return;
  int by = kg_ev_child_with(d, v, "obl:agent", 0) >= 0;
  /* a town named ("Kharkiv was shelled by Russian forces", "Rebels shelled
   * Goma"): its state, as the active with a named doer has it (events.c);
   * not the doer's own */
  int32_t pl = kg_ev_child_with(d, v, by ? "nsubj:pass" : "obj", 0);
  int32_t pm = pl >= 0 ? kg_mention_at(d, (uint32_t)pl) : -1;
  if (pm >= 0) {
    int32_t st = d->mentions[pm].kind == KG_MEN_NAME ? kg_ev_place_state(c, d->mentions[pm].actor) : -1;
    if (st >= 0 && (by || e->agent < 0 || st == e->agent)) {
      e->target = st == e->agent ? d->mentions[pm].actor : st;   /* (a state's own town: the town) */
      e->target_group = -1;
    }
    return;
  }
  if (!by)
    return;
  int32_t sj = kg_ev_child_with(d, v, "nsubj:pass", 0);
  if (sj < 0 || kg_mention_at(d, (uint32_t)sj) >= 0 || !kg_ev_lemma_in(d, (uint32_t)sj, war_place) ||
      kg_ev_child_with(d, (uint32_t)sj, "nmod:poss", 0) >= 0)
    return;                               /* ("their base ... was attacked": the owner's, told elsewhere) */
  int32_t m = kg_ev_subtree_target(c, (uint32_t)sj, e->agent, 1);
  if (m < 0 || d->mentions[m].actor < 0 || d->mentions[m].actor == e->agent)
    return;
  int32_t st = kg_ev_place_state(c, d->mentions[m].actor);   /* (a town named: its state) */
  e->target = st >= 0 ? st : d->mentions[m].actor;
  e->target_group = st >= 0 ? -1 : d->mentions[m].group;
}

/* "X resigned yesterday to allow Haiti's first democratic elections",
 * "resigned to protest against the pardon of Y": a resignation (0831) is
 * done to no one its purpose names; a target every mention of which in the
 * sentence lies in a to-clause of the verb (advcl, xcomp) is dropped. */
static void resign_purpose(kg_doc *d, kg_event *e)
{
  uint32_t v = e->trigger;
  if (strcmp(e->cameo, "0831") || e->target < 0 || d->tokens[v].upos != KG_UPOS_VERB)
    return;
  const kg_sentence *s = &d->sents[e->sent];
  int seen = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = kg_mention_at(d, k);
    if (m < 0 || d->mentions[m].actor != e->target || d->mentions[m].tok != k)
      continue;
    int32_t h = (int32_t)k, below = -1;
    for (int n = 0; h >= 0 && h != (int32_t)v && n < 12; n++) {
      below = h;
      h = kg_tok_head(d, (uint32_t)h);
    }
    int32_t mk = h == (int32_t)v ? kg_ev_child_with(d, (uint32_t)below, "mark", 0) : -1;
    if (mk < 0 || !kg_tok_is(d, (uint32_t)mk, "to") || !(rel_is(d, (uint32_t)below, "advcl") ||
                                                          rel_is(d, (uint32_t)below, "xcomp")))
      return;                             /* a mention outside the purpose: "resigned from the X cabinet" */
    seen = 1;
  }
  if (seen) {
    e->target = -1;
    e->target_group = -1;
  }
}

void kg_ev_sentence_targets(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  /* (the place attacked first: its people may be unarmed, for the recoding) */
  for (size_t k = from; k < d->nevents && kg_sent_has_tree(d, d->events[k].sent); k++)
    if (d->events[k].agent >= 0 || d->events[k].agent_noun >= 0)
      passive_place(c, &d->events[k]);
  kg_ev_assault_recode(c, from);          /* force on the unarmed or by irregulars: 18 (evassault.c) */
  if (!kg_sent_has_tree(d, from < d->nevents ? d->events[from].sent : 0))
    return;
  for (size_t k = from; k < d->nevents; k++)
    extradited_to(d, &d->events[k]);
  for (size_t k = from; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    int root = kg_cameo_root(e->cameo);
    kg_ev_peace_arrival(c, e);
    resign_purpose(d, e);
    kg_ev_own_object_speaker(c, e);       /* "X said Y fired at its boats" (evownobj.c) */
    if (has_target(e) || d->tokens[e->trigger].upos != KG_UPOS_VERB || root < 1 || root > 19 ||
        (e->agent < 0 && e->agent_noun < 0))
      continue;
    if (root == 16 && !strcmp(e->cameo, "161") && e->agent >= 0 && d->actors[e->agent].type == KG_ACT_COUNTRY) {
      e->target = recalled_from(d, e);
      continue;
    }
    if (!(root <= 17 && noun_act_target(d, e, from)) && !shared_infinitive(d, e, from))
      coordinated_group(c, e);
  }
}

int kg_ev_war_object(const kg_doc *d, uint32_t i)
{
  static const char *const war_place[] = { "town", "village", "city", "outpost", "garrison",
    "stronghold", "enclave", "convoy", "camp", "base", "barracks", "trench", NULL };
  static const char *const shell[] = { "shell", NULL };
  /* (verbs of assault only: "hurt the fishing towns", "abused its position") */
  static const char *const assault[] = { "attack", "storm", "raid", "overrun", "besiege", "bombard", "shell",
    "assault", "capture", "recapture", "occupy", NULL };
  static const char *const hit[] = { "strike", "hit", "pound", "bomb", "target", NULL };
  static const char *const pos[] = { "position", "positions", NULL };
  if (d->tokens[i].upos != KG_UPOS_VERB)
    return 0;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  /* "Israel struck Hamas's positions", "shelled the rebels' positions": a
   * state's or a body's positions (not "attacked his position", "Labour's
   * position on tax", "hit out at") */
  if (o >= 0 && (kg_ev_lemma_in(d, i, assault) || kg_ev_lemma_in(d, i, hit)) && kg_ev_lemma_in(d, (uint32_t)o, pos) &&
      kg_ev_child_with(d, i, "compound:prt", 0) < 0) {
    static const char *const topic[] = { "on", "over", "about", "towards", "toward", "regarding", NULL };
    int32_t nm = kg_ev_child_with(d, (uint32_t)o, "nmod", 0);
    int32_t cs = nm >= 0 ? kg_ev_child_with(d, (uint32_t)nm, "case", 0) : -1;
    if (cs >= 0 && kg_ev_lemma_in(d, (uint32_t)cs, topic))
      return 0;
    int32_t ow = kg_ev_child_with(d, (uint32_t)o, "nmod:poss", 0);
    if (ow < 0)
      ow = kg_ev_child_with(d, (uint32_t)o, "compound", 0);
    int t = ow >= 0 ? kg_ev_atype(d, kg_mention_at(d, (uint32_t)ow)) : 0;
    if (t == KG_ACT_COUNTRY || t == KG_ACT_ORG)
      return 1;
  }
  if (!kg_ev_lemma_in(d, i, assault) || o < 0)
    return 0;
  if (kg_ev_lemma_in(d, i, shell))
    return kg_ev_child_with(d, i, "compound:prt", 0) < 0;   /* (not "shelled out") */
  return kg_ev_lemma_in(d, (uint32_t)o, war_place);
}

int kg_ev_counterpart_agents(const kg_doc *d, const ev_args *a)
{
  for (size_t q = 0; a->nag >= 2 && q < a->nag && q < 4; q++) {
    const kg_mention *m = &d->mentions[a->agents[q]];
    const kg_sentence *s = &d->sents[m->sent];
    if (m->tok < s->tok + 5 || !kg_tok_is(d, m->tok - 1, ",") || !kg_tok_is(d, m->tok - 2, "counterpart"))
      continue;
    /* "and his [Cambodian] counterpart, B" */
    for (uint32_t k = m->tok - 3; k + 3 >= m->tok - 2 && k > s->tok; k--)
      if ((kg_tok_is(d, k, "his") || kg_tok_is(d, k, "her")) && kg_tok_is(d, k - 1, "and"))
        return 1;
  }
  return 0;
}
