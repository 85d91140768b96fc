#!/usr/bin/env bash
# Ingest throughput of the whole pipeline into a fresh SQLite store: articles/s and events/s
# with 1 and 2 threads, and peak RSS, on two inputs:
#   corpus: the first N records (default 3000) of ../shared/data/corpus/saudinewsnet (JSON
#           lines with extracted text), decompressed to a temp file first;
#   html:   the 181 ScrapingHub pages in ../shared/data/extraction/scrapinghub/html (.html.gz).
# Times are the whole process (model loading, reading, coding, writing, final commit), from
# /usr/bin/time -v. Usage: bench/store_ingest_bench.sh [N]   (after scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
marsad=${MARSAD:-build/marsad}
shared=${MARSAD_SHARED_DIR:-../shared}
n=${1:-3000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# zstd stops with SIGPIPE when head has its lines: not an error.
(zstd -dc "$shared/data/corpus/saudinewsnet/articles.jsonl.zst" || true) | head -n "$n" > "$tmp/corpus.jsonl"
html="$shared/data/extraction/scrapinghub/html"

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), marsad $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "| input | threads | articles | events | wall s | articles/s | events/s | CPU s | articles/CPU-s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for input in corpus html; do
  path="$tmp/corpus.jsonl"
  [ "$input" = html ] && path="$html"
  for j in 1 2; do
    rm -f "$tmp"/bench.db*
    /usr/bin/time -v -o "$tmp/time" "$marsad" ingest -j "$j" --db "$tmp/bench.db" "$path" 2> "$tmp/err" > /dev/null
    summary=$(grep -m1 'pages read' "$tmp/err")
    articles=$(sed -E 's/.*: ([0-9]+) pages read.*/\1/' <<< "$summary")
    events=$(sed -E 's/.*, ([0-9]+) events in.*/\1/' <<< "$summary")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time")
    # On a shared machine wall time depends on the load; CPU time (user + system) does not.
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$tmp/time")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tmp/time")
    awk -v inp="$input" -v j="$j" -v a="$articles" -v e="$events" -v w="$wall" -v r="$rss" -v c="$cpu" \
      'BEGIN { printf "| %s | %d | %d | %d | %.2f | %.1f | %.1f | %.2f | %.1f | %s |\n",
                      inp, j, a, e, w, a / w, e / w, c, a / c, r }'
  done
done
