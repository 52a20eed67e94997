"""The example tables (`examples/{ko,en,zh}.tsv`): specification, documentation and test.

One row per expected event (or `NONE` for a text that must give no event). The organisations a
row names are given to the stage as the organisation stage would (`doc._.orgs`), so that a row
tests the events stage alone. Columns (tab-separated):

    text  anchor  type  date  status  subject  participants  orgs

- `anchor`: the release date the row's relative dates resolve against (named on every row);
- `type`/`date`/`status`: the event expected (type `NONE`: the text gives no event at all);
- `subject`: the subject's name, `-` for none, empty for not checked;
- `participants`: `name:role|name:role` that must be among the event's, empty for not checked;
- `orgs`: `name|name=kind|…`, the organisations of the text (kind defaults to `company`).

Every event the text gives must be a row: a text with two events has two rows.
"""
from __future__ import annotations

import os
import re
from typing import Any

from spacy.tokens import Doc

from .find import find_events

LANGS = ("ko", "en", "zh")
COLUMNS = ("text", "anchor", "type", "date", "status", "subject", "participants", "orgs")
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "examples")


def example_rows(lang: str) -> list[dict]:
    rows = []
    with open(os.path.join(HERE, f"{lang}.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = (line.split("\t") + [""] * len(COLUMNS))[:len(COLUMNS)]
            row: dict[str, Any] = dict(zip(COLUMNS, (c.strip() for c in cells)))
            if row["text"] == "text":
                continue  # header
            row["line"] = n
            row["negative"] = row["type"] == "NONE"
            rows.append(row)
    return rows


def parse_orgs(spec: str) -> list[tuple[str, str]]:
    out = []
    for item in filter(None, (x.strip() for x in spec.split("|"))):
        name, _, kind = item.partition("=")
        out.append((name.strip(), kind.strip() or "company"))
    return out


def org_dicts(text: str, orgs: list[tuple[str, str]]) -> list[dict]:
    """`doc._.orgs` as the organisation stage writes it, for the named organisations."""
    taken: list[tuple[int, int]] = []
    out = []
    for name, kind in sorted(orgs, key=lambda x: -len(x[0])):
        mentions = []
        for m in re.finditer(re.escape(name), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                mentions.append({"text": name, "start": m.start(), "end": m.end()})
                taken.append(m.span())
        key = re.sub(r"\W+", "-", name.lower()).strip("-") or name
        out.append({"name": name, "lang": None, "english_name": None, "korean_name": None, "chinese_name": None,
                    "aliases": [], "kind": kind, "org_key": key, "mentions": mentions, "sources": ["example"]})
    return sorted(out, key=lambda o: o["mentions"][0]["start"] if o["mentions"] else -1)


def run_example(lang: str, text: str, anchor: str | None, orgs: list[tuple[str, str]] | None) -> list[dict]:
    """The events of `text`: every stage before events runs as in `presspipe run`, with the
    organisations replaced by `orgs` when given."""
    from ...nlp.build import get_nlp
    nlp = get_nlp(lang)
    doc: Doc = nlp.make_doc(text)
    doc._.anchor = anchor if anchor and anchor != "none" else None
    with nlp.select_pipes(disable="presspipe_events"):
        doc = nlp(doc)
    if orgs is not None:
        doc._.orgs = org_dicts(text, orgs)
    return find_events(doc)
