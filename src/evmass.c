/* evmass.c — an armed side's expulsion or deportation of thousands as the
 * mass expulsion of CAMEO (201), not the expulsion of persons (174) or of
 * peacekeepers, inspectors and aid workers (166).
 * Owns: kg_ev_mass_recode (called by events.c on a trigger after kg_ev_recode).
 * Does not own: the patterns (dict.c), the sense filters (evfilter.c), the
 * arguments (evargs.c).
 *
 * "Serb forces expelled tens of thousands of ethnic Albanians from Kosovo",
 * "Sudanese troops deported thousands of villagers", "Hundreds of thousands
 * of Hutus were driven out by the army": the codebook's 201 is forcibly
 * removing many people from their homes.  A verb coded 174 or 166x whose
 * object (a passive's subject) counts thousands or more (a word "thousands",
 * "millions", "thousand", "million", or a figure of 1,000 or more on or
 * under it) and whose doer (the subject, a passive's "by" phrase) is an
 * armed side (forces, troops, soldiers, army, militias, rebels ...) is
 * recoded 201.  "Kenya deported 2,000 migrants" (a state's deportation, no
 * armed side named) keeps 174; so does "expelled two diplomats". */
#include <stdlib.h>
#include <string.h>
#include "evargs.h"

static const kg_trigger mass_expulsion = { "expel", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "201", NULL, NULL,
                                           NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

/* Does the phrase of noun o (o and the words hung on it, two levels down)
 * count thousands or more? */
static int thousands(const kg_doc *d, const kg_sentence *s, uint32_t o)
{
  static const char *const big[] = { "thousands", "millions", "thousand", "million", NULL };
  char w[32];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t h = (int32_t)k;
    int up = 0;
    while (up < 3 && h >= 0 && h != (int32_t)o) {
      h = kg_tok_head(d, (uint32_t)h);
      up++;
    }
    if (h != (int32_t)o)
      continue;
    kg_ev_low(d, k, w, sizeof w);
    if (kg_ev_in_list(w, big))
      return 1;
    if (w[0] >= '1' && w[0] <= '9') {     /* "12,000", "5000" */
      long v = 0;
      for (const char *q = w; *q && v < 1000000; q++)
        if (*q >= '0' && *q <= '9')
          v = v * 10 + (*q - '0');
        else if (*q != ',')
          break;
      if (v >= 1000)
        return 1;
    }
  }
  return 0;
}

const kg_trigger *kg_ev_mass_recode(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  static const char *const armed[] = { "force", "forces", "troop", "troops", "soldier", "soldiers", "army",
    "militia", "militias", "militiaman", "militiamen", "rebel", "rebels", "guerrilla", "guerrillas",
    "paramilitary", "paramilitaries", "fighter", "fighters", "gunmen", NULL };
  const kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict) || pos != KG_UPOS_VERB || !p || !p->code ||
      (strcmp(p->code, "174") && strncmp(p->code, "166", 3)) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return p;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t o = kg_ev_child_with(d, i, "obj", 0), doer = -1;
  if (o >= 0)
    doer = kg_ev_child_with(d, i, "nsubj", 0);
  else if ((o = kg_ev_child_with(d, i, "nsubj:pass", 0)) >= 0)
    for (uint32_t k = s->tok; k < s->tok + s->ntok && doer < 0; k++)
      if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strncmp(d->tokens[k].deprel, "obl", 3))
        for (uint32_t j = s->tok; j < k; j++)
          if (kg_tok_head(d, j) == (int32_t)k && kg_tok_is(d, j, "by"))
            doer = (int32_t)k;
  if (o < 0 || doer < 0 || !thousands(d, s, (uint32_t)o))
    return p;
  char w[32];
  kg_ev_low(d, (uint32_t)doer, w, sizeof w);
  return kg_ev_in_list(w, armed) ? &mass_expulsion : p;
}
