/* relrules.c — the single-phrase office and alliance rules of relations.c:
 * "his Vietnamese counterpart, X", "under the leadership of X", "X was
 * sworn in as president", "the Iran-aligned group" (split from
 * relations.c, which calls them word by word; the rules are listed in its
 * header comment).
 * Owns: kg_rel_counterpart_rule, kg_rel_leadership_rule, kg_rel_sworn_rule,
 * kg_rel_backed_rule; the tests relations.c weighs the dictionary's offices
 * with against the text: kg_rel_text_office_elsewhere (a title of another
 * body or kind given to the person), kg_rel_known_elsewhere (a guessed
 * state the dictionary contradicts), kg_rel_dateline_state;
 * kg_rel_pact_rule ("A signed a defence pact with B"), kg_rel_party_rule
 * ("his Justice and Development Party": a member), kg_rel_counted_pair
 * ("two allies of X": the pair named last),
 * kg_rel_respective_rule ("the foreign ministers of A and B, X and Y"),
 * kg_rel_title_named_before (a bare title's state from an earlier unnamed
 * holder: "Egypt's foreign minister ... Foreign Minister X"),
 * kg_rel_embedded_subject (which subject of a sentence before a bare title
 * may lend its state), kg_rel_noun_subject (a subject only by a misparse);
 * the document's actor of a dictionary entry and the state a capital stands
 * for (kg_rel_actor_of_entry, kg_rel_metonym_state).
 * Also the tests bare titles use (relations.c): kg_rel_acts_on_state,
 * kg_rel_org_office, kg_rel_org_title, kg_rel_paired_with_state, kg_rel_guest_of,
 * kg_rel_counterpart_state, kg_rel_in_relative_clause; and
 * kg_rel_team_role (a sports team's role: "France coach X"),
 * kg_rel_chancellor_head (Germany's chancellor leads, the UK's serves);
 * and kg_rel_dict_rule (the dictionary's office holders, run last).
 * Does not own: titles and bare titles, the dictionary's office holders
 * (relations.c), alliances and membership lists (relgroups.c). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relrules.h"
#include "relbody.h"
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

/* At "Party" ("League", "Front", "Movement") closing an organisation's name (tok), the name opened by "his",
 * "her" or a person's name and "'s": that person (a pronoun's resolved
 * mention) is a member of the party (not "his party's rival, the X Party");
 * at a lower-case "party" so opened, the organisation in apposition to it. */
kg_status kg_rel_party_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  /* "Mickoski's party, VMRO-DPMNE,", "his party, the X,": the party in
   * apposition to the possessor's lower-case "party" (his "own" party) */
  if (!kg_tok_is_cap(&d->tokens[tok]) && kg_tok_is(d, tok, "party") && tok > s->tok + 1 && tok + 2 < end &&
      kg_tok_is(d, tok + 1, ",")) {
    uint32_t a = kg_tok_is(d, tok + 2, "the") ? tok + 3 : tok + 2;
    int32_t am = a < end ? kg_mention_at(d, a) : -1;
    uint32_t p = kg_tok_is(d, tok - 1, "own") ? tok - 2 : tok - 1;
    if (am < 0 || d->mentions[am].tok != a || kg_rel_atype(d, am) != KG_ACT_ORG || d->mentions[am].actor < 0)
      return KG_OK;
    if (kg_tok_is_poss(&d->tokens[p]) && p > s->tok)
      p--;
    else if (!kg_tok_is(d, p, "his") && !kg_tok_is(d, p, "her"))
      return KG_OK;
    int32_t pm = kg_mention_at(d, p);
    if (pm < 0 || kg_rel_atype(d, pm) != KG_ACT_PERSON || d->mentions[pm].actor < 0)
      return KG_OK;
    return kg_relations_add(d, KG_REL_MEMBER, d->mentions[pm].actor, d->mentions[am].actor, si);
  }
  int32_t om = kg_mention_at(d, tok);
  if (om < 0 || kg_rel_atype(d, om) != KG_ACT_ORG || d->mentions[om].tok + d->mentions[om].ntok != tok + 1 ||
      d->mentions[om].ntok < 2 || !kg_tok_is_cap(&d->tokens[tok]) ||
      (tok + 1 < s->tok + s->ntok && d->tokens[tok + 1].upos == KG_UPOS_NOUN))   /* ("his X Party rival") */
    return KG_OK;
  uint32_t p = d->mentions[om].tok;
  if (p == s->tok)
    return KG_OK;
  p--;
  if (kg_tok_is_poss(&d->tokens[p]) && p > s->tok)
    p--;
  else if (!kg_tok_is(d, p, "his") && !kg_tok_is(d, p, "her"))
    return KG_OK;
  int32_t pm = kg_mention_at(d, p);
  if (pm < 0 || kg_rel_atype(d, pm) != KG_ACT_PERSON || d->mentions[pm].actor == d->mentions[om].actor)
    return KG_OK;
  return kg_relations_add(d, KG_REL_MEMBER, d->mentions[pm].actor, d->mentions[om].actor, si);
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
  /* "Singapore's Foreign Minister, X, and his Malaysian counterpart, Y": the
   * person joined by "and" owns "his", whoever the pronoun was resolved to */
  if (o > s->tok + 2 && (kg_tok_is(d, o - 1, "his") || kg_tok_is(d, o - 1, "her")) && kg_tok_is(d, o - 2, "and")) {
    uint32_t pe = kg_tok_is(d, o - 3, ",") && o > s->tok + 3 ? o - 4 : o - 3;
    int32_t jm = kg_rel_mention_ending(d, pe);
    if (jm >= 0 && kg_rel_atype(d, jm) == KG_ACT_PERSON)
      om = jm;
  }
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

/* Words that start kg_rel_leadership_rule (relations.c's keyword gate). */
int kg_rel_leadership_word(const char *b)
{
  return (b[0] == 'l' || b[0] == 'r' || b[0] == 'h') &&   /* first letters first: most words */
         (!strcmp(b, "leadership") || !strcmp(b, "rule") || !strcmp(b, "led") || !strcmp(b, "headed"));
}

/* "under the leadership of P", "led by P", "the rule of P" */
kg_status kg_rel_leadership_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, at;
  if ((kg_tok_is(d, tok, "led") || kg_tok_is(d, tok, "headed")) && tok > s->tok + 1 && tok + 2 < end &&
      kg_tok_is(d, tok + 1, "by")) {
    kg_status st = KG_OK;
    uint32_t b = kg_tok_is(d, tok - 1, ",") ? tok - 2 : tok - 1;
    if (kg_rel_delegation_head(dict, d, si, b, tok + 2, &st) || kg_tok_is(d, tok, "headed"))   /* (relbody.c) */
      return st;
  }
  if ((kg_tok_is(d, tok, "leadership") || kg_tok_is(d, tok, "rule")) &&
      tok + 2 < end && kg_tok_is(d, tok + 1, "of"))
    at = tok + 2;
  else if (kg_tok_is(d, tok, "led") && tok + 2 < end && kg_tok_is(d, tok + 1, "by"))
    at = tok + 2;
  else
    return KG_OK;
  const kg_title *ti;                     /* "led by General P": the title before the name */
  for (uint32_t tn; at < end && kg_mention_at(d, at) < 0 && (tn = kg_dict_match_title(dict, d, at, &ti)) > 0;)
    at += tn;
  /* "led by Captain P": a capitalised rank the titles lack before the name */
  if (at + 1 < end && kg_mention_at(d, at) < 0 && kg_tok_is_cap(&d->tokens[at]) && kg_mention_at(d, at + 1) >= 0 &&
      d->mentions[kg_mention_at(d, at + 1)].tok == at + 1)
    at++;
  int32_t m = at < end ? kg_mention_at(d, at) : -1;
  if (m < 0 || kg_rel_atype(d, m) != KG_ACT_PERSON)
    return KG_OK;
  /* "the RSF, led by P", "a militia led by P": P leads the organisation the
   * participle modifies, not the salient state */
  if (kg_tok_is(d, tok, "led") && tok > s->tok) {
    uint32_t b = kg_tok_is(d, tok - 1, ",") && tok > s->tok + 1 ? tok - 2 : tok - 1;
    int32_t om = kg_rel_mention_ending(d, b);
    if (om >= 0 && kg_rel_atype(d, om) == KG_ACT_ORG)
      return kg_relations_add(d, KG_REL_LEADER, d->mentions[m].actor, d->mentions[om].actor, si);
    /* "The junta, led by Captain P", "Burkina Faso, led by P": a state named
     * or told as its rulers (not "the army, led by General P") */
    static const char *const rulers[] = { "junta", "regime", "government", "administration", NULL };
    int ruled = 0;
    for (int k = 0; om >= 0 && rulers[k]; k++)
      ruled |= kg_tok_is(d, b, rulers[k]);
    if (om >= 0 && kg_rel_atype(d, om) == KG_ACT_COUNTRY && d->mentions[om].actor >= 0 && !d->mentions[om].as_place &&
        (d->mentions[om].kind == KG_MEN_NAME || (d->mentions[om].kind == KG_MEN_DESCRIPTION && ruled)))
      return kg_relations_add(d, KG_REL_LEADER, d->mentions[m].actor, d->mentions[om].actor, si);
    if (om >= 0)
      return KG_OK;                       /* another kind of actor is led: no state guessed */
    /* "a Taiwanese delegation led by P", "a mission led by P": a group that
     * is no state's government is led, not the salient state */
    char nb[32];
    kg_tok_lower(&d->tokens[b], nb, sizeof nb);
    if (om < 0 && d->tokens[b].upos == KG_UPOS_NOUN && kg_dict_description(dict, nb) != KG_ACT_COUNTRY)
      return KG_OK;
  }
  /* "The South will be led by P", "the country is led by P": the passive
   * subject is led (a state; a state's description: the salient state) */
  if (kg_tok_is(d, tok, "led") && tok > s->tok && d->tokens[tok - 1].upos == KG_UPOS_AUX) {
    for (uint32_t t = s->tok; t < tok; t++) {
      if (kg_tok_head(d, t) != (int32_t)tok || !d->tokens[t].deprel || strncmp(d->tokens[t].deprel, "nsubj", 5))
        continue;
      int32_t sm = kg_mention_at(d, t);
      if (sm >= 0 && d->mentions[sm].actor >= 0)
        return kg_rel_atype(d, sm) == KG_ACT_COUNTRY && !d->mentions[sm].as_place ?
               kg_relations_add(d, KG_REL_LEADER, d->mentions[m].actor, d->mentions[sm].actor, si) : KG_OK;
      char nb[32];
      kg_tok_lower(&d->tokens[t], nb, sizeof nb);
      if (kg_dict_description(dict, nb) != KG_ACT_COUNTRY)
        return KG_OK;                     /* (a team, a side: no state) */
    }
  }
  int32_t c = kg_actors_salient(d, si, tok, KG_TYPEBIT(KG_ACT_COUNTRY));
  if (c < 0)
    return KG_OK;
  return kg_relations_add(d, KG_REL_LEADER, d->mentions[m].actor, c, si);
}

/* "X was sworn in as (transitional) president (of Y)", "X, who was
 * inaugurated as prime minister": X takes the office of a state title; the
 * state is the title's ("as Nigerian president", "as president of Y", "as
 * Nepal's interim prime minister"), else
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
    /* "as Nepal's interim prime minister": the possessor's office */
    if (q < end && kg_tok_is_poss(&d->tokens[q])) {
      q++;
      while (q < end && kg_rel_is_mod(d, q) && kg_mention_at(d, q) < 0)
        q++;
      if (q < end && (kg_tok_is(d, q, "transitional") || kg_tok_is(d, q, "provisional")))
        q++;
    }
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

/* 1 when the words of a title phrase from token lo to hi (inclusive) hold
 * a title of the dictionary and a sign that the office is not one of state
 * st: "shadow" or "opposition" (an opposition post), the name of another actor ("NATO
 * Secretary General", "Liberal Democrat shadow chancellor", "former
 * Conservative leader"), a head's title, not naming st, for a person the
 * dictionary knows as an official (role: its kind of office; "President
 * Salva Kiir"; not "South African president Thabo Mbeki"), or a minister's
 * title of a state's government, not naming st, for one it knows as a head
 * ("Chancellor Gordon Brown", the Exchequer's, in 2005; not a rank: "Senior
 * General Min Aung Hlaing"); 2 when they hold a title and name st with no
 * such sign ("German Chancellor X"); else 0. */
static int other_office(const kg_dict *dict, const kg_doc *d, uint32_t lo, uint32_t hi, int32_t st, int role)
{
  int title = 0, other = 0, head = 0, state = 0, names_st = 0, org = 0;
  for (uint32_t t = lo; t <= hi; t++) {
    if (kg_rel_team_role(dict, d, t, hi + 1))
      title = other = 1;                  /* "France coach X": a national team's, not the state's */
    const kg_title *ti = NULL;
    uint32_t n = kg_dict_match_title(dict, d, t, &ti);
    if (n > 0 && t + n - 1 <= hi) {
      title = 1;
      int ch = kg_rel_chancellor_head(dict, d, t, st);    /* ("Chancellor Olaf Scholz": Germany's head) */
      head |= ch || (ti && ti->rel == KG_REL_LEADER);
      state |= !ch && ti && ti->rel == KG_REL_OFFICIAL && kg_rel_state_title(ti);
    }
    if (kg_tok_is(d, t, "shadow") || kg_tok_is(d, t, "Shadow") || kg_tok_is(d, t, "opposition") ||
        kg_tok_is(d, t, "Opposition"))
      other = 1;                          /* ("Opposition leader X": the leader of no state) */
    int32_t m = kg_mention_at(d, t);
    int32_t ma = m >= 0 ? d->mentions[m].actor : -1;
    names_st |= ma >= 0 && ma == st;
    if (ma >= 0 && ma != st && d->actors[ma].type == KG_ACT_COUNTRY)
      other = 1;
    /* an organisation the dictionary knows ("NATO Secretary General"),
     * or any before a head's title ("former Conservative leader"; not
     * "Trade and Industry Secretary", a portfolio read as a name) */
    if (ma >= 0 && ma != st && d->actors[ma].type == KG_ACT_ORG)
      org |= d->actors[ma].dict_entry >= 0 ? 2 : 1;
  }
  if ((org & 2) || (org && head))
    other = 1;
  if (head && role == KG_REL_OFFICIAL && !names_st)
    other = 1;                            /* "President Salva Kiir", known to the dictionary as a minister */
  /* "Chancellor Gordon Brown" (a minister), known as a head of government; naming the state confirms no
   * head ("UK Chancellor Gordon Brown", "the French armed forces minister, X") */
  if (state && !head && role == KG_REL_LEADER)
    other = 1;
  if (title && names_st && !other)
    return 2;                             /* "German Chancellor X": the text confirms the office in st */
  return title && other;
}

int kg_rel_chancellor_head(const kg_dict *dict, const kg_doc *d, uint32_t t, int32_t st)
{
  char buf[32];
  kg_tok_lower(&d->tokens[t], buf, sizeof buf);
  if (strcmp(buf, "chancellor") != 0 || st < 0 || !d->actors[st].key)
    return 0;
  if (t > 0) {                            /* (not "Vice Chancellor", "deputy chancellor", "Vice-Chancellor") */
    kg_tok_lower(&d->tokens[t - 1], buf, sizeof buf);
    if (!strcmp(buf, "vice") || !strcmp(buf, "deputy") || !strcmp(buf, "-") || !strcmp(buf, "shadow"))
      return 0;
  }
  return (kg_dict_lex(dict, d->actors[st].key) & KG_LEX_CHANCELLOR_HEAD) != 0;
}

int32_t kg_rel_title_home(const kg_dict *dict, const kg_doc *d, uint32_t tt)
{
  const kg_sentence *s = &d->sents[d->tokens[tt].sent];
  uint32_t end = s->tok + s->ntok;
  for (uint32_t q = tt; q < end && q < tt + 3; q++) {    /* (past "Deputy", "the") */
    const kg_title *ti = NULL;
    uint32_t n = kg_dict_match_title(dict, d, q, &ti);
    int32_t e = n && ti ? kg_dict_title_state(dict, ti->phrase) : -1;
    if (e < 0)
      continue;
    if (q + n < end && (kg_tok_is(d, q + n, "for") || kg_tok_is(d, q + n, "of")))
      return -1;                          /* ("the Secretary of State for Health": a British minister) */
    for (size_t k = 0; k < d->nactors; k++)
      if (d->actors[k].dict_entry == e)
        return (int32_t)k;                /* (only a state the document names) */
    return -1;
  }
  return -1;
}

uint32_t kg_rel_team_role(const kg_dict *dict, const kg_doc *d, uint32_t t, uint32_t lim)
{
  char buf[64];
  size_t n = kg_tok_lower(&d->tokens[t], buf, sizeof buf);
  if (t + 1 < lim && n > 0 && n + 1 < sizeof buf) {
    buf[n] = ' ';
    kg_tok_lower(&d->tokens[t + 1], buf + n + 1, sizeof buf - n - 1);
    if (kg_dict_lex(dict, buf) & KG_LEX_TEAM_ROLE)
      return 2;                           /* "technical director", "head coach" */
    buf[n] = 0;
  }
  return (kg_dict_lex(dict, buf) & KG_LEX_TEAM_ROLE) ? 1 : 0;
}

/* Whether a word may stand in a title phrase before or after a name:
 * capitalised words, lower-case nouns and adjectives, "'s", "-". */
static int phrase_word(const kg_doc *d, uint32_t t)
{
  int u = d->tokens[t].upos;
  return kg_tok_is_cap(&d->tokens[t]) || kg_tok_is_poss(&d->tokens[t]) || kg_tok_is(d, t, "-") ||
         u == KG_UPOS_NOUN || u == KG_UPOS_ADJ || u == KG_UPOS_PROPN;
}

int kg_rel_text_office_elsewhere(const kg_dict *dict, const kg_doc *d, int32_t a, int32_t st, int role)
{
  int found = 0;
  for (size_t m = 0; m < d->nmentions && found < 2; m++) {
    const kg_mention *p = &d->mentions[m];
    if (p->actor != a || p->kind != KG_MEN_NAME)
      continue;
    const kg_sentence *s = &d->sents[p->sent];
    uint32_t lo = p->tok;                 /* "Tory foreign affairs spokesman X" */
    while (lo > s->tok && p->tok - lo < 8 &&
           (phrase_word(d, lo - 1) ||            /* ("Chancellor of the Exchequer X") */
            ((kg_tok_is(d, lo - 1, "of") || kg_tok_is(d, lo - 1, "the")) && lo < p->tok &&
             (kg_tok_is_cap(&d->tokens[lo]) || kg_tok_is(d, lo, "the")))))
      lo--;
    int r = lo < p->tok ? other_office(dict, d, lo, p->tok - 1, st, role) : 0;
    found = r > found ? r : found;
    if (lo == p->tok && p->tok > s->tok + 1 && kg_tok_is(d, p->tok - 1, ",")) {
      uint32_t lo2 = p->tok - 1;          /* "A crestfallen France coach, X" */
      while (lo2 > s->tok && p->tok - lo2 < 8 && phrase_word(d, lo2 - 1))
        lo2--;
      r = lo2 < p->tok - 1 ? other_office(dict, d, lo2, p->tok - 2, st, role) : 0;
      found = r > found ? r : found;
    }
    uint32_t q = p->tok + p->ntok, end = s->tok + s->ntok;
    if (q + 1 < end && kg_tok_is(d, q, ",")) {   /* "X, UKIP's deputy leader," */
      uint32_t hi = q + 1;
      if (kg_tok_is(d, hi, "the") || kg_tok_is(d, hi, "a") || kg_tok_is(d, hi, "an"))
        hi++;
      uint32_t from = hi;
      while (hi < end && hi - from < 8 && phrase_word(d, hi))
        hi++;
      r = hi > from && (hi == end || kg_tok_is(d, hi, ",") || kg_tok_is(d, hi, ".")) ?
          other_office(dict, d, from, hi - 1, st, role) : 0;
      found = r > found ? r : found;
    }
  }
  return found == 1;                      /* (a title naming st anywhere confirms the dictionary) */
}

/* "Mali gave another account. Its Foreign Minister, Abdoulaye Diop, said": the pronoun opening the sentence
 * owns the title (the subject before, coref.c), and the holder is named right after it in apposition. The
 * text's own statement of the office, which a namesake the dictionary places in another state (a minister of
 * Senegal of that name) does not overrule; "Riek Machar, its leader", "X, whose leader ...", or a title
 * after other words, still defer to the dictionary. */
int kg_rel_own_title(const kg_doc *d, int32_t pm, int32_t cm, uint32_t tok, uint32_t tn)
{
  const kg_mention *c = &d->mentions[cm];
  return c->kind == KG_MEN_PRONOUN && c->ntok == 1 && c->tok == d->sents[c->sent].tok && c->tok + 1 == tok &&
         kg_tok_is(d, c->tok, "its") && d->mentions[pm].sent == c->sent && kg_tok_is(d, tok + tn, ",") &&
         d->mentions[pm].tok == tok + tn + 1;
}

int kg_rel_known_elsewhere(const kg_dict *dict, const kg_doc *d, int32_t a, int32_t st)
{
  if (a < 0 || st < 0 || d->actors[a].dict_entry < 0 || d->actors[st].type != KG_ACT_COUNTRY)
    return 0;
  const kg_dict_actor *e = kg_dict_actor_at(dict, d->actors[a].dict_entry);
  if (!e || e->country < 0 || (e->role != KG_REL_LEADER && e->role != KG_REL_OFFICIAL))
    return 0;
  const kg_dict_actor *ce = kg_dict_actor_at(dict, e->country);
  return ce && ce->type == KG_ACT_COUNTRY && d->actors[st].key && strcmp(ce->key, d->actors[st].key) != 0;
}

int32_t kg_rel_dateline_state(const kg_dict *dict, const kg_doc *d, uint32_t si, uint32_t *lead)
{
  uint32_t dl = 0;
  while (dl < d->nsents && dl < si &&
         (d->sents[dl].ntok == 0 || !(d->tokens[d->sents[dl].tok].flags & KG_TOK_DATELINE)))
    dl++;
  if (dl > si || dl >= d->nsents || d->sents[dl].ntok == 0 || !(d->tokens[d->sents[dl].tok].flags & KG_TOK_DATELINE))
    return -1;
  const kg_sentence *f = &d->sents[dl];
  *lead = (d->tokens[f->tok + f->ntok - 1].flags & KG_TOK_DATELINE) ? dl + 1 : dl;
  return kg_rel_metonym_state(dict, d, f->tok);
}

int32_t kg_rel_dateline_town_state(const kg_dict *dict, const kg_doc *d, uint32_t si, uint32_t *lead, int32_t pm)
{
  int32_t st = kg_rel_dateline_state(dict, d, si, lead);
  if (st >= 0 || pm < 0)
    return st;
  /* (the town's state only for a titled name opening its clause, "Interior
   * Minister X said", not "a spokesman for Prime Minister X said") */
  const kg_mention *p = &d->mentions[pm];
  uint32_t b = p->tok, s0 = d->sents[p->sent].tok;
  while (b > s0 && kg_tok_is_cap(&d->tokens[b - 1]) && d->tokens[b - 1].upos != KG_UPOS_PUNCT)
    b--;
  if (b > s0 && !kg_tok_is(d, b - 1, ",") && !kg_tok_is(d, b - 1, "\""))
    return st;
  uint32_t dl = 0;
  while (dl < d->nsents && dl < si &&
         (d->sents[dl].ntok == 0 || !(d->tokens[d->sents[dl].tok].flags & KG_TOK_DATELINE)))
    dl++;
  if (st >= 0 || dl > si || dl >= d->nsents || d->sents[dl].ntok == 0 ||
      !(d->tokens[d->sents[dl].tok].flags & KG_TOK_DATELINE))
    return st;
  const kg_sentence *f = &d->sents[dl];
  /* ("KARS, Turkey, November 18": a town that is no capital, the state named after it) */
  for (uint32_t q = f->tok + 1; st < 0 && q < f->tok + f->ntok && (d->tokens[q].flags & KG_TOK_DATELINE); q++) {
    int32_t m = kg_mention_at(d, q);
    if (m >= 0 && d->mentions[m].tok == q && kg_rel_atype(d, m) == KG_ACT_COUNTRY)
      st = d->mentions[m].actor;
  }
  return st;
}

/* The state a mention at token q names, its actor, or -1. */
static int32_t state_at(const kg_doc *d, uint32_t q)
{
  int32_t m = kg_mention_at(d, q);
  if (m < 0 || kg_rel_atype(d, m) != KG_ACT_COUNTRY || d->mentions[m].as_place)
    return -1;
  return d->mentions[m].actor;
}

/* "Egypt signed a defence pact with Somalia", "A and B signed a mutual
 * defence treaty", "A concluded a security pact with B": the parties of a
 * defence or security pact signed (the subject's states, and the state of
 * the "with" phrase) are allies; not when negated, hedged or only intended
 * ("may sign", "refused to sign", "talks on a defence pact"). */
kg_status kg_rel_pact_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  static const char *const block[] = { "not", "n't", "never", "to", "will", "would", "may", "might",
    "could", "should", "can", "cannot", "must", "if", "whether", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  if (!kg_sent_has_tree(d, si) || tok < s->tok + 2 ||
      !(kg_tok_is(d, tok - 1, "defence") || kg_tok_is(d, tok - 1, "defense") || kg_tok_is(d, tok - 1, "security")))
    return KG_OK;
  int32_t v = kg_tok_head(d, tok);
  if (v < 0 || !d->tokens[v].lemma || !d->tokens[tok].deprel || strcmp(d->tokens[tok].deprel, "obj") ||
      !(!strcmp(d->tokens[v].lemma, "sign") || !strcmp(d->tokens[v].lemma, "conclude")))
    return KG_OK;
  for (uint32_t p = (uint32_t)v; p-- > s->tok && p + 4 > (uint32_t)v;)
    for (int k = 0; block[k]; k++)
      if (kg_tok_is(d, p, block[k]))
        return KG_OK;
  int32_t side[6];
  size_t n = 0;
  for (uint32_t k = s->tok; k < end && n < 4; k++) {   /* the subject and its conjuncts */
    if (kg_tok_head(d, k) != v || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nsubj"))
      continue;
    int32_t a = state_at(d, k);
    if (a >= 0)
      side[n++] = a;
    for (uint32_t j = s->tok; j < end && n < 4; j++)
      if (kg_tok_head(d, j) == (int32_t)k && d->tokens[j].deprel && !strcmp(d->tokens[j].deprel, "conj") &&
          (a = state_at(d, j)) >= 0)
        side[n++] = a;
  }
  uint32_t w = tok + 1;                   /* "... pact with (the) B" */
  if (w + 1 < end && kg_tok_is(d, w, "with")) {
    w++;
    if (kg_tok_is(d, w, "the") && w + 1 < end)
      w++;
    int32_t b = state_at(d, w);
    if (b >= 0)
      side[n++] = b;
  }
  kg_status st = KG_OK;
  for (size_t i = 0; i < n && st == KG_OK; i++)
    for (size_t j = i + 1; j < n && st == KG_OK; j++)
      if (side[i] != side[j])
        st = kg_relations_add(d, KG_REL_ALLY, side[i], side[j], si);
  return st;
}

/* "drawing closer two allies of the United States", "both close allies of
 * X": a counted plural (after "two" or "both", adjectives between) refers
 * to the coordinated pair of states named last; 2 with it in two, else 0. */
size_t kg_rel_counted_pair(const kg_doc *d, uint32_t si, uint32_t tok, int32_t two[2])
{
  const kg_sentence *s = &d->sents[si];
  uint32_t p = tok;
  for (int k = 0; k < 2 && p > s->tok + 1 && d->tokens[p - 1].upos == KG_UPOS_ADJ; k++)
    p--;
  if (p <= s->tok || !(kg_tok_is(d, p - 1, "two") || kg_tok_is(d, p - 1, "both")))
    return 0;
  return kg_rel_both_pair(d, si, p - 1, two);
}

/* "Egypt's foreign minister warned ... // Foreign Minister Badr Abdelatty
 * accused Ethiopia": a bare title whose holder an earlier sentence told
 * without a name (no name in apposition before or after it), with its
 * state ("X's TITLE", "the DEMONYM TITLE"): that
 * state, when the document gives that title no other state before and
 * names no other holder of it between the two; -1. */
int32_t kg_rel_title_named_before(const kg_dict *dict, const kg_doc *d, const kg_mention *p, uint32_t tt)
{
  const kg_title *ti = NULL;
  if (kg_dict_match_title(dict, d, tt, &ti) == 0 || !ti || !ti->phrase)
    return -1;
  int32_t found = -1;
  uint32_t first = 0;
  for (uint32_t si = 0; si < p->sent; si++) {
    const kg_sentence *s = &d->sents[si];
    uint32_t end = s->tok + s->ntok;
    for (uint32_t t = s->tok + 1; t < end; t++) {
      const kg_title *t2 = NULL;
      uint32_t n2 = kg_mention_at(d, t) < 0 ? kg_dict_match_title(dict, d, t, &t2) : 0;
      if (n2 == 0 || !t2 || !t2->phrase || strcmp(t2->phrase, ti->phrase))
        continue;
      uint32_t b = t - 1;
      if (kg_tok_is_poss(&d->tokens[b]) && b > s->tok)
        b--;
      int32_t c = kg_rel_mention_ending(d, b);
      if (c < 0 || kg_rel_atype(d, c) != KG_ACT_COUNTRY || d->mentions[c].as_place)
        continue;
      uint32_t a = t + n2;                /* a name of its own: not the unnamed holder */
      if (a < end && kg_tok_is(d, a, ",") && a + 1 < end)
        a++;
      int32_t pm = a < end ? kg_mention_at(d, a) : -1;
      if (pm >= 0 && kg_rel_atype(d, pm) == KG_ACT_PERSON)
        continue;
      /* ... nor one before it: "Jozef Novak, Slovakia's agriculture
       * minister," (the title an apposition to that name) */
      uint32_t ct = d->mentions[c].tok;
      if (ct > s->tok && kg_tok_is(d, ct - 1, "the"))
        ct--;
      int32_t nm = ct >= s->tok + 2 && kg_tok_is(d, ct - 1, ",") ? kg_rel_mention_ending(d, ct - 2) : -1;
      if (nm >= 0 && kg_rel_atype(d, nm) == KG_ACT_PERSON)
        continue;
      if (found >= 0 && found != d->mentions[c].actor)
        return -1;                        /* two states' holders: no guess */
      if (found < 0)
        first = t;
      found = d->mentions[c].actor;
    }
  }
  /* ("the Pakistani president's visit ... President Musharraf ... he met
   * President George W Bush": the first holder named with that title after
   * the unnamed one is the one it told of) */
  for (uint32_t t = first; found >= 0 && t < p->tok; t++) {
    const kg_title *t3 = NULL;
    uint32_t n3 = kg_mention_at(d, t) < 0 ? kg_dict_match_title(dict, d, t, &t3) : 0;
    int32_t pm = n3 > 0 && t3 && t3->phrase && !strcmp(t3->phrase, ti->phrase) ? kg_mention_at(d, t + n3) : -1;
    if (pm >= 0 && d->mentions[pm].tok == t + n3 && kg_rel_atype(d, pm) == KG_ACT_PERSON &&
        d->mentions[pm].actor != p->actor)
      return -1;
  }
  return found;
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

int kg_rel_noun_subject(const kg_doc *d, size_t m)
{
  const kg_mention *mm = &d->mentions[m];
  if (!kg_sent_has_tree(d, mm->sent))
    return 0;
  uint32_t t = mm->tok + mm->ntok - 1;
  for (int up = 0; up < 3 && d->tokens[t].deprel && strncmp(d->tokens[t].deprel, "nsubj", 5); up++) {
    const char *r = d->tokens[t].deprel;  /* (a modifier: the noun it modifies) */
    int32_t g = kg_tok_head(d, t);
    if (g < 0 || (strcmp(r, "amod") && strcmp(r, "compound") && strncmp(r, "flat", 4)))
      return 0;
    t = (uint32_t)g;
  }
  int32_t h = d->tokens[t].deprel && !strncmp(d->tokens[t].deprel, "nsubj", 5) ? kg_tok_head(d, t) : -1;
  if (h < 0 || (d->tokens[h].upos != KG_UPOS_NOUN && d->tokens[h].upos != KG_UPOS_PROPN))
    return 0;
  const kg_sentence *s = &d->sents[mm->sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == h && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "cop"))
      return 0;                           /* ("the Danish vote was a defeat") */
  return 1;
}

static int32_t verb_above(const kg_doc *d, uint32_t t)
{
  int32_t v = (int32_t)t;
  for (int hops = 0; v >= 0 && hops < 8; hops++, v = kg_tok_head(d, (uint32_t)v))
    if (d->tokens[v].upos == KG_UPOS_VERB)
      return v;
  return -1;
}

/* Whether sentence si names the state st as what the person of mention p
 * acts on or towards, in a phrase of the person's own verb other than its
 * subject ("President X thanked Sultan Y for Oman's mediation": X is no
 * official of Oman), not in a clause of its own ("X said Tokyo had
 * protested"). */
int kg_rel_acts_on_state(const kg_doc *d, const kg_mention *p, uint32_t si, int32_t st)
{
  int32_t pv = verb_above(d, p->tok + p->ntok - 1);
  for (size_t m = 0; pv >= 0 && m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    const char *pr = d->tokens[mm->tok].deprel;   /* (but "removed it from the list": the state acted on) */
    int obj_it = mm->kind == KG_MEN_PRONOUN && kg_tok_is(d, mm->tok, "it") && pr && !strcmp(pr, "obj");
    if (mm->sent != si || mm->actor != st || mm->as_place || kg_mention_role(d, m) == 's' ||
        (mm->kind == KG_MEN_PRONOUN && !obj_it))
      continue;                           /* ("defend its territory": the speaker's own) */
    int32_t mh = kg_tok_head(d, mm->tok + mm->ntok - 1);
    if (mh > (int32_t)(mm->tok + mm->ntok - 1) && kg_tok_is(d, (uint32_t)mh, "capital"))
      continue;                           /* ("told a news conference in the Argentine capital": a place) */
    /* (or of a verb the person's verb controls: "sought to repair ties with
     * Beijing") */
    int32_t v = verb_above(d, mm->tok + mm->ntok - 1);
    for (int hops = 0; v >= 0 && v != pv && hops < 3 && d->tokens[v].deprel &&
                       !strcmp(d->tokens[v].deprel, "xcomp"); hops++)
      v = verb_above(d, (uint32_t)kg_tok_head(d, (uint32_t)v));
    if (v >= 0 && v == pv)
      return 1;
  }
  return 0;
}

/* The one organisation person a serves (officialOf) by the text's
 * relations so far, else -1. */
int32_t kg_rel_org_office(const kg_doc *d, int32_t a)
{
  int32_t org = -1;
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && d->rels[r].kind == KG_REL_OFFICIAL &&
        d->actors[d->rels[r].obj].type == KG_ACT_ORG) {
      if (org >= 0 && org != d->rels[r].obj)
        return -1;
      org = d->rels[r].obj;
    }
  return org;
}

/* Whether the title at token tt is one an organisation's official bears
 * ("spokesman", "commissioner"; not "minister", a state's) with nothing
 * before it in its phrase but an article and lower-case words ("A
 * spokesman, X", "X, the enlargement commissioner"; not "Conservative
 * family spokeswoman X", whose party is its own). */
int kg_rel_org_title(const kg_doc *d, uint32_t tt)
{
  static const char *const w[] = { "spokesman", "spokeswoman", "spokesperson", "commissioner",
    "secretary-general", "director-general", NULL };
  char b[24];
  kg_tok_lower(&d->tokens[tt], b, sizeof b);
  int ok = 0;
  for (int k = 0; w[k]; k++)
    ok |= !strcmp(b, w[k]);
  const kg_sentence *s = &d->sents[d->tokens[tt].sent];
  /* ("Secretary-General" split by the segmenter into Secretary - General) */
  ok |= (!strcmp(b, "secretary") || !strcmp(b, "director")) && tt + 2 < s->tok + s->ntok &&
        kg_tok_is(d, tt + 1, "-") && kg_tok_is(d, tt + 2, "general");
  for (uint32_t t = tt; ok && t-- > s->tok;) {
    if (kg_tok_is(d, t, "a") || kg_tok_is(d, t, "A") || kg_tok_is(d, t, "the") || kg_tok_is(d, t, "The") ||
        kg_tok_is(d, t, ","))
      break;
    if (kg_tok_is_cap(&d->tokens[t]) || kg_mention_at(d, t) >= 0 || !isalpha((unsigned char)d->tokens[t].form[0]))
      ok = 0;
  }
  return ok;
}

int kg_rel_guest_of(const kg_dict *dict, const kg_doc *d, const kg_mention *p, int32_t st)
{
  int32_t pv = st >= 0 ? verb_above(d, p->tok + p->ntok - 1) : -1;
  for (size_t m = 0; pv >= 0 && m < d->nmentions; m++) {
    const kg_mention *o = &d->mentions[m];
    if (o == p || o->sent != p->sent || o->kind != KG_MEN_NAME || o->actor < 0 || o->actor == p->actor ||
        d->actors[o->actor].type != KG_ACT_PERSON)
      continue;
    int32_t os = kg_rel_state_of(d, o->actor);     /* (by the text so far, else the dictionary's office) */
    const kg_dict_actor *e = os < 0 && d->actors[o->actor].dict_entry >= 0 ?
                             kg_dict_actor_at(dict, d->actors[o->actor].dict_entry) : NULL;
    const kg_dict_actor *ce = e && e->country >= 0 && (e->role == KG_REL_LEADER || e->role == KG_REL_OFFICIAL) ?
                              kg_dict_actor_at(dict, e->country) : NULL;
    if (os != st && !(ce && d->actors[st].key && !strcmp(ce->key, d->actors[st].key)))
      continue;
    int32_t h = (int32_t)(o->tok + o->ntok - 1);     /* (the name's head: its last word or the title above) */
    while (h >= 0 && (uint32_t)h >= o->tok && kg_tok_head(d, (uint32_t)h) >= (int32_t)o->tok &&
           kg_tok_head(d, (uint32_t)h) < (int32_t)(o->tok + o->ntok))
      h = kg_tok_head(d, (uint32_t)h);
    for (int hop = 0; h >= 0 && hop < 2 && d->tokens[h].deprel && strncmp(d->tokens[h].deprel, "obj", 3) &&
                      strncmp(d->tokens[h].deprel, "obl", 3) && strncmp(d->tokens[h].deprel, "nmod", 4); hop++)
      h = kg_tok_head(d, (uint32_t)h);                /* ("President Y" headed by its title) */
    const char *r = h >= 0 ? d->tokens[h].deprel : NULL;
    if (!r || !(!strncmp(r, "obj", 3) || !strncmp(r, "obl", 3) || !strncmp(r, "nmod", 4)))
      continue;
    if (verb_above(d, (uint32_t)h) == pv)
      return 1;
  }
  return 0;
}

/* Whether the person of mention p is joined by "and" to another person of
 * state st, only title words between ("signed by Foreign Minister X and
 * Secretary of State Y"): two signatories or envoys, one from each side,
 * so the other's state is no guess for p. */
int kg_rel_paired_with_state(const kg_doc *d, const kg_mention *p, int32_t st)
{
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t b = p->tok, e = p->tok + p->ntok;
  while (b > s->tok && (kg_tok_is_cap(&d->tokens[b - 1]) || kg_tok_is(d, b - 1, "of")) &&
         kg_mention_at(d, b - 1) < 0)
    b--;                                  /* the title before the name */
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *o = &d->mentions[m];
    if (o == p || o->sent != p->sent || o->actor < 0 || d->actors[o->actor].type != KG_ACT_PERSON ||
        kg_rel_state_of(d, o->actor) != st)
      continue;
    uint32_t lo, hi;                      /* the words between the two names */
    if (o->tok + o->ntok <= b) {
      lo = o->tok + o->ntok;
      hi = b;
    } else if (o->tok >= e) {
      lo = e;
      hi = o->tok;
    } else
      continue;
    if (lo >= hi || !kg_tok_is(d, lo, "and"))
      continue;
    uint32_t t = lo + 1;
    while (t < hi && (kg_tok_is_cap(&d->tokens[t]) || kg_tok_is(d, t, "of")))
      t++;
    if (t == hi)
      return 1;
  }
  return 0;
}

int kg_rel_in_relative_clause(const kg_doc *d, uint32_t t)
{
  int32_t h = (int32_t)t;
  for (int hop = 0; hop < 4 && h >= 0; hop++) {
    const char *r = d->tokens[h].deprel;
    if (r && !strcmp(r, "acl:relcl"))
      return 1;
    h = kg_tok_head(d, (uint32_t)h);
  }
  return 0;
}

int kg_rel_counterpart_state(const kg_doc *d, const kg_mention *p, int32_t st)
{
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t t = p->tok + p->ntok, end = s->tok + s->ntok;
  if (st < 0 || t + 3 >= end || !kg_tok_is(d, t, "and") ||
      !(kg_tok_is(d, t + 1, "his") || kg_tok_is(d, t + 1, "her") || kg_tok_is(d, t + 1, "their")))
    return 0;
  int32_t m = kg_mention_at(d, t + 2);
  if (m < 0 || d->mentions[m].actor != st || d->mentions[m].tok != t + 2)
    return 0;
  t = d->mentions[m].tok + d->mentions[m].ntok;
  return t < end && (kg_tok_is(d, t, "counterpart") || kg_tok_is(d, t, "counterparts"));
}

int32_t kg_rel_person_at(const kg_dict *dict, const kg_doc *d, uint32_t q, uint32_t end)
{
  const kg_title *t = NULL;
  uint32_t n = q < end && kg_mention_at(d, q) < 0 ? kg_dict_match_title(dict, d, q, &t) : 0;
  char hb[16];
  if (n == 0 && q < end && kg_mention_at(d, q) < 0) {
    kg_tok_lower(&d->tokens[q], hb, sizeof hb);
    n = kg_dict_lex(dict, hb) & KG_LEX_HONORIFIC ? 1 : 0;
  }
  int32_t m = q + n < end ? kg_mention_at(d, q + n) : -1;
  return m >= 0 && d->mentions[m].tok == q + n && kg_rel_atype(d, m) == KG_ACT_PERSON && d->mentions[m].actor >= 0 ?
         m : -1;
}

kg_status kg_rel_respective_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t h)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, q = h + 1;
  const char *x = d->tokens[h].xpos;
  if (!x || (strcmp(x, "NNS") && strcmp(x, "NNPS")) || !d->tokens[h].lemma || q + 4 >= end || !kg_tok_is(d, q, "of"))
    return KG_OK;                         /* (a plural title: "the defence ministers of") */
  /* the title: the plural's lemma after up to two lower-case words ("defence
   * ministers": "defence minister"), the longest the dictionary holds */
  const kg_title *ti = NULL;
  for (uint32_t k = 3; k-- > 0 && !ti;) {
    if (h < s->tok + k)
      continue;
    char buf[96];
    size_t n = 0;
    int ok = 1;
    for (uint32_t t = h - k; t < h && ok; t++) {
      ok = !kg_tok_is_cap(&d->tokens[t]) && n + 2 < sizeof buf;   /* (a capital names a body) */
      if (ok) {
        n += kg_tok_lower(&d->tokens[t], buf + n, sizeof buf - n - 1);
        buf[n++] = ' ';
      }
    }
    if (ok && n < sizeof buf) {
      snprintf(buf + n, sizeof buf - n, "%s", d->tokens[h].lemma);
      ti = kg_dict_title_phrase(dict, buf);
    }
  }
  if (!ti || !kg_rel_state_title(ti))
    return KG_OK;
  int rel = ti->rel;
  q++;
  if (kg_tok_is(d, q, "the"))
    q++;
  int32_t st[2] = { -1, -1 };
  static const char *const kinds[] = { "countries", "nations", "states", "neighbours", "neighbors", NULL };
  int two = 0;
  for (int k = 0; kinds[k] && q + 1 < end; k++)
    two |= kg_tok_is(d, q, "two") && kg_tok_is(d, q + 1, kinds[k]);
  if (two) {                              /* "of the two countries": the last two states named, in their order */
    for (size_t m = d->nmentions; m-- > 0 && st[0] < 0;) {
      const kg_mention *mm = &d->mentions[m];
      if (mm->tok >= h || mm->sent + 2 < si || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY ||
          mm->kind == KG_MEN_PRONOUN || mm->kind == KG_MEN_DESCRIPTION || mm->actor == st[1])
        continue;
      if (st[1] < 0)
        st[1] = mm->actor;
      else
        st[0] = mm->actor;
    }
    q += 2;
  } else {                                /* "of India and France" */
    for (int k = 0; k < 2; k++) {
      int32_t m = q < end ? kg_mention_at(d, q) : -1;
      if (m < 0 || d->mentions[m].tok != q || kg_rel_atype(d, m) != KG_ACT_COUNTRY)
        return KG_OK;
      st[k] = d->mentions[m].actor;
      q = d->mentions[m].tok + d->mentions[m].ntok;
      if (k == 0 && (q >= end || !kg_tok_is(d, q++, "and")))
        return KG_OK;
    }
  }
  if (st[0] < 0 || st[1] < 0 || st[0] == st[1] || q + 3 >= end || !kg_tok_is(d, q, ","))
    return KG_OK;
  int32_t p1 = kg_rel_person_at(dict, d, q + 1, end);
  if (p1 < 0)
    return KG_OK;
  q = d->mentions[p1].tok + d->mentions[p1].ntok;
  int32_t p2 = q + 1 < end && kg_tok_is(d, q, "and") ? kg_rel_person_at(dict, d, q + 1, end) : -1;
  if (p2 < 0)
    return KG_OK;
  kg_status r = KG_OK;
  for (int k = 0; k < 2 && r == KG_OK; k++) {
    int32_t pm = k ? p2 : p1;
    if (kg_rel_known_elsewhere(dict, d, d->mentions[pm].actor, st[k]))
      continue;                           /* (the dictionary places the person in another state) */
    int kr = kg_rel_chancellor_head(dict, d, h, st[k]) ? KG_REL_LEADER : rel ? rel : KG_REL_OFFICIAL;
    r = kg_relations_add(d, kr, d->mentions[pm].actor, st[k], si);
  }
  return r;
}

int32_t kg_rel_story_state(const kg_doc *d, uint32_t si)
{
  int32_t st = -1;
  for (size_t m = 0; m < d->nmentions && d->mentions[m].sent < si; m++) {
    int32_t a = d->mentions[m].actor;
    if (a < 0 || d->actors[a].type != KG_ACT_COUNTRY || a == st)
      continue;
    if (st >= 0)
      return -1;                          /* two states: no one salient */
    st = a;
  }
  return st;
}

/* Office holders the dictionary knows, when their state is in the text
 * (not a state's leadership for a person the text makes an organisation's
 * official: a foreign policy chief or a secretary general leads no state;
 * not when the text gives the person a title of another body, "Tory
 * foreign affairs spokesman X", "NATO Secretary General X", "the shadow
 * chancellor", or a head's title to one the dictionary knows as a minister:
 * the dictionary's office is of another time; nor a leadership in a dated
 * document before its kgd:roleStart year: officials who later lead were
 * officials before, and a past office's holder often holds another, so an
 * officialOf or an ended office stays). */
kg_status kg_rel_dict_rule(const kg_dict *dict, kg_doc *d)
{
  size_t na = d->nactors;
  int y = d->date[0] ? atoi(d->date) : 0;   /* the document's year, 0 when undated */
  for (size_t i = 0; i < na; i++) {
    const kg_actor *a = &d->actors[i];
    if (a->type != KG_ACT_PERSON || a->dict_entry < 0 || a->nmentions == 0)
      continue;
    const kg_dict_actor *e = kg_dict_actor_at(dict, a->dict_entry);
    if (!e || e->country < 0 || (e->role != KG_REL_LEADER && e->role != KG_REL_OFFICIAL))
      continue;
    if (y && e->role == KG_REL_LEADER && e->role_start && e->role_start > y)
      continue;                           /* a dated article before the leadership: "Defence Minister X" in 2024 */
    const kg_dict_actor *ce = kg_dict_actor_at(dict, e->country);
    if (!ce || (e->role == KG_REL_LEADER && kg_rel_org_office(d, (int32_t)i) >= 0))
      continue;                           /* "Kaja Kallas, the EU's foreign policy chief": no longer a state's leader */
    for (size_t j = 0; j < na; j++)
      if (d->actors[j].nmentions > 0 && strcmp(d->actors[j].key, ce->key) == 0 &&
          !kg_rel_text_office_elsewhere(dict, d, (int32_t)i, (int32_t)j, e->role)) {
        kg_status st = kg_relations_add(d, e->role, (int32_t)i, (int32_t)j, a->first_sent);
        if (st != KG_OK)
          return st;
      }
  }
  return KG_OK;
}

/* The actor of the document whose key is the dictionary entry's, -1. */
int32_t kg_rel_actor_of_entry(const kg_dict *dict, const kg_doc *d, int32_t entry)
{
  const kg_dict_actor *e = kg_dict_actor_at(dict, entry);
  for (size_t j = 0; e && j < d->nactors; j++)
    if (d->actors[j].nmentions > 0 && strcmp(d->actors[j].key, e->key) == 0)
      return (int32_t)j;
  return -1;
}

/* The state a capital or seat of government at token t stands for ("In
 * Washington", the dateline's "WASHINGTON"), as an actor of the document; -1. */
int32_t kg_rel_metonym_state(const kg_dict *dict, const kg_doc *d, uint32_t t)
{
  kg_dict_match dm;
  if (!kg_dict_match_actor(dict, d, t, &dm) || dm.form != KG_FORM_METONYM)
    return -1;
  const kg_dict_actor *e = kg_dict_actor_at(dict, dm.entry);
  return e && e->type == KG_ACT_COUNTRY ? kg_rel_actor_of_entry(dict, d, dm.entry) : -1;
}

/* "Haiti, like Jamaica and the Bahamas, is a member of the Caribbean
 * Community": when mention m (the state found right before "member") closes
 * a parenthetical opened by ", like" or ", unlike" right after a state S,
 * S is a member of org, and with "like" every state of the parenthetical
 * too ("unlike": only S).  1 (with *st) when the parenthetical is there.
 * The same in a relative clause, with no comma after the parenthetical:
 * "A and B, which like C and D are members of Y" (every state of the list
 * before ", which"). */
int kg_rel_like_members(kg_doc *d, uint32_t si, int32_t m, int32_t org, kg_status *st)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t e = d->mentions[m].tok + d->mentions[m].ntok, p = d->mentions[m].tok;
  int32_t inner[8];
  size_t ni = 0;
  *st = KG_OK;
  if (e >= s->tok + s->ntok)
    return 0;
  int rel = !kg_tok_is(d, e, ",");        /* "which like C are members" */
  if (rel && !kg_tok_is(d, e, "are") && !kg_tok_is(d, e, "is") && !kg_tok_is(d, e, "were") &&
      !kg_tok_is(d, e, "was"))
    return 0;
  inner[ni++] = m;
  while (p > s->tok && !kg_tok_is(d, p, "like") && !kg_tok_is(d, p, "unlike")) {
    int32_t x = kg_mention_at(d, p - 1);
    if (x >= 0 && x != m && kg_rel_state_like(kg_rel_atype(d, x)) && ni < 8) {
      inner[ni++] = x;
      p = d->mentions[x].tok;
    } else if (kg_tok_is(d, p - 1, "and") || kg_tok_is(d, p - 1, ",") || kg_tok_is(d, p - 1, "the") ||
               kg_tok_is(d, p - 1, "like") || kg_tok_is(d, p - 1, "unlike")) {
      p--;
    } else {
      return 0;
    }
  }
  if (!(kg_tok_is(d, p, "like") || kg_tok_is(d, p, "unlike")) || p < s->tok + 2 + rel ||
      !kg_tok_is(d, p - 1 - rel, ",") || (rel && !kg_tok_is(d, p - 1, "which")))
    return 0;
  int32_t outer[8];                       /* the members besides the parenthetical's */
  size_t no = 0;
  if (rel) {                              /* the states of the list before ", which" */
    for (uint32_t q = p - 3; q >= s->tok && no < 8;) {
      int32_t x = kg_rel_mention_ending(d, q);
      if (x < 0 || !kg_rel_state_like(kg_rel_atype(d, x)) || kg_mention_role(d, (size_t)x) == 'p')
        break;
      outer[no++] = x;
      q = d->mentions[x].tok;
      if (q < s->tok + 2 || !(kg_tok_is(d, q - 1, "and") || kg_tok_is(d, q - 1, ",")))
        break;
      q -= 2;
      if (q > s->tok && kg_tok_is(d, q, "and") && kg_tok_is(d, q + 1, ","))
        q--;                              /* "A, B, and C" */
    }
    if (no == 0)
      return 0;
  } else {                                /* the subject the parenthetical follows */
    int32_t subj = kg_mention_at(d, p - 2);
    if (subj < 0 || !kg_rel_state_like(kg_rel_atype(d, subj)) || kg_mention_role(d, (size_t)subj) == 'p' ||
        d->mentions[subj].tok + d->mentions[subj].ntok != p - 1)
      return 0;
    outer[no++] = subj;
  }
  for (size_t j = 0; *st == KG_OK && j < no; j++)
    *st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[outer[j]].actor, org, si);
  for (size_t j = 0; *st == KG_OK && kg_tok_is(d, p, "like") && j < ni; j++)
    *st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[inner[j]].actor, org, si);
  return 1;
}

/* The body nouns of a state a title may hang on ("a ministry spokesman",
 * "the army's chief of staff", "an army spokesman", "the navy's
 * spokesman"): the word's index in the list, -1. */
int kg_rel_body_word(const kg_doc *d, uint32_t t)
{
  static const char *const w[] = { "ministry", "army", "navy", "military", "police", NULL };
  char b[16];
  if (d->tokens[t].upos == KG_UPOS_VERB)
    return -1;
  kg_tok_lower(&d->tokens[t], b, sizeof b);
  for (int k = 0; w[k]; k++)
    if (!strcmp(b, w[k]))
      return k;
  return -1;
}

/* "Its Foreign Ministry said ... '...,' a ministry spokesman, X, said",
 * "Mali's army said ... Colonel X, an army spokesman, said": a title
 * phrase on a state's body noun (kg_rel_body_word, at most six words
 * before `from`, no name or verb between) with no state of its own speaks
 * for the state whose body of that noun the two sentences before named
 * last ("Mali's army", "the Lebanese army"); -1. */
int32_t kg_rel_body_before(const kg_doc *d, const kg_mention *p, uint32_t from)
{
  const kg_sentence *s = &d->sents[p->sent];
  int w = -1;
  for (uint32_t t = from; t-- > s->tok && t + 7 > from && w < 0;) {
    if (kg_mention_at(d, t) >= 0 || d->tokens[t].upos == KG_UPOS_VERB)
      break;
    w = kg_rel_body_word(d, t);
  }
  for (size_t m = d->nmentions; w >= 0 && m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= p->tok || mm->tok >= from)
      continue;
    if (mm->sent + 2 < p->sent)
      break;
    int32_t h = kg_tok_head(d, mm->tok + mm->ntok - 1);
    if (mm->actor >= 0 && d->actors[mm->actor].type == KG_ACT_COUNTRY && h >= 0 &&
        kg_rel_body_word(d, (uint32_t)h) == w)
      return mm->actor;
  }
  return -1;
}

int kg_rel_title_appos_subject(const kg_doc *d, uint32_t tok, uint32_t tn, const kg_mention *pm, uint32_t end)
{
  uint32_t v = pm->tok + pm->ntok + 1;    /* (the verb after the apposition's closing comma) */
  int verb_after = v < end && kg_tok_is(d, v - 1, ",") && d->tokens[v].upos == KG_UPOS_VERB;
  for (uint32_t q = tok; q < tok + tn; q++) {
    int32_t h = kg_tok_head(d, q);
    const char *r = d->tokens[q].deprel;
    if ((h >= (int32_t)tok && h < (int32_t)(tok + tn)) || !r)
      continue;                           /* (a word inside the title) */
    if (!strncmp(r, "nsubj", 5) || !strcmp(r, "dislocated"))
      return 1;
    if (verb_after && h == (int32_t)v && strcmp(r, "obj") && strcmp(r, "iobj") && strncmp(r, "conj", 4))
      return 1;
  }
  return 0;
}
