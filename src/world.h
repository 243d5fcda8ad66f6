/* world.h — the world's internals, visible to the library's modules.
 * Owns: the loaded dictionary and models, the logger, the base IRI.
 * Does not own: documents (each is processed on its own). */
#ifndef KG_WORLD_H
#define KG_WORLD_H
#include "kgbuild.h"
#include "log.h"
#include "dict.h"
#include "tagger.h"
#include "parser.h"
#include "ner.h"

struct kg_world {
  kg_logger log;
  char *base;             /* instance namespace, ends with '/' or '#' */
  kg_dict *dict;
  kg_tagger *tagger;      /* NULL when no model: the pipeline skips tagging */
  kg_parser *parser;
  kg_ner *ner;
  char **user_dicts;
  size_t nuser_dicts;
  char date[11];          /* kg_world_set_date: "YYYY-MM-DD" or "" */
};

const kg_dict *kg_world_dict(const kg_world *w);
const kg_logger *kg_world_log(const kg_world *w);
const char *kg_world_base(const kg_world *w);
#endif
