"""English organisations (twenty-fourth session): a state's armed force is of the government's
kind; a centre described as a building of so many square feet is a facility. Sentences written
here; the bodies are invented."""
from pipeline.api import extract


def _orgs(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract(text, lang="en", anchor="2025-03-04")["organisations.jsonl"]}


def test_an_armed_force_is_the_governments():
    assert _orgs("In 2024, Brightwell Labs won a $2 billion contract from the U.S. Air Force.").get("U.S. Air Force") == "government"


def test_a_centre_described_by_its_floor_area_is_a_facility():
    orgs = _orgs("Northgate University and Brightwell Labs today opened the Brightwell Robotics Center, a "
                 "60,000-square-foot research and training facility on the university's campus.")
    assert "Brightwell Robotics Center" not in orgs
    assert {"Northgate University", "Brightwell Labs"} <= set(orgs)
