"""The Python module (issue 17): records shaped like the contract's and equal to what
`marsad code -` writes for the same line, errors as exceptions naming the input, code_many in
order on threads with the GIL released, Store.events as rows or a DataFrame.

Run by CTest (python.module) with PYTHONPATH set to build/python and MARSAD_BINARY naming the
command to compare with."""
import json
import os
import subprocess
import threading
import time

import pytest

import marsad

BINARY = os.environ["MARSAD_BINARY"]
STRIKE = "قصفت الطائرات الأمريكية مواقع داعش في العراق."
MEETING = "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة."
HTML = ("<html><head><title>غارات على الموصل</title></head><body><nav>الرئيسية | اتصل بنا</nav>"
        "<article><h1>غارات على الموصل</h1><p>" + STRIKE + "</p><p>" + MEETING +
        "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>")


@pytest.fixture(scope="module")
def pipeline():
    return marsad.Pipeline()


def command(*lines, args=("code", "-q", "-")):
    out = subprocess.run([BINARY, *args], input="".join(json.dumps(l, ensure_ascii=False) + "\n"
                                                        for l in lines),
                         capture_output=True, text=True, check=False)
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_code_gives_the_contract_record_with_an_event(pipeline):
    record = pipeline.code(text=STRIKE, date="2024-03-02")
    assert record["error"] is None
    assert record["date"] == "2024-03-02"
    assert record["body"] == STRIKE
    for key in ("id", "source_path", "url", "site", "date_source", "encoding", "lang", "title",
                "duplicate_of", "sentences", "entities", "events"):
        assert key in record, key
    event = record["events"][0]
    assert event["root"] == "19" and event["cameo"].startswith("19")
    assert event["source"]["code"].startswith("USA")
    assert event["target"]["text"] in STRIKE
    assert isinstance(event["goldstein"], float) and event["quad_class"] == 4
    assert STRIKE[event["verb"]["start"]:event["verb"]["end"]] == event["verb"]["text"]


def test_the_module_and_the_command_give_the_same_records(pipeline):
    pages = [{"id": "a", "text": STRIKE, "date": "2024-03-02"},
             {"url": "https://news.example/2", "text": MEETING},
             {"id": "h", "html": HTML, "url": "https://news.example/3"}]
    expected = command(*pages)
    assert len(expected) == 3
    assert [pipeline.code(**p) for p in pages] == expected
    assert pipeline.code_many(pages, threads=2) == expected
    assert pipeline.annotate(**pages[0]) == command(pages[0], args=("annotate", "-q", "-"))[0]
    extracted = pipeline.extract(html=HTML, url="https://news.example/3", id="h")
    assert extracted == command(pages[2], args=("extract", "-q", "-"))[0]


def test_extract_reads_a_page(pipeline):
    record = pipeline.extract(html=HTML, url="https://news.example/3")
    assert record["title"] == "غارات على الموصل"
    assert STRIKE in record["body"] and "جميع الحقوق" not in record["body"]
    assert record["site"] == "news.example"
    assert "events" not in record and "entities" not in record


def test_annotate_finds_entities_without_events(pipeline):
    record = pipeline.annotate(text=MEETING)
    assert any(e["type"] == "LOC" and e["text"] == "القاهرة" for e in record["entities"])
    assert "events" not in record


def test_errors_are_exceptions_naming_the_input(pipeline):
    with pytest.raises(marsad.MarsadError, match=r"id='bad'.*no \"html\", \"text\""):
        pipeline.code(id="bad")
    with pytest.raises(marsad.MarsadError, match=r"id='d'.*date"):
        pipeline.code(text=STRIKE, id="d", date=["2024"])
    with pytest.raises(marsad.MarsadError, match=r"item 1 .*no \"html\""):
        pipeline.code_many([STRIKE, {"title": "بلا نص"}, MEETING])
    records = pipeline.code_many([STRIKE, {"title": "بلا نص"}], errors="record")
    assert records[0]["error"] is None and records[1]["error"]
    with pytest.raises(TypeError, match="item 0"):
        pipeline.code_many([42])


def test_code_many_keeps_input_order_at_any_thread_count(pipeline):
    items = [{"id": str(i), "text": STRIKE if i % 3 else MEETING} for i in range(40)]
    one = pipeline.code_many(items, threads=1)
    assert [r["id"] for r in one] == [str(i) for i in range(40)]
    assert pipeline.code_many(iter(items), threads=4) == one
    assert list(pipeline.iter_code(items, threads=2, chunk=7)) == one


def test_code_many_releases_the_gil(pipeline):
    # A Python thread keeps counting while the C++ call under code_many runs (one call for the
    # whole list, so no Python-level gaps between chunks); with the GIL held it could not.
    lines = [json.dumps({"text": STRIKE + " " + MEETING}, ensure_ascii=False)] * 2000
    ticks = []
    done = threading.Event()

    def count():
        while not done.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    t = threading.Thread(target=count)
    t.start()
    time.sleep(0.05)  # the counter is running
    start = time.monotonic()
    records = pipeline._coder.records(lines, "code", 2)
    elapsed = time.monotonic() - start
    assert len(records) == len(lines)
    done.set()
    t.join()
    during = [x for x in ticks if start < x < start + elapsed]
    assert elapsed > 0.05, "too little work to tell"
    assert len(during) >= 10, f"{len(during)} ticks in {elapsed:.2f}s: the GIL was held"


def test_one_pipeline_is_shared_by_threads(pipeline):
    expected = pipeline.code(text=STRIKE)
    results = [None] * 8

    def work(i):
        results[i] = pipeline.code(text=STRIKE)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_facts_only_drops_negated_events():
    negated = "لم تقصف الطائرات الأمريكية مواقع داعش في العراق."
    assert marsad.Pipeline().code(text=negated)["events"]
    assert marsad.Pipeline(facts_only=True).code(text=negated)["events"] == []


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in [
        {"id": "s1", "text": STRIKE, "date": "2024-03-02"},
        {"id": "s2", "text": MEETING, "date": "2024-04-10"}]), encoding="utf-8")
    db = folder / "news.db"
    subprocess.run([BINARY, "ingest", "-q", "--db", str(db), str(pages)], check=True)
    return db


def test_store_events_rows_match_the_command(store):
    rows = marsad.Store(store).events(as_frame=False)
    out = subprocess.run([BINARY, "events", "--db", str(store), "--format", "jsonl"],
                         capture_output=True, text=True, check=True).stdout
    assert rows == [json.loads(line) for line in out.splitlines()]
    assert {r["article_id"] for r in rows} == {"s1", "s2"}
    only = marsad.Store(store).events(root="19", as_frame=False)
    assert only and all(r["root"] == "19" for r in only)
    assert marsad.Store(store).events(since="2024-04", as_frame=False) == \
        [r for r in rows if r["article_id"] == "s2"]


def test_store_events_as_a_dataframe(store):
    pandas = pytest.importorskip("pandas")
    frame = marsad.Store(store).events()
    assert isinstance(frame, pandas.DataFrame)
    rows = marsad.Store(store).events(as_frame=False)
    assert len(frame) == len(rows)
    assert list(frame["source_code"]) == [r["source"]["code"] for r in rows]
    assert list(frame["cameo"]) == [r["cameo"] for r in rows]


def test_store_errors_name_the_file(tmp_path, store):
    with pytest.raises(marsad.MarsadError, match="missing.db"):
        marsad.Store(tmp_path / "missing.db")
    with pytest.raises(marsad.MarsadError, match="root"):
        marsad.Store(store).events(root="1x")
