/* write_nt.h — N-Triples / N-Quads lines, sorted, written directly (see write_nt.c). */
#ifndef KG_WRITE_NT_H
#define KG_WRITE_NT_H
#include <stdio.h>
#include <stddef.h>
#include "kgbuild.h"
/* statements are raptor_statement*; quads: also write each graph term. */
kg_status kg_write_nt_lines(void *const *statements, size_t n, int quads, FILE *out);
#endif
