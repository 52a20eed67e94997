"""`--ner-model`: a trained spaCy pipeline the user has adds its ORG entities. The model here is
a tiny English NER trained inside the test on a handful of sentences."""
import json
import random

import spacy
from click.testing import CliRunner
from spacy.training import Example

from pipeline.cli import main

TRAIN = [
    ("Zorbex said on Monday that profits rose.", [(0, 6, "ORG")]),
    ("Analysts at Zorbex expect growth.", [(12, 18, "ORG")]),
    ("Quillon and Zorbex signed a deal.", [(0, 7, "ORG"), (12, 18, "ORG")]),
    ("Shares of Quillon fell sharply.", [(10, 17, "ORG")]),
    ("The weather was mild in March.", []),
    ("Quillon hired two engineers.", [(0, 7, "ORG")]),
]


def train_tiny_model(path):
    random.seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("ORG")
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.1)
    nlp.to_disk(path)
    return nlp


def test_ner_model_adds_org_entities(tmp_path):
    model_dir = tmp_path / "tiny_ner"
    nlp = train_tiny_model(model_dir)
    text = "Zorbex opened a plant in 2024.\n"
    assert [e.text for e in nlp(text).ents] == ["Zorbex"]   # the model learnt what it should
    src = tmp_path / "r.txt"
    src.write_text(text, encoding="utf-8")
    out_plain, out_model = tmp_path / "plain", tmp_path / "model"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out_plain), "-q"]).exit_code == 0
    res = CliRunner().invoke(main, ["run", str(src), "-o", str(out_model), "-q", "--ner-model", str(model_dir)])
    assert res.exit_code == 0, res.output
    plain = [json.loads(x) for x in (out_plain / "organisations.jsonl").read_text(encoding="utf-8").splitlines()]
    with_model = [json.loads(x) for x in (out_model / "organisations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "Zorbex" not in [o["name"] for o in plain]
    org = next(o for o in with_model if o["name"] == "Zorbex")
    assert org["sources"] == ["model:tiny_ner"] and org["mentions"][0]["start"] == 0


def test_missing_ner_model_is_a_usage_error(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text("text\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "o"), "--ner-model", "no_such_pipeline_xyz"])
    assert res.exit_code == 2 and "cannot load" in res.output
