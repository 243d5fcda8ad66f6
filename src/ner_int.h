/* ner_int.h — internals shared by ner.c (features, decoding), ner_model.c
 * (tables, model file), ner_fast.c (integer decoding) and ner_train.c
 * (CoNLL reading, training, evaluation).  Not a public API. */
#ifndef KG_NER_INT_H
#define KG_NER_INT_H
#include <stdint.h>
#include "ner.h"
#include "perceptron.h"

#define NER_NCLASS 17          /* O + {PER,ORG,LOC,MISC} x {B,I,L,U} */
#define NER_START 31           /* pseudo tag before a sentence */
#define NER_MAXFEAT 112
#define NER_NAFFIX 4
#define NER_NCL 4              /* cluster prefix lengths 4, 6, 10, 20 */
#define NER_CLUSTER_SEED 0x636c7573ULL
#define NER_CASE_SEED 0x4341534543415345ULL
#define NER_LOG2_BUCKETS 20
#define NER_NCTX 6             /* contexts kept per form and document */
enum { NER_B = 0, NER_I, NER_L, NER_U };

typedef struct ner_entry { uint64_t key; uint32_t val; } ner_entry;
typedef struct ner_table { ner_entry *e; uint32_t cap, n; } ner_table;
uint32_t kg_ner_table_get(const ner_table *t, uint64_t key);
/* Prefetches the slot where kg_ner_table_get(t, key) begins to look. */
void kg_ner_table_prefetch(const ner_table *t, uint64_t key);
kg_status kg_ner_table_put(ner_table *t, uint64_t key, uint32_t val);
void kg_ner_table_clear(ner_table *t);
/* ner.c: drops the calling thread's word cache of model id. */
void kg_ner_wc_release(uint64_t id);
uint64_t kg_ner_hash_lower(const char *s, size_t n);

struct kg_ner {
  kg_ap *ap;            /* pass 1 */
  kg_ap *ap2;           /* pass 2 (stacked on pass 1's labels), or NULL */
  uint32_t flags;       /* NER_FLAG_* */
  ner_table gaztab;     /* entity strings of the training data: key of the
                           lower-cased token sequence -> type bit mask */
  ner_table clusters;   /* hash(form) -> cluster path with a leading 1 bit */
  ner_table casetab;    /* hash(lower) ^ NER_CASE_SEED -> case bucket 1..6 */
  uint64_t id;          /* > 0 for a loaded model: owner of the score cache */
  uint64_t *gazbloom;   /* loaded model: Bloom filter of gaztab's keys (two bits a
                           key, in gazbloom_mask + 1 bits), or NULL */
  uint32_t gazbloom_mask;
};

/* One document as the recogniser sees it. */
typedef struct ner_doc {
  uint32_t ntok, nsent;
  const char **form;
  uint32_t *sstart;     /* nsent + 1 entries */
  uint8_t *gold;        /* BILOU tags (training/evaluation) or NULL */
  uint8_t *gaz;         /* dictionary codes or NULL */
  const uint8_t *prev;  /* pass-1 tags when training pass 2, else NULL */
  const ner_table *gaztab; /* overrides the model's (jackknifed training) */
} ner_doc;

typedef struct ner_tok {
  uint64_t form, lower, shape, sshape, pre[NER_NAFFIX], suf[NER_NAFFIX], cl[NER_NCL];
  uint64_t hyph, hyph1, hyph2;   /* hyphenated words: both parts, each part */
  uint8_t caps, has_lower, upper2, caseb, gaz, tgaz, sinit, capsent;
} ner_tok;

/* Reusable per-document workspace (grown, never shrunk). */
typedef struct ner_work {
  ner_tok *t;
  uint8_t *tag;
  uint32_t *slot;       /* token -> doc hash slot of its lower form */
  uint64_t *hk;
  uint8_t *hsig;
  uint16_t (*hcnt)[5];  /* labels given so far in the document, per form */
  uint16_t (*hcnt2)[5]; /* pass-1 labels of the whole document, per form */
  uint8_t *hfirst;      /* per form: 1 + pass-1 type at its first occurrence
                           (low nibble), 1 + type of the first multi-token
                           entity holding it (high nibble) */
  const uint8_t *prev;  /* pass-1 tags during pass 2, else NULL */
  uint8_t *ptag;        /* storage for pass-1 tags at run time */
  int skip_plain;       /* pass 2 re-decodes only sentences with a word
                           labelled inconsistently by pass 1 */
  uint32_t cap_tok, hcap;
  uint64_t (*hctx)[NER_NCTX]; /* per form: words seen before/after its
                           capitalised occurrences (context aggregation) */
  uint8_t *hnctx;
  uint64_t topic;       /* lower form opening an all-capitals first
                           sentence ("SOCCER - ..."), else 0 */
  struct ner_fast *fast; /* ner_fast.c's workspace, or NULL */
  uint32_t docgen;      /* documents prepared (the workspace's word types) */
  int fast_plain;       /* tests: ner_fast.c scores the features one by one
                           (and filters the beam's classes without AVX2) */
} ner_work;
void kg_ner_work_free(ner_work *w);

size_t kg_ner_features(const ner_work *w, uint32_t a, uint32_t b, uint32_t i,
                    const uint8_t *tag, uint64_t *out);
enum { CAP_NONE = 0, CAP_LOWER, CAP_TITLE, CAP_UPPER, CAP_MIXED };
/* The pseudo-word before (after = 0) or after a sentence. */
static inline const ner_tok *ner_edge(int after)
{
  static const ner_tok bos = { .form = 11, .lower = 11, .shape = 11, .sshape = 11, .caps = 7 };
  static const ner_tok eos = { .form = 13, .lower = 13, .shape = 13, .sshape = 13, .caps = 8 };
  return after ? &eos : &bos;
}
/* Token i of sentence [a, b), or the pseudo-word before or after it. */
static inline const ner_tok *ner_tok_at(const ner_work *w, uint32_t a, uint32_t b, int64_t i)
{
  if (i < (int64_t)a) return ner_edge(0);
  if (i >= (int64_t)b) return ner_edge(1);
  return &w->t[i];
}
/* The majority label type of the earlier occurrences of token i's form in
 * the document (0 none / O-majority, 5 never seen) times 2, plus 1 when
 * they are unanimous. */
static inline int ner_history_code(const ner_work *w, uint32_t i)
{
  const uint16_t *c = w->hcnt[w->slot[i]];
  int tot = 0, best = 0;
  for (int k = 0; k < 5; k++) { tot += c[k]; if (c[k] > c[best]) best = k; }
  return tot ? best * 2 + (c[best] == tot) : 10;
}
/* Helpers of the decoders (ner.c), shared with ner_fast.c: the tags allowed
 * after prev (NER_START at a sentence start; last: the sentence's last
 * token); counting token i's label into the history of ner_history_code;
 * whether pass 2 re-decodes sentence [a, b); the features reading the
 * previous tags t1, t2 (in features' order). */
void kg_ner_allowed_mask(int prev, int last, uint8_t *al);
/* Clears the document history (hcnt) at the slots of d's tokens, the
 * only ones read. */
void kg_ner_hist_clear(ner_work *w, const ner_doc *d);
void kg_ner_hist_add(ner_work *w, uint32_t i, int tag);
int kg_ner_sent_ambiguous(const ner_work *w, uint32_t a, uint32_t b);
size_t kg_ner_features_tags(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t t1, uint64_t t2,
                            uint64_t *out);
/* The static features of token i (those not reading the previous tags) as
 * kg_ner_features gives them, in any order. */
size_t kg_ner_features_static(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t *out);

/* ner_fast.c: decoding with a loaded model's integer weights (kg_ap_to_int
 * with NER_INT_MAXFEAT): the static features of each token are scored as
 * cached sums of word groups plus the rest, then the beam (width B >= 1;
 * 1 is greedy) as in ner.c.  Fills w->tag like ner.c's decoders. */
#define NER_INT_MAXFEAT 128
kg_status kg_ner_fast_decode(const kg_ner *m, const kg_ap *ap, const ner_doc *d, ner_work *w, uint32_t B);
/* The features ner_fast.c scores for token i's static part (pass: w->prev
 * set or not), as a multiset equal to kg_ner_features_static's (a test
 * compares them). */
size_t kg_ner_fast_static_feats(const ner_work *w, uint32_t a, uint32_t b, uint32_t i, uint64_t *out);
void kg_ner_fast_free(struct ner_fast *f);
/* The beam's class filter (tests): bit c (c < NER_NCLASS) set when s[c] >
 * thr; s has 24 lanes; avx2: the vector form when the CPU has AVX2. */
uint32_t kg_ner_fast_gt_mask(const int32_t *s, int32_t thr, int avx2);
/* Drops the calling thread's caches of model id. */
void kg_ner_fast_release(uint64_t id);
#define NER_FLAG_DICT 1u    /* trained with dictionary features */
#define NER_BEAM_OF(flags) (((flags) >> 8) & 0xffu)  /* beam width; 0, 1: greedy */
enum { NER_FEAT_ALL = 0, NER_FEAT_STATIC, NER_FEAT_TAGS };
#define NER_GAZ_MAXLEN 6
enum { NER_RUN = 0, NER_PASS1, NER_PASS2 };
/* Tags one document into w->tag (BILOU).  NER_RUN: pass 1 with m->ap, then
 * pass 2 with m->ap2 when present.  NER_PASS1 / NER_PASS2: one pass with
 * train (updated when d->gold is set) or the model's; pass 2 reads d->prev. */
kg_status kg_ner_tag_doc(const kg_ner *m, kg_ap *train, int mode, const ner_doc *d, ner_work *w);
/* Key of a token sequence for the gazetteer: fold of lower-case hashes. */
static inline uint64_t ner_gaz_key(uint64_t h, uint64_t lower) { return kg_hash_mix(h ^ 0x67617aULL, lower) | 1; }
kg_status kg_ner_save(const kg_ner *m, const char *path, const kg_logger *log);
/* Model file format versions: 1 float weights (int16 rows with a scale),
 * turned into integers at load; 2 (written by kg_ner_save) those integer
 * weights.  kg_ner_save_version writes either (1: for a model in training;
 * a loaded one would be re-quantised). */
#define NER_MODEL_VERSION 2u
kg_status kg_ner_save_version(const kg_ner *m, const char *path, uint32_t version, const kg_logger *log);
void kg_ner_dict_codes(const kg_dict *dict, const kg_doc *doc, uint8_t *gaz);
#endif
