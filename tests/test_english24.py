"""English organisations: a list after a kind of body in the plural names bodies of that kind
(`utilities like A and B`, `airlines such as A and B`); two fields joined by `and` before a common
ending are one name (`… Gas and Electric Company`), while a proper name before `and` starts a
second one. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="en", anchor="2026-12-03")["organisations.jsonl"]}


def test_a_list_after_utilities_or_airlines_names_bodies():
    assert "Marrow Valley Edison" in orgs("The software serves utilities like Marrow Valley Edison and Stonebrook Energy.")
    assert "Velmora Air" in orgs("Airlines such as Velmora Air and Tollan Airways already fly the route.")


def test_two_fields_joined_before_a_common_ending_are_one_name():
    assert "Tollan Gas and Electric Company" in orgs("Tollan Gas and Electric Company said on Monday that it would raise rates.")
    found = orgs("Raman previously led optics at Silver Leap and Blue Reality Labs.")
    assert "Blue Reality Labs" in found and not any(" and " in name for name in found)
    found = orgs("Kestrova and Global Logistics Inc. signed the agreement on Monday.")
    assert "Global Logistics Inc." in found
    assert not any(name.startswith("Kestrova and") for name in found)


def test_a_title_joined_to_a_hyphenated_title_is_no_name():
    assert not any("Co" in name.split() for name in orgs("“We are proud,” said Mina Cho, Founder and Co-Chairman of Halvern."))


def test_a_second_and_after_a_ministrys_fields_starts_another_name():
    found = orgs("The Ministry of Coasts and Fisheries and Velmora Port Authority signed an MOU on Monday.")
    assert "Ministry of Coasts and Fisheries" in found
    assert "Velmora Port Authority" in found
    assert "Department of Health and Family Services" in orgs("The Department of Health and Family Services said on Monday it would act.")


def test_a_legal_form_after_a_comma_closes_the_name_before_it():
    assert "Tarrow Bio, Inc." in orgs("Tarrow Bio, Inc. today announced a licensing deal.")
    assert "Norvane, Inc." in orgs("Shares of Norvane, Inc. rose on Monday.")
    found = orgs("“We are ready,” said Jessica Moon, Co-founder of Halvern Labs.")
    assert not any(name.endswith(", Co") for name in found)
    assert not orgs("In Boston, Inc. magazine ranked the start-up first.")


def test_a_weekday_opens_no_name():
    assert "National Drug Agency of Velmora" in orgs("On Monday the National Drug Agency of Velmora cleared the device.")


def test_a_site_named_after_the_releases_own_body_is_no_body():
    text = ("Velmora Motors partners with Rhenvale on vehicle testing\n\nHANOI, VIETNAM - Media OutReach Newswire - "
            "17 July 2026 - Velmora today announced a memorandum of understanding with Rhenvale GmbH. The partnership "
            "includes the development of the Velmora Testing Center. Velmora will build the center in Hai Phong.")
    found = {o.name: o for o in extract(text, lang="en", anchor="2026-07-17")["organisations.jsonl"]}
    assert "Velmora Testing Center" not in found
    agreement = next(e for e in extract(text, lang="en", anchor="2026-07-17")["events.jsonl"] if e.type == "agreement")
    subject = next(p.name for p in agreement.participants if p.role == "subject")
    assert subject in ("Velmora", "Velmora Motors")
    text = text.replace("Velmora Motors partners", "Velmora partners")
    found = {o.name for o in extract(text, lang="en", anchor="2026-07-17")["organisations.jsonl"]}
    assert "Velmora" in found and "Velmora Testing Center" not in found


def test_each_party_listed_after_in_partnership_with_is_a_body():
    found = orgs("The program was developed in partnership with Velmora Robotics and Tollan.")
    assert {"Velmora Robotics", "Tollan"} <= found
    assert "Tollan" in orgs("Kestrova signed an agreement with Norvane and Tollan on Monday.")
    assert not orgs("Kestrova partnered with Seoul and Busan on Monday.")


def test_what_owns_acquires_or_runs_a_firm_is_a_body():
    assert "Norvane" in orgs("Tarrow was acquired by Norvane in 2024.")
    assert {"Norvane", "Tollan"} <= orgs("Tarrow, a joint venture between Norvane and Tollan, opened a plant on Monday.")
    assert not orgs("Tarrow is owned by John Smith.")
    assert "KOSDAQ-listed" not in orgs("Tarrow Lab, a subsidiary of the KOSDAQ-listed company Velmo Bio, opened on Monday.")


def test_a_second_post_after_a_bodys_name_ends_it():
    found = orgs("The minister met Sultan Haddad, CEO of Norvane Energy and Velmoran Minister of Industry, on Monday.")
    assert "Norvane Energy" in found and not any("Minister" in name for name in found)
