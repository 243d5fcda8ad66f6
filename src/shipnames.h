/* shipnames.h — names of ships, facilities and weapons' makes, no actors (shipnames.c). */
#ifndef KG_SHIPNAMES_H
#define KG_SHIPNAMES_H
#include <stdint.h>
#include "doc.h"
#include "dict.h"

/* 1 when form is a ship's prefix ("USS", "HMS", "USCGC"). */
int kg_act_ship_prefix(const char *form);
/* 1 when the name at tok is a ship's: after a flag or a vessel noun, in apposition to one, or met after a
 * ship's prefix before. */
int kg_act_ship_name(const kg_doc *d, const kg_sentence *s, uint32_t tok);
/* 1 when the name of n tokens at tok, of NER type type, names energy infrastructure or a weapon's make. */
int kg_act_facility_name(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n,
                         int type);
#endif
