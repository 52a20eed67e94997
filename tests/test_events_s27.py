"""Events (twenty-seventh session): the subtitle lines under a headline belong to it, and a happening
they tell that the body tells again in the same month is one happening. Releases written here; the
bodies are invented."""
from pipeline.api import extract


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.type, e.date.value) for e in extract(text, lang=lang, anchor="2025-03-04")["events.jsonl"]]


def test_a_subtitle_that_retells_the_bodys_plan_is_no_second_event():
    text = ("누리바이오, 美 제약사와 기술이전 계약 체결\n\n"
            "- 계약금 200억 원…내년 상반기 미국 임상 2상 착수 예정\n\n"
            "누리바이오는 미국 제약사 하버팜과 기술이전 계약을 체결했다고 4일 밝혔다.\n\n"
            "하버팜은 내년 상반기 미국에서 임상 2상을 시작할 계획이다.\n")
    events = _events(text, "ko")
    assert events.count(("other", "2026-H1")) == 1
    assert ("agreement", "2025-03-04") in events


def test_a_headline_under_header_fields_retells_the_bodys_gathering():
    text = ("新聞稿\n發布日期：114年3月4日\n發布單位：青山市政府\n\n"
            "青山市自行車展3月10日登場\n\n"
            "青山市政府今（4）日表示，「青山國際自行車展」將於3月10日至13日在青山會展中心舉行。\n")
    events = _events(text, "zh")
    assert [e for e in events if e[0] == "meeting"] == [("meeting", "2025-03-10/2025-03-13")]


def test_a_headline_that_opens_on_a_speaker_is_still_the_headline():
    text = ("王大明：期待公私協力 青山市自行車展3月10日登場\n\n"
            "青山市政府今（4）日表示，「青山國際自行車展」將於3月10日至13日在青山會展中心舉行。\n")
    events = _events(text, "zh")
    assert [e for e in events if e[0] == "meeting"] == [("meeting", "2025-03-10/2025-03-13")]
