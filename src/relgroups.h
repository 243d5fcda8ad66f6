/* relgroups.h — internal interface between relations.c and relgroups.c;
 * not part of the library's API.
 * Owns: the declarations of the shared relation helpers and of the
 * alliance and membership rules.
 * Does not own: anything public (relations.h). */
#ifndef KG_RELGROUPS_H
#define KG_RELGROUPS_H
#include "doc.h"
#include "dict.h"

/* relations.c: the type of mention m's actor (0 when none); the mention
 * ending exactly at token t, -1; a Country or an organisation. */
int kg_rel_atype(const kg_doc *d, int32_t m);
int32_t kg_rel_mention_ending(const kg_doc *d, uint32_t t);
int kg_rel_state_like(int t);
/* relgroups.c: the states coordinated from token at ("A, B and C"); whether that list closes its clause. */
size_t kg_rel_state_list(const kg_doc *d, uint32_t si, uint32_t at, int32_t *out, size_t cap);
/* relgroups.c: the distinct states (at most want) named last before token at of sentence si, in it or the
 * sentence before, latest first ("the two countries", "the three governments"), leaving out mentions as places
 * (KG_REL_NOT_PLACE) and/or pronouns (KG_REL_NOT_PRONOUN); the number found. */
enum { KG_REL_NOT_PLACE = 1, KG_REL_NOT_PRONOUN = 2 };
size_t kg_rel_states_before(const kg_doc *d, uint32_t si, uint32_t at, size_t want, int32_t *out, int skip);
int kg_rel_list_closes(const kg_doc *d, uint32_t si, uint32_t at, int32_t last);
/* The state a person leads or serves by a relation found so far (a
 * Country: itself); -1. */
int32_t kg_rel_state_of(const kg_doc *d, int32_t a);

/* relgroups.c: the rules started at the keyword at token tok of sentence si
 * ("alliance", "allies", "ally", "partnership"; "member(s)"; "joined",
 * "joins", "rejoined"). */
kg_status kg_rel_ally_rule(kg_doc *d, uint32_t si, uint32_t tok);
kg_status kg_rel_member_rule(kg_doc *d, uint32_t si, uint32_t tok);
kg_status kg_rel_join_rule(kg_doc *d, uint32_t si, uint32_t tok);
/* relbloc.c: "X includes (comprises, groups, brings together) A, B and C" at the verb; whether w is such a verb */
kg_status kg_rel_includes_rule(kg_doc *d, uint32_t si, uint32_t tok);
int kg_rel_includes_verb(const char *w);
/* relbloc.c: "A, B and C formed (founded, created, established) the Y" at the verb; whether w is such a verb */
kg_status kg_rel_found_rule(kg_doc *d, uint32_t si, uint32_t tok);
int kg_rel_found_verb(const char *w);
/* relbloc.c: "X's alliance with Y", "its defence pact with Y" at "alliance", "pact" or "treaty" */
kg_status kg_rel_poss_ally_rule(kg_doc *d, uint32_t si, uint32_t tok);
/* allyOf between every pair of a list of n states (relgroups.c) */
kg_status kg_rel_allies_pairwise(kg_doc *d, const int32_t *a, size_t n, uint32_t si);
/* "A and B signed a mutual defence pact" at "mutual" (relbloc.c); a
 * person signing stands for the state he leads or serves ("he and Kim Jong
 * Un signed": a relation found before, or the dictionary's person) */
kg_status kg_rel_mutual_pact_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok);
/* relbloc.c, after every other rule: "Poland was a loyal ally of Germany in
 * NATO and the European Union": the allies of a sentence whose "ally" or
 * "allies" is followed by "in" and organisations are members of them */
kg_status kg_rel_ally_in_pass(kg_doc *d);
/* relgroups.c: the coordinated pair of states ("A and B") named last before
 * token p of sentence si, in it or the sentence before: 2 with the actors
 * in two, else 0.  relrules.c: "two allies of X", "both close allies of X":
 * the pair a counted noun at tok refers to (kg_rel_both_pair), else 0. */
size_t kg_rel_both_pair(const kg_doc *d, uint32_t si, uint32_t p, int32_t two[2]);
size_t kg_rel_counted_pair(const kg_doc *d, uint32_t si, uint32_t tok, int32_t two[2]);
/* "belong(s) to Y" (relgroups.c) */
kg_status kg_rel_belong_rule(kg_doc *d, uint32_t si, uint32_t tok);
#endif
