#!/usr/bin/env bash
# One command per language, from scratch, fixed seed: shared/data/ner-LANG -> pipeline/models/.
#   bash training/train_spans.sh en   # -> pipeline/models/en_open_ner (English, ner-en)
#   bash training/train_spans.sh zh   # -> pipeline/models/zh_uner_ner (Chinese, ner-zh)
#   bash training/train_spans.sh LANG [DATA_DIR] [OUTPUT_DIR] [SEED] [MODEL_DIR] [CORPUS_DIR]
# DATA_DIR holds train.jsonl and dev.jsonl (default ../shared/data/ner-LANG beside the repository,
# or under $PRESSPIPE_SHARED).
# MODEL_DIR (default: the shipped model) is replaced by the new model-best, with meta.json filled
# in and the dev-split scores measured. Run from anywhere; paths are relative to the repository
# top. One thread (training/README.md has the measured times).
set -euo pipefail
cd "$(dirname "$0")/.."
LANG_="${1:?usage: bash training/train_spans.sh en|zh [DATA_DIR] [OUTPUT_DIR] [SEED] [MODEL_DIR] [CORPUS_DIR]}"
case "$LANG_" in
    en) MODEL=en_open_ner; EXTRA=(--title-case 0.2 --seed 0) ;;   # a fifth of the sentences again in Title Case
    zh) MODEL=zh_uner_ner; EXTRA=() ;;
    *) echo "language must be en or zh (Korean: bash training/train.sh)" >&2; exit 2 ;;
esac
DATA="${2:-${PRESSPIPE_SHARED:-../shared}/data/ner-$LANG_}"
OUT="${3:-training/output-$LANG_}"
SEED="${4:-0}"
MODEL_DIR="${5:-pipeline/models/$MODEL}"
CORPUS="${6:-training/corpus-$LANG_}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

python training/convert_spans.py "$LANG_" "$DATA" "$CORPUS" "${EXTRA[@]}"
start=$(date +%s)
python -m spacy train "training/config-$LANG_.cfg" --output "$OUT" --system.seed "$SEED" \
    --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy"
secs=$(( $(date +%s) - start ))
echo "training wall time: $secs s" | tee "$OUT/train-time.txt"
python training/package_model.py "$OUT/model-best" "$MODEL_DIR" --card "$LANG_" \
    --convert-report "$CORPUS/convert-report.json" --train-seconds "$secs" \
    --train-jsonl "$DATA/train.jsonl"
