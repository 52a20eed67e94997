"""English events: a clinical trial's start, told by its verb (`initiate a Phase 2 trial`,
`began enrolling`), with its noun first (`The trial is expected to begin`) or as its first patient
dosed (pipeline/stages/events/en.py). The sentences are written for these tests."""
from pipeline import extract


def events(text):
    return [(e.type, e.date.value, e.status) for e in extract(text, lang="en", anchor="2026-12-06")["events.jsonl"]]


def test_a_trial_initiated_next_quarter_is_planned():
    assert events("Halvorsen plans to initiate a Phase 2 trial of HB-201 in the first quarter of 2027.") == \
        [("other", "2027-Q1", "planned")]


def test_first_patient_dosing_expected():
    assert events("The company expects first patient dosing in the first quarter of 2027.") == \
        [("other", "2027-Q1", "planned")]


def test_enrolling_began():
    assert events("Halvorsen began enrolling patients in a Phase 1 study in March 2026.") == \
        [("other", "2026-03", "occurred")]


def test_the_trial_told_first():
    assert events("The trial is expected to begin in mid-2027.") == [("other", "2027", "planned")]


def test_a_study_named_is_no_start():
    assert events("Results of the study were published in March 2026.") == []
