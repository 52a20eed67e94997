"""Short forms of organisation names (pipeline/stages/organisations/find.py, `_add_short_forms`): a
first word found only as the body of a person's post is the full name's short form and joins that
body (it was a second record of the same company). The texts are written for these tests."""
from pipeline import extract


def orgs(text, lang):
    return extract(text, lang=lang, anchor="2026-12-06")["organisations.jsonl"]


def test_the_body_of_a_post_named_by_the_short_form_is_the_company():
    text = ("Halvorsen Biotherapeutics, Inc. today announced the close of a $48 million Series B financing. "
            "\"This financing lets us move quickly,\" said Dana Whitfield, Chief Executive Officer of Halvorsen. "
            "Halvorsen will start a trial in 2027.\n\nAbout Halvorsen Biotherapeutics\n"
            "Halvorsen Biotherapeutics is developing RNA medicines.")
    found = orgs(text, "en")
    assert [o.name for o in found] == ["Halvorsen Biotherapeutics, Inc."]   # (its fullest mention, legal form and all)
    assert "Halvorsen" in found[0].aliases
    assert sum(m.text == "Halvorsen" for m in found[0].mentions) == 2
