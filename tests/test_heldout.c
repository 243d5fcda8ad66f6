/* test_heldout.c — general rules found by the held-out style articles of
 * tests/data/heldout (suite kg_suite_heldout): one test per rule family,
 * on sentences written for these tests (not the articles' own). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "doc.h"
#include "dict.h"
#include "actors.h"
#include "events.h"
#include "pipeline.h"
#include "dict_index.h"
#include "tagfix.h"
#include "lemma.h"
#include "world.h"

/* from test_actors.c */
const kg_dict *kg_test_dict(void);
int32_t kg_test_actor(const kg_doc *d, const char *label);
int kg_test_first_date(const char *text, const char *ref, char *out);

#define NEED_DICT() do { if (!kg_test_dict() || kg_dict_nactors(kg_test_dict()) == 0) { \
    CU_FAIL("the dictionary of ontology/ could not be loaded"); return; } } while (0)

/* text through the whole pipeline (tagger, parser, NER): NULL without models */
static kg_doc *full_run(const char *text)
{
  kg_world *w = kg_test_world();
  kg_doc *d = w ? kg_doc_new(text, strlen(text), "heldout-test") : NULL;
  if (d && kg_pipeline_run(w, d) != KG_OK) {
    kg_doc_free(d);
    d = NULL;
  }
  CU_ASSERT_PTR_NOT_NULL(d);
  return d;
}

static int has_rel(const kg_doc *d, int kind, const char *a, const char *b)
{
  int32_t x = kg_test_actor(d, a), y = kg_test_actor(d, b);
  for (size_t i = 0; x >= 0 && y >= 0 && i < d->nrels; i++)
    if (d->rels[i].kind == kind && d->rels[i].subj == x && d->rels[i].obj == y)
      return 1;
  return 0;
}

/* "in May last year", "in March next year": the month of that year */
static void test_month_of_relative_year(void)
{
  char b[32];
  kg_test_first_date("Two guards were killed in a clash in May last year.", "2026-05-29", b);
  CU_ASSERT_STRING_EQUAL(b, "2025-05");
  kg_test_first_date("The two states will hold elections in March next year.", "2026-05-29", b);
  CU_ASSERT_STRING_EQUAL(b, "2027-03");
  kg_test_first_date("The treaty was signed in January this year.", "2026-11-02", b);
  CU_ASSERT_STRING_EQUAL(b, "2026-01");
  kg_test_first_date("The treaty was signed in January.", "2026-11-02", b);   /* unchanged */
  CU_ASSERT_STRING_EQUAL(b, "2026-01");
}


static int32_t actor_type(const kg_doc *d, const char *label)
{
  int32_t a = kg_test_actor(d, label);
  return a >= 0 ? d->actors[a].type : -1;
}

/* names: a particle glued by a hyphen ("al-Bashir"), acronyms of an
 * organisation named before, "the Hague" no surname, places by their head
 * ("Johnson Reef"), a place noun after a name, "near X"; ships are no actors */
static void test_name_shapes(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Qatar's emir received the army chief, General Omar Hassan al-Bashir, on Monday. "
                          "The Popular Defence Forces, a militia, said the PDF would disarm.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Omar Hassan al-Bashir") == KG_ACT_PERSON);
  CU_ASSERT(kg_test_actor(d, "Omar Hassan") < 0);
  CU_ASSERT(kg_test_actor(d, "PDF") < 0);
  kg_doc_free(d);
  if (!d)
    return;
  d = full_run("Lawyers filed the case with a court in The Hague on Monday. "
                  "Vietnamese boats gathered near Johnson South Reef, and troops fired near Poipet, "
                  "close to the Prasat Khnar temple.");
  if (!d)
    return;
  for (size_t i = 0; i < d->nactors; i++)
    CU_ASSERT(d->actors[i].type != KG_ACT_PERSON);   /* no "Hague", "Poipet" or "Johnson" person */
  CU_ASSERT(actor_type(d, "Prasat Khnar") == KG_ACT_PLACE || actor_type(d, "Prasat Khnar") == -1);
  kg_doc_free(d);
  d = full_run("Sailors aboard the USS Harlan Grey, a destroyer, watched the drill.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "USS Harlan Grey") < 0);
  CU_ASSERT(kg_test_actor(d, "Harlan Grey") < 0);
  kg_doc_free(d);
}

/* relations: "X, a spokesman for Y's Foreign Ministry", "the UN envoy for
 * Z, X", "His spokesman, X" of an organisation's official, "the militia,
 * led by P" */
static void test_office_phrases(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Wang Lianfeng, a spokesman for China's Foreign Ministry, rejected the claims. "
                       "The UN envoy for Yemen, Karim Duvalle, will visit Sanaa.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Wang Lianfeng", "China"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Karim Duvalle", "United Nations"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Karim Duvalle", "Yemen"));
  kg_doc_free(d);
  /* the state must close the apposition: not "of Britain's biggest union" */
  d = full_run("Tom Baird, the leader of Britain's biggest union, said the strike would go ahead.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Tom Baird") >= 0);
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Tom Baird", "United Kingdom"));
  kg_doc_free(d);
  d = full_run("UN Secretary-General António Guterres urged calm in Libya. "
               "His spokesman, Tomas Aldrevik, said talks would resume.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Tomas Aldrevik", "United Nations"));
  kg_doc_free(d);
  d = full_run("Sudan's army fought the Rapid Support Forces. The RSF, "
               "led by Hamid Kordofani, said they had taken the city.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Hamid Kordofani", "Rapid Support Forces"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Hamid Kordofani", "Sudan"));
  kg_doc_free(d);
  /* a bare title after a paragraph whose subject has an apposition naming
   * another state; the title parsed as the subject */
  d = full_run("Headline\n\nBritain, Ukraine's closest European partner, condemned the strike. "
               "Defence Secretary Tom Harwell telephoned his Ukrainian counterpart on Friday.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Tom Harwell", "United Kingdom"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Tom Harwell", "Ukraine"));
  kg_doc_free(d);
}

/* memberOf and allyOf: "Y, of which X is a founding member", "members of
 * the council, along with A and B" ("the council": the Council named
 * before), "X, the Y's oldest treaty ally," */
static void test_membership_phrases(void)
{
  NEED_DICT();
  kg_doc *d = full_run("The African Union, of which Egypt is a founding member, met in Addis Ababa. "
                       "Britain vetoed a UN Security Council draft on Friday. France and China are permanent "
                       "members of the council, along with Russia and the United States. "
                       "Japan, the Philippines' oldest security ally, protested.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Egypt", "African Union"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "France", "United Nations Security Council"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Russia", "United Nations Security Council"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "United States", "United Nations Security Council"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Japan", "Philippines") || has_rel(d, KG_REL_ALLY, "Philippines", "Japan"));
  kg_doc_free(d);
}

/* "accused X of V-ing": the act is alleged, never Asserted */
static void test_accused_of(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Georgia accused Russian troops of shelling a village on Monday.");
  if (!d)
    return;
  int shelled = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (d->events[i].cameo[0] == '1' && d->events[i].cameo[1] >= '8') {
      shelled++;
      CU_ASSERT(d->events[i].factuality != KG_FACT_ASSERTED);
    }
  CU_ASSERT(shelled > 0);
  kg_doc_free(d);
}

/* dictionary entries and a title parsed as the subject: "thanked X" (051),
 * "called his counterpart" (041), "Secretary of State X called ..." */
static void test_thanks_and_calls(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Foreign Secretary Lewis Ardent called his Kenyan counterpart on Monday. "
                       "Chile thanked Peru for its help.");
  if (!d)
    return;
  int call = 0, thanks = 0;
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    const char *ag = e->agent >= 0 ? d->actors[e->agent].label : "-";
    const char *tg = e->target >= 0 ? d->actors[e->target].label : "-";
    call |= !strcmp(e->cameo, "041") && !strcmp(ag, "Lewis Ardent") && !strcmp(tg, "Kenya");
    thanks |= !strncmp(e->cameo, "051", 3) && !strcmp(ag, "Chile") && !strcmp(tg, "Peru");
  }
  CU_ASSERT(call);
  CU_ASSERT(thanks);
  kg_doc_free(d);
  /* "in a telephone call with Y": the subject of the verb holds the call */
  d = full_run("Nigeria's foreign minister defended the decision in a telephone call with Ghana on Friday.");
  if (!d)
    return;
  int held = 0;
  for (size_t i = 0; i < d->nevents; i++)
    held |= !strncmp(d->events[i].cameo, "04", 2) && d->events[i].agent >= 0 &&
            !strcmp(d->actors[d->events[i].agent].label, "Nigeria");
  CU_ASSERT(held);
  kg_doc_free(d);
}

/* "within Peru's waters": the possessor is no place; "the two countries"
 * reaches back two sentences for its pair */
static void test_possessor_and_pairs(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Headline\n\nChile sends boats into waters within Peru's maritime zone. "
                       "Lima has protested for years. "
                       "The two countries agreed in March 2023 on a joint patrol plan.");
  if (!d)
    return;
  int32_t pe = kg_test_actor(d, "Peru");
  CU_ASSERT(pe >= 0 && d->actors[pe].type == KG_ACT_COUNTRY);
  int pair = 0;
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    int ch = 0, pr = 0;
    for (int k = 0; k < e->npart; k++) {
      ch |= !strcmp(d->actors[e->part[k]].label, "Chile");
      pr |= !strcmp(d->actors[e->part[k]].label, "Peru");
    }
    pair |= e->cameo[0] == '0' && ch && pr;
  }
  CU_ASSERT(pair);
  kg_doc_free(d);
}

/* "X, the besieged city in ...": a name read as a person is that place;
 * not "a city councillor" */
static void test_apposition_places(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Rebels shelled Abu Kadugla on Monday. Aid groups could not reach Abu Kadugla, "
                       "the besieged city in South Kordofan. Tom Ridley, a city councillor, said talks failed.");
  if (!d)
    return;
  int32_t k = kg_test_actor(d, "Abu Kadugla");
  CU_ASSERT(k < 0 || d->actors[k].type == KG_ACT_PLACE);
  int32_t r = kg_test_actor(d, "Tom Ridley");
  CU_ASSERT(r >= 0 && d->actors[r].type == KG_ACT_PERSON);
  kg_doc_free(d);
}

/* heldout2 round ten: the subject of "X summoned the envoy, Name, on
 * Monday and expelled ..." is X, not the name; "a visit to a city by X" is
 * X's; "the court" in lower case is the court named before */
/* The first event of code prefix `prefix` with agent and target labelled
 * `agent` and `target` (NULL: any), or NULL. */
static const kg_event *ev_find(const kg_doc *d, const char *prefix, const char *agent, const char *target)
{
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    if (strncmp(e->cameo, prefix, strlen(prefix)))
      continue;
    if (agent && (e->agent < 0 || strcmp(d->actors[e->agent].label, agent)))
      continue;
    if (target && (e->target < 0 || strcmp(d->actors[e->target].label, target)))
      continue;
    return e;
  }
  return NULL;
}

static int ev_with(const kg_doc *d, const char *prefix, const char *agent, const char *target)
{
  return ev_find(d, prefix, agent, target) != NULL;
}

/* heldout2 round eleven: a name in apposition to the subject ("Peru's
 * foreign minister, Mateo Salas, said") is the subject for a pronoun in the
 * next sentence, above a person named more often further back */
static void test_round_eleven_heldout2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Court Ruling\n\nSANTIAGO, May 6, 2026 \xe2\x80\x94 A court in Santiago ruled on Monday that "
                       "Tomas Reyna, a former Peruvian mayor, could stay in Chile. Reyna left Peru in 2023 and he "
                       "denies the charges against him.\n\nChile recalled its envoy on Tuesday. Peru's foreign "
                       "minister, Mateo Salas, said the ruling ignored the evidence. He urged Chile to hand over "
                       "the former mayor.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "02", "Mateo Salas", "Chile"));
  CU_ASSERT(!ev_with(d, "02", "Tomas Reyna", NULL));
  kg_doc_free(d);
  /* "the government in Tehran" is the state whose seat is named; "called
   * the move 'absurd'": a criticism (a call with a negative word), whose
   * definite act noun refers back to the latest act of someone else */
  d = full_run("Title\n\nGENEVA, May 6, 2026 \xe2\x80\x94 The government in Tehran condemned the new sanctions "
               "on Tuesday.\n\nFrance expelled two Iranian diplomats on Monday. Iranian spokesman Ali Karimi "
               "called the move \"absurd\" and said Tehran would respond.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Iran", NULL));
  CU_ASSERT(ev_with(d, "111", "Ali Karimi", "France"));
  kg_doc_free(d);
  /* a described act noun ("the decision to cut aid") is no anaphor */
  d = full_run("Title\n\nOSLO, May 6, 2026 \xe2\x80\x94 Denmark expelled a Russian envoy on Monday. Norway "
               "opposed the decision to cut aid to farmers.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Norway", NULL));
  CU_ASSERT(!ev_with(d, "11", "Norway", "Denmark"));
  kg_doc_free(d);
  /* a Spanish name with the father's surname alone is the dictionary's
   * holder of both surnames (an alias from tools/gen_dictionaries.py) */
  d = full_run("Title\n\nMONTEVIDEO, May 6, 2026 \xe2\x80\x94 President Santiago Pe\xc3\xb1" "a of Paraguay "
               "praised the new bridge on Monday.\n");
  if (!d)
    return;
  int32_t pe = kg_test_actor(d, "Santiago Pe\xc3\xb1" "a Palacios");
  CU_ASSERT(pe >= 0 && d->actors[pe].dict_entry >= 0);
  CU_ASSERT(kg_test_actor(d, "Santiago Pe\xc3\xb1" "a") < 0);
  kg_doc_free(d);
}

/* The first event of code prefix `prefix` with actors labelled a and b
 * among its participants, or NULL. */
static const kg_event *ev_parts(const kg_doc *d, const char *prefix, const char *a, const char *b)
{
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    int ha = 0, hb = 0;
    for (int k = 0; k < e->npart; k++) {
      ha |= !strcmp(d->actors[e->part[k]].label, a);
      hb |= !strcmp(d->actors[e->part[k]].label, b);
    }
    if (!strncmp(e->cameo, prefix, strlen(prefix)) && ha && hb)
      return e;
  }
  return NULL;
}

/* heldout2 round eleven, second part: "with C and D" after "members of
 * the Y trade group" (a bare "with" only where the list ends the clause);
 * "one of the council's ten elected members"; "a spokesman for the Swedish
 * foreign ministry"; "lodged representations with" (111); "the two
 * leaders" after a meeting of two persons; "a planned meeting ... did not
 * take place" is Negated */
static void test_round_eleven_heldout2_relations(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nSEOUL, May 6, 2026 \xe2\x80\x94 Kenya and Ghana are founding members of the "
                       "Commonwealth trade group, with Uganda and Zambia, officials said. The United Nations "
                       "Security Council voted on Monday. Norway, one of the council's ten elected members, "
                       "abstained. Chile and Peru are members of the Commonwealth, with Bolivia blocking the plan.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Uganda", "Commonwealth"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Zambia", "Commonwealth"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Kenya", "Commonwealth"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Bolivia", "Commonwealth"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Norway", "United Nations Security Council"));
  kg_doc_free(d);
  d = full_run("Title\n\nSTOCKHOLM, May 6, 2026 \xe2\x80\x94 Omar Lindqvist, a spokesman for the Swedish foreign "
               "ministry, said on Monday that Sweden had lodged stern representations with Hungary. Prime "
               "Minister Ulf Kristersson met Hungarian President Tamas Sulyok in Stockholm on Monday. The two "
               "leaders agreed to resume talks on energy. A planned meeting between Kristersson and Viktor "
               "Orb\xc3\xa1" "n did not take place.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Omar Lindqvist", "Sweden"));
  CU_ASSERT(ev_with(d, "111", "Sweden", "Hungary"));
  CU_ASSERT(ev_parts(d, "03", "Ulf Kristersson", "Tamas Sulyok") != NULL);
  const kg_event *e = ev_parts(d, "04", "Ulf Kristersson", "Viktor Orb\xc3\xa1" "n");
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* "raised tariffs": a light verb, whose subject imposes the tariffs */
  d = full_run("Title\n\nOSLO, May 6, 2026 \xe2\x80\x94 The talks were the first since Norway raised tariffs on "
               "Chilean salmon in March.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Norway", "Chile"));
  kg_doc_free(d);
}

static void test_round_ten_heldout2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nOSLO, Norway, May 6, 2026 \xe2\x80\x94 Norway summoned Iran's ambassador, "
                       "Ali Rezaei, on Tuesday and expelled three Iranian diplomats.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Norway", "Iran"));
  CU_ASSERT(!ev_with(d, "16", "Ali Rezaei", NULL));
  kg_doc_free(d);
  d = full_run("Title\n\nLIMA, Peru, May 6, 2026 \xe2\x80\x94 Chile and Peru signed a fisheries accord, "
               "the highlight of a visit to Lima by Chilean President Gabriel Boric.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Gabriel Boric", NULL));
  kg_doc_free(d);
  d = full_run("Title\n\nGENEVA, May 6, 2026 \xe2\x80\x94 Chad asked the International Criminal Court "
               "to drop the case. Chad later accused the court of ignoring its appeals. "
               "Sudan also criticised the court of appeal in Khartoum.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Chad", "International Criminal Court"));
  CU_ASSERT(!ev_with(d, "11", "Sudan", "International Criminal Court"));
  kg_doc_free(d);
  /* Romanian letters with a comma below fold like other diacritics: a
   * dateline "TIMISOARA" or "CHISINAU" is the dictionary's city */
  char x[64], y[64];
  kg_dix_norm("Timi\xc8\x99oara \xc8\x9a" "ara", x, sizeof x, 1);
  kg_dix_norm("Timisoara Tara", y, sizeof y, 1);
  CU_ASSERT_STRING_EQUAL(x, y);
  d = full_run("Title\n\nCHISINAU, Moldova, May 6, 2026 \xe2\x80\x94 Police detained two men over a plot to kill "
               "Defence Minister Petru Rusu.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Petru Rusu", "Moldova"));
  kg_doc_free(d);
  /* "Panama City" the dictionary knows; a state's name before "City" it
   * does not know is a city too, a place, not the state */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 Speaking to students in Djibouti City, "
               "President Kais Saied thanked Egypt.\n");
  if (!d)
    return;
  int32_t dc = kg_test_actor(d, "Djibouti City");
  CU_ASSERT(dc >= 0 && d->actors[dc].type == KG_ACT_PLACE);
  CU_ASSERT(kg_test_actor(d, "Djibouti") < 0);
  kg_doc_free(d);
  /* "arrested five men over a plot to kill X": with an object of its own,
   * the act's cause ("over", "amid") names no one it is done to */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 Tunisian police detained five men on "
               "Monday over a plan to attack President Kais Saied.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Tunisia", NULL));
  CU_ASSERT(!ev_with(d, "17", NULL, "Kais Saied"));
  kg_doc_free(d);
  /* "Cays", "Keys": place head words, no person; "flew to X, where he met
   * Y": the meeting's place is X (a capital named as its state too) */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 The judges awarded the Ranguana Cays to Cuba. Saied will fly "
               "to Cairo on Friday, where he is expected to meet Abdel Fattah el-Sisi.\n");
  if (!d)
    return;
  int32_t mc = kg_test_actor(d, "Ranguana Cays");
  CU_ASSERT(mc < 0 || d->actors[mc].type == KG_ACT_PLACE);
  int where = 0;
  for (size_t k = 0; k < d->nevents; k++)
    where |= !strncmp(d->events[k].cameo, "04", 2) && d->events[k].place >= 0 &&
             !strcmp(d->actors[d->events[k].place].label, "Cairo");
  CU_ASSERT(where);
  kg_doc_free(d);
  /* "was more guarded", "is very committed": adjectives, no passive act */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 Egypt's answer was more guarded. "
               "The palace was guarded by Tunisian soldiers.\n");
  if (!d)
    return;
  int guarded = 0;
  for (size_t k = 0; k < d->nevents; k++)
    guarded |= !strncmp(d->events[k].cameo, "07", 2) && d->events[k].agent >= 0 &&
               !strcmp(d->actors[d->events[k].agent].label, "Egypt");
  CU_ASSERT(!guarded);
  CU_ASSERT(ev_with(d, "07", "Tunisia", NULL));
  kg_doc_free(d);
  /* "ordered both countries to negotiate": the two named before negotiate,
   * as ordered (kgd:requestVerb "order"), not the one who ordered */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 Chad and Niger dispute the oasis. "
               "The International Court of Justice rejected the appeal by a vote of 9 to 2, and ordered both "
               "countries to negotiate "
               "a new border.\n");
  if (!d)
    return;
  const kg_event *ng = NULL;
  for (size_t k = 0; k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "04", 2) && d->events[k].npart >= 2)
      ng = &d->events[k];
  CU_ASSERT(ng && ng->factuality != KG_FACT_ASSERTED && ng->agent < 0);
  kg_doc_free(d);
  /* "police detained X, and Chad accused Y": X, the object of the verb
   * before ", and", is no second subject; "A, B and C accused Y" still are */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 Police detained Omar Haddad, and Tunisia "
               "accused Libya of sheltering his network. Egypt, Algeria and Tunisia criticised Libya.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Tunisia", "Libya"));
  CU_ASSERT(!ev_with(d, "112", "Omar Haddad", NULL));
  CU_ASSERT(ev_with(d, "111", "Egypt", "Libya") && ev_with(d, "111", "Algeria", "Libya"));
  kg_doc_free(d);
  /* "The OAS secretary general, X, welcomed ...": the title phrase the
   * parser dislocates is X's own, no target */
  d = full_run("Title\n\nTUNIS, Tunisia, May 6, 2026 \xe2\x80\x94 The OAS secretary general, Luis Almagro, "
               "welcomed the verdict and urged calm.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Luis Almagro", NULL));
  CU_ASSERT(!ev_with(d, "05", "Luis Almagro", "Organization of American States"));
  kg_doc_free(d);
  /* a modal in a relative clause is its own, however "that" was tagged:
   * the visit the clause speaks of happened */
  d = full_run("Title\n\nLIMA, Peru, May 6, 2026 \xe2\x80\x94 Chile and Peru signed a fisheries accord, the "
               "highlight of a visit to Lima by Chilean President Gabriel Boric that both governments said "
               "would open a new era.\n");
  if (!d)
    return;
  int visit = 0;
  for (size_t k = 0; k < d->nevents; k++)
    visit |= !strncmp(d->events[k].cameo, "042", 3) && d->events[k].factuality == KG_FACT_ASSERTED;
  CU_ASSERT(visit);
  kg_doc_free(d);
}

/* the first event of code prefix pre with agent ag (NULL: any), or NULL */
static const kg_event *event_of(const kg_doc *d, const char *pre, const char *ag)
{
  return ev_find(d, pre, ag, NULL);
}

/* "denied X and accused Y of V-ing Z", the gerund parsed as a modifier of
 * the noun after it: still alleged; "appealed to both countries to ...":
 * the pair of the story; a clause with its own subject takes no "two countries" */
static void test_accused_of_conjunct(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chile and Peru traded fire on Monday. Peru denied shooting first and accused Chilean "
                       "guards of shelling farms near the border.");
  if (!d)
    return;
  for (size_t i = 0; i < d->nevents; i++)
    if (d->events[i].cameo[0] == '1' && d->events[i].cameo[1] >= '8' && d->events[i].agent >= 0 &&
        !strcmp(d->actors[d->events[i].agent].label, "Chile"))
      CU_ASSERT(d->events[i].factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = full_run("Chile and Peru traded fire on Monday. Brazil appealed to both countries on Tuesday to "
               "show restraint.");
  if (!d)
    return;
  int chile = 0, peru = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "02", 2) && d->events[i].target >= 0) {
      chile |= !strcmp(d->actors[d->events[i].target].label, "Chile");
      peru |= !strcmp(d->actors[d->events[i].target].label, "Peru");
    }
  CU_ASSERT(chile && peru);
  kg_doc_free(d);
  /* "the two countries" is no subject of a clause with its own subject */
  d = full_run("Chile and Peru traded fire on Monday. The two countries fought a war in 1879 after rebels "
               "killed 40 miners.");
  if (!d)
    return;
  for (size_t i = 0; i < d->nevents; i++)
    if (d->events[i].cameo[0] == '1' && d->events[i].cameo[1] == '8')
      CU_ASSERT(d->events[i].agent < 0 && d->events[i].npart == 0);
  kg_doc_free(d);
}

/* a dateline's capitals before a state name a place, known or not, with
 * its accents ("CÚCUTA" is "Cúcuta"); a town's name opening a person's
 * name before an apposition is the person's */
static void test_dateline_city_and_town_names(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Headline\n\nSÃO JOSÉ DO NORTE, Colombia, May 4, 2026 — Chile thanked Peru.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "São José Do Norte") == KG_ACT_PLACE);
  kg_doc_free(d);
  d = full_run("Headline\n\nBOGOTÁ, Colombia, May 4, 2026 — Chile thanked Peru.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Bogotá") == KG_ACT_PLACE);
  kg_doc_free(d);
  d = full_run("\"The border is quiet,\" said Farah Baloch, a researcher in Quetta.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Farah Baloch") == KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Farah") < 0);
  kg_doc_free(d);
}

/* names beside an organisation noun are organisations (and act as the
 * subject's apposition); not "the co-chairman of the Party, X", "X, the
 * organisation's president"; a name ending in "Watch" is a group;
 * welcoming a reopening is praise, suspending a treaty reduces relations;
 * "the agency" refers back to an agency */
static void test_organisation_appositions(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Peru's main opposition party, the Frente Azul, criticised Chile on Monday. "
                       "Chile blacklisted Norvane Dynamics, Kestrel Arms and two smaller firms. "
                       "Andes Rights Watch condemned the move. "
                       "The chairman of the Labour Party, Orla Brennan, said little. "
                       "Tomas Ruiz, the organisation's president, spoke later.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Frente Azul") == KG_ACT_ORG);
  CU_ASSERT(actor_type(d, "Norvane Dynamics") == KG_ACT_ORG);
  CU_ASSERT(actor_type(d, "Kestrel Arms") == KG_ACT_ORG);
  CU_ASSERT(actor_type(d, "Andes Rights Watch") == KG_ACT_ORG);
  CU_ASSERT(actor_type(d, "Orla Brennan") == KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Tomas Ruiz") == KG_ACT_PERSON);
  CU_ASSERT(event_of(d, "11", "Frente Azul") != NULL);
  kg_doc_free(d);
  d = full_run("Chile welcomed the reopening on Monday. Peru suspended the fisheries treaty with Chile.");
  if (!d)
    return;
  CU_ASSERT(event_of(d, "051", "Chile") != NULL);
  CU_ASSERT(event_of(d, "16", "Peru") != NULL);
  kg_doc_free(d);
  /* "the agency": the salient organisation named as an agency, not any */
  d = full_run("The deal was drafted with the World Food Programme. Chile thanked the agency on Monday. "
               "The European Union said Peru agreed. Peru thanked the agency.");
  if (!d)
    return;
  int wfp = 0, eu = 0;
  for (size_t i = 0; i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "051", 3) && d->events[i].target >= 0) {
      wfp |= strstr(d->actors[d->events[i].target].label, "World Food Programme") != NULL;
      eu |= !strcmp(d->actors[d->events[i].target].label, "European Union");
    }
  CU_ASSERT(wfp && !eu);
  kg_doc_free(d);
}

/* round twelve (heldout): a place's name opening a person's name in
 * apposition to a title ("Peru's trade minister, Ararat Melikyan,"); a
 * warning by an actor of what its own side will do, or that attacks
 * will come, is a threat made (not "would have to", not analysts); then
 * one block per rule, each on sentences of its own */
static void test_round_twelve_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Peru's trade minister, Ararat Melikyan, said on Friday that Lima would not lift the duties.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Ararat Melikyan") == KG_ACT_PERSON);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ararat Melikyan", "Peru"));
  kg_doc_free(d);
  d = full_run("Peruvian President Dina Ramos met the envoy on Monday. She warned that her government would not "
               "accept any new incursion by Chilean boats.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "13", "Dina Ramos", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = full_run("Jorge Mena, the rebels' spokesman, said the fighters had shelled the base. He warned that more "
               "attacks would follow.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "13", "Jorge Mena", NULL) != NULL);
  kg_doc_free(d);
  d = full_run("Senator Ana Lopez warned the government would have to cut spending. Analysts warned that "
               "the army would struggle.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "13", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* a name the tagger calls NOUN NOUN, in apposition to a title */
  d = full_run("Mozambique's foreign minister, Léte António, said the panel would hold its first meeting in "
               "Maputo next month.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Léte António") == KG_ACT_PERSON);
  kg_doc_free(d);
  /* "the two neighbours": the coordinated pair, not the broker named last;
   * "the two countries are both members" past another state's mention */
  d = full_run("Chile and Peru signed a fishing accord in Quito on Monday at talks hosted by Ecuador. Ecuador paid "
               "for the talks, and Ecuador will host the next round. Chile thanked Ecuador, and Peru praised "
               "Ecuador's patience.\n\nRelations between the two neighbours, both members of the Organization of "
               "American States, have been tense since 2014.\n\nRussia, which keeps an air base near Bishkek, "
               "remains Kyrgyzstan's largest trading partner, and the two countries are both members of the Eurasian "
               "Economic Union.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Chile", "Organization of American States"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Peru", "Organization of American States"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Ecuador", "Organization of American States"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Russia", "Eurasian Economic Union"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Kyrgyzstan", "Eurasian Economic Union"));
  kg_doc_free(d);
  /* the host of "a ceremony hosted by X" is no target of the signing, so
   * the coordinated signers are its participants; "The chairman of the X
   * Commission, Name," (the name parsed as a conjunct) is Name */
  d = full_run("Chilean President Ana Soto and her Peruvian counterpart, Luis Vera, signed the treaty at a ceremony "
               "hosted by Ecuadorian President Pablo Mena in Quito.\n\nThe chairman of the Pacific Fisheries "
               "Commission, Marta Ruiz Delgado, welcomed the accord.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "057", "Ana Soto", "Luis Vera") != NULL);
  CU_ASSERT(ev_find(d, "057", NULL, "Pablo Mena") == NULL);
  CU_ASSERT(ev_find(d, "05", "Marta Ruiz Delgado", NULL) != NULL);
  kg_doc_free(d);
  /* a seat of government beside the official capital stands for its state;
   * "the group's spokesman" is the organisation named before */
  d = full_run("Bujumbura accused Kigali on Monday of arming the rebels.\n\nThe Houthis fired a missile at a "
               "tanker on Monday. Ali Nasser, the group's chief spokesman, said the attack was a warning.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "112", "Burundi", "Rwanda") != NULL);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ali Nasser", "Houthis"));
  kg_doc_free(d);
  /* "X, whose ... , urged": the name before a relative clause set off by
   * commas (parsed as the root) acts; "the Iran-aligned group" is the
   * organisation named before, Iran's ally */
  d = full_run("Chile, whose copper exports have fallen sharply since the strike began, urged Peru to reopen the "
               "port.\n\nThe Houthis fired a drone at a tanker on Monday. The Iran-aligned group also accused "
               "Israel of bombing Sanaa. Iran did not comment.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "02", "Chile", "Peru") != NULL);
  CU_ASSERT(ev_find(d, "112", "Houthis", "Israel") != NULL);
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Houthis", "Iran"));
  kg_doc_free(d);
  /* "The ambassador, X," after "Peru's ambassador"; "X, the ministry's
   * spokeswoman," after "The Bolivian Foreign Ministry"; a clause with
   * its own subject before the verb keeps it ("..., and its president,
   * X, telephoned") */
  d = full_run("Chile summoned Peru's ambassador on Monday over the remarks.\n\nThe ambassador, Carlos Medina "
               "Soto, was received at the Foreign Ministry by a deputy minister.\n\nThe Bolivian Foreign Ministry "
               "summoned Chile's envoy on Tuesday. Laura Quispe, the ministry's spokeswoman, said Bolivia would not "
               "accept threats.\n\nEcuador, which shares a border with Peru, offered help, and its president, "
               "Pablo Mena, telephoned Lima on Sunday.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Carlos Medina Soto", "Peru"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Laura Quispe", "Bolivia"));
  CU_ASSERT(ev_find(d, "04", "Pablo Mena", NULL) != NULL);
  CU_ASSERT(ev_find(d, "04", "Ecuador", NULL) == NULL);
  kg_doc_free(d);
  /* seizing a vessel named after its noun ("the tanker Ocean Star", "the
   * car carrier Blue Horizon") is a seizure */
  d = full_run("The Houthis seized the tanker Ocean Star on Monday.\n\nIran seized the car carrier Blue Horizon "
               "in the Gulf on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "171", "Houthis", NULL) != NULL);
  CU_ASSERT(ev_find(d, "171", "Iran", NULL) != NULL);
  kg_doc_free(d);
  /* "said it was ready to fund": a state's readiness to fund (the state the
   * subject of "ready"); not "the UK continued to invest" */
  d = full_run("Norway said it was ready to fund the new commission.\n\nThe UK continued to invest in science.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "03", "Norway", NULL) != NULL);
  CU_ASSERT(ev_find(d, "06", "United Kingdom", NULL) == NULL);
  kg_doc_free(d);
  /* "according to the British military" parsed as a by-agent: a source,
   * no agent */
  d = full_run("A bulk carrier was hit by a missile on Wednesday, according to the British military.\n\nThe "
               "tanker was attacked by the Houthis on Friday, according to the French navy.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "19", "United Kingdom", NULL) == NULL);
  CU_ASSERT(ev_find(d, "19", "France", NULL) == NULL);
  CU_ASSERT(ev_find(d, "19", "Houthis", NULL) != NULL);
  kg_doc_free(d);
}

/* "in May last year", "on 5 May": the month is no modal; "may attack" is */
static void test_month_may(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chile and Peru fought a short war in May last year. Peru may attack Chile again.");
  if (!d)
    return;
  int month = 0, modal = 0;
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    if (e->cameo[0] != '1' || e->cameo[1] != '9')
      continue;
    if (!strcmp(d->tokens[e->trigger].form, "fought"))   /* the pair, each against the other */
      month |= e->factuality == KG_FACT_ASSERTED ? 1 : 2;
    else if (e->agent >= 0 && !strcmp(d->actors[e->agent].label, "Peru") && e->target >= 0)
      modal |= e->factuality == KG_FACT_HEDGED ? 1 : 2;
  }
  CU_ASSERT(month == 1);
  CU_ASSERT(modal == 1);
  kg_doc_free(d);
}

/* a short first word is a family name first only for an office holder of
 * East or South-East Asia: "Xi" is Xi Jinping, "Uri" no Uri Rosenthal;
 * "Guy's Hospital" names no Guy */
static void test_family_name_first(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Residents of Uri reported gunfire on Monday. Xi said China would help.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Uri Rosenthal") < 0);
  CU_ASSERT(actor_type(d, "Xi Jinping") == KG_ACT_PERSON);
  kg_doc_free(d);
  /* a name in the possessive before an institution is no surname */
  d = full_run("Dr Lena Moss trained at Guy's Hospital in London. Putin's office said so.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Nathan Guy") < 0);
  CU_ASSERT(actor_type(d, "Vladimir Putin") == KG_ACT_PERSON);
  kg_doc_free(d);
}

/* heldout round eleven: "X, the foreign minister, said" and "X, the
 * Foreign Ministry spokeswoman, called" take the state of the sentences
 * before, as "Foreign Minister X" does, never the dateline's; a verb whose
 * subject is an unnamed group ("protesters") has no agent from the nearest
 * name before it, nor has its participle adjunct; storming an embassy is a
 * violent protest against the embassy's state; a cyber-attack is 176; a
 * relative clause's date does not date a conjunct with its own subject;
 * "protesters stormed its embassy" is done to the embassy's state */
static void test_round_eleven(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Norway rejected the report on Friday. Ingrid Solheim, the Foreign Ministry spokeswoman, "
                       "called it false.\n\nChile protested on Monday. Lucia Ferrando, the foreign minister, "
                       "summoned the envoy.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ingrid Solheim", "Norway"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Lucia Ferrando", "Chile"));
  kg_doc_free(d);
  d = full_run("LIMA, Peru, May 3, 2026 -- Talks on the border ended on Monday.\n\n"
               "The next round is planned for June. Tomas Reyes, the foreign minister, said the talks would resume.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Tomas Reyes", "Peru"));
  kg_doc_free(d);
  d = full_run("In March 2024, as rebels seized the northern town of Arica, protesters attacked the embassies of "
               "Peru, Bolivia, Brazil and Argentina, accusing foreign governments of failing to restrain Chile.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", NULL, "Bolivia"));           /* the attack stays, agentless */
  for (size_t i = 0; i < d->nevents; i++) {              /* no accusation by the embassies' states */
    const kg_event *e = &d->events[i];
    const char *ag = e->agent >= 0 ? d->actors[e->agent].label : "-";
    CU_ASSERT(!(!strncmp(e->cameo, "11", 2) && (!strcmp(ag, "Peru") || !strcmp(ag, "Bolivia") ||
                                                !strcmp(ag, "Brazil") || !strcmp(ag, "Argentina"))));
  }
  kg_doc_free(d);
  d = full_run("Students stormed the Peruvian embassy in Santiago on Tuesday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "145", NULL, "Peru"));
  kg_doc_free(d);
  /* a bare title's dateline state, not when the person acts towards that
   * state ("thanked X for Qatar's help"); "bin" and the father's name stay
   * in the person's name when the tagger splits them off */
  d = full_run("DOHA, Qatar, May 3, 2026 -- The hostages landed on Monday.\n\n"
               "The two men were flown home on Tuesday. President Lucien Marchetti thanked Sultan Nasser bin "
               "Khalid for Qatar's help.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Lucien Marchetti", "Qatar"));
  CU_ASSERT(actor_type(d, "Nasser bin Khalid") == KG_ACT_PERSON);
  kg_doc_free(d);
  /* an unnamed group's deed on what "its" actor owns is done to it */
  d = full_run("Chile protested on Friday after students stormed its consulate in Lima.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "145", NULL, "Chile"));
  kg_doc_free(d);
  /* a date in a relative clause does not date ", and Brazil recalled ..."
   * parsed as a conjunct inside it (a subject of its own); a main clause's
   * date still dates ", and the two sides agreed" (golden wire-summit) */
  d = full_run("Chile accused Peru of an attack that destroyed a bridge and closed the main road in March 2024, "
               "and Brazil recalled its ambassador from Lima.");
  if (!d)
    return;
  const kg_event *rc = ev_find(d, "16", "Brazil", NULL);
  CU_ASSERT(rc && strcmp(rc->date, "2024-03"));
  kg_doc_free(d);
  /* "cyber-attack" (tokens cyber, -, attack): attacking cybernetically, 176 */
  d = full_run("Belarus carried out a cyber-attack on Lithuania on Monday, officials in Vilnius said.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "176", "Belarus", "Lithuania"));
  kg_doc_free(d);
}

/* eleventh round (heldout3): a portfolio between a demonym and a title
 * ("Russian Agriculture Minister X" names Russia; "American Bar Association
 * President" does not); a co-prince of Andorra leads his own state */
static void test_portfolio_titles(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Trade Minister Ana Pereira met Russian Agriculture Minister Oleg Varlamov in Lisbon. "
                       "Brazilian Culture Minister Rita Sampaio also spoke.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Oleg Varlamov", "Russia"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Rita Sampaio", "Brazil"));
  kg_doc_free(d);
  d = full_run("American Bar Association President Helen Ford spoke on Monday.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "United States") < 0);
  kg_doc_free(d);
  d = full_run("President Emmanuel Macron said France would send a frigate.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Emmanuel Macron", "France"));
  CU_ASSERT(kg_test_actor(d, "Andorra") < 0);
  kg_doc_free(d);
}

/* "The secretary of state, X, said": a state title of several words as
 * the subject, the name in apposition (the subject is the title's head,
 * not its last word); '"...," the foreign minister, X, told' with the
 * title hung on the verb after the apposition; not an object's title */
static void test_round_twentyfour_heldout_title_appos(void)
{
  NEED_DICT();
  kg_doc *d = full_run("The United States imposed new tariffs on Brazil on Monday. "
                       "The secretary of state, Helen Marsh, defended the measure.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Helen Marsh", "United States"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Helen Marsh", "Brazil"));
  kg_doc_free(d);
  d = full_run("\"Chile will defend its waters,\" the foreign minister, Rodrigo Alvear, told reporters in Santiago.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Rodrigo Alvear", "Chile"));
  kg_doc_free(d);
  d = full_run("Peru recalled its envoy. The prime minister, Rosa Quispe, met the president, Jorge Salas, in Lima.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Jorge Salas", "Peru"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Jorge Salas", "Peru"));
  kg_doc_free(d);
}

/* Held-out round twenty-five (heldout): "X, and his Malaysian counterpart, Y" takes the office of X, the person
 * joined by "and", whoever "his" was resolved to (a leader named before); "a member of NATO since 2004 and of the
 * EU since 2007"; "left ECOWAS and formed their own confederation, the Y" (the founders of the name in apposition);
 * a fronted date with the subject hung on it ("In July 2022 Ghana, which ..., brokered", "In November 2020 Kenya
 * vetoed"); a veto lifted is a yield (080), no veto (129). */
static void test_round_twentyfive_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Retreat\n\nPUTRAJAYA, Malaysia, November 5, 2026 \xe2\x80\x94 Malaysia's Prime Minister Anwar "
                       "Ibrahim and his Singaporean counterpart, Lawrence Wong, signed agreements on Thursday.\n\n"
                       "Singapore's Foreign Minister, Vivian Balakrishnan, and his Malaysian counterpart, Mohamad "
                       "Hasan, discussed the maritime boundary on Wednesday.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Mohamad Hasan", "Malaysia"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Mohamad Hasan", "Malaysia"));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Lawrence Wong", "Singapore"));
  kg_doc_free(d);
  d = full_run("Ships\n\nBulgaria, a member of NATO since 2004 and of the European Union since 2007, sent two ships.\n\n"
               "Chad, Niger and Mali left ECOWAS in March and formed their own confederation, the Alliance of Sahel "
               "States.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Bulgaria", "European Union"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Bulgaria", "North Atlantic Treaty Organisation"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Chad", "Alliance of Sahel States"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Mali", "Alliance of Sahel States"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Chad", "Economic Community of West African States"));
  kg_doc_free(d);
  d = full_run("Talks\n\nIn July 2022 Ghana, which then held the chair of the bloc, brokered a compromise.\n\n"
               "In November 2020 Kenya vetoed the start of the talks, saying that Somalia had failed to honour a "
               "treaty.\n\nItaly later lifted its veto on the budget.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "045", "Ghana", NULL));
  CU_ASSERT(ev_with(d, "129", "Kenya", NULL));
  CU_ASSERT(ev_with(d, "080", "Italy", NULL));
  CU_ASSERT(!ev_with(d, "129", "Italy", NULL));
  kg_doc_free(d);
}

/* Held-out round twenty-six (heldout): a weekday the parser hung inside the subject's phrase ("On Tuesday Chile's
 * Foreign Minister, X, met Y": the oblique's head becomes the subject); the okina of a Polynesian name folds like
 * an apostrophe, so the dictionary's spelling and the article's are one; an objection lifted is a yield (080). */
static void test_round_twentysix_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Talks\n\nLIMA, Peru, March 4, 2026 \xe2\x80\x94 On Tuesday Chile's Foreign Minister, Ana "
                       "Soto, met her Peruvian counterpart, Luis Vega, in Lima.\n");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "04", "Ana Soto", "Luis Vega") != NULL);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Chile"));
  kg_doc_free(d);
  char x[64], y[64];
  kg_dix_norm("Mata\xca\xbb" "afa", x, sizeof x, 1);
  kg_dix_norm("Mata'afa", y, sizeof y, 1);
  CU_ASSERT_STRING_EQUAL(x, y);
  d = full_run("Port\n\nAPIA, Samoa, March 4, 2026 \xe2\x80\x94 In 2021 Prime Minister Fiame Naomi Mata'afa "
               "cancelled a port project.\n");
  if (!d)
    return;
  int linked = 0;
  for (size_t k = 0; k < d->nactors; k++)
    linked |= d->actors[k].wikidata && !strcmp(d->actors[k].wikidata, "Q5446290");
  CU_ASSERT(linked);
  kg_doc_free(d);
  d = full_run("Budget\n\nAfter three weeks Austria lifted its objection to the budget on Sunday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "08", "Austria", NULL));
  CU_ASSERT(!ev_with(d, "035", "Austria", NULL));
  kg_doc_free(d);
}

/* twenty-seventh session (heldout): a treaty named "the Treaty of X, which
 * A and B signed" is what they sign; "a member of the forum" after an
 * organisation named with that head word; "Both governments are members"
 * a paragraph after the pair; "Sheikh" inside a name, "the Reverend"; a
 * verb after a relative clause tagged a participle but with an object; a
 * note handed to "him" demanding X is the hander's demand */
/* round thirty (heldout): a protest told as the purpose of a summons is an
 * official complaint (114), not a demonstration (140), aimed at the state
 * whose unnamed envoy is summoned ("summoned Russia's ambassador to
 * protest"); a crowd's protest stays 14; what is "ruled out" is negated;
 * "X, which ..., is a member of Y" */
static void test_round_thirty_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Row\n\nKazakhstan summoned Russia's ambassador on Monday to protest against remarks by a "
                       "lawmaker.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "114", "Kazakhstan", "Russia"));
  CU_ASSERT(!ev_with(d, "14", "Kazakhstan", NULL));
  kg_doc_free(d);
  d = full_run("Row\n\nSenegal's foreign minister, Yassine Fall, summoned Mauritania's ambassador in Dakar, "
               "Cheikh Ould Boye, to protest against the treatment of migrants.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "114", "Yassine Fall", "Mauritania"));
  CU_ASSERT(!ev_with(d, "14", "Yassine Fall", NULL));
  kg_doc_free(d);
  d = full_run("Row\n\nHundreds of students protested outside the Russian embassy in Astana on Monday.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "114", NULL, NULL));
  kg_doc_free(d);
  /* "ruled out recalling": the phrase cue in each of its forms (the
   * lemmatizer gives "ruled" the lemma "rul"); the ruling out itself stays */
  d = full_run("Row\n\nKazakhstan ruled out recalling its ambassador from Moscow. Iran ruled out talks with the "
               "United States.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "161", "Kazakhstan", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  e = ev_find(d, "12", "Iran", "United States");
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "X, which ..., is a member of Y": the copula after the clause's comma
   * is the main predicate (treefix.c), and a state inside X's relative
   * clause is no member (relgroups.c) */
  d = full_run("Bloc\n\nKazakhstan, which shares a long border with Russia and has a large ethnic Russian minority "
               "in the north, is a member of the Collective Security Treaty Organization.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Kazakhstan", "Collective Security Treaty Organization"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Russia", "Collective Security Treaty Organization"));
  kg_doc_free(d);
}

static void test_round_thirtyone_heldout(void)
{
  NEED_DICT();
  /* "..., and it imposed sanctions on X in December 2020": the joined
   * clause's past verb read as its object's adjective is the verb, its
   * pronoun the first clause's subject (treeverb.c) */
  kg_doc *d = full_run("Row\n\nThe United States expelled Turkey from the programme in 2019 after Ankara bought the "
                       "Russian S-400 air defence system, and it imposed sanctions on Turkey's defence procurement "
                       "agency in December 2020.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "16", "United States", "Turkey");
  CU_ASSERT(!ev_with(d, "16", "Turkey", NULL));
  int dated = 0;
  for (size_t i = 0; i < d->nevents; i++)
    dated |= !strncmp(d->events[i].cameo, "16", 2) && !strcmp(d->events[i].date, "2020-12");
  CU_ASSERT(e != NULL && dated);
  kg_doc_free(d);
  /* "A and then B struck Y's sites ...": the noun root's conj with a subject
   * and a past form on it is the root verb's object */
  d = full_run("Strikes\n\nIsrael and then the United States struck Iran's main enrichment sites at Natanz and "
               "Fordow in June 2025.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Israel", "Iran"));
  CU_ASSERT(ev_with(d, "19", "United States", "Iran"));
  kg_doc_free(d);
  /* "Iran's ambassador to the agency, X": a host told by a description
   * before the apposition (relations.c) */
  d = full_run("Vote\n\nThe International Atomic Energy Agency passed a resolution on Wednesday. Iran's ambassador "
               "to the agency, Reza Najafi-Rad, walked out of the meeting before the vote.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Reza Najafi-Rad", "Iran"));
  kg_doc_free(d);
  /* "The ambassador, X" a paragraph after the lead's "Germany's
   * ambassador": the state of the title told four sentences before */
  d = full_run("Row\n\nGreece summoned Germany's ambassador on Monday to protest against the sale. The government "
               "approved the licences last week. The missiles are built in Bavaria. The first jets could be "
               "delivered in 2028.\n\nThe ambassador, Andreas Kindler, was received at the ministry.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Andreas Kindler", "Germany"));
  kg_doc_free(d);
  /* "the foreign ministry in Paris said the ambassador, X": the state of the
   * title told before, not the capital's of the teller */
  d = full_run("Row\n\nFrance summoned Azerbaijan's ambassador on Friday. \"This is not a fantasy.\" The minister "
               "spoke on Thursday. He did not present evidence. Hours later, the foreign ministry in Paris said the "
               "ambassador, Leyla Abdullayeva, would be told that France would not tolerate interference.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Leyla Abdullayeva", "Azerbaijan"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Leyla Abdullayeva", "France"));
  kg_doc_free(d);
  /* "Sultan Haitham bin Tarik": a Gulf ruler named without the family's "Al"
   * name of the dictionary's label (tools/gen_dictionaries.py's
   * patronym_aliases) */
  d = full_run("Talks\n\nSultan Haitham bin Tarik received the two delegations at his palace on Saturday.\n");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Haitham bin Tarik Al Said") >= 0);
  kg_doc_free(d);
  /* "had been reluctant to push for a referral": the act held back is not
   * asserted (lexicon.ttl's hedge cues) */
  d = full_run("Vote\n\nGermany was reluctant to impose sanctions on Russia.\n");
  if (!d)
    return;
  e = ev_find(d, "16", "Germany", "Russia");
  CU_ASSERT(e != NULL && e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
}

static void test_round_thirtytwo_heldout(void)
{
  NEED_DICT();
  /* a mixed-case place with a full date before the dash, the day before the
   * month, a weekday: the document's date (segment.c, dates.c) */
  kg_doc *d = full_run("Ties\n\nAthens, Monday 2 March 2026 \u2014 Greece and Jordan signed a trade accord on "
                       "Monday.\n");
  if (!d)
    return;
  CU_ASSERT_STRING_EQUAL(d->date, "2026-03-02");
  kg_doc_free(d);
  d = full_run("Port row\n\nLIMA, 4 Feb 2026 \u2014 Peru summoned Chile's ambassador.\n");
  if (!d)
    return;
  CU_ASSERT_STRING_EQUAL(d->date, "2026-02-04");
  kg_doc_free(d);
  /* a byline's date before an undated dateline; not a headline's date */
  d = full_run("Aid talks\n\nBy our diplomatic staff | Feb. 5, 2026\n\nOSLO \u2014 Norway pledged aid to "
               "Sudan on Thursday.\n");
  if (!d)
    return;
  CU_ASSERT_STRING_EQUAL(d->date, "2026-02-05");
  kg_doc_free(d);
  d = full_run("Leaders to meet on March 3, 2027\n\nPARIS \u2014 France invited Chad's president.\n");
  if (!d)
    return;
  CU_ASSERT(strcmp(d->date, "2027-03-03") != 0);
  kg_doc_free(d);
  /* "His ministry handed a note to the envoy, X, and accused Y": the
   * conjoined verb's subject is the owner of "his ministry", not the envoy
   * named between the verbs (evargs.c) */
  d = full_run("Row\n\nJonas Berg, Norway's foreign minister, spoke on Monday. His ministry handed a note to the "
               "Russian ambassador, Igor Petrov, and accused Moscow of jamming signals.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "112", "Igor Petrov", NULL));
  CU_ASSERT(ev_with(d, "112", "Jonas Berg", "Russia") || ev_with(d, "112", "Norway", "Russia"));
  kg_doc_free(d);
  /* a one-word name opening the sentence before a state's titled
   * apposition is a person (actors_names.c) */
  d = full_run("Visit\n\nSuharyanto, Indonesia's defence minister, met Japan's ambassador on Monday.\n");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Suharyanto") >= 0);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Suharyanto", "Indonesia"));
  kg_doc_free(d);
}

/* round thirty-three (heldout): a name with an apposition before a root
 * participle is its subject ("Azerbaijan, Turkey's closest ally, sent
 * rescuers": treefix.c), rescuers sent are aid (073) and aid with no
 * recipient goes to the dateline's state the story names (evplace.c); a
 * bare "declined" answering an invitation is the invitee's refusal
 * (evdecline.c); a titled companion serves the accompanied one's state
 * (relbody.c); holding an organisation's presidency is membership
 * (relbloc.c); "is due in X for talks with Y" is the subject's, scheduled
 * (evargs.c, evfact.c); a journey's own "to" place; welcoming a visit is
 * praise (051), not hosting */
static void test_round_thirtythree_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Quake\n\nKARS, Turkey, November 18, 2026 \u2014 Rescuers searched the rubble in Turkey on "
                       "Wednesday.\n\nAzerbaijan, Turkey's closest ally, sent 200 rescuers on Monday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "073", "Azerbaijan", "Turkey"));
  kg_doc_free(d);
  /* (not a story datelined elsewhere that never names the state) */
  d = full_run("Aid\n\nGENEVA, November 18, 2026 \u2014 Officials met in the city.\n\nGreece sent 45 rescuers on "
               "Monday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "073", "Greece", NULL));
  CU_ASSERT(!ev_with(d, "07", "Greece", "Switzerland"));
  kg_doc_free(d);
  d = full_run("Talks\n\nChina was invited to join the talks but declined. Russian exports declined 8 percent.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "China", NULL));
  CU_ASSERT(!ev_with(d, "12", NULL, "China"));
  CU_ASSERT(!ev_with(d, "12", "Russia", NULL));
  kg_doc_free(d);
  d = full_run("Tour\n\nBRASILIA, September 9, 2026 \u2014 Vietnamese Prime Minister Pham Minh Chinh signed eight "
               "agreements with Brazil on Wednesday. Chinh, who is accompanied by Foreign Minister Bui Thanh Son, "
               "said the deals were a beginning. Uruguay, which holds the rotating presidency of Mercosur, "
               "welcomed the visit. Chinh is due in Buenos Aires on Friday for talks with President Javier "
               "Milei.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Bui Thanh Son", "Vietnam"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Bui Thanh Son", "Brazil"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Uruguay", "Mercosur"));
  CU_ASSERT(ev_with(d, "051", "Uruguay", NULL));
  CU_ASSERT(!ev_with(d, "043", "Uruguay", NULL));
  /* (his dictionary label: the name is matched without its diacritics) */
  const kg_event *e = ev_find(d, "04", "Ph\xe1\xba\xa1m Minh Ch\xc3\xadnh", "Javier Milei");
  CU_ASSERT(e != NULL && e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* a bare title opening its clause far from the lead: the state a town's
   * dateline names (relrules.c); not a name after "a spokesman for" */
  d = full_run("Quake\n\nKARS, Turkey, November 18, 2026 \u2014 Rescuers searched the rubble on Wednesday.\n\n"
               "Lawmakers criticised the builders.\n\nInterior Minister Ahmet Dogru said 14 contractors had been "
               "detained.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ahmet Dogru", "Turkey"));
  kg_doc_free(d);
  d = full_run("Quake\n\nKARS, Turkey, November 18, 2026 \u2014 Rescuers searched the rubble on Wednesday.\n\n"
               "Lawmakers criticised the builders.\n\nBoats were sent overnight, a spokesman for Prime Minister Tom "
               "Vale said.\n");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Tom Vale", "Turkey"));
  kg_doc_free(d);
  d = full_run("Visit\n\nGreek Foreign Minister Nikos Stavrakis flew to Odesa on Tuesday.\n");
  if (!d)
    return;
  e = ev_find(d, "042", "Nikos Stavrakis", NULL);
  CU_ASSERT(e != NULL && e->place >= 0 && !strcmp(d->actors[e->place].label, "Odessa"));
  kg_doc_free(d);
}

static void test_round_twentyseven_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Peace\n\nThe war ended with the Treaty of Santos, which Paraguay and Bolivia signed in "
                       "1938.\n");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "057", "Paraguay", "Bolivia") != NULL || ev_with(d, "057", "Paraguay", "Bolivia"));
  kg_doc_free(d);
  d = full_run("Peace\n\nParaguay and Bolivia signed the treaty at the Vatican. Paraguay fired at Bolivia.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "057", NULL, "Vatican City"));
  CU_ASSERT(ev_with(d, "19", "Paraguay", "Bolivia"));
  kg_doc_free(d);
  d = full_run("Port\n\nThe Port of Santos, which Paraguay and Bolivia use, reopened in 1938.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "057", NULL, NULL));
  kg_doc_free(d);
  d = full_run("Forum\n\nThe Pacific Islands Forum met in Suva on Monday. Fiji, a member of the forum, backed "
               "the plan.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Fiji", "Pacific Islands Forum"));
  kg_doc_free(d);
  d = full_run("Forum\n\nBusiness leaders met at a forum in Davos on Monday. Fiji, a member of the forum, backed "
               "the plan.\n");
  if (!d)
    return;
  int32_t fj = kg_test_actor(d, "Fiji");
  int member = 0;
  for (size_t i = 0; i < d->nrels; i++)
    member |= d->rels[i].kind == KG_REL_MEMBER && d->rels[i].subj == fj;
  CU_ASSERT(!member);
  kg_doc_free(d);
  d = full_run("Trade\n\nBolivia and Paraguay signed a trade deal in Asuncion. Bolivia praised the deal on "
               "Monday and Paraguay thanked its workers.\n\nBrazil welcomed the deal on Tuesday. Both governments "
               "are members of Mercosur.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Bolivia", "Mercosur"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Paraguay", "Mercosur"));
  kg_doc_free(d);
  d = full_run("Trade\n\nBolivia and Paraguay signed a trade deal in Asuncion. Both parties are members of "
               "Mercosur.\n");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Bolivia", "Mercosur"));
  kg_doc_free(d);
  d = full_run("Envoy\n\nSomalia's ambassador, Abdullahi Sheikh Hassan, met the minister on Monday. The Reverend "
               "Paul Nduru said the church would help.\n");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Abdullahi Sheikh Hassan") >= 0);
  CU_ASSERT(kg_test_actor(d, "Hassan") < 0);
  CU_ASSERT(kg_test_actor(d, "Paul Nduru") >= 0);
  CU_ASSERT(kg_test_actor(d, "Reverend Paul Nduru") < 0);
  kg_doc_free(d);
  d = full_run("Solidarity\n\nDenmark and Iceland, which signed the accord after the storm of 2019, expressed "
               "solidarity with Norway.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Denmark", "Norway"));
  kg_doc_free(d);
  d = full_run("Base\n\nEstonia, which hosts the base, supported by Latvia and Lithuania, rejected the plan.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "Estonia", NULL));
  kg_doc_free(d);
  d = full_run("Note\n\nPeru summoned Chile's ambassador, Jorge Arce, and handed him a note demanding an "
               "apology.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "10", "Peru", NULL));
  CU_ASSERT(!ev_with(d, "10", "Jorge Arce", NULL));
  kg_doc_free(d);
  d = full_run("Note\n\nChile's ambassador, Jorge Arce, handed Peru a note demanding talks.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "10", "Jorge Arce", NULL) || ev_with(d, "10", "Chile", NULL));
  kg_doc_free(d);
}

/* a means noun ("by telephone") stands for the verb it hangs on: the
 * verb's subject speaks to the "to" phrase's person, not the name in
 * apposition before the means */
static void test_means_noun(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Norway's foreign minister, Kari Lund, spoke to her Chilean counterpart, Pablo Ruiz, "
                       "by telephone on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "04", "Kari Lund", "Pablo Ruiz") != NULL);
  CU_ASSERT(ev_find(d, "04", "Pablo Ruiz", NULL) == NULL);
  kg_doc_free(d);
}

/* a name after a flag ("the Panama-flagged X") or a vessel noun ("the
 * tanker X") is a ship's, no actor; "Iran's Revolutionary Guards" is Iran's
 * military */
static void test_flagged_ships(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Egypt's navy boarded the Liberian-flagged Silver Dawn near Suez on Monday. "
                       "Two days later it stopped the tanker Coral Venture and the Panama-flagged Nadia Rose.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Silver Dawn") < 0);
  CU_ASSERT(kg_test_actor(d, "Coral Venture") < 0);
  CU_ASSERT(kg_test_actor(d, "Nadia Rose") < 0);
  CU_ASSERT(actor_type(d, "Egypt") == KG_ACT_COUNTRY);
  kg_doc_free(d);
  /* a state's guard corps is its military (CAMEO IRNMIL), no organisation */
  d = full_run("On Friday Iran's Revolutionary Guards seized a Greek tanker near Jask.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "17", "Iran", NULL) != NULL);
  CU_ASSERT(kg_test_actor(d, "Revolutionary Guards") < 0);
  kg_doc_free(d);
  /* ... and its short form later ("the Guards") is the same state */
  d = full_run("Iran's Revolutionary Guards held drills on Monday. In 2021, the Guards seized a British tanker.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "17", "Iran", "United Kingdom") != NULL);
  CU_ASSERT(kg_test_actor(d, "Guards") < 0);
  kg_doc_free(d);
}

/* "the United States, its largest trading partner and closest ally,": an
 * ally noun coordinated after another noun of the same possessor */
static void test_coordinated_ally(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Mexico relies on the United States, its biggest customer and closest ally, for most of its trade.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "United States", "Mexico") || has_rel(d, KG_REL_ALLY, "Mexico", "United States"));
  kg_doc_free(d);
}

/* subjects across clauses: "X followed Y in imposing" (a gerund advcl's
 * subject is its verb's subject); "said Y would not cede ... and accused
 * Z" (a past verb shares no modal: the speaker accuses); "rejected the
 * vote" after "voted to annex" (the verb the act complements names it) */
static void test_clause_subjects(void)
{
  NEED_DICT();
  kg_doc *d = full_run("In May, Peru followed Chile in imposing tariffs on Bolivian sugar.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "16", "Peru", "Bolivia") != NULL);
  CU_ASSERT(ev_find(d, "16", "Chile", NULL) == NULL);
  kg_doc_free(d);
  d = full_run("Ecuadorean President Daniel Noboa met officials on Monday. Noboa, speaking in Quito, said Ecuador "
               "would not close its embassy and accused Peru of spying on its diplomats.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "112", "Daniel Noboa", "Peru") != NULL);
  CU_ASSERT(ev_find(d, "112", "Daniel Noboa", "Peru") &&
            ev_find(d, "112", "Daniel Noboa", "Peru")->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(ev_find(d, "112", "Ecuador", NULL) == NULL);
  kg_doc_free(d);
  d = full_run("Armenia's parliament voted on Friday to annex a border region of Azerbaijan. Turkey rejected the vote.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "12", "Turkey", "Armenia") != NULL);
  kg_doc_free(d);
  /* "demanded the release": the holder, who seized before */
  d = full_run("Eritrean troops seized a Djiboutian fishing boat on Monday. Djibouti demanded the release of the crew.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "10", "Djibouti", "Eritrea") != NULL);
  kg_doc_free(d);
}

/* warnings: "warned X against Y" is a threat whatever X is; "warned that
 * Chile would act if Bolivia closed the border" is a threat to Bolivia,
 * the condition's subject (not Chile, the reported clause's) */
static void test_warnings(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Ana Cortez, Peru's foreign minister, spoke on Monday. She warned foreign fishing fleets "
                       "against any incursion.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "13", "Ana Cortez", NULL) != NULL);
  kg_doc_free(d);
  d = full_run("Chilean spokesman Luis Vera warned that Chile would take all necessary steps to protect its farmers "
               "if Bolivia closed the border.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "13", "Luis Vera", "Bolivia") != NULL);
  CU_ASSERT(ev_find(d, "13", "Luis Vera", "Chile") == NULL);
  kg_doc_free(d);
  d = full_run("Economists warned that prices could rise if the central bank cut rates.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "13", NULL, NULL) == NULL);
  kg_doc_free(d);
}

/* round twelve (heldout3): "A and B blamed each other" is each one's act on
 * the other; "X, the head of the state oil company Y," serves Y ("the state"
 * before adjectives and a noun is no description of a state); "X, the
 * UN's relief chief"; a bare title's guessed state is never the one the
 * person's own (controlled) verb acts on; lexicon entries */
static void test_round_twelve_heldout3(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chile and Peru blamed each other for the clash on Monday. "
                       "Bolivia and Paraguay accused one another of breaking the truce.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "112", "Chile", "Peru") != NULL);
  CU_ASSERT(ev_find(d, "112", "Peru", "Chile") != NULL);
  CU_ASSERT(ev_find(d, "112", "Bolivia", "Paraguay") != NULL);
  CU_ASSERT(ev_find(d, "112", "Paraguay", "Bolivia") != NULL);
  CU_ASSERT(ev_find(d, "112", "Chile", "Chile") == NULL);
  kg_doc_free(d);
  d = full_run("Chile condemned the seizure of the tanker. Ramon Ocampo, the head of the state oil company "
               "Petrandes, said the crew was safe. Lidia Varga, the UN's relief chief, said aid would follow.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ramon Ocampo", "Petrandes"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Ramon Ocampo", "Chile"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Lidia Varga", "United Nations"));
  kg_doc_free(d);
  /* "Its head, X": a body's head, never the state the pronoun took */
  d = full_run("The observer mission said Peru's election was not fair. Its head, Nils Berglund, spoke in Lima.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Nils Berglund", "Peru"));
  kg_doc_free(d);
  d = full_run("Peru cut its copper exports to Chile and recalled its ambassador that year.\n\n"
               "Prime Minister Ana Lucero had sought to mend ties with Lima and was not expected to retaliate.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Ana Lucero", "Peru"));
  kg_doc_free(d);
  /* lexicon: "ruled out" rejects (120), downgrading relations reduces them
   * (161), suspending deliveries stops aid (162), blocking exports is an
   * embargo (163) */
  d = full_run("Chile ruled out a ceasefire on Monday. Peru downgraded diplomatic relations with Chile. "
               "The World Food Programme suspended river deliveries to Chile. Peru blocked exports from Chile.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "120", "Chile", NULL) != NULL);
  CU_ASSERT(ev_find(d, "161", "Peru", "Chile") != NULL);
  CU_ASSERT(ev_find(d, "162", NULL, NULL) != NULL);
  CU_ASSERT(ev_find(d, "163", "Peru", NULL) != NULL);
  kg_doc_free(d);
}

/* round twelve (heldout3, b): "the agency" is the organisation named
 * before with that head word, not the salient one; "the French leader" is
 * the one person named before whom the dictionary knows as that state's
 * leader */
static void test_round_twelve_heldout3_b(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Inspectors of the Andean Water Agency visited the dam on Monday. "
                       "Vehicles of the United Nations escorted them. Peru urged the agency to publish its findings.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "02", "Peru", "Andean Water Agency") != NULL);
  kg_doc_free(d);
  d = full_run("Chile's foreign minister met President Emmanuel Macron in Paris on Monday. "
               "The French leader rejected any new tariff.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "12", "Emmanuel Macron", NULL) != NULL);
  CU_ASSERT(ev_find(d, "12", "France", NULL) == NULL);
  kg_doc_free(d);
}

/* round twelve (heldout3, c): a verbal act conjoined to a reported clause
 * whose subject is another state's is the speaker's ("said Peruvian drones
 * had attacked the base and called on the UN"), the speaker's own state
 * keeping it; a finite past verb conjoined to a negated predicate is not
 * negated ("were not racist and refused"); "that year" is the year told
 * before */
static void test_round_twelve_heldout3_c(void)
{
  NEED_DICT();
  kg_doc *d = full_run("The Chilean foreign ministry's spokeswoman, Ana Ruiz, said Peruvian drones had attacked the "
                       "base and called on the United Nations to act. Peru's spokesman Luis Vera said Peru was ready "
                       "to talk but ruled out a withdrawal.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "02", "Ana Ruiz", "United Nations") != NULL);
  CU_ASSERT(ev_find(d, "02", "Peru", "United Nations") == NULL);
  CU_ASSERT(ev_find(d, "12", "Peru", NULL) != NULL);
  kg_doc_free(d);
  d = full_run("Mayor Rosa Quispe of Lima faced protests. At a press conference on Tuesday she said her comments "
               "were not racist and refused to apologise.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "12", "Rosa Quispe", NULL);
  CU_ASSERT(e != NULL && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = full_run("LIMA, May 4, 2026 - Peru cut its copper exports to Chile in 2019. Chile downgraded its relations "
               "with Peru that year.");
  if (!d)
    return;
  e = ev_find(d, "161", "Chile", "Peru");
  CU_ASSERT(e != NULL && !strncmp(e->date, "2019", 4));
  kg_doc_free(d);
}

/* round twelve (heldout3, d): a state's name opening a longer
 * organisation's name glossed by an acronym in brackets is the
 * organisation's; a hyphenated acronym after it is the same one; the
 * accused act of a clause on a word inside the object's name; an intended
 * visit's place */
static void test_round_twelve_heldout3_d(void)
{
  NEED_DICT();
  kg_doc *d = full_run("LIMA, May 4, 2026 - Chile's army accused the Peru People's Liberation Front-in-Exile (PLF-IE) "
                       "of attacking a convoy on Monday. The PLF-IE denied the claim and urged Chile to withdraw.");
  if (!d)
    return;
  const char *org = "Peru People's Liberation Front-in-Exile";
  CU_ASSERT(ev_find(d, "112", "Chile", org) != NULL);
  CU_ASSERT(ev_find(d, "112", "Chile", "Peru") == NULL);
  CU_ASSERT(ev_find(d, "19", org, NULL) != NULL);
  CU_ASSERT(ev_find(d, "02", org, "Chile") != NULL);
  CU_ASSERT(kg_test_actor(d, "PLF-IE") < 0);
  kg_doc_free(d);
  /* a visit told as an intention (036) to a capital standing for its state
   * takes the city as its place, as a visit does */
  d = full_run("LIMA, May 4, 2026 - Chile's foreign minister, Ana Ruiz, said she would travel to Caracas on Friday.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "036", "Ana Ruiz", NULL);
  CU_ASSERT(e != NULL && e->place >= 0 && !strcmp(d->actors[e->place].label, "Caracas"));
  kg_doc_free(d);
}

/* round thirteen (heldout3): what a plot aims at has not happened ("accused
 * X of plotting to kill", "conspired to bomb"); persons seized are abducted
 * (181), things seized are not; a kidnapping is violence enough for its
 * own sentence; a passive arrest with no actor named is the act of the
 * state it happened in, when the text names it; a thing "held hostage" is
 * a figure of speech, a radio
 * programme presented no plan; "in the forests north of X" places an act
 * in X; "freed after
 * mediation by X": the "by" phrase is the
 * mediation's, not the release's; "X, backed by Y since Z, VERBED" (a
 * participle clause between commas) keeps X as the subject; diplomats
 * declared persona non grata (161); "expressed support for" (051); "the
 * ministry" is the state whose ministry was named just before */
static void test_round_thirteen_heldout3(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Kenya accused Uganda's intelligence agency of plotting to kill an opposition leader in Nairobi. "
                       "Police said the cell had conspired to bomb the embassy of Chile.");
  if (!d)
    return;
  for (size_t i = 0; i < d->nevents; i++)
    if (d->events[i].cameo[0] == '1' && d->events[i].cameo[1] >= '8')
      CU_ASSERT(d->events[i].factuality != KG_FACT_ASSERTED);
  CU_ASSERT(ev_with(d, "112", "Kenya", "Uganda"));
  kg_doc_free(d);
  d = full_run("Gunmen seized three engineers near the border of Niger. Two Chilean nationals were seized on Friday "
               "in Peru. Police seized weapons and cash in Lima.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "181", NULL, "Chile"));
  CU_ASSERT(ev_with(d, "18", NULL, NULL) && ev_find(d, "181", NULL, NULL)->sent == 0);
  const kg_event *e = NULL;
  for (size_t i = 0; i < d->nevents; i++)
    if (!strncmp(d->events[i].cameo, "18", 2) && d->events[i].sent == 2)
      e = &d->events[i];
  CU_ASSERT(e == NULL);
  kg_doc_free(d);
  d = full_run("Ana Ruiz, a nurse from Chile, was abducted in Lima on Monday.");   /* (kidnapping is violence) */
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "181", NULL, "Ana Ruiz") || ev_with(d, "181", NULL, "Chile"));
  kg_doc_free(d);
  d = full_run("Peru said the lifeline of its farmers was held hostage by Chile. Gunmen held two Chilean engineers "
               "hostage for a week.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "18", "Chile", NULL) && !ev_with(d, "18", NULL, "Peru"));
  CU_ASSERT(ev_with(d, "181", NULL, "Chile"));
  kg_doc_free(d);
  d = full_run("Ana Ruiz, who presents a Spanish-language radio programme critical of the Chilean government, "
               "left Lima on Monday.");   /* (a broadcaster's programme: no aid, no plan) */
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "06", NULL, NULL) && !ev_with(d, "07", NULL, NULL));
  kg_doc_free(d);
  d = full_run("Chile closed its border with Peru on Monday. Three men were detained on Tuesday in Santiago.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "173", "Chile", NULL));   /* (the authorities of the place, a state named) */
  kg_doc_free(d);
  d = full_run("Peru tightened its laws in May. Two Chilean tourists were arrested in Lima on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "173", "Peru", "Chile"));   /* (the arrested keep their side) */
  kg_doc_free(d);
  d = full_run("Three men were detained on Tuesday in Santiago.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "173", "Chile", NULL));   /* (no state named: no guess) */
  kg_doc_free(d);
  d = full_run("Mali's army launched an offensive against rebel camps in the forests north of Kayes on Monday.");
  if (!d)
    return;
  const kg_event *pe = ev_find(d, "19", "Mali", NULL);   /* (a direction from a place locates) */
  CU_ASSERT(pe != NULL && pe->place >= 0 && !strcmp(d->actors[pe->place].label, "Kayes"));
  kg_doc_free(d);
  d = full_run("Two Chilean workers were freed on Monday after mediation by Peru.");   /* (Peru mediated, freed no one) */
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "045", "Peru", NULL));
  CU_ASSERT(!ev_with(d, "084", "Peru", NULL));
  kg_doc_free(d);
  d = full_run("Peru's interim government, backed by the army since the crisis of 2023, expelled Bolivian diplomats "
               "in 2024 and turned to Chile for help.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Peru", "Bolivia"));
  kg_doc_free(d);
  d = full_run("Bolivia declared two Peruvian diplomats persona non grata on Tuesday. Chile expressed support for "
               "Bolivia.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "161", "Bolivia", "Peru"));
  CU_ASSERT(ev_with(d, "051", "Chile", "Bolivia"));
  CU_ASSERT(!ev_with(d, "11", "Chile", NULL));
  kg_doc_free(d);
  d = full_run("Chile's Foreign Ministry spokeswoman, Ana Ruiz, rejected the claims. The ministry summoned Peru's "
               "ambassador on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Chile", "Peru"));
  kg_doc_free(d);
}

/* round thirteen (heldout3, b): "Kenya's minister of water and sanitation,
 * X" (a portfolio after "of"); "A signed a defence pact with B" makes
 * allies, not when only intended; a bare title whose holder an earlier
 * sentence named only by state and title ("Chile's foreign minister ...
 * Foreign Minister X"), not when two states' holders were nor for the
 * second holder named with that title after it, or the state
 * subject before a colon ("Peru offered help: Foreign Minister X spoke");
 * the person after
 * a hyphened title ("secretary-general, X,") is the subject; a name ending
 * in "Dam" is a place */
static void test_round_thirteen_heldout3_b(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Kenya's minister of water and sanitation, Alice Wanjiru, said the river was drying up.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Alice Wanjiru", "Kenya"));
  kg_doc_free(d);
  d = full_run("Kenya signed a defence pact with Rwanda on Monday. Chile may sign a security pact with Peru.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Kenya", "Rwanda") || has_rel(d, KG_REL_ALLY, "Rwanda", "Kenya"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Chile", "Peru") && !has_rel(d, KG_REL_ALLY, "Peru", "Chile"));
  kg_doc_free(d);
  d = full_run("Chile's foreign minister warned Peru on Monday that the border would stay closed.\n\n"
               "Foreign Minister Ana Ruiz told reporters that the talks would continue.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile"));
  kg_doc_free(d);
  d = full_run("Chile's foreign minister met Peru's foreign minister on Monday.\n\n"
               "Foreign Minister Ana Ruiz told reporters that the talks would continue.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile") && !has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Peru"));
  kg_doc_free(d);
  d = full_run("Papers on the Chilean president's visit were found in a street.\n\nPresident Ana Ruiz said she was "
               "safe. She arrived on Sunday after a tour, during which she met President Luis Vera.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Ana Ruiz", "Chile"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Luis Vera", "Chile"));
  kg_doc_free(d);
  d = full_run("Talks on the river collapsed.\n\nPeru also offered help: Foreign Minister Ana Ruiz spoke by telephone "
               "with the head of the United Nations on Monday.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Peru"));
  kg_doc_free(d);
  d = full_run("The Andean Community's secretary-general, Rosa Quispe, condemned the attack on Peru. "
               "Ethiopia filled the Koysha Dam last year.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Rosa Quispe", NULL));
  CU_ASSERT(actor_type(d, "Koysha Dam") < 0 || actor_type(d, "Koysha Dam") == KG_ACT_PLACE);
  kg_doc_free(d);
}

/* round thirteen (heldout2): a name coordinated after another name's
 * apposition, a title's second word before the name ("Crown Prince X"); a
 * time phrase between a title and its name; "the village of X" tagged as a
 * person; the two persons who just spoke are "the two ministers"; "the two
 * countries" after a reaction of a third: the two of the last act between
 * states; "joint" before a coordinated modifier; the Channel Islands are
 * states of their own, not New Jersey */
static void test_round_thirteen_heldout2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("LIMA, May 4, 2026 - The accord was signed in Lima by Crown Prince Faisal bin Turki, the "
                       "kingdom's de facto ruler, and Tariq Mahmood, Pakistan's prime minister.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "057", "Faisal bin Turki", "Tariq Mahmood") != NULL);
  kg_doc_free(d);
  d = full_run("LIMA, May 4, 2026 - Chile's mining minister at the time, Rosa Quispe, threatened to close the border. "
               "Soldiers killed 40 people in the northern village of Tarkumbe.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Rosa Quispe", "Chile"));
  CU_ASSERT(actor_type(d, "Tarkumbe") == KG_ACT_PLACE);
  kg_doc_free(d);
  d = full_run("LIMA, May 4, 2026 - Peru's trade minister, Luis Paredes, said Chile had broken the deal. Paredes "
               "said he would go to Santiago. \"We want a solution,\" Paredes said. Chile's foreign minister, "
               "Ana Ruiz, spoke to Bolivia's economy minister, Marta Quiroga, by telephone on Monday. The two "
               "ministers agreed to resume talks.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "03", "Ana Ruiz", "Marta Quiroga") != NULL);
  CU_ASSERT(ev_parts(d, "03", "Luis Paredes", "Ana Ruiz") == NULL);
  CU_ASSERT(ev_parts(d, "03", "Luis Paredes", "Marta Quiroga") == NULL);
  kg_doc_free(d);
  d = full_run("LIMA, May 4, 2026 - Chile and Peru signed a defence pact on Monday. Bolivia said it would study the "
               "pact. Bolivian officials said Bolivia had not been consulted by Lima. The two countries also agreed "
               "to hold a joint air and naval exercise next year.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "03", "Chile", "Peru") != NULL);
  CU_ASSERT(ev_parts(d, "03", "Bolivia", "Peru") == NULL);
  kg_doc_free(d);
  d = full_run("LIMA, May 4, 2026 - Chile and Peru held a joint air and naval exercise on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "062", "Chile", "Peru") != NULL);
  CU_ASSERT(ev_parts(d, "15", "Chile", "Peru") == NULL && ev_find(d, "15", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* the signatories of a mutual defence pact are allies; not of a defence
   * cooperation agreement, nor when the signing is negated or intended */
  d = full_run("LIMA, May 4, 2026 - Chile and Peru signed a mutual defence pact on Monday. Bolivia signed a mutual "
               "defence treaty with Paraguay. Ecuador and Colombia signed a defence cooperation agreement. Uruguay "
               "and Brazil did not sign a mutual defence pact. Argentina would sign a mutual defence treaty with "
               "Venezuela.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Chile", "Peru") && has_rel(d, KG_REL_ALLY, "Peru", "Chile"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Bolivia", "Paraguay"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Ecuador", "Colombia") && !has_rel(d, KG_REL_ALLY, "Uruguay", "Brazil"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Argentina", "Venezuela"));
  kg_doc_free(d);
  /* "the country" after a state named only as a place: that state (not the
   * main clause's subject); "the government" does not fall back so */
  d = full_run("LIMA, May 4, 2026 - The council voted on Friday to close its office in Peru, a week after the "
               "country's interim government accused the staff of bias.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "112", "Peru", NULL) != NULL);
  CU_ASSERT(ev_find(d, "112", NULL, NULL) != NULL && ev_find(d, "112", "Peru", NULL) == ev_find(d, "112", NULL, NULL));
  kg_doc_free(d);
  d = full_run("LIMA, May 4, 2026 - The United Nations Security Council voted on Friday to end its mission in Peru "
               "after the country's government accused the mission of bias.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "112", "Peru", NULL) != NULL);
  CU_ASSERT(ev_find(d, "112", "United Nations Security Council", NULL) == NULL);
  kg_doc_free(d);
  /* a relative clause after a name's apposition is the name's */
  d = full_run("LIMA, May 4, 2026 - The accord was signed by Tariq Mahmood, Pakistan's prime minister, who arrived "
               "on Tuesday for a two-day state visit.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "042", "Tariq Mahmood", NULL) != NULL);
  kg_doc_free(d);
  /* "In <capital>, the foreign ministry said ... Its spokesman, X": the
   * capital's state, not the story's most-named one */
  d = full_run("LIMA, May 4, 2026 - Chile signed a pact with Bolivia on Monday. Chile said the pact was historic. "
               "In Asuncion, the foreign ministry said it would study the pact. Its spokesman, Ramon Vera, said the "
               "government was calm.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ramon Vera", "Paraguay"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ramon Vera", "Chile"));
  kg_doc_free(d);
  d = full_run("LONDON, May 4, 2026 - Jersey refused to renew the licences, and Guernsey said it would do the same.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Jersey") == KG_ACT_COUNTRY);
  CU_ASSERT(actor_type(d, "Guernsey") == KG_ACT_COUNTRY);
  CU_ASSERT(kg_test_actor(d, "New Jersey") < 0);
  kg_doc_free(d);
}

/* ---- thirteenth session (heldout): general rules found by its articles (recognition and recall of
 * envoys, a visit under an arrest warrant, a gas cut), each on sentences written for these tests ---- */

/* "stopped short of threatening sanctions", "fell short of condemning": the
 * gerund's act is not done */
static void test_stop_short_of(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Italy's government stopped short of condemning Egypt on Monday. "
                    "Peru fell short of accusing Chile of fraud. Bolivia condemned Chile.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "11", "Italy", "Egypt");
  CU_ASSERT(e != NULL && e->factuality == KG_FACT_NEGATED);
  e = ev_find(d, "112", "Peru", "Chile");
  CU_ASSERT(e == NULL || e->factuality == KG_FACT_NEGATED);
  e = ev_find(d, "11", "Bolivia", "Chile");                  /* no cue: told as done */
  CU_ASSERT(e != NULL && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* "the Nordgas pipeline", "the LNG terminal": the name of a work of energy
 * infrastructure is no actor, and no target; a state before it still is */
static void test_facility_names(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Norway offered to send gas through the Nordgas pipeline from the LNG terminal to Poland. "
                    "Officials said the Qatar terminal would stay open.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Nordgas") < 0);
  CU_ASSERT(kg_test_actor(d, "LNG") < 0);
  CU_ASSERT(kg_test_actor(d, "Qatar") >= 0);
  CU_ASSERT(ev_find(d, "03", "Norway", "LNG") == NULL);
  kg_doc_free(d);
}

/* "X, Putin's foreign policy aide,", "X, Erdogan's spokesman,": a title a
 * person owns, in apposition after the holder's name, gives the holder the
 * owner's state (as "Putin's spokesman X" does) */
static void test_possessor_person_apposition(void)
{
  NEED_DICT();
  kg_doc *d = full_run("President Vladimir Putin of Russia met President Recep Tayyip Erdogan of Turkey on Monday. "
                    "Boris Orlov, Putin's foreign policy aide, said the talks were useful. "
                    "Emre Kaya, Erdogan's spokesman, praised Moscow.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Boris Orlov", "Russia"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Emre Kaya", "Turkey"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Emre Kaya", "Russia"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Boris Orlov", "Turkey"));
  kg_doc_free(d);
}

/* "recalled its ambassador for consultations on Monday, and on Tuesday its
 * ministry summoned ...": the consultations a recalled envoy goes home for
 * are no meeting, and the summons keeps its own day */
static void test_recall_for_consultations(void)
{
  NEED_DICT();
  kg_doc *d = full_run("OSLO, March 5, 2026 - Chile recalled its ambassador to Peru for consultations on Monday, "
                    "and on Tuesday its foreign ministry summoned the Peruvian envoy in Santiago. "
                    "Bolivia held consultations with Peru on Wednesday.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "161", "Chile", "Peru") != NULL);
  int cons_monday = 0;
  for (size_t k = 0; k < d->nevents; k++)
    cons_monday |= !strncmp(d->events[k].cameo, "04", 2) && !strcmp(d->events[k].date, "2026-03-02");
  CU_ASSERT(!cons_monday);
  const kg_event *e = ev_find(d, "04", "Chile", NULL);
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-03-03"));
  CU_ASSERT(ev_find(d, "04", "Bolivia", "Peru") != NULL);      /* consultations held are a meeting */
  kg_doc_free(d);
}

/* "visited Laos in May and Vietnam in June": the second object, parsed as
 * the month's conjunct, is visited too, on its own date; a month's own
 * conjunct stays a date */
static void test_object_after_date(void)
{
  NEED_DICT();
  kg_doc *d = full_run("HANOI, July 9, 2026 - The Chinese premier visited Laos in May and Vietnam in June. "
                    "Sweden hosted talks with Norway in March and April.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "042", NULL, "Laos");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-05"));
  e = ev_find(d, "042", NULL, "Vietnam");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-06"));
  kg_doc_free(d);
  d = full_run("MOSCOW, July 9, 2026 - Putin skipped a summit in 2023, but he visited Mongolia in September 2024 and "
            "Tajikistan last year.");
  if (!d)
    return;
  e = ev_find(d, "042", NULL, "Tajikistan");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2025"));
  e = ev_find(d, "042", NULL, "Mongolia");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2024-09"));
  kg_doc_free(d);
}

/* "Foreign Minister X said ..." opening a paragraph after "the judges found
 * that Peru had failed in its duty when it did not extradite him": the
 * subject of an adverbial or noun's clause lends X no state */
static void test_bare_title_embedded_subject(void)
{
  NEED_DICT();
  kg_doc *d = full_run("SANTIAGO, Chile, May 4, 2026 - The fugitive arrived in Santiago on Monday.\n\n"
                    "In a similar case, the judges found in 2024 that Peru had failed in its duty when it did not "
                    "extradite him during a visit to Lima.\n\n"
                    "Foreign Minister Ana Soto said Santiago respected the court but that Chile could not arrest him.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Peru"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Soto", "Chile"));
  kg_doc_free(d);
}

static int ally_either(const kg_doc *d, const char *a, const char *b)
{
  return has_rel(d, KG_REL_ALLY, a, b) || has_rel(d, KG_REL_ALLY, b, a);
}

/* "Belarus's Alexander Lukashenko, Moscow's closest ally, signed": the state
 * owning the name is the ally; a person with no state's possessive is not */
static void test_ally_of_possessed_leader(void)
{
  NEED_DICT();
  kg_doc *d = full_run("On Friday, Kazakhstan's Kassym-Jomart Tokayev, Moscow's closest ally, signed an agreement. "
                    "Viktor Orban, Moscow's closest ally, said nothing.");
  if (!d)
    return;
  CU_ASSERT(ally_either(d, "Kazakhstan", "Russia"));
  CU_ASSERT(!ally_either(d, "Hungary", "Russia"));
  kg_doc_free(d);
}

/* "ratified the Rome Statute", "signed the Geneva Conventions", "the UN
 * Charter": a treaty's name is no actor and no place */
static void test_treaty_names(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chile ratified the Rome Statute in 2001 and signed the Geneva Conventions. "
                    "Peru said the move broke the Lima Charter.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Rome Statute") < 0);
  CU_ASSERT(kg_test_actor(d, "Geneva Conventions") < 0);
  CU_ASSERT(kg_test_actor(d, "Lima Charter") < 0);
  CU_ASSERT(kg_test_actor(d, "Chile") >= 0);
  kg_doc_free(d);
}

/* "invited officials from both countries to Brussels": the capital is the
 * place of the invitation, not its target; a state invited stays one */
static void test_invited_to_capital(void)
{
  NEED_DICT();
  kg_doc *d = full_run("OSLO, May 3, 2026 - Norway's foreign minister, Espen Berg, invited officials from both countries "
                    "to Stockholm. Sweden invited Finland to the talks.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "04", "Espen Berg", NULL);
  CU_ASSERT(e != NULL && e->target < 0 && e->place >= 0 && !strcmp(d->actors[e->place].label, "Stockholm"));
  CU_ASSERT(ev_find(d, "04", "Espen Berg", "Sweden") == NULL);
  CU_ASSERT(ev_find(d, "04", "Sweden", "Finland") != NULL);
  kg_doc_free(d);
}

/* round fourteen (heldout): "Ursula von der Leyen" with its parts tagged
 * apart is one person ("Rio de Janeiro" stays a place); "Lashkar-e-Taiba"
 * keeps its linking syllable; "Chile, a founding OPEC member" and "before
 * joining NATO" (the subject of the verb the gerund modifies) make members;
 * closing or shutting a crossing is a closure like closing a border */
static void test_round_fourteen_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Ursula von der Leyen condemned Peru. Mark van Bommel met officials in Rio de Janeiro.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Ursula von der Leyen") == KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Mark van Bommel") == KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Ursula") < 0 && actor_type(d, "Leyen") < 0);
  CU_ASSERT(actor_type(d, "Rio de Janeiro") != KG_ACT_PERSON);
  CU_ASSERT(ev_with(d, "11", "Ursula von der Leyen", "Peru"));
  kg_doc_free(d);
  d = full_run("Police said the gunmen belonged to the Lashkar-e-Taiba group.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Lashkar-e-Taiba") == KG_ACT_ORG);
  kg_doc_free(d);
  d = full_run("Chile, a founding OPEC member, sells copper. Peru is an EU member state. Bolivia is not an EU "
               "member. Sweden, which fought Russia in the past, stayed neutral for decades before joining NATO "
               "in 2024. Norway is considering joining the EU.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Chile", "Organization of the Petroleum Exporting Countries"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Peru", "European Union"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Bolivia", "European Union"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Sweden", "North Atlantic Treaty Organisation"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Russia", "North Atlantic Treaty Organisation"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Norway", "European Union"));
  kg_doc_free(d);
  d = full_run("Peru shut the Tacna crossing on Friday. Chile closed two checkpoints on its border with Bolivia.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Peru", NULL));
  CU_ASSERT(ev_with(d, "17", "Chile", "Bolivia"));
  kg_doc_free(d);
}

/* round fourteen (heldout, b): "Signed in 1990 by A and B, the accord
 * ended ..." (the opening participle clause, repaired to an advcl, keeps
 * its event, its by-agents and its patient); "X said Y would \"never
 * accept Z\" and called on W to ..." (the past verb after the quotation is
 * the speaker's, and his participle clause "speaking in Istanbul" places
 * it); "the Chilean raids ..., which Bolivia condemned" (the object
 * "which" tells of the state marking the act noun); "stopped pumping Peru's
 * gas", "military operations against X" */
static void test_round_fourteen_heldout_b(void)
{
  NEED_DICT();
  kg_doc *d = full_run("LIMA, Peru, May 6, 2026 — Signed in Arica in 1990 by Chile and Bolivia, the accord ended "
                       "the war. Signed in 1995 by President Ana Ruiz and President Mateo Salas, the pact gave Peru "
                       "control of the river.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "057", NULL, NULL);
  CU_ASSERT(e != NULL && e->npart == 2 && e->place >= 0 && !strcmp(d->actors[e->place].label, "Arica"));
  int n057 = 0;
  for (size_t i = 0; i < d->nevents; i++)
    n057 += !strcmp(d->events[i].cameo, "057");
  CU_ASSERT(n057 == 2);
  kg_doc_free(d);
  d = full_run("Ana Ruiz said the album, released in 2003, made her famous in Chile.");   /* (not an opening clause) */
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "084", NULL, NULL));
  kg_doc_free(d);
  d = full_run("LIMA, Peru, May 6, 2026 — President Ana Ruiz, speaking in Cusco on Monday, said Peru would \"never "
               "accept a ruling written against our people\" and called on Chile to withdraw its claim.");
  if (!d)
    return;
  e = ev_find(d, "02", "Ana Ruiz", "Chile");
  CU_ASSERT(e != NULL && e->place >= 0 && !strcmp(d->actors[e->place].label, "Cusco"));
  kg_doc_free(d);
  d = full_run("Relations were strained by Chilean raids on the Shining Path (SP) in southern Peru, which Bolivia "
               "condemned.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Bolivia", "Chile"));
  CU_ASSERT(!ev_with(d, "111", "Bolivia", "Peru"));
  kg_doc_free(d);
  d = full_run("Chile stopped pumping Peruvian gas through the pipeline. Bolivian military operations against "
               "rebels in Peru continued.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Chile", "Peru"));
  CU_ASSERT(ev_with(d, "19", "Bolivia", NULL));
  kg_doc_free(d);
}

/* round fourteen (heldout, c): "stood with Peru" is support (051), not
 * "with his hands" nor "standing by her remarks" */
static void test_round_fourteen_heldout_c(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chile condemned the bombing and said it stood with Peru. Mateo Salas stood with his hands in "
                       "his pockets. Ana Ruiz said she was standing by her remarks.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Chile", "Peru"));
  CU_ASSERT(!ev_with(d, "051", "Mateo Salas", NULL));
  CU_ASSERT(!ev_with(d, "051", "Ana Ruiz", NULL));
  kg_doc_free(d);
}

/* round fifteen (heldout2): a past verb joined to an infinitive is the
 * speaker's (not a verb whose past is its base, "put"); "it was V-ing"
 * told by a state is the state, not otherwise; an appeal for a thing
 * ("urged calm", "urged restraint") to no one named; a participle on an
 * object ("unions representing nurses to threaten") is no adverbial */
static void test_round_fifteen_heldout2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("President Tomas Berrios said on Friday that the country would not bow to pressure and accused "
                       "the opposition of lying. Germany said Poland would restrict imports and put a cap on prices.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Tomas Berrios", NULL));
  CU_ASSERT(!ev_with(d, "", "Germany", NULL));
  kg_doc_free(d);
  d = full_run("Norway said it was following the events closely and urged restraint. Canada urged calm on Sunday. "
               "Peru asked a question.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "02", "Norway", NULL));
  CU_ASSERT(ev_with(d, "02", "Canada", NULL));
  CU_ASSERT(!ev_with(d, "02", "Peru", NULL));
  kg_doc_free(d);
  d = full_run("Sweden lodged a complaint on Monday. A spokeswoman for the watchdog said it was examining the "
               "complaint. Spain confirmed it is reviewing the pension system, prompting unions representing nurses "
               "to threaten strikes.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "09", "Sweden", NULL));
  CU_ASSERT(!ev_with(d, "13", "Spain", NULL));
  kg_doc_free(d);
  /* oil, fuel or grain sent, shipped, delivered: economic cooperation; a square opening its name is a place */
  d = full_run("Venezuela shipped diesel to Nicaragua in May, and Algeria said it would send oil to Tunisia. "
               "The soldiers withdrew from Plaza Soriano after midnight.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "06", "Venezuela", "Nicaragua"));
  CU_ASSERT(ev_with(d, "03", "Algeria", "Tunisia"));
  CU_ASSERT(actor_type(d, "Plaza Soriano") == KG_ACT_PLACE || actor_type(d, "Plaza Soriano") == -1);
  kg_doc_free(d);
}

/* round fifteen (heldout2, b): a sentence parsed as one noun phrase
 * ("Dozens of workers marched ..."), a second clause taken for a noun
 * (", and police detained ..."), "Police" opening a sentence, no pattern
 * object across a comma before the verb, "in central Quito" a place */
static void test_round_fifteen_heldout2_b(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Dozens of workers, most of them opposition members, rallied in central Quito on Monday, and "
                       "police detained nine activists who had tried to enter the ministry.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "14", NULL, NULL);
  CU_ASSERT(e != NULL);
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Quito"));
  CU_ASSERT(!ev_find(d, "113", NULL, NULL));
  CU_ASSERT(ev_find(d, "17", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = full_run("Hundreds of farmers marched in Cusco. Police arrested four students on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "14", NULL, NULL) != NULL);
  CU_ASSERT(ev_find(d, "17", NULL, NULL) != NULL);
  kg_doc_free(d);
}

/* round fifteen (heldout3): a name opening the sentence with an apposition
 * between commas is the subject, not the apposition's bloc ("Ruritania, a
 * member of the EU, ..."); a verb taken for a part of the subject's name
 * ("President X, speaking ..., said"); a clause summed up by a noun after a
 * comma ("..., a move that X criticised": the clause's doer the target) */
static void test_round_fifteen_heldout3(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Hungary, a member of both the EU and NATO, has refused to send tanks to Ukraine. "
                       "Hungary, a member of the EU, condemned Russia on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "Hungary", "Ukraine"));
  CU_ASSERT(!ev_with(d, "12", "European Union", NULL));
  CU_ASSERT(ev_with(d, "11", "Hungary", "Russia"));
  CU_ASSERT(!ev_with(d, "11", "European Union", NULL));
  kg_doc_free(d);
  d = full_run("Poland expelled two Russian diplomats on Monday, a decision that the Kremlin condemned. "
               "Japan lifted its ban on fish imports, a step that China welcomed. "
               "President Emmanuel Macron, speaking to French ambassadors this month, said that the leaders had "
               "forgotten their debts, remarks that Chad condemned as insulting.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Russia", "Poland"));
  CU_ASSERT(ev_with(d, "05", "China", "Japan"));
  CU_ASSERT(ev_with(d, "11", "Chad", "Emmanuel Macron"));
  kg_doc_free(d);
}

/* round fifteen (heldout2, c): "X, the prime minister, said" with the
 * title parsed as the subject and the name hung elsewhere; "the attorney
 * general, X" is a state's official */
static void test_round_fifteen_heldout2_c(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Water Tests\n\nTOKYO, August 3, 2025 \xe2\x80\x94 Japan began the tests.\n\nSouth Korea said "
                       "it would test the water daily. Han Duck-soo, the prime minister, said the government would "
                       "publish the results.\n\nPeru said the court had ruled. The attorney general, Rosa Quispe, "
                       "said the mayor would be charged.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Han Duck-soo", "South Korea") ||
            has_rel(d, KG_REL_OFFICIAL, "Han Duck-soo", "South Korea"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Rosa Quispe", "Peru"));
  kg_doc_free(d);
  /* a bare title acting on the state of the sentence before through "it": no office of that state */
  d = full_run("Sanctions\n\nLIMA, June 3, 2025 \xe2\x80\x94 The talks ended.\n\nChile was put on the list in "
               "2001. President Tomas Vidalgo removed it from the list in 2015.\n");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Tomas Vidalgo", "Chile"));
  kg_doc_free(d);
}

/* round fifteen (heldout3, b): an agreement ended or torn up is a cut of
 * relations (160), not a signing; aid blocked is aid stopped (162); "said
 * that it was V-ing" binds "it" to the state saying it; "the French armed
 * forces minister, X" is an official's title, and one the dictionary
 * knows as a head is no head where the text names a minister */
static void test_round_fifteen_heldout3_b(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chad terminated its defence agreement with France. Ruritania tore up a security pact with "
                       "Australia in 1999. Hungary blocked an aid package for Ukraine.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Chad", "France"));
  CU_ASSERT(!ev_with(d, "057", "Chad", NULL));
  CU_ASSERT(ev_with(d, "16", NULL, "Australia"));
  CU_ASSERT(!ev_with(d, "18", NULL, "Australia"));
  CU_ASSERT(ev_with(d, "162", "Hungary", "Ukraine"));
  kg_doc_free(d);
  d = full_run("Senegal said on Monday that it was ending the accord with France. It was becoming clear that "
               "the talks would fail.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Senegal", "France"));
  kg_doc_free(d);
  d = full_run("The French armed forces minister, Sébastien Lecornu, said the troops would leave Chad.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Sébastien Lecornu", "France"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Sébastien Lecornu", "France"));
  kg_doc_free(d);
}

/* round sixteen (heldout): the spelling "Ecuadorian"; relations broken off
 * (161, not talks halted, 164); calling or describing a deed as a
 * violation or an aggression (111); the active subject of a verb is no
 * object of its patterns ("police forced their way": no "force police") */
static void test_round_sixteen_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Marta Vidal, the Ecuadorian trade minister, said exports had fallen.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Marta Vidal", "Ecuador"));
  kg_doc_free(d);
  d = full_run("Panama broke off diplomatic relations with Nicaragua on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "161", "Panama", "Nicaragua"));
  CU_ASSERT(!ev_with(d, "164", NULL, NULL));
  kg_doc_free(d);
  d = full_run("Iran broke off talks with the agency on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "164", "Iran", NULL));
  kg_doc_free(d);
  d = full_run("President Arce called the blockade \"a flagrant violation of the law of the sea\".");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Luis Arce", NULL));
  kg_doc_free(d);
  d = full_run("The government of Togo described the incursion as an act of aggression.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", NULL, NULL));
  kg_doc_free(d);
  d = full_run("Bolivian police forced their way into the building and seized the ballots.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "174", NULL, NULL));
  kg_doc_free(d);
}

/* round sixteen (heldout, b): an act under an obligation ("must still be
 * ratified") is Hedged unless coded as a demand; "two allies of X" are the
 * pair named last, each X's ally ("and the" in the pair); a visit's "with"
 * phrase is a companion, not the host */
static void test_round_sixteen_heldout_b(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chile and Peru signed a trade treaty. It must still be ratified by both parliaments.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "057", NULL, NULL);
  for (size_t k = 0; k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "057", 3) && d->events[k].sent == 1)
      e = &d->events[k];
  CU_ASSERT(e && e->sent == 1 && e->factuality == KG_FACT_HEDGED);
  kg_doc_free(d);
  d = full_run("Russia said Sudan must return the helicopter.");
  if (!d)
    return;
  e = ev_find(d, "10", "Russia", "Sudan");
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  d = full_run("Chile and the Philippines signed a fisheries accord that will open markets, uniting two close "
               "allies of Brazil.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Chile", "Brazil") || has_rel(d, KG_REL_ALLY, "Brazil", "Chile"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Philippines", "Brazil") || has_rel(d, KG_REL_ALLY, "Brazil", "Philippines"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Chile", "Philippines") && !has_rel(d, KG_REL_ALLY, "Philippines", "Chile"));
  kg_doc_free(d);
  d = full_run("Sergio Costa arrived in Lima on Monday with Trade Minister Laura Pinto.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Sergio Costa", "Peru"));
  CU_ASSERT(!ev_with(d, "042", NULL, "Laura Pinto"));
  kg_doc_free(d);
}

/* round sixteen (heldout, c): "the following day" is the day after the
 * last day told before (a year between passed); one sentence's two acts of
 * one code and sides on two dates are two events */
static void test_round_sixteen_heldout_c(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nLIMA, May 9, 2026 \xe2\x80\x94 Peru recalled its envoy on Monday. The envoy had served "
                       "since 2019. Chile expelled two Peruvian diplomats the following day.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "161", "Chile", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2026-05-05"));
  kg_doc_free(d);
  d = full_run("Title\n\nNAIROBI, July 2, 2024 \xe2\x80\x94 Uganda recalled its ambassador to Kenya on January 2, "
               "and in April it expelled Kenya's ambassador.\n");
  if (!d)
    return;
  int jan = 0, apr = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    jan |= !strcmp(d->events[k].cameo, "161") && !strcmp(d->events[k].date, "2024-01-02");
    apr |= !strcmp(d->events[k].cameo, "161") && !strcmp(d->events[k].date, "2024-04");
  }
  CU_ASSERT(jan && apr);
  kg_doc_free(d);
}

/* round eighteen (heldout2): a person's hyphenated "al-" family parts after
 * the tagger's span or after an honorific, beyond four words and over a
 * gazetteer place ("al-Sabah": Sabah is a Malaysian state) */
static void test_round_eighteen_heldout2_names(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nDOHA, May 9, 2026 \xe2\x80\x94 Interior Minister Sheikh Khalid Hamad al-Nuaimi "
                       "al-Sabah met the envoy on Monday. In a call with Oman's minister, Sheikh Fahd Sultan "
                       "al-Harthi al-Sabah, on Sunday, the envoy asked for help.\n");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Khalid Hamad al-Nuaimi al-Sabah") == KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Fahd Sultan al-Harthi al-Sabah") == KG_ACT_PERSON);
  CU_ASSERT(kg_test_actor(d, "Khalid Hamad") < 0);
  CU_ASSERT(kg_test_actor(d, "Fahd Sultan al-Harthi") < 0);
  CU_ASSERT(kg_test_actor(d, "Sabah") < 0);
  kg_doc_free(d);
  /* "Al Jazeera" after a name, or a part after a comma, is no part */
  d = full_run("The reporter Omar Said al-Hakim told Al Jazeera on Monday that talks had failed.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Omar Said al-Hakim") == KG_ACT_PERSON);
  CU_ASSERT(kg_test_actor(d, "Omar Said al-Hakim Al Jazeera") < 0);
  kg_doc_free(d);
  /* a title, then an honorific, then the name: the title is the name's */
  d = full_run("Title\n\nDOHA, May 9, 2026 \xe2\x80\x94 Oman recalled its envoy on Monday.\n\nForeign Minister "
               "Sheikh Fahd Nasser al-Mannai said later that Qatar would not accept \"any attempt to reopen the "
               "file\", adding that the border had been settled.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Fahd Nasser al-Mannai", "Qatar"));
  kg_doc_free(d);
}

/* round eighteen (heldout2): "the six-member bloc" (a size compound before
 * the description noun) is the bloc named before, the Gulf Cooperation
 * Council among the blocs by the dictionary's label; "In a statement issued
 * in Doha on Sunday, X said ...": the participle on the message noun dates
 * and places what is said; a participle on another noun keeps its own */
static void test_round_eighteen_heldout2_bloc(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nMANAMA, June 10, 2026 \xe2\x80\x94 Iran seized a Bahraini tanker on Friday. The Gulf "
                       "Cooperation Council backed Bahrain.\n\nIn a statement issued in Doha on Sunday, its "
                       "secretary-general said the six-member bloc urged Iran to release the ship.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "02", "Cooperation Council for the Arab States of the Gulf", "Iran");
  if (!e)
    e = ev_find(d, "10", "Cooperation Council for the Arab States of the Gulf", "Iran");
  CU_ASSERT(e != NULL);
  CU_ASSERT(e && !strcmp(e->date, "2026-06-07"));
  CU_ASSERT(e && e->place >= 0 && !strcmp(d->actors[e->place].label, "Doha"));
  kg_doc_free(d);
  /* a deal signed on a day keeps that day to itself */
  d = full_run("Title\n\nMANAMA, June 10, 2026 \xe2\x80\x94 Under a deal signed in Doha on Sunday, Bahrain "
               "expelled two Iranian diplomats.\n");
  if (!d)
    return;
  e = ev_find(d, "16", "Bahrain", "Iran");
  CU_ASSERT(e && strcmp(e->date, "2026-06-07"));
  kg_doc_free(d);
}

/* round eighteen (heldout2): "the junta" in a title's apposition is never
 * the state whose verb governs the apposition's name, through a passive
 * ("were not received by X, the junta's leader") and a pronoun subject of a
 * conjunct verb ("had hoped ..., but they were not received") */
static void test_round_eighteen_heldout2_junta(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nBAMAKO, May 9, 2026 \xe2\x80\x94 Mali ended its defence accord with Spain on "
                       "Friday.\n\nThe Spaniards had hoped to persuade the junta to hold elections, but they were not "
                       "received by General Issa Kone, the junta's leader, and flew home.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Issa Kone", "Mali"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Issa Kone", "Spain"));
  kg_doc_free(d);
}

/* round nineteen (heldout2): the states in free association with New
 * Zealand are states (gen_dictionaries.py); a holder named after a second
 * title ("Foreign Minister Prince X") whatever the verb; a complaint
 * withdrawn is no complaint; export curbs lifted, aid paused, remorse
 * expressed (the lexicon) */
static void test_round_nineteen_heldout2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nALOFI, May 9, 2026 \xe2\x80\x94 Niue signed a fisheries accord with Japan on "
                       "Friday. Chile agreed to talks after Saudi Foreign Minister Prince Nawaf bin Saad travelled "
                       "to Santiago.\n\nPeru withdrew its complaint against Chile at the WTO on Monday. Chile lifted "
                       "export controls on copper, and Bolivia paused aid to Peru. The Chilean envoy expressed "
                       "remorse for the remarks.\n");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Niue") == KG_ACT_COUNTRY);
  CU_ASSERT(ev_with(d, "057", "Niue", NULL));
  CU_ASSERT(actor_type(d, "Nawaf bin Saad") == KG_ACT_PERSON);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Nawaf bin Saad", "Saudi Arabia"));
  CU_ASSERT(kg_test_actor(d, "Saad") < 0);
  CU_ASSERT(ev_with(d, "080", "Peru", "Chile"));
  CU_ASSERT(!ev_with(d, "114", "Peru", NULL));
  CU_ASSERT(ev_with(d, "085", "Chile", NULL));
  CU_ASSERT(ev_with(d, "162", "Bolivia", "Peru"));
  CU_ASSERT(ev_with(d, "055", NULL, NULL));
  kg_doc_free(d);
  /* a leader's allies in apposition to a list of states are his state's;
   * the purpose of an act still to come is not asserted */
  d = full_run("Title\n\nCARACAS, May 9, 2026 \xe2\x80\x94 Venezuelan President Nicolas Maduro spoke on Friday. "
               "Cuba and Nicaragua, Maduro's closest allies, sent envoys.\n\nPeruvian officials will travel to "
               "Quito next month to sign the trade pact.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Cuba", "Venezuela") || has_rel(d, KG_REL_ALLY, "Venezuela", "Cuba"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Nicaragua", "Venezuela") || has_rel(d, KG_REL_ALLY, "Venezuela", "Nicaragua"));
  const kg_event *e = ev_find(d, "057", NULL, NULL);
  CU_ASSERT(e && e->factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* round twenty (heldout): "summoned X's ambassador and handed him a note of
 * protest" (the noun's act is the summoner's, aimed at the envoy's state);
 * "sworn in as Y's interim prime minister" (the possessor's office); "the
 * Polish Foreign Ministry's spokesman, X" (the body before a possessive) */
static void test_round_twenty_heldout(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nOSLO, May 9, 2026 \xe2\x80\x94 Norway summoned Chile's ambassador on Monday and "
                       "handed him a note of protest.\n\nAnna Berg was sworn in as Sweden's interim prime minister "
                       "on Friday. Lars Holm was sworn in as Latvia's president.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "114", "Norway", "Chile"));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Anna Berg", "Sweden"));
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Lars Holm", "Latvia"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Anna Berg", "Norway"));
  kg_doc_free(d);
  /* "the Polish Foreign Ministry's spokesman, X" in a second clause; a
   * state's possessive before the body's ("China's Foreign Ministry's") */
  d = full_run("Title\n\nOSLO, May 9, 2026 \xe2\x80\x94 Norway protested, and the Polish Foreign Ministry's "
               "spokesman, Pawel Wronski, criticised Norway. Chile's Foreign Ministry's spokesman, Jorge Vidal, "
               "criticised Peru.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Pawel Wronski", "Poland"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Pawel Wronski", "Norway"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Jorge Vidal", "Chile"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Jorge Vidal", "Peru"));
  kg_doc_free(d);
}

/* Held-out round twenty-two (heldout): the states that founded an organisation are its members: "A, B and C
 * founded the Y", "the Y, which A and B created", "A and B signed ... and formed the Y"; not when the founding is
 * negated or only an aim. */
/* lead, twenty-seventh session: a past verb read as a noun after its subject
 * before a coordinated past verb or an object (tagfix.c, 4); a past verb
 * coordinated with a reduced relative goes to the verb of its tense
 * (treeverb.c); a zero relative on an act noun sums up the clause before
 * ("a move X condemned": its doer the target; evsubtree.c) */
/* round thirty (lead): a quoted predicate of "call", a declined comment, a
 * visit placed by the dateline, a company in apposition opening a sentence,
 * leaders signing a mutual defence treaty, a second name met after an
 * apposition */
static void test_round_thirty_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Vietnam summoned the envoy over remarks by a Ukrainian official who had called the visit "
                       "\"shameful\".");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Ukraine", NULL));
  kg_doc_free(d);
  d = full_run("The State Department said it would not comment on whether Vietnam could face sanctions.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "011", "United States", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(!ev_find(d, "010", "United States", NULL));
  kg_doc_free(d);
  d = full_run("HANOI, Vietnam, June 20, 2024 - Russian President Vladimir Putin signed a dozen agreements on "
               "Thursday, wrapping up a two-day state visit.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Vladimir Putin", "Vietnam"));
  kg_doc_free(d);
  d = full_run("HANOI, Vietnam, June 20, 2024 - Vietnamese President To Lam wrapped up a two-day state visit.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "042", "To Lam", "Vietnam"));   /* (his own state) */
  kg_doc_free(d);
  d = full_run("Rosatom, Russia's state nuclear company, will build the plant.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Rosatom") == KG_ACT_ORG);
  kg_doc_free(d);
  d = full_run("Putin left Russia for North Korea on Tuesday. In Pyongyang on Wednesday he and Kim Jong Un signed "
               "a mutual defence treaty.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "North Korea", "Russia") || has_rel(d, KG_REL_ALLY, "Russia", "North Korea"));
  kg_doc_free(d);
  d = full_run("Putin also met Nguyen Phu Trong, the general secretary of the ruling Communist Party, and Prime "
               "Minister Pham Minh Chinh, who invited Russian companies to bid for offshore projects.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Vladimir Putin", "Ph\xe1\xba\xa1m Minh Ch\xc3\xadnh"));   /* (dictionary label) */
  CU_ASSERT(ev_with(d, "04", "Vladimir Putin", "Nguyen Phu Trong"));
  kg_doc_free(d);
  d = full_run("Indonesia's foreign minister, Sugiono, met Sergey Lavrov in Moscow on Tuesday.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Sugiono") == KG_ACT_PERSON);
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Sugiono", "Indonesia"));
  kg_doc_free(d);
  d = full_run("Peru summoned Chile's ambassador and handed him a note condemning the raid.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Peru", "Chile"));
  kg_doc_free(d);
  d = full_run("Peru's foreign ministry handed Chile's ambassador a note condemning the raid.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Peru", "Chile"));
  kg_doc_free(d);
  d = full_run("Mauritanian police detained hundreds of West Africans in raids in the capital in March and "
               "deported many of them to the border.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Mauritania", NULL));
  kg_doc_free(d);
  d = full_run("Israeli jets struck targets in Lebanon on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Israel", "Lebanon"));
  kg_doc_free(d);
}

/* round thirty (plover): a passive's recipient ("was handed over to X by
 * Y") and the phrase of a hostile act's passive subject ("an arms embargo
 * on X was imposed by Y") */
static void test_round_thirty_plover(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Two tonnes of medicine were handed over to Chile by Peru on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "0", "Peru", "Chile"));
  kg_doc_free(d);
  d = full_run("Assistance worth ten million dollars was given to Bolivia by Chile.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "07", "Chile", "Bolivia"));
  kg_doc_free(d);
  /* (a hostile act's passive subject phrase, as the active's object: not a
   * meeting's topic) */
  d = full_run("An arms embargo on Bolivia was imposed by Chile on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Chile", "Bolivia"));
  kg_doc_free(d);
  d = full_run("Tuesday's meeting on Bolivian reform is being hosted by Chile.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "04", "Chile", "Bolivia"));
  kg_doc_free(d);
}

/* An event of code prefix `prefix` whose target is the unnamed group of
 * the noun `form` and no actor. */
static int ev_group_target(const kg_doc *d, const char *prefix, const char *form)
{
  for (size_t i = 0; i < d->nevents; i++) {
    const kg_event *e = &d->events[i];
    if (!strncmp(e->cameo, prefix, strlen(prefix)) && e->target < 0 && e->target_noun >= 0 &&
        !strcmp(d->tokens[e->target_noun].form, form))
      return 1;
  }
  return 0;
}

/* plover, thirty-first session: violence between unnamed groups strikes
 * no place; coercion of persons no sector noun names ("a man") is done to
 * them, not to the city it happens in */
static void test_round_thirtyone_plover(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Soldiers killed twelve civilians in the town of Gao on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_group_target(d, "18", "civilians"));
  kg_doc_free(d);
  d = full_run("Chilean police arrested a man in Lima on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_group_target(d, "17", "man"));
  CU_ASSERT(!ev_with(d, "17", "Chile", "Peru"));
  kg_doc_free(d);
  /* an unnamed group's protest told by a noun under a light verb is aimed
   * at whom its purpose names, as the verb's is */
  d = full_run("Fundamentalists continued their hunger strike to demand the release of prisoners held by Peru.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "14", NULL, "Peru"));
  kg_doc_free(d);
  /* a clause's subject named by its state as a sector noun's modifier is
   * that state's sector, a domestic target */
  d = full_run("Opposition parties in Chile demanded on Saturday that the Chilean government restore the old "
               "limit on presidential terms.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "10", "Chile", "Chile"));
  kg_doc_free(d);
  /* an NER span opening with "The" whose other words are a state's name */
  d = full_run("The Netherlands accused Chile on Tuesday of spying on its navy.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Netherlands", "Chile"));
  kg_doc_free(d);
  /* force on unarmed persons or by irregulars is an assault (18), not
   * conventional military force (19); a fight between armed sides stays */
  d = full_run("Gunmen opened fire on the car of a senior judge in the Chilean city of Arica on Thursday.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "18", NULL, NULL) != NULL);
  CU_ASSERT(ev_find(d, "19", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = full_run("Peruvian soldiers shot dead two farmers at a roadblock on Sunday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "18", "Peru", NULL));
  kg_doc_free(d);
  d = full_run("Peruvian troops attacked Chilean soldiers near the border on Sunday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Peru", "Chile"));
  kg_doc_free(d);
}

/* plover, thirty-second session: a people's leaders named by its adjective
 * are a group that demands; a reduced relative on a released object read as a
 * clause; crowds that took to the streets; prisoners handed over */
static void test_round_thirtytwo_plover(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Kurdish leaders demanded an apology from Chile.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "10", NULL, "Chile"));
  kg_doc_free(d);
  d = full_run("The president said that African leaders had forgotten to thank Chile.");   /* a continent's */
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "05", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = full_run("Military chiefs are expected to meet to make a decision.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "04", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = full_run("Chile released four Peruvian soldiers captured near the border.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "08", "Chile", "Peru"));
  kg_doc_free(d);
  d = full_run("Bolivian miners took to the streets of La Paz to demand higher wages.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "14", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = full_run("Chile handed over two Peruvian prisoners to Peru on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "08", "Chile", "Peru"));
  kg_doc_free(d);
  /* a demand told as a protest's purpose is the protest's aim: the protest
   * takes the demand's target; told after a noun protest, no event of its own */
  d = full_run("Chilean teachers marched to the embassy to demand that Peru release the prisoners.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "14", "Chile", "Peru"));
  kg_doc_free(d);
  d = full_run("Bolivian miners began a hunger strike outside parliament to demand the return of their land.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "142", NULL, NULL) != NULL);
  CU_ASSERT(ev_find(d, "10", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* jihadists are an armed group: their attack on a village is an assault */
  d = full_run("Suspected jihadists attacked a village in northern Chile.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "18", NULL, NULL) != NULL);
  CU_ASSERT(ev_find(d, "19", NULL, NULL) == NULL);
  kg_doc_free(d);
  /* an extradition is aimed at the state that receives the person */
  d = full_run("Chile extradited a former Bolivian minister to Peru on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "063", "Chile", "Peru"));
  CU_ASSERT(!ev_with(d, "063", "Chile", "Bolivia"));
  kg_doc_free(d);
}

/* plover round thirty-three: "the government" with no state salient is the
 * story's one state named before (also only as a place); a place attacked
 * as a passive subject is done to whom its phrase names (militiamen on
 * refugees: an assault, 18); a peace force's arrival is peacekeeping;
 * "decided to allow candidate X to" a permission */
static void test_round_thirtythree_plover(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Fuel prices in northern Chile have tripled since January. The government accused Bolivian "
                       "rebels of blocking the roads.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Chile", "Bolivia"));
  kg_doc_free(d);
  d = full_run("Protests spread across Bolivia on Friday. The regime arrested dozens of students.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Bolivia", NULL));
  kg_doc_free(d);
  d = full_run("A camp for Peruvian refugees was attacked by Bolivian militiamen.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "18", "Bolivia", "Peru"));
  kg_doc_free(d);
  d = full_run("Kharkiv was shelled by Russian forces overnight.");   /* (a town named: its state) */
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Russia", "Ukraine"));
  kg_doc_free(d);
  d = full_run("Hundreds of UN peacekeepers arrived in Chile on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "074", NULL, "Chile") != NULL);
  CU_ASSERT(ev_find(d, "042", NULL, NULL) == NULL);
  kg_doc_free(d);
  d = full_run("Bolivian troops arrived in Chile on Monday.");   /* (no peace force: a visit) */
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Bolivia", "Chile"));
  kg_doc_free(d);
  d = full_run("The Chilean Supreme Court decided to allow candidate Jose Perez to stand in the election.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "08", "Chile", NULL));
  kg_doc_free(d);
  /* a vow to fight with no object is a threat of force; a group whose
   * modifier is an unknown place's name is still the group */
  d = full_run("Ethnic Albanians have sworn to fight until they gain control of villages near Chile's border with Peru.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "138", NULL, NULL) != NULL);
  kg_doc_free(d);
  d = full_run("A group of Chenchen refugees are continuing a hunger strike.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "142", NULL, NULL);
  CU_ASSERT(e != NULL && e->agent_noun >= 0);
  kg_doc_free(d);
  /* a resignation is done to no one its purpose names */
  d = full_run("Chile's defence minister resigned on Friday to allow Peru's inquiry to go ahead.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "0831", NULL, NULL) != NULL);
  CU_ASSERT(ev_find(d, "0831", NULL, "Peru") == NULL);
  kg_doc_free(d);
}

static void test_round_twentyseven_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Peru recalled its envoy on Friday, two days after the Bolivian navy boarded and seized a "
                       "Peruvian fishing boat on the lake.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Bolivia", "Peru"));
  CU_ASSERT(!ev_with(d, "17", "Peru", NULL));
  kg_doc_free(d);
  d = full_run("The Kenyan coast guard boarded the tanker near the port on Sunday.");
  if (!d)
    return;
  int32_t v = -1;
  for (size_t k = 0; k < d->ntokens; k++)
    if (d->tokens[k].end - d->tokens[k].start == 7 && !strncmp(d->tokens[k].form, "boarded", 7))
      v = (int32_t)k;
  CU_ASSERT(v >= 0 && d->tokens[v].upos == KG_UPOS_VERB);
  kg_doc_free(d);
  {                                       /* a noun in "-ed" with no regular past in it stays a noun */
    kg_world *w = kg_test_world();
    kg_doc *e = w && w->tagger ? kg_doc_new("The old river seabed the engineers found was dry.", 49, "t") : NULL;
    if (e && kg_tagger_run(w->tagger, e) == KG_OK) {
      for (size_t k = 0; k < e->ntokens; k++)
        if (e->tokens[k].end - e->tokens[k].start == 6 && !strncmp(e->tokens[k].form, "seabed", 6)) {
          e->tokens[k].upos = KG_UPOS_NOUN;   /* (forced: the tagger's own reading varies) */
          e->tokens[k].xpos = "NN";
          CU_ASSERT(kg_tagfix_run(w->tagger, NULL, e) == KG_OK);
          CU_ASSERT(e->tokens[k].upos == KG_UPOS_NOUN);
        }
    }
    kg_doc_free(e);
  }
  d = full_run("Foreign Minister Ana Torres said the convoy had been travelling on a road agreed by both armies "
               "last year and accused Ecuador of blocking it.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Ana Torres", "Ecuador"));
  kg_doc_free(d);
  d = full_run("In 2020 Ghana closed its border with Togo, a step Nigeria criticised as an attack on regional trade.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Nigeria", "Ghana"));
  kg_doc_free(d);
  d = full_run("Ghana closed its border with Togo, a step that Nigeria criticised.");    /* (as before) */
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Nigeria", "Ghana"));
  kg_doc_free(d);
  d = full_run("Ghana closed its border with Togo, a step Nigeria took a year later.");  /* an object of its own */
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "11", "Nigeria", "Ghana"));
  kg_doc_free(d);
  /* a ditransitive's first object is the recipient of a noun act in its second ("handed X a note of protest",
   * evwindow.c); one object only: no recipient */
  d = full_run("Ecuador handed Peru a formal note of protest on Tuesday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Ecuador", "Peru"));
  kg_doc_free(d);
  d = full_run("Ecuador handed a formal note of protest to the press on Tuesday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Ecuador", NULL) && !ev_with(d, "11", "Ecuador", "Peru"));
  kg_doc_free(d);
  d = full_run("Quito summoned the Peruvian ambassador on Monday and handed him a note of protest, the Ecuadorian "
               "Foreign Ministry said.");                       /* a pronoun: the told recipient's rules */
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Ecuador", "Peru"));
  kg_doc_free(d);
  /* a titled person with no state, subject of what a state's body tells, is that state's official (relbody.c);
   * a person whose own state is named is not */
  d = full_run("Peru closed the crossing on Monday. Bolivia's Foreign Ministry said Deputy Foreign Minister Elena Quispe "
               "had met the Peruvian envoy, and that Peruvian Trade Minister Jorge Salas would visit La Paz.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Elena Quispe", "Bolivia"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Jorge Salas", "Bolivia"));
  kg_doc_free(d);
}

static void test_round_twentytwo_heldout_founders(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Bolivia, Colombia, Ecuador and Peru founded the Andean Community in 1969.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Bolivia", "Andean Community") &&
            has_rel(d, KG_REL_MEMBER, "Peru", "Andean Community"));
  kg_doc_free(d);
  d = full_run("The Andean Community, which Colombia and Ecuador created after long talks, meets in Lima.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Colombia", "Andean Community") &&
            has_rel(d, KG_REL_MEMBER, "Ecuador", "Andean Community"));
  kg_doc_free(d);
  d = full_run("Peru and Bolivia signed a trade treaty in 1968 and formed the Andean Community a year later.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Peru", "Andean Community") &&
            has_rel(d, KG_REL_MEMBER, "Bolivia", "Andean Community"));
  kg_doc_free(d);
  d = full_run("Chile has never formed the Andean Community with anyone.");
  CU_ASSERT(d && kg_test_actor(d, "Chile") >= 0 && !has_rel(d, KG_REL_MEMBER, "Chile", "Andean Community"));
  kg_doc_free(d);
  d = full_run("Chile wanted to create the Andean Community.");
  CU_ASSERT(d && kg_test_actor(d, "Chile") >= 0 && !has_rel(d, KG_REL_MEMBER, "Chile", "Andean Community"));
  kg_doc_free(d);
}

/* round twenty-one (heldout): what one avoids, refrains from or comes close
 * to doing is not done ("has avoided criticising Washington", "came close to
 * clashing in 2020"); the same act told with no such verb stays asserted */
static void test_round_twentyone_heldout_avoid(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Japan has avoided criticising China in public. Chile refrained from condemning Peru on Friday. "
                       "Ghana came close to attacking Togo in 2019. Bolivia condemned Chile.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "11", "Japan", "China");
  CU_ASSERT(e == NULL || e->factuality == KG_FACT_NEGATED);
  e = ev_find(d, "11", "Chile", "Peru");
  CU_ASSERT(e == NULL || e->factuality == KG_FACT_NEGATED);
  e = ev_find(d, "19", "Ghana", "Togo");
  CU_ASSERT(e == NULL || e->factuality == KG_FACT_NEGATED);
  CU_ASSERT(ev_find(d, "11", "Japan", "China") != NULL || ev_find(d, "19", "Ghana", "Togo") != NULL);
  e = ev_find(d, "11", "Bolivia", "Chile");                  /* no cue: told as done */
  CU_ASSERT(e != NULL && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* round twenty-one (heldout): "In May 2024, ..., and in June ...": the bare
 * month takes the year of the month told before it in its sentence; not a
 * month earlier in the year, nor one that would fall after the story */
static void test_round_twentyone_heldout_month_year(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nACCRA, March 12, 2026 \xe2\x80\x94 In May 2024, Ghana expelled two Togolese "
                       "diplomats, and in June Togo expelled Ghana's ambassador. In November 2023, Mali recalled its "
                       "envoy from Niger, and in February Niger recalled its envoy from Mali.\n");
  if (!d)
    return;
  int may = 0, june = 0, febwrong = 0, feb = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    may |= !strcmp(d->events[k].date, "2024-05");
    june |= !strcmp(d->events[k].date, "2024-06");
    febwrong |= !strcmp(d->events[k].date, "2023-02");       /* February is before November: no year taken */
    feb |= strlen(d->events[k].date) == 7 && !strcmp(d->events[k].date + 4, "-02");
  }
  CU_ASSERT(may && june && !febwrong && feb);
  kg_doc_free(d);
  d = full_run("Title\n\nACCRA, March 12, 2026 \xe2\x80\x94 In January 2026, Ghana expelled two Togolese "
               "diplomats, and in June Togo expelled Ghana's ambassador.\n");
  if (!d)
    return;
  int jan = 0, after = 0;                                     /* June 2026 would be after the story */
  for (size_t k = 0; k < d->nevents; k++) {
    jan |= !strcmp(d->events[k].date, "2026-01");
    after |= !strcmp(d->events[k].date, "2026-06");
  }
  CU_ASSERT(jan && !after);
  kg_doc_free(d);
}

/* round eighteen (heldout2): "the delegation" is the state whose delegation
 * was named before ("A Spanish delegation ... accused the delegation of
 * arrogance", with "of" and no name after it); "the delegation of Chile"
 * is Chile's */
static void test_round_eighteen_heldout2_delegation(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nBAMAKO, May 9, 2026 \xe2\x80\x94 A Spanish delegation led by Ana Ruiz spent two "
                       "days in Bamako last week.\n\nOn Friday, Mali accused the delegation of arrogance. The "
                       "delegation of Chile walked out of the talks.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Mali", "Spain"));
  CU_ASSERT(!ev_with(d, "16", "Spain", NULL));
  kg_doc_free(d);
}

/* round eighteen (heldout2): the heads of a state's delegation titled in
 * apposition after the name, a second head joined by "and (including)",
 * and "The delegation, led by ..." after the state's delegation was named;
 * an untitled head serves no one */
static void test_round_eighteen_heldout2_delegation_heads(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nLIMA, May 9, 2026 \xe2\x80\x94 A Chilean delegation led by Ana Ruiz, the deputy "
                       "foreign minister, and including General Jorge Vera, spent two days in Lima. A Spanish "
                       "delegation arrived in Rabat on Monday.\n\nThe delegation, led by Luis Rojas, the founder of "
                       "a think tank, and Marta Gil, the deputy foreign minister, met officials.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Jorge Vera", "Chile"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Marta Gil", "Spain"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Luis Rojas", "Spain"));
  kg_doc_free(d);
}

/* round eighteen (heldout2): "X, the minister for international development
 * and the Pacific, flew": a title's portfolio phrase before the closing
 * comma, the state the subject of the sentence before; "his Solomons
 * counterpart" (the short name of the Solomon Islands); a name before
 * "waterway" or "channel" is a place */
static void test_round_eighteen_heldout2_portfolio(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nSUVA, May 9, 2026 \xe2\x80\x94 Fiji signed a fishing pact with Tonga.\n\nNew "
                       "Zealand had tried to stop the deal. Ana Ruiz, the minister for trade and the Pacific, flew "
                       "to Suva last week. Her Solomons counterpart, Tom Kera, sailed up the Abdul Karim channel.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "New Zealand"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Tom Kera", "Solomon Islands"));
  CU_ASSERT(actor_type(d, "Abdul Karim") != KG_ACT_PERSON);
  kg_doc_free(d);
  /* "the president of Jubaland": an "of" phrase with a name is what the
   * title heads, no portfolio; no state guessed */
  d = full_run("Title\n\nSUVA, May 9, 2026 \xe2\x80\x94 Tonga hosted talks on Monday. Ana Perez, the president of "
               "Jubaland, signed the accord.\n");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Ana Perez", "Tonga") && !has_rel(d, KG_REL_OFFICIAL, "Ana Perez", "Tonga"));
  kg_doc_free(d);
}

/* round eighteen (heldout2): "Secretary-General X said" (the title split at
 * its hyphen, before the name) after a sentence whose subject is an
 * organisation: that organisation's official; not after a state's */
static void test_round_eighteen_heldout2_org_title(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Title\n\nMANAMA, June 10, 2026 \xe2\x80\x94 Iran seized a tanker on Friday.\n\nThe African Union "
                       "backed Bahrain. In a statement on Sunday, Secretary-General Omar Sabri said the seizure was "
                       "illegal.\n\nQatar backed Bahrain. Secretary-General Ali Nasser said the move was wrong.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Omar Sabri", "African Union"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ali Nasser", "Qatar"));
  kg_doc_free(d);
}

/* Session twenty-seven (xfail): names whose capitals lie outside ASCII are
 * names ("Šárka Vondráček"); the text's spelling of a name the dictionary
 * wrote without marks is the label ("Løkke" for "Lokke"); "X, the head of
 * the junta" and "The junta, led by P" lead the state the junta stands for
 * (not "the army, led by General P"); "ambassador X" and "the ambassador,
 * X," after one state's unnamed ambassador; "P's party, X," (membership). */
static void test_xfail27_names(void)
{
  NEED_DICT();
  kg_token t = { 0 };
  t.form = "\xC5\xA0\xC3\xA1rka";   /* Šárka */
  CU_ASSERT(kg_tok_is_cap(&t));
  t.form = "\xC5\xA1\xC3\xA1rka";   /* šárka */
  CU_ASSERT(!kg_tok_is_cap(&t));
  t.form = "\xC5\x81\xC3\xB3" "d\xC5\xBA";   /* Łódź */
  CU_ASSERT(kg_tok_is_cap(&t));
  t.form = "\xC3\x97";                /* × is no letter */
  CU_ASSERT(!kg_tok_is_cap(&t));
  kg_doc *d = full_run("\xC5\xA0\xC3\xA1rka Vondr\xC3\xA1\xC4\x8D" "ek met Wang Wentao in Brussels on Monday.");
  CU_ASSERT(d && actor_type(d, "\xC5\xA0\xC3\xA1rka Vondr\xC3\xA1\xC4\x8D" "ek") == KG_ACT_PERSON);
  kg_doc_free(d);
  d = full_run("Danish Foreign Minister Lars L\xC3\xB8kke Rasmussen met the Swedish envoy on Monday.");
  CU_ASSERT(d && kg_test_actor(d, "Lars L\xC3\xB8kke Rasmussen") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "Lars Lokke Rasmussen") < 0);
  kg_doc_free(d);
  d = full_run("Danish Foreign Minister Lars Lokke Rasmussen met the Swedish envoy on Monday.");   /* unchanged */
  CU_ASSERT(d && kg_test_actor(d, "Lars Lokke Rasmussen") >= 0);
  kg_doc_free(d);
}

/* xfail 30: a demonym opening a body's own name ("the Russian Orthodox
 * Church", "the Welsh Liberal People's Party") is that name's, not cut off;
 * a state's organ ("Army", "Ministry") keeps the demonym apart; the
 * Serbo-Croatian "Đ" read "Dj" links a name to the dictionary's spelling;
 * a dictionary person's name opening a longer one is the longer one's;
 * "the two NATO allies" are the pair named before */
static void test_round_thirty_xfail(void)
{
  NEED_DICT();
  kg_doc *d = full_run("A new law angered the Russian Orthodox Church, which says it was designed to seize its "
                       "land. The Welsh Liberal People's Party said it would not join the coalition.");
  CU_ASSERT(d && actor_type(d, "Russian Orthodox Church") == KG_ACT_ORG);
  CU_ASSERT(d && kg_test_actor(d, "Orthodox Church") < 0);
  CU_ASSERT(d && actor_type(d, "Welsh Liberal People's Party") == KG_ACT_ORG);
  kg_doc_free(d);
  d = full_run("The Afghan National Army said on Monday it had killed ten militants near Kandahar.");
  CU_ASSERT(d && kg_test_actor(d, "Afghan National Army") < 0);
  kg_doc_free(d);
  d = full_run("Serbian Prime Minister Zoran Djindjic met the European envoy in Belgrade on Monday. Djindjic said "
               "talks would resume.");
  CU_ASSERT(d && kg_test_actor(d, "Zoran \xC4\x90in\xC4\x91i\xC4\x87") >= 0);
  CU_ASSERT(d && kg_test_actor(d, "Zoran Djindjic") < 0);
  kg_doc_free(d);
  /* a dictionary person's whole name ("Abdul Hamid") opening a longer one */
  d = full_run("Prime Minister Abdul Hamid Karami met the French envoy in Beirut on Monday.");
  CU_ASSERT(d && actor_type(d, "Abdul Hamid Karami") == KG_ACT_PERSON);
  CU_ASSERT(d && kg_test_actor(d, "Abdul Hamid") < 0);
  kg_doc_free(d);
  /* "the two NATO allies", "the two U.S. allies": the pair named before */
  d = full_run("Spain and Portugal signed a fisheries accord on Monday, a sign of warmer ties between the two NATO "
               "allies.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Spain", "North Atlantic Treaty Organisation"));
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Portugal", "North Atlantic Treaty Organisation"));
  kg_doc_free(d);
  d = full_run("Thailand and the Philippines signed a trade accord on Monday. Relations between the two U.S. allies "
               "had been cool for years.");
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "Thailand", "United States"));
  CU_ASSERT(d && has_rel(d, KG_REL_ALLY, "United States", "Philippines"));
  kg_doc_free(d);
}

static void test_xfail27_titles(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Chad nationalised the mine on Friday. The decree, signed by General Omar Talbeki, the head "
                       "of the junta, gives the state control of the site.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Omar Talbeki", "Chad"));
  kg_doc_free(d);
  d = full_run("Chad's foreign minister called the charges false. The junta, led by Colonel Omar Talbeki since a "
               "coup in 2024, has accused Niger of sheltering rebels.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Omar Talbeki", "Chad"));
  kg_doc_free(d);
  d = full_run("Chad's foreign minister called the charges false. The army, led by Colonel Omar Talbeki, has "
               "accused Niger of sheltering rebels.");
  CU_ASSERT(d && !has_rel(d, KG_REL_LEADER, "Omar Talbeki", "Chad"));
  kg_doc_free(d);
  d = full_run("Peru summoned the Chilean ambassador on Monday over the fishing dispute. Two days later the ministry "
               "handed ambassador Arkady Velmorov a note of protest.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Chile"));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Peru"));
  kg_doc_free(d);
  d = full_run("Peru summoned the Chilean ambassador on Monday. Chile expelled Peru's ambassador on Tuesday. The "
               "ministry later handed former ambassador Arkady Velmorov a note of protest.");
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Arkady Velmorov", "Chile"));
  kg_doc_free(d);
  /* "the junta" is not the state its own verb acts on */
  d = full_run("Niger expelled two Chadian diplomats on Monday. Chad's foreign minister, Omar Talbeki, called the "
               "accusations a fabrication and said Niamey was being used by foreign powers. The junta, led by Colonel "
               "Idriss Kamougue since a coup in 2022, has repeatedly accused Niger of harbouring its opponents.");
  CU_ASSERT(d && ev_find(d, "112", "Chad", "Niger"));
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Idriss Kamougue", "Chad"));
  CU_ASSERT(d && !has_rel(d, KG_REL_LEADER, "Idriss Kamougue", "Niger"));
  kg_doc_free(d);
  /* "P, who leads X", "P heads X": the organisation's leader; not "leads X to ..." */
  d = full_run("Tomas Brelli, who leads the Green Renewal Movement, rejected the result on Sunday.");
  CU_ASSERT(d && has_rel(d, KG_REL_LEADER, "Tomas Brelli", "Green Renewal Movement"));
  kg_doc_free(d);
  d = full_run("Tomas Brelli, who leads the Green Renewal Movement to the polls next month, rejected the result.");
  CU_ASSERT(d && !has_rel(d, KG_REL_LEADER, "Tomas Brelli", "Green Renewal Movement"));
  kg_doc_free(d);
  /* "the junta" after "Chad's junta": that state, not the one named last */
  d = full_run("Chad's junta expelled two French diplomats on Monday. Thailand's foreign minister, Somchai Ruang, "
               "urged calm. The junta's spokesman, Colonel Idriss Kamougue, rejected the criticism on Tuesday.");
  CU_ASSERT(d && has_rel(d, KG_REL_OFFICIAL, "Idriss Kamougue", "Chad"));
  CU_ASSERT(d && !has_rel(d, KG_REL_OFFICIAL, "Idriss Kamougue", "Thailand"));
  kg_doc_free(d);
  d = full_run("Tomas Brelli's party, the Green Renewal Movement, won the election on Sunday.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Tomas Brelli", "Green Renewal Movement"));
  kg_doc_free(d);
  d = full_run("Tomas Brelli's Green Renewal Front won the vote, and his rivals in the Green Renewal League conceded.");
  CU_ASSERT(d && has_rel(d, KG_REL_MEMBER, "Tomas Brelli", "Green Renewal Front"));
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Tomas Brelli", "Green Renewal League"));
  kg_doc_free(d);
  d = full_run("Tomas Brelli's party won the election, and a rival, the Green Renewal Movement, came second.");
  CU_ASSERT(d && !has_rel(d, KG_REL_MEMBER, "Tomas Brelli", "Green Renewal Movement"));
  kg_doc_free(d);
}

/* round thirty-one (lead): a caution told by a that-clause is a pessimistic
 * comment (012), not a threat; the bare warning stays 130. */
/* Is there an actor of document d with label l? */
static int find_actor(const kg_doc *d, const char *l)
{
  for (size_t k = 0; k < d->nactors; k++)
    if (d->actors[k].label && !strcmp(d->actors[k].label, l))
      return 1;
  return 0;
}

/* Thirty-second session, lead: the act a reaction reacts to told as its passive subject or as the subject of a
 * verb of drawing the reaction */
static void test_round_thirtytwo_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Ecuador's navy seized a Peruvian fishing boat near the maritime border on Monday. The incident "
                       "was condemned by Chile.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Chile", "Ecuador"));
  kg_doc_free(d);
  d = full_run("Ghana's foreign minister visited Togo on Friday. The visit drew sharp criticism from Burkina Faso.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Burkina Faso", "Ghana"));
  kg_doc_free(d);
  /* an incident is a use or show of force, not the sale told last */
  d = full_run("Turkey sold armed drones to Niger last year. The incident was condemned by Ghana.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "11", "Ghana", "Turkey"));
  kg_doc_free(d);
  /* a capitalised title the tagger takes for a name acts for the state of its "of" phrase */
  d = full_run("The Prime Minister of India met the President of Sri Lanka in Colombo on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "India", "Sri Lanka"));
  kg_doc_free(d);
  /* a title "of" a state read as one name is the title and the state */
  d = full_run("The Sultan of Oman received the Iranian foreign minister in Muscat on Sunday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Oman", NULL));
  CU_ASSERT(!find_actor(d, "Sultan of Oman"));
  kg_doc_free(d);
  d = full_run("The Emir of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, visited Egypt on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", NULL, "Egypt"));
  CU_ASSERT(!find_actor(d, "Emir of Kuwait"));
  kg_doc_free(d);
  /* the one who feels a verb of feeling's disapproval is its agent, the cause its target */
  d = full_run("Chile angered Bolivia by closing the border crossing.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Bolivia", "Chile"));
  CU_ASSERT(!ev_with(d, "11", "Chile", "Bolivia"));
  kg_doc_free(d);
  d = full_run("Norway said it was appalled by Hungary's veto of the aid package.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Norway", "Hungary"));
  kg_doc_free(d);
  d = full_run("The latest trade figures were disappointing, analysts said.");
  if (!d)
    return;
  CU_ASSERT(!ev_find(d, "11", NULL, NULL));
  kg_doc_free(d);
  /* what a vetoed or blocked text would have said was never said */
  d = full_run("China vetoed a Security Council resolution demanding a ceasefire in Myanmar on Friday.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "10", NULL, NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_NEGATED);
  kg_doc_free(d);
  /* a denial of an accusation summed up by a noun is aimed at the accuser */
  d = full_run("Ghana accused Togo of sheltering the plotters, an allegation that Lome denied on Sunday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "016", "Togo", "Ghana"));
  kg_doc_free(d);
  /* a short clause read as its subject's phrase, an infinitive of purpose after the object */
  d = full_run("TBILISI, Georgia, May 14, 2025 - Georgia's parliament met on Tuesday. Police used tear gas and "
               "water cannon to disperse protesters outside the building.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Georgia", NULL));
  kg_doc_free(d);
}

/* round thirty-three (lead): "according to" sources the tagger and the parser
 * misread; a name before a site's modifiers and noun; welcoming ties */
static void test_round_thirtythree_lead(void)
{
  NEED_DICT();
  /* "according to state media": "state" a noun, so the talks keep their verb */
  kg_doc *d = full_run("Kazakh President Kassym-Jomart Tokayev arrived in Tashkent and was received by President "
                       "Shavkat Mirziyoyev. The two leaders held talks for two hours, according to state media.");
  if (!d)
    return;
  for (uint32_t k = 0; k < d->ntokens; k++)
    if (kg_tok_is(d, k, "state") && k > 0 && kg_tok_is(d, k - 1, "to"))
      CU_ASSERT(d->tokens[k].upos == KG_UPOS_NOUN);
  CU_ASSERT(ev_parts(d, "04", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev") != NULL);
  kg_doc_free(d);
  /* the sentence hung on the source's name: the participle becomes the root */
  d = full_run("The two leaders held talks for three hours, according to the Uzbek state news agency UzA.");
  if (!d)
    return;
  for (uint32_t k = 0; k < d->ntokens; k++)
    if (kg_tok_is(d, k, "held")) {
      CU_ASSERT(d->tokens[k].head == 0);
      CU_ASSERT(d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "root"));
    }
  kg_doc_free(d);
  /* a name before "industrial park" or "air base" names the site, no actor */
  d = full_run("Officials from Kazakhstan toured the Khorgos industrial park and the Saryarka air base on Monday.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Khorgos") != KG_ACT_ORG && actor_type(d, "Khorgos") != KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Saryarka") != KG_ACT_ORG && actor_type(d, "Saryarka") != KG_ACT_PERSON);
  kg_doc_free(d);
  /* welcoming closer ties between two others is praise of them */
  d = full_run("Japan welcomed closer ties between Vietnam and the Philippines.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Japan", "Vietnam"));
  kg_doc_free(d);
  /* a bare title after two states in exchange takes neither */
  d = full_run("India handed Ukraine four mobile hospital units. Zelensky, for his part, urged India to stop buying "
               "Russian oil. Foreign Minister Arvind Mehra later told reporters that the talks had been open.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Arvind Mehra", "Ukraine"));
  kg_doc_free(d);
  /* "They" after one act done by two doers, and for the verb joined to its verb */
  d = full_run("Modi and Zelensky laid flowers at a memorial in Kyiv. They then held talks on trade and signed four "
               "agreements.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "04", "Narendra Modi", "Volodymyr Zelenskyy") != NULL);
  CU_ASSERT(ev_parts(d, "057", "Narendra Modi", "Volodymyr Zelenskyy") != NULL);
  kg_doc_free(d);
  /* an offer joined to a verb of telling has that verb's subject */
  d = full_run("Modi told Zelensky that India was \"never neutral\" but \"on the side of peace\" and offered to play "
               "an active role in ending the conflict.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "03", "Narendra Modi", NULL));
  kg_doc_free(d);
  /* a site struck in a town: the town's state is the target */
  d = full_run("Russian forces shelled a hospital in Kharkiv on Sunday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Russia", "Ukraine"));
  kg_doc_free(d);
  /* no object across "but": the agreement to meet is no signing */
  d = full_run("Serbia and Bosnia failed to reach a deal but agreed to meet again on Monday.");
  if (!d)
    return;
  for (size_t i = 0; i < d->nevents; i++)
    CU_ASSERT(strcmp(d->events[i].cameo, "057") || d->events[i].factuality != KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* an arrival in a capital is a visit; an arrival in a year is none */
  d = full_run("Erdogan's arrival in Baghdad came a day after the talks. Since his arrival in 1996, the coach has won "
               "three titles.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Recep Tayyip Erdoğan", "Iraq"));
  for (size_t i = 0; i < d->nevents; i++)
    CU_ASSERT(strcmp(d->events[i].cameo, "042") || d->events[i].sent == 0);
  kg_doc_free(d);
  /* a state's bombing is an air or artillery attack, a bombing named by a capital is not */
  d = full_run("Israel's bombing of Gaza continued on Monday. Opponents recalled the Madrid rail bombing.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "195", "Israel", NULL));
  CU_ASSERT(!ev_with(d, "195", "Spain", NULL));
  kg_doc_free(d);
  /* "the Palace of X" is a place, no organisation */
  d = full_run("The Green Party unveiled a billboard opposite the Palace of Westminster on Monday.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Palace of Westminster") != KG_ACT_ORG);
  kg_doc_free(d);
  /* an act called "a huge disappointment" is criticised, its doer the target */
  d = full_run("Modi met Putin in Moscow on Monday. Zelensky called the meeting a huge disappointment.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Volodymyr Zelenskyy", "Narendra Modi"));
  kg_doc_free(d);
  /* a name shaped like a person's that ends in an organisation's head word is an organisation */
  d = full_run("The opposition Social Democrats, who negotiated the proposal, say a referendum would deepen the "
               "isolation.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Social Democrats") == KG_ACT_ORG);
  kg_doc_free(d);
  /* a typographic apostrophe parses as the treebank's; a "during" phrase names no target */
  d = full_run("The firing of a ballistic missile by North Korea during Kim Jong Un\xE2\x80\x99s visit to Russia is a "
               "multifaceted incident.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Kim Jong Un", "Russia"));
  CU_ASSERT(ev_with(d, "15", "North Korea", NULL));
  CU_ASSERT(!ev_with(d, "15", NULL, "Kim Jong Un"));
  kg_doc_free(d);
}

/* round thirty-four (lead): a state named the predicate "ally" of another's
 * (a copula, "remains", "has long been"; not "no longer"); protecting one's
 * own security, borders or self gives no protection (074) to anyone */
/* Thirty-fifth session (lead): lemma.c's irregular verbs (kg_lemma_irregular)
 * and tagfix.c's repair of a simple past the tagger read as a noun ("Germany
 * froze development aid to Niger"), "and then cut military aid", and a present
 * participle before its noun parsed as a second head ("the top seed and
 * defending champion overcame ..."). */
/* lead, round thirty-six: "after a shell fired from X killed Y" is a clause
 * whose subject has a reduced relative, not a phrase "after a shell" with
 * "killed" a second act of the main clause's subject; its date ("late on
 * Friday") dates only the shelling */
static void test_round_thirtysix_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Border Protest\n\nDHAKA, September 18, 2022 \xe2\x80\x94 Bangladesh summoned Myanmar's "
                       "ambassador on Sunday and lodged a strong protest after a mortar shell fired from across the "
                       "border killed a young man in a camp late on Friday.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "11", "Bangladesh", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2022-09-18"));
  CU_ASSERT(!ev_with(d, "18", "Bangladesh", NULL));
  int seen = 0;
  for (size_t k = 0; k < d->ntokens; k++) {
    const kg_token *t = &d->tokens[k];
    if (t->form && !strcmp(t->form, "killed")) {
      seen++;
      CU_ASSERT(t->deprel && !strcmp(t->deprel, "advcl"));
    }
  }
  CU_ASSERT(seen == 1);
  kg_doc_free(d);
  /* "a gold mine run by X": "mine" the noun, so "on Thursday" dates the
   * seizure; the coup "nearly three years ago" takes no other clause's day */
  d = full_run("Mine Seized\n\nNIAMEY, Niger, June 18, 2026 \xe2\x80\x94 Niger's military government nationalised a "
               "gold mine run by a Canadian company on Thursday, the latest step in a break with Paris that began when "
               "the army seized power nearly three years ago.\n");
  if (!d)
    return;
  e = ev_find(d, "17", "Niger", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2026-06-18"));
  e = ev_find(d, "18", NULL, NULL);
  CU_ASSERT(!e || strcmp(e->date, "2026-06-18"));
  seen = 0;
  for (size_t k = 0; k < d->ntokens; k++) {
    const kg_token *t = &d->tokens[k];
    if (t->form && !strcmp(t->form, "mine")) {
      seen++;
      CU_ASSERT(t->upos == KG_UPOS_NOUN && t->lemma && !strcmp(t->lemma, "mine"));
    }
  }
  CU_ASSERT(seen == 1);
  kg_doc_free(d);
  /* places: "marched through X"; "in the rebel-held city of X" */
  d = full_run("Protests\n\nKYIV, May 20, 2023 \xe2\x80\x94 Thousands of protesters marched through Lviv on Sunday. "
               "Protesters in the rebel-held city of Idlib burned pictures of Assad on Friday.\n");
  if (!d)
    return;
  int lviv = 0, idlib = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    const kg_event *v = &d->events[k];
    if (strncmp(v->cameo, "14", 2) || v->place < 0)
      continue;
    lviv |= !strcmp(d->actors[v->place].label, "Lviv");
    idlib |= !strcmp(d->actors[v->place].label, "Idlib");
  }
  CU_ASSERT(lviv && idlib);
  kg_doc_free(d);
  /* miners (and herders, poachers, volunteers) are sector nouns: a deed's unnamed target group */
  d = full_run("Kenyan police arrested two poachers near the park on Monday. Sudanese troops attacked herders in "
               "Darfur. Chilean police fired tear gas at striking miners.");
  if (!d)
    return;
  int groups = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    int32_t tn = d->events[k].target_noun;
    groups += tn >= 0 && (!strcmp(d->tokens[tn].form, "poachers") || !strcmp(d->tokens[tn].form, "herders") ||
                          !strcmp(d->tokens[tn].form, "miners"));
  }
  CU_ASSERT(groups == 3);
  kg_doc_free(d);
}

static void test_round_thirtyfive_lead(void)
{
  int past = -1;
  CU_ASSERT(kg_lemma_irregular("froze", &past) && !strcmp(kg_lemma_irregular("froze", &past), "freeze") && past == 1);
  CU_ASSERT(kg_lemma_irregular("left", &past) && !strcmp(kg_lemma_irregular("left", &past), "leave") && past == 0);
  CU_ASSERT(kg_lemma_irregular("sworn", &past) && past == 0);
  CU_ASSERT(kg_lemma_irregular("visit", &past) == NULL && past == 0);
  CU_ASSERT(kg_lemma_irregular("", NULL) == NULL);
  NEED_DICT();
  kg_doc *d = full_run("Germany froze development aid to Niger after the coup. The envoy swore to defend the treaty. "
                       "Washington froze the loan and then cut military aid to Pakistan.");
  if (!d)
    return;
  int seen = 0;
  for (size_t k = 0; k < d->ntokens; k++) {
    const kg_token *t = &d->tokens[k];
    if (t->form && (!strcmp(t->form, "froze") || !strcmp(t->form, "swore") || !strcmp(t->form, "cut"))) {
      seen++;
      CU_ASSERT(t->upos == KG_UPOS_VERB);
      CU_ASSERT(t->lemma && (!strcmp(t->lemma, "freeze") || !strcmp(t->lemma, "swear") || !strcmp(t->lemma, "cut")));
    }
  }
  CU_ASSERT(seen == 4);
  CU_ASSERT(ev_with(d, "162", "Germany", "Niger"));
  CU_ASSERT(!ev_with(d, "07", "Germany", NULL));
  CU_ASSERT(ev_with(d, "16", "United States", NULL));
  CU_ASSERT(!ev_with(d, "07", "United States", NULL));
  kg_doc_free(d);
  d = full_run("The American top seed and defending champion overcame Germany's Tommy Haas, the third seed, 6-3 6-4.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "05", NULL, NULL));
  kg_doc_free(d);
  /* warships sent are a show of force; a word inside an organisation's name is no pattern's object */
  d = full_run("Britain dispatched a frigate to the Red Sea. Sudan's army chief vowed to crush the Rapid Support "
               "Forces.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "154", "United Kingdom", NULL));
  CU_ASSERT(ev_with(d, "138", "Sudan", "Rapid Support Forces"));
  CU_ASSERT(!ev_with(d, "05", "Sudan", NULL));
  kg_doc_free(d);
  /* "the meeting" a leader condemns is not his own state's act told since */
  d = full_run("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in the Kremlin on Tuesday. "
               "Ukraine's foreign ministry summoned India's ambassador in Kyiv to protest. Zelensky called the meeting a "
               "devastating blow to peace efforts.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Volodymyr Zelenskyy", "Vladimir Putin"));
  CU_ASSERT(!ev_with(d, "111", "Volodymyr Zelenskyy", "Ukraine"));
  kg_doc_free(d);
}

static void test_round_thirtyfour_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Beijing remains Pakistan\xe2\x80\x99s closest ally. Turkey has long been Azerbaijan's main "
                       "ally. Iran is no longer Syria's ally.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "China", "Pakistan"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Pakistan", "China"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Turkey", "Azerbaijan"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Iran", "Syria"));
  kg_doc_free(d);
  d = full_run("India said it would take every measure necessary to protect its security. Israel will protect its "
               "borders. France sent troops to protect Mali.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "074", "India", NULL));
  CU_ASSERT(!ev_with(d, "0334", "India", NULL));
  CU_ASSERT(!ev_with(d, "0334", "Israel", NULL));
  CU_ASSERT(!ev_with(d, "074", "Israel", NULL));
  CU_ASSERT(ev_with(d, "074", "France", "Mali"));
  kg_doc_free(d);
  /* "the junta in Niger" names the junta's state; "the military rulers" is
   * the same junta; "the oil-rich kingdom", "the war-torn country" */
  d = full_run("Kazakhstan signed a deal with Russia. The junta in Niger expelled France's ambassador. The military "
               "rulers also criticised ECOWAS. The bloc condemned the junta. Saudi Arabia hosted Iran's foreign "
               "minister. The oil-rich kingdom also praised China. Sudan signed a truce with the rebels. The war-torn "
               "country then thanked Qatar.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Niger", "Economic Community of West African States"));
  CU_ASSERT(ev_with(d, "11", "Economic Community of West African States", "Niger"));
  CU_ASSERT(!ev_with(d, "11", NULL, "Kazakhstan"));
  CU_ASSERT(ev_with(d, "051", "Saudi Arabia", "China"));
  CU_ASSERT(ev_with(d, "051", "Sudan", "Qatar"));
  kg_doc_free(d);
  /* an epithet names its state over a more salient one (kgd:epithet) */
  d = full_run("Downing Street criticised Pyongyang. The reclusive state fired a missile the next day. Iran condemned "
               "Israel. Egypt criticised Iran. The Jewish state thanked Egypt.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "15", "North Korea", NULL));
  CU_ASSERT(!ev_with(d, "15", "United Kingdom", NULL));
  CU_ASSERT(ev_with(d, "051", "Israel", "Egypt"));
  kg_doc_free(d);
}

/* thirty-fifth session (articles): constructions of six new held-out articles */
static void test_round_thirtyfive_articles(void)
{
  NEED_DICT();
  /* a Vietnamese name written without its diacritics is the dictionary's */
  kg_doc *d = full_run("Prime Minister Pham Minh Chinh visited Laos on Monday.");
  if (!d)
    return;
  int32_t pc = kg_test_actor(d, "Ph\xe1\xba\xa1m Minh Ch\xc3\xadnh");
  CU_ASSERT(pc >= 0 && d->actors[pc].dict_entry >= 0);
  kg_doc_free(d);
  /* a warrant for an arrest is no arrest; those "together with" the subject
   * act with it; diplomats ordered to leave are expelled (161) */
  d = full_run("The opposition leader Rafael Soto fled to Spain. A court issued a warrant for his arrest. Chile, "
               "together with Peru and Bolivia, condemned the vote. Peru ordered four employees of the Mexican "
               "embassy to leave the country. The coach ordered the players to leave the pitch.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "173", NULL, "Rafael Soto"));
  CU_ASSERT(ev_with(d, "11", "Chile", NULL));
  CU_ASSERT(!ev_with(d, "11", NULL, "Peru"));
  CU_ASSERT(!ev_with(d, "11", NULL, "Bolivia"));
  CU_ASSERT(ev_with(d, "161", "Peru", "Mexico"));
  size_t n161 = 0;
  for (size_t i = 0; i < d->nevents; i++)
    n161 += !strcmp(d->events[i].cameo, "161");
  CU_ASSERT(n161 == 1);
  kg_doc_free(d);
  /* "the reporter" is the person introduced as a journalist; a place opening
   * an armed group's name; wealth plundered is no force */
  d = full_run("The journalist Omar Haddad fled to Jordan in May. Egyptian police arrested the reporter in Cairo on "
               "Friday. The Oromo Liberation Army claimed the attack on the police station. The rebels accuse "
               "Kinshasa of plundering the wealth of Kivu.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "173", NULL, "Omar Haddad"));
  CU_ASSERT(kg_test_actor(d, "Oromo Liberation Army") >= 0);
  CU_ASSERT(!ev_with(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* a visit in "on a state visit to X" after a comma is the subject's; a
   * subject joined to a fronted place; "the two governments" after a
   * reception told with "and" */
  d = full_run("President Gustavo Petro signed a trade pact on Tuesday, on a state visit to Madrid. In Tashkent, "
               "Shavkat Mirziyoyev and Vladimir Putin held talks. Chinese President Xi Jinping received Brazilian "
               "President Luiz Inacio Lula da Silva in Beijing, and the two governments signed agreements on trade.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Gustavo Petro", "Spain"));
  CU_ASSERT(ev_parts(d, "04", "Shavkat Mirziyoyev", "Vladimir Putin") != NULL);
  CU_ASSERT(ev_parts(d, "057", "China", "Brazil") != NULL);
  kg_doc_free(d);
  /* "X's foreign ministry said it": the ministry's state; a hotline
   * between navies is no show of force; a state that chaired the group is
   * a member; a bid welcomed is praise */
  d = full_run("The European Union criticised Minsk. Lithuania's foreign ministry said it condemned the arrest of "
               "the journalists. Vietnam and Laos agreed to set up a hotline between their navies. Mercosur met in "
               "May. Paraguay, which then chaired the group, hosted the summit. Russia welcomed Serbia's application "
               "to join the bloc.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Lithuania", NULL));
  CU_ASSERT(!ev_with(d, "15", NULL, NULL));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Paraguay", "Mercosur"));
  CU_ASSERT(ev_with(d, "051", "Russia", "Serbia"));
  kg_doc_free(d);
  /* a recall of a name told as the ambassador before */
  d = full_run("Peru summoned the Chilean ambassador, Tomas Vidal, on Sunday. Chile recalled Vidal on Monday. The "
               "coach recalled Rooney to the squad.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "161", "Chile", "Tomas Vidal"));
  CU_ASSERT(!ev_with(d, "16", NULL, "Rooney"));
  kg_doc_free(d);
}

/* thirty-fifth session (xfail): families of held-out known failures */
static void test_round_thirtyfive_xfail(void)
{
  NEED_DICT();
  /* "his guest", "her host": the other party of the visit named before */
  kg_doc *d = full_run("Narendra Modi arrived in Washington on Monday for a state visit. Donald Trump praised his "
                       "guest as a great friend. Abdel Fattah el-Sisi landed in Ankara on Wednesday. Recep Tayyip "
                       "Erdogan welcomed his guest with a military ceremony.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Donald Trump", "Narendra Modi"));
  CU_ASSERT(ev_with(d, "043", "Recep Tayyip Erdo\xc4\x9f" "an", "Abdel Fattah el-Sisi"));
  kg_doc_free(d);
  /* "its ally": the state joined to the owner before, else the one named most */
  d = full_run("Greece expelled the Libyan envoy. Libya and Turkey signed a maritime deal in 2019. Greece called the "
               "deal illegal. Athens also criticised Ankara. Turkey backed its ally. The European Union imposed "
               "sanctions on Belarus. Minsk condemned the decision. Belarus said it would respond. Russia stood by "
               "its ally. Moscow stood by Minsk, its closest ally.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Turkey", "Libya"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Turkey", "Greece"));
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Russia", "Belarus"));
  CU_ASSERT(ev_with(d, "05", "Turkey", "Libya"));
  kg_doc_free(d);
  /* a military alliance's bombing is its forces' attack (195), as a state's */
  d = full_run("The visit fell on the anniversary of NATO's bombing of the Chinese embassy in Belgrade. Police said "
               "the bombing of a market in Kabul killed six people.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "195", "North Atlantic Treaty Organisation", "China"));
  CU_ASSERT(!ev_with(d, "183", "North Atlantic Treaty Organisation", NULL));
  CU_ASSERT(!ev_with(d, "195", NULL, "Afghanistan"));
  kg_doc_free(d);
  /* a bare "the regime": the state the story names most, not the latest */
  d = full_run("Iran launched a satellite on Sunday. Iran said the rocket carried two payloads. The United States "
               "said the launch defied a resolution. Tehran rejected the claim. Benjamin Netanyahu warned that Israel "
               "would never allow the regime to acquire the bomb.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "13", "Benjamin Netanyahu", "Iran"));
  CU_ASSERT(!ev_with(d, "13", "Benjamin Netanyahu", "United States"));
  kg_doc_free(d);
  /* a teller's verdict on a thing: "said X's accusations were absurd" (111 of the owner) */
  d = full_run("Maria Zakharova said Prague's accusations were \"absurd\". Dmitry Peskov said the Polish claims "
               "were \"unfounded\". The coach said the weather was wrong. Peskov said the decision was wrong.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Maria Zakharova", "Czechia"));
  CU_ASSERT(ev_with(d, "111", "Dmitry Peskov", "Poland"));
  CU_ASSERT(ev_with(d, "111", "Dmitry Peskov", NULL));
  CU_ASSERT(!ev_with(d, "111", NULL, "Russia"));
  kg_doc_free(d);
  /* "X, NATO's secretary-general, spoke to Y": "general" a noun, the verb after the comma a verb */
  d = full_run("Serbia's president, Aleksandar Vu\xc4\x8di\xc4\x87, rejected the claim. Jens Stoltenberg, NATO's "
               "secretary-general, spoke to Vu\xc4\x8di\xc4\x87 by telephone on Monday. Antonio Guterres, the UN "
               "secretary-general, urged restraint.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Jens Stoltenberg", "Aleksandar Vu\xc4\x8di\xc4\x87"));
  CU_ASSERT(ev_with(d, "02", "Ant\xc3\xb3nio Guterres", NULL));
  kg_doc_free(d);
  /* "between A's foreign minister, X, and his Iranian counterpart, Y": Y too (evappos.c) */
  d = full_run("The deal was announced after a telephone call between Pakistan's foreign minister, Jalil Abbas "
               "Jilani, and his Iranian counterpart, Hossein Amir-Abdollahian.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "04", "Jalil Abbas Jilani", "Hossein Amir-Abdollahian") != NULL);
  kg_doc_free(d);
  /* "spoke to X ... and urged him": the object "him" of the joined verb is X, not one named before */
  d = full_run("Major General Ozkan Ulutas said patrols had been stepped up. Jens Stoltenberg spoke to Aleksandar "
               "Vucic by telephone on Monday and urged him to withdraw the troops.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "02", "Jens Stoltenberg", "Aleksandar Vu\xc4\x8di\xc4\x87") != NULL);
  CU_ASSERT(!ev_find(d, "02", NULL, "Ozkan Ulutas"));
  kg_doc_free(d);
  /* "pledged personnel" (0334), each coordinated subject its own pledge (033) */
  d = full_run("Jamaica, Benin and Chad have also pledged personnel. Japan and Norway pledged aid to the refugees.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "0334", "Benin", NULL));
  CU_ASSERT(ev_with(d, "0334", "Chad", NULL));
  CU_ASSERT(ev_with(d, "033", "Japan", NULL));
  CU_ASSERT(ev_with(d, "033", "Norway", NULL));
  kg_doc_free(d);
}

/* thirty-third session (essays): the arguments analysis essays leave to machinery */
static void test_round_thirtythree_essays(void)
{
  NEED_DICT();
  /* a statement's participle reacts to the act a definite noun names (evessay.c) */
  kg_doc *d = full_run("Peru launched a rocket on Sunday. Chile issued a statement condemning the launch.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Chile", "Peru"));
  kg_doc_free(d);
  /* an act of an essay's lead paragraph is in reach of its closing sections, past eight sentences */
  d = full_run("A Launch Over the Sea\n\n\"Every rocket carries a question.\" #Space\n\n"
               "In the politics of the Andes, Peru has long kept its space plans quiet. The country is led by a "
               "cautious government. Yet on Sunday Peru launched a rocket from its southern coast. This essay "
               "examines the launch.\n\nThe Background\n\nThe programme began decades ago. It grew slowly. "
               "Engineers trained abroad. Budgets rose and fell. Scientists wrote many papers. The coast was chosen "
               "for its weather. Fishermen were told to stay away. Nobody expected a test so soon.\n\n"
               "The Reactions\n\nChile condemned the launch.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Chile", "Peru"));
  kg_doc_free(d);
  /* a past verb after "and" read as a participle keeps the first verb's subject (tagfix.c) */
  d = full_run("Canada withdrew from the talks and reimposed sanctions on Venezuela.");
  if (!d)
    return;
  for (uint32_t k = 0; k < d->ntokens; k++)
    if (kg_tok_is(d, k, "reimposed"))
      CU_ASSERT(d->tokens[k].xpos && !strcmp(d->tokens[k].xpos, "VBD"));
  CU_ASSERT(ev_with(d, "16", "Canada", "Venezuela"));
  kg_doc_free(d);
  d = full_run("The minister was arrested and charged with fraud.");   /* a passive pair stays participles */
  if (!d)
    return;
  for (uint32_t k = 0; k < d->ntokens; k++)
    if (kg_tok_is(d, k, "charged"))
      CU_ASSERT(d->tokens[k].xpos && strcmp(d->tokens[k].xpos, "VBD"));
  kg_doc_free(d);
  /* "have long been allies" (relgroups.c); "have never been allies" is none */
  d = full_run("Kenya and Uganda have long been close allies. Chile and Bolivia have never been allies.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Kenya", "Uganda"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Chile", "Bolivia"));
  kg_doc_free(d);
  /* calling or describing someone a partner or friend is praise (051) */
  d = full_run("Brazil's president described Argentina as a trusted partner. Kenya called Ghana a true friend.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", NULL, "Argentina"));
  CU_ASSERT(ev_with(d, "051", "Kenya", "Ghana"));
  kg_doc_free(d);
  /* "the Ministry of External Affairs" and "the Islamic Republic" stand for India and Iran */
  d = full_run("The Ministry of External Affairs criticised Nepal on Monday. The Islamic Republic rejected the "
               "charge.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "India", "Nepal"));
  CU_ASSERT(kg_test_actor(d, "Ministry of External Affairs") < 0);
  CU_ASSERT(kg_test_actor(d, "Islamic Republic") < 0);
  kg_doc_free(d);
  /* a veto held is a power, a veto used an act (evnoact.c) */
  d = full_run("The council, where France holds a veto, did not meet. Chile used its veto on Friday.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "129", "France", NULL));
  CU_ASSERT(ev_with(d, "129", "Chile", NULL));
  kg_doc_free(d);
}

/* round thirty-three (xfail): the day of the sentence before, lent to a sentence whose subject goes on ("He warned");
 * congratulations sent are the sender's praise */
static void test_round_thirtythree_xfail(void)
{
  NEED_DICT();
  const char *lead = "SINGAPORE, September 26, 2025 - Chinese Foreign Ministry spokesman Guo Jiakun criticised "
                     "Canada on Friday.";
  char buf[512];
  snprintf(buf, sizeof buf, "%s He warned that China would take all necessary measures to protect its companies.", lead);
  kg_doc *d = full_run(buf);
  if (!d)
    return;
  const kg_event *e = ev_find(d, "13", "Guo Jiakun", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2025-09-26"));
  kg_doc_free(d);
  /* not across a paragraph, nor a verb told as done often */
  snprintf(buf, sizeof buf, "%s\n\nHe warned that China would take all necessary measures to protect its companies.",
           lead);
  d = full_run(buf);
  if (!d)
    return;
  e = ev_find(d, "13", "Guo Jiakun", NULL);
  CU_ASSERT(e && !e->date[0]);
  kg_doc_free(d);
  snprintf(buf, sizeof buf, "%s He often warned that China would take all necessary measures.", lead);
  d = full_run(buf);
  if (!d)
    return;
  e = ev_find(d, "13", "Guo Jiakun", NULL);
  CU_ASSERT(!e || !e->date[0]);
  kg_doc_free(d);
  /* the same name opening the next sentence */
  d = full_run("DAMASCUS, April 2, 2024 - Syrian Foreign Minister Faisal Mekdad visited the site on Monday. "
               "Mekdad condemned the attack on the consulate.");
  if (!d)
    return;
  e = ev_find(d, "11", "Faisal Mekdad", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2024-04-01"));
  kg_doc_free(d);
  /* a subject whose phrase names the sentence before's subject */
  d = full_run("ALGIERS, Algeria, November 20, 2026 - Algeria responded on Thursday by closing its airspace to flights "
               "from Mali. The Algerian Foreign Minister, Ahmed Attaf, summoned Mali's charge d'affaires.");
  if (!d)
    return;
  e = ev_find(d, "04", "Ahmed Attaf", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2026-11-19"));
  kg_doc_free(d);
  /* a thing called a fantasy or a missed opportunity is criticised */
  d = full_run("Benin called the claim \"a fantasy\". Cyprus called the summit \"a missed opportunity\".");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Benin", NULL));
  CU_ASSERT(ev_with(d, "111", "Cyprus", NULL));
  kg_doc_free(d);
  /* a protest handed to the summoned envoy named in apposition, "him" resolved to someone else first */
  d = full_run("PRETORIA, Nov 25, 2026 - South Africa's minister, Ronald Lamola, called the arrest unacceptable. His "
               "deputy, Alvin Botes, summoned the high commissioner, David Hamadziripi, and handed him a formal protest.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "114", "Alvin Botes", "David Hamadziripi"));
  kg_doc_free(d);
  /* ", as did X": X acts as the subject does */
  d = full_run("Britain condemned the attack, as did France and Germany.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "United Kingdom", NULL));
  CU_ASSERT(ev_with(d, "111", "France", NULL));
  CU_ASSERT(ev_with(d, "111", "Germany", NULL));
  kg_doc_free(d);
  /* the day of a quotation its teller tells next */
  d = full_run("ERBIL, Iraq, June 16, 2026 - Masrour Barzani accused Baghdad of bargaining over the region's oil. "
               "\"They are negotiating about our oil,\" he said in a televised speech on Sunday.");
  if (!d)
    return;
  e = ev_find(d, "112", "Masrour Barzani", NULL);
  CU_ASSERT(e && !strcmp(e->date, "2026-06-14"));
  kg_doc_free(d);
  /* congratulations sent: 051 by the sender, to the one congratulated */
  d = full_run("Canada sent congratulations to Asfura.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Canada", NULL));
  kg_doc_free(d);
}

/* thirty-third session (coref2): an object "it" is not a demonym modifying
 * a thing when a state is named in full before it (corefpron.c); "its
 * neighbour" is the other state of the region the story names most
 * (corefposs.c); "the two leaders" and "the two sides" when one of them was
 * named only by his title and state (evwindow.c) */
static void test_round_thirtythree_coref2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Oil\n\nZelensky urged India to stop buying Russian oil and invited it to host a second peace "
                       "summit.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Volodymyr Zelenskyy", "India"));
  CU_ASSERT(!ev_with(d, "04", "Volodymyr Zelenskyy", "Russia"));
  kg_doc_free(d);
  d = full_run("Gas\n\nKuwait summoned Iran's ambassador on Tuesday. Saudi Arabia backed its neighbour within hours.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "05", "Saudi Arabia", "Kuwait"));
  CU_ASSERT(!ev_with(d, "05", "Saudi Arabia", "Iran"));
  kg_doc_free(d);
  d = full_run("Talks\n\nMongolia's president arrived in Seoul on Monday and was received by President Lee "
               "Jae-myung. The two leaders held talks on trade.\n");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "04", "Lee Jae Myung", "Mongolia") != NULL);
  kg_doc_free(d);
  d = full_run("Talks\n\nThe Mongolian president was received by President Lee Jae-myung in Seoul on Monday. The "
               "two sides signed an agreement on trade.\n");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "05", "Lee Jae Myung", "Mongolia") != NULL);
  kg_doc_free(d);
  /* "its" right after a ministry at a state's seat is that state (corefposs.c) */
  d = full_run("Jets\n\nLondon said the jets could be handed over in 2028. The ambassador, Andreas Kindler, was "
               "received at the Foreign Ministry in Athens by its secretary general, Eleni Vourlioti.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Eleni Vourlioti", "Greece"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Eleni Vourlioti", "United Kingdom"));
  kg_doc_free(d);
  /* "his party, the X, said it ...": X an organisation when first met, for
   * the pronouns after it; a sentence-initial "Its" past a person subject
   * (actors.c, coref.c, corefpron.c) */
  d = full_run("Vote\n\nThe government agreed a loan with the International Monetary Fund. Premadasa accepted the "
               "result, but his party, the Samagi Jana Balawegaya, said it would ask the commission to investigate. "
               "Its general secretary, Ranjith Madduma Bandara, accused officials of delaying the count.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Ranjith Madduma Bandara", "Samagi Jana Balawegaya") ||
            has_rel(d, KG_REL_OFFICIAL, "Ranjith Madduma Bandara", "Samagi Jana Balawegaya"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Ranjith Madduma Bandara", "International Monetary Fund"));
  kg_doc_free(d);
  /* "from chief executive X, the company says": no apposition */
  d = full_run("Drugs\n\nIn the adverts, entitled An Open Letter from chief executive Sidney Taurel, the company says "
               "the article spreads fear.\n");
  if (!d)
    return;
  int32_t st = kg_test_actor(d, "Sidney Taurel");
  CU_ASSERT(st < 0 || d->actors[st].type != KG_ACT_ORG);
  kg_doc_free(d);
  /* "the small Pacific nation" not the participle's own state; "it" of a
   * relative clause on a preposition's noun the state named right before
   * (coref.c, corefsyn.c) */
  d = full_run("Aid\n\nNew Zealand has paused aid to the Cook Islands, the government said on Thursday, deepening a "
               "rift with the small Pacific nation over a set of agreements it signed with China.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "057", "Cook Islands", "China"));
  CU_ASSERT(!ev_with(d, "057", "New Zealand", "China"));
  kg_doc_free(d);
  /* "the two rivals" as "the two sides" (evwindow.c) */
  d = full_run("Ties\n\nSaudi Arabia and Iran restored diplomatic relations in March 2023. Since then, the two rivals "
               "have exchanged ambassadors.\n");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "054", "Saudi Arabia", "Iran") != NULL);
  kg_doc_free(d);
  /* "the two governments" after two leaders met: their states (evwindow.c) */
  d = full_run("Border\n\nSouth Africa decided not to renew permits for Zimbabweans in 2023. Zambia and Zimbabwe "
               "opened a bridge in 2021. Harare criticised the decision, but Mnangagwa "
               "and Ramaphosa have since met several times, and in March the two governments signed an agreement on "
               "the border post.\n");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "057", "South Africa", "Zimbabwe") != NULL);
  CU_ASSERT(ev_parts(d, "057", "Zambia", "Zimbabwe") == NULL);
  kg_doc_free(d);
  /* "both sides" after one act on two: the side the story names most (evwindow.c) */
  d = full_run("Drone\n\nMali accused Algeria of shooting down a Malian drone. Mali's junta protested, and Mali's army "
               "was placed on alert. Algeria recalled its ambassadors from Bamako and Niamey. Moscow urged both sides "
               "to settle the matter through dialogue.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "02", "Russia", "Mali"));
  CU_ASSERT(!ev_with(d, "02", "Russia", "Niger"));
  kg_doc_free(d);
  /* "Her party" is the party named with its owner (corefposs.c) */
  d = full_run("Vote\n\nThe leader of the Democratic Party, Batjargalyn Munkhzul, welcomed the result. Her party has "
               "demanded an independent audit of the deal.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "10", "Democratic Party", NULL));
  CU_ASSERT(!ev_with(d, "10", "Batjargalyn Munkhzul", NULL));
  kg_doc_free(d);
}

static void test_round_thirtyone_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Japanese Prime Minister Shigeru Ishiba cautioned on Monday that the talks with China "
                       "could take years.");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "012", "Shigeru Ishiba", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  CU_ASSERT(!ev_find(d, "13", "Shigeru Ishiba", NULL));
  kg_doc_free(d);
  d = full_run("Iran warned Israel against any attack on its nuclear sites.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "13", "Iran", "Israel"));
  kg_doc_free(d);
  /* to table an offer or a motion is to put it forward; the bare "table"
   * and "hamper", "obstruct" are CAMEO.2.0's delaying verbs (120), which a
   * misread group header of that file had made accusations (112) */
  d = full_run("France tabled a draft resolution at the UN Security Council on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "020", "France", NULL));
  CU_ASSERT(!ev_find(d, "12", "France", NULL));
  kg_doc_free(d);
  d = full_run("Hungary obstructed the European Union's new sanctions package.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "120", "Hungary", NULL));
  CU_ASSERT(!ev_find(d, "112", "Hungary", NULL));
  kg_doc_free(d);
  /* allies in a body are its members */
  d = full_run("Lithuania is a close ally of Latvia in NATO and the European Union, the minister said.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Lithuania", "North Atlantic Treaty Organisation"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Latvia", "European Union"));
  kg_doc_free(d);
  /* a fronted capital places a state's own group, ahead of the dateline */
  d = full_run("WARSAW, Poland, January 4, 2023 - Germany rejected the note on Tuesday. In Berlin, a government "
               "spokesman declined to comment on the exchange of notes.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "011", "Germany", NULL));
  CU_ASSERT(!ev_find(d, "011", "Poland", NULL));
  kg_doc_free(d);
  /* a contrast clause read as a phrase: Milei condemns, Petro supports Brazil */
  d = full_run("Colombia's president, Gustavo Petro, expressed support for Brazil, while Argentina's president, "
               "Javier Milei, condemned the comments.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "05", "Gustavo Petro", "Brazil"));
  CU_ASSERT(!ev_find(d, "05", "Gustavo Petro", "Argentina"));
  CU_ASSERT(ev_with(d, "11", "Javier Milei", NULL));
  CU_ASSERT(!ev_find(d, "11", "Gustavo Petro", NULL));
  kg_doc_free(d);
  /* a warning whose told clause is an answer is a threat; a forecast is not */
  d = full_run("Iranian President Ebrahim Raisi warned on Tuesday that Israel would pay a heavy price.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "13", "Ebrahim Raisi", "Israel"));
  kg_doc_free(d);
  d = full_run("The IMF warned that Italy would face slower growth next year.");
  if (!d)
    return;
  CU_ASSERT(!ev_find(d, "13", NULL, NULL));
  kg_doc_free(d);
  d = full_run("President Yoweri Museveni warned that anyone who blocked the roads would be dealt with firmly.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "13", "Yoweri Museveni", NULL));
  kg_doc_free(d);
  /* a body's positions struck are a war's object; a party's position on tax is not */
  d = full_run("Israel struck Hamas's positions in Rafah on Tuesday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Israel", "Hamas"));
  kg_doc_free(d);
  d = full_run("The Conservatives hit Labour's position on tax.");
  if (!d)
    return;
  CU_ASSERT(!ev_find(d, "19", NULL, NULL));
  kg_doc_free(d);
  /* a delaying verb with no actor doing it is no rejection */
  d = full_run("Reconstruction efforts in Sri Lanka have been hampered by tensions between the two sides.");
  if (!d)
    return;
  CU_ASSERT(!ev_find(d, "12", NULL, NULL));
  kg_doc_free(d);
  d = full_run("The Hungarian government obstructed the European Union's new sanctions package.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "120", "Hungary", NULL));
  kg_doc_free(d);
  /* a model's designation between a demonym and its noun: the state's */
  d = full_run("Syrian state media said Israeli F-35 jets fired six missiles at the building on Monday.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Israel") >= 0);
  kg_doc_free(d);
}

/* Thirty-third session, coref: a demonym modifying a subordinate clause's
 * subject is no antecedent of "its", "the country" or "it" beside the main
 * clause's state (discourse.c, corefpron.c, coref.c); "the ruling NAME
 * party" with a demonym opening the name is an Organization (actors.c) */
static void test_round_thirtythree_coref(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Jets\n\nEstonia summoned Russia's ambassador on Friday after three Russian MiG-31 jets "
                       "entered its airspace, the most serious breach of the country's skies since it joined NATO "
                       "in 2004.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Estonia", "North Atlantic Treaty Organisation"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Russia", "North Atlantic Treaty Organisation"));
  kg_doc_free(d);
  d = full_run("Vote\n\nThousands marched in Tbilisi on Sunday against the ruling Georgian Dream party.\n");
  if (!d)
    return;
  int32_t a = kg_test_actor(d, "Georgian Dream");
  CU_ASSERT(a >= 0 && d->actors[a].type == KG_ACT_ORG);
  kg_doc_free(d);
  d = full_run("Vote\n\nLeaders of the opposition Armenian Renewal movement met on Sunday.\n");
  if (!d)
    return;
  a = kg_test_actor(d, "Armenian Renewal");
  CU_ASSERT(a >= 0 && d->actors[a].type == KG_ACT_ORG);
  kg_doc_free(d);
  /* "It is a member of": a role predicate's sentence-initial "It" is a state
   * (corefpron.c); "has given the country military aid": the first of two
   * objects is the description's head (coref.c) */
  d = full_run("Ties\n\nMongolia, a country of three million people, has pursued ties with Japan and the United "
               "States. It is a member of the Organization for Security and Co-operation in Europe.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Mongolia", "Organization for Security and Co-operation in Europe"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "United States", "Organization for Security and Co-operation in Europe"));
  kg_doc_free(d);
  d = full_run("Aid\n\nUganda is a member of the East African Community. It is also a close security partner of the United "
               "States, which has given the country military aid for two decades.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "07", "United States", "Uganda"));
  kg_doc_free(d);
  /* "In 2023 its parliament ousted": "its" after an adjunct that names no
   * one, on the root's subject, is the sentence before's first subject or
   * possessor (corefpron.c) */
  d = full_run("Pacific\n\nSolomon Islands signed a security pact with China in 2022 and Solomon Islands officials "
               "defended it. Vanuatu's experience showed the risks on the other side. In 2023 its parliament ousted "
               "Prime Minister Ishmael Kalsakau.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Vanuatu", NULL));
  CU_ASSERT(!ev_with(d, "17", "Solomon Islands", NULL));
  kg_doc_free(d);
  /* "A, the bloc's chief, and B, its trade commissioner": the possessor of
   * the apposition to the conjunct before, over a more salient
   * organisation (corefpron.c) */
  d = full_run("Trade\n\nThe European Union imposed duties on Algerian steel. The World Trade Organization said on "
               "Wednesday that it would examine the dispute, and the WTO said it had asked Algiers for details. "
               "Josep Borrell, the bloc's foreign policy chief, and Valdis Dombrovskis, its trade commissioner, said "
               "in a joint statement that trade policy was a matter for Brussels.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Valdis Dombrovskis", "European Union"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Valdis Dombrovskis", "World Trade Organization"));
  kg_doc_free(d);
  /* "X's foreign ministry called ... and said it supported": the teller is
   * the state whose body is the joined verb's subject (corefpron.c) */
  d = full_run("Row\n\nSlovakia, a fellow member of the bloc, said on Monday it was considering expelling Russian "
               "diplomats in solidarity with its neighbour. Its foreign minister, Ivan Novak, said Bratislava would "
               "consult Prague first. Poland's foreign ministry called the findings \"alarming\" and said it fully "
               "supported its southern neighbour.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "05", "Poland", NULL));
  CU_ASSERT(!ev_with(d, "05", "Slovakia", NULL));
  kg_doc_free(d);
}

/* Round thirty-six (missing): an act told with a passive verb whose subject
 * is the pattern's object ("Charges were levelled by X" as "X levelled
 * charges", evmatch.c passive_object); a phrase object's words before the
 * subject's head ("a nationwide strike was called"); not without "by" */
/* lead round thirty-seven: the visitor and the host named by a description
 * ("the visiting leader", "the visitor", "the guest", "the host", "his
 * host") are the parties of the visit told before (corefvisit.c) */
static void test_round_thirtyseven_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Summit in the East\n\nVLADIVOSTOK, May 5, 2026 \xe2\x80\x94 Mongolian President Ukhnaagiin "
                       "Khurelsukh arrived in Japan on Tuesday. Japanese Prime Minister Fumio Kishida met Khurelsukh at "
                       "his residence. The visiting president invited Kishida to Ulaanbaatar. Kishida praised the "
                       "visitor. The guest thanked the host. The host criticised North Korea.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Ukhnaagiin Khurelsukh", "Fumio Kishida"));   /* the visiting president invited */
  CU_ASSERT(ev_with(d, "05", "Fumio Kishida", "Ukhnaagiin Khurelsukh"));   /* praised the visitor */
  CU_ASSERT(ev_with(d, "05", "Ukhnaagiin Khurelsukh", "Fumio Kishida"));   /* the guest thanked the host */
  CU_ASSERT(ev_with(d, "11", "Fumio Kishida", "North Korea"));             /* the host (who met the visitor) */
  kg_doc_free(d);
  /* a host told by "hosted" / "was welcomed by"; "his host" is the host, not the latest other person */
  d = full_run("Talks in Budapest\n\nBUDAPEST, May 9, 2026 \xe2\x80\x94 Chinese President Xi Jinping was welcomed by "
               "Hungarian Prime Minister Viktor Orban at the airport on Thursday. Orban's foreign minister, Peter "
               "Szijjarto, stood beside them. Xi thanked his host for the welcome.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "05", "Xi Jinping", "Viktor Orb\xc3\xa1n"));
  CU_ASSERT(!ev_with(d, "05", "Xi Jinping", "Peter Szijjarto"));
  kg_doc_free(d);
  /* no visit told: "the host" and "the visitors" of a match report stay unresolved */
  d = full_run("Cup Tie\n\nLONDON, May 9, 2026 \xe2\x80\x94 Arsenal manager Mikel Arteta praised his players. The "
               "visitors scored twice and the host criticised the referee.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "11", "Mikel Arteta", NULL));
  kg_doc_free(d);
  /* a visit told only as its hosting is the guest's visit to the host's state too (evtour.c); not an
   * ambassador received at a ministry (a summons answered) */
  d = full_run("Talks in Hanoi\n\nHANOI, June 6, 2023 \xe2\x80\x94 Vietnamese President Vo Van Thuong hosted "
               "Indonesian President Joko Widodo in Hanoi on Monday. In Athens, the German ambassador, Karl Brandt, "
               "was received at the Foreign Ministry by its secretary general, Nikos Petrou.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "042", "Joko Widodo", "Vietnam");
  CU_ASSERT(e && !strcmp(e->date, "2023-06-05"));
  CU_ASSERT(ev_with(d, "043", "Vo Van Thuong", "Joko Widodo"));
  CU_ASSERT(!ev_with(d, "042", "Karl Brandt", NULL));
  kg_doc_free(d);
  /* "A arrived in X and B welcomed him": B the second clause's subject, not a conjunct of X (clausefix.c) */
  d = full_run("Arrival\n\nBEIJING, June 6, 2023 \xe2\x80\x94 Mongolian President Ukhnaagiin Khurelsukh landed in "
               "Beijing on Monday and Chinese President Xi Jinping received him at the Great Hall. The price of tea rose "
               "as heavy rains in Kenya and Uganda damaged the harvest.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "043", "Xi Jinping", "Ukhnaagiin Khurelsukh"));
  CU_ASSERT(!ev_with(d, "043", "Ukhnaagiin Khurelsukh", NULL));
  CU_ASSERT(!ev_with(d, "18", "Uganda", NULL));
  kg_doc_free(d);
  /* "The United States armed Pakistan": "armed" the verb (tagfix.c 12), not the adjective of a conjunct of the
   * subject; "the Syrian armed forces" keeps its adjective */
  d = full_run("Old Ties\n\nThe United Kingdom armed Kenya during the 1960s and later accused Nairobi of ignoring "
               "the treaty. The Syrian armed forces shelled Idlib.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "United Kingdom", "Kenya"));
  CU_ASSERT(!ev_with(d, "112", "Kenya", NULL));
  for (size_t k = 0; k < d->ntokens; k++)
    if (d->tokens[k].form && !strcmp(d->tokens[k].form, "armed"))
      CU_ASSERT((d->tokens[k].upos == KG_UPOS_VERB) == (k < 6));
  kg_doc_free(d);
  /* relief equipment handed or given to a state is humanitarian aid (CURATED_LEAD37) */
  d = full_run("Aid\n\nIndia handed Ukraine four mobile hospital units. Japan sent Ukraine ambulances and "
               "generators.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "073", "India", "Ukraine"));
  CU_ASSERT(ev_with(d, "073", "Japan", "Ukraine"));
  kg_doc_free(d);
  /* "then exchanged" after the apposition's comma is the verb (tagfix.c 12), so "after X questioned" is a clause */
  d = full_run("Insults\n\nThe Dutch leader and the Turkish president, Recep Tayyip Erdogan, then exchanged personal "
               "insults, and The Hague recalled its ambassador from Ankara after Erdogan questioned the Dutch "
               "leader's judgement.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "16", "Netherlands", "Turkey"));
  CU_ASSERT(!ev_with(d, "16", "Netherlands", "Recep Tayyip Erdo\xc4\x9f" "an"));
  kg_doc_free(d);
  /* "condemned the missile launches that X conducted": "launches" the plural noun (tagfix.c 13); a copula
   * ("what the problem is.") stays a verb */
  d = full_run("Launches\n\nJapan condemned the missile launches that North Korea conducted in May. Nobody knows "
               "what the problem is.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Japan", "North Korea"));
  for (size_t k = 0; k < d->ntokens; k++) {
    if (d->tokens[k].form && !strcmp(d->tokens[k].form, "launches"))
      CU_ASSERT(d->tokens[k].upos == KG_UPOS_NOUN);
    if (d->tokens[k].form && !strcmp(d->tokens[k].form, "is"))
      CU_ASSERT(d->tokens[k].upos != KG_UPOS_NOUN);
  }
  kg_doc_free(d);
}

/* thirty-seventh session, branch missing: acts the held-out readers coded and kgbuild missed */
static void test_round_thirtyseven_missing(void)
{
  NEED_DICT();
  /* a state suspended by a body, told in the passive: the body suspends it (161), as in the active */
  kg_doc *d = full_run("Coup\n\nAfter the coup in Bamako, Mali was suspended by the African Union on Friday. "
                       "The bank's chief was suspended by the board.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "161", "African Union", "Mali"));
  kg_doc_free(d);
  /* a weekday or month after "on" is a time, not the "on" of "call on": no appeal (020) to the one called */
  d = full_run("Vote\n\nPresident Javier Milei called Daniel Noboa on Sunday night after the vote. Peru called on "
               "Ecuador on Monday to hold a recount.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "020", "Javier Milei", "Daniel Noboa"));
  CU_ASSERT(ev_with(d, "02", "Peru", "Ecuador"));
  kg_doc_free(d);
  /* an act noun in the "with" phrase of a verb of answering is done by the verb's subject (and conjuncts);
   * the bare verb gives way to it ("retaliated" is no military force when the answer is tariffs) */
  d = full_run("Trade\n\nChina retaliated with tariffs on American soybeans on Tuesday. Russia hit back with "
               "sanctions on British officials. Canada and Australia responded with several rounds of sanctions "
               "on Iran.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "163", "China", "United States"));
  CU_ASSERT(!ev_with(d, "19", "China", NULL));
  CU_ASSERT(ev_with(d, "163", "Russia", "United Kingdom"));
  CU_ASSERT(!ev_with(d, "19", "Russia", NULL));
  CU_ASSERT(ev_with(d, "163", "Canada", "Iran"));
  CU_ASSERT(ev_with(d, "163", "Australia", "Iran"));
  kg_doc_free(d);
  /* a free relative object named by a verb of saying or naming ("struck what it said were depots in X",
   * "denounced what he calls Spanish meddling"): the nominal it names is the object (its place's state, its
   * demonym's); not a thought ("outlined what he thinks should be the themes of X's campaign") */
  d = full_run("Raid\n\nIsrael struck what it said were weapons depots in southern Lebanon on Monday. Morocco "
               "denounced what it calls Algerian interference. The minister outlined what he thinks should be the "
               "themes of Spain's campaign.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Israel", "Lebanon"));
  CU_ASSERT(ev_with(d, "11", "Morocco", "Algeria"));
  CU_ASSERT(!ev_with(d, "01", NULL, "Spain"));
  kg_doc_free(d);
  /* a message of a verbal act sent by joined subjects is each one's ("A and B sent messages of
   * congratulations"); an offer joined to a passive verb keeps the passive's subject as the one who offers
   * ("was alarmed by the withdrawal and offered to mediate": not the withdrawal) */
  d = full_run("Vote\n\nParaguay and Uruguay also sent messages of congratulations. Ghana's president was "
               "alarmed by the fighting and offered to mediate between Mali and Niger.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Paraguay", NULL));
  CU_ASSERT(ev_with(d, "051", "Uruguay", NULL));
  CU_ASSERT(ev_with(d, "039", "Ghana", NULL));
  kg_doc_free(d);
  /* CURATED_MISSING37: offering oneself as mediator is an intent to mediate (039), not a bare offer */
  d = full_run("Talks\n\nTogo has offered itself as a mediator between Niger and Benin.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "039", "Togo", NULL));
  CU_ASSERT(!ev_with(d, "030", "Togo", NULL));
  kg_doc_free(d);
  /* CURATED_MISSING37: talks blocked are talks rejected (125), not coercion nor talks held */
  d = full_run("Talks\n\nHungary blocked the opening of accession talks with Ukraine on Tuesday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "125", "Hungary", "Ukraine"));
  CU_ASSERT(!ev_with(d, "04", NULL, "Ukraine"));
  CU_ASSERT(!ev_with(d, "17", "Hungary", NULL));
  kg_doc_free(d);
}

static void test_round_thirtysix_missing(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Graft\n\nCharges of fraud were levelled at the mayor of Mombasa by the Kenyan government on "
                       "Tuesday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Kenya", NULL));
  kg_doc_free(d);
  d = full_run("Fuel\n\nA nationwide strike was called by Ghana's trade unions on Thursday over fuel prices.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "143", "Ghana", NULL));
  kg_doc_free(d);
  /* the subject of another verb than the pattern's is no object: "was
   * condemned" is no strike called */
  d = full_run("Fuel\n\nThe strike was condemned by Ghana's president on Thursday.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "143", "Ghana", NULL));
  kg_doc_free(d);
  d = full_run("Trip\n\nA planned visit to Accra by Togo's foreign minister was postponed on Friday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Togo", "Ghana"));
  kg_doc_free(d);
  /* CURATED_MISSING36: a plea "for" (not a guilty plea), an apology offered,
   * flags lowered, walking off the job */
  d = full_run("Calm\n\nA plea for restraint was made by Ghana's president on Monday. The Dutch government "
               "offered an apology to Indonesia. Chile lowered its flags to half-mast. Nurses in Peru walked off "
               "the job on Friday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "02", "Ghana", NULL));
  CU_ASSERT(ev_with(d, "055", "Netherlands", "Indonesia"));
  CU_ASSERT(!ev_with(d, "03", "Netherlands", NULL));
  CU_ASSERT(ev_with(d, "017", "Chile", NULL));
  CU_ASSERT(ev_with(d, "143", "Peru", NULL));
  kg_doc_free(d);
  /* an election or its result not recognised is a rejection told as a
   * fact (120, Asserted: evfact.c); recognised, no rejection */
  d = full_run("Vote\n\nBolivia said it would not recognise the result of the election in Paraguay. Peru "
               "recognised the result on Monday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "Bolivia", NULL));
  CU_ASSERT(!ev_with(d, "12", "Peru", NULL));
  for (size_t k = 0; k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "12", 2))
      CU_ASSERT(d->events[k].factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
  /* "cut" after a name in a sentence with no verb is the name's past verb
   * (tagfix.c 9); funding cut is aid cut (162) */
  d = full_run("Aid\n\nNorway cut aid to Malawi on Monday. Canada cut its funding for the agency.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "162", "Norway", "Malawi"));
  CU_ASSERT(ev_with(d, "16", "Canada", NULL));
  CU_ASSERT(!ev_with(d, "07", "Norway", NULL));
  kg_doc_free(d);
  d = full_run("Court\n\nThe Chilean minister entered a guilty plea for fraud on Monday.\n");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "02", NULL, NULL));
  kg_doc_free(d);
}

/* round thirty-seven (dates): an event of code PREFIX dated DATE */
static int dated37(const kg_doc *d, const char *prefix, const char *date)
{
  for (size_t k = 0; k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, prefix, strlen(prefix)) && !strcmp(d->events[k].date, date))
      return 1;
  return 0;
}

/* an event of code PREFIX with no date */
static int undated37(const kg_doc *d, const char *prefix)
{
  for (size_t k = 0; k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, prefix, strlen(prefix)) && !d->events[k].date[0])
      return 1;
  return 0;
}

/* round thirty-seven (dates): a fronted "In 2021" is the sentence's year,
 * never a modifier of the name after it ("In 2024 Fiji signed"), and it is
 * lent to an "after" clause with no year of its own (not a day, not "three
 * years after"); "at the time" is the last clause date told before, "that
 * year" its year, with or without a document date; an act of a present
 * clause of time ("until X withdraws", "when the ministers meet") is Hedged;
 * a fronted phrase's participle keeps its place ("In a move seen in Lima");
 * a date after the verb of an "after" clause is that clause's */
static void test_round_thirtyseven_dates(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Pacts\n\nWELLINGTON, March 5, 2026 \xe2\x80\x94 In 2019 Tonga signed a fisheries accord "
                       "with Samoa, and this year its navy received a patrol boat.\n");
  if (!d)
    return;
  CU_ASSERT(dated37(d, "057", "2019"));
  CU_ASSERT(!dated37(d, "057", "2026"));
  kg_doc_free(d);
  d = full_run("Pacts\n\nWELLINGTON, March 5, 2026 \xe2\x80\x94 In 2017 Canada imposed sanctions on Venezuela "
               "after the army arrested an opposition leader.\n");
  if (!d)
    return;
  CU_ASSERT(dated37(d, "163", "2017"));
  CU_ASSERT(dated37(d, "173", "2017"));
  kg_doc_free(d);
  /* a day is not lent: the arrest may be of another day */
  d = full_run("Pacts\n\nWELLINGTON, March 5, 2026 \xe2\x80\x94 On Monday Canada imposed sanctions on Venezuela "
               "after the army arrested an opposition leader.\n");
  if (!d)
    return;
  CU_ASSERT(dated37(d, "163", "2026-03-02"));
  CU_ASSERT(undated37(d, "173"));
  kg_doc_free(d);
  d = full_run("Pacts\n\nWELLINGTON, March 5, 2026 \xe2\x80\x94 In 2017 Canada imposed sanctions on Venezuela "
               "three years after the army arrested an opposition leader.\n");
  if (!d)
    return;
  CU_ASSERT(!dated37(d, "173", "2017"));
  kg_doc_free(d);
  /* "At the time": the last clause date told before, in the sentence or
   * the one before it, not a noun's year ("the 2019 accord") */
  d = full_run("Rift\n\nLIMA, March 5, 2026 \xe2\x80\x94 Ties have been cold since May 2023, when Bolivia left "
               "the 2019 border accord. At the time, Peru accused Bolivia of bad faith.\n");
  if (!d)
    return;
  CU_ASSERT(dated37(d, "112", "2023-05"));
  CU_ASSERT(!dated37(d, "112", "2019"));
  kg_doc_free(d);
  /* no date told before: none invented */
  d = full_run("Rift\n\nLIMA, March 5, 2026 \xe2\x80\x94 Ties have long been cold. At the time, Peru accused "
               "Bolivia of bad faith.\n");
  if (!d)
    return;
  CU_ASSERT(undated37(d, "112"));
  kg_doc_free(d);
  /* nor a date of an aside of the sentence before ("who won ... in 2000") */
  d = full_run("Rift\n\nLIMA, March 5, 2026 \xe2\x80\x94 The minister, who led the talks in 2019, said the "
               "border must stay open. At the time, Peru accused Bolivia of bad faith.\n");
  if (!d)
    return;
  CU_ASSERT(!dated37(d, "112", "2019"));
  kg_doc_free(d);
  /* "that year" and "at the time" need no document date: the year told
   * before is absolute */
  d = full_run("Rift\n\nIn 2019 Bolivia closed its border with Peru. Peru accused Bolivia of bad faith that year. "
               "At the time, Chile criticised Bolivia.\n");
  if (!d)
    return;
  CU_ASSERT(dated37(d, "112", "2019"));
  CU_ASSERT(dated37(d, "111", "2019"));
  kg_doc_free(d);
  /* an act of a present clause of time is still to come: Hedged ("until
   * Bolivia withdraws", "when the ministers meet"); a past one happened */
  d = full_run("Rift\n\nChile will not reopen its border until Bolivia withdraws its accusations. Peru could "
               "impose sanctions when the ministers meet in Lima in November. Peru kept its border closed until "
               "Chile withdrew its accusations in 2019.\n");
  if (!d)
    return;
  int fut = 0, meet = 0, past = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    if (!strncmp(d->events[k].cameo, "112", 3) && d->events[k].date[0])
      past |= d->events[k].factuality == KG_FACT_ASSERTED;
    else if (!strncmp(d->events[k].cameo, "112", 3))
      fut |= d->events[k].factuality == KG_FACT_ASSERTED;
    if (!strncmp(d->events[k].cameo, "04", 2))
      meet |= d->events[k].factuality == KG_FACT_ASSERTED;
  }
  CU_ASSERT(!fut);
  CU_ASSERT(!meet);
  CU_ASSERT(past);
  kg_doc_free(d);
  /* a place in a participle on a fronted phrase places that participle's
   * act only: "In a move seen in Lima as retaliation, Chile summoned ... in
   * Santiago" (Santiago) */
  d = full_run("Rift\n\nIn a move seen in Lima as retaliation, Chile summoned Peru's ambassador in Santiago on "
               "Monday.\n");
  if (!d)
    return;
  int lima = 0, santiago = 0;
  for (size_t k = 0; k < d->nevents; k++)
    if (d->events[k].place >= 0) {
      lima |= !strcmp(d->actors[d->events[k].place].label, "Lima");
      santiago |= !strcmp(d->actors[d->events[k].place].label, "Santiago");
    }
  CU_ASSERT(santiago);
  CU_ASSERT(!lima);
  kg_doc_free(d);
  /* a date after an "after" clause's verb is that clause's, however parsed:
   * the protest of Sunday, the killing of Friday */
  d = full_run("Rift\n\nSANTIAGO, March 9, 2026 \xe2\x80\x94 Chile summoned Peru's ambassador on Sunday and lodged "
               "a strong protest after a mortar shell fired from across the border killed a young farmer late on "
               "Friday.\n");
  if (!d)
    return;
  CU_ASSERT(dated37(d, "11", "2026-03-08"));
  CU_ASSERT(!dated37(d, "11", "2026-03-06"));
  kg_doc_free(d);
}

/* Round thirty-five (speed): kg_tok_child through the token cache's children
 * index answers as the sentence scan does (every token, relations whole and
 * as prefixes), and the possessive test's quick first byte. */
/* round thirty-six (relations): a bare title's state from an appointer
 * ("nominated the finance minister, X"; "naming General X as commander"),
 * from the story's other state of a counterpart ("X and his Russian
 * counterpart"), from a person joined by "and" ("met Y and the army chief,
 * General X"), from a traveller ("arrived in Lima with Defence Minister
 * X"); a capitalised portfolio after "Minister of"; "X, who leads ...,
 * spoke by telephone with Y" (a simple past read as a participle); ", and
 * Bolivia by its foreign minister, X" (a gapped clause's "its"); a meeting of
 * "A and his counterpart, B" is theirs alone */
static void test_round_thirtysix_relations(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Mongolian President Khurelsukh Ukhnaa accepted the resignation on Monday and nominated the "
                       "trade minister, Batbold Ganzorig, to succeed him. Bolivian President Luis Arce swore in a new "
                       "navy command, naming Admiral Ramiro Quispe Torrez as commander.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Batbold Ganzorig", "Mongolia"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ramiro Quispe Torrez", "Bolivia"));
  kg_doc_free(d);
  /* an appointer with no state gives none */
  d = full_run("The committee nominated the trade minister, Batbold Ganzorig, for the prize.");
  if (!d)
    return;
  int32_t bg = kg_test_actor(d, "Batbold Ganzorig");
  for (size_t i = 0; i < d->nrels; i++)
    CU_ASSERT(d->rels[i].subj != bg || d->rels[i].kind != KG_REL_OFFICIAL);
  kg_doc_free(d);
  d = full_run("Kyrgyzstan closed its border with Tajikistan on Monday. Kyrgyzstan said the closure was temporary. "
               "Bishkek blamed smugglers. Foreign Minister Aibek Temirov and his Tajik counterpart, Sirojiddin "
               "Rahmonzoda, agreed to meet in Osh.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Aibek Temirov", "Kyrgyzstan"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Aibek Temirov", "Tajikistan"));
  kg_doc_free(d);
  d = full_run("Kenya's Minister of Regional Cooperation, Amina Wekesa, criticised the ruling. Her deputy, Otieno "
               "Kamau, summoned the ambassador.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Amina Wekesa", "Kenya"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Otieno Kamau", "Kenya"));
  kg_doc_free(d);
  /* "met Y and the army chief, General X": Y's state */
  d = full_run("The envoy met Chilean President Tomas Varela and the army chief, General Rodrigo Salinas, in Santiago "
               "on Monday.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Rodrigo Salinas", "Chile"));
  kg_doc_free(d);
  /* a companion of a trip: the traveller's state */
  d = full_run("Norway's prime minister, Jonas Berg, flew to Paris on Monday with Foreign Minister Tom Lien. Marta "
               "Sol, Chile's foreign minister, who arrived in Lima on Sunday with Defence Minister Ana Ruiz, said the "
               "talks went well.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Tom Lien", "Norway"));
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile"));
  kg_doc_free(d);
  /* "X, who leads ..., spoke by telephone with Y": "spoke" (tagged a participle) the main verb */
  d = full_run("Prime Minister Karim Haddad, who leads the Tunis-based government, spoke by telephone with President "
               "Tomas Varela of Chile on Monday evening, his office said.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Karim Haddad", "Tomas Varela"));
  kg_doc_free(d);
  /* a gapped clause's "its": the state opening it */
  d = full_run("Peru was represented by its trade minister, Rosa Quispe, and Bolivia by its foreign minister, Mario "
               "Condori.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Mario Condori", "Bolivia"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Mario Condori", "Peru"));
  kg_doc_free(d);
  d = full_run("Finnish Prime Minister Arvo Lindqvist and his Estonian counterpart, Kaarel Tamm, met for two hours "
               "at Juhan Saar's residence in Tartu.");
  if (!d)
    return;
  CU_ASSERT(ev_parts(d, "04", "Arvo Lindqvist", "Kaarel Tamm") != NULL);
  CU_ASSERT(!ev_with(d, "04", NULL, "Juhan Saar"));
  kg_doc_free(d);
}

static void test_round_thirtyfive_xfail2(void)
{
  NEED_DICT();
  /* a bare title opening a paragraph as its subject, in a story whose lead
   * has the dateline's state for subject: that state, though the sentence
   * names another (not when the person acts on the dateline's state) */
  kg_doc *d = full_run("Norway Expels Two Belarusian Diplomats\n\nOSLO, March 3, 2026 \xe2\x80\x94 Norway expelled two "
                       "Belarusian diplomats on Tuesday over an alleged spying ring in the northern port of Kirkenes.\n\n"
                       "Police said three men had been arrested at the harbour.\n\nForeign Minister Ingrid Solberg said "
                       "the ring had been run by officers of the Belarusian security service. She summoned the "
                       "Belarusian envoy.\n\nDefence Minister Henrik Aas accused Norway of staging the arrests.\n");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ingrid Solberg", "Norway"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ingrid Solberg", "Belarus"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Henrik Aas", "Norway"));
  kg_doc_free(d);
}

/* Round thirty-seven (relations): a bare title's state from the sentences
 * before when the speaker of a quotation opens the paragraph ("X, the
 * acting foreign minister, told"), against a dateline's state the holder
 * acts on, past a demonym of a capital where he spoke, past an object's
 * possessor ("summoned Norway's charge d'affaires") and a quotation's
 * subject ('"India is playing ...," he told'). */
static void test_round_thirtyseven_relations(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Moldova expelled the Russian ambassador on Saturday. The Moldovan Foreign Ministry said in a "
                       "statement that he had meddled in the election.\n\n\"No envoy can question the sovereignty of "
                       "our state,\" Ion Rusu, the acting foreign minister, told reporters in Chisinau.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Ion Rusu", "Moldova"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ion Rusu", "Russia"));
  kg_doc_free(d);
  d = full_run("Deal Row\n\nNAIROBI, Kenya, May 4, 2026 \xE2\x80\x94 Kenya suspended a trade deal with Tanzania on "
               "Monday.\n\nTanzania's Foreign Ministry said the move was unlawful. It said Tanzania would protect its "
               "traders.\n\nForeign Minister Juma Mbaraka summoned Kenya's ambassador in Dodoma on Tuesday.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Juma Mbaraka", "Tanzania"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Juma Mbaraka", "Kenya"));
  kg_doc_free(d);
  d = full_run("Quito said it would not back down. Foreign Minister Carlos Vera told a news conference in the "
               "Ecuadorian capital that there would be no apology.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Carlos Vera", "Ecuador"));
  kg_doc_free(d);
  d = full_run("Omar Khalid, Pakistan's foreign minister, said the accord could not be set aside. \"There is no such "
               "clause in it. India is playing with the lives of millions of people,\" he told the Senate. Defence "
               "Minister Tariq Rana accused New Delhi of staging the attack to justify aggression.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Tariq Rana", "Pakistan"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Tariq Rana", "India"));
  kg_doc_free(d);
  d = full_run("Iran's Foreign Ministry spokesman, Hamid Sadeghi, rejected the accusations. The ministry summoned "
               "Norway's charge d'affaires in Tehran. Foreign Minister Reza Karimi said Iran would not accept "
               "lectures.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Reza Karimi", "Iran"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Reza Karimi", "Norway"));
  kg_doc_free(d);
  /* a minister met, of another state, still stops the guess */
  d = full_run("Chile's foreign minister met Peru's foreign minister on Monday.\n\n"
               "Foreign Minister Ana Ruiz told reporters that the talks would continue.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Chile") && !has_rel(d, KG_REL_OFFICIAL, "Ana Ruiz", "Peru"));
  kg_doc_free(d);
  /* a dateline's state whose official, not itself, is the lead's subject
   * gives no bare title opening a later paragraph */
  d = full_run("Chip Row\n\nHANOI, October 8, 2026 \xE2\x80\x94 Vietnam's trade minister, Tran Van Long, told his "
               "Dutch counterpart on Thursday that the new Dutch curbs hurt trade, as the Netherlands tried to calm the "
               "row.\n\nPrime Minister Jan de Vries defended the curbs in parliament on Tuesday, saying the government "
               "had acted on its own.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Tran Van Long", "Vietnam"));
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Jan de Vries", "Vietnam"));
  kg_doc_free(d);
}

/* Thirty-sixth session (articles2): a date line opened by its weekday dates the story; members listed after a
 * capitalised hyphenated modifier ("a Beijing-backed body that includes") and after "N members including"; a named
 * state in "to which X belongs" and a stranded "that both countries belong to"; a ship named after its prefix
 * before is no actor when named alone; a common noun opening a quotation is no surname; "X, whose President Y
 * has ..., VERB"; a state's protest is a complaint (114); an accord one has is no signing; a name ending in "Route" is a place. */
static void test_round_thirtysix_articles2(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Rivals trade blows at the border\n\nFriday 6 March 2026\n\nTBILISI (AP) - Georgia recalled its "
                       "envoy from Armenia on Thursday.");
  if (!d)
    return;
  CU_ASSERT_STRING_EQUAL(d->date, "2026-03-06");
  kg_doc_free(d);
  d = full_run("The Shanghai Cooperation Organisation, a Beijing-backed body that includes China, Pakistan and Iran, "
               "met in Astana. The Arctic Council, which groups eight members including Norway and Finland, did not "
               "meet.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Pakistan", "Shanghai Cooperation Organisation"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Iran", "Shanghai Cooperation Organisation"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Finland", "Arctic Council"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Norway", "Arctic Council"));
  kg_doc_free(d);
  d = full_run("The Andean Community, to which Bolivia belongs, said nothing.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Bolivia", "Andean Community"));
  kg_doc_free(d);
  d = full_run("Chile and Peru traded accusations on Monday. Peru had not told the Pacific Alliance, the trade bloc "
               "that both countries belong to, of its plans. Bolivia was silent.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Chile", "Pacific Alliance"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Peru", "Pacific Alliance"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Bolivia", "Pacific Alliance"));
  kg_doc_free(d);
  d = full_run("The CCGS Amundsen left Halifax on Monday. Officials said the Amundsen would reach Greenland in May.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Amundsen") < 0);
  CU_ASSERT(kg_test_actor(d, "CCGS Amundsen") < 0);
  kg_doc_free(d);
  /* a common noun opening a quotation before its verb, written in lower case elsewhere, is no office holder's
   * surname */
  d = full_run("The colonels seized power on Tuesday. \"Power was handed back to the people,\" one of them said.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Simon Power") < 0);
  kg_doc_free(d);
  /* "X, whose President Y has ..., VERB": the state is the main verb's subject (the relative's "whose" hung
   * on its verb) */
  d = full_run("Kazakhstan, whose President Kassym-Jomart Tokayev has courted both sides, called for calm.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "02", "Kazakhstan", NULL));
  CU_ASSERT(!ev_with(d, "02", "Kassym-Jomart Tokayev", NULL));
  kg_doc_free(d);
  /* a state that protests lodges a complaint (114); students demonstrate (14) */
  d = full_run("Chile protested against the incursion on Monday. Students protested in Santiago.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "114", "Chile", NULL));
  CU_ASSERT(!ev_with(d, "140", "Chile", NULL));
  CU_ASSERT(ev_with(d, "14", NULL, NULL));
  kg_doc_free(d);
  /* an accord one has is a tie, no signing; one signed is */
  d = full_run("Japan, which has a security agreement with Australia, said nothing. India signed a trade pact with "
               "Oman.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "057", "Japan", NULL));
  CU_ASSERT(ev_with(d, "057", "India", NULL));
  kg_doc_free(d);
  /* a name ending in "Route" or "Corridor" is a place, no actor */
  d = full_run("China, which ships goods along the Arctic Silk Route, said nothing of the Zangezur Corridor.");
  if (!d)
    return;
  int32_t r = kg_test_actor(d, "Arctic Silk Route"), z = kg_test_actor(d, "Zangezur Corridor");
  CU_ASSERT(r < 0 || d->actors[r].type == KG_ACT_PLACE);
  CU_ASSERT(z < 0 || d->actors[z].type == KG_ACT_PLACE);
  kg_doc_free(d);
}

/* round thirty-six (target): "its" on what a violent act is done to, in a
 * clause a saying or accusing verb governs, is the sayer's when it was linked
 * to the doer itself or to the sayer; a state's own troops or a third side's
 * positions are left as they were; the unnamed group owning an object ("the
 * army's decision to close radio stations") is the target before one a
 * clause or phrase on the object names; "shot dead" and its object; a
 * mandative subjunctive after an institution's noun; a bombing beside a
 * sector's place */
/* plover, thirty-seventh session: a state's forces acting on an unnamed
 * group told with the place it is in, that place in the state's own land:
 * the group is the target (the place, the agent's own, was dropped and
 * left none); a foreign place or a place struck itself is left alone */
static void test_round_thirtyeight_plover6(void)
{
  NEED_DICT();
  /* the doer a deed object names with "by", hung on the deed's "of" noun
   * (evagainst.c deed_side): the act is aimed at the doer, not at the
   * state modifying the "of" noun */
  kg_doc *d = full_run("Kenya condemned the shelling of Somali villages by Ethiopia.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Kenya", "Ethiopia"));
  CU_ASSERT(!ev_with(d, "111", "Kenya", "Somalia"));
  kg_doc_free(d);
  d = full_run("Turkey criticised the arrest of Turkish journalists by Iran.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Turkey", "Iran"));
  kg_doc_free(d);
  /* the agent's own deed: no doer to aim at, the target stays */
  d = full_run("Pakistan condemned the killing of Afghan refugees by its own police.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Pakistan", "Afghanistan"));
  kg_doc_free(d);
  /* a past verb read as its object's adjective, the object with a
   * possessor and a gerund in its "of" phrase (treeverb.c): the verb is
   * the root, the possessor's state the target */
  d = full_run("Rwanda's army chief accused Uganda's government of arming Hutu militias.");
  if (!d)
    return;
  for (size_t k = 0; k < d->ntokens; k++)
    if (!strcmp(d->tokens[k].form, "accused"))
      CU_ASSERT(d->tokens[k].head == 0 && d->tokens[k].upos == KG_UPOS_VERB);
  CU_ASSERT(ev_with(d, "112", "Rwanda", "Uganda"));
  kg_doc_free(d);
  /* movements the data lacked (gen_dictionaries.py ORG_EXTRA): the side
   * of talks rejected, not the state where it was done */
  d = full_run("Hamas rejected talks with Fatah in Egypt.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "Hamas", "Fatah"));
  CU_ASSERT(!ev_with(d, "12", "Hamas", "Egypt"));
  kg_doc_free(d);
  d = full_run("The Tamil Tigers rejected the proposal in Norway on Friday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "Liberation Tigers of Tamil Eelam", NULL));
  kg_doc_free(d);
  /* "mediator" a sector noun (SECTOR_NOUNS_PLOVER638): the unnamed prefix
   * of an uncoded person is his group ("U.N. mediator X") */
  d = full_run("Somali clan leaders said they would meet U.N. mediator Ahmedou Ould-Abdallah in Djibouti.");
  if (!d)
    return;
  int med = 0;
  for (size_t k = 0; k < d->nevents; k++)
    med |= !strncmp(d->events[k].cameo, "036", 3) && d->events[k].target_noun >= 0 &&
           !strcmp(d->tokens[d->events[k].target_noun].form, "mediator");
  CU_ASSERT(med);
  kg_doc_free(d);
  /* with no target, the subject of a relative clause on the object tells
   * whose thing was criticised or rejected (evagainst.c relcl_doer) */
  d = full_run("Cuba condemned the embargo that Washington imposed in 1962.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Cuba", "United States"));
  kg_doc_free(d);
  d = full_run("Serbia rejected the plan that Kosovo's leaders proposed.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "12", "Serbia", "Kosovo"));
  kg_doc_free(d);
}

static void test_round_thirtyseven_plover(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Kenyan troops attacked Islamist fighters in northern Kenya on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_group_target(d, "19", "fighters"));
  CU_ASSERT(!ev_with(d, "19", "Kenya", "Kenya"));
  kg_doc_free(d);
  d = full_run("Malian soldiers killed seven Islamist fighters in central Mali.");
  if (!d)
    return;
  CU_ASSERT(ev_group_target(d, "18", "fighters"));
  kg_doc_free(d);
  d = full_run("Iraqi troops killed 12 insurgents in western Iraq, the defence ministry said.");
  if (!d)
    return;
  CU_ASSERT(ev_group_target(d, "18", "insurgents"));
  kg_doc_free(d);
  d = full_run("Sudanese troops attacked rebel forces in Darfur.");
  if (!d)
    return;
  CU_ASSERT(ev_group_target(d, "19", "forces"));
  kg_doc_free(d);
  /* a foreign state's place: its state stays the target */
  d = full_run("Ugandan troops attacked rebel fighters in eastern Congo.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Uganda", "Democratic Republic of the Congo") ||
            ev_group_target(d, "19", "fighters"));
  CU_ASSERT(!ev_with(d, "19", "Uganda", "Uganda"));
  kg_doc_free(d);
  /* no group: nothing is made up */
  d = full_run("Malian soldiers entered Kidal on Monday.");
  if (!d)
    return;
  for (size_t k = 0; k < d->nevents; k++)
    CU_ASSERT(d->events[k].target_noun < 0);
  kg_doc_free(d);
  /* a past verb read as its object's adjective, its subject hung on the
   * object as a possessor with no marker (treeverb.c): the subject is the
   * doer, also before a trailing attribution */
  d = full_run("Israeli army bulldozers demolished Palestinian homes and shops near Nablus.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Israel", "State of Palestine") || ev_with(d, "17", "Israel", "Palestine"));
  kg_doc_free(d);
  d = full_run("Israeli army bulldozers demolished Palestinian homes and shops near Nablus, residents said.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "Israel", "State of Palestine") || ev_with(d, "17", "Israel", "Palestine"));
  kg_doc_free(d);
  /* a people named by its plural against its own government (the
   * government's sector group the target, as for "Kenyan students") */
  d = full_run("Angry Ugandans blocked roads in Kampala on Monday to protest against the government.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "144", "Uganda", "Uganda"));
  CU_ASSERT(ev_with(d, "140", "Uganda", "Uganda"));
  kg_doc_free(d);
  d = full_run("Young Tunisians rioted in Sfax to press their demands on the government.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "145", "Tunisia", "Tunisia"));
  kg_doc_free(d);
}

/* articles5 round thirty-seven: a relative clause on the subject name set off
 * by commas, then the sentence's verb the parser hung on a word of the
 * clause as a reduced relative: the name does the verb and its conjunct */
static void test_round_thirtyseven_articles5(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Brazil, which shares borders with both countries, called for restraint and offered to "
                       "mediate.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "039", "Brazil", NULL));
  CU_ASSERT(!ev_with(d, "039", "Venezuela", NULL));
  kg_doc_free(d);
  d = full_run("Peru, which shares a border with Chile, condemned the seizure and offered to mediate.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "039", "Peru", NULL));
  CU_ASSERT(!ev_with(d, "039", "Chile", NULL));
  kg_doc_free(d);
  /* a verb the parser already reads as the root's stays so */
  d = full_run("Norway, which hosts the talks, condemned the attack.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Norway", NULL));
  kg_doc_free(d);
}

static void test_round_thirtyeight_lead(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Sahel Exit\n\nDAKAR, May 5, 2026 \xe2\x80\x94 Burkina Faso, Mali and Niger left the Economic "
                       "Community of West African States in January 2025. Hungary quit the International Criminal "
                       "Court in June. Eritrea announced its exit from IGAD. The striker left the club in May, and "
                       "Macron left Paris on Monday.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "160", "Mali", "Economic Community of West African States"));
  CU_ASSERT(ev_with(d, "160", "Niger", "Economic Community of West African States"));
  CU_ASSERT(ev_with(d, "160", "Hungary", "International Criminal Court"));
  CU_ASSERT(ev_with(d, "160", "Eritrea", "Intergovernmental Authority on Development"));
  CU_ASSERT(!ev_with(d, "16", "Emmanuel Macron", NULL));                    /* a city left: no reduction */
  CU_ASSERT(!ev_with(d, "16", "Intergovernmental Authority on Development", NULL));
  kg_doc_free(d);
  /* a clause after "since" parsed as a phrase with the verb an adjective of its object (treeverb.c); a summit
   * or talks concluded or wrapped up were held */
  d = full_run("Old Rivals\n\nCAIRO, May 5, 2026 \xe2\x80\x94 Egyptian President Abdel Fattah el-Sisi hosted the "
               "meeting. Relations between Turkey and Egypt have improved since Sisi and President Recep Tayyip "
               "Erdogan exchanged visits in 2024. Iran and the United States wrapped up talks in Muscat on Sunday. "
               "The leaders of Egypt and Jordan concluded their summit in Aqaba.\n");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Recep Tayyip Erdo\xc4\x9f" "an", NULL));
  CU_ASSERT(ev_parts(d, "046", "Iran", "United States") != NULL);
  CU_ASSERT(ev_parts(d, "040", "Egypt", "Jordan") != NULL);
  kg_doc_free(d);
  /* "N days later", "a month later", "the following month" after a date told before (evdate.c, dates.c); a week
   * after a month is no day */
  d = full_run("Envoys Out\n\nTEHRAN, August 3, 2025 \xe2\x80\x94 Iran expelled two French diplomats on December 12, "
               "2024. France recalled its ambassador the following month. Two days later, Germany summoned Iran's "
               "envoy. In March 2023, Iran arrested a French tourist. A week later, France protested. A month "
               "later, France expelled an Iranian diplomat.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "161", "France", "Iran");
  CU_ASSERT(e && !strcmp(e->date, "2025-01"));
  e = ev_find(d, "04", "Germany", NULL);             /* two days after a month told: no day */
  CU_ASSERT(e && !e->date[0]);
  e = ev_find(d, "11", "France", NULL);
  CU_ASSERT(e && !e->date[0]);
  e = ev_find(d, "16", "France", NULL);
  CU_ASSERT(e && (!strcmp(e->date, "2023-04") || !strcmp(e->date, "2025-01")));
  kg_doc_free(d);
  /* an act to come with no intent code of its own is hedged (evmodal.c); one with an intent code is that intent,
   * asserted; a past verb joined to a modal clause is told */
  d = full_run("Plans\n\nASTANA, May 5, 2026 \xe2\x80\x94 On Friday President Kassym-Jomart Tokayev will lay a wreath "
               "at the memorial. Kazakhstan will criticise the tariff. Tokayev will visit Turkmenistan. Peru said it would "
               "not be intimidated and accused Chile of spying.\n");
  if (!d)
    return;
  e = ev_find(d, "11", "Kazakhstan", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_HEDGED);
  e = ev_find(d, "036", "Kassym-Jomart Tokayev", NULL);
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  e = ev_find(d, "112", "Peru", "Chile");
  CU_ASSERT(e && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* articles7 round thirty-eight: a surname with its Arabic article ("al-Sharaa", "Al-Sharaa") is the person
 * named before in full; a Germanic name particle is part of the name for the parser ("Ursula von der Leyen, the
 * president of ..., accused"); a second clause's subject with its name set off by commas ("condemned the visit,
 * and Finland's president, Alexander Stubb, said") is no target of the first; a fronted time clause read as the
 * root gives way to the main clause, whose subject its pronoun names, with the phrase set off after it; a
 * subject's name read as a conjunct in its title's phrase is its apposition; "He was accompanied by Foreign
 * Minister X": X serves the state of the one the pronoun names; "made no comment on the visit": no visit */
static void test_round_thirtyeight_articles7(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Ahmed al-Sharaa arrived in Washington on Monday. Al-Sharaa met Donald Trump at the White "
                       "House. Trump praised al-Sharaa.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Ahmed al-Sharaa", "Donald Trump"));
  CU_ASSERT(ev_with(d, "051", "Donald Trump", "Ahmed al-Sharaa"));
  CU_ASSERT(kg_test_actor(d, "Al-Sharaa") < 0);
  kg_doc_free(d);
  d = full_run("Ursula von der Leyen, the president of the European Commission, accused Viktor Orb\xc3\xa1n of "
               "appeasement.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Ursula von der Leyen", "Viktor Orb\xc3\xa1n"));
  kg_doc_free(d);
  d = full_run("Lithuania and Estonia condemned the visit, and Finland's president, Alexander Stubb, said that the "
               "trip had damaged European unity.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Lithuania", NULL));
  CU_ASSERT(!ev_with(d, "111", "Lithuania", "Alexander Stubb"));
  kg_doc_free(d);
  d = full_run("Brazil criticised the decision, and Chile's foreign minister, Alberto van Klaveren, demanded an "
               "apology.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Brazil", NULL));
  CU_ASSERT(!ev_with(d, "111", "Brazil", "Alberto van Klaveren"));
  kg_doc_free(d);
  d = full_run("Viktor Orb\xc3\xa1n flew to Moscow in July. Karl Nehammer, Austria's chancellor, had travelled there "
               "in 2022. Only three days before he landed in Moscow, on 2 July 2024, Orb\xc3\xa1n had visited Kyiv. "
               "There he met Volodymyr Zelensky.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Viktor Orb\xc3\xa1n", "Volodymyr Zelenskyy"));
  CU_ASSERT(!ev_with(d, "04", "Karl Nehammer", "Volodymyr Zelenskyy"));
  const kg_event *e = ev_find(d, "042", "Viktor Orb\xc3\xa1n", "Ukraine");
  CU_ASSERT(e && !strcmp(e->date, "2024-07-02"));
  kg_doc_free(d);
  /* a subject's name read as a conjunct of the noun of its title's phrase */
  d = full_run("The secretary-general of the United Nations, Ant\xc3\xb3nio Guterres, condemned the attack on the "
               "hospital.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "111", "Ant\xc3\xb3nio Guterres", NULL));
  kg_doc_free(d);
  /* "He was accompanied by Foreign Minister X": the state of the one the pronoun names, known to the dictionary */
  d = full_run("India's prime minister, Narendra Modi, arrived in Moscow. He was accompanied by Foreign Minister "
               "Subrahmanyam Jaishankar.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_OFFICIAL, "Subrahmanyam Jaishankar", "India"));
  kg_doc_free(d);
  /* an act spoken about is no new act of the speaker's */
  d = full_run("Narendra Modi visited Moscow on Monday. China made no comment on the visit. Brazil made a comment on "
               "Modi's visit. France condemned the visit.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "042", "China", NULL));
  CU_ASSERT(!ev_with(d, "042", "Brazil", NULL));
  CU_ASSERT(ev_with(d, "042", "Narendra Modi", "Russia"));
  CU_ASSERT(ev_with(d, "111", "France", "Narendra Modi"));
  kg_doc_free(d);
  /* "A and B, which ..., also praised": the verb read as a clause on A */
  d = full_run("Saudi Arabia and Qatar, which had paid Syria's debts to the World Bank in May, also praised the "
               "outcome.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "051", "Saudi Arabia", NULL));
  CU_ASSERT(ev_with(d, "051", "Qatar", NULL));
  kg_doc_free(d);
}

/* gaps round thirty-eight: the person sent on a visit in apposition to the
 * object ("sent its special envoy, X, to Moscow") is a participant, the "to"
 * phrase's state the target */
static void test_round_thirtyeight_gaps(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Pyongyang sent its special envoy, Kim Song Nam, to Moscow on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "North Korea", "Russia"));
  CU_ASSERT(!ev_with(d, "042", NULL, "Kim Song Nam"));
  CU_ASSERT(ev_parts(d, "042", "Kim Song Nam", "Kim Song Nam") != NULL);
  kg_doc_free(d);
  d = full_run("Beijing dispatched its special envoy for Eurasian affairs, Li Wen, to Kyiv last week.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "China", "Ukraine"));
  CU_ASSERT(!ev_with(d, "042", NULL, "Li Wen"));
  kg_doc_free(d);
  /* the object a description standing for the person named before */
  d = full_run("Kim Song Nam is North Korea's special envoy. Pyongyang sent the envoy to Moscow on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "North Korea", "Russia"));
  CU_ASSERT(!ev_with(d, "042", NULL, "Kim Song Nam"));
  kg_doc_free(d);
  /* a destination with no name: the person sent is still no target */
  d = full_run("Paris has sent its special envoy, Jean Moreau, to the region twice since the truce began.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "042", NULL, "Jean Moreau"));
  kg_doc_free(d);
  /* allies by a pledge of mutual help in the accord they signed; not one only discussed or not signed */
  d = full_run("Moscow and Minsk signed a strategic partnership with a mutual assistance clause on Friday.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Russia", "Belarus") || has_rel(d, KG_REL_ALLY, "Belarus", "Russia"));
  kg_doc_free(d);
  d = full_run("Egypt and Sudan signed a treaty obliging each to come to the other's aid.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Egypt", "Sudan") || has_rel(d, KG_REL_ALLY, "Sudan", "Egypt"));
  kg_doc_free(d);
  d = full_run("Greece and Cyprus discussed a possible pact obliging each to come to the other's aid. Peru and "
               "Chile did not sign a partnership with a mutual assistance clause.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Greece", "Cyprus") && !has_rel(d, KG_REL_ALLY, "Cyprus", "Greece"));
  CU_ASSERT(!has_rel(d, KG_REL_ALLY, "Peru", "Chile") && !has_rel(d, KG_REL_ALLY, "Chile", "Peru"));
  kg_doc_free(d);
  /* an undated act "during the visit" or "there" takes the day of the visit told before; a meeting with no such
   * words keeps no date (the talks may have come a day later) */
  d = full_run("Title\n\nHANOI, May 8, 2026 \xe2\x80\x94 Indian Prime Minister Narendra Modi arrived in Hanoi on "
               "Wednesday for a two-day stay.\n\nHe met Vietnamese officials at the presidential palace. During the "
               "visit Modi praised Vietnam. Modi also toured a shipyard there.\n");
  if (!d)
    return;
  const kg_event *e = ev_find(d, "051", "Narendra Modi", "Vietnam");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-05-06"));
  for (size_t k = 0; k < d->nevents; k++)
    if (!strncmp(d->events[k].cameo, "04", 2) && strstr(d->text + d->sents[d->events[k].sent].start, "He met") ==
        d->text + d->sents[d->events[k].sent].start)
      CU_ASSERT(d->events[k].date[0] == 0);
  kg_doc_free(d);
  /* a subject list of more than four: every conjunct an agent */
  d = full_run("Russia, China, Iran, North Korea and Belarus condemned the new sanctions on Monday.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Belarus", NULL));
  CU_ASSERT(ev_with(d, "11", "Russia", NULL));
  kg_doc_free(d);
  /* a visitor greeted is a visit hosted (043), not praise; a greeting with no visit told stays as it was */
  d = full_run("Kim Jong Un arrived in Vladivostok on Tuesday. Vladimir Putin greeted Kim Jong Un at the station.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "043", "Vladimir Putin", "Kim Jong Un"));
  CU_ASSERT(!ev_with(d, "051", "Vladimir Putin", "Kim Jong Un"));
  kg_doc_free(d);
  d = full_run("Emmanuel Macron greeted Olaf Scholz on his arrival in Paris.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "043", "Emmanuel Macron", "Olaf Scholz"));
  kg_doc_free(d);
}

/* articles3 round thirty-seven: "whom" as the object of a relative clause
 * on an apposition; a title in a fronted prepositional phrase is no
 * apposition of the subject after its comma; "its ally" only for a state
 * named clearly most; "the visit to X" is a visit to X; "X is the first
 * minister to visit Y" is X's visit */
/* Round thirty-eight (articles6): the first object of a verb of handing over is the buyer ("sold Cyprus an air
 * defence system", "sold Greece fighter jets", "sold Iran weapons"); air defence systems, launchers and guns sold
 * are weapons; a name after "sold" hung as a compound of a common noun object is not taken from other verbs. */
static void test_round_thirtyeight_articles6(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Israel sold Cyprus an air defence system in 2024.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "062", "Israel", "Cyprus"));
  kg_doc_free(d);
  d = full_run("France has sold Greece fighter jets.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "062", "France", "Greece"));
  kg_doc_free(d);
  d = full_run("Russia sold Iran weapons last year.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "062", "Russia", "Iran"));
  kg_doc_free(d);
  d = full_run("Turkey sold rocket launchers to Ukraine.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "062", "Turkey", "Ukraine"));
  kg_doc_free(d);
  d = full_run("Poland bought Korean tanks and South Korean howitzers.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "062", "Poland", "South Korea"));
  kg_doc_free(d);
  /* a state's warning after "said ... and": the sayer's, not inside the clause reported */
  d = full_run("Turkey said the three countries had ignored the rights of the Turkish Cypriots and warned that no "
               "project could go ahead.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "13", "Turkey", NULL));
  kg_doc_free(d);
  d = full_run("Canada rejected the plan and warned that no pipeline could be built.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "13", "Canada", NULL));
  kg_doc_free(d);
  /* a passive's "by" phrase after a place: the doer */
  d = full_run("Modi was welcomed at the airport by Foreign Minister Ararat Mirzoyan.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Ararat Mirzoyan", "Narendra Modi"));
  kg_doc_free(d);
  /* an active verb's object with a "by" phrase: the phrase the object's, the blamed its doer */
  d = full_run("Russia blamed the drills by the United States for the tension.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Russia", "United States"));
  kg_doc_free(d);
  d = full_run("The firm blamed high fuel prices for the loss.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "112", NULL, NULL));
  kg_doc_free(d);
  d = full_run("Williams blamed her defeat by Serena Rossi on injuries.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "112", NULL, "Serena Rossi"));
  kg_doc_free(d);
}

static void test_round_thirtyseven_articles3(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Aleksandar Vucic, the president of Serbia, whom Croatia accused in 2024 of meddling, said he "
                       "would visit Zagreb.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Croatia", "Aleksandar Vu\xc4\x8di\xc4\x87"));
  kg_doc_free(d);
  d = full_run("Chile protested on Monday. In a note to the chairman of the African Union, Gabriel Boric urged "
               "restraint.");
  if (!d)
    return;
  CU_ASSERT(!has_rel(d, KG_REL_LEADER, "Gabriel Boric", "African Union"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Gabriel Boric", "African Union"));
  kg_doc_free(d);
  d = full_run("Iran held drills near Azerbaijan on Monday. Azerbaijan condemned Iran. Turkey backed its ally.");
  if (!d)
    return;
  CU_ASSERT(!ally_either(d, "Turkey", "Iran"));
  kg_doc_free(d);
  d = full_run("Hakan Fidan arrived in Yerevan on Thursday. Irakli Kobakhidze flew to Ankara on Friday. The visit to "
               "Yerevan was criticised by Armenian nationalists.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Armenia", "Hakan Fidan"));
  CU_ASSERT(!ev_with(d, "11", "Armenia", "Irakli Kobakhidze"));
  kg_doc_free(d);
  d = full_run("Hakan Fidan met Recep Tayyip Erdogan on Monday. Fidan is the first Turkish foreign minister to visit "
               "Armenia since 2009. Narendra Modi became the first Indian prime minister to visit Ukraine.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Hakan Fidan", "Armenia"));
  CU_ASSERT(!ev_with(d, "042", "Turkey", "Armenia"));
  CU_ASSERT(ev_with(d, "042", "Narendra Modi", "Ukraine"));
  kg_doc_free(d);
  /* a gapped second object ("and Djibouti twice"); not across a comma */
  d = full_run("Mohammed Al-Khulaifi visited Asmara three times and Djibouti twice between March and September. "
               "Kenya hosted Uganda on Monday and Tanzania.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "042", "Mohammed Al-Khulaifi", "Djibouti"));
  CU_ASSERT(ev_with(d, "042", "Mohammed Al-Khulaifi", "Eritrea"));
  CU_ASSERT(ev_with(d, "043", "Kenya", "Tanzania"));
  kg_doc_free(d);
  /* a town's name opening a person's name set off by commas after a common
   * noun ("his Armenian counterpart, Ararat Mirzoyan,") is the person's */
  d = full_run("Hakan Fidan and his Armenian counterpart, Ararat Mirzoyan, announced that the crossing would open.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Ararat Mirzoyan") >= 0);
  kg_doc_free(d);
  /* a name the NER model tags a person after "at the" is a site: no
   * target of the signing, which stays the two leaders' joint act */
  d = full_run("President Ismail Omar Guelleh of Djibouti and President Isaias Afwerki of Eritrea signed the "
               "declaration at the Amiri Diwan on Thursday.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "057", NULL, "Amiri Diwan"));
  CU_ASSERT(ev_find(d, "057", NULL, NULL) && ev_find(d, "057", NULL, NULL)->npart >= 2);
  kg_doc_free(d);
  /* "and himself a former minister of Y" closes the first apposition's title */
  d = full_run("Mahmoud Ali Youssouf, the chairperson of the African Union Commission and himself a former foreign "
               "minister of Djibouti, praised Qatar for its role.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_LEADER, "Mahmoud Ali Youssouf", "African Union") ||
            has_rel(d, KG_REL_OFFICIAL, "Mahmoud Ali Youssouf", "African Union"));
  CU_ASSERT(!has_rel(d, KG_REL_OFFICIAL, "Mahmoud Ali Youssouf", "Djibouti"));
  kg_doc_free(d);
  /* CURATED_ARTICLES337: protesters who gather, slogans chanted (141) */
  d = full_run("Hundreds of demonstrators assembled outside parliament in Minsk on Monday. Students chanted slogans "
               "against the government in Dhaka.");
  if (!d)
    return;
  CU_ASSERT(ev_find(d, "141", NULL, NULL) != NULL);
  CU_ASSERT(ev_with(d, "141", NULL, "Bangladesh"));
  kg_doc_free(d);
  /* a cemetery (mausoleum, monument, shrine ...) named by the NER model as an organisation is a site */
  d = full_run("Shavkat Mirziyoyev laid a wreath at the Seoul National Cemetery on Wednesday.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Seoul National Cemetery") < 0 ||
            d->actors[kg_test_actor(d, "Seoul National Cemetery")].type == KG_ACT_PLACE);
  CU_ASSERT(!ev_with(d, "0", NULL, "Seoul National Cemetery"));
  kg_doc_free(d);
}

/* articles4 round thirty-seven: "the envoy" after "sent his adviser, X,"
 * is the person sent; "the junta" after "the junta that rules X" is X */
static void test_round_thirtyeight_roles(void)
{
  NEED_DICT();
  /* "the Kremlin chief", "the 68-year-old Turkish leader": the state's one leader named before */
  kg_doc *d = full_run("Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in "
                       "Sochi on Friday. The Kremlin chief praised Ankara's role in the grain deal. The 72-year-old "
                       "Turkish leader, in turn, thanked Putin for his hospitality.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "05", "Vladimir Putin", NULL));
  CU_ASSERT(!ev_with(d, "05", "Russia", NULL));
  CU_ASSERT(ev_with(d, "05", "Recep Tayyip Erdoğan", "Vladimir Putin"));
  CU_ASSERT(!ev_with(d, "05", "Turkey", "Vladimir Putin"));
  kg_doc_free(d);
  /* "the former ... leader" is someone else's office; "the Kremlin chief of staff" no leader */
  d = full_run("Russian President Vladimir Putin met the French envoy on Monday. The Kremlin chief of staff "
               "criticised Japan.");
  if (!d)
    return;
  CU_ASSERT(!ev_with(d, "11", "Vladimir Putin", "Japan"));
  kg_doc_free(d);
  /* "the 81-year-old president": the salient person bearing the title */
  d = full_run("President Joe Biden met Chancellor Olaf Scholz at the White House. The 81-year-old president "
               "has criticised China.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Joe Biden", "China"));
  kg_doc_free(d);
  /* a bare "the 81-year-old": the salient person */
  d = full_run("President Joe Biden met Chancellor Olaf Scholz at the White House. The 81-year-old, who met Scholz "
               "for the third time, later accused China of unfair trade.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "112", "Joe Biden", "China"));
  kg_doc_free(d);
  /* "X has described Y as its closest ally": its is X; "welcomed X as a full member" of the subject's bloc */
  d = full_run("Kenya is a member of the East African Community, and Washington has long regarded Nairobi as its "
               "closest partner in the region. Ethiopia has described Djibouti as its closest ally in the Horn. "
               "Leaders of the Southern African Development Community welcomed Comoros as a full member on Monday. "
               "NATO would not accept Georgia as a member.");
  if (!d)
    return;
  CU_ASSERT(has_rel(d, KG_REL_ALLY, "Ethiopia", "Djibouti"));
  CU_ASSERT(has_rel(d, KG_REL_MEMBER, "Comoros", "Southern African Development Community"));
  CU_ASSERT(!has_rel(d, KG_REL_MEMBER, "Georgia", "North Atlantic Treaty Organization"));
  kg_doc_free(d);
  /* "Lula" alone: the dictionary's Luiz Inácio Lula da Silva */
  d = full_run("Lula met Milei in Brasilia on Monday and praised Argentina.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "Luiz In\xc3\xa1" "cio Lula da Silva", "Javier Milei"));
  kg_doc_free(d);
  /* an accented first name that folds to a demonym ("Germ\xc3\xa1n": "German") opens a person's name */
  d = full_run("Germ\xc3\xa1n Mart\xc3\xadnez, who leads the opposition bloc in the lower house, said his deputies "
               "would vote against the budget. Mart\xc3\xadnez later accused Milei of lying.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Germ\xc3\xa1n Mart\xc3\xadnez") == KG_ACT_PERSON);
  CU_ASSERT(actor_type(d, "Germany") == -1);
  kg_doc_free(d);
  /* an opening "He" is the one person the sentence before names; "He added" the speaker before */
  d = full_run("Governor Axel Kicillof said the plan would cost jobs. The governor accused Milei of lying. Chile, an "
               "associate member, sent its foreign minister, Alberto van Klaveren. He criticised Venezuela.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "Alberto van Klaveren", "Venezuela"));
  CU_ASSERT(!ev_with(d, "11", "Axel Kicillof", "Venezuela"));
  kg_doc_free(d);
}

static void test_round_thirtyseven_articles4(void)
{
  NEED_DICT();
  kg_doc *d = full_run("Kenya's President William Ruto dispatched his chief of staff, John Deng, to Juba on Monday. "
                       "The envoy met South Sudan's President Salva Kiir Mayardit and urged him to release the "
                       "detained officials.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "04", "John Deng", "Salva Kiir Mayardit"));
  CU_ASSERT(!ev_with(d, "04", "William Ruto", NULL));
  kg_doc_free(d);
  d = full_run("The military junta that rules Mali has expelled French troops. Russia sent instructors to the "
               "region last year, and Moscow has praised the ties. The United States accused the junta of abuses "
               "against civilians.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "11", "United States", "Mali"));
  CU_ASSERT(!ev_with(d, "11", "United States", "Russia"));
  kg_doc_free(d);
  /* a name after "the battle of" is a place, not a person */
  d = full_run("The president flew to the steppe to honour the dead of the battle of Khalkhin Gol with his host.");
  if (!d)
    return;
  for (size_t a = 0; a < d->nactors; a++)
    CU_ASSERT(strcmp(d->actors[a].label, "Khalkhin Gol") || d->actors[a].type == KG_ACT_PLACE);
  kg_doc_free(d);
  /* a sea named bare is a place (the dictionary's regions) */
  d = full_run("Greek and Turkish frigates shadowed each other across the Aegean for weeks.");
  if (!d)
    return;
  CU_ASSERT(actor_type(d, "Aegean") == KG_ACT_PLACE || actor_type(d, "Aegean") == -1);
  kg_doc_free(d);
}

static void test_round_thirtysix_target(void)
{
  NEED_DICT();
  kg_doc *d = full_run("The Philippines said Chinese vessels fired water cannon at its boats near the reef.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "17", "China", "Philippines"));
  kg_doc_free(d);
  d = full_run("Chinese coast guard ships rammed its supply vessels near the reef, the Philippines said.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "1", "China", "Philippines"));
  kg_doc_free(d);
  d = full_run("Tajikistan said Kyrgyz troops attacked its border posts overnight.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Kyrgyzstan", "Tajikistan"));
  kg_doc_free(d);
  d = full_run("India accused Pakistan of shelling its villages along the frontier.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Pakistan", "India"));
  CU_ASSERT(!ev_with(d, "19", "Pakistan", "Pakistan"));
  kg_doc_free(d);
  d = full_run("Pakistan said India's strike on its territory was an act of war.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "India", "Pakistan"));
  kg_doc_free(d);
  /* no sayer of another side: nothing to take; a third side named stays */
  d = full_run("Russia said its troops shelled Ukrainian positions. Chinese ships fired water cannon at its boats.");
  if (!d)
    return;
  CU_ASSERT(ev_with(d, "19", "Russia", "Ukraine"));
  CU_ASSERT(!ev_with(d, "19", "Russia", "Russia"));
  CU_ASSERT(!ev_with(d, "17", "China", "Russia"));
  kg_doc_free(d);
  /* the unnamed group owning the object is the target before a group a
   * clause or phrase on the object names */
  d = full_run("The Ugandan information minister defended the army's decision to close two radio stations. "
               "The Kenyan interior minister defended the police's use of force against the striking dockers.");
  if (!d)
    return;
  int seen = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    if (strncmp(e->cameo, "05", 2) || e->target_noun < 0)
      continue;
    seen++;
    CU_ASSERT(kg_tok_is(d, (uint32_t)e->target_noun, "army") || kg_tok_is(d, (uint32_t)e->target_noun, "police"));
  }
  CU_ASSERT(seen == 2);
  kg_doc_free(d);
  /* "shot dead" with its object after the adjective (the parser's oblique
   * or the adjective's subject): the group shot is the target */
  d = full_run("Gunmen shot dead the mayor on Tuesday. Masked gunmen shot dead three men outside a bar.");
  if (!d)
    return;
  seen = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    if (strncmp(e->cameo, "18", 2) || e->target_noun < 0)
      continue;
    seen++;
    CU_ASSERT(kg_tok_is(d, (uint32_t)e->target_noun, "mayor") || kg_tok_is(d, (uint32_t)e->target_noun, "men"));
  }
  CU_ASSERT(seen == 2);
  kg_doc_free(d);
  /* a mandative subjunctive after an institution's noun is a verb, so the
   * demand is made of the institution; a title after "government" and a
   * name after it stay nouns */
  d = full_run("Opposition leaders demanded on Friday that the government overhaul the electoral law. "
               "They asked that the government spokesman Ali Reza resign.");
  if (!d)
    return;
  seen = 0;
  for (size_t k = 0; k < d->ntokens; k++) {
    if (kg_tok_is(d, (uint32_t)k, "overhaul"))
      CU_ASSERT(d->tokens[k].upos == KG_UPOS_VERB);
    if (kg_tok_is(d, (uint32_t)k, "spokesman"))
      CU_ASSERT(d->tokens[k].upos != KG_UPOS_VERB);
  }
  for (size_t k = 0; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    if (!strncmp(e->cameo, "10", 2) && e->target_noun >= 0 && kg_tok_is(d, (uint32_t)e->target_noun, "government"))
      seen++;
  }
  CU_ASSERT(seen == 1);
  kg_doc_free(d);
  /* a bombing beside a sector's place is aimed at that group; "himself" is
   * no one's object */
  d = full_run("A suicide bomber blew himself up outside a police station on Tuesday. "
               "A car bomb exploded beside an army convoy on the highway.");
  if (!d)
    return;
  seen = 0;
  for (size_t k = 0; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    if (!strncmp(e->cameo, "183", 3) && e->target_noun >= 0 &&
        (kg_tok_is(d, (uint32_t)e->target_noun, "police") || kg_tok_is(d, (uint32_t)e->target_noun, "army")))
      seen++;
  }
  CU_ASSERT(seen == 2);
  kg_doc_free(d);
}

static void test_round_thirtyfive_speed(void)
{
  kg_doc *d = full_run("The minister of the interior, who met the envoy's aides, said talks would resume. "
                       "\"We will not give up,\" the spokesman told reporters and the ministry's staff in Paris. "
                       "Rebels attacked the town\xE2\x80\x99s police station and burned two cars.");
  if (!d)
    return;
  static const char *const rels[] = { "nsubj", "obj", "nmod", "case", "det", "amod", "conj", "cc", "punct",
                                      "acl", "aux", "nmod:poss", "compound", "obl", "advcl", "ccomp", NULL };
  size_t n = d->ntokens, bad = 0, found = 0;
  int32_t *want = malloc(n * 32 * sizeof *want);
  CU_ASSERT_PTR_NOT_NULL_FATAL(want);
  for (size_t i = 0; i < n; i++)
    for (int r = 0; rels[r]; r++)
      for (int pf = 0; pf < 2; pf++)
        want[(i * 16 + (size_t)r) * 2 + (size_t)pf] = kg_tok_child(d, (uint32_t)i, rels[r], pf);
  int tc = kg_tok_cache_begin(d);
  CU_ASSERT_TRUE(tc);
  for (size_t i = 0; i < n; i++)
    for (int r = 0; rels[r]; r++)
      for (int pf = 0; pf < 2; pf++) {
        int32_t got = kg_tok_child(d, (uint32_t)i, rels[r], pf);
        bad += got != want[(i * 16 + (size_t)r) * 2 + (size_t)pf];
        found += got >= 0;
      }
  kg_tok_cache_end(tc);
  CU_ASSERT_EQUAL(bad, 0);
  CU_ASSERT_TRUE(found > 20);
  size_t poss = 0;
  for (size_t i = 0; i < n; i++)
    poss += kg_tok_is_poss(&d->tokens[i]) != 0;
  CU_ASSERT_EQUAL(poss, 3);                 /* envoy's, ministry's, town's (typographic) */
  free(want);
  kg_doc_free(d);
}

CU_ErrorCode kg_suite_heldout(void)
{
  CU_pSuite s = CU_add_suite("heldout", NULL, NULL);
  if (!s ||
      !CU_add_test(s, "a month of last/next/this year", test_month_of_relative_year) ||
      !CU_add_test(s, "names: glued particles, acronyms, places", test_name_shapes) ||
      !CU_add_test(s, "offices: spokesman for, envoy for, his spokesman, led by", test_office_phrases) ||
      !CU_add_test(s, "membership: of which, along with, the council; treaty ally", test_membership_phrases) ||
      !CU_add_test(s, "accused of V-ing is alleged", test_accused_of) ||
      !CU_add_test(s, "thanks, calls to a counterpart, a title as subject", test_thanks_and_calls) ||
      !CU_add_test(s, "a possessor after a locative; pairs two sentences back", test_possessor_and_pairs) ||
      !CU_add_test(s, "an apposition naming a city makes a place", test_apposition_places) ||
      !CU_add_test(s, "a summoned envoy's apposition, a visit by, the court, comma-below letters, X City, causes, cays, where, graded participles, ordered both, X, and Y, dislocated titles, relative modals", test_round_ten_heldout2) ||
      !CU_add_test(s, "accused of V-ing as a conjunct; appeal to both", test_accused_of_conjunct) ||
      !CU_add_test(s, "dateline cities with accents; a town opening a name", test_dateline_city_and_town_names) ||
      !CU_add_test(s, "organisation appositions and lists; welcome, suspend", test_organisation_appositions) ||
      !CU_add_test(s, "the month May is no modal", test_month_may) ||
      !CU_add_test(s, "round twelve (heldout): a title's apposition name; warnings of one's own side; the two "
                   "neighbours; a host by-agent, a title's conjunct name; seats of government, the group's; "
                   "whose-clauses, X-aligned groups, the ambassador, the ministry's spokeswoman, named vessels seized, ready to fund, according to", test_round_twelve_heldout) ||
      !CU_add_test(s, "family name first in East Asia only", test_family_name_first) ||
      !CU_add_test(s, "X, the foreign minister; unnamed-group subjects; storming an embassy; cyber-attack; conjunct dates", test_round_eleven) ||
      !CU_add_test(s, "round eleven (heldout2): a subject's apposition for pronouns, the government in X, called the move absurd, two surnames", test_round_eleven_heldout2) ||
      !CU_add_test(s, "round eleven (heldout2): members with, one of the council's members, spokesman for a "
                   "ministry, lodged representations, the two leaders, did not take place, raised tariffs",
                   test_round_eleven_heldout2_relations) ||
      !CU_add_test(s, "a portfolio between a demonym and a title", test_portfolio_titles) ||
      !CU_add_test(s, "round twenty-four (heldout): the secretary of state, X, said; the minister, X, told",
                   test_round_twentyfour_heldout_title_appos) ||
      !CU_add_test(s, "round twenty-five (heldout): his counterpart joined by and, member since, formed the "
                   "confederation Y, fronted dates with the subject on them, a veto lifted", test_round_twentyfive_heldout) ||
      !CU_add_test(s, "round twenty-six (heldout): a weekday inside the subject's phrase, the okina, an objection "
                   "lifted", test_round_twentysix_heldout) ||
      !CU_add_test(s, "a name after a flag or a vessel noun is a ship", test_flagged_ships) ||
      !CU_add_test(s, "a means noun, by telephone, is its verb's", test_means_noun) ||
      !CU_add_test(s, "an ally noun after a coordinated noun", test_coordinated_ally) ||
      !CU_add_test(s, "subjects of gerund adverbials, modal conjuncts; the vote", test_clause_subjects) ||
      !CU_add_test(s, "warned X against; warned that ... if Y", test_warnings) ||
      !CU_add_test(s, "round twelve (heldout3): each other, the head of the state company, the UN's chief, "
                   "no guessed state acted on", test_round_twelve_heldout3) ||
      !CU_add_test(s, "round twelve (heldout3, b): the agency named before, the French leader named before",
                   test_round_twelve_heldout3_b) ||
      !CU_add_test(s, "round twelve (heldout3, c): a speaker's conjoined appeal, a past verb after a negated "
                   "predicate, that year", test_round_twelve_heldout3_c) ||
      !CU_add_test(s, "round twelve (heldout3, d): a state's name opening a bracketed acronym's name, hyphenated "
                   "acronyms, the accused act inside a name", test_round_twelve_heldout3_d) ||
      !CU_add_test(s, "round thirteen (heldout3): plots, persons seized, participle clauses, persona non grata, "
                   "support expressed, the ministry", test_round_thirteen_heldout3) ||
      !CU_add_test(s, "round thirteen (heldout3, b): a portfolio after of, defence pacts, a title named before, "
                   "hyphened titles, dams", test_round_thirteen_heldout3_b) ||
      !CU_add_test(s, "round thirteen (heldout2): a name after an apposition's conjunction, Crown Prince X, a title "
                   "at the time, the village of X, the two ministers who spoke, the two countries of a pact, joint "
                   "air and naval exercises, mutual defence pacts, the country named as a place, who after an "
                   "apposition, the ministry in a capital, the Channel Islands",
                   test_round_thirteen_heldout2) ||
      !CU_add_test(s, "stopped short of V-ing is negated", test_stop_short_of) ||
      !CU_add_test(s, "a pipeline's or terminal's name is no actor", test_facility_names) ||
      !CU_add_test(s, "X, Putin's aide: the owner's state", test_possessor_person_apposition) ||
      !CU_add_test(s, "recalled for consultations is no meeting", test_recall_for_consultations) ||
      !CU_add_test(s, "a second object after a date, on its own date", test_object_after_date) ||
      !CU_add_test(s, "a bare title takes no state from an embedded clause's subject",
                   test_bare_title_embedded_subject) ||
      !CU_add_test(s, "a possessed leader's ally apposition: the state's", test_ally_of_possessed_leader) ||
      !CU_add_test(s, "a treaty's name is no actor nor place", test_treaty_names) ||
      !CU_add_test(s, "invited to a capital: the place, not the target", test_invited_to_capital) ||
      !CU_add_test(s, "round fourteen (heldout): von der, Lashkar-e-Taiba, a NATO member, before joining, "
                   "crossings closed", test_round_fourteen_heldout) ||
      !CU_add_test(s, "round fourteen (heldout, b): an opening participle clause, a verb after a quotation, a "
                   "which object, stopped pumping, military operations", test_round_fourteen_heldout_b) ||
      !CU_add_test(s, "round fourteen (heldout, c): stood with", test_round_fourteen_heldout_c) ||
      !CU_add_test(s, "round fifteen (heldout2): a past verb after an infinitive, it was V-ing, urged calm, a "
                   "participle on an object, oil shipped, Plaza X", test_round_fifteen_heldout2) ||
      !CU_add_test(s, "round fifteen (heldout2, b): a noun-phrase sentence, a second clause taken for a noun, "
                   "Police, no object across a comma, in central X", test_round_fifteen_heldout2_b) ||
      !CU_add_test(s, "round fifteen (heldout3): an opening name's apposition, said taken for a name, a clause "
                      "summed up by a noun", test_round_fifteen_heldout3) ||
      !CU_add_test(s, "round fifteen (heldout2, c): a title parsed as the subject, the attorney general, removed it",
                   test_round_fifteen_heldout2_c) ||
      !CU_add_test(s, "round fifteen (heldout3, b): agreements ended, aid blocked, said that it was V-ing, armed "
                      "forces minister", test_round_fifteen_heldout3_b) ||
      !CU_add_test(s, "round sixteen (heldout): Ecuadorian, relations broken off, called a violation, a subject "
                      "is no object", test_round_sixteen_heldout) ||
      !CU_add_test(s, "round sixteen (heldout, b): must be ratified, two allies of X, a visit's companion",
                   test_round_sixteen_heldout_b) ||
      !CU_add_test(s, "round sixteen (heldout, c): the following day, two dates in one sentence",
                   test_round_sixteen_heldout_c) ||
      !CU_add_test(s, "round eighteen (heldout2): al- family parts of a name, Minister Sheikh X", test_round_eighteen_heldout2_names) ||
      !CU_add_test(s, "round eighteen (heldout2): the six-member bloc, a statement issued on a day",
                   test_round_eighteen_heldout2_bloc) ||
      !CU_add_test(s, "round eighteen (heldout2): the junta's leader received by", test_round_eighteen_heldout2_junta) ||
      !CU_add_test(s, "round nineteen (heldout2): Niue, Minister Prince X, a complaint withdrawn, aid paused",
                   test_round_nineteen_heldout2) ||
      !CU_add_test(s, "round twenty (heldout): a note of protest after a summons, sworn in as Y's title, Ministry's",
                   test_round_twenty_heldout) ||
      !CU_add_test(s, "round twenty-one (heldout): avoided V-ing, refrained from V-ing, came close to V-ing",
                   test_round_twentyone_heldout_avoid) ||
      !CU_add_test(s, "round twenty-one (heldout): a bare month after a dated month of its sentence",
                   test_round_twentyone_heldout_month_year) ||
      !CU_add_test(s, "round twenty-two (heldout): the states that founded an organisation are its members",
                   test_round_twentytwo_heldout_founders) ||
      !CU_add_test(s, "round twenty-seven (lead): boarded and seized, a past verb after a reduced relative, "
                      "a move X condemned, handed X a note, a state body's told official", test_round_twentyseven_lead) ||
      !CU_add_test(s, "round thirty (lead): called X \"shameful\", would not comment, a visit placed by the "
                      "dateline, X, Russia's company, leaders' mutual defence treaty, met A, the Y, and B, its "
                      "minister, X, handed him a note condemning, police detained N and deported, Israeli jets struck",
                   test_round_thirty_lead) ||
      !CU_add_test(s, "round thirty-one (lead): cautioned that ... is a pessimistic comment, tabled a resolution, obstructed, "
                      "an ally of Y in NATO, In Berlin, a government spokesman, while X's president, Y, condemned, "
                      "warned that X would pay a heavy price, Israeli F-35 jets", test_round_thirtyone_lead) ||
      !CU_add_test(s, "round thirty-two (lead): the incident was condemned by X, the visit drew criticism from X, The Prime "
                      "Minister of India met, The Sultan of Oman, The Emir of Kuwait, X, angered Bolivia, "
                      "appalled by Hungary's veto, vetoed a resolution demanding, an allegation that X denied, "
                      "Police used tear gas and water cannon to disperse",
                   test_round_thirtytwo_lead) ||
      !CU_add_test(s, "round thirty-three (lead): according to state media, according to the agency X as the root, "
                      "the X industrial park, welcomed closer ties, a bare title after two states in exchange, They after "
                      "a joint act, told ... and offered to, shelled a hospital in X, no object across but",
                   test_round_thirtythree_lead) ||
      !CU_add_test(s, "round thirty-four (lead): X remains / has long been Y's ally, protecting one's own security, "
                      "the junta in X, the military rulers, the oil-rich kingdom, the reclusive state",
                   test_round_thirtyfour_lead) ||
      !CU_add_test(s, "round thirty-five (articles): diacritics dropped, a warrant for his arrest, together with, "
                      "diplomats ordered to leave, the reporter, a place opening a group's name, wealth plundered, on "
                      "a state visit, In X, A and B, and the two governments, X's ministry said it, chaired the "
                      "group, welcomed a bid, recalled X (the ambassador named before)",
                   test_round_thirtyfive_articles) ||
      !CU_add_test(s, "round thirty-five (lead): irregular pasts the tagger read as nouns (froze, swore), and then "
                      "cut military aid, the top seed and defending champion, a frigate dispatched, vowed to crush the Rapid "
                      "Support Forces, the meeting not one's own state's", test_round_thirtyfive_lead) ||
      !CU_add_test(s, "round thirty-six (lead): after a shell fired from X killed Y, a clause with a reduced relative; "
                      "a gold mine run by, a coup three years ago, marched through X, in the rebel-held city of X",
                   test_round_thirtysix_lead) ||
      !CU_add_test(s, "round thirty-six (relations): nominated the trade minister, X; naming Admiral X as "
                      "commander; X and his Tajik counterpart; met Y and the army chief, General X; flew with Foreign "
                      "Minister X; X, who leads ..., spoke by telephone with Y; Minister of Regional Cooperation, X; "
                      "A and his counterpart, B, met; and Bolivia by its foreign minister, X", test_round_thirtysix_relations) ||
      !CU_add_test(s, "round thirty-five (xfail): his guest, her host; its ally; NATO's bombing of X; the regime; "
                      "said the accusations were absurd; X, NATO's secretary-general, spoke; and his counterpart, Y; "
                      "spoke to X and urged him; A, B and C pledged personnel",
                   test_round_thirtyfive_xfail) ||
      !CU_add_test(s, "round thirty-three (essays): a statement condemning the launch, the lead paragraph's acts, "
                      "withdrew and reimposed, have long been allies, described X as a partner, the Ministry of "
                      "External Affairs, where X holds a veto", test_round_thirtythree_essays) ||
      !CU_add_test(s, "round thirty-three (xfail): the day of the sentence before for He warned, the same name "
                      "going on, a quotation's teller next; sent congratulations; as did X; called it a fantasy",
                   test_round_thirtythree_xfail) ||
      !CU_add_test(s, "round eighteen (heldout2): the delegation named before", test_round_eighteen_heldout2_delegation) ||
      !CU_add_test(s, "round eighteen (heldout2): a delegation's heads titled after the name, the second head",
                   test_round_eighteen_heldout2_delegation_heads) ||
      !CU_add_test(s, "round eighteen (heldout2): minister for X and the Y, Solomons, the X channel",
                   test_round_eighteen_heldout2_portfolio) ||
      !CU_add_test(s, "round eighteen (heldout2): Secretary-General X said after an organisation",
                   test_round_eighteen_heldout2_org_title) ||
      !CU_add_test(s, "round twenty-seven (heldout): the Treaty of X which A and B signed, the forum, both "
                      "governments, Sheikh in a name, Reverend, a misread participle, a note handed to him",
                   test_round_twentyseven_heldout) ||
      !CU_add_test(s, "round thirty (heldout): a protest told as the purpose of a summons, at the envoy's state; "
                      "ruled out; X, which ..., is a member of Y",
                   test_round_thirty_heldout) ||
      !CU_add_test(s, "round thirty-one (heldout): a joined clause's past verb read as its object's adjective, "
                      "A and then B struck, X's ambassador to the agency, Y, the ambassador four sentences on, "
                      "A bin B without the family name, reluctant to",
                   test_round_thirtyone_heldout) ||
      !CU_add_test(s, "round thirty-two (heldout): a mixed-case dateline with the day before the month, a byline's date, "
                      "his ministry handed X a note and accused, a mononym before a state's titled apposition",
                   test_round_thirtytwo_heldout) ||
      !CU_add_test(s, "round thirty-three (coref): after Russian jets entered its airspace ... since it joined NATO, "
                      "the ruling Georgian Dream party, It is a member of, has given the country military aid, "
                      "In 2023 its parliament, A, the bloc's chief, and B, its commissioner, X's ministry called ... "
                      "and said it",
                   test_round_thirtythree_coref) ||
      !CU_add_test(s, "round thirty-three (coref2): invited it after Russian oil, its neighbour, the two leaders "
                      "and the two sides with a state's unnamed president, its secretary general at the ministry in "
                      "Athens, his party, the X, ... Its, agreements it signed, the two rivals, the two governments "
                      "of two leaders, both sides of one act on two, her party",
                   test_round_thirtythree_coref2) ||
      !CU_add_test(s, "round thirty-three (heldout): a name's apposition before a root participle, aid to the "
                      "dateline's state, invited but declined, a companion's state, a bloc's presidency, due for "
                      "talks, a journey's place, welcoming a visit, a town's dateline state",
                   test_round_thirtythree_heldout) ||
      !CU_add_test(s, "xfail 27: capitals outside ASCII, the text's spelling of a folded label",
                   test_xfail27_names) ||
      !CU_add_test(s, "round thirty (plover): a passive's recipient, a hostile act's passive subject phrase",
                   test_round_thirty_plover) ||
      !CU_add_test(s, "round thirty-one (plover): violence between unnamed groups, a man arrested in a city, a "
                      "group's hunger strike to demand, that the Chilean government restore, The Netherlands, force on "
                      "the unarmed or by irregulars",
                   test_round_thirtyone_plover) ||
      !CU_add_test(s, "round thirty-two (plover): Kurdish leaders demanded, released N soldiers captured in, took to "
                      "the streets, handed over prisoners, marched to demand, jihadists, "
                      "extradited to", test_round_thirtytwo_plover) ||
      !CU_add_test(s, "round thirty-three (plover): the government of the story's one state, a camp for refugees "
                      "attacked by, Kharkiv was shelled by, peacekeepers arrived, decided to allow candidate X, "
                      "sworn to fight, Chenchen refugees, resigned to allow",
                   test_round_thirtythree_plover) ||
      !CU_add_test(s, "xfail 27: the head of the junta, led by P, ambassador X, P's party, X, who leads X",
                   test_xfail27_titles) ||
      !CU_add_test(s, "xfail 30: a demonym opening a body's name, Dj for the Serbo-Croatian D with stroke, a "
                      "longer name than the dictionary's, the two NATO allies",
                   test_round_thirty_xfail) ||
      !CU_add_test(s, "round thirty-five (speed): a head's child by the token cache's index as by the scan; the "
                      "possessive's quick test", test_round_thirtyfive_speed) ||
      !CU_add_test(s, "round thirty-five (xfail2): a bare title opening a paragraph takes the dateline's state when "
                      "the lead's subject is that state", test_round_thirtyfive_xfail2) ||
      !CU_add_test(s, "round thirty-six (articles2): a weekday-led date line, members after a hyphenated modifier "
                      "and after N members including, to which X belongs, a ship named after its prefix, a quotation "
                      "opened by a common noun, X, whose President Y ..., a state's protest, an accord one has, a Route",
                   test_round_thirtysix_articles2) ||
      !CU_add_test(s, "round thirty-six (target): \"its\" on what a violent act is done to, in a reported "
                      "clause, is the sayer's", test_round_thirtysix_target) ||
      !CU_add_test(s, "round thirty-six (missing): a passive verb's subject as its pattern's object (charges "
                      "levelled, a strike called)", test_round_thirtysix_missing) ||
      !CU_add_test(s, "round thirty-seven (lead): the visiting leader, the visitor, the guest, the host, his host "
                      "as the parties of the visit told before; X hosted Y: Y's visit to X's state; A arrived in X and B "
                      "welcomed him", test_round_thirtyseven_lead) ||
      !CU_add_test(s, "round thirty-seven (plover): a group acted on in the agent's own land is the target, not "
                      "the place; a plural subject hung as a possessor of the object; a people against its "
                      "government", test_round_thirtyseven_plover) ||
      !CU_add_test(s, "round thirty-seven (relations): a bare title's state past a quotation opening the "
                      "paragraph, a dateline state acted on, an object's possessor, a quotation's subject",
                   test_round_thirtyseven_relations) ||
      !CU_add_test(s, "round thirty-seven (missing): suspended by a body, \"on\" a weekday no call on, answered "
                      "with an act noun, offered itself as mediator", test_round_thirtyseven_missing) ||
      !CU_add_test(s, "round thirty-seven (articles3): whom as a relative object, a title in a fronted phrase, "
                      "its ally between two, the visit to X, the first minister to visit, a gapped object, "
                      "a town's name opening a person's in apposition, a person's name after \"at the\", "
                      "a second apposition joined by and, protesters gathered, a cemetery a site",
                   test_round_thirtyseven_articles3) ||
      !CU_add_test(s, "round thirty-seven (dates): a fronted year is the sentence's, lent to its after clause",
                   test_round_thirtyseven_dates) ||
      !CU_add_test(s, "round thirty-seven (articles4): the envoy after \"sent his adviser, X,\" is X; the junta "
                      "after \"the junta that rules X\" is X; the battle of X and the Aegean places",
                   test_round_thirtyseven_articles4) ||
      !CU_add_test(s, "round thirty-seven (articles5): a subject name's relative clause set off by commas, then "
                      "its verb read as a reduced relative on the clause", test_round_thirtyseven_articles5) ||
      !CU_add_test(s, "round thirty-eight (lead): a state that leaves or quits an organisation, its exit from one; a "
                      "clause after since read as a phrase; a summit or talks concluded; N days later, the following "
                      "month; an act to come with no intent code hedged",
                   test_round_thirtyeight_lead) ||
      !CU_add_test(s, "round thirty-eight (articles7): al-Sharaa after Ahmed al-Sharaa, von der in a name, a second "
                      "clause's subject with its name in commas, a fronted time clause read as the root, the "
                      "secretary-general of X, Name, as a conjunct, accompanied by a minister after a pronoun, a comment "
                      "on the visit, A and B, which ..., praised",
                   test_round_thirtyeight_articles7) ||
      !CU_add_test(s, "round thirty-eight (articles6): the first object of a verb of handing over is the buyer "
                      "(sold Cyprus an air defence system, sold Greece fighter jets); air defence systems, launchers "
                      "and guns sold are weapons; said ... and warned: the sayer's warning; a passive's by phrase "
                      "after a place; blamed the drills by X", test_round_thirtyeight_articles6) ||
      !CU_add_test(s, "round thirty-eight (roles): the Kremlin chief, the 72-year-old Turkish leader as the "
                      "state's leader named before; the 81-year-old president; X described Y as its ally; welcomed X "
                      "as a full member; Lula; Germ\xc3\xa1n X a person; an opening He after one person", test_round_thirtyeight_roles) ||
      !CU_add_test(s, "round thirty-eight (gaps): the person sent in apposition to the object is no visit's target; "
                      "subject lists of five; a visitor greeted is hosted; "
                      "allies by a mutual assistance clause or a treaty to come to the other's aid; an act during "
                      "the visit takes its day",
                   test_round_thirtyeight_gaps) ||
      !CU_add_test(s, "round thirty-eight (plover6): the doer a deed object names with by is the target; a past "
                      "verb read as an adjective before a possessed object; movements as actors; a mediator",
                   test_round_thirtyeight_plover6))
    return CU_get_error();
  return CUE_SUCCESS;
}
