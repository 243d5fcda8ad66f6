/* evclause.h — helpers of evclause.c declared outside evargs.h: the clause
 * shapes that make coordinated subjects each an agent, and a target past a
 * nominal attack's by-phrase. */
#ifndef KG_EVCLAUSE_H
#define KG_EVCLAUSE_H
#include "evargs.h"
#include "evconj.h"

/* Is token i an offer ("Qatar and Turkey offered to host talks") or the act
 * offered (its xcomp, "host")?  Coordinated subjects each make an offer to
 * others: agents, not participants of a meeting among themselves. */
int kg_ev_offered_act(const kg_doc *d, uint32_t i);

/* "air strikes by F-16 fighter jets on Cambodian positions": a nominal
 * attack (token i) whose on/against phrase the parse hangs under the
 * by-phrase after it: the state-like actor of that phrase (a mention), not
 * the agent's actor `agent`; -1 when there is none. */
int32_t kg_ev_late_on_target(const ev_ctx *c, uint32_t i, int32_t agent);

/* "Drones struck a terminal ... The Houthis claimed responsibility for the
 * attack": a claim (015) among the events from index `from` on gives its
 * agent to the latest such act of three sentences back that had none. */
void kg_ev_claimed_act(const ev_ctx *c, size_t from);

/* "Thailand responded with air strikes": the named subject (a mention) of
 * the verb a nominal trigger i is an oblique of, a state or organisation
 * (any actor when `anyone`: "he left after talks with Y"); -1 when there is
 * none. */
int32_t kg_ev_obl_subject(const ev_ctx *c, uint32_t i, int anyone);
/* Has verb v a modal auxiliary ("would", "could")? */
int kg_ev_modal_aux(const kg_doc *d, uint32_t v);
/* "followed X in imposing": is v a gerund advcl marked "in" or "by"? */
int kg_ev_gerund_advcl(const kg_doc *d, uint32_t v);
/* "spoke to his counterpart, X, by telephone": the verb (its token) a
 * trigger noun i is the "by" means of, or -1. */
int32_t kg_ev_means_verb(const kg_doc *d, uint32_t i);
/* Its arguments: the verb v's own, and the actor it speaks to or with. */
void kg_ev_means_args(const ev_ctx *c, uint32_t v, const kg_trigger *p, ev_args *a);
/* The mention suffering an attack noun that is the "in" phrase of a passive
 * verb ("soldiers were wounded in an ambush"), or -1. */
int32_t kg_ev_victim_subject(const ev_ctx *c, uint32_t i);
/* The named subject (a mention) of the verb on whose object a subjectless
 * to-infinitive i hangs ("summoned X's ambassador to protest"), or -1. */
int32_t kg_ev_purpose_subject(const ev_ctx *c, uint32_t i);
/* The subject (a mention) of the verb whose object is the message noun a
 * participle clause i is on ("issued a statement condemning X"), or -1. */
int32_t kg_ev_message_subject(const ev_ctx *c, uint32_t i);
/* "Xi sent a message of congratulations to X", "Greece sent a letter of
 * protest": the verb (a token) whose object is the message noun that noun
 * trigger i is the "of" phrase of, or -1. */
int32_t kg_ev_message_of(const ev_ctx *c, uint32_t i);

/* Clause helpers of the event stage (events.c): is token k inside an "in"
 * phrase of trigger i (a venue); is mention m the subject of a verb other
 * than trigger i and its complements. */
int kg_ev_venue_phrase(const kg_doc *d, uint32_t k, uint32_t i);
int kg_ev_subject_elsewhere(const kg_doc *d, int32_t m, uint32_t i);

/* "flew to Minsk, where he met X", "leaves for Dakar on Thursday, where he
 * will meet X": the place (a Place actor, interned from a capital named as
 * its state) a ", where" clause before trigger i is told of; -1. */
int32_t kg_ev_where_place(kg_doc *d, uint32_t i);

/* Is trigger i in an adverbial clause of time (after, before, since,
 * until) told as background to the main one? */
int kg_ev_background_clause(const kg_doc *d, uint32_t i);
/* Has noun n a dependent that tells what it is ("the decision to attack",
 * "the ruling that ...", "the move on tariffs"): a clause or a nominal
 * modifier? */
int kg_ev_noun_described(const kg_doc *d, uint32_t n);
/* Is mention m a conjunct of a coordination? */
int kg_ev_conj_mention(const kg_doc *d, int32_t m);

/* Can a message carry the act of this CAMEO code (01, 02, 05, 10-14)? */
int kg_ev_verbal_act(const char *code);

/* A trigger of a sentence (events.c): its token, part of speech, object
 * token (-1) and pattern (NULL once it gives way to another). */
typedef struct ev_trig {
  uint32_t tok;
  int pos;
  int32_t obj;
  const kg_trigger *p;
} ev_trig;
/* Verb triggers that give way to a noun trigger (their pattern set to
 * NULL), by three rules in turn: a verb whose object is a noun trigger with
 * an object of its own ("ordered the closure of the consulate": the
 * closure, 161); an offer (03) whose object is praise or comment, 01 or
 * 051-056 ("offered his congratulations": 051, no 030); a verb whose object
 * is a message of an act ("sent a message of congratulations", "a letter
 * of protest": the act's). */
void kg_ev_give_way(const ev_ctx *c, ev_trig *tr, size_t ntr);

/* The state a visit (trigger i, 042) "in" or "at" its capital (the place
 * mention place_m) is to, as an actor of the document (interned), or -1;
 * not the visitor `agent`'s own state. */
int32_t kg_ev_host_state(const ev_ctx *c, uint32_t i, int32_t place_m, int32_t agent);
/* "attacked Kharkiv", "visited Karbala": for a target actor `tg` that is a
 * place the dictionary puts in a state (kgd:inCountry), that state's actor
 * (interned); -1 for any other target. */
int32_t kg_ev_place_state(const ev_ctx *c, int32_t tg);
/* Whether state actor st is person (or state) actor a's own side: a itself,
 * or the state a leads or serves (by the document's relations or the
 * dictionary's entry). "Rubio warned that Washington could ...". */
int kg_ev_own_side(const ev_ctx *c, int32_t a, int32_t st);
/* Whether token k is in a "for" phrase of verb i headed by a common noun
 * ("arrived in Kuala Lumpur for talks with ASEAN counterparts": whom the
 * talks are with is not whom the visit is to; "heading for X" is to X). */
int kg_ev_in_purpose(const kg_doc *d, uint32_t k, uint32_t i);
/* "U.S. Secretary of State Marco Rubio, who is attending the meetings,
 * spoke with X" parsed with the title as the root and "spoke" as a
 * relative clause on it: for a finite verb i with no subject of its own
 * hung on a nominal root whose phrase opens the sentence, the first
 * person, state or organisation named in that phrase (its mention), -1. */
int32_t kg_ev_root_phrase_subject(const ev_ctx *c, uint32_t i);
/* Whether verb h is a bare infinitive after a modal auxiliary ("would not
 * give in"): a finite past verb conjoined to it cannot share the modal
 * ("said France would not give in and praised X": the speaker praised). */
int kg_ev_bare_after_modal(const kg_doc *d, uint32_t h);
/* Whether verb i is a past verb (VBD, or VBN with no auxiliary) conjoined to
 * such a bare infinitive: its own clause, outside the modal. */
int kg_ev_past_after_modal(const kg_doc *d, uint32_t i);
/* Whether mention tm is the subject of a content clause of verb i and the
 * own side of agent mention am ("Rubio warned that Washington would ..."):
 * no target of i. */
int kg_ev_own_clause_subject(const ev_ctx *c, uint32_t i, int32_t am, int32_t tm);
/* The subject of verb v, or when v has none and is joined to a verb before
 * it, that verb's: "spoke with X and warned that ...", "accused X of ... and
 * warned that ...", "they held talks and signed"; -1. */
int32_t kg_ev_shared_subject(const kg_doc *d, uint32_t v);
/* Whether verb i is in the content clause of "warn" or "threaten" whose
 * subject is the warner's own side ("Rubio warned that Washington could
 * reimpose sanctions"): there "could", "may" and "might" state a threat as
 * "would" does (not "analysts warned that Russia might attack"). */
int kg_ev_in_warning(const ev_ctx *c, uint32_t i);
/* "accused the militias of firing rockets", "blamed Iran for attacking":
 * for a gerund i marked "of" or "for" on such a verb or on its object, the
 * object is the one who acts: a->agents becomes its mention (none when it
 * names no actor: "the militias, which it accuses of firing").  1 when the
 * construction is found (the window then adds no agent), else 0. */
int kg_ev_accused_act(const ev_ctx *c, uint32_t i, ev_args *a);

/* Drops, among the events from index `from` on, a noun trigger's event
 * with no target that names the act of a verb trigger's event of the same
 * code and agent with one ("visited Beijing for a state visit"). */
void kg_ev_fold_bare_nouns(const ev_ctx *c, size_t from);

/* The to-infinitive complement of verb i ("urged X to send"): its xcomp or
 * a "to" advcl after it, or -1. */
int32_t kg_ev_to_complement(const kg_doc *d, uint32_t i);
/* Is token n an adverbial clause marked "to"? */
/* Does verb h pass the act of its to-infinitive to its object ("urged X to
 * meet Y", "forced the firm to close"), unlike a verb of visiting or using
 * ("visited China to criticise the plan": the visitor criticises)? */
int kg_ev_object_control(const ev_ctx *c, uint32_t h);
int kg_ev_to_advcl(const kg_doc *d, uint32_t n);

/* Is noun trigger i the act an anniversary (commemoration) is of?  Its
 * sentence's dates are then the anniversary's. */
int kg_ev_anniversary_of(const kg_doc *d, uint32_t i);
/* 1 when verb i's object is "each other" or "one another". */
int kg_ev_reciprocal_object(const kg_doc *d, uint32_t i);
/* 1 when verb i, conjoined with verb h of a reported clause whose subject is
 * token sj, is the speaker's act (trigger code `code`). */
int kg_ev_speaker_conj(const ev_ctx *c, uint32_t i, uint32_t h, uint32_t sj, const char *code);

/* Is the place name at j in the phrase of another verb than trigger i's
 * own (the first verb above j neither i nor governing i)? */
int kg_ev_other_verb_place(const kg_doc *d, uint32_t j, uint32_t i);

/* Is the name at m inside an object or oblique phrase of a verb before
 * verb i (not a verb of saying's), so no subject of i? */
int kg_ev_other_verb_phrase(const ev_ctx *c, uint32_t m, uint32_t i);


/* The actor a possessive pronoun on verb i's object stands for ("its" of
 * "stormed its embassy"), as a mention, or -1. */
int32_t kg_ev_possessed_object(const ev_ctx *c, uint32_t i);

/* The apposition of noun k: its appos child, or a name the parse made a
 * conjunct with no "and" after a comma ("the chairman of the Commission,
 * Mahmoud Ali Youssouf," parsed with the name a conjunct of
 * "Commission"); -1 when none. */
int32_t kg_ev_appos_child(const kg_doc *d, uint32_t k);

/* Is token k the by-agent of a participle modifying a noun ("a ceremony
 * hosted by X", "plans backed by the UK")?  X acts in its own clause. */
int kg_ev_modifier_agent(const kg_doc *d, uint32_t k);

/* Is nominal k the source of an "according to" phrase ("was hit ...,
 * according to the British military", parsed as a by-agent)? */
int kg_ev_according_to(const kg_doc *d, uint32_t k);

/* "Iran said in a statement ... The statement accused X": the subject of
 * the verb whose object or oblique the same message noun (kgd:messageNoun)
 * was, within the two sentences before, is the issuer of "the statement"
 * as a subject; its mention, or -1. */
int32_t kg_ev_message_issuer(const ev_ctx *c, uint32_t j);

#endif
