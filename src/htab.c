/* htab.c — the 64-bit-hash to u32 table of htab.h and its model-file form.
 * Owns: the table's arrays.  Does not own: the keys' meaning (tagger.c,
 * lemma.c) or the model file format's other parts (model.c). */
#include <stdlib.h>
#include "htab.h"
#include "model.h"

int kg_htab_alloc(kg_htab *h, size_t n)
{
  size_t sz = 16;
  while (sz < 2 * n + 1) sz <<= 1;
  h->keys = calloc(sz, sizeof *h->keys);
  h->vals = calloc(sz, sizeof *h->vals);
  h->mask = (uint32_t)(sz - 1);
  return h->keys && h->vals;
}

void kg_htab_free(kg_htab *h) { free(h->keys); free(h->vals); h->keys = NULL; h->vals = NULL; }

void kg_htab_put(kg_htab *h, uint64_t k, uint32_t v)
{
  if (!k) k = 1;
  uint32_t i = (uint32_t)k & h->mask;
  while (h->keys[i] && h->keys[i] != k) i = (i + 1) & h->mask;
  h->keys[i] = k;
  h->vals[i] = v;
}

unsigned kg_htab_count(const kg_htab *h)
{
  unsigned n = 0;
  for (uint32_t i = 0; h->keys && i <= h->mask; i++) n += h->keys[i] != 0;
  return n;
}

kg_status kg_htab_write(const kg_htab *h, FILE *f)
{
  kg_status st = kg_model_put_u32(f, kg_htab_count(h));
  for (uint32_t i = 0; !st && h->keys && i <= h->mask; i++)
    if (h->keys[i]) {
      st = kg_model_put_u64(f, h->keys[i]);
      if (!st) st = kg_model_put_u32(f, h->vals[i]);
    }
  return st;
}

kg_status kg_htab_read(kg_htab *h, FILE *f, uint32_t maxval, uint32_t max_items)
{
  uint32_t n;
  if (kg_model_get_u32(f, &n) || n > max_items) return KG_ERR_MODEL;
  if (!kg_htab_alloc(h, n)) return KG_ERR_NOMEM;
  /* the entries (u64 key, u32 value) in blocks of one read each */
  enum { BLOCK = 4096, ESZ = 12 };
  unsigned char *buf = malloc((size_t)(n < BLOCK ? n : BLOCK) * ESZ + 1);
  if (!buf) return KG_ERR_NOMEM;
  kg_status st = KG_OK;
  for (uint32_t i = 0; !st && i < n;) {
    uint32_t m = n - i < BLOCK ? n - i : BLOCK;
    if (kg_model_get_raw(f, buf, (size_t)m * ESZ)) { st = KG_ERR_MODEL; break; }
    for (uint32_t j = 0; j < m; j++, i++) {
      const unsigned char *b = buf + (size_t)j * ESZ;
      uint64_t k = 0;
      for (int x = 7; x >= 0; x--) k = k << 8 | b[x];
      uint32_t v = (uint32_t)b[8] | (uint32_t)b[9] << 8 | (uint32_t)b[10] << 16 | (uint32_t)b[11] << 24;
      if (!k || v >= maxval) { st = KG_ERR_MODEL; break; }
      kg_htab_put(h, k, v);
    }
  }
  free(buf);
  return st;
}
