/* parser.h — labelled dependency parser (transition-based, averaged
 * perceptron, trained in-project on UD English-EWT).
 * Owns: the parser model, its file format, training and parsing.
 * Does not own: tokens, tags (it reads them), entities. */
#ifndef KG_PARSER_H
#define KG_PARSER_H
#include "doc.h"
#include "log.h"
typedef struct kg_parser kg_parser;
kg_status kg_parser_load(const char *path, const kg_logger *log, kg_parser **out);
void kg_parser_free(kg_parser *p);
/* The beam width used for decoding (1 = greedy); a model saves the width it
 * was trained with, which is the default.  k outside 1..64 is ignored. */
void kg_parser_set_beam(kg_parser *p, int k);
int kg_parser_beam(const kg_parser *p);
/* Beam pruning by score margin: at each step of beam decoding, items whose
 * score is more than m times the model's mean transition weight (of its
 * non-zero weights) below the best item's are dropped (the best is always
 * kept), so that a step where one parse stands out costs what a greedy
 * step costs.  0 disables it; m < 0 is ignored.  kg_parser_load sets
 * KG_PARSER_MARGIN, or $KGBUILD_BEAM_MARGIN when that is set. */
#define KG_PARSER_MARGIN 140.0f
void kg_parser_set_beam_margin(kg_parser *p, float m);
float kg_parser_beam_margin(const kg_parser *p);
/* 1 when the model reads the tagger's runner-up tags (kg_token.upos2, see
 * kg_tagger_set_alt), else 0. */
int kg_parser_tag_alt(const kg_parser *p);
/* 1 when the model reads sentences right to left (trained with --reverse). */
int kg_parser_reverse(const kg_parser *p);
/* Makes p (left to right) parse together with r2l (right to left): each
 * sentence is parsed by both and their arcs combined into one tree
 * (parser_combine.c).  p owns r2l from then on, also when this fails
 * (KG_ERR_USAGE: p reads right to left, r2l doesn't, or r2l has labels p
 * lacks). */
kg_status kg_parser_attach(kg_parser *p, kg_parser *r2l);
/* Sets head and deprel of every token of doc (needs upos set). */
kg_status kg_parser_run(const kg_parser *p, kg_doc *doc);
/* Joint tag choice at run time (parser_joint.c; off by default): g > 0
 * lets the beam keep both of the tagger's readings of a word whose gap
 * (best class minus the best class with another UPOS) is below g, as
 * `train parser --eval --tag-beam G` does; the runner-up is scored less
 * KGBUILD_TAG_PRIOR (default KG_PARSER_TAG_PRIOR) x gap x the model's mean
 * weight.  0: off.  Models reading right to left or combined: ignored. */
#define KG_PARSER_TAG_PRIOR 3.0f
void kg_parser_set_tag_beam(kg_parser *p, int g);
int kg_parser_tag_beam(const kg_parser *p);
/* The tagger's runner-up readings of a document's tokens (arrays of
 * doc->ntokens, from kg_tagger_run_alt_x): UPOS + 1 (0: none), score gap,
 * XPOS (NULL: none). */
typedef struct kg_tag_alts {
  const uint8_t *upos;
  const float *gap;
  const char *const *xpos;
} kg_tag_alts;
/* kg_parser_run choosing between the two readings (alt NULL, or tag beam
 * off: kg_parser_run): a token whose runner-up reading the best parse took
 * gets its upos and xpos, and took[token] = 1 (else 0; took may be NULL). */
kg_status kg_parser_run_alt(const kg_parser *p, kg_doc *doc, const kg_tag_alts *alt, uint8_t *took);
int kg_parser_train_main(int argc, char **argv);
#endif
