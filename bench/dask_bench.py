#!/usr/bin/env python3
"""The Dask job against the plain command, same input, same run (issue 17).

Input: the first N records (default 1000) of ../shared/data/corpus/saudinewsnet, decompressed
into S consecutive JSONL shards (default 8) in a temp folder. Each round times, over the same
shards:

  ingest -j1     build/marsad ingest -q -j1 --db plain.db SHARDS
  ingest -j2     build/marsad ingest -q -j2 --db plain.db SHARDS
  dask 1 worker  python3 -m marsad.dask SHARDS --db d.db --workers 1   (a LocalCluster: start-up,
                 one partition, the merge)
  dask 2 workers python3 -m marsad.dask SHARDS --db d.db --workers 2   (two partitions)

each into a fresh store, and prints articles per second of wall time and per CPU-second (user +
system of the process and everything it waited for: the cluster's worker processes included),
medians of the rounds. It checks that every Dask store has the plain store's articles, events
and duplicate links, and prints the store's size per article and per event (for
docs/SCALING.md), and the merge alone. --idle SECONDS measures Dask's own cost instead: an
idle LocalCluster's CPU per minute. Usage (after scripts/build.sh, with Debian's python3):

  PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py [--n N] [--shards S] [--rounds R]
  /usr/bin/python3 bench/dask_bench.py --idle 60
"""
import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(args, env=None):
    cpu0, t0 = cpu_children(), time.monotonic()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - t0, cpu_children() - cpu0


def content(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return (list(con.execute("SELECT seq, id, duplicate_of, content_hash FROM articles ORDER BY seq")),
                con.execute("SELECT count(*) FROM events").fetchone()[0],
                con.execute("SELECT count(*) FROM failures").fetchone()[0])
    finally:
        con.close()


def cpu_all():
    return cpu_children() + sum(resource.getrusage(resource.RUSAGE_SELF)[:2])


def idle_cluster(workers, seconds):
    """CPU-s (this process and the cluster's) to start and stop a LocalCluster of `workers`
    processes and keep it idle for `seconds`: Dask's own cost, apart from any work."""
    from distributed import Client, LocalCluster
    c0 = cpu_all()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    client = Client(cluster)
    client.submit(abs, -1).result()
    time.sleep(seconds)
    client.close()
    cluster.close()
    return cpu_all() - c0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--idle", type=float, default=0,
                    help="instead: CPU-s of an idle LocalCluster of 1 and 2 workers, started, "
                         "kept for 0 and IDLE seconds, stopped")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--marsad", default=os.path.join(ROOT, "build", "marsad"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    a = ap.parse_args()
    if a.idle:
        for workers in (1, 2):
            start = idle_cluster(workers, 0)
            kept = idle_cluster(workers, a.idle)
            print(f"LocalCluster of {workers} workers: start and stop {start:.2f} CPU-s; kept "
                  f"{a.idle:.0f} s: {kept:.2f} CPU-s, {(kept - start) / a.idle * 60:.2f} CPU-s "
                  f"per minute idle")
        return
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", os.path.join(ROOT, "build", "python"))

    with tempfile.TemporaryDirectory() as tmp:
        zst = os.path.join(a.shared, "data", "corpus", "saudinewsnet", "articles.jsonl.zst")
        z = subprocess.Popen(["zstd", "-dc", zst], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        lines = []
        for line in z.stdout:
            lines.append(line)
            if len(lines) >= a.n:
                break
        z.kill()
        z.wait()
        n = len(lines)
        per = -(-n // a.shards)
        shards = []
        for i in range(0, n, per):
            path = os.path.join(tmp, f"shard-{i // per:03d}.jsonl")
            with open(path, "wb") as f:
                f.writelines(lines[i:i + per])
            shards.append(path)

        runs = {
            "`marsad ingest -q -j1`": lambda db: [a.marsad, "ingest", "-q", "-j1", "--db", db, *shards],
            "`marsad ingest -q -j2`": lambda db: [a.marsad, "ingest", "-q", "-j2", "--db", db, *shards],
            "`python3 -m marsad.dask --workers 1`": lambda db: [
                sys.executable, "-m", "marsad.dask", *shards, "--db", db, "--workers", "1", "-q"],
            "`python3 -m marsad.dask --workers 2`": lambda db: [
                sys.executable, "-m", "marsad.dask", *shards, "--db", db, "--workers", "2", "-q"],
        }
        times = {k: [] for k in runs}
        stores = {}
        for r in range(a.rounds):
            for k, make in runs.items():
                db = os.path.join(tmp, f"r{r}-{len(stores)}.db")
                times[k].append(timed(make(db), env))
                stores.setdefault(k, db)
                print(f"round {r + 1} {k}: {times[k][-1][0]:.1f} s wall, {times[k][-1][1]:.1f} CPU-s",
                      file=sys.stderr)
        # The merge alone (the job's last step): the shards ingested one store each, merged.
        parts = []
        for i, shard in enumerate(shards):
            parts.append(os.path.join(tmp, f"part-{i}.db"))
            subprocess.run([a.marsad, "ingest", "-q", "-j1", "--db", parts[-1], shard], check=True)
        merge_times = []
        for r in range(a.rounds):
            merged = os.path.join(tmp, f"merged-{r}.db")
            merge_times.append(timed([a.marsad, "merge", "-q", merged, *parts]))
            stores.setdefault("merge", merged)
        plain = content(stores["`marsad ingest -q -j1`"])
        for k, db in stores.items():
            assert content(db) == plain, f"{k}: the store differs from the plain ingest's"
        articles = len(plain[0])
        events = plain[1]
        db = stores["`marsad ingest -q -j1`"]
        con = sqlite3.connect(db)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        size = os.path.getsize(db)

        load = os.getloadavg()[0]
        print(f"{n} records in {len(shards)} shards; {articles} articles stored "
              f"({sum(1 for row in plain[0] if row[2])} near-duplicates), {plain[2]} failed inputs, "
              f"{events} events ({events / max(1, articles):.2f} per article); store "
              f"{size / 1e6:.2f} MB = {size / max(1, articles) / 1024:.1f} KiB per article, "
              f"{size / max(1, events) / 1024:.1f} KiB per event; load average {load:.1f}; "
              f"every Dask store equals the plain one (articles, ids, links, content hashes)\n")
        base = statistics.median(c for _, c in times["`marsad ingest -q -j1`"])
        print("| what | processes x threads | articles/s (wall) | articles per CPU-s | CPU vs ingest -j1 |")
        print("|---|---|---:|---:|---:|")
        shape = {"`marsad ingest -q -j1`": "1 x 1", "`marsad ingest -q -j2`": "1 x 2",
                 "`python3 -m marsad.dask --workers 1`": "1 worker x 1",
                 "`python3 -m marsad.dask --workers 2`": "2 workers x 1"}
        for k in runs:
            wall = statistics.median(w for w, _ in times[k])
            cpu = statistics.median(c for _, c in times[k])
            print(f"| {k} | {shape[k]} | {n / wall:.1f} | {n / cpu:.1f} | {cpu / base:.2f}x |")
        wall = statistics.median(w for w, _ in merge_times)
        cpu = statistics.median(c for _, c in merge_times)
        print(f"| `marsad merge` of the {len(parts)} shards' stores (the job's last step) | 1 x 1 | "
              f"{n / wall:.1f} | {n / cpu:.1f} | {cpu / base:.2f}x |")


if __name__ == "__main__":
    main()
