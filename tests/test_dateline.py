"""Datelines in the forms wire services use, and the issue-date fields of government releases."""
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
    # Issue 13: datelines as the wires and ministries send them (made-up texts in their forms)
    # a Korean wire: the wire in brackets between place and date, zero-padded numbers
    ("서울--(뉴스와이어) 2025년 03월 04일 -- 한솔바이오랩이 새 공장을 연다", "ko", "서울", "2025-03-04", "뉴스와이어"),
    ("청주 - (코리아와이어) - 2025.03.04 -\n한솔바이오랩", "ko", "청주", "2025-03-04", "코리아와이어"),
    # a bracketed label, then the date in ISO or dotted form
    ("[보도자료] 2025-03-04\n가람시, 스마트팜 단지 착공", "ko", None, "2025-03-04", None),
    ("[보도참고자료] 2025. 3. 4.(화) 12:00\n가람시, 스마트팜 단지 착공", "ko", None, "2025-03-04", None),
    ("【新聞稿】2025/03/04\n青松市政府", "zh", None, "2025-03-04", None),
    ("[Press Release] 4 March 2025\nBrightfield opens a plant", "en", None, "2025-03-04", None),
    # English: place and country between en or em dashes; the wire in brackets between dashes
    ("SEOUL, KOREA – March 4, 2025 – Hanbit Robotics", "en", "SEOUL, KOREA", "2025-03-04", None),
    ("DAEJEON, KOREA — Mar. 4, 2025 — Hanbit Robotics", "en", "DAEJEON, KOREA", "2025-03-04", None),
    ("CHICAGO--(BUSINESS WIRE)--March 4, 2025--Brightfield Labs", "en", "CHICAGO", "2025-03-04", "BUSINESS WIRE"),
    ("GREENVILLE, Ohio - (NewMediaWire) - March 04, 2025 - Brightfield", "en", "GREENVILLE, Ohio", "2025-03-04",
     "NewMediaWire"),
    # English: the date alone before the dash
    ("(March 4, 2025)— Brightfield Labs named a new chair", "en", None, "2025-03-04", None),
    ("4 March 2025 – Brightfield Labs named a new chair", "en", None, "2025-03-04", None),
    # Chinese: the date first, then the place
    ("2025年3月4日，深圳 -- 青松科技", "zh", "深圳", "2025-03-04", None),
    ("2025年3月4日，中国杭州 /美通社/ -- 青松科技", "zh", "中国杭州", "2025-03-04", "美通社"),
    ("2025年3月4日，成都\n青松科技今天宣布", "zh", "成都", "2025-03-04", None),
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


# A government release gives its date in issue-date fields of its header: label, separator or
# table border, the date in any of the office's forms, perhaps a weekday, a time and the edition.
ISSUE_DATE_FIELDS = [
    ("보도일시: 2025. 3. 4.(화) 12:00", "2025-03-04"),
    ("배포일시: 2025. 3. 4.(화)", "2025-03-04"),
    ("배포일 : 2025.03.04.", "2025-03-04"),
    ("보도일자 2025-03-04", "2025-03-04"),
    ("작성일: 2025년 3월 4일(화)", "2025-03-04"),
    ("보도일시: 2025년 3월 5일(수) 조간", "2025-03-05"),
    ("보도일시: 석간 2025. 3. 4.(화)", "2025-03-04"),
    ("□ 보도일시 : '25. 3. 4.(화) 11:00", "2025-03-04"),
    ("| 보도 일시 | 2025. 3. 4.(화) 12:00 | 배포 일시 | 2025. 3. 3.(월) 15:00 |", "2025-03-04"),
    ("[보도일시] 2025.3.4.(화) 06:00", "2025-03-04"),
    ("發布日期：2025-03-04", "2025-03-04"),
    ("發佈日期：114-03-04", "2025-03-04"),            # a Taiwanese (民國) year
    ("发布时间：2025年3月4日 10:00", "2025-03-04"),
    ("發稿日期：114年3月4日（星期二）", "2025-03-04"),
    ("Release date: March 4, 2025", "2025-03-04"),
    ("RELEASE DATE: 2025-03-04", "2025-03-04"),
]


@pytest.mark.parametrize("field, date", ISSUE_DATE_FIELDS)
@pytest.mark.parametrize("layout", [
    "{field}\n\n{title}\n\n{body}",                  # the header table first
    "{title}\n\n보도자료\n{field}\n담당 부서 기획조정실\n\n{body}",   # after the title and a cell or two
])
def test_issue_date_fields(field, date, layout):
    text = layout.format(field=field, title="가람시, 청년 창업 공간 연다", body="가람시는 4일 청년 창업 공간을 열었다.")
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in field) else "ko"
    got = find_dateline(text, lang)
    assert got is not None and got["date"] == date
    assert got["location"] is None and got["agency"] is None
    assert text[got["start"]:got["end"]] == got["text"] and got["text"].lstrip("[| ")[:1] == field.lstrip("□[| ")[:1]


def test_a_header_table_as_text_gives_the_date_on_the_line_after_its_label():
    text = ("가람시, 청년 창업 공간 연다\n\n보도자료\n\n 보도 일시\n 2025. 3. 4.(화) 12:00\n 배포 일시\n"
            " 2025. 3. 3.(월) 15:00\n\n 담당 부서\n 일자리정책과\n\n가람시는 4일 청년 창업 공간을 열었다.")
    got = find_dateline(text, "ko")
    assert got["date"] == "2025-03-04" and got["text"].startswith("보도 일시")
    assert text[got["start"]:got["end"]] == got["text"]


def test_a_field_without_a_date_gives_way_to_the_next():
    text = "가람시 보도자료\n보도일시: 즉시 보도 가능\n배포일시: 2025. 3. 4.(화) 10:00\n\n본문"
    assert find_dateline(text, "ko")["date"] == "2025-03-04"
    text = "가람시 보도자료\n보도일시: 2025. 2. 30.(일)\n배포일: 2025. 3. 4.\n\n본문"   # no such day
    assert find_dateline(text, "ko")["date"] == "2025-03-04"


@pytest.mark.parametrize("text, lang", [
    ("보도일시는 추후 공지합니다.", "ko"),                              # a sentence about the field
    ("[보도자료] 2025 가람 드론쇼 개막", "ko"),                           # a year in a title
    ("[11.30.화.배포 즉시] 가람시, 청년 창업 공간 연다", "ko"),           # no year
    ("– 2025. 3. 4.(화) 10:30, 가람시청 대회의실 –", "ko"),            # where and when a meeting is held
    ("2025年3月4日，青松科技在深圳成立。", "zh"),                         # a sentence that starts with a date
    ("活動日期：114年3月4日（星期二）", "zh"),                             # an event's date, not the release's
    ("March 4, 2025 was a good day for Brightfield.", "en"),
    ("가람전자 - (주)한솔 협력 강화", "ko"),                               # a dash and a bracket, no date
])
def test_lines_that_are_not_datelines(text, lang):
    got = find_dateline(text, lang)
    assert got is None or got["date"] is None
