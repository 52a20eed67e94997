"""Events (twenty-sixth session): a call for proposals that opens is no site opened; a product
made commercially available from a date is launched; a body's delegation acts for the body.
Releases written here; the bodies are invented."""
from pipeline.api import extract


def _events(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    out = []
    for e in extract(text, lang=lang, anchor="2025-03-04")["events.jsonl"]:
        subject = next((p.name for p in e.participants if p.role == "subject"), None)
        out.append((e.type, e.date.value, subject))
    return out


def test_a_call_for_proposals_that_opens_is_no_opening():
    events = _events("Tessaly University today launched a research fund. The fund's first call for proposals "
                     "will open on April 15, 2025.", "en")
    assert ("opening", "2025-04-15") not in [(t, v) for t, v, _ in events]
    assert ("other", "2025-04-15") in [(t, v) for t, v, _ in events]


def test_a_product_made_commercially_available_from_a_month_is_launched():
    events = _events("Corvane Therapeutics, Inc. today announced approval of Velunta. Corvane expects to make "
                     "Velunta commercially available in the United States in June 2025.", "en")
    assert ("launch", "2025-06") in [(t, v) for t, v, _ in events]


def test_a_ministrys_delegation_is_the_ministry():
    events = _events("□ 한빛부(장관 김하늘)는 3월 3일(월) 하노이에서 베트남 산업부와 협력위원회를 개최하였다.\n\n"
                     "ㅇ 위원회에 앞서 한빛부 대표단은 3월 2일(일) 현지 진출 기업의 공장을 방문하였다.", "ko")
    assert ("visit", "2025-03-02", "한빛부") in events


def test_a_chinese_headline_naming_a_show_in_zhan_over_the_same_days_retells_the_body():
    events = _events("青山國際機車展 5月10日至13日登場\n\n青山市政府今（4）日表示，「2025青山國際機車展」將於5月10日至13日"
                     "在青山展覽館舉行，預計吸引300家廠商參展。", "zh")
    assert [(t, v) for t, v, _ in events] == [("meeting", "2025-05-10/2025-05-13")]


def test_a_gathering_dated_by_a_trips_days_and_told_again_on_its_own_day_is_that_day():
    events = _events("한빛도는 대표단이 3월 2일부터 4일까지 가람현을 방문해 교류 30주년 기념식에 참석했다고 5일 밝혔다.\n\n"
                     "대표단은 3일 가람현청에서 열린 기념식에서 공동선언문에 서명했다.", "ko")
    meetings = [v for t, v, _ in events if t == "meeting"]
    assert meetings == ["2025-03-03"]
    assert ("visit", "2025-03-02/2025-03-04", "한빛도") in events
