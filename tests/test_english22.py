"""English: a firm's first word is its short form even when a headline also names it without its legal
form; the body of the people named in a plural possessive (`Employees' Retirement System`); a fronted
participle whose phrase lists names tells of the subject after the list; names listed after a
preposition's object are governed by it too, never the subject. The sentences are written for these tests."""
from pipeline import extract


def run(text, anchor="2026-12-02"):
    return extract(text, lang="en", anchor=anchor)


def orgs(text):
    return {o.name: o for o in run(text)["organisations.jsonl"]}


def subjects(text):
    return [(e.type, next((p.name for p in e.participants if p.role == "subject"), None))
            for e in run(text)["events.jsonl"]]


HEADLINE = ("Tessaly Biologics Reports Results of Its Phase 2 Trial\n\n"
            "BOSTON, Dec. 1, 2026 /PRNewswire/ -- Tessaly Biologics, Inc. today reported results of its trial.\n\n"
            "Tessaly will host a conference call for investors on December 9, 2026.\n")


def test_a_first_word_is_the_short_form_when_the_headline_names_the_firm_without_its_legal_form():
    body = orgs(HEADLINE)["Tessaly Biologics, Inc."]
    assert "Tessaly" in [m.text for m in body.mentions]
    assert ("meeting", "Tessaly Biologics, Inc.") in subjects(HEADLINE)


def test_the_body_of_the_people_a_plural_possessive_names():
    found = orgs("The round drew the Marlow County School Employees' Retirement System and the Ardent Nurses’ "
                 "Pension Fund as new investors.")
    assert "Marlow County School Employees' Retirement System" in found
    assert "Ardent Nurses’ Pension Fund" in found


def test_a_fronted_participle_with_a_list_of_backers_tells_of_the_subject_after_it():
    text = ("Founded in 2021 and backed by Kestrel Capital, Norland Ventures and Birchway Partners, Lumora "
            "Systems Inc. builds scheduling tools.")
    assert ("founding", "Lumora Systems Inc.") in subjects(text)


def test_an_apposition_after_a_fronted_participle_keeps_its_subject():
    text = "Founded in 2021, Lumora Systems Inc., a maker of scheduling tools, is based in Ohio."
    assert ("founding", "Lumora Systems Inc.") in subjects(text)


def test_names_listed_after_a_prepositions_object_are_no_subject():
    text = ("Tessaly Biologics, Inc. today reported results. The trial was run in collaboration with Ardent "
            "Clinical Research and the Westmere Health Consortium. In September it closed a $40 million "
            "financing led by Kestrel Capital.")
    assert ("investment", "Tessaly Biologics, Inc.") in subjects(text)


def test_a_fronted_phrase_closed_by_a_comma_leaves_the_name_after_it_the_subject():
    text = "Together with Ardent Clinical Research, Tessaly Biologics, Inc. launched a new trial on May 4, 2026."
    assert ("launch", "Tessaly Biologics, Inc.") in subjects(text)


def test_exchanges_in_ticker_brackets_of_every_spelling_are_no_bodies():
    found = orgs("Kestrel Gold Corp. (TSX-V: KGC) (OTCQB: KSTGF) and Orvane Mining Ltd. (TSXV: ORV; NYSE American: "
                 "ORVM) signed an option agreement on May 2, 2026.")
    assert {"Kestrel Gold Corp.", "Orvane Mining Ltd."} <= set(found)
    assert not {"TSX-V", "TSXV", "OTCQB", "NYSE American"} & set(found)


def test_a_first_nation_is_a_government():
    found = orgs("The company signed an exploration agreement with the Kettle Lake First Nation on June 3, 2026.")
    assert found["Kettle Lake First Nation"].kind == "government"


def test_a_body_named_by_a_multiword_kind_then_its_own_head_takes_the_head():
    found = orgs("Harbor Credit Union is insured by the National Credit Union Administration (NCUA).")
    assert found["National Credit Union Administration"].kind == "government"
    assert found["Harbor Credit Union"].kind == "company"


LEDE = "PETALUMA, Calif., Dec. 3, 2026 (GLOBE NEWSWIRE) -- Harbor Credit Union opened its fourth branch today.\n\n"


def test_news_the_release_also_announces_in_its_body_is_the_datelines():
    found = [(e.type, e.date.value) for e in run(LEDE + "Harbor also announced a partnership with Sonoma Ridge "
                                                  "University to offer free coaching.\n")["events.jsonl"]]
    assert ("agreement", "2026-12-03") in found


def test_a_partnership_announced_earlier_is_not_todays():
    found = [(e.type, e.date.value) for e in run(LEDE + "Harbor previously announced a partnership with Sonoma Ridge "
                                                  "University.\n")["events.jsonl"]]
    assert ("agreement", "2026-12-03") not in found


def test_a_gathering_hosted_by_a_body_and_speaking_at_one_are_meetings():
    def found(text):
        return [(e.type, e.date.value) for e in run(text, anchor="2027-01-05")["events.jsonl"]]
    assert ("meeting", "2027-01-07") in found(
        "Whitfield will speak on a panel hosted by the Consumer Technology Association on January 7.")
    assert ("meeting", "2027-01-02") in found("Dana Whitfield spoke at the Smart Home Summit in Austin on January 2.")


def test_a_tense_reaches_no_further_than_its_clause():
    found = {t.text: t.value for t in run("Netflix acquired worldwide streaming rights in October, and Kestrel Films "
                                          "will handle the release in fall 2027.", anchor="2026-12-01")["timexes.jsonl"]}
    assert found["October"] == "2026-10"
    found = {t.text: t.value for t in run("Kestrel opened a lab in March, and it will hire 40 people by June.",
                                          anchor="2026-12-01")["timexes.jsonl"]}
    assert found["March"] == "2026-03" and found["June"] == "2027-06"


def test_an_artists_or_a_staffing_agency_is_a_firm():
    found = orgs("Lanternfish Pictures is represented by Creative Artists Agency and hires through Northgate Staffing Agency.")
    assert found["Creative Artists Agency"].kind == "company"
    assert found["Northgate Staffing Agency"].kind == "company"


def test_a_date_in_a_relative_clause_after_the_trigger_is_that_clauses():
    found = [(e.type, e.date.value) for e in run(
        "Awards were made to Kettle Fiber Cooperative, which will build the networks by the end of 2028.",
        anchor="2026-12-03")["events.jsonl"]]
    assert ("award", "2028") not in found
    found = [(e.type, e.date.value) for e in run(
        "Harbor Credit Union opened FIX 2026, an expo of tools that will shape the future, at the Civic Center on "
        "October 23.", anchor="2026-10-25")["events.jsonl"]]
    assert ("meeting", "2026-10-23") in found


def test_a_relative_clause_that_tells_when_the_gathering_is_held_dates_what_happens_there():
    found = [(e.type, e.date.value) for e in run(
        "Kettle Marine will showcase the technology at Gastech 2027, which runs from September 9 to 12 in Milan.",
        anchor="2027-08-03")["events.jsonl"]]
    assert any(d == "2027-09-09/2027-09-12" or d == "2027-09-09" for _, d in found)


def test_a_programme_named_with_its_short_form_in_brackets_is_no_body():
    found = orgs("The funding comes from the federal Broadband Equity, Access, and Deployment (BEAD) program "
                 "run by the Kettle Telecommunications Administration.")
    assert not any(n.startswith("Broadband Equity") for n in found)


def test_a_tribe_is_a_government():
    found = orgs("Awards were made to Northway Telecom LLC and the Kettle River Mohawk Tribe on May 2, 2026.")
    assert found["Kettle River Mohawk Tribe"].kind == "government"


def test_a_second_body_after_and_that_the_release_names_alone_is_no_part_of_the_first():
    found = orgs("The Kettle State Department of Public Service and Granite State Development announced the awards. "
                 "Media contact: Press Office, Granite State Development.")
    assert "Kettle State Department of Public Service" in found
    assert not any("and Granite" in n for n in found)
    assert "Ministry of Trade and Industry" in orgs("The Ministry of Trade and Industry signed the deal on May 2, 2026.")
