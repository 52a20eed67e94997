"""The shipped English and Chinese entity models: in the package with their licences, loaded
once, run by the `presspipe_ner` stage into `doc.spans["ner"]` with the labels the organisation
policy reads; the cleaning of their ORG spans (titles, acronyms, places, headlines, lists) as a
table of examples; `--no-model` switches every shipped model off."""
import json

import pytest

from pipeline.config import PipelineOptions
from pipeline.nlp.build import STAGES, blank, get_nlp
from pipeline.stages.ner import component  # noqa: F401  (registers presspipe_ner)
from pipeline.stages.ner.clean import clean_spans, headline_lines, list_items
from pipeline.stages.ner.model import SHIPPED_MODELS, load_ner, model_path, ner_spans
from pipeline.stages.organisations.policy import ORG_LABELS, PERSON_LABELS, PLACE_LABELS

# Written for these tests.
EN = "The loan was arranged by Standard Chartered, with Toyota Tsusho joining, said John Miller in Ohio."
ZH = "阿里巴巴集團董事長馬雲表示，公司將與清華大學在上海合作。"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_shipped_model_is_in_the_package_with_its_licence_and_scores(lang):
    path = model_path(SHIPPED_MODELS[lang])
    assert (path / "config.cfg").is_file() and (path / "ATTRIBUTION.md").is_file()
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == lang and meta["license"] == "CC BY-SA 4.0" and meta["sources"]
    assert set(meta["labels"]["ner"]) == {"ORG", "PERSON", "LOC"}
    assert set(meta["labels"]["ner"]) <= ORG_LABELS | PERSON_LABELS | PLACE_LABELS
    dev = meta["presspipe"]["dev_split"]["scores"]
    assert 0 < dev["ORG_exact"]["f1"] <= dev["ORG_overlap"]["f1"] <= 1
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 10e6
    if lang == "zh":
        assert 'segmenter = "jieba"' in (path / "config.cfg").read_text(encoding="utf-8")


def test_attribution_names_every_source():
    text = (model_path(SHIPPED_MODELS["en"]) / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for name in ("WikiGold", "SEC-filings", "Broad Twitter Corpus", "CrossNER", "MIT License", "CC BY-SA 4.0"):
        assert name in text
    assert "Universal NER" in (model_path(SHIPPED_MODELS["zh"]) / "ATTRIBUTION.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_loads_once_per_process(lang):
    before = load_ner.cache_info().misses
    assert load_ner(SHIPPED_MODELS[lang]) is load_ner(SHIPPED_MODELS[lang])
    assert load_ner.cache_info().misses - before <= 1


def test_english_model_finds_organisations_without_a_legal_form():
    doc = blank("en")(EN)
    found = {(doc.text[a:b], label) for a, b, label in ner_spans(doc)}
    assert {label for _, label in found} <= {"ORG", "PERSON", "LOC"}
    assert ("Toyota Tsusho", "ORG") in found and ("John Miller", "PERSON") in found, found
    for a, b, _ in ner_spans(doc):
        assert doc.char_span(a, b, alignment_mode="strict") is not None


def test_chinese_model_reads_traditional_text_through_the_fold():
    doc = blank("zh")(ZH)
    spans = ner_spans(doc)
    assert {(ZH[a:b], label) for a, b, label in spans} >= {("阿里巴巴集團", "ORG"), ("清華大學", "ORG")}
    assert {label for _, _, label in spans} <= {"ORG", "PERSON", "LOC"}
    for a, b, _ in spans:
        assert 0 <= a < b <= len(ZH)
    assert not doc.ents and doc.tensor.size == 0


@pytest.mark.parametrize("lang, text", [("en", EN), ("zh", ZH)])
def test_pipeline_runs_the_language_model_into_the_ner_group(lang, text):
    nlp = get_nlp(lang)
    assert nlp.pipe_names == ["presspipe_sentences", "presspipe_ner", *STAGES]
    assert nlp.get_pipe("presspipe_ner").model == SHIPPED_MODELS[lang]
    doc = nlp(text)
    assert {s.label_ for s in doc.spans["ner"]} <= {"ORG", "PERSON", "LOC"}
    assert len(doc.spans["ner"]) > 0


@pytest.mark.parametrize("lang", ["ko", "en", "zh"])
def test_no_model_switches_every_shipped_model_off(lang):
    nlp = get_nlp(lang, PipelineOptions(use_model=False))
    assert "presspipe_ner" not in nlp.pipe_names
    assert "ner" not in nlp("Toyota said so.").spans


def _clean(text, words, lang="en"):
    spans = []
    for w in words:
        label = "ORG"
        if ":" in w and not w.startswith("("):
            w, label = w.rsplit(":", 1)
        i = text.index(w)
        spans.append((i, i + len(w), label))
    return [(text[a:b], label) for a, b, label in clean_spans(text, lang, spans)]


CLEANING = [
    # (text, model ORG spans, what the stage writes)
    ("The CEO of D-Wave spoke.", ["CEO of D-Wave"], [("D-Wave", "ORG")]),
    ("Interim CEO Jane Roe joined.", ["Interim CEO"], []),
    ("Permanent Vice Chairwoman of HDBank signed.", ["Permanent Vice Chairwoman of HDBank"], [("HDBank", "ORG")]),
    ("Its ESG and AUM rose; KRW fell.", ["ESG", "AUM", "KRW"], []),
    ("Sales in the USA grew.", ["USA"], [("USA", "LOC")]),
    ("He led DACH & Benelux for years.", ["DACH & Benelux"], []),
    ("Shares of D-Wave Quantum (NYSE: QBTS) rose.", ["QBTS", "D-Wave Quantum"], [("D-Wave Quantum", "ORG")]),
    ("Kestrel Retail Group N.V. (Euronext Amsterdam: KRG) rose.", ["KRG"], []),
    ("It joined BioMed X. Then it left.", ["BioMed X."], [("BioMed X", "ORG")]),
    ("It joined Acme Inc. and left.", ["Acme Inc."], [("Acme Inc.", "ORG")]),
    ("Strong Growth in Transaction Volume for Linklogis\nLinklogis said so.", ["Strong Growth", "Linklogis"],
     [("Linklogis", "ORG")]),
    ("Partners include BMW, Ford, GM, Stellantis and VW.", ["BMW", "GM"],
     [("BMW", "ORG"), ("Ford", "ORG"), ("GM", "ORG"), ("Stellantis", "ORG"), ("VW", "ORG")]),
    ("Offices in Paris, Lyon and Nice serve Airbus and Renault.", ["Airbus", "Renault", "Paris:LOC"],
     [("Paris", "LOC"), ("Airbus", "ORG"), ("Renault", "ORG")]),
]


@pytest.mark.parametrize("text, spans, expected", CLEANING)
def test_cleaning_the_english_model_spans(text, spans, expected):
    assert _clean(text, spans) == expected


def test_korean_spans_are_left_alone():
    spans = [(0, 3, "OG"), (4, 7, "PS")]
    assert clean_spans("CEO 삼성전자", "ko", spans) == spans


def test_headline_lines_and_lists():
    text = "Acme Reports Strong Growth in Quarterly Sales\nAcme grew."
    assert headline_lines(text) == [(0, text.index("\n"))]
    text = "Clients are BMW, Ford and GM."
    i, j = text.index("BMW"), text.index("GM")
    k = text.index("Ford")
    assert list_items(text, [(i, i + 3, "ORG"), (j, j + 2, "ORG")]) == [(i, i + 3, "ORG"), (k, k + 4, "ORG"), (j, j + 2, "ORG")]
    assert list_items(text, [(i, i + 3, "ORG")]) == [(i, i + 3, "ORG")]   # one organisation does not make a list of them
    # a person among carmakers is a carmaker; a list of as many people as organisations is left alone
    text = "Carmakers such as BYD, Xiaomi, Li Auto, Geely and Xpeng; Previously, Acme and Bolt said so."
    spans = [(text.index(w), text.index(w) + len(w), lab) for w, lab in
             [("BYD", "ORG"), ("Li Auto", "PERSON"), ("Geely", "ORG"), ("Acme", "ORG"), ("Bolt", "ORG")]]
    got = [(text[a:b], lab) for a, b, lab in list_items(text, spans)]
    assert got == [("BYD", "ORG"), ("Xiaomi", "ORG"), ("Li Auto", "ORG"), ("Geely", "ORG"), ("Xpeng", "ORG"),
                   ("Acme", "ORG"), ("Bolt", "ORG")]


MORE_CLEANING = [
    ("The People's Republic of China said.", ["People's Republic of"], [("People's Republic", "ORG")]),
    ("He joined the Supervisory Board of Cherry SE and the Management Board.",
     ["Supervisory Board of Cherry SE", "Management Board"], [("Cherry SE", "ORG")]),
    ("Trains leave Grand Central Terminal under the Private Securities Litigation Reform Act of 1995.",
     ["Grand Central Terminal", "Private Securities Litigation Reform Act of 1995"], []),
    ("Co-Chairman of Monticello Associates spoke.", ["Co-Chairman of Monticello Associates"],
     [("Monticello Associates", "ORG")]),
    ("Previously, NEWMEDIAWIRE and Business Wire sent it to SMEs.", ["Previously", "NEWMEDIAWIRE", "Business Wire", "SMEs"],
     []),
    ("Follow #VinFast and @Acme.", ["#VinFast", "@Acme"], [("VinFast", "ORG"), ("Acme", "ORG")]),
]


@pytest.mark.parametrize("text, spans, expected", MORE_CLEANING)
def test_cleaning_edges_boards_facilities_and_laws(text, spans, expected):
    assert _clean(text, spans) == expected


def test_chinese_organisations_end_in_a_kind_of_body():
    text = "臺南市馬皓瑋在亞洲跆拳道錦標賽拿下金牌，哈德遜研究所、美國國會與解放軍及Mike Pence皆表示關注，臺南市代表隊亦然。"
    spans = ["臺南市馬皓瑋", "亞洲跆拳道錦標賽拿下", "哈德遜研究所", "美國國會", "解放軍", "Mike Pence", "臺南市代表隊"]
    assert [t for t, _ in _clean(text, spans, "zh")] == ["哈德遜研究所", "美國國會", "解放軍"]


def test_policy_keeps_english_model_spans_of_several_words_and_leaves_short_forms_to_the_merge():
    from pipeline.nlp import extensions  # noqa: F401
    from pipeline.stages.organisations.find import Candidate
    from pipeline.stages.organisations.policy import apply_model_spans
    text = "Kestrel Retail Group N.V. said Standard Chartered and Kestrel will sign."
    doc = blank("en")(text)

    def span(w):
        i = text.index(w)
        return doc.char_span(i, i + len(w), label="ORG")
    doc.spans["ner"] = [span("Standard Chartered"), span("Kestrel will")[:1]]
    cands = [Candidate(0, len("Kestrel Retail Group N.V."), "company", "suffix")]
    got = sorted((text[c.start:c.end], c.source) for c in apply_model_spans(doc, cands, "rules_first"))
    assert got == [("Kestrel Retail Group N.V.", "suffix"), ("Standard Chartered", "model")]


@pytest.mark.parametrize("lang, name, kind", [
    ("en", "University of Heidelberg", "education"), ("en", "Securities and Exchange Commission", "government"),
    ("en", "Standard Chartered", "company"), ("zh", "內政部", "government"), ("zh", "中央研究院", "research"),
    ("zh", "新營客運", "company"),
])
def test_a_name_only_the_model_found_gets_its_kind_from_its_organisation_word(lang, name, kind):
    from pipeline.stages.organisations.policy import _model_kind
    assert _model_kind(name, lang) == kind


def test_cleaning_takes_linear_time_on_long_runs_of_names():
    import time
    for text in ("Abc Def and " * 10000, "Abc, " * 20000, "Abc Def as well as " * 10000):
        start = time.perf_counter()
        clean_spans(text, "en", [(0, 3, "ORG"), (12, 15, "ORG")])
        assert time.perf_counter() - start < 2.0


def test_one_name_takes_its_most_frequent_label_and_divisions_are_no_organisations():
    from pipeline.stages.ner.clean import majority_labels
    text = "Stuttgart hosts Acme. Stuttgart and Stuttgart grew. The APAC Division grew."
    spans = [(text.index("Stuttgart"), text.index("Stuttgart") + 9, "ORG")]
    spans += [(m, m + 9, "LOC") for m in (text.index("Stuttgart and"), text.index("Stuttgart grew"))]
    assert {lab for _, _, lab in majority_labels(text, spans)} == {"LOC"}
    assert _clean(text, ["APAC Division"]) == []


def test_an_acronym_the_model_finds_joins_the_name_it_spells():
    from pipeline.nlp import extensions  # noqa: F401
    from pipeline.stages.organisations.find import Candidate
    from pipeline.stages.organisations.policy import _initials, apply_model_spans
    assert _initials("Asian Development Bank") == "ADB" and _initials("Korea") == ""
    text = "The Asian Development Bank lent it. ADB said so."
    doc = blank("en")(text)
    i = text.index("ADB")
    doc.spans["ner"] = [doc.char_span(i, i + 3, label="ORG")]
    got = apply_model_spans(doc, [Candidate(4, 26, "other", "suffix")], "rules_first")
    assert [(text[c.start:c.end], c.other_names) for c in got if c.source == "model"] == [("ADB", ["Asian Development Bank"])]
