#!/usr/bin/env python3
"""Hostile-input suite (issue 18): builds each hostile input at 1x, 2x and 4x size in a scratch
directory (nothing big is committed), runs the marsad binary on it next to one good page, and
checks the exit status, the error record or sane output, that the good page came through intact,
the peak RSS, and, for inputs that must cost linear time, that the 4x run takes less than 6
times the 1x run. Prints one table row per input; exits 1 if any row fails.

  hostile.py MARSAD_BINARY [--only NAME,...] [--keep DIR] [--scale-max 4]

Sizes are modest: the suite takes about a minute on two cores (Release build; ctest runs it
alone, RUN_SERIAL, so the time ratios are not disturbed by other tests).
"""
import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

GOOD_SENTENCE = "وقال وزير الخارجية المغربي في الرباط إن المحادثات مع الوفد الموريتاني كانت مثمرة."
GOOD_MARK = "الوفد الموريتاني"


def good_page(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><meta charset='utf-8'><title>محادثات في الرباط</title>"
                "</head><body><article><h1>محادثات في الرباط</h1>"
                f"<p>{GOOD_SENTENCE}</p><p>{GOOD_SENTENCE}</p><p>وأضاف الوزير أن الجانبين اتفقا على "
                "مواصلة التشاور في الأسابيع المقبلة حول ملفات التعاون والأمن.</p>"
                "</article></body></html>")


WORDS = ["الحكومة", "الوزير", "اجتماع", "المدينة", "الشعب", "البرلمان", "الرئيس", "الأمن",
         "المحادثات", "القاهرة", "دمشق", "عمان", "بيروت", "الاتفاق", "الجيش", "المعارضة"]


def words(n, seed=1):
    r = random.Random(seed)
    return [r.choice(WORDS) for _ in range(n)]


def warc_record(uri, body, length_delta=0, length=None):
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n").encode() + body
    n = len(http) + length_delta if length is None else length
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-07-02T10:00:00Z\r\nContent-Length: {n}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def html_bytes(text):
    return (f"<html><head><meta charset='utf-8'><title>خبر</title></head><body><article>"
            f"<p>{text}</p></article></body></html>").encode()


# ---- generators: name(dir, scale) -> (argv tail, options) --------------------------------
# Each returns a dict: args (marsad arguments; GOOD is replaced by the good page), and
# optional keys: linear (time ratio checked), expect_error (substring of an error record),
# errors (exact number of error records), exit (expected status), stdin, setup.

def g_attributes(d, s):
    n = 5000 * s
    attrs = " ".join(f'data-a{i}="v{i}"' for i in range(n))
    p = os.path.join(d, "attrs.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(f"<html><body><div {attrs}><p>{GOOD_SENTENCE}</p></div></body></html>")
    return {"args": ["extract", "-q", p, "GOOD"], "linear": True, "body_of": p,
            "body_has": GOOD_MARK}


def g_long_sentence(d, s):
    p = os.path.join(d, "sentence.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write(" ".join(words(8000 * s)))
    # Judged since the coder stopped rescanning the sentence per trigger (agent markers found
    # once per sentence, the sentence text converted once per sentence, not per raw event) and
    # the splitter cuts a sentence at text::kMaxSentenceWords (1,000) words, with a warning
    # naming the limit: each event carries its sentence's text, so an uncut 32k-word sentence
    # made output (and time) grow with events x sentence length.
    return {"args": ["code", "-q", "-j1", p, "GOOD"], "linear": True,
            "stderr_has": "sentence length limit"}


def g_one_line_dump(d, s):
    p = os.path.join(d, "oneline.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write(" ".join(words(10000 * s)) + "\n")
    return {"args": ["extract", "-q", p, "GOOD"], "linear": True}


def g_repeated_line(d, s):
    p = os.path.join(d, "repeated.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(["اقرأ أيضا"] * (10000 * s)) + "\n" + GOOD_SENTENCE + "\n")
    return {"args": ["extract", "-q", p, "GOOD"], "linear": True}


def g_distinct_lines(d, s):
    p = os.path.join(d, "distinct.txt")
    r = random.Random(3)
    with open(p, "w", encoding="utf-8") as f:
        for i in range(8000 * s):
            f.write(f"{r.choice(WORDS)} {i}\n")
    return {"args": ["extract", "-q", p, "GOOD"], "linear": True}


def g_warc_near_duplicates(d, s):
    p = os.path.join(d, "dups.warc")
    base = " ".join(words(60, seed=7))
    with open(p, "wb") as f:
        for i in range(2500 * s):
            f.write(warc_record(f"http://example.com/{i}", html_bytes(f"{base} {i}")))
    return {"args": ["extract", "-q", "-j1", p, "GOOD"], "linear": True}


def g_search_repeated(d, s):
    db = os.path.join(d, "search.db")
    return {"setup": ["ingest", "-q", "--db", db, "GOOD"],
            "args": ["search", "--db", db, " ".join(["الرباط"] * (1000 * s))],
            "linear": True, "no_good": True, "exit": (1,)}


def g_search_repeated_within_limit(d, s):
    db = os.path.join(d, "search.db")
    return {"setup": ["ingest", "-q", "--db", db, "GOOD"],
            "args": ["search", "--db", db, " ".join(["الرباط"] * 64)], "no_good": True}


def g_fifo(d, s):
    p = os.path.join(d, "pipe.html")
    os.mkfifo(p)
    return {"args": ["extract", "-q", p, "GOOD"], "errors": 1, "expect_error": "not a regular file",
            "exit": (0, 2)}


def g_warc_length_plus(d, s):
    p = os.path.join(d, "lying.warc")
    with open(p, "wb") as f:
        f.write(warc_record("http://example.com/a", html_bytes("خبر أول"), length_delta=500))
        f.write(warc_record("http://example.com/b", html_bytes(GOOD_SENTENCE)))
    return {"args": ["extract", "-q", p], "errors": 1, "no_good": True, "body_has": GOOD_MARK,
            "expect_error": "Content-Length"}


def g_warc_length_huge(d, s):
    p = os.path.join(d, "huge.warc")
    with open(p, "wb") as f:
        f.write(warc_record("http://example.com/a", html_bytes("خبر أول"), length=2**63))
        f.write(warc_record("http://example.com/b", html_bytes(GOOD_SENTENCE)))
    return {"args": ["extract", "-q", p], "errors": 1, "no_good": True, "body_has": GOOD_MARK,
            "expect_error": "Content-Length"}


def g_deep_nesting(d, s):
    p = os.path.join(d, "deep.html")
    n = 1500 * s
    with open(p, "w", encoding="utf-8") as f:
        f.write("<html><body>" + "<div>" * n + f"<p>{GOOD_SENTENCE}</p>" + "</div>" * n +
                "</body></html>")
    return {"args": ["extract", "-q", p, "GOOD"], "linear": True, "body_of": p,
            "body_has": GOOD_MARK}


def g_binary_jsonl(d, s):
    p = os.path.join(d, "binary.jsonl")
    r = random.Random(5)
    with open(p, "wb") as f:
        f.write(bytes(r.randrange(256) for _ in range(50000 * s)))
    return {"args": ["extract", "-q", p, "GOOD"], "errors": 1, "linear": True}


def limit_case(cmd, value):
    def g(d, s):
        db = os.path.join(d, "limit.db")
        return {"setup": ["ingest", "-q", "--db", db, "GOOD"],
                "args": [cmd, "--db", db, "--limit", value], "exit": (1,), "no_good": True}
    return g


def g_empty(d, s):
    p = os.path.join(d, "empty.html")
    open(p, "w").close()
    return {"args": ["extract", "-q", p, "GOOD"], "exit": (0, 2)}


def g_one_byte(d, s):
    p = os.path.join(d, "one.html")
    with open(p, "wb") as f:
        f.write(b"<")
    return {"args": ["extract", "-q", p, "GOOD"], "exit": (0, 2)}


def g_random_names(d, s):
    r = random.Random(11)
    blob = bytes(r.randrange(256) for _ in range(20000 * s))
    paths = []
    for name in ["r.html", "r.txt", "r.warc", "r.warc.gz", "r.gz", "r.zst", "r.jsonl", "r"]:
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(blob)
        paths.append(p)
    return {"args": ["extract", "-q"] + paths + ["GOOD"], "exit": (0, 2), "linear": True}


def g_gzip_bomb(d, s):
    p = os.path.join(d, "bomb.html.gz")
    chunk = b"<p>" + b"a" * (1 << 20)
    with gzip.open(p, "wb", compresslevel=1) as f:
        for _ in range(300):  # 300 MB decompressed, above the page limit
            f.write(chunk)
    return {"args": ["extract", "-q", p, "GOOD"], "errors": 1, "exit": (0, 2)}


def g_truncated_gzip(d, s):
    p = os.path.join(d, "trunc.html.gz")
    data = gzip.compress(html_bytes(" ".join(words(3000))))
    with open(p, "wb") as f:
        f.write(data[: len(data) // 2])
    return {"args": ["extract", "-q", p, "GOOD"], "errors": 1, "exit": (0, 2)}


def g_concatenated_gzip(d, s):
    p = os.path.join(d, "concat.jsonl.gz")
    a = json.dumps({"id": "a", "html": f"<p>{GOOD_SENTENCE}</p>"}, ensure_ascii=False) + "\n"
    b = json.dumps({"id": "b", "html": "<p>خبر ثان عن الاجتماع.</p>"}, ensure_ascii=False) + "\n"
    with open(p, "wb") as f:
        f.write(gzip.compress(a.encode()) + gzip.compress(b.encode()))
    return {"args": ["extract", "-q", p, "GOOD"], "records": 3, "errors": 0}


def g_big_jsonl_line(d, s):
    p = os.path.join(d, "big.jsonl")
    with open(p, "w", encoding="utf-8") as f:
        f.write('{"id": "big", "html": "<p>')
        chunk = "a" * (1 << 20)
        for _ in range(100):  # a 100 MB line: over the page limit
            f.write(chunk)
        f.write('</p>"}\n')
        f.write(json.dumps({"id": "ok", "html": f"<p>{GOOD_SENTENCE}</p>"}, ensure_ascii=False) + "\n")
    return {"args": ["extract", "-q", "-j1", p, "GOOD"], "errors": 1, "body_of": "ok",
            "body_has": GOOD_MARK, "exit": (0, 2)}


def g_wrong_json_types(d, s):
    p = os.path.join(d, "types.jsonl")
    rows = [{"id": 5, "html": ["x"]}, {"id": "t", "html": 7, "url": {}}, {"html": None},
            [1, 2], "text", {"id": "u", "text": {"a": 1}, "date": 3}]
    with open(p, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return {"args": ["extract", "-q", p, "GOOD"], "exit": (0, 2)}


def g_brackets(d, s):
    p = os.path.join(d, "brackets.jsonl")
    with open(p, "w") as f:
        f.write("[" * (100000 * s) + "\n")
    return {"args": ["extract", "-q", p, "GOOD"], "errors": 1, "linear": True}


def g_invalid_utf8(d, s):
    p = os.path.join(d, "bad-utf8.html")
    body = GOOD_SENTENCE.encode() + b" \xff\xfe \xed\xa0\x80 \xc0\xaf \xf4\x90\x80\x80 "
    with open(p, "wb") as f:
        f.write(b"<html><head><meta charset='utf-8'></head><body><p>" + body * (200 * s) + b"</p></body></html>")
    return {"args": ["code", "-q", "-j1", p, "GOOD"], "body_of": p, "body_has": GOOD_MARK}


def g_lone_surrogates(d, s):
    p = os.path.join(d, "surrogates.jsonl")
    with open(p, "w") as f:
        f.write('{"id":"s","text":"\\ud800 \\udfff ' + GOOD_SENTENCE.encode("unicode_escape").decode() + '"}\n')
    # JSON with a lone surrogate escape is not valid JSON: one error record for the line.
    return {"args": ["code", "-q", "-j1", p, "GOOD"], "errors": 1, "exit": (0, 2)}


def g_bidi_zero_width(d, s):
    p = os.path.join(d, "bidi.html")
    names = "\u202eالرباط\u202c \u200bنواكشوط\u200d \u2066عمان\u2069 \ufeffدمشق"
    with open(p, "w", encoding="utf-8") as f:
        f.write(f"<html><body><p>{(names + ' ' + GOOD_SENTENCE + ' ') * (100 * s)}</p></body></html>")
    return {"args": ["code", "-q", "-j1", p, "GOOD"], "linear": True}


def g_tashkeel(d, s):
    p = os.path.join(d, "tashkeel.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(f"<html><body><p>ب{chr(0x064E) * (10000 * s)} {GOOD_SENTENCE}</p></body></html>")
    return {"args": ["code", "-q", "-j1", p, "GOOD"], "linear": True}


CASES = [
    ("attributes-5k", g_attributes), ("sentence-8k-tokens", g_long_sentence),
    ("dump-one-line-10k-words", g_one_line_dump), ("dump-repeated-line-10k", g_repeated_line),
    ("dump-distinct-lines-8k", g_distinct_lines), ("warc-near-dups-2.5k", g_warc_near_duplicates),
    ("search-1k-same-word", g_search_repeated), ("search-64-same-word", g_search_repeated_within_limit), ("fifo-argument", g_fifo),
    ("warc-length+500", g_warc_length_plus), ("warc-length-2^63", g_warc_length_huge),
    ("nesting-1.5k", g_deep_nesting), ("binary-as-jsonl-50k", g_binary_jsonl),
    ("events-limit-minus-1", limit_case("events", "-1")),
    ("events-limit-huge", limit_case("events", "99999999999999999999")),
    ("top-actors-limit-minus-5", limit_case("top-actors", "-5")),
    ("empty-file", g_empty), ("one-byte", g_one_byte), ("random-bytes-every-name", g_random_names),
    ("gzip-bomb-300M", g_gzip_bomb), ("gzip-truncated", g_truncated_gzip),
    ("gzip-concatenated", g_concatenated_gzip), ("jsonl-100M-line", g_big_jsonl_line),
    ("jsonl-wrong-types", g_wrong_json_types), ("jsonl-100k-brackets", g_brackets),
    ("invalid-utf8", g_invalid_utf8), ("lone-surrogates", g_lone_surrogates),
    ("bidi-zero-width", g_bidi_zero_width), ("tashkeel-10k", g_tashkeel),
]

SCALES = (1, 2, 4)
TIMEOUT = 60
MAX_RATIO = 6.0
RETRIES = 2  # measurements again of a case whose ratio is over the bar
MIN_TIMED = 0.4  # seconds: below this at 4x, start-up noise dominates and no ratio is judged


def run_rss(binary, args):
    """Runs with peak RSS measured by wait4 (KiB)."""
    # GNU time reports the peak RSS of marsad alone (wait4 here would count this script's own
    # memory: Linux keeps the pre-exec peak).
    timer = shutil.which("time") and "/usr/bin/time"
    rss_file = tempfile.NamedTemporaryFile(delete=False)
    rss_file.close()
    prefix = [timer, "-q", "-f", "%M %U %S", "-o", rss_file.name] if timer else []
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(prefix + [binary] + args, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        deadline = start + TIMEOUT
        status = None
        rusage = None
        while True:
            pid, st, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                status, rusage = st, ru
                break
            if time.monotonic() > deadline:
                os.killpg(proc.pid, 9)  # marsad and the timer: their own session
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                out.seek(0), err.seek(0)
                return None, out.read(), err.read(), time.monotonic() - start, 0
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - start
        out.seek(0), err.seek(0)
        # CPU seconds (user + system) of marsad when GNU time is there: unlike wall time they
        # hardly move when other processes load the machine, so the ratios stay meaningful.
        rss = 0
        try:
            with open(rss_file.name) as f:
                fields = f.read().split()
            rss = int(fields[-3])
            elapsed = float(fields[-2]) + float(fields[-1])
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(rss_file.name)
        return proc.returncode, out.read(), err.read(), elapsed, rss


def check(case, code, out, err, good_path):
    """Returns a list of problems (empty: the row passes)."""
    problems = []
    allowed = case.get("exit", (0,))
    if code is None:
        return [f"timeout {TIMEOUT}s"]
    if code < 0 or code > 2:
        problems.append(f"exit {code}")
    elif code not in allowed:
        problems.append(f"exit {code}, want {allowed}")
    if b"AddressSanitizer" in err or b"runtime error" in err:
        problems.append("sanitizer report")
    if "stderr_has" in case and case["stderr_has"].encode() not in err:
        problems.append(f"no message naming '{case['stderr_has']}'")
    records = []
    for line in out.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                problems.append("invalid JSON line")
    if case["args"][0] in ("extract", "code", "annotate"):
        errors = [r for r in records if r.get("error")]
        if "errors" in case and len(errors) != case["errors"]:
            problems.append(f"{len(errors)} error records, want {case['errors']}")
        if "expect_error" in case and not any(case["expect_error"] in r["error"] for r in errors):
            problems.append(f"no error naming '{case['expect_error']}'")
        if "records" in case and len(records) != case["records"]:
            problems.append(f"{len(records)} records, want {case['records']}")
        if not case.get("no_good"):
            good = [r for r in records if r.get("source_path") == good_path]
            if len(good) != 1 or good[0].get("error") or GOOD_MARK not in good[0].get("body", ""):
                problems.append("good page lost or damaged")
        if "body_has" in case:
            want = case.get("body_of")
            hit = [r for r in records if case["body_has"] in r.get("body", "") and
                   (want is None or r.get("source_path") == want or r.get("id") == want)]
            if not hit:
                problems.append("content lost")
    return problems


def measure(binary, name, gen, root, good, keep, scale_max):
    """Runs one case at each scale: (CPU seconds per scale, peak RSS, problems, case, stderr)."""
    times, rss, problems, case, err = [], 0, [], {}, b""
    for scale in SCALES:
        if scale > scale_max:
            break
        d = os.path.join(root, f"{name}-{scale}")
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        case = gen(d, scale)
        if not case.get("linear", False) and scale > 1:
            break
        if "setup" in case:
            setup = [good if x == "GOOD" else x for x in case["setup"]]
            subprocess.run([binary] + setup, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
        args = [good if x == "GOOD" else x for x in case["args"]]
        code, out, err, elapsed, maxrss = run_rss(binary, args)
        times.append(elapsed)
        rss = max(rss, maxrss)
        for p in check(case, code, out, err, good):
            problems.append(f"{scale}x: {p}")
        if not keep:
            shutil.rmtree(d, ignore_errors=True)
        if problems:
            break
    return times, rss, problems, case, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--only", default="")
    ap.add_argument("--keep", default="")
    ap.add_argument("--scale-max", type=int, default=4)
    a = ap.parse_args()
    only = set(filter(None, a.only.split(",")))
    root = a.keep or tempfile.mkdtemp(prefix="marsad-hostile-")
    os.makedirs(root, exist_ok=True)
    good = os.path.join(root, "good.html")
    good_page(good)
    failed = 0
    print(f"{'input (CPU seconds)':28} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'4x/1x':>6} {'RSS MB':>7}  result")
    suite_start = time.monotonic()
    for name, gen in CASES:
        if only and name not in only:
            continue
        times, rss, problems, case, err = measure(a.binary, name, gen, root, good, a.keep,
                                                   a.scale_max)
        linear = case.get("linear", False)
        # A loaded machine (CI runs other tests beside this one) inflates a run's CPU time now
        # and then: a ratio over the bar is measured again, and each scale keeps its best time.
        for _ in range(RETRIES):
            if not (linear and not case.get("known") and len(times) == 3 and not problems and
                    times[2] >= MIN_TIMED and
                    times[2] / max(times[0], 1e-3) >= MAX_RATIO):
                break
            again, _, problems, _, err = measure(a.binary, name, gen, root, good, a.keep,
                                                 a.scale_max)
            if len(again) == len(times):
                times = [min(x, y) for x, y in zip(times, again)]
        ratio = ""
        if linear and len(times) == 3 and not problems:
            r = times[2] / max(times[0], 1e-3)
            ratio = f"{r:.1f}"
            if times[2] >= MIN_TIMED and r >= MAX_RATIO and not case.get("known"):
                problems.append(f"4x/1x time ratio {r:.1f} >= {MAX_RATIO}")
        cols = [f"{t:7.2f}" for t in times] + [" " * 7] * (3 - len(times))
        result = "ok" if not problems else "FAIL " + "; ".join(problems[:3])
        if not problems and case.get("known"):
            result = "ok (known: " + case["known"] + ")"
        failed += bool(problems)
        print(f"{name:28} {' '.join(cols)} {ratio:>6} {rss / 1024:7.0f}  {result}", flush=True)
        if problems and err:
            sys.stdout.write("    stderr: " + err.decode("utf-8", "replace")[-400:].replace("\n", "\n    ") + "\n")
    print(f"{failed} of the rows failed; {time.monotonic() - suite_start:.0f} s")
    if not a.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
