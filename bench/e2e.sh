#!/usr/bin/env bash
# End-to-end benchmark (issue 13 item 7): `marsad ingest` into a fresh SQLite file, this build
# against another one measured in the same run, on
#   corpus: the first N records (default 2000) of ../shared/data/corpus/saudinewsnet (JSON lines
#           with extracted text), decompressed to a temp file first;
#   html:   the 181 ScrapingHub pages of ../shared/data/extraction/scrapinghub/html (.html.gz).
# For each build, input and thread count (1, 2) it prints articles, sentences and events per
# second of wall time and per CPU-second (user + system: on a shared machine the load moves wall
# time, not CPU time), the 2-thread ratio, and peak RSS; medians of R interleaved rounds. Then,
# for this build: the share of CPU time per stage on the corpus (extract; + text, NER, actors
# = annotate; + events = code; + store = ingest), and peak RSS for 1x, 10x and 100x a base of B
# records (copies with other ids, --no-dedup so that every copy is analysed).
#
# Usage: bench/e2e.sh [--before REF | --before-binary PATH] [--n N] [--rounds R] [--base B]
#   --before REF          builds REF (e.g. HEAD~1, main) in a temporary worktree with
#                         scripts/build.sh (ccache makes this quick when the cache is warm)
#   --before-binary PATH  compares against a marsad binary built already
#   without either, only this build is measured
# After scripts/build.sh. MARSAD (default build/marsad) is "this build".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
after=${MARSAD:-$root/build/marsad}
shared=${MARSAD_SHARED_DIR:-$root/../shared}
n=2000 rounds=3 base=20 before_ref="" before_bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before_ref=$2; shift 2 ;;
    --before-binary) before_bin=$2; shift 2 ;;
    --n) n=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --base) base=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/e2e.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -x "$after" ] || { echo "bench/e2e.sh: $after is missing: run scripts/build.sh first" >&2; exit 1; }
tmp=$(mktemp -d)
worktree=""
cleanup() {
  [ -n "$worktree" ] && git worktree remove --force "$worktree" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -n "$before_ref" ]; then
  worktree="$tmp/before-tree"
  git worktree add --detach "$worktree" "$before_ref" >/dev/null
  # The web page's packages are not in git; the build needs them (same lock file or not, the
  # page does not change what is measured).
  [ -d web/node_modules ] && ln -s "$root/web/node_modules" "$worktree/web/node_modules"
  echo "building $before_ref ($(git rev-parse --short "$before_ref")) in $worktree ..." >&2
  (cd "$worktree" && nice -n 10 bash scripts/build.sh >"$tmp/before-build.log" 2>&1) ||
    { tail -20 "$tmp/before-build.log" >&2; exit 1; }
  before_bin="$worktree/build/marsad"
fi

# zstd stops with SIGPIPE when head has its lines: not an error.
(zstd -dc "$shared/data/corpus/saudinewsnet/articles.jsonl.zst" || true) | head -n "$n" > "$tmp/corpus.jsonl"
html="$shared/data/extraction/scrapinghub/html"

# run BINARY OUT ARGS...: runs marsad under /usr/bin/time -v; prints "cpu_s wall_s rss_mb".
run() {
  local bin=$1 out=$2
  shift 2
  /usr/bin/time -v -o "$tmp/time" "$bin" "$@" 2> "$tmp/err" > "$out"
  awk -F': ' '/User time|System time/ { c += $2 }
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.3f %.3f %.1f\n", c, w, r }' "$tmp/time"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Articles, sentences and events in a database (python3's sqlite3 has JSON1).
counts() {
  python3 - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
a, s = db.execute("SELECT count(*), coalesce(sum(json_array_length(sentences)), 0) FROM articles").fetchone()
e = db.execute("SELECT count(*) FROM events").fetchone()[0]
print(a, s, e)
EOF
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); this build: marsad $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && echo ' (with uncommitted changes)')"
[ -n "$before_bin" ] && echo "before: ${before_ref:-$before_bin}"
echo "inputs: corpus = first $n records ($(du -h "$tmp/corpus.jsonl" | cut -f1)), html = $(find "$html" -type f | wc -l) pages; medians of $rounds rounds, builds interleaved"
echo

builds=(after)
[ -n "$before_bin" ] && builds=(before after)
declare -A bin=([after]="$after" [before]="$before_bin")
for input in corpus html; do
  path="$tmp/corpus.jsonl"
  [ "$input" = html ] && path="$html"
  for j in 1 2; do
    for r in $(seq "$rounds"); do
      for b in "${builds[@]}"; do
        rm -f "$tmp"/bench.db*
        read -r c w m < <(run "${bin[$b]}" /dev/null ingest -q -j "$j" --db "$tmp/bench.db" "$path")
        echo "$c $w $m" >> "$tmp/$b-$input-$j"
        [ "$r" = 1 ] && counts "$tmp/bench.db" > "$tmp/$b-$input-counts"
      done
    done
  done
done

echo "| build | input | threads | articles | sentences | events | CPU s | articles/CPU-s | sentences/CPU-s | events/CPU-s | wall s | articles/s | 2-thread ratio (wall) | peak RSS MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for b in "${builds[@]}"; do
  for input in corpus html; do
    read -r a s e < "$tmp/$b-$input-counts"
    w1=$(cut -d' ' -f2 "$tmp/$b-$input-1" | median)
    for j in 1 2; do
      f="$tmp/$b-$input-$j"
      c=$(cut -d' ' -f1 "$f" | median); w=$(cut -d' ' -f2 "$f" | median); m=$(cut -d' ' -f3 "$f" | median)
      awk -v b="$b" -v inp="$input" -v j="$j" -v a="$a" -v s="$s" -v e="$e" -v c="$c" -v w="$w" -v w1="$w1" -v m="$m" \
        'BEGIN { ratio = (j == 2) ? sprintf("%.2f", w1 / w) : "";
                 printf "| %s | %s | %d | %d | %d | %d | %.2f | %.1f | %.0f | %.1f | %.2f | %.1f | %s | %.0f |\n",
                        b, inp, j, a, s, e, c, a / c, s / c, e / c, w, a / w, ratio, m }'
    done
  done
done
echo
echo "The 2-thread ratio is wall(1 thread) / wall(2 threads): it needs two idle cores to mean anything."

# Share of CPU per stage, this build, one thread, the corpus (each depth includes the ones before).
echo
echo "| stage (this build, corpus, -j1) | CPU s | share |"
echo "|---|---:|---:|"
declare -A depth
read -r depth[extract] _ _ < <(run "$after" /dev/null extract -q -j1 "$tmp/corpus.jsonl")
read -r depth[annotate] _ _ < <(run "$after" /dev/null annotate -q -j1 "$tmp/corpus.jsonl")
read -r depth[code] _ _ < <(run "$after" /dev/null code -q -j1 "$tmp/corpus.jsonl")
rm -f "$tmp"/bench.db*
read -r depth[ingest] _ _ < <(run "$after" /dev/null ingest -q -j1 --db "$tmp/bench.db" "$tmp/corpus.jsonl")
awk -v x="${depth[extract]}" -v a="${depth[annotate]}" -v c="${depth[code]}" -v i="${depth[ingest]}" 'BEGIN {
  printf "| reading + extract (+ model loading: see annotate) | %.2f | %.0f %% |\n", x, 100 * x / i
  printf "| text + NER + actors (annotate - extract) | %.2f | %.0f %% |\n", a - x, 100 * (a - x) / i
  printf "| events (code - annotate) | %.2f | %.0f %% |\n", c - a, 100 * (c - a) / i
  printf "| store (ingest - code; JSON output of code not subtracted) | %.2f | %.0f %% |\n", i - c, 100 * (i - c) / i
  printf "| total (ingest) | %.2f | 100 %% |\n", i }'

# Peak RSS at 1x, 10x, 100x a base of B records: the copies get other ids; --no-dedup so every
# copy is analysed (with dedup they would be near-duplicates and skip the analysis).
head -n "$base" "$tmp/corpus.jsonl" > "$tmp/base.jsonl"
echo
echo "| scale (this build, -j1, --no-dedup) | records | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|"
for k in 1 10 100; do
  python3 - "$tmp/base.jsonl" "$k" > "$tmp/scaled.jsonl" <<'EOF'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for copy in range(int(sys.argv[2])):
    for i, line in enumerate(lines):
        record = json.loads(line)
        record["id"] = f"copy{copy}-{i}"
        print(json.dumps(record, ensure_ascii=False))
EOF
  rm -f "$tmp"/bench.db*
  read -r c _ m < <(run "$after" /dev/null ingest -q -j1 --no-dedup --db "$tmp/bench.db" "$tmp/scaled.jsonl")
  echo "| ${k}x | $((k * base)) | $c | $m |"
done
