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


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_event_subjects_are_scored_on_the_matched_events(tmp_path):
    """Of the events matched by type and date, the subject is right when it is the gold's
    subject by the organisation rule (English name, legal form), or absent where the gold's
    actor is a person (null); a wrong or missing subject counts against it."""
    run = tmp_path / "run"
    run.mkdir()
    _jsonl(run / "documents.jsonl", [{"id": "doc-1", "source": "in/a.txt", "lang": "en", "text": "x"}])
    _jsonl(run / "organisations.jsonl", [
        {"id": "org-1", "doc_id": "doc-1", "name": "Halvern Bio", "english_name": "Halvern Bio", "aliases": []},
        {"id": "org-2", "doc_id": "doc-1", "name": "Norrel Labs", "aliases": []}])
    _jsonl(run / "aliases.jsonl", [])
    _jsonl(run / "timexes.jsonl", [])
    subject = lambda i, name: [{"org_id": i, "name": name, "role": "subject"}]  # noqa: E731
    _jsonl(run / "events.jsonl", [
        {"id": "ev-1", "doc_id": "doc-1", "type": "agreement", "date": {"value": "2026-03-02"}, "participants": subject("org-1", "Halvern Bio")},
        {"id": "ev-2", "doc_id": "doc-1", "type": "launch", "date": {"value": "2026-03-05"}, "participants": subject("org-2", "Norrel Labs")},
        {"id": "ev-3", "doc_id": "doc-1", "type": "appointment", "date": {"value": "2026-03-09"}, "participants": []},
        {"id": "ev-4", "doc_id": "doc-1", "type": "award", "date": {"value": "2026-03-11"}, "participants": subject("org-2", "Norrel Labs")}])
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.gold.json").write_text(json.dumps({
        "document": "a.txt", "lang": "en",
        "organisations": [{"name": "Halvern Bio, Inc."}, {"name": "Norrel Labs"}],
        "events": [
            {"type": "agreement", "date": "2026-03-02", "subject": "Halvern Bio, Inc.", "participants": []},
            {"type": "launch", "date": "2026-03-05", "subject": "Halvern Bio, Inc.", "participants": []},
            {"type": "appointment", "date": "2026-03-09", "subject": None, "participants": []},
            {"type": "award", "date": "2026-03-11", "subject": None, "participants": []},
            {"type": "founding", "date": "2001", "subject": "Norrel Labs", "participants": []}]}), encoding="utf-8")
    result = evaluate(str(run), str(gold))
    assert result["events"]["tp"] == 4 and result["events"]["fn"] == 1
    assert {k: result["event_subjects"][k] for k in ("found", "gold")} == {"found": 2, "gold": 4}
    assert result["event_subjects"]["by_language"] == {"en": {"accuracy": 0.5, "found": 2, "gold": 4}}
    assert result["errors"]["event_subjects"]["missed"] == [
        "a.txt: launch Halvern Bio, Inc. <- ['Norrel Labs']", "a.txt: award None <- ['Norrel Labs']"]


def test_event_status_is_scored_on_the_matched_events_where_the_gold_gives_one(tmp_path):
    """Of the events matched by type and date, the status (occurred, planned, negated) is right when
    it is the gold's; a gold event with no status is not counted."""
    run = tmp_path / "run"
    run.mkdir()
    _jsonl(run / "documents.jsonl", [{"id": "doc-1", "source": "in/b.txt", "lang": "ko", "text": "x"}])
    for name in ("organisations", "aliases", "timexes"):
        _jsonl(run / f"{name}.jsonl", [])
    _jsonl(run / "events.jsonl", [
        {"id": "ev-1", "doc_id": "doc-1", "type": "agreement", "date": {"value": "2026-03-02"}, "status": "occurred", "participants": []},
        {"id": "ev-2", "doc_id": "doc-1", "type": "meeting", "date": {"value": "2026-05"}, "status": "occurred", "participants": []},
        {"id": "ev-3", "doc_id": "doc-1", "type": "launch", "date": {"value": "2026-04"}, "status": "planned", "participants": []}])
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "b.gold.json").write_text(json.dumps({
        "document": "b.txt", "lang": "ko", "organisations": [],
        "events": [
            {"type": "agreement", "date": "2026-03-02", "subject": None, "participants": [], "status": "occurred"},
            {"type": "meeting", "date": "2026-05", "subject": None, "participants": [], "status": "planned"},
            {"type": "launch", "date": "2026-04", "subject": None, "participants": []}]}), encoding="utf-8")
    result = evaluate(str(run), str(gold))
    assert {k: result["event_status"][k] for k in ("found", "gold")} == {"found": 1, "gold": 2}
    assert result["event_status"]["by_language"] == {"ko": {"accuracy": 0.5, "found": 1, "gold": 2}}
    assert result["errors"]["event_status"]["missed"] == ["b.txt: meeting 2026-05 planned <- occurred"]
