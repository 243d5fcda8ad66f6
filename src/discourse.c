/* discourse.c — token helpers, grammatical roles of mentions and discourse
 * salience, shared by actors.c, events.c, relations.c and dates.c (declared
 * in actors.h).
 *
 * Owns: lower-casing and testing tokens; headings; the dependency-tree
 * accessors; finding the mention at a token; a mention's role (subject,
 * possessor, prepositional object) from the tree or, without one, from the
 * words around it; the salience ranking used for pronouns, descriptions
 * and the events' discourse fallback.
 * Does not own: making mentions or actors (actors.c), events (events.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"

/* ------------------------------------------------------------ token helpers */

/* Per-document cache of lower-cased forms (speed: the actor and event
 * stages test the same tokens many times).  kg_tok_cache_begin() makes it
 * live for one document on this thread; kg_tok_cache_end() frees it.  Only
 * forms shorter than TOK_CLEN bytes are cached; longer ones are lowered on
 * each call as before. */
#define TOK_CLEN 48
typedef struct tok_cache {
  const kg_doc *doc;
  size_t ntok;
  char (*low)[TOK_CLEN];
  uint8_t *len;          /* 0xFF: not computed yet; 0xFE: too long */
} tok_cache;
static _Thread_local tok_cache *g_tc;

static size_t lower_raw(const kg_token *t, char *buf, size_t cap)
{
  size_t n = 0;
  if (cap == 0)
    return 0;
  if (!t->form) {
    buf[0] = '\0';
    return 0;
  }
  for (const unsigned char *p = (const unsigned char *)t->form; *p && n + 1 < cap; p++) {
    if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) {
      buf[n++] = '\''; p += 2;           /* ‘ ’ */
    } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94)) {
      buf[n++] = '-'; p += 2;            /* – — */
    } else {
      buf[n++] = (char)tolower(*p);
    }
  }
  buf[n] = '\0';
  return n;
}

int kg_tok_cache_begin(const kg_doc *doc)
{
  if (g_tc)
    return 0;                           /* nested: the outer cache serves */
  tok_cache *c = calloc(1, sizeof *c);
  if (!c)
    return 0;
  c->doc = doc;
  c->ntok = doc->ntokens;
  c->low = malloc((c->ntok ? c->ntok : 1) * sizeof *c->low);
  c->len = malloc(c->ntok ? c->ntok : 1);
  if (!c->low || !c->len) {
    free(c->low); free(c->len); free(c);
    return 0;
  }
  memset(c->len, 0xFF, c->ntok);
  g_tc = c;
  return 1;
}

void kg_tok_cache_end(int begun)
{
  if (!begun || !g_tc)
    return;
  free(g_tc->low);
  free(g_tc->len);
  free(g_tc);
  g_tc = NULL;
}

/* the cached lower form of token i of the live document, or NULL */
static const char *cached_low(const kg_doc *doc, size_t i, size_t *n)
{
  tok_cache *c = g_tc;
  if (!c || c->doc != doc || i >= c->ntok || doc->tokens[i].form == NULL)
    return NULL;
  if (c->len[i] == 0xFF) {
    char b[TOK_CLEN + 1];
    size_t L = lower_raw(&doc->tokens[i], b, sizeof b);
    if (L >= TOK_CLEN - 1) {
      c->len[i] = 0xFE;
    } else {
      memcpy(c->low[i], b, L + 1);
      c->len[i] = (uint8_t)L;
    }
  }
  if (c->len[i] == 0xFE)
    return NULL;
  *n = c->len[i];
  return c->low[i];
}

size_t kg_tok_lower(const kg_token *t, char *buf, size_t cap)
{
  tok_cache *c = g_tc;
  if (c && cap > 0 && t >= c->doc->tokens && t < c->doc->tokens + c->ntok) {
    size_t n;
    const char *l = cached_low(c->doc, (size_t)(t - c->doc->tokens), &n);
    if (l) {
      if (n + 1 > cap)
        n = cap - 1;
      memcpy(buf, l, n);
      buf[n] = '\0';
      return n;
    }
  }
  return lower_raw(t, buf, cap);
}

int kg_tok_is(const kg_doc *doc, uint32_t i, const char *w)
{
  char b[64];
  if (i >= doc->ntokens)
    return 0;
  size_t n;
  const char *l = cached_low(doc, i, &n);
  if (l)
    return strcmp(l, w) == 0;
  kg_tok_lower(&doc->tokens[i], b, sizeof b);
  return strcmp(b, w) == 0;
}

int kg_tok_is_cap(const kg_token *t)
{
  if (!t->form)
    return 0;
  const unsigned char c = (unsigned char)t->form[0];
  if (c >= 'A' && c <= 'Z')
    return 1;
  /* Latin-1 supplement capitals À..Þ encoded as C3 80..9E */
  return c == 0xC3 && (unsigned char)t->form[1] >= 0x80 && (unsigned char)t->form[1] <= 0x9E;
}

int kg_tok_is_poss(const kg_token *t)
{
  char b[8];
  kg_tok_lower(t, b, sizeof b);
  return strcmp(b, "'s") == 0 || strcmp(b, "'") == 0;
}

int kg_sent_has_tree(const kg_doc *doc, uint32_t sent)
{
  const kg_sentence *s = &doc->sents[sent];
  return s->ntok > 0 && doc->tokens[s->tok].head >= 0 && doc->tokens[s->tok].deprel;
}

int kg_sent_is_heading(const kg_doc *doc, uint32_t sent)
{
  const kg_sentence *s = &doc->sents[sent];
  if (s->heading)
    return 1;
  if (s->ntok == 0 || s->ntok > 14)
    return 0;
  /* a title-case line the segmenter kept ("The Missile Launch: Calculated
   * Provocation?"): most content words capitalised */
  static const char *const fn[] = { "a", "an", "the", "of", "in", "on", "at", "to", "for",
    "and", "or", "as", "by", "with", "from", "vs", "vs.", NULL };
  size_t words = 0, caps = 0;
  char b[32];
  for (uint32_t i = s->tok; i < s->tok + s->ntok; i++) {
    const kg_token *t = &doc->tokens[i];
    if (!isalpha((unsigned char)t->form[0]))
      continue;
    kg_tok_lower(t, b, sizeof b);
    int f = 0;
    for (int k = 0; fn[k]; k++)
      f |= !strcmp(b, fn[k]);
    if (f && i > s->tok)
      continue;
    words++;
    caps += kg_tok_is_cap(t) != 0;
  }
  return words >= 2 && caps == words;
}

int32_t kg_tok_head(const kg_doc *doc, uint32_t i)
{
  const kg_token *t = &doc->tokens[i];
  if (t->head <= 0)
    return -1;
  const kg_sentence *s = &doc->sents[t->sent];
  if ((uint32_t)t->head > s->ntok)
    return -1;
  return (int32_t)(s->tok + (uint32_t)t->head - 1);
}

int32_t kg_mention_at(const kg_doc *doc, uint32_t tok)
{
  size_t lo = 0, hi = doc->nmentions;
  while (lo < hi) {                  /* first mention with tok+ntok > tok */
    size_t mid = (lo + hi) / 2;
    const kg_mention *m = &doc->mentions[mid];
    if (m->tok + m->ntok <= tok)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < doc->nmentions && doc->mentions[lo].tok <= tok &&
      tok < doc->mentions[lo].tok + doc->mentions[lo].ntok)
    return (int32_t)lo;
  return -1;
}

int kg_word_is_prep(const char *w)
{
  static const char *const preps[] = {
    "in", "on", "at", "to", "from", "with", "by", "for", "of", "against",
    "during", "into", "about", "over", "under", "between", "among", "toward",
    "towards", "through", "across", "after", "before", "without", "within",
    "like", "than", "via", "including", "despite", "amid", "near", "upon",
    "onto", "behind", "beyond", "inside", "outside", "around", "since", NULL };
  for (int k = 0; preps[k]; k++)
    if (strcmp(w, preps[k]) == 0)
      return 1;
  return 0;
}

/* Head token of a mention: the token of the span whose head lies outside. */
static uint32_t mention_head(const kg_doc *doc, const kg_mention *m)
{
  for (uint32_t i = m->tok; i < m->tok + m->ntok; i++) {
    int32_t h = kg_tok_head(doc, i);
    if (h < (int32_t)m->tok || h >= (int32_t)(m->tok + m->ntok))
      return i;
  }
  return m->tok + m->ntok - 1;
}

/* 'g' possessor, 'p' inside a prepositional phrase, 0 otherwise (no tree). */
static int role_local(const kg_doc *doc, const kg_mention *m)
{
  const kg_sentence *s = &doc->sents[m->sent];
  uint32_t end = m->tok + m->ntok;
  if (doc->tokens[m->tok].flags & KG_TOK_DATELINE)
    return 'p';                       /* "HANOI, Vietnam, June 7 —": a location */
  if (end < s->tok + s->ntok && kg_tok_is_poss(&doc->tokens[end]))
    return 'g';
  if (m->kind == KG_MEN_PRONOUN) {
    char w[16];
    kg_tok_lower(&doc->tokens[m->tok], w, sizeof w);
    if (!strcmp(w, "his") || !strcmp(w, "its") || !strcmp(w, "her"))
      return 'g';
  }
  /* look back over determiners, titles and coordinated names for a
   * preposition: "from the United States", "between X and former U.S.
   * President Y" */
  char b[32];
  uint32_t i = m->tok;
  for (int steps = 0; i > s->tok && steps < 10; steps++) {
    i--;
    kg_tok_lower(&doc->tokens[i], b, sizeof b);
    if (kg_word_is_prep(b))
      return 'p';
    if (!strcmp(b, "the") || !strcmp(b, "a") || !strcmp(b, "an") || !strcmp(b, "former") ||
        !strcmp(b, "both") || !strcmp(b, "-") || kg_tok_is_poss(&doc->tokens[i]) ||
        kg_tok_is_cap(&doc->tokens[i]))
      continue;
    if ((!strcmp(b, "and") || !strcmp(b, "or") || !strcmp(b, ",")) && i > s->tok &&
        kg_mention_at(doc, i - 1) >= 0)
      continue;                       /* coordination: the first conjunct decides */
    break;
  }
  return 0;
}

int kg_mention_role(const kg_doc *doc, size_t k)
{
  const kg_mention *m = &doc->mentions[k];
  char b[32];
  if (kg_sent_has_tree(doc, m->sent)) {
    uint32_t ht = mention_head(doc, m);
    const kg_token *h = &doc->tokens[ht];
    const char *r = h->deprel ? h->deprel : "";
    /* a modifier ("Russian" in "with Russian President Putin") takes the
     * role of the noun it modifies, two levels up at most */
    for (int up = 0; up < 2 && (!strcmp(r, "amod") || !strcmp(r, "compound") ||
                                !strncmp(r, "flat", 4) || !strcmp(r, "nmod:desc")); up++) {
      int32_t g = kg_tok_head(doc, ht);
      if (g < 0)
        break;
      ht = (uint32_t)g;
      h = &doc->tokens[ht];
      r = h->deprel ? h->deprel : "";
    }
    if (!strncmp(r, "nsubj", 5))
      return 's';
    if (!strcmp(r, "nmod:poss"))
      return 'g';
    if (!strncmp(r, "obl", 3) || !strcmp(r, "nmod"))
      return 'p';
    return 'o';
  }
  int r = role_local(doc, m);
  if (r)
    return r;
  /* a demonym before a title or name is a modifier: "North Korean Foreign
   * Minister Choe Son Hui", "Russian President Vladimir Putin" */
  if (m->kind == KG_MEN_DEMONYM && m->tok + m->ntok < doc->ntokens &&
      doc->tokens[m->tok + m->ntok].sent == m->sent &&
      kg_tok_is_cap(&doc->tokens[m->tok + m->ntok]))
    return 'o';
  /* a subject is followed by its verb (or an aside): "North Korea has",
   * "Kim met", "Russia, which ..."; "reaching the United States." is not */
  {
    const kg_sentence *s = &doc->sents[m->sent];
    uint32_t nx = m->tok + m->ntok;
    if (nx >= s->tok + s->ntok)
      return 'o';
    const kg_token *t = &doc->tokens[nx];
    kg_tok_lower(t, b, sizeof b);
    int verbish = isalpha((unsigned char)b[0]) && !kg_tok_is_cap(t) && !kg_word_is_prep(b) &&
                  strcmp(b, "and") && strcmp(b, "or") && strcmp(b, "the") && strcmp(b, "a") &&
                  strcmp(b, "an");
    if (t->upos != KG_UPOS_NONE)
      verbish = t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_AUX || t->upos == KG_UPOS_ADV;
    if (!verbish && strcmp(b, ",") && strcmp(b, "and"))
      return 'o';
  }
  /* the first mention of the sentence (or after a clause break) that is not
   * in a prepositional phrase is taken as the subject */
  for (size_t j = k; j-- > 0;) {
    const kg_mention *p = &doc->mentions[j];
    if (p->sent != m->sent)
      break;
    if (p->tok + p->ntok <= m->tok) {
      if (role_local(doc, p) || p->kind == KG_MEN_DEMONYM)
        continue;                 /* possessors, PP objects, modifiers: no subject */
      int brk = 0;
      for (uint32_t t = p->tok + p->ntok; t < m->tok; t++) {
        kg_tok_lower(&doc->tokens[t], b, sizeof b);
        if (!strcmp(b, ";") || !strcmp(b, ",") || !strcmp(b, "that") || !strcmp(b, "where") ||
            !strcmp(b, "which") || !strcmp(b, "who") || !strcmp(b, "while") ||
            !strcmp(b, "when") || !strcmp(b, "because") || !strcmp(b, "but"))
          brk = 1;
      }
      if (!brk)
        return 'o';
      break;
    }
  }
  return 's';
}

int32_t kg_actors_salient(const kg_doc *doc, uint32_t sent, uint32_t before,
                          unsigned mask)
{
  int32_t best = -1;
  double best_score = 0.0;
  double *score = calloc(doc->nactors + 1, sizeof *score);
  if (!score)
    return -1;
  /* walk back over the mentions: this sentence and the three previous
   * sentences that mention anyone (at most eight sentences back) */
  int rank = 0;
  int32_t cur = -1;
  for (size_t k = doc->nmentions; k-- > 0;) {
    const kg_mention *m = &doc->mentions[k];
    if (m->sent > sent || (m->sent == sent && m->tok >= before))
      continue;
    if (sent - m->sent > 8)
      break;
    if ((int32_t)m->sent != cur) {
      if (cur >= 0 || m->sent != sent)
        rank += (cur >= 0) ? 1 : (m->sent != sent);
      cur = (int32_t)m->sent;
      if (rank > 3)
        break;
    }
    if (m->actor < 0 || m->as_place)
      continue;
    const kg_actor *a = &doc->actors[m->actor];
    if (!(mask & KG_TYPEBIT(a->type)))
      continue;
    double w = 1.0 / ((1.0 + (double)rank) * (1.0 + (double)rank));
    switch (kg_mention_role(doc, k)) {
    case 's': w *= 3.0; break;
    case 'p': w *= 0.25; break;
    case 'g': w *= 1.5; break;
    default: break;
    }
    if (m->sent == sent)
      w += 0.01 * (double)m->tok / (double)(before + 1); /* recency tie-break */
    score[m->actor] += w;
  }
  for (size_t a = 0; a < doc->nactors; a++)
    if (score[a] > best_score) {
      best_score = score[a];
      best = (int32_t)a;
    }
  free(score);
  return best;
}

