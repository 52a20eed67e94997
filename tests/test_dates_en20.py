"""English dates and events: the stop of an abbreviation or an initial before a capital (`U.S.
Department`, `Inc. said`) does not end the sentence a date reads its tense from (dates/en.py
`SENTENCE_END`); an offering priced is a listing (events/en.py). The sentences are written for
these tests."""
from pipeline import extract


def test_an_abbreviations_stop_does_not_hide_the_verbs_tense():
    text = "Kestrel Inc. was awarded a $40 million contract by the U.S. Department of Energy on April 2."
    assert [(t.text, t.value) for t in extract(text, lang="en", anchor="2026-12-05")["timexes.jsonl"]] == [("April 2", "2026-04-02")]


def test_an_initial_public_offering_priced_is_a_listing():
    text = ("HOUSTON, July 9, 2026 /PRNewswire/ -- Kestrel Inc. makes sensors. Kestrel Inc. priced its initial public "
            "offering of 5 million shares at $12 per share on July 9.")
    events = extract(text, lang="en", anchor="2026-07-09")["events.jsonl"]
    assert ("listing", "2026-07-09") in [(e.type, e.date.value) for e in events if e.date]
