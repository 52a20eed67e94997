"""Each organisation's kind, per language: the table `pipeline/stages/organisations/examples/kinds.tsv`."""
import csv
from pathlib import Path

import pytest

from pipeline import extract

TABLE = Path(__file__).resolve().parents[2] / "pipeline" / "stages" / "organisations" / "examples" / "kinds.tsv"


def _rows():
    with TABLE.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def test_the_table_covers_every_language_and_kind():
    assert {r["lang"] for r in ROWS} == {"ko", "en", "zh"}
    assert {r["kind"] for r in ROWS} == {"company", "government", "education", "research", "other"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['name']}" for r in ROWS])
def test_kind(row):
    records = extract(row["text"], lang=row["lang"], anchor="2025-03-04")
    kinds = {o.name: o.kind for o in records["organisations.jsonl"]}
    assert row["name"] in kinds, f"{row['name']} not found: {sorted(kinds)}"
    assert kinds[row["name"]] == row["kind"]
