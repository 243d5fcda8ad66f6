/* test_heldout13.c — general rules found by the thirteenth session's
 * held-out style articles (suite kg_suite_heldout13: recognition and recall
 * of envoys, a visit under an arrest warrant, a gas cut), each on sentences
 * written for these tests, not the articles' own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "doc.h"
#include "dict.h"
#include "actors.h"
#include "events.h"
#include "pipeline.h"

/* from test_actors.c */
const kg_dict *kg_test_dict(void);
int32_t kg_test_actor(const kg_doc *d, const char *label);

#define NEED_DICT() do { if (!kg_test_dict() || kg_dict_nactors(kg_test_dict()) == 0) { \
    CU_FAIL("the dictionary of ontology/ could not be loaded"); return; } } while (0)

/* text through the whole pipeline (tagger, parser, NER): NULL without models */
static kg_doc *run13(const char *text)
{
  kg_world *w = kg_test_world();
  kg_doc *d = w ? kg_doc_new(text, strlen(text), "heldout13-test") : NULL;
  if (d && kg_pipeline_run(w, d) != KG_OK) {
    kg_doc_free(d);
    d = NULL;
  }
  CU_ASSERT_PTR_NOT_NULL(d);
  return d;
}

/* the first event coded PREFIX... with that agent and target (NULL: any) */
static const kg_event *find13(const kg_doc *d, const char *prefix, const char *agent, const char *target)
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

/* "stopped short of threatening sanctions", "fell short of condemning": the
 * gerund's act is not done */
static void test_stop_short_of(void)
{
  NEED_DICT();
  kg_doc *d = run13("Italy's government stopped short of condemning Egypt on Monday. "
                    "Peru fell short of accusing Chile of fraud. Bolivia condemned Chile.");
  if (!d)
    return;
  const kg_event *e = find13(d, "11", "Italy", "Egypt");
  CU_ASSERT(e != NULL && e->factuality == KG_FACT_NEGATED);
  e = find13(d, "112", "Peru", "Chile");
  CU_ASSERT(e == NULL || e->factuality == KG_FACT_NEGATED);
  e = find13(d, "11", "Bolivia", "Chile");                  /* no cue: told as done */
  CU_ASSERT(e != NULL && e->factuality == KG_FACT_ASSERTED);
  kg_doc_free(d);
}

/* "the Nordgas pipeline", "the LNG terminal": the name of a work of energy
 * infrastructure is no actor, and no target; a state before it still is */
static void test_facility_names(void)
{
  NEED_DICT();
  kg_doc *d = run13("Norway offered to send gas through the Nordgas pipeline from the LNG terminal to Poland. "
                    "Officials said the Qatar terminal would stay open.");
  if (!d)
    return;
  CU_ASSERT(kg_test_actor(d, "Nordgas") < 0);
  CU_ASSERT(kg_test_actor(d, "LNG") < 0);
  CU_ASSERT(kg_test_actor(d, "Qatar") >= 0);
  CU_ASSERT(find13(d, "03", "Norway", "LNG") == NULL);
  kg_doc_free(d);
}

static int has_rel13(const kg_doc *d, int kind, const char *a, const char *b)
{
  int32_t x = kg_test_actor(d, a), y = kg_test_actor(d, b);
  for (size_t i = 0; x >= 0 && y >= 0 && i < d->nrels; i++)
    if (d->rels[i].kind == kind && d->rels[i].subj == x && d->rels[i].obj == y)
      return 1;
  return 0;
}

/* "X, Putin's foreign policy aide,", "X, Erdogan's spokesman,": a title a
 * person owns, in apposition after the holder's name, gives the holder the
 * owner's state (as "Putin's spokesman X" does) */
static void test_possessor_person_apposition(void)
{
  NEED_DICT();
  kg_doc *d = run13("President Vladimir Putin of Russia met President Recep Tayyip Erdogan of Turkey on Monday. "
                    "Boris Orlov, Putin's foreign policy aide, said the talks were useful. "
                    "Emre Kaya, Erdogan's spokesman, praised Moscow.");
  if (!d)
    return;
  CU_ASSERT(has_rel13(d, KG_REL_OFFICIAL, "Boris Orlov", "Russia"));
  CU_ASSERT(has_rel13(d, KG_REL_OFFICIAL, "Emre Kaya", "Turkey"));
  CU_ASSERT(!has_rel13(d, KG_REL_OFFICIAL, "Emre Kaya", "Russia"));
  CU_ASSERT(!has_rel13(d, KG_REL_OFFICIAL, "Boris Orlov", "Turkey"));
  kg_doc_free(d);
}

/* "recalled its ambassador for consultations on Monday, and on Tuesday its
 * ministry summoned ...": the consultations a recalled envoy goes home for
 * are no meeting, and the summons keeps its own day */
static void test_recall_for_consultations(void)
{
  NEED_DICT();
  kg_doc *d = run13("OSLO, March 5, 2026 - Chile recalled its ambassador to Peru for consultations on Monday, "
                    "and on Tuesday its foreign ministry summoned the Peruvian envoy in Santiago. "
                    "Bolivia held consultations with Peru on Wednesday.");
  if (!d)
    return;
  CU_ASSERT(find13(d, "161", "Chile", "Peru") != NULL);
  int cons_monday = 0;
  for (size_t k = 0; k < d->nevents; k++)
    cons_monday |= !strncmp(d->events[k].cameo, "04", 2) && !strcmp(d->events[k].date, "2026-03-02");
  CU_ASSERT(!cons_monday);
  const kg_event *e = find13(d, "04", "Chile", NULL);
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-03-03"));
  CU_ASSERT(find13(d, "04", "Bolivia", "Peru") != NULL);      /* consultations held are a meeting */
  kg_doc_free(d);
}

/* "visited Laos in May and Vietnam in June": the second object, parsed as
 * the month's conjunct, is visited too, on its own date; a month's own
 * conjunct stays a date */
static void test_object_after_date(void)
{
  NEED_DICT();
  kg_doc *d = run13("HANOI, July 9, 2026 - The Chinese premier visited Laos in May and Vietnam in June. "
                    "Sweden hosted talks with Norway in March and April.");
  if (!d)
    return;
  const kg_event *e = find13(d, "042", NULL, "Laos");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-05"));
  e = find13(d, "042", NULL, "Vietnam");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2026-06"));
  kg_doc_free(d);
  d = run13("MOSCOW, July 9, 2026 - Putin skipped a summit in 2023, but he visited Mongolia in September 2024 and "
            "Tajikistan last year.");
  if (!d)
    return;
  e = find13(d, "042", NULL, "Tajikistan");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2025"));
  e = find13(d, "042", NULL, "Mongolia");
  CU_ASSERT(e != NULL && !strcmp(e->date, "2024-09"));
  kg_doc_free(d);
}

/* "Foreign Minister X said ..." opening a paragraph after "the judges found
 * that Peru had failed in its duty when it did not extradite him": the
 * subject of an adverbial or noun's clause lends X no state */
static void test_bare_title_embedded_subject(void)
{
  NEED_DICT();
  kg_doc *d = run13("SANTIAGO, Chile, May 4, 2026 - The fugitive arrived in Santiago on Monday.\n\n"
                    "In a similar case, the judges found in 2024 that Peru had failed in its duty when it did not "
                    "extradite him during a visit to Lima.\n\n"
                    "Foreign Minister Ana Soto said Santiago respected the court but that Chile could not arrest him.");
  if (!d)
    return;
  CU_ASSERT(!has_rel13(d, KG_REL_OFFICIAL, "Ana Soto", "Peru"));
  CU_ASSERT(has_rel13(d, KG_REL_OFFICIAL, "Ana Soto", "Chile"));
  kg_doc_free(d);
}

static int ally13(const kg_doc *d, const char *a, const char *b)
{
  return has_rel13(d, KG_REL_ALLY, a, b) || has_rel13(d, KG_REL_ALLY, b, a);
}

/* "Belarus's Alexander Lukashenko, Moscow's closest ally, signed": the state
 * owning the name is the ally; a person with no state's possessive is not */
static void test_ally_of_possessed_leader(void)
{
  NEED_DICT();
  kg_doc *d = run13("On Friday, Kazakhstan's Kassym-Jomart Tokayev, Moscow's closest ally, signed an agreement. "
                    "Viktor Orban, Moscow's closest ally, said nothing.");
  if (!d)
    return;
  CU_ASSERT(ally13(d, "Kazakhstan", "Russia"));
  CU_ASSERT(!ally13(d, "Hungary", "Russia"));
  kg_doc_free(d);
}

/* "ratified the Rome Statute", "signed the Geneva Conventions", "the UN
 * Charter": a treaty's name is no actor and no place */
static void test_treaty_names(void)
{
  NEED_DICT();
  kg_doc *d = run13("Chile ratified the Rome Statute in 2001 and signed the Geneva Conventions. "
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
  kg_doc *d = run13("OSLO, May 3, 2026 - Norway's foreign minister, Espen Berg, invited officials from both countries "
                    "to Stockholm. Sweden invited Finland to the talks.");
  if (!d)
    return;
  const kg_event *e = find13(d, "04", "Espen Berg", NULL);
  CU_ASSERT(e != NULL && e->target < 0 && e->place >= 0 && !strcmp(d->actors[e->place].label, "Stockholm"));
  CU_ASSERT(find13(d, "04", "Espen Berg", "Sweden") == NULL);
  CU_ASSERT(find13(d, "04", "Sweden", "Finland") != NULL);
  kg_doc_free(d);
}

CU_ErrorCode kg_suite_heldout13(void)
{
  CU_pSuite s = CU_add_suite("heldout13", NULL, NULL);
  if (!s ||
      !CU_add_test(s, "stopped short of V-ing is negated", test_stop_short_of) ||
      !CU_add_test(s, "a pipeline's or terminal's name is no actor", test_facility_names) ||
      !CU_add_test(s, "X, Putin's aide: the owner's state", test_possessor_person_apposition) ||
      !CU_add_test(s, "recalled for consultations is no meeting", test_recall_for_consultations) ||
      !CU_add_test(s, "a second object after a date, on its own date", test_object_after_date) ||
      !CU_add_test(s, "a bare title takes no state from an embedded clause's subject",
                   test_bare_title_embedded_subject) ||
      !CU_add_test(s, "a possessed leader's ally apposition: the state's", test_ally_of_possessed_leader) ||
      !CU_add_test(s, "a treaty's name is no actor nor place", test_treaty_names) ||
      !CU_add_test(s, "invited to a capital: the place, not the target", test_invited_to_capital))
    return CU_get_error();
  return CUE_SUCCESS;
}
