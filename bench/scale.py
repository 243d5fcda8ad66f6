#!/usr/bin/env python3
"""scale.py - throughput and peak memory on a large corpus built on the fly.

  python3 bench/scale.py [--kgbuild build/kgbuild] [--sizes 10,100] [--jobs 1,2]
                         [--corpus DIR] [--tmp /tmp] [--keep] [--dir CORPUS]
                         [--sample SECONDS]

Builds, under --tmp (never in the repository), a corpus of about S MB for
each size S by repeating the articles of --corpus (default
../shared/data/bbc_news, 2,225 articles, 5.1 MB) with a variation, so that
no two documents are the same: copy r > 0 of an article keeps its first
line (the title) and rotates its other paragraphs by r places, and every
copy ends with the line "Edition r.".  Then runs, for each size and each
-j N,

  kgbuild extract -q -f nquads -o /dev/null -j N DIR

once, and prints a markdown table: wall time, MB/s of wall time, CPU time
(user+system of kgbuild and its workers), MB/s per CPU second, and peak
RSS (ru_maxrss: the largest single process, parent or worker).  The point
of two sizes is to show that peak RSS does not grow with the corpus.
The corpus is removed at the end unless --keep.
"""
import argparse, os, resource, shutil, subprocess, sys, tempfile, time

def corpus_files(d):
    out = []
    for root, _, files in os.walk(d):
        for f in files:
            if f.endswith(".txt") and f != "README.TXT":
                out.append(os.path.join(root, f))
    return sorted(out)

def vary(text, r):
    if r == 0:
        return text.rstrip("\n") + "\n\nEdition 0.\n"
    paras = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paras[:1], paras[1:]
    if rest:
        k = r % len(rest)
        rest = rest[k:] + rest[:k]
    return "\n\n".join(head + rest).rstrip("\n") + "\n\nEdition %d.\n" % r

def build(src, dest, mb):
    texts, top = [], os.path.commonpath(src)
    for f in src:
        with open(f, encoding="utf-8", errors="replace") as fh:
            texts.append((os.path.relpath(f, top), fh.read()))
    total, r, n = 0, 0, 0
    target = mb * 1e6
    while total < target:
        for rel, t in texts:
            if total >= target:
                break
            path = os.path.join(dest, "%03d" % r, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = vary(t, r).encode("utf-8")
            with open(path, "wb") as fh:
                fh.write(data)
            total += len(data)
            n += 1
        r += 1
    return n, total

def tree(pid):
    """pid and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        q = todo.pop()
        out.append(q)
        try:
            for t in os.listdir("/proc/%d/task" % q):
                with open("/proc/%d/task/%s/children" % (q, t)) as fh:
                    todo += [int(x) for x in fh.read().split()]
        except OSError:
            pass
    return out

def proc_kb(pid, field):
    try:
        with open("/proc/%d/status" % pid) as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

def run(cmd, sample):
    """Runs cmd; every `sample` seconds prints the largest VmHWM of its
    process tree on stderr (a long run shows whether memory grows)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG if sample else 0)
            if pid:
                break
            time.sleep(sample)
            hwm = max(proc_kb(q, "VmHWM") for q in tree(p.pid))
            if hwm:
                print("scale.py: %.0f s: peak RSS so far %.0f MB" % (time.perf_counter() - t0, hwm / 1024.0),
                      file=sys.stderr, flush=True)
        p.returncode = 0  # reaped above
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            sys.exit("scale.py: command failed: %s\n%s" % (" ".join(cmd), err.read().decode(errors="replace")))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgbuild", default=os.path.join(here, "..", "build", "kgbuild"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "data", "bbc_news"))
    ap.add_argument("--sizes", default="10,100", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--jobs", default="1,2", help="-j values, comma-separated")
    ap.add_argument("--tmp", default="/tmp")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--dir", help="use this corpus (built by an earlier --keep run) instead")
    ap.add_argument("--sample", type=float, default=0,
                    help="every SECONDS, print the peak RSS so far on stderr")
    a = ap.parse_args()
    src = corpus_files(a.corpus)
    if not src:
        sys.exit("scale.py: no .txt files under " + a.corpus)
    rows = []
    for mb in [float(x) for x in a.sizes.split(",")]:
        d = a.dir or tempfile.mkdtemp(prefix="kgb-scale-", dir=a.tmp)
        try:
            if a.dir:
                names = corpus_files(d)
                n, nbytes = len(names), sum(os.path.getsize(f) for f in names)
            else:
                n, nbytes = build(src, d, mb)
            for j in [int(x) for x in a.jobs.split(",")]:
                wall, cpu, rss = run([a.kgbuild, "extract", "-q", "-f", "nquads",
                                      "-o", "/dev/null", "-j", str(j), d], a.sample)
                rows.append("| %.1f MB (%d documents) | %d | %.0f s | %.2f MB/s | %.0f s | %.2f MB/s | %.0f MB |"
                            % (nbytes / 1e6, n, j, wall, nbytes / 1e6 / wall, cpu,
                               nbytes / 1e6 / cpu, rss))
                print(rows[-1], file=sys.stderr, flush=True)
        finally:
            if not a.keep and not a.dir:
                shutil.rmtree(d, ignore_errors=True)
    print("| corpus | -j | wall | MB/s (wall) | CPU | MB/s per CPU second | peak RSS |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(r)

if __name__ == "__main__":
    main()
