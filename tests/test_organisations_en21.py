"""English organisations: a lower-case word for a kind of firm right before a capitalised name calls
it one (`fintech company Brisa Pay`; en_context.described_names), not a person, a title, a day or a
term's acronym after it; a town's government and a second name after `and` are two names; a people's
adjective (`Nordic`, nlp.places.is_demonym) is no short form of a name. The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="en", anchor="2026-12-06")["organisations.jsonl"]}


def test_a_kind_of_firm_before_a_name_calls_it_a_firm():
    assert "Brisa Pay" in orgs("The bank will work with fintech company Brisa Pay on the new card.")
    assert "Tolland Reeve LLP" in orgs("The seller was advised by the law firm Tolland Reeve LLP.")
    assert "Quorra" in orgs("Last year chipmaker Quorra doubled its output in Malaysia.")


def test_a_person_a_title_or_a_day_after_the_word_is_no_firm():
    found = orgs("The company Chief Executive Lena Marsh said sales rose. Marsh joined in 2019.")
    assert not any("Lena" in n or "Chief" in n for n in found)
    assert not any("Tuesday" in n for n in orgs("Shares of the firm Tuesday rose by a tenth."))


def test_a_terms_acronym_after_the_word_is_no_firm():
    assert "IR" not in orgs("The expo will feature startup IR pitches and lectures.")


def records(text):
    return extract(text, lang="en", anchor="2026-12-06")["organisations.jsonl"]


def test_a_towns_government_and_a_second_name_are_two_names():
    found = orgs("The City of Brenmoor and Saltmarsh Electric Cooperative broke ground on the array today.")
    assert "Saltmarsh Electric Cooperative" in found
    assert not any(n.startswith("Brenmoor and") for n in found)


def test_a_peoples_adjective_is_no_short_form_of_a_name():
    found = records("Halvik Bank hired Nordic Harbour Partners. The service covers the Nordic region first.")
    body = next(o for o in found if o.name == "Nordic Harbour Partners")
    assert [m.text for m in body.mentions] == ["Nordic Harbour Partners"]
    assert "Nordic" not in body.aliases


def test_demonyms_are_told_from_names():
    from pipeline.nlp.places import is_demonym
    assert all(map(is_demonym, ["Korean", "Nordic", "Swedish", "Japanese", "Mexican", "Italian"]))
    assert not any(map(is_demonym, ["Kestrel", "Veltrane", "Julian", "Christian", "Atomic", "Milan"]))


def test_the_body_a_wire_ledes_opens_on_acting_is_a_body():
    text = "LONDON, May 4, 2027 /PRNewswire/ -- Brightwell Tutoring today unveiled Sola, an app for schools."
    assert "Brightwell Tutoring" in orgs(text)
    text = "LONDON, May 4, 2027 /PRNewswire/ -- Brightwell Tutoring (LSE: BWT), a tutoring firm, has announced a deal."
    assert "Brightwell Tutoring" in orgs(text)


def test_a_person_opening_a_wire_lede_is_no_body():
    text = "LONDON, May 4, 2027 /PRNewswire/ -- Jane Holloway today announced her candidacy. Holloway is a teacher."
    assert orgs(text) == set()


def test_the_about_section_on_an_author_is_no_body():
    text = ("Portland, OR (Newsworthy.ai) Tuesday Apr 13, 2027 @ 9:00 AM Pacific — Author Mara Okafor has released a "
            "new memoir. Okafor will read from it on April 24.\n\nAbout Mara Okafor\nMara Okafor was a nurse for twelve years.")
    assert "Mara Okafor" not in orgs(text)


def test_a_trades_agency_is_a_firm():
    kinds = {o.name: o.kind for o in records("Okafor is represented by the Halden Literary Agency in Boston.")}
    assert kinds.get("Halden Literary Agency") == "company"
    kinds = {o.name: o.kind for o in records("The Environmental Protection Agency said so.")}
    assert kinds.get("Environmental Protection Agency") == "government"


def test_the_backers_money_is_raised_from_are_bodies():
    found = orgs("Tarrow AI raised $6 million in seed funding from Korvexa and Y Combinator in March.")
    assert {"Korvexa", "Y Combinator"} <= found


def test_a_name_a_release_calls_a_coalition_or_a_nonprofit_is_a_body():
    assert "Brisa Pact" in orgs("Tarrow AI joined the Brisa Pact, a coalition of media firms, in September.")
    assert "Harbor Lantern" in orgs("Proceeds go to Harbor Lantern, a nonprofit that runs food banks.")


def test_a_thing_a_body_runs_then_of_leaves_the_body():
    assert orgs("The Data Trading Platform of Halden Data Exchange listed the product.") == {"Halden Data Exchange"}
    assert "Ministry of Science and ICT" in orgs("The Ministry of Science and ICT said so.")
