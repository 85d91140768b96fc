"""marsad: Arabic news pages -> political events, from Python.

    import marsad
    p = marsad.Pipeline()                       # loads the resources once; share it
    record = p.code(text="قصفت الطائرات الأمريكية مواقع داعش في العراق.", date="2024-03-02")
    record["events"][0]["cameo"]                # '195'
    records = p.code_many(["...", {"id": "a1", "html": "<html>..."}], threads=4)
    marsad.Store("marsad.db").events(source="USA", root="19")   # a DataFrame with pandas
    marsad.ingest(["pages/", "crawl.warc.gz"], db="news.db")   # = marsad ingest --db news.db ...
    marsad.merge("all.db", ["part-0.db", "part-1.db"])        # = marsad merge all.db part-0.db ...

python3 -m marsad.dask runs ingest over partitions of the inputs on a Dask cluster and merges
them (marsad/dask.py).

Every record is a plain dict shaped like the JSON record of ../shared/CONTRACT.md: the C++
pipeline writes the record (the same code path as `marsad code -` for the same JSON line) and
this module json.loads it, so the module and the command give the same records. A page that
cannot be read or decoded raises MarsadError naming the input.

Resources come from $MARSAD_DATA if set, else the checkout's data/ the module was built from
(marsad.data_dir() says which).
"""

import json

from marsad._marsad import Coder as _Coder
from marsad._marsad import EventFilter as _EventFilter
from marsad._marsad import StoreReader as _StoreReader
from marsad._marsad import ingest as _ingest
from marsad._marsad import list_files as _list_files
from marsad._marsad import merge as _merge
from marsad._marsad import __version__, commit, data_dir

__all__ = ["Pipeline", "Store", "MarsadError", "ingest", "merge", "list_files", "data_dir",
           "__version__", "commit"]

_PAGE_FIELDS = ("id", "url", "title", "date", "source", "author")


class MarsadError(ValueError):
    """A page that could not be read or coded; .input names it, .record is the error record."""

    def __init__(self, message, input_name=None, record=None):
        super().__init__(message)
        self.input = input_name
        self.record = record


def _name(page, position=None):
    for key in ("id", "url"):
        if page.get(key):
            return f"{key}={page[key]!r}"
    body = page.get("text") or page.get("html") or ""
    head = body[:40] + ("…" if len(body) > 40 else "")
    where = f"item {position}" if position is not None else "page"
    return f"{where} ({head!r})"


def _page(item, position=None):
    """A text string or a dict with html or text (and id, url, title, date, ...) as a JSON line."""
    if isinstance(item, str):
        item = {"text": item}
    elif not isinstance(item, dict):
        where = f"item {position}" if position is not None else "page"
        raise TypeError(f"{where}: a str (the text) or a dict with 'text' or 'html', "
                        f"not {type(item).__name__}")
    return json.dumps(item, ensure_ascii=False), item


def _checked(line, page, position=None, errors="raise"):
    record = json.loads(line)
    if record.get("error") is not None and errors == "raise":
        name = _name(page, position)
        raise MarsadError(f"marsad: {name}: {record['error']}", name, record)
    return record


class Pipeline:
    """The whole pipeline with its resources loaded once (a second or so); thread-safe: share
    one Pipeline between threads. facts_only drops negated, denied and hypothetical events;
    date_field names the input field that holds the publication date (default: date, then
    the usual others)."""

    def __init__(self, facts_only=False, date_field=""):
        self._coder = _Coder(facts_only, date_field)

    def _one(self, depth, fields):
        line, page = _page({k: v for k, v in fields.items() if v is not None})
        return _checked(self._coder.record(line, depth), page)

    def extract(self, html=None, url=None, *, text=None, id=None, title=None, date=None):
        """The article record of a page: title, body without site furniture, date, site."""
        return self._one("extract", dict(html=html, text=text, url=url, id=id, title=title,
                                         date=date))

    def annotate(self, text=None, date=None, *, html=None, url=None, id=None, title=None):
        """The record plus sentences and named entities with their actor codes."""
        return self._one("annotate", dict(text=text, html=html, date=date, url=url, id=id,
                                          title=title))

    def code(self, text=None, date=None, *, html=None, url=None, id=None, title=None):
        """The record plus sentences, entities and CAMEO events (who did what to whom)."""
        return self._one("code", dict(text=text, html=html, date=date, url=url, id=id,
                                      title=title))

    def iter_code(self, items, threads=0, chunk=None, depth="code", errors="raise"):
        """Like code_many, but yields records as chunks of `chunk` items finish (memory bounded
        by the chunk, not the input)."""
        if chunk is None:
            chunk = 64 * max(1, threads or 8)
        batch = []
        position = 0
        for item in items:
            batch.append(_page(item, position))
            position += 1
            if len(batch) >= chunk:
                yield from self._batch(batch, position - len(batch), threads, depth, errors)
                batch = []
        if batch:
            yield from self._batch(batch, position - len(batch), threads, depth, errors)

    def _batch(self, batch, first, threads, depth, errors):
        lines = self._coder.records([line for line, _ in batch], depth, threads)
        for offset, (line, (_, page)) in enumerate(zip(lines, batch)):
            yield _checked(line, page, first + offset, errors)

    def code_many(self, items, threads=0, depth="code", errors="raise"):
        """Records of many pages, in input order, coded on `threads` threads (0: all cores) with
        the GIL released. Items are text strings or dicts with 'text' or 'html' and optional
        'id', 'url', 'title', 'date'. errors="record" returns error records instead of raising.
        The records are those `marsad code -` writes for the same lines."""
        return list(self.iter_code(items, threads, depth=depth, errors=errors))


class Store:
    """A marsad SQLite store (written by `marsad ingest`), opened read-only."""

    def __init__(self, path):
        self.path = str(path)
        try:
            self._reader = _StoreReader(self.path)
        except RuntimeError as e:
            raise MarsadError(f"marsad: {e}", self.path) from None

    def events(self, actor=None, source=None, target=None, code=None, root=None, quad=None,
               since=None, until=None, modality=None, facts_only=False, country=None,
               place=None, limit=None, offset=None, as_frame=None):
        """The stored events passing the filters of `marsad events` (code prefixes, dates
        YYYY[-MM[-DD]] inclusive). A pandas DataFrame (nested fields flattened: source_code,
        place_country, ...) when pandas is installed and as_frame is not False; else a list of
        dicts, one per event, as `marsad events --format jsonl` prints them."""
        f = _EventFilter()
        for key, value in dict(actor=actor, source=source, target=target, code=code, root=root,
                               since=since, until=until, modality=modality, country=country,
                               place=place).items():
            if value is not None:
                setattr(f, key, str(value))
        if quad is not None:
            f.quad = int(quad)
        if limit is not None:
            f.limit = int(limit)
        if offset is not None:
            f.offset = int(offset)
        f.facts_only = bool(facts_only)
        try:
            rows = [json.loads(line) for line in self._reader.events(f)]
        except ValueError as e:  # a bad filter value: the message names the field
            raise MarsadError(f"marsad: {self.path}: {e}", self.path) from None
        except RuntimeError as e:
            raise MarsadError(f"marsad: {e}", self.path) from None
        if as_frame is False:
            return rows
        try:
            import pandas
        except ImportError:
            if as_frame:
                raise
            return rows
        return pandas.json_normalize(rows, sep="_") if rows else pandas.DataFrame()


def _paths(paths, what):
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    out = []
    for p in paths:
        if not (isinstance(p, str) or hasattr(p, "__fspath__")):
            raise TypeError(f"{what}: paths (str or os.PathLike), not {type(p).__name__}")
        out.append(str(p))
    return out


def list_files(paths):
    """The files `marsad ingest PATHS` reads, in the order it reads them (directories walked
    recursively in byte-wise name order, dotfiles skipped): reading them one after another
    gives the same pages."""
    return _list_files(_paths(paths, "list_files"))


def ingest(paths, db, threads=0, dedup=True, date_field=None):
    """Stores the pages at `paths` (files, directories, as `marsad ingest` reads them) in the
    SQLite store `db` (created if missing), through the same C++ call as `marsad ingest --db DB
    PATHS`: idempotent (stored pages are skipped), near-duplicates linked and not coded,
    one transaction per batch. Loads the resources for the call (about a second). Returns the
    counts: pages, ok, failed, duplicates, events, held (skipped: already stored), written,
    seconds. A store that cannot be opened or written raises MarsadError."""
    try:
        return _ingest(_paths(paths, "ingest"), str(db), int(threads), bool(dedup),
                       date_field or "")
    except RuntimeError as e:
        raise MarsadError(f"marsad: {e}", str(db)) from None


def merge(out, inputs, dedup=True):
    """Puts the stores `inputs` into `out` in that order, as `marsad merge OUT INPUTS...`: the
    store one ingest of all their pages would give (near-duplicates linked across inputs, ids
    held by `out` or an earlier input skipped; merging again adds nothing). Returns the counts:
    inputs, read, written, held, failures, duplicates, relinked, coded, events, seconds. A
    missing input, a file that is not a marsad store or of another schema version raises
    MarsadError naming it, before anything is written."""
    try:
        return _merge(str(out), _paths(inputs, "merge"), bool(dedup))
    except RuntimeError as e:
        raise MarsadError(f"marsad: {e}", str(out)) from None
