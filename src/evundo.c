/* evundo.c — a yielding verb on the act it undoes.
 *
 * Owns: kg_ev_undo_acts (called from events.c before kg_ev_give_way): a
 * verb whose pattern is a yielding (CAMEO root 08: "lift", "ease", "end",
 * "scrap" with an object) and whose object, or passive subject, is itself a
 * noun trigger of a hostile act (roots 10-20: "ban on imports" 163, "ban on
 * the party" 1722, "curfew" 1723) tells that act undone: the yielding is the
 * event and the noun is none ("Russia lifted its ban on imports of Moldovan
 * wine": 085, not the ban 163; "A ban on the Democratic Party was lifted by
 * the government": 0812).  Without this rule kg_ev_give_way lets the verb
 * give way to a noun act with an object of its own, which is right for
 * "ordered the closure of the consulate" (the closure) and wrong for what
 * a yielding ends.  The yielding takes the code that undoes the noun's act
 * where the codebook has one (163 embargo, boycott or sanctions: 085; 1721
 * restrictions on freedoms: 0811; 1722 a ban on parties or politicians:
 * 0812; 1723 a curfew: 0813; 1724 a state of emergency: 0814; 191 a
 * blockade: 0872); otherwise it keeps its own.
 * Does not own: which patterns match (evmatch.c), the verb giving way to a
 * noun act (kg_ev_give_way, evclause.c), the arguments (evargs.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"
#include "evundo.h"

#define UNDO(name, code) static const kg_trigger name = { "lift", KG_UPOS_VERB, NULL, NULL, NULL, NULL, code, \
                                                          NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 }
UNDO(undo_sanction, "085");
UNDO(undo_freedoms, "0811");
UNDO(undo_party_ban, "0812");
UNDO(undo_curfew, "0813");
UNDO(undo_emergency, "0814");
UNDO(undo_blockade, "0872");

/* The yielding that undoes an act of code a, or NULL (the verb keeps its own). */
static const kg_trigger *undoing(const char *a)
{
  static const struct { const char *act; const kg_trigger *undo; } map[] = {
    { "163", &undo_sanction }, { "1721", &undo_freedoms }, { "1722", &undo_party_ban },
    { "1723", &undo_curfew }, { "1724", &undo_emergency }, { "191", &undo_blockade } };
  for (size_t k = 0; k < sizeof map / sizeof *map; k++)
    if (!strcmp(a, map[k].act))
      return map[k].undo;
  return NULL;
}

/* Is noun trigger k what verb trigger q acts on: its matched object, or its
 * object or passive subject in the tree? */
static int acted_on(const kg_doc *d, const ev_trig *q, const ev_trig *k)
{
  if (q->obj == (int32_t)k->tok)
    return 1;
  const char *r = d->tokens[k->tok].deprel;
  return kg_tok_head(d, k->tok) == (int32_t)q->tok && r && (!strcmp(r, "obj") || !strcmp(r, "nsubj:pass"));
}

void kg_ev_undo_acts(const ev_ctx *c, ev_trig *tr, size_t ntr)
{
  const kg_doc *d = c->doc;
  for (size_t q = 0; q < ntr; q++) {
    if (!tr[q].p || tr[q].pos != KG_UPOS_VERB || !tr[q].p->object || kg_cameo_root(tr[q].p->code) != 8)
      continue;
    for (size_t k = 0; k < ntr && tr[q].p; k++) {
      if (k == q || !tr[k].p || tr[k].pos != KG_UPOS_NOUN || kg_cameo_root(tr[k].p->code) < 10 ||
          !acted_on(d, &tr[q], &tr[k]))
        continue;
      const kg_trigger *u = undoing(tr[k].p->code);
      if (u)
        tr[q].p = u;
      tr[k].p = NULL;
    }
  }
}
