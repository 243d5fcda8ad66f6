/* tagger_impl.h — internals shared by tagger.c (features, decoding, model
 * file) and tagger_train.c (training).  Not a public header.
 *
 * The tagger is two stacked greedy left-to-right averaged perceptrons over
 * joint (UPOS, XPOS) classes.  Stage 1 sees the words and the two previous
 * stage-1 classes; stage 2 also sees stage 1's classes of the current and
 * next two words (right context), and its output is final.  Frequent
 * unambiguous words take their class from a tag dictionary in both stages.
 */
#ifndef KG_TAGGER_IMPL_H
#define KG_TAGGER_IMPL_H

#include <stdint.h>
#include <stdio.h>
#include "tagger.h"
#include "perceptron.h"
#include "lemma.h"
#include "htab.h"

#define KG_TAG_MAXFEAT 96
#define KG_TAG_START 0xffffu   /* class of the positions before the sentence */
#define KG_TAG_END 0xfffeu     /* ... and after it */
#define KG_TAG_NONE 0xffffffffu

struct kg_tagger {
  kg_ap *ap;              /* stage 1 */
  kg_ap *ap2;             /* stage 2, NULL: single stage */
  uint32_t nclass;
  char **xpos;            /* per class */
  uint8_t *upos;          /* per class */
  int *lem_x;             /* per class: lemmatizer xpos id */
  kg_htab td;             /* tag dictionary: form hash -> class */
  kg_htab lx;             /* lexicon: lower-case form hash -> UPOS bit set */
  kg_htab lx2;            /* lexicon: lower-case form hash -> hash of its XPOS set */
  kg_htab cl;             /* word clusters (optional): form hash and normalised-form
                           * hash -> binary cluster path with a leading 1 bit */
  kg_lemmatizer *lem;
  int want_alt;           /* kg_tagger_run sets kg_token.upos2 (kg_tagger_set_alt) */
  int xpos_block;         /* xpos is one block from kg_model_get_strings */
  uint64_t id;            /* loaded models: unique id (score cache owner); 0 in training */
};

/* Per-token values computed once per sentence. */
typedef struct kg_tagtok {
  uint64_t form, lower, shape, suf[4], pre[3];
  uint64_t cl[4];         /* cluster path prefixes of 4, 6, 10 bits and whole (with clusters) */
  uint32_t cas;           /* corpus case bucket (1-6, 0 unknown) of the word (with clusters) */
  uint32_t amb;           /* UPOS set of the word in the lexicon, 0 unknown */
  uint32_t amb2;          /* hash of its XPOS set, 0 unknown */
  uint32_t dict;          /* tag-dictionary class or KG_TAG_NONE */
  uint32_t s1;            /* stage-1 class (stage 2 input) */
  uint8_t first;          /* first token of the sentence */
  uint32_t slot;          /* run time: the token's slot in the score cache */
} kg_tagtok;

/* Word hashes of one form (no lexicon, no dictionary). */
void kg_tagger_word(const char *w, size_t n, kg_tagtok *out);
uint64_t kg_tagger_td_hash(const char *form, size_t n);

/* Fills wbuf (n + 4 slots; token i is wbuf[i + 2]) for a sentence.
 * amb (training: leave-one-out lexicon sets), unk (training: hide the word
 * identity) and s1 (stage-1 classes) may be NULL. */
void kg_tagger_prep(const kg_tagger *t, const char *const *forms, const uint32_t *lens,
                    size_t n, kg_tagtok *wbuf, const uint32_t *amb, const uint32_t *amb2,
                    const uint8_t *unk, const uint32_t *s1);
/* Greedy decoding of one stage over prepared tokens w (= wbuf + 2) into
 * cls.  With train set, scores with train, updates it toward gold and
 * returns the number of correct classes. */
size_t kg_tagger_decode(const kg_tagger *t, const kg_ap *ap, kg_ap *train, int stage,
                        const kg_tagtok *w, size_t n, uint32_t *cls, const uint32_t *gold);

/* Cluster-table keys of a form: exact spelling, and normalised (lower
 * case, digits as 0), the fallback. */
uint64_t kg_tagger_cl_key(const char *form, size_t n, int norm);   /* norm 2: case-table key */

/* kg_tagger_run that also gives, per token of the document (arrays of
 * doc->ntokens, may be NULL), the UPOS + 1 of the runner-up class with
 * another UPOS (0: none, e.g. a tag-dictionary word) and its score gap
 * below the chosen class.  kg_token.upos2 is kg_tagger_alt_code. */
kg_status kg_tagger_run_alt(const kg_tagger *t, kg_doc *doc, uint8_t *alts, float *gaps);
/* The same with the runner-up's XPOS: kg_tagger_run_alt_x (tagger.h). */

kg_status kg_tagger_finish(kg_tagger *t);
kg_status kg_tagger_save(const kg_tagger *t, const char *path, const kg_logger *log);

#endif
