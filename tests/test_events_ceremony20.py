"""One event per happening: a gathering the sentence calls the ceremony of a deal, on the deal's day,
is the deal told again (pipeline/stages/events/find.py `_without_deal_ceremonies`); and a word for
the basis a name is built on is no part of the name a bracket renders (`… 기반 건물에너지관리시스템(BEMS)`;
aliases/data/ko_words_before_names.tsv). The sentences are written for these tests."""
from pipeline import extract


def test_attending_a_deals_signing_ceremony_is_the_deal_not_a_meeting():
    text = ("가람시는 지난 3일 시청에서 노르빅전자와 업무협약을 체결했다고 5일 밝혔다. "
            "이날 협약식에는 가람시장과 노르빅전자 대표 등 20여 명이 참석했다.")
    events = extract(text, lang="ko", anchor="2026-07-05")["events.jsonl"]
    assert [e.type for e in events if e.date and e.date.value == "2026-07-03"] == ["agreement"]


def test_a_meeting_of_another_day_stays():
    text = ("가람시는 지난 3일 노르빅전자와 업무협약을 체결했다. "
            "시는 10일 시청에서 기업 간담회를 개최했다.")
    types = {(e.type, e.date.value) for e in extract(text, lang="ko", anchor="2026-07-15")["events.jsonl"] if e.date}
    assert ("agreement", "2026-07-03") in types and ("meeting", "2026-07-10") in types


def test_the_basis_word_before_a_rendered_name_is_no_part_of_it():
    text = "노르드힐스는 인공지능(AI) 기반 건물에너지관리시스템(BEMS)을 구축한다."
    pairs = [(a.name.text, a.alias.text) for a in extract(text, lang="ko", anchor="2026-07-05")["aliases.jsonl"]]
    assert ("건물에너지관리시스템", "BEMS") in pairs


def test_a_chinese_headlines_ideographic_space_parts_its_phrases():
    text = ("南瀛市與長野縣簽署交流備忘錄　明年互設服務據點\n\n"
            "南瀛市政府觀光旅遊局今（5）日與長野縣觀光機構簽署交流合作備忘錄。")
    events = extract(text, lang="zh", anchor="2026-08-05")["events.jsonl"]
    assert not any(e.type == "agreement" and e.date and e.date.value == "2027" for e in events)


def test_a_chinese_service_started_is_a_launch():
    events = extract("市府於3日開辦長照服務。", lang="zh", anchor="2026-12-05")["events.jsonl"]
    assert [(e.type, e.date.value) for e in events] == [("launch", "2026-12-03")]
