/* evpermit.c — a permission told with "allow" and a to-infinitive: "The
 * Zambian government allowed the opposition leader to hold a rally" is a
 * yield (080, the codebook's 08 "Yield": easing a restriction on another),
 * and only a state's permission to people is one.  "The new law allows
 * firms to hire", "the coach allowed the players to rest", "allowed him to
 * score" permit nothing a state withheld.
 *
 * Owns: kg_ev_state_permission (called by evfilter.c's kg_ev_wrong_sense
 * for the object-less "allow" pattern of code 08x): whether the verb's
 * subject (or, for "decided to allow", "agreed to allow", the subject of
 * the verb the permission is the xcomp of) is a state's mention or names
 * one ("Nepalese authorities", "the Kenyan High Court"), and the permitted
 * object names people, a body or a group ("the families", "a French
 * newspaper", "coca farmers").
 * Does not own: the pattern (tools/gen_dictionaries.py, CURATED_PLOVER27,
 * with its to-infinitive required), the word classes (kgd:permitDecideVerb,
 * kgd:permittedParty: ontology/lexicon.ttl, CURATED_PERF28_PERMIT_*), the
 * arguments (evargs.c). */
#include <string.h>
#include "evpermit.h"

/* token k is, or names, a state: a mention of a state or a sector of one,
 * or a state's word hung on it ("Ugandan police", "the Kenyan High Court") */
static int state_word(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  if (kg_ev_atype(d, kg_mention_at(d, k)) == KG_ACT_COUNTRY)
    return 1;
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
    if (kg_tok_head(d, q) == (int32_t)k && kg_ev_atype(d, kg_mention_at(d, q)) == KG_ACT_COUNTRY)
      return 1;
  return 0;
}

static int state_subject_of(const ev_ctx *c, const kg_sentence *s, uint32_t v, int up)
{
  const kg_doc *d = c->doc;
  int32_t sj = kg_ev_child_with(d, v, "nsubj", 1);
  /* (or a state's office by its title: "The Federal Minister for Interior X
   * allowed", "the authorities allowed") */
  static const char *const office[] = { "minister", "ministry", "government", "authority", "authorities", "governor",
    "president", "junta", "regime", NULL };
  static const char *const instrument[] = { "law", "rule", "regulation", "bill", "act", "constitution", "decree",
    "ruling", "deal", "agreement", "treaty", NULL };   /* ("German law does allow people to copy CDs") */
  if (sj >= 0)
    return !kg_ev_lemma_in(d, (uint32_t)sj, instrument) &&
           (state_word(d, s, (uint32_t)sj) || kg_ev_lemma_in(d, (uint32_t)sj, office));
  int32_t h = kg_tok_head(d, v);
  const char *r = d->tokens[v].deprel;
  return up && h >= 0 && r && !strcmp(r, "xcomp") && kg_ev_lemma_lex2(c->dict, d, (uint32_t)h, KG_LEX2_PERMIT_DECIDE) &&
         state_subject_of(c, s, (uint32_t)h, 0);
}

static int permitted_party(const ev_ctx *c, uint32_t k)
{
  const kg_doc *d = c->doc;
  int t = kg_ev_atype(d, kg_mention_at(d, k));
  if (t == KG_ACT_PERSON || t == KG_ACT_COUNTRY || t == KG_ACT_ORG)
    return 1;
  return d->tokens[k].upos == KG_UPOS_PRON || kg_ev_lemma_lex2(c->dict, d, k, KG_LEX2_PERMIT_PARTY);
}

int kg_ev_state_permission(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o < 0)                              /* ("allow candidate X to run" parsed with an iobj) */
    o = kg_ev_child_with(d, i, "iobj", 0);
  if (o < 0 && (o = kg_ev_child_with(d, i, "obl", 0)) >= 0 && kg_ev_child_with(d, (uint32_t)o, "case", 0) >= 0)
    o = -1;                               /* (or an oblique with no preposition) */
  static const char *const anyone[] = { "anyone", "anybody", "nobody", "everyone", "everybody", NULL };
  return o >= 0 && !kg_ev_lemma_in(d, (uint32_t)o, anyone) &&   /* ("will not allow anyone to": a warning) */
         permitted_party(c, (uint32_t)o) && state_subject_of(c, s, i, 1);
}
