"""`evaluate(..., cases=True)`: every miss and extra of the totals, located in the run's text,
with the scores unchanged."""
import json
import os

from conftest import ROOT

from pipeline.review.evaluate import evaluate
from pipeline.review.pages import eval_page

OUTPUTS = os.path.join(ROOT, "outputs")
HELDOUT_GOLD = os.path.join(ROOT, "corpus", "heldout", "gold")


def test_cases_leave_the_scores_alone_and_list_every_error():
    plain = evaluate(OUTPUTS, HELDOUT_GOLD)
    detailed = evaluate(OUTPUTS, HELDOUT_GOLD, cases=True)
    cases = detailed.pop("cases")
    assert detailed == plain
    for kind, items in cases.items():
        assert sum(c["kind"] == "missed" for c in items) == plain[kind]["fn"], kind
        assert sum(c["kind"] == "extra" for c in items) == plain[kind]["fp"], kind
        assert [c["what"] for c in items if c["kind"] == "missed"] == plain["errors"][kind]["missed"]
        assert [c["what"] for c in items if c["kind"] == "extra"] == plain["errors"][kind]["extra"]


def test_cases_point_at_the_text_of_the_run():
    cases = evaluate(OUTPUTS, HELDOUT_GOLD, cases=True)["cases"]
    with open(os.path.join(OUTPUTS, "documents.jsonl"), encoding="utf-8") as f:
        texts = {d["id"]: d["text"] for d in map(json.loads, f)}
    located = 0
    for kind, items in cases.items():
        for c in items:
            for start, end in c["spans"]:
                assert 0 <= start < end <= len(texts[c["doc_id"]])
                located += 1
            if kind in ("dates", "organisations") and c["spans"]:
                start, end = c["spans"][0]
                # the item's text is what its description names
                assert texts[c["doc_id"]][start:end] in c["what"], c
    assert located >= sum(map(len, cases.values()))  # every error of this set is found in its text


def test_span_gold_cases(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    text = "한빛전자는 2024년 3월 부산에 공장을 지었다."
    (run / "documents.jsonl").write_text(json.dumps({"id": "doc-1", "source": "s1", "lang": "ko", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (run / "organisations.jsonl").write_text(json.dumps({"id": "org-1", "doc_id": "doc-1", "name": "한빛전자", "mentions": [{"text": "한빛전자", "start": 0, "end": 4}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "s1", "OG": [[0, 4]], "DT": [[6, 14]]}) + "\n", encoding="utf-8")
    result = evaluate(str(run), str(gold), cases=True)
    assert result["OG_exact"]["tp"] == 1 and result["DT_exact"]["fn"] == 1
    assert result["cases"]["DT_exact"] == [{"kind": "missed", "what": "s1: 2024년 3월", "document": "s1", "doc_id": "doc-1", "spans": [[6, 14]]}]
    assert "cases" not in evaluate(str(run), str(gold))
    page = eval_page(result, str(run), str(gold))  # the page of span gold: the miss in its sentence
    assert page.count('<div class="case missed">') == 1 and ">MISSED<" in page
