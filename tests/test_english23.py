"""English: a port's authority named by its port (`the Port of Tacoma`) is a body that acts, the
port as a place is not; `Shipping` ends a shipping company's name, and like `Logistics` it also ends
a service's name (`Free Shipping Week`) said once in a headline. The sentences are written for these
tests."""
from pipeline import extract


def run(text, anchor="2026-09-18"):
    return extract(text, lang="en", anchor=anchor)


def orgs(text):
    return {o.name: o for o in run(text)["organisations.jsonl"]}


def subjects(text):
    return [(e.type, next((p.name for p in e.participants if p.role == "subject"), None))
            for e in run(text)["events.jsonl"]]


def test_a_port_authority_named_by_its_port_acts():
    text = "The Port of Marrowick opened its new container terminal on Wednesday."
    found = orgs(text)
    assert found["Port of Marrowick"].kind == "government"
    assert ("opening", "Port of Marrowick") in subjects(text)


def test_two_ports_sign_with_each_other():
    found = orgs("The Port of Tessaly and the Port of Grand Orvane signed a green corridor agreement on Monday.")
    assert {"Port of Tessaly", "Port of Grand Orvane"} <= set(found)


def test_a_port_as_the_place_ships_call_at_is_no_body():
    assert not orgs("Ships calling at the Port of Marrowick waited two days for a berth.")


def test_a_shipping_company_is_named_by_its_word():
    found = orgs("The terminal signed berthing agreements with Oduvan Shipping and Pelling Freight Logistics on Monday.")
    assert {"Oduvan Shipping", "Pelling Freight Logistics"} <= set(found)


def test_a_service_ending_in_shipping_or_logistics_said_once_is_no_body():
    assert not orgs("NEW YORK -- Free Shipping Week Returns With Deals From Hundreds of Retailers")
    assert not orgs("NEW YORK -- Smart Logistics Week Returns With Lower Fares for Small Sellers")


def parties(text, etype):
    return [[(p.name, p.role) for p in e.participants] for e in run(text, "2026-03-03")["events.jsonl"] if e.type == etype]


def test_names_after_a_second_predicate_of_plan_take_no_part_in_the_first():
    text = ("Orvane Therapeutics opened a laboratory in Leeds last year and plans to file for approval with the "
            "European Medicines Agency in the second half of 2026.")
    assert parties(text, "opening") == [[("Orvane Therapeutics", "subject")]]
    text = ("Orvane Therapeutics signed a supply agreement with Pelling Chemicals on Monday and will open a plant "
            "with Marlow Industrial Partners next year.")
    assert ("Pelling Chemicals", "partner") in parties(text, "agreement")[0]
    assert ("Marlow Industrial Partners", "partner") not in parties(text, "agreement")[0]


def test_an_office_is_a_body():
    text = ("The grants, made through the agency's Office of Grid Reliability, follow a loan the Loan Programs "
            "Office closed on Monday. The Marrowick Film Office approved the project on Monday.")
    found = orgs(text)
    assert {"Office of Grid Reliability", "Loan Programs Office", "Marrowick Film Office"} <= set(found)
    assert found["Marrowick Film Office"].kind == "government"
    assert orgs("Orvane Family Office led the round on Monday.")["Orvane Family Office"].kind == "company"


def test_an_office_that_is_a_room_a_building_goods_or_a_persons_unit_is_no_body():
    assert not orgs("The President spoke from the Oval Office on Monday.")
    assert not orgs("The firm moved its Head Office to the 10300 Heritage Office Building in May.")
    assert not orgs("Users of Microsoft Office can install the add-in from today.")
    assert "Office of Overseas Programs" not in orgs(
        "Dr. Lena Varga, Director of the Office of Overseas Programs, led the Tessaly Institute delegation.")


def test_an_about_section_that_repeats_the_name_after_a_space_is_one_name():
    text = ("Marlow Ridge Capital Invests in Pelling Labs\n\nPelling Labs today announced an investment from "
            "Marlow Ridge Capital.\n\nAbout Marlow Ridge Capital Marlow Ridge Capital is the investment firm of "
            "Marta Lind.")
    assert not [n for n in orgs(text) if n.count("Marlow") > 1]


def test_a_manager_of_assets_or_capital_is_named_by_its_words():
    found = orgs("Tessaly Asset Management and Kestrel Capital Management joined the round, along with Norland "
                 "Wealth Management.")
    assert {"Tessaly Asset Management", "Kestrel Capital Management", "Norland Wealth Management"} <= set(found)
    assert not orgs("The firm offers Asset Management services to families on Monday.")


def test_a_firm_named_without_management_is_the_same_firm():
    text = ("Marlow Capital Management today opened an office in Austin. Marlow Capital said the office will "
            "serve clients in Texas.")
    found = orgs(text)
    assert "Marlow Capital" not in found
    assert "Marlow Capital" in [m.text for m in found["Marlow Capital Management"].mentions]


def roles(text, etype, anchor="2026-10-07"):
    return [sorted((p.name, p.role) for p in e.participants) for e in run(text, anchor)["events.jsonl"] if e.type == etype]


def test_names_listed_after_a_preposition_share_its_role():
    got = roles("Quantivo Inc. signed an agreement with Orvane Inc. and Pelling Labs on Monday.", "agreement")
    assert [("Orvane Inc.", "partner"), ("Pelling Labs", "partner"), ("Quantivo Inc.", "subject")] in got


def test_names_after_a_second_predicate_with_an_auxiliary_take_no_part():
    got = roles("Quantivo Inc. was founded in 2020 by two engineers and is backed by Granite Peak Ventures.", "founding")
    assert got == [[("Quantivo Inc.", "subject")]]


def test_a_subsidiary_named_after_its_owners_possessive_acts():
    got = roles("Orvane Inc.'s subsidiary Pelling Labs LLC opened a plant in Ohio on Monday.", "opening", "2026-03-04")
    assert got == [[("Pelling Labs LLC", "subject")]]
    got = roles("Orvane Inc.’s Korean unit, Pelling Labs LLC, opened a plant in Ohio on Monday.", "opening", "2026-03-04")
    assert got == [[("Pelling Labs LLC", "subject")]]
