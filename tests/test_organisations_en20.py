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


def test_a_bodys_meeting_is_an_event_not_a_body():
    found = orgs("Data will be presented at the Nordic Society of Cardiology Annual Meeting in March.")
    assert not any(n.endswith("Meeting") for n in found)


def test_a_name_opened_by_a_bodys_word_in_another_language_is_a_body():
    found = orgs("The fabric was developed with the Politecnico di Torino and Fundación Verano.")
    assert {"Politecnico di Torino", "Fundación Verano"} <= found


def test_a_football_club_by_its_initials_is_a_body():
    assert "FC Valmora" in orgs("Arkwell has signed a five-year kit deal with FC Valmora.")


def test_a_forum_hosted_is_a_meeting_even_where_a_headline_capitalises_the_verb():
    text = ("Larkin Agency to Host Nordic-Chile Clean Water Business Forum in Santiago\n\n"
            "Larkin Agency will host the Nordic-Chile Clean Water Business Forum on May 4.")
    assert not any("Forum" in n for n in orgs(text))


def test_a_possessive_after_a_share_leaves_the_company():
    found = orgs("Briar Mining now holds approximately 9.8% of Northmoor's outstanding shares.")
    assert "Northmoor" in found and "Northmoor's" not in found


def test_a_kind_in_the_plural_a_comma_and_including_opens_a_list_of_names():
    found = orgs("About 40 firms, including Doosan Enerbility, Hyosung Heavy Industries and Vantor Electric, will attend.")
    assert "Vantor Electric" in found


def test_a_second_body_by_the_acronym_the_release_gave_it_is_not_part_of_the_first():
    text = ("Mexico's Secretariat of Energy (SENER) joined. The deal was signed between the "
            "Ministry of Trade, Industry and Energy and SENER last year. The Ministry of Science and ICT agreed.")
    found = orgs(text)
    assert "Ministry of Trade, Industry and Energy" in found
    assert not any(n.endswith("and SENER") for n in found)
    assert "Ministry of Science and ICT" in found
