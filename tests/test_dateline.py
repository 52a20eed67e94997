"""Datelines in the forms wire services use."""
import pytest

from pipeline.stages.dateline import find_dateline

CASES = [
    ("톈진, 중국 2025년 2월 20일 /\n본문", "ko", "톈진, 중국", "2025-02-20", None),
    ("서울, 2025년 3월 4일 /PRNewswire/ -- 삼성", "ko", "서울", "2025-03-04", "PRNewswire"),
    ("[서울=뉴스와이어] 2025년 3월 4일 -- 본문", "ko", "서울", "2025-03-04", "뉴스와이어"),
    ("(부산=연합뉴스) 본문", "ko", "부산", None, "연합뉴스"),
    ("SEOUL, South Korea, March 4, 2025 /PRNewswire/ -- Samsung", "en", "SEOUL, South Korea", "2025-03-04", "PRNewswire"),
    ("CHICAGO--(BUSINESS WIRE)--Acme", "en", "CHICAGO", None, "BUSINESS WIRE"),
    ("CHICAGO, March 4, 2025--(BUSINESS WIRE)--Acme", "en", "CHICAGO", "2025-03-04", "BUSINESS WIRE"),
    ("NEW YORK, Feb. 20, 2025 (GLOBE NEWSWIRE) -- X", "en", "NEW YORK", "2025-02-20", "GLOBE NEWSWIRE"),
    ("Acme opens a lab\nLONDON, 20 February 2025 /PRNewswire/ -- x", "en", "LONDON", "2025-02-20", "PRNewswire"),
    ("北京2025年2月20日电 /美通社/ -- 中国", "zh", "北京", "2025-02-20", "美通社"),
    ("上海2025年2月20日 /美通社/ -- 中国", "zh", "上海", "2025-02-20", "美通社"),
    ("新华社北京2月20日电 -- 中国", "zh", "北京", None, "新华社"),
    # wire releases as they arrive: the wire between place and date, dashes without a wire, a
    # weekday and a clock time, and bullet points before the dateline
    ("HANBIT CITY - Media OutReach Newswire – 3 June 2026 – Acme", "en", "HANBIT CITY", "2026-06-03",
     "Media OutReach Newswire"),
    ("Lyon, France – October 3, 2025 – Acme", "en", "Lyon, France", "2025-10-03", None),
    ("AUSTIN, TX - October 2, 2025 (NEWMEDIAWIRE) - Acme", "en", "AUSTIN, TX", "2025-10-02", "NEWMEDIAWIRE"),
    ("Boston, MA (Newsworthy.ai) Friday Oct 3, 2025 @ 9:00 AM Eastern — Acme", "en", "Boston, MA", "2025-10-03",
     "Newsworthy.ai"),
    ("Acme names a CEO\n\n* one\n* two\n* three\n\nBERLIN, Oct. 2, 2025 /PRNewswire/ -- x", "en", "BERLIN",
     "2025-10-02", "PRNewswire"),
]


@pytest.mark.parametrize("text, lang, location, date, agency", CASES)
def test_dateline_forms(text, lang, location, date, agency):
    got = find_dateline(text, lang)
    assert got is not None
    assert (got["location"], got["date"], got["agency"]) == (location, date, agency)
    assert text[got["start"]:got["end"]] == got["text"]


@pytest.mark.parametrize("text, lang", [
    ("삼성전자는 2025년 3월 4일 신제품을 출시했다.", "ko"),
    ("Acme, March 4, 2025 said it would open a lab.", "en"),
    ("北京2025年2月20日，公司成立。", "zh"),
    ("SEOUL, Feb. 30, 2025 /PRNewswire/ -- an impossible date", "en"),
    ("", "ko"),
])
def test_sentences_are_not_datelines(text, lang):
    got = find_dateline(text, lang)
    assert got is None or got["date"] is None


@pytest.mark.parametrize("text, lang, location, date, agency", [
    ("판교, 2025.1.9 /게임메카/ --\n본문", "ko", "판교", "2025-01-09", "게임메카"),
    ("대구, 2025. 3. 4.(화) /뉴스와이어/ --\n본문", "ko", "대구", "2025-03-04", "뉴스와이어"),
    ("부산, 2025년 3월 6일(목) /코리아와이어/ --\n본문", "ko", "부산", "2025-03-06", "코리아와이어"),
    ("부산, 2025년 3월 6일(목요일) --\n본문", "ko", "부산", "2025-03-06", None),
    ("ROTTERDAM, Netherlands--(BUSINESS WIRE)--March 3, 2025--Kestrel", "en", "ROTTERDAM, Netherlands", "2025-03-03", "BUSINESS WIRE"),
    ("杭州，2025年1月8日 /美通社/ -- 公司", "zh", "杭州", "2025-01-08", "美通社"),
    ("青岛2024年10月21日电（记者 王蕾）\n正文", "zh", "青岛", "2024-10-21", None),
])
def test_more_dateline_forms(text, lang, location, date, agency):
    got = find_dateline(text, lang)
    assert (got["location"], got["date"], got["agency"]) == (location, date, agency)
