#!/usr/bin/env python3
"""Encoding detection and equivalence on real Arabic news text (pages marsad never saw).

Takes articles from ../shared/data/corpus/saudinewsnet/sample-200.jsonl (read in place, never
copied), wraps each in a minimal HTML page, writes it in every encoding marsad must read —
declared and undeclared — runs `build/marsad extract` on them, and counts how often the
recorded encoding is right and the title and body equal those of the UTF-8 page. Short pages
(the title and about 120 characters of text) are the hard case for detection and are counted
apart.

    python3 tools/eval_encodings.py [--marsad build/marsad] [--limit 200]

If the interpreter has them, the same undeclared pages are also given to chardet (Debian's
python3-chardet: run with /usr/bin/python3) and charset_normalizer, as peers.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet" / "sample-200.jsonl"

# name → (python codec, recorded encoding, meta label or None, byte-order mark)
VARIANTS = {
    "utf-8": ("utf-8", "UTF-8", "utf-8", b""),
    "windows-1256": ("cp1256", "windows-1256", "windows-1256", b""),
    "windows-1256-undeclared": ("cp1256", "windows-1256", None, b""),
    "iso-8859-6": ("iso8859_6", "ISO-8859-6", "iso-8859-6", b""),
    "iso-8859-6-undeclared": ("iso8859_6", "ISO-8859-6", None, b""),
    "utf-16le-bom": ("utf-16-le", "UTF-16LE", None, b"\xff\xfe"),
    "utf-16be-bom": ("utf-16-be", "UTF-16BE", None, b"\xfe\xff"),
    "utf-16le-no-bom": ("utf-16-le", "UTF-16LE", None, b""),
}


def page(title, paragraphs, meta):
    head = f'<meta charset="{meta}">' if meta else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html dir=\"rtl\"><head>{head}<title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>\n{body}</article></body></html>\n")


def representable(text, codec):
    """The text as the page in that encoding can say it (ISO-8859-6 lacks «», Persian...)."""
    return text.encode(codec, errors="replace").decode(codec).replace("?", "")


# What a peer's charset name means in marsad's canonical names.
PEER_NAMES = {"windows-1256": "windows-1256", "cp1256": "windows-1256",
              "iso-8859-6": "ISO-8859-6", "iso8859_6": "ISO-8859-6", "utf-8": "UTF-8",
              "utf_8": "UTF-8", "utf-16": None, "utf_16": None, "utf-16le": "UTF-16LE",
              "utf_16_le": "UTF-16LE", "utf-16be": "UTF-16BE", "utf_16_be": "UTF-16BE",
              "ascii": "UTF-8"}


def peers():
    found = {}
    try:
        import chardet
        found[f"chardet {chardet.__version__}"] = lambda b: chardet.detect(b)["encoding"]
    except ImportError:
        pass
    try:
        import charset_normalizer
        def cn(b):
            best = charset_normalizer.from_bytes(b).best()
            return best.encoding if best else None
        found[f"charset_normalizer {charset_normalizer.__version__}"] = cn
    except ImportError:
        pass
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--marsad", default=str(ROOT / "build" / "marsad"))
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    articles = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            paras = [p.strip() for p in a.get("content", "").split("\n") if p.strip()]
            if a.get("title") and paras:
                articles.append((a["title"], paras))
            if len(articles) >= args.limit:
                break

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        expected = {}  # file name → (variant, size, recorded encoding, reference name)
        for i, (title, paras) in enumerate(articles):
            short = [paras[0][:120]]
            for size, ps in (("full", paras), ("short", short)):
                # Text every encoding can carry, so all variants hold the same words.
                t = representable(representable(title, "iso8859_6"), "cp1256")
                ps = [representable(representable(p, "iso8859_6"), "cp1256") for p in ps]
                for name, (codec, recorded, meta, bom) in VARIANTS.items():
                    fname = f"{i:03d}-{size}-{name}.html"
                    (tmp / fname).write_bytes(bom + page(t, ps, meta).encode(codec))
                    expected[fname] = (name, size, recorded, f"{i:03d}-{size}-utf-8.html")
        peer_right = defaultdict(int)
        detectors = peers()
        for fname, (name, size, recorded, _) in expected.items():
            if VARIANTS[name][2] is not None or VARIANTS[name][3]:
                continue  # peers are asked about undeclared pages without a BOM only
            data = (tmp / fname).read_bytes()
            for peer, detect in detectors.items():
                guess = (detect(data) or "").lower()
                # A BOM-less UTF-16 answer of "utf-16" without byte order still counts.
                ok = PEER_NAMES.get(guess, guess) == recorded or (
                    guess in ("utf-16", "utf_16") and recorded.startswith("UTF-16"))
                peer_right[peer, name, size] += ok
        out = subprocess.run([args.marsad, "extract", "-q", "--no-dedup", str(tmp)],
                             capture_output=True, text=True, check=False).stdout
        records = {Path(r["source_path"]).name: r for r in map(json.loads, out.splitlines())}

    right_enc = defaultdict(int)
    same_text = defaultdict(int)
    total = defaultdict(int)
    for fname, (name, size, recorded, ref) in expected.items():
        r, base = records.get(fname), records.get(ref)
        total[name, size] += 1
        if r and r["encoding"] == recorded:
            right_enc[name, size] += 1
        if r and base and r["title"] == base["title"] and r["body"] == base["body"] and not r["error"]:
            same_text[name, size] += 1

    print(f"{len(articles)} SaudiNewsNet articles × {len(VARIANTS)} encodings × 2 sizes\n")
    print("| encoding | size | encoding right | same title and body as UTF-8 |")
    print("|---|---|---:|---:|")
    for name in VARIANTS:
        for size in ("full", "short"):
            n = total[name, size]
            print(f"| {name} | {size} | {right_enc[name, size]}/{n} | {same_text[name, size]}/{n} |")
    wrong = sum(total.values()) - sum(right_enc.values())
    print(f"\nwrong encodings: {wrong} of {sum(total.values())}")
    if detectors:
        print("\nPeers on the undeclared pages (encoding right):\n")
        print("| encoding | size | " + " | ".join(detectors) + " |")
        print("|---|---|" + "---:|" * len(detectors))
        for name, v in VARIANTS.items():
            if v[2] is not None or v[3]:
                continue
            for size in ("full", "short"):
                n = total[name, size]
                cells = " | ".join(f"{peer_right[p, name, size]}/{n}" for p in detectors)
                print(f"| {name} | {size} | {cells} |")


if __name__ == "__main__":
    main()
