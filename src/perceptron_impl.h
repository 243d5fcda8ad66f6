/* perceptron_impl.h — the weight table's layout, shared by perceptron.c
 * (scoring, training, integer form), perceptron_io.c (serialised forms)
 * and ap_cache.c (the layout cache).
 * Not a public API: everyone else goes through perceptron.h. */
#ifndef KG_PERCEPTRON_IMPL_H
#define KG_PERCEPTRON_IMPL_H
#include <stdint.h>
#include <stddef.h>
#include "perceptron.h"

#define KG_AP_NOROW 0xffffffffu
/* In idx, a pool row's offset (below 2^31) with KG_AP_LONG set when the row
 * runs past the 64-byte line it starts in (kg_ap_row_place leaves that only
 * to rows longer than the rest of their line): the row adders prefetch a
 * second line for those only.  KG_AP_OFF(r) is the offset (r != NOROW). */
#define KG_AP_LONG 0x80000000u
#define KG_AP_OFF(r) ((r) & ~KG_AP_LONG)
static inline uint32_t kg_ap_idx_of(size_t o, size_t len)
{
  return (uint32_t)o | ((o & 15) + len > 16 ? KG_AP_LONG : 0);
}
#define KG_AP_SENTINEL 0x4b474150u
/* spare cells at the end of a pool, read (and masked) by the row adders */
#define KG_AP_POOL_PAD 4

/* Sparse form of a row in the pool: a header cell (n << 1 | dense), then
 * dense: nclass weights; sparse: n pairs of cells (class, weight). */
typedef union kg_cell { uint32_t u; float f; } kg_cell;

struct kg_ap {
  uint32_t nclass, stride, log2;
  uint64_t mask;
  float *w;          /* rows x stride, 32-byte aligned */
  double *u;         /* training accumulator, same shape; NULL when done */
  uint32_t *idx;     /* NULL: dense; else bucket -> compact row (or pool offset) */
  kg_cell *pool;     /* sparse form (kg_ap_read_sparse): rows by pool offset */
  size_t npool;
  size_t nrows;      /* rows allocated in w */
  uint64_t c;        /* instances seen (ticks) */
  int averaged;
  float iscale;      /* > 0: the pool holds int32 weights (kg_ap_to_int), w = i * iscale */
  void *map;         /* non-NULL: idx and pool lie in this read-only mapping (ap_cache.c) */
  size_t maplen;
};

/* A model shell with no weights yet (NULL when out of range). */
kg_ap *kg_ap_shell(uint32_t nclass, uint32_t log2_buckets);
/* The weights of bucket b (nclass floats), expanding a pool row into tmp
 * (stride floats); NULL when the row is absent. */
const float *kg_ap_bucket_row(const kg_ap *ap, size_t b, float *tmp);
/* Where the readers put a pool row of len cells when the next free cell is
 * o (pools are 64-byte aligned): at o, unless the row would then span more
 * 64-byte lines (16 cells) than its size needs; then at the next line (the
 * cells skipped are zeros, never read as rows).  Rows of up to 16 cells
 * then read one line. */
static inline size_t kg_ap_row_place(size_t o, size_t len)
{
  size_t in = o & 15;
  return (in + len + 15) / 16 > (len + 15) / 16 ? (o + 15) & ~(size_t)15 : o;
}

#endif
