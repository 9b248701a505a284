#!/usr/bin/env python3
"""Interleaved timing: ab.py RUNS 'label=cmd' ... ; 2 warm-up rounds, then RUNS rounds, each round runs
every config once (load changes hit all configs alike). Prints wall median/min/max and CPU (user+sys) median, ms."""
import subprocess, sys, time, statistics, resource
runs = int(sys.argv[1]); cfgs = [a.split('=', 1) for a in sys.argv[2:]]
wall = {l: [] for l, _ in cfgs}; cpu = {l: [] for l, _ in cfgs}
def busy():
    f = open('/proc/stat').readline().split()[1:]; v = list(map(int, f)); return (sum(v) - v[3] - v[4]) / 100.0
def used():
    r = resource.getrusage(resource.RUSAGE_CHILDREN); return r.ru_utime + r.ru_stime
print("load at start", open('/proc/loadavg').read().split()[0]); b0 = busy(); u0 = used(); t0 = time.perf_counter()
for r in range(runs + 2):
    for label, cmd in cfgs:
        c0 = used(); s = time.perf_counter(); p = subprocess.run(cmd, shell=True); e = time.perf_counter(); c1 = used()
        if p.returncode > 1: sys.exit(f"{label}: exit {p.returncode}")
        if r >= 2: wall[label].append(round((e - s) * 1000)); cpu[label].append(round((c1 - c0) * 1000))
for label in wall:
    t = wall[label]
    print(f"{label:12s} wall median {statistics.median(t):6.0f} ms  min {min(t):5d}  max {max(t):5d}  cpu median {statistics.median(cpu[label]):6.0f} ms  wall runs {t}")
el = time.perf_counter() - t0
print("load at end", open('/proc/loadavg').read().split()[0], "| CPU used by others during the runs: %.2f of 2 cores" % ((busy() - b0 - (used() - u0)) / el))
