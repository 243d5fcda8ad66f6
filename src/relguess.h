/* relguess.h — a bare title's state told by the sentence around the
 * holder (relguess.c).  Internal to the relation modules. */
#ifndef KG_RELGUESS_H
#define KG_RELGUESS_H
#include "doc.h"

/* For the person mention p, who opens the sentence's persons and is
 * followed by "his/her <state> counterpart": the state the story names most
 * but that one (twice as often as any third), else -1. */
int32_t kg_rel_counterpart_other(const kg_doc *d, const kg_mention *p);

/* For the person mention p titled at token tt, the object of "appoint",
 * "nominate", "name", ...: the mention of the verb's subject, else -1. */
int32_t kg_rel_appointer(const kg_doc *d, const kg_mention *p, uint32_t tt);

/* For the person mention p titled at token tt, the object of "appoint",
 * "nominate", "name", "promote", "dismiss" or "sack": the state of the
 * verb's subject (or of the subject of the verb a participle hangs on),
 * else -1. */
int32_t kg_rel_appointer_state(const kg_doc *d, const kg_mention *p, uint32_t tt);
/* For the person mention p after the title at tok of tn words (with its
 * rank or style): 1 when a state's title in apposition names the object of
 * an appointing verb ("nominated the finance minister, P"), 3 when another
 * title right before the name does ("naming General P as commander"), else
 * 0. */
int kg_rel_appointee(const kg_doc *d, const kg_mention *p, uint32_t tok, uint32_t tn, int state_title);

/* For the person mention m after a comma that follows a title phrase
 * starting at token ph: 1 when the phrase sits in a prepositional phrase
 * ("In a letter to the president of the Security Council, Todd asked")
 * and m is the sentence's subject with its verb right after it (no
 * apposition: the comma ends the fronted phrase), else 0. */
int kg_rel_fronted_subject(const kg_doc *d, uint32_t ph, int32_t m);

/* Whether token e (before end) closes an apposition's title phrase: a comma,
 * a full stop, or "and" opening a second apposition ("X, the chairperson of
 * the African Union Commission and himself a former foreign minister of
 * Djibouti,": "and himself", "and herself", "and a", "and the", "and also"). */
int kg_rel_appos_closes(const kg_doc *d, uint32_t e, uint32_t end);

/* For the person mention p named after the title at tok (its words, a
 * comma and a rank at most between), the title opening "and [the]" right after another
 * person's name ("met Y and the army chief, General P"): that person's
 * mention, else -1. */
int32_t kg_rel_conjunct_person(const kg_doc *d, const kg_mention *p, uint32_t tok);

/* The state of a bare title relations.c marked 3 (an appointee:
 * kg_rel_appointer_state) or 4 (a person joined to another:
 * kg_rel_conjunct_person's state), else -1. */
int32_t kg_rel_told_state(const kg_doc *d, const kg_mention *p, uint32_t tt, int mode);

/* For the person mention p titled at token tt right after "with", after a
 * verb of travel ("arrived in Manila with Defence Minister P"): the state of
 * the traveller (the verb's subject, or the noun a "who" stands for), else
 * -1. */
int32_t kg_rel_travel_companion(const kg_doc *d, const kg_mention *p, uint32_t tt);

/* kg_rel_appointer_state, else kg_rel_travel_companion. */
int32_t kg_rel_sentence_state(const kg_doc *d, const kg_mention *p, uint32_t tt);

/* For the mention m (of a title's owner): when it is "its" right after
 * "by" or "with" and a state opening a gapped clause (", and Ecuador by
 * its"), that state's mention; else m. */
int32_t kg_rel_gapped_owner(const kg_doc *d, int32_t m);
/* Whether token i is a modifier of a title whose holder still holds it
 * ("the acting foreign minister"; not "former", "then", "late"). */
int kg_rel_in_office_mod(const kg_doc *d, uint32_t i);

/* Whether "in" at token t follows a noun of a state's rulers ("the
 * authorities in Niamey"). */
int kg_rel_rulers_in(const kg_doc *d, uint32_t t);

/* 1 when every state named as a subject (or its possessor, or an official's)
 * from sentence a up to token `before` is the actor st (not in a quotation,
 * an apposition or a pronoun). */
int kg_rel_sole_state(const kg_doc *d, uint32_t a, uint32_t before, int32_t st);

/* The token a possessor mention's phrase belongs to (past compounds and
 * adjectives: "Libya's internationally recognised government"), -1 without
 * a tree. */
int32_t kg_rel_possessed(const kg_doc *d, const kg_mention *mm);
/* Whether the noun at token h is a person's title word ("minister",
 * "spokesman", "head", ...). */
int kg_rel_official_noun(const kg_doc *d, uint32_t h);

/* Whether sentence s opens with a quotation whose speaker is the titled
 * name p (title at tt): '"...," the foreign minister, X, told'. */
int kg_rel_quote_opens(const kg_doc *d, const kg_sentence *s, const kg_mention *p, uint32_t tt);

#endif
