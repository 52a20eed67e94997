"""English organisations: a company a share of which is held, bought or sold (`owns approximately 48%
of Tessaro Copper`), whatever its name reads as (en_context.holding_names); European legal forms
end a company's name (`Oy`, `A/S`, `SpA`; nlp/data/organisation_endings.tsv). The sentences are
written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="en", anchor="2026-12-06")["organisations.jsonl"]}


def test_a_company_a_share_of_which_is_held_is_a_company():
    assert "Tessaro Copper" in orgs("Orvane Mining also owns approximately 48% of Tessaro Copper, which runs a mine in Chile.")
    assert "Brightwell Foods" in orgs("Halden acquired a majority stake in Brightwell Foods last year.")


def test_a_project_or_a_region_a_share_of_which_is_held_is_no_company():
    assert "Kestrel Mining" not in orgs("The fund holds a 30% interest in the Kestrel Mining project.")
    assert not orgs("The company holds a 20% share of Europe and sold 10% in Asia.")


def test_european_legal_forms_end_a_company_name():
    found = orgs("Supplies come from Nordvik Oy and Halden A/S, with Mare Alto SpA in Italy.")
    assert {"Nordvik Oy", "Halden A/S", "Mare Alto SpA"} <= found
