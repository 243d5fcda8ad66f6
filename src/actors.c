/* actors.c — finds the mentions of actors in a segmented document, links
 * them to the actor dictionary and resolves coreference.
 *
 * Owns: doc->mentions and doc->actors (canonical label, key, Wikidata id,
 * alt labels), the token helpers shared with events.c/relations.c/dates.c,
 * and discourse salience (kg_actors_salient).
 * Does not own: the NER model (ner.c), the dictionary (dict.c), events and
 * relations (events.c, relations.c), RDF (graph.c).
 *
 * Rules, in the order they are tried at each token of a non-heading
 * sentence (hashtag, URL, emoji and @handle tokens never give an actor):
 *  1. the longest dictionary form (names, aliases, demonyms, metonyms);
 *     a metonym or known city after a locative preposition ("in Moscow")
 *     becomes a Place, elsewhere a metonym is its state ("Moscow said");
 *     a demonym inside a proper name ("Korean Peninsula") is no mention;
 *  2. a short name ("Kim", "Putin") that is the first or last word of a
 *     Person met earlier folds into that Person;
 *  3. NER spans when the tagger ran (PER -> Person, ORG -> Organization,
 *     LOC -> Place); MISC is ignored;
 *  4. without NER: a capitalised name after a title ("Foreign Minister Choe
 *     Son Hui"), a capitalised 2-4 word name before a reporting verb
 *     ("Kaja Kallas said"), a capitalised name after a locative preposition
 *     ("in Geneva") as a Place;
 *  5. coreference: he/him/his/she/her -> the most salient Person; its ->
 *     the most salient Country or Organization; "the (adj) state/regime"
 *     (nouns from kg_dict_description) -> the most salient actor of that
 *     type; "X's regime" where X leads a state -> that state.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"

/* ------------------------------------------------------------ token helpers */

size_t kg_tok_lower(const kg_token *t, char *buf, size_t cap)
{
  size_t n = 0;
  if (cap == 0)
    return 0;
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

int kg_tok_is(const kg_doc *doc, uint32_t i, const char *w)
{
  char b[64];
  if (i >= doc->ntokens)
    return 0;
  kg_tok_lower(&doc->tokens[i], b, sizeof b);
  return strcmp(b, w) == 0;
}

int kg_tok_is_cap(const kg_token *t)
{
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
    const kg_token *h = &doc->tokens[mention_head(doc, m)];
    const char *r = h->deprel ? h->deprel : "";
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
    double w = 1.0 / (1.0 + (double)rank);
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

/* ------------------------------------------------------------ word classes */

static int in_list(const char *w, const char *const *list)
{
  for (; *list; list++)
    if (strcmp(w, *list) == 0)
      return 1;
  return 0;
}

/* Function words that start sentences capitalised; never part of a name. */
static const char *const k_stop[] = {
  "the", "a", "an", "in", "on", "at", "for", "to", "of", "by", "with", "this",
  "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
  "but", "and", "or", "as", "while", "when", "despite", "during", "after",
  "before", "some", "another", "such", "there", "here", "his", "her", "their",
  "our", "if", "since", "although", "though", "moving", "regardless", "one",
  "what", "who", "why", "how", "all", "both", "each", "many", "most", "several",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "also", "however",
  "meanwhile", "yet", "so", "not", "no", "central", "firing", "conducting", NULL };
static const char *const k_month[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
  "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept",
  "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", NULL };
static const char *const k_locative[] = {
  "in", "at", "near", "outside", "inside", "around", "within", "across",
  "throughout", NULL };
static const char *const k_report[] = {
  "said", "says", "told", "added", "announced", "stated", "wrote", "declared",
  "insisted", "warned", "argued", "noted", "explained", NULL };
static const char *const k_honorific[] = {
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", NULL };

static const unsigned k_skip_flags = KG_TOK_URL | KG_TOK_HASHTAG | KG_TOK_EMOJI | KG_TOK_MENTION;

/* A capitalised word that may be part of a name. */
static int name_tok(const kg_doc *doc, uint32_t i)
{
  const kg_token *t = &doc->tokens[i];
  char b[64];
  if (t->flags & k_skip_flags)
    return 0;
  if (!kg_tok_is_cap(t))
    return 0;
  kg_tok_lower(t, b, sizeof b);
  if (in_list(b, k_stop) || in_list(b, k_month))
    return 0;
  for (const char *p = b; *p; p++)   /* letters, dots, hyphens, apostrophes */
    if (isdigit((unsigned char)*p))
      return 0;
  return 1;
}

/* ------------------------------------------------------------ mention making */

typedef struct act_ctx {
  const kg_dict *dict;
  kg_doc *doc;
  const kg_logger *log;
} act_ctx;

static int add_mention(act_ctx *c, uint32_t sent, uint32_t tok, uint32_t ntok,
                       int32_t actor, int kind, int as_place)
{
  kg_doc *d = c->doc;
  kg_mention *m = kg_doc_add_mention(d);
  if (!m)
    return -1;
  m->sent = sent;
  m->tok = tok;
  m->ntok = ntok;
  m->start = d->tokens[tok].start;
  m->end = d->tokens[tok + ntok - 1].end;
  m->actor = actor;
  m->kind = (uint8_t)kind;
  m->as_place = (uint8_t)as_place;
  kg_actor *a = &d->actors[actor];
  if (a->nmentions == 0 || sent < a->first_sent)
    a->first_sent = sent;
  a->nmentions++;
  if (kind == KG_MEN_NAME || kind == KG_MEN_PARTIAL)
    if (kg_doc_actor_add_alt(d, actor, d->text + m->start, m->end - m->start) == KG_ERR_NOMEM)
      return -1;
  return 0;
}

/* The text of tokens [tok, tok+ntok) as written, without a leading "the". */
static const char *span_text(kg_doc *d, uint32_t tok, uint32_t ntok)
{
  if (ntok > 1 && kg_tok_is(d, tok, "the")) {
    tok++;
    ntok--;
  }
  return kg_doc_strndup(d, d->text + d->tokens[tok].start,
                        d->tokens[tok + ntok - 1].end - d->tokens[tok].start);
}

static int32_t intern_named(kg_doc *d, int type, const char *label)
{
  char key[256];
  if (!label || kg_make_key(label, key, sizeof key) == 0)
    return -1;
  return kg_doc_intern_actor(d, type, label, key);
}

static int32_t intern_entry(act_ctx *c, int32_t entry)
{
  const kg_dict_actor *e = kg_dict_actor_at(c->dict, entry);
  if (!e)
    return -1;
  int32_t a = kg_doc_intern_actor(c->doc, e->type, e->label, e->key);
  if (a >= 0) {
    c->doc->actors[a].dict_entry = entry;
    if (e->wikidata && !c->doc->actors[a].wikidata)
      c->doc->actors[a].wikidata = e->wikidata;
  }
  return a;
}

static int locative_before(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  char b[32];
  if (d->tokens[tok].flags & KG_TOK_DATELINE)
    return 1;
  if (tok <= s->tok)
    return 0;
  uint32_t p = tok - 1;
  if (kg_tok_is(d, p, "the") && p > s->tok)
    p--;
  if (d->tokens[p].flags & KG_TOK_DATELINE)
    return 1;
  kg_tok_lower(&d->tokens[p], b, sizeof b);
  return in_list(b, k_locative);
}

/* Person actor whose first or last name word is the form at tok: the most
 * recently mentioned one. */
static int32_t fold_partial(const kg_doc *d, uint32_t tok)
{
  const char *form = d->tokens[tok].form;
  size_t fl = strlen(form);
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor < 0)
      continue;
    const kg_actor *a = &d->actors[m->actor];
    if (a->type != KG_ACT_PERSON || m->kind == KG_MEN_PRONOUN)
      continue;
    const char *l = a->label, *sp = strchr(l, ' ');
    if (!sp)
      continue;                         /* one-word label: nothing to fold */
    if ((size_t)(sp - l) == fl && strncmp(l, form, fl) == 0)
      return m->actor;
    const char *last = strrchr(l, ' ') + 1;
    if (strlen(last) == fl && strcmp(last, form) == 0)
      return m->actor;
  }
  return -1;
}

/* A demonym inside a longer proper name ("Korean Peninsula", "Russian
 * Federation") is not a mention. */
static int demonym_in_name(act_ctx *c, const kg_sentence *s, uint32_t next)
{
  const kg_title *ti;
  kg_dict_match dm;
  if (next >= s->tok + s->ntok || !name_tok(c->doc, next))
    return 0;
  if (kg_dict_match_title(c->dict, c->doc, next, &ti) > 0)
    return 0;
  if (kg_dict_match_actor(c->dict, c->doc, next, &dm))
    return 0;
  if (fold_partial(c->doc, next) >= 0)
    return 0;
  /* a following name preceded by no title: "Russian Vladimir Putin" is rare;
   * a capitalised noun after a demonym is a proper name */
  return 1;
}

/* Handles a dictionary match at tok; returns tokens consumed (0: none). */
static uint32_t try_dict(act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  kg_dict_match dm;
  if (!kg_dict_match_actor(c->dict, d, tok, &dm) || dm.ntok == 0)
    return 0;
  if (tok + dm.ntok > s->tok + s->ntok)
    return 0;
  for (uint32_t k = tok; k < tok + dm.ntok; k++)
    if (d->tokens[k].flags & k_skip_flags)
      return 0;
  const kg_dict_actor *e = kg_dict_actor_at(c->dict, dm.entry);
  if (!e)
    return 0;
  /* a lower-case single word matched by case folding ("chad", "turkey")
   * is an ordinary word unless it is a demonym */
  if (dm.ntok == 1 && !kg_tok_is_cap(&d->tokens[tok]) && dm.form != KG_FORM_DEMONYM)
    return 0;
  if (dm.form == KG_FORM_DEMONYM) {
    if (!kg_tok_is_cap(&d->tokens[tok]))
      return 0;
    if (demonym_in_name(c, s, tok + dm.ntok))
      return dm.ntok;                   /* consumed, no mention */
    int32_t a = intern_entry(c, dm.entry);
    if (a < 0 || add_mention(c, sidx, tok, dm.ntok, a, KG_MEN_DEMONYM, 0) < 0)
      return 0;
    return dm.ntok;
  }
  int loc = locative_before(d, s, tok);
  if (e->type == KG_ACT_PLACE || (dm.form == KG_FORM_METONYM && loc)) {
    int32_t a;
    if (e->type == KG_ACT_PLACE)
      a = intern_entry(c, dm.entry);
    else
      a = intern_named(d, KG_ACT_PLACE, span_text(d, tok, dm.ntok));
    if (a < 0 || add_mention(c, sidx, tok, dm.ntok, a, KG_MEN_NAME, 1) < 0)
      return 0;
    return dm.ntok;
  }
  int32_t a = intern_entry(c, dm.entry);
  int kind = dm.form == KG_FORM_METONYM ? KG_MEN_METONYM : KG_MEN_NAME;
  if (a < 0 || add_mention(c, sidx, tok, dm.ntok, a, kind, loc) < 0)
    return 0;
  return dm.ntok;
}

/* Length of the run of name words starting at tok (at most max). */
static uint32_t name_run(const kg_dict *dict, const kg_doc *d, const kg_sentence *s,
                         uint32_t tok, uint32_t max)
{
  uint32_t n = 0;
  kg_dict_match dm;
  while (tok + n < s->tok + s->ntok && n < max && name_tok(d, tok + n)) {
    if (n > 0 && kg_dict_match_actor(dict, d, tok + n, &dm))
      break;
    n++;
  }
  return n;
}

/* "met Sergei Lavrov", "with Antony Blinken": a 2-3 word name of plain
 * Xxxx words after a lower-case word other than a determiner or a
 * locative preposition, not ending in an organisation or place word. */
static int person_shape(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n)
{
  static const char *const heads[] = { "square", "street", "university", "council",
    "ministry", "party", "agency", "union", "sea", "river", "island", "islands",
    "mountains", "peninsula", "asia", "europe", "africa", "america", "gulf", "strait",
    "bank", "group", "company", "corporation", "inc", "ltd", "airport", "palace",
    "house", "hall", "office", "court", "committee", "forces", "army", "navy", "news",
    "times", "post", "center", "centre", "institute", "foundation", "organization",
    "organisation", "association", "federation", "republic", "kingdom", "province",
    "region", "city", "county", "state", "states", "nations", "summit", "forum",
    "times", "day", "war", "act", "treaty", "accord", "agreement", "plan", NULL };
  char b[64];
  if (tok + n < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[tok + n]))
    return 0;
  for (uint32_t k = tok; k < tok + n; k++) {
    const char *f = d->tokens[k].form;
    size_t L = strlen(f);
    if (L < 2)
      return 0;
    for (size_t q = 1; q < L; q++)
      if (!islower((unsigned char)f[q]) && f[q] != '-')
        return 0;
  }
  kg_tok_lower(&d->tokens[tok + n - 1], b, sizeof b);
  if (in_list(b, heads))
    return 0;
  kg_tok_lower(&d->tokens[tok - 1], b, sizeof b);
  if (!isalpha((unsigned char)b[0]) || kg_tok_is_cap(&d->tokens[tok - 1]))
    return 0;
  if (in_list(b, k_stop) || in_list(b, k_locative) || !strcmp(b, "of") ||
      !strcmp(b, "from") || !strcmp(b, "to") || !strcmp(b, "into"))
    return !strcmp(b, "with") || !strcmp(b, "by") || !strcmp(b, "and");
  return 1;
}

/* A new Person / Place / Org from a span that the dictionary lacks. */
static int add_new(act_ctx *c, uint32_t sidx, uint32_t tok, uint32_t n, int type)
{
  kg_doc *d = c->doc;
  if (type == KG_ACT_PERSON && n == 1) {
    int32_t f = fold_partial(d, tok);
    if (f >= 0)
      return add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0);
  }
  if (type == KG_ACT_PERSON && n > 1) {     /* "Kim Jong Un" after "Kim" */
    const char *t = span_text(d, tok, n);
    for (size_t k = 0; t && k < d->nactors; k++)
      if (d->actors[k].type == KG_ACT_PERSON && strcmp(d->actors[k].label, t) == 0)
        return add_mention(c, sidx, tok, n, (int32_t)k, KG_MEN_NAME, 0);
  }
  int32_t a = intern_named(d, type, span_text(d, tok, n));
  if (a < 0)
    return -1;
  return add_mention(c, sidx, tok, n, a, KG_MEN_NAME, type == KG_ACT_PLACE);
}

/* NER span at tok (B- or stray I-); returns tokens consumed. */
static uint32_t try_ner(act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  const kg_token *t = &d->tokens[tok];
  if (t->ner_type == KG_NE_NONE || t->ner_iob == KG_IOB_O)
    return 0;
  uint32_t n = 1;
  while (tok + n < s->tok + s->ntok && d->tokens[tok + n].ner_iob == KG_IOB_I &&
         d->tokens[tok + n].ner_type == t->ner_type)
    n++;
  /* drop a trailing possessive and any skipped token */
  while (n > 0 && kg_tok_is_poss(&d->tokens[tok + n - 1]))
    n--;
  for (uint32_t k = tok; k < tok + n; k++)
    if (d->tokens[k].flags & k_skip_flags)
      return n;
  if (n == 0 || !kg_tok_is_cap(&d->tokens[tok]))
    return n ? n : 1;
  switch (t->ner_type) {
  case KG_NE_PER:
    if (add_new(c, sidx, tok, n, KG_ACT_PERSON) < 0)
      return 0;
    break;
  case KG_NE_ORG:
    if (n == 1 && strlen(d->tokens[tok].form) < 2)
      break;
    if (add_new(c, sidx, tok, n, KG_ACT_ORG) < 0)
      return 0;
    break;
  case KG_NE_LOC:
    if (add_new(c, sidx, tok, n, KG_ACT_PLACE) < 0)
      return 0;
    break;
  default:
    break;
  }
  return n;
}

/* Heuristics without NER; returns tokens consumed (0: nothing here). */
static uint32_t try_shape(act_ctx *c, uint32_t sidx, uint32_t tok, int have_ner)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  const kg_title *ti;
  char b[64];
  uint32_t tn = kg_dict_match_title(c->dict, d, tok, &ti);
  kg_tok_lower(&d->tokens[tok], b, sizeof b);
  if (tn == 0 && in_list(b, k_honorific))
    tn = 1;
  if (!have_ner && tn > 0) {              /* title + Name */
    uint32_t at = tok + tn;
    kg_dict_match dm;
    if (at < s->tok + s->ntok && !kg_dict_match_actor(c->dict, d, at, &dm)) {
      uint32_t n = name_run(c->dict, d, s, at, 4);
      if (n > 0) {
        if (add_new(c, sidx, at, n, KG_ACT_PERSON) < 0)
          return 0;
        return tn + n;
      }
    }
    return 0;
  }
  if (!have_ner && name_tok(d, tok)) {
    int32_t f = fold_partial(d, tok);
    uint32_t n = name_run(c->dict, d, s, tok, 4);
    if (n == 1 && f >= 0) {
      if (add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0) < 0)
        return 0;
      return 1;
    }
    uint32_t after = tok + n;
    if (after < s->tok + s->ntok && kg_tok_is_poss(&d->tokens[after]))
      after++;
    if (n >= 2 && after < s->tok + s->ntok) {
      kg_tok_lower(&d->tokens[tok + n], b, sizeof b);
      if (in_list(b, k_report) || kg_dict_cue(c->dict, b) == KG_CUE_REPORT) {
        if (add_new(c, sidx, tok, n, KG_ACT_PERSON) < 0)
          return 0;
        return n;
      }
    }
    if (n >= 2 && n <= 3 && tok > s->tok && person_shape(d, s, tok, n)) {
      if (add_new(c, sidx, tok, n, KG_ACT_PERSON) < 0)
        return 0;
      return n;
    }
    if (n >= 1 && tok > s->tok && locative_before(d, s, tok)) {
      if (add_new(c, sidx, tok, n, KG_ACT_PLACE) < 0)
        return 0;
      return n;
    }
    return n > 1 ? n : 0;                 /* unknown capitalised run: skip */
  }
  if (have_ner && name_tok(d, tok)) {      /* NER missed a folded short name */
    int32_t f = fold_partial(d, tok);
    if (f >= 0 && name_run(c->dict, d, s, tok, 2) == 1) {
      if (add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0) < 0)
        return 0;
      return 1;
    }
  }
  return 0;
}

/* Pronouns and definite descriptions. */
static uint32_t try_coref(act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  char b[64];
  kg_tok_lower(&d->tokens[tok], b, sizeof b);
  unsigned mask = 0;
  if (!strcmp(b, "he") || !strcmp(b, "him") || !strcmp(b, "his") ||
      !strcmp(b, "she") || !strcmp(b, "her"))
    mask = KG_TYPEBIT(KG_ACT_PERSON);
  else if (!strcmp(b, "its"))
    mask = KG_TYPEBIT(KG_ACT_COUNTRY) | KG_TYPEBIT(KG_ACT_ORG);
  if (mask) {
    int32_t a = kg_actors_salient(d, sidx, tok, mask);
    if (a >= 0 && add_mention(c, sidx, tok, 1, a, KG_MEN_PRONOUN, 0) < 0)
      return 0;
    return 1;
  }
  /* "the (adj) (adj) NOUN" or "X's NOUN" / "the Kim NOUN" */
  int det = !strcmp(b, "the") || !strcmp(b, "this") || !strcmp(b, "that");
  if (!det)
    return 0;
  for (uint32_t k = tok + 1; k < s->tok + s->ntok && k <= tok + 3; k++) {
    const kg_token *t = &d->tokens[k];
    if (kg_tok_is_cap(t) || (t->upos && t->upos != KG_UPOS_ADJ && t->upos != KG_UPOS_NOUN))
      break;
    kg_tok_lower(t, b, sizeof b);
    int ty = kg_dict_description(c->dict, b);
    if (ty) {
      if (k + 1 < s->tok + s->ntok && d->tokens[k + 1].upos == KG_UPOS_NOUN)
        continue;                         /* "the state media": not the head */
      int32_t a = kg_actors_salient(d, sidx, tok, KG_TYPEBIT(ty));
      if (a >= 0 && add_mention(c, sidx, tok, k - tok + 1, a, KG_MEN_DESCRIPTION, 0) < 0)
        return 0;
      return a >= 0 ? k - tok + 1 : 0;
    }
    if (!isalpha((unsigned char)b[0]))
      break;
  }
  return 0;
}

/* "Kim Jong Un's regime", "the Kim regime": a description noun right after a
 * Person mention (and its possessive) refers to the state that person leads. */
static uint32_t try_leader_state(act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  char b[64];
  if (d->nmentions == 0 || tok == 0)
    return 0;
  const kg_mention *m = &d->mentions[d->nmentions - 1];
  uint32_t p = tok - 1;
  if (kg_tok_is_poss(&d->tokens[p]) && p > 0)
    p--;
  if (m->sent != sidx || m->tok + m->ntok - 1 != p || m->actor < 0)
    return 0;
  const kg_actor *pa = &d->actors[m->actor];
  if (pa->type != KG_ACT_PERSON || pa->dict_entry < 0)
    return 0;
  kg_tok_lower(&d->tokens[tok], b, sizeof b);
  if (kg_dict_description(c->dict, b) != KG_ACT_COUNTRY)
    return 0;
  const kg_dict_actor *pe = kg_dict_actor_at(c->dict, pa->dict_entry);
  if (!pe || pe->country < 0 || pe->role != KG_REL_LEADER)
    return 0;
  int32_t a = intern_entry(c, pe->country);
  if (a < 0 || add_mention(c, sidx, tok, 1, a, KG_MEN_DESCRIPTION, 0) < 0)
    return 0;
  return 1;
}

kg_status kg_actors_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log)
{
  if (!dict || !doc)
    return KG_ERR_USAGE;
  act_ctx c = { dict, doc, log };
  doc->nmentions = 0;
  int have_ner = 0;                      /* did the NER stage tag anything? */
  for (size_t k = 0; k < doc->ntokens && !have_ner; k++)
    if (doc->tokens[k].ner_type != KG_NE_NONE)
      have_ner = 1;
  for (uint32_t si = 0; si < doc->nsents; si++) {
    const kg_sentence *s = &doc->sents[si];
    if (s->heading)
      continue;
    uint32_t end = s->tok + s->ntok;
    for (uint32_t i = s->tok; i < end;) {
      const kg_token *t = &doc->tokens[i];
      uint32_t n;
      if (t->flags & k_skip_flags) { i++; continue; }
      if ((n = try_dict(&c, si, i)) > 0 ||
          (n = try_ner(&c, si, i)) > 0 ||
          (n = try_shape(&c, si, i, have_ner)) > 0 ||
          (n = try_leader_state(&c, si, i)) > 0 ||
          (n = try_coref(&c, si, i)) > 0) {
        i += n;
        continue;
      }
      i++;
    }
  }
  if (log)
    kg_logf(log, KG_LOG_DEBUG, doc->source, "actors: %zu mentions, %zu actors",
            doc->nmentions, doc->nactors);
  return KG_OK;
}
