/* cli_parallel.c — parallel workers for `kgbuild extract -j N`.
 *
 * Owns: forking the workers, handing out items (one at a time, to the
 * first worker free: a counter in memory shared by the workers, so a worker
 * never idles while another has items left, whatever the documents' sizes),
 * collecting each item's output and writing it in item order as soon as
 * every earlier item is written (so output order never depends on N or on
 * who took what, and memory stays flat), the progress line on a terminal.
 * Outputs copied to a stream (kg_cli_parallel) come through one pipe per
 * worker: a worker takes items in increasing order and records which items
 * it took; the parent reads item i from the pipe of the worker that took
 * it, so items arrive in order and a worker more than a pipe's capacity
 * ahead waits (no temporary files: creating, writing back and unlinking
 * two files per document cost the machine more CPU than the parent's
 * copying).  Outputs
 * handed over by path (kg_cli_parallel_take) go through temporary files.  When the caller takes the outputs itself
 * (kg_cli_parallel_take: the store writer) the workers run one step below
 * it in priority (nice +5): the writer then gets a core whenever it has
 * work, so it keeps up with the workers instead of trailing them.
 * Does not own: what an item is or how it is processed (main.c's work
 * function).  Each worker creates its own RDF world after the fork.
 */
#define _GNU_SOURCE   /* F_SETPIPE_SZ */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <stdint.h>
#include <errno.h>
#include <unistd.h>
#include <signal.h>
#include <time.h>
#include <sched.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include "cli_parallel.h"

typedef struct msg {
  uint64_t item;
  uint32_t failed;
  uint32_t sum;     /* a summary file was written */
} msg;

/* Items handed out one at a time: next is the first item nobody took;
 * owner[i] is 1 + the worker that took item i (0: not taken yet).  In
 * memory shared by the parent and the workers (mmap before the fork). */
typedef struct deal {
  uint64_t next;
  int32_t owner[];
} deal;

static deal *deal_new(size_t n)
{
  void *m = mmap(NULL, sizeof(deal) + n * sizeof(int32_t), PROT_READ | PROT_WRITE,
                 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  return m == MAP_FAILED ? NULL : m;   /* zero-filled */
}

static void deal_free(deal *d, size_t n)
{
  if (d)
    munmap(d, sizeof(deal) + n * sizeof(int32_t));
}

/* In worker k: the next item to process, or n when none is left. */
static size_t deal_take(deal *d, size_t n, int k)
{
  uint64_t i = __atomic_fetch_add(&d->next, 1, __ATOMIC_ACQ_REL);
  if (i >= n)
    return n;
  __atomic_store_n(&d->owner[i], k + 1, __ATOMIC_RELEASE);
  return (size_t)i;
}

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

/* In a worker just after fork: die with the parent.  A worker that outlives
 * a killed parent would go on holding what it inherited (the store's lock,
 * open files) until its current document is done. */
static void die_with_parent(pid_t parent)
{
#ifdef __linux__
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
    _exit(4);
#else
  (void)parent;
#endif
}

static void worker(int k, deal *dl, size_t n, kg_par_work work, void *ctx, const char *dir, int fd,
                   int below)
{
  char po[4200], ps[4200];
  if (below) { /* best effort: a failure only costs speed */
    errno = 0;
    int pr = getpriority(PRIO_PROCESS, 0);
    if (errno == 0)
      setpriority(PRIO_PROCESS, 0, pr + below > 19 ? 19 : pr + below);
  }
  for (size_t i; (i = deal_take(dl, n, k)) < n;) {
    item_path(po, sizeof po, dir, i, "out");
    item_path(ps, sizeof ps, dir, i, "sum");
    /* the summary is kept in memory and written to a file only when there
     * is one (most runs have none: one file less per document) */
    char *sb = NULL;
    size_t sl = 0;
    FILE *fo = fopen(po, "wb"), *fs = open_memstream(&sb, &sl);
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
    if (fs && fclose(fs) == 0 && sb && sl > 0) {
      FILE *f = fopen(ps, "wb");
      if (f) {
        m.sum = fwrite(sb, 1, sl, f) == sl;
        if (fclose(f) != 0)
          m.sum = 0;
      }
    }
    free(sb);
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

/* ------------------------------------------------------------ pipes */

/* What a worker sends for each item, followed by outlen bytes of output
 * and sumlen bytes of summary. */
typedef struct phdr {
  uint64_t item;
  uint64_t outlen, sumlen;
  uint32_t failed;
  uint32_t pad;
} phdr;

static int write_all(int fd, const void *p, size_t n)
{
  const char *c = p;
  while (n > 0) {
    ssize_t w = write(fd, c, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1;
    c += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Reads n bytes; returns 0, or -1 at end of file or on an error. */
static int read_all(int fd, void *p, size_t n)
{
  char *c = p;
  while (n > 0) {
    ssize_t r = read(fd, c, n);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      return -1;
    c += r;
    n -= (size_t)r;
  }
  return 0;
}

/* Copies n bytes from fd to f (f NULL: drops them); returns 0, 1 when
 * writing to f failed (the bytes are still read), -1 when fd ended. */
static int pipe_copy(int fd, uint64_t n, FILE *f)
{
  char buf[65536];
  int bad = 0;
  while (n > 0) {
    size_t k = n < sizeof buf ? (size_t)n : sizeof buf;
    if (read_all(fd, buf, k) != 0)
      return -1;
    if (f && !bad && fwrite(buf, 1, k, f) != k)
      bad = 1;
    n -= k;
  }
  return bad;
}

static void pipe_worker(int k, deal *dl, size_t n, kg_par_work work, void *ctx, int fd)
{
  for (size_t i; (i = deal_take(dl, n, k)) < n;) {
    char *ob = NULL, *sb = NULL;
    size_t ol = 0, sl = 0;
    FILE *fo = open_memstream(&ob, &ol), *fs = open_memstream(&sb, &sl);
    phdr h = { i, 0, 0, 1, 0 };
    if (fo && fs)
      h.failed = work(ctx, i, fo, fs) ? 1 : 0;
    else
      fprintf(stderr, "kgbuild: error: out of memory\n");
    if (fo && fclose(fo) != 0)
      h.failed = 1;
    if (fs && fclose(fs) != 0)
      sl = 0;
    h.outlen = h.failed || !ob ? 0 : ol;  /* a failed item's output is dropped */
    h.sumlen = sb ? sl : 0;
    if (write_all(fd, &h, sizeof h) != 0 || write_all(fd, ob, (size_t)h.outlen) != 0 ||
        write_all(fd, sb, (size_t)h.sumlen) != 0)
      _exit(3);
    free(ob);
    free(sb);
  }
  _exit(0);
}

/* The worker that took item i, waiting until one has; -1 when no worker
 * is left that could (alive[k]: worker k not reaped yet; a worker found to
 * have exited is reaped here and its status kept in status[k]).  Items are
 * taken in increasing order and the parent reads them in that order, so it
 * only waits here while every item taken so far is written: the moment
 * between a worker's two items. */
static int deal_owner(deal *dl, size_t i, const pid_t *pids, int started, unsigned char *alive,
                      int *status)
{
  for (unsigned spins = 0;; spins++) {
    int32_t o = __atomic_load_n(&dl->owner[i], __ATOMIC_ACQUIRE);
    if (o > 0)
      return o - 1;
    int left = 0;
    for (int k = 0; k < started; k++) {
      if (alive[k] && waitpid(pids[k], &status[k], WNOHANG) == pids[k])
        alive[k] = 0;
      left += alive[k];
    }
    if (!left) {   /* all gone: one may have taken i just before exiting */
      o = __atomic_load_n(&dl->owner[i], __ATOMIC_ACQUIRE);
      return o > 0 ? o - 1 : -1;
    }
    if (spins < 64) {
      sched_yield();
    } else {
      struct timespec ts = { 0, 100000 };   /* 0.1 ms */
      nanosleep(&ts, NULL);
    }
  }
}

long kg_cli_parallel(size_t n, int jobs, kg_par_work work, void *ctx, FILE *out,
                     const size_t *sizes)
{
  if (n == 0)
    return 0;
  if (jobs < 1)
    jobs = 1;
  if ((size_t)jobs > n)
    jobs = (int)n;
  int *rd = calloc((size_t)jobs, sizeof *rd), *wr = calloc((size_t)jobs, sizeof *wr);
  pid_t *pids = calloc((size_t)jobs, sizeof *pids);
  int *status = calloc((size_t)jobs, sizeof *status);
  unsigned char *alive = calloc((size_t)jobs, 1);
  deal *dl = deal_new(n);
  int npipes = 0;
  if (rd && wr && pids && status && alive && dl)
    for (; npipes < jobs; npipes++) {
      int fds[2];
      if (pipe(fds) != 0)
        break;
      rd[npipes] = fds[0];
      wr[npipes] = fds[1];
#ifdef F_SETPIPE_SZ
      fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);   /* best effort: how far a worker may run ahead */
#endif
    }
  if (npipes < jobs) {
    for (int k = 0; k < npipes; k++) {
      close(rd[k]);
      close(wr[k]);
    }
    free(rd);
    free(wr);
    free(pids);
    free(status);
    free(alive);
    deal_free(dl, n);
    return -1;
  }
  fflush(out);
  fflush(stdout);
  fflush(stderr);
  int started = 0;
  pid_t parent = getpid();
  for (int k = 0; k < jobs; k++) {
    pid_t p = fork();
    if (p == 0) {
      die_with_parent(parent);
      int fd = wr[k];
      for (int j = 0; j < jobs; j++) {   /* only its own write end stays open */
        close(rd[j]);
        if (j != k)
          close(wr[j]);
      }
      free(rd);
      free(wr);
      free(pids);
      free(status);
      free(alive);
      pipe_worker(k, dl, n, work, ctx, fd);
    }
    if (p < 0) {
      fprintf(stderr, "kgbuild: error: cannot start worker %d: %s\n", k, strerror(errno));
      break;
    }
    alive[started] = 1;
    pids[started++] = p;
  }
  for (int k = 0; k < jobs; k++)
    close(wr[k]);
  int bad_worker = started != jobs;
  unsigned char *dead = calloc((size_t)jobs, 1);
  long failed = 0;
  size_t bytes_done = 0, bytes_all = 0;
  int tty = isatty(2);
  if (sizes)
    for (size_t i = 0; i < n; i++)
      bytes_all += sizes[i];
  double t0 = now_s();
  char *sbuf = NULL;
  size_t scap = 0;
  for (size_t next = 0; next < n; next++) {
    int k = bad_worker || !dead ? -1 : deal_owner(dl, next, pids, started, alive, status);
    phdr h;
    if (k < 0 || dead[k] || read_all(rd[k], &h, sizeof h) != 0 || h.item != next) {
      if (k >= 0)
        dead[k] = 1;
      fprintf(stderr, "kgbuild: error: input %zu was not processed (a worker stopped)\n", next + 1);
      failed++;
      continue;
    }
    int c = pipe_copy(rd[k], h.outlen, out);
    if (c == 1) {
      fprintf(stderr, "kgbuild: error: cannot take the output of input %zu\n", next + 1);
      failed++;
    } else if (h.failed) {
      failed++;
    }
    if (c >= 0 && h.sumlen > 0) {
      if (h.sumlen > scap) {
        char *nb = realloc(sbuf, (size_t)h.sumlen);
        if (nb) {
          sbuf = nb;
          scap = (size_t)h.sumlen;
        }
      }
      if (h.sumlen <= scap) {
        c = read_all(rd[k], sbuf, (size_t)h.sumlen);
        if (c == 0) {
          if (tty)
            fputs("\r\033[K", stderr);
          fwrite(sbuf, 1, (size_t)h.sumlen, stderr);
        }
      } else {
        c = pipe_copy(rd[k], h.sumlen, stderr);
      }
    }
    if (c < 0)
      dead[k] = 1;   /* its later items are reported as not processed */
    if (sizes)
      bytes_done += sizes[next];
    if (tty) {
      double el = now_s() - t0;
      double mbs = el > 0 ? (double)bytes_done / 1e6 / el : 0;
      double eta = (bytes_done && bytes_all > bytes_done)
                   ? el * (double)(bytes_all - bytes_done) / (double)bytes_done : 0;
      fprintf(stderr, "\r\033[K%zu/%zu documents, %.2f MB/s, ETA %.0f s", next + 1, n, mbs, eta);
    }
  }
  if (tty)
    fputs("\r\033[K", stderr);
  fflush(out);
  for (int k = 0; k < jobs; k++)
    close(rd[k]);
  for (int k = 0; k < started; k++) {
    if (!alive[k])
      continue;   /* reaped while waiting for an item */
    if (bad_worker)
      kill(pids[k], SIGTERM);
    while (waitpid(pids[k], &status[k], 0) < 0 && errno == EINTR)
      ;
  }
  free(sbuf);
  free(dead);
  free(rd);
  free(wr);
  free(pids);
  free(status);
  free(alive);
  deal_free(dl, n);
  return failed;
}

/* ------------------------------------------------------------ files */

static long run(size_t n, int jobs, kg_par_work work, void *ctx, kg_par_take take, void *tctx,
                const size_t *sizes, int below);

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
  deal *dl = deal_new(n);
  if (!done || !pids || !dl || pipe(fds) != 0) {
    free(done);
    free(pids);
    deal_free(dl, n);
    rmdir(dir);
    return -1;
  }
  fflush(stdout);
  fflush(stderr);
  int started = 0;
  pid_t parent = getpid();
  for (int k = 0; k < jobs; k++) {
    pid_t p = fork();
    if (p == 0) {
      die_with_parent(parent);
      close(fds[0]);
      free(done); /* the parent's */
      free(pids);
      worker(k, dl, n, work, ctx, dir, fds[1], below);
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
    done[m.item] = (unsigned char)((m.failed ? 2 : 1) | (m.sum ? 4 : 0));
    ndone++;
    if (sizes)
      bytes_done += sizes[m.item];
    while (next < n && done[next]) {
      item_path(po, sizeof po, dir, next, "out");
      item_path(ps, sizeof ps, dir, next, "sum");
      int bad = (done[next] & 3) == 2;
      if (bad)
        failed++;
      if (!bad && take(tctx, next, po) != 0) {
        fprintf(stderr, "kgbuild: error: cannot take the output of input %zu\n", next + 1);
        failed++;
      }
      if (done[next] & 4) {
        if (tty)
          fputs("\r\033[K", stderr);
        copy_file(ps, stderr);
        unlink(ps);
      }
      unlink(po);
      next++;
    }
    if (tty) {
      double el = now_s() - t0;
      double mbs = el > 0 ? (double)bytes_done / 1e6 / el : 0;
      double eta = (bytes_done && bytes_all > bytes_done)
                   ? el * (double)(bytes_all - bytes_done) / (double)bytes_done : 0;
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
    } else if ((done[next] & 3) == 2) {
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
  deal_free(dl, n);
  return failed;
}
