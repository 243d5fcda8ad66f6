/* test_events.c — CAMEO events, arguments, dates, factuality and relations
 * (suite kg_suite_events), on sentences written for these tests and on the
 * sample article of ../shared/corpus. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "doc.h"
#include "dict.h"
#include "world.h"
#include "pipeline.h"
#include "actors.h"
#include "events.h"
#include "treefix.h"
#include "tagfix.h"
#include "segment.h"
#include "treeverb.h"
#include "clausefix.h"
#include "dates.h"
#include "evargs.h"
#include "sectors.h"
#include "evvoice.h"
#include "relrules.h"

/* from test_actors.c */
kg_doc *kg_test_doc(const char *text, const char *date);
kg_doc *kg_test_run(const char *text, const char *date);
const kg_dict *kg_test_dict(void);
int32_t kg_test_actor(const kg_doc *d, const char *label);
int kg_test_first_date(const char *text, const char *ref, char *out);
/* from test_dict.c */
kg_dict *kg_test_dict_with(const char *ttl);

#define NEED_DICT() do { if (!kg_test_dict() || kg_dict_nactors(kg_test_dict()) == 0) { \
    CU_FAIL("the dictionary of ontology/ could not be loaded"); return; } } while (0)

/* The first event whose code starts with `prefix` and whose agent/target
 * have these labels (NULL: any, "-": none). */
static const kg_event *find_event(const kg_doc *d, const char *prefix, const char *agent,
                                  const char *target)
{
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    if (strncmp(e->cameo, prefix, strlen(prefix)) != 0)
      continue;
    const char *ag = e->agent >= 0 ? d->actors[e->agent].label : "-";
    const char *tg = e->target >= 0 ? d->actors[e->target].label : "-";
    if (agent && strcmp(agent, ag))
      continue;
    if (target && strcmp(target, tg))
      continue;
    return e;
  }
  return NULL;
}

static int has_part(const kg_doc *d, const kg_event *e, const char *label)
{
  for (int i = 0; i < e->npart; i++)
    if (!strcmp(d->actors[e->part[i]].label, label))
      return 1;
  return (e->agent >= 0 && !strcmp(d->actors[e->agent].label, label)) ||
         (e->target >= 0 && !strcmp(d->actors[e->target].label, label));
}

static int has_rel(const kg_doc *d, int kind, const char *a, const char *b, int either)
{
  int32_t x = kg_test_actor(d, a), y = kg_test_actor(d, b);
  for (size_t i = 0; i < d->nrels; i++) {
    const kg_relation *r = &d->rels[i];
    if (r->kind != kind)
      continue;
    if ((r->subj == x && r->obj == y) || (either && r->subj == y && r->obj == x))
      return 1;
  }
  return 0;
}

/* A document of text (kg_test_doc: sentences and tokens, no tree) through
 * actors and events with the dictionary d. */
static kg_doc *run_with(const kg_dict *d, const char *text)
{
  kg_doc *doc = kg_test_doc(text, NULL);
  if (doc) {
    kg_actors_run(d, doc, NULL);
    kg_events_run(d, doc, NULL);
  }
  return doc;
}

/* ------------------------------------------------------------ argument rules */

static void test_active_and_passive(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("Egypt condemned Israel.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Egypt", "Israel"));
  kg_doc_free(d);
  d = kg_test_run("Russia was condemned by the United States.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "United States", "Russia"));
  CU_ASSERT_PTR_NULL(find_event(d, "11", "Russia", NULL));
  kg_doc_free(d);
}

static void test_coordination(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("Egypt and Jordan condemned Israel.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Egypt", "Israel"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Jordan", "Israel"));
  kg_doc_free(d);
  d = kg_test_run("Egypt and Jordan agreed to resume talks.", NULL);
  /* control: the subjects of "agreed" take part in the talks; coordinated
   * subjects of a cooperative event are its participants */
  int eg = 0, jo = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "0", 1)) {
      eg |= has_part(d, &d->events[i], "Egypt");
      jo |= has_part(d, &d->events[i], "Jordan");
    }
  CU_ASSERT(eg && jo);
  kg_doc_free(d);
}

static void test_reported_speech(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("Russia said that North Korea attacked South Korea.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "19", "North Korea", "South Korea"));
  CU_ASSERT_PTR_NULL(find_event(d, "19", "Russia", NULL));
  kg_doc_free(d);
}

static void test_nominal_events(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("Kim Jong Un’s visit to Russia surprised analysts. "
                          "High-stakes summits, like those between Kim Jong Un and "
                          "former U.S. President Donald Trump, made headlines.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "042", "Kim Jong Un", "Russia"));
  const kg_event *e = NULL;
  for (size_t i = 0; i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "04", 2) && d->events[i].sent == 1)
      e = &d->events[i];
  CU_ASSERT_FATAL(e != NULL);
  CU_ASSERT(has_part(d, e, "Kim Jong Un") && has_part(d, e, "Donald Trump"));
  kg_doc_free(d);
}

static void test_title_head(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("During his visit, Kim Jong Un met with Russian President "
                          "Vladimir Putin.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "04", "Kim Jong Un", "Vladimir Putin"));
  CU_ASSERT_PTR_NULL(find_event(d, "04", "Kim Jong Un", "Russia"));
  kg_doc_free(d);
}

static void test_discourse_target(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("North Korea has tested long-range missiles for years. "
                          "These developments have drawn international condemnation and "
                          "led to stringent sanctions.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", NULL, "North Korea"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "16", NULL, "North Korea"));
  kg_doc_free(d);
  /* not in a sentence that names actors of its own: the tree left them
   * off the event, and a state from before would be a guess */
  d = kg_test_run("Japan has tested long-range missiles for years. "
                  "Kenya said that unilateral sanctions were unfair.", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  for (size_t e = 0; e < d->nevents; e++)
    CU_ASSERT(strncmp(d->events[e].cameo, "16", 2) != 0 || d->events[e].target < 0);
  kg_doc_free(d);
}

static void test_metonym_agent_and_place(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("The Kremlin condemned the attack.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Russia", NULL));
  kg_doc_free(d);
  d = kg_test_run("Vladimir Putin met Xi Jinping in Beijing.", NULL);
  const kg_event *e = find_event(d, "04", "Vladimir Putin", NULL);
  CU_ASSERT_FATAL(e != NULL);
  CU_ASSERT(e->place >= 0 && !strcmp(d->actors[e->place].label, "Beijing") &&
            d->actors[e->place].type == KG_ACT_PLACE);
  kg_doc_free(d);
}

/* ------------------------------------------------------------ factuality */

static void test_negation(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("North Korea did not fire a missile.", NULL);
  const kg_event *e = find_event(d, "15", "North Korea", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = kg_test_run("No deal was struck between Iran and the United States.", NULL);
  e = find_event(d, "05", NULL, NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = kg_test_run("Russia rejected claims that it attacked Ukraine.", NULL);
  e = find_event(d, "19", NULL, "Ukraine");
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* "not only ... but also" is no negation */
  d = kg_test_run("Egypt not only condemned Israel but also recalled its envoy.", NULL);
  e = find_event(d, "11", "Egypt", "Israel");
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

static void test_hedges(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("North Korea may have fired a missile.", NULL);
  const kg_event *e = find_event(d, "15", "North Korea", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = kg_test_run("North Korea fired a missile on Tuesday. Some experts suggest that the "
                  "missile launch may have been intended as a warning.", NULL);
  e = find_event(d, "15", "North Korea", NULL);
  CU_ASSERT(e && e->sent == 0 && e->factuality == KG_FACT_ASSERTED);
  int hedged = 0, asserted = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (d->events[i].sent == 1) {
      hedged += d->events[i].factuality == KG_FACT_HEDGED;
      asserted += d->events[i].factuality == KG_FACT_ASSERTED;
    }
  CU_ASSERT(hedged > 0);
  CU_ASSERT_EQUAL(asserted, 0);
  kg_doc_free(d);
}

/* ------------------------------------------------------------ dates */

static void test_dates(void)
{
  char b[16];
  kg_test_first_date("They met on Monday.", "2023-06-07", b);            /* a Wednesday */
  CU_ASSERT_STRING_EQUAL(b, "2023-06-05");
  kg_test_first_date("They met on Wednesday.", "2023-06-07", b);
  CU_ASSERT_STRING_EQUAL(b, "2023-06-07");
  kg_test_first_date("They met on Friday.", "2024-01-02", b);            /* across a year end */
  CU_ASSERT_STRING_EQUAL(b, "2023-12-29");
  kg_test_first_date("They met on Sunday.", "2023-03-01", b);            /* across a month end */
  CU_ASSERT_STRING_EQUAL(b, "2023-02-26");
  kg_test_first_date("They will meet on Friday.", "2023-06-07", b);      /* future reading */
  CU_ASSERT_STRING_EQUAL(b, "2023-06-09");
  kg_test_first_date("Talks ended yesterday.", "2024-03-01", b);         /* leap day */
  CU_ASSERT_STRING_EQUAL(b, "2024-02-29");
  kg_test_first_date("The summit took place in 2019.", "2023-06-07", b);
  CU_ASSERT_STRING_EQUAL(b, "2019");
  kg_test_first_date("It was signed on June 12, 2023.", NULL, b);
  CU_ASSERT_STRING_EQUAL(b, "2023-06-12");
  kg_test_first_date("It was signed on 12 June 2023.", NULL, b);
  CU_ASSERT_STRING_EQUAL(b, "2023-06-12");
  kg_test_first_date("It was signed on Sept. 3.", "2023-06-07", b);      /* past: last September */
  CU_ASSERT_STRING_EQUAL(b, "2022-09-03");
  kg_test_first_date("It will be signed on Sept. 3.", "2023-06-07", b);
  CU_ASSERT_STRING_EQUAL(b, "2023-09-03");
  kg_test_first_date("It was signed on Dec. 28.", "2024-01-03", b);      /* the year before */
  CU_ASSERT_STRING_EQUAL(b, "2023-12-28");
  kg_test_first_date("Talks will resume on March 3.", "2024-01-03", b);  /* ahead: same year */
  CU_ASSERT_STRING_EQUAL(b, "2024-03-03");
  kg_test_first_date("It was signed in June 2022.", NULL, b);
  CU_ASSERT_STRING_EQUAL(b, "2022-06");
  /* never invent a date */
  CU_ASSERT_EQUAL(kg_test_first_date("They met on Monday.", NULL, b), 0);
  CU_ASSERT_EQUAL(kg_test_first_date("It was signed on Sept. 3.", NULL, b), 0);
  CU_ASSERT_EQUAL(kg_test_first_date("They may meet soon.", "2023-06-07", b), 0);
  CU_ASSERT_EQUAL(kg_test_first_date("It was signed on February 30, 2023.", NULL, b), 0);
  /* relative spans: a day, or the month when the span lies in one */
  kg_test_first_date("They met two days ago.", "2026-03-12", b);          /* a Thursday */
  CU_ASSERT_STRING_EQUAL(b, "2026-03-10");
  kg_test_first_date("They met last week.", "2026-03-12", b);             /* March 2-8 */
  CU_ASSERT_STRING_EQUAL(b, "2026-03");
  CU_ASSERT_EQUAL(kg_test_first_date("They met last week.", "2026-03-04", b), 0);  /* Feb 23 - Mar 1 */
  kg_test_first_date("They met over the weekend.", "2026-03-12", b);      /* March 7-8 */
  CU_ASSERT_STRING_EQUAL(b, "2026-03");
  kg_test_first_date("It was signed in mid-February.", "2026-03-12", b);
  CU_ASSERT_STRING_EQUAL(b, "2026-02");
  kg_test_first_date("It was signed in early June.", "2026-03-12", b);    /* past: last June */
  CU_ASSERT_STRING_EQUAL(b, "2025-06");
  kg_test_first_date("It was signed on the 5th.", "2026-03-12", b);
  CU_ASSERT_STRING_EQUAL(b, "2026-03-05");
  kg_test_first_date("It was signed on the 25th.", "2026-03-12", b);      /* not yet: last month */
  CU_ASSERT_STRING_EQUAL(b, "2026-02-25");
  CU_ASSERT_EQUAL(kg_test_first_date("They met two days ago.", NULL, b), 0);
}

static void test_event_date(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("Vladimir Putin met Xi Jinping on Monday.", "2023-06-07");
  const kg_event *e = find_event(d, "04", "Vladimir Putin", NULL);
  CU_ASSERT(e && e->date_kind == KG_DATE_DAY && !strcmp(e->date, "2023-06-05"));
  kg_doc_free(d);
  /* "Egypt later met Jordan": the day of the last dated event before */
  d = kg_test_doc("Egypt met Israel on Monday. Egypt later met Jordan.", "2023-06-07");
  CU_ASSERT_FATAL(d && d->nsents == 2 && d->sents[1].ntok == 5);
  static const int lh[] = { 3, 3, 0, 3, 3 };
  static const char *const lr[] = { "nsubj", "advmod", "root", "obj", "punct" };
  for (uint32_t k = 0; k < 5; k++) {
    d->tokens[d->sents[1].tok + k].head = lh[k];
    d->tokens[d->sents[1].tok + k].deprel = lr[k];
  }
  d->tokens[d->sents[1].tok + 2].upos = KG_UPOS_VERB;
  kg_actors_run(kg_test_dict(), d, NULL);
  kg_events_run(kg_test_dict(), d, NULL);
  e = find_event(d, "04", "Egypt", "Jordan");
  CU_ASSERT(e && e->date_kind == KG_DATE_DAY && !strcmp(e->date, "2023-06-05"));
  kg_doc_free(d);
  d = kg_test_run("Vladimir Putin met Xi Jinping.", "2023-06-07");
  e = find_event(d, "04", "Vladimir Putin", NULL);
  CU_ASSERT(e && e->date_kind == KG_DATE_NONE && e->date[0] == '\0');
  kg_doc_free(d);
}

/* ------------------------------------------------------------ relations */

static void test_relations(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("North Korean Foreign Minister Choe Son Hui arrived. "
                          "Vladimir Putin, the Russian president, spoke. "
                          "North Korea relies on its allies, Russia and China. "
                          "NATO member Turkey objected.", NULL);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Choe Son Hui", "North Korea", 0));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Vladimir Putin", "Russia", 0));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "North Korea", "Russia", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "North Korea", "China", 1));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Russia", "China", 1));
  int nato = 0;
  for (size_t i = 0; i < d->nrels; i++)
    nato |= d->rels[i].kind == KG_REL_MEMBER &&
            !strcmp(d->actors[d->rels[i].subj].label, "Turkey") &&
            !strncmp(d->actors[d->rels[i].obj].label, "North Atlantic Treaty Organi", 28);
  CU_ASSERT(nato);
  kg_doc_free(d);
  d = kg_test_run("Russia and Belarus are close allies. The alliance between Iran and Syria "
                  "held. Japan and South Korea, both U.S. allies, protested. The United States "
                  "and its allies objected.", NULL);
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Russia", "Belarus", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Iran", "Syria", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Japan", "United States", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "South Korea", "United States", 1));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Japan", "South Korea", 1));
  kg_doc_free(d);
  /* a dictionary-known leader gets leaderOf only when the state is mentioned */
  d = kg_test_run("Kim Jong Un visited a factory.", NULL);
  CU_ASSERT_EQUAL(d->nrels, 0);
  kg_doc_free(d);
  d = kg_test_run("Kim Jong Un visited a factory. North Korea praised it.", NULL);
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Kim Jong Un", "North Korea", 0));
  kg_doc_free(d);
  /* lists, appositions, "as ... ally", counterparts, bare titles */
  d = kg_test_run("India, Australia, Japan and the United States are members of the Quad. "
                  "Armenia, a member of the Russian-led Collective Security Treaty Organization, "
                  "objected. Turkey, Azerbaijan's closest ally, agreed. Egypt and Jordan, close "
                  "allies of Washington, urged restraint. Pakistan has long been one of China's "
                  "closest allies. Biden said the United States would defend Sweden as it would "
                  "defend any other ally. The United States does not regard Iran as an ally. "
                  "Japanese Defence Minister Gen Nakatani met his Vietnamese counterpart, General "
                  "Phan Van Giang. In Washington, Secretary of State Mark Holloway said Iran must stop.",
                  NULL);
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "India", "Quadrilateral Security Dialogue", 0));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Japan", "Quadrilateral Security Dialogue", 0));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Armenia", "Collective Security Treaty Organization", 0));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Turkey", "Azerbaijan", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Egypt", "United States", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Jordan", "United States", 1));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Egypt", "Jordan", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Pakistan", "China", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Sweden", "United States", 1));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Iran", "United States", 1));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Phan Van Giang", "Vietnam", 0));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Mark Holloway", "United States", 0));
  kg_doc_free(d);
  /* the paragraph's subject before; not across a paragraph */
  d = kg_test_run("Armenian Prime Minister Nikol Pashinyan said Armenia wanted peace. "
                  "Foreign Minister Aram Vardanyan asked for monitors.\n\n"
                  "Foreign Minister Tigran Sahakyan spoke later.", NULL);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Aram Vardanyan", "Armenia", 0));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Tigran Sahakyan", "Armenia", 0));
  kg_doc_free(d);
  d = kg_test_run("Ukraine is not a member of the European Union. EU member states such as "
                  "Hungary and Slovakia objected. NATO members Poland and Lithuania agreed. "
                  "Finland, which became NATO's 31st member in 2023, agreed too.", NULL);
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Ukraine", "European Union", 0));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Slovakia", "European Union", 0));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Hungary", "European Union", 0));
  int lt = 0, fi = 0;
  for (size_t i = 0; i < d->nrels; i++) {
    const char *sl = d->actors[d->rels[i].subj].label, *ol = d->actors[d->rels[i].obj].label;
    lt |= d->rels[i].kind == KG_REL_MEMBER && !strcmp(sl, "Lithuania") && !strncmp(ol, "North Atlantic", 14);
    fi |= d->rels[i].kind == KG_REL_MEMBER && !strcmp(sl, "Finland") && !strncmp(ol, "North Atlantic", 14);
  }
  CU_ASSERT(lt && fi);
  kg_doc_free(d);
  d = kg_test_run("Iran is not an ally of the United States. Japan, a former ally of Germany, "
                  "objected. Poland is a close ally of Ukraine.", NULL);
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Iran", "United States", 1));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Japan", "Germany", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Poland", "Ukraine", 1));
  kg_doc_free(d);
  d = kg_test_run("Belarusian leader Alexander Lukashenko dismissed the sanctions. His "
                  "spokesman Dmitri Volkov said Belarus would respond.", NULL);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Dmitri Volkov", "Belarus", 0));
  kg_doc_free(d);
}

/* ------------------------------------------------------------ tree mode */

/* One parsed sentence from "form UPOS lemma head deprel | ..." (heads are
 * 1-based within the sentence, 0 = root); tag names and deprels must be
 * string literals (the doc borrows them, as it borrows model strings). */
static kg_doc *tree_doc_with(const kg_dict *dict, const char *const *rows, size_t n)
{
  char text[1024] = "";
  size_t off[64], len = 0;
  char form[64][48];
  for (size_t i = 0; i < n && i < 64; i++) {
    sscanf(rows[i], "%47s", form[i]);
    if (i)
      text[len++] = ' ';
    off[i] = len;
    len += (size_t)snprintf(text + len, sizeof text - len, "%s", form[i]);
  }
  kg_doc *d = kg_doc_new(text, len, "tree");
  kg_sentence *s = kg_doc_add_sentence(d);
  s->tok = 0;
  s->ntok = (uint32_t)n;
  s->start = 0;
  s->end = (uint32_t)len;
  for (size_t i = 0; i < n; i++) {
    char f[48], upos[16], lemma[48], rel[24], ne[8] = "";
    int head = -1;
    sscanf(rows[i], "%47s %15s %47s %d %23s %7s", f, upos, lemma, &head, rel, ne);
    kg_token *t = kg_doc_add_token(d, (uint32_t)off[i], (uint32_t)(off[i] + strlen(f)));
    t->form = kg_doc_strdup(d, f);
    t->lemma = kg_doc_strdup(d, lemma);
    t->upos = (uint8_t)kg_upos_from_name(upos);
    t->head = head;
    t->deprel = kg_doc_strdup(d, rel);
    t->space_after = 1;
    t->sent = 0;
    if (!strcmp(ne, "B-ORG")) {       /* an optional sixth field: a name the NER found */
      t->ner_type = KG_NE_ORG;
      t->ner_iob = KG_IOB_B;
    } else if (ne[0] == 'V' && ne[1] == 'B') {
      t->xpos = kg_doc_strdup(d, ne);  /* or the tagger's verb tag: "VBD" */
    }
  }
  kg_actors_run(dict, d, NULL);
  kg_events_run(dict, d, NULL);
  return d;
}

static kg_doc *tree_doc(const char *const *rows, size_t n)
{
  return tree_doc_with(kg_test_dict(), rows, n);
}

/* The checks of one tree fixture (tree_doc of all its rows, freed after):
 * each "code|agent|target" needs an event as find_event finds it (a missing
 * or "*" field: any; "-": none), each "!code|agent|target" needs none.
 * Failures are reported at the caller's line. */
static void tree_expect(const kg_dict *dict, const char *const *rows, size_t n, unsigned line,
                        const char *const *checks)
{
  kg_doc *d = tree_doc_with(dict, rows, n);
  CU_assertImplementation(d != NULL, line, "tree_doc", __FILE__, "", CU_FALSE);
  for (; d && *checks; checks++) {
    const char *c = *checks + (**checks == '!');
    char f[3][64] = { "", "*", "*" };
    for (int k = 0; k < 3 && *c; k++) {
      size_t len = strcspn(c, "|");
      snprintf(f[k], sizeof f[k], "%.*s", (int)len, c);
      c += len + (c[len] == '|');
    }
    const kg_event *e = find_event(d, f[0], strcmp(f[1], "*") ? f[1] : NULL, strcmp(f[2], "*") ? f[2] : NULL);
    CU_assertImplementation((e != NULL) == (**checks != '!'), line, *checks, __FILE__, "", CU_FALSE);
  }
  kg_doc_free(d);
}
#define TREE_EXPECT_WITH(dict, rows, ...) \
  tree_expect((dict), (rows), sizeof (rows) / sizeof *(rows), __LINE__, (const char *const[]){ __VA_ARGS__, NULL })
#define TREE_EXPECT(rows, ...) TREE_EXPECT_WITH(kg_test_dict(), rows, __VA_ARGS__)

static void test_tree_mode(void)
{
  NEED_DICT();
  static const char *const coord[] = {
    "Egypt PROPN Egypt 4 nsubj", "and CCONJ and 3 cc", "Jordan PROPN Jordan 1 conj",
    "condemned VERB condemn 0 root", "Israel PROPN Israel 4 obj", ". PUNCT . 4 punct" };
  /* the pattern's preposition parsed under another phrase of the verb
   * ("talked through Sudan with Jordan", "with" under "Sudan") */
  static const char *const low[] = {
    "Egypt PROPN Egypt 2 nsubj", "talked VERB talk 0 root", "through ADP through 4 case",
    "Sudan PROPN Sudan 2 obl", "with ADP with 6 case", "Jordan PROPN Jordan 4 nmod",
    ". PUNCT . 2 punct" };
  kg_doc *d;
  TREE_EXPECT(low, "04|Egypt|Jordan", "!04|Egypt|Sudan");
  /* nothing else around: the subject of a that-clause is the target */
  static const char *const clause[] = {
    "Egypt PROPN Egypt 2 nsubj", "criticized VERB criticize 0 root", "that SCONJ that 10 mark",
    "after ADP after 7 case", "all DET all 7 det", "these DET this 7 det",
    "years NOUN year 10 obl", "Jordan PROPN Jordan 10 nsubj", "is AUX be 10 cop",
    "unsafe ADJ unsafe 2 ccomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(clause, "1|Egypt|Jordan");
  d = tree_doc(coord, 6);
  CU_ASSERT(kg_sent_has_tree(d, 0));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Egypt", "Israel"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Jordan", "Israel"));
  kg_doc_free(d);
  static const char *const pass[] = {
    "Russia PROPN Russia 3 nsubj:pass", "was AUX be 3 aux:pass", "condemned VERB condemn 0 root",
    "by ADP by 7 case", "the DET the 7 det", "United PROPN United 7 compound",
    "States PROPN States 3 obl:agent", ". PUNCT . 3 punct" };
  TREE_EXPECT(pass, "11|United States|Russia");
  static const char *const ctrl[] = {
    "Egypt PROPN Egypt 4 nsubj", "and CCONJ and 3 cc", "Jordan PROPN Jordan 1 conj",
    "agreed VERB agree 0 root", "to PART to 6 mark", "resume VERB resume 4 xcomp",
    "talks NOUN talk 6 obj", ". PUNCT . 4 punct" };
  d = tree_doc(ctrl, 8);
  /* control: the subjects of "agreed" take part in the talks resumed */
  int eg = 0, jo = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (d->events[i].trigger == 5) {
      eg |= has_part(d, &d->events[i], "Egypt");
      jo |= has_part(d, &d->events[i], "Jordan");
    }
  CU_ASSERT(eg && jo);
  kg_doc_free(d);
  static const char *const meet[] = {
    "Kim PROPN Kim 4 nsubj", "Jong PROPN Jong 1 flat", "Un PROPN Un 1 flat",
    "met VERB meet 0 root", "with ADP with 8 case", "Russian ADJ Russian 7 amod",
    "President PROPN President 8 compound", "Vladimir PROPN Vladimir 4 obl",
    "Putin PROPN Putin 8 flat", ". PUNCT . 4 punct" };
  d = tree_doc(meet, 10);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "04", "Kim Jong Un", "Vladimir Putin"));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Vladimir Putin", "Russia", 0));
  kg_doc_free(d);
  static const char *const neg[] = {
    "North PROPN North 2 compound", "Korea PROPN Korea 5 nsubj", "did AUX do 5 aux",
    "not PART not 5 advmod", "fire VERB fire 0 root", "a DET a 7 det",
    "missile NOUN missile 5 obj", ". PUNCT . 5 punct" };
  d = tree_doc(neg, 8);
  const kg_event *e = find_event(d, "15", "North Korea", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  static const char *const rep[] = {
    "Russia PROPN Russia 2 nsubj", "said VERB say 0 root", "that SCONJ that 5 mark",
    "Iran PROPN Iran 5 nsubj", "attacked VERB attack 2 ccomp", "Israel PROPN Israel 5 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(rep, "19|Iran|Israel", "!19|Russia");
  /* the pattern's preposition on the object: "withdrew its troops from X" */
  static const char *const wd[] = {
    "Syria PROPN Syria 2 nsubj", "withdrew VERB withdraw 0 root", "its PRON its 4 nmod:poss",
    "troops NOUN troop 2 obj", "from ADP from 6 case", "Lebanon PROPN Lebanon 4 nmod",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(wd, "087|Syria|Lebanon");
}

/* ------------------------------------------------------------ the sample article */

static kg_doc *run_article(const char *path)
{
  size_t len = 0;
  char *text = kg_test_slurp(path, &len);
  kg_world *w = kg_test_world();
  if (!text) {
    return NULL;
  }
  if (!w) {                            /* no world (a model is being rewritten) */
    kg_doc *d = kg_test_run(text, NULL);
    free(text);
    return d;
  }
  kg_doc *d = kg_doc_new(text, len, path);
  if (d && (kg_pipeline_run(w, d) != KG_OK || d->ntokens == 0)) {
    /* segmenter not available yet: fall back to the test tokenizer */
    kg_doc_free(d);
    d = kg_test_doc(text, NULL);
    if (d && kg_pipeline_run(w, d) != KG_OK) {
      kg_doc_free(d);
      d = NULL;
    }
  }
  free(text);
  return d;
}

static void check_actor(const kg_doc *d, const char *label, int type)
{
  int32_t a = kg_test_actor(d, label);
  CU_ASSERT(a >= 0);
  if (a < 0)
    fprintf(stderr, "\n  missing actor %s", label);
  else
    CU_ASSERT_EQUAL(d->actors[a].type, type);
}

/* ------------------------------------------------------------ modality, groups, targets */

static void test_modality_recode(void)
{
  NEED_DICT();
  /* a stated future: CAMEO 03 "express intent to" */
  kg_doc *d = kg_test_run("Finland will give aid to Tanzania.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "033", "Finland", NULL));
  CU_ASSERT_PTR_NULL(find_event(d, "07", "Finland", NULL));
  kg_doc_free(d);
  d = kg_test_run("Finland gave aid to Tanzania.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "07", "Finland", NULL));
  CU_ASSERT_PTR_NULL(find_event(d, "03", "Finland", NULL));
  kg_doc_free(d);
  /* a stated future hostile act: CAMEO 13 "threaten" */
  d = kg_test_run("Russia will invade Ukraine.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "138", "Russia", "Ukraine"));
  CU_ASSERT_PTR_NULL(find_event(d, "19", "Russia", NULL));
  kg_doc_free(d);
  /* negated: the code stays, the event is Negated */
  d = kg_test_run("Russia will not invade Ukraine.", NULL);
  const kg_event *e = find_event(d, "19", "Russia", NULL);
  CU_ASSERT_PTR_NOT_NULL(e);
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  CU_ASSERT_PTR_NULL(find_event(d, "13", "Russia", NULL));
  kg_doc_free(d);
  /* "X said Y must ...": a demand by X on Y (tree) */
  static const char *const must[] = {
    "Russia PROPN Russia 2 nsubj", "said VERB say 0 root", "Sudan PROPN Sudan 5 nsubj",
    "must AUX must 5 aux", "return VERB return 2 ccomp", "the DET the 7 det",
    "helicopter NOUN helicopter 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(must, "10|Russia|Sudan", "!08|Sudan");
}

/* A user dictionary loaded after ontology/: its patterns for a lemma
 * replace the defaults, a multi-word object must stand in that order, and
 * its sector nouns win over the default sectors. */
static void test_user_patterns_and_sectors(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "[] kgd:lemma \"welcome\" ; kgd:pos \"VERB\" ; kgd:code \"051\" .\n"
    "[] kgd:lemma \"welcome\" ; kgd:pos \"VERB\" ; kgd:object \"diplomatic ties\" ; kgd:code \"064\" .\n"
    "<https://w3id.org/kgbuild/id/test-sector> kgo:agentCode \"XYZ\" ; kgd:sectorNoun \"soldiers\" .\n";
  kg_dict *d = kg_test_dict_with(user);   /* ontology/ and the user file */
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  const kg_trigger *t;
  size_t n = kg_dict_triggers(d, "welcome", KG_UPOS_VERB, &t);
  CU_ASSERT_EQUAL(n, 2);
  for (size_t i = 0; i < n; i++)
    CU_ASSERT(!strcmp(t[i].code, "051") || !strcmp(t[i].code, "064"));
  CU_ASSERT(kg_dict_triggers(d, "visit", KG_UPOS_VERB, &t) >= 1);   /* others stay */
  static const char *const texts[] = { "Chad welcomed diplomatic ties with Niger.",
                                       "Chad welcomed the ties with Niger." };
  static const char *const want[] = { "064", "051" };
  for (int k = 0; k < 2; k++) {
    kg_doc *doc = run_with(d, texts[k]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    int found = 0;
    for (size_t e = 0; e < doc->nevents; e++)
      found |= !strcmp(doc->events[e].cameo, want[k]);
    CU_ASSERT(found);
    kg_doc_free(doc);
  }
  /* a long coordination of agents: every conjunct acts */
  static const char *const chain[] = {   /* Spain hangs off Germany, not France */
    "France PROPN France 6 nsubj", ", PUNCT , 3 punct", "Germany PROPN Germany 1 conj",
    "and CCONJ and 5 cc", "Spain PROPN Spain 3 conj", "condemned VERB condemn 0 root",
    "Russia PROPN Russia 6 obj", ". PUNCT . 6 punct" };
  static const char *const comma[] = {   /* a bare comma before another clause joins nothing */
    "Iran PROPN Iran 2 nsubj", "attacked VERB attack 0 root", "Iraq PROPN Iraq 2 obj",
    ", PUNCT , 7 punct", "Syria PROPN Syria 7 nsubj", "officials NOUN official 5 flat",
    "said VERB say 2 parataxis", ". PUNCT . 2 punct" };
  TREE_EXPECT(comma, "19|Iran|Iraq", "!19|Iran|Syria");
  kg_doc *co = tree_doc(chain, 8);
  static const char *const three[] = { "France", "Germany", "Spain" };
  for (int k = 0; k < 3; k++)
    CU_ASSERT_PTR_NOT_NULL(find_event(co, "11", three[k], "Russia"));
  kg_doc_free(co);
  /* a conditional promise is a threat */
  kg_doc *th = kg_test_run("Nigeria will withdraw its troops from Chad unless Chad holds elections.", NULL);
  int thr = 0, intent = 0;
  for (size_t e = 0; e < th->nevents; e++) {
    thr |= !strcmp(th->events[e].cameo, "130");
    intent |= !strncmp(th->events[e].cameo, "035", 3);
  }
  CU_ASSERT(thr && !intent);
  kg_doc_free(th);
  /* two sectors of one state: a domestic event, agent and target the state */
  kg_doc *dom = kg_test_run("Russian police arrested Russian students on Monday.", NULL);
  int got = 0;
  for (size_t e = 0; e < dom->nevents; e++) {
    const kg_event *ev = &dom->events[e];
    got |= ev->agent >= 0 && ev->agent == ev->target && ev->agent_group >= 0 &&
           ev->target_group >= 0 && ev->agent_group != ev->target_group;
  }
  CU_ASSERT(got);
  kg_doc_free(dom);
  dom = kg_test_run("Russia said Russia would respond.", NULL);   /* one state: no target */
  for (size_t e = 0; e < dom->nevents; e++)
    CU_ASSERT(dom->events[e].agent != dom->events[e].target);
  kg_doc_free(dom);
  kg_doc *doc = kg_test_doc("Chadian soldiers attacked Niger.", NULL);
  kg_actors_run(d, doc, NULL);
  char code[32];
  int32_t g = kg_test_actor(doc, "Chad military");       /* the default sector's label */
  int32_t x = -1;
  for (size_t i = 0; i < doc->nactors; i++)
    if (doc->actors[i].sector) x = (int32_t)i;
  CU_ASSERT_EQUAL(g, -1);
  CU_ASSERT(x >= 0 && kg_actor_code(d, doc, x, -1, code, sizeof code) > 0 && !strcmp(code, "TCDXYZ"));
  kg_doc_free(doc);
  kg_dict_free(d);
}

/* A codebook pattern naming its source after the verb (kgd:sourcePrep:
 * "Chad was freed from Niger": Niger frees Chad), only with that
 * preposition there; a passive without a by-agent under a codebook; a
 * skipped phrase (kgd:skipPrep); the speaker as source (kgd:speakerSource); a compound-subject pattern codes its subjects each
 * with each even when the clause names another actor. */
static void test_codebook_source_after_verb(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "[] a kgd:ExclusiveCodebook .\n"
    "[] kgd:lemma \"free\" ; kgd:pos \"VERB\" ; kgd:code \"064\" .\n"
    "[] kgd:lemma \"free\" ; kgd:pos \"VERB\" ; kgd:sourcePrep \"from\" ; kgd:code \"066\" .\n"
    "[] kgd:lemma \"stumble\" ; kgd:pos \"VERB\" ; kgd:sourcePrep \"in\" ; kgd:code \"075\" .\n"
    "[] kgd:lemma \"warn\" ; kgd:pos \"VERB\" ; kgd:code \"160\" .\n"
    "[] kgd:lemma \"warn\" ; kgd:pos \"VERB\" ; kgd:skipPrep \"at\" ; kgd:code \"162\" .\n"
    "[] kgd:lemma \"regret\" ; kgd:pos \"VERB\" ; kgd:code \"111\" .\n"
    "[] kgd:lemma \"regret\" ; kgd:pos \"VERB\" ; kgd:before \"noted\" ; kgd:speakerSource true ;"
    " kgd:code \"115\" .\n"
    "[] kgd:lemma \"postpone\" ; kgd:pos \"VERB\" ; kgd:code \"120\" .\n"
    "[] kgd:lemma \"postpone\" ; kgd:pos \"VERB\" ; kgd:before \"have\" ; kgd:compoundSubject true ;"
    " kgd:code \"191\" .\n";
  kg_dict *d = kg_test_dict_with(user);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  static const char *const freed[] = {
    "Chad PROPN Chad 3 nsubj:pass", "was AUX be 3 aux:pass", "freed VERB free 0 root",
    "from ADP from 5 case", "Niger PROPN Niger 3 obl", ". PUNCT . 3 punct" };
  kg_doc *doc;
  TREE_EXPECT_WITH(d, freed, "066|Niger|Chad");
  static const char *const active[] = {   /* no source phrase: the plain verb */
    "Niger PROPN Niger 2 nsubj", "freed VERB free 0 root", "Chad PROPN Chad 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(d, active, "064|Niger|Chad", "!066|*|*");
  static const char *const seen[] = {   /* the subject of the verb it complements */
    "Chad PROPN Chad 3 nsubj:pass", "was AUX be 3 aux:pass", "seen VERB see 0 root",
    "to PART to 5 mark", "stumble VERB stumble 3 xcomp", "in ADP in 9 case", "a DET a 9 det",
    "Niger PROPN Niger 9 compound", "parade NOUN parade 5 obl", ". PUNCT . 3 punct" };
  TREE_EXPECT_WITH(d, seen, "075|Niger|Chad");
  /* under a codebook a passive without a by-agent keeps its subject as
   * the source, the actor of its phrase as the target */
  static const char *const crit[] = {
    "Chad PROPN Chad 3 nsubj:pass", "was AUX be 3 aux:pass", "warned VERB warn 0 root",
    "over ADP over 6 case", "its PRON its 6 nmod:poss", "dispute NOUN dispute 3 obl",
    "with ADP with 8 case", "Niger PROPN Niger 6 nmod", ". PUNCT . 3 punct" };
  TREE_EXPECT_WITH(d, crit, "160|Chad|Niger");
  static const char *const byag[] = {
    "Chad PROPN Chad 3 nsubj:pass", "was AUX be 3 aux:pass", "warned VERB warn 0 root",
    "by ADP by 5 case", "Niger PROPN Niger 3 obl:agent", ". PUNCT . 3 punct" };
  TREE_EXPECT_WITH(d, byag, "160|Niger|Chad");
  /* the speaker's pattern: the noter on the subject of the noted clause */
  static const char *const noted[] = {
    "Mali PROPN Mali 2 nsubj", "noted VERB note 0 root", "that SCONJ that 5 mark",
    "Chad PROPN Chad 5 nsubj", "regretted VERB regret 2 ccomp", "Niger PROPN Niger 5 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(d, noted, "115|Mali|Chad");
  /* a skipped phrase: the actor after the at-phrase is the target */
  static const char *const court[] = {
    "Chad PROPN Chad 2 nsubj", "warned VERB warn 0 root", "at ADP at 5 case", "the DET the 5 det",
    "court NOUN court 2 obl", "of ADP of 7 case", "Niger PROPN Niger 5 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(d, court, "162|Chad|Niger");
  static const char *const mali[] = {
    "Chad PROPN Chad 2 nsubj", "warned VERB warn 0 root", "at ADP at 4 case", "Mali PROPN Mali 2 obl",
    "of ADP of 6 case", "Niger PROPN Niger 4 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(d, mali, "162|Chad|Niger", "!162|Chad|Mali");
  doc = run_with(d, "Chad warned Niger on Monday.");      /* no at-phrase: the plain verb */
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  CU_ASSERT_PTR_NOT_NULL(find_event(doc, "160", "Chad", "Niger"));
  kg_doc_free(doc);
  doc = run_with(d, "Officials said that Chad and Niger have postponed their talks after a storm hit Sudan.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  int mutual = 0, sudan = 0;
  for (size_t e = 0; e < doc->nevents; e++) {
    mutual |= !strcmp(doc->events[e].cameo, "191") && doc->events[e].npart == 2;
    sudan |= !strcmp(doc->events[e].cameo, "191") && doc->events[e].target >= 0;
  }
  CU_ASSERT(mutual && !sudan);
  kg_doc_free(doc);
  kg_dict_free(d);
}

/* A codebook's objects read as written (kgd:literalObject: "effort" is
 * not "efforts"), object words apart by '+' with others between them
 * ("restored close+trade ties": "close economic trade ties"), and a
 * before-word ending in '_' touching the trigger ("lately_"). */
static void test_codebook_object_words(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "[] a kgd:ExclusiveCodebook .\n"
    "[] kgd:lemma \"drop\" ; kgd:pos \"VERB\" ; kgd:code \"120\" .\n"
    "[] kgd:lemma \"drop\" ; kgd:pos \"VERB\" ; kgd:object \"plan\" ; kgd:literalObject true ;"
    " kgd:code \"124\" .\n"
    "[] kgd:lemma \"restore\" ; kgd:pos \"VERB\" ; kgd:code \"060\" .\n"
    "[] kgd:lemma \"restore\" ; kgd:pos \"VERB\" ; kgd:object \"close+trade ties\" ;"
    " kgd:literalObject true ; kgd:code \"064\" .\n"
    "[] kgd:lemma \"praise\" ; kgd:pos \"VERB\" ; kgd:code \"051\" .\n"
    "[] kgd:lemma \"praise\" ; kgd:pos \"VERB\" ; kgd:before \"lately_\" ; kgd:code \"052\" .\n";
  kg_dict *d = kg_test_dict_with(user);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  static const char *const texts[] = {
    "Chad dropped the plan with Niger.", "Chad dropped the plans with Niger.",
    "Chad restored close trade ties with Niger.", "Chad restored close economic trade ties with Niger.",
    "Chad restored close economic and trade ties with Niger.",   /* up to 3 words between */
    "Chad restored trade ties with Niger.",
    "Chad lately praised Niger.", "Chad lately has praised Niger." };
  static const char *const want[] = { "124", "120", "064", "064", "064", "060", "052", "051" };
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    kg_doc *doc = run_with(d, texts[k]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    int found = 0;
    for (size_t e = 0; e < doc->nevents; e++)
      found |= !strcmp(doc->events[e].cameo, want[k]);
    if (!found) {
      fprintf(stderr, "object words: \"%s\" not coded %s:", texts[k], want[k]);
      for (size_t e = 0; e < doc->nevents; e++) fprintf(stderr, " %s", doc->events[e].cameo);
      fprintf(stderr, "\n");
    }
    CU_ASSERT(found);
    kg_doc_free(doc);
  }
  kg_dict_free(d);
}

/* "..., a senior official said" parsed with "said" as a clause on
 * "official" (acl, VBD, no subject): the noun is the speaker. */
static void test_finite_acl_subject(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "[] a kgd:ExclusiveCodebook .\n"
    "[] kgd:lemma \"say\" ; kgd:pos \"VERB\" ; kgd:code \"023\" .\n"
    "[] kgd:lemma \"resume\" ; kgd:pos \"VERB\" ; kgd:code \"064\" .\n"
    "<urn:x:gov> kgo:agentCode \"GOV\" ; kgd:sectorNoun \"official\" .\n";
  kg_dict *d = kg_test_dict_with(user);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  static const char *const rows[] = {
    "Chad PROPN Chad 2 nsubj", "resumed VERB resume 0 root", "talks NOUN talk 2 obj",
    "with ADP with 5 case", "Niger PROPN Niger 3 nmod", ", PUNCT , 9 punct", "a DET a 9 det",
    "senior ADJ senior 9 amod", "official NOUN official 3 appos", "said VERB say 9 acl VBD",
    ". PUNCT . 2 punct" };
  kg_doc *doc = tree_doc_with(d, rows, 11);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  const kg_event *e = find_event(doc, "023", "-", "-");
  CU_ASSERT_PTR_NOT_NULL(e);
  CU_ASSERT(e && e->agent_noun >= 0 && kg_tok_is(doc, (uint32_t)e->agent_noun, "official"));
  kg_doc_free(doc);
  kg_dict_free(d);
}

/* A to-infinitive the tagger read as a noun, parsed as an obl with "to"
 * ("Chad is inching nearer to accord with Niger"): its subject is the
 * subject of the verb it complements; a gerund misparsed as an advcl
 * inside the object's phrase. */
static void test_to_obl_control(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "[] a kgd:ExclusiveCodebook .\n"
    "[] kgd:lemma \"accord\" ; kgd:pos \"VERB\" ; kgd:code \"083\" .\n"
    "[] kgd:lemma \"reschedule\" ; kgd:pos \"VERB\" ; kgd:code \"082\" .\n";
  kg_dict *d = kg_test_dict_with(user);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  static const char *const rows[] = {
    "Chad PROPN Chad 3 nsubj", "is AUX be 3 aux", "inching VERB inch 0 root", "nearer ADJ near 3 advmod",
    "to ADP to 6 case", "accord NOUN accord 3 obl", "with ADP with 8 case", "Niger PROPN Niger 6 nmod",
    ". PUNCT . 3 punct" };
  kg_doc *doc = tree_doc_with(d, rows, 9);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  CU_ASSERT_PTR_NOT_NULL(find_event(doc, "083", "Chad", "Niger"));
  kg_doc_free(doc);
  /* a gerund inside the object's phrase misparsed as an advcl: the
   * phrase's actor is still the verb's target */
  static const char *const trip[] = {
    "Chad PROPN Chad 2 nsubj", "rescheduled VERB reschedule 0 root", "its PRON its 4 nmod:poss",
    "mushroom NOUN mushroom 2 obj", "hunting VERB hunt 2 advcl VBG", "trip NOUN trip 5 obj",
    "in ADP in 8 case", "Niger PROPN Niger 6 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(d, trip, "082|Chad|Niger");
  static const char *const links[] = {   /* "... the links leading into Niger" */
    "Chad PROPN Chad 2 nsubj", "rescheduled VERB reschedule 0 root", "the DET the 4 det",
    "links NOUN link 2 obj", "leading VERB lead 2 advcl VBG", "into ADP into 7 case",
    "Niger PROPN Niger 5 obl", ". PUNCT . 2 punct" };
  doc = tree_doc_with(d, links, 8);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  CU_ASSERT_PTR_NOT_NULL(find_event(doc, "082", "Chad", "Niger"));
  kg_doc_free(doc);
  kg_dict_free(d);
}

/* A codebook's words before the verb (kgd:before: '_' joins words that
 * touch, a space lets others stand between; the more words, the more
 * specific), and a capitalised title before the name of a state's entry
 * ("Prime Minister Romendo", a person the codebook codes as its state). */
static void test_before_words_and_titles(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "<urn:x:romendo> a kgo:Country ; rdfs:label \"Romendo\" ; kgd:iso3 \"ZZZ\" .\n"
    "[] kgd:lemma \"clash\" ; kgd:pos \"VERB\" ; kgd:code \"121\" .\n"
    "[] kgd:lemma \"clash\" ; kgd:pos \"VERB\" ; kgd:before \"did_not\" ; kgd:code \"904\" .\n"
    "[] kgd:lemma \"clash\" ; kgd:pos \"VERB\" ; kgd:before \"unexpectedly did_not\" ;"
    " kgd:code \"906\" .\n"
    "kgo:CriticizeOrDenounce kgd:pattern \"clash VERB before=would+never\" .\n"
    "[] kgd:lemma \"arrive\" ; kgd:pos \"VERB\" ; kgd:prep \"in\" ; kgd:code \"032\" ; kgd:reverseCode \"033\" .\n"
    "[] kgd:lemma \"meet\" ; kgd:pos \"VERB\" ; kgd:code \"031\" .\n"
    "[] kgd:lemma \"met\" ; kgd:pos \"VERB\" ; kgd:form true ; kgd:code \"036\" .\n"
    "[] kgd:lemma \"concur\" ; kgd:pos \"VERB\" ; kgd:code \"081\" .\n"
    "[] kgd:lemma \"concur\" ; kgd:pos \"VERB\" ; kgd:compoundSubject true ; kgd:code \"030\" .\n";
  kg_dict *d = kg_test_dict_with(user);   /* ontology/ and the user file */
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  static const char *const texts[] = {
    "Chad clashed with Niger.",
    "Chad did not clash with Niger.",
    "Chad unexpectedly now did not clash with Niger.",   /* "now" between the words */
    "Chad did not then clash with Niger.",               /* between the words and the verb */
    "Chad did now not clash with Niger.",                /* did_not must touch */
    "Chad would surely never then clash with Niger.",       /* the literal pattern form */
    "Chad did not say so, clash with Niger.",            /* not across a comma */
  };
  static const char *const want[] = { "121", "904", "906", "904", "121", "111", "121" };
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    kg_doc *doc = run_with(d, texts[k]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    int found = 0;
    for (size_t e = 0; e < doc->nevents; e++)
      found |= !strcmp(doc->events[e].cameo, want[k]);
    if (!found) {
      fprintf(stderr, "before words: \"%s\" not coded %s:", texts[k], want[k]);
      for (size_t e = 0; e < doc->nevents; e++) fprintf(stderr, " %s", doc->events[e].cameo);
      for (size_t e = 0; e < doc->ntokens; e++) fprintf(stderr, " [%s|%d]", doc->tokens[e].form, doc->tokens[e].upos);
      fprintf(stderr, "\n");
    }
    CU_ASSERT(found);
    kg_doc_free(doc);
  }
  /* a deed named with its doer: the one condemned is the doer, not the
   * place ("condemned an attack by Chadian soldiers in Niger") */
  static const char *const deed[] = {
    "Egypt PROPN Egypt 2 nsubj", "condemned VERB condemn 0 root", "an DET a 4 det",
    "attack NOUN attack 2 obj", "by ADP by 7 case", "Chadian ADJ Chadian 7 amod",
    "soldiers NOUN soldier 4 nmod", "in ADP in 9 case", "Niger PROPN Niger 4 nmod",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(deed, "11|Egypt|Chad", "!11|Egypt|Niger");
  /* coordinated subjects agreeing on a clause are participants; the clause
   * gives no target */
  static const char *const agreed[] = {
    "Chad PROPN Chad 4 nsubj", "and CCONJ and 3 cc", "Niger PROPN Niger 1 conj",
    "agreed VERB agree 0 root", "that SCONJ that 10 mark", "refugees NOUN refugee 10 nsubj",
    "in ADP in 8 case", "Sudan PROPN Sudan 6 nmod", "should AUX should 10 aux",
    "return VERB return 4 ccomp", ". PUNCT . 4 punct" };
  kg_doc *ag = tree_doc(agreed, 11);
  int parts = 0, sudan = 0;
  for (size_t e = 0; e < ag->nevents; e++) {
    if (strncmp(ag->events[e].cameo, "03", 2)) continue;
    parts |= ag->events[e].npart == 2;
    sudan |= ag->events[e].target >= 0;
  }
  CU_ASSERT(parts && !sudan);
  kg_doc_free(ag);
  /* violence with no actor named: the place it struck is the target */
  kg_doc *ex = kg_test_run("Police said an explosion in Mosul wounded dozens on Monday.", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
  int struck = 0;
  for (size_t e = 0; e < ex->nevents; e++)
    struck |= !strncmp(ex->events[e].cameo, "18", 2) && ex->events[e].target >= 0 &&
              ex->events[e].agent < 0;
  CU_ASSERT(struck);
  kg_doc_free(ex);
  static const char *const mosul[] = {   /* a place among the noun's modifiers */
    "Dozens NOUN dozen 2 nsubj", "died VERB die 0 root", "in ADP in 7 case",
    "the DET the 7 det", "Mosul PROPN Mosul 7 compound", "car NOUN car 7 compound",
    "bombing NOUN bombing 2 obl", ". PUNCT . 2 punct" };
  ex = tree_doc(mosul, 8);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
  struck = 0;
  for (size_t e = 0; e < ex->nevents; e++)
    struck |= !strncmp(ex->events[e].cameo, "18", 2) && ex->events[e].target >= 0;
  CU_ASSERT(struck);
  kg_doc_free(ex);
  /* "the government of Niger" is Niger's, no anaphor of the last state */
  kg_doc *gv = kg_test_run("Mali held elections. The government of Niger criticized Chad.", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(gv);
  int desc = 0;
  for (size_t m = 0; m < gv->nmentions; m++)
    desc |= gv->mentions[m].kind == KG_MEN_DESCRIPTION;
  CU_ASSERT(!desc);
  kg_doc_free(gv);
  gv = kg_test_run("Mali held elections. The government criticized Chad.", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(gv);
  desc = 0;
  for (size_t m = 0; m < gv->nmentions; m++)
    desc |= gv->mentions[m].kind == KG_MEN_DESCRIPTION;
  CU_ASSERT(desc);
  kg_doc_free(gv);
  /* a paired code: the target's event back to the agent */
  kg_doc *pr = run_with(d, "Chad arrived in Niger on Monday.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(pr);
  CU_ASSERT_PTR_NOT_NULL(find_event(pr, "032", "Chad", "Niger"));
  CU_ASSERT_PTR_NOT_NULL(find_event(pr, "033", "Niger", "Chad"));
  kg_doc_free(pr);
  /* a compound subject's pattern: each with each */
  pr = run_with(d, "Chad and Niger concur that the dispute should end.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(pr);
  int mutual = 0, alone = 0;
  for (size_t e = 0; e < pr->nevents; e++)
    mutual |= !strcmp(pr->events[e].cameo, "030") && pr->events[e].npart == 2;
  kg_doc_free(pr);
  pr = run_with(d, "Chad concurs that the dispute should end.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(pr);
  for (size_t e = 0; e < pr->nevents; e++)
    alone |= !strcmp(pr->events[e].cameo, "081");
  kg_doc_free(pr);
  CU_ASSERT(mutual && alone);
  /* a surface form's own patterns ("met") before its lemma's ("meet") */
  static const char *const mt[] = { "Chad met Niger.", "Chad meets Niger." };
  static const char *const mw[] = { "036", "031" };
  for (int k = 0; k < 2; k++) {
    pr = run_with(d, mt[k]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pr);
    CU_ASSERT_PTR_NOT_NULL(find_event(pr, mw[k], "Chad", "Niger"));
    kg_doc_free(pr);
  }
  /* the titled entry also after its own state's possessive ("first" skipped) */
  static const char *const titled[] = { "Prime Minister Romendo clashed with Niger.",
                                        "Romendo's first Prime Minister Romendo clashed with Niger." };
  for (size_t k = 0; k < 2; k++) {
    kg_doc *doc = run_with(d, titled[k]);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    int gov = 0;
    char code[32];
    for (size_t e = 0; e < doc->nevents; e++)
      gov |= doc->events[e].agent >= 0 &&
             kg_actor_code(d, doc, doc->events[e].agent, doc->events[e].agent_group, code,
                           sizeof code) > 0 && !strcmp(code, "ZZZGOV");
    if (!gov) fprintf(stderr, "titled entry: \"%s\" not ZZZGOV\n", titled[k]);
    CU_ASSERT(gov);
    kg_doc_free(doc);
  }
  /* another state's possessive before the title: that state with the
   * title's sector ("Chad's minister Romendo": Chad, GOV) */
  kg_doc *cm = run_with(d, "Chad's minister Romendo clashed with Niger.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(cm);
  const kg_event *ce = find_event(cm, "121", "Chad", "Niger");
  CU_ASSERT_PTR_NOT_NULL_FATAL(ce);
  const kg_sector *cs = kg_dict_sector_at(d, ce->agent_sector);
  CU_ASSERT(ce->agent_noun >= 0 && kg_tok_is(cm, (uint32_t)ce->agent_noun, "minister") &&
            cs && !strcmp(cs->code, "GOV"));
  kg_doc_free(cm);
  kg_dict_free(d);
}

/* An exclusive codebook: only its patterns and sector nouns, and no
 * recoding after "will" (it codes modality itself) */
static void test_exclusive_codebook(void)
{
  NEED_DICT();
  const char *user =
    "@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
    "[] a kgd:ExclusiveCodebook .\n"
    "[] kgd:lemma \"give\" ; kgd:pos \"VERB\" ; kgd:prep \"to\" ; kgd:code \"070\" .\n"
    "<urn:x:sec> kgo:agentCode \"COP\" ; kgd:sectorNoun \"gendarmes\" .\n"
    "[] kgd:lemma \"say\" ; kgd:pos \"VERB\" ; kgd:code \"023\" .\n"
    "[] kgd:lemma \"warn\" ; kgd:pos \"VERB\" ; kgd:prep \"about\" ; kgd:object \"their\" ;"
    " kgd:code \"162\" .\n"
    "<urn:x:gov> kgo:agentCode \"GOV\" ; kgd:sectorNoun \"official\", \"officials\" .\n";
  kg_dict *d = kg_test_dict_with(user);   /* ontology/ and the user file */
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  const kg_trigger *t;
  CU_ASSERT(kg_dict_exclusive(d));
  CU_ASSERT_EQUAL(kg_dict_triggers(d, "visit", KG_UPOS_VERB, &t), 0);   /* ours are gone */
  CU_ASSERT_EQUAL(kg_dict_triggers(d, "give", KG_UPOS_VERB, &t), 1);
  CU_ASSERT_EQUAL(kg_dict_sector_noun(d, "soldiers"), 0);
  CU_ASSERT(kg_dict_sector_noun(d, "gendarmes") > 0);
  kg_doc *doc = run_with(d, "Chad will give aid to Niger.");
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  CU_ASSERT_PTR_NOT_NULL(find_event(doc, "070", "Chad", "Niger"));    /* not 033 */
  kg_doc_free(doc);
  /* the codebook's agent nouns are actors: "a senior official said" is an
   * event of an unnamed GOV group (PETRARCH's ---GOV) */
  static const char *const said[] = {
    "A DET a 3 det", "senior ADJ senior 3 amod", "official NOUN official 4 nsubj",
    "said VERB say 0 root", "on ADP on 6 case", "Monday PROPN Monday 4 obl",
    ". PUNCT . 4 punct" };
  doc = tree_doc_with(d, said, 7);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  const kg_event *e = find_event(doc, "023", "-", "-");
  CU_ASSERT_PTR_NOT_NULL_FATAL(e);
  CU_ASSERT(e->agent_noun >= 0 && kg_tok_is(doc, (uint32_t)e->agent_noun, "official"));
  const kg_sector *sc = kg_dict_sector_at(d, e->agent_sector);
  CU_ASSERT(sc && !strcmp(sc->code, "GOV"));
  CU_ASSERT_EQUAL(e->target_noun, -1);
  kg_doc_free(doc);
  /* coordinated groups: an event of each */
  static const char *const both[] = {
    "Gendarmes NOUN gendarme 4 nsubj", "and CCONJ and 3 cc", "officials NOUN official 1 conj",
    "said VERB say 0 root", ". PUNCT . 4 punct" };
  doc = tree_doc_with(d, both, 5);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  int cop = 0, gov = 0;
  for (size_t k = 0; k < doc->nevents; k++) {
    const kg_sector *ks = kg_dict_sector_at(d, doc->events[k].agent_sector);
    cop |= ks && !strcmp(ks->code, "COP") && doc->events[k].agent_noun == 0;
    gov |= ks && !strcmp(ks->code, "GOV") && doc->events[k].agent_noun == 2;
  }
  CU_ASSERT(cop && gov);
  kg_doc_free(doc);
  /* two sectors of one state: an event of each */
  static const char *const two[] = {
    "Gendarmes NOUN gendarme 6 nsubj", "and CCONJ and 3 cc", "officials NOUN official 1 conj",
    "in ADP in 5 case", "Chad PROPN Chad 1 nmod", "said VERB say 0 root", ". PUNCT . 6 punct" };
  doc = tree_doc_with(d, two, 7);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  int32_t chad = kg_test_actor(doc, "Chad");
  int named = 0, other = 0;
  for (size_t k = 0; k < doc->nevents; k++) {
    const kg_event *ev = &doc->events[k];
    const kg_sector *ks = kg_dict_sector_at(d, ev->agent_sector);
    named |= ev->agent == chad && ev->agent_group >= 0;
    other |= ev->agent == chad && ev->agent_group < 0 && ks && ev->agent_noun >= 0 &&
             strcmp(ks->code, "GOV") != 0;
  }
  CU_ASSERT(named && other);
  kg_doc_free(doc);
  /* a pattern with an object and a preposition: the preposition's noun is
   * the target, not the object's modifier */
  static const char *const warn[] = {
    "Chad PROPN Chad 2 nsubj", "warned VERB warn 0 root", "their PRON their 5 nmod:poss",
    "Nigerien ADJ Nigerien 5 amod", "populations NOUN population 2 obj", "about ADP about 7 case",
    "Libya PROPN Libya 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(d, warn, "162|Chad|Libya", "!162|Chad|Niger");
  /* a name the dictionary does not know keeps the sector noun before it */
  static const char *const wfna[] = {
    "the DET the 4 det", "official ADJ official 4 amod", "news NOUN news 4 compound",
    "agency NOUN agency 5 compound", "WFNA PROPN WFNA 6 nsubj B-ORG", "said VERB say 0 root",
    ". PUNCT . 6 punct" };
  doc = tree_doc_with(d, wfna, 7);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  e = find_event(doc, "023", NULL, "-");
  CU_ASSERT_PTR_NOT_NULL_FATAL(e);
  CU_ASSERT(e->agent >= 0 && e->agent_noun == 1);
  sc = kg_dict_sector_at(d, e->agent_sector);
  CU_ASSERT(sc && !strcmp(sc->code, "GOV"));
  kg_doc_free(doc);
  kg_dict_free(d);
  /* without a codebook an unnamed group alone makes no event */
  doc = tree_doc(said, 7);
  CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
  CU_ASSERT_EQUAL(doc->nevents, 0);
  kg_doc_free(doc);
}

static void test_groups_and_subtree_targets(void)
{
  NEED_DICT();
  /* a threat's target: the subject of its condition */
  static const char *const cond[] = {
    "Russia PROPN Russia 2 nsubj", "threatened VERB threaten 0 root", "to PART to 4 mark",
    "stop VERB stop 2 xcomp", "talks NOUN talk 4 obj", "if SCONJ if 8 mark",
    "Chad PROPN Chad 8 nsubj", "resumes VERB resume 4 advcl", "fighting NOUN fighting 8 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(cond, "13|Russia|Chad");
  /* a plural people after a demonym, under "Thousands of": the state acts */
  static const char *const kurds[] = {
    "Thousands NOUN thousand 5 nsubj", "of ADP of 4 case", "Iraqi ADJ Iraqi 4 amod",
    "Kurds PROPN Kurd 1 nmod", "demonstrated VERB demonstrate 0 root", "in ADP in 7 case",
    "Kirkuk PROPN Kirkuk 5 obl", ". PUNCT . 5 punct" };
  TREE_EXPECT(kurds, "14|Iraq");
  /* "Rebels in the Ivory Coast": the group is named by where it is */
  static const char *const rebels[] = {
    "Rebels NOUN rebel 5 nsubj", "in ADP in 4 case", "the DET the 4 det",
    "Ukraine PROPN Ukraine 1 nmod", "condemned VERB condemn 0 root", "Russia PROPN Russia 5 obj",
    ". PUNCT . 5 punct" };
  TREE_EXPECT(rebels, "11|Ukraine|Russia");
  /* the target in the complement: "threatened to break relations with Russia" */
  static const char *const thr[] = {
    "Azerbaijan PROPN Azerbaijan 2 nsubj", "threatened VERB threaten 0 root",
    "to PART to 4 mark", "break VERB break 2 xcomp", "relations NOUN relation 4 obj",
    "with ADP with 7 case", "Russia PROPN Russia 4 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(thr, "13|Azerbaijan|Russia");
  /* a verb the tagger took for a noun: it has a subject */
  static const char *const rej[] = {
    "The DET the 2 det", "Palestinians PROPN Palestinian 3 nsubj", "reject NOUN reject 0 root",
    "the DET the 5 det", "proposal NOUN proposal 3 obj", ". PUNCT . 3 punct" };
  TREE_EXPECT(rej, "12|Palestine");
}

/* the per-document caches (speed) give what the uncached helpers give */
static void test_token_caches(void)
{
  NEED_DICT();
  kg_doc *d = kg_test_run("Britain\u2019s envoys criticised the talks; Russia VISITED China, "
                          "firing missiles and imposing sanctions.", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  int mism = 0, ok_begin;
  for (uint32_t i = 0; i < d->ntokens; i++) {
    char raw[MAXC][CLEN], hit[MAXC][CLEN], lr[64], lc[64];
    size_t nr = kg_ev_lemma_cands(d, i, raw);
    kg_tok_lower(&d->tokens[i], lr, sizeof lr);
    int tb = kg_tok_cache_begin(d), cb = kg_ev_cache_begin(d);
    ok_begin = tb && cb;
    CU_ASSERT(ok_begin);
    for (int twice = 0; twice < 2; twice++) {   /* computed, then from the cache */
      size_t nc = kg_ev_lemma_cands(d, i, hit);
      kg_tok_lower(&d->tokens[i], lc, sizeof lc);
      mism += nc != nr || strcmp(lr, lc) != 0 || !kg_tok_is(d, i, lr);
      for (size_t k = 0; k < nc && k < nr; k++)
        mism += strcmp(raw[k], hit[k]) != 0 || !kg_ev_cand_has(d, i, raw[k]);
    }
    kg_ev_cache_end(cb);
    kg_tok_cache_end(tb);
  }
  CU_ASSERT_EQUAL(mism, 0);
  /* kg_tok_is's inline first-letter test answers as the full compare, with
   * and without the cache: capitals, a curly apostrophe, punctuation */
  static const char *const ws[] = { "britain", "britain's", "britain\u2019s", "the", "russia", "visited",
    "china", ",", ";", ".", "firing", "'s", "b", "", "x" };
  int diff = 0, hits = 0;
  for (int cached = 0; cached < 2; cached++) {
    int tb = cached ? kg_tok_cache_begin(d) : 0;
    for (uint32_t i = 0; i <= d->ntokens; i++)
      for (size_t k = 0; k < sizeof ws / sizeof *ws; k++) {
        char l[64];
        int want = i < d->ntokens && (kg_tok_lower(&d->tokens[i], l, sizeof l), strcmp(l, ws[k]) == 0);
        diff += kg_tok_is(d, i, ws[k]) != want || kg_tok_is_full(d, i, ws[k]) != want;
        hits += want;
      }
    kg_tok_cache_end(tb);
  }
  CU_ASSERT_EQUAL(diff, 0);
  CU_ASSERT(hits >= 2 * 8);   /* the, russia, visited, china, ",", ";", firing, "'s" at least */
  /* kg_tok_child (the head field read against head's place) finds the
   * first dependent a scan with kg_tok_head finds, for exact relations and
   * prefixes; the currency signs and British spellings among the lemma
   * candidates */
  static const char *const tr[] = {
    "The DET the 2 det", "unions NOUN union 3 nsubj", "criticised VERB criticise 0 root",
    "the DET the 5 det", "plan NOUN plan 3 obj", "and CCONJ and 7 cc", "paid VERB pay 3 conj",
    "$ SYM $ 7 obj", "5 NUM 5 8 nummod", "and CCONJ and 11 cc", "\xE2\x82\xAC SYM \xE2\x82\xAC 8 conj",
    ". PUNCT . 3 punct" };
  kg_doc *m = tree_doc(tr, sizeof tr / sizeof *tr);
  CU_ASSERT_PTR_NOT_NULL_FATAL(m);
  static const char *const rels[] = { "nsubj", "obj", "det", "punct", "conj", "nummod", "cc", "xcomp",
    "n", "" };
  int cdiff = 0, cfound = 0;
  for (uint32_t h = 0; h < m->ntokens; h++)
    for (size_t k = 0; k < sizeof rels / sizeof *rels; k++)
      for (int prefix = 0; prefix < 2; prefix++) {
        int32_t want = -1;
        const kg_sentence *se = &m->sents[m->tokens[h].sent];
        for (uint32_t j = se->tok; j < se->tok + se->ntok && want < 0; j++) {
          const char *r = m->tokens[j].deprel;
          if (r && kg_tok_head(m, j) == (int32_t)h &&
              (prefix ? !strncmp(r, rels[k], strlen(rels[k])) : !strcmp(r, rels[k])))
            want = (int32_t)j;
        }
        cdiff += kg_tok_child(m, h, rels[k], prefix) != want;
        cfound += want >= 0;
      }
  CU_ASSERT_EQUAL(cdiff, 0);
  CU_ASSERT(cfound >= 10);
  CU_ASSERT_EQUAL(kg_tok_child(m, 2, "nsubj", 0), 1);
  CU_ASSERT_EQUAL(kg_tok_child(m, 7, "nummod", 0), 8);
  CU_ASSERT_EQUAL(kg_tok_child(m, 6, "nummod", 0), -1);   /* "5" hangs under "$", not "paid" */
  int dollar = 0, euro = 0, ize = 0, other = 0;
  for (uint32_t i = 0; i < m->ntokens; i++) {
    int dl = kg_ev_cand_has(m, i, "dollar"), eu = kg_ev_cand_has(m, i, "euro");
    dollar |= dl && i == 7;
    euro |= eu && i == 10;
    ize |= kg_ev_cand_has(m, i, "criticize") && i == 2;
    other |= (dl && i != 7) || (eu && i != 10);
  }
  CU_ASSERT(dollar && euro && ize && !other);
  kg_doc_free(m);
  /* kg_tree_month_or_day's quick test keeps every month and weekday */
  static const char *const md[] = { "May", "MARCH", "september", "Wednesday", "sunday", "Mayor", "Sun", "2024",
    "Jun", "" };
  int got = 0;
  for (size_t k = 0; k < sizeof md / sizeof *md; k++) {
    kg_token t = { 0 };
    t.form = md[k];
    t.end = (uint32_t)strlen(md[k]);
    got |= kg_tree_month_or_day(&t) << k;
  }
  CU_ASSERT_EQUAL(got, 0x1f);
  /* a long form is lowered correctly with the cache in place */
  char b[8];
  int tb = kg_tok_cache_begin(d);
  CU_ASSERT_EQUAL(kg_tok_lower(&d->tokens[0], b, sizeof b), 7);   /* cut to the buffer */
  CU_ASSERT_STRING_EQUAL(b, "britain");
  kg_tok_cache_end(tb);
  kg_doc_free(d);
}

static void test_sample_article(void)
{
  NEED_DICT();
  const char *path = kg_test_shared("corpus/kim-jong-un-russia-visit.txt");
  if (!path) {
    fprintf(stderr, "\n  sample article not found (../shared/corpus): skipped\n");
    CU_PASS("sample article absent: skipped");
    return;
  }
  kg_doc *d = run_article(path);
  CU_ASSERT_FATAL(d != NULL);
  check_actor(d, "Kim Jong Un", KG_ACT_PERSON);
  check_actor(d, "Vladimir Putin", KG_ACT_PERSON);
  check_actor(d, "Donald Trump", KG_ACT_PERSON);
  check_actor(d, "North Korea", KG_ACT_COUNTRY);
  check_actor(d, "Russia", KG_ACT_COUNTRY);
  check_actor(d, "United States", KG_ACT_COUNTRY);
  check_actor(d, "China", KG_ACT_COUNTRY);
  check_actor(d, "South Korea", KG_ACT_COUNTRY);
  check_actor(d, "United Nations", KG_ACT_ORG);
  /* no actor from headings, hashtags, fragments; one node per actor */
  static const char *const bad[] = { "The Background", "Juche", "#IntellectualJourney",
    "IntellectualJourney", "North Korea's", "North Korea’s", "Kim", "Kim Jong Un’s",
    "The Diplomatic Dance", "The Missile Launch", NULL };
  for (int k = 0; bad[k]; k++)
    CU_ASSERT_EQUAL(kg_test_actor(d, bad[k]), -1);
  for (size_t i = 0; i < d->nactors; i++) {
    const char *l = d->actors[i].label;
    CU_ASSERT(!strchr(l, '#') && !strstr(l, "’s") && !strstr(l, "'s"));
    for (size_t j = i + 1; j < d->nactors; j++)
      CU_ASSERT(strcmp(l, d->actors[j].label) != 0);
  }
  /* relations */
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Kim Jong Un", "North Korea", 0));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Vladimir Putin", "Russia", 0));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Donald Trump", "United States", 0));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "North Korea", "Russia", 1));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "North Korea", "China", 1));
  /* events */
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "042", "Kim Jong Un", "Russia"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "04", "Kim Jong Un", "Vladimir Putin"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "15", "North Korea", NULL));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "16", NULL, "North Korea"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", NULL, "North Korea"));
  int summit = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "04", 2) && has_part(d, &d->events[i], "Kim Jong Un") &&
        has_part(d, &d->events[i], "Donald Trump"))
      summit = 1;
  CU_ASSERT(summit);
  /* speculative sentences are never Asserted, and some events are Hedged */
  int hedged = 0;
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    const kg_sentence *s = &d->sents[e->sent];
    char *ev = malloc(s->end - s->start + 1);
    if (ev) {
      memcpy(ev, d->text + s->start, s->end - s->start);
      ev[s->end - s->start] = '\0';
    }
    if (ev && (strstr(ev, "may have been intended") || strstr(ev, "could have been") ||
               strstr(ev, "could be seen as"))) {
      CU_ASSERT(e->factuality != KG_FACT_ASSERTED);
      hedged += e->factuality == KG_FACT_HEDGED;
    }
    free(ev);
  }
  CU_ASSERT(hedged > 0);
  kg_doc_free(d);
}

/* A made-up wire story (tests/data/events-wire.txt) through the whole
 * pipeline: dateline date, apposition, metonymy, "the two ministers",
 * pronoun "it", negation through a light verb, hedges, years, places. */
static void test_wire_fixture(void)
{
  NEED_DICT();
  kg_doc *d = run_article(kg_test_src("tests/data/events-wire.txt"));
  CU_ASSERT_FATAL(d != NULL);
  CU_ASSERT_EQUAL(kg_test_actor(d, "Leaders Meet as Tensions Rise"), -1);
  CU_ASSERT_EQUAL(kg_test_actor(d, "KGB Wire"), -1);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Dmytro Kuleba", "Ukraine", 0));
  /* met on Monday, in a story dated Wednesday 2024-03-06 */
  const kg_event *e = find_event(d, "04", "Dmytro Kuleba", "Hakan Fidan");
  CU_ASSERT_FATAL(e != NULL);
  CU_ASSERT_STRING_EQUAL(e->date, "2024-03-04");
  CU_ASSERT(e->place >= 0 && !strcmp(d->actors[e->place].label, "Geneva"));
  CU_ASSERT_EQUAL(e->factuality, KG_FACT_ASSERTED);
  /* the two ministers discussed */
  int both = 0;
  for (size_t i = 0; i < d->nevents; i++)
    both |= d->events[i].sent == e->sent + 1 && has_part(d, &d->events[i], "Dmytro Kuleba") &&
            has_part(d, &d->events[i], "Hakan Fidan");
  CU_ASSERT(both);
  /* Moscow condemned: a metonym acting */
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Russia", NULL));
  /* the Kremlin said it would not attend the talks */
  const kg_event *t = find_event(d, "04", "Russia", NULL);
  CU_ASSERT(t && t->factuality == KG_FACT_NEGATED);
  /* Turkey might host a summit in April: hedged, dated by month */
  const kg_event *h = find_event(d, "04", "Turkey", NULL);
  CU_ASSERT(h && h->factuality == KG_FACT_HEDGED && !strcmp(h->date, "2024-04"));
  /* Turkey and Ukraine signed in 2019 */
  int signed2019 = 0;
  for (size_t i = 0; i < d->nevents; i++)
    signed2019 |= !strncmp(d->events[i].cameo, "05", 2) && !strcmp(d->events[i].date, "2019") &&
                  has_part(d, &d->events[i], "Turkey") && has_part(d, &d->events[i], "Ukraine");
  CU_ASSERT(signed2019);
  kg_doc_free(d);
}

/* ------------------------------------------------------------ held-out causes */

static void test_heldout_causes(void)
{
  NEED_DICT();
  /* a reduced passive relative with two agents after "by": both take part */
  static const char *const red[] = {
    "The DET the 2 det", "ministers NOUN minister 3 nsubj", "praised VERB praise 0 root",
    "the DET the 5 det", "accord NOUN accord 3 obj", "signed VERB sign 5 acl",
    "by ADP by 8 case", "Egypt PROPN Egypt 6 obl:agent", "and CCONJ and 10 cc",
    "Jordan PROPN Jordan 8 conj", ". PUNCT . 3 punct" };
  kg_doc *d = tree_doc(red, 11);
  int both = 0;
  for (size_t i = 0; i < d->nevents; i++)
    both |= !strncmp(d->events[i].cameo, "05", 2) && has_part(d, &d->events[i], "Egypt") &&
            has_part(d, &d->events[i], "Jordan");
  CU_ASSERT(both);
  kg_doc_free(d);
  /* "the two governments": the two states the story names most, not the
   * last two named (a third state named in passing) */
  d = kg_test_run("Egypt hosted Jordan on Monday. Egypt and Jordan discussed trade and relations with "
                  "Libya. The two governments signed a deal.", NULL);
  int pair = 0, third = 0;
  for (size_t i = 0; d && i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "05", 2)) {
      pair |= has_part(d, &d->events[i], "Egypt") && has_part(d, &d->events[i], "Jordan");
      third |= has_part(d, &d->events[i], "Libya");
    }
  CU_ASSERT(pair);
  CU_ASSERT(!third);
  kg_doc_free(d);
  /* an unnamed group condemns an event, not an actor: the actor of the
   * object phrase's place is the target ("continued" parsed as a verb) */
  static const char *const strikes[] = {
    "The DET the 2 det", "leaders NOUN leader 3 nsubj", "condemned VERB condemn 0 root",
    "continued VERB continue 3 xcomp", "air NOUN air 6 compound", "strikes NOUN strike 4 obj",
    "on ADP on 8 case", "civilians NOUN civilian 6 nmod", "in ADP in 10 case",
    "Sudan PROPN Sudan 4 obl", "and CCONJ and 12 cc", "said VERB say 3 conj",
    "Kenya PROPN Kenya 14 nsubj", "erred VERB err 12 ccomp", ". PUNCT . 3 punct" };
  TREE_EXPECT(strikes, "11|-|Sudan");
  /* the lead's event with no place of its own: the dateline's city */
  d = kg_test_run("Egypt and Jordan Sign Water Pact\nAMMAN, Jordan, May 4, 2025 — Egypt signed an "
                  "agreement with Jordan on Sunday. Egypt later signed a deal with Libya.", NULL);
  const kg_event *lead = d ? find_event(d, "05", "Egypt", "Jordan") : NULL;
  const kg_event *later = d ? find_event(d, "05", "Egypt", "Libya") : NULL;
  CU_ASSERT(lead && lead->place >= 0 && !strcmp(d->actors[lead->place].label, "Amman"));
  CU_ASSERT(later && later->place < 0);
  kg_doc_free(d);
  /* "X met Y and signed ...": the second verb keeps the first one's subject,
   * even when the tree lost the coordination ("signed" under "deal") */
  static const char *const met[] = {
    "Egypt PROPN Egypt 3 nsubj", "later ADV later 3 advmod", "met VERB meet 0 root",
    "Sudan PROPN Sudan 3 obj", "and CCONJ and 8 cc", "signed VERB sign 8 amod",
    "trade NOUN trade 8 compound", "agreements NOUN agreement 3 conj", "with ADP with 10 case",
    "Libya PROPN Libya 8 nmod", ". PUNCT . 3 punct" };
  d = tree_doc(met, 11);
  CU_ASSERT_PTR_NULL(find_event(d, "05", "Sudan", NULL));
  const kg_event *sg = find_event(d, "05", "Egypt", NULL);
  CU_ASSERT(sg && sg->trigger == 5);
  kg_doc_free(d);
  /* an appeal to "both governments": the two states named before (the
   * whole pipeline: the rule reads the object off the tree) */
  kg_world *w = kg_test_world();
  static const char appeal[] = "Title\n\nEgypt and Sudan clashed on the border on Monday. "
                             "Kenya urged both governments to show restraint.\n";
  d = w ? kg_doc_new(appeal, sizeof appeal - 1, "appeal") : NULL;
  CU_ASSERT(d && kg_pipeline_run(w, d) == KG_OK);
  CU_ASSERT(d && find_event(d, "0", "Kenya", "Egypt") && find_event(d, "0", "Kenya", "Sudan"));
  kg_doc_free(d);
}

/* General mechanisms of the fourth events round, on sentences of our own. */
/* second held-out round: suspensions, expulsions, closures, bans; triggers
 * that tell of no act (evfilter.c); negation on the noun above the trigger */
static void test_reduce_relations_and_no_acts(void)
{
  kg_doc *d = kg_test_run("The African Union suspended Mali from its Peace and Security Council on Friday.", NULL);
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "161", "African Union", "Mali"));
  kg_doc_free(d);
  static const char *const susp[] = {
    "Niger PROPN Niger 3 nsubj:pass", "was AUX be 3 aux:pass", "suspended VERB suspend 0 root",
    "from ADP from 7 case", "the DET the 7 det", "African PROPN African 7 amod", "Union PROPN Union 3 obl",
    ". PUNCT . 3 punct" };
  TREE_EXPECT(susp, "161|African Union|Niger");
  d = kg_test_run("The African Union suspended Sudan on Monday.", NULL);
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "161", "African Union", "Sudan"));
  kg_doc_free(d);
  d = kg_test_run("Kenya Airways suspended flights to Sudan on Monday.", NULL);
  CU_ASSERT(d && !find_event(d, "161", NULL, NULL));
  kg_doc_free(d);
  d = kg_test_run("Germany expelled three Iranian diplomats on Tuesday.", NULL);
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "161", "Germany", NULL));
  kg_doc_free(d);
  d = kg_test_run("Chancellor Olaf Scholz announced a ban on imports of Russian steel.", NULL);
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "163", "Olaf Scholz", NULL));
  kg_doc_free(d);
  d = kg_test_run("President Yoweri Museveni ordered the closure of the Kenyan embassy in Kampala.", NULL);
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "161", "Yoweri Museveni", NULL));
  kg_doc_free(d);
  /* title and name as two subjects; the first verb's object is no subject */
  d = kg_test_run("UN Secretary General Ban Ki-moon welcomed the new member.", NULL);
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "04", "Ban Ki-moon", NULL));
  kg_doc_free(d);
  static const char *const conj[] = {
    "Scholz PROPN Scholz 2 nsubj", "met VERB meet 0 root", "President PROPN President 4 nmod:desc",
    "Emmanuel PROPN Emmanuel 2 obj", "Macron PROPN Macron 4 flat", "in ADP in 7 case",
    "Paris PROPN Paris 4 nmod", "and CCONJ and 9 cc", "signed VERB sign 2 conj", "an DET a 11 det",
    "agreement NOUN agreement 9 obj", "with ADP with 13 case", "Spain PROPN Spain 9 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(conj, "!05|Emmanuel Macron", "05|Olaf Scholz|Spain");
  /* tree: "no sign of breaking": the negator on the noun above the trigger;
   * not a negative verb above it ("would not rule out closing") */
  static const char *const nosign[] = {
    "Chad PROPN Chad 3 nsubj", "has AUX have 3 aux", "shown VERB show 0 root", "no DET no 5 det",
    "sign NOUN sign 3 obj", "of SCONJ of 7 mark", "breaking VERB break 5 acl", "with ADP with 9 case",
    "Sudan PROPN Sudan 7 obl", ". PUNCT . 3 punct" };
  d = tree_doc(nosign, 10);
  int nneg = 0;
  for (size_t k = 0; k < d->nevents; k++)
    if (d->events[k].cameo[0] != '0') {
      CU_ASSERT(d->events[k].factuality == KG_FACT_NEGATED);
      nneg++;
    }
  CU_ASSERT(nneg > 0);
  kg_doc_free(d);
  /* tree: a noun in a subjectless participle clause: the main subject acts */
  static const char *const speak[] = {
    "Speaking VERB speak 7 advcl", "after ADP after 3 case", "talks NOUN talk 1 obl", "with ADP with 5 case",
    "Egypt PROPN Egypt 3 nmod", "Kenya PROPN Kenya 7 nsubj", "said VERB say 0 root", ". PUNCT . 7 punct" };
  TREE_EXPECT(speak, "04|Kenya|Egypt");
  /* tree: an adjectival participle with no agent; a manner clause */
  static const char *const amod[] = {
    "The DET the 3 det", "targeted VERB target 3 amod", "firms NOUN firm 4 nsubj",
    "trade VERB trade 0 root", "in ADP in 6 case", "Europe PROPN Europe 4 obl", ". PUNCT . 4 punct" };
  TREE_EXPECT(amod, "!19");
  static const char *const way[] = {
    "Kenya PROPN Kenya 2 nsubj", "criticised VERB criticise 0 root", "the DET the 4 det",
    "way NOUN way 2 obj", "Egypt PROPN Egypt 6 nsubj", "funds VERB fund 4 acl:relcl",
    "Sudan PROPN Sudan 6 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(way, "!06|Egypt");
  /* no acts */
  d = kg_test_run("Most of the sanctioned banks do little business in Canada.", NULL);
  CU_ASSERT(d && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  d = kg_test_run("Kenyan tea growers depend on Egyptian demand for tea.", NULL);
  CU_ASSERT(d && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  d = kg_test_run("Paris and Berlin remain united on Ukraine.", NULL);
  CU_ASSERT(d && !find_event(d, "04", NULL, NULL));
  kg_doc_free(d);
  d = kg_test_run("Kenya has lived with sanctions for years.", NULL);
  CU_ASSERT(d && !find_event(d, "163", "Kenya", NULL));
  kg_doc_free(d);
  /* "no sign of breaking with": negated */
  d = kg_test_run("Chad has shown no sign of breaking with Sudan.", NULL);
  for (size_t k = 0; d && k < d->nevents; k++)
    CU_ASSERT(d->events[k].factuality != KG_FACT_ASSERTED || d->events[k].cameo[0] == '0');
  kg_doc_free(d);
}

/* a denial verb governing a gerund: the denied act is not asserted */
static void test_denied_gerund(void)
{
  static const char *const txt[] = { "Kenya denies sending troops to Somalia.",
    "Egypt denied supplying weapons to Sudan." };
  for (size_t t = 0; t < 2; t++) {
    kg_doc *d = kg_test_run(txt[t], NULL);
    size_t acts = 0;
    for (size_t k = 0; d && k < d->nevents; k++)
      if (d->events[k].cameo[0] != '0' || d->events[k].cameo[1] != '1') {
        acts++;
        CU_ASSERT(d->events[k].factuality == KG_FACT_NEGATED);
      }
    CU_ASSERT(acts > 0);
    kg_doc_free(d);
  }
  /* not a denial: the same gerund after an ordinary verb stays asserted */
  kg_doc *d = kg_test_run("Kenya began sending troops to Somalia.", NULL);
  for (size_t k = 0; d && k < d->nevents; k++)
    CU_ASSERT(d->events[k].factuality != KG_FACT_NEGATED);
  kg_doc_free(d);
}

/* "from its X launch site": the origin of a launch is its place, not its target */
static void test_site_origin(void)
{
  static const char *const txt[] = { "Iran fired two missiles from its Tabriz launch site on Monday.",
    "Russia fired missiles from the Kursk air base." };
  static const char *const ag[] = { "Iran", "Russia" }, *const pl[] = { "Tabriz", "Kursk" };
  for (size_t t = 0; t < 2; t++) {
    kg_doc *d = kg_test_run(txt[t], NULL);
    const kg_event *e = d ? find_event(d, "15", ag[t], NULL) : NULL;
    CU_ASSERT_PTR_NOT_NULL(e);
    CU_ASSERT(e && (e->target < 0 || strcmp(d->actors[e->target].label, pl[t])));
    CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, pl[t]));
    kg_doc_free(d);
  }
}

/* "X said debris had fallen ... and demanded ...": the speaker demands */
static void test_conj_after_reported_clause(void)
{
  static const char *const rows[] = {
    "Musalia PROPN Musalia 3 nsubj", "Mudavadi PROPN Mudavadi 1 flat", "said VERB say 0 root VBD",
    "debris NOUN debris 6 nsubj", "had AUX have 6 aux", "fallen VERB fall 3 ccomp VBN",
    "near ADP near 8 case", "Lamu PROPN Lamu 6 obl", "and CCONJ and 10 cc",
    "demanded VERB demand 6 conj VBD", "an DET a 12 det", "explanation NOUN explanation 10 obj",
    "from ADP from 14 case", "Egypt PROPN Egypt 12 nmod", ". PUNCT . 3 punct" };
  kg_doc *d;
  TREE_EXPECT(rows, "10|Musalia Mudavadi|Egypt");
  /* the reported clause's own named subject keeps the conjoined verb */
  d = kg_test_run("Kenya said Egypt had closed the border and expelled its diplomats.", NULL);
  CU_ASSERT(d && find_event(d, "161", "Egypt", NULL) && !find_event(d, "16", "Kenya", NULL));
  kg_doc_free(d);
}

/* "X ... on the first visit to Y by a <demonym> head of government": the
 * indefinite by-phrase names the subject's class; the subject visits */
static void test_generic_by_agent(void)
{
  static const char *const rows[] = {
    "French ADJ French 2 amod", "President NOUN president 5 compound", "Emmanuel PROPN Emmanuel 5 nsubj",
    "Macron PROPN Macron 3 flat", "spoke VERB speak 0 root", "on ADP on 9 case", "the DET the 9 det",
    "first ADJ first 9 amod", "visit NOUN visit 5 obl", "to ADP to 11 case", "Spain PROPN Spain 9 nmod",
    "by ADP by 15 case", "a DET a 15 det", "French ADJ French 15 amod", "head NOUN head 9 nmod",
    "of ADP of 17 case", "state NOUN state 15 nmod", ". PUNCT . 5 punct" };
  TREE_EXPECT(rows, "042|Emmanuel Macron|Spain", "!042|France");
}

static void test_general_mechanisms(void)
{
  NEED_DICT();
  /* two nsubj, one on each side of the verb: the one after it is the object */
  static const char *const two[] = {
    "Sudanese ADJ Sudanese 2 amod", "gunmen NOUN gunman 3 nsubj", "wounded ADJ wounded 0 root",
    "three NUM three 6 nummod", "Kenyan ADJ Kenyan 6 amod", "guards NOUN guard 3 nsubj",
    ". PUNCT . 3 punct" };
  kg_doc *d = tree_doc(two, 7);
  const kg_event *e;
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "18", "Sudan", "Kenya"));
  CU_ASSERT_PTR_NULL(find_event(d, "18", "Kenya", NULL));
  kg_doc_free(d);
  /* "said police": one subject after the verb is still the subject */
  static const char *const inv[] = {
    "Kenyan ADJ Kenyan 2 amod", "police NOUN police 3 nsubj", "arrested VERB arrest 0 root",
    "Sudanese ADJ Sudanese 5 amod", "traders NOUN trader 3 obj", ". PUNCT . 3 punct" };
  TREE_EXPECT(inv, "17|Kenya|Sudan");
  /* a phrase object converted from CAMEO.2.0 ("STATE (OF EMERGENCY)") */
  d = kg_test_run("Egypt lifted the state of emergency on Monday. Kenya decreed a state of emergency.",
                  NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "0814", "Egypt", NULL));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "1724", "Kenya", NULL));
  kg_doc_free(d);
  /* CAMEO.2.0 synset objects ("ACCEPT * &MEDIATION": arbitration) and an
   * object with the target's preposition ("&MEDIATION BETWEEN") */
  d = kg_test_run("Kenya accepted arbitration by Egypt. Jordan launched a conciliation between Libya and Sudan.",
                  NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "038", "Kenya", NULL));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "045", "Jordan", "Libya"));
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "045", "Jordan", "Sudan"));
  kg_doc_free(d);
  /* an adjective is a weaker object than a head noun ("SIGN * &MILITARY"
   * 062 against a signed agreement, 057) */
  static const char *const signed_[] = {
    "Indonesia PROPN Indonesia 2 nsubj", "signed VERB sign 0 root", "an DET a 4 det",
    "agreement NOUN agreement 2 obj", "with ADP with 6 case", "Australia PROPN Australia 2 obl",
    "to PART to 8 mark", "boost VERB boost 2 advcl", "military ADJ military 10 amod",
    "ties NOUN tie 8 obj", ". PUNCT . 2 punct" };
  d = tree_doc(signed_, 11);
  e = find_event(d, "0", "Indonesia", "Australia");
  CU_ASSERT(e && e->trigger == 1 && !strcmp(e->cameo, "057"));
  kg_doc_free(d);
  /* a converted "- * (AGAINST)" of a verb that codes nothing bare needs its
   * preposition ("decide against"; "decided to expand trade" is no 12) */
  d = kg_test_run("Kenya decided against a deal with Egypt. Jordan decided to expand trade with Libya.", NULL);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "12", "Kenya", NULL));
  CU_ASSERT_PTR_NULL(find_event(d, "12", "Jordan", NULL));
  kg_doc_free(d);
  /* an intransitive act has a venue, not a place it is done to; an act with
   * an object is done to the place */
  static const char *const venue2[] = {
    "Egyptian ADJ Egyptian 2 amod", "rebels NOUN rebel 3 nsubj", "surrendered VERB surrender 0 root",
    "in ADP in 5 case", "Cairo PROPN Cairo 3 obl", ". PUNCT . 3 punct" };
  d = tree_doc(venue2, 6);
  e = find_event(d, "08", "Egypt", NULL);
  CU_ASSERT(e && e->target < 0);
  kg_doc_free(d);
  static const char *const curfew[] = {
    "Kenya PROPN Kenya 2 nsubj", "imposed VERB impose 0 root", "a DET a 4 det",
    "curfew NOUN curfew 2 obj", "in ADP in 6 case", "Cairo PROPN Cairo 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(curfew, "17|Kenya|Cairo");
  /* an unnamed group as object is the target, the city only the venue */
  static const char *const venue[] = {
    "Egyptian ADJ Egyptian 2 amod", "police NOUN police 3 nsubj", "detained VERB detain 0 root",
    "students NOUN student 3 obj", "in ADP in 6 case", "Cairo PROPN Cairo 3 obl",
    ". PUNCT . 3 punct" };
  d = tree_doc(venue, 7);
  e = find_event(d, "17", "Egypt", NULL);
  CU_ASSERT(e && e->target < 0 && e->target_noun == 3);
  kg_doc_free(d);
  /* the group a deed is done to: a phrase with to / with / against of the
   * verb or inside its object ("tons of aid to refugees") */
  static const char *const aid[] = {
    "Egypt PROPN Egypt 2 nsubj", "provided VERB provide 0 root", "tons NOUN ton 2 obj",
    "of ADP of 5 case", "aid NOUN aid 3 nmod", "to ADP to 7 case", "refugees NOUN refugee 5 nmod",
    ". PUNCT . 2 punct" };
  d = tree_doc(aid, 8);
  e = find_event(d, "07", "Egypt", "-");
  CU_ASSERT(e && e->target_noun == 6);
  kg_doc_free(d);
  /* an unnamed group as the only agent makes an event with no actor, but
   * not a statement */
  static const char *const block[] = {
    "Protesters NOUN protester 2 nsubj", "blocked VERB block 0 root", "roads NOUN road 2 obj",
    "in ADP in 5 case", "Cairo PROPN Cairo 2 obl", ". PUNCT . 2 punct" };
  d = tree_doc(block, 6);
  e = find_event(d, "14", "-", "-");
  CU_ASSERT(e && e->agent_noun == 0);
  kg_doc_free(d);
  /* "called on all parties to ...": an appeal with its preposition right
   * after the verb is an event with an agent alone; "called them" is not */
  static const char *const appeal[] = {
    "Kenya PROPN Kenya 2 nsubj", "called VERB call 0 root", "on ADP on 5 case", "all DET all 5 det",
    "parties NOUN party 2 obl", "to PART to 7 mark", "act VERB act 2 xcomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(appeal, "02|Kenya|-");
  static const char *const called[] = {
    "Kenya PROPN Kenya 2 nsubj", "called VERB call 0 root", "all DET all 4 det",
    "parties NOUN party 2 obj", "late ADV late 2 advmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(called, "!02|Kenya|-");
  /* "called the vote a sham": calling something a negative name is a
   * criticism (111); "called on Uganda to stop its reckless raids" stays
   * an appeal: a word deep in the phrase of a pattern's preposition is no
   * object of the verb's other patterns */
  static const char *const sham[] = {
    "Kenya PROPN Kenya 2 nsubj", "called VERB call 0 root", "the DET the 4 det", "vote NOUN vote 2 obj",
    "a DET a 6 det", "sham NOUN sham 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(sham, "111|Kenya|-");
  static const char *const stop[] = {
    "Kenya PROPN Kenya 2 nsubj", "called VERB call 0 root", "on ADP on 4 case", "Uganda PROPN Uganda 2 obl",
    "to PART to 6 mark", "stop VERB stop 2 xcomp", "its PRON its 9 nmod:poss", "reckless ADJ reckless 9 amod",
    "raids NOUN raid 6 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(stop, "02|Kenya|Uganda", "!111");
  /* "the union, whose chairman, William Ruto, praised": a name in
   * apposition to a common noun subject acts, whatever the parse says */
  static const char *const whose[] = {
    "The DET the 2 det", "union NOUN union 0 root", ", PUNCT , 5 punct", "whose PRON whose 5 nmod:poss",
    "chairman NOUN chairman 2 conj", ", PUNCT , 7 punct", "William PROPN William 2 conj",
    "Ruto PROPN Ruto 7 flat", ", PUNCT , 10 punct", "praised VERB praise 2 conj", "the DET the 12 det",
    "deal NOUN deal 10 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(whose, "05|William Ruto");
  /* "Students waved placards": the verb tagged as an adjective of its
   * object, the noun before it the root; waving placards is a protest */
  static const char *const wave[] = {
    "Students NOUN student 0 root", "waved ADJ waved 3 amod", "placards NOUN placard 1 obj",
    "in ADP in 5 case", "Cairo PROPN Cairo 3 nmod", ". PUNCT . 1 punct" };
  d = tree_doc(wave, 6);
  e = find_event(d, "14", "-", "-");
  CU_ASSERT(e && e->agent_noun == 0);
  kg_doc_free(d);
  static const char *const said[] = {
    "Officials NOUN official 2 nsubj", "said VERB say 0 root", "talks NOUN talk 4 nsubj",
    "failed VERB fail 2 ccomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(said, "!01");
  /* the group in a purpose clause on the object: "opened fire to disperse
   * demonstrators" */
  static const char *const fire[] = {
    "Kenyan ADJ Kenyan 2 amod", "police NOUN police 3 nsubj", "opened VERB open 0 root",
    "fire NOUN fire 3 obj", "to PART to 6 mark", "disperse VERB disperse 4 acl",
    "demonstrators NOUN demonstrator 6 obj", ". PUNCT . 3 punct" };
  d = tree_doc(fire, 8);
  e = find_event(d, "19", "Kenya", "-");
  CU_ASSERT(e && e->target_noun == 6);
  kg_doc_free(d);
  /* a protest with a target alone (the subject a pronoun of no one) */
  static const char *const boy[] = {
    "They PRON they 2 nsubj", "boycotted VERB boycott 0 root", "Kenya PROPN Kenya 5 nmod:poss",
    "'s PART 's 3 case", "elections NOUN election 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(boy, "14|-|Kenya");
  /* "X said its forces ...": the group is X's */
  static const char *const own[] = {
    "Kenya PROPN Kenya 2 nsubj", "said VERB say 0 root", "its PRON its 4 nmod:poss",
    "troops NOUN troops 5 nsubj", "attacked VERB attack 2 ccomp", "rebels NOUN rebel 5 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(own, "19|Kenya");
  /* "neither A nor B": both act */
  d = kg_test_run("Neither Egypt nor Jordan boycotted the summit with Libya on Monday.", NULL);
  int eg = 0, jo = 0;
  for (size_t k = 0; d && k < d->nevents; k++) {
    eg |= d->events[k].agent >= 0 && !strcmp(d->actors[d->events[k].agent].label, "Egypt");
    jo |= d->events[k].agent >= 0 && !strcmp(d->actors[d->events[k].agent].label, "Jordan");
  }
  CU_ASSERT(eg && jo);
  kg_doc_free(d);
}

/* The whole pipeline on one line of our own after a dateline of Wednesday
 * 9 April 2025 (a NULL when the models are being rewritten). */
static kg_doc *run_dated(const char *line)
{
  kg_world *w = kg_test_world();
  char text[512];
  int n = snprintf(text, sizeof text, "Title\n\nANKARA, Turkey, April 9, 2025 (KGB) \xe2\x80\x94 %s\n", line);
  kg_doc *d = w && n > 0 && (size_t)n < sizeof text ? kg_doc_new(text, (size_t)n, "dated") : NULL;
  if (d && kg_pipeline_run(w, d) != KG_OK) {
    kg_doc_free(d);
    d = NULL;
  }
  return d;
}

/* The actor of the first sentence-initial "It" of line (tagged and parsed
 * with the test world, actors found with dict) is want (NULL: none). */
static int it_actor(const kg_dict *dict, const char *line, const char *want)
{
  kg_world *w = kg_test_world();
  kg_doc *d = w ? kg_doc_new(line, strlen(line), "it") : NULL;
  int ok = 0;
  if (d && kg_pipeline_annotate(w, d) == KG_OK && kg_actors_run(dict, d, NULL) == KG_OK) {
    for (uint32_t si = 1; si < d->nsents; si++) {
      uint32_t t = d->sents[si].tok;
      if (!kg_tok_is(d, t, "it"))
        continue;
      int32_t m = kg_mention_at(d, t), a = m >= 0 ? d->mentions[m].actor : -1;
      ok = want ? a >= 0 && !strcmp(d->actors[a].label, want) : a < 0;
      break;
    }
  }
  kg_doc_free(d);
  return ok;
}

/* WikiEvents round nine (our own sentences): a violent incident told by a
 * word of its own (kgd:incidentWord) is an event with no actor named, with
 * its date; used figuratively it is none. */
static void test_wiki_round_nine(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("The explosion injured 13 people on a busy street on Monday.");
  const kg_event *e = d ? find_event(d, "183", "-", "-") : NULL;
  CU_ASSERT(e != NULL);
  CU_ASSERT(e && !strcmp(e->date, "2025-04-07"));
  kg_doc_free(d);
  d = run_dated("Three people were wounded in a shooting outside the stadium.");
  CU_ASSERT(d && find_event(d, "193", "-", "-") != NULL);
  kg_doc_free(d);
  d = run_dated("Witnesses said two bombs exploded near the station.");
  CU_ASSERT(d && find_event(d, "183", "-", "-") != NULL);
  kg_doc_free(d);
  /* figurative: growth, a myth */
  d = run_dated("The minister said there had been an explosion of paperwork in the department.");
  CU_ASSERT(d && find_event(d, "18", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = run_dated("The idea that older workers cost more needs to be exploded, the minister said.");
  CU_ASSERT(d && find_event(d, "18", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* no sign of violence in the sentence or the two before it */
  d = run_dated("Sales of the new phone have exploded over the past year. The firm said it was a blast.");
  CU_ASSERT(d && find_event(d, "18", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* kgd:definiteIncidentNoun: "the attack" refers to one; "a possible attack" does not */
  d = run_dated("The attack, which killed five soldiers, was the first of its kind.");
  CU_ASSERT(d && find_event(d, "190", "-", "-") != NULL);
  kg_doc_free(d);
  d = run_dated("Police warned of a possible terrorist attack during the holidays.");
  CU_ASSERT(d && find_event(d, "19", NULL, NULL) == NULL);
  kg_doc_free(d);
}

/* Held-out round seven: portfolio words between the state and the title
 * ("Kenya's information minister, X"); "minister of state" and "chargé
 * d'affaires" as titles. */
static void test_heldout_round_seven(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Kenya's information minister, Amina Wafula, spoke on Monday. Peru's human rights "
                        "commissioner, Rosa Quispe, accused Chile of abuses.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Amina Wafula", "Kenya", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Rosa Quispe", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Rosa Quispe", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("The Omani Minister of State, Salim Harthy, said talks would go on. Chile's chargé "
                "d'affaires, Pablo Rojas, was summoned by Peru.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Salim Harthy", "Oman", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Pablo Rojas", "Chile", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Pablo Rojas", "Peru", 0));
  kg_doc_free(d);
  /* a reciprocal act of coordinated subjects: each does it to the other */
  d = run_dated("Chile and Peru exchanged 40 prisoners on Monday in a swap mediated by Qatar.");
  const kg_event *e = d ? find_event(d, "084", "-", "-") : NULL;
  CU_ASSERT(e && has_part(d, e, "Chile") && has_part(d, e, "Peru") && !has_part(d, e, "Qatar"));
  CU_ASSERT(d && !find_event(d, "084", NULL, "Qatar"));
  kg_doc_free(d);
  d = run_dated("Armenia and Azerbaijan exchanged fire across the border.");
  e = d ? find_event(d, "19", "-", "-") : NULL;
  CU_ASSERT(e && has_part(d, e, "Armenia") && has_part(d, e, "Azerbaijan"));
  kg_doc_free(d);
  /* a relative clause with no relative word keeps its date */
  d = run_dated("Norway urged Chile to respect the treaty they signed in 2018.");
  e = d ? find_event(d, "02", "Norway", NULL) : NULL;
  CU_ASSERT(e && e->date_kind == KG_DATE_NONE);
  kg_doc_free(d);
  /* "X did Y, a move Z condemned": Z condemns X */
  d = run_dated("Chile has expelled dozens of Peruvian workers, a move Lima condemned.");
  CU_ASSERT(d && find_event(d, "11", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Chile has deported thousands of migrants, a campaign that Bolivia has condemned and "
                "that the United Nations has criticised.");
  CU_ASSERT(d && find_event(d, "11", "Bolivia", "Chile"));
  CU_ASSERT(d && find_event(d, "11", "United Nations", "Chile"));
  CU_ASSERT(d && !find_event(d, "11", "Bolivia", "United Nations"));
  kg_doc_free(d);
  /* a fronted date before the subject ("On Monday, X met Y") */
  d = run_dated("On Monday, Chilean Foreign Minister Ana Soto met Peru's President in Lima.");
  e = d ? find_event(d, "04", "Ana Soto", "Peru") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-07"));
  CU_ASSERT(d && !find_event(d, "04", "Ana Soto", "-"));
  kg_doc_free(d);
  /* an active verb joined to a passive one: its subject, a named person;
   * in a reported clause with a group as subject, the speaker */
  d = run_dated("A UN spokesman said Secretary-General António Guterres was alarmed by the reports and "
                "urged Chile and Peru to show restraint.");
  CU_ASSERT(d && find_event(d, "02", "António Guterres", "Chile"));
  kg_doc_free(d);
  d = run_dated("Peru's foreign minister, Rosa Quispe, said 300 Peruvians were still held in Chilean prisons "
                "and accused Chile of torturing them.");
  CU_ASSERT(d && find_event(d, "11", "Rosa Quispe", "Chile"));
  CU_ASSERT(d && !find_event(d, "11", "Peru", "Chile"));
  kg_doc_free(d);
  /* "Minister X, whose government hosted talks": X's state hosts */
  d = run_dated("Chilean Foreign Minister Ana Soto, whose government hosted talks between Peru and Bolivia "
                "in Santiago last year, said more talks were needed.");
  e = d ? find_event(d, "04", "Chile", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2024"));
  CU_ASSERT(d && !find_event(d, "04", NULL, "Ana Soto"));
  kg_doc_free(d);
  /* "spoke (by phone) with" */
  d = run_dated("Chilean President Ana Soto spoke by phone with Peruvian Foreign Minister Luis Rojas on Tuesday. "
                "Bolivia's president spoke with Rojas in Lima.");
  e = d ? find_event(d, "041", "Ana Soto", "Luis Rojas") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-08"));
  CU_ASSERT(d && find_event(d, "040", NULL, "Luis Rojas"));
  kg_doc_free(d);
  /* a generic body name is no organisation; a capital after the name whose
   * state the sentence names gives the state */
  d = run_dated("Peru and Chile traded accusations. Foreign Ministry spokeswoman Ana Soto told reporters in "
                "Lima that Peru was deeply concerned.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Foreign Ministry", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Chile", 0));
  kg_doc_free(d);
  /* "an ally of X's government": the state X leads */
  d = run_dated("Chilean President Ana Soto spoke on Monday. Peru, a close ally of Soto's government, "
                "said it agreed.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Peru", "Chile", 1));
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Peru", "Ana Soto", 1));
  kg_doc_free(d);
  /* the speaker after a quote is a subject for a bare title */
  d = run_dated("Peru denied that it had moved troops. \"Peru has no intention of attacking anyone,\" "
                "government spokesman Luis Rojas told reporters.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Peru", 0));
  kg_doc_free(d);
  /* "supplied X with drones": military aid */
  d = run_dated("Chile has supplied Peru with drones and ammunition.");
  CU_ASSERT(d && find_event(d, "072", "Chile", "Peru"));
  kg_doc_free(d);
  /* "pressed X to": an appeal; "pressed ahead" none */
  d = run_dated("Chile pressed Bolivia to release the prisoners. Peru pressed ahead with its plans.");
  CU_ASSERT(d && find_event(d, "02", "Chile", "Bolivia"));
  CU_ASSERT(d && !find_event(d, "02", "Peru", NULL));
  kg_doc_free(d);
  /* "X, the chairperson of the African Union Commission, said" */
  d = run_dated("Ana Soto, the chairperson of the African Union Commission, said the bloc was ready to help.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Ana Soto", "African Union", 0));
  kg_doc_free(d);
  /* the post's city between the title and the apposition */
  d = run_dated("Peru's ambassador in Santiago, Luis Rojas, was summoned. The International Committee of the "
                "Red Cross said it was ready to help. The organisation's head of delegation in Lima, Ana Soto, "
                "agreed.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Peru", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "International Committee of the Red Cross", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Peru", 0));
  kg_doc_free(d);
  /* "called the veto 'a disgrace'" */
  d = run_dated("Chile called the veto \"a disgrace\" and said Peru had blocked it.");
  CU_ASSERT(d && find_event(d, "111", "Chile", NULL));
  kg_doc_free(d);
}

/* A surname written without the diacritics of the dictionary's label, a
 * weekday the past tense governs in a sentence about the future, object
 * control, "overnight", an object whose adjective names a state, places
 * named with "the", "welcome" of a decision-like noun. */
static void test_lead_round_six(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  static const char erdogan[] = "Recep Tayyip Erdo\xc4\x9f" "an";
  int32_t h;
  kg_doc *d = run_dated("Turkish President Recep Tayyip Erdogan arrived in Athens on Monday. "
                        "Erdogan met Greek Prime Minister Kyriakos Mitsotakis.");
  CU_ASSERT(d && find_event(d, "04", erdogan, "Kyriakos Mitsotakis"));
  kg_doc_free(d);
  d = run_dated("Erdogan met Mitsotakis in Ankara.");
  CU_ASSERT(d && find_event(d, "04", erdogan, "Kyriakos Mitsotakis"));
  kg_doc_free(d);
  /* "said on Tuesday" is the 8th, not the Tuesday after the story */
  d = run_dated("Turkey said on Tuesday that it would resume talks with Greece next month.");
  const kg_event *e = d ? find_event(d, "03", "Turkey", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-08"));
  kg_doc_free(d);
  /* object control: the object of "urge"/"ask" does the act asked for,
   * which has not happened (Hedged); the request itself is asserted */
  d = run_dated("Russia asked Turkey to host the talks.");
  CU_ASSERT(d && find_event(d, "02", "Russia", "Turkey"));
  e = d ? find_event(d, "043", "Turkey", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  CU_ASSERT(d && !find_event(d, "043", "Russia", NULL));
  kg_doc_free(d);
  /* "called on both sides": the two states of the story */
  d = run_dated("Israel struck Syria on Sunday. Russia called on both sides to avoid escalation.");
  CU_ASSERT(d && find_event(d, "02", "Russia", "Israel") && find_event(d, "02", "Russia", "Syria"));
  kg_doc_free(d);
  /* the subject of "approved" imposes the sanctions; "urged it": the bloc,
   * not the speaker's own state, and it is asked to act */
  d = run_dated("The European Union approved new sanctions on Russia on Thursday. Ukrainian President "
                "Volodymyr Zelensky thanked the bloc and urged it to confiscate frozen Russian assets.");
  CU_ASSERT(d && find_event(d, "163", "European Union", "Russia"));
  CU_ASSERT(d && find_event(d, "02", "Volodymyr Zelenskyy", "European Union"));
  CU_ASSERT(d && !find_event(d, "02", "Volodymyr Zelenskyy", "Ukraine"));
  kg_doc_free(d);
  /* "the three countries"; raising with a passive subject ("is expected
   * to visit"); an apposition of two coordinated role nouns */
  d = run_dated("Japanese Prime Minister Sanae Takaichi met South Korean President Lee Jae-myung and "
                "U.S. President Donald Trump on Friday. The three countries also condemned North "
                "Korea's recent missile launch. Lee is expected to visit Tokyo in November. "
                "China, North Korea's main ally and trading partner, said it opposed the plan.");
  CU_ASSERT(d && find_event(d, "111", "Japan", "North Korea") && find_event(d, "111", "South Korea", "North Korea") &&
            find_event(d, "111", "United States", "North Korea"));
  CU_ASSERT(d && find_event(d, "042", "Lee Jae Myung", "Japan"));
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "China", "North Korea", 0));
  kg_doc_free(d);
  /* a relative "which" is the name its clause describes, through an
   * apposition; a reduced passive relative is done to that name */
  d = run_dated("Israel blamed Hezbollah, the Lebanese militia backed by Tehran, which denied any "
                "involvement.");
  CU_ASSERT(d && find_event(d, "016", "Hezbollah", NULL));
  CU_ASSERT(d && !find_event(d, "016", "Iran", NULL));
  CU_ASSERT(d && find_event(d, "05", "Iran", "Hezbollah"));
  kg_doc_free(d);
  /* "said it would" is no object "it": the speaker */
  d = run_dated("Russia accused Ukraine of shelling the plant and said it would respond.");
  CU_ASSERT(d && find_event(d, "112", "Russia", "Ukraine"));
  kg_doc_free(d);
  /* a verb before a trigger is no object of its pattern */
  d = run_dated("Russia accused Ukraine of attacking a convoy.");
  CU_ASSERT(d && find_event(d, "112", "Russia", "Ukraine"));
  CU_ASSERT(d && !find_event(d, "112", "Ukraine", NULL));
  kg_doc_free(d);
  /* "the bloc" pages after the organisation was named: the story's */
  d = run_dated("The European Union approved new sanctions on Russia. The European Commission "
                "proposed them in May. Hungary dropped its objections. Viktor Orban had blocked "
                "them for weeks. The Kremlin dismissed them. Peskov said Moscow would not change "
                "course. Ukrainian President Volodymyr Zelensky thanked the bloc.");
  CU_ASSERT(d && find_event(d, "051", "Volodymyr Zelenskyy", "European Union"));
  kg_doc_free(d);
  /* a past participle clause on a noun keeps its date to itself */
  d = run_dated("Russia rejected the demand, filed by Ukraine in 2019, on Tuesday.");
  e = d ? find_event(d, "12", "Russia", NULL) : NULL;
  CU_ASSERT(e && strcmp(e->date, "2019") != 0);
  kg_doc_free(d);
  /* "overnight" in a story of the 9th */
  d = run_dated("Israeli warplanes struck weapons depots in Syria overnight.");
  e = d ? find_event(d, "19", "Israel", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-09"));
  kg_doc_free(d);
  /* "the Vaca Muerta field": a place, not a person */
  d = run_dated("Argentina will expand a pipeline from the Vaca Muerta field.");
  h = d ? kg_test_actor(d, "Vaca Muerta") : -1;
  CU_ASSERT(h >= 0 && d->actors[h].type == KG_ACT_PLACE);
  kg_doc_free(d);
  d = run_dated("Turkey summoned the Greek ambassador and lodged a formal protest.");
  CU_ASSERT(d && find_event(d, "11", "Turkey", NULL));
  CU_ASSERT(d && !find_event(d, "11", "Greece", NULL));
  kg_doc_free(d);
  d = run_dated("Turkey and Greece will hold talks in The Hague in June.");
  h = d ? kg_test_actor(d, "Hague") : -1;
  CU_ASSERT(h >= 0 && d->actors[h].type == KG_ACT_PLACE);
  CU_ASSERT(d && kg_test_actor(d, "William Jefferson Hague") < 0);
  kg_doc_free(d);
  d = run_dated("Greece welcomed the announcement.");
  CU_ASSERT(d && find_event(d, "051", "Greece", NULL));
  CU_ASSERT(d && !find_event(d, "043", NULL, NULL));
  kg_doc_free(d);
}


/* The lead's seventh round, from an article of his own (a treaty signed
 * in Moscow): each sentence is the construction that was coded wrongly. */
static void test_lead_round_nine(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a capitalised portfolio between the state and an official's title;
   * not the "Prime" of "Prime Minister" */
  kg_doc *d = run_dated("U.S. Commerce Secretary Howard Lutnick met Australia's Prime Minister Anthony "
                        "Albanese.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Howard Lutnick", "United States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Anthony Albanese", "Australia", 0) &&
            !has_rel(d, KG_REL_OFFICIAL, "Anthony Albanese", "Australia", 0));
  kg_doc_free(d);
  /* "A spokesman, X, said": the title is the subject, the name its
   * apposition; the state of the sentence before */
  d = run_dated("The Kremlin rejected the criticism. A spokesman, Dmitry Peskov, said the plan was needed.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Dmitry Peskov", "Russia", 0));
  kg_doc_free(d);
  /* "condemned the tariffs": the tariffs' imposer, told before */
  d = run_dated("The United States imposed tariffs on Canadian steel. Canada condemned the tariffs.");
  CU_ASSERT(d && find_event(d, "11", "Canada", "United States"));
  kg_doc_free(d);
  /* a noun in a phrase of time on the verb is no object of its patterns;
   * the verb's subject held the talks; a finite clause conjoined to a
   * commissive verb is not hedged by it */
  d = run_dated("Erdogan threatened on Monday to cut exports to Greece, but he suspended the plan on Tuesday "
                "after talks with Mitsotakis.");
  CU_ASSERT(d && !find_event(d, "164", NULL, NULL));
  const kg_event *e = d ? find_event(d, "04", "Recep Tayyip Erdo\xc4\x9f" "an", "Kyriakos Mitsotakis") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED && !strcmp(e->date, "2025-04-08"));
  kg_doc_free(d);
  /* a bare infinitive conjoined to a request verb stays the request's */
  d = run_dated("Erdogan called on Greece to stop the drills and either free or charge the Turkish sailors.");
  e = d ? find_event(d, "112", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* an event in an "after" clause of the lead happened elsewhere: no
   * dateline place */
  d = run_dated("Canada filed a complaint with the WTO on Wednesday after the United States imposed tariffs "
                "on Canadian steel.");
  e = d ? find_event(d, "163", "United States", "Canada") : NULL;
  CU_ASSERT(e && e->place < 0);
  kg_doc_free(d);
}

/* Lead round nine (b): an election-dispute article. */
static void test_lead_round_nine_b(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* none of coordinated agents is the target of the others */
  kg_doc *d = run_dated("Brazil, Colombia and Mexico urged the authorities to publish the results.");
  CU_ASSERT(d && !find_event(d, "02", "Brazil", "Mexico") && !find_event(d, "02", "Colombia", "Mexico"));
  kg_doc_free(d);
  /* "signed by A and B": a joint act of the two */
  d = run_dated("The declaration was signed on Sunday by Erdogan and Mitsotakis.");
  const kg_event *e = d ? find_event(d, "05", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Kyriakos Mitsotakis") && e->agent < 0);
  kg_doc_free(d);
  /* a participle clause on a message noun is the issuer's act */
  d = run_dated("Brazil issued a statement condemning Mexico.");
  CU_ASSERT(d && find_event(d, "111", "Brazil", "Mexico"));
  kg_doc_free(d);
  d = run_dated("Brazil sent a letter urging Mexico to publish the results.");
  CU_ASSERT(d && find_event(d, "02", "Brazil", "Mexico"));
  kg_doc_free(d);
  /* a day is no phrase of a target, whatever the parse hangs on it */
  d = run_dated("Turkey will hold talks with Greece on Wednesday, its foreign minister, Hakan Fidan, said.");
  CU_ASSERT(d && find_event(d, "03", "Turkey", "Greece") && !find_event(d, "03", "Turkey", "Hakan Fidan"));
  kg_doc_free(d);
  /* the predicate of "called X Y" says what the act is */
  d = run_dated("Argentina called the expulsion unacceptable.");
  CU_ASSERT(d && find_event(d, "111", "Argentina", NULL) && !find_event(d, "131", NULL, NULL));
  kg_doc_free(d);
  /* ... also where the parser hangs the adjective on a plural object as its
   * modifier */
  d = run_dated("Chile's foreign minister called the deportations \"unacceptable\" on Friday.");
  CU_ASSERT(d && find_event(d, "111", NULL, NULL) && !find_event(d, "131", NULL, NULL) &&
            !find_event(d, "174", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru called the expulsions unacceptable.");
  CU_ASSERT(d && find_event(d, "111", "Peru", NULL) && !find_event(d, "131", NULL, NULL));
  kg_doc_free(d);
  /* "Latin American" is a region's adjective, no state's; "North Korean"
   * stays North Korea's */
  d = run_dated("Latin American leaders criticised Venezuela. North Korean troops attacked Venezuela.");
  CU_ASSERT(d && !find_event(d, "11", "United States", NULL) && find_event(d, "19", "North Korea", "Venezuela"));
  kg_doc_free(d);
}

/* Held-out round ten: constructions of the session's own held-out articles. */
static void test_heldout_round_ten(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a name opening the sentence, set off by a comma, is its subject where
   * the parse gives it no role ("Norway, a member of NATO, abstained"):
   * the next sentence's "Its" is Norway, not the state named before */
  kg_doc *d = run_dated("The United States voted for the text. Washington backed it. Norway, a member of NATO, "
                        "abstained, breaking with its neighbours. Its foreign minister, Lars Hovland, said Oslo "
                        "would not support it.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Lars Hovland", "Norway", 0) &&
            !has_rel(d, KG_REL_OFFICIAL, "Lars Hovland", "United States", 0));
  kg_doc_free(d);
  /* the sentence's verb hung on a relative clause as a participle: with an
   * object of its own after a comma it is active, its subject the name
   * that opens the sentence */
  d = run_dated("Malaysia, which has its own claims in the South China Sea, also criticised the exercises.");
  CU_ASSERT(d && find_event(d, "11", "Malaysia", NULL));
  kg_doc_free(d);
  /* a reduced passive relative (no object) stays passive */
  d = run_dated("The exercises, criticised by Malaysia, began on Friday.");
  CU_ASSERT(d && find_event(d, "11", "Malaysia", NULL));
  kg_doc_free(d);
  /* a comma and an object, but no subject there: as parsed */
  d = run_dated("Lee said that the practice, where inmates share cells, breached their rights.");
  CU_ASSERT(d && !find_event(d, "12", "Lee", NULL));
  kg_doc_free(d);
  /* a meeting at a place is a meeting (040), not an intent to meet (036,
   * CAMEO.2.0's "MEET * (AT)") */
  d = run_dated("Peru's president met Bolivia's president at the presidential palace on Monday.");
  CU_ASSERT(d && find_event(d, "040", NULL, NULL) && !find_event(d, "036", NULL, NULL));
  kg_doc_free(d);
  /* a name after "code-named", "codenamed", "dubbed" is an operation's,
   * not a place's, whatever its head word */
  d = run_dated("The drills, code-named Joint Sea, and a patrol codenamed Northern Bay began. "
                "A second exercise dubbed Iron Coast followed near the Red Sea.");
  CU_ASSERT(d && kg_test_actor(d, "Joint Sea") < 0 && kg_test_actor(d, "Northern Bay") < 0 &&
            kg_test_actor(d, "Iron Coast") < 0 && kg_test_actor(d, "Red Sea") >= 0);
  kg_doc_free(d);
  /* joint exercises, drills and patrols are military cooperation (062),
   * one event of the two; drills alone a show of force (150); "naval"
   * parsed as the subject of a verb "exercises" keeps the noun reading */
  d = run_dated("Peru and Chile held joint naval exercises. Bolivia held drills near its border.");
  const kg_event *je = d ? find_event(d, "062", NULL, NULL) : NULL;
  CU_ASSERT(je && has_part(d, je, "Peru") && has_part(d, je, "Chile"));
  CU_ASSERT(d && find_event(d, "150", "Bolivia", NULL) && !find_event(d, "062", "Bolivia", NULL));
  kg_doc_free(d);
  /* a bare title in a later sentence that names only the dateline's state
   * (ANKARA: Turkey) takes that state; a cabinet secretary is an official */
  d = run_dated("The drills began on Monday. Chief Cabinet Secretary Emre Kaya said Ankara had conveyed its "
                "concern.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Emre Kaya", "Turkey", 0));
  kg_doc_free(d);
  d = run_dated("The drills began on Monday. Foreign Minister Emre Kaya said Peru had conveyed its concern.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Emre Kaya", "Turkey", 0));
  kg_doc_free(d);
  /* a lower-case possessor inside a title's portfolio ("children's
   * rights") is passed over to the title's own possessor */
  d = run_dated("Chile's veterans' affairs minister, Rosa Pinto, met Peru's children's rights commissioner, "
                "Ana Soto.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Rosa Pinto", "Chile", 0) &&
            has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Peru", 0));
  kg_doc_free(d);
  /* suspending or halting a trade flow is an embargo (163), as a ban is */
  d = run_dated("Peru suspended imports of Chilean grapes and halted exports of copper to Bolivia.");
  CU_ASSERT(d && find_event(d, "163", "Peru", "Chile") && find_event(d, "163", "Peru", "Bolivia"));
  kg_doc_free(d);
}

/* Lead round nine (c): an espionage-arrest article. */
static void test_lead_round_ten(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* declining to say or elaborate is declining comment (011), told as a
   * fact: the "whether" belongs to what was not said */
  kg_doc *d = run_dated("The Kremlin declined to say whether Russia had been informed of the launch.");
  const kg_event *e = d ? find_event(d, "011", "Russia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(d && !find_event(d, "120", NULL, NULL));
  kg_doc_free(d);
  /* the appeal happened, whatever the question; a modal of a content
   * clause ("warned that it might close") still hedges the warning, a
   * condition still hedges a promise */
  d = run_dated("Erdogan urged Putin to say whether Russia would extend the grain deal.");
  e = d ? find_event(d, "02", "Recep Tayyip Erdo\xc4\x9f" "an", "Vladimir Putin") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Iran warned that it might close the Strait of Hormuz.");
  e = d ? find_event(d, "1", "Iran", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* a past clause of time or cause is told as a fact, outside the scope of
   * the intent or modal above it; its own modal still counts */
  d = run_dated("Japan and South Korea agreed to resume talks after North Korea fired a missile.");
  e = d ? find_event(d, "15", "North Korea", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Iran may retaliate after Israel struck its consulate in Damascus.");
  e = d ? find_event(d, "19", "Israel", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  e = d ? find_event(d, "19", "Iran", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("The ban would be lifted before Britain takes over the presidency.");
  CU_ASSERT(d && !find_event(d, "", NULL, NULL));
  kg_doc_free(d);
  /* "the two leaders": persons named as leaders, not a spokesman named
   * since, even many sentences after the leaders */
  d = run_dated("Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Seoul. "
                "Yoon said ties were strong. Analysts agreed. Markets rose. Trade grew. Exports rose. "
                "China's foreign ministry spokesman Lin Jian urged calm. The two leaders last met in Lima "
                "in November.");
  e = NULL;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "04", 2) && d->events[k].date[0] == '2' &&
        !strcmp(d->events[k].date, "2024-11"))
      e = &d->events[k];
  CU_ASSERT(e && has_part(d, e, "Shigeru Ishiba") && has_part(d, e, "Yoon Suk-yeol") && !has_part(d, e, "Lin Jian"));
  kg_doc_free(d);
}

static void test_lead_round_ten_b(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* arriving in a capital is a visit to its state, one event with the
   * "for a visit" noun; not to the visitor's own state */
  kg_doc *d = run_dated("Modi arrived in Washington on Monday for a state visit.");
  CU_ASSERT(d && find_event(d, "042", "Narendra Modi", "United States"));
  CU_ASSERT(d && !find_event(d, "042", "Narendra Modi", "-"));
  kg_doc_free(d);
  d = run_dated("Putin visited Beijing on Monday for a state visit.");
  CU_ASSERT(d && find_event(d, "042", "Vladimir Putin", "China"));
  CU_ASSERT(d && !find_event(d, "042", "Vladimir Putin", "-"));
  kg_doc_free(d);
  d = run_dated("Vladimir Putin arrived back in Moscow on Friday.");
  CU_ASSERT(d && !find_event(d, "042", "Vladimir Putin", "Russia"));
  kg_doc_free(d);
  /* the date of an anniversary is not the date of what it marks */
  d = run_dated("The summit coincided with the third anniversary of Russia's invasion of Ukraine on Monday.");
  const kg_event *e = d ? find_event(d, "19", "Russia", "Ukraine") : NULL;
  CU_ASSERT(e && e->date[0] == '\0');
  kg_doc_free(d);
  /* welcoming a package of measures is praise (051) */
  d = run_dated("Ukrainian Foreign Minister Andrii Sybiha welcomed the sanctions package.");
  CU_ASSERT(d && find_event(d, "051", "Andrii Sybiha", NULL));
  kg_doc_free(d);
}

/* he/him/his skip a person known female, she/her one known male (a first
 * name of the lexicon, a gendered honorific, title or apposition); a person
 * of unknown gender stays a candidate */
static void test_pronoun_gender(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("President Donald Trump received Prime Minister Kamala Jones in Washington. "
                        "She condemned the Russian attacks.");
  CU_ASSERT(d && find_event(d, "111", "Kamala Jones", "Russia"));
  CU_ASSERT(d && !find_event(d, "111", "Donald Trump", NULL));
  kg_doc_free(d);
  d = run_dated("Emmanuel Macron hosted Ursula Berger in Paris. She condemned the Russian attacks.");
  CU_ASSERT(d && !find_event(d, "111", "Emmanuel Macron", NULL));
  kg_doc_free(d);
  /* "he" after a female-then-male pair */
  d = run_dated("Kamala Harris met Donald Trump in Washington. He praised the talks.");
  CU_ASSERT(d && find_event(d, "051", "Donald Trump", NULL));
  CU_ASSERT(d && !find_event(d, "051", "Kamala Harris", NULL));
  kg_doc_free(d);
  /* the apposition tells more than the first name; Mrs before a surname */
  d = run_dated("Daniel Hale met Alex Blake, the party's chairwoman, in Oslo. She criticised Russia.");
  CU_ASSERT(d && find_event(d, "111", "Alex Blake", "Russia"));
  kg_doc_free(d);
  d = run_dated("Daniel Hale met the party's chairwoman, Alex Blake, in Oslo. She criticised Russia.");
  CU_ASSERT(d && find_event(d, "111", "Alex Blake", "Russia"));
  kg_doc_free(d);
  d = run_dated("Mrs Blake met Daniel Hale in Oslo. He criticised Russia.");
  CU_ASSERT(d && find_event(d, "111", "Daniel Hale", "Russia"));
  kg_doc_free(d);
  /* a name the lexicon does not know stays a candidate for either */
  d = run_dated("Turkish Foreign Minister Hakan Fidan flew to Kyiv. She criticised Russia.");
  CU_ASSERT(d && find_event(d, "111", "Hakan Fidan", "Russia"));
  kg_doc_free(d);
  /* the word lists are lexicon data: a user dictionary extends them ("Dr"
   * names a person and tells no gender) */
  const kg_dict *base = kg_test_dict();
  CU_ASSERT(kg_dict_lex(base, "spokeswoman") & KG_LEX_FEMALE);
  CU_ASSERT(kg_dict_lex(base, "mr") & KG_LEX_MALE);
  CU_ASSERT_EQUAL(kg_dict_lex(base, "hakan"), 0);
  kg_dict *ud = kg_test_dict_with("@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
                                  "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
                                  "kgo:Person kgd:maleName \"hakan\" .\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(ud);
  CU_ASSERT_EQUAL(kg_dict_lex(ud, "hakan"), KG_LEX_MALE_NAME);
  d = run_with(base, "Dr Hakan Fidan visited Kyiv. She condemned Russia.");
  CU_ASSERT(d && find_event(d, "11", "Hakan Fidan", "Russia"));
  kg_doc_free(d);
  d = run_with(ud, "Dr Hakan Fidan visited Kyiv. She condemned Russia.");
  CU_ASSERT(d && !find_event(d, "11", "Hakan Fidan", NULL));
  kg_doc_free(d);
  kg_dict_free(ud);
}

static void test_lead_round_ten_c(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* "Zelensky" (BBC), "Zelenskiy" (Reuters) are the dictionary's
   * "Volodymyr Zelenskyy" (AP), alone or in full */
  kg_doc *d = run_dated("Zelensky urged Russia to withdraw its troops.");
  CU_ASSERT(d && find_event(d, "02", "Volodymyr Zelenskyy", "Russia"));
  kg_doc_free(d);
  /* a Korean name's family name comes first ("Yoon Suk-yeol"); of the
   * holders of a surname, the one in office in the document's year */
  d = run_dated("Japanese Prime Minister Shigeru Ishiba met Yoon in Seoul.");
  CU_ASSERT(d && find_event(d, "04", "Shigeru Ishiba", "Yoon Suk-yeol"));
  kg_doc_free(d);
  d = run_dated("Ukrainian President Volodymyr Zelenskiy met Macron in Paris.");
  CU_ASSERT(d && find_event(d, "04", "Volodymyr Zelenskyy", "Emmanuel Macron"));
  kg_doc_free(d);
  /* an appeal to an addressee no actor names is an appeal; the addressee,
   * not the one appealing, would do what is asked */
  d = run_dated("Putin urged the allies to send more weapons.");
  CU_ASSERT(d && find_event(d, "02", "Vladimir Putin", "-"));
  CU_ASSERT(d && !find_event(d, "07", "Vladimir Putin", NULL));
  kg_doc_free(d);
  d = run_dated("Guterres urged council members to overcome their divisions.");
  CU_ASSERT(d && find_event(d, "02", "Ant\xc3\xb3nio Guterres", "-"));
  kg_doc_free(d);
  /* what is asked is asked, however long the addressee's phrase */
  d = run_dated("Kyiv urged France, Germany, Italy, Spain and Poland to impose sanctions on Russia.");
  const kg_event *e = d ? find_event(d, "16", "France", "Russia") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
}

static void test_lead_round_eleven(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* ", and the two men later held talks" with "men" parsed as "later"'s:
   * the plural description is the conjunct's subject, not the passive
   * subject before it; "where they signed" is the two sides' act */
  kg_doc *d = run_dated("Iranian President Masoud Pezeshkian was greeted by Iraqi Prime Minister Mohammed Shia "
                        "al-Sudani, and the two men later held talks at the palace, where they signed 12 "
                        "memorandums of understanding.");
  const kg_event *e = d ? find_event(d, "046", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Masoud Pezeshkian") && has_part(d, e, "Mohammed Shia al-Sudani"));
  CU_ASSERT(d && !find_event(d, "046", "Masoud Pezeshkian", NULL));
  e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Masoud Pezeshkian") && has_part(d, e, "Mohammed Shia al-Sudani"));
  kg_doc_free(d);
  /* "they" after a statement names no pair: no joint act */
  d = run_dated("Iran condemned the strikes. They signed a memorandum of understanding.");
  CU_ASSERT(d && !find_event(d, "057", NULL, NULL));
  kg_doc_free(d);
  /* stopping attacks is a truce (0871), no attack */
  d = run_dated("Hamas suspended attacks on Israel.");
  CU_ASSERT(d && find_event(d, "0871", "Hamas", "Israel"));
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* a visited city the dictionary puts in a state: the state is visited,
   * in the city; a leader of that state visits no one */
  d = run_dated("Indian Prime Minister Narendra Modi visited Odesa on Tuesday.");
  e = d ? find_event(d, "042", "Narendra Modi", "Ukraine") : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Odessa"));
  kg_doc_free(d);
  d = run_dated("Ukrainian President Volodymyr Zelenskyy visited Odesa on Tuesday.");
  CU_ASSERT(d && !find_event(d, "042", "Volodymyr Zelenskyy", "Ukraine"));
  kg_doc_free(d);
  /* a warning that the warner's side could act is a threat, to the one it
   * would be done to; an analyst's warning threatens nothing */
  d = run_dated("U.S. Secretary of State Marco Rubio warned that Washington could reimpose sanctions on Iraq.");
  CU_ASSERT(d && find_event(d, "1312", "United States", "Iraq"));
  CU_ASSERT(d && find_event(d, "130", "Marco Rubio", "Iraq"));
  CU_ASSERT(d && !find_event(d, "13", "Marco Rubio", "United States"));
  kg_doc_free(d);
  /* ... also a warning joined to another verb of the warner's */
  d = run_dated("U.S. Secretary of State Marco Rubio spoke with Iraq's prime minister and warned that Washington "
                "could reimpose sanctions on Iraq.");
  CU_ASSERT(d && find_event(d, "1312", "United States", "Iraq"));
  kg_doc_free(d);
  d = run_dated("Analysts warned that Russia might attack Estonia.");
  CU_ASSERT(d && !find_event(d, "13", NULL, NULL));
  kg_doc_free(d);
  /* "accused X of firing": X fires, not the accuser; firing rockets at
   * someone is an attack, into the sea a show of force */
  d = run_dated("The State Department accuses the militias of firing rockets at American bases.");
  CU_ASSERT(d && !find_event(d, "19", "United States", NULL));
  kg_doc_free(d);
  d = run_dated("Washington accused Iran of firing rockets at American bases.");
  CU_ASSERT(d && find_event(d, "190", "Iran", "United States"));
  kg_doc_free(d);
  d = run_dated("North Korea fired a ballistic missile into the sea.");
  CU_ASSERT(d && find_event(d, "150", "North Korea", NULL));
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* "Paris" stands for France (a capital written lower case twice in EWT,
   * 19 times with a capital); a capital opening a longer name is the name's */
  d = run_dated("Niger accused Paris of meddling in its affairs.");
  CU_ASSERT(d && find_event(d, "112", "Niger", "France"));
  kg_doc_free(d);
  d = run_dated("The Moscow Times criticised Indonesia.");
  CU_ASSERT(d && !find_event(d, "111", "Russia", NULL));
  kg_doc_free(d);
  /* the first verb's object is no agent of the second; an unnamed group
   * that ambushes is not the most salient state */
  d = run_dated("France condemned the coup. Soldiers detained President Mohamed Bazoum and seized power.");
  CU_ASSERT(d && !find_event(d, "18", "Mohamed Bazoum", NULL) && !find_event(d, "18", "France", NULL));
  kg_doc_free(d);
  d = run_dated("The United States praised Niger. Militants ambushed an army convoy near the border with Mali.");
  CU_ASSERT(d && !find_event(d, "19", "United States", NULL));
  kg_doc_free(d);
  /* ... but a gerund subject with no doer ("Firing a missile ... could have
   * been a show of strength") is still the most salient state's act */
  d = run_dated("North Korea's leader Kim Jong Un visited Russia. Firing a missile during his absence could have "
                "been a show of strength.");
  e = d ? find_event(d, "150", "North Korea", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* "the junta" is never the state whose verb governs it */
  d = run_dated("Niger expelled the French envoy. France said it did not recognise the authority of the junta.");
  e = d ? find_event(d, "054", "France", "Niger") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* a past verb joined to the modal's infinitive, or to the reporting verb,
   * is the speaker's act, told as a fact */
  d = run_dated("French President Emmanuel Macron said France would stay and praised Mohamed Bazoum.");
  e = d ? find_event(d, "051", "Emmanuel Macron", "Mohamed Bazoum") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("French President Emmanuel Macron said France would keep its troops there and thanked Chad.");
  e = d ? find_event(d, "051", "Emmanuel Macron", "Chad") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "overnight on Sunday": the day named (run_dated's story is of
   * Wednesday, April 9, 2025), not the night before the story's day */
  d = run_dated("Russia fired drones at Ukraine overnight on Sunday.");
  e = d ? find_event(d, "19", "Russia", "Ukraine") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-06"));
  kg_doc_free(d);
  /* "talks between the two countries" as "the two countries"; "pressed both
   * sides to end the war": a request, whose content has not happened */
  /* a participle on a noun ("soldiers killed in the fighting") takes no
   * plural subject from the clause before it */
  d = run_dated("Russia and Ukraine met in Istanbul. The two sides agreed to swap the bodies of soldiers killed in "
                "the fighting.");
  CU_ASSERT(d && !find_event(d, "18", "Russia", NULL) && !find_event(d, "18", "Ukraine", NULL));
  kg_doc_free(d);
  /* the title made the root and the verb a relative clause on it ("U.S.
   * Secretary of State X, who is ..., spoke with Y"): the name speaks */
  d = run_dated("Philippine Foreign Secretary Enrique Manalo met reporters. U.S. Secretary of State Marco Rubio, "
                "who is also attending the meetings, spoke with Manalo.");
  CU_ASSERT(d && find_event(d, "04", "Marco Rubio", "Enrique Manalo"));
  kg_doc_free(d);
  /* a visit's "for talks with X" names whom the talks are with, not the
   * host: the capital's state is visited */
  d = run_dated("Chinese Foreign Minister Wang Yi arrived in Kuala Lumpur for talks with Association of Southeast "
                "Asian Nations counterparts.");
  CU_ASSERT(d && find_event(d, "042", "Wang Yi", "Malaysia"));
  CU_ASSERT(d && !find_event(d, "042", "Wang Yi", "Association of Southeast Asian Nations"));
  kg_doc_free(d);
  /* "condemned the incident": the doer of the act told before */
  d = run_dated("Chinese vessels rammed a Philippine boat on Monday. Washington condemned the incident.");
  CU_ASSERT(d && find_event(d, "111", "United States", "China"));
  kg_doc_free(d);
  d = run_dated("Russia and Ukraine met in Istanbul. The last talks between the two countries were in May.");
  e = d ? find_event(d, "046", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Russia") && has_part(d, e, "Ukraine"));
  kg_doc_free(d);
  d = run_dated("Russia and Ukraine met in Istanbul. U.S. President Donald Trump has pressured both sides to end the war.");
  CU_ASSERT(d && !find_event(d, "08", "Donald Trump", NULL));
  e = d ? find_event(d, "0871", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
}

static void test_lead_round_twelve(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a promise codes what is promised (CAMEO 03 by the act): "offered to
   * mediate" 039, "vowed to retaliate" a threat, "promised to send troops"
   * 0312; the promised act stays, hedged; a promise denied stays 030 */
  kg_doc *d = run_dated("Turkey offered to mediate between Somalia and Ethiopia on Friday.");
  const kg_event *e = d ? find_event(d, "039", "Turkey", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(d && !find_event(d, "030", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Iran vowed to retaliate against Israel.");
  CU_ASSERT(d && find_event(d, "138", "Iran", "Israel"));
  e = d ? find_event(d, "190", "Iran", "Israel") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Egypt did not promise to send troops to Somalia.");
  CU_ASSERT(d && find_event(d, "030", "Egypt", "Somalia"));
  kg_doc_free(d);
  /* CAMEO.2.0's consult synsets of moving and thinking words code nothing */
  d = run_dated("Singapore's economy was weighed down by soaring oil prices, and Mourinho came to Chelsea.");
  CU_ASSERT(d && !find_event(d, "04", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The regulator wanted to find out what Britain knew, and Germany joined France on stage.");
  CU_ASSERT(d && !find_event(d, "04", NULL, NULL));
  kg_doc_free(d);
  /* ... and its material-cooperation synsets; recalling an envoy breaks
   * relations (161) with the state it is recalled from */
  d = run_dated("Somalia recalled its own envoy from Addis Ababa, escalating a row with Ethiopia.");
  CU_ASSERT(d && find_event(d, "161", "Somalia", "Ethiopia"));
  CU_ASSERT(d && !find_event(d, "06", NULL, NULL));
  kg_doc_free(d);
  /* a cue verb is no cue in the noun made from it: the agreement that
   * Ethiopia signed was signed */
  d = run_dated("Somalia discussed an agreement that Ethiopia signed.");
  e = d ? find_event(d, "057", "Ethiopia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* treefix: "China, which supplies many of the chemicals, criticised the
   * tariffs" parsed with "China" as the root and "criticised" inside the
   * relative clause: the verb becomes the root, "China" its subject, "many"
   * the clause's object */
  static const char *const relcl[] = {
    "China PROPN China 0 root", ", PUNCT , 4 punct", "which PRON which 4 nsubj",
    "supplies VERB supply 1 acl:relcl VBZ", "many ADJ many 10 nsubj", "of ADP of 7 case",
    "chemicals NOUN chemical 5 nmod", ", PUNCT , 5 punct", "then ADV then 10 advmod",
    "criticised VERB criticise 4 ccomp VBD", "the DET the 12 det", "tariffs NOUN tariff 10 obj",
    ". PUNCT . 1 punct" };
  d = tree_doc(relcl, 13);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK);
  CU_ASSERT(d && d->tokens[9].head == 0 && !strcmp(d->tokens[9].deprel, "root"));
  CU_ASSERT(d && d->tokens[0].head == 10 && !strcmp(d->tokens[0].deprel, "nsubj"));
  CU_ASSERT(d && d->tokens[4].head == 4 && !strcmp(d->tokens[4].deprel, "obj"));
  CU_ASSERT(d && d->tokens[7].head == 4 && d->tokens[12].head == 10);
  kg_doc_free(d);
  /* "Hungary, whose prime minister has kept ties with X, has vetoed Y" with
   * "kept" as the root and "Hungary" tagged INTJ */
  static const char *const whose[] = {
    "Hungary INTJ Hungary 7 discourse", ", PUNCT , 1 punct", "whose PRON whose 5 nmod:poss",
    "prime ADJ prime 5 amod", "minister NOUN minister 7 nsubj", "has AUX have 7 aux",
    "kept VERB keep 0 root VBN", "ties NOUN tie 7 obj", ", PUNCT , 11 punct", "has AUX have 11 aux",
    "vetoed VERB veto 7 conj VBN", "aid NOUN aid 11 obj", ". PUNCT . 7 punct" };
  d = tree_doc(whose, 13);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK);
  CU_ASSERT(d && d->tokens[10].head == 0 && d->tokens[0].head == 11 && d->tokens[6].head == 1 &&
            !strcmp(d->tokens[6].deprel, "acl:relcl") && d->tokens[12].head == 11 && d->tokens[8].head == 7);
  kg_doc_free(d);
  /* (not where the verb after the comma has a subject of its own) */
  static const char *const own[] = {
    "China PROPN China 0 root", ", PUNCT , 4 punct", "which PRON which 4 nsubj",
    "supplies VERB supply 1 acl:relcl VBZ", "chemicals NOUN chemical 4 obj", ", PUNCT , 4 punct",
    "officials NOUN official 8 nsubj", "said VERB say 4 parataxis VBD", ". PUNCT . 1 punct" };
  d = tree_doc(own, 9);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[0].head == 0 && d->tokens[7].head == 4);
  kg_doc_free(d);
  /* a threat codes what is threatened; pausing tariffs eases sanctions
   * (085); denying the accusation targets the accuser; a name's particles
   * are glue ("Juan Ramon de la Fuente" after a title) */
  d = run_dated("Trump threatened to impose tariffs on Mexico. Trump suspended the tariffs on Mexico for a month.");
  CU_ASSERT(d && find_event(d, "1312", "Donald Trump", "Mexico") && find_event(d, "085", "Donald Trump", "Mexico"));
  kg_doc_free(d);
  d = run_dated("The White House accused Mexico of smuggling drugs. Mexico denied the allegation on Monday.");
  CU_ASSERT(d && find_event(d, "016", "Mexico", "United States"));
  kg_doc_free(d);
  d = run_dated("Mexican Foreign Minister Juan Ramon de la Fuente met Rubio.");
  CU_ASSERT(d && find_event(d, "040", "Juan Ramon de la Fuente", NULL));
  kg_doc_free(d);
  /* a title's own words open no title of their own: "Hungary's prime
   * minister, X" leads Hungary and is not also its minister */
  d = run_dated("Hungary's prime minister, Peter Nagy, vetoed the aid.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Peter Nagy", "Hungary", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Peter Nagy", "Hungary", 0));
  kg_doc_free(d);
  /* a city in a compound is its state too: "in the Kharkiv region" */
  d = run_dated("Russian drones struck a power station in the Kharkiv region.");
  CU_ASSERT(d && find_event(d, "190", "Russia", "Ukraine"));
  kg_doc_free(d);
  /* "criticised the summit": whoever held it */
  d = run_dated("Lithuanian President Gitanas Nauseda hosted a summit in Vilnius. Russia criticised the summit.");
  CU_ASSERT(d && find_event(d, "111", "Russia", "Gitanas Nausėda"));
  kg_doc_free(d);
  /* "A spokeswoman for China's foreign ministry, X, accused": the person in
   * apposition to the possessed ministry; a postponed visit did not
   * happen; postponing a visit is 161; "rejected the protest" targets the
   * protester */
  d = run_dated("A spokeswoman for China's foreign ministry, Mao Ning, accused Japan of provoking tensions.");
  CU_ASSERT(d && find_event(d, "112", "Mao Ning", "Japan"));
  kg_doc_free(d);
  d = run_dated("A planned visit to Beijing by Japan's foreign minister was postponed in August.");
  e = d ? find_event(d, "042", "Japan", "China") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = run_dated("Japan postponed the visit to China. China rejected the protest that Japan lodged on Tuesday.");
  CU_ASSERT(d && find_event(d, "161", "Japan", "China") && !find_event(d, "112", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Japan lodged a formal protest with China on Tuesday. China rejected the protest.");
  CU_ASSERT(d && find_event(d, "120", "China", "Japan"));
  kg_doc_free(d);
  /* "condemned the agreement": whoever signed it */
  d = run_dated("Ethiopia signed a port agreement with a breakaway region last week. Egypt condemned the "
                "agreement on Tuesday.");
  CU_ASSERT(d && find_event(d, "111", "Egypt", "Ethiopia"));
  kg_doc_free(d);
}

/* The pipeline on text (n bytes) as a document of that name; NULL on failure. */
static kg_doc *run_text(const char *text, size_t n, const char *name)
{
  kg_world *w = kg_test_world();
  kg_doc *d = w ? kg_doc_new(text, n, name) : NULL;
  if (d && kg_pipeline_run(w, d) != KG_OK) {
    kg_doc_free(d);
    d = NULL;
  }
  return d;
}

/* A line as the second paragraph of a dated article (not in the dateline's
 * sentence, which the parser reads as one with it). */
static kg_doc *run_para(const char *line)
{
  char text[768];
  int n = snprintf(text, sizeof text, "Title\n\nANKARA, Turkey, April 9, 2025 (KGB) \xe2\x80\x94 Officials met on "
                   "Tuesday.\n\n%s\n", line);
  return n > 0 && (size_t)n < sizeof text ? run_text(text, (size_t)n, "para") : NULL;
}

/* A one-paragraph article dated by its dateline (LIMA, date) with the line. */
static kg_doc *run_on(const char *date, const char *line)
{
  char text[768];
  int n = snprintf(text, sizeof text, "Title\n\nLIMA, %s (KGB) \xe2\x80\x94 Officials met.\n\n%s\n", date, line);
  return n > 0 && (size_t)n < sizeof text ? run_text(text, (size_t)n, "args") : NULL;
}

/* There is an event of code (prefix) and agent, and every such event has
 * date want ("" none). */
static int dated(const kg_doc *d, const char *code, const char *agent, const char *want)
{
  int n = 0;
  for (size_t i = 0; d && i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    if (strncmp(e->cameo, code, strlen(code)) || e->agent < 0 || strcmp(d->actors[e->agent].label, agent))
      continue;
    if (want[0] ? e->date_kind == KG_DATE_NONE || strcmp(e->date, want) : e->date_kind != KG_DATE_NONE)
      return 0;
    n++;
  }
  return n > 0;
}

/* heldout2's sixteenth round: constructions of its held-out articles (the
 * Maldives and India, the Kenyan-led mission in Haiti, France and Azerbaijan). */
static void test_heldout2_round_sixteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* the usual English demonym where the data gives a rarer one: "Maldivian"
   * (data: "Maldivan"), "Ecuadorian" (data: "Ecuadorean") */
  kg_doc *d = run_para("Maldivian Foreign Minister Ali Rasheed met the Ecuadorian envoy, Pablo Ortiz, in Colombo.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ali Rasheed", "Maldives", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Pablo Ortiz", "Ecuador", 0));
  kg_doc_free(d);
  d = run_para("Two Maldivian deputy ministers criticised India on Monday.");
  CU_ASSERT(d && find_event(d, "11", "Maldives", "India"));
  kg_doc_free(d);
  /* clausefix: "after X accused Y" parsed as "after X" an nmod and
   * "accused" an xcomp of the main verb: the verb becomes an advcl with X
   * its subject and "after" its mark */
  static const char *const after[] = {
    "Kenya PROPN Kenya 2 nsubj", "summoned VERB summon 0 root VBD", "Uganda PROPN Uganda 5 nmod:poss",
    "'s PART 's 3 case", "envoy NOUN envoy 2 obj", "after ADP after 8 case", "Minister PROPN Minister 8 compound",
    "Okello PROPN Okello 5 nmod", "accused VERB accuse 2 xcomp VBD", "Nairobi PROPN Nairobi 9 obj",
    ". PUNCT . 2 punct" };
  d = tree_doc(after, 11);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK);
  CU_ASSERT(d && d->tokens[8].head == 2 && !strcmp(d->tokens[8].deprel, "advcl"));
  CU_ASSERT(d && d->tokens[7].head == 9 && !strcmp(d->tokens[7].deprel, "nsubj"));
  CU_ASSERT(d && d->tokens[5].head == 9 && !strcmp(d->tokens[5].deprel, "mark"));
  kg_doc_free(d);
  /* "nine months after the council authorised ...": the measure taken for the verb's subject */
  static const char *const months[] = {
    "Troops NOUN troop 2 nsubj", "landed VERB land 0 root VBD", ", PUNCT , 9 punct", "nine NUM nine 5 nummod",
    "months NOUN month 9 nsubj", "after ADP after 8 case", "the DET the 8 det", "council NOUN council 5 nmod",
    "authorised VERB authorise 2 parataxis VBD", "the DET the 11 det", "force NOUN force 9 obj",
    ". PUNCT . 2 punct" };
  d = tree_doc(months, 12);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK);
  CU_ASSERT(d && d->tokens[8].head == 2 && !strcmp(d->tokens[8].deprel, "advcl"));
  CU_ASSERT(d && d->tokens[7].head == 9 && !strcmp(d->tokens[7].deprel, "nsubj"));
  CU_ASSERT(d && d->tokens[4].head == 9 && !strcmp(d->tokens[4].deprel, "obl:npmod"));
  kg_doc_free(d);
  /* (not a participle, nor a verb after a comma) */
  static const char *const held[] = {
    "Kenya PROPN Kenya 2 nsubj", "left VERB leave 0 root VBD", "after ADP after 5 case", "the DET the 5 det",
    "talks NOUN talk 2 obl", "held VERB hold 2 xcomp VBN", "in ADP in 8 case", "Doha PROPN Doha 6 obl",
    ", PUNCT , 11 punct", "officials NOUN official 11 nsubj", "said VERB say 2 parataxis VBD", ". PUNCT . 2 punct" };
  d = tree_doc(held, 12);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[4].head == 2 && d->tokens[5].head == 2 &&
            !strcmp(d->tokens[5].deprel, "xcomp"));
  kg_doc_free(d);
  static const char *const comma[] = {
    "Kenya PROPN Kenya 2 nsubj", "left VERB leave 0 root VBD", "after ADP after 4 case", "talks NOUN talk 2 obl",
    ", PUNCT , 6 punct", "said VERB say 2 parataxis VBD", "officials NOUN official 6 nsubj", ". PUNCT . 2 punct" };
  d = tree_doc(comma, 8);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[3].head == 2 && !strcmp(d->tokens[3].deprel, "obl"));
  kg_doc_free(d);
  /* the whole pipeline: the accusation is the minister's, not the summoning state's */
  d = run_para("Ukraine summoned Russia's ambassador on Monday after President Vladimir Putin accused Kyiv of "
               "shelling a dam.");
  CU_ASSERT(d && find_event(d, "112", "Vladimir Putin", "Ukraine") && !find_event(d, "112", "Ukraine", NULL));
  kg_doc_free(d);
  /* "S, like A and B, is a member of Y": all three; "S, unlike A, ...": S only */
  d = run_para("Kenya, like Uganda and Tanzania, is a member of the East African Community. Chile, unlike Peru, "
               "is a member of the Organisation for Economic Co-operation and Development.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Kenya", "East African Community", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Uganda", "East African Community", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Tanzania", "East African Community", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Chile", "Organisation for Economic Co-operation and Development", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Peru", "Organisation for Economic Co-operation and Development", 0));
  kg_doc_free(d);
  /* "the group" after an organisation named with that head word */
  d = run_para("Last year, Turkey founded the Ankara Dialogue Group, which hosts exiled politicians. In April, the "
               "group signed a memorandum with a party in Libya.");
  CU_ASSERT(d && find_event(d, "057", "Ankara Dialogue Group", NULL));
  kg_doc_free(d);
  /* (no such organisation: "the group" stays no actor) */
  d = run_para("Turkey criticised the talks. In April, the group signed a memorandum with a party in Libya.");
  CU_ASSERT(d && !find_event(d, "057", "Turkey", NULL));
  kg_doc_free(d);
  /* the purpose of a journey happens where it goes */
  d = run_para("The prime minister, Ali Demir, travelled to Nairobi to sign the deal with President William Ruto "
               "on March 1.");
  const kg_event *sg = d ? find_event(d, "057", "Ali Demir", NULL) : NULL;
  CU_ASSERT(sg && sg->place >= 0 && !strcmp(d->actors[sg->place].label, "Nairobi"));
  kg_doc_free(d);
  /* clausefix: a fronted date with no comma, then the subject and its relative clause */
  static const char *const march[] = {
    "In ADP in 2 case", "March PROPN March 9 obl", "the DET the 4 det", "president NOUN president 2 appos",
    ", PUNCT , 7 punct", "who PRON who 7 nsubj", "criticised VERB criticise 4 acl:relcl VBD", ", PUNCT , 2 punct",
    "urged VERB urge 0 root VBD", "Kenya PROPN Kenya 9 obj", ". PUNCT . 9 punct" };
  d = tree_doc(march, 11);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[3].head == 9 && !strcmp(d->tokens[3].deprel, "nsubj"));
  kg_doc_free(d);
  /* a currency sign is its unit's word: "provided $40 million" is aid (object=dollar) */
  d = run_para("Canada has provided more than $40 million for the police mission in Haiti.");
  CU_ASSERT(d && find_event(d, "07", "Canada", NULL));
  kg_doc_free(d);
}

/* Issue #4: the date of an event is its own, normalised against the
 * document's date across month and year ends; a span's bound, a deadline
 * or a date inside a quotation told by someone else dates nothing. */
static void test_event_dates(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("January 1, 2025", "Peru criticised Chile on Monday. Brazil praised Bolivia yesterday. "
                     "Ecuador met Colombia last month.");
  CU_ASSERT(dated(d, "111", "Peru", "2024-12-30") && dated(d, "051", "Brazil", "2024-12-31") &&
            dated(d, "04", "Ecuador", "2024-12"));
  kg_doc_free(d);
  d = run_on("March 1, 2024", "Brazil praised Bolivia yesterday.");
  CU_ASSERT(dated(d, "051", "Brazil", "2024-02-29"));           /* a leap year's February */
  kg_doc_free(d);
  d = run_on("March 1, 2023", "Brazil praised Bolivia yesterday.");
  CU_ASSERT(dated(d, "051", "Brazil", "2023-02-28"));
  kg_doc_free(d);
  /* deadlines and the bounds of a span */
  d = run_on("December 30, 2025", "France pledged to lift its sanctions on Chad by 2030. Germany promised to "
             "give aid to Mali by the end of 2027. Spain admitted it spied on Morocco between 2010 and 2012. "
             "Russia agreed to supply gas to China over ten years from 2029. Norway criticised Sweden in 2003.");
  /* (a span's start with its end told dates the act by its start since the twenty-third session) */
  CU_ASSERT(dated(d, "", "France", "") && dated(d, "", "Germany", "") && dated(d, "160", "Spain", "2010") &&
            dated(d, "", "Russia", "") && dated(d, "111", "Norway", "2003"));
  kg_doc_free(d);
  /* "back to 1994, when talks ...": the when-clause's date stays */
  d = run_on("December 30, 2025", "Spain praised Italy in 2003, when talks failed.");
  CU_ASSERT(dated(d, "051", "Spain", "2003"));
  kg_doc_free(d);
  /* a date inside a quotation dates no act of its speaker outside it */
  d = run_on("December 30, 2025", "Poland criticised Hungary, saying: \"On 3 May 2024 the talks failed.\" "
             "Greece praised Cyprus on 2 June 2025, saying: \"The talks went well.\"");
  CU_ASSERT(dated(d, "111", "Poland", "") && dated(d, "051", "Greece", "2025-06-02"));
  kg_doc_free(d);
  /* "the rebate, secured in 1984 by Spain,": a reduced relative (however
   * parsed) dates its noun's event only */
  d = run_on("December 30, 2025", "France promised to protect the budget rebate, secured in 1984 by Spain, from "
             "cuts. Italy praised an agreement with Greece, reached in 1992, which limits aid.");
  CU_ASSERT(dated(d, "", "France", ""));
  const kg_event *e = d ? find_event(d, "057", NULL, "Greece") : NULL;
  CU_ASSERT(e && e->date_kind == KG_DATE_YEAR && !strcmp(e->date, "1992"));
  CU_ASSERT(dated(d, "051", "Italy", ""));   /* (the praise is not of 1992) */
  kg_doc_free(d);
}

/* The event of code and agent is placed at want (NULL: nowhere). */
static int placed(const kg_doc *d, const char *code, const char *agent, const char *want)
{
  const kg_event *e = d ? find_event(d, code, agent, NULL) : NULL;
  return e && (want ? e->place >= 0 && !strcmp(d->actors[e->place].label, want) : e->place < 0);
}

/* Issue #4: a contest, an honours list or a season (kgd:contestWord), an
 * employer or a work (kgd:nonLocativeHead) is no event's place; a city
 * where someone is, or where they met, is. */
static void test_event_places(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "France praised Spain's performance in the Dublin Cup final. Italy "
                     "criticised Greece in Olympic year. Kenya criticised Uganda, said Ann Mwangi, a strategist at "
                     "Nairobi's Kenga Securities. Norway praised Mali's role in Bamako.");
  CU_ASSERT(placed(d, "051", "France", NULL) && placed(d, "111", "Italy", NULL) &&
            placed(d, "111", "Kenya", NULL) && placed(d, "051", "Norway", NULL));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "An EU spokesman in Washington dismissed the US complaint. Egypt met Sudan in "
             "Cairo.");
  CU_ASSERT(placed(d, "12", "European Union", "Washington") && placed(d, "04", "Egypt", "Cairo"));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Shops in Nairobi open again after Kenya criticised Uganda in Nairobi.");
  CU_ASSERT(placed(d, "111", "Kenya", "Nairobi"));
  kg_doc_free(d);
}

/* The event of code and agent has factuality want. */
static int fact_is(const kg_doc *d, const char *code, const char *agent, int want)
{
  const kg_event *e = d ? find_event(d, code, agent, NULL) : NULL;
  return e && e->factuality == want;
}

/* Issue #4, sixteenth session: a place of the main clause is not an event's
 * of an adverbial clause with its own subject; a negated verb keeps its
 * negation from the event noun of its prepositional phrase ("did not
 * respond to her remarks"), a light verb does not ("did not attend the
 * talks with"); "the company" and "the two firms" name the targets and
 * participants named before; "me" in a quotation its speaker (a person);
 * a meeting "following" which something is planned took place. */
static void test_event_args_sixteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "Chile's president arrived in Santiago on Monday, after Peru attacked "
                     "Bolivia. Uruguay attacked Brazil in Montevideo on Monday, after Chile met Argentina.");
  CU_ASSERT(placed(d, "19", "Peru", NULL) && placed(d, "19", "Uruguay", "Montevideo") &&
            placed(d, "040", "Chile", NULL));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Foreign Minister Ana Lopez criticised Ecuador on Sunday. Peruvian officials did "
             "not respond to her remarks. Uruguay did not attend the talks with Paraguay.");
  CU_ASSERT(fact_is(d, "010", "Ana Lopez", KG_FACT_ASSERTED) && fact_is(d, "04", "Uruguay", KG_FACT_NEGATED));
  kg_doc_free(d);
  /* "the company" is the business named just before (corefdesc.c), "the two
   * firms" the two named before; "the airline" no body of the dictionary */
  d = run_on("December 30, 2025", "Shares in Andes Mining Corp fell on Monday after Chile fined Andes Mining Corp, "
             "and Peru sued the company on Friday. Andes Mining Corp and Pacific Steel Group bought a port last year. "
             "The two firms signed a deal with Bolivia on Friday. Argentina criticised the European Union on Monday, "
             "after the airline cut flights.");
  const kg_event *e = d ? find_event(d, "057", NULL, "Bolivia") : NULL;
  CU_ASSERT(d && find_event(d, "115", "Peru", "Andes Mining Corp") && e && has_part(d, e, "Andes Mining Corp") &&
            has_part(d, e, "Pacific Steel Group") && !find_event(d, "", "European Union", NULL));
  kg_doc_free(d);
  /* "me" in a quotation is its speaker (corefquote.c) */
  d = run_on("December 30, 2025", "\"Peru has criticised me many times,\" said Foreign Minister Ana Lopez. Chile "
             "said: \"Bolivia criticised me.\"");
  CU_ASSERT(d && find_event(d, "111", "Peru", "Ana Lopez") && !find_event(d, "111", "Bolivia", "Ana Lopez"));
  kg_doc_free(d);
  /* an event noun after "following" took place, whatever hedges the clause */
  d = run_on("December 30, 2025", "Interest rates are set to stay on hold following the latest meeting between Chile "
             "and Peru. Chile may hold talks with Ecuador next week.");
  const kg_event *m = NULL;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (!strcmp(d->events[k].cameo, "040") && has_part(d, &d->events[k], "Chile"))
      m = &d->events[k];
  CU_ASSERT(m && m->factuality == KG_FACT_ASSERTED && fact_is(d, "04", "Chile", KG_FACT_HEDGED));
  kg_doc_free(d);
}


/* Issue #4, seventeenth session (evnotarget.c): "their ambassadors" is the
 * agents' own, no unnamed group done to, so the city recalled from gives the
 * target as for one agent; a clash or fighting (kgd:mutualViolence) is at its
 * place, which it does not strike (a bombing does); a person's own state told
 * by a pronoun is no target of his act ("calling it a success"); "French
 * carmaker Renault" is Renault; "was unable to agree" is Negated. */
static void test_event_args_seventeen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "Peru and Ecuador recalled their envoys from Geneva after the vote. "
                     "Nine soldiers died in a clash in the Kashmir Valley on Friday. Fighting in the Donbas region "
                     "killed five people. A bombing in Kabul killed five people.");
  CU_ASSERT(d && find_event(d, "161", "Peru", "Switzerland") && find_event(d, "161", "Ecuador", "Switzerland") &&
            !find_event(d, "19", NULL, "Kashmir") && !find_event(d, "19", NULL, "Donbas") &&
            !find_event(d, "19", NULL, "Ukraine") && find_event(d, "18", "-", "Kabul"));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Bolivia's president, Luis Rojas, welcomed the plan, calling it a success. "
             "Peru's president, Ana Lopez, praised Chile.");
  CU_ASSERT(d && find_event(d, "013", "Luis Rojas", "-") && !find_event(d, "013", "Luis Rojas", "Bolivia") &&
            find_event(d, "051", "Ana Lopez", "Chile"));
  kg_doc_free(d);
  /* a demonym before a common noun and a name describes the named firm */
  d = run_on("December 30, 2025", "Chile signed a deal with French carmaker Renault on Monday. Peru rejected a "
             "takeover offer from German engineering group Siemens.");
  CU_ASSERT(d && find_event(d, "057", "Chile", "Renault") && find_event(d, "12", "Peru", "Siemens") &&
            !find_event(d, "", NULL, "France") && !find_event(d, "", NULL, "Germany"));
  kg_doc_free(d);
  /* what one "was unable to" do did not happen (lexicon: "unable" negates its complement, as "fail") */
  d = run_on("December 30, 2025", "Chile was unable to agree terms with Peru.");
  CU_ASSERT(fact_is(d, "03", "Chile", KG_FACT_NEGATED));
  kg_doc_free(d);
}

/* Issue #4, eighteenth session: a subject opened by "neither" or "no"
 * negates its verb however long it is, and the infinitive of "was willing
 * to" (a refusal, 12); a statement (01) is made whatever the modal or
 * condition of what it reports; a state's name opening a party's or a
 * firm's name the NER model tags as one is that organisation; a phrase
 * "and to X" after another phrase of the verb is the verb's own; a passive
 * with a subject of its own takes no discourse state as its target. */
static void test_event_args_eighteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "Neither Chile nor Peru has signed the treaty with Bolivia. Neither "
                     "Uruguay nor Paraguay agreed to meet Ecuador. Neither the Cuban government nor the Venezuelan "
                     "government was willing to fund Jamaica.");
  CU_ASSERT(fact_is(d, "057", "Chile", KG_FACT_NEGATED) && fact_is(d, "057", "Peru", KG_FACT_NEGATED) &&
            fact_is(d, "030", "Uruguay", KG_FACT_NEGATED) && fact_is(d, "04", "Paraguay", KG_FACT_HEDGED) &&
            find_event(d, "121", "Cuba", "Jamaica") && find_event(d, "121", "Venezuela", "Jamaica") &&
            !find_event(d, "031", NULL, NULL));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Ana Ruiz, Chile's foreign minister, predicted that Peru would lose the vote if "
             "Bolivia abstained.");
  CU_ASSERT(fact_is(d, "010", "Ana Ruiz", KG_FACT_ASSERTED));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Jorge Vidal quit the Chile Independence Party and accused it of betraying its "
             "voters. A Peru Construction Bank manager was arrested by Chilean police.");
  CU_ASSERT(d && find_event(d, "112", "Jorge Vidal", "Chile Independence Party") &&
            find_event(d, "173", NULL, "Peru Construction Bank") && !find_event(d, "", NULL, "Peru") &&
            !find_event(d, "", "Jorge Vidal", "Chile"));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "The Peruvian minister apologised for the delay and to Chile.");
  CU_ASSERT(d && find_event(d, "055", "Peru", "Chile"));
  kg_doc_free(d);
  /* the discourse fallback (the most salient state as the target of a
   * hostile act with no argument) keeps to acts whose patient is untold:
   * not a passive with a subject of its own, nor "my only complaint" */
  d = run_on("December 30, 2025", "Chile criticised Peru. Peru tested a missile on Monday. The launch drew "
             "condemnation and led to stringent sanctions. Several suspects have been detained since then. My "
             "only complaint is the cost.");
  const kg_event *e = d ? find_event(d, "163", "-", NULL) : NULL;
  CU_ASSERT(e && e->target >= 0 && !find_event(d, "173", NULL, NULL) && !find_event(d, "114", NULL, NULL));
  kg_doc_free(d);
}

/* Issue #4, nineteenth session: a sector group in a state's seat is that
 * state's ("Opposition politicians in Santiago", "A court in Lima"), and
 * "the government" it accuses is its own state's, not the state of the
 * paragraph before; the claimer of an attack did it; "the ban" whose
 * telling made no event is the banning subject's (evdoer.c). */
static void test_event_args_nineteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "Peru expelled two diplomats on Monday.\n\nOpposition politicians in "
                     "Santiago accused the government of corruption. A court in Lima issued an arrest warrant for "
                     "Jorge Vidal.");
  const kg_event *e = d ? find_event(d, "112", "Chile", "Chile") : NULL;
  CU_ASSERT(e && e->agent_group >= 0 && d->actors[e->agent_group].sector_of == e->agent &&
            !find_event(d, "112", NULL, "Peru") && find_event(d, "173", "Peru", "Jorge Vidal"));
  kg_doc_free(d);
  /* (a group in a city of no state the dictionary knows stays unnamed) */
  d = run_on("December 30, 2025", "Opposition politicians in Springfield criticised Peru.");
  CU_ASSERT(d && find_event(d, "111", "-", "Peru"));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Five people were killed in a drone attack on Kursk, claimed by Ukraine.");
  CU_ASSERT(d && find_event(d, "19", "Ukraine", "Russia"));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Chile's government banned Peruvian fishing boats from its waters on Monday. The "
             "ban takes effect next week. Peru's embassy criticised the ban. Bolivia criticised the Cuban ban.");
  CU_ASSERT(d && find_event(d, "111", "Peru", "Chile") && !find_event(d, "111", "Bolivia", "Chile"));
  kg_doc_free(d);
}

/* The number of memberOf relations of d. */
static size_t n_member(const kg_doc *d)
{
  size_t n = 0;
  for (size_t i = 0; d && i < d->nrels; i++)
    n += d->rels[i].kind == KG_REL_MEMBER;
  return n;
}

/* The twentieth session's shapes (issue #4): the doer of a time adjunct on
 * a passive verb, a counted plural of states with a region's adjective, an
 * apposition of members after a description naming no actor. */
static void test_event_args_twenty(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* "X was greeted by Y ... before heading to talks with Z": X goes and talks */
  kg_doc *d = run_on("December 30, 2025", "Petro Halych arrived in Warsaw on Monday. Halych was welcomed by "
                     "Poland's foreign minister at the airport before heading to talks with the Polish prime "
                     "minister.");
  CU_ASSERT(d && find_event(d, "046", "Petro Halych", "Poland") && find_event(d, "042", "Petro Halych", "Poland") &&
            !find_event(d, "042", "Poland", NULL));
  kg_doc_free(d);
  /* (an active verb: its subject, as before) */
  d = run_on("December 30, 2025", "Petro Halych toured Krakow before heading to talks with Poland.");
  CU_ASSERT(d && find_event(d, "046", "Petro Halych", "Poland"));
  kg_doc_free(d);
  /* a passive time adjunct: the subject undergoes it ("after being hit by") */
  d = run_on("December 30, 2025", "Petro Halych resigned on Monday after being criticised by Poland.");
  CU_ASSERT(d && find_event(d, "111", "Poland", "Petro Halych") && !find_event(d, "111", "Petro Halych", NULL));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Petro Halych needed treatment after being hit by a missile.");
  CU_ASSERT(d && find_event(d, "19", "-", "Petro Halych"));
  kg_doc_free(d);
  /* a hedge on the topic of talks ("about a possible alliance") is no hedge on the talks held */
  d = run_on("December 30, 2025", "Chile held talks with Peru about a possible alliance. Bolivia may meet Peru.");
  CU_ASSERT(fact_is(d, "04", "Chile", KG_FACT_ASSERTED) && fact_is(d, "04", "Bolivia", KG_FACT_HEDGED));
  kg_doc_free(d);
  /* "..., saying it would ...": the participle clause's modal is its own */
  d = run_on("December 30, 2025", "Chile criticised Peru, saying the deal could harm trade.");
  CU_ASSERT(fact_is(d, "111", "Chile", KG_FACT_ASSERTED));
  kg_doc_free(d);
  /* "the two North African countries": no person "North African"; the two states told before */
  d = run_on("December 30, 2025", "Morocco and Algeria agreed on Tuesday to reopen their border. The two North "
             "African countries had cut ties in 1994 after a hotel attack.");
  int32_t na = d ? kg_test_actor(d, "North African") : -1;
  CU_ASSERT(d && na < 0 && find_event(d, "161", "Morocco", NULL) && find_event(d, "161", "Algeria", NULL));
  kg_doc_free(d);
  /* "the Baltic states, members of NATO and the EU": no member of either
   * (neither the state before, nor the bodies named before) */
  d = run_on("December 30, 2025", "Russia has threatened the Baltic states, members of NATO and the EU, with "
             "retaliation.");
  CU_ASSERT(d && n_member(d) == 0);
  kg_doc_free(d);
  d = run_on("December 30, 2025", "NATO and the EU condemned the attack on the Baltic states, members of NATO and "
             "the EU.");
  CU_ASSERT(d && n_member(d) == 0);
  kg_doc_free(d);
  /* (a name before the comma is the member, as before) */
  d = run_on("December 30, 2025", "Finland and Sweden, members of the EU and NATO, criticised Russia.");
  CU_ASSERT(d && n_member(d) == 4 && has_rel(d, KG_REL_MEMBER, "Sweden", "European Union", 0));
  kg_doc_free(d);
}

/* Issue #4, twenty-first session: the side a complaint is lodged against,
 * not the court it is lodged with; "the state-owned company" is no state's
 * but the one the sentence names; "the raid was without precedent in X": X
 * is where it is compared, not a place it struck; "both countries" after a
 * pair told in an aside is the story's pair. */
static void test_event_args_twentyone(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "Guyana filed a case with the International Court of Justice against "
                     "Venezuela in 2018. Peru lodged a complaint with the International Court of Justice against "
                     "Chile.");
  CU_ASSERT(d && find_event(d, "115", "Guyana", "Venezuela") && find_event(d, "114", "Peru", "Chile") &&
            !find_event(d, "11", NULL, "International Court of Justice"));
  kg_doc_free(d);
  /* (a side told by a description with no referent: none, not the court) */
  d = run_on("December 30, 2025", "Peru filed a complaint against its neighbour with the International Court of "
             "Justice on Monday.");
  CU_ASSERT(d && find_event(d, "114", "Peru", "-"));
  kg_doc_free(d);
  /* (a body inside the "against" phrase stays: "a lawsuit against X and Gazprom") */
  d = run_on("December 30, 2025", "Peru filed a lawsuit with the International Court of Justice against Petrolandia "
             "and Gazprom.");
  CU_ASSERT(d && find_event(d, "115", "Peru", "Gazprom"));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Ukraine said Russian drones struck a refinery in Kremenchuk. The state-run "
             "company condemned the attack. Russia's state-owned company praised the strike.");
  CU_ASSERT(d && find_event(d, "111", "-", NULL) && !find_event(d, "111", "Ukraine", NULL) &&
            find_event(d, "051", "Russia", NULL));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "Peruvian police stormed the Chilean embassy in Lima on Friday. Analysts said the "
             "raid had few precedents in Latin America.");
  CU_ASSERT(d && !find_event(d, "19", NULL, "Latin America"));
  kg_doc_free(d);
  /* (a place in the act noun's own phrase is still struck) */
  d = run_on("December 30, 2025", "The bombing at the station in Kabul killed ten people.");
  CU_ASSERT(d && find_event(d, "18", "-", "Kabul"));
  kg_doc_free(d);
  /* "both countries" after a pair named only in an aside: the story's pair of the lead */
  static const char aside[] = "Chile and Peru sign fishing pact\n\nChile and Peru signed a fishing pact on Monday, "
                              "ending years of dispute over their sea border. Ecuador and Colombia signed a similar "
                              "pact in 2015. Both countries criticised Bolivia.\n";
  d = run_text(aside, sizeof aside - 1, "args");
  CU_ASSERT(d && find_event(d, "111", "Chile", "Bolivia") && find_event(d, "111", "Peru", "Bolivia") &&
            !find_event(d, "111", "Ecuador", NULL));
  kg_doc_free(d);
  /* a meeting that "is due (set) to take place" is scheduled: Hedged; one that took place, Asserted */
  d = run_on("December 30, 2025", "The meeting between Chile and Peru is due to take place in Lima. The meeting "
             "between Bolivia and Ecuador took place in Quito.");
  int hedged = 0, asserted = 0;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "04", 2)) {
      hedged += has_part(d, &d->events[k], "Chile") && d->events[k].factuality == KG_FACT_HEDGED;
      asserted += has_part(d, &d->events[k], "Bolivia") && d->events[k].factuality == KG_FACT_ASSERTED;
    }
  CU_ASSERT(d && hedged == 1 && asserted == 1);
  kg_doc_free(d);
  /* (a pair named first in its own sentence, with no other pair in the lead: that pair) */
  d = run_on("December 30, 2025", "Ecuador and Colombia signed a fishing pact in 2015. Both countries criticised "
             "Bolivia.");
  CU_ASSERT(d && find_event(d, "111", "Ecuador", "Bolivia") && find_event(d, "111", "Colombia", "Bolivia"));
  kg_doc_free(d);
}

/* The twenty-second session's shapes (issue #4): a recall with no side named, two joined "to"-infinitives,
 * seasons, and the act "the decision" reacts to. */
static void test_event_args_twentytwo(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a recalled envoy's host state: the other state of the dispute in the sentence before, else none */
  kg_doc *d = run_on("October 14, 2024", "Peru and Mexico clashed over an asylum case. Peru recalled its ambassador "
                     "for consultations.");
  CU_ASSERT(d && find_event(d, "161", "Peru", "Mexico"));
  kg_doc_free(d);
  d = run_on("October 14, 2024", "Chile and Argentina criticised the vote. Brazil recalled its ambassador for "
             "consultations.");
  CU_ASSERT(d && find_event(d, "161", "Brazil", "-"));
  kg_doc_free(d);
  /* (the story's pair, named in its lead, before a third state named in the sentence before) */
  static const char pair[] = "Peru and Mexico row\n\nPeru and Mexico traded protests on Sunday over an asylum case. "
                             "Brazil urged calm. Peru recalled its ambassador for consultations on Monday.\n";
  d = run_text(pair, sizeof pair - 1, "args");
  CU_ASSERT(d && find_event(d, "161", "Peru", "Mexico") && !find_event(d, "161", "Peru", "Brazil"));
  kg_doc_free(d);
  /* the second infinitive's "with Y" is the first's when the first has none */
  d = run_on("October 14, 2024", "Ghana agreed to expand trade and to deepen security ties with Nigeria. Togo agreed "
             "to expand trade with Benin and to deepen security ties with Niger.");
  CU_ASSERT(d && find_event(d, "03", "Ghana", "Nigeria") && find_event(d, "03", "Togo", "Benin") &&
            !find_event(d, "03", "Togo", "Niger"));
  kg_doc_free(d);
  /* seasons: the year they lie in from the document date; a winter spans two years: none */
  d = run_on("October 14, 2024", "Peru will meet Chile next spring. Colombia met Venezuela last summer. Bolivia "
             "signed a deal with Ecuador in early summer. Brazil will meet Chile this winter. Cuba signed a deal "
             "with Haiti in spring 2019.");
  CU_ASSERT(dated(d, "036", "Peru", "2025") && dated(d, "04", "Colombia", "2024") && dated(d, "057", "Bolivia", "2024") &&
            dated(d, "036", "Brazil", "") && dated(d, "057", "Cuba", "2019"));
  kg_doc_free(d);
  d = run_on("March 2, 2024", "Colombia met Venezuela last summer. Peru will meet Chile next autumn.");
  CU_ASSERT(dated(d, "04", "Colombia", "2023") && dated(d, "036", "Peru", "2024"));
  kg_doc_free(d);
  /* ("the summer of 2022": that year; the time of a "before" phrase's noun dates no act of the clause) */
  d = run_on("October 14, 2024", "Iran began delivering drones to Russia in the summer of 2022. The US accused "
             "Danish officials of trying to \"manufacture a crisis\" before the Greenlandic election next spring.");
  CU_ASSERT(dated(d, "07", "Iran", "2022") && dated(d, "112", "United States", ""));
  kg_doc_free(d);
  /* "the accusation" a state rejects: the one made against it in reach, not merely the latest */
  d = run_on("October 14, 2024", "Chile accused Peru of spying on its navy. Bolivia criticised Argentina over a gas "
             "dispute. Peru called the accusation absurd.");
  CU_ASSERT(d && find_event(d, "11", "Peru", "Chile") && !find_event(d, "11", "Peru", "Bolivia"));
  kg_doc_free(d);
  /* (none made against the reacting side: the latest; "the decision", of any family: the latest) */
  d = run_on("October 14, 2024", "Chile accused Peru of spying on its navy. Bolivia criticised Argentina over a gas "
             "dispute. Britain condemned the accusation.");
  CU_ASSERT(d && find_event(d, "11", "United Kingdom", "Bolivia"));
  kg_doc_free(d);
}

static void test_event_args_twentythree(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a dateline with a month and day only: a year told of another act is not the story's; no date at all */
  kg_doc *d = run_on("March 12", "Ghana first met Togo in 2019. Ghana accused Togo of smuggling on Tuesday.");
  CU_ASSERT(d && !d->date[0] && dated(d, "112", "Ghana", "") && dated(d, "04", "Ghana", "2019"));
  kg_doc_free(d);
  /* (the dateline's month and day told with a year in the text: that year) */
  d = run_on("March 12", "Ghana accused Togo of smuggling on Tuesday. The accord of March 12, 2026 was "
             "published.");
  CU_ASSERT(d && !strcmp(d->date, "2026-03-12") && dated(d, "112", "Ghana", "2026-03-10"));
  kg_doc_free(d);
  /* (a line that is only a date: the dateline's day is the last such day on or before it) */
  static const char wire[] = "Title\n\nASMARA, Eritrea, December 31 \xe2\x80\x94 Eritrea accused Ethiopia of "
                             "massing troops on Tuesday.\n\nPublished: January 2, 2027\n";
  d = run_text(wire, sizeof wire - 1, "args");
  CU_ASSERT(d && !strcmp(d->date, "2026-12-31") && dated(d, "112", "Eritrea", "2026-12-29"));
  kg_doc_free(d);
  /* a span's start with its end told dates the act by its start (one date, no interval); a deadline none;
   * an act that governs the span's clause none */
  d = run_on("October 14, 2024", "Peru criticised Chile from 1998 to 2000. Bolivia criticised Ecuador between 2019 "
             "and 2021. Cuba criticised Haiti from March 2019 to May 2020. Spain pledged to meet Italy by 2030.");
  CU_ASSERT(dated(d, "111", "Peru", "1998") && dated(d, "111", "Bolivia", "2019") &&
            dated(d, "111", "Cuba", "2019-03") && dated(d, "0", "Spain", ""));
  kg_doc_free(d);
  d = run_on("October 14, 2024", "Ecuador alleged that Peru had spied on Chile between 2019 and 2021.");
  CU_ASSERT(dated(d, "112", "Ecuador", "") && dated(d, "160", "Peru", "2019"));
  kg_doc_free(d);
}

/* Issue #4: schedules, hearsay and needs are Hedged ("is set to", "is
 * scheduled to", "is understood to have", "needs to"); what is said to be
 * expected, reported or planned too; a plain past is Asserted, a negated
 * one Negated. */
static void test_event_factuality(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("December 30, 2025", "Chile is set to criticise Peru. Poland is scheduled to meet Hungary. "
                     "Italy is poised to criticise Greece. Cuba is understood to have met Mexico. Egypt needs to "
                     "meet Sudan. Spain is about to meet Portugal.");
  CU_ASSERT(fact_is(d, "111", "Chile", KG_FACT_HEDGED) && fact_is(d, "04", "Poland", KG_FACT_HEDGED) &&
            fact_is(d, "111", "Italy", KG_FACT_HEDGED) && fact_is(d, "04", "Cuba", KG_FACT_HEDGED) &&
            fact_is(d, "04", "Egypt", KG_FACT_HEDGED) && fact_is(d, "04", "Spain", KG_FACT_HEDGED));
  kg_doc_free(d);
  d = run_on("December 30, 2025", "France is expected to criticise Spain. Italy reportedly criticised Greece. "
             "Norway met Sweden. Iran did not meet Iraq.");
  CU_ASSERT(fact_is(d, "111", "France", KG_FACT_HEDGED) && fact_is(d, "111", "Italy", KG_FACT_HEDGED) &&
            fact_is(d, "04", "Norway", KG_FACT_ASSERTED) && fact_is(d, "04", "Iran", KG_FACT_NEGATED));
  kg_doc_free(d);
}

static void test_lead_round_fourteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d2;
  const kg_event *e;
  /* an army put on alert is 152 (CAMEO: increase military alert status) */
  kg_doc *d = run_para("Serbia put its army on high alert after the clashes.");
  CU_ASSERT(d && find_event(d, "152", "Serbia", NULL));
  kg_doc_free(d);
  /* forces "would be deployed" in what someone announces: the announcer's
   * side moves them, not the state most talked about before */
  d = run_para("Several Italian soldiers were hurt. The alliance's chief, Jan Horvat, condemned the riots and "
               "announced that 500 more troops would be deployed to Kosovo.");
  CU_ASSERT(d && find_event(d, "154", "Jan Horvat", NULL) && !find_event(d, "154", "Italy", NULL));
  kg_doc_free(d);
  /* a verb after "and" that the parser hung as a complement after a quote
   * is the speaker's second act */
  d = run_para("Milan Petrovic said in a speech that Serbia \"would never stand aside,\" and accused Albin Kurti of "
               "stoking a war.");
  CU_ASSERT(d && find_event(d, "112", "Milan Petrovic", "Albin Kurti"));
  d2 = run_para("Milan Petrovic said on Monday that his people \xe2\x80\x9cwill not stand by,\xe2\x80\x9d and accused "
                "Albin Kurti of stoking a war.");
  CU_ASSERT(d2 && find_event(d2, "112", "Milan Petrovic", "Albin Kurti"));
  kg_doc_free(d2);
  kg_doc_free(d);
  /* the second person met, after a time of day ("in the morning and Y in
   * the afternoon"), is met too */
  d = run_para("Ana Novak met Goran Petrov in Belgrade in the morning and Albin Kurti in Pristina in the afternoon.");
  CU_ASSERT(d && find_event(d, "04", "Ana Novak", "Goran Petrov") && find_event(d, "04", "Ana Novak", "Albin Kurti"));
  kg_doc_free(d);
  /* calling FOR elections is an appeal for a change of leadership (0241),
   * not calling them (0831, what a government grants) */
  /* "the two U.S. allies are ...": a counted noun is no verb "ally" */
  d = run_para("The meeting was a sign that the two U.S. allies are putting old disputes behind them.");
  CU_ASSERT(d && !find_event(d, "05", NULL, NULL));
  kg_doc_free(d);
  /* "trading partners": a gerund naming a kind of partner is no act */
  d = run_para("Japan restored South Korea to its list of trusted trading partners.");
  CU_ASSERT(d && !find_event(d, "06", NULL, NULL));
  kg_doc_free(d);
  /* the one warned, parsed as an indirect object, is warned; what he is
   * warned against is not asserted */
  d = run_para("China said Japan should not join, and warned Seoul against joining the pact.");
  CU_ASSERT(d && find_event(d, "13", "China", "South Korea"));
  e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(!e || e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* a deal a state "had struck" (its object the relative clause's noun,
   * five words back) is a deal made, no attack */
  d = run_para("Ethiopia and Somalia set aside a dispute over a deal that Addis Ababa had struck with Somaliland.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL) && find_event(d, "057", "Ethiopia", NULL));
  kg_doc_free(d);
  /* "Hassan Sheikh" after "Hassan Sheikh Mohamud": the first words of a
   * name met before, "Sheikh" ending it no title */
  d = run_para("Hassan Sheikh Mohamud met Abiy Ahmed. Later Hassan Sheikh criticised Recep Tayyip Erdogan.");
  CU_ASSERT(d && find_event(d, "111", "Hassan Sheikh Mohamud", NULL));
  kg_doc_free(d);
  /* "the Minsk agreement": a city names where an accord was made */
  d = run_para("Russia said the Minsk agreement was dead, and Somaliland said it was not bound by the Ankara "
               "agreement.");
  CU_ASSERT(d && !find_event(d, "05", "Belarus", NULL) && !find_event(d, "05", "Turkey", NULL));
  kg_doc_free(d);
  /* ", prompting X to warn": what an act led to names no one it was done to */
  d = run_para("Egypt delivered two shipments of weapons, prompting Ethiopian officials to warn that they would "
               "respond.");
  CU_ASSERT(d && !find_event(d, "07", "Egypt", "Ethiopia"));
  kg_doc_free(d);
  /* a dated article before the dictionary's office began: the office is
   * not asserted (the text's own title is) */
  {
    static const char t24[] = "Title\n\nYEREVAN, Feb. 23, 2024 (AFP) \xe2\x80\x94 French Defence Minister Sebastien "
                              "Lecornu visited Yerevan.\n";
    d = run_text(t24, sizeof t24 - 1, "dated-2024");
  }
  CU_ASSERT(d && !has_rel(d, KG_REL_LEADER, "S\xc3\xa9" "bastien Lecornu", "France", 0));
  kg_doc_free(d);
  /* "X, which also includes A, B and C": the states are X's members */
  d = run_para("The alliance's summit was cancelled. The Economic Community of West African States, which also "
               "includes Ghana and Senegal, suspended Mali.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Ghana", "Economic Community of West African States", 0) &&
            has_rel(d, KG_REL_MEMBER, "Senegal", "Economic Community of West African States", 0));
  kg_doc_free(d);
  d = run_para("The agenda includes Ghana and Senegal.");
  CU_ASSERT_PTR_NOT_NULL(d);
  for (size_t r = 0; d && r < d->nrels; r++)
    CU_ASSERT(d->rels[r].kind != KG_REL_MEMBER);
  kg_doc_free(d);
  /* a weapon's make before its noun is no actor ("Mistral missiles") */
  d = run_para("France agreed to supply Mistral short-range air-defence missiles to Armenia.");
  CU_ASSERT(d && find_event(d, "0", "France", "Armenia") && kg_test_actor(d, "Mistral") < 0);
  kg_doc_free(d);
  /* a hyphen inside a dateline's place ("PORT-AU-PRINCE") ends no dateline */
  {
    static const char tp[] = "Title\n\nPORT-AU-PRINCE, June 25, 2024 (AP) \xe2\x80\x94 Kenyan police officers "
                             "arrived in Haiti on Tuesday.\n";
    d = run_text(tp, sizeof tp - 1, "hyphen-dateline");
    CU_ASSERT_PTR_NOT_NULL(d);
    for (size_t k = 0; d && k < d->nsents; k++)
      CU_ASSERT(strncmp(tp + d->sents[k].start, "AU-PRINCE", 9) != 0);
    CU_ASSERT(d && find_event(d, "042", "Kenya", "Haiti"));
    kg_doc_free(d);
  }
  /* "The opposition leader Jimmy Cherizier said he": the description
   * names the person after it, and "he" of what he says is he */
  d = run_para("Antony Blinken praised Kenya. The opposition leader Jimmy Cherizier said he was open to talks.");
  CU_ASSERT(d && find_event(d, "046", "Jimmy Cherizier", NULL) && !find_event(d, "046", "Antony Blinken", NULL));
  kg_doc_free(d);
  d = run_para("Emmanuel Macron called for new local elections in the north.");
  CU_ASSERT(d && find_event(d, "0241", "Emmanuel Macron", NULL) && !find_event(d, "083", NULL, NULL));
  kg_doc_free(d);
}

/* The lead's fifteenth round: constructions from the lead's own articles of
 * the held-out kind (a Belarus visit, balloons over a border). */
static void test_lead_round_sixteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* leaving an accord: withdrawing from a deal, pulling out of a treaty,
   * quitting a pact reduce relations (160) */
  const kg_event *e;
  kg_doc *d = run_para("Turkey withdrew from the grain deal in July.");
  CU_ASSERT(d && find_event(d, "160", "Turkey", NULL));
  kg_doc_free(d);
  d = run_para("Hungary pulled out of the arms treaty in 2022.");
  CU_ASSERT(d && find_event(d, "160", "Hungary", NULL));
  kg_doc_free(d);
  d = run_para("Poland quit the border accord last year.");
  CU_ASSERT(d && find_event(d, "160", "Poland", NULL));
  kg_doc_free(d);
  /* a manager quitting a club is no accord left */
  d = run_para("Poland's coach said he would quit if he was not offered a new deal.");
  CU_ASSERT(d && !find_event(d, "16", NULL, NULL) && !find_event(d, "13", NULL, NULL));
  kg_doc_free(d);
  /* a conversation held or had is a consultation (040) */
  d = run_para("Olaf Scholz had a long conversation with Emmanuel Macron on Monday.");
  CU_ASSERT(d && find_event(d, "040", "Olaf Scholz", "Emmanuel Macron"));
  kg_doc_free(d);
  d = run_para("Olaf Scholz held a brief conversation with the Polish president.");
  CU_ASSERT(d && find_event(d, "040", "Olaf Scholz", NULL));
  kg_doc_free(d);
  /* breaking off relations reduces them (161); said of the future, a
   * threat to (1313); breaking off talks halts them (164) */
  d = run_para("Bolivia broke off diplomatic relations with Israel on Tuesday.");
  CU_ASSERT(d && find_event(d, "161", "Bolivia", "Israel") && !find_event(d, "164", NULL, NULL));
  kg_doc_free(d);
  d = run_para("Gustavo Petro announced that Colombia would break off relations with Israel.");
  CU_ASSERT(d && find_event(d, "1313", "Colombia", "Israel") && !find_event(d, "134", NULL, NULL));
  kg_doc_free(d);
  /* "atrocities committed by X": the noun is the deed, no commitment */
  d = run_para("Chile condemned the atrocities committed by Hamas fighters.");
  CU_ASSERT(d && !find_event(d, "030", NULL, NULL));
  kg_doc_free(d);
  /* a reason or time phrase is no part of what a negating verb negates */
  d = run_para("Israel halted arms exports to Colombia over remarks by President Gustavo Petro.");
  e = d ? find_event(d, "010", "Gustavo Petro", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "the two leaders" are the two persons who last acted together, not
   * the two named last (one of them in passing) */
  static const char pair[] = "Title\n\nOTTAWA, May 4, 2024 (KGB) \xe2\x80\x94 Canadian Prime Minister Justin "
    "Trudeau and Mexican President Andres Manuel Lopez Obrador agreed on Thursday to resume regular talks.\n\n"
    "Conservative leader Pierre Poilievre accused the prime minister of weakness.\n\nRussia fired a missile at "
    "Kyiv. The two leaders condemned the attack.\n";
  d = run_text(pair, sizeof pair - 1, "pair");
  CU_ASSERT(d && find_event(d, "111", "Justin Trudeau", "Russia") && !find_event(d, "111", "Pierre Poilievre", NULL));
  kg_doc_free(d);
  /* "between the two U.S. allies": the name modifies the sides' noun and
   * is none of them, nor a target */
  static const char allies[] = "Title\n\nMANILA, May 4, 2024 (KGB) \xe2\x80\x94 Philippine President Ferdinand "
    "Marcos and Japanese Prime Minister Fumio Kishida agreed on Friday to hold regular drills, in the first summit "
    "between the two U.S. allies in Manila.\n";
  d = run_text(allies, sizeof allies - 1, "allies");
  CU_ASSERT(d && find_event(d, "040", NULL, NULL) && !find_event(d, "0", NULL, "United States"));
  e = d ? find_event(d, "040", NULL, NULL) : NULL;
  CU_ASSERT(e && e->npart == 2);
  kg_doc_free(d);
  /* "hours after X did Y": the same day as the main clause */
  static const char hours[] = "Title\n\nLIMA, April 6, 2024 (KGB) \xe2\x80\x94 Chile broke off relations "
    "with Peru on Friday night, hours after Peruvian police arrested a Chilean diplomat.\n";
  d = run_text(hours, sizeof hours - 1, "hours");
  e = d ? find_event(d, "173", "Peru", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2024-04-05"));
  kg_doc_free(d);
  /* an unnamed group's demand is made of whom the clause names ("an
   * apology from X") */
  d = run_para("Relatives of the victims demanded an apology from Germany.");
  CU_ASSERT(d && find_event(d, "10", NULL, "Germany"));
  kg_doc_free(d);
  d = run_para("Hungary refused to attend the talks after Russia's attack on Kyiv.");
  e = d ? find_event(d, "19", "Russia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* Lead's eighteenth round: hyphened Arabic name particles, possessed objects
 * as no subjects, French elided nouns, relative clauses' subjects in salience. */
static void test_lead_round_nineteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a meeting noun after a measure ("two days of talks") in a purpose
   * phrase: the traveller holds it */
  kg_doc *d = run_para("Kenya's President William Ruto flew to Addis Ababa for two days of talks with Ethiopian "
                       "Prime Minister Abiy Ahmed.");
  CU_ASSERT(d && find_event(d, "04", "William Ruto", "Abiy Ahmed Ali"));
  kg_doc_free(d);
  /* ... not a meeting a phrase before "of" points to ("an interview ahead of a meeting") */
  d = run_para("In an interview ahead of a meeting in Paris to discuss Lebanese reforms, Mr Ruto said the "
               "plan was sound.");
  CU_ASSERT(d && !find_event(d, "04", "William Ruto", NULL));
  kg_doc_free(d);
  /* "the three juntas" as a subject: the three states named before */
  d = run_para("The military rulers of Mali, Burkina Faso and Niger said on Sunday that they would leave the "
               "bloc. In a statement, the three juntas accused France of meddling.");
  CU_ASSERT(d && find_event(d, "112", "Mali", "France") && find_event(d, "112", "Niger", "France"));
  kg_doc_free(d);
  /* relfound.c: founders of a pact named in apposition, the counted plural
   * told after another state came between */
  d = run_para("Mali, Burkina Faso and Niger left the regional bloc on Sunday. The bloc had suspended them "
               "after the coups. Nigeria's president, who chairs it, threatened to intervene. The three "
               "countries formed their own defence pact, the Alliance of Sahel States, in September.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Mali", "Alliance of Sahel States", 0) &&
            has_rel(d, KG_REL_MEMBER, "Niger", "Alliance of Sahel States", 0) &&
            !has_rel(d, KG_REL_MEMBER, "Nigeria", "Alliance of Sahel States", 0));
  kg_doc_free(d);
  /* clausefix.c: "prompting X's minister, Y, to denounce them": Y denounces */
  d = run_para("The United States held military exercises with Guyana, prompting Venezuela's foreign minister, "
               "Yvan Gil, to denounce them as a provocation.");
  CU_ASSERT(d && (find_event(d, "11", "Yvan Gil", NULL) || find_event(d, "11", "Venezuela", NULL)) &&
            !find_event(d, "11", "United States", NULL));
  kg_doc_free(d);
  /* clausefix.c: ", which Y condemned" hung on the clause: the noun before the comma is what Y condemned */
  d = run_para("Tensions rose after Moscow's referendum, which Kyiv condemned as a sham.");
  CU_ASSERT(d && find_event(d, "111", "Ukraine", "Russia"));
  kg_doc_free(d);
}

/* Twenty-fourth session (args): an alliance or defence pact told as the
 * possessor's, with the other state after "with" (relbloc.c). */
static void test_event_args_twentyfour(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_para("Canada's alliance with Norway remains strong, officials said.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Canada", "Norway", 1));
  kg_doc_free(d);
  d = run_para("Chile said its defence pact with Brazil would hold despite the dispute.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Chile", "Brazil", 1));
  kg_doc_free(d);
  /* a trade pact is no alliance; an alliance ended or only sought is none */
  d = run_para("Chile said its trade pact with Brazil would hold despite the dispute.");
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Chile", "Brazil", 1));
  kg_doc_free(d);
  d = run_para("Peru ended its defence pact with Ecuador on Monday.");
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Peru", "Ecuador", 1));
  kg_doc_free(d);
  d = run_para("Canada's proposed alliance with Norway drew criticism.");
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Canada", "Norway", 1));
  kg_doc_free(d);
}

/* Twenty-fifth session (args): an act noun with no argument in its sentence
 * takes the salient state as its target only when an earlier event had that
 * state as its target (evnotarget.c kg_ev_salient_target_told). */
static void test_event_args_twentyfive(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* the state the story is set in is no target of "complaints" */
  kg_doc *d = run_para("Norway hosted the final in Oslo on Sunday. There were no complaints about the result, "
                       "officials said.");
  CU_ASSERT(d && find_event(d, "043", "Norway", NULL) && !find_event(d, "11", NULL, "Norway"));
  kg_doc_free(d);
  /* "the sanctions" told again: not the imposer, the state they were imposed on */
  d = run_para("Chile imposed sanctions on Peru on Monday. Officials said the sanctions would hurt trade.");
  CU_ASSERT(d && find_event(d, "163", "Chile", "Peru") && !find_event(d, "16", NULL, "Chile"));
  kg_doc_free(d);
  d = run_para("Chile imposed sanctions on Peru on Monday. Peru protested on Tuesday. Officials said the "
               "sanctions would hurt trade.");
  int n = 0;
  for (size_t k = 0; d && k < d->nevents; k++)
    n += !strncmp(d->events[k].cameo, "163", 3) && d->events[k].target >= 0 &&
         !strcmp(d->actors[d->events[k].target].label, "Peru");
  CU_ASSERT(n == 2);
  kg_doc_free(d);
  /* the condemnation answers the state's own act: the tester; never the critic named last */
  d = run_para("Chile criticised Peru. Peru tested a missile on Monday. The launch drew condemnation and led to "
               "stringent sanctions.");
  CU_ASSERT(d && find_event(d, "16", NULL, "Peru") && !find_event(d, "11", NULL, "Chile"));
  kg_doc_free(d);
  d = run_para("Peru tested a missile on Monday. Chile criticised Peru. The launch drew condemnation and led to "
               "stringent sanctions.");
  CU_ASSERT(d && !find_event(d, "16", NULL, "Chile") && !find_event(d, "11", NULL, "Chile"));
  kg_doc_free(d);
  /* actors.ttl: "Lao" is the demonym of Laos, so the meeting has two sides and "the two sides" are they */
  d = run_para("Cambodia's foreign minister met his Lao counterpart in Phnom Penh on Monday. The two sides agreed "
               "to reopen a border crossing.");
  const kg_event *e = d ? find_event(d, "03", NULL, NULL) : NULL;
  CU_ASSERT(d && find_event(d, "04", "Cambodia", "Laos") && e && has_part(d, e, "Laos") && has_part(d, e, "Cambodia"));
  kg_doc_free(d);
}

/* Twenty-sixth session (args): a state named only as a thing's modifier is
 * no target of a promise, statement or appeal (evnotarget.c). */
static void test_event_args_twentysix(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_para("Chilean Foreign Minister Alberto van Klaveren led a Chilean delegation to talks in Lima on "
                       "Monday.");
  CU_ASSERT(d && find_event(d, "036", "Alberto van Klaveren", NULL) && !find_event(d, "036", NULL, "Chile"));
  kg_doc_free(d);
  d = run_para("Chile's president, Gabriel Boric, announced an aid package of 300 million Chilean pesos for flood "
               "victims.");
  CU_ASSERT(d && find_event(d, "0331", "Gabriel Boric", NULL) && !find_event(d, "0331", NULL, "Chile"));
  kg_doc_free(d);
  /* a foreign state so named, or a body of the state, is the act's side */
  d = run_para("Chile promised on Monday to support Peru's bid for a seat on the council.");
  CU_ASSERT(d && find_event(d, "03", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_para("Chile promised on Monday to support the Peruvian government.");
  CU_ASSERT(d && find_event(d, "03", "Chile", "Peru"));
  kg_doc_free(d);
}

/* Twenty-seventh session, event arguments: a state that only tells where a
 * thing someone else owns is from ("the band's US tour") is no side of an
 * act but one of coercion or force (evnotarget.c); a pledge of what would
 * happen is made (evfact.c). */
static void test_event_args_twentyseven(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_para("The band cancelled its Peruvian tour after the riot.");
  CU_ASSERT(d && !find_event(d, "16", NULL, "Peru"));
  kg_doc_free(d);
  d = run_para("The singer's Chilean tour was cancelled after the police announced an inquiry.");
  CU_ASSERT(d && !find_event(d, "16", NULL, "Chile"));
  kg_doc_free(d);
  /* the state named otherwise too, an act of force, people counted: the side */
  d = run_para("The band cancelled its Peruvian tour at Peru's request.");
  CU_ASSERT(d && find_event(d, "16", NULL, "Peru"));
  kg_doc_free(d);
  d = run_para("Peru seized two Chilean ships off its coast.");
  CU_ASSERT(d && find_event(d, "17", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_para("Chile thanked the two Peruvian pilots who found the boat.");
  CU_ASSERT(d && find_event(d, "05", "Chile", "Peru"));
  kg_doc_free(d);
  /* evfact.c: the modal of a pledged clause is the intent's content; the
   * pledge was made (not when the pledge itself is only possible) */
  const kg_event *e;
  d = run_para("Chile pledged it would help Peru.");
  e = d ? find_event(d, "030", "Chile", "Peru") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_para("Chile may pledge that it would help Peru.");
  e = d ? find_event(d, "030", "Chile", "Peru") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* the modal of a that-clause on a noun is the noun's content, not the
   * act's; an act inside the clause keeps it */
  d = run_para("The singer reacted angrily to Peru's suggestion that not all funds would go to Chile.");
  e = d ? find_event(d, "11", NULL, "Peru") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_para("Chile criticised Peru over reports that it might close the border.");
  e = d ? find_event(d, "17", NULL, NULL) : NULL;
  CU_ASSERT(d && find_event(d, "11", "Chile", "Peru") && e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* evnotarget.c: the standard of a comparison is no side */
  d = run_para("Chile pledged that its economy would outstrip that of Peru by 2010.");
  CU_ASSERT(d && !find_event(d, "03", NULL, "Peru"));
  kg_doc_free(d);
  d = run_para("Chile promised to grow faster than Peru.");
  CU_ASSERT(d && !find_event(d, "03", NULL, "Peru"));
  kg_doc_free(d);
  d = run_para("Chile pledged to help Peru more than ever.");
  CU_ASSERT(d && find_event(d, "03", "Chile", "Peru"));
  kg_doc_free(d);
}

/* Twenty-eighth session (issue #4): a state named only as the adjective of
 * a unit of money or measure (kgd:unitNoun) is no side; a state paid, or
 * people of the state, stay. */
static void test_event_args_twentyeight(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_para("Chile offered to pay 65 Peruvian cents for each tonne of copper.");
  CU_ASSERT(d && find_event(d, "03", "Chile", NULL) && !find_event(d, "03", NULL, "Peru"));
  kg_doc_free(d);
  d = run_para("Chile offered to pay Peru 65 cents for each tonne of copper.");
  CU_ASSERT(d && find_event(d, "03", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_para("Chile praised the Peruvian farmers who grow copper worth 65 cents a tonne.");
  CU_ASSERT(d && find_event(d, "05", "Chile", "Peru"));
  kg_doc_free(d);
}

/* Lead's twentieth round: reported clauses read as reduced relatives, past
 * participles on nouns told as facts, today's spellings of capitals. */
static void test_lead_round_twenty(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* clausefix.c: "The two leaders held talks ..., officials said" with
   * "held" a participle on "leaders": the leaders held the talks */
  kg_doc *d = run_para("Japanese Prime Minister Fumio Kishida met Mongolian President Ukhnaagiin Khurelsukh in "
                       "Ulaanbaatar. The two leaders held talks for nearly three hours before the signing, "
                       "officials said.");
  e = d ? find_event(d, "046", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Fumio Kishida") && has_part(d, e, "Ukhnaagiin Khurelsukh"));
  kg_doc_free(d);
  /* evfact.c: a past participle on a noun with its own doer or past time
   * tells a fact, whatever is said of the noun */
  d = run_para("Japan may demand the return of citizens abducted by North Korea.");
  e = d ? find_event(d, "181", "North Korea", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_para("Kishida urged North Korea to return Japanese citizens abducted in the 1970s.");
  e = d ? find_event(d, "181", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* ... but not who leads what is still to come */
  d = run_para("The bloc said it would send a mediation mission led by Senegal's President Bassirou Diomaye Faye "
               "to Bissau.");
  for (size_t k = 0; d && k < d->nevents; k++)
    CU_ASSERT(d->events[k].factuality != KG_FACT_ASSERTED || strncmp(d->events[k].cameo, "03", 2));
  kg_doc_free(d);
  /* evfact.c: a bare gerund after a comma on a hedging verb tells the
   * consequence ("claimed ..., prompting Y to expel Z"), not what is
   * claimed; "accused X of blocking" stays the accusation's */
  d = run_para("Obrador claimed Noboa had cheated, prompting Ecuador to expel Mexico's ambassador.");
  e = d ? find_event(d, "16", "Ecuador", "Mexico") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_para("China has been accused of blocking access to Google News by a media watchdog.");
  e = d ? find_event(d, "17", NULL, NULL) : NULL;
  CU_ASSERT(!e || e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* evfact.c: "without" or "no" after an act noun is said of the act, no denial of it */
  d = run_para("Chile criticised Peru on Monday. Peru rejected the criticism. The archbishop said detentions "
               "without trial were unacceptable.");
  e = d ? find_event(d, "173", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality != KG_FACT_NEGATED);
  kg_doc_free(d);
  /* "Ulaanbaatar", today's spelling of the capital, stands for Mongolia */
  d = run_para("Putin visited Ulaanbaatar in September.");
  CU_ASSERT(d && find_event(d, "042", "Vladimir Putin", "Mongolia"));
  kg_doc_free(d);
}

/* The token of doc d whose text is form (the first), or NULL. */
static const kg_token *tok_of(const kg_doc *d, const char *form)
{
  for (size_t i = 0; d && i < d->ntokens; i++)
    if (d->tokens[i].form && !strcmp(d->tokens[i].form, form))
      return &d->tokens[i];
  return NULL;
}

static void test_lead_round_twentyfive(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* tagfix.c: a state's name the tagger read as a verb after "to" is a
   * proper noun in a phrase, and the next verb keeps its subject */
  kg_doc *d = run_para("Ghana recalled its ambassador to Togo on Friday and lodged a formal protest.");
  const kg_token *t = tok_of(d, "Togo"), *to = tok_of(d, "to");
  CU_ASSERT(t && t->upos == KG_UPOS_PROPN && t->deprel && strcmp(t->deprel, "advcl"));
  CU_ASSERT(to && to->upos == KG_UPOS_ADP);
  CU_ASSERT(d && find_event(d, "110", "Ghana", NULL) && !find_event(d, "110", "Togo", NULL));
  kg_doc_free(d);
  /* ... a capital standing for its state too */
  d = run_para("Rome sent a delegation to Belgrade on Monday.");
  t = tok_of(d, "Belgrade");
  CU_ASSERT(t && t->upos == KG_UPOS_PROPN);
  kg_doc_free(d);
  /* evargs.c: "issued a statement on Friday criticising X" with the
   * gerund parsed as the verb's xcomp: the statement's issuer criticises */
  d = run_para("Chile denied any role. Its foreign ministry issued a statement on Friday criticising Peru.");
  CU_ASSERT(d && find_event(d, "111", "Chile", "Peru"));
  kg_doc_free(d);
  /* kg_tagfix_run on classes set by hand: only a known state or place,
   * after a word in small letters, with no verb lemma of its own */
  static const char *const lines[] = { "Envoys went to Togo today.", "Envoys Went To Togo Today.",
                                       "Envoys went to Zogo today.", "Envoys went to Togo today." };
  static const int want[] = { KG_UPOS_PROPN, KG_UPOS_VERB, KG_UPOS_VERB, KG_UPOS_VERB };
  for (int c = 0; c < 4; c++) {
    kg_doc *h = kg_doc_new(lines[c], strlen(lines[c]), "tagfix");
    CU_ASSERT_FATAL(h && kg_segment(h) == KG_OK && h->ntokens == 6);
    for (size_t i = 0; i < h->ntokens; i++) {
      h->tokens[i].upos = i == 2 ? KG_UPOS_PART : KG_UPOS_VERB;
      h->tokens[i].lemma = h->tokens[i].form;
    }
    if (c == 3)
      h->tokens[3].lemma = "tog";          /* the lemmatizer found a verb in it */
    CU_ASSERT(kg_tagfix_run(NULL, kg_test_dict(), h) == KG_OK);
    CU_ASSERT(h->tokens[3].upos == want[c]);
    CU_ASSERT(h->tokens[2].upos == (c == 0 ? KG_UPOS_ADP : KG_UPOS_PART));
    kg_doc_free(h);
  }
  CU_ASSERT(kg_tagfix_run(NULL, NULL, NULL) == KG_ERR_INPUT);
}

static void test_lead_round_twentysix(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* tagfix.c: a capitalised plural read as a noun before a title and a
   * name is a word of the title ("Fisheries Minister X") */
  kg_doc *d = run_para("Norwegian Fisheries Minister Kari Holmvik defended the detention on Friday.");
  const kg_token *t = tok_of(d, "Fisheries");
  CU_ASSERT(t && t->upos == KG_UPOS_PROPN);
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Kari Holmvik", "Norway", 0));
  kg_doc_free(d);
  d = run_para("Danish Foreign Affairs Minister Jens Tolvmand criticised the ruling.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Jens Tolvmand", "Denmark", 0));
  kg_doc_free(d);
  /* relgroups.c: "joined European Union sanctions" is no membership of the
   * EU; "joined the NATO alliance" is NATO's */
  d = run_para("Norway, a founding member of NATO, joined European Union sanctions against Moscow in 2022.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Norway", "North Atlantic Treaty Organisation", 0) &&
            !has_rel(d, KG_REL_MEMBER, "Norway", "European Union", 0));
  kg_doc_free(d);
  d = run_para("Sweden joined the NATO alliance in 2024.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Sweden", "North Atlantic Treaty Organisation", 0));
  kg_doc_free(d);
  /* actors_names.c: a name in apposition to a vessel noun is a ship's */
  d = run_para("The coast guard boarded a Russian trawler, the Polar Star, and a second trawler, Ice Fox, on Friday.");
  CU_ASSERT(d && kg_test_actor(d, "Polar Star") < 0 && kg_test_actor(d, "Ice Fox") < 0);
  kg_doc_free(d);
  /* generator (CURATED_LEAD26): an exchange suspended is a cut in relations */
  d = run_para("Russia suspended the exchange of catch data with Norway on Thursday.");
  CU_ASSERT(d && find_event(d, "160", "Russia", "Norway"));
  kg_doc_free(d);
  /* evplace.c: "off X" and "in the waters around X" locate */
  d = run_para("Norway detained a Russian trawler off Svalbard on Wednesday. Norway detained a second Russian trawler in the "
               "waters around the Svalbard archipelago on Thursday.");
  int placed = 0;
  for (size_t e = 0; d && e < d->nevents; e++)
    placed += d->events[e].place >= 0 && !strcmp(d->actors[d->events[e].place].label, "Svalbard");
  CU_ASSERT(placed == 2);
  kg_doc_free(d);
  /* evnotarget.c: a rejected charge is aimed at its accuser */
  d = run_para("Russia accused Norway of trying to push its fishermen out. Norway rejected the charge.");
  CU_ASSERT(d && find_event(d, "112", "Russia", "Norway") &&
            (find_event(d, "016", "Norway", "Russia") || find_event(d, "12", "Norway", "Russia")));
  kg_doc_free(d);
  d = run_para("Russia accused Norway of trying to push its fishermen out. Norway rejected a claim for damages.");
  CU_ASSERT(d && !find_event(d, "12", "Norway", "Russia") && !find_event(d, "016", "Norway", "Russia"));
  kg_doc_free(d);
  /* not without a name after the title */
  d = run_para("Fisheries ministers met in Oslo on Friday.");
  t = tok_of(d, "Fisheries");
  CU_ASSERT(t && t->upos != KG_UPOS_PROPN);
  kg_doc_free(d);
}

static void test_lead_round_twentyfour(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* clausefix.c: "came under pressure at home to cut ties": the cut is
   * asked for, not done */
  kg_doc *d = run_para("The kingdom, a close ally of Spain, hosts more than two million refugees, and its "
                       "government has come under pressure at home to cut ties with Peru altogether.");
  const kg_event *e = d ? find_event(d, "161", NULL, "Peru") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* ... while a purpose after a journey is left alone */
  d = run_para("The minister flew to Lima to sign the fisheries accord.");
  CU_ASSERT(d && find_event(d, "057", NULL, NULL));
  kg_doc_free(d);
  /* evargs.c: "Its foreign ministry summoned X and accused Y": the
   * second verb's agent is the state "its" stands for */
  d = run_para("Chile denied any role. Its foreign ministry summoned the envoy and accused Peru of lying.");
  CU_ASSERT(d && find_event(d, "112", "Chile", "Peru"));
  kg_doc_free(d);
  /* ... not its allies, who are not the state */
  d = run_para("Chile won praise. Its allies met on Monday and criticised Peru.");
  CU_ASSERT(d && find_event(d, "111", NULL, "Peru") && !find_event(d, "111", "Chile", "Peru"));
  kg_doc_free(d);
}

static void test_lead_round_twentythree(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* evargs.c: "both governments" stands for a pair named before; a list
   * in that earlier sentence adds no third target */
  kg_doc *d = run_para("Chile and Peru signed a fisheries treaty on Monday. Foreign Minister Luis Vega signed for "
                       "Santiago, and his counterpart Ana Ruiz signed for Lima. The United States praised both "
                       "governments.");
  size_t n = 0;
  for (size_t k = 0; d && k < d->nevents; k++)
    n += !strcmp(d->events[k].cameo, "051");
  CU_ASSERT(d && find_event(d, "051", "United States", "Chile") && find_event(d, "051", "United States", "Peru") &&
            n == 2);
  kg_doc_free(d);
  /* evdoer.c: an agreement criticised or welcomed is aimed at its
   * parties, when it was told as a joint act */
  d = run_para("Chile and Peru signed a fisheries treaty on Monday. Bolivia criticised the agreement. "
               "The United States welcomed the treaty.");
  CU_ASSERT(d && find_event(d, "111", "Bolivia", "Chile") && find_event(d, "111", "Bolivia", "Peru"));
  CU_ASSERT(d && find_event(d, "051", "United States", "Chile") && find_event(d, "051", "United States", "Peru"));
  kg_doc_free(d);
  /* ... not at "the decision", which a joint act does not stand for */
  d = run_para("Chile and Peru signed a fisheries treaty on Monday. Bolivia criticised the decision.");
  CU_ASSERT(d && find_event(d, "111", "Bolivia", NULL) && !find_event(d, "111", "Bolivia", "Chile"));
  kg_doc_free(d);
}

static void test_lead_round_twentytwo(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* evgroups.c: a fight of coordinated subjects with no one else named is
   * between them; not a fight side by side */
  kg_doc *d = run_para("Eritrea and Djibouti fought a short border war in 2008.");
  CU_ASSERT(d && find_event(d, "19", "Eritrea", "Djibouti") && find_event(d, "19", "Djibouti", "Eritrea"));
  kg_doc_free(d);
  d = run_para("Kenya and Uganda fought together against the rebels in the north.");
  CU_ASSERT(d && !find_event(d, "19", "Kenya", "Uganda") && !find_event(d, "19", "Uganda", "Kenya"));
  kg_doc_free(d);
  /* evargs.c: the city an accord is named after is its venue, no agent */
  d = run_para("The Pretoria agreement ended the war between the army and the rebels in 2022.");
  CU_ASSERT(d && !find_event(d, "0", "South Africa", NULL));
  kg_doc_free(d);
  /* evclause.c: an act noun's event with no agent that repeats another
   * event of the sentence (same code, target and factuality) is dropped */
  d = run_para("It is Japan's third such agreement, after similar accords with Australia and Britain.");
  size_t bare = 0, full = 0;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (d->events[k].target >= 0 && !strcmp(d->actors[d->events[k].target].label, "Australia"))
      d->events[k].agent < 0 ? bare++ : full++;
  CU_ASSERT(d && full == 1 && bare == 0);
  kg_doc_free(d);
}

static void test_lead_round_twentyone(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* clausefix.c: an opening subject read as an oblique with no preposition */
  kg_doc *d = run_para("Several Nordic states, among them Norway and Denmark, criticised the decision.");
  CU_ASSERT(d && find_event(d, "111", "Norway", NULL) && find_event(d, "111", "Denmark", NULL));
  kg_doc_free(d);
  /* evargs.c: an unnamed group told by the members "including" names */
  d = run_para("Several countries, including Chile and Peru, protested against the tariffs.");
  CU_ASSERT(d && find_event(d, "1", "Chile", NULL) && find_event(d, "1", "Peru", NULL));
  kg_doc_free(d);
  /* gen_dictionaries.py: a position or stance welcomed is praise */
  d = run_para("Egypt welcomed the Jordanian stance on the crisis.");
  CU_ASSERT(d && find_event(d, "051", "Egypt", "Jordan"));
  kg_doc_free(d);
  /* evfilter.c: an office taken over is no seizure, whatever the sentence
   * tells of war */
  d = run_para("Kenya took over the chairmanship of the bloc as fighting raged in the east.");
  CU_ASSERT(d && !find_event(d, "171", NULL, NULL));
  kg_doc_free(d);
  /* evplace.c: the city a journey goes to, not a place in a phrase on
   * another word */
  d = run_para("Erdogan flew to Baghdad two days after a stop in Doha.");
  CU_ASSERT(placed(d, "042", "Recep Tayyip Erdoğan", "Baghdad"));
  kg_doc_free(d);
  /* coref.c: a title noun refers back to the bearer of that title however
   * far back, before the salient person */
  d = run_para("Spanish Prime Minister Pedro Sanchez wrote to King Abdullah II of Jordan on Monday. The letter "
               "was published on Tuesday. Officials in Amman said it was warm. Spain said talks would follow. "
               "Foreign Minister Jose Manuel Albares thanked Amman for its help. The king is expected to invite "
               "Sanchez to Amman.");
  e = d ? find_event(d, "0", NULL, "Pedro Sánchez") : NULL;
  CU_ASSERT(e && e->agent >= 0 && strcmp(d->actors[e->agent].label, "José Manuel Albares") != 0);
  kg_doc_free(d);
  /* events.c, evdoer.c: the move condemned is no act told of the condemner
   * itself, nor praise nor an act still expected */
  d = run_para("Britain recognised the new government. The Movement for Democratic Change, which is funded by "
               "Denmark, condemned the move.");
  CU_ASSERT(d && !find_event(d, "111", NULL, "Denmark"));
  kg_doc_free(d);
  /* corefdesc.c: "a spokesman for the movement" speaks for the movement
   * named before; "the foreign ministry" is the state's named with it */
  d = run_para("The Polisario Front rejected the plan. A spokesman for the movement accused Spain of betrayal.");
  CU_ASSERT(d && find_event(d, "112", "Polisario Front", "Spain"));
  kg_doc_free(d);
  d = run_para("The Bolivian foreign ministry said on Monday it would respond. On Wednesday the foreign ministry "
               "summoned the Chilean ambassador.");
  CU_ASSERT(d && find_event(d, "0", "Bolivia", "Chile"));
  kg_doc_free(d);
  /* evfact.c: a noun's other reading is no cue: "planes" is no "plan" */
  d = run_para("Algeria closed its airspace to Moroccan planes.");
  e = d ? find_event(d, "17", "Algeria", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* lexicon: a proposal rejected is whoever made it, the appeal told before */
  d = run_para("Brazil urged Venezuela to hold a quick vote. Caracas rejected the proposal, officials said.");
  CU_ASSERT(d && find_event(d, "12", "Venezuela", "Brazil"));
  kg_doc_free(d);
  /* lexicon: a deal or an offer accepted is an intent to cooperate; refused
   * for the future, a rejection */
  d = run_para("Tehran would not accept any deal that limited its enrichment, the spokesman said.");
  CU_ASSERT(d && find_event(d, "12", "Iran", NULL));
  kg_doc_free(d);
}

static void test_lead_round_eighteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* "Anwaar-ul-Haq Kakar": a hyphened particle is part of the name */
  kg_doc *d = run_para("Nepal's caretaker prime minister, Faiz-ur-Rahman Gohar, chaired a meeting of the cabinet.");
  CU_ASSERT(d && kg_test_actor(d, "Faiz-ur-Rahman Gohar") >= 0 &&
            has_rel(d, KG_REL_LEADER, "Faiz-ur-Rahman Gohar", "Nepal", 0));
  kg_doc_free(d);
  /* the state's envoy as an object does nothing in a later clause: the
   * missiles' strike has no agent from it */
  d = run_para("Jordan recalled its ambassador from Damascus after rockets hit the town of Ramtha.");
  CU_ASSERT(d && find_event(d, "161", "Jordan", NULL) && !find_event(d, "19", "Jordan", NULL));
  kg_doc_free(d);
  /* "charge d'affaires": a French elided word is a noun, so the summons
   * keeps its purpose clause and the protest is the summoner's (114, at
   * the envoy's state, since the thirtieth session: evsummon.c) */
  d = run_para("Ankara summoned Sweden's charge d'affaires to protest.");
  CU_ASSERT(d && find_event(d, "114", "Turkey", "Sweden") && !find_event(d, "11", "Sweden", NULL));
  kg_doc_free(d);
  /* "X, a group that Y blames for ..., has claimed ... It killed ...": the
   * subject of a relative clause weighs below the main clause's subject */
  d = run_para("Nigeria has fought the militants for years. Boko Haram, a militant group that Nigeria blames for "
               "a string of raids, has claimed the attack on the base. Last month it killed nine soldiers in an "
               "ambush near the border.");
  CU_ASSERT(d && find_event(d, "18", "Boko Haram", NULL) && !find_event(d, "18", "Nigeria", NULL));
  kg_doc_free(d);
  /* evstruck.c: an attack's relative clause of damage names what it struck */
  d = run_para("Poland accused Belarus of launching a cyber-attack that shut down Lithuania's railway network.");
  CU_ASSERT(d && find_event(d, "17", "Belarus", "Lithuania"));
  kg_doc_free(d);
  d = run_para("Turkey carried out an air strike that destroyed Syria's radar station.");
  CU_ASSERT(d && find_event(d, "19", "Turkey", "Syria"));
  kg_doc_free(d);
  /* ... not a clause with a subject of its own */
  d = run_para("Iran said the attack that Israel launched on Monday was a crime.");
  CU_ASSERT(d && !find_event(d, "19", NULL, "Israel"));
  kg_doc_free(d);
  /* clausefix.c: "calls from X for Y to arrest him": Y arrests, and only
   * as asked (not the main clause's subject, not Asserted) */
  d = run_para("Netanyahu landed in Budapest on Monday, defying calls from rights groups for Hungary to arrest him.");
  e = d ? find_event(d, "173", "Hungary", "Benjamin Netanyahu") : NULL;
  CU_ASSERT(e && e->factuality != KG_FACT_ASSERTED);
  CU_ASSERT(d && !find_event(d, "173", "Benjamin Netanyahu", NULL));
  kg_doc_free(d);
  /* evfact.c: a for-to clause is wanted, not done, wherever the parser hangs it */
  d = run_para("Netanyahu was welcomed with an honour guard in the Hungarian capital on Tuesday, defying calls from "
               "Turkey and human rights groups for Hungary to arrest him under a warrant issued by the court.");
  e = d ? find_event(d, "173", "Hungary", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* a sea or region of no state an act is done in is its place, not its
   * target; welcoming a ban or moratorium is praise */
  d = run_para("China stepped up patrols in the South China Sea. Tokyo later welcomed the moratorium.");
  CU_ASSERT(d && find_event(d, "13", "China", "-") && find_event(d, "051", "Japan", NULL));
  kg_doc_free(d);
  /* evasked.c: a demand's for-to clause names whom it asks */
  d = run_para("The talks went ahead despite a NATO demand for Serbia to recognise Kosovo.");
  CU_ASSERT(d && find_event(d, "10", "North Atlantic Treaty Organisation", "Serbia") &&
            !find_event(d, "10", NULL, "Kosovo"));
  kg_doc_free(d);
  /* "the two leaders" after a meeting told with a third person in an
   * oblique: the subject and object of the greeting, not the oblique */
  d = run_para("Kazakhstan's president, Kassym-Jomart Tokayev, greeted Mr Erdogan at the airport, where dancers "
               "dressed as the warriors of Genghis Khan lined the route. The two leaders later held talks on trade.");
  e = d ? find_event(d, "046", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Recep Tayyip Erdoğan") && !has_part(d, e, "Genghis Khan"));
  kg_doc_free(d);
  /* relations.c: "X, Mr Y's spokesman": X serves Y's state */
  d = run_para("Turkish President Recep Tayyip Erdogan met Xi. Omer Celik, Mr Erdogan's spokesman, told reporters "
               "that the visit had been prepared.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Omer Celik", "Turkey", 0));
  kg_doc_free(d);
}

static void test_lead_round_seventeen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a part of an unnamed group as subject ("Some of the victims") demands
   * of whom its object phrase names, as the group itself would */
  kg_doc *d = run_para("Some of the victims demanded an apology from the Japanese government on Monday.");
  CU_ASSERT(d && find_event(d, "10", NULL, "Japan"));
  kg_doc_free(d);
  d = run_para("Many of the farmers demanded an apology from the Chilean government.");
  CU_ASSERT(d && find_event(d, "10", NULL, "Chile"));
  kg_doc_free(d);
  /* "X said it would withdraw a complaint it had filed": the relative
   * clause's "it" is the subject of the verb whose object it is on, and
   * the filing, told in the past perfect, happened */
  d = run_para("Japan said it would lift export controls on three chemicals, while South Korea said it would "
               "withdraw a complaint it had filed with the World Trade Organization.");
  const kg_event *e = d ? find_event(d, "114", "South Korea", "World Trade Organization") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(d && !find_event(d, "114", "Japan", NULL));
  kg_doc_free(d);
  /* clausefix.c: a reporting verb parsed as an adverbial clause of what it
   * reports takes its place, with the report its ccomp */
  static const char *const while_said[] = {
    ", PUNCT , 7 punct", "while SCONJ while 4 mark", "Chile PROPN Chile 4 nsubj", "said VERB say 7 advcl VBD",
    "it PRON it 7 nsubj", "would AUX would 7 aux MD", "withdraw VERB withdraw 0 root VB",
    "the DET the 9 det", "complaint NOUN complaint 7 obj", ". PUNCT . 7 punct" };
  d = tree_doc(while_said, 10);
  if (d)
    kg_clausefix_sentence(d->tokens, 10);
  CU_ASSERT(d && d->tokens[3].head == 0 && d->tokens[6].head == 4 && !strcmp(d->tokens[6].deprel, "ccomp") &&
            d->tokens[4].head == 7);
  kg_doc_free(d);
  /* ... and a teller's second act joined to what was told belongs to the teller */
  d = run_para("Xi told him that China and Chile had no fundamental conflict and urged Santiago to reopen the border.");
  CU_ASSERT(d && find_event(d, "02", NULL, "Chile") && !find_event(d, "02", "Chile", NULL) &&
            !find_event(d, "02", "Brazil", NULL));
  kg_doc_free(d);
  /* a later conjunct with a place phrase of its own is not where the first
   * conjunct's place phrase is */
  d = run_para("Boric arrived in Lima on Saturday and travelled to Cusco on Sunday.");
  size_t n_trav = 0;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (kg_tok_is(d, d->events[k].trigger, "travelled")) {
      n_trav++;
      CU_ASSERT(d->events[k].place < 0 || strcmp(d->actors[d->events[k].place].label, "Lima"));
    }
  CU_ASSERT(n_trav == 1);
  kg_doc_free(d);
  /* a gathering an act is done at is its venue, not whom it is done to */
  d = run_para("Russia and China condemned the strike at an emergency meeting of the U.N. Security Council.");
  CU_ASSERT(d && find_event(d, "111", "Russia", NULL) &&
            !find_event(d, "111", "Russia", "United Nations Security Council"));
  kg_doc_free(d);
  /* evreact.c: the deed a reaction is for was done by whom the reaction is
   * aimed at, and is told as done */
  d = run_para("Peru blamed Chile for an air strike on its embassy.");
  CU_ASSERT(d && find_event(d, "112", "Peru", "Chile") && find_event(d, "19", "Chile", NULL) &&
            !find_event(d, "19", "Peru", NULL));
  kg_doc_free(d);
  d = run_para("Peru vowed to retaliate against Chile for an air strike on its embassy.");
  e = d ? find_event(d, "19", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED && !find_event(d, "195", "Peru", NULL));
  kg_doc_free(d);
  d = run_para("Peru thanked Chile for its mediation.");
  CU_ASSERT(d && !find_event(d, "045", "Peru", NULL));
  kg_doc_free(d);
  d = run_para("Peru may scrap the accord it signed with Chile in 2019.");
  e = d ? find_event(d, "057", "Peru", "Chile") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* ... not a noun's content clause ("reports that he had met X") */
  d = run_para("Peru denied reports that its minister had met Chilean officials in Lima.");
  e = d ? find_event(d, "04", "Peru", NULL) : NULL;
  CU_ASSERT(!e || e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
}

static void test_lead_round_fifteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a tensed verb after "and" is no conjunct of the infinitive before it:
   * the subject of the finite verb hosts */
  kg_doc *d = run_para("Belarus has allowed Russian forces to use its territory and has hosted Russian troops since "
                       "2023.");
  CU_ASSERT(d && find_event(d, "043", "Belarus", NULL) && !find_event(d, "043", "Russia", NULL));
  kg_doc_free(d);
  /* a host receives people or gatherings, not weapons */
  d = run_para("Latvia has hosted American missiles since 2024.");
  CU_ASSERT(d && !find_event(d, "043", NULL, NULL));
  kg_doc_free(d);
  d = run_para("Oman hosted the talks between the two sides in Muscat.");
  CU_ASSERT(d && find_event(d, "043", "Oman", NULL));
  kg_doc_free(d);
  /* a spokesman for a body speaks for it */
  d = run_para("A spokesman for the Kremlin accused Estonia of staging a provocation.");
  CU_ASSERT(d && find_event(d, "112", "Russia", "Estonia"));
  kg_doc_free(d);
  /* who "is to blame" blames no one; a past verb after "and" on that
   * infinitive is the speaker's */
  d = run_para("A spokesman for the Latvian border guard service said smugglers were to blame and accused Belarus "
               "of staging a provocation.");
  CU_ASSERT(d && find_event(d, "112", "Latvia", "Belarus"));
  const kg_event *e = d ? find_event(d, "112", "Latvia", "Belarus") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* sanctions evaded are nobody's imposing them */
  d = run_para("Serbia has helped the government in Moscow evade sanctions.");
  CU_ASSERT(d && find_event(d, "07", "Serbia", NULL) && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  /* a name inside the infinitive's phrase is no subject of the verb after
   * "and" */
  d = run_para("Ana Novak urged Hungary not to help the government in Minsk evade sanctions and called on Budapest "
               "to raise the fate of prisoners with Lukashenko.");
  CU_ASSERT(d && !find_event(d, "02", "Belarus", NULL));
  kg_doc_free(d);
  /* "the visit" is the guest's of the last visit told, not the last
   * meeting's */
  static const char visit[] = "Title\n\nMINSK, Belarus, April 11, 2025 (KGB) \xe2\x80\x94 Belarusian President "
    "Alexander Lukashenko welcomed Pakistan's Prime Minister Shehbaz Sharif to Minsk on Thursday.\n\nPakistan's "
    "foreign minister, Ishaq Dar, met his Belarusian counterpart Maxim Ryzhenkov separately.\n\nThe opposition "
    "leader in exile, Sviatlana Tsikhanouskaya, criticised the visit.\n";
  d = run_text(visit, sizeof visit - 1, "visit");
  CU_ASSERT(d && find_event(d, "111", NULL, "Shehbaz Sharif") && !find_event(d, "111", NULL, "Ishaq Dar"));
  kg_doc_free(d);
  /* "the general" is the salient person who bore that title, not the last
   * person named; "the former foreign minister" no prime minister */
  static const char general[] = "Title\n\nKUNMING, China, Nov. 7, 2024 (KGB) \xe2\x80\x94 Senior General Min "
    "Aung Hlaing met Prime Minister Anwar Ibrahim in Kunming on Wednesday.\n\nPresident Vladimir Putin praised "
    "Thailand.\n\nThe general later travelled to Moscow.\n";
  d = run_text(general, sizeof general - 1, "general");
  CU_ASSERT(d && find_event(d, "042", "Min Aung Hlaing", NULL) && !find_event(d, "042", "Vladimir Putin", NULL));
  kg_doc_free(d);
  /* a quote's own names are not whose spokesman speaks it */
  static const char quote[] = "Title\n\nYANGON, Nov. 7, 2024 (KGB) \xe2\x80\x94 The shadow National Unity "
    "Government condemned the visit.\n\n\"China is rewarding a war criminal,\" its spokesman, Kyaw Zaw, told "
    "reporters.\n";
  d = run_text(quote, sizeof quote - 1, "quote");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Kyaw Zaw", "China", 0));
  kg_doc_free(d);
  /* a hedge adjective's clause does not reach a verb joined above it; "as
   * fast as possible" is a degree, no hedge */
  d = run_para("Ana Novak said it was not possible to overstate the ruling and urged Hungary to act quickly.");
  const kg_event *e2 = d ? find_event(d, "02", "Ana Novak", "Hungary") : NULL;
  CU_ASSERT(e2 && e2->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_para("Ana Novak urged Hungary to act as fast as possible.");
  e2 = d ? find_event(d, "02", "Ana Novak", "Hungary") : NULL;
  CU_ASSERT(e2 && e2->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}


static void test_lead_round_thirteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* "President X of Mexico": the state after the holder's name, not the
   * dateline's or another state of the sentence */
  kg_doc *d = run_dated("President Carla Ruiz of Mexico refused to recognise the Peruvian government.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Carla Ruiz", "Mexico", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_LEADER, "Carla Ruiz", "Peru", 0) &&
            !has_rel(d, KG_REL_LEADER, "Carla Ruiz", "Turkey", 0));
  kg_doc_free(d);
  /* a monarch by his regnal name after a royal title; "Salman" of
   * "Mohammad bin Salman" is his father's name, not a surname */
  d = run_dated("King Salman received the envoy in Riyadh.");
  CU_ASSERT(d && kg_test_actor(d, "Salman of Saudi Arabia") >= 0 && kg_test_actor(d, "Mohammad bin Salman") < 0);
  kg_doc_free(d);
  d = run_dated("Emir Tamim met the envoy in Doha.");
  CU_ASSERT(d && kg_test_actor(d, "Tamim bin Hamad Al Thani") >= 0);
  kg_doc_free(d);
  /* the subject "it" of a clause a state or organisation tells is the
   * teller, even after a sentence about another state */
  d = run_dated("Finnish police seized a tanker suspected of damaging a cable with its anchor, and NATO said it "
                "would increase its military presence in the Baltic Sea.");
  CU_ASSERT(d && find_event(d, "15", "North Atlantic Treaty Organisation", NULL) && !find_event(d, "15", "Finland", NULL));
  kg_doc_free(d);
  /* a bare participle joined to a passive is passive too: done to the
   * subject, whom no one is said to have arrested */
  d = run_dated("Vladimir Putin arrived in Ankara and was arrested.");
  CU_ASSERT(d && find_event(d, "173", "-", "Vladimir Putin") && !find_event(d, "173", "Vladimir Putin", NULL));
  kg_doc_free(d);
  d = run_dated("Pedro Castillo tried to dissolve Congress and was removed from office and arrested hours later.");
  CU_ASSERT(d && find_event(d, "173", "-", "Pedro Castillo"));
  kg_doc_free(d);
  /* the last two words of a person's name met before are that person */
  d = run_dated("Carlos Manuel Ruiz Obrador granted asylum to the family. Peru expelled the ambassador over "
                "remarks by Ruiz Obrador.");
  CU_ASSERT(d && kg_test_actor(d, "Carlos Manuel Ruiz Obrador") >= 0 && kg_test_actor(d, "Ruiz Obrador") < 0);
  kg_doc_free(d);
  /* a state's Congress or Senate acts for the state; expelling or
   * declaring an ambassador persona non grata is 161 (CAMEO 166's note:
   * "When diplomats are withdrawn or expelled, use 161") */
  d = run_dated("Peru's Congress voted to condemn Mexico. The Polish Senate condemned Belarus.");
  CU_ASSERT(d && find_event(d, "111", "Peru", "Mexico") && find_event(d, "111", "Poland", "Belarus"));
  kg_doc_free(d);
  /* the partner of a talk by telephone, hung on "telephone" by the parse;
   * the name in apposition to a description rather than whom the
   * description would stand for */
  d = run_dated("Kaja Kallas condemned the attacks. Alexander Stubb spoke by telephone with the Estonian prime "
                "minister, Kristen Michal.");
  CU_ASSERT(d && find_event(d, "041", "Alexander Stubb", "Kristen Michal"));
  kg_doc_free(d);
  /* a given name tagged apart before "bin" is the person's; a state's body
   * named in full closes the apposition ("the secretary of Iran's Supreme
   * National Security Council,") */
  d = run_dated("The deal followed talks between Ali Shamkhani, the secretary of Iran's Supreme National Security "
                "Council, and Musaad bin Mohammed al-Aiban, Saudi Arabia's national security adviser.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ali Shamkhani", "Iran", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Musaad bin Mohammed al-Aiban", "Saudi Arabia", 0));
  kg_doc_free(d);
  /* not interfering is no aid and no refusal; "opposing sides" are sides;
   * "they" of a told clause is the teller */
  d = run_dated("Iran and Saudi Arabia said they would not interfere in each other's affairs. The two countries "
                "backed opposing sides in the war in Yemen.");
  CU_ASSERT(d && !find_event(d, "07", NULL, NULL) && !find_event(d, "12", NULL, NULL) &&
            !find_event(d, "11", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Finnish prosecutors said on Friday that they were investigating the captain of the ship.");
  CU_ASSERT(d && find_event(d, "09", "Finland", NULL));
  kg_doc_free(d);
  /* a delegation the person only met is no team of his */
  d = run_dated("Secretary of State Marco Rubio met the Ukrainian delegation before the talks.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Marco Rubio", "Ukraine", 0));
  kg_doc_free(d);
  /* a participle with its by-agent is passive: "mediated by Oman" */
  d = run_dated("Steve Witkoff has held five rounds of talks with Abbas Araghchi since April, mediated by Oman.");
  CU_ASSERT(d && find_event(d, "045", "Oman", NULL) && !find_event(d, "045", "Steve Witkoff", NULL));
  kg_doc_free(d);
  /* "The statement accused": whoever issued the statement; states named by
   * kind as the object are the target, nothing deeper in the phrase */
  d = run_dated("Iran's foreign ministry issued a statement on Monday. The statement accused the three European "
                "powers of serving Israel's interests.");
  CU_ASSERT(d && find_event(d, "112", "Iran", "-") && !find_event(d, "112", NULL, "Israel"));
  kg_doc_free(d);
  /* "Hungary, whose prime minister ..., did not oppose": the relative-clause
   * repair also after an auxiliary and "not", so "Its" is Hungary's */
  d = run_dated("Washington has not joined the cap. Hungary, whose prime minister, Viktor Orban, has repeatedly "
                "criticised the sanctions, did not oppose the package this time. Its foreign minister, Peter "
                "Szijjarto, said Budapest had secured exemptions.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Peter Szijjarto", "Hungary", 0) &&
            !has_rel(d, KG_REL_OFFICIAL, "Peter Szijjarto", "United States", 0));
  kg_doc_free(d);
  /* "the invasion of Ukraine": the "of" phrase of a noun of force suffers it */
  d = run_dated("The European Union has expanded the sanctions since the invasion of Ukraine in February 2022.");
  CU_ASSERT(d && find_event(d, "19", NULL, "Ukraine") && !find_event(d, "19", "Ukraine", NULL));
  kg_doc_free(d);
  /* an -ing clause on a passive verb is done by its unnamed doer, not by
   * the subject of the clause above */
  d = run_dated("The World Food Programme suspended its deliveries on Wednesday after a convoy carrying food was "
                "shelled near the town of Mellit, killing five drivers.");
  CU_ASSERT(d && !find_event(d, "18", "United Nations World Food Programme", NULL));
  kg_doc_free(d);
  /* a weekday on the infinitive of a verb of planning lies ahead */
  d = run_dated("Iran plans to test a missile on Friday.");
  e = d ? find_event(d, "15", "Iran", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-11"));
  kg_doc_free(d);
  /* "has criticised the sanctions": an auxiliary is no light verb, so the
   * critic does not impose the sanctions */
  d = run_dated("Viktor Orban has repeatedly criticised the sanctions.");
  CU_ASSERT(d && find_event(d, "111", "Viktor Orb\xc3\xa1n", NULL) && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  /* calling an act unconscionable or illegal condemns it */
  d = run_dated("China called the sanctions illegal.");
  CU_ASSERT(d && find_event(d, "111", "China", NULL));
  kg_doc_free(d);
  d = run_dated("Peru expelled Mexico's ambassador and declared the Mexican charge d'affaires persona non grata.");
  CU_ASSERT(d && find_event(d, "161", "Peru", "Mexico") && !find_event(d, "166", NULL, NULL) &&
            !find_event(d, "010", NULL, NULL));
  kg_doc_free(d);
}

static void test_lead_round_ten_d(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* "X, who is due to leave office, spoke with Y and urged Z": the name
   * before the relative clause does both; the relative clause's "due"
   * hedges neither; the one spoken with urges nothing */
  kg_doc *d = run_dated("U.S. Secretary of State Antony Blinken, who is due to leave office this month, spoke by "
                        "phone with Turkish President Recep Tayyip Erdogan, and urged the allies to send more weapons.");
  const kg_event *e = d ? find_event(d, "04", "Antony Blinken", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(d && find_event(d, "02", "Antony Blinken", NULL));
  CU_ASSERT(d && !find_event(d, "02", "Recep Tayyip Erdo\xc4\x9f" "an", NULL));
  kg_doc_free(d);
  /* a place in the phrase of another verb is not where the act was; the
   * trigger's own clause and coordinated verbs keep theirs */
  d = run_dated("Talks resumed on Monday. Qatar, which mediated talks between the two sides for a year, is "
                "pressing for a deal that would free hostages held in Gaza.");
  e = d ? find_event(d, "", "Qatar", NULL) : NULL;
  CU_ASSERT(e && e->place < 0);
  kg_doc_free(d);
  d = run_dated("Gunmen shot and stabbed the mayor to death in Kabul.");
  e = d ? find_event(d, "1", NULL, NULL) : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Kabul"));
  kg_doc_free(d);
  /* "The chief of X, Name, visited": the apposition the parse hangs on X
   * names the chief */
  d = run_dated("The chief of the International Atomic Energy Agency, Rafael Grossi, visited Tehran.");
  CU_ASSERT(d && find_event(d, "042", "Rafael Grossi", "Iran"));
  kg_doc_free(d);
  /* "Benjamin Netanyahu, whose forces struck ..., praised X" parsed with the
   * name as the root: the name is the conjunct verb's subject */
  d = run_dated("Israel's Prime Minister Benjamin Netanyahu, whose forces struck Iranian nuclear sites in "
                "June, praised the three countries.");
  CU_ASSERT(d && find_event(d, "051", "Benjamin Netanyahu", NULL));
  kg_doc_free(d);
  /* "all sides" where the story tells of no talks, dispute or fight
   * between two: no one named */
  d = run_dated("China's envoy to the UN, Li Song, urged all sides to avoid escalation.");
  CU_ASSERT(d && find_event(d, "02", "Li Song", "-") && !find_event(d, "02", "Li Song", "China"));
  kg_doc_free(d);
  /* "summoned X's ambassador ... to protest" with the infinitive parsed as
   * the summoning's purpose: the protest is aimed at the one summoned */
  d = run_dated("Russia's Foreign Ministry summoned the EU's ambassador in Moscow, Roland Galharague, to "
                "protest against the decision.");
  CU_ASSERT(d && find_event(d, "114", "Russia", "Roland Galharague"));
  kg_doc_free(d);
  /* "has yet to condemn": not (yet) done */
  d = run_dated("Moscow has yet to condemn the attack.");
  const kg_event *y = d ? find_event(d, "11", "Russia", NULL) : NULL;
  CU_ASSERT(y && y->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* suspending cooperation reduces relations (160), it is no cooperation */
  d = run_dated("Iran suspended cooperation with the IAEA.");
  CU_ASSERT(d && find_event(d, "160", "Iran", "International Atomic Energy Agency"));
  CU_ASSERT(d && !find_event(d, "06", NULL, NULL));
  kg_doc_free(d);
  /* "across the Gaza Strip", "throughout the region": where it happened */
  d = run_dated("Israeli airstrikes killed at least 30 people across the Gaza Strip.");
  e = d ? find_event(d, "1", "Israel", NULL) : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Gaza Strip"));
  kg_doc_free(d);
}

static void test_lead_round_nine_c(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* declining to say or comment leaves what would be said open, not denied;
   * a denial's own clause is still denied; what the denier says beside
   * the denial is told */
  kg_doc *d = run_dated("Peskov declined to comment on reports that Moscow was seeking to exchange the "
                        "researcher for a Russian national.");
  const kg_event *e = d ? find_event(d, "06", "Russia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Turkey refused to say whether it had shelled Greek positions.");
  e = d ? find_event(d, "19", "Turkey", "Greece") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Turkey denied that it had shelled Greek positions.");
  e = d ? find_event(d, "19", "Turkey", "Greece") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* an organisation's abbreviation in brackets after its name names it
   * afterwards */
  d = run_dated("Russia's Federal Security Service (FSB) detained a French researcher on Tuesday. The FSB "
                "accused the researcher of spying.");
  CU_ASSERT(d && find_event(d, "112", "Federal Security Service", NULL));
  kg_doc_free(d);
  /* "a month later", "two days later": after the date told before */
  d = run_dated("France expelled 41 Russian diplomats in April 2022, and Russia responded by expelling 34 "
                "French diplomats a month later.");
  e = d ? find_event(d, "16", "Russia", "France") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2022-05"));
  kg_doc_free(d);
  d = run_dated("France expelled 41 Russian diplomats on March 3, and Russia expelled 34 French diplomats "
                "two days later.");
  e = d ? find_event(d, "16", "Russia", "France") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-03-05"));
  kg_doc_free(d);
  /* "sent a message of congratulations (a letter of protest) to X": the
   * act the message carries, by the sender, to the addressee; no 040 */
  d = run_dated("Xi sent a message of congratulations to Erdogan. Greece sent a letter of protest to Turkey.");
  CU_ASSERT(d && find_event(d, "051", "Xi Jinping", "Recep Tayyip Erdo\xc4\x9f" "an") &&
            find_event(d, "14", "Greece", "Turkey") && !find_event(d, "040", NULL, NULL));
  kg_doc_free(d);
  /* offering congratulations is congratulating (made, not an offer) */
  d = run_dated("Xi offered his congratulations to Erdogan.");
  e = d ? find_event(d, "051", "Xi Jinping", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED && !find_event(d, "03", NULL, NULL));
  kg_doc_free(d);
  /* a capitalised pair before a weapon noun is a weapon, no person;
   * arms delivered are military aid; "dig deeper" is no probe */
  d = run_dated("Britain supplied Storm Shadow missiles to Greece. Germany delivered howitzers to Greece. "
                "Erdogan urged allies to dig deeper.");
  CU_ASSERT(d && find_event(d, "07", "United Kingdom", "Greece") && find_event(d, "07", "Germany", "Greece") &&
            kg_test_actor(d, "Storm Shadow") < 0 && !find_event(d, "09", NULL, NULL));
  kg_doc_free(d);
  /* "Ukraine's allies" are not Ukraine (kgd:relationalNoun) */
  d = run_dated("Ukraine's allies condemned the strike.");
  CU_ASSERT(d && !find_event(d, "11", "Ukraine", NULL));
  kg_doc_free(d);
  /* "the communique of a summit" is no message of a meeting */
  d = run_dated("Greece did not sign the final communique of a summit in Turkey.");
  CU_ASSERT(d && find_event(d, "057", "Greece", NULL));
  kg_doc_free(d);
}

static void test_lead_round_eight(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* praise by coordinated subjects is each one's act; talks are welcomed */
  kg_doc *d = run_dated("Saudi Arabia and Qatar welcomed the talks.");
  CU_ASSERT(d && find_event(d, "051", "Saudi Arabia", NULL) && find_event(d, "051", "Qatar", NULL));
  kg_doc_free(d);
  /* a present perfect takes no date from another conjunct with its own
   * subject; a threat's "if" is its content, not a hedge */
  d = run_dated("Erdogan has threatened military action if the talks fail, and Greece imposed new "
                "sanctions on Turkish exports on Thursday.");
  const kg_event *e = d ? find_event(d, "13", "Recep Tayyip Erdo\xc4\x9f" "an", NULL) : NULL;
  CU_ASSERT(e && e->date[0] == 0 && e->factuality == KG_FACT_ASSERTED);
  e = d ? find_event(d, "163", "Greece", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-03"));
  kg_doc_free(d);
  d = run_dated("Turkey will close the border if it is attacked.");   /* a threat (13), made */
  e = d ? find_event(d, "13", "Turkey", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* a year on a noun ("the 2015 agreement") dates that noun only; a
   * sentence-initial "It" that accuses is the state spoken of */
  d = run_dated("Iran has denied seeking nuclear weapons. It accuses the United States of abandoning "
                "the 2015 agreement.");
  e = d ? find_event(d, "112", "Iran", "United States") : NULL;
  CU_ASSERT(e && e->date[0] == 0);
  kg_doc_free(d);
  d = run_dated("Iran rejected the plan. It has also urged Germany to stay in the deal.");
  CU_ASSERT(d && find_event(d, "0", "Iran", "Germany"));
  kg_doc_free(d);
  /* "both sides", "the two delegations": the sides of the talks told
   * before, not a mediator named more often */
  d = run_dated("Iranian and American negotiators held talks in Muscat. Oman hosted them. Omani "
                "officials said both sides wanted a deal. The Omani minister praised Oman's role. The two "
                "delegations are expected to meet again next month.");
  e = d ? find_event(d, "040", NULL, NULL) : NULL;    /* (the talks are 046) */
  CU_ASSERT(e && !strcmp(e->date, "2025-05") && has_part(d, e, "Iran") &&
            has_part(d, e, "United States") && !has_part(d, e, "Oman"));
  kg_doc_free(d);
  /* what is vowed or offered has not happened */
  d = run_dated("Turkey vowed to retaliate against Greece. Erdogan offered to host talks between Greece "
                "and Cyprus.");
  e = d ? find_event(d, "19", "Turkey", "Greece") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  e = d ? find_event(d, "043", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* the subject of another clause is no target found by the window; a
   * conjunct misattached across a reported clause takes the subject of the
   * verb with the same modal; an infinitive on a noun is not asserted */
  d = run_dated("Turkey praised the vote and said Greece would help.");
  e = d ? find_event(d, "051", "Turkey", NULL) : NULL;
  CU_ASSERT(e && e->target < 0);
  kg_doc_free(d);
  d = run_dated("Mitsotakis welcomed the vote and said Greece would provide logistical support but would not "
                "send troops.");
  /* ("would not send troops": a refusal, 1212, since the twelfth session) */
  CU_ASSERT(d && find_event(d, "1212", "Greece", NULL) && !find_event(d, "1212", "Kyriakos Mitsotakis", NULL));
  kg_doc_free(d);
  d = run_dated("Turkey unveiled a plan to invade Syria.");
  e = d ? find_event(d, "19", NULL, "Syria") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* a sentence-initial "It" that acts is the body that was the previous
   * sentence's subject, named by its state; after an ordinal the
   * infinitive happened */
  d = run_dated("Turkey's foreign ministry said Greek jets had entered Turkish airspace. It condemned the "
                "flights and accused Greece of provocation.");
  CU_ASSERT(d && find_event(d, "112", "Turkey", "Greece"));
  kg_doc_free(d);
  d = run_dated("Erdogan was the first leader to visit Greece.");
  e = d ? find_event(d, "042", NULL, "Greece") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "since 2019" dates nothing; "the two leaders" after a meeting in the
   * same sentence are both leaders, not the name nearest */
  d = run_dated("Erdogan held talks with Mitsotakis, the first meeting between the two since 2019.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->date[0] == 0);
  kg_doc_free(d);
  d = run_dated("Erdogan met Mitsotakis on the sidelines and the two leaders agreed to expand trade.");
  e = d ? find_event(d, "03", NULL, NULL) : NULL;
  CU_ASSERT(e && e->agent < 0 && has_part(d, e, "Kyriakos Mitsotakis") &&
            has_part(d, e, "Recep Tayyip Erdo\xc4\x9f" "an"));
  kg_doc_free(d);
  /* "suspended its partnership with" 161; a finite conjunct after the
   * apposition to a refused act's object is the refuser's, not refused */
  d = run_dated("The United States suspended its strategic partnership with Turkey in December.");
  e = d ? find_event(d, "161", "United States", "Turkey") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2024-12"));
  kg_doc_free(d);
  d = run_dated("Erdogan has refused to recognise his rival, Kemal Kilicdaroglu, and continues to support "
                "the protesters.");
  e = d ? find_event(d, "05", "Recep Tayyip Erdo\xc4\x9f" "an", NULL) : NULL;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (!strcmp(d->events[k].cameo, "050"))
      e = &d->events[k];
  CU_ASSERT(e && !strcmp(e->cameo, "050") && e->factuality == KG_FACT_ASSERTED &&
            e->agent == kg_test_actor(d, "Recep Tayyip Erdo\xc4\x9f" "an"));
  kg_doc_free(d);
  /* a city in what is alleged is no target of the words */
  d = run_dated("Erdogan accused the West of trying to stage a coup in Ankara.");
  CU_ASSERT(d && !find_event(d, "11", NULL, "Ankara"));
  kg_doc_free(d);
  /* a passive welcome by a named host is hosting; "are due to" is not yet;
   * an act named in the object of a refused act happened; a state in the
   * "in" phrase of a signed text's summit is no party to it */
  d = run_dated("Mitsotakis arrived in Ankara on Monday and was welcomed at the airport by Vice President "
                "Cevdet Yilmaz.");
  CU_ASSERT(d && find_event(d, "043", NULL, "Kyriakos Mitsotakis"));
  kg_doc_free(d);
  d = run_dated("Erdogan spoke to Mitsotakis. The two leaders are due to hold talks in Ankara on Tuesday.");
  e = d ? find_event(d, "046", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Greece has refused to condemn Turkey's invasion of Cyprus.");
  e = d ? find_event(d, "19", "Turkey", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Greece did not sign the final communique of a summit in Turkey.");
  e = d ? find_event(d, "057", "Greece", NULL) : NULL;
  CU_ASSERT(e && e->target < 0 && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* harm told with a copula ("were wounded") is done to the subject */
  d = run_dated("Six Turkish soldiers were wounded in an ambush on Saturday.");
  e = d ? find_event(d, "18", NULL, "Turkey") : NULL;
  CU_ASSERT(e && e->agent < 0 && !strcmp(e->date, "2025-04-05"));
  kg_doc_free(d);
  /* a protest in a purpose clause on the summoned envoy is the summoner's
   * (an official complaint, 114, since the thirtieth session: evsummon.c) */
  d = run_dated("Poland summoned the Russian ambassador to protest against the drone incursion.");
  CU_ASSERT(d && find_event(d, "114", "Poland", "Russia") && !find_event(d, "11", "Russia", NULL) &&
            !find_event(d, "14", NULL, NULL));
  kg_doc_free(d);
  /* a state in the "in" phrase of a meeting is its venue, not the party
   * met; a present perfect is not dated by its complement's date */
  d = run_dated("Erdogan and Mitsotakis last met in December 2023 in Greece. Mitsotakis has vowed to "
                "visit Turkey in May.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->target < 0 && has_part(d, e, "Kyriakos Mitsotakis") && !has_part(d, e, "Greece"));
  for (size_t k = 0; d && k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "03", 2))
      CU_ASSERT(d->events[k].date[0] == 0);
  kg_doc_free(d);
}

static void test_lead_round_seven(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* "last September" in a story of April 2025; "next March" */
  kg_doc *d = run_dated("Last September, Britain accused Iran of delivering missiles to Russia.");
  const kg_event *e = d ? find_event(d, "112", "United Kingdom", "Iran") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2024-09"));
  kg_doc_free(d);
  d = run_dated("Next March, Turkey will host Greece.");
  e = d ? find_event(d, "036", "Turkey", "Greece") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2026-03"));
  kg_doc_free(d);
  /* a passive conjoined verb is done to the first verb's subject */
  d = run_dated("Mitsotakis arrived in Ankara on Monday and was greeted at the airport by Erdogan.");
  CU_ASSERT(d && find_event(d, "051", "Recep Tayyip Erdo\xc4\x9f" "an", "Kyriakos Mitsotakis"));
  kg_doc_free(d);
  /* a relative clause's verb is no pattern object of the verb before it
   * ("continue ... supply" is 033), and "that" on a noun naming no actor
   * stands for the state of its demonym */
  d = run_dated("Washington would continue to impose sanctions on Iranian entities that supply weapons "
                "to Russia.");
  CU_ASSERT(d && find_event(d, "072", "Iran", "Russia"));
  CU_ASSERT(d && !find_event(d, "033", "United States", NULL));
  kg_doc_free(d);
  /* "and that": a second reported clause has its own modality */
  d = run_dated("Erdogan said Turkey would help Greece and that the two countries had signed an agreement.");
  e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* missiles and shells sent are military aid; a denial negates it */
  d = run_dated("Iran has repeatedly denied sending ballistic missiles to Russia.");
  e = d ? find_event(d, "072", "Iran", "Russia") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* a state's name on a place noun is the venue, not a party */
  d = run_dated("American and Ukrainian officials met in the Saudi port city of Jeddah on Tuesday.");
  CU_ASSERT(d && !find_event(d, "04", NULL, "Saudi Arabia"));
  kg_doc_free(d);
  /* weapons named with their state's demonym act for it; "hit" is force */
  d = run_dated("Russian drones struck Odesa overnight. Russian missiles hit Kyiv on Monday.");
  e = d ? find_event(d, "190", "Russia", "Ukraine") : NULL;   /* a city struck: its state, in it */
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Odessa"));
  CU_ASSERT(d && !find_event(d, "190", "Russia", "Odessa"));
  kg_doc_free(d);
  /* object control through a misparsed second subject and through "on" */
  d = run_dated("Turkey urged Russia to withdraw. Greece called on Russia to withdraw.");
  e = d ? find_event(d, "087", "Russia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  CU_ASSERT(d && !find_event(d, "087", "Turkey", NULL) && !find_event(d, "087", "Greece", NULL));
  kg_doc_free(d);
  /* "called it a breakthrough" names; it appeals to no one */
  d = run_dated("Mitsotakis called it a remarkable breakthrough.");
  CU_ASSERT(d && !find_event(d, "02", NULL, NULL));
  kg_doc_free(d);  /* a later conjunct inside a phrase ("between Russia and Ukraine") is
   * no subject of the next verb */
  d = run_dated("Saudi Arabia has sought to act as a mediator. The kingdom helped arrange a prisoner "
                "exchange between Russia and Ukraine and hosted a meeting in Riyadh.");
  CU_ASSERT(d && find_event(d, "043", "Saudi Arabia", NULL));
  CU_ASSERT(d && !find_event(d, "043", "Ukraine", NULL));
  kg_doc_free(d);
  /* a bare state title: the state of the team the sentence gives the
   * person, before the subject of the sentence before */
  d = run_dated("The Ukrainian side was headed by Foreign Minister Andrii Sybiha. Secretary of State "
                "Marco Rubio led the US delegation.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Marco Rubio", "United States", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Marco Rubio", "Ukraine", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Andrii Sybiha", "Ukraine", 0));
  kg_doc_free(d);  /* "condemned the launch": the doer of the launch told before; what the
   * act is called ("as a violation of U.N. resolutions") names no target */
  d = run_dated("North Korea fired a ballistic missile on Thursday. Japan condemned the launch as a "
                "violation of U.N. Security Council resolutions. Russia did not condemn the launch.");
  CU_ASSERT(d && find_event(d, "111", "Japan", "North Korea"));
  e = d ? find_event(d, "111", "Russia", "North Korea") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  CU_ASSERT(d && !find_event(d, "111", NULL, "United Nations Security Council"));
  kg_doc_free(d);
  /* a two-word demonym's plural is the state; "as" misparsed as a
   * preposition before a clause's subject */
  d = run_dated("Seoul imposed sanctions on 11 North Koreans. The launch came as Seoul accused "
                "Pyongyang of sending troops to Russia.");
  CU_ASSERT(d && find_event(d, "163", "South Korea", "North Korea"));
  CU_ASSERT(d && find_event(d, "112", "South Korea", "North Korea"));
  kg_doc_free(d);  /* a cue verb hedges only its own subtree: "trying" in the relative
   * clause does not hedge the urging */
  d = run_dated("The European Union, which Turkey has been trying to join since 1987, has repeatedly "
                "urged Ankara to align its foreign policy with the bloc.");
  e = d ? find_event(d, "02", "European Union", "Turkey") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "the two leaders" after three sentences of quotes */
  d = run_dated("Mitsotakis met Erdogan in Ankara on Tuesday. Erdogan wrote that Turkey would never "
                "forget the visit. He praised the friendship. He did not mention Cyprus. On Wednesday, "
                "the two leaders signed 12 agreements on trade.");
  e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Kyriakos Mitsotakis") && has_part(d, e, "Recep Tayyip Erdo\xc4\x9f" "an"));
  kg_doc_free(d);  /* an honorific after a title is no name of its own; "welcomed the
   * agreement" praises; a conjoined verb shares the first verb's "will" */
  d = run_dated("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced the deal. "
                "Turkey welcomed the agreement. Israel will release the prisoners and withdraw its forces.");
  CU_ASSERT(d && kg_test_actor(d, "Sheikh") < 0);
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Mohammed bin Abdulrahman Al Thani", "Qatar", 0));
  CU_ASSERT(d && find_event(d, "051", "Turkey", NULL));
  CU_ASSERT(d && find_event(d, "0356", "Israel", NULL) && !find_event(d, "0874", "Israel", NULL));
  kg_doc_free(d);
  /* "both sides": two states or organisations before two persons */
  d = run_dated("Israel and Hamas fought for months. Ministers Itamar Ben-Gvir and Bezalel Smotrich "
                "objected. Egypt urged both sides to implement the agreement.");
  CU_ASSERT(d && find_event(d, "02", "Egypt", "Israel") && find_event(d, "02", "Egypt", "Hamas"));
  CU_ASSERT(d && !find_event(d, "02", "Egypt", "Itamar Ben-Gvir"));
  kg_doc_free(d);  /* a request's "to" after a longer object still hedges its content */
  d = run_dated("Erdogan has called on the European Union to punish Russia.");
  e = d ? find_event(d, "17", "European Union", "Russia") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);  /* a date in a verb's own subtree before a nearer one of its conjunct */
  d = run_dated("Saudi Arabia helped arrange a prisoner exchange last year and hosted a meeting "
                "between Marco Rubio and Sergei Lavrov in Riyadh in February.");
  e = d ? find_event(d, "043", "Saudi Arabia", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-02"));
  kg_doc_free(d);  /* the states coordinated before "which joined X" join too */
  d = run_dated("Finland and Sweden, which joined NATO in 2023 and 2024, backed the goal.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Finland", "North Atlantic Treaty Organisation", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Sweden", "North Atlantic Treaty Organisation", 0));
  kg_doc_free(d);  /* "spoke" alone or "to reporters" is no meeting; a weapon's name is no actor */
  d = run_dated("Mitsotakis spoke to reporters. Erdogan spoke with Mitsotakis. Greece asked for "
                "more Patriot air defence systems.");
  CU_ASSERT(d && find_event(d, "040", "Recep Tayyip Erdo\xc4\x9f" "an", "Kyriakos Mitsotakis"));
  CU_ASSERT(d && !find_event(d, "04", "Kyriakos Mitsotakis", NULL));
  CU_ASSERT(d && kg_test_actor(d, "Patriot") < 0);
  kg_doc_free(d);
}

/* evfilter.c's senses and the dictionary's noisy converted verbs: ordinary
 * news that tells of no act of the code. */
static int has_code(const kg_doc *d, const char *prefix)
{
  return d && find_event(d, prefix, NULL, NULL) != NULL;
}

static void test_wrong_senses(void)
{
  NEED_DICT();
  /* force with no sign of violence and one state: criticism, games */
  static const char *const bill[] = {
    "Britain PROPN Britain 2 nsubj", "fought VERB fight 0 root", "for ADP for 5 case",
    "the DET the 5 det", "bill NOUN bill 2 obl", "in ADP in 7 case", "Brussels PROPN Brussels 2 obl",
    ". PUNCT . 2 punct" };
  kg_doc *d;
  TREE_EXPECT(bill, "!19");
  static const char *const market[] = {
    "Japan PROPN Japan 3 nsubj", "will AUX will 3 aux", "fight VERB fight 0 root", "for ADP for 7 case",
    "a DET a 7 det", "bigger ADJ big 7 amod", "share NOUN share 3 obl", ". PUNCT . 3 punct" };
  d = tree_doc(market, 8);               /* nor its threat, 1384 */
  CU_ASSERT(d && !has_code(d, "19") && !has_code(d, "13"));
  kg_doc_free(d);
  static const char *const iraq[] = {
    "Britain PROPN Britain 2 nsubj", "attacked VERB attack 0 root", "Iraq PROPN Iraq 2 obj",
    ". PUNCT . 2 punct" };
  d = tree_doc(iraq, 4);                 /* two states on either side */
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "19", "United Kingdom", "Iraq"));
  kg_doc_free(d);
  static const char *const rebels[] = {
    "Britain PROPN Britain 2 nsubj", "attacked VERB attack 0 root", "the DET the 4 det",
    "rebels NOUN rebel 2 obj", ". PUNCT . 2 punct" };
  d = tree_doc(rebels, 5);               /* a word of violence */
  CU_ASSERT_PTR_NOT_NULL(d && find_event(d, "19", "United Kingdom", NULL));
  kg_doc_free(d);
  static const char *const cup[] = {
    "Chelsea PROPN Chelsea 2 nsubj B-ORG", "beat VERB beat 0 root", "Arsenal PROPN Arsenal 2 obj B-ORG",
    "in ADP in 6 case", "the DET the 6 det", "final NOUN final 2 obl", ". PUNCT . 2 punct" };
  d = tree_doc(cup, 7);                  /* "beat" alone is no longer 190 either */
  CU_ASSERT(d && !has_code(d, "18") && !has_code(d, "19") && !has_code(d, "20"));
  kg_doc_free(d);
  /* "fail" and "decline" reject only with an infinitive */
  static const char *const fell[] = {
    "Kenya PROPN Kenya 2 nsubj", "declined VERB decline 0 root", "3 NUM 3 4 nummod",
    "% NOUN % 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(fell, "!12");
  static const char *const refused[] = {
    "Kenya PROPN Kenya 2 nsubj", "declined VERB decline 0 root", "to PART to 4 mark",
    "sign VERB sign 2 xcomp", "the DET the 6 det", "deal NOUN deal 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(refused, "12|Kenya");
  /* released, returned, received: things and going back are no act */
  static const char *const album[] = {
    "Iran PROPN Iran 2 nsubj", "released VERB release 0 root", "the DET the 4 det",
    "album NOUN album 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(album, "!084");
  static const char *const sailors[] = {
    "Iran PROPN Iran 2 nsubj", "released VERB release 0 root", "two NUM two 5 nummod",
    "British ADJ British 5 amod", "sailors NOUN sailor 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(sailors, "084|Iran");
  static const char *const back[] = {
    "Iran PROPN Iran 2 nsubj", "returned VERB return 0 root", "to ADP to 4 case",
    "Geneva PROPN Geneva 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(back, "!084");
  static const char *const ship[] = {
    "Iran PROPN Iran 2 nsubj", "returned VERB return 0 root", "the DET the 4 det",
    "ship NOUN ship 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(ship, "084|Iran");
  static const char *const award[] = {
    "Egypt PROPN Egypt 2 nsubj", "received VERB receive 0 root", "an DET a 4 det",
    "award NOUN award 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(award, "!043");
  static const char *const deleg[] = {
    "Egypt PROPN Egypt 2 nsubj", "received VERB receive 0 root", "a DET a 4 det",
    "delegation NOUN delegation 2 obj", "from ADP from 6 case", "Jordan PROPN Jordan 4 nmod",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(deleg, "043|Egypt");
  /* investing: a state's act, not a firm's */
  static const char *const ports[] = {
    "Indonesia PROPN Indonesia 2 nsubj", "invested VERB invest 0 root", "in ADP in 4 case",
    "Vietnam PROPN Vietnam 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(ports, "06|Indonesia");
  static const char *const mini[] = {
    "BMW PROPN BMW 2 nsubj B-ORG", "invested VERB invest 0 root", "in ADP in 4 case",
    "production NOUN production 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(mini, "!06");
  /* converted CAMEO.2.0 verbs of ordinary English: no event on their own */
  static const char *const argued[] = {
    "Britain PROPN Britain 2 nsubj", "argued VERB argue 0 root", "that SCONJ that 6 mark",
    "taxes NOUN tax 6 nsubj", "should AUX should 6 aux", "fall VERB fall 2 ccomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(argued, "!11");
  static const char *const grew[] = {
    "Britain PROPN Britain 2 nsubj", "increased VERB increase 0 root", "its PRON its 4 nmod:poss",
    "exports NOUN export 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(grew, "!06");
}

static void test_wrong_senses_2(void)
{
  NEED_DICT();
  static const char *const firm[] = {
    "Britain PROPN Britain 2 nsubj", "took VERB take 0 root", "over ADP over 2 compound:prt",
    "the DET the 5 det", "firm NOUN firm 2 obj", ". PUNCT . 2 punct" };
  kg_doc *d = tree_doc(firm, 6);         /* a takeover is no seizure */
  CU_ASSERT(d && !has_code(d, "171"));
  kg_doc_free(d);
  static const char *const tanker[] = {
    "Iran PROPN Iran 2 nsubj", "seized VERB seize 0 root", "a DET a 5 det", "British ADJ British 5 amod",
    "tanker NOUN tanker 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(tanker, "171|Iran");
  static const char *const wrong[] = {
    "Britain PROPN Britain 2 nsubj", "insisted VERB insist 0 root", "it PRON it 5 nsubj",
    "was AUX be 5 cop", "right ADJ right 2 ccomp", ". PUNCT . 2 punct" };
  d = tree_doc(wrong, 6);                /* a claim, no demand */
  CU_ASSERT(d && !has_code(d, "10"));
  kg_doc_free(d);
  static const char *const on[] = {
    "Iran PROPN Iran 2 nsubj", "insisted VERB insist 0 root", "on ADP on 5 case",
    "its PRON its 5 nmod:poss", "right NOUN right 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(on, "10|Iran");
  static const char *const power[] = {
    "Britain PROPN Britain 2 nsubj", "came VERB come 0 root", "to ADP to 4 case",
    "power NOUN power 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(power, "!04");
  static const char *const team[] = {
    "Britain PROPN Britain 2 nsubj", "helped VERB help 0 root", "the DET the 4 det",
    "team NOUN team 2 obj", "win VERB win 2 xcomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(team, "!07");
  static const char *const cup[] = {
    "Britain PROPN Britain 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark",
    "win VERB win 2 xcomp", "the DET the 6 det", "cup NOUN cup 4 obj", ". PUNCT . 2 punct" };
  d = tree_doc(cup, 7);                  /* failing is no refusal */
  CU_ASSERT(d && !has_code(d, "12"));
  kg_doc_free(d);
  static const char *const accord[] = {
    "Israel PROPN Israel 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark",
    "reach VERB reach 2 xcomp", "agreement NOUN agreement 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(accord, "12|Israel");
  static const char *const gloomy[] = {
    "Analysts NOUN analyst 2 nsubj", "warned VERB warn 0 root", "that SCONJ that 6 mark",
    "profits NOUN profit 6 nsubj", "could AUX could 6 aux", "fall VERB fall 2 ccomp", ". PUNCT . 2 punct" };
  d = tree_doc(gloomy, 7);               /* a forecast, no threat */
  CU_ASSERT(d && !has_code(d, "13"));
  kg_doc_free(d);
  static const char *const against[] = {
    "Egypt PROPN Egypt 2 nsubj", "warned VERB warn 0 root", "against ADP against 4 case",
    "interference NOUN interference 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(against, "13|Egypt");
  static const char *const striker[] = {
    "Britain PROPN Britain 2 nsubj", "signed VERB sign 0 root", "the DET the 4 det",
    "striker NOUN striker 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(striker, "!057");
}

/* What a request asks for (fourteenth session, precision): the act asked
 * of one named is that one's, hedged; with the one asked named by no actor
 * it is nobody's (not the asker's), and a noun a call is "for" is no event
 * (kg_ev_request_of, kg_ev_drop_askers_acts). */
static void test_requested_acts(void)
{
  NEED_DICT();
  static const char *const named[] = {
    "Chile PROPN Chile 2 nsubj", "urged VERB urge 0 root", "Peru PROPN Peru 2 obj", "to PART to 5 mark",
    "withdraw VERB withdraw 2 xcomp", "its PRON its 7 nmod:poss", "troops NOUN troop 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(named, "02|Chile|Peru", "087|Peru", "!087|Chile");
  static const char *const mayor[] = {
    "Chile PROPN Chile 2 nsubj", "urged VERB urge 0 root", "the DET the 4 det", "mayor NOUN mayor 2 obj",
    "to PART to 6 mark", "apologise VERB apologise 2 xcomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(mayor, "02|Chile", "!055");
  static const char *const purpose[] = {
    "Chile PROPN Chile 2 nsubj", "called VERB call 0 root", "for ADP for 5 case", "a DET a 5 det",
    "pause NOUN pause 2 obl", "to PART to 7 mark", "investigate VERB investigate 2 advcl", "the DET the 9 det",
    "costs NOUN cost 7 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(purpose, "!09");
  static const char *const probe[] = {
    "Peru PROPN Peru 2 nsubj", "joined VERB join 0 root", "calls NOUN call 2 obj", "for ADP for 6 case",
    "an DET a 6 det", "investigation NOUN investigation 2 obl", "into ADP into 9 case", "the DET the 9 det",
    "killings NOUN killing 6 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(probe, "!09");
  static const char *const ordered[] = {
    "Chile PROPN Chile 2 nsubj", "ordered VERB order 0 root", "an DET a 4 det",
    "investigation NOUN investigation 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(ordered, "09|Chile");
}

/* A person who agrees with nothing named concurs with what was said (019,
 * not an intent to cooperate); a state that agrees may accept a proposal
 * (fifteenth session, precision: agreed_bare in evfilter.c). */
static void test_bare_agreeing(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Luis Rojas, a Peruvian historian, spoke on Monday. Mr Rojas agreed and said the "
                        "figures had to be read with care.");
  CU_ASSERT(d && !has_code(d, "03"));
  kg_doc_free(d);
  d = run_dated("Ana Soto was asked about the museum. She said she agreed.");
  CU_ASSERT(d && !has_code(d, "03"));
  kg_doc_free(d);
  d = run_dated("Luis Rojas agreed to meet the Chilean envoy in Lima.");
  CU_ASSERT(d && has_code(d, "03"));
  kg_doc_free(d);
  static const char *const state[] = {
    "Chile PROPN Chile 2 nsubj", "agreed VERB agree 0 root", "and CCONJ and 4 cc", "said VERB say 2 conj",
    "so ADV so 4 advmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(state, "03|Chile");
}

/* Coercion (170) needs one coerced: an actor, a person, a body or its
 * doings; things contained, curbed or blocked are none (fifteenth session,
 * precision: kg_ev_coerced_thing in evnoact.c). */
static void test_coerced_things(void)
{
  NEED_DICT();
  static const char *const album[] = {
    "Chile PROPN Chile 2 nsubj", "contains VERB contain 0 root", "three NUM three 4 nummod",
    "deserts NOUN desert 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(album, "!17");
  static const char *const prices[] = {
    "Chile PROPN Chile 2 nsubj", "acted VERB act 0 root", "to PART to 4 mark", "curb VERB curb 2 xcomp",
    "inflation NOUN inflation 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(prices, "!17");
  static const char *const keeper[] = {
    "Peru PROPN Peru 2 nsubj", "blocked VERB block 0 root", "well ADV well 2 advmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(keeper, "!17");
  static const char *const shot[] = {
    "The DET the 2 det", "shot NOUN shot 4 nsubj:pass", "was AUX be 4 aux:pass", "blocked VERB block 0 root",
    "by ADP by 6 case", "Peru PROPN Peru 4 obl:agent", ". PUNCT . 4 punct" };
  TREE_EXPECT(shot, "!17");
  static const char *const bid[] = {
    "Chile PROPN Chile 2 nsubj", "blocked VERB block 0 root", "Peru PROPN Peru 5 nmod:poss", "'s PART 's 3 case",
    "application NOUN application 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(bid, "17|Chile");
  static const char *const state[] = {
    "Chile PROPN Chile 2 nsubj", "pressured VERB pressure 0 root", "Peru PROPN Peru 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(state, "17|Chile|Peru");
  static const char *const beef[] = {
    "Chile PROPN Chile 2 nsubj", "banned VERB ban 0 root", "beef NOUN beef 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(beef, "!17");
  static const char *const rallies[] = {
    "Chile PROPN Chile 2 nsubj", "banned VERB ban 0 root", "all DET all 5 det", "opposition NOUN opposition 5 compound",
    "rallies NOUN rally 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(rallies, "17|Chile");
  static const char *const fined[] = {
    "Peru PROPN Peru 4 nsubj:pass", "was AUX be 4 aux:pass", "not PART not 4 advmod", "fined VERB fine 0 root",
    "a DET a 6 det", "million NUM million 4 obj", "by ADP by 8 case", "Chile PROPN Chile 4 obl:agent",
    ". PUNCT . 4 punct" };
  TREE_EXPECT(fined, "17|Chile|Peru");
}

/* A release (0841), a return (084) or a search (090) needs a party acted
 * on: products, figures, profits and medals are none (sixteenth session,
 * precision: kg_ev_partyless in evparty.c). */
static void test_partyless_acts(void)
{
  NEED_DICT();
  static const char *const album[] = {
    "Chile PROPN Chile 2 nsubj", "released VERB release 0 root", "a DET a 5 det", "new ADJ new 5 amod",
    "album NOUN album 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(album, "!084");
  static const char *const figures[] = {
    "The DET the 2 det", "figures NOUN figure 4 nsubj:pass", "were AUX be 4 aux:pass", "released VERB release 0 root",
    "on ADP on 6 case", "Friday PROPN Friday 4 obl", ". PUNCT . 4 punct" };
  TREE_EXPECT(figures, "!084");
  static const char *const captives[] = {
    "Chile PROPN Chile 2 nsubj", "released VERB release 0 root", "three NUM three 4 nummod",
    "hostages NOUN hostage 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(captives, "084|Chile");
  static const char *const four[] = {
    "Chile PROPN Chile 2 nsubj", "freed VERB free 0 root", "the DET the 4 det", "four NUM four 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(four, "084|Chile");
  static const char *const titled[] = {
    "President PROPN President 4 nsubj:pass", "Putin PROPN Putin 1 flat", "was AUX be 4 aux:pass",
    "freed VERB free 0 root", "by ADP by 6 case", "Chile PROPN Chile 4 obl:agent", ". PUNCT . 4 punct" };
  TREE_EXPECT(titled, "084|Chile");
  static const char *const profit[] = {
    "Peru PROPN Peru 2 nsubj", "returned VERB return 0 root", "a DET a 5 det", "net ADJ net 5 amod",
    "profit NOUN profit 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(profit, "!084");
  static const char *const back[] = {
    "Peru PROPN Peru 2 nsubj", "returned VERB return 0 root", "to ADP to 4 case", "training NOUN training 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(back, "!084");
  static const char *const archives[] = {
    "Peru PROPN Peru 2 nsubj", "returned VERB return 0 root", "Chile PROPN Chile 5 nmod:poss",
    "'s PART 's 3 case", "archives NOUN archive 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(archives, "084|Peru");
  static const char *const medal[] = {
    "Chile PROPN Chile 3 nsubj", "is AUX be 3 aux", "searching VERB search 0 root", "for ADP for 7 case",
    "its PRON its 7 nmod:poss", "first ADJ first 7 amod", "medal NOUN medal 3 obl", ". PUNCT . 3 punct" };
  TREE_EXPECT(medal, "!09");
  static const char *const fugitives[] = {
    "Chile PROPN Chile 3 nsubj", "is AUX be 3 aux", "searching VERB search 0 root", "for ADP for 6 case",
    "the DET the 6 det", "suspects NOUN suspect 3 obl", ". PUNCT . 3 punct" };
  TREE_EXPECT(fugitives, "09|Chile");
  static const char *const software[] = {
    "Peru PROPN Peru 2 nsubj", "launched VERB launch 0 root", "search NOUN search 4 compound",
    "software NOUN software 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(software, "!09");
  static const char *const hunt[] = {
    "Peru PROPN Peru 2 nsubj", "launched VERB launch 0 root", "a DET a 4 det", "search NOUN search 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(hunt, "09|Peru");
  static const char *const opinion[] = {
    "Peru PROPN Peru 2 nsubj", "mobilised VERB mobilise 0 root", "public ADJ public 4 amod",
    "opinion NOUN opinion 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(opinion, "!154");
  static const char *const troops[] = {
    "Peru PROPN Peru 2 nsubj", "deployed VERB deploy 0 root", "two NUM two 4 nummod", "battalions NOUN battalion 2 obj",
    "on ADP on 7 case", "the DET the 7 det", "border NOUN border 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(troops, "154|Peru");
  static const char *const crowd[] = {
    "Peru PROPN Peru 2 nsubj", "greeted VERB greet 0 root", "the DET the 4 det", "crowd NOUN crowd 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(crowd, "!05");
  static const char *const fans[] = {
    "He PRON he 3 nsubj:pass", "was AUX be 3 aux:pass", "greeted VERB greet 0 root", "by ADP by 6 case",
    "cheering ADJ cheering 6 amod", "fans NOUN fan 3 obl:agent", ". PUNCT . 3 punct" };
  TREE_EXPECT(fans, "!05");
  static const char *const state[] = {
    "Peru PROPN Peru 2 nsubj", "greeted VERB greet 0 root", "Chile PROPN Chile 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(state, "05|Peru|Chile");
}

/* An injury with no assailant is no assault (18x), and a sentence passed
 * is legal action (173, like "jail"), not an administrative sanction
 * (seventeenth session, precision: injury_only in evparty.c, "sentence V
 * 173" in tools/gen_dictionaries.py). */
static void test_injury_and_sentence(void)
{
  NEED_DICT();
  static const char *const off[] = {
    "Okafor PROPN Okafor 2 nsubj", "limped VERB limp 0 root", "off ADV off 2 advmod",
    "injured VERB injure 2 xcomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(off, "!18");
  static const char *const knee[] = {
    "Okafor PROPN Okafor 2 nsubj", "injured VERB injure 0 root", "her PRON her 4 nmod:poss",
    "knee NOUN knee 2 obj", "in ADP in 6 case", "training NOUN training 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(knee, "!18");
  static const char *const self[] = {
    "Okafor PROPN Okafor 2 nsubj", "injured VERB injure 0 root", "himself PRON himself 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(self, "!18");
  static const char *const hurt[] = {
    "Okafor PROPN Okafor 3 nsubj:pass", "was AUX be 3 aux:pass", "injured VERB injure 0 root", "as SCONJ as 7 mark",
    "his PRON his 6 nmod:poss", "side NOUN side 7 nsubj", "lost VERB lose 3 advcl", ". PUNCT . 3 punct" };
  TREE_EXPECT(hurt, "!18");
  static const char *const gunmen[] = {
    "Gunmen NOUN gunman 2 nsubj", "injured VERB injure 0 root", "three NUM three 4 nummod",
    "soldiers NOUN soldier 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(gunmen, "18");
  static const char *const bombed[] = {
    "Soldiers NOUN soldier 5 nsubj:pass", "of ADP of 3 case", "Chile PROPN Chile 1 nmod", "were AUX be 5 aux:pass",
    "injured VERB injure 0 root", "by ADP by 8 case", "a DET a 8 det", "bomb NOUN bomb 5 obl:agent",
    ". PUNCT . 5 punct" };
  TREE_EXPECT(bombed, "18");
  static const char *const jailed[] = {
    "Putin PROPN Putin 3 nsubj:pass", "was AUX be 3 aux:pass", "sentenced VERB sentence 0 root",
    "to ADP to 6 case", "two NUM two 6 nummod", "years NOUN year 3 obl", ". PUNCT . 3 punct" };
  TREE_EXPECT(jailed, "173", "!172");
  static const char *const experts[] = {
    "Peru PROPN Peru 2 nsubj", "hired VERB hire 0 root", "sentencing VERB sentence 4 amod",
    "experts NOUN expert 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(experts, "!17");
}

/* A hit, strike, attack or fight whose striker is named and is neither a
 * party nor a force nor the means of an attack is no use of force
 * (nineteenth session, precision: strikerless in evparty.c). */
static void test_strikerless_force(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The tour was the biggest thing to hit Peru since the war.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile was hit by a missile on Monday.");
  CU_ASSERT(d && find_event(d, "19", NULL, "Chile"));
  kg_doc_free(d);
  d = run_dated("The Chilean army said it had struck rebels in Peru.");   /* a pronoun as striker */
  CU_ASSERT(d && find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Rebels in Chile attacked Peru on Monday.");
  CU_ASSERT(d && find_event(d, "19", "Chile", "Peru"));
  kg_doc_free(d);
  static const char *const gunmen[] = {
    "Gunmen NOUN gunman 2 nsubj", "attacked VERB attack 0 root", "Chile PROPN Chile 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(gunmen, "18");                /* (irregulars' force: an assault, evassault.c) */
}

/* What a capacity or right told as present, future or possible allows is
 * no act done (seventeenth session, precision: kg_ev_capacity in
 * evmodal.c); "was able to" tells it was done. */
static void test_capacity_acts(void)
{
  NEED_DICT();
  static const char *const would[] = {
    "Peru PROPN Peru 4 nsubj", "would AUX would 4 aux", "be AUX be 4 cop", "able ADJ able 0 root",
    "to PART to 6 mark", "meet VERB meet 4 xcomp", "Chile PROPN Chile 6 obj", ". PUNCT . 4 punct" };
  TREE_EXPECT(would, "!04");
  static const char *const was[] = {
    "Peru PROPN Peru 4 nsubj", "was AUX be 4 cop", "finally ADV finally 4 advmod", "able ADJ able 0 root",
    "to PART to 6 mark", "meet VERB meet 4 xcomp", "Chile PROPN Chile 6 obj", ". PUNCT . 4 punct" };
  TREE_EXPECT(was, "04|Peru|Chile");
  static const char *const permitted[] = {
    "Peru PROPN Peru 3 nsubj:pass", "is AUX be 3 aux:pass", "permitted VERB permit 0 root",
    "to PART to 5 mark", "meet VERB meet 3 xcomp", "Chile PROPN Chile 5 obj", ". PUNCT . 3 punct" };
  TREE_EXPECT(permitted, "!04");
  static const char *const allow[] = {
    "The DET the 2 det", "pact NOUN pact 4 nsubj", "will AUX will 4 aux", "allow VERB allow 0 root",
    "Peru PROPN Peru 4 obj", "to PART to 7 mark", "meet VERB meet 4 xcomp", "Chile PROPN Chile 7 obj",
    ". PUNCT . 4 punct" };
  TREE_EXPECT(allow, "!04");
  static const char *const entitled[] = {
    "Peru PROPN Peru 3 nsubj", "was AUX be 3 cop", "entitled ADJ entitled 0 root",
    "to PART to 5 mark", "meet VERB meet 3 xcomp", "Chile PROPN Chile 5 obj", ". PUNCT . 3 punct" };
  TREE_EXPECT(entitled, "!04");
  static const char *const chain[] = {
    "Peru PROPN Peru 3 nsubj:pass", "is AUX be 3 aux:pass", "permitted VERB permit 0 root", "to PART to 5 mark",
    "ask VERB ask 3 xcomp", "Chile PROPN Chile 5 obj", "to PART to 8 mark", "meet VERB meet 5 xcomp",
    "Bolivia PROPN Bolivia 8 obj", ". PUNCT . 3 punct" };
  TREE_EXPECT(chain, "!04");
}

/* Readers' comments printed below a report are no source of events; a
 * column in the first person from its start, and a report quoting people
 * who say "I" and "we", keep theirs (eighteenth session, precision:
 * kg_ev_comments_start in evvoice.c). */
static void test_readers_comments(void)
{
  NEED_DICT();
  static const char report[] =
    "Border talks resume in Cairo\n\n"
    "Egypt condemned Israel on Monday, officials said.\n\n"
    "The talks were held in Cairo on Sunday, the ministry said.\n\n"
    "\"We will go on talking,\" a spokesman told reporters.\n\n";
  static const char comments[] =
    "I think Chile criticised Peru far too late.\n\n"
    "We should all hope Jordan will praise Syria one day.\n\n"
    "Nobody reads these reports any more.\n\n"
    "You have to wonder why Chile criticised Peru at all.\n";
  char text[1024];
  snprintf(text, sizeof text, "%s%s", report, comments);
  kg_doc *d = kg_test_run(text, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  uint32_t c = kg_ev_comments_start(d);
  CU_ASSERT(c < d->nsents && c > 3);
  CU_ASSERT(c < d->nsents && strncmp(d->text + d->sents[c].start, "I think", 7) == 0);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Egypt", "Israel"));
  CU_ASSERT_PTR_NULL(find_event(d, "11", "Chile", "Peru"));
  CU_ASSERT_PTR_NULL(find_event(d, "05", "Jordan", NULL));
  kg_doc_free(d);
  /* two paragraphs in the writer's voice are no comments section */
  snprintf(text, sizeof text, "%s%s", report, "I think Chile criticised Peru far too late.\n\n"
           "We should all hope Jordan will praise Syria one day.\n\nNobody reads these reports any more.\n");
  d = kg_test_run(text, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_ev_comments_start(d), d->nsents);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Chile", "Peru"));
  kg_doc_free(d);
  /* a column: the writer speaks from the first paragraph on */
  snprintf(text, sizeof text, "%s%s", "Why the talks matter\n\nI was in Cairo when Egypt condemned Israel.\n\n"
           "The talks were held in Cairo on Sunday.\n\nThe talks go on.\n\n", comments);
  d = kg_test_run(text, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_ev_comments_start(d), d->nsents);
  CU_ASSERT_PTR_NOT_NULL(find_event(d, "11", "Chile", "Peru"));
  kg_doc_free(d);
}

/* A contract, a stake, a bid or a good sold as the object of a cooperative
 * act is the business of firms, clubs and players, no act; a state named as
 * a side keeps it, a state named as the place does not (eighteenth session,
 * precision: kg_ev_commerce in evcommerce.c). */
static void test_commerce_objects(void)
{
  NEED_DICT();
  static const char *const awarded[] = {
    "Shell PROPN Shell 4 nsubj:pass B-ORG", "has AUX have 4 aux", "been AUX be 4 aux:pass", "awarded VERB award 0 root",
    "a DET a 7 det", "drilling NOUN drilling 7 compound", "contract NOUN contract 4 obj", "in ADP in 9 case",
    "Peru PROPN Peru 7 nmod", ". PUNCT . 4 punct" };
  TREE_EXPECT(awarded, "!03");
  static const char *const state[] = {
    "Peru PROPN Peru 2 nsubj", "awarded VERB award 0 root", "Shell PROPN Shell 2 iobj B-ORG", "a DET a 5 det",
    "contract NOUN contract 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(state, "03|Peru");
  static const char *const agreed[] = {
    "Henry PROPN Henry 2 nsubj B-PER", "agreed VERB agree 0 root", "a DET a 5 det", "new ADJ new 5 amod",
    "contract NOUN contract 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(agreed, "!03");
  static const char *const broadband[] = {
    "Telewest PROPN Telewest 2 nsubj B-ORG", "offered VERB offer 0 root", "cheap ADJ cheap 4 amod",
    "broadband NOUN broadband 2 obj", "to ADP to 6 case", "students NOUN student 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(broadband, "!03");
}

/* An intent to pay or buy with no state as a side is a purchase or a
 * purchase, no intent to cooperate (twenty-sixth session, precision:
 * kg_ev_commerce in evcommerce.c); a state that agrees to pay keeps it, and
 * so does a payment to settle charges. */
static void test_commerce_purchase(void)
{
  NEED_DICT();
  static const char *const firm[] = {
    "Acme Holdings agreed to pay dollars for the land.\n",
    "Henry Smith has agreed to buy a house.\n",
    "The retailer Acme Stores is offering to buy the properties.\n" };
  for (size_t k = 0; k < sizeof firm / sizeof *firm; k++) {
    kg_doc *d = run_text(firm[k], strlen(firm[k]), "purchase");
    CU_ASSERT(d && !find_event(d, "03", NULL, NULL));
    kg_doc_free(d);
  }
  const char *state = "Peru has agreed to pay more for natural gas.\n";
  kg_doc *d = run_text(state, strlen(state), "purchase");
  CU_ASSERT(d && find_event(d, "03", "Peru", NULL));
  kg_doc_free(d);
  const char *coop = "Acme Holdings agreed to cooperate with Peru.\n";
  d = run_text(coop, strlen(coop), "purchase");
  CU_ASSERT(d && find_event(d, "03", NULL, NULL));
  kg_doc_free(d);
  const char *settle = "Acme Holdings agreed to pay dollars to settle the charges.\n";
  d = run_text(settle, strlen(settle), "purchase");
  CU_ASSERT(d && find_event(d, "03", NULL, NULL));   /* a settlement stays */
  kg_doc_free(d);
}

/* A plain retreat (0874) of bids, money or a contract is a market's or a
 * firm's move, no military retreat; a retreat from a place stays
 * (twentieth session, precision: retreat_of_things in evparty.c). */
static void test_retreat_of_things(void)
{
  NEED_DICT();
  static const char *const bids[] = {
    "Peru PROPN Peru 2 nsubj", "withdrew VERB withdraw 0 root", "its PRON its 4 nmod:poss", "bids NOUN bid 2 obj",
    "to PART to 6 mark", "buy VERB buy 4 acl", "dollars NOUN dollar 6 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(bids, "!087");
  static const char *const contract[] = {
    "Shell PROPN Shell 2 nsubj B-ORG", "pulled VERB pull 0 root", "out ADP out 2 compound:prt", "of ADP of 6 case",
    "a DET a 6 det", "contract NOUN contract 2 obl", "in ADP in 8 case", "Peru PROPN Peru 6 nmod",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(contract, "!087");
  static const char *const place[] = {
    "Peru PROPN Peru 2 nsubj", "withdrew VERB withdraw 0 root", "from ADP from 4 case", "Chile PROPN Chile 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(place, "087|Peru");
}

/* An act told in the future inside what another believes is no event; one
 * said to come, or believed by the one to act, is an intent (twentieth
 * session, precision: kg_ev_believed_future in evbelief.c). */
static void test_believed_future(void)
{
  NEED_DICT();
  static const char *const believed[] = {
    "Maria PROPN Maria 2 nsubj B-PER", "believed VERB believe 0 root", "Peru PROPN Peru 5 nsubj",
    "would AUX would 5 aux", "meet VERB meet 2 ccomp", "Chile PROPN Chile 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(believed, "!03|Peru", "!04|Peru");
  static const char *const said[] = {
    "Maria PROPN Maria 2 nsubj B-PER", "said VERB say 0 root", "Peru PROPN Peru 5 nsubj",
    "would AUX would 5 aux", "meet VERB meet 2 ccomp", "Chile PROPN Chile 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(said, "03|Peru");
  static const char *const own[] = {
    "Peru PROPN Peru 2 nsubj", "believes VERB believe 0 root", "Peru PROPN Peru 5 nsubj",
    "will AUX will 5 aux", "meet VERB meet 2 ccomp", "Chile PROPN Chile 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(own, "03|Peru");
}

/* An act inside an "if" or "unless" clause whose doer names no one is
 * supposed, no event; one of a named actor stays (hedged), and so does one
 * in a clause of time told inside the condition (twenty-first session,
 * precision: kg_ev_in_condition in evcond.c). */
static void test_in_condition(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("If someone accuses Chile, Bolivia will protest.");
  CU_ASSERT(d && !find_event(d, "112", NULL, NULL) && find_event(d, "13", "Bolivia", NULL));
  kg_doc_free(d);
  d = run_dated("Bolivia protested unless a delegation accused Chile.");
  CU_ASSERT(d && !find_event(d, "112", NULL, NULL));
  kg_doc_free(d);
  /* (a condition on a named actor stays its hedged act) */
  d = run_dated("If Peru accuses Chile, Bolivia will protest.");
  const kg_event *e = d ? find_event(d, "112", "Peru", "Chile") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  /* (a time clause inside the condition: the accusation was made) */
  d = run_dated("Bolivia will protest if anyone acts after Peru accused Chile.");
  CU_ASSERT(d && find_event(d, "112", "Peru", "Chile"));
  kg_doc_free(d);
}

/* A fact acknowledged in a clause claims no responsibility (015); the
 * responsibility acknowledged stays (twenty-first session, precision:
 * kg_ev_fact_acknowledged in evdeny.c). */
static void test_fact_acknowledged(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Peru acknowledged that Chile had closed the border.");
  CU_ASSERT(d && !find_event(d, "015", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru acknowledged responsibility for the attack on Chile.");
  CU_ASSERT(d && find_event(d, "015", "Peru", NULL));
  kg_doc_free(d);
}

/* "The mayor", "the chancellor" (a title that is no description noun) is the
 * person named with that title before, right by the name; no one else
 * (twenty-first session, precision: titled_only in coref.c). */
static void test_titled_description(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Mayor Maria Lopez of Lima spoke on Monday. The mayor accused Chile of spying.");
  CU_ASSERT(d && find_event(d, "112", "Maria Lopez", "Chile"));
  kg_doc_free(d);
  /* (no one named as mayor: no agent; not the one named in passing) */
  d = run_dated("Maria Lopez spoke on Monday. The mayor accused Chile of spying.");
  CU_ASSERT(d && find_event(d, "112", NULL, "Chile") && !find_event(d, "112", "Maria Lopez", NULL));
  kg_doc_free(d);
  /* (the words before a name are no title when they are another's: "The
   * mayor accused Maria Lopez" does not make her the mayor) */
  d = run_dated("The mayor accused Maria Lopez of spying. The mayor accused Chile of lying.");
  CU_ASSERT(d && find_event(d, "112", NULL, "Chile") && !find_event(d, "112", "Maria Lopez", "Chile"));
  kg_doc_free(d);
}

/* A player or a score "ruled out" is kept out of play, no proposal
 * rejected (120); a state ruling out talks stays (twentieth session,
 * precision: kg_ev_ruled_out_player in evsport.c). */
static void test_ruled_out_player(void)
{
  NEED_DICT();
  static const char *const player[] = {
    "Gordon PROPN Gordon 5 nsubj:pass B-PER", "Smith PROPN Smith 1 flat I-PER", "has AUX have 5 aux",
    "been AUX be 5 aux:pass", "ruled VERB rule 0 root", "out ADP out 5 compound:prt", "of ADP of 9 case",
    "the DET the 9 det", "match NOUN match 5 obl", ". PUNCT . 5 punct" };
  TREE_EXPECT(player, "!12");
  static const char *const try_[] = {
    "The DET the 2 det", "try NOUN try 4 nsubj:pass", "was AUX be 4 aux:pass", "ruled VERB rule 0 root",
    "out ADP out 4 compound:prt", "for ADP for 7 case", "offside NOUN offside 4 obl", ". PUNCT . 4 punct" };
  TREE_EXPECT(try_, "!12");
  static const char *const talks[] = {
    "Peru PROPN Peru 3 nsubj", "has AUX have 3 aux", "ruled VERB rule 0 root", "out ADP out 3 compound:prt",
    "talks NOUN talk 3 obj", "with ADP with 7 case", "Chile PROPN Chile 5 nmod", ". PUNCT . 3 punct" };
  TREE_EXPECT(talks, "12|Peru");
}

/* A trigger whose object, oblique phrase or passive subject is a thing
 * played in a game ("blasted a shot", "killing the ball") tells a move of
 * play; a state blasted stays a criticism (twenty-second session,
 * precision: kg_ev_game_play in evsport.c). */
static void test_game_play(void)
{
  NEED_DICT();
  static const char *const shot[] = {
    "Peru PROPN Peru 2 nsubj", "blasted VERB blast 0 root", "a DET a 4 det", "shot NOUN shot 2 obj",
    "past ADP past 6 case", "Chile PROPN Chile 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(shot, "!11");
  static const char *const critic[] = {
    "Peru PROPN Peru 2 nsubj", "blasted VERB blast 0 root", "Chile PROPN Chile 2 obj",
    "over ADP over 5 case", "tariffs NOUN tariff 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(critic, "11|Peru|Chile");
  static const char *const ban[] = {
    "Peru PROPN Peru 2 nsubj", "blocked VERB block 0 root", "Chile PROPN Chile 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(ban, "17|Peru|Chile");
}

/* A meeting told as a game or a race is no meeting: a contest stage on it,
 * a score in its sentence, a race run at it (twenty-third session,
 * precision: kg_ev_game_meeting in evsport.c). */
static void test_game_meeting(void)
{
  NEED_DICT();
  static const char *const round[] = {
    "Peru PROPN Peru 3 nsubj", "will AUX will 3 aux", "meet VERB meet 0 root", "Chile PROPN Chile 3 obj",
    "in ADP in 8 case", "the DET the 8 det", "second ADJ second 8 amod", "round NOUN round 3 obl",
    ". PUNCT . 3 punct" };
  TREE_EXPECT(round, "!03", "!04");
  static const char *const score[] = {
    "Peru PROPN Peru 2 nsubj", "won VERB win 0 root", "6-3 NUM 6-3 2 obj", "to PART to 5 mark",
    "earn VERB earn 2 advcl", "a DET a 7 det", "meeting NOUN meeting 5 obj", "with ADP with 9 case",
    "Chile PROPN Chile 7 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(score, "!04");
  static const char *const race[] = {
    "Peru PROPN Peru 2 nsubj", "won VERB win 0 root", "the DET the 4 det", "60m NOUN 60m 2 obj",
    "at ADP at 8 case", "the DET the 8 det", "Lima PROPN Lima 8 compound", "meeting NOUN meeting 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(race, "!04");
  static const char *const talks[] = {
    "Peru PROPN Peru 3 nsubj", "will AUX will 3 aux", "meet VERB meet 0 root", "Chile PROPN Chile 3 obj",
    "in ADP in 6 case", "Lima PROPN Lima 3 obl", "next ADJ next 8 amod", "week NOUN week 3 obl:tmod",
    ". PUNCT . 3 punct" };
  TREE_EXPECT(talks, "036|Peru|Chile");
  static const char *const stage[] = {
    "Peru PROPN Peru 2 nsubj", "met VERB meet 0 root", "Chile PROPN Chile 2 obj", "in ADP in 7 case",
    "the DET the 7 det", "second ADJ second 7 amod", "round NOUN round 2 obl", "of ADP of 9 case",
    "talks NOUN talk 7 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(stage, "04|Peru|Chile");
}

/* A visit in a sentence naming a contest or a score is a team's trip or a
 * fixture, no visit (twenty-fifth session, precision: game_trip in
 * evsport.c); a trip for talks stays a visit. */
static void test_game_trip(void)
{
  NEED_DICT();
  static const char *const cup[] = {
    "Peru PROPN Peru 2 nsubj", "travelled VERB travel 0 root", "to ADP to 4 case", "Chile PROPN Chile 2 obl",
    "for ADP for 8 case", "the DET the 8 det", "cup NOUN cup 8 compound", "final NOUN final 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(cup, "!042");
  static const char *const score[] = {
    "Peru PROPN Peru 2 nsubj", "beat VERB beat 0 root", "Bolivia PROPN Bolivia 2 obj", "3-1 NUM 3-1 2 obj",
    "before SCONJ before 6 mark", "travelling VERB travel 2 advcl", "to ADP to 8 case", "Chile PROPN Chile 6 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(score, "!042");
  static const char *const talks[] = {
    "Peru PROPN Peru 2 nsubj", "travelled VERB travel 0 root", "to ADP to 4 case", "Chile PROPN Chile 2 obl",
    "for ADP for 6 case", "talks NOUN talk 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(talks, "042|Peru|Chile");
}

/* Force (19x) or an ousting (174) told in a sentence naming a game or with
 * a score is play, no act (twenty-seventh session, precision: game_fight
 * in evsport.c); one person found dead is a death reported, no use of
 * force (found_dead_one in evparty.c).  Attacks on a state, bodies found
 * and an envoy ousted stay. */
static void test_game_fight_found_dead(void)
{
  NEED_DICT();
  static const struct { const char *line, *code, *agent, *target; int want; } cases[] = {
    { "Peru launched a series of attacks as the match entered its final minutes, but Chile held on to win 2-1.",
      "19", NULL, NULL, 0 },
    { "Spain ousted Italy 6-3 6-4 in the semi-final.", "174", NULL, NULL, 0 },
    { "Peruvian actor Hernando Quispe has been found dead at his home in Lima.", "19", NULL, NULL, 0 },
    { "Peru launched a series of attacks on Chile.", "190", "Peru", "Chile", 1 },
    { "Chilean troops found the bodies of ten Peruvian soldiers dead near the border.", "190", "Chile", "Peru", 1 },
    { "Bolivia ousted its ambassador to Peru.", "174", "Bolivia", "Peru", 1 },
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    kg_doc *d = run_para(cases[k].line);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const kg_event *e = find_event(d, cases[k].code, cases[k].agent, cases[k].target);
    if (cases[k].want ? !e : e != NULL)
      fprintf(stderr, "\n  game/found dead: %s %s\n", cases[k].want ? "missing" : "unwanted", cases[k].line);
    CU_ASSERT(cases[k].want ? e != NULL : e == NULL);
    kg_doc_free(d);
  }
}

/* A pledge by one told in a relative clause ("X, who vowed to tackle
 * corruption") names its promiser through the clause's noun, so the
 * promiser's own later "she" is no one it is made to (twenty-seventh
 * session, precision: pledge_to_no_one in evfilter.c); a pledge about
 * another state stays. */
static void test_pledge_own(void)
{
  NEED_DICT();
  kg_doc *d = run_para("Peruvian President Dina Boluarte, who vowed to tackle corruption when she came to office, "
                       "said the courts would be reformed.");
  CU_ASSERT(d && !find_event(d, "03", NULL, NULL));
  kg_doc_free(d);
  d = run_para("Peruvian President Dina Boluarte pledged to lift the ban on Chile's fishing boats.");
  CU_ASSERT(d && find_event(d, "035", "Dina Boluarte", "Chile"));
  kg_doc_free(d);
}

/* An act noun in the of/for phrase of a noun of money (kgd:budgetNoun), or
 * the object of a gerund there, names what the money is for, no act
 * (twenty-seventh session, precision: budget_item in evnoact.c); the act
 * told by a verb stays. */
static void test_budget_item(void)
{
  NEED_DICT();
  static const struct { const char *line; int want; } cases[] = {
    { "The Peruvian budget does not include the cost of running military operations in Chile.", 0 },
    { "The cost of Peruvian military operations in Chile still needs to be factored in.", 0 },
    { "Peru launched military operations in Chile.", 1 },
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    kg_doc *d = run_para(cases[k].line);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const kg_event *e = find_event(d, "19", NULL, NULL);
    if (cases[k].want ? !e : e != NULL)
      fprintf(stderr, "\n  budget item: %s %s\n", cases[k].want ? "missing" : "unwanted", cases[k].line);
    CU_ASSERT(cases[k].want ? e != NULL : e == NULL);
    kg_doc_free(d);
  }
  CU_ASSERT(kg_dict_lex2(kg_test_dict(), "cost") & KG_LEX2_BUDGET);
  CU_ASSERT(!(kg_dict_lex2(kg_test_dict(), "operation") & KG_LEX2_BUDGET));
}

/* The act a wish (kgd:wishVerb) hopes another will do, or hopes to see, is
 * no act (twenty-seventh session, precision: wished_act in evnoact.c); the
 * wisher's own act stays Hedged, and a verb joined to the wish ("did not
 * want a conflict but would not tolerate attacks") is no wished act. */
static void test_wished_act(void)
{
  NEED_DICT();
  static const struct { const char *line, *code, *agent; int want; } cases[] = {
    { "Chile wants Peru to close its border with Bolivia.", "17", NULL, 0 },
    { "We need the Peruvian government to set up an inquiry.", "09", NULL, 0 },
    { "Peru wants to see a phased withdrawal of Chilean troops.", "087", NULL, 0 },
    { "Chile wants to close its border with Bolivia.", "172", "Chile", 1 },
    { "Chile did not want a conflict with Peru but would not tolerate attacks on its people.", "080", "Chile", 1 },
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    kg_doc *d = run_para(cases[k].line);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    const kg_event *e = find_event(d, cases[k].code, cases[k].agent, NULL);
    if (cases[k].want ? !e : e != NULL)
      fprintf(stderr, "\n  wished act: %s %s\n", cases[k].want ? "missing" : "unwanted", cases[k].line);
    CU_ASSERT(cases[k].want ? e != NULL : e == NULL);
    kg_doc_free(d);
  }
  CU_ASSERT(kg_dict_lex2(kg_test_dict(), "want") & KG_LEX2_WISH);
}

/* An act under an obligation that no speaker of the sentence demands is a
 * duty or advice, no act (twenty-fourth session, precision:
 * kg_ev_untold_obligation in evmodal.c); one a speaker demands stays a
 * demand (10), and an act with no obligation stays. */
static void test_untold_obligation(void)
{
  NEED_DICT();
  static const char *const apologise[] = {
    "Chile PROPN Chile 3 nsubj", "should AUX should 3 aux", "apologise VERB apologise 0 root",
    "to ADP to 5 case", "Peru PROPN Peru 3 obl", ". PUNCT . 3 punct" };
  TREE_EXPECT(apologise, "!05", "!10");
  static const char *const punish[] = {
    "Peru PROPN Peru 3 nsubj", "must AUX must 3 aux", "punish VERB punish 0 root", "Chile PROPN Chile 3 obj",
    ". PUNCT . 3 punct" };
  TREE_EXPECT(punish, "!17");
  static const char *const demand[] = {
    "Peru PROPN Peru 2 nsubj", "said VERB say 0 root", "Chile PROPN Chile 5 nsubj", "must AUX must 5 aux",
    "return VERB return 2 ccomp", "the DET the 7 det", "helicopter NOUN helicopter 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(demand, "1053|Peru|Chile");
  static const char *const done[] = {
    "Chile PROPN Chile 2 nsubj", "apologised VERB apologise 0 root", "to ADP to 4 case", "Peru PROPN Peru 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(done, "055|Chile|Peru");
}

/* A claim rejected with a clause telling what is claimed is denied (016),
 * not a proposal refused (120); a suggestion to do something rejected stays
 * a refusal (eighteenth session, precision: kg_ev_denied_claim in evdeny.c). */
static void test_denied_claims(void)
{
  NEED_DICT();
  static const char *const speculation[] = {
    "Peru PROPN Peru 2 nsubj", "rejected VERB reject 0 root", "speculation NOUN speculation 2 obj",
    "that SCONJ that 6 mark", "Chile PROPN Chile 6 nsubj", "lied VERB lie 3 acl", ". PUNCT . 2 punct" };
  TREE_EXPECT(speculation, "016|Peru", "!12");
  static const char *const talks[] = {
    "Peru PROPN Peru 2 nsubj", "rejected VERB reject 0 root", "a DET a 4 det", "suggestion NOUN suggestion 2 obj",
    "to PART to 6 mark", "hold VERB hold 4 acl", "talks NOUN talk 6 obj", "with ADP with 9 case",
    "Chile PROPN Chile 6 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(talks, "!016");
}

/* A ruling, decision or ban overturned is neither CAMEO.2.0's refusal to
 * yield (124) nor damage to property (171); cars overturned stay 171
 * (seventeenth session, precision: overturned_decision in evparty.c). */
static void test_overturned_rulings(void)
{
  NEED_DICT();
  static const char *const ruling[] = {
    "Chile PROPN Chile 2 nsubj", "overturned VERB overturn 0 root", "the DET the 4 det", "ruling NOUN ruling 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(ruling, "!12", "!17");
  static const char *const ban[] = {
    "The DET the 2 det", "ban NOUN ban 4 nsubj:pass", "was AUX be 4 aux:pass", "overturned VERB overturn 0 root",
    "by ADP by 6 case", "Chile PROPN Chile 4 obl:agent", ". PUNCT . 4 punct" };
  TREE_EXPECT(ban, "!12", "!17");
  kg_doc *d = run_dated("Chilean protesters overturned two police cars in Santiago.");
  CU_ASSERT_PTR_NOT_NULL(d ? find_event(d, "171", "Chile", NULL) : NULL);
  kg_doc_free(d);
  d = run_dated("A Chilean court overturned the ban on Monday.");
  CU_ASSERT_PTR_NULL(d ? find_event(d, "12", NULL, NULL) : NULL);
  kg_doc_free(d);
}

/* What "no evidence" has a that-clause tell is Negated; a word of an
 * actor's name before an active verb is no object of its patterns
 * (sixteenth session, precision: unfounded_clause in evfact.c,
 * window_cands in evmatch.c). */
static void test_unfounded_and_names(void)
{
  NEED_DICT();
  static const char *const unfounded[] = {
    "There PRON there 2 expl", "was VERB be 0 root", "no DET no 4 det", "evidence NOUN evidence 2 nsubj",
    "that SCONJ that 7 mark", "Peru PROPN Peru 7 nsubj", "attacked VERB attack 4 acl", "Chile PROPN Chile 7 obj",
    ". PUNCT . 2 punct" };
  kg_doc *d = tree_doc(unfounded, 9);
  const kg_event *e = d ? find_event(d, "19", "Peru", "Chile") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  static const char *const founded[] = {
    "There PRON there 2 expl", "was VERB be 0 root", "clear ADJ clear 4 amod", "evidence NOUN evidence 2 nsubj",
    "that SCONJ that 7 mark", "Peru PROPN Peru 7 nsubj", "attacked VERB attack 4 acl", "Chile PROPN Chile 7 obj",
    ". PUNCT . 2 punct" };
  d = tree_doc(founded, 9);
  e = d ? find_event(d, "19", "Peru", "Chile") : NULL;
  CU_ASSERT(e && e->factuality != KG_FACT_NEGATED);
  kg_doc_free(d);
  d = kg_test_run("Strong growth prompted the Federal Reserve to increase interest rates again.", NULL);
  CU_ASSERT(d && !has_code(d, "154"));
  kg_doc_free(d);
  d = kg_test_run("The Bolivian government increased its army on the border with Chile.", NULL);
  CU_ASSERT(d && has_code(d, "154"));
  kg_doc_free(d);
}

/* "Sanction" an act is to authorise it; sanctions are laid on an actor
 * (fourteenth session, precision: kg_ev_wrong_sense). */
static void test_sanctioned_acts(void)
{
  NEED_DICT();
  static const char *const act[] = {
    "Chile PROPN Chile 2 nsubj", "sanctioned VERB sanction 0 root", "the DET the 4 det", "use NOUN use 2 obj",
    "of ADP of 6 case", "force NOUN force 4 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(act, "!16");
  static const char *const state[] = {
    "Chile PROPN Chile 2 nsubj", "sanctioned VERB sanction 0 root", "Peru PROPN Peru 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(state, "16|Chile|Peru");
}

/* Trading, importing or investing with no actor named beside the subject is
 * a market's doing, no economic cooperation (fourteenth session, precision:
 * kg_ev_wrong_sense). */
static void test_market_senses(void)
{
  NEED_DICT();
  static const char *const oil[] = {
    "Chile PROPN Chile 2 nsubj", "imports VERB import 0 root", "most ADJ most 2 obj", "of ADP of 6 case",
    "its PRON its 6 nmod:poss", "oil NOUN oil 3 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(oil, "!06");
  static const char *const peso[] = {
    "Chile PROPN Chile 2 nsubj", "traded VERB trade 0 root", "higher ADV higher 2 advmod", "on ADP on 5 case",
    "Monday PROPN Monday 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(peso, "!06");
  static const char *const copper[] = {
    "Chile PROPN Chile 2 nsubj", "imports VERB import 0 root", "copper NOUN copper 2 obj", "from ADP from 5 case",
    "Peru PROPN Peru 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(copper, "061|Chile|Peru");
}

/* Senses of ordinary (BBC-like) news that are no act (twelfth session): an
 * offer or commitment to no one (kgd:offerVerb), a present participle that
 * names a kind of thing, meeting no one, conceding a fact or a penalty, a
 * talk (not talks). */
static void test_wrong_senses_4(void)
{
  NEED_DICT();
  static const char *const camera[] = {
    "Nokia PROPN Nokia 2 nsubj B-ORG", "offers VERB offer 0 root", "a DET a 4 det", "camera NOUN camera 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(camera, "!03");
  static const char *const navy[] = {
    "Chile PROPN Chile 2 nsubj", "offered VERB offer 0 root", "Peru PROPN Peru 2 iobj", "the DET the 5 det",
    "help NOUN help 2 obj", "of ADP of 8 case", "its PRON its 8 nmod:poss", "navy NOUN navy 5 nmod",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(navy, "03|Chile|Peru");
  static const char *const contract[] = {
    "Peru PROPN Peru 3 nsubj:pass", "was AUX be 3 aux:pass", "offered VERB offer 0 root", "a DET a 6 det",
    "new ADJ new 6 amod", "contract NOUN contract 3 obj", ". PUNCT . 3 punct" };
  TREE_EXPECT(contract, "!03");
  static const char *const freeze[] = {
    "Chile PROPN Chile 2 nsubj", "offered VERB offer 0 root", "to PART to 4 mark", "freeze VERB freeze 2 xcomp",
    "the DET the 6 det", "debts NOUN debt 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(freeze, "03|Chile");
  static const char *const offices[] = {
    "Chile PROPN Chile 2 nsubj", "offered VERB offer 0 root", "its PRON its 5 nmod:poss", "good ADJ good 5 amod",
    "offices NOUN office 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(offices, "03|Chile");
  static const char *const fraud[] = {
    "Oxfam PROPN Oxfam 2 nsubj B-ORG", "committed VERB commit 0 root", "fraud NOUN fraud 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(fraud, "!03");
  static const char *const course[] = {
    "Chile PROPN Chile 3 nsubj", "is AUX be 3 cop", "committed ADJ committed 0 root", "to SCONJ to 5 mark",
    "opening VERB open 3 advcl", "up ADP up 5 compound:prt", "its PRON its 8 nmod:poss", "economy NOUN economy 5 obj",
    ". PUNCT . 3 punct" };
  TREE_EXPECT(course, "03|Chile");
  static const char *const project[] = {
    "Chile PROPN Chile 3 nsubj", "is AUX be 3 cop", "committed ADJ committed 0 root", "to ADP to 6 case",
    "the DET the 6 det", "project NOUN project 3 obl", ". PUNCT . 3 punct" };
  TREE_EXPECT(project, "!03");
  static const char *const champion[] = {
    "Chile PROPN Chile 2 nsubj", "praised VERB praise 0 root", "the DET the 5 det",
    "defending VERB defend 5 amod", "champion NOUN champion 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(champion, "051|Chile", "!052");
  static const char *const actor[] = {
    "Peru PROPN Peru 2 nsubj", "named VERB name 0 root", "the DET the 6 det", "best ADJ good 6 amod",
    "supporting VERB support 6 amod", "actor NOUN actor 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(actor, "!05");
  static const char *const cross[] = {
    "Chile PROPN Chile 2 nsubj", "met VERB meet 0 root", "Peru PROPN Peru 5 nmod:poss", "'s PART 's 3 case",
    "cross NOUN cross 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(cross, "!04");
  static const char *const delegation[] = {
    "Chile PROPN Chile 2 nsubj", "met VERB meet 0 root", "the DET the 5 det", "Peruvian ADJ Peruvian 5 amod",
    "delegation NOUN delegation 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(delegation, "04|Chile");
  static const char *const right[] = {
    "Chile PROPN Chile 2 nsubj", "conceded VERB concede 0 root", "that SCONJ that 6 mark", "Peru PROPN Peru 6 nsubj",
    "was AUX be 6 cop", "right ADJ right 2 ccomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(right, "!08");
  static const char *const penalty[] = {
    "Chile PROPN Chile 2 nsubj", "conceded VERB concede 0 root", "a DET a 4 det", "penalty NOUN penalty 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(penalty, "!08");
  static const char *const defeat[] = {
    "Chile PROPN Chile 2 nsubj", "conceded VERB concede 0 root", "defeat NOUN defeat 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(defeat, "08|Chile");
  static const char *const talk[] = {
    "Chile PROPN Chile 2 nsubj", "had VERB have 0 root", "a DET a 4 det", "talk NOUN talk 2 obj",
    "with ADP with 6 case", "Peru PROPN Peru 4 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(talk, "!04");
  static const char *const talks[] = {
    "Chile PROPN Chile 2 nsubj", "had VERB have 0 root", "talks NOUN talk 2 obj",
    "with ADP with 5 case", "Peru PROPN Peru 3 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(talks, "04|Chile|Peru");
  static const char *const why[] = {
    "Why ADV why 2 advmod", "wait VERB wait 5 ccomp", "? PUNCT ? 2 punct", "Chile PROPN Chile 5 nsubj",
    "asked VERB ask 0 root", "Peru PROPN Peru 5 obj", ". PUNCT . 5 punct" };
  TREE_EXPECT(why, "!02");
  static const char *const joined[] = {
    "Chile PROPN Chile 2 nsubj", "joined VERB join 0 root", "calls NOUN call 2 obj", "for ADP for 5 case",
    "talks NOUN talk 3 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(joined, "02|Chile", "!041");
  static const char *const resisted[] = {
    "Chile PROPN Chile 2 nsubj", "resisted VERB resist 0 root", "calls NOUN call 2 obj", "for ADP for 5 case",
    "talks NOUN talk 3 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(resisted, "!02|Chile", "!041");
  static const char *const callup[] = {
    "Peru PROPN Peru 2 nsubj", "deserves VERB deserve 0 root", "a DET a 4 det", "call NOUN call 2 obj",
    "up ADV up 4 advmod", "from ADP from 7 case", "Chile PROPN Chile 4 nmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(callup, "!04");
  static const char *const replacement[] = {
    "Chile PROPN Chile 2 nsubj", "called VERB call 0 root", "up ADP up 2 compound:prt", "a DET a 5 det",
    "replacement NOUN replacement 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(replacement, "!15");
  static const char *const reservists[] = {
    "Chile PROPN Chile 2 nsubj", "called VERB call 0 root", "up ADP up 2 compound:prt", "its PRON its 5 nmod:poss",
    "reservists NOUN reservist 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(reservists, "15|Chile");
  static const char *const fraud2[] = {
    "Chile PROPN Chile 2 nsubj", "charged VERB charge 0 root", "Peru PROPN Peru 2 obj", "with ADP with 5 case",
    "fraud NOUN fraud 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(fraud2, "112|Chile|Peru");
  static const char *const users[] = {
    "Chile PROPN Chile 2 nsubj", "charged VERB charge 0 root", "users NOUN user 2 obj", "for ADP for 5 case",
    "access NOUN access 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(users, "!11");
  static const char *const lines[] = {
    "Chile PROPN Chile 2 nsubj", "charged VERB charge 0 root", "towards ADP towards 5 case", "the DET the 5 det",
    "lines NOUN line 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(lines, "!11");
  static const char *const finals[] = {
    "Chile PROPN Chile 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark", "reach VERB reach 2 xcomp",
    "the DET the 6 det", "finals NOUN final 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(finals, "!12");
  static const char *const trip[] = {
    "Chile PROPN Chile 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark", "return VERB return 2 xcomp",
    "after ADP after 7 case", "a DET a 7 det", "trip NOUN trip 4 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(trip, "!12");
  static const char *const demands[] = {
    "Chile PROPN Chile 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark", "respond VERB respond 2 xcomp",
    "to ADP to 7 case", "the DET the 7 det", "demands NOUN demand 4 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(demands, "12|Chile");
  static const char *const hostages[] = {
    "Chile PROPN Chile 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark", "return VERB return 2 xcomp",
    "the DET the 6 det", "hostages NOUN hostage 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(hostages, "12|Chile");
  static const char *const showed[] = {
    "Chile PROPN Chile 2 nsubj", "demonstrated VERB demonstrate 0 root", "a DET a 4 det", "phone NOUN phone 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(showed, "!14");
  static const char *const against[] = {
    "Peruvians PROPN Peruvian 2 nsubj", "demonstrated VERB demonstrate 0 root", "against ADP against 4 case",
    "Chile PROPN Chile 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(against, "14");
  static const char *const backs[] = {
    "Chile PROPN Chile 3 nsubj", "is AUX be 3 aux", "supporting VERB support 0 root", "Peru PROPN Peru 3 obj",
    ". PUNCT . 3 punct" };
  TREE_EXPECT(backs, "05|Chile|Peru");
}

/* Who undergoes an act told without its doer (evpatient.c): a person's
 * arrest, the subject of "faces accusations", the borrowed subject of a
 * subjectless passive clause are targets, never agents. */
static void test_patient_roles(void)
{
  NEED_DICT();
  static const char *const arrest[] = {
    "Emmanuel PROPN Emmanuel 4 nmod:poss", "Macron PROPN Macron 1 flat", "'s PART 's 1 case",
    "arrest NOUN arrest 5 nsubj", "shocked VERB shock 0 root", "Chile PROPN Chile 5 obj", ". PUNCT . 5 punct" };
  TREE_EXPECT(arrest, "173|-|Emmanuel Macron", "!173|Emmanuel Macron");
  kg_world *w = kg_test_world();          /* (parsed: the tagger's own tree) */
  static const char txt[] = "Title\n\nChile hit the headlines in October when it faced accusations of fraud.\n";
  kg_doc *d = w ? kg_doc_new(txt, sizeof txt - 1, "faces") : NULL;
  CU_ASSERT(d && kg_pipeline_run(w, d) == KG_OK);
  CU_ASSERT(d && find_event(d, "112", "-", "Chile") && !find_event(d, "112", "Chile", NULL));
  kg_doc_free(d);
  static const char txt2[] = "Title\n\nPeru was found liable for the damage.\n";   /* 116, not 173 */
  d = w ? kg_doc_new(txt2, sizeof txt2 - 1, "liable") : NULL;
  CU_ASSERT(d && kg_pipeline_run(w, d) == KG_OK);
  CU_ASSERT(d && find_event(d, "116", "-", "Peru") && !find_event(d, "17", NULL, NULL));
  kg_doc_free(d);
  static const char *const pleaded[] = {
    "Chile PROPN Chile 2 nsubj", "pleaded VERB plead 0 root", "guilty ADJ guilty 2 xcomp", "to ADP to 5 case",
    "charges NOUN charge 3 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(pleaded, "!112|Chile");
  static const char *const fined[] = {
    "Chile PROPN Chile 2 nsubj", "appealed VERB appeal 0 root", "after SCONJ after 5 mark",
    "being AUX be 5 aux:pass", "fined VERB fine 2 advcl", ". PUNCT . 2 punct" };
  TREE_EXPECT(fined, "17|-|Chile", "!17|Chile");
  static const char *const lifted[] = {
    "Chile PROPN Chile 2 nsubj", "called VERB call 0 root", "for ADP for 5 case", "the DET the 5 det",
    "embargo NOUN embargo 2 obl", "to PART to 8 mark", "be AUX be 8 aux:pass", "lifted VERB lift 2 advcl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(lifted, "!08|Chile", "!08|*|Chile");
}

/* Senses of ordinary (BBC-like) news that are no act: dangers ("the threat
 * of inflation", "a dispute that threatened the economy"), market demand,
 * things met, accord with a view, a power held. */
static void test_wrong_senses_3(void)
{
  NEED_DICT();
  kg_doc *d;
  static const char *const danger[] = {
    "The DET the 2 det", "threat NOUN threat 5 nsubj", "of ADP of 4 case", "inflation NOUN inflation 2 nmod",
    "worried VERB worry 0 root", "Kenya PROPN Kenya 5 obj", ". PUNCT . 5 punct" };
  d = tree_doc(danger, 7);
  CU_ASSERT(d && !has_code(d, "13"));
  kg_doc_free(d);
  static const char *const made[] = {
    "Iran PROPN Iran 2 nsubj", "repeated VERB repeat 0 root", "its PRON its 4 nmod:poss",
    "threat NOUN threat 2 obj", "of ADP of 6 case", "sanctions NOUN sanction 4 nmod", ". PUNCT . 2 punct" };
  d = tree_doc(made, 7);
  CU_ASSERT(d && has_code(d, "13"));
  kg_doc_free(d);
  static const char *const endanger[] = {
    "The DET the 2 det", "row NOUN row 3 nsubj", "threatened VERB threaten 0 root", "the DET the 6 det",
    "Kenyan ADJ Kenyan 6 amod", "economy NOUN economy 3 obj", ". PUNCT . 3 punct" };
  d = tree_doc(endanger, 7);
  CU_ASSERT(d && !has_code(d, "13"));
  kg_doc_free(d);
  static const char *const relcl[] = {
    "Peru PROPN Peru 2 nsubj", "faced VERB face 0 root", "a DET a 4 det", "dispute NOUN dispute 2 obj",
    "that PRON that 6 nsubj", "threatened VERB threaten 4 acl:relcl", "its PRON its 8 nmod:poss",
    "farms NOUN farm 6 obj", ". PUNCT . 2 punct" };
  d = tree_doc(relcl, 9);
  CU_ASSERT(d && !has_code(d, "13"));
  kg_doc_free(d);
  static const char *const russia[] = {
    "Russia PROPN Russia 2 nsubj", "threatened VERB threaten 0 root", "Georgia PROPN Georgia 2 obj",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(russia, "13|Russia");
  static const char *const closure[] = {
    "The DET the 2 det", "mill NOUN mill 4 nsubj:pass", "was AUX be 4 aux:pass",
    "threatened VERB threaten 0 root", "with ADP with 6 case", "closure NOUN closure 4 obl",
    "in ADP in 8 case", "Chile PROPN Chile 4 obl", ". PUNCT . 4 punct" };
  d = tree_doc(closure, 9);
  CU_ASSERT(d && !has_code(d, "13"));
  kg_doc_free(d);
  static const char *const lenders[] = {
    "Its PRON its 2 nmod:poss", "lenders NOUN lender 3 nsubj", "threatened VERB threaten 0 root",
    "Chile PROPN Chile 3 obj", "with ADP with 6 case", "penalties NOUN penalty 3 obl", ". PUNCT . 3 punct" };
  d = tree_doc(lenders, 7);
  CU_ASSERT(d && has_code(d, "13"));
  kg_doc_free(d);
  static const char *const strike[] = {
    "A DET a 2 det", "strike NOUN strike 8 nsubj", "threatened VERB threaten 2 acl", "by ADP by 5 case",
    "Peru PROPN Peru 3 obl:agent", "has AUX have 8 aux", "been AUX be 8 cop", "postponed VERB postpone 0 root",
    ". PUNCT . 8 punct" };
  d = tree_doc(strike, 9);               /* a participle with its by-agent threatens */
  CU_ASSERT(d && has_code(d, "13"));
  kg_doc_free(d);
  /* market demand; a demand met is a thing, no meeting */
  static const char *const surge[] = {
    "Kenya PROPN Kenya 2 nsubj", "saw VERB see 0 root", "a DET a 4 det", "surge NOUN surge 2 obj",
    "in ADP in 6 case", "demand NOUN demand 4 nmod", ". PUNCT . 2 punct" };
  d = tree_doc(surge, 7);
  CU_ASSERT(d && !has_code(d, "10"));
  kg_doc_free(d);
  static const char *const growing[] = {
    "Peru PROPN Peru 2 nsubj", "met VERB meet 0 root", "the DET the 5 det", "growing ADJ growing 5 amod",
    "demand NOUN demand 2 obj", "for ADP for 7 case", "copper NOUN copper 5 nmod", ". PUNCT . 2 punct" };
  d = tree_doc(growing, 8);
  CU_ASSERT(d && !has_code(d, "10") && !has_code(d, "04"));
  kg_doc_free(d);
  static const char *const met[] = {
    "Peru PROPN Peru 2 nsubj", "met VERB meet 0 root", "Chile PROPN Chile 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(met, "04|Peru");
  /* accord with a view (019), not an intent to cooperate */
  static const char *const wrong[] = {
    "Britain PROPN Britain 2 nsubj", "agreed VERB agree 0 root", "that SCONJ that 7 mark", "the DET the 5 det",
    "tax NOUN tax 7 nsubj", "was AUX be 7 cop", "unfair ADJ unfair 2 ccomp", ". PUNCT . 2 punct" };
  d = tree_doc(wrong, 8);
  CU_ASSERT(d && !has_code(d, "03"));
  kg_doc_free(d);
  static const char *const resume[] = {
    "Britain PROPN Britain 2 nsubj", "agreed VERB agree 0 root", "that SCONJ that 6 mark",
    "talks NOUN talk 6 nsubj", "would AUX would 6 aux", "resume VERB resume 2 ccomp", ". PUNCT . 2 punct" };
  TREE_EXPECT(resume, "03|United Kingdom");
  static const char *const both[] = {
    "Chile PROPN Chile 4 nsubj", "and CCONJ and 3 cc", "Peru PROPN Peru 1 conj", "agreed VERB agree 0 root",
    "the DET the 7 det", "border NOUN border 7 compound", "talks NOUN talk 9 nsubj", "were AUX be 9 cop",
    "useful ADJ useful 4 ccomp", ". PUNCT . 4 punct" };
  d = tree_doc(both, 10);                /* each with the other: accord, 019 */
  CU_ASSERT(d && has_code(d, "019") && !has_code(d, "03"));
  kg_doc_free(d);
  static const char *const view[] = {
    "Britain PROPN Britain 2 nsubj", "agreed VERB agree 0 root", "with ADP with 6 case",
    "Chile PROPN Chile 6 nmod:poss", "'s PART 's 4 case", "assessment NOUN assessment 2 obl",
    ". PUNCT . 2 punct" };
  d = tree_doc(view, 7);
  CU_ASSERT(d && !has_code(d, "03") && find_event(d, "019", "United Kingdom", "Chile"));
  kg_doc_free(d);
  /* a power held is no act */
  static const char *const power[] = {
    "Britain PROPN Britain 2 nsubj", "has VERB have 0 root", "the DET the 4 det", "power NOUN power 2 obj",
    "to PART to 6 mark", "expel VERB expel 4 acl", "the DET the 8 det", "ambassador NOUN ambassador 6 obj",
    ". PUNCT . 2 punct" };
  d = tree_doc(power, 9);
  CU_ASSERT(d && !has_code(d, "16"));
  kg_doc_free(d);
  static const char *const expel[] = {
    "Britain PROPN Britain 2 nsubj", "expelled VERB expel 0 root", "the DET the 4 det",
    "ambassador NOUN ambassador 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(expel, "16|United Kingdom");
  /* a promise to no one is a domestic pledge, no intent to cooperate */
  static const char *const taxes[] = {
    "Britain PROPN Britain 2 nsubj", "pledged VERB pledge 0 root", "to PART to 4 mark", "cut VERB cut 2 xcomp",
    "income NOUN income 6 compound", "taxes NOUN tax 4 obj", ". PUNCT . 2 punct" };
  d = tree_doc(taxes, 7);
  CU_ASSERT(d && !has_code(d, "030"));
  kg_doc_free(d);
  static const char *const fully[] = {
    "Peru PROPN Peru 2 nsubj", "pledged VERB pledge 0 root", "to PART to 4 mark",
    "cooperate VERB cooperate 2 xcomp", "fully ADV fully 4 advmod", ". PUNCT . 2 punct" };
  TREE_EXPECT(fully, "031|Peru");   /* the promise codes what is promised */
  static const char *const chile[] = {
    "Peru PROPN Peru 2 nsubj", "promised VERB promise 0 root", "Chile PROPN Chile 2 iobj", "a DET a 5 det",
    "loan NOUN loan 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(chile, "03|Peru|Chile");
  /* the object of a verb of visiting before a purpose infinitive does
   * not act in it; the object of a request verb does */
  static const char *const purpose[] = {
    "Japan PROPN Japan 2 nsubj", "visited VERB visit 0 root", "China PROPN China 2 obj", "to PART to 5 mark",
    "criticise VERB criticise 2 advcl", "the DET the 7 det", "plan NOUN plan 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(purpose, "042|Japan|China", "11|Japan", "!11|China");
  static const char *const forced[] = {
    "Japan PROPN Japan 2 nsubj", "forced VERB force 0 root", "China PROPN China 2 obj", "to PART to 5 mark",
    "criticise VERB criticise 2 advcl", "the DET the 7 det", "plan NOUN plan 5 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(forced, "11|China");
  /* blaming a thing is no accusation; a retreat needs armed forces */
  static const char *const prices[] = {
    "Peru PROPN Peru 2 nsubj", "blamed VERB blame 0 root", "high ADJ high 5 amod", "fuel NOUN fuel 5 compound",
    "prices NOUN price 2 obj", "for ADP for 8 case", "the DET the 8 det", "losses NOUN loss 2 obl",
    ". PUNCT . 2 punct" };
  d = tree_doc(prices, 9);
  CU_ASSERT(d && !has_code(d, "112"));
  kg_doc_free(d);
  static const char *const blamed[] = {
    "Peru PROPN Peru 2 nsubj", "blamed VERB blame 0 root", "Chile PROPN Chile 2 obj", "for ADP for 6 case",
    "the DET the 6 det", "losses NOUN loss 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(blamed, "112|Peru|Chile");
  static const char *const injury[] = {
    "Peru PROPN Peru 3 nsubj", "'s PART 's 1 case", "captain NOUN captain 4 nsubj", "withdrew VERB withdraw 0 root",
    "with ADP with 7 case", "a DET a 7 det", "injury NOUN injury 4 obl", ". PUNCT . 4 punct" };
  d = tree_doc(injury, 8);
  CU_ASSERT(d && !has_code(d, "087"));
  kg_doc_free(d);
  static const char *const troops[] = {
    "Peru PROPN Peru 2 nsubj", "withdrew VERB withdraw 0 root", "its PRON its 4 nmod:poss",
    "troops NOUN troops 2 obj", "from ADP from 6 case", "Chile PROPN Chile 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(troops, "087|Peru");
  /* an attack on pledges or plans, with nothing violent around, is criticism */
  static const char *const pledges[] = {
    "Peru PROPN Peru 2 nsubj", "attacked VERB attack 0 root", "the DET the 5 det", "new ADJ new 5 amod",
    "pledges NOUN pledge 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(pledges, "111|Peru", "!19");
  static const char *const rebels[] = {
    "Peru PROPN Peru 2 nsubj", "attacked VERB attack 0 root", "the DET the 5 det", "rebel NOUN rebel 5 compound",
    "pledges NOUN pledge 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(rebels, "!111");
  /* failing to meet a target is no refusal; failing to meet a state is */
  static const char *const missed[] = {
    "Peru PROPN Peru 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark", "meet VERB meet 2 xcomp",
    "its PRON its 6 nmod:poss", "targets NOUN target 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(missed, "!12");
  static const char *const snub[] = {
    "Peru PROPN Peru 2 nsubj", "failed VERB fail 0 root", "to PART to 4 mark", "meet VERB meet 2 xcomp",
    "Chile PROPN Chile 4 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT(snub, "12|Peru");
}

/* The built-in cue words, cue verbs, request verbs and light verbs come
 * from ontology/lexicon.ttl, and a user dictionary extends them: a cue verb
 * it adds ("dare") hedges the event in its complement, asserted without it;
 * a cue word it adds ("scarcely") negates; the built-in ones stay. */
static void test_user_lexicon(void)
{
  NEED_DICT();
  const kg_dict *base = kg_test_dict();
  CU_ASSERT_EQUAL(kg_dict_lex(base, "urge"), KG_LEX_HEDGE_VERB | KG_LEX_REQUEST_VERB);
  CU_ASSERT_EQUAL(kg_dict_lex(base, "never"), KG_LEX_NEG_WORD);
  CU_ASSERT_EQUAL(kg_dict_lex(base, "rule out"), KG_LEX_NEG_VERB);
  CU_ASSERT_EQUAL(kg_dict_lex(base, "seek"), KG_LEX_HEDGE_VERB | KG_LEX_LIGHT_VERB);
  CU_ASSERT_EQUAL(kg_dict_lex(base, "vow"), KG_LEX_HEDGE_VERB | KG_LEX_OFFER_VERB);   /* commissive: built in */
  CU_ASSERT_EQUAL(kg_dict_lex(base, "dare"), 0);
  CU_ASSERT_EQUAL(kg_dict_lex(base, "Never"), 0);   /* lower case, as the callers give it */
  kg_dict *d = kg_test_dict_with("@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
                                 "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
                                 "kgo:Hedged kgd:cueVerb \"Dare\" .\n"
                                 "kgo:Negated kgd:cueWord \"scarcely\" .\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT_EQUAL(kg_dict_lex(d, "dare"), KG_LEX_HEDGE_VERB);
  CU_ASSERT_EQUAL(kg_dict_lex(d, "urge"), KG_LEX_HEDGE_VERB | KG_LEX_REQUEST_VERB);
  static const char *const text[] = { "Egypt dared to condemn Israel.", "Egypt scarcely condemned Israel." };
  static const int want[] = { KG_FACT_HEDGED, KG_FACT_NEGATED };
  for (int k = 0; k < 2; k++) {
    kg_doc *doc = run_with(base, text[k]);
    const kg_event *e = doc ? find_event(doc, "11", "Egypt", "Israel") : NULL;
    CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
    kg_doc_free(doc);
    doc = run_with(d, text[k]);
    e = doc ? find_event(doc, "11", "Egypt", "Israel") : NULL;
    CU_ASSERT(e && e->factuality == want[k]);
    kg_doc_free(doc);
  }
  kg_dict_free(d);
}

/* Held-out round seven (b): a place is labelled with the spelling news
 * writes (tools/gen_dictionaries.py: "Jeddah", not the gazetteer's "Jiddah";
 * "Putrajaya", not "W.P Putrajaya"); offers of coordinated subjects; "the
 * Taliban government" as the state the text says it governs; "responded
 * with air strikes by jets on X"; "the Gulf state"; "the two neighbours,
 * both members of Y". */
static void test_heldout_round_seven_b(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Saudi Arabia hosted talks between Chile and Peru in Jeddah on Monday.");
  const kg_event *e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Jeddah"));
  kg_doc_free(d);
  d = run_dated("Chile and Peru met in Putrajaya. Norway sent envoys to Milan and Marseille.");
  CU_ASSERT(d && kg_test_actor(d, "Putrajaya") >= 0 && kg_test_actor(d, "W.P Putrajaya") < 0);
  CU_ASSERT(d && kg_test_actor(d, "Milan") >= 0 && kg_test_actor(d, "Marseille") >= 0);
  kg_doc_free(d);
  /* an offer of coordinated subjects, the act offered, and mediation are
   * each subject's; a meeting or an agreement among them is not */
  d = run_dated("Norway and Oman, which mediated a truce between the rebels last year, offered to host "
                "new talks.");
  CU_ASSERT(d && find_event(d, "03", "Norway", "-") && find_event(d, "03", "Oman", "-"));
  CU_ASSERT(d && find_event(d, "043", "Norway", NULL) && find_event(d, "043", "Oman", NULL));
  CU_ASSERT(d && find_event(d, "045", "Norway", NULL) && find_event(d, "045", "Oman", NULL));
  kg_doc_free(d);
  d = run_dated("Chile and Peru agreed to resume talks. Chile and Peru met in Lima on Monday.");
  const kg_event *e2 = d ? find_event(d, "03", "-", "-") : NULL;
  CU_ASSERT(e2 && has_part(d, e2, "Chile") && has_part(d, e2, "Peru"));
  CU_ASSERT(d && !find_event(d, "03", "Chile", NULL) && !find_event(d, "04", "Chile", NULL));
  kg_doc_free(d);
  /* "the Houthi government's spokesman": the state the text says that
   * organisation governs, else the organisation */
  d = run_dated("Yemen's Houthi government condemned the strikes. Ali Qasim, the Houthi government's chief "
                "spokesman, said ten people died.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ali Qasim", "Yemen", 0));
  kg_doc_free(d);
  d = run_dated("Yemen condemned the strikes. Ali Qasim, the Houthi government's chief spokesman, said ten "
                "people died.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Ali Qasim", "Yemen", 0));
  kg_doc_free(d);
  /* a nominal attack's on-phrase past its by-phrase is the target; the
   * subject of the verb it is an oblique of, the agent */
  d = run_dated("Chile responded with air strikes by F-16 fighter jets on Peruvian positions near the border.");
  CU_ASSERT(d && find_event(d, "19", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile responded with attacks by drones against Peruvian bases.");
  CU_ASSERT(d && find_event(d, "19", "Chile", "Peru"));
  kg_doc_free(d);
  /* "The Gulf state": a region word before a state's description is no
   * place, but the salient state of the region */
  d = run_dated("Analysts say Qatar, a close ally of Turkey, could play a decisive role. The Gulf state has "
                "supplied Sudan with drones in the past.");
  CU_ASSERT(d && find_event(d, "07", "Qatar", "Sudan"));
  CU_ASSERT(d && kg_test_actor(d, "Gulf") < 0 && kg_test_actor(d, "The Gulf") < 0);
  kg_doc_free(d);
  /* "the two neighbours, both members of Y": the pair named before, else
   * the two states the story names most */
  d = run_dated("Chile and Peru agreed to a truce. Ties between the two neighbours, both members of the "
                "Organization of American States, worsened.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Chile", "Organization of American States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Organization of American States", 0));
  kg_doc_free(d);
  d = run_dated("Chile accused Peru of spying. Peru denied it, and Chile recalled its envoy. Brazil urged calm. "
                "Ties between the two neighbours, both members of the Organization of American States, worsened.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Chile", "Organization of American States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Organization of American States", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Brazil", "Organization of American States", 0));
  kg_doc_free(d);
}

/* kgd:prepRequired: a pattern that fits only where the verb has its
 * preposition.  The dictionary's "speak VERB prep=with" has it (speaking is
 * no meeting without "with"), and so does "call VERB prep=for" ("called it a
 * breakthrough on Monday" is no appeal); a user file sets it in either form,
 * and a pattern without it still fits a verb without its preposition. */
static void test_prep_required(void)
{
  NEED_DICT();
  const kg_dict *base = kg_test_dict();
  const kg_trigger *tr;
  size_t n = kg_dict_triggers(base, "speak", KG_UPOS_VERB, &tr), req = 0;
  for (size_t k = 0; k < n; k++)
    req += tr[k].prep && !strcmp(tr[k].prep, "with") && tr[k].prep_required;
  CU_ASSERT_EQUAL(req, 1);
  /* trees: the verb's own preposition; none; one after the predicate */
  static const char *const with[] = {
    "Egypt PROPN Egypt 2 nsubj", "spoke VERB speak 0 root", "with ADP with 4 case",
    "Israel PROPN Israel 2 obl", "on ADP on 6 case", "Monday PROPN Monday 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(with, "04|Egypt|Israel");
  static const char *const alone[] = {
    "Egypt PROPN Egypt 2 nsubj", "spoke VERB speak 0 root", "on ADP on 4 case",
    "Monday PROPN Monday 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(alone, "!04|*|*");
  static const char *const appeal[] = {
    "Egypt PROPN Egypt 2 nsubj", "called VERB call 0 root", "for ADP for 4 case",
    "talks NOUN talk 2 obl", ". PUNCT . 2 punct" };
  TREE_EXPECT(appeal, "02|Egypt|*");
  static const char *const naming[] = {
    "Egypt PROPN Egypt 2 nsubj", "called VERB call 0 root", "it PRON it 2 obj", "a DET a 5 det",
    "breakthrough NOUN breakthrough 2 obj", "on ADP on 7 case", "Monday PROPN Monday 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(naming, "!02|*|*");
  static const char *const naming2[] = {
    "Egypt PROPN Egypt 2 nsubj", "called VERB call 0 root", "it PRON it 2 obj", "a DET a 5 det",
    "breakthrough NOUN breakthrough 2 xcomp", "for ADP for 7 case", "peace NOUN peace 2 obl",
    ". PUNCT . 2 punct" };
  TREE_EXPECT(naming2, "!02|*|*");
  /* no tree: the preposition within the window */
  kg_doc *d = run_with(base, "Egypt spoke on Monday.");
  CU_ASSERT(d && !find_event(d, "04", "Egypt", NULL));
  kg_doc_free(d);
  kg_dict *u = kg_test_dict_with("@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
                                 "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
                                 "[] kgd:lemma \"chat\" ; kgd:pos \"VERB\" ; kgd:prep \"with\" ;"
                                 " kgd:prepRequired true ; kgd:code \"040\" .\n"
                                 "kgo:ConsultUnspecified kgd:pattern \"gossip VERB prep=with\", "
                                 "\"natter VERB prep=with prepRequired=true\" .\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(u);
  static const struct { const char *text; int want; } user_cases[] = {
    { "Egypt chatted with Israel.", 1 }, { "Egypt chatted.", 0 },
    { "Egypt nattered with Israel.", 1 }, { "Egypt nattered.", 0 },
    { "Egypt gossiped with Israel.", 1 }, { "Egypt gossiped.", 1 },
  };
  for (size_t k = 0; k < sizeof user_cases / sizeof *user_cases; k++) {
    kg_doc *du = run_with(u, user_cases[k].text);
    CU_ASSERT_PTR_NOT_NULL(du);
    if (du && (find_event(du, "040", "Egypt", NULL) != NULL) != user_cases[k].want)
      CU_FAIL(user_cases[k].text);
    kg_doc_free(du);
  }
  kg_dict_free(u);
}

/* The lexicon's word lists (ontology/lexicon.ttl) are read through
 * kg_dict_lex, and a user dictionary extends them: an honorific it adds
 * ("herr") names a person the dictionary lacks, as "Mr" does; a weapon
 * noun it adds ("drones") makes the name before it no actor, as
 * "missiles" does; an act noun it adds to a CAMEO class ("foray", Fight)
 * refers back to the doer of that class's latest event, as "attack" does; a
 * place noun it adds ("oasis") makes a demonym on it a place, as "city"
 * does; a building noun it adds ("bunker") makes a place's name before it
 * the building's, which places no event, as "palace" does; a site noun it
 * adds ("silo") makes "from its X silo" the event's place, as "site" does. */
static void test_user_word_lists(void)
{
  NEED_DICT();
  const kg_dict *base = kg_test_dict();
  CU_ASSERT(kg_dict_lex(base, "mr.") & KG_LEX_HONORIFIC);
  CU_ASSERT(kg_dict_lex(base, "sheikh") & KG_LEX_HONORIFIC);
  CU_ASSERT_FALSE(kg_dict_lex(base, "herr") & KG_LEX_HONORIFIC);
  kg_dict *d = kg_test_dict_with("@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
                                 "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
                                 "kgo:Person kgd:honorific \"Herr\" .\n"
                                 "kgo:Country kgd:honorific \"frau\" .\n"   /* not on a person: ignored */
                                 "kgd:Weapon kgd:weaponNoun \"drones\" .\n"
                                 "kgo:Fight kgd:actNoun \"foray\" .\n"
                                 "kgo:Place kgd:placeNoun \"oasis\" .\n"
                                 "kgo:Place kgd:buildingNoun \"bunker\" .\n"
                                 "kgo:Place kgd:siteNoun \"silo\" .\n");
  CU_ASSERT_PTR_NOT_NULL_FATAL(d);
  CU_ASSERT(kg_dict_lex(d, "herr") & KG_LEX_HONORIFIC);
  CU_ASSERT(kg_dict_lex(d, "mr") & KG_LEX_HONORIFIC);
  CU_ASSERT_FALSE(kg_dict_lex(d, "frau") & KG_LEX_HONORIFIC);
  kg_doc *doc = run_with(base, "Herr Zorblat condemned Egypt.");
  CU_ASSERT(doc && !find_event(doc, "11", "Zorblat", "Egypt"));
  kg_doc_free(doc);
  doc = run_with(d, "Herr Zorblat condemned Egypt.");
  CU_ASSERT(doc && find_event(doc, "11", "Zorblat", "Egypt"));
  kg_doc_free(doc);
  CU_ASSERT(kg_dict_lex(base, "missiles") & KG_LEX_WEAPON);
  CU_ASSERT(kg_dict_lex(base, "air defence") & KG_LEX_WEAPON);
  CU_ASSERT(kg_dict_lex(d, "drones") & KG_LEX_WEAPON);
  CU_ASSERT_FALSE(kg_dict_lex(base, "drones") & KG_LEX_WEAPON);
  static const char *const drones[] = {
    "Egypt PROPN Egypt 2 nsubj", "condemned VERB condemn 0 root", "Zorblat PROPN Zorblat 4 compound B-ORG",
    "drones NOUN drone 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(base, drones, "11|Egypt|Zorblat");
  TREE_EXPECT_WITH(d, drones, "!11|*|Zorblat");
  static const char *const missiles[] = {
    "Egypt PROPN Egypt 2 nsubj", "condemned VERB condemn 0 root", "Zorblat PROPN Zorblat 4 compound B-ORG",
    "missiles NOUN missile 2 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(base, missiles, "!11|*|Zorblat");
  CU_ASSERT_STRING_EQUAL(kg_dict_act_noun(base, "launch"), "15");
  CU_ASSERT_STRING_EQUAL(kg_dict_act_noun(base, "attack"), "19");
  CU_ASSERT_PTR_NULL(kg_dict_act_noun(base, "foray"));
  const char *fc = kg_dict_act_noun(d, "foray");
  CU_ASSERT(fc && !strcmp(fc, "19"));
  static const char *const foray[] = {
    "Sudan PROPN Sudan 2 nsubj", "attacked VERB attack 0 root", "Chad PROPN Chad 2 obj",
    "and CCONJ and 6 cc", "Egypt PROPN Egypt 6 nsubj", "condemned VERB condemn 2 conj",
    "the DET the 8 det", "foray NOUN foray 6 obj", ". PUNCT . 2 punct" };
  TREE_EXPECT_WITH(base, foray, "19|Sudan|Chad", "!11|Egypt|Sudan");
  TREE_EXPECT_WITH(d, foray, "19|Sudan|Chad", "11|Egypt|Sudan");
  CU_ASSERT(kg_dict_lex(base, "capital") & KG_LEX_PLACE_NOUN);
  CU_ASSERT(kg_dict_lex(d, "oasis") & KG_LEX_PLACE_NOUN);
  CU_ASSERT_FALSE(kg_dict_lex(base, "oasis") & KG_LEX_PLACE_NOUN);
  /* (a demonstration: a state in the "in" phrase of a meeting is a venue
   * whatever the noun) */
  static const char *const oasis[] = {
    "Egyptian ADJ Egyptian 2 amod", "officials NOUN official 3 nsubj", "demonstrated VERB demonstrate 0 root",
    "in ADP in 7 case", "the DET the 7 det", "Saudi ADJ Saudi 7 amod", "oasis NOUN oasis 3 obl",
    "of ADP of 9 case", "Jeddah PROPN Jeddah 7 nmod", ". PUNCT . 3 punct" };
  TREE_EXPECT_WITH(base, oasis, "14|Egypt|Saudi Arabia");
  TREE_EXPECT_WITH(d, oasis, "14|Egypt|*", "!14|*|Saudi Arabia");
  static const char *const city[] = {
    "Egyptian ADJ Egyptian 2 amod", "officials NOUN official 3 nsubj", "met VERB meet 0 root",
    "in ADP in 7 case", "the DET the 7 det", "Saudi ADJ Saudi 7 amod", "city NOUN city 3 obl",
    "of ADP of 9 case", "Jeddah PROPN Jeddah 7 nmod", ". PUNCT . 3 punct" };
  TREE_EXPECT_WITH(base, city, "04|Egypt|*", "!04|*|Saudi Arabia");
  CU_ASSERT(kg_dict_lex(base, "embassy") & KG_LEX_BUILDING);
  CU_ASSERT(kg_dict_lex(d, "bunker") & KG_LEX_BUILDING);
  CU_ASSERT_FALSE(kg_dict_lex(base, "bunker") & KG_LEX_BUILDING);
  static const char *const bunker[] = {
    "Egypt PROPN Egypt 2 nsubj", "met VERB meet 0 root", "Israel PROPN Israel 2 obj", "at ADP at 7 case",
    "the DET the 7 det", "Geneva PROPN Geneva 7 compound", "bunker NOUN bunker 2 obl", ". PUNCT . 2 punct" };
  for (int k = 0; k < 2; k++) {
    kg_doc *x = tree_doc_with(k ? d : base, bunker, sizeof bunker / sizeof *bunker);
    const kg_event *e = x ? find_event(x, "0", "Egypt", "Israel") : NULL;   /* "meet at": 036 */
    CU_ASSERT_PTR_NOT_NULL(e);
    if (e && k) {
      CU_ASSERT(e->place < 0);          /* the bunker's, not Geneva's */
    } else if (e) {
      CU_ASSERT(e->place >= 0 && !strcmp(x->actors[e->place].label, "Geneva"));
    }
    kg_doc_free(x);
  }
  CU_ASSERT(kg_dict_lex(base, "airfield") & KG_LEX_SITE);
  CU_ASSERT(kg_dict_lex(base, "launch") & KG_LEX_SITE_MOD);
  CU_ASSERT(kg_dict_lex(d, "silo") & KG_LEX_SITE);
  CU_ASSERT_FALSE(kg_dict_lex(base, "silo") & KG_LEX_SITE);
  for (int v = 0; v < 2; v++) {
    static const char *const silo[][8] = {
      { "Egypt PROPN Egypt 2 nsubj", "fired VERB fire 0 root", "missiles NOUN missile 2 obj",
        "from ADP from 7 case", "its PRON its 7 nmod:poss", "Geneva PROPN Geneva 7 compound",
        "silo NOUN silo 2 obl", ". PUNCT . 2 punct" },
      { "Egypt PROPN Egypt 2 nsubj", "fired VERB fire 0 root", "missiles NOUN missile 2 obj",
        "from ADP from 7 case", "its PRON its 7 nmod:poss", "Geneva PROPN Geneva 7 compound",
        "site NOUN site 2 obl", ". PUNCT . 2 punct" } };
    for (int k = 0; k < 2; k++) {
      kg_doc *x = tree_doc_with(k ? d : base, silo[v], 8);
      const kg_event *e = x ? find_event(x, "1", "Egypt", NULL) : NULL;
      CU_ASSERT_PTR_NOT_NULL(e);
      if (e && (v || k)) {              /* "from its Geneva site", or "silo" with the user file */
        CU_ASSERT(e->place >= 0 && !strcmp(x->actors[e->place].label, "Geneva"));
      } else if (e) {
        CU_ASSERT(e->place < 0);
      }
      kg_doc_free(x);
    }
  }
  kg_dict_free(d);
}

/* Held-out round eight (a state visit to Washington, EU sanctions over
 * drones, a border clash). */
static void test_heldout_round_eight(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a short name folds into the person named before by the alias the text
   * used, not the dictionary's other holder of that surname */
  kg_doc *d = run_dated("President Alexander Lukashenka met Chile's envoy in Minsk. Lukashenka later "
                        "accused Peru of spying.");
  CU_ASSERT(d && find_event(d, "11", "Alexander Lukashenko", "Peru"));
  CU_ASSERT(d && kg_test_actor(d, "Alyaksandr Lukashenka") < 0);
  kg_doc_free(d);
  /* "since 2016" is the start of a span: it dates no event */
  d = run_dated("On Monday Gabriel Boric addressed a joint session of Congress, his third since 2016, and "
                "met Peru's envoy in Lima.");
  const kg_event *e = d ? find_event(d, "04", "Gabriel Boric", "Peru") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-07"));
  kg_doc_free(d);
  d = run_dated("Chile has been under Peruvian sanctions since 2019.");
  e = d ? find_event(d, "16", NULL, NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2019"));
  kg_doc_free(d);
  /* a weekday in a reported future ("is expected to", "would") lies ahead
   * of the story's day; the day the speaker spoke stays behind it */
  d = run_dated("Peru's president is expected to visit Chile on Friday.");
  e = d ? find_event(d, "042", "Peru", "Chile") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-11"));
  kg_doc_free(d);
  d = run_dated("Chile said on Monday that it would host talks with Peru on Friday.");
  e = d ? find_event(d, "046", "Chile", "Peru") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-11"));
  e = d ? find_event(d, "036", "Chile", "Peru") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-07"));
  kg_doc_free(d);
  /* a contact noun in a purpose "for" phrase: the subject of the verb,
   * through "is expected to", holds the talks */
  d = run_dated("Gabriel Boric is expected to fly to Lima on Friday for talks with Dina Boluarte.");
  CU_ASSERT(d && find_event(d, "04", "Gabriel Boric", "Dina Boluarte"));
  CU_ASSERT(d && !find_event(d, "04", "-", "Dina Boluarte"));
  kg_doc_free(d);
  /* "both sides" beyond an actor named in passing: the pair the story
   * names, from up to six sentences back */
  d = run_dated("Chile accused Peru of shelling a border post. Chile said Peru had fired first. Peru denied it. "
                "Peru proposed talks. The Organization of American States, to which both countries belong, "
                "offered help. Brazil urged both sides to show restraint.");
  CU_ASSERT(d && find_event(d, "02", "Brazil", "Chile") && find_event(d, "02", "Brazil", "Peru"));
  CU_ASSERT(d && !find_event(d, "02", "Brazil", "Organization of American States"));
  kg_doc_free(d);
  d = run_dated("Chile accused Peru of shelling a border post. Chile said Peru had fired first. Peru denied it. "
                "Peru proposed talks. The Organization of American States offered help. Commanders from both "
                "sides met on Monday.");
  e = d ? find_event(d, "04", "-", "-") : NULL;
  CU_ASSERT(e && has_part(d, e, "Chile") && has_part(d, e, "Peru"));
  kg_doc_free(d);
  /* "condemned the sanctions" six sentences after them: their doer */
  d = run_dated("Chile imposed sanctions on Peru on Monday. The measures were agreed by the cabinet. Officials "
                "said the evidence was strong. \"This is a warning,\" one said. Markets fell. Lima reacted "
                "angrily. Peru's Foreign Ministry condemned the sanctions.");
  CU_ASSERT(d && find_event(d, "11", "Peru", "Chile"));
  kg_doc_free(d);
  /* a modal on the verb that governs the trigger hedges it past the commas
   * of an apposition; a weekday under "would" lies ahead */
  d = run_dated("Gabriel Boric said he would speak to his Peruvian counterpart, Dina Boluarte, by telephone "
                "later on Friday.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  CU_ASSERT(e && !strcmp(e->date, "2025-04-11"));
  kg_doc_free(d);
  /* ... not a finite verb conjoined to the modal's verb */
  d = run_dated("Gabriel Boric said he would not respond to the claims, and accused Peru of spying.");
  e = d ? find_event(d, "11", "Gabriel Boric", "Peru") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* an object pronoun is never its verb's own subject */
  d = run_dated("Gabriel Boric arrived in Lima on Monday. On Tuesday Dina Boluarte welcomed him at the palace.");
  CU_ASSERT(d && find_event(d, "04", "Dina Boluarte", "Gabriel Boric"));
  kg_doc_free(d);
  /* a bare title opening a paragraph: the state of the last subject of the
   * paragraph before */
  d = run_dated("Chile imposed sanctions on Peru. Peru's spokesman, Ana Ruiz, said Peru would respond. She "
                "denied that Peru had armed the rebels.\n\nForeign Minister Luis Soto, who visited Bolivia last "
                "month, struck a similar tone.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Soto", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Luis Soto", "Chile", 0));
  kg_doc_free(d);
  /* "a ministry spokesman, X": the state whose ministry was named last */
  d = run_dated("Chile's Foreign Ministry said its soldiers were attacked by Peruvian troops. \"We did not "
                "start this,\" a ministry spokesman, Luis Rojas, said.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Chile", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Peru", 0));
  kg_doc_free(d);
  /* "Y, the US-led body to which both countries belong": the story's pair */
  d = run_dated("Chile accused Peru of spying, and Peru denied it. Chile then asked the Organization of American "
                "States, the US-led body to which both countries belong, to send observers.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Chile", "Organization of American States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Organization of American States", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "United States", "Organization of American States", 0));
  kg_doc_free(d);
  /* a bare title in a later sentence that names no state: the state of the
   * dateline's capital (ANKARA) */
  d = run_dated("Gabriel Boric arrived on Monday for talks. He was greeted at the airport by Foreign Minister "
                "Hakan Demir.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Hakan Demir", "Turkey", 0));
  kg_doc_free(d);
  /* a sentence-initial "It" before a past verb of its own: the state that
   * opened the sentence before; not "It came as ..." */
  d = run_dated("Chile's National Security Council said two of its guards had died. It accused Lima of a planned "
                "provocation.");
  CU_ASSERT(d && find_event(d, "112", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("The report said Chile should act. It accused Peru of delays.");
  CU_ASSERT(d && !find_event(d, "11", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Chile recalled its ambassador. It came as Peru accused Chile of spying.");
  CU_ASSERT(d && find_event(d, "11", "Peru", "Chile"));
  CU_ASSERT(d && !find_event(d, "11", "Chile", NULL));
  kg_doc_free(d);
  /* the verbs of such an event "It" are the lexicon's (kgd:eventSubjectVerb),
   * and a user dictionary adds to them */
  CU_ASSERT(kg_dict_lex(kg_test_dict(), "come") & KG_LEX_EVENT_SUBJECT);
  CU_ASSERT_FALSE(kg_dict_lex(kg_test_dict(), "expel") & KG_LEX_EVENT_SUBJECT);
  {
    kg_dict *ud = kg_test_dict_with("@prefix kgo: <https://w3id.org/kgbuild/ontology#> .\n"
                                    "@prefix kgd: <https://w3id.org/kgbuild/dict#> .\n"
                                    "kgo:Event kgd:eventSubjectVerb \"expel\", \"accuse\" .\n"
                                    "kgo:Country kgd:eventSubjectVerb \"recall\" .\n");  /* not on kgo:Event */
    CU_ASSERT_PTR_NOT_NULL_FATAL(ud);
    CU_ASSERT(kg_dict_lex(ud, "expel") & KG_LEX_EVENT_SUBJECT);
    CU_ASSERT(kg_dict_lex(ud, "come") & KG_LEX_EVENT_SUBJECT);
    CU_ASSERT_FALSE(kg_dict_lex(ud, "recall") & KG_LEX_EVENT_SUBJECT);
    static const char *const prev = "Chile's foreign ministry said two guards had died. ";
    char line[256];
    snprintf(line, sizeof line, "%sIt expelled Peru's ambassador.", prev);
    CU_ASSERT(it_actor(kg_test_dict(), line, "Chile"));
    CU_ASSERT(it_actor(ud, line, NULL));
    snprintf(line, sizeof line, "%sIt recalled its ambassador from Lima.", prev);
    CU_ASSERT(it_actor(ud, line, "Chile"));
    /* a reporting, hedging, negating or request verb is never one */
    snprintf(line, sizeof line, "%sIt accused Peru of spying.", prev);
    CU_ASSERT(it_actor(ud, line, "Chile"));
    kg_dict_free(ud);
  }
  /* a visit to a capital standing for its state takes the city as place */
  d = run_dated("Gabriel Boric visited Lima on Monday.");
  e = d ? find_event(d, "042", "Gabriel Boric", "Peru") : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Lima") &&
            d->actors[e->place].type == KG_ACT_PLACE);
  kg_doc_free(d);
  /* a date or place of a clause conjoined with a subject of its own is not
   * the first clause's; "near the village of X" places an event at X */
  d = run_dated("Chile and Peru held talks. Officials said the two sides had failed to agree on fishing and that "
                "negotiators would meet again in Lima next month.");
  e = d ? find_event(d, "03", "-", "-") : NULL;
  CU_ASSERT(e && e->date_kind == KG_DATE_NONE && e->place < 0);
  kg_doc_free(d);
  d = run_dated("Chile said a Peruvian drone struck a post near the village of Putre, in Arica province.");
  e = d ? find_event(d, "19", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Putre"));
  kg_doc_free(d);
}

/* Manual round nine (general gaps the CAMEO manual's wire sentences showed;
 * the sentences here are our own). */
static void test_manual_round_nine(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a deictic time noun after a noun trigger is no noun it modifies */
  kg_doc *d = run_dated("Chile and Bolivia renewed negotiations today on their border.");
  const kg_event *e = d ? find_event(d, "046", "-", "-") : NULL;
  CU_ASSERT(e && has_part(d, e, "Chile") && has_part(d, e, "Bolivia"));
  kg_doc_free(d);
  d = run_dated("Peru and Ecuador held talks yesterday.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Peru") && has_part(d, e, "Ecuador"));
  kg_doc_free(d);
  /* a subject group with the city it is in: the group acts, the city is no actor
   * (the group is of the city's state, when the dictionary knows it: the
   * nineteenth session); a state there still is the agent */
  d = run_dated("Protesters in Lima blocked a road on Monday.");
  CU_ASSERT(d && find_event(d, "144", "Peru", NULL) && !find_event(d, "14", "Lima", NULL));
  kg_doc_free(d);
  d = run_dated("Farmers in Chile blocked roads on Monday.");
  CU_ASSERT(d && find_event(d, "144", "Chile", NULL));
  kg_doc_free(d);
  /* states of 1990s wire news: former states, and the older names of states */
  d = run_dated("The Soviet Union criticized Yugoslavia on Monday.");
  CU_ASSERT(d && find_event(d, "111", "Soviet Union", "Yugoslavia"));
  kg_doc_free(d);
  d = run_dated("Zaire accused Kampuchea of lying.");
  CU_ASSERT(d && find_event(d, "112", "Democratic Republic of the Congo", "Cambodia"));
  kg_doc_free(d);
  d = run_dated("Yugoslav troops attacked Albania on Monday.");
  CU_ASSERT(d && find_event(d, "19", "Yugoslavia", "Albania"));
  kg_doc_free(d);
  /* dictionary patterns the manual's examples lacked (our sentences) */
  static const struct { const char *text, *code, *agent, *target; } pat[] = {
    { "Teachers in Chile called off a strike on Monday.", "082", "Chile", NULL },
    { "Peruvian troops captured the town of Tacna on Monday.", "192", "Peru", NULL },
    { "Ecuador strengthened its forces on the border with Peru.", "154", "Ecuador", NULL },
    { "Bolivia said it would allow the return of UN weapons inspectors.", "0355", "Bolivia", NULL },
    { "Opposition parties in Nepal organized a general strike on Monday.", "143", "Nepal", NULL },
    { "The president of Chile gave a warm welcome to the foreign minister of Peru.", "043", "Chile", "Peru" },
    { "Chile eased emergency measures in the north on Monday.", "0814", "Chile", NULL },
    { "Chile said it would halt its mediation between Peru and Bolivia.", "135", "Chile", NULL },
    { "Peru reimposed a blockade on the town of Tacna.", "191", "Peru", NULL },
    { "Peru reimposed sanctions on Chile on Monday.", "163", "Peru", "Chile" },
    { "The Asia-Pacific Economic Cooperation forum agreed to meet in Lima.", "03",
      "Asia-Pacific Economic Cooperation Secretariat", NULL },
  };
  for (size_t k = 0; k < sizeof pat / sizeof *pat; k++) {
    d = run_dated(pat[k].text);
    CU_ASSERT(d && find_event(d, pat[k].code, pat[k].agent, pat[k].target));
    kg_doc_free(d);
  }
  /* a stated plan is an intention (03) or, for a hostile act, a threat (13) */
  d = run_dated("Chile intends to hold talks with Peru.");
  CU_ASSERT(d && find_event(d, "036", "Chile", NULL) && !find_event(d, "04", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Peru intends to impose sanctions on Chile.");
  CU_ASSERT(d && find_event(d, "13", "Peru", "Chile") && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
  /* a participle hyphened to a name modifies a noun: no act of its own */
  d = run_dated("Chile condemned the US-led attack on Iraq.");
  CU_ASSERT(d && find_event(d, "111", "Chile", NULL) && !find_event(d, "113", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Iranian-backed militia attacked a village in Lebanon.");   /* (an assault, 18: evassault.c) */
  CU_ASSERT(d && find_event(d, "18", NULL, NULL) && !find_event(d, "05", NULL, NULL));
  kg_doc_free(d);
  /* a noun whose lemma candidates hold a light verb ("organisation": organise) is
   * no light verb: the complaints are not the speaker's */
  d = run_dated("Rosa Quispe, director of the Lima Equality Council, said her organisation contacted "
                "police after receiving complaints from the public.");
  CU_ASSERT(d && !find_event(d, "114", NULL, NULL));
  kg_doc_free(d);
  /* a noun of an undertaking after a trigger noun: the trigger is the act */
  d = run_dated("Chile undertook a mediation mission between Peru and Bolivia.");
  e = d ? find_event(d, "045", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Peru"));
  kg_doc_free(d);
  /* a noun before a noun it modifies is still no event of its own */
  d = run_dated("Chile and Bolivia discussed negotiation tactics on Monday.");
  CU_ASSERT(d && !find_event(d, "046", NULL, NULL));
  kg_doc_free(d);
}

/* The CAMEO manual's odd half, round ten (our own sentences): an unnamed
 * group acting on a named actor, aid and rights groups, dictionary patterns
 * and aspectual light verbs the examples lacked. */
/* Manual round eleven (the CAMEO manual's odd half): a faith or demonym
 * the tagger calls MISC is never an office holder's surname; a protest is
 * aimed at whom its purpose clause names; a conditional possible hostile
 * act is a threat. */
static void test_manual_round_eleven(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("A Christian missionary from Oslo was arrested in Syria on Friday.");
  CU_ASSERT(d && kg_test_actor(d, "Leslie Christian") < 0);
  kg_doc_free(d);
  d = run_dated("Kenyan farmers began a hunger strike on Friday to protest against Uganda's new tariffs.");
  CU_ASSERT(d && find_event(d, "142", "Kenya", "Uganda"));
  kg_doc_free(d);
  /* "may", "might", "could" before a hostile act with a condition: a
   * threat; with no condition, or in the passive, the act's own code */
  d = run_dated("Russia could cut off gas supplies to Moldova if the debt is not paid.");
  CU_ASSERT(d && find_event(d, "131", "Russia", "Moldova"));
  kg_doc_free(d);
  d = run_dated("If talks fail, Greece might expel the Turkish ambassador.");
  CU_ASSERT(d && find_event(d, "13", "Greece", NULL) && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  /* (161: CAMEO 166's note, "When diplomats are withdrawn or expelled, use 161") */
  d = run_dated("Chile may expel the Peruvian ambassador, officials said.");
  CU_ASSERT(d && find_event(d, "161", "Chile", NULL) && !find_event(d, "13", NULL, NULL));
  kg_doc_free(d);
  /* humanitarian goods handed over or sent are humanitarian aid (073);
   * demobilizing is 0873 */
  d = run_dated("Japan sent tents and blankets to Turkey on Monday.");
  CU_ASSERT(d && find_event(d, "073", "Japan", "Turkey"));
  kg_doc_free(d);
  d = run_dated("Swiss doctors handed over two tonnes of medicine to Iran.");
  CU_ASSERT(d && find_event(d, "073", "Switzerland", "Iran"));
  kg_doc_free(d);
  d = run_dated("Serbia demobilized its reservists on Monday.");
  CU_ASSERT(d && find_event(d, "0873", "Serbia", NULL));
  kg_doc_free(d);
  /* a noun pattern whose object is the verb of its to-clause: that verb's
   * object is the target; "X-based" names where a group sits, the other
   * name or demonym who it is */
  d = run_dated("An attempt to assassinate Yusuf Demir was thwarted on Monday.");
  CU_ASSERT(d && find_event(d, "185", NULL, "Yusuf Demir"));
  kg_doc_free(d);
  d = run_dated("A Paris-based Algerian opposition group condemned Spain.");
  CU_ASSERT(d && find_event(d, "111", "Algeria", "Spain"));
  kg_doc_free(d);
  /* a state's name on a place noun ("in Kosovo province") is the place
   * an act is done to; suspects handed over are judicial cooperation */
  d = run_dated("Serbia lifted the curfew in Kosovo province on Monday.");
  CU_ASSERT(d && find_event(d, "0813", "Serbia", "Kosovo"));
  kg_doc_free(d);
  d = run_dated("Syria handed over two suspects to Turkey on Monday.");
  CU_ASSERT(d && find_event(d, "063", "Syria", "Turkey"));
  kg_doc_free(d);
  /* a curfew imposed is 1723; suing for damages is a lawsuit (115) */
  d = run_dated("Kenya imposed a curfew in Mombasa on Monday.");
  CU_ASSERT(d && find_event(d, "1723", "Kenya", NULL));
  kg_doc_free(d);
  d = run_dated("A Kenyan company is suing Uganda for damages.");
  CU_ASSERT(d && find_event(d, "115", "Kenya", "Uganda") && !find_event(d, "173", NULL, NULL));
  kg_doc_free(d);
  /* a gunbattle, shootout or firefight is a fight with small arms (193) */
  d = run_dated("Two police officers died in a shootout with Kenyan bandits.");
  CU_ASSERT(d && find_event(d, "193", NULL, "Kenya"));
  kg_doc_free(d);
}

static void test_manual_round_ten(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_dict *dict = kg_test_dict();
  /* a group as the agent of an appeal to a named actor makes the event
   * (the group's sector stays on it); an aid or rights group is a sector */
  static const struct { const char *text, *code, *target, *sector; } grp[] = {
    { "A relief agency appealed to the Chilean government to lift the curfew.", "020", "Chile", "NGO" },
    { "Rights groups urged Chile to free the journalists.", "020", "Chile", "HRI" },
    { "Prisoners rioted at a jail in Lima on Sunday.", "145", "-", "CVL" },
    /* a group named through a noun of number or collection */
    { "A group of protesters blocked the main road on Monday.", "144", "-", "OPP" },
    { "Hundreds of students demonstrated in Lima on Monday.", "141", "-", "EDU" },
    { "Dozens of soldiers attacked the village on Monday.", "19", "-", "MIL" },
    /* a group "of" a place that is no state is the group of that place */
    { "Residents of the Golan Heights threatened to strike.", "13", "-", "CVL" },
    { "Residents of Gaza protested against the blockade on Monday.", "14", "-", "CVL" },
  };
  for (size_t k = 0; k < sizeof grp / sizeof *grp; k++) {
    kg_doc *d = run_dated(grp[k].text);
    const kg_event *e = d ? find_event(d, grp[k].code, "-", grp[k].target) : NULL;
    const kg_sector *sc = e ? kg_dict_sector_at(dict, e->agent_sector) : NULL;
    CU_ASSERT(e && e->agent_noun >= 0 && sc && !strcmp(sc->code, grp[k].sector));
    kg_doc_free(d);
  }
  /* a group subject the parser labels passive with no passive in sight is the agent */
  {
    kg_doc *g = run_dated("Police officers brutally abused migrants with impunity.");
    const kg_event *e = g ? find_event(g, "18", "-", "-") : NULL;
    const kg_sector *sc = e ? kg_dict_sector_at(dict, e->agent_sector) : NULL;
    CU_ASSERT(e && sc && !strcmp(sc->code, "COP"));
    kg_doc_free(g);
  }
  kg_doc *d = run_dated("The Kurdistan Workers' Party issued a declaration demanding that the Turkish "
                        "government free its leader.");
  CU_ASSERT(d && find_event(d, "010", NULL, NULL) && !find_event(d, "06", NULL, NULL));
  kg_doc_free(d);
  /* a state naming no people of the list: a verbal attack, no force */
  d = run_dated("The Kenyan president attacked British imperialists in a speech.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* an appeal against a ruling is a court's, no appeal to anyone */
  d = run_dated("The demonstrators appealed against a ruling by Judge Maria Lopez.");
  CU_ASSERT(d && !find_event(d, "02", NULL, NULL));
  kg_doc_free(d);
  /* asking a question is no request; asking someone to act or for help is */
  d = run_dated("Chile asked Peru whether it would attend the summit.");
  CU_ASSERT(d && !find_event(d, "02", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The president was asked about the border dispute with Peru.");
  CU_ASSERT(d && !find_event(d, "02", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile asked Peru for help after the floods.");
  CU_ASSERT(d && find_event(d, "02", "Chile", "Peru"));
  kg_doc_free(d);
  /* recognising a state or a government is diplomatic recognition; a fact or a concern is not */
  d = run_dated("Chile recognised the new government of Peru on Monday.");
  CU_ASSERT(d && find_event(d, "054", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile recognised the concerns of Peru.");
  CU_ASSERT(d && !find_event(d, "05", NULL, NULL));
  kg_doc_free(d);
  /* a statement of a group to no one stays no event */
  d = run_dated("Officials said the talks would resume on Monday.");
  CU_ASSERT(d && !find_event(d, "01", NULL, NULL));
  kg_doc_free(d);
  static const struct { const char *text, *code, *agent, *target; } pat[] = {
    { "Chile pushed the Bolivian congress for a new mining law.", "100", "Chile", "Bolivia" },
    { "Bolivia accepted a formula for ending its dispute with Chile.", "030", "Bolivia", NULL },
    { "Peru's supreme court opened a hearing into the deaths.", "090", "Peru", NULL },
    { "Chilean troops remained on alert along the border.", "152", "Chile", NULL },
    { "Peruvian and Bolivian forces were battling for control of the town.", "190", "Bolivia", NULL },
    { "The Chilean army is responsible for mass killings in the north, a report said.", "202", "Chile", NULL },
    { "Hackers from Peru defaced dozens of Chilean web sites.", "176", "Peru", "Chile" },
    { "Peruvian forces launched artillery fire against Chilean positions.", "194", "Peru", "Chile" },
    /* an aspectual verb's event noun is the event */
    { "Chile completed the withdrawal of its troops from Bolivia.", "0874", "Chile", NULL },
    { "Bolivia speeded up the withdrawal of its forces from Peru.", "0874", "Bolivia", NULL },
    /* cutting supplies or aid to a state */
    { "Russia reduced gas supplies to Ukraine on Monday.", "162", "Russia", "Ukraine" },
    /* a people's noun that is no adjective stands for its state */
    { "Hundreds of Turks demonstrated in Berlin on Saturday.", "141", "Turkey", NULL },
    { "Swedes protested against the new tax on Monday.", "14", "Sweden", NULL },
    /* issuing a declaration is a statement: the demand it makes is the act */
    { "The Kurdistan Workers' Party issued a declaration demanding that the Turkish government free "
      "its leader.", "10", NULL, "Turkey" },
    /* suspending links, easing a curfew, retaking a town (an irregular past) */
    { "Chile announced a suspension of air links with Peru on Wednesday.", "161", "Chile", "Peru" },
    { "Peru shortened the nightly curfew in Lima by one hour.", "0813", "Peru", NULL },
    { "Peruvian troops retook the town of Tacna on Monday.", "192", "Peru", NULL },
    /* force between two states that name people on either side of it */
    { "Chilean agents attacked Peruvian workers.", "18", "Chile", "Peru" },   /* (unarmed: evassault.c) */
    { "Chilean border police agents brutally abused Bolivian immigrants.", "18", "Chile", "Bolivia" },
  };
  for (size_t k = 0; k < sizeof pat / sizeof *pat; k++) {
    d = run_dated(pat[k].text);
    CU_ASSERT(d && find_event(d, pat[k].code, pat[k].agent, pat[k].target));
    kg_doc_free(d);
  }
}

/* Held-out round nine (a prisoner swap, a Pacific tour, a drone strike on an
 * oil terminal). */
static void test_heldout_round_nine(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* an "unless" clause is a condition: its event has not happened; the
   * warning that states it was made */
  kg_doc *d = run_dated("Peru warned that more attacks would follow unless Chile lifted its blockade of Peruvian "
                        "ports.");
  const kg_event *e = d ? find_event(d, "087", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Chile lifted its blockade of Peruvian ports on Monday.");
  e = d ? find_event(d, "087", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "adviser", "advisor" and "aide" are titles of officials: of the state
   * their possessor leads */
  d = run_dated("President Gabriel Boric of Chile met Peru's envoy. His chief adviser, Luis Rojas, said the "
                "talks went well. Boric's senior aide, Ana Ruiz, agreed.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Chile", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Peru", 0));
  kg_doc_free(d);
  /* "an adviser to X" serves X as "X's adviser" does; "envoy to" is a host */
  d = run_dated("President Gabriel Boric of Chile met Peru's envoy. A senior adviser to Boric, Luis Rojas, said "
                "the talks went well. An envoy to President Dina Boluarte, Ana Ruiz, agreed.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Chile", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile", 0));
  kg_doc_free(d);
  /* a monarch's regnal name is an alias of the dictionary's "X of Realm" */
  d = run_dated("On Monday Gabriel Boric met King Felipe VI in Madrid.");
  CU_ASSERT(d && kg_test_actor(d, "Felipe VI of Spain") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "Felipe VI") < 0);
  kg_doc_free(d);
  /* a weekday on the infinitive of "expected", however far from it, lies
   * ahead */
  d = run_dated("Gabriel Boric is expected to meet Peruvian President Dina Boluarte in the border city of Tacna "
                "on Friday.");
  e = d ? find_event(d, "04", "Gabriel Boric", "Dina Boluarte") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-11"));
  kg_doc_free(d);
  /* "Yemen's Houthi movement": the organisation the noun names, not the
   * possessor's state; "Chile's foreign ministry" stays Chile */
  d = run_dated("Yemen's Houthi movement accused Saudi Arabia of bombing a port.");
  CU_ASSERT(d && find_event(d, "112", "Houthis", "Saudi Arabia"));
  CU_ASSERT(d && !find_event(d, "112", "Yemen", NULL));
  kg_doc_free(d);
  d = run_dated("Chile's foreign ministry accused Peru of spying.");
  CU_ASSERT(d && find_event(d, "112", "Chile", "Peru"));
  kg_doc_free(d);
  /* "all sides", "all parties" as "both sides": the story's pair */
  d = run_dated("Chile accused Peru of shelling a border post. Peru denied it. Brazil urged all sides to show "
                "restraint.");
  CU_ASSERT(d && find_event(d, "02", "Brazil", "Chile") && find_event(d, "02", "Brazil", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile accused Peru of spying. All parties are stepping up campaigning before the election.");
  CU_ASSERT(d && !find_event(d, "06", NULL, NULL));
  kg_doc_free(d);
  /* a portfolio "for" phrase between the title and the apposition */
  d = run_dated("Lima's special envoy for Andean affairs, Luis Rojas, met Chile's minister for trade and industry, "
                "Ana Ruiz.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Peru", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile", 0));
  kg_doc_free(d);
  /* "a government spokeswoman, X" takes a state as "Spokeswoman X" does
   * (here the dateline's); "a party spokeswoman, X" none */
  d = run_dated("The talks on the trade pact ended on Monday. A government spokeswoman, Ana Ruiz, said the text "
                "would be published. A party spokesman, Luis Rojas, said nothing.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Turkey", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Turkey", 0));
  kg_doc_free(d);
  /* "Foreign Minister Prince Faisal bin Farhan": one name after a second
   * title, which stands neither in the name nor between title and holder */
  d = run_dated("\"We will respond,\" Foreign Minister Prince Khalid bin Farhan said.");
  CU_ASSERT(d && kg_test_actor(d, "Khalid bin Farhan") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "Farhan") < 0);
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Khalid bin Farhan", "Turkey", 0));
  kg_doc_free(d);
  /* a pledge of money is an intent to give economic aid (0331) */
  d = run_dated("Chile pledged 30 million dollars for health clinics in Peru.");
  CU_ASSERT(d && find_event(d, "0331", "Chile", NULL));
  kg_doc_free(d);
  /* a claim of responsibility for "the attack" names the doer of the
   * attack told before with none */
  d = run_dated("Drones struck an oil terminal on Peru's coast on Monday. The Shining Path claimed "
                "responsibility for the attack.");
  CU_ASSERT(d && find_event(d, "19", "Shining Path", "Peru"));
  CU_ASSERT(d && !find_event(d, "19", "-", "Peru"));
  kg_doc_free(d);
  /* "held an emergency session" is a meeting, as "held a meeting" */
  d = run_dated("The United Nations Security Council held an emergency session on Monday.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "United Nations Security Council") && !strcmp(e->date, "2025-04-07"));
  kg_doc_free(d);
  /* a vow to respond, a vowed response or retaliation is a threat ("vowed
   * to retaliate against X" stays a hedged attack, test_lead_round_eight) */
  d = run_dated("Peru bombed a Chilean port. Chile vowed to respond, and Bolivia vowed swift retaliation.");
  CU_ASSERT(d && find_event(d, "130", "Chile", NULL));
  CU_ASSERT(d && find_event(d, "138", "Bolivia", NULL));
  kg_doc_free(d);
  /* a relative clause's modal is its own: the act on its noun happened */
  d = run_dated("Chile signed a deal that could end the war. Peru rejected a resolution that would have "
                "condemned Chile.");
  e = d ? find_event(d, "057", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  e = d ? find_event(d, "12", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* PLOVER dev, twelfth session: general causes of wrong sources and targets */
static void test_plover_round_twelve(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a state's sector group acts on the state itself, named by its name or
   * a city standing for it: a domestic event, both sides kept */
  kg_doc *d = run_dated("Peruvian farmers said they would blockade Lima.");
  const kg_event *e = d ? find_event(d, "13", "Peru", "Peru") : NULL;
  CU_ASSERT(e && e->agent_group >= 0);
  kg_doc_free(d);
  d = run_dated("Chilean students demanded the return of land seized by Chilean government forces.");
  CU_ASSERT(d && find_event(d, "10", "Chile", "Chile"));
  kg_doc_free(d);
  /* ... but the state named as the place of the act is no target */
  d = run_dated("Kenyan police imposed a curfew in a town in western Kenya.");
  CU_ASSERT(d && find_event(d, "17", "Kenya", NULL) && !find_event(d, "17", "Kenya", "Kenya"));
  kg_doc_free(d);
  /* a state represses a sector of its own; but what it sends is no target */
  d = run_dated("Egypt jailed Egyptian activists.");
  CU_ASSERT(d && find_event(d, "17", "Egypt", "Egypt"));
  kg_doc_free(d);
  d = run_dated("Britain sent British troops to Iraq.");
  CU_ASSERT(d && !find_event(d, "", "United Kingdom", "United Kingdom"));
  kg_doc_free(d);
  /* a noun act in an "under" phrase is suffered by the clause's subject;
   * the name on the noun does it */
  d = run_dated("Peru has been under UN sanctions since 2006.");
  CU_ASSERT(d && find_event(d, "16", "United Nations", "Peru") && !find_event(d, "16", "Peru", NULL));
  kg_doc_free(d);
  d = run_dated("A Kenyan journalist has been put under investigation in Uganda.");
  /* (since the fifteenth session the place's authorities investigate, as they arrest) */
  CU_ASSERT(d && find_event(d, "09", "Uganda", "Kenya") && !find_event(d, "09", "Kenya", NULL));
  kg_doc_free(d);
  /* an order to someone to do a thing is a demand (kgd:infinitiveRequired);
   * an order of goods, or of troops to a place, is none */
  d = run_dated("A Chilean judge has ordered former president Sebastian Pinera to appear for questioning.");
  CU_ASSERT(d && find_event(d, "10", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Chile ordered 50 jets from France.");
  CU_ASSERT(d && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru ordered troops to the border with Chile.");
  CU_ASSERT(d && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  /* a cooperative act refused for the future is a rejection, asserted;
   * a hostile one refused stays negated, and so does a past one */
  d = run_dated("Peru says it will not accept any more refugees.");
  e = d ? find_event(d, "12", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Peru will not meet Chile.");
  e = d ? find_event(d, "125", "Peru", "Chile") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Peru will not attack Chile.");
  e = d ? find_event(d, "19", "Peru", "Chile") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = run_dated("Peru did not meet Chile.");
  CU_ASSERT(d && !find_event(d, "12", NULL, NULL));
  kg_doc_free(d);
  /* nor is one state named twice without a sector two sides */
  d = run_dated("Kenya said it would close its border with Kenya.");
  CU_ASSERT(d && !find_event(d, "", "Kenya", "Kenya"));
  kg_doc_free(d);
}

/* PLOVER round thirteen (our own sentences): whom an act is done "in
 * protest at"; a people of a state against the state; a noun act's group
 * through its light verb. */
static void test_plover_round_thirteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* "in protest at / of / against / over X('s Y)": X is the target, not
   * the agent the nearest name would give */
  kg_doc *d = run_dated("Brazil recalled its ambassador in protest at Israel's raids.");
  CU_ASSERT(d && find_event(d, "16", "Brazil", "Israel"));
  kg_doc_free(d);
  d = run_dated("Refugees are continuing a hunger strike in protest of the Turkish government's decision.");
  e = d ? find_event(d, "142", "-", "Turkey") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  CU_ASSERT(d && !find_event(d, "14", "Turkey", NULL));
  kg_doc_free(d);
  d = run_dated("Students marched in protest over Serbia's election law.");
  CU_ASSERT(d && find_event(d, "14", "-", "Serbia"));
  kg_doc_free(d);
  /* a people of a state (a demonym on a plural noun of no sector) against
   * the state: both sides kept */
  d = run_dated("Iraqi Kurds demonstrated in Kirkuk against the Iraqi government.");
  CU_ASSERT(d && find_event(d, "14", "Iraq", "Iraq"));
  kg_doc_free(d);
  d = run_dated("Thousands of Iraqi Kurds demonstrated in Kirkuk, calling for independence from Iraq.");
  CU_ASSERT(d && find_event(d, "141", "Iraq", "Iraq"));
  kg_doc_free(d);
  /* ... not the state as the place, nor one people against another named
   * by the same demonym, nor the state named twice */
  d = run_dated("Iraqi Kurds demonstrated in Baghdad.");
  CU_ASSERT(d && !find_event(d, "14", "Iraq", "Iraq"));
  kg_doc_free(d);
  d = run_dated("Iraqi Kurds criticised Iraqi Arabs.");
  CU_ASSERT(d && !find_event(d, "", "Iraq", "Iraq"));
  kg_doc_free(d);
  /* a person's own state, named by its name in what he does, is where he
   * acts, not a target; his state's people or a sector of it are */
  d = run_dated("Kenyan President William Ruto promised to rebuild Kenya.");
  CU_ASSERT(d && find_event(d, "03", "William Ruto", "-") && !find_event(d, "", NULL, "Kenya"));
  kg_doc_free(d);
  d = run_dated("Kenyan President William Ruto promised to help Uganda.");
  CU_ASSERT(d && find_event(d, "03", "William Ruto", "Uganda"));
  kg_doc_free(d);
  d = run_dated("President William Ruto threatened to ban Kenyan opposition candidates from the elections.");
  CU_ASSERT(d && find_event(d, "13", "William Ruto", "Kenya"));
  kg_doc_free(d);
  /* the doer of what an act is about ("an inquiry into abuses committed
   * by X", "against a law passed by X") is its target; the host of its
   * occasion ("at a ceremony hosted by X") is not */
  d = run_dated("Kenya opened an inquiry into abuses committed by Ugandan soldiers.");
  CU_ASSERT(d && find_event(d, "09", "Kenya", "Uganda"));
  kg_doc_free(d);
  d = run_dated("Kenyan students protested against a law passed by the Ugandan parliament.");
  CU_ASSERT(d && find_event(d, "14", "Kenya", "Uganda"));
  kg_doc_free(d);
  d = run_dated("Kenya signed the treaty at a ceremony hosted by Uganda.");
  CU_ASSERT(d && find_event(d, "057", "Kenya", "-"));
  kg_doc_free(d);
  /* a demand's that-clause names whom it is made of, not what the clause
   * holds deeper down */
  d = run_dated("France renewed its demand that Iran release the sailors held by Syria.");
  CU_ASSERT(d && find_event(d, "10", "France", "Iran") && !find_event(d, "10", "France", "Syria"));
  kg_doc_free(d);
  /* wire style, a weekday with no "on" after a name, is the date: not a
   * person "Lavrov Wednesday", but the man the dictionary knows */
  d = run_dated("The Turkish foreign minister met Lavrov Wednesday in Moscow.");
  CU_ASSERT(d && kg_test_actor(d, "Lavrov Wednesday") < 0 && find_event(d, "04", "Turkey", "Sergey Lavrov"));
  kg_doc_free(d);
  /* treefix: "from neighbouring X" parsed as a gerund clause: the name
   * is the phrase, "neighbouring" its adjective, "on Monday" the verb's */
  static const char *const nbr[] = {
    "Peru PROPN Peru 2 nsubj", "withdrew VERB withdraw 0 root VBD", "its PRON its 4 nmod:poss",
    "troops NOUN troops 2 obj", "from SCONJ from 6 mark", "neighbouring VERB neighbour 2 advcl VBG",
    "Chile PROPN Chile 6 obj", "on ADP on 9 case", "Monday PROPN Monday 6 obl", ". PUNCT . 2 punct" };
  d = tree_doc(nbr, 10);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK);
  CU_ASSERT(d && d->tokens[6].head == 2 && !strcmp(d->tokens[6].deprel, "obl") && d->tokens[4].head == 7 &&
            !strcmp(d->tokens[4].deprel, "case") && d->tokens[5].head == 7 &&
            !strcmp(d->tokens[5].deprel, "amod") && d->tokens[8].head == 2);
  kg_doc_free(d);
  d = run_dated("Peru says it is willing to withdraw its troops from neighbouring Chile.");
  CU_ASSERT(d && find_event(d, "0356", "Peru", "Chile"));
  kg_doc_free(d);
  /* an unnamed group that protests or threatens: whom its purpose or its
   * condition names is the target, not the place it marches through */
  d = run_dated("Demonstrators in Lima blocked a road to show their disapproval of Chile's military policies.");
  CU_ASSERT(d && find_event(d, "14", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Farmers in Lima threatened to hold a general strike unless Chile lifted its tariffs.");
  CU_ASSERT(d && find_event(d, "13", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Protesters marched through Lima on Monday.");
  CU_ASSERT(d && !find_event(d, "14", NULL, "Peru"));
  kg_doc_free(d);
  /* "in protest against X" on the light verb of a noun act */
  d = run_dated("Salome Quispe, Peru's leading rights activist, staged a hunger strike in prison on Sunday "
                "in protest against the widespread abuses by Chilean security forces.");
  CU_ASSERT(d && find_event(d, "142", "Salome Quispe", "Chile"));
  kg_doc_free(d);
  /* sworn to do a thing is a vow, coded by what is vowed; no curse */
  d = run_dated("Chilean rebels swore to attack the Peruvian embassy.");
  CU_ASSERT(d && find_event(d, "138", "Chile", "Peru") && !find_event(d, "11", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Kenya has sworn to cooperate with Uganda.");
  CU_ASSERT(d && find_event(d, "03", "Kenya", "Uganda"));
  kg_doc_free(d);
  d = run_dated("The new mayor of Lima has sworn to cut taxes.");
  CU_ASSERT(d && !find_event(d, "", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round fourteen (c): a company named after its company noun
 * (and by its name alone opening a later sentence), a guesthouse that places no event in the city, "the authorities in X"
 * no place of the speaker, a counterpart's state, portfolio ministers,
 * recognition switched "from X to Y", militants neutralised, a deed called
 * a crime, "in September of that year". */
static void test_heldout_round_fourteen_c(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* an unknown name right after "group", tagged NOUN or LOC: a company */
  kg_doc *d = run_dated("Chad nationalised a uranium mine run by the Canadian nuclear group Tesira on Monday.");
  int32_t a = d ? kg_test_actor(d, "Tesira") : -1;
  CU_ASSERT(a >= 0 && d->actors[a].type == KG_ACT_ORG);
  kg_doc_free(d);
  d = run_dated("Chad nationalised a uranium mine run by the Canadian nuclear group Arveno on Monday.");
  a = d ? kg_test_actor(d, "Arveno") : -1;
  CU_ASSERT(a >= 0 && d->actors[a].type == KG_ACT_ORG);
  kg_doc_free(d);
  /* the company's name opening a later sentence is that company; "Its" title there is its official */
  d = run_dated("Chad nationalised a mine run by the Canadian nuclear group Tesira on Monday. Tesira said it had not "
                "been consulted. Its spokesman, Paul Girard, said the company would appeal.");
  a = d ? kg_test_actor(d, "Tesira") : -1;
  CU_ASSERT(a >= 0 && d->actors[a].nmentions >= 2);
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Paul Girard", "Tesira", 0));
  kg_doc_free(d);
  /* "at the X State Guesthouse in Athens": the city places the event */
  d = run_dated("Turkey and Greece signed an accord at the Ridgeview State Guesthouse in Athens on Monday.");
  e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Athens"));
  a = d ? kg_test_actor(d, "Ridgeview State Guesthouse") : -1;
  CU_ASSERT(a < 0 || d->actors[a].type == KG_ACT_PLACE);
  kg_doc_free(d);
  /* "called on the authorities in Ankara": not where the spokesman spoke */
  d = run_dated("The Greek foreign ministry condemned the ruling. A spokesman, Nikos Pappas, said Greece rejected "
                "the verdict and called on the authorities in Ankara to free the men.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Nikos Pappas", "Greece", 0) &&
            !has_rel(d, KG_REL_OFFICIAL, "Nikos Pappas", "Turkey", 0));
  kg_doc_free(d);
  /* "X and his Greek counterpart, Y, ... in Athens": Greece is Y's */
  d = run_dated("Hours later, Foreign Minister Selin Aydar and his Greek counterpart, Nikos Varvakis, signed a joint "
                "declaration in Athens.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Nikos Varvakis", "Greece", 0) &&
            !has_rel(d, KG_REL_OFFICIAL, "Selin Aydar", "Greece", 0) &&
            has_rel(d, KG_REL_OFFICIAL, "Selin Aydar", "Turkey", 0));
  kg_doc_free(d);
  /* a portfolio minister's title in apposition ("the mines minister") */
  d = run_dated("Turkey seized a mine on Monday. Mehmet Kaya, the mines minister, said the government would look "
                "for new partners.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Mehmet Kaya", "Turkey", 0));
  kg_doc_free(d);
  /* recognition switched to a state (054), "to X" hung on the range's start repaired */
  d = run_dated("Palau switched its diplomatic recognition from Taiwan to China on Tuesday.");
  CU_ASSERT(d && find_event(d, "054", "Palau", "China"));
  kg_doc_free(d);
  static const char *const range[] = {
    "Palau PROPN Palau 2 nsubj", "switched VERB switch 0 root VBD", "its PRON its 4 nmod:poss",
    "recognition NOUN recognition 2 obj", "from ADP from 6 case", "Taiwan PROPN Taiwan 4 nmod",
    "to ADP to 8 case", "China PROPN China 6 nmod", ". PUNCT . 2 punct" };
  d = tree_doc(range, 9);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[7].head == 4 && !strcmp(d->tokens[7].deprel, "nmod"));
  kg_doc_free(d);
  /* militants "neutralised" (190); a threat neutralised is no force */
  d = run_dated("Syria said its army had neutralised six militants near the border.");
  CU_ASSERT(d && find_event(d, "190", "Syria", NULL));
  kg_doc_free(d);
  d = run_dated("Syria said its army had neutralised the threat.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* calling a deed a crime condemns (111) */
  d = run_dated("The Greek foreign minister called the raid a crime against civilians.");
  CU_ASSERT(d && find_event(d, "111", "Greece", NULL));
  kg_doc_free(d);
  /* "in September of that year": the year told before, not the story's */
  d = run_dated("Turkey broke ties with Syria in July 2011. Damascus expelled the Turkish ambassador in September "
                "of that year.");
  e = d ? find_event(d, "16", "Syria", NULL) : NULL;
  CU_ASSERT(e && e->date_kind == KG_DATE_MONTH && !strcmp(e->date, "2011-09"));
  kg_doc_free(d);
}

/* Held-out round fourteen (d): a negation before a parenthetical adverb,
 * making a visit, welcoming a measure's lifting, a Korean given name whose
 * first syllable is an English word. */
static void test_heldout_round_fourteen_d(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* "did not, however, sign": the commas around the adverb are no clause break */
  kg_doc *d = run_dated("Chile and Peru did not, however, sign a treaty on the disputed waters.");
  e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = run_dated("Chile did not, though, sign the accord with Peru.");
  e = d ? find_event(d, "057", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* (a clause of its own after a comma still is: "did not object, and Peru signed") */
  d = run_dated("Chile did not object, and Peru signed the accord with Bolivia on Monday.");
  e = d ? find_event(d, "057", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* making a visit (a trip) is the visit, 042 */
  d = run_dated("The Chilean foreign minister made an official visit to Peru on Monday.");
  CU_ASSERT(d && find_event(d, "042", NULL, "Peru") && !find_event(d, "036", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile's president made a two-day trip to Bolivia last week.");
  CU_ASSERT(d && find_event(d, "042", NULL, "Bolivia"));
  kg_doc_free(d);
  /* welcoming the lifting of a measure praises it (051) */
  d = run_dated("Brazil welcomed the lifting of the decree on Sunday.");
  CU_ASSERT(d && find_event(d, "051", "Brazil", NULL));
  kg_doc_free(d);
  /* "General Kim In-ho", "Kang An-na": a given name's first syllable that is an English word */
  d = run_dated("Within hours, the army chief, General Kim In-ho, who was appointed last year, issued a decree "
                "banning all political activity.");
  int32_t a = d ? kg_test_actor(d, "Kim In-ho") : -1;
  CU_ASSERT(a >= 0 && d->actors[a].type == KG_ACT_PERSON);
  CU_ASSERT(d && find_event(d, "17", "Kim In-ho", NULL));
  kg_doc_free(d);
  d = run_dated("The opposition leader, Kang An-na, accused the government of lying.");
  a = d ? kg_test_actor(d, "Kang An-na") : -1;
  CU_ASSERT(a >= 0 && d->actors[a].type == KG_ACT_PERSON);
  CU_ASSERT(d && find_event(d, "11", "Kang An-na", NULL));
  kg_doc_free(d);
  /* "the leader of the (socialist) X party": the common noun the organisation's name is a compound of */
  d = run_dated("Nikos Varvakis, the leader of the socialist Dimokratia party, said the deal was naive.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Nikos Varvakis", "Dimokratia", 0));
  kg_doc_free(d);
  d = run_dated("The leader of the Likud party, Avi Dror, said the deal was naive.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Avi Dror", "Likud", 0));
  kg_doc_free(d);
  /* the repair on a tree: the surname takes the span's attachment (an apposition), the syllables are its flat
   * names, what hung on them hangs on it */
  static const char *const name[] = {
    "The DET the 2 det", "chief NOUN chief 13 nsubj", ", PUNCT , 5 punct", "General ADJ General 5 amod",
    "Park PROPN Park 8 nsubj", "An DET a 8 det", "- PUNCT - 6 punct", "su NOUN su 2 nmod",
    ", PUNCT , 11 punct", "who PRON who 11 nsubj:pass", "resigned VERB resign 8 acl:relcl VBD",
    ", PUNCT , 2 punct", "spoke VERB speak 0 root VBD", ". PUNCT . 13 punct" };
  d = tree_doc(name, 14);
  if (d) {
    d->tokens[5].space_after = 0;     /* "An-su" */
    d->tokens[6].space_after = 0;
  }
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[4].head == 2 && !strcmp(d->tokens[4].deprel, "appos") &&
            d->tokens[5].head == 5 && !strcmp(d->tokens[5].deprel, "flat") && d->tokens[5].upos == KG_UPOS_PROPN &&
            d->tokens[7].head == 5 && d->tokens[10].head == 5);
  kg_doc_free(d);
  /* (not with spaces around the hyphen: "Park An - su" is no name) */
  d = tree_doc(name, 14);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[4].head == 8);
  kg_doc_free(d);
}

/* Held-out round fourteen (b): name particles, import duties, rates and
 * days hung on the wrong word, a surname opening a sentence, reported
 * passives, "the bloc of which X is a member", a conjunct after an
 * apposition and a prepositional phrase. */
static void test_heldout_round_fourteen_b(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* a name with lower-case particles the tagger splits ("van der") */
  kg_doc *d = run_dated("Jacinta van der Berg, the Dutch trade minister, visited Ankara on Monday.");
  CU_ASSERT(d && find_event(d, "042", "Jacinta van der Berg", NULL));
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Jacinta van der Berg", "Netherlands", 0));
  kg_doc_free(d);
  /* duties named as import duties are tariffs (163); a bare "duty" is not */
  d = run_dated("Ankara imposed anti-dumping duties on Greek steel on Tuesday.");
  CU_ASSERT(d && find_event(d, "163", "Turkey", "Greece"));
  kg_doc_free(d);
  d = run_dated("The government imposed a duty on councils to house refugees.");
  CU_ASSERT(d && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
  /* the goods of a rate and the day of the main verb */
  d = run_dated("Turkey imposed tariffs of 40 percent on cars made in Germany.");
  CU_ASSERT(d && find_event(d, "163", "Turkey", "Germany"));
  kg_doc_free(d);
  d = run_dated("Turkey imposed tariffs on cars made in Germany on Tuesday.");
  e = d ? find_event(d, "163", "Turkey", "Germany") : NULL;
  CU_ASSERT(e && e->date_kind == KG_DATE_DAY && !strcmp(e->date, "2025-04-08"));
  kg_doc_free(d);
  static const char *const rate[] = {
    "Turkey PROPN Turkey 2 nsubj", "imposed VERB impose 0 root VBD", "tariffs NOUN tariff 2 obj",
    "of ADP of 6 case", "40 NUM 40 6 nummod", "percent NOUN percent 3 nmod", "on ADP on 8 case",
    "cars NOUN car 6 nmod", ". PUNCT . 2 punct" };
  d = tree_doc(rate, 9);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[7].head == 2 && !strcmp(d->tokens[7].deprel, "obl"));
  kg_doc_free(d);
  static const char *const day[] = {
    "Turkey PROPN Turkey 2 nsubj", "imposed VERB impose 0 root VBD", "tariffs NOUN tariff 2 obj",
    "on ADP on 5 case", "cars NOUN car 3 nmod", "made VERB make 5 acl VBN", "in ADP in 8 case",
    "Germany PROPN Germany 6 obl", "on ADP on 10 case", "Tuesday PROPN Tuesday 6 obl", ". PUNCT . 2 punct" };
  d = tree_doc(day, 11);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[9].head == 2 && d->tokens[7].head == 6);
  kg_doc_free(d);
  /* (not where the participle has its own auxiliary and subject: a clause of its own) */
  static const char *const own_day[] = {
    "Turkey PROPN Turkey 2 nsubj", "imposed VERB impose 0 root VBD", "tariffs NOUN tariff 2 obj",
    "on ADP on 5 case", "cars NOUN car 3 nmod", "that PRON that 7 nsubj:pass", "made VERB make 5 acl VBN",
    "on ADP on 9 case", "Tuesday PROPN Tuesday 7 obl", ". PUNCT . 2 punct" };
  d = tree_doc(own_day, 10);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[8].head == 7);
  kg_doc_free(d);
  /* (nor a deed of its own: "welcomed the declaration signed on Sunday by X") */
  static const char *const signed_day[] = {
    "Ankara PROPN Ankara 2 nsubj", "welcomed VERB welcome 0 root VBD", "the DET the 4 det",
    "declaration NOUN declaration 2 obj", "signed VERB sign 4 acl VBN", "on ADP on 7 case",
    "Sunday PROPN Sunday 5 obl", ". PUNCT . 2 punct" };
  d = tree_doc(signed_day, 8);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[6].head == 5);
  kg_doc_free(d);
  /* a surname opening the sentence, taken for a noun of time */
  static const char *const bare[] = {
    "Wang NOUN wang 2 obl:unmarked", "visited VERB visit 0 root VBN", "Ankara PROPN Ankara 2 obj",
    "last ADJ last 5 amod", "month NOUN month 2 obl:unmarked", ". PUNCT . 2 punct" };
  d = tree_doc(bare, 6);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && !strcmp(d->tokens[0].deprel, "nsubj") &&
            !strcmp(d->tokens[1].xpos, "VBD"));
  kg_doc_free(d);
  static const char *const yesterday[] = {
    "Yesterday NOUN yesterday 2 obl:unmarked", "visited VERB visit 0 root VBN", "Ankara PROPN Ankara 2 obj",
    "for ADP for 5 case", "talks NOUN talk 2 obl", ". PUNCT . 2 punct" };
  d = tree_doc(yesterday, 6);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && !strcmp(d->tokens[0].deprel, "obl:unmarked"));
  kg_doc_free(d);
  d = run_dated("Chinese Foreign Minister Wang Yi condemned the sanctions. Wang visited Ankara last month for talks.");
  CU_ASSERT(d && find_event(d, "042", "Wang Yi", NULL));
  kg_doc_free(d);
  /* a reported passive taken for a participle on the object */
  static const char *const rep[] = {
    "Officials NOUN official 2 nsubj", "said VERB say 0 root VBD", "the DET the 4 det", "accords NOUN accord 2 obj",
    ", PUNCT , 6 punct", "worth ADJ worth 4 amod", "millions NOUN million 6 obj", ", PUNCT , 6 punct",
    "were AUX be 10 aux:pass VBD", "signed VERB sign 4 acl VBN", "on ADP on 12 case", "Monday PROPN Monday 10 obl",
    ". PUNCT . 2 punct" };
  d = tree_doc(rep, 13);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[9].head == 2 && !strcmp(d->tokens[9].deprel, "ccomp") &&
            d->tokens[3].head == 10 && !strcmp(d->tokens[3].deprel, "nsubj:pass"));
  kg_doc_free(d);
  /* (and its subject, far back, is the pattern's object) */
  d = run_dated("Officials said the accords, worth about 2 billion dollars in all, were signed by Turkey and Qatar.");
  CU_ASSERT(d && (find_event(d, "05", NULL, NULL) || find_event(d, "06", NULL, NULL)));
  kg_doc_free(d);
  /* "the regional body of which X is a member" after the organisation */
  d = run_dated("Observers from the Arab League, the regional body of which Sudan is a member, criticised the vote.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Sudan", "Arab League", 0));
  kg_doc_free(d);
  /* a conjunct verb after the object's apposition and a prepositional
   * phrase keeps the first verb's subject */
  d = run_dated("Turkey's foreign minister, Hakan Fidan, met his Greek counterpart, Giorgos Gerapetritis, "
                "in the afternoon and agreed to reopen talks on the border.");
  CU_ASSERT(d && find_event(d, "03", "Hakan Fidan", NULL) && !find_event(d, "03", "Giorgos Gerapetritis", NULL));
  kg_doc_free(d);
}

/* Held-out round fourteen (e: the Kursk deployment, the Sahel juntas):
 * constructions of our own sentences. */
static void test_heldout_round_fourteen_e(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a verb's object pattern reaches past an apposition between commas on
   * its object ("declared X, the UN resident coordinator, persona non
   * grata") */
  kg_doc *d = run_dated("Chad's foreign ministry declared Sofia Lind, the UN resident coordinator, persona non grata, "
                        "accusing her of bias.");
  CU_ASSERT(d && find_event(d, "161", "Chad", "Sofia Lind"));
  CU_ASSERT(d && !find_event(d, "010", "Chad", NULL));
  kg_doc_free(d);
  d = run_dated("Kenya expelled Omar Haddad, a Sudanese diplomat, from Nairobi on Monday.");
  CU_ASSERT(d && find_event(d, "16", "Kenya", NULL));
  kg_doc_free(d);
  /* a UN agency's post in a country is an official's title of the UN */
  d = run_dated("Egypt expelled Lena Berg, the UN humanitarian coordinator, on Monday.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Lena Berg", "United Nations", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Lena Berg", "Egypt", 0));
  kg_doc_free(d);
  /* a demand in a purpose clause on a summoned envoy is the summoner's */
  d = run_dated("Japan summoned China's ambassador on Friday to demand the release of two Japanese fishermen.");
  CU_ASSERT(d && find_event(d, "10", "Japan", NULL) && !find_event(d, "10", "China", NULL));
  kg_doc_free(d);
  /* ... not a demand made by the one told to do it */
  d = run_dated("Egypt urged Sudan to demand an inquiry into the shelling.");
  CU_ASSERT(d && !find_event(d, "10", "Egypt", NULL));
  kg_doc_free(d);
  /* a mutual defence treaty signed by two leaders told with their states'
   * adjectives makes the states allies */
  d = run_dated("The visit follows a mutual defence treaty signed by Iranian President Reza Amini and Venezuelan "
                "leader Carlos Ortega in Caracas in May.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Iran", "Venezuela", 1));
  kg_doc_free(d);
  d = run_dated("Talks on a mutual defence treaty to be signed by Iranian President Reza Amini and Venezuelan "
                "leader Carlos Ortega stalled in May.");
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Iran", "Venezuela", 1));
  kg_doc_free(d);
}

/* Held-out round fourteen (the Congo-Rwanda talks, the Azerbaijan-Russia
 * feud, the Lebanon truce): constructions of our own sentences. */
static void test_heldout_round_fourteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* "Congolese": a demonym of both Congos goes to the one state the Phoenix
   * country dictionary files it under (the DRC) */
  kg_doc *d = run_dated("Congolese soldiers arrested twelve Rwandan traders in Goma on Monday.");
  CU_ASSERT(d && find_event(d, "17", "Democratic Republic of the Congo", NULL));
  CU_ASSERT(d && kg_test_actor(d, "Congolese") < 0);
  kg_doc_free(d);
  /* "A and Rwandan President B met" with A parsed as a compound of B: the
   * titled name before "and" is still a conjunct (the parse of this
   * sentence makes "Hakainde" a compound of "Paul") */
  d = run_dated("Zambian President Hakainde Hichilema and Rwandan President Paul Kagame met in Lusaka on Tuesday "
                "for talks hosted by the Emir of Qatar, their first encounter since rebels seized the city of Goma.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Hakainde Hichilema") && has_part(d, e, "Paul Kagame"));
  kg_doc_free(d);
  /* "X of STATE and Y": the "of" phrase does not end the coordination */
  d = run_dated("President Nikol Pashinyan of Armenia and Georgian Prime Minister Irakli Kobakhidze met in Tbilisi "
                "on Monday.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Nikol Pashinyan") && has_part(d, e, "Irakli Kobakhidze"));
  kg_doc_free(d);
  /* the object relative pronoun stands for the name before it, through an
   * apposition ("X, a Rwandan minister, whom it accused") */
  d = run_dated("Canada imposed sanctions on Ivan Petrov, a Belarusian banker, whom it accused of funding the war.");
  CU_ASSERT(d && find_event(d, "112", "Canada", "Ivan Petrov"));
  kg_doc_free(d);
  d = run_dated("Norway expelled Pavel Orlov, whom it accused of spying.");
  CU_ASSERT(d && find_event(d, "112", "Norway", "Pavel Orlov"));
  kg_doc_free(d);
  /* a state's name opening a person's name before an apposition ("Chad
   * Morrow, the interior minister,"); a name before "area" is a place */
  d = run_dated("Chad Morrow, the interior minister, threatened to expel the envoy on Monday.");
  CU_ASSERT(d && kg_test_actor(d, "Chad Morrow") >= 0);
  kg_doc_free(d);
  d = run_dated("Hezbollah fired rockets at an army post in the disputed Wadi Salma area on Monday.");
  CU_ASSERT(d && kg_test_actor(d, "Wadi Salma") >= 0 &&
            d->actors[kg_test_actor(d, "Wadi Salma")].type == KG_ACT_PLACE);
  /* ... and the place of the firing, past the adjective after "in the" */
  e = d ? find_event(d, "19", "Hezbollah", NULL) : NULL;
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Wadi Salma"));
  kg_doc_free(d);
  /* "Chile protested, and X, the foreign minister, said": the state subject
   * of the clause before ", and"; not when another state is named there */
  d = run_dated("Chile lodged a protest with the embassy, and Rafael Soto, the foreign minister, said the talks "
                "would continue on Monday.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Rafael Soto", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("Chile lodged a protest with Peru, and Rafael Soto, the foreign minister, said the talks "
                "would continue on Monday.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Rafael Soto", "Chile", 0));
  kg_doc_free(d);
  /* "an American officer": an officer is his state's official, as a diplomat is */
  d = run_dated("The monitors are led by Tomas Ruiz, a Chilean officer, the ministry said on Monday.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Ruiz", "Chile", 0));
  kg_doc_free(d);
  /* "is to withdraw": a plan or duty, no deed done */
  d = run_dated("Under the deal, Ethiopia is to withdraw its troops from Somalia within 60 days.");
  e = d ? find_event(d, "08", "Ethiopia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Ethiopia withdrew its troops from Somalia on Monday.");
  e = d ? find_event(d, "08", "Ethiopia", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "X, an ally of Y" in apposition to a person: the person is the ally,
   * not a name before him */
  d = run_dated("Chile sent an envoy to meet the senate leader, Tomas Vidal, a close ally of Bolivia, on Monday.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Tomas Vidal", "Bolivia", 1));
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Chile", "Bolivia", 1));
  kg_doc_free(d);
}

/* Fourteenth session, PLOVER recall (own sentences): a group's noun act,
 * going on strike, sit-ins, a subjectless clause done by the group that
 * does the clause it hangs on */
/* Fifteenth session, PLOVER actors (own sentences): peoples' plurals the
 * tagger reads as names are unnamed groups; a passive investigation or a
 * "put under" act is done by the authorities of the place; the group an
 * object belongs to ("camps of rebels") is the target. */
static void test_plover_actors_fifteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* a people's plural (no state's demonym) or a faith's, capitalised */
  kg_doc *d = run_dated("Chechens protested against Moscow outside the embassy.");
  e = d ? find_event(d, "14", "-", "Russia") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Peru accused Kurds of smuggling weapons.");
  e = d ? find_event(d, "112", "Peru", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Sikhs urged Canada to ban the book.");
  e = d ? find_event(d, "02", "-", "Canada") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  /* ... not a capitalised word inside a name */
  d = run_dated("Democrats Abroad urged Canada to ban the book.");
  e = d ? find_event(d, "02", "-", "Canada") : NULL;
  CU_ASSERT(!e || e->agent_noun < 0);
  kg_doc_free(d);
  /* a passive investigation, or an act noun a passive verb puts its
   * undergoer "under", told with a place: that state's authorities */
  d = run_dated("Two Danish engineers were put under investigation in Portugal for fraud.");
  CU_ASSERT(d && find_event(d, "09", "Portugal", "Denmark"));
  kg_doc_free(d);
  d = run_dated("A Chilean banker has been investigated in Argentina over the transfers.");
  CU_ASSERT(d && find_event(d, "09", "Argentina", "Chile"));
  kg_doc_free(d);
  d = run_dated("A Ghanaian trader was placed under arrest in Nigeria on Monday.");
  CU_ASSERT(d && find_event(d, "173", "Nigeria", "Ghana"));
  kg_doc_free(d);
  /* ... not an active one, nor a noun put "under" by an active verb */
  d = run_dated("Portugal opened an investigation into two Danish engineers in Lisbon.");
  CU_ASSERT(d && !find_event(d, "09", "Portugal", "Portugal"));
  kg_doc_free(d);
  /* the unnamed group that owns what a deed is done to */
  d = run_dated("Yemeni troops attacked hideouts of militants in the mountains.");
  e = d ? find_event(d, "", "Yemen", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Sudanese gunmen ambushed a convoy of aid workers near the border.");
  e = d ? find_event(d, "19", "Sudan", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* the unnamed group that does what the object names ("by" in its phrase) */
  d = run_dated("Laos opened an inquiry into abuses committed by border guards.");
  e = d ? find_event(d, "09", "Laos", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Chile condemned attacks by militiamen on a village in the north.");
  e = d ? find_event(d, "11", "Chile", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* ... not a "by" phrase of the verb ("was condemned by X": X the agent) */
  d = run_dated("The violence was condemned by church leaders in Kenya.");
  e = d ? find_event(d, "11", NULL, NULL) : NULL;
  CU_ASSERT(!e || e->target_noun < 0);
  kg_doc_free(d);
  /* whoever is "responsible for" an act noun does it */
  d = run_dated("A UN report said Malawi's police were responsible for the attack on the camp.");
  CU_ASSERT(d && find_event(d, "19", "Malawi", NULL));
  kg_doc_free(d);
  d = run_dated("Honduras holds Nicaragua responsible for the shelling of the border town.");
  CU_ASSERT(d && find_event(d, "19", "Nicaragua", NULL));
  kg_doc_free(d);
  /* the body an "according to" phrase names tells the act; it is no target */
  d = run_dated("Sudanese jets bombed a market in the west, according to Chadian officials.");
  CU_ASSERT(d && find_event(d, "19", "Sudan", "-") && !find_event(d, "19", NULL, "Chad"));
  kg_doc_free(d);
  d = run_dated("Ethiopian troops shelled the town, according to Eritrean officials.");
  CU_ASSERT(d && find_event(d, "19", "Ethiopia", NULL) && !find_event(d, "19", NULL, "Eritrea"));
  kg_doc_free(d);
  /* ... not one responsible for a thing that is no act */
  d = run_dated("Bolivia is responsible for the security of the summit.");
  CU_ASSERT(d && d->nevents == 0);
  kg_doc_free(d);
}

/* kg_treeverb_sentence over every sentence of d; 1 */
static int treeverb_all(kg_doc *d)
{
  for (size_t s = 0; s < d->nsents; s++)
    kg_treeverb_sentence(&d->tokens[d->sents[s].tok], (uint32_t)d->sents[s].ntok);
  return 1;
}

/* Eighteenth session, PLOVER: CAMEO.2.0 patterns whose comment names the
 * verb in an inflected form, a clause read as its subject's noun phrase
 * (treeverb.c), word classes of stance, symbolic acts, intent, endorsement,
 * asylum, halted negotiations and aid, bombing; unions as workers' groups;
 * an armed side's expulsion of thousands (evmass.c). */
static void test_plover_nineteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* a participle hyphened to a word before a noun is a modifier however
   * the tree took it; not after a prefix */
  kg_doc *d = run_dated("Storm-hit Mozambique appealed for international help on Sunday.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL) && find_event(d, "02", "Mozambique", NULL) != NULL);
  kg_doc_free(d);
  /* word classes: flowers laid, support rallied, a plan voted down, weapons
   * handed in, money disbursed, suspects questioned, loans suspended */
  d = run_dated("The Peruvian president laid flowers at the memorial.");
  CU_ASSERT(d && find_event(d, "017", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Venezuela rallied support among Caribbean states for its candidate.");
  CU_ASSERT(d && find_event(d, "053", "Venezuela", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Polish parliament voted down a plan to privatise the railways.");
  CU_ASSERT(d && find_event(d, "127", "Poland", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Hundreds of militiamen in Liberia handed in their weapons to Nigerian peacekeepers.");
  CU_ASSERT(d && find_event(d, "0873", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The World Bank disbursed $400 million to Ghana.");
  CU_ASSERT(d && find_event(d, "071", NULL, "Ghana") != NULL);
  kg_doc_free(d);
  d = run_dated("Kenyan police questioned three suspects over the bombing of a bus.");
  CU_ASSERT(d && find_event(d, "090", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The IMF halted loans to Zambia.");
  CU_ASSERT(d && find_event(d, "162", NULL, "Zambia") != NULL);
  kg_doc_free(d);
}

/* The first event coded `prefix` whose target is the unnamed group
 * noun `word` (agent: NULL any, "-" none, else the agent actor's label). */
static const kg_event *group_target(const kg_doc *d, const char *prefix, const char *agent, const char *word)
{
  for (size_t i = 0; d && i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    const char *ag = e->agent >= 0 ? d->actors[e->agent].label : "-";
    if (!strncmp(e->cameo, prefix, strlen(prefix)) && (!agent || !strcmp(agent, ag)) && e->target < 0 &&
        e->target_noun >= 0 && kg_tok_is(d, (uint32_t)e->target_noun, word))
      return e;
  }
  return NULL;
}

/* Issue #4, twentieth session (own sentences): the group whose offer,
 * plan or demands are rejected ("by" hung on the verb; "from" for
 * demands, disapproval and rejection); the group a governed to-clause acts
 * on; the group subject of a demand's that-clause; an appeal made "to"
 * someone whatever its pattern's preposition, and to a group; a verb
 * conjoined inside a complement; a group's plural noun opening the
 * sentence with a name's tag. */
static void test_plover_twenty(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Thailand rejected demands by the rebels for a new constitution.");
  CU_ASSERT(group_target(d, "12", "Thailand", "rebels") != NULL);
  kg_doc_free(d);
  d = run_dated("Pakistan rejected a proposal from the rebels.");
  CU_ASSERT(group_target(d, "12", "Pakistan", "rebels") != NULL);
  kg_doc_free(d);
  /* (not a plain "from": aid received is no act against its giver) */
  d = run_dated("Chile withdrew its ambassador from the rebels' capital by Monday.");
  CU_ASSERT(d && !group_target(d, "", NULL, "rebels"));
  kg_doc_free(d);
  d = run_dated("Nigeria threatened to launch an offensive against the militants.");
  CU_ASSERT(group_target(d, "13", "Nigeria", "militants") != NULL);
  kg_doc_free(d);
  d = run_dated("Villagers appealed to Thailand for food.");
  CU_ASSERT(d && find_event(d, "02", "-", "Thailand") != NULL);
  kg_doc_free(d);
  d = run_dated("Pakistan appealed to international aid agencies for tents.");
  CU_ASSERT(group_target(d, "02", "Pakistan", "agencies") != NULL);
  kg_doc_free(d);
  d = run_dated("Pakistan appealed to reason.");
  CU_ASSERT(d && !find_event(d, "02", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Thailand rejected demands by student leaders for a new constitution.");
  CU_ASSERT(group_target(d, "12", "Thailand", "student") != NULL);
  kg_doc_free(d);
  d = run_dated("Pakistan demanded that the rebels free the hostages.");
  CU_ASSERT(group_target(d, "10", "Pakistan", "rebels") != NULL);
  kg_doc_free(d);
  /* (a reporting verb's clause is no demand made of its subject) */
  d = run_dated("Pakistan said that the rebels freed the hostages.");
  CU_ASSERT(d && !group_target(d, "", "Pakistan", "rebels"));
  kg_doc_free(d);
  /* a verb conjoined inside the complement shares its object */
  d = run_dated("Turkey promised on Sunday to train and equip the Somali army.");
  CU_ASSERT(d && find_event(d, "03", "Turkey", "Somalia") != NULL);
  kg_doc_free(d);
  d = run_dated("Militiamen killed hundreds of civilians near the town.");
  const kg_event *e = d ? find_event(d, "18", "-", NULL) : NULL;
  CU_ASSERT(e && e->agent_noun >= 0 && kg_tok_is(d, (uint32_t)e->agent_noun, "militiamen"));
  kg_doc_free(d);
}

/* The first event coded `prefix` with no agent actor whose agent is the
 * unnamed group noun `word`. */
static const kg_event *group_agent(const kg_doc *d, const char *prefix, const char *word)
{
  for (size_t i = 0; d && i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    if (!strncmp(e->cameo, prefix, strlen(prefix)) && e->agent < 0 && e->agent_noun >= 0 &&
        e->agent_sector > 0 && kg_tok_is(d, (uint32_t)e->agent_noun, word))
      return e;
  }
  return NULL;
}

/* Issue #4, twenty-first session (own sentences): an agent that is a
 * group head (kgd:groupHeadNoun) acts for the group its "of" phrase names,
 * through a second group head ("Thousands of supporters of the
 * opposition"), or its possessor ("the rebels' leaders"); elders, drivers
 * and vigilantes are sector nouns. */
static void test_plover_twentyone(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Thousands of supporters of the opposition marched through the capital on Tuesday.");
  CU_ASSERT(group_agent(d, "14", "opposition") != NULL);
  kg_doc_free(d);
  d = run_dated("Hundreds of supporters of the prisoners marched through the capital on Tuesday.");
  CU_ASSERT(group_agent(d, "14", "prisoners") != NULL);
  kg_doc_free(d);
  /* (relatives are a civilian group of their own since the twenty-third session) */
  d = run_dated("Hundreds of relatives of the prisoners marched through the capital on Tuesday.");
  CU_ASSERT(group_agent(d, "14", "relatives") != NULL);
  kg_doc_free(d);
  d = run_dated("The rebels' leaders rejected the offer on Monday.");
  CU_ASSERT(group_agent(d, "12", "rebels") != NULL);
  kg_doc_free(d);
  d = run_dated("The village elders demanded a meeting with Uganda's president.");
  CU_ASSERT(group_agent(d, "10", "elders") != NULL);
  kg_doc_free(d);
  d = run_dated("Leaders of the striking truck drivers held talks with the minister on Friday.");
  CU_ASSERT(group_agent(d, "04", "drivers") != NULL);
  kg_doc_free(d);
  /* (not through a noun that is no group head: the photographs are no one's side) */
  d = run_dated("Hundreds of photographs of the protesters circulated in the capital.");
  CU_ASSERT(d && !group_agent(d, "", "protesters"));
  kg_doc_free(d);
  /* (a head of its own sector keeps it: "the leaders of the opposition party" are the party's) */
  d = run_dated("Dozens of opposition party leaders marched through the capital on Tuesday.");
  CU_ASSERT(group_agent(d, "14", "leaders") != NULL);
  kg_doc_free(d);
  /* a verb read as an adjective of its object after a subject with a place
   * (treefix.c): the verb is the root, the subject's head its nsubj */
  static const char *const gas[] = {
    "Riot PROPN Riot 2 compound", "police NOUN police 7 compound", "in ADP in 4 case",
    "Harare PROPN Harare 2 nmod", "used VERB use 7 amod VBN", "tear NOUN tear 7 compound",
    "gas NOUN gas 0 root", ", PUNCT , 10 punct", "radio NOUN radio 10 nsubj",
    "reported VERB report 7 conj VBD", ". PUNCT . 7 punct" };
  d = tree_doc(gas, 11);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[4].head == 0 && d->tokens[1].head == 5 &&
            !strcmp(d->tokens[1].deprel, "nsubj") && d->tokens[6].head == 5 && !strcmp(d->tokens[6].deprel, "obj") &&
            d->tokens[9].head == 5 && d->tokens[10].head == 5);
  kg_doc_free(d);
  /* (not without the subject's prepositional phrase, where a verb after
   * the root keeps treeverb.c's repair away too) */
  static const char *const noplace[] = {
    "The DET the 3 det", "ruling NOUN ruling 3 compound", "party NOUN party 6 compound",
    "accused VERB accuse 6 amod VBN", "opposition NOUN opposition 6 compound", "activists NOUN activist 0 root",
    "of SCONJ of 8 mark", "burning VERB burn 6 acl VBG", "posts NOUN post 8 obj", ". PUNCT . 6 punct" };
  d = tree_doc(noplace, 10);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[3].head != 0 && d->tokens[5].head == 0);
  kg_doc_free(d);
}

/* Issue #4, twenty-second session (own sentences): the leaders and chiefs
 * of a tribe, clan, community or village are a civilian group (lexicon),
 * as a target or an agent; a leader of no such kind is not. */
static void test_plover_twentytwo(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("The new governor of Kandahar vowed to work closely with tribal leaders on Monday.");
  CU_ASSERT(group_target(d, "03", NULL, "leaders") != NULL);
  kg_doc_free(d);
  d = run_dated("Community leaders in the northern district demanded a meeting with the police chief.");
  CU_ASSERT(group_agent(d, "10", "leaders") != NULL);
  kg_doc_free(d);
  d = run_dated("The Afghan interior minister held talks with village chiefs in Kandahar on Friday.");
  CU_ASSERT(group_target(d, "04", "Afghanistan", "chiefs") != NULL);
  kg_doc_free(d);
  /* (a leader of no sector stays no group target: "world leaders" are states') */
  d = run_dated("The new governor of Kandahar vowed to work closely with football leaders on Monday.");
  CU_ASSERT(d && !group_target(d, "", NULL, "leaders"));
  kg_doc_free(d);
  /* a device as a violent verb's subject, no actor: an incident with the
   * group it struck (evdoer.c); not a thing of no violence */
  d = run_dated("A roadside bomb killed three soldiers on Tuesday.");
  CU_ASSERT(group_target(d, "18", "-", "soldiers") != NULL);
  kg_doc_free(d);
  d = run_dated("A roadside bomb struck a police patrol near the town on Saturday.");
  CU_ASSERT(group_target(d, "19", "-", "police") != NULL);
  kg_doc_free(d);
  d = run_dated("A roadside rumour killed three soldiers on Tuesday.");
  CU_ASSERT(d && !group_target(d, "", NULL, "soldiers"));
  kg_doc_free(d);
  d = run_dated("Our own bombs and bullets will only shatter peace.");
  CU_ASSERT(d && d->nevents == 0);
  kg_doc_free(d);
  /* the group whose place a phrase of the verb names (evgroups.c): "set
   * fire to a police station" is done to the police */
  d = run_dated("Angry villagers in India set fire to a police station on Saturday.");
  CU_ASSERT(group_target(d, "14", "India", "police") != NULL);
  kg_doc_free(d);
  d = run_dated("Indian troops fired on rebel positions in Kashmir on Sunday.");
  CU_ASSERT(group_target(d, "19", "India", "rebel") != NULL);
  kg_doc_free(d);
}

/* Issue #4, twenty-third session (own sentences): kin and people an act is
 * done to, of no sector of their own, are a civilian group (lexicon:
 * "families", "relatives", "youth group", "hostages"); a past tense read on
 * a participle after another verb's object does not make that object its
 * doer (evgroups.c). */
static void test_plover_twentythree(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("The Nepalese army chief apologised on Monday to the families of four farmers shot by soldiers.");
  CU_ASSERT(group_target(d, "05", "Nepal", "families") != NULL);
  kg_doc_free(d);
  d = run_dated("Police in the Kenyan city of Mombasa arrested 12 members of a youth group on Sunday.");
  CU_ASSERT(group_target(d, "17", "Kenya", "group") != NULL);
  kg_doc_free(d);
  /* (the singular is one person, no group) */
  d = run_dated("The Nepalese army chief apologised on Monday to a relative of the farmer.");
  CU_ASSERT(d && !group_target(d, "", NULL, "relative"));
  kg_doc_free(d);
  static const char *const killed[] = {
    "They PRON they 2 nsubj", "met VERB meet 0 root VBD", "the DET the 4 det", "families NOUN family 2 obj",
    "of ADP of 7 case", "the DET the 7 det", "villagers NOUN villager 4 nmod", "killed VERB kill 4 acl VBD",
    "last ADJ last 10 amod", "week NOUN week 8 obl:tmod", ". PUNCT . 2 punct" };
  d = tree_doc(killed, 11);
  CU_ASSERT(d != NULL);
  for (size_t k = 0; d && k < d->nevents; k++)
    CU_ASSERT(strncmp(d->events[k].cameo, "18", 2) != 0);
  kg_doc_free(d);
}

/* Issue #4, twenty-fourth session (own sentences): a state's government
 * told by a description ("the government", "the provincial government")
 * is that state's government sector (sectors.c) and stays the target of a
 * group of the state named only by where it is from (evsubtree.c); the
 * regional and local councils and governments with no name are unnamed
 * government groups (lexicon), also as an indirect object (evgroups.c). */
/* The token of doc d whose form is w (first one), -1 when none. */
static int32_t form_tok(const kg_doc *d, const char *w)
{
  for (size_t k = 0; d && k < d->ntokens; k++)
    if (d->tokens[k].end - d->tokens[k].start == strlen(w) && !strncmp(d->tokens[k].form, w, strlen(w)))
      return (int32_t)k;
  return -1;
}

/* tagresult.c: a verb read as a noun before a particle of result, retagged
 * before the parser (the tagger's reading forced to a noun here). */
static void test_plover_twentyfive(void)
{
  kg_world *w = kg_test_world();
  if (!w || !w->tagger)
    return;
  static const char *const lines[] = { "The army shot down a drone near the border.", "shot", "down", "shoot",
    "Gunmen shot dead a teacher in the town.", "shot", "dead", "shoot",
    "Police beat to death a student in the city.", "beat", "to", "beat",
    "Guards gunned down a farmer near the fence.", "gunned", "down", "gun" };
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i += 4) {
    kg_doc *d = kg_test_doc(lines[i], NULL);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT(kg_tagger_run(w->tagger, d) == KG_OK);
    int32_t v = form_tok(d, lines[i + 1]);
    CU_ASSERT_FATAL(v > 0);
    d->tokens[v].upos = KG_UPOS_NOUN;      /* the tagger's misreading */
    d->tokens[v].xpos = "NN";
    d->tokens[v].lemma = d->tokens[v].form;
    CU_ASSERT(kg_tagfix_run(w->tagger, NULL, d) == KG_OK);
    CU_ASSERT(d->tokens[v].upos == KG_UPOS_VERB && !strcmp(d->tokens[v].xpos, "VBD"));
    CU_ASSERT(d->tokens[v].lemma && !strcmp(d->tokens[v].lemma, lines[i + 3]));
    if (!strcmp(lines[i + 2], "down"))
      CU_ASSERT(!strcmp(d->tokens[v + 1].xpos, "RP"));
    kg_doc_free(d);
  }
  /* a noun before "down" with no verb form of its own, a possessive before
   * the noun, no object after the particle: nouns */
  static const char *const nouns[] = { "The mountain road down the valley was closed.",
    "The cliff path down the hill was closed.", "We saw his shot down the line.",
    "The fighter jet shot down over the sea." };
  static const char *const word[] = { "road", "path", "shot", "shot" };
  for (size_t i = 0; i < 4; i++) {
    kg_doc *d = kg_test_doc(nouns[i], NULL);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT(kg_tagger_run(w->tagger, d) == KG_OK);
    int32_t v = form_tok(d, word[i]);
    CU_ASSERT_FATAL(v > 0);
    d->tokens[v].upos = KG_UPOS_NOUN;
    d->tokens[v].xpos = "NN";
    CU_ASSERT(kg_tagfix_run(w->tagger, NULL, d) == KG_OK);
    CU_ASSERT(d->tokens[v].upos == KG_UPOS_NOUN);
    kg_doc_free(d);
  }
  /* an adjective after a possessive with no noun after it: a noun ("Chad's
   * military near the border"); with a noun after it, an adjective */
  static const char *const poss[] = { "The drone belonged to Chad's military near the border.",
    "The drone belonged to Chad's military leaders." };
  for (size_t i = 0; i < 2; i++) {
    kg_doc *d = kg_test_doc(poss[i], NULL);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT(kg_tagger_run(w->tagger, d) == KG_OK);
    int32_t v = form_tok(d, "military");
    CU_ASSERT_FATAL(v > 0);
    d->tokens[v].upos = KG_UPOS_ADJ;
    d->tokens[v].xpos = "JJ";
    CU_ASSERT(kg_tagfix_run(w->tagger, NULL, d) == KG_OK);
    CU_ASSERT(d->tokens[v].upos == (i ? KG_UPOS_ADJ : KG_UPOS_NOUN));
    kg_doc_free(d);
  }
  {                                        /* an adverb after "'s" and an adjective: a noun */
    kg_doc *d = kg_test_doc("Russia, Belarus's closest ally, criticised the sanctions.", NULL);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT(kg_tagger_run(w->tagger, d) == KG_OK);
    int32_t v = form_tok(d, "ally");
    CU_ASSERT_FATAL(v > 0);
    d->tokens[v].upos = KG_UPOS_ADV;
    d->tokens[v].xpos = "RB";
    CU_ASSERT(kg_tagfix_run(w->tagger, NULL, d) == KG_OK);
    CU_ASSERT(d->tokens[v].upos == KG_UPOS_NOUN);
    kg_doc_free(d);
  }
  kg_doc *d = run_dated("Chad's army shot down an armed drone belonging to Niger's military near the desert town of "
                        "Bardai late on Tuesday, prompting Niger, Mali and Sudan to recall their ambassadors.");
  CU_ASSERT(d && find_event(d, "19", "Chad", "Niger") != NULL);
  kg_doc_free(d);
}

static void test_plover_twentyfour(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Cotton growers in the Malian south urged the government on Monday to raise the price.");
  const kg_event *e = d ? find_event(d, "02", "Mali", "Mali") : NULL;
  CU_ASSERT(e != NULL);
  CU_ASSERT(e && e->target_group >= 0 && d->actors[e->target_group].sector_of == e->target);
  kg_doc_free(d);
  d = run_dated("Nurses' unions in the Argentine province of Salta demanded a pay rise from the provincial "
                "government on Friday.");
  CU_ASSERT(d && find_event(d, "10", "Argentina", "Argentina") != NULL);
  kg_doc_free(d);
  /* a local office of the state against its federal government */
  d = run_dated("The governor of the Mexican state of Oaxaca accused the federal government of neglect on Monday.");
  CU_ASSERT(d && find_event(d, "11", "Mexico", "Mexico") != NULL);
  kg_doc_free(d);
  /* (the state's own officials and the government: one side) */
  d = run_dated("Nigerian officials criticised the government on Monday.");
  CU_ASSERT(d && !find_event(d, "", "Nigeria", "Nigeria"));
  kg_doc_free(d);
  d = run_dated("Shopkeepers in the Libyan town of Zliten asked the local council for protection on Saturday.");
  CU_ASSERT(group_target(d, "02", NULL, "council") != NULL);
  kg_doc_free(d);
  d = run_dated("Bus drivers in the Kenyan city of Mombasa criticised the city council over the parking fees.");
  CU_ASSERT(group_target(d, "11", NULL, "council") != NULL);
  kg_doc_free(d);
}

/* Twenty-sixth session: a domestic side's government named as the subject
 * of a that-clause or of a threat's condition. */
static void test_plover_twentysix(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
#define P26(t) run_text(t, strlen(t), "p26")   /* (no dateline: no state of its own) */
  /* the that-clause subject, "the government" of the drivers' own state */
  kg_doc *d = P26("Bus drivers in the Kenyan city of Mombasa demanded on Friday that the government lower "
                  "the price of diesel.");
  CU_ASSERT(d && find_event(d, "10", "Kenya", "Kenya") != NULL);
  kg_doc_free(d);
  /* a threat's condition: its subject, named or a sector's group */
  d = P26("Farmers in Chile threatened on Monday to block the main roads if Argentina did not lower "
          "its tariffs on wheat.");
  CU_ASSERT(d && find_event(d, "13", "Chile", "Argentina") != NULL);
  kg_doc_free(d);
  d = P26("Teachers in the Peruvian city of Cusco threatened to strike if the government did not raise "
          "their pay.");
  CU_ASSERT(d && find_event(d, "13", "Peru", "Peru") != NULL);
  kg_doc_free(d);
  d = P26("Student unions in Kenya threatened on Tuesday to boycott the classes if the government "
          "raised the fees again.");
  CU_ASSERT(group_target(d, "13", "Kenya", "government") != NULL);
  kg_doc_free(d);
  /* (a condition with no threat is no target: "said it would strike if") */
  d = P26("Farmers in Chile said on Monday that the harvest would be late if Argentina did not lower "
          "its tariffs on wheat.");
  CU_ASSERT(d && !find_event(d, "13", "Chile", "Argentina"));
  kg_doc_free(d);
#undef P26
}

static void test_plover_eighteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* CAMEO.2.0 patterns listed under an inflected form ("# THREW", "# CALLED_OFF") */
  kg_doc *d = run_dated("Palestinian youths threw stones at Israeli soldiers in Hebron.");
  CU_ASSERT(d && find_event(d, "18", "Palestine", "Israel") != NULL);
  kg_doc_free(d);
  d = run_dated("Iran called off talks with the European Union.");
  CU_ASSERT(d && find_event(d, "16", "Iran", NULL) != NULL);
  kg_doc_free(d);
  /* a clause parsed as its subject's noun phrase with the verb an acl */
  d = run_dated("Riot police used water cannon to scatter protesters in Dhaka.");
  e = d ? find_event(d, "17", "-", "-") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0 && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Thousands of farmers marched through Paris on Sunday.");
  CU_ASSERT(d && find_event(d, "14", "-", NULL) != NULL);
  kg_doc_free(d);
  static const char *const used[] = {
    "The DET the 2 det", "weapons NOUN weapon 0 root", "used VERB use 2 acl VBN", "by ADP by 6 case",
    "the DET the 6 det", "army NOUN army 3 obl", ". PUNCT . 2 punct" };
  d = tree_doc(used, 7);                  /* ... not a reduced relative with its "by" phrase */
  CU_ASSERT(d && treeverb_all(d) && d->tokens[1].head == 0 && d->tokens[2].head == 2);
  kg_doc_free(d);
  /* word classes: pessimism, a wreath laid, readiness, weight thrown behind,
   * asylum given, negotiations suspended, bombs dropped */
  d = run_dated("Egypt voiced pessimism about the peace talks.");
  CU_ASSERT(d && find_event(d, "012", "Egypt", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Chilean president laid a wreath at the monument.");
  CU_ASSERT(d && find_event(d, "017", "Chile", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Cuba expressed readiness to hold talks with Washington.");
  CU_ASSERT(d && find_event(d, "03", "Cuba", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Germany threw its weight behind the French proposal.");
  CU_ASSERT(d && find_event(d, "051", "Germany", "France") != NULL);
  kg_doc_free(d);
  d = run_dated("Mexico gave asylum to the Peruvian opposition leader.");
  CU_ASSERT(d && find_event(d, "075", "Mexico", "Peru") != NULL);
  kg_doc_free(d);
  d = run_dated("The minister argued it gave a better chance of an asylum deal.");
  CU_ASSERT(d && find_event(d, "075", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = run_dated("Turkey suspended negotiations with Cyprus.");
  CU_ASSERT(d && find_event(d, "164", "Turkey", "Cyprus") != NULL);
  kg_doc_free(d);
  d = run_dated("NATO planes dropped bombs on Serb positions.");
  CU_ASSERT(d && find_event(d, "195", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Soldiers beat protesters outside the palace.");   /* persons beaten, not a team */
  CU_ASSERT(d && find_event(d, "18", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Chelsea beat Arsenal on Sunday.");
  CU_ASSERT(d && find_event(d, "18", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* a farm seized (evfilter.c's things a state or armed group seizes) */
  d = run_dated("Militias seized farms in the north.");
  CU_ASSERT(d && find_event(d, "17", NULL, NULL) != NULL);
  kg_doc_free(d);
  /* workers' unions as a group */
  d = run_dated("Unions threatened a strike over the budget.");
  e = d ? find_event(d, "13", "-", NULL) : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Rugby union has become more demanding.");
  CU_ASSERT(d && d->nevents == 0);
  kg_doc_free(d);
  /* a vow to abide by, honour or observe something is an intent with no one named */
  d = run_dated("Serbia vowed to abide by the truce.");
  CU_ASSERT(d && find_event(d, "03", "Serbia", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Serbia vowed to cut taxes.");
  CU_ASSERT(d && find_event(d, "03", "Serbia", NULL) == NULL);
  kg_doc_free(d);
  /* evmass.c: an armed side's expulsion of thousands is mass expulsion */
  d = run_dated("Militia fighters expelled thousands of Ossetians from the valley.");
  CU_ASSERT(d && find_event(d, "201", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Russian army deported 20,000 Chechens.");
  CU_ASSERT(d && find_event(d, "201", "Russia", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Kenya deported 2,000 Somali migrants.");   /* ... not a state's deportation */
  CU_ASSERT(d && find_event(d, "174", "Kenya", NULL) != NULL && find_event(d, "20", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = run_dated("Croatia expelled 300 Serb families.");   /* ... nor of hundreds */
  CU_ASSERT(d && find_event(d, "20", NULL, NULL) == NULL);
  kg_doc_free(d);
}

/* evtargets.c: a verb's act takes the target of the noun act that is its
 * object or oblique, and an unnamed group coordinated with the subject of a
 * joint act or a clash */
static void test_plover_targets_seventeen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  kg_doc *d = run_dated("The Croats agreed to a truce with Serbia on Monday.");
  e = d ? find_event(d, "03", "-", "Serbia") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Nepal agreed to a ceasefire with the guerrillas.");
  e = d ? find_event(d, "03", "Nepal", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* ... not another side's act: its doer is not the verb's */
  d = run_dated("Nepal welcomed India's talks with the guerrillas.");
  e = d ? find_event(d, "05", "Nepal", "-") : NULL;
  CU_ASSERT(!e || e->target_noun < 0);
  kg_doc_free(d);
  /* an unnamed group coordinated with a named subject of a clash or a joint act */
  d = run_dated("Maoist rebels and Nepalese troops clashed in the west on Sunday.");
  e = d ? find_event(d, "19", "Nepal", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("The Ugandan government and northern rebels resumed peace talks in Juba.");
  e = d ? find_event(d, "04", "Uganda", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Riot police and students clashed outside the university.");
  e = d ? find_event(d, "19", "-", "-") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0 && e->target_noun >= 0 && e->agent_noun != e->target_noun);
  kg_doc_free(d);
  /* ... not a deed done together to someone else */
  d = run_dated("Kenyan police and soldiers arrested ten smugglers.");
  e = d ? find_event(d, "17", "Kenya", NULL) : NULL;
  CU_ASSERT(!e || e->target_noun < 0 || strncmp(d->text + d->tokens[e->target_noun].start, "soldiers", 8));
  kg_doc_free(d);
  /* a violent verb whose object tells a war by itself, with no other word of violence */
  d = run_dated("Armenia attacked the village of Kirants on Tuesday.");
  CU_ASSERT(d && find_event(d, "19", "Armenia", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Eritrea said it had captured the village of Zalambessa.");
  CU_ASSERT(d && find_event(d, "19", "Eritrea", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Serbs shelled Tuzla overnight.");
  CU_ASSERT(d && find_event(d, "19", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Wales attacked the line and France held firm.");
  CU_ASSERT(d && find_event(d, "19", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = run_dated("Chelsea shelled out 20m pounds for the striker.");
  CU_ASSERT(d && find_event(d, "19", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* evconj.c: a verb conjoined to an unnamed group's verb is not done by a
   * word on the first verb's object */
  d = run_dated("Maoist rebels kidnapped two Indian engineers and demanded a ransom.");
  CU_ASSERT(d && find_event(d, "18", "-", "India") != NULL && find_event(d, "", "India", NULL) == NULL);
  kg_doc_free(d);
  d = run_dated("Nepal arrested two Indian engineers and demanded an apology.");
  CU_ASSERT(d && find_event(d, "10", "Nepal", NULL) != NULL && find_event(d, "10", "India", NULL) == NULL);
  kg_doc_free(d);
}

/* Sixteenth session, PLOVER actors: unnamed groups as targets of a deed's
 * phrase, of a possessor or modifier of the object, with a city aside; a
 * past verb read as an adjective of its object (treeverb.c). */
static void test_plover_actors_sixteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* a group in a deed's "on" / "at" phrase, of the verb or of its object */
  kg_doc *d = run_dated("Bolivian troops opened fire on demonstrators outside the mine.");
  e = d ? find_event(d, "", "Bolivia", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Chilean police fired tear gas at protesters near the palace.");
  e = d ? find_event(d, "", "Chile", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* ... and an oblique of the object ("an offensive against") */
  d = run_dated("Kenyan forces launched an offensive against rebels in the north.");
  e = d ? find_event(d, "", "Kenya", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* the group whose thing the object is: its possessor, a sector word on it */
  d = run_dated("Peru rejected the rebels' demand for a ceasefire.");
  e = d ? find_event(d, "12", "Peru", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Nepal condemned the army's raid on the village.");
  e = d ? find_event(d, "11", "Nepal", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Colombian jets bombed rebel camps in the jungle.");
  e = d ? find_event(d, "19", "Colombia", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* ... not a word of another kind on it */
  d = run_dated("Peru rejected the new demand for a ceasefire.");
  e = d ? find_event(d, "12", "Peru", "-") : NULL;
  CU_ASSERT(!e || e->target_noun < 0);
  kg_doc_free(d);
  /* a group with the city it is in: the group, not the city */
  d = run_dated("The Danish ambassador met opposition leaders in Caracas.");
  e = d ? find_event(d, "04", "Denmark", NULL) : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* treeverb.c: a past verb read as an adjective of its object, the object
   * the root ... */
  static const char *const shelled[] = {
    "Ugandan ADJ ugandan 2 amod", "soldiers NOUN soldier 5 nsubj", "shelled VERB shell 5 amod VBN",
    "rebel NOUN rebel 5 compound", "positions NOUN position 0 root", "near ADP near 8 case",
    "the DET the 8 det", "lake NOUN lake 5 nmod", ". PUNCT . 5 punct" };
  d = tree_doc(shelled, 9);
  CU_ASSERT(d && treeverb_all(d) && d->tokens[2].head == 0 && d->tokens[1].head == 3 &&
            !strcmp(d->tokens[1].deprel, "nsubj") && d->tokens[4].head == 3 && !strcmp(d->tokens[4].deprel, "obj") &&
            d->tokens[8].head == 3 && d->tokens[7].head == 5);
  kg_doc_free(d);
  /* ... or the subject the root and the object its dependent */
  static const char *const met[] = {
    "The DET the 3 det", "Danish ADJ danish 3 amod", "envoy NOUN envoy 0 root", "met VERB meet 6 amod VBN",
    "opposition NOUN opposition 6 compound", "leaders NOUN leader 3 obj", "in ADP in 8 case",
    "Lima PROPN Lima 6 nmod", ". PUNCT . 3 punct" };
  d = tree_doc(met, 9);
  CU_ASSERT(d && treeverb_all(d) && d->tokens[3].head == 0 && d->tokens[2].head == 4 &&
            !strcmp(d->tokens[2].deprel, "nsubj") && d->tokens[5].head == 4 && d->tokens[8].head == 4);
  kg_doc_free(d);
  /* ... not a phrase whose noun before the adjective is a possessor */
  static const char *const revised[] = {
    "The DET the 2 det", "council NOUN council 4 nmod:poss", "'s PART 's 2 case",
    "revised VERB revise 5 amod VBN", "plans NOUN plan 0 root", ". PUNCT . 5 punct" };
  d = tree_doc(revised, 6);
  CU_ASSERT(d && treeverb_all(d) && d->tokens[4].head == 0 && d->tokens[3].head == 5);
  kg_doc_free(d);
  /* ... nor when the sentence has a verb of its own */
  static const char *const said[] = {
    "Officials NOUN official 3 nsubj", "said VERB say 0 root VBD", "armed VERB arm 4 amod VBN",
    "men NOUN man 2 obj", ". PUNCT . 2 punct" };
  d = tree_doc(said, 5);
  CU_ASSERT(d && treeverb_all(d) && d->tokens[2].head == 4 && d->tokens[1].head == 0);
  kg_doc_free(d);
  d = run_dated("Tanzanian gunmen massacred dozens of villagers near the border.");
  CU_ASSERT(d && find_event(d, "20", "Tanzania", NULL));
  kg_doc_free(d);
  /* "the opposition" is a group; not "opposition to" a thing; a settlement is no group */
  d = run_dated("The opposition accused Ghana of rigging the vote.");
  e = d ? find_event(d, "112", "-", "Ghana") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Kenya criticised the opposition.");
  e = d ? find_event(d, "111", "Kenya", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Kenya criticised opposition to the treaty.");
  e = d ? find_event(d, "111", "Kenya", "-") : NULL;
  CU_ASSERT(e && e->target_noun < 0);
  kg_doc_free(d);
  d = run_dated("Kenya rejected the settlement.");
  e = d ? find_event(d, "12", "Kenya", "-") : NULL;
  CU_ASSERT(e && e->target_noun < 0);
  kg_doc_free(d);
  /* a group through a noun of number or collection in the phrase, or as a passive subject */
  d = run_dated("Chilean soldiers fired on a crowd of demonstrators.");
  e = d ? find_event(d, "", "Chile", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Hundreds of refugees were expelled by Malawi.");
  e = d ? find_event(d, "", "Malawi", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  /* a demand noun's that-clause: its subject is whom the demand is made of */
  d = run_dated("Chile repeated its demand that Bolivia halt the dam works.");
  CU_ASSERT(d && find_event(d, "10", "Chile", "Bolivia"));
  kg_doc_free(d);
  d = run_dated("Norway renewed its demand today that Russia free the crew.");
  CU_ASSERT(d && find_event(d, "10", "Norway", "Russia"));
  kg_doc_free(d);
  /* ... not a relative clause ("the demand that Peru made") */
  d = run_dated("Chile rejected the demand that Peru made last week.");
  CU_ASSERT(d && !find_event(d, "10", "Chile", "Peru"));
  kg_doc_free(d);
}

static void test_plover_recall_fourteen(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* a noun act as a light verb's object, done by an unnamed group alone */
  kg_doc *d = run_dated("Dozens of activists began a hunger strike outside the ministry.");
  e = d ? find_event(d, "142", "-", "-") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Students launched a hunger strike on Monday.");
  CU_ASSERT(d && find_event(d, "142", "-", "-"));
  kg_doc_free(d);
  /* ... but a group as the object of a light verb's noun is no doer */
  d = run_dated("The report began a debate.");
  CU_ASSERT(d && d->nevents == 0);
  kg_doc_free(d);
  /* "go on (hunger) strike" */
  d = run_dated("Chilean copper miners went on strike on Tuesday.");
  CU_ASSERT(d && find_event(d, "143", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Nepalese prisoners went on hunger strike in Kathmandu.");
  CU_ASSERT(d && find_event(d, "142", "Nepal", NULL));
  kg_doc_free(d);
  d = run_dated("Teachers went on strike in Gdansk.");
  CU_ASSERT(d && find_event(d, "143", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The minister went on to praise Peru.");
  CU_ASSERT(d && !find_event(d, "14", NULL, NULL));
  kg_doc_free(d);
  /* a hyphenated object of a CAMEO.2.0 pattern: "staged a sit-in" */
  d = run_dated("Bolivian teachers staged a sit-in at the ministry.");
  CU_ASSERT(d && find_event(d, "141", "Bolivia", NULL));
  kg_doc_free(d);
  /* a participle, a purpose clause, a control verb's complement: the
   * group that does the governing verb does them */
  d = run_dated("Protesters gathered outside parliament, demanding new elections.");
  e = d ? find_event(d, "10", "-", "-") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Students marched through the capital to demand the release of their leaders.");
  CU_ASSERT(d && find_event(d, "10", "-", "-"));
  kg_doc_free(d);
  d = run_dated("Union leaders said nurses wanted to go on strike.");
  CU_ASSERT(d && find_event(d, "143", "-", "-"));
  kg_doc_free(d);
  /* ... not a clause with a subject or marker of its own, nor a clause on
   * "have" ("had a duty to investigate": no purpose) */
  d = run_dated("Officials said the police had a duty to investigate the deaths.");
  CU_ASSERT(d && !find_event(d, "09", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Protesters gathered in the square before demanding new elections.");
  CU_ASSERT(d && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  /* a to-infinitive on an act noun is done by the noun's owner, and one on
   * a noun of promise is an intention ("X's pledge to send aid": 033) */
  d = run_dated("Diplomats were surprised by Ghana's decision to expel the Togolese ambassador.");
  CU_ASSERT(d && find_event(d, "161", "Ghana", "Togo"));
  kg_doc_free(d);
  d = run_dated("The Malian move to close the border with Niger angered traders.");
  CU_ASSERT(d && find_event(d, "172", "Mali", "Niger"));
  kg_doc_free(d);
  d = run_dated("Norway's pledge to send food aid to Malawi was welcomed.");
  CU_ASSERT(d && find_event(d, "033", "Norway", "Malawi"));
  kg_doc_free(d);
  d = run_dated("Qatar's offer to mediate was welcomed by both sides.");
  CU_ASSERT(d && find_event(d, "039", "Qatar", NULL));
  kg_doc_free(d);
  /* the CAMEO names of 184, 201, 203 and 2041 as patterns */
  d = run_dated("Croatian militias carried out ethnic cleansing in the villages.");
  CU_ASSERT(d && find_event(d, "203", "Croatia", NULL));
  kg_doc_free(d);
  d = run_dated("Libyan forces used chemical weapons against Chadian troops.");
  CU_ASSERT(d && find_event(d, "2041", "Libya", "Chad"));
  kg_doc_free(d);
  d = run_dated("Liberian rebels used civilians as human shields near Monrovia.");
  CU_ASSERT(d && find_event(d, "184", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Ugandan troops began a mass expulsion of Kenyan traders.");
  CU_ASSERT(d && find_event(d, "201", NULL, "Kenya"));
  kg_doc_free(d);
  /* ... a figurative shield in a sentence of no violence is none (evfilter.c) */
  d = run_dated("The minister said the opposition had used his wife as a human shield.");
  CU_ASSERT(d && !find_event(d, "184", NULL, NULL));
  kg_doc_free(d);
  /* the faiths of the Phoenix agents as the religious sector's groups, not
   * their adjectives that open names */
  d = run_dated("Islamic fundamentalists began a hunger strike in Algiers.");
  e = d ? find_event(d, "142", "-", "-") : NULL;
  CU_ASSERT(e && e->agent_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Hindu pilgrims marched to the temple.");
  CU_ASSERT(d && find_event(d, "14", "-", "-"));
  kg_doc_free(d);
  CU_ASSERT(kg_dict_sector_noun(kg_test_dict(), "islamists") > 0);
  CU_ASSERT(kg_dict_sector_noun(kg_test_dict(), "christians") > 0);
  CU_ASSERT(kg_dict_sector_noun(kg_test_dict(), "christian") == 0);
  CU_ASSERT(kg_dict_sector_noun(kg_test_dict(), "islamic") == 0);
  /* a one-word name the tagger calls a place or organisation, a letter
   * dropped, added or swapped away from a state's name, is that state */
  d = run_dated("Tanzanai and Kenya signed a border treaty on Monday.");
  CU_ASSERT(d && kg_test_actor(d, "Tanzania") >= 0 && find_event(d, "05", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Cambodai accused Thailand of shelling its villages.");
  CU_ASSERT(d && kg_test_actor(d, "Cambodia") >= 0);
  kg_doc_free(d);
  d = run_dated("Britian criticised Argentina on Monday.");
  CU_ASSERT(d && find_event(d, "111", "United Kingdom", "Argentina"));
  kg_doc_free(d);
  /* ... not with its first letter changed or dropped, nor a letter changed */
  d = run_dated("Iberia cut flights to Madrid after the strike.");
  CU_ASSERT(d && kg_test_actor(d, "Liberia") < 0);
  kg_doc_free(d);
  /* ... not a noun whose content is often no act of its owner's */
  d = run_dated("Ghana's plans to expel the Togolese ambassador were criticised.");
  CU_ASSERT(d && !find_event(d, "161", "Ghana", NULL));
  kg_doc_free(d);
}

/* Held-out round twelve (an arms pact suspended, a migration deal struck
 * down, a state of emergency): constructions of our own sentences. */
static void test_heldout_round_twelve(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  const kg_event *e;
  /* "declare a state of emergency / martial law" imposes it (1724) */
  kg_doc *d = run_dated("Armenia declared a two-week state of emergency in Gyumri on Monday.");
  CU_ASSERT(d && find_event(d, "1724", "Armenia", NULL));
  kg_doc_free(d);
  /* tear gas, water cannon, dispersed crowds: violent repression (175) */
  d = run_dated("Police in Ankara used water cannon and rubber bullets on Monday.");
  CU_ASSERT(d && find_event(d, "175", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Police dispersed hundreds of protesters outside the parliament in Ankara on Monday.");
  CU_ASSERT(d && find_event(d, "175", NULL, NULL));
  kg_doc_free(d);
  /* a court strikes down a law or a deal: a rejection (12) */
  d = run_dated("Kenya's Supreme Court struck down the agreement with Rwanda on Monday.");
  CU_ASSERT(d && find_event(d, "12", "Kenya", NULL));
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* withdrawing from a treaty reduces relations (16), no military retreat */
  d = run_dated("Bolivia withdrew from the fisheries treaty with Chile on Monday.");
  CU_ASSERT(d && find_event(d, "16", "Bolivia", NULL));
  CU_ASSERT(d && !find_event(d, "0874", "Bolivia", NULL));
  kg_doc_free(d);
  /* "hoped to cooperate" states an intent (03), as "planned to" does */
  d = run_dated("Peru said on Monday that it hoped to cooperate with Chile on fishing.");
  CU_ASSERT(d && find_event(d, "03", "Peru", "Chile"));
  CU_ASSERT(d && !find_event(d, "06", "Peru", NULL));
  kg_doc_free(d);
  /* two signatories joined by "and": the one of the dateline's state does
   * not give the other his state */
  d = run_dated("Turkey suspended the accord on Monday. It was signed in May by President Tayyip Erdogan and "
                "Secretary of State John Miller.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Recep Tayyip Erdo\xc4\x9f" "an", "Turkey", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "John Miller", "Turkey", 0));
  kg_doc_free(d);
  /* "A spokesman, X," after an organisation's statement serves the
   * organisation, not the dateline's state; a minister does not */
  d = run_dated("Turkey rejected the report on Monday. The European Commission said it regretted the decision. "
                "A spokesman, Karl Brenner, said talks would continue.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Karl Brenner", "European Commission", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Karl Brenner", "Turkey", 0));
  kg_doc_free(d);
  d = run_dated("The European Commission said it regretted the decision. Interior minister Karl Brenner said talks "
                "would continue.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Karl Brenner", "European Commission", 0));
  kg_doc_free(d);
  /* the text's office in an organisation replaces the dictionary's
   * leadership of a state; a leader with no such office keeps it */
  d = run_dated("Kaja Kallas, the EU's foreign policy chief, said Estonia would host the talks.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Kaja Kallas", "European Union", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_LEADER, "Kaja Kallas", "Estonia", 0));
  kg_doc_free(d);
  /* a past verb joined to a reported clause whose subject names no actor
   * (a copular one too) continues the speaker's sentence, through a clause
   * inside the reported one, and after a name the parse made the root */
  d = run_dated("Peru's president, Dina Boluarte, said the plan was unacceptable and accused Chile of bad faith.");
  CU_ASSERT(d && find_event(d, "112", "Dina Boluarte", "Chile"));
  kg_doc_free(d);
  d = run_dated("Peru's president, Dina Boluarte, said the report showed that the ministry had been negligent and "
                "called on Chile to apologise.");
  CU_ASSERT(d && find_event(d, "02", "Dina Boluarte", "Chile"));
  kg_doc_free(d);
  d = run_dated("Dina Boluarte, speaking in Lima, where she met the Chilean envoy, said Peru would not be "
                "intimidated and accused Chile of spying.");
  e = d ? find_event(d, "112", "Dina Boluarte", "Chile") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* a negation stays in its conjunct: the finite verb joined to it is told;
   * a shared passive is not */
  d = run_dated("Peru said its remarks were not racist and refused to apologise.");
  e = d ? find_event(d, "12", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("The Chilean fishermen were not arrested and charged by Peru.");
  e = d ? find_event(d, "173", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* "they" of a clause that "the two countries" report is the two; a
   * "verb" the parse made an object ("imposed entry bans", "bans" VBZ) is
   * a noun in the trigger's object window; entry bans are sanctions */
  d = run_dated("Chile and Peru protested. The two countries announced on Friday that they had imposed entry bans "
                "on nine Bolivian officials.");
  CU_ASSERT(d && find_event(d, "163", "Chile", "Bolivia"));
  CU_ASSERT(d && find_event(d, "163", "Peru", "Bolivia"));
  kg_doc_free(d);
  /* "the alliance" is an alliance named before, not its council; a past
   * verb joined to a present-tense clause that a past verb reports is the
   * reporter's */
  d = run_dated("NATO's North Atlantic Council met in Brussels on Monday. The alliance condemned the Russian drills.");
  CU_ASSERT(d && find_event(d, "111", "North Atlantic Treaty Organisation", "Russia"));
  kg_doc_free(d);
  d = run_dated("The European Union said Iran's decision undermines the talks and called on Tehran to reconsider.");
  CU_ASSERT(d && find_event(d, "02", "European Union", "Iran"));
  CU_ASSERT(d && !find_event(d, "02", "Iran", NULL));
  kg_doc_free(d);
  /* "the bloc in November": a month after "in" is no name the
   * description is "of" ("the government in Bangui") */
  d = run_dated("The European Union criticised Serbia. Serbia suspended its talks with the bloc in November.");
  CU_ASSERT(d && find_event(d, "164", "Serbia", "European Union"));
  kg_doc_free(d);
  /* "X, the trade commissioner, said": an organisation's title in
   * apposition serves the organisation of the sentence before (its
   * official's), never a state */
  d = run_dated("Kaja Kallas, the EU's foreign policy chief, spoke first. Anna Lind, the trade commissioner, said "
                "talks would resume.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Anna Lind", "European Union", 0));
  kg_doc_free(d);
  d = run_dated("Turkey rejected the plan. Anna Lind, the trade commissioner, said talks would resume.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Anna Lind", "Turkey", 0));
  kg_doc_free(d);
  /* suspending visas or visa-free travel reduces relations (16) */
  d = run_dated("Turkey suspended visa-free travel for Syrian officials on Monday.");
  CU_ASSERT(d && find_event(d, "16", "Turkey", "Syria"));
  kg_doc_free(d);
  d = run_dated("Tayyip Erdogan said Turkey would host the talks.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Recep Tayyip Erdo\xc4\x9f" "an", "Turkey", 0));
  kg_doc_free(d);
}

/* Held-out round fifteen (heldout): pronouns a coordinated verb's shared
 * subject decides (corefsyn.c): an object pronoun of the second verb is
 * never the first verb's subject; the subject "it" of a verb joined to an
 * earlier one is that verb's subject, not the state named in between. */
static void test_heldout15_coordination(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Gabriel Boric flew to Lima on Monday. He met President Dina Boluarte on Tuesday and "
                        "urged her to reopen the border.");
  CU_ASSERT(d && find_event(d, "02", "Gabriel Boric", "Dina Boluarte"));
  kg_doc_free(d);
  d = run_dated("Gabriel Boric flew to Lima on Monday. He met Foreign Minister Luis Soto on Tuesday and "
                "urged him to reopen the border.");
  CU_ASSERT(d && find_event(d, "02", "Gabriel Boric", "Luis Soto"));
  kg_doc_free(d);
  d = run_dated("Chile has refused to lift the tariffs unless Peru pays its debts, and it has rejected "
                "Peruvian demands for new talks.");
  CU_ASSERT(d && find_event(d, "12", "Chile", NULL));
  CU_ASSERT(d && !find_event(d, "12", "Peru", NULL));
  kg_doc_free(d);
  /* an object "her" is no possessive determiner */
  d = run_dated("Chile's foreign ministry expelled Ana Ruiz, the UN envoy, accusing her of spying.");
  CU_ASSERT(d && find_event(d, "112", NULL, "Ana Ruiz"));
  kg_doc_free(d);
  /* a state's actions that endanger a thing make no threat; the state
   * itself, or its actions threatening a state, still do */
  d = run_dated("The spokesman said on Monday that Chile's actions threatened regional peace.");
  CU_ASSERT(d && !find_event(d, "13", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("A Peruvian spokesman said Chile threatened to close the border.");
  CU_ASSERT(d && find_event(d, "13", "Chile", NULL));
  kg_doc_free(d);
}

/* Held-out round sixteen (heldout3): constructions from three articles of
 * our own (Sudan's El Fasher siege, a Kosovo monastery attack, a US
 * secretary of state in Beijing), on sentences written for these tests. */
static void test_heldout16_round(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  /* "NAME, DESCRIPTION, who V": the relative is the name, however the parse
   * hung the description and the clause (here both on "hours") */
  const kg_event *e;
  kg_doc *d = run_para("Earlier on Monday, Ruto held more than four hours of talks with Wang Tao, Kenya's trade "
                       "minister, who accused Ethiopia of arming militias.");
  CU_ASSERT(d && find_event(d, "112", "Wang Tao", "Ethiopia"));
  kg_doc_free(d);
  /* "her Italian counterpart, General X": the person the title names, not
   * the counterpart's state */
  d = run_para("Defence Minister Ana Silva held a video call with her Italian counterpart, General Luca Ferri, last "
               "week.");
  CU_ASSERT(d && find_event(d, "04", "Ana Silva", "Luca Ferri") && !find_event(d, "04", NULL, "Italy"));
  kg_doc_free(d);
  /* a bare title's holder who meets the dateline state's leader is his
   * guest, no official of that state; the host's own minister still is */
  static const char guest[] = "Title\n\nMADRID, April 9, 2025 (KGB) \xe2\x80\x94 Foreign Minister Kofi Mensah "
    "met Prime Minister Pedro S\xc3\xa1nchez in Madrid on Friday and thanked Spain for its support.\n";
  d = run_text(guest, sizeof guest - 1, "guest");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Kofi Mensah", "Spain", 0) &&
            has_rel(d, KG_REL_LEADER, "Pedro S\xc3\xa1nchez", "Spain", 0));
  kg_doc_free(d);
  static const char host[] = "Title\n\nMADRID, April 9, 2025 (KGB) \xe2\x80\x94 Foreign Minister Ana Ruiz "
    "met Kofi Mensah in Madrid on Friday.\n\nSpain said it welcomed the visit.\n";
  d = run_text(host, sizeof host - 1, "host");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Spain", 0));
  kg_doc_free(d);
  /* "the Kalma camp": a camp's name is a place, no person */
  d = run_para("Gunmen stormed the Kalma camp in Darfur on Tuesday, residents said.");
  int32_t k = d ? kg_test_actor(d, "Kalma") : -1;
  CU_ASSERT(k >= 0 && d->actors[k].type == KG_ACT_PLACE);
  kg_doc_free(d);
  /* "X, the main Basque party in Navarre": a capitalised modifier in the
   * organisation phrase set in apposition */
  d = run_para("Lydia Moreno, a vice-president of Nueva Voz, the main Basque party in Navarre, resigned on Monday.");
  k = d ? kg_test_actor(d, "Nueva Voz") : -1;
  CU_ASSERT(k >= 0 && d->actors[k].type == KG_ACT_ORG && has_rel(d, KG_REL_OFFICIAL, "Lydia Moreno", "Nueva Voz", 0));
  kg_doc_free(d);
  /* "led by General X": the rank before the leader's name */
  d = run_para("The Tigray People's Liberation Front, led by General Tadesse Werede, rejected the plan.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Tadesse Werede", "Tigray People's Liberation Front", 0));
  kg_doc_free(d);
  /* what is only weighed or mulled has not happened */
  d = run_para("The European Union is weighing new sanctions against Iran.");
  e = d ? find_event(d, "163", NULL, "Iran") : NULL;
  CU_ASSERT(e && e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "X, widely known as Y": Y is X's other name, no actor of its own */
  d = run_para("Ahmed Musa, widely known as Abu Bakr, accused Egypt of blocking the talks.");
  CU_ASSERT(d && kg_test_actor(d, "Abu Bakr") < 0 && find_event(d, "112", "Ahmed Musa", "Egypt"));
  kg_doc_free(d);
  /* "his" in a clause that opens the sentence is the subject after it, not
   * the last man named */
  static const char fronted[] = "Title\n\nLIMA, April 9, 2025 (KGB) \xe2\x80\x94 Foreign Minister Joao Pereira "
    "met President Luis Arce on Monday.\n\nSpeaking to reporters at the end of his three-day visit, which began in "
    "Cusco on Sunday, Pereira said the talks had gone well.\n";
  d = run_text(fronted, sizeof fronted - 1, "fronted");
  CU_ASSERT(d && find_event(d, "042", "Joao Pereira", NULL) && !find_event(d, "042", "Luis Arce", NULL));
  kg_doc_free(d);
  /* "cut off talks with": halting negotiations */
  d = run_para("China cut off military talks with Japan in August.");
  CU_ASSERT(d && find_event(d, "164", "China", "Japan"));
  kg_doc_free(d);
}

/* Held-out round sixteen (xfail): a protest note handed or delivered is an
 * official complaint (114), whatever carries it ("note of protest",
 * "protest note", "diplomatic note"), not a demonstration (140); a state
 * put on or added to a sanctions or terrorism list is sanctioned (163),
 * taken off it eased (085), while a list of topics is no sanction; a
 * decision called a mistake or senseless is criticised (111). */
/* Held-out round seventeen (sentences of our own): trade frozen, halted or
 * cut and imports or exports restricted are an embargo (163); "accused the
 * Commission of acting" refers to the Commission named before; "the bloc"
 * to a bloc of states named before rather than a more salient body; an event noun
 * whose verb of beginning or taking place is negated or hedged ("talks are
 * not expected to resume") takes that verb's factuality; a relative clause
 * on a negative verb's noun ("a dispute that began when X backed Y") or on
 * its object ("rejected the plan that X proposed") is no part of what the
 * verb negates; "the next day" after a month told last, with no day told
 * before, is in that month; a military offensive (the noun) tells violence;
 * "his (X's) Y Party" makes him a member of the party. */
static void test_heldout17_heldout(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Peru decided to freeze trade with Chile on Monday.");
  CU_ASSERT(d && find_event(d, "163", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Chile restricted exports of copper to Peru last month.");
  CU_ASSERT(d && find_event(d, "163", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile restricted the movement of Peru's trucks.");   /* no trade named: no embargo */
  CU_ASSERT(d && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Talks between Chile and Peru, which stalled in May, are not expected to resume soon.");
  const kg_event *e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = run_dated("Talks between Chile and Peru are expected to begin next week in Lima.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Talks between Chile and Peru began on Monday in Lima.");
  e = d ? find_event(d, "04", NULL, NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Peru recalled its envoy, escalating a dispute that began when Chile backed Bolivia's claim.");
  e = d ? find_event(d, "05", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Peru rejected the plan which Chile proposed in May.");
  e = d ? find_event(d, "12", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  e = d ? find_event(d, "02", "Chile", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "the Commission of V-ing": the Commission named before, no "Commission of ..." name */
  d = run_dated("The European Commission fined Chile on Monday. Peru accused the Commission of acting in haste.");
  CU_ASSERT(d && find_event(d, "112", "Peru", "European Commission"));
  kg_doc_free(d);
  /* "the bloc": the bloc of states named before, not the more salient body of it */
  d = run_dated("The European Commission said on Monday that the deal between the European Union and Chile was at "
                "risk. Anna Berg, the bloc's trade chief, flew to Santiago.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Anna Berg", "European Union", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Anna Berg", "European Commission", 0));
  kg_doc_free(d);
  /* "the next day" after a month told last, no day told before: that month */
  d = run_dated("In March, Chile backed Bolivia's claim to the coast. Peru recalled its ambassador from Santiago "
                "the next day.");
  e = d ? find_event(d, "16", "Peru", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-03"));
  kg_doc_free(d);
  d = run_dated("Chile backed Bolivia's claim on March 3. Peru recalled its ambassador from Santiago the next day.");
  e = d ? find_event(d, "16", "Peru", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-03-04"));
  kg_doc_free(d);
  /* a military offensive (a noun) tells violence; a charm offensive does not */
  d = run_dated("Talks collapsed after Chile's offensive in Tacna.");
  CU_ASSERT(d && find_event(d, "19", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("The minister attacked Peru after a charm offensive in Tacna.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The minister attacked Peru after an offensive remark in Tacna.");
  CU_ASSERT(d && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* a person's possessive opening a party's name: a member ("his X Party rivals": no) */
  d = run_dated("Carlos Vega lost ground in the vote. His National Renewal Party came third on Sunday.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Carlos Vega", "National Renewal Party", 0));
  kg_doc_free(d);
  d = run_dated("Carlos Vega's National Renewal Party came third on Sunday.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Carlos Vega", "National Renewal Party", 0));
  kg_doc_free(d);
  d = run_dated("Carlos Vega attacked his National Renewal Party rivals on Sunday.");
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Carlos Vega", "National Renewal Party", 0));
  kg_doc_free(d);
  d = run_dated("Peru denied that its troops had shelled the village.");   /* a complement stays denied */
  e = d ? find_event(d, "19", NULL, NULL) : NULL;
  CU_ASSERT(!e || e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
}

static void test_heldout16_xfail(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Chile delivered a note of protest to Peru on Monday.");
  CU_ASSERT(d && find_event(d, "114", "Chile", "Peru"));
  CU_ASSERT(d && !find_event(d, "14", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile handed a diplomatic note to Peru's ambassador on Monday.");
  CU_ASSERT(d && find_event(d, "114", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Chile summoned Peru's ambassador and handed him a protest note.");
  CU_ASSERT(d && find_event(d, "114", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Chile handed a note to Peru's ambassador with the time of the dinner.");
  CU_ASSERT(d && !find_event(d, "114", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The United States put Venezuela back on its list of state sponsors of terrorism on Monday.");
  CU_ASSERT(d && find_event(d, "163", "United States", "Venezuela"));
  kg_doc_free(d);
  d = run_dated("Canada removed Libya from its list of state sponsors of terrorism.");
  CU_ASSERT(d && find_event(d, "085", "Canada", "Libya"));
  kg_doc_free(d);
  d = run_dated("Chile added Peru to its sanctions list on Monday.");
  CU_ASSERT(d && find_event(d, "163", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile put the border on the list of topics for the summit.");
  CU_ASSERT(d && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru's foreign minister called Chile's decision a dangerous mistake.");
  CU_ASSERT(d && find_event(d, "111", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile's president called the vote \"completely senseless\".");
  CU_ASSERT(d && find_event(d, "111", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Chile's president called the seizure \"an act of piracy\".");
  CU_ASSERT(d && find_event(d, "111", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("The piracy group called itself the Free Network on Monday.");   /* a name, no criticism */
  CU_ASSERT(d && !find_event(d, "111", NULL, NULL));
  kg_doc_free(d);
  /* troops leaving a country retreat (0874), a minister leaving it does
   * not; a peacekeeping mission ended withdraws the peacekeepers (1661);
   * fighters driven out of towns are fought (190) */
  d = run_dated("Chilean troops left the country last year.");
  CU_ASSERT(d && find_event(d, "0874", "Chile", NULL));
  kg_doc_free(d);
  d = run_dated("Chile's foreign minister left the country on Monday.");
  CU_ASSERT(d && !find_event(d, "08", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The United Nations voted on Friday to end its peacekeeping mission in Chad.");
  CU_ASSERT(d && find_event(d, "1661", "United Nations", NULL));
  kg_doc_free(d);
  d = run_dated("Peru ended its trade mission in Chile.");
  CU_ASSERT(d && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chilean troops drove rebel fighters out of the northern towns.");
  CU_ASSERT(d && find_event(d, "190", "Chile", NULL));
  kg_doc_free(d);
  /* a military base handed over: a military withdrawal (0874) */
  d = run_dated("Peru handed over its last military base in Chile to the Chilean army on Monday.");
  CU_ASSERT(d && find_event(d, "0874", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Peru handed over the report to Chile on Monday.");
  CU_ASSERT(d && !find_event(d, "0874", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round sixteen (xfail, relations): a titled person at the head
 * of a state's delegation or negotiators ("a Russian delegation led by
 * Deputy Defence Minister P", "Chilean negotiators, headed by intelligence
 * director P") serves that state; an untitled head, or the head of another
 * kind of group, gets no office of the state. */
static void test_heldout16_delegation_head(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Peru received a Russian delegation led by Deputy Defence Minister Arkady Velmorov in Lima.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Russia", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Peru", 0));
  kg_doc_free(d);
  d = run_dated("Chilean negotiators, headed by intelligence director Tomas Quellberg, met the mediators on Monday.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("Peru received a Chilean delegation led by Tomas Quellberg in Lima.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("A Chilean rebel group led by Commander Tomas Quellberg attacked the town.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Chile", 0));
  kg_doc_free(d);
}

/* Held-out round seventeen (xfail, events): a case launched or brought
 * against someone is a lawsuit (115); arms bought from or sold to a state
 * are military cooperation (062); a military intervention is force (190);
 * standing "shoulder to shoulder" with a state supports it (051); "the
 * kingdom" refers to a monarchy. */
static void test_heldout17_xfail(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Brazil launched a trade case against Argentina at the WTO in 2022.");
  CU_ASSERT(d && find_event(d, "115", "Brazil", "Argentina"));
  kg_doc_free(d);
  d = run_dated("Guyana brought a case against Venezuela before the court in 2018.");
  CU_ASSERT(d && find_event(d, "115", "Guyana", "Venezuela"));
  kg_doc_free(d);
  d = run_dated("The ministry said Chile would launch legal action against Peru.");
  CU_ASSERT(d && find_event(d, "115", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile brought a new coach to the club in 2018.");
  CU_ASSERT(d && !find_event(d, "115", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru bought fighter jets from Chile last year.");
  CU_ASSERT(d && find_event(d, "062", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Peru has sold tanks to Chile.");
  CU_ASSERT(d && find_event(d, "062", "Peru", "Chile"));
  kg_doc_free(d);
  d = run_dated("Peru bought ten airliners from Chile last year.");
  CU_ASSERT(d && !find_event(d, "062", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru led a military intervention in Chile in 2015.");
  CU_ASSERT(d && find_event(d, "190", NULL, "Chile"));
  kg_doc_free(d);
  d = run_dated("Peru stood shoulder to shoulder with Chile on Monday.");
  CU_ASSERT(d && find_event(d, "051", "Peru", NULL));
  kg_doc_free(d);
  /* troops or armoured units moved: a deployment (154); a gerund right
   * after "denied", parsed as its adverbial clause, is what it denies */
  d = run_dated("Peru moved armoured units to its northern border on Monday.");
  const kg_event *e = d ? find_event(d, "154", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Lima has denied moving troops towards Chile and said the units were on routine exercises.");
  e = d ? find_event(d, "154", "Peru", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  d = run_dated("The company moved its staff to Lima.");
  CU_ASSERT(d && !find_event(d, "154", NULL, NULL));
  kg_doc_free(d);
  /* "the kingdom" is a monarchy the story named (corefdesc.c), not the
   * salient republic */
  d = run_dated("Morocco signed a trade deal with Peru on Sunday. Chile condemned the kingdom on Monday.");
  CU_ASSERT(d && find_event(d, "111", "Chile", "Morocco"));
  CU_ASSERT(d && !find_event(d, "111", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Peru signed a trade deal with Chile on Sunday. Brazil condemned the kingdom on Monday.");
  CU_ASSERT(d && !find_event(d, "111", "Brazil", "Chile") && !find_event(d, "111", "Brazil", "Peru"));
  kg_doc_free(d);
}

/* Held-out round seventeen (xfail, relations): the head of a state's body
 * named by a possessive ("X, the head of Peru's army,") and "Ambassador X"
 * after the state's unnamed ambassador serve that state (relbody.c). */
static void test_heldout17_titles(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("General Tomas Quellberg, the head of Peru's army, attended the ceremony.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  kg_doc_free(d);
  d = run_dated("Chile met Arkady Velmorov, the deputy head of Peru's sovereign council, in Lima.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Peru", 0));
  kg_doc_free(d);
  d = run_dated("The commander of Peru's armed forces, General Tomas Quellberg, said the army was ready.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  kg_doc_free(d);
  d = run_dated("Tomas Quellberg, the head of Peru's biggest bank, welcomed the deal.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  kg_doc_free(d);
  d = run_dated("Chile summoned Peru's ambassador on Monday. The minister told Ambassador Arkady Velmorov that the "
                "remarks were unacceptable.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("Chile recalled its ambassador to Peru and Peru's ambassador left Santiago. Ambassador Arkady "
                "Velmorov said he was sad.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Chile", 0));
  kg_doc_free(d);
}

/* Held-out round eighteen (xfail), coreference: "the island" is an island
 * state the story named (kgd:islandState), not the salient state that is
 * none; "the sultanate" a state the dictionary calls one; "the foreign
 * ministry in Lima" Peru's. */
static void test_heldout18_island(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Italy sent two patrol boats to Malta on Monday. Italy's interior minister, Tomaso Brelli, "
                        "accused the island of breaking the agreement.");
  CU_ASSERT(d && find_event(d, "112", "Tomaso Brelli", "Malta"));
  CU_ASSERT(d && !find_event(d, "112", NULL, "Italy"));
  kg_doc_free(d);
  d = run_dated("Italy sent two patrol boats to Malta on Monday. The island's minister for external relations, "
                "Karmenu Vell, said Valletta would not yield.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Karmenu Vell", "Malta", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Karmenu Vell", "Italy", 0));
  kg_doc_free(d);
  /* no island state named: "the island" takes no state */
  d = run_dated("Italy sent two patrol boats to Lampedusa on Monday. Italy's interior minister, Tomaso Brelli, "
                "accused the island of breaking the agreement.");
  CU_ASSERT(d && !find_event(d, "112", NULL, "Italy"));
  kg_doc_free(d);
  d = run_dated("Iran freed two Italian citizens on Monday in an exchange brokered by Oman. Italy thanked the "
                "sultanate for its mediation.");
  CU_ASSERT(d && find_event(d, "0", "Italy", "Oman"));
  kg_doc_free(d);
  /* a state's body at its seat of government is the state's */
  d = run_dated("The foreign ministry in Lima rejected the charge as baseless.");
  CU_ASSERT(d && find_event(d, "0", "Peru", NULL));
  kg_doc_free(d);
  d = run_dated("The foreign ministry in the capital rejected the charge as baseless.");
  CU_ASSERT(d && !find_event(d, "0", "Peru", NULL));
  kg_doc_free(d);
}

/* Held-out round eighteen (xfail): the states that formed an organisation
 * are its members (relfound.c): named, counted after a sentence naming them,
 * or in a relative clause; not when the forming is negated, planned or done
 * by persons. */
static void test_heldout18_founders(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Chile, Peru and Bolivia left the bloc in May. The three juntas have since formed their own "
                        "Alliance of Sahel States.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Chile", "Alliance of Sahel States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Alliance of Sahel States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Bolivia", "Alliance of Sahel States", 0));
  kg_doc_free(d);
  d = run_dated("Chile and Peru founded the Alliance of Sahel States in 2023.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Chile", "Alliance of Sahel States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Alliance of Sahel States", 0));
  kg_doc_free(d);
  d = run_dated("Leaders of Chile, Peru and Bolivia met for the first summit of the Alliance of Sahel States, which "
                "the three governments formed last September.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Alliance of Sahel States", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Bolivia", "Alliance of Sahel States", 0));
  kg_doc_free(d);
  d = run_dated("Chile and Peru did not form the Alliance of Sahel States.");
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Chile", "Alliance of Sahel States", 0));
  kg_doc_free(d);
  d = run_dated("Chile and Peru would form the Alliance of Sahel States next year, officials said.");
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Chile", "Alliance of Sahel States", 0));
  kg_doc_free(d);
  /* two states named, "the three": no guess */
  d = run_dated("Chile and Peru left the bloc in May. The three juntas have since formed the Alliance of Sahel States.");
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Chile", "Alliance of Sahel States", 0));
  kg_doc_free(d);
}

/* Held-out round eighteen (xfail), coreference: a title word that is part of
 * a dictionary person's own name ("Sheikh Hasina") tells no gender, so "her"
 * and "she" may refer to her. */
static void test_heldout18_gender(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Sheikh Hasina fled to India in August after protesters toppled her government. Kovu Ardent, "
                        "the adviser, said a note had been sent. \"We expect India to act,\" he told reporters. The "
                        "tribunal ordered on Monday that she be arrested.");
  CU_ASSERT(d && find_event(d, "17", NULL, "Sheikh Hasina"));
  CU_ASSERT(d && !find_event(d, "17", NULL, "Kovu Ardent"));
  kg_doc_free(d);
}

/* Held-out round nineteen (coref): a title on a state's body noun with
 * no state ("an army spokesman", "the army commander", "the army's chief
 * of staff") is an official of the state whose body of that noun the two
 * sentences before named ("Peru's army", "the Peruvian army"); not of
 * another state named there, nor of a body of another noun. */
static void test_heldout19_body_title(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Peru's army said it had launched an operation, backed by Chilean instructors. Colonel Tomas "
                        "Quellberg, an army spokesman, said dozens of fighters had been killed.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("The Peruvian army sent soldiers into the town on Wednesday. General Tomas Quellberg, the army "
                "commander, said more would follow.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  kg_doc_free(d);
  d = run_dated("Chile handed over its last base to the Peruvian army on Thursday. The base was transferred at a "
                "ceremony attended by the army's chief of staff, General Tomas Quellberg.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Chile", 0));
  kg_doc_free(d);
  /* the body named before is of another noun: no state */
  d = run_dated("Peru's police said it had arrested six people. Colonel Tomas Quellberg, an army spokesman, said "
                "the border was calm.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tomas Quellberg", "Peru", 0));
  kg_doc_free(d);
}

/* Held-out round nineteen (coref): a state's own police, army or
 * authorities acting with no state named are the dateline's state (ANKARA,
 * Turkey in run_dated), when the story names it outside the dateline. */
static void test_heldout19_dateline_police(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Turkey's government declared a state of emergency on Wednesday, and police arrested six "
                        "opposition leaders overnight.");
  CU_ASSERT(d && find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
  /* the dateline's state named only in the dateline: no guess */
  d = run_dated("Greece's government declared a state of emergency on Wednesday, and police arrested six opposition "
                "leaders overnight.");
  CU_ASSERT(d && !find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
  /* police of a state named in the phrase: that state's */
  d = run_dated("Turkey protested after Greek police arrested six Turkish fishermen on Monday.");
  CU_ASSERT(d && !find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-one (xfail): a title only one state's officials
 * bear (kgd:stateTitle: "secretary of state") makes its holder that state's
 * official when the document names the state, before any guess from the
 * context; never the British "Secretary of State for X". */
static kg_doc *run_plain(const char *text)
{
  kg_world *w = kg_test_world();
  kg_doc *d = w ? kg_doc_new(text, strlen(text), "plain") : NULL;
  if (d && kg_pipeline_run(w, d) != KG_OK) {
    kg_doc_free(d);
    d = NULL;
  }
  return d;
}

static void test_heldout21_state_title(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Aid for Kenya\n\nKenya hosted talks on Monday. Deputy Secretary of State Mark Ellison met "
                        "Kenya's president, William Ruto, in Nairobi. The United States pledged aid.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Mark Ellison", "United States", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Mark Ellison", "Kenya", 0));
  kg_doc_free(d);
  d = run_plain("Aid for Kenya\n\nKenya hosted talks on Monday. Mark Ellison, the deputy secretary of state, met "
                "President William Ruto in Nairobi, and the United States pledged aid.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Mark Ellison", "United States", 0));
  kg_doc_free(d);
  /* (the United States not named: no relation to it) */
  d = run_plain("Aid for Kenya\n\nSecretary of State Mark Ellison met Kenya's president, William Ruto, in Nairobi on "
                "Monday.\n");
  CU_ASSERT(d && kg_test_actor(d, "Mark Ellison") >= 0 && !has_rel(d, KG_REL_OFFICIAL, "Mark Ellison", "Kenya", 0));
  CU_ASSERT(d && kg_test_actor(d, "United States") < 0);
  kg_doc_free(d);
  /* "Secretary of State for Health": a British minister's title */
  d = run_plain("Health plans\n\nThe United States praised the plan. Secretary of State for Health Tom Barrow said "
                "Britain would follow.\n");
  CU_ASSERT(d && d->ntokens > 0);
  for (uint32_t i = 0; d && i < d->ntokens; i++)
    if (kg_tok_is(d, i, "Secretary"))
      CU_ASSERT(kg_rel_title_home(kg_test_dict(), d, i) < 0);
  kg_doc_free(d);
  d = run_plain("Health plans\n\nThe United States praised the plan. Secretary of State Tom Barrow said Britain "
                "would follow.\n");
  CU_ASSERT(d && kg_test_actor(d, "United States") >= 0);
  for (uint32_t i = 0; d && i < d->ntokens; i++)
    if (kg_tok_is(d, i, "Secretary"))
      CU_ASSERT(kg_rel_title_home(kg_test_dict(), d, i) == kg_test_actor(d, "United States"));
  kg_doc_free(d);
}

/* Held-out round twenty-two (xfail): "acting" (a verb to the tagger) between
 * the state's possessive and the portfolio words of the title. */
static void test_heldout22_acting_title(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Border row\n\nTanzania summoned Kenya's acting high commissioner, Peter Otieno, in Dodoma on "
                        "Tuesday.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Peter Otieno", "Kenya", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Peter Otieno", "Tanzania", 0));
  kg_doc_free(d);
  /* portfolio titles of the lexicon: "Home Minister", "Commerce Secretary", "Vice Foreign Minister",
   * "Prosecutor General" (the state from the subject of the sentence before) */
  static const char *const titles[] = { "Home Minister", "Commerce Secretary", "Vice Foreign Minister",
                                        "Prosecutor General", NULL };
  for (int k = 0; titles[k]; k++) {
    char buf[256];
    snprintf(buf, sizeof buf, "Trade row\n\nKenya welcomed the new curbs. %s Peter Otieno praised the decision "
             "and said talks would go on.\n", titles[k]);
    d = run_plain(buf);
    CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Peter Otieno", "Kenya", 0));
    kg_doc_free(d);
  }
}

/* Held-out round twenty-two (xfail): "The expulsions came on Tuesday." opening a paragraph lends its day to a past
 * act of the next sentence of the paragraph that tells no date; not to the next paragraph. */
static void test_heldout22_frame_date(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Diplomats expelled\n\nANKARA, Turkey, April 9, 2025 (KGB) \xe2\x80\x94 Turkey and Greece "
                        "traded accusations on Wednesday.\n\nThe expulsions came on Tuesday. Greece expelled two "
                        "Turkish diplomats.\n\nTurkey expelled three Greek diplomats.\n");
  const kg_event *e = d ? find_event(d, "16", "Greece", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2025-04-08"));
  e = d ? find_event(d, "16", "Turkey", NULL) : NULL;
  CU_ASSERT(e && strcmp(e->date, "2025-04-08"));
  kg_doc_free(d);
  /* the subject no act noun: no day lent */
  d = run_plain("Diplomats expelled\n\nANKARA, Turkey, April 9, 2025 (KGB) \xe2\x80\x94 Turkey and Greece "
                "traded accusations on Wednesday.\n\nThe weather turned on Tuesday. Greece expelled two "
                "Turkish diplomats.\n");
  e = d ? find_event(d, "16", "Greece", NULL) : NULL;
  CU_ASSERT(e && strcmp(e->date, "2025-04-08"));
  kg_doc_free(d);
}

/* Held-out round twenty-three (heldout): an "it" opening a sentence is the
 * sentence before's subject, an accord that can be signed ("It was signed by
 * A, B and C"); a list after "by" with an apposition of its members. */
static void test_heldout23_it_signed(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Treaty\n\nLIMA, Peru, May 4, 2023 (KGB) \xe2\x80\x94 The Quito Charter creates a water "
                        "council for the region. It was signed by Peru, Colombia and Bolivia, the three members of "
                        "the Andean Community.\n");
  const kg_event *e = d ? find_event(d, "057", NULL, NULL) : NULL;
  CU_ASSERT(e && has_part(d, e, "Peru") && has_part(d, e, "Bolivia"));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Andean Community", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Bolivia", "Andean Community", 0));
  kg_doc_free(d);
  /* the subject before a player, or "it" after a noun of its own sentence: no accord signed */
  d = run_plain("Transfer\n\nLIMA, Peru, May 4, 2023 (KGB) \xe2\x80\x94 The young striker scored twice on "
                "Sunday. It was signed by Peru and Colombia.\n");
  CU_ASSERT(d && !find_event(d, "057", NULL, NULL));
  kg_doc_free(d);
  d = run_plain("Treaty\n\nLIMA, Peru, May 4, 2023 (KGB) \xe2\x80\x94 The Quito Charter creates a water "
                "council. Under the new rules for football, it was signed by Peru and Colombia.\n");
  CU_ASSERT(d && !find_event(d, "057", NULL, NULL));
  kg_doc_free(d);
  /* an act called scandalous is criticised (111), not CAMEO.2.0's "call expulsion" (131) */
  d = run_dated("Ecuador called the expulsion \"scandalous\" on Monday.");
  CU_ASSERT(d && find_event(d, "111", "Ecuador", NULL) && !find_event(d, "131", NULL, NULL));
  kg_doc_free(d);
  /* "Chief Justice X": the title is no part of the name */
  d = run_dated("Chief Justice Maria Quispe swore in the new president on Monday.");
  int named = 0, titled = 0;
  for (size_t k = 0; d && k < d->nactors; k++) {
    named |= !strcmp(d->actors[k].label, "Maria Quispe");
    titled |= strstr(d->actors[k].label, "Justice") != NULL;
  }
  CU_ASSERT(d && named && !titled);
  kg_doc_free(d);
  /* "with A and B, two members of Y" */
  d = run_plain("Talks\n\nLIMA, Peru, May 4, 2023 (KGB) \xe2\x80\x94 Chile signed a water accord with Peru "
                "and Bolivia, two members of the Andean Community, on Tuesday.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Andean Community", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Bolivia", "Andean Community", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Chile", "Andean Community", 0));
  kg_doc_free(d);
}

/* Held-out round twenty-three (xfail): readiness to help ("was ready to help", "stood ready to help") with no one
 * named as helped is an offer of aid (033), an intent; "helped the team win" and a bare "help" stay no event. */
static void test_heldout23_ready_to_help(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Floods\n\nKenya said on Monday it was ready to help rebuild the bridges.\n");
  const kg_event *e = d ? find_event(d, "033", "Kenya", NULL) : NULL;
  CU_ASSERT(e != NULL);
  kg_doc_free(d);
  d = run_plain("Floods\n\nKenya said on Monday it helped rebuild the bridges.\n");
  CU_ASSERT(d && !find_event(d, "03", "Kenya", NULL) && !find_event(d, "07", "Kenya", NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-three (xfail): freight, cargo, shipments or their loading blocked or halted are an embargo
 * (163, CURATED_XFAIL23 of tools/gen_dictionaries.py); a road blocked stays an obstruction, no embargo. */
static void test_heldout23_goods_blocked(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Border row\n\nIn 2019, Kenya blocked rail freight to Uganda in a dispute over fees.\n");
  const kg_event *e = d ? find_event(d, "163", "Kenya", "Uganda") : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2019"));
  kg_doc_free(d);
  d = run_plain("Border row\n\nIn May, Kenya halted the loading of Ugandan coffee at its port.\n");
  CU_ASSERT(d && find_event(d, "163", "Kenya", "Uganda"));
  kg_doc_free(d);
  d = run_plain("Border row\n\nIn May, Kenyan farmers blocked the road to Uganda.\n");
  CU_ASSERT(d && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-four (xfail): "A and B, which like C are members of Y" (a relative clause's antecedents are
 * members too, with no comma after the "like" phrase; "unlike": not its states); "a member of X and of Y". */
static void test_heldout24_membership(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Storm\n\nLatvia and Iceland, which like Denmark and Norway are members of NATO, sent ships.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Latvia", "North Atlantic Treaty Organisation", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Iceland", "North Atlantic Treaty Organisation", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Denmark", "North Atlantic Treaty Organisation", 0));
  kg_doc_free(d);
  d = run_plain("Storm\n\nNorway and Iceland, which unlike Sweden and Finland were founding members of NATO, sent ships.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Iceland", "North Atlantic Treaty Organisation", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Sweden", "North Atlantic Treaty Organisation", 0));
  kg_doc_free(d);
  d = run_plain("Storm\n\nPortugal, a member of the European Union and of NATO, sent two ships on Monday.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Portugal", "European Union", 0));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Portugal", "North Atlantic Treaty Organisation", 0));
  kg_doc_free(d);
}

/* Held-out round twenty-five (xfail): "Its Foreign Minister, X," opening a sentence gives X the office of the
 * state "Its" stands for even when the dictionary has a namesake in another state (relrules.c kg_rel_own_title);
 * "X, its foreign minister," still defers to the dictionary. */
static void test_heldout25_own_title(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Row\n\nGuinea told another story. Its Foreign Minister, Abdoulaye Sow, said the convoy was lost.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Abdoulaye Sow", "Guinea", 0));
  kg_doc_free(d);
  d = run_plain("Row\n\nGuinea told another story. Abdoulaye Sow, its foreign minister, said the convoy was lost.\n");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Abdoulaye Sow", "Guinea", 0));
  kg_doc_free(d);
}

/* Held-out round twenty-six (xfail): spellings of the dictionary's names (tools/gen_dictionaries.py): a South
 * Asian leader's given names as initials ("P.K. Dahal"), a Turkmen name's -ow written -ov, the newest leaders
 * table's fuller name as the label (the older one an alias); Greenland a party of its own (EXTRA_STATES). */
static void test_heldout26_name_spellings(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Row\n\nKathmandu was quiet on Monday. P.K. Dahal said the vote had been unfair.\n");
  CU_ASSERT(d && kg_test_actor(d, "Pushpa Kamal Dahal") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "P.K. Dahal") < 0);
  kg_doc_free(d);
  d = run_plain("Row\n\nThe talks opened in Ashgabat. Gurbanguly Berdimuhamedov welcomed the delegates.\n");
  CU_ASSERT(d && kg_test_actor(d, "Gurbanguly Berdimuhamedow") >= 0);
  kg_doc_free(d);
  d = run_plain("Row\n\nThe summit opened in Dodoma. Samia Suluhu welcomed the delegates.\n");
  CU_ASSERT(d && kg_test_actor(d, "Samia Suluhu Hassan") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "Samia Suluhu") < 0);
  kg_doc_free(d);
  d = run_plain("Row\n\nThe plan angered Nuuk. Greenland's premier, Anna Berthelsen, condemned the visit on Monday.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Anna Berthelsen", "Greenland", 0));
  kg_doc_free(d);
}

/* Held-out round twenty-six (xfail): a state named only as the modifier of a noun the parser made the subject
 * of another noun ("before the Greenlandic election next spring") does not stop a bare title taking the state
 * of the sentence before (relrules.c kg_rel_noun_subject, relations.c sole_state). */
static void test_heldout26_noun_subject(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Row\n\nIn Washington, the State Department rejected the claims. Its spokeswoman, Ann Lee, "
                        "said the United States \"does not control or direct\" private citizens and accused Danish "
                        "officials of trying to \"invent a crisis\" before the Greenlandic election next spring. Vice "
                        "President Tom Hale, who visited the base in March, said Denmark had failed the island.\n");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Tom Hale", "United States", 0));
  kg_doc_free(d);
  d = run_plain("Row\n\nThe State Department rejected the claims. Its spokeswoman, Ann Lee, said the United "
                "States would act, and Greenlandic officials protested. Vice President Tom Hale said Denmark had "
                "failed the island.\n");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Tom Hale", "United States", 0));
  kg_doc_free(d);
}

/* Held-out round twenty-five (xfail): "the Kaluma" after "the Kaluma Front" is the front (actors_names.c
 * org_short_name): the accusation's target and the attack's agent, and no actor "Kaluma" of its own. */
static void test_heldout25_org_short_name(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Row\n\nThe Kaluma Front seeks independence for the north. On Monday Chad accused the Kaluma "
                        "of attacking a convoy.\n");
  CU_ASSERT(d && find_event(d, "112", "Chad", "Kaluma Front"));
  CU_ASSERT(d && !find_event(d, "112", "Chad", "Kaluma"));
  for (size_t a = 0; d && a < d->nactors; a++)
    CU_ASSERT(!d->actors[a].label || strcmp(d->actors[a].label, "Kaluma") != 0);
  kg_doc_free(d);
}

/* Held-out round twenty-four (xfail): a state leaving an organisation ("withdrew from", "said it was withdrawing
 * from", "pulled out of") reduces relations (160, evleave.c), no military retreat (0874); a player leaving a tournament is
 * no event, and a withdrawal from a place with troops named stays a retreat. */
static void test_heldout24_leave_body(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Row\n\nSomalia said on Monday that it was withdrawing from the African Union.\n");
  CU_ASSERT(d && find_event(d, "160", "Somalia", "African Union"));
  CU_ASSERT(d && !find_event(d, "0874", NULL, NULL));
  kg_doc_free(d);
  d = run_plain("Row\n\nChad pulled out of the African Union in May.\n");
  CU_ASSERT(d && find_event(d, "160", "Chad", "African Union"));
  kg_doc_free(d);
  d = run_plain("Row\n\nAndy Murray pulled out of the Australian Open on Monday with a back injury.\n");
  CU_ASSERT(d && !find_event(d, "160", NULL, NULL));
  kg_doc_free(d);
  d = run_plain("Row\n\nEthiopia withdrew its troops from Somalia on Monday.\n");
  CU_ASSERT(d && find_event(d, "0874", "Ethiopia", NULL) && !find_event(d, "160", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-four (xfail): an embassy reopened is diplomatic recognition (054, CURATED_XFAIL24 of
 * tools/gen_dictionaries.py, as CAMEO.2.0's "REOPEN * EMBASSY"); a shop reopened is no event. */
static void test_heldout24_embassy_reopened(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Thaw\n\nKenya reopened its embassy in Mogadishu in 2019, after a long break.\n");
  const kg_event *e = d ? find_event(d, "054", "Kenya", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2019"));
  kg_doc_free(d);
  d = run_plain("Thaw\n\nKenya reopened its shops in Mogadishu in 2019, after a long break.\n");
  CU_ASSERT(d && !find_event(d, "05", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-eight (xfail): CURATED_XFAIL28 of tools/gen_dictionaries.py.  A state joining another's case
 * brings one (115); ports closed to another's ships are an embargo (163); a membership suspended is relations
 * reduced (160).  An alliance joined, a storm closing a port: no such event. */
static void test_xfail28_patterns(void)
{
  NEED_DICT();
  kg_doc *d = run_plain("Row\n\nGreece said it would join Turkey's case against Libya at the court.\n");
  CU_ASSERT(d && find_event(d, "115", "Greece", "Libya"));
  kg_doc_free(d);
  d = run_plain("Row\n\nFinland closed its ports to Russian vessels on Monday.\n");
  CU_ASSERT(d && find_event(d, "163", "Finland", "Russia"));
  kg_doc_free(d);
  d = run_plain("Row\n\nEritrea suspended its membership of the bloc in 2009.\n");
  const kg_event *e = d ? find_event(d, "160", "Eritrea", NULL) : NULL;
  CU_ASSERT(e && !strcmp(e->date, "2009"));
  kg_doc_free(d);
  d = run_plain("Row\n\nStorms closed the port of Dover for two days.\n");
  CU_ASSERT(d && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  d = run_plain("Row\n\nGreece joined the alliance against Libya in March.\n");
  CU_ASSERT(d && !find_event(d, "115", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-one (xfail): a tanker, vessel, ship or freighter
 * boarded is seized (171); a plane boarded is no act. */
static void test_heldout21_boarded(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Sweden's navy boarded a Russian tanker in the Baltic Sea on Tuesday.");
  CU_ASSERT(d && find_event(d, "171", "Sweden", "Russia"));
  kg_doc_free(d);
  d = run_dated("Greek coast guards boarded a Turkish freighter near Rhodes on Monday.");
  CU_ASSERT(d && find_event(d, "171", "Greece", "Turkey"));
  kg_doc_free(d);
  d = run_dated("The Swedish prime minister boarded a plane to Moscow on Tuesday.");
  CU_ASSERT(d && !find_event(d, "17", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round twenty (xfail): the dateline's police are not lent when
 * the sentence names a place of another state or its teller is of
 * another state. */
static void test_heldout20_dateline_guard(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Turkey's government declared a state of emergency on Wednesday, and police arrested six "
                        "opposition leaders in Izmir overnight.");
  CU_ASSERT(d && find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
  d = run_dated("Turkey's government declared a state of emergency on Wednesday, and police arrested six "
                "opposition leaders in Athens overnight.");
  CU_ASSERT(d && find_event(d, "173", NULL, NULL) && !find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
  d = run_dated("Turkey protested on Wednesday. Police arrested twelve opposition leaders after a rally in "
                "Thessaloniki.");
  CU_ASSERT(d && find_event(d, "173", NULL, NULL) && !find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
  d = run_dated("Turkey protested on Wednesday. Greek Foreign Minister Nikos Dendias said police had arrested "
                "six opposition leaders.");
  CU_ASSERT(d && find_event(d, "173", NULL, NULL) && !find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
  d = run_dated("Turkey protested on Wednesday. Foreign Minister Hakan Fidan said police had arrested six "
                "opposition leaders.");
  CU_ASSERT(d && find_event(d, "173", "Turkey", NULL));
  kg_doc_free(d);
}

/* Held-out round twenty (xfail): speaking to someone by video link is a
 * consultation (040); a name's words after its first take no room in a
 * pattern's object window; drones and armoured vehicles sold are weapons. */
static void test_heldout20_video_link(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Erdogan also spoke to Brazilian President Luiz Inácio Lula da Silva by video link last "
                        "week.");
  CU_ASSERT(d && find_event(d, "040", "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva"));
  kg_doc_free(d);
  d = run_dated("Erdogan talked with Vladimir Putin by videoconference on Monday.");
  CU_ASSERT(d && find_event(d, "04", "Recep Tayyip Erdoğan", "Vladimir Putin"));
  kg_doc_free(d);
  d = run_dated("Erdogan also spoke to Brazilian President Luiz Inácio Lula da Silva by telephone last week.");
  CU_ASSERT(d && find_event(d, "041", "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva"));
  kg_doc_free(d);
  /* drones and armoured vehicles sold or bought are weapons (062) */
  d = run_dated("Norway has sold drones to Ukraine.");
  CU_ASSERT(d && find_event(d, "062", "Norway", "Ukraine"));
  kg_doc_free(d);
  d = run_dated("Poland bought armoured vehicles from South Korea last year.");
  CU_ASSERT(d && find_event(d, "062", "Poland", "South Korea"));
  kg_doc_free(d);
}

/* Held-out round nineteen (xfail), dictionary: objecting is disapproval (110,
 * the CAMEO manual's "objections"), not a rejection (12); a self-governing
 * territory the leader data lists with its presidents (Somaliland) is a state
 * its president leads. */
static void test_heldout19_lexicon(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The government of Norway objected to the new limits on Tuesday.");
  CU_ASSERT(d && find_event(d, "110", "Norway", NULL));
  CU_ASSERT(d && !find_event(d, "12", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Somaliland's president, Muse Bihi Abdi, signed the memorandum with Ethiopia in Addis Ababa.");
  CU_ASSERT(d && kg_test_actor(d, "Somaliland") >= 0 &&
            d->actors[kg_test_actor(d, "Somaliland")].type == KG_ACT_COUNTRY);
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Muse Bihi Abdi", "Somaliland", 0));
  kg_doc_free(d);
  /* a matter raised with someone is discussed with them (040), with the
   * "with" phrase hung on the object; raised in a place, nothing */
  d = run_dated("Norway raised the matter with Sweden on Monday.");
  CU_ASSERT(d && find_event(d, "040", "Norway", "Sweden"));
  kg_doc_free(d);
  d = run_dated("Norway raised the matter in parliament on Monday.");
  CU_ASSERT(d && !find_event(d, "04", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norway designated him a terrorist in 2020.");
  CU_ASSERT(d && find_event(d, "112", "Norway", NULL));
  kg_doc_free(d);
  /* The Hague, the seat of government, stands for the Netherlands */
  d = run_dated("Beijing urged The Hague to correct its course.");
  CU_ASSERT(d && find_event(d, "02", NULL, "Netherlands"));
  kg_doc_free(d);
  d = run_dated("Fighters of the M23 and the Wagner Group seized the town, Doctors Without Borders said.");
  CU_ASSERT(d && kg_test_actor(d, "M23") >= 0 && d->actors[kg_test_actor(d, "M23")].type == KG_ACT_ORG);
  CU_ASSERT(d && kg_test_actor(d, "Wagner Group") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "Médecins Sans Frontières") >= 0);
  kg_doc_free(d);
}

/* Twenty-first session (genre), dictionary: acts of regional news coded by
 * the manual's codes.  A crowd (protesters, rioters, youths, a mob, angry
 * residents) that clashes with police, storms or sets fire to a building
 * riots (145), as CAMEO.2.0's "PROTESTOR STORM"; troops that do so use
 * force.  Charged with a crime by police or a court is the legal charge
 * (173; a state that charges a state accuses it, 112), expelled migrants
 * are deported (174), a bomber who blew himself up is a suicide bombing
 * (1831), a mayor shot dead is assassinated (186). */
static void test_genre21_lexicon(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Norwegian protesters clashed with police in Oslo on Monday during a march against fees.");
  CU_ASSERT(d && find_event(d, "145", "Norway", NULL));
  CU_ASSERT(d && !find_event(d, "19", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian troops clashed with Swedish troops near the border on Monday.");
  CU_ASSERT(d && find_event(d, "19", "Norway", NULL));
  CU_ASSERT(d && !find_event(d, "145", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Rioters in the Norwegian city of Bergen set fire to a police station on Sunday.");
  CU_ASSERT(d && find_event(d, "145", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian troops set fire to a police station on Sunday.");
  CU_ASSERT(d && find_event(d, "1712", "Norway", NULL));   /* (property set on fire: 1712 since session 27) */
  CU_ASSERT(d && !find_event(d, "145", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Swedish police charged three Norwegian men with murder on Monday.");
  CU_ASSERT(d && find_event(d, "173", "Sweden", NULL));
  CU_ASSERT(d && !find_event(d, "112", "Sweden", NULL));
  kg_doc_free(d);
  d = run_dated("The government of Norway expelled 200 Swedish migrants on Monday.");
  CU_ASSERT(d && find_event(d, "174", "Norway", NULL));
  CU_ASSERT(d && !find_event(d, "166", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("A suicide bomber blew himself up outside a police station in Oslo on Monday.");
  CU_ASSERT(d && find_event(d, "1831", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Gunmen shot dead the mayor of the Norwegian town of Bodo on Monday.");
  CU_ASSERT(d && find_event(d, "186", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Gunmen shot dead two Norwegian soldiers on Monday.");
  CU_ASSERT(d && !find_event(d, "186", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-first session (genre), dictionary: information shared or exchanged
 * (064), a bill debated or considered (014), a rise cancelled (0832), land
 * handed back (0842), aid workers let in (0863), riot police sent (153),
 * websites attacked (176), a town taken control of (192), a company's owner
 * questioned (090) -- not "questioned the timing". */
static void test_genre21_patterns(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The Norwegian intelligence service shared information with Sweden on Monday.");
  CU_ASSERT(d && find_event(d, "064", "Norway", "Sweden"));
  kg_doc_free(d);
  d = run_dated("Norway's parliament is debating a bill on fishing quotas.");
  CU_ASSERT(d && find_event(d, "014", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The government of Norway cancelled the rise in fuel prices after a week of protests.");
  CU_ASSERT(d && find_event(d, "0832", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian troops handed back 300 hectares of farmland to Swedish farmers on Monday.");
  CU_ASSERT(d && find_event(d, "0842", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The government of Norway allowed aid workers into the flooded region on Monday.");
  CU_ASSERT(d && find_event(d, "086", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The government of Norway sent 300 riot police to the town of Bodo on Monday.");
  CU_ASSERT(d && find_event(d, "153", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Swedish hackers attacked the websites of the Norwegian government on Monday.");
  CU_ASSERT(d && find_event(d, "176", "Sweden", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian rebels took control of the town of Bodo on Monday.");
  CU_ASSERT(d && find_event(d, "192", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian police questioned the owners of the factory on Monday.");
  CU_ASSERT(d && find_event(d, "090", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The Norwegian government questioned the timing of the new rules.");
  CU_ASSERT(d && !find_event(d, "090", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-second session (genre): a licence suspended is an administrative
 * sanction, not the accusation of the participle after it; given until a day
 * is an ultimatum; a dispute settled, an intent when pledged; teachers
 * escorted are protected; officers sent by police are police mobilised;
 * killed in a gun battle is a fight with small arms; a joint venture formed. */
static void test_genre22_patterns(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The Norwegian authorities suspended the licence of a radio station on Monday, accusing it of "
                        "spreading false reports.");
  CU_ASSERT(d && find_event(d, "172", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The Norwegian government gave the striking nurses until Monday to return to work.");
  CU_ASSERT(d && find_event(d, "139", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The Norwegian government gave the nurses a rise of ten per cent.");
  CU_ASSERT(d && !find_event(d, "139", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Norway pledged on Monday to settle the dispute over fishing rights.");
  CU_ASSERT(d && find_event(d, "03", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian soldiers escorted farmers to their fields on Monday.");
  CU_ASSERT(d && find_event(d, "074", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The Norwegian police sent 800 officers to the town of Bodo on Monday.");
  CU_ASSERT(d && find_event(d, "153", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian police killed five smugglers in a gun battle near the border on Sunday.");
  CU_ASSERT(d && find_event(d, "193", "Norway", NULL));
  CU_ASSERT(d && !find_event(d, "1823", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norway formed a joint venture with a Swedish company on Friday.");
  CU_ASSERT(d && find_event(d, "061", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("The Norwegian prime minister observed a minute of silence for the victims of the flood.");
  CU_ASSERT(d && find_event(d, "017", "Norway", NULL));
  kg_doc_free(d);
  /* protesters occupying a ministry obstruct it; troops occupying a building hold territory */
  d = run_dated("Norwegian protesters occupied the offices of the fisheries ministry on Tuesday.");
  CU_ASSERT(d && find_event(d, "144", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norwegian troops occupied the building on Tuesday.");
  CU_ASSERT(d && find_event(d, "192", "Norway", NULL));
  CU_ASSERT(d && !find_event(d, "144", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-third session (genre): a reporting verb whose act is the event
 * (kgd:clauseRequired): "admitted that" is an admission (015), only with
 * its that-clause. */
static void test_genre23_clause(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The Norwegian army admitted on Tuesday that its soldiers had shot two Swedish fishermen.");
  CU_ASSERT(d && find_event(d, "015", "Norway", NULL));
  kg_doc_free(d);
  d = run_dated("Norway admitted the mistake on Tuesday.");   /* no clause: no admission pattern */
  CU_ASSERT(d && !find_event(d, "015", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Norway admitted on Tuesday that its coast guard had detained the crews of two Swedish boats.");
  CU_ASSERT(d && find_event(d, "015", "Norway", NULL));
  kg_doc_free(d);
  /* a state granted, a thought or a quotation is no admission of a deed */
  d = run_dated("The Norwegian minister admitted on Tuesday that it was not an easy issue for the government.");
  CU_ASSERT(d && !find_event(d, "015", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Norway admitted that it thought the talks would fail.");
  CU_ASSERT(d && !find_event(d, "015", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Norway said on Tuesday that it admitted new members to the fisheries council.");
  CU_ASSERT(d && !find_event(d, "015", NULL, NULL));   /* "admitted members": no clause */
  kg_doc_free(d);
  /* the bare "acknowledge" with a clause still grants a fact: no event */
  d = run_dated("Norway acknowledged on Tuesday that the public had lost faith in the fisheries agency.");
  CU_ASSERT(d && !find_event(d, "015", NULL, NULL));
  kg_doc_free(d);
  /* the lead: a denial of a clause is the denier's 016, asserted; the clause denied is not asserted */
  d = run_dated("Sweden denied on Tuesday that its navy had fired on two Norwegian trawlers.");
  const kg_event *e = d ? find_event(d, "016", "Sweden", NULL) : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  for (size_t k = 0; d && k < d->nevents; k++)
    CU_ASSERT(!strncmp(d->events[k].cameo, "01", 2) || d->events[k].factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = run_dated("Sweden denied the request on Tuesday.");   /* no clause: no denial of a deed */
  CU_ASSERT(d && !find_event(d, "016", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-fourth session (genre): "denied that ..." is a denial (016) of a deed or a charge, told in the past,
 * the passive or in progress by a doer; a claim or a state denied is no event. */
/* twenty-fifth session (codes): acts the CAMEO code bed showed with no pattern (CURATED_CODES25) */
static void test_codes25_patterns(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("The prime minister of Peru stepped down on Tuesday.");
  CU_ASSERT(d && find_event(d, "0831", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Rebels in Chad set off a bomb outside the ministry on Monday.");
  CU_ASSERT(d && find_event(d, "183", "Chad", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Kenyan police raised their alert level on Sunday.");
  CU_ASSERT(d && find_event(d, "15", "Kenya", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Egypt scaled back its ties with Sudan on Monday.");
  CU_ASSERT(d && find_event(d, "160", "Egypt", "Sudan") != NULL);
  kg_doc_free(d);
  d = run_dated("Peru handed back a seized Chilean fishing boat on Friday.");
  CU_ASSERT(d && find_event(d, "084", "Peru", "Chile") != NULL);
  kg_doc_free(d);
  d = run_dated("Canada suspended its assistance to Haiti on Monday.");
  CU_ASSERT(d && find_event(d, "162", "Canada", "Haiti") != NULL);
  kg_doc_free(d);
  d = run_dated("Syrian forces dropped nerve gas on a village near Idlib.");
  CU_ASSERT(d && find_event(d, "2041", "Syria", NULL) != NULL);
  kg_doc_free(d);
  /* tear gas is no chemical weapon */
  d = run_dated("Syrian police fired tear gas at protesters in Damascus.");
  CU_ASSERT(d && !find_event(d, "204", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Hackers in Iran attacked the computers of an Israeli water company.");
  CU_ASSERT(d && find_event(d, "176", "Iran", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Dutch government is weighing a ban on Chinese telecoms equipment.");
  CU_ASSERT(d && find_event(d, "014", "Netherlands", NULL) != NULL);
  kg_doc_free(d);
}

/* twenty-fifth session (codes): a promise made to no one still commits its maker to the act it governs (evmodal.c) */
static void test_codes25_promise(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("The prime minister of Nepal promised on Monday to resign after the budget vote.");
  CU_ASSERT(d && find_event(d, "0341", "Nepal", NULL) != NULL && !find_event(d, "0831", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Ethiopia pledged on Sunday to withdraw its troops from the disputed town.");
  CU_ASSERT(d && find_event(d, "035", "Ethiopia", NULL) != NULL && !find_event(d, "087", NULL, NULL));
  kg_doc_free(d);
  /* a promise not made keeps the act as it was told */
  d = run_dated("The prime minister of Nepal did not promise to resign.");
  CU_ASSERT(d && !find_event(d, "034", NULL, NULL));
  kg_doc_free(d);
}

/* twenty-sixth session (codes): a passive's subject beyond the window is the object a pattern needs (evmatch.c) */
static void test_codes26_passive(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Diplomatic relations with Chile were severed by Bolivia on Monday.");
  CU_ASSERT(d && find_event(d, "161", "Bolivia", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("A formal ceasefire in the north of Mali was violated by Algeria on Sunday.");
  CU_ASSERT(d && find_event(d, "196", "Algeria", NULL) != NULL && !find_event(d, "128", NULL, NULL));
  kg_doc_free(d);
  /* a doer that is no actor: a cause, not a pattern's object ("strained by the case of X") */
  d = run_dated("Diplomatic relations with Chile were strained for years by the case of a jailed Bolivian farmer.");
  CU_ASSERT(d && !find_event(d, "16", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("A naval blockade of the port was lifted by Israel on Monday.");
  CU_ASSERT(d && find_event(d, "0872", "Israel", NULL) != NULL);
  kg_doc_free(d);
}

/* twenty-sixth session (codes): CURATED_CODES26 patterns */
static void test_codes26_patterns(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Police in Lagos assaulted a journalist on Monday.");
  CU_ASSERT(d && find_event(d, "182", "Nigeria", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Kenyan army assaulted the town of Kismayo on Monday.");   /* a town: still military force */
  CU_ASSERT(d && find_event(d, "190", "Kenya", NULL) != NULL && !find_event(d, "182", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Ghana sent peacekeeping troops to Liberia on Tuesday.");
  CU_ASSERT(d && find_event(d, "074", "Ghana", "Liberia") != NULL);
  kg_doc_free(d);
  d = run_dated("Iran flouted the arms embargo on Monday.");
  CU_ASSERT(d && find_event(d, "128", "Iran", NULL) != NULL);
  kg_doc_free(d);
}

/* twenty-seventh session (codes): CURATED_CODES27 patterns */
static void test_codes27_patterns(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("The Peruvian president paid tribute to Chile on Monday for its help after the floods.");
  CU_ASSERT(d && find_event(d, "051", "Peru", "Chile") != NULL);
  kg_doc_free(d);
  d = run_dated("Bolivia ignored a ruling of the Inter-American court on Tuesday.");
  CU_ASSERT(d && find_event(d, "128", "Bolivia", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Jordan stood down its troops on the border with Syria on Sunday.");
  CU_ASSERT(d && find_event(d, "087", "Jordan", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Police in Ghana rounded up dozens of protesters on Monday.");
  CU_ASSERT(d && find_event(d, "173", "Ghana", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Unions in Peru called a general strike on Thursday.");
  CU_ASSERT(d && find_event(d, "143", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Bolivian president impounded a Peruvian ship on Monday.");
  CU_ASSERT(d && find_event(d, "1711", "Bolivia", "Peru") != NULL);
  kg_doc_free(d);
  d = run_dated("Israel suspended the dialogue with Hamas on Monday.");
  CU_ASSERT(d && find_event(d, "164", "Israel", "Hamas") != NULL);
  kg_doc_free(d);
  /* a bare "stand down" is also a resignation: no de-escalation */
  d = run_dated("The mayor of Lima stood down on Sunday.");
  CU_ASSERT(d && !find_event(d, "087", NULL, NULL));
  kg_doc_free(d);
  /* a strike before "called for talks" is no strike called */
  d = run_dated("Mr Ortiz said workers did not want to strike and called for talks with the government of Peru.");
  CU_ASSERT(d && !find_event(d, "143", NULL, NULL));
  kg_doc_free(d);
  /* "united" with no "against" (the name of a club) rallies no one */
  d = run_dated("Fans of Manchester United protested against Chelsea on Monday.");
  CU_ASSERT(d && !find_event(d, "113", NULL, NULL));
  kg_doc_free(d);
}

/* twenty-seventh session (codes): a noun act that is a light verb's passive subject takes the verb's "by" doer
 * (evdoer.c); a vow of a hostile act is a threat, its "to" clause also past a date (evmodal.c); told to, rallied
 * partners against, pulled out of talks (CURATED_CODES27) */
static void test_codes27_passive_vow(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("An appeal for food aid was launched by the government of Chad on Monday.");
  CU_ASSERT(d && find_event(d, "02", "Chad", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("A naval blockade of the port of Aden was imposed by Saudi Arabia on Friday.");
  CU_ASSERT(d && find_event(d, "191", "Saudi Arabia", NULL) != NULL);
  kg_doc_free(d);
  /* a verb of another kind: the one who rejects the appeal did not make it */
  d = run_dated("The appeal was rejected by Chad on Monday.");
  CU_ASSERT(d && !find_event(d, "02", "Chad", NULL));
  kg_doc_free(d);
  d = run_dated("The Peruvian police vowed on Monday to crack down on the protesters in Lima.");
  CU_ASSERT(d && find_event(d, "137", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("The Peruvian police vowed on Monday not to crack down on the protesters in Lima.");
  CU_ASSERT(d && !find_event(d, "13", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile rallied its neighbours against Bolivia's claim to the coast on Monday.");
  CU_ASSERT(d && find_event(d, "113", "Chile", "Bolivia") != NULL);
  kg_doc_free(d);
  /* protesters rallying against a government demonstrate */
  d = run_dated("Protesters in Santiago rallied against the government of Chile on Monday.");
  CU_ASSERT(d && find_event(d, "141", NULL, NULL) != NULL && !find_event(d, "113", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Ecuador told Peru on Monday to withdraw its troops from the border.");
  CU_ASSERT(d && find_event(d, "10", "Ecuador", "Peru") != NULL);
  kg_doc_free(d);
  /* a passive's "by" phrase hung on its "to" phrase (evdoer.c) */
  d = run_dated("The bodies of ten Chilean sailors were returned to Chile by Peru on Friday.");
  CU_ASSERT(d && find_event(d, "084", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Diplomatic recognition was extended to Kosovo by Chile on Saturday.");
  CU_ASSERT(d && find_event(d, "054", "Chile", NULL) != NULL);
  kg_doc_free(d);
  /* a "by" phrase that names no actor is no doer */
  d = run_dated("The bodies of ten Chilean sailors were returned to the harbour by the old bridge on Friday.");
  CU_ASSERT(d && (find_event(d, "084", "-", NULL) != NULL || !find_event(d, "084", NULL, NULL)));
  kg_doc_free(d);
  d = run_dated("Chile pulled out of the talks with Bolivia on Monday.");
  CU_ASSERT(d && find_event(d, "164", "Chile", "Bolivia") != NULL && !find_event(d, "0874", NULL, NULL));
  kg_doc_free(d);
}

/* twenty-eighth session (codes): "insisted that" a demand only with a that-clause with no tensed verb (evfilter.c);
 * CURATED_CODES28 patterns; "rallied support for a campaign against X" is no rallying of opposition */
static void test_codes28_insist_patterns(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_dated("Peru insisted on Friday that Chile pay for the damage to the bridge.");
  CU_ASSERT(d && find_event(d, "100", "Peru", "Chile") != NULL);
  kg_doc_free(d);
  /* a claim that something was so: no demand ("on Friday" is no "insist on") */
  d = run_dated("Peru insisted on Friday that its navy had done nothing wrong.");
  CU_ASSERT(d && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Chilean minister insisted that the border is open.");
  CU_ASSERT(d && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Peru insisted on compensation from Chile on Friday.");
  CU_ASSERT(d && find_event(d, "100", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Riot police broke up a protest by teachers in La Paz on Monday.");
  CU_ASSERT(d && find_event(d, "175", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = run_dated("Colombian troops breached the ceasefire with the rebels on Sunday.");
  CU_ASSERT(d && find_event(d, "196", "Colombia", NULL) != NULL && !find_event(d, "128", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Rebels laid siege to the town of Tumbes on Monday.");
  CU_ASSERT(d && find_event(d, "191", NULL, NULL) != NULL);
  kg_doc_free(d);
  /* a band broken up, a shield that is a thing: no event */
  d = run_dated("The band broke up in Lima after the tour.");
  CU_ASSERT(d && !find_event(d, "175", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The farmers used their savings as a shield against the drought.");
  CU_ASSERT(d && !find_event(d, "184", NULL, NULL));
  kg_doc_free(d);
  /* support rallied for a campaign against X: no rallying of opposition */
  d = run_dated("The Chilean senator rallied support for his campaign against Bolivia on Monday.");
  CU_ASSERT(d && !find_event(d, "113", NULL, NULL));
  kg_doc_free(d);
}

static void test_genre24_deny(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Sweden denied on Tuesday that its soldiers were shelling the Norwegian village.");
  CU_ASSERT(d && find_event(d, "016", "Sweden", NULL));
  kg_doc_free(d);
  d = run_dated("Sweden denied on Tuesday that the Norwegian village had been looted.");
  CU_ASSERT(d && find_event(d, "016", "Sweden", NULL));
  kg_doc_free(d);
  d = run_dated("The Swedish police denied on Tuesday that officers had beaten the vendors.");
  CU_ASSERT(d && find_event(d, "016", "Sweden", NULL));
  kg_doc_free(d);
  /* a state, a happening with no doer, "there was", a modal: no denial of a deed */
  d = run_dated("The Swedish finance minister denied on Tuesday that the economy was in recession.");
  CU_ASSERT(d && !find_event(d, "016", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Swedish president denied on Tuesday global warming is taking place.");
  CU_ASSERT(d && !find_event(d, "016", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Sweden denied on Tuesday that the decision would hurt the Norwegian fishermen.");
  CU_ASSERT(d && !find_event(d, "016", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-fifth session (genre): a "deny" pattern whose object is the subject of the clause denied sees the clause
 * as "denied that" does; gendarmes, football fans and clans are groups that act; a ceasefire broken is violated. */
static void test_genre25_clause_groups(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Sweden denied on Tuesday its presence would harm the talks with the Norwegian fishermen.");
  CU_ASSERT(d && !find_event(d, "016", NULL, NULL));     /* a modal: a claim, no deed */
  kg_doc_free(d);
  d = run_dated("Sweden denied on Tuesday its role was important.");
  CU_ASSERT(d && !find_event(d, "016", NULL, NULL));     /* a quality */
  kg_doc_free(d);
  d = run_dated("Sweden denied on Tuesday the attack was planned by its officers.");
  CU_ASSERT(d && find_event(d, "016", "Sweden", NULL));   /* the passive: a deed */
  kg_doc_free(d);
  d = run_dated("Sweden denied on Tuesday the allegations were true.");
  CU_ASSERT(d && find_event(d, "016", "Sweden", NULL));   /* a claim denied */
  kg_doc_free(d);
  d = run_dated("Sweden denied on Tuesday its role in the attack.");
  CU_ASSERT(d && find_event(d, "016", "Sweden", NULL));   /* the object itself */
  kg_doc_free(d);
  d = run_dated("Gendarmes detained two opposition activists on Saturday.");
  CU_ASSERT(d && find_event(d, "173", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Football fans threw stones at the police on Sunday.");
  CU_ASSERT(d && find_event(d, "18", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The rebels broke the ceasefire on Thursday, killing three herders at a well.");
  CU_ASSERT(d && find_event(d, "196", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-sixth session (genre): agreement with a decision is accord (019),
 * not a "with" further on; a call for a resignation is an appeal for
 * leadership change (0241); a proposal studied is an option considered
 * (014); a matter looked into is investigated (090); armoured vehicles
 * given are military aid (072); rice and cooking oil sent are
 * humanitarian aid (073). */
static void test_genre26_category(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Denmark agreed on Monday with the government's decision to close the fishing grounds.");
  CU_ASSERT(d && find_event(d, "019", "Denmark", NULL));
  kg_doc_free(d);
  d = run_dated("Denmark agreed to pay all the costs associated with this decision.");
  CU_ASSERT(d && !find_event(d, "019", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Denmark agreed with Sweden on Monday to close the fishing grounds.");
  CU_ASSERT(d && !find_event(d, "019", NULL, NULL) && find_event(d, "03", "Denmark", "Sweden"));
  kg_doc_free(d);
  d = run_dated("The Kyrgyz opposition called on Thursday for the resignation of the interior minister.");
  CU_ASSERT(d && find_event(d, "0241", "Kyrgyzstan", NULL));
  kg_doc_free(d);
  d = run_dated("The Swiss government is studying a proposal to limit the number of coaches.");
  CU_ASSERT(d && find_event(d, "014", "Switzerland", NULL));
  kg_doc_free(d);
  d = run_dated("The Turkish government is looking into reports that soldiers had beaten villagers.");
  CU_ASSERT(d && find_event(d, "090", "Turkey", NULL));
  kg_doc_free(d);
  d = run_dated("He looked into her eyes and smiled.");
  CU_ASSERT(d && !find_event(d, "090", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Turkey gave twenty armoured vehicles to Djibouti on Thursday.");
  CU_ASSERT(d && find_event(d, "072", "Turkey", "Djibouti") && !find_event(d, "150", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Dominican government sent 200 tonnes of rice and cooking oil on Friday to Haiti.");
  CU_ASSERT(d && find_event(d, "073", "Dominican Republic", NULL) && !find_event(d, "061", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-seventh session (plover, evgroups.c): the persons no sector noun
 * names that an arrest or a killing is done to are the civilians' group
 * ("arrested eleven men"); not the object of a meeting, nor a thing. */
static void test_plover27_person_object(void)
{
  NEED_DICT();
  const kg_event *e;
  kg_doc *d = run_dated("Togolese police arrested eleven men on Tuesday.");
  e = d ? find_event(d, "17", "Togo", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0 && kg_tok_is(d, (uint32_t)e->target_noun, "men"));
  kg_doc_free(d);
  d = run_dated("Gunmen in the Nigerian state of Zamfara killed two women and a boy on Sunday.");
  e = d ? find_event(d, "18", NULL, "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0);
  kg_doc_free(d);
  d = run_dated("Togolese police met eleven men on Tuesday.");
  e = d ? find_event(d, "04", "Togo", "-") : NULL;
  CU_ASSERT(!e || e->target_noun < 0);
  kg_doc_free(d);
  d = run_dated("Togolese police arrested the smuggling of weapons on Tuesday.");
  e = d ? find_event(d, "17", NULL, "-") : NULL;
  CU_ASSERT(!e || e->target_noun < 0);
  kg_doc_free(d);
}

/* Twenty-eighth session (plover, evgroups.c, events.c): the persons an
 * arrest or a killing is done to, through a noun of number ("dozens of
 * people"), come before a group an oblique's modifier names ("at an
 * opposition rally"); not a number of a sector's group (its own rule), not
 * a number of things. */
static void test_plover28_number_persons(void)
{
  NEED_DICT();
  const kg_event *e;
  kg_doc *d = run_dated("Police in Minsk arrested dozens of people at an opposition rally on Sunday.");
  e = d ? find_event(d, "17", "Belarus", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0 && kg_tok_is(d, (uint32_t)e->target_noun, "people"));
  kg_doc_free(d);
  d = run_dated("Soldiers in the Malian town of Gao killed hundreds of men on Friday.");
  e = d ? find_event(d, "18", NULL, "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0 && kg_tok_is(d, (uint32_t)e->target_noun, "men"));
  kg_doc_free(d);
  d = run_dated("Police in Minsk arrested dozens of protesters at the rally on Sunday.");
  e = d ? find_event(d, "17", "Belarus", "-") : NULL;
  CU_ASSERT(e && e->target_noun >= 0 && kg_tok_is(d, (uint32_t)e->target_noun, "protesters"));
  kg_doc_free(d);
  d = run_dated("Police in Minsk seized dozens of cars at an opposition rally on Sunday.");
  e = d ? find_event(d, "17", "Belarus", "-") : NULL;
  CU_ASSERT(!e || e->target_noun < 0 || !kg_tok_is(d, (uint32_t)e->target_noun, "cars"));
  kg_doc_free(d);
  d = run_dated("Togolese officials met dozens of people on Tuesday.");
  e = d ? find_event(d, "04", "Togo", "-") : NULL;
  CU_ASSERT(!e || e->target_noun < 0);
  kg_doc_free(d);
}

/* Twenty-seventh session (plover): property destroyed by the verbs of
 * destruction is 1712 (not "burned all his bridges"); a state's permission
 * to people with a to-infinitive is a yield (080, evpermit.c), also with
 * the to-clause the parser hangs on the object (evmatch.c), not a law's or
 * a coach's; "set" read as an adjective after its subject is a verb
 * (tagfix.c), not in "a data set". */
static void test_plover27_property_permission(void)
{
  NEED_DICT();
  static const char *const destroyed[] = {
    "Rebels blew up three electricity pylons near the Angolan town of Huambo on Friday.",
    "Militiamen torched a school in a village in the Central African Republic, the United Nations said.",
    "Gunmen burned down a clinic in the Nigerian state of Zamfara on Sunday.",
    "Angolan soldiers set fire to a market in the town of Cafunfo, residents said." };
  for (size_t i = 0; i < sizeof destroyed / sizeof *destroyed; i++) {
    kg_doc *d = run_dated(destroyed[i]);
    CU_ASSERT(d && find_event(d, "1712", NULL, NULL));
    kg_doc_free(d);
  }
  kg_doc *d = run_dated("The Congolese singer said he had burned all his bridges with the band.");
  CU_ASSERT(d && !find_event(d, "1712", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Kenyan government allowed the opposition to hold a march in Mombasa on Sunday.");
  CU_ASSERT(d && find_event(d, "080", "Kenya", NULL));
  kg_doc_free(d);
  d = run_dated("A Zimbabwean court decided to allow the detained journalist to see a doctor.");
  CU_ASSERT(d && find_event(d, "080", "Zimbabwe", NULL));
  kg_doc_free(d);
  d = run_dated("The Malawian government allowed the main opposition leader to hold a rally in Blantyre.");
  CU_ASSERT(d && find_event(d, "080", "Malawi", NULL));
  kg_doc_free(d);
  static const char *const none[] = { "The new rules allow companies to hire more foreign workers, the Kenyan minister said.",
    "The coach allowed the players to rest on Monday.", "The Kenyan government allowed prices to rise." };
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    d = run_dated(none[i]);
    CU_ASSERT(d && !find_event(d, "08", NULL, NULL));
    kg_doc_free(d);
  }
  kg_world *w = kg_test_world();
  if (!w || !w->tagger)
    return;
  static const char *const set[] = { "Protesters set fire to the offices of the party.", "set", "1",
    "Police said the youths set fire to two cars.", "set", "1", "The data set shows a rise in prices.", "set", "0",
    /* session 35: coordinated with a past verb, before an adjective and its noun */
    "Washington froze the loan and then cut military aid to the junta.", "cut", "1",
    "The plan was criticised and cut flowers were sent.", "cut", "0" };
  for (size_t i = 0; i < sizeof set / sizeof *set; i += 3) {
    d = kg_test_doc(set[i], NULL);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT(kg_tagger_run(w->tagger, d) == KG_OK);
    int32_t v = form_tok(d, set[i + 1]);
    CU_ASSERT_FATAL(v > 0);
    d->tokens[v].upos = KG_UPOS_ADJ;      /* the tagger's misreading */
    d->tokens[v].xpos = "JJ";
    CU_ASSERT(kg_tagfix_run(w->tagger, NULL, d) == KG_OK);
    CU_ASSERT((d->tokens[v].upos == KG_UPOS_VERB) == (set[i + 2][0] == '1'));
    kg_doc_free(d);
  }
}

/* Twenty-sixth session (genre, evtour.c): a trip through one's own towns
 * told for a rally of support is the rally (053), no visit; a visit to
 * another actor stays one; a trip with no such purpose stays a visit. */
static void test_genre26_tour(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The leader of the Turkish opposition toured the towns of the province of Hatay on Sunday to "
                        "rally support for the candidate of his party.");
  CU_ASSERT(d && find_event(d, "053", "Turkey", NULL) && !find_event(d, "042", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Turkish president visited Germany on Sunday to rally support among the Turks there.");
  CU_ASSERT(d && find_event(d, "042", "Turkey", "Germany"));
  kg_doc_free(d);
  d = run_dated("The Turkish president toured the towns of the province of Hatay on Sunday.");
  CU_ASSERT(d && find_event(d, "042", "Turkey", NULL));
  kg_doc_free(d);
}

/* Twenty-eighth session (precision, evyield.c): a yielding verb with a
 * thing as its object or a test or competition undergone is no yielding
 * (080); yielding to a party or its demands stays one. */
static void test_precision28_yield(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The government of Chile submitted a new plan to the court on Monday.");
  CU_ASSERT(d && !find_event(d, "08", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile finally succumbed to stiff competition from Peru.");
  CU_ASSERT(d && !find_event(d, "08", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Kenyan athlete agreed to submit to a drug test on Monday.");
  CU_ASSERT(d && !find_event(d, "08", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Bolivia finally submitted to the demands of Chile.");
  CU_ASSERT(d && find_event(d, "080", "Bolivia", "Chile"));
  kg_doc_free(d);
  d = run_dated("Bolivia yielded to Chile on the border question.");
  CU_ASSERT(d && find_event(d, "080", "Bolivia", "Chile"));
  kg_doc_free(d);
}

/* Twenty-seventh session (genre, evundo.c): a yielding verb on a hostile
 * act noun is the yielding, coded by what it undoes (a ban on imports,
 * 163: 085; a ban on a party, 1722: 0812), and the noun is no act; a passive
 * with a state's body as its doer far back takes its subject as the object
 * (evmatch.c).  A ban imposed or extended stays a ban. */
static void test_genre27_undo(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Japan lifted its ban on imports of Vietnamese shrimp on Monday.");
  CU_ASSERT(d && find_event(d, "085", "Japan", NULL) && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("A ban on imports of Georgian wine was lifted by the government of Belarus on Friday.");
  CU_ASSERT(d && find_event(d, "085", "Belarus", NULL) && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("The Malian government lifted the curfew in the town of Kati on Sunday.");
  CU_ASSERT(d && find_event(d, "0813", NULL, NULL) && !find_event(d, "172", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Japan imposed a ban on imports of Vietnamese shrimp on Monday.");
  CU_ASSERT(d && find_event(d, "163", "Japan", NULL) && !find_event(d, "08", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Japan extended its ban on imports of Vietnamese shrimp on Monday.");
  CU_ASSERT(d && !find_event(d, "08", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-seventh session (genre, evpeace.c): troops or police sent to join
 * an international force are peacekeeping (074), the joining no event of its
 * own; sent to join a state's own forces they stay what the sending was.
 * Troops withdrawn from such a force, or a peacekeeping mission ordered to
 * leave, are peacekeepers withdrawn (1661); a retreat from a town and an
 * envoy ordered out are not. */
static void test_genre27_peace(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Ghana sent 600 soldiers on Friday to join the UN force in Mali.");
  CU_ASSERT(d && find_event(d, "074", "Ghana", NULL) && !find_event(d, "06", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Senegal deployed 300 police officers to Gambia on Monday to join the multinational force there.");
  CU_ASSERT(d && find_event(d, "074", "Senegal", "Gambia"));
  kg_doc_free(d);
  d = run_dated("Russia sent 800 soldiers to Syria on Monday to join its forces there.");
  CU_ASSERT(d && find_event(d, "062", "Russia", NULL) && !find_event(d, "074", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Uganda withdrew its soldiers from the African Union force in Somalia on Monday.");
  CU_ASSERT(d && find_event(d, "1661", "Uganda", NULL) && !find_event(d, "0874", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Uganda withdrew its soldiers from the Somali town of Baidoa on Monday.");
  CU_ASSERT(d && find_event(d, "0874", "Uganda", NULL) && !find_event(d, "1661", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Niger ordered the UN peacekeeping mission to leave the country by June.");
  CU_ASSERT(d && find_event(d, "1661", "Niger", NULL) && !find_event(d, "10", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Niger ordered the French ambassador to leave the country by June.");
  CU_ASSERT(d && !find_event(d, "1661", NULL, NULL));
  kg_doc_free(d);
  /* the word classes moved out of evpeace.c and evpermit.c (twenty-eighth session, perf): each class holds
   * its words and not another class's */
  const kg_dict *dc = kg_test_dict();
  CU_ASSERT(kg_dict_lex2(dc, "deploy") & KG_LEX2_PEACE_SEND);
  CU_ASSERT(!(kg_dict_lex2(dc, "deploy") & KG_LEX2_PEACE_OUT));
  CU_ASSERT(kg_dict_lex2(dc, "u.n.") & KG_LEX2_PEACE_INTL);
  CU_ASSERT(kg_dict_lex2(dc, "force") & KG_LEX2_PEACE_FORCE && kg_dict_lex2(dc, "force") & KG_LEX2_PEACE_ORDER);
  CU_ASSERT(kg_dict_lex2(dc, "peacekeeper") == KG_LEX2_PEACEKEEPER);
  CU_ASSERT(kg_dict_lex2(dc, "recall") & KG_LEX2_PEACE_OUT);
  CU_ASSERT(kg_dict_lex2(dc, "fishermen") & KG_LEX2_PERMIT_PARTY);
  CU_ASSERT(kg_dict_lex2(dc, "vote") & KG_LEX2_PERMIT_DECIDE);
  CU_ASSERT(!(kg_dict_lex2(dc, "law") & KG_LEX2_PERMIT_PARTY));
}

/* Twenty-seventh session (genre), dictionary (CURATED_GENRE27): protesters
 * shot are violent repression (175), vaccines shipped and tents handed out
 * humanitarian aid (073), money deposited in a central bank economic aid
 * (071), a field hospital set up humanitarian aid; not deer shot nor a
 * factory set up; import duties raised a sanction of trade (163), not a
 * duty on beer raised. */
static void test_genre27_patterns(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Two demonstrators were shot dead by soldiers in the Malian town of Kati on Monday.");
  CU_ASSERT(d && find_event(d, "175", NULL, NULL) && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Hunters shot two deer near the Malian town of Kati on Monday.");
  CU_ASSERT(d && !find_event(d, "175", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("UNICEF shipped 50,000 doses of polio vaccine to Chad on Friday.");
  CU_ASSERT(d && find_event(d, "073", NULL, "Chad"));
  kg_doc_free(d);
  d = run_dated("Qatar deposited two billion dollars in the central bank of Egypt on Sunday.");
  CU_ASSERT(d && find_event(d, "071", "Qatar", NULL));
  kg_doc_free(d);
  d = run_dated("Doctors from Jordan set up a field hospital in the Gaza town of Rafah on Monday.");
  CU_ASSERT(d && find_event(d, "073", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("A Korean company set up a factory in the Vietnamese city of Hue on Monday.");
  CU_ASSERT(d && !find_event(d, "073", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Mexico raised import duties on Korean steel on Tuesday.");
  CU_ASSERT(d && find_event(d, "163", "Mexico", NULL));
  kg_doc_free(d);
  d = run_dated("The Mexican finance minister raised the duty on beer and tequila on Tuesday.");
  CU_ASSERT(d && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
}

/* Twenty-eighth session (genre, bed 11): CURATED_GENRE28's maritime, aid and
 * extradition patterns, and the aid bodies ORG_EXTRA now names; each with a
 * sentence the pattern must leave alone. */
static void test_genre28_patterns(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The Greek coast guard intercepted a boat carrying 40 migrants off Lesbos on Monday.");
  CU_ASSERT(d && find_event(d, "191", "Greece", NULL));
  kg_doc_free(d);
  d = run_dated("Israel intercepted a missile fired from Lebanon on Monday.");
  CU_ASSERT(d && !find_event(d, "191", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Iran closed the waterway to American ships on Monday.");
  CU_ASSERT(d && find_event(d, "191", "Iran", "United States"));
  kg_doc_free(d);
  d = run_dated("The Kenya Red Cross appealed for blankets and medicine for flood victims on Monday.");
  CU_ASSERT(d && find_event(d, "0233", "Kenya Red Cross", NULL));
  kg_doc_free(d);
  d = run_dated("The Kenya Red Cross appealed for calm on Monday.");
  CU_ASSERT(d && find_event(d, "020", "Kenya Red Cross", NULL) && !find_event(d, "0233", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Egypt allowed aid trucks into Gaza on Sunday.");
  CU_ASSERT(d && find_event(d, "0862", "Egypt", NULL));
  kg_doc_free(d);
  d = run_dated("The Egyptian Red Crescent set up tent camps near Rafah on Tuesday.");
  CU_ASSERT(d && find_event(d, "073", "Egyptian Red Crescent", NULL));
  kg_doc_free(d);
  d = run_dated("The Egyptian army set up checkpoints near Rafah on Tuesday.");
  CU_ASSERT(d && !find_event(d, "073", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Jordan sent tents to Syria on Monday.");
  CU_ASSERT(d && find_event(d, "073", "Jordan", "Syria"));
  kg_doc_free(d);
  d = run_dated("Laos handed over a Thai dissident to Bangkok on Monday.");
  CU_ASSERT(d && find_event(d, "063", "Laos", NULL));
  kg_doc_free(d);
  d = run_dated("Human Rights Watch accused Egypt on Monday of torturing prisoners.");
  CU_ASSERT(d && find_event(d, "112", "Human Rights Watch", "Egypt"));
  kg_doc_free(d);
}

/* Twenty-seventh session (genre, evargs.c): the pronoun subject of a told
 * clause is its teller when coref.c bound it to no one: "he" told by a
 * described official, "they" told by a name of no person; not "they" told
 * by a person (the critics of a condition), nor a passive "they". */
static void test_genre27_teller(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("The head of the Fijian army said on Monday that he was ready to meet the leaders of Tonga.");
  CU_ASSERT(d && find_event(d, "036", "Fiji", "Tonga"));
  kg_doc_free(d);
  d = run_dated("The Taliban said on Sunday that they were ready to release two prisoners to Pakistan.");
  CU_ASSERT(d && find_event(d, "035", "Taliban", "Pakistan"));
  kg_doc_free(d);
  d = run_dated("Mr Rabuka said that if the chiefs saw the plan they would not protest against Tonga.");
  const kg_event *e = d ? find_event(d, "14", NULL, NULL) : NULL;
  CU_ASSERT(d && (!e || e->agent < 0));  /* the chiefs' protest, not the teller's */
  kg_doc_free(d);
}

/* Held-out round seventeen (heldout2): a protest told as the purpose of a
 * summons is the summoner's, aimed at the state of a named envoy; a
 * possessor the parser hung on the verb goes back to its noun. */
static void test_heldout17_summons(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Chile's foreign ministry summoned the Peruvian ambassador, Jorge Salas, on Monday to lodge "
                        "a strong protest over the arrests.");
  CU_ASSERT(d && find_event(d, "11", "Chile", "Peru"));
  CU_ASSERT(d && find_event(d, "04", "Chile", "Jorge Salas"));     /* the summons keeps the envoy */
  CU_ASSERT(d && !find_event(d, "11", "Jorge Salas", NULL));
  kg_doc_free(d);
  d = run_dated("Chile summoned the Peruvian ambassador, Jorge Salas, on Friday to protest against the decision.");
  CU_ASSERT(d && find_event(d, "11", "Chile", "Peru"));
  CU_ASSERT(d && !find_event(d, "11", "Jorge Salas", NULL));
  kg_doc_free(d);
  /* no state in the title: the envoy stays the target */
  d = run_dated("Chile summoned the ambassador, Jorge Salas, on Friday to protest against the decision.");
  CU_ASSERT(d && !find_event(d, "11", "Chile", "Peru"));
  kg_doc_free(d);
  /* no protest in the purpose: nothing is made up */
  d = run_dated("Chile summoned the Peruvian ambassador, Jorge Salas, on Friday to discuss the border.");
  CU_ASSERT(d && !find_event(d, "11", NULL, NULL));
  kg_doc_free(d);
  /* clausefix: "after Chile's ministry summoned": the possessor hung on the verb goes to the subject */
  static const char *const poss[] = {
    "Talks NOUN talk 2 nsubj", "ended VERB end 0 root", "after SCONJ after 7 mark", "Chile PROPN Chile 7 nmod:poss",
    "'s PART 's 4 case", "ministry NOUN ministry 7 nsubj", "summoned VERB summon 2 advcl", "the DET the 9 det",
    "envoy NOUN envoy 7 obj", ". PUNCT . 2 punct" };
  d = tree_doc(poss, 10);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[3].head == 6 && !strcmp(d->tokens[3].deprel, "nmod:poss"));
  kg_doc_free(d);
  /* ... not when the words after it are no subject or object of the verb */
  static const char *const adv[] = {
    "Talks NOUN talk 2 nsubj", "ended VERB end 0 root", "after SCONJ after 7 mark", "Chile PROPN Chile 7 nmod:poss",
    "'s PART 's 4 case", "today NOUN today 7 obl:tmod", "summoned VERB summon 2 advcl", "the DET the 9 det",
    "envoy NOUN envoy 7 obj", ". PUNCT . 2 punct" };
  d = tree_doc(adv, 10);
  CU_ASSERT(d && kg_treefix_run(d) == KG_OK && d->tokens[3].head == 7);
  kg_doc_free(d);
}

/* Held-out round seventeen (heldout2): a pronoun resolved before tells its
 * person's gender; "X did not respond, but his minister, Y," is X's; a
 * title in apposition to a named holder lends no state to a later bare
 * title; "A was among X's allies". */
static void test_heldout17_coref_rel(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Zephy Marlow fled to Lima in 2024. Kovu Ardent, the adviser, said a note had been sent to "
                        "Peru. \"We expect Peru to act,\" he told reporters. The tribunal ordered on Monday that she "
                        "be arrested.");
  CU_ASSERT(d && find_event(d, "17", NULL, "Zephy Marlow"));
  CU_ASSERT(d && !find_event(d, "17", NULL, "Kovu Ardent"));
  kg_doc_free(d);
  d = run_dated("Hungary summoned Slovakia's ambassador on Tuesday. Prime Minister Viktor Orb\xc3\xa1n, who met "
                "Robert Fico in Vienna, likened the plan to a sinking ship that could drag his allies down. Fico did "
                "not respond directly, but his foreign minister, Juraj Blanar, said Bratislava would not be "
                "pressured.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Juraj Blanar", "Slovakia", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Juraj Blanar", "Hungary", 0));
  kg_doc_free(d);
  d = run_dated("Under the deal, announced by Kovu Ardent, Chile's agriculture minister, traders may import wheat "
                "from Peru. Ilan Varo, the agriculture minister, said on Wednesday that Lima would not open its "
                "market.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Kovu Ardent", "Chile", 0));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Ilan Varo", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("Peru was among Chile's staunchest allies after the war.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Peru", "Chile", 0));
  kg_doc_free(d);
  d = run_dated("Peru was not among Chile's allies after the war.");
  CU_ASSERT(d && !has_rel(d, KG_REL_ALLY, "Peru", "Chile", 0) && !has_rel(d, KG_REL_ALLY, "Chile", "Peru", 0));
  kg_doc_free(d);
}

/* Held-out round seventeen (heldout2), lexicon: exports restricted or
 * targeted are an embargo (163), not coercion or force; a request called a
 * vendetta is criticised (111). */
static void test_heldout17_lexicon(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Chile has already restricted exports of copper to Peru.");
  CU_ASSERT(d && find_event(d, "163", "Chile", "Peru"));
  kg_doc_free(d);
  d = run_dated("Chile could target Peruvian farm exports.");
  CU_ASSERT(d && find_event(d, "163", "Chile", NULL) && !find_event(d, "19", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile restricted access to the border zone.");    /* no trade: no embargo */
  CU_ASSERT(d && !find_event(d, "163", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Chile called the extradition request \"a political vendetta\".");
  CU_ASSERT(d && find_event(d, "111", "Chile", NULL));
  kg_doc_free(d);
}

/* held-out round eighteen (heldout2): "was due to meet" is a schedule, not
 * done (Hedged), also when the parser reads "due to" as a preposition; a
 * gerund after "before" or "after" with no subject is done by its verb's
 * subject, not by that verb's object ("met X before flying to Y") */
static void test_heldout18_heldout2(void)
{
  NEED_DICT();
  static const char *const due[] = {
    "Chile PROPN Chile 5 nsubj", "was AUX be 5 cop", "due ADJ due 5 case", "to PART to 3 fixed",
    "meet VERB meet 0 root", "Peru PROPN Peru 5 obj", ". PUNCT . 5 punct" };
  kg_doc *d = tree_doc(due, sizeof due / sizeof *due);
  const kg_event *e = d ? find_event(d, "04", "Chile", "Peru") : NULL;
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = run_dated("Chile's foreign minister, Ana Ruiz, met President Luis Rojas of Peru on Friday before flying "
                "to Bolivia.");
  CU_ASSERT(d && find_event(d, "04", "Ana Ruiz", "Bolivia"));
  CU_ASSERT(d && !find_event(d, "04", "Luis Rojas", "Bolivia"));
  kg_doc_free(d);
  /* a fronted date, a comma and a titled subject the parser hung on the
   * date as its apposition ("In May, Deputy Secretary of State X met Y");
   * an apposition closed by a comma stays one ("In 2019, the year of the
   * floods, Chile sent") */
  d = run_dated("In May, Deputy Secretary of State Jorge Vera met Prime Minister Luis Rojas in Lima, and the two "
                "sides agreed to resume talks. In 2019, the year of the floods, Chile sent troops to Peru.");
  CU_ASSERT(d && find_event(d, "04", "Jorge Vera", "Luis Rojas"));
  CU_ASSERT(d && find_event(d, "06", "Chile", "Peru"));
  kg_doc_free(d);
  /* a protest note handed to "him" after the summons of an unnamed envoy:
   * aimed at the envoy's state */
  d = run_dated("Chile summoned Peru's ambassador on Monday and handed him a protest note over the arrests.");
  CU_ASSERT(d && find_event(d, "114", "Chile", "Peru"));
  kg_doc_free(d);
}

/* Held-out round eighteen: a person called or described as a tyrant or a usurper is criticised (111), an act
 * called unfounded too (not CAMEO.2.0's "call expulsion", 131); a removal questioned is disapproved (110). */
static void test_heldout18_lexicon(void)
{
  NEED_DICT();
  kg_doc *d = run_dated("Iran called the Bahraini king a \"tyrant\" on Monday.");
  CU_ASSERT(d && find_event(d, "111", "Iran", NULL));
  kg_doc_free(d);
  d = run_dated("Kenya has described the new Ugandan leader as a usurper.");
  CU_ASSERT(d && find_event(d, "111", "Kenya", NULL));
  kg_doc_free(d);
  d = run_dated("Chile called the expulsion \"unfounded and reprehensible\".");
  CU_ASSERT(d && find_event(d, "111", "Chile", NULL) && !find_event(d, "131", NULL, NULL));
  kg_doc_free(d);
  d = run_dated("Bolivia questioned the removal of the Honduran president.");
  CU_ASSERT(d && find_event(d, "110", "Bolivia", NULL));
  kg_doc_free(d);
  d = run_dated("Bolivia questioned the witnesses for six hours.");    /* no removal: no disapproval */
  CU_ASSERT(d && !find_event(d, "11", NULL, NULL));
  kg_doc_free(d);
}

/* Held-out round eighteen: a subject pronoun is not the person its verb's object names ("He called Morales a
 * brother and urged ...": he is Lula); "within hours", "hours later", "the same day" take the day told before; "X,
 * a trade bloc that groups A, B and C" and "brings together" make members; "the two countries expelled each
 * other's ambassadors": each at the other. */
static void test_heldout18_machinery(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("May 4, 2023", "Brazilian President Luiz Inácio Lula da Silva said that Evo Morales was the "
                     "victim of a plot. He called Morales a brother and urged Bolivia's authorities to free him.");
  CU_ASSERT(d && find_event(d, "02", "Luiz Inácio Lula da Silva", NULL) && !find_event(d, "02", "Evo Morales", NULL));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile closed its border on April 20. Within hours Peru criticised Chile.");
  CU_ASSERT(dated(d, "111", "Peru", "2023-04-20"));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile closed its border on April 20. Hours later, Peru criticised Chile.");
  CU_ASSERT(dated(d, "111", "Peru", "2023-04-20"));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile closed its border on April 20. Peru criticised Chile the same day.");
  CU_ASSERT(dated(d, "111", "Peru", "2023-04-20"));
  kg_doc_free(d);
  d = run_dated("Ecuador praised the Andean Community, a trade bloc that groups Bolivia, Colombia, Ecuador and Peru.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Colombia", "Andean Community", 0) &&
            has_rel(d, KG_REL_MEMBER, "Peru", "Andean Community", 0));
  kg_doc_free(d);
  d = run_dated("The Andean Community brings together Bolivia, Colombia, Ecuador and Peru.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Bolivia", "Andean Community", 0));
  kg_doc_free(d);
  d = run_dated("The Andean Community, a bloc that does not include Chile, met.");    /* negated: no member */
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Chile", "Andean Community", 0));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile and Peru quarrelled over fishing rights in 2010. The two countries expelled each "
             "other's ambassadors that year.");
  CU_ASSERT(d && find_event(d, "161", "Chile", "Peru") && find_event(d, "161", "Peru", "Chile"));
  kg_doc_free(d);
}

/* Held-out round nineteen (heldout): "X did Y on Sunday, a day after Z did W": the "after" clause's day is the
 * day told before less the span ("a week before": plus), and the main clause keeps its own; "a year ago", "a
 * month ago": that year or month. */
static void test_heldout19_dates(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("May 4, 2023", "Chile recalled its ambassador from Lima on Friday, a day after Peru expelled "
                     "three Chilean diplomats.");
  CU_ASSERT(dated(d, "161", "Chile", "2023-04-28"));
  CU_ASSERT(dated(d, "16", "Peru", "2023-04-27"));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Bolivia closed its border with Chile on Tuesday, two days after Chile criticised "
             "Bolivia's new president.");
  CU_ASSERT(dated(d, "111", "Chile", "2023-04-30"));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Peru criticised Chile on April 20, a week before Chile expelled two Peruvian diplomats.");
  CU_ASSERT(dated(d, "16", "Chile", "2023-04-27") && dated(d, "111", "Peru", "2023-04-20"));
  kg_doc_free(d);
  /* no day told before the span: no date from it */
  d = run_on("May 4, 2023", "A day after Peru expelled three Chilean diplomats, Chile criticised Peru.");
  CU_ASSERT(dated(d, "111", "Chile", ""));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile broke off diplomatic relations with Peru a year ago.");
  CU_ASSERT(dated(d, "16", "Chile", "2022"));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile broke off diplomatic relations with Peru a month ago.");
  CU_ASSERT(dated(d, "16", "Chile", "2023-04"));
  kg_doc_free(d);
  /* "since a dispute two years ago": a counted span dates no event */
  d = run_on("May 4, 2023", "Chile expelled two Peruvian diplomats on Tuesday, in the worst rupture since a dispute "
             "two years ago.");
  CU_ASSERT(dated(d, "16", "Chile", "2023-05-02"));
  kg_doc_free(d);
  /* "who seized power in a coup a year ago, hosted": "ago" on the noun dates only the coup */
  d = run_on("May 4, 2023", "General Ruiz, who seized power in Bolivia in a coup a year ago, hosted the president "
             "of Peru in La Paz on Tuesday.");
  int hosted = 0, hosted_2022 = 0;
  for (size_t k = 0; d && k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "04", 2)) {
      hosted++;
      hosted_2022 += !strcmp(d->events[k].date, "2022");
    }
  CU_ASSERT(hosted > 0 && hosted_2022 == 0);
  kg_doc_free(d);
  /* "a day after the summit": a phrase, not a clause; the main clause keeps its day */
  d = run_on("May 4, 2023", "On Tuesday, a day after the summit, Chile criticised Peru.");
  CU_ASSERT(dated(d, "111", "Chile", "2023-05-02"));
  kg_doc_free(d);
}

/* Held-out round nineteen (heldout): quotation marks take no room in a pattern's object window ("called the
 * decision by the new Chilean government \"unacceptable\""; "expressing \"grave concern\" and calling on X"). */
static void test_heldout19_window(void)
{
  NEED_DICT();
  if (!kg_test_world())
    return;
  kg_doc *d = run_on("May 4, 2023", "Peru called the decision by the new Chilean government \xe2\x80\x9cunacceptable"
                     "\xe2\x80\x9d.");
  CU_ASSERT(d && find_event(d, "111", "Peru", NULL));
  kg_doc_free(d);
  d = run_on("May 4, 2023", "Chile issued a statement expressing \"grave concern\" and calling on Peru to release the "
             "fishermen.");
  CU_ASSERT(d && find_event(d, "02", "Chile", "Peru"));
  kg_doc_free(d);
}

CU_ErrorCode kg_suite_events(void)
{
  CU_pSuite s = CU_add_suite("events", NULL, NULL);
  if (!s)
    return CU_get_error();
  if (!CU_add_test(s, "active and passive (by-agent)", test_active_and_passive) ||
      !CU_add_test(s, "coordination and control", test_coordination) ||
      !CU_add_test(s, "reported speech", test_reported_speech) ||
      !CU_add_test(s, "nominal events: possessor, to, between", test_nominal_events) ||
      !CU_add_test(s, "title makes the person the head", test_title_head) ||
      !CU_add_test(s, "discourse target of nominal events", test_discourse_target) ||
      !CU_add_test(s, "metonym agent, city place", test_metonym_agent_and_place) ||
      !CU_add_test(s, "negation", test_negation) ||
      !CU_add_test(s, "hedges", test_hedges) ||
      !CU_add_test(s, "date normalisation", test_dates) ||
      !CU_add_test(s, "event dates", test_event_date) ||
      !CU_add_test(s, "relations", test_relations) ||
      !CU_add_test(s, "with a dependency tree", test_tree_mode) ||
      !CU_add_test(s, "modality: intent, threat, demand", test_modality_recode) ||
      !CU_add_test(s, "per-document token caches", test_token_caches) ||
      !CU_add_test(s, "groups, plural demonyms, subtree targets", test_groups_and_subtree_targets) ||
      !CU_add_test(s, "exclusive codebook", test_exclusive_codebook) ||
      !CU_add_test(s, "codebook source after the verb, compound subjects", test_codebook_source_after_verb) ||
      !CU_add_test(s, "a finite verb parsed as a clause on its subject", test_finite_acl_subject) ||
      !CU_add_test(s, "a to-infinitive parsed as an obl, a gerund as an advcl", test_to_obl_control) ||
      !CU_add_test(s, "codebook objects as written, gaps, touching words", test_codebook_object_words) ||
      !CU_add_test(s, "codebook words before the verb, titles of state entries",
                   test_before_words_and_titles) ||
      !CU_add_test(s, "user patterns replace defaults, multi-word objects, sectors",
                   test_user_patterns_and_sectors) ||
      !CU_add_test(s, "wire story fixture through the pipeline", test_wire_fixture) ||
      !CU_add_test(s, "sample article", test_sample_article) ||
      !CU_add_test(s, "general causes of held-out failures", test_heldout_causes) ||
      !CU_add_test(s, "a denial verb governing a gerund", test_denied_gerund) ||
      !CU_add_test(s, "the origin site of a launch is its place", test_site_origin) ||
      !CU_add_test(s, "a verb conjoined after a reported clause", test_conj_after_reported_clause) ||
      !CU_add_test(s, "an indefinite by-phrase names the subject's class", test_generic_by_agent) ||
      !CU_add_test(s, "second subjects, phrase objects, groups, neither-nor",
                      test_general_mechanisms) ||
      !CU_add_test(s, "reduced relations; triggers that tell of no act", test_reduce_relations_and_no_acts) ||
      !CU_add_test(s, "diacritics, past weekdays, object control, places with the", test_lead_round_six) ||
      !CU_add_test(s, "last September, passive conjuncts, relatives, and that, arms", test_lead_round_seven) ||
      !CU_add_test(s, "praise agents, perfect dates, threat conditions, It, both sides", test_lead_round_eight) ||
      !CU_add_test(s, "portfolios, appositive spokesmen, tariffs, adjunct objects, background clauses",
                   test_lead_round_nine) ||
      !CU_add_test(s, "coordinated agents, message clauses, days, predicates, regions", test_lead_round_nine_b) ||
      !CU_add_test(s, "declined to say, bracketed abbreviations, a month later", test_lead_round_nine_c) ||
      !CU_add_test(s, "held-out round ten: an opening name's role, a verb hung on a relative clause",
                   test_heldout_round_ten) ||
      !CU_add_test(s, "declined comment, warnings made, past clauses of time, the two leaders", test_lead_round_ten) ||
      !CU_add_test(s, "arriving in a capital, one visit with its noun", test_lead_round_ten_b) ||
      !CU_add_test(s, "pronouns agree in gender with a known person", test_pronoun_gender) ||
      !CU_add_test(s, "Slavic name endings, appeals to unnamed addressees, long objects", test_lead_round_ten_c) ||
      !CU_add_test(s, "a name before a relative clause, places across", test_lead_round_ten_d) ||
      !CU_add_test(s, "two men later, where they signed, cities, warnings, accused of", test_lead_round_eleven) ||
      !CU_add_test(s, "promises coded by what is promised, consult synsets", test_lead_round_twelve) ||
      !CU_add_test(s, "title of state after the name, regnal names, told it, passive conjuncts", test_lead_round_thirteen) ||
      !CU_add_test(s, "alert, announced deployments, and-verbs after quotes, calls for elections", test_lead_round_fourteen) ||
      !CU_add_test(s, "tensed conjuncts of infinitives, hosts, spokesmen for, evaded sanctions, the visit",
                   test_lead_round_fifteen) ||
      !CU_add_test(s, "accords left (withdrew from, pulled out of, quit), conversations held",
                   test_lead_round_sixteen) ||
      !CU_add_test(s, "parts of unnamed groups as subjects", test_lead_round_seventeen) ||
      !CU_add_test(s, "hyphened name particles, objects' owners, French elided nouns, relative clauses' subjects",
                   test_lead_round_eighteen) ||
      !CU_add_test(s, "measures of talks, counted juntas, founders in apposition, causing verbs' infinitives, "
                   "object relatives on the clause", test_lead_round_nineteen) ||
      !CU_add_test(s, "reported clauses read as reduced relatives, past participles on nouns, capitals' spellings",
                   test_lead_round_twenty) ||
      !CU_add_test(s, "opening obliques, members including, offices taken, journeys' cities, titles far back, "
                   "moves condemned, voices of movements, ministries named before, nouns' cues, proposals",
                   test_lead_round_twentyone) ||
      !CU_add_test(s, "lead round twenty-two: fights between subjects, accord venues, agentless copies",
                   test_lead_round_twentytwo) ||
      !CU_add_test(s, "lead round twenty-three: pairs of both governments, agreements' parties as targets",
                   test_lead_round_twentythree) ||
      !CU_add_test(s, "lead round twenty-four: infinitives of nouns of asking, bodies of a state owned by its", test_lead_round_twentyfour) ||
      !CU_add_test(s, "lead round twenty-five: names of states read as verbs", test_lead_round_twentyfive) ||
      !CU_add_test(s, "lead round twenty-six: titles, vessels, joined sanctions", test_lead_round_twentysix) ||
      !CU_add_test(s, "heldout2 sixteen: demonyms, after-clauses, like-parentheticals, the group, journeys, "
                      "fronted dates, currency signs", test_heldout2_round_sixteen) ||
      !CU_add_test(s, "event dates: month and year ends, deadlines, spans, quotations (issue #4)", test_event_dates) ||
      !CU_add_test(s, "event places: contests, employers and works are no places (issue #4)", test_event_places) ||
      !CU_add_test(s, "event factuality: schedules, hearsay and needs are Hedged (issue #4)", test_event_factuality) ||
      !CU_add_test(s, "event arguments: a main clause's place, a negated verb's own negation, 'the company', "
                   "a quotation's 'me' (issue #4)",
                   test_event_args_sixteen) ||
      !CU_add_test(s, "event arguments: their envoys recalled from a city, a clash's venue, a person's own state, "
                   "'French carmaker Renault', 'was unable to' (issue #4)", test_event_args_seventeen) ||
      !CU_add_test(s, "event arguments: 'neither A nor B' subjects, a statement's reported condition, "
                   "'the UK Independence Party', 'for X and to Y' (issue #4)", test_event_args_eighteen) ||
      !CU_add_test(s, "event arguments: a sector group in a state's seat, the government it accuses, an attack's "
                   "claimer, the doer of 'the ban' (issue #4)", test_event_args_nineteen) ||
      !CU_add_test(s, "event arguments: a time adjunct on a passive verb, 'the two North African countries', "
                   "'the Baltic states, members of NATO and the EU' (issue #4)", test_event_args_twenty) ||
      !CU_add_test(s, "event arguments: a complaint against X with a court, 'the state-owned company', "
                   "'the raid was without precedent in X', 'both countries' after an aside (issue #4)",
                   test_event_args_twentyone) ||
      !CU_add_test(s, "event arguments: a recall with no side named, joined 'to'-infinitives, seasons, the act "
                   "'the decision' reacts to (issue #4)", test_event_args_twentytwo) ||
      !CU_add_test(s, "event arguments: the year of a dateline with a month and day only, a span's start (issue #4)",
                   test_event_args_twentythree) ||
      !CU_add_test(s, "event arguments: 'X's alliance with Y', 'its defence pact with Y' (issue #4)",
                   test_event_args_twentyfour) ||
      !CU_add_test(s, "event arguments: an act noun takes the salient state only as an earlier event's target; "
                   "'his Lao counterpart' (issue #4)", test_event_args_twentyfive) ||
      !CU_add_test(s, "event arguments: the doer's own state named only as a thing's modifier is no target "
                   "of a promise (issue #4)", test_event_args_twentysix) ||
      !CU_add_test(s, "event arguments, twenty-seventh session: a state telling where an owned thing is from, "
                   "pledges of what would be, a noun's that-clause, comparisons",
                   test_event_args_twentyseven) ||
      !CU_add_test(s, "event arguments, twenty-eighth session: a state naming a unit's currency is no side",
                   test_event_args_twentyeight) ||
      !CU_add_test(s, "senses that are no act: games, products, things released", test_wrong_senses) ||
      !CU_add_test(s, "senses that are no act: takeovers, claims, signings", test_wrong_senses_2) ||
      !CU_add_test(s, "senses that are no act: dangers, market demand, views, powers", test_wrong_senses_3) ||
      !CU_add_test(s, "senses that are no act: offers to no one, participles naming kinds, crosses met, "
                   "things conceded, a talk, questions, calls for, call-ups, charges, failures, showing", test_wrong_senses_4) ||
      !CU_add_test(s, "who undergoes an act told without its doer", test_patient_roles) ||
      !CU_add_test(s, "the lexicon's cue and light verbs, extended by a user file", test_user_lexicon) ||
      !CU_add_test(s, "held-out round seven: portfolios, ministers of state", test_heldout_round_seven) ||
      !CU_add_test(s, "held-out round seven (b): place spellings, offers, governments, strikes on", test_heldout_round_seven_b) ||
      !CU_add_test(s, "a preposition a pattern cannot do without (kgd:prepRequired)", test_prep_required) ||
      !CU_add_test(s, "the lexicon's word lists, extended by a user file", test_user_word_lists) ||
      !CU_add_test(s, "held-out round eight: aliases, spans, futures, both sides, bare titles, visits", test_heldout_round_eight) ||
      !CU_add_test(s, "manual round nine: time nouns, groups in a city, former states, patterns", test_manual_round_nine) ||
      !CU_add_test(s, "manual round ten: groups acting on a named actor, aid and rights groups, patterns",
                   test_manual_round_ten) ||
      !CU_add_test(s, "manual round eleven: faith words are no surnames, protest aims, conditional threats, aid goods, X-based, place nouns, handovers, curfews, lawsuits, gunbattles",
                   test_manual_round_eleven) ||
      !CU_add_test(s, "WikiEvents round nine: incident words with no actor, figurative ones", test_wiki_round_nine) ||
      !CU_add_test(s, "held-out round nine: unless, advisers, regnal names, expected to, possessed groups, all sides, portfolios, government titles, styles, pledged money, claims, sessions, vows, relative modals", test_heldout_round_nine) ||
      !CU_add_test(s, "PLOVER round twelve: domestic events, own sectors repressed, under sanctions, orders, refusals", test_plover_round_twelve) ||
      !CU_add_test(s, "precision: what a request asks for is the one asked's, never the asker's", test_requested_acts) ||
      !CU_add_test(s, "precision: sanctioning an act authorises it", test_sanctioned_acts) ||
      !CU_add_test(s, "precision: a person agreeing with nothing named concurs", test_bare_agreeing) ||
      !CU_add_test(s, "precision: coercion of things is none", test_coerced_things) ||
      !CU_add_test(s, "precision: releases, returns and searches of no party", test_partyless_acts) ||
      !CU_add_test(s, "precision: no evidence that; names before a verb are no objects", test_unfounded_and_names) ||
      !CU_add_test(s, "precision: injuries with no assailant; sentences as legal action", test_injury_and_sentence) ||
      !CU_add_test(s, "precision: force with a striker that is no party", test_strikerless_force) ||
      !CU_add_test(s, "precision: acts a capacity or right only allows", test_capacity_acts) ||
      !CU_add_test(s, "precision: rulings and bans overturned", test_overturned_rulings) ||
      !CU_add_test(s, "precision: readers' comments below a report", test_readers_comments) ||
      !CU_add_test(s, "precision: contracts, stakes, bids and goods between no states", test_commerce_objects) ||
      !CU_add_test(s, "precision: an intent to pay or buy between no states", test_commerce_purchase) ||
      !CU_add_test(s, "precision: retreats of bids, money and contracts", test_retreat_of_things) ||
      !CU_add_test(s, "precision: acts believed to come", test_believed_future) ||
      !CU_add_test(s, "precision: players and scores ruled out", test_ruled_out_player) ||
      !CU_add_test(s, "precision: moves of play in a game", test_game_play) ||
      !CU_add_test(s, "precision: meetings told as games", test_game_meeting) ||
      !CU_add_test(s, "precision: visits told as a team's trips", test_game_trip) ||
      !CU_add_test(s, "precision: force in games, one person found dead", test_game_fight_found_dead) ||
      !CU_add_test(s, "precision: pledges by a relative clause's noun", test_pledge_own) ||
      !CU_add_test(s, "precision: acts named as what money is for", test_budget_item) ||
      !CU_add_test(s, "precision: acts a wish hopes another will do", test_wished_act) ||
      !CU_add_test(s, "precision: acts inside a condition", test_in_condition) ||
      !CU_add_test(s, "precision: titles as descriptions", test_titled_description) ||
      !CU_add_test(s, "precision: facts acknowledged", test_fact_acknowledged) ||
      !CU_add_test(s, "precision: claims rejected are denied", test_denied_claims) ||
      !CU_add_test(s, "precision: duties no speaker demands", test_untold_obligation) ||
      !CU_add_test(s, "precision: trading, importing, investing with no partner", test_market_senses) ||
      !CU_add_test(s, "PLOVER round thirteen: in protest at, a people against its state, light verbs' groups, own state, "
                   "inquiries into deeds, demands that, weekdays after names, neighbouring X, unnamed protesters, sworn to",
                   test_plover_round_thirteen) ||
      !CU_add_test(s, "held-out round twelve: emergencies, tear gas, struck down, treaties, hopes, signatories, "
                      "organisations' spokesmen, offices in organisations, speakers' conjuncts, negated conjuncts, "
                      "they of the two countries, entry bans, the alliance, tense shifts, "
                      "the bloc in November, commissioners, visas",
                      test_heldout_round_twelve) ||
      !CU_add_test(s, "held-out round fourteen (b): name particles, import duties, rates, days on participles, "
                      "opening surnames, reported passives, the bloc of which X is a member, conjuncts after "
                      "appositions", test_heldout_round_fourteen_b) ||
      !CU_add_test(s, "held-out round fourteen: Congolese, titled conjuncts, X of STATE and Y, whom it accused, "
                      "a person's ally apposition, is to V, Chad Morrow, the X area, an American officer, "
                      "a bare title after \", and\"",
                   test_heldout_round_fourteen) ||
      !CU_add_test(s, "held-out round fourteen (c): company nouns, guesthouses, the authorities in a capital, "
                      "counterparts' states, portfolio ministers, switched recognition, ranges, neutralised, "
                      "called a crime, that year's month", test_heldout_round_fourteen_c) ||
      !CU_add_test(s, "PLOVER recall fourteen: groups' noun acts, going on strike, sit-ins, groups' subjectless clauses, "
                   "an act noun's owner, promise nouns, CAMEO names of 184, 201, 203, 2041, faiths, misspelt states",
                   test_plover_recall_fourteen) ||
      !CU_add_test(s, "PLOVER actors fifteen: peoples' plurals as groups, a place's authorities investigating, "
                      "the group owning the object or doing what it names, responsible for, according to", test_plover_actors_fifteen) ||
      !CU_add_test(s, "PLOVER actors sixteen: groups in a deed's on/at phrase, an object's possessor or sector word, "
                      "a group with its city, a past verb read as an adjective, the opposition, settlements, a demand that X",
                   test_plover_actors_sixteen) ||
      !CU_add_test(s, "PLOVER targets seventeen: a noun act's target for the verb it is the object of, a group "
                      "coordinated with a joint act's or a clash's subject, a town attacked, shelling, "
                      "a conjoined verb of a group", test_plover_targets_seventeen) ||
      !CU_add_test(s, "PLOVER eighteen: CAMEO.2.0 patterns under inflected comments, a clause read as its "
                      "subject's phrase, stance and symbolic acts, readiness, asylum, halted negotiations, bombs "
                      "dropped, unions, mass expulsion", test_plover_eighteen) ||
      !CU_add_test(s, "PLOVER nineteen: hyphened participles, flowers, support rallied, voted down, weapons "
                      "handed in, disbursed, suspects questioned, loans halted", test_plover_nineteen) ||
      !CU_add_test(s, "PLOVER twenty: a rejected offer's or demand's group, a to-clause's or that-clause's group, appeals to X for "
                      "Y and to groups, a group noun tagged a name", test_plover_twenty) ||
      !CU_add_test(s, "PLOVER twenty-one: group heads acting for the group of their of-phrase or possessor, "
                      "elders and drivers", test_plover_twentyone) ||
      !CU_add_test(s, "PLOVER twenty-two: tribal, clan, community and village leaders and chiefs; a bomb "
                      "killed; fire set to a police station",
                   test_plover_twentytwo) ||
      !CU_add_test(s, "PLOVER twenty-three: families, relatives, youth groups as targets; a participle read as a "
                      "past tense after an object", test_plover_twentythree) ||
      !CU_add_test(s, "PLOVER twenty-four: the government as a description of a group's own state; local "
                      "councils and governments", test_plover_twentyfour) ||
      !CU_add_test(s, "PLOVER twenty-six: a domestic government as the subject of a that-clause; a threat made "
                      "of its condition's subject", test_plover_twentysix) ||
      !CU_add_test(s, "PLOVER twenty-five: a verb read as a noun before a particle of result (shot down, shot "
                      "dead, beat to death) retagged before parsing; Chad's military near", test_plover_twentyfive) ||
      !CU_add_test(s, "held-out round fourteen (d): not, however, V; made a visit; welcomed the lifting; "
                      "Park An-su", test_heldout_round_fourteen_d) ||
      !CU_add_test(s, "held-out round fourteen (e): an object's apposition in a pattern's window, a summoner's "
                      "demand, a defence treaty signed by two leaders, UN coordinators", test_heldout_round_fourteen_e) ||
      !CU_add_test(s, "held-out round fifteen (heldout): a coordinated verb's shared subject for its pronouns",
                   test_heldout15_coordination) ||
      !CU_add_test(s, "held-out round sixteen (heldout3): who after a description, a counterpart's name, guests of "
                      "the dateline's leader, camps, party appositions, led by General X, weighing, known as, "
                      "a fronted clause's his, cut off talks",
                   test_heldout16_round) ||
      !CU_add_test(s, "held-out round sixteen (xfail): protest notes, sanctions lists, a decision called a mistake, "
                      "troops leaving, a peacekeeping mission ended, a base handed over",
                   test_heldout16_xfail) ||
      !CU_add_test(s, "held-out round sixteen (xfail): a titled head of a state's delegation serves the state",
                   test_heldout16_delegation_head) ||
      !CU_add_test(s, "held-out round seventeen (xfail): lawsuits, arms sales, troops moved, a military intervention, "
                      "the kingdom",
                   test_heldout17_xfail) ||
      !CU_add_test(s, "held-out round seventeen (xfail): the head of a state's body, an ambassador named before",
                   test_heldout17_titles) ||
      !CU_add_test(s, "held-out round seventeen (heldout): trade frozen, exports restricted; the Commission of "
                      "V-ing; the bloc; what a verb of beginning tells of its subject noun; a relative clause on a cue; "
                      "the next day after a month; an offensive; his X Party", test_heldout17_heldout) ||
      !CU_add_test(s, "held-out round seventeen (heldout2): a protest as a summons' purpose, a possessor on a verb",
                   test_heldout17_summons) ||
      !CU_add_test(s, "held-out round seventeen (heldout2): a resolved pronoun's gender, his minister after a "
                      "conjunct, a named title holder, among X's allies", test_heldout17_coref_rel) ||
      !CU_add_test(s, "held-out round seventeen (heldout2): exports restricted or targeted, a request called a "
                      "vendetta", test_heldout17_lexicon) ||
      !CU_add_test(s, "held-out round eighteen (xfail): the island, the sultanate, a body at its seat", test_heldout18_island) ||
      !CU_add_test(s, "held-out round eighteen (xfail): the founders of an organisation", test_heldout18_founders) ||
      !CU_add_test(s, "held-out round eighteen (xfail): a name's own title word tells no gender",
                   test_heldout18_gender) ||
      !CU_add_test(s, "held-out round nineteen (coref): a title on a state's body noun named before",
                   test_heldout19_body_title) ||
      !CU_add_test(s, "held-out round nineteen (coref): the dateline's police", test_heldout19_dateline_police) ||
      !CU_add_test(s, "held-out round twenty (xfail): the dateline's police, not in another state's place",
                   test_heldout20_dateline_guard) ||
      !CU_add_test(s, "held-out round twenty (xfail): by video link, a name's room in the object window, drones sold",
                   test_heldout20_video_link) ||
      !CU_add_test(s, "held-out round twenty-one (xfail): a title of one state's officials (kgd:stateTitle)",
                   test_heldout21_state_title) ||
      !CU_add_test(s, "held-out round twenty-one (xfail): a tanker or ship boarded is seized", test_heldout21_boarded) ||
      !CU_add_test(s, "held-out round twenty-two (xfail): an acting high commissioner, portfolio titles",
                   test_heldout22_acting_title) ||
      !CU_add_test(s, "held-out round twenty-two (xfail): a paragraph opened by the day of an act noun",
                   test_heldout22_frame_date) ||
      !CU_add_test(s, "held-out round twenty-three (xfail): ready to help is an offer of aid (033)",
                   test_heldout23_ready_to_help) ||
      !CU_add_test(s, "held-out round twenty-three (xfail): freight or its loading blocked is an embargo (163)",
                   test_heldout23_goods_blocked) ||
      !CU_add_test(s, "held-out round twenty-four (xfail): members in a relative clause with like, of X and of Y",
                   test_heldout24_membership) ||
      !CU_add_test(s, "held-out 25: 'Its Foreign Minister, X,' against a namesake elsewhere",
                   test_heldout25_own_title) ||
      !CU_add_test(s, "held-out 25: 'the Kaluma' after 'the Kaluma Front' is the front", test_heldout25_org_short_name) ||
      !CU_add_test(s, "held-out 26: K.P. initials, -ow as -ov, the newest table's fuller name, Greenland",
                   test_heldout26_name_spellings) ||
      !CU_add_test(s, "held-out 26: a state in a misparsed subject lends no doubt", test_heldout26_noun_subject) ||
      !CU_add_test(s, "held-out round twenty-four (xfail): a state leaving an organisation reduces relations (160)",
                   test_heldout24_leave_body) ||
      !CU_add_test(s, "held-out round twenty-four (xfail): an embassy reopened is diplomatic recognition (054)",
                   test_heldout24_embassy_reopened) ||
      !CU_add_test(s, "xfail 28: a case joined, ports closed to a state's ships, a membership suspended",
                   test_xfail28_patterns) ||
      !CU_add_test(s, "held-out round nineteen (xfail): objecting, a state outside ISO 3166, raised with, "
                      "designated a terrorist, The Hague, armed groups", test_heldout19_lexicon) ||
      !CU_add_test(s, "held-out round eighteen (heldout2): was due to, a gerund after before, In May, Title X met, handed him a note", test_heldout18_heldout2) ||
      !CU_add_test(s, "held-out round eighteen (heldout): called a tyrant or a usurper, an act called unfounded, a "
                      "removal questioned", test_heldout18_lexicon) ||
      !CU_add_test(s, "held-out round eighteen (heldout): a subject pronoun not its object, within hours, a bloc "
                      "that groups states, each other's", test_heldout18_machinery) ||
      !CU_add_test(s, "held-out round nineteen (heldout): a day after, a week before, a year ago", test_heldout19_dates) ||
      !CU_add_test(s, "held-out round nineteen (heldout): quotation marks in an object's window", test_heldout19_window) ||
      !CU_add_test(s, "twenty-first session (genre): riots, charges, deportations, suicide bombings, assassinations",
                   test_genre21_lexicon) ||
      !CU_add_test(s, "twenty-first session (genre): information shared, bills debated, land handed back, police sent",
                   test_genre21_patterns) ||
      !CU_add_test(s, "twenty-second session (genre): licences suspended, ultimatums, settlements, escorts, silence",
                   test_genre22_patterns) ||
      !CU_add_test(s, "held-out round twenty-three (heldout): it was signed by A, B and C, the members of Y; called scandalous; Chief Justice X",
                   test_heldout23_it_signed) ||
      !CU_add_test(s, "twenty-third session (genre): admitted that (015), a that-clause required",
                   test_genre23_clause) ||
      !CU_add_test(s, "genre 24: denied that, a deed or a claim",
                   test_genre24_deny) ||
      !CU_add_test(s, "genre 25: a deny pattern's object in the clause; gendarmes, fans, clans; broke the ceasefire",
                   test_genre25_clause_groups) ||
      !CU_add_test(s, "genre 26: agreed with a decision; called for a resignation; a proposal studied; looked into",
                   test_genre26_category) ||
      !CU_add_test(s, "genre 26: a tour of one's own towns to rally support is the rally (053)", test_genre26_tour) ||
      !CU_add_test(s, "plover 27: property destroyed (1712), a state's permission (080), \"set\" read as JJ",
                   test_plover27_property_permission) ||
      !CU_add_test(s, "plover 27: the persons an arrest or a killing is done to (\"eleven men\")",
                   test_plover27_person_object) ||
      !CU_add_test(s, "plover 28: the persons through a noun of number (\"dozens of people\") before an oblique's group",
                   test_plover28_number_persons) ||
      !CU_add_test(s, "genre 27: a ban lifted is the lifting (085), not the ban; by a state's government",
                   test_genre27_undo) ||
      !CU_add_test(s, "precision 28: a plan submitted, a test undergone is no yielding (080); yielding to a party is",
                   test_precision28_yield) ||
      !CU_add_test(s, "genre 27: soldiers sent to join the UN force (074), withdrawn from it (1661)",
                   test_genre27_peace) ||
      !CU_add_test(s, "genre 27: protesters shot, vaccines shipped, money deposited, a field hospital",
                   test_genre27_patterns) ||
      !CU_add_test(s, "genre 27: said that he was ready to: the teller of a described official", test_genre27_teller) ||
      !CU_add_test(s, "genre 28: boats intercepted, relief appealed for, aid trucks let in, aid bodies",
                   test_genre28_patterns) ||
      !CU_add_test(s, "codes 25: stepped down, bombs set off, alert raised, ties scaled back, handed back, gas",
                   test_codes25_patterns) ||
      !CU_add_test(s, "codes 25: promised to resign, pledged to pull out (intent, 03)", test_codes25_promise) ||
      !CU_add_test(s, "codes 26: a passive's subject far back is the pattern's object (ties were severed)",
                   test_codes26_passive) ||
      !CU_add_test(s, "codes 26: a journalist assaulted, peacekeepers sent, a ban flouted", test_codes26_patterns) ||
      !CU_add_test(s, "codes 27: tribute paid, a ruling ignored, troops stood down, a general strike called",
                   test_codes27_patterns) ||
      !CU_add_test(s, "codes 27: an appeal launched by X, a vow to crack down, told to, rallied partners against",
                   test_codes27_passive_vow) ||
      !CU_add_test(s, "codes 28: insisted that (a demand or a claim), broke up a protest, a truce breached",
                   test_codes28_insist_patterns))
    return CU_get_error();
  return CUE_SUCCESS;
}
