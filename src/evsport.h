/* evsport.h — senses of a trigger in reports of games (evsport.c). */
#ifndef KG_EVSPORT_H
#define KG_EVSPORT_H
#include "evargs.h"

/* Whether verb i, "rule out" coded as a rejection (12x), rules out a
 * person or a score ("has been ruled out of the Six Nations clash", "an
 * injury which ruled him out of the Classic", "the try was ruled out for
 * offside"): one kept out of play, no proposal rejected. */
int kg_ev_ruled_out_player(const ev_ctx *c, uint32_t i, const kg_trigger *p);

/* Whether trigger i tells a move of play: its object, an oblique or "by"
 * phrase, or its passive subject is a thing played ("blast a shot",
 * "killing the ball", "rewarded by another penalty"), or it is a clause on
 * one ("a shot that James parried"). */
int kg_ev_game_play(const ev_ctx *c, uint32_t i, const kg_trigger *p);

/* Whether meeting trigger i (a 04x or 036 "meet" or "meeting") tells a game
 * or a race: a contest stage or name on it ("in the second round", "a
 * Carling Cup meeting", "the TEAG indoor meeting"), a score in its sentence
 * ("won 6-3 6-2 to set up a meeting with X"), or a meeting noun a race is
 * run or won at ("won the 60m at the Leipzig meeting"); or whether visit
 * trigger i (042, 043) is a team's or player's trip in a report of games:
 * its sentence names a contest ("in the FA Cup", "their Six Nations game",
 * "the squad") or has a score ("beat Italy 38-8 for the trip to France"). */
int kg_ev_game_meeting(const ev_ctx *c, uint32_t i, const kg_trigger *p);
#endif
