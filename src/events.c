/* events.c — CAMEO-coded events with their arguments, date, place and
 * factuality; then the standing relations (relations.c).
 *
 * Owns: doc->events; trigger detection (dictionary patterns looked up by
 * lemma, or by a suffix-stripping fallback when no tagger ran); argument
 * rules with and without a dependency tree; factuality (hedge and negation
 * scope); attaching dates (dates.c) and places; the discourse fallback.
 * Does not own: actors and mentions (actors.c), the patterns themselves
 * (ontology/events.ttl through dict.c), relations (relations.c), RDF.
 *
 * Arguments.  With a tree (kg_sent_has_tree): verb triggers take nsubj as
 * agent (climbing xcomp for control, "agreed to resume talks"), obj or an
 * obl/nmod whose case is the pattern's preposition as target; nsubj:pass
 * is the target and obl:agent ("by X") the agent; conj of an argument
 * gives one event per conjunct.  Noun triggers take nmod:poss / compound /
 * amod demonyms as agent and nmod with to/with/against/on as target.
 * Without a tree the same roles come from token windows: the nearest
 * actor mention before a verb within its clause (clauses end at , ; : and
 * that/which/who/where/while...), skipping prepositional objects; the
 * first mention after the verb or after its preposition; "X's visit",
 * "North Korean launch", "summits between X and Y", "by X".
 * A title between a state and a person makes the person the head ("met
 * Russian President Vladimir Putin" -> target Putin).
 *
 * Of two patterns that fit equally, the higher CAMEO code wins ("attack"
 * is a military attack, 190, rather than a verbal one, 111).
 *
 * Which argument sets make an event: participants; agent and target; an
 * agent alone when the pattern is specific (object or particle), the
 * trigger is a noun ("Kim's visit") or the code is unilateral (14 protest,
 * 15 force posture, 18-20 violence); a target alone for hostile codes (11
 * disapprove, 12 reject, 13 threaten, 16 reduce relations, 17 coerce),
 * nouns and passives.  Anything else (a CAMEO verb with no actor around
 * it) is dropped.
 *
 * Discourse fallback (documented decision): a hostile nominal or passive
 * event ("drew international condemnation and led to stringent
 * sanctions") left without any argument takes as its target the most
 * salient state of the discourse (kg_actors_salient: this sentence and the
 * three previous ones that mention anyone, subjects weighing most); a show
 * or use of force with a specific object ("the missile launch", "firing a
 * missile") left without any argument takes that state as its agent.
 *
 * Factuality: Negated when a negator (not, n't, never, no, without ...;
 * "not only" excluded) stands in the trigger's clause within four tokens
 * before it (or governs it in the tree), or when the trigger sits in the
 * complement of a denial ("rejected claims that ...", "denied that ...").
 * Hedged when a hedge cue (modal verbs, "suggest", "possible", dictionary
 * kgo:Hedged cues) precedes the trigger in the sentence or follows it in
 * the same clause ("the launch may have been intended", "could be seen
 * as").  Otherwise Asserted.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "actors.h"
#include "dates.h"
#include "relations.h"

#define MAXC 10        /* lemma candidates */
#define CLEN 48

typedef struct ev_ctx {
  const kg_dict *dict;
  kg_doc *doc;
  const kg_logger *log;
  int ry, rm, rd;      /* reference date, 0 when unknown */
} ev_ctx;

/* ------------------------------------------------------------ words */

static int in_list(const char *w, const char *const *l)
{
  for (; *l; l++)
    if (!strcmp(w, *l))
      return 1;
  return 0;
}

static void low(const kg_doc *d, uint32_t i, char *b, size_t cap)
{
  kg_tok_lower(&d->tokens[i], b, cap);
}

static const char *const k_irregular[][2] = {
  { "met", "meet" }, { "struck", "strike" }, { "held", "hold" }, { "made", "make" },
  { "took", "take" }, { "taken", "take" }, { "sought", "seek" }, { "gave", "give" },
  { "given", "give" }, { "said", "say" }, { "told", "tell" }, { "went", "go" },
  { "began", "begin" }, { "begun", "begin" }, { "fought", "fight" }, { "shot", "shoot" },
  { "threw", "throw" }, { "thrown", "throw" }, { "led", "lead" }, { "brought", "bring" },
  { "won", "win" }, { "lost", "lose" }, { "broke", "break" }, { "broken", "break" },
  { "came", "come" }, { "saw", "see" }, { "seen", "see" }, { "spoke", "speak" },
  { "spoken", "speak" }, { "sent", "send" }, { "built", "build" }, { "kept", "keep" },
  { "left", "leave" }, { "paid", "pay" }, { "withdrew", "withdraw" },
  { "withdrawn", "withdraw" }, { "drew", "draw" }, { "drawn", "draw" }, { "flew", "fly" },
  { "flown", "fly" }, { "fled", "flee" }, { "froze", "freeze" }, { "frozen", "freeze" },
  { "wrote", "write" }, { "written", "write" }, { "overthrew", "overthrow" },
  { "sold", "sell" }, { "bought", "buy" }, { "caught", "catch" }, { "chose", "choose" },
  { "chosen", "choose" }, { "arose", "arise" }, { "upheld", "uphold" }, { "bore", "bear" },
  { "ran", "run" }, { "spent", "spend" }, { "swore", "swear" }, { "sworn", "swear" },
  { "forgave", "forgive" }, { "shook", "shake" }, { "laid", "lay" }, { "did", "do" },
  { "done", "do" }, { "had", "have" }, { "has", "have" }, { "beaten", "beat" },
  { "undertook", "undertake" }, { "stole", "steal" }, { "stolen", "steal" },
  { "hung", "hang" }, { "rode", "ride" }, { "slew", "slay" }, { "bound", "bind" },
  { "meeting", "meeting" }, { NULL, NULL } };

static size_t add_cand(char c[][CLEN], size_t n, const char *s, size_t len)
{
  if (n >= MAXC || len == 0 || len >= CLEN)
    return n;
  for (size_t k = 0; k < n; k++)
    if (strlen(c[k]) == len && !strncmp(c[k], s, len))
      return n;
  memcpy(c[n], s, len);
  c[n][len] = '\0';
  return n + 1;
}

static int vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

/* Lemma candidates of token i: the tagger's lemma, else the lower-cased
 * form and what suffix stripping gives (visited -> visit, launches ->
 * launch, meeting -> meet, firing -> fire, planned -> plan, sanctions ->
 * sanction, condemnation -> condemn). */
static size_t lemma_cands(const kg_doc *d, uint32_t i, char c[][CLEN])
{
  char w[CLEN], tmp[CLEN + 2];
  size_t n = 0;
  const kg_token *t = &d->tokens[i];
  if (t->lemma && t->lemma[0]) {
    size_t k = 0;
    for (; t->lemma[k] && k + 1 < CLEN; k++)
      w[k] = (char)tolower((unsigned char)t->lemma[k]);
    w[k] = '\0';
    n = add_cand(c, n, w, k);
  }
  size_t L = kg_tok_lower(t, w, sizeof w);
  if (L == 0 || !isalpha((unsigned char)w[0]))
    return n;
  n = add_cand(c, n, w, L);
  for (int k = 0; k_irregular[k][0]; k++)
    if (!strcmp(w, k_irregular[k][0]))
      n = add_cand(c, n, k_irregular[k][1], strlen(k_irregular[k][1]));
#define ENDS(s) (L > strlen(s) + 1 && !strcmp(w + L - strlen(s), s))
  if (ENDS("ies")) {
    snprintf(tmp, sizeof tmp, "%.*sy", (int)(L - 3), w);
    n = add_cand(c, n, tmp, strlen(tmp));
  }
  if (ENDS("ied")) {
    snprintf(tmp, sizeof tmp, "%.*sy", (int)(L - 3), w);
    n = add_cand(c, n, tmp, strlen(tmp));
  }
  if (ENDS("es"))
    n = add_cand(c, n, w, L - 2);
  if (ENDS("s") && !ENDS("ss"))
    n = add_cand(c, n, w, L - 1);
  if (ENDS("ed")) {
    n = add_cand(c, n, w, L - 2);
    n = add_cand(c, n, w, L - 1);
    if (L > 4 && w[L - 3] == w[L - 4] && !vowel(w[L - 3]))
      n = add_cand(c, n, w, L - 3);
  }
  if (ENDS("ing")) {
    n = add_cand(c, n, w, L - 3);
    snprintf(tmp, sizeof tmp, "%.*se", (int)(L - 3), w);
    n = add_cand(c, n, tmp, strlen(tmp));
    if (L > 5 && w[L - 4] == w[L - 5] && !vowel(w[L - 4]))
      n = add_cand(c, n, w, L - 4);
  }
  if (ENDS("ation")) {
    n = add_cand(c, n, w, L - 5);
    snprintf(tmp, sizeof tmp, "%.*se", (int)(L - 5), w);
    n = add_cand(c, n, tmp, strlen(tmp));
  }
  if (ENDS("ment"))
    n = add_cand(c, n, w, L - 4);
#undef ENDS
  return n;
}

static int cand_has(const kg_doc *d, uint32_t i, const char *lemma)
{
  char c[MAXC][CLEN];
  size_t n = lemma_cands(d, i, c);
  for (size_t k = 0; k < n; k++)
    if (!strcmp(c[k], lemma))
      return 1;
  return 0;
}

static int is_boundary_word(const char *b)
{
  static const char *const bw[] = { ";", ":", "(", ")", "that", "which", "who", "whom",
    "whose", "where", "when", "while", "because", "although", "though", "whereas",
    "if", "unless", "but", ",", "\"", NULL };
  return in_list(b, bw);
}

static int is_boundary(const kg_doc *d, uint32_t i)
{
  char b[32];
  if (!strcmp(d->tokens[i].form, "\xE2\x80\x94"))     /* em dash */
    return 1;
  low(d, i, b, sizeof b);
  return is_boundary_word(b);
}

static int atype_m(const kg_doc *d, int32_t m)
{
  if (m < 0 || d->mentions[m].actor < 0)
    return 0;
  return d->actors[d->mentions[m].actor].type;
}

static int agentive(const kg_doc *d, int32_t m)
{
  int t = atype_m(d, m);
  return t == KG_ACT_PERSON || t == KG_ACT_COUNTRY || t == KG_ACT_ORG;
}

/* ------------------------------------------------------------ NP heads */

/* A state mention followed by a title and a person ("Russian President
 * Vladimir Putin", "U.S. President Donald Trump"): the person is the head. */
static int32_t np_head(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  if (m < 0 || atype_m(d, m) == KG_ACT_PERSON)
    return m;
  const kg_mention *mm = &d->mentions[m];
  const kg_sentence *s = &d->sents[mm->sent];
  uint32_t end = s->tok + s->ntok, i = mm->tok + mm->ntok;
  int titled = 0;
  const kg_title *ti;
  if (i < end && kg_tok_is_poss(&d->tokens[i]))
    i++;
  for (int guard = 0; i < end && guard < 4; guard++) {
    uint32_t tn = kg_dict_match_title(c->dict, d, i, &ti);
    if (tn > 0) { i += tn; titled = 1; continue; }
    if (kg_tok_is(d, i, "former") || kg_tok_is(d, i, "acting")) { i++; continue; }
    break;
  }
  if (!titled || i >= end)
    return m;
  int32_t p = kg_mention_at(d, i);
  return p >= 0 && atype_m(d, p) == KG_ACT_PERSON ? p : m;
}

/* Mentions coordinated with m after it ("X and Y", "X, Y and Z"). */
static size_t coord_after(const ev_ctx *c, int32_t m, int32_t *out, size_t cap)
{
  const kg_doc *d = c->doc;
  size_t n = 0;
  if (m < 0)
    return 0;
  out[n++] = np_head(c, m);
  const kg_sentence *s = &d->sents[d->mentions[m].sent];
  uint32_t end = s->tok + s->ntok;
  int32_t cur = out[0];
  while (n < cap) {
    uint32_t i = d->mentions[cur].tok + d->mentions[cur].ntok;
    if (i >= end || !(kg_tok_is(d, i, "and") || kg_tok_is(d, i, ",") || kg_tok_is(d, i, "or")))
      break;
    i++;
    if (i < end && kg_tok_is(d, i, "and"))
      i++;
    for (int k = 0; k < 4 && i < end && kg_mention_at(d, i) < 0; k++) {
      if (kg_tok_is(d, i, "the") || kg_tok_is(d, i, "former") || kg_tok_is(d, i, "both") ||
          kg_tok_is_cap(&d->tokens[i]))
        i++;
      else
        break;
    }
    int32_t nx = i < end ? kg_mention_at(d, i) : -1;
    if (nx < 0 || d->mentions[nx].tok != i || !agentive(d, nx))
      break;
    cur = np_head(c, nx);
    out[n++] = cur;
  }
  return n;
}

/* Mentions coordinated with m before it ("X and Y" seen from Y). */
static size_t coord_before(const ev_ctx *c, int32_t m, int32_t *out, size_t cap)
{
  const kg_doc *d = c->doc;
  size_t n = 0;
  if (m < 0)
    return 0;
  out[n++] = m;
  const kg_sentence *s = &d->sents[d->mentions[m].sent];
  int32_t cur = m;
  while (n < cap) {
    uint32_t i = d->mentions[cur].tok;
    if (i <= s->tok + 1)
      break;
    i--;
    if (!(kg_tok_is(d, i, "and") || kg_tok_is(d, i, ",") || kg_tok_is(d, i, "or")))
      break;
    if (i > s->tok && kg_tok_is(d, i - 1, ","))
      i--;
    if (i == s->tok)
      break;
    int32_t pv = kg_mention_at(d, i - 1);
    if (pv < 0 || !agentive(d, pv) || kg_mention_role(d, (size_t)pv) == 'p')
      break;
    cur = pv;
    out[n++] = cur;
  }
  return n;
}

/* ------------------------------------------------------------ no-tree arguments */

/* The nearest agentive mention before token i within its clause, outside
 * prepositional phrases; -1. */
static int32_t subject_before(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t j = i; j-- > s->tok;) {
    int32_t m = kg_mention_at(d, j);
    if (m >= 0) {
      if (agentive(d, m) && !d->mentions[m].as_place && kg_mention_role(d, (size_t)m) != 'p' &&
          kg_mention_role(d, (size_t)m) != 'g')
        return m;
      j = d->mentions[m].tok;
      continue;
    }
    if (is_boundary(d, j)) {
      /* "X, which/who ... V": the antecedent of a relative pronoun */
      char b[16];
      low(d, j, b, sizeof b);
      if ((!strcmp(b, "which") || !strcmp(b, "who") || !strcmp(b, "that")) && j > s->tok) {
        uint32_t k = j - 1;
        if (kg_tok_is(d, k, ",") && k > s->tok)
          k--;
        int32_t m2 = kg_mention_at(d, k);
        if (m2 >= 0 && agentive(d, m2))
          return m2;
      }
      return -1;
    }
  }
  return -1;
}

/* First agentive mention starting within `win` tokens after position i,
 * stopping at clause boundaries; skip_prep: stop at a preposition. */
static int32_t mention_after(const ev_ctx *c, uint32_t i, uint32_t win, int stop_at_prep)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  for (uint32_t j = i + 1; j < end && j <= i + win; j++) {
    int32_t m = kg_mention_at(d, j);
    if (m >= 0) {
      if (agentive(d, m) && !(d->mentions[m].as_place && atype_m(d, m) == KG_ACT_PLACE))
        return np_head(c, m);
      j = d->mentions[m].tok + d->mentions[m].ntok - 1;
      continue;
    }
    low(d, j, b, sizeof b);
    if (is_boundary_word(b) || !strcmp(b, "."))
      return -1;
    if (stop_at_prep && kg_word_is_prep(b))
      return -1;
  }
  return -1;
}

static int is_aux_word(const char *b)
{
  static const char *const aux[] = { "is", "was", "were", "are", "has", "have", "had",
    "will", "would", "may", "might", "could", "can", "should", "must", "be", "been",
    "did", "does", "do", "remains", "remained", "seems", NULL };
  return in_list(b, aux);
}

/* The mention heading the noun phrase that starts right after token j
 * (a preposition): only determiners, titles, capitalised words and, except
 * after "to", one lower-case modifier may come first ("to Russia", "against
 * the Russian embassy", "with former U.S. President Donald Trump"). */
static int32_t np_after(const ev_ctx *c, uint32_t j, int after_to)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  uint32_t end = s->tok + s->ntok;
  int lower = 0;
  char b[32];
  for (uint32_t k = j + 1; k < end && k <= j + 6; k++) {
    int32_t m = kg_mention_at(d, k);
    if (m >= 0) {
      if (agentive(d, m) && !(d->mentions[m].as_place && atype_m(d, m) == KG_ACT_PLACE))
        return np_head(c, m);
      return -1;
    }
    const kg_token *t = &d->tokens[k];
    low(d, k, b, sizeof b);
    if (in_list(b, (const char *const[]){ "the", "a", "an", "both", "former", "its", "his",
                                          "her", "their", "this", "that", NULL }))
      continue;
    if (kg_tok_is_cap(t) && (t->upos == KG_UPOS_NONE || t->upos == KG_UPOS_PROPN ||
                             t->upos == KG_UPOS_NOUN || t->upos == KG_UPOS_ADJ))
      continue;
    if (t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX || after_to || lower ||
        !isalpha((unsigned char)b[0]) || kg_word_is_prep(b) || is_boundary_word(b) ||
        is_aux_word(b))
      return -1;
    lower = 1;
  }
  return -1;
}

/* The mention after preposition `prep` found within `win` tokens of i. */
static int32_t after_prep(const ev_ctx *c, uint32_t i, const char *prep, uint32_t win,
                          int cross_comma)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  for (uint32_t j = i + 1; j < end && j <= i + win; j++) {
    low(d, j, b, sizeof b);
    if (!strcmp(b, prep))
      return np_after(c, j, !strcmp(prep, "to"));
    if (kg_mention_at(d, j) >= 0 && !cross_comma)
      return -1;                          /* an NP came first */
    if ((is_boundary_word(b) && !(cross_comma && !strcmp(b, ","))) || !strcmp(b, ".") ||
        is_aux_word(b) || d->tokens[j].upos == KG_UPOS_VERB)
      return -1;
  }
  return -1;
}

/* ------------------------------------------------------------ tree arguments */

static int32_t child_with(const kg_doc *d, uint32_t head, const char *rel, int prefix)
{
  const kg_sentence *s = &d->sents[d->tokens[head].sent];
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    const kg_token *t = &d->tokens[j];
    if (kg_tok_head(d, j) != (int32_t)head || !t->deprel)
      continue;
    if (prefix ? !strncmp(t->deprel, rel, strlen(rel)) : !strcmp(t->deprel, rel))
      return (int32_t)j;
  }
  return -1;
}

/* The preposition (case child) of a nominal, lower-cased into b. */
static void case_of(const kg_doc *d, uint32_t tok, char *b, size_t cap)
{
  int32_t k = child_with(d, tok, "case", 0);
  b[0] = '\0';
  if (k >= 0)
    low(d, (uint32_t)k, b, cap);
}

/* The mention whose span covers token j (its NP head), through np_head. */
static int32_t mention_of_tok(const ev_ctx *c, int32_t j)
{
  if (j < 0)
    return -1;
  int32_t m = kg_mention_at(c->doc, (uint32_t)j);
  if (m < 0) {                       /* the head noun of "the Russian side" */
    int32_t k = child_with(c->doc, (uint32_t)j, "amod", 0);
    if (k < 0)
      k = child_with(c->doc, (uint32_t)j, "compound", 0);
    if (k >= 0)
      m = kg_mention_at(c->doc, (uint32_t)k);
  }
  if (m < 0 || !agentive(c->doc, m))
    return -1;
  return np_head(c, m);
}

typedef struct ev_args {
  int32_t agents[4], targets[4], parts[KG_EVENT_MAX_PART];
  size_t nag, ntg, npart;
  int passive;
} ev_args;

/* Conjuncts of the mention at token j (tree). */
static void add_conj(const ev_ctx *c, uint32_t j, int32_t *out, size_t *n, size_t cap)
{
  int32_t m = mention_of_tok(c, (int32_t)j);
  if (m >= 0 && *n < cap)
    out[(*n)++] = m;
  const kg_sentence *s = &c->doc->sents[c->doc->tokens[j].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok && *n < cap; k++)
    if (kg_tok_head(c->doc, k) == (int32_t)j && c->doc->tokens[k].deprel &&
        !strcmp(c->doc->tokens[k].deprel, "conj")) {
      int32_t m2 = mention_of_tok(c, (int32_t)k);
      if (m2 >= 0)
        out[(*n)++] = m2;
    }
}

static void tree_args(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  char b[32];
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    if (kg_tok_head(d, j) != (int32_t)i || !d->tokens[j].deprel)
      continue;
    const char *r = d->tokens[j].deprel;
    if (pos == KG_UPOS_VERB) {
      if (!strcmp(r, "nsubj") || !strcmp(r, "csubj"))
        add_conj(c, j, a->agents, &a->nag, 4);
      else if (!strcmp(r, "nsubj:pass") || !strcmp(r, "obj") || !strcmp(r, "iobj")) {
        add_conj(c, j, a->targets, &a->ntg, 4);
        a->passive |= r[0] == 'n';
      }
      else if (!strcmp(r, "obl:agent"))
        add_conj(c, j, a->agents, &a->nag, 4);
      else if (!strncmp(r, "obl", 3)) {
        case_of(d, j, b, sizeof b);
        if (!strcmp(b, "by"))
          add_conj(c, j, a->agents, &a->nag, 4);
        else if ((p->prep && !strcmp(b, p->prep)) || !strcmp(b, "with") ||
                 !strcmp(b, "against") || !strcmp(b, "on"))
          if (a->ntg == 0)
            add_conj(c, j, a->targets, &a->ntg, 4);
      }
    } else {
      if (!strcmp(r, "nmod:poss") || !strcmp(r, "compound") || !strcmp(r, "amod"))
        add_conj(c, j, a->agents, &a->nag, 4);
      else if (!strncmp(r, "nmod", 4) || !strncmp(r, "obl", 3)) {
        case_of(d, j, b, sizeof b);
        if (!strcmp(b, "by"))
          add_conj(c, j, a->agents, &a->nag, 4);
        else if (!strcmp(b, "between") || !strcmp(b, "among"))
          add_conj(c, j, a->parts, &a->npart, KG_EVENT_MAX_PART);
        else if ((p->prep && !strcmp(b, p->prep)) || !strcmp(b, "to") || !strcmp(b, "with") ||
                 !strcmp(b, "against") || !strcmp(b, "on"))
          add_conj(c, j, a->targets, &a->ntg, 4);
      }
    }
  }
  /* control and raising: the subject of the verb this one complements */
  if (pos == KG_UPOS_VERB && a->nag == 0) {
    int32_t h = (int32_t)i;
    for (int guard = 0; guard < 3 && a->nag == 0; guard++) {
      const char *r = d->tokens[h].deprel;
      if (!r || (strcmp(r, "xcomp") && strcmp(r, "conj") && strncmp(r, "advcl", 5)))
        break;
      h = kg_tok_head(d, (uint32_t)h);
      if (h < 0)
        break;
      int32_t sj = child_with(d, (uint32_t)h, "nsubj", 0);
      if (sj >= 0)
        add_conj(c, (uint32_t)sj, a->agents, &a->nag, 4);
    }
  }
}

/* ------------------------------------------------------------ window arguments */

static int is_passive(const ev_ctx *c, uint32_t i)
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
    low(d, j, b, sizeof b);
    if (in_list(b, be))
      return 1;
    size_t bl = strlen(b);
    if (!(bl > 2 && !strcmp(b + bl - 2, "ly")) && strcmp(b, "not") && strcmp(b, "also"))
      return 0;
  }
  return 0;
}

static int is_light_verb(const kg_doc *d, uint32_t j)
{
  static const char *const lv[] = { "hold", "have", "conduct", "carry", "resume",
    "begin", "start", "stage", "make", "continue", "pursue", "launch", "open",
    "impose", "issue", "announce", "seek", "attend", NULL };
  char c[MAXC][CLEN];
  size_t n = lemma_cands(d, j, c);
  for (size_t k = 0; k < n; k++)
    if (in_list(c[k], lv))
      return 1;
  return 0;
}

static void window_args(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p,
                        int root, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  if (pos == KG_UPOS_VERB) {
    int32_t sj = subject_before(c, i);
    if (is_passive(c, i)) {
      a->passive = 1;
      a->ntg = coord_before(c, sj, a->targets, 4);
      int32_t by = after_prep(c, i, "by", 6, 0);
      a->nag = coord_after(c, by, a->agents, 4);
      return;
    }
    a->nag = coord_before(c, sj, a->agents, 4);
    int32_t tg = -1;
    if (p->prep)
      tg = after_prep(c, i, p->prep, 8, 0);
    if (tg < 0)
      tg = mention_after(c, i, 5, 1);
    if (tg < 0 && !p->prep) {
      static const char *const dp[] = { "with", "against", "to", "on", "toward", "towards", NULL };
      for (int k = 0; dp[k] && tg < 0; k++)
        tg = after_prep(c, i, dp[k], 2, 0);
    }
    a->ntg = coord_after(c, tg, a->targets, 4);
    if (a->nag == 0 && a->ntg == 0) {       /* "talks were held between X and Y" */
      int32_t bw = after_prep(c, i, "between", 6, 0);
      if (bw >= 0)
        a->npart = coord_after(c, bw, a->parts, KG_EVENT_MAX_PART);
    }
    /* "By launching a missile ..., North Korea ...": the main clause subject */
    if (a->nag == 0 && i > s->tok) {
      low(d, i - 1, b, sizeof b);
      if (!strcmp(b, "by") || !strcmp(b, "after") || !strcmp(b, "before") ||
          !strcmp(b, "while") || !strcmp(b, "when") || !strcmp(b, "without")) {
        for (uint32_t j = i + 1; j < end; j++)
          if (kg_tok_is(d, j, ",")) {
            int32_t m = mention_after(c, j, 3, 1);
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
    low(d, pq, b, sizeof b);
    if (!isalpha((unsigned char)b[0]) || kg_word_is_prep(b) || is_boundary_word(b) ||
        in_list(b, (const char *const[]){ "the", "a", "an", "this", "that", "these", "those",
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
    if (m >= 0 && agentive(d, m) &&
        (poss || d->mentions[m].kind == KG_MEN_PRONOUN ||
         kg_mention_role(d, (size_t)m) != 'p')) {
      /* "the Kim-Trump summit": two names joined by a dash */
      uint32_t st = d->mentions[m].tok;
      if (!poss && st >= s->tok + 2 && kg_tok_is(d, st - 1, "-")) {
        int32_t m0 = kg_mention_at(d, st - 2);
        if (m0 >= 0 && agentive(d, m0)) {
          a->parts[a->npart++] = m0;
          a->parts[a->npart++] = m;
        }
      }
      if (a->npart == 0 && (poss || d->mentions[m].kind == KG_MEN_DEMONYM ||
                            d->mentions[m].kind == KG_MEN_PRONOUN || q == i))
        a->agents[a->nag++] = m;
    }
  }
  int32_t by = after_prep(c, i, "by", 7, 0);
  if (by >= 0 && a->nag == 0)
    a->nag = coord_after(c, by, a->agents, 4);
  int32_t bw = after_prep(c, i, "between", 8, 1);
  if (bw < 0)
    bw = after_prep(c, i, "among", 8, 1);
  if (bw >= 0 && a->npart == 0)
    a->npart = coord_after(c, bw, a->parts, KG_EVENT_MAX_PART);
  int32_t tg = -1;
  if (p->prep)
    tg = after_prep(c, i, p->prep, 6, 0);
  static const char *const np[] = { "to", "with", "against", "on", "toward", "towards",
    "over", NULL };
  for (int k = 0; np[k] && tg < 0; k++)
    tg = after_prep(c, i, np[k], 6, 0);
  int hostile = root == 11 || root == 12 || root == 13 || root == 16 || root == 17;
  if (tg < 0) {
    int32_t of = after_prep(c, i, "of", 3, 0);
    if (of >= 0 && hostile)
      tg = of;
    else if (of >= 0 && a->nag == 0)
      a->nag = coord_after(c, of, a->agents, 4);
  }
  a->ntg = coord_after(c, tg, a->targets, 4);
  /* "held talks", "agreed to resume talks": the subject of the light verb */
  if (a->nag == 0 && a->npart == 0) {
    uint32_t j = i;
    for (int k = 0; k < 3 && j > s->tok; k++) {
      j--;
      if (is_light_verb(d, j)) {
        a->nag = coord_before(c, subject_before(c, j), a->agents, 4);
        break;
      }
    }
  }
}

/* ------------------------------------------------------------ factuality */

static int hedge_word(const ev_ctx *c, const char *b)
{
  static const char *const h[] = { "may", "might", "could", "would", "possibly",
    "possible", "perhaps", "likely", "unlikely", "probably", "reportedly",
    "allegedly", "apparently", "suggest", "suggests", "suggested", "speculate",
    "speculated", "whether", "if", "maybe", "purportedly", "seemingly",
    "interpretation", "speculation", "hypothesis", NULL };
  return in_list(b, h) || kg_dict_cue(c->dict, b) == KG_CUE_HEDGE;
}

static int neg_word(const ev_ctx *c, const char *b)
{
  static const char *const n[] = { "not", "n't", "never", "no", "without", "neither",
    "nor", "cannot", "none", NULL };
  return in_list(b, n) || kg_dict_cue(c->dict, b) == KG_CUE_NEGATION;
}

static int factuality(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32], nb[32];
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  /* negation: in the tree, a negator attached to the trigger or to its
   * subject/object ("no deal was struck"); else a window before it */
  if (tree) {
    for (uint32_t j = s->tok; j < end; j++) {
      int32_t h = kg_tok_head(d, j);
      if (h < 0)
        continue;
      low(d, j, b, sizeof b);
      if (!neg_word(c, b) || (j + 1 < end && kg_tok_is(d, j + 1, "only")))
        continue;
      if (h == (int32_t)i || kg_tok_head(d, (uint32_t)h) == (int32_t)i)
        return KG_FACT_NEGATED;
    }
  } else {
    for (uint32_t j = i, k = 0; j-- > s->tok && k < 4; k++) {
      low(d, j, b, sizeof b);
      if (is_boundary_word(b))
        break;
      if (neg_word(c, b)) {
        if (j + 1 < end) {
          low(d, j + 1, nb, sizeof nb);
          if (!strcmp(nb, "only"))
            continue;
        }
        return KG_FACT_NEGATED;
      }
    }
  }
  /* denial of a complement: "rejected claims that ...", "denied that ..." */
  for (uint32_t j = s->tok; j < i; j++) {
    char cand[MAXC][CLEN];
    size_t n = lemma_cands(d, j, cand);
    int deny = 0;
    for (size_t k = 0; k < n; k++)
      if (!strcmp(cand[k], "deny") || !strcmp(cand[k], "reject") ||
          !strcmp(cand[k], "dismiss") || !strcmp(cand[k], "refute") ||
          !strcmp(cand[k], "dispute"))
        deny = 1;
    if (!deny)
      continue;
    for (uint32_t k = j + 1; k < i && k <= j + 4; k++)
      if (kg_tok_is(d, k, "that"))
        return KG_FACT_NEGATED;
  }
  /* hedges: anywhere before the trigger, or after it within its clause */
  for (uint32_t j = s->tok; j < end; j++) {
    if (j == i)
      continue;
    low(d, j, b, sizeof b);
    if (j > i && (is_boundary_word(b) || !strcmp(b, "and")))
      break;
    if (hedge_word(c, b))
      return KG_FACT_HEDGED;
  }
  if (d->tokens[end - 1].form[0] == '?')
    return KG_FACT_HEDGED;
  return KG_FACT_ASSERTED;
}

/* ------------------------------------------------------------ triggers */

/* Part of speech of token i without a tagger: 1 noun, 0 verb, -1 unsure. */
static int guess_noun(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  char b[32], w[CLEN];
  size_t L = kg_tok_lower(&d->tokens[i], w, sizeof w);
  int ing = L > 4 && !strcmp(w + L - 3, "ing");
  if (L > 3 && !strcmp(w + L - 2, "ed"))
    return 0;
  if (i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, "of"))
    return 1;
  if (i == s->tok)
    return ing ? 0 : -1;
  low(d, i - 1, b, sizeof b);
  static const char *const det[] = { "the", "a", "an", "this", "that", "these", "those",
    "its", "his", "her", "their", "our", "'s", "'", "such", "any", "no", "new", "of",
    "further", "more", "first", "second", "latest", "recent", "-", "international",
    "global", "stringent", "diplomatic", "military", "economic", NULL };
  static const char *const vb[] = { "to", "will", "would", "could", "may", "might", "must",
    "shall", "should", "can", "did", "does", "do", "has", "have", "had", "not", "n't",
    "also", "then", "reportedly", "jointly", "he", "she", "they", "it", "who", "which",
    "we", "i", "was", "were", "is", "are", "be", "been", "by", NULL };
  if (in_list(b, det))
    return 1;
  if (in_list(b, vb))
    return 0;
  int32_t pm = kg_mention_at(d, i - 1);
  if (pm >= 0) {
    if (d->mentions[pm].kind == KG_MEN_DEMONYM)
      return 1;
    if ((L > 1 && w[L - 1] == 's') || ing)
      return 0;
    if (i + 1 < s->tok + s->ntok && (kg_tok_is(d, i + 1, "to") || kg_tok_is(d, i + 1, "with") ||
                                      kg_tok_is(d, i + 1, "the") || kg_mention_at(d, i + 1) >= 0))
      return 0;
    return -1;
  }
  if (ing)
    return 0;                              /* a gerund */
  if (kg_word_is_prep(b) || !isalpha((unsigned char)b[0]))
    return -1;
  size_t bl = strlen(b);
  if (bl > 2 && !strcmp(b + bl - 2, "ly"))
    return 0;                              /* "strongly condemned" */
  return 1;                                /* after a lower-case modifier */
}

/* A noun used as a modifier of the next noun ("missile program"). */
static int modifier_noun(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (i + 1 >= s->tok + s->ntok)
    return 0;
  const kg_token *n = &d->tokens[i + 1];
  if (n->upos != KG_UPOS_NONE)
    return n->upos == KG_UPOS_NOUN && d->tokens[i].upos == KG_UPOS_NOUN;
  char b[32];
  low(d, i + 1, b, sizeof b);
  size_t bl = strlen(b);
  if (!isalpha((unsigned char)b[0]) || kg_tok_is_cap(n) || kg_word_is_prep(b) ||
      is_boundary_word(b) || is_aux_word(b) || kg_mention_at(d, i + 1) >= 0)
    return 0;
  if (in_list(b, (const char *const[]){ "and", "or", "the", "a", "an", "to", "not", "also",
                                        "remains", "occurred", "took", NULL }))
    return 0;
  if (bl > 2 && (!strcmp(b + bl - 2, "ed") || !strcmp(b + bl - 2, "ly")))
    return 0;
  return 1;
}

/* Finds the best pattern at token i; fills *pos_out and *obj_out (the
 * token that satisfied the pattern's object, or -1). */
static const kg_trigger *match_trigger(const ev_ctx *c, uint32_t i, int *pos_out,
                                       int32_t *obj_out)
{
  const kg_doc *d = c->doc;
  const kg_token *t = &d->tokens[i];
  const kg_sentence *s = &d->sents[t->sent];
  int order[2] = { 0, 0 };
  *obj_out = -1;
  if (t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_NOUN) {
    order[0] = t->upos;
  } else if (t->upos != KG_UPOS_NONE) {
    return NULL;
  } else {
    int g = guess_noun(c, i);
    if (g == 1) order[0] = KG_UPOS_NOUN;
    else if (g == 0) order[0] = KG_UPOS_VERB;
    else { order[0] = KG_UPOS_VERB; order[1] = KG_UPOS_NOUN; }
  }
  char cand[MAXC][CLEN];
  size_t nc = lemma_cands(d, i, cand);
  int gerund = 0;
  for (int o = 0; o < 2 && order[o]; o++) {
    const kg_trigger *best = NULL;
    int best_score = 0;
    int32_t best_obj = -1;
    for (size_t k = 0; k < nc; k++) {
      const kg_trigger *tr;
      size_t n = kg_dict_triggers(c->dict, cand[k], order[o], &tr);
      for (size_t j = 0; j < n; j++) {
        int score = 1;
        int32_t obj = -1;
        if (tr[j].particle) {
          int found = 0;
          for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 2; q++)
            if (kg_tok_is(d, q, tr[j].particle))
              found = 1;
          if (!found)
            continue;
          score += 2;
        }
        if (tr[j].object) {
          uint32_t lo = i >= s->tok + 3 ? i - 3 : s->tok;
          for (uint32_t q = lo; q < s->tok + s->ntok && q <= i + 6 && obj < 0; q++) {
            if (q > i && (kg_tok_is(d, q, ".") || kg_tok_is(d, q, ";") || kg_tok_is(d, q, ",")))
              break;
            if (q != i && cand_has(d, q, tr[j].object))
              obj = (int32_t)q;
          }
          if (obj < 0)
            continue;
          score += 2;
        }
        if (tr[j].prep && after_prep(c, i, tr[j].prep, 8, 0) >= 0)
          score += 1;
        /* ties go to the more consequential reading ("attack": 190 over 111) */
        if (score > best_score ||
            (score == best_score && best && strcmp(tr[j].code, best->code) > 0)) {
          best_score = score;
          best = &tr[j];
          best_obj = obj;
        }
      }
      if (best)
        break;        /* the first candidate lemma that matches wins */
    }
    if (best) {
      *pos_out = gerund ? KG_UPOS_NOUN : order[o];
      *obj_out = best_obj;
      return best;
    }
    /* "the firing of a missile": a gerund used as a noun takes the verb's
     * patterns and keeps the noun's argument rules */
    if (o == 0 && order[0] == KG_UPOS_NOUN && order[1] == 0 && !gerund) {
      size_t L = strlen(t->form);
      if (L > 4 && !strcmp(t->form + L - 3, "ing")) {
        gerund = 1;
        order[0] = KG_UPOS_VERB;
        o = -1;                      /* run the loop once more */
      }
    }
  }
  return NULL;
}

/* ------------------------------------------------------------ events */

static int same_event(const kg_event *e, const char *code, int32_t ag, int32_t tg, uint32_t sent)
{
  return e->sent == sent && !strcmp(e->cameo, code) && e->agent == ag && e->target == tg;
}

static kg_status emit(ev_ctx *c, uint32_t i, const kg_trigger *p, ev_args *a,
                      const kg_date_expr *dates, size_t ndates)
{
  kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  const kg_sentence *s = &d->sents[si];
  int fact = factuality(c, i);
  /* date: the nearest expression of the sentence */
  const kg_date_expr *best = NULL;
  uint32_t bestd = UINT32_MAX;
  for (size_t k = 0; k < ndates; k++) {
    uint32_t dist = dates[k].tok > i ? dates[k].tok - i : i - dates[k].tok;
    if (dist < bestd) { bestd = dist; best = &dates[k]; }
  }
  /* place: the nearest Place mention of the sentence */
  int32_t place = -1;
  uint32_t pd = UINT32_MAX;
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    int32_t m = kg_mention_at(d, j);
    if (m < 0 || atype_m(d, m) != KG_ACT_PLACE || d->mentions[m].tok != j)
      continue;
    uint32_t dist = j > i ? j - i : i - j;
    if (dist < pd) { pd = dist; place = d->mentions[m].actor; }
  }
  size_t nag = a->nag ? a->nag : 1, ntg = a->ntg ? a->ntg : 1;
  for (size_t x = 0; x < nag; x++)
    for (size_t y = 0; y < ntg; y++) {
      int32_t ag = a->nag ? d->mentions[a->agents[x]].actor : -1;
      int32_t tg = a->ntg ? d->mentions[a->targets[y]].actor : -1;
      if (ag >= 0 && ag == tg)
        tg = -1;
      if (ag < 0 && tg < 0 && a->npart == 0)
        continue;
      int dup = 0;
      for (size_t k = 0; k < d->nevents && !dup; k++)
        dup = same_event(&d->events[k], p->code, ag, tg, si) && a->npart == 0;
      if (dup)
        continue;
      kg_event *e = kg_doc_add_event(d);
      if (!e)
        return KG_ERR_NOMEM;
      snprintf(e->cameo, sizeof e->cameo, "%s", p->code);
      e->agent = ag;
      e->target = tg;
      for (size_t k = 0; k < a->npart && e->npart < KG_EVENT_MAX_PART; k++) {
        int32_t pa = d->mentions[a->parts[k]].actor;
        int seen = 0;
        for (size_t q = 0; q < e->npart; q++)
          seen |= e->part[q] == pa;
        if (!seen)
          e->part[e->npart++] = pa;
      }
      e->place = place;
      e->factuality = (uint8_t)fact;
      e->sent = si;
      e->trigger = i;
      e->trigger_ntok = 1;
      if (best) {
        e->date_kind = best->kind;
        kg_date_format(best, e->date);
      }
    }
  return KG_OK;
}

typedef struct ev_trig {
  uint32_t tok;
  int pos;
  int32_t obj;
  const kg_trigger *p;
} ev_trig;

static int hostile_root(int root)
{
  return root == 11 || root == 12 || root == 13 || root == 16 || root == 17;
}

static kg_status sentence_events(ev_ctx *c, uint32_t si)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[si];
  kg_date_expr dates[8];
  size_t nd = kg_dates_find(d, si, c->ry, c->rm, c->rd, dates, 8);
  int tree = kg_sent_has_tree(d, si);
  size_t first = d->nevents;
  ev_trig *tr = calloc(s->ntok + 1, sizeof *tr);
  size_t ntr = 0;
  if (!tr)
    return KG_ERR_NOMEM;
  /* pass 1: triggers */
  for (uint32_t i = s->tok; i < s->tok + s->ntok; i++) {
    const kg_token *t = &d->tokens[i];
    if (t->flags & (KG_TOK_URL | KG_TOK_HASHTAG | KG_TOK_EMOJI | KG_TOK_MENTION | KG_TOK_DATELINE))
      continue;
    if (!isalpha((unsigned char)t->form[0]) || kg_mention_at(d, i) >= 0)
      continue;
    int pos = 0;
    int32_t obj = -1;
    const kg_trigger *p = match_trigger(c, i, &pos, &obj);
    if (!p || !p->code || strlen(p->code) < 2)
      continue;
    if (pos == KG_UPOS_NOUN && !p->object && modifier_noun(c, i))
      continue;
    tr[ntr].tok = i;
    tr[ntr].pos = pos;
    tr[ntr].obj = obj;
    tr[ntr].p = p;
    ntr++;
  }
  /* pass 2: a token that served as another trigger's object ("fired a
   * missile", "missile launch") is no event of its own */
  for (size_t k = 0; k < ntr; k++) {
    int consumed = 0;
    for (size_t q = 0; q < ntr && !consumed; q++)
      consumed = q != k && tr[q].obj == (int32_t)tr[k].tok;
    if (consumed)
      continue;
    uint32_t i = tr[k].tok;
    int pos = tr[k].pos;
    const kg_trigger *p = tr[k].p;
    int root = (p->code[0] - '0') * 10 + (p->code[1] - '0');
    ev_args a;
    memset(&a, 0, sizeof a);
    if (tree)
      tree_args(c, i, pos, p, &a);
    if (!tree || (a.nag == 0 && a.ntg == 0 && a.npart == 0))
      window_args(c, i, pos, p, root, &a);
    /* which argument sets make an event (see the header comment) */
    int ok = a.npart > 0 || (a.nag > 0 && a.ntg > 0) ||
             (a.nag > 0 && (p->object || p->particle || pos == KG_UPOS_NOUN ||
                            root == 14 || root == 15 || root >= 18)) ||
             (a.ntg > 0 && (hostile_root(root) || pos == KG_UPOS_NOUN || a.passive));
    if (!ok && a.nag == 0 && a.ntg == 0 && hostile_root(root) &&
        (pos == KG_UPOS_NOUN || a.passive)) {
      int32_t sal = kg_actors_salient(d, si, i, KG_TYPEBIT(KG_ACT_COUNTRY));
      for (size_t q = d->nmentions; sal >= 0 && q-- > 0;)
        if (d->mentions[q].actor == sal) {
          a.targets[a.ntg++] = (int32_t)q;
          ok = 1;
          break;
        }
    }
    /* a show of force with a specific object ("the missile launch may have
     * been intended ...") and no actor: the most salient state did it */
    if (!ok && a.nag == 0 && a.ntg == 0 && p->object &&
        (root == 15 || root >= 18)) {
      int32_t sal = kg_actors_salient(d, si, i, KG_TYPEBIT(KG_ACT_COUNTRY));
      for (size_t q = d->nmentions; sal >= 0 && q-- > 0;)
        if (d->mentions[q].actor == sal) {
          a.agents[a.nag++] = (int32_t)q;
          ok = 1;
          break;
        }
    }
    if (!ok)
      continue;
    kg_status st = emit(c, i, p, &a, dates, nd);
    if (st != KG_OK) {
      free(tr);
      return st;
    }
  }
  free(tr);
  /* "during X's visit": link the events of this sentence */
  for (size_t k = first; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    for (uint32_t j = e->trigger + 1; j < s->tok + s->ntok && j <= e->trigger + 8; j++) {
      if (!kg_tok_is(d, j, "during") && !kg_tok_is(d, j, "amid"))
        continue;
      for (size_t q = first; q < d->nevents; q++)
        if (q != k && d->events[q].trigger > j && d->events[q].trigger <= j + 5)
          e->during = (int32_t)q;
      break;
    }
  }
  return KG_OK;
}

kg_status kg_events_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log)
{
  if (!dict || !doc)
    return KG_ERR_USAGE;
  ev_ctx c = { dict, doc, log, 0, 0, 0 };
  if (!kg_dates_reference(doc, &c.ry, &c.rm, &c.rd))
    c.ry = c.rm = c.rd = 0;
  doc->nevents = 0;
  doc->nrels = 0;
  for (uint32_t si = 0; si < doc->nsents; si++) {
    if (doc->sents[si].heading || doc->sents[si].ntok == 0)
      continue;
    kg_status st = sentence_events(&c, si);
    if (st != KG_OK)
      return st;
  }
  if (log)
    kg_logf(log, KG_LOG_DEBUG, doc->source, "events: %zu", doc->nevents);
  return kg_relations_run(dict, doc, log);
}
