"""A reference word (`该公司`, `the company`) stands for an organisation the text has named before
it, never for one it names only later; a Chinese clause opening on a coined company name no record
holds (`星河智能宣布`), or an English sentence opening on a name the stage does not know (`Quillmark
signed …`), stops the subject told before from carrying into it. The sentences are written
for these tests."""
from pipeline import extract


def subjects(text, lang, etype):
    events = [e for e in extract(text, lang=lang, anchor="2025-12-05")["events.jsonl"] if e.type == etype]
    assert events, f"no {etype} read"
    return [p.name for p in events[0].participants if p.role == "subject"]


def test_a_chinese_reference_word_does_not_reach_forward():
    text = "该公司计划于2026年上半年在科创板上市。12月3日，星河医疗完成B轮融资，由红杉中国领投。"
    assert subjects(text, "zh", "listing") == []


def test_a_chinese_reference_word_takes_the_body_named_before():
    text = "北京星河智能科技有限公司12月1日发布新品。该公司计划于2026年上半年在科创板上市。"
    assert subjects(text, "zh", "listing") == ["北京星河智能科技有限公司"]


def test_a_coined_company_name_at_a_clauses_head_stops_the_carried_subject():
    # (a body no record names acts in its own clauses: the one told before does not carry into them)
    text = "12月2日，中国商飞与上海交通大学签约。星河智能宣布，已于12月1日完成对光明传感的收购。"
    assert subjects(text, "zh", "acquisition") == []
    assert subjects("12月2日，中国商飞与上海交通大学签约。12月3日，中国商飞完成对光明传感的收购。", "zh", "acquisition") == ["中国商飞"]


def test_an_english_name_the_stage_does_not_know_stops_the_carried_subject():
    text = "Velora Labs Inc. opened a new office in Boston on December 1. Quillmark signed a licensing deal with Pfizer on December 2."
    assert subjects(text, "en", "agreement") == []
    text = "Velora Labs Inc. opened a new office in Boston on December 1. The company also signed a deal with Pfizer on December 2."
    assert subjects(text, "en", "agreement") == ["Velora Labs Inc."]
