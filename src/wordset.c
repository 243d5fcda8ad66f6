/* wordset.c — fixed word lists tested by chains of their first byte (see
 * wordset.h). */
#include <string.h>
#include "wordset.h"

static void wordset_build(kg_wordset *s)
{
  int none = 0;
  if (__atomic_compare_exchange_n(&s->state, &none, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
    memset(s->head, -1, sizeof s->head);
    int n = 0;
    while (s->words[n] && n < 127)
      n++;
    for (int k = n - 1; k >= 0; k--) {      /* chains in list order */
      unsigned char c = (unsigned char)s->words[k][0];
      s->next[k] = s->head[c];
      s->head[c] = (int8_t)k;
    }
    __atomic_store_n(&s->state, 2, __ATOMIC_RELEASE);
  }
  while (__atomic_load_n(&s->state, __ATOMIC_ACQUIRE) != 2)
    ;
}

int kg_wordset_has(kg_wordset *s, const char *w)
{
  if (__atomic_load_n(&s->state, __ATOMIC_ACQUIRE) != 2)
    wordset_build(s);
  for (int k = s->head[(unsigned char)w[0]]; k >= 0; k = s->next[k]) {
    const char *e = s->words[k];
    if (!w[0] || (e[1] == w[1] && (!w[1] || !strcmp(w + 2, e + 2))))
      return 1;
  }
  return 0;
}
