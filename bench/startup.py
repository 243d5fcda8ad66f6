#!/usr/bin/env python3
"""startup.py - the start-up cost of kgbuild: loading the ontology, the
dictionaries and the three models, then one one-word document.

  python3 bench/startup.py [--runs 20] [--callgrind] BUILDDIR [BUILDDIR ...]

For each build directory (its .libs/kgbuild with LD_LIBRARY_PATH set, so
no libtool wrapper script is timed; else BUILDDIR/kgbuild), runs
`kgbuild annotate -q ONE` where ONE holds "Hello." --runs times, the
builds alternating run by run, and prints the minimum and median CPU time
(user + system of the child, from wait4) and the median peak RSS.  CPU
time, not wall time: on a shared machine wall time measures the other
jobs.  Each build gets its own dictionary cache directory, and a warm-up
run per build comes first (the cache is then warm, as it is for every run
after the first).  --callgrind adds
valgrind's instruction count of one run: the whole process and
kg_world_load_default (ontology, dictionaries, models), which do not
depend on the machine's load.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile


def command(build, cache):
    lib = os.path.join(build, ".libs")
    exe = os.path.join(lib, "kgbuild")
    env = dict(os.environ, KGBUILD_CACHE_DIR=cache)
    if os.access(exe, os.X_OK):
        env["LD_LIBRARY_PATH"] = lib + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
        return exe, env
    exe = os.path.join(build, "kgbuild")
    if not os.access(exe, os.X_OK):
        sys.exit("startup.py: no kgbuild in " + build)
    return exe, env


def run(exe, env, one):
    p = subprocess.Popen([exe, "annotate", "-q", one], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("startup.py: %s failed" % exe)
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def callgrind(exe, env, one, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                    exe, "annotate", "-q", one], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=env, check=True)
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                          capture_output=True, text=True).stdout
    total = load = 0
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
        if not m:
            continue
        v = int(m.group(1).replace(",", ""))
        if m.group(2).startswith("PROGRAM TOTALS"):
            total = v
        elif re.search(r":kg_world_load_default \[", m.group(2)):
            load = max(load, v)
    os.remove(out)
    return total, load


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("builds", nargs="+")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    one = os.path.join(tmp, "one.txt")
    with open(one, "w") as fh:
        fh.write("Hello.\n")
    # one dictionary cache directory per build: a cache file written by one
    # build removes another's of the same ontology bytes (dict_cache.c), so
    # alternating builds sharing one directory would both parse cold
    caches = [tempfile.mkdtemp(dir=tmp) for _ in a.builds]
    cmds = [command(b, c) for b, c in zip(a.builds, caches)]
    for exe, env in cmds:
        run(exe, env, one)
    res = [[] for _ in cmds]
    for _ in range(a.runs):
        for k, (exe, env) in enumerate(cmds):
            res[k].append(run(exe, env, one))
    load = os.getloadavg()[0]
    print("start-up: `kgbuild annotate -q` on a one-word file, %d runs per build, alternating; "
          "load average %.1f at the end" % (a.runs, load))
    print()
    head = "| build | CPU ms min | CPU ms median | peak RSS |"
    if a.callgrind:
        head += " instructions (process) | instructions (kg_world_load_default) |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for k, b in enumerate(a.builds):
        cpu = [r[0] * 1000 for r in res[k]]
        row = "| %s | %.0f | %.0f | %.0f MB |" % (b, min(cpu), statistics.median(cpu),
                                                statistics.median(r[1] for r in res[k]))
        if a.callgrind:
            total, wl = callgrind(cmds[k][0], cmds[k][1], one, tmp)
            row += " %s | %s |" % (format(total, ","), format(wl, ","))
        print(row)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
