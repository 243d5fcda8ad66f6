/* cli_lines.c — line-oriented inputs of `kgbuild extract`:
 * --inputs-from FILE (INPUT names, one per line) and --jsonl FILE (one JSON
 * document per line), so kgbuild runs unchanged as a Hadoop Streaming
 * mapper, under Spark's pipe() or GNU parallel, writing N-Quads.
 * Owns: reading those lines and turning JSON objects into documents (yajl).
 * Does not own: the pipeline or output (main.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <yajl/yajl_tree.h>
#include "cli_lines.h"
#include "utf8.h"
#include "cli.h"

#define KG_LIST_LINE_MAX 65536 /* an INPUT name of --inputs-from */

static FILE *open_in(const char *path)
{
  if (strcmp(path, "-") == 0)
    return stdin;
  FILE *f = fopen(path, "rb");
  if (!f)
    fprintf(stderr, "kgbuild: %s: error: cannot read: %s\n", path, strerror(errno));
  return f;
}

/* One line of f without its "\n", at most max bytes kept: a longer line is
 * read to its end (so the next line is found) but not kept, and *too_long
 * is set, so a 1 GB line costs time to skip, never memory.  -1 at the end. */
static ssize_t capped_line(FILE *f, char **buf, size_t *cap, size_t max, int *too_long)
{
  size_t n = 0;
  int c = EOF, any = 0;
  *too_long = 0;
  while ((c = getc_unlocked(f)) != EOF) {
    any = 1;
    if (c == '\n')
      break;
    if (n >= max) {
      *too_long = 1;
      continue;
    }
    if (n + 2 > *cap) {
      size_t nc = *cap ? *cap * 2 : 4096;
      char *p = realloc(*buf, nc);
      if (!p)
        return -2;
      *buf = p;
      *cap = nc;
    }
    (*buf)[n++] = (char)c;
  }
  if (!any)
    return -1;
  if (!*buf && !(*buf = malloc(*cap = 1)))
    return -2;
  (*buf)[n] = '\0';
  return (ssize_t)n;
}

int kg_cli_read_list(const char *path, char ***outp, size_t *n)
{
  *n = 0;
  *outp = NULL;
  FILE *f = open_in(path);
  if (!f)
    return 1;
  char **out = NULL;
  size_t cap = 0;
  char *line = NULL;
  size_t lcap = 0;
  ssize_t len;
  int oom = 0;
  int too_long, skipped = 0;
  long lineno = 0;
  while ((len = capped_line(f, &line, &lcap, KG_LIST_LINE_MAX, &too_long)) >= 0) {
    lineno++;
    if (too_long) {
      fprintf(stderr, "kgbuild: %s:%ld: error: line longer than %d bytes, skipped\n", path, lineno,
              KG_LIST_LINE_MAX);
      skipped = 1;
      continue;
    }
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0 || line[0] == '#')
      continue;
    if (*n + 1 >= cap) {
      cap = cap ? cap * 2 : 64;
      char **p = realloc(out, cap * sizeof *p);
      if (!p) {
        oom = 1;
        break;
      }
      out = p;
    }
    if (!(out[*n] = strdup(line))) {
      oom = 1;
      break;
    }
    (*n)++;
  }
  if (len == -2)
    oom = 1;
  free(line);
  if (f != stdin)
    fclose(f);
  if (oom) { /* a truncated list would silently skip inputs */
    fprintf(stderr, "kgbuild: %s: error: out of memory\n", path);
    for (size_t i = 0; i < *n; i++)
      free(out[i]);
    free(out);
    *n = 0;
    return 1;
  }
  *outp = out;
  return skipped ? 3 : 0;
}

static const char *str_field(yajl_val obj, const char *key)
{
  const char *path[] = { key, NULL };
  yajl_val v = yajl_tree_get(obj, path, yajl_t_string);
  return v ? YAJL_GET_STRING(v) : NULL;
}

long kg_cli_jsonl(kg_world *w, const char *path, int (*fn)(void *ctx, kg_doc *doc), void *ctx)
{
  (void)w;
  FILE *f = open_in(path);
  if (!f)
    return 1;
  long failed = 0, lineno = 0;
  char *line = NULL;
  size_t lcap = 0;
  ssize_t len;
  char err[256];
  int too_long;
  size_t max = kg_cli_input_opts()->max_bytes;
  while ((len = capped_line(f, &line, &lcap, max, &too_long)) >= 0) {
    lineno++;
    if (too_long) {
      fprintf(stderr, "kgbuild: %s:%ld: error: line longer than the limit of %zu bytes, skipped "
              "(KGBUILD_MAX_BYTES raises it)\n", path, lineno, max);
      failed++;
      continue;
    }
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0)
      continue;
    size_t fixed_len, replaced;
    char *fixed = kg_utf8_repair(line, (size_t)len, &fixed_len, &replaced);
    yajl_val obj = fixed ? yajl_tree_parse(fixed, err, sizeof err) : NULL;
    const char *text = obj && YAJL_IS_OBJECT(obj) ? str_field(obj, "text") : NULL;
    if (!obj || !text || !*text) {
      fprintf(stderr, "kgbuild: %s:%ld: error: %s\n", path, lineno,
              !obj ? "not a JSON object" : "no \"text\" string");
      failed++;
    } else {
      const char *id = str_field(obj, "id"), *url = str_field(obj, "url");
      char src[64];
      if (!id && !url)
        snprintf(src, sizeof src, "%s:%ld", path, lineno);
      kg_doc *d = kg_doc_new(text, strlen(text), id ? id : url ? url : src);
      if (!d) {
        failed++;
      } else {
        const char *title = str_field(obj, "title"), *date = str_field(obj, "date");
        if (title)
          kg_doc_set_title(d, title);
        if (date && strlen(date) >= 10 && date[4] == '-' && date[7] == '-')
          memcpy(d->date, date, 10), d->date[10] = '\0';
        if (replaced)
          fprintf(stderr, "kgbuild: %s:%ld: warning: %zu invalid UTF-8 sequence(s) replaced with U+FFFD\n",
                  path, lineno, replaced);
        if (fn(ctx, d))
          failed++;
        kg_doc_free(d);
      }
    }
    yajl_tree_free(obj);
    free(fixed);
  }
  free(line);
  if (f != stdin)
    fclose(f);
  return failed;
}
