/* relrules.h — the single-phrase office and alliance rules (relrules.c)
 * and the helpers of relations.c they share.  Internal to the relation
 * modules. */
#ifndef KG_RELRULES_H
#define KG_RELRULES_H
#include "doc.h"
#include "dict.h"
#include "relbody.h"

/* Each rule looks at the word at token tok of sentence si and appends what
 * it finds (kg_relations_add); KG_OK or an allocation error. */
kg_status kg_rel_counterpart_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok);
kg_status kg_rel_leadership_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok);
/* Words that start kg_rel_leadership_rule: "leadership", "rule", "led", "headed". */
int kg_rel_leadership_word(const char *b);
kg_status kg_rel_sworn_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok);
kg_status kg_rel_backed_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok);
kg_status kg_rel_pact_rule(kg_doc *d, uint32_t si, uint32_t tok);
/* "his Justice and Development Party", "Erdogan's Justice and Development
 * Party": the person whose possessive opens a party's name is its member. */
kg_status kg_rel_party_rule(kg_doc *d, uint32_t si, uint32_t tok);
/* The one state (country actor) the sentences before si name, -1 when
 * they name none or more than one. */
int32_t kg_rel_story_state(const kg_doc *d, uint32_t si);
/* "S, like A and B, is a member of Y": S (and with "like" A and B) members
 * of org when mention m (B) closes such a parenthetical; 1 (with *st) then. */
int kg_rel_like_members(kg_doc *d, uint32_t si, int32_t m, int32_t org, kg_status *st);
/* "the defence ministers of the two countries, A and B", "the foreign
 * ministers of India and France, A and B": the plural title ending at token
 * h gives A the first state, B the second (for "the two countries", the
 * last two states named, in the order they were named). */
kg_status kg_rel_respective_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t h);
/* The person mention starting at token q (past a title or the lexicon's
 * honorific: "General X", "Sheikh X"), -1. */
int32_t kg_rel_person_at(const kg_dict *dict, const kg_doc *d, uint32_t q, uint32_t end);
/* The state an earlier unnamed holder of the bare title at token tt of
 * person mention p was given ("Egypt's foreign minister"), -1. */
int32_t kg_rel_title_named_before(const kg_dict *dict, const kg_doc *d, const kg_mention *p, uint32_t tt);
/* A state's body noun a title may hang on at token t ("ministry", "army",
 * "navy", "military", "police": its index), -1; the state whose body of
 * that noun the two sentences before named last, for a title phrase on
 * such a noun ending before token `from` of person mention p, -1. */
int kg_rel_body_word(const kg_doc *d, uint32_t t);
int32_t kg_rel_body_before(const kg_doc *d, const kg_mention *p, uint32_t from);

/* Whether mention m is the subject (or a possessor) in an adverbial,
 * relative or noun-modifying clause ("when it did not arrest Putin", "the
 * judges found that Mongolia had failed" parsed as a noun's clause), not in
 * the main clause, a conjunct or a reported complement ("said Britain
 * would be isolated": the speaker's state, often); 0 without a tree. */
int kg_rel_embedded_subject(const kg_doc *d, size_t m);

/* Whether mention m (or the noun it modifies) is the subject of a noun with
 * no copula, a misparse ("before the Greenlandic election next spring":
 * "election" the subject of "spring"): no state named as a subject. */
int kg_rel_noun_subject(const kg_doc *d, size_t m);

/* relations.c's helpers: a modifier word of a title phrase; the kind of
 * office actor a holds (0 none); whether a title is a state's; the
 * document's actor of a dictionary entry; the state a capital or seat of
 * government at token t stands for (-1 when none). */
int kg_rel_is_mod(const kg_doc *d, uint32_t i);
int kg_rel_office_kind(const kg_doc *d, int32_t a);
int kg_rel_state_title(const kg_title *ti);
int32_t kg_rel_actor_of_entry(const kg_dict *dict, const kg_doc *d, int32_t entry);
int32_t kg_rel_metonym_state(const kg_dict *dict, const kg_doc *d, uint32_t t);

/* Whether the text names person a with a title of another body than state
 * st, in a title phrase before the name or an apposition after it ("NATO
 * Secretary General X", "Tory foreign affairs spokesman X", "X, the shadow
 * chancellor,"), with a head's title when the dictionary (role: its kind
 * of office) knows the person as an official ("President X"), or with a
 * minister's title when it knows a head ("Chancellor X" of the Exchequer):
 * the dictionary's office in st is then not the one the text speaks of;
 * never when a title phrase of the text names st ("German Chancellor X"). */
int kg_rel_text_office_elsewhere(const kg_dict *dict, const kg_doc *d, int32_t a, int32_t st, int role);
/* Whether the dictionary knows person a as a leader or official of another
 * state than st (a Country): a state the text only implies ("its leader",
 * a bare title's state from the dateline) is then no office of a. */
int kg_rel_known_elsewhere(const kg_dict *dict, const kg_doc *d, int32_t a, int32_t st);
/* 1 when the sentence opens "Its TITLE, X": the pronoun mention cm owns the title at tok (tn tokens) and the
 * holder pm follows it in apposition; the text's office then stands against a namesake's elsewhere. */
int kg_rel_own_title(const kg_doc *d, int32_t pm, int32_t cm, uint32_t tok, uint32_t tn);
/* The state of the dateline's capital for sentence si ("ROME, June 19 -"),
 * with *lead the index of the lead sentence; -1 when no dateline opens the
 * document before si. */
int32_t kg_rel_dateline_state(const kg_dict *dict, const kg_doc *d, uint32_t si, uint32_t *lead);
/* kg_rel_dateline_state, else, for a titled person (mention pm) whose title
 * opens its clause, the state the dateline names after a town that is no
 * capital ("KARS, Turkey, November 18 - ... Interior Minister X said"): for
 * a bare title's state (relations.c; not "a spokesman for Prime Minister
 * X"), not for unnamed authorities (evpatient.c). */
int32_t kg_rel_dateline_town_state(const kg_dict *dict, const kg_doc *d, uint32_t si, uint32_t *lead, int32_t pm);
/* Tests of bare_title_rule (relations.c): whether sentence si names state
 * st as what the person of mention p acts on; the one organisation person
 * a serves by the text's relations (-1); whether the title at token tt is
 * an organisation official's; whether p is joined by "and" to a person of
 * state st. */
int kg_rel_acts_on_state(const kg_doc *d, const kg_mention *p, uint32_t si, int32_t st);
int32_t kg_rel_org_office(const kg_doc *d, int32_t a);
/* The dictionary's office holders whose state is in the text, after the
 * text's own rules (relations.c runs it last). */
kg_status kg_rel_dict_rule(const kg_dict *dict, kg_doc *d);
int kg_rel_org_title(const kg_doc *d, uint32_t tt);
/* Tokens (1 or 2, before lim) of the lexicon's team role at t ("coach",
 * "technical director": kgd:teamRole), else 0. */
uint32_t kg_rel_team_role(const kg_dict *dict, const kg_doc *d, uint32_t t, uint32_t lim);
/* The state whose officials alone bear the title at (or just after) token
 * tt (kgd:stateTitle: "Secretary of State X", "X, the deputy secretary of
 * state": the United States), when the document names it: its actor;
 * else -1, and for "the Secretary of State for Health" (a British
 * minister). */
int32_t kg_rel_title_home(const kg_dict *dict, const kg_doc *d, uint32_t tt);
/* Whether "chancellor" at token t heads the government of state actor st
 * (Germany, Austria: kgd:chancellorHeads), not a minister's (the UK's). */
int kg_rel_chancellor_head(const kg_dict *dict, const kg_doc *d, uint32_t t, int32_t st);
int kg_rel_paired_with_state(const kg_doc *d, const kg_mention *p, int32_t st);
/* Whether the verb of the person of mention p takes as its object (or an
 * oblique) a named person of state st, by the text or the dictionary
 * ("Secretary of State X met President Y in Beijing", "held talks with
 * Foreign Minister Z"): the guest of st's leader or official, whom a
 * dateline of st does not make one of its own. */
int kg_rel_guest_of(const kg_dict *dict, const kg_doc *d, const kg_mention *p, int32_t st);
/* Whether the person of name mention p is joined by "and" to "his (her,
 * their) <st> counterpart" ("Foreign Minister X and his Russian
 * counterpart, Y"): the counterpart's state st is not p's own. */
int kg_rel_counterpart_state(const kg_doc *d, const kg_mention *p, int32_t st);
/* Whether token t lies in a relative clause (within four heads of an
 * acl:relcl): "X, who met Y in Beijing," says where X went, not whose. */
int kg_rel_in_relative_clause(const kg_doc *d, uint32_t t);
/* Whether the title at tok (tn tokens, a comma after it) is the subject of
 * its clause with the name pm in apposition: a word of the title (its head,
 * not only the last: "The secretary of state, X, said") is a subject, or
 * the title hangs on the verb right after the apposition's closing comma
 * as anything but an object ('"...," the foreign minister, X, told'). */
int kg_rel_title_appos_subject(const kg_doc *d, uint32_t tok, uint32_t tn, const kg_mention *pm, uint32_t end);

#endif
