#!/usr/bin/env python3
"""Extraction speed, one thread, in one run on the same pages: marsad extract -j1,
readability-lxml (Debian python3-readability) and Mozilla Readability.js (jsdom; pinned in
bench/package.json, installed by scripts/install-deps.sh with `npm ci`).

Usage: bench/extract_bench.py [PAGES_DIR] [--rounds N]
  PAGES_DIR defaults to ../shared/data/extraction/scrapinghub/html (*.html.gz are unpacked to a
  temporary directory first so that every tool reads the same UTF-8 .html files).

Prints pages/s, MB/s and peak RSS for each tool, and marsad's speed ratio to each peer. The
marsad time is the whole process (start, read, parse, extract, JSON out); the peers' times
are their extraction loops only (interpreter start-up and module loading excluded), which
favours the peers. CPU time (user + system) is printed too: on a shared machine it is the
steadier figure. Each tool runs --rounds times (default 3; once if a round takes > 30 s);
the best round is reported.
"""
import argparse
import gzip
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def unpack(src, dst):
    n = 0
    for name in sorted(os.listdir(src)):
        path = os.path.join(src, name)
        if name.endswith(".html.gz"):
            with gzip.open(path, "rb") as f:
                data = f.read()
            name = name[:-3]
        elif name.endswith(".html"):
            data = open(path, "rb").read()
        else:
            continue
        # Peers read UTF-8; the pages of the benchmark are UTF-8 (invalid bytes replaced).
        open(os.path.join(dst, name), "wb").write(
            data.decode("utf-8", "replace").encode("utf-8"))
        n += 1
    return n


def measure(cmd, parse):
    """Runs cmd in a fresh helper (so ru_maxrss is this tool's), returns (seconds, rss MB, info)."""
    helper = [sys.executable, "-c",
              "import resource,subprocess,sys,time,json\n"
              "t=time.perf_counter();p=subprocess.run(sys.argv[1:],capture_output=True,text=True)\n"
              "w=time.perf_counter()-t\n"
              "if p.returncode: sys.stderr.write(p.stderr[-2000:]); sys.exit(1)\n"
              "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
              "print(json.dumps({'wall':w,'cpu':u.ru_utime+u.ru_stime,'rss':u.ru_maxrss,"
              "'out':p.stdout[-4000:]}))"] + cmd
    p = subprocess.run(helper, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd[:2]), p.stderr))
    r = json.loads(p.stdout)
    return parse(r), r["rss"] / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="?",
                    default=os.path.join(ROOT, "..", "shared", "data", "extraction", "scrapinghub", "html"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--marsad", default=os.path.join(ROOT, "build", "marsad"))
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="marsad-bench-")
    try:
        n = unpack(args.pages, tmp)
        nbytes = sum(os.path.getsize(os.path.join(tmp, f)) for f in os.listdir(tmp))
        tools = [
            ("marsad extract -j1", [args.marsad, "extract", "-q", "-j1", tmp],
             lambda r: (r["wall"], r["cpu"])),
            ("readability-lxml", ["/usr/bin/python3", os.path.join(HERE, "peers", "readability_lxml.py"), tmp],
             lambda r: (json.loads(r["out"])["seconds"], json.loads(r["out"])["cpu_seconds"])),
            ("Readability.js+jsdom", ["node", os.path.join(HERE, "peers", "readability_js.js"), tmp],
             lambda r: (json.loads(r["out"])["seconds"], json.loads(r["out"])["cpu_seconds"])),
        ]
        cpu = "?"
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        print("pages: %d (%.1f MB) from %s" % (n, nbytes / 1e6, args.pages))
        print("machine: %s, nproc %d, %s; %s" % (cpu, os.cpu_count(), platform.platform(),
                                                 time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
        results = {}
        for name, cmd, parse in tools:
            if not os.path.exists(cmd[1] if cmd[0] != args.marsad else cmd[0]) and cmd[0] != "node":
                print("%-22s skipped (not installed)" % name)
                continue
            if cmd[0] == "node" and not os.path.isdir(os.path.join(HERE, "node_modules")):
                print("%-22s skipped (run: cd bench && npm ci)" % name)
                continue
            best, best_cpu, rss = None, None, 0.0
            for _ in range(args.rounds):
                (secs, cpu), r = measure(cmd, parse)
                best = secs if best is None else min(best, secs)
                best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
                rss = max(rss, r)
                if secs > 30:
                    break  # a slow tool's rounds vary little; one is enough
            results[name] = (best, best_cpu)
            print("%-22s %8.1f pages/s %7.2f MB/s  peak RSS %6.1f MB  (wall %.2fs, CPU %.2fs: %.1f pages per CPU-s)"
                  % (name, n / best, nbytes / 1e6 / best, rss, best, best_cpu, n / best_cpu))
        m = results.get("marsad extract -j1")
        if m:
            for name, (secs, cpu) in results.items():
                if name != "marsad extract -j1":
                    print("marsad / %-22s %.1fx wall, %.1fx CPU time" % (name, secs / m[0], cpu / m[1]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
