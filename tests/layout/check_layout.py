#!/usr/bin/env python3
"""Checks that the source tree keeps the design's shape (DESIGN.md, src/marsad/README.md):

1. every stage `src/marsad/<stage>/` has exactly one public header, `<stage>.h`, at its top;
   every other header lives in `<stage>/internal/`;
2. nothing outside a stage includes that stage's `internal/` headers, except the stage's own
   unit tests (tests/<stage>/) and the exceptions listed in src/marsad/README.md;
3. the link graph is the design's: a stage links only stages before it in STAGE_ORDER (so
   store -> pipeline and ner -> actors are violations), and every stage it includes is on its
   link line (no undeclared dependency).

Usage: check_layout.py SOURCE_DIR [LINKS_FILE]. LINKS_FILE is the build's marsad_links.txt
(written by CMakeLists.txt: each stage's LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES as CMake
resolves them, so a target_link_libraries() anywhere counts); without it the marsad_stage()
lines of CMakeLists.txt are read. Prints one line per violation and exits 1 if any.
"""
import pathlib
import re
import sys

# The design's order: a stage may depend only on stages to its left.
STAGE_ORDER = ["core", "ingest", "text", "extract", "ner", "actors", "events", "places", "store", "pipeline",
               "server"]

INCLUDE = re.compile(r'^\s*#\s*include\s+"marsad/([a-z_]+)/([^"]+)"', re.M)
STAGE_CALL = re.compile(r"^marsad_stage\((\w+)([^)]*)\)", re.M)
EXCEPTION_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|", re.M)


def listed_exceptions(root):
    """Rows of the exceptions table in src/marsad/README.md: (includer glob, included header)."""
    readme = (root / "src/marsad/README.md").read_text(encoding="utf-8")
    return [(m.group(1), m.group(2)) for m in EXCEPTION_ROW.finditer(readme)]


def is_exception(rel, header, exceptions):
    return any(pathlib.PurePosixPath(rel).match(who) and header == what
               for who, what in exceptions)


def links_from_build(path):
    """{stage: stages it links} from the build's marsad_links.txt ("stage: lib lib ..." lines)."""
    links = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        stage, _, libs = line.partition(":")
        if stage.strip():
            links[stage.strip()] = set(re.findall(r"\bmarsad_(\w+)", libs))
    return links


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    problems = []
    exceptions = listed_exceptions(root)

    for stage in STAGE_ORDER:
        folder = root / "src/marsad" / stage
        if not (folder / f"{stage}.h").is_file():
            problems.append(f"src/marsad/{stage}/{stage}.h: the stage's public header is missing")
        for header in sorted(folder.glob("*.h")):
            if header.name != f"{stage}.h":
                problems.append(f"{header.relative_to(root)}: a second header at the top of "
                                f"{stage}/; move it to {stage}/internal/")

    if len(sys.argv) > 2:
        links_file = pathlib.Path(sys.argv[2])
        links, where = links_from_build(links_file), links_file.name
        for stage in STAGE_ORDER:
            if stage not in links:
                problems.append(f"{where}: no line for marsad_{stage} (stale file?)")
    else:
        links = {m.group(1): set(re.findall(r"marsad_(\w+)", m.group(2)))
                 for m in STAGE_CALL.finditer((root / "CMakeLists.txt").read_text(encoding="utf-8"))}
        where = "CMakeLists.txt"
    for stage, deps in sorted(links.items()):
        for dep in sorted(deps):
            if dep in STAGE_ORDER and STAGE_ORDER.index(dep) >= STAGE_ORDER.index(stage):
                problems.append(f"{where}: marsad_{stage} links marsad_{dep}, "
                                f"which comes after it in the design")

    for path in sorted(p for d in ("src", "tests", "tools", "bench") for p in (root / d).rglob("*")
                       if p.suffix in (".h", ".cc")):
        rel = path.relative_to(root).as_posix()
        parts = rel.split("/")
        owner = parts[2] if parts[:2] == ["src", "marsad"] else None
        tests_of = parts[1] if parts[0] == "tests" else None
        for m in INCLUDE.finditer(path.read_text(encoding="utf-8", errors="replace")):
            stage, header = m.group(1), m.group(2)
            if owner is not None and owner in links and stage != owner \
                    and f"{stage}" not in links[owner]:
                problems.append(f"{rel}: includes marsad/{stage}/ but marsad_{owner} does not "
                                f"link marsad_{stage}")
            if not header.startswith("internal/") or stage in (owner, tests_of):
                continue
            if not is_exception(rel, f"marsad/{stage}/{header}", exceptions):
                problems.append(f"{rel}: includes marsad/{stage}/{header}, internal to {stage}; "
                                f"use marsad/{stage}/{stage}.h or list it in src/marsad/README.md")

    for line in problems:
        print(line)
    print(f"{len(problems)} layout problem(s)" if problems else "layout ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
