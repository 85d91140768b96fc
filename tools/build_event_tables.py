#!/usr/bin/env python3
"""Builds data/events/cameo_codes.tsv from ../shared/data/cameo/.

One row per CAMEO code: code, root, goldstein, quad_class, plover (category;mode;context), label.
PLOVER comes from CAMEO2PLOVER-2021 with the nearest listed ancestor (0211 -> 021 -> 02) when a
code is not listed itself; roots 01 and 02 have no PLOVER category (PLOVER does not code bare
statements and appeals) and stay empty rather than guessed. Later rows of the PLOVER file win,
which is how its own "~~~~~" corrections are meant to be read.

Usage: tools/build_event_tables.py [SHARED_DIR] [OUT_DIR]
       (defaults: ../shared/data/cameo relative to the repository, data/events)
"""
import os
import re
import sys

VERSION = "# marsad-cameo-codes v1"


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return rows[1:]  # header


def read_plover(path):
    plover = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
            if not m:
                continue
            parts = [p.strip() for p in m.group(2).split(",")]
            parts += [""] * (3 - len(parts))
            plover[m.group(1)] = ";".join(parts[:3]).rstrip(";")
    return plover


def nearest(code, table):
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return ""


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "data", "cameo")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "data", "events")
    labels = dict((r[0], r[1]) for r in read_tsv(os.path.join(src, "cameo-eventcodes.tsv")))
    goldstein = dict((r[0], r[1]) for r in read_tsv(os.path.join(src, "goldstein.tsv")))
    quad = dict((r[0], r[1]) for r in read_tsv(os.path.join(src, "quadclass.tsv")))
    plover = read_plover(os.path.join(src, "plover", "CAMEO2PLOVER-2021.txt"))
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, "cameo_codes.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(VERSION + "\n")
        f.write("# code\troot\tgoldstein\tquad_class\tplover\tlabel\n")
        for code in sorted(labels):
            root = code[:2]
            if code not in goldstein or root not in quad:
                sys.exit(f"{code}: missing Goldstein score or QuadClass")
            f.write("\t".join([code, root, goldstein[code], quad[root],
                               nearest(code, plover), labels[code]]) + "\n")
    print(f"wrote {len(labels)} codes to {path}")


if __name__ == "__main__":
    main()
