"""Dateline forms wire services use, per language: data for `parse.py`.

Each pattern is anchored at the start of a line and bounded (no unbounded repetition), so trying
it on the first lines of a document is cheap whatever the text. Named groups: `loc` (place as
written), `y`/`m`/`d` or `date` (release date), `agency` (wire service), `agency2` (same, other
bracket).
"""

EN_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_EN_DATE = (rf"(?P<date>{_MONTH}\s{{1,3}}\d{{1,2}},?\s{{1,3}}\d{{4}}"
            rf"|\d{{1,2}}\s{{1,3}}{_MONTH}\s{{1,3}}\d{{4}})")
_EN_PLACE = r"[A-Z][A-Za-z.'\- ]{1,40}?(?:,\s{0,3}[A-Z][A-Za-z.'\- ]{1,40}?){0,2}"
_AGENCY_SLASH = r"[/／]\s{0,3}(?P<agency>[^/／\n]{1,40}?)\s{0,3}[/／]"
_AGENCY_PAREN = r"[(（]\s{0,3}(?P<agency2>[^)）\n]{1,40}?)\s{0,3}[)）]"
_DASH = r"(?:\s{0,3}(?:--|—|–|-|/))?"
# A dateline ends in a wire marker or at the end of its line; without this a sentence that
# starts with a name and a date ("삼성전자는 2025년 3월 4일 ...") would pass for one.
_END = r"(?:\s{0,3}(?:--|—|–|/)|\s{0,3}$)"

PATTERNS = {
    "ko": [
        # 판교, 2025.1.9 /게임메카/ --   (a dotted date)
        rf"(?P<loc>[^\n/0-9\[\](){{}}]{{1,40}}?)[,\s]{{1,4}}(?P<y>\d{{4}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<d>\d{{1,2}})\.?(?:\s?\([월화수목금토일]\))?"
        rf"(?:\s{{0,3}}{_AGENCY_SLASH}|\s{{0,3}}{_AGENCY_PAREN})?{_END}",
        # 톈진, 중국 2025년 2월 20일 /   서울, 2025년 3월 4일 /PRNewswire/ --   서울, 2025년 2월 27일(목) /뉴스와이어/ --
        rf"(?P<loc>[^\n/0-9\[\](){{}}]{{1,40}}?)[,\s]{{1,4}}(?P<y>\d{{4}})\s{{0,2}}년\s{{0,2}}(?P<m>\d{{1,2}})\s{{0,2}}월\s{{0,2}}(?P<d>\d{{1,2}})\s{{0,2}}일"
        rf"(?:\s?[(（][월화수목금토일](?:요일)?[)）])?"   # a weekday, `(목)`, is not the wire service
        rf"(?:\s{{0,3}}{_AGENCY_SLASH}|\s{{0,3}}{_AGENCY_PAREN})?{_END}",
        # [서울=뉴스와이어] 2025년 3월 4일 --   (서울=연합뉴스)
        rf"[\[(（](?P<loc>[^\]\)）=\n]{{1,20}})=\s{{0,2}}(?P<agency>[^\]\)）\n]{{1,30}})[\])）]"
        rf"(?:\s{{0,3}}(?P<y>\d{{4}})\s{{0,2}}년\s{{0,2}}(?P<m>\d{{1,2}})\s{{0,2}}월\s{{0,2}}(?P<d>\d{{1,2}})\s{{0,2}}일)?{_DASH}",
    ],
    "en": [
        # CHICAGO--(BUSINESS WIRE)--   CHICAGO, March 4, 2025--(BUSINESS WIRE)--
        # ROTTERDAM, Netherlands--(BUSINESS WIRE)--March 3, 2025--
        rf"(?P<loc>{_EN_PLACE})(?:,\s{{1,3}}{_EN_DATE})?\s{{0,3}}--\s{{0,3}}{_AGENCY_PAREN}\s{{0,3}}--"
        rf"(?:\s{{0,3}}(?P<date2>{_MONTH}\s{{1,3}}\d{{1,2}},?\s{{1,3}}\d{{4}})\s{{0,3}}(?:--|—|–))?",
        # SEOUL, South Korea, March 4, 2025 /PRNewswire/ --   NEW YORK, Feb. 20, 2025 (GLOBE NEWSWIRE) --
        rf"(?P<loc>{_EN_PLACE}),\s{{1,3}}{_EN_DATE}(?:\s{{0,3}}{_AGENCY_SLASH}|\s{{0,3}}{_AGENCY_PAREN})?{_END}",
        # HONG KONG SAR - Media OutReach Newswire – 26 June 2026 –   (the wire between place and date)
        rf"(?P<loc>{_EN_PLACE})\s{{1,3}}[-–—]\s{{1,3}}(?P<agency>[A-Z][A-Za-z0-9.&' ]{{2,40}}?(?:Newswire|Wire|NewsWire|News))"
        rf"\s{{1,3}}[-–—]\s{{1,3}}{_EN_DATE}{_END}",
        # Stuttgart, Germany – October 30, 2025 –   LOS ANGELES, CA - October 21, 2025 (NEWMEDIAWIRE) -
        rf"(?P<loc>{_EN_PLACE})\s{{1,3}}[-–—]\s{{1,3}}{_EN_DATE}(?:\s{{0,3}}{_AGENCY_PAREN})?\s{{0,3}}[-–—]",
        # Washington, D.C. (Newsworthy.ai) Wednesday Oct 22, 2025 @ 7:00 AM Eastern —
        rf"(?P<loc>{_EN_PLACE})\s{{0,3}}{_AGENCY_PAREN}\s{{1,3}}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s{{1,3}})?{_EN_DATE}"
        rf"(?:\s{{0,3}}(?:@|at)\s{{0,3}}\d{{1,2}}:\d\d\s?(?:AM|PM|a\.m\.|p\.m\.)?(?:\s[A-Z][a-z]+){{0,2}})?\s{{0,3}}(?:--|—|–|-)",
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
    ],
}

# How many non-empty lines from the top may hold the dateline (a headline may come first).
SEARCH_LINES = 8
