/* input.h — reading inputs: files, directories, stdin and http(s) URLs, with
 * HTML turned into text and every byte sequence made valid UTF-8.
 *
 * Owns: expanding INPUT arguments into sources; fetching (libcurl, limits);
 * charset handling; deciding text vs HTML; empty/binary input rejection.
 * Does not own: what the text means (every later stage).
 *
 * Newlines: "\r\n" and a lone "\r" are normalised to "\n" when a source is
 * read, so every byte offset of the later stages refers to the normalised
 * text, not to the bytes of the file.  A UTF-8 BOM is dropped and UTF-16
 * with a BOM converted, with the same consequence.
 */
#ifndef KG_INPUT_H
#define KG_INPUT_H

#include <stddef.h>
#include "kgbuild.h"
#include "log.h"

typedef struct kg_input_opts {
  long connect_timeout_s;  /* default 10 */
  long total_timeout_s;    /* default 60 */
  size_t max_bytes;        /* default 50 MB (after decompression) */
  long max_redirects;      /* default 5 */
} kg_input_opts;

void kg_input_opts_default(kg_input_opts *o);
/* Overrides limits from the environment: KGBUILD_CONNECT_TIMEOUT and
 * KGBUILD_TIMEOUT (seconds), KGBUILD_MAX_BYTES (bytes, K/M/G suffix),
 * KGBUILD_MAX_REDIRECTS.  A malformed value is reported naming the
 * variable and gives KG_ERR_USAGE (o keeps its other values). */
kg_status kg_input_opts_env(kg_input_opts *o, const kg_logger *log);

/* One source read and normalised. */
typedef struct kg_text {
  char *text;      /* valid UTF-8, NUL-terminated, malloc'd */
  size_t len;
  char *title;     /* HTML <title> or NULL */
  char date[11];   /* published date from HTML meta, "YYYY-MM-DD" or "" */
  size_t replaced; /* invalid UTF-8 sequences replaced by U+FFFD */
} kg_text;

void kg_text_clear(kg_text *t);

/* 1 when arg looks like an URL with a scheme ("http://", "ftp://" ...). */
int kg_input_is_url(const char *arg);

/* Expands one INPUT argument: a directory becomes its *.txt, *.html, *.htm
 * files (recursive, sorted by path); anything else is returned as is.
 * *out is a malloc'd array of malloc'd strings.  A missing path or an
 * unreadable directory is reported (naming it) and returns KG_ERR_IO. */
kg_status kg_input_expand(const char *arg, const kg_logger *log,
                          char ***out, size_t *n);

/* Reads a file, "-" (stdin) or an http(s) URL.  Failures are reported
 * through log naming the source and the reason, and return KG_ERR_IO,
 * KG_ERR_NET or KG_ERR_INPUT (empty, binary).  Invalid UTF-8 is replaced
 * and reported as a warning.  Messages name the source as `where` (as given,
 * "-" for stdin).  opts NULL: kg_input_opts_default. */
kg_status kg_input_read(const char *source, const kg_input_opts *opts,
                        const kg_logger *log, kg_text *out);

#endif
