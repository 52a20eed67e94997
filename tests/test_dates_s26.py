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
