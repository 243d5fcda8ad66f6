/* evfeel.c — the sides of a feeling told by a verb whose object feels it.
 *
 * "Russia's decision angered France", "France was dismayed by Russia's
 * decision", "Britain said it was appalled by the veto": with verbs of
 * causing a feeling (anger, dismay, disappoint, outrage, shock, worry,
 * concern ...) the one who feels is the object in the active and the
 * subject in the passive, and the one felt about is the active's subject
 * or the passive's "by" (or "at", "over", "about", "with") phrase.  CAMEO codes the feeler's
 * disapproval (110) or pessimism (012) of the other side, so the feeler is
 * the agent and the cause the target, where the argument rules, reading
 * the verb like any other, took the cause as the agent.  Runs after a
 * sentence's events are emitted; an event whose feeler names no actor
 * keeps no agent (the public's anger is no state's), and one with no side
 * an actor ("we are all disappointed") or told by an adjective's
 * participle ("the figures were disappointing") is dropped.
 *
 * Owns: kg_ev_feeling_sides.
 * Does not own: the patterns (ontology/events.ttl, generated), the
 * arguments of other verbs (evargs.c, events.c), emitting (events.c).
 */
#include <string.h>
#include "evreact.h"

/* verbs whose object feels (lemmas) */
static const char *const feel[] = { "anger", "dismay", "disappoint", "dishearten", "sadden", "appal", "appall",
  "disgust", "outrage", "offend", "incense", "infuriate", "enrage", "scandalise", "scandalize", "shock", "worry",
  "concern", "alarm", "trouble", "distress", "frustrate", "irritate", "annoy", NULL };

/* The oblique of v whose case marker is one of cs ("by", "at" ...), -1. */
static int32_t obl_with(const kg_doc *d, uint32_t v, const char *const *cs)
{
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)v || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "obl"))
      continue;
    int32_t c = kg_ev_child_with(d, k, "case", 0);
    if (c >= 0 && kg_ev_lemma_in(d, (uint32_t)c, cs))
      return (int32_t)k;
  }
  return -1;
}

/* The actor token k stands for, -1. */
static int32_t actor_of(const ev_ctx *c, int32_t k)
{
  int32_t m = k >= 0 ? kg_ev_mention_of_tok(c, k) : -1;
  return m >= 0 && !c->doc->mentions[m].as_place ? c->doc->mentions[m].actor : -1;
}

/* Sets the sides of feeling event e; 0 when it is to be dropped: an
 * adjective's participle with no object ("the figures were disappointing",
 * "in disappointing style"), or no side an actor ("we are all
 * disappointed"). */
static int feeling_sides(const ev_ctx *c, kg_event *e)
{
  static const char *const cause[] = { "by", "at", "over", "about", "with", NULL };
  const kg_doc *d = c->doc;
  uint32_t t = e->trigger;
  int32_t sp = kg_ev_child_with(d, t, "nsubj:pass", 0), by = kg_ev_child_with(d, t, "obl:agent", 0);
  if (by < 0)
    by = obl_with(d, t, cause);
  /* (or a participle with no object: "was disappointed") */
  int passive = sp >= 0 || kg_ev_child_with(d, t, "aux:pass", 0) >= 0 ||
                (d->tokens[t].xpos && !strcmp(d->tokens[t].xpos, "VBN") && kg_ev_child_with(d, t, "obj", 0) < 0);
  int32_t fx = passive ? (sp >= 0 ? sp : kg_ev_child_with(d, t, "nsubj", 0)) : kg_ev_child_with(d, t, "obj", 0);
  int32_t cx = passive ? by : kg_ev_child_with(d, t, "nsubj", 0);
  int32_t fa = actor_of(c, fx), ca = actor_of(c, cx);
  /* "Britain said it was appalled": the pronoun of a told clause is the teller */
  int32_t tv = fa < 0 && fx >= 0 && d->tokens[fx].upos == KG_UPOS_PRON && d->tokens[t].deprel &&
               !strcmp(d->tokens[t].deprel, "ccomp") ? kg_tok_head(d, t) : -1;
  if (tv >= 0 && d->tokens[tv].lemma && kg_dict_cue(c->dict, d->tokens[tv].lemma) == KG_CUE_REPORT)
    fa = actor_of(c, kg_ev_child_with(d, (uint32_t)tv, "nsubj", 0));
  if ((fa < 0 && ca < 0) ||
      (d->tokens[t].xpos && !strcmp(d->tokens[t].xpos, "VBG") && kg_ev_child_with(d, t, "obj", 0) < 0))
    return 0;
  if (fa >= 0 && fa == ca)
    return 1;
  if (fa >= 0 && e->agent == fa && (e->target == ca || ca < 0))
    return 1;                             /* (already so) */
  if (fa >= 0 && e->target == fa && e->agent == ca) {     /* the sides reversed: swapped whole */
    int32_t g = e->agent_group, n = e->agent_noun;
    int16_t sc = e->agent_sector;
    e->agent = fa, e->agent_group = e->target_group, e->agent_noun = e->target_noun;
    e->agent_sector = e->target_sector;
    e->target = ca, e->target_group = g, e->target_noun = n, e->target_sector = sc;
    return 1;
  }
  e->agent = fa, e->agent_group = -1, e->agent_noun = -1, e->agent_sector = 0;
  e->target = ca, e->target_group = -1, e->target_noun = -1, e->target_sector = 0;
  return 1;
}

void kg_ev_feeling_sides(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  size_t keep = from;
  for (size_t k = from; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    uint32_t t = e->trigger;
    if (d->tokens[t].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, t, feel) && kg_sent_has_tree(d, e->sent) &&
        !feeling_sides(c, e))
      continue;                           /* (dropped) */
    d->events[keep++] = *e;
  }
  d->nevents = keep;
}
