#!/usr/bin/env python3
"""Converts the usable part of UniversalPetrarch's Arabic verb dictionary
(../shared/data/cameo/arabic/CAMEO.ar.0.5.txt) into data/events/lexicon_upetrarch.tsv.

The source is lemma-based and partly machine-translated, so only the safest part is kept:
single-word verb lemmas (no '+' particles, no spaces) that carry a CAMEO code on their own line
or in their block header, whose code is the same wherever the lemma appears, that are at least
three letters long, that the hand-written lexicon (data/events/lexicon.tsv) does not already
have, and whose English gloss (the comment after #) is a verb that PETRARCH2's English
dictionary (../shared/data/cameo/english/CAMEO.2.0.txt) codes under the same root on its own
line or block header: a cross-check that drops most machine-translation errors (مثل "present"
coded 0834). Noun-phrase patterns ("- * ...") are dropped: they need the parser the source was written
for. Entries are flagged `coded`: the coder uses them only between two coded actors.

Usage: tools/convert_upetrarch_verbs.py [SOURCE] [OUT]
"""
import os
import re
import sys

HEADER = "# marsad-event-lexicon v1"
# Frequent words whose event sense is rare in news even when the gloss checks out
# (جاء "came", شمل "included", ردد "repeated").
STOP = {"اتي", "جاء", "شمل", "ردد", "برا", "سوم"}


def norm(w):
    w = re.sub("[\u064B-\u065F\u0670\u0640]", "", w)
    return re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ة", "ه")


def english_roots(path):
    """English verb -> CAMEO roots it has on its own line or its block header."""
    roots = {}
    block = None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^---\s+(\S+)\s+\[(\S+)\]\s+---", line)
        if m:
            block = m.group(2) if re.fullmatch(r"\d{2,4}", m.group(2)) else None
            verb = m.group(1).upper()
            if block:
                roots.setdefault(verb, set()).add(block[:2])
            continue
        if not line.strip() or line.startswith("-") or line.startswith("#"):
            continue
        body = line.split("#", 1)[0]
        m = re.match(r"^([A-Z_]+)\b[^\[]*(?:\[(\d{2,4})[^\]]*\])?", body.strip())
        if not m:
            continue
        code = m.group(2) or block
        if code:
            roots.setdefault(m.group(1).upper(), set()).add(code[:2])
    return roots


def hand_forms(path):
    forms = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        for alt in line.split("\t")[1].split("|"):
            forms.add(norm(alt.split("/")[0].split(" ")[0]))
    return forms


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "data", "cameo", "arabic", "CAMEO.ar.0.5.txt")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "data", "events", "lexicon_upetrarch.tsv")
    valid = {l.split("\t")[0] for l in open(os.path.join(repo, "data", "events", "cameo_codes.tsv"), encoding="utf-8")
             if not l.startswith("#")}
    hand = hand_forms(os.path.join(repo, "data", "events", "lexicon.tsv"))
    english = english_roots(os.path.join(os.path.dirname(os.path.dirname(src)), "english", "CAMEO.2.0.txt"))
    codes = {}
    in_verbs = False
    block = None
    for line in open(src, encoding="utf-8"):
        line = line.rstrip("\n")
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        m = re.match(r"^---\s+(\S.*?)\s+\[(\S+)\]\s+---", line)
        if m:
            block = m.group(2) if re.fullmatch(r"\d{2,4}", m.group(2)) else None
            continue
        if not line.strip() or line.startswith("-") or line.startswith("#"):
            continue
        body, _, gloss = line.partition("#")
        m = re.match(r"^(\S+)\s*(?:\[(\d{2,4})\])?\s*$", body.strip())
        if not m:
            continue
        lemma, code = m.group(1), m.group(2) or block
        if not code or "+" in lemma or "_" in lemma or len(norm(lemma)) < 3:
            continue
        glosses = {g.strip().upper() for g in gloss.split(",") if g.strip()}
        confirmed = any(code[:2] in english.get(g, set()) for g in glosses)
        codes.setdefault(norm(lemma), set()).add((lemma, code if confirmed else "unconfirmed"))
    kept = dropped_conflict = dropped_hand = dropped_code = dropped_gloss = 0
    rows = []
    for key in sorted(codes):
        entries = codes[key]
        if len({c for _, c in entries}) > 1:
            dropped_conflict += 1
            continue
        lemma, code = sorted(entries)[0]
        if key in STOP:
            continue
        if code == "unconfirmed":
            dropped_gloss += 1
            continue
        if key in hand:
            dropped_hand += 1
            continue
        if code not in valid:
            dropped_code += 1
            continue
        rows.append(f"V\t{lemma}/-\t{code}\tobj\t-\tcoded")
        kept += 1
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        f.write("# Built by tools/convert_upetrarch_verbs.py from UniversalPetrarch CAMEO.ar.0.5.txt (MIT).\n")
        f.write(f"# kept {kept}; dropped: {dropped_conflict} lemmas with conflicting codes, "
                f"{dropped_hand} already in lexicon.tsv, {dropped_code} unknown codes, "
                f"{dropped_gloss} whose English gloss PETRARCH2 codes under another root\n")
        f.write("\n".join(rows) + "\n")
    print(f"kept {kept}, conflicting {dropped_conflict}, gloss not confirmed {dropped_gloss}, "
          f"in hand lexicon {dropped_hand}, bad code {dropped_code} -> {out}")


if __name__ == "__main__":
    main()
