/* doc.c — the document model: text, annotation arrays, string arena.
 * Owns: allocation and growth of kg_doc's arrays, the arena, actor
 * interning by key, and the key (IRI local part) of a name.
 * Does not own: any annotation logic (the stages). */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "doc.h"

typedef struct kg_arena_block {
  struct kg_arena_block *next;
  size_t used, cap;
  char data[];
} kg_arena_block;

struct kg_arena {
  kg_arena_block *head;
};

static char *arena_alloc(struct kg_arena *a, size_t n)
{
  kg_arena_block *b = a->head;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > 16384 ? n : 16384;
    b = malloc(sizeof *b + cap);
    if (!b)
      return NULL;
    b->next = a->head;
    b->used = 0;
    b->cap = cap;
    a->head = b;
  }
  char *p = b->data + b->used;
  b->used += n;
  return p;
}

uint64_t kg_fnv1a64_update(uint64_t h, const void *p, size_t n)
{
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

kg_doc *kg_doc_new(const char *text, size_t len, const char *source)
{
  kg_doc *d = calloc(1, sizeof *d);
  if (!d)
    return NULL;
  d->arena = calloc(1, sizeof *d->arena);
  d->text = malloc(len + 1);
  if (!d->arena || !d->text) {
    kg_doc_free(d);
    return NULL;
  }
  memcpy(d->text, text, len);
  d->text[len] = '\0';
  d->len = len;
  if (source && !(d->source = kg_doc_strdup(d, source))) {
    kg_doc_free(d);
    return NULL;
  }
  static const char hex[] = "0123456789abcdef";
  uint64_t h = kg_fnv1a64(text, len);
  for (int i = 15; i >= 0; i--, h >>= 4)
    d->id[i] = hex[h & 15];
  d->id[16] = '\0';
  return d;
}

void kg_doc_free(kg_doc *d)
{
  if (!d)
    return;
  if (d->arena) {
    kg_arena_block *b = d->arena->head;
    while (b) {
      kg_arena_block *n = b->next;
      free(b);
      b = n;
    }
    free(d->arena);
  }
  for (size_t i = 0; i < d->nactors; i++)
    free(d->actors[i].alt);
  free(d->text);
  free(d->tokens);
  free(d->sents);
  free(d->mentions);
  free(d->actors);
  free(d->actor_index);
  free(d->events);
  free(d->rels);
  free(d);
}

const char *kg_doc_strndup(kg_doc *d, const char *s, size_t n)
{
  char *p = arena_alloc(d->arena, n + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

const char *kg_doc_strdup(kg_doc *d, const char *s)
{
  return kg_doc_strndup(d, s, strlen(s));
}

void kg_doc_set_title(kg_doc *d, const char *title)
{
  d->title = title ? kg_doc_strdup(d, title) : NULL;
}

/* grows *arr (element size sz) so that one more element fits */
static void *grow(void **arr, size_t *cap, size_t n, size_t sz)
{
  if (n < *cap)
    return *arr;
  size_t nc = *cap ? *cap * 2 : 64;
  void *p = realloc(*arr, nc * sz);
  if (!p)
    return NULL;
  *arr = p;
  *cap = nc;
  return p;
}

#define APPEND(arr, n, cap) \
  (grow((void **)&(arr), &(cap), (n), sizeof *(arr)) ? memset(&(arr)[(n)++], 0, sizeof *(arr)) : NULL)

kg_token *kg_doc_add_token(kg_doc *d, uint32_t start, uint32_t end)
{
  if (!d->tokens_cap && !d->tokens) {
    /* sized from the text (news runs about 5.5 bytes a token), so that the
     * array is seldom copied by doubling (speed); grow() takes over after */
    size_t c = d->len / 5 + 64;
    if (c > ((size_t)1 << 20))
      c = (size_t)1 << 20;
    kg_token *p = malloc(c * sizeof *p);
    if (p) {
      d->tokens = p;
      d->tokens_cap = c;
    }
  }
  kg_token *t = APPEND(d->tokens, d->ntokens, d->tokens_cap);
  if (!t)
    return NULL;
  t->start = start;
  t->end = end;
  t->head = -1;
  t->sent = d->nsents ? (uint32_t)(d->nsents - 1) : 0;
  return t;
}

kg_sentence *kg_doc_add_sentence(kg_doc *d)
{
  kg_sentence *s = APPEND(d->sents, d->nsents, d->sents_cap);
  if (s)
    s->tok = (uint32_t)d->ntokens;
  return s;
}

kg_mention *kg_doc_add_mention(kg_doc *d)
{
  kg_mention *m = APPEND(d->mentions, d->nmentions, d->mentions_cap);
  if (m)
    m->actor = m->group = -1;
  return m;
}

kg_event *kg_doc_add_event(kg_doc *d)
{
  kg_event *e = APPEND(d->events, d->nevents, d->events_cap);
  if (!e)
    return NULL;
  e->agent = e->target = e->place = e->during = -1;
  e->agent_group = e->target_group = -1;
  e->agent_noun = e->target_noun = -1;
  for (int i = 0; i < KG_EVENT_MAX_PART; i++)
    e->part[i] = e->part_group[i] = -1;
  return e;
}

kg_relation *kg_doc_add_relation(kg_doc *d, int kind, int32_t subj, int32_t obj, uint32_t sent)
{
  kg_relation *r = APPEND(d->rels, d->nrels, d->rels_cap);
  if (!r)
    return NULL;
  r->kind = (uint8_t)kind;
  r->subj = subj;
  r->obj = obj;
  r->sent = sent;
  return r;
}

/* The slot of key in the actor index: its entry or the empty slot to use. */
static size_t actor_slot(const kg_doc *d, const char *key)
{
  size_t m = d->actor_index_cap - 1, i = (size_t)kg_fnv1a64(key, strlen(key)) & m;
  while (d->actor_index[i] && strcmp(d->actors[d->actor_index[i] - 1].key, key) != 0)
    i = (i + 1) & m;
  return i;
}

/* Makes the index cover every actor with room for one more; 0 on failure
 * (then the caller searches linearly).  Linear time per document instead
 * of a scan of all actors per mention. */
static int actor_index_ready(kg_doc *d)
{
  if (d->actor_index && d->actor_index_n == d->nactors && (d->nactors + 1) * 2 <= d->actor_index_cap)
    return 1;
  size_t cap = 64;
  while (cap < (d->nactors + 1) * 2)
    cap *= 2;
  int32_t *ix = calloc(cap, sizeof *ix);
  if (!ix)
    return 0;
  free(d->actor_index);
  d->actor_index = ix;
  d->actor_index_cap = cap;
  for (size_t i = 0; i < d->nactors; i++) {
    size_t s = actor_slot(d, d->actors[i].key);
    if (!d->actor_index[s])
      d->actor_index[s] = (int32_t)i + 1;
  }
  d->actor_index_n = d->nactors;
  return 1;
}

int32_t kg_doc_intern_actor(kg_doc *d, int type, const char *label, const char *key)
{
  size_t slot = 0;
  int indexed = actor_index_ready(d);
  if (indexed) {
    slot = actor_slot(d, key);
    if (d->actor_index[slot])
      return d->actor_index[slot] - 1;
  } else {
    for (size_t i = 0; i < d->nactors; i++)
      if (strcmp(d->actors[i].key, key) == 0)
        return (int32_t)i;
  }
  const char *l = kg_doc_strdup(d, label), *k = kg_doc_strdup(d, key);
  if (!l || !k)
    return -1;
  kg_actor *a = APPEND(d->actors, d->nactors, d->actors_cap);
  if (!a)
    return -1;
  a->type = (uint8_t)type;
  a->label = l;
  a->key = k;
  a->dict_entry = -1;
  if (indexed) {
    d->actor_index[slot] = (int32_t)d->nactors;
    d->actor_index_n = d->nactors;
  }
  return (int32_t)(d->nactors - 1);
}

static char latin_base(uint32_t cp);

/* 1 when form (n bytes) has a letter outside ASCII and is label (all ASCII)
 * with each such letter written as its base letter: "Lars Løkke Rasmussen"
 * and the dictionary's "Lars Lokke Rasmussen". */
static int folds_to(const char *form, size_t n, const char *label)
{
  const unsigned char *f = (const unsigned char *)form;
  size_t i = 0, j = 0;
  int wide = 0;
  while (i < n) {
    if (f[i] < 0x80) {
      if (label[j] != (char)f[i])
        return 0;
      i++, j++;
      continue;
    }
    if ((f[i] & 0xE0) != 0xC0 || i + 1 >= n || (f[i + 1] & 0xC0) != 0x80)
      return 0;
    char b = latin_base(((uint32_t)(f[i] & 0x1F) << 6) | (f[i + 1] & 0x3F));
    if (!b || label[j] != b)
      return 0;
    wide = 1;
    i += 2, j++;
  }
  return wide && label[j] == '\0';
}

kg_status kg_doc_actor_add_alt(kg_doc *d, int32_t actor, const char *form, size_t n)
{
  if (actor < 0 || (size_t)actor >= d->nactors)
    return KG_ERR_USAGE;
  kg_actor *a = &d->actors[actor];
  if (strlen(a->label) == n && memcmp(a->label, form, n) == 0)
    return KG_OK;
  for (size_t i = 0; i < a->nalt; i++)
    if (strlen(a->alt[i]) == n && memcmp(a->alt[i], form, n) == 0)
      return KG_OK;
  const char *c = kg_doc_strndup(d, form, n);
  if (!c)
    return KG_ERR_NOMEM;
  /* a label the dictionary wrote without its letters' marks gives way to
   * the text's spelling ("Løkke" for "Lokke"); the folded form stays an
   * altLabel */
  if (folds_to(form, n, a->label)) {
    const char *t = a->label;
    a->label = c;
    c = t;
  }
  if (a->nalt == a->alt_cap) {
    size_t nc = a->alt_cap ? a->alt_cap * 2 : 4;
    const char **p = realloc(a->alt, nc * sizeof *p);
    if (!p)
      return KG_ERR_NOMEM;
    a->alt = p;
    a->alt_cap = nc;
  }
  a->alt[a->nalt++] = c;
  return KG_OK;
}

/* ASCII base letter of a Latin-1 Supplement / Latin Extended-A code point,
 * 0 when none. */
static char latin_base(uint32_t cp)
{
  static const char l1[] = /* U+00C0 .. U+00FF */
    "AAAAAAACEEEEIIII" "DNOOOOO*OUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = l1[cp - 0xC0];
    return (c == '*' || c == '/') ? 0 : c;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char ea[] =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    size_t i = cp - 0x100;
    return i < sizeof ea - 1 ? ea[i] : 0;
  }
  return 0;
}

size_t kg_make_key(const char *name, char *out, size_t cap)
{
  size_t n = 0;
  int pending_dash = 0;
  const unsigned char *p = (const unsigned char *)name;
  if (cap == 0)
    return 0;
  while (*p) {
    uint32_t cp;
    int len;
    if (*p < 0x80) { cp = *p; len = 1; }
    else if ((*p & 0xE0) == 0xC0 && p[1]) { cp = ((uint32_t)(*p & 0x1F) << 6) | (p[1] & 0x3F); len = 2; }
    else if ((*p & 0xF0) == 0xE0 && p[1] && p[2]) { cp = 0x10000; len = 3; }
    else if ((*p & 0xF8) == 0xF0 && p[1] && p[2] && p[3]) { cp = 0x10000; len = 4; }
    else { cp = 0x10000; len = 1; }
    p += len;
    char c = 0;
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) c = (char)cp;
      else if (cp >= 'A' && cp <= 'Z') c = (char)(cp - 'A' + 'a');
    } else {
      c = latin_base(cp);
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    }
    if (!c) {
      pending_dash = 1;
      continue;
    }
    if (pending_dash && n > 0 && n + 1 < cap)
      out[n++] = '-';
    pending_dash = 0;
    if (n + 1 < cap)
      out[n++] = c;
  }
  out[n] = '\0';
  return n;
}

static const char *const upos_names[KG_UPOS_COUNT] = {
  "_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"
};

const char *kg_upos_name(int upos)
{
  return (upos >= 0 && upos < KG_UPOS_COUNT) ? upos_names[upos] : "_";
}

int kg_upos_from_name(const char *name)
{
  for (int i = 1; i < KG_UPOS_COUNT; i++)
    if (strcmp(upos_names[i], name) == 0)
      return i;
  return KG_UPOS_NONE;
}
