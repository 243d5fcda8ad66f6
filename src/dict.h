/* dict.h — the actor and event dictionaries, read from the Turtle files of
 * ontology/ (and the user's --dictionary files) into plain C tables.
 *
 * Owns: parsing dictionary Turtle with Raptor into entries; the CAMEO code
 * table; surface-form lookup (longest match over tokens); trigger, title,
 * cue-word and description lookups.
 * Does not own: deciding what a mention means in context (actors.c), nor
 * event coding (events.c).  Users of this header never see Raptor.
 */
#ifndef KG_DICT_H
#define KG_DICT_H

#include <stddef.h>
#include <stdint.h>
#include "kgbuild.h"
#include "doc.h"
#include "log.h"

typedef struct kg_dict kg_dict;

/* One known actor. */
typedef struct kg_dict_actor {
  uint8_t type;            /* kg_actor_type: PERSON, COUNTRY, ORG (PLACE for known cities) */
  const char *label;       /* canonical English name */
  const char *key;         /* IRI local part */
  const char *wikidata;    /* "Q159" or NULL */
  const char *iso3;        /* countries: "RUS"; NULL otherwise */
  const char *region;      /* countries: UN M49 region ("Africa"); NULL otherwise */
  const char *subregion;   /* countries: UN M49 subregion ("Southern Africa"); NULL */
  int32_t country;         /* persons: entry index of the state they lead or serve; -1 */
  uint8_t role;            /* persons: KG_REL_LEADER or KG_REL_OFFICIAL; 0 */
  int16_t role_start, role_end; /* years, 0 when unknown */
  int32_t dated;           /* first of its dated codes (kgd:datedCode), see below */
  uint16_t ndated;         /* how many; 0: iso3 holds at every date */
} kg_dict_actor;

/* What a surface form is of its entry. */
typedef enum kg_form_kind {
  KG_FORM_NAME = 0, KG_FORM_ALIAS, KG_FORM_DEMONYM, KG_FORM_METONYM
} kg_form_kind;

typedef struct kg_dict_match {
  int32_t entry;           /* actor entry index */
  uint8_t form;            /* kg_form_kind */
  uint32_t ntok;           /* tokens covered */
} kg_dict_match;

/* CAMEO code table row. */
typedef struct kg_cameo {
  const char *code;        /* "042" */
  const char *name;        /* "Make a visit" */
  const char *root;        /* "04" */
  const char *class_local; /* local name of its ontology class, e.g. "Consult" for roots, "MakeVisit" for finer */
  double goldstein;
  const char *plover;      /* PLOVER category or NULL */
} kg_cameo;

/* One event pattern: a trigger lemma, optional particle/preposition, and
 * optional object lemma ("fire" + obj "missile").  pos is KG_UPOS_VERB or
 * KG_UPOS_NOUN. */
typedef struct kg_trigger {
  const char *lemma;       /* "visit", "sanction", "summit" */
  uint8_t pos;
  const char *particle;    /* "up" in "set up", or NULL */
  const char *prep;        /* "with", "against", "to", or NULL: links the target */
  const char *object;      /* required object lemma or NULL; words of a phrase
                              joined by ' ' touch, by '+' may have up to 3
                              others between them */
  const char *before;      /* words that must stand before the trigger, lower
                              case, in order ("unexpectedly did_n't"): '_'
                              joins words that touch, ' ' or '+' lets others
                              stand between; the last may be apart from the
                              trigger ("would not even meet").  Or NULL */
  const char *code;        /* CAMEO code */
  const char *reverse;     /* kgd:reverseCode: the target's event back to the
                              agent ("arrive" 032 : 033, the host receives the
                              visit; "meet" 031 : 031), or NULL */
  const char *srcprep;     /* kgd:sourcePrep: the noun of this preposition after
                              the verb ("-": of any) is the agent and the subject
                              the target ("X was freed from Y": Y frees X), or NULL */
  const char *skipprep;    /* kgd:skipPrep: the phrase of this preposition after the
                              verb is passed over; the actor named after it is the
                              target ("warned at the court of Y": Y), or NULL */
  uint8_t form;            /* kgd:form true: lemma is a surface form ("left",
                              "met") whose patterns come before its lemma's */
  uint8_t speaker;         /* kgd:speakerSource true: the subject of the verb whose
                              clause holds the trigger is the agent and the
                              trigger's own subject the target ("X noted that Y
                              regretted": X on Y; PETRARCH's "NOTED + *") */
  uint8_t literal;         /* kgd:literalObject true: the object's words are read
                              as written (surface forms), not as lemmas */
  uint8_t compound;        /* kgd:compoundSubject true: only with coordinated
                              subjects ("X and Y agree" 030, each with each) */
  uint8_t prep_required;   /* kgd:prepRequired true: the pattern fits only where
                              the verb has its preposition ("speak with"); else
                              a missing preposition merely scores lower */
  uint8_t inf_required;    /* kgd:infinitiveRequired true: the pattern fits only
                              where the verb has a to-infinitive complement
                              ("ordered X to appear", not "ordered jets") */
  uint8_t clause_required; /* kgd:clauseRequired true: the pattern fits only
                              where the verb has a clause complement, a that-
                              clause ("denied that its troops had looted") */
  uint8_t origin;          /* number of the file that gave it: the patterns of a
                              lemma and pos come from the last file giving any */
  uint8_t phrase;          /* the object holds ' ' or '+': the words of a phrase
                              (set once at load: speed) */
} kg_trigger;

/* Titles that give a standing relation ("President", "Foreign Minister"). */
typedef struct kg_title {
  const char *phrase;      /* lower case, space separated: "prime minister" */
  uint8_t rel;             /* KG_REL_LEADER or KG_REL_OFFICIAL */
} kg_title;

/* Cue words (lower case lemmas or phrases) by class. */
typedef enum kg_cue_class {
  KG_CUE_HEDGE = 1, KG_CUE_NEGATION, KG_CUE_REPORT /* say, tell, announce */
} kg_cue_class;

kg_dict *kg_dict_new(void);
void kg_dict_free(kg_dict *dict);
/* Parses one Turtle file and adds what it declares.  Errors name the file
 * and line through the logger and return KG_ERR_FORMAT. */
kg_status kg_dict_load_file(kg_dict *dict, const char *path, const kg_logger *log);
/* Builds the lookup indexes; call once after the last load. */
kg_status kg_dict_finish(kg_dict *dict);

size_t kg_dict_nactors(const kg_dict *dict);
const kg_dict_actor *kg_dict_actor_at(const kg_dict *dict, int32_t entry);
/* Entry of a canonical label or alias (exact, case-insensitive); -1. */
int32_t kg_dict_find_actor(const kg_dict *dict, const char *name);

/* The actor code of an entry on a date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or
 * "" when unknown): of its dated codes (kgd:datedCode "HOBGOV from=2012-11-09
 * until=2013-01-19", either bound optional, both inclusive) the one whose
 * span holds the date, the narrowest when several do; else its iso3.  NULL
 * when it has neither. */
const char *kg_dict_actor_code_on(const kg_dict *dict, int32_t entry, const char *date);

/* Longest dictionary form starting at doc->tokens[tok], not crossing the
 * end of its sentence.  Matching folds case for forms of 4+ letters (short
 * acronyms such as "US", "UN" must match case), treats hyphen and space
 * alike, and curly and straight apostrophes alike.  Returns 1 and fills
 * *out when found. */
int kg_dict_match_actor(const kg_dict *dict, const kg_doc *doc, uint32_t tok,
                        kg_dict_match *out);

/* Memo of kg_dict_match_actor and kg_dict_match_title on one document
 * (per thread): between begin and end, each token's match is computed once.
 * begin returns 1 when it started a memo (0: one is already active, or no
 * memory); pass that to end.  The document's tokens and sentences must not
 * change meanwhile except by replacing the arrays (the memo then restarts). */
int kg_dict_memo_begin(const kg_dict *dict, const kg_doc *doc);
void kg_dict_memo_end(int begun);

const kg_cameo *kg_dict_cameo(const kg_dict *dict, const char *code);
size_t kg_dict_ncameo(const kg_dict *dict);
const kg_cameo *kg_dict_cameo_at(const kg_dict *dict, size_t i);

/* All patterns whose trigger lemma is `lemma` with that pos (a file that
 * declares itself `[] a kgd:ExclusiveCodebook` replaces the patterns and
 * the sector nouns of every file loaded before it, not only those of its
 * own lemmas); returns how
 * many and points *out at them (borrowed).  pos -1: 1 when the lemma has
 * patterns of any part of speech (*out at the first), else 0. */
size_t kg_dict_triggers(const kg_dict *dict, const char *lemma, int pos,
                        const kg_trigger **out);
/* kg_dict_triggers for pos from the lemma's first pattern, what it gave with
 * pos -1 (no second look-up of the lemma: speed). */
size_t kg_dict_triggers_from(const kg_dict *dict, const kg_trigger *first, int pos, const kg_trigger **out);
/* Whether an exclusive codebook was loaded: its patterns code modality
 * themselves ("WILL NOT *"), so events keep their codes after "will", and
 * passive roles ("+ * FROM $"), so a passive without a by-agent keeps its
 * subject as the agent. */
int kg_dict_exclusive(const kg_dict *dict);

/* Longest title starting at token tok (case-insensitive); returns tokens
 * covered (0 when none) and fills *out. */
uint32_t kg_dict_match_title(const kg_dict *dict, const kg_doc *doc,
                             uint32_t tok, const kg_title **out);
/* Length (1-3 tokens) of a title that ends right before token tok and
 * starts at or after token lo ("President" before "Paul Kagame"), 0 when
 * none; the shortest such title wins. */
uint32_t kg_dict_title_before(const kg_dict *dict, const kg_doc *doc,
                              uint32_t tok, uint32_t lo);
/* The title whose phrase is exactly `phrase` (lower case: "foreign
 * minister"), NULL; a binary search of the sorted titles (a plural
 * title's lemma: "the foreign ministers of A and B"). */
const kg_title *kg_dict_title_phrase(const kg_dict *dict, const char *phrase);

/* Cue class of a lower-case word or lemma, 0 when none. */
int kg_dict_cue(const kg_dict *dict, const char *word);
/* kg_dict_cue of word, whose length is n (faster on lower-case ASCII). */
int kg_dict_cue_n(const kg_dict *dict, const char *word, size_t n);

/* The lexicon's built-in cues and light verbs (kgd:cueWord, kgd:cueVerb,
 * kgd:requestVerb, kgd:lightVerb) and word lists (kgd:honorific, kgd:weaponNoun,
 * kgd:placeNoun, kgd:buildingNoun, kgd:siteNoun, kgd:siteModifier, kgd:messageNoun, kgd:incidentWord,
 * kgd:definiteIncidentNoun, kgd:relationalNoun, kgd:eventSubjectVerb, kgd:maleWord, kgd:femaleWord,
 * kgd:maleName, kgd:femaleName, kgd:offerVerb, kgd:patientNoun, kgd:undergoVerb, kgd:nonLocativeHead,
 * kgd:contestWord, kgd:mutualViolence, kgd:islandState, kgd:groupHeadNoun): the
 * KG_LEX_* classes of a lower-case word, lemma or phrase (matched exactly),
 * 0 when none. */
enum {
  KG_LEX_NEG_WORD = 1,      /* kgo:Negated kgd:cueWord: "not", "never" */
  KG_LEX_HEDGE_WORD = 2,    /* kgo:Hedged kgd:cueWord: "may", "reportedly" */
  KG_LEX_NEG_VERB = 4,      /* kgo:Negated kgd:cueVerb: "refuse", "rule out" */
  KG_LEX_HEDGE_VERB = 8,    /* kgo:Hedged kgd:cueVerb or kgd:requestVerb: "seek", "urge" */
  KG_LEX_REQUEST_VERB = 16, /* kgo:Hedged kgd:requestVerb */
  KG_LEX_LIGHT_VERB = 32,   /* kgo:Event kgd:lightVerb: "hold" (talks) */
  KG_LEX_HONORIFIC = 64,    /* kgo:Person kgd:honorific: "mr", "sheikh" (before a name) */
  KG_LEX_WEAPON = 128,      /* kgd:Weapon kgd:weaponNoun: "missiles" (after a weapon's name) */
  KG_LEX_PLACE_NOUN = 256,  /* kgo:Place kgd:placeNoun: "city", "port" (after a demonym) */
  KG_LEX_BUILDING = 512,    /* kgo:Place kgd:buildingNoun: "palace" (after a name) */
  KG_LEX_SITE = 1024,       /* kgo:Place kgd:siteNoun: "site", "base" ("from X launch site") */
  KG_LEX_SITE_MOD = 2048,   /* kgo:Place kgd:siteModifier: "launch", "air" (before a site noun) */
  KG_LEX_MESSAGE = 4096,    /* kgo:Event kgd:messageNoun: "statement" (a clause on it is its issuer's) */
  KG_LEX_INCIDENT = 8192,   /* kgo:Event kgd:incidentWord: "explosion" (an event with no actor named) */
  KG_LEX_INCIDENT_DEF = 16384, /* kgo:Event kgd:definiteIncidentNoun: "the attack", "Saturday's attack" */
  KG_LEX_RELATIONAL = 32768, /* kgo:Actor kgd:relationalNoun: "ally" ("Ukraine's allies" are not Ukraine) */
  KG_LEX_EVENT_SUBJECT = 65536, /* kgo:Event kgd:eventSubjectVerb: "come" ("It came as ...": the event) */
  KG_LEX_MALE = 1 << 17,     /* kgo:Person kgd:maleWord: "mr", "spokesman" (before or in apposition to a name) */
  KG_LEX_FEMALE = 1 << 18,   /* kgo:Person kgd:femaleWord: "mrs", "spokeswoman" */
  KG_LEX_MALE_NAME = 1 << 19,   /* kgo:Person kgd:maleName: "emmanuel" (a first name borne by men) */
  KG_LEX_FEMALE_NAME = 1 << 20, /* kgo:Person kgd:femaleName: "giorgia" */
  KG_LEX_OFFER_VERB = 1 << 21,  /* kgo:Event kgd:offerVerb: "offer" (03 only when made to someone) */
  KG_LEX_PATIENT_NOUN = 1 << 22, /* kgo:Event kgd:patientNoun: "arrest" ("his arrest": he undergoes it) */
  KG_LEX_UNDERGO_VERB = 1 << 23, /* kgo:Event kgd:undergoVerb: "face" ("faces charges": the subject undergoes) */
  KG_LEX_TEAM_ROLE = 1 << 24,    /* kgo:Person kgd:teamRole: "coach" ("France coach X": a team's, not the state's) */
  KG_LEX_CHANCELLOR_HEAD = 1 << 25, /* kgo:Country kgd:chancellorHeads: "germany" (its chancellor leads) */
  KG_LEX_NON_LOCATIVE = 1 << 26,   /* kgo:Place kgd:nonLocativeHead: "analyst" ("an analyst at UBS": no place) */
  KG_LEX_CONTEST = 1 << 27,        /* kgo:Event kgd:contestWord: "cup" ("in the FA Cup": no place) */
  KG_LEX_MUTUAL = 1 << 28,         /* kgo:Event kgd:mutualViolence: "clash" (a venue, no struck place) */
  KG_LEX_ISLAND = 1 << 29,         /* kgo:Country kgd:islandState: "jersey" (a state's identifier: "the island") */
  KG_LEX_GROUP_HEAD = 1 << 30      /* kgo:Actor kgd:groupHeadNoun: "leader" (acts for the group of its "of" phrase) */
};
int kg_dict_lex(const kg_dict *dict, const char *word);
/* The second word of KG_LEX2_* classes (the first is full), as kg_dict_lex. */
enum {
  KG_LEX2_BUDGET = 1,              /* kgo:Event kgd:budgetNoun: "cost" ("the cost of military operations": no act) */
  KG_LEX2_WISH = 2,                /* kgo:Event kgd:wishVerb: "want" ("wants Britain to leave": no act) */
  KG_LEX2_PERMIT_DECIDE = 4,       /* kgo:Event kgd:permitDecideVerb: "decide" ("decided to allow": evpermit.c) */
  KG_LEX2_PERMIT_PARTY = 8,        /* kgo:Event kgd:permittedParty: "farmer" ("allowed the farmers to") */
  KG_LEX2_PEACE_FORCE = 16,        /* kgo:Event kgd:peaceForceNoun: "force" (with a modifier: evpeace.c) */
  KG_LEX2_PEACEKEEPER = 32,        /* kgo:Event kgd:peacekeeperNoun: "peacekeeper" */
  KG_LEX2_PEACE_INTL = 64,         /* kgo:Event kgd:peaceForceModifier: "multinational" */
  KG_LEX2_PEACE_OUT = 128,         /* kgo:Event kgd:peaceWithdrawVerb: "withdraw" (troops from a peace force) */
  KG_LEX2_PEACE_ORDER = 256,       /* kgo:Event kgd:peaceOrderVerb: "order" (a peace force to leave) */
  KG_LEX2_PEACE_SEND = 512,        /* kgo:Event kgd:peaceSendVerb: "deploy" (troops to join a peace force) */
  KG_LEX2_UNIT = 1024,             /* kgo:Event kgd:unitNoun: "cent" ("65 Canadian cents": a unit, no side) */
  KG_LEX2_EPITHET = 2048           /* kgo:Country kgd:epithet: "reclusive north-korea" (an adjective and the key of
                                      the one state a description with it names: "the reclusive state") */
};
int kg_dict_lex2(const kg_dict *dict, const char *word);

/* The entry of the one state a title (lower case, space separated) belongs
 * to by kgd:stateTitle ("secretary of state" -> the United States: the
 * holder of one serves it when the text names no state), -1 when none. */
int32_t kg_dict_title_state(const kg_dict *dict, const char *title);

/* The CAMEO code of the class an act noun (lower-case lemma) names as
 * kgd:actNoun ("launch" -> "15", "attack" -> "19"; "" for a noun on
 * kgo:Event, an act of any code: "decision"), NULL when none: "the
 * launch" refers back to an earlier event of that code. */
const char *kg_dict_act_noun(const kg_dict *dict, const char *noun);

/* Definite descriptions ("reclusive state" -> KG_ACT_COUNTRY,
 * "regime" -> KG_ACT_COUNTRY, "bloc" -> KG_ACT_ORG): the actor type the
 * head noun (lower case) refers to, 0 when none. */
int kg_dict_description(const kg_dict *dict, const char *noun);

/* Sectors of a state ("military", "government", "police" ...): a sector
 * actor composes a state with one ("Egyptian soldiers" -> Egypt's
 * military, CAMEO actor code EGY + MIL).  From ontology/lexicon.ttl:
 * <sector> kgo:agentCode "MIL" ; rdfs:label ; kgd:sectorNoun "soldiers". */
typedef struct kg_sector {
  const char *code;        /* CAMEO agent code: "MIL" */
  const char *label;       /* "military" */
  const char *key;         /* local name of its IRI: "Military" */
  const char *iri;         /* full IRI */
} kg_sector;
/* Sector number (1..) a lower-case noun or phrase names ("soldiers",
 * "security forces"), 0 when none. */
int kg_dict_sector_noun(const kg_dict *dict, const char *phrase);
const kg_sector *kg_dict_sector_at(const kg_dict *dict, int number);

#endif
