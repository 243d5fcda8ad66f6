/* relbody.c — the rules of relations.c's nouns: the head of a state's body named by a possessive: "X, the head
 * of Pakistan's army,", "X, the deputy head of Sudan's sovereign council,",
 * "The commander of Chad's armed forces, General X, said": the person holds
 * an office of that state (officialOf; the body itself is no actor, so no
 * rule of relations.c reaches the state through it).
 * An ambassador titled before his name ("told Ambassador X") after his
 * state's ambassador was told of unnamed ("summoned Russia's ambassador",
 * "recalled its ambassador"): that state's official.
 * A titled person at the head of a state's delegation (negotiators, team,
 * mission): "a Russian delegation led by Deputy Defence Minister P",
 * "Israeli negotiators, headed by Mossad director P", "a US delegation led
 * by P, the assistant secretary of state, and including General Q", "The
 * delegation, led by P, the ..." after "A White House delegation" (the
 * state of the description, corefdesc.c): officialOf that state (moved
 * from relrules.c, which calls it on "led by", "headed by").
 * A titled person with no state who is the subject of what a state's body
 * tells ("Russia's Foreign Ministry said Deputy Foreign Minister P had
 * handed ...", "the Chilean army said General P would ..."): that state
 * (kg_rel_teller_body_state, for relations.c's bare titles).
 * A person who "leads" or "heads" an organisation in the present tense
 * ("Kyagulanyi, who leads the National Unity Platform"): its leader.
 * Owns: kg_rel_noun_rules (relations.c's call on a noun: these two rules,
 * kg_rel_respective_rule of relrules.c and kg_rel_founders_rule of
 * relfound.c), kg_rel_body_head_rule, kg_rel_heads_rule,
 * kg_rel_delegation_head, kg_rel_companion_state ("accompanied by Foreign
 * Minister P": the accompanied one's state); the end of a title's portfolio phrase for
 * relations.c ("minister for international development and the Pacific,":
 * kg_rel_portfolio_end).
 * A possessor's office: "Secretary-General X ... His spokesman, Y": Y serves
 * the one state or organisation X leads or serves, when Y has no office of
 * his own (kg_rel_possessor_office_rule, moved from relations.c).
 * Two states in exchange before a bare title: "India handed Ukraine four
 * units. Zelensky, for his part, urged India to ... Foreign Minister X told
 * reporters": when the main subject of the sentence before the one whose
 * subject gave the title's state is of another state, named in that one
 * other than as a subject, the title's state is no guess
 * (kg_rel_exchange_before, for relations.c's bare titles).
 * Does not own: titles the dictionary lists ("the foreign minister of X",
 * relations.c), the other "led by" rules (relrules.c), bodies
 * with no state named ("the army commander": relations.c's bare titles). */
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relrules.h"
#include "relfound.h"
#include "actors.h"

static int word_in(const kg_doc *d, uint32_t i, const char *const *w)
{
  for (int k = 0; w[k]; k++)
    if (kg_tok_is(d, i, w[k]))
      return 1;
  return 0;
}

/* Mention m when it is a person's (with an actor), else -1. */
static int32_t person_at(const kg_doc *d, int32_t m)
{
  return m >= 0 && kg_rel_atype(d, m) == KG_ACT_PERSON && d->mentions[m].actor >= 0 ? m : -1;
}

/* A title in the apposition after person mention m (", the assistant
 * secretary of state for ...": within five words, no state named first). */
static int appos_title(const kg_dict *dict, const kg_doc *d, int32_t m, uint32_t end)
{
  uint32_t r = d->mentions[m].tok + d->mentions[m].ntok;
  const kg_title *ti;
  if (r >= end || !kg_tok_is(d, r, ","))
    return 0;
  for (uint32_t q = r + 1; q < end && q < r + 6; q++) {
    int32_t om = kg_mention_at(d, q);
    if (kg_tok_is(d, q, ",") || (om >= 0 && kg_rel_atype(d, om) == KG_ACT_COUNTRY))
      return 0;
    if (kg_dict_match_title(dict, d, q, &ti))
      return 1;
  }
  return 0;
}

int kg_rel_delegation_head(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t b, uint32_t at, kg_status *st)
{
  static const char *const nouns[] = { "delegation", "delegations", "negotiators", "negotiator", "team",
    "mission", "diplomats", "envoys", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  if (!word_in(d, b, nouns))
    return 0;
  int32_t state = -1;
  for (uint32_t t = b > s->tok + 3 ? b - 3 : s->tok; t < b; t++) {
    int32_t m = kg_mention_at(d, t);
    if (kg_tok_head(d, t) == (int32_t)b && m >= 0 && kg_rel_atype(d, m) == KG_ACT_COUNTRY)
      state = d->mentions[m].actor;
  }
  /* "The delegation, led by X" after "A White House delegation arrived":
   * the state the description refers to (corefdesc.c) */
  int32_t dm = kg_mention_at(d, b);
  if (state < 0 && dm >= 0 && d->mentions[dm].kind == KG_MEN_DESCRIPTION && kg_rel_atype(d, dm) == KG_ACT_COUNTRY)
    state = d->mentions[dm].actor;
  if (state < 0)
    return 0;
  int titled = 0;
  for (uint32_t q = at; q < end && q < at + 6; q++) {
    const kg_title *ti;
    if (kg_dict_match_title(dict, d, q, &ti))
      titled = 1;
    int32_t m = kg_mention_at(d, q);
    if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_PERSON) {
      int first = (titled || appos_title(dict, d, m, end)) && d->mentions[m].actor >= 0;
      if (first)
        *st = kg_relations_add(d, KG_REL_OFFICIAL, d->mentions[m].actor, state, si);
      /* "led by X, the ..., and (including) Y, the ...": a second titled
       * head joined by "and" after the first one's apposition (whatever
       * the first one's title) */
      for (uint32_t k = d->mentions[m].tok + d->mentions[m].ntok; *st == KG_OK && k + 2 < end &&
                                                                  k < q + 30; k++) {
        if (d->tokens[k].upos == KG_UPOS_VERB || d->tokens[k].upos == KG_UPOS_AUX)
          break;
        uint32_t p = k + 1 + (kg_tok_is(d, k + 1, "including") || kg_tok_is(d, k + 1, "also"));
        const kg_title *t2;
        uint32_t tn = p < end && kg_mention_at(d, p) < 0 ? kg_dict_match_title(dict, d, p, &t2) : 0;
        int32_t m2 = kg_tok_is(d, k, "and") && kg_tok_is(d, k - 1, ",") ? kg_mention_at(d, p + tn) : -1;
        if (m2 >= 0 && d->mentions[m2].tok == p + tn && kg_rel_atype(d, m2) == KG_ACT_PERSON &&
            d->mentions[m2].actor >= 0 && (tn > 0 || appos_title(dict, d, m2, end))) {
          *st = kg_relations_add(d, KG_REL_OFFICIAL, d->mentions[m2].actor, state, si);
          return 1;
        }
      }
      return first;
    }
    if (d->tokens[q].upos == KG_UPOS_PUNCT || (m >= 0 && kg_rel_atype(d, m) == KG_ACT_COUNTRY))
      return 0;                           /* ("led by Russian Defence Minister P": the title's own state) */
  }
  return 0;
}

uint32_t kg_rel_portfolio_end(const kg_doc *d, uint32_t t, uint32_t end, int named_of)
{
  if (t + 2 >= end || !(kg_tok_is(d, t, "for") || kg_tok_is(d, t, "of")))
    return t;
  uint32_t b = t + 1;
  int cap = 0;
  /* (a capitalised portfolio the recogniser took for an unknown
   * organisation, after a state's title: "South Africa's Minister of
   * International Relations, X") */
  int32_t bm;
  while (b < end && b < t + 8 &&
         ((bm = kg_mention_at(d, b)) < 0 || kg_rel_atype(d, bm) == KG_ACT_PLACE ||
          (named_of && kg_rel_atype(d, bm) == KG_ACT_ORG && d->mentions[bm].actor >= 0 &&
           d->actors[d->mentions[bm].actor].dict_entry < 0)) &&
         d->tokens[b].upos != KG_UPOS_PUNCT &&
         (d->tokens[b].upos == KG_UPOS_NOUN || d->tokens[b].upos == KG_UPOS_PROPN ||
          d->tokens[b].upos == KG_UPOS_ADJ || kg_tok_is(d, b, "and") || (b > t + 1 && kg_tok_is(d, b, "the"))))
    cap |= kg_tok_is_cap(&d->tokens[b++]);
  if (!named_of && cap && kg_tok_is(d, t, "of"))
    return t;                             /* ("X, the president of Somaliland,": the title's own polity) */
  return b > t + 1 && b + 1 < end && kg_tok_is(d, b, ",") ? b : t;
}

kg_status kg_rel_body_head_rule(kg_doc *d, uint32_t si, uint32_t h)
{
  /* the heads of a body, and the bodies of a state (the last word of the
   * body's name; up to three lower-case words before it: "sovereign",
   * "diplomatic", "armed", "national security") */
  static const char *const heads[] = { "head", "chief", "commander", "chairman", "chair", "director",
    "spokesman", "spokeswoman", "spokesperson", "speaker", NULL };
  static const char *const bodies[] = { "army", "navy", "military", "forces", "force", "police", "council",
    "mission", "delegation", "parliament", "senate", "legislature", "assembly", "embassy", "junta",
    "guard", "intelligence", "agency", "service", NULL };
  /* the rulers a state's description names: "the head of the junta" leads
   * the state "the junta" stands for */
  static const char *const rulers[] = { "junta", "regime", NULL };
  static const char *const leads[] = { "head", "leader", "chief", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok, q;
  int rel = KG_REL_OFFICIAL;
  int32_t cm = -1;
  if (word_in(d, h, leads) && h + 3 < end && kg_tok_is(d, h + 1, "of") && kg_tok_is(d, h + 2, "the") &&
      word_in(d, h + 3, rulers)) {
    cm = kg_mention_at(d, h + 3);
    if (cm < 0 || d->mentions[cm].kind != KG_MEN_DESCRIPTION || kg_rel_atype(d, cm) != KG_ACT_COUNTRY ||
        d->mentions[cm].actor < 0 || d->mentions[cm].as_place)
      return KG_OK;
    q = h + 3;
    rel = KG_REL_LEADER;
  } else {
    if (!word_in(d, h, heads) || h + 4 >= end || !kg_tok_is(d, h + 1, "of"))
      return KG_OK;
    cm = kg_mention_at(d, h + 2);
    if (cm < 0 || d->mentions[cm].tok != h + 2 || kg_rel_atype(d, cm) != KG_ACT_COUNTRY ||
        d->mentions[cm].actor < 0 || d->mentions[cm].as_place)
      return KG_OK;
    q = d->mentions[cm].tok + d->mentions[cm].ntok;
    if (q >= end || !kg_tok_is_poss(&d->tokens[q]))
      return KG_OK;
    uint32_t b = ++q;                     /* the body's words: lower case, no actor */
    while (q < end && q < b + 4 && kg_mention_at(d, q) < 0 && !kg_tok_is_cap(&d->tokens[q]) &&
           (d->tokens[q].upos == KG_UPOS_NOUN || d->tokens[q].upos == KG_UPOS_ADJ ||
            d->tokens[q].upos == KG_UPOS_VERB) && !word_in(d, q, bodies))
      q++;
    if (q >= end || !word_in(d, q, bodies) || kg_mention_at(d, q) >= 0)
      return KG_OK;
  }
  uint32_t e = q + 1;                     /* the phrase closes there: ", X" or "," after the name */
  if (e < end && !kg_tok_is(d, e, ",") && !kg_tok_is(d, e, "."))
    return KG_OK;
  /* the head's title opens an apposition after the name ("X, the [deputy]
   * head of"), or the name follows it ("The head of S's army, X, said") */
  uint32_t t = h;
  while (t > s->tok && (d->tokens[t - 1].upos == KG_UPOS_ADJ || d->tokens[t - 1].upos == KG_UPOS_NOUN) &&
         !kg_tok_is_cap(&d->tokens[t - 1]))
    t--;                                  /* ("deputy", "acting", "army") */
  int32_t pm = -1;
  if (t >= s->tok + 3 && kg_tok_is(d, t - 1, "the") && kg_tok_is(d, t - 2, ","))
    pm = person_at(d, kg_rel_mention_ending(d, t - 3));
  else if ((t == s->tok || (t == s->tok + 1 && kg_tok_is(d, s->tok, "the"))) && e + 1 < end && kg_tok_is(d, e, ","))
    for (uint32_t n = e + 1; pm < 0 && n < end && n < e + 4 && !kg_tok_is(d, n, ","); n++)
      pm = person_at(d, kg_mention_at(d, n));   /* (past a rank: "General X") */
  if (pm < 0)
    return KG_OK;
  return kg_relations_add(d, rel, d->mentions[pm].actor, d->mentions[cm].actor, si);
}

/* Whether actor a already serves or leads a state. */
static int has_state(const kg_doc *d, int32_t a)
{
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) &&
        d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
      return 1;
  return 0;
}

/* "Vietnam summoned China's ambassador ... handed a note to Ambassador He
 * Wei": the bare title "Ambassador" (or "ambassador") before a name (no
 * state, capital or "former" before it: not "Russian Ambassador X") takes the state of the unnamed
 * ambassador an earlier sentence told of, when only one state's was
 * (kg_rel_title_named_before); an ambassador serves abroad, so no state of
 * the sentence or the story is guessed. */
static kg_status ambassador_rule(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t i)
{
  const kg_sentence *s = &d->sents[si];
  const kg_title *ti = NULL;
  if (kg_dict_match_title(dict, d, i, &ti) != 1 || !ti || !ti->phrase || strcmp(ti->phrase, "ambassador"))
    return KG_OK;
  if (i > s->tok && (kg_tok_is_cap(&d->tokens[i - 1]) || kg_rel_mention_ending(d, i - 1) >= 0 ||
                     kg_tok_is(d, i - 1, "former")))
    return KG_OK;
  /* "Ambassador X", "handed ambassador X a note" ("the ambassador, X,":
   * relations.c's title_told_before) */
  uint32_t at = i + 1;
  int32_t pm = at < s->tok + s->ntok ? person_at(d, kg_mention_at(d, at)) : -1;
  if (pm < 0 || d->mentions[pm].tok != at || has_state(d, d->mentions[pm].actor))
    return KG_OK;
  int32_t st = kg_rel_title_named_before(dict, d, &d->mentions[pm], i);
  return st >= 0 ? kg_relations_add(d, KG_REL_OFFICIAL, d->mentions[pm].actor, st, si) : KG_OK;
}

kg_status kg_rel_noun_rules(const kg_dict *dict, kg_doc *d, uint32_t si, uint32_t i)
{
  const kg_sentence *s = &d->sents[si];
  kg_status fs = kg_rel_founders_rule(d, si, i);     /* "the three juntas formed X" (relfound.c) */
  if (fs != KG_OK)
    return fs;
  if (d->tokens[i].upos == KG_UPOS_NOUN && i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, "of")) {
    kg_status st = kg_rel_body_head_rule(d, si, i);
    return st != KG_OK ? st : kg_rel_respective_rule(dict, d, si, i);
  }
  if (kg_tok_is(d, i, "ambassador"))
    return ambassador_rule(dict, d, si, i);
  return KG_OK;
}

/* The state whose body (kg_rel_body_word: "ministry", "army", ...) tells
 * the clause person p is the subject of: p's clause is the complement of a
 * verb of saying whose subject is that body noun with the state as its
 * possessor, compound or adjective ("Russia's Foreign Ministry said
 * Deputy Foreign Minister P had ...", "The Russian Foreign Ministry said
 * P ..."); -1 when none. */
int32_t kg_rel_teller_body_state(const kg_doc *d, const kg_mention *p)
{
  static const char *const say[] = { "say", "announce", "state", "confirm", "report", "add", NULL };
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t end = s->tok + s->ntok, last = p->tok + p->ntok - 1;
  if (!kg_sent_has_tree(d, p->sent))
    return -1;
  int32_t top = (int32_t)last;            /* the name's phrase head: the word whose head is outside it */
  for (int hops = 0; hops < 4 && kg_tok_head(d, (uint32_t)top) >= (int32_t)p->tok &&
                     kg_tok_head(d, (uint32_t)top) <= (int32_t)last; hops++)
    top = kg_tok_head(d, (uint32_t)top);
  const char *r = d->tokens[top].deprel;
  int32_t v = kg_tok_head(d, (uint32_t)top);
  if (!r || strncmp(r, "nsubj", 5) || v < 0 || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "ccomp"))
    return -1;
  int32_t sv = kg_tok_head(d, (uint32_t)v);
  if (sv < 0 || sv > (int32_t)p->tok || !d->tokens[sv].lemma)
    return -1;
  int said = 0;
  for (int k = 0; say[k]; k++)
    said |= !strcmp(d->tokens[sv].lemma, say[k]);
  if (!said)
    return -1;
  for (uint32_t b = s->tok; b < (uint32_t)sv; b++) {
    if (kg_tok_head(d, b) != sv || !d->tokens[b].deprel || strncmp(d->tokens[b].deprel, "nsubj", 5) ||
        kg_rel_body_word(d, b) < 0)
      continue;
    for (size_t m = 0; m < d->nmentions; m++) {   /* the state on the body noun */
      const kg_mention *mm = &d->mentions[m];
      if (mm->sent != p->sent || mm->tok >= b || mm->actor < 0 || mm->as_place ||
          d->actors[mm->actor].type != KG_ACT_COUNTRY || mm->tok + mm->ntok > end)
        continue;
      int32_t x = (int32_t)(mm->tok + mm->ntok - 1);
      for (int hops = 0; hops < 4 && x >= 0 && x != (int32_t)b; hops++)
        x = kg_tok_head(d, (uint32_t)x);
      if (x == (int32_t)b)
        return mm->actor;
    }
  }
  return -1;
}

kg_status kg_rel_heads_rule(kg_doc *d, uint32_t si, uint32_t v)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  if (d->tokens[v].upos != KG_UPOS_VERB || !kg_sent_has_tree(d, si))
    return KG_OK;
  int32_t pm = -1, om = -1;
  for (uint32_t q = s->tok; q < end; q++) {
    const char *r = d->tokens[q].deprel;
    int32_t h = kg_tok_head(d, q);
    if (q > v && kg_tok_is(d, q, "to") && h >= 0 && kg_tok_head(d, (uint32_t)h) == (int32_t)v)
      return KG_OK;                       /* ("leads the team to victory") */
    if (h != (int32_t)v || !r)
      continue;
    if (!strncmp(r, "nsubj", 5) && strcmp(r, "nsubj:pass")) {
      /* "X, who leads": the name the relative clause hangs on */
      const char *vr = d->tokens[v].deprel;
      int32_t a = kg_tok_is(d, q, "who") && vr && !strcmp(vr, "acl:relcl") ? kg_tok_head(d, v) : (int32_t)q;
      pm = a >= 0 ? person_at(d, kg_mention_at(d, (uint32_t)a)) : -1;
    } else if (!strcmp(r, "obj") && q > v)
      om = kg_mention_at(d, q);
  }
  if (pm < 0 || om < 0 || d->mentions[om].actor < 0 || kg_rel_atype(d, om) != KG_ACT_ORG ||
      d->mentions[om].actor == d->mentions[pm].actor)
    return KG_OK;
  return kg_relations_add(d, KG_REL_LEADER, d->mentions[pm].actor, d->mentions[om].actor, si);
}

/* Whether token t lies inside a quotation: the quotation marks before it
 * in its sentence, counted from outside, or from inside when the opening
 * mark ended the sentence before (an odd number of marks, the first a
 * closing one: '"No. India is playing with lives," he said'). */
static int is_qmark(const char *f)
{
  return !strcmp(f, "\"") || !strcmp(f, "\xe2\x80\x9c") || !strcmp(f, "\xe2\x80\x9d");
}

int kg_rel_in_quote(const kg_doc *d, uint32_t t)
{
  const kg_sentence *s = &d->sents[d->tokens[t].sent];
  int before = 0, all = 0, first_closes = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (is_qmark(d->tokens[k].form)) {
      if (first_closes < 0)
        first_closes = !strcmp(d->tokens[k].form, "\xe2\x80\x9d") ||
                       (d->tokens[k].xpos && !strcmp(d->tokens[k].xpos, "''"));
      before += k < t;
      all++;
    }
  return (before + ((all & 1) && first_closes == 1)) & 1;
}

int32_t kg_rel_main_subject(const kg_doc *d, uint32_t q)
{
  return kg_rel_subject_of(d, q, 0);
}

int32_t kg_rel_subject_of(const kg_doc *d, uint32_t q, int quoted_only)
{
  int32_t quoted = -1;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    int role = mm->sent == q && !mm->as_place && mm->actor >= 0 ? kg_mention_role(d, m) : 0;
    if ((role == 's' || role == 'g') && !kg_rel_embedded_subject(d, m)) {
      if (!quoted_only && !kg_rel_in_quote(d, mm->tok))
        return (int32_t)m;                /* (not "the judges found that Mongolia had failed") */
      if (quoted < 0 && (!quoted_only || kg_rel_in_quote(d, mm->tok)))
        quoted = (int32_t)m;              /* ('"India is playing with lives," he told the Senate': the speaker) */
    }
  }
  return quoted;
}

int kg_rel_exchange_before(const kg_doc *d, uint32_t q0, uint32_t q, int32_t st)
{
  int32_t m0 = kg_rel_main_subject(d, q0);
  int32_t s0 = m0 >= 0 ? kg_rel_state_of(d, d->mentions[m0].actor) : -1;
  for (size_t m = 0; s0 >= 0 && s0 != st && m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent == q && !mm->as_place && mm->actor == s0 && kg_mention_role(d, m) != 's' &&
        kg_mention_role(d, m) != 'g')
      return 1;
  }
  return 0;
}

/* The state a titled person with no state of his own serves because he
 * travels with one who serves it: the agent of "accompany" ("Chinh, who is
 * accompanied by Foreign Minister P", "the president, accompanied by
 * Defence Minister P"): the one state the accompanied person leads or
 * serves (the subject of the passive, or the name its "who" clause or
 * participle hangs on); else -1. */
int32_t kg_rel_companion_state(const kg_dict *dict, const kg_doc *d, const kg_mention *p)
{
  uint32_t last = p->tok + p->ntok - 1;
  if (!kg_sent_has_tree(d, p->sent))
    return -1;
  int32_t top = (int32_t)last;            /* the name's phrase head */
  for (int hops = 0; hops < 4 && kg_tok_head(d, (uint32_t)top) >= (int32_t)p->tok &&
                     kg_tok_head(d, (uint32_t)top) <= (int32_t)last; hops++)
    top = kg_tok_head(d, (uint32_t)top);
  const char *r = d->tokens[top].deprel;
  /* "accompanied by the external affairs minister, P": the name the title's apposition; "and by the
   * national security adviser, Q": that title a conjunct of the first */
  int32_t chain[3] = { top, -1, -1 };
  for (int up = 1; up < 3 && r && (!strcmp(r, "appos") || !strcmp(r, "conj")); up++) {
    int32_t h = kg_tok_head(d, (uint32_t)top);
    if (h < 0 || h >= (int32_t)p->tok)
      break;
    chain[up] = top = h;
    r = d->tokens[top].deprel;
  }
  int32_t v = kg_tok_head(d, (uint32_t)top);
  if (!r || strncmp(r, "obl", 3) || v < 0 || !d->tokens[v].lemma || strcmp(d->tokens[v].lemma, "accompany") ||
      !d->tokens[v].xpos || strcmp(d->tokens[v].xpos, "VBN"))
    return -1;
  int by = 0;
  for (uint32_t t = (uint32_t)v + 1; t < p->tok && t < (uint32_t)v + 16; t++)
    by |= kg_tok_is(d, t, "by") && (kg_tok_head(d, t) == chain[0] || kg_tok_head(d, t) == chain[1] ||
                                    kg_tok_head(d, t) == chain[2]);
  if (!by)
    return -1;
  /* the one accompanied: the passive's subject (not a relative pronoun),
   * else the noun the clause or participle hangs on */
  int32_t who = -1;
  const kg_sentence *s = &d->sents[p->sent];
  for (uint32_t t = s->tok; t < s->tok + s->ntok && who < 0; t++)
    if (kg_tok_head(d, t) == v && d->tokens[t].deprel && !strncmp(d->tokens[t].deprel, "nsubj", 5) &&
        (d->tokens[t].upos != KG_UPOS_PRON || (d->tokens[t].xpos && !strcmp(d->tokens[t].xpos, "PRP"))))
      who = (int32_t)t;                   /* (a personal pronoun resolved: "He was accompanied by") */
  const char *vr = d->tokens[v].deprel;
  if (who < 0 && vr && (!strncmp(vr, "acl", 3) || !strcmp(vr, "advcl")))
    who = kg_tok_head(d, (uint32_t)v);
  if (who < 0)
    return -1;
  int32_t st = -1;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent != p->sent || mm->actor < 0 || (int32_t)mm->tok > who || (int32_t)(mm->tok + mm->ntok) <= who)
      continue;
    int32_t a = mm->actor;
    if (d->actors[a].type == KG_ACT_COUNTRY)
      return a;
    for (size_t k = 0; k < d->nrels; k++) {
      const kg_relation *rr = &d->rels[k];
      if (rr->subj != a || (rr->kind != KG_REL_LEADER && rr->kind != KG_REL_OFFICIAL) ||
          d->actors[rr->obj].type != KG_ACT_COUNTRY)
        continue;
      if (st >= 0 && st != rr->obj)
        return -1;                        /* two states: no guess */
      st = rr->obj;
    }
    /* a person of the dictionary whose office is found last (kg_rel_dict_rule): its state */
    const kg_dict_actor *e = st < 0 && dict && d->actors[a].dict_entry >= 0 ?
                             kg_dict_actor_at(dict, d->actors[a].dict_entry) : NULL;
    if (e && e->country >= 0 && (e->role == KG_REL_LEADER || e->role == KG_REL_OFFICIAL))
      st = kg_rel_actor_of_entry(dict, d, e->country);
  }
  return st;
}

kg_status kg_rel_possessor_office_rule(kg_doc *d, int32_t y, int32_t x, uint32_t si)
{
  int32_t org = -1;
  for (size_t r = 0; r < d->nrels; r++) {
    const kg_relation *rr = &d->rels[r];
    if ((rr->kind == KG_REL_LEADER || rr->kind == KG_REL_OFFICIAL) && rr->subj == y)
      return KG_OK;                       /* an office of his own */
    if ((rr->kind == KG_REL_LEADER || rr->kind == KG_REL_OFFICIAL) && rr->subj == x &&
        kg_rel_state_like(d->actors[rr->obj].type)) {
      if (org >= 0 && org != rr->obj)
        return KG_OK;                     /* two offices: no guess */
      org = rr->obj;
    }
  }
  return org >= 0 ? kg_relations_add(d, KG_REL_OFFICIAL, y, org, si) : KG_OK;
}
