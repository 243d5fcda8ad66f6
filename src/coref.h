/* coref.h — the interface between the actor stage's files (internal;
 * not part of the library's public headers).
 *
 * actors.c finds and links mentions (actors_names.c: those of names the
 * dictionary lacks, from NER spans and name shapes); coref.c resolves the references that
 * lean on earlier ones: one-word names ("Putin", "Lula") to a fuller Person
 * of the document or to the one office holder of the dictionary with that
 * surname, pronouns and definite descriptions to the most salient actor,
 * "X's regime" to the state its leader leads, and, after the pass, a
 * one-word Person folded into the longer one it is part of.
 * Owns: the surname index (kept per thread across documents).
 * Does not own: doc->mentions and doc->actors (actors.c adds to them through
 * kg_act_add_mention and kg_act_intern_entry), salience (discourse.c). */
#ifndef KG_COREF_H
#define KG_COREF_H
#include "doc.h"
#include "dict.h"
#include "log.h"

/* Surnames of the dictionary's office holders ("Putin", "Xi"): a single
 * name word met before the full name still links when it is unambiguous. */
typedef struct kg_surname {
  const char *word;        /* borrowed from the dictionary label */
  size_t len;
  int32_t entry;           /* -2 when several office holders share it */
} kg_surname;

typedef struct kg_act_ctx {
  const kg_dict *dict;
  kg_doc *doc;
  const kg_logger *log;
  kg_surname *sn;
  size_t nsn, sn_cap;      /* open addressing, sn_cap a power of two */
  int sn_owned;            /* 1: c->sn is this run's to free (else the cache's) */
} kg_act_ctx;

/* ---- actors.c, used by coref.c ---- */
/* Adds a mention of actor to the document (and the form as an alternative
 * label of a name); -1 on allocation failure. */
int kg_act_add_mention(kg_act_ctx *c, uint32_t sent, uint32_t tok, uint32_t ntok,
                       int32_t actor, int kind, int as_place);
/* The document actor of dictionary entry `entry` (interned); -1 on failure. */
int32_t kg_act_intern_entry(kg_act_ctx *c, int32_t entry);

/* ---- actors.c, used by actors_names.c ---- */
/* Tokens that never give an actor: URLs, hashtags, emoji, @handles. */
#define KG_ACT_SKIP_FLAGS (KG_TOK_URL | KG_TOK_HASHTAG | KG_TOK_EMOJI | KG_TOK_MENTION)
/* Word lists (lower case, NULL-terminated): function words that start
 * sentences capitalised (never part of a name), locative prepositions,
 * reporting verbs (honorifics are the lexicon's: KG_LEX_HONORIFIC). */
extern const char *const kg_act_stop[], *const kg_act_locative[], *const kg_act_report[];
/* A capitalised word that may be part of a name. */
int kg_act_name_tok(const kg_doc *doc, uint32_t i);
/* Index just past the last title word of [tok, tok+n), 0 when none. */
uint32_t kg_act_after_title(const kg_dict *dict, const kg_doc *d, uint32_t tok, uint32_t n);
/* "Indonesia's foreign minister, Sugiono, met": a title ends right before
 * the comma before tok (kg_act_titled_comma); and the span [tok, tok+n) is a
 * short name there (1-3 capitalised proper nouns no dictionary actor
 * starts, then a comma, a full stop or a reporting verb): a person's,
 * whatever the tagger called it (kg_act_titled_name). */
int kg_act_titled_comma(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok);
int kg_act_titled_name(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n);
/* A locative preposition ("in", "at the") before tok, or tok opens a
 * dateline. */
int kg_act_locative_before(const kg_doc *d, const kg_sentence *s, uint32_t tok);
/* A new Person / Place / Organization from a span the dictionary lacks
 * (a one-word Person folds into an earlier one or a unique surname; a
 * known Person's whole name or another spelling of it links to it); -1 on
 * allocation failure. */
int kg_act_add_new(kg_act_ctx *c, uint32_t sidx, uint32_t tok, uint32_t n, int type);

/* ---- actors_names.c, used by actors.c ---- */
/* Rule 2 (an NER span) and rule 4 (a name shape) at tok: the number of
 * tokens consumed (a mention was added, or a capitalised run is skipped),
 * 0 when none. */
uint32_t kg_act_try_ner(kg_act_ctx *c, uint32_t sidx, uint32_t tok);
uint32_t kg_act_try_shape(kg_act_ctx *c, uint32_t sidx, uint32_t tok);

/* ---- coref.c ---- */
/* Sets c->sn to the surname index of c->dict (cached per thread; c->sn_owned
 * says whether the caller must free it). */
void kg_coref_surnames(kg_act_ctx *c);
/* The name w (n bytes) with the Serbo-Croatian "Đ"/"đ" written "Dj"/"dj",
 * as the English press does ("Đukanović" -> "Djukanovic"), and the rest
 * without diacritics into out; its length, 0 when w has no "Đ" or it does
 * not fit. */
size_t kg_coref_plain_dj(const char *w, size_t n, char *out, size_t cap);
/* The dictionary entry of the one office holder with surname w, else -1. */
int32_t kg_coref_surname(const kg_act_ctx *c, const char *w);
/* kg_coref_surname of the word at tok, or -1 when the tagger calls it a
 * MISC name that modifies what follows (a faith or a demonym: "a Christian
 * missionary", "Christian east Beirut"), not a surname. */
int32_t kg_coref_surname_at(const kg_act_ctx *c, uint32_t tok);
/* The most recently mentioned Person whose name word is the form at tok,
 * else -1. */
int32_t kg_coref_fold_partial(const kg_doc *d, uint32_t tok);
int32_t kg_coref_fold_article_name(const kg_doc *d, uint32_t tok, uint32_t n);
/* Whether form (fl bytes) is one of the name words of the Person label l of
 * two or more words: the first, the last, or a capitalised inner word of
 * three or more letters (coref_names.c). */
int kg_coref_person_name_word(const char *l, const char *form, size_t fl);
/* The organisation met before whose capitalised name words give the
 * all-capitals word at tok as initials ("the RSF"); -1. */
int32_t kg_coref_acronym(const kg_doc *d, uint32_t tok);
/* The organisation named last (ten sentences back from token tok of
 * sentence sidx) by a name whose head word is w (with any_word: any word of
 * its label, in any case), -1; whether "the W" at
 * tok (its head at k) may refer to one such ("the group", "the movement"). */
int32_t kg_coref_org_named_with(const kg_doc *d, uint32_t sidx, uint32_t tok, const char *w, int any_word);
int kg_coref_head_named(const kg_doc *d, uint32_t sidx, uint32_t tok, uint32_t k, const char *w);
/* Pronoun or definite description at tok: the number of tokens consumed
 * (a mention was added when the referent was found), 0 when none. */
uint32_t kg_coref_try(kg_act_ctx *c, uint32_t sidx, uint32_t tok);
/* ---- corefpron.c, used by coref.c ---- */
/* A personal or possessive pronoun at tok ("he", "her", "its", a
 * referential "it"): 1 when it is one (a mention was added when its
 * referent was found), 0 when none (or on allocation failure). */
uint32_t kg_coref_pronoun(kg_act_ctx *c, uint32_t sidx, uint32_t tok);
/* "Kim Jong Un's regime": tokens consumed, 0 when none. */
uint32_t kg_coref_leader_state(kg_act_ctx *c, uint32_t sidx, uint32_t tok);
/* Folds one-word Persons into the one longer Person they are part of;
 * compacts doc->actors. */
kg_status kg_coref_merge_short_names(kg_doc *d);
/* A person the dictionary lacks whose apposition names a city, town,
 * village, capital or port becomes that place (all its mentions). */
void kg_coref_appos_places(kg_doc *d);
/* "Dagalo, widely known as Hemedti": the person actor whose other name
 * actor a (no dictionary entry) is by every mention of it, or -1. */
int32_t kg_coref_alias_of(const kg_doc *d, size_t a);
/* A person or place the dictionary lacks, set beside an organisation noun
 * ("the opposition party, the Kuomintang", "X, a monitoring group", "X, Y
 * and three smaller firms"), becomes an organisation; mentions from index
 * `from` on (the actor stage calls it after each sentence, then for all). */
void kg_coref_appos_orgs(kg_doc *d, size_t from);
/* ---- corefsyn.c, used by coref.c ---- */
/* The subject token of the verb that verb v is joined to by "conj" (up to
 * three hops: "He met X and urged him"), -1 when v has its own or none. */
int32_t kg_coref_shared_subject(const kg_doc *d, int32_t v);
/* "Speaking at the end of his visit, Blinken said": for a pronoun at tok in
 * a clause that opens the sentence and hangs on its root verb, the Person met
 * before whom that verb's name subject (after the clause) names; failing
 * that, "X did not respond, but his minister, Y, said": for a possessive in
 * the subject of a verb joined to an earlier one, that verb's named Person
 * subject; -1. */
int32_t kg_coref_fronted_subject(const kg_doc *d, uint32_t tok);
/* The first part alone, for a subject pronoun in the fronted clause ("Before
 * he landed in Moscow, Orban had visited Kyiv": Orban), -1. */
int32_t kg_coref_fronted_name(const kg_doc *d, uint32_t tok);
/* The actor (of type mask, named, not a place) of the subject of the verb
 * that the subject pronoun at tok's verb is joined to ("Hamas has refused
 * ..., and it has rejected"), -1. */
int32_t kg_coref_conj_subject(const kg_doc *d, uint32_t tok, unsigned mask);
/* The actor (of type mask, not a place; a resolved pronoun too) of the
 * subject of the verb whose object the relative clause with the subject
 * pronoun at tok is on ("X would withdraw a complaint it had filed"); on a
 * noun of a preposition's phrase, the state or organisation named right
 * before that noun ("a rift with the small Pacific nation over a set of
 * agreements it signed"); -1. */
int32_t kg_coref_relcl_subject(const kg_doc *d, uint32_t tok, unsigned mask);
/* The gender a resolved pronoun mention m tells of its actor ("he told
 * reporters": KG_LEX_MALE; she, her: KG_LEX_FEMALE), 0 for any other
 * mention. */
int kg_coref_pronoun_gender(const kg_doc *d, const kg_mention *m);
/* a when subject pronoun tok's verb has an object that names person a (by its mention or its label's last word:
 * "He called Castillo ..." is not Castillo's act), else other. */
int32_t kg_coref_named_obj(const kg_doc *d, uint32_t tok, int32_t a, int32_t other);
/* coref.c: the first token before lim in verb v's sentence that is v's
 * plain subject ("nsubj"), -1 (also used by corefsyn.c). */
int32_t kg_coref_nsubj_before(const kg_doc *d, int32_t v, uint32_t lim);

#endif
