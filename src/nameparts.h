/* nameparts.h — Arabic name parts after a person's span (nameparts.c). */
#ifndef KG_NAMEPARTS_H
#define KG_NAMEPARTS_H
#include "doc.h"
/* The length of the tagger's span of n tokens at tok in s once the
 * patronymic ("bin Tariq") and hyphenated "al-" parts after it are taken;
 * *type becomes a person for a MISC given name before "bin" and a person. */
uint32_t kg_name_arabic_parts(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n, int *type);
/* n and the tokens of the hyphenated "al-X" parts right after the n-token
 * name at tok ("Ahmad Nawaf al-Ahmad | al-Sabah"). */
uint32_t kg_name_al_tail(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n);
#endif
