/* events.c — CAMEO-coded events with their arguments, date, place and
 * factuality; then the standing relations (relations.c).
 *
 * Owns: doc->events; trigger detection (dictionary patterns looked up by
 * lemma, or by a suffix-stripping fallback when no tagger ran); argument
 * rules with and without a dependency tree; factuality (hedge and negation
 * scope); attaching dates (dates.c) and places; the discourse fallback.
 * Does not own: actors and mentions (actors.c), the patterns themselves
 * (ontology/events.ttl through dict.c), matching them at a token
 * (evmatch.c), relations (relations.c), RDF.
 *
 * Triggers: every token's lemma (the tagger's, or candidates from suffix
 * stripping: visited -> visit, firing -> fire, criticised -> criticize) is
 * looked up as a verb and/or noun pattern; the tagger's part of speech
 * leads but a participle tagged ADJ is tried as a verb, and a gerund noun
 * ("the firing of a missile") takes the verb's patterns.  A pattern's
 * object must stand within a few tokens; the token that served as object
 * ("fired a missile", "missile launch") is no event of its own, nor is a
 * noun modifying another noun ("missile program").
 *
 * Arguments (evargs.c).  With a tree (kg_sent_has_tree): verb triggers take
 * nsubj as agent (climbing xcomp/conj/advcl for control, "agreed to resume
 * talks", unless a name stands between the two verbs), obj or an obl/nmod
 * whose case is the pattern's preposition as target; nsubj:pass is the
 * target and obl:agent ("by X") the agent, but only with a passive
 * auxiliary or be-form in sight (a small parser mislabels voice); conj of
 * an argument gives one event per conjunct; a head noun without a name
 * ("Israeli army bulldozers", "House Speaker Nancy Pelosi") is looked into
 * for an apposition or a name/demonym modifier.  Noun triggers take
 * nmod:poss / compound / amod demonyms as agent and nmod with
 * to/with/against/on as target.  Token windows fill whatever the tree left
 * empty, and do the whole job without a tree: the nearest actor mention
 * before a verb within its clause (clauses end at , ; : and
 * that/which/who/where/while...; a finite verb is not crossed unless
 * through "to" or an unresolved pronoun subject, "X said they would
 * meet"), skipping prepositional objects and possessive modifiers; an
 * apposition is stepped over; the first mention after the verb, after its
 * preposition or after its object noun phrase; "X's visit", "North Korean
 * launch", "pressure from X", "summits between X and Y", "by X"; "the two
 * leaders" are the two persons last named.  A title between a state and a
 * person makes the person the head ("met Russian President Vladimir Putin"
 * -> target Putin).  Coordinated subjects of a cooperative event (CAMEO
 * 03-06: "Kim and Trump met") become participants.
 *
 * Of two patterns that fit equally, the higher CAMEO code wins ("attack"
 * is a military attack, 190, rather than a verbal one, 111).  A token
 * tagged NOUN that heads an nsubj (and has no determiner, copula or case
 * of its own) is tried as a verb first ("The Palestinians reject ...").
 * The object of a pattern is looked for among the lemma candidates of the
 * window (3 tokens before, 8 after, not past , ; .), gathered once per
 * trigger; a reporting verb (dictionary kgd:Reporting cue: say, announce
 * ...) takes no verb after it as its object: in "X said Y will support
 * Z" the event is Y's support, coded on its own verb.
 *
 * Modality recodes a verbal event (evmodal.c; CAMEO codes intentions, demands and
 * threats in roots parallel to the acts): after "will", "would", "shall",
 * "'ll" or "willing / prepared / ready to" (or "may", "might", "could"
 * with an if/unless clause on a hostile act), a cooperative act 04-08 becomes
 * its "express intent" code in 03 ("will give aid" 070 -> 033, "will
 * withdraw" 0874 -> 0356) and a hostile act 14 or 16-20 its threat in 13
 * ("would blockade" 191 -> 1381, "will invade" 192 -> 1382), but a
 * cooperative act with "unless" after it is a threat, 130 ("will withdraw
 * its force unless ..."); after "must",
 * "should" or "has to", a cooperative act becomes a demand in 10 made by
 * the subject of the verb whose complement holds it, on the one who must
 * act ("Russia said Sudan must return the helicopter": 1053, Russia ->
 * Sudan); an act under an obligation left uncoded as a demand is a
 * duty or advice, no event, unless passive with "must" (evmodal.c).  A negated
 * event keeps its code ("will not invade": 192, Negated), and so does a
 * code missing from the CAMEO table (a user dictionary's own codes).
 *
 * No direct target (tree): the shallowest actor of the trigger's own
 * subtree is the target ("threatened to break relations with Russia",
 * "promised to continue military aid to Mozambique"), not looking into
 * subjects, adverbial or relative clauses, parataxis or conjoined verbs;
 * for CAMEO 07-20 (what is done to a place) a city or region of the
 * subtree is the fallback ("imposed a curfew in the town of Cizre"), never
 * for meetings (04), whose "in Geneva" is a venue (kgo:place).
 *
 * Speed: lower-cased forms (discourse.c), lemma candidates (evargs.h) and
 * cue classes are cached per token for the document; dates are found only
 * for sentences that yield an event.
 *
 * Which argument sets make an event: participants; agent and target; an
 * agent alone unless the code is a bare statement or appeal (01, 02: "X
 * said" is no event without someone it is said to) and the pattern is
 * unspecific; a target alone for hostile codes (11 disapprove, 12 reject,
 * 13 threaten, 14 protest, 16 reduce relations, 17 coerce, 18-20
 * violence: "it will boycott Algeria's elections"), nouns and
 * passives.  Anything else (a CAMEO verb with no actor around it) is
 * dropped (but a violent incident word, "the explosion": evfilter.c).
 *
 * Groups (evgroups.c): where no actor is named, the subject or object noun
 * of a sector ("a senior official said", "arrested students") is kept on
 * the event (kg_event.agent_noun / target_noun and the sector); so is the
 * sector noun before a name the dictionary does not know ("the official
 * news agency WFNA").  A group as the only agent of a verb makes an event
 * with no actor where a named agent alone would ("protesters blocked
 * roads": 144), or with the named target of an appeal ("an aid agency
 * appealed to the Sudanese government": 020), never a statement (01) or an
 * appeal to no one; a group as the only target makes none.  Under an
 * exclusive codebook, whose agent nouns are actors (PETRARCH's "---GOV"):
 * there one side makes an event, coordinated groups ("Clerics and
 * lawmakers") and coordinated sectors of one state ("Lawmakers and
 * officials in Fornost") each act.  "Ithilen's minister Calimehtar", where
 * the name is another state's entry: the possessor with the title's sector.
 * A threat with no target is made to the subject of its if/unless clause.
 *
 * Discourse fallback (documented decision): a hostile nominal or passive
 * event ("drew international condemnation and led to stringent
 * sanctions") left without any argument, in a sentence that names no
 * actor of its own, takes as its target the most salient state of the
 * discourse (kg_actors_salient: this sentence and the three previous ones
 * that mention anyone, subjects weighing most), a nominal one only when
 * an event of the twelve sentences before had that state as its target or
 * as the agent of a hostile act the noun answers (kg_ev_salient_target_told:
 * "the sanctions" told again; not the state a story is set in: "no
 * complaints about the scoreline"); a show or use of force with a specific object ("the missile launch", "firing a
 * missile") left without any argument takes the agent of the last event
 * of the same code within twelve sentences (a definite description of an
 * event refers back to it), else that most salient state.
 *
 * Factuality: evfact.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "actors.h"
#include "dates.h"
#include "relations.h"
#include "evargs.h"
#include "evclause.h"
#include "evdate.h"
#include "evundo.h"
#include "evpeace.h"
#include "evtargets.h"
#include "evreact.h"
#include "evstruck.h"
#include "evasked.h"
#include "evmodal.h"
#include "evsummon.h"
#include "evfirst.h"
#include "evsend.h"
#include "evvoice.h"
#include "evsport.h"
#include "evdeny.h"
#include "evagainst.h"
#include "evessay.h"

/* ------------------------------------------------------------ events */

static int same_event(const kg_event *e, const char *code, int32_t ag, int32_t tg, uint32_t si,
                      const kg_date_expr *dt)   /* (two dates, two events: "on 2 May ..., and in April it") */
{
  char t[sizeof e->date] = "";
  if (dt)
    kg_date_format(dt, t);
  return e->sent == si && e->agent == ag && e->target == tg && !strcmp(e->cameo, code) && !strcmp(t, e->date);
}

/* The lead's event with no place of its own happened where the story is
 * filed: the city that opens the dateline, for the sentence of the dateline
 * or the one right after a dateline that stands alone; -1 otherwise. */
static int32_t dateline_place(const kg_doc *d, uint32_t si)
{
  for (uint32_t j = 0; j < d->ntokens && d->tokens[j].sent <= si; j++) {
    if (!(d->tokens[j].flags & KG_TOK_DATELINE))
      continue;
    uint32_t ds = d->tokens[j].sent;
    const kg_sentence *s = &d->sents[ds];
    uint32_t last = s->tok + s->ntok - 1;
    if (si != ds && !(si == ds + 1 && (d->tokens[last].flags & KG_TOK_DATELINE)))
      return -1;
    for (uint32_t k = j; k <= last && (d->tokens[k].flags & KG_TOK_DATELINE); k++) {
      int32_t m = kg_mention_at(d, k);
      if (m >= 0 && d->mentions[m].tok == k && kg_ev_atype(d, m) == KG_ACT_PLACE)
        return d->mentions[m].actor;
    }
    return -1;
  }
  return -1;
}

static kg_status emit(ev_ctx *c, uint32_t i, const char *code, const char *pcode, const char *reverse,
                      ev_args *a, const kg_date_expr *dates, size_t ndates)
{
  kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  const kg_sentence *s = &d->sents[si];
  size_t nd0 = ndates;            /* the sentence's own dates, none: kg_ev_frame_date */
  kg_date_expr fr;
  int lt;
  int fact = kg_ev_factuality(c, i, code);
  fact = a->refusal && fact == KG_FACT_NEGATED ? KG_FACT_ASSERTED : fact;   /* "will not accept" (evmodal.c) */
  fact = a->future && fact == KG_FACT_ASSERTED ? KG_FACT_HEDGED : fact;     /* "will lay a wreath" (evmodal.c) */
  code = kg_ev_declined_comment(c, i, code, &fact);   /* "would not comment" (evfact.c) */
  if (kg_ev_anniversary_of(d, i))
    ndates = 0;                           /* "the anniversary of the invasion on Monday" */
  /* date: the nearest fitting expression of the sentence (evdate.c) */
  const kg_date_expr *best = kg_ev_pick_date(d, i, code, dates, ndates);
  /* place: the nearest Place mention of the sentence */
  int32_t place = -1, place_m = -1;
  uint32_t pd = UINT32_MAX;
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    int32_t m = kg_mention_at(d, j);
    if (m < 0 || kg_ev_atype(d, m) != KG_ACT_PLACE || d->mentions[m].tok != j ||
        (d->tokens[j].flags & KG_TOK_DATELINE))
      continue;                           /* the dateline places the story only */
    /* only a locative phrase places an event: "in Hanoi", "at the Kremlin" */
    uint32_t pj = j;
    for (int k = 0; k < 2 && pj > s->tok + 1 && d->tokens[pj - 1].upos == KG_UPOS_ADJ; k++)
      pj--;                               /* "in the disputed Shebaa Farms area" */
    if (pj > s->tok && kg_tok_is(d, pj - 1, "the"))
      pj--;
    /* ("near the village of Sotk": the name after "of" on a noun that
     * has the locative preposition, in the tree) */
    int32_t on = pj > s->tok && kg_tok_is(d, pj - 1, "of") ? kg_tok_head(d, j) : -1;
    if (on >= 0 && (on >= (int32_t)j || d->tokens[on].upos != KG_UPOS_NOUN))
      on = -1;
    uint32_t lp = on >= 0 ? (uint32_t)on : pj;   /* the phrase whose preposition counts */
    if (on >= 0) {
      while (lp > s->tok && kg_tok_under(d, lp - 1, on) &&
             (d->tokens[lp - 1].upos == KG_UPOS_DET || d->tokens[lp - 1].upos == KG_UPOS_ADJ ||
              d->tokens[lp - 1].upos == KG_UPOS_NOUN || kg_tok_is(d, lp - 1, "-") ||
              (d->tokens[lp - 1].xpos && !strcmp(d->tokens[lp - 1].xpos, "VBN"))))
        lp--;                             /* ("in the rebel-held city of Idlib") */
    }
    /* "in the forests south of Diema", "50 km north of Kayes": a direction
     * from a place locates, after a locative or a distance */
    static const char *const dir[] = { "north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest", "north-east", "north-west", "south-east", "south-west", NULL };
    static const char *const loc[] = { "in", "at", "near", "km", "kilometres", "kilometers", "miles", NULL };
    int from_dir = pj > s->tok + 1 && kg_tok_is(d, pj - 1, "of") && kg_ev_lemma_in(d, pj - 2, dir), lok = 0;
    for (uint32_t q = pj - 2; from_dir && !lok && q-- > s->tok && q + 7 > pj &&   /* (not "into the sea east of") */
                              d->tokens[q].upos != KG_UPOS_VERB && d->tokens[q].upos != KG_UPOS_PUNCT;)
      lok = kg_ev_lemma_in(d, q, loc);
    from_dir = from_dir && lok;
    if (!from_dir && (lp == s->tok || !(kg_tok_is(d, lp - 1, "in") || kg_tok_is(d, lp - 1, "at") ||
                          kg_tok_is(d, lp - 1, "near") || kg_tok_is(d, lp - 1, "outside") ||
                          kg_tok_is(d, lp - 1, "inside") || kg_tok_is(d, lp - 1, "across") ||
                          kg_tok_is(d, lp - 1, "throughout") || kg_tok_is(d, lp - 1, "through") ||
                          kg_tok_is(d, lp - 1, "around") || kg_ev_sea_locative(d, lp - 1))) &&
        !kg_ev_site_origin(c, m))
      continue;                           /* (or "from its Sohae launch site") */
    if (kg_ev_building_after(c, m) || kg_ev_no_place(c, m, lp))
      continue;                           /* "at the Akorda palace": no city; "in the FA Cup" (evplace.c) */
    if (kg_tok_other_conj(d, j, i))
      continue;                           /* "..., and that they would meet in New Delhi" */
    if (kg_ev_other_verb_place(d, j, i) || kg_ev_subclause_place(d, j, i))
      continue;                           /* "mediated ... a deal to free hostages held in Gaza" */
    uint32_t dist = j > i ? j - i : i - j;
    if (dist < pd) { pd = dist; place = d->mentions[m].actor; place_m = m; }
  }
  for (size_t m = 0; place_m < 0 && !strcmp(code, "042") && a->ntg == 0 && m < d->nmentions; m++)
    if (d->mentions[m].sent == si && kg_ev_atype(d, (int32_t)m) == KG_ACT_PLACE &&
        kg_ev_host_state(c, i, (int32_t)m, -1) >= 0)
      place = d->mentions[m].actor, place_m = (int32_t)m;   /* "visited Odesa" */
  if (place < 0)
    place = kg_ev_clause_place(d, i);    /* "flew to Minsk, where he met X"; "went to X to sign" */
  /* "is expected to fly to Ottawa", "visited Moscow": a visit to a capital
   * standing for its state takes the city as its place */
  /* (also a visit told as an intention, recoded: "said he would travel to
   * Kyiv on Thursday", 036; over a place on another word: evplace.c) */
  int visit = !strcmp(code, "042") || !strcmp(pcode, "042");
  int32_t dest = -1;
  if (place < 0 && visit && a->ntg > 0 && a->targets[0] >= 0 &&
      d->mentions[a->targets[0]].kind == KG_MEN_METONYM && d->mentions[a->targets[0]].sent == si)
    place = kg_ev_metonym_place(d, a->targets[0]);
  else if (visit && (dest = kg_ev_visit_destination(d, i, a, place_m)) >= 0)
    place = dest, place_m = -1;
  /* "invited officials from both countries to Brussels": the capital an
   * invitation is to is the place, not the one invited (evplace.c) */
  int32_t invited_to = kg_ev_invited_to(d, i, a);
  if (invited_to >= 0)
    place = kg_ev_metonym_place(d, invited_to);
  if (place < 0 && !kg_ev_background_clause(d, i))
    place = dateline_place(d, si);
  size_t nag = a->nag ? a->nag : 1, ntg = a->ntg ? a->ntg : 1;
  for (size_t x = 0; x < nag; x++)
    for (size_t y = 0; y < ntg; y++) {
      int32_t agm = a->nag ? a->agents[x] : -1, tgm = a->ntg ? a->targets[y] : -1;
      if (a->mutual && x == y)
        continue;                         /* (no one blames itself) */
      /* "Ithilen's minister Calimehtar": the possessor state, with the
       * sector of the title, is the actor of the name a state's entry has */
      int32_t pan = -1, ptn = -1;
      int pas = 0, pts = 0;
      if (agm >= 0 && (pan = kg_ev_possessor_title(c, agm, &pas)) >= 0)
        agm = kg_ev_possessor_of(c, agm);
      if (tgm >= 0 && (ptn = kg_ev_possessor_title(c, tgm, &pts)) >= 0)
        tgm = kg_ev_possessor_of(c, tgm);
      int32_t ag = agm >= 0 ? d->mentions[agm].actor : -1;
      if (ag >= 0 && d->actors[ag].type == KG_ACT_PLACE && d->mentions[agm].group >= 0)
        ag = d->actors[d->mentions[agm].group].sector_of;   /* "police in Lima": Peru (sectors.c) */
      int32_t tg = tgm >= 0 ? d->mentions[tgm].actor : -1;
      if (tg >= 0 && d->actors[tg].type == KG_ACT_PLACE && d->mentions[tgm].group >= 0)
        tg = d->actors[d->mentions[tgm].group].sector_of;   /* "hospital in Athens": Greece (sectors.c) */
      if (tgm >= 0 && !strcmp(code, "042") && kg_ev_in_purpose(d, d->mentions[tgm].tok, i))
        tgm = -1;                         /* "arrived in X for talks with ASEAN counterparts" */
      if (tgm >= 0 && tgm == invited_to && place >= 0)
        tgm = -1, tg = -1;                /* (the city invited to: the place) */
      if (tgm < 0 && a->npart == 0 && (!strcmp(code, "042") || (!strncmp(code, "07", 2) && place_m < 0)))
        tg = place_m < 0 ? kg_ev_dateline_host(c, place, ag, code, i) : kg_ev_host_state(c, i, place_m, ag);
      int rt = kg_cameo_root(code);   /* "stepped up patrols in the Indian Ocean": */
      if (tg >= 0 && tg == place && (rt < 17 || rt > 20) && kg_ev_atype(d, tgm) == KG_ACT_PLACE &&
          kg_ev_place_state(c, tg) < 0 && kg_ev_sea(d, tgm))
        tgm = -1, tg = -1;                /* a sea it is done in is no target ("in Baghdad" is, for coders) */
      const char *tdr = tgm >= 0 ? d->tokens[d->mentions[tgm].tok + d->mentions[tgm].ntok - 1].deprel : NULL;
      int32_t tst = kg_ev_place_state(c, tg);
      int32_t city = (!tdr || strcmp(tdr, "compound")) && tst >= 0 ? tg : -1;  /* "attacked Kharkiv": */
      if (tst >= 0)                       /* Ukraine, in Kharkiv; "in the Kharkiv region": Ukraine */
        tg = tst;
      /* one actor on both sides is no event between two, unless the text
       * names two sectors of the state ("Russian police arrested Russian
       * students") or a sector and the state ("French farmers would
       * blockade Paris": kg_ev_domestic), or a state represses or strikes
       * a sector of its own ("Nigeria arrested Nigerian journalists"); "the
       * government" (a description, sectors.c) names no second sector */
      int eroot = kg_cameo_root(code);
      int repress = (kg_ev_hostile_root(eroot) || eroot >= 18) && kg_ev_domestic(d, tgm, agm);
      if (ag >= 0 && (ag == tg || kg_ev_own_state_target(c, ag, tg, tgm)) && tgm >= 0 && !kg_ev_domestic(d, agm, tgm) &&
          !repress && (d->mentions[agm].group < 0 || d->mentions[agm].kind == KG_MEN_DESCRIPTION ||
                       d->mentions[tgm].group < 0 ||
                       d->mentions[agm].group == d->mentions[tgm].group))
        tg = -1;
      int32_t agn = ag < 0 && a->npart == 0 ? a->agent_noun : -1;
      int32_t tgn = tg < 0 && a->npart == 0 ? a->target_noun : -1;
      int groups_act = kg_dict_exclusive(c->dict) || a->group_only;
      if (ag < 0 && tg < 0 && a->npart == 0 && (agn < 0 || !groups_act) && !a->incident &&
          (tgn < 0 || !kg_dict_exclusive(c->dict)))
        continue;
      int dup = 0;
      for (size_t k = 0; k < d->nevents && !dup; k++)
        dup = same_event(&d->events[k], code, ag, tg, si, best) && a->npart == 0 &&
              (ag >= 0 || !kg_dict_exclusive(c->dict) ||   /* a codebook's actors: */
               d->events[k].agent_noun == agn);             /* "clerics and lawmakers" */
      if (dup)
        continue;
      kg_event *e = kg_doc_add_event(d);
      if (!e)
        return KG_ERR_NOMEM;
      snprintf(e->cameo, sizeof e->cameo, "%s", code);
      e->agent = ag;
      e->target = tg;
      if (ag >= 0)                  /* sector groups: "Egyptian soldiers" (sectors.c) */
        e->agent_group = d->mentions[agm].group;
      if (tg >= 0 && tgm >= 0)     /* (a visit's host state has no mention) */
        e->target_group = d->mentions[tgm].group;
      int usec = 0;
      int32_t un = ag >= 0 ? kg_ev_unknown_name_sector(c, agm, &usec) : -1;
      if (un >= 0) {                /* "the official news agency WFNA": GOV */
        agn = un;
        a->agent_sector = usec;
      }
      un = tg >= 0 && tgm >= 0 ? kg_ev_unknown_name_sector(c, tgm, &usec) : -1;
      if (un >= 0) {
        tgn = un;
        a->target_sector = usec;
      }
      if (pan >= 0) {
        agn = pan;
        a->agent_sector = pas;
      }
      if (ptn >= 0) {
        tgn = ptn;
        a->target_sector = pts;
      }
      if (agn >= 0) {
        e->agent_noun = agn;
        e->agent_sector = (int16_t)a->agent_sector;
      }
      if (tgn >= 0) {
        e->target_noun = tgn;
        e->target_sector = (int16_t)a->target_sector;
      }
      for (size_t k = 0; k < a->npart && e->npart < KG_EVENT_MAX_PART; k++) {
        int32_t pa = d->mentions[a->parts[k]].actor;
        int seen = 0;
        for (size_t q = 0; q < e->npart; q++)
          seen |= e->part[q] == pa;
        if (!seen) {
          e->part_group[e->npart] = d->mentions[a->parts[k]].group;
          e->part[e->npart++] = pa;
        }
      }
      e->place = city >= 0 && place_m < 0 ? city : place;
      e->factuality = (uint8_t)fact;
      e->sent = si;
      e->trigger = i;
      e->trigger_ntok = 1;
      /* "visited Laos in May and Vietnam in June": a later conjoined
       * object's own date (dates.c) */
      const kg_date_expr *own = NULL;
      if (y > 0 && tgm >= 0 && d->tokens[d->mentions[tgm].tok].deprel &&
          !strcmp(d->tokens[d->mentions[tgm].tok].deprel, "conj"))
        own = kg_dates_after_conjunct(d, dates, ndates, d->mentions[tgm].tok + d->mentions[tgm].ntok,
                                      y + 1 < ntg && a->targets[y + 1] >= 0 ? d->mentions[a->targets[y + 1]].tok
                                                                            : s->tok + s->ntok);
      if (own || best) {
        e->date_kind = (own ? own : best)->kind;
        kg_date_format(own ? own : best, e->date);
      } else if ((lt = kg_ev_later_date(d, i, d->nevents - 1, &fr)) != 0) {
        if (lt > 0) {                      /* "X later met Y", "two days later" (evdate.c) */
          e->date_kind = fr.kind;
          kg_date_format(&fr, e->date);
        }
      } else if (nd0 == 0 && kg_ev_frame_date(c, si, i, &fr)) {
        e->date_kind = fr.kind;            /* "The expulsions came on Tuesday. X declared ..." (evdoer.c) */
        kg_date_format(&fr, e->date);
      } else if (nd0 == 0)
        kg_ev_visit_day(d, i, ag, tg, e);   /* "During the visit X praised Y": the visit's day (evdate.c) */
      /* a paired code: the target's event back to the agent ("arrived in Gondor" 032, Gondor hosts 033) */
      if (reverse && ag >= 0 && tg >= 0 && strlen(reverse) < sizeof e->cameo) {
        int rdup = 0;
        for (size_t k = 0; k < d->nevents && !rdup; k++)
          rdup = same_event(&d->events[k], reverse, tg, ag, si, best);
        if (rdup)
          continue;
        kg_event ev = *e;
        kg_event *r = kg_doc_add_event(d);
        if (!r)
          return KG_ERR_NOMEM;
        *r = ev;
        snprintf(r->cameo, sizeof r->cameo, "%s", reverse);
        r->agent = ev.target; r->target = ev.agent;
        r->agent_group = ev.target_group; r->target_group = ev.agent_group;
        r->agent_noun = ev.target_noun; r->target_noun = ev.agent_noun;
        r->agent_sector = ev.target_sector; r->target_sector = ev.agent_sector;
      }
    }
  return KG_OK;
}

/* A mention naming a place an attack can strike: a city or region, or a
 * state named as a place. */
static int struck_place(const kg_doc *d, int32_t m)
{
  return d->mentions[m].actor >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN &&
         (kg_ev_atype(d, m) == KG_ACT_PLACE || d->mentions[m].as_place);
}

/* Does sentence si name an actor of its own (not a place)?  The
 * discourse fallback then stays out: the tree left the sentence's own
 * actors off the event ("a veto over any settlement", "criticised
 * unilateral tariffs"), and a state from the sentences before would be
 * a guess against the text. */
static int names_actor(const kg_doc *d, uint32_t si)
{
  for (size_t m = 0; m < d->nmentions; m++)
    if (d->mentions[m].sent == si && d->mentions[m].actor >= 0 &&
        d->mentions[m].kind != KG_MEN_PRONOUN && !struck_place(d, (int32_t)m))
      return 1;
  return 0;
}

/* Has verb i an object, or has a clause it governs ("threatened to ban
 * voting in East Jerusalem")? */
static int has_object(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    int32_t h = kg_tok_head(d, k);
    if (!r || h < 0 || strcmp(r, "obj"))
      continue;
    if (h == (int32_t)i)
      return 1;
    const char *hr = d->tokens[h].deprel;
    if (kg_tok_head(d, (uint32_t)h) == (int32_t)i && hr &&
        (!strcmp(hr, "xcomp") || !strcmp(hr, "ccomp") || !strncmp(hr, "advcl", 5)))
      return 1;
  }
  return 0;
}

/* Has token i a clausal complement ("agreed that ...")? */
/* A cooperative code (CAMEO 03-06) done together by coordinated subjects,
 * who are then its participants; praise, defence, rallying, recognition,
 * apology and forgiveness (051-056) are each subject's own act towards
 * someone ("Saudi Arabia and Qatar welcomed the talks": two agents) */
static int joint_code(int root, const char *code)
{
  if (root < 3 || root > 6)
    return 0;
  return !(code[0] == '0' && code[1] == '5' && code[2] >= '1' && code[2] <= '6');
}

static int has_ccomp(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "ccomp"))
      return 1;
  return 0;
}

/* Has token i a common-noun subject that names no actor ("the leaders")? */
static int unnamed_subject(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "nsubj") && kg_ev_common_noun_or_part(d, k) &&
        kg_mention_at(d, k) < 0)
      return 1;
  return 0;
}

static kg_status sentence_events(ev_ctx *c, uint32_t si)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[si];
  kg_date_expr dates[8];
  size_t nd = 0;
  int dates_done = 0;                     /* found when the first event needs them */
  int tree = kg_sent_has_tree(d, si);
  size_t first = d->nevents;
  ev_trig *tr = calloc(s->ntok + 1, sizeof *tr);
  size_t ntr = 0;
  if (!tr)
    return KG_ERR_NOMEM;
  /* pass 1: triggers */
  for (uint32_t i = s->tok; i < s->tok + s->ntok; i++) {
    const kg_token *t = &d->tokens[i];
    if (t->flags & (KG_TOK_URL | KG_TOK_HASHTAG | KG_TOK_EMOJI | KG_TOK_MENTION | KG_TOK_DATELINE))
      continue;
    if (!isalpha((unsigned char)t->form[0]) || kg_mention_at(d, i) >= 0)
      continue;
    int pos = 0;
    int32_t obj = -1;
    const kg_trigger *p = kg_ev_match_trigger(c, i, &pos, &obj);
    p = p ? p : kg_ev_verdict(c, i, &pos);   /* "said the decision was wrong" (evverdict.c) */
    p = p ? p : kg_ev_leave_body(c, i, &pos); /* "left ECOWAS" (evleave.c) */
    if (!p || !p->code || strlen(p->code) < 2)
      continue;
    if (pos == KG_UPOS_NOUN && !p->object && kg_ev_modifier_noun(c, i))
      continue;
    p = kg_ev_denied_claim(c, i, pos, kg_ev_leave_recode(c, i, pos, kg_ev_mass_recode(c, i, pos,
                                                                                kg_ev_recode(c, i, pos, p))));
    /* (evfilter.c, evmass.c, evleave.c, evdeny.c: recodings) */
    if (kg_ev_no_act(c, i, pos) || (pos == KG_UPOS_VERB && (kg_ev_from_unmet(c, i, p) ||
                                                           kg_ev_coerced_thing(c, i, p))) ||
        (pos == KG_UPOS_NOUN && (kg_ev_request_of(c, i, pos) >= 0 || kg_ev_game_meeting(c, i, p))) ||
        kg_ev_wrong_sense(c, i, pos, p))
      continue;
    tr[ntr].tok = i;
    tr[ntr].pos = pos;
    tr[ntr].obj = obj;
    tr[ntr].p = p;
    ntr++;
  }
  /* a verb gives way to a noun trigger on it ("ordered the closure of the
   * consulate", "offered his congratulations", "sent a message of
   * congratulations": evclause.c) */
  kg_ev_undo_acts(c, tr, ntr);           /* "lifted its ban on imports": the lifting (evundo.c) */
  kg_ev_peace_sends(c, tr, ntr);         /* "sent soldiers to join the UN force": 074 (evpeace.c) */
  kg_ev_give_way(c, tr, ntr);
  /* pass 2: a token that served as another trigger's object ("fired a
   * missile", "missile launch") is no event of its own */
  for (size_t k = 0; k < ntr; k++) {
    int consumed = 0;
    if (!tr[k].p)
      continue;
    for (size_t q = 0; q < ntr && !consumed; q++) {
      if (!tr[q].p)
        continue;
      /* a multi-word object consumes all its words ("abandon improved
       * economic relations") */
      int32_t span = 0;
      for (const char *o = tr[q].p->object; o && *o; o++)
        span += *o == ' ';
      consumed = q != k && tr[q].obj >= (int32_t)tr[k].tok &&
                 tr[q].obj - span <= (int32_t)tr[k].tok;
    }
    if (consumed)
      continue;
    uint32_t i = tr[k].tok;
    int pos = tr[k].pos;
    const kg_trigger *p = tr[k].p;
    int root = kg_cameo_root(p->code);
    ev_args a;
    memset(&a, 0, sizeof a);
    int acc = 0;
    if (kg_ev_is_verdict(p)) {
      kg_ev_verdict_args(c, i, &a);
    } else if (tree) {
      /* the tree first; token windows fill what it left empty */
      ev_args w;
      memset(&w, 0, sizeof w);
      kg_ev_tree_args(c, i, pos, p, &a);
      int32_t clm = a.nag == 0 && pos == KG_UPOS_NOUN ? kg_ev_claimed_by(c, i) : -1;
      if (clm >= 0)                       /* "an attack on X, claimed by Y" (evdoer.c) */
        a.agents[a.nag++] = clm;
      int32_t lpt = -1, lpd = a.nag == 0 && pos == KG_UPOS_NOUN ? kg_ev_light_passive_doer(c, i, &lpt) : -1;
      if (lpd >= 0)                       /* "an appeal was launched by X" (evdoer.c) */
        a.agents[a.nag++] = lpd;
      if (lpd >= 0 && lpt >= 0 && a.ntg == 0)
        a.targets[a.ntg++] = lpt;
      kg_ev_window_args(c, i, pos, p, tr[k].obj, root, &w);
      int32_t mv = root == 4 && a.nag == 0 && a.ntg == 0 ? kg_ev_means_verb(d, i) : -1;
      if (mv >= 0)                        /* "spoke to X by telephone": the verb's */
        kg_ev_means_args(c, (uint32_t)mv, p, &a);
      /* "met Lula ... and the two leaders agreed": a plural description
       * as subject is resolved below, not by the nearest name */
      int32_t pl[KG_EVENT_MAX_PART];
      int plural = a.nag == 0 && pos == KG_UPOS_VERB && kg_ev_plural_subject(c, i, pl) > 0;
      acc = pos == KG_UPOS_VERB && kg_ev_accused_act(c, i, &a);   /* "accused X of firing" */
      int32_t rps = a.nag == 0 && pos == KG_UPOS_VERB ? kg_ev_root_phrase_subject(c, i) : -1;
      if (rps >= 0)                       /* "Secretary of State X, who ..., spoke" */
        a.agents[a.nag++] = rps;
      if (a.nag == 0 && !plural && !acc && !(pos == KG_UPOS_VERB && kg_ev_unnamed_subject(c, i)))
        for (size_t q = 0; q < w.nag; q++) {
          const kg_mention *wm = &d->mentions[w.agents[q]];
          int32_t vh = kg_tok_head(d, wm->tok + wm->ntok - 1);   /* "the Minsk agreement (was signed)" */
          int clash = kg_ev_conjunct_object(d, w.agents[q], i) ||   /* "detained X and seized" */
                      (vh >= 0 && kg_ev_venue_mention(c, (uint32_t)vh, w.agents[q]));
          for (size_t r = 0; r < a.ntg; r++)     /* (but "French farmers would blockade Paris") */
            clash |= d->mentions[a.targets[r]].actor == d->mentions[w.agents[q]].actor &&
                     !kg_ev_domestic(d, w.agents[q], a.targets[r]);
          if (!clash)
            a.agents[a.nag++] = w.agents[q];
        }
      if (a.ntg == 0 && !(a.passive && w.ntg == 0))
        for (size_t q = 0; q < w.ntg; q++) {
          /* "Turkey praised the vote and said Greece would help": the
           * subject of another verb acts in its own clause */
          int clash = kg_ev_subject_elsewhere(d, w.targets[q], i);
          for (size_t r = 0; r < a.nag; r++)     /* (nor "Rubio warned that Washington") */
            clash |= d->mentions[a.agents[r]].actor == d->mentions[w.targets[q]].actor ||
                     (root == 13 && kg_ev_own_clause_subject(c, i, a.agents[r], w.targets[q]));
          if (!clash)
            a.targets[a.ntg++] = w.targets[q];
        }
      if (a.npart == 0) {
        memcpy(a.parts, w.parts, sizeof a.parts);
        a.npart = w.npart;
      }
      a.passive |= w.passive;
      int32_t mb = a.passive && a.nag == 0 && pos == KG_UPOS_VERB ? kg_ev_misplaced_by(c, i) : -1;
      for (size_t q = 0; mb >= 0 && q < a.ntg; q++)
        mb = d->mentions[a.targets[q]].actor == d->mentions[mb].actor ? -1 : mb;
      if (mb >= 0)                        /* "returned to Ukraine by Russia" (evdoer.c) */
        a.agents[a.nag++] = mb;
      /* a codebook names passive roles in its own patterns ("+ * FROM $"):
       * without a by-agent the passive subject stays the source (PETRARCH) */
      if (a.passive && a.nag == 0 && pos == KG_UPOS_VERB && kg_dict_exclusive(c->dict)) {
        int by = 0;
        for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 4 && !by; q++)
          by = kg_tok_is(d, q, "by");
        if (!by) {
          memcpy(a.agents, a.targets, sizeof a.agents);
          a.nag = a.ntg;
          a.ntg = 0;
          a.passive = 0;
        }
      }
      /* no direct target: the shallowest actor of the trigger's subtree */
      /* ... unless coordinated subjects agree among themselves on a clause
       * ("Hungarian and Romanian officials agreed that ...": participants) */
      /* "urged both governments to show restraint": the two named before */
      if (a.nag > 0 && a.ntg == 0 && a.npart == 0 && pos == KG_UPOS_VERB && !a.passive)
        a.plural_tg = (a.ntg = kg_ev_plural_object(c, i, d->mentions[a.agents[0]].actor, a.targets)) > 0;
      /* a compound-subject pattern ("% HAVE *") codes its subjects each
       * with each, whatever else the clause names */
      if (a.nag > 0 && a.ntg == 0 && a.npart == 0 && !a.passive && !(p->compound && a.nag >= 2) &&
          !(a.nag >= 2 && joint_code(root, p->code) && has_ccomp(d, s, i))) {
        /* a place is the target of what is done to it (yielding, demands,
         * hostility, force: CAMEO 07-20), not the venue of talks (04) */
        /* ... but when the object is an unnamed group of a sector, that
         * group is the target ("arrested students in Moscow": not the city) */
        int gsec = 0;
        /* (not for words: "accused the West of trying to stage a coup in
         * Tbilisi" is not aimed at the city) */
        int places = root >= 7 && root != 11 && root != 12 && !kg_ev_mutual_violence(c, p) &&   /* (a clash's venue) */
                     !(pos == KG_UPOS_VERB && kg_ev_object_group(c, i, root, &gsec) >= 0);
        /* an intransitive act ("surrendered in the town of Soroti") has a
         * venue, not a place it is done to; violence strikes the place */
        if (places && pos == KG_UPOS_VERB && root < 18 && !has_object(d, s, i))
          places = 0;
        /* a threat is made to whoever its condition is on ("threatened to
         * stop negotiations if the United States goes ahead ...", "warned
         * that China would act if Ottawa ...": not the reported clause's) */
        int32_t t = root == 13 ? kg_ev_condition_subject(c, i, d->mentions[a.agents[0]].actor) : -1;
        if (t < 0)
          t = kg_ev_subtree_target_of(c, i, a.agents[0], places);
        /* a protest is aimed at whom its purpose names, not the place */
        if (root == 14 && (t < 0 || kg_ev_atype(d, t) == KG_ACT_PLACE)) {
          int32_t pa = kg_ev_protest_aim(c, i, a.agents[0]);
          if (pa >= 0)
            t = pa;
        }
        if (t >= 0)
          a.targets[a.ntg++] = t;
      }
      if (root == 13)                     /* "warned that X would act if Y ...": Y */
        kg_ev_condition_target(c, i, &a);
      /* "The leaders condemned continued air strikes on civilians in
       * Myanmar": an unnamed group disapproves of an event, not an actor;
       * the actor of the object phrase's place or possessor is the target */
      /* ... so does one that threatens (the condition's subject first:
       * "villagers threatened to strike unless Peru ...") or protests (at
       * whom its purpose names: "demonstrators blocked a road to show their
       * disapproval of Chile's policies"), not at the place */
      if (a.nag == 0 && a.ntg == 0 && a.npart == 0 && root >= 10 && root <= 14 &&   /* (a noun: evgroups.c) */
          (pos == KG_UPOS_VERB ? unnamed_subject(d, s, i) : root == 14 && kg_ev_group_light_noun(c, i)) &&
          (root > 10 || kg_ev_child_with(d, i, "obj", 0) >= 0)) {     /* (demands of a thing: "an apology from X") */
        int32_t t = root == 13 ? kg_ev_condition_subject(c, i, -1) : root == 14 ? kg_ev_protest_aim(c, i, -1) : -1;
        if (t < 0 && root <= 12)
          t = kg_ev_subtree_target(c, i, -1, 1);
        if (t >= 0)
          a.targets[a.ntg++] = t;
      }
      /* "..., a move that X criticised", "..., a charge Y denied": the doer of the clause summed up (evsubtree.c) */
      int32_t sn = a.nag > 0 && a.npart == 0 && pos == KG_UPOS_VERB && (root == 5 || (root >= 10 && root <= 12) ||
                   !strcmp(p->code, "016")) ? kg_ev_summary_noun_doer(c, i, d->mentions[a.agents[0]].actor) : -1;
      if (sn >= 0) {
        a.targets[0] = sn;
        a.ntg = 1;
      }
      /* "Japan condemned the launch": an act named by a definite noun is
       * the act told before; its doer is the target ("demanded the
       * release": the holder, the doer of the seizure told before) */
      if (a.nag > 0 && a.ntg == 0 && a.npart == 0 &&   /* ("rejected the accusation"; a noun: evdoer.c, */
          ((root >= 10 && root <= 12) || !strcmp(p->code, "016") || !strcmp(p->code, "051")))  /* "welcomed") */
        a.ntg = kg_ev_act_noun_doers(c, i, d->mentions[a.agents[0]].actor, root == 5, a.targets, 4);
    } else {
      kg_ev_window_args(c, i, pos, p, tr[k].obj, root, &a);
    }
    if (p->skipprep)                        /* "* AT ^ +": past the at-phrase */
      kg_ev_skip_phrase_target(c, i, p->skipprep, &a);
    if (p->speaker && a.nag > 0) {          /* "NOTED + *": the noter on the subject */
      int32_t sp = kg_ev_speaker(c, i);
      if (sp >= 0) {
        memcpy(a.targets, a.agents, sizeof a.targets);
        a.ntg = a.nag;
        a.agents[0] = sp;
        a.nag = 1;
        a.passive = 0;
      }
    }
    kg_ev_complete_coord(c, i, &a);        /* "Mordor, Rohan, Fornost and Bree" */
    kg_ev_patient_roles(c, i, pos, p->code, &a);   /* "his arrest", "faces charges" (evpatient.c) */
    /* "met in December 2023 in St Vincent", "did not sign the communique
     * of a summit in Switzerland": a state in an "in" phrase is where a
     * meeting or a diplomatic act (04, 05) took place, not whom it was with
     * (a visit's place is its host, and an "in" of the pattern names its
     * target; intents and material help, 03 and 06, "invest in" a place) */
    if (tree && (root == 4 || root == 5) && strcmp(p->code, "042") && strcmp(p->code, "043") &&
        !(p->prep && !strcmp(p->prep, "in"))) {
      size_t n = 0;
      for (size_t q = 0; q < a.ntg; q++)
        if (!kg_ev_venue_phrase(d, d->mentions[a.targets[q]].tok, i))
          a.targets[n++] = a.targets[q];
      a.ntg = n;
    }
    /* "X, whose government hosted talks": X is on the agent's side */
    int32_t wp = tree && pos == KG_UPOS_VERB && a.ntg > 0 ? kg_ev_whose_person(c, i) : -1;
    if (wp >= 0) {
      size_t n = 0;
      for (size_t q = 0; q < a.ntg; q++)
        if (d->mentions[a.targets[q]].actor != d->mentions[wp].actor)
          a.targets[n++] = a.targets[q];
      a.ntg = n;
    }
    /* disapproval of "a move" done by the clause the move stands for is
     * aimed at its doer, not at an actor of the relative clause */
    if (tree && pos == KG_UPOS_VERB && (root == 11 || root == 12) && !a.passive && a.npart == 0) {
      int32_t sm = kg_ev_apposed_act_subject(d, i);
      if (sm >= 0 && (a.nag == 0 || d->mentions[a.agents[0]].actor != d->mentions[sm].actor)) {
        a.targets[0] = sm;
        a.ntg = 1;
      }
    }
    /* "Russia and Ukraine exchanged prisoners", "the two sides swapped
     * detainees": a reciprocal act of several subjects is done by each to
     * the other, whatever its code; they are its participants, and an actor
     * of its subtree ("in a swap mediated by the UAE") is none of them */
    static const char *const reciprocal[] = { "exchange", "swap", "trade", NULL };
    int recip = pos == KG_UPOS_VERB && !a.passive && !kg_dict_exclusive(c->dict) &&
                kg_ev_lemma_in(d, i, reciprocal);
    if (recip && a.nag >= 2 && a.npart == 0) {
      for (size_t q = 0; q < a.nag && q < KG_EVENT_MAX_PART; q++)
        a.parts[a.npart++] = a.agents[q];
      a.nag = a.ntg = 0;
    }
    /* none of coordinated agents is the target of the others ("Brazil,
     * Colombia and Mexico urged the authorities": not Mexico's; "signed by
     * A and B": a joint act of the two) */
    int coord = 0;                        /* (agents joined by "and", not "Straw's China trip") */
    for (size_t r = 0; a.nag >= 2 && a.ntg > 0 && r < a.nag; r++)
      coord |= kg_ev_conj_mention(d, a.agents[r]);
    if (coord) {
      size_t nt = 0;
      for (size_t q = 0; q < a.ntg; q++) {
        int agent = 0;
        for (size_t r = 0; r < a.nag && !agent; r++)
          agent = d->mentions[a.agents[r]].actor == d->mentions[a.targets[q]].actor &&
                  (d->mentions[a.targets[q]].group < 0 || d->mentions[a.targets[q]].kind == KG_MEN_DESCRIPTION);
        if (!agent)
          a.targets[nt++] = a.targets[q];
      }
      a.ntg = nt;
    }
    int fight = pos == KG_UPOS_VERB && kg_ev_mutual_violence(c, p);   /* ("the two sides clashed") */
    kg_ev_reciprocal_targets(d, i, &a, tree && pos == KG_UPOS_VERB, fight);   /* "blamed each other" (evgroups.c) */
    /* "Kim and Trump met", "Turkey and Ukraine signed a deal": a cooperative
     * event of coordinated subjects (CAMEO 03-06) has participants; an
     * offer is each subject's to others ("Qatar and Turkey offered to host
     * talks"), and so are mediation (045) and a pledge of aid (033: "Benin
     * and Chad pledged personnel") */
    if (root == 4 && a.ntg > 0 && a.npart == 0 && kg_ev_counterpart_agents(d, &a))
      a.ntg = 0;                          /* ("A and his counterpart, B, met at C's residence": evtargets.c) */
    if ((joint_code(root, p->code) || p->compound) && a.nag >= 2 && a.ntg == 0 && a.npart == 0 &&
        (p->compound || !(!strncmp(p->code, "045", 3) || !strncmp(p->code, "033", 3) || (tree && pos == KG_UPOS_VERB &&
                                                            kg_ev_offered_act(d, i))))) {
      for (size_t q = 0; q < a.nag && q < KG_EVENT_MAX_PART; q++)
        a.parts[a.npart++] = a.agents[q];
      a.nag = 0;
    }
    if (a.nag == 0 && a.npart == 0 && pos == KG_UPOS_VERB) {
      a.npart = kg_ev_plural_subject(c, i, a.parts);   /* "the two leaders signed" */
      if (a.npart == 0 && tree && joint_code(root, p->code))
        a.npart = kg_ev_they_pair(c, i, a.parts);      /* "met X, where they signed" */
      /* "the three countries condemned X": each is an agent, as named
       * coordinated subjects are, but in a cooperative act (03-06) */
      if (a.npart > 0 && !joint_code(root, p->code) && !recip) {
        for (size_t q = 0; q < a.npart && a.nag < KG_EV_SIDE; q++)
          a.agents[a.nag++] = a.parts[q];
        a.npart = 0;
        kg_ev_reciprocal_targets(d, i, &a, tree, fight);   /* "the two countries expelled each other's envoys" */
        /* "The two leaders condemned the launch" */
        if (a.ntg == 0 && ((root >= 10 && root <= 12) || !strcmp(p->code, "016") || !strcmp(p->code, "051")))
          a.ntg = kg_ev_act_noun_doers(c, i, d->mentions[a.agents[0]].actor, root == 5, a.targets, 4);
      }
    }
    /* "air strikes by F-16 jets on Cambodian positions" (evclause.c) */
    if (tree && pos == KG_UPOS_NOUN && root >= 18 && root <= 20 && a.ntg == 0 && a.npart == 0) {
      int32_t t = kg_ev_late_on_target(c, i, a.nag > 0 ? d->mentions[a.agents[0]].actor : -1);
      if (t >= 0)
        a.targets[a.ntg++] = t;
    }   /* "a cyber-attack that shut down Estonia's identity system" (evstruck.c) */
    if (tree && (pos == KG_UPOS_NOUN || pos == KG_UPOS_VERB) && root >= 17 && root <= 20 && a.ntg == 0 &&
        a.npart == 0) {
      int32_t t = kg_ev_relcl_struck(c, i, a.nag > 0 ? d->mentions[a.agents[0]].actor : -1);
      if (t >= 0)
        a.targets[a.ntg++] = t;
    }
    /* "Xi sent a message of congratulations to X": the sender's act, to
     * the addressee */
    if (tree && pos == KG_UPOS_NOUN && a.nag == 0 && kg_ev_verbal_act(p->code)) {
      int32_t v = kg_ev_message_of(c, i);
      int32_t sj = v >= 0 ? kg_ev_child_with(d, (uint32_t)v, "nsubj", 0) : -1;
      int32_t ms = sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
      if (ms >= 0 && d->mentions[ms].actor >= 0) {
        a.agents[a.nag++] = ms;
        for (uint32_t q = (uint32_t)sj + 1; q < (uint32_t)v && a.nag < KG_EV_SIDE; q++) {   /* "A and B sent ..." */
          int32_t mq = kg_tok_head(d, q) == sj && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "conj") ?
                       kg_ev_mention_of_tok(c, q) : -1;
          if (mq >= 0 && d->mentions[mq].actor >= 0 && d->mentions[mq].actor != d->mentions[ms].actor)
            a.agents[a.nag++] = mq;
        }
        if (a.ntg == 0) {
          int32_t to = kg_ev_after_prep(c, (uint32_t)v, "to", 12, 0);
          if (to >= 0 && d->mentions[to].actor != d->mentions[ms].actor)
            a.targets[a.ntg++] = to;
        }
      }
    }
    /* "Brazil and Chile issued a statement condemning X": the issuers' act;
     * not the addressee's, taken from the window before ("handed him a note
     * demanding X": "him" is whom the note is handed to, its target) */
    int addressee = 0;
    if (tree && pos == KG_UPOS_VERB && a.nag == 1 && a.ntg == 0 && !a.passive) {
      uint32_t t0 = d->mentions[a.agents[0]].tok;
      int32_t n = kg_tok_head(d, i), v = n >= 0 ? kg_tok_head(d, (uint32_t)n) : -1;
      const char *r0 = d->tokens[t0].deprel;
      addressee = v >= 0 && t0 < (uint32_t)n && kg_tok_head(d, t0) == v && r0 &&
                  (!strcmp(r0, "obj") || !strcmp(r0, "iobj")) && kg_ev_message_subject(c, i) >= 0;
      if (addressee) {
        a.targets[a.ntg++] = a.agents[0];
        a.nag = 0;
      }
    }
    if (tree && pos == KG_UPOS_VERB && a.nag == 0 && !a.passive)
      kg_ev_message_issuers(c, i, p, root, &a);   /* (evessay.c) */
    /* "Guyana summoned Venezuela's ambassador to protest" (evsummon.c) */
    if (tree && !a.passive) {
      kg_ev_summons_purpose(c, i, pos, root, &a);
      kg_ev_first_to(c, i, &a);           /* "X is the first minister to visit" (evfirst.c) */
      kg_ev_sent_person(c, i, p->code, &a);   /* "sent its envoy, X, to Moscow" (evsend.c) */
    }
    /* "six Guyanese soldiers were wounded in an ambush": the passive
     * verb's subject suffers the attack; it is no agent of it */
    if (tree && d->tokens[i].upos == KG_UPOS_NOUN && root >= 18 && root <= 20 && a.ntg == 0 &&
        a.npart == 0) {
      int32_t vm = kg_ev_victim_subject(c, i);
      if (vm >= 0 && d->mentions[vm].actor >= 0) {
        size_t n = 0;
        for (size_t q = 0; q < a.nag; q++)
          if (d->mentions[a.agents[q]].actor != d->mentions[vm].actor)
            a.agents[n++] = a.agents[q];
        a.nag = n;
        a.targets[a.ntg++] = vm;
      }
    }
    /* "Thailand responded with air strikes on ...": the verb's subject */
    /* "he suspended the plan after talks with Y": the verb's subject held
     * them */
    if (tree && pos == KG_UPOS_NOUN && ((root >= 18 && root <= 20) || root == 4) && a.nag == 0 &&
        a.ntg > 0 && a.npart == 0) {
      int32_t sj = kg_ev_obl_subject(c, i, root == 4);
      if (sj >= 0 && d->mentions[sj].actor != d->mentions[a.targets[0]].actor)
        a.agents[a.nag++] = sj;
    }
    /* "North Korea has been under UN sanctions", "X was put under
     * investigation": the subject suffers them and does none of it; a name
     * among the noun's modifiers ("UN") is the doer */
    if (pos == KG_UPOS_NOUN && (kg_ev_hostile_root(root) || (tree && root == 9)) && (tree || a.ntg == 0))
      for (uint32_t j = i, k2 = 0; j-- > s->tok && k2 < 5; k2++)
        if (kg_tok_is(d, j, "under")) {
          int32_t sj = kg_ev_subject_before(c, j);
          if (sj >= 0 && tree)
            kg_ev_under_subject(c, i, sj, &a);
          else if (sj >= 0)
            a.targets[a.ntg++] = sj;
          break;
        }
    /* a sector's unnamed group where no actor is named ("a senior official
     * said", "arrested students") */
    a.agent_noun = a.target_noun = -1;
    if (tree && pos == KG_UPOS_VERB) {
      if (a.nag == 0 && a.npart == 0)
        a.agent_noun = kg_ev_unnamed_group(c, i, 1, a.passive, &a.agent_sector);
      /* "X said its forces ...": the group is X's */
      int32_t own = a.agent_noun >= 0 && !a.passive && !acc ? kg_ev_group_owner(c, i, a.agent_noun) : -1;
      for (size_t q = 0; own >= 0 && q < a.ntg; q++)
        if (d->mentions[a.targets[q]].actor == d->mentions[own].actor)
          own = -1;
      if (own < 0 && a.nag == 0 && a.agent_noun >= 0 && !a.passive && !acc)
        own = kg_ev_dateline_authority(c, i, a.agent_noun);   /* "TBILISI -- ... police arrested" */
      for (size_t q = 0; own >= 0 && q < a.ntg; q++)
        if (d->mentions[a.targets[q]].actor == d->mentions[own].actor)
          own = -1;
      if (own >= 0)
        a.agents[a.nag++] = own;
      int32_t po = a.agent_noun >= 0 && a.nag == 0 && a.ntg == 0 && a.npart == 0 && !a.passive
                   ? kg_ev_possessed_object(c, i) : -1;   /* "protesters stormed its embassy" (evclause.c) */
      if (po >= 0)
        a.targets[a.ntg++] = po;
    }   /* (a noun act's too: "attacks on protesters", "talks with rebels") */
    if (tree && pos == KG_UPOS_VERB && a.ntg == 0 && a.npart == 0 && root >= 17)  /* (before an oblique's group) */
      a.target_noun = kg_ev_person_object(c, i, a.passive, &a.target_sector);   /* "arrested eleven men" */
    if (a.target_noun < 0 && tree && (pos == KG_UPOS_VERB || pos == KG_UPOS_NOUN) && a.ntg == 0 && a.npart == 0)
      a.target_noun = kg_ev_unnamed_group(c, i, 0, a.passive, &a.target_sector);
    /* "Sudanese troops attacked rebel forces in Darfur": the place, the
     * agent's own land, is dropped when the event is emitted; the group
     * there is the target (evgroups.c) */
    if (a.target_noun < 0 && tree && pos == KG_UPOS_VERB && a.ntg == 1 && a.nag > 0 && a.npart == 0 &&
        kg_ev_own_place_target(c, i, a.agents[0], a.targets[0]))
      a.target_noun = kg_ev_unnamed_group_own_place(c, i, a.passive, &a.target_sector);
    /* a noun act as a light verb's object: the verb's subject group acts
     * ("refugees are continuing a hunger strike", "students staged a sit-in") */
    int32_t lv = tree && pos == KG_UPOS_NOUN && a.nag == 0 && a.npart == 0 && d->tokens[i].deprel &&
                 !strcmp(d->tokens[i].deprel, "obj") ? kg_tok_head(d, i) : -1;
    if (lv >= 0 && d->tokens[lv].upos == KG_UPOS_VERB && (kg_ev_lemma_lex(c, (uint32_t)lv) & KG_LEX_LIGHT_VERB))
      a.agent_noun = kg_ev_unnamed_group(c, (uint32_t)lv, 1, 0, &a.agent_sector);
    /* under a codebook, where unnamed groups are actors: "clerics and
     * lawmakers believe" is an event of each group */
    int32_t agent_noun2 = -1;
    int agent_sector2 = 0;
    if (a.agent_noun >= 0 && kg_dict_exclusive(c->dict))
      for (uint32_t j = s->tok; j < s->tok + s->ntok && agent_noun2 < 0; j++)
        if (kg_tok_head(d, j) == a.agent_noun && d->tokens[j].deprel &&
            !strcmp(d->tokens[j].deprel, "conj") && kg_mention_at(d, j) < 0 &&
            (agent_sector2 = kg_ev_noun_sector(c, j)) != 0)
          agent_noun2 = (int32_t)j;
    /* "four men were arrested in Stockholm": the authorities of the place,
     * which is no target (evpatient.c) */
    int32_t au = a.nag == 0 && a.npart == 0 && kg_ev_doerless_act(d, i, p->code, a.passive) ?
                 kg_ev_place_authority(c, i) : -1;
    if (au >= 0) {                        /* ("two Britons were arrested in Dubai": the UAE, Britain) */
      a.agents[a.nag++] = au;
      size_t nt = 0;
      for (size_t q = 0; q < a.ntg; q++)
        if (!struck_place(d, a.targets[q]))
          a.targets[nt++] = a.targets[q];
      a.ntg = nt;
    }
    if (tree)                             /* "a complaint against X with the ICJ": X (evagainst.c) */
      kg_ev_against_side(c, i, root, &a);
    if (tree && a.nag > 0 && a.ntg == 0 && a.ntg < KG_EV_SIDE) {   /* "Norway rejected the charge" (evnotarget.c) */
      int32_t am = kg_ev_accuser(c, i, p->code, &a);
      if (am >= 0)
        a.targets[a.ntg++] = am;
    }
    if (tree)                             /* "halve the US's deficit" (evnotarget.c) */
      kg_ev_drop_state_modifiers(c, i, root, &a);
    /* which argument sets make an event (see the header comment) */
    /* "called on all parties to ...": an appeal's preposition right after
     * the verb makes the act an appeal whoever it is made to */
    int prep_next = pos == KG_UPOS_VERB && p->prep && i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, p->prep);
    /* "urged council members to overcome their divisions": an appeal with
     * an addressee and what is asked of it, to no actor named */
    int asked = root == 2 && tree && pos == KG_UPOS_VERB && kg_ev_to_complement(d, i) >= 0 &&
                (kg_ev_child_with(d, i, "obj", 0) >= 0 || kg_ev_child_with(d, i, "iobj", 0) >= 0);
    asked |= root == 2 && kg_ev_asked_thing(c, i);   /* ("urged restraint", "urged calm": evnoact.c) */
    asked |= root == 2 && a.target_noun >= 0;   /* (to a group: "appealed to aid agencies for tents") */
    int ok = a.npart > 0 || (a.nag > 0 && a.ntg > 0) ||
             (a.nag > 0 && (p->object || p->particle || p->clause_required || prep_next || pos == KG_UPOS_NOUN ||
                            root >= 3 || asked)) ||
             (a.ntg > 0 && (kg_ev_hostile_root(root) || root == 14 || root >= 18 ||
                            pos == KG_UPOS_NOUN || a.passive));
    /* an exclusive codebook is applied as written: its agent nouns are
     * actors ("a senior official said": ---GOV), and one side makes an event */
    if (!ok && kg_dict_exclusive(c->dict))
      ok = a.nag > 0 || a.ntg > 0 || a.agent_noun >= 0 || a.target_noun >= 0;
    /* violence with no actor named ("an explosion in Boston", "the bombing
     * at the station in Kabul"): the place it struck is the target (not between groups: evnotarget.c) */
    if (!ok && a.nag == 0 && a.ntg == 0 && root >= 18 && root <= 20 && !kg_ev_group_sides(c, p, &a)) {
      for (uint32_t j = i + 1; j + 1 < s->tok + s->ntok && j <= i + 6 && !ok; j++) {
        if (kg_tok_is(d, j, ",") || kg_tok_is(d, j, ";") || kg_tok_is(d, j, "."))
          break;
        if (!kg_tok_is(d, j, "in") && !kg_tok_is(d, j, "at") && !kg_tok_is(d, j, "near"))
          continue;
        /* "in Mosul", "in the heart of London" */
        for (uint32_t q = j + 1; q < s->tok + s->ntok && q <= j + 5 && !ok; q++) {
          int32_t m = kg_mention_at(d, q);
          if (m >= 0) {
            if (d->mentions[m].tok == q && struck_place(d, m) && !kg_ev_compared_place(d, i, q)) {
              a.targets[a.ntg++] = m;
              ok = 1;
            }
            break;
          }
          if (kg_tok_is(d, q, ",") || d->tokens[q].upos == KG_UPOS_VERB)
            break;
        }
      }
      /* "the Manchester suicide bombing": a place among the noun's modifiers */
      for (uint32_t j = i, n = 0; !ok && pos == KG_UPOS_NOUN && j-- > s->tok && n < 3; n++) {
        int32_t m = kg_mention_at(d, j);
        if (m >= 0) {
          if (struck_place(d, m)) {
            a.targets[a.ntg++] = m;
            ok = 1;
          }
          break;
        }
        if (d->tokens[j].upos != KG_UPOS_NOUN && d->tokens[j].upos != KG_UPOS_ADJ &&
            d->tokens[j].upos != KG_UPOS_PROPN && d->tokens[j].upos != KG_UPOS_NONE)
          break;
      }
    }
    if (!ok && a.nag == 0 && a.ntg == 0 && kg_ev_hostile_root(root) &&
        (pos == KG_UPOS_NOUN || a.passive) && !names_actor(d, si) && !kg_ev_patient_told(c, i)) {
      int32_t sal = kg_actors_salient(d, si, i, KG_TYPEBIT(KG_ACT_COUNTRY));
      if (sal >= 0 && pos == KG_UPOS_NOUN && !a.passive && !kg_ev_salient_target_told(c, i, root, sal))
        sal = -1;                         /* "no complaints about the scoreline" */
      for (size_t q = d->nmentions; sal >= 0 && q-- > 0;)
        if (d->mentions[q].actor == sal) {
          a.targets[a.ntg++] = (int32_t)q;
          ok = 1;
          break;
        }
    }
    /* a show of force with a specific object ("the missile launch may have
     * been intended ...") and no actor: the most salient state did it */
    if (!ok && a.nag == 0 && a.ntg == 0 && p->object && !acc && a.agent_noun < 0 &&
        (root == 15 || root >= 18) &&       /* (not "militants ambushed a convoy", nor */
        (pos == KG_UPOS_NOUN || a.passive || !tree ||   /* "soldiers detained X and seized power"; */
         (d->tokens[i].deprel && !strncmp(d->tokens[i].deprel, "csubj", 5)))) {   /* but "Firing a missile */
                                          /* ... could have been a show of strength") */
      /* "the missile launch" refers back to the last event of that kind */
      int32_t sal = -1;
      for (size_t q = d->nevents; q-- > 0 && sal < 0;)
        if (!strcmp(d->events[q].cameo, p->code) && d->events[q].agent >= 0 &&
            d->events[q].sent + 12 >= si)
          sal = d->events[q].agent;
      /* forces "would be deployed" in what X announces: X's side moves them */
      int32_t spk = sal < 0 && root == 15 && a.passive ? kg_ev_speaker(c, i) : -1;
      if (spk >= 0 && d->mentions[spk].actor >= 0) {
        a.agents[a.nag++] = spk;
        ok = 1;
        sal = -1;
      } else if (sal < 0)
        sal = kg_actors_salient(d, si, i, KG_TYPEBIT(KG_ACT_COUNTRY));
      for (size_t q = d->nmentions; sal >= 0 && q-- > 0;)
        if (d->mentions[q].actor == sal) {
          a.agents[a.nag++] = (int32_t)q;
          ok = 1;
          break;
        }
    }
    /* an unnamed group of a sector acting where no actor is named
     * ("protesters blocked roads", "police arrested dozens"): an event with
     * no actor, as a named agent alone makes one (not a statement, 01, nor
     * an appeal, 02, unless made to a named actor: "an aid agency appealed
     * to the Sudanese government"); the group stays on the event (agent_noun).
     * So does a noun act as a light verb's object whose subject is the group
     * ("activists began a hunger strike", "students staged a sit-in"; lv) */
    int group_only = 0;
    if (!ok && a.nag == 0 && a.npart == 0 && a.agent_noun >= 0 && (pos == KG_UPOS_VERB || lv >= 0) &&
        (root >= 3 || (root == 2 && (a.ntg > 0 || a.target_noun >= 0))))
      ok = group_only = 1;
    a.incident = !ok && a.nag == 0 && a.ntg == 0 && a.npart == 0 &&
                 (kg_ev_incident(c, i, pos, p) || kg_ev_device_did(c, i, pos, p, a.target_noun));
    if (!(ok |= a.incident))              /* a violent incident, "the explosion" (evfilter.c) */
      continue;
    char code[5];
    a.group_only = group_only;
    kg_ev_modal_recode(c, i, p->code, &a, code);
    kg_ev_summons_recode(c, i, pos, code);   /* "summoned X to protest": 114, no demonstration (evsummon.c) */
    if (kg_ev_untold_obligation(c, i, a.passive, p->code, code))
      continue;                           /* "he should apologise": a duty, no act (evmodal.c) */
    if (!dates_done) {
      nd = kg_dates_find(d, si, c->ry, c->rm, c->rd, dates, 8);
      dates_done = 1;
    }
    size_t before = d->nevents;
    kg_status st = emit(c, i, code, p->code, strcmp(code, p->code) ? NULL : p->reverse, &a, dates, nd);
    if (st == KG_OK && kg_dict_exclusive(c->dict))
      st = kg_ev_other_sectors(c, &a, before);
    if (st == KG_OK && agent_noun2 >= 0 && a.nag == 0) {
      a.agent_noun = agent_noun2;
      a.agent_sector = agent_sector2;
      st = emit(c, i, code, p->code, strcmp(code, p->code) ? NULL : p->reverse, &a, dates, nd);
    }
    if (st != KG_OK) {
      free(tr);
      return st;
    }
  }
  free(tr);
  kg_ev_fold_bare_nouns(c, first);        /* "visited Beijing for a state visit" */
  kg_ev_intent_refine(c, first);          /* "offered to mediate" 030 -> 039 */
  kg_ev_drop_askers_acts(c, first);       /* "urged Livingstone to apologise": not Blair's */
  kg_ev_drop_purposed_tour(c, first);     /* "toured the provinces to rally support": 053 */
  kg_status hv = kg_ev_hosted_visit(c, first);   /* "Orban hosted Xi": Xi's visit to Hungary too */
  if (hv != KG_OK)
    return hv;
  /* "during X's visit": link the events of this sentence */
  for (size_t k = first; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    for (uint32_t j = e->trigger + 1; j < s->tok + s->ntok && j <= e->trigger + 8; j++) {
      if (!kg_tok_is(d, j, "during") && !kg_tok_is(d, j, "amid"))
        continue;
      for (size_t q = first; q < d->nevents; q++)
        if (q != k && d->events[q].trigger > j && d->events[q].trigger <= j + 5)
          e->during = (int32_t)q;
      break;
    }
  }
  return KG_OK;
}

kg_status kg_events_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log)
{
  if (!dict || !doc)
    return KG_ERR_USAGE;
  ev_ctx c = { dict, doc, log, 0, 0, 0, NULL, NULL, NULL, NULL };
  size_t nt = doc->ntokens ? doc->ntokens : 1;
  c.cue = malloc(nt);
  c.cue_len = malloc(nt);
  c.cue_verbal = malloc(nt);
  c.mt = calloc(nt, sizeof *c.mt);   /* (kg_ev_match_trigger's memo: speed) */
  if (!c.cue || !c.cue_len || !c.cue_verbal || !c.mt) {
    free(c.cue); free(c.cue_len); free(c.cue_verbal); free(c.mt);
    return KG_ERR_NOMEM;
  }
  memset(c.cue, 0xFF, nt);
  if (!kg_dates_reference(doc, &c.ry, &c.rm, &c.rd))
    c.ry = c.rm = c.rd = 0;
  doc->nevents = 0;
  doc->nrels = 0;
  int tc = kg_tok_cache_begin(doc), cc = kg_ev_cache_begin(doc);
  /* the relations first: whose official a person is tells events which
   * side a state is on ("Rubio warned that Washington would ...") */
  kg_status st = kg_relations_run(dict, doc, log);
  /* none from readers' comments below a report (evvoice.c) */
  for (uint32_t si = 0, end = kg_ev_comments_start(doc); si < end && st == KG_OK; si++) {
    if (kg_sent_is_heading(doc, si) || doc->sents[si].ntok == 0)
      continue;
    size_t from = doc->nevents;
    st = sentence_events(&c, si);
    kg_ev_claimed_act(&c, from);
    kg_ev_reaction_doers(&c, from);
    kg_ev_feeling_sides(&c, from);
    kg_ev_asked_targets(&c, from);
    kg_ev_sentence_targets(&c, from);
  }
  if (st == KG_OK && log)
    kg_logf(log, KG_LOG_DEBUG, doc->source, "events: %zu", doc->nevents);
  kg_ev_cache_end(cc);
  kg_tok_cache_end(tc);
  free(c.cue); free(c.cue_len); free(c.cue_verbal); free(c.mt);
  return st;
}
