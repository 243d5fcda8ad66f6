/* parser_impl.h — internals shared by parser.c (transition system, features,
 * decoding, model file) and parser_train.c (oracle, training, evaluation).
 * Private to the parser module; nothing outside src/parser*.c includes it.
 *
 * The parser is arc-eager (Nivre 2003) with the artificial root as the
 * bottom of the stack, greedy or with a beam (parser_beam.c), with two
 * averaged perceptrons over hashed
 * features: one scores the 4 unlabelled transitions, the other picks the
 * label of each arc at the moment the arc is made. */
#ifndef KG_PARSER_IMPL_H
#define KG_PARSER_IMPL_H

#include <stdint.h>
#include "parser.h"
#include "perceptron.h"

enum { KG_PP_SH = 0, KG_PP_RE, KG_PP_LA, KG_PP_RA, KG_PP_NACT };

#define KG_PP_MAXLAB 64      /* label sets are 64-bit masks */
#define KG_PP_MAXFEAT 160
#define KG_PP_LABX 2         /* newest label feature set */
#define KG_PP_MAXBEAM 64     /* widest beam */
#define KG_PP_BEAM_MAXN 300  /* longer sentences are parsed greedily */

/* Hashed attributes of one token; index 0 is the root, n+1 the "none". */
typedef struct kg_pp_tok {
  uint64_t w;    /* normalised form */
  uint64_t p;    /* xpos (or upos when no xpos) */
  uint64_t u;    /* upos */
  uint64_t sfx;  /* last 3 bytes of the lower-cased form */
  uint64_t a;    /* ambiguity class: the xpos tags the word had in training */
  uint64_t c4, c6, cf; /* word cluster: prefixes of 4 and 6 bits, whole path */
  uint64_t q;    /* tag uncertainty: kg_token.upos2 (the tagger's runner-up) */
  int punct;     /* tagged PUNCT: takes no dependents */
} kg_pp_tok;

/* A parser configuration plus the partial tree. Arrays have n+2 slots. */
typedef struct kg_pp_state {
  int n;
  int clusters;              /* use the cluster features (model has clusters) */
  int labx;                  /* label feature set (kg_parser.labx) */
  int tagalt;                /* use the tag-uncertainty features (kg_parser.tagalt) */
  const kg_pp_tok *tok;
  int *stack, sp;            /* stack[0..sp) ; stack[sp-1] is s0 */
  int b;                     /* front of the buffer; b > n: empty */
  int jdec;                  /* joint tag choice (parser_joint.c): tokens <= jdec have their reading */
  uint64_t rmask;            /* with the decoding caches (parser_fastj.c): the runner-ups taken,
                              * bit r for the sentence's r-th branching word (tok is shared) */
  int *head, *lab;           /* -1: none */
  int *lc1, *lc2, *rc1, *rc2;/* leftmost / 2nd leftmost / rightmost / 2nd rightmost child */
  int *nl, *nr;              /* number of left / right children */
  uint64_t *ls, *rs;         /* label sets of left / right children */
} kg_pp_state;

/* Workspace able to hold sentences up to cap tokens. */
typedef struct kg_pp_work {
  size_t cap;
  kg_pp_tok *tok;
  int *ints;
  uint64_t *sets;
  kg_pp_state st;
} kg_pp_work;

struct kg_parser {
  kg_ap *act;          /* 4 transitions */
  kg_ap *lab;          /* nlab labels */
  char **labels;       /* one malloc'd block (kg_model_get_strings) or owned */
  int labels_block;    /* 1: labels is one block */
  uint32_t nlab;
  int root_lab;        /* index of "root" */
  int dep_lab;         /* label of re-attached fragments ("dep" or root) */
  uint64_t *amb_key;   /* open addressing: normalised form hash -> class */
  uint64_t *amb_val;
  uint32_t amb_mask;   /* table size - 1 (0: no table) */
  uint32_t namb;
  uint64_t *cl_key;    /* open addressing: normalised form hash -> cluster */
  uint64_t *cl_val;    /* (path length << 32) | path bits */
  uint32_t cl_mask;    /* table size - 1 (0: no clusters) */
  uint32_t ncl;
  int16_t *pk;         /* transition weights packed for decoding: 4 x int16 per bucket */
  float pk_scale;
  uint64_t pk_mask;
  int16_t *pl;         /* label weights packed the same way: pl_stride per bucket
                        * (kg_pp_lab_pitch: whole cache lines; the file keeps
                        * nlab rounded up to 8), lanes past nlab zero */
  float pl_scale;
  uint64_t pl_mask;
  uint32_t pl_stride;
  int beam;            /* beam width (1: greedy); saved in the model */
  int labx;            /* label feature set: 1 (models without LABX), 2 adds the
                        * words of the dependent's left children */
  int tagalt;          /* 1: tag-uncertainty features (section TALT; absent: 0) */
  int jtag;            /* > 0: joint tag choice in the beam where the tagger's gap is
                        * below jtag (section JTAG; absent: 0; parser_joint.c) */
  int jrun;            /* run time (not saved; kg_parser_set_tag_beam): > 0, joint tag
                        * choice in kg_parser_run_alt where the tagger's gap is below it
                        * (0: off; a JTAG model branches in --eval only) */
  float jprior;        /* run time ($KGBUILD_TAG_PRIOR, not saved): the runner-up reading's
                        * score minus jprior x gap x wunit (0: none) */
  int16_t *pf;         /* final labels (section LABF, optional, with jlab): a second
                        * label table of pl's shape, trained locally (--relabel of a
                        * model with labels in the beam); the beam's best sequence
                        * is replayed and its arcs labelled greedily with it */
  float pf_scale;
  uint64_t pf_mask;
  int jlab;            /* labels in the beam (section JLAB; absent: 0): each arc
                        * of a beam item is expanded with its jlab best labels,
                        * the label score added to the item's score; the label
                        * model is then trained by the global updates */
  int pl_split;        /* 0: lane c of a label-table row (pl, pf) is label c.
                        * Else (loaded models, kg_pp_lab_split) the rows are laid
                        * out in two 64-byte lines: lanes 0..KG_PP_HOT-1 the
                        * KG_PP_HOT labels (not root) with the most weight, in
                        * label order; lane KG_PP_HOT the row's largest weight
                        * among the other labels but root; lanes 32.. the other
                        * labels.  A label decision sums the first lines only
                        * and is done when the best of those labels beats the
                        * sum of the bound lanes, which no other label's sum can
                        * exceed (the same label as summing everything). */
  uint8_t pl_lane[KG_PP_MAXLAB];  /* lane of label c (pl_split) */
  uint8_t pl_lab[64];             /* label of lane l (pl_split; the bound lane and
                                   * unused lanes: 255) */
  int32_t pl_valid[64];           /* -1 for the lanes of the labels but root, else 0 */
  float margin;        /* beam pruning at run time (not saved; 0: none): items
                        * scoring more than margin x wunit below a step's
                        * best item are dropped */
  float wunit;         /* the mean magnitude of the non-zero packed transition
                        * weights (a fixed sample of buckets), set at load */
  int reverse;         /* 1: reads sentences right to left (section DIRN; absent: 0);
                        * trained on reversed sentences (parser_combine.c) */
  kg_parser *r2l;      /* owned: a right-to-left model parsing with this one
                        * (kg_parser_attach; parser_combine.c) */
  uint64_t id;         /* > 0 for a loaded model (never reused): owner of the
                        * calling thread's decoding caches in kg_parser_run */
};
/* Frees the calling thread's decoding caches when they belong to model id
 * (parser.c; kg_parser_free calls it). */
void kg_pp_run_release(uint64_t id);

#define KG_PP_MAXJLAB 4      /* most labels per arc in the beam */

/* Lanes (int16) per row of the packed label tables in memory: nlab rounded
 * up to 8, then to 16 lanes (half a 64-byte line) or a multiple of 32 (whole
 * lines), so that a row, 64-byte aligned, spans no more lines than it must:
 * 56 lanes (112 bytes: 2 or 3 lines, 2.5 on average) become 64 (2 lines).
 * Model files keep (nlab + 7) & ~7 lanes per row. */
static inline uint32_t kg_pp_lab_pitch(uint32_t nlab)
{
  uint32_t l = (nlab + 7) & ~7u;
  if (l <= 16) return l <= 8 ? 8 : 16;
  return (l + 31) & ~31u;
}

/* Labels in the first line of a split label row (kg_parser.pl_split). */
#define KG_PP_HOT 31
/* The lane of label c in p's label rows. */
static inline uint32_t kg_pp_lane(const kg_parser *p, uint32_t c)
{
  return p->pl_split ? p->pl_lane[c] : c;
}
/* Lays p's label tables (pl and pf, rows of 64 lanes) out split (see
 * kg_parser.pl_split) when nlab is 33..63; kg_pp_lab_unsplit restores lane
 * = label (parser_model.c). */
void kg_pp_lab_split(kg_parser *p);
void kg_pp_lab_unsplit(kg_parser *p);

/* Beam search (parser_beam.c). */
typedef struct kg_pp_beam kg_pp_beam;
typedef struct kg_pp_fast kg_pp_fast;   /* decoding caches, parser_fast.c */
kg_pp_beam *kg_pp_beam_new(int k);
void kg_pp_beam_free(kg_pp_beam *b);
/* Parses st (initialised, tokens set) with the beam, then repairs the tree
 * as kg_pp_parse does. */
kg_status kg_pp_beam_parse(const kg_parser *p, kg_pp_beam *b, kg_pp_state *st);
/* The same with the decoding caches fw (NULL: none; see below). */
kg_status kg_pp_beam_parse_fast(const kg_parser *p, kg_pp_beam *b, kg_pp_fast *fw,
                                kg_pp_state *st);
/* After kg_pp_beam_parse(_fast): the number of final items of the beam
 * (best first; 0 when the sentence was parsed greedily) and item i's state
 * (its partial tree, not repaired: some tokens may lack a head) and score
 * (the sum of its transition scores). */
int kg_pp_beam_nitems(const kg_pp_beam *b);
const kg_pp_state *kg_pp_beam_item(const kg_pp_beam *b, int i, double *score);
/* One global (max-violation) update of p->act on a sentence of n tokens
 * whose gold transitions are gacts/glabs[0..glen); returns 1 when the
 * weights changed; *err set on allocation failure. */
int kg_pp_beam_train(kg_parser *p, kg_pp_beam *b, const kg_pp_tok *tok, int n,
                     const int *gacts, const int *glabs, int glen, int *err);
/* The beam's joint readings (parser_joint.h), set per sentence before
 * kg_pp_beam_parse / kg_pp_beam_train (off unless kg_pp_jsent_set turns
 * them on); decoding with them uses the plain scorer. */
struct kg_pp_jsent *kg_pp_beam_jsent(kg_pp_beam *b);

/* Builds p->pk and p->pl from p->act and p->lab (after loading or for
 * evaluation). */
kg_status kg_pp_pack(kg_parser *p);
/* Builds p->pl alone from p->lab (retraining the labels of a loaded model). */
kg_status kg_pp_pack_labels(kg_parser *p);
/* Builds p->pf (the final labels) from p->lab. */
kg_status kg_pp_pack_final(kg_parser *p);

/* Builds the ambiguity-class table from n (key, value) pairs. */
kg_status kg_pp_amb_build(kg_parser *p, const uint64_t *keys, const uint64_t *vals, uint32_t n);
/* Sets t->a and the cluster fields from the tables (t->w must be set). */
void kg_pp_tok_amb(const kg_parser *p, kg_pp_tok *t);
/* Builds the cluster table from n (normalised form hash, cluster) pairs;
 * the first pair of a key wins. */
kg_status kg_pp_cl_build(kg_parser *p, const uint64_t *keys, const uint64_t *vals, uint32_t n);
/* The normalised form hash of a word (kg_pp_tok.w). */
uint64_t kg_pp_form_key(const char *form, size_t flen);

kg_status kg_pp_work_reserve(kg_pp_work *w, size_t n);
/* Points st's stack and per-token arrays into ints (9 runs of `stride`)
 * and its label sets into sets (2 runs): the workspace's layout
 * (stride = its capacity) and the beam pool's (stride = n + 2). */
void kg_pp_state_point(kg_pp_state *st, int *ints, uint64_t *sets, size_t stride);
void kg_pp_work_free(kg_pp_work *w);
void kg_pp_state_init(kg_pp_state *st, int n);

/* Token attributes from strings (xpos may be NULL). */
void kg_pp_tok_set(kg_pp_tok *t, const char *form, size_t flen,
                   const char *xpos, int upos);
void kg_pp_tok_special(kg_pp_tok *t, int root);
/* Sets t->q from kg_token.upos2 (kg_pp_tok_set sets it as for 0). */
void kg_pp_tok_alt(kg_pp_tok *t, unsigned upos2);

static inline void kg_pp_legal(const kg_pp_state *st, uint8_t *ok)
{
  int s0 = st->stack[st->sp - 1];
  int hasb = st->b <= st->n;
  ok[KG_PP_SH] = (uint8_t)hasb;
  ok[KG_PP_RE] = (uint8_t)(s0 != 0 && st->head[s0] >= 0);
  /* punctuation takes no dependents (6 of EWT train's 204,577 arcs do) */
  ok[KG_PP_LA] = (uint8_t)(hasb && s0 != 0 && st->head[s0] < 0 && !st->tok[st->b].punct);
  ok[KG_PP_RA] = (uint8_t)(hasb && (s0 != 0 || st->nr[0] == 0) && !st->tok[s0].punct);
}
/* Applies a transition; for arcs, the label lab. */
void kg_pp_apply(kg_pp_state *st, int act, int lab);
/* Arc a transition would make: *h, *d (0 when not an arc). */
static inline void kg_pp_arc_of(const kg_pp_state *st, int act, int *h, int *d)
{
  int s0 = st->stack[st->sp - 1];
  *h = *d = 0;
  if (act == KG_PP_LA) { *h = st->b; *d = s0; }
  else if (act == KG_PP_RA) { *h = s0; *d = st->b; }
}

size_t kg_pp_feats(const kg_pp_state *st, uint64_t *f);
size_t kg_pp_lab_feats(const kg_pp_state *st, int h, int d, uint64_t *f);
/* The tag-uncertainty templates of the two (part of them when st->tagalt;
 * parser_fast.c uses them as they are): of s0, b0, b1 (tokens of t, nil
 * for none) and of the arc h -> d. */
size_t kg_pp_alt_feats(const kg_pp_tok *t, int s0, int b0, int b1, uint64_t *f);
size_t kg_pp_alt_lab_feats(const kg_pp_tok *t, int h, int d, uint64_t *f);

/* kg_ap_score with prefetching (nfeat <= KG_PP_MAXFEAT). */
void kg_pp_score(const kg_ap *ap, const uint64_t *f, size_t nf, float *sc);
/* Transition scores with p's packed table when it has one, else p->act. */
void kg_pp_score_act(const kg_parser *p, const uint64_t *f, size_t nf, float *sc);
/* Label scores (nlab slots) from p's packed label table when it has one
 * (integer sums, in units of pl_scale), else from p->lab. */
void kg_pp_score_lab(const kg_parser *p, const uint64_t *f, size_t nf, float *sc);
/* Picks a label for arc h -> d (h > 0) with the label model. */
int kg_pp_pick_label(const kg_parser *p, const kg_pp_state *st, int h, int d);
/* The same from the label features of the arc (kg_pp_lab_feats). */
int kg_pp_pick_label_f(const kg_parser *p, const uint64_t *f, size_t nf);
/* Parses st (initialised, tokens set) to the end and repairs the tree:
 * exactly one token attached to 0, every token a head. */
void kg_pp_parse(const kg_parser *p, kg_pp_state *st);
/* Greedy decoding, plain (fw NULL) or with the decoding caches fw
 * (kg_pp_fast_begin done): kg_pp_parse and kg_pp_fast_parse. */
void kg_pp_greedy(const kg_parser *p, kg_pp_fast *fw, kg_pp_state *st);
/* Sets up w (reserved for n tokens) for the sentence tk[0..n): the token
 * attributes, the root and "none" tokens, an initial state with p's
 * feature settings. */
void kg_pp_sent_setup(const kg_parser *p, kg_pp_work *w, const kg_token *tk, int n);
void kg_pp_finish(const kg_parser *p, kg_pp_state *st);

/* The seed of feature template t (the first part of its hash). */
#define KG_PP_TPL(t) ((uint64_t)(t) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL)

/* Decoding-time caches (parser_fast.c): the same features and scores as
 * kg_pp_feats / kg_pp_lab_feats with p's packed tables, with less work.
 * kg_pp_fast_new returns NULL when p has no packed tables (or no memory);
 * kg_pp_fast_begin prepares a sentence of n tokens tok[0..n+1] (returns 0
 * when it can't: too long, no memory; then use the plain path). */
kg_pp_fast *kg_pp_fast_new(const kg_parser *p);
void kg_pp_fast_free(kg_pp_fast *fw);
int kg_pp_fast_begin(kg_pp_fast *fw, const kg_pp_tok *tok, int n);
/* Transition scores, equal to kg_pp_score_act over kg_pp_feats(st). */
void kg_pp_fast_act(kg_pp_fast *fw, const kg_pp_state *st, float *sc);
/* kg_pp_fast_act of st[0..m) (the same scores): the rows of all are looked
 * up and prefetched before any is added (their memory latencies overlap). */
typedef struct kg_pp_actq kg_pp_actq;
void kg_pp_fast_act_many(kg_pp_fast *fw, const kg_pp_state *const *st, int m, float (*sc)[KG_PP_NACT]);
/* Label of arc h -> d (h > 0), equal to kg_pp_pick_label. */
int kg_pp_fast_label(kg_pp_fast *fw, const kg_pp_state *st, int h, int d);
/* All label scores for the label features f[0..nf) with p's packed label
 * table (p->pl set): equal to kg_pp_score_lab, faster where AVX2 is. */
void kg_pp_fast_label_scores(const kg_parser *p, const uint64_t *f, size_t nf, float *sc);
/* The best label but root of the packed label rows rows[0..nf) (integer
 * sums; the first best, as kg_pp_pick_label_f; parser_labsum.c). */
int kg_pp_best_label(const kg_parser *p, const int16_t *const *rows, size_t nf);
/* kg_pp_fast_label of arcs h[i] -> d[i] in st[i], i < m (the same labels),
 * the label rows of all looked up and prefetched before any is summed. */
typedef struct kg_pp_labq kg_pp_labq;
void kg_pp_fast_label_many(kg_pp_fast *fw, const kg_pp_state *const *st, const int *h, const int *d,
                           int m, int *lab);
/* kg_pp_parse with the caches. */
void kg_pp_fast_parse(kg_pp_fast *fw, kg_pp_state *st);
/* The features behind those scores (the same multiset as kg_pp_feats and
 * kg_pp_lab_feats, in another order): for tests. */
size_t kg_pp_fast_feats(const kg_pp_fast *fw, const kg_pp_state *st, uint64_t *f);
size_t kg_pp_fast_lab_feats(const kg_pp_fast *fw, const kg_pp_state *st, int h, int d, uint64_t *f);

/* ------------------------------------------------------------ shared
 * feature helpers of parser.c (the definitions, used by training) and
 * parser_fast.c (decoding with the packed tables). */

/* The label value of token i in features: its label + 2, 1 for "none". */
static inline uint64_t kg_pp_labv(const kg_pp_state *st, int i)
{
  return i <= st->n ? (uint64_t)(st->lab[i] + 2) : 1;
}

/* Distance buckets: 0..5, 6 for 6..10, 7 beyond. */
static inline int kg_pp_dist_bucket(int d)
{
  if (d < 0) d = -d;
  if (d <= 5) return d;
  if (d <= 10) return 6;
  return 7;
}

/* Hash inputs of features not yet mixed (parser_fast.c): n features made
 * by one hash step, kg_hash_mix(a, b), and nd made by two,
 * kg_hash_mix(kg_hash_mix(da, db), dc). */
#define KG_PP_HQN 64
typedef struct kg_pp_hq {
  size_t n, nd;
  uint64_t a[KG_PP_HQN + 4], b[KG_PP_HQN + 4];
  uint64_t da[KG_PP_HQN + 4], db[KG_PP_HQN + 4], dc[KG_PP_HQN + 4];
} kg_pp_hq;
/* out[0..n) = q's one-step features, out[n..n + nd) its two-step ones (the
 * same values as kg_hash_mix; with avx2 set, the CPU must have AVX2: four
 * at a time); out and rows have room for 3 more entries, which get
 * overwritten.  rows[i] = the row of out[i] in a table at base, base +
 * (out[i] & mask) * rowb bytes (mask < 2^32), prefetched; with lines 3 also
 * 64 bytes on and its end. */
void kg_pp_hq_mix(kg_pp_hq *q, uint64_t *out, int avx2, const void *base, uint64_t mask,
                  uint32_t rowb, int lines, const void **rows);

/* The label features of arc h -> d, written once for kg_pp_lab_feats and
 * kg_pp_fast_lab_feats (the same features in the same order): template i
 * (200 + i) starts from lp[i][dir] = mix(T(200 + i), dir + 1) when fast
 * (a constant; the decoding caches precompute them), else from that hash;
 * when fast each feature's row of pl (the packed label table: rows of
 * stride int16, lmask) is prefetched as it is made.  fast == 2: the
 * features made by hashing go to q unmixed instead (the caller mixes them
 * with kg_pp_hq_mix and prefetches), only the others to f. */
static inline __attribute__((always_inline)) size_t
kg_pp_lab_feats_in(const kg_pp_state *st, int h, int d, int fast, const uint64_t (*lp)[2],
                   const int16_t *pl, uint64_t lmask, uint32_t stride, kg_pp_hq *q, uint64_t *f)
{
  size_t k = 0;
  const kg_pp_tok *t = st->tok;
  int n = st->n, nil = n + 1;
  int dir = d < h ? 0 : 1;
  uint64_t hw = t[h].w, hp = t[h].p, dw = t[d].w, dp = t[d].p;
  uint64_t dist = (uint64_t)kg_pp_dist_bucket(h - d);
  int dm1 = d > 1 ? d - 1 : nil, dp1 = d < n ? d + 1 : nil;
  int hm1 = h > 1 ? h - 1 : nil, hp1 = h < n ? h + 1 : nil;
  int hh = st->head[h] >= 0 ? st->head[h] : nil;
  uint64_t hpdp = kg_hash_mix(hp, dp);
#define KG_LP(i) (fast ? lp[i][dir] : kg_hash_mix(KG_PP_TPL(200 + (i)), (uint64_t)dir + 1))
#define KG_LE(x) do { f[k] = (x); \
    if (fast == 1) { const int16_t *lr_ = pl + (f[k] & lmask) * stride; __builtin_prefetch(lr_); \
              __builtin_prefetch(lr_ + 32); __builtin_prefetch(lr_ + stride - 1); } \
    k++; } while (0)
#define L1(i, x_) do { if (fast == 2) { q->a[q->n] = KG_LP(i); q->b[q->n++] = (x_); } \
    else KG_LE(kg_hash_mix(KG_LP(i), (x_))); } while (0)
#define L2(i, x_, y_) do { if (fast == 2) { q->da[q->nd] = KG_LP(i); q->db[q->nd] = (x_); \
    q->dc[q->nd++] = (y_); } else KG_LE(kg_hash_mix(kg_hash_mix(KG_LP(i), (x_)), (y_))); } while (0)
  L1(0, 1);
  L1(1, hw); L1(2, hp); L1(3, dw); L1(4, dp);
  L2(5, hw, dp); L2(6, hp, dw); L2(7, hw, dw); L2(8, hp, dp);
  L2(9, hpdp, dist);
  L2(10, dp, kg_pp_labv(st, st->lc1[d])); L2(11, dp, kg_pp_labv(st, st->rc1[d]));
  L2(12, hpdp, st->ls[h] | (st->rs[h] << 1));
  L2(13, hpdp, t[dm1].p); L2(14, hpdp, t[dp1].p);
  L2(15, hpdp, t[hm1].p); L2(16, hpdp, t[hp1].p);
  L2(17, t[d].sfx, hp); L2(18, t[h].sfx, dp);
  L2(19, hpdp, kg_pp_labv(st, h)); L2(20, t[hh].p, hpdp);
  L2(21, dp, kg_hash_mix(t[st->lc1[d]].w, t[st->lc2[d]].p));
  L2(22, kg_hash_mix(dw, hp), t[st->lc1[d]].w);
  L2(23, t[d].u, t[h].u);
  L2(24, dw, st->ls[d]);
  L2(25, hw, st->ls[h]);
  L2(26, hpdp, (uint64_t)(st->nl[d] > 3 ? 3 : st->nl[d]) * 4 +
               (uint64_t)(st->nr[d] > 3 ? 3 : st->nr[d]));
  if (st->clusters) {
    L2(27, t[h].c6, t[d].c6); L2(28, t[d].cf, hp); L2(29, t[h].cf, dp);
    L2(30, t[d].c4, t[h].c4);
  }
  if (st->labx >= 2) {
    /* label features v2: the words of d's leftmost children (its case
     * marker, determiner, auxiliary ...) alone, with their label and with
     * the head's coarse tag: less tied to the tags of d and h */
    int c1 = st->lc1[d], c2 = st->lc2[d];
    L2(40, kg_pp_labv(st, c1), t[c1].w); L2(41, dp, t[c2].w); L2(42, t[c1].w, t[h].u);
  }
  if (st->tagalt) k += kg_pp_alt_lab_feats(t, h, d, f + k);   /* models with TALT */
#undef L1
#undef L2
#undef KG_LE
#undef KG_LP
  return k;
}

/* Writes / reads a parser model file. */
kg_status kg_pp_save(const kg_parser *p, const char *path, const kg_logger *log);

#endif
