#!/usr/bin/env bash
# Contiguous 5-fold cross-validation of the NER tagger over ANERcorp train + dev.
#
#   bash tools/ner_cv.sh [train_ner options...]      e.g.  --features single-pass
#
# Dev alone has 966 entities, and one perceptron's dev F1 moves by ±1 with the sentence order
# alone; the five folds score all 8,980 entities of train + dev, so two settings compare on
# nine times more evidence. Folds are contiguous blocks of sentences (ANERcorp keeps an
# article's sentences together, and the held-out test split is a contiguous block too), so
# a fold's articles are not seen in training, but for one a fold boundary may cut. Each fold trains with tools/train_ner.sh's
# resources and epochs plus the options given, then `marsad tag-conll` tags it; prints each
# fold's F1 and the micro-averaged scores of ../shared/tools/ner_eval.py over all folds.
# The options go to every run: for `--features all` add `--corpus FILE` (decompressed
# SaudiNewsNet, as in train_ner.sh) and `--window 40`. Runs two folds at a time.
# Needs: cmake --build build --target marsad train_ner.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MARSAD_SHARED_DIR:-../shared}
ner=$shared/data/ner
if [[ ${1:-} == --help || ${1:-} == -h ]]; then sed -n '2,15p' "$0" | cut -c3-; exit 0; fi
[[ -r $ner/anercorp/train.conll && -r $ner/anercorp/dev.conll ]] ||
  { echo "ner_cv: no ANERcorp under $ner (set MARSAD_SHARED_DIR to the shared folder)" >&2; exit 1; }
for tool in build/marsad build/tools/train_ner; do
  [[ -x $tool ]] || { echo "ner_cv: $tool is missing; build it first" >&2; exit 1; }
done
work=$(mktemp -d /tmp/marsad-ner-cv.XXXXXX)
trap 'rm -rf "$work"' EXIT
folds=5

# Sentences are separated by blank lines; fold k gets sentences [k*n/5, (k+1)*n/5).
cat "$ner/anercorp/train.conll" <(echo) "$ner/anercorp/dev.conll" |
  awk -v RS= -v folds=$folds -v dir="$work" '
    { sentence[NR] = $0 }
    END { for (i = 1; i <= NR; ++i) {
            k = int((i - 1) * folds / NR)
            printf "%s\n\n", sentence[i] > (dir "/fold" k ".conll")
          } }'

run_fold() {
  local k=$1; shift
  local train=()
  for ((j = 0; j < folds; ++j)); do [[ $j == "$k" ]] || train+=(--train "$work/fold$j.conll"); done
  build/tools/train_ner "${train[@]}" --clusters data/ner/clusters.tsv --gazetteer "$ner/anergazet" \
    --countries "$shared/data/gazetteer/countries-ar.tsv" --epochs 9 --seeds 5 "$@" \
    --out "$work/model$k" > "$work/log$k" 2>&1 || { cat "$work/log$k" >&2; return 1; }
  cut -d' ' -f1 "$work/fold$k.conll" | build/marsad tag-conll --model "$work/model$k" > "$work/pred$k"
  rm -f "$work/model$k"
  echo "fold $k: $(python3 "$shared/tools/ner_eval.py" "$work/fold$k.conll" "$work/pred$k" | tail -1)" >&2
}

for ((k = 0; k < folds; k += 2)); do
  run_fold $k "$@" &
  first=$!
  if ((k + 1 < folds)); then run_fold $((k + 1)) "$@"; fi
  wait $first
done
for ((k = 0; k < folds; ++k)); do cat "$work/fold$k.conll" >> "$work/gold"; cat "$work/pred$k" >> "$work/pred"; done
python3 "$shared/tools/ner_eval.py" "$work/gold" "$work/pred"
