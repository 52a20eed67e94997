"""English organisations on wire-release forms (pipeline/stages/organisations/en.py): boundaries
and things named like bodies. The releases and sentences are written for these tests."""
from pipeline import extract
from pipeline.stages.organisations import en, en_things


def orgs(text):
    return {o.name: o for o in extract(text, lang="en", anchor="2025-03-04")["organisations.jsonl"]}


def found(text):
    return [text[s:e] for (s, e), _ in en.find(text)]


def test_a_name_read_leftwards_stops_at_a_line_break():
    # the contact block's last line ends in digits, then the SOURCE line: no name runs over the break
    text = "Media Contact\nLina Tan\n+65 6123 4567\n\nSOURCE Orvane Dynamics Pte. Ltd.\n"
    assert found(text) == ["Orvane Dynamics Pte. Ltd."]
    assert "Orvane Dynamics Pte. Ltd." in orgs(text)


def test_a_code_or_an_amount_after_for_is_no_part_of_the_name():
    assert found("The Food and Drug Administration for CRV-204 granted it.") == ["Food and Drug Administration"]
    text = "It bought the farms from funds managed by Halden Capital Partners for SEK 2.1 billion."
    assert found(text) == ["Halden Capital Partners"]
    assert found("The Kestrel Institute for Ocean Studies opened.") == ["Kestrel Institute for Ocean Studies"]


def test_a_title_and_a_person_after_a_bodys_field_are_no_part_of_its_name():
    text = "Governor Lane and Georgia Department of Economic Development Commissioner Pat Wilson spoke."
    assert "Georgia Department of Economic Development" in found(text)
    assert found("The Department of Defense Secretary Lloyd Austin said so.") == ["Department of Defense"]


def test_a_place_after_and_opens_a_second_name():
    text = "It had support from the Development Authority of Bryan County and Georgia Power."
    assert "Development Authority of Bryan County" in found(text)
    assert found("The Department of Housing and Urban Development said so.") == ["Department of Housing and Urban Development"]


def test_what_one_complies_with_or_is_certified_under_is_a_law_or_a_standard():
    text = "The app is compliant with FERPA and COPPA, and its cloud is certified under SOC Type II."
    for name in ("FERPA", "COPPA", "SOC Type II"):
        s = text.index(name)
        assert en_things.names_a_thing(text, s, s + len(name)), name
    text = "It works with Velmora Health on care. Velmora Health said so."
    s = text.index("Velmora Health")
    assert not en_things.names_a_thing(text, s, s + len("Velmora Health"))


def test_a_dashboard_a_seal_and_a_wallet_are_products():
    for text, name in (("Teachers use the Brightpath Dashboard daily.", "Brightpath Dashboard"),
                       ("It earned the ISTE Seal this year.", "ISTE Seal"),
                       ("Guests pay with Orion Wallet.", "Orion Wallet")):
        s = text.index(name)
        assert en_things.names_a_thing(text, s, s + len(name)), name


def test_a_term_spelled_out_before_its_acronym_is_no_body():
    text = ("Acme Robotics Inc. links its robots to any Warehouse Management System (WMS) and cut the Total Cost "
            "of Ownership (TCO). It reports Annual Recurring Revenue (ARR) of $40 million and works with "
            "Light Momentum Technology (LMT).")
    names = orgs(text)
    assert not {"Warehouse Management System", "Total Cost of Ownership", "Annual Recurring Revenue"} & set(names), names
    assert "Light Momentum Technology" in names and "Acme Robotics Inc." in names, names


def test_a_territory_after_and_is_a_second_party():
    text = "It was chosen with the support of the Ministry of SMEs and Startups and Gangwon State."
    assert "Ministry of SMEs and Startups" in found(text), found(text)


def test_what_a_firm_is_the_maker_of_is_its_product():
    text = ("Lumina Health, the developer of the CarePulse remote monitoring platform, won an award. "
            "CarePulse is used by 200 clinics.")
    s = text.index("CarePulse")
    assert en_things.names_a_thing(text, s, s + len("CarePulse"))
    text = "Velmo Inc., the maker of Kestrel Robotics Corp. parts, said so."
    s = text.index("Kestrel Robotics Corp.")
    assert not en_things.names_a_thing(text, s, s + len("Kestrel Robotics Corp."))


def test_a_laboratory_or_centre_at_a_body_is_a_unit_of_it():
    text = "Dana Cho, head of the Battery Research Center at Kestrel Motors Corp., spoke with the Harbor Institute."
    assert found(text) == ["Kestrel Motors Corp.", "Harbor Institute"], found(text)
    text = "Mina Park directs the Quantum Computing Laboratory at the University of Velmora."
    assert found(text) == ["University of Velmora"], found(text)
    # at a place, not a body: the centre's own name
    assert found("The Harbor Center at Songdo Global Campus opened.") == ["Harbor Center at Songdo Global Campus"]


def test_where_a_gathering_is_held_at_every_mention_is_a_venue():
    text = ("The Harbor Tech Fair opens at Busan HEXA on May 5. Talks will be held at HEXA and the Grand Marlo "
            "Hotel HEXA. Booths fill the North Wing of HEXA, and a bus runs between Centum Station and HEXA.")
    s = text.index("HEXA")
    assert en_things.names_a_thing(text, s, s + 4)
    # a body that acts is no venue, though it hosts
    text = "The forum will be held at HEXA on May 5. HEXA said 300 firms will attend."
    s = text.index("HEXA")
    assert not en_things.names_a_thing(text, s, s + 4)


def test_a_game_studio_is_a_body_and_a_sports_games_an_event():
    text = ("Nexora Games today signed a publishing deal with Blackfen Studio, founded by former Riot Games "
            "developers. Its athletes will compete at the World Games and the Asian Games.")
    names = orgs(text)
    assert "Nexora Games" in names and "Riot Games" in names, names
    assert "World Games" not in names and "Asian Games" not in names, names


def test_a_brand_before_a_product_line_at_every_mention_names_the_product():
    text = ("Guests can pay with Apple Pay or Google Pay, and the game launches on the App Store and Google Play. "
            "Staff meet on Microsoft Teams.")
    names = orgs(text)
    assert not {"Apple", "Google", "Microsoft"} & set(names), names
    text = "Google Play hosts the game, and Google said it will feature it."
    assert "Google" in orgs(text)


def test_a_name_said_to_be_a_conference_is_the_event():
    text = ("The Harbor Fintech Forum will take place on November 18. About Harbor Fintech Forum\n"
            "The Harbor Fintech Forum is an annual conference organized by the Harbor Fintech Association.")
    s = text.index("Harbor Fintech Forum")
    assert en_things.names_a_thing(text, s, s + len("Harbor Fintech Forum"))
    text = "The Harbor Fintech Association is an industry group. It hosts a forum."
    s = text.index("Harbor Fintech Association")
    assert not en_things.names_a_thing(text, s, s + len("Harbor Fintech Association"))


def test_a_chief_executive_of_a_body_is_no_part_of_its_name():
    text = "Speakers include Eddie Yuen, Chief Executive of the Harbor Monetary Authority; and others."
    assert found(text) == ["Harbor Monetary Authority"], found(text)


def test_a_head_glued_to_the_name_that_opens_its_section_is_one_name():
    text = "About Northbridge BankNorthbridge Bank is a community bank in White Plains."
    assert "Northbridge Bank" in found(text) and not any("BankNorthbridge" in n for n in found(text))
    assert "Northbridge BankNorthbridge Bank" not in orgs(text)


def test_a_regional_chamber_is_a_body():
    text = "A ribbon-cutting with the Dallas Regional Chamber is planned for March 6."
    assert "Dallas Regional Chamber" in found(text)


def test_a_centre_a_body_calls_its_own_is_a_unit_of_it():
    text = "The plant will work with its Asia Technical Center in Suzhou and our Velmo Innovation Lab."
    for name in ("Asia Technical Center", "Velmo Innovation Lab"):
        s = text.index(name)
        assert en_things.names_a_thing(text, s, s + len(name)), name
    text = "The institute works with the Harbor Technical Center. The Harbor Technical Center said so."
    s = text.index("Harbor Technical Center")
    assert not en_things.names_a_thing(text, s, s + len("Harbor Technical Center"))


def test_angel_investors_listed_are_people():
    text = "Taskly is backed by Accel, Y Combinator and angel investors including Dylan Reed and Mia Parker."
    names = orgs(text)
    assert "Dylan Reed" not in names and "Mia Parker" not in names, names
    assert "Accel" in names, names


def test_a_name_for_a_platform_beside_the_name_alone_is_an_edition():
    text = "Teams can plan in Taskly for Outlook. Taskly is used by 40,000 teams."
    s = text.index("Taskly for Outlook")
    assert en_things.names_a_thing(text, s, s + len("Taskly for Outlook"))
    text = "Teach For America said 300 teachers joined."
    s = text.index("Teach For America")
    assert not en_things.names_a_thing(text, s, s + len("Teach For America"))


def test_a_headlines_short_firm_name_and_the_bodys_full_one_are_one_firm():
    text = ("Nordvik Energy Buys Wind Farms from Halden Capital\n\nOSLO, Norway -- Nordvik Energy ASA bought three "
            "farms from funds managed by Halden Capital Partners.")
    names = orgs(text)
    assert [n for n in names if n.startswith("Halden")] == ["Halden Capital Partners"], names


def test_two_names_a_reader_took_as_one_over_and_are_two():
    text = "Other winners included Omada Health and Hinge Health. It was built by veterans of League of Legends and Valorant."
    for name in ("Omada Health and Hinge Health", "League of Legends and Valorant"):
        s = text.index(name)
        assert len(en.coordinated_parts(text, s, s + len(name))) == 2, name
    for name in ("Plug and Play", "Food and Drug Administration", "Ministry of Trade and Industry",
                 "Bill and Melinda Gates Foundation"):
        text = f"It works with the {name} today."
        s = text.index(name)
        assert en.coordinated_parts(text, s, s + len(name)) == [(s, s + len(name))], name


def test_a_members_title_before_a_person_is_no_body():
    text = "Member of Parliament Taleeb Noorani and representatives of the Harbor Band attended."
    s = text.index("Parliament Taleeb Noorani")
    assert en.names_a_person(text, s, s + len("Parliament Taleeb Noorani"))


def test_a_web_address_one_is_sent_to_is_no_body():
    text = "Tickets are sold at Goldstar.com. For more, visit www.velmo.com, or go to Velmo.com today."
    for name in ("Goldstar.com", "www.velmo.com", "Velmo.com"):
        s = text.index(name)
        assert en_things.names_a_thing(text, s, s + len(name)), name
    text = "Amazon.com said sales rose."
    assert not en_things.names_a_thing(text, 0, len("Amazon.com"))


def test_a_founders_initials_are_part_of_a_firms_name():
    assert found("Please send the J.M. Huber Corporation guaranty.") == ["J.M. Huber Corporation"]
    assert found("Sales grew in the U.S. Velmo Inc. said so.") == ["Velmo Inc."]


def test_a_titles_field_then_a_person_is_the_person():
    text = "Gunmen attacked Minister of Defense Hazem Shaalan and Minister of Trade Lee Ji-won yesterday."
    for name in ("Defense Hazem Shaalan", "Trade Lee Ji-won"):
        s = text.index(name)
        assert en.names_a_person(text, s, s + len(name)), name


def test_neither_opens_no_name():
    text = "Neither the Harbor Venture Exchange nor its staff accepts responsibility for this release."
    assert found(text) == ["Harbor Venture Exchange"], found(text)


def test_an_exchanges_market_tier_is_where_shares_trade():
    text = "Velmo Holdings PLC (Nasdaq: VLMR) rose 12% on the Nasdaq Capital Market after the deal."
    names = orgs(text)
    assert "Nasdaq" not in names and "Velmo Holdings PLC" in names, names


def test_about_sections_on_a_drug_a_trial_a_disease_a_field_or_a_person_name_no_body():
    text = ("Solvane Bio, Inc. dosed the first patient in LUMEN-2.\n\n"
            "About Systemic Lupus Erythematosus\nSystemic lupus erythematosus is an autoimmune disease.\n\n"
            "About LUMEN-2\nLUMEN-2 is a randomized, placebo-controlled trial enrolling 240 patients.\n\n"
            "About SLV-301\nSLV-301 is an oral TYK2 inhibitor discovered by Solvane Bio.\n\n"
            "About Dr. Karen Wu\nDr. Wu joined Solvane in 2023.\n\n"
            "About Generative AI Security\nGenerative AI Security is a fast-growing field.\n\n"
            "About Solvane Bio\nSolvane Bio, Inc. is a clinical-stage company.\n")
    names = orgs(text)
    assert [n for n in names if not n.startswith("Solvane")] == [], names
    assert any(n.startswith("Solvane Bio") for n in names), names


def test_a_capitalised_word_with_accents_is_part_of_a_name():
    assert found("It is funded by the Sláintecare Integration Fund.") == ["Sláintecare Integration Fund"]
    assert found("Logistics partner Gebrüder Weiss Holding AG said so.") == ["Gebrüder Weiss Holding AG"]


def test_a_saints_name_the_model_reads_before_its_possessive_is_the_hospitals():
    text = ("Velmo Health Inc. and St. Brigid's Hospital Dublin signed a deal. St. Brigid's cardiology team "
            "will adjust doses.")
    names = orgs(text)
    assert [n for n in names if "Brigid" in n] == ["St. Brigid's Hospital"], names


def test_a_name_before_a_plant_or_an_airport_names_the_facility():
    text = "The deal builds on the Barakah Nuclear Power Plant, and flights leave Velmo Airport daily."
    for name in ("Barakah", "Velmo"):
        s = text.index(name)
        assert en_things.names_a_thing(text, s, s + len(name)), name


def test_a_second_office_after_and_ends_the_body_of_the_first():
    text = "Jane Park, founder of Glow Week and President of Velmo Inc., said the Velmo Cup will return."
    names = orgs(text)
    assert "Velmo Inc." in names and not any(" and President" in n for n in names), names
    assert "Velmo Cup" not in names, names


def test_a_venture_firm_that_co_led_a_round_is_an_investor():
    text = "The round was co-led by Atlas Venture and Kestrel Ventures."
    assert {"Atlas Venture", "Kestrel Ventures"} <= set(orgs(text))
