/* kgbuild.h — the public API of libkgbuild.
 *
 * Owns: the status codes, the log handler type, the world object (ontology,
 * dictionaries and models loaded once) and the one-call pipeline that turns
 * a text into a graph written in one of the supported formats.
 * Does not own: the document model internals (src/doc.h), which are private.
 *
 * Ownership rule (stated once, holds for every kg_ function): arguments are
 * borrowed; a function whose name ends in _take takes ownership of the
 * pointer it is given; a pointer returned by a _new function belongs to the
 * caller and is released by the matching _free, which accepts NULL; any other
 * returned pointer is borrowed from its owner and lives as long as it does.
 */
#ifndef KGBUILD_H
#define KGBUILD_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KG_VERSION_STRING "0.1.0"

typedef enum kg_status {
  KG_OK = 0,
  KG_ERR_NOMEM,   /* allocation failed */
  KG_ERR_IO,      /* a file could not be read or written */
  KG_ERR_INPUT,   /* the input is empty, binary or otherwise unusable */
  KG_ERR_FORMAT,  /* a file (ontology, dictionary, model) is malformed */
  KG_ERR_NET,     /* an URL could not be fetched */
  KG_ERR_USAGE,   /* a caller passed an invalid argument */
  KG_ERR_MODEL    /* a model file is missing, of the wrong version or corrupt */
} kg_status;

const char *kg_status_string(kg_status st);

typedef enum kg_log_level {
  KG_LOG_DEBUG = 0,
  KG_LOG_INFO,
  KG_LOG_WARN,
  KG_LOG_ERROR
} kg_log_level;

/* Every message of the library goes through one handler.  `where` names the
 * input and, when known, the line ("article.html:12", "ontology/actors.ttl:40",
 * "https://example.org/a"); it may be NULL. */
typedef void (*kg_log_fn)(void *user, kg_log_level level, const char *where,
                          const char *message);

typedef struct kg_world kg_world;

/* Output formats of the writer. */
typedef enum kg_format {
  KG_FMT_TURTLE = 0,
  KG_FMT_NTRIPLES,
  KG_FMT_NQUADS,
  KG_FMT_RDFXML,
  KG_FMT_JSON,      /* RDF/JSON */
  KG_FMT_DOT,
  KG_FMT_GRAPHML,   /* GraphML with typed attributes (Gephi, Cytoscape, yEd) */
  KG_FMT_JSONLD,    /* compact JSON-LD (context: ontology/context.jsonld) */
  KG_FMT_HTML,      /* a self-contained page drawing the graph */
  KG_FMT_SVG        /* a Graphviz drawing (when built with libgvc) */
} kg_format;

int kg_format_from_name(const char *name, kg_format *out); /* 1 on success */
const char *kg_format_name(kg_format fmt);

/* The world: created once, loaded once, then shared read-only by every
 * document processed. */
kg_world *kg_world_new(void);
void kg_world_free(kg_world *world);
void kg_world_set_log(kg_world *world, kg_log_fn fn, void *user);
/* Instance namespace, default "https://w3id.org/kgbuild/id/". */
kg_status kg_world_set_base(kg_world *world, const char *base_iri);
/* The reference date of a run ("YYYY-MM-DD", a real day; NULL or "" clears
 * it): the day of the news for documents whose metadata, text and dateline
 * give no full date.  A dateline's month and day with no year ("NAIROBI,
 * Feb. 3 (AP) -") take the year that puts them on or before this date, up
 * to a week after it (a dateline of Dec. 30 with 2027-01-02 is 2026-12-30);
 * a document with no dated dateline is dated this day.  KG_ERR_USAGE (and
 * an error logged) for anything else. */
kg_status kg_world_set_date(kg_world *world, const char *iso_date);
/* Loads every *.ttl file of ontology_dir and the models of models_dir (a
 * missing models_dir or model file is reported and the pipeline then runs
 * without that model). */
kg_status kg_world_load(kg_world *world, const char *ontology_dir,
                        const char *models_dir);
/* The data directory holding ontology/ and models/: $KGBUILD_DATADIR, else
 * the source tree when run from the build tree, else the installed one. */
const char *kg_default_datadir(void);
/* kg_world_load on kg_default_datadir()'s ontology/ and models/. */
kg_status kg_world_load_default(kg_world *world);
/* Messages below min are dropped (default KG_LOG_INFO). */
void kg_world_set_log_level(kg_world *world, kg_log_level min);

/* Adds a user dictionary (Turtle, same vocabulary as ontology/actors.ttl and
 * ontology/events.ttl).  Call before kg_world_load's first use of the data,
 * i.e. any time before the first document. */
kg_status kg_world_add_dictionary(kg_world *world, const char *ttl_path);

/* Summary counts of one processed document. */
typedef struct kg_counts {
  size_t actors, events, relations, places, sentences, tokens, triples;
} kg_counts;

#ifdef __cplusplus
}
#endif
#endif
