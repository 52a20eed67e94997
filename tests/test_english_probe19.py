"""English wire releases: a gathering named `… Night` or held over a meal is a meeting
(pipeline/stages/events/en.py, HOSTED); a first word the release writes as a place (`Gyeonggi
Province`) is no short form of the body named after the place (organisations/find.py). The text
is written for these tests."""
from pipeline import extract

TEXT = ("The Gyeonggi Content Agency (GCA) will operate the Korea Pavilion at a technology fair in Lisbon. "
        "On November 11, GCA will host a Korea Startup Night with the Portugal-Korea Chamber of Commerce. "
        "\"We will continue to support startups from Gyeonggi Province,\" said the agency's president.")


def result():
    return extract(TEXT, lang="en", anchor="2026-11-03")


def test_a_night_hosted_is_a_meeting():
    found = [(e.type, e.date.value, e.status) for e in result()["events.jsonl"]]
    assert ("meeting", "2026-11-11", "planned") in found


def test_a_place_the_release_names_is_no_short_form():
    agency = next(o for o in result()["organisations.jsonl"] if o.name == "Gyeonggi Content Agency")
    assert "Gyeonggi" not in agency.aliases
    assert all(m.text != "Gyeonggi" for m in agency.mentions)


def test_the_other_party_of_a_deal_is_an_organisation():
    text = "Last year, Norvane Robotics Inc. signed a memorandum of understanding with Startup Portugal on May 3."
    r = extract(text, lang="en", anchor="2026-11-03")
    assert "Startup Portugal" in {o.name for o in r["organisations.jsonl"]}
    deal = next(e for e in r["events.jsonl"] if e.type == "agreement")
    assert ("Startup Portugal", "partner") in [(p.name, p.role) for p in deal.participants]


def test_a_person_a_deal_is_made_with_is_no_organisation():
    r = extract("Norvane Robotics Inc. signed a consulting deal with Dana Whitfield on May 3, 2026.", lang="en",
                anchor="2026-11-03")
    assert "Dana Whitfield" not in {o.name for o in r["organisations.jsonl"]}


def test_a_delegation_led_to_an_expo_with_its_acronym_takes_part_in_it():
    text = ("Busan Techno Park (BTP) announced that it led a delegation of 20 companies to the Smart City Expo World "
            "Congress (SCEWC) 2026, held in Barcelona, Spain, from November 17 to 19.")
    found = [(e.type, e.date.value) for e in extract(text, lang="en", anchor="2026-12-01")["events.jsonl"]]
    assert ("meeting", "2026-11-17/2026-11-19") in found
    assert not any(t == "visit" for t, _ in found)


def test_both_parties_of_a_deal_between_them():
    from pipeline.stages.organisations.en_context import deal_party_names
    text = ("The delegation signed three memorandums of understanding, including one between Haeun Mobility and the "
            "Barcelona-based logistics company Orbis Freight.")
    assert [text[s:e] for s, e in deal_party_names(text)] == ["Haeun Mobility", "Orbis Freight"]


def test_a_union_is_a_body():
    text = "The Hanbit Motors Labor Union, established in May 2023, represents 600 workers."
    r = extract(text, lang="en", anchor="2026-11-03")
    assert "Hanbit Motors Labor Union" in {o.name for o in r["organisations.jsonl"]}
    founding = next(e for e in r["events.jsonl"] if e.type == "founding")
    assert [p.name for p in founding.participants if p.role == "subject"] == ["Hanbit Motors Labor Union"]
    assert extract("The union of the two firms was approved.", lang="en", anchor="2026-11-03")["organisations.jsonl"] == []
