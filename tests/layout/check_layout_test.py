#!/usr/bin/env python3
"""The link check can fail: check_layout.py on the build's link file with the two links the
design forbids put back (store -> pipeline, ner -> actors) must report exactly those two.

Usage: check_layout_test.py SOURCE_DIR LINKS_FILE (the build's marsad_links.txt).
"""
import pathlib
import subprocess
import sys
import tempfile

FORBIDDEN = {"store": "marsad_pipeline", "ner": "$<LINK_ONLY:marsad_actors>"}
EXPECTED = ["marsad_ner links marsad_actors, which comes after it in the design",
            "marsad_store links marsad_pipeline, which comes after it in the design"]


def main():
    source, links = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    checker = source / "tests/layout/check_layout.py"
    lines = []
    for line in links.read_text(encoding="utf-8").splitlines():
        stage = line.partition(":")[0].strip()
        lines.append(line + (" " + FORBIDDEN[stage] if stage in FORBIDDEN else ""))
    with tempfile.TemporaryDirectory() as tmp:
        bad = pathlib.Path(tmp) / "marsad_links.txt"
        bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run = subprocess.run([sys.executable, str(checker), str(source), str(bad)],
                             capture_output=True, text=True)
    problems = [l for l in run.stdout.splitlines() if "layout problem" not in l]
    want = [f"marsad_links.txt: {e}" for e in EXPECTED]
    if run.returncode != 1 or sorted(problems) != want:
        print(f"expected exit 1 and {want},\ngot exit {run.returncode}:\n{run.stdout}{run.stderr}")
        return 1
    print("the forbidden links are reported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
