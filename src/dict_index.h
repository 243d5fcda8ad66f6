/* dict_index.h — surface-form matching for the dictionary (internal to
 * dict.c and dict_index.c; not a public header).
 *
 * Owns: the string arena and string map the dictionary tables are built
 * with; the normalisation shared by forms and token text; the form index
 * (bucketed by the first bytes of the normalised form) and its longest match
 * at a token; the per-document match memo (kg_dict_memo_begin/_end of
 * dict.h are defined in dict_index.c).
 * Does not own: loading Turtle or building the tables (dict.c), what a
 * match means (actors.c and the stages after it). */
#ifndef KG_DICT_INDEX_H
#define KG_DICT_INDEX_H
#include <stddef.h>
#include <stdint.h>
#include "doc.h"

typedef struct kg_dix_arena { struct kg_dix_arena *next; size_t used, cap; char data[]; } kg_dix_arena;

/* Open addressing, string keys (borrowed) -> int32; hs: each slot's key hash,
 * so that a probe past another key compares 4 bytes, not its string. */
typedef struct kg_dix_map { const char **keys; int32_t *vals; uint32_t *hs; size_t cap, n; } kg_dix_map;

/* A surface form in a match index. */
typedef struct form {
  const char *key;     /* normalised (see norm_char); lower case unless exact */
  const uint8_t *brk;  /* bitmap: bit j set when a space or hyphen preceded key[j] */
  uint32_t len;
  int32_t entry;
  uint8_t kind, exact, prio;
  uint8_t file;        /* the file of its entry: of equal forms a later file's wins */
  uint8_t caps;        /* an upper-case acronym ("NATO"): never matches all-lower-case text */
} kg_dix_form;

typedef struct kg_dix_index {
  kg_dix_form *forms; size_t n, cap;
  kg_dix_map buckets;          /* bucket prefix (first 2-4 bytes) -> index of its first kg_dix_form */
  int32_t *bucket_end;   /* [first form of a bucket] -> one past its last kg_dix_form */
  uint64_t *has;         /* 3 x 2^16 bits: a bucket of 2, 3, 4 bytes may have this
                            prefix (prefix_bit; exact for 2 bytes): skips most lookups */
} kg_dix_index;

/* Appends val to a growable array (doubling); runs fail on allocation failure. */
#define KG_VEC_PUSH(arr, n, cap, val, fail) do { \
  if ((n) == (cap)) { size_t nc_ = (cap) ? (cap) * 2 : 64; \
    void *np_ = realloc((arr), nc_ * sizeof *(arr)); if (!np_) { fail; } \
    (arr) = np_; (cap) = nc_; } \
  (arr)[(n)++] = (val); } while (0)

/* Arena of strings and tables: blocks freed all at once. */
void *kg_dix_alloc(kg_dix_arena **a, size_t n);
const char *kg_dix_strdup(kg_dix_arena **a, const char *s);
/* A copy of s in the arena lower-cased (tolower) with each run of white
 * space (isspace) made one space, none at either end. */
const char *kg_dix_lower_dup(kg_dix_arena **a, const char *s);
void kg_dix_arena_free(kg_dix_arena *a);

/* Open-addressing map from NUL-terminated keys (borrowed) to int32. */
void kg_dix_map_free(kg_dix_map *m);
/* Finds key (n bytes, stored keys are NUL-terminated); -1 when absent. */
int32_t kg_dix_map_get(const kg_dix_map *m, const char *k, size_t n);
/* The hash of a key the maps use, a byte at a time from KG_DIX_H0 (so that
 * a caller making the key can hash it meanwhile), and the look-up with it. */
#define KG_DIX_H0 2166136261u
static inline uint32_t kg_dix_hash_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
/* s lower-cased into buf (curly apostrophes as '), its length; *hash: its
 * kg_dix_map hash (at most cap - 1 bytes). */
size_t kg_dix_lower_into(const char *s, char *buf, size_t cap, uint32_t *hash);
/* The same key without a copy when s has no byte to lower: s itself, else
 * buf; *len and *hash as kg_dix_lower_into's. */
const char *kg_dix_key(const char *s, char *buf, size_t cap, size_t *len, uint32_t *hash);
int32_t kg_dix_map_get_h(const kg_dix_map *m, const char *k, size_t n, uint32_t h);
/* Adds or replaces; -1 on allocation failure. */
int kg_dix_map_put(kg_dix_map *m, const char *k, int32_t v);
/* Room for n keys in all (the slots n puts would end with): a size hint; -1
 * on allocation failure. */
int kg_dix_map_reserve(kg_dix_map *m, size_t n);

/* Normalised copy of text (see dict_index.c), lower-cased when fold;
 * returns its length (0 when empty or it does not fit). */
/* The KG_UPOS_* of a part-of-speech name ("VERB", "kgd:NOUN", any case), 0 when none. */
int kg_dix_upos_of(const char *s);

size_t kg_dix_norm(const char *text, char *out, size_t cap, int fold);

/* Adds a form of entry to ix (strings in *ar); -1 on allocation failure. */
int kg_dix_add(kg_dix_index *ix, kg_dix_arena **ar, const char *text, int32_t entry,
               int kind, int prio, int always_fold, int file);
/* Sorts and buckets the forms added; -1 on allocation failure. */
int kg_dix_build(kg_dix_index *ix, kg_dix_arena **ar);
void kg_dix_free(kg_dix_index *ix);
/* The longest form of ix matching the tokens from tok (number of tokens in
 * *ntok), NULL when none; through the memo of (key, doc) when one is open,
 * which keeps index `which` (0 or 1) of each token. */
const kg_dix_form *kg_dix_match(const void *key, const kg_dix_index *ix, int which,
                                const kg_doc *doc, uint32_t tok, uint32_t *ntok);
#endif
