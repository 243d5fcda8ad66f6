/* clausefix.h — repairs of clauses read as phrases: subordinate clauses as
 * prepositional phrases, subjects as appositions of dates (clausefix.c),
 * called by treefix.c. */
#ifndef KG_CLAUSEFIX_H
#define KG_CLAUSEFIX_H
#include <string.h>
#include "doc.h"

/* Repairs the tree of one sentence, tk[0..n) (heads sentence-relative). */
void kg_clausefix_sentence(kg_token *tk, uint32_t n);

/* Is token t the word w (w in lower case; t's form compared ignoring
 * ASCII case)?  Shared by clausefix.c and treefix.c.  Inline: w is nearly
 * always a literal, so its length is known at compile time and most calls
 * end at the length test. */
static inline int kg_tree_word_is(const kg_token *t, const char *w)
{
  size_t n = __builtin_strlen(w);
  if (!t->form || t->end - t->start != n)
    return 0;
  for (size_t k = 0; k < n; k++) {
    char ch = t->form[k];
    if (ch >= 'A' && ch <= 'Z')
      ch = (char)(ch - 'A' + 'a');
    if (ch != w[k])
      return 0;
  }
  return 1;
}

/* Is token x (sentence-relative, 1-based) under token top in tree
 * tk[0..n)?  Is that tree one tree (one root, no cycle)?  Shared by
 * clausefix.c and treefix.c. */
int kg_tree_under(const kg_token *tk, uint32_t n, uint32_t x, uint32_t top);
int kg_tree_one(const kg_token *tk, uint32_t n);
/* Is token t a month's or a weekday's name? */
int kg_tree_month_or_day(const kg_token *t);
/* Has token k (1-based) a dependent in tk[0..n) whose relation is rel, or
 * with prefix, begins with rel ("nsubj" for "nsubj:pass")?  Shared by
 * clausefix.c and treefix.c. */
int kg_tree_has_dep(const kg_token *tk, uint32_t n, uint32_t k, const char *rel, int prefix);
#endif
