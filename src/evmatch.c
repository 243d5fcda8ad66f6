/* evmatch.c — matching the dictionary's trigger patterns at a token (see
 * events.c for how events use them).
 *
 * Owns: the part of speech a token is tried as (the tagger's, corrected
 * for shapes it gets wrong), its lemma candidates' patterns, and what a
 * pattern asks of the words around it: a particle, a preposition, an
 * object (one word or a phrase, among the lemma candidates of a window of
 * 3 tokens before and 8 after), a codebook's words before the verb
 * (kgd:before), coordinated subjects (kgd:compoundSubject), a preposition
 * the pattern cannot do without (kgd:prepRequired); a codebook's
 * surface-form patterns (kgd:form) come before the lemma's.  Of the
 * patterns that fit, the most specific wins, then the higher code.
 * Does not own: the patterns (dict.c), arguments (evargs.c), events
 * (events.c). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "wordset.h"

/* ------------------------------------------------------------ triggers */

/* Part of speech of token i without a tagger: 1 noun, 0 verb, -1 unsure. */
static int guess_noun(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  char bb[32], w[CLEN];
  size_t L = kg_tok_lower(&d->tokens[i], w, sizeof w);
  int ing = L > 4 && !strcmp(w + L - 3, "ing");
  if (L > 3 && !strcmp(w + L - 2, "ed"))
    return 0;
  if (i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, "of"))
    return 1;
  if (i == s->tok)
    return ing ? 0 : -1;
  const char *b = kg_ev_lowp(d, i - 1, bb, sizeof bb);
  static const char *const det_w[] = { "the", "a", "an", "this", "that", "these", "those",
    "its", "his", "her", "their", "our", "'s", "'", "such", "any", "no", "new", "of",
    "further", "more", "first", "second", "latest", "recent", "-", "international",
    "global", "stringent", "diplomatic", "military", "economic", NULL };
  static const char *const vb_w[] = { "to", "will", "would", "could", "may", "might", "must",
    "shall", "should", "can", "did", "does", "do", "has", "have", "had", "not", "n't",
    "also", "then", "reportedly", "jointly", "he", "she", "they", "it", "who", "which",
    "we", "i", "was", "were", "is", "are", "be", "been", "by", NULL };
  static kg_wordset det = KG_WORDSET(det_w), vb = KG_WORDSET(vb_w);
  if (kg_wordset_has(&det, b))
    return 1;
  if (kg_wordset_has(&vb, b))
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
int kg_ev_modifier_noun(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (i + 1 >= s->tok + s->ntok)
    return 0;
  const kg_token *n = &d->tokens[i + 1];
  /* a deictic time noun after it modifies the clause, not the noun
   * ("renewed talks today", "began a strike yesterday") */
  if (n->lemma && kg_ev_in_list(n->lemma, (const char *const[]){ "today", "yesterday", "tomorrow",
                                                                  "tonight", NULL }))
    return 0;
  /* a noun of an undertaking after it names the act the trigger names
   * ("a mediation mission", "halt mediation efforts") */
  if (n->lemma && kg_ev_in_list(n->lemma, (const char *const[]){ "effort", "mission", "bid", NULL }))
    return 0;
  if (n->upos != KG_UPOS_NONE)
    return n->upos == KG_UPOS_NOUN && d->tokens[i].upos == KG_UPOS_NOUN;
  char bb[32];
  const char *b = kg_ev_lowp(d, i + 1, bb, sizeof bb);
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
/* (l0: the first byte of the token's lower-case form, kg_ev_lowp's, so a
 * word is told from it without the look-up: speed) */
typedef struct win_cand { uint32_t tok; char c[CLEN]; char l0; } win_cand;

/* Is token q, tagged VERB, a compound noun the tagger and parser misread:
 * an object of a verb whose "subject" is the word right before it
 * ("imposed entry bans on X", "bans" with "entry" as its subject; an
 * adjective's reading is verb_with_subject's: "joint naval exercises")? */
static int misread_compound(const kg_doc *d, uint32_t q)
{
  const char *r = d->tokens[q].deprel;
  if (d->tokens[q].upos != KG_UPOS_VERB || !r || strcmp(r, "obj") || q == 0)
    return 0;
  const char *pr = d->tokens[q - 1].deprel;
  return kg_tok_head(d, q - 1) == (int32_t)q && pr && !strcmp(pr, "nsubj") && d->tokens[q - 1].upos == KG_UPOS_NOUN;
}

/* Does verb q head a clause of its own: a relative clause, or a subject? */
static int clause_verb(const kg_doc *d, const kg_sentence *s, uint32_t q)
{
  const char *r = d->tokens[q].deprel;
  if (r && !strncmp(r, "acl:relcl", 9))
    return 1;
  if (misread_compound(d, q))
    return 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)q && d->tokens[k].deprel &&
        !strncmp(d->tokens[k].deprel, "nsubj", 5))
      return 1;
  return 0;
}

/* An apposition between commas on the object of trigger i: comma q opens
 * it when the word it hangs on is an appos of the trigger's object (between
 * the trigger and q), and its subtree ends right before another comma;
 * that closing comma's token, or 0. */
static uint32_t appos_skip(const kg_doc *d, const kg_sentence *s, uint32_t i, uint32_t q)
{
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t a = kg_tok_head(d, q);
  if (a <= (int32_t)q || !d->tokens[a].deprel || strcmp(d->tokens[a].deprel, "appos"))
    return 0;
  int32_t h = kg_tok_head(d, (uint32_t)a);
  if (h <= (int32_t)i || h >= (int32_t)q || kg_tok_head(d, (uint32_t)h) != (int32_t)i || !d->tokens[h].deprel ||
      strcmp(d->tokens[h].deprel, "obj"))
    return 0;                             /* (the verb's own object: not "spoke to X, Y, by telephone") */
  uint32_t end = (uint32_t)a;
  for (uint32_t k = (uint32_t)a + 1; k < s->tok + s->ntok; k++)
    for (int32_t x = kg_tok_head(d, k), hops = 0; x >= 0 && hops < 16; x = kg_tok_head(d, (uint32_t)x), hops++)
      if (x == a) {
        end = k;
        break;
      }
  return end + 1 < s->tok + s->ntok && kg_tok_is(d, end + 1, ",") ? end + 1 : 0;
}

/* Lemma candidates of the tokens around trigger i where a pattern's object
 * may stand, in token order (the first match wins, as before). */
/* Does the by-phrase headed by b name a state's body, a state mention
 * modifying it with the body as its sector ("by the Kyrgyz government", "by
 * the government of Kyrgyzstan")?  (Not "by the group's workers".) */
static int state_body(const kg_doc *d, uint32_t b)
{
  const kg_sentence *s = &d->sents[d->tokens[b].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    const char *r = d->tokens[q].deprel;
    int32_t m = kg_tok_head(d, q) == (int32_t)b && r && (!strcmp(r, "compound") || !strcmp(r, "amod") ||
                                                          !strcmp(r, "nmod")) ? kg_mention_at(d, q) : -1;
    if (m >= 0 && d->mentions[m].group >= 0)
      return 1;
  }
  return 0;
}

/* Token q's lemma candidates: the document cache's own (no copy) when it
 * is live, else computed into buf (speed). */
static const char (*cands_of(const kg_doc *d, uint32_t q, char buf[][CLEN], size_t *n))[CLEN]
{
  const char (*cc)[CLEN] = kg_ev_lemma_cands_ref(d, q, n);
  if (cc)
    return cc;
  *n = kg_ev_lemma_cands(d, q, buf);
  return (const char (*)[CLEN])buf;
}

/* token q's lemma candidates onto the window out[0 .. n) */
static size_t add_cands(const kg_doc *d, uint32_t q, win_cand *out, size_t n)
{
  char buf[MAXC][CLEN];
  size_t nc;
  const char (*cc)[CLEN] = cands_of(d, q, buf, &nc);
  char lb[CLEN];
  char l0 = nc && n < WIN_MAX ? kg_ev_lowp(d, q, lb, sizeof lb)[0] : 0;
  for (size_t k = 0; k < nc && n < WIN_MAX; k++) {
    out[n].tok = q;
    memcpy(out[n].c, cc[k], CLEN);
    out[n].l0 = l0;
    n++;
  }
  return n;
}

/* A word's bit among 1,024 by its first two bytes (equal words, equal bits:
 * a word whose bit the window lacks is none of the window's; speed) */
#define WBIT(w) ((((unsigned)(unsigned char)(w)[0] * 31u) + ((w)[0] ? (unsigned char)(w)[1] : 0u)) & 1023u)

static size_t window_cands(const ev_ctx *c, const kg_sentence *s, uint32_t i, win_cand *out)
{
  const kg_doc *d = c->doc;
  size_t n = 0;
  /* reported speech: the verb said is an event of its own, not the
   * object of the reporting verb ("Hungary has said it will support ...") */
  int report = 0;
  char lbuf[MAXC][CLEN];
  size_t nl;
  const char (*lc)[CLEN] = cands_of(d, i, lbuf, &nl);
  for (size_t k = 0; k < nl && !report; k++)
    report = kg_dict_cue(c->dict, lc[k]) == KG_CUE_REPORT;
  uint32_t lo = i >= s->tok + 3 ? i - 3 : s->tok;
  /* (not across a comma: "protesters, many of them opposition supporters, rallied" is no rallying of the
   * opposition; a passive subject so pushed back is taken below) */
  for (uint32_t q = i; q > lo; q--)     /* (nor across "but": "failed to reach a deal but agreed to meet") */
    if (kg_tok_is(d, q - 1, ",") || kg_tok_is(d, q - 1, "but")) {
      lo = q;
      break;
    }
  /* the noun a relative clause's verb takes as its object, further back
   * ("a deal that Addis Ababa had struck with X": the deal is struck) */
  int32_t ante = d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "acl:relcl") ? kg_tok_head(d, i) : -1;
  /* (a clause hung on the name after "of": "the Treaty of Lima, which A and
   * B signed", "the Treaty of Peace and Friendship, which ...": the treaty
   * is signed, the head word before "of", past a conjunct of the name) */
  int via_of = 0;
  for (int32_t a = ante, hops = 0; a > 0 && hops < 3 && d->tokens[a].upos == KG_UPOS_PROPN && d->tokens[a].deprel;
       hops++) {
    int32_t h = kg_tok_head(d, (uint32_t)a);
    if (h < 0 || h >= a)
      break;
    if (!strcmp(d->tokens[a].deprel, "conj")) {
      a = h;
      continue;
    }
    int of = 0;
    for (int32_t q = h + 1; q < a; q++)
      of |= kg_tok_head(d, (uint32_t)q) == a && kg_tok_is(d, (uint32_t)q, "of");
    if (!strcmp(d->tokens[a].deprel, "nmod") && of &&
        (d->tokens[h].upos == KG_UPOS_NOUN || d->tokens[h].upos == KG_UPOS_PROPN)) {
      ante = h;
      via_of = 1;
    }
    break;
  }
  if (ante >= 0 && (uint32_t)ante < lo && (d->tokens[ante].upos == KG_UPOS_NOUN || via_of)) {
    for (uint32_t q = (uint32_t)ante + 1; q < i && ante >= 0; q++)
      if (kg_tok_head(d, q) == (int32_t)i && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "nsubj") &&
          d->tokens[q].upos == KG_UPOS_PRON)
        ante = -1;                        /* ("the deal which struck ..." : its subject) */
    for (uint32_t q = i + 1; q < s->tok + s->ntok && ante >= 0; q++)
      if (kg_tok_head(d, q) == (int32_t)i && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "obj"))
        ante = -1;                        /* (an object of its own) */
    if (ante >= 0)
      n = add_cands(d, (uint32_t)ante, out, n);
  }
  /* a passive's subject further back than the window is its object all the
   * same: pushed back by a phrase between commas ("the contracts, worth about
   * 9 billion euros, were signed") or by its own modifiers ("Diplomatic ties
   * with Taiwan were severed by X"), when the passive names its doer, an
   * actor ("by Bolivia"; a sector's group, "by the group's workers", was
   * tried: on BBC it made more wrong doers than right); with none, the act
   * the subject names keeps the sentence ("a
   * planned visit ... was postponed" is a visit called off, no doer's
   * reduction of relations), and "were strained by the case of X" names a
   * cause, no doer; not across one comma alone (a clause's edge) */
  int32_t ps = kg_sent_has_tree(d, d->tokens[i].sent) ? kg_ev_child_with(d, i, "nsubj:pass", 0) : -1;
  int commas = 0;
  for (int32_t q = ps + 1; ps >= 0 && (uint32_t)q < i; q++)
    commas += kg_tok_is(d, (uint32_t)q, ",");
  int32_t by = ps >= 0 && commas == 0 ? kg_ev_child_with(d, i, "obl:agent", 0) : -1;
  int doer = by >= 0 && (kg_mention_at(d, (uint32_t)by) >= 0 || state_body(d, (uint32_t)by));
  if (ps >= 0 && commas == 0 && by < 0)   /* ("handed over to the Italian authorities by Brazil", evdoer.c) */
    doer = kg_ev_misplaced_by(c, i) >= 0;
  if (ps >= 0 && (uint32_t)ps < lo && (commas >= 2 || doer)) {
    n = add_cands(d, (uint32_t)ps, out, n);
  }
  int passive = kg_sent_has_tree(d, d->tokens[i].sent) && (ps >= 0 || kg_ev_child_with(d, i, "aux:pass", 0) >= 0);
  uint32_t hi = i + 8;
  for (uint32_t q = lo; q < s->tok + s->ntok && q <= hi; q++) {
    uint32_t past = q > i && kg_tok_is(d, q, ",") ? appos_skip(d, s, i, q) : 0;
    if (past) {                       /* "declared X, the UN coordinator, persona non grata" */
      hi += past - q + 1;
      q = past;
      continue;
    }
    if (q > i && (kg_tok_is(d, q, ".") || kg_tok_is(d, q, ";") || kg_tok_is(d, q, ",")))
      break;
    /* quotation marks take no room in the window ("called the move
     * \"unprecedented\" and \"hostile\"") */
    if (q > i && d->tokens[q].upos == KG_UPOS_PUNCT && (kg_tok_opens_quote(d, q) || kg_tok_closes_quote(d, q))) {
      hi++;
      continue;
    }
    /* nor do the words of a name after its first ("spoke to Luiz Inácio
     * Lula da Silva by video link": the name is one word's room) */
    int32_t nm = q > i ? kg_mention_at(d, q) : -1;
    if (nm >= 0 && d->mentions[nm].tok < q && d->mentions[nm].kind == KG_MEN_NAME)
      hi++;
    /* a word of an organisation's name before its last is no object of the
     * trigger ("vowed to crush the Rapid Support Forces" is no object=support
     * of "vow", "the National Security Council" no object=security) */
    if (nm >= 0 && q > i && d->mentions[nm].kind == KG_MEN_NAME && q + 1 < d->mentions[nm].tok + d->mentions[nm].ntok &&
        d->mentions[nm].actor >= 0 && d->actors[d->mentions[nm].actor].type == KG_ACT_ORG)
      continue;
    if (q == i || (report && q > i && d->tokens[q].upos == KG_UPOS_VERB))
      continue;
    /* a verb before the trigger is never its object ("accused Ukraine of
     * attacking": "accused" is no object=accused of "attack") */
    if (q < i && d->tokens[q].upos == KG_UPOS_VERB)
      continue;
    /* nor a word of an actor's name before an active verb ("prompting the
     * Federal Reserve to increase rates" is no object=reserve of "increase") */
    if (q < i && !passive && kg_mention_at(d, q) >= 0 && kg_ev_agentive(d, kg_mention_at(d, q)))
      continue;
    /* nor is a verb after it with a clause of its own ("impose sanctions
     * on firms that supply weapons": "supply" is no object of "impose") */
    if (q > i && d->tokens[q].upos == KG_UPOS_VERB && clause_verb(d, s, q))
      continue;
    n = add_cands(d, q, out, n);
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

/* A noun with a number of its own in the tree ("the two U.S. allies
 * are ...": no verb "ally"). */
static int counted_noun(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  if (d->tokens[i].upos != KG_UPOS_NOUN || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  for (uint32_t k = s->tok; k < i; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "nummod"))
      return 1;
  return 0;
}

/* A token tagged VERB with an nsubj of its own in the tree. */
static int verb_with_subject(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  if (d->tokens[i].upos != KG_UPOS_VERB || !kg_sent_has_tree(d, d->tokens[i].sent) || misread_compound(d, i))
    return 0;
  /* (an adjective is no subject: "joint naval exercises", tagged and
   * parsed as "naval" exercising) */
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strncmp(d->tokens[k].deprel, "nsubj", 5) &&
        d->tokens[k].upos != KG_UPOS_ADJ)
      return 1;
  return 0;
}

/* Does token u read as word w: its lower-case form, or (not literal) a
 * lemma candidate? */
static int obj_word_at(const kg_doc *d, uint32_t u, const char *w, int literal)
{
  char lb[CLEN];
  const char *low = kg_ev_lowp(d, u, lb, sizeof lb);
  return !strcmp(low, w) || (!literal && kg_ev_cand_has(d, u, w));
}

/* Words 0..k of a phrase object end before token `end`, after trigger i:
 * word k at end - 1, or (gap[k]: '+' after it) up to 3 tokens further
 * left, not across punctuation; or past up to 3 adjectives and
 * conjunctions between them ("joint air and naval exercise" for "joint
 * exercise", "economic and political sanctions"). */
static int phrase_left(const kg_doc *d, uint32_t i, uint32_t end, char w[][CLEN], const int *gap,
                       int k, int literal)
{
  if (k < 0) return 1;
  int mods = !literal;
  for (uint32_t u = end, g = 0; u-- > i + 1 && (g <= (gap[k] ? 3u : 0u) || (mods && g <= 3u)); g++) {
    if (obj_word_at(d, u, w[k], literal) && phrase_left(d, i, u, w, gap, k - 1, literal))
      return 1;
    if (d->tokens[u].upos == KG_UPOS_PUNCT)
      break;
    const char *ur = d->tokens[u].deprel;
    mods = mods && (d->tokens[u].upos == KG_UPOS_ADJ || d->tokens[u].upos == KG_UPOS_CCONJ ||
                    (d->tokens[u].upos == KG_UPOS_NOUN && ur && (!strcmp(ur, "compound") || !strcmp(ur, "amod"))) ||
                    (d->tokens[u].upos == KG_UPOS_NOUN && u + 1 < end && d->tokens[u + 1].upos == KG_UPOS_CCONJ));
  }
  return 0;
}

/* A multi-word object ("diplomatic tie", "economic sanctions"): its last
 * word among the window's lemma candidates or forms, the words before it
 * on the tokens just before (by form or lemma; by form only when the
 * pattern's object is literal); words joined by '+' may have up to 3
 * others between them.  The last word's token, or -1. */
static size_t phrase_words(const char *ob, char w[][CLEN], int *gap)
{
  size_t nw = 0, k = 0;
  for (const char *p = ob; *p && nw < 8;) {
    while (*p == ' ' || *p == '+') p++;
    if (!*p) break;
    k = 0;
    while (p[k] && p[k] != ' ' && p[k] != '+' && k + 1 < CLEN) { w[nw][k] = p[k]; k++; }
    w[nw][k] = '\0';
    p += k;
    while (*p && *p != ' ' && *p != '+') p++;
    gap[nw] = *p == '+';
    nw++;
  }
  return nw;
}

static int32_t phrase_object(const ev_ctx *c, const kg_sentence *s, uint32_t i, const char *ob,
                             const win_cand *wc, size_t nwc, int literal)
{
  const kg_doc *d = c->doc;
  char w[8][CLEN];
  int gap[8] = { 0 };        /* gap[k]: others may stand between word k and k+1 */
  size_t nw = phrase_words(ob, w, gap);
  if (nw == 0) return -1;
  (void)s;
  uint32_t last_tok = UINT32_MAX;
  for (size_t q = 0; q < nwc; q++) {
    if (wc[q].tok == last_tok) continue;
    char lb[CLEN];
    const char *lw = w[nw - 1];     /* (first bytes first: speed) */
    if ((literal || wc[q].c[0] != lw[0] || strcmp(wc[q].c, lw) != 0) &&
        (wc[q].l0 != lw[0] || strcmp(kg_ev_lowp(d, wc[q].tok, lb, sizeof lb), lw) != 0))
      continue;
    last_tok = wc[q].tok;
    uint32_t t = wc[q].tok;
    if (t <= i) continue;
    if (phrase_left(d, i, t, w, gap, (int)nw - 2, literal)) return (int32_t)t;
  }
  return -1;
}

/* Does token q read as word w (its lower-case form or a lemma candidate)? */
static int tok_reads(const ev_ctx *c, uint32_t q, const char *w, size_t wl)
{
  char lb[CLEN];
  const char *low = kg_ev_lowp(c->doc, q, lb, sizeof lb);
  if (wl && low[0] == w[0] && strlen(low) == wl && !memcmp(low, w, wl)) return 1;   /* (first bytes first: speed) */
  if (!wl && !low[0]) return 1;
  if (wl + 1 > CLEN) return 0;
  size_t n;
  const char (*cc)[CLEN] = kg_ev_lemma_cands_ref(c->doc, q, &n);
  if (cc && wl) {                         /* the cache's candidates read in place */
    for (size_t k = 0; k < n; k++)
      if (cc[k][0] == w[0] && !memcmp(cc[k], w, wl) && cc[k][wl] == '\0')
        return 1;
    return 0;
  }
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
  size_t bl = strlen(before);
  join[nw - 1] = bl > 0 && before[bl - 1] == '_';   /* "recently_": right before the trigger */
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

/* "called for an end to the illegal occupation": when a preposition that
 * one of the verb's patterns asks for follows the verb, a word deeper in
 * its phrase than the phrase's own noun is no object of the verb's other
 * patterns ("appealed for help" keeps its object, "help"). */
static int deep_in_prep(const kg_doc *d, const kg_sentence *s, uint32_t i, int32_t obj,
                        const kg_trigger *tr, size_t n)
{
  uint32_t p = i + 1;
  if (p >= s->tok + s->ntok || obj <= (int32_t)p || d->tokens[p].upos != KG_UPOS_ADP ||
      !kg_sent_has_tree(d, d->tokens[i].sent) || kg_tok_head(d, p) == obj)
    return 0;
  for (size_t j = 0; j < n; j++)
    if (tr[j].prep && kg_tok_is(d, p, tr[j].prep))
      return 1;
  return 0;
}

/* "suspended the plan on Tuesday after talks with Y": a noun in a phrase
 * of time or circumstance on the verb (after, before, during, following,
 * until, amid, despite), or naming the parties a thing links ("set up a
 * hotline between their navies": between), is no object of the verb's
 * patterns (nor of a verb with a particle); 1 when obj
 * (or a phrase it hangs in, up to the verb) has such a preposition. */
static int adjunct_object(const kg_doc *d, uint32_t i, int32_t obj)
{
  static const char *const adj[] = { "after", "before", "during", "following", "until", "amid",
                                     "despite", "between", NULL };
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (int32_t n = obj, hops = 0; n >= 0 && n != (int32_t)i && hops < 4; n = kg_tok_head(d, (uint32_t)n), hops++)
    for (uint32_t k = s->tok; k < (uint32_t)n; k++)
      if (kg_tok_head(d, k) == n && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "case"))
        for (int w = 0; adj[w]; w++)
          if (kg_tok_is(d, k, adj[w]))
            return 1;
  return 0;
}

/* "Ecuadorian police forced their way in": the active subject of verb i (or
 * a word of its phrase) is no object of the verb's patterns ("force
 * police": 174); 1 when obj is, or hangs in, an nsubj of i or of the verb
 * that i is a conjunct of ("police arrived and forced ..."). */
/* The object a passive verb i was done to, told as its subject: "Charges
 * of corruption were levelled at X by Y", "A general strike was called
 * by the unions", "Funding ... was withheld by Sweden" are the active
 * "levelled charges", "called a general strike", "withheld funding".
 * The passive subject (nsubj:pass) reads as the pattern's object ob (a
 * phrase: its last word, the others on the tokens just before it), or
 * its "of" phrase does ("Messages of sympathy were sent").  Only with its
 * doer told by "by" (obl:agent): "A planned visit ... was postponed" keeps
 * the visit's own event.  Its token, or -1. */
static int32_t passive_object(const kg_doc *d, const kg_sentence *s, uint32_t i, const char *ob, int literal,
                              int32_t *memo)
{
  if (*memo == -2) {                      /* (the passive subject, found once per trigger: speed) */
    *memo = -1;
    if (kg_sent_has_tree(d, d->tokens[i].sent)) {
      int32_t ns = kg_ev_child_with(d, i, "nsubj:pass", 0);
      if (ns >= 0 && d->tokens[ns].upos == KG_UPOS_NOUN && kg_ev_child_with(d, i, "obl:agent", 0) >= 0)
        *memo = ns;
    }
  }
  int32_t n = *memo;
  if (n < 0)
    return -1;
  char w[8][CLEN];
  int gap[8] = { 0 };
  size_t nw = phrase_words(ob, w, gap);
  if (nw == 0)
    return -1;
  int32_t cand[2] = { n, -1 };
  for (uint32_t k = (uint32_t)n + 1; k < i; k++)
    if (kg_tok_head(d, k) == n && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "nmod") &&
        d->tokens[k].upos == KG_UPOS_NOUN && k > 0 && kg_tok_is(d, k - 1, "of")) {
      cand[1] = (int32_t)k;
      break;
    }
  for (int q = 0; q < 2; q++) {
    int32_t t = cand[q];
    if (t < 0 || !obj_word_at(d, (uint32_t)t, w[nw - 1], literal) || kg_mention_at(d, (uint32_t)t) >= 0)
      continue;                         /* (a name is who undergoes it: "the X Committee was set up") */
    uint32_t lo = s->tok - 1u;          /* (phrase_left looks from lo + 1 on: the sentence's start) */
    if (nw == 1 || phrase_left(d, lo, (uint32_t)t, w, gap, (int)nw - 2, literal))
      return t;
  }
  return -1;
}

static int subject_object(const kg_doc *d, uint32_t i, int32_t obj)
{
  if (obj >= (int32_t)i || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t v = (int32_t)i;
  for (int hops = 0; hops < 3 && d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj"); hops++) {
    int32_t h = kg_tok_head(d, (uint32_t)v);
    if (h < 0 || h >= v)
      break;
    v = h;
  }
  for (int32_t n = obj, hops = 0; n >= 0 && hops < 4; n = kg_tok_head(d, (uint32_t)n), hops++) {
    int32_t h = kg_tok_head(d, (uint32_t)n);
    const char *r = d->tokens[n].deprel;
    if (h == (int32_t)i || h == v)
      return r && !strcmp(r, "nsubj");
  }
  return 0;
}

/* "summoned the French ambassador, X, ... recalled X to Paris": the object
 * of verb i is a person named before as the single-word pattern object ob (an envoy's noun)
 * (in apposition to it, or right after it: "Ambassador X", "the envoy X");
 * the object's token, or -1. */
static const char *const envoys[] = { "ambassador", "envoy", "diplomat", "consul", "attache", "charge", NULL };

/* Is ob one of envoys[]?  (Their initials first: most objects leave here, speed.) */
static int envoy_word(const char *ob)
{
  return (ob[0] == 'a' || ob[0] == 'e' || ob[0] == 'd' || ob[0] == 'c') && kg_ev_in_list(ob, envoys);
}

static int32_t named_as_object(const ev_ctx *c, uint32_t i, const char *ob)
{
  const kg_doc *d = c->doc;
  if (!envoy_word(ob))
    return -1;
  int32_t o = kg_ev_child_with(d, i, "obj", 0), om = o > (int32_t)i ? kg_mention_at(d, (uint32_t)o) : -1;
  if (om < 0 || d->mentions[om].actor < 0 || d->actors[d->mentions[om].actor].type != KG_ACT_PERSON)
    return -1;
  for (size_t k = 0; k < (size_t)om; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor != d->mentions[om].actor || m->kind == KG_MEN_PRONOUN)
      continue;
    int32_t h = kg_tok_head(d, m->tok);
    const char *r = d->tokens[m->tok].deprel;
    if (h >= 0 && r && !strcmp(r, "appos") && kg_ev_cand_has(d, (uint32_t)h, ob))
      return o;                           /* "the French ambassador, X" */
    uint32_t s0 = d->sents[m->sent].tok;
    for (uint32_t q = m->tok; q > s0 && q + 3 > m->tok; q--)
      if (kg_ev_cand_has(d, q - 1, ob))
        return o;                         /* "the envoy X", "Ambassador X" */
  }
  return -1;
}

/* A to-infinitive complement of verb i (kgd:infinitiveRequired): on a parsed
 * sentence a clause on the verb (xcomp, or advcl as the parser sometimes
 * reads it) marked "to", or one the parser hung on the verb's object as
 * its acl ("allowed the opposition leader to hold a rally", "ordered the
 * troops to withdraw"), or on a noun of the object's ("ordered twelve
 * employees of the embassy to leave"); else "to" and a verb within 8 tokens
 * after it. */
static int object_of(const kg_doc *d, int32_t o, uint32_t i)
{
  const char *r = o >= 0 ? d->tokens[o].deprel : NULL;
  if (r && !strcmp(r, "nmod") && kg_tok_head(d, (uint32_t)o) > o)
    return 0;
  if (r && !strcmp(r, "nmod"))            /* ("ordered twelve employees of the embassy to leave": on its nmod) */
    return object_of(d, kg_tok_head(d, (uint32_t)o), i);
  return r && kg_tok_head(d, (uint32_t)o) == (int32_t)i && !strcmp(r, "obj");
}

static int to_infinitive(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  for (uint32_t k = i + 1; k + 1 < s->tok + s->ntok && k <= i + 8; k++) {
    if (!kg_tok_is(d, k, "to"))
      continue;
    int32_t h = kg_tok_head(d, k);
    const char *r = h >= 0 ? d->tokens[h].deprel : NULL;
    if (!tree ? d->tokens[k + 1].upos == KG_UPOS_VERB
              : d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "mark") && r && h >= 0 &&
                ((kg_tok_head(d, (uint32_t)h) == (int32_t)i && (!strcmp(r, "xcomp") || !strncmp(r, "advcl", 5))) ||
                 (!strcmp(r, "acl") && object_of(d, kg_tok_head(d, (uint32_t)h), i))))
      return 1;
  }
  return 0;
}

/* A clause complement of verb i (kgd:clauseRequired): on a parsed sentence
 * a ccomp on the verb with a subject of its own or marked "that" ("denied
 * that its troops had looted", "agreed there was a need"), not after a colon
 * or a quotation mark; else "that" within 6 tokens after it.  Not a
 * to-infinitive ("agreed to meet"). */
static int that_clause(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  for (uint32_t k = i + 1; k < s->tok + s->ntok && (tree || k <= i + 6); k++) {
    if (!tree) {
      if (kg_tok_is(d, k, "that"))
        return 1;
      continue;
    }
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)i || !r || strcmp(r, "ccomp"))
      continue;
    int32_t m = kg_ev_child_with(d, k, "mark", 0);
    int quoted = 0;                       /* (a quotation is no that-clause: "admitted: \"I came ...") */
    for (uint32_t q = i + 1; q < k && !quoted; q++)
      quoted = kg_tok_is(d, q, ":") || kg_tok_is(d, q, "\"") || kg_tok_is(d, q, "\u201c");
    if (!quoted && (m >= 0 ? kg_tok_is(d, (uint32_t)m, "that") : kg_ev_child_with(d, k, "nsubj", 1) >= 0))
      return 1;
  }
  return 0;
}

/* Whether preposition q opens a time ("called Noboa on Sunday night",
 * "on Tuesday", "on May 5"): no "on" a pattern asks for ("call on"); a
 * deadline's "until Wednesday" stays the pattern's. */
static int time_phrase(const kg_doc *d, const kg_sentence *s, uint32_t q)
{
  char b[16];
  uint32_t k = q + 1;
  if (k >= s->tok + s->ntok)
    return 0;
  kg_tok_lower(&d->tokens[k], b, sizeof b);
  if (!kg_act_in_list(b, kg_act_calendar))
    return 0;
  if (k + 1 < s->tok + s->ntok) {   /* "on Monday's talks": a thing of the day, no time */
    kg_tok_lower(&d->tokens[k + 1], b, sizeof b);
    if (!strcmp(b, "'s") || !strcmp(b, "’s"))
      return 0;
  }
  return 1;
}

/* A required preposition (kgd:prepRequired) of trigger i: within 8 tokens
 * after it, and on a parsed sentence the verb's own: heading a phrase on the
 * verb ("spoke by telephone with Y", "called for an end"), or an nmod of
 * one, not deeper down (on_obj: but on the verb's object), nor after the
 * verb's predicate complement. */
static int own_prep(const kg_doc *d, const kg_sentence *s, uint32_t i, const char *prep, int on_obj)
{
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  uint32_t end = i + 8;
  /* a phrase after the verb's predicate complement (a nominal xcomp, or
   * the second of two objects) is the predicate's ("called it a
   * breakthrough on Monday", "was called Secretary of State for ..."), not
   * the verb's */
  for (uint32_t k = i + 1, nobj = 0; tree && k < s->tok + s->ntok && k <= end; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)i || !r)
      continue;
    if ((!strcmp(r, "xcomp") && d->tokens[k].upos != KG_UPOS_VERB) || (!strcmp(r, "obj") && nobj++))
      end = k;
  }
  for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= end; q++) {
    if (!kg_tok_is(d, q, prep) || (!strcmp(prep, "on") && time_phrase(d, s, q)))
      continue;
    int32_t h = kg_tok_head(d, q), hh = h >= 0 ? kg_tok_head(d, (uint32_t)h) : -1;
    if (!tree || q == i + 1 || h == (int32_t)i || hh == (int32_t)i)
      return 1;
    /* attached one level too low, under another phrase of the verb ("talked
     * through Sudan with Jordan", "with" under "Sudan"), as evargs.c reads it */
    if (hh >= 0 && kg_tok_head(d, (uint32_t)hh) == (int32_t)i && d->tokens[h].deprel &&
        !strcmp(d->tokens[h].deprel, "nmod") && d->tokens[hh].deprel && !strncmp(d->tokens[hh].deprel, "obl", 3))
      return 1;
    /* or, for a pattern with an object, hung on the verb's object ("raised
     * the matter with Modi": "with" under "Modi", an nmod of "matter") */
    if (on_obj && hh >= 0 && kg_tok_head(d, (uint32_t)hh) == (int32_t)i && d->tokens[h].deprel &&
        !strcmp(d->tokens[h].deprel, "nmod") && d->tokens[hh].deprel && !strcmp(d->tokens[hh].deprel, "obj"))
      return 1;
  }
  return 0;
}

/* Is token k the predicate complement of verb i ("called the expulsion
 * unacceptable")?  The tree's xcomp of i; or an adjective the parser hung
 * on the verb's object as a modifier after it ("called the expulsions
 * unacceptable": English puts no plain adjective after its noun), the last
 * word of the object's phrase, quotes aside. */
static int obj_complement(const kg_doc *d, uint32_t i, int32_t k)
{
  const char *r = d->tokens[k].deprel;
  if (!r)
    return 0;
  if (!strcmp(r, "xcomp"))
    return kg_tok_head(d, (uint32_t)k) == (int32_t)i;
  int32_t h = kg_tok_head(d, (uint32_t)k);
  if (strcmp(r, "amod") || d->tokens[k].upos != KG_UPOS_ADJ || h < 0 || h >= k ||
      kg_tok_head(d, (uint32_t)h) != (int32_t)i || !d->tokens[h].deprel || strcmp(d->tokens[h].deprel, "obj"))
    return 0;
  for (int32_t q = h + 1; q < k; q++)       /* nothing between but quotes */
    if (d->tokens[q].upos != KG_UPOS_PUNCT || kg_tok_is(d, (uint32_t)q, ","))
      return 0;
  const kg_sentence *s = &d->sents[d->tokens[k].sent];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)   /* no words of its own */
    if (kg_tok_head(d, q) == k && d->tokens[q].upos != KG_UPOS_PUNCT)
      return 0;
  return 1;
}

/* kg_dict_triggers(lemma, pos), from the lemma's first pattern when it is
 * known (known: first is what pos -1 gave, NULL for none) */
static size_t cand_triggers(const kg_dict *dict, const char *lemma, const kg_trigger *first, int known, int pos,
                            const kg_trigger **out)
{
  if (!known)
    return kg_dict_triggers(dict, lemma, pos, out);
  *out = NULL;
  return first ? kg_dict_triggers_from(dict, first, pos, out) : 0;
}

static const kg_trigger *match_trigger(const ev_ctx *c, uint32_t i, int *pos_out, int32_t *obj_out);

/* Finds the best pattern at token i; fills *pos_out and *obj_out (the
 * token that satisfied the pattern's object, or -1).  The answer depends on
 * the document's tokens, tree and mentions alone, none of which the events
 * run changes: memoised per token (speed: evgroups.c and evsubtree.c ask
 * again about triggers the sentence's first pass matched). */
const kg_trigger *kg_ev_match_trigger(const ev_ctx *c, uint32_t i, int *pos_out,
                                     int32_t *obj_out)
{
  if (!c->mt || i >= c->doc->ntokens)
    return match_trigger(c, i, pos_out, obj_out);
  ev_mt *m = &c->mt[i];
  if (!m->done) {
    m->pos = 0;
    m->p = match_trigger(c, i, &m->pos, &m->obj);
    m->done = 1;
  }
  if (m->p)                             /* (the part of speech is told with a match only) */
    *pos_out = m->pos;
  *obj_out = m->obj;
  return m->p;
}

static const kg_trigger *match_trigger(const ev_ctx *c, uint32_t i, int *pos_out, int32_t *obj_out)
{
  const kg_doc *d = c->doc;
  const kg_token *t = &d->tokens[i];
  const kg_sentence *s = &d->sents[t->sent];
  int order[2] = { 0, 0 };
  *obj_out = -1;
  /* only these parts of speech go on (the tests below); then a word none of
   * whose lemma candidates has a pattern matches nothing: no guesses of its
   * part of speech, no window (speed) */
  if (t->upos != KG_UPOS_VERB && t->upos != KG_UPOS_NOUN && t->upos != KG_UPOS_ADJ &&
      t->upos != KG_UPOS_ADV && t->upos != KG_UPOS_NONE)
    return NULL;
  char cbuf[MAXC][CLEN];
  size_t nc;
  const char (*cand)[CLEN] = cands_of(d, i, cbuf, &nc);
  size_t any = 0, nfirst = 0;
  const kg_trigger *first[MAXC];          /* candidate k < nfirst: its first pattern, or NULL */
  for (size_t k = 0; k < nc && !any; k++) {
    any = kg_dict_triggers(c->dict, cand[k], -1, &first[k]);
    nfirst = k + 1;
  }
  if (!any)
    return NULL;
  size_t fl = strlen(t->form);
  int participle = fl > 3 && (!strcmp(t->form + fl - 2, "ed") || !strcmp(t->form + fl - 2, "en"));
  if (t->upos == KG_UPOS_NOUN && noun_with_subject(d, i)) {
    order[0] = KG_UPOS_VERB;              /* "The Palestinians reject ...": a verb
                                             mistagged as a noun has a subject */
    order[1] = KG_UPOS_NOUN;
  } else if (t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_NOUN) {
    /* the tagger decides, unless the word's shape says otherwise; a verb
     * with a subject of its own stays a verb ("she talks of ...": talking
     * without "with" is no meeting, and no "talks" either) */
    order[0] = t->upos;
    int g = guess_noun(c, i);
    if (g >= 0 && (g == 1) != (t->upos == KG_UPOS_NOUN) &&
        !(g == 1 && verb_with_subject(d, s, i)) && !(g == 0 && counted_noun(d, s, i)))
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
  int gerund = 0;
  /* the lemma candidates of the object window, gathered once (speed):
   * up to 3 tokens before and 8 after, not past . ; , after it */
  win_cand wc[WIN_MAX];
  size_t nwc = 0;
  int wc_done = 0;
  uint64_t wbits[16] = { 0 };             /* the window's words by their first two bytes (WBIT) */
  int32_t pas_subj = -2;                  /* passive_object's memo: -2 not yet looked for */
  for (int o = 0; o < 2 && order[o]; o++) {
    const kg_trigger *best = NULL;
    int best_score = 0;
    int32_t best_obj = -1;
    /* a codebook's patterns for the surface form itself ("left", "met":
     * kgd:form) come before the lemma's */
    size_t ord[MAXC], no = 0;
    /* each candidate's patterns for this part of speech, looked up once */
    const kg_trigger *trk[MAXC];
    size_t trn[MAXC];
    uint8_t trd[MAXC] = { 0 };
    for (size_t k = 1; k < nc; k++) {
      trn[k] = cand_triggers(c->dict, cand[k], k < nfirst ? first[k] : NULL, k < nfirst, order[o], &trk[k]);
      trd[k] = 1;
      if (trn[k] && trk[k][0].form && kg_tok_is(d, i, cand[k])) { ord[no++] = k; break; }
    }
    for (size_t k = 0; k < nc; k++)
      if (!no || ord[0] != k) ord[no++] = k;
    for (size_t ko = 0; ko < no; ko++) {
      size_t k = ord[ko];
      if (!trd[k])
        trn[k] = cand_triggers(c->dict, cand[k], k < nfirst ? first[k] : NULL, k < nfirst, order[o], &trk[k]);
      const kg_trigger *tr = trk[k];
      size_t n = trn[k];
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
            for (size_t q = 0; q < nwc; q++)
              wbits[WBIT(wc[q].c) >> 6] |= 1ull << (WBIT(wc[q].c) & 63);
          }
          const char *ob = tr[j].object;
          int sp = tr[j].phrase;          /* (a ' ' or '+' in it) */
          if (!sp && tr[j].literal) {     /* the word as written */
            for (size_t q = 0; q < nwc && obj < 0; q++)
              if (wc[q].tok > i && wc[q].l0 == ob[0] && obj_word_at(d, wc[q].tok, ob, 1))
                obj = (int32_t)wc[q].tok;
          } else if (!sp) {
            unsigned wb = WBIT(ob);
            for (size_t q = 0; q < nwc && obj < 0 && ((wbits[wb >> 6] >> (wb & 63)) & 1); q++)
              if (wc[q].c[0] == ob[0] && !strcmp(wc[q].c, ob))
                obj = (int32_t)wc[q].tok;
            if (obj < 0 && order[o] == KG_UPOS_VERB && envoy_word(ob) && kg_sent_has_tree(d, d->tokens[i].sent))
              obj = named_as_object(c, i, ob);   /* ("recalled Romatet", the ambassador named before) */
          } else {
            obj = phrase_object(c, s, i, ob, wc, nwc, tr[j].literal);
          }
          int pas = 0;                    /* "a general strike was called by ..." */
          if (obj < 0 && order[o] == KG_UPOS_VERB && t->upos == KG_UPOS_VERB)
            pas = (obj = passive_object(d, s, i, ob, tr[j].literal, &pas_subj)) >= 0;
          /* (a visiting or touring participle on the object is no visit:
           * "welcomed the visiting Thai prime minister") */
          if (obj < 0 || (pas ? 0 : (order[o] == KG_UPOS_VERB && !tr[j].prep &&
                          ((!tr[j].particle && deep_in_prep(d, s, i, obj, tr, n)) || adjunct_object(d, i, obj))) ||
              (order[o] == KG_UPOS_VERB && subject_object(d, i, obj)) ||
              ((!strcmp(ob, "visit") || !strcmp(ob, "tour")) && c->doc->tokens[obj].upos == KG_UPOS_VERB &&
               c->doc->tokens[obj].deprel && !strcmp(c->doc->tokens[obj].deprel, "amod"))))
            continue;
          score += sp ? 5 : 4;          /* "diplomatic ties" over "ties" */
          /* a modifier is a weaker object than a head noun: "signed a
           * military agreement" is a signing (057, agreement) before a
           * military act (062, military) */
          /* ... but the predicate of "called X Y" says what the act is:
           * "called the expulsion unacceptable" is a criticism (111), not a
           * call for an expulsion (131) */
          int pred = obj_complement(c->doc, i, obj);
          if (!sp && c->doc->tokens[obj].upos == KG_UPOS_ADJ && !pred)
            score--;
          score += pred;
        }
        const char *need = tr[j].srcprep && strcmp(tr[j].srcprep, "-") ? tr[j].srcprep : tr[j].skipprep;
        if (need) {                       /* the source's or the skipped phrase's preposition */
          int found = 0;
          for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 8 && !found; q++)
            found = kg_tok_is(d, q, need);
          if (!found)
            continue;
          score += 2;
        }
        if (tr[j].inf_required) {         /* kgd:infinitiveRequired: "ordered X to appear" */
          if (!to_infinitive(d, s, i))
            continue;
          score += 2;
        }
        if (tr[j].clause_required) {      /* kgd:clauseRequired: "denied that ..." */
          if (!that_clause(d, s, i))
            continue;
          score += 2;
        }
        if (tr[j].prep_required) {        /* kgd:prepRequired: the verb's own, or no match */
          if (!own_prep(d, s, i, tr[j].prep, tr[j].object != NULL))
            continue;
          score += 2;
        } else if (tr[j].prep) {          /* the preposition is there: +2; absent: -1 */
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

