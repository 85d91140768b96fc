"""Peer for extract_bench.py: readability-lxml (Debian python3-readability) over every .html
file of a directory, one thread. Prints {"pages", "bytes", "seconds"} as JSON (loop time only,
after the interpreter and modules have loaded)."""
import json
import os
import sys
import time

from readability import Document

d = sys.argv[1]
pages = [open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
         for f in sorted(os.listdir(d)) if f.endswith(".html")]
nbytes = sum(len(p.encode("utf-8")) for p in pages)
t0 = time.perf_counter()
c0 = time.process_time()
chars = 0
for p in pages:
    chars += len(Document(p).summary())
print(json.dumps({"pages": len(pages), "bytes": nbytes, "seconds": time.perf_counter() - t0,
                  "cpu_seconds": time.process_time() - c0, "chars": chars}))
