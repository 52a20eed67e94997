"""English event status: a relative clause opens its own tense (pipeline/stages/events/find.py,
`_en_status`). The sentences are written for these tests."""
from pipeline import extract


def statuses(text):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="en", anchor="2026-11-18")["events.jsonl"]]


def test_a_past_relative_clause_in_a_sentence_about_the_future_occurred():
    text = "Proceeds will fund a Phase 2 trial of HB-201, which the U.S. Food and Drug Administration cleared in September 2026."
    assert statuses(text) == [("approval", "2026-09", "occurred")]


def test_a_future_relative_clause_stays_planned():
    text = "Kestrel Metals will open a plant in Ohio, which will be completed in March 2027."
    assert ("opening", "2027-03", "planned") in statuses(text)


def test_the_main_clause_keeps_its_own_negation_after_a_relative_clause():
    text = "Kestrel Metals, which opened its first plant in 2019, will not open a second plant this year."
    assert statuses(text) == [("opening", "2019", "occurred"), ("opening", "2026", "negated")]
