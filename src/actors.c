/* actors.c — finds the mentions of actors in a segmented document, links
 * them to the actor dictionary and resolves coreference.
 *
 * Owns: doc->mentions and doc->actors (canonical label, key, Wikidata id,
 * alt labels: every other name form seen, not pronouns or demonyms).
 * Rules 2 and 4 (names the dictionary lacks) are actors_names.c's.
 * Does not own: the token helpers, roles and salience (discourse.c), the
 * NER model (ner.c), the dictionary (dict.c), events and relations
 * (events.c, evargs.c, relations.c), RDF (graph.c).
 *
 * Rules, in the order they are tried at each token of a non-heading
 * sentence (kg_sent_is_heading: the segmenter's flag, or a short line with
 * every content word capitalised); hashtag, URL, emoji and @handle tokens
 * never give an actor:
 *  1. the longest dictionary form (names, aliases, demonyms, metonyms);
 *     a metonym or known city after a locative preposition ("in Moscow")
 *     becomes a Place, elsewhere a metonym is its state ("Moscow said");
 *     a demonym inside a proper name ("Korean Peninsula") is no mention,
 *     but one before a plural people noun is ("Bosnian Serbs", "Iraqi
 *     Kurds": the state); plural demonyms ("Albanians") are dictionary
 *     forms (tools/gen_dictionaries.py);
 *     a lower-case word matched by case folding ("turkey") is none either,
 *     nor a lower-case phrase ("his security council"); a place's name that
 *     opens a person's name after a title ("Foreign Minister Ararat
 *     Mirzoyan"), or a two-word PER span of the NER model beside a verb
 *     or before an apposition ("said Farah Qureshi, a defence analyst"), is
 *     left to the name rules;
 *  1b. the capitals that open a dateline before ", State," name a Place,
 *     in the gazetteer or not ("CÚCUTA, Colombia," is "Cúcuta");
 *  2. NER spans (PER -> Person, ORG -> Organization, LOC -> Place; MISC is
 *     ignored), filtered because the model is small: cut at lower-case
 *     words and punctuation, no list labels ("Global Stability:"), no
 *     quoted or bracketed single words ("Juche", "(ICBMs)"), no agency of a
 *     dateline, a single-word person only with a title or reporting verb;
 *     the name starts after the last title word ("House Speaker Nancy
 *     Pelosi"); an organisation or place head word ("... Army", "... Sea")
 *     overrides the tag; a single word that names a known person is that
 *     person ("Xi" tagged ORG); a known name running past the span after a
 *     title is the dictionary's ("Emir Sheikh Tamim bin Hamad Al Thani");
 *     another spelling of an office holder with a Wikidata entity whose
 *     surname is unique links to it ("Mohammed bin Salman"); a one-word
 *     place or organisation a letter dropped, added or swapped away from a
 *     state's one-word name is that state ("Ethopia", "Indonesa");
 *  3. a short name ("Kim", "Putin") that is the first or last word of a
 *     Person met earlier folds into that Person; failing that, a surname
 *     that belongs to exactly one office holder of the dictionary links to
 *     them ("Putin offered ..."; the surname index is built once per
 *     dictionary and thread in coref.c; not a common word opening the
 *     sentence before its noun, "Cable company X", nor a word of a list
 *     with no verb, a team sheet: actors_names.c);
 *  4. name shapes, with or without NER: a capitalised name after a title
 *     ("Foreign Minister Choe Son Hui") or after a title word inside a
 *     capitalised run; a capitalised 2-4 word name before a reporting verb
 *     ("Kaja Kallas said"); a plain 2-3 word name after a verb ("met Sergei
 *     Lavrov"); a 2-3 word name before an apposition with a title ("Park
 *     Sung-ho, the country's defence minister,"; a Korean given name's
 *     hyphen and lower-case syllable are part of the name); a capitalised name after a locative preposition ("in
 *     Geneva") as a Place;
 *  5. coreference (coref.c): he/him/his/she/her -> the most salient Person; its, and
 *     a referential "it" ("it would respond", "it had supplied", "it is
 *     willing to"; not "it is essential") -> the most salient Country or
 *     Organization, or the first conjunct of "X and its allies"; "the (adj)
 *     state/regime" (nouns from kg_dict_description) -> the most salient
 *     actor of that type; "X's regime", "the Kim regime" where X leads a
 *     state -> that state.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "corefquote.h"
#include "dict_index.h"
#include "sectors.h"

/* ------------------------------------------------------------ word classes */

int kg_act_in_list(const char *w, const char *const *list)
{
  for (; *list; list++)
    if ((*list)[0] == w[0] && strcmp(w, *list) == 0)   /* first letter first (speed) */
      return 1;
  return 0;
}

/* Function words that start sentences capitalised; never part of a name. */
const char *const kg_act_stop[] = {
  "the", "a", "an", "in", "on", "at", "for", "to", "of", "by", "with", "this",
  "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
  "but", "and", "or", "as", "while", "when", "despite", "during", "after",
  "before", "some", "another", "such", "there", "here", "his", "her", "their",
  "our", "if", "since", "although", "though", "moving", "regardless", "one",
  "what", "who", "why", "how", "all", "both", "each", "many", "most", "several",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "also", "however",
  "meanwhile", "yet", "so", "not", "no", "central", "firing", "conducting", "later",
  "earlier", "yesterday", "today", "now", "then", "still", "instead", "separately",
  "overall", "finally", "first", "last", NULL };
const char *const kg_act_calendar[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
  "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept",
  "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", NULL };
const char *const kg_act_locative[] = {
  "in", "at", "near", "outside", "inside", "around", "within", "across",
  "throughout", NULL };
const char *const kg_act_report[] = {
  "said", "says", "told", "added", "announced", "stated", "wrote", "declared",
  "insisted", "warned", "argued", "noted", "explained", NULL };
/* Words that head a title before a name ("House Speaker Nancy Pelosi",
 * "Lt. Gen. X"); used only to find where a name starts, never to give a
 * relation (titles that do are the dictionary's). */
static const char *const k_title_words[] = {
  "speaker", "senator", "sen.", "governor", "gov.", "mayor", "chief", "commander",
  "general", "gen.", "admiral", "adm.", "ambassador", "envoy", "spokesman",
  "spokeswoman", "spokesperson", "chairman", "chairwoman", "secretary", "minister",
  "president", "premier", "chancellor", "king", "queen", "prince", "princess", "sheikh",
  "emir", "judge", "lawmaker", "rep.", "lt.", "col.", "capt.", "colonel", "captain",
  "lieutenant", "sir", "dame", "lord", "lady", "pope", "cardinal", "rabbi", "imam",
  "director", "leader", "deputy", "vice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
  "dr.", NULL };

/* Index just past the last title word of [tok, tok+n), 0 when none. */
uint32_t kg_act_after_title(const kg_dict *dict, const kg_doc *d, uint32_t tok, uint32_t n)
{
  uint32_t after = 0;
  char b[32];
  for (uint32_t k = 0; k < n; k++) {
    const kg_title *ti;
    kg_tok_lower(&d->tokens[tok + k], b, sizeof b);
    uint32_t tn = kg_dict_match_title(dict, d, tok + k, &ti);
    if (tn > 0 && k + tn <= n) {
      after = k + tn;
      k += tn - 1;
    } else if (k > after && (!strcmp(b, "sheikh") || !strcmp(b, "sultan"))) {
      /* "Hassan Sheikh" (of "Hassan Sheikh Mohamud"), "Abdirahman Sheikh
       * Ali": after a name word (no title right before), the word is part
       * of the name, not a title */
    } else if (kg_act_in_list(b, k_title_words) || (kg_dict_lex(dict, b) & KG_LEX_HONORIFIC)) {
      after = k + 1;                      /* (the lexicon's honorifics: "Sayyid", "Prof") */
    }
  }
  return after;
}

/* kg_act_stop and kg_act_calendar chained by first byte (built once: the
 * name test asks about every capitalised token; speed) */
#define NW_MAX 512
static int16_t nw_head[256], nw_next[NW_MAX];
static const char *nw_word[NW_MAX];
static int nw_state;    /* 0 none, 1 being built, 2 ready, 3 too many words (lists scanned) */

static int nw_ready(void)
{
  int none = 0;
  if (__atomic_compare_exchange_n(&nw_state, &none, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
    int n = 0, ok = 1;
    for (int c = 0; c < 256; c++)
      nw_head[c] = -1;
    const char *const *lists[2] = { kg_act_stop, kg_act_calendar };
    for (int l = 0; l < 2 && ok; l++)
      for (const char *const *w = lists[l]; *w && ok; w++) {
        if (n >= NW_MAX) {
          ok = 0;
          break;
        }
        nw_word[n] = *w;
        nw_next[n] = -1;
        /* appended at its chain's end (order does not matter: membership) */
        int16_t *at = &nw_head[(unsigned char)(*w)[0]];
        while (*at >= 0)
          at = &nw_next[*at];
        *at = (int16_t)n++;
      }
    __atomic_store_n(&nw_state, ok ? 2 : 3, __ATOMIC_RELEASE);
  }
  int st;
  while ((st = __atomic_load_n(&nw_state, __ATOMIC_ACQUIRE)) == 1)
    ;
  return st == 2;
}

/* A capitalised word that may be part of a name. */
int kg_act_name_tok(const kg_doc *doc, uint32_t i)
{
  const kg_token *t = &doc->tokens[i];
  char b[64];
  if (t->flags & KG_ACT_SKIP_FLAGS)
    return 0;
  if (!kg_tok_is_cap(t))
    return 0;
  kg_tok_lower(t, b, sizeof b);
  if (nw_ready()) {
    for (int k = nw_head[(unsigned char)b[0]]; k >= 0; k = nw_next[k])
      if (!strcmp(b, nw_word[k]))
        return 0;
  } else if (kg_act_in_list(b, kg_act_stop) || kg_act_in_list(b, kg_act_calendar)) {
    return 0;
  }
  for (const char *p = b; *p; p++)   /* letters, dots, hyphens, apostrophes */
    if (isdigit((unsigned char)*p))
      return 0;
  return 1;
}

/* ------------------------------------------------------------ mention making */

/* Equal but for letter case ("TOKYO" of a dateline is no new form). */
static int same_fold(const char *label, const char *s, size_t n)
{
  if (strlen(label) != n)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (tolower((unsigned char)label[k]) != tolower((unsigned char)s[k]))
      return 0;
  return 1;
}

int kg_act_add_mention(kg_act_ctx *c, uint32_t sent, uint32_t tok, uint32_t ntok,
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
  if ((kind == KG_MEN_NAME || kind == KG_MEN_PARTIAL) && !same_fold(a->label, d->text + m->start,
                                                                  m->end - m->start))
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

/* A Latin-1 letter of UTF-8 at t[k] ("Á" is C3 81): 1 upper case, 2 lower
 * case, 0 none (the multiplication and division signs are no letters). */
static int latin1_letter(const unsigned char *t, size_t k)
{
  if (t[k] != 0xC3 || t[k + 1] < 0x80 || t[k + 1] > 0xBF || t[k + 1] == 0x97 || t[k + 1] == 0xB7)
    return 0;
  return t[k + 1] < 0x9F ? 1 : 2;
}

/* Whether t[k] is a letter or the second byte of a Latin-1 letter. */
static int letter_at(const unsigned char *t, size_t k)
{
  return isalpha(t[k]) || latin1_letter(t, k) || (k > 0 && latin1_letter(t, k - 1));
}

/* A place name as a label: "HANOI" of a dateline becomes "Hanoi", "BOGOTÁ"
 * "Bogotá" (the Latin-1 capitals of UTF-8 too), or the story's spelling
 * where it has one in lower case. */
static const char *place_label(kg_doc *d, uint32_t tok, uint32_t ntok)
{
  const char *t = span_text(d, tok, ntok);
  if (!t)
    return NULL;
  const unsigned char *u = (const unsigned char *)t;
  size_t n = strlen(t), letters = 0, upper = 0;
  for (size_t k = 0; k < n; k++) {
    int l1 = latin1_letter(u, k);
    if (isalpha(u[k]) || l1) {
      letters++;
      upper += isupper(u[k]) != 0 || l1 == 1;
      k += l1 != 0;
    }
  }
  if (letters < 4 || upper != letters)
    return t;
  /* the story's own spelling when it writes the name in lower case too
   * ("PORT-AU-PRINCE" and "in Port-au-Prince", "DAR ES SALAAM") */
  for (const char *x = d->text, *end = d->text + d->len; x + n <= end; x++) {
    int lower = 0;
    size_t k = 0;
    for (; k < n && tolower((unsigned char)x[k]) == tolower(u[k]); k++)
      lower |= islower((unsigned char)x[k]) != 0;
    if (k == n && lower && (x == d->text || !isalnum((unsigned char)x[-1])) &&
        (x + n == end || !isalnum((unsigned char)x[n])))
      return kg_doc_strndup(d, x, n);
  }
  unsigned char *c = (unsigned char *)t; /* arena copy of our own: safe to edit */
  for (size_t k = 0; k < n; k++) {
    int l1 = latin1_letter(c, k), prev = k > 0 && letter_at(c, k - 1);
    if (isalpha(c[k]) && prev)
      c[k] = (unsigned char)tolower(c[k]);
    else if (l1 == 1 && prev)
      c[k + 1] = (unsigned char)(c[k + 1] + 0x20);
    k += l1 != 0;
  }
  return t;
}

/* "CÚCUTA, Colombia, May 12 —": the capitals that open a dateline before
 * a comma and a state (or region) of the dictionary name a place, known to
 * the gazetteer or not; tokens consumed, 0 when none. */
static uint32_t try_dateline_city(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, n = 0;
  if (!(d->tokens[tok].flags & KG_TOK_DATELINE) || (tok > s->tok && (d->tokens[tok - 1].flags & KG_TOK_DATELINE)))
    return 0;
  while (tok + n < end && n < 4 && !kg_tok_is(d, tok + n, ",")) {
    const unsigned char *f = (const unsigned char *)d->tokens[tok + n].form;
    size_t letters = 0;
    for (size_t k = 0; f[k]; k++) {
      int l1 = latin1_letter(f, k);
      if (islower(f[k]) || l1 == 2)
        return 0;
      letters += isupper(f[k]) || l1 == 1;
      k += l1 != 0;
    }
    if (letters == 0)
      return 0;
    n++;
  }
  kg_dict_match m;
  const kg_dict_actor *e;
  if (n == 0 || tok + n + 1 >= end || !kg_tok_is(d, tok + n, ",") ||
      !kg_dict_match_actor(c->dict, d, tok + n + 1, &m) || m.form != KG_FORM_NAME ||
      !(e = kg_dict_actor_at(c->dict, m.entry)) || (e->type != KG_ACT_COUNTRY && e->type != KG_ACT_PLACE))
    return 0;
  return kg_act_add_new(c, sidx, tok, n, KG_ACT_PLACE) >= 0 ? n : 0;
}

static int32_t intern_named(kg_doc *d, int type, const char *label)
{
  char key[256];
  if (!label || kg_make_key(label, key, sizeof key) == 0)
    return -1;
  return kg_doc_intern_actor(d, type, label, key);
}

int32_t kg_actors_intern_entry(kg_doc *doc, const kg_dict *dict, int32_t entry)
{
  const kg_dict_actor *e = kg_dict_actor_at(dict, entry);
  if (!e)
    return -1;
  int32_t a = kg_doc_intern_actor(doc, e->type, e->label, e->key);
  if (a >= 0) {
    doc->actors[a].dict_entry = entry;
    if (e->wikidata && !doc->actors[a].wikidata)
      doc->actors[a].wikidata = e->wikidata;
  }
  return a;
}

int32_t kg_act_intern_entry(kg_act_ctx *c, int32_t entry)
{
  return kg_actors_intern_entry(c->doc, c->dict, entry);
}

int kg_act_locative_before(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  char b[32];
  if ((d->tokens[tok].flags & KG_TOK_DATELINE) &&
      (tok == s->tok || !(d->tokens[tok - 1].flags & KG_TOK_DATELINE)))
    return 1;                           /* the city that opens a dateline */
  if (tok <= s->tok)
    return 0;
  uint32_t p = tok - 1;
  /* "in central Seoul", "in northern Gaza": a lower-case part of the place before it */
  static const char *const part[] = { "central", "northern", "southern", "eastern", "western", "downtown",
                                      "north-eastern", "north-western", "south-eastern", "south-western", NULL };
  if (p > s->tok && !kg_tok_is_cap(&d->tokens[p]) && (kg_tok_lower(&d->tokens[p], b, sizeof b),
                                                       kg_act_in_list(b, part)))
    p--;
  if (kg_tok_is(d, p, "the") && p > s->tok)
    p--;
  kg_tok_lower(&d->tokens[p], b, sizeof b);
  return kg_act_in_list(b, kg_act_locative);
}

/* A demonym inside a longer proper name ("Korean Peninsula", "Russian
 * Federation") is not a mention. */
static int demonym_in_name(kg_act_ctx *c, const kg_sentence *s, uint32_t next)
{
  const kg_title *ti;
  kg_dict_match dm;
  if (next >= s->tok + s->ntok || !kg_act_name_tok(c->doc, next))
    return 0;
  if (kg_dict_match_title(c->dict, c->doc, next, &ti) > 0)
    return 0;
  if (kg_dict_match_actor(c->dict, c->doc, next, &dm))
    return 0;
  if (kg_coref_fold_partial(c->doc, next) >= 0)
    return 0;
  {                                     /* a model's designation: "Israeli F-35 jets", "Russian Su-34 bombers" */
    const char *f = c->doc->tokens[next].form;
    size_t fl = strlen(f);
    int digit = 0;
    for (size_t k = 0; k < fl; k++)
      digit |= f[k] >= '0' && f[k] <= '9';
    if (fl <= 8 && (digit || (next + 2 < s->tok + s->ntok && kg_tok_is(c->doc, next + 1, "-") &&
                              c->doc->tokens[next + 2].form[0] >= '0' && c->doc->tokens[next + 2].form[0] <= '9')))
      return 0;
  }
  {                                     /* "Chinese Foreign Ministry": a sector */
    char ph[96], wb[32];
    size_t pl = 0;
    for (uint32_t q = next; q < next + 3 && q < s->tok + s->ntok && kg_act_name_tok(c->doc, q); q++) {
      kg_tok_lower(&c->doc->tokens[q], wb, sizeof wb);
      pl += (size_t)snprintf(ph + pl, sizeof ph - pl, "%s%s", q > next ? " " : "", wb);
      if (pl >= sizeof ph)
        break;
      if (kg_dict_sector_noun(c->dict, ph) > 0)
        return 0;
    }
  }
  /* "Chinese Commerce Minister X", "Russian Agriculture Minister": one or
   * two capitalised common nouns of a portfolio before a title of the
   * dictionary; the demonym is the office's state */
  for (uint32_t q = next; q < next + 2 && q + 1 < s->tok + s->ntok; q++) {
    const kg_token *t = &c->doc->tokens[q];
    char lw[32];
    kg_tok_lower(t, lw, sizeof lw);
    if (!kg_tok_is_cap(t) || t->upos == KG_UPOS_VERB || t->upos == KG_UPOS_ADP || kg_act_org_head(lw))
      break;                            /* ("American Bar Association President": the body's) */
    if (kg_dict_match_title(c->dict, c->doc, q + 1, &ti) > 0)
      return 0;
  }
  /* a people named by a plural after the demonym ("Bosnian Serbs", "Iraqi
   * Kurds"): the demonym still refers to the state, unless more of a name
   * follows ("Syrian Democratic Forces" never gets here: "Democratic") */
  {
    const kg_token *t = &c->doc->tokens[next];
    size_t L = strlen(t->form);
    int more = next + 1 < s->tok + s->ntok && kg_act_name_tok(c->doc, next + 1);
    if (!more && L > 3 && t->form[L - 1] == 's' && t->form[L - 2] != 's' &&
        (t->upos == KG_UPOS_NONE || t->upos == KG_UPOS_PROPN || t->upos == KG_UPOS_NOUN) &&
        (!t->xpos || !strcmp(t->xpos, "NNPS") || !strcmp(t->xpos, "NNS")))
      return 0;
  }
  /* a following name preceded by no title: "Russian Vladimir Putin" is rare;
   * a capitalised noun after a demonym is a proper name */
  return 1;
}

int kg_act_titled_comma(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  if (tok < s->tok + 2 || !kg_tok_is(d, tok - 1, ","))
    return 0;
  for (uint32_t k = 1; k <= 4 && tok - 1 >= s->tok + k; k++)
    if (kg_act_after_title(dict, d, tok - 1 - k, k) == k)
      return 1;
  return 0;
}

int kg_act_titled_name(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n)
{
  uint32_t end = s->tok + s->ntok;
  kg_dict_match dm;
  if (n == 0 || n > 3 || tok + n >= end || !kg_act_titled_comma(dict, d, s, tok) ||
      kg_dict_match_actor(dict, d, tok, &dm))
    return 0;
  for (uint32_t q = tok; q < tok + n; q++)
    if (d->tokens[q].upos != KG_UPOS_PROPN || !kg_act_name_tok(d, q))
      return 0;
  char nb[32];
  kg_tok_lower(&d->tokens[tok + n], nb, sizeof nb);
  return !strcmp(nb, ",") || !strcmp(nb, ".") || kg_act_in_list(nb, kg_act_report);
}

/* A demonym opening the name of a body of its own ("the Serbian Orthodox
 * Church", "his own Mongolian People's Party", "the Norwegian Police
 * Security Service"): the capitalised words after it, at least two, end at
 * the first head word of a party, church, society or service (a possessive
 * "'s" may join them).  Returns the words' span after the demonym, 0 when
 * none.  A state's own organ ("Ministry", "Army", "Forces", "Bank",
 * "Council") is left to the demonym, the state's, and its sector. */
static uint32_t demonym_body_name(const kg_doc *d, const kg_sentence *s, uint32_t next)
{
  static const char *const heads[] = { "party", "church", "association", "union", "federation", "institute",
    "foundation", "front", "movement", "league", "organization", "organisation", "service", "corporation",
    "company", "alliance", "coalition", "society", NULL };
  uint32_t end = s->tok + s->ntok, words = 0;
  char b[24];
  for (uint32_t q = next; q < end && words < 4; q++) {
    if (words > 0 && kg_tok_is_poss(&d->tokens[q]) && q + 1 < end && kg_act_name_tok(d, q + 1))
      continue;                         /* "People's Party" */
    if (!kg_act_name_tok(d, q))
      return 0;
    words++;
    kg_tok_lower(&d->tokens[q], b, sizeof b);
    if (kg_act_in_list(b, heads))
      return words >= 2 ? q + 1 - next : 0;
  }
  return 0;
}

/* "the ruling Georgian Dream party", "the opposition Serbian Progressive
 * movement": a demonym and one to three capitalised words before a
 * lower-case party noun, told to be a party by "ruling", "governing" or
 * "opposition" before the demonym (at tok), or by the tagger's
 * organisation span opening there, name a party of their own.  Returns
 * the capitalised words' span after the demonym (the label leaves the
 * party noun out), 0 when none. */
static uint32_t demonym_party_name(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t next)
{
  static const char *const heads[] = { "party", "movement", "coalition", "alliance", "bloc", NULL };
  uint32_t end = s->tok + s->ntok, q = next;
  char b[24];
  while (q < end && q < next + 3 && kg_act_name_tok(d, q) && d->tokens[q].upos != KG_UPOS_VERB)
    q++;
  if (q == next || q >= end || kg_tok_is_cap(&d->tokens[q]))
    return 0;
  kg_tok_lower(&d->tokens[q], b, sizeof b);
  if (!kg_act_in_list(b, heads))
    return 0;
  int told = d->tokens[tok].ner_type == KG_NE_ORG && d->tokens[tok].ner_iob == KG_IOB_B;
  if (tok > s->tok) {
    kg_tok_lower(&d->tokens[tok - 1], b, sizeof b);
    told |= kg_act_in_list(b, (const char *const[]){ "ruling", "governing", "opposition", NULL });
  }
  return told ? q - next : 0;
}

/* A title ends right before tok ("Foreign Minister |Ararat"): kg_act_after_title(tok - k, k) == k for a k of 1 to
 * 4, with each of the four words before tok looked up once, not once per k (speed): tn its title's length, sh
 * "sheikh" or "sultan", tw a title word or honorific. */
static int title_ends_before(kg_act_ctx *c, const kg_sentence *s, uint32_t tok)
{
  uint32_t tn[5];
  uint8_t sh[5], tw[5], known[5] = { 0 };    /* (index j: the word tok - j) */
  for (uint32_t k = 1; k <= 4 && tok >= s->tok + k; k++) {
    uint32_t after = 0;
    for (uint32_t q = 0; q < k; q++) {
      uint32_t j = k - q;
      if (!known[j]) {
        char b[32];
        const kg_title *ti;
        kg_tok_lower(&c->doc->tokens[tok - j], b, sizeof b);
        tn[j] = kg_dict_match_title(c->dict, c->doc, tok - j, &ti);
        sh[j] = !strcmp(b, "sheikh") || !strcmp(b, "sultan");
        tw[j] = kg_act_in_list(b, k_title_words) || (kg_dict_lex(c->dict, b) & KG_LEX_HONORIFIC);
        known[j] = 1;
      }
      if (tn[j] > 0 && q + tn[j] <= k) {
        after = q + tn[j];
        q += tn[j] - 1;
      } else if (!(q > after && sh[j]) && tw[j]) {
        after = q + 1;
      }
    }
    if (after == k)
      return 1;
  }
  return 0;
}

static uint32_t try_dict(kg_act_ctx *c, uint32_t sidx, uint32_t tok);

/* "The Netherlands", "The Gambia" opening a sentence: an NER span that
 * opens with the article and whose other words are just a state's
 * dictionary name is that state (the name rules would make a place of
 * the span); tokens consumed, 0 when not so. */
static uint32_t article_name(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, j = tok + 1;
  if (!kg_tok_is(d, tok, "the") || d->tokens[tok].ner_iob != KG_IOB_B || j >= end)
    return 0;
  while (j < end && d->tokens[j].ner_iob == KG_IOB_I)
    j++;
  kg_dict_match dm;
  const kg_dict_actor *e = kg_dict_match_actor(c->dict, d, tok + 1, &dm) ? kg_dict_actor_at(c->dict, dm.entry) : NULL;
  if (!e || e->type != KG_ACT_COUNTRY || dm.form != KG_FORM_NAME || tok + 1 + dm.ntok != j)
    return 0;
  uint32_t n = try_dict(c, sidx, tok + 1);
  return n ? n + 1 : 0;
}

/* Handles a dictionary match at tok; returns tokens consumed (0: none). */
static uint32_t try_dict(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  kg_dict_match dm;
  if (!kg_dict_match_actor(c->dict, d, tok, &dm) || dm.ntok == 0)
    return 0;
  if (tok + dm.ntok > s->tok + s->ntok)
    return 0;
  for (uint32_t k = tok; k < tok + dm.ntok; k++)
    if (d->tokens[k].flags & KG_ACT_SKIP_FLAGS)
      return 0;
  const kg_dict_actor *e = kg_dict_actor_at(c->dict, dm.entry);
  if (!e)
    return 0;
  /* a place alias that swallows "the" ("The United States" listed as a
   * place name) must not hide the state matched after the article */
  if (e->type == KG_ACT_PLACE && dm.ntok > 1 && kg_tok_is(d, tok, "the"))
    return 0;
  /* a lower-case single word matched by case folding ("chad", "turkey")
   * is an ordinary word unless it is a demonym */
  if (dm.ntok == 1 && !kg_tok_is_cap(&d->tokens[tok]) && dm.form != KG_FORM_DEMONYM)
    return 0;
  /* nor is a lower-case phrase ("his security council" is no Security
   * Council): a name has a capital somewhere */
  if (dm.ntok > 1 && dm.form != KG_FORM_DEMONYM) {
    int cap = 0;
    for (uint32_t k = tok; k < tok + dm.ntok && !cap; k++)
      cap = kg_tok_is_cap(&d->tokens[k]);
    if (!cap)
      return 0;
  }
  /* a place's name that opens a person's name after a title ("Foreign
   * Minister Ararat Mirzoyan", "President Jordan Bardella") is the
   * person's: left to the name rules */
  if (dm.ntok == 1 && (e->type == KG_ACT_PLACE || dm.form == KG_FORM_METONYM) &&
      title_ends_before(c, s, tok) && tok + 1 < s->tok + s->ntok && kg_act_name_tok(d, tok + 1)) {
    kg_dict_match nx;
    if (!kg_dict_match_actor(c->dict, d, tok + 1, &nx))
      return 0;
  }
  /* a first name the dictionary's folded demonyms read ("Germán Martínez":
   * "German") before a name the NER model tags a person's: that person */
  if (dm.ntok == 1 && dm.form == KG_FORM_DEMONYM && d->tokens[tok].form && strchr(d->tokens[tok].form, '\xc3') &&
      tok + 1 < s->tok + s->ntok && d->tokens[tok + 1].ner_type == KG_NE_PER &&
      d->tokens[tok + 1].ner_iob == KG_IOB_B && kg_tok_is_cap(&d->tokens[tok + 1])) {
    uint32_t j = tok + 2;
    while (j < s->tok + s->ntok && d->tokens[j].ner_type == KG_NE_PER && d->tokens[j].ner_iob == KG_IOB_I)
      j++;
    return kg_act_add_new(c, sidx, tok, j - tok, KG_ACT_PERSON) < 0 ? 0 : j - tok;
  }
  /* "the Sudan People's Liberation Movement (SPLM)": a state's name opening
   * a longer organisation's name the NER model tags as one, glossed by an
   * acronym in brackets, is that name's (left to the name rules) */
  if (dm.form == KG_FORM_NAME && e->type == KG_ACT_COUNTRY && d->tokens[tok].ner_type == KG_NE_ORG &&
      d->tokens[tok].ner_iob == KG_IOB_B && !(d->tokens[tok].flags & KG_TOK_DATELINE)) {
    uint32_t j = tok + dm.ntok;
    while (j < s->tok + s->ntok && d->tokens[j].ner_iob == KG_IOB_I && d->tokens[j].ner_type == KG_NE_ORG)
      j++;
    const char *ac = j > tok + dm.ntok && j + 1 < s->tok + s->ntok && kg_tok_is(d, j, "(") ?
                     d->tokens[j + 1].form : "";
    size_t nu = 0;
    while (ac[nu] >= 'A' && ac[nu] <= 'Z')
      nu++;
    if (nu >= 2)
      return 0;
  }
  /* "the UK Independence Party", "China Construction Bank", "Japan
   * Airlines": a state's name opening a longer organisation's name the NER
   * model tags as one, ending in the head of a party or a firm (no organ of
   * the state: "Pakistan Army" stays Pakistan's), is that name's (left to
   * the name rules) */
  if ((dm.form == KG_FORM_NAME || dm.form == KG_FORM_ALIAS) && e->type == KG_ACT_COUNTRY &&
      d->tokens[tok].ner_type == KG_NE_ORG && d->tokens[tok].ner_iob == KG_IOB_B &&
      !(d->tokens[tok].flags & KG_TOK_DATELINE)) {
    static const char *const firm[] = { "party", "bank", "airlines", "airways", "corporation", "company",
      "group", "holdings", "motors", "telecom", "petroleum", "railways", "insurance", NULL };
    uint32_t j = tok + dm.ntok;
    while (j < s->tok + s->ntok && d->tokens[j].ner_iob == KG_IOB_I && d->tokens[j].ner_type == KG_NE_ORG &&
           kg_act_name_tok(d, j))
      j++;
    char hb[32];
    int more = j < s->tok + s->ntok && d->tokens[j].ner_iob == KG_IOB_I;   /* ("X Bank and Bank of Y") */
    if (j > tok + dm.ntok && !more && (kg_tok_lower(&d->tokens[j - 1], hb, sizeof hb), kg_act_in_list(hb, firm)))
      return 0;
  }
  /* "the Balochistan Liberation Army", "the Oromo Liberation Front": a
   * place's name opening a longer name the NER model tags as an
   * organisation, ending in the head of an armed group, a movement or a
   * party, is that name's (left to the name rules) */
  if (e->type == KG_ACT_PLACE && d->tokens[tok].ner_type == KG_NE_ORG && d->tokens[tok].ner_iob == KG_IOB_B &&
      !(d->tokens[tok].flags & KG_TOK_DATELINE)) {
    static const char *const heads[] = { "army", "front", "movement", "party", "brigade", "brigades", "militia",
      "tigers", "congress", "league", "alliance", NULL };
    uint32_t j = tok + dm.ntok;
    while (j < s->tok + s->ntok && d->tokens[j].ner_iob == KG_IOB_I && d->tokens[j].ner_type == KG_NE_ORG &&
           kg_act_name_tok(d, j))
      j++;
    char hb[32];
    if (j > tok + dm.ntok && (kg_tok_lower(&d->tokens[j - 1], hb, sizeof hb), kg_act_in_list(hb, heads)))
      return 0;
  }
  /* "Prime Minister Abdul Hamid Dbeibah": a person's whole name in the
   * dictionary ("Abdul Hamid", a president of Bangladesh) opening a longer
   * person's name the NER model tags as one, with a name word after it
   * that starts no dictionary name, is the longer name's (left to the
   * name rules); opening it, not inside it ("Mahamat Idriss Déby Itno":
   * the father's name inside the son's is left as it was) */
  if (e->type == KG_ACT_PERSON && dm.ntok >= 2 && (dm.form == KG_FORM_NAME || dm.form == KG_FORM_ALIAS) &&
      (tok == s->tok || !kg_act_name_tok(d, tok - 1) || title_ends_before(c, s, tok)) &&
      tok + dm.ntok < s->tok + s->ntok && d->tokens[tok].ner_type == KG_NE_PER &&
      d->tokens[tok + dm.ntok].ner_type == KG_NE_PER && d->tokens[tok + dm.ntok].ner_iob == KG_IOB_I &&
      kg_act_name_tok(d, tok + dm.ntok) && !kg_tok_is_poss(&d->tokens[tok + dm.ntok])) {
    kg_dict_match nx;
    if (!kg_dict_match_actor(c->dict, d, tok + dm.ntok, &nx))
      return 0;
  }
  /* "the Paris Club", "The Moscow Times": a capital opening a longer name
   * the NER model tags as one is that name's (left to the name rules) */
  if (dm.form == KG_FORM_METONYM && tok + dm.ntok < s->tok + s->ntok &&
      d->tokens[tok].ner_iob == KG_IOB_B && d->tokens[tok + dm.ntok].ner_iob == KG_IOB_I &&
      kg_act_name_tok(d, tok + dm.ntok) && !(d->tokens[tok].flags & KG_TOK_DATELINE))
    return 0;                           /* (not a weekday after it: "in Jerusalem Sunday") */
  /* "Belize City": a state's name before a capitalised "City"
   * the dictionary does not know is a city's name, a Place */
  if (dm.form != KG_FORM_DEMONYM && e->type == KG_ACT_COUNTRY && tok + dm.ntok < s->tok + s->ntok &&
      kg_tok_is(d, tok + dm.ntok, "city") && kg_tok_is_cap(&d->tokens[tok + dm.ntok]) &&
      !(d->tokens[tok].flags & KG_TOK_DATELINE)) {
    int32_t a = intern_named(d, KG_ACT_PLACE, place_label(d, tok, dm.ntok + 1));
    if (a < 0 || d->actors[a].type != KG_ACT_PLACE ||
        kg_act_add_mention(c, sidx, tok, dm.ntok + 1, a, KG_MEN_NAME, 1) < 0)
      return 0;
    return dm.ntok + 1;
  }
  /* "said Farah Qureshi, a defence analyst": a town's name opening a
   * two-word person's name of the NER model (not after a locative, the
   * next word no name of the dictionary) is the person's too, beside a
   * verb, before an apposition or as the apposition of a title ("the
   * foreign minister, Ararat Mirzoyan,"), not in a list of constituencies
   * ("..., Birmingham Yardley, Surrey South West"); a state's name so
   * opening one only before an apposition ("Israel Katz, the defence
   * minister,") or after a title, as its apposition or not ("Israel's
   * foreign minister, Israel Katz, said", "Defence Minister Israel Katz") */
  uint32_t send = s->tok + s->ntok;
  int appos = tok + 3 < send && kg_tok_is(d, tok + 2, ",") &&
              (kg_tok_is(d, tok + 3, "a") || kg_tok_is(d, tok + 3, "an") || kg_tok_is(d, tok + 3, "the"));
  int titled = tok > s->tok + 1 && (title_ends_before(c, s, tok) ||
                                   (kg_tok_is(d, tok - 1, ",") && title_ends_before(c, s, tok - 1)));
  /* ... or set off by commas after a common noun ("his Armenian counterpart,
   * Ararat Mirzoyan, announced"; not a list of names) */
  int noun_appos = tok > s->tok + 2 && tok + 2 < send && kg_tok_is(d, tok - 1, ",") && kg_tok_is(d, tok + 2, ",") &&
                   d->tokens[tok - 2].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&d->tokens[tok - 2]);
  if (dm.ntok == 1 &&
      (e->type == KG_ACT_PLACE || (e->type == KG_ACT_COUNTRY && dm.form == KG_FORM_NAME && (appos || titled))) &&
      d->tokens[tok].ner_type == KG_NE_PER &&
      d->tokens[tok].ner_iob == KG_IOB_B && tok + 2 < send && d->tokens[tok + 1].ner_type == KG_NE_PER &&
      d->tokens[tok + 1].ner_iob == KG_IOB_I && kg_act_name_tok(d, tok + 1) && !kg_act_locative_before(d, s, tok) &&
      ((tok > s->tok && d->tokens[tok - 1].upos == KG_UPOS_VERB) || d->tokens[tok + 2].upos == KG_UPOS_VERB || appos ||
       titled || (noun_appos && e->type == KG_ACT_PLACE))) {
    kg_dict_match nx;
    if (!kg_dict_match_actor(c->dict, d, tok + 1, &nx))
      return 0;
  }
  if (dm.form == KG_FORM_DEMONYM) {
    if (!kg_tok_is_cap(&d->tokens[tok]))
      return 0;
    if (demonym_in_name(c, s, tok + dm.ntok)) {
      uint32_t bn = demonym_body_name(d, s, tok + dm.ntok);
      bn = bn ? bn : demonym_party_name(d, s, tok, tok + dm.ntok);   /* "the ruling Georgian Dream party" */
      if (bn > 0)                       /* "the Serbian Orthodox Church": one body's name */
        return kg_act_add_new(c, sidx, tok, dm.ntok + bn, KG_ACT_ORG) < 0 ? 0 : dm.ntok + bn;
      return dm.ntok;                   /* consumed, no mention */
    }
    /* "Latin American", "South American", "North African": a region's
     * adjective, no state's (a state's own, "North Korean", "South
     * African", is a longer demonym matched first) */
    static const char *const region[] = { "latin", "south", "north", "central", "east", "west",
                                          "southern", "northern", "eastern", "western", NULL };
    char pb[16];
    if (tok > s->tok && kg_tok_is_cap(&d->tokens[tok - 1]) &&
        (kg_tok_lower(&d->tokens[tok - 1], pb, sizeof pb), kg_act_in_list(pb, region)))
      return dm.ntok;                   /* consumed, no mention */
    /* "the Ukrainian leader" after "President Volodymyr Zelensky": the one
     * person named before whom the dictionary knows as that state's leader */
    const kg_title *lt = NULL;
    uint32_t ln = tok > s->tok && kg_tok_is(d, tok - 1, "the") && tok + dm.ntok < send ?
                  kg_dict_match_title(c->dict, d, tok + dm.ntok, &lt) : 0;
    if (ln > 0 && lt->rel == KG_REL_LEADER && !kg_tok_is_cap(&d->tokens[tok + dm.ntok])) {
      int32_t lp = -1;
      for (size_t k = 0; k < d->nmentions && lp != -2; k++) {
        int32_t pa = d->mentions[k].actor;
        const kg_dict_actor *pe = pa >= 0 && d->actors[pa].type == KG_ACT_PERSON && d->actors[pa].dict_entry >= 0 ?
                                  kg_dict_actor_at(c->dict, d->actors[pa].dict_entry) : NULL;
        if (pe && pe->country == dm.entry && pe->role == KG_REL_LEADER && pa != lp)
          lp = lp < 0 ? pa : -2;
      }
      if (lp >= 0)
        return kg_act_add_mention(c, sidx, tok, dm.ntok + ln, lp, KG_MEN_DESCRIPTION, 0) < 0 ? 0 : dm.ntok + ln;
    }
    int32_t a = kg_act_intern_entry(c, dm.entry);
    if (a < 0 || kg_act_add_mention(c, sidx, tok, dm.ntok, a, KG_MEN_DEMONYM, 0) < 0)
      return 0;
    return dm.ntok;
  }
  int loc = kg_act_locative_before(d, s, tok);
  /* "within the Philippines' zone", "in Russia's war": the possessed noun
   * is the location, the possessor (a state's name, not a capital's:
   * "at London's King's Cross station") stays an actor */
  if (loc && dm.form != KG_FORM_METONYM && tok + dm.ntok < s->tok + s->ntok &&
      kg_tok_is_poss(&d->tokens[tok + dm.ntok]) && !(d->tokens[tok].flags & KG_TOK_DATELINE))
    loc = 0;
  if (e->type == KG_ACT_PLACE || (dm.form == KG_FORM_METONYM && loc)) {
    int32_t a;
    if (e->type == KG_ACT_PLACE)
      a = kg_act_intern_entry(c, dm.entry);
    else
      a = intern_named(d, KG_ACT_PLACE, place_label(d, tok, dm.ntok));
    if (a < 0 || kg_act_add_mention(c, sidx, tok, dm.ntok, a, KG_MEN_NAME, 1) < 0)
      return 0;
    return dm.ntok;
  }
  int32_t a = kg_act_intern_entry(c, dm.entry);
  int kind = dm.form == KG_FORM_METONYM ? KG_MEN_METONYM : KG_MEN_NAME;
  if (a < 0 || kg_act_add_mention(c, sidx, tok, dm.ntok, a, kind, loc) < 0)
    return 0;
  return dm.ntok;
}

/* 1 when two names spell the same consonants in the same order, ignoring
 * case, vowels, doubled letters, spaces and hyphens ("Mohammed bin Salman",
 * "Mohammad bin Salman", "Muhammad bin Salman"); names of ASCII letters
 * only, at least six consonants.  A name with the Serbo-Croatian "Đ" is
 * read as the English press writes it, "Dj" and no diacritics ("Milo
 * Djukanovic", "Milo Đukanović"); other diacritics are never folded here
 * ("Micheál Martin" is no "Michael Martin"). */
static int same_skeleton(const char *a, const char *b)
{
  char ka[96], kb[96], fa[96], fb[96];
  const char *src[2] = { a, b };
  char *fold[2] = { fa, fb };
  for (int w = 0; w < 2; w++)
    if (kg_coref_plain_dj(src[w], strlen(src[w]), fold[w], sizeof fa) > 0)
      src[w] = fold[w];
  char *dst[2] = { ka, kb };
  for (int w = 0; w < 2; w++) {
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)src[w]; *p; p++) {
      if (*p >= 0x80)
        return 0;
      int ch = tolower(*p);
      if (!isalpha(ch) || strchr("aeiouy", ch))
        continue;
      if (n > 0 && dst[w][n - 1] == ch)
        continue;
      if (n + 1 >= sizeof ka)
        return 0;
      dst[w][n++] = (char)ch;
    }
    dst[w][n] = '\0';
  }
  return strlen(ka) >= 6 && !strcmp(ka, kb);
}

/* The last nw space-separated words of l (its whole when fewer after a
 * first word: NULL). */
static const char *last_words(const char *l, int nw)
{
  const char *p = l + strlen(l);
  for (int k = 0; k < nw; k++) {
    while (p > l && p[-1] != ' ')
      p--;
    if (p == l)
      return NULL;                        /* (no word of its own before) */
    if (k + 1 < nw)
      p--;
  }
  return p;
}

/* The first nw space-separated words of l when a word of its own
 * follows them (copied into b), else NULL: "Hassan Sheikh" of "Hassan
 * Sheikh Mohamud". */
static const char *first_words(const char *l, int nw, char *b, size_t cap)
{
  const char *p = l;
  for (int k = 0; k < nw; k++) {
    while (*p && *p != ' ')
      p++;
    if (!*p)
      return NULL;                        /* (no word of its own after) */
    if (k + 1 < nw)
      p++;
  }
  size_t n = (size_t)(p - l);
  if (n + 1 > cap)
    return NULL;
  memcpy(b, l, n);
  b[n] = '\0';
  return b;
}

/* The one Person of the document whose label, or a name mention's text,
 * ends with the words t (two or more, diacritics and case aside) after a
 * word of its own, or (failing that) begins with them before a word of its
 * own ("Hassan Sheikh" after "Hassan Sheikh Mohamud", as Somali and Arabic
 * names are shortened); -1 when none or several do. */
static int32_t tail_person_at(const kg_doc *d, const char *t, int head);

static int32_t tail_person(const kg_doc *d, const char *t)
{
  int32_t a = tail_person_at(d, t, 0);
  return a >= 0 ? a : tail_person_at(d, t, 1);
}

static int32_t tail_person_at(const kg_doc *d, const char *t, int head)
{
  char nt[96], nl[96];
  int nw = 1;
  for (const char *p = t; *p; p++)
    nw += *p == ' ';
  size_t tl = kg_dix_norm(t, nt, sizeof nt, 1);
  if (tl < 5 || nw < 2)
    return -1;
  int32_t found = -1;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    int32_t a = mm->actor;
    if (a < 0 || a == found || d->actors[a].type != KG_ACT_PERSON || mm->kind != KG_MEN_NAME ||
        mm->ntok <= (uint32_t)nw)
      continue;
    char raw[160];
    size_t rl = mm->end - mm->start;
    if (rl < sizeof raw) {
      memcpy(raw, d->text + mm->start, rl);
      raw[rl] = '\0';
    }
    const char *texts[2] = { d->actors[a].label, rl < sizeof raw ? raw : NULL };
    for (int k = 0; k < 2; k++) {
      char fb[160];
      const char *w = !texts[k] ? NULL : head ? first_words(texts[k], nw, fb, sizeof fb) : last_words(texts[k], nw);
      size_t ll = w ? kg_dix_norm(w, nl, sizeof nl, 1) : 0;
      if (ll == tl && !memcmp(nl, nt, tl)) {
        if (found >= 0)
          return -1;
        found = a;
        break;
      }
    }
  }
  return found;
}

/* A new Person / Place / Org from a span that the dictionary lacks. */
int kg_act_add_new(kg_act_ctx *c, uint32_t sidx, uint32_t tok, uint32_t n, int type)
{
  kg_doc *d = c->doc;
  /* "Peru's Congress", "the Polish Senate": a state's legislature or
   * cabinet is that state's body, as "Peru's parliament" is, not an
   * organisation of its own name */
  if (type == KG_ACT_ORG && n == 1 && tok > d->sents[sidx].tok) {
    static const char *const bodies[] = { "congress", "senate", "parliament", "cabinet", "legislature",
      "government", NULL };
    char hb[16];
    kg_tok_lower(&d->tokens[tok], hb, sizeof hb);
    uint32_t p = tok - 1;
    if (kg_tok_is_poss(&d->tokens[p]) && p > d->sents[sidx].tok)
      p--;
    int32_t pm = kg_act_in_list(hb, bodies) ? kg_mention_at(d, p) : -1;
    if (pm >= 0 && d->mentions[pm].actor >= 0 && d->actors[d->mentions[pm].actor].type == KG_ACT_COUNTRY &&
        (p + 1 < tok || d->mentions[pm].kind == KG_MEN_DEMONYM))
      return 0;
  }
  if (type == KG_ACT_PERSON && n == 1) {
    int32_t f = kg_coref_fold_partial(d, tok);
    if (f >= 0)
      return kg_act_add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0);
    int32_t e = kg_act_common_opening(d, tok) ? -1 : kg_coref_surname_at(c, tok);
    if (e >= 0 && (f = kg_act_intern_entry(c, e)) >= 0)
      return kg_act_add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0);
  }
  if (type == KG_ACT_PERSON && n > 1) {     /* "Kim Jong Un" after "Kim" */
    const char *t = span_text(d, tok, n);
    for (size_t k = 0; t && k < d->nactors; k++)
      if (d->actors[k].type == KG_ACT_PERSON && strcmp(d->actors[k].label, t) == 0)
        return kg_act_add_mention(c, sidx, tok, n, (int32_t)k, KG_MEN_NAME, 0);
    /* "Lopez Obrador" after "Andres Manuel Lopez Obrador": the last words
     * of one Person met before (diacritics aside) */
    int32_t tail = t ? tail_person(d, t) : -1;
    if (tail >= 0)
      return kg_act_add_mention(c, sidx, tok, n, tail, KG_MEN_PARTIAL, 0);
    /* another spelling of a known office holder's whole name ("Mohammed
     * bin Salman" for "Mohammad bin Salman"): the surname names one holder
     * with a Wikidata entity (the link is the gain; without one the text's
     * spelling stays the label) and the names' consonants agree */
    int32_t e = kg_coref_surname(c, d->tokens[tok + n - 1].form);
    const kg_dict_actor *de = e >= 0 ? kg_dict_actor_at(c->dict, e) : NULL;
    if (t && de && de->type == KG_ACT_PERSON && de->wikidata && same_skeleton(t, de->label)) {
      int32_t f = kg_act_intern_entry(c, e);
      if (f >= 0)
        return kg_act_add_mention(c, sidx, tok, n, f, KG_MEN_NAME, 0);
    }
  }
  int32_t a = intern_named(d, type, type == KG_ACT_PLACE ? place_label(d, tok, n)
                                                          : span_text(d, tok, n));
  if (a < 0)
    return -1;
  return kg_act_add_mention(c, sidx, tok, n, a, KG_MEN_NAME, type == KG_ACT_PLACE);
}

/* "His Justice and Development Party", "Our Lady Party": a possessive pronoun
 * opening a name's span belongs to the sentence, not the name; the span
 * starts at the word after it. */
static void ner_trim_possessive(kg_doc *d)
{
  static const char *const poss[] = { "his", "her", "its", "their", "our", "my", "your", NULL };
  for (uint32_t k = 0; k + 1 < d->ntokens; k++) {
    kg_token *t = &d->tokens[k], *u = &d->tokens[k + 1];
    char b[8];
    if (t->ner_iob != KG_IOB_B || t->ner_type == KG_NE_NONE || u->sent != t->sent || u->ner_iob != KG_IOB_I ||
        u->ner_type != t->ner_type || !kg_tok_is_cap(u))
      continue;
    kg_tok_lower(t, b, sizeof b);
    if (!kg_act_in_list(b, poss))
      continue;
    t->ner_iob = KG_IOB_O;
    t->ner_type = KG_NE_NONE;
    u->ner_iob = KG_IOB_B;
  }
}

/* "The Emir of Qatar visited", "The Sultan of Oman received": an NER span
 * that opens with a title of the dictionary and goes on with nothing or
 * with "of" and a state's dictionary name is the title and the state, not
 * one name: the title words and "of" leave the span, the state's words are
 * a place span of their own (linked to the state).  Not a title before a
 * name ("Sultan Haitham bin Tarik"), nor a span going on past the state. */
static void ner_trim_title(const kg_dict *dict, kg_doc *d)
{
  for (uint32_t k = 0; k + 2 < d->ntokens; k++) {
    kg_token *t = &d->tokens[k];
    const kg_title *ti;
    uint32_t e = k + 1, n;
    if (t->ner_iob != KG_IOB_B || t->ner_type == KG_NE_NONE || !kg_tok_is_cap(t))
      continue;
    while (e < d->ntokens && d->tokens[e].ner_iob == KG_IOB_I && d->tokens[e].sent == t->sent)
      e++;
    if ((n = kg_dict_match_title(dict, d, k, &ti)) == 0 || k + n > e)
      continue;
    uint32_t j = k + n;
    kg_dict_match dm;
    const kg_dict_actor *a = j + 1 < d->ntokens && d->tokens[j + 1].sent == t->sent && kg_tok_is(d, j, "of") &&
                             kg_dict_match_actor(dict, d, j + 1, &dm) ? kg_dict_actor_at(dict, dm.entry) : NULL;
    if (!a || a->type != KG_ACT_COUNTRY || dm.form != KG_FORM_NAME || (e > j && e != j + 1 + dm.ntok))
      continue;
    for (uint32_t q = k; q <= j; q++) {
      d->tokens[q].ner_iob = KG_IOB_O;
      d->tokens[q].ner_type = KG_NE_NONE;
    }
    for (uint32_t q = j + 1; e > j && q < e; q++) {
      d->tokens[q].ner_iob = q == j + 1 ? KG_IOB_B : KG_IOB_I;
      d->tokens[q].ner_type = KG_NE_LOC;
    }
  }
}

kg_status kg_actors_run(const kg_dict *dict, kg_doc *doc, const kg_logger *log)
{
  if (!dict || !doc)
    return KG_ERR_USAGE;
  for (size_t k = 0; k < doc->ntokens; k++)   /* tokens built by hand may lack forms */
    if (!doc->tokens[k].form) {
      kg_token *t = &doc->tokens[k];
      t->form = kg_doc_strndup(doc, doc->text + t->start, t->end - t->start);
      if (!t->form)
        return KG_ERR_NOMEM;
    }
  ner_trim_possessive(doc);
  ner_trim_title(dict, doc);
  kg_act_ctx c = { dict, doc, log, NULL, 0, 0, 0 };
  int tc = kg_tok_cache_begin(doc);      /* lower-cased forms, once per token */
  kg_coref_surnames(&c);
  doc->nmentions = 0;
  for (uint32_t si = 0; si < doc->nsents; si++) {
    const kg_sentence *s = &doc->sents[si];
    if (kg_sent_is_heading(doc, si))
      continue;
    uint32_t end = s->tok + s->ntok;
    for (uint32_t i = s->tok; i < end;) {
      const kg_token *t = &doc->tokens[i];
      uint32_t n;
      size_t mb = doc->nmentions;
      if (t->flags & KG_ACT_SKIP_FLAGS) { i++; continue; }
      if ((n = try_dict(&c, si, i)) == 0 && (n = article_name(&c, si, i)) > 0) {
        i += n;                           /* "The Netherlands accused ...": the name after the article */
        continue;
      }
      if (n > 0 ||
          (n = try_dateline_city(&c, si, i)) > 0 ||
          (n = kg_act_try_ner(&c, si, i)) > 0 ||
          (n = kg_act_try_shape(&c, si, i)) > 0 ||
          (n = kg_coref_leader_state(&c, si, i)) > 0 ||
          (n = kg_coref_try(&c, si, i)) > 0) {
        i += n;
        /* "his party, the Samagi Jana Balawegaya, said it ...": a name
         * typed an organisation by its apposition before the pronouns
         * after it look for one (again over all at the end) */
        if (doc->nmentions > mb)
          kg_coref_appos_orgs(doc, mb);
        continue;
      }
      i++;
    }
  }
  kg_status st = kg_coref_quote_speakers(&c);   /* "'They blamed me,' said X" (corefquote.c) */
  if (c.sn_owned)
    free(c.sn);
  kg_coref_appos_places(doc);
  kg_coref_appos_orgs(doc, 0);
  if (st == KG_OK)
    st = kg_coref_merge_short_names(doc);
  if (st == KG_OK)
    st = kg_sectors_run(dict, doc);      /* "Egyptian soldiers": sectors.c */
  kg_tok_cache_end(tc);
  if (st != KG_OK)
    return st;
  if (log)
    kg_logf(log, KG_LOG_DEBUG, doc->source, "actors: %zu mentions, %zu actors",
            doc->nmentions, doc->nactors);
  return KG_OK;
}
