#!/usr/bin/env python3
"""jobs.py -- where `extract -j 2` loses against twice `-j 1` (issue 6: -j 2 >= 1.8x -j 1).

    python3 bench/jobs.py --kgbuild B/kgbuild [--corpus DIR] [--runs 3] [--no-pair]

1. `extract -q -f nquads -o /dev/null -j N CORPUS` for N = 1 and 2, alternating, --runs
   times: wall time, and the CPU time (user + system) of the parent process alone and of
   its workers (read from /proc while the finished parent is still a zombie, so its own
   and its reaped children's times are apart), minor page faults.
2. (unless --no-pair) the contention test: the corpus cut in two halves (files
   alternately), each half run by its own `-j 1` process pinned to its own core
   (`taskset`), first one after the other, then both at once.  The two at once spend
   more CPU time for the same work when they slow each other down (shared cache and
   memory, or two hyperthreads of one core): the ratio bounds what -j 2 can reach.
Prints medians.  Wall times and the contention ratio only mean something on an idle
machine (a shared machine's other jobs also slow the runs down); the CPU split between
parent and workers is meaningful under load too.
"""
import argparse, os, statistics, subprocess, sys, time

TCK = os.sysconf('SC_CLK_TCK')


def proc_stat(pid):
    s = open('/proc/%d/stat' % pid).read()
    f = s[s.rfind(')') + 2:].split()   # f[k] is field k + 3 of proc(5)
    return {'minflt': int(f[7]), 'cminflt': int(f[8]), 'own': (int(f[11]) + int(f[12])) / TCK,
            'kids': (int(f[13]) + int(f[14])) / TCK}


def run(cmd, cpu=None):
    """Runs cmd (pinned to cpu if given); returns wall s, own CPU s, children CPU s, faults."""
    if cpu is not None:
        cmd = ['taskset', '-c', str(cpu)] + cmd
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
    wall = time.monotonic() - t0
    st = proc_stat(p.pid)
    rc = p.wait()
    if rc != 0:
        sys.exit('jobs.py: %s exited %d' % (' '.join(cmd), rc))
    return wall, st['own'], st['kids'], st['minflt'] + st['cminflt']


def med(xs):
    return statistics.median(xs) if xs else 0.0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--kgbuild', default='./kgbuild')
    ap.add_argument('--corpus', default=os.path.join(here, '..', '..', 'shared', 'data', 'bbc_news'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--no-pair', action='store_true', help='skip the contention test')
    a = ap.parse_args()
    kg = os.path.abspath(a.kgbuild)
    base = [kg, 'extract', '-q', '-f', 'nquads', '-o', '/dev/null']
    res = {1: [], 2: []}
    for r in range(a.runs):
        for j in (1, 2):
            res[j].append(run(base + ['-j', str(j), a.corpus]))
    print('| -j | wall s | CPU s, all | CPU s, parent alone | CPU s, workers | minor faults |')
    print('|---|---|---|---|---|---|')
    for j in (1, 2):
        w, o, k, f = (med([x[i] for x in res[j]]) for i in range(4))
        print('| %d | %.2f | %.2f | %.2f | %.2f | %d |' % (j, w, o + k, o, k, f))
    w1, w2 = med([x[0] for x in res[1]]), med([x[0] for x in res[2]])
    print('\n-j 2 against -j 1 (wall, medians of %d): %.2fx' % (a.runs, w1 / w2 if w2 else 0))
    if a.no_pair:
        return
    files = []
    for root, _, names in os.walk(a.corpus):
        files += [os.path.join(root, n) for n in names if n.endswith('.txt') and n[0].isdigit()]
    files.sort()
    halves = [files[0::2], files[1::2]]
    cmds = [base + ['-j', '1'] + fl for fl in halves]
    alone, both, wboth = [], [], []
    for r in range(a.runs):
        alone.append(sum(run(c, cpu=h)[1] for h, c in enumerate(cmds)))
        t0 = time.monotonic()
        ps = [subprocess.Popen(['taskset', '-c', str(h)] + c, stdout=subprocess.DEVNULL)
              for h, c in enumerate(cmds)]
        cpu = 0.0
        for p in ps:
            os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
            cpu += proc_stat(p.pid)['own']
            p.wait()
        wboth.append(time.monotonic() - t0)
        both.append(cpu)
    ca, cb = med(alone), med(both)
    print('\ncontention test (two -j 1 halves pinned to cores 0 and 1; medians of %d):' % a.runs)
    print('CPU s one after the other %.2f, both at once %.2f (wall %.2f): %.1f %% more CPU when'
          ' both run; -j 2 can reach at most about %.2fx' % (ca, cb, med(wboth), 100 * (cb / ca - 1) if ca else 0,
                                                              2 * ca / cb if cb else 0))


if __name__ == '__main__':
    main()
