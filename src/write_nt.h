/* write_nt.h — N-Triples / N-Quads lines, sorted, written directly (see write_nt.c). */
#ifndef KG_WRITE_NT_H
#define KG_WRITE_NT_H
#include <stdio.h>
#include <stddef.h>
#include "kgbuild.h"
/* statements are raptor_statement*; quads: also write each graph term. */
kg_status kg_write_nt_lines(void *const *statements, size_t n, int quads, FILE *out);
/* The same sorted, deduplicated lines in one malloc'ed NUL-terminated
 * buffer (*len bytes, *nlines lines).  KG_NT_QUADS: graph terms too;
 * KG_NT_ASCII: characters from U+0080 escaped as Raptor's N-Triples
 * serializer does (\uXXXX, \UXXXXXXXX), so the bytes equal Raptor's. */
enum { KG_NT_QUADS = 1, KG_NT_ASCII = 2 };
kg_status kg_write_nt_buffer(void *const *statements, size_t n, int flags, char **buf,
                             size_t *len, size_t *nlines);
#endif
