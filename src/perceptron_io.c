/* perceptron_io.c — the serialised forms of a weight table inside a model
 * file (perceptron.h: kg_ap_write / kg_ap_read / kg_ap_read_sparse, and
 * the integer form kg_ap_write_int / kg_ap_read_int).
 *
 * Owns: quantisation to int16 rows, the byte layouts below, their checks
 * on reading, and building the in-memory layout (perceptron_impl.h) from
 * them.  Does not own: the model file header and sections (model.c), the
 * scoring or training of the weights (perceptron.c).
 *
 * Float form (all little-endian):
 *   u32 nclass, u32 log2_buckets, u32 nrows
 *   nrows x { varint bucket delta, f32 scale, u8 mode,
 *             mode 0: nclass x i16 (dense)
 *             mode 1: u8/u16 count k, k x {class (u8 if nclass<=256 else u16), i16} }
 *   u32 check = 0x4b474150 ("KGAP" backwards-ish sentinel)
 * Each weight is round(w / scale) with scale = max|w| of the row / 32767;
 * weights that round to 0 are dropped.
 *
 * Integer form (the pool of a kg_ap_to_int model as the decoder reads it,
 * so that loading converts nothing):
 *   u32 nclass, u32 log2_buckets, u32 nrows, u32 npool (cells), f32 iscale,
 *   u32 nbytes (of the rows, read at once)
 *   nrows x { varint bucket delta, varint row header h = n << 1 | dense,
 *             dense: n x i32; sparse: n x { class (u8 if nclass<=256 else u16), i32 } }
 *   u32 check = 0x4b474150
 */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include "perceptron_impl.h"
#include "model.h"

static int put_bytes(FILE *f, const void *p, size_t n) { return fwrite(p, 1, n, f) == n; }

static int put_u32(FILE *f, uint32_t v)
{
  unsigned char b[4] = { v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255 };
  return put_bytes(f, b, 4);
}

static int put_varint(FILE *f, uint64_t v)
{
  unsigned char b[10];
  size_t n = 0;
  do {
    unsigned char x = v & 127;
    v >>= 7;
    b[n++] = x | (v ? 128 : 0);
  } while (v);
  return put_bytes(f, b, n);
}

static size_t varint_len(uint64_t v)
{
  size_t n = 1;
  while (v >>= 7) n++;
  return n;
}

/* Reading: from a memory copy of the rest of the file when it is a regular
 * file (one read instead of a call per byte), else byte by byte. */
typedef struct rd { FILE *f; const unsigned char *p, *end; } rd;

static inline int rd_getc(rd *r)
{
  if (r->p < r->end) return *r->p++;
  return r->f ? getc_unlocked(r->f) : EOF;
}

static int get_bytes(rd *r, void *p, size_t n)
{
  unsigned char *b = p;
  if ((size_t)(r->end - r->p) >= n) { memcpy(b, r->p, n); r->p += n; return 1; }
  for (size_t i = 0; i < n; i++) {
    int c = rd_getc(r);
    if (c == EOF) return 0;
    b[i] = (unsigned char)c;
  }
  return 1;
}

static inline int get_u32(rd *r, uint32_t *v)
{
  if (r->end - r->p >= 4) {
    *v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
    r->p += 4;
    return 1;
  }
  unsigned char b[4];
  if (!get_bytes(r, b, 4)) return 0;
  *v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
  return 1;
}

static inline int get_varint(rd *r, uint64_t *v)
{
  if (r->end - r->p >= 10) {       /* in memory: no per-byte checks */
    const unsigned char *x = r->p;
    uint64_t a = 0;
    for (int sh = 0; sh < 64; sh += 7) {
      unsigned c = *x++;
      a |= (uint64_t)(c & 127) << sh;
      if (!(c & 128)) { *v = a; r->p = x; return 1; }
    }
    return 0;
  }
  uint64_t x = 0;
  for (int sh = 0; sh < 64; sh += 7) {
    int ch = rd_getc(r);
    if (ch == EOF) return 0;
    x |= (uint64_t)(ch & 127) << sh;
    if (!(ch & 128)) { *v = x; return 1; }
  }
  return 0;
}

static int put_f32(FILE *f, float x)
{
  uint32_t v;
  memcpy(&v, &x, 4);
  return put_u32(f, v);
}

static inline int get_f32(rd *r, float *x)
{
  uint32_t v;
  if (!get_u32(r, &v)) return 0;
  memcpy(x, &v, 4);
  return 1;
}

static int put_i16(FILE *f, int v)
{
  unsigned char b[2] = { (unsigned)v & 255, ((unsigned)v >> 8) & 255 };
  return put_bytes(f, b, 2);
}

static inline int get_i16(rd *r, int *v)
{
  if (r->end - r->p >= 2) {
    *v = (int16_t)(uint16_t)(r->p[0] | r->p[1] << 8);
    r->p += 2;
    return 1;
  }
  unsigned char b[2];
  if (!get_bytes(r, b, 2)) return 0;
  *v = (int16_t)(uint16_t)(b[0] | b[1] << 8);
  return 1;
}

/* Quantises one row; returns the number of non-zero quantised weights. */
static uint32_t quant_row(const float *row, uint32_t nclass, int16_t *q, float *scale)
{
  float mx = 0;
  for (uint32_t c = 0; c < nclass; c++) {
    float a = fabsf(row[c]);
    if (a > mx) mx = a;
  }
  if (mx == 0 || !isfinite(mx)) { *scale = 0; return 0; }
  *scale = mx / 32767.0f;
  uint32_t nz = 0;
  for (uint32_t c = 0; c < nclass; c++) {
    long v = lrintf(row[c] / *scale);
    if (v > 32767) v = 32767;
    if (v < -32767) v = -32767;
    q[c] = (int16_t)v;
    if (v) nz++;
  }
  return nz;
}

kg_status kg_ap_write(const kg_ap *ap, FILE *f)
{
  int16_t *q = malloc(ap->nclass * sizeof *q);
  float *tmp = malloc(ap->stride * sizeof(float));
  if (!q || !tmp) { free(q); free(tmp); return KG_ERR_NOMEM; }
  size_t nb = (size_t)1 << ap->log2;
  /* first pass: count non-zero rows */
  uint32_t nrows = 0;
  float scale;
  for (size_t b = 0; b < nb; b++) {
    const float *row = kg_ap_bucket_row(ap, b, tmp);
    if (row && quant_row(row, ap->nclass, q, &scale)) nrows++;
  }
  int ok = put_u32(f, ap->nclass) && put_u32(f, ap->log2) && put_u32(f, nrows);
  size_t prev = 0;
  int csz = ap->nclass <= 256 ? 1 : 2;
  for (size_t b = 0; ok && b < nb; b++) {
    const float *row = kg_ap_bucket_row(ap, b, tmp);
    if (!row) continue;
    uint32_t nz = quant_row(row, ap->nclass, q, &scale);
    if (!nz) continue;
    ok = put_varint(f, b - prev) && put_f32(f, scale);
    prev = b;
    size_t sparse_bytes = (size_t)nz * (csz + 2) + csz;
    if (sparse_bytes < (size_t)ap->nclass * 2) {
      ok = ok && putc(1, f) != EOF;
      ok = ok && (csz == 1 ? putc((int)(nz - 1), f) != EOF : put_i16(f, (int)(nz - 1)));
      for (uint32_t c = 0; ok && c < ap->nclass; c++) {
        if (!q[c]) continue;
        ok = (csz == 1 ? putc((int)c, f) != EOF : put_i16(f, (int)c)) && put_i16(f, q[c]);
      }
    } else {
      ok = ok && putc(0, f) != EOF;
      for (uint32_t c = 0; ok && c < ap->nclass; c++) ok = put_i16(f, q[c]);
    }
  }
  ok = ok && put_u32(f, KG_AP_SENTINEL);
  free(q);
  free(tmp);
  return ok ? KG_OK : KG_ERR_IO;
}

/* Makes room for need more pool cells. */
static int pool_grow(kg_ap *ap, size_t *cap, size_t need);

/* Makes room for a row of need cells and moves ap->npool to where it goes
 * (kg_ap_row_place; the cells skipped are zeroed). */
static inline int pool_reserve(kg_ap *ap, size_t *cap, size_t need)
{
  size_t at = kg_ap_row_place(ap->npool, need);
  need += at - ap->npool + KG_AP_POOL_PAD;   /* spare cells read by add_rows */
  if (ap->npool + need > *cap && !pool_grow(ap, cap, need)) return 0;
  for (; ap->npool < at; ap->npool++) ap->pool[ap->npool].u = 0;
  return 1;
}

static int pool_grow(kg_ap *ap, size_t *cap, size_t need)
{
  size_t nc = *cap ? *cap * 2 : 4096;
  while (nc < ap->npool + need) nc *= 2;
  /* 64-byte aligned (kg_ap_row_place lays rows out by lines) */
  kg_cell *np = kg_alloc_huge(nc * sizeof *np);
  if (!np) return 0;
  if (ap->pool) memcpy(np, ap->pool, ap->npool * sizeof *np);
  free(ap->pool);
  ap->pool = np;
  *cap = nc;
  return 1;
}

/* Appends a quantised row (q[nclass] * scale) to the pool, sparse or
 * dense whichever is smaller; its offset goes to idx[b]. */
static int pool_append(kg_ap *ap, size_t *cap, size_t b, const int16_t *q, float scale)
{
  uint32_t nz = 0;
  for (uint32_t c = 0; c < ap->nclass; c++) nz += q[c] != 0;
  int dense = 2 * nz >= ap->nclass;
  size_t need = 1 + (dense ? ap->nclass : 2 * (size_t)nz);
  if (ap->npool + need + 16 >= KG_AP_LONG || !pool_reserve(ap, cap, need)) return 0;
  kg_cell *p = ap->pool + ap->npool;
  p[0].u = (dense ? ap->nclass : nz) << 1 | (uint32_t)dense;
  if (dense) {
    for (uint32_t c = 0; c < ap->nclass; c++) p[1 + c].f = (float)q[c] * scale;
  } else {
    uint32_t k = 0;
    for (uint32_t c = 0; c < ap->nclass; c++)
      if (q[c]) { p[1 + 2 * k].u = c; p[2 + 2 * k].f = (float)q[c] * scale; k++; }
  }
  ap->idx[b] = kg_ap_idx_of(ap->npool, need);
  ap->npool += need;
  return 1;
}

static kg_status ap_read_rd(rd *f, kg_ap **out, int sparse);

static kg_status ap_read(FILE *f, kg_ap **out, int sparse)
{
  rd r = { f, NULL, NULL };
  kg_model_view view = { 0 };
  const unsigned char *buf = NULL;
  struct stat st;
  long pos = ftell(f);
  if (pos >= 0 && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > pos) {
    size_t n = (size_t)(st.st_size - pos);
    if (kg_model_view_get(f, n, &view) == KG_OK) {   /* the rest of the file, mapped */
      buf = view.p;
      r.f = NULL; r.p = buf; r.end = buf + n;
    } else if (fseek(f, pos, SEEK_SET) != 0) {
      return KG_ERR_MODEL;
    }
  }
  flockfile(f);
  kg_status s = ap_read_rd(&r, out, sparse);
  funlockfile(f);
  if (buf) {
    /* leave the file just after the table, as a byte-wise read would */
    long used = (long)(r.p - buf);
    kg_model_unview(&view);
    if (fseek(f, pos + used, SEEK_SET) != 0 && s == KG_OK) {
      kg_ap_free(*out); *out = NULL; s = KG_ERR_MODEL;
    }
  }
  return s;
}

static kg_status ap_read_rd(rd *f, kg_ap **out, int sparse)
{
  *out = NULL;
  uint32_t nclass, log2, nrows;
  if (!get_u32(f, &nclass) || !get_u32(f, &log2) || !get_u32(f, &nrows))
    return KG_ERR_MODEL;
  if (nclass == 0 || nclass > 65535 || log2 > 26 || (uint64_t)nrows > ((uint64_t)1 << log2))
    return KG_ERR_MODEL;
  kg_ap *ap = kg_ap_shell(nclass, log2);
  int16_t *q = calloc(nclass, sizeof *q);
  if (!ap || !q) { free(ap); free(q); return KG_ERR_NOMEM; }
  size_t nb = (size_t)1 << log2, pcap = 0;
  ap->idx = kg_alloc_huge(nb * sizeof(uint32_t));
  if (!sparse) {
    ap->nrows = nrows;
    ap->w = kg_alloc_huge((size_t)nrows * ap->stride * sizeof(float));
    if (ap->w) memset(ap->w, 0, (size_t)nrows * ap->stride * sizeof(float));
  }
  if (!ap->idx || (!sparse && !ap->w)) { free(q); kg_ap_free(ap); return KG_ERR_NOMEM; }
  memset(ap->idx, 0xff, nb * sizeof(uint32_t));
  ap->averaged = 1;
  int presized = 0;
  if (sparse && f->p) {
    /* room for the rows at once, not doubled and copied as they come: a
     * row's cells take at least a byte each on file, plus fewer than 16
     * cells skipped to lay it out (kg_ap_row_place); pages never touched
     * cost nothing, and pool_grow still makes room if this were short */
    size_t est = (size_t)(f->end - f->p) + 16 * (size_t)nrows + 2 * KG_AP_POOL_PAD + 16;
    if (est < KG_AP_LONG && (ap->pool = kg_alloc_huge(est * sizeof(kg_cell)))) {
      pcap = est;
      presized = 1;
    }
  }
  int csz = nclass <= 256 ? 1 : 2;
  uint64_t b = 0;
  int ok = 1;
  for (uint32_t r = 0; ok && r < nrows; r++) {
    uint64_t d;
    float scale;
    int mode = -1;
    ok = get_varint(f, &d) && get_f32(f, &scale) && (mode = rd_getc(f)) != EOF;
    if (!ok) break;
    if ((r > 0 && d == 0) || d >= nb - b || !isfinite(scale)) { ok = 0; break; }
    b += d;
    if (mode == 0) {
      for (uint32_t c = 0; ok && c < nclass; c++) {
        int v = 0;
        ok = get_i16(f, &v);
        q[c] = (int16_t)v;
      }
    } else if (mode == 1) {
      int k;
      if (csz == 1) { k = rd_getc(f); ok = k != EOF; } else ok = get_i16(f, &k);
      k = (csz == 1 ? k : (int)(uint16_t)k) + 1;
      if (ok && sparse && 2 * (uint32_t)k < nclass) {
        /* few classes: straight into the pool */
        size_t need = 1 + 2 * (size_t)k;
        ok = ap->npool + need + 16 < KG_AP_LONG && pool_reserve(ap, &pcap, need);
        kg_cell *pc = ok ? ap->pool + ap->npool : NULL;
        if (ok) pc[0].u = (uint32_t)k << 1;
        if (ok && csz == 1 && f->end - f->p >= 3 * (ptrdiff_t)k) {
          const unsigned char *x = f->p;    /* in memory: no per-byte checks */
          unsigned cmax = 0;
          for (int j = 0; j < k; j++, x += 3) {
            pc[1 + 2 * j].u = x[0];
            pc[2 + 2 * j].f = (float)(int16_t)(uint16_t)(x[1] | x[2] << 8) * scale;
            cmax = x[0] > cmax ? x[0] : cmax;
          }
          ok = cmax < nclass;
          f->p = x;
          k = 0;
        }
        for (int j = 0; ok && j < k; j++) {
          int c = 0, v = 0;
          if (csz == 1) { c = rd_getc(f); ok = c != EOF; } else { ok = get_i16(f, &c); c = (uint16_t)c; }
          ok = ok && get_i16(f, &v) && (uint32_t)c < nclass;
          pc[1 + 2 * j].u = (uint32_t)c;
          pc[2 + 2 * j].f = (float)v * scale;
        }
        if (!ok) break;
        ap->idx[b] = kg_ap_idx_of(ap->npool, need);
        ap->npool += need;
        continue;
      }
      for (int j = 0; ok && j < k; j++) {
        int c = 0, v = 0;
        if (csz == 1) { c = rd_getc(f); ok = c != EOF; } else { ok = get_i16(f, &c); c = (uint16_t)c; }
        ok = ok && get_i16(f, &v) && (uint32_t)c < nclass;
        if (ok) q[c] = (int16_t)v;
      }
    } else {
      ok = 0;
    }
    if (!ok) break;
    if (sparse) {
      ok = pool_append(ap, &pcap, b, q, scale);
    } else {
      float *row = ap->w + (size_t)r * ap->stride;
      for (uint32_t c = 0; c < nclass; c++) row[c] = (float)q[c] * scale;
      ap->idx[b] = r;
    }
    memset(q, 0, nclass * sizeof *q);
  }
  free(q);
  if (ok && sparse && !ap->pool && !(ap->pool = calloc(1 + KG_AP_POOL_PAD, sizeof(kg_cell)))) ok = 0;
  if (ok && sparse && !presized && (ap->npool + KG_AP_POOL_PAD) * sizeof(kg_cell) >= ((size_t)2 << 20)) {
    /* random reads of a large table: on huge pages where the system has them
     * (a presized pool is there already, its untouched tail not resident) */
    size_t bytes = (ap->npool + KG_AP_POOL_PAD) * sizeof(kg_cell);
    kg_cell *np = kg_alloc_huge(bytes);
    if (np) {
      memcpy(np, ap->pool, bytes);
      free(ap->pool);
      ap->pool = np;
    }
  }
  uint32_t sent = 0;
  if (!ok || !get_u32(f, &sent) || sent != KG_AP_SENTINEL) { kg_ap_free(ap); return KG_ERR_MODEL; }
  *out = ap;
  return KG_OK;
}

kg_status kg_ap_read(FILE *f, kg_ap **out) { return ap_read(f, out, 0); }
kg_status kg_ap_read_sparse(FILE *f, kg_ap **out) { return ap_read(f, out, 1); }

/* ------------------------------------------------------------ integer form */

kg_ap *kg_ap_int_copy(const kg_ap *ap, uint32_t maxfeat)
{
  kg_ap *cp = kg_ap_shell(ap->nclass, ap->log2);
  if (!cp) return NULL;
  size_t nb = (size_t)1 << ap->log2, cap = 0;
  cp->averaged = 1;
  cp->idx = kg_alloc_huge(nb * sizeof(uint32_t));
  if (!cp->idx) goto fail;
  if (ap->pool && ap->idx) {          /* a loaded sparse model: its pool as it is */
    memcpy(cp->idx, ap->idx, nb * sizeof(uint32_t));
    cp->pool = kg_alloc_huge((ap->npool + KG_AP_POOL_PAD) * sizeof(kg_cell));
    if (!cp->pool) goto fail;
    memcpy(cp->pool, ap->pool, ap->npool * sizeof(kg_cell));
    memset(cp->pool + ap->npool, 0, KG_AP_POOL_PAD * sizeof(kg_cell));
    cp->npool = ap->npool;
    cp->iscale = ap->iscale;
  } else {                            /* as kg_ap_write then kg_ap_read_sparse */
    memset(cp->idx, 0xff, nb * sizeof(uint32_t));
    int16_t *q = malloc(ap->nclass * sizeof *q);
    float *tmp = malloc(ap->stride * sizeof(float));
    int ok = q && tmp;
    for (size_t b = 0; ok && b < nb; b++) {
      const float *row = kg_ap_bucket_row(ap, b, tmp);
      float scale;
      if (row && quant_row(row, ap->nclass, q, &scale)) ok = pool_append(cp, &cap, b, q, scale);
    }
    free(q);
    free(tmp);
    if (!ok) goto fail;
    if (!cp->pool && !(cp->pool = calloc(1 + KG_AP_POOL_PAD, sizeof(kg_cell)))) goto fail;
  }
  if (kg_ap_to_int(cp, maxfeat) == KG_OK) return cp;
fail:
  kg_ap_free(cp);
  return NULL;
}

kg_status kg_ap_write_int(const kg_ap *ap, FILE *f)
{
  if (!ap->pool || !ap->idx || !(ap->iscale > 0)) return KG_ERR_USAGE;
  size_t nb = (size_t)1 << ap->log2, npool = 0, nbytes = 0;
  uint32_t nrows = 0;
  int csz = ap->nclass <= 256 ? 1 : 2;
  for (size_t b = 0, prev = 0; b < nb; b++) {
    uint32_t r = ap->idx[b];
    if (r == KG_AP_NOROW) continue;
    uint32_t h = ap->pool[KG_AP_OFF(r)].u, n = h >> 1;
    npool += 1 + ((h & 1) ? n : 2 * (size_t)n);
    nbytes += varint_len(b - prev) + varint_len(h) + (size_t)n * ((h & 1) ? 4 : 4 + (size_t)csz);
    prev = b;
    nrows++;
  }
  if (npool >= KG_AP_NOROW - KG_AP_POOL_PAD || nbytes > UINT32_MAX) return KG_ERR_USAGE;
  int ok = put_u32(f, ap->nclass) && put_u32(f, ap->log2) && put_u32(f, nrows)
           && put_u32(f, (uint32_t)npool) && put_f32(f, ap->iscale) && put_u32(f, (uint32_t)nbytes);
  size_t prev = 0;
  for (size_t b = 0; ok && b < nb; b++) {
    uint32_t r = ap->idx[b];
    if (r == KG_AP_NOROW) continue;
    const kg_cell *p = ap->pool + KG_AP_OFF(r);
    uint32_t h = p[0].u, n = h >> 1;
    ok = put_varint(f, b - prev) && put_varint(f, h);
    prev = b;
    if (h & 1) {
      for (uint32_t k = 0; ok && k < n; k++) ok = put_u32(f, p[1 + k].u);
    } else {
      for (uint32_t k = 0; ok && k < n; k++) {
        ok = csz == 1 ? putc((int)p[1 + 2 * k].u, f) != EOF : put_i16(f, (int)p[1 + 2 * k].u);
        ok = ok && put_u32(f, p[2 + 2 * k].u);
      }
    }
  }
  ok = ok && put_u32(f, KG_AP_SENTINEL);
  return ok ? KG_OK : KG_ERR_IO;
}

static inline uint32_t le32(const unsigned char *x)
{
  return (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
}

/* A varint at *px (before end); 0 when it runs past end or 64 bits. */
static inline __attribute__((always_inline)) int
varint_at(const unsigned char **px, const unsigned char *end, uint64_t *v)
{
  const unsigned char *x = *px;
  uint64_t r = 0;
  for (int sh = 0; sh < 64 && x < end; sh += 7) {
    unsigned c = *x++;
    r |= (uint64_t)(c & 127) << sh;
    if (!(c & 128)) { *v = r; *px = x; return 1; }
  }
  return 0;
}

/* The rows of the integer form, from the nbytes at x, into ap's pool
 * (npool cells) and row index; 0 when they are not exactly that. */
/* The cells the rows of the integer form at x take in a pool laid out by
 * kg_ap_row_place (npool when the rows are not well formed: int_rows then
 * fails). */
static size_t int_layout(const unsigned char *x, size_t nbytes, uint32_t nrows, uint32_t nclass,
                         size_t npool)
{
  const unsigned char *end = x + nbytes;
  const size_t csz = nclass <= 256 ? 1 : 2;
  size_t o = 0;
  for (uint32_t r = 0; r < nrows; r++) {
    uint64_t d, h;
    if (!varint_at(&x, end, &d) || !varint_at(&x, end, &h)) return npool;
    uint64_t n = h >> 1;
    size_t bytes = n * ((h & 1) ? 4 : 4 + csz);
    if (n == 0 || n > nclass || (size_t)(end - x) < bytes) return npool;
    size_t need = 1 + ((h & 1) ? n : 2 * n);
    o = kg_ap_row_place(o, need) + need;
    x += bytes;
  }
  return o < npool ? npool : o;
}

/* int_rows puts the rows at kg_ap_row_place offsets in a pool of cap cells;
 * the rows themselves take exactly npool cells. */
static int int_rows(kg_ap *ap, const unsigned char *x, size_t nbytes, uint32_t nrows,
                    size_t npool, size_t cap, uint32_t lim)
{
  const unsigned char *end = x + nbytes;
  const uint32_t nclass = ap->nclass;
  const size_t nb = (size_t)1 << ap->log2, csz = nclass <= 256 ? 1 : 2;
  kg_cell *restrict pool = ap->pool;
  uint32_t *restrict idx = ap->idx;
  uint64_t b = 0;
  size_t o = 0, used = 0;
  uint32_t badw = 0, badc = 0;
  for (uint32_t r = 0; r < nrows; r++) {
    uint64_t d, h;
    if (!varint_at(&x, end, &d) || !varint_at(&x, end, &h)) return 0;
    uint64_t n = h >> 1;
    if ((r > 0 && d == 0) || d >= nb - b || n == 0 || n > nclass) return 0;
    b += d;
    size_t need = 1 + ((h & 1) ? n : 2 * n), at = kg_ap_row_place(o, need);
    if (at + need > cap || need > npool - used || (size_t)(end - x) < n * ((h & 1) ? 4 : 4 + csz))
      return 0;
    for (; o < at; o++) pool[o].u = 0;
    used += need;
    kg_cell *restrict p = pool + o;
    p[0].u = (uint32_t)h;
    if (h & 1) {
      for (uint32_t k = 0; k < n; k++) {
        uint32_t v = le32(x + 4 * k);
        p[1 + k].u = v;
        badw |= v + lim > 2 * lim;       /* |(int32_t)v| > lim */
      }
      x += 4 * n;
    } else if (csz == 1) {               /* pairs: u8 class, i32 weight */
      for (uint32_t k = 0; k < n; k++) {
        uint32_t c = x[5 * k], v = le32(x + 5 * k + 1);
        p[1 + 2 * k].u = c;
        p[2 + 2 * k].u = v;
        badc |= c >= nclass;
        badw |= v + lim > 2 * lim;
      }
      x += 5 * n;
    } else {                             /* pairs: u16 class, i32 weight */
      for (uint32_t k = 0; k < n; k++) {
        uint32_t c = (uint32_t)x[6 * k] | (uint32_t)x[6 * k + 1] << 8, v = le32(x + 6 * k + 2);
        p[1 + 2 * k].u = c;
        p[2 + 2 * k].u = v;
        badc |= c >= nclass;
        badw |= v + lim > 2 * lim;
      }
      x += 6 * n;
    }
    idx[b] = kg_ap_idx_of(o, need);
    o += need;
  }
  ap->npool = o;
  return !badw && !badc && used == npool && x == end;
}

kg_status kg_ap_read_int(FILE *f, uint32_t maxfeat, kg_ap **out)
{
  *out = NULL;
  if (maxfeat == 0) return KG_ERR_USAGE;
  unsigned char hd[24];
  if (fread(hd, 1, sizeof hd, f) != sizeof hd) return KG_ERR_MODEL;
  uint32_t nclass = le32(hd), log2 = le32(hd + 4), nrows = le32(hd + 8), npool = le32(hd + 12);
  uint32_t nbytes = le32(hd + 20), isu = le32(hd + 16);
  float iscale;
  memcpy(&iscale, &isu, 4);
  if (nclass == 0 || nclass > 65535 || log2 > 26 || (uint64_t)nrows > ((uint64_t)1 << log2)
      || !(iscale > 0) || !isfinite(iscale) || npool >= KG_AP_NOROW - KG_AP_POOL_PAD
      || npool > nbytes)              /* every cell takes at least one byte */
    return KG_ERR_MODEL;
  /* no allocation for more bytes than the file has */
  struct stat st;
  long pos = ftell(f);
  if (pos >= 0 && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)
      && (st.st_size < pos || (uint64_t)(st.st_size - pos) < (uint64_t)nbytes + 4))
    return KG_ERR_MODEL;
  kg_ap *ap = kg_ap_shell(nclass, log2);
  if (!ap) return KG_ERR_NOMEM;
  size_t nb = (size_t)1 << log2;
  ap->averaged = 1;
  ap->iscale = iscale;
  ap->idx = kg_alloc_huge(nb * sizeof(uint32_t));
  /* the rows' bytes viewed in place (model.c: mapped, not copied) */
  kg_model_view view;
  kg_status vs = ap->idx ? kg_model_view_get(f, (size_t)nbytes + 4, &view) : KG_ERR_NOMEM;
  if (vs == KG_ERR_NOMEM) { kg_ap_free(ap); return KG_ERR_NOMEM; }
  const unsigned char *buf = view.p;
  int ok = vs == KG_OK && le32(buf + nbytes) == KG_AP_SENTINEL;
  /* the pool laid out by lines (kg_ap_row_place): its size first */
  size_t cap = ok ? int_layout(buf, nbytes, nrows, nclass, npool) : npool;
  if (cap + KG_AP_POOL_PAD >= KG_AP_LONG) ok = 0;
  ap->pool = ok ? kg_alloc_huge((cap + KG_AP_POOL_PAD) * sizeof(kg_cell)) : NULL;
  if (ok && !ap->pool) { kg_model_unview(&view); kg_ap_free(ap); return KG_ERR_NOMEM; }
  if (ok) {
    memset(ap->idx, 0xff, nb * sizeof(uint32_t));
    ok = int_rows(ap, buf, nbytes, nrows, npool, cap, INT32_MAX / maxfeat);
    if (ok) memset(ap->pool + ap->npool, 0, KG_AP_POOL_PAD * sizeof(kg_cell));
  }
  if (vs == KG_OK) kg_model_unview(&view);
  if (!ok) { kg_ap_free(ap); return KG_ERR_MODEL; }
  *out = ap;
  return KG_OK;
}
