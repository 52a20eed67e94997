"""English events: a deal's term after its verb (`starting with the 2026/27 season`, `through 2030`)
does not date the deal; the lede's deal is the dateline's day; `plans to meet with` a body is a
meeting (pipeline/stages/events/find.py `_EN_TERM_BEFORE`, events/en.py). The releases are written
for these tests."""
from pipeline import extract


def events(text):
    return [(e.type, e.date.value if e.date else None) for e in extract(text, lang="en", anchor="2026-08-03")["events.jsonl"]]


def test_a_deals_term_does_not_date_the_deal():
    text = ("Arkwell Signs Kit Deal with FC Valmora\n\n"
            "MILAN, Italy, Aug. 3, 2026 /PRNewswire/ -- Arkwell Sports has signed a five-year partnership "
            "with FC Valmora, starting with the 2026/27 season.\n")
    assert ("agreement", "2026-08-03") in events(text)
    assert not any(t == "agreement" and v and v.startswith("2026/") for t, v in events(text))


def test_planning_to_meet_with_a_body_is_a_meeting_on_its_date():
    text = ("BOSTON, Jan. 14, 2026 /PRNewswire/ -- Corlane Bio reported results. "
            "Corlane Bio plans to meet with the U.S. Food and Drug Administration in the second quarter of 2026.\n")
    assert ("meeting", "2026-Q2") in events(text)


def test_a_round_named_by_its_series_alone_is_an_investment():
    text = ("SEOUL, Oct. 21, 2026 /PRNewswire/ -- Hanwell AI makes factory robots. Hanwell AI was spun out of a "
            "university in 2021 and closed a $60 million Series B in March, led by Northgate Ventures.\n")
    assert ("investment", "2026-03") in events(text)
