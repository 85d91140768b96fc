#!/usr/bin/env bash
# Rebuilds data/text/ (lexicon.tsv, clusters.tsv, segmenter.model, pos.model) from ../shared,
# deterministically.
# Usage: tools/train_text_models.sh              shipped models: trained on UD-PUD train + dev
#        tools/train_text_models.sh --dev-check  train-only models in a temporary directory,
#                                                scored on dev (the figures in ACCURACY.md);
#                                                data/ is left untouched
# Needs a built tree (bash scripts/build.sh) and zstd.
# The NER model uses segmenter.model and pos.model as features and refuses others: after
# rebuilding the shipped models here, rebuild it too (bash tools/train_ner.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MARSAD_SHARED_DIR:-../shared}
ud=$shared/data/ud-pud
corpus=$shared/data/corpus/saudinewsnet/articles.jsonl.zst
seg_epochs=15
pos_epochs=10
cmake --build build --target build_text_lexicon train_text_models ner_clusters marsad >/dev/null

if [[ ${1:-} == --dev-check ]]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  mkdir -p "$out/text"
  cp data/text/lexicon.tsv data/text/clusters.tsv "$out/text/"
  build/tools/train_text_models segmenter "$out/text/lexicon.tsv" "$out/text/segmenter.model" $seg_epochs "$ud/segment-train.txt"
  build/tools/train_text_models pos "$out/text/lexicon.tsv" "$out/text/pos.model" $pos_epochs \
    --clusters="$out/text/clusters.tsv" "$ud/pos-train.conll"
  MARSAD_DATA=$out build/marsad segment < "$ud/segment-dev.raw.txt" > "$out/seg.txt"
  echo "segmentation, dev (model trained on train only):"
  python3 "$shared/tools/segment_eval.py" "$ud/segment-dev.txt" "$out/seg.txt"
  MARSAD_DATA=$out build/marsad pos-conll < "$ud/pos-dev.conll" > "$out/pos.txt"
  echo "POS, dev (model trained on train only):"
  paste -d' ' "$ud/pos-dev.conll" "$out/pos.txt" |
    awk 'NF==4{n++; if($2==$4)c++} END{printf "tokens %d, correct %d\nACC %.4f\n", n, c, c/n}'
  exit 0
fi

mkdir -p data/text
zstd -dc "$corpus" | build/tools/build_text_lexicon 2 > data/text/lexicon.tsv
# Word clusters (the NER stage's clustering program, our own copy and settings, so that
# the POS model never depends on another stage's data).
zstd -dc "$corpus" | build/tools/ner_clusters --window 1 --coarse 64 --mid 256 --fine 1024 > data/text/clusters.tsv
build/tools/train_text_models segmenter data/text/lexicon.tsv data/text/segmenter.model $seg_epochs \
  "$ud/segment-train.txt" "$ud/segment-dev.txt"
build/tools/train_text_models pos data/text/lexicon.tsv data/text/pos.model $pos_epochs \
  --clusters=data/text/clusters.tsv "$ud/pos-train.conll" "$ud/pos-dev.conll"
sha256sum data/text/lexicon.tsv data/text/clusters.tsv data/text/segmenter.model data/text/pos.model
