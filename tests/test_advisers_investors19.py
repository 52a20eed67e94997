"""English releases name a deal's advisers and a round's investors in set phrases
(pipeline/stages/organisations/en_context.py): `served as counsel to`, `was advised by`, a firm
whose name is common words before its legal form, and `existing investor`. The sentences are
written for these tests."""
from pipeline import extract
from pipeline.stages.organisations.en_context import advisor_names, investor_names


def names(finder, text):
    return [text[s:e] for s, e in finder(text)]


def test_counsel_to_a_party_is_an_adviser():
    assert names(advisor_names, "Brantley Hale LLP served as counsel to Marlow Ventures.") == ["Brantley Hale LLP"]
    # (a name that reads as a person's stays out: a lawyer serves as counsel too)
    assert names(advisor_names, "Dana Whitfield served as counsel to Marlow Ventures.") == []


def test_advised_by_names_the_adviser_up_to_the_sentences_end():
    text = "Halvorsen was advised by Cooley LLP. Brantley Hale LLP served as counsel to Marlow Ventures."
    assert names(advisor_names, text) == ["Brantley Hale LLP", "Cooley LLP"]


def test_a_legal_form_keeps_its_stop_and_makes_a_firm_of_common_words():
    text = "Golden Bridge & Co. LLC is serving as financial advisor to Kestrel Metals."
    assert names(advisor_names, text) == ["Golden Bridge & Co. LLC"]


def test_a_person_serving_as_adviser_is_no_firm():
    assert names(advisor_names, "Jane Whitfield will serve as advisor to the board.") == []


def test_an_existing_investor_is_an_investor():
    text = ("The round was led by Marlow Ventures, with participation from Crestline Capital Partners, "
            "as well as existing investor Northgate Capital.")
    assert names(investor_names, text) == ["Marlow Ventures", "Crestline Capital Partners", "Northgate Capital"]


def test_the_records_of_a_financing_release():
    text = ("Halvorsen Biotherapeutics, Inc. today announced a $48 million Series B financing led by Marlow "
            "Ventures, as well as existing investor Northgate Capital. Halvorsen was advised by Cooley LLP. "
            "Brantley Hale LLP served as counsel to Marlow Ventures.")
    found = {o.name for o in extract(text, lang="en", anchor="2026-11-18")["organisations.jsonl"]}
    assert {"Northgate Capital", "Cooley LLP", "Brantley Hale LLP"} <= found
    assert not any(". " in n for n in found)
