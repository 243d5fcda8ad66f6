/* corefposs.c — nouns a resolved "its" owns that name another actor, for
 * the pronoun rules (corefpron.c).
 *
 * Owns: "its neighbour", "its southern neighbour" (singular, with no name
 * or apposition after it: "Saudi Arabia backed its neighbour" after
 * Kuwait's protest) as the state other than the owner, of the owner's UN
 * subregion, else of its region (the dictionary's M49 fields), named in
 * the last five sentences, that the story names most.
 * Also "its" right after a ministry placed at a state's seat ("received at
 * the Foreign Ministry in Athens by its secretary general": Greece), not the
 * salient state of the sentence before.
 * Also "his party", "her party" (no name after it): the party named in a
 * sentence with its owner in the five sentences before ("The leader of the
 * Democratic Party, X, ... Her party has demanded").
 * Also "its ally", "its closest ally" (singular, no name after it:
 * "Russia stood by its ally"): the state other than the owner, named in
 * the sentence or the four before, that the story has named most (at
 * least twice as often as the next: no guess between two).
 * Also "his guest", "her host", "his visitor" (no name after it): the other
 * party of the visit, the latest person other than the owner named in the
 * sentence or the three before ("Sisi arrived in Ankara ... Erdogan
 * welcomed his guest": Sisi).
 * Does not own: what "its" refers to (corefpron.c), salience
 * (discourse.c), mentions (actors.c), "its neighbour Kuwait" (the name is
 * the mention: actors.c).
 */
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "corefposs.h"
#include "corefvisit.h"

typedef struct near_filter {
  const kg_dict *dict;
  int32_t owner;
  const char *region, *subregion;
} near_filter;

/* A state other than the owner in the filter's subregion (or region). */
static int near_ok(const kg_doc *d, int32_t a, const void *arg)
{
  const near_filter *f = arg;
  if (a == f->owner || d->actors[a].dict_entry < 0)
    return 0;
  const kg_dict_actor *e = kg_dict_actor_at(f->dict, d->actors[a].dict_entry);
  if (!e)
    return 0;
  return f->subregion ? e->subregion && !strcmp(e->subregion, f->subregion)
                      : e->region && !strcmp(e->region, f->region);
}

/* The state (ok(d, a, arg)) named in sentence sidx before tok or the four
 * sentences before it that the story has named most before tok (the
 * latest of a tie); -1 when none.  With near_ok: "Slovakia ... said it was
 * considering expelling ... Poland ... supported its southern neighbour"
 * is the Czech Republic the story is about. */
static int32_t story_state_by(const kg_doc *d, uint32_t sidx, uint32_t tok,
                              int (*ok)(const kg_doc *, int32_t, const void *), const void *arg)
{
  int32_t best = -1;
  size_t best_n = 0;
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->tok >= tok)
      continue;
    if (m->sent + 4 < sidx)
      break;
    if (m->actor < 0 || m->actor == best || d->actors[m->actor].type != KG_ACT_COUNTRY || !ok(d, m->actor, arg))
      continue;
    size_t n = 0;
    for (size_t q = 0; q < d->nmentions && d->mentions[q].tok < tok; q++)
      n += d->mentions[q].actor == m->actor;
    if (n > best_n) {
      best_n = n;
      best = m->actor;
    }
  }
  return best;
}

uint32_t kg_coref_its_neighbour(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  if (owner < 0 || d->actors[owner].type != KG_ACT_COUNTRY || d->actors[owner].dict_entry < 0)
    return 0;
  while (k < end && k < tok + 3 && d->tokens[k].upos == KG_UPOS_ADJ && !kg_tok_is_cap(&d->tokens[k]))
    k++;                                  /* "its southern neighbour", "its closest neighbour" */
  if (k >= end || !(kg_tok_is(d, k, "neighbour") || kg_tok_is(d, k, "neighbor")))
    return 0;
  /* (no name after it: "its neighbour Kuwait", "its neighbour, Kuwait,";
   * nor a noun it modifies: "its neighbour's", "neighbour states") */
  if (k + 1 < end && (kg_tok_is_cap(&d->tokens[k + 1]) || kg_tok_is_poss(&d->tokens[k + 1]) ||
                      d->tokens[k + 1].upos == KG_UPOS_NOUN || d->tokens[k + 1].upos == KG_UPOS_PROPN ||
                      (kg_tok_is(d, k + 1, ",") && k + 2 < end && kg_tok_is_cap(&d->tokens[k + 2]))))
    return 0;
  const kg_dict_actor *oe = kg_dict_actor_at(c->dict, d->actors[owner].dict_entry);
  if (!oe || !oe->region)
    return 0;
  near_filter f = { c->dict, owner, oe->region, oe->subregion };
  int32_t a = f.subregion ? story_state_by(d, sidx, tok, near_ok, &f) : -1;
  f.subregion = NULL;
  if (a < 0)
    a = story_state_by(d, sidx, tok, near_ok, &f);
  if (a < 0 || kg_act_add_mention(c, sidx, k, 1, a, KG_MEN_DESCRIPTION, 0) < 0)
    return 0;
  return k - tok;
}

/* Any state but *(const int32_t *)arg, for story_state_by. */
static int not_owner(const kg_doc *d, int32_t a, const void *arg)
{
  (void)d;
  return a != *(const int32_t *)arg;
}

/* Any state but the two of (const int32_t *)arg, for story_state_by. */
static int not_either(const kg_doc *d, int32_t a, const void *arg)
{
  (void)d;
  return a != ((const int32_t *)arg)[0] && a != ((const int32_t *)arg)[1];
}

/* How many mentions of actor a come before token tok. */
static size_t named_before(const kg_doc *d, int32_t a, uint32_t tok)
{
  size_t n = 0;
  for (size_t q = 0; q < d->nmentions && d->mentions[q].tok < tok; q++)
    n += d->mentions[q].actor == a;
  return n;
}

/* The latest state named joined to `owner` by "and" ("the memorandum that
 * Libya and Turkey signed") in sentence sidx before tok or the four
 * sentences before it; -1 when none. */
static int32_t paired_state(const kg_doc *d, uint32_t sidx, uint32_t tok, int32_t owner)
{
  for (size_t k = d->nmentions; k-- > 1;) {
    const kg_mention *m = &d->mentions[k], *p = &d->mentions[k - 1];
    if (m->tok >= tok)
      continue;
    if (m->sent + 4 < sidx)
      break;
    if (p->sent != m->sent || p->tok + p->ntok + 1 != m->tok || !kg_tok_is(d, p->tok + p->ntok, "and") ||
        m->actor < 0 || p->actor < 0 || m->as_place || p->as_place)
      continue;
    int32_t o = m->actor == owner ? p->actor : p->actor == owner ? m->actor : -1;
    if (o >= 0 && o != owner && d->actors[o].type == KG_ACT_COUNTRY)
      return o;
  }
  return -1;
}

uint32_t kg_coref_its_ally(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  if (owner < 0 || (d->actors[owner].type != KG_ACT_COUNTRY && d->actors[owner].type != KG_ACT_ORG))
    return 0;
  while (k < end && k < tok + 3 && d->tokens[k].upos == KG_UPOS_ADJ && !kg_tok_is_cap(&d->tokens[k]))
    k++;                                  /* "its closest ally", "its staunch ally" */
  if (k >= end || !kg_tok_is(d, k, "ally") || kg_tok_is_cap(&d->tokens[k]))
    return 0;
  /* (no name after it: "its ally Japan", "its ally, Japan,"; nor a noun it
   * modifies: "its ally's", "ally states") */
  if (k + 1 < end && (kg_tok_is_cap(&d->tokens[k + 1]) || kg_tok_is_poss(&d->tokens[k + 1]) ||
                      d->tokens[k + 1].upos == KG_UPOS_NOUN || d->tokens[k + 1].upos == KG_UPOS_PROPN ||
                      (kg_tok_is(d, k + 1, ",") && k + 2 < end && kg_tok_is_cap(&d->tokens[k + 2]))))
    return 0;
  /* (not an apposition to a name before it: "Moscow stood by Minsk, its
   * closest ally", relgroups.c) */
  if (tok >= s->tok + 2 && kg_tok_is(d, tok - 1, ",") && kg_mention_at(d, tok - 2) >= 0)
    return 0;
  int32_t a = paired_state(d, sidx, tok, owner);
  /* (the story's state only when it is named clearly more than the next:
   * "Turkey backed its ally" in a story of Iran's drills against
   * Azerbaijan, the two named alike, is no guess) */
  if (a < 0) {
    a = story_state_by(d, sidx, tok, not_owner, &owner);
    int32_t ex[2] = { owner, a };
    int32_t b = a >= 0 ? story_state_by(d, sidx, tok, not_either, ex) : -1;
    if (b >= 0 && 2 * named_before(d, b, tok) > named_before(d, a, tok))
      a = -1;
  }
  if (a < 0 || kg_act_add_mention(c, sidx, k, 1, a, KG_MEN_DESCRIPTION, 0) < 0)
    return 0;
  return k - tok;
}

int32_t kg_coref_its_ministry(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t q = tok;
  while (q > s->tok && (kg_tok_is(d, q - 1, "by") || kg_tok_is(d, q - 1, ",") || kg_tok_is(d, q - 1, "where")))
    q--;                                  /* (the words between the seat and "its") */
  for (uint32_t in = q >= 2 ? q - 2 : q; in + 5 >= q && in > s->tok && in < q; in--) {
    if (!kg_tok_is(d, in, "in") || !kg_tok_is(d, in - 1, "ministry"))
      continue;
    kg_dict_match cm;                     /* "in Athens": the state whose seat (or name) it is */
    if (kg_dict_match_actor(c->dict, d, in + 1, &cm) && in + 1 + cm.ntok == q &&
        kg_dict_actor_at(c->dict, cm.entry)->type == KG_ACT_COUNTRY)
      return kg_act_intern_entry(c, cm.entry);
    return -1;
  }
  return -1;
}

/* Whether actor a has a mention in sentence si before token tok. */
static int named_in(const kg_doc *d, int32_t a, uint32_t si, uint32_t tok)
{
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < tok; k++)
    if (d->mentions[k].actor == a && d->mentions[k].sent == si)
      return 1;
  return 0;
}

/* Is the owned noun at k a bare common noun: in small letters, and not
 * followed by a comma (an apposition names it), a possessive marker or
 * another noun or name (it modifies that)? */
static int bare_noun(const kg_doc *d, uint32_t k, uint32_t end)
{
  if (kg_tok_is_cap(&d->tokens[k]))
    return 0;
  return !(k + 1 < end && (kg_tok_is(d, k + 1, ",") || kg_tok_is_poss(&d->tokens[k + 1]) ||
                           d->tokens[k + 1].upos == KG_UPOS_NOUN || d->tokens[k + 1].upos == KG_UPOS_PROPN));
}

uint32_t kg_coref_poss_party(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  /* (not "his party, the X," nor "his party leader", "her party's") */
  if (owner < 0 || d->actors[owner].type != KG_ACT_PERSON || k >= end || !kg_tok_is(d, k, "party") ||
      !bare_noun(d, k, end))
    return 0;
  for (size_t q = d->nmentions; q-- > 0;) {
    const kg_mention *m = &d->mentions[q];
    if (m->tok >= tok)
      continue;
    if (m->sent + 5 < sidx)
      break;
    const char *l = m->actor >= 0 ? d->actors[m->actor].label : NULL;
    if (!l || d->actors[m->actor].type != KG_ACT_ORG || !(strstr(l, "Party") || strstr(l, "party")) ||
        !named_in(d, owner, m->sent, tok))
      continue;
    if (kg_act_add_mention(c, sidx, k, 1, m->actor, KG_MEN_DESCRIPTION, 0) < 0)
      return 0;
    return 1;
  }
  return 0;
}

uint32_t kg_coref_poss_guest(kg_act_ctx *c, uint32_t sidx, uint32_t tok, int32_t owner)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  /* (not "his guest, X," nor "his host country", "her guest's", "his guest list") */
  if (owner < 0 || d->actors[owner].type != KG_ACT_PERSON || k >= end ||
      !(kg_tok_is(d, k, "guest") || kg_tok_is(d, k, "host") || kg_tok_is(d, k, "visitor")) || !bare_noun(d, k, end))
    return 0;
  /* the other party of the visit told before, when one is ("Erdogan hosted Sisi ... Sisi thanked his host") */
  int32_t party = kg_coref_visit_party(d, sidx, tok, kg_tok_is(d, k, "host") ? 'h' : 'v', owner);
  if (party >= 0)
    return kg_act_add_mention(c, sidx, k, 1, party, KG_MEN_DESCRIPTION, 0) < 0 ? 0 : 1;
  for (size_t q = d->nmentions; q-- > 0;) {
    const kg_mention *m = &d->mentions[q];
    if (m->tok >= tok)
      continue;
    if (m->sent + 3 < sidx)
      break;
    if (m->actor < 0 || m->actor == owner || m->as_place || d->actors[m->actor].type != KG_ACT_PERSON)
      continue;
    if (kg_act_add_mention(c, sidx, k, 1, m->actor, KG_MEN_DESCRIPTION, 0) < 0)
      return 0;
    return 1;
  }
  return 0;
}
