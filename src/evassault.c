/* evassault.c — force used against the unarmed or by irregulars.
 *
 * CAMEO's 19 (FIGHT) is "the use of conventional force and acts of war
 * typically by organized armed groups"; 18 (ASSAULT) "unconventional forms
 * of violence which do not require high levels of military organization",
 * and PLOVER's ASSAULT takes violence done to civilians.  So a plain use of
 * force (190, or 193 with small arms: "attacked", "opened fire on", "shot
 * dead") that is no fight between two sides is an assault (180) when it is
 * done to an unarmed group ("soldiers shot dead two farmers", "attacked a
 * human rights lawyer", "Iranian border guards shot dead two Afghan men")
 * or by irregulars, gunmen, militants, gangs, criminals, to anyone but an
 * armed group ("gunmen opened fire on the car of a judge", "militants
 * attacked a police post").  Rebels or soldiers fighting each other, air
 * strikes and shelling (194, 195) stay 19.
 * Owns: kg_ev_assault_recode (called for each sentence from evtargets.c).
 * Does not own: the codes of the patterns (the dictionary), the sides
 * (evargs.c, evgroups.c), which trigger is a fight (kgd:mutualViolence).
 */
#include <string.h>
#include "evassault.h"

/* The CAMEO sector code of a side: an unnamed group's (noun, sector) or a
 * named actor's sector group; NULL when none. */
static const char *side_sector(const ev_ctx *c, int32_t group, int32_t noun, int sector)
{
  const kg_doc *d = c->doc;
  int sec = noun >= 0 ? sector : group >= 0 ? d->actors[group].sector : 0;
  const kg_sector *s = sec ? kg_dict_sector_at(c->dict, sec) : NULL;
  return s ? s->code : NULL;
}

static int in(const char *code, const char *const *list)
{
  for (size_t k = 0; code && list[k]; k++)
    if (!strcmp(code, list[k]))
      return 1;
  return 0;
}

/* Has the trigger verb a direct object that is a thing, no side ("fired
 * rockets at the town", "fought a gun battle with"; not "opened fire")? */
static int thing_fired(const ev_ctx *c, const kg_event *e)
{
  const kg_doc *d = c->doc;
  int32_t o = kg_ev_child_with(d, e->trigger, "obj", 0);
  return o >= 0 && !kg_tok_is(d, (uint32_t)o, "fire") && kg_mention_at(d, (uint32_t)o) < 0 &&
         o != e->target_noun && kg_ev_noun_sector(c, (uint32_t)o) == 0;
}

/* Does an object or oblique of the trigger verb, or a noun modifying it,
 * name an armed sector ("opened fire on a police patrol in the port of X",
 * where the state is the target)? */
static int armed_phrase(const ev_ctx *c, const kg_event *e, const char *const *armed)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[e->sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t h = kg_tok_head(d, k);
    const char *r = d->tokens[k].deprel;
    if (!r || d->tokens[k].upos != KG_UPOS_NOUN)
      continue;
    int on_verb = h == (int32_t)e->trigger && (!strcmp(r, "obj") || !strncmp(r, "obl", 3));
    int mod = h >= 0 && kg_tok_head(d, (uint32_t)h) == (int32_t)e->trigger && !strcmp(r, "compound");
    const kg_sector *sc = on_verb || mod ? kg_dict_sector_at(c->dict, kg_ev_noun_sector(c, k)) : NULL;
    if (sc && in(sc->code, armed))
      return 1;
  }
  return 0;
}

void kg_ev_assault_recode(const ev_ctx *c, size_t from)
{
  static const char *const armed[] = { "MIL", "REB", "UAF", "SPY", "COP", NULL };
  /* (not a business's sector: its ships and premises are things) */
  static const char *const unarmed[] = { "CVL", "REF", "MED", "EDU", "LAB", "AGR", "HRI", "NGO", "HLH", "JUD", NULL };
  static const char *const irregular[] = { "UAF", "CRM", NULL };
  kg_doc *d = c->doc;
  for (size_t k = from; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    if (strcmp(e->cameo, "190") && strcmp(e->cameo, "193") && strcmp(e->cameo, "19"))
      continue;
    const kg_token *t = &d->tokens[e->trigger];
    if (t->lemma && (kg_dict_lex(c->dict, t->lemma) & KG_LEX_MUTUAL))
      continue;                           /* "clashed with", "fought" */
    if (thing_fired(c, e))
      continue;                           /* "fired rockets at", "fought a gun battle" */
    const char *as = side_sector(c, e->agent_group, e->agent_noun, e->agent_sector);
    const char *ts = side_sector(c, e->target_group, e->target_noun, e->target_sector);
    /* (a place noun is no group of persons: "raided a village") */
    int persons = e->target_noun < 0 || !(kg_ev_lemma_lex(c, (uint32_t)e->target_noun) & KG_LEX_PLACE_NOUN);
    /* (a body named alone, no state's sector: "attacked a convoy of the WFP") */
    int body = e->target >= 0 && e->target_group < 0 && d->actors[e->target].type == KG_ACT_ORG;
    int told = e->target >= 0 || e->target_noun >= 0;
    /* (irregulars unnamed or a state's, "Palestinian militants"; a body
     * named, "the Houthis", is an organised armed group) */
    int loose = e->agent < 0 || d->actors[e->agent].type == KG_ACT_COUNTRY;
    if ((persons && in(ts, unarmed)) || (loose && in(as, irregular) && told && !body && !in(ts, armed) &&
                                              !armed_phrase(c, e, armed)))
      snprintf(e->cameo, sizeof e->cameo, "%s", "180");
  }
}
