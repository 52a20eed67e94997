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
