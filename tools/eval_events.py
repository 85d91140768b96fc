#!/usr/bin/env python3
"""Scores `marsad code` on the Arabic event gold records (../shared/data/events/).

Runs `marsad code -q -` once with every sentence as a JSONL `text` record on stdin, then
reports, per ../shared/data/events/README.md:
  - recall by type: an annotated event counts when the sentence has a fact-modality event
    (not negated, denied or hypothetical) of its type (ASSAULT = roots 18/19/20, PROTEST = 14);
  - recall with source and target: such an event whose source text shares a word with the
    annotated source words and whose target shares a word with the target words (an empty
    annotated side matches anything);
  - precision on non-events: the share of `easy no` sentences (is-event file) with no fact
    event of the sentence's type.
Words are compared after light normalisation (alef forms, ta marbuta, clitics و ف ب ل ال).

Usage: tools/eval_events.py [--marsad build/marsad] [--gsr FILE] [--is-event FILE] [--show N]
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOTS = {"ASSAULT": {"18", "19", "20"}, "PROTEST": {"14"}}
NOT_FACT = {"negated", "denied", "hypothetical"}


def norm(word):
    w = re.sub("[\u064B-\u065F\u0670\u0640]", "", word)
    w = re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ة", "ه")
    w = re.sub(r"^[«»\"'(\[]+|[«»\"'()\].,،:؛]+$", "", w)
    for p in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    return w


def words_of(text):
    return {norm(w) for w in (text or "").split() if norm(w)}


def run_marsad(binary, records):
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in records)
    out = subprocess.run([binary, "code", "-q", "-"], input=lines.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    events = {}
    for line in out.splitlines():
        r = json.loads(line)
        events[r["id"]] = [e for e in (r.get("events") or []) if e.get("modality") not in NOT_FACT]
    return events


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.path.join(repo, "..", "shared", "data", "events")
    ap = argparse.ArgumentParser()
    ap.add_argument("--marsad", default=os.path.join(repo, "build", "marsad"))
    ap.add_argument("--gsr", default=os.path.join(shared, "arabic-gsr-dev.jsonl"))
    ap.add_argument("--is-event", default=os.path.join(shared, "is-event-dev.jsonl"))
    ap.add_argument("--show", type=int, default=0, help="print N misses and N false alarms")
    args = ap.parse_args()

    gsr = [json.loads(l) for l in open(args.gsr, encoding="utf-8") if l.strip()]
    neg = [json.loads(l) for l in open(args.is_event, encoding="utf-8") if l.strip()]
    neg = [r for r in neg if r["label"] == "easy no"]
    records = [("g%d" % i, r["text"]) for i, r in enumerate(gsr)]
    records += [("n%d" % i, r["text"]) for i, r in enumerate(neg)]
    events = run_marsad(args.marsad, records)

    total = by_type = by_args = 0
    per_type = {t: [0, 0, 0] for t in ROOTS}  # gold, type match, with arguments
    misses = []
    for i, r in enumerate(gsr):
        found = [e for e in events.get("g%d" % i, []) if e["root"] in ROOTS[r["type"]]]
        for gold in r["events"]:
            total += 1
            per_type[r["type"]][0] += 1
            if not found:
                misses.append(r["text"])
                continue
            by_type += 1
            per_type[r["type"]][1] += 1
            src, tgt = words_of(" ".join(gold["source_words"])), words_of(" ".join(gold["target_words"]))
            for e in found:
                s_ok = not src or bool(src & words_of((e.get("source") or {}).get("text")))
                t_ok = not tgt or bool(tgt & words_of((e.get("target") or {}).get("text")))
                if s_ok and t_ok:
                    by_args += 1
                    per_type[r["type"]][2] += 1
                    break

    clean = 0
    neg_type = {t: [0, 0] for t in ROOTS}  # sentences, clean
    alarms = []
    for i, r in enumerate(neg):
        bad = [e for e in events.get("n%d" % i, []) if e["root"] in ROOTS[r["type"]]]
        neg_type[r["type"]][0] += 1
        if bad:
            alarms.append((r["text"], bad[0]["verb"]["text"]))
        else:
            clean += 1
            neg_type[r["type"]][1] += 1

    print(f"gold events: {total} in {len(gsr)} sentences")
    print(f"recall (type match):            {by_type / total:.1%} ({by_type}/{total})")
    print(f"recall (type + source + target): {by_args / total:.1%} ({by_args}/{total})")
    print(f"precision on 'easy no' sentences: {clean / len(neg):.1%} ({clean}/{len(neg)})")
    for t in sorted(ROOTS):
        g, ty, ar = per_type[t]
        n, c = neg_type[t]
        print(f"  {t}: recall {ty / max(g, 1):.1%} type, {ar / max(g, 1):.1%} with arguments ({g} events);"
              f" precision {c / max(n, 1):.1%} ({n} 'easy no' sentences)")
    for t in sorted(set(misses))[: args.show]:
        print("MISS:", t)
    for t, v in alarms[: args.show]:
        print("FALSE:", v, "::", t)


if __name__ == "__main__":
    sys.exit(main())
