"""Datelines: the wire between slashes and then the date (`NEW YORK, NY / ACCESSWIRE / March 4, 2025 /`;
dateline/rules.py). The lines are written for these tests."""
from pipeline.nlp.build import get_nlp


def test_a_wire_between_slashes_then_the_date_is_a_dateline():
    doc = get_nlp("en")("OSLO, Norway / ACCESSWIRE / June 11, 2027 / Halden Bank ASA today opened a branch.")
    dl = doc._.dateline
    assert (dl["location"], dl["agency"], dl["date"]) == ("OSLO, Norway", "ACCESSWIRE", "2027-06-11")
    assert doc.text[dl["end"]:].strip().startswith("Halden Bank")
