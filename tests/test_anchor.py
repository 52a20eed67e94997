"""Which date a document's relative dates resolve against, and where it came from: the dateline
(or issue-date field) of the text, else the date given with the input, else the run's anchor
(`presspipe run --anchor`); a document left with none says so (`anchor_source` null) and the run
warns how many there were."""
import datetime as dt
import json
import logging

import pytest
from click.testing import CliRunner

from pipeline.api import extract, process
from pipeline.batch.runner import run
from pipeline.cli import main
from pipeline.config import PipelineOptions
from pipeline.ingest.sources import SourceDoc

RULES = PipelineOptions(use_model=False)   # the entity models play no part in dating
BODY = "가람시는 어제 청년 창업 공간을 열었다."


def day_before(iso):
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def dated(text, anchor=None, run_anchor=None, lang="ko"):
    """The document record and the value of the text's `어제` (yesterday)."""
    recs = extract(text, lang=lang, anchor=anchor, options=PipelineOptions(use_model=False, anchor=run_anchor))
    doc = recs["documents.jsonl"][0]
    yesterday = next(t for t in recs["timexes.jsonl"] if t.text == "어제")
    return doc, yesterday


@pytest.mark.parametrize("header, given, run_anchor, anchor, source", [
    ("서울, 2025년 3월 4일 /뉴스와이어/ --\n", "2025-01-10", "2024-12-01", "2025-03-04", "dateline"),
    ("가람시 보도자료\n보도일시: 2025. 3. 4.(화) 12:00\n\n", None, "2024-12-01", "2025-03-04", "dateline"),
    ("", "2025-01-10", "2024-12-01", "2025-01-10", "input"),
    ("", None, "2024-12-01", "2024-12-01", "option"),
])
def test_where_the_anchor_comes_from(header, given, run_anchor, anchor, source):
    doc, yesterday = dated(header + BODY, anchor=given, run_anchor=run_anchor)
    assert (doc.anchor, doc.anchor_source) == (anchor, source)
    assert yesterday.value == day_before(anchor) and yesterday.anchor == anchor


def test_a_document_with_no_date_says_so():
    doc, yesterday = dated(BODY)
    assert doc.anchor is None and doc.anchor_source is None
    assert yesterday.relative and yesterday.value is None


def test_a_long_document_keeps_its_anchor_and_source_in_every_section():
    paragraph = "가람시는 어제 청년 창업 공간을 열었고, 지난해 12월 첫 공간을 열었다.\n\n"
    src = SourceDoc(source="long", text=paragraph * 40, format="txt", encoding="utf-8", path="long", lang="ko")
    recs = process(src, PipelineOptions(use_model=False, anchor="2025-03-04"), section_chars=300)
    doc = recs["documents.jsonl"][0]
    assert (doc.anchor, doc.anchor_source) == ("2025-03-04", "option")
    yesterdays = [t for t in recs["timexes.jsonl"] if t.text == "어제"]
    assert len(yesterdays) == 40 and {t.value for t in yesterdays} == {"2025-03-03"}


@pytest.mark.parametrize("bad", ["2025-02-30", "04/03/2025", "2025-3-4", "tomorrow"])
def test_the_run_anchor_must_be_a_calendar_date(bad, tmp_path):
    with pytest.raises(ValueError, match="not an ISO date"):
        PipelineOptions(anchor=bad)
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--anchor", bad])
    assert result.exit_code == 2 and "--anchor" in result.output and bad in result.output
    assert not (tmp_path / "out").exists()


@pytest.fixture
def batch(tmp_path):
    """Three documents: one dated by its dateline, one by its input date, one not at all."""
    path = tmp_path / "batch.jsonl"
    rows = [{"id": "dateline", "text": "서울, 2025년 3월 4일 /뉴스와이어/ --\n" + BODY},
            {"id": "given", "text": BODY, "date": "2025-01-10"},
            {"id": "none", "text": "가람시는 지난해 12월 청년 창업 공간을 열었고, 어제 두 번째 공간을 열었다."}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def documents(out):
    with open(out / "documents.jsonl", encoding="utf-8") as f:
        return {d["source"]: d for d in map(json.loads, f)}


def test_run_anchor_dates_only_the_documents_without_a_date(batch, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(batch), "-o", str(out), "-w", "0", "--no-model",
                                       "--anchor", "2024-12-01"])
    assert result.exit_code == 0, result.output
    docs = documents(out)
    assert {k: (d["anchor"], d["anchor_source"]) for k, d in docs.items()} == {
        "dateline": ("2025-03-04", "dateline"), "given": ("2025-01-10", "input"), "none": ("2024-12-01", "option")}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["anchor"] == "2024-12-01"
    assert "no date to resolve" not in result.output


def test_a_run_warns_how_many_documents_had_no_anchor(batch, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(batch), "-o", str(out), "-w", "0", "--no-model"])
    assert result.exit_code == 0, result.output
    assert documents(out)["none"]["anchor_source"] is None
    with open(out / "timexes.jsonl", encoding="utf-8") as f:
        unvalued = [t for t in map(json.loads, f) if t["relative"] and t["value"] is None]
    assert len(unvalued) == 2   # 지난해 12월, 어제
    assert "1 document(s) had no date to resolve relative dates against" in result.output
    assert "their 2 relative date(s)" in result.output and "--anchor" in result.output
    quiet = CliRunner().invoke(main, ["run", str(batch), "-o", str(tmp_path / "q"), "-w", "0", "--no-model", "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_the_library_run_counts_and_logs_them_too(batch, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="presspipe"):
        result = run([str(batch)], str(tmp_path / "out"), options=RULES)
    assert (result.unanchored, result.unresolved) == (1, 2)
    assert any("1 document(s) had no date" in r.getMessage() for r in caplog.records)
    result = run([str(batch)], str(tmp_path / "out2"), options=PipelineOptions(use_model=False, anchor="2025-03-04"))
    assert (result.unanchored, result.unresolved) == (0, 0)


def test_a_resumed_run_counts_the_documents_it_kept(batch, tmp_path):
    out = str(tmp_path / "out")
    run([str(batch)], out, options=RULES)
    again = run([str(batch)], out, options=RULES, resume=True)
    assert again.copied == 1 and (again.unanchored, again.unresolved) == (1, 2)
