/* wordset.h — a fixed list of words tested by chains of their first byte
 * (speed: kg_ev_in_list walks a whole list per test).
 *
 * Owns: kg_wordset, a NULL-terminated list of at most 127 words with its
 * chains, built once by the first thread that asks (the others wait).
 * Does not own: the lists (static in their modules). */
#ifndef KG_WORDSET_H
#define KG_WORDSET_H

#include <stdint.h>

typedef struct kg_wordset {
  const char *const *words;   /* NULL-terminated, at most 127 words */
  int state;                  /* 0 none, 1 being built, 2 ready */
  int8_t head[256];           /* the first word starting with byte c, or -1 */
  int8_t next[128];           /* the next word with the same first byte, or -1 */
} kg_wordset;

/* a static set of a list: static kg_wordset s = KG_WORDSET(list); */
#define KG_WORDSET(list) { (list), 0, { 0 }, { 0 } }

/* Is w one of the set's words?  (kg_ev_in_list's answer) */
int kg_wordset_has(kg_wordset *s, const char *w);

#endif
