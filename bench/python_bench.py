#!/usr/bin/env python3
"""The Python module against the command, same input, same run (issue 17).

Input: the first N records (default 500) of ../shared/data/corpus/saudinewsnet (JSON lines with
extracted text), decompressed to a temp file. For T threads (1, 2) and R interleaved rounds it
times, each over the same lines:

  command        build/marsad code -q -jT FILE       (the whole process: start-up, resources,
                                                      reading, near-duplicate detection, JSON out)
  filter         build/marsad code -q -jT - < FILE   (the stream filter: no dedup, a line at a time)
  module         marsad.Pipeline().code_many(dicts, threads=T): the records as Python dicts
                 (json.loads included); Pipeline() construction (resource loading) is timed
                 apart and printed once

and prints articles per second of wall time and per CPU-second (user + system; on a shared
machine the load moves wall time, not CPU time), medians of the rounds, and module/command
ratios. Usage (after scripts/build.sh; run with Debian's python3, which the module is built for):

  PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--n N] [--rounds R] [--threads 1,2]
"""
import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_command(args, stdin_path=None):
    cpu0, t0 = cpu_children(), time.monotonic()
    with open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb") as stdin:
        out = subprocess.run(args, stdin=stdin, stdout=subprocess.PIPE, check=True).stdout
    return time.monotonic() - t0, cpu_children() - cpu0, out.count(b"\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--marsad", default=os.path.join(ROOT, "build", "marsad"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    a = ap.parse_args()
    import marsad  # PYTHONPATH=build/python

    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        zst = os.path.join(a.shared, "data", "corpus", "saudinewsnet", "articles.jsonl.zst")
        z = subprocess.Popen(["zstd", "-dc", zst], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        with open(corpus, "wb") as f:
            for i, line in enumerate(z.stdout):
                if i >= a.n:
                    break
                f.write(line)
        z.kill()
        z.wait()
        with open(corpus, encoding="utf-8") as f:
            pages = [json.loads(line) for line in f]
        n = len(pages)

        t0, c0 = time.monotonic(), cpu_self()
        p = marsad.Pipeline()
        load_wall, load_cpu = time.monotonic() - t0, cpu_self() - c0

        results = {}
        for threads in [int(t) for t in a.threads.split(",")]:
            for _ in range(a.rounds):
                for name in ("command", "filter", "module"):
                    if name == "command":
                        wall, cpu, lines = run_command([a.marsad, "code", "-q", f"-j{threads}", corpus])
                    elif name == "filter":
                        wall, cpu, lines = run_command([a.marsad, "code", "-q", f"-j{threads}", "-"], corpus)
                    else:
                        t0, c0 = time.monotonic(), cpu_self()
                        lines = len(p.code_many(pages, threads=threads, errors="record"))
                        wall, cpu = time.monotonic() - t0, cpu_self() - c0
                    assert lines == n, (name, lines, n)
                    results.setdefault((name, threads), []).append((wall, cpu))

        print(f"# python_bench.py: {n} records of saudinewsnet, {a.rounds} rounds, "
              f"{platform.node()} nproc {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, "
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, marsad {marsad.__version__} "
              f"({marsad.commit})")
        print(f"# module Pipeline() (resources): {load_wall:.2f} s wall, {load_cpu:.2f} CPU-s, once")
        print("| what | threads | articles/s (wall) | articles per CPU-s | module / this (CPU) |")
        print("|---|---:|---:|---:|---:|")
        for threads in [int(t) for t in a.threads.split(",")]:
            med = {name: (statistics.median(w for w, _ in results[(name, threads)]),
                          statistics.median(c for _, c in results[(name, threads)]))
                   for name in ("command", "filter", "module")}
            for name, label in (("command", f"`marsad code -q -j{threads} FILE`"),
                                ("filter", f"`marsad code -q -j{threads} - < FILE`"),
                                ("module", f"`Pipeline().code_many(dicts, threads={threads})`")):
                wall, cpu = med[name]
                ratio = "" if name == "module" else f"{(n / med['module'][1]) / (n / cpu):.2f}x"
                print(f"| {label} | {threads} | {n / wall:.1f} | {n / cpu:.1f} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
