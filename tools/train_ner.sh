#!/usr/bin/env bash
# Rebuilds data/ner/ from ../shared, deterministically (same inputs → same bytes):
#   data/ner/clusters.tsv    word clusters from the SaudiNewsNet corpus (tools/ner_clusters.cc)
#   build/ner-train.model    the tagger trained on ANERcorp train only: the dev figures in
#                            ACCURACY.md come from this one (not committed)
#   data/ner/ner.model       the shipped tagger, trained on train + dev (tools/train_ner.cc)
# Needs the tools built: cmake --build build --target ner_clusters train_ner.
# The taggers also read the text layer's data/text/segmenter.model and pos.model (their UPOS
# tags are features); the models written here only load with those same text models.
# Takes a few minutes on one core: each model is the mean of 5 perceptrons (--seeds), and
# five first-pass taggers each tag 3M corpus tokens for the entity lexicon.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MARSAD_SHARED_DIR:-../shared}
ner=$shared/data/ner
corpus=$(mktemp /tmp/marsad-corpus.XXXXXX.jsonl)
trap 'rm -f "$corpus"' EXIT
zstdcat "$shared/data/corpus/saudinewsnet/articles.jsonl.zst" > "$corpus"

mkdir -p data/ner
build/tools/ner_clusters --window 1 --coarse 64 --mid 256 --fine 1024 < "$corpus" > data/ner/clusters.tsv

common=(--clusters data/ner/clusters.tsv --gazetteer "$ner/anergazet"
        --countries "$shared/data/gazetteer/countries-ar.tsv"
        --corpus "$corpus" --corpus-sentences 100000
        --features all --window 40 --epochs 9 --seeds 5 --dev "$ner/anercorp/dev.conll")
echo "== train only (dev F1 below is held out)" >&2
build/tools/train_ner --train "$ner/anercorp/train.conll" "${common[@]}" --out build/ner-train.model
echo "== train + dev (shipped; dev F1 below is NOT held out)" >&2
build/tools/train_ner --train "$ner/anercorp/train.conll" --train "$ner/anercorp/dev.conll" "${common[@]}" \
  --out data/ner/ner.model
