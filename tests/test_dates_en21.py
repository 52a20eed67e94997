"""English dates: a participle after a determiner is an adjective (`its combined list`), not the past
tense that places a bare month before the release date (dates/en.py `TENSE_PAST`). The sentences
are written for these tests."""
from pipeline import extract


def values(text, anchor="2027-09-03"):
    return [(t.text, t.value) for t in extract(text, lang="en", anchor=anchor)["timexes.jsonl"]]


def test_a_participle_after_a_determiner_does_not_make_a_month_past():
    text = "Last spring the press signed a deal. It will show its combined list at the book fair in October."
    assert ("October", "2027-10") in values(text)
    assert ("October", "2027-10") in values("The firm will open the renovated hall in October.")


def test_a_past_verb_still_places_a_month_before_the_release():
    assert ("October", "2026-10") in values("The press opened a store in October.")
