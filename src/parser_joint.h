/* parser_joint.h — joint tag choice in the parser's beam (`train parser
 * --tag-beam G`, model section JTAG): where the tagger hesitated (its best
 * class and the best class with another UPOS are less than G apart), the
 * beam keeps both readings of the word.
 *
 * Owns: the runner-up readings of a sentence (kg_pp_jsent: read from the
 * CoNLL-U MISC keys Alt=UPOS:GAP, AltX=XPOS, GoldU=UPOS that
 * tools/parser-jackknife.sh writes), the tag-choice features and their
 * score, and applying a choice to a state.  Does not own: the beam search
 * and its training (parser_beam.c calls these), the transition features
 * (parser.c), the treebank reader (parser_train.c).
 *
 * The choice for word j is made by the first transition taken while j is
 * at the front of the buffer (the first step whose features read its tag as
 * b0): each reading is a candidate, scored with the transition features
 * seeing that reading plus the tag-choice features (the reading taken, the
 * tagger's gap in buckets, the two UPOS, the word), learned by the same
 * global updates as the transitions (in p->act, class 0).  Tags of words
 * not yet at the front (b1..b3) are the tagger's best.  Each beam state then
 * carries its own copy of the token attributes. */
#ifndef KG_PARSER_JOINT_H
#define KG_PARSER_JOINT_H

#include "parser_impl.h"

/* The runner-up reading of one treebank word (none: upos < 0). */
typedef struct kg_pp_jalt {
  int bu;            /* the word's (best) UPOS */
  int upos;          /* runner-up UPOS, -1: none */
  int gold;          /* gold UPOS (GoldU; training), -1: unknown */
  float gap;         /* tagger score gap */
  const char *xpos;  /* runner-up XPOS (AltX), points into the MISC field */
} kg_pp_jalt;

/* Reads ja from a CoNLL-U MISC field (NULL: none); bu is the word's UPOS.
 * Writes a NUL over the '|' ending AltX's value (so call it last). */
void kg_pp_jalt_parse(char *misc, int bu, kg_pp_jalt *ja);

/* The joint readings of a sentence (owned by a beam). */
typedef struct kg_pp_jsent {
  int on;            /* some word of the sentence branches */
  int n;
  size_t cap;
  kg_pp_tok *atok;   /* [0..n+1]: the runner-up reading of each word */
  uint8_t *amb;      /* 1: the word branches (gap < threshold) */
  uint8_t *gch;      /* training: 1 when the runner-up is the gold UPOS and the best is not */
  float *gap;        /* the tagger's gap (p->jprior) */
  uint64_t *key;     /* per word: hash of (gap bucket, best UPOS, runner-up UPOS) */
} kg_pp_jsent;

/* Sets js for the sentence of n tokens tok[1..n] whose readings are
 * ja[0], ja[stride], ... (bytes; a field of the caller's token records):
 * branches where p->jtag > 0 and the gap is below it.  Returns 0 on
 * allocation failure (js then off). */
int kg_pp_jsent_set(kg_pp_jsent *js, const kg_parser *p, const kg_pp_tok *tok, int n,
                    const kg_pp_jalt *ja, size_t stride);
/* The same at run time (kg_parser_run_alt, branching where the gap is
 * below p->jrun): the readings of the sentence of tokens tk[0..n)
 * (tok[1..n]) whose first token is token `first` of the document, from the
 * tagger's runner-ups alt. */
int kg_pp_jsent_set_alts(kg_pp_jsent *js, const kg_parser *p, const kg_pp_tok *tok, int n,
                         const kg_token *tk, const kg_tag_alts *alt, size_t first);
void kg_pp_jsent_free(kg_pp_jsent *js);

/* 1 when token j of st is at the buffer front, undecided and branching. */
static inline int kg_pp_joint_open(const kg_pp_jsent *js, const kg_pp_state *st)
{
  return js && js->on && st->b <= st->n && st->b > st->jdec && js->amb[st->b];
}
/* The tag-choice features of reading c (0: best, 1: runner-up) of word j. */
size_t kg_pp_joint_feats(const kg_pp_jsent *js, const kg_pp_tok *tok, int j, int c, uint64_t *f);
/* Their score (p's transition table, class 0), for the runner-up of a
 * loaded model minus p->jprior x gap x wunit ($KGBUILD_TAG_PRIOR). */
float kg_pp_joint_score(const kg_parser *p, const kg_pp_jsent *js, const kg_pp_tok *tok, int j, int c);
/* For an open state (kg_pp_joint_open): the transition scores and legal
 * transitions with the runner-up reading of b0 (st's tokens restored). */
void kg_pp_joint_alt_scores(const kg_parser *p, const kg_pp_jsent *js, kg_pp_state *st,
                            float *sc, uint8_t *ok);
/* Takes reading c of b0 in st (its own token copy): decided. */
void kg_pp_joint_choose(const kg_pp_jsent *js, kg_pp_state *st, int c);
/* 1 when st's token i took the runner-up reading. */
int kg_pp_joint_chosen(const kg_pp_jsent *js, const kg_pp_state *st, int i);
/* After parsing the sentence of tokens tk[0..n) (its first token is token
 * `first` of the document) into st (kg_parser_run_alt): the tokens whose
 * runner-up reading st took get its upos and xpos, and took[] = 1. */
void kg_pp_joint_take(const kg_pp_jsent *js, const kg_pp_state *st, kg_token *tk, const kg_tag_alts *alt,
                      size_t first, uint8_t *took);

#endif
