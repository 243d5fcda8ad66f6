/* evsport.c — senses of a matched trigger that belong to reports of games.
 *
 * Owns: kg_ev_ruled_out_player (called from kg_ev_coerced_thing in
 * evnoact.c): CAMEO codes "rule out" as a rejection (120, "ruled out
 * talks"); a person or a score ruled out is kept out of play, no proposal
 * rejected: the passive subject, the subject of a bare participle ("with
 * Mike Tindall ruled out of the opening two matches"), the noun a
 * participle modifies, or an active object that is a person ("an injury
 * which ruled him out of the Kooyong Classic"), when it names a person
 * (a person actor, a personal pronoun) or a score (a try, a goal, an
 * effort: "the try was ruled out for offside").  "The government has ruled
 * out raising the pension age" and "did not rule out a strike" stay.
 * kg_ev_game_meeting (also from kg_ev_coerced_thing, and events.c for
 * nouns): a meeting told as a game or a race, and a visit (042, 043) in a
 * sentence naming a contest or a score (a team's trip, a fixture), and
 * force (19x) or an ousting (174) in a sentence naming a game or a score
 * ("Italy launched a series of attacks", "ousted the seed 6-1 6-2").
 * kg_ev_game_play (also from kg_ev_coerced_thing): a trigger whose object,
 * "by" or other oblique phrase, or passive subject is a thing played in a
 * game ("blast a shot through the wall", "killing the ball", "was rewarded
 * by another penalty"), or that is a clause on one ("a shot that James
 * blocked"), tells a move of play, no act of its code.
 * Does not own: other senses of sport words (evfilter.c: meetings of
 * teams, titles defended), who can be coerced (evnoact.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evsport.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* Whether nominal k names a person (a person actor, a name the recogniser
 * calls a person's, or a name of no state: a player's name may be typed
 * an organisation, "Gordon D'Arcy") or a score. */
static int player_or_score(const kg_doc *d, uint32_t k)
{
  static const char *const pron[] = { "he", "she", "him", "her", "i", "me", NULL };
  static const char *const score[] = { "try", "goal", "effort", "touchdown", "score", "header", "equaliser",
    "equalizer", NULL };
  char b[16];
  const kg_sentence *s = &d->sents[d->tokens[k].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {   /* (the name or a word of it: "Gordon D'Arcy") */
    if (q != k && (kg_tok_head(d, q) != (int32_t)k || strcmp(rel(d, q), "flat")))
      continue;
    int32_t m = kg_mention_at(d, q);
    int ty = m >= 0 && d->mentions[m].actor >= 0 ? d->actors[d->mentions[m].actor].type : 0;
    if (d->tokens[q].ner_type == KG_NE_PER || ty == KG_ACT_PERSON ||
        (ty && ty != KG_ACT_COUNTRY && d->tokens[q].upos == KG_UPOS_PROPN))
      return 1;
  }
  if (d->tokens[k].upos == KG_UPOS_PRON)
    return kg_ev_in_list(kg_ev_lowp(d, k, b, sizeof b), pron);
  return d->tokens[k].upos == KG_UPOS_NOUN && kg_ev_lemma_in(d, k, score);
}

int kg_ev_ruled_out_player(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  static const char *const rules[] = { "rule", NULL };
  const kg_doc *d = c->doc;
  if (!p->code || strncmp(p->code, "12", 2) || kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent) ||
      !kg_ev_lemma_in(d, i, rules))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;        /* "ruled out", "ruled him out" (the tree may hang "out" anywhere) */
  if (!(i + 1 < end && kg_tok_is(d, i + 1, "out")) && !(i + 2 < end && kg_tok_is(d, i + 2, "out")))
    return 0;
  int pass = kg_ev_child_with(d, i, "aux:pass", 0) >= 0;
  /* a bare participle ("with X ruled out of"): no auxiliary at all */
  int32_t mk = kg_ev_child_with(d, i, "mark", 0);
  int vbn = d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBN");
  int bare = !pass && kg_ev_child_with(d, i, "aux", 0) < 0 && (vbn || (mk >= 0 && kg_tok_is(d, (uint32_t)mk, "with")));
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != (int32_t)i)
      continue;
    const char *r = rel(d, q);
    int patient = !strcmp(r, "nsubj:pass") || (bare && !strcmp(r, "nsubj")) || !strcmp(r, "obj");
    if (patient && player_or_score(d, q))
      return 1;
  }
  int32_t pn = (pass || bare) ? kg_ev_participle_noun(d, i) : -1;
  return pn >= 0 && player_or_score(d, (uint32_t)pn);
}

/* Things played in a game: what is shot, kicked, passed or scored ("goal",
 * "effort" and "penalty" are left out: "agreed a goal of cutting
 * emissions", "threatened Chile with penalties"). */
static int play_noun(const kg_doc *d, uint32_t k, const kg_trigger *p)
{
  static const char *const gun[] = { "shot", NULL };
  if (p->code && ((p->code[0] == '1' && p->code[1] && strchr("589", p->code[1])) || !strncmp(p->code, "20", 2)) &&
      kg_ev_lemma_in(d, k, gun))
    return 0;                             /* (a shot of a gun: "the shot that killed X", "fired warning shots") */
  static const char *const play[] = { "shot", "ball", "try", "header", "kick", "free-kick", "volley",
    "tackle", "equaliser", "equalizer", "touchdown", "putt", "wicket", "rebound", "cross-shot", NULL };
  return d->tokens[k].upos == KG_UPOS_NOUN && kg_ev_lemma_in(d, k, play);
}

int kg_ev_game_play(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t h = kg_tok_head(d, i);         /* "a shot that James parried", "a shot blocked by James" */
  if (h >= 0 && !strncmp(rel(d, i), "acl", 3) && play_noun(d, (uint32_t)h, p))
    return 1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != (int32_t)i)
      continue;
    const char *r = rel(d, q);
    if ((!strcmp(r, "obj") || !strncmp(r, "obl", 3) || !strcmp(r, "nsubj:pass")) && play_noun(d, q, p))
      return 1;
  }
  return 0;
}

/* A score of a game or set: "6-3", "2-1", "10-8" (one or two digits each
 * side; not "2004-05"). */
static int score_token(const kg_doc *d, uint32_t k)
{
  const char *f = d->tokens[k].form;
  size_t a = 0, b = 0;
  while (f[a] >= '0' && f[a] <= '9')
    a++;
  if (a < 1 || a > 2 || f[a] != '-')
    return 0;
  while (f[a + 1 + b] >= '0' && f[a + 1 + b] <= '9')
    b++;
  return b >= 1 && b <= 2 && !f[a + 1 + b];
}

/* A distance raced, jumped or thrown: "60m", "5.05m", "400m". */
static int distance_token(const kg_doc *d, uint32_t k)
{
  const char *f = d->tokens[k].form;
  size_t a = 0;
  while ((f[a] >= '0' && f[a] <= '9') || (a && f[a] == '.'))
    a++;
  return a >= 1 && f[a] == 'm' && !f[a + 1];
}

/* Whether token q hangs on token h within depth levels. */
static int under(const kg_doc *d, uint32_t q, uint32_t h, int depth)
{
  for (int32_t x = kg_tok_head(d, q); x >= 0 && depth-- > 0; x = kg_tok_head(d, (uint32_t)x))
    if (x == (int32_t)h)
      return 1;
  return 0;
}

/* A stage of talks or a vote, not of a game: "the second round of talks",
 * "a further round of negotiations", "the final round of voting". */
static int round_of_talks(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  static const char *const talk[] = { "talk", "talks", "negotiation", "meeting", "consultation", "discussion",
    "dialogue", "summit", "vote", "voting", "election", "ballot", "peace", NULL };
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
    if (kg_tok_head(d, q) == (int32_t)k && !strncmp(rel(d, q), "nmod", 4) && kg_ev_lemma_in(d, q, talk))
      return 1;
  return 0;
}

/* A visit (042, 043) told in a report of games: a trip, tour or visit of a
 * team or player, a transfer or a fixture ("Tottenham travel to West Brom",
 * "face a trip to Yeading in the FA Cup third round", "the team that beat
 * Italy 38-8 for Saturday's trip to France", "flown to Dublin ahead of
 * their Six Nations game"): its sentence names a contest (a noun of games,
 * cups, leagues or squads, "Six Nations") or has a score. */
static int game_trip(const kg_doc *d, const kg_sentence *s)
{
  static const char *const contest[] = { "game", "match", "fixture", "cup", "tournament", "league",
    "championship", "squad", "final", "semi-final", "quarter-final", "derby", "premiership", NULL };
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (score_token(d, q) || (q > s->tok && kg_tok_is(d, q, "Nations") && kg_tok_is(d, q - 1, "Six")))
      return 1;
    if ((d->tokens[q].upos == KG_UPOS_NOUN || d->tokens[q].upos == KG_UPOS_PROPN) && kg_ev_lemma_in(d, q, contest))
      return 1;
  }
  return 0;
}

/* Force (19x) or an ousting (174) told in a report of a game: "Italy
 * launched a series of attacks" (a score, 18-12, in the sentence),
 * "Sunday's explosive Six Nations clash", "ousted the sixth seed 4-6 6-3
 * 6-4", "oust Starace in a match".  The sentence has a score, "Six
 * Nations", or a common noun of a game ("match", "game", "fixture",
 * "derby", "tournament", "semi-final", "quarter-final"; not a name of
 * a body, "the Arab League", nor a word of other contests, "final",
 * "cup", "championship"); assaults (18x) stay ("a fan was killed before
 * the semi-final"). */
static int game_fight(const kg_doc *d, const kg_sentence *s)
{
  static const char *const game[] = { "game", "match", "fixture", "derby", "tournament", "semi-final",
    "quarter-final", NULL };
  static const char *const attack[] = { "attack", NULL };
  uint32_t end = s->tok + s->ntok;
  for (uint32_t q = s->tok; q < end; q++) {
    /* (a date's digits naming something are no score: "the 9-11 Commission
     * Report", "the 9-11 attacks") */
    if (score_token(d, q) && !(q + 1 < end && (d->tokens[q + 1].upos == KG_UPOS_PROPN ||
                                               kg_ev_lemma_in(d, q + 1, attack))))
      return 1;
    if (q > s->tok && kg_tok_is(d, q, "Nations") && kg_tok_is(d, q - 1, "Six"))
      return 1;
    if (d->tokens[q].upos == KG_UPOS_NOUN && kg_ev_lemma_in(d, q, game))
      return 1;
  }
  return 0;
}

int kg_ev_game_meeting(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  static const char *const meet[] = { "meet", "meeting", NULL };
  const kg_doc *d = c->doc;
  if (!p->code || kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  if (!strcmp(p->code, "042") || !strcmp(p->code, "043"))
    return game_trip(d, &d->sents[d->tokens[i].sent]);
  if (!strncmp(p->code, "19", 2) || !strcmp(p->code, "174"))
    return game_fight(d, &d->sents[d->tokens[i].sent]);
  if (strncmp(p->code, "04", 2) && strcmp(p->code, "036"))
    return 0;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);   /* (or "set up a meeting with X") */
  if (!kg_ev_lemma_in(d, i, meet) && !(o >= 0 && kg_ev_lemma_in(d, (uint32_t)o, meet)))
    return 0;
  /* stages and names of contests (a noun: not "a final meeting"; no
   * "league": "an Arab League meeting") */
  static const char *const stage[] = { "round", "quarter-final", "quarter-finals", "quarterfinal",
    "quarterfinals", "semi-final", "semi-finals", "semifinal", "semifinals", "final", "finals", "replay",
    "cup", "championship", "championships", "invitational", "indoor", "athletics", NULL };
  static const char *const race[] = { "run", "finish", "clear", "attempt", "compete", "race", "jump", "throw",
    NULL };
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t h = kg_tok_head(d, i);
  int noun = d->tokens[i].upos == KG_UPOS_NOUN;
  /* a race run at the meeting: its verb is one of racing or has a distance */
  int raced = noun && h >= 0 && !strncmp(rel(d, i), "obl", 3) && kg_ev_lemma_in(d, (uint32_t)h, race);
  for (uint32_t q = s->tok; q < s->tok + s->ntok && !raced; q++) {
    if (score_token(d, q))
      return 1;
    if (q != i && under(d, q, i, 2) && kg_ev_lemma_in(d, q, stage) &&
        (d->tokens[q].upos == KG_UPOS_NOUN || d->tokens[q].upos == KG_UPOS_PROPN ||
         kg_tok_is(d, q, "indoor")) && !round_of_talks(d, s, q))
      return 1;
    raced = noun && h >= 0 && !strncmp(rel(d, i), "obl", 3) && q != i && under(d, q, (uint32_t)h, 3) &&
            distance_token(d, q);
  }
  return raced;
}
