/* fuzz.h — helpers shared by the libFuzzer targets of fuzz/ (and by their
 * replay under `make check`, fuzz/replay.c).
 * Owns: a quiet log handler that still reads every message, a scratch file
 * the targets that read from a path write their input to, and the world
 * loaded once from kg_default_datadir().
 * Does not own: any target's checks. */
#ifndef KG_FUZZ_H
#define KG_FUZZ_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kgbuild.h"
#include "log.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Drops messages, but reads them so a bad `where` or message is caught. */
static volatile size_t kg_fuzz_sink;
static inline void kg_fuzz_log(void *user, kg_log_level level, const char *where, const char *message)
{
  (void)user; (void)level;
  kg_fuzz_sink += (where ? strlen(where) : 0) + (message ? strlen(message) : 0);
}
static const kg_logger kg_fuzz_logger = { kg_fuzz_log, NULL, KG_LOG_DEBUG };

/* A scratch file name ending in suffix ("" for none), made once per
 * process, removed at exit. */
static char kg_fuzz_path_buf[512];
static inline void kg_fuzz_unlink(void) { if (kg_fuzz_path_buf[0]) unlink(kg_fuzz_path_buf); }
static inline const char *kg_fuzz_scratch(const char *suffix)
{
  if (!kg_fuzz_path_buf[0]) {
    const char *dir = getenv("TMPDIR");
    snprintf(kg_fuzz_path_buf, sizeof kg_fuzz_path_buf, "%s/kgfuzz-%ld-XXXXXX%s",
             dir && *dir ? dir : "/tmp", (long)getpid(), suffix);
    int fd = mkstemps(kg_fuzz_path_buf, (int)strlen(suffix));
    if (fd < 0) { perror("kgfuzz: mkstemps"); abort(); }
    close(fd);
    atexit(kg_fuzz_unlink);
  }
  return kg_fuzz_path_buf;
}
/* Writes the input to the scratch file (aborts when it can't: the run
 * would test nothing). */
static inline const char *kg_fuzz_write(const char *suffix, const uint8_t *data, size_t size)
{
  const char *p = kg_fuzz_scratch(suffix);
  FILE *f = fopen(p, "wb");
  if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
    perror("kgfuzz: writing the scratch file");
    abort();
  }
  return p;
}

/* The world (ontology, dictionaries, models) loaded once. */
static inline kg_world *kg_fuzz_world(void)
{
  static kg_world *w;
  if (!w) {
    w = kg_world_new();
    if (!w) abort();
    kg_world_set_log(w, kg_fuzz_log, NULL);
    kg_world_set_log_level(w, KG_LOG_DEBUG);
    if (kg_world_load_default(w) != KG_OK) {
      fprintf(stderr, "kgfuzz: cannot load the world from %s (set KGBUILD_DATADIR)\n",
              kg_default_datadir());
      abort();
    }
  }
  return w;
}
#endif
