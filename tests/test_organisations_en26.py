"""English organisations: `led by`, `backed by` name a round's investors only in a sentence about
financing (`a trade mission led by the mayor of X` names none); a country's possessive before a deal's
party (`with Japan's Harbor Bank`) is no part of its name. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="en", anchor="2026-09-22")["organisations.jsonl"]}


def test_led_by_outside_a_financing_names_no_investor():
    found = orgs("The signing took place during a trade mission led by Tollan City Mayor Kim Jae-won.")
    assert not any("Mayor" in n for n in found), found


def test_led_by_in_a_financing_names_the_investors():
    found = orgs("Lumenco raised a $20 million Series A round led by Harbor Ventures with participation from Kestrel Capital.")
    assert {"Harbor Ventures", "Kestrel Capital"} <= found, found


def test_a_countrys_possessive_is_no_part_of_a_partners_name():
    found = orgs("Lumenco signed an agreement with Japan's Velmora Trust on September 19.")
    assert "Velmora Trust" in found, found
    assert not any(n.startswith("Japan") for n in found), found
