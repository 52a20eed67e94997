"""English events: a reported clause names its own actor (`… that Norvane Capital has invested …`), the
reporter taking part, but for what an authority grants, which its receiver reports (`announced that the
FDA has approved …`: the authority takes part); an outcome awaited in an
absolute phrase after a happening (`…, with a decision expected in 2027`) does not date it. The
sentences are written for these tests."""
from pipeline import extract


def events(text):
    return extract(text, lang="en", anchor="2026-11-30")["events.jsonl"]


def appointment_day(text, anchor):
    found = extract(text, lang="en", anchor=anchor)["events.jsonl"]
    return next(e for e in found if e.type == "appointment").date.value


def parts(event):
    return {(p.name, p.role) for p in event.participants}


def test_a_reported_clause_names_its_own_actor():
    found = events("Tarrow Bio, Inc. today announced that the U.S. Food and Drug Administration (FDA) has approved TB-201 for adults.")
    approval = next(e for e in found if e.type == "approval")
    assert ("Tarrow Bio, Inc.", "subject") in parts(approval)   # (what an authority grants, its receiver's: the guide's
    assert ("U.S. Food and Drug Administration", "authority") in parts(approval)   # examples and our corpus)
    found = events("Kestrova Inc. announced today that Norvane Capital has invested $20 million in the company.")
    investment = next(e for e in found if e.type == "investment")
    assert ("Norvane Capital", "subject") in parts(investment)


def test_the_reporter_acts_when_the_clause_says_it():
    found = events("Kestrova Inc. today announced that it has signed an agreement with Norvane Capital.")
    agreement = next(e for e in found if e.type == "agreement")
    assert ("Kestrova Inc.", "subject") in parts(agreement)


def test_an_outcome_awaited_after_a_happening_does_not_date_it():
    found = events("Tarrow Bio has also submitted an application to the European Medicines Agency, with a decision expected in the second half of 2027.")
    assert not [e for e in found if e.date and e.date.value.startswith("2027")]


def test_a_name_that_opens_a_products_name_is_no_approvals_subject():
    found = events("Tarrow Medical Technology, Inc. makes catheters. On Monday the National Drug Agency of Velmora cleared "
                   "the Tarrow Medical Technology 7-11F catheter platform for use.")
    approval = next(e for e in found if e.type == "approval")
    assert ("National Drug Agency of Velmora", "subject") in parts(approval)


def test_a_purposes_deadline_does_not_date_the_deal():
    found = events("On November 20, Tarrow Motors Co., Ltd. signed a supply agreement with Velmora Freight to deliver 300 trucks by 2029.")
    agreement = next(e for e in found if e.type == "agreement")
    assert agreement.date.value == "2026-11-20" and agreement.status == "occurred"


def test_names_listed_with_their_acronyms_share_the_role():
    found = events("Tarrow Motors Co., Ltd. signed a memorandum of understanding with the Velmora Transport Authority (VTA) "
                   "and Velmora Gas Corporation (VGC) in July.")
    agreement = next(e for e in found if e.type == "agreement")
    assert ("Velmora Gas Corporation", "partner") in parts(agreement)
    assert ("Velmora Transport Authority", "partner") in parts(agreement)


def test_a_passives_agent_selects_or_approves():
    found = events("Tarrow Medical Technology, Inc. has been selected as a 'Baby Unicorn' by the Velmora Ministry of Startups on November 20.")
    designation = next(e for e in found if e.type == "designation")
    assert ("Velmora Ministry of Startups", "subject") in parts(designation)
    assert "Tarrow Medical Technology, Inc." in {p.name for p in designation.participants}


def test_news_of_a_second_reported_clause_is_the_datelines():
    text = ("NEW YORK, Nov. 12, 2026 (BUSINESS WIRE) -- Tarrow Holdings, Inc. today reported results.\n\n"
            "Tarrow also announced that its treasurer will retire effective March 31, 2027, and that the board has "
            "appointed Luis Ortega as chief financial officer.")
    assert appointment_day(text, "2026-11-12") == "2026-11-12"


def test_an_appointment_told_in_the_present_is_the_datelines_news():
    text = ("Stuttgart, Germany – October 30, 2026 – Tarrow, a pioneer in photonic chips, today announced a funding round.\n\n"
            "To strengthen its expertise, Tarrow welcomes Sue Meng, Managing Director at Norvane Family Office, "
            "as an observer to its advisory board.")
    assert appointment_day(text, "2026-10-30") == "2026-10-30"


def test_countries_at_a_sentences_head_carry_no_body_as_subject():
    found = events("The Velmora Trade Agency opened an office in Seoul on November 3. Korea and the UAE launched "
                   "their partnership in 2018.")
    launch = next(e for e in found if e.type == "launch")
    assert not [p for p in launch.participants if p.role == "subject"]
