/* parser_model.c — the dependency parser's model file: loading, saving and
 * freeing a kg_parser, and its run-time settings (beam width, beam margin:
 * KG_PARSER_MARGIN or $KGBUILD_BEAM_MARGIN, read at load).
 *
 * Owns: kg_parser's memory and the file form of its tables.
 * Does not own: decoding (parser.c, parser_beam.c, parser_fast.c), training
 * (parser_train.c), the model container (model.c).
 *
 * Model file (kind "parser", model.h container):
 *   LABS  the label strings (index = class of the label model; has "root")
 *   AMBC  u32 n, n x {u64 normalised-form hash, u64 set of its xpos tags}
 *   CLUS  (optional) u32 n, n x {u64 normalised-form hash, u64 cluster
 *         path: length << 32 | bits}; with it, cluster features are used
 *   LABX  (optional) u32 label feature set (kg_pp_lab_feats); absent: 1
 *   TALT  (optional) u32 1: tag-uncertainty features; absent: none
 *   DIRN  (optional) u32 1: the model reads sentences right to left (it was
 *         trained on reversed sentences; parser_combine.c); absent: left to
 *         right.  Readers older than this section fail on such a model
 *   JLAB  (optional) u32 K in 1..KG_PP_MAXJLAB: labels in the beam, each arc
 *         with its K best labels (parser_beam.c); absent: greedy labels.
 *         Readers older than this section fail on such a model ("cannot
 *         read weights"): its label weights mean something else
 *   LABF  (optional, after JLAB) a packed label table as in PACK: the final
 *         labels of the beam's best sequence (kg_parser.pf)
 *   BEAM  (optional) u32 beam width for decoding (parser_beam.c); absent: 1
 *   PACK  the transition table then the label table, each u32 log2 buckets,
 *         u32 stride, f32 scale, bytes: 2^log2 x stride int16 (little-endian)
 * Training works on kg_ap tables (perceptron.c); what is saved is their
 * averaged weights quantised to int16 with one scale per table, which is
 * also the form decoding reads (a dense row per bucket: one memory access
 * per feature, and loading is one read per table).
 */
#include <stdlib.h>
#include <string.h>
#include "parser_impl.h"
#include "model.h"

/* ------------------------------------------------------------ model file */

void kg_parser_free(kg_parser *p)
{
  if (!p) return;
  kg_pp_run_release(p->id);
  kg_ap_free(p->act);
  kg_ap_free(p->lab);
  free(p->amb_key);
  free(p->amb_val);
  free(p->cl_key);
  free(p->cl_val);
  free(p->pk);
  free(p->pl);
  free(p->pf);
  kg_parser_free(p->r2l);
  if (p->labels_block) free(p->labels);
  else if (p->labels) {
    for (uint32_t i = 0; i < p->nlab; i++) free(p->labels[i]);
    free(p->labels);
  }
  free(p);
}

/* A packed table: u32 log2 buckets, u32 stride, f32 scale, then the int16
 * weights, little-endian, as one byte block.  In memory a row may be longer
 * than on file (pitch >= stride int16: the label tables' rows fill whole
 * cache lines, kg_pp_lab_pitch); the lanes past stride are zeros. */
static kg_status put_table(FILE *f, const int16_t *t, uint64_t mask, uint32_t pitch,
                           uint32_t stride, float scale, const kg_parser *lanes)
{
  uint64_t n = (mask + 1) * stride;
  uint32_t log2 = 0;
  while (((uint64_t)1 << log2) < mask + 1) log2++;
  if (n * 2 > KG_MODEL_MAX_ITEMS) return KG_ERR_USAGE;
  kg_status st = kg_model_put_u32(f, log2);
  if (st == KG_OK) st = kg_model_put_u32(f, stride);
  if (st == KG_OK) st = kg_model_put_f32(f, scale);
  if (st != KG_OK) return st;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (pitch == stride && !(lanes && lanes->pl_split)) return kg_model_put_bytes(f, t, (uint32_t)(n * 2));
#endif
  unsigned char *b = malloc(n * 2);
  if (!b) return KG_ERR_NOMEM;
  for (uint64_t r = 0; r <= mask; r++)
    for (uint32_t c = 0; c < stride; c++) {
      uint64_t i = r * stride + c;
      uint32_t l = lanes && c < lanes->nlab ? kg_pp_lane(lanes, c) : c;
      uint16_t v = (uint16_t)t[r * pitch + l];
      b[2 * i] = (unsigned char)(v & 255);
      b[2 * i + 1] = (unsigned char)(v >> 8);
    }
  st = kg_model_put_bytes(f, b, (uint32_t)(n * 2));
  free(b);
  return st;
}

static kg_status get_table(FILE *f, uint32_t want_stride, uint32_t pitch, int16_t **t,
                           uint64_t *mask, float *scale)
{
  uint32_t log2, stride, nb;
  kg_status st = kg_model_get_u32(f, &log2);
  if (st == KG_OK) st = kg_model_get_u32(f, &stride);
  if (st == KG_OK) st = kg_model_get_f32(f, scale);
  if (st != KG_OK) return st;
  if (log2 > 24 || stride != want_stride || pitch < stride || !(*scale > 0)) return KG_ERR_MODEL;
  uint64_t rows = (uint64_t)1 << log2;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* the file's bytes viewed in place (model.c: mapped, not read into a
   * buffer), copied once into their table */
  st = kg_model_get_u32(f, &nb);
  if (st != KG_OK) return st;
  if ((uint64_t)nb != rows * stride * 2 || nb > KG_MODEL_MAX_ITEMS) return KG_ERR_MODEL;
  kg_model_view v;
  if ((st = kg_model_view_get(f, nb, &v)) != KG_OK) return st;
  *mask = rows - 1;
  if (pitch == stride) {
    *t = kg_model_huge_dup(v.p, nb);   /* rows are read at random */
    kg_model_unview(&v);
    return *t ? KG_OK : KG_ERR_NOMEM;
  }
  int16_t *w = kg_alloc_huge(rows * pitch * sizeof *w);
  if (w)
    for (uint64_t r = 0; r < rows; r++) {
      memcpy(w + r * pitch, v.p + 2 * r * stride, stride * sizeof *w);
      memset(w + r * pitch + stride, 0, (pitch - stride) * sizeof *w);
    }
  kg_model_unview(&v);
  *t = w;
  return w ? KG_OK : KG_ERR_NOMEM;
#else
  void *b = NULL;
  st = kg_model_get_bytes(f, &b, &nb);
  if (st != KG_OK) return st;
  if ((uint64_t)nb != rows * stride * 2) { free(b); return KG_ERR_MODEL; }
  unsigned char *c = b;
  for (uint32_t i = 0; i < nb / 2; i++)
    ((int16_t *)b)[i] = (int16_t)(uint16_t)(c[2 * i] | c[2 * i + 1] << 8);
  *mask = rows - 1;
  if (pitch == stride) {
    *t = kg_model_huge_copy(b, nb);   /* rows are read at random */
    return KG_OK;
  }
  /* rows of pitch lanes, 64-byte aligned, the lanes past stride zero */
  int16_t *w = kg_alloc_huge(rows * pitch * sizeof *w);
  if (!w) { free(b); return KG_ERR_NOMEM; }
  const int16_t *src = b;
  for (uint64_t r = 0; r < rows; r++) {
    memcpy(w + r * pitch, src + r * stride, stride * sizeof *w);
    memset(w + r * pitch + stride, 0, (pitch - stride) * sizeof *w);
  }
  free(b);
  *t = w;
  return KG_OK;
#endif
}

/* Rows of table t (mask + 1 rows of 64 lanes) from lane = label to the
 * split layout of p->pl_lane (bound lane KG_PP_HOT: the largest weight of
 * the labels in lanes 32.. but root), or back (to 0). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(KG_AP_NO_AVX2)
#include <immintrin.h>
#define KG_PM_AVX2 1
/* The lanes of every row moved as split_rows does (w[l] = old w[src[l]],
 * src 64: a zero), eight lanes a gather, and lane KG_PP_HOT set to the
 * largest of the lanes marked in rare (0xffff) after the move. */
__attribute__((target("avx2"))) static void split_rows_avx2(int16_t *t, uint64_t mask,
                                                          const uint8_t *src,
                                                          const uint16_t *rare)
{
  int32_t ix[64], keep[64];
  for (int l = 0; l < 64; l++) {
    ix[l] = src[l] < 64 ? src[l] : 0;
    keep[l] = src[l] < 64 ? 0xffff : 0;
  }
  __m256i vix[8], vkeep[8];
  for (int k = 0; k < 8; k++) {
    vix[k] = _mm256_loadu_si256((const __m256i *)(ix + 8 * k));
    vkeep[k] = _mm256_loadu_si256((const __m256i *)(keep + 8 * k));
  }
  const __m256i r0 = _mm256_loadu_si256((const __m256i *)rare);
  const __m256i r1 = _mm256_loadu_si256((const __m256i *)(rare + 16));
  const __m256i lo = _mm256_set1_epi16(-32768);
  int16_t tmp[66];
  tmp[64] = tmp[65] = 0;
  for (uint64_t r = 0; r <= mask; r++) {
    int16_t *w = t + r * 64;
    memcpy(tmp, w, 64 * sizeof *w);
    __m256i o[8];
    for (int k = 0; k < 8; k++)
      o[k] = _mm256_and_si256(_mm256_i32gather_epi32((const int *)tmp, vix[k], 2), vkeep[k]);
    for (int j = 0; j < 4; j++)
      _mm256_storeu_si256((__m256i *)(w + 16 * j),
                          _mm256_permute4x64_epi64(_mm256_packus_epi32(o[2 * j], o[2 * j + 1]), 0xd8));
    __m256i a = _mm256_blendv_epi8(lo, _mm256_loadu_si256((const __m256i *)(w + 32)), r0);
    __m256i b = _mm256_blendv_epi8(lo, _mm256_loadu_si256((const __m256i *)(w + 48)), r1);
    __m128i m = _mm_max_epi16(_mm256_castsi256_si128(_mm256_max_epi16(a, b)),
                              _mm256_extracti128_si256(_mm256_max_epi16(a, b), 1));
    m = _mm_max_epi16(m, _mm_shuffle_epi32(m, 0x4e));
    m = _mm_max_epi16(m, _mm_shuffle_epi32(m, 0xb1));
    m = _mm_max_epi16(m, _mm_shufflelo_epi16(m, 0xb1));
    w[KG_PP_HOT] = (int16_t)_mm_extract_epi16(m, 0);
  }
}
#endif

static void split_rows(int16_t *t, uint64_t mask, const kg_parser *p, int to)
{
  /* src[l]: the lane of the old row that goes to lane l (64: a zero) */
  uint8_t src[64], rare[64];
  uint32_t nlab = p->nlab, nr = 0;
  memset(src, 64, sizeof src);
  for (uint32_t c = 0; c < nlab; c++) {
    if (to) src[p->pl_lane[c]] = (uint8_t)c;
    else src[c] = p->pl_lane[c];
    if (p->pl_lane[c] > KG_PP_HOT && (int)c != p->root_lab) rare[nr++] = (uint8_t)c;
  }
  if (!t) return;
#ifdef KG_PM_AVX2
  if (to && __builtin_cpu_supports("avx2")) {
    uint16_t rl[32] = { 0 };   /* lanes 32..63 of the bound's labels */
    for (uint32_t k = 0; k < nr; k++) rl[p->pl_lane[rare[k]] - 32] = 0xffff;
    split_rows_avx2(t, mask, src, rl);
    return;
  }
#endif
  int16_t tmp[65];
  tmp[64] = 0;
  for (uint64_t r = 0; r <= mask; r++) {
    int16_t *w = t + r * 64;
    memcpy(tmp, w, 64 * sizeof *w);
    for (uint32_t l = 0; l < 64; l++) w[l] = tmp[src[l]];
    if (to) {
      int bound = -32768;
      for (uint32_t k = 0; k < nr; k++) bound = tmp[rare[k]] > bound ? tmp[rare[k]] : bound;
      w[KG_PP_HOT] = (int16_t)bound;
    }
  }
}

void kg_pp_lab_split(kg_parser *p)
{
  if (p->pl_split || !p->pl || p->pl_stride != 64 || p->nlab <= 32 || p->nlab > 63 ||
      p->root_lab < 0)
    return;
  /* the labels with the most weight (root aside) first, from every 8th row */
  double tot[KG_PP_MAXLAB] = { 0 };
  for (uint64_t r = 0; r <= p->pl_mask; r += 8)
    for (uint32_t c = 0; c < p->nlab; c++) {
      int v = p->pl[r * 64 + c];
      tot[c] += v < 0 ? -v : v;
    }
  uint8_t hot[KG_PP_MAXLAB] = { 0 };
  for (int k = 0; k < KG_PP_HOT; k++) {
    int bi = -1;
    for (uint32_t c = 0; c < p->nlab; c++)
      if (!hot[c] && (int)c != p->root_lab && (bi < 0 || tot[c] > tot[bi])) bi = (int)c;
    hot[bi] = 1;
  }
  uint32_t h = 0, o = KG_PP_HOT + 1;
  for (uint32_t c = 0; c < p->nlab; c++) p->pl_lane[c] = (uint8_t)(hot[c] ? h++ : o++);
  for (int l = 0; l < 64; l++) { p->pl_lab[l] = 255; p->pl_valid[l] = 0; }
  for (uint32_t c = 0; c < p->nlab; c++) {
    p->pl_lab[p->pl_lane[c]] = (uint8_t)c;
    if ((int)c != p->root_lab) p->pl_valid[p->pl_lane[c]] = -1;
  }
  split_rows(p->pl, p->pl_mask, p, 1);
  split_rows(p->pf, p->pf_mask, p, 1);
  p->pl_split = 1;
}

void kg_pp_lab_unsplit(kg_parser *p)
{
  if (!p->pl_split) return;
  split_rows(p->pl, p->pl_mask, p, 0);
  split_rows(p->pf, p->pf_mask, p, 0);
  p->pl_split = 0;
}

kg_status kg_pp_save(const kg_parser *p, const char *path, const kg_logger *log)
{
  FILE *f = NULL;
  if (!p->pk || !p->pl) return KG_ERR_USAGE;
  kg_status st = kg_model_create(path, "parser", log, &f);
  if (st != KG_OK) return st;
  if (st == KG_OK) st = kg_model_put_section(f, "LABS");
  if (st == KG_OK) st = kg_model_put_strings(f, (const char *const *)p->labels, p->nlab);
  if (st == KG_OK) st = kg_model_put_section(f, "AMBC");
  if (st == KG_OK) st = kg_model_put_u32(f, p->namb);
  for (uint32_t i = 0; st == KG_OK && p->amb_mask && i <= p->amb_mask; i++)
    if (p->amb_key[i]) {
      st = kg_model_put_u64(f, p->amb_key[i]);
      if (st == KG_OK) st = kg_model_put_u64(f, p->amb_val[i]);
    }
  if (st == KG_OK && p->cl_mask) st = kg_model_put_section(f, "CLUS");
  if (st == KG_OK && p->cl_mask) st = kg_model_put_u32(f, p->ncl);
  for (uint32_t i = 0; st == KG_OK && p->cl_mask && i <= p->cl_mask; i++)
    if (p->cl_key[i]) {
      st = kg_model_put_u64(f, p->cl_key[i]);
      if (st == KG_OK) st = kg_model_put_u64(f, p->cl_val[i]);
    }
  if (st == KG_OK && p->labx > 1) st = kg_model_put_section(f, "LABX");
  if (st == KG_OK && p->labx > 1) st = kg_model_put_u32(f, (uint32_t)p->labx);
  if (st == KG_OK && p->tagalt) st = kg_model_put_section(f, "TALT");
  if (st == KG_OK && p->tagalt) st = kg_model_put_u32(f, (uint32_t)p->tagalt);
  if (st == KG_OK && p->reverse) st = kg_model_put_section(f, "DIRN");
  if (st == KG_OK && p->reverse) st = kg_model_put_u32(f, 1);
  if (st == KG_OK && p->jtag) st = kg_model_put_section(f, "JTAG");
  if (st == KG_OK && p->jtag) st = kg_model_put_u32(f, (uint32_t)p->jtag);
  if (st == KG_OK && p->jlab) st = kg_model_put_section(f, "JLAB");
  if (st == KG_OK && p->jlab) st = kg_model_put_u32(f, (uint32_t)p->jlab);
  if (st == KG_OK && p->pf) st = kg_model_put_section(f, "LABF");
  if (st == KG_OK && p->pf)
    st = put_table(f, p->pf, p->pf_mask, p->pl_stride, (p->nlab + 7) & ~7u, p->pf_scale, p);
  if (st == KG_OK && p->beam > 1) st = kg_model_put_section(f, "BEAM");
  if (st == KG_OK && p->beam > 1) st = kg_model_put_u32(f, (uint32_t)p->beam);
  if (st == KG_OK) st = kg_model_put_section(f, "PACK");
  if (st == KG_OK) st = put_table(f, p->pk, p->pk_mask, KG_PP_NACT, KG_PP_NACT, p->pk_scale, NULL);
  if (st == KG_OK)
    st = put_table(f, p->pl, p->pl_mask, p->pl_stride, (p->nlab + 7) & ~7u, p->pl_scale, p);
  if (st != KG_OK) {
    fclose(f);
    kg_logf(log, KG_LOG_ERROR, path, "cannot write parser model");
    return st;
  }
  return kg_model_finish(f, path, log);
}

/* An optional model section holding one u32 in [lo, hi]: when tag is its
 * name, the value goes to *v and the next section's name to tag (*what
 * names the part being read, for the error message); otherwise nothing is
 * read. */
static kg_status opt_u32(FILE *f, char *tag, const char *name, uint32_t lo, uint32_t hi,
                         const char *desc, const char **what, int *v)
{
  if (memcmp(tag, name, 4) != 0) return KG_OK;
  uint32_t u = 0;
  *what = desc;
  kg_status st = kg_model_get_u32(f, &u);
  if (st == KG_OK && (u < lo || u > hi)) st = KG_ERR_MODEL;
  *v = (int)u;
  *what = "weights";
  if (st == KG_OK && fread(tag, 1, 4, f) != 4) st = KG_ERR_MODEL;
  return st;
}

/* The mean magnitude of the non-zero weights of a packed table of nb
 * buckets (stride int16 each), over at most 2^14 buckets evenly spaced
 * (hashed features fill buckets at random: a fair sample); 0 if none. */
static float mean_weight(const int16_t *t, uint64_t nb, uint32_t stride)
{
  uint64_t step = nb > (1u << 14) ? nb >> 14 : 1, sum = 0, n = 0;
  for (uint64_t b = 0; t && b < nb; b += step)
    for (uint32_t c = 0; c < stride; c++) {
      int v = t[b * stride + c];
      sum += (uint64_t)(v < 0 ? -v : v);
      n += v != 0;
    }
  return n ? (float)((double)sum / (double)n) : 0;
}

kg_status kg_parser_load(const char *path, const kg_logger *log, kg_parser **out)
{
  *out = NULL;
  FILE *f = NULL;
  kg_status st = kg_model_open(path, "parser", log, &f);
  if (st != KG_OK) return st;
  kg_parser *p = calloc(1, sizeof *p);
  static uint64_t parser_ids;
  if (p) p->id = __atomic_add_fetch(&parser_ids, 1, __ATOMIC_RELAXED);
  if (!p) { fclose(f); return KG_ERR_NOMEM; }
  p->labels_block = 1;
  p->root_lab = -1;
  const char *what = "labels";
  st = kg_model_expect_section(f, "LABS");
  if (st == KG_OK) st = kg_model_get_strings(f, &p->labels, &p->nlab);
  if (st == KG_OK && (p->nlab == 0 || p->nlab > KG_PP_MAXLAB)) st = KG_ERR_MODEL;
  if (st == KG_OK) {
    what = "ambiguity classes";
    st = kg_model_expect_section(f, "AMBC");
  }
  uint32_t namb = 0;
  if (st == KG_OK) st = kg_model_get_u32(f, &namb);
  if (st == KG_OK && namb > (1u << 24)) st = KG_ERR_MODEL;
  if (st == KG_OK) {
    /* keys in kv[0..namb), values in kv[namb..2namb) */
    uint64_t *kv = malloc(((size_t)namb * 2 + 1) * sizeof *kv);
    if (!kv) st = KG_ERR_NOMEM;
    if (st == KG_OK) st = kg_model_get_u64_pairs(f, kv, kv + namb, namb);
    if (st == KG_OK) st = kg_pp_amb_build(p, kv, kv + namb, namb);
    free(kv);
  }
  p->beam = 1;
  if (st == KG_OK) {
    /* optional BEAM (u32 beam width) before the weights */
    what = "weights";
    char tag[4];
    if (fread(tag, 1, 4, f) != 4) st = KG_ERR_MODEL;
    else if (memcmp(tag, "CLUS", 4) == 0) {
      what = "clusters";
      uint32_t ncl = 0;
      st = kg_model_get_u32(f, &ncl);
      if (st == KG_OK && ncl > (1u << 24)) st = KG_ERR_MODEL;
      uint64_t *kv = st == KG_OK ? malloc(((size_t)ncl * 2 + 1) * sizeof *kv) : NULL;
      if (st == KG_OK && !kv) st = KG_ERR_NOMEM;
      if (st == KG_OK) st = kg_model_get_u64_pairs(f, kv, kv + ncl, ncl);
      if (st == KG_OK) st = kg_pp_cl_build(p, kv, kv + ncl, ncl);
      free(kv);
      what = "weights";
      if (st == KG_OK && fread(tag, 1, 4, f) != 4) st = KG_ERR_MODEL;
    }
    /* optional sections of one u32 each (absent: the default) */
    p->labx = 1;
    if (st == KG_OK)       /* label feature set (absent: 1) */
      st = opt_u32(f, tag, "LABX", 1, KG_PP_LABX, "label features", &what, &p->labx);
    if (st == KG_OK)       /* 1: the tag-uncertainty features (absent: none) */
      st = opt_u32(f, tag, "TALT", 1, 1, "tag-uncertainty features", &what, &p->tagalt);
    if (st == KG_OK)       /* 1: reads right to left (absent: left to right) */
      st = opt_u32(f, tag, "DIRN", 1, 1, "direction (DIRN)", &what, &p->reverse);
    if (st == KG_OK)       /* joint tag choice below this tagger gap (absent: 0; parser_joint.c) */
      st = opt_u32(f, tag, "JTAG", 1, 1000, "joint tag choice (JTAG)", &what, &p->jtag);
    if (st == KG_OK)       /* labels per arc in the beam (absent: 0) */
      st = opt_u32(f, tag, "JLAB", 1, KG_PP_MAXJLAB, "labels in the beam (JLAB)", &what, &p->jlab);
    if (st == KG_OK && memcmp(tag, "LABF", 4) == 0) {
      /* optional LABF: the final label table */
      what = "final labels (LABF)";
      st = get_table(f, (p->nlab + 7) & ~7u, kg_pp_lab_pitch(p->nlab), &p->pf, &p->pf_mask,
                     &p->pf_scale);
      what = "weights";
      if (st == KG_OK && fread(tag, 1, 4, f) != 4) st = KG_ERR_MODEL;
    }
    if (st != KG_OK) ;
    else if (memcmp(tag, "BEAM", 4) == 0) {
      uint32_t k = 0;
      st = kg_model_get_u32(f, &k);
      if (st == KG_OK && (k < 1 || k > KG_PP_MAXBEAM)) st = KG_ERR_MODEL;
      p->beam = (int)k;
      if (st == KG_OK) st = kg_model_expect_section(f, "PACK");
    } else if (memcmp(tag, "PACK", 4) != 0) st = KG_ERR_MODEL;
  }
  p->pl_stride = kg_pp_lab_pitch(p->nlab);
  if (st == KG_OK) st = get_table(f, KG_PP_NACT, KG_PP_NACT, &p->pk, &p->pk_mask, &p->pk_scale);
  if (st == KG_OK)
    st = get_table(f, (p->nlab + 7) & ~7u, p->pl_stride, &p->pl, &p->pl_mask, &p->pl_scale);
  if (st == KG_OK) {
    what = "labels";
    for (uint32_t i = 0; i < p->nlab; i++) {
      if (strcmp(p->labels[i], "root") == 0) p->root_lab = (int)i;
      if (strcmp(p->labels[i], "dep") == 0) p->dep_lab = (int)i;
    }
    if (p->root_lab < 0) st = KG_ERR_MODEL;
  }
  if (st == KG_OK) kg_pp_lab_split(p);
  if (st != KG_OK) {
    fclose(f);
    kg_parser_free(p);
    if (st == KG_ERR_MODEL) kg_model_fail(path, log, what);
    return st;
  }
  st = kg_model_close(f, path, log);
  if (st != KG_OK) { kg_parser_free(p); return st; }
  /* the beam margin: not in the model, a run-time setting, in units of
   * the mean weight */
  p->wunit = mean_weight(p->pk, p->pk_mask + 1, KG_PP_NACT);
  p->margin = KG_PARSER_MARGIN;
  const char *mv = getenv("KGBUILD_BEAM_MARGIN");
  if (mv && *mv) {
    char *end;
    double m = strtod(mv, &end);
    if (*end || !(m >= 0 && m < 1e6)) {
      kg_logf(log, KG_LOG_ERROR, "KGBUILD_BEAM_MARGIN", "not a beam margin (0 or more; 0: none): %s", mv);
      kg_parser_free(p);
      return KG_ERR_USAGE;
    }
    p->margin = (float)m;
  }
  /* joint tag choice: the runner-up reading's penalty per unit of the tagger's gap, in mean
   * weights (parser_joint.c; run time, for models decoded with --tag-beam; 0: none) */
  const char *pv = getenv("KGBUILD_TAG_PRIOR");
  p->jprior = pv && *pv ? (float)strtod(pv, NULL) : 0;
  if (!(p->jprior >= 0 && p->jprior < 1e6)) p->jprior = 0;
  *out = p;
  return KG_OK;
}

void kg_parser_set_beam(kg_parser *p, int k)
{
  if (p && k >= 1 && k <= 64)
    p->beam = k;
  if (p && p->r2l) kg_parser_set_beam(p->r2l, k);
}

void kg_parser_set_tag_beam(kg_parser *p, int g)
{
  if (!p || g < 0 || g > 1000) return;
  p->jrun = g;   /* not p->jtag: the model (and its file) stay as they are */
  /* the prior against the runner-up: $KGBUILD_TAG_PRIOR (read at load) or the default */
  const char *pv = getenv("KGBUILD_TAG_PRIOR");
  if (g > 0 && !(pv && *pv)) p->jprior = KG_PARSER_TAG_PRIOR;
}

int kg_parser_tag_beam(const kg_parser *p)
{
  return p && !p->reverse && !p->r2l && p->beam > 1 ? p->jrun : 0;
}

int kg_parser_beam(const kg_parser *p)
{
  return p ? p->beam : 0;
}

void kg_parser_set_beam_margin(kg_parser *p, float m)
{
  if (p && m >= 0 && m < 1e6f)
    p->margin = m;
}

float kg_parser_beam_margin(const kg_parser *p)
{
  return p ? p->margin : 0;
}

int kg_parser_reverse(const kg_parser *p)
{
  return p ? p->reverse : 0;
}

kg_status kg_parser_attach(kg_parser *p, kg_parser *r2l)
{
  if (!p || !r2l) { kg_parser_free(r2l); return KG_ERR_USAGE; }
  int ok = !p->reverse && r2l->reverse && !r2l->r2l && !p->r2l;
  for (uint32_t i = 0; ok && i < r2l->nlab; i++) {
    int found = 0;
    for (uint32_t j = 0; j < p->nlab && !found; j++) found = strcmp(r2l->labels[i], p->labels[j]) == 0;
    ok = found;
  }
  if (!ok) { kg_parser_free(r2l); return KG_ERR_USAGE; }
  p->r2l = r2l;
  return KG_OK;
}

int kg_parser_tag_alt(const kg_parser *p)
{
  return p ? p->tagalt : 0;
}
