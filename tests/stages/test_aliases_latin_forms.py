"""English long forms before their acronyms: which words the acronym renders (boundary_latin.py).

Every text here is written for the test, in the forms of English business wires.
"""
import pytest

from pipeline import extract
from pipeline.stages.aliases.similarity import initials_overlap


def pairs(text):
    recs = extract(text, lang="en", anchor="2025-02-20")
    return [(a.name.text, a.alias.text) for a in recs["aliases.jsonl"]]


@pytest.mark.parametrize("text, expected", [
    # a list of names before the acronym: its name is the shortest tail that spells it
    ("Backers include the GCF, Green Bank, Global Water Council (GWC) and others.",
     ("Global Water Council", "GWC")),
    ("The study was run by Sejong University and Sora Nam of Seoul Optical Network (SON) last year.",
     ("Seoul Optical Network", "SON")),
    ("It won grants from the Ministry of Energy, Marine Robotics Development Agency (MRDA) in 2024.",
     ("Marine Robotics Development Agency", "MRDA")),
    # a name's own comma and `and` stay (every letter needs the whole name)
    ("Officials of the Ministry of Trade, Industry and Energy (MOTIE) attended.",
     ("Ministry of Trade, Industry and Energy", "MOTIE")),
    # the head of `X on Y` the acronym opens with is the name's
    ("Results were shown at the Conference on Cloud Vision and Networking (CVN) in May.",
     ("Conference on Cloud Vision and Networking", "CVN")),
])
def test_a_list_before_an_acronym_gives_only_its_last_name(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, expected", [
    # the acronym of the name in its own language, where the adjective follows its noun
    ("Hanbit hosted the United Green Democrats (GDU) and the Civic Union (UC) in Rome.",
     [("United Green Democrats", "GDU"), ("Civic Union", "UC")]),
    ("Delegates of the Democratic Front of Farmers (FDF) met Nuri Corp.", [("Democratic Front of Farmers", "FDF")]),
])
def test_an_acronym_in_another_word_order_spells_the_whole_name(text, expected):
    got = pairs(text)
    assert all(p in got for p in expected), got


def test_a_place_before_a_list_item_after_its_comma_is_not_in_the_name():
    got = pairs("Partners are the Nuri Institute of Oncology in Seoul, Korea Marine Research Institute (KMRI).")
    assert ("Korea Marine Research Institute", "KMRI") in got


@pytest.mark.parametrize("text", [
    "Orbit is distinguished from optical data reading (ODR) tools, Hanbit said.",
    "Sparx is an instance of sparse matrix grouping (SMG) at scale.",
])
def test_a_clause_before_a_long_form_in_lower_case_is_no_name(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("SEOUL, March 3, 2025 /PRNewswire/ -- Hanbit Robotics Corp. (NASDAQ: HBRC) today announced a partnership "
     "with the Korea Trade-Investment Promotion Agency (KOTRA).",
     [("Korea Trade-Investment Promotion Agency", "KOTRA")]),
    ("The firm filed with the U.S. Food and Drug Administration (FDA) and the Singapore Economic Development "
     "Board (EDB).",
     [("U.S. Food and Drug Administration", "FDA"), ("Singapore Economic Development Board", "EDB")]),
    ("Speakers came from KB Kookmin Bank and Korea Development Bank (KDB) and the Association of Southeast "
     "Asian Nations (ASEAN).",
     [("Korea Development Bank", "KDB"), ("Association of Southeast Asian Nations", "ASEAN")]),
    ("Led by the Institute for Information & Communications Technology Planning & Evaluation (IITP), it began.",
     [("Institute for Information & Communications Technology Planning & Evaluation", "IITP")]),
])
def test_wire_forms_keep_their_long_forms(text, expected):
    got = pairs(text)
    assert all(p in got for p in expected), got


def test_a_capitalised_word_right_before_a_lower_case_long_form_opening_it_with_the_acronyms_letter():
    recs = extract("Hanbit sells Sensor signal relays (SR) to ports.", lang="en", anchor="2025-02-20")
    got = [(a.name.text, a.alias.text) for a in recs["aliases.jsonl"]] + \
        [(t.term.text, t.rendering.text) for t in recs["terms.jsonl"]]
    assert got == [("Sensor signal relays", "SR")]


@pytest.mark.parametrize("text, expected", [
    # the acronym of the name in its own language, none of its letters in the English words' order
    ("Hanbit joined the Italian Green Party (PVI) in Rome.", ("Italian Green Party", "PVI")),
    ("Nuri is a Worldwide Racing Partner (TRP) of the league.", ("Worldwide Racing Partner", "TRP")),
    ("It works with the Nuri Institute in Lyon, Basque Energy Agency (AEV) and others.",
     ("Basque Energy Agency", "AEV")),
    # only a few of its letters start words: the capitalised words right before are the name's too
    ("Voters backed the liberal Civic Forum (FO) in May.", ("Civic Forum", "FO")),
    # a person's post before the body's name is no part of it
    ("Mina Park, Deputy Director of the Basque Institute of Robotics (IBR2), spoke.",
     ("Basque Institute of Robotics", "IBR2")),
])
def test_an_acronym_of_the_names_own_language(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text", [
    # a headline's subject and verb before a name the acronym does not spell: its start is unsure
    "Hanbit Wins Worldwide Energy Partner (TEP) Status at Expo.",
    "SEOUL (AFP) -- Nuri Holdings rose.",
    "Prices are quoted by Nuri Bank (USD) daily.",
])
def test_an_acronym_whose_name_is_unsure_gives_no_pair(text):
    assert not [p for p in pairs(text) if p[1] in ("TEP", "AFP", "USD")], pairs(text)


def test_initials_overlap_counts_each_initial_once_in_any_order():
    assert initials_overlap("PNV", "Basque Nationalist Party") == pytest.approx(2 / 3)
    assert initials_overlap("TOP", "Worldwide Olympic Partner") == pytest.approx(2 / 3)
    assert initials_overlap("KKE", "Communist Party of Greece") == 0.0
    assert initials_overlap("FF", "Future") == 0.5


@pytest.mark.parametrize("text, expected", [
    # the words before a short Chinese rendering that sound all of it out are its name: no title,
    # no list's earlier item
    ("Hanbit met Taichung Mayor Lu Shiow-yen (盧秀燕) on Monday.", ("Lu Shiow-yen", "盧秀燕")),
    ("The new line runs between Yangzhou and Gaoyou (高邮) in Jiangsu.", ("Gaoyou", "高邮")),
    # translated words keep the capitalised run
    ("Hanbit signed with the Taichung City Government (臺中市政府).", ("Taichung City Government", "臺中市政府")),
    ("Hanbit opened an office in Hsinchu Science Park (新竹科學園區).", ("Hsinchu Science Park", "新竹科學園區")),
])
def test_a_latin_name_before_a_chinese_rendering_it_sounds_out(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("Two groups (the Hanbit Energy Agency (HEA) and Nuri Labs) signed the deal.", ("Hanbit Energy Agency", "HEA")),
    ("Partners (including the Seoul Robotics Association (SRA)) joined.", ("Seoul Robotics Association", "SRA")),
])
def test_an_acronym_after_its_long_form_inside_an_english_aside(text, expected):
    assert expected in pairs(text), pairs(text)


def test_a_korean_names_rendering_with_its_acronym_inside_stays_one_rendering():
    recs = extract("한빛에너지청(Hanbit Energy Agency(HEA))이 참여했다.", lang="ko", anchor="2025-02-20")
    assert ("Hanbit Energy Agency", "HEA") not in [(a.name.text, a.alias.text) for a in recs["aliases.jsonl"]]


def test_a_persons_post_with_its_acronym_is_a_term_not_a_named_pair():
    out = extract("Jane Park, Senior Vice President (SVP) of Sales at Hanbit Corp., said it.", lang="en", anchor="2025-01-01")
    assert not out["aliases.jsonl"]
    assert [(t.term.text, t.rendering.text) for t in out["terms.jsonl"]] == [("Senior Vice President", "SVP")]
