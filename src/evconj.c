/* evconj.c — who does a verb conjoined to another or hanging on it with no
 * subject of its own, where the subject is an unnamed group: the group, not
 * the nearest name before the verb (token windows), which is often a word
 * on the first verb's object ("Kurdish rebels kidnapped three German
 * tourists and demanded a ransom": Germany demands nothing).  Moved out of
 * evclause.c (full) with the rule for the word on the object.
 * Owns: kg_ev_conjunct_object, kg_ev_unnamed_subject, kg_ev_adjunct_subject.
 * Does not own: the tree's and windows' arguments (evargs.c, evwindow.c),
 * the groups (evgroups.c). */
#include <string.h>
#include "evclause.h"

/* a word on a noun: an adjective, compound, possessor or number */
static int modifier(const kg_doc *d, uint32_t t)
{
  static const char *const mod[] = { "amod", "compound", "nmod:poss", "flat", "nummod", NULL };
  const char *r = d->tokens[t].deprel;
  return r && kg_tok_head(d, t) >= 0 && kg_ev_in_list(r, mod);
}

int kg_ev_conjunct_object(const kg_doc *d, int32_t m, uint32_t i)
{
  const kg_mention *mm = &d->mentions[m];
  int32_t h = kg_tok_head(d, i);
  if (h < 0 || !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "conj") || !kg_sent_has_tree(d, mm->sent))
    return 0;
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++) {
    /* (or a word on the object: "kidnapped three German tourists and demanded") */
    int32_t t = (int32_t)k;
    for (int up = 0; up < 3 && kg_tok_head(d, (uint32_t)t) != h && modifier(d, (uint32_t)t); up++)
      t = kg_tok_head(d, (uint32_t)t);
    if (t >= 0 && kg_tok_head(d, (uint32_t)t) == h && d->tokens[t].deprel &&
        (!strcmp(d->tokens[t].deprel, "obj") || !strcmp(d->tokens[t].deprel, "iobj")))
      return 1;
  }
  return 0;
}

/* "after hundreds of protesters stormed its embassy", "protesters attacked
 * the embassies of A and B, accusing them of ...": a verb whose subject in
 * the tree is an unnamed group of people (a sector's noun naming no actor)
 * is that group's deed; the nearest name before it (token windows) is no
 * agent. A participle adjunct with no subject or marker of its own has the
 * subject of the verb it modifies; a verb conjoined to the group's verb, with
 * no subject of its own, is the group's deed too. */
int kg_ev_unnamed_subject(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  uint32_t v = i;
  int32_t sj = kg_ev_child_with(d, i, "nsubj", 1);
  size_t n = strlen(d->tokens[i].form);
  if (sj < 0 && d->tokens[i].deprel && !strncmp(d->tokens[i].deprel, "advcl", 5) && n > 4 &&
      !strcmp(d->tokens[i].form + n - 3, "ing") && kg_ev_child_with(d, i, "mark", 0) < 0 &&
      kg_tok_head(d, i) >= 0) {
    v = (uint32_t)kg_tok_head(d, i);
    sj = kg_ev_child_with(d, v, "nsubj", 0);
  }
  /* a verb conjoined to one whose subject is the group: "Kurdish rebels
   * kidnapped three German tourists and demanded a ransom" */
  if (sj < 0 && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj") && kg_tok_head(d, i) >= 0 &&
      d->tokens[kg_tok_head(d, i)].upos == KG_UPOS_VERB && kg_ev_child_with(d, i, "nsubj:pass", 0) < 0) {
    v = (uint32_t)kg_tok_head(d, i);
    sj = kg_ev_child_with(d, v, "nsubj", 0);
  }
  if (sj < 0 || d->tokens[sj].upos != KG_UPOS_NOUN || kg_ev_mention_of_tok(c, sj) >= 0 ||
      !d->tokens[sj].deprel || strcmp(d->tokens[sj].deprel, "nsubj"))
    return 0;
  int sec = 0;
  return kg_ev_unnamed_group(c, v, 1, 0, &sec) >= 0;
}

/* "X was welcomed by Y at the airport before heading to talks with Z": a
 * subject-less -ing adjunct with a time word ("before", "after", "while")
 * is done by the subject of the verb it hangs on; on a passive verb by the
 * passive's subject, not by its "by" phrase. */
int32_t kg_ev_adjunct_subject(const kg_doc *d, uint32_t i)
{
  static const char *const marks[] = { "before", "after", "while", "since", "upon", "on", "without", NULL };
  const char *r = d->tokens[i].deprel, *x = d->tokens[i].xpos;
  int32_t h = kg_tok_head(d, i), mk, ap;
  char b[16];
  if (!r || strncmp(r, "advcl", 5) || !x || h < 0 || kg_ev_child_with(d, i, "nsubj", 1) >= 0 ||
      (mk = kg_ev_child_with(d, i, "mark", 0)) < 0)
    return -1;
  /* (or a passive one, "after being hit by a missile": the subject
   * undergoes it, as the caller reads) */
  if (strcmp(x, "VBG") && !(!strcmp(x, "VBN") && (ap = kg_ev_child_with(d, i, "aux:pass", 0)) >= 0 &&
                            kg_tok_is(d, (uint32_t)ap, "being")))
    return -1;
  kg_ev_low(d, (uint32_t)mk, b, sizeof b);
  if (!kg_ev_in_list(b, marks))
    return -1;
  int32_t sj = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0);
  if (sj < 0 && kg_ev_child_with(d, (uint32_t)h, "aux:pass", 0) >= 0)
    sj = kg_ev_child_with(d, (uint32_t)h, "nsubj:pass", 0);
  return sj;
}
