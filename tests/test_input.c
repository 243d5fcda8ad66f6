/* test_input.c — expanding INPUT arguments, reading files (errors, empty,
 * binary, UTF-16, CRLF, invalid UTF-8) and http URLs against tests/httpd.py
 * on 127.0.0.1 (skipped with a message when python3 is missing). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "tests.h"
#include "input.h"
#include "utf8.h"

/* ------------------------------------------------------------ log capture */

static char last_msg[1024], last_where[1024];
static int last_level = -1, nmsgs;

static void capture(void *u, kg_log_level l, const char *where, const char *msg)
{
  (void)u;
  /* keep the most severe message of the call (first one on ties) */
  if ((int)l > last_level) {
    last_level = (int)l;
    snprintf(last_msg, sizeof last_msg, "%s", msg);
    snprintf(last_where, sizeof last_where, "%s", where ? where : "");
  }
  nmsgs++;
}
static const kg_logger capturing = {capture, NULL, KG_LOG_DEBUG};

static void reset_log(void)
{
  last_msg[0] = last_where[0] = '\0';
  last_level = -1;
  nmsgs = 0;
}

static kg_status read_src(const char *src, const kg_input_opts *o, kg_text *t)
{
  reset_log();
  return kg_input_read(src, o, &capturing, t);
}

/* ------------------------------------------------------------ helpers */

static char tmpdir[256];

static int write_file(const char *path, const char *data, size_t n)
{
  FILE *f = fopen(path, "wb");
  if (!f) return 0;
  size_t w = fwrite(data, 1, n, f);
  return fclose(f) == 0 && w == n;
}

static const char *tmp_path(const char *rel)
{
  static char b[4][512];
  static int i;
  char *p = b[i++ & 3];
  snprintf(p, 512, "%s/%s", tmpdir, rel);
  return p;
}

static int input_init(void)
{
  /* the loopback server must be reached directly, whatever the caller's proxy */
  static const char *const proxies[] = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                        "all_proxy", "ALL_PROXY", NULL};
  for (const char *const *p = proxies; *p; p++) unsetenv(*p);
  snprintf(tmpdir, sizeof tmpdir, "/tmp/kg-test-input-XXXXXX");
  return mkdtemp(tmpdir) ? 0 : 1;
}

static pid_t server_pid = -1;
static int server_port, stall_port;
static int server_tried;

static int input_cleanup(void)
{
  if (server_pid > 0) {
    kill(server_pid, SIGTERM);
    waitpid(server_pid, NULL, 0);
    server_pid = -1;
  }
  if (tmpdir[0]) {
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) return 1;
  }
  return 0;
}

/* ------------------------------------------------------------ basics */

static void test_defaults_and_urls(void)
{
  kg_input_opts o;
  kg_input_opts_default(&o);
  CU_ASSERT_EQUAL(o.connect_timeout_s, 10);
  CU_ASSERT_EQUAL(o.total_timeout_s, 60);
  CU_ASSERT_EQUAL(o.max_bytes, (size_t)50 << 20);
  CU_ASSERT_EQUAL(o.max_redirects, 5);
  CU_ASSERT_TRUE(kg_input_is_url("http://example.org/a"));
  CU_ASSERT_TRUE(kg_input_is_url("HTTPS://example.org"));
  CU_ASSERT_TRUE(kg_input_is_url("ftp://example.org/x"));
  CU_ASSERT_TRUE(kg_input_is_url("svn+ssh://host/x"));
  CU_ASSERT_FALSE(kg_input_is_url("article.txt"));
  CU_ASSERT_FALSE(kg_input_is_url("dir/http://x"));
  CU_ASSERT_FALSE(kg_input_is_url("1http://x"));
  CU_ASSERT_FALSE(kg_input_is_url("-"));
  CU_ASSERT_FALSE(kg_input_is_url("C:\\text.txt"));
}

static void test_expand(void)
{
  static const char *const dirs[] = {"tree", "tree/sub", "tree/sub/deeper", "tree/.hidden", "tree/empty", NULL};
  static const char *const files[] = {"tree/b.txt", "tree/A.HTML", "tree/sub/c.htm", "tree/sub/skip.md",
                                      "tree/sub/deeper/e.TXT", "tree/.hidden/h.txt", "tree/.dot.txt",
                                      "tree/sub/notes.txt.bak", NULL};
  for (const char *const *d = dirs; *d; d++) CU_ASSERT_EQUAL_FATAL(mkdir(tmp_path(*d), 0755), 0);
  for (const char *const *f = files; *f; f++) CU_ASSERT_TRUE_FATAL(write_file(tmp_path(*f), "Text.\n", 6));
  /* a symlink loop, a link to a directory with a wanted name, a link to a file */
  CU_ASSERT_EQUAL(symlink("..", tmp_path("tree/sub/loop")), 0);
  CU_ASSERT_EQUAL(symlink("sub", tmp_path("tree/dirlink.txt")), 0);
  CU_ASSERT_EQUAL(symlink("sub/c.htm", tmp_path("tree/link.txt")), 0);
  CU_ASSERT_EQUAL(symlink("nowhere", tmp_path("tree/broken.txt")), 0);

  static const char *const want[] = {"tree/A.HTML", "tree/b.txt", "tree/link.txt", "tree/sub/c.htm",
                                     "tree/sub/deeper/e.TXT", NULL};
  for (int slash = 0; slash < 2; slash++) {
    char arg[600];
    snprintf(arg, sizeof arg, "%s%s", tmp_path("tree"), slash ? "/" : "");
    char **out = NULL;
    size_t n = 0;
    reset_log();
    CU_ASSERT_EQUAL_FATAL(kg_input_expand(arg, &capturing, &out, &n), KG_OK);
    CU_ASSERT_EQUAL(n, 5);
    for (size_t i = 0; i < n && want[i]; i++) {
      CU_ASSERT_STRING_EQUAL(out[i], tmp_path(want[i]));
      if (strcmp(out[i], tmp_path(want[i]))) fprintf(stderr, "  got %s\n", out[i]);
    }
    for (size_t i = 0; i < n; i++) free(out[i]);
    free(out);
  }

  /* a directory without inputs: nothing, a warning */
  char **out = NULL;
  size_t n = 9;
  reset_log();
  CU_ASSERT_EQUAL(kg_input_expand(tmp_path("tree/empty"), &capturing, &out, &n), KG_OK);
  CU_ASSERT_EQUAL(n, 0);
  CU_ASSERT_EQUAL(last_level, KG_LOG_WARN);
  free(out);

  /* files, "-" and URLs are returned as they are, whatever their name */
  static const char *const asis[] = {"-", "http://example.org/x", "ftp://example.org/y", NULL};
  for (const char *const *a = asis; *a; a++) {
    CU_ASSERT_EQUAL(kg_input_expand(*a, &capturing, &out, &n), KG_OK);
    CU_ASSERT_EQUAL_FATAL(n, 1);
    CU_ASSERT_STRING_EQUAL(out[0], *a);
    free(out[0]);
    free(out);
  }
  CU_ASSERT_EQUAL(kg_input_expand(tmp_path("tree/sub/skip.md"), &capturing, &out, &n), KG_OK);
  CU_ASSERT_EQUAL(n, 1);
  if (n == 1) free(out[0]);
  free(out);

  /* a missing path: KG_ERR_IO, naming it and the reason */
  reset_log();
  const char *missing = tmp_path("no-such-dir");
  CU_ASSERT_EQUAL(kg_input_expand(missing, &capturing, &out, &n), KG_ERR_IO);
  CU_ASSERT_EQUAL(n, 0);
  CU_ASSERT_EQUAL(last_level, KG_LOG_ERROR);
  CU_ASSERT_STRING_EQUAL(last_where, missing);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, strerror(ENOENT)));
}

/* ------------------------------------------------------------ files */

static void test_file_errors(void)
{
  kg_text t;
  const char *missing = tmp_path("missing.txt");
  CU_ASSERT_EQUAL(read_src(missing, NULL, &t), KG_ERR_IO);
  CU_ASSERT_PTR_NULL(t.text);
  CU_ASSERT_EQUAL(last_level, KG_LOG_ERROR);
  CU_ASSERT_STRING_EQUAL(last_where, missing);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "No such file or directory"));

  CU_ASSERT_EQUAL(read_src(tmpdir, NULL, &t), KG_ERR_IO);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, strerror(EISDIR)));

  static const char *const empties[] = {"tests/data/input/empty.txt", "tests/data/input/whitespace.txt", NULL};
  for (const char *const *e = empties; *e; e++) {
    CU_ASSERT_EQUAL(read_src(kg_test_src(*e), NULL, &t), KG_ERR_INPUT);
    CU_ASSERT_STRING_EQUAL(last_msg, "empty input");
    CU_ASSERT_STRING_EQUAL(last_where, kg_test_src(*e));
    CU_ASSERT_PTR_NULL(t.text);
  }
  CU_ASSERT_EQUAL(read_src(kg_test_src("tests/data/input/binary.txt"), NULL, &t), KG_ERR_INPUT);
  CU_ASSERT_STRING_EQUAL(last_msg, "binary input (not text)");
  CU_ASSERT_PTR_NULL(t.text);
  /* HTML without any text is empty input too */
  CU_ASSERT_EQUAL(read_src(kg_test_src("tests/data/input/script-only.html"), NULL, &t), KG_ERR_INPUT);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "empty input"));
  CU_ASSERT_PTR_NULL(t.text);
  CU_ASSERT_PTR_NULL(t.title);
  /* over the size limit */
  kg_input_opts o;
  kg_input_opts_default(&o);
  o.max_bytes = 10;
  CU_ASSERT_EQUAL(read_src(kg_test_src("tests/data/input/article.html"), &o, &t), KG_ERR_INPUT);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "limit of 10 bytes"));
  o.max_bytes = 33; /* exactly the size of crlf.txt */
  CU_ASSERT_EQUAL(read_src(kg_test_src("tests/data/input/crlf.txt"), &o, &t), KG_OK);
  kg_text_clear(&t);
}

static void test_file_text(void)
{
  kg_text t;
  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/crlf.txt"), NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "Line one.\nLine two.\nLine three.\n");
  CU_ASSERT_EQUAL(t.len, strlen(t.text));
  CU_ASSERT_PTR_NULL(t.title);
  CU_ASSERT_STRING_EQUAL(t.date, "");
  CU_ASSERT_EQUAL(nmsgs, 0);
  kg_text_clear(&t);
  CU_ASSERT_PTR_NULL(t.text);

  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/utf16le.txt"), NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "Hello\nW\xC3\xA9\xF0\x9F\x98\x80\n");
  kg_text_clear(&t);
  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/utf16be.txt"), NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "Hi\n");
  kg_text_clear(&t);
  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/bom-utf8.txt"), NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "With a BOM.\n");
  kg_text_clear(&t);

  /* invalid UTF-8: repaired, counted, one warning naming the file */
  const char *inv = kg_test_src("tests/data/input/invalid.txt");
  CU_ASSERT_EQUAL_FATAL(read_src(inv, NULL, &t), KG_OK);
  CU_ASSERT_EQUAL(t.replaced, 7);
  CU_ASSERT_TRUE(kg_utf8_valid(t.text, t.len));
  CU_ASSERT_EQUAL(strncmp(t.text, "Good line.\nBad \xEF\xBF\xBD\xEF\xBF\xBD overlong", 27), 0);
  CU_ASSERT_EQUAL(last_level, KG_LOG_WARN);
  CU_ASSERT_STRING_EQUAL(last_msg, "7 invalid UTF-8 sequence(s) replaced with U+FFFD");
  CU_ASSERT_STRING_EQUAL(last_where, inv);
  kg_text_clear(&t);

  /* a .txt stays text even when it looks like HTML */
  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/html-in.txt"), NULL, &t), KG_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(t.text, "<p>Markup in a .txt file stays text.</p>"));
  kg_text_clear(&t);
}

static void test_file_html(void)
{
  kg_text t;
  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/article.html"), NULL, &t), KG_OK);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t.title);
  CU_ASSERT_STRING_EQUAL(t.title, "Talks resume in Jakarta | The Example Times");
  CU_ASSERT_STRING_EQUAL(t.date, "2023-06-12");
  CU_ASSERT_PTR_NULL(strstr(t.text, "LEAK"));
  CU_ASSERT_PTR_NOT_NULL(strstr(t.text, "Foreign ministers met on Monday"));
  kg_text_clear(&t);
  CU_ASSERT_EQUAL_FATAL(read_src(kg_test_src("tests/data/input/latin1.html"), NULL, &t), KG_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(t.text, "Le caf\xC3\xA9"));
  CU_ASSERT_EQUAL(t.replaced, 0);
  kg_text_clear(&t);
  /* no telling extension: sniffed; CRLF inside HTML normalised */
  const char *page = "<!DOCTYPE html>\r\n<html><body><pre>a\r\nb</pre><p>Para\r\none.</p></body></html>\r\n";
  const char *noext = tmp_path("page-without-extension");
  CU_ASSERT_TRUE_FATAL(write_file(noext, page, strlen(page)));
  CU_ASSERT_EQUAL_FATAL(read_src(noext, NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "a\nb\n\nPara one.\n");
  kg_text_clear(&t);
  /* UTF-16LE HTML with a BOM and no telling name is sniffed after decoding */
  const char u16[] = "\xFF\xFE<\0h\0t\0m\0l\0>\0<\0p\0>\0H\0\xE9\0<\0/\0p\0>\0";
  const char *u16path = tmp_path("utf16-page");
  CU_ASSERT_TRUE_FATAL(write_file(u16path, u16, sizeof u16 - 1));
  CU_ASSERT_EQUAL_FATAL(read_src(u16path, NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "H\xC3\xA9\n");
  kg_text_clear(&t);
  const char *plain = tmp_path("plain-without-extension");
  CU_ASSERT_TRUE_FATAL(write_file(plain, "x < y\r\n", 7));
  CU_ASSERT_EQUAL_FATAL(read_src(plain, NULL, &t), KG_OK);
  CU_ASSERT_STRING_EQUAL(t.text, "x < y\n");
  kg_text_clear(&t);
}

/* ------------------------------------------------------------ URLs */

/* Starts tests/httpd.py once; 0 when it cannot (then URL tests skip). */
static int server_up(void)
{
  if (server_tried) return server_pid > 0;
  server_tried = 1;
  int fds[2];
  if (pipe(fds) != 0) return 0;
  const char *script = kg_test_src("tests/httpd.py");
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return 0;
  }
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    execlp("python3", "python3", script, (char *)NULL);
    _exit(127);
  }
  close(fds[1]);
  char line[64];
  size_t n = 0;
  struct pollfd p = {fds[0], POLLIN, 0};
  while (n + 1 < sizeof line && poll(&p, 1, 10000) > 0) {
    ssize_t r = read(fds[0], line + n, 1);
    if (r <= 0) break;
    if (line[n] == '\n') break;
    n++;
  }
  line[n] = '\0';
  close(fds[0]);
  if (sscanf(line, "ready %d %d", &server_port, &stall_port) < 1 || server_port <= 0) {
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    fprintf(stderr, "\n  [skip] URL tests: cannot start python3 tests/httpd.py\n");
    return 0;
  }
  server_pid = pid;
  return 1;
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Fetches a path of the test server; *secs gets the time it took. */
static kg_status fetch(const char *path, const kg_input_opts *o, kg_text *t, double *secs, char *url)
{
  snprintf(url, 128, "http://127.0.0.1:%d%s", server_port, path);
  double t0 = now();
  kg_status st = read_src(url, o, t);
  *secs = now() - t0;
  return st;
}

/* The set-up of every URL test: the loopback server (0: it could not be
 * started, the test skips) and default options with these time limits
 * (a connect limit of 0 keeps the default). */
static int url_setup(kg_input_opts *o, int connect_s, int total_s)
{
  if (!server_up()) return 0;
  kg_input_opts_default(o);
  if (connect_s) o->connect_timeout_s = connect_s;
  o->total_timeout_s = total_s;
  return 1;
}

/* Fetches path, which must succeed with exactly the text want (want NULL:
 * any text); *t is left for more checks (the caller clears it).  Returns
 * the seconds it took. */
static double expect_text(const char *path, const kg_input_opts *o, const char *want, kg_text *t, char *url)
{
  double s;
  kg_status st = fetch(path, o, t, &s, url);
  CU_ASSERT_EQUAL(st, KG_OK);
  if (want) CU_ASSERT_STRING_EQUAL(t->text ? t->text : "", want);
  if (st != KG_OK || (want && strcmp(t->text ? t->text : "", want) != 0))
    fprintf(stderr, "\n  %s: status %d, %.2f s, \"%s\"\n", path, (int)st, s, last_msg);
  return s;
}

static void test_url_good(void)
{
  kg_input_opts o;
  if (!url_setup(&o, 0, 5)) return;
  kg_text t;
  char url[128];
  static const char *const html[] = {"/good.html", "/gzip.html", "/redirect-ok", "/sniff", NULL};
  for (const char *const *p = html; *p; p++) {
    double s = expect_text(*p, &o, "Ministers meet\n\nThe ministers met in Jakarta on Monday & agreed to talk.\n",
                           &t, url);
    CU_ASSERT_TRUE(s < 5);
    CU_ASSERT_STRING_EQUAL(t.title ? t.title : "", "Loopback news");
    CU_ASSERT_STRING_EQUAL(t.date, "2023-06-12");
    kg_text_clear(&t);
  }
  expect_text("/plain.txt", &o, "Plain text from the server.\nSecond line.\n", &t, url);
  kg_text_clear(&t);
  /* text/plain; charset=ISO-8859-1 converted */
  expect_text("/latin1.txt", &o, "Caf\xC3\xA9 cr\xC3\xA8me.\n", &t, url);
  CU_ASSERT_EQUAL(t.replaced, 0);
  kg_text_clear(&t);
}

static void expect_fail(const char *path, const kg_input_opts *o, kg_status want, const char *msg_part,
                        double max_secs)
{
  kg_text t;
  double s;
  char url[128];
  kg_status st = fetch(path, o, &t, &s, url);
  CU_ASSERT_EQUAL(st, want);
  CU_ASSERT_PTR_NULL(t.text);
  CU_ASSERT_EQUAL(last_level, KG_LOG_ERROR);
  CU_ASSERT_STRING_EQUAL(last_where, url);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, msg_part));
  CU_ASSERT_TRUE(s < max_secs);
  if (st != want || !strstr(last_msg, msg_part) || s >= max_secs)
    fprintf(stderr, "\n  %s: status %d, %.2f s, \"%s\"\n", path, (int)st, s, last_msg);
  kg_text_clear(&t);
}

static void test_url_errors(void)
{
  kg_input_opts o;
  if (!url_setup(&o, 2, 2)) return;
  o.max_bytes = 1 << 20;
  expect_fail("/404", &o, KG_ERR_NET, "HTTP 404", 3);
  expect_fail("/500", &o, KG_ERR_NET, "HTTP 500", 3);
  expect_fail("/loop/0", &o, KG_ERR_NET, "too many redirects (more than 5)", 3);
  expect_fail("/to-file", &o, KG_ERR_NET, "refused", 3);
  expect_fail("/to-ftp", &o, KG_ERR_NET, "refused", 3);
  expect_fail("/empty", &o, KG_ERR_INPUT, "empty input", 3);
  expect_fail("/binary", &o, KG_ERR_INPUT, "binary input (not text)", 3);
  expect_fail("/image", &o, KG_ERR_INPUT, "unsupported content type image/png", 3);
  /* the total timeout ends a body that trickles in */
  double t0 = now();
  expect_fail("/slow", &o, KG_ERR_NET, "timed out", 4);
  CU_ASSERT_TRUE(now() - t0 >= 1.5);
  /* an endless body and a gzip bomb stop at max_bytes (after decoding) */
  expect_fail("/endless", &o, KG_ERR_NET, "larger than the limit of 1048576 bytes", 4);
  expect_fail("/bomb", &o, KG_ERR_NET, "larger than the limit of 1048576 bytes", 4);
  /* a connection refused on a closed port; a scheme that is not http(s) */
  kg_text t;
  reset_log();
  CU_ASSERT_EQUAL(kg_input_read("http://127.0.0.1:1/", &o, &capturing, &t), KG_ERR_NET);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "cannot fetch"));
  reset_log();
  CU_ASSERT_EQUAL(kg_input_read("ftp://127.0.0.1/x", &o, &capturing, &t), KG_ERR_NET);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "only http and https"));
}

/* Limits from the environment (what the CLI reads before a command). */
static void test_opts_env(void)
{
  static const char *const vars[] = {"KGBUILD_CONNECT_TIMEOUT", "KGBUILD_TIMEOUT", "KGBUILD_MAX_BYTES",
                                     "KGBUILD_MAX_REDIRECTS", NULL};
  kg_input_opts o;
  for (const char *const *v = vars; *v; v++) unsetenv(*v);
  kg_input_opts_default(&o);
  reset_log();
  CU_ASSERT_EQUAL(kg_input_opts_env(&o, &capturing), KG_OK);
  CU_ASSERT_EQUAL(o.total_timeout_s, 60);
  CU_ASSERT_EQUAL(nmsgs, 0);
  setenv("KGBUILD_CONNECT_TIMEOUT", "2", 1);
  setenv("KGBUILD_TIMEOUT", "3", 1);
  setenv("KGBUILD_MAX_BYTES", "64K", 1);
  setenv("KGBUILD_MAX_REDIRECTS", "0", 1);
  CU_ASSERT_EQUAL(kg_input_opts_env(&o, &capturing), KG_OK);
  CU_ASSERT_EQUAL(o.connect_timeout_s, 2);
  CU_ASSERT_EQUAL(o.total_timeout_s, 3);
  CU_ASSERT_EQUAL(o.max_bytes, (size_t)65536);
  CU_ASSERT_EQUAL(o.max_redirects, 0);
  static const char *const bad[][2] = {{"KGBUILD_TIMEOUT", "soon"}, {"KGBUILD_TIMEOUT", "0"},
                                       {"KGBUILD_MAX_BYTES", "-1"}, {"KGBUILD_MAX_BYTES", "10X"},
                                       {"KGBUILD_MAX_BYTES", "5G"}, {"KGBUILD_MAX_REDIRECTS", "51"},
                                       {"KGBUILD_CONNECT_TIMEOUT", ""}, {NULL, NULL}};
  for (int i = 0; bad[i][0]; i++) {
    kg_input_opts_default(&o);
    setenv(bad[i][0], bad[i][1], 1);
    reset_log();
    kg_status st = kg_input_opts_env(&o, &capturing);
    if (bad[i][1][0]) {
      CU_ASSERT_EQUAL(st, KG_ERR_USAGE);
      CU_ASSERT_STRING_EQUAL(last_where, bad[i][0]);
      CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, bad[i][1]));
    } else {
      CU_ASSERT_EQUAL(st, KG_OK); /* empty: unset */
    }
    unsetenv(bad[i][0]);
  }
  for (const char *const *v = vars; *v; v++) unsetenv(*v);
}

/* A 1 GB file is refused from its size, before a byte is read. */
static void test_file_size_first(void)
{
  const char *big = tmp_path("sparse-1g.txt");
  int fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  CU_ASSERT_TRUE_FATAL(fd >= 0);
  CU_ASSERT_EQUAL(ftruncate(fd, (off_t)1 << 30), 0); /* sparse: no disk used */
  close(fd);
  kg_text t;
  CU_ASSERT_EQUAL(read_src(big, NULL, &t), KG_ERR_INPUT);
  CU_ASSERT_STRING_EQUAL(last_where, big);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "larger than the limit of 52428800 bytes (1073741824 bytes"));
  CU_ASSERT_PTR_NULL(t.text);
  unlink(big);
}

/* Network faults of tests/httpd.py: stalls, resets, lying lengths,
 * redirects to other schemes, redirect and size limits, charsets. */
static void test_url_faults(void)
{
  kg_input_opts o;
  if (!url_setup(&o, 1, 2)) return;
  /* the connect timeout: a port whose listen queue is full never answers */
  if (stall_port > 0) {
    kg_text t;
    char url[64];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/", stall_port);
    o.total_timeout_s = 30;
    double t0 = now();
    reset_log();
    CU_ASSERT_EQUAL(kg_input_read(url, &o, &capturing, &t), KG_ERR_NET);
    double s = now() - t0;
    CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "timed out"));
    CU_ASSERT_STRING_EQUAL(last_where, url);
    CU_ASSERT_TRUE(s >= 0.5 && s < 10); /* the 1 s connect limit, not the 30 s total */
    if (!strstr(last_msg, "timed out") || s >= 10) fprintf(stderr, "\n  stall port: %.2f s, \"%s\"\n", s, last_msg);
    o.total_timeout_s = 2;
  }
  /* the total timeout: a server that accepts and never answers */
  expect_fail("/stall", &o, KG_ERR_NET, "timed out", 5);
  expect_fail("/reset", &o, KG_ERR_NET, "cannot fetch", 3);
  expect_fail("/short-length", &o, KG_ERR_NET, "truncated response", 3);
  expect_fail("/401", &o, KG_ERR_NET, "HTTP 401", 3);
  expect_fail("/403", &o, KG_ERR_NET, "HTTP 403", 3);
  expect_fail("/503", &o, KG_ERR_NET, "HTTP 503", 3);
  /* only http and https, also behind a redirect */
  expect_fail("/to-gopher", &o, KG_ERR_NET, "refused", 3);
  expect_fail("/to-dict", &o, KG_ERR_NET, "refused", 3);
  expect_fail("/to-data", &o, KG_ERR_NET, "refused", 3);
  /* the redirect limit, at and over it */
  kg_text t;
  char url[128];
  o.max_redirects = 2;
  expect_text("/chain/2", &o, NULL, &t, url);
  CU_ASSERT_PTR_NOT_NULL(t.text ? strstr(t.text, "Ministers meet") : NULL);
  kg_text_clear(&t);
  expect_fail("/chain/3", &o, KG_ERR_NET, "too many redirects (more than 2)", 3);
  o.max_redirects = 0;
  expect_fail("/redirect-ok", &o, KG_ERR_NET, "too many redirects (more than 0)", 3);
  o.max_redirects = 5;
  /* the byte limit counts decompressed bytes: 282 gzip bytes make 369 */
  o.max_bytes = 300;
  expect_fail("/gzip.html", &o, KG_ERR_NET, "larger than the limit of 300 bytes after decompression", 3);
  o.max_bytes = 369;
  expect_text("/gzip.html", &o, NULL, &t, url);
  kg_text_clear(&t);
  o.max_bytes = (size_t)50 << 20;
  /* a Content-Length shorter than the body: the announced bytes only */
  expect_text("/long-length", &o, "Nine words of text in a senten", &t, url);
  kg_text_clear(&t);
  /* charsets: the header wins over the page (as in browsers); bytes invalid
   * in it are replaced and reported; an unknown one is read as UTF-8 */
  expect_text("/header-latin1-body-utf8", &o, "Caf\xC3\x83\xC2\xA9 talks.\n", &t, url);
  CU_ASSERT_EQUAL(t.replaced, 0);
  kg_text_clear(&t);
  expect_text("/header-utf8-body-latin1", &o, "Caf\xEF\xBF\xBD talks in Gen\xEF\xBF\xBDve.\n", &t, url);
  CU_ASSERT_EQUAL(t.replaced, 2);
  CU_ASSERT_EQUAL(last_level, KG_LOG_WARN);
  CU_ASSERT_STRING_EQUAL(last_where, url);
  kg_text_clear(&t);
  expect_text("/header-bogus-charset", &o, "Plain words here.\n", &t, url);
  CU_ASSERT_PTR_NOT_NULL(strstr(last_msg, "unknown charset"));
  kg_text_clear(&t);
}

CU_ErrorCode kg_suite_input(void)
{
  CU_pSuite s = CU_add_suite("input", input_init, input_cleanup);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "defaults and URL detection", test_defaults_and_urls) ||
      !CU_add_test(s, "directory expansion", test_expand) ||
      !CU_add_test(s, "file errors: missing, empty, binary, too large", test_file_errors) ||
      !CU_add_test(s, "text files: CRLF, UTF-16, BOM, invalid UTF-8", test_file_text) ||
      !CU_add_test(s, "HTML files and sniffing", test_file_html) ||
      !CU_add_test(s, "URLs: HTML, gzip, redirect, text charset", test_url_good) ||
      !CU_add_test(s, "URLs: errors and limits", test_url_errors) ||
      !CU_add_test(s, "limits from the environment", test_opts_env) ||
      !CU_add_test(s, "a 1 GB file refused from its size", test_file_size_first) ||
      !CU_add_test(s, "URLs: stalls, resets, lying lengths, schemes, charsets", test_url_faults))
    return CU_get_error();
  return CUE_SUCCESS;
}
