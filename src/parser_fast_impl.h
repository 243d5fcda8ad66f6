/* parser_fast_impl.h — the decoding caches' workspace (struct kg_pp_fast),
 * shared by parser_fast.c (the caches, the cached scorer) and
 * parser_fastj.c (the readings of joint tag choice seen by the caches).
 * Private to those two files. */
#ifndef KG_PARSER_FAST_IMPL_H
#define KG_PARSER_FAST_IMPL_H

#include "parser_impl.h"

#define NT 126          /* transition templates 0..125 */
#define NLT 43          /* label templates 200..242 (240.. : label set 2) */
#define PAIRS 1024      /* pair cache slots (direct mapped) */
#define MEMO 256        /* label memo slots (direct mapped) */
#define MAXTOK 4096     /* longer sentences use the plain path */
#define NLV (KG_PP_MAXLAB + 2)
#define KG_PP_FJ_MAX 64   /* most branching words of a sentence with the caches */

/* the parts of a state the transition features read (besides the sentence) */
#define SKEY 12
typedef struct smemo {
  uint64_t key[SKEY];
  uint32_t gen;          /* sentence of the entry (0: none) */
  int32_t sum[4];
} smemo;
#define SMEMO 256

/* The second half of an arc's label (lab_begin, lab_end). */
struct kg_pp_labq {
  int32_t key[10];
  uint64_t lsh, rsh, lsd;
  struct memo *e;
  size_t nf;
  uint64_t f[KG_PP_MAXFEAT + 4];
  const int16_t *r[KG_PP_MAXFEAT + 4];   /* their rows */
};

/* The second half of a state's transition scores (act_key, act_end). */
struct kg_pp_actq {
  uint64_t key[SKEY];
  smemo *me;
  int32_t acc[4];
  size_t nf;
  uint64_t f[KG_PP_MAXFEAT + 4];
  const int16_t *r[KG_PP_MAXFEAT + 4];   /* their rows */
  int s0, bf;            /* the pair (s0, buffer front) */
  uint32_t pat;          /* the words the pair reads that show their runner-up (kg_pp_fj_pat) */
  size_t njf;            /* > 0: the pair's sums are still to make from jf */
  const struct kg_pp_actq *pfrom;  /* or to take from this earlier item's pacc */
  int32_t pacc[4];       /* the pair's sums once made */
  uint64_t jf[KG_PP_MAXFEAT + 4];
  const int16_t *jr[KG_PP_MAXFEAT + 4];
};

#define KCP 48          /* at most this many tag templates (44) */
#define KCU 12          /* and coarse-tag templates (8) */
typedef struct vcache {
  uint64_t key;
  int valid;
  uint64_t v[KCP];
} vcache;

typedef struct memo {
  int32_t key[10];       /* h, d, lc1, lc2, rc1, labv lc1, labv rc1, lab h, head h, valency d */
  uint64_t ls_h, rs_h, ls_d;
  int32_t lab;
  uint32_t gen;          /* sentence of the entry (kg_pp_fast.gen; 0: none) */
} memo;

struct kg_pp_fast {
  const kg_parser *p;
  int avx2;              /* the CPU has AVX2 (kg_pp_hq_mix four at a time) */
  const kg_pp_tok *tok;
  int n;
  size_t cap;            /* tokens the arrays hold */
  const uint64_t **prow; /* prow[i][tpos[t]]: mix(T(t), attribute of token i), in the
                          * word cache or in pre */
  uint64_t *pre;         /* pre[i * NT ...]: rows of tokens the word cache can't hold */
  uint64_t *wp;          /* wp[i]: mix(w, p) of token i */
  int32_t (*tsum)[8];    /* per token: summed rows of feats_s0 [0..4), feats_b0 [4..8) */
  uint32_t (*tgen)[2];   /* sentence (gen) those sums are of; 0: none */
  uint64_t f0;           /* feature 0 */
  uint64_t lv[8][NLV];   /* label-value features: lv[j][v] = mix(T(lab_tpl[j]), v) */
  const int16_t *lvr[8][NLV];   /* and their transition rows */
  uint64_t lp[NLT][2];   /* label templates: mix(T(200 + i), dir) */
  uint32_t pkey[PAIRS];  /* pair_key; UINT32_MAX: empty (cleared every 64 sentences) */
  int32_t psum[PAIRS][4];
  uint8_t ppat[PAIRS];   /* the runner-ups the pair was seen with (kg_pp_fj_pat) */
  memo memo[MEMO];
  uint32_t gen;          /* sentence counter for smemo */
  smemo smemo[SMEMO];
  /* the prefixes of the tag templates depend on the tag only (and those
   * of the coarse-tag templates on the coarse tag): cached per value */
  int ntpl;              /* templates in use (108 without clusters) */
  uint8_t ptpl[KCP], utpl[KCU];
  int np, nu;
  uint8_t otpl[NT], okind[NT];   /* the other templates with a token part */
  int32_t oki[NT + 4];   /* okind as indexes, A_NONE (0) after the last (gathered 4 at a time) */
  int no;
  uint64_t otc[NT + 4];  /* KG_PP_TPL(otpl[j]), zeros after the last (hashed 4 at a time) */
  /* all of them depend on the word and its tags (w, p, u, sfx; a and the
   * clusters are looked up by w): WCACHE entries of WCW words (key w, p,
   * sfx, u; valid; the sentence that last used it; the NT values), NULL
   * when not allocated.  An entry a token of the sentence points at is not
   * replaced during the sentence (the later token uses pre instead). */
  uint64_t *wc;
  vcache pc[64], uc[32];
  struct kg_pp_actq *q;  /* KG_PP_MAXBEAM states' halves (kg_pp_fast_act_many) */
  struct kg_pp_labq *lq; /* and arcs' (kg_pp_fast_label_many) */
  /* joint tag choice (parser_fastj.c): the sentence's branching words, up
   * to KG_PP_FJ_MAX, and the readings in view.  The caches see one
   * reading per word: vm bit r set, word apos[r] shows its runner-up (its
   * token, row and wp swapped into tok, prow, wp: tok is the sentence's
   * array, shared by the beam's states), else the tagger's best.  Entries
   * made in another view are reused only where what they read is the same:
   * the state memo, the label memo and the pair cache key on the runner-ups
   * of the words their features read (kg_pp_fj_at); token sums are kept
   * for the tagger's best readings only. */
  uint64_t vm;
  int nalt;
  int apos[KG_PP_FJ_MAX];
  uint8_t aidx[MAXTOK + 2];   /* per token: r + 1 for branching word apos[r], else 0 */
  kg_pp_tok atok[KG_PP_FJ_MAX], btok[KG_PP_FJ_MAX];
  const uint64_t *arow[KG_PP_FJ_MAX], *brow[KG_PP_FJ_MAX];
  uint64_t awp[KG_PP_FJ_MAX], bwp[KG_PP_FJ_MAX];
  uint64_t *apre;        /* rows of runner-ups the word cache can't hold (KG_PP_FJ_MAX x NT) */
};

/* The prefixes of token t into pr (NT values, or the word cache's entry):
 * *row points at them, *wp = mix(w, p) (parser_fast.c; kg_pp_fast_begin
 * for each token of the sentence, parser_fastj.c for runner-ups). */
void kg_pp_fast_tok_row(kg_pp_fast *fw, const kg_pp_tok *t, uint64_t *pr, const uint64_t **row, uint64_t *wp);
/* Which of the words at[0..k) (positions; those past the sentence show
 * none) show their runner-up in fw's view: bit j for at[j].  The caches
 * key on it (with the positions, which their keys hold) instead of the
 * whole view, so that states differing only in words their features don't
 * read share entries. */
static inline uint32_t kg_pp_fj_at(const kg_pp_fast *fw, const int *at, int k)
{
  uint32_t pat = 0;
  for (int j = 0; j < k; j++) {
    int i = at[j];
    if (i >= 0 && i <= fw->n && fw->aidx[i] && (fw->vm >> (fw->aidx[i] - 1) & 1)) pat |= 1u << j;
  }
  return pat;
}

/* The words the pair (s0, bf) reads that show their runner-up in fw's
 * view: bit 0 s0, 1 s0 + 1, 2..6 bf - 1 .. bf + 3 (0 for none: every word
 * the tagger's best). */
static inline uint32_t kg_pp_fj_pat(const kg_pp_fast *fw, int s0, int bf)
{
  const int at[7] = { s0, s0 + 1, bf - 1, bf, bf + 1, bf + 2, bf + 3 };
  return fw->vm ? kg_pp_fj_at(fw, at, 7) : 0;
}

#define WCBITS 11
#define WCACHE (1u << WCBITS)
#define WCW (6 + NT)

#endif
