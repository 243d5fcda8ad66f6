/* file.c — reading a whole file into memory, for the readers that parse a
 * file in one piece (CoNLL-U, query files, the store's delta lists, bench
 * programs).
 * Owns: kg_file_read.
 * Does not own: decoding or checking input documents (input.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "file.h"

char *kg_file_read(const char *path, size_t *len)
{
  int std = strcmp(path, "-") == 0;
  FILE *f = std ? stdin : fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0, r;
  char *b = malloc(cap);
  int err = b ? 0 : ENOMEM;
  while (b && (r = fread(b + n, 1, cap - n - 1, f)) > 0) {
    n += r;
    if (n + 1 == cap) {
      char *nb = cap < ((size_t)-1) / 2 ? realloc(b, cap * 2) : NULL;
      if (!nb) {
        free(b);
        b = NULL;
        err = ENOMEM;
        break;
      }
      b = nb;
      cap *= 2;
    }
  }
  if (b && ferror(f)) {
    err = errno ? errno : EIO;
    free(b);
    b = NULL;
  }
  if (!std)
    fclose(f);
  if (!b) {
    errno = err;
    return NULL;
  }
  b[n] = '\0';
  if (len)
    *len = n;
  return b;
}
