/* replay.c — a main for the fuzz targets of fuzz/ without libFuzzer: feeds
 * every file named, or every file of every directory named (sorted, dot
 * files skipped, missing directories skipped), to LLVMFuzzerTestOneInput,
 * after LLVMFuzzerInitialize.  Linked with each target it is built in every
 * configuration and run by `make check` (fuzz/replay.sh) over the seed
 * corpora fuzz/corpus/TARGET and the found crashers fuzz/regress/TARGET, so
 * a crash or sanitizer report that was fixed stays fixed.
 * Owns: reading those files.  Does not own: what a target checks. */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path, size_t *count)
{
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return 1;
  }
  size_t cap = 4096, len = 0, got;
  uint8_t *buf = malloc(cap);
  while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
    len += got;
    if (len == cap) {
      uint8_t *nb = realloc(buf, cap * 2);
      if (!nb) { free(buf); buf = NULL; break; }
      buf = nb;
      cap *= 2;
    }
  }
  int bad = ferror(f) || !buf;
  fclose(f);
  if (bad) {
    fprintf(stderr, "replay: %s: cannot read\n", path);
    free(buf);
    return 1;
  }
  /* an exact-size copy, so reading past the input is caught by ASan */
  uint8_t *exact = malloc(len ? len : 1);
  if (!exact) { free(buf); return 1; }
  memcpy(exact, buf, len);
  free(buf);
  printf("replay: %s (%zu bytes)\n", path, len);
  fflush(stdout);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  ++*count;
  return 0;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_dir(const char *dir, size_t *count)
{
  DIR *d = opendir(dir);
  if (!d)
    return errno == ENOENT ? 0 : (fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno)), 1);
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  int bad = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      char **nn = realloc(names, cap * sizeof *nn);
      if (!nn) { bad = 1; break; }
      names = nn;
    }
    size_t l = strlen(dir) + strlen(e->d_name) + 2;
    if (!(names[n] = malloc(l))) { bad = 1; break; }
    snprintf(names[n++], l, "%s/%s", dir, e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n; i++) {
    struct stat sb;
    if (!bad && stat(names[i], &sb) == 0 && S_ISREG(sb.st_mode))
      bad |= replay_file(names[i], count);
    free(names[i]);
  }
  free(names);
  return bad;
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
    return 2;
  }
  LLVMFuzzerInitialize(&argc, &argv);
  size_t count = 0;
  int bad = 0;
  for (int i = 1; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode))
      bad |= replay_dir(argv[i], &count);
    else if (stat(argv[i], &sb) == 0)
      bad |= replay_file(argv[i], &count);
  }
  printf("replay: %zu input(s) ran without a crash\n", count);
  return bad;
}
