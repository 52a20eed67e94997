"""Doc to records: ids, exact offsets and the links between records.

The stages leave plain dicts on the Doc (see nlp/extensions.py); here they become the contract's
pydantic records. Ids are built from the document id and the record's place in the text, so the
same input and version give the same ids, and a change to one record does not renumber others.
"""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from . import records as R


def document_id(source: str) -> str:
    return R.stable_id("doc", source)


def doc_to_records(doc: Doc, *, doc_id: str, source: str, lang: str, fmt: str, encoding: str,
                   path: str, line: int | None, title: str | None) -> dict[str, list[R.Record]]:
    text = doc.text
    dl = doc._.dateline
    document = R.Document(
        id=doc_id, source=source, lang=lang, text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        dateline=R.Dateline(**dl) if dl else None,
        title=title or _headline(text, dl),
        anchor=doc._.anchor, input=R.InputRef(path=path, line=line), format=fmt, encoding=encoding)

    timexes, timex_ids = [], {}
    for t in doc._.timexes or []:
        tid = R.stable_id("tx", doc_id, t["start"], t["end"])
        timex_ids[(t["start"], t["end"])] = tid
        timexes.append(R.Timex(id=tid, doc_id=doc_id, **t))

    aliases = [R.Alias(id=R.stable_id("al", doc_id, a["name"]["start"], a["alias"]["start"]), doc_id=doc_id, **a)
               for a in doc._.aliases or []]

    terms = [R.Term(id=R.stable_id("tm", doc_id, t["name"]["start"], t["alias"]["start"]), doc_id=doc_id,
                    term=t["name"], rendering=t["alias"], relation=t["relation"], score=t["score"])
             for t in doc._.terms or []]

    orgs, org_ids = [], {}
    for o in doc._.orgs or []:
        oid = R.stable_id("org", doc_id, o["org_key"])
        org_ids[o["org_key"]] = oid
        orgs.append(R.Organisation(id=oid, doc_id=doc_id, **o))

    events = []
    for e in doc._.events or []:
        d = e["date"]
        date = R.EventDate(timex_id=timex_ids[(d["start"], d["end"])], text=d["text"], value=d["value"],
                           grain=d.get("grain"))
        participants = [R.Participant(org_id=org_ids.get(p.get("org_key")), name=p["name"], role=p["role"])
                        for p in e["participants"]]
        events.append(R.Event(
            id=R.stable_id("ev", doc_id, e["trigger"]["start"], e["type"]), doc_id=doc_id, type=e["type"],
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
