/* evwindow.c — event arguments from token windows, for sentences without
 * a usable tree (see events.c's header comment for the rules), and plural
 * subjects and objects ("the two leaders", "both governments") resolved to
 * the actors named nearby.
 * Owns: kg_ev_window_args, kg_ev_is_light_verb, kg_ev_plural_subject,
 * kg_ev_plural_object, kg_ev_skip_phrase_target; the window searches both
 * paths use: kg_ev_is_passive (a be-form before a participle),
 * kg_ev_subject_before (the nearest agentive name before a verb in its
 * clause, through appositions, relative pronouns and "as"), kg_ev_mention_after,
 * kg_ev_np_after, kg_ev_after_prep, kg_ev_is_aux_word, kg_ev_titled_start (the
 * state and title before a person's name), kg_ev_object_antecedent ("X, whom
 * it accused"), kg_ev_name_end and kg_ev_of_state_owner ("X of Azerbaijan and Y").
 * Does not own: the tree-based arguments and the shared argument helpers
 * (evargs.c), trigger matching and emitting events (events.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "evargs.h"
#include "wordset.h"
#include "evclause.h"
#include "actors.h"
#include "relgroups.h"

int kg_ev_is_light_verb(const kg_dict *dict, const kg_doc *d, uint32_t j)
{
  char cand[MAXC][CLEN];   /* the lexicon's kgd:lightVerb lemmas */
  if (d->tokens[j].upos == KG_UPOS_NOUN)
    return 0;               /* "his organisation", "the start": no verb */
  size_t n = kg_ev_lemma_cands(d, j, cand);
  for (size_t k = 0; k < n; k++)
    if (kg_dict_lex(dict, cand[k]) & KG_LEX_LIGHT_VERB)
      return 1;
  return 0;
}

/* The first token of a titled name: "Rwandan President Paul Kagame" from
 * the person's mention, past the title and the state before it ("and
 * Rwandan President Paul Kagame" seen from Kagame reaches the "and"). */
uint32_t kg_ev_titled_start(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  uint32_t i = d->mentions[m].tok, s0 = d->sents[d->mentions[m].sent].tok;
  uint32_t n = kg_ev_atype(d, m) == KG_ACT_PERSON ? kg_dict_title_before(c->dict, d, i, s0) : 0;
  if (n == 0)
    return i;
  i -= n;
  int32_t st = i > s0 ? kg_mention_at(d, i - 1) : -1;
  if (st >= 0 && kg_ev_atype(d, st) == KG_ACT_COUNTRY && d->mentions[st].tok + d->mentions[st].ntok == i)
    i = d->mentions[st].tok;
  return i;
}

/* "President Ilham Aliyev of Azerbaijan and ...": the end of person m's
 * name with its "of STATE" (*of_state set), else of the name itself. */
uint32_t kg_ev_name_end(const ev_ctx *c, int32_t m, int *of_state)
{
  const kg_doc *d = c->doc;
  uint32_t i = d->mentions[m].tok + d->mentions[m].ntok, end = d->sents[d->mentions[m].sent].tok +
                                                                 d->sents[d->mentions[m].sent].ntok;
  *of_state = 0;
  int32_t st = i + 1 < end && kg_tok_is(d, i, "of") && kg_ev_atype(d, m) == KG_ACT_PERSON ?
               kg_mention_at(d, i + 1) : -1;
  if (st < 0 || d->mentions[st].tok != i + 1 || kg_ev_atype(d, st) != KG_ACT_COUNTRY)
    return i;
  *of_state = 1;
  return d->mentions[st].tok + d->mentions[st].ntok;
}

/* The person whose "of STATE" state mention m is ("X of Azerbaijan" seen
 * from Azerbaijan: X), else m. */
int32_t kg_ev_of_state_owner(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  uint32_t t = d->mentions[m].tok, s0 = d->sents[d->mentions[m].sent].tok;
  if (kg_ev_atype(d, m) != KG_ACT_COUNTRY || t < s0 + 2 || !kg_tok_is(d, t - 1, "of"))
    return m;
  int32_t p = kg_mention_at(d, t - 2);
  return p >= 0 && kg_ev_atype(d, p) == KG_ACT_PERSON && d->mentions[p].tok + d->mentions[p].ntok == t - 1 ? p : m;
}

/* The antecedent of an object relative pronoun ("sanctioned X, whom it
 * accused", "X, a Rwandan minister, whom it accused"): the first token of
 * the agentive name right before the comma, or before an apposition of at
 * most six words with no verb; j itself otherwise ("that" is left alone:
 * it is more often a complementiser); the nominal a free relative "what"
 * names ("struck what it said were bases of X": kg_ev_what_named). */
uint32_t kg_ev_object_antecedent(const ev_ctx *c, uint32_t j)
{
  const kg_doc *d = c->doc;
  uint32_t s0 = d->sents[d->tokens[j].sent].tok;
  if (kg_ev_what_named(d, j) >= 0)      /* "struck what it said were bases of X" (evstruck.c) */
    return (uint32_t)kg_ev_what_named(d, j);
  if (!(kg_tok_is(d, j, "whom") || kg_tok_is(d, j, "which") || kg_tok_is(d, j, "who")) ||
      j < s0 + 2 || !kg_tok_is(d, j - 1, ","))
    return j;
  int32_t m = kg_mention_at(d, j - 2);
  if (m >= 0 && kg_ev_agentive(d, m) && d->mentions[m].tok + d->mentions[m].ntok == j - 1)
    return d->mentions[m].tok;
  for (uint32_t q = j - 2; q > s0 + 1 && j - 2 - q < 6; q--) {
    if (d->tokens[q].upos == KG_UPOS_VERB || d->tokens[q].upos == KG_UPOS_AUX)
      break;
    if (!kg_tok_is(d, q, ","))
      continue;
    m = kg_mention_at(d, q - 1);
    if (m >= 0 && kg_ev_agentive(d, m) && d->mentions[m].tok + d->mentions[m].ntok == q)
      return d->mentions[m].tok;
    break;
  }
  return j;
}

static size_t plural_salient(const ev_ctx *c, uint32_t i, int32_t exclude, uint32_t span, int32_t *out);

/* last_sides' kinds of pair: two states or organisations of the last talks,
 * dispute or fight (24 sentences back); two persons of a meeting (1 back);
 * the two sides of the latest meeting or joint act whoever they are, none
 * when that act has not two (1 back). */
enum { SIDES_STATES, SIDES_PERSONS, SIDES_LATEST, SIDES_JOINT, SIDES_PERSONS_WIDE };
static int last_sides(const ev_ctx *c, uint32_t at, uint32_t si, int32_t *out, int kind);

/* Is the name at token t, after "two" or "both", a modifier of the plural
 * noun right after it ("the two U.S. allies", "both Gulf states", "the two
 * North African countries": a capitalised run no actor's name)?  The number
 * of its words, or 0. */
int kg_ev_two_named_noun(const kg_doc *d, uint32_t t)
{
  if (t == 0 || !(kg_tok_is(d, t - 1, "two") || kg_tok_is(d, t - 1, "both")))
    return 0;
  int32_t m = kg_mention_at(d, t);
  uint32_t sn = d->tokens[t].sent, end = d->sents[sn].tok + d->sents[sn].ntok, e = t;
  if (m >= 0 && d->mentions[m].tok == t)
    e = t + d->mentions[m].ntok;
  else if (m < 0)
    while (e < end && e < t + 3 && kg_tok_is_cap(&d->tokens[e]) && kg_mention_at(d, e) < 0)
      e++;
  if (e == t || e >= end || d->tokens[e].upos != KG_UPOS_NOUN || !d->tokens[e].xpos ||
      strcmp(d->tokens[e].xpos, "NNS") || kg_tok_head(d, e - 1) != (int32_t)e)
    return 0;
  return (int)(e - t);
}

static int32_t recipient_object(const ev_ctx *c, uint32_t i);

void kg_ev_window_args(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p,
                        int32_t obj, int root, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  if (pos == KG_UPOS_VERB) {
    int32_t sj = kg_ev_subject_before(c, i);
    if (kg_ev_is_passive(c, i)) {
      a->passive = 1;
      a->ntg = kg_ev_coord_before(c, sj, a->targets, KG_EV_SIDE);
      int32_t by = kg_ev_after_prep(c, i, "by", 6, 0);
      /* "were freed after mediation by Qatar", "following talks by X": a "by"
       * phrase inside an adjunct of time or cause is the adjunct noun's */
      for (uint32_t q = i + 1; by >= 0 && q < d->mentions[by].tok; q++) {
        kg_ev_low(d, q, b, sizeof b);
        if (kg_ev_in_list(b, (const char *const[]){ "after", "following", "amid", "despite", "thanks", NULL }))
          by = -1;
      }
      a->nag = kg_ev_coord_after(c, by, a->agents, KG_EV_SIDE);
      if (a->nag == 0 && a->ntg == 0) {     /* "no deal was struck between X and Y" */
        int32_t bw = kg_ev_after_prep(c, i, "between", 6, 0);
        if (bw >= 0)
          a->npart = kg_ev_coord_after(c, bw, a->parts, KG_EVENT_MAX_PART);
      }
      return;
    }
    a->nag = kg_ev_coord_before(c, sj, a->agents, KG_EV_SIDE);
    int32_t tg = -1;
    if (p->prep)
      tg = kg_ev_after_prep(c, i, p->prep, 8, 0);
    if (tg < 0)
      tg = kg_ev_mention_after(c, i, 5, 1);
    if (tg < 0 && !p->prep) {
      static const char *const dp[] = { "with", "against", "to", "on", "toward", "towards", NULL };
      for (int k = 0; dp[k] && tg < 0; k++)
        tg = kg_ev_after_prep(c, i, dp[k], 2, 0);
      /* "imposed new sanctions on Iran": the preposition after the object */
      for (int k = 0; dp[k] && tg < 0 && obj > (int32_t)i; k++)
        tg = kg_ev_after_prep(c, (uint32_t)obj, dp[k], 2, 0);
      /* "supplied hundreds of drones to Russia": after an object noun phrase */
      for (uint32_t j = i + 1, k = 0; tg < 0 && j < end && k < 7; j++, k++) {
        kg_ev_low(d, j, b, sizeof b);
        if (kg_mention_at(d, j) >= 0 || kg_ev_is_boundary_word(b) || kg_ev_is_aux_word(b) ||
            d->tokens[j].upos == KG_UPOS_VERB || !strcmp(b, "."))
          break;
        if (kg_ev_in_list(b, dp) && j > i + 1)
          tg = kg_ev_np_after(c, j, !strcmp(b, "to"));
        else if (kg_word_is_prep(b) && strcmp(b, "of"))
          break;
      }
    }
    a->ntg = kg_ev_coord_after(c, tg, a->targets, KG_EV_SIDE);
    /* "demanded that the US cancel ...", "warned that Iran would ...": the
     * subject of the complement is the one addressed */
    if (a->ntg == 0 && (root == 2 || root == 10 || root == 11 || root == 12 ||
                        root == 13 || root == 16 || root == 17)) {
      for (uint32_t j = i + 1; j < end && j <= i + 3; j++)
        if (kg_tok_is(d, j, "that")) {
          int32_t m = kg_ev_np_after(c, j, 0);
          if (m >= 0)
            a->targets[a->ntg++] = m;
          break;
        }
    }
    if (a->nag == 0 && a->ntg == 0) {       /* "talks were held between X and Y" */
      int32_t bw = kg_ev_after_prep(c, i, "between", 6, 0);
      if (bw >= 0)
        a->npart = kg_ev_coord_after(c, bw, a->parts, KG_EVENT_MAX_PART);
    }
    /* "By launching a missile ..., North Korea ...": the main clause subject */
    if (a->nag == 0 && i > s->tok) {
      kg_ev_low(d, i - 1, b, sizeof b);
      if (!strcmp(b, "by") || !strcmp(b, "after") || !strcmp(b, "before") ||
          !strcmp(b, "while") || !strcmp(b, "when") || !strcmp(b, "without")) {
        for (uint32_t j = i + 1; j < end; j++)
          if (kg_tok_is(d, j, ",")) {
            int32_t m = kg_ev_mention_after(c, j, 3, 1);
            if (m >= 0)
              a->agents[a->nag++] = m;
            break;
          }
      }
    }
    return;
  }
  /* noun: possessor or compound before, skipping up to 3 modifiers */
  uint32_t q = i;
  for (int k = 0; k < 3 && q > s->tok; k++) {
    uint32_t pq = q - 1;
    if (kg_mention_at(d, pq) >= 0 || kg_tok_is_poss(&d->tokens[pq]))
      break;
    if (pq > s->tok + 1 && kg_tok_is(d, pq, "-") && !d->tokens[pq].space_after &&
        !d->tokens[pq - 1].space_after) {
      q = pq - 1;                     /* "full-scale": one modifier */
      continue;
    }
    kg_ev_low(d, pq, b, sizeof b);
    if (!isalpha((unsigned char)b[0]) || kg_word_is_prep(b) || kg_ev_is_boundary_word(b) ||
        kg_ev_in_list(b, (const char *const[]){ "the", "a", "an", "this", "that", "these", "those",
                                          "such", "any", "no", "and", "or", NULL }))
      break;
    q = pq;
  }
  if (q > s->tok) {
    uint32_t pq = q - 1;
    int poss = kg_tok_is_poss(&d->tokens[pq]);
    if (poss && pq > s->tok)
      pq--;
    int32_t m = kg_mention_at(d, pq);
    if (m >= 0 && kg_ev_agentive(d, m) &&
        (poss || d->mentions[m].kind == KG_MEN_PRONOUN || q == i ||
         kg_mention_role(d, (size_t)m) != 'p')) {
      /* "the Kim-Trump summit": two names joined by a dash */
      uint32_t st = d->mentions[m].tok;
      if (!poss && st >= s->tok + 2 && kg_tok_is(d, st - 1, "-")) {
        int32_t m0 = kg_mention_at(d, st - 2);
        if (m0 >= 0 && kg_ev_agentive(d, m0)) {
          a->parts[a->npart++] = m0;
          a->parts[a->npart++] = m;
        }
      }
      if (a->npart == 0 && (poss || d->mentions[m].kind == KG_MEN_DEMONYM ||
                            d->mentions[m].kind == KG_MEN_PRONOUN || q == i))
        a->agents[a->nag++] = m;
    }
  }
  int32_t by = kg_ev_after_prep(c, i, "by", 7, 0);
  if (by < 0 && a->nag == 0)
    by = kg_ev_after_prep(c, i, "from", 2, 0);   /* "pressure from Washington" */
  if (by >= 0 && a->nag == 0)
    a->nag = kg_ev_coord_after(c, by, a->agents, KG_EV_SIDE);
  int32_t bw = kg_ev_after_prep(c, i, "between", 8, 1);
  if (bw < 0)
    bw = kg_ev_after_prep(c, i, "among", 8, 1);
  if (bw >= 0 && kg_ev_two_named_noun(d, d->mentions[bw].tok))
    bw = -1;                              /* "between the two U.S. allies": a modifier, no side */
  if (bw >= 0 && a->npart == 0)
    a->npart = kg_ev_coord_after(c, bw, a->parts, KG_EVENT_MAX_PART);
  /* "talks between the two countries", "between both sides": as "the two
   * countries" as a subject (meetings and talks only: "the agreement
   * between the two countries" may be one not reached) */
  for (uint32_t bq = i + 1; root == 4 && bw < 0 && a->npart == 0 && a->nag == 0 && bq <= i + 2 &&
                            bq + 3 < s->tok + s->ntok; bq++)
    if (kg_tok_is(d, bq, "between")) {
      uint32_t k = kg_tok_is(d, bq + 1, "the") ? bq + 2 : bq + 1;
      int two = (kg_tok_is(d, k, "two") || kg_tok_is(d, k, "both")) &&
                (kg_ev_plural_np_before(d, bq, k + 2) || kg_ev_two_named_noun(d, k + 1));
      if (two && last_sides(c, k, d->tokens[i].sent, a->parts, SIDES_STATES))
        a->npart = 2;                     /* (the sides of the last talks or fight told) */
      else if (two)
        a->npart = plural_salient(c, k + 2 + (uint32_t)kg_ev_two_named_noun(d, k + 1), -1, 2, a->parts);
    }
  int32_t tg = -1;
  if (p->prep)
    tg = kg_ev_after_prep(c, i, p->prep, 6, 0);
  static const char *const np[] = { "to", "with", "against", "on", "toward", "towards",
    "over", NULL };
  for (int k = 0; np[k] && tg < 0; k++)
    tg = kg_ev_after_prep(c, i, np[k], 6, 0);
  int hostile = root == 11 || root == 12 || root == 13 || root == 16 || root == 17;
  if (tg < 0) {
    int32_t of = kg_ev_after_prep(c, i, "of", 3, 0);
    if (of >= 0 && hostile)
      tg = of;
    else if (of >= 0 && a->nag == 0)
      a->nag = kg_ev_coord_after(c, of, a->agents, KG_EV_SIDE);
  }
  if (tg < 0)
    tg = recipient_object(c, i);
  a->ntg = kg_ev_coord_after(c, tg, a->targets, KG_EV_SIDE);
  /* "held talks", "agreed to resume talks": the subject of the light verb */
  if (a->nag == 0 && a->npart == 0) {
    uint32_t j = i;
    for (int k = 0; k < 5 && j > s->tok; k++) {   /* "attend the next round of talks" */
      j--;
      kg_ev_low(d, j, b, sizeof b);
      if (kg_ev_is_boundary_word(b) || kg_mention_at(d, j) >= 0)
        break;
      /* ("has criticised the sanctions": an auxiliary is no light verb, and
       * a verb of another kind governs the noun itself) */
      if (d->tokens[j].upos == KG_UPOS_AUX)
        continue;
      if (d->tokens[j].upos == KG_UPOS_VERB && !kg_ev_is_light_verb(c->dict, d, j))
        break;
      if (kg_ev_is_light_verb(c->dict, d, j)) {
        /* with a tree, the light verb's own subject (climbing a conjunction:
         * "X condemned ... by Poland and announced a ban") */
        if (kg_sent_has_tree(d, d->tokens[i].sent) && kg_tok_head(d, i) == (int32_t)j) {
          ev_args t;
          memset(&t, 0, sizeof t);
          kg_ev_tree_args(c, j, KG_UPOS_VERB, p, &t);
          for (size_t r = 0; r < t.nag && a->nag < KG_EV_SIDE; r++)
            a->agents[a->nag++] = t.agents[r];
          if (a->nag)
            break;
        }
        a->nag = kg_ev_coord_before(c, kg_ev_subject_before(c, j), a->agents, KG_EV_SIDE);
        if (a->nag == 0)
          a->npart = kg_ev_plural_subject(c, j, a->parts);
        break;
      }
    }
  }
}

/* "handed the ambassador a note of protest", "sent Iran a warning": a noun
 * act that is a verb's second object (or the "of" noun of it) has the
 * verb's first object (or indirect object) as its target, the recipient; -1
 * when none (a tree only; the first object an actor's mention, not a
 * pronoun: "handed him a note" is the told recipient's rules'). */
static int32_t recipient_object(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return -1;
  uint32_t o = i;
  int32_t h = kg_tok_head(d, i);
  if (h >= 0 && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "nmod") && d->tokens[h].upos == KG_UPOS_NOUN &&
      (uint32_t)h < i && kg_tok_is(d, (uint32_t)h + 1, "of"))        /* "a note of protest" */
    o = (uint32_t)h, h = kg_tok_head(d, o);
  if (h < 0 || d->tokens[h].upos != KG_UPOS_VERB || !d->tokens[o].deprel || strcmp(d->tokens[o].deprel, "obj"))
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = (uint32_t)h + 1; k < o && k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == h && d->tokens[k].deprel &&
        (!strcmp(d->tokens[k].deprel, "iobj") || !strcmp(d->tokens[k].deprel, "obj"))) {
      int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);   /* (a pronoun: left to the rules of the told recipient) */
      return m >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN && d->tokens[k].upos != KG_UPOS_PRON ? m : -1;
    }
  return -1;
}

/* "the two leaders", "both countries", "the two sides" in the clause before
 * token i: the two most recent distinct actors of the type the noun names
 * (this and the previous sentence; failing two there, the sentence before
 * that: "China claims ... the Philippines' zone ... Beijing has never
 * accepted ... The two countries agreed").  Writes mention indices to out. */
static size_t plural_resolve(const ev_ctx *c, uint32_t i, int32_t exclude, uint32_t span, int32_t *out, int *met);

/* Whether each of the n actors of out is named at least twice before
 * token i: a pair of the story, not an actor named in passing. */
static int named_twice(const kg_doc *d, uint32_t i, const int32_t *out, size_t n)
{
  for (size_t r = 0; r < n; r++) {
    size_t hits = 0;
    for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < i && hits < 2; k++)
      hits += d->mentions[k].actor == d->mentions[out[r]].actor;
    if (hits < 2)
      return 0;
  }
  return n > 0;
}

/* plural_resolve over `span` sentences; when that gives no pair of the
 * story (an actor named once: "the Russian-led alliance to which both
 * countries belong ... Russia urged both sides"), the most-named pair of
 * the six sentences before, if each of those is named twice. */
static size_t plural_salient(const ev_ctx *c, uint32_t i, int32_t exclude, uint32_t span, int32_t *out)
{
  int met = 0;
  size_t n = plural_resolve(c, i, exclude, span, out, &met);
  if (!n && span == 1)                    /* (a subject: this sentence and the one before, */
    n = plural_resolve(c, i, exclude, 2, out, &met);    /* then the one before that) */
  /* (the two persons who just met or spoke: "X, the environment secretary,
   * spoke to Y by telephone. The two ministers agreed", however seldom named) */
  if (n && (met || named_twice(c->doc, i, out, n)))
    return n;
  /* "X and Y agreed ... [an opponent of X's accused him] ... The two
   * leaders condemned": persons named in passing are no pair of the story
   * when two persons met or acted together in the twelve sentences before */
  const kg_doc *d = c->doc;
  if (n == 2 && d->mentions[out[0]].actor >= 0 && d->actors[d->mentions[out[0]].actor].type == KG_ACT_PERSON &&
      last_sides(c, i, d->tokens[i].sent, out, SIDES_PERSONS_WIDE))
    return 2;
  int32_t wide[3];
  size_t nw = plural_resolve(c, i, exclude, 6, wide, &met);
  if (!named_twice(c->doc, i, wide, nw))
    return n;
  memcpy(out, wide, nw * sizeof *out);
  return nw;
}

size_t kg_ev_plural_subject(const ev_ctx *c, uint32_t i, int32_t *out)
{
  /* "The two countries fought a war after militants killed 26 tourists":
   * a verb with a subject of its own in the tree with no "two/both X" in
   * it ("Commanders from both sides met" has) takes none */
  const kg_doc *dd = c->doc;
  if (kg_sent_has_tree(dd, dd->tokens[i].sent)) {
    int32_t k = kg_ev_child_with(dd, i, "nsubj", 0);
    const char *ir = dd->tokens[i].deprel;
    /* "The three countries announced that they had imposed bans": "they"
     * of a reported clause is the plural subject of the verb reporting it */
    int32_t v = kg_tok_head(dd, i), vs = v >= 0 ? kg_ev_child_with(dd, (uint32_t)v, "nsubj", 0) : -1;
    if (k >= 0 && kg_tok_is(dd, (uint32_t)k, "they") && ir && !strcmp(ir, "ccomp") && (uint32_t)v < i && vs >= 0 &&
        !kg_tok_is(dd, (uint32_t)vs, "they"))
      return kg_ev_plural_subject(c, (uint32_t)v, out);
    const char *ix = dd->tokens[i].xpos;  /* (a participle: "an agreement to deepen" keeps it) */
    if (k < 0 && ir && (!strncmp(ir, "acl", 3) || !strcmp(ir, "amod")) && ix &&
        (!strcmp(ix, "VBN") || !strcmp(ix, "VBG")))
      return 0;                           /* "the bodies of soldiers killed in the fighting" */
    int pl = k < 0;
    for (uint32_t q = dd->sents[dd->tokens[i].sent].tok; !pl && q < i; q++)
      pl = kg_tok_under(dd, q, k) && (kg_tok_is(dd, q, "two") || kg_tok_is(dd, q, "both") ||
                                      kg_tok_is(dd, q, "three") || kg_tok_is(dd, q, "all"));
    if (!pl)
      return 0;
  }
  size_t n = plural_salient(c, i, -1, 1, out);
  /* "the two leaders" after a paragraph of quotes or of others' words: the
   * pair named most in the twelve sentences before (not "two men", "two
   * countries" so far) */
  const kg_doc *d = c->doc;
  int leaders = 0;
  for (uint32_t j = i, k = 0; !n && j-- > d->sents[d->tokens[i].sent].tok && k < 4; k++)
    leaders |= kg_tok_is(d, j, "leaders") && j > 0 && (kg_tok_is(d, j - 1, "two") || kg_tok_is(d, j - 1, "both"));
  int met = 0;
  return n ? n : leaders ? plural_resolve(c, i, -1, 12, out, &met) : 0;
}

/* How many mentions before token `at` name actor a. */
static size_t names_of(const kg_doc *d, int32_t a, uint32_t at)
{
  size_t n = 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < at; k++)
    n += d->mentions[k].actor == a;
  return n;
}

/* The latest mention before token `at` of actor a, or -1. */
static int32_t mention_before(const kg_doc *d, int32_t a, uint32_t at)
{
  for (size_t k = d->nmentions; k-- > 0;)
    if (d->mentions[k].tok < at && d->mentions[k].actor == a && !d->mentions[k].as_place)
      return (int32_t)k;
  return -1;
}

/* Whether actor a may be one of two leaders who met: a person, or a state
 * named before token `at` only by its leader's title with no name after
 * it in sentence `sent` (the meeting's: "Mongolia's president", "the
 * Mongolian president"; not "Mongolia's president, X,": X is the side). */
static int leader_side(const ev_ctx *c, int32_t a, uint32_t at, uint32_t sent)
{
  const kg_doc *d = c->doc;
  if (d->actors[a].type == KG_ACT_PERSON)
    return 1;
  if (d->actors[a].type != KG_ACT_COUNTRY)
    return 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < at; k++) {
    const kg_mention *m = &d->mentions[k];
    const kg_sentence *s = &d->sents[m->sent];
    uint32_t q = m->tok + m->ntok, end = s->tok + s->ntok;
    if (m->actor != a || m->as_place || m->sent != sent)
      continue;
    q += q < end && m->kind != KG_MEN_DEMONYM && kg_tok_is_poss(&d->tokens[q]);
    const kg_title *ti;
    uint32_t tn = q < end && (m->kind == KG_MEN_DEMONYM || q > m->tok + m->ntok) ?
                  kg_dict_match_title(c->dict, d, q, &ti) : 0;
    if (tn && ti->rel == KG_REL_LEADER && q + tn < end && !kg_tok_is_cap(&d->tokens[q + tn]) &&
        !(kg_tok_is(d, q + tn, ",") && q + tn + 1 < end && kg_mention_at(d, q + tn + 1) >= 0))
      return 1;
  }
  return 0;
}

/* A person and a state named by its leader's title (leader_side) who met:
 * two sides ("The two sides signed"), the person of another state. */
static int leader_pair(const ev_ctx *c, int32_t a, int32_t b, uint32_t at, uint32_t sent)
{
  const kg_doc *d = c->doc;
  if (d->actors[a].type == KG_ACT_COUNTRY) {
    int32_t x = a;
    a = b;
    b = x;
  }
  return d->actors[a].type == KG_ACT_PERSON && d->actors[b].type == KG_ACT_COUNTRY && leader_side(c, b, at, sent) &&
         kg_rel_state_of(d, a) != b;
}

/* Whether states a and b are named, before token `at`, only in sentence si
 * while two other states are named in the story's lead (its first sentence
 * after any headline, which has no mentions): an aside of background
 * ("Ecuador and Colombia signed a similar pact in 2015"), not the pair "the
 * two countries" refers to. */
static int aside_pair(const kg_doc *d, int32_t a, int32_t b, uint32_t si, uint32_t at)
{
  uint32_t lead = 0;
  while (lead < d->nsents && d->sents[lead].heading)
    lead++;
  if (si <= lead)
    return 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < at; k++)
    if ((d->mentions[k].actor == a || d->mentions[k].actor == b) && d->mentions[k].sent != si)
      return 0;
  int32_t story[2];
  size_t ns = 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].sent <= lead && ns < 2; k++) {
    int32_t x = d->mentions[k].actor;
    if (d->mentions[k].sent == lead && x >= 0 && x != a && x != b && d->actors[x].type == KG_ACT_COUNTRY &&
        !d->mentions[k].as_place && !(ns && story[0] == x))
      story[ns++] = x;
  }
  return ns == 2;
}

/* The two sides of the latest event between states or organisations (CAMEO
 * 03-06 with two participants; a 04 meeting, a 10-20 dispute or fight of
 * an agent with a target) of sentence si or the 24 before it: their
 * latest mentions before `at` into out[0..1] (SIDES_STATES).  SIDES_PERSONS:
 * between two persons (03-06 with two participants, a 04 meeting) of
 * sentence si or the one before (SIDES_PERSONS_WIDE: the 12 before); SIDES_LATEST: the same acts, whoever their
 * sides, the latest one only ("met X at the palace, where they signed");
 * SIDES_JOINT: the two states that last did an asserted act together (03-06
 * with two participants: "X and Y signed a pact") in sentence si or the 24
 * before it. */
static int last_sides(const ev_ctx *c, uint32_t at, uint32_t si, int32_t *out, int kind)
{
  const kg_doc *d = c->doc;
  for (size_t k = d->nevents; k-- > 0;) {
    const kg_event *e = &d->events[k];
    if (e->sent > si || e->trigger >= at)
      continue;
    if (e->sent + (kind == SIDES_STATES || kind == SIDES_JOINT ? 24 : kind == SIDES_PERSONS_WIDE ? 12 : 1) < si)
      break;
    int32_t a = -1, b = -1;
    if (e->cameo[0] == '0' && e->cameo[1] >= '3' && e->cameo[1] <= '6' && e->npart >= 2) {
      a = e->part[0];
      b = e->part[1];
      if (kind == SIDES_JOINT && (e->factuality != KG_FACT_ASSERTED || d->actors[a].type != KG_ACT_COUNTRY ||
                                  d->actors[b].type != KG_ACT_COUNTRY))
        a = -1;
    } else if (kind == SIDES_JOINT) {
      continue;
    } else if (((e->cameo[0] == '0' && e->cameo[1] == '4') ||
                (kind == SIDES_STATES && (e->cameo[0] == '1' || (e->cameo[0] == '2' && e->cameo[1] == '0')))) &&
               e->agent >= 0 && e->target >= 0) {
      a = e->agent;                       /* (a meeting, a dispute, fighting: its sides) */
      b = e->target;
    } else if (kind == SIDES_LATEST && k > 0 && e->agent >= 0 && e->target < 0 && e->npart == 0 &&
               d->events[k - 1].trigger == e->trigger && !strcmp(d->events[k - 1].cameo, e->cameo) &&
               d->events[k - 1].target < 0 && d->events[k - 1].agent >= 0) {
      a = d->events[k - 1].agent;         /* "the two leaders laid flowers ... They then": one act, two doers */
      b = e->agent;
    }
    if (a < 0 || b < 0 || a == b) {
      if (kind == SIDES_LATEST)
        return 0;                         /* (the latest act has no two sides) */
      continue;
    }
    /* (a state named only by its leader's title is a person's side: "Mongolia's
     * president ... was received by President Lee. The two leaders") */
    if (kind == SIDES_PERSONS || kind == SIDES_PERSONS_WIDE
            ? !leader_side(c, a, at, e->sent) || !leader_side(c, b, at, e->sent) ||
              (d->actors[a].type != KG_ACT_PERSON && d->actors[b].type != KG_ACT_PERSON)
        : kind == SIDES_STATES && (!kg_rel_state_like(d->actors[a].type) || !kg_rel_state_like(d->actors[b].type)) &&
          !(e->cameo[1] == '4' && leader_pair(c, a, b, at, e->sent)))
      continue;
    /* ("recalled its ambassadors from Bamako and Niamey": one act on two
     * sides; the one the story names more than twice as often) */
    for (size_t q = k; kind == SIDES_STATES && q-- > 0 && d->events[q].trigger == e->trigger;)
      if (d->events[q].agent == a && d->events[q].target >= 0 && d->events[q].target != b &&
          names_of(d, d->events[q].target, at) > 2 * names_of(d, b, at))
        b = d->events[q].target;
    int32_t ma = mention_before(d, a, at), mb = mention_before(d, b, at);
    if (ma < 0 || mb < 0 || ((kind == SIDES_JOINT || kind == SIDES_STATES) && aside_pair(d, a, b, e->sent, at))) {
      if (kind == SIDES_LATEST)
        return 0;
      continue;
    }
    out[0] = ma < mb ? ma : mb;
    out[1] = ma < mb ? mb : ma;
    return 1;
  }
  return 0;
}

size_t kg_ev_they_pair(const ev_ctx *c, uint32_t i, int32_t *out)
{
  const kg_doc *d = c->doc;
  int32_t k = kg_ev_shared_subject(d, i);   /* ("they held talks and signed": evclause.c) */
  if (k < 0 || !kg_tok_is(d, (uint32_t)k, "they"))
    return 0;
  return last_sides(c, (uint32_t)k, d->tokens[i].sent, out, SIDES_LATEST) ? 2 : 0;
}

/* Whether person actor a is named with an official's title and never a
 * leader's before token `at` ("foreign ministry spokesman Lin Jian"): no
 * one of "the two leaders" (a dictionary leader always may be). */
static int official_only(const ev_ctx *c, int32_t a, uint32_t at)
{
  const kg_doc *d = c->doc;
  const kg_actor *ac = &d->actors[a];
  const kg_dict_actor *e = ac->dict_entry >= 0 ? kg_dict_actor_at(c->dict, ac->dict_entry) : NULL;
  if (e && e->role == KG_REL_LEADER)
    return 0;
  int official = 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < at; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor != a)
      continue;
    uint32_t first = d->sents[m->sent].tok;
    for (uint32_t j = m->tok > first + 4 ? m->tok - 4 : first; j < m->tok; j++) {
      const kg_title *ti;
      uint32_t tn = kg_dict_match_title(c->dict, d, j, &ti);
      if (tn > 0 && j + tn == m->tok) {
        if (ti->rel == KG_REL_LEADER)
          return 0;
        official = 1;
      }
    }
  }
  return official;
}

/* kg_ev_plural_subject, leaving out the actor `exclude` (the verb's agent),
 * with candidates from this and the `span` previous sentences. */
static size_t plural_resolve(const ev_ctx *c, uint32_t i, int32_t exclude, uint32_t span, int32_t *out, int *met)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  static const char *const pers[] = { "leaders", "presidents", "ministers", "premiers",
    "men", "heads", NULL };
  static const char *const ctry[] = { "countries", "nations", "states", "governments",
    "neighbours", "neighbors", "allies", "capitals", "juntas", "regimes", "administrations", NULL };
  static const char *const orgs[] = { "companies", "firms", "groups", "banks", "clubs", "carmakers", "airlines",
    "organisations", "organizations", "agencies", "broadcasters", "operators", "retailers", NULL };
  char b[32];
  unsigned mask = 0;
  uint32_t at = 0;
  size_t want_n = 2;
  int lead = 0;                           /* "the two leaders", "both presidents" */
  int any_all = 0;                        /* "all sides", "all parties" */
  for (uint32_t j = i; j-- > s->tok && !mask;) {
    kg_ev_low(d, j, b, sizeof b);
    if (kg_ev_is_boundary_word(b) && strcmp(b, ","))
      break;
    /* "urged all sides", "called on all parties" (of a conflict): as "both
     * sides"; an object only ("All parties are stepping up campaigning") */
    const char *jr = j + 1 < i ? d->tokens[j + 1].deprel : NULL;
    int all = !strcmp(b, "all") && jr && (!strcmp(jr, "obj") || !strcmp(jr, "iobj") || !strcmp(jr, "obl")) &&
              (kg_tok_is(d, j + 1, "sides") || kg_tok_is(d, j + 1, "parties"));
    if ((strcmp(b, "two") && strcmp(b, "both") && strcmp(b, "three") && !all) || j + 1 >= i)
      continue;
    any_all = all;
    want_n = b[0] == 't' && b[1] == 'h' ? 3 : 2;   /* "the three countries" */
    uint32_t nj = j + 1 + (uint32_t)kg_ev_two_named_noun(d, j + 1);
    kg_ev_low(d, nj, b, sizeof b);      /* (the noun: "the two U.S. allies") */
    if (kg_ev_in_list(b, pers)) {
      mask = KG_TYPEBIT(KG_ACT_PERSON);
      lead = kg_ev_in_list(b, (const char *const[]){ "leaders", "presidents", "premiers", "heads", NULL });
    }
    else if (kg_ev_in_list(b, ctry))
      mask = KG_TYPEBIT(KG_ACT_COUNTRY);
    else if (kg_ev_in_list(b, orgs))      /* "the two firms signed a memorandum" */
      mask = KG_TYPEBIT(KG_ACT_ORG);
    else if (!strcmp(b, "sides") || !strcmp(b, "parties") || !strcmp(b, "delegations") ||
             !strcmp(b, "negotiators") || !strcmp(b, "teams") || !strcmp(b, "rivals"))
      mask = KG_TYPEBIT(KG_ACT_PERSON) | KG_TYPEBIT(KG_ACT_COUNTRY);
    at = j;
  }
  if (!mask)
    return 0;
  /* "both sides", "the two delegations": the two sides of the last talks
   * told, when the story has told of some (a mediator named more often is
   * not a side) */
  if (want_n == 2 && mask == (KG_TYPEBIT(KG_ACT_PERSON) | KG_TYPEBIT(KG_ACT_COUNTRY)) &&
      last_sides(c, at, d->tokens[i].sent, out, SIDES_STATES))
    return 2;
  /* "Mnangagwa and Ramaphosa have since met several times, and in March
   * the two governments signed": the states of the two leaders who just met */
  if (want_n == 2 && mask == KG_TYPEBIT(KG_ACT_COUNTRY) && last_sides(c, at, d->tokens[i].sent, out, SIDES_PERSONS)) {
    int32_t xa = d->mentions[out[0]].actor, xb = d->mentions[out[1]].actor;   /* (a state named by its title: itself) */
    int32_t sa = d->actors[xa].type == KG_ACT_COUNTRY ? xa : kg_rel_state_of(d, xa);
    int32_t sb = d->actors[xb].type == KG_ACT_COUNTRY ? xb : kg_rel_state_of(d, xb);
    int32_t ma = sa >= 0 ? mention_before(d, sa, at) : -1, mb = sb >= 0 ? mention_before(d, sb, at) : -1;
    if (ma >= 0 && mb >= 0 && sa != sb) {
      out[0] = ma < mb ? ma : mb;
      out[1] = ma < mb ? mb : ma;
      return 2;
    }
  }
  /* "X and Y signed a defence pact ... [India's reaction] ... The two
   * countries also agreed": the two states that last acted together, not
   * the latest two named */
  if (want_n == 2 && mask == KG_TYPEBIT(KG_ACT_COUNTRY) && last_sides(c, at, d->tokens[i].sent, out, SIDES_JOINT))
    return 2;
  /* "Takaichi met Lee ... The two leaders agreed", "X spoke to Y ... The
   * two ministers agreed": the two persons of a meeting told in this or the
   * sentence before (*met set) */
  if (want_n == 2 && mask == KG_TYPEBIT(KG_ACT_PERSON) && last_sides(c, at, d->tokens[i].sent, out, SIDES_PERSONS)) {
    *met = 1;
    return 2;
  }
  /* "urged all sides to avoid escalation" where the story has told of no
   * talks or fighting between two: whoever they are, they are not named */
  if (any_all)
    return 0;
  for (int pass = 0; pass < 2; pass++) {
    unsigned want = mask;
    /* "both sides": the states and organisations first (Israel and
     * Hamas), else two persons */
    if (mask == (KG_TYPEBIT(KG_ACT_PERSON) | KG_TYPEBIT(KG_ACT_COUNTRY)))
      want = pass == 0 ? KG_TYPEBIT(KG_ACT_COUNTRY) | KG_TYPEBIT(KG_ACT_ORG) : KG_TYPEBIT(KG_ACT_PERSON);
    else if (pass == 1)
      break;
    /* the candidates: distinct actors of this and the previous sentence,
     * latest first; the two the story has named most so far win ("the two
     * governments" of a bilateral visit, not a third state named in passing) */
    int32_t cand[8];
    size_t nc = 0, hits[8];
    for (size_t k = d->nmentions; k-- > 0 && nc < 8;) {
      const kg_mention *m = &d->mentions[k];
      if (m->tok >= at)
        continue;
      if (m->sent + span < d->tokens[i].sent)
        break;
      if (m->actor < 0 || m->actor == exclude || m->as_place ||
          !(want & KG_TYPEBIT(d->actors[m->actor].type)) || m->kind == KG_MEN_PRONOUN ||
          (lead && official_only(c, m->actor, at)))
        continue;
      int seen = 0;
      for (size_t q = 0; q < nc; q++)
        seen |= d->mentions[cand[q]].actor == m->actor;
      if (!seen)
        cand[nc++] = (int32_t)k;
    }
    if (nc < want_n)
      continue;
    int rk[8];                           /* ties of leaders: a subject before an object before an oblique */
    for (size_t q = 0; q < nc; q++) {     /* ("the warriors of Genghis Khan" after "X greeted Y") */
      hits[q] = 0;
      for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < at; k++)
        hits[q] += d->mentions[k].actor == d->mentions[cand[q]].actor;
      int role = kg_mention_role(d, (size_t)cand[q]);
      rk[q] = !lead ? 0 : role == 's' ? 2 : role == 'p' ? 0 : 1;   /* (leaders only: "with China and Russia ...
                                                                      * the two countries" are the latest two) */
    }
    /* the want_n most named (ties: the latest, as listed), in text order */
    size_t pick[3], np = 0;
    for (; np < want_n; np++) {
      size_t best = SIZE_MAX;
      for (size_t q = 0; q < nc; q++) {
        int taken = 0;
        for (size_t r = 0; r < np; r++)
          taken |= pick[r] == q;
        if (!taken && (best == SIZE_MAX || hits[q] > hits[best] || (hits[q] == hits[best] && rk[q] > rk[best])))
          best = q;
      }
      pick[np] = best;
    }
    for (size_t r = 0; r < np; r++)
      for (size_t t = r + 1; t < np; t++)
        if (cand[pick[t]] < cand[pick[r]]) {
          size_t x = pick[r];
          pick[r] = pick[t];
          pick[t] = x;
        }
    for (size_t r = 0; r < np; r++)
      out[r] = cand[pick[r]];
    return np;
  }
  return 0;
}

/* "urged both governments to ...": the object "both X" / "the two X" /
 * "all sides" of verb i (tree) resolved as kg_ev_plural_subject resolves a subject, the
 * verb's own agent actor left out, from up to three sentences back (the
 * most-named pair wins); 0 when there is none. */
size_t kg_ev_plural_object(const ev_ctx *c, uint32_t i, int32_t agent_actor, int32_t *out)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok + 1; k + 1 < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    /* "called on both sides to ...", "appealed to both countries to ...": the object of "on" or "to" */
    int on = r && !strcmp(r, "obl") && k >= 2 && (kg_tok_is(d, k - 2, "on") || kg_tok_is(d, k - 2, "to"));
    if (kg_tok_head(d, k) != (int32_t)i || !r || (strcmp(r, "obj") && strcmp(r, "iobj") && !on))
      continue;
    if (!kg_tok_is(d, k - 1, "both") && !kg_tok_is(d, k - 1, "two") &&
        !(kg_tok_is(d, k - 1, "all") && (kg_tok_is(d, k, "sides") || kg_tok_is(d, k, "parties"))))
      return 0;
    return plural_salient(c, k + 1, agent_actor, 3, out);
  }
  return 0;
}

/* "warned at the court of Y" ("* AT ^ +"): after the preposition, its
 * phrase's head (a name, or a run of nouns) is passed over and the next
 * actor named, before , ; or the end of the clause, is the target. */
void kg_ev_skip_phrase_target(const ev_ctx *c, uint32_t i, const char *prep, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int seen = 0;
  for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 14; q++) {
    if (kg_tok_is(d, q, ",") || kg_tok_is(d, q, ";") || kg_tok_is(d, q, "."))
      return;
    if (!seen) {
      seen = kg_tok_is(d, q, prep);
      continue;
    }
    int32_t m = kg_mention_at(d, q);
    if (seen == 1) {                      /* the skipped phrase's head: a name or nouns */
      if (m >= 0) {
        seen = 2;
        q = d->mentions[m].tok + d->mentions[m].ntok - 1;
      } else if (d->tokens[q].upos == KG_UPOS_NOUN || d->tokens[q].upos == KG_UPOS_PROPN) {
        while (q + 1 < s->tok + s->ntok && kg_mention_at(d, q + 1) < 0 &&
               (d->tokens[q + 1].upos == KG_UPOS_NOUN || d->tokens[q + 1].upos == KG_UPOS_PROPN))
          q++;
        seen = 2;
      }
      continue;
    }
    if (m < 0)
      continue;
    a->targets[0] = m;
    a->ntg = 1;
    return;
  }
}

/* ------------------------------------------------------------ passives */

int kg_ev_is_passive(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  static const char *const be[] = { "was", "were", "been", "being", "is", "are", "be",
    "got", "get", "gets", NULL };
  char b[32], w[CLEN];
  size_t L = kg_tok_lower(&d->tokens[i], w, sizeof w);
  int part = (L > 2 && (!strcmp(w + L - 2, "ed") || !strcmp(w + L - 2, "en"))) ||
             !strcmp(w, "struck") || !strcmp(w, "held") || !strcmp(w, "made") ||
             !strcmp(w, "met") || !strcmp(w, "led") || !strcmp(w, "shot") || !strcmp(w, "sent");
  if (!part)
    return 0;
  for (uint32_t j = i, k = 0; j-- > s->tok && k < 3; k++) {
    kg_ev_low(d, j, b, sizeof b);
    if (kg_ev_in_list(b, be))
      return 1;
    size_t bl = strlen(b);
    if (!(bl > 2 && !strcmp(b + bl - 2, "ly")) && strcmp(b, "not") && strcmp(b, "also"))
      return 0;
  }
  return 0;
}

static int is_boundary(const kg_doc *d, uint32_t i)
{
  char b[32];
  if (!strcmp(d->tokens[i].form, "\xE2\x80\x94"))     /* em dash */
    return 1;
  kg_ev_low(d, i, b, sizeof b);
  return kg_ev_is_boundary_word(b);
}

/* ------------------------------------------------------------ no-tree arguments */

/* "Taiwan's Vice Foreign Minister visited", "Russia's army attacked": a
 * state acts through its officials and bodies. */
static int acts_through(const ev_ctx *c, int32_t m, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  const kg_sentence *s = &d->sents[mm->sent];
  uint32_t j = mm->tok + mm->ntok;
  if (j < s->tok + s->ntok && kg_tok_is_poss(&d->tokens[j]))
    j++;
  else if (mm->kind != KG_MEN_PRONOUN)
    return 0;
  /* (not an object's owner for a verb i with a subject of its own:
   * "recalled its ambassador after missiles hit"; but "accused Russia's
   * agency of carrying out") */
  int32_t ph = kg_sent_has_tree(d, mm->sent) ? kg_tok_head(d, mm->tok + mm->ntok - 1) : -1;
  if (ph >= 0 && d->tokens[ph].deprel && (!strcmp(d->tokens[ph].deprel, "obj") ||
                                          !strcmp(d->tokens[ph].deprel, "iobj")) &&
      (kg_ev_child_with(d, i, "nsubj", 0) >= 0 || (d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "acl"))))
    return 0;                             /* (or "after rockets hit the town" parsed as a participle) */
  const kg_title *ti;
  char b[32];
  for (int k = 0; k < 3 && j < s->tok + s->ntok; k++, j++) {
    if (kg_dict_match_title(c->dict, d, j, &ti) > 0)
      return 1;
    kg_ev_low(d, j, b, sizeof b);
    if (kg_dict_description(c->dict, b) || kg_ev_in_list(b, (const char *const[]){ "officials",
          "forces", "troops", "army", "military", "government", "navy", "police",
          "diplomats", "ministry", "leadership", "spokesman", "spokeswoman", NULL }))
      return 1;
  }
  return 0;
}

/* "X met Anwar and signed ...": mention m is the object of a verb whose
 * clause "and" joins to token i; that verb's token (its subject is i's
 * subject too), else -1. */
static int32_t object_of_first_verb(const kg_doc *d, const kg_mention *m, uint32_t i)
{
  uint32_t j = m->tok + m->ntok, and = 0;
  for (; j < i; j++)
    if (kg_tok_is(d, j, "and") && !and)
      and = 1;
    else if (d->tokens[j].upos != KG_UPOS_ADV)
      return -1;
  uint32_t v = m->tok;
  const kg_sentence *s = &d->sents[m->sent];
  if (v > s->tok && d->tokens[v - 1].upos == KG_UPOS_DET)
    v--;
  if (!and || v == s->tok || d->tokens[v - 1].upos != KG_UPOS_VERB)
    return -1;
  return (int32_t)(v - 1);
}

/* The nearest agentive mention before token i within its clause, outside
 * prepositional phrases; -1. */
/* "Egypt, whose canal revenues have fallen since the attacks began, urged
 * ...": a relative clause set off by commas between the sentence's first
 * name and verb i (the parse often makes the clause the root); that name,
 * or -1. */
static int32_t relative_opener(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  if (i < s->tok + 4 || !kg_tok_is(d, i - 1, ","))
    return -1;
  int32_t last = kg_mention_at(d, i - 2);   /* (not "..., and its president, X, telephoned") */
  if (last >= 0 && kg_ev_agentive(d, last))
    return -1;
  for (uint32_t q = i - 2; q > s->tok; q--) {
    if ((kg_tok_is(d, q, "and") || kg_tok_is(d, q, "but")) && kg_tok_is(d, q - 1, ","))
      return -1;                          /* another clause before the verb */
    if (!kg_tok_is(d, q, ",") || !(kg_tok_is(d, q + 1, "whose") || kg_tok_is(d, q + 1, "who") ||
                                   kg_tok_is(d, q + 1, "which")))
      continue;
    int32_t m = kg_mention_at(d, q - 1);
    if (m < 0 || d->mentions[m].tok + d->mentions[m].ntok != q || !kg_ev_agentive(d, m) ||
        d->mentions[m].as_place)
      return -1;
    uint32_t st = d->mentions[m].tok;     /* the sentence's first phrase */
    return st == s->tok || (st == s->tok + 1 && kg_tok_is(d, s->tok, "the")) ? m : -1;
  }
  return -1;
}

int32_t kg_ev_subject_before(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (d->tokens[i].upos == KG_UPOS_VERB && relative_opener(d, s, i) >= 0)
    return relative_opener(d, s, i);
  int chain = 1;                  /* only "to", adverbs, auxiliaries since i */
  int pron = 0;                   /* an unresolved subject pronoun since i */
  char b[32];
  for (uint32_t j = i; j-- > s->tok;) {
    int32_t m = kg_mention_at(d, j);
    if (m >= 0) {
      const kg_mention *mm = &d->mentions[m];
      uint32_t nx = mm->tok + mm->ntok;
      int modifier = 0;           /* "his Treasury post" */
      if (mm->tok > s->tok && nx < s->tok + s->ntok && mm->kind != KG_MEN_DEMONYM) {
        kg_ev_low(d, mm->tok - 1, b, sizeof b);
        modifier = kg_ev_in_list(b, (const char *const[]){ "his", "her", "its", "their", "our",
                                                     "my", "your", NULL }) &&
                   islower((unsigned char)d->tokens[nx].form[0]);
      }
      int role = kg_mention_role(d, (size_t)m);
      /* "came as Washington and Seoul accused ...": "as" parsed as a
       * preposition; the names right before the verb are its subject */
      if (role == 'p' && nx == i && mm->tok > s->tok) {
        uint32_t q = mm->tok;
        while (q > s->tok + 1 && (kg_tok_is(d, q - 1, "and") || kg_tok_is(d, q - 1, ",") ||
                                  kg_mention_at(d, q - 1) >= 0))
          q--;
        if (kg_tok_is(d, q - 1, "as") && d->tokens[i].upos == KG_UPOS_VERB)
          role = 's';
      }
      if (!modifier && kg_ev_agentive(d, m) && !mm->as_place && role != 'p' &&
          (role != 'g' || acts_through(c, m, i))) {
        int32_t v = object_of_first_verb(d, mm, i);
        return v >= 0 ? kg_ev_subject_before(c, (uint32_t)v) : m;
      }
      j = mm->tok;
      continue;
    }
    /* with a tagger: do not cross another finite verb unless it governs
     * this one through "to" ("agreed to resume talks"), or the clause's own
     * subject is a pronoun we could not resolve ("X said they would meet
     * ...": the speaker) */
    const kg_token *t = &d->tokens[j];
    kg_ev_low(d, j, b, sizeof b);
    if (kg_ev_in_list(b, (const char *const[]){ "they", "it", "he", "she", "we", NULL }))
      pron = 1;
    if (t->upos == KG_UPOS_VERB && !chain && !pron)
      return -1;
    if (t->upos == KG_UPOS_VERB && pron)
      pron = 0;                   /* one clause up only */
    if (t->upos != KG_UPOS_NONE && t->upos != KG_UPOS_ADV && t->upos != KG_UPOS_AUX &&
        t->upos != KG_UPOS_PART && strcmp(b, "to"))
      chain = 0;
    if (t->upos == KG_UPOS_VERB)
      chain = 0;
    if (!strcmp(b, ",") && j > s->tok + 2) {
      /* an apposition "Sir Digby Jones, CBI director general, warned" */
      for (uint32_t q = j - 1, k = 0; q > s->tok && k < 7; q--, k++) {
        char qb[16];
        kg_ev_low(d, q, qb, sizeof qb);
        if (kg_ev_is_boundary_word(qb) && strcmp(qb, ","))
          break;
        if (!strcmp(qb, ",")) {
          int32_t am = kg_mention_at(d, q - 1);
          if (am >= 0 && kg_ev_agentive(d, am) && d->mentions[am].tok + d->mentions[am].ntok == q &&
              kg_mention_role(d, (size_t)am) != 'p')
            return am;
          /* "whose chairman, Zimbabwe's President X, praised": a common
           * noun before the apposition, the name inside it acts */
          int32_t nm = kg_mention_at(d, j - 1);
          int plain = nm >= 0;            /* only a title and possessor before the name */
          for (uint32_t x = q + 1; plain && x < d->mentions[nm].tok; x++)
            plain = d->tokens[x].upos == KG_UPOS_PROPN || d->tokens[x].upos == KG_UPOS_NOUN ||
                    d->tokens[x].upos == KG_UPOS_PART || d->tokens[x].upos == KG_UPOS_DET;
          if (am < 0 && plain && kg_ev_agentive(d, nm) && !d->mentions[nm].as_place &&
              d->tokens[q - 1].upos == KG_UPOS_NOUN && d->mentions[nm].tok + d->mentions[nm].ntok == j &&
              kg_mention_role(d, (size_t)nm) != 'p')
            return nm;
          break;
        }
      }
    }
    if (is_boundary(d, j)) {
      /* "X, which/who ... V": the antecedent of a relative pronoun */
      if ((!strcmp(b, "which") || !strcmp(b, "who") || !strcmp(b, "that")) && j > s->tok) {
        uint32_t k = j - 1;
        if (kg_tok_is(d, k, ",") && k > s->tok)
          k--;
        int32_t m2 = kg_mention_at(d, k);
        if (m2 >= 0 && kg_ev_agentive(d, m2))
          return m2;
      }
      return -1;
    }
  }
  return -1;
}

/* First agentive mention starting within `win` tokens after position i,
 * stopping at clause boundaries; skip_prep: stop at a preposition. */
int32_t kg_ev_mention_after(const ev_ctx *c, uint32_t i, uint32_t win, int stop_at_prep)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  for (uint32_t j = i + 1; j < end && j <= i + win; j++) {
    int32_t m = kg_mention_at(d, j);
    if (m >= 0) {
      if (kg_ev_possessive_pronoun(d, m)) {     /* "met his Russian counterpart X" */
        j = d->mentions[m].tok + d->mentions[m].ntok - 1;
        continue;
      }
      if (kg_ev_agentive(d, m) && !(d->mentions[m].as_place && kg_ev_atype(d, m) == KG_ACT_PLACE))
        return kg_ev_np_head(c, m);
      j = d->mentions[m].tok + d->mentions[m].ntok - 1;
      continue;
    }
    kg_ev_low(d, j, b, sizeof b);
    if (kg_ev_is_boundary_word(b) || !strcmp(b, "."))
      return -1;
    if (stop_at_prep && kg_word_is_prep(b))
      return -1;
  }
  return -1;
}

int kg_ev_is_aux_word(const char *b)
{
  static const char *const aux_w[] = { "is", "was", "were", "are", "has", "have", "had",
    "will", "would", "may", "might", "could", "can", "should", "must", "be", "been",
    "did", "does", "do", "remains", "remained", "seems", NULL };
  static kg_wordset aux = KG_WORDSET(aux_w);
  return kg_wordset_has(&aux, b);
}

/* The mention heading the noun phrase that starts right after token j
 * (a preposition): only determiners, titles, capitalised words and, except
 * after "to", one lower-case modifier may come first ("to Russia", "against
 * the Russian embassy", "with former U.S. President Donald Trump"). */
int32_t kg_ev_np_after(const ev_ctx *c, uint32_t j, int after_to)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  uint32_t end = s->tok + s->ntok;
  int lower = 0;
  char b[32];
  for (uint32_t k = j + 1; k < end && k <= j + 6; k++) {
    int32_t m = kg_mention_at(d, k);
    if (m >= 0) {
      if (kg_ev_possessive_pronoun(d, m))
        continue;                         /* "its European Community partners" */
      if (kg_ev_agentive(d, m) && !(d->mentions[m].as_place && kg_ev_atype(d, m) == KG_ACT_PLACE))
        return kg_ev_np_head(c, m);
      return -1;
    }
    const kg_token *t = &d->tokens[k];
    kg_ev_low(d, k, b, sizeof b);
    if (kg_ev_in_list(b, (const char *const[]){ "the", "a", "an", "both", "former", "its", "his",
                                          "her", "their", "this", "that", NULL }))
      continue;
    if (isdigit((unsigned char)b[0]))
      continue;                           /* "to 18 Rwandan rebels" */
    /* "with the president of Armenia": the state of a title */
    const kg_title *ti;
    uint32_t tn = kg_dict_match_title(c->dict, d, k, &ti);
    if (tn > 0 && k + tn < end && kg_tok_is(d, k + tn, "of")) {
      k += tn;
      continue;
    }
    if (kg_tok_is_cap(t) && (t->upos == KG_UPOS_NONE || t->upos == KG_UPOS_PROPN ||
                             t->upos == KG_UPOS_NOUN || t->upos == KG_UPOS_ADJ))
      continue;
    if (t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX || after_to || lower ||
        !isalpha((unsigned char)b[0]) || kg_word_is_prep(b) || kg_ev_is_boundary_word(b) ||
        kg_ev_is_aux_word(b))
      return -1;
    lower = 1;
  }
  return -1;
}

/* The mention after preposition `prep` found within `win` tokens of i. */
int32_t kg_ev_after_prep(const ev_ctx *c, uint32_t i, const char *prep, uint32_t win,
                          int cross_comma)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  for (uint32_t j = i + 1; j < end && j <= i + win; j++) {
    kg_ev_low(d, j, b, sizeof b);
    if (!strcmp(b, prep))
      return kg_ev_np_after(c, j, !strcmp(prep, "to"));
    if (kg_mention_at(d, j) >= 0 && !cross_comma)
      return -1;                          /* an NP came first */
    if ((kg_ev_is_boundary_word(b) && !(cross_comma && !strcmp(b, ","))) || !strcmp(b, ".") ||
        kg_ev_is_aux_word(b) || d->tokens[j].upos == KG_UPOS_VERB)
      return -1;
  }
  return -1;
}
