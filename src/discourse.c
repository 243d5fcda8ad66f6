/* discourse.c — token helpers, grammatical roles of mentions and discourse
 * salience, shared by actors.c, events.c, relations.c and dates.c (declared
 * in actors.h).
 *
 * Owns: lower-casing and testing tokens; headings; the dependency-tree
 * accessors; finding the mention at a token; a mention's role (subject,
 * possessor, prepositional object) from the tree or, without one, from the
 * words around it; the salience ranking used for pronouns, descriptions
 * and the events' discourse fallback; lemma candidates of a token (the
 * tagger's lemma and suffix stripping, declared in evargs.h).
 * Speed: kg_tok_cache_begin/end keep every token's lower-cased form for
 * one document on this thread, kg_ev_cache_begin/end its lemma
 * candidates (the actor and event stages ask for the same tokens again
 * and again); outside those windows the helpers compute as before.
 * Does not own: making mentions or actors (actors.c), events (events.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "lemma.h"
#include "utf8.h"

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
  uint32_t *kfirst;      /* kg_tok_child's index (kids_build): token h's children */
  uint32_t *kids;        /* are kids[kfirst[h] .. kfirst[h + 1]), in token order */
  int kstate;            /* 0: not built, 1: built, -1: out of memory */
} tok_cache;
static _Thread_local tok_cache *g_tc __attribute__((tls_model("initial-exec")));  /* no __tls_get_addr call */

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
  free(g_tc->kfirst);
  free(g_tc->kids);
  free(g_tc);
  g_tc = NULL;
}

/* cached_low's first computation of token i's lower form (not inlined:
 * the hits stay small) */
static __attribute__((noinline)) const char *cached_low_fill(tok_cache *c, const kg_doc *doc, size_t i,
                                                             size_t *n)
{
  /* lowered in place: a form of TOK_CLEN - 1 bytes or more is not cached
   * (then the entry's bytes are never read) */
  size_t L = lower_raw(&doc->tokens[i], c->low[i], TOK_CLEN);
  if (L >= TOK_CLEN - 1) {
    c->len[i] = 0xFE;
    return NULL;
  }
  c->len[i] = (uint8_t)L;
  *n = L;
  return c->low[i];
}

/* the cached lower form of token i of the live document, or NULL */
static inline const char *cached_low(const kg_doc *doc, size_t i, size_t *n)
{
  tok_cache *c = g_tc;
  if (!c || c->doc != doc || i >= c->ntok || doc->tokens[i].form == NULL)
    return NULL;
  unsigned L = c->len[i];
  if (L < 0xFE) {
    *n = L;
    return c->low[i];
  }
  if (L == 0xFE)
    return NULL;
  return cached_low_fill(c, doc, i, n);
}

size_t kg_tok_lower(const kg_token *t, char *buf, size_t cap)
{
  tok_cache *c = g_tc;
  if (c && cap > 0 && t >= c->doc->tokens && t < c->doc->tokens + c->ntok) {
    size_t n;
    const char *l = cached_low(c->doc, (size_t)(t - c->doc->tokens), &n);
    if (l) {
      if (n + 1 > cap) {
        n = cap - 1;
        memcpy(buf, l, n);
        buf[n] = '\0';
      } else {
        /* with its terminator; short words by two overlapping fixed-size
         * copies (no memcpy call: 75k calls on 20 articles) */
        size_t len = n + 1;
        if (len >= 8 && len <= 16) {
          memcpy(buf, l, 8);
          memcpy(buf + len - 8, l + len - 8, 8);
        } else if (len >= 4 && len < 8) {
          memcpy(buf, l, 4);
          memcpy(buf + len - 4, l + len - 4, 4);
        } else {
          memcpy(buf, l, len);
        }
      }
      return n;
    }
  }
  return lower_raw(t, buf, cap);
}

const char *kg_tok_low(const kg_doc *doc, uint32_t i, char *buf, size_t cap)
{
  size_t n;
  const char *l = cached_low(doc, i, &n);
  if (l && n < cap)
    return l;
  kg_tok_lower(&doc->tokens[i], buf, cap);
  return buf;
}

int kg_tok_is_full(const kg_doc *doc, uint32_t i, const char *w)
{
  char b[64];
  if (i >= doc->ntokens)
    return 0;
  size_t n;
  const char *l = cached_low(doc, i, &n);
  if (l)
    return l[0] == w[0] && strcmp(l, w) == 0;
  kg_tok_lower(&doc->tokens[i], b, sizeof b);
  return strcmp(b, w) == 0;
}

/* Whether token i can be a quotation mark at all: its form opens with '"',
 * '`', '\'' or the first byte of a typographic quote (a quick test before
 * the look-ups below; a token with no form is looked up). */
static int quote_byte(const kg_doc *doc, uint32_t i)
{
  const char *f = i < doc->ntokens ? doc->tokens[i].form : NULL;
  unsigned char c = f ? (unsigned char)f[0] : '"';
  return c == '"' || c == '`' || c == '\'' || c == 0xE2;
}

int kg_tok_opens_quote(const kg_doc *doc, uint32_t i)
{
  return quote_byte(doc, i) &&
         (kg_tok_is(doc, i, "\"") || kg_tok_is(doc, i, "``") || kg_tok_is(doc, i, "\xE2\x80\x9C"));
}

int kg_tok_closes_quote(const kg_doc *doc, uint32_t i)
{
  return quote_byte(doc, i) &&
         (kg_tok_is(doc, i, "\"") || kg_tok_is(doc, i, "''") || kg_tok_is(doc, i, "\xE2\x80\x9D"));
}

int kg_tok_is_cap(const kg_token *t)
{
  if (!t->form)
    return 0;
  const unsigned char c = (unsigned char)t->form[0];
  if (c >= 'A' && c <= 'Z')
    return 1;
  if (c < 0x80)
    return 0;
  uint32_t cp = 0;
  kg_utf8_decode(t->form, strlen(t->form), &cp);
  return kg_cp_is_upper(cp);
}

/* A capital letter outside ASCII: Latin-1 (À..Þ), Latin Extended-A ("Š",
 * "Ł", "Ő": the capital is the even code point of a pair, the odd one in
 * 0139..0148 and 0179..017E), the Romanian "Ș", "Ț", Greek and Cyrillic. */
int kg_cp_is_upper(uint32_t cp)
{
  if (cp >= 0xC0 && cp <= 0xDE)
    return cp != 0xD7;                    /* (× is no letter) */
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
    return cp % 2 == 0;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return cp % 2 == 1;
  if (cp == 0x178 || cp == 0x218 || cp == 0x21A)
    return 1;
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

int kg_tok_is_poss(const kg_token *t)
{
  /* the lower form starts with "'" only when the form starts with "'" or a
   * typographic one (0xE2): most tokens stop here (speed) */
  if (t->form && t->form[0] != '\'' && (unsigned char)t->form[0] != 0xE2)
    return 0;
  char b[8];
  kg_tok_lower(t, b, sizeof b);
  return strcmp(b, "'s") == 0 || strcmp(b, "'") == 0;
}

int kg_sent_has_tree(const kg_doc *doc, uint32_t sent)
{
  const kg_sentence *s = &doc->sents[sent];
  return s->ntok > 0 && doc->tokens[s->tok].head >= 0 && doc->tokens[s->tok].deprel;
}

int kg_text_para_break(const kg_doc *doc, uint32_t a, uint32_t b)
{
  int open = 0;                           /* a newline seen, and only blanks after it */
  for (uint32_t k = a; k < b && k < doc->len; k++) {
    char ch = doc->text[k];
    if (ch == '\n') {
      if (open)
        return 1;
      open = 1;
    } else if (ch != ' ' && ch != '\t' && ch != '\r') {
      open = 0;
    }
  }
  return 0;
}

int kg_sent_is_heading(const kg_doc *doc, uint32_t sent)
{
  const kg_sentence *s = &doc->sents[sent];
  if (s->ntok > 0 && (doc->tokens[s->tok].flags & KG_TOK_DATELINE))
    return 0;                             /* "HANOI, Vietnam, June 7, 2023 —" names a place */
  if (s->heading)
    return 1;
  if (s->ntok == 0 || s->ntok > 14)
    return 0;
  /* a byline anywhere ("By Karin Lund, staff writer", hashtags after it):
   * "By" and a capitalised name, with no sentence-final punctuation */
  if (s->ntok >= 3 && !strcmp(doc->tokens[s->tok].form, "By") &&
      kg_tok_is_cap(&doc->tokens[s->tok + 1]) && isalpha((unsigned char)doc->tokens[s->tok + 1].form[0])) {
    uint32_t last = s->tok + s->ntok - 1;
    while (last > s->tok && (doc->tokens[last].flags & KG_TOK_HASHTAG))
      last--;
    const char *f = doc->tokens[last].form;
    if (strcmp(f, ".") && strcmp(f, "!") && strcmp(f, "?"))
      return 1;
  }
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
      f |= fn[k][0] == b[0] && !strcmp(b, fn[k]);
    if (f && i > s->tok)
      continue;
    words++;
    caps += kg_tok_is_cap(t) != 0;
  }
  return words >= 2 && caps == words;
}

int kg_tok_under(const kg_doc *doc, uint32_t x, int32_t top)
{
  int32_t n = (int32_t)x;
  for (int hops = 0; n >= 0 && hops < 64; hops++) {   /* (64: no loop on a bad tree) */
    if (n == top)
      return 1;
    n = kg_tok_head(doc, (uint32_t)n);
  }
  return 0;
}

/* The children index of the live document (speed: the rule stages ask for
 * a head's child by relation about 300 times an article, each a scan of
 * the sentence).  kg_tok_child's scan of sentence si finds token j (in
 * si's range) among the children of p when p is in si and j's head is p:
 * the same tests here, for sentences in token order that do not overlap
 * (else no index: the scan as before).  Each token's parent, then counts,
 * offsets and the children in token order.  The trees do not change while
 * the token cache is live (after parsing and the tree repairs). */
static int kids_build(tok_cache *c, const kg_doc *doc)
{
  size_t n = c->ntok;
  uint32_t *first = calloc(n + 2, sizeof *first);
  int32_t *par = malloc((n ? n : 1) * sizeof *par);
  uint32_t *kids = malloc((n ? n : 1) * sizeof *kids);
  int ok = first && par && kids;
  for (size_t j = 0; ok && j < n; j++)
    par[j] = -1;
  uint32_t prev_end = 0;
  for (uint32_t si = 0; ok && si < doc->nsents; si++) {
    const kg_sentence *s = &doc->sents[si];
    if (s->tok < prev_end || s->tok + s->ntok > n || s->tok + s->ntok < s->tok) {
      ok = 0;
      break;
    }
    prev_end = s->tok + s->ntok;
    for (uint32_t j = s->tok; j < prev_end; j++) {
      const kg_token *t = &doc->tokens[j];
      int64_t p;
      if (t->sent == si)
        p = t->head < 1 || (uint32_t)t->head > s->ntok ? -1 : (int64_t)s->tok + t->head - 1;
      else
        p = kg_tok_head(doc, j);
      if (p >= 0 && (uint64_t)p < n && doc->tokens[p].sent == si) {
        par[j] = (int32_t)p;
        first[p + 2]++;
      }
    }
  }
  if (!ok) {
    free(first); free(par); free(kids);
    return c->kstate = -1;
  }
  for (size_t h = 2; h < n + 2; h++)
    first[h] += first[h - 1];         /* first[h + 1]: where h's children go */
  for (size_t j = 0; j < n; j++)
    if (par[j] >= 0)
      kids[first[par[j] + 1]++] = (uint32_t)j;
  free(par);
  c->kfirst = first;                  /* now first[h] .. first[h + 1] */
  c->kids = kids;
  return c->kstate = 1;
}

int32_t kg_tok_child(const kg_doc *doc, uint32_t head, const char *rel, int prefix)
{
  tok_cache *c = g_tc;
  if (c && c->doc == doc && head < c->ntok && c->ntok == doc->ntokens &&
      (c->kstate == 1 || (c->kstate == 0 && kids_build(c, doc) == 1))) {
    size_t n = prefix ? strlen(rel) : 0;
    for (uint32_t k = c->kfirst[head]; k < c->kfirst[head + 1]; k++) {
      const char *r = doc->tokens[c->kids[k]].deprel;
      if (r && (r[0] == rel[0] || (prefix && !n)) && (prefix ? !strncmp(r, rel, n) : !strcmp(r, rel)))
        return (int32_t)c->kids[k];
    }
    return -1;
  }
  uint32_t hs = doc->tokens[head].sent;
  const kg_sentence *s = &doc->sents[hs];
  size_t n = prefix ? strlen(rel) : 0;
  /* kg_tok_head(doc, j) == head read off the token (speed): for a token of
   * head's sentence, its head field is head's place in the sentence */
  int64_t want = (int64_t)head - s->tok + 1;
  int32_t w = want > 0 && want <= (int64_t)s->ntok ? (int32_t)want : -1;
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    const kg_token *t = &doc->tokens[j];
    if (t->sent == hs ? t->head != w || w < 0 : kg_tok_head(doc, j) != (int32_t)head)
      continue;
    const char *r = t->deprel;
    if (r && (prefix ? !strncmp(r, rel, n) : !strcmp(r, rel)))
      return (int32_t)j;
  }
  return -1;
}

int kg_tok_other_conj(const kg_doc *doc, uint32_t x, uint32_t t)
{
  if (x >= doc->ntokens || t >= doc->ntokens || doc->tokens[x].sent != doc->tokens[t].sent ||
      !kg_sent_has_tree(doc, doc->tokens[x].sent))
    return 0;
  const kg_sentence *s = &doc->sents[doc->tokens[x].sent];
  int32_t n = (int32_t)x;
  for (int hops = 0; n >= 0 && hops < 64; hops++) {
    if (doc->tokens[n].upos == KG_UPOS_VERB && doc->tokens[n].deprel && !strcmp(doc->tokens[n].deprel, "conj"))
      for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
        if (kg_tok_head(doc, k) == n && doc->tokens[k].deprel && !strncmp(doc->tokens[k].deprel, "nsubj", 5))
          return !kg_tok_under(doc, t, n);
    n = kg_tok_head(doc, (uint32_t)n);
  }
  return 0;
}

/* kg_mention_at's last answer (the index lo below) on this thread: tried
 * first, as callers ask about nearby tokens (speed); checked against the
 * current array, so it is only a guess */
static _Thread_local size_t g_mhint __attribute__((tls_model("initial-exec")));

int32_t kg_mention_at(const kg_doc *doc, uint32_t tok)
{
  size_t lo = g_mhint, nm = doc->nmentions;
  const kg_mention *ms = doc->mentions;
  if (!(lo <= nm && (lo == 0 || ms[lo - 1].tok + ms[lo - 1].ntok <= tok) &&
        (lo == nm || ms[lo].tok + ms[lo].ntok > tok))) {
    size_t hi = nm;
    lo = 0;
    while (lo < hi) {                  /* first mention with tok+ntok > tok */
      size_t mid = (lo + hi) / 2;
      const kg_mention *m = &doc->mentions[mid];
      if (m->tok + m->ntok <= tok)
        lo = mid + 1;
      else
        hi = mid;
    }
    g_mhint = lo;
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
    if (preps[k][0] == w[0] && strcmp(w, preps[k]) == 0)   /* first letter first (speed) */
      return 1;
  return 0;
}

/* Head token of a mention: the token of the span whose head lies outside. */
static uint32_t mention_head(const kg_doc *doc, const kg_mention *m)
{
  uint32_t k = kg_span_root(doc, m->tok, m->ntok);
  return k != UINT32_MAX ? k : m->tok + m->ntok - 1;
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

/* Has token t a coordinating conjunction ("and", "or") among its children? */
static int has_cc(const kg_doc *doc, uint32_t t)
{
  const kg_sentence *s = &doc->sents[doc->tokens[t].sent];
  for (uint32_t k = s->tok; k < t; k++)
    if (kg_tok_head(doc, k) == (int32_t)t && doc->tokens[k].deprel && !strcmp(doc->tokens[k].deprel, "cc"))
      return 1;
  return 0;
}

/* "In Seoul, President Lee convened ...": a name after a fronted
 * prepositional phrase and a comma, parsed as a conjunct of that phrase's
 * object although no "and" joins them, is the subject of the verb that
 * follows when that verb has none. */
static int fronted_subject(const kg_doc *doc, uint32_t ht)
{
  const kg_token *h = &doc->tokens[ht];
  if (!h->deprel || strcmp(h->deprel, "conj") || kg_tok_child(doc, ht, "cc", 1) >= 0)
    return 0;
  int32_t g = kg_tok_head(doc, ht);
  if (g < 0 || (uint32_t)g >= ht || !doc->tokens[g].deprel || strncmp(doc->tokens[g].deprel, "obl", 3))
    return 0;
  int32_t v = kg_tok_head(doc, (uint32_t)g);
  if (v < 0 || (uint32_t)v <= ht || doc->tokens[v].upos != KG_UPOS_VERB)
    return 0;
  int comma = 0;
  for (uint32_t i = (uint32_t)g + 1; i < ht; i++)
    comma |= kg_tok_is(doc, i, ",");
  return comma && kg_tok_child(doc, (uint32_t)v, "nsubj", 1) < 0;
}

/* "Hungary, a member of the EU, abstained", "The Philippines, which has
 * ..., also criticised": a name that opens the sentence, set off by a
 * comma, is its subject where the parser gave it no role of an argument
 * (the root, a discourse word) and the sentence's root has no subject. */
static int opening_subject(const kg_doc *doc, const kg_mention *m, uint32_t ht, const char *r)
{
  const kg_sentence *s = &doc->sents[m->sent];
  uint32_t end = m->tok + m->ntok;
  if (!(m->tok == s->tok || (m->tok == s->tok + 1 && kg_tok_is(doc, s->tok, "the"))) ||
      end >= s->tok + s->ntok || !kg_tok_is(doc, end, ","))
    return 0;
  if (strcmp(r, "root") && strcmp(r, "discourse") && strcmp(r, "dep") && strcmp(r, "vocative"))
    return 0;
  int32_t root = (int32_t)ht;
  for (int hops = 0; hops < 8 && kg_tok_head(doc, (uint32_t)root) >= 0; hops++)
    root = kg_tok_head(doc, (uint32_t)root);
  return kg_tok_child(doc, (uint32_t)root, "nsubj", 1) < 0;
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
    /* a later conjunct of a name has the role of the first ("between
     * Russia and Ukraine": both in the phrase) */
    for (int up = 0; up < 4 && !strcmp(r, "conj") && !fronted_subject(doc, ht); up++) {
      int32_t g = kg_tok_head(doc, ht);
      if (g < 0 || kg_mention_at(doc, (uint32_t)g) < 0 || !has_cc(doc, ht))
        break;                            /* (a true coordination: "and", "or") */
      ht = (uint32_t)g;
      h = &doc->tokens[ht];
      r = h->deprel ? h->deprel : "";
    }
    if (!strncmp(r, "nsubj", 5) || fronted_subject(doc, ht) || opening_subject(doc, m, ht, r))
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
  return kg_actors_salient_if(doc, sent, before, mask, NULL, NULL);
}

/* Whether the subject mention m is the subject of a clausal complement
 * ("said the North had chosen").  When the speakers lend salience to their
 * states (kg_actors_salient_lend), such a subject of an earlier sentence
 * weighs below the subject of the main clause; pronouns keep x3 ("Blair
 * said: 'Paul has been ...' 'He has made ...'": He is Paul). */
static int complement_subject(const kg_doc *doc, const kg_mention *m)
{
  if (!kg_sent_has_tree(doc, m->sent))
    return 0;
  int32_t g = kg_tok_head(doc, mention_head(doc, m));
  return g >= 0 && doc->tokens[g].deprel && !strcmp(doc->tokens[g].deprel, "ccomp");
}

static int32_t salient_core(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                            int (*ok)(const kg_doc *, int32_t, const void *), const void *arg,
                            int32_t (*lend)(const kg_doc *, int32_t, const void *), const void *larg);

/* Whether the subject mention m is the subject of a relative clause ("X, a
 * group that Iran blames for attacks, has claimed ..."): a side remark, it
 * weighs as a plain mention, below the main clause's subject. */
static int relcl_subject(const kg_doc *doc, const kg_mention *m)
{
  if (!kg_sent_has_tree(doc, m->sent))
    return 0;
  uint32_t ht = mention_head(doc, m);
  int32_t g = doc->tokens[ht].deprel && !strncmp(doc->tokens[ht].deprel, "nsubj", 5) ? kg_tok_head(doc, ht) : -1;
  if (g < 0 || !doc->tokens[g].deprel || strcmp(doc->tokens[g].deprel, "acl:relcl"))
    return 0;
  /* (a sentence whose root is a noun with no subject nor copula has its
   * main verb misread as a relative clause: "Secretary-General X welcomed") */
  int32_t r = g;
  for (int hops = 0; hops < 12 && kg_tok_head(doc, (uint32_t)r) >= 0; hops++)
    r = kg_tok_head(doc, (uint32_t)r);
  if (doc->tokens[r].upos == KG_UPOS_VERB || doc->tokens[r].upos == KG_UPOS_AUX)
    return 1;
  const kg_sentence *s = &doc->sents[m->sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(doc, k) == r && doc->tokens[k].deprel &&
        (!strcmp(doc->tokens[k].deprel, "cop") || !strncmp(doc->tokens[k].deprel, "nsubj", 5)))
      return 1;
  return 0;
}

/* Whether mention m is a name in apposition to the subject of its clause
 * ("Brazil's foreign minister, Mauro Vieira, said"): for salience it
 * weighs as that subject does (kg_mention_role leaves it an object, which
 * the event stage relies on). */
static int subject_appos(const kg_doc *doc, const kg_mention *m)
{
  if (!kg_sent_has_tree(doc, m->sent))
    return 0;
  uint32_t ht = mention_head(doc, m);
  const kg_token *h = &doc->tokens[ht];
  if (!h->deprel || strcmp(h->deprel, "appos"))
    return 0;
  int32_t g = kg_tok_head(doc, ht);
  return g >= 0 && doc->tokens[g].deprel && !strncmp(doc->tokens[g].deprel, "nsubj", 5) &&
         kg_mention_at(doc, (uint32_t)g) < 0;
}

/* Whether mention m is a demonym that modifies the subject noun of a
 * subordinate clause ("Latvia summoned ... after two Russian fighter jets
 * entered its airspace"): the state is not what the sentence is about; it
 * weighs as a plain mention, below the subject of the main clause (its is
 * Latvia's).  Not in the main clause ("The French foreign ministry said
 * it": France speaks). */
static int demonym_modifier(const kg_doc *doc, const kg_mention *m)
{
  if (m->kind != KG_MEN_DEMONYM || !kg_sent_has_tree(doc, m->sent))
    return 0;
  uint32_t ht = mention_head(doc, m);
  const char *r = doc->tokens[ht].deprel;
  int32_t n = kg_tok_head(doc, ht), v = n >= 0 ? kg_tok_head(doc, (uint32_t)n) : -1;
  if (!r || (strcmp(r, "amod") && strcmp(r, "compound") && strcmp(r, "nmod:desc")) || v < 0 ||
      !doc->tokens[n].deprel || strncmp(doc->tokens[n].deprel, "nsubj", 5))
    return 0;
  const char *vr = doc->tokens[v].deprel;
  return vr && (!strcmp(vr, "advcl") || !strncmp(vr, "acl", 3));
}

int32_t kg_actors_salient_if(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                             int (*ok)(const kg_doc *, int32_t, const void *), const void *arg)
{
  return salient_core(doc, sent, before, mask, ok, arg, NULL, NULL);
}

int32_t kg_actors_salient_lend(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                               int32_t (*lend)(const kg_doc *, int32_t, const void *), const void *larg)
{
  return salient_core(doc, sent, before, mask, NULL, NULL, lend, larg);
}

int32_t kg_actors_salient_lend_if(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                                  int (*ok)(const kg_doc *, int32_t, const void *), const void *arg,
                                  int32_t (*lend)(const kg_doc *, int32_t, const void *), const void *larg)
{
  return salient_core(doc, sent, before, mask, ok, arg, lend, larg);
}

static int32_t salient_core(const kg_doc *doc, uint32_t sent, uint32_t before, unsigned mask,
                            int (*ok)(const kg_doc *, int32_t, const void *), const void *arg,
                            int32_t (*lend)(const kg_doc *, int32_t, const void *), const void *larg)
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
    if (m->actor < 0 || (m->as_place && !(mask & KG_SALIENT_PLACES)))
      continue;
    int32_t act = m->actor;
    const kg_actor *a = &doc->actors[act];
    if (!(mask & KG_TYPEBIT(a->type)) && lend) {
      act = lend(doc, m->actor, larg);  /* a leader or official: his state */
      if (act < 0)
        continue;
      a = &doc->actors[act];
    }
    if (!(mask & KG_TYPEBIT(a->type)) || (ok && !ok(doc, act, arg)))
      continue;
    double w = 1.0 / ((1.0 + (double)rank) * (1.0 + (double)rank));
    int role = kg_mention_role(doc, k);
    if (role == 'o' && subject_appos(doc, m))
      role = 's';
    switch (role) {
    case 's': w *= lend && m->sent != sent && complement_subject(doc, m) ? 2.0 :
                   relcl_subject(doc, m) || demonym_modifier(doc, m) ? 1.0 : 3.0; break;
    case 'p': w *= 0.25; break;
    case 'g': w *= 1.5; break;
    default: break;
    }
    if (m->sent == sent)
      w += 0.01 * (double)m->tok / (double)(before + 1); /* recency tie-break */
    score[act] += w;
  }
  for (size_t a = 0; a < doc->nactors; a++)
    if (score[a] > best_score) {
      best_score = score[a];
      best = (int32_t)a;
    }
  free(score);
  return best;
}

/* ------------------------------------------------------------ lemma candidates
 * (for events.c and evargs.c, declared in evargs.h) */

/* (lens[k]: c[k]'s length, so a duplicate is found without strlen: speed) */
static size_t add_cand(char c[][CLEN], uint8_t *lens, size_t n, const char *s, size_t len)
{
  if (n >= MAXC || len == 0 || len >= CLEN)
    return n;
  for (size_t k = 0; k < n; k++)
    if (lens[k] == len && !memcmp(c[k], s, len))
      return n;
  memcpy(c[n], s, len);
  c[n][len] = '\0';
  lens[n] = (uint8_t)len;
  return n + 1;
}

/* tmp = the first k bytes of w and ch (what snprintf "%.*s" "ch" made;
 * k + 2 <= tmp's size); returns its length */
static size_t stem_plus(char *tmp, const char *w, size_t k, char ch)
{
  memcpy(tmp, w, k);
  tmp[k] = ch;
  tmp[k + 1] = '\0';
  return k + 1;
}

static int vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

/* Lemma candidates of token i: the tagger's lemma, else the lower-cased
 * form and what suffix stripping gives (visited -> visit, launches ->
 * launch, meeting -> meet, firing -> fire, planned -> plan, sanctions ->
 * sanction, condemnation -> condemn). */
static size_t lemma_cands_raw(const kg_doc *d, uint32_t i, char c[][CLEN])
{
  char w[CLEN], tmp[CLEN + 2];
  uint8_t lens[MAXC];
  size_t n = 0;
  const kg_token *t = &d->tokens[i];
  if (t->lemma && t->lemma[0]) {
    size_t k = 0;
    for (; t->lemma[k] && k + 1 < CLEN; k++)
      w[k] = (char)tolower((unsigned char)t->lemma[k]);
    w[k] = '\0';
    n = add_cand(c, lens, n, w, k);
  }
  size_t L = kg_tok_lower(t, w, sizeof w);
  /* a currency sign is its unit's word, as patterns name it ("provided $300
   * million": object=dollar; "€" euro, "£" pound) */
  const char *cur = NULL;
  if (w[0] == '$' || w[0] == 'u' || w[0] == '\xE2' || w[0] == '\xC2')   /* (first byte first: speed) */
    cur = !strcmp(w, "$") || !strcmp(w, "us$") ? "dollar" : !strcmp(w, "\xE2\x82\xAC") ? "euro" :
          !strcmp(w, "\xC2\xA3") ? "pound" : NULL;
  if (cur)
    return add_cand(c, lens, n, cur, strlen(cur));
  if (L == 0 || !isalpha((unsigned char)w[0]))
    return n;
  n = add_cand(c, lens, n, w, L);
  const char *irr = kg_lemma_irregular(w, NULL);
  if (irr)
    n = add_cand(c, lens, n, irr, strlen(irr));
#define ENDS(s) (L > strlen(s) + 1 && w[L - 1] == (s)[strlen(s) - 1] && !strcmp(w + L - strlen(s), s))
  if (ENDS("ies")) {
    n = add_cand(c, lens, n, tmp, stem_plus(tmp, w, L - 3, 'y'));
  }
  if (ENDS("ied")) {
    n = add_cand(c, lens, n, tmp, stem_plus(tmp, w, L - 3, 'y'));
  }
  if (ENDS("es"))
    n = add_cand(c, lens, n, w, L - 2);
  if (ENDS("s") && !ENDS("ss"))
    n = add_cand(c, lens, n, w, L - 1);
  if (ENDS("ed")) {
    n = add_cand(c, lens, n, w, L - 2);
    n = add_cand(c, lens, n, w, L - 1);
    if (L > 4 && w[L - 3] == w[L - 4] && !vowel(w[L - 3]))
      n = add_cand(c, lens, n, w, L - 3);
  }
  if (ENDS("ing")) {
    n = add_cand(c, lens, n, w, L - 3);
    n = add_cand(c, lens, n, tmp, stem_plus(tmp, w, L - 3, 'e'));
    if (L > 5 && w[L - 4] == w[L - 5] && !vowel(w[L - 4]))
      n = add_cand(c, lens, n, w, L - 4);
  }
  if (ENDS("ation")) {
    n = add_cand(c, lens, n, w, L - 5);
    n = add_cand(c, lens, n, tmp, stem_plus(tmp, w, L - 5, 'e'));
  }
  if (ENDS("ment"))
    n = add_cand(c, lens, n, w, L - 4);
  /* British spellings: criticised -> criticize, mobilising -> mobilize */
  for (size_t k = 0, n0 = n; k < n0; k++) {
    size_t cl = lens[k];
    if (cl > 4 && c[k][cl - 2] == 's' && (!strcmp(c[k] + cl - 3, "ise") || !strcmp(c[k] + cl - 4, "isa"))) {
      memcpy(tmp, c[k], cl + 1);
      tmp[cl - 2] = 'z';
      n = add_cand(c, lens, n, tmp, cl);
    }
  }
#undef ENDS
  return n;
}

/* Per-document cache of the candidates (speed: triggers, cues and objects
 * ask for the same tokens again and again); live between
 * kg_ev_cache_begin and kg_ev_cache_end on this thread. */
typedef struct cand_cache {
  const kg_doc *doc;
  size_t ntok;
  char (*c)[MAXC][CLEN];
  uint8_t *n;            /* 0xFF: not computed yet */
} cand_cache;
static _Thread_local cand_cache *g_cc __attribute__((tls_model("initial-exec")));

int kg_ev_cache_begin(const kg_doc *d)
{
  if (g_cc)
    return 0;
  cand_cache *c = calloc(1, sizeof *c);
  if (!c)
    return 0;
  c->doc = d;
  c->ntok = d->ntokens;
  c->c = malloc((c->ntok ? c->ntok : 1) * sizeof *c->c);
  c->n = malloc(c->ntok ? c->ntok : 1);
  if (!c->c || !c->n) {
    free(c->c); free(c->n); free(c);
    return 0;
  }
  memset(c->n, 0xFF, c->ntok);
  g_cc = c;
  return 1;
}

void kg_ev_cache_end(int begun)
{
  if (!begun || !g_cc)
    return;
  free(g_cc->c);
  free(g_cc->n);
  free(g_cc);
  g_cc = NULL;
}

static const char (*cached_cands(const kg_doc *d, uint32_t i, size_t *n))[CLEN]
{
  cand_cache *c = g_cc;
  if (!c || c->doc != d || i >= c->ntok)
    return NULL;
  if (c->n[i] == 0xFF)
    c->n[i] = (uint8_t)lemma_cands_raw(d, i, c->c[i]);
  *n = c->n[i];
  return (const char (*)[CLEN])c->c[i];
}

const char (*kg_ev_lemma_cands_ref(const kg_doc *d, uint32_t i, size_t *n))[CLEN]
{
  return cached_cands(d, i, n);
}

size_t kg_ev_lemma_cands(const kg_doc *d, uint32_t i, char c[][CLEN])
{
  size_t n;
  const char (*cc)[CLEN] = cached_cands(d, i, &n);
  if (!cc)
    return lemma_cands_raw(d, i, c);
  memcpy(c, cc, n * sizeof *cc);
  return n;
}

int kg_ev_cand_has(const kg_doc *d, uint32_t i, const char *lemma)
{
  size_t n;
  const char (*cc)[CLEN] = cached_cands(d, i, &n);
  if (cc) {
    for (size_t k = 0; k < n; k++)
      if (!strcmp(cc[k], lemma))
        return 1;
    return 0;
  }
  char c[MAXC][CLEN];
  n = lemma_cands_raw(d, i, c);
  for (size_t k = 0; k < n; k++)
    if (!strcmp(c[k], lemma))
      return 1;
  return 0;
}

int kg_ev_lemma_in(const kg_doc *d, uint32_t i, const char *const *list)
{
  char c[MAXC][CLEN];
  size_t n = kg_ev_lemma_cands(d, i, c);
  for (size_t k = 0; k < n; k++)
    if (kg_ev_in_list(c[k], list))
      return 1;
  return 0;
}

int kg_ev_lemma_lex2(const kg_dict *dict, const kg_doc *d, uint32_t i, int bits)
{
  char c[MAXC][CLEN];
  size_t n = kg_ev_lemma_cands(d, i, c);
  for (size_t k = 0; k < n; k++)
    if (kg_dict_lex2(dict, c[k]) & bits)
      return 1;
  return 0;
}
