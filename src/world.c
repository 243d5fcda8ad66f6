/* world.c — the world object: created once, loads the ontology directory
 * (every *.ttl: ontology, actor and event dictionaries, lexicon), the
 * user's dictionaries and the models; then shared read-only.
 * Owns: locating the data directories (build tree or installed), load
 * order, the log handler.  Does not own: parsing Turtle (dict.c) or model
 * files (tagger.c, parser.c, ner.c). */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/stat.h>
#include <curl/curl.h>
#include "world.h"
#include "dates.h"

#define KG_DEFAULT_BASE "https://w3id.org/kgbuild/id/"

kg_world *kg_world_new(void)
{
  kg_world *w = calloc(1, sizeof *w);
  if (!w)
    return NULL;
  w->log.min = KG_LOG_INFO;
  w->base = strdup(KG_DEFAULT_BASE);
  w->dict = kg_dict_new();
  if (!w->base || !w->dict) {
    kg_world_free(w);
    return NULL;
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  return w;
}

void kg_world_free(kg_world *w)
{
  if (!w)
    return;
  kg_dict_free(w->dict);
  kg_tagger_free(w->tagger);
  kg_parser_free(w->parser);
  kg_ner_free(w->ner);
  for (size_t i = 0; i < w->nuser_dicts; i++)
    free(w->user_dicts[i]);
  free(w->user_dicts);
  free(w->base);
  free(w);
  curl_global_cleanup();
}

void kg_world_set_log(kg_world *w, kg_log_fn fn, void *user)
{
  w->log.fn = fn;
  w->log.user = user;
}

void kg_world_set_log_level(kg_world *w, kg_log_level min)
{
  w->log.min = min;
}

kg_status kg_world_set_base(kg_world *w, const char *base)
{
  size_t n = strlen(base);
  if (n == 0 || strncmp(base, "http", 4) != 0 || strpbrk(base, " <>\"{}|\\^`")) {
    kg_logf(&w->log, KG_LOG_ERROR, "--base", "not an http(s) IRI: %s", base);
    return KG_ERR_USAGE;
  }
  char last = base[n - 1];
  char *b = malloc(n + 2);
  if (!b)
    return KG_ERR_NOMEM;
  memcpy(b, base, n + 1);
  if (last != '/' && last != '#')
    strcat(b, "/");
  free(w->base);
  w->base = b;
  return KG_OK;
}

kg_status kg_world_set_date(kg_world *w, const char *iso)
{
  if (!iso || !iso[0]) {
    w->date[0] = '\0';
    return KG_OK;
  }
  if (!kg_dates_valid_day(iso)) {
    kg_logf(&w->log, KG_LOG_ERROR, "--date", "not a day as YYYY-MM-DD: %s", iso);
    return KG_ERR_USAGE;
  }
  memcpy(w->date, iso, 10);
  w->date[10] = '\0';
  return KG_OK;
}

kg_status kg_world_add_dictionary(kg_world *w, const char *path)
{
  char **p = realloc(w->user_dicts, (w->nuser_dicts + 1) * sizeof *p);
  if (!p)
    return KG_ERR_NOMEM;
  w->user_dicts = p;
  if (!(p[w->nuser_dicts] = strdup(path)))
    return KG_ERR_NOMEM;
  w->nuser_dicts++;
  return KG_OK;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dir(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Loads every *.ttl of dir in name order. */
static kg_status load_ontology_dir(kg_world *w, const char *dir)
{
  DIR *d = opendir(dir);
  if (!d) {
    kg_logf(&w->log, KG_LOG_ERROR, dir, "cannot open the ontology directory");
    return KG_ERR_IO;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  kg_status st = KG_OK;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 5 || strcmp(e->d_name + l - 4, ".ttl") != 0)
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      char **p = realloc(names, cap * sizeof *p);
      if (!p) { st = KG_ERR_NOMEM; break; }
      names = p;
    }
    if (!(names[n] = malloc(strlen(dir) + l + 2))) { st = KG_ERR_NOMEM; break; }
    sprintf(names[n], "%s/%s", dir, e->d_name);
    n++;
  }
  closedir(d);
  if (st == KG_OK && n == 0) {
    kg_logf(&w->log, KG_LOG_ERROR, dir, "no .ttl file in the ontology directory");
    st = KG_ERR_IO;
  }
  if (names)
    qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n; i++) {
    if (st == KG_OK)
      st = kg_dict_load_file(w->dict, names[i], &w->log);
    free(names[i]);
  }
  free(names);
  return st;
}

static kg_status world_load(kg_world *w, const char *ontology_dir, const char *models_dir);

kg_status kg_world_load(kg_world *w, const char *ontology_dir, const char *models_dir)
{
  kg_status st = world_load(w, ontology_dir, models_dir);
  /* the loaders report bad files themselves; an allocation failure is said here */
  if (st == KG_ERR_NOMEM)
    kg_logf(&w->log, KG_LOG_ERROR, ontology_dir, "loading the ontology and models: out of memory");
  return st;
}

/* A beam width from environment variable `name` (min..max, min 0 or 1) in
 * *k, 0 when unset or empty; KG_ERR_USAGE, logged, when it is not such a
 * number. */
static kg_status beam_env_min(kg_world *w, const char *name, long min, long max, int *k)
{
  const char *v = getenv(name);
  *k = 0;
  if (!v || !*v) return KG_OK;
  char *end;
  long n = strtol(v, &end, 10);
  if (*end || n < min || n > max) {
    kg_logf(&w->log, KG_LOG_ERROR, name, "not a beam width from %ld to %ld: %s", min, max, v);
    return KG_ERR_USAGE;
  }
  *k = (int)n;
  return KG_OK;
}

static kg_status beam_env(kg_world *w, const char *name, long max, int *k)
{
  return beam_env_min(w, name, 1, max, k);
}

static kg_status world_load(kg_world *w, const char *ontology_dir, const char *models_dir)
{
  kg_status st = load_ontology_dir(w, ontology_dir);
  if (st != KG_OK)
    return st;
  for (size_t i = 0; i < w->nuser_dicts; i++) {
    if (!is_file(w->user_dicts[i])) {
      kg_logf(&w->log, KG_LOG_ERROR, w->user_dicts[i], "cannot read the dictionary file");
      return KG_ERR_IO;
    }
    if ((st = kg_dict_load_file(w->dict, w->user_dicts[i], &w->log)) != KG_OK)
      return st;
  }
  if ((st = kg_dict_finish(w->dict)) != KG_OK)
    return st;
  if (models_dir) {
    char path[4096];
    struct { const char *file; int which; } m[] = { { "tagger.kgm", 0 }, { "parser.kgm", 1 }, { "ner.kgm", 2 } };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
      snprintf(path, sizeof path, "%s/%s", models_dir, m[i].file);
      if (!is_file(path)) {
        kg_logf(&w->log, KG_LOG_DEBUG, path, "no model file; this stage is skipped");
        continue;
      }
      kg_status ms = KG_OK;
      switch (m[i].which) {
      case 0: ms = kg_tagger_load(path, &w->log, &w->tagger); break;
      case 1: ms = kg_parser_load(path, &w->log, &w->parser); break;
      default: ms = kg_ner_load(path, &w->log, &w->ner); break;
      }
      if (ms != KG_OK)
        return ms;
    }
    /* parser-r2l.kgm (a right-to-left parser) beside parser.kgm: the two are
     * combined (parser_combine.c); KGBUILD_PARSER=single: parser.kgm alone */
    const char *pmode = getenv("KGBUILD_PARSER");
    snprintf(path, sizeof path, "%s/parser-r2l.kgm", models_dir);
    if (w->parser && is_file(path) && !(pmode && strcmp(pmode, "single") == 0)) {
      kg_parser *r2l = NULL;
      kg_status ms = kg_parser_load(path, &w->log, &r2l);
      if (ms != KG_OK)
        return ms;
      if (kg_parser_attach(w->parser, r2l) != KG_OK) {
        kg_logf(&w->log, KG_LOG_ERROR, path, "not a right-to-left parser model with the labels of parser.kgm");
        return KG_ERR_MODEL;
      }
    }
    /* a parser model reading the tagger's runner-up tags gets them */
    if (w->tagger && w->parser && kg_parser_tag_alt(w->parser)) kg_tagger_set_alt(w->tagger, 1);
    /* KGBUILD_BEAM: the parser's beam width (1..64), instead of the model's;
     * KGBUILD_NER_BEAM: the entity recogniser's (1..16) */
    int k;
    if (w->parser && beam_env(w, "KGBUILD_BEAM", 64, &k) != KG_OK) return KG_ERR_USAGE;
    if (w->parser && k) kg_parser_set_beam(w->parser, k);
    /* KGBUILD_TAG_BEAM: the parser chooses between the tagger's two readings
     * of a word whose gap is below it (kg_parser_set_tag_beam; 0: off) */
    if (w->parser && beam_env_min(w, "KGBUILD_TAG_BEAM", 0, 1000, &k) != KG_OK) return KG_ERR_USAGE;
    if (w->parser && k) kg_parser_set_tag_beam(w->parser, k);
    if (w->ner && beam_env(w, "KGBUILD_NER_BEAM", 16, &k) != KG_OK) return KG_ERR_USAGE;
    if (w->ner && k) kg_ner_set_beam(w->ner, k);
  }
  return KG_OK;
}

/* The data directory: $KGBUILD_DATADIR, else the source tree when the
 * running program lives in the build tree, else the installed one. */
const char *kg_default_datadir(void)
{
  static char buf[4096];
  const char *env = getenv("KGBUILD_DATADIR");
  if (env && *env)
    return env;
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = '\0';
    size_t bl = strlen(KG_BUILDDIR);
    if (strncmp(buf, KG_BUILDDIR, bl) == 0 && (buf[bl] == '/' || buf[bl] == '\0')) {
      snprintf(buf, sizeof buf, "%s/ontology", KG_SRCDIR);
      if (is_dir(buf))
        return KG_SRCDIR;
    }
  }
  snprintf(buf, sizeof buf, "%s/ontology", KG_PKGDATADIR);
  if (is_dir(buf))
    return KG_PKGDATADIR;
  return KG_SRCDIR;
}

kg_status kg_world_load_default(kg_world *w)
{
  char onto[4096], models[4096];
  const char *d = kg_default_datadir();
  snprintf(onto, sizeof onto, "%s/ontology", d);
  snprintf(models, sizeof models, "%s/models", d);
  return kg_world_load(w, onto, models);
}

const kg_dict *kg_world_dict(const kg_world *w) { return w->dict; }
const kg_logger *kg_world_log(const kg_world *w) { return &w->log; }
const char *kg_world_base(const kg_world *w) { return w->base; }
