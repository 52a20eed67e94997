"""Short forms of organisation names (pipeline/stages/organisations/find.py, `_add_short_forms`): a
first word found only as the body of a person's post is the full name's short form and joins that
body; a first word that is a body found on its own (a county before its centre) is no short form
of the longer name. The texts are written for these tests."""
from pipeline import extract


def orgs(text, lang):
    return extract(text, lang=lang, anchor="2026-12-06")["organisations.jsonl"]


def test_the_body_of_a_post_named_by_the_short_form_is_the_company():
    text = ("Halvorsen Biotherapeutics, Inc. today announced the close of a $48 million Series B financing. "
            "\"This financing lets us move quickly,\" said Dana Whitfield, Chief Executive Officer of Halvorsen. "
            "Halvorsen will start a trial in 2027.\n\nAbout Halvorsen Biotherapeutics\n"
            "Halvorsen Biotherapeutics is developing RNA medicines.")
    found = orgs(text, "en")
    assert [o.name for o in found] == ["Halvorsen Biotherapeutics"]
    assert "Halvorsen" in found[0].aliases
    assert sum(m.text == "Halvorsen" for m in found[0].mentions) == 2


def test_a_county_before_its_centre_is_its_own_body_not_the_centres_short_form():
    text = ("강진군은 6일 강진군 도시재생지원센터와 협약을 맺었다. "
            "강진군 도시재생지원센터는 2020년 문을 열었다. 강진군은 내년 예산을 늘린다.")
    found = {o.name: o for o in orgs(text, "ko")}
    assert set(found) == {"강진군", "강진군 도시재생지원센터"}
    centre = found["강진군 도시재생지원센터"]
    assert "강진군" not in centre.aliases
    assert all(m.text == "강진군 도시재생지원센터" for m in centre.mentions)
