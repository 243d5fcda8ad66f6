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
int kg_parser_train_main(int argc, char **argv);
#endif
