/* relbloc.c — an organisation's members told by a verb of membership: "The
 * CSTO, which also includes Belarus, Kazakhstan and Tajikistan", "ECOWAS
 * includes Ghana and Nigeria", "the Pacific Alliance, a trade bloc that
 * groups Mexico, Peru, Chile and Colombia", "a forum that brings together
 * A, B and C", "a Moscow-led alliance that includes A and B", "which
 * groups eighteen members including A and B": the organisation, as subject (the name right before the
 * verb, before ", which" / ", that", or before the apposition whose noun the
 * relative clause is on), has the listed states closing the clause as
 * members (memberOf); not negated ("does not include": the word before the
 * verb must be the subject or its relative pronoun).
 * Founders are members too: "Mali, Burkina Faso and Niger formed the Alliance
 * of Sahel States", "A and B left X and founded the Y", "the alliance, which
 * A, B and C formed": the states subject of a past verb of founding are
 * members of the organisation that is its object (or the noun its relative
 * clause is on).
 * An alliance told as the possessor's: "Australia's alliance with the US",
 * "its defence pact with X" (a pact of defence or security only; not one
 * ended, left or sought): the two states are allies (allyOf).
 * Owns: kg_rel_includes_verb, kg_rel_includes_rule, kg_rel_found_verb,
 * kg_rel_found_rule (relations.c calls them at the verb), kg_rel_poss_ally_rule
 * (at "alliance", "pact", "treaty"), kg_rel_mutual_pact_rule (at "mutual":
 * the signatories of a mutual defence pact, moved from relgroups.c; also of a
 * partnership "with a mutual assistance clause" and, at "other", of a treaty
 * "obliging each to come to the other's aid").
 * A state holding an organisation's chair is its member: "Uruguay, which
 * holds the rotating presidency of Mercosur", "X assumed the chairmanship
 * of Y" (kg_rel_found_rule's verbs of holding; not negated or modal).
 * Allies in a body: "Poland is a loyal ally of Germany in NATO and the EU",
 * "the two countries, allies in NATO,": both allies are members of the
 * bodies named after "in" (kg_rel_ally_in_pass, once the allies are known).
 * Does not own: the state list and where it ends (relgroups.c), "member
 * of", "joined" (relgroups.c). */
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "actors.h"

int kg_rel_includes_verb(const char *w)
{
  static const char *const v[] = { "includes", "include", "comprises", "comprise", "groups", "group", "unites",
                                   "unite", "brings", "bring", NULL };
  if (!memchr("icgub", w[0], 5))        /* their first letters: most words stop here */
    return 0;
  for (size_t k = 0; v[k]; k++)
    if (v[k][0] == w[0] && !strcmp(w, v[k]))
      return 1;
  return 0;
}

/* The token before ", a trade bloc that": the relative pronoun at b is on
 * the noun of an apposition ("a" or "an" and at most three lower-case
 * words after the comma); the token before that comma, else 0. */
static uint32_t appos_before(const kg_doc *d, const kg_sentence *s, uint32_t b)
{
  uint32_t q = b;
  for (int k = 0; k < 6 && q > s->tok + 1; k++) {
    q--;
    const kg_token *t = &d->tokens[q];
    if (kg_tok_is(d, q, "-") || (q + 1 < b && kg_tok_is(d, q + 1, "-")))
      continue;                           /* "a Moscow-led alliance that" */
    if (kg_tok_is_cap(t) || !(t->form[0] >= 'a' && t->form[0] <= 'z'))
      return 0;
    if (kg_tok_is(d, q, "a") || kg_tok_is(d, q, "an"))
      return q > s->tok + 1 && q + 1 < b && kg_tok_is(d, q - 1, ",") ? q - 2 : 0;
  }
  return 0;
}

kg_status kg_rel_includes_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t v = tok, end = s->tok + s->ntok;
  char w[16];
  kg_tok_lower(&d->tokens[v], w, sizeof w);
  if (!kg_rel_includes_verb(w) || v < s->tok + 1)
    return KG_OK;
  uint32_t first = v + 1;                 /* where the list starts */
  if (w[0] == 'b' && !(first < end && kg_tok_is(d, first, "together")))
    return KG_OK;                         /* ("brings" alone is no membership) */
  first += w[0] == 'b';
  /* "which groups eighteen members including A and B": the list after "including" */
  uint32_t mem = first + (first < end && (d->tokens[first].upos == KG_UPOS_NUM));
  if (mem + 1 < end && kg_tok_is(d, mem, "members"))
    first = mem + 1 + (kg_tok_is(d, mem + 1, ",") && mem + 2 < end);
  if (first > v + 1 && first < end && kg_tok_is(d, first, "including"))
    first++;
  uint32_t b = v - 1;
  if (kg_tok_is(d, b, "also") && b > s->tok)
    b--;
  if ((kg_tok_is(d, b, "which") || kg_tok_is(d, b, "that")) && b > s->tok + 1)
    b = kg_tok_is(d, b - 1, ",") ? b - 2 : appos_before(d, s, b);
  int32_t om = b > s->tok ? kg_rel_mention_ending(d, b) : -1;
  if (om < 0 || kg_rel_atype(d, om) != KG_ACT_ORG)
    return KG_OK;
  int32_t st[16];
  size_t n = kg_rel_state_list(d, si, first, st, 16);
  if (n == 0 || !kg_rel_list_closes(d, si, first, st[n - 1]))
    return KG_OK;
  for (size_t k = 0; k < n; k++) {
    kg_status r = kg_relations_add(d, KG_REL_MEMBER, st[k], d->mentions[om].actor, si);
    if (r != KG_OK)
      return r;
  }
  return KG_OK;
}

int kg_rel_found_verb(const char *w)
{
  static const char *const v[] = { "formed", "founded", "co-founded", "cofounded", "created", "established",
                                   "holds", "held", "assumed", "assumes", "chaired", "chairs", NULL };
  if (!memchr("fceha", w[0], 5))        /* their first letters: most words stop here */
    return 0;
  for (size_t k = 0; v[k]; k++)
    if (v[k][0] == w[0] && !strcmp(w, v[k]))
      return 1;
  return 0;
}

/* The state mentioned at token t (not as a place), or -1. */
static int32_t state_at(const kg_doc *d, uint32_t t)
{
  int32_t m = kg_mention_at(d, t);
  if (m < 0 || !kg_rel_state_like(kg_rel_atype(d, m)) || kg_mention_role(d, (size_t)m) == 'p')
    return -1;
  return m;
}

/* "X holds the rotating presidency of Y", "Uruguay, which currently holds
 * the presidency of Y", "X assumed the chairmanship of Y", "X, which then
 * chaired the group": the state
 * subject (or the name its "which" clause is on) is a member of the
 * organisation Y; o is the verb's object, sb its subject. */
static kg_status chair_rule(kg_doc *d, uint32_t si, uint32_t tok, int32_t o)
{
  static const char *const chair[] = { "presidency", "chairmanship", "chair", NULL };
  int is_chair = 0;
  for (int k = 0; chair[k] && o >= 0; k++)
    is_chair |= kg_tok_is(d, (uint32_t)o, chair[k]);
  int32_t of = is_chair ? kg_tok_child(d, (uint32_t)o, "nmod", 0) : -1;
  int32_t cs = of >= 0 ? kg_tok_child(d, (uint32_t)of, "case", 0) : -1;
  int32_t y = cs >= 0 && kg_tok_is(d, (uint32_t)cs, "of") ? kg_mention_at(d, (uint32_t)of) : -1;
  if (!is_chair && (kg_tok_is(d, tok, "chaired") || kg_tok_is(d, tok, "chairs"))) {
    y = kg_mention_at(d, (uint32_t)o);    /* "Brazil, which chairs BRICS" */
    /* ("then chaired the group", "the bloc": the organisation named last,
     * in this or the two sentences before) */
    static const char *const grp[] = { "group", "bloc", "organisation", "organization", "alliance", NULL };
    int32_t det = y < 0 ? kg_tok_child(d, (uint32_t)o, "det", 0) : -1;
    int g = 0;
    for (int k = 0; grp[k] && det >= 0 && kg_tok_is(d, (uint32_t)det, "the"); k++)
      g |= kg_tok_is(d, (uint32_t)o, grp[k]);
    for (size_t k = d->nmentions; g && k-- > 0 && y < 0;) {
      const kg_mention *mm = &d->mentions[k];
      if (mm->tok >= (uint32_t)o || mm->actor < 0)
        continue;
      if (mm->sent + 2 < si)
        break;
      if (d->actors[mm->actor].type == KG_ACT_ORG)
        y = (int32_t)k;
    }
  }
  if (y < 0 || kg_rel_atype(d, y) != KG_ACT_ORG)
    return KG_OK;
  int32_t sb = kg_tok_child(d, tok, "nsubj", 0);
  if (sb >= 0 && (kg_tok_is(d, (uint32_t)sb, "which") || kg_tok_is(d, (uint32_t)sb, "that")) &&
      d->tokens[tok].deprel && !strcmp(d->tokens[tok].deprel, "acl:relcl"))
    sb = kg_tok_head(d, tok);             /* "Uruguay, which holds the presidency of Y" */
  int32_t m = sb >= 0 ? state_at(d, (uint32_t)sb) : -1;
  if (m < 0 || d->mentions[m].actor == d->mentions[y].actor)
    return KG_OK;
  return kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor, d->mentions[y].actor, si);
}

/* "A, B and C formed the Y", "the Y, which A and B founded": by the tree;
 * not negated, modal, passive or only an aim ("to form", "would create").
 * A verb of holding goes to chair_rule. */
kg_status kg_rel_found_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  static const char *const block[] = { "not", "n't", "never", "to", "will", "would", "may",
    "might", "could", "should", "can", "cannot", "must", "yet", NULL };
  const kg_sentence *s = &d->sents[si];
  int u = d->tokens[tok].upos;
  const char *vr = d->tokens[tok].deprel;
  if (u != KG_UPOS_VERB || !vr)
    return KG_OK;
  for (uint32_t p = tok; p-- > s->tok && p + 3 >= tok;)
    for (int k = 0; block[k]; k++)
      if (kg_tok_is(d, p, block[k]))
        return KG_OK;
  int32_t o = kg_tok_child(d, tok, "obj", 0);
  if (o < 0)
    return KG_OK;
  if (kg_tok_is(d, tok, "holds") || kg_tok_is(d, tok, "held") || kg_tok_is(d, tok, "assumed") ||
      kg_tok_is(d, tok, "assumes") || kg_tok_is(d, tok, "chaired") || kg_tok_is(d, tok, "chairs"))
    return chair_rule(d, si, tok, o);
  if (kg_tok_is(d, (uint32_t)o, "which") || kg_tok_is(d, (uint32_t)o, "that"))
    o = !strcmp(vr, "acl:relcl") ? kg_tok_head(d, tok) : -1;   /* "the alliance, which A formed" */
  int32_t y = o >= 0 ? kg_mention_at(d, (uint32_t)o) : -1;
  if (y < 0 && o >= 0 && d->tokens[o].upos == KG_UPOS_NOUN) {   /* "formed their own confederation, the Y" */
    int32_t ap = kg_tok_child(d, (uint32_t)o, "appos", 0);
    y = ap >= 0 ? kg_mention_at(d, (uint32_t)ap) : -1;
  }
  if (y < 0 || kg_rel_atype(d, y) != KG_ACT_ORG)
    return KG_OK;
  int32_t sb = kg_tok_child(d, tok, "nsubj", 0);
  if (sb < 0 && !strcmp(vr, "conj") && kg_tok_head(d, tok) >= 0)
    sb = kg_tok_child(d, (uint32_t)kg_tok_head(d, tok), "nsubj", 0);   /* "A announced ... and formed the Y" */
  int32_t m = sb >= 0 ? state_at(d, (uint32_t)sb) : -1;
  if (m < 0)
    return KG_OK;
  kg_status st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor, d->mentions[y].actor, si);
  for (uint32_t q = s->tok; q < s->tok + s->ntok && st == KG_OK; q++) {   /* the subject's conjuncts */
    const char *r = d->tokens[q].deprel;
    if (kg_tok_head(d, q) != sb || !r || strcmp(r, "conj"))
      continue;
    int32_t c = state_at(d, q);
    if (c >= 0 && d->mentions[c].actor != d->mentions[y].actor)
      st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[c].actor, d->mentions[y].actor, si);
  }
  return st;
}

/* Whether the word at t may stand between a possessor and "alliance" or
 * "pact" of a standing alliance ("its decades-old defence pact"); a word
 * of a former, planned or proposed one is none of them. */
static int standing_modifier(const kg_doc *d, uint32_t t)
{
  static const char *const w[] = { "defence", "defense", "security", "military", "mutual", "close",
    "longstanding", "long-standing", "decades-old", "formal", "existing", "treaty", "strategic", NULL };
  for (size_t k = 0; w[k]; k++)
    if (kg_tok_is(d, t, w[k]))
      return 1;
  return 0;
}

/* "Australia's alliance with the United States", "its defence pact with
 * Washington": the possessor's state and the state of the "with" phrase
 * are allies.  A pact only of defence, security or the military (a trade
 * pact is no alliance); not when the alliance or pact is ended, left,
 * reviewed or only sought (the verb it hangs on, or its verb's head), nor
 * negated. */
kg_status kg_rel_poss_ally_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  static const char *const block[] = { "end", "leave", "quit", "scrap", "abandon", "withdraw", "exit", "suspend",
    "terminate", "cancel", "break", "downgrade", "renounce", "review", "renegotiate", "question", "seek", "want",
    "propose", "consider", "plan", "explore", "discuss", "negotiate", "rethink", "reconsider", "sign", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, p = tok;
  if (!kg_sent_has_tree(d, si) || tok + 2 >= end || !kg_tok_is(d, tok + 1, "with"))
    return KG_OK;
  int pact = !kg_tok_is(d, tok, "alliance"), defence = 0;
  while (p > s->tok + 1 && standing_modifier(d, p - 1)) {
    p--;
    defence |= kg_tok_is(d, p, "defence") || kg_tok_is(d, p, "defense") || kg_tok_is(d, p, "security") ||
               kg_tok_is(d, p, "military");
  }
  if (pact && !defence)
    return KG_OK;                         /* ("its trade pact with X") */
  int32_t a = -1;
  if (p <= s->tok)
    return KG_OK;
  if (kg_tok_is(d, p - 1, "its") || kg_tok_is(d, p - 1, "their"))
    a = kg_mention_at(d, p - 1);
  else if (p > s->tok + 1 && kg_tok_is_poss(&d->tokens[p - 1]))
    a = kg_rel_mention_ending(d, p - 2);
  uint32_t w = tok + 2;
  if (kg_tok_is(d, w, "the") && w + 1 < end)
    w++;
  int32_t b = kg_mention_at(d, w);
  if (a < 0 || b < 0 || kg_rel_atype(d, a) != KG_ACT_COUNTRY || kg_rel_atype(d, b) != KG_ACT_COUNTRY ||
      d->mentions[a].as_place || d->mentions[b].as_place || d->mentions[a].actor == d->mentions[b].actor)
    return KG_OK;
  int32_t v = kg_tok_head(d, tok);
  for (int up = 0; up < 2 && v >= 0; up++, v = kg_tok_head(d, (uint32_t)v)) {
    const char *l = d->tokens[v].lemma;
    for (size_t k = 0; l && block[k]; k++)
      if (!strcmp(l, block[k]))
        return KG_OK;
    for (uint32_t q = s->tok; q < end; q++)
      if (kg_tok_head(d, q) == v && (kg_tok_is(d, q, "not") || kg_tok_is(d, q, "n't") || kg_tok_is(d, q, "never")))
        return KG_OK;
  }
  return kg_relations_add(d, KG_REL_ALLY, d->mentions[a].actor, d->mentions[b].actor, si);
}

/* "A and B signed a mutual defence pact", "A signed a mutual defence treaty
 * with B", "the mutual defence agreement was signed by A and B", "a mutual
 * defence treaty signed by Russian President X and North Korean leader Y"
 * (the leaders' states, from the adjective before each name): the
 * signatories of a pact that binds each to defend the other are allies (not
 * of a defence cooperation agreement, nor when the signing is negated or
 * only intended: "did not sign", "would sign"). */
/* The state a person mention m signs for: one he leads or serves by a
 * relation found before, else the dictionary person's state if the text
 * names it; -1. */
static int32_t signer_state(const kg_dict *dict, const kg_doc *d, int32_t m)
{
  int32_t a = d->mentions[m].actor;
  if (a < 0 || d->actors[a].type != KG_ACT_PERSON)
    return -1;
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) &&
        d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
      return d->rels[r].obj;
  const kg_dict_actor *e = d->actors[a].dict_entry >= 0 ? kg_dict_actor_at(dict, d->actors[a].dict_entry) : NULL;
  for (size_t k = 0; e && e->country >= 0 && k < d->nactors; k++)
    if (d->actors[k].dict_entry == e->country && d->actors[k].type == KG_ACT_COUNTRY)
      return (int32_t)k;
  return -1;
}

/* 1 when token t's lemma is one of the NULL-terminated list. */
static int lemma_in(const kg_doc *d, uint32_t t, const char *const *l)
{
  return d->tokens[t].lemma && kg_act_in_list(d->tokens[t].lemma, l);
}

/* 1 when token t is a noun of a signed accord ("pact", "treaty", "agreement"; with partner, also "partnership",
 * "accord": a partnership holding a mutual assistance clause). */
static int pact_noun(const kg_doc *d, uint32_t t, int partner)
{
  return kg_tok_is(d, t, "pact") || kg_tok_is(d, t, "agreement") || kg_tok_is(d, t, "treaty") ||
         (partner && (kg_tok_is(d, t, "partnership") || kg_tok_is(d, t, "accord")));
}

/* The pact noun a pledge of mutual help at tok belongs to (thirty-eighth session, branch gaps), UINT32_MAX:
 * "a mutual defence pact" (tok "mutual", the noun two on); "a partnership with a mutual assistance clause" (the
 * clause's "with" phrase on the accord, or hung on the signing verb beside the accord as its object); "a treaty
 * obliging each to come to the other's aid" (tok "other" before "'s aid", "defence" or "assistance": the accord
 * a verb of obligation above it modifies). */
static uint32_t mutual_pact(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  uint32_t end = s->tok + s->ntok;
  if (kg_tok_is(d, tok, "other")) {
    static const char *const help[] = { "aid", "defence", "defense", "assistance", "help", "rescue", NULL };
    static const char *const bind[] = { "oblige", "obligate", "commit", "bind", "require", "pledge", NULL };
    if (tok + 2 >= end || !kg_tok_is(d, tok + 1, "'s") || !lemma_in(d, tok + 2, help))
      return UINT32_MAX;
    int32_t v = kg_tok_head(d, tok + 2);
    for (int up = 0; up < 3 && v >= 0 && !lemma_in(d, (uint32_t)v, bind); up++)
      v = kg_tok_head(d, (uint32_t)v);
    int32_t n = v >= 0 && lemma_in(d, (uint32_t)v, bind) && d->tokens[v].deprel &&
                !strncmp(d->tokens[v].deprel, "acl", 3) ? kg_tok_head(d, (uint32_t)v) : -1;
    return n >= 0 && pact_noun(d, (uint32_t)n, 1) ? (uint32_t)n : UINT32_MAX;
  }
  int kind = tok + 2 < end ? (kg_tok_is(d, tok + 1, "defence") || kg_tok_is(d, tok + 1, "defense") ? 1 :
                              kg_tok_is(d, tok + 1, "assistance") || kg_tok_is(d, tok + 1, "aid") ? 2 : 0) : 0;
  if (!kind)
    return UINT32_MAX;
  uint32_t h = tok + 2;
  if (pact_noun(d, h, 0))
    return h;
  if (!(kg_tok_is(d, h, "clause") || kg_tok_is(d, h, "provision") || kg_tok_is(d, h, "commitment")))
    return UINT32_MAX;
  int32_t c = kg_tok_child(d, h, "case", 0), n = kg_tok_head(d, h);
  if (c < 0 || !kg_tok_is(d, (uint32_t)c, "with") || n < 0 || !d->tokens[h].deprel)
    return UINT32_MAX;
  if (!strcmp(d->tokens[h].deprel, "nmod") && pact_noun(d, (uint32_t)n, 1))
    return (uint32_t)n;
  int32_t o = !strncmp(d->tokens[h].deprel, "obl", 3) ? kg_tok_child(d, (uint32_t)n, "obj", 0) : -1;
  return o >= 0 && o < (int32_t)h && pact_noun(d, (uint32_t)o, 1) ? (uint32_t)o : UINT32_MAX;
}

kg_status kg_rel_mutual_pact_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  if (!kg_sent_has_tree(d, si) || tok + 2 >= end)
    return KG_OK;
  uint32_t h = mutual_pact(d, s, tok);
  if (h == UINT32_MAX)
    return KG_OK;
  int32_t v = kg_tok_head(d, h);
  const char *hr = d->tokens[h].deprel;
  for (uint32_t q = h + 1; q < end && q <= h + 2; q++)   /* "a mutual defence treaty signed by A and B" */
    if (kg_tok_head(d, q) == (int32_t)h && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "acl") &&
        d->tokens[q].xpos && !strcmp(d->tokens[q].xpos, "VBN")) {
      v = (int32_t)q;
      hr = "obj";
    }
  if (v < 0 || !hr || (strcmp(hr, "obj") && strcmp(hr, "nsubj:pass")) || !d->tokens[v].lemma ||
      strcmp(d->tokens[v].lemma, "sign"))
    return KG_OK;
  int32_t list[8];
  size_t n = 0;
  for (uint32_t q = s->tok; q < end; q++) {
    const char *r = d->tokens[q].deprel;
    /* ("a treaty with B": "with" on the pact's noun) */
    if (r && kg_tok_head(d, q) == (int32_t)h && !strcmp(r, "nmod") && q > s->tok && kg_tok_is(d, q - 1, "with"))
      r = "obl";
    else if (kg_tok_head(d, q) != v || !r)
      continue;
    if (!strcmp(r, "advmod") && (kg_tok_is(d, q, "not") || kg_tok_is(d, q, "never")))
      return KG_OK;
    if (!strcmp(r, "aux") && (kg_tok_is(d, q, "would") || kg_tok_is(d, q, "could") || kg_tok_is(d, q, "may") ||
                              kg_tok_is(d, q, "might") || kg_tok_is(d, q, "will") || kg_tok_is(d, q, "to")))
      return KG_OK;
    if (!strcmp(r, "mark") && kg_tok_is(d, q, "to"))
      return KG_OK;
    int subj = !strcmp(r, "nsubj") || !strcmp(r, "obl:agent");
    int with = !strcmp(r, "obl") && q > s->tok && kg_tok_is(d, q - 1, "with");
    if (!subj && !with)
      continue;
    /* the phrase and its conjuncts ("Saudi Arabia and Pakistan") */
    for (uint32_t c = s->tok; c < end && n < 8; c++) {
      if (c != q && !(kg_tok_head(d, c) == (int32_t)q && d->tokens[c].deprel &&
                      !strcmp(d->tokens[c].deprel, "conj")))
        continue;
      int32_t m = kg_mention_at(d, c);
      /* a leader told with the state's adjective ("Russian President X and
       * North Korean leader Y"): the state before the name, in its phrase */
      for (uint32_t b = s->tok; b < c && (m < 0 || kg_rel_atype(d, m) != KG_ACT_COUNTRY); b++)
        if (kg_tok_under(d, b, (int32_t)c) && kg_mention_at(d, b) >= 0 && kg_rel_atype(d, kg_mention_at(d, b)) ==
            KG_ACT_COUNTRY && (m < 0 || kg_rel_atype(d, m) == KG_ACT_PERSON))
          m = kg_mention_at(d, b);
      int32_t sa = m >= 0 && kg_rel_atype(d, m) == KG_ACT_PERSON ? signer_state(dict, d, m) : -1;
      if (sa < 0 && (m < 0 || d->mentions[m].actor < 0 || kg_rel_atype(d, m) != KG_ACT_COUNTRY))
        continue;
      sa = sa >= 0 ? sa : d->mentions[m].actor;
      int seen = 0;
      for (size_t k = 0; k < n; k++)
        seen |= list[k] == sa;
      if (!seen)
        list[n++] = sa;
    }
  }
  return n >= 2 ? kg_rel_allies_pairwise(d, list, n, si) : KG_OK;
}

/* The organisations named right after "in" at token p: "in NATO", "in NATO
 * and the European Union", "in the G7, NATO and the EU"; their mentions in
 * orgs (at most cap), else 0. */
static size_t orgs_after_in(const kg_doc *d, const kg_sentence *s, uint32_t p, int32_t *orgs, size_t cap)
{
  uint32_t end = s->tok + s->ntok;
  size_t n = 0;
  if (p >= end || !kg_tok_is(d, p, "in"))
    return 0;
  for (uint32_t q = p + 1; q < end && n < cap;) {
    if (kg_tok_is(d, q, "the")) {
      q++;
      continue;
    }
    int32_t m = kg_mention_at(d, q);
    if (m < 0 || d->mentions[m].tok != q || kg_rel_atype(d, m) != KG_ACT_ORG || d->mentions[m].actor < 0)
      break;
    orgs[n++] = d->mentions[m].actor;
    q = d->mentions[m].tok + d->mentions[m].ntok;
    if (q < end && kg_tok_is(d, q, ","))
      q++;
    if (q < end && kg_tok_is(d, q, "and"))
      q++;
    else if (q < end && !kg_tok_is(d, q - 1, ","))
      break;
  }
  return n;
}

kg_status kg_rel_ally_in_pass(kg_doc *d)
{
  size_t nrels = d->nrels;                 /* (the allies found by the other rules) */
  for (uint32_t si = 0; si < d->nsents; si++) {
    const kg_sentence *s = &d->sents[si];
    uint32_t end = s->tok + s->ntok;
    for (uint32_t t = s->tok; t < end; t++) {
      if (!kg_tok_is(d, t, "ally") && !kg_tok_is(d, t, "allies"))
        continue;
      uint32_t p = t + 1;                  /* "ally of Germany in NATO": past the owner */
      if (p + 1 < end && kg_tok_is(d, p, "of")) {
        int32_t m = kg_mention_at(d, p + 1);
        p = m >= 0 && d->mentions[m].tok == p + 1 ? d->mentions[m].tok + d->mentions[m].ntok : end;
      }
      int32_t orgs[4];
      size_t no = orgs_after_in(d, s, p, orgs, 4);
      for (size_t k = 0; k < nrels && no > 0; k++) {
        if (d->rels[k].kind != KG_REL_ALLY || d->rels[k].sent != si)
          continue;
        for (size_t o = 0; o < no; o++) {
          int32_t who[2] = { d->rels[k].subj, d->rels[k].obj };
          for (int j = 0; j < 2; j++) {
            kg_status st = who[j] != orgs[o] ? kg_relations_add(d, KG_REL_MEMBER, who[j], orgs[o], si) : KG_OK;
            if (st != KG_OK)
              return st;
          }
        }
      }
    }
  }
  return KG_OK;
}
