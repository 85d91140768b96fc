"""python3 -m marsad.dask (issue 17) on a real dask.distributed LocalCluster of 2 worker
processes: 3 JSONL shards of corpus articles, one partition each, merged into one store that
equals one `marsad ingest` of the same shards row for row (row ids included) — a near-duplicate
in the last shard linked to its original in the first, a page repeated across shards stored
once. Run by CTest (python.dask); skipped only when Dask distributed is not installed."""
import json
import os
import sqlite3
import subprocess
import sys

import pytest

pytest.importorskip("distributed", reason="Dask distributed is not installed (Debian: "
                    "apt install python3-distributed python3-dask): the Dask job is not tested")

import marsad  # noqa: E402

BINARY = os.environ["MARSAD_BINARY"]
SAMPLE = os.path.join(os.environ.get("MARSAD_SHARED_DIR", os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "shared")),
    "data", "corpus", "saudinewsnet", "sample-200.jsonl")
# A lede of our own for the copy of a corpus article that another site ran (a near-duplicate).
LEDE = "نقلت وكالة أنباء محلية عن مصادر مطلعة تفاصيل الخبر التالي كما ورد."

# Every row of a store but ingested_at (the time of the run).
QUERIES = [
    "SELECT 'a', seq, id, url, site, date, author, title, body, body_length, encoding, lang, "
    "source_path, duplicate_of, error, invalid_bytes, sentences, content_hash, coder_version, "
    "dictionary_fingerprint, date_source FROM articles ORDER BY seq",
    "SELECT 'n', * FROM entities ORDER BY article, idx",
    "SELECT 'e', * FROM events ORDER BY id",
    "SELECT 'f', id, source_path, url, error FROM failures ORDER BY rowid",
    "SELECT 's', * FROM article_search ORDER BY seq",
]


def rows(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row for q in QUERIES for row in db.execute(q)]
    finally:
        db.close()


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    """60 corpus articles in 3 shards of 20 (read in place, written to a temporary folder);
    the last shard also has a copy of an article of the first under another lede and URL, and
    the first shard's sixth line again."""
    with open(SAMPLE, encoding="utf-8") as f:
        lines = [next(f) for _ in range(60)]
    original = json.loads(lines[0])
    assert len(original["content"]) > 1500  # long enough for the copy to be a near-duplicate
    copy = dict(original, url=original["url"] + "?copy=1",
                content=LEDE + "\n" + original["content"].split("\n", 1)[1])
    parts = [lines[0:20], lines[20:40],
             lines[40:60] + [json.dumps(copy, ensure_ascii=False) + "\n", lines[5]]]
    folder = tmp_path_factory.mktemp("shards")
    paths = []
    for i, part in enumerate(parts):
        path = folder / f"shard-{i}.jsonl"
        path.write_text("".join(part), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_the_dask_job_on_two_workers_equals_one_ingest(shards, tmp_path):
    single = tmp_path / "single.db"
    subprocess.run([BINARY, "ingest", "-q", "--db", str(single), *shards], check=True)
    merged = tmp_path / "merged.db"
    job = subprocess.run([sys.executable, "-m", "marsad.dask", *shards, "--db", str(merged),
                          "--scheduler", "local", "--workers", "2", "--partitions", "3",
                          "--keep-parts"], capture_output=True, text=True, timeout=300)
    assert job.returncode == 0, job.stderr
    assert "local cluster of 2 worker processes" in job.stderr
    for i in (1, 2, 3):
        assert f"partition {i}/3 done" in job.stderr, job.stderr

    expected = rows(single)
    got = rows(merged)
    assert len(got) == len(expected)
    assert got == expected
    articles = [r for r in expected if r[0] == "a"]
    assert len(articles) == 61  # 60 + the copy; the repeated line is stored once
    copy = [r for r in articles if r[3].endswith("?copy=1")]
    assert len(copy) == 1 and copy[0][13] is not None  # linked ...
    with open(shards[0], encoding="utf-8") as f:
        original_url = json.loads(f.readline())["url"]
    original = [r for r in articles if r[3] == original_url]
    assert copy[0][13] == original[0][2]               # ... to the first shard's original
    assert sum(1 for r in expected if r[0] == "e") > 0

    # The partitions were kept: merging them again adds nothing.
    parts = sorted(str(p) for p in (tmp_path / "merged.db.parts").iterdir())
    assert len(parts) == 3
    again = marsad.merge(merged, parts)
    assert again["written"] == 0 and again["held"] == again["read"]
    assert rows(merged) == expected
