/* clauseconj.c — repairs of coordinations the parser joins at the wrong
 * place, run by clausefix.c after its own repairs (one sentence's tree at a
 * time, changed only where the words show the intended tree; undone if the
 * result is not one tree).
 *
 * Owns: kg_clauseconj_sentence and its repairs:
 * - A gapped second object: "visited Asmara three times and Djibouti twice"
 *   is often parsed with "Djibouti" a conj of the verb; a name or noun so
 *   joined, with "and" and nothing of a clause of its own (no subject,
 *   object, oblique, orphan, copula or apposition), after the verb's object
 *   with no comma between, becomes that object's conjunct (gapped_object).
 * - A second clause's subject joined to the first clause's last noun: "Kim
 *   arrived in Moscow and Putin greeted him" is often parsed with "Putin" a
 *   conjunct of "Moscow" and "greeted" an xcomp of "arrived", so that Kim
 *   greets.  When a verb in the past or present (VBD, VBZ, VBP) with no
 *   subject hangs on a verb that has one as xcomp, conj, dep or parataxis,
 *   and the words right before it are the whole phrase of a name, noun or
 *   pronoun that is a conjunct (opened by "and" or "but") of that verb's
 *   object or oblique (not of a noun deeper: "as rains in Ivory Coast and
 *   Ghana damaged the harvest"), the conjunct becomes the second verb's
 *   subject and the second verb a conjunct of the first, with the "and"
 *   (conj_clause_subject); also when a name set off by commas, hung as an
 *   apposition on an earlier word, stands between the conjunct and the verb
 *   ("condemned the visit, and Finland's president, Alexander Stubb, said":
 *   the name becomes the subject's apposition).
 * - A subject's name in apposition read as a conjunct: "The secretary-general
 *   of the United Nations, António Guterres, condemned" is often parsed with
 *   the name a conjunct (no "and", "or") of "Nations"; a name so joined, set
 *   off by commas right before a verb, whose head is inside that verb's
 *   subject (a common noun), becomes the subject's apposition
 *   (name_conj_appos).
 * Does not own: the other clause repairs (clausefix.c, treefix.c), the
 * parser.
 */
#include <string.h>
#include "clauseconj.h"
#include "clausefix.h"

static int rel_in(const char *r, const char *const *set)
{
  for (size_t k = 0; r && set[k]; k++)
    if (!strcmp(r, set[k]))
      return 1;
  return 0;
}

/* "visited Asmara three times and Djibouti twice": a name or noun joined
 * by "and" to the verb itself (a gapped second object, the parser's conj
 * of the verb past an adverbial) with no subject, object, oblique, orphan or
 * apposition of its own, after the verb's object (a name or noun) with no
 * comma between, becomes the object's conjunct. */
static void gapped_object(kg_token *tk, uint32_t n, uint32_t c)
{
  kg_token *t = &tk[c - 1];
  if ((t->upos != KG_UPOS_PROPN && t->upos != KG_UPOS_NOUN) || !t->deprel || strcmp(t->deprel, "conj") ||
      t->head <= 0 || (uint32_t)t->head >= c || tk[t->head - 1].upos != KG_UPOS_VERB)
    return;
  uint32_t v = (uint32_t)t->head, o = 0;
  for (uint32_t k = v + 1; k < c && !o; k++)
    if (tk[k - 1].head == (int32_t)v && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "obj") &&
        (tk[k - 1].upos == KG_UPOS_PROPN || tk[k - 1].upos == KG_UPOS_NOUN))
      o = k;
  for (uint32_t k = o + 1; k < c && o; k++)
    if (kg_tree_word_is(&tk[k - 1], ",") || kg_tree_word_is(&tk[k - 1], ";"))
      o = 0;                              /* (no comma between: "talks with X, and the leader, Y") */
  if (!o || !kg_tree_has_dep(tk, n, c, "cc", 0) || kg_tree_has_dep(tk, n, c, "nsubj", 1) ||
      kg_tree_has_dep(tk, n, c, "appos", 0) ||
      kg_tree_has_dep(tk, n, c, "obj", 0) || kg_tree_has_dep(tk, n, c, "obl", 1) ||
      kg_tree_has_dep(tk, n, c, "orphan", 0) || kg_tree_has_dep(tk, n, c, "cop", 0))
    return;
  kg_token save = *t;
  t->head = (int32_t)o;
  if (!kg_tree_one(tk, n))
    *t = save;
}

/* The second clause's subject repair (the header comment) for verb v. */
static void conj_clause_subject(kg_token *tk, uint32_t n, uint32_t v)
{
  static const char *const rels[] = { "xcomp", "conj", "dep", "parataxis", NULL };
  kg_token *t = &tk[v - 1];
  if (t->upos != KG_UPOS_VERB || !t->xpos || !(t->xpos[0] == 'V' && t->xpos[1] == 'B') ||
      !(t->xpos[2] == 'D' || t->xpos[2] == 'Z' || t->xpos[2] == 'P') || t->xpos[3] || t->head <= 0 ||
      (uint32_t)t->head >= v || !rel_in(t->deprel, rels) || kg_tree_has_dep(tk, n, v, "nsubj", 1))
    return;
  uint32_t h = (uint32_t)t->head, c = v - 1, ap = 0;
  kg_token *x = &tk[c - 1];
  /* "and Finland's president, Alexander Stubb, said": a name set off by commas right before v, which the
   * parser hung as an apposition on an earlier word, stands for the conjunct before its comma */
  if (kg_tree_word_is(x, ",") && c > h + 4) {
    uint32_t a = c - 1;
    const kg_token *y = &tk[a - 1];
    while (a > h + 3 && y->deprel && !strcmp(y->deprel, "flat") && y->head > 0 && (uint32_t)y->head < a)
      y = &tk[(a = (uint32_t)y->head) - 1];
    if (y->upos == KG_UPOS_PROPN && y->deprel && !strcmp(y->deprel, "appos") && y->head > 0 &&
        (uint32_t)y->head < a - 1 && kg_tree_word_is(&tk[a - 2], ",")) {
      ap = a;
      x = &tk[(c = a - 2) - 1];
    }
  }
  /* the conjunct's head: the name's first word when the words right before v are flat parts of it */
  while (c > h + 2 && x->deprel && !strcmp(x->deprel, "flat") && x->head > 0 && (uint32_t)x->head < c)
    x = &tk[(c = (uint32_t)x->head) - 1];
  if (c <= h + 2 || (x->upos != KG_UPOS_PROPN && x->upos != KG_UPOS_NOUN && x->upos != KG_UPOS_PRON) ||
      !x->deprel || strcmp(x->deprel, "conj") || x->head <= 0 || (uint32_t)x->head >= c ||
      (uint32_t)x->head <= h || !kg_tree_has_dep(tk, n, h, "nsubj", 1) || tk[x->head - 1].head != (int32_t)h ||
      !tk[x->head - 1].deprel ||
      !(!strcmp(tk[x->head - 1].deprel, "obj") || !strncmp(tk[x->head - 1].deprel, "obl", 3)))
    return;
  /* the phrase from its "and" up to v, all under the conjunct */
  uint32_t cc = 0;
  for (uint32_t k = c; k > h + 1 && !cc; k--)
    if (tk[k - 2].head == (int32_t)c && tk[k - 2].deprel && !strcmp(tk[k - 2].deprel, "cc"))
      cc = k - 1;
  if (!cc || !(kg_tree_word_is(&tk[cc - 1], "and") || kg_tree_word_is(&tk[cc - 1], "but")))
    return;
  for (uint32_t k = cc + 1; k < (ap ? ap - 1 : v); k++)
    if (!kg_tree_under(tk, n, k, c))
      return;
  kg_token save[4] = { *x, *t, tk[cc - 1], ap ? tk[ap - 1] : *t };
  uint32_t xc = (uint32_t)(x - tk) + 1;
  x->head = (int32_t)v;
  x->deprel = "nsubj";
  t->deprel = "conj";
  tk[cc - 1].head = (int32_t)v;
  if (ap)
    tk[ap - 1].head = (int32_t)xc;    /* the apposition now the subject's */
  if (!kg_tree_one(tk, n)) {
    *x = save[0];
    *t = save[1];
    tk[cc - 1] = save[2];
    if (ap)
      tk[ap - 1] = save[3];
  }
}

/* "The secretary-general of the United Nations, António Guterres, condemned": a name set off by commas right
 * before a verb, parsed as a conjunct with no "and"/"or" of a noun inside that verb's subject phrase, is the
 * subject's apposition (name_conj_appos). */
static void name_conj_appos(kg_token *tk, uint32_t n, uint32_t c)
{
  kg_token *x = &tk[c - 1];
  if (x->upos != KG_UPOS_PROPN || !x->deprel || strcmp(x->deprel, "conj") || x->head <= 0 ||
      (uint32_t)x->head >= c || c < 4 || !kg_tree_word_is(&tk[c - 2], ",") || kg_tree_has_dep(tk, n, c, "cc", 0))
    return;
  uint32_t e = c;                         /* the name's last word */
  while (e < n && tk[e].head == (int32_t)c && tk[e].deprel && !strncmp(tk[e].deprel, "flat", 4))
    e++;
  if (e + 2 > n || !kg_tree_word_is(&tk[e], ",") || tk[e + 1].upos != KG_UPOS_VERB)
    return;
  uint32_t v = e + 2, sj = 0;
  for (uint32_t k = 1; k < c && !sj; k++)
    if ((uint32_t)tk[k - 1].head == v && tk[k - 1].deprel && !strcmp(tk[k - 1].deprel, "nsubj") &&
        tk[k - 1].upos == KG_UPOS_NOUN && kg_tree_under(tk, n, (uint32_t)x->head, k))
      sj = k;
  if (!sj)
    return;
  kg_token save = *x;
  x->head = (int32_t)sj;
  x->deprel = "appos";
  if (!kg_tree_one(tk, n)) {
    *x = save;
    return;
  }
  /* ("secretary-general": the part after the hyphen, hung as an apposition, is the title's own word) */
  if (sj + 2 < c && kg_tree_word_is(&tk[sj], "-") && tk[sj + 1].head == (int32_t)sj && tk[sj + 1].deprel &&
      !strcmp(tk[sj + 1].deprel, "appos") && !tk[sj - 1].space_after && !tk[sj].space_after)
    tk[sj + 1].deprel = "flat";
}

void kg_clauseconj_sentence(kg_token *tk, uint32_t n)
{
  for (uint32_t v = 5; v <= n; v++)
    conj_clause_subject(tk, n, v);
  for (uint32_t c = 4; c <= n; c++)
    gapped_object(tk, n, c);
  for (uint32_t c = 4; c <= n; c++)
    name_conj_appos(tk, n, c);
}
