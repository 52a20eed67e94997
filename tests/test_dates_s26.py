"""Dates and datelines (twenty-sixth session): a bare day that is the first or last day of a stretch
the release told is of that stretch's month; a dateline that gives its date in brackets after the
place (`HARTFORD, Conn. (Dec. 1, 2026) --`) dates the release. Texts written here."""
from pipeline.api import extract


def _values(text: str, lang: str, anchor: str = "2026-12-05") -> dict[str, str]:
    return {t.text: t.value for t in extract(text, lang=lang, anchor=anchor)["timexes.jsonl"]}


def test_the_last_day_of_a_stretch_told_bare_is_of_its_month():
    values = _values("青山縣政府今（5）日宣布，青山音樂節將於12月12日至12月20日舉行。\n\n"
                     "縣府表示，開幕音樂會將於12日晚間舉行。閉幕晚會則於20日在青山市舉辦。", "zh")
    assert values["20日"] == "2026-12-20"


def test_a_dateline_with_its_date_in_brackets_after_the_place_dates_the_release():
    doc = extract("Governor Announces Grants\n\nHARTFORD, Conn. (Dec. 1, 2026) -- The Office of Rural Water today "
                  "announced grants to 23 towns.", lang="en", anchor="2026-12-05")["documents.jsonl"][0]
    assert doc.dateline is not None and doc.dateline.date == "2026-12-01"
    assert doc.anchor == "2026-12-01"


def test_a_written_weekday_keeps_a_day_in_the_releases_year_after_next_years_month():
    # 21 December 2026 is a Monday; 2027's is a Tuesday
    values = _values("한빛시는 내년 4월 15일부터 17일까지 열리는 박람회에 참가할 기업을 12월 21일(월)까지 모집한다고 밝혔다.", "ko")
    assert values["12월 21일(월)"] == "2026-12-21"


def test_a_range_whose_end_gives_the_next_year_starts_in_the_year_before():
    assert _values("特展將於12月12日至2027年3月14日在青山美術館展出。", "zh")["12月12日至2027年3月14日"] == "2026-12-12/2027-03-14"
    assert _values("전시는 12월 12일부터 내년 3월 14일까지 열린다.", "ko")["12월 12일부터 내년 3월 14일까지"] == "2026-12-12/2027-03-14"


def test_the_opening_day_is_the_first_day_of_the_stretch_told():
    values = _values("青山市政府文化局今（4）日表示，特展將於12月12日至明年3月14日在青山美術館展出。\n\n"
                     "文化局指出，開幕當天下午2時將舉行藝術家座談。", "zh", anchor="2026-12-04")
    assert values["開幕當天下午2時"].startswith("2026-12-12")


def test_the_day_of_a_gathering_named_before_it_is_that_gatherings_day():
    values = _values("青山市政府今（4）日宣布，「2026智慧城市論壇」將於12月9日在青山會館舉行。\n\n"
                     "經發局指出，論壇當天下午將舉行聯盟成立大會。", "zh", anchor="2026-12-04")
    assert values["當天下午"].startswith("2026-12-09")
