/* evargs.h — internal interface between events.c and evargs.c (event
 * arguments); not part of the library's API.
 * Owns: the context and argument records of one events run, and the word
 * and argument helpers evargs.c and evwindow.c give events.c.
 * Does not own: anything public. */
#ifndef KG_EVARGS_H
#define KG_EVARGS_H
#include "doc.h"
#include "dict.h"
#include "log.h"
#include "actors.h"
#include "dates.h"

#define MAXC 10        /* lemma candidates */
#define CLEN 48

typedef struct ev_ctx {
  const kg_dict *dict;
  kg_doc *doc;
  const kg_logger *log;
  int ry, rm, rd;      /* reference date, 0 when unknown */
  int8_t *cue;         /* per token: cached cue class, -1 not computed yet */
  uint8_t *cue_len, *cue_verbal;
  struct ev_mt *mt;    /* per token: kg_ev_match_trigger's answer, memoised (evmatch.c; NULL: none) */
} ev_ctx;

/* The most agents or targets an event's arguments hold ("Russia, China, Iran, North Korea and Belarus condemned":
 * every conjunct an agent). */
#define KG_EV_SIDE 8

/* kg_ev_match_trigger's answer at a token (done: 0 not computed yet). */
typedef struct ev_mt {
  const kg_trigger *p;
  int pos;
  int32_t obj;
  int done;
} ev_mt;

typedef struct ev_args {
  int32_t agents[KG_EV_SIDE], targets[KG_EV_SIDE], parts[KG_EVENT_MAX_PART];
  size_t nag, ntg, npart;
  int passive;
  int32_t agent_noun, target_noun;   /* unnamed groups of a sector (events.c), -1 */
  int agent_sector, target_sector;
  int group_only;                    /* only an unnamed group acts (events.c) */
  int incident;                      /* a violent incident with no actor (kgd:incidentWord) */
  int refusal;                       /* a negated promise recoded as a refusal (evmodal.c):
                                        the refusal is what happened, not negated */
  int future;                        /* an act told for the future with no intent code of its own
                                        ("will lay a wreath"): not yet done, hedged (evmodal.c) */
  int mutual;                        /* "blamed each other": targets are the agents, none its own */
  int plural_tg;                     /* the targets are the pair "both governments" stands for */
} ev_args;

/* The two-digit CAMEO root of CODE ("1831" -> 18), or 0 when CODE is NULL or
 * does not open with two digits. */
static inline int kg_cameo_root(const char *code)
{
  if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
    return 0;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

/* CAMEO roots that act against someone: 11 disapprove, 12 reject, 13
 * threaten, 16 reduce relations, 17 coerce. */
static inline int kg_ev_hostile_root(int root)
{
  return root == 11 || root == 12 || root == 13 || root == 16 || root == 17;
}

/* evpatient.c: the mention of state actor st nearest token i (the last before it, else the first after; no
 * pronoun; with skip_group none of a group, else no place or dateline mention); -1. */
int32_t kg_ev_mention_near(const kg_doc *d, int32_t st, uint32_t i, int skip_group);
/* evpatient.c: an actor made agent of an act done to it ("his arrest",
 * "faces charges", "after being convicted") becomes the target. */
void kg_ev_patient_roles(const ev_ctx *c, uint32_t i, int pos, const char *code, ev_args *a);
/* evpatient.c: the antecedent token n of a relative clause's object "which"
 * hangs (nmod, appos) in the phrase of a common noun a demonym or possessor
 * marks ("Chilean raids on the Party (X) in Peru, which Bolivia condemned"):
 * that marker's token, what the clause tells of; -1 otherwise. */
int32_t kg_ev_outer_act_state(const kg_doc *d, uint32_t n);

/* evplace.c: whether Place mention m, in the locative phrase whose first
 * word is lp (the preposition before it), names a contest, honours list
 * or season (kgd:contestWord: "in the FA Cup"), or an employer or work
 * (kgd:nonLocativeHead: "an analyst at UBS", "her role in Closer"), and so
 * places no event. */
int kg_ev_no_place(const ev_ctx *c, int32_t m, uint32_t lp);
/* evplace.c: whether the locative at token q lies outside the phrase of definite act noun i, so
 * compares the act with others there ("the raid was without precedent in Latin America"). */
int kg_ev_compared_place(const kg_doc *d, uint32_t i, uint32_t q);
/* evplace.c: a Place actor labelled as the capital mention m is written
 * ("visited Moscow"), or -1; the capital target mention an invitation by
 * trigger i is to ("invited ... to Brussels"), or -1. */
int32_t kg_ev_metonym_place(kg_doc *d, int32_t m);
int32_t kg_ev_invited_to(const kg_doc *d, uint32_t i, const ev_args *a);
/* evplace.c: the city trigger i's journey goes to ("to Moscow", target
 * mention a->targets[0], hung on i), as a Place, when the locative place
 * mention place_m hangs on another word; else -1. */
int32_t kg_ev_visit_destination(kg_doc *d, uint32_t i, const ev_args *a, int32_t place_m);
/* evplace.c: "HANOI — Putin ... wrapping up a two-day state visit": a visit
 * with no destination named, placed by the dateline, is to the state of the
 * dateline's city (an actor), unless the visitor is that state or its own;
 * so is aid (070, 073, trigger i) with no recipient named, when the story
 * names that state outside the dateline and the sentence names no other
 * state beside the agent; -1 otherwise (and for other aid codes). */
int32_t kg_ev_dateline_host(const ev_ctx *c, int32_t place, int32_t agent, const char *code, uint32_t i);
/* evplace.c: the place of trigger i's clause: "flew to Minsk, where he
 * met X" (kg_ev_where_place), "travelled to Nairobi to sign the deal"
 * (the journey's destination); -1. */
int32_t kg_ev_clause_place(kg_doc *d, uint32_t i);

/* evplace.c: is token j, or mention m, a city naming where the accord or
 * talks at noun trigger i were made ("the Minsk agreement"), no party? */
int kg_ev_venue_named(const ev_ctx *c, uint32_t i, uint32_t j);
int kg_ev_venue_mention(const ev_ctx *c, uint32_t i, int32_t m);
int kg_ev_in_list(const char *w, const char *const *l);
void kg_ev_low(const kg_doc *d, uint32_t i, char *b, size_t cap);
/* kg_ev_low's string, without the copy when cached (kg_tok_low). */
static inline const char *kg_ev_lowp(const kg_doc *d, uint32_t i, char *b, size_t cap)
{
  return kg_tok_low(d, i, b, cap);
}
/* Lemma candidates of token i (the tagger's lemma, else suffix stripping). */
size_t kg_ev_lemma_cands(const kg_doc *d, uint32_t i, char c[][CLEN]);
/* The document cache's candidates of token i (borrowed until
 * kg_ev_cache_end; *n their count), or NULL outside the cache. */
const char (*kg_ev_lemma_cands_ref(const kg_doc *d, uint32_t i, size_t *n))[CLEN];
int kg_ev_cand_has(const kg_doc *d, uint32_t i, const char *lemma);
/* Whether a lemma candidate of token i is in the NULL-terminated list. */
int kg_ev_lemma_in(const kg_doc *d, uint32_t i, const char *const *list);
/* Whether the verb at token i tells the subject's own answer, never done
 * to it ("decline", "refuse", "agree", "resign", "protest" ...): joined to
 * a passive with no object of its own, it stays active ("China was invited
 * to join the talks but declined": China declines; evdecline.c). */
int kg_ev_own_answer(const kg_doc *d, uint32_t i);
/* Whether a lemma candidate of token i is a word of a KG_LEX2_* class in bits
 * (dict.h: word lists on file, matched as kg_ev_lemma_in matches a C list). */
int kg_ev_lemma_lex2(const kg_dict *dict, const kg_doc *d, uint32_t i, int bits);
/* Per-document candidate cache on this thread: begin returns 1 when it
 * made the cache; end (given that value) frees it. */
int kg_ev_cache_begin(const kg_doc *d);
void kg_ev_cache_end(int begun);
int kg_ev_is_boundary_word(const char *b);
int kg_ev_is_aux_word(const char *b);
int kg_ev_atype(const kg_doc *d, int32_t m);
/* The mention whose span covers token j (its NP head); the first child of
 * head with relation rel (prefix: rel may be followed by ":..."), -1. */
int32_t kg_ev_mention_of_tok(const ev_ctx *c, int32_t j);
/* evappos.c: "NAME, DESCRIPTION, who": the name (mention) the relative stands for, else m0. */
int32_t kg_ev_who_after_description(const kg_doc *d, uint32_t j, int32_t m0);
/* The lexicon's KG_LEX_* classes of token i's lemma, lower-cased
 * ("statement": KG_LEX_MESSAGE; "ally": KG_LEX_RELATIONAL). */
int kg_ev_lemma_lex(const ev_ctx *c, uint32_t i);
int32_t kg_ev_child_with(const kg_doc *d, uint32_t head, const char *rel, int prefix);
/* evgroups.c: an agentive mention a group noun or a body's voice at j
 * comes from (its in/of/from phrases, depth levels down); the token of a
 * mention's span whose head lies outside it. */
int32_t kg_ev_group_origin(const ev_ctx *c, uint32_t j, int depth);
/* evgroups.c: whether sentence s names a state's military by a sector noun
 * ("Israeli jets struck targets"). */
int kg_ev_military_named(const ev_ctx *c, const kg_sentence *s);
uint32_t kg_ev_span_root(const kg_doc *d, const kg_mention *mm);
/* evgroups.c: the nmod token naming the members of plural group noun j
 * ("states, among them X"; "including", "such as"), or -1. */
int32_t kg_ev_members_named(const ev_ctx *c, uint32_t j);
/* evclause.c: "X, whose government hosted talks": for subject j of verb i,
 * the mention of X's state (else of X), -1 when j is no such subject;
 * kg_ev_whose_person: X's mention when verb i has such a subject, -1. */
int32_t kg_ev_whose_state(const ev_ctx *c, uint32_t i, uint32_t j);
int32_t kg_ev_whose_person(const ev_ctx *c, uint32_t i);
/* "On Wednesday, Minister X met Y" parsed with X as a conjunct of the
 * date: X becomes the agent of verb i (and no target). */
void kg_ev_fronted_subject(const ev_ctx *c, uint32_t i, ev_args *a);
/* "X sent troops, a move Y condemned": the mention of X for the relative
 * verb i (or a verb joined to it), -1. */
int32_t kg_ev_apposed_act_subject(const kg_doc *d, uint32_t i);
/* "X was alarmed and urged Y": for verb i joined to the passive verb h,
 * the token of its subject (*speaker 1: the speaker of the reported
 * clause h), -1. */
int32_t kg_ev_passive_conj_subject(const ev_ctx *c, uint32_t i, uint32_t h, int *speaker);
/* The verb whose clause decides trigger i's borrowed subject: v when i is the to-infinitive of v, a verb of
 * offering, promising, pledging, vowing or agreeing ("was alarmed by the withdrawal and offered to mediate":
 * the offer is the finite verb joined to the passive), else i (evclause.c). */
uint32_t kg_ev_intent_head(const ev_ctx *c, uint32_t i, uint32_t v);
/* "X said debris had fallen near Y and demanded an explanation": for verb
 * i conjoined with h, the head of a reported clause whose subject is token
 * sj, the token of the speaker's subject (-1: the rule holds, no subject
 * found), -2 when the rule does not hold. */
int32_t kg_ev_reported_conj_speaker(const ev_ctx *c, uint32_t i, uint32_t h, int32_t sj);
/* Whether a plural description ("the two men", "both countries") stands
 * just before verb i, after token h, with only adverbs and auxiliaries
 * between: the conjunct's own subject, whatever the parse made of it
 * ("..., and the two men later held talks": "men" read as "later"'s). */
int kg_ev_plural_np_before(const kg_doc *d, uint32_t h, uint32_t i);
/* "held", "resumed", "attend": a verb whose object noun carries the event
 * (the lexicon's kgd:lightVerb lemmas). */
int kg_ev_is_light_verb(const kg_dict *dict, const kg_doc *d, uint32_t j);
/* Argument finders; mention indices are written to the ev_args arrays. */
int32_t kg_ev_subject_before(const ev_ctx *c, uint32_t i);
int32_t kg_ev_np_after(const ev_ctx *c, uint32_t j, int after_to);
int32_t kg_ev_after_prep(const ev_ctx *c, uint32_t i, const char *prep, uint32_t win,
                         int cross_comma);
/* Is verb i a finite past form (VBD) parsed as a clause on a noun (acl),
 * with no subject of its own ("..., a senior official said")? */
int kg_ev_finite_acl(const kg_doc *d, uint32_t i);
void kg_ev_tree_args(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p, ev_args *a);
void kg_ev_window_args(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p,
                       int32_t obj, int root, ev_args *a);
/* The mention of the state whose place ("in Stockholm") passive act i
 * happened in, the doer of an arrest with no actor named (evpatient.c), -1. */
int32_t kg_ev_place_authority(const ev_ctx *c, uint32_t i);
/* The dateline's state for its own police, army or authorities acting
 * with no state named (the unnamed group at token noun of the act at i):
 * a mention of that state the story makes outside the dateline, -1. */
int32_t kg_ev_dateline_authority(const ev_ctx *c, uint32_t i, int32_t noun);
/* Is trigger i of code an arrest, expulsion or investigation told without
 * its doer (a passive verb, or "put under investigation")? (evpatient.c) */
int kg_ev_doerless_act(const kg_doc *d, uint32_t i, const char *code, int passive);
/* The token of whoever is "responsible for" act noun i ("X is responsible
 * for the killings", "holds X responsible for"), or answers with it ("X
 * responded with sanctions", "retaliated with tariffs"), -1 when none
 * (evpatient.c). */
int32_t kg_ev_responsible_doer(const ev_ctx *c, uint32_t i);
/* The token of the owner of the noun a subjectless to-infinitive clause i
 * hangs on ("Kenya's decision to withdraw": Kenya), -1 when none
 * (evpatient.c). */
int32_t kg_ev_noun_clause_owner(const ev_ctx *c, uint32_t i);
/* evclause.c: the subject of the verb whose complement holds token i
 * (the teller), -1 if none. */
int32_t kg_ev_speaker(const ev_ctx *c, uint32_t i);
/* A target from the trigger's subtree (tree only), -1 if none. */
int32_t kg_ev_subtree_target(const ev_ctx *c, uint32_t i, int32_t agent_actor, int places);
/* The same, for the agent mention agent_m (-1: none): a mention of the
 * agent's own state is a target only for a domestic event (kg_ev_domestic). */
int32_t kg_ev_subtree_target_of(const ev_ctx *c, uint32_t i, int32_t agent_m, int places);
/* Agent mention am names a sector group of a state ("French farmers",
 * "Iraqi Kurds") and mention tm names that state otherwise (its name, a
 * city standing for it, another of its sectors): the two sides of one
 * domestic event, not one actor named twice (evgroups.c). */
int kg_ev_domestic(const kg_doc *d, int32_t am, int32_t tm);
/* The subject mention of v when v is an "if" or "unless" clause and that
 * subject may be the target of agent mention agent_m's act (not its own
 * side but for a domestic event), -1 otherwise (evsubtree.c). */
int32_t kg_ev_cond_subject(const ev_ctx *c, uint32_t v, int32_t agent_actor, int32_t agent_m);
/* The one act i is done "in protest at" ("went on strike in protest at
 * X's decision": X) or a passive's recipient ("was given to X by Y"), -1
 * when none (evsubtree.c). */
int32_t kg_ev_phrase_target(const ev_ctx *c, uint32_t i);
/* Relative clause i on a noun of an act or a message set off by a comma
 * after a clause, with its object gapped ("..., a move that X criticised"):
 * the mention of that clause's doer (not agent_actor), -1 when none
 * (evsubtree.c). */
int32_t kg_ev_summary_noun_doer(const ev_ctx *c, uint32_t i, int32_t agent_actor);
/* Noun act i in an "under" phrase whose clause subject is mention sj ("X
 * was put under investigation"): sj the only target, not an agent. */
void kg_ev_under_subject(const ev_ctx *c, uint32_t i, int32_t sj, ev_args *a);
/* A pattern's skipped phrase (kgd:skipPrep): the first actor named after
 * the phrase of that preposition's first actor, within the clause, becomes
 * the only target. */
void kg_ev_skip_phrase_target(const ev_ctx *c, uint32_t i, const char *prep, ev_args *a);
size_t kg_ev_plural_subject(const ev_ctx *c, uint32_t i, int32_t *out);
/* Is the name at token t, after "two" or "both", a modifier of the plural
 * noun right after it ("the two U.S. allies", "the two North African
 * countries")?  Its number of words, or 0.  (evwindow.c) */
int kg_ev_two_named_noun(const kg_doc *d, uint32_t t);
/* "X met Y ..., where they signed a deal": for verb i whose subject is
 * "they", the two sides of the latest meeting or joint act (04, or 03-06
 * with two participants) of this or the previous sentence, as mention
 * indices into out[0..1]; 0 when there is none. */
size_t kg_ev_they_pair(const ev_ctx *c, uint32_t i, int32_t *out);
size_t kg_ev_plural_object(const ev_ctx *c, uint32_t i, int32_t agent_actor, int32_t *out);
/* Adds to agents and targets the mentions coordinated with them. */
void kg_ev_complete_coord(const ev_ctx *c, uint32_t trig, ev_args *a);
/* Shared by evargs.c and evwindow.c: a person, state or organisation;
 * mentions coordinated with m after / before it; the first agentive
 * mention within win tokens after i (stop_at_prep: stop at a preposition);
 * whether token i is a passive participle ("was struck"). */
int kg_ev_agentive(const kg_doc *d, int32_t m);
/* "Russian President Vladimir Putin": the person, for a state mention m
 * followed by a title and a name ("French carmaker Renault": the firm, by
 * kg_ev_demonym_head); m otherwise. */
int32_t kg_ev_np_head(const ev_ctx *c, int32_t m);
/* "his", "its", "their": a possessive pronoun mention (a determiner). */
int kg_ev_possessive_pronoun(const kg_doc *d, int32_t m);
size_t kg_ev_coord_after(const ev_ctx *c, int32_t m, int32_t *out, size_t cap);
size_t kg_ev_coord_before(const ev_ctx *c, int32_t m, int32_t *out, size_t cap);
uint32_t kg_ev_titled_start(const ev_ctx *c, int32_t m);
uint32_t kg_ev_object_antecedent(const ev_ctx *c, uint32_t j);
/* The nominal a free relative object "what" at token j names by a verb of saying or naming ("struck what it
 * said were two bases of X", "what the army called hideouts"): its relative clause's predicate or object
 * noun, -1 (evstruck.c). */
int32_t kg_ev_what_named(const kg_doc *d, uint32_t j);
uint32_t kg_ev_name_end(const ev_ctx *c, int32_t m, int *of_state);
int32_t kg_ev_of_state_owner(const ev_ctx *c, int32_t m);
int32_t kg_ev_mention_after(const ev_ctx *c, uint32_t i, uint32_t win, int stop_at_prep);
int kg_ev_is_passive(const ev_ctx *c, uint32_t i);
/* evmatch.c: the best pattern at token i (*pos_out the part of speech it
 * was read as, *obj_out the token that satisfied its object or -1), NULL
 * when none; whether noun i modifies the next noun ("missile program"). */
const kg_trigger *kg_ev_match_trigger(const ev_ctx *c, uint32_t i, int *pos_out,
                                     int32_t *obj_out);
int kg_ev_modifier_noun(const ev_ctx *c, uint32_t i);
/* evfilter.c: whether the trigger matched at token i (read as pos) tells
 * of a state or modifier, no act ("the targeted firms", "remain united"). */
int kg_ev_no_act(const ev_ctx *c, uint32_t i, int pos);
/* evfact.c: KG_FACT_ASSERTED, _NEGATED or _HEDGED for the trigger at token i
 * coded `code` (NULL: any; a threat's or demand's "if" is its content). */
int kg_ev_factuality(const ev_ctx *c, uint32_t i, const char *code);
/* evfact.c: "would not comment on whether X", "could not say who": a refused
 * comment (010 on "comment", "say", "elaborate", "specify"; not "disclose": concealment) is a
 * declined one, 011, told as a fact (*fact set Asserted); a negated "recognise" coded 120 ("would not
 * recognise the result") is a refusal told as a fact (*fact set Asserted; in an "if" clause Hedged); else code. */
const char *kg_ev_declined_comment(const ev_ctx *c, uint32_t i, const char *code, int *fact);
/* Whether mention m is followed by a building noun ("the Akorda palace"; the
 * lexicon's kgd:buildingNoun). */
int kg_ev_building_after(const ev_ctx *c, int32_t m);
/* A state's name or demonym on a place noun ("the Saudi port city"; the
 * lexicon's kgd:placeNoun). */
int kg_ev_demonym_of_place(const ev_ctx *c, int32_t m);
/* Whether place mention m is the origin of a launch or strike: "from
 * (its) Sohae launch site", "from the Hmeimim air base": its place, never
 * what is done to it. */
int kg_ev_site_origin(const ev_ctx *c, int32_t m);
/* Token k is "off" or "around" heading a place's phrase ("off Svalbard", "in
 * the waters around X"): it locates an event as "in" does (evplace.c). */
int kg_ev_sea_locative(const kg_doc *d, uint32_t k);
/* Whether a 16x pattern with 'from' has neither the preposition nor a
 * state or organisation as object at token i ("suspended flights"). */
int kg_ev_from_unmet(const ev_ctx *c, uint32_t i, const kg_trigger *p);
/* Whether a plain 170 (coerce) or 172 (sanction) verb at token i coerces
 * no one: its objects or passive subject name no actor, person, body or
 * their doings ("the CD contains swear words", "acted to curb inflation",
 * "a shot blocked by the keeper", "decided to ban beef"), or it has none
 * ("the keeper blocked"); fines always have one fined. */
int kg_ev_coerced_thing(const ev_ctx *c, uint32_t i, const kg_trigger *p);
/* Shared by kg_ev_coerced_thing and kg_ev_partyless (evparty.c), evnoact.c:
 * the verb a past participle i is a conjunct of, whose subject it shares
 * ("was charged and released"), or -1; the noun a past participle (i, or
 * the verb it is a conjunct of) modifies ("a film released in March",
 * "Mutu, sacked by Chelsea and banned"), or -1; whether a name that can
 * act stands close after verb i (within 6 tokens, before punctuation or a
 * verb: a tree torn by the tagger). */
int32_t kg_ev_passive_conj_head(const kg_doc *d, uint32_t i);
int32_t kg_ev_participle_noun(const kg_doc *d, uint32_t i);
int kg_ev_name_close_after(const kg_doc *d, const kg_sentence *s, uint32_t i);
/* Whether nominal k of sentence s names one who can be coerced: an actor,
 * a personal pronoun, a noun of people, bodies or their doings; with own,
 * also a thing of one's ("its application"). */
int kg_ev_coercible(const kg_doc *d, const kg_sentence *s, uint32_t k, int own);
/* evparty.c: whether a plain release (0841), return (084) or search (090)
 * verb at token i acts on no party: what it releases, returns or searches
 * for names no person, actor or body ("released an album", "returned a
 * profit", "searching for a medal"), or it has none ("he returned"); or a
 * plain 154 verb mobilises no force ("deployed 100 monitors"). */
int kg_ev_partyless(const ev_ctx *c, uint32_t i, const kg_trigger *p);
/* The request whose act trigger i (read as pos) is ("urged Israel to
 * withdraw", "asked the FA to examine it", "calls for a probe"): its
 * token, or -1.  A noun asked for is no event; a verb's is the one asked's
 * (kg_ev_drop_askers_acts drops it with no agent or the asker's). */
int32_t kg_ev_request_of(const ev_ctx *c, uint32_t i, int pos);
void kg_ev_drop_askers_acts(const ev_ctx *c, size_t from);
/* Whether verb i is a request for a thing ("urged restraint", "urged calm",
 * "asked for an inquiry" aside): "urge", "ask", "request" or "implore"
 * with a common noun as object, or an adjective ("calm"), and no actor;
 * the appeal is made whoever it is made to. */
int kg_ev_asked_thing(const ev_ctx *c, uint32_t i);
/* Whether pattern p matched at token i (read as pos) is a sense that is no
 * act of its code: force with no sign of violence in the sentence, "fail"
 * or "decline" without "to", releasing or receiving things, takeovers,
 * signings, warnings to no one (the list opens evfilter.c). */
int kg_ev_wrong_sense(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p);
/* The trigger a sense of the matched one calls for: "agreed the tax was
 * unfair", "agreed with X's view" express accord (019), not intent to
 * cooperate (03); "attacked Labour's pledges" criticises (111), uses no
 * force; p itself otherwise (evrecode.c).  Called before the sense filters. */
const kg_trigger *kg_ev_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p);
/* Whether p is the appeal kg_ev_recode made of a noun "call" ("calls for
 * a probe", 020), which a refusing head turns down ("resisted calls to"). */
int kg_ev_recoded_call(const kg_trigger *p);
/* An armed side's expulsion or deportation of thousands as mass expulsion, 201 (evmass.c). */
const kg_trigger *kg_ev_mass_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p);
/* A state's withdrawal from an organisation ("withdrew from IGAD", "their
 * withdrawal from ECOWAS") as a reduction of relations, 160, not a
 * military retreat, 0874 (evleave.c). */
const kg_trigger *kg_ev_leave_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p);
/* The same reduction for a word no pattern matched: a state that leaves
 * or quits an organisation ("left ECOWAS"), "their exit from the bloc";
 * NULL otherwise (evleave.c). */
const kg_trigger *kg_ev_leave_body(const ev_ctx *c, uint32_t i, int *pos);
/* A visit (042) with no target told for a rally of support (053: "toured the
 * provinces to rally support") is dropped (evtour.c). */
void kg_ev_drop_purposed_tour(const ev_ctx *c, size_t from);
/* "Orban hosted Xi" (043): the guest's visit (042) to the host's state,
 * added among the events from `from` on when the sentence codes none
 * (evtour.c); KG_ERR_NOMEM on allocation failure. */
kg_status kg_ev_hosted_visit(const ev_ctx *c, size_t from);
/* "X signed agreements on Thursday, on a state visit to Hanoi": the subject
 * token of the verb whose "on a ..." visit (042 noun i) is X's; -1 (evtour.c). */
int32_t kg_ev_visit_on_subject(const ev_ctx *c, uint32_t i, const kg_trigger *p);
/* Whether trigger i (read as pos, pattern p) tells of a violent incident by
 * a word of its own (kgd:incidentWord, CAMEO 18-20: "the explosion injured
 * 13 people", "the bombs exploded"; kgd:definiteIncidentNoun where it is
 * definite: "the attack"), an event where no actor is named;
 * not used figuratively ("an explosion of quangos", "the myth needs to be
 * exploded", "broadband has exploded" with no sign of violence in this
 * sentence or the two before), not under an exclusive codebook (evrecode.c). */
int kg_ev_incident(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p);
/* evfilter.c, for evrecode.c: whether lower-case word w (after prev, may be
 * NULL) shows violence (armed people, weapons, the dead: "troops", "air
 * strikes"; not "price war"); whether sentence s has such a word; the
 * direct object of verb i (passive: its subject), -1; whether two states
 * stand on the two sides of trigger i ("Chilean agents attacked Peruvian
 * workers"); the abduction pattern (181) when verb i seizes persons
 * ("seized four engineers"), else NULL. */
int kg_ev_violence_word(const char *w, const char *prev);
int kg_ev_sentence_has_violence(const kg_doc *d, const kg_sentence *s);
int32_t kg_ev_verb_object(const kg_doc *d, const kg_sentence *s, uint32_t i);
int kg_ev_states_at_war(const kg_doc *d, const kg_sentence *s, uint32_t i);
const kg_trigger *kg_ev_seized_people(const kg_doc *d, const kg_sentence *s, uint32_t i);

/* evgroups.c: "Ukraine and Russia blamed each other", "the two countries expelled each other's envoys": with
 * several agents and no target, a reciprocal object of verb i (evclause.c) aims each agent's act at the others
 * (the agents are the targets, a->mutual); so does a fight with no one else named (fight: i is a verb of
 * kgd:mutualViolence, "Eritrea and Ethiopia fought a war"); tree: i is a verb of a parsed sentence. */
void kg_ev_reciprocal_targets(const kg_doc *d, uint32_t i, ev_args *a, int tree, int fight);
/* evnotarget.c: is trigger p a fight between sides (kgd:mutualViolence: "clash", "fighting"), whose
 * place is a venue, not struck?  The unnamed group that is verb i's object (kg_ev_unnamed_group), -1
 * for one owned through a possessive pronoun ("recalled their ambassadors": the agents' own).  Is
 * target actor tg, told by mention tgm as a pronoun, the own state of person agent ag ("Raisi ...,
 * calling it a success": "it" taken for Iran)? */
int kg_ev_mutual_violence(const ev_ctx *c, const kg_trigger *p);
/* (root: the act's CAMEO root; for coercion and force, 17-20, also the persons it is done to that no
 * sector noun names, kg_ev_person_object: "arrested a man in Kharkiv", the man, not the city) */
int32_t kg_ev_object_group(const ev_ctx *c, uint32_t i, int root, int *sec);
/* evnotarget.c: is violence p with no named side fought between groups only (a fight, or an unnamed
 * group's act on another it names: "soldiers killed 12 civilians in the town of Gao"), so that no
 * place it is done in is its target? */
int kg_ev_group_sides(const ev_ctx *c, const kg_trigger *p, const ev_args *a);
int kg_ev_own_state_target(const ev_ctx *c, int32_t ag, int32_t tg, int32_t tgm);
/* evnotarget.c: has trigger i its patient told (a passive's subject) or an owner by a possessive
 * pronoun ("my complaint"), so that no discourse state is its target? */
int kg_ev_patient_told(const ev_ctx *c, uint32_t i);
int kg_ev_salient_target_told(const ev_ctx *c, uint32_t i, int root, int32_t sal);
/* "X rejected the charge" / "denied the accusations" (a rejection, 12, or a
 * denial, 016, whose object is a definite charge) with no target: a mention
 * of the side whose accusation or criticism of X (11) an earlier event of the
 * last five sentences told, or -1 (evnotarget.c). */
int32_t kg_ev_accuser(const ev_ctx *c, uint32_t i, const char *code, const ev_args *a);
/* The name a demonym mention m describes through common nouns ("French carmaker Renault":
 * Renault's, an organisation or person), m otherwise (evnotarget.c; kg_ev_np_head's last step). */
int32_t kg_ev_demonym_head(const ev_ctx *c, int32_t m);
/* evnotarget.c: drops from a the targets of trigger i (roots 01-04, 06) that are the doer's own state
 * named only as a thing's modifier ("Bush promised to halve the US's deficit"), and (any root but 17-20)
 * a state that only tells where a thing someone else owns is from ("the band's US tour was cancelled"), and
 * (any root but 18-20) the standard of a comparison ("outstrip that of the US", "faster than Peru"). */
void kg_ev_drop_state_modifiers(const ev_ctx *c, uint32_t i, int root, ev_args *a);
/* evdoer.c: the mention of whoever claimed act noun i ("an attack on X, claimed by Y": Y), -1.  The
 * doer of definite act noun o, object of verb i, told earlier by a verb or noun of the same word that
 * made no event ("Chile banned boats ... criticised the ban": Chile), other than agent_actor; -1. */
int32_t kg_ev_claimed_by(const ev_ctx *c, uint32_t i);
/* evdoer.c: the "by" doer of a noun act that is a light verb's passive subject ("An appeal was launched by X"),
 * and in *target the verb's "to"/"on"/"against"/"at" actor; -1. */
int32_t kg_ev_light_passive_doer(const ev_ctx *c, uint32_t i, int32_t *target);
/* evdoer.c: passive verb v's "by" phrase hung on its "to" phrase's noun ("returned to Ukraine by Russia"); -1. */
int32_t kg_ev_misplaced_by(const ev_ctx *c, uint32_t v);
int32_t kg_ev_act_noun_teller(const ev_ctx *c, uint32_t i, uint32_t o, int32_t agent_actor);
/* evdoer.c: the noun an "it" at k opening its sentence stands for, the subject of the sentence
 * before's main verb ("The accord ... creates a council. It was signed by ..."), -1. */
int32_t kg_ev_it_antecedent(const kg_doc *d, uint32_t k);
/* evdoer.c: does violent verb i (trigger p) have a device or a blast as its subject, no actor, and
 * strike a group (group: the event's target noun, -1 none; "A roadside bomb killed three soldiers": an
 * incident with no agent)? */
int kg_ev_device_did(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p, int32_t group);
/* evdoer.c: can earlier event e not be what a definite act noun on a verb
 * names?  Its trigger under the verb's subject sj (-1: none; "X, which is
 * backed by Y, condemned the move"), negated, or, for a noun of any act
 * (code ""), words, an appeal, a meeting, praise, a demand, blame or a threat
 * ("the move" is no statement). */
int kg_ev_no_move(const kg_doc *d, const kg_event *e, const char *code, int32_t sj);
/* evdoer.c: "The expulsions came on Tuesday. Burkina Faso declared ...": the day a paragraph's first sentence gives
 * a definite act noun as its subject, lent to past verb i of the sentence si right after it in the same paragraph,
 * which has no date of its own; or the day dating the sentence before's main verb, lent to a sentence opened by
 * "he", "she" or a name that is the same subject ("Lula spoke on Sunday. He accused Israel ...").  Fills out and
 * returns 1, else 0. */
int kg_ev_frame_date(const ev_ctx *c, uint32_t si, uint32_t i, kg_date_expr *out);
/* evdoer.c: the actors an "as did" clause on verb trig names ("Russia and China voted against it, as did Burkina Faso
 * and Venezuela") join its agents (up to four), when it has agents and is no passive. */
void kg_ev_as_did(const ev_ctx *c, uint32_t trig, ev_args *a);
/* evappos.c: the mention of the person named right after the comma that
 * follows title noun j ("with Kuwait's prime minister, Sheikh X,", "his
 * Iranian counterpart, Y"), -1 when none. */
int32_t kg_ev_name_after_title(const kg_doc *d, uint32_t j);
/* evverdict.c: a teller's verdict on a thing ("said the decision was
 * wrong"): the trigger (111) when token i is the predicate of disapproval of
 * a reporting verb's that-clause with a thing noun as subject (*pos set),
 * else NULL; whether p is that trigger; its arguments (the teller the
 * agent, the thing's owner the target). */
const kg_trigger *kg_ev_verdict(const ev_ctx *c, uint32_t i, int *pos);
int kg_ev_is_verdict(const kg_trigger *p);
void kg_ev_verdict_args(const ev_ctx *c, uint32_t i, ev_args *a);
/* evdoer.c: the mention of the doer of the earlier act a definite act noun
 * object of verb i names ("condemned the launch"), not agent_actor, into
 * out (at most cap), or the parties of a joint act each ("Japan and India
 * signed a treaty. France criticised the agreement"); the count;
 * family_only: only nouns of a family ("the treaty", not "the move"). */
size_t kg_ev_act_noun_doers(const ev_ctx *c, uint32_t i, int32_t agent_actor, int family_only, int32_t *out,
                            size_t cap);

/* evgroups.c: groups as arguments.  Sector number of the noun at token h
 * (with the word before it: "security forces"), 0 when none. */
int kg_ev_noun_sector(const ev_ctx *c, uint32_t h);
/* Is token j a common noun, or a sector's title tagged a name ("The President of Ghana")? (evgroups.c) */
int kg_ev_common_or_title(const ev_ctx *c, uint32_t j);
/* A common noun, or a quantifier of an "of" phrase on one naming no actor
 * ("Some of the victims"): an unnamed subject's word. */
int kg_ev_common_noun_or_part(const kg_doc *d, uint32_t k);
/* The unnamed group of a sector that is the agent (want_agent) or target
 * of verb trigger i on the tree, -1 when none; *sec its sector. */
int32_t kg_ev_unnamed_group(const ev_ctx *c, uint32_t i, int want_agent, int passive, int *sec);
/* Is mention tm, verb i's only named target, a place of agent mention am's
 * own state that the act's object or phrase is in ("attacked rebel forces in
 * Darfur")?  The target group there (kg_ev_unnamed_group_own_place) then
 * takes the place's part. (evgroups.c) */
int kg_ev_own_place_target(const ev_ctx *c, uint32_t i, int32_t am, int32_t tm);
int32_t kg_ev_unnamed_group_own_place(const ev_ctx *c, uint32_t i, int passive, int *sec);
/* The persons no sector noun names that a coercion or violent act (17-20) is
 * done to: "police arrested eleven men" (the civilians' group; evgroups.c). */
int32_t kg_ev_person_object(const ev_ctx *c, uint32_t i, int passive, int *sec);
/* The sector noun before mention m of a name the dictionary does not know,
 * -1 when none. */
int32_t kg_ev_unknown_name_sector(const ev_ctx *c, int32_t m, int *sec);
/* "Ithilen's minister Calimehtar": the title's token (-1 when m is no such
 * name) and the possessor's mention. */
int32_t kg_ev_possessor_title(const ev_ctx *c, int32_t m, int *sec);
int32_t kg_ev_possessor_of(const ev_ctx *c, int32_t m);
/* The named subject of an if/unless clause under trigger i, -1 when none. */
int32_t kg_ev_condition_subject(const ev_ctx *c, uint32_t i, int32_t agent_actor);
/* Does an if/unless clause hang under trigger i? */
int kg_ev_conditional(const ev_ctx *c, uint32_t i);
/* Whom protest trigger i is aimed at, named in its purpose clause; -1 when none. */
int32_t kg_ev_protest_aim(const ev_ctx *c, uint32_t i, int32_t agent_m);
/* evgroups.c: is noun trigger i the object of a light verb whose subject is an unnamed common noun
 * ("fundamentalists continued their hunger strike to demand ...": the group's protest, aimed as its
 * purpose says, kg_ev_protest_aim)? */
int kg_ev_group_light_noun(const ev_ctx *c, uint32_t i);
/* A threat's one target that is the subject of its reported clause gives
 * way to its condition's subject ("warned that X would act if Y ..."). */
void kg_ev_condition_target(const ev_ctx *c, uint32_t i, ev_args *a);
/* Under a codebook: the events from index `from` on again for each other
 * sector coordinated with an agent's group. */
kg_status kg_ev_other_sectors(ev_ctx *c, const ev_args *a, size_t from);

/* The named subject of the reporting verb whose complement has, as subject,
 * the unnamed group `noun` with "its" / "their" (evgroups.c); -1. */
int32_t kg_ev_group_owner(const ev_ctx *c, uint32_t i, int32_t noun);

#include "evscope.h"
#endif
