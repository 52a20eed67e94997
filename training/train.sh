#!/usr/bin/env bash
# One command, from scratch, fixed seed: KLUE-NER train.jsonl -> pipeline/models/ko_klue_ner/.
#   bash training/train.sh [KLUE_TRAIN_JSONL] [OUTPUT_DIR] [SEED] [MODEL_DIR] [CORPUS_DIR]
# KLUE_TRAIN_JSONL defaults to ../shared/data/klue-ner-train/train.jsonl beside the repository
# (or under $PRESSPIPE_SHARED).
# MODEL_DIR (default pipeline/models/ko_klue_ner, the shipped model) is replaced by the new
# model-best, with meta.json filled in and the news-half scores measured.
# Run from anywhere; paths are relative to the repository top. One thread: on the 2-core machine
# training takes about 18 minutes, plus about a minute to convert, build vectors and package
# (see training/README.md for the measured times).
# CONFIG=training/other.cfg bash training/train.sh ... trains with another config (a copy of
# config.cfg with other sizes, say); meta.json records which.
set -euo pipefail
cd "$(dirname "$0")/.."
TRAIN_JSONL="${1:-${PRESSPIPE_SHARED:-../shared}/data/klue-ner-train/train.jsonl}"
OUT="${2:-training/output}"
SEED="${3:-0}"
MODEL_DIR="${4:-pipeline/models/ko_klue_ner}"
CORPUS="${5:-training/corpus}"
CONFIG="${CONFIG:-training/config.cfg}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

# News sentences (the press releases are news) go into train.spacy twice; dev is left as it is.
python training/convert.py "$TRAIN_JSONL" "$CORPUS" --dev-fraction 0.1 --seed 0 --news-repeat 2
# Static vectors from Kiwi's own language model, for every training form and Kiwi's nouns.
python training/vectors.py "$CORPUS" "$CORPUS/vectors" --dims 64 --max-id 60000 --extra-max-id 500000
start=$(date +%s)
python -m spacy train "$CONFIG" --output "$OUT" --system.seed "$SEED" \
    --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy" --paths.vectors "$CORPUS/vectors"
secs=$(( $(date +%s) - start ))
echo "training wall time: $secs s" | tee "$OUT/train-time.txt"
python training/package_model.py "$OUT/model-best" "$MODEL_DIR" \
    --convert-report "$CORPUS/convert-report.json" --train-seconds "$secs" \
    --vectors-report "$CORPUS/vectors/vectors-report.json" \
    --train-jsonl "$TRAIN_JSONL" --config "$CONFIG"
