"""English organisations: what wire releases name the way they name bodies, and say otherwise
what it is (products, programmes, venues, an event's edition, people with a role). The sentences
are written for these tests."""
import pytest

from pipeline import extract
from pipeline.config import PipelineOptions
from pipeline.nlp.build import get_nlp
from pipeline.stages.organisations import en, en_context, en_things
from pipeline.stages.organisations.exclude import exclude
from pipeline.stages.organisations.find import Candidate


def orgs(text):
    return {o.name: o for o in extract(text, lang="en", anchor="2025-02-20")["organisations.jsonl"]}


def spot(text, name):
    s = text.index(name)
    return s, s + len(name)


@pytest.mark.parametrize("text, name", [
    ("Customers can download the Velora app today. The Velora app is free.", "Velora"),
    ("The firm sells Nexaflo devices to hospitals.", "Nexaflo"),
    ("Its drones earned Sky Shield certifications last year.", "Sky Shield"),
    ("The clinic now offers HALO WAVE® treatments. HALO WAVE® lifts skin.", "HALO"),
    ("Buyers waited for the Orbix 7 in stores.", "Orbix"),
    ("The team spoke at Harbor Tech Forum 2025 in Busan.", "Harbor Tech Forum"),
    ("The team spoke at the 2025 Harbor Tech Forum in Busan.", "Harbor Tech Forum"),
    ("The team spoke at the 5th Harbor Tech Forum in Busan.", "Harbor Tech Forum"),
    ("The talks take place at the Marlowe Convention Center on May 5.", "Marlowe Convention Center"),
    ("Guests met in Riverside Hall after the keynote.", "Riverside Hall"),
])
def test_products_programmes_venues_and_editions_are_things(text, name):
    assert en_things.names_a_thing(text, *spot(text, name))


@pytest.mark.parametrize("text, name", [
    ("Velora Inc. launched an app. Velora Inc. said sales rose.", "Velora Inc."),
    ("The Velora app is new, and Velora hired 40 engineers.", "Velora"),   # one mention acts
    ("Harbor Tech Forum 2025 drew crowds; Harbor Tech Forum plans more.", "Harbor Tech Forum"),
    ("Square reported revenue of $2 billion.", "Square"),   # the venue word alone is a company
    ("Sales at Orbix rose 7 percent.", "Orbix"),
])
def test_bodies_named_like_things_stay(text, name):
    assert not en_things.names_a_thing(text, *spot(text, name))


def test_a_person_with_a_role_before_or_a_title_after_is_no_body():
    text = "The show featured influencers Dana Reyes and Tom Okafor. Dana Reyes, CEO of a studio, spoke."
    assert en.names_a_person(text, *spot(text, "Dana Reyes"))
    text = "Chairman Daniel Cho opened the plant."
    assert en.names_a_person(text, *spot(text, "Chairman Daniel Cho"))
    text = "Influencers liked it. Dana Reyes Partners signed a deal. Dana Reyes Partners grew."
    assert not en.names_a_person(text, *spot(text, "Dana Reyes Partners"))


def test_a_release_keeps_its_bodies_and_drops_its_things():
    found = orgs("SEOUL, Jan. 6, 2026 /PRNewswire/ -- Velmora Robotics Inc. showed the Velora app at the "
                 "Marlowe Convention Center and joined the 2026 Harbor Tech Forum.")
    assert "Velmora Robotics Inc." in found
    assert not {"Velora", "Marlowe Convention Center", "Harbor Tech Forum"} & set(found)


def test_a_country_with_or_without_full_stops_is_one_body():
    found = orgs("The US Department of Defense and the U.S. Department of Defense (DoD) signed the contract.")
    bodies = [o for n, o in found.items() if "Department of Defense" in n]
    assert len(bodies) == 1, sorted(found)
    assert {"US Department of Defense", "U.S. Department of Defense"} <= {bodies[0].name, *bodies[0].aliases}


def test_a_possessive_ends_a_name_and_a_date_is_no_part_of_it():
    found = orgs("The U.S. Department of Commerce's Bureau of Industry and Security issued rules. "
                 "Delegates from the Harlow Development Agency on May 5 met the press.")
    assert "U.S. Department of Commerce" in found and "Bureau of Industry and Security" in found
    assert "Harlow Development Agency" in found and not any("May" in n for n in found)


def test_the_acronym_of_a_law_or_programme_the_release_spells_out_is_no_body():
    found = orgs("Its drones meet the Coastal Drone Safety Act (CDSA). CDSA rules bar foreign parts, and CDSA "
                 "audits run yearly. Corvella Robotics Inc. builds them.")
    assert "CDSA" not in found and "Corvella Robotics Inc." in found


def test_the_names_heading_about_sections_are_organisations():
    text = ("SEOUL, Jan. 6, 2026 /PRNewswire/ -- Velmora Robotics Inc. and Quillstone Xchange signed a deal.\n\n"
            "About Quillstone Xchange:\nQuillstone Xchange runs a market for robot parts.\n\n"
            "About tidewave-ai\nIt builds farm software.\n\n"
            "About Harbel Family Office\u00a0 Harbel Family Office is an investment firm.\n\n"
            "About the Event\nThe event runs yearly.\n\n"
            "About Velmora 2026\nA show.\n")
    found = orgs(text)
    assert {"Quillstone Xchange", "tidewave-ai", "Harbel Family Office", "Velmora Robotics Inc."} <= set(found)
    assert not {"the Event", "Event", "Velmora 2026"} & set(found)
    assert [m.text for m in found["Quillstone Xchange"].mentions].count("Quillstone Xchange") == 3


def test_an_about_head_in_capitals_names_the_body_as_the_body_writes_it():
    found = orgs("Marrow Automotive opened a plant. Marrow Automotive hired 300 people.\n\n"
                 "ABOUT MARROW AUTOMOTIVE\nThe company makes steering.\n")
    assert "Marrow Automotive" in found and "MARROW AUTOMOTIVE" not in found


def test_a_name_in_capitals_is_the_body_it_names_but_for_case():
    found = orgs("Quarrow SE appointed a new chief executive. Since 1953, QUARROW has made keyboards, and QUARROW "
                 "sells them in 40 countries.")
    assert "Quarrow SE" in found and "QUARROW" not in found
    assert "QUARROW" in [m.text for m in found["Quarrow SE"].mentions]


def test_a_name_only_used_as_a_modifier_is_no_mention_of_a_body():
    found = orgs("Corvella Holdings (NASDAQ: CRVH), a Nasdaq-listed holding company, bought a stake in Velmora Robotics Inc.")
    assert "Nasdaq" not in found and "NASDAQ" not in found and "Corvella Holdings" in found
    found = orgs("Corvella Holdings listed its shares on Nasdaq, and Nasdaq confirmed the listing.")
    assert "Nasdaq" in found


def test_a_known_name_inside_an_events_name_is_no_mention_of_the_body():
    found = orgs("Halvern Bio, Inc. will present at the J.P. Morgan Healthcare Conference in January.")
    assert "J.P. Morgan" not in found
    found = orgs("Halvern Bio, Inc. hired J.P. Morgan as adviser before the J.P. Morgan Healthcare Conference.")
    assert "J.P. Morgan" in found


def test_a_word_for_a_thing_after_coordinated_names_applies_to_each():
    text = "The drones earned Sky Shield (SS) and Blue Ridge certifications this year."
    assert en_things.names_a_thing(text, *spot(text, "Sky Shield"))
    text = "Sky Shield and Blue Ridge Partners signed a deal."
    assert not en_things.names_a_thing(text, *spot(text, "Sky Shield"))


def test_what_a_word_for_places_lists_are_places():
    text = ("The free zone spans Harwen, Tollby, and Marsk. It comprises three developed areas: Harwen, Tollby, and "
            "Marsk. Velmora Robotics Inc. opened an office there.")
    assert {(text.index("Harwen", 40), text.index("Harwen", 40) + 6)} <= en_context.listed_places(text)
    found = orgs(text)
    assert not {"Harwen", "Tollby", "Marsk"} & set(found) and "Velmora Robotics Inc." in found
    # a name the entity model alone offers, listed so, is dropped
    doc = get_nlp("en", PipelineOptions())(text)
    first = text.index("Harwen")
    assert exclude(doc, [Candidate(first, first + 6, "company", "model")]) == []
    velmora = text.index("Velmora")
    assert exclude(doc, [Candidate(velmora, velmora + 7, "company", "model")]) != []


@pytest.mark.parametrize("text, name", [
    ("The agency organized the 'Harbor Startup Forum,' which drew 300 founders. Harbor Startup Forum ends today.",
     "Harbor Startup Forum"),
    ('The pavilion follows a new concept called "Green Loop." Green Loop shows recycled fashion.', "Green Loop"),
])
def test_a_title_in_quotes_after_a_verb_of_making_is_a_thing(text, name):
    assert en_things.names_a_thing(text, *spot(text, name))


def test_a_body_quoted_as_a_defined_short_name_stays():
    text = 'Swiss Quill Technology SA ("SQT") and SQT engineers built it.'
    assert not en_things.names_a_thing(text, *spot(text, "SQT"))


def test_a_brand_before_a_model_designation_at_every_mention_names_a_product():
    found = orgs("Test drives include the Audi Q4 Sportback e-tron and the BMW (model TBA), and visitors can try the "
                 "Apple Vision Pro. Corvella Holdings Inc. runs the event.")
    assert not {"Audi", "BMW", "Apple"} & set(found) and "Corvella Holdings Inc." in found
    found = orgs("Audi opened a plant, and the Audi Q4 e-tron is built there.")
    assert "Audi" in found


def test_a_name_only_in_the_wires_closing_notice_is_no_party():
    text = ("Corvella Holdings Inc. bought a stake in Velmora Robotics Inc.\n\n"
            "NOTE TO INVESTORS: Quillcast Media Network is a financial news publisher paid by companies.\n"
            "Please see full terms of use on the Quillcast Media Network website.\n"
            "Quillcast Media Network (QMN)\nLos Angeles, California\n")
    assert en.in_distributor_notice(text, list(en.occurrences(text, "Quillcast Media Network")))
    assert not en.in_distributor_notice(text, list(en.occurrences(text, "Corvella Holdings Inc.")))
    found = orgs(text)
    assert "Quillcast Media Network" not in found and "Corvella Holdings Inc." in found


def test_a_short_name_defined_after_the_full_one_joins_it():
    text = ("The platform links Harwick National Machinery Corporation (Harmach) and Velmora Climate Systems "
            "“VELMO”. It serves partners such as Harmach, VELMO, Corvella Bank and Pellam Energy. "
            "Corvella Group (3861.HK), formerly Quorra Technology Group, is listed.")
    found = orgs(text)
    assert "Harmach" in found["Harwick National Machinery Corporation"].aliases and "Harmach" not in found
    assert "VELMO" in found["Velmora Climate Systems"].aliases and "VELMO" not in found
    assert "Quorra Technology Group" in found["Corvella Group"].aliases and "Quorra Technology Group" not in found


def test_an_organisation_word_in_the_other_number_names_the_same_body():
    found = orgs("Hyundai Motor showed a concept car in Busan, and Hyundai Motors said sales would rise.")
    assert len([n for n in found if n.startswith("Hyundai Motor")]) == 1


def test_chambers_parliaments_and_district_offices_are_bodies_and_a_nations_body_keeps_its_host_country():
    names = set(orgs("The American Chamber of Commerce in Korea and the Mapo District Office signed an MOU. "
                   "The Nordic Battery Consortium joined."))
    assert {"American Chamber of Commerce in Korea", "Mapo District Office", "Nordic Battery Consortium"} <= names, names


def test_a_persons_office_at_a_body_names_the_body_but_not_a_place_or_a_department():
    from pipeline import extract

    def names(text):
        return {o.name for o in extract(text, lang="en", anchor="2025-02-20")["organisations.jsonl"]}
    assert "Halvern Bio" in names("Dr. Jane Park, CEO of Halvern Bio, said the results were strong.")
    assert "Q.ANT" in names("Jin Choi, co-founder and CEO at Q.ANT, said so.")
    assert not names("Head of Sales Tom Kim and the President of Korea spoke.")
    # a short form of a name found otherwise is a mention of it
    found = names("Corvane Robotics, Inc. raised funds, said Elena Marsh, Chief Executive Officer of Corvane.")
    assert "Corvane" not in found and "Corvane Robotics, Inc." in found, found


def test_the_investors_a_financing_release_names_are_bodies_but_not_people():
    names = set(orgs("The round was co-led by John Smith and Brightwell Ventures, with participation from existing "
                   "investors Norvale and Quen."))
    assert {"Brightwell Ventures", "Norvale", "Quen"} <= names and "John Smith" not in names, names


def test_an_investor_named_in_common_words_is_a_firm_when_a_firm_word_ends_it():
    names = set(orgs("The Series B round was led by Silver Harbor Management, with participation from Strong "
                   "Demand and Northgate Capital."))
    assert {"Silver Harbor Management", "Northgate Capital"} <= names and "Strong Demand" not in names, names


def test_a_regulation_or_treaty_spelled_out_for_its_acronym_is_no_body():
    names = set(orgs("Orbix Holdings will seek approval under the Medical Device Regulation (MDR) and the "
                   "Pacific Trade Treaty (PTT) next year."))
    assert "Orbix Holdings" in names and not names & {"Medical Device Regulation", "MDR", "Pacific Trade Treaty", "PTT"}, names


def test_capitalised_words_between_two_organisation_words_keep_one_name():
    names = set(orgs("The sale was cleared by the Coastal Energy Regulatory Commission and the Hanbit Motor Group "
                   "Design Center, while Hanbit Energy Chief Executive Officer Lee Dana spoke."))
    assert {"Coastal Energy Regulatory Commission", "Hanbit Motor Group Design Center", "Hanbit Energy"} <= names, names
    assert not names & {"Coastal Energy", "Regulatory Commission"}, names


def test_asian_legal_forms_close_a_name_with_their_full_stops():
    names = set(orgs("They will form Kestrel Photonics Pte. Ltd. in Singapore with Orbix Sdn. Bhd. of Penang."))
    assert {"Kestrel Photonics Pte. Ltd.", "Orbix Sdn. Bhd."} <= names, names
    # a legal form closes the name: `of` after it says where the company is
    recs = extract("It signed with Orbix Inc. of Penang and Kestrel Ltd. of Seoul.", lang="en", anchor="2025-02-20")
    assert {o.name for o in recs["organisations.jsonl"]} == {"Orbix Inc.", "Kestrel Ltd."}
    # but a second legal form goes on with the first
    assert "Hanra Semicon Co., Ltd." in orgs("Hanra Semicon Co., Ltd. (KOSDAQ: 291830) announced it today.")


def test_an_event_named_before_its_year_is_no_body_even_with_words_between():
    names = set(orgs("Orbix Holdings showed its chips at Chipcon Southeast Asia 2025 in Singapore. Visitors to "
                   "Chipcon Southeast Asia 2025 saw the demo."))
    assert "Orbix Holdings" in names and not any(n.startswith("Chipcon") for n in names), names


def test_possessives_a_country_owns_ends_before_the_name_and_after_it():
    names = set(orgs("The device won approval from Japan's Pharmaceuticals and Medical Devices Agency (PMDA) and a place "
                   "on the Korean Ministry of Food and Drug Safety's register."))
    assert {"Pharmaceuticals and Medical Devices Agency", "Korean Ministry of Food and Drug Safety"} <= names, names
    assert not any("Japan's" in n or n.endswith("'s") for n in names), names


def test_possessives_inside_names_stay():
    names = set(orgs("Orbix Holdings works with St. Mark's General Hospital, the People's Bank of China and "
                   "Children's Hospital of Riverton."))
    assert {"St. Mark's General Hospital", "People's Bank of China", "Children's Hospital of Riverton"} <= names, names


def test_a_name_described_as_a_platform_is_not_found_by_that_alone():
    names = set(orgs("Orbix Holdings today launched the Carewell Remote Monitoring Suite, a cloud platform for "
                   "hospitals."))
    assert "Orbix Holdings" in names and not any("Carewell" in n for n in names), names


def test_what_a_group_owns_is_a_company_but_a_member_of_one_may_be_a_person():
    names = set(orgs("Meditrend, a wholly owned subsidiary of Sanwa Holdings, and Kestrel, a unit of Tokyo-based "
                     "Orbix Group, signed it. Dr. Park, a member of the National Academy, spoke."))
    assert {"Meditrend", "Kestrel", "Sanwa Holdings", "Orbix Group"} <= names and "Park" not in names, names


def test_people_named_before_the_body_they_are_of_are_no_part_of_its_name():
    names = set(orgs("Representatives of the Hanbit Bank Group joined a panel moderated by Professor Lee Ji-won of "
                     "Daerim University, and Dr. Kim Min-jun of Nuri Medical Center spoke."))
    assert {"Hanbit Bank Group", "Daerim University", "Nuri Medical Center"} <= names, names
    assert not any(n.startswith(("Representatives", "Professor", "Kim", "Lee")) for n in names), names


def test_where_a_company_is_based_or_listed_is_no_part_of_its_name():
    names = set(orgs("Tokyo-based Sorami Inc. and Nasdaq-listed Orbix Holdings formed a venture."))
    assert {"Sorami Inc.", "Orbix Holdings"} <= names, names


@pytest.mark.parametrize("text, name", [
    # a legal form is a whole word: `Co` does not cut `Commission`
    ("The Securities Commission approved it.", "Securities Commission"),
    # a public body named with its country after it
    ("The listing was approved by the Securities Commission Malaysia last week.", "Securities Commission Malaysia"),
    ("The Competition Commission Singapore said so.", "Competition Commission Singapore"),
    # a company's name stops before a country (its arm there is another matter)
    ("Hanbit Energy Korea said so.", "Hanbit Energy"),
])
def test_legal_forms_are_words_and_public_bodies_take_their_country(text, name):
    assert name in orgs(text)


def test_a_second_organisation_word_takes_its_own_complement():
    text = ("The study was published on Monday. Researchers at Yonsei University College of Medicine found "
            "that the drug worked well in most of the patients who took it.")
    assert "Yonsei University College of Medicine" in orgs(text)


def test_partnerships_end_in_llp_or_lp():
    text = ("The company was advised by Marlow Tenning Okafor & Reyes LLP in the deal, which closed on Friday "
            "after a long review. Funds managed by Norrel Capital Partners LP also invested in the round.")
    found = orgs(text)
    assert "Marlow Tenning Okafor & Reyes LLP" in found and "Norrel Capital Partners LP" in found


def test_a_list_with_a_legal_forms_full_stop_names_bodies():
    text = ("The study was published on Monday. Partners such as Velmora, Corvane, Hanbit Motors and Kestrel Inc. "
            "signed the pledge, the group said.")
    found = orgs(text)
    assert {"Velmora", "Corvane", "Hanbit Motors", "Kestrel Inc."} <= set(found)


@pytest.mark.parametrize("text, names, not_names", [
    # `and the` parts two names, even after `of`; `Institutes` is an organisation word
    ("The study was published on Monday. The grant came from the National Institutes of Health and the "
     "Norrel Family Foundation, the company said.",
     {"National Institutes of Health", "Norrel Family Foundation"}, set()),
    # a common word's `of` before a name with its own organisation word is no part of it
    ("The study was published on Monday. Shares of Hanbit Holdings Corp. rose 5% after the report.",
     {"Hanbit Holdings Corp."}, {"Shares of Hanbit Holdings Corp."}),
    # an organisation word's `of` stays (`Bank of …`), `and` inside a body's fields stays
    ("The study was published on Monday. The Bank of Norrel and the Ministry of Trade, Industry and Energy agreed.",
     {"Bank of Norrel", "Ministry of Trade, Industry and Energy"}, set()),
])
def test_and_the_and_a_common_words_of(text, names, not_names):
    found = set(orgs(text))
    assert names <= found and not not_names & found, found


def test_what_a_wire_says_was_launched_at_its_first_mention_is_a_product():
    text = ("AMSTERDAM, Nov. 3, 2026 /PRNewswire/ -- Lumora B.V., a provider of energy software, today launched "
            "GridSense, an analytics platform that helps utilities forecast demand. GridSense runs on Microsoft "
            "Azure. With GridSense they can plan ahead.")
    found = set(orgs(text))
    assert "GridSense" not in found and "Lumora B.V." in found, sorted(found)


def test_a_title_a_body_is_named_or_wins_is_no_body():
    text = ("Harbor Point Bank Named Best Regional Bank in the Southeast\n\nCHARLESTON, S.C., April 2, 2026 "
            "/PRNewswire/ -- Harbor Point Bank today said it has been named Best Regional Bank in the Southeast "
            "by a magazine, and won Top Community Lender from a trade group.")
    found = set(orgs(text))
    assert "Harbor Point Bank" in found and not [n for n in found if n.startswith(("Best", "Named", "Top"))], sorted(found)


def test_a_college_or_office_of_a_body_named_in_the_possessive_is_a_unit_of_it():
    text = ("A team at Norvale University's College of Marine Sciences built the buoy with funds from the "
            "U.S. Department of Commerce's National Oceanic Research Administration.")
    found = set(orgs(text))
    assert "Norvale University" in found and "College of Marine Sciences" not in found, sorted(found)
    assert "National Oceanic Research Administration" in found, sorted(found)


def test_a_college_written_after_a_university_of_somewhere_is_a_unit_of_it():
    text = "Training is delivered with the University of North Carolina College of Nursing and Hanbit Clinic."
    found = set(orgs(text))
    assert "University of North Carolina" in found, sorted(found)
    assert not [n for n in found if "College" in n], sorted(found)


def test_a_governments_department_in_the_possessive_is_a_body_and_a_name_before_units_is_a_product():
    text = ("The deal was witnessed by the Harlow Government's Department of Energy and Climate. Storage will use "
            "Norvik Cellpack units supplied through Norvik Energy.")
    found = set(orgs(text))
    assert "Department of Energy and Climate" in found, sorted(found)
    assert "Norvik Cellpack" not in found, sorted(found)


def test_the_surname_of_a_person_named_in_full_with_a_role_is_the_person():
    text = ("SAN DIEGO, Jan. 20, 2026 /PRNewswire/ -- Hear NovaGrid Technologies Chief Technology Officer Rahul "
            "Mehta speak on the panel. \"Utilities want open platforms,\" said Mehta. \"DistribuTECH is the right "
            "stage to show what MeterIQ can do.\"")
    found = set(orgs(text))
    assert "Mehta" not in found and "NovaGrid Technologies" in found, sorted(found)


@pytest.mark.parametrize("text, name", [
    ("Local rower Emma Dell won the regional final on Sunday, beating the 2023 champion.", "Dell"),
    ("Coach Tom Ford said the squad trained twice a week before the cup.", "Ford"),
])
def test_a_bodys_name_as_the_surname_of_a_person_the_model_marks_is_the_person(text, name):
    assert name not in orgs(text)


def test_a_bodys_name_with_no_given_name_before_it_stays_a_body():
    found = orgs("Dell said quarterly revenue rose 8 percent. Ford will build a plant in Ohio.")
    assert {"Dell", "Ford"} <= set(found), sorted(found)


def test_a_city_or_government_of_a_place_that_acts_is_a_government_body():
    found = orgs("The Seoul Metropolitan Government and the City of Busan signed an agreement with Gyeonggi Province on Monday.")
    assert found["City of Busan"].kind == "government", sorted(found)
    assert "Gyeonggi Province on Monday" not in found
    assert "Gyeonggi Province" not in found or found["Gyeonggi Province"].kind == "government"


def test_a_city_of_a_place_one_moves_to_is_the_place():
    assert "City of Lyon" not in orgs("The founders moved to the City of Lyon in 2019.")


def test_a_brand_that_opens_a_meetings_name_before_its_date_is_the_meeting():
    from pipeline.stages.organisations.exclude import _inside_a_thing_name
    text = "Corvane Bio will present at the Halvard Capital Healthcare Conference on January 14 in Boston."
    assert _inside_a_thing_name(text, "Halvard Capital")
    assert not _inside_a_thing_name("Talks with Halvard Summit Partners on March 3 went well.", "Halvard")


@pytest.mark.parametrize("text, brand", [
    ("Velmo Switch 2 owners can now play Starfall. Sales of the Velmo Switch 2 doubled.", "Velmo"),
    ("The studio released the game on Orbix Station 5.", "Orbix"),
])
def test_a_brand_before_a_line_and_its_generation_names_a_product(text, brand):
    assert en_things.product_by_brand(text, list(en.occurrences(text, brand)))


def test_a_brand_before_a_month_and_day_is_no_product():
    text = "Orbix March 3 results beat forecasts. Orbix said revenue rose."
    assert not en_things.product_by_brand(text, list(en.occurrences(text, "Orbix")))


def test_a_school_or_company_on_a_project_ends_before_on():
    found = set(orgs("Lumio Games works with Harlow University on the Next Generation Game Research Project."))
    assert "Harlow University" in found, sorted(found)
    assert not any(" on " in n for n in found), sorted(found)


def test_a_committee_on_a_subject_keeps_it():
    found = set(orgs("The report was praised by the Harlow Council on Foreign Relations last week."))
    assert "Harlow Council on Foreign Relations" in found, sorted(found)


@pytest.mark.parametrize("text, body", [
    ("Trinity Pike won the Gold Medal of the Royal Orchard Society in 1998.", "Royal Orchard Society"),
    ("Maren Holt, Fellow of the Royal Orchard Society, spoke first.", "Royal Orchard Society"),
    ("Werner serves on the Advisory Board of the Velmora Robotics Association.", "Velmora Robotics Association"),
])
def test_a_year_or_an_honour_before_a_body_is_no_part_of_its_name(text, body):
    found = set(orgs(text))
    assert body in found, sorted(found)
    assert not any(n != body and body in n for n in found), sorted(found)


@pytest.mark.parametrize("text", [
    "Orion Grid received the Harlow Award for Energy Innovation last year.",
    "Papers were accepted at the International Conference on Harbor Robotics (ICHR) in May. ICHR meets yearly.",
])
def test_a_meeting_or_an_honour_named_with_its_subject_is_no_body(text):
    found = set(orgs(text))
    assert not any(w in n for n in found for w in ("Award", "Conference", "ICHR")), sorted(found)


def test_a_year_before_a_bodys_name_is_no_part_of_it():
    text = "Turnout at the 2024 Colbury Borough Council election was low."
    assert [text[s:e] for (s, e), _ in en.find(text)] == ["Colbury Borough Council"]


@pytest.mark.parametrize("text, name", [
    ("Harlow Learning today opened the Tidewater Skills Academy, a free online program for adults.", "Tidewater Skills Academy"),
    ("Members can join Orbix Care, a subscription service, from March.", "Orbix Care"),
])
def test_a_name_called_a_programme_or_a_service_is_a_thing(text, name):
    assert en_things.names_a_thing(text, *spot(text, name))


def test_a_name_called_a_programme_of_a_company_is_still_a_body_when_the_noun_goes_on():
    text = "Partners include Harlow Digital, a software and services company based in Ohio."
    assert not en_things.names_a_thing(text, *spot(text, "Harlow Digital"))


def test_a_name_launched_with_adjectives_before_it_is_a_product():
    text = "Velmo Motors today debuted the all-electric Corvane GT at the show. Corvane GT buyers get free charging."
    assert en_things.names_a_thing(text, *spot(text, "Corvane GT"))


def test_a_board_of_trustees_of_a_body_is_the_body():
    found = set(orgs("Pierce served on the Board of Trustees of the Harlow Institute of Design until 2024."))
    assert "Harlow Institute of Design" in found, sorted(found)
    assert not any(n.startswith("Trustees") for n in found), sorted(found)


@pytest.mark.parametrize("text, name", [
    ("The Zero Trust Accelerator is sold in the marketplace. Buyers of the Zero Trust Accelerator get support.", "Zero Trust"),
    ("The firm was named to the Harlow Solution Provider 500.", "Harlow Solution Provider"),
])
def test_a_name_before_a_capitalised_thing_word_or_a_rank_is_a_thing(text, name):
    assert en_things.names_a_thing(text, *spot(text, name))


def test_a_company_before_a_capitalised_word_for_its_line_stays_a_body():
    text = "Harlow Trucks said deliveries rose. Harlow Trucks builds electric haulers."
    assert not en_things.names_a_thing(text, *spot(text, "Harlow"))


def test_a_blocs_name_before_a_word_for_its_countries_is_a_place():
    found = set(orgs("Velmora Foods will expand into the ASEAN region next year and into other ASEAN markets later."))
    assert "ASEAN" not in found, sorted(found)


def test_a_bloc_that_acts_is_a_body():
    found = set(orgs("ASEAN adopted the framework in Jakarta. The ASEAN region will benefit."))
    assert "ASEAN" in found, sorted(found)


def test_a_name_after_a_bodys_possessive_starts_after_it():
    text = "Orbix works with Velmo Motor Group's Hanbit Robotics Division and with Velmo Motor Group's Robotics Lab."
    names = [text[s:e] for (s, e), _ in en.find(text)]
    assert "Hanbit Robotics" in names and not any(n.startswith(("'", "s ")) for n in names), names


def test_a_persons_title_and_its_field_are_no_body():
    text = "The memorandum was signed by Velmora Secretary of Energy Anna Lind in Seoul."
    assert not any("Energy" in text[s:e] for (s, e), _ in en.find(text))


def test_a_school_named_after_and_is_a_second_body():
    text = "The Harlow Institute of Energy Research and Velmora University will run the study."
    names = [text[s:e] for (s, e), _ in en.find(text)]
    assert "Harlow Institute of Energy Research" in names and "Velmora University" in names, names


def test_a_ministrys_fields_joined_by_and_stay_one_name():
    text = "The Ministry of Trade, Industry and Energy and the Ministry of Oceans and Fisheries met."
    names = [text[s:e] for (s, e), _ in en.find(text)]
    assert "Ministry of Trade, Industry and Energy" in names and "Ministry of Oceans and Fisheries" in names, names


def test_a_name_ending_in_what_a_product_is_is_a_thing():
    text = "The feeder pairs with the PawTrack Health App on any phone."
    assert en_things.names_a_thing(text, *spot(text, "PawTrack Health App"))


def test_a_party_ending_in_platform_stays_a_body():
    text = "Voters backed the Velmora Civic Platform in the spring."
    assert not en_things.names_a_thing(text, *spot(text, "Velmora Civic Platform"))


def test_a_fund_being_launched_is_an_investment_product():
    text = ("Harlow Launches Asia Growth Fund\n\nTAIPEI -- Harlow Asset Management is launching a new "
            "Harlow Asia Growth Fund for retail investors.")
    assert en_things.names_a_thing(text, *spot(text, "Harlow Asia Growth Fund"))


def test_a_fund_that_invests_is_a_body():
    text = "The round was led by the Harlow Growth Fund, with Velmo Partners joining."
    assert not en_things.names_a_thing(text, *spot(text, "Harlow Growth Fund"))


def test_one_word_with_the_article_that_only_the_model_reads_is_no_body():
    text = "Harlow Farms built a robot for small farms. The Amberly won a farm innovation prize in 2024."
    doc = get_nlp("en", PipelineOptions())(text)
    the = text.index("The Amberly")
    assert exclude(doc, [Candidate(the, the + 11, "company", "model")]) == []
    harlow = text.index("Harlow Farms")
    assert exclude(doc, [Candidate(harlow, harlow + 12, "company", "model")]) != []


@pytest.mark.parametrize("text, name, thing", [
    ("The deal was signed at the Harlow Energy Transition Forum by both chief executives.", "Harlow Energy Transition Forum", True),
    ("Velmora co-hosted the 2026 Harlow Trade Forum in Busan.", "Harlow Trade Forum", True),
    ("The Harlow Trade Forum said exports rose. Velmora joined the Harlow Trade Forum in 2020.", "Harlow Trade Forum", False),
])
def test_a_forum_held_or_attended_at_every_mention_is_a_meeting(text, name, thing):
    assert (name not in orgs(text)) is thing


def test_a_known_body_named_forum_stays_a_body_where_it_meets():
    assert "World Economic Forum" in orgs("Velmora spoke at the World Economic Forum (WEF) in Davos.")


def test_a_name_whose_run_goes_on_into_a_list_is_not_cut_at_a_thing_word():
    from pipeline.stages.organisations.exclude import _inside_a_thing_name
    assert not _inside_a_thing_name("The sauce is sold at Harlow Foods Market and Kroger stores.", "Harlow Foods")
