"""English organisations on wire-release forms, second pass (pipeline/stages/organisations/en.py and
its English data): addresses, studies, laws one complies with, offices' units, plans, names over
`and`. The releases and sentences are written for these tests."""
from pipeline import extract
from pipeline.stages.organisations import en, en_context, en_things


def orgs(text):
    return {o.name: o for o in extract(text, lang="en", anchor="2025-03-04")["organisations.jsonl"]}


def found(text):
    return [text[s:e] for (s, e), _ in en.find(text)]


def a_thing(text, name):
    s = text.index(name)
    return en_things.names_a_thing(text, s, s + len(name))


def test_a_streets_name_is_an_address():
    text = "Harbor Dental Clinic is located at 4410 N Palmetto Road, Suite 12, Tampa, FL 33602."
    assert a_thing(text, "N Palmetto Road")
    assert a_thing("Visit us at 88 Cherry Creek Drive in Denver.", "Cherry Creek Drive")
    assert not a_thing("Ferro Road Holdings said so.", "Ferro Road Holdings")


def test_a_study_or_a_trial_by_its_name_is_no_body():
    text = "The clearance rests on the PULSE-ONE study, which enrolled 300 patients. PULSE-ONE study data were strong."
    assert a_thing(text, "PULSE-ONE")
    text = "The Harbor Heart trial met its goal."
    assert a_thing(text, "Harbor Heart")
    # a body's study is the body's
    assert not a_thing("A Velmora Clinic study found the same.", "Velmora Clinic")


def test_what_a_product_complies_with_or_adheres_to_is_a_law():
    text = "The app complies with HIPAA and adheres to GDPR."
    assert a_thing(text, "HIPAA") and a_thing(text, "GDPR")


def test_an_offices_unit_before_its_body_is_no_body():
    text = ("Mr. Anan Chai, Vice President of Powertrain Engineering, Korvath Motors, said the lab opens in May. "
            "Korvath Motors builds sedans.")
    assert [text[s:e] for s, e in en_context.role_names(text)] == []
    # a body and its city after it stays
    text = "Jane Park, CEO of Halvern Bio, Singapore, said so."
    assert [text[s:e] for s, e in en_context.role_names(text)] == ["Halvern Bio"]
    text = "Jane Park, CEO of Halvern Bio, said so."
    assert [text[s:e] for s, e in en_context.role_names(text)] == ["Halvern Bio"]


def test_a_word_after_and_that_owns_a_name_is_a_second_body():
    text = "It gave $5,000 to the Food Bank of the Blue Ridge and Miriam's Kitchen this week."
    assert found(text) == ["Food Bank of the Blue Ridge"], found(text)
    text = "The Department of Housing and Urban Development's Office of Policy said so."
    assert found(text)[0] == "Department of Housing and Urban Development", found(text)


def test_a_convention_and_visitors_bureau_is_one_body():
    text = "The show is backed by the Reno Convention and Visitors Authority."
    assert found(text) == ["Reno Convention and Visitors Authority"], found(text)


def test_an_insurers_plans_are_products():
    text = ("Marlow Health Plan will offer its Marlow Complete and Marlow Dual Select plans in 12 counties. "
            "Marlow Health Plan serves 90,000 members.")
    assert a_thing(text, "Marlow Complete")
    assert not a_thing(text, "Marlow Health Plan")


def test_an_exchanges_market_tier_is_no_part_of_its_name():
    text = "Korvel Holdings Limited is listed on the Main Board of The Stock Exchange of Hong Kong Limited."
    assert "The Stock Exchange of Hong Kong Limited" in found(text), found(text)
    assert not any(n.startswith("Main Board") for n in found(text)), found(text)


def test_a_plural_possessive_ends_the_name():
    text = "The work was funded by the Ministry of Digital Affairs' A+ Innovation Program."
    assert found(text) == ["Ministry of Digital Affairs"], found(text)


def test_a_scheme_named_before_its_logo_is_no_body():
    text = "The group received a Caring Company logo this year."
    assert a_thing(text, "Caring Company")


def test_the_exchange_of_a_ticker_bracket_renders_no_name():
    text = ("TAIPEI, TAIWAN - Media OutReach Newswire - 2 June 2026 - Korvane Photonics Corp. (TWSE: 6612) today "
            "unveiled a laser module. Korvane Photonics Corp. makes optics.")
    names = orgs(text)
    assert "Korvane Photonics Corp." in names, names
    assert not any("Newswire" in n for n in names) and "TWSE" not in names, names


def test_a_name_that_goes_on_into_a_park_names_the_park():
    assert found("Its lab is in Xinhe Software Park, Suzhou.") == [], found("Its lab is in Xinhe Software Park, Suzhou.")
    # a park's authority is a body
    assert found("The Xinhe Software Park Authority said so.") == ["Xinhe Software Park Authority"]


def test_a_school_district_or_board_is_one_body():
    assert found("Marisol Unified School District adopted the app.") == ["Marisol Unified School District"]
    assert found("The Harlow District School Board said so.") == ["Harlow District School Board"]
    assert found("Talks were held in the Harlow High School Board Room.") == ["Harlow High School"]


def test_a_name_runs_on_over_an_ampersand():
    text = "Its products are sold at Harlowe Hotels & Resorts properties and at Velmo Inc. stores."
    s = text.index("Harlowe Hotels")
    assert en.over_ampersand(text, s, s + len("Harlowe Hotels")) == (s, s + len("Harlowe Hotels & Resorts"))
    for name in ("Boys & Girls Clubs of America", "Harlowe Hotels & Resorts"):
        text = f"It works with {name} today."
        s = text.index(name)
        assert en.coordinated_parts(text, s, s + len(name)) == [(s, s + len(name))], name
    text = "It works with Velmo Care & Harlo Motion today."
    s = text.index("Velmo")
    assert len(en.coordinated_parts(text, s, s + len("Velmo Care & Harlo Motion"))) == 2


def test_a_name_said_to_be_a_system_or_a_suite_is_a_product():
    text = "About CareTrace\nCareTrace is an AI-powered remote patient monitoring system used by 90 clinics."
    assert a_thing(text, "CareTrace")
    text = "Harlow Health System is a health system serving rural Ohio."
    assert not a_thing(text, "Harlow Health System")


def test_a_known_makers_product_line_listed_as_a_platform_is_a_product():
    text = "Episodes stream on platforms including Apple Podcasts, Microsoft Teams and Spotify."
    assert a_thing(text, "Apple Podcasts") and a_thing(text, "Microsoft Teams")
    assert not a_thing(text, "Spotify")
    names = orgs(text)
    assert "Apple Podcasts" not in names and "Microsoft Teams" not in names, names


def test_firms_named_by_their_trade_end_in_it():
    text = ("Harbor Point Realty bought Lone Star Homes. Patients use Piedmont Healthcare and CVS Pharmacy, and "
            "Navy Federal Credit Union lends. Guests stay at Crestline Hotels & Resorts.")
    assert found(text) == ["Harbor Point Realty", "Piedmont Healthcare", "CVS Pharmacy", "Navy Federal Credit Union",
                           "Crestline Hotels & Resorts"], found(text)


def test_a_headlines_short_name_before_and_resorts_is_the_same_firm():
    text = ("Crestline Hotels Opens Rooftop Lounge\n\nNASHVILLE, Tenn. -- Crestline Hotels & Resorts opened a lounge. "
            "Crestline Hotels & Resorts runs 40 hotels.")
    names = orgs(text)
    assert [n for n in names if n.startswith("Crestline")] == ["Crestline Hotels & Resorts"], names


def test_a_person_the_release_calls_by_the_surname_alone_is_no_body():
    text = ("Korvane Advisory today named Tomasz Wierzbowski and Adaeze Okonjo partners. Wierzbowski joins from "
            "Lazard. Ms. Okonjo began her career at Evercore. \"Tomasz and Adaeze bring depth,\" the firm said.")
    for name in ("Tomasz Wierzbowski", "Adaeze Okonjo", "Tomasz and Adaeze"):
        s = text.index(name)
        assert en.names_a_person(text, s, s + len(name)), name
    # a firm is called by its first word, or by a common last word
    text = "Marlow Kestrel signed the deal. Marlow said the Kestrel unit will grow. Harbor Health said so."
    assert not en.names_a_person(text, 0, len("Marlow Kestrel"))
    assert not en.said_alone("Sinn Fein hits back at critics.", "Fein")


def test_a_firms_numbered_fund_is_no_part_of_its_name():
    assert found("It closed Harlow Capital Fund III with $400 million.") == ["Harlow Capital"]
    assert found("It closed Harlow Ventures Fund 2 today.") == ["Harlow Ventures"]
    assert found("The Velmo Growth Fund said so.") == ["Velmo Growth Fund"]


def test_a_country_spoken_of_as_a_firm_is_no_body():
    text = '"Korea Inc. is changing," said the CEO of Velmo Inc.'
    assert "Korea Inc." not in found(text) and "Velmo Inc." in found(text)
    assert a_thing(text, "Korea Inc.")
    assert "Korea Inc." not in orgs(text)


def test_a_span_ending_in_the_word_for_a_thing_is_the_thing():
    text = "The practice offers same-day crowns with CERAVO technology and the Velmo app."
    assert a_thing(text, "CERAVO technology") and a_thing(text, "Velmo app")
    assert not a_thing("It uses Velmo technology today.", "Velmo")
