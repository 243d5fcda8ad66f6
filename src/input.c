/* input.c — from an INPUT argument to one valid UTF-8 text.
 *
 * Owns: expanding directories into their .txt/.html/.htm files; reading
 * files, stdin and http(s) URLs (libcurl, with size, time, redirect and
 * protocol limits); rejecting empty and binary input; choosing text vs
 * HTML; the charset of text/plain responses; newline normalisation.
 * Does not own: HTML to text and HTML charsets (html.c), UTF-8 repair
 * (utf8.c), curl_global_init (the world calls it once), where messages go
 * (the logger's handler).
 *
 * Decisions:
 * - Directory expansion recurses, keeps *.txt, *.html, *.htm (any case),
 *   skips hidden entries (names starting with '.'), never follows a
 *   symbolic link to a directory (so link loops cannot hang; links to
 *   files are kept) and sorts the result by full path (strcmp) so runs are
 *   reproducible.  A directory without such files gives 0 paths and a
 *   warning.
 * - Text vs HTML: a .html/.htm file is HTML; a .txt file is text even when
 *   it looks like HTML (the user named it text); for other names, stdin
 *   and URLs without a text/html or text/plain Content-Type,
 *   kg_html_sniff decides.  A URL's text/plain stays text.
 * - Files and stdin are limited to opts->max_bytes as URLs are (an input
 *   over the limit is KG_ERR_INPUT; an URL over it is KG_ERR_NET, since
 *   the fetch is aborted).
 * - "\r\n" and a lone "\r" become "\n" after decoding, so every offset of
 *   the later stages refers to the normalised text.
 */
#define _GNU_SOURCE /* strcasestr */
#include "input.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <curl/curl.h>

#include "html.h"
#include "utf8.h"

#define KG_USER_AGENT "kgbuild/0.1"

void kg_input_opts_default(kg_input_opts *o)
{
  o->connect_timeout_s = 10;
  o->total_timeout_s = 60;
  o->max_bytes = (size_t)50 << 20;
  o->max_redirects = 5;
}

/* One limit from the environment: a whole number in [lo, hi], with an
 * optional K, M or G suffix (powers of 1024) when suffix is set. */
static int env_limit(const char *name, unsigned long long lo, unsigned long long hi, int suffix,
                     const kg_logger *log, unsigned long long *out)
{
  const char *v = getenv(name);
  if (!v || !*v) return 0;
  char *end;
  errno = 0;
  unsigned long long x = strtoull(v, &end, 10);
  int bad = errno != 0 || end == v || v[0] == '-';
  if (!bad && suffix && *end) {
    int sh = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : *end == 'G' || *end == 'g' ? 30 : -1;
    if (sh < 0 || end[1] || x > (hi >> sh)) bad = 1;
    else x <<= sh, end++;
  }
  if (bad || *end || x < lo || x > hi) {
    kg_logf(log, KG_LOG_ERROR, name, "wants a whole number from %llu to %llu%s, not '%s'", lo, hi,
            suffix ? " (K, M or G may follow)" : "", v);
    return -1;
  }
  *out = x;
  return 1;
}

kg_status kg_input_opts_env(kg_input_opts *o, const kg_logger *log)
{
  unsigned long long x;
  int r, bad = 0;
  if ((r = env_limit("KGBUILD_CONNECT_TIMEOUT", 1, 3600, 0, log, &x)) > 0) o->connect_timeout_s = (long)x;
  bad |= r < 0;
  if ((r = env_limit("KGBUILD_TIMEOUT", 1, 86400, 0, log, &x)) > 0) o->total_timeout_s = (long)x;
  bad |= r < 0;
  if ((r = env_limit("KGBUILD_MAX_BYTES", 1, (unsigned long long)1 << 32, 1, log, &x)) > 0) o->max_bytes = (size_t)x;
  bad |= r < 0;
  if ((r = env_limit("KGBUILD_MAX_REDIRECTS", 0, 50, 0, log, &x)) > 0) o->max_redirects = (long)x;
  bad |= r < 0;
  return bad ? KG_ERR_USAGE : KG_OK;
}

void kg_text_clear(kg_text *t)
{
  if (!t) return;
  free(t->text);
  free(t->title);
  memset(t, 0, sizeof *t);
}

int kg_input_is_url(const char *arg)
{
  /* RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) then "://" */
  if (!arg || !isalpha((unsigned char)arg[0])) return 0;
  const char *p = arg + 1;
  while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.') p++;
  return strncmp(p, "://", 3) == 0;
}

static int is_http_url(const char *arg)
{
  return strncasecmp(arg, "http://", 7) == 0 || strncasecmp(arg, "https://", 8) == 0;
}

static int has_ext(const char *path, const char *ext)
{
  size_t n = strlen(path), k = strlen(ext);
  return n > k && strcasecmp(path + n - k, ext) == 0;
}

static int wanted_name(const char *name)
{
  return has_ext(name, ".txt") || has_ext(name, ".html") || has_ext(name, ".htm");
}

/* ------------------------------------------------------------ expansion */

typedef struct strvec {
  char **v;
  size_t n, cap;
} strvec;

static int sv_push(strvec *s, char *str)
{
  if (!str) return 0;
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 16;
    char **v = realloc(s->v, cap * sizeof *v);
    if (!v) { free(str); return 0; }
    s->v = v;
    s->cap = cap;
  }
  s->v[s->n++] = str;
  return 1;
}

static void sv_free(strvec *s)
{
  for (size_t i = 0; i < s->n; i++) free(s->v[i]);
  free(s->v);
  memset(s, 0, sizeof *s);
}

static char *join_path(const char *dir, const char *name)
{
  size_t a = strlen(dir), b = strlen(name);
  int slash = a > 0 && dir[a - 1] == '/';
  char *p = malloc(a + b + 2);
  if (!p) return NULL;
  memcpy(p, dir, a);
  if (!slash) p[a++] = '/';
  memcpy(p + a, name, b + 1);
  return p;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walks the tree under root with an explicit stack of directories. */
static kg_status expand_dir(const char *root, const kg_logger *log, strvec *files)
{
  strvec todo = {NULL, 0, 0};
  kg_status st = KG_OK;
  if (!sv_push(&todo, strdup(root))) return KG_ERR_NOMEM;
  while (todo.n > 0 && st == KG_OK) {
    char *dir = todo.v[--todo.n];
    DIR *d = opendir(dir);
    if (!d) {
      kg_logf(log, KG_LOG_ERROR, dir, "cannot read directory: %s", strerror(errno));
      free(dir);
      st = KG_ERR_IO;
      break;
    }
    struct dirent *e;
    while (st == KG_OK && (e = readdir(d)) != NULL) {
      if (e->d_name[0] == '.') continue; /* ".", ".." and hidden entries */
      char *path = join_path(dir, e->d_name);
      if (!path) { st = KG_ERR_NOMEM; break; }
      struct stat sb;
      if (lstat(path, &sb) != 0) {
        kg_logf(log, KG_LOG_WARN, path, "skipped: %s", strerror(errno));
        free(path);
        continue;
      }
      if (S_ISDIR(sb.st_mode)) {
        if (!sv_push(&todo, path)) st = KG_ERR_NOMEM;
        continue;
      }
      if (S_ISLNK(sb.st_mode)) {
        /* follow links to files, never links to directories */
        if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || !wanted_name(e->d_name)) {
          if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
            kg_logf(log, KG_LOG_DEBUG, path, "symbolic link to a directory not followed");
          free(path);
          continue;
        }
      } else if (!S_ISREG(sb.st_mode) || !wanted_name(e->d_name)) {
        free(path);
        continue;
      }
      if (!sv_push(files, path)) st = KG_ERR_NOMEM;
    }
    closedir(d);
    free(dir);
  }
  sv_free(&todo);
  if (st == KG_ERR_NOMEM) kg_logf(log, KG_LOG_ERROR, root, "out of memory");
  return st;
}

kg_status kg_input_expand(const char *arg, const kg_logger *log, char ***out, size_t *n)
{
  strvec files = {NULL, 0, 0};
  *out = NULL;
  *n = 0;
  if (!arg || !*arg) {
    kg_logf(log, KG_LOG_ERROR, NULL, "empty input argument");
    return KG_ERR_USAGE;
  }
  struct stat sb;
  if (strcmp(arg, "-") == 0 || kg_input_is_url(arg)) {
    /* as is */
  } else if (stat(arg, &sb) != 0) {
    kg_logf(log, KG_LOG_ERROR, arg, "cannot read: %s", strerror(errno));
    return KG_ERR_IO;
  } else if (S_ISDIR(sb.st_mode)) {
    kg_status st = expand_dir(arg, log, &files);
    if (st != KG_OK) {
      sv_free(&files);
      return st;
    }
    if (files.n == 0) kg_logf(log, KG_LOG_WARN, arg, "no .txt, .html or .htm files in this directory");
    if (files.n > 1) qsort(files.v, files.n, sizeof *files.v, cmp_str);
    *out = files.v;
    *n = files.n;
    if (!*out) *out = calloc(1, sizeof(char *));
    return *out ? KG_OK : KG_ERR_NOMEM;
  }
  if (!sv_push(&files, strdup(arg))) {
    sv_free(&files);
    kg_logf(log, KG_LOG_ERROR, arg, "out of memory");
    return KG_ERR_NOMEM;
  }
  *out = files.v;
  *n = files.n;
  return KG_OK;
}

/* ------------------------------------------------------------ reading */

typedef struct bytes {
  char *p;
  size_t n, cap, max;
  int too_big;
} bytes;

static int bytes_add(bytes *b, const char *data, size_t n)
{
  if (n > b->max - b->n) { b->too_big = 1; return 0; }
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 65536;
    while (cap < b->n + n + 1) cap *= 2;
    if (b->max < (size_t)-1 && cap > b->max + 1) cap = b->max + 1;
    char *p = realloc(b->p, cap);
    if (!p) return -1;
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, data, n);
  b->n += n;
  b->p[b->n] = '\0';
  return 1;
}

static kg_status read_fd(int fd, const char *source, const kg_logger *log, bytes *b)
{
  char chunk[65536];
  for (;;) {
    ssize_t r = read(fd, chunk, sizeof chunk);
    if (r < 0) {
      if (errno == EINTR) continue;
      kg_logf(log, KG_LOG_ERROR, source, "cannot read: %s", strerror(errno));
      return KG_ERR_IO;
    }
    if (r == 0) break;
    int ok = bytes_add(b, chunk, (size_t)r);
    if (ok == 0) {
      kg_logf(log, KG_LOG_ERROR, source, "input larger than the limit of %zu bytes (the rest is not "
              "read; KGBUILD_MAX_BYTES raises it)", b->max);
      return KG_ERR_INPUT;
    }
    if (ok < 0) {
      kg_logf(log, KG_LOG_ERROR, source, "out of memory");
      return KG_ERR_NOMEM;
    }
  }
  return KG_OK;
}

/* "\r\n" and lone "\r" to "\n", in place. */
static size_t normalise_newlines(char *s, size_t n)
{
  char *cr = memchr(s, '\r', n);
  if (!cr) return n;
  size_t w = (size_t)(cr - s);
  for (size_t i = w; i < n; i++) {
    if (s[i] == '\r') {
      s[w++] = '\n';
      if (i + 1 < n && s[i + 1] == '\n') i++;
    } else
      s[w++] = s[i];
  }
  s[w] = '\0';
  return w;
}

static int all_space(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF) {
      i += 2; /* U+FEFF */
      continue;
    }
    return 0;
  }
  return 1;
}

enum { KIND_SNIFF = 0, KIND_TEXT, KIND_HTML };

/* Raw bytes to out: empty and binary checks, decoding, HTML. */
static kg_status finish(const char *source, const char *raw, size_t len, int kind,
                        const char *charset, const kg_logger *log, kg_text *out)
{
  if (len == 0 || all_space(raw, len)) {
    kg_logf(log, KG_LOG_ERROR, source, "empty input");
    return KG_ERR_INPUT;
  }
  if (kg_looks_binary(raw, len)) {
    /* NULs in every other byte only: UTF-16 that lost its byte-order mark */
    size_t n = len < 4096 ? len & ~(size_t)1 : 4096, z[2] = {0, 0};
    for (size_t i = 0; i < n; i++) z[i & 1] += raw[i] == 0;
    int u16 = n >= 8 && (z[0] == 0) != (z[1] == 0) && (z[0] + z[1]) * 4 >= n;
    kg_logf(log, KG_LOG_ERROR, source, u16 ? "binary input (not text; UTF-16 without a byte-order mark? "
            "add one, or convert it to UTF-8)" : "binary input (not text)");
    return KG_ERR_INPUT;
  }
  if (kind == KIND_SNIFF) {
    const unsigned char *u = (const unsigned char *)raw;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
      /* UTF-16: sniff the UTF-8 it becomes */
      size_t ul, ur;
      char *tmp = kg_utf8_repair(raw, len < 8192 ? len : 8192, &ul, &ur);
      kind = tmp && kg_html_sniff(tmp, ul) ? KIND_HTML : KIND_TEXT;
      free(tmp);
    } else
      kind = kg_html_sniff(raw, len) ? KIND_HTML : KIND_TEXT;
  }
  size_t rep = 0;
  if (kind == KIND_HTML) {
    kg_status st = kg_html_to_text_ex(raw, len, charset, source, log, &out->text, &out->len,
                                      &out->title, out->date, &rep);
    if (st != KG_OK) {
      kg_text_clear(out);
      return st;
    }
  } else {
    int r = kg_charset_to_utf8(charset, raw, len, &out->text, &out->len, &rep);
    if (r == 0) {
      kg_logf(log, KG_LOG_WARN, source, "unknown charset \"%s\", read as UTF-8", charset);
      r = kg_charset_to_utf8(NULL, raw, len, &out->text, &out->len, &rep);
    }
    if (r < 0) {
      kg_logf(log, KG_LOG_ERROR, source, "out of memory");
      return KG_ERR_NOMEM;
    }
  }
  out->len = normalise_newlines(out->text, out->len);
  out->replaced = rep;
  if (all_space(out->text, out->len)) {
    kg_logf(log, KG_LOG_ERROR, source, kind == KIND_HTML ? "empty input (no text in the HTML)" : "empty input");
    kg_text_clear(out);
    return KG_ERR_INPUT;
  }
  if (rep)
    kg_logf(log, KG_LOG_WARN, source, "%zu invalid UTF-8 sequence(s) replaced with U+FFFD", rep);
  return KG_OK;
}

/* ------------------------------------------------------------ URLs */

typedef struct fetch {
  bytes body;
  CURL *h;
  long http_error;
} fetch;

static size_t on_body(char *data, size_t size, size_t nmemb, void *user)
{
  fetch *f = user;
  size_t n = size * nmemb;
  long code = 0;
  /* an error page is not read (redirect bodies never reach us) */
  if (curl_easy_getinfo(f->h, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK && code >= 400) {
    f->http_error = code;
    return 0;
  }
  /* data arrives decoded (gzip, deflate...): the cap holds for a bomb */
  if (bytes_add(&f->body, data, n) != 1) return 0;
  return n;
}

/* Splits a Content-Type into a lower-case media type and a charset. */
static void parse_content_type(const char *ct, char *type, size_t tsz, char *cs, size_t csz)
{
  type[0] = cs[0] = '\0';
  if (!ct) return;
  size_t i = 0;
  while (*ct == ' ') ct++;
  while (*ct && *ct != ';' && *ct != ' ' && i + 1 < tsz) type[i++] = (char)tolower((unsigned char)*ct++);
  type[i] = '\0';
  const char *p = strcasestr(ct, "charset=");
  if (!p) return;
  p += 8;
  while (*p == ' ' || *p == '"' || *p == '\'') p++;
  i = 0;
  while (*p && (isalnum((unsigned char)*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':') && i + 1 < csz)
    cs[i++] = *p++;
  cs[i] = '\0';
}

static int unsupported_type(const char *t)
{
  return strncmp(t, "image/", 6) == 0 || strncmp(t, "audio/", 6) == 0 || strncmp(t, "video/", 6) == 0 ||
         strncmp(t, "font/", 5) == 0 || strcmp(t, "application/pdf") == 0 ||
         strcmp(t, "application/zip") == 0 || strcmp(t, "application/gzip") == 0;
}

static kg_status read_url(const char *url, const kg_input_opts *opts, const kg_logger *log, kg_text *out)
{
  if (!is_http_url(url)) {
    kg_logf(log, KG_LOG_ERROR, url, "unsupported URL scheme (only http and https)");
    return KG_ERR_NET;
  }
  fetch f;
  memset(&f, 0, sizeof f);
  f.body.max = opts->max_bytes;
  f.h = curl_easy_init();
  if (!f.h) {
    kg_logf(log, KG_LOG_ERROR, url, "cannot initialise libcurl");
    return KG_ERR_NET;
  }
  char err[CURL_ERROR_SIZE];
  err[0] = '\0';
  CURL *h = f.h;
  curl_easy_setopt(h, CURLOPT_URL, url);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
  curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, opts->max_redirects);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, opts->connect_timeout_s);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, opts->total_timeout_s);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(h, CURLOPT_USERAGENT, KG_USER_AGENT);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)opts->max_bytes);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &f);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, err);

  CURLcode rc = curl_easy_perform(h);
  long code = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  kg_status st = KG_OK;
  if (f.http_error || (rc == CURLE_OK && code >= 400)) {
    kg_logf(log, KG_LOG_ERROR, url, "HTTP %ld", f.http_error ? f.http_error : code);
    st = KG_ERR_NET;
  } else if (f.body.too_big || rc == CURLE_FILESIZE_EXCEEDED) {
    kg_logf(log, KG_LOG_ERROR, url, "response larger than the limit of %zu bytes after decompression "
            "(KGBUILD_MAX_BYTES raises it)", opts->max_bytes);
    st = KG_ERR_NET;
  } else if (rc == CURLE_TOO_MANY_REDIRECTS) {
    kg_logf(log, KG_LOG_ERROR, url, "too many redirects (more than %ld)", opts->max_redirects);
    st = KG_ERR_NET;
  } else if (rc == CURLE_OPERATION_TIMEDOUT) {
    kg_logf(log, KG_LOG_ERROR, url, "timed out: %s", err[0] ? err : curl_easy_strerror(rc));
    st = KG_ERR_NET;
  } else if (rc == CURLE_UNSUPPORTED_PROTOCOL) {
    kg_logf(log, KG_LOG_ERROR, url, "refused: %s (only http and https are followed)",
            err[0] ? err : curl_easy_strerror(rc));
    st = KG_ERR_NET;
  } else if (rc == CURLE_PARTIAL_FILE) {
    kg_logf(log, KG_LOG_ERROR, url, "truncated response: the connection closed before the announced "
            "Content-Length (%s)", err[0] ? err : curl_easy_strerror(rc));
    st = KG_ERR_NET;
  } else if (rc == CURLE_WRITE_ERROR && !f.body.too_big) {
    kg_logf(log, KG_LOG_ERROR, url, "out of memory");
    st = KG_ERR_NOMEM;
  } else if (rc != CURLE_OK) {
    kg_logf(log, KG_LOG_ERROR, url, "cannot fetch: %s", err[0] ? err : curl_easy_strerror(rc));
    st = KG_ERR_NET;
  }
  if (st == KG_OK) {
    char *eff = NULL, *ct = NULL;
    char type[128], cs[64];
    curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
    if (eff && strcmp(eff, url) != 0) kg_logf(log, KG_LOG_DEBUG, url, "redirected to %s", eff);
    curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
    parse_content_type(ct, type, sizeof type, cs, sizeof cs);
    int kind = KIND_SNIFF;
    if (strcmp(type, "text/html") == 0 || strcmp(type, "application/xhtml+xml") == 0) kind = KIND_HTML;
    else if (strcmp(type, "text/plain") == 0) kind = KIND_TEXT;
    if (unsupported_type(type)) {
      kg_logf(log, KG_LOG_ERROR, url, "unsupported content type %s (not text)", type);
      st = KG_ERR_INPUT;
    } else
      st = finish(url, f.body.p ? f.body.p : "", f.body.n, kind, cs[0] ? cs : NULL, log, out);
  }
  curl_easy_cleanup(h);
  free(f.body.p);
  return st;
}

/* ------------------------------------------------------------ entry */

kg_status kg_input_read(const char *source, const kg_input_opts *opts,
                        const kg_logger *log, kg_text *out)
{
  kg_input_opts defaults;
  memset(out, 0, sizeof *out);
  if (!opts) {
    kg_input_opts_default(&defaults);
    opts = &defaults;
  }
  if (!source || !*source) {
    kg_logf(log, KG_LOG_ERROR, NULL, "empty input name");
    return KG_ERR_USAGE;
  }
  if (kg_input_is_url(source)) return read_url(source, opts, log, out);

  bytes b = {NULL, 0, 0, opts->max_bytes, 0};
  kg_status st;
  int kind = KIND_SNIFF;
  if (strcmp(source, "-") == 0) {
    st = read_fd(STDIN_FILENO, source, log, &b);
  } else {
    int fd = open(source, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      kg_logf(log, KG_LOG_ERROR, source, "cannot open: %s", strerror(errno));
      return KG_ERR_IO;
    }
    struct stat sb;
    memset(&sb, 0, sizeof sb);
    if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
      kg_logf(log, KG_LOG_ERROR, source, "cannot read: %s", strerror(EISDIR));
      close(fd);
      return KG_ERR_IO;
    }
    if (S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size > (unsigned long long)opts->max_bytes) {
      /* refused before reading a byte: a 1 GB file costs nothing */
      kg_logf(log, KG_LOG_ERROR, source, "input larger than the limit of %zu bytes (%lld bytes; "
              "KGBUILD_MAX_BYTES raises it)", opts->max_bytes, (long long)sb.st_size);
      close(fd);
      return KG_ERR_INPUT;
    }
    st = read_fd(fd, source, log, &b);
    close(fd);
    if (has_ext(source, ".html") || has_ext(source, ".htm")) kind = KIND_HTML;
    else if (has_ext(source, ".txt")) kind = KIND_TEXT;
  }
  if (st == KG_OK) st = finish(source, b.p ? b.p : "", b.n, kind, NULL, log, out);
  free(b.p);
  return st;
}
