#!/usr/bin/env python3
"""speed.py - throughput, start-up time and peak memory of kgbuild (and,
with --peer, of the npm package compromise on the same texts, in the same
run).  Prints a markdown table; every figure is the median of --runs runs.

  python3 bench/speed.py [--kgbuild build/kgbuild] [--corpus DIR] [--runs 5] [--peer]
  python3 bench/speed.py --stages [--kgbuild ...] [--corpus DIR] [--runs 5]

What is measured (CPU time is user+system of the child; wall time too):
  annotate   segment+tag+parse+NER to CoNLL-U: tokens/s (tokens counted in
             the output)
  extract    the full pipeline to N-Quads: MB/s of input text, documents/s
  start-up   `kgbuild annotate` on a one-word input: loading ontology,
             dictionaries and models (the whole process)
  peak RSS   ru_maxrss of each child
  compromise nlp(text).people()/.places()/.organizations() over the same
             files (node), MB/s.  With --peer each run times kgbuild extract
             and compromise back to back (which one goes first alternates
             from run to run), so both see the same load of a shared
             machine; printed besides the table: the median of the per-run
             ratios (compromise CPU / extract CPU), the ratio of the medians
             and the 1-minute load average seen before each pair
  --stages   only the table of CPU time per stage (read, segment, tag,
             parse, NER, actors, events, graph, write) printed by the hidden
             `kgbuild extract --timings` (thread CPU time, one worker):
             medians of --runs runs
"""
import argparse, os, resource, statistics, subprocess, sys, tempfile, time

def run(cmd, stdout=subprocess.DEVNULL, env=None):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("speed.py: command failed: " + " ".join(cmd))
    cpu = ru.ru_utime + ru.ru_stime
    return wall, cpu, ru.ru_maxrss / 1024.0  # MB

def real_binary(exe):
    """A libtool build's `kgbuild` is a shell script that sets up the library
    path and runs .libs/kgbuild: its shell adds about 100 ms to every start.
    Measure the program itself (LD_LIBRARY_PATH set for the children)."""
    lib = os.path.join(os.path.dirname(os.path.abspath(exe)), ".libs")
    real = os.path.join(lib, "kgbuild")
    try:
        with open(exe, "rb") as fh:
            script = fh.read(2) == b"#!"
    except OSError:
        return exe
    if script and os.access(real, os.X_OK):
        old = os.environ.get("LD_LIBRARY_PATH")
        os.environ["LD_LIBRARY_PATH"] = lib + (":" + old if old else "")
        return real
    return exe

def corpus_files(d):
    out = []
    for root, _, files in os.walk(d):
        for f in files:
            if f.endswith((".txt", ".html", ".htm")) and f != "README.TXT":
                out.append(os.path.join(root, f))
    return sorted(out)

def stages(a, files, nbytes):
    """Runs extract --timings a.runs times; prints the median of each stage."""
    runs = []
    for _ in range(a.runs):
        p = subprocess.run([a.kgbuild, "extract", "-q", "-f", "nquads", "-o", "/dev/null",
                            "--timings"] + files, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            sys.exit("speed.py: extract --timings failed:\n" + p.stderr)
        t, ntok = {}, 0
        for line in p.stderr.splitlines():
            f = line.split()
            if "timings:" in line:
                ntok = int(line.split(" tokens")[0].split()[-1])
            elif len(f) == 5 and f[0] != "stage":
                t[f[0]] = float(f[1])
        runs.append(t)
    print("corpus: %s, %d files, %.2f MB, %d tokens; median of %d runs of "
          "`kgbuild extract -f nquads --timings` (thread CPU time)" % (a.corpus, len(files), nbytes / 1e6, ntok, a.runs))
    print()
    print("| stage | CPU s | share | MB/s | ns/token |")
    print("|---|---|---|---|---|")
    names = [k for k in runs[0] if k != "total"] + ["total"]
    tot = statistics.median(r["total"] for r in runs)
    for k in names:
        v = statistics.median(r[k] for r in runs)
        print("| %s | %.3f | %.1f%% | %s | %.0f |" % (k, v, 100 * v / tot if tot else 0,
              "%.2f" % (nbytes / 1e6 / v) if v > 0 else "-", 1e9 * v / ntok if ntok else 0))

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--kgbuild", default=os.path.join(here, "..", "build", "kgbuild"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "data", "bbc_news"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer", action="store_true", help="also run compromise (npm) side by side")
    ap.add_argument("--stages", action="store_true", help="only the per-stage CPU time table")
    a = ap.parse_args()
    a.kgbuild = real_binary(a.kgbuild)
    files = corpus_files(a.corpus)
    if not files:
        sys.exit("speed.py: no .txt files under " + a.corpus)
    nbytes = sum(os.path.getsize(f) for f in files)
    if a.stages:
        return stages(a, files, nbytes)
    tmp = tempfile.mkdtemp()
    listfile = os.path.join(tmp, "files")
    rows = []
    # annotate: count tokens once
    out = os.path.join(tmp, "a.conllu")
    with open(out, "w") as fh:
        run([a.kgbuild, "annotate", "-q"] + files, stdout=fh)
    ntok = 0
    with open(out) as fh:
        for line in fh:
            if line and line[0].isdigit():
                ntok += 1
    res = [run([a.kgbuild, "annotate", "-q"] + files) for _ in range(a.runs)]
    wall = statistics.median(r[0] for r in res); cpu = statistics.median(r[1] for r in res)
    rss = statistics.median(r[2] for r in res)
    rows.append(("kgbuild annotate (segment+tag+parse+NER)", "%.0f tokens/s" % (ntok / cpu),
                 "%.2f MB/s" % (nbytes / 1e6 / cpu), "%.1f s" % cpu, "%.1f s" % wall, "%.0f MB" % rss))
    ext_cmd = [a.kgbuild, "extract", "-q", "-f", "nquads"] + files
    ext_res, peer_res, loads = [], [], []
    if a.peer:
        peer = os.path.join(here, "compromise.js")
        with open(listfile, "w") as fh:
            fh.write("\n".join(files) + "\n")
        env = dict(os.environ, NODE_PATH=os.path.join(here, "node_modules"))
        peer_cmd = ["node", peer, listfile]
        for i in range(a.runs):
            # a pair per run: both under the same load; the order alternates
            loads.append(os.getloadavg()[0])
            if i % 2 == 0:
                ext_res.append(run(ext_cmd)); peer_res.append(run(peer_cmd, env=env))
            else:
                peer_res.append(run(peer_cmd, env=env)); ext_res.append(run(ext_cmd))
    else:
        ext_res = [run(ext_cmd) for _ in range(a.runs)]
    res = ext_res
    wall = statistics.median(r[0] for r in res); cpu = statistics.median(r[1] for r in res)
    rss = statistics.median(r[2] for r in res)
    ext_cpu = cpu
    rows.append(("kgbuild extract -f nquads (full pipeline)", "%.0f docs/s" % (len(files) / cpu),
                 "%.2f MB/s" % (nbytes / 1e6 / cpu), "%.1f s" % cpu, "%.1f s" % wall, "%.0f MB" % rss))
    one = os.path.join(tmp, "one.txt")
    with open(one, "w") as fh:
        fh.write("Hello.\n")
    res = [run([a.kgbuild, "annotate", "-q", one]) for _ in range(max(a.runs, 5))]
    rows.append(("kgbuild start-up (ontology, dictionaries, models)", "-", "-",
                 "%.0f ms" % (1000 * statistics.median(r[1] for r in res)),
                 "%.0f ms" % (1000 * statistics.median(r[0] for r in res)),
                 "%.0f MB" % statistics.median(r[2] for r in res)))
    if a.peer:
        wall = statistics.median(r[0] for r in peer_res); cpu = statistics.median(r[1] for r in peer_res)
        rss = statistics.median(r[2] for r in peer_res)
        rows.append(("compromise (npm) people/places/organizations", "%.0f docs/s" % (len(files) / cpu),
                     "%.2f MB/s" % (nbytes / 1e6 / cpu), "%.1f s" % cpu, "%.1f s" % wall, "%.0f MB" % rss))
    print("corpus: %s, %d files, %.1f MB, %d tokens; median of %d runs; rates are per CPU second"
          % (a.corpus, len(files), nbytes / 1e6, ntok, a.runs))
    print()
    print("| what | rate | text rate | CPU | wall | peak RSS |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if a.peer:
        ratios = [p[1] / k[1] for k, p in zip(ext_res, peer_res) if k[1] > 0]
        print()
        print("peer ratio (compromise CPU / kgbuild extract CPU), %d runs, each a pair run back to back "
              "(order alternating): median of the per-run ratios %.2fx (runs: %s); ratio of the medians "
              "%.2fx (%.1f / %.1f s); 1-minute load average before each pair: %s (median %.1f)"
              % (len(ratios), statistics.median(ratios) if ratios else 0,
                 ", ".join("%.2f" % r for r in ratios), cpu / ext_cpu if ext_cpu > 0 else 0, cpu, ext_cpu,
                 ", ".join("%.1f" % l for l in loads), statistics.median(loads)))

if __name__ == "__main__":
    main()
