/* doc.h — the document model (kg_doc) that every pipeline stage annotates.
 *
 * Owns: the UTF-8 text of one document and its metadata; the arrays of
 * tokens, sentences, mentions, actors, events and relations that the stages
 * fill in; a string arena for everything those arrays point to.
 * Does not own: how any stage computes its annotations, nor RDF (graph.c).
 *
 * Every span is a pair of byte offsets [start, end) into doc->text, which is
 * valid UTF-8 and NUL-terminated.  Indices are plain integers into the doc's
 * arrays; -1 means "none".  Pointers into the arena stay valid until
 * kg_doc_free.  Strings that are model- or dictionary-owned (tag names,
 * deprels) live as long as the world that loaded them.
 */
#ifndef KG_DOC_H
#define KG_DOC_H

#include <stddef.h>
#include <stdint.h>
#include "kgbuild.h"

/* Universal POS tags; KG_UPOS_NONE until the tagger has run. */
typedef enum kg_upos {
  KG_UPOS_NONE = 0,
  KG_UPOS_ADJ, KG_UPOS_ADP, KG_UPOS_ADV, KG_UPOS_AUX, KG_UPOS_CCONJ,
  KG_UPOS_DET, KG_UPOS_INTJ, KG_UPOS_NOUN, KG_UPOS_NUM, KG_UPOS_PART,
  KG_UPOS_PRON, KG_UPOS_PROPN, KG_UPOS_PUNCT, KG_UPOS_SCONJ, KG_UPOS_SYM,
  KG_UPOS_VERB, KG_UPOS_X,
  KG_UPOS_COUNT
} kg_upos;
const char *kg_upos_name(int upos);      /* "NOUN"; "_" for NONE */
int kg_upos_from_name(const char *name); /* KG_UPOS_NONE when unknown */

/* Named-entity tag of a token, IOB2. */
typedef enum kg_ner_type { KG_NE_NONE = 0, KG_NE_PER, KG_NE_ORG, KG_NE_LOC, KG_NE_MISC } kg_ner_type;
typedef enum kg_iob { KG_IOB_O = 0, KG_IOB_B, KG_IOB_I } kg_iob;

/* token flags set by the segmenter */
#define KG_TOK_URL       0x01u
#define KG_TOK_HASHTAG   0x02u
#define KG_TOK_EMOJI     0x04u
#define KG_TOK_DATELINE  0x08u  /* part of a dateline "NAIROBI, Kenya, Feb. 3 (AP) —" */
#define KG_TOK_MENTION   0x10u  /* @handle */

typedef struct kg_token {
  uint32_t start, end;   /* bytes in doc->text */
  uint32_t sent;         /* index of its sentence */
  const char *form;      /* arena copy of the token text (exact bytes) */
  const char *lemma;     /* NULL until tagged */
  const char *xpos;      /* model-owned; NULL until tagged */
  const char *deprel;    /* model-owned, e.g. "nsubj:pass"; NULL until parsed */
  int32_t head;          /* sentence-relative: 0 = root, k = k-th token of
                            the sentence (1-based); -1 until parsed */
  uint8_t upos;          /* kg_upos */
  uint8_t ner_type;      /* kg_ner_type */
  uint8_t ner_iob;       /* kg_iob */
  uint8_t space_after;   /* 1 when whitespace follows in the text */
  uint8_t flags;         /* KG_TOK_* */
  uint8_t upos2;         /* tagger's runner-up UPOS + 1 where it hesitated, else 0 */
} kg_token;

typedef struct kg_sentence {
  uint32_t tok, ntok;    /* its tokens: doc->tokens[tok .. tok+ntok) */
  uint32_t start, end;   /* bytes */
  uint8_t heading;       /* a title/heading line without final punctuation */
} kg_sentence;

/* Kinds of actor node. */
typedef enum kg_actor_type {
  KG_ACT_PERSON = 1, KG_ACT_COUNTRY, KG_ACT_ORG, KG_ACT_PLACE
} kg_actor_type;

typedef struct kg_actor {
  uint8_t type;          /* kg_actor_type */
  const char *label;     /* canonical name: exactly one rdfs:label */
  const char *key;       /* IRI local part, from the canonical name ("kim-jong-un") */
  const char *wikidata;  /* "Q56226" or NULL */
  int dict_entry;        /* index of its dictionary entry, -1 if none */
  const char **alt;      /* other surface forms seen (skos:altLabel), unique */
  size_t nalt, alt_cap;
  uint32_t first_sent;   /* first sentence it is mentioned in */
  uint32_t nmentions;
  uint8_t sector;        /* a sector actor: its dictionary sector number (1..), else 0 */
  int32_t sector_of;     /* a sector actor: the state's actor index */
} kg_actor;

/* How a mention refers. */
typedef enum kg_mention_kind {
  KG_MEN_NAME = 0,       /* the actor's name or alias */
  KG_MEN_DEMONYM,        /* "Russian", "Turkish troops" */
  KG_MEN_METONYM,        /* "the Kremlin", "Moscow said" */
  KG_MEN_PARTIAL,        /* "Kim" folded into "Kim Jong Un" */
  KG_MEN_PRONOUN,        /* "he", "it" */
  KG_MEN_DESCRIPTION     /* "the reclusive state" */
} kg_mention_kind;

typedef struct kg_mention {
  uint32_t sent;
  uint32_t tok, ntok;    /* doc-level token range */
  uint32_t start, end;   /* bytes */
  int32_t actor;         /* index into doc->actors */
  uint8_t kind;          /* kg_mention_kind */
  uint8_t as_place;      /* used as a location ("in Hanoi") */
  int32_t group;         /* sector actor the mention names with its noun ("Egyptian
                            soldiers": Egypt's military), -1 */
} kg_mention;

typedef enum kg_factuality { KG_FACT_ASSERTED = 0, KG_FACT_HEDGED, KG_FACT_NEGATED } kg_factuality;
typedef enum kg_date_kind { KG_DATE_NONE = 0, KG_DATE_DAY, KG_DATE_MONTH, KG_DATE_YEAR } kg_date_kind;

#define KG_EVENT_MAX_PART 6
typedef struct kg_event {
  char cameo[5];         /* "042" */
  int32_t agent, target; /* actor indices or -1 */
  int32_t part[KG_EVENT_MAX_PART];
  uint8_t npart;
  int32_t place;         /* actor index (type PLACE) or -1 */
  uint8_t date_kind;     /* kg_date_kind */
  char date[11];         /* "2023-06-05", "2023-06", "2023" */
  uint8_t factuality;    /* kg_factuality */
  uint32_t sent;         /* evidence sentence */
  uint32_t trigger;      /* doc-level token index of the trigger */
  uint32_t trigger_ntok;
  int32_t during;        /* index of an event this one happened during, -1 */
  int32_t agent_group, target_group;       /* sector actors of agent / target, -1 */
  int32_t part_group[KG_EVENT_MAX_PART];   /* of each participant, -1 */
  /* an unnamed group of a sector as agent / target where no actor is named
   * ("a senior official said", "arrested students"), or the sector noun
   * before a name the dictionary does not know ("the official news agency
   * WFNA"): the noun's token and the dictionary's sector number
   * (kg_dict_sector_at); -1 and 0 when none */
  int32_t agent_noun, target_noun;
  int16_t agent_sector, target_sector;
} kg_event;

typedef enum kg_rel_kind {
  KG_REL_LEADER = 1, KG_REL_OFFICIAL, KG_REL_MEMBER, KG_REL_ALLY
} kg_rel_kind;

typedef struct kg_relation {
  uint8_t kind;          /* kg_rel_kind */
  int32_t subj, obj;     /* actor indices */
  uint32_t sent;         /* evidence sentence */
} kg_relation;

typedef struct kg_doc {
  char *text;            /* UTF-8, NUL-terminated, owned */
  size_t len;
  const char *source;    /* path, URL or "-" as given (dcterms:source) */
  const char *title;     /* from <title>, or the first heading line */
  char date[11];         /* document date "YYYY-MM-DD" from meta/dateline, "" */
  char id[17];           /* 16 hex digits: hash of the text, the doc IRI key */

  kg_token *tokens;      size_t ntokens, tokens_cap;
  kg_sentence *sents;    size_t nsents, sents_cap;
  kg_mention *mentions;  size_t nmentions, mentions_cap;
  kg_actor *actors;      size_t nactors, actors_cap;
  kg_event *events;      size_t nevents, events_cap;
  kg_relation *rels;     size_t nrels, rels_cap;

  struct kg_arena *arena;
  /* key -> actor index for kg_doc_intern_actor (open addressing, 0 = empty,
   * else index + 1); covers actor_index_n actors, rebuilt when nactors
   * differs (after the actor stage compacts the table).  Private to doc.c. */
  int32_t *actor_index;  size_t actor_index_cap, actor_index_n;
} kg_doc;

/* Creates a document over a copy of text (len bytes, must already be valid
 * UTF-8; see utf8.h).  source may be NULL. */
kg_doc *kg_doc_new(const char *text, size_t len, const char *source);
void kg_doc_free(kg_doc *doc);

/* Arena copies; NULL on allocation failure. */
const char *kg_doc_strndup(kg_doc *doc, const char *s, size_t n);
const char *kg_doc_strdup(kg_doc *doc, const char *s);
void kg_doc_set_title(kg_doc *doc, const char *title);

/* Appenders: return a pointer to the new zeroed element (fields that mean
 * "none" set to -1), or NULL on allocation failure.  Pointers are
 * invalidated by the next append to the same array. */
kg_token *kg_doc_add_token(kg_doc *doc, uint32_t start, uint32_t end);
kg_sentence *kg_doc_add_sentence(kg_doc *doc);
kg_mention *kg_doc_add_mention(kg_doc *doc);
kg_event *kg_doc_add_event(kg_doc *doc);
kg_relation *kg_doc_add_relation(kg_doc *doc, int kind, int32_t subj, int32_t obj, uint32_t sent);
/* Returns the index of the actor with this key, adding it when new; -1 on
 * allocation failure.  label and key are copied. */
int32_t kg_doc_intern_actor(kg_doc *doc, int type, const char *label, const char *key);
/* Adds a surface form to an actor's alt labels unless it equals the label
 * or is already there. */
kg_status kg_doc_actor_add_alt(kg_doc *doc, int32_t actor, const char *form, size_t n);

/* 64-bit FNV-1a, the one plain hash of the library (document ids, event
 * IRIs, content hashes, hash tables): kg_fnv1a64_update continues h over
 * n more bytes; start from KG_FNV1A64_INIT. */
#define KG_FNV1A64_INIT 0xcbf29ce484222325ULL
uint64_t kg_fnv1a64_update(uint64_t h, const void *p, size_t n);
static inline uint64_t kg_fnv1a64(const void *p, size_t n)
{
  return kg_fnv1a64_update(KG_FNV1A64_INIT, p, n);
}

/* The key (IRI local part) of a name: lower case ASCII letters and digits,
 * other runs folded to '-', diacritics of Latin letters dropped
 * ("Kim Jong Un" -> "kim-jong-un", "Côte d'Ivoire" -> "cote-d-ivoire").
 * Writes at most cap bytes including NUL; returns the length. */
size_t kg_make_key(const char *name, char *out, size_t cap);

#endif
