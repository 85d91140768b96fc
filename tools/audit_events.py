#!/usr/bin/env python3
"""Judged audits of `marsad code` on random SaudiNewsNet articles nobody tuned on.

The corpus (../shared/data/corpus/saudinewsnet/articles.jsonl.zst, 31,030 articles) is split
once and for all by a hash of each article's URL:
  - the audit pool: sha1(url) % 5 == 0 (about 6,200 articles). Audits draw only from here;
  - the tuning pool: everything else. Lexicon and rule checks on corpus hits
    (`sentences --pool tune`) read only from here.
Both pools leave out sample-200.jsonl (the corpus's first 200 lines) and every article of
../shared/data/events/corpus-dev.jsonl (by URL).

An article's id is `snn<line>`, its 0-based line number in articles.jsonl.zst. Offsets are
code points into the body `marsad code` prints (the article's `content`).

Commands:
  draw       pick N random events from random audit-pool articles (fixed seed), print each
             with its sentence for judgement, and write a verdict sheet (TSV) to fill in;
  summary    figures of a filled sheet: share of real events, right root, right dyad, error
             classes (the table kept in ACCURACY.md);
  recheck    rerun the current build on a sheet's articles: which judged events are still
             produced (same trigger offsets), so a change's effect on judged errors shows;
  sentences  print random sentences of one pool (`--pool tune`) holding a word, for checking
             a lexicon entry's corpus hits (`--grep`), or count hits of many words (`--count`).

A sheet holds no article text: article id, offsets, what marsad produced, the verdict.
Columns (TAB-separated, `#` lines are comments):
  n article sent_start sent_end verb_start verb_end cameo source_code target_code modality
  real root_ok source_ok target_ok error right_code
  real       y (a real political event in the sentence) / n
  root_ok    y / n: the produced root is right for the event the trigger names
  source_ok, target_ok  y / n: the code on that side is right (an empty code is n unless the
             event really has no such party; `-` when real is n)
  error      one class (ERROR_CLASSES below) or `-`
  right_code the CAMEO code an expert gives, or `-`

Examples:
  python3 tools/audit_events.py draw --n 120 --seed 14 --sheet data/events/audits/a.tsv
  python3 tools/audit_events.py summary data/events/audits/a.tsv
  python3 tools/audit_events.py recheck data/events/audits/a.tsv
  python3 tools/audit_events.py sentences --pool tune --grep 'أجرى اتصالا' --n 20
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(REPO, "..", "shared", "data")
CORPUS = os.path.join(SHARED, "corpus", "saudinewsnet", "articles.jsonl.zst")
DEV = os.path.join(SHARED, "events", "corpus-dev.jsonl")
SAMPLE_LINES = 200  # sample-200.jsonl is the corpus's first 200 lines
AUDIT_MODULUS = 5

COLUMNS = ["n", "article", "sent_start", "sent_end", "verb_start", "verb_end", "cameo",
           "source_code", "target_code", "modality", "real", "root_ok", "source_ok",
           "target_ok", "error", "right_code"]

# Error classes of issue 14 (the table in ACCURACY.md), one per judged event.
ERROR_CLASSES = {
    "not-event": "words misread as a trigger (وزارة as زيارة, طالب a student)",
    "non-political": "sport, markets, services, religion: no political event at all",
    "generic": "generic or normative statement, sermon, metaphor coded as an event",
    "wrong-root": "a real event, coded under the wrong root",
    "wrong-code": "right root, wrong three-digit code",
    "no-source": "source missing though the actor is in the sentence or article",
    "wrong-source": "source coded, but the wrong actor (reporter, condemner, victim)",
    "no-target": "target missing though the other party is in the sentence",
    "wrong-target": "target coded, but the wrong actor or an abstract noun",
    "self-dyad": "source and target are the same actor",
    "actor-dict": "an actor dictionary error (wrong country, club as government, ...)",
    "modality": "reported, planned, negated or hypothetical coded as asserted (or back)",
    "ok": "right event, root and dyad",
}


def corpus_lines():
    """(line number, record) for every corpus article, streamed through zstd."""
    proc = subprocess.Popen(["zstd", "-dc", CORPUS], stdout=subprocess.PIPE)
    for n, raw in enumerate(proc.stdout):
        yield n, json.loads(raw)
    proc.wait()


def dev_urls():
    urls = set()
    with open(DEV, encoding="utf-8") as f:
        for line in f:
            url = json.loads(line).get("article_url")
            if url:
                urls.add(url)
    return urls


def in_audit_pool(url):
    return int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % AUDIT_MODULUS == 0


def pool_articles(pool):
    """Articles of one pool ('audit' or 'tune'), excluded ones left out."""
    excluded = dev_urls()
    for n, r in corpus_lines():
        if n < SAMPLE_LINES or r.get("url") in excluded or not (r.get("content") or "").strip():
            continue
        if in_audit_pool(r["url"]) == (pool == "audit"):
            yield n, r


def as_input(n, r):
    return {"id": f"snn{n}", "url": r["url"], "title": r.get("title") or "",
            "date": (r.get("date_extracted") or "")[:10], "text": r["content"]}


def run_marsad(binary, records):
    """marsad code over the records; output records by id."""
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in records).encode("utf-8")
    out = subprocess.run(["nice", "-n", "10", binary, "code", "-q", "-"], input=data,
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return {rec["id"]: rec for rec in map(json.loads, out.splitlines())}


def side(arg):
    arg = arg or {}
    return arg.get("code") or "", arg.get("text") or ""


def sentence_span(rec, e):
    s = rec["sentences"][e["sentence"]]
    return s["start"], s["end"]


def show_event(i, rec, e, out):
    body = rec["body"]
    s0, s1 = sentence_span(rec, e)
    v0, v1 = e["verb"]["start"], e["verb"]["end"]
    sentence = body[s0:v0] + "[[" + body[v0:v1] + "]]" + body[v1:s1]
    src, tgt = side(e.get("source")), side(e.get("target"))
    print(f"--- {i}  {rec['id']} @{v0}  title: {rec.get('title', '')[:80]}", file=out)
    print(f"    {sentence.strip()}", file=out)
    print(f"    {e['cameo']} ({e['modality']})  source {src[0] or '-'} «{src[1]}»  "
          f"target {tgt[0] or '-'} «{tgt[1]}»", file=out)


def cmd_draw(a):
    rng = random.Random(a.seed)
    articles = list(pool_articles("audit"))
    rng.shuffle(articles)
    picked = [as_input(n, r) for n, r in articles[: a.articles]]
    out = run_marsad(a.marsad, picked)
    events = [(rid, k) for rid in sorted(out, key=lambda x: int(x[3:]))
              for k in range(len(out[rid].get("events") or []))]
    print(f"# {len(picked)} articles, {len(events)} events; drawing {min(a.n, len(events))}",
          file=sys.stderr)
    chosen = sorted(rng.sample(events, min(a.n, len(events))), key=lambda x: (int(x[0][3:]), x[1]))
    rows = []
    for i, (rid, k) in enumerate(chosen, 1):
        rec = out[rid]
        e = rec["events"][k]
        show_event(i, rec, e, sys.stdout)
        s0, s1 = sentence_span(rec, e)
        rows.append([str(i), rid, str(s0), str(s1), str(e["verb"]["start"]), str(e["verb"]["end"]),
                     e["cameo"], side(e.get("source"))[0] or "-", side(e.get("target"))[0] or "-",
                     e["modality"], "", "", "", "", "", ""])
    if a.sheet:
        os.makedirs(os.path.dirname(os.path.abspath(a.sheet)), exist_ok=True)
        with open(a.sheet, "w", encoding="utf-8") as f:
            f.write(f"# drawn by: python3 tools/audit_events.py draw --n {a.n} --seed {a.seed} "
                    f"--articles {a.articles}\n")
            f.write(f"# {len(picked)} audit-pool articles, {len(events)} events produced\n")
            f.write("\t".join(COLUMNS) + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
        print(f"# verdict sheet: {a.sheet}", file=sys.stderr)


def read_sheet(path):
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def share(k, n):
    return f"{k}/{n} = {100.0 * k / n:.0f}%" if n else "-"


def cmd_summary(a):
    rows = [r for r in read_sheet(a.sheet) if r.get("real") in ("y", "n")]
    bad = [r for r in rows if r.get("error", "-") not in ("-", "") and r["error"] not in ERROR_CLASSES]
    if bad:
        sys.exit(f"{a.sheet}: unknown error class '{bad[0]['error']}' (row {bad[0]['n']}); "
                 f"known: {', '.join(ERROR_CLASSES)}")
    n = len(rows)
    real = [r for r in rows if r["real"] == "y"]
    root = [r for r in real if r["root_ok"] == "y"]
    dyad = [r for r in root if r["source_ok"] == "y" and r["target_ok"] == "y"]
    src = [r for r in real if r["source_ok"] == "y"]
    no_src = [r for r in rows if r["source_code"] == "-"]
    print(f"judged events                      {n}")
    print(f"real political events              {share(len(real), n)}")
    print(f"right root (of all judged)         {share(len(root), n)}")
    print(f"right root (of real events)        {share(len(root), len(real))}")
    print(f"right root + source + target       {share(len(dyad), n)}")
    print(f"right source (of real events)      {share(len(src), len(real))}")
    print(f"no source code                     {share(len(no_src), n)}")
    classes = collections.Counter(r["error"] for r in rows if r.get("error") not in ("", "-"))
    print("error classes (one per event):")
    for c, k in classes.most_common():
        print(f"  {c:16} {k:4}  {ERROR_CLASSES[c]}")


def cmd_recheck(a):
    rows = read_sheet(a.sheet)
    ids = sorted({r["article"] for r in rows}, key=lambda x: int(x[3:]))
    want = {int(x[3:]) for x in ids}
    records = [as_input(n, r) for n, r in corpus_lines() if n in want]
    out = run_marsad(a.marsad, records)
    kept = collections.Counter()
    for r in rows:
        rec = out.get(r["article"], {})
        same = [e for e in rec.get("events") or []
                if str(e["verb"]["start"]) == r["verb_start"] and e["cameo"] == r["cameo"]]
        label = "ok" if r.get("error") == "ok" else (r.get("error") or "unjudged")
        kept[(label, bool(same))] += 1
        if a.verbose and not same:
            print(f"gone: {r['n']} {r['article']} @{r['verb_start']} {r['cameo']} ({label})")
    print(f"{'class':16} {'still produced':>15} {'gone':>6}")
    for label in sorted({k[0] for k in kept}):
        print(f"{label:16} {kept[(label, True)]:15} {kept[(label, False)]:6}")


def cmd_sentences(a):
    rng = random.Random(a.seed)
    split = re.compile(r"(?<=[.!؟?\n])\s+")
    if a.count:
        with open(a.count, encoding="utf-8") as f:
            words = [w.strip() for w in f if w.strip() and not w.startswith("#")]
        pats = {w: re.compile(r"(?<![\u0621-\u064A])[وف]?(?:" + re.escape(w) + r")") for w in words}
        hits = collections.Counter()
        for i, (_, r) in enumerate(pool_articles(a.pool)):
            if i >= a.articles:
                break
            for w, p in pats.items():
                hits[w] += len(p.findall(r["content"]))
        for w in words:
            print(f"{hits[w]}\t{w}")
        return
    pat = re.compile(a.grep)
    found = []
    for i, (n, r) in enumerate(pool_articles(a.pool)):
        if i >= a.articles:
            break
        for s in split.split(r["content"]):
            if pat.search(s):
                found.append((n, s.strip()))
    print(f"# {len(found)} sentences match in {min(i + 1, a.articles)} articles", file=sys.stderr)
    for n, s in rng.sample(found, min(a.n, len(found))):
        print(f"snn{n}\t{s[:400]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--marsad", default=os.path.join(REPO, "build", "marsad"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="draw random events for judgement")
    d.add_argument("--n", type=int, default=100, help="events to draw (default 100)")
    d.add_argument("--seed", type=int, default=14)
    d.add_argument("--articles", type=int, default=300, help="random audit-pool articles to code")
    d.add_argument("--sheet", help="write a verdict sheet (TSV) here")
    s = sub.add_parser("summary", help="figures of a judged sheet")
    s.add_argument("sheet")
    r = sub.add_parser("recheck", help="which judged events the current build still produces")
    r.add_argument("sheet")
    r.add_argument("-v", "--verbose", action="store_true")
    t = sub.add_parser("sentences", help="corpus sentences of a pool, for checking lexicon hits")
    t.add_argument("--pool", choices=["tune", "audit"], default="tune")
    t.add_argument("--grep", default=".", help="Python regex a sentence must contain")
    t.add_argument("--count", help="file of forms (one a line): print corpus hits of each")
    t.add_argument("--n", type=int, default=20)
    t.add_argument("--seed", type=int, default=14)
    t.add_argument("--articles", type=int, default=5000, help="read at most this many articles")
    a = ap.parse_args()
    {"draw": cmd_draw, "summary": cmd_summary, "recheck": cmd_recheck, "sentences": cmd_sentences}[a.cmd](a)


if __name__ == "__main__":
    main()
