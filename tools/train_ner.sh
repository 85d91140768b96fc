#!/usr/bin/env bash
# Rebuilds data/ner/ from ../shared, deterministically:
#   data/ner/clusters.tsv  word clusters from the SaudiNewsNet corpus (tools/ner_clusters.cc)
#   data/ner/ner.model     the tagger (tools/train_ner.cc), trained on ANERcorp train
# Usage: tools/train_ner.sh [--with-dev]   (--with-dev: also train on dev.conll; the dev F1
# printed is then not a held-out figure). Needs the tools built: cmake --build build --target
# ner_clusters train_ner.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MARSAD_SHARED_DIR:-../shared}
ner=$shared/data/ner
epochs=9
extra=()
if [[ "${1:-}" == "--with-dev" ]]; then extra=(--train "$ner/anercorp/dev.conll"); fi
mkdir -p data/ner
zstdcat "$shared/data/corpus/saudinewsnet/articles.jsonl.zst" |
  build/tools/ner_clusters --window 1 --coarse 64 --mid 256 --fine 1024 > data/ner/clusters.tsv
build/tools/train_ner --train "$ner/anercorp/train.conll" "${extra[@]}" --dev "$ner/anercorp/dev.conll" \
  --clusters data/ner/clusters.tsv --gazetteer "$ner/anergazet" \
  --countries "$shared/data/gazetteer/countries-ar.tsv" --features all --epochs "$epochs" \
  --out data/ner/ner.model
