/* ner_model.c — the named-entity recogniser's model: its hash tables, its
 * file, loading, saving and freeing it.
 *
 * Owns: ner_table (open addressing from 64-bit keys to 32-bit values: the
 * word clusters, the corpus case buckets and the training gazetteer that a
 * model carries), the NER model file (sections inside model.h's container,
 * format versions 1 and 2), the gazetteer's Bloom filter and the integer
 * weights made at load, and the id that names a loaded model's caches.
 * Does not own: the features and decoding (ner.c, ner_fast.c), training
 * (ner_train.c), the weights' own formats (perceptron.c, perceptron_io.c),
 * the container (model.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ner.h"
#include "ner_int.h"
#include "model.h"
#include "ap_cache.h"

/* ------------------------------------------------------------ tables */

static uint32_t nt_slot(const ner_table *t, uint64_t key)
{
  uint32_t mask = t->cap - 1, i = (uint32_t)(key ^ (key >> 29)) & mask;
  while (t->e[i].key && t->e[i].key != key) i = (i + 1) & mask;
  return i;
}

uint32_t kg_ner_table_get(const ner_table *t, uint64_t key)
{
  if (!t->cap || !key) return 0;
  uint32_t i = nt_slot(t, key);
  return t->e[i].key == key ? t->e[i].val : 0;
}

void kg_ner_table_prefetch(const ner_table *t, uint64_t key)
{
  if (t->cap && key) __builtin_prefetch(&t->e[(uint32_t)(key ^ (key >> 29)) & (t->cap - 1)]);
}

kg_status kg_ner_table_put(ner_table *t, uint64_t key, uint32_t val)
{
  if (!key) return KG_OK;
  if ((t->n + 1) * 2 > t->cap) {
    uint32_t ncap = t->cap ? t->cap * 2 : 1024;
    ner_entry *ne = calloc(ncap, sizeof *ne);
    if (!ne) return KG_ERR_NOMEM;
    ner_table old = *t;
    t->e = ne; t->cap = ncap; t->n = 0;
    for (uint32_t i = 0; i < old.cap; i++)
      if (old.e[i].key) { uint32_t s = nt_slot(t, old.e[i].key); t->e[s] = old.e[i]; t->n++; }
    free(old.e);
  }
  uint32_t s = nt_slot(t, key);
  if (!t->e[s].key) { t->e[s].key = key; t->n++; }
  t->e[s].val = val;
  return KG_OK;
}

void kg_ner_table_clear(ner_table *t) { free(t->e); memset(t, 0, sizeof *t); }

/* ------------------------------------------------------------ model file */

/* Weights are kept sparse in memory: several times smaller, and faster to
 * score when the model does not fit in cache.  Format 1 stores them as
 * floats (int16 per row and a scale), turned into integers at every load;
 * format 2 stores those integers (kg_ap_write_int), read as they are, or
 * mapped from the layout cache (ap_cache.h; not format 1: its table is
 * then changed in place). */
static kg_status read_ap(FILE *f, const char *path, uint32_t version, kg_ap **out)
{
  return version >= 2 ? kg_apc_read(f, path, KG_APC_INT, NER_INT_MAXFEAT, out) : kg_ap_read_sparse(f, out);
}

static int cmp_entry(const void *a, const void *b)
{
  uint64_t x = ((const ner_entry *)a)->key, y = ((const ner_entry *)b)->key;
  return x < y ? -1 : x > y;
}

/* The entries in key order, so that the bytes do not depend on the
 * table's history (a re-saved model is the same file). */
static kg_status write_table(FILE *f, const char tag[4], const ner_table *t)
{
  ner_entry *e = malloc(((size_t)t->n + 1) * sizeof *e);
  if (!e) return KG_ERR_NOMEM;
  uint32_t n = 0;
  for (uint32_t i = 0; i < t->cap && n < t->n; i++)
    if (t->e[i].key) e[n++] = t->e[i];
  qsort(e, n, sizeof *e, cmp_entry);
  kg_status st = kg_model_put_section(f, tag);
  if (!st) st = kg_model_put_u32(f, n);
  for (uint32_t i = 0; !st && i < n; i++) {
    st = kg_model_put_u64(f, e[i].key);
    if (!st) st = kg_model_put_u32(f, e[i].val);
  }
  free(e);
  return st;
}

static kg_status read_table(FILE *f, const char tag[4], ner_table *t)
{
  uint32_t n;
  kg_status st = kg_model_expect_section(f, tag);
  if (!st) st = kg_model_get_u32(f, &n);
  if (st) return KG_ERR_MODEL;
  if (n > (1u << 24)) return KG_ERR_MODEL;
  uint32_t cap = 1024;
  while (cap < 2 * (n + 1)) cap *= 2;
  t->e = calloc(cap, sizeof *t->e);
  if (!t->e) return KG_ERR_NOMEM;
  t->cap = cap;
  /* the entries (u64 key, u32 value) in blocks of one read each */
  enum { BLOCK = 4096, ESZ = 12 };
  unsigned char *buf = malloc((size_t)BLOCK * ESZ);
  if (!buf) return KG_ERR_NOMEM;
  for (uint32_t i = 0; i < n;) {
    uint32_t m = n - i < BLOCK ? n - i : BLOCK;
    if (kg_model_get_raw(f, buf, (size_t)m * ESZ)) { free(buf); return KG_ERR_MODEL; }
    for (uint32_t j = 0; j < m; j++, i++) {
      const unsigned char *b = buf + (size_t)j * ESZ;
      uint64_t k = 0;
      for (int x = 7; x >= 0; x--) k = k << 8 | b[x];
      uint32_t v = (uint32_t)b[8] | (uint32_t)b[9] << 8 | (uint32_t)b[10] << 16 | (uint32_t)b[11] << 24;
      uint32_t s = k ? nt_slot(t, k) : 0;
      if (!k || t->e[s].key) { free(buf); return KG_ERR_MODEL; }   /* zero or duplicate key */
      t->e[s].key = k; t->e[s].val = v; t->n++;
    }
  }
  free(buf);
  return KG_OK;
}

static kg_status write_float_ap(FILE *f, const kg_ap *ap) { return kg_ap_write(ap, f); }

/* A pass's weights in the integer form of format 2 (a model in training
 * has float weights: converted as a load of format 1 would convert them). */
static kg_status write_int_ap(FILE *f, const kg_ap *ap)
{
  if (kg_ap_int_scale(ap) > 0) return kg_ap_write_int(ap, f);
  kg_ap *c = kg_ap_int_copy(ap, NER_INT_MAXFEAT);
  if (!c) return KG_ERR_NOMEM;
  kg_status st = kg_ap_write_int(c, f);
  kg_ap_free(c);
  return st;
}

kg_status kg_ner_save(const kg_ner *m, const char *path, const kg_logger *log)
{
  return kg_ner_save_version(m, path, NER_MODEL_VERSION, log);
}

kg_status kg_ner_save_version(const kg_ner *m, const char *path, uint32_t version, const kg_logger *log)
{
  if (version < 1 || version > NER_MODEL_VERSION) return KG_ERR_USAGE;
  FILE *f;
  kg_status st = kg_model_create_v(path, "ner", version, log, &f);
  if (st) return st;
  st = kg_model_put_section(f, "NERH");
  if (!st) st = kg_model_put_u32(f, m->flags);
  if (!st) st = kg_model_put_u32(f, m->ap2 ? 2u : 1u);
  if (!st) st = write_table(f, "CLUS", &m->clusters);
  if (!st) st = write_table(f, "CASE", &m->casetab);
  if (!st) st = write_table(f, "GAZT", &m->gaztab);
  kg_status (*write_ap)(FILE *, const kg_ap *) = version >= 2 ? write_int_ap : write_float_ap;
  if (!st) st = kg_model_put_section(f, "AP1 ");
  if (!st) st = write_ap(f, m->ap);
  if (!st && m->ap2) st = kg_model_put_section(f, "AP2 ");
  if (!st && m->ap2) st = write_ap(f, m->ap2);
  kg_status st2 = kg_model_finish(f, path, log);
  return st ? st : st2;
}

static uint64_t ner_next_id;                  /* under __atomic builtins */

kg_status kg_ner_load(const char *path, const kg_logger *log, kg_ner **out)
{
  *out = NULL;
  if (!path) return KG_ERR_USAGE;
  FILE *f;
  uint32_t version;
  kg_status st = kg_model_open_v(path, "ner", NER_MODEL_VERSION, log, &f, &version);
  if (st) return st == KG_ERR_IO ? KG_ERR_MODEL : st;
  kg_ner *m = calloc(1, sizeof *m);
  if (!m) { fclose(f); return KG_ERR_NOMEM; }
  uint32_t npass = 0;
  const char *what = "header";
  st = kg_model_expect_section(f, "NERH");
  if (!st) st = kg_model_get_u32(f, &m->flags);
  if (!st) st = kg_model_get_u32(f, &npass);
  if (!st && npass != 1 && npass != 2) st = KG_ERR_MODEL;
  if (!st) { what = "clusters"; st = read_table(f, "CLUS", &m->clusters); }
  if (!st) { what = "case table"; st = read_table(f, "CASE", &m->casetab); }
  if (!st) { what = "gazetteer"; st = read_table(f, "GAZT", &m->gaztab); }
  if (!st) { what = "weights"; st = kg_model_expect_section(f, "AP1 "); }
  if (!st) st = read_ap(f, path, version, &m->ap);
  if (!st && npass == 2) st = kg_model_expect_section(f, "AP2 ");
  if (!st && npass == 2) st = read_ap(f, path, version, &m->ap2);
  if (!st && (!m->ap || kg_ap_nclass(m->ap) != NER_NCLASS
              || (npass == 2 && (!m->ap2 || kg_ap_nclass(m->ap2) != NER_NCLASS))))
    st = KG_ERR_MODEL;
  if (st) {
    fclose(f);
    kg_ner_free(m);
    if (st == KG_ERR_NOMEM) return st;
    return kg_model_fail(path, log, what);
  }
  st = kg_model_close(f, path, log);
  if (st) { kg_ner_free(m); return KG_ERR_MODEL; }
  /* the Bloom filter of the gazetteer's keys */
  uint32_t nbits = 1024;
  while (nbits < 16 * m->gaztab.n && nbits < (1u << 30)) nbits *= 2;
  m->gazbloom = calloc(nbits / 64, sizeof *m->gazbloom);
  if (!m->gazbloom) { kg_ner_free(m); return KG_ERR_NOMEM; }
  m->gazbloom_mask = nbits - 1;
  for (uint32_t i = 0; i < m->gaztab.cap; i++) {
    uint64_t k = m->gaztab.e[i].key;
    if (!k) continue;
    uint32_t b1 = (uint32_t)k & m->gazbloom_mask, b2 = (uint32_t)(k >> 32) & m->gazbloom_mask;
    m->gazbloom[b1 >> 6] |= 1ULL << (b1 & 63);
    m->gazbloom[b2 >> 6] |= 1ULL << (b2 & 63);
  }
  /* integer weights for decoding (ner_fast.c): format 1 has floats */
  if (kg_ap_to_int(m->ap, NER_INT_MAXFEAT) || (m->ap2 && kg_ap_to_int(m->ap2, NER_INT_MAXFEAT))) {
    kg_ner_free(m);
    return KG_ERR_NOMEM;
  }
  m->id = __atomic_add_fetch(&ner_next_id, 1, __ATOMIC_RELAXED);
  *out = m;
  return KG_OK;
}

void kg_ner_set_beam(kg_ner *m, int k)
{
  if (m && k >= 1 && k <= 16)
    m->flags = (m->flags & ~(0xffu << 8)) | ((uint32_t)k << 8);
}

void kg_ner_free(kg_ner *m)
{
  if (!m) return;
  kg_ner_wc_release(m->id);
  kg_ner_fast_release(m->id);
  kg_ap_free(m->ap);
  kg_ap_free(m->ap2);
  kg_ner_table_clear(&m->clusters);
  kg_ner_table_clear(&m->casetab);
  kg_ner_table_clear(&m->gaztab);
  free(m->gazbloom);
  free(m);
}
