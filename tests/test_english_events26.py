"""`the department`, `the commission`, `the council`: bare nouns that refer back to a body named
before act as its subject (twenty-fourth session). Sentences written here; the bodies are invented."""
import pytest

from pipeline.api import extract


def _events(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = extract(text, lang="en", anchor="2025-03-04")["events.jsonl"]
    return [(e.type, e.date.value, [(p.name, p.role) for p in e.participants]) for e in out]


@pytest.mark.parametrize("body, word", [("Vellmar State Department of Commerce", "department"),
                                         ("Vellmar Energy Commission", "commission"),
                                         ("Vellmar County Council", "council")])
def test_a_reference_word_acts_as_the_body_named_before(body, word):
    text = (f"The {body} today announced $12 million for nine storage projects. The {word} first opened "
            f"applications for the program in October 2024 and received 80 proposals.")
    events = _events(text)
    opened = [e for e in events if e[1] == "2024-10"]
    assert opened and opened[0][2] == [(body, "subject")]


def test_a_customer_named_after_the_verb_of_a_sentence_with_no_event_is_no_topic():
    text = ("AUSTIN, Texas, Feb. 10, 2025 /PRNewswire/ -- Velmora Cloud today launched Aurora, an assistant for "
            "finance teams.\n\nEarly adopters include Delmont Foods and Crestline Health System.\n\n"
            "The company will demonstrate Aurora at its annual conference in Las Vegas on March 18.")
    events = extract(text, lang="en", anchor="2025-02-10")["events.jsonl"]
    shown = [e for e in events if e.date.value == "2025-03-18"]
    assert shown and [(p.name, p.role) for p in shown[0].participants if p.role == "subject"] == [("Velmora Cloud", "subject")]
