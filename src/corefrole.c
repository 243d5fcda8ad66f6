/* corefrole.c — a person described by a state's leadership or by age, for
 * coref.c.
 *
 * Owns: "the Kremlin chief", "the Kremlin leader" (a seat of government the
 * dictionary gives as a state's metonym, then "leader", "chief", "boss",
 * "strongman", "ruler" or a leader's title); "the 42-year-old North Korean
 * leader", "the veteran Brazilian president" (a demonym's leader after an
 * age or plain adjectives: the bare "the North Korean leader" is actors.c's)
 * as the one person named before whom the dictionary knows as that state's
 * leader (none when two or none are); "the 71-year-old" (bare: a verb,
 * comma or clause follows) and "the 71-year-old president" as the most
 * salient person, one bearing the title when it has one (corefdesc.c's
 * kg_coref_titled_ok); the bare age only when that person holds an office
 * (the dictionary's, or a title by the name: not a sports report's
 * "the 31-year-old").  Never after "former", "late", "ousted" and the like
 * (someone else's office), nor when a name or noun follows ("the Kremlin
 * chief of staff", "the 42-year-old leader Kim": the name is the mention).
 * Does not own: other titles and descriptions (coref.c, corefdesc.c), the
 * bare demonym's leader (actors.c), salience (discourse.c).
 */
#include <ctype.h>
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "corefdesc.h"
#include "corefrole.h"

/* Words of a past, future or contested office: the description is not the
 * state's present leader. */
static const char *const k_not_now[] = { "former", "late", "ex", "then", "future", "next", "previous", "deposed",
                                         "ousted", "toppled", "exiled", "would-be", "incoming", "acting", NULL };
static const char *const k_chief[] = { "leader", "chief", "boss", "strongman", "ruler", NULL };

/* Tokens of an age "42-year-old" at k (one token, or five split at the
 * hyphens), 0 when none. */
static uint32_t age_at(const kg_doc *d, uint32_t k, uint32_t end)
{
  const char *f = d->tokens[k].form;
  if (!f || !isdigit((unsigned char)f[0]))
    return 0;
  const char *h = f;
  while (isdigit((unsigned char)*h))
    h++;
  if (!strcmp(h, "-year-old"))
    return 1;
  if (*h || k + 4 >= end)
    return 0;
  return kg_tok_is(d, k + 1, "-") && kg_tok_is(d, k + 2, "year") && kg_tok_is(d, k + 3, "-") &&
         kg_tok_is(d, k + 4, "old") ? 5 : 0;
}

/* Does the phrase end at j: the sentence's end, or no name, noun, "of" or
 * hyphen after it? */
static int ends_at(const kg_doc *d, uint32_t j, uint32_t end)
{
  if (j >= end)
    return 1;
  const kg_token *t = &d->tokens[j];
  return !kg_tok_is_cap(t) && t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_PROPN && t->upos != KG_UPOS_NUM &&
         !kg_tok_is(d, j, "of") && !kg_tok_is(d, j, "-") && !kg_tok_is_poss(t);
}

/* The one person mentioned before whom the dictionary knows as the leader
 * of state entry `state`; -1 when none or two. */
static int32_t state_leader(const kg_act_ctx *c, int32_t state)
{
  const kg_doc *d = c->doc;
  int32_t lp = -1;
  for (size_t k = 0; k < d->nmentions; k++) {
    int32_t pa = d->mentions[k].actor;
    if (pa < 0 || pa == lp || d->actors[pa].type != KG_ACT_PERSON || d->actors[pa].dict_entry < 0)
      continue;
    const kg_dict_actor *pe = kg_dict_actor_at(c->dict, d->actors[pa].dict_entry);
    if (pe && pe->country == state && pe->role == KG_REL_LEADER) {
      if (lp >= 0)
        return -1;
      lp = pa;
    }
  }
  return lp;
}

/* Does the dictionary know person a as a state's leader or official, or
 * was a named after a title before token at? */
static int office_holder(const kg_act_ctx *c, int32_t a, uint32_t at)
{
  const kg_actor *pa = &c->doc->actors[a];
  const kg_dict_actor *pe = pa->dict_entry >= 0 ? kg_dict_actor_at(c->dict, pa->dict_entry) : NULL;
  if (pe && pe->country >= 0 && (pe->role == KG_REL_LEADER || pe->role == KG_REL_OFFICIAL))
    return 1;
  return kg_coref_person_titled(c->doc, c->dict, a, at);
}

uint32_t kg_coref_role(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  if (k >= end)
    return 0;
  const char *f1 = d->tokens[k].form;     /* (the cheap test first: an age, a capital or a lower-case word) */
  if (!f1)
    return 0;
  uint32_t age = age_at(d, k, end);
  k += age;
  int adj = 0;
  char b[24];
  while (k < end && adj < 2 && !kg_tok_is_cap(&d->tokens[k]) && d->tokens[k].upos == KG_UPOS_ADJ) {
    kg_tok_lower(&d->tokens[k], b, sizeof b);
    if (kg_act_in_list(b, k_not_now))
      return 0;
    k++, adj++;
  }
  if (k >= end)
    return 0;
  int32_t a = -1;
  uint32_t j = k;
  if (kg_tok_is_cap(&d->tokens[k])) {
    /* "the Kremlin chief", "the 42-year-old North Korean leader" */
    kg_dict_match m;
    if (!kg_dict_match_actor(c->dict, d, k, &m) || kg_dict_actor_at(c->dict, m.entry)->type != KG_ACT_COUNTRY ||
        (m.form != KG_FORM_METONYM && (m.form != KG_FORM_DEMONYM || (!age && !adj))) || k + m.ntok >= end)
      return 0;
    j = k + m.ntok;
    const kg_title *ti = NULL;
    uint32_t ln = kg_tok_is_cap(&d->tokens[j]) ? 0 : kg_dict_match_title(c->dict, d, j, &ti);
    kg_tok_lower(&d->tokens[j], b, sizeof b);
    if (ln > 0 && ti->rel == KG_REL_LEADER)
      j += ln;
    else if (!kg_tok_is_cap(&d->tokens[j]) && kg_act_in_list(b, k_chief))
      j++;
    else
      return 0;
    if (!ends_at(d, j, end))
      return 0;
    a = state_leader(c, m.entry);
  } else if (age) {
    /* "the 71-year-old", "the 71-year-old president" */
    kg_titled_filter tf = { .nw = 0, .at = tok, .strict = 0 };
    const kg_title *ti = NULL;
    uint32_t ln = d->tokens[k].upos == KG_UPOS_NOUN ? kg_dict_match_title(c->dict, d, k, &ti) : 0;
    if (ln > 0 && ln <= 3) {
      for (uint32_t q = k; q < k + ln; q++)
        kg_tok_lower(&d->tokens[q], tf.w[tf.nw++], sizeof tf.w[0]);
      j = k + ln;
    } else if (adj || !ends_at(d, k, end) || kg_tok_is(d, k, "-")) {
      return 0;
    }
    if (!ends_at(d, j, end))
      return 0;
    unsigned pm = KG_TYPEBIT(KG_ACT_PERSON);
    a = tf.nw ? kg_actors_salient_if(d, sidx, tok, pm, kg_coref_titled_ok, &tf) : kg_actors_salient(d, sidx, tok, pm);
    if (a < 0 && tf.nw)
      a = kg_coref_titled_earlier(d, &tf);
    /* (a bare age only for an office holder: "the 31-year-old" of a sports
     * report is left alone) */
    if (a >= 0 && !tf.nw && !office_holder(c, a, tok))
      a = -1;
  }
  if (a < 0 || j <= tok + 1)
    return 0;
  return kg_act_add_mention(c, sidx, tok, j - tok, a, KG_MEN_DESCRIPTION, 0) < 0 ? 0 : j - tok;
}
