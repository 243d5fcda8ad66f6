/* evdump.c — benchmark helper (not part of the library or the CLI): runs
 * the kgbuild pipeline on records given one per line as "ID<TAB>TEXT" on
 * standard input (each record is its own document) and prints one line per
 * coded event:
 *   EV ID CAMEO TRIG_START TRIG_END TRIG_FORM DEPTH AGENTS TARGETS PARTS REPORT
 * where DEPTH is the trigger's distance from the root of its sentence's
 * tree (0 = root, 99 = no tree), REPORT is 1 when the trigger's lemma is a
 * reporting cue of the dictionary (say, announce ...) and its code is no stance
 * of the teller's own (015, 016, 019: "admitted that ..."), and each actor list is ';'-separated
 * "KEY|CODE|s-e,s-e|ACODE" (the actor's IRI key, its dictionary ISO3 code
 * or -, the byte spans of its mentions in the event's sentence, and its
 * CAMEO actor code with the sector the event names it with, kg_actor_code:
 * "EGYMIL" for "Egyptian soldiers", or -), or "-"; an unnamed group of a
 * sector ("a senior official", or the sector noun before a name the
 * dictionary does not know) is "-|-|s-e|---GOV", after the name if any; the
 * sector noun of a coded actor with no sector group of its own ("Ithilen's
 * minister Calimehtar": Ithilen) is added to its code ("ITHGOV").
 * A third field "ID<TAB>TEXT<TAB>YYYY-MM-DD" is the document's date (dated
 * actor codes of the dictionary).  A record with no event prints "NONE ID".  Options: --dictionary FILE
 * (repeatable) adds a Turtle dictionary, as `kgbuild extract` does.
 * Built by bench/events.sh against the build directory's libkgbuild. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kgbuild.h"
#include "doc.h"
#include "dict.h"
#include "pipeline.h"
#include "world.h"
#include "sectors.h"

static int depth_of(const kg_doc *d, uint32_t tok)
{
  const kg_sentence *s = &d->sents[d->tokens[tok].sent];
  uint32_t k = tok - s->tok;
  int n = 0;
  while (n < 60) {
    int32_t h = d->tokens[s->tok + k].head;
    if (h < 0) return 99;
    if (h == 0) return n;
    k = (uint32_t)(h - 1);
    n++;
  }
  return 99;
}

static void actor_sec(const kg_world *w, const kg_doc *d, int32_t a, int32_t group, uint32_t sent,
                      int first, int sector);

static void actor(const kg_world *w, const kg_doc *d, int32_t a, int32_t group, uint32_t sent,
                  int first)
{
  actor_sec(w, d, a, group, sent, first, 0);
}

/* An actor, its CAMEO code with the sector the event names it with (when
 * sectors.c gave it none: "Ithilen's minister": ITH + GOV). */
static void actor_sec(const kg_world *w, const kg_doc *d, int32_t a, int32_t group, uint32_t sent,
                      int first, int sector)
{
  if (!first) putchar(';');
  const kg_actor *ac = &d->actors[a];
  const char *code = "-";
  if (ac->dict_entry >= 0) {
    const kg_dict_actor *da = kg_dict_actor_at(kg_world_dict(w), ac->dict_entry);
    if (da && da->iso3) code = da->iso3;
  }
  printf("%s|%s|", ac->key ? ac->key : "?", code);
  int n = 0;
  for (size_t m = 0; m < d->nmentions; m++)
    if (d->mentions[m].actor == a && d->mentions[m].sent == sent)
      printf("%s%u-%u", n++ ? "," : "", d->mentions[m].start, d->mentions[m].end);
  if (!n) putchar('x');
  char acode[32];
  size_t n2 = kg_actor_code(kg_world_dict(w), d, a, group, acode, sizeof acode);
  const kg_sector *sc = sector ? kg_dict_sector_at(kg_world_dict(w), sector) : NULL;
  if (n2 && sc && sc->code && !strstr(acode + (n2 > 3 ? 3 : n2), sc->code) &&
      n2 + strlen(sc->code) < sizeof acode)
    strcat(acode, sc->code);
  printf("|%s", n2 ? acode : "-");
}

/* Whether the actor has a CAMEO code (a name the dictionary knows). */
static int coded(const kg_world *w, const kg_doc *d, int32_t a, int32_t group)
{
  char acode[32];
  return kg_actor_code(kg_world_dict(w), d, a, group, acode, sizeof acode) > 0;
}

/* An unnamed group of a sector ("a senior official"): no actor, the span of
 * its noun with the adjectives and nouns that modify it right before it
 * ("senior official", "fundamentalist demonstrators": the group as written),
 * and "---" with the sector's code (PETRARCH's "---GOV"). */
static void unnamed(const kg_world *w, const kg_doc *d, int32_t tok, int sector)
{
  const kg_sector *sc = kg_dict_sector_at(kg_world_dict(w), sector);
  uint32_t lo = (uint32_t)tok, first = d->sents[d->tokens[tok].sent].tok;
  while (lo > first && d->tokens[lo - 1].head == tok + 1 - (int32_t)d->sents[d->tokens[tok].sent].tok &&
         d->tokens[lo - 1].deprel && (!strcmp(d->tokens[lo - 1].deprel, "amod") ||
                                      !strcmp(d->tokens[lo - 1].deprel, "compound")))
    lo--;
  printf("-|-|%u-%u|---%s", d->tokens[lo].start, d->tokens[tok].end, sc ? sc->code : "");
}

int main(int argc, char **argv)
{
  kg_world *w = kg_world_new();
  if (!w) return 1;
  for (int i = 1; i + 1 < argc; i++)      /* user dictionaries before the load */
    if (!strcmp(argv[i], "--dictionary") && kg_world_add_dictionary(w, argv[++i]) != KG_OK) {
      fprintf(stderr, "evdump: cannot add %s\n", argv[i]); return 1;
    }
  if (kg_world_load_default(w) != KG_OK) { fprintf(stderr, "evdump: cannot load\n"); return 1; }
  char *line = NULL; size_t cap = 0; ssize_t len;
  while ((len = getline(&line, &cap, stdin)) > 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    char *tab = strchr(line, '\t');
    if (!tab) continue;
    *tab = '\0';
    const char *id = line, *text = tab + 1, *date = NULL;
    char *tab2 = strchr(text, '\t');
    if (tab2) { *tab2 = '\0'; date = tab2 + 1; }
    kg_doc *d = kg_doc_new(text, strlen(text), id);
    if (d && date && strlen(date) < sizeof d->date) strcpy(d->date, date);
    if (!d || kg_pipeline_run(w, d) != KG_OK) { printf("NONE %s\n", id); kg_doc_free(d); continue; }
    if (d->nevents == 0) printf("NONE %s\n", id);
    for (size_t e = 0; e < d->nevents; e++) {
      const kg_event *ev = &d->events[e];
      const kg_token *t = &d->tokens[ev->trigger];
      uint32_t te = d->tokens[ev->trigger + (ev->trigger_ntok ? ev->trigger_ntok - 1 : 0)].end;
      printf("EV\t%s\t%s\t%u\t%u\t%s\t%d\t", id, ev->cameo, t->start, te, t->form,
             depth_of(d, ev->trigger));
      int as = ev->agent >= 0 && ev->agent_noun >= 0 && ev->agent_group < 0 &&
               coded(w, d, ev->agent, -1) ? ev->agent_sector : 0;
      int ts = ev->target >= 0 && ev->target_noun >= 0 && ev->target_group < 0 &&
               coded(w, d, ev->target, -1) ? ev->target_sector : 0;
      if (ev->agent >= 0) actor_sec(w, d, ev->agent, ev->agent_group, ev->sent, 1, as);
      if (ev->agent_noun >= 0 && !as) {
        if (ev->agent >= 0) putchar(';');
        unnamed(w, d, ev->agent_noun, ev->agent_sector);
      }
      if (ev->agent < 0 && ev->agent_noun < 0) putchar('-');
      putchar('\t');
      if (ev->target >= 0) actor_sec(w, d, ev->target, ev->target_group, ev->sent, 1, ts);
      if (ev->target_noun >= 0 && !ts) {
        if (ev->target >= 0) putchar(';');
        unnamed(w, d, ev->target_noun, ev->target_sector);
      }
      if (ev->target < 0 && ev->target_noun < 0) putchar('-');
      putchar('\t');
      for (int p = 0; p < ev->npart; p++) actor(w, d, ev->part[p], ev->part_group[p], ev->sent, p == 0);
      if (!ev->npart) putchar('-');
      char lem[64];
      size_t k = 0;
      const char *l = t->lemma ? t->lemma : t->form;
      for (; l[k] && k + 1 < sizeof lem; k++) lem[k] = (char)tolower((unsigned char)l[k]);
      lem[k] = '\0';
      /* a reporting verb whose own code is an acknowledgement, a denial or an
       * accord (015, 016, 019: "admitted that", "denied that", "agreed that")
       * is the event, not a report of another */
      int stance = !strcmp(ev->cameo, "015") || !strcmp(ev->cameo, "016") || !strcmp(ev->cameo, "019");
      printf("\t%d\n", kg_dict_cue(kg_world_dict(w), lem) == KG_CUE_REPORT && !stance);
    }
    kg_doc_free(d);
  }
  free(line);
  kg_world_free(w);
  return 0;
}
