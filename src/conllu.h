/* conllu.h — CoNLL-U output of an annotated document, and the reader of
 * pre-tokenized input (--tokenized: one sentence per line, words separated
 * by spaces, an empty line between documents).
 * Owns: those two text formats.  Does not own: any annotation. */
#ifndef KG_CONLLU_H
#define KG_CONLLU_H
#include <stdio.h>
#include "doc.h"
#include "log.h"

/* Limits of --tokenized input (exceeding one is an error naming the line). */
#define KG_TOKENIZED_MAX_LINE (1u << 20)   /* bytes per line */
#define KG_TOKENIZED_MAX_WORDS 10000u      /* words per sentence */
/* Writes ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ MISC with NER=... (IOB2)
 * and SpaceAfter=No in MISC; a blank line after each sentence. */
kg_status kg_conllu_write(const kg_doc *doc, FILE *out);
/* Splits text into documents of gold words; each doc gets its sentences and
 * tokens set (the words kept exactly; doc->text is the words joined by
 * single spaces, one sentence per line).  Bad input (e.g. a NUL byte, a line
 * longer than the limit) is reported with source:line and returns
 * KG_ERR_INPUT.  *docs is a malloc'd array of *ndocs documents. */
kg_status kg_tokenized_read(const char *text, size_t len, const char *source,
                            const kg_logger *log, kg_doc ***docs, size_t *ndocs);
/* Reads a gold CoNLL-U file (training / evaluation) into ONE document:
 * doc->text is the words joined by single spaces, one sentence per line;
 * every word line (integer ID; ranges "3-4" and empty nodes "8.1" are
 * skipped) becomes a token with form, lemma, upos, xpos, head, deprel
 * (arena strings) and space_after from MISC SpaceAfter=No.  Errors name
 * path:line and return KG_ERR_IO / KG_ERR_FORMAT. */
kg_status kg_conllu_read(const char *path, const kg_logger *log, kg_doc **out);
#endif
