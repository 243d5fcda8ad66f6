/* reldump.c — benchmark helper (not part of the library or the CLI): runs
 * the kgbuild pipeline on the files named as arguments (read as `kgbuild
 * extract` reads them: title and dateline) and prints one line per standing
 * relation the graph would carry:
 *   REL PATH KIND SUBJ_KEY SUBJ_QID OBJ_KEY OBJ_QID SENT SENTENCE
 * (KIND leaderOf / officialOf / memberOf / allyOf; QID the actor's Wikidata
 * id or -; SENT the evidence sentence's index, SENTENCE its text with tabs
 * and newlines as blanks), and one line per actor linked to Wikidata:
 *   LINK PATH KEY QID TYPE LABEL
 * Used by bench/relations.py; built against the build directory's
 * libkgbuild.so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kgbuild.h"
#include "doc.h"
#include "input.h"
#include "pipeline.h"
#include "world.h"

static const char *kind_name(int k)
{
  switch (k) {
  case KG_REL_LEADER: return "leaderOf";
  case KG_REL_OFFICIAL: return "officialOf";
  case KG_REL_MEMBER: return "memberOf";
  case KG_REL_ALLY: return "allyOf";
  default: return "?";
  }
}

static const char *type_name(int t)
{
  return t == KG_ACT_PERSON ? "Person" : t == KG_ACT_COUNTRY ? "Country" : t == KG_ACT_ORG ? "Organization" : "?";
}

static void put_text(const char *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    putchar(p[i] == '\t' || p[i] == '\n' || p[i] == '\r' ? ' ' : p[i]);
}

int main(int argc, char **argv)
{
  kg_world *w = kg_world_new();
  if (!w || kg_world_load_default(w) != KG_OK) { fprintf(stderr, "reldump: cannot load\n"); return 1; }
  kg_input_opts opts;
  kg_input_opts_default(&opts);
  for (int i = 1; i < argc; i++) {
    kg_text t;
    if (kg_input_read(argv[i], &opts, kg_world_log(w), &t) != KG_OK) continue;
    kg_doc *d = kg_doc_new(t.text, t.len, argv[i]);
    if (d && t.title) kg_doc_set_title(d, t.title);
    if (d && t.date[0]) memcpy(d->date, t.date, sizeof d->date);
    kg_text_clear(&t);
    if (!d || kg_pipeline_run(w, d) != KG_OK) { kg_doc_free(d); continue; }
    for (size_t r = 0; r < d->nrels; r++) {
      const kg_relation *rl = &d->rels[r];
      if (rl->subj < 0 || rl->obj < 0 || (size_t)rl->subj >= d->nactors || (size_t)rl->obj >= d->nactors)
        continue;
      const kg_actor *s = &d->actors[rl->subj], *o = &d->actors[rl->obj];
      printf("REL\t%s\t%s\t%s\t%s\t%s\t%s\t%u\t", argv[i], kind_name(rl->kind), s->key ? s->key : "?",
             s->wikidata ? s->wikidata : "-", o->key ? o->key : "?", o->wikidata ? o->wikidata : "-", rl->sent);
      if (rl->sent < d->nsents) {
        const kg_sentence *se = &d->sents[rl->sent];
        uint32_t a = d->tokens[se->tok].start, b = d->tokens[se->tok + se->ntok - 1].end;
        put_text(d->text + a, b - a);
      }
      putchar('\n');
    }
    for (size_t a = 0; a < d->nactors; a++)
      if (d->actors[a].wikidata && d->actors[a].wikidata[0] == 'Q')
        printf("LINK\t%s\t%s\t%s\t%s\t%s\n", argv[i], d->actors[a].key ? d->actors[a].key : "?",
               d->actors[a].wikidata, type_name(d->actors[a].type),
               d->actors[a].label ? d->actors[a].label : "");
    kg_doc_free(d);
  }
  kg_world_free(w);
  return 0;
}
