/* treefix.c — repairs of dependency trees after parsing, for constructions
 * of news prose the parser gets wrong in a known, checkable way.
 *
 * Owns: kg_treefix_run (called by the pipeline after the parser) and its
 * repairs; each one changes heads and labels of one sentence only where the
 * words themselves show the intended tree.
 * Does not own: the parser (parser*.c), the tags, event coding (which reads
 * the repaired trees like any other).
 *
 * Repairs:
 * - A subject with a relative clause between commas: "China, which supplies
 *   many of the chemicals, criticised the tariffs" is often parsed with
 *   "China" as the root, "criticised" inside the relative clause (ccomp of
 *   "supplies", with "many" as its subject).  When the root is a noun or a
 *   name followed by a comma and a "which"/"who" relative clause, and a
 *   finite verb after a later comma stands inside that clause with no
 *   subject after the comma, the verb becomes the root, the noun its
 *   subject, and what the verb had taken from inside the clause goes back
 *   to the clause's verb (a subject there becomes its object).
 */
#include <string.h>
#include "treefix.h"

static int lower_is(const kg_token *t, const char *w)
{
  size_t n = strlen(w);
  if (t->end - t->start != n)
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

static int is_finite(const kg_token *t)
{
  return t->upos == KG_UPOS_VERB && t->xpos &&
         (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBZ") || !strcmp(t->xpos, "VBP"));
}

/* Is token x (sentence-relative, 1-based) under token top in tree tk? */
static int under(const kg_token *tk, uint32_t n, uint32_t x, uint32_t top)
{
  for (uint32_t k = 0; x && k <= n; k++, x = (uint32_t)tk[x - 1].head)
    if (x == top)
      return 1;
  return 0;
}

/* The relative-clause subject repair on the sentence's tokens tk[0..n). */
static void relcl_subject(kg_token *tk, uint32_t n)
{
  uint32_t x = 0;
  for (uint32_t k = 1; k <= n && !x; k++)
    if (tk[k - 1].head == 0)
      x = k;
  if (!x || x >= n || (tk[x - 1].upos != KG_UPOS_PROPN && tk[x - 1].upos != KG_UPOS_NOUN) ||
      !lower_is(&tk[x], ","))
    return;
  /* the clause: "X, which|who V1 ..." */
  uint32_t rel = x + 2, v1 = 0;
  if (rel > n || !(lower_is(&tk[rel - 1], "which") || lower_is(&tk[rel - 1], "who")))
    return;
  v1 = (uint32_t)tk[rel - 1].head;
  if (!v1 || v1 <= rel || (uint32_t)tk[v1 - 1].head != x || !tk[v1 - 1].deprel ||
      strcmp(tk[v1 - 1].deprel, "acl:relcl"))
    return;
  /* the verb after the clause's closing comma, inside the clause */
  uint32_t v2 = 0, comma = 0;
  for (uint32_t k = v1 + 1; k < n && !v2; k++) {
    if (!lower_is(&tk[k - 1], ","))
      continue;
    uint32_t q = k + 1;
    while (q <= n && tk[q - 1].upos == KG_UPOS_ADV)
      q++;
    if (q <= n && is_finite(&tk[q - 1]) && under(tk, n, q, v1)) {
      v2 = q;
      comma = k;
    }
  }
  if (!v2)
    return;
  for (uint32_t k = comma + 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == v2 && tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5))
      return;                             /* (it has a subject of its own after the comma) */
  for (uint32_t k = x + 1; k < comma; k++)
    if ((uint32_t)tk[k - 1].head == v2) {
      tk[k - 1].head = (int32_t)v1;
      if (tk[k - 1].deprel && !strncmp(tk[k - 1].deprel, "nsubj", 5))
        tk[k - 1].deprel = "obj";
    }
  for (uint32_t k = v2 + 1; k <= n; k++)
    if ((uint32_t)tk[k - 1].head == x)
      tk[k - 1].head = (int32_t)v2;       /* (the final full stop) */
  tk[comma - 1].head = (int32_t)v1;
  tk[comma - 1].deprel = "punct";
  tk[v2 - 1].head = 0;
  tk[v2 - 1].deprel = "root";
  tk[x - 1].head = (int32_t)v2;
  tk[x - 1].deprel = "nsubj";
}

kg_status kg_treefix_run(kg_doc *doc)
{
  if (!doc)
    return KG_ERR_INPUT;
  for (size_t s = 0; s < doc->nsents; s++) {
    kg_sentence *st = &doc->sents[s];
    if (st->ntok < 6 || doc->tokens[st->tok].head < 0)
      continue;
    relcl_subject(&doc->tokens[st->tok], st->ntok);
  }
  return KG_OK;
}
