"""The events stage on whole texts: the seed release, offsets, determinism, odd input."""
import os

import pytest

from pipeline import extract

SEED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "corpus",
                    "tianjin-binhai.ko.txt")


def _events(text, lang, anchor="2025-03-04"):
    return [e.model_dump() for e in extract(text, lang=lang, anchor=anchor).get("events.jsonl", [])]


def test_seed_gives_exactly_the_three_dated_events():
    text = open(SEED, encoding="utf-8").read()
    events = _events(text, "ko", anchor=None)
    got = [(e["type"], e["date"]["value"], e["status"]) for e in events]
    assert got == [("founding", "1988", "occurred"), ("approval", "1991", "occurred"),
                   ("designation", "2014", "occurred")]
    for e in events:
        subjects = [p["name"] for p in e["participants"] if p["role"] == "subject"]
        assert subjects == ["톈진 빈하이 첨단산업기술개발지구"]
    founding, approval, _ = events
    names = lambda e, role: [p["name"] for p in e["participants"] if p["role"] == role]  # noqa: E731
    assert any(n.endswith("톈진시 공산당위원회") for n in names(founding, "authority"))
    assert "톈진시 인민정부" in names(founding, "authority")
    assert names(approval, "authority") == ["국무원"]


@pytest.mark.parametrize("text,lang", [
    ("서울, 2025년 3월 4일 /PRNewswire/ --\n한빛전자는 2019년 설립됐으며 2021년 코스닥에 상장했다.", "ko"),
    ("SEOUL, March 4, 2025 /PRNewswire/ -- Acme Robotics Inc. opened a lab on March 3, 2025.", "en"),
    ("北京2025年3月4日电 /美通社/ -- 中国海洋石油集团有限公司今天宣布成立新公司。", "zh"),
])
def test_spans_point_into_the_text_and_runs_repeat(text, lang):
    first = extract(text, lang=lang)
    doc_text = first["documents.jsonl"][0].text
    events = first.get("events.jsonl", [])
    assert events
    for e in events:
        assert doc_text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert doc_text[e.sentence.start:e.sentence.end] == e.sentence.text
        assert 0 <= e.confidence <= 1
        assert e.date.timex_id in {t.id for t in first["timexes.jsonl"]}
    again = extract(text, lang=lang)
    assert [e.model_dump() for e in again.get("events.jsonl", [])] == [e.model_dump() for e in events]


def test_dateline_date_alone_does_not_date_an_event():
    events = _events("서울, 2025년 3월 4일 /PRNewswire/ --\n한빛전자는 반도체 장비 기업을 인수했다.", "ko")
    assert events == []


def test_today_dates_an_event_with_the_dateline_date():
    events = _events("SEOUL, March 4, 2025 /PRNewswire/ -- Acme Robotics Inc. today signed an agreement "
                     "with Beta Corp.", "en")
    assert [(e["type"], e["date"]["value"]) for e in events] == [("agreement", "2025-03-04")]


@pytest.mark.parametrize("lang", ["ko", "en", "zh"])
@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "2025년", "2019年", "in 2019", "“2020년 설립", "（（（2020年成立", "was founded in 2019 (",
    "설립 " * 300 + "2019년", "founded " * 300 + "2019", "成立" * 300 + "2019年", "이날 이날 이날 체결했다",
    "두 기관은 2025년 열 예정이다", "the partners will open in 2026", "双方计划2026年设立",
])
def test_odd_input_never_crashes(text, lang):
    records = extract(text, lang=lang, anchor="2025-03-04")
    assert "errors.jsonl" not in records, records.get("errors.jsonl")


def _timed_events(text, org):
    """The events stage alone on `text` (the stages before it are not timed)."""
    import time

    from pipeline.nlp.build import get_nlp
    from pipeline.stages.events import find_events
    from pipeline.stages.events.table import org_dicts
    nlp = get_nlp("ko")
    doc = nlp.make_doc(text)
    doc._.anchor = "2025-03-04"
    with nlp.select_pipes(disable="presspipe_events"):
        doc = nlp(doc)
    doc._.orgs = org_dicts(text, [(org, "company")])
    t0 = time.perf_counter()
    events = find_events(doc)
    return events, time.perf_counter() - t0


def test_long_text_gives_every_event():
    # (its speed is measured by benchmarks/batch_bench.py, not by a timed test)
    # (each sentence its own years: a happening told again with the same word and date is one event)
    text = lambda n: "".join(f"가람전자는 {1700 + k}년 설립됐으며, {1700 + k}년 코스닥 시장에 상장했다. " for k in range(n))  # noqa: E731
    small, _ = _timed_events(text(40), "가람전자")
    large, _ = _timed_events(text(320), "가람전자")
    assert len(small) == 80 and len(large) == 640


def test_a_wire_lede_takes_its_datelines_date_and_the_noun_investment_is_a_trigger():
    text = ("Hanbit Capital Invests in Nuri Robotics\n\nSEOUL, March 3, 2025 /PRNewswire/ -- Hanbit Capital announced that it "
            "has made a strategic investment in Nuri Robotics Inc., a maker of farm robots. The investment will support "
            "new plants.")
    events = extract(text, lang="en", anchor="2025-03-03")["events.jsonl"]
    # the lede's happening is dated by the dateline; `announced` alone is no event; the later
    # sentence states no date and is not the lede
    assert [(e.type, e.date.value, e.trigger.text) for e in events] == [("investment", "2025-03-03", "investment")]


def test_a_happening_at_a_clock_time_is_dated_by_its_day():
    text = "한빛재단은 3월 3일 오전 10시 30분 서울에서 창립 기념 포럼을 개최했다."
    events = extract(text, lang="ko", anchor="2025-03-04")["events.jsonl"]
    assert [(e.type, e.date.value, e.date.grain) for e in events] == [("meeting", "2025-03-03", "day")]


def test_one_event_per_happening_but_not_per_day():
    """A deal told twice with the same word and date is one event; two deals of one day with
    different partners are two, and so are two talks of one day."""
    from pipeline.stages.events.table import run_example
    orgs = [("가람전자", "company"), ("새빛은행", "company"), ("누리바이오", "company")]
    two = "가람전자는 지난 3일 새빛은행과 업무협약을 체결했다. 가람전자는 지난 3일 누리바이오와도 업무협약을 체결했다."
    got = [(e["type"], e["date"]["value"]) for e in run_example("ko", two, "2025-03-04", orgs)]
    assert got == [("agreement", "2025-03-03")] * 2
    talks = "가람전자는 지난 3일 새빛은행과 면담했다. 가람전자는 지난 3일 누리바이오와도 면담했다."
    got = [(e["type"], e["date"]["value"]) for e in run_example("ko", talks, "2025-03-04", orgs)]
    assert got == [("meeting", "2025-03-03")] * 2
    once = "가람전자는 지난 3일 새빛은행과 업무협약을 체결했다. 양사는 이번 업무협약으로 공동 연구를 시작한다. 가람전자와 새빛은행은 지난 3일 업무협약을 체결했다."
    events = run_example("ko", once, "2025-03-04", orgs)
    assert [(e["type"], e["date"]["value"]) for e in events] == [("agreement", "2025-03-03")]
    assert {p["name"] for p in events[0]["participants"]} == {"가람전자", "새빛은행"}


def test_a_group_word_takes_the_last_pair_of_its_kind():
    """`양 기관` (two bodies) refers back to the last pair that is not two companies, `양사` (two
    companies) to the last pair of companies, however recent the other pair."""
    from pipeline.stages.events.table import run_example
    orgs = [("가람부", "government"), ("누리연구원", "research"), ("한빛전자", "company"), ("새빛테크", "company")]
    lead = "가람부는 2월 3일 누리연구원과 협력 양해각서를 체결했다. 한빛전자는 3월 5일 새빛테크와 공급 계약을 체결했다. "
    for words, pair in (("양 기관이", {"가람부", "누리연구원"}), ("양사가", {"한빛전자", "새빛테크"})):
        text = lead + f"이번 의향서는 지난해 6월 {words} 체결한 업무협약의 후속 조치다."
        events = [e for e in run_example("ko", text, "2025-04-02", orgs) if e["date"]["value"] == "2024-06"]
        assert [e["type"] for e in events] == ["agreement"]
        assert {p["name"] for p in events[0]["participants"]} == pair


@pytest.mark.parametrize("schedule", ["* (일시/장소) 3.25(화) 14시, 가람회관 대강당", "□ 일시 : 2025. 3. 25.(화) 14:00 ~ 16:00"])
def test_a_schedule_line_dates_the_gathering_named_just_before_it(schedule):
    text = f"가람부는 지원사업의 세부 내용을 누리집에 올렸으며, 사업설명회*를 통해서도 안내한다.\n\n{schedule}\n"
    got = [(e["type"], e["date"]["value"], e["status"]) for e in _events(text, "ko")]
    assert got == [("meeting", "2025-03-25", "planned")]
    # no gathering named before it: the line dates nothing
    assert _events(f"가람부는 지원사업의 세부 내용을 누리집에 올렸다.\n\n{schedule}\n", "ko") == []


def test_a_passive_auxiliary_shared_with_a_second_verb_gives_two_designations():
    text = ("SAN FRANCISCO, CA, June 11, 2025 /PRNewswire/ -- Kestrel Motors has been selected as a 'Baby Unicorn' "
            "by the Ministry of Startups and recognized as a 'First Mover' company by the Credit Fund.")
    got = [(e["type"], e["date"]["value"], e["trigger"]["text"]) for e in _events(text, "en", anchor="2025-06-11")]
    assert got == [("designation", "2025-06-11", "selected"), ("designation", "2025-06-11", "recognized")]


def test_talks_with_each_counterpart_have_triggers_of_their_own():
    """A record's id is its trigger's place: the talks one verb tells with several counterparts
    (`A 장관, B 청장을 만나`) each name their own trigger (the verb, then each officer's title)."""
    from pipeline.stages.events import run_example
    from pipeline.stages.events.table import parse_orgs
    text = "한빛부 장관은 17일에는 김가람 누리국 재무부 장관, 이다솜 새빛청 청장을, 18일에는 박하늘 가람국 환경부 차관을 만나 협력 방안을 논의했다."
    orgs = parse_orgs("한빛부=government|누리국 재무부=government|새빛청=government|가람국 환경부=government")
    events = run_example("ko", text, "2025-03-20", orgs)
    starts = [(e["trigger"]["start"], e["type"]) for e in events]
    assert len(events) == 3 and len(set(starts)) == 3
    assert sorted(e["trigger"]["text"] for e in events) == sorted(["만나", "청장", "차관"])


def test_english_list_items_open_with_their_verb():
    # a timeline's items (`June 2024: Opened …`, `• Signed …`): the capitalised verb opens the item, it is no name
    text = ("Brightline Energy Corp. reviewed its year.\n\nMilestones:\n• June 2024: Opened a new operations centre in Tulsa\n"
            "• October 2024: Signed a 15-year supply agreement with Gulfway Utilities\n")
    got = {(e["type"], e["date"]["value"]) for e in _events(text, "en", anchor="2025-02-18")}
    assert {("opening", "2024-06"), ("agreement", "2024-10")} <= got


def test_english_event_details_block_dates_the_gathering_the_lede_named():
    text = ("HOUSTON, Feb. 18, 2025 /PRNewswire/ -- Brightline Energy Corp. will host its 2025 Investor Day in New York City.\n\n"
            "Event Details:\nDate: Thursday, March 20, 2025\nTime: 9:00 a.m. ET\nLocation: The Marlowe Hotel, New York\n")
    got = [(e["type"], e["date"]["value"], e["status"]) for e in _events(text, "en", anchor="2025-02-18")]
    assert got == [("meeting", "2025-03-20", "planned")]


def test_korean_photo_caption_is_no_topic():
    # `사진은 …이 …하는 모습`: the photo is not who acts; the officer named after it is
    text = ("조달청은 10월 29일부터 31일까지 킨텍스에서 ‘2025 공공조달 박람회’를 개최한다고 밝혔다.\n\n"
            "사진은 김정우 조달청장(사진 가운데)이 29일 박람회에 마련된 혁신제품관을 방문해 제품을 살펴보는 모습.")
    visits = [e for e in _events(text, "ko", anchor="2025-10-30") if e["type"] == "visit"]
    assert [(e["date"]["value"], [p["name"] for p in e["participants"] if p["role"] == "subject"]) for e in visits] \
        == [("2025-10-29", ["조달청"])]


@pytest.mark.parametrize("text, expected", [
    # a gathering named by a word for a reception, a hearing or a briefing held
    ("가람부는 지난달 28일 청사 강당에서 신년 인사회를 가졌다.", ("meeting", "2025-05-28")),
    ("가람부는 지난 9일 세종에서 규제 개선 공청회를 열었다.", ("meeting", "2025-06-09")),
    ("가람부는 12일 수출 상담회를 개최했다.", ("meeting", "2025-06-12")),
    # a rule or a standard applied from a date on takes effect then
    ("가람부는 2026년 1월 1일부터 새 안전기준을 적용한다.", ("other", "2026-01-01")),
])
def test_receptions_hearings_and_rules_applied_from_a_date(text, expected):
    got = [(e["type"], e["date"]["value"]) for e in _events(text, "ko", "2025-06-16")]
    assert expected in got, got


def test_a_visit_in_progress_describes_the_one_met():
    """`방한 중인 …과 면담했다`: the talks are the happening of the day; a state in force from a
    day on (`0시부터 시행 중인`) still dates its start."""
    got = [(e["type"], e["date"]["value"]) for e in _events("외교부 장관은 4일 방한 중인 다솜국 통상장관과 면담했다.", "ko", "2025-12-06")]
    assert got == [("meeting", "2025-12-04")], got
    got = [(e["type"], e["date"]["value"]) for e in _events("가람부는 11.24(화) 0시부터 시행 중인 지침을 준수하기로 했다.", "ko", "2025-12-06")]
    assert ("other", "2025-11-24") in got, got
