"""Doc to records: ids, exact offsets and the links between records.

The stages leave plain dicts on the Doc (see nlp/extensions.py); here they become the contract's
pydantic records. Ids are built from the document id and the record's place in the text, so the
same input and version give the same ids, and a change to one record does not renumber others.

A long text is processed in sections (`pipeline/sections.py`): each section's findings are read
off its Doc (`findings`), shifted to the section's place in the whole text, and merged
(`merge_findings`: one organisation record per `org_key`, its mentions from every section)
before they become records, so a document's records do not show where it was cut.
"""
from __future__ import annotations

import copy
import hashlib
from typing import TYPE_CHECKING

from . import records as R

if TYPE_CHECKING:   # spaCy is not imported by the batch runner's own process (only its workers')
    from spacy.tokens import Doc

FINDINGS = ("dateline", "anchor", "anchor_source", "timexes", "aliases", "terms", "orgs", "events")


def document_id(source: str) -> str:
    return R.stable_id("doc", source)


def error_id(path: str, line: int | None, code: str) -> str:
    """An error record's id: from the input file's name in the run and the line, which name one
    item of the run (a file, or a line of a JSON-lines file) and so make the id unique in it."""
    return R.stable_id("err", path, line, code)


def findings(doc: Doc, offset: int = 0) -> dict:
    """The stages' findings on `doc` as plain dicts, every character offset moved by `offset`
    (then a copy, and the Doc is left as it was)."""
    if not offset:
        return {name: getattr(doc._, name) for name in FINDINGS}
    found = {name: copy.deepcopy(getattr(doc._, name)) for name in FINDINGS}
    for name in FINDINGS:
        _shift(found[name], offset)
    return found


def _shift(obj, offset: int) -> None:
    """Move every span (a dict with integer `start` and `end`) inside `obj` by `offset`."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) \
                and not isinstance(obj["start"], bool):
            obj["start"] += offset
            obj["end"] += offset
        for v in obj.values():
            if isinstance(v, (dict, list)):
                _shift(v, offset)
    elif isinstance(obj, list):
        for v in obj:
            _shift(v, offset)


def merge_findings(parts: list[dict]) -> dict:
    """One document's findings from those of its sections (already shifted), in text order.
    The dateline and anchor (and its source) are the first section's; an organisation found in several sections
    is one record, as the organisations stage merges two records of one `org_key`."""
    merged = {name: parts[0][name] for name in ("dateline", "anchor", "anchor_source")}
    for name in ("timexes", "aliases", "terms", "events"):
        merged[name] = [x for p in parts for x in (p[name] or [])]
    orgs: dict[str, dict] = {}
    for p in parts:
        for o in p["orgs"] or []:
            keep = orgs.get(o["org_key"])
            if keep is None:
                orgs[o["org_key"]] = o
                continue
            keep["mentions"] = sorted(keep["mentions"] + o["mentions"], key=lambda m: (m["start"], m["end"]))
            keep["aliases"] = sorted((set(keep["aliases"]) | {o["name"]} | set(o["aliases"])) - {keep["name"]})
            keep["sources"] = sorted(set(keep["sources"]) | set(o["sources"]))
            for field in ("english_name", "korean_name", "chinese_name", "lang"):
                keep[field] = keep.get(field) or o.get(field)
    merged["orgs"] = list(orgs.values())
    return merged


def findings_to_records(text: str, found: dict, *, doc_id: str, source: str, lang: str, fmt: str,
                        encoding: str, path: str, line: int | None,
                        title: str | None) -> dict[str, list[R.Record]]:
    dl = found["dateline"]
    document = R.Document(
        id=doc_id, source=source, lang=lang, text=text,  # type: ignore[arg-type]  # lang and format: pydantic checks
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        dateline=R.Dateline(**dl) if dl else None,
        title=title or _headline(text, dl),
        anchor=found["anchor"], anchor_source=found["anchor_source"], input=R.InputRef(path=path, line=line), format=fmt, encoding=encoding)  # type: ignore[arg-type]

    timexes, timex_ids = [], {}
    for t in found["timexes"] or []:
        tid = R.stable_id("tx", doc_id, t["start"], t["end"])
        timex_ids[(t["start"], t["end"])] = tid
        # `bounds` serves the stages after dates (see stages/dates/component.py); the record
        # has the value it is computed from
        timexes.append(R.Timex(id=tid, doc_id=doc_id, **{k: v for k, v in t.items() if k != "bounds"}))

    aliases = [R.Alias(id=R.stable_id("al", doc_id, a["name"]["start"], a["alias"]["start"]), doc_id=doc_id, **a)
               for a in found["aliases"] or []]

    terms = [R.Term(id=R.stable_id("tm", doc_id, t["name"]["start"], t["alias"]["start"]), doc_id=doc_id,
                    term=t["name"], rendering=t["alias"], relation=t["relation"], score=t["score"])
             for t in found["terms"] or []]

    orgs, org_ids = [], {}
    for o in found["orgs"] or []:
        oid = R.stable_id("org", doc_id, o["org_key"])
        org_ids[o["org_key"]] = oid
        orgs.append(R.Organisation(id=oid, doc_id=doc_id, **o))

    events = []
    used_ids: set[str] = set()
    for e in found["events"] or []:
        d = e["date"]
        date = R.EventDate(timex_id=timex_ids[(d["start"], d["end"])], text=d["text"], value=d["value"],
                           grain=d.get("grain"))
        participants = [R.Participant(org_id=org_ids.get(p.get("org_key")), name=p["name"], role=p["role"])
                        for p in e["participants"]]
        eid = R.stable_id("ev", doc_id, e["trigger"]["start"], e["type"])
        if eid in used_ids:
            # one word telling of two happenings (talks with two bodies, on two days): the second
            # is told apart by its date and its parties; the first keeps the id it always had
            eid = R.stable_id("ev", doc_id, e["trigger"]["start"], e["type"], d["value"], d["start"],
                              *sorted(p["name"] for p in e["participants"]))
        used_ids.add(eid)
        events.append(R.Event(
            id=eid, doc_id=doc_id, type=e["type"],
            trigger=R.Trigger(**e["trigger"]), date=date, participants=participants,
            sentence=R.TextSpan(**e["sentence"]), confidence=e["confidence"], status=e["status"]))

    by_place = lambda r: (r.start, r.end)  # noqa: E731
    return {
        "documents.jsonl": [document],
        "timexes.jsonl": sorted(timexes, key=by_place),
        "organisations.jsonl": sorted(orgs, key=lambda o: (o.mentions[0].start if o.mentions else -1, o.org_key)),
        "aliases.jsonl": sorted(aliases, key=lambda a: (a.name.start, a.alias.start)),
        "events.jsonl": sorted(events, key=lambda e: (e.trigger.start, e.type)),
        "terms.jsonl": sorted(terms, key=lambda t: (t.term.start, t.rendering.start)),
    }


def _headline(text: str, dateline: dict | None) -> str | None:
    """A first line that is short, is not the dateline and does not read as a sentence."""
    first = text.lstrip("\n").split("\n", 1)
    if len(first) < 2:
        return None
    line = first[0].strip()
    if not line or len(line) > 200 or (dateline and dateline["start"] < len(first[0]) + 1):
        return None
    if line[-1] in ".。!?다":
        return None
    return line
