"""marsad on a Dask cluster: pages -> one SQLite store per partition -> one merged store.

    python3 -m marsad.dask INPUT... --db OUT.db [--scheduler ADDR|local] [--workers N]

The inputs (files, directories, JSONL shards, WARC files) are listed in the order `marsad
ingest` reads them (marsad.list_files) and cut into consecutive partitions of about equal
bytes, one per worker unless --partitions says otherwise; a file is never split, so the ids of
its pages are those a single ingest gives. Each partition is one Dask task: the worker stores
its pages with marsad.ingest (the C++ ingest `marsad ingest` runs) into an SQLite file on its
own local disk, then copies it into the work directory (OUT.db.parts/ by default) under a name
made from the partition's file list. When all are there, marsad.merge (the C++ `marsad merge`)
puts them into OUT in partition order: near-duplicates are linked across partitions and ids
seen in an earlier partition skipped, so OUT is the store one `marsad ingest --db OUT INPUT...`
gives, row for row. A killed run keeps the partitions it finished (they are not redone) and
the merge is idempotent, so running the same command again finishes the job.

From Python (a notebook, with a client of your own):

    from marsad.dask import run
    summary = run(["crawl/"], db="news.db", client=client)   # or scheduler="local", workers=4

On a real cluster the inputs, the work directory and OUT must be at the same paths on the
client and every worker (a shared file system), and marsad importable on every worker.
"""

import argparse
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time

import marsad

__all__ = ["partition", "ingest_partition", "run", "main"]


def _log(quiet, message):
    if not quiet:
        print(f"marsad.dask: {message}", file=sys.stderr, flush=True)


def partition(files, parts):
    """Cuts the ordered list of files into at most `parts` consecutive, non-empty lists of
    about equal total bytes (deterministic: the same files and sizes give the same cut)."""
    if not files:
        return []
    parts = max(1, min(int(parts), len(files)))
    sizes = []
    for f in files:
        try:
            sizes.append(max(1, os.path.getsize(f)))
        except OSError:
            sizes.append(1)  # unreadable: the reader reports it; it weighs nothing
    total = sum(sizes)
    out, current, done = [], [], 0
    for i, (f, size) in enumerate(zip(files, sizes)):
        current.append(f)
        done += size
        left_files = len(files) - i - 1
        left_parts = parts - len(out) - 1
        # Close this part when it has its share of the bytes, or when every remaining part
        # needs one of the remaining files.
        if left_parts > 0 and (done >= total * (len(out) + 1) / parts or left_files == left_parts):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _part_name(index, files, dedup, date_field):
    key = "\0".join([marsad.__version__, marsad.commit, str(dedup), date_field or ""] + list(files))
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"part-{index:05d}-{digest}.db"


def ingest_partition(files, part_path, threads=1, dedup=True, date_field=None):
    """One partition, on a worker: its files into an SQLite store on the worker's local disk
    (marsad.ingest), then copied to part_path (written beside it and renamed, so part_path is
    either absent or complete). A part already there is kept. Returns ingest's counts."""
    if os.path.exists(part_path):
        return {"cached": True, "part": part_path}
    started = time.monotonic()
    local = tempfile.mkdtemp(prefix="marsad-part-")
    try:
        db = os.path.join(local, "part.db")
        counts = marsad.ingest(files, db, threads=threads, dedup=dedup, date_field=date_field)
        partial = f"{part_path}.{os.getpid()}.partial"
        src = sqlite3.connect(db)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)  # a consistent copy, WAL included
            # One self-contained file: the merge reads it read-only, leaving no -wal/-shm.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(partial, part_path)
    finally:
        shutil.rmtree(local, ignore_errors=True)
    counts.update(cached=False, part=part_path, wall=time.monotonic() - started)
    return counts


def _client(scheduler, workers, quiet):
    """(client, cluster): a LocalCluster of `workers` processes, or a client of the scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("marsad.dask: Dask distributed is not installed "
                         "(Debian: apt install python3-distributed python3-dask)")
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, scheduler_port=0,
                               silence_logs=40)  # logging.ERROR
        _log(quiet, f"local cluster of {workers} worker processes at {cluster.scheduler_address}")
        return Client(cluster), cluster
    return Client(scheduler), None


def run(inputs, db, client=None, scheduler="local", workers=2, partitions=None, threads=1,
        dedup=True, date_field=None, work_dir=None, keep_parts=False, quiet=True):
    """Ingests the pages at `inputs` into the store `db` on a Dask cluster: `client` if given,
    else a LocalCluster of `workers` processes (scheduler="local") or the scheduler at that
    address. partitions: how many (default: the workers'). Returns a dict: files, partitions,
    parts (each partition's ingest counts), merge (marsad.merge's counts), seconds."""
    started = time.monotonic()
    inputs = [str(p) for p in ([inputs] if isinstance(inputs, (str, os.PathLike)) else inputs)]
    if "-" in inputs:
        raise marsad.MarsadError("marsad.dask: stdin (-) cannot be partitioned; give files")
    for p in inputs:
        if not os.path.exists(p):
            raise marsad.MarsadError(f"marsad.dask: {p}: no such file or directory", p)
    files = marsad.list_files(inputs)
    if not files:
        raise marsad.MarsadError(f"marsad.dask: no files in {' '.join(inputs)}")
    db = str(db)
    work_dir = os.path.abspath(work_dir or db + ".parts")
    os.makedirs(work_dir, exist_ok=True)

    own = None
    if client is None:
        client, own = _client(scheduler, workers, quiet)
    try:
        if partitions is None:
            partitions = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        cut = partition(files, partitions)
        total_bytes = sum(os.path.getsize(f) for f in files if os.path.isfile(f))
        _log(quiet, f"{len(files)} files ({total_bytes / 1e6:.1f} MB) in {len(cut)} partitions; "
                    f"parts in {work_dir}")
        paths = [os.path.join(work_dir, _part_name(i, part, dedup, date_field))
                 for i, part in enumerate(cut)]
        futures = {}
        for i, (part, path) in enumerate(zip(cut, paths)):
            future = client.submit(ingest_partition, part, path, threads, dedup, date_field,
                                   key=f"marsad-{os.path.basename(path)[:-3]}", pure=False)
            futures[future] = i
        from distributed import as_completed
        results = [None] * len(cut)
        for n, future in enumerate(as_completed(list(futures)), 1):
            i = futures[future]
            counts = future.result()  # a worker's exception is raised here
            results[i] = counts
            if counts.get("cached"):
                _log(quiet, f"partition {i + 1}/{len(cut)} already done ({n}/{len(cut)})")
            else:
                _log(quiet, f"partition {i + 1}/{len(cut)} done ({n}/{len(cut)}): "
                            f"{counts['pages']} pages, {counts['written']} stored, "
                            f"{counts['events']} events, {counts['failed']} failed, "
                            f"{counts['wall']:.1f} s")
    finally:
        if own is not None:
            client.close()
            own.close()
    merge_started = time.monotonic()
    merged = marsad.merge(db, paths, dedup=dedup)
    _log(quiet, f"merged {len(paths)} partitions into {db} in "
                f"{time.monotonic() - merge_started:.1f} s: {merged['written']} written "
                f"({merged['duplicates']} near-duplicates, {merged['relinked']} linked across "
                f"partitions; {merged['events']} events), {merged['held']} already held")
    if not keep_parts:
        for path in paths:
            for leftover in (path, path + "-wal", path + "-shm"):
                if os.path.exists(leftover):
                    os.remove(leftover)
        try:
            os.rmdir(work_dir)
        except OSError:
            pass  # other files there: not ours
    return {"files": len(files), "partitions": len(cut), "parts": results, "merge": merged,
            "seconds": time.monotonic() - started}


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m marsad.dask",
        description="Ingest pages into one SQLite store on a Dask cluster: the inputs are cut "
                    "into consecutive partitions (whole files, about equal bytes), each worker "
                    "ingests a partition into a store of its own with the marsad module, and "
                    "the partitions are merged (marsad merge) into --db. The result is the "
                    "store `marsad ingest --db DB INPUT...` gives, row for row. Running the "
                    "command again adds nothing; after a crash it finishes the job, reusing the "
                    "partitions already done.",
        epilog="examples:\n"
               "  python3 -m marsad.dask crawl/ --db news.db --workers 2\n"
               "  python3 -m marsad.dask shards/*.jsonl --db news.db --scheduler tcp://10.0.0.5:8786\n"
               "  python3 -m marsad.dask a.warc.gz b.warc.gz --db news.db --partitions 16 --keep-parts\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files (HTML, .gz, WARC, JSONL, text dumps) or directories")
    parser.add_argument("--db", required=True, help="SQLite store to merge into (created if missing)")
    parser.add_argument("--scheduler", default="local",
                        help="address of a Dask scheduler (tcp://host:8786), or local: start a "
                             "LocalCluster of --workers processes (default)")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes of the local cluster (default 2)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="how many partitions (default: one per worker)")
    parser.add_argument("--threads", type=int, default=1,
                        help="coding threads per partition task (default 1: one per worker)")
    parser.add_argument("--work-dir", default=None,
                        help="where the partitions' stores go (default: DB.parts/; on a cluster "
                             "a directory every worker and the client see)")
    parser.add_argument("--keep-parts", action="store_true",
                        help="keep the partitions' stores after the merge")
    parser.add_argument("--no-dedup", action="store_true",
                        help="do not look for near-duplicate articles")
    parser.add_argument("--date-field", default=None,
                        help="JSONL field with the publication date (default: date, then others)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.workers < 1 or (args.partitions is not None and args.partitions < 1) or args.threads < 0:
        parser.error("--workers and --partitions take a number of at least 1")
    try:
        summary = run(args.inputs, args.db, scheduler=args.scheduler, workers=args.workers,
                      partitions=args.partitions, threads=args.threads, dedup=not args.no_dedup,
                      date_field=args.date_field, work_dir=args.work_dir,
                      keep_parts=args.keep_parts, quiet=args.quiet)
    except marsad.MarsadError as e:
        print(str(e), file=sys.stderr)
        return 2
    _log(args.quiet, f"done in {summary['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    # The task functions are pickled by reference to marsad.dask, which every worker imports,
    # not to __main__.
    from marsad.dask import main as _main
    sys.exit(_main())
