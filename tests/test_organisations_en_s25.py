"""English organisations (twenty-fifth session): the firm a person worked at, told by the clause
after it (`joins A from Carver Freight Systems, where she served as CFO`), is a body even when its
name is made of common words. Sentences written here; the firms are invented."""
from pipeline.api import extract


def _names(text: str) -> set[str]:
    return {o.name for o in extract(text, lang="en", anchor="2025-03-04")["organisations.jsonl"]}


def test_a_former_employer_named_in_common_words_is_a_body():
    names = _names("Kestrel Motors today announced that Jane Park will join the company as Chief Financial Officer. "
                   "Park joins Kestrel Motors from Harbor Freight Systems, where she served as CFO since 2019.")
    assert "Harbor Freight Systems" in names


def test_a_place_a_person_came_from_is_none():
    names = _names("Kestrel Motors today announced that Jane Park will join the company as Chief Financial Officer. "
                   "Park joins Kestrel Motors from New York, where she was a partner at a law firm.")
    assert not any(n.startswith("New York") for n in names)
