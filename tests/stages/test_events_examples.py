"""Every row of every events example table (pipeline/stages/events/examples/*.tsv), one test per
row, plus one test per text that it gives no event beyond its rows."""
from collections import defaultdict

import pytest

from pipeline.stages.events import LANGS, example_rows, run_example
from pipeline.stages.events.table import parse_orgs

ROWS = [(lang, row) for lang in LANGS for row in example_rows(lang)]
TYPES = {"founding", "approval", "designation", "agreement", "launch", "investment", "acquisition", "appointment",
         "award", "listing", "opening", "meeting", "visit", "announcement", "other"}
MIN_ROWS = {"ko": 60, "en": 45, "zh": 30}


def _events(lang, row):
    return run_example(lang, row["text"], row["anchor"], parse_orgs(row["orgs"]))


def _id(item):
    lang, row = item
    return f"{lang}:{row['line']}:{row['type']}:{row['text'][:40]}"


@pytest.mark.parametrize("lang,row", ROWS, ids=[_id(r) for r in ROWS])
def test_example_row(lang, row):
    events = _events(lang, row)
    if row["negative"]:
        assert events == [], f"expected no event, got {[(e['type'], e['date']['value']) for e in events]}"
        return
    hits = [e for e in events if e["type"] == row["type"] and e["date"]["value"] == row["date"]]
    if len(hits) > 1:
        # several happenings of one type on one day (talks with each counterpart): the row's
        # participants tell which one it is
        wanted = [tuple(item.rpartition(":")[::2]) for item in filter(None, row["participants"].split("|"))]
        hits = [e for e in hits if all({"name": n, "role": r} in [{"name": p["name"], "role": p["role"]}
                                                                for p in e["participants"]] for n, r in wanted)]
    assert len(hits) == 1, f"expected one {row['type']} {row['date']}, got {[(e['type'], e['date']['value']) for e in events]}"
    ev = hits[0]
    assert ev["status"] == row["status"], ev
    subjects = [p["name"] for p in ev["participants"] if p["role"] == "subject"]
    if row["subject"] == "-":
        assert subjects == [], ev["participants"]
    elif row["subject"]:
        assert subjects == [row["subject"]], ev["participants"]
    for item in filter(None, row["participants"].split("|")):
        name, _, role = item.rpartition(":")
        assert {"name": name, "role": role} in [{"name": p["name"], "role": p["role"]} for p in ev["participants"]], \
            ev["participants"]


TEXTS = defaultdict(list)
for _lang, _row in ROWS:
    TEXTS[(_lang, _row["text"], _row["anchor"], _row["orgs"])].append(_row)


@pytest.mark.parametrize("key", list(TEXTS), ids=[f"{k[0]}:{k[1][:40]}" for k in TEXTS])
def test_no_event_beyond_the_rows(key):
    lang, text, anchor, orgs = key
    rows = [r for r in TEXTS[key] if not r["negative"]]
    events = run_example(lang, text, anchor, parse_orgs(orgs))
    assert len(events) == len(rows), [(e["type"], e["date"]["value"]) for e in events]


@pytest.mark.parametrize("lang", LANGS)
def test_table_covers_every_type_and_status(lang):
    rows = example_rows(lang)
    positives = [r for r in rows if not r["negative"]]
    assert len(positives) >= MIN_ROWS[lang]
    assert len([r for r in rows if r["negative"]]) >= 5
    assert {r["type"] for r in positives} == TYPES
    assert {r["status"] for r in positives} == {"occurred", "planned", "negated"}
    assert all(r["anchor"] for r in rows), "every row names its anchor"
