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
 * Triggers: every token's lemma (the tagger's, or candidates from suffix
 * stripping: visited -> visit, firing -> fire, criticised -> criticize) is
 * looked up as a verb and/or noun pattern; the tagger's part of speech
 * leads but a participle tagged ADJ is tried as a verb, and a gerund noun
 * ("the firing of a missile") takes the verb's patterns.  A pattern's
 * object must stand within a few tokens; the token that served as object
 * ("fired a missile", "missile launch") is no event of its own, nor is a
 * noun modifying another noun ("missile program").
 *
 * Arguments (evargs.c).  With a tree (kg_sent_has_tree): verb triggers take
 * nsubj as agent (climbing xcomp/conj/advcl for control, "agreed to resume
 * talks", unless a name stands between the two verbs), obj or an obl/nmod
 * whose case is the pattern's preposition as target; nsubj:pass is the
 * target and obl:agent ("by X") the agent, but only with a passive
 * auxiliary or be-form in sight (a small parser mislabels voice); conj of
 * an argument gives one event per conjunct; a head noun without a name
 * ("Israeli army bulldozers", "House Speaker Nancy Pelosi") is looked into
 * for an apposition or a name/demonym modifier.  Noun triggers take
 * nmod:poss / compound / amod demonyms as agent and nmod with
 * to/with/against/on as target.  Token windows fill whatever the tree left
 * empty, and do the whole job without a tree: the nearest actor mention
 * before a verb within its clause (clauses end at , ; : and
 * that/which/who/where/while...; a finite verb is not crossed unless
 * through "to" or an unresolved pronoun subject, "X said they would
 * meet"), skipping prepositional objects and possessive modifiers; an
 * apposition is stepped over; the first mention after the verb, after its
 * preposition or after its object noun phrase; "X's visit", "North Korean
 * launch", "pressure from X", "summits between X and Y", "by X"; "the two
 * leaders" are the two persons last named.  A title between a state and a
 * person makes the person the head ("met Russian President Vladimir Putin"
 * -> target Putin).  Coordinated subjects of a cooperative event (CAMEO
 * 03-06: "Kim and Trump met") become participants.
 *
 * Of two patterns that fit equally, the higher CAMEO code wins ("attack"
 * is a military attack, 190, rather than a verbal one, 111).  A token
 * tagged NOUN that heads an nsubj (and has no determiner, copula or case
 * of its own) is tried as a verb first ("The Palestinians reject ...").
 * The object of a pattern is looked for among the lemma candidates of the
 * window (3 tokens before, 8 after, not past , ; .), gathered once per
 * trigger; a reporting verb (dictionary kgd:Reporting cue: say, announce
 * ...) takes no verb after it as its object: in "X said Y will support
 * Z" the event is Y's support, coded on its own verb.
 *
 * Modality recodes a verbal event (CAMEO codes intentions, demands and
 * threats in roots parallel to the acts): after "will", "would", "shall",
 * "'ll" or "willing / prepared / ready to", a cooperative act 04-08 becomes
 * its "express intent" code in 03 ("will give aid" 070 -> 033, "will
 * withdraw" 0874 -> 0356) and a hostile act 14 or 16-20 its threat in 13
 * ("would blockade" 191 -> 1381, "will invade" 192 -> 1382), but a
 * cooperative act with "unless" after it is a threat, 130 ("will withdraw
 * its force unless ..."); after "must",
 * "should" or "has to", a cooperative act becomes a demand in 10 made by
 * the subject of the verb whose complement holds it, on the one who must
 * act ("Russia said Sudan must return the helicopter": 1053, Russia ->
 * Sudan); without such a speaker (tree only) the code stays.  A negated
 * event keeps its code ("will not invade": 192, Negated), and so does a
 * code missing from the CAMEO table (a user dictionary's own codes).
 *
 * No direct target (tree): the shallowest actor of the trigger's own
 * subtree is the target ("threatened to break relations with Russia",
 * "promised to continue military aid to Mozambique"), not looking into
 * subjects, adverbial or relative clauses, parataxis or conjoined verbs;
 * for CAMEO 07-20 (what is done to a place) a city or region of the
 * subtree is the fallback ("imposed a curfew in the town of Cizre"), never
 * for meetings (04), whose "in Geneva" is a venue (kgo:place).
 *
 * Speed: lower-cased forms (discourse.c), lemma candidates (evargs.h) and
 * cue classes are cached per token for the document; dates are found only
 * for sentences that yield an event.
 *
 * Which argument sets make an event: participants; agent and target; an
 * agent alone unless the code is a bare statement or appeal (01, 02: "X
 * said" is no event without someone it is said to) and the pattern is
 * unspecific; a target alone for hostile codes (11 disapprove, 12 reject,
 * 13 threaten, 16 reduce relations, 17 coerce, 18-20 violence), nouns and
 * passives.  Anything else (a CAMEO verb with no actor around it) is
 * dropped.
 *
 * Discourse fallback (documented decision): a hostile nominal or passive
 * event ("drew international condemnation and led to stringent
 * sanctions") left without any argument takes as its target the most
 * salient state of the discourse (kg_actors_salient: this sentence and the
 * three previous ones that mention anyone, subjects weighing most); a show
 * or use of force with a specific object ("the missile launch", "firing a
 * missile") left without any argument takes the agent of the last event
 * of the same code within twelve sentences (a definite description of an
 * event refers back to it), else that most salient state.
 *
 * Factuality: Negated when a negator (not, n't, never, no, without ...;
 * "not only" excluded) stands in the trigger's clause within four tokens
 * before it, or before the light verb whose object it is ("would not
 * attend the next round of talks"), or (tree) is attached to it; or when
 * the trigger sits in the complement or object of a negative verb
 * ("rejected claims that ...", "refused to sign", "postponed the talks").
 * Hedged when a hedge cue (modals and adverbs, dictionary kgo:Hedged cues
 * and phrases such as "could be seen as") precedes the trigger in its
 * clause or follows it in the same clause ("the launch may have been
 * intended"), or when the trigger sits in the complement of a hedging verb
 * ("suggest that ...", "seeks to improve"); a question is Hedged.
 * Otherwise Asserted.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "actors.h"
#include "dates.h"
#include "relations.h"
#include "evargs.h"

/* ------------------------------------------------------------ factuality */

/* Cue words.  Besides the dictionary's kgo:Hedged / kgo:Negated cues
 * (lemmas and phrases), a few grammatical ones are built in.  A verbal cue
 * (deny, refuse, seek, suggest ...) scopes over its complement ("to ...",
 * "that ...") or its object noun, not over the rest of the sentence. */
static const char *const k_hedge_words[] = { "may", "might", "could", "possibly",
  "possible", "perhaps", "likely", "unlikely", "probably", "reportedly", "allegedly",
  "apparently", "whether", "if", "maybe", "purportedly", "seemingly", "interpretation",
  "speculation", "hypothesis", NULL };
static const char *const k_hedge_verbs[] = { "suggest", "speculate", "believe", "expect",
  "hope", "plan", "intend", "aim", "seek", "consider", "suspect", "propose", "appear",
  "seem", "want", "try", "fear", "claim", "allege", NULL };
static const char *const k_neg_words[] = { "not", "n't", "never", "no", "without", "neither",
  "nor", "cannot", "none", "nothing", "nobody", NULL };
static const char *const k_neg_verbs[] = { "deny", "reject", "refuse", "fail", "cancel",
  "postpone", "decline", "halt", "abandon", "scrap", "dismiss", "refute", "dispute",
  "call off", "rule out", NULL };

/* The cue at token j: its class (KG_CUE_HEDGE, KG_CUE_NEGATION or 0);
 * *verbal tells a complement-taking verb, *len the tokens it covers. */
static int cue_at_raw(const ev_ctx *c, uint32_t j, uint32_t end, int *verbal, uint32_t *len)
{
  const kg_doc *d = c->doc;
  char phrase[96], w[32];
  *verbal = 0;
  *len = 1;
  /* phrases of the dictionary: "could be seen as", "according to", "call off" */
  for (uint32_t n = 4; n >= 2; n--) {
    if (j + n > end)
      continue;
    size_t pl = 0;
    phrase[0] = '\0';
    for (uint32_t k = 0; k < n && pl + 34 < sizeof phrase; k++) {
      size_t wl = kg_tok_lower(&d->tokens[j + k], w, sizeof w);
      if (k)
        phrase[pl++] = ' ';
      memcpy(phrase + pl, w, wl + 1);
      pl += wl;
    }
    int cl = kg_dict_cue(c->dict, phrase);
    if (cl == KG_CUE_HEDGE || cl == KG_CUE_NEGATION) {
      *len = n;
      *verbal = kg_ev_in_list(phrase, k_neg_verbs);
      return cl;
    }
  }
  kg_ev_low(d, j, w, sizeof w);
  if (kg_ev_in_list(w, k_neg_words))
    return KG_CUE_NEGATION;
  if (kg_ev_in_list(w, k_hedge_words))
    return KG_CUE_HEDGE;
  char cand[MAXC][CLEN];
  size_t nc = kg_ev_lemma_cands(d, j, cand);
  for (size_t k = 0; k < nc; k++) {
    if (kg_ev_in_list(cand[k], k_neg_verbs)) { *verbal = 1; return KG_CUE_NEGATION; }
    if (kg_ev_in_list(cand[k], k_hedge_verbs)) { *verbal = 1; return KG_CUE_HEDGE; }
  }
  int cl = kg_dict_cue(c->dict, w);
  for (size_t k = 0; k < nc && cl != KG_CUE_HEDGE && cl != KG_CUE_NEGATION; k++)
    cl = kg_dict_cue(c->dict, cand[k]);
  if (cl != KG_CUE_HEDGE && cl != KG_CUE_NEGATION)
    return 0;
  *verbal = d->tokens[j].upos == KG_UPOS_VERB;
  return cl;
}

/* cue_at_raw, cached per token for the document (the sentence end is the
 * same for every call about a token). */
static int cue_at(const ev_ctx *c, uint32_t j, uint32_t end, int *verbal, uint32_t *len)
{
  if (!c->cue || j >= c->doc->ntokens)
    return cue_at_raw(c, j, end, verbal, len);
  if (c->cue[j] < 0) {
    int v;
    uint32_t l;
    c->cue[j] = (int8_t)cue_at_raw(c, j, end, &v, &l);
    c->cue_verbal[j] = (uint8_t)v;
    c->cue_len[j] = (uint8_t)l;
  }
  *verbal = c->cue_verbal[j];
  *len = c->cue_len[j];
  return c->cue[j];
}

/* Does the verbal cue at j scope over the trigger at i (j < i)? */
static int verbal_scope(const ev_ctx *c, uint32_t j, uint32_t len, uint32_t i)
{
  const kg_doc *d = c->doc;
  for (uint32_t k = j + len; k < i && k <= j + len + 3; k++)
    if (kg_tok_is(d, k, "to") || kg_tok_is(d, k, "that"))
      return 1;                           /* "refused to sign", "denied that ..." */
  /* its object: "postponed the talks", "plans a visit" */
  return i <= j + len + 3 && !kg_ev_is_boundary_word(d->tokens[i].form) &&
         (d->tokens[i].upos == KG_UPOS_NOUN || d->tokens[i].upos == KG_UPOS_NONE);
}

/* "would not attend the next round of talks": the negator is on the light
 * verb whose object the trigger is. */
static int negated_light_verb(const kg_doc *d, uint32_t j, uint32_t i)
{
  for (uint32_t k = j + 1; k < i && k <= j + 3; k++)
    if (kg_ev_is_light_verb(d, k) && i - k <= 5)
      return 1;
  return 0;
}

static int clause_break(const char *b)
{
  return kg_ev_is_boundary_word(b) && strcmp(b, "that") && strcmp(b, "if") &&
         strcmp(b, "whether");
}

static int factuality(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  int hedged = 0, verbal;
  uint32_t len;
  /* cues before the trigger */
  for (uint32_t j = s->tok; j < i; j++) {
    int cl = cue_at(c, j, end, &verbal, &len);
    if (!cl)
      continue;
    if (j + len > i) {
      j += len - 1;
      continue;
    }
    /* is there a clause break between the cue and the trigger? */
    int broken = 0;
    for (uint32_t k = j + len; k < i && !broken; k++) {
      kg_ev_low(d, k, b, sizeof b);
      broken = clause_break(b);
    }
    if (cl == KG_CUE_NEGATION) {
      if (verbal) {
        if (verbal_scope(c, j, len, i))
          return KG_FACT_NEGATED;
      } else if (!broken && !(j + 1 < end && kg_tok_is(d, j + 1, "only")) &&
                 (i - j <= 4 || negated_light_verb(d, j, i))) {
        if (!tree || i - j > 4)             /* (beyond 4: through a light verb) */
          return KG_FACT_NEGATED;
        /* in the tree: attached to the trigger or to one of its dependents */
        int32_t h = kg_tok_head(d, j);
        if (h == (int32_t)i || (h >= 0 && kg_tok_head(d, (uint32_t)h) == (int32_t)i))
          return KG_FACT_NEGATED;
      }
    } else if (verbal ? verbal_scope(c, j, len, i) : !broken) {
      hedged = 1;
    }
    j += len - 1;
  }
  /* after the trigger, within its clause: "the launch may have been
   * intended", "could be seen as", "was not carried out" */
  for (uint32_t j = i + 1; j < end; j++) {
    kg_ev_low(d, j, b, sizeof b);
    if (clause_break(b) || !strcmp(b, "and") || !strcmp(b, "but"))
      break;
    int cl = cue_at(c, j, end, &verbal, &len);
    if (cl == KG_CUE_HEDGE && !verbal)
      hedged = 1;                         /* "rejected claims that": not a hedge on it */
    if (cl == KG_CUE_NEGATION && !verbal && j <= i + 3 && d->tokens[i].upos != KG_UPOS_VERB &&
        !(j + 1 < end && kg_tok_is(d, j + 1, "only")))
      return KG_FACT_NEGATED;             /* "the deal was not signed" */
    j += len - 1;
  }
  if (hedged || d->tokens[end - 1].form[0] == '?')
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
  kg_ev_low(d, i - 1, b, sizeof b);
  static const char *const det[] = { "the", "a", "an", "this", "that", "these", "those",
    "its", "his", "her", "their", "our", "'s", "'", "such", "any", "no", "new", "of",
    "further", "more", "first", "second", "latest", "recent", "-", "international",
    "global", "stringent", "diplomatic", "military", "economic", NULL };
  static const char *const vb[] = { "to", "will", "would", "could", "may", "might", "must",
    "shall", "should", "can", "did", "does", "do", "has", "have", "had", "not", "n't",
    "also", "then", "reportedly", "jointly", "he", "she", "they", "it", "who", "which",
    "we", "i", "was", "were", "is", "are", "be", "been", "by", NULL };
  if (kg_ev_in_list(b, det))
    return 1;
  if (kg_ev_in_list(b, vb))
    return 0;
  int32_t pm = kg_mention_at(d, i - 1);
  if (pm >= 0) {
    size_t pl = strlen(d->tokens[i - 1].form);
    if (d->mentions[pm].kind == KG_MEN_DEMONYM && !(pl > 2 && d->tokens[i - 1].form[pl - 1] == 's'))
      return 1;                            /* "Russian launch", not "Albanians demonstrated" */
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
  kg_ev_low(d, i + 1, b, sizeof b);
  size_t bl = strlen(b);
  if (!isalpha((unsigned char)b[0]) || kg_tok_is_cap(n) || kg_word_is_prep(b) ||
      kg_ev_is_boundary_word(b) || kg_ev_is_aux_word(b) || kg_mention_at(d, i + 1) >= 0)
    return 0;
  if (kg_ev_in_list(b, (const char *const[]){ "and", "or", "the", "a", "an", "to", "not", "also",
                                        "remains", "occurred", "took", NULL }))
    return 0;
  if (bl > 2 && (!strcmp(b + bl - 2, "ed") || !strcmp(b + bl - 2, "ly")))
    return 0;
  return 1;
}

#define WIN_MAX (12 * MAXC)
typedef struct win_cand { uint32_t tok; char c[CLEN]; } win_cand;

/* Lemma candidates of the tokens around trigger i where a pattern's object
 * may stand, in token order (the first match wins, as before). */
static size_t window_cands(const ev_ctx *c, const kg_sentence *s, uint32_t i, win_cand *out)
{
  const kg_doc *d = c->doc;
  size_t n = 0;
  /* reported speech: the verb said is an event of its own, not the
   * object of the reporting verb ("Hungary has said it will support ...") */
  int report = 0;
  char lc[MAXC][CLEN];
  size_t nl = kg_ev_lemma_cands(d, i, lc);
  for (size_t k = 0; k < nl && !report; k++)
    report = kg_dict_cue(c->dict, lc[k]) == KG_CUE_REPORT;
  uint32_t lo = i >= s->tok + 3 ? i - 3 : s->tok;
  for (uint32_t q = lo; q < s->tok + s->ntok && q <= i + 8; q++) {
    if (q > i && (kg_tok_is(d, q, ".") || kg_tok_is(d, q, ";") || kg_tok_is(d, q, ",")))
      break;
    if (q == i || (report && q > i && d->tokens[q].upos == KG_UPOS_VERB))
      continue;
    char cc[MAXC][CLEN];
    size_t nc = kg_ev_lemma_cands(d, q, cc);
    for (size_t k = 0; k < nc && n < WIN_MAX; k++) {
      out[n].tok = q;
      memcpy(out[n].c, cc[k], CLEN);
      n++;
    }
  }
  return n;
}

/* A token tagged NOUN that heads an nsubj and has no copula or
 * determiner of its own is a verb the tagger missed ("The Palestinians
 * reject proposed changes"). */
static int noun_with_subject(const kg_doc *d, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int subj = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const kg_token *t = &d->tokens[k];
    if (t->head != (int32_t)(i - s->tok + 1) || !t->deprel)
      continue;
    if (!strcmp(t->deprel, "cop") || !strcmp(t->deprel, "det") || !strcmp(t->deprel, "case") ||
        !strncmp(t->deprel, "nmod:poss", 9))
      return 0;
    if (!strcmp(t->deprel, "nsubj") && k < i)
      subj = 1;
  }
  return subj;
}

/* A multi-word object ("diplomatic tie", "economic sanctions"): its last
 * word among the window's lemma candidates or forms, the words before it
 * on the tokens just before (by form or lemma).  The last word's token, or
 * -1. */
static int32_t phrase_object(const ev_ctx *c, const kg_sentence *s, uint32_t i, const char *ob,
                             const win_cand *wc, size_t nwc)
{
  const kg_doc *d = c->doc;
  char w[8][CLEN];
  size_t nw = 0, k = 0;
  for (const char *p = ob; *p && nw < 8;) {
    while (*p == ' ') p++;
    if (!*p) break;
    k = 0;
    while (p[k] && p[k] != ' ' && k + 1 < CLEN) { w[nw][k] = p[k]; k++; }
    w[nw][k] = '\0';
    nw++;
    p += k;
    while (*p && *p != ' ') p++;
  }
  if (nw == 0) return -1;
  uint32_t last_tok = UINT32_MAX;
  for (size_t q = 0; q < nwc; q++) {
    if (wc[q].tok == last_tok) continue;
    char low[CLEN];
    kg_ev_low(d, wc[q].tok, low, sizeof low);
    if (strcmp(wc[q].c, w[nw - 1]) != 0 && strcmp(low, w[nw - 1]) != 0) continue;
    last_tok = wc[q].tok;
    uint32_t t = wc[q].tok;
    if (t < s->tok + (uint32_t)(nw - 1) || t - (uint32_t)(nw - 1) <= i) continue;
    int ok = 1;
    for (size_t x = 1; x < nw && ok; x++) {
      uint32_t u = t - (uint32_t)x;
      kg_ev_low(d, u, low, sizeof low);
      ok = !strcmp(low, w[nw - 1 - x]) || kg_ev_cand_has(d, u, w[nw - 1 - x]);
    }
    if (ok) return (int32_t)t;
  }
  return -1;
}

/* Does token q read as word w (its lower-case form or a lemma candidate)? */
static int tok_reads(const ev_ctx *c, uint32_t q, const char *w, size_t wl)
{
  char low[CLEN];
  kg_ev_low(c->doc, q, low, sizeof low);
  if (strlen(low) == wl && !memcmp(low, w, wl)) return 1;
  if (wl + 1 > CLEN) return 0;
  char ww[CLEN];
  memcpy(ww, w, wl); ww[wl] = '\0';
  return kg_ev_cand_has(c->doc, q, ww);
}

/* The words of a pattern's "before" (see kg_trigger) end before token
 * `end` (exclusive) and start at or after `lo`: matched right to left,
 * word k of the nw words of w[] at a token left of word k+1's, touching it
 * when joined by '_'.  Backtracks (short lists, short spans). */
static int before_at(const ev_ctx *c, uint32_t lo, uint32_t end, const char *const *w,
                     const size_t *wl, const int *join, int k)
{
  if (k < 0) return 1;
  for (uint32_t q = end; q-- > lo;) {
    if (tok_reads(c, q, w[k], wl[k]) && before_at(c, lo, q, w, wl, join, k - 1))
      return 1;
    if (join[k]) break;            /* must touch the next word: only q = end - 1 */
  }
  return 0;
}

/* Whether the words of `before` stand before trigger i within its clause
 * (at most 12 tokens back, not across , ; : or a sentence start): their
 * number, 0 when they do not. */
static int before_match(const ev_ctx *c, const kg_sentence *s, uint32_t i, const char *before)
{
  const char *w[8];
  size_t wl[8];
  int join[9] = { 0 };       /* join[k]: word k touches word k+1 (the last: never) */
  int nw = 0;
  for (const char *p = before; *p && nw < 8;) {
    size_t n = strcspn(p, " +_");
    if (n) { w[nw] = p; wl[nw] = n; nw++; }
    p += n;
    if (*p == '_' && n) join[nw - 1] = 1;
    if (*p) p++;
  }
  if (nw == 0) return 0;
  join[nw - 1] = 0;
  uint32_t lo = i > s->tok + 12 ? i - 12 : s->tok;
  for (uint32_t q = i; q-- > lo;)
    if (kg_tok_is(c->doc, q, ",") || kg_tok_is(c->doc, q, ";") || kg_tok_is(c->doc, q, ":")) {
      lo = q + 1;
      break;
    }
  return before_at(c, lo, i, w, wl, join, nw - 1) ? nw : 0;
}

/* Has verb i coordinated subjects ("The Philippines and France agree")?
 * The tree's nsubj with a conj; without a tree two mentions joined by
 * "and" or "," right before the verb's clause. */
static int coord_subject(const ev_ctx *c, const kg_sentence *s, uint32_t i)
{
  const kg_doc *d = c->doc;
  if (kg_sent_has_tree(d, d->tokens[i].sent)) {
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      if (kg_tok_head(d, k) != (int32_t)i || !d->tokens[k].deprel ||
          strcmp(d->tokens[k].deprel, "nsubj"))
        continue;
      for (uint32_t q = k + 1; q < s->tok + s->ntok; q++)
        if (kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel &&
            !strcmp(d->tokens[q].deprel, "conj"))
          return 1;
    }
    return 0;
  }
  int seen = 0;
  for (uint32_t q = i, k = 0; q-- > s->tok && k < 10; k++) {
    if (kg_mention_at(d, q) >= 0) { seen++; q = d->mentions[kg_mention_at(d, q)].tok; continue; }
    if (seen && (kg_tok_is(d, q, "and") || kg_tok_is(d, q, ",")))
      continue;
    if (seen) break;
  }
  return seen >= 2;
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
  size_t fl = strlen(t->form);
  int participle = fl > 3 && (!strcmp(t->form + fl - 2, "ed") || !strcmp(t->form + fl - 2, "en"));
  if (t->upos == KG_UPOS_NOUN && noun_with_subject(d, i)) {
    order[0] = KG_UPOS_VERB;              /* "The Palestinians reject ...": a verb
                                             mistagged as a noun has a subject */
    order[1] = KG_UPOS_NOUN;
  } else if (t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_NOUN) {
    /* the tagger decides, unless the word's shape says otherwise */
    order[0] = t->upos;
    int g = guess_noun(c, i);
    if (g >= 0 && (g == 1) != (t->upos == KG_UPOS_NOUN))
      order[1] = g == 1 ? KG_UPOS_NOUN : KG_UPOS_VERB;
  } else if (t->upos == KG_UPOS_ADJ && participle) {
    order[0] = KG_UPOS_VERB;              /* "demolished" tagged ADJ */
  } else if ((t->upos == KG_UPOS_ADV || t->upos == KG_UPOS_ADJ) && i > s->tok &&
             d->tokens[i - 1].upos == KG_UPOS_AUX &&
             (kg_tok_is(d, i - 1, "will") || kg_tok_is(d, i - 1, "would") ||
              kg_tok_is(d, i - 1, "can") || kg_tok_is(d, i - 1, "could") ||
              kg_tok_is(d, i - 1, "shall") || kg_tok_is(d, i - 1, "should") ||
              kg_tok_is(d, i - 1, "must") || kg_tok_is(d, i - 1, "may"))) {
    order[0] = KG_UPOS_VERB;              /* "will abandon" tagged ADV: a modal's verb */
  } else if (t->upos != KG_UPOS_NONE) {
    return NULL;
  } else {
    int g = guess_noun(c, i);
    if (g == 1) order[0] = KG_UPOS_NOUN;
    else if (g == 0) order[0] = KG_UPOS_VERB;
    else { order[0] = KG_UPOS_VERB; order[1] = KG_UPOS_NOUN; }
  }
  char cand[MAXC][CLEN];
  size_t nc = kg_ev_lemma_cands(d, i, cand);
  int gerund = 0;
  /* the lemma candidates of the object window, gathered once (speed):
   * up to 3 tokens before and 8 after, not past . ; , after it */
  win_cand wc[WIN_MAX];
  size_t nwc = 0;
  int wc_done = 0;
  for (int o = 0; o < 2 && order[o]; o++) {
    const kg_trigger *best = NULL;
    int best_score = 0;
    int32_t best_obj = -1;
    /* a codebook's patterns for the surface form itself ("left", "met":
     * kgd:form) come before the lemma's */
    size_t ord[MAXC], no = 0;
    for (size_t k = 1; k < nc; k++) {
      const kg_trigger *ft;
      size_t fn = kg_dict_triggers(c->dict, cand[k], order[o], &ft);
      if (fn && ft[0].form && kg_tok_is(d, i, cand[k])) { ord[no++] = k; break; }
    }
    for (size_t k = 0; k < nc; k++)
      if (!no || ord[0] != k) ord[no++] = k;
    for (size_t ko = 0; ko < no; ko++) {
      size_t k = ord[ko];
      const kg_trigger *tr;
      size_t n = kg_dict_triggers(c->dict, cand[k], order[o], &tr);
      for (size_t j = 0; j < n; j++) {
        int score = 2;
        int32_t obj = -1;
        if (tr[j].particle) {
          int found = 0;
          for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 2; q++)
            if (kg_tok_is(d, q, tr[j].particle))
              found = 1;
          if (!found)
            continue;
          score += 4;
        }
        if (tr[j].compound) {             /* "X and Y agree": each with each */
          if (!coord_subject(c, s, i))
            continue;
          score += 4;
        }
        if (tr[j].before) {               /* "unexpectedly did n't clash" */
          int nb = before_match(c, s, i, tr[j].before);
          if (!nb)
            continue;
          score += 4 + 2 * nb;            /* the more words, the more specific */
        }
        if (tr[j].object) {
          if (!wc_done) {
            nwc = window_cands(c, s, i, wc);
            wc_done = 1;
          }
          const char *ob = tr[j].object;
          const char *sp = strrchr(ob, ' ');
          if (!sp) {
            for (size_t q = 0; q < nwc && obj < 0; q++)
              if (wc[q].c[0] == ob[0] && !strcmp(wc[q].c, ob))
                obj = (int32_t)wc[q].tok;
          } else {
            obj = phrase_object(c, s, i, ob, wc, nwc);
          }
          if (obj < 0)
            continue;
          score += sp ? 5 : 4;          /* "diplomatic ties" over "ties" */
        }
        if (tr[j].prep) {                 /* the preposition is there: +2; absent: -1 */
          int found = 0;
          for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 8 && !found; q++)
            found = kg_tok_is(d, q, tr[j].prep);
          score += found ? 2 : -1;
        }
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
    if (o == 0 && order[0] == KG_UPOS_NOUN && order[1] == 0 && !gerund &&
        !kg_dict_exclusive(c->dict)) {   /* a codebook is applied as written */
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

static kg_status emit(ev_ctx *c, uint32_t i, const char *code, const char *reverse, ev_args *a,
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
    if (m < 0 || kg_ev_atype(d, m) != KG_ACT_PLACE || d->mentions[m].tok != j ||
        (d->tokens[j].flags & KG_TOK_DATELINE))
      continue;                           /* the dateline places the story only */
    /* only a locative phrase places an event: "in Hanoi", "at the Kremlin" */
    uint32_t pj = j;
    if (pj > s->tok && kg_tok_is(d, pj - 1, "the"))
      pj--;
    if (pj == s->tok || !(kg_tok_is(d, pj - 1, "in") || kg_tok_is(d, pj - 1, "at") ||
                          kg_tok_is(d, pj - 1, "near") || kg_tok_is(d, pj - 1, "outside") ||
                          kg_tok_is(d, pj - 1, "inside")))
      continue;
    uint32_t dist = j > i ? j - i : i - j;
    if (dist < pd) { pd = dist; place = d->mentions[m].actor; }
  }
  size_t nag = a->nag ? a->nag : 1, ntg = a->ntg ? a->ntg : 1;
  for (size_t x = 0; x < nag; x++)
    for (size_t y = 0; y < ntg; y++) {
      int32_t ag = a->nag ? d->mentions[a->agents[x]].actor : -1;
      int32_t tg = a->ntg ? d->mentions[a->targets[y]].actor : -1;
      /* one actor on both sides is no event between two, unless the text
       * names two sectors of the state ("Russian police arrested Russian
       * students") */
      if (ag >= 0 && ag == tg &&
          (d->mentions[a->agents[x]].group < 0 || d->mentions[a->targets[y]].group < 0 ||
           d->mentions[a->agents[x]].group == d->mentions[a->targets[y]].group))
        tg = -1;
      if (ag < 0 && tg < 0 && a->npart == 0)
        continue;
      int dup = 0;
      for (size_t k = 0; k < d->nevents && !dup; k++)
        dup = same_event(&d->events[k], code, ag, tg, si) && a->npart == 0;
      if (dup)
        continue;
      kg_event *e = kg_doc_add_event(d);
      if (!e)
        return KG_ERR_NOMEM;
      snprintf(e->cameo, sizeof e->cameo, "%s", code);
      e->agent = ag;
      e->target = tg;
      if (ag >= 0)                  /* sector groups: "Egyptian soldiers" (sectors.c) */
        e->agent_group = d->mentions[a->agents[x]].group;
      if (tg >= 0)
        e->target_group = d->mentions[a->targets[y]].group;
      for (size_t k = 0; k < a->npart && e->npart < KG_EVENT_MAX_PART; k++) {
        int32_t pa = d->mentions[a->parts[k]].actor;
        int seen = 0;
        for (size_t q = 0; q < e->npart; q++)
          seen |= e->part[q] == pa;
        if (!seen) {
          e->part_group[e->npart] = d->mentions[a->parts[k]].group;
          e->part[e->npart++] = pa;
        }
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
      /* a paired code: the target's event back to the agent ("arrived in
       * Gondor" 032, Gondor hosts 033) */
      if (reverse && ag >= 0 && tg >= 0 && strlen(reverse) < sizeof e->cameo) {
        int rdup = 0;
        for (size_t k = 0; k < d->nevents && !rdup; k++)
          rdup = same_event(&d->events[k], reverse, tg, ag, si);
        if (rdup)
          continue;
        kg_event ev = *e;
        kg_event *r = kg_doc_add_event(d);
        if (!r)
          return KG_ERR_NOMEM;
        *r = ev;
        snprintf(r->cameo, sizeof r->cameo, "%s", reverse);
        r->agent = ev.target; r->target = ev.agent;
        r->agent_group = ev.target_group; r->target_group = ev.agent_group;
      }
    }
  return KG_OK;
}

/* ------------------------------------------------------------ modality */

/* What the words before a verbal trigger say of it: 1 a future or a
 * commitment ("will", "would", "'ll", "shall", "is willing / prepared /
 * ready to"), 2 an obligation ("must", "should", "has to"), 0 neither.
 * Adverbs, "not", forms of "be" and "to" are stepped over. */
static int modality(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  static const char *const skip[] = { "not", "n't", "also", "soon", "then", "now", "still",
    "be", "to", "never", "immediately", "eventually", "finally", "jointly", "only", NULL };
  char b[32];
  for (uint32_t j = i, k = 0; j-- > s->tok && k < 5; k++) {
    kg_ev_low(d, j, b, sizeof b);
    if (!strcmp(b, "will") || !strcmp(b, "would") || !strcmp(b, "shall") || !strcmp(b, "'ll") ||
        !strcmp(b, "wo"))
      return 1;
    if (!strcmp(b, "must") || !strcmp(b, "should"))
      return 2;
    if ((!strcmp(b, "willing") || !strcmp(b, "prepared") || !strcmp(b, "ready")) &&
        j + 1 < i && kg_tok_is(d, j + 1, "to"))
      return 1;
    if ((!strcmp(b, "has") || !strcmp(b, "have")) && j + 1 < i && kg_tok_is(d, j + 1, "to"))
      return 2;
    size_t bl = strlen(b);
    if (kg_ev_in_list(b, skip) || (bl > 3 && !strcmp(b + bl - 2, "ly")))
      continue;
    break;
  }
  return 0;
}

/* CAMEO codes a stated intention as 03 ("express intent to"), a demand
 * that someone act as 10 and a stated future hostile act as 13
 * ("threaten"); the roots 03, 10 and 13 run parallel to 04-08 and 16-20.
 * The tables map a material code to its counterpart ("" keeps it). */
static const char *intent_of(const char *c)
{
  static const char *const t[][2] = {
    { "045", "039" }, { "04", "036" }, { "05", "032" },
    { "061", "0311" }, { "062", "0312" }, { "063", "0313" }, { "064", "0314" }, { "06", "031" },
    { "071", "0331" }, { "072", "0332" }, { "073", "0333" }, { "074", "0334" }, { "07", "033" },
    { "081", "0351" }, { "082", "0352" }, { "083", "034" }, { "084", "0353" }, { "085", "0354" },
    { "086", "0355" }, { "087", "0356" }, { "08", "035" },
    { "14", "133" },
    { "161", "1313" }, { "162", "1311" }, { "163", "1312" }, { "164", "134" }, { "165", "135" },
    { "166", "136" }, { "16", "131" },
    { "1721", "1323" }, { "1722", "1324" }, { "172", "132" }, { "17", "137" },
    { "18", "1383" }, { "191", "1381" }, { "192", "1382" }, { "19", "1384" }, { "204", "1385" },
    { "20", "138" }, { NULL, NULL } };
  for (int k = 0; t[k][0]; k++)
    if (!strncmp(c, t[k][0], strlen(t[k][0])))
      return t[k][1];
  return "";
}

static const char *demand_of(const char *c)
{
  static const char *const t[][2] = {
    { "045", "108" }, { "04", "106" }, { "05", "102" },
    { "061", "1011" }, { "062", "1012" }, { "063", "1013" }, { "064", "1014" }, { "06", "101" },
    { "071", "1031" }, { "072", "1032" }, { "073", "1033" }, { "074", "1034" }, { "07", "103" },
    { "081", "1051" }, { "082", "1052" }, { "083", "104" }, { "084", "1053" }, { "085", "1054" },
    { "086", "1055" }, { "087", "1056" }, { "08", "105" }, { "03", "100" },
    { NULL, NULL } };
  for (int k = 0; t[k][0]; k++)
    if (!strncmp(c, t[k][0], strlen(t[k][0])))
      return t[k][1];
  return "";
}

/* Recodes a verbal event by its modality (see the header comment):
 * "Finland will give Tanzania a grant" 071 -> 0331; "they would blockade
 * Paris" 191 -> 1381; "Russia said Sudan must return the helicopter" 084
 * -> 1053 with Russia as agent and Sudan as target.  A negated event
 * keeps its code. */
static void modal_recode(const ev_ctx *c, uint32_t i, const char *in, ev_args *a, char out[5])
{
  snprintf(out, 5, "%s", in);
  if (!kg_dict_cameo(c->dict, in) || kg_dict_exclusive(c->dict))
    return;                               /* a code of the user's own codebook, or a
                                             codebook that codes modality itself */
  int m = modality(c, i);
  if (!m || factuality(c, i) == KG_FACT_NEGATED)
    return;
  if (m == 1) {
    /* "will withdraw its force unless ...": a conditional promise of a
     * cooperative act is a threat (CAMEO 13) */
    if (in[0] == '0' && in[1] >= '4' && in[1] <= '8') {
      const kg_sentence *s = &c->doc->sents[c->doc->tokens[i].sent];
      for (uint32_t q = i + 1; q < s->tok + s->ntok; q++)
        if (kg_tok_is(c->doc, q, "unless")) {
          snprintf(out, 5, "%s", "130");
          return;
        }
    }
    const char *r = intent_of(in);
    if (r[0])
      snprintf(out, 5, "%s", r);
    return;
  }
  const char *r = demand_of(in);
  if (!r[0])
    return;
  int32_t sp = kg_ev_speaker(c, i);
  if (sp < 0)
    return;
  int32_t spa = c->doc->mentions[sp].actor;
  for (size_t k = 0; k < a->nag; k++)
    if (c->doc->mentions[a->agents[k]].actor == spa)
      return;                             /* "X said it must ...": X's own */
  if (a->nag > 0) {
    memcpy(a->targets, a->agents, sizeof a->targets);
    a->ntg = a->nag;
  } else if (a->npart > 0) {
    for (size_t k = 0; k < a->npart && k < 4; k++)
      a->targets[k] = a->parts[k];
    a->ntg = a->npart < 4 ? a->npart : 4;
    a->npart = 0;
  }
  a->agents[0] = sp;
  a->nag = 1;
  snprintf(out, 5, "%s", r);
}

typedef struct ev_trig {
  uint32_t tok;
  int pos;
  int32_t obj;
  const kg_trigger *p;
} ev_trig;


/* A mention naming a place an attack can strike: a city or region, or a
 * state named as a place. */
static int struck_place(const kg_doc *d, int32_t m)
{
  return d->mentions[m].actor >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN &&
         (kg_ev_atype(d, m) == KG_ACT_PLACE || d->mentions[m].as_place);
}

/* Has token i a clausal complement ("agreed that ...")? */
static int has_ccomp(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "ccomp"))
      return 1;
  return 0;
}

static kg_status sentence_events(ev_ctx *c, uint32_t si)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[si];
  kg_date_expr dates[8];
  size_t nd = 0;
  int dates_done = 0;                     /* found when the first event needs them */
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
    for (size_t q = 0; q < ntr && !consumed; q++) {
      /* a multi-word object consumes all its words ("abandon improved
       * economic relations") */
      int32_t span = 0;
      for (const char *o = tr[q].p->object; o && *o; o++)
        span += *o == ' ';
      consumed = q != k && tr[q].obj >= (int32_t)tr[k].tok &&
                 tr[q].obj - span <= (int32_t)tr[k].tok;
    }
    if (consumed)
      continue;
    uint32_t i = tr[k].tok;
    int pos = tr[k].pos;
    const kg_trigger *p = tr[k].p;
    int root = (p->code[0] - '0') * 10 + (p->code[1] - '0');
    ev_args a;
    memset(&a, 0, sizeof a);
    if (tree) {
      /* the tree first; token windows fill what it left empty */
      ev_args w;
      memset(&w, 0, sizeof w);
      kg_ev_tree_args(c, i, pos, p, &a);
      kg_ev_window_args(c, i, pos, p, tr[k].obj, root, &w);
      if (a.nag == 0)
        for (size_t q = 0; q < w.nag; q++) {
          int clash = 0;
          for (size_t r = 0; r < a.ntg; r++)
            clash |= d->mentions[a.targets[r]].actor == d->mentions[w.agents[q]].actor;
          if (!clash)
            a.agents[a.nag++] = w.agents[q];
        }
      if (a.ntg == 0 && !(a.passive && w.ntg == 0))
        for (size_t q = 0; q < w.ntg; q++) {
          int clash = 0;
          for (size_t r = 0; r < a.nag; r++)
            clash |= d->mentions[a.agents[r]].actor == d->mentions[w.targets[q]].actor;
          if (!clash)
            a.targets[a.ntg++] = w.targets[q];
        }
      if (a.npart == 0) {
        memcpy(a.parts, w.parts, sizeof a.parts);
        a.npart = w.npart;
      }
      a.passive |= w.passive;
      /* no direct target: the shallowest actor of the trigger's subtree */
      /* ... unless coordinated subjects agree among themselves on a clause
       * ("Hungarian and Romanian officials agreed that ...": participants) */
      if (a.nag > 0 && a.ntg == 0 && a.npart == 0 && !a.passive &&
          !(a.nag >= 2 && root >= 3 && root <= 6 && has_ccomp(d, s, i))) {
        /* a place is the target of what is done to it (yielding, demands,
         * hostility, force: CAMEO 07-20), not the venue of talks (04) */
        int32_t t = kg_ev_subtree_target(c, i, d->mentions[a.agents[0]].actor, root >= 7);
        if (t >= 0)
          a.targets[a.ntg++] = t;
      }
    } else {
      kg_ev_window_args(c, i, pos, p, tr[k].obj, root, &a);
    }
    kg_ev_complete_coord(c, i, &a);        /* "Mordor, Rohan, Fornost and Bree" */
    /* "Kim and Trump met", "Turkey and Ukraine signed a deal": a cooperative
     * event of coordinated subjects (CAMEO 03-06) has participants */
    if (((root >= 3 && root <= 6) || p->compound) && a.nag >= 2 && a.ntg == 0 && a.npart == 0) {
      for (size_t q = 0; q < a.nag && q < KG_EVENT_MAX_PART; q++)
        a.parts[a.npart++] = a.agents[q];
      a.nag = 0;
    }
    if (a.nag == 0 && a.npart == 0 && pos == KG_UPOS_VERB)
      a.npart = kg_ev_plural_subject(c, i, a.parts);   /* "the two leaders signed" */
    /* "North Korea has been under UN sanctions": the subject suffers them */
    if (pos == KG_UPOS_NOUN && kg_ev_hostile_root(root) && a.ntg == 0) {
      for (uint32_t j = i, k2 = 0; j-- > s->tok && k2 < 5; k2++)
        if (kg_tok_is(d, j, "under")) {
          int32_t sj = kg_ev_subject_before(c, j);
          if (sj >= 0)
            a.targets[a.ntg++] = sj;
          break;
        }
    }
    /* which argument sets make an event (see the header comment) */
    int ok = a.npart > 0 || (a.nag > 0 && a.ntg > 0) ||
             (a.nag > 0 && (p->object || p->particle || pos == KG_UPOS_NOUN || root >= 3)) ||
             (a.ntg > 0 && (kg_ev_hostile_root(root) || root >= 18 || pos == KG_UPOS_NOUN ||
                            a.passive));
    /* violence with no actor named ("an explosion in Boston", "the bombing
     * at the station in Kabul"): the place it struck is the target */
    if (!ok && a.nag == 0 && a.ntg == 0 && root >= 18 && root <= 20) {
      for (uint32_t j = i + 1; j + 1 < s->tok + s->ntok && j <= i + 6 && !ok; j++) {
        if (kg_tok_is(d, j, ",") || kg_tok_is(d, j, ";") || kg_tok_is(d, j, "."))
          break;
        if (!kg_tok_is(d, j, "in") && !kg_tok_is(d, j, "at") && !kg_tok_is(d, j, "near"))
          continue;
        /* "in Mosul", "in the heart of London" */
        for (uint32_t q = j + 1; q < s->tok + s->ntok && q <= j + 5 && !ok; q++) {
          int32_t m = kg_mention_at(d, q);
          if (m >= 0) {
            if (d->mentions[m].tok == q && struck_place(d, m)) {
              a.targets[a.ntg++] = m;
              ok = 1;
            }
            break;
          }
          if (kg_tok_is(d, q, ",") || d->tokens[q].upos == KG_UPOS_VERB)
            break;
        }
      }
      /* "the Manchester suicide bombing": a place among the noun's modifiers */
      for (uint32_t j = i, n = 0; !ok && pos == KG_UPOS_NOUN && j-- > s->tok && n < 3; n++) {
        int32_t m = kg_mention_at(d, j);
        if (m >= 0) {
          if (struck_place(d, m)) {
            a.targets[a.ntg++] = m;
            ok = 1;
          }
          break;
        }
        if (d->tokens[j].upos != KG_UPOS_NOUN && d->tokens[j].upos != KG_UPOS_ADJ &&
            d->tokens[j].upos != KG_UPOS_PROPN && d->tokens[j].upos != KG_UPOS_NONE)
          break;
      }
    }
    if (!ok && a.nag == 0 && a.ntg == 0 && kg_ev_hostile_root(root) &&
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
      /* "the missile launch" refers back to the last event of that kind */
      int32_t sal = -1;
      for (size_t q = d->nevents; q-- > 0 && sal < 0;)
        if (!strcmp(d->events[q].cameo, p->code) && d->events[q].agent >= 0 &&
            d->events[q].sent + 12 >= si)
          sal = d->events[q].agent;
      if (sal < 0)
        sal = kg_actors_salient(d, si, i, KG_TYPEBIT(KG_ACT_COUNTRY));
      for (size_t q = d->nmentions; sal >= 0 && q-- > 0;)
        if (d->mentions[q].actor == sal) {
          a.agents[a.nag++] = (int32_t)q;
          ok = 1;
          break;
        }
    }
    if (!ok)
      continue;
    char code[5];
    modal_recode(c, i, p->code, &a, code);
    if (!dates_done) {
      nd = kg_dates_find(d, si, c->ry, c->rm, c->rd, dates, 8);
      dates_done = 1;
    }
    kg_status st = emit(c, i, code, strcmp(code, p->code) ? NULL : p->reverse, &a, dates, nd);
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
  ev_ctx c = { dict, doc, log, 0, 0, 0, NULL, NULL, NULL };
  size_t nt = doc->ntokens ? doc->ntokens : 1;
  c.cue = malloc(nt);
  c.cue_len = malloc(nt);
  c.cue_verbal = malloc(nt);
  if (!c.cue || !c.cue_len || !c.cue_verbal) {
    free(c.cue); free(c.cue_len); free(c.cue_verbal);
    return KG_ERR_NOMEM;
  }
  memset(c.cue, 0xFF, nt);
  if (!kg_dates_reference(doc, &c.ry, &c.rm, &c.rd))
    c.ry = c.rm = c.rd = 0;
  doc->nevents = 0;
  doc->nrels = 0;
  int tc = kg_tok_cache_begin(doc), cc = kg_ev_cache_begin(doc);
  kg_status st = KG_OK;
  for (uint32_t si = 0; si < doc->nsents && st == KG_OK; si++) {
    if (kg_sent_is_heading(doc, si) || doc->sents[si].ntok == 0)
      continue;
    st = sentence_events(&c, si);
  }
  if (st == KG_OK && log)
    kg_logf(log, KG_LOG_DEBUG, doc->source, "events: %zu", doc->nevents);
  if (st == KG_OK)
    st = kg_relations_run(dict, doc, log);
  kg_ev_cache_end(cc);
  kg_tok_cache_end(tc);
  free(c.cue); free(c.cue_len); free(c.cue_verbal);
  return st;
}
