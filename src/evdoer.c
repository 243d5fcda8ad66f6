/* evdoer.c — who did an act a noun names when the noun's own phrase does
 * not say.
 *
 * Owns: the claimer of an attack told by a participle on the noun ("a drone
 * attack on Kursk, claimed by Ukraine": Ukraine did it; kg_ev_claimed_by);
 * the doer of a definite act noun ("criticised the ban") whose earlier
 * telling made no event: the subject of an earlier verb of the same word
 * ("Chile banned Peruvian boats") or the owner or imposer of an earlier
 * noun of it ("Chile's ban", "Chile imposed a ban"), within eight
 * sentences (kg_ev_act_noun_teller; kg_ev_act_noun_doers, moved here from
 * events.c, looks at the earlier events first); which earlier events such
 * a noun cannot name (kg_ev_no_move); a violent verb done by a device or a
 * blast, no actor, an incident (kg_ev_device_did: "A roadside bomb killed
 * three soldiers"); the day a paragraph's first sentence gives a definite
 * act noun ("The expulsions came on Tuesday."), lent to a past verb of the
 * next sentence with no date (kg_ev_frame_date), and the day of the sentence
 * before lent to one its subject goes on in ("... on Sunday. He accused ...");
 * the thing an "it" opening a
 * sentence stands for, the sentence before's subject (kg_ev_it_antecedent:
 * "The accord ... It was signed by ..."); the doer and the addressee of a
 * noun act that is a light verb's passive subject (kg_ev_light_passive_doer:
 * "An appeal for aid was launched by the government of Malawi"); a passive
 * verb's "by" phrase the parser hung on its "to" phrase (kg_ev_misplaced_by).
 * Does not own: a noun's own "by" phrase or possessor (evargs.c), the
 * events told before (events.c), unnamed groups (evgroups.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evessay.h"
#include "evclause.h"
#include "relgroups.h"

/* a participle on an act noun whose "by" phrase names its doer */
static const char *const claim_verbs[] = { "claim", NULL };

int32_t kg_ev_claimed_by(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (d->tokens[i].upos != KG_UPOS_NOUN)
    return -1;
  for (uint32_t k = i + 1; k < s->tok + s->ntok && k <= i + 8; k++) {
    if (kg_tok_head(d, k) != (int32_t)i || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "acl") ||
        !kg_ev_lemma_in(d, k, claim_verbs) || !d->tokens[k].xpos || strcmp(d->tokens[k].xpos, "VBN"))
      continue;
    int32_t by = kg_ev_child_with(d, k, "obl:agent", 0);
    if (by < 0)
      by = kg_ev_child_with(d, k, "obl", 0);
    int32_t cs = by >= 0 ? kg_ev_child_with(d, (uint32_t)by, "case", 0) : -1;
    if (cs < 0 || !kg_tok_is(d, (uint32_t)cs, "by"))
      continue;
    int32_t m = kg_ev_mention_of_tok(c, by);
    return m >= 0 && kg_ev_agentive(d, m) ? m : -1;
  }
  return -1;
}

/* The "by" phrase of passive verb v that the parser hung on the noun of
 * another of its phrases ("were returned to Ukraine by Russia",
 * "recognition was extended to South Sudan by Kenya": "by" under the "to"
 * phrase's name, as a noun's "a visit to Rabat by X" in evargs.c): its
 * agentive mention, or -1. */
int32_t kg_ev_misplaced_by(const ev_ctx *c, uint32_t v)
{
  static const char *const preps[] = { "to", "on", "at", "against", "into", "from", "with", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  for (uint32_t j = v + 1; j < s->tok + s->ntok; j++) {
    if (kg_tok_head(d, j) != (int32_t)v || !d->tokens[j].deprel || strncmp(d->tokens[j].deprel, "obl", 3))
      continue;
    int32_t cs = kg_ev_child_with(d, j, "case", 0);
    if (cs < 0 || !kg_ev_lemma_in(d, (uint32_t)cs, preps))
      continue;
    for (uint32_t k = j + 1; k < s->tok + s->ntok; k++) {
      if (kg_tok_head(d, k) != (int32_t)j || !d->tokens[k].deprel || strncmp(d->tokens[k].deprel, "nmod", 4))
        continue;
      int32_t ck = kg_ev_child_with(d, k, "case", 0);
      if (ck < 0 || !kg_tok_is(d, (uint32_t)ck, "by"))
        continue;
      int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);
      if (m >= 0 && kg_ev_agentive(d, m))
        return m;
    }
  }
  return -1;
}

/* A noun act that is the passive subject of a light verb (kgd:lightVerb)
 * whose "by" phrase names an actor: that actor did the act, as the subject
 * does in the active ("An appeal for aid was launched by the government of
 * Malawi", "A naval blockade of Gaza was imposed by Israel", "Air strikes
 * were carried out on X by Y"); the verb's "to", "on", "against" or "at"
 * phrase, an actor other than the doer, is whom the act is made to or done
 * to (*target: "Diplomatic recognition was extended to South Sudan by
 * Kenya").  Not a verb of another kind ("An appeal was rejected by X": X
 * did not appeal), nor "according to" (a source).  The doer's mention, -1. */
int32_t kg_ev_light_passive_doer(const ev_ctx *c, uint32_t i, int32_t *target)
{
  const kg_doc *d = c->doc;
  *target = -1;
  if (d->tokens[i].upos != KG_UPOS_NOUN || !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "nsubj:pass"))
    return -1;
  int32_t v = kg_tok_head(d, i);
  if (v < 0 || d->tokens[v].upos != KG_UPOS_VERB || !kg_ev_is_light_verb(c->dict, d, (uint32_t)v))
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t doer = -1, to = -1;
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    if (kg_tok_head(d, j) != v || !d->tokens[j].deprel || strncmp(d->tokens[j].deprel, "obl", 3))
      continue;
    int32_t cs = kg_ev_child_with(d, j, "case", 0);
    if (cs < 0 || kg_ev_according_to(d, j))
      continue;
    if (kg_tok_is(d, (uint32_t)cs, "by") && doer < 0)
      doer = kg_ev_mention_of_tok(c, (int32_t)j);
    else if (to < 0 && (kg_tok_is(d, (uint32_t)cs, "to") || kg_tok_is(d, (uint32_t)cs, "on") ||
                        kg_tok_is(d, (uint32_t)cs, "against") || kg_tok_is(d, (uint32_t)cs, "at")))
      to = kg_ev_mention_of_tok(c, (int32_t)j);
  }
  if (doer < 0)
    doer = kg_ev_misplaced_by(c, (uint32_t)v);
  if (doer < 0 || !kg_ev_agentive(d, doer))
    return -1;
  if (to >= 0 && d->mentions[to].actor != d->mentions[doer].actor)
    *target = to;
  return doer;
}

/* The agentive mention of token t's subject (a verb) or, for a noun, its
 * possessor or the subject of the light verb it is the object of ("imposed
 * a ban"); -1. */
static int32_t doer_of(const ev_ctx *c, uint32_t t)
{
  const kg_doc *d = c->doc;
  int32_t v = (int32_t)t, m = -1;
  if (d->tokens[t].upos == KG_UPOS_NOUN) {
    int32_t ps = kg_ev_child_with(d, t, "nmod:poss", 0);
    if (ps >= 0)
      return kg_ev_mention_of_tok(c, ps);
    v = d->tokens[t].deprel && !strcmp(d->tokens[t].deprel, "obj") ? kg_tok_head(d, t) : -1;
    if (v >= 0 && !(d->tokens[v].lemma && (kg_dict_lex(c->dict, d->tokens[v].lemma) & KG_LEX_LIGHT_VERB)))
      return -1;                          /* "imposed a ban", not "criticised the ban" (kgd:lightVerb) */
  }
  if (v < 0 || d->tokens[v].upos != KG_UPOS_VERB)
    return -1;
  int32_t sj = kg_ev_child_with(d, (uint32_t)v, "nsubj", 0);
  if (sj >= 0 && d->tokens[sj].deprel && !strcmp(d->tokens[sj].deprel, "nsubj"))
    m = kg_ev_mention_of_tok(c, sj);
  return m >= 0 && kg_ev_agentive(d, m) ? m : -1;
}

int32_t kg_ev_act_noun_teller(const ev_ctx *c, uint32_t i, uint32_t o, int32_t agent_actor)
{
  const kg_doc *d = c->doc;
  const char *lem = d->tokens[o].lemma;
  uint32_t si = d->tokens[i].sent;
  if (!lem || !*lem)
    return -1;
  for (uint32_t k = d->sents[si].tok; k < d->sents[si].tok + d->sents[si].ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)o && d->tokens[k].deprel && strcmp(d->tokens[k].deprel, "det") &&
        strcmp(d->tokens[k].deprel, "punct"))
      return -1;                          /* "the Tory plans", "the ban on imports": told by its own words */
  for (uint32_t t = i; t-- > 0;) {
    if (d->tokens[t].sent + 8 < si)
      break;
    if (!d->tokens[t].lemma || strcmp(d->tokens[t].lemma, lem) ||
        (d->tokens[t].upos != KG_UPOS_VERB && d->tokens[t].upos != KG_UPOS_NOUN))
      continue;
    int32_t m = doer_of(c, t);
    if (m >= 0 && d->mentions[m].actor != agent_actor)
      return m;
    if (m >= 0)
      return -1;                          /* (its own earlier act) */
  }
  return -1;
}

int kg_ev_no_move(const kg_doc *d, const kg_event *e, const char *code, int32_t sj)
{
  if (sj >= 0 && kg_tok_under(d, e->trigger, sj))
    return 1;                             /* "X, which is backed by Y, condemned the move" */
  if (e->factuality == KG_FACT_NEGATED)
    return 1;                             /* an act denied is no move made */
  /* words, appeals, meetings, thanks, demands, blame or threats are no
   * "move" or "decision"; a planned act is one ("The WTO is to end the
   * pact. X condemned the move") */
  static const char *const words[] = { "01", "02", "04", "051", "10", "11", "13", NULL };
  for (size_t k = 0; code && !*code && words[k]; k++)
    if (!strncmp(e->cameo, words[k], strlen(words[k])))
      return 1;
  return 0;
}

/* The latest mention before token i of actor a, -1. */
static int32_t latest_mention(const kg_doc *d, int32_t a, uint32_t i)
{
  for (size_t m = d->nmentions; a >= 0 && m-- > 0;)
    if (d->mentions[m].actor == a && d->mentions[m].tok < i)
      return (int32_t)m;
  return -1;
}

/* "the visit to Yerevan", "the trip to Armenia": the state of the place or
 * state the visit noun o is told to go to (an nmod "to" right after it), -1
 * (only for a noun of travel: "visit", "trip", "tour"). */
static int32_t visit_destination(const kg_doc *d, uint32_t o)
{
  const char *l = d->tokens[o].lemma;
  const kg_sentence *s = &d->sents[d->tokens[o].sent];
  if (!l || (strcmp(l, "visit") && strcmp(l, "trip") && strcmp(l, "tour")) || o + 2 >= s->tok + s->ntok ||
      !kg_tok_is(d, o + 1, "to"))
    return -1;
  int32_t m = kg_mention_at(d, o + 2);
  return m >= 0 && kg_tok_head(d, o + 2) == (int32_t)o ? kg_rel_state_of(d, d->mentions[m].actor) : -1;
}

/* The noun that reaction i reacts to: the object of verb i ("condemned the move"), its passive subject ("The
 * remarks were condemned by Israel"), or, for a noun i, the subject of the verb of drawing a reaction it is the
 * object of ("The move drew sharp criticism from China") or the passive subject of "met with" ("The plan was met
 * with condemnation"); -1. */
static int32_t reacted_noun(const kg_doc *d, uint32_t i)
{
  static const char *const draw[] = { "draw", "spark", "provoke", "prompt", "trigger", "attract", "earn", NULL };
  if (d->tokens[i].upos == KG_UPOS_VERB) {
    int32_t o = kg_ev_child_with(d, i, "obj", 0);
    return o >= 0 && (uint32_t)o > i ? o : kg_ev_child_with(d, i, "nsubj:pass", 0);
  }
  int32_t v = kg_tok_head(d, i);
  if (d->tokens[i].upos != KG_UPOS_NOUN || v < 0 || d->tokens[v].upos != KG_UPOS_VERB || !d->tokens[i].deprel)
    return -1;
  if (!strcmp(d->tokens[i].deprel, "obj") && kg_ev_lemma_in(d, (uint32_t)v, draw))
    return kg_ev_child_with(d, (uint32_t)v, "nsubj", 0);
  int32_t cs = kg_ev_child_with(d, i, "case", 0);
  if (!strncmp(d->tokens[i].deprel, "obl", 3) && cs >= 0 && kg_tok_is(d, (uint32_t)cs, "with") &&
      d->tokens[v].lemma && !strcmp(d->tokens[v].lemma, "meet"))
    return kg_ev_child_with(d, (uint32_t)v, "nsubj:pass", 0);
  return -1;
}

/* The noun reaction i reacts to (reacted_noun) is a definite act noun naming no one ("the launch", "this attack",
 * "the sanctions"; "the remarks", a noun of speech, only by an earlier telling of the same word): into
 * out (at most cap), the latest mention of the doer of the latest earlier event of that kind (its trigger's lemma or
 * that of the verb it complements, "voted to annex" for "the vote", or the CAMEO family the noun names: the
 * lexicon's kgd:actNoun) within eight sentences (a reaction is often told after a paragraph of quotes and a byline;
 * the lead's act however far back), other than the verb's own agent (kg_ev_no_move says which events cannot be
 * meant), or, for a noun of a family, an earlier one in that reach done to the verb's agent (the act it reacts to);
 * for a joint act with no agent, the latest that fits, a mention of each of its parties ("Japan and India signed a
 * treaty ... France criticised the agreement").  The count.  A noun of any family ("the decision") refers back only
 * where nothing describes it; family_only: not a noun of any family ("the move": "welcomed the move" may praise an
 * act no event was made of). */
size_t kg_ev_act_noun_doers(const ev_ctx *c, uint32_t i, int32_t agent_actor, int family_only, int32_t *out,
                            size_t cap)
{
  static const char *const speech[] = { "remark", "comment", "statement", "speech", "tweet", "post", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t o = reacted_noun(d, i);
  if (o < 0 || d->tokens[o].upos != KG_UPOS_NOUN || !d->tokens[o].lemma || kg_mention_at(d, (uint32_t)o) >= 0)
    return 0;
  int def = 0;
  for (uint32_t k = (uint32_t)o < i ? s->tok : i + 1; k < (uint32_t)o; k++) {
    if (kg_tok_head(d, k) != o || !d->tokens[k].deprel)
      continue;
    if (kg_mention_at(d, k) >= 0 || !strncmp(d->tokens[k].deprel, "nmod:poss", 9))
      return 0;                           /* "North Korea's launch", "its launch" */
    if (!strcmp(d->tokens[k].deprel, "det"))
      def = kg_tok_is(d, k, "the") || kg_tok_is(d, k, "this") || kg_tok_is(d, k, "that") ||
            kg_tok_is(d, k, "these") || kg_tok_is(d, k, "those");
  }
  if (!def)
    return 0;
  const char *lem = d->tokens[o].lemma, *code = kg_dict_act_noun(c->dict, lem);  /* kgd:actNoun */
  int said = kg_ev_in_list(lem, speech);
  if (((code && !*code) || said) && (kg_ev_noun_described(d, (uint32_t)o) || family_only))
    return 0;                              /* "the decision to attack", "the ruling that ..." */
  int32_t sj = kg_ev_child_with(d, i, "nsubj", 0), latest = -1;
  int32_t dest = visit_destination(d, (uint32_t)o);
  int agent_named = 0;                    /* (the agent named in the sentence by name) */
  for (size_t m = 0; m < d->nmentions && agent_actor >= 0 && !agent_named; m++)
    agent_named = d->mentions[m].actor == agent_actor && d->mentions[m].sent == d->tokens[i].sent &&
                  (d->mentions[m].kind == KG_MEN_NAME || d->mentions[m].kind == KG_MEN_PARTIAL);
  int32_t agent_state = agent_named ? kg_rel_state_of(d, agent_actor) : -1;   /* (once, not per event) */
  for (size_t k = d->nevents; k-- > 0;) {
    const kg_event *e = &d->events[k];
    if (e->trigger >= i || (e->sent + 8 < d->tokens[i].sent && e->sent > 2 && !kg_ev_lead_paragraph(d, e->sent)) ||
        kg_ev_no_move(d, e, code, sj))
      continue;                           /* (evdoer.c; the lead's act however far back) */
    if (!strcmp(lem, "incident") && kg_cameo_root(e->cameo) != 15 && kg_cameo_root(e->cameo) < 17)
      continue;                           /* (an incident is a use or show of force, not "sold drones") */
    const char *tl = d->tokens[e->trigger].lemma;
    int32_t th = kg_tok_head(d, e->trigger);    /* "voted to annex ...": "the vote" */
    const char *hl = th >= 0 && d->tokens[e->trigger].deprel && (!strcmp(d->tokens[e->trigger].deprel, "xcomp") ||
                     kg_ev_to_advcl(d, e->trigger)) ? d->tokens[th].lemma : NULL;
    if (!(tl && !strcmp(tl, lem)) && !(hl && !strcmp(hl, lem)) && !(code && !strncmp(e->cameo, code, strlen(code))))
      continue;
    /* "the visit" is a visit's (042, its agent) or a hosted one's (043, its
     * guest, the target), not the last meeting's */
    int32_t doer = e->agent;
    if (!strcmp(lem, "visit") || !strcmp(lem, "trip") || !strcmp(lem, "tour")) {
      if (strcmp(e->cameo, "042") && strcmp(e->cameo, "043") && !(tl && !strcmp(tl, lem)))
        continue;
      if (dest >= 0 && !strcmp(e->cameo, "042") && e->target >= 0 && kg_rel_state_of(d, e->target) != dest)
        continue;                         /* ("the visit to Yerevan" is no visit to Ankara) */
      if (!strcmp(e->cameo, "043"))
        doer = e->target;
    }
    /* "Japan and India signed a treaty ... France criticised the
     * agreement": a joint act, latest of those that fit, is its parties' */
    int party = 0;
    for (size_t q = 0; q < e->npart; q++)
      party |= e->part[q] == agent_actor;
    if (doer < 0 && latest < 0 && e->npart >= 2 && !party && code && *code) {
      size_t n = 0;
      int32_t own = kg_rel_state_of(d, agent_actor);    /* (not the state of a leader who praised his own pact) */
      for (size_t q = 0; q < e->npart && n < cap; q++) {
        int32_t m = e->part[q] != own ? latest_mention(d, e->part[q], i) : -1;
        if (m >= 0)
          out[n++] = m;
      }
      return n;
    }
    if (doer < 0 || doer == agent_actor)
      continue;
    /* nor an act of the reacting side's own state ("Ukraine's foreign ministry summoned India's envoy ...
     * Zelensky called the meeting a blow": the Kremlin meeting, not Ukraine's summons) */
    if (agent_state >= 0 && kg_rel_state_of(d, doer) == agent_state)
      continue;
    /* the latest act that fits, unless the noun names a family and an
     * earlier act of it in reach was done to the reacting side: "Chile
     * accused Peru of spying. Bolivia criticised Argentina. Peru called the
     * accusation absurd": Chile's (a meeting or visit is done with its other
     * side, not to it; "the decision" of any family keeps the latest) */
    if (latest < 0)
      latest = doer;
    if (agent_actor < 0 || !code || !*code || (e->target == agent_actor && strncmp(e->cameo, "04", 2))) {
      latest = doer;
      break;
    }
  }
  int32_t m = latest >= 0 ? latest_mention(d, latest, i)
                          : (code && *code) || said ? kg_ev_act_noun_teller(c, i, (uint32_t)o, agent_actor) : -1;
  if (m < 0 || cap == 0)
    return 0;
  out[0] = m;
  return 1;
}

/* "A roadside bomb killed three soldiers", "the blast wounded two
 * policemen": a violent verb (CAMEO 18-20) whose subject is no actor but a
 * device or a blast (the lexicon's kgd:incidentWord, on the subject's
 * lemma) tells an incident, as "the explosion" does (evfilter.c): the
 * event stands with no agent, only when it struck a group (group, the
 * event's target noun, >= 0): not "the explosion shattered the glass". */
int kg_ev_device_did(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p, int32_t group)
{
  const kg_doc *d = c->doc;
  if (group < 0 || pos != KG_UPOS_VERB || !p->code || !p->code[0] || !p->code[1] || kg_dict_exclusive(c->dict))
    return 0;
  int root = kg_cameo_root(p->code);
  if (root < 18 || root > 20 || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  /* told as done: a past tense, or a perfect ("has killed"); not "bombs
   * and bullets can only shatter peace" */
  const char *x = d->tokens[i].xpos;
  int32_t aux = kg_ev_child_with(d, i, "aux", 0);
  if (!x || !(!strcmp(x, "VBD") || (!strcmp(x, "VBN") && aux >= 0 && d->tokens[aux].lemma &&
                                    !strcmp(d->tokens[aux].lemma, "have"))))
    return 0;
  int32_t k = kg_ev_child_with(d, i, "nsubj", 0);
  return k >= 0 && kg_mention_at(d, (uint32_t)k) < 0 && (kg_ev_lemma_lex(c, (uint32_t)k) & KG_LEX_INCIDENT) != 0;
}

/* "The expulsions came on Tuesday. Burkina Faso's foreign ministry declared X persona non grata": a paragraph opened
 * by a sentence that only dates a definite act noun (kgd:actNoun, its subject) lends that day, near the story's
 * date, to a past verb of the next sentence of the paragraph, which tells no date of its own. */
static int32_t sent_root(const kg_doc *d, uint32_t si)
{
  const kg_sentence *s = &d->sents[si];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "root"))
      return (int32_t)k;
  return -1;
}

static int tok_xpos(const kg_doc *d, int32_t k, const char *x)
{
  return k >= 0 && d->tokens[k].xpos && !strcmp(d->tokens[k].xpos, x);
}

/* a past main verb: "VBD", or a participle with no auxiliary the tagger made of one ("X, the spokesman, announced") */
static int told_past(const kg_doc *d, int32_t k)
{
  return tok_xpos(d, k, "VBD") || (tok_xpos(d, k, "VBN") && kg_ev_child_with(d, (uint32_t)k, "aux", 1) < 0);
}

/* adverbs of a main verb telling another time or many times than the sentence before's day */
static const char *const other_time[] = { "frequently", "often", "repeatedly", "usually", "regularly", "previously",
                                          "earlier", "once", "later", "subsequently", "always", "never", "since",
                                          "already", "eventually", "long", NULL };

/* The one day dating verb v of sentence sn, hung on it or on a noun of it ("in a televised address on Sunday"),
 * into out: 1, else 0 (none, or two). */
static int day_of_verb(const ev_ctx *c, uint32_t sn, int32_t v, kg_date_expr *out)
{
  const kg_doc *d = c->doc;
  kg_date_expr dt[4];
  size_t nd = kg_dates_find(d, sn, c->ry, c->rm, c->rd, dt, 4), hit = 0;
  for (size_t k = 0; k < nd; k++)
    if (dt[k].kind == KG_DATE_DAY && kg_dates_fits(d, dt[k].tok, (uint32_t)v)) {
      int32_t h = -1;                        /* where the expression hangs */
      for (uint32_t t = dt[k].tok; t < dt[k].tok + dt[k].ntok && h < 0; t++) {
        int32_t u = kg_tok_head(d, t);
        if (u < (int32_t)dt[k].tok || u >= (int32_t)(dt[k].tok + dt[k].ntok))
          h = u;
      }
      for (int n = 0; h >= 0 && h != v && n < 3 && d->tokens[h].upos == KG_UPOS_NOUN && d->tokens[h].deprel &&
                      (!strcmp(d->tokens[h].deprel, "obl") || !strcmp(d->tokens[h].deprel, "obj")); n++)
        h = kg_tok_head(d, (uint32_t)h);
      if (h == v) {
        if (hit++)
          return 0;                          /* two dates of the verb: which one is not told */
        *out = dt[k];
      }
    }
  return hit == 1;
}

/* The actor of the subject of verb v (the name after a title: "Colonel Amadou Abdramane"), -1. */
static int32_t subject_actor(const kg_doc *d, int32_t v)
{
  int32_t q = kg_ev_child_with(d, (uint32_t)v, "nsubj", 0);
  if (q < 0)
    return -1;
  int32_t m = kg_mention_at(d, (uint32_t)q);
  const kg_sentence *p = &d->sents[d->tokens[q].sent];
  for (uint32_t k = p->tok; m < 0 && k < p->tok + p->ntok; k++)
    if (kg_tok_head(d, k) == q && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "flat"))
      m = kg_mention_at(d, k);
  return m >= 0 ? d->mentions[m].actor : -1;
}

/* "Barzani accused Baghdad and Ankara of bargaining ... \"They are negotiating ...,\" he said in a televised speech
 * on Sunday.": a sentence of the same paragraph opening with a quotation whose teller (say, tell, add) is the
 * subject of sentence si's past main verb r dates what si told, by the day of the telling. */
static int told_next_day(const ev_ctx *c, uint32_t si, int32_t r, kg_date_expr *out)
{
  const kg_doc *d = c->doc;
  if (si + 1 >= d->nsents || !kg_sent_has_tree(d, si + 1) || kg_sent_is_heading(d, si + 1))
    return 0;
  const kg_sentence *n = &d->sents[si + 1];
  if (kg_text_para_break(d, d->sents[si].end, n->start) || !d->tokens[n->tok].xpos ||
      strcmp(d->tokens[n->tok].xpos, "``"))
    return 0;
  int32_t nr = sent_root(d, si + 1);
  if (nr < 0 || !told_past(d, nr) || !d->tokens[nr].lemma ||
      (strcmp(d->tokens[nr].lemma, "say") && strcmp(d->tokens[nr].lemma, "tell") && strcmp(d->tokens[nr].lemma, "add")))
    return 0;
  int32_t a = subject_actor(d, r);
  return a >= 0 && a == subject_actor(d, nr) && day_of_verb(c, si + 1, nr, out);
}

/* "Lula made the comparison on Sunday in Addis Ababa. He accused Israel of ...": a sentence of the same paragraph
 * opened by "he", "she" or a name, the subject of its past main verb and the same actor as the subject of the
 * sentence before's past main verb, goes on telling that occasion: the one day dating that verb (or a noun of it,
 * "in a televised address on Sunday") lends itself to the main verb (i), a verb joined to it with no subject of its
 * own, or a clause of it told ahead ("He warned that China would take ..."), when the sentence tells no date of its
 * own (the caller's test).  Not a past verb of its clause ("He said troops had attacked ..."), nor a noun; not
 * a main verb told as done often or at another time ("He frequently collaborated with ...").  First the day of a
 * quotation told next by the same subject (told_next_day). */
static int pronoun_date(const ev_ctx *c, uint32_t si, uint32_t i, kg_date_expr *out)
{
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, si))
    return 0;
  const kg_sentence *s = &d->sents[si];
  int32_t r = sent_root(d, si);
  if (r < 0 || !told_past(d, r))
    return 0;
  int ok = (int32_t)i == r;
  const char *rel = d->tokens[i].deprel;
  if (!ok && rel && kg_tok_head(d, i) == r) {
    if (!strcmp(rel, "conj"))
      ok = d->tokens[i].upos == KG_UPOS_VERB && kg_ev_child_with(d, i, "nsubj", 1) < 0;
    else if (!strcmp(rel, "ccomp") || !strcmp(rel, "xcomp"))
      ok = tok_xpos(d, (int32_t)i, "VB");
  }
  for (uint32_t k = s->tok; ok && k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == r && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "advmod"))
      for (const char *const *w = other_time; *w; w++)
        if (kg_tok_is(d, k, *w))
          return 0;                          /* "He frequently collaborated with ...": no one occasion */
  if (!ok)
    return 0;
  if (told_next_day(c, si, r, out))
    return 1;
  if (si < 1 || !kg_sent_has_tree(d, si - 1) || kg_sent_is_heading(d, si - 1))
    return 0;
  const kg_sentence *p = &d->sents[si - 1];
  int32_t pr = sent_root(d, si - 1);
  if (kg_text_para_break(d, p->end, s->start) || pr < 0 || !told_past(d, pr))
    return 0;
  int32_t sj = kg_ev_child_with(d, (uint32_t)r, "nsubj", 0), ms = sj >= 0 ? kg_mention_at(d, (uint32_t)sj) : -1;
  int32_t a = subject_actor(d, pr);
  if (sj < 0 || a < 0)
    return 0;
  if (sj == (int32_t)s->tok && (kg_tok_is(d, s->tok, "he") || kg_tok_is(d, s->tok, "she")))
    return subject_actor(d, r) == a && day_of_verb(c, si - 1, pr, out);
  if (ms >= 0 && (d->mentions[ms].kind == KG_MEN_PRONOUN || d->mentions[ms].kind == KG_MEN_DESCRIPTION))
    return 0;
  /* a subject opening the sentence, named or naming the same actor in its phrase ("The Algerian Foreign Minister,
   * Ahmed Attaf, summoned ..." after "Algeria responded on Thursday") */
  int same = subject_actor(d, r) == a;
  for (uint32_t k = s->tok; k < (uint32_t)r; k++) {
    const char *kr = d->tokens[k].deprel;
    if (kg_tok_head(d, k) == r && kr && (!strcmp(kr, "advmod") || !strncmp(kr, "aux", 3) || !strcmp(kr, "punct")))
      continue;                              /* "Modi also met ..." */
    int32_t h = (int32_t)k;
    for (int n = 0; h >= 0 && h != sj && h != r && n < 8; n++)
      h = kg_tok_head(d, (uint32_t)h);
    if (h != sj)
      return 0;                              /* something before the subject ("In 2019, X ...") */
    int32_t m = kg_mention_at(d, k);
    same |= m >= 0 && d->mentions[m].actor == a &&
            (d->mentions[m].kind == KG_MEN_NAME || d->mentions[m].kind == KG_MEN_DEMONYM);
  }
  return same && day_of_verb(c, si - 1, pr, out);
}

int kg_ev_frame_date(const ev_ctx *c, uint32_t si, uint32_t i, kg_date_expr *out)
{
  const kg_doc *d = c->doc;
  if (pronoun_date(c, si, i, out))
    return 1;
  const char *x = d->tokens[i].xpos;
  if (si < 2 || !x || strcmp(x, "VBD") || !c->ry || !kg_sent_has_tree(d, si - 1))
    return 0;
  const kg_sentence *p = &d->sents[si - 1];
  if (p->heading || !kg_text_para_break(d, d->sents[si - 2].end, p->start) ||
      kg_text_para_break(d, p->end, d->sents[si].start))
    return 0;
  kg_date_expr dt[4];
  size_t nd = kg_dates_find(d, si - 1, c->ry, c->rm, c->rd, dt, 4);
  if (nd != 1 || dt[0].kind != KG_DATE_DAY)
    return 0;
  long gap = (dt[0].y * 372L + dt[0].m * 31L + dt[0].d) - (c->ry * 372L + c->rm * 31L + c->rd);
  if (gap < -8 || gap > 1)
    return 0;                             /* near the story's day only ("The war began on 24 February 2022") */
  int32_t root = -1, subj = -1;
  for (uint32_t k = p->tok; k < p->tok + p->ntok; k++)
    if (d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "root"))
      root = (int32_t)k;
  if (root < 0 || !kg_dates_fits(d, dt[0].tok, (uint32_t)root))
    return 0;
  for (uint32_t k = p->tok; k < p->tok + p->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != root || !r)
      continue;
    if (!strcmp(r, "obj") || !strcmp(r, "ccomp") || !strcmp(r, "xcomp"))
      return 0;                             /* a sentence telling an act of its own */
    if (!strncmp(r, "nsubj", 5))
      subj = (int32_t)k;
  }
  if (subj < 0 || d->tokens[subj].upos != KG_UPOS_NOUN || kg_mention_at(d, (uint32_t)subj) >= 0 ||
      !d->tokens[subj].lemma || !kg_dict_act_noun(c->dict, d->tokens[subj].lemma))
    return 0;
  int def = 0;
  for (uint32_t k = p->tok; k < (uint32_t)subj; k++)
    def |= kg_tok_head(d, k) == subj && kg_tok_is(d, k, "the");
  if (!def)
    return 0;
  *out = dt[0];
  return 1;
}

/* The noun a thing's "it" stands for when it opens a sentence's account of
 * what the sentence before told as its subject ("The Lima Accord ... creates
 * a council. It was signed by Peru and Chile": the accord): the head of the
 * subject of the sentence before's main verb, -1 if "it" has an earlier noun
 * of its own sentence to stand for, or the sentence before no such subject. */
int32_t kg_ev_it_antecedent(const kg_doc *d, uint32_t k)
{
  uint32_t sn = d->tokens[k].sent;
  if (!kg_tok_is(d, k, "it") || sn == 0 || kg_sent_is_heading(d, sn - 1) || !kg_sent_has_tree(d, sn - 1))
    return -1;
  for (uint32_t j = d->sents[sn].tok; j < k; j++)
    if (d->tokens[j].upos == KG_UPOS_NOUN || d->tokens[j].upos == KG_UPOS_PROPN)
      return -1;
  const kg_sentence *p = &d->sents[sn - 1];
  for (uint32_t j = p->tok; j < p->tok + p->ntok; j++) {
    int32_t h = kg_tok_head(d, j);
    if (h < 0 || !d->tokens[j].deprel || strncmp(d->tokens[j].deprel, "nsubj", 5) ||
        !d->tokens[h].deprel || strcmp(d->tokens[h].deprel, "root"))
      continue;
    return d->tokens[j].upos == KG_UPOS_NOUN || d->tokens[j].upos == KG_UPOS_PROPN ? (int32_t)j : -1;
  }
  return -1;
}

/* The mention an "as did" clause's nominal j names, with its conjuncts, into a's agents. */
static void add_as_did(const ev_ctx *c, int32_t j, ev_args *a)
{
  const kg_doc *d = c->doc;
  int32_t m = kg_ev_mention_of_tok(c, j);
  if (m >= 0 && d->mentions[m].actor >= 0 && a->nag < KG_EV_SIDE) {
    int dup = 0;
    for (size_t k = 0; k < a->nag && !dup; k++)
      dup = a->agents[k] >= 0 && d->mentions[a->agents[k]].actor == d->mentions[m].actor;
    for (size_t k = 0; k < a->ntg && !dup; k++)
      dup = a->targets[k] >= 0 && d->mentions[a->targets[k]].actor == d->mentions[m].actor;
    if (!dup)
      a->agents[a->nag++] = m;
  }
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  for (uint32_t k = (uint32_t)j + 1; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == j && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "conj"))
      add_as_did(c, (int32_t)k, a);
}

void kg_ev_as_did(const ev_ctx *c, uint32_t trig, ev_args *a)
{
  const kg_doc *d = c->doc;
  if (a->nag == 0 || a->passive || d->tokens[trig].upos != KG_UPOS_VERB || !kg_sent_has_tree(d, d->tokens[trig].sent))
    return;
  const kg_sentence *s = &d->sents[d->tokens[trig].sent];
  for (uint32_t k = trig + 1; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    int32_t mk = kg_ev_child_with(d, k, "mark", 0);
    if (kg_tok_head(d, k) != (int32_t)trig || !r || strcmp(r, "advcl") || !d->tokens[k].lemma ||
        strcmp(d->tokens[k].lemma, "do") || mk < 0 || !kg_tok_is(d, (uint32_t)mk, "as") || mk + 1 != (int32_t)k)
      continue;
    for (uint32_t j = k + 1; j < s->tok + s->ntok; j++) {
      const char *rj = d->tokens[j].deprel;
      if (kg_tok_head(d, j) == (int32_t)k && rj && (!strcmp(rj, "obj") || !strncmp(rj, "nsubj", 5)))
        add_as_did(c, (int32_t)j, a);
    }
  }
}
