"""What the package declares about itself agrees with what it ships: licences, the ranges the
models need, one version."""
import glob
import importlib.metadata
import inspect
import json
import os
import pydoc
import tomllib

import pytest
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

import pipeline

PYPROJECT = tomllib.loads(open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8").read())
PROJECT = PYPROJECT["project"]
MODELS = sorted(glob.glob(os.path.join(ROOT, "pipeline", "models", "*", "meta.json")))
SPDX = {"CC BY-SA 4.0": "CC-BY-SA-4.0"}


def _meta(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _requirements() -> dict[str, Requirement]:
    reqs = [Requirement(r) for r in PROJECT["dependencies"]]
    return {r.name.lower().replace("_", "-"): r for r in reqs}


def test_every_model_is_found():
    assert [os.path.basename(os.path.dirname(m)) for m in MODELS] == ["en_open_ner", "ko_klue_ner", "zh_uner_ner"]


def test_licence_expression_names_what_ships():
    ids = set(PROJECT["license"].split(" AND "))
    assert "MIT" in ids   # the code
    for m in MODELS:
        assert SPDX[_meta(m)["license"]] in ids, m
    ko = _meta(os.path.join(ROOT, "pipeline", "models", "ko_klue_ner", "meta.json"))
    assert os.path.exists(os.path.join(ROOT, "pipeline", "models", "ko_klue_ner", ko["presspipe"]["vectors"]["file"]))
    assert "Apache-2.0" in ko["presspipe"]["vectors"]["source"] and "Apache-2.0" in ids
    # each licence named has its text in LICENSES/, and nothing else is there
    assert sorted(os.listdir(os.path.join(ROOT, "LICENSES"))) == sorted(f"{i}.txt" for i in ids)


def test_licence_files_take_in_every_attribution():
    matched = {os.path.relpath(p, ROOT) for pattern in PROJECT["license-files"]
               for p in glob.glob(os.path.join(ROOT, pattern))}
    for m in MODELS:
        attribution = os.path.relpath(os.path.join(os.path.dirname(m), "ATTRIBUTION.md"), ROOT)
        assert attribution in matched
    assert {f"LICENSES/{n}" for n in os.listdir(os.path.join(ROOT, "LICENSES"))} <= matched
    ko = open(os.path.join(ROOT, "pipeline", "models", "ko_klue_ner", "ATTRIBUTION.md"), encoding="utf-8").read()
    assert "kiwipiepy-model" in ko and "Apache License" in ko and "Minchul Lee" in ko


def test_spacy_range_is_the_one_the_models_declare():
    spacy_req = _requirements()["spacy"]
    for m in MODELS:
        assert SpecifierSet(_meta(m)["spacy_version"]) == spacy_req.specifier, m


def test_kiwi_ranges_are_the_korean_models_and_it_records_what_built_it():
    meta = _meta(os.path.join(ROOT, "pipeline", "models", "ko_klue_ner", "meta.json"))
    reqs = _requirements()
    built = meta["presspipe"]["training"]["built_with"]
    for line in meta["requirements"]:
        need = Requirement(line)
        key = need.name.lower().replace("_", "-")
        assert key in ("kiwipiepy", "kiwipiepy-model")
        assert reqs[key].specifier == need.specifier, line
        assert built[key.replace("-", "_")] in need.specifier, (line, built)
        assert importlib.metadata.version(need.name) in need.specifier, f"installed {need.name} is outside {line}"


def test_version_is_written_once():
    assert "version" not in PROJECT and "version" in PROJECT["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pipeline.__version__"}
    assert importlib.metadata.version("presspipe") == pipeline.__version__


def test_help_shows_the_real_signatures():
    params = inspect.signature(pipeline.extract).parameters
    assert list(params)[:3] == ["text", "lang", "anchor"]
    assert "inputs" in inspect.signature(pipeline.run).parameters
    text = pydoc.render_doc(pipeline.extract, renderer=pydoc.plaintext)
    assert "extract(text: " in text and "*args" not in text and "Records for one text" in text
    with pytest.raises(AttributeError):
        pipeline.no_such_name  # noqa: B018
