"""English events: a date set before the subject without a comma (`Last spring Brisa signed … and
launched …`) dates each verb of the sentence (find.py `_en_fronted_date`); a body chosen in the
passive with its date next is a designation (`which was selected in November 2026`); shares that
began trading are a listing, an index joined a designation, staff hired by number no appointment; a happening dated wholly after the release is planned and a
day already past no plan (find.py `_event`). The sentences are written for these tests."""
from pipeline import extract


def events(text):
    return [(e.type, e.date.value if e.date else None) for e in extract(text, lang="en", anchor="2027-09-03")["events.jsonl"]]


def test_a_fronted_date_without_a_comma_dates_both_verbs():
    found = events("Last spring Brisa Books signed a deal with Halden Press and launched a podcast series.")
    assert ("agreement", "2026-SP") in found and ("launch", "2026-SP") in found
    found = events("In March 2026 the company signed a deal with Halden Press and opened a shop in Leeds.")
    assert ("agreement", "2026-03") in found and ("opening", "2026-03") in found


def test_a_date_after_the_first_verb_is_its_own():
    found = events("Brisa Books signed a deal with Halden Press in March 2026 and launched a podcast series.")
    assert found == [("agreement", "2026-03")]


def test_chosen_in_the_passive_with_its_date_is_a_designation():
    found = events("The hall will be built by Tarrow Works LLC, which was selected in November 2026 after a bid.")
    assert ("designation", "2026-11") in found
    assert events("The selected firms were listed in a table.") == []


def test_shares_that_began_trading_on_an_exchange_are_a_listing():
    assert events("Tarrow Works Inc. began trading on the Nasdaq on March 1.") == [("listing", "2027-03-01")]


def test_an_index_joined_is_a_designation():
    assert events("Tarrow Works Inc. joined the Nasdaq Biotechnology Index on December 18, 2026.") == [("designation", "2026-12-18")]
    assert events("Tarrow Works Inc. joined the board in 2026.") == []


def test_staff_hired_by_the_dozen_is_no_appointment():
    assert events("Tarrow Works Inc. hired 40 engineers in 2026.") == []
    assert events("Tarrow Works Inc. hired Jane Roe as finance chief in January.") == [("appointment", "2027-01")]


def test_a_work_released_by_its_title_is_a_launch():
    text = ("Portland, OR (Newsworthy.ai) Tuesday Apr 13, 2027 @ 9:00 AM Pacific — Tarrow Press has released "
            "Quiet Water, a memoir of recovery.")
    assert events(text) == [("launch", "2027-04-13")]
    text = ("Portland, OR (Newsworthy.ai) Tuesday Apr 13, 2027 @ 9:00 AM Pacific — Tarrow Press released "
            "Q1 Results, a summary of trading.")
    assert ("launch", "2027-04-13") not in events(text)


def statuses(text, anchor="2027-03-02"):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="en", anchor=anchor)["events.jsonl"]]


def test_a_happening_dated_after_the_release_is_planned_whatever_the_tense():
    assert statuses("Tarrow Works Inc. opened its Leeds plant on March 30, 2027.") == [("opening", "2027-03-30", "planned")]


def test_a_day_already_past_is_no_plan():
    assert statuses("Tarrow Works Inc. will open its Leeds plant on February 20, 2027.") == [("opening", "2027-02-20", "occurred")]
    assert statuses("Tarrow Works Inc. will open its Leeds plant in March 2027.") == [("opening", "2027-03", "planned")]
