/* relations.c — leaderOf, officialOf, memberOf and allyOf between the
 * actors that actors.c found.
 *
 * Owns: the relation rules below and doc->rels; the allyOf and memberOf
 * rules live in relgroups.c.
 * Does not own: finding actors (actors.c), titles and known office holders
 * (the dictionary, dict.c), events (events.c).
 *
 * Rules:
 *  - title phrases from the dictionary: "Russian President Vladimir Putin",
 *    "former U.S. President Donald Trump", "Russia's president, Vladimir
 *    Putin", "Vladimir Putin, the Russian president", "the President of
 *    Russia, Vladimir Putin": the state (name, demonym or possessor) and the
 *    person of the same noun phrase or apposition; the title says leaderOf
 *    or officialOf ("chancellor" leads the states of kgd:chancellorHeads,
 *    Germany and Austria, and serves any other); none with a sports team's
 *    role ("France coach X", "Zambia's technical director, X": kgd:teamRole);
 *    "the Taliban government's spokesman, X" (the state the text says that
 *    organisation governs: "Afghanistan's Taliban government");
 *    "a spokesman for the Japanese Foreign Ministry, X" (the state's body
 *    between the state and the apposition); "the Russian Foreign
 *    Ministry's spokeswoman, X" (the body before the possessive); "Russia's deputy ambassador to
 *    the UN, X" (the host after "to" is not the state served); "SADC,
 *    whose chairman, Zimbabwe's President X" (the organisation before
 *    "whose"; the holder's own state and title are skipped);
 *  - "the foreign ministers of India and France (of the two countries),
 *    A and B": A of the first state, B of the second (relrules.c);
 *  - "his Uzbek counterpart, X": the demonym's state, with the possessor's
 *    own kind of office (officialOf for a minister's counterpart);
 *  - "X was sworn in (inaugurated) as (Y's) (transitional) president (of Y)", "X
 *    became / was elected president" (not "hopes to be elected"): the
 *    title's state, else the most salient state, else the state last named
 *    (a capital used as a place counts);
 *  - "under the leadership of P", "led by P", "the rule of P": P leads the
 *    most salient state of the sentence;
 *  - the dictionary's office holders: a Person whose entry leads or serves
 *    a state gets that relation when the state is itself mentioned in the
 *    document (decision: dictionary knowledge is used only when the text
 *    brings both actors together; the evidence is the person's first
 *    sentence);
 *  - a state title with no state in its phrase ("Secretary of State X"):
 *    the capital the sentence opens in, the state subject of a clause
 *    before a colon ("The US offered help: Secretary of State X spoke"),
 *    the state an earlier sentence gave
 *    the title's unnamed holder ("Egypt's foreign minister warned ...
 *    Foreign Minister X said"), the subject of the paragraph's
 *    sentences before, or the lead's dateline (not for a person acting on
 *    the dateline's state: "President X thanked Y for Oman's help"); "X,
 *    the foreign minister, said" (the name the subject) the same, without
 *    the dateline; not the dateline's state for a person joined by "and"
 *    to one who serves it ("signed by Foreign Minister X and Secretary of
 *    State Y": one from each side), nor the counterpart's ("X and his
 *    Russian counterpart, Y": not Russia for X); an organisation that is the subject
 *    before for its official ("the Commission said ... A spokesman, X,
 *    said"); "his press secretary, X",
 *    "his Vietnamese counterpart, X": the possessor's or the demonym's state;
 *  - "its/X's allies, A and B", "A and B, X's (NATO) allies",
 *    "Y, its closest ally.", "X's ally A", "A, an ally of X",
 *    "A signed a defence pact with B" (relrules.c), "A and B
 *    are allies", "the alliance between A and B", "A and B, both U.S.
 *    allies", "A, X's closest ally,", "one of (among) X's allies", "defend A as it
 *    would any other ally", "describe A as X's closest ally after C", "A,
 *    X's closest ally in the region,", "A, its largest trading partner and
 *    closest ally,", "the two U.S. allies" (the pair named before, else
 *    the story's two states; "the two NATO allies": memberOf): allyOf
 *    both ways (symmetric), not
 *    when negated; "A and B signed a mutual defence pact/treaty/agreement",
 *    "A signed a mutual defence treaty with B" (relgroups.c), not when the
 *    signing is negated or only intended;
 *  - "(A, B and) X ... member(s) of (both) Y (and Z)", "Y member(s) X (and
 *    W)", "Y member states such as A", "Y's 31st member", "Y, which
 *    counts A among its members": memberOf, not
 *    when negated or only intended ("is not a member", "would become");
 *  - "A and B belong to Y", "Both countries also belong to Y" (the last
 *    pair joined by "and"): memberOf, not when negated;
 *  - a list of states has one "and": "... with China, and A and B are
 *    members of Y" leaves China out;
 *  - "X joined Y", "X, which joined Y in 2011", "X rejoined Y" with Y an
 *    organisation: memberOf, unless negated, hedged or only intended
 *    ("has not joined", "may join", "applied to join").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relrules.h"
#include "relguess.h"
#include "relbody.h"
#include "relfound.h"
#include "actors.h"

kg_status kg_relations_add(kg_doc *doc, int kind, int32_t subj, int32_t obj, uint32_t sent)
{
  if (subj < 0 || obj < 0 || subj == obj)
    return KG_OK;
  for (size_t i = 0; i < doc->nrels; i++)
    if (doc->rels[i].kind == kind && doc->rels[i].subj == subj && doc->rels[i].obj == obj)
      return KG_OK;
  return kg_doc_add_relation(doc, kind, subj, obj, sent) ? KG_OK : KG_ERR_NOMEM;
}

int kg_rel_atype(const kg_doc *d, int32_t m)
{
  if (m < 0 || d->mentions[m].actor < 0)
    return 0;
  return d->actors[d->mentions[m].actor].type;
}

/* mention ending exactly at token t (t is its last token), -1 */
int32_t kg_rel_mention_ending(const kg_doc *d, uint32_t t)
{
  int32_t m = kg_mention_at(d, t);
  if (m >= 0 && d->mentions[m].tok + d->mentions[m].ntok - 1 == t)
    return m;
  return -1;
}

int kg_rel_is_mod(const kg_doc *d, uint32_t i)
{
  static const char *const mods[] = { "former", "then", "acting", "interim", "new",
    "current", "late", "incoming", "outgoing", "longtime", "the", "a", "an", "its",
    "de", "facto", "sitting", "veteran", NULL };
  char b[32];
  kg_tok_lower(&d->tokens[i], b, sizeof b);
  for (int k = 0; mods[k]; k++)
    if (!strcmp(b, mods[k]))
      return 1;
  return 0;
}

int kg_rel_state_like(int t)
{
  return t == KG_ACT_COUNTRY || t == KG_ACT_ORG;
}

/* A word of the name of a state's body between the state and a title. */
static int is_body(const kg_doc *d, uint32_t i)
{
  static const char *const body[] = { "ministry", "department", "office", "foreign", "affairs",
    "defence", "defense", "interior", "finance", "treasury", "presidential", "government",
    "commission", "secretariat", "cabinet", "external", "of", NULL };
  char b[32];
  kg_tok_lower(&d->tokens[i], b, sizeof b);
  for (int k = 0; body[k]; k++)
    if (!strcmp(b, body[k]))
      return 1;
  return 0;
}

/* A word of the portfolio a title names, between the state and the title:
 * "Eritrea's information minister", "Ukraine's human rights commissioner"
 * (a compound or adjective whose head lies further on, up to the title's
 * end `lim`); capitalised only before an official's title (`cap`): "U.S.
 * Commerce Secretary", "British Health Secretary" (a capitalised word
 * before a leader's title names a party: "British Labour leader"). */
static int is_portfolio(const kg_doc *d, uint32_t i, uint32_t lim, int cap)
{
  const kg_token *t = &d->tokens[i];
  if (!t->deprel || t->head <= 0 || (!cap && kg_tok_is_cap(t)))
    return 0;
  if (t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_ADJ && !(cap && t->upos == KG_UPOS_PROPN))
    return 0;
  if (strcmp(t->deprel, "compound") != 0 && strcmp(t->deprel, "amod") != 0)
    return 0;
  uint32_t h = d->sents[t->sent].tok + (uint32_t)t->head - 1;
  /* (or the name after the title: "Chinese Commerce Minister Wang Wentao"
   * parsed with "Commerce" a compound of "Wang") */
  return h > i && (h < lim || (cap && kg_mention_at(d, lim) >= 0 && kg_mention_at(d, h) == kg_mention_at(d, lim)));
}

/* Whether the title ti at tok is one of a state's body with no state
 * named: "the army commander", "the central bank governor", "the
 * parliament speaker" (the word before it, lower case, or the title's own). */
static int state_body_title(const kg_doc *d, const kg_sentence *s, uint32_t tok, const kg_title *ti)
{
  static const char *const body[] = { "army", "military", "navy", "police", "parliament", "parliamentary", NULL };
  if (strstr(ti->phrase, "speaker"))
    return 1;
  if (tok <= s->tok || kg_tok_is_cap(&d->tokens[tok - 1]))
    return 0;
  char b[32];
  kg_tok_lower(&d->tokens[tok - 1], b, sizeof b);
  for (int k = 0; body[k]; k++)
    if (!strcmp(b, body[k]))
      return 1;
  return tok > s->tok + 1 && !strcmp(b, "bank") && kg_tok_is(d, tok - 2, "central");
}

/* Does a title of the dictionary start at token p and reach the end
 * `lim` of the title found after it ("Prime" of "Prime Minister": the
 * title is "prime minister", not a portfolio of "minister")? */
static int in_title(const kg_dict *dict, const kg_doc *d, uint32_t p, uint32_t lim)
{
  const kg_title *t = NULL;
  uint32_t n = kg_dict_match_title(dict, d, p, &t);
  return n > 0 && p + n >= lim;
}

/* An organisation named only by words of a state's body ("Foreign
 * Ministry spokeswoman X" at the start of a sentence): no organisation a
 * title belongs to; the state is found as for a bare title. */
static int generic_body(const kg_doc *d, int32_t m)
{
  const kg_mention *mm = &d->mentions[m];
  if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_ORG || d->actors[mm->actor].dict_entry >= 0)
    return 0;
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++)
    if (!is_body(d, k))
      return 0;
  return 1;
}

/* The state a person stands for in this document: a Country, or the state
 * a Person leads or serves by a relation found so far; -1. */
static int32_t state_of(const kg_doc *d, int32_t a)
{
  if (a < 0)
    return -1;
  if (d->actors[a].type == KG_ACT_COUNTRY)
    return a;
  if (d->actors[a].type != KG_ACT_PERSON)
    return -1;
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) &&
        d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
      return d->rels[r].obj;
  return -1;
}

int32_t kg_rel_state_of(const kg_doc *d, int32_t a)
{
  return state_of(d, a);
}

/* The kind of office (leaderOf or officialOf) a Person holds in a state by a
 * relation found so far; 0 when none. */
int kg_rel_office_kind(const kg_doc *d, int32_t a)
{
  if (a < 0 || d->actors[a].type != KG_ACT_PERSON)
    return 0;
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) &&
        d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
      return d->rels[r].kind;
  return 0;
}

/* A title held in a state's government ("foreign minister", "secretary of
 * state", "spokesman", "president"), not in an organisation's
 * ("secretary-general", "director general") nor a rank ("general"). */
int kg_rel_state_title(const kg_title *ti)
{
  const char *p = ti->phrase;
  if (strstr(p, "attorney") || strstr(p, "prosecutor") || strstr(p, "solicitor"))
    return 1;                             /* ("attorney general", "prosecutor general": a state's law officers) */
  if (strstr(p, "general") || strstr(p, "director") || strstr(p, "commission"))
    return 0;
  return strstr(p, "minister") || strstr(p, "secretary") || strstr(p, "spokes") ||
         strstr(p, "president") || strstr(p, "premier") || strstr(p, "chancellor");
}

/* Titles: finds the person and the state of a title phrase at tok. */
/* "the Taliban government" (mention m, an organisation before "government"):
 * the state the text says it governs ("Afghanistan's Taliban government",
 * "the Taliban government of Afghanistan" elsewhere in the document), else
 * the organisation itself. */
static int32_t governing_state(const kg_doc *d, int32_t m)
{
  uint32_t me = d->mentions[m].tok + d->mentions[m].ntok;
  if (kg_rel_atype(d, m) != KG_ACT_ORG || me >= d->ntokens || d->tokens[me].sent != d->mentions[m].sent ||
      !(kg_tok_is(d, me, "government") || kg_tok_is(d, me, "administration")))
    return m;
  for (size_t k = 0; k < d->nmentions; k++) {
    const kg_mention *o = &d->mentions[k];
    if (o->actor != d->mentions[m].actor)
      continue;
    uint32_t e = o->tok + o->ntok, sent = d->tokens[o->tok].sent;
    uint32_t end = d->sents[sent].tok + d->sents[sent].ntok;
    if (e >= end || !(kg_tok_is(d, e, "government") || kg_tok_is(d, e, "administration")))
      continue;
    /* "Afghanistan's Taliban government" */
    if (o->tok >= d->sents[sent].tok + 2 && kg_tok_is_poss(&d->tokens[o->tok - 1])) {
      int32_t c = kg_rel_mention_ending(d, o->tok - 2);
      if (c >= 0 && kg_rel_atype(d, c) == KG_ACT_COUNTRY)
        return c;
    }
    /* "the Taliban government of Afghanistan", "... in Afghanistan" */
    if (e + 2 < end && (kg_tok_is(d, e + 1, "of") || kg_tok_is(d, e + 1, "in"))) {
      int32_t c = kg_mention_at(d, e + 2);
      if (c >= 0 && d->mentions[c].tok == e + 2 && kg_rel_atype(d, c) == KG_ACT_COUNTRY)
        return c;
    }
  }
  return m;
}

/* "Armenia summoned Russia's ambassador ... The ambassador, Sergei
 * Kopyrkin, was received": a definite title before the name's apposition
 * that one of the four sentences before gave a state ("Russia's ambassador",
 * "the Russian ambassador"; the lead's summons, the envoy named a paragraph
 * later): that state; -1. */
static int32_t title_told_before(const kg_doc *d, const kg_mention *p)
{
  const kg_sentence *s = &d->sents[p->sent];
  if (p->tok < s->tok + 3 || !kg_tok_is(d, p->tok - 1, ",") || !kg_tok_is(d, p->tok - 3, "the"))
    return -1;
  char w[32], b[32];
  kg_tok_lower(&d->tokens[p->tok - 2], w, sizeof w);
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= p->tok)
      continue;
    if (mm->sent + 4 < p->sent)
      break;
    uint32_t t = mm->tok + mm->ntok, ms = mm->sent;
    if (t < d->sents[ms].tok + d->sents[ms].ntok && kg_tok_is_poss(&d->tokens[t]))
      t++;
    if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY || mm->as_place ||
        t >= d->sents[ms].tok + d->sents[ms].ntok || t >= p->tok - 3)
      continue;
    kg_tok_lower(&d->tokens[t], b, sizeof b);
    if (!strcmp(b, w))
      return mm->actor;
  }
  return -1;
}

/* Token e a lower-case common noun that the name ending right before it is
 * a compound of: "the PASOK party", "the Likud party". */
static int compound_head(const kg_doc *d, uint32_t e, uint32_t end)
{
  return e < end && e > 0 && d->tokens[e].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&d->tokens[e]) &&
         kg_tok_head(d, e - 1) == (int32_t)e && d->tokens[e - 1].deprel &&
         !strcmp(d->tokens[e - 1].deprel, "compound");
}

static kg_status title_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t tok,
                            uint32_t tn, const kg_title *ti, int32_t *bare, int *bare_appos, int32_t possr[3])
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  int32_t pm = -1, cm = -1, poss_state = -1, poss_person = -1, poss_tok = -1;
  uint32_t after = tok + tn;
  /* "Zambia's technical director, X": a sports team's role, no office */
  if (kg_rel_team_role(dict, d, tok, tok + tn) || (tok > s->tok && kg_rel_team_role(dict, d, tok - 1, tok + tn) == 2))
    return KG_OK;
  /* the state before the title: "Russian President", "Russia's president",
   * "U.S. President", "former U.S. President" */
  if (tok > s->tok) {
    uint32_t p = tok - 1;
    while (p > s->tok && kg_rel_is_mod(d, p) && kg_rel_mention_ending(d, p) < 0)
      p--;
    /* the body the holder speaks for: "Chinese Foreign Ministry
     * spokesperson", "its foreign ministry spokesman", "the African Union
     * Commission chairperson" */
    for (int k = 0; k < 5 && p > s->tok && kg_rel_mention_ending(d, p) < 0 &&
                    (is_body(d, p) ||
                     is_portfolio(d, p, tok + tn, ti->rel == KG_REL_OFFICIAL && !in_title(dict, d, p, tok + tn)));
         k++)
      p--;
    /* "Bangladesh's acting high commissioner": a modifier before the
     * portfolio words, after the possessive (the tagger's verb "acting") */
    for (uint32_t q = p; q > s->tok && kg_rel_is_mod(d, q) && kg_rel_mention_ending(d, q) < 0 && q < tok; q--)
      if (kg_tok_is_poss(&d->tokens[q - 1]))
        p = q - 1;
    /* "his children's rights commissioner", "Ukraine's veterans' affairs
     * minister": a lower-case possessor inside the portfolio is its word */
    if (kg_tok_is_poss(&d->tokens[p]) && p > s->tok + 1 && p + 1 < tok && kg_rel_mention_ending(d, p - 1) < 0 &&
        d->tokens[p - 1].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&d->tokens[p - 1]) &&
        is_portfolio(d, p + 1, tok + tn, 0))
      p -= 2;
    if (kg_tok_is_poss(&d->tokens[p]) && p > s->tok) {
      p--;
      /* "the Russian Foreign Ministry's spokeswoman": the body before the
       * possessive, after its state */
      for (int k = 0; k < 4 && p > s->tok && kg_rel_mention_ending(d, p) < 0 && is_body(d, p) &&
                      (k > 0 || kg_tok_is(d, p, "ministry") || kg_tok_is(d, p, "department") ||
                       kg_tok_is(d, p, "office")); k++)
        p--;
      if (p < tok - 2 && kg_tok_is_poss(&d->tokens[p]) && p > s->tok)
        p--;                              /* ("China's Foreign Ministry's spokesman") */
    }
    /* "the Taliban government's chief spokesman": the body after its
     * organisation, before the possessive */
    for (int k = 0; k < 2 && p > s->tok && kg_rel_mention_ending(d, p) < 0 &&
                    (kg_tok_is(d, p, "government") || kg_tok_is(d, p, "administration")); k++)
      p--;
    int32_t m = kg_rel_gapped_owner(d, kg_rel_mention_ending(d, p));   /* (", and Ecuador by its": relguess.c) */
    /* "the Southern African Development Community, whose chairman, X" */
    if (m < 0 && kg_tok_is(d, p, "whose") && p > s->tok + 1 && kg_tok_is(d, p - 1, ","))
      m = kg_rel_mention_ending(d, p - 2);
    if (m >= 0 && kg_rel_state_like(kg_rel_atype(d, m)) && !generic_body(d, m) &&
        !(d->mentions[m].kind == KG_MEN_PRONOUN && kg_rel_atype(d, m) == KG_ACT_COUNTRY && !strcmp(ti->phrase, "head")))
      cm = m;                             /* ("Its head, X": a body's, not the state "its" took) */
    /* "His press secretary, X", "Putin's spokesman X": the state the
     * possessor leads or serves (officialOf) */
    else if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_PERSON && (kg_tok_is_poss(&d->tokens[p + 1]) ||
             kg_tok_is(d, p, "his") || kg_tok_is(d, p, "her"))) {
      poss_state = state_of(d, d->mentions[m].actor);
      poss_person = d->mentions[m].actor;
      poss_tok = (int32_t)d->mentions[m].tok;
    }
  }
  /* or after it: "President of Russia", "a spokesperson for the Commission" */
  if (cm < 0 && after + 1 < end && (kg_tok_is(d, after, "of") || kg_tok_is(d, after, "for"))) {
    uint32_t q = after + 1;
    if (kg_tok_is(d, q, "the"))
      q++;
    int32_t m = q < end ? kg_mention_at(d, q) : -1;
    /* "the head of the state nuclear company Rosatom": lower-case words
     * saying what the organisation is, before its name */
    for (uint32_t r = q; m < 0 && r < end && r < q + 4 && !kg_tok_is_cap(&d->tokens[r]) &&
                         (d->tokens[r].upos == KG_UPOS_ADJ || d->tokens[r].upos == KG_UPOS_NOUN); r++) {
      int32_t rm = kg_mention_at(d, r + 1);
      if (rm >= 0 && d->mentions[rm].tok == r + 1 && kg_rel_atype(d, rm) == KG_ACT_ORG)
        m = rm;
    }
    if (m >= 0 && kg_rel_state_like(kg_rel_atype(d, m))) {
      cm = m;
      after = d->mentions[m].tok + d->mentions[m].ntok;
      /* "the leader of the socialist PASOK party, X": the common noun the name is a compound of */
      if (compound_head(d, after, end))
        after++;
      /* "a spokesman for the Japanese Foreign Ministry, X": the state's body
       * between the state and the apposition (not "of": "President of X of") */
      uint32_t b = after;
      while (b < end && b < after + 4 && kg_mention_at(d, b) < 0 && is_body(d, b) && !kg_tok_is(d, b, "of"))
        b++;
      if (b > after && b + 1 < end && kg_tok_is(d, b, ","))
        after = b;
    }
  }
  /* "a senior adviser to Maduro, X", "an aide to President Y, X": the one
   * advised stands as the possessor of "Maduro's adviser" (not "envoy to",
   * "ambassador to": a host) */
  if (cm < 0 && poss_person < 0 && after + 2 < end && kg_tok_is(d, after, "to") &&
      (strstr(ti->phrase, "advis") || !strcmp(ti->phrase, "aide"))) {
    uint32_t q = after + 1, n5;
    const kg_title *t5 = NULL;
    while (q < end && kg_mention_at(d, q) < 0 && (n5 = kg_dict_match_title(dict, d, q, &t5)) > 0)
      q += n5;
    int32_t m = q < end ? kg_mention_at(d, q) : -1;
    if (m >= 0 && d->mentions[m].tok == q && kg_rel_atype(d, m) == KG_ACT_PERSON) {
      poss_state = state_of(d, d->mentions[m].actor);
      poss_person = d->mentions[m].actor;
      after = q + d->mentions[m].ntok;
    }
  }
  /* "Russia's deputy ambassador to the UN, X", "Germany's ambassador to
   * Namibia, X", "the UN envoy for Syria, X": a second title word, then the
   * host after "to"/"at"/"for" (a state or organisation the holder is posted
   * to or deals with, not the one he serves) */
  if (cm >= 0 && d->mentions[cm].tok < tok) {
    uint32_t b = after, n3;
    const kg_title *t3 = NULL;
    while (b < end && kg_mention_at(d, b) < 0 && (n3 = kg_dict_match_title(dict, d, b, &t3)) > 0)
      b += n3;
    if (b + 2 < end && (kg_tok_is(d, b, "to") || kg_tok_is(d, b, "at") || kg_tok_is(d, b, "for"))) {
      uint32_t q = b + 1;
      if (kg_tok_is(d, q, "the"))
        q++;
      int32_t hm = q < end ? kg_mention_at(d, q) : -1;
      if (hm >= 0 && d->mentions[hm].tok + 1 >= q && kg_rel_state_like(kg_rel_atype(d, hm)))
        b = d->mentions[hm].tok + d->mentions[hm].ntok;
      else if (hm < 0 && q > b + 1 && d->tokens[q].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&d->tokens[q]))
        b = q + 1;   /* "Iran's ambassador to the agency, X": a host named by a description */
    }
    if (b > after && b + 1 < end && kg_tok_is(d, b, ","))
      after = b;
  }
  /* "Beijing's special envoy for Pacific affairs, X", "Australia's Minister
   * for Foreign Affairs, X", "Ethiopia's minister of water and energy, X": a
   * portfolio phrase naming no actor (a region at most) before the apposition */
  if (cm >= 0 && d->mentions[cm].tok < tok)
    after = kg_rel_portfolio_end(d, after, end, 1);   /* (relbody.c) */
  /* "France's maritime minister at the time, X": a time phrase before the apposition */
  if (cm >= 0 && d->mentions[cm].tok < tok && after + 4 < end && kg_tok_is(d, after, "at") &&
      kg_tok_is(d, after + 1, "the") && kg_tok_is(d, after + 2, "time") && kg_tok_is(d, after + 3, ","))
    after += 3;
  /* "Germany's ambassador in Moscow, X", "the organisation's head of
   * delegation in Kabul, X": the post's city before the apposition */
  if (cm >= 0 && after + 2 < end && kg_tok_is(d, after, "in")) {
    int32_t lm = kg_mention_at(d, after + 1);
    if (lm >= 0 && d->mentions[lm].tok == after + 1) {
      uint32_t b = after + 1 + d->mentions[lm].ntok;
      if (b + 1 < end && kg_tok_is(d, b, ","))
        after = b;
    }
  }
  /* the person right after the title, or after a comma (apposition);
   * past a second title, a rank, a royal style or an honorific ("Foreign
   * Minister Prince Faisal bin Farhan", "Foreign Minister Sheikh X": relrules.c) */
  uint32_t styled = 0;
  if (after < end && kg_mention_at(d, after) < 0 && kg_tok_is_cap(&d->tokens[after])) {
    int32_t sm = kg_rel_person_at(dict, d, after, end);
    styled = sm >= 0 ? d->mentions[sm].tok - after : 0;
  }
  if (after < end) {
    int32_t m = kg_mention_at(d, after + styled);
    /* (not "... his second term as US President, Tony Blair has said": a
     * role after "as" inside the sentence ends its clause at the comma) */
    uint32_t ph = cm >= 0 && d->mentions[cm].tok < tok ? d->mentions[cm].tok : tok;
    int as_role = ph > s->tok + 1 && kg_tok_is(d, ph - 1, "as");
    if (m < 0 && !as_role && kg_tok_is(d, after, ",") && after + 1 < end) {
      uint32_t q = after + 1;             /* ", Sheikh Mohamed ...", ", General X" */
      const kg_title *t2 = NULL;
      uint32_t n2 = kg_mention_at(d, q) < 0 ? kg_dict_match_title(dict, d, q, &t2) : 0;
      /* ", Zimbabwe's President X": the holder's own state and title */
      int32_t sm = kg_mention_at(d, q);
      if (sm >= 0 && d->mentions[sm].tok == q && kg_rel_atype(d, sm) == KG_ACT_COUNTRY) {
        uint32_t r = q + d->mentions[sm].ntok;
        if (r < end && kg_tok_is_poss(&d->tokens[r]))
          r++;
        const kg_title *t4 = NULL;
        uint32_t n4 = r < end && kg_mention_at(d, r) < 0 ? kg_dict_match_title(dict, d, r, &t4) : 0;
        if (n4 > 0 && r + n4 < end) {
          q = r;
          n2 = n4;
        }
      }
      char hb[16];
      kg_tok_lower(&d->tokens[q], hb, sizeof hb);
      if (n2 == 0 && kg_mention_at(d, q) < 0 && q + 1 < end && (kg_dict_lex(dict, hb) & KG_LEX_HONORIFIC))
        n2 = 1;                           /* the lexicon's honorifics: "Sheikh", "Dr.", "Sayyid" */
      m = kg_mention_at(d, q + n2);
    }
    if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_PERSON && !kg_rel_fronted_subject(d, ph, m))
      pm = m;
  }
  /* or before it: "Vladimir Putin, the Russian president" */
  if (pm < 0 && tok > s->tok) {
    /* "X, a spokesman for China's Foreign Ministry": the state after the
     * title leaves the apposition before the title */
    /* ("X, Putin's foreign policy aide,": before the person who owns the title) */
    uint32_t p = cm >= 0 && d->mentions[cm].tok < tok ? d->mentions[cm].tok : poss_tok >= 0 ? (uint32_t)poss_tok : tok;
    /* (past a state's body with no state: "X, the Foreign Ministry spokeswoman,") */
    while (p > s->tok && (kg_rel_is_mod(d, p - 1) || (cm < 0 && is_body(d, p - 1) && !kg_tok_is(d, p - 1, "of") &&
                                               (kg_rel_mention_ending(d, p - 1) < 0 ||
                                                generic_body(d, kg_rel_mention_ending(d, p - 1))))))
      p--;
    /* (and past the owner's title: "X, Mr Putin's spokesman,") */
    for (uint32_t q = p > s->tok + 3 ? p - 3 : s->tok; poss_tok >= 0 && p == (uint32_t)poss_tok && q < p; q++) {
      const kg_title *t5;
      if (kg_dict_match_title(dict, d, q, &t5) == p - q ||
          (q + 1 == p && (kg_tok_is(d, q, "mr") || kg_tok_is(d, q, "mrs") || kg_tok_is(d, q, "ms") ||
                          kg_tok_is(d, q, "mr.") || kg_tok_is(d, q, "mrs.") || kg_tok_is(d, q, "ms."))))
        p = q;
    }
    /* (and past "the ministry's", "the army": "X, the ministry's
     * spokeswoman,", "X, an army spokesman,": kg_rel_body_before) */
    if (cm < 0 && p >= s->tok + 3 && kg_tok_is_poss(&d->tokens[p - 1]) && kg_tok_is(d, p - 2, "ministry") &&
        kg_tok_is(d, p - 3, "the"))
      p -= 3;
    else if (cm < 0 && p >= s->tok + 2 && kg_rel_body_word(d, p - 1) > 0 && !kg_tok_is_cap(&d->tokens[p - 1]) &&
             kg_rel_is_mod(d, p - 2))
      p -= 2;
    /* ... only when the state (or its body: "China's Foreign Ministry")
     * closes the apposition, not "leader of the London Assembly
     * Conservatives", "of Britain's biggest union" */
    int closed = 1;
    if (cm >= 0 && d->mentions[cm].tok > tok) {
      uint32_t e = d->mentions[cm].tok + d->mentions[cm].ntok;
      if (e < end && kg_tok_is_poss(&d->tokens[e])) {
        e++;
        uint32_t b0 = e;
        /* (or the state's body named in full: "of Iran's Supreme National
         * Security Council,") */
        int32_t om = e < end ? kg_mention_at(d, e) : -1;
        if (om >= 0 && d->mentions[om].tok == e && kg_rel_atype(d, om) == KG_ACT_ORG)
          e = d->mentions[om].tok + d->mentions[om].ntok;
        while (e < end && e < b0 + 4 && is_body(d, e) && !kg_tok_is(d, e, "of"))
          e++;
        closed = e > b0;
      } else {
        /* "X, the chairperson of the African Union Commission,": the
         * organisation's body closes it too; after a demonym in lower case
         * ("X, a spokesman for the Chinese foreign ministry,") */
        uint32_t b0 = e;
        int dem = d->mentions[cm].kind == KG_MEN_DEMONYM;
        while (e < end && e < b0 + 2 && is_body(d, e) && (dem || kg_tok_is_cap(&d->tokens[e])) &&
               !kg_tok_is(d, e, "of"))
          e++;
        if (e == b0 && compound_head(d, e, end))   /* "of the PASOK party," */
          e++;
      }
      closed = closed && (e >= end || kg_rel_appos_closes(d, e, end));
    }
    if (closed && p > s->tok + 1 && kg_tok_is(d, p - 1, ",")) {
      int32_t m = kg_rel_mention_ending(d, p - 2);
      if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_PERSON)
        pm = m;
    }
  }
  /* "President Claudia Sheinbaum of Mexico": the state after the name of
   * a holder the title opens ("of the ..." only with a capital: not "of
   * the ruling party's wing") */
  if (pm >= 0 && cm < 0 && poss_state < 0 && d->mentions[pm].tok == tok + tn + styled) {
    uint32_t q = d->mentions[pm].tok + d->mentions[pm].ntok;
    if (q + 1 < end && kg_tok_is(d, q, "of")) {
      int32_t m = kg_mention_at(d, q + 1);
      if (m < 0 && kg_tok_is(d, q + 1, "the") && q + 2 < end)
        m = kg_mention_at(d, q + 2);
      if (m >= 0 && d->mentions[m].tok <= q + 2 && kg_rel_state_like(kg_rel_atype(d, m)) && !generic_body(d, m) &&
          !d->mentions[m].as_place)
        cm = m;
    }
  }
  (void)dict;
  if (pm >= 0 && cm < 0 && poss_state >= 0 && d->mentions[pm].actor != -1 &&
      state_of(d, d->mentions[pm].actor) < 0)
    return kg_relations_add(d, ti->rel ? ti->rel : KG_REL_OFFICIAL, d->mentions[pm].actor, poss_state, si);
  /* "His spokesman, X" of a possessor with no state: decided after the
   * dictionary's office holders (the possessor may serve an organisation) */
  if (pm >= 0 && cm < 0 && poss_state < 0 && poss_person >= 0 && d->mentions[pm].actor >= 0) {
    possr[0] = d->mentions[pm].actor;
    possr[1] = poss_person;
    possr[2] = (int32_t)si;
  }
  /* "Foreign Minister X": no state in the phrase; not "Liberal Democrat deputy
   * leader X", "Tory spokesman X": a capitalised word before the title names
   * the body the title belongs to */
  /* ("A spokeswoman, X, said": an official's title as the subject, the
   * name in apposition; not "met the president, X", whose state may be
   * any) */
  int appos_subj = pm >= 0 && ti->rel == KG_REL_OFFICIAL && d->mentions[pm].tok == tok + tn + 1 &&
                   !(tok > s->tok && kg_tok_is(d, tok - 1, "party")) &&     /* (a party's) */
                   kg_tok_is(d, tok + tn, ",") &&    /* ("The attorney general, X, said") */
                   kg_rel_title_appos_subject(d, tok, tn, &d->mentions[pm], end);
  /* ... or "a government spokeswoman, X": the apposition of a title of
   * the government (a state's, not a party's) */
  int gov_appos = pm >= 0 && tok > s->tok && kg_tok_is(d, tok - 1, "government") && tok + tn < end &&
                  kg_tok_is(d, tok + tn, ",") && d->mentions[pm].tok == tok + tn + 1;
  /* ... or "X, the foreign minister, said", "X, the Foreign Ministry
   * spokeswoman, called": a definite title of a state's body in apposition
   * after the subject's name (or a name the parse hung elsewhere, a verb
   * right after the apposition: "..., and X, the defence minister,
   * threatened") (the state from the sentences before, never from the
   * dateline: bare_title_rule) */
  uint32_t te = kg_rel_portfolio_end(d, tok + tn, end, 0);   /* ("X, the minister for trade, said") */
  int name_appos = pm >= 0 && d->mentions[pm].tok + d->mentions[pm].ntok + 2 <= tok &&
                   kg_tok_is(d, d->mentions[pm].tok + d->mentions[pm].ntok, ",") &&
                   kg_tok_is(d, d->mentions[pm].tok + d->mentions[pm].ntok + 1, "the") && te < end &&
                   kg_tok_is(d, te, ",") &&
                   (kg_mention_role(d, (size_t)pm) == 's' || (te + 1 < end && d->tokens[te + 1].upos == KG_UPOS_VERB));
  for (uint32_t q = pm >= 0 ? d->mentions[pm].tok + d->mentions[pm].ntok + 2 : tok; name_appos && q < tok; q++)
    name_appos = (is_body(d, q) && !kg_tok_is(d, q, "of")) || kg_rel_in_office_mod(d, q);   /* ("the acting ...") */
  int apt = pm >= 0 && cm < 0 && poss_person < 0 && bare ?   /* "nominated the finance minister, X" (relguess.c) */
            kg_rel_appointee(d, &d->mentions[pm], tok, tn + styled, kg_rel_state_title(ti)) : 0;
  name_appos |= apt == 1;
  if (pm >= 0 && cm < 0 && bare && kg_rel_state_title(ti) && name_appos) {
    *bare = pm;
    *bare_appos = 1;
  }
  /* "X, the enlargement commissioner, said": an organisation's title in
   * apposition, lower-case words before it (bare_title_rule: only the
   * organisation of the sentence before, never a state) */
  uint32_t q = tok;
  while (q > s->tok + 2 && !kg_tok_is(d, q - 1, "the") && !kg_tok_is_cap(&d->tokens[q - 1]) &&
         isalpha((unsigned char)d->tokens[q - 1].form[0]) && kg_mention_at(d, q - 1) < 0)
    q--;
  int32_t om = q > s->tok + 2 && kg_tok_is(d, q - 1, "the") && kg_tok_is(d, q - 2, ",") ?
               kg_rel_mention_ending(d, q - 3) : -1;
  int org_appos = om >= 0 && cm < 0 && bare && *bare < 0 && !kg_rel_state_title(ti) && tok + tn < end &&
                  kg_tok_is(d, tok + tn, ",") && kg_rel_atype(d, om) == KG_ACT_PERSON &&
                  kg_mention_role(d, (size_t)om) == 's';
  if (org_appos) {
    *bare = om;
    *bare_appos = 2;
  }
  /* ... or before the subject's name: "Secretary-General X said" after "The
   * Gulf Cooperation Council stood by Kuwait." */
  uint32_t pv = pm >= 0 ? d->mentions[pm].tok + d->mentions[pm].ntok : 0;   /* (or a verb right after the name) */
  if (pm >= 0 && cm < 0 && bare && *bare < 0 && !kg_rel_state_title(ti) && d->mentions[pm].tok == tok + tn + styled &&
      (kg_mention_role(d, (size_t)pm) == 's' || (pv < end && d->tokens[pv].upos == KG_UPOS_VERB)) &&
      kg_rel_org_title(d, tok)) {
    *bare = pm;
    *bare_appos = 2;
  }
  /* "The army commander, General X, said", "The central bank governor, X,
   * said": a title of a state's body as the subject, the name in
   * apposition (its state found as for a bare title) */
  uint32_t pe = pm >= 0 ? d->mentions[pm].tok + d->mentions[pm].ntok : 0;
  int says = pm >= 0 && pe + 1 < end && kg_tok_is(d, pe, ",") && d->tokens[pe + 1].upos == KG_UPOS_VERB &&
             d->tokens[pe + 1].lemma && (!strcmp(d->tokens[pe + 1].lemma, "say") ||
                                         !strcmp(d->tokens[pe + 1].lemma, "tell"));
  if (pm >= 0 && cm < 0 && bare && !kg_rel_state_title(ti) && state_body_title(d, s, tok, ti) && tok + tn < end &&
      kg_tok_is(d, tok + tn, ",") && d->mentions[pm].tok <= tok + tn + 2 &&
      (says || (d->tokens[tok + tn - 1].deprel && !strncmp(d->tokens[tok + tn - 1].deprel, "nsubj", 5)))) {
    *bare = pm;
    *bare_appos = 1;                      /* (the name in apposition: never the dateline's state) */
  }
  if (pm >= 0 && cm < 0 && bare && kg_rel_state_title(ti) &&
      (d->mentions[pm].tok == tok + tn + styled || appos_subj || gov_appos) &&
      !(tok > s->tok && kg_tok_is_cap(&d->tokens[tok - 1]) && d->tokens[tok - 1].upos != KG_UPOS_DET &&
        !(kg_rel_mention_ending(d, tok - 1) >= 0 && generic_body(d, kg_rel_mention_ending(d, tok - 1)))))
    *bare = pm;
  int cj = pm >= 0 && cm < 0 && poss_person < 0 && bare && kg_rel_conjunct_person(d, &d->mentions[pm], tok) >= 0;
  if ((apt == 3 || cj) && *bare < 0) {    /* "naming General X as commander", "met Y and the army chief, X" */
    *bare = pm;
    *bare_appos = apt == 3 ? 3 : 4;
  }
  /* "The ambassador, X," after "Russia's ambassador"; "X, the ministry's
   * spokeswoman,": left to bare_title_rule, which finds their state */
  if (pm >= 0 && cm < 0 && bare && *bare < 0 && poss_state < 0 && poss_person < 0 &&
      (title_told_before(d, &d->mentions[pm]) >= 0 ||
       (tok >= s->tok + 2 && kg_tok_is_poss(&d->tokens[tok - 1]) && kg_tok_is(d, tok - 2, "ministry"))))
    *bare = pm;
  /* "..., a ministry spokesman, X, said": the state whose ministry was
   * named last */
  if (pm >= 0 && cm < 0 && poss_state < 0 && poss_person < 0 && d->mentions[pm].actor >= 0 &&
      state_of(d, d->mentions[pm].actor) < 0) {
    int32_t ms = kg_rel_body_before(d, &d->mentions[pm], tok);
    if (ms >= 0)
      return kg_relations_add(d, KG_REL_OFFICIAL, d->mentions[pm].actor, ms, si);
  }
  if (pm < 0 || cm < 0)
    return KG_OK;
  /* "Riek Machar, its leader": a state a pronoun or description stands for is no office of a person the
   * dictionary places in another (unless the sentence opens "Its Foreign Minister, X,": kg_rel_own_title) */
  if ((d->mentions[cm].kind == KG_MEN_PRONOUN || d->mentions[cm].kind == KG_MEN_DESCRIPTION) &&
      kg_rel_known_elsewhere(dict, d, d->mentions[pm].actor, d->mentions[governing_state(d, cm)].actor) &&
      !kg_rel_own_title(d, pm, cm, tok, tn))
    return KG_OK;
  int32_t gs = d->mentions[governing_state(d, cm)].actor;
  int rel = kg_rel_chancellor_head(dict, d, tok, gs) ? KG_REL_LEADER : ti->rel ? ti->rel : KG_REL_OFFICIAL;
  return kg_relations_add(d, rel, d->mentions[pm].actor, gs, si);
}

/* 1 when a blank line separates sentence a from the later sentence b. */
/* 1 when the name at token t hangs below the title that is its clause's
 * subject ("Secretary of State Marco Rubio called": "Secretary" nsubj,
 * the name its nmod). */
static int title_subject(const kg_doc *d, uint32_t t)
{
  int32_t n = (int32_t)t;
  for (int hops = 0; hops < 2; hops++) {
    n = kg_tok_head(d, (uint32_t)n);
    if (n < 0 || (uint32_t)n >= t)
      return 0;
    if (d->tokens[n].deprel && !strncmp(d->tokens[n].deprel, "nsubj", 5))
      return 1;
  }
  return 0;
}

/* Whether the sentence opens with a title right before the name at tok
 * ("Foreign Minister X ...": capitalised words, "of", "the"). */
static int title_opens(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  for (uint32_t t = s->tok; t < tok; t++)
    if (!kg_tok_is_cap(&d->tokens[t]) && !kg_tok_is(d, t, "of") && !kg_tok_is(d, t, "the"))
      return 0;
  return tok > s->tok;
}

/* Whether mention m is the state of a counterpart ("X and his Chinese
 * counterpart, Y"): another person's state, none of X's. */
static int of_counterpart(const kg_doc *d, const kg_mention *m)
{
  int32_t h = kg_tok_head(d, m->tok + m->ntok - 1);
  return h >= 0 && d->tokens[h].lemma && !strcmp(d->tokens[h].lemma, "counterpart");
}

/* Whether sentence si names a state (by name, demonym or metonym; not a
 * counterpart's). */
static int names_state(const kg_doc *d, uint32_t si, int32_t except)
{
  for (size_t m = 0; m < d->nmentions; m++)
    if (d->mentions[m].sent == si && d->mentions[m].actor >= 0 && !d->mentions[m].as_place &&
        d->actors[d->mentions[m].actor].type == KG_ACT_COUNTRY && d->mentions[m].actor != except &&
        !of_counterpart(d, &d->mentions[m]))
      return 1;
  return 0;
}

/* Whether another person named before with the same opening title as the
 * name mention p ("Foreign Minister Aram Vardanyan ... // Foreign Minister
 * Tigran Sahakyan") holds an office already: then p is another state's. */
static int office_taken(const kg_doc *d, const kg_sentence *s, const kg_mention *p)
{
  uint32_t n = p->tok - s->tok;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= p->tok)
      break;
    if (mm->actor < 0 || mm->actor == p->actor || d->actors[mm->actor].type != KG_ACT_PERSON || mm->tok < n)
      continue;
    int same = 1;
    for (uint32_t k = 0; k < n && same; k++)
      same = !strcmp(d->tokens[mm->tok - n + k].form, d->tokens[s->tok + k].form);
    for (size_t r = 0; same && r < d->nrels; r++)
      if (d->rels[r].subj == mm->actor &&
          (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL))
        return 1;
  }
  return 0;
}

/* A state title with no state in its phrase ("Secretary of State Marco
 * Rubio", "Foreign Minister Ararat Mirzoyan") for a person with no other
 * office: the state of the place the sentence opens in ("In Washington,
 * ..."); else the sole state subject of the clause before ", and" that
 * the titled name opens; else, when the person is the subject, the state of the subject of
 * one of the two sentences before in the paragraph (or the last of the
 * paragraph before, for a title that opens a paragraph), when no other
 * state is named from there to the person ("Armenian Prime
 * Minister Nikol Pashinyan said ... Foreign Minister Ararat Mirzoyan
 * asked"); else, in the lead sentence, the state of the dateline's capital
 * ("WASHINGTON, March 8 - ... to Secretary of State Antony Blinken").
 * Before all these: the one state whose officials alone bear the title
 * (kgd:stateTitle), when the document names it. */
static kg_status bare_title_rule(const kg_dict *dict, kg_doc *d, int32_t pm, int rel, int appos, uint32_t tt)
{
  const kg_mention *p = &d->mentions[pm];
  uint32_t si = p->sent;
  const kg_sentence *s = &d->sents[si];
  int32_t a = p->actor, st = -1;
  if (a < 0 || state_of(d, a) >= 0)
    return KG_OK;
  if (appos >= 3 && (st = kg_rel_told_state(d, p, tt, appos)) >= 0)   /* (relguess.c) */
    return kg_rel_known_elsewhere(dict, d, a, st) ? KG_OK :
           kg_relations_add(d, appos == 4 && rel ? rel : KG_REL_OFFICIAL, a, st, si);
  if (appos >= 3)
    return KG_OK;
  if (appos == 2) {                       /* an organisation's title: its official */
    if (si == 0 || kg_sent_is_heading(d, si - 1) || kg_text_para_break(d, d->sents[si - 1].end, d->sents[si].start) ||
        !kg_rel_org_title(d, tt))
      return KG_OK;
    for (size_t m = 0; m < d->nmentions; m++) {
      const kg_mention *mm = &d->mentions[m];
      int role = mm->sent == si - 1 && !mm->as_place && mm->actor >= 0 ? kg_mention_role(d, m) : 0;
      if (role != 's' && role != 'g')
        continue;
      st = d->actors[mm->actor].type == KG_ACT_ORG ? mm->actor : kg_rel_org_office(d, mm->actor);
      break;                              /* the first subject only */
    }
    return st >= 0 ? kg_relations_add(d, KG_REL_OFFICIAL, a, st, si) : KG_OK;
  }
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL))
      return KG_OK;                       /* it serves an organisation */
  st = kg_rel_title_home(dict, d, tt);    /* "Secretary of State X": the United States (kgd:stateTitle) */
  if (st < 0)                             /* "the ministry in Paris said the ambassador, X" after "Baku's ambassador" */
    st = title_told_before(d, p);
  if (st < 0)                             /* "Chinh, who is accompanied by Foreign Minister X" */
    st = kg_rel_companion_state(dict, d, p);
  st = st < 0 ? kg_rel_sentence_state(d, p, tt) : st;   /* "nominated the finance minister, P", "arrived with P" */
  /* "In Washington, Secretary of State ...": a capital before the title */
  for (uint32_t t = s->tok; t + 1 < p->tok && st < 0; t++)
    if ((kg_tok_is(d, t, "In") || kg_tok_is(d, t, "in")) && !(d->tokens[t + 1].flags & KG_TOK_DATELINE))
      st = kg_rel_metonym_state(dict, d, t + 1);
  /* "Foreign Ministry spokeswoman X told reporters in Beijing that China
   * ...": a capital after the name, when its state is named in the
   * sentence too */
  for (uint32_t t = p->tok + p->ntok; t + 1 < s->tok + s->ntok && st < 0; t++) {
    if (!kg_tok_is(d, t, "in") || kg_rel_rulers_in(d, t) || kg_rel_in_relative_clause(d, t))
      continue;                           /* (not "called on the authorities in Niamey", "who met Y in Z") */
    int32_t c2 = kg_rel_metonym_state(dict, d, t + 1);
    for (size_t m = 0; c2 >= 0 && m < d->nmentions && st < 0; m++)
      if (d->mentions[m].sent == si && d->mentions[m].actor == c2 && !d->mentions[m].as_place &&
          d->mentions[m].tok != t + 1 && !of_counterpart(d, &d->mentions[m]))
        st = c2;
  }
  /* '"...," government spokesman X told reporters': the speaker of a
   * quote, whatever the parse made of him, is a subject */
  uint32_t nx = p->tok + p->ntok;
  /* ("the foreign minister, X, told reporters": the name set off by commas) */
  if (nx + 1 < s->tok + s->ntok && kg_tok_is(d, nx, ",") && p->tok > s->tok && kg_tok_is(d, p->tok - 1, ","))
    nx++;
  /* ("X, the acting foreign minister, told reporters": past the apposition) */
  for (uint32_t q = tt + 1; appos == 1 && q + 1 < s->tok + s->ntok && q < tt + 6 && tt > nx; q++)
    if (kg_tok_is(d, q, ",")) {
      nx = q + 1;
      break;
    }
  int speaker = nx < s->tok + s->ntok && d->tokens[nx].upos == KG_UPOS_VERB && d->tokens[nx].lemma &&
                (!strcmp(d->tokens[nx].lemma, "say") || !strcmp(d->tokens[nx].lemma, "tell") ||
                 !strcmp(d->tokens[nx].lemma, "add") || !strcmp(d->tokens[nx].lemma, "write"));
  /* "Secretary of State X led the US delegation": the state of the team
   * the sentence gives the person (one state only) */
  for (size_t m = 0; st != -2 && m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent != si || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY)
      continue;
    int32_t h = kg_tok_head(d, mm->tok + mm->ntok - 1);
    const char *r = d->tokens[mm->tok + mm->ntok - 1].deprel;
    if (h < 0 || !r || (strcmp(r, "compound") && strcmp(r, "amod") && strncmp(r, "nmod:poss", 9)))
      continue;
    static const char *const team[] = { "delegation", "side", "team", "negotiators", NULL };
    char hb[24];
    kg_tok_lower(&d->tokens[h], hb, sizeof hb);
    int is_team = 0;
    for (int k = 0; team[k]; k++)
      is_team |= !strcmp(hb, team[k]);
    /* (a team the person leads, heads, joins or is part of: not "met the
     * Ukrainian delegation") */
    int32_t tv = is_team ? kg_tok_head(d, (uint32_t)h) : -1;
    const char *tl = tv >= 0 ? d->tokens[tv].lemma : NULL;
    if (tv >= 0 && d->tokens[tv].upos == KG_UPOS_VERB &&
        !(tl && (!strcmp(tl, "lead") || !strcmp(tl, "head") || !strcmp(tl, "join") || !strcmp(tl, "chair") ||
                 !strcmp(tl, "accompany") || !strcmp(tl, "include"))))
      is_team = 0;
    if (is_team)
      st = st < 0 || st == mm->actor ? mm->actor : -2;
  }
  if (st == -2)
    return KG_OK;                         /* two teams: no guess */
  if (st < 0)
    st = kg_rel_body_before(d, p, p->tok);
  /* "Maria Zakharova, the ministry's spokeswoman": the ministry of the
   * apposition after the name */
  for (uint32_t q = p->tok + p->ntok; st < 0 && q < s->tok + s->ntok && q < p->tok + p->ntok + 4; q++)
    if (kg_rel_body_word(d, q) >= 0 && q + 1 < s->tok + s->ntok &&
        (kg_tok_is_poss(&d->tokens[q + 1]) || (q > p->tok + p->ntok + 1 && d->tokens[q + 1].upos == KG_UPOS_NOUN &&
                                               !kg_tok_is_cap(&d->tokens[q + 1]))))
      st = kg_rel_body_before(d, p, q + 1);
  if (st < 0)                             /* "Russia's Foreign Ministry said Deputy Minister X had" */
    st = kg_rel_teller_body_state(d, p);
  if (st < 0)
    st = kg_rel_title_named_before(dict, d, p, tt);
  /* "The United States also offered help: Secretary of State X spoke ...":
   * the state subject of the clause before a colon (the title opening the
   * clause after it, or the name its subject), the sentence's only state */
  for (uint32_t t = s->tok; st < 0 && t < p->tok; t++)
    for (size_t m = 0; kg_tok_is(d, t, ":") && (tt == t + 1 || kg_mention_role(d, (size_t)pm) == 's' || speaker) &&
                       m < d->nmentions; m++) {
      const kg_mention *mm = &d->mentions[m];
      int role = mm->sent == si && mm->tok < t && !mm->as_place && mm->actor >= 0 ? kg_mention_role(d, m) : 0;
      if (role == 's' || role == 'g') {
        st = d->actors[mm->actor].type == KG_ACT_COUNTRY && kg_rel_sole_state(d, si, s->tok + s->ntok, mm->actor) ?
             mm->actor : -1;
        break;                            /* the first subject only */
      }
    }
  /* "Israel responded with strikes, and Israel Katz, the defence minister,
   * threatened": the subject state of the clause before ", and" when the
   * person opens the clause after it and no other state is named before */
  if (st < 0 && appos == 1 && p->tok >= s->tok + 3 && kg_tok_is(d, p->tok - 1, "and") &&
      kg_tok_is(d, p->tok - 2, ",")) {
    int32_t sub = -1, other = 0;
    for (size_t m = 0; m < d->nmentions; m++) {
      const kg_mention *mm = &d->mentions[m];
      if (mm->sent != si || mm->tok >= p->tok || mm->as_place || mm->actor < 0 || mm->kind == KG_MEN_PRONOUN ||
          d->actors[mm->actor].type != KG_ACT_COUNTRY)
        continue;
      int role = kg_mention_role(d, m);
      if (sub < 0 && (role == 's' || role == 'g'))
        sub = mm->actor;
      else if (mm->actor != sub)
        other = 1;
    }
    st = sub >= 0 && !other ? sub : -1;
  }
  /* ("X, the prime minister, said" with the title parsed as the subject and the name hung elsewhere) */
  int appos_subject = 0;
  for (uint32_t q = tt; appos == 1 && q < s->tok + s->ntok && q < tt + 4 && !kg_tok_is(d, q, ",") && !appos_subject;
       q++)
    appos_subject = d->tokens[q].deprel && !strncmp(d->tokens[q].deprel, "nsubj", 5);
  /* ("was announced by Foreign Minister X": the passive's agent) */
  const char *prl = d->tokens[p->tok + p->ntok - 1].deprel;
  int agent = prl && !strcmp(prl, "obl:agent");
  if (st < 0 &&
      (kg_mention_role(d, (size_t)pm) == 's' || title_subject(d, p->tok) || speaker || appos_subject || agent)) {
    for (uint32_t k = 1; k <= 2 && k <= si && st < 0; k++) {
      uint32_t q = si - k;
      /* (a paragraph that opens with the title: the last sentence of the
       * paragraph before, "... He denied that Iran had sent drones. //
       * Foreign Minister X, who visited Moscow, struck a similar tone") */
      int across = kg_text_para_break(d, d->sents[q].end, d->sents[si].start);
      int opens_here = title_opens(d, s, p->tok) || (speaker && kg_rel_quote_opens(d, s, p, tt));
      if (kg_sent_is_heading(d, q) || (across && !(k == 1 && opens_here && !office_taken(d, s, p))))
        break;
      int32_t ms = kg_rel_main_subject(d, q);   /* (relbody.c) */
      if (ms >= 0)
        st = state_of(d, d->mentions[ms].actor);
      /* (a speaker with no state: the subject of his words, '"... the
       * government have to start all over again," he added') */
      int32_t qs = ms >= 0 && st < 0 && d->actors[d->mentions[ms].actor].type == KG_ACT_PERSON ?
                   kg_rel_subject_of(d, q, 1) : -1;
      if (qs >= 0) {
        ms = qs;
        st = state_of(d, d->mentions[ms].actor);
      }
      /* "the European Commission said ... A spokesman, X, said": an
       * organisation's official (not its leader: a president may be the
       * state's) */
      if (ms >= 0 && st < 0 && k == 1 && kg_rel_org_title(d, tt))
        st = d->actors[d->mentions[ms].actor].type == KG_ACT_ORG ? d->mentions[ms].actor :
             kg_rel_org_office(d, d->mentions[ms].actor);
      /* another state is named nearby, or two states in exchange (relbody.c): no guess */
      if (st >= 0 && (!kg_rel_sole_state(d, q, p->tok, st) ||
                      (k == 1 && q > 0 && !across && !kg_text_para_break(d, d->sents[q - 1].end, d->sents[q].start) &&
                       kg_rel_exchange_before(d, q - 1, q, st))))
        st = -1;
      if (st >= 0 && kg_rel_acts_on_state(d, p, si, st))
        st = -1;                          /* "Prime Minister X had sought to repair ties with Beijing" */
      /* (across a paragraph, the state of the paragraph before is no guess
       * against another state of the dateline: "... said Albania would
       * honour its commitments. // Interior Minister X said", datelined ROME) */
      uint32_t lead0;
      int32_t ds0 = across && st >= 0 ? kg_rel_dateline_state(dict, d, si, &lead0) : -1;
      int told = 0;                       /* (a dateline state the story names itself) */
      for (size_t m = 0; ds0 >= 0 && m < d->nmentions && !told; m++)
        told = d->mentions[m].actor == ds0 && !(d->tokens[d->mentions[m].tok].flags & KG_TOK_DATELINE);
      /* (not when the person acts on the dateline's state: "MOGADISHU - ...
       * // Foreign Minister X summoned Somalia's ambassador") */
      if (told && ds0 != st && d->actors[ds0].type == KG_ACT_COUNTRY && !kg_rel_acts_on_state(d, p, si, ds0))
        st = -1;
    }
  }
  /* "X, the foreign minister, said" opening a paragraph, the state only in
   * an earlier one: the story's one state, when it has named no other */
  if (st < 0 && appos == 1 && si > 0 && kg_text_para_break(d, d->sents[si - 1].end, d->sents[si].start) &&
      (kg_mention_role(d, (size_t)pm) == 's' || title_subject(d, p->tok) ||
       (d->tokens[tt].deprel && !strncmp(d->tokens[tt].deprel, "nsubj", 5))))
    st = kg_rel_story_state(d, si);
  if (st < 0 && !appos) {                 /* the lead sentence and its dateline */
    uint32_t lead = 0;
    int32_t ds = kg_rel_dateline_town_state(dict, d, si, &lead, pm);
    /* (the dateline is a line of its own or opens the lead; later, a
     * sentence that names no state but the dateline's: "... was greeted
     * by Secretary of State X" in a story datelined WASHINGTON, "Chief
     * Cabinet Secretary X said Tokyo had protested" datelined TOKYO) */
    /* (or a paragraph the titled name opens as its subject, in a story
     * whose lead has the dateline's state for its subject, though the
     * sentence names another state: "STOCKHOLM - Sweden expelled ... //
     * Foreign Minister X said the plot had been ordered by Iranian
     * officers", not when X acts on the dateline's state) */
    int32_t lm = ds >= 0 && lead != si ? kg_rel_main_subject(d, lead) : -1;
    /* (the state itself or its government the lead's subject: not "China's
     * commerce minister told his Dutch counterpart ... // Prime Minister X
     * defended") */
    int opens = lm >= 0 && d->mentions[lm].actor == ds && d->actors[ds].type == KG_ACT_COUNTRY &&
                (kg_mention_role(d, (size_t)lm) == 's' ||
                 (kg_rel_possessed(d, &d->mentions[lm]) >= 0 &&
                  !kg_rel_official_noun(d, (uint32_t)kg_rel_possessed(d, &d->mentions[lm])))) &&
                kg_text_para_break(d, d->sents[si - 1].end, d->sents[si].start) && title_opens(d, s, p->tok) &&
                !office_taken(d, s, p) &&
                (kg_mention_role(d, (size_t)pm) == 's' || title_subject(d, p->tok) || speaker);
    /* (not when the sentence before in the paragraph has another state for
     * its subject: "The visit follows Seoul's decision ... The plan was
     * announced by Foreign Minister X", datelined TOKYO) */
    int32_t pms = ds >= 0 && lead != si && si > 0 && !opens &&
                  !kg_text_para_break(d, d->sents[si - 1].end, d->sents[si].start) ?
                  kg_rel_main_subject(d, si - 1) : -1;
    int32_t pst = pms >= 0 ? state_of(d, d->mentions[pms].actor) : -1;
    if (pst >= 0 && pst != ds && d->actors[pst].type == KG_ACT_COUNTRY)
      ds = -1;
    if (ds >= 0 && (lead == si || ((opens || !names_state(d, si, ds)) && !kg_rel_acts_on_state(d, p, si, ds))) &&
        !kg_rel_paired_with_state(d, p, ds))
      st = ds;
  }
  int32_t co = st < 0 || kg_rel_counterpart_state(d, p, st) ? kg_rel_counterpart_other(d, p) : -1;
  st = co >= 0 ? co : st;                 /* "P and his Russian counterpart": the story's other state (relguess.c) */
  if (kg_rel_known_elsewhere(dict, d, a, st) || kg_rel_counterpart_state(d, p, st) || kg_rel_guest_of(dict, d, p, st))
    return KG_OK;                         /* "Secretary of State Marco Rubio" in a story datelined CARACAS; "X
                                           * and his Russian counterpart" is not Russia's; "met President Y" */
  if (kg_rel_chancellor_head(dict, d, tt, st))
    rel = KG_REL_LEADER;                  /* ("Chancellor X" of Germany, not the UK's) */
  return st >= 0 ? kg_relations_add(d, rel ? rel : KG_REL_OFFICIAL, a, st, si) : KG_OK;
}

/* b equals the word w: the first byte first (speed: most words stop there) */
#define WEQ(b, w) ((b)[0] == (w)[0] && !strcmp((b), (w)))

kg_status kg_relations_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log)
{
  kg_status st = KG_OK;
  int32_t bares[64], possr[32][3];
  int bare_rel[64], bare_ap[64];
  uint32_t bare_tt[64];
  size_t nbare = 0, nposs = 0;
  for (uint32_t si = 0; si < doc->nsents && st == KG_OK; si++) {
    const kg_sentence *s = &doc->sents[si];
    if (kg_sent_is_heading(doc, si))
      continue;
    uint32_t title_end = 0;                /* a title's own words open no title: "prime minister" */
    for (uint32_t i = s->tok; i < s->tok + s->ntok && st == KG_OK; i++) {
      /* speed: each rule starts at a word of its own; test the word once */
      char b[16];
      kg_tok_lower(&doc->tokens[i], b, sizeof b);
      if (!isalpha((unsigned char)b[0]))
        continue;                         /* no title or keyword starts here */
      const kg_title *ti = NULL;
      /* speed: a title opens with a noun or adjective ("foreign minister"),
       * never with a verb or a function word */
      int u = doc->tokens[i].upos;
      uint32_t tn = (u == KG_UPOS_VERB || u == KG_UPOS_AUX || u == KG_UPOS_ADP ||
                     u == KG_UPOS_DET || u == KG_UPOS_PRON || u == KG_UPOS_CCONJ ||
                     u == KG_UPOS_SCONJ || u == KG_UPOS_PART || u == KG_UPOS_NUM || i < title_end)
                    ? 0 : kg_dict_match_title(dict, doc, i, &ti);
      /* "the SPLM-IO's deputy chairman", "UKIP's deputy leader": a head's
       * title after an official's title word is a deputy's office */
      const kg_title *tp = NULL;
      kg_title deputy;
      if (tn > 0 && ti && ti->rel == KG_REL_LEADER && i > s->tok &&
          kg_dict_match_title(dict, doc, i - 1, &tp) == 1 && tp && tp->rel == KG_REL_OFFICIAL) {
        deputy = *ti;
        deputy.rel = KG_REL_OFFICIAL;
        ti = &deputy;
      }
      if (tn > 0 && ti) {
        int32_t bare = -1, pr[3] = { -1, -1, -1 };
        int bare_appos = 0;
        size_t nr = doc->nrels;
        st = title_rule(dict, doc, si, i, tn, ti, &bare, &bare_appos, pr);
        if (doc->nrels > nr)
          title_end = i + tn;             /* (a title that gave nothing leaves its words to others) */
        if (pr[0] >= 0 && nposs < sizeof possr / sizeof *possr) {
          possr[nposs][0] = pr[0];
          possr[nposs][1] = pr[1];
          possr[nposs++][2] = pr[2];
        }
        if (bare >= 0 && nbare < sizeof bares / sizeof *bares) {
          bares[nbare] = bare;
          bare_ap[nbare] = bare_appos;
          bare_tt[nbare] = i;
          bare_rel[nbare++] = ti->rel;
        }
      }
      if (st == KG_OK && (u == KG_UPOS_NOUN || u == KG_UPOS_PROPN))   /* "ministers of", "Ambassador X" */
        st = kg_rel_noun_rules(dict, doc, si, i);
      if (st == KG_OK && WEQ(b, "counterpart"))
        st = kg_rel_counterpart_rule(dict, doc, si, i);
      if (st == KG_OK && (WEQ(b, "aligned") || WEQ(b, "backed") || WEQ(b, "allied")))
        st = kg_rel_backed_rule(dict, doc, si, i);
      if (st == KG_OK && (WEQ(b, "leads") || WEQ(b, "heads")))   /* (relbody.c) */
        st = kg_rel_heads_rule(doc, si, i);
      if (st == KG_OK && kg_rel_leadership_word(b))
        st = kg_rel_leadership_rule(dict, doc, si, i);
      if (st == KG_OK && (WEQ(b, "alliance") || WEQ(b, "partnership") ||
                          WEQ(b, "allies") || WEQ(b, "ally")))
        st = kg_rel_ally_rule(doc, si, i);
      if (st == KG_OK && (WEQ(b, "pact") || WEQ(b, "treaty")))
        st = kg_rel_pact_rule(doc, si, i);
      if (st == KG_OK && (WEQ(b, "alliance") || WEQ(b, "pact") || WEQ(b, "treaty")))
        st = kg_rel_poss_ally_rule(doc, si, i);   /* (relbloc.c) */
      if (st == KG_OK && (WEQ(b, "mutual") || WEQ(b, "party") || WEQ(b, "league") ||
                          WEQ(b, "front") || WEQ(b, "movement")))   /* ("his X Party": relrules.c) */
        st = WEQ(b, "mutual") ? kg_rel_mutual_pact_rule(dict, doc, si, i) : kg_rel_party_rule(doc, si, i);
      if (st == KG_OK && WEQ(b, "other"))   /* "obliging each to come to the other's aid" (relbloc.c) */
        st = kg_rel_mutual_pact_rule(dict, doc, si, i);
      if (st == KG_OK && (WEQ(b, "member") || WEQ(b, "members")) && (st = kg_rel_member_rule(doc, si, i)) == KG_OK)
        st = kg_rel_admit_rule(doc, si, i);   /* "welcomed X as a full member" (relfound.c) */
      if (st == KG_OK && (WEQ(b, "sworn") || WEQ(b, "inaugurated") || WEQ(b, "became") ||
                          WEQ(b, "elected")))
        st = kg_rel_sworn_rule(dict, doc, si, i);
      if (st == KG_OK && (WEQ(b, "belong") || WEQ(b, "belongs")))
        st = kg_rel_belong_rule(doc, si, i);
      if (st == KG_OK && (WEQ(b, "joined") || WEQ(b, "joins") || WEQ(b, "rejoined") ||
                          WEQ(b, "joining")))
        st = kg_rel_join_rule(doc, si, i);
      if (st == KG_OK && kg_rel_includes_verb(b))   /* (relbloc.c) */
        st = kg_rel_includes_rule(doc, si, i);
      if (st == KG_OK && kg_rel_found_verb(b))        /* (relbloc.c) */
        st = kg_rel_found_rule(doc, si, i);
    }
  }
  if (st == KG_OK)
    st = kg_rel_dict_rule(dict, doc);
  if (st == KG_OK)
    st = kg_rel_ally_in_pass(doc);        /* (relbloc.c) */
  for (size_t k = 0; k < nposs && st == KG_OK; k++)   /* ("but his foreign minister, X,": the possessor's first) */
    st = kg_rel_possessor_office_rule(doc, possr[k][0], possr[k][1], (uint32_t)possr[k][2]);   /* (relbody.c) */
  for (size_t k = 0; k < nbare && st == KG_OK; k++)
    st = bare_title_rule(dict, doc, bares[k], bare_rel[k], bare_ap[k], bare_tt[k]);
  if (log)
    kg_logf(log, KG_LOG_DEBUG, doc->source, "relations: %zu", doc->nrels);
  return st;
}
