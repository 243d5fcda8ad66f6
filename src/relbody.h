/* relbody.h — relations.c's noun rules (relbody.c): the head of a state's
 * body named by a possessive ("X, the head of Pakistan's army,") and
 * "Ambassador X" after "Russia's ambassador": officialOf the state.  Internal
 * to the relation modules. */
#ifndef KG_RELBODY_H
#define KG_RELBODY_H
#include "doc.h"
#include "dict.h"

/* At the head noun h of "the head of S's BODY" in sentence si: the person
 * named in apposition before it, or after the phrase, serves S. */
kg_status kg_rel_body_head_rule(kg_doc *d, uint32_t si, uint32_t h);
/* relations.c's rules on the noun at token i: this module's and
 * "the foreign ministers of A and B, X and Y" (kg_rel_respective_rule). */
kg_status kg_rel_noun_rules(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t i);
/* At the noun b of a state's delegation (negotiators, team, mission) before
 * "led by"/"headed by" and the words at at: the titled person at its head
 * (and a second one joined by "and") serves the state; 1 when b is such a
 * noun with a state and a titled head (a relation was added: *st). */
int kg_rel_delegation_head(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t b, uint32_t at, kg_status *st);
/* The comma closing a portfolio phrase after a title that ends before token
 * t ("for Pacific affairs,", "of water and energy,", "for international
 * development and the Pacific,": nouns, adjectives, "and", "the", places;
 * up to seven words), else t; an "of" phrase with a capitalised word only
 * when named_of ("the president of Somaliland" names what he heads). */
int32_t kg_rel_teller_body_state(const kg_doc *d, const kg_mention *p);
/* Whether the first main subject of sentence q0 is of a state other than st
 * that sentence q names other than as a subject (two states in exchange). */
int kg_rel_exchange_before(const kg_doc *d, uint32_t q0, uint32_t q, int32_t st);
/* Whether token t lies inside a quotation (the quotation marks before it
 * in its sentence; an opening mark may end the sentence before). */
int kg_rel_in_quote(const kg_doc *d, uint32_t t);

/* The first main-clause subject of sentence q (an actor's mention, no place, not
 * the subject of an embedded clause), the mention index; -1. */
int32_t kg_rel_main_subject(const kg_doc *d, uint32_t q);
/* The same, a subject outside a quotation first (quoted_only 0, as
 * kg_rel_main_subject), or only one inside it (quoted_only 1). */
int32_t kg_rel_subject_of(const kg_doc *d, uint32_t q, int quoted_only);
/* "His spokesman, Y" after X: Y serves the one state or organisation X
 * leads or serves, when Y has no office of his own. */
kg_status kg_rel_possessor_office_rule(kg_doc *d, int32_t y, int32_t x, uint32_t si);
/* The one state that the person a titled person P "is accompanied by"
 * leads or serves ("Chinh, who is accompanied by Foreign Minister P"; "He was
 * accompanied by Foreign Minister P", a resolved pronoun; a dictionary
 * person's own state before kg_rel_dict_rule has run), else -1. */
int32_t kg_rel_companion_state(const kg_dict *dict, const kg_doc *d, const kg_mention *p);
uint32_t kg_rel_portfolio_end(const kg_doc *d, uint32_t t, uint32_t end, int named_of);
/* At the present-tense verb v "leads" or "heads": a person subject (or the
 * name a "who" clause hangs on) leads the organisation that is its object
 * (not "leads the team to victory"). */
kg_status kg_rel_heads_rule(kg_doc *d, uint32_t si, uint32_t v);
#endif
