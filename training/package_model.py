"""Copy a trained model into the package and record in its meta.json how it was made.

    python training/package_model.py training/output/model-best pipeline/models/ko_klue_ner \
        --convert-report training/corpus/convert-report.json --train-seconds 1800
    python training/package_model.py training/output-en/model-best pipeline/models/en_open_ner \
        --card en --convert-report training/corpus-en/convert-report.json --train-jsonl ../shared/data/ner-en/train.jsonl

`--card en` / `--card zh` (training/model_cards.py) give the English and Chinese models their
names, licences, sources and attribution, and their scores on the sets' development splits
(`benchmarks/ner_dev_eval.py`) instead of the KLUE news half.

meta.json gets: name, version, description, licence and source (KLUE-NER, CC BY-SA 4.0),
`presspipe.training` (data file, sentence counts, dev split, seed, misaligned spans, wall time,
the config file; the full config is `config.cfg` beside it), `presspipe.vectors` (the static
vectors: rows, dimensions, how they were made), spaCy's own `performance` (dev
scores from training), and `presspipe.klue_news_half` (OG/DT scores of the model alone on the
KLUE news half, from benchmarks/ner_eval.py, without the error lists).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KIWI_REQUIREMENTS = ["kiwipiepy>=0.24.1,<0.25", "kiwipiepy-model>=0.24.0,<0.25"]


def shared_dir() -> Path:
    """The shared data folder: $PRESSPIPE_SHARED, else `shared` beside the repository."""
    return Path(os.environ.get("PRESSPIPE_SHARED") or ROOT.parent / "shared")


def built_with() -> dict:
    """The versions of the libraries whose output the model learned from."""
    from importlib.metadata import version
    return {name: version(name) for name in ("kiwipiepy", "kiwipiepy_model", "spacy")}


ATTRIBUTION = """\
# ko_klue_ner: licence and attribution

This model was trained on KLUE-NER v1.1 (training split) from the KLUE benchmark
(Park et al., "KLUE: Korean Language Understanding Evaluation", NeurIPS Datasets and Benchmarks
2021, https://klue-benchmark.com/) and derives from it. KLUE is licensed under CC BY-SA 4.0;
these model files are distributed under the same licence:
https://creativecommons.org/licenses/by-sa/4.0/ (full text: LICENSES/CC-BY-SA-4.0.txt).

The static morpheme vectors (vectors-f16.npz) are derived from the CoNg language model that
ships in kiwipiepy-model (Kiwi, by bab2min; Apache License 2.0,
https://github.com/bab2min/Kiwi; full text: LICENSES/Apache-2.0.txt): each row is a
morpheme's embedding read back through `Kiwi.morpheme_similarity` and reduced to 64 dimensions
(training/vectors.py). That reduction is presspipe's change to Kiwi's model; the versions used
are in meta.json (`presspipe.training.built_with`). Kiwi's NOTICE, as far as it concerns the
model files:

    Kiwi - Korean Intelligent Word Identifier
    Copyright 2017-2026 Minchul Lee and the Kiwi contributors

    This product includes software developed by Minchul Lee (bab2min@gmail.com)
    and the Kiwi contributors, licensed under the Apache License, Version 2.0.

    The trained model files distributed with Kiwi are released under the Apache
    License, Version 2.0, together with the source code. These models were trained
    on corpora provided by the National Institute of Korean Language (국립국어원):
    21세기 세종계획 말뭉치 (Sejong Corpus) and 모두의 말뭉치 (NIKL Corpora,
    https://corpus.korean.go.kr). The models consist of morpheme dictionaries and
    n-gram statistics; they do not contain, and cannot be used to reconstruct, the
    text of the source corpora.

Made by presspipe's training recipe (training/README.md in the source repository).
"""


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def store_vectors_half(target: Path) -> dict | None:
    """Move the model's static vectors out of spaCy's float32 files into VECTORS_FILE (keys and
    float16 rows), which the loader widens back; None if the model has no vectors."""
    import numpy as np
    import spacy
    sys.path.insert(0, str(ROOT))
    from pipeline.nlp import tokenizers  # noqa: F401  (the model's tokenizer)
    from pipeline.stages.ner.model import VECTORS_FILE
    vectors = spacy.load(target).vocab.vectors
    if vectors.shape[0] == 0 or vectors.shape[1] == 0:
        return None
    rows = sorted(vectors.key2row.items(), key=lambda kv: kv[1])
    keys = np.array([k for k, _ in rows], dtype=np.uint64)
    data = np.asarray(vectors.data)[[r for _, r in rows]].astype(np.float16)
    np.savez_compressed(target / VECTORS_FILE, keys=keys, data=data)
    for name in ("vectors", "key2row", "vectors.cfg"):
        (target / "vocab" / name).unlink(missing_ok=True)
    return {"rows": int(data.shape[0]), "dims": int(data.shape[1]), "file": VECTORS_FILE, "dtype": "float16"}


def news_half_scores(model_dir: Path) -> dict:
    spec = importlib.util.spec_from_file_location("ner_eval", ROOT / "benchmarks" / "ner_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result = mod.evaluate(model=str(model_dir.resolve()))
    result.pop("errors")
    result["model"] = model_dir.name
    print(mod.markdown(result))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="trained model folder (model-best)")
    ap.add_argument("target", type=Path, help="folder in the package, replaced")
    ap.add_argument("--convert-report", type=Path, required=True)
    ap.add_argument("--train-seconds", type=int, default=None)
    ap.add_argument("--train-jsonl", default=str(shared_dir() / "data" / "klue-ner-train" / "train.jsonl"),
                    help="KLUE-NER training file (default: ../shared/data/klue-ner-train beside the repository, "
                         "or under $PRESSPIPE_SHARED)")
    ap.add_argument("--vectors-report", type=Path, default=None,
                    help="vectors-report.json written by training/vectors.py")
    ap.add_argument("--config", default="training/config.cfg",
                    help="the config it was trained with, as train.sh names it (recorded in meta.json)")
    ap.add_argument("--no-eval", action="store_true", help="skip the news-half measurement")
    ap.add_argument("--card", choices=("ko", "en", "zh"), default="ko",
                    help="which model's meta and attribution (training/model_cards.py for en, zh)")
    args = ap.parse_args(argv)
    if args.card != "ko":
        from model_cards import package_card
        return package_card(args)

    if args.target.exists():
        shutil.rmtree(args.target)
    shutil.copytree(args.source, args.target)
    vectors = store_vectors_half(args.target)
    meta_path = args.target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    report = json.loads(args.convert_report.read_text(encoding="utf-8"))
    train_jsonl = Path(args.train_jsonl)
    meta.update({
        "lang": "ko",
        "name": "klue_ner",
        "version": "0.1.0",
        "description": ("Korean entity recogniser (KLUE-NER labels OG DT PS LC QT TI) on presspipe's "
                        "Kiwi morpheme tokens: tok2vec (NORM, PREFIX, SUFFIX, SHAPE, TAG, SPACY hash "
                        "embeddings, plus static morpheme vectors read out of Kiwi's language model) + "
                        "transition-based ner, trained from scratch."),
        "author": "presspipe",
        "license": "CC BY-SA 4.0",
        # The model's TAG feature and its vectors come from Kiwi: another minor version may tag
        # differently. pyproject.toml pins the same ranges (tests/test_packaging.py checks).
        "requirements": KIWI_REQUIREMENTS,
        "sources": [{
            "name": "KLUE-NER v1.1, training split (21,003 of 21,008 sentences)",
            "url": "https://klue-benchmark.com/",
            "license": "CC BY-SA 4.0",
            "author": "Park et al., KLUE: Korean Language Understanding Evaluation (2021)",
        }],
    })
    cfg = (args.target / "config.cfg").read_text(encoding="utf-8")
    meta["presspipe"] = {
        "training": {
            "data": f"shared/data/{train_jsonl.parent.name}/{train_jsonl.name}",
            "data_sha256": sha256(train_jsonl) if train_jsonl.is_file() else None,
            "built_with": built_with(),
            "converter": "training/convert.py",
            "config": f"{args.config} (copied as config.cfg in this folder)",
            "config_sha256": hashlib.sha256(cfg.encode("utf-8")).hexdigest(),
            "command": "bash training/train.sh" if args.config == "training/config.cfg"
                       else f"CONFIG={args.config} bash training/train.sh",
            "dev": (f"{report['sentences']['dev']} sentences held out of the training file "
                    f"(fixed shuffle, seed {report['seed']}); never the news half"),
            "sentences": report["sentences"],
            "spans": {part: report[part] for part in ("train", "dev")},
            "train_seconds": args.train_seconds,
            "threads": 1,
        },
        "vectors": None if vectors is None else {
            **vectors,
            "made_by": "training/vectors.py",
            "report": (json.loads(args.vectors_report.read_text(encoding="utf-8"))
                       if args.vectors_report and args.vectors_report.is_file() else None),
            "source": "kiwipiepy-model CoNg embeddings (Apache-2.0)",
        },
        "klue_news_half": None if args.no_eval else news_half_scores(args.target),
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (args.target / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"packaged {args.target} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
