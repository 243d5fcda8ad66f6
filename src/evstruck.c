/* evstruck.c — what an attack told with a relative clause struck.
 *
 * "carrying out a cyber-attack that shut down Estonia's digital identity
 * system", "an air strike that destroyed Syria's air defences", "a raid
 * that killed three Afghan policemen", "a drone attack that damaged a
 * Russian refinery": the noun names the attack, and its relative clause of
 * damage (kill, destroy, damage, disable, cripple, shut down, knock out,
 * hit, wound ...) names what it struck, whose owner is the target: the
 * state or organisation that owns the clause's object (a possessive or a
 * demonym on it), or the object itself when it names one ("an attack that
 * hit Israel").  Only where the attack has no target of its own and the
 * clause's subject is the attack (a relative pronoun or none); the agent
 * is never its own target.
 *
 * And for an attack verb whose object is a site or people with no actor of
 * their own: the place they are in ("struck a hospital in Kyiv": Ukraine).
 *
 * Also: kg_ev_sea, whether a place mention names a sea (an ocean, sea,
 * gulf, strait, bay or channel), which events.c keeps from being the target
 * of an act done in it other than force ("stepped up patrols in the Indian
 * Ocean"; "suspended aid deliveries in Baghdad" keeps the city, as coders do).
 *
 * Owns: kg_ev_relcl_struck (called by events.c for noun acts of roots
 * 17-20, and verbs whose object is such a noun: "carried out an air strike
 * that"), kg_ev_sea; kg_ev_what_named, what a free relative object names
 * ("struck what it said were two bases of X": the bases).
 * Does not own: the other arguments (evargs.c, events.c), mentions
 * (actors.c), emitting (events.c).
 */
#include <string.h>
#include "evstruck.h"
#include "evclause.h"
#include "relrules.h"

/* The mention of the state or organisation owning nominal o: o itself,
 * its possessor (nmod:poss) or a demonym or name modifying it (amod,
 * compound), -1. */
static int32_t owner(const ev_ctx *c, uint32_t o)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[o].sent];
  int32_t m = kg_ev_mention_of_tok(c, o);
  if (m >= 0 && !d->mentions[m].as_place &&
      (kg_ev_atype(d, m) == KG_ACT_COUNTRY || kg_ev_atype(d, m) == KG_ACT_ORG))
    return m;
  for (uint32_t k = s->tok; k < o; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)o || !r ||
        (strcmp(r, "nmod:poss") && strcmp(r, "amod") && strcmp(r, "compound")))
      continue;
    m = kg_mention_at(d, k);
    if (m >= 0 && d->mentions[m].actor >= 0 &&
        (kg_ev_atype(d, m) == KG_ACT_COUNTRY || kg_ev_atype(d, m) == KG_ACT_ORG))
      return m;
  }
  return -1;
}

int kg_ev_sea(const kg_doc *d, int32_t m)
{
  static const char *const seas[] = { "ocean", "sea", "gulf", "strait", "straits", "bay", "channel", "waters",
    NULL };
  const kg_mention *mm = &d->mentions[m];
  uint32_t last = mm->tok + mm->ntok - 1;
  for (size_t k = 0; seas[k]; k++)
    if (kg_tok_is(d, last, seas[k]))
      return 1;
  return 0;
}

int32_t kg_ev_relcl_struck(const ev_ctx *c, uint32_t i, int32_t agent)
{
  static const char *const harm[] = { "kill", "destroy", "damage", "disable", "cripple", "shut", "knock",
    "hit", "wound", "injure", "paralyse", "paralyze", "disrupt", "sink", "level", "flatten", "strike",
    "target", NULL };
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return -1;
  int32_t site = -1;
  if (d->tokens[i].upos == KG_UPOS_VERB) {   /* "carried out an air strike that ...": the verb's act noun */
    int32_t o = kg_ev_child_with(d, i, "obj", 0);
    if (o >= 0 && kg_ev_what_named(d, (uint32_t)o) >= 0)
      o = kg_ev_what_named(d, (uint32_t)o);   /* "struck what it said were depots in X" */
    if (o < 0 || d->tokens[o].upos != KG_UPOS_NOUN)
      return -1;
    site = kg_ev_lemma_in(d, i, harm) || kg_ev_lemma_in(d, i, (const char *const[]){ "shell", "bomb", "attack",
                                                                                    "pound", "raid", NULL }) ? o : -1;
    i = (uint32_t)o;
  }
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t v = i + 1; v < s->tok + s->ntok; v++) {
    if (kg_tok_head(d, v) != (int32_t)i || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "acl:relcl") ||
        !kg_ev_lemma_in(d, v, harm))
      continue;
    int32_t sj = kg_ev_child_with(d, v, "nsubj", 0);
    if (sj >= 0 && d->tokens[sj].upos != KG_UPOS_PRON)
      continue;                           /* ("the attack that Iran launched") */
    int32_t o = kg_ev_child_with(d, v, "obj", 0);
    int32_t m = o >= 0 ? owner(c, (uint32_t)o) : -1;
    if (m >= 0 && d->mentions[m].actor != agent)
      return m;
    return -1;
  }
  /* "a missile struck a children's hospital in Kyiv", "shelled a market in
   * the Ukrainian capital": the place of the site struck (its state, as
   * emit takes a place's), when the site names no actor of its own */
  for (uint32_t k = (uint32_t)site + 1; site >= 0 && kg_mention_at(d, (uint32_t)site) < 0 && k < s->tok + s->ntok;
       k++) {
    int32_t cs = kg_tok_head(d, k) == site && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "nmod") ?
                 kg_ev_child_with(d, k, "case", 0) : -1;
    if (cs < 0 || !kg_tok_is(d, (uint32_t)cs, "in"))   /* (not "near the Iranian border") */
      continue;
    int32_t m = kg_mention_at(d, k);    /* (a place: no mention_of_tok's) */
    if (m >= 0 && kg_ev_atype(d, m) == KG_ACT_PLACE && kg_ev_place_state(c, d->mentions[m].actor) < 0) {
      int32_t st = kg_rel_metonym_state(c->dict, d, k);   /* "in Kyiv": Ukraine, the state of a capital */
      m = st >= 0 && st != agent ? kg_ev_mention_near(d, st, k, 0) : -1;   /* (no known state: no target) */
    } else if (!(m >= 0 && (kg_ev_atype(d, m) == KG_ACT_PLACE || kg_ev_atype(d, m) == KG_ACT_COUNTRY))) {
      m = owner(c, k);                    /* "in the Ukrainian capital" */
    }
    return m >= 0 && d->mentions[m].actor != agent ? m : -1;
  }
  return -1;
}

int32_t kg_ev_what_named(const kg_doc *d, uint32_t j)
{
  static const char *const told[] = { "say", "call", "describe", "term", "brand", "claim", "allege", "identify",
    "label", "dub", NULL };
  if (!kg_tok_is(d, j, "what") || d->tokens[j].upos != KG_UPOS_PRON)
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  for (uint32_t v = j + 1; v < s->tok + s->ntok && v <= j + 6; v++) {
    if (kg_tok_head(d, v) != (int32_t)j || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "acl:relcl"))
      continue;
    if (!kg_ev_lemma_in(d, v, told))      /* (not "outlined what he thinks should be the themes") */
      return -1;
    for (uint32_t k = v + 1; k < s->tok + s->ntok && k <= v + 8; k++) {   /* "said were X", "called X" */
      const char *r = d->tokens[k].deprel;
      if (kg_tok_head(d, k) == (int32_t)v && r &&
          (!strcmp(r, "ccomp") || !strcmp(r, "xcomp") || !strcmp(r, "obj")) &&
          (d->tokens[k].upos == KG_UPOS_NOUN || d->tokens[k].upos == KG_UPOS_PROPN)) {
        if (kg_ev_child_with(d, k, "case", 0) < 0)
          return (int32_t)k;
        /* the parser's "said were two bases of X in Pakistan" with the last phrase as the
         * predicate: the noun hung on it before it is the one named */
        for (uint32_t q = v + 1; q < k; q++)
          if (kg_tok_head(d, q) == (int32_t)k && d->tokens[q].upos == KG_UPOS_NOUN && d->tokens[q].deprel &&
              (!strcmp(d->tokens[q].deprel, "nsubj") || !strcmp(d->tokens[q].deprel, "nmod:unmarked")))
            return (int32_t)q;
        return -1;
      }
    }
    return -1;
  }
  return -1;
}
