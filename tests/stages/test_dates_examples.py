"""Every row of every example table (pipeline/stages/dates/examples/*.tsv), one test per row."""
import pytest

from pipeline.stages.dates import LANGS, example_rows, find_timexes

ROWS = [(lang, row) for lang in LANGS for row in example_rows(lang)]
MIN_ROWS = {"ko": 200, "en": 200, "zh": 80}


def _id(item):
    lang, row = item
    return f"{lang}:{row['line']}:{row['text']}"


@pytest.mark.parametrize("lang,row", ROWS, ids=[_id(r) for r in ROWS])
def test_example_row(lang, row):
    got = find_timexes(row["text"], lang, anchor=row["anchor"], prefer=row["prefer"])
    if row["negative"]:
        assert got == [], f"expected no timex, got {got}"
        return
    assert len(got) == 1, f"expected one timex, got {got}"
    t = got[0]
    assert (t["value"], t["grain"], t["type"]) == (row["value"], row["grain"], row["type"]), t
    assert t["mod"] == row["mod"], t


@pytest.mark.parametrize("lang", LANGS)
def test_table_size(lang):
    rows = example_rows(lang)
    positives = [r for r in rows if not r["negative"]]
    negatives = [r for r in rows if r["negative"]]
    assert len(positives) >= MIN_ROWS[lang]
    assert len(negatives) >= 10
