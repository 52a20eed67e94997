"""English, from releases written as probes: a sentence's full stop ends a name read over
capitalised words (`… the Port of Halvick Authority. The Company …`, `… the Embassy of Norway. The
…`), a legal form closes the other party of a deal before `of` and its town (`with Pellore Pharma AG
of Basel`), and a firm named one of a set of firms by a ministry is designated (`named one of Korea's
"Global Champion 50" firms`). The sentences are written for these tests."""
from pipeline import extract


def run(text, anchor="2026-10-29"):
    return extract(text, lang="en", anchor=anchor)


def names(text):
    return {o.name for o in run(text)["organisations.jsonl"]}


def test_a_port_authority_ends_at_the_full_stop():
    found = names("On May 2, Tollmark Shipping signed a lease with the Port of Halvick Authority. The Company also "
                  "opened an office in Oslo.")
    assert "Port of Halvick Authority" in found
    assert not any(n.endswith(". The") for n in found)


def test_a_port_named_after_a_saint_keeps_its_abbreviation():
    assert "Port of St. Aubin" in names("The Port of St. Aubin signed a green shipping agreement on Monday.")


def test_an_embassy_ends_at_the_full_stop():
    found = names("The signing was attended by officials of the Embassy of Norway. The Embassy of the Republic of "
                  "Korea in Oslo sent a letter. The U.S. Embassy in Oslo did too.")
    assert {"Embassy of Norway", "Embassy of the Republic of Korea in Oslo", "U.S. Embassy in Oslo"} <= found


def test_a_legal_form_closes_a_deal_partys_name_before_its_town():
    text = ("In March 2025, the company entered into a licensing agreement with Pellore Pharma AG of Basel, "
            "Switzerland, which holds the rights in Europe.")
    found = names(text)
    assert "Pellore Pharma AG" in found
    assert not any("Basel" in n for n in found)


def test_named_one_of_a_set_of_firms_is_a_designation():
    text = ("GUNSAN, South Korea, Feb. 4, 2026 /PRNewswire/ -- Haemun Steel Corp. opened a tower plant. The "
            "company was named one of Korea's \"Global Champion 50\" firms by the Ministry of SMEs and Startups "
            "in 2024.")
    events = [(e.type, e.date.value if e.date else None) for e in run(text, "2026-02-04")["events.jsonl"]]
    assert ("designation", "2024") in events


def test_a_firm_acquired_or_merged_with_is_an_organisation():
    assert "Pelling Reefer Lines" in names("Tollmark Shipping N.V. acquired Pelling Reefer Lines on August 4, 2026.")
    assert "Norrvik Data" in names("The acquisition of Norrvik Data will close in the fourth quarter.")
    assert "Quorra Labs" in names("Halvern Bio said its merger with Quorra Labs was approved by shareholders.")
    found = names("Halvern Bio Inc. completed its acquisition of Berlin-based Quellsen GmbH in January 2026.")
    assert "Quellsen GmbH" in found and not any("Berlin" in n for n in found)


def test_what_of_a_firm_is_acquired_is_no_organisation():
    found = names("Tollmark Shipping N.V. acquired ISO 9001 certification in May. It acquired Orvane's terminal "
                  "assets in June. Its merger with Korea's market leader was called off.")
    assert found == {"Tollmark Shipping N.V."}


def test_a_second_party_described_in_three_words_signs_too():
    text = ("GUNSAN, South Korea, Feb. 4, 2026 /PRNewswire/ -- Haemun Steel Corp., a Korean maker of steel towers, and "
            "Norwegian wind developer Fjellvind Power Ltd. signed a memorandum of understanding on Tuesday.")
    deal = next(e for e in run(text, "2026-02-04")["events.jsonl"] if e.type == "agreement")
    assert ("Fjellvind Power Ltd.", "partner") in {(p.name, p.role) for p in deal.participants}


def test_an_anaphor_that_acts_keeps_the_name_after_its_verb_as_what_it_takes():
    text = ("NEW YORK, March 3, 2026 /PRNewswire/ -- Halvern Health, Inc. today announced a new monitor. In "
            "January, the company received FDA clearance for its cardiac patch and partnered with Pellworth "
            "Pharmacy Group to offer it in 500 stores.")
    for e in run(text, "2026-03-03")["events.jsonl"]:
        if e.type in ("approval", "agreement"):
            subject = next(p.name for p in e.participants if p.role == "subject")
            assert subject == "Halvern Health, Inc.", (e.type, subject)


def test_a_one_word_partner_frequent_but_in_no_dictionary_is_a_firm():
    found = names("NEW YORK, March 3, 2026 /PRNewswire/ -- Halvern Health, Inc. today said it partnered with "
                  "Walgreens to offer its patch in 500 stores, and signed an agreement with Partners to train staff.")
    assert "Walgreens" in found
    assert "Partners" not in found


def test_the_name_a_relative_clause_hangs_on_acts_in_it():
    text = ("SEOUL, June 10, 2026 /PRNewswire/ -- Hanbit Trade Agency released a report today. It names startups "
            "such as Nuri Chips Inc., which raised $250 million in a Series C round in April, and Dalbit Robotics "
            "Inc., which opened a research center in Austin last month.")
    subjects = {e.type: next((p.name for p in e.participants if p.role == "subject"), None)
                for e in run(text, "2026-06-10")["events.jsonl"]}
    assert subjects.get("investment") == "Nuri Chips Inc."
    assert subjects.get("opening") == "Dalbit Robotics Inc."


def test_a_second_body_acting_beside_a_known_one_is_a_body():
    found = names("SEOUL, June 10, 2026 /PRNewswire/ -- The Hanbit Trade Promotion Agency (HTPA) and Startup Atlas "
                  "today released a joint report on Seoul's startup scene.")
    assert "Startup Atlas" in found
    found = names("SEOUL, June 10, 2026 /PRNewswire/ -- Nuri Chips Inc. and Dana Whitfield today released a report.")
    assert "Dana Whitfield" not in found


def test_a_product_launched_in_a_title_case_headline_is_a_thing():
    from pipeline.stages.organisations.en_things import names_a_thing
    text = ("Halvern Launches OrbitLink Platform for AI Workloads\n\nAUSTIN, Texas, Oct. 6, 2026 /PRNewswire/ -- "
            "Halvern Data, Inc. today launched OrbitLink Platform, a managed service. Customers can try OrbitLink "
            "for free.")
    at = text.rindex("OrbitLink")
    assert names_a_thing(text, at, at + len("OrbitLink"))
    text = "In 1972, Velora introduced the Velora 10, which became a best seller. Velora employs 300 people."
    at = text.rindex("Velora")
    assert not names_a_thing(text, at, at + len("Velora"))


def test_an_analysts_report_named_for_its_field_is_no_body():
    found = names("AUSTIN, Texas, Oct. 6, 2026 /PRNewswire/ -- Halvern Data, Inc. was recognized in the Gartner Magic "
                  "Quadrant for Cloud Database Management Systems in 2025.")
    assert not any("Quadrant" in n for n in found), found


def test_a_partner_named_after_through_a_partnership_with_is_a_body():
    found = names("MINNEAPOLIS, Nov. 2, 2026 /PRNewswire/ -- Halvern Health, Inc. expanded its remote care program to "
                  "12 states through a partnership with Pellworth Harbor Health Plan.")
    assert "Pellworth Harbor Health Plan" in found


def test_named_to_a_list_in_quotes_is_a_designation():
    text = ("MINNEAPOLIS, Nov. 2, 2026 /PRNewswire/ -- Halvern Health, Inc. opened a lab. Halvern Health was named "
            "to the Medtech Weekly \"Top 20\" list in 2025.")
    assert ("designation", "2025") in [(e.type, e.date.value) for e in run(text, "2026-11-02")["events.jsonl"]]


def test_a_logistics_or_science_park_is_a_place():
    found = names("COLUMBUS, Ohio, Sept. 15, 2026 /PRNewswire/ -- Halvern Fiber, Inc. today opened its first U.S. "
                  "plant at the Marrowick Global Logistics Park. The plant sits beside the Tessaly Science Park.")
    assert not any(n.endswith("Park") for n in found), found
