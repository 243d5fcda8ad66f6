/* actors.h — mentions of people, states, organisations and places; linking
 * to the dictionary; coreference within the document.
 * Owns: doc->mentions and doc->actors.
 * Does not own: the entity tagger (ner.c), events (events.c). */
#ifndef KG_ACTORS_H
#define KG_ACTORS_H
#include "doc.h"
#include "dict.h"
#include "log.h"
kg_status kg_actors_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log);

/* ---- helpers shared with events.c, relations.c and dates.c (additive) ---- */

/* Bit of an actor type in a type mask. */
#define KG_TYPEBIT(t) (1u << (unsigned)(t))
/* in a salience mask: a mention used as a place counts too, with the weight
 * of a prepositional phrase ("a mission in Mali ... the country's") */
#define KG_SALIENT_PLACES (1u << 30)
#define KG_MASK_AGENTS (KG_TYPEBIT(KG_ACT_PERSON) | KG_TYPEBIT(KG_ACT_COUNTRY) | KG_TYPEBIT(KG_ACT_ORG))

/* Lower-case copy of a token's form (ASCII folding; curly apostrophes and
 * dashes become ASCII); returns its length. */
size_t kg_tok_lower(const kg_token *t, char *buf, size_t cap);
/* The same lower-case form of doc->tokens[i] (i < ntokens) without the
 * copy when the thread's cache has it whole within cap bytes (valid until
 * the cache ends), else kg_tok_lower's copy in buf. */
const char *kg_tok_low(const kg_doc *doc, uint32_t i, char *buf, size_t cap);
/* 1 when the lower-cased form of doc->tokens[i] equals w.  Inline: a form
 * whose first byte is ASCII lowers it to its ASCII lower case (kg_tok_lower),
 * so a different first letter answers without the call (most calls). */
int kg_tok_is_full(const kg_doc *doc, uint32_t i, const char *w);
static inline int kg_tok_is(const kg_doc *doc, uint32_t i, const char *w)
{
  if (i < doc->ntokens && doc->tokens[i].form) {
    unsigned char c = (unsigned char)doc->tokens[i].form[0];
    if (c < 0x80 && (char)((unsigned)(c - 'A') < 26u ? c + 32 : c) != w[0])
      return 0;
  }
  return kg_tok_is_full(doc, i, w);
}
/* Is token i a quotation mark that may open (", ``, \u201C) or close
 * (", '', \u201D) a quotation? A straight quote is both. */
int kg_tok_opens_quote(const kg_doc *doc, uint32_t i);
int kg_tok_closes_quote(const kg_doc *doc, uint32_t i);
/* Cache of lower-cased forms for one document on this thread (speed):
 * begin returns 1 when it made the cache, which end (given that value)
 * frees; tokens must not change in between. */
int kg_tok_cache_begin(const kg_doc *doc);
void kg_tok_cache_end(int begun);
/* 1 when the form starts with an upper-case letter. */
int kg_tok_is_cap(const kg_token *t);
int kg_cp_is_upper(uint32_t cp);
/* 1 for the possessive clitic "'s", "’s" or a bare apostrophe. */
int kg_tok_is_poss(const kg_token *t);
/* 1 when the tokens of the sentence carry a dependency tree. */
int kg_sent_has_tree(const kg_doc *doc, uint32_t sent);
/* 1 for a heading: the segmenter's flag, or a short line whose content
 * words are all capitalised ("The Missile Launch: Calculated Provocation?"). */
int kg_sent_is_heading(const kg_doc *doc, uint32_t sent);
/* 1 when bytes [a, b) of the text hold a blank line (two newlines with
 * nothing but spaces, tabs or carriage returns between them): a paragraph
 * break between the sentence ending at a and the one starting at b. */
int kg_text_para_break(const kg_doc *doc, uint32_t a, uint32_t b);
/* Doc-level index of the head of token i, -1 for the root or no tree. */
static inline int32_t kg_tok_head(const kg_doc *doc, uint32_t i)
{
  /* inline: the rules read heads in loops over sentences (137k calls on 20 articles) */
  const kg_token *t = &doc->tokens[i];
  if (t->head <= 0)
    return -1;
  const kg_sentence *s = &doc->sents[t->sent];
  if ((uint32_t)t->head > s->ntok)
    return -1;
  return (int32_t)(s->tok + (uint32_t)t->head - 1);
}
/* The first token of span [tok, tok + ntok) whose head lies outside the
 * span (the root of a name), UINT32_MAX when none (no tree). */
static inline uint32_t kg_span_root(const kg_doc *doc, uint32_t tok, uint32_t ntok)
{
  for (uint32_t k = tok; k < tok + ntok; k++) {
    int32_t h = kg_tok_head(doc, k);
    if (h < (int32_t)tok || h >= (int32_t)(tok + ntok))
      return k;
  }
  return UINT32_MAX;
}
/* The first dependent of token head with relation rel (exactly, or any
 * relation starting with rel when prefix: "nsubj" finds "nsubj:pass"), -1. */
int32_t kg_tok_child(const kg_doc *doc, uint32_t head, const char *rel, int prefix);
/* 1 when token x lies in the subtree of token top (x == top included). */
int kg_tok_under(const kg_doc *doc, uint32_t x, int32_t top);
/* 1 when token x lies in a clause conjoined with a subject of its own
 * ("... failed to agree, and that negotiators would meet in New Delhi next
 * month") that does not hold token t (same sentence, with a tree). */
int kg_tok_other_conj(const kg_doc *doc, uint32_t x, uint32_t t);

/* 1 when w is one of the NULL-terminated list. */
int kg_act_in_list(const char *w, const char *const *list);
/* 1 when the word at tok, a common noun by its tag and written in lower case elsewhere in the story, opens its
 * sentence or quotation before a lower-case verb ("took power ... \"Power was abandoned,\" he said"): no surname
 * of an office holder (actors_names.c). */
int kg_act_common_opening(const kg_doc *d, uint32_t tok);
int kg_act_org_head(const char *w);
/* Month and weekday names, lower case ("march", "sept.", "monday"). */
extern const char *const kg_act_calendar[];
/* 1 when the lower-case word is a preposition ("in", "with", "against"). */
int kg_word_is_prep(const char *lower);
/* Grammatical role of mention k: 's' subject (nsubj, or the first mention
 * of its clause not inside a prepositional phrase), 'p' object of a
 * preposition, 'g' possessor ("X's ..."), 'o' anything else. */
int kg_mention_role(const kg_doc *doc, size_t k);

/* Index of the mention covering doc token tok, -1 when none (mentions are
 * kept in token order). */
int32_t kg_mention_at(const kg_doc *doc, uint32_t tok);
/* The most salient actor (of a type in mask, not used as a place) of the
 * discourse before token `before` of sentence `sent`: mentions of that
 * sentence and of the three previous sentences that mention anyone (at
 * most eight back), weighted by recency (1/(1+rank)^2) and role (subject x3,
 * possessor x1.5, in a prepositional phrase x0.25).  -1 when none. */
int32_t kg_actors_salient(const kg_doc *doc, uint32_t sent, uint32_t before,
                          unsigned mask);
/* The same, counting only the actors for which ok(doc, actor, arg) is true
 * (ok NULL: all). */
int32_t kg_actors_salient_if(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                             int (*ok)(const kg_doc *, int32_t, const void *), const void *arg);
/* The same, where a mention of an actor outside mask counts for the actor
 * lend(doc, actor, larg) gives (-1: none), e.g. a person for the state he
 * leads or serves.  Here the subject of an earlier sentence's
 * clausal complement weighs x2, not x3 ("Lee said the North had ..."). */
int32_t kg_actors_salient_lend(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                               int32_t (*lend)(const kg_doc *, int32_t, const void *), const void *larg);
/* The document's actor for dictionary entry `entry` (interned; its
 * dict_entry and Wikidata id set), -1 on a bad entry or no memory. */
int32_t kg_actors_intern_entry(kg_doc *doc, const kg_dict *dict, int32_t entry);
/* kg_actors_salient_lend counting only the actors ok() accepts. */
int32_t kg_actors_salient_lend_if(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                                  int (*ok)(const kg_doc *, int32_t, const void *), const void *arg,
                                  int32_t (*lend)(const kg_doc *, int32_t, const void *), const void *larg);
#endif
