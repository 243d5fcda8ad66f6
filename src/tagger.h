/* tagger.h — UPOS+XPOS tagger and lemmatizer (averaged perceptron, trained
 * in-project on UD English-EWT).
 * Owns: the tagger model, its file format, training and tagging; lemmas.
 * Does not own: segmentation, parsing, entities. */
#ifndef KG_TAGGER_H
#define KG_TAGGER_H
#include "doc.h"
#include "log.h"
typedef struct kg_tagger kg_tagger;
/* Loads a model file; checks its format version; errors name the file. */
kg_status kg_tagger_load(const char *path, const kg_logger *log, kg_tagger **out);
void kg_tagger_free(kg_tagger *t);
/* Sets upos, xpos and lemma of every token of doc (and upos2 when on). */
kg_status kg_tagger_run(const kg_tagger *t, kg_doc *doc);
/* on: kg_tagger_run also sets kg_token.upos2 (off by default, upos2 0: it
 * costs about a tenth of the tagging instructions); for a parser model
 * that reads it (kg_parser_tag_alt). */
void kg_tagger_set_alt(kg_tagger *t, int on);
/* kg_token.upos2 from the tagger's runner-up with another UPOS (alt: its
 * UPOS + 1, 0: none) and its score gap below the chosen class: 0 when the
 * tagger is sure (gap >= 20), else alt, plus 32 when the gap is >= 5.
 * (On EWT dev 3.6 % of the words have a code; 30-50 % of them are tagged
 * wrongly, against 2.3 % of the others.) */
static inline unsigned kg_tagger_alt_code(int alt, float gap)
{
  if (alt <= 0 || !(gap < 20.0f)) return 0;
  return (unsigned)alt + (gap >= 5.0f ? 32u : 0u);
}
/* kg_tagger_run that also gives, per token of the document (arrays of
 * doc->ntokens, may be NULL), the UPOS + 1 of the runner-up class with
 * another UPOS (0: none, e.g. a tag-dictionary word), its score gap below
 * the chosen class and its XPOS (NULL: none): for the parser's joint tag
 * choice (parser_joint.c). */
kg_status kg_tagger_run_alt_x(const kg_tagger *t, kg_doc *doc, uint8_t *alts, float *gaps,
                              const char **altx);
/* The lemma of token i of doc anew for its (changed) xpos. */
kg_status kg_tagger_relemma(const kg_tagger *t, kg_doc *doc, size_t i);
/* `kgbuild train tagger ...`: returns a process exit status. */
int kg_tagger_train_main(int argc, char **argv);
#endif
