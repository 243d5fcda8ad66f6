/* fuzz_dict.c — libFuzzer target: any bytes as a Turtle dictionary file
 * (the binary dictionary cache is turned off), then the index build and a
 * few lookups over whatever was loaded: a plain label is found again. */
#include "fuzz.h"
#include "dict.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc; (void)argv;
  setenv("KGBUILD_NO_CACHE", "1", 1);
  return 0;
}

/* 1 for 4 to 100 ASCII letters: a label that lookup must find again
 * (others may fold to nothing, or be too long for the name index). */
static int plain_name(const char *s)
{
  size_t n = 0;
  for (; s[n]; n++)
    if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))) return 0;
  return n >= 4 && n <= 100;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = kg_fuzz_write(".ttl", data, size);
  kg_dict *d = kg_dict_new();
  if (!d) return 0;
  if (kg_dict_load_file(d, path, &kg_fuzz_logger) == KG_OK && kg_dict_finish(d) == KG_OK) {
    size_t n = kg_dict_nactors(d);
    for (size_t i = 0; i < n; i++) {
      const kg_dict_actor *a = kg_dict_actor_at(d, (int32_t)i);
      if (!a || !a->label || !a->label[0]) {
        fprintf(stderr, "kgfuzz: actor %zu has no name\n", i);
        abort();
      }
      if (plain_name(a->label) && kg_dict_find_actor(d, a->label) < 0) {
        fprintf(stderr, "kgfuzz: actor %zu \"%s\" not found by its label\n", i, a->label);
        abort();
      }
    }
    for (size_t i = 0; i < kg_dict_ncameo(d); i++) {
      const kg_cameo *c = kg_dict_cameo_at(d, i);
      if (c && c->code) (void)kg_dict_cameo(d, c->code);
    }
    (void)kg_dict_find_actor(d, "Russia");
    const kg_trigger *tr;
    (void)kg_dict_triggers(d, "visit", 0, &tr);
    (void)kg_dict_cue(d, "say");
    (void)kg_dict_description(d, "regime");
  }
  kg_dict_free(d);
  return 0;
}
