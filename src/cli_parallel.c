/* cli_parallel.c — parallel workers for `kgbuild extract -j N`.
 *
 * Owns: forking the workers, handing out items (worker k takes items
 * k, k+N, k+2N ...), collecting each item's output from a temporary file
 * and writing it in item order as soon as every earlier item is written
 * (so output order never depends on N and memory stays flat), the
 * progress line on a terminal.  When the caller takes the outputs itself
 * (kg_cli_parallel_take: the store writer) the workers run one step below
 * it in priority (nice +5): the writer then gets a core whenever it has
 * work, so it keeps up with the workers instead of trailing them.
 * Does not own: what an item is or how it is processed (main.c's work
 * function).  Each worker creates its own RDF world after the fork.
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>
#include <unistd.h>
#include <signal.h>
#include <time.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include "cli_parallel.h"

typedef struct msg {
  uint64_t item;
  uint32_t failed;
} msg;

static void item_path(char *buf, size_t cap, const char *dir, size_t i, const char *ext)
{
  snprintf(buf, cap, "%s/%zu.%s", dir, i, ext);
}

static int copy_file(const char *path, FILE *to)
{
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  char buf[65536];
  size_t r;
  int rc = 0;
  while ((r = fread(buf, 1, sizeof buf, f)) > 0)
    if (fwrite(buf, 1, r, to) != r) {
      rc = -1;
      break;
    }
  fclose(f);
  return rc;
}

static void worker(int k, int jobs, size_t n, kg_par_work work, void *ctx, const char *dir, int fd,
                   int below)
{
  char po[4200], ps[4200];
  if (below) { /* best effort: a failure only costs speed */
    errno = 0;
    int pr = getpriority(PRIO_PROCESS, 0);
    if (errno == 0)
      setpriority(PRIO_PROCESS, 0, pr + below > 19 ? 19 : pr + below);
  }
  for (size_t i = (size_t)k; i < n; i += (size_t)jobs) {
    item_path(po, sizeof po, dir, i, "out");
    item_path(ps, sizeof ps, dir, i, "sum");
    FILE *fo = fopen(po, "wb"), *fs = fopen(ps, "wb");
    msg m;
    memset(&m, 0, sizeof m); /* the padding goes down the pipe too */
    m.item = i;
    m.failed = 1;
    if (fo && fs)
      m.failed = work(ctx, i, fo, fs) ? 1 : 0;
    else
      fprintf(stderr, "kgbuild: %s: error: cannot write a temporary file: %s\n", dir, strerror(errno));
    if (fo && fclose(fo) != 0)
      m.failed = 1;
    if (fs)
      fclose(fs);
    if (write(fd, &m, sizeof m) != (ssize_t)sizeof m)
      _exit(3);
  }
  _exit(0);
}

static double now_s(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct copy_ctx {
  FILE *out;
} copy_ctx;

static int take_copy(void *p, size_t i, const char *path)
{
  (void)i;
  return copy_file(path, ((copy_ctx *)p)->out);
}

static long run(size_t n, int jobs, kg_par_work work, void *ctx, kg_par_take take, void *tctx,
                const size_t *sizes, int below);

long kg_cli_parallel(size_t n, int jobs, kg_par_work work, void *ctx, FILE *out,
                     const size_t *sizes)
{
  copy_ctx cc = { out };
  fflush(out);
  long r = run(n, jobs, work, ctx, take_copy, &cc, sizes, 0);
  fflush(out);
  return r;
}

long kg_cli_parallel_take(size_t n, int jobs, kg_par_work work, void *ctx, kg_par_take take,
                          void *tctx, const size_t *sizes)
{
  return run(n, jobs, work, ctx, take, tctx, sizes, 5);
}

static long run(size_t n, int jobs, kg_par_work work, void *ctx, kg_par_take take, void *tctx,
                const size_t *sizes, int below)
{
  if (n == 0)
    return 0;
  if (jobs < 1)
    jobs = 1;
  if ((size_t)jobs > n)
    jobs = (int)n;
  const char *tmp = getenv("TMPDIR");
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/kgbuild-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    fprintf(stderr, "kgbuild: %s: error: cannot make a temporary directory: %s\n", dir, strerror(errno));
    return -1;
  }
  int fds[2];
  unsigned char *done = calloc(n, 1);
  pid_t *pids = calloc((size_t)jobs, sizeof *pids);
  if (!done || !pids || pipe(fds) != 0) {
    free(done);
    free(pids);
    rmdir(dir);
    return -1;
  }
  fflush(stdout);
  fflush(stderr);
  int started = 0;
  for (int k = 0; k < jobs; k++) {
    pid_t p = fork();
    if (p == 0) {
      close(fds[0]);
      free(done); /* the parent's */
      free(pids);
      worker(k, jobs, n, work, ctx, dir, fds[1], below);
    }
    if (p < 0) {
      fprintf(stderr, "kgbuild: error: cannot start worker %d: %s\n", k, strerror(errno));
      break;
    }
    pids[started++] = p;
  }
  close(fds[1]);
  long failed = 0;
  size_t next = 0, ndone = 0, bytes_done = 0, bytes_all = 0;
  int tty = isatty(2);
  if (sizes)
    for (size_t i = 0; i < n; i++)
      bytes_all += sizes[i];
  double t0 = now_s();
  char po[4200], ps[4200];
  msg m;
  ssize_t r;
  while (started == jobs && (r = read(fds[0], &m, sizeof m)) == (ssize_t)sizeof m) {
    if (m.item >= n || done[m.item])
      continue;
    done[m.item] = m.failed ? 2 : 1;
    ndone++;
    if (sizes)
      bytes_done += sizes[m.item];
    while (next < n && done[next]) {
      item_path(po, sizeof po, dir, next, "out");
      item_path(ps, sizeof ps, dir, next, "sum");
      if (done[next] == 2)
        failed++;
      if (done[next] != 2 && take(tctx, next, po) != 0) {
        fprintf(stderr, "kgbuild: error: cannot take the output of input %zu\n", next + 1);
        failed++;
      }
      if (tty)
        fputs("\r\033[K", stderr);
      copy_file(ps, stderr);
      unlink(po);
      unlink(ps);
      next++;
    }
    if (tty) {
      double el = now_s() - t0;
      double mbs = el > 0 ? (double)bytes_done / 1e6 / el : 0;
      double eta = (bytes_done && bytes_all > bytes_done) ? el * (double)(bytes_all - bytes_done) / (double)bytes_done : 0;
      fprintf(stderr, "\r\033[K%zu/%zu documents, %.2f MB/s, ETA %.0f s", ndone, n, mbs, eta);
    }
  }
  if (tty)
    fputs("\r\033[K", stderr);
  close(fds[0]);
  int bad_worker = started != jobs;
  for (int k = 0; k < started; k++) {
    int status;
    if (bad_worker)
      kill(pids[k], SIGTERM);
    while (waitpid(pids[k], &status, 0) < 0 && errno == EINTR)
      ;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      bad_worker = 1;
  }
  /* items a crashed worker never finished */
  for (; next < n; next++) {
    if (!done[next]) {
      fprintf(stderr, "kgbuild: error: input %zu was not processed (a worker stopped)\n", next + 1);
      failed++;
    } else if (done[next] == 2) {
      failed++;
    } else {
      item_path(po, sizeof po, dir, next, "out");
      if (take(tctx, next, po) != 0)
        failed++;
    }
    item_path(po, sizeof po, dir, next, "out");
    item_path(ps, sizeof ps, dir, next, "sum");
    unlink(po);
    unlink(ps);
  }
  rmdir(dir);
  free(done);
  free(pids);
  return failed;
}
