/* relrules.c — the single-phrase office and alliance rules of relations.c:
 * "his Vietnamese counterpart, X", "under the leadership of X", "X was
 * sworn in as president", "the Iran-aligned group" (split from
 * relations.c, which calls them word by word; the rules are listed in its
 * header comment).
 * Owns: kg_rel_counterpart_rule, kg_rel_leadership_rule, kg_rel_sworn_rule,
 * kg_rel_backed_rule; kg_rel_embedded_subject (which subject of a sentence
 * before a bare title may lend its state).
 * Does not own: titles and bare titles, the dictionary's office holders
 * (relations.c), alliances and membership lists (relgroups.c). */
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relrules.h"
#include "actors.h"

/* "his Vietnamese counterpart, General Phan Van Giang", "her Indian
 * counterpart Subrahmanyam Jaishankar": the person holds the office of the
 * title named before in the sentence (officialOf when none) in that state. */
/* "the Iran-aligned group", "the Iranian-backed Houthis": the state before
 * the hyphen and the organisation the phrase names are allies (the state
 * an actor of the story already, the organisation named or resolved). */
kg_status kg_rel_backed_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  if (tok < s->tok + 2 || tok + 1 >= s->tok + s->ntok || !kg_tok_is(d, tok - 1, "-"))
    return KG_OK;
  int32_t om = kg_mention_at(d, tok + 1);
  if (om < 0 || kg_rel_atype(d, om) != KG_ACT_ORG)
    return KG_OK;
  int32_t sm = kg_mention_at(d, tok - 2), st = sm >= 0 && kg_rel_atype(d, sm) == KG_ACT_COUNTRY ?
                                                d->mentions[sm].actor : -1;
  kg_dict_match dm;
  for (size_t a = 0; st < 0 && a < d->nactors; a++)
    if (d->actors[a].type == KG_ACT_COUNTRY && kg_dict_match_actor(dict, d, tok - 2, &dm) && dm.ntok == 1 &&
        d->actors[a].dict_entry == dm.entry)
      st = (int32_t)a;
  int32_t org = d->mentions[om].actor;
  if (st < 0 || org == st)
    return KG_OK;
  kg_status r = kg_relations_add(d, KG_REL_ALLY, org, st, si);
  return r == KG_OK ? kg_relations_add(d, KG_REL_ALLY, st, org, si) : r;
}

kg_status kg_rel_counterpart_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  int32_t cm = tok > s->tok ? kg_rel_mention_ending(d, tok - 1) : -1;
  if (cm < 0 || kg_rel_atype(d, cm) != KG_ACT_COUNTRY)
    return KG_OK;
  uint32_t a = tok + 1;
  if (a < end && kg_tok_is(d, a, ","))
    a++;
  const kg_title *ti = NULL;
  uint32_t tn = a < end ? kg_dict_match_title(dict, d, a, &ti) : 0;
  if (tn > 0 && kg_mention_at(d, a) < 0)
    a += tn;                              /* "General Phan Van Giang" */
  int32_t pm = a < end ? kg_mention_at(d, a) : -1;
  if (pm < 0 || kg_rel_atype(d, pm) != KG_ACT_PERSON || d->mentions[pm].tok != a)
    return KG_OK;
  int rel = KG_REL_OFFICIAL;
  /* "Motegi met President X ... and signed with his Uzbek counterpart, Y":
   * the possessor's own office (Motegi's), not the last title of the sentence */
  uint32_t o = d->mentions[cm].tok;
  uint32_t ob = o > s->tok + 1 && kg_tok_is_poss(&d->tokens[o - 1]) ? o - 2 : o - 1;
  int32_t om = o > s->tok ? kg_rel_mention_ending(d, ob) : -1;
  int okind = om >= 0 ? kg_rel_office_kind(d, d->mentions[om].actor) : 0;
  for (uint32_t q = s->tok; !okind && q + 1 < d->mentions[cm].tok; q++) {
    const kg_title *t2 = NULL;
    if (kg_dict_match_title(dict, d, q, &t2) > 0 && t2 && t2->rel)
      rel = t2->rel;
  }
  if (okind)
    rel = okind;
  return kg_relations_add(d, rel, d->mentions[pm].actor, d->mentions[cm].actor, si);
}

/* "under the leadership of P", "led by P", "the rule of P" */
kg_status kg_rel_leadership_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, at;
  if ((kg_tok_is(d, tok, "leadership") || kg_tok_is(d, tok, "rule")) &&
      tok + 2 < end && kg_tok_is(d, tok + 1, "of"))
    at = tok + 2;
  else if (kg_tok_is(d, tok, "led") && tok + 2 < end && kg_tok_is(d, tok + 1, "by"))
    at = tok + 2;
  else
    return KG_OK;
  int32_t m = kg_mention_at(d, at);
  if (m < 0 || kg_rel_atype(d, m) != KG_ACT_PERSON)
    return KG_OK;
  /* "the RSF, led by P", "a militia led by P": P leads the organisation the
   * participle modifies, not the salient state */
  if (kg_tok_is(d, tok, "led") && tok > s->tok) {
    uint32_t b = kg_tok_is(d, tok - 1, ",") && tok > s->tok + 1 ? tok - 2 : tok - 1;
    int32_t om = kg_rel_mention_ending(d, b);
    if (om >= 0 && kg_rel_atype(d, om) == KG_ACT_ORG)
      return kg_relations_add(d, KG_REL_LEADER, d->mentions[m].actor, d->mentions[om].actor, si);
    if (om >= 0)
      return KG_OK;                       /* another kind of actor is led: no state guessed */
  }
  int32_t c = kg_actors_salient(d, si, tok, KG_TYPEBIT(KG_ACT_COUNTRY));
  if (c < 0)
    return KG_OK;
  return kg_relations_add(d, KG_REL_LEADER, d->mentions[m].actor, c, si);
}

/* "X was sworn in as (transitional) president (of Y)", "X, who was
 * inaugurated as prime minister": X takes the office of a state title; the
 * state is the title's ("as Nigerian president", "as president of Y"), else
 * the most salient state of the discourse.  Not for a person who already
 * leads or serves another state. */
kg_status kg_rel_sworn_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok)
{
  static const char *const block[] = { "not", "n't", "never", "to", "would", "could", "may", "might",
    "will", "should", "can", "must", "if", "whether", "hopes", "wants", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, q = tok + 1;
  for (uint32_t p = tok; p-- > s->tok && p + 4 > tok;)
    for (int k = 0; block[k]; k++)
      if (kg_tok_is(d, p, block[k]))
        return KG_OK;                     /* "hopes to be elected", "never became" */
  if (kg_tok_is(d, tok, "sworn")) {
    if (q >= end || !kg_tok_is(d, q, "in"))
      return KG_OK;
    q++;
  }
  if (kg_tok_is(d, tok, "sworn") || kg_tok_is(d, tok, "inaugurated")) {
    if (q >= end || !kg_tok_is(d, q, "as"))
      return KG_OK;
    q++;
  } else if (q < end && kg_tok_is(d, q, "as")) {
    q++;                                  /* "became president", "elected (as) president" */
  }
  int32_t cm = -1;
  while (q < end && kg_rel_is_mod(d, q) && kg_mention_at(d, q) < 0)
    q++;                                  /* "the new", "transitional" is a title word */
  if (q < end && (kg_tok_is(d, q, "transitional") || kg_tok_is(d, q, "provisional")))
    q++;
  int32_t m = q < end ? kg_mention_at(d, q) : -1;
  if (m >= 0 && d->mentions[m].tok == q && kg_rel_atype(d, m) == KG_ACT_COUNTRY) {
    cm = m;                               /* "as Nigerian president" */
    q = d->mentions[m].tok + d->mentions[m].ntok;
  }
  const kg_title *ti = NULL;
  uint32_t tn = q < end ? kg_dict_match_title(dict, d, q, &ti) : 0;
  if (tn == 0 || !ti || !kg_rel_state_title(ti))
    return KG_OK;
  q += tn;
  if (cm < 0 && q + 1 < end && kg_tok_is(d, q, "of")) {
    uint32_t r = q + 1;
    if (kg_tok_is(d, r, "the"))
      r++;
    m = r < end ? kg_mention_at(d, r) : -1;
    if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_COUNTRY)
      cm = m;
  }
  /* the person sworn in: the nearest Person before, outside a PP */
  int32_t pm = -1;
  for (uint32_t p = tok; p-- > s->tok && pm < 0;) {
    int32_t x = kg_mention_at(d, p);
    if (x >= 0 && kg_rel_atype(d, x) == KG_ACT_PERSON && kg_mention_role(d, (size_t)x) != 'p')
      pm = x;
    if (x >= 0)
      p = d->mentions[x].tok;
  }
  if (pm < 0 || d->mentions[pm].actor < 0)
    return KG_OK;
  int32_t st = cm >= 0 ? d->mentions[cm].actor : kg_actors_salient(d, si, tok, KG_TYPEBIT(KG_ACT_COUNTRY));
  /* none salient: the state last named, even as a place ("gunfire near the
   * palace in Bissau ... X was sworn in"), within eight sentences */
  for (size_t k = d->nmentions; st < 0 && k-- > 0;) {
    const kg_mention *mm = &d->mentions[k];
    if (mm->sent > si || (mm->sent == si && mm->tok >= tok))
      continue;
    if (mm->sent + 8 < si)
      break;
    if (mm->actor >= 0 && d->actors[mm->actor].type == KG_ACT_COUNTRY)
      st = mm->actor;
    else if (mm->actor >= 0 && d->actors[mm->actor].type == KG_ACT_PLACE)
      st = kg_rel_metonym_state(dict, d, mm->tok);
  }
  int32_t has = kg_rel_state_of(d, d->mentions[pm].actor);
  if (st < 0 || (has >= 0 && has != st))
    return KG_OK;
  return kg_relations_add(d, ti->rel ? ti->rel : KG_REL_OFFICIAL, d->mentions[pm].actor, st, si);
}

int kg_rel_embedded_subject(const kg_doc *d, size_t m)
{
  const kg_mention *mm = &d->mentions[m];
  if (!kg_sent_has_tree(d, mm->sent))
    return 0;
  uint32_t t = mm->tok;                   /* the name's head: the token headed outside it */
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++) {
    int32_t h = kg_tok_head(d, k);
    if (h < (int32_t)mm->tok || h >= (int32_t)(mm->tok + mm->ntok))
      t = k;
  }
  int32_t v = kg_tok_head(d, t);
  for (int hops = 0; v >= 0 && hops < 8 && d->tokens[v].upos != KG_UPOS_VERB; hops++)
    v = kg_tok_head(d, (uint32_t)v);      /* (a possessor: "its duty": the clause's verb) */
  for (int hops = 0; v >= 0 && hops < 8 && d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj"); hops++)
    v = kg_tok_head(d, (uint32_t)v);
  if (v < 0 || !d->tokens[v].deprel)
    return 0;
  const char *r = d->tokens[v].deprel;
  return !strncmp(r, "advcl", 5) || !strncmp(r, "acl", 3);
}
