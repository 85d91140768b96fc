#!/usr/bin/env python3
"""Checks `marsad extract` on Arabic pages that come with an expected record.

Usage: tools/check_arabic_extraction.py [--marsad build/marsad] DIR...

Every DIR/NAME.html (or .htm, .html.gz) with a DIR/NAME.expected.json beside it is extracted
and compared: title (exact after white-space collapsing), date (YYYY-MM-DD), every
`must_contain` string in the body, no `must_not_contain` string in the body (nor anywhere in
the record's title for furniture). Prints one line per page and a summary; exits 1 if any
check fails. Used on ../shared/data/extraction/arabic-dev/ and tests/extract/pages/.
"""
import argparse
import json
import os
import subprocess
import sys


def pages(dirs):
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".expected.json"):
                continue
            stem = name[: -len(".expected.json")]
            for ext in (".html", ".htm", ".html.gz"):
                if os.path.exists(os.path.join(d, stem + ext)):
                    yield os.path.join(d, stem + ext), os.path.join(d, name)
                    break


def collapse(s):
    return " ".join((s or "").split())


def check(record, expected):
    problems = []
    if "title" in expected and collapse(record.get("title")) != collapse(expected["title"]):
        problems.append("title %r != %r" % (record.get("title"), expected["title"]))
    if "date" in expected and record.get("date") != expected["date"]:
        problems.append("date %r != %r" % (record.get("date"), expected["date"]))
    body = collapse(record.get("body"))
    for s in expected.get("must_contain", []):
        if collapse(s) not in body:
            problems.append("missing: " + s)
    for s in expected.get("must_not_contain", []):
        if collapse(s) in body:
            problems.append("furniture kept: " + s)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--marsad", default=os.path.join(os.path.dirname(__file__), "..", "build", "marsad"))
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    failed = total = 0
    for page, exp in pages(args.dirs):
        total += 1
        out = subprocess.run([args.marsad, "extract", "-q", "--no-dedup", page],
                             capture_output=True, text=True)
        try:
            record = json.loads(out.stdout.splitlines()[0])
        except (IndexError, json.JSONDecodeError):
            record = {}
        problems = check(record, json.load(open(exp, encoding="utf-8")))
        failed += bool(problems)
        print("%s %s" % ("FAIL" if problems else "ok  ", page))
        for p in problems:
            print("     " + p)
    print("%d/%d pages pass" % (total - failed, total))
    return 1 if failed or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
