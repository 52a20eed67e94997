"""The shipped Korean entity model: loads once, finds organisations glued to particles, and its
spans fall on Kiwi token boundaries; the `presspipe_ner` stage writes `doc.spans["ner"]` only."""
import json

import pytest

from pipeline.nlp.build import blank
from pipeline.stages.ner import component  # noqa: F401  (registers presspipe_ner)
from pipeline.stages.ner.model import DEFAULT_MODEL, load_ko_ner, model_path, ner_spans

# Written for these tests: organisations with no organisation word, glued to their particles.
SENTENCE = "삼성전자는 지난해 12월 미국 텍사스에 새 공장을 세웠고, 한수원은 올해 원전 두 기를 더 짓는다."


@pytest.fixture(scope="module")
def ko():
    return blank("ko")


def test_shipped_model_is_in_the_package_and_uses_our_tokenizer():
    path = model_path(DEFAULT_MODEL)
    assert (path / "config.cfg").is_file() and (path / "meta.json").is_file()
    assert '@tokenizers = "presspipe.KiwiTokenizer.v1"' in (path / "config.cfg").read_text(encoding="utf-8")
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0" and "KLUE" in meta["sources"][0]["name"]
    assert set(meta["labels"]["ner"]) == {"OG", "DT", "PS", "LC", "QT", "TI"}
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 20e6


def test_static_vectors_come_back_from_half_floats():
    nlp = load_ko_ner()
    rows, dims = nlp.vocab.vectors.shape
    assert rows > 50000 and dims == 64
    meta = json.loads((model_path(DEFAULT_MODEL) / "meta.json").read_text(encoding="utf-8"))
    assert meta["presspipe"]["vectors"]["rows"] == rows and meta["presspipe"]["vectors"]["dtype"] == "float16"
    vec = nlp.vocab.vectors

    def v(word):
        return vec[nlp.vocab.strings.add(word)]
    # Kiwi's embeddings put agencies near agencies and countries near countries
    def cos(a, b):
        return float(a @ b / ((a @ a) ** 0.5 * (b @ b) ** 0.5))
    assert cos(v("스웨덴"), v("덴마크")) > cos(v("스웨덴"), v("반도체"))
    assert nlp.vocab.strings.add("이런말은없다겠지") not in vec   # no row: the model reads zeros


def test_loads_once_per_process():
    before = load_ko_ner.cache_info().misses
    a = load_ko_ner()
    b = load_ko_ner()
    assert a is b and a.pipe_names == ["tok2vec", "ner"]
    assert load_ko_ner.cache_info().misses - before <= 1


def test_finds_organisations_without_an_organisation_word(ko):
    doc = ko(SENTENCE)
    found = {(doc.text[a:b], label) for a, b, label in ner_spans(doc)}
    assert ("삼성전자", "OG") in found
    assert ("한수원", "OG") in found
    assert any(label == "DT" for _, label in found)


def test_spans_fall_on_token_boundaries_and_leave_particles_out(ko):
    doc = ko(SENTENCE)
    spans = ner_spans(doc)
    assert spans
    for a, b, label in spans:
        span = doc.char_span(a, b, alignment_mode="strict")
        assert span is not None, (a, b, label)
        assert span[-1].tag_.split("+")[0] not in ("JKS", "JX", "JKB", "JKO", "JKG")


def test_caller_doc_is_left_alone(ko):
    doc = ko(SENTENCE)
    ner_spans(doc)
    assert not doc.ents and doc.tensor.size == 0


def test_component_writes_the_ner_span_group_only(ko):
    nlp = blank("ko")
    nlp.add_pipe("presspipe_ner")
    assert nlp.get_pipe("presspipe_ner").model == DEFAULT_MODEL
    doc = nlp(SENTENCE)
    labels = {s.label_ for s in doc.spans["ner"]}
    assert "OG" in labels and labels <= {"OG", "DT", "PS", "LC", "QT", "TI"}
    assert list(doc.spans) == ["ner"] and not doc.ents
    # Batches give the same spans as one document at a time.
    docs = list(nlp.pipe([SENTENCE, "", "회의는 이날 끝났다."]))
    assert [(s.start_char, s.end_char, s.label_) for s in docs[0].spans["ner"]] == \
           [(s.start_char, s.end_char, s.label_) for s in doc.spans["ner"]]
    assert len(docs[1].spans["ner"]) == 0


def test_empty_and_whitespace_docs(ko):
    assert ner_spans(ko("")) == []
    assert ner_spans(ko("  \n ")) == []


def test_unknown_model_name_says_how_to_get_one():
    with pytest.raises(FileNotFoundError, match="train"):
        load_ko_ner("no_such_model")


def test_country_pairs_become_one_mention_per_country():
    from pipeline.stages.organisations.policy import country_syllables
    text = "한미 양국과 남북, 한·일 관계, 북측 대표단, 북한 당국, 한미일 공조"
    def spans(word):
        s = text.index(word)
        got = country_syllables(text, s, s + len(word))
        return None if got is None else [text[a:b] for a, b in got]
    assert spans("한미") == ["한", "미"]
    assert spans("남북") == ["남", "북"]
    assert spans("한·일") == ["한", "일"]
    assert spans("북측") == ["북"]
    assert spans("한미일") == ["한", "미", "일"]
    assert spans("북한") is None          # one country, not two
    assert spans("양국") is None


def _rules_first(text, model_spans, cands, terms=()):
    """The policy on `text` with the model's spans given ((word, label) pairs), rule candidates
    and term pairs ((term, rendering) as the aliases stage writes them)."""
    from pipeline.nlp import extensions  # noqa: F401  (doc._.aliases, terms, dateline)
    from pipeline.stages.organisations.policy import apply_model_spans
    doc = blank("ko")(text)
    def part(w):
        return {"text": w, "start": text.index(w), "end": text.index(w) + len(w)}
    doc._.terms = [{"name": part(t), "alias": part(r)} for t, r in terms]
    doc.spans["ner"] = [doc.char_span(text.index(w), text.index(w) + len(w), label=lab) for w, lab in model_spans]
    out = apply_model_spans(doc, cands, "rules_first")
    return sorted({(text[c.start:c.end], c.source) for c in out})


def test_rules_first_gives_way_where_the_rule_could_not_see():
    from pipeline.stages.organisations.find import Candidate
    text = "서방은 유엔 안보리 회의를 열었고, 김민준 새빛연합 대표가 말했다. 유엔은 답하지 않았다."
    def cand(word, source, nth=0):
        s = text.index(word) if not nth else text.index(word, text.index(word) + 1)
        return Candidate(s, s + len(word), "other", source)
    # a looked-up name the model reads on from: the body wins, and keeps the name it was found by
    got = _rules_first(text, [("유엔 안보리", "OG")], [cand("유엔", "registry")])
    assert ("유엔 안보리", "model") in got and ("유엔", "registry") not in got
    # ... also when the body is all common nouns with no organisation word of its own
    text2 = "국회 예산정책처가 보고서를 냈다."
    got = _rules_first(text2, [("국회 예산정책처", "OG")], [Candidate(0, 2, "government", "registry")])
    assert got == [("국회 예산정책처", "model")]
    # a name the rules read leftwards over a person the model marks: the person is cut off
    got = _rules_first(text, [("김민준", "PS"), ("새빛연합", "OG")], [cand("김민준 새빛연합", "suffix")])
    assert ("새빛연합", "suffix") in got and ("새빛연합", "model") in got
    assert not any(name.startswith("김민준") for name, _ in got)
    # otherwise the rule's boundaries stand
    got = _rules_first(text, [("새빛연합 대표", "OG")], [cand("새빛연합", "suffix")])
    assert ("새빛연합", "model") in got and ("새빛연합", "suffix") in got
    assert not any(name == "새빛연합 대표" for name, _ in got)


def test_technologies_and_rendered_terms_are_not_organisations():
    text = "새빛은 양자 통신, 블록체인, 반도체 분야에 투자하고 탄소포집·저장(CCS) 기술을 연구한다."
    got = _rules_first(text, [("블록체인", "OG"), ("저장", "OG"), ("새빛", "OG")], [],
                       terms=[("탄소포집·저장", "CCS")])
    assert got == [("새빛", "model")]


def test_the_head_noun_of_a_longer_name_is_not_an_organisation_of_its_own():
    text = "새빛은 서울 비즈니스 데스크를 열었다. 이번 데스크 개설은 협약에 따른 것이다."
    # `_rules_first` places a word at its first occurrence: the second 데스크 is given by text
    from pipeline.nlp import extensions  # noqa: F401
    from pipeline.stages.organisations.policy import apply_model_spans
    doc = blank("ko")(text)
    s, i = text.index("서울 비즈니스 데스크"), text.index("이번 데스크") + 3
    doc.spans["ner"] = [doc.char_span(s, s + 11, label="OG"), doc.char_span(i, i + 3, label="OG")]
    names = sorted(text[c.start:c.end] for c in apply_model_spans(doc, [], "rules_first"))
    assert names == ["서울 비즈니스 데스크"]
    doc.spans["ner"] = [doc.char_span(i, i + 3, label="OG")]   # alone, it stands
    assert [text[c.start:c.end] for c in apply_model_spans(doc, [], "rules_first")] == ["데스크"]


def test_a_province_the_model_reads_as_a_place_is_not_an_actor():
    from pipeline.stages.organisations.find import Candidate
    text = "제주도는 오후부터 비가 내리겠다. 전라남도는 협약을 맺었다."
    cands = [Candidate(0, 3, "government", "known"), Candidate(text.index("전라남도"), text.index("전라남도") + 4,
                                                                  "government", "known")]
    got = _rules_first(text, [("제주도", "LC"), ("전라남도", "OG")], cands)
    assert ("제주도", "known") not in got
    assert ("전라남도", "known") in got and ("전라남도", "model") in got
    # without the model's word on it, the rule stands
    assert ("제주도", "known") in _rules_first(text, [], cands)


def test_a_hospital_the_model_reads_as_a_place_is_a_place():
    from pipeline.stages.organisations.find import Candidate
    text = "빈소는 한별대학교병원에 차려졌다."
    s = text.index("한별대학교병원")
    cand = [Candidate(s, s + 7, "other", "suffix")]
    assert _rules_first(text, [("한별대학교병원", "LC")], cand) == []
    assert ("한별대학교병원", "suffix") in _rules_first(text, [("한별대학교병원", "OG")], cand)
