"""Event record ids: stable, and distinct where one word tells of two happenings."""
import copy

from pipeline.export import findings, findings_to_records
from pipeline.nlp.build import get_nlp

TEXT = "Hanbit Robotics Inc. signed a supply agreement with Orbix Holdings on March 3, 2025."


def _records(found):
    return findings_to_records(TEXT, found, doc_id="doc-test", source="<text>", lang="en", fmt="txt",
                               encoding="utf-8", path="<text>", line=None, title=None)


def _found():
    nlp = get_nlp("en")
    doc = nlp.make_doc(TEXT)
    doc._.anchor, doc._.anchor_source = "2025-03-04", "option"
    return copy.deepcopy(findings(nlp(doc)))


def test_one_word_telling_of_two_happenings_gives_two_ids_and_the_first_keeps_its_own():
    found = _found()
    assert found["events"], "the sentence tells of an agreement"
    alone = _records(found)["events.jsonl"][0].id
    second = copy.deepcopy(found["events"][0])
    second["participants"] = []          # the same word, another party
    found["events"].append(second)
    ids = [e.id for e in _records(found)["events.jsonl"]]
    assert len(set(ids)) == 2 and alone in ids
    assert ids == [e.id for e in _records(copy.deepcopy(found))["events.jsonl"]]   # the same input, the same ids
