"""English organisations on wire-release forms (pipeline/stages/organisations/en.py): boundaries
and things named like bodies. The releases and sentences are written for these tests."""
from pipeline import extract
from pipeline.stages.organisations import en


def orgs(text):
    return {o.name: o for o in extract(text, lang="en", anchor="2025-03-04")["organisations.jsonl"]}


def found(text):
    return [text[s:e] for (s, e), _ in en.find(text)]


def test_a_name_read_leftwards_stops_at_a_line_break():
    # the contact block's last line ends in digits, then the SOURCE line: no name runs over the break
    text = "Media Contact\nLina Tan\n+65 6123 4567\n\nSOURCE Orvane Dynamics Pte. Ltd.\n"
    assert found(text) == ["Orvane Dynamics Pte. Ltd."]
    assert "Orvane Dynamics Pte. Ltd." in orgs(text)


def test_a_code_or_an_amount_after_for_is_no_part_of_the_name():
    assert found("The Food and Drug Administration for CRV-204 granted it.") == ["Food and Drug Administration"]
    text = "It bought the farms from funds managed by Halden Capital Partners for SEK 2.1 billion."
    assert found(text) == ["Halden Capital Partners"]
    assert found("The Kestrel Institute for Ocean Studies opened.") == ["Kestrel Institute for Ocean Studies"]
