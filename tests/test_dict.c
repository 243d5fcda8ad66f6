/* test_dict.c — the dictionary loader (src/dict.c) on the real ontology/
 * files: actors, forms and matching, CAMEO table, triggers, titles, cues,
 * malformed input and user dictionaries. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tests.h"
#include "dict.h"
#include "dict_index.h"
#include "dict_cache.h"
#include "ap_cache.h"
#include "doc.h"
#include "log.h"

static kg_dict *dict;
static char lastmsg[1024];
static int nerrors;

static void capture(void *user, kg_log_level level, const char *where, const char *msg)
{
  (void)user;
  if (level >= KG_LOG_ERROR) {
    nerrors++;
    if (!lastmsg[0])
      snprintf(lastmsg, sizeof lastmsg, "%s: %s", where ? where : "-", msg);
  }
}
static const kg_logger logger = { capture, NULL, KG_LOG_DEBUG };

static const char *files[] = { "ontology/kgbuild.ttl", "ontology/actors.ttl",
                               "ontology/events.ttl", "ontology/lexicon.ttl" };

static char *write_tmp(const char *text)
{
  static char path[64];
  snprintf(path, sizeof path, "/tmp/kg-test-dict-XXXXXX");
  int fd = mkstemp(path);
  if (fd < 0)
    return NULL;
  FILE *f = fdopen(fd, "w");
  fputs(text, f);
  fclose(f);
  return path;
}

/* ontology/'s four files, then `extra` (a path, or NULL), finished; NULL
 * when a step fails. */
static kg_dict *load_all(const char *extra)
{
  kg_dict *d = kg_dict_new();
  if (!d) return NULL;
  for (size_t i = 0; i < sizeof files / sizeof *files; i++)
    if (kg_dict_load_file(d, kg_test_src(files[i]), &logger) != KG_OK) { kg_dict_free(d); return NULL; }
  if (extra && kg_dict_load_file(d, extra, &logger) != KG_OK) { kg_dict_free(d); return NULL; }
  if (kg_dict_finish(d) != KG_OK) { kg_dict_free(d); return NULL; }
  return d;
}

/* ontology/ and a user file holding the Turtle `ttl` (written to /tmp and
 * removed again), finished; NULL when a step fails.  Shared with
 * test_events.c. */
kg_dict *kg_test_dict_with(const char *ttl);
kg_dict *kg_test_dict_with(const char *ttl)
{
  char *p = write_tmp(ttl);
  if (!p) return NULL;
  kg_dict *d = load_all(p);
  remove(p);
  return d;
}

static int setup(void)
{
  dict = load_all(NULL);
  return dict == NULL;
}
static int teardown(void)
{
  kg_dict_free(dict);
  dict = NULL;
  return 0;
}

/* A one-sentence document whose tokens are the space-separated words of s. */
static kg_doc *make_doc(const char *s)
{
  kg_doc *d = kg_doc_new(s, strlen(s), NULL);
  if (!d || !kg_doc_add_sentence(d))
    return d;
  size_t i = 0, n = strlen(s);
  while (i < n) {
    while (i < n && s[i] == ' ')
      i++;
    size_t j = i;
    while (j < n && s[j] != ' ')
      j++;
    if (j > i) {
      kg_token *t = kg_doc_add_token(d, (uint32_t)i, (uint32_t)j);
      t->form = kg_doc_strndup(d, s + i, j - i);
      t->space_after = j < n;
    }
    i = j;
  }
  d->sents[0].ntok = (uint32_t)d->ntokens;
  d->sents[0].start = 0;
  d->sents[0].end = (uint32_t)n;
  return d;
}

static const kg_dict_actor *actor_named(const char *name)
{
  return kg_dict_actor_at(dict, kg_dict_find_actor(dict, name));
}

/* The entry matched at token tok of s, its kind and length; -1 when none. */
static int32_t match(const char *s, uint32_t tok, int *kind, uint32_t *ntok)
{
  kg_doc *d = make_doc(s);
  kg_dict_match m;
  int32_t e = -1;
  if (d && kg_dict_match_actor(dict, d, tok, &m)) {
    e = m.entry;
    if (kind) *kind = m.form;
    if (ntok) *ntok = m.ntok;
  }
  kg_doc_free(d);
  return e;
}

static void test_countries(void)
{
  const kg_dict_actor *nk = actor_named("North Korea");
  CU_ASSERT_PTR_NOT_NULL_FATAL(nk);
  CU_ASSERT_EQUAL(nk->type, KG_ACT_COUNTRY);
  CU_ASSERT_STRING_EQUAL(nk->wikidata, "Q423");
  CU_ASSERT_STRING_EQUAL(nk->iso3, "PRK");
  CU_ASSERT_STRING_EQUAL(nk->key, "north-korea");
  int32_t e = kg_dict_find_actor(dict, "North Korea");
  CU_ASSERT_EQUAL(kg_dict_find_actor(dict, "DPRK"), e);
  CU_ASSERT_EQUAL(kg_dict_find_actor(dict, "north korea"), e);
  CU_ASSERT_EQUAL(kg_dict_find_actor(dict, "Democratic People's Republic of Korea"), e);
  const kg_dict_actor *us = actor_named("U.S.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(us);
  CU_ASSERT_STRING_EQUAL(us->label, "United States");
  CU_ASSERT_STRING_EQUAL(us->wikidata, "Q30");
  CU_ASSERT_PTR_EQUAL(actor_named("Russian Federation"), actor_named("Russia"));
  CU_ASSERT_STRING_EQUAL(actor_named("Russia")->wikidata, "Q159");
  CU_ASSERT_STRING_EQUAL(actor_named("China")->iso3, "CHN");
  CU_ASSERT_STRING_EQUAL(actor_named("ROK")->label, "South Korea");
  CU_ASSERT_EQUAL(kg_dict_find_actor(dict, "Atlantis"), -1);
  CU_ASSERT(kg_dict_nactors(dict) > 700);
  CU_ASSERT_PTR_NULL(kg_dict_actor_at(dict, -1));
  CU_ASSERT_PTR_NULL(kg_dict_actor_at(dict, (int32_t)kg_dict_nactors(dict)));
}

static void test_orgs_people(void)
{
  const kg_dict_actor *un = actor_named("United Nations");
  CU_ASSERT_PTR_NOT_NULL_FATAL(un);
  CU_ASSERT_EQUAL(un->type, KG_ACT_ORG);
  CU_ASSERT_STRING_EQUAL(un->wikidata, "Q1065");
  CU_ASSERT_PTR_EQUAL(actor_named("NATO"), actor_named("North Atlantic Treaty Organisation"));
  const kg_dict_actor *g7 = actor_named("G7");
  CU_ASSERT_PTR_NOT_NULL_FATAL(g7);
  CU_ASSERT_PTR_NULL(g7->wikidata);

  int32_t nk = kg_dict_find_actor(dict, "North Korea");
  const kg_dict_actor *kim = actor_named("Kim Jong Un");
  CU_ASSERT_PTR_NOT_NULL_FATAL(kim);
  CU_ASSERT_EQUAL(kim->type, KG_ACT_PERSON);
  CU_ASSERT_STRING_EQUAL(kim->wikidata, "Q56226");
  CU_ASSERT_EQUAL(kim->role, KG_REL_LEADER);
  CU_ASSERT_EQUAL(kim->country, nk);
  CU_ASSERT_PTR_EQUAL(actor_named("Kim Jong-un"), kim);
  const kg_dict_actor *putin = actor_named("Vladimir Putin");
  CU_ASSERT_PTR_NOT_NULL_FATAL(putin);
  CU_ASSERT_EQUAL(putin->role, KG_REL_LEADER);
  CU_ASSERT_EQUAL(putin->country, kg_dict_find_actor(dict, "Russia"));
  CU_ASSERT_STRING_EQUAL(putin->wikidata, "Q7747");
  const kg_dict_actor *trump = actor_named("Donald Trump");
  CU_ASSERT_PTR_NOT_NULL_FATAL(trump);
  CU_ASSERT_EQUAL(trump->country, kg_dict_find_actor(dict, "United States"));
  CU_ASSERT(trump->role_start >= 2017 && trump->role_start <= 2025);
  const kg_dict_actor *sg = actor_named("Ant\xc3\xb3nio Guterres");
  CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
  CU_ASSERT_EQUAL(sg->role, KG_REL_OFFICIAL);
  CU_ASSERT_EQUAL(sg->country, kg_dict_find_actor(dict, "United Nations"));
  /* a known city is a place in its state */
  const kg_dict_actor *vl = actor_named("Vladivostok");
  CU_ASSERT_PTR_NOT_NULL_FATAL(vl);
  CU_ASSERT_EQUAL(vl->type, KG_ACT_PLACE);
  CU_ASSERT_EQUAL(vl->country, kg_dict_find_actor(dict, "Russia"));
}

static void test_match(void)
{
  int kind = -1;
  uint32_t n = 0;
  int32_t nk = kg_dict_find_actor(dict, "North Korea");
  CU_ASSERT_EQUAL(match("North Korea 's missile", 0, &kind, &n), nk);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(kind, KG_FORM_NAME);
  CU_ASSERT_EQUAL(match("the North Korean leader", 1, &kind, &n), nk);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(kind, KG_FORM_DEMONYM);
  CU_ASSERT_EQUAL(match("NORTH KOREA fired", 0, NULL, &n), nk);   /* 4+ letters fold case */
  CU_ASSERT_EQUAL(match("the DPRK said", 1, &kind, &n), nk);
  CU_ASSERT_EQUAL(kind, KG_FORM_ALIAS);
  /* Russia's seat of government */
  int32_t ru = kg_dict_find_actor(dict, "Russia");
  CU_ASSERT_EQUAL(match("the Kremlin said", 1, &kind, &n), ru);
  CU_ASSERT_EQUAL(kind, KG_FORM_METONYM);
  CU_ASSERT_EQUAL(match("Moscow said", 0, &kind, NULL), ru);
  CU_ASSERT_EQUAL(kind, KG_FORM_METONYM);
  /* short acronyms keep their case */
  int32_t us = kg_dict_find_actor(dict, "United States");
  CU_ASSERT_EQUAL(match("the US said", 1, NULL, NULL), us);
  CU_ASSERT_EQUAL(match("told us that", 1, NULL, NULL), -1);
  CU_ASSERT_EQUAL(match("the U.S. said", 1, NULL, NULL), us);
  /* longest form wins; hyphen and space alike; curly apostrophe */
  CU_ASSERT_EQUAL(match("United States of America", 0, NULL, &n), us);
  CU_ASSERT_EQUAL(n, 4);
  int32_t kim = kg_dict_find_actor(dict, "Kim Jong Un");
  CU_ASSERT_EQUAL(match("Kim Jong-un met", 0, NULL, &n), kim);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(match("Kim Jong - un met", 0, NULL, &n), kim);
  CU_ASSERT_EQUAL(n, 4);
  CU_ASSERT_EQUAL(match("Democratic People\xe2\x80\x99s Republic of Korea", 0, NULL, &n), nk);
  CU_ASSERT_EQUAL(n, 5);
  /* a form does not end inside a token, nor cross the sentence end */
  CU_ASSERT_EQUAL(match("Koreana", 0, NULL, NULL), -1);
  CU_ASSERT_EQUAL(match("North", 0, NULL, NULL), -1);
  CU_ASSERT_EQUAL(match("the", 5, NULL, NULL), -1);
  /* a token boundary inside a word of a form does not match ("to go" is not Togo) */
  int32_t togo = kg_dict_find_actor(dict, "Togo");
  CU_ASSERT(togo >= 0);
  CU_ASSERT_EQUAL(match("Togo said", 0, NULL, NULL), togo);
  CU_ASSERT_EQUAL(match("want to go home", 1, NULL, NULL), -1);
  /* acronyms of 4+ capitals: "NATO" and "Nato", not "nato" */
  int32_t nato = kg_dict_find_actor(dict, "NATO");
  CU_ASSERT(nato >= 0);
  CU_ASSERT_EQUAL(match("NATO allies", 0, NULL, NULL), nato);
  CU_ASSERT_EQUAL(match("Nato allies", 0, NULL, NULL), nato);
  CU_ASSERT_EQUAL(match("nato allies", 0, NULL, NULL), -1);
  /* diacritics are ignored */
  int32_t fr = kg_dict_find_actor(dict, "France");
  CU_ASSERT_EQUAL(match("the Elysee said", 1, &kind, NULL), fr);
  CU_ASSERT_EQUAL(match("the \xc3\x89lys\xc3\xa9" "e said", 1, &kind, NULL), fr);
  CU_ASSERT_EQUAL(kind, KG_FORM_METONYM);
  /* a capital that is a common word in lower case is no metonym */
  CU_ASSERT_EQUAL(match("a male voice", 1, NULL, NULL), -1);
}

static void test_match_speed(void)
{
  /* every token of a long text: must stay well under a microsecond-scale budget */
  const char *s = "On Monday North Korean leader Kim Jong Un met Russian President Vladimir Putin "
                  "in Vladivostok , and the White House said the United States would respond .";
  kg_doc *d = make_doc(s);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  clock_t c0 = clock();
  size_t hits = 0;
  for (int rep = 0; rep < 2000; rep++)
    for (uint32_t i = 0; i < d->ntokens; i++) {
      kg_dict_match m;
      hits += (size_t)kg_dict_match_actor(dict, d, i, &m);
    }
  double sec = (double)(clock() - c0) / CLOCKS_PER_SEC;
  (void)sec;
  CU_ASSERT(hits >= 2000 * 6);
  kg_doc_free(d);
}

/* The memo reads its document's normalised stream made once (dict_index.c
 * ds_build) instead of normalising the text at each token: the same
 * actor and title matches at every token as without a memo, over
 * hyphens, curly quotes, accents, case, tokens without content ("-"),
 * two sentences (a form never crosses the end) and a very long token. */
static void test_memo_stream(void)
{
  static const char *texts[] = {
    "On Monday North Korean leader Kim Jong - un met President Putin in the Kremlin - and Nato said so",
    "the Prime Minister of the United Kingdom , Sir Keir , told Foreign Secretary David Lammy \xe2\x80\x98 no \xe2\x80\x99",
    "want to go home , said the \xc3\x89lys\xc3\xa9" "e and the NATO chief ; Kim Jong-un \xe2\x80\x94 DPRK",
    "North Korea North Korea - - United States of America U.S. nato NATO Nato Togo to go",
    "Democratic People\xe2\x80\x99s Republic of Korea _ \xc2\xa0 Chi\xc8\x99in\xc4\x83u Minister",
  };
  char longw[700];
  memset(longw, 'k', sizeof longw - 1);
  longw[sizeof longw - 1] = 0;
  for (size_t x = 0; x <= sizeof texts / sizeof *texts; x++) {
    char buf[1024];
    if (x < sizeof texts / sizeof *texts) snprintf(buf, sizeof buf, "%s", texts[x]);
    else snprintf(buf, sizeof buf, "United %s States", longw);
    kg_doc *d = make_doc(buf);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    if (x == 1 && d->ntokens > 8) {   /* two sentences: the first ends after token 6 */
      CU_ASSERT_FATAL(kg_doc_add_sentence(d) != NULL);
      d->sents[1] = d->sents[0];
      d->sents[0].ntok = 7;
      d->sents[1].tok = 7;
      d->sents[1].ntok = (uint32_t)d->ntokens - 7;
      for (uint32_t i = 7; i < d->ntokens; i++) d->tokens[i].sent = 1;
    }
    uint32_t n = (uint32_t)d->ntokens;
    kg_dict_match *m0 = calloc(n, sizeof *m0), *m1 = calloc(n, sizeof *m1);
    uint32_t *t0 = calloc(n, sizeof *t0), *t1 = calloc(n, sizeof *t1);
    int *a0 = calloc(n, sizeof *a0), *a1 = calloc(n, sizeof *a1);
    CU_ASSERT_FATAL(m0 && m1 && t0 && t1 && a0 && a1);
    for (uint32_t i = 0; i < n; i++) {
      const kg_title *ti;
      a0[i] = kg_dict_match_actor(dict, d, i, &m0[i]);
      t0[i] = kg_dict_match_title(dict, d, i, &ti);
    }
    int begun = kg_dict_memo_begin(dict, d);
    CU_ASSERT(begun);
    for (uint32_t r = 0; r < 2; r++)   /* computed, then from the memo */
      for (uint32_t i = 0; i < n; i++) {
        const kg_title *ti;
        a1[i] = kg_dict_match_actor(dict, d, i, &m1[i]);
        t1[i] = kg_dict_match_title(dict, d, i, &ti);
        CU_ASSERT_EQUAL(a1[i], a0[i]);
        CU_ASSERT_EQUAL(t1[i], t0[i]);
        if (a0[i] && a1[i]) {
          CU_ASSERT_EQUAL(m1[i].entry, m0[i].entry);
          CU_ASSERT_EQUAL(m1[i].ntok, m0[i].ntok);
          CU_ASSERT_EQUAL(m1[i].form, m0[i].form);
        }
      }
    kg_dict_memo_end(begun);
    free(m0); free(m1); free(t0); free(t1); free(a0); free(a1);
    kg_doc_free(d);
  }
}

static void test_keys(void)
{
  /* every entry's IRI key is kg_make_key of its label, so that graphs of
   * different documents and runs merge; labels are unique per key */
  char k[512];
  size_t bad = 0, n = kg_dict_nactors(dict);
  for (size_t i = 0; i < n; i++) {
    const kg_dict_actor *a = kg_dict_actor_at(dict, (int32_t)i);
    kg_make_key(a->label, k, sizeof k);
    if (strcmp(k, a->key) != 0 || !a->type || a->type > KG_ACT_PLACE)
      bad++;
    if (a->type == KG_ACT_PERSON && a->country >= 0) {
      const kg_dict_actor *c = kg_dict_actor_at(dict, a->country);
      if (!c || c->type == KG_ACT_PERSON || !a->role)
        bad++;
    }
  }
  CU_ASSERT_EQUAL(bad, 0);
}

static void test_cameo_triggers(void)
{
  const kg_cameo *c = kg_dict_cameo(dict, "042");
  CU_ASSERT_PTR_NOT_NULL_FATAL(c);
  CU_ASSERT_STRING_EQUAL(c->name, "Make a visit");
  CU_ASSERT_STRING_EQUAL(c->root, "04");
  CU_ASSERT_STRING_EQUAL(c->class_local, "MakeAVisit");
  CU_ASSERT_DOUBLE_EQUAL(c->goldstein, 3.0, 1e-9);
  CU_ASSERT_STRING_EQUAL(c->plover, "CONSULT");
  const kg_cameo *r = kg_dict_cameo(dict, "19");
  CU_ASSERT_PTR_NOT_NULL_FATAL(r);
  CU_ASSERT_STRING_EQUAL(r->class_local, "Fight");
  CU_ASSERT_PTR_NULL(kg_dict_cameo(dict, "999"));
  CU_ASSERT(kg_dict_ncameo(dict) >= 300);
  for (size_t i = 1; i < kg_dict_ncameo(dict); i++)
    CU_ASSERT(strcmp(kg_dict_cameo_at(dict, i - 1)->code, kg_dict_cameo_at(dict, i)->code) < 0);

  const kg_trigger *t = NULL;
  size_t n = kg_dict_triggers(dict, "visit", KG_UPOS_VERB, &t);
  CU_ASSERT(n >= 1);
  int found = 0;
  for (size_t i = 0; i < n; i++) {
    CU_ASSERT_STRING_EQUAL(t[i].lemma, "visit");
    CU_ASSERT_EQUAL(t[i].pos, KG_UPOS_VERB);
    if (!t[i].object && !t[i].prep && !t[i].particle && strcmp(t[i].code, "042") == 0)
      found = 1;
  }
  CU_ASSERT(found);
  n = kg_dict_triggers(dict, "sanction", KG_UPOS_NOUN, &t);
  CU_ASSERT(n >= 1);
  found = 0;
  for (size_t i = 0; i < n; i++)
    if (strncmp(t[i].code, "16", 2) == 0)
      found = 1;
  CU_ASSERT(found);
  n = kg_dict_triggers(dict, "fire", KG_UPOS_VERB, &t);
  found = 0;
  for (size_t i = 0; i < n; i++)
    if (t[i].object && strcmp(t[i].object, "missile") == 0 && strncmp(t[i].code, "15", 2) == 0)
      found = 1;
  CU_ASSERT(found);
  CU_ASSERT_EQUAL(kg_dict_triggers(dict, "xyzzy", KG_UPOS_VERB, &t), 0);
  CU_ASSERT_PTR_NULL(t);
  CU_ASSERT(kg_dict_triggers(dict, "Condemn", KG_UPOS_VERB, &t) >= 1);
}

/* kg_dict_title_phrase by binary search: every title a text matches is found
 * by its phrase (the same entry), other phrases are not. */
static void test_title_phrase(void)
{
  kg_doc *d = make_doc("Prime Minister A, Foreign Minister B, President C, defence minister D, "
                       "Secretary of State E, ambassador F, Chancellor G and Interior Minister H");
  int seen = 0;
  for (uint32_t i = 0; i < d->ntokens; i++) {
    const kg_title *ti = NULL;
    if (!kg_dict_match_title(dict, d, i, &ti) || !ti) continue;
    seen++;
    CU_ASSERT_PTR_EQUAL(kg_dict_title_phrase(dict, ti->phrase), ti);
  }
  CU_ASSERT(seen >= 6);
  static const char *const no[] = { "", " ", "a", "prime", "prime ministers", "prime minister x", "zzzz", "\xff" };
  for (size_t k = 0; k < sizeof no / sizeof *no; k++) CU_ASSERT_PTR_NULL(kg_dict_title_phrase(dict, no[k]));
  CU_ASSERT_PTR_NULL(kg_dict_title_phrase(dict, NULL));
  CU_ASSERT_PTR_NULL(kg_dict_title_phrase(NULL, "president"));
  kg_doc_free(d);
}

static void test_lexicon(void)
{
  kg_doc *d = make_doc("Prime Minister Boris Johnson and Foreign Minister Lavrov");
  const kg_title *ti = NULL;
  CU_ASSERT_EQUAL(kg_dict_match_title(dict, d, 0, &ti), 2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ti);
  CU_ASSERT_STRING_EQUAL(ti->phrase, "prime minister");
  CU_ASSERT_EQUAL(ti->rel, KG_REL_LEADER);
  CU_ASSERT_EQUAL(kg_dict_match_title(dict, d, 5, &ti), 2);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ti);
  CU_ASSERT_EQUAL(ti->rel, KG_REL_OFFICIAL);
  CU_ASSERT_EQUAL(kg_dict_match_title(dict, d, 2, &ti), 0);
  CU_ASSERT_PTR_NULL(ti);
  kg_doc_free(d);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "may"), KG_CUE_HEDGE);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "reportedly"), KG_CUE_HEDGE);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "not"), KG_CUE_NEGATION);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "n't"), KG_CUE_NEGATION);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "n\xe2\x80\x99t"), KG_CUE_NEGATION);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "May"), KG_CUE_HEDGE);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "say"), KG_CUE_REPORT);
  CU_ASSERT_EQUAL(kg_dict_cue(dict, "banana"), 0);
  CU_ASSERT_EQUAL(kg_dict_description(dict, "state"), KG_ACT_COUNTRY);
  CU_ASSERT_EQUAL(kg_dict_description(dict, "regime"), KG_ACT_COUNTRY);
  CU_ASSERT_EQUAL(kg_dict_description(dict, "bloc"), KG_ACT_ORG);
  CU_ASSERT_EQUAL(kg_dict_description(dict, "banana"), 0);
}

static void test_malformed(void)
{
  const char *bad =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "<https://w3id.org/kgbuild/id/x> a kgo:Country ;\n"
    "  rdfs:label \"Xland\" .\n"
    "<https://w3id.org/kgbuild/id/y> rdfs:label \"unterminated ;\n";
  char *p = write_tmp(bad);
  CU_ASSERT_PTR_NOT_NULL_FATAL(p);
  kg_dict *d = kg_dict_new();
  lastmsg[0] = 0;
  nerrors = 0;
  CU_ASSERT_EQUAL(kg_dict_load_file(d, p, &logger), KG_ERR_FORMAT);
  CU_ASSERT(nerrors >= 1);
  CU_ASSERT_PTR_NOT_NULL(strstr(lastmsg, p));
  CU_ASSERT_PTR_NOT_NULL(strstr(lastmsg, ":5"));   /* the line */
  CU_ASSERT_EQUAL(kg_dict_finish(d), KG_OK);
  CU_ASSERT_EQUAL(kg_dict_find_actor(d, "Xland"), -1); /* nothing of a bad file is kept */
  remove(p);
  CU_ASSERT_EQUAL(kg_dict_load_file(d, "/nonexistent/x.ttl", &logger), KG_ERR_IO);
  /* binary garbage */
  p = write_tmp("\x01\x02\xff\xfe garbage {{{ \n");
  CU_ASSERT_EQUAL(kg_dict_load_file(d, p, &logger), KG_ERR_FORMAT);
  remove(p);
  kg_dict_free(d);
  kg_dict_free(NULL);
}

static void test_user_dictionary(void)
{
  const char *user =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    "@prefix id: <https://w3id.org/kgbuild/id/> .\n"
    "id:acme-defence-group a kgo:Organization ; rdfs:label \"Acme Defence Group\" ;\n"
    "  kgd:alias \"ADG\" ; owl:sameAs <http://www.wikidata.org/entity/Q999999999> .\n"
    "id:jane-roe a kgo:Person ; rdfs:label \"Jane Roe\" ; kgo:officialOf id:acme-defence-group .\n"
    "id:north-korea kgd:alias \"Hermit Kingdom\" .\n"
    "[] kgd:lemma \"zap\" ; kgd:pos \"VERB\" ; kgd:code \"190\" .\n"
    "[] kgd:lemma \"parley\" ; kgd:pos \"NOUN\" ; kgd:eventClass kgo:EngageInNegotiation .\n"
    "kgo:MakeAVisit kgd:pattern \"drop VERB particle=by\", \"bad pattern\" .\n"
    "kgo:Hedged kgd:cue \"mayhaps\" .\n"
    "kgo:officialOf kgd:title \"chief widget officer\" .\n";
  kg_dict *d = kg_test_dict_with(user);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  int32_t e = kg_dict_find_actor(d, "ADG");
  CU_ASSERT(e >= 0);
  const kg_dict_actor *a = kg_dict_actor_at(d, e);
  CU_ASSERT_PTR_NOT_NULL_FATAL(a);
  CU_ASSERT_STRING_EQUAL(a->label, "Acme Defence Group");
  CU_ASSERT_STRING_EQUAL(a->key, "acme-defence-group");
  CU_ASSERT_STRING_EQUAL(a->wikidata, "Q999999999");
  const kg_dict_actor *j = kg_dict_actor_at(d, kg_dict_find_actor(d, "Jane Roe"));
  CU_ASSERT_PTR_NOT_NULL_FATAL(j);
  CU_ASSERT_EQUAL(j->role, KG_REL_OFFICIAL);
  CU_ASSERT_EQUAL(j->country, e);
  CU_ASSERT_EQUAL(kg_dict_find_actor(d, "Hermit Kingdom"), kg_dict_find_actor(d, "North Korea"));
  const kg_trigger *t;
  CU_ASSERT_EQUAL(kg_dict_triggers(d, "zap", KG_UPOS_VERB, &t), 1);
  CU_ASSERT_EQUAL_FATAL(kg_dict_triggers(d, "parley", KG_UPOS_NOUN, &t), 1);
  CU_ASSERT_STRING_EQUAL(t[0].code, "046");
  CU_ASSERT_EQUAL_FATAL(kg_dict_triggers(d, "drop", KG_UPOS_VERB, &t) >= 1, 1);
  int by = 0;
  for (size_t i = 0; i < kg_dict_triggers(d, "drop", KG_UPOS_VERB, &t); i++)
    by |= t[i].particle && !strcmp(t[i].particle, "by") && !strcmp(t[i].code, "042");
  CU_ASSERT(by);
  CU_ASSERT_EQUAL(kg_dict_triggers(d, "bad", KG_UPOS_VERB, &t), 0);   /* malformed pattern skipped */
  CU_ASSERT_EQUAL(kg_dict_cue(d, "mayhaps"), KG_CUE_HEDGE);
  CU_ASSERT_EQUAL(kg_dict_cue(d, "may"), KG_CUE_HEDGE);
  kg_doc *doc = make_doc("the Chief Widget Officer said");
  const kg_title *ti;
  CU_ASSERT_EQUAL(kg_dict_match_title(d, doc, 1, &ti), 3);
  kg_doc_free(doc);
  /* finish may run again after more loads */
  CU_ASSERT_EQUAL(kg_dict_finish(d), KG_OK);
  CU_ASSERT_EQUAL(kg_dict_find_actor(d, "ADG"), e);
  kg_dict_free(d);
}

/* kgd:datedCode: the code that holds on a date, the narrowest span first;
 * a user file's name beats an equal name of ontology/ */
static void test_dated_codes(void)
{
  const char *user =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "<urn:x:pip> a kgo:Country ; rdfs:label \"Pip Wander\" ; kgd:iso3 \"WAN\" ;\n"
    "  kgd:datedCode \"WANCVL until=2007-12-31\", \"WANMIL from=2008-01-01 until=2012-06-30\",\n"
    "    \"WANGOV from=2010-02-01 until=2010-02-28\", \"WANELI from=2012-07-01\" .\n"
    "<urn:x:fr> a kgo:Country ; rdfs:label \"France\" ; kgd:iso3 \"FRX\" .\n";
  kg_dict *d = kg_test_dict_with(user);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  int32_t e = kg_dict_find_actor(d, "Pip Wander");
  CU_ASSERT_FATAL(e >= 0);
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, ""), "WAN");          /* no date */
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, "1999-05-01"), "WANCVL");
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, "2007-12-31"), "WANCVL"); /* inclusive */
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, "2008-01-01"), "WANMIL");
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, "2010-02-14"), "WANGOV"); /* narrowest */
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, "2010-03-01"), "WANMIL");
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, e, "2020"), "WANELI");       /* a year */
  int32_t n = kg_dict_find_actor(d, "North Korea");
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_code_on(d, n, "2020-01-01"), "PRK"); /* undated entry */
  /* underscore, hyphen and space are alike */
  kg_doc *us = make_doc("met North_Korea");
  kg_dict_match um;
  CU_ASSERT(kg_dict_match_actor(d, us, 1, &um) && um.entry == n);
  kg_doc_free(us);
  /* "France" of the user file wins the match over ontology/'s */
  kg_doc *doc = make_doc("France protested");
  kg_dict_match m;
  CU_ASSERT_FATAL(kg_dict_match_actor(d, doc, 0, &m));
  CU_ASSERT_STRING_EQUAL(kg_dict_actor_at(d, m.entry)->iso3, "FRX");
  kg_doc_free(doc);
  kg_dict_free(d);
}

static void test_load_speed(void)
{
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  kg_dict *d = load_all(NULL);
  CU_ASSERT_PTR_NOT_NULL(d);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  (void)t0; (void)t1;
  kg_dict_free(d);
}

/* ------------------------------------------------ the binary cache */

static int same_str(const char *a, const char *b)
{
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Every table the same (actors field by field, CAMEO rows, some lookups). */
static int same_dict(const kg_dict *a, const kg_dict *b)
{
  if (kg_dict_nactors(a) != kg_dict_nactors(b) || kg_dict_ncameo(a) != kg_dict_ncameo(b)) return 0;
  for (size_t i = 0; i < kg_dict_nactors(a); i++) {
    const kg_dict_actor *x = kg_dict_actor_at(a, (int32_t)i), *y = kg_dict_actor_at(b, (int32_t)i);
    if (x->type != y->type || !same_str(x->label, y->label) || !same_str(x->key, y->key) ||
        !same_str(x->wikidata, y->wikidata) || !same_str(x->iso3, y->iso3) ||
        x->country != y->country || x->role != y->role ||
        x->role_start != y->role_start || x->role_end != y->role_end)
      return 0;
  }
  for (size_t i = 0; i < kg_dict_ncameo(a); i++) {
    const kg_cameo *x = kg_dict_cameo_at(a, i), *y = kg_dict_cameo_at(b, i);
    if (!same_str(x->code, y->code) || !same_str(x->name, y->name) || x->goldstein != y->goldstein)
      return 0;
  }
  static const char *lem[] = { "visit", "sanction", "meet", "zapzap", "attack" };
  for (size_t i = 0; i < sizeof lem / sizeof *lem; i++) {
    const kg_trigger *ta, *tb;
    size_t na = kg_dict_triggers(a, lem[i], KG_UPOS_VERB, &ta), nb = kg_dict_triggers(b, lem[i], KG_UPOS_VERB, &tb);
    if (na != nb) return 0;
    for (size_t k = 0; k < na; k++)
      if (!same_str(ta[k].code, tb[k].code) || !same_str(ta[k].prep, tb[k].prep)) return 0;
  }
  return kg_dict_find_actor(a, "Testorg 777") == kg_dict_find_actor(b, "Testorg 777");
}

static size_t count_files(const char *dir)
{
  char cmd[600];
  snprintf(cmd, sizeof cmd, "ls '%s' | grep -c '^dict-.*\\.bin$'", dir);
  FILE *p = popen(cmd, "r");
  int n = 0;
  if (p) { if (fscanf(p, "%d", &n) != 1) n = 0; pclose(p); }
  return (size_t)n;
}

static void test_cache(void)
{
  char dir[] = "/tmp/kgb-dcache-XXXXXX";
  CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
  char *old_dir = getenv("KGBUILD_CACHE_DIR") ? strdup(getenv("KGBUILD_CACHE_DIR")) : NULL;
  char *old_off = getenv("KGBUILD_NO_CACHE") ? strdup(getenv("KGBUILD_NO_CACHE")) : NULL;
  setenv("KGBUILD_CACHE_DIR", dir, 1);
  unsetenv("KGBUILD_NO_CACHE");
  /* a user file big enough to be cached, with blank nodes */
  size_t cap = 1 << 20, n = 0;
  char *ttl = malloc(cap);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ttl);
  n += (size_t)snprintf(ttl + n, cap - n,
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix id: <https://w3id.org/kgbuild/id/> .\n"
    "[] kgd:lemma \"zapzap\" ; kgd:pos \"VERB\" ; kgd:code \"190\" ; kgd:prep \"at\" .\n");
  for (int i = 0; i < 800; i++)
    n += (size_t)snprintf(ttl + n, cap - n,
      "id:test-org-%d a kgo:Organization ; rdfs:label \"Testorg %d\" ; kgd:alias \"Tst Org Number %d\" .\n"
      "[] kgd:lemma \"zapzap%d\" ; kgd:pos \"VERB\" ; kgd:code \"190\" .\n", i, i, i, i);
  char *p = write_tmp(ttl);
  CU_ASSERT_PTR_NOT_NULL_FATAL(p);
  CU_ASSERT(n >= 32768);

  setenv("KGBUILD_NO_CACHE", "1", 1);
  kg_dict *ref = load_all(p);                 /* Raptor only */
  CU_ASSERT_EQUAL(count_files(dir), 0);
  unsetenv("KGBUILD_NO_CACHE");
  kg_dict *d1 = load_all(p);                  /* parses, writes the caches */
  size_t nf = count_files(dir);
  CU_ASSERT(nf >= 2);                         /* actors.ttl and the user file at least */
  kg_dict *d2 = load_all(p);                  /* from the caches */
  CU_ASSERT_PTR_NOT_NULL_FATAL(ref);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d1);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d2);
  CU_ASSERT(kg_dict_find_actor(d2, "Testorg 777") >= 0);
  CU_ASSERT(kg_dict_find_actor(d2, "Tst Org Number 5") >= 0);
  const kg_trigger *tr;
  CU_ASSERT_EQUAL(kg_dict_triggers(d2, "zapzap", KG_UPOS_VERB, &tr), 1);
  CU_ASSERT(same_dict(ref, d1));
  CU_ASSERT(same_dict(ref, d2));
  CU_ASSERT_EQUAL(count_files(dir), nf);

  /* a damaged cache file is ignored (and rewritten) */
  char cmd[700];
  snprintf(cmd, sizeof cmd, "for f in '%s'/dict-*.bin; do printf 'XXXXXXXX' | dd of=\"$f\" bs=1 seek=200 conv=notrunc 2>/dev/null; done", dir);
  CU_ASSERT_EQUAL(system(cmd), 0);
  kg_dict *d3 = load_all(p);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d3);
  CU_ASSERT(same_dict(ref, d3));
  /* an edited source gets a new cache, not the old tables */
  FILE *f = fopen(p, "a");
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  fputs("id:test-org-1 kgd:alias \"Freshly Added Alias\" .\n", f);
  fclose(f);
  kg_dict *d4 = load_all(p);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d4);
  CU_ASSERT(kg_dict_find_actor(d4, "Freshly Added Alias") >= 0);
  CU_ASSERT_EQUAL(kg_dict_find_actor(d4, "Freshly Added Alias"), kg_dict_find_actor(d4, "Testorg 1"));
  CU_ASSERT_EQUAL(kg_dict_find_actor(d2, "Freshly Added Alias"), -1);
  CU_ASSERT_EQUAL(count_files(dir), nf);      /* the stale cache was replaced */
  /* the same bytes under another name (a temporary copy): no second cache */
  char *p1 = strdup(p);
  size_t clen = 0;
  char *content = kg_test_slurp(p1, &clen);
  CU_ASSERT_PTR_NOT_NULL_FATAL(content);
  char *p2 = write_tmp(content);               /* (reuses write_tmp's buffer) */
  CU_ASSERT_PTR_NOT_NULL_FATAL(p2);
  kg_dict *d5 = kg_dict_new();
  CU_ASSERT_EQUAL(kg_dict_load_file(d5, p2, &logger), KG_OK);
  CU_ASSERT_EQUAL(kg_dict_finish(d5), KG_OK);
  CU_ASSERT(kg_dict_find_actor(d5, "Freshly Added Alias") >= 0);
  CU_ASSERT_EQUAL(count_files(dir), nf);
  kg_dict_free(d5);
  remove(p2);
  free(content);
  p = p1;

  kg_dict_free(ref); kg_dict_free(d1); kg_dict_free(d2); kg_dict_free(d3); kg_dict_free(d4);
  remove(p);
  free(p1);
  free(ttl);
  snprintf(cmd, sizeof cmd, "rm -f '%s'/dict-*.bin; rmdir '%s'", dir, dir);
  CU_ASSERT_EQUAL(system(cmd), 0);
  if (old_dir) { setenv("KGBUILD_CACHE_DIR", old_dir, 1); free(old_dir); } else unsetenv("KGBUILD_CACHE_DIR");
  if (old_off) { setenv("KGBUILD_NO_CACHE", old_off, 1); free(old_off); } else unsetenv("KGBUILD_NO_CACHE");
}

static int hex16_at(const char *s)
{
  for (int i = 0; i < 16; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return 0;
  return 1;
}

/* Both caches name their files through kg_dc_file: <dir>/<prefix>-<hash of
 * the source's real path>-<rest>; no name when the cache is off. */
static void test_cache_names(void)
{
  char *old_dir = getenv("KGBUILD_CACHE_DIR") ? strdup(getenv("KGBUILD_CACHE_DIR")) : NULL;
  char *old_off = getenv("KGBUILD_NO_CACHE") ? strdup(getenv("KGBUILD_NO_CACHE")) : NULL;
  setenv("KGBUILD_CACHE_DIR", "/tmp/kgb-names", 1);
  unsetenv("KGBUILD_NO_CACHE");
  char *a = kg_dc_file("/no/such/dir/model.bin", 7, "ap", "4096.bin");
  char *b = kg_dc_file("/no/such/dir/model.bin", 7, "ap", "4096.bin");
  char *c = kg_dc_file("/no/such/dir/model.bin", 8, "ap", "4096.bin");
  char *d = kg_dc_file("/no/such/dir/other.bin", 7, "ap", "4096.bin");
  char *e = kg_apc_path("/no/such/dir/model.bin", 4096);
  static char src[KG_DC_MIN_BYTES];
  memset(src, 'x', sizeof src);
  uint64_t key = 0;
  char *f = kg_dc_path("/no/such/dir/a.ttl", src, sizeof src, &key);
  CU_ASSERT_PTR_NOT_NULL_FATAL(a);
  CU_ASSERT_PTR_NOT_NULL_FATAL(b);
  CU_ASSERT_PTR_NOT_NULL_FATAL(c);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(e);
  CU_ASSERT_PTR_NOT_NULL_FATAL(f);
  CU_ASSERT(strncmp(a, "/tmp/kgb-names/ap-", 18) == 0 && hex16_at(a + 18) && strcmp(a + 34, "-4096.bin") == 0);
  CU_ASSERT_STRING_EQUAL(a, b);
  CU_ASSERT(strcmp(a, c) != 0);               /* the seed is in the hash */
  CU_ASSERT(strcmp(a, d) != 0);               /* so is the path */
  CU_ASSERT(strncmp(e, "/tmp/kgb-names/ap-", 18) == 0 && hex16_at(e + 18) && strcmp(e + 34, "-4096.bin") == 0);
  CU_ASSERT(strncmp(f, "/tmp/kgb-names/dict-", 20) == 0 && hex16_at(f + 20) && f[36] == '-' && hex16_at(f + 37));
  char want[64];
  snprintf(want, sizeof want, "-%016llx-%zu.bin", (unsigned long long)key, sizeof src);
  CU_ASSERT_STRING_EQUAL(f + 36, want);
  free(a); free(b); free(c); free(d); free(e); free(f);
  setenv("KGBUILD_NO_CACHE", "1", 1);
  CU_ASSERT_PTR_NULL(kg_dc_file("/no/such/dir/model.bin", 7, "ap", "4096.bin"));
  CU_ASSERT_PTR_NULL(kg_apc_path("/no/such/dir/model.bin", 4096));
  CU_ASSERT_PTR_NULL(kg_dc_path("/no/such/dir/a.ttl", src, sizeof src, &key));
  if (old_dir) { setenv("KGBUILD_CACHE_DIR", old_dir, 1); free(old_dir); } else unsetenv("KGBUILD_CACHE_DIR");
  if (old_off) { setenv("KGBUILD_NO_CACHE", old_off, 1); free(old_off); } else unsetenv("KGBUILD_NO_CACHE");
}

/* kg_dix_lower_dup: each string as the byte loop it replaced makes it
 * (tolower, then runs of isspace as one space, none at the ends), on fixed
 * strings and on random bytes; and the string map with a size hint: the
 * same values, and the slots puts alone end with. */
static void lower_ref(const char *s, char *p)
{
  size_t n = strlen(s), w = 0;
  for (size_t i = 0; i <= n; i++) p[i] = (char)tolower((unsigned char)s[i]);
  for (size_t i = 0; p[i]; i++) {
    if (isspace((unsigned char)p[i])) { if (w && p[w - 1] != ' ') p[w++] = ' '; }
    else p[w++] = p[i];
  }
  while (w && p[w - 1] == ' ') w--;
  p[w] = 0;
}

static void test_lower_dup_map(void)
{
  kg_dix_arena *ar = NULL;
  CU_ASSERT_STRING_EQUAL(kg_dix_lower_dup(&ar, "  The\tUnited \n\r Nations  "), "the united nations");
  CU_ASSERT_STRING_EQUAL(kg_dix_lower_dup(&ar, "\v\f"), "");
  CU_ASSERT_STRING_EQUAL(kg_dix_lower_dup(&ar, "S\xC3\xA3o Tom\xC3\xA9"), "s\xC3\xA3o tom\xC3\xA9");
  char in[64], want[64];
  unsigned x = 12345;
  int bad = 0;
  for (int t = 0; t < 2000; t++) {
    int n = t % 40;
    for (int i = 0; i < n; i++) {
      x = x * 1103515245u + 12345u;
      unsigned c = (x >> 16) & 255;
      in[i] = (char)(c ? ((x >> 8) & 1 ? c : (unsigned char)" \tAbZ\n-"[c % 7]) : (unsigned)'a');
    }
    in[n] = 0;
    lower_ref(in, want);
    const char *got = kg_dix_lower_dup(&ar, in);
    if (!got || strcmp(got, want) != 0) bad++;
  }
  CU_ASSERT_EQUAL(bad, 0);
  kg_dix_map a, b;
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  CU_ASSERT_EQUAL(kg_dix_map_reserve(&b, 1000), 0);
  CU_ASSERT_EQUAL(b.cap, 2048);
  char key[16];
  for (int i = 0; i < 1000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    const char *k = kg_dix_strdup(&ar, key);
    CU_ASSERT_EQUAL(kg_dix_map_put(&a, k, i), 0);
    CU_ASSERT_EQUAL(kg_dix_map_put(&b, k, i), 0);
  }
  CU_ASSERT_EQUAL(a.cap, b.cap);
  CU_ASSERT_EQUAL(a.n, b.n);
  for (int i = 0; i < 1000; i += 37) {
    snprintf(key, sizeof key, "k%d", i);
    CU_ASSERT_EQUAL(kg_dix_map_get(&b, key, strlen(key)), i);
  }
  CU_ASSERT_EQUAL(kg_dix_map_get(&b, "k1000", 5), -1);
  CU_ASSERT_EQUAL(kg_dix_map_reserve(&b, 10), 0);   /* never shrinks */
  CU_ASSERT_EQUAL(b.cap, 2048);
  kg_dix_map_free(&a);
  kg_dix_map_free(&b);
  kg_dix_arena_free(ar);
}

CU_ErrorCode kg_suite_dict(void)
{
  CU_pSuite s = CU_add_suite("dict", setup, teardown);
  if (!s)
    return CU_get_error();
  CU_add_test(s, "countries and aliases", test_countries);
  CU_add_test(s, "organisations and leaders", test_orgs_people);
  CU_add_test(s, "longest match over tokens", test_match);
  CU_add_test(s, "match over a long text", test_match_speed);
  CU_add_test(s, "memo's document stream: the same matches", test_memo_stream);
  CU_add_test(s, "keys and roles consistent", test_keys);
  CU_add_test(s, "CAMEO table and triggers", test_cameo_triggers);
  CU_add_test(s, "titles, cues, descriptions", test_lexicon);
  CU_add_test(s, "malformed files", test_malformed);
  CU_add_test(s, "user dictionary merges", test_user_dictionary);
  CU_add_test(s, "dated actor codes, user names first", test_dated_codes);
  CU_add_test(s, "load all files again", test_load_speed);
  CU_add_test(s, "binary cache: same tables, damaged or stale caches ignored", test_cache);
  CU_add_test(s, "cache file names: one helper for both caches", test_cache_names);
  CU_add_test(s, "lower-case copies by a table; the string map's size hint", test_lower_dup_map);
  CU_add_test(s, "title phrases by binary search", test_title_phrase);
  return CU_get_error();
}
