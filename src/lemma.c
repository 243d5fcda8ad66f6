/* lemma.c — treebank-learned lemmatizer (see lemma.h).
 *
 * Owns: learning suffix rules per XPOS and an exception table from
 * (form, xpos, lemma) triples, applying them, and their serialised form.
 * Does not own: tagging, the model file header (model.c).
 *
 * The key of a word is its form, ASCII-lower-cased unless the XPOS is a
 * proper noun (NNP, NNPS).  A rule turns a key into a lemma by stripping
 * `strip` bytes and appending a string.  For an unseen word the rule of the
 * longest key suffix (up to KG_LEMMA_MAXSUF bytes) seen with that XPOS at
 * least twice (in distinct word types) applies; suffix length 0 is the
 * XPOS's default.  Every training type whose lemma the rules get wrong
 * goes into the exception table (its majority lemma).
 */
#include <stdlib.h>
#include <string.h>
#include "lemma.h"
#include "model.h"
#include "perceptron.h"
#include "htab.h"

#define KG_LEMMA_MAXSUF 6
#define KG_LEMMA_MINCOUNT 2
#define KG_LEMMA_MAXKEY 256

typedef struct lm_rule { uint32_t strip; const char *append; } lm_rule;

typedef struct lm_triple { int xpos; char *key; char *lemma; } lm_triple;

struct kg_lemmatizer {
  char **xpos;  uint32_t nxpos, xpos_cap; int owned_xpos_block;
  uint8_t *proper;          /* per xpos */
  char **rules_s; uint32_t nrules;   /* "strip:append" */
  lm_rule *rules;
  char **lemmas; uint32_t nlemmas;   /* exception lemmas */
  kg_htab rtab, etab;   /* suffix rules; exceptions */
  /* training */
  lm_triple *tr; size_t ntr, tr_cap;
  char **rule_build; uint32_t rule_build_cap;   /* owned strings while building */
  char **lemma_build; uint32_t lemma_build_cap;
};

static uint64_t nz(uint64_t h) { return h ? h : 1; }

static uint64_t rule_hash(int xpos, const char *suf, size_t l)
{
  return nz(kg_hash_bytes(suf, l, ((uint64_t)(uint32_t)xpos << 8) | l | 0x5100000000ULL));
}

static uint64_t exc_hash(int xpos, const char *key, size_t n)
{
  return nz(kg_hash_bytes(key, n, 0xe7c0000000ULL + (uint32_t)xpos));
}

kg_lemmatizer *kg_lemma_new(void) { return calloc(1, sizeof(kg_lemmatizer)); }

void kg_lemma_free(kg_lemmatizer *lm)
{
  if (!lm) return;
  if (lm->owned_xpos_block) free(lm->xpos);
  else {
    for (uint32_t i = 0; i < lm->nxpos; i++) free(lm->xpos[i]);
    free(lm->xpos);
  }
  free(lm->proper);
  for (size_t i = 0; i < lm->ntr; i++) { free(lm->tr[i].key); free(lm->tr[i].lemma); }
  free(lm->tr);
  if (lm->rule_build) {
    for (uint32_t i = 0; i < lm->nrules; i++) free(lm->rule_build[i]);
    free(lm->rule_build);
  } else free(lm->rules_s);
  if (lm->lemma_build) {
    for (uint32_t i = 0; i < lm->nlemmas; i++) free(lm->lemma_build[i]);
    free(lm->lemma_build);
  } else free(lm->lemmas);
  free(lm->rules);
  kg_htab_free(&lm->rtab);
  kg_htab_free(&lm->etab);
  free(lm);
}

int kg_lemma_xpos_id(const kg_lemmatizer *lm, const char *xpos)
{
  if (!xpos) return -1;
  for (uint32_t i = 0; i < lm->nxpos; i++)
    if (strcmp(lm->xpos[i], xpos) == 0) return (int)i;
  return -1;
}

static int is_proper(const char *xpos) { return strncmp(xpos, "NNP", 3) == 0; }

/* Makes the key of form; returns its length (truncated to cap-1). */
static size_t make_key(const char *form, size_t n, int proper, char *key, size_t cap)
{
  if (n >= cap) n = cap - 1;
  for (size_t i = 0; i < n; i++) {
    char c = form[i];
    key[i] = (!proper && c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  key[n] = 0;
  return n;
}

static int add_xpos(kg_lemmatizer *lm, const char *xpos)
{
  int id = kg_lemma_xpos_id(lm, xpos);
  if (id >= 0) return id;
  if (lm->nxpos == lm->xpos_cap) {
    uint32_t nc = lm->xpos_cap ? lm->xpos_cap * 2 : 64;
    char **nx = realloc(lm->xpos, nc * sizeof *nx);
    uint8_t *np = realloc(lm->proper, nc);
    if (nx) lm->xpos = nx;
    if (np) lm->proper = np;
    if (!nx || !np) return -1;
    lm->xpos_cap = nc;
  }
  if (!(lm->xpos[lm->nxpos] = strdup(xpos))) return -1;
  lm->proper[lm->nxpos] = (uint8_t)is_proper(xpos);
  return (int)lm->nxpos++;
}

kg_status kg_lemma_add(kg_lemmatizer *lm, const char *form, const char *xpos, const char *lemma)
{
  if (!form || !xpos || !lemma || !*form || !*lemma || strcmp(lemma, "_") == 0) return KG_OK;
  int x = add_xpos(lm, xpos);
  if (x < 0) return KG_ERR_NOMEM;
  if (lm->ntr == lm->tr_cap) {
    size_t nc = lm->tr_cap ? lm->tr_cap * 2 : 4096;
    lm_triple *nt = realloc(lm->tr, nc * sizeof *nt);
    if (!nt) return KG_ERR_NOMEM;
    lm->tr = nt;
    lm->tr_cap = nc;
  }
  char key[KG_LEMMA_MAXKEY];
  make_key(form, strlen(form), lm->proper[x], key, sizeof key);
  lm_triple *t = &lm->tr[lm->ntr];
  t->xpos = x;
  t->key = strdup(key);
  t->lemma = strdup(lemma);
  if (!t->key || !t->lemma) { free(t->key); free(t->lemma); return KG_ERR_NOMEM; }
  lm->ntr++;
  return KG_OK;
}

static int cmp_triple(const void *a, const void *b)
{
  const lm_triple *x = a, *y = b;
  if (x->xpos != y->xpos) return x->xpos < y->xpos ? -1 : 1;
  int c = strcmp(x->key, y->key);
  return c ? c : strcmp(x->lemma, y->lemma);
}

typedef struct lm_stat { uint64_t h; int xpos; uint32_t l; uint32_t rule; } lm_stat;

static int cmp_stat(const void *a, const void *b)
{
  const lm_stat *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* Interns a string in a growing owned array; returns its index or -1. */
static int intern(char ***arr, uint32_t *n, uint32_t *cap, const char *s)
{
  for (uint32_t i = 0; i < *n; i++)
    if (strcmp((*arr)[i], s) == 0) return (int)i;
  if (*n == *cap) {
    uint32_t nc = *cap ? *cap * 2 : 256;
    char **na = realloc(*arr, nc * sizeof *na);
    if (!na) return -1;
    *arr = na;
    *cap = nc;
  }
  if (!((*arr)[*n] = strdup(s))) return -1;
  return (int)(*n)++;
}

static int parse_rules(kg_lemmatizer *lm, char **strs)
{
  free(lm->rules);
  lm->rules = calloc(lm->nrules ? lm->nrules : 1, sizeof *lm->rules);
  if (!lm->rules) return 0;
  for (uint32_t i = 0; i < lm->nrules; i++) {
    char *colon = strchr(strs[i], ':');
    if (!colon) return 0;
    lm->rules[i].strip = (uint32_t)strtoul(strs[i], NULL, 10);
    lm->rules[i].append = colon + 1;
  }
  return 1;
}

/* Applies the rules only; writes into out. */
static void apply_rules(const kg_lemmatizer *lm, int xpos, const char *key, size_t n,
                        char *out, size_t cap)
{
  for (size_t l = n < KG_LEMMA_MAXSUF ? n : KG_LEMMA_MAXSUF;; l--) {
    uint32_t r;
    if (kg_htab_get(&lm->rtab, rule_hash(xpos, key + n - l, l), &r) && r < lm->nrules &&
        lm->rules[r].strip <= n) {
      size_t keep = n - lm->rules[r].strip;
      size_t al = strlen(lm->rules[r].append);
      if (keep + al + 1 > cap) break;
      memcpy(out, key, keep);
      memcpy(out + keep, lm->rules[r].append, al + 1);
      return;
    }
    if (l == 0) break;
  }
  size_t m = n < cap - 1 ? n : cap - 1;
  memcpy(out, key, m);
  out[m] = 0;
}

kg_status kg_lemma_build(kg_lemmatizer *lm)
{
  kg_status st = KG_ERR_NOMEM;
  qsort(lm->tr, lm->ntr, sizeof *lm->tr, cmp_triple);
  /* word types with their majority lemma (compacted in place) */
  size_t ntypes = 0;
  for (size_t i = 0; i < lm->ntr;) {
    size_t j = i, best = i, bestc = 0;
    while (j < lm->ntr && lm->tr[j].xpos == lm->tr[i].xpos && !strcmp(lm->tr[j].key, lm->tr[i].key)) {
      size_t k = j;
      while (k < lm->ntr && lm->tr[k].xpos == lm->tr[j].xpos && !strcmp(lm->tr[k].key, lm->tr[j].key) &&
             !strcmp(lm->tr[k].lemma, lm->tr[j].lemma)) k++;
      if (k - j > bestc) { bestc = k - j; best = j; }
      j = k;
    }
    lm_triple keep = lm->tr[best];
    lm->tr[best].key = NULL;
    lm->tr[best].lemma = NULL;
    for (size_t k = i; k < j; k++) { free(lm->tr[k].key); free(lm->tr[k].lemma); }
    lm->tr[ntypes++] = keep;
    i = j;
  }
  lm->ntr = ntypes;
  /* rule of each type, and suffix statistics */
  uint32_t rcap = 0;
  uint32_t *trule = malloc((ntypes ? ntypes : 1) * sizeof *trule);
  lm_stat *stats = malloc((ntypes ? ntypes : 1) * (KG_LEMMA_MAXSUF + 1) * sizeof *stats);
  size_t nstats = 0;
  if (!trule || !stats) goto out;
  for (size_t i = 0; i < ntypes; i++) {
    const char *k = lm->tr[i].key, *le = lm->tr[i].lemma;
    size_t cp = 0;
    while (k[cp] && k[cp] == le[cp]) cp++;
    size_t kl = strlen(k);
    char rs[KG_LEMMA_MAXKEY + 16];
    snprintf(rs, sizeof rs, "%zu:%s", kl - cp, le + cp);
    int r = intern(&lm->rule_build, &lm->nrules, &rcap, rs);
    if (r < 0) goto out;
    trule[i] = (uint32_t)r;
    for (size_t l = 0; l <= KG_LEMMA_MAXSUF && l <= kl; l++) {
      if (kl - cp > l) continue;     /* the rule must stay inside the suffix */
      lm_stat *s = &stats[nstats++];
      s->h = rule_hash(lm->tr[i].xpos, k + kl - l, l);
      s->xpos = lm->tr[i].xpos;
      s->l = (uint32_t)l;
      s->rule = trule[i];
    }
  }
  qsort(stats, nstats, sizeof *stats, cmp_stat);
  size_t ngroups = 0;
  for (size_t i = 0; i < nstats;) {
    size_t j = i;
    while (j < nstats && stats[j].h == stats[i].h) j++;
    ngroups++;
    i = j;
  }
  if (!kg_htab_alloc(&lm->rtab, ngroups)) goto out;
  for (size_t i = 0; i < nstats;) {
    size_t j = i, best = i, bestc = 0;
    while (j < nstats && stats[j].h == stats[i].h) {
      size_t k = j;
      while (k < nstats && stats[k].h == stats[j].h && stats[k].rule == stats[j].rule) k++;
      if (k - j > bestc) { bestc = k - j; best = j; }
      j = k;
    }
    if (j - i >= KG_LEMMA_MINCOUNT || stats[i].l == 0) kg_htab_put(&lm->rtab, stats[i].h, stats[best].rule);
    i = j;
  }
  if (!parse_rules(lm, lm->rule_build)) goto out;
  /* exceptions */
  size_t nexc = 0;
  char buf[KG_LEMMA_MAXKEY + 64];
  uint8_t *isexc = calloc(ntypes ? ntypes : 1, 1);
  if (!isexc) goto out;
  for (size_t i = 0; i < ntypes; i++) {
    apply_rules(lm, lm->tr[i].xpos, lm->tr[i].key, strlen(lm->tr[i].key), buf, sizeof buf);
    if (strcmp(buf, lm->tr[i].lemma)) { isexc[i] = 1; nexc++; }
  }
  uint32_t lcap = 0;
  if (!kg_htab_alloc(&lm->etab, nexc)) { free(isexc); goto out; }
  for (size_t i = 0; i < ntypes; i++) {
    if (!isexc[i]) continue;
    int li = intern(&lm->lemma_build, &lm->nlemmas, &lcap, lm->tr[i].lemma);
    if (li < 0) { free(isexc); goto out; }
    kg_htab_put(&lm->etab, exc_hash(lm->tr[i].xpos, lm->tr[i].key, strlen(lm->tr[i].key)), (uint32_t)li);
  }
  free(isexc);
  lm->lemmas = lm->lemma_build;
  lm->rules_s = lm->rule_build;
  st = KG_OK;
out:
  free(trule);
  free(stats);
  return st;
}

const char *kg_lemma_get(const kg_lemmatizer *lm, const char *form, size_t n,
                         int xpos_id, char *buf, size_t cap)
{
  char key[KG_LEMMA_MAXKEY];
  int proper = xpos_id >= 0 && (uint32_t)xpos_id < lm->nxpos ? lm->proper[xpos_id] : 0;
  size_t kl = make_key(form, n, proper, key, sizeof key);
  if (xpos_id < 0 || (uint32_t)xpos_id >= lm->nxpos || kl < n) {
    size_t m = kl < cap - 1 ? kl : cap - 1;
    memcpy(buf, key, m);
    buf[m] = 0;
    return buf;
  }
  uint32_t li;
  if (kg_htab_get(&lm->etab, exc_hash(xpos_id, key, kl), &li) && li < lm->nlemmas)
    return lm->lemmas[li];
  /* an irregular past or participle the treebank lacks: the grammar's table, not a
   * suffix rule ("fled" -> "flee", not "fl"; "fought" -> "fight") */
  const char *x = lm->xpos[xpos_id];
  if (x[0] == 'V' && x[1] == 'B' && (x[2] == 'D' || x[2] == 'N') && !x[3]) {
    const char *irr = kg_lemma_irregular(key, NULL);
    if (irr)
      return irr;
  }
  apply_rules(lm, xpos_id, key, kl, buf, cap);
  if (strncmp(buf, form, n) == 0 && buf[n] == 0) return form;
  return buf;
}

size_t kg_lemma_nexceptions(const kg_lemmatizer *lm)
{
  size_t n = 0;
  for (uint32_t i = 0; lm->etab.keys && i <= lm->etab.mask; i++) n += lm->etab.keys[i] != 0;
  return n;
}

size_t kg_lemma_nrules(const kg_lemmatizer *lm)
{
  size_t n = 0;
  for (uint32_t i = 0; lm->rtab.keys && i <= lm->rtab.mask; i++) n += lm->rtab.keys[i] != 0;
  return n;
}

/* ------------------------------------------------------------ serialising */

kg_status kg_lemma_write(const kg_lemmatizer *lm, FILE *f)
{
  kg_status st = kg_model_put_section(f, "LEMM");
  if (!st) st = kg_model_put_strings(f, (const char *const *)lm->xpos, lm->nxpos);
  if (!st) st = kg_model_put_strings(f, (const char *const *)lm->rules_s, lm->nrules);
  if (!st) st = kg_model_put_strings(f, (const char *const *)lm->lemmas, lm->nlemmas);
  if (!st) st = kg_htab_write(&lm->rtab, f);
  if (!st) st = kg_htab_write(&lm->etab, f);
  return st;
}

/* ------------------------------------------------------------ irregular verbs
 * (English grammar: forms no suffix rule undoes) */

static const char *const k_irregular[][2] = {
  { "met", "meet" }, { "struck", "strike" }, { "held", "hold" }, { "made", "make" },
  { "took", "take" }, { "taken", "take" }, { "sought", "seek" }, { "gave", "give" },
  { "given", "give" }, { "said", "say" }, { "told", "tell" }, { "went", "go" },
  { "began", "begin" }, { "begun", "begin" }, { "fought", "fight" }, { "shot", "shoot" },
  { "threw", "throw" }, { "thrown", "throw" }, { "led", "lead" }, { "brought", "bring" },
  { "won", "win" }, { "lost", "lose" }, { "broke", "break" }, { "broken", "break" },
  { "came", "come" }, { "saw", "see" }, { "seen", "see" }, { "spoke", "speak" },
  { "spoken", "speak" }, { "sent", "send" }, { "built", "build" }, { "kept", "keep" },
  { "left", "leave" }, { "paid", "pay" }, { "withdrew", "withdraw" },
  { "withdrawn", "withdraw" }, { "drew", "draw" }, { "drawn", "draw" }, { "flew", "fly" },
  { "flown", "fly" }, { "fled", "flee" }, { "froze", "freeze" }, { "frozen", "freeze" },
  { "wrote", "write" }, { "written", "write" }, { "overthrew", "overthrow" },
  { "sold", "sell" }, { "bought", "buy" }, { "caught", "catch" }, { "chose", "choose" },
  { "chosen", "choose" }, { "arose", "arise" }, { "upheld", "uphold" }, { "bore", "bear" },
  { "ran", "run" }, { "spent", "spend" }, { "swore", "swear" }, { "sworn", "swear" },
  { "forgave", "forgive" }, { "shook", "shake" }, { "laid", "lay" }, { "did", "do" },
  { "done", "do" }, { "had", "have" }, { "has", "have" }, { "beaten", "beat" },
  { "undertook", "undertake" }, { "stole", "steal" }, { "stolen", "steal" },
  { "hung", "hang" }, { "rode", "ride" }, { "slew", "slay" }, { "bound", "bind" },
  { "retook", "retake" }, { "retaken", "retake" }, { "overran", "overrun" },
  { "meeting", "meeting" },
  /* session 35: simple pasts the treebank has too rarely for the tagger */
  { "forbade", "forbid" }, { "wove", "weave" }, { "strove", "strive" }, { "sank", "sink" },
  { "shrank", "shrink" }, { "sprang", "spring" }, { "sang", "sing" }, { "drank", "drink" },
  { "swam", "swim" }, { "bade", "bid" }, { "overtook", "overtake" }, { "mistook", "mistake" },
  { "strode", "stride" }, { "awoke", "awake" }, { "foresaw", "foresee" }, { "oversaw", "oversee" },
  { "overcame", "overcome" }, { "became", "become" }, { "underwent", "undergo" }, { "withheld", "withhold" },
  { "forsook", "forsake" }, { "befell", "befall" }, { "redrew", "redraw" }, { "wept", "weep" },
  { "knelt", "kneel" }, { "flung", "fling" }, { "clung", "cling" }, { "stank", "stink" },
  { "beheld", "behold" }, { "outran", "outrun" }, { "sped", "speed" }, { "strewed", "strew" },
  { NULL, NULL } };
#define NIRR (sizeof k_irregular / sizeof k_irregular[0])

/* The entries of k_irregular by their first two bytes, in table order:
 * irr_head[irr_key(w)] is the first entry of w's chain, irr_next[k] the next one after
 * k (-1: none); built once by the first thread that needs them (the others
 * wait for irr_state 2: no thread-local copies, whose every read called
 * __tls_get_addr). */
#define IRR_HEADS 1024
static int16_t irr_head[IRR_HEADS], irr_next[NIRR];
/* a word's chain by its first two bytes (one letter's five low bits each:
 * a chain holds about one entry) */
static inline unsigned irr_key(const char *w)
{
  return (((unsigned)(unsigned char)w[0] & 31u) << 5) | (w[0] ? (unsigned)(unsigned char)w[1] & 31u : 0u);
}
static int irr_state;   /* 0 none, 1 being built, 2 ready */

static void irr_index(void)
{
  int none = 0;
  if (__atomic_compare_exchange_n(&irr_state, &none, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
    for (int c = 0; c < IRR_HEADS; c++) irr_head[c] = -1;
    for (int k = (int)NIRR - 2; k >= 0; k--) {
      unsigned c = irr_key(k_irregular[k][0]);
      irr_next[k] = irr_head[c];
      irr_head[c] = (int16_t)k;
    }
    __atomic_store_n(&irr_state, 2, __ATOMIC_RELEASE);
  }
  while (__atomic_load_n(&irr_state, __ATOMIC_ACQUIRE) != 2)
    ;
}


/* Simple pasts that are no noun or adjective of English (for
 * kg_lemma_irregular's *past_only). */
static const char *const k_past_only[] = {
  "sought", "gave", "told", "went", "began", "fought", "threw", "brought", "broke", "came", "spoke", "wrote",
  "overthrew", "bought", "caught", "chose", "arose", "ran", "swore", "forgave", "shook", "undertook", "rode",
  "retook", "overran", "withdrew", "drew", "flew", "fled", "froze", "took", "forbade", "wove", "strove", "sank",
  "shrank", "sprang", "sang", "drank", "swam", "overtook", "mistook", "strode", "awoke", "foresaw", "oversaw",
  "overcame", "became", "underwent", "withheld", "forsook", "befell", "redrew", "wept", "knelt", "flung",
  "clung", "outran", "upheld", NULL };

const char *kg_lemma_irregular(const char *w, int *past_only)
{
  if (past_only)
    *past_only = 0;
  if (!w || !w[0])
    return NULL;
  if (__atomic_load_n(&irr_state, __ATOMIC_ACQUIRE) != 2)
    irr_index();
  /* (a chain may mix words: the second byte is tested before strcmp) */
  for (int k = irr_head[irr_key(w)]; k >= 0; k = irr_next[k])
    if (k_irregular[k][0][1] == w[1] && !strcmp(w, k_irregular[k][0])) {
      for (size_t p = 0; past_only && k_past_only[p]; p++)
        if (!strcmp(w, k_past_only[p]))
          *past_only = 1;
      return k_irregular[k][1];
    }
  return NULL;
}

kg_status kg_lemma_read(FILE *f, kg_lemmatizer **out)
{
  *out = NULL;
  kg_lemmatizer *lm = kg_lemma_new();
  if (!lm) return KG_ERR_NOMEM;
  lm->owned_xpos_block = 1;
  kg_status st = kg_model_expect_section(f, "LEMM");
  if (!st) st = kg_model_get_strings(f, &lm->xpos, &lm->nxpos);
  if (!st) st = kg_model_get_strings(f, &lm->rules_s, &lm->nrules);
  if (!st) st = kg_model_get_strings(f, &lm->lemmas, &lm->nlemmas);
  if (!st) {
    lm->proper = calloc(lm->nxpos ? lm->nxpos : 1, 1);
    if (!lm->proper) st = KG_ERR_NOMEM;
    for (uint32_t i = 0; !st && i < lm->nxpos; i++) lm->proper[i] = (uint8_t)is_proper(lm->xpos[i]);
  }
  if (!st && !parse_rules(lm, lm->rules_s)) st = KG_ERR_MODEL;
  if (!st) st = kg_htab_read(&lm->rtab, f, lm->nrules, KG_MODEL_MAX_ITEMS / 4);
  if (!st) st = kg_htab_read(&lm->etab, f, lm->nlemmas, KG_MODEL_MAX_ITEMS / 4);
  if (st) { kg_lemma_free(lm); return st; }
  *out = lm;
  return KG_OK;
}
