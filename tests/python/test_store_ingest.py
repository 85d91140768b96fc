"""marsad.ingest and marsad.merge (issue 17): the module's ingest stores what `marsad ingest`
stores, merge what `marsad merge` merges, errors name the input; marsad.dask.partition cuts the
file list into consecutive parts of about equal bytes. No Dask needed here (test_dask.py runs
the cluster)."""
import json
import os
import sqlite3
import subprocess

import pytest

import marsad
from marsad.dask import partition

BINARY = os.environ["MARSAD_BINARY"]
PAGES = [
    {"id": "strike", "date": "2024-03-02", "text": "قصفت الطائرات الأمريكية مواقع داعش في العراق."},
    {"id": "visit", "text": "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة."},
    {"id": "strike-again", "text": "قصفت الطائرات الأمريكية مواقع داعش في العراق."},
]


def rows(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (list(db.execute("SELECT seq, id, duplicate_of, body, sentences, content_hash "
                                "FROM articles ORDER BY seq")) +
                list(db.execute("SELECT * FROM events ORDER BY id")) +
                list(db.execute("SELECT id, error FROM failures")))
    finally:
        db.close()


@pytest.fixture()
def pages(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PAGES) + "{bad\n",
                    encoding="utf-8")
    return str(path)


def test_ingest_stores_what_the_command_stores(pages, tmp_path):
    subprocess.run([BINARY, "ingest", "-q", "--db", str(tmp_path / "cli.db"), pages], check=True)
    counts = marsad.ingest(pages, tmp_path / "module.db", threads=2)
    assert counts["pages"] == 4 and counts["written"] == 4 and counts["failed"] == 1
    assert counts["duplicates"] == 1 and counts["events"] >= 1
    assert rows(tmp_path / "module.db") == rows(tmp_path / "cli.db")
    again = marsad.ingest([pages], str(tmp_path / "module.db"))
    assert again["written"] == 0 and again["held"] == 4
    events = marsad.Store(tmp_path / "module.db").events(root="19", as_frame=False)
    assert [e["article_id"] for e in events] == ["strike"]


def test_merge_gives_what_the_command_gives_and_names_bad_inputs(pages, tmp_path):
    marsad.ingest(pages, tmp_path / "part.db")
    subprocess.run([BINARY, "merge", "-q", str(tmp_path / "cli.db"), str(tmp_path / "part.db")],
                   check=True)
    merged = marsad.merge(tmp_path / "module.db", [tmp_path / "part.db"])
    assert merged["written"] == 4 and merged["failures"] == 1 and merged["duplicates"] == 1
    assert rows(tmp_path / "module.db") == rows(tmp_path / "cli.db") == rows(tmp_path / "part.db")
    missing = str(tmp_path / "nope.db")
    with pytest.raises(marsad.MarsadError, match="nope.db: no such file"):
        marsad.merge(tmp_path / "new.db", [tmp_path / "part.db", missing])
    assert not (tmp_path / "new.db").exists()  # nothing written, not even an empty store
    with pytest.raises(marsad.MarsadError, match="not an SQLite database|not a marsad"):
        marsad.merge(tmp_path / "module.db", [pages])


def test_the_merge_command_teaches_and_refuses_bad_input(pages, tmp_path):
    usage = subprocess.run([BINARY, "merge", "--help"], capture_output=True, text=True)
    assert usage.returncode == 0
    for words in ("OUT", "IN", "near-duplicate", "idempotent", "Examples", "--no-dedup"):
        assert words.lower() in usage.stdout.lower(), words
    assert subprocess.run([BINARY, "merge", str(tmp_path / "out.db")],
                          capture_output=True).returncode == 1  # no input: usage error
    bad = subprocess.run([BINARY, "merge", str(tmp_path / "out.db"), str(tmp_path / "nope.db")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "nope.db: no such file" in bad.stderr
    assert not (tmp_path / "out.db").exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    bad = subprocess.run([BINARY, "merge", str(tmp_path / "out.db"), str(other)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "not a marsad database" in bad.stderr


def test_list_files_is_the_order_ingest_reads(tmp_path):
    for name in ("b/2.html", "b/10.html", "a.jsonl", "b/.hidden", "c.warc"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    d = str(tmp_path)
    assert marsad.list_files([d + "/c.warc", d]) == [
        d + "/c.warc", d + "/a.jsonl", d + "/b/10.html", d + "/b/2.html", d + "/c.warc"]


def test_partition_cuts_consecutive_parts_of_about_equal_bytes(tmp_path):
    files = []
    for i, size in enumerate([100, 100, 100, 100, 400, 50, 50, 100]):
        path = tmp_path / f"f{i}"
        path.write_bytes(b"x" * size)
        files.append(str(path))
    cut = partition(files, 3)
    assert [f for part in cut for f in part] == files  # consecutive, in order, all
    assert [len(p) for p in cut] == [4, 1, 3]           # 400 | 400 | 200 bytes
    assert partition(files, 3) == cut                   # deterministic
    assert partition(files, 20) == [[f] for f in files]  # never an empty part
    assert partition(files[:1], 4) == [files[:1]]
    assert partition([], 2) == []
