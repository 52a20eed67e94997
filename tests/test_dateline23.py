"""Datelines: an English dateline that gives its place alone (`WASHINGTON, D.C. — The Department …`) is
one, with no date; its place is no organisation; a headline in capitals with a dash is none. The
lines are written for these tests."""
from pipeline import extract
from pipeline.nlp.build import get_nlp


def test_a_place_alone_before_a_dash_is_a_dateline():
    doc = get_nlp("en")("Grants for Grid Storage\n\nWASHINGTON, D.C. — The Marlow Energy Agency today announced grants.")
    dl = doc._.dateline
    assert (dl["location"], dl["date"], dl["agency"]) == ("WASHINGTON, D.C.", None, None)
    assert doc.text[dl["end"]:].strip().startswith("The Marlow")
    assert get_nlp("en")("Title\n\nSAN DIEGO, Calif. -- Orvane Inc. opened a lab.")._.dateline["location"] == "SAN DIEGO, Calif."


def test_its_place_is_no_organisation():
    out = extract("Grants for Grid Storage\n\nWASHINGTON, D.C. — The Marlow Energy Agency today announced grants.",
                  lang="en", anchor="2026-01-14")
    assert [o.name for o in out["organisations.jsonl"]] == ["Marlow Energy Agency"]


def test_a_headline_in_capitals_with_a_dash_is_no_dateline():
    assert get_nlp("en")("ORVANE UNVEILS ROBOT — A NEW ERA\n\nOrvane Inc. today unveiled a robot.")._.dateline is None
