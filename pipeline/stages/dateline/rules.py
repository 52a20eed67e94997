"""Dateline forms wire services use, per language, and the issue-date fields of government
releases: data for `parse.py`.

Each pattern is anchored at the start of a line and bounded (no unbounded repetition), so trying
it on the first lines of a document is cheap whatever the text. Named groups: `loc` (place as
written), `y`/`m`/`d` or `date` (release date; `parse.py` reads any numeric or English form of
it), `agency` (wire service), `agency2` (same, other bracket).
"""

EN_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_EN_DAY_FIRST = rf"\d{{1,2}}\s{{1,3}}{_MONTH}\s{{1,3}}\d{{4}}"
_EN_MONTH_FIRST = rf"{_MONTH}\s{{1,3}}\d{{1,2}},?\s{{1,3}}\d{{4}}"
_EN_DATE = rf"(?P<date>{_EN_MONTH_FIRST}|{_EN_DAY_FIRST})"
_EN_PLACE = r"[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s{0,3}[A-Z][A-Za-z.'\- ]{1,40}?){0,2}"
_AGENCY_SLASH = r"[/／]\s{0,3}(?P<agency>[^/／\n]{1,40}?)\s{0,3}[/／]"
_AGENCY_PAREN = r"[(（]\s{0,3}(?P<agency2>[^)）\n]{1,40}?)\s{0,3}[)）]"
_DASH = r"(?:\s{0,3}(?:--|—|–|-|/))?"
# The dashes around a wire service's name: `--(BUSINESS WIRE)--`, ` - (NewMediaWire) - `.
_WIRE_DASH = r"(?:--|[-–—])"
# A dateline ends in a wire marker or at the end of its line; without this a sentence that
# starts with a name and a date ("삼성전자는 2025년 3월 4일 ...") would pass for one.
_END = r"(?:\s{0,3}(?:--|—|–|/)|\s{0,3}$)"

# Numeric dates, year first, as Korean, Chinese and ISO headers write them: 2025-03-04,
# 2025.3.4., 2025. 03. 04, 2025/3/4; Korean offices also write the year short, '25. 3. 4.
_NUM_DATE = r"(?:\d{4}|['’‘]\d{2})\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}\.?(?!\d)"
_KO_YMD = r"\d{4}\s{0,2}년\s{0,2}\d{1,2}\s{0,2}월\s{0,2}\d{1,2}\s{0,2}일"
# Taiwanese offices count years from 1912 (民國): 114年3月4日 is 2025-03-04, and so is 114-03-04.
ROC_YEAR_OFFSET = 1911
_ZH_YMD = r"\d{2,4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号號]"
_ZH_NUM_DATE = r"\d{2,4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)"
_KO_WEEKDAY = r"(?:\s?[(（][월화수목금토일](?:요일)?[)）])?"
_ZH_WEEKDAY = r"(?:\s?[(（](?:星期|週|周|礼拜|禮拜)?[一二三四五六日天][)）])?"
_CLOCK = r"(?:\s{0,3}\d{1,2}\s?:\s?\d{2}(?:\s?(?:AM|PM|am|pm|a\.m\.|p\.m\.))?)?"

PATTERNS = {
    "ko": [
        # 판교, 2025.1.9 /게임메카/ --   (a dotted date)
        rf"(?P<loc>[^\n/0-9\[\](){{}}:：]{{1,40}}?)[,\s]{{1,4}}(?P<y>\d{{4}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<d>\d{{1,2}})\.?(?:\s?\([월화수목금토일]\))?"
        rf"(?:\s{{0,3}}{_AGENCY_SLASH}|\s{{0,3}}{_AGENCY_PAREN})?{_END}",
        # 톈진, 중국 2025년 2월 20일 /   서울, 2025년 3월 4일 /PRNewswire/ --   서울, 2025년 2월 27일(목) /뉴스와이어/ --
        rf"(?P<loc>[^\n/0-9\[\](){{}}:：]{{1,40}}?)[,\s]{{1,4}}(?P<y>\d{{4}})\s{{0,2}}년\s{{0,2}}(?P<m>\d{{1,2}})\s{{0,2}}월\s{{0,2}}(?P<d>\d{{1,2}})\s{{0,2}}일"
        rf"{_KO_WEEKDAY}"   # a weekday, `(목)`, is not the wire service
        rf"(?:\s{{0,3}}{_AGENCY_SLASH}|\s{{0,3}}{_AGENCY_PAREN})?{_END}",
        # [서울=뉴스와이어] 2025년 3월 4일 --   (서울=연합뉴스)
        rf"[\[(（](?P<loc>[^\]\)）=\n]{{1,20}})=\s{{0,2}}(?P<agency>[^\]\)）\n]{{1,30}})[\])）]"
        rf"(?:\s{{0,3}}(?P<y>\d{{4}})\s{{0,2}}년\s{{0,2}}(?P<m>\d{{1,2}})\s{{0,2}}월\s{{0,2}}(?P<d>\d{{1,2}})\s{{0,2}}일)?{_DASH}",
        # 서울--(뉴스와이어) 2025년 03월 04일 --   부산 - (코리아와이어) - 2025.03.04 -   (the wire between place
        # and date, as the English `CHICAGO--(BUSINESS WIRE)--`; the date is what makes it a dateline)
        rf"(?P<loc>[^\n/0-9\[\](){{}}:：\-–—]{{1,40}}?)\s{{0,3}}{_WIRE_DASH}\s{{0,3}}{_AGENCY_PAREN}\s{{0,3}}(?:{_WIRE_DASH}\s{{0,3}})?"
        rf"(?P<date>{_KO_YMD}|{_NUM_DATE}){_KO_WEEKDAY}(?:\s{{0,3}}{_WIRE_DASH}|\s{{0,3}}$)",
    ],
    "en": [
        # CHICAGO--(BUSINESS WIRE)--   CHICAGO, March 4, 2025--(BUSINESS WIRE)--
        # ROTTERDAM, Netherlands--(BUSINESS WIRE)--March 3, 2025--   TORONTO, Ontario - (NewMediaWire) - October 29, 2024 -
        rf"(?P<loc>{_EN_PLACE})(?:,\s{{1,3}}{_EN_DATE})?\s{{0,3}}{_WIRE_DASH}\s{{0,3}}{_AGENCY_PAREN}\s{{0,3}}{_WIRE_DASH}"
        rf"(?:\s{{0,3}}(?P<date2>{_EN_MONTH_FIRST}|{_EN_DAY_FIRST})\s{{0,3}}{_WIRE_DASH})?",
        # SEOUL, South Korea, March 4, 2025 /PRNewswire/ --   NEW YORK, Feb. 20, 2025 (GLOBE NEWSWIRE) --
        rf"(?P<loc>{_EN_PLACE}),\s{{1,3}}{_EN_DATE}(?:\s{{0,3}}{_AGENCY_SLASH}|\s{{0,3}}{_AGENCY_PAREN})?{_END}",
        # HONG KONG SAR - Media OutReach Newswire – 26 June 2026 –   (the wire between place and date)
        rf"(?P<loc>{_EN_PLACE})\s{{1,3}}[-–—]\s{{1,3}}(?P<agency>[A-Z][A-Za-z0-9.&' ]{{2,40}}?(?:Newswire|Wire|NewsWire|News))"
        rf"\s{{1,3}}[-–—]\s{{1,3}}{_EN_DATE}{_END}",
        # Stuttgart, Germany – October 30, 2025 –   LOS ANGELES, CA - October 21, 2025 (NEWMEDIAWIRE) -
        rf"(?P<loc>{_EN_PLACE})\s{{1,3}}[-–—]\s{{1,3}}{_EN_DATE}(?:\s{{0,3}}{_AGENCY_PAREN})?\s{{0,3}}[-–—]",
        # NEW YORK, NY / ACCESSWIRE / March 4, 2025 /   (the wire between slashes, then the date)
        rf"(?P<loc>{_EN_PLACE})\s{{0,3}}{_AGENCY_SLASH}\s{{0,3}}{_EN_DATE}\s{{0,3}}(?:/|--|—|–)",
        # Washington, D.C. (Newsworthy.ai) Wednesday Oct 22, 2025 @ 7:00 AM Eastern —
        rf"(?P<loc>{_EN_PLACE})\s{{0,3}}{_AGENCY_PAREN}\s{{1,3}}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s{{1,3}})?{_EN_DATE}"
        rf"(?:\s{{0,3}}(?:@|at)\s{{0,3}}\d{{1,2}}:\d\d\s?(?:AM|PM|a\.m\.|p\.m\.)?(?:\s[A-Z][a-z]+){{0,2}})?\s{{0,3}}(?:--|—|–|-)",
        # HARTFORD, Conn. (Dec. 1, 2026) --   (the date in brackets after the place, as state offices write it)
        rf"(?P<loc>{_EN_PLACE})\s{{1,3}}[(（]{_EN_DATE}[)）]\s{{0,3}}(?:--|—|–|-(?=\s))",
        # March 4, 2025 — Acme ...   (July 31, 2024)— Acme ...   (the date alone, no place; the dash
        # after it is what sets it apart from a sentence that starts with a date)
        rf"[(（]?{_EN_DATE}[)）]?\s{{0,3}}(?:--|—|–|-(?=\s))",
    ],
    "zh": [
        # 北京2025年2月20日电 /美通社/ --   (电 "wired from" marks a dateline on its own)
        rf"(?P<loc>[\u4e00-\u9fff]{{2,10}}?)[，,]?\s{{0,2}}(?P<y>\d{{4}})\s{{0,1}}年\s{{0,1}}(?P<m>\d{{1,2}})\s{{0,1}}月\s{{0,1}}(?P<d>\d{{1,2}})\s{{0,1}}日\s{{0,1}}电"
        rf"(?:\s{{0,3}}{_AGENCY_SLASH})?{_DASH}",
        # 上海2025年2月20日 /美通社/ --   杭州，2025年1月8日 /美通社/ --
        rf"(?P<loc>[\u4e00-\u9fff]{{2,10}}?)[，,]?\s{{0,2}}(?P<y>\d{{4}})\s{{0,1}}年\s{{0,1}}(?P<m>\d{{1,2}})\s{{0,1}}月\s{{0,1}}(?P<d>\d{{1,2}})\s{{0,1}}日"
        rf"(?:\s{{0,3}}{_AGENCY_SLASH})?{_END}",
        # 新华社北京2月20日电 (no year: the date stays null)
        rf"(?P<agency>新华社|中新社|美通社)(?P<loc>[\u4e00-\u9fff]{{2,6}}?)(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日电{_DASH}",
        # 2025年3月4日，深圳 --   2025年3月4日，中国上海 /美通社/ --   (date first; the place must end the
        # line or meet a wire marker, so `2025年3月4日，公司成立。` is a sentence)
        rf"(?P<y>\d{{4}})\s?年\s?(?P<m>\d{{1,2}})\s?月\s?(?P<d>\d{{1,2}})\s?日\s{{0,2}}[，,]?\s{{0,2}}(?P<loc>[\u4e00-\u9fff]{{2,10}}?)"
        rf"(?:\s{{0,3}}{_AGENCY_SLASH})?{_END}",
    ],
}

# An English dateline that gives its place alone (`WASHINGTON, D.C. — The Department …`, `SAN DIEGO,
# Calif. -- Acme …`): the place in capitals, its state or country after a comma, then a dash and the
# first sentence. `parse.py` takes it only where the first part is a known place (a headline in
# capitals with a dash is none).
EN_PLACE_ONLY = (r"(?P<loc>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s{1,3}[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]{1,14})?)?)"
                 r"\s{0,3}(?:--|—|–)(?=\s{1,3}[A-Z])")

# Forms every language's releases share: a bracketed label, then the full date.
#   [보도자료] 2025-03-04   [보도참고자료] 2025. 3. 4.(화)   【新聞稿】2025年3月4日   [Press Release] March 4, 2025
COMMON_PATTERNS = [
    rf"[\[【［〔<〈]\s{{0,2}}[^\]】］〕>〉\d=\n]{{1,20}}?\s{{0,2}}[\]】］〕>〉]\s{{0,3}}"
    rf"(?P<date>{_NUM_DATE}|{_KO_YMD}|{_ZH_YMD}|{_EN_MONTH_FIRST}|{_EN_DAY_FIRST})(?:{_KO_WEEKDAY}|{_ZH_WEEKDAY}){_CLOCK}(?![\w.])",
]

# Issue-date fields: how a government release gives its date, a label and the date after it,
# often in a header table (`보도일시 | 2025. 3. 4.(화) 12:00`, or the label and the date on lines of
# their own once the table is text). The label must be followed by a separator or a line end, so
# `보도일시는 추후 공지` is no field. Words that may stand before the date: the edition (조간, 석간)
# or `즉시` (for immediate release).
FIELD_LABELS = {
    "ko": ["보도일시", "보도일자", "보도일", "보도시점", "배포일시", "배포일자", "배포일", "배포시점",
           "발표일시", "발표일자", "발표일", "작성일시", "작성일자", "작성일", "게시일", "등록일"],
    "zh": ["發布日期", "發佈日期", "发布日期", "發布時間", "發佈時間", "发布时间", "發稿日期", "发稿日期",
           "發稿時間", "发稿时间", "發文日期", "发文日期", "新聞稿日期", "新闻稿日期"],
    "en": ["Release date", "Date of release", "Issue date", "Date of issue", "Date issued", "Issued",
           "Published", "Publication date"],
}
FIELD_DATES = {
    "ko": rf"(?:(?:조간|석간|즉시|온라인)\s{{0,2}})?(?P<date>{_KO_YMD}|{_NUM_DATE}){_KO_WEEKDAY}{_CLOCK}",
    "zh": rf"(?P<date>{_ZH_YMD}|{_ZH_NUM_DATE}){_ZH_WEEKDAY}{_CLOCK}",
    "en": rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s{{1,3}})?(?P<date>{_EN_MONTH_FIRST}|{_EN_DAY_FIRST}|\d{{4}}-\d{{2}}-\d{{2}}){_CLOCK}",
}
# Bullets and table borders a field may start with, and what may stand between label and date:
# spaces, a colon, a table border, and at most one line end (the date in the next cell).
_FIELD_LEAD = r"[ \t]{0,3}(?:[□○■●◆▶※*·•|][ \t]{0,3})?[\[<〈【]?"
_FIELD_SEP = r"[\]>〉】]?[ \t]{0,3}(?:[:：|][ \t]{0,3})?(?:\n[ \t|]{0,6})?(?:[:：][ \t]{0,3})?"


def _label(word: str) -> str:
    """A label as written: an English one in any case (`RELEASE DATE`), a Korean or Chinese one
    with the space a table or a typist may put after its first two characters (`보도 일시`)."""
    if word.isascii():
        return r"(?i:" + r"[ \t]{1,2}".join(word.split(" ")) + ")"
    return word[:2] + r"[ \t]?" + word[2:] if len(word) > 2 else word


FIELD_PATTERNS = {
    lang: rf"{_FIELD_LEAD}(?P<label>{'|'.join(_label(w) for w in sorted(words, key=len, reverse=True))})"
          rf"{_FIELD_SEP}{FIELD_DATES[lang]}(?![\w])"
    for lang, words in FIELD_LABELS.items()
}

# How many non-empty lines from the top may hold the dateline (a headline may come first).
SEARCH_LINES = 8
# An issue-date field may stand further down, after the title and the cells of a header table
# (issuer, department, contact); a labelled date is no risk there.
FIELD_LINES = 16
