/* htab.h — a fixed-size open-addressing table from 64-bit hashes to 32-bit
 * values, and its model-file form; shared by the tagger (tag dictionary,
 * lexicons, clusters) and the lemmatizer (suffix rules, exceptions).
 * Owns: the table's arrays.  Does not own: what the keys hash (the callers)
 * or the model file's sections (model.c, tagger.c, lemma.c).
 * Key 0 marks an empty slot: a key of 0 is stored as 1. */
#ifndef KG_HTAB_H
#define KG_HTAB_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "kgbuild.h"

typedef struct kg_htab {
  uint64_t *keys;
  uint32_t *vals;
  uint32_t mask;          /* size - 1; no arrays when keys == NULL */
} kg_htab;

/* Room for n keys (the size is a power of two, at least 2n + 1); 0 on
 * allocation failure (free the table anyway). */
int kg_htab_alloc(kg_htab *h, size_t n);
void kg_htab_free(kg_htab *h);
/* Adds or replaces; the table must have been allocated with room. */
void kg_htab_put(kg_htab *h, uint64_t k, uint32_t v);
unsigned kg_htab_count(const kg_htab *h);
static inline int kg_htab_get(const kg_htab *h, uint64_t k, uint32_t *v)
{
  if (!h->keys) return 0;
  if (!k) k = 1;
  uint32_t i = (uint32_t)k & h->mask;
  while (h->keys[i]) {
    if (h->keys[i] == k) { *v = h->vals[i]; return 1; }
    i = (i + 1) & h->mask;
  }
  return 0;
}

/* Model-file form: a u32 count, then (u64 key, u32 value) pairs. */
kg_status kg_htab_write(const kg_htab *h, FILE *f);
/* Reads that form into h; KG_ERR_MODEL for more than max_items pairs, a
 * zero key or a value of maxval or more. */
kg_status kg_htab_read(kg_htab *h, FILE *f, uint32_t maxval, uint32_t max_items);
#endif
