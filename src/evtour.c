/* evtour.c — a trip told for its purpose: "The opposition leader toured the
 * provinces on Sunday to rally support for his candidate" is a rally of
 * support (053), not a visit (042).  CAMEO codes a visit as one actor going
 * to another; a leader travelling through his own country's towns visits
 * no one, and what the trip is for is the act.
 *
 * Owns: kg_ev_drop_purposed_tour (called by events.c after a sentence's
 * events are emitted and refined).  Among the events from index `from` on,
 * a visit (042) whose trigger is a verb with a to-infinitive (xcomp or
 * advcl, marked "to") that carries a rally of support (053) of the same
 * agent is dropped when the visit names no target, or the agent itself
 * ("toured the villages of the island of Lombok").  A visit to another
 * actor keeps its code ("visited Germany to rally support among the
 * Turks there": a visit to Germany, and a rally).
 * A demand told as a protest's purpose: "Algerian landowners began a hunger
 * strike outside Parliament to demand the return of property", "students
 * marched to demand that the government resign", "workers went on strike
 * to demand higher pay" are a protest (14) whose aim is the demand; CAMEO
 * codes the protest.  A protest with no target takes the target of a demand
 * (10) by the same agent whose trigger is a verb with "to" on the protest's
 * trigger (xcomp or advcl) or on the light verb whose object the protest's
 * noun is ("began a hunger strike"); in the second case (the noun deeper in
 * the tree than the demand) the demand is dropped.  A verb's purpose clause
 * stays an event of its own (the group's demand, evgroups.c).
 * A visit told in an indefinite "on a ..." phrase ("X signed agreements on
 * Thursday, on a two-day state visit to Hanoi") is made by the subject of
 * the finite verb it hangs from, or of the verb whose day it hangs from, or,
 * after a comma, of the nearest verb above it with a subject (the parser
 * hangs it deep in the clause before): kg_ev_visit_on_subject, for evargs.c.
 * A visit told only as its hosting: "In Budapest, Orban hosted Xi" (043 Orban
 * -> Xi, by "host", "welcome", "receive" or "greet") also tells that Xi
 * visited Hungary: kg_ev_hosted_visit adds the
 * guest's visit (042) to the host's state (the state the host leads or
 * serves, else the state of the event's place), with the hosting's
 * sentence, trigger, date, place and factuality, when the guest is a state
 * or leads or serves one (another than the host's), unless the sentence
 * codes a visit of the guest already or names an ambassador or envoy (a
 * summons answered: "The ambassador, X, was received at the ministry").
 * Does not own: the patterns ("tour", "travel", "rally support":
 * tools/gen_dictionaries.py), the visit's arguments (evargs.c, evplace.c). */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"

static int to_purpose(const kg_doc *d, uint32_t k, uint32_t v)
{
  const char *r = d->tokens[k].deprel;
  if (kg_tok_head(d, k) != (int32_t)v || !r || (strcmp(r, "xcomp") && strncmp(r, "advcl", 5)))
    return 0;
  int32_t mk = kg_ev_child_with(d, k, "mark", 0);
  return mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to");
}

/* Up from token x at most three heads (its phrase's light verb: "began a
 * hunger strike", the tagger's "outside parliament" between): is h there? */
static int below(const kg_doc *d, uint32_t x, int32_t h)
{
  int32_t t = (int32_t)x;
  for (int n = 0; n < 4 && t >= 0; n++, t = kg_tok_head(d, (uint32_t)t))
    if (t == h)
      return 1;
  return 0;
}

/* Is event k a demand told as the purpose of a protest among the events
 * from `from` on (the protest with no target takes the demand's)? */
static int protest_aim(kg_doc *d, size_t from, size_t k)
{
  const kg_event *e = &d->events[k];
  int32_t h = kg_tok_head(d, e->trigger);
  if (strncmp(e->cameo, "10", 2) || d->tokens[e->trigger].upos != KG_UPOS_VERB || !kg_sent_has_tree(d, e->sent) ||
      e->npart || h < 0 || !to_purpose(d, e->trigger, (uint32_t)h))
    return 0;
  for (size_t q = from; q < d->nevents; q++) {
    kg_event *x = &d->events[q];
    if (q == k || strncmp(x->cameo, "14", 2) || x->agent != e->agent || x->npart ||
        (x->agent < 0 && x->agent_noun < 0) || !below(d, x->trigger, h))
      continue;
    if (x->target < 0 && x->target_noun < 0) {
      x->target = e->target;          /* (the protest is aimed where the demand is) */
      x->target_group = e->target_group;
      x->target_noun = e->target_noun;
      x->target_sector = e->target_sector;
    }
    return x->trigger != (uint32_t)h;   /* (a verb's purpose clause stays an act of the group: evgroups.c) */
  }
  return 0;
}

void kg_ev_drop_purposed_tour(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict))
    return;
  size_t n = from;
  unsigned char mark[256] = { 0 };         /* demands told as a protest's aim, marked first */
  for (size_t k = from; k < d->nevents && k - from < sizeof mark; k++)
    mark[k - from] = (unsigned char)protest_aim(d, from, k);
  for (size_t k = from; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    int drop = 0;
    if (!strcmp(e->cameo, "042") && d->tokens[e->trigger].upos == KG_UPOS_VERB &&
        kg_sent_has_tree(d, e->sent) && (e->target < 0 || e->target == e->agent) && e->npart == 0)
      for (size_t q = from; q < d->nevents && !drop; q++) {
        const kg_event *x = &d->events[q];
        drop = q != k && !strncmp(x->cameo, "053", 3) && x->agent == e->agent &&
               to_purpose(d, x->trigger, e->trigger);
      }
    drop |= k - from < sizeof mark && mark[k - from];
    if (!drop)
      d->events[n++] = *e;
  }
  d->nevents = n;
}

int32_t kg_ev_visit_on_subject(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  int32_t cs = kg_ev_child_with(d, i, "case", 0), det = kg_ev_child_with(d, i, "det", 0);
  if (!p->code || strcmp(p->code, "042") || !d->tokens[i].deprel || cs < 0 || !kg_tok_is(d, (uint32_t)cs, "on") ||
      det < 0 || !(kg_tok_is(d, (uint32_t)det, "a") || kg_tok_is(d, (uint32_t)det, "an")))
    return -1;
  int32_t v = kg_tok_head(d, i);
  char hb[24] = "";
  if (v >= 0)
    kg_tok_lower(&d->tokens[v], hb, sizeof hb);
  if (v >= 0 && !strcmp(d->tokens[i].deprel, "nmod") && d->tokens[v].deprel &&
      !strncmp(d->tokens[v].deprel, "obl", 3) && kg_act_in_list(hb, kg_act_calendar))
    v = kg_tok_head(d, (uint32_t)v);    /* (hung on the day before it) */
  else if (strncmp(d->tokens[i].deprel, "obl", 3)) {
    int comma = cs > (int32_t)d->sents[d->tokens[i].sent].tok && kg_tok_is(d, (uint32_t)cs - 1, ",");
    for (int up = 0; comma && up < 8 && v >= 0 && (d->tokens[v].upos != KG_UPOS_VERB ||
                                                    kg_ev_child_with(d, (uint32_t)v, "nsubj", 0) < 0); up++)
      v = kg_tok_head(d, (uint32_t)v);
    if (!comma)
      v = -1;
  }
  return v >= 0 && d->tokens[v].upos == KG_UPOS_VERB ? kg_ev_child_with(d, (uint32_t)v, "nsubj", 0) : -1;
}

/* The state host actor h stands for: itself, the state it leads or serves
 * (the relations, else its dictionary entry's), else -1. */
static int32_t host_state(const ev_ctx *c, int32_t h)
{
  kg_doc *d = c->doc;
  if (d->actors[h].type == KG_ACT_COUNTRY)
    return h;
  if (d->actors[h].type != KG_ACT_PERSON)
    return -1;
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == h && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) &&
        d->rels[r].obj >= 0 && d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
      return d->rels[r].obj;
  const kg_dict_actor *e = d->actors[h].dict_entry >= 0 ? kg_dict_actor_at(c->dict, d->actors[h].dict_entry) : NULL;
  const kg_dict_actor *st = e && e->country >= 0 ? kg_dict_actor_at(c->dict, e->country) : NULL;
  return st && st->type == KG_ACT_COUNTRY ? kg_actors_intern_entry(d, c->dict, e->country) : -1;
}

/* Does sentence si name an ambassador or envoy ("The ambassador, X, was
 * received at the Foreign Ministry": a summons answered, no visit)? */
static int resident_envoy(const kg_doc *d, uint32_t si)
{
  static const char *const envoy[] = { "ambassador", "envoy", "diplomat", NULL };
  const kg_sentence *s = &d->sents[si];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (d->tokens[k].upos == KG_UPOS_NOUN && kg_ev_lemma_in(d, k, envoy))
      return 1;
  return 0;
}

kg_status kg_ev_hosted_visit(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  size_t end = d->nevents;
  for (size_t k = from; k < end; k++) {
    const kg_event *e = &d->events[k];
    static const char *const hosting[] = { "host", "welcome", "receive", "greet", NULL };
    if (strcmp(e->cameo, "043") || e->agent < 0 || e->target < 0 || e->agent == e->target ||
        !kg_ev_lemma_in(d, e->trigger, hosting) ||
        (d->actors[e->target].type != KG_ACT_PERSON && d->actors[e->target].type != KG_ACT_COUNTRY))
      continue;
    int told = 0;
    for (size_t q = from; q < end && !told; q++)
      told = !strcmp(d->events[q].cameo, "042") && d->events[q].agent == e->target;
    if (told)
      continue;
    /* (a state's visitor: a state, or one who leads or serves one; not "an
     * honorary Golden Bear received", "a concert hosted by X") */
    if (host_state(c, e->target) < 0 || resident_envoy(d, e->sent))
      continue;
    int32_t st = host_state(c, e->agent);
    if (st < 0 && e->place >= 0)
      st = kg_ev_place_state(c, e->place);
    if (st < 0 || st == e->target || host_state(c, e->target) == st)
      continue;
    kg_event v = *e;
    memcpy(v.cameo, "042", 4);
    v.agent = e->target;
    v.agent_group = e->target_group;
    v.agent_noun = -1;
    v.agent_sector = 0;
    v.target = st;
    v.target_group = -1;
    v.target_noun = -1;
    v.target_sector = 0;
    v.npart = 0;
    v.during = -1;
    /* (placed right after the hosting: the hosting stays the sentence's
     * first event, and a later clause's event its last) */
    if (!kg_doc_add_event(d))
      return KG_ERR_NOMEM;
    memmove(&d->events[k + 2], &d->events[k + 1], (d->nevents - 2 - k) * sizeof *d->events);
    d->events[k + 1] = v;
    for (size_t q = from; q < d->nevents; q++)
      if (d->events[q].during > (int32_t)k)
        d->events[q].during++;
    k++;
    end++;
  }
  return KG_OK;
}
