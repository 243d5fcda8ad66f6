/* corefdesc.h — "the company", "the club": descriptions of a business or a
 * club that refer back to a named organisation; what "the agency" and "the
 * kingdom" may refer to (corefdesc.c). */
#ifndef KG_COREFDESC_H
#define KG_COREFDESC_H
#include "coref.h"

/* At "the" (token tok of sentence sidx) opening "the (adj) company / firm /
 * club / charity / carmaker / airline / retailer / broadcaster" as a noun
 * phrase's head: the organisation it refers to gets a description mention;
 * returns the tokens taken, 0 when it is no such phrase, none is found, or
 * on allocation failure. */
uint32_t kg_coref_business(kg_act_ctx *c, uint32_t sidx, uint32_t tok);
/* "the writer" after "the novelist X": the person introduced with that kind of occupation; 0 when none. */
uint32_t kg_coref_occupation(kg_act_ctx *c, uint32_t sidx, uint32_t tok);
/* The actor a that the description noun b (lower case) at token tok of
 * sentence sidx took, checked against what the noun says: "the agency" an
 * organisation named as one ("... Agency", "... Programme"), else -1; "the
 * kingdom" a monarchy (a state the dictionary also calls "Kingdom of X", or
 * the United Kingdom), "the sultanate" one called "Sultanate of X", "the
 * island" an island state (kgd:islandState), else the one of that kind the
 * story named most before, or -1. */
int32_t kg_coref_desc_fits(const kg_doc *d, const kg_dict *dict, const char *b, int32_t a, uint32_t sidx,
                           uint32_t tok);

/* Whether an organisation's label names a bloc of states ("European Union",
 * "East African Community", "Association of Southeast Asian Nations"), not
 * one of its bodies ("Council of the European Union"): what "the bloc"
 * refers to before a more salient body (coref.c). */
int kg_coref_bloc_label(const char *label);
/* The state a description's modifier (tokens [from, to)) is an epithet of
 * (kgd:epithet: "the reclusive state", "the Jewish state"), when the story
 * named it before; -1.  Stronger than salience: "Downing Street criticised
 * Pyongyang. The reclusive state fired a missile" is North Korea's act. */
int32_t kg_coref_epithet_state(const kg_doc *d, const kg_dict *dict, uint32_t from, uint32_t to);
/* Tokens of a size compound at k that a description may open with ("six",
 * "-", "member" in "the six-member bloc"; "27-nation"), or of a hyphenated
 * modifier of a state ("oil-rich", "war-torn", "nuclear-armed"), else 0. */
uint32_t kg_coref_size(const kg_doc *d, const kg_sentence *s, uint32_t k);
/* The subject of verb v before it ("nsubj"), else its passive subject
 * ("nsubj:pass"); for a conjunct verb with none or an unresolved pronoun,
 * the subject of the verb it is joined to; or -1. */
int32_t kg_coref_verb_subject(const kg_doc *d, int32_t v);
/* "a spokesman for the movement", "leaders of the group": is the word
 * before the preposition before the description's determiner at tok (of
 * sentence s; its noun at k, no name after it) a group's voice or leader?
 * (coref.c refers "the movement" back only then, or before a possessive.) */
int kg_coref_voice_of(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t k);

/* Does a mention of person a before token at follow a title of the
 * dictionary ("Foreign Minister X")?  (coref.c: "the king" then refers to
 * the bearer of that title named further back, not to a salient minister.) */
int kg_coref_person_titled(const kg_doc *d, const kg_dict *dict, int32_t a, uint32_t at);

/* "the general", "the foreign minister": a person one of whose mentions
 * before token at carries those words as a title by the name ("Senior
 * General X", "Chinese Premier X") or in an apposition after it ("X, the
 * country's foreign minister,"); "former" is not part of the title. */
typedef struct kg_titled_filter {
  char w[3][24];                          /* the description's words, "foreign", "minister" */
  int nw;
  uint32_t at;
  int strict;                             /* the words right by the name or in it (a title of kg_dict_match_title) */
} kg_titled_filter;

/* Is person a named before f->at with f's words as a title by the name or
 * in an apposition after it (for kg_actors_salient_if; arg a
 * kg_titled_filter)? */
int kg_coref_titled_ok(const kg_doc *d, int32_t a, const void *arg);
/* The person of the latest named mention before f->at that bears f's title
 * (kg_coref_titled_ok), however far back; -1 when none. */
int32_t kg_coref_titled_earlier(const kg_doc *d, const kg_titled_filter *f);

/* "sent his adviser, X, to the two capitals. The envoy met ...": the person
 * of the latest named mention before token at, at most two sentences back,
 * who is the object (or its apposition) of "send"/"dispatch", or the passive
 * subject of "sent"; -1 when none (coref.c, for "the envoy", "the emissary"). */
int32_t kg_coref_sent_person(const kg_doc *d, uint32_t at);

/* The one state a story names before sentence sidx, as the dictionary
 * entry: states named (also only as places, "in northern Mali"), the states
 * of its known cities and office holders, and of its sector groups; -1 when
 * none, two differ, or a state is named in sidx before token tok ("the
 * government" with no state salient: the story's, when it is clear). */
int32_t kg_coref_story_state(const kg_doc *d, const kg_dict *dict, uint32_t sidx, uint32_t tok);

#endif
