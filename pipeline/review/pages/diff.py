"""`presspipe diff OLD NEW --html`: what a new run changed, document by document, marked in the
text (added, removed and changed records in three colours), with counts per type at the top and
a link to each changed document."""
from __future__ import annotations

import json

from ..diff import diff_runs, has_differences
from . import layers
from .markup import Mark, marked_text
from .run import KINDS, Run, load
from .shell import HTML_LANG, esc, legend, page, table

SIGNS = {"+": ("added", "#8fe0a0"), "-": ("removed", "#ff9aa8"), "~": ("changed", "#fed36e")}
ALL_KINDS = ("documents",) + KINDS


def _by_id(run: Run) -> dict[str, dict[str, dict]]:
    out = {"documents": {d["id"]: d for d in run.documents}}
    for kind in KINDS:
        out[kind] = {r["id"]: r for recs in run.records.get(kind, {}).values() for r in recs}
    out["errors"] = {e["id"]: e for e in run.errors}
    return out


def _doc_of(kind: str, rec: dict) -> str | None:
    return rec["id"] if kind == "documents" else rec.get("doc_id")


def changes_by_document(old: Run, new: Run, d: dict) -> dict[str | None, list[dict]]:
    """{doc_id: [{kind, sign, old, new, fields}]} from `diff_runs`'s result `d`."""
    a, b = _by_id(old), _by_id(new)
    out: dict[str | None, list[dict]] = {}
    for kind in ALL_KINDS:
        part = d.get(kind, {})
        for s in part.get("added", []):
            rec = b[kind][s["id"]]
            out.setdefault(_doc_of(kind, rec), []).append({"kind": kind, "sign": "+", "old": None, "new": rec, "fields": {}})
        for s in part.get("removed", []):
            rec = a[kind][s["id"]]
            out.setdefault(_doc_of(kind, rec), []).append({"kind": kind, "sign": "-", "old": rec, "new": None, "fields": {}})
        for c in part.get("changed", []):
            o, n = a[kind][c["id"]], b[kind][c["id"]]
            out.setdefault(_doc_of(kind, n), []).append({"kind": kind, "sign": "~", "old": o, "new": n, "fields": c["fields"]})
    return out


def _marks(changes: list[dict], side: str) -> list[Mark]:
    """The marks of one document's changes on its old or new text: a changed record marks the
    stretches it kept as changed, and those it gained or lost as added or removed."""
    marks = []
    for c in changes:
        old = set(layers.spans(c["kind"], c["old"])) if c["old"] else set()
        new = set(layers.spans(c["kind"], c["new"])) if c["new"] else set()
        if side == "new":
            picks = [("+", s) for s in new - old] + [("~", s) for s in new & old]
        else:
            picks = [("-", s) for s in old - new]
        # a changed record's first mark names the fields that changed, linking to its row
        fields = ", ".join(k for k in c["fields"] if k != "id")
        rid = (c["new"] or c["old"])["id"]
        for i, (sign, (start, end, layer)) in enumerate(sorted(picks, key=lambda x: x[1])):
            marks.append(Mark(start, end, f"{sign}{layer}", SIGNS[sign][1], f"#{rid}", fields if sign == "~" and not i else ""))
    return marks


def _what(kind: str, rec: dict) -> str:
    if kind == "documents":
        return rec.get("source", "")
    if kind == "aliases":
        return f"{rec['name']['text']} ({rec['alias']['text']})"
    if kind == "terms":
        return f"{rec['term']['text']} ({rec['rendering']['text']})"
    if kind == "timexes":
        return f"{rec['text']} = {rec.get('value')}"
    if kind == "events":
        return f"{rec['type']} {(rec.get('date') or {}).get('value')} ({rec['trigger']['text']})"
    if kind == "errors":
        return f"{rec.get('code')}: {rec.get('source')}"
    return rec.get("name") or rec.get("text") or rec["id"]


def _short(v) -> str:
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 200 else s[:197] + "…"


def _counts(changes: list[dict]) -> str:
    n = {sign: sum(1 for c in changes if c["sign"] == sign) for sign in SIGNS}
    return " ".join(f'<span class="{SIGNS[s][0]}">{s}{n[s]}</span>' for s in SIGNS if n[s])


def diff_page(old_dir: str, new_dir: str, title: str | None = None) -> str:
    """The page comparing the runs in `old_dir` and `new_dir`."""
    old, new = load(old_dir), load(new_dir)
    d = diff_runs(old_dir, new_dir)
    title = title or f"presspipe diff: {old_dir} → {new_dir}"
    by_doc = changes_by_document(old, new, d)
    docs = {x["id"]: x for x in old.documents} | {x["id"]: x for x in new.documents}
    order = [x["id"] for x in new.documents] + [x["id"] for x in old.documents if x["id"] not in {y["id"] for y in new.documents}]
    changed = [i for i in order if i in by_doc] + ([None] if None in by_doc else [])

    rows = [[esc(kind), *(f"{len(d[kind][k])}" for k in ("added", "removed", "changed"))]
            for kind in ALL_KINDS if kind in d]
    parts = [f"<header><h1>{esc(title)}</h1>",
             f'<p class="meta">old: {esc(old_dir)} ({len(old.documents)} documents) · new: {esc(new_dir)} '
             f'({len(new.documents)} documents) · {"the runs differ" if has_differences(d) else "no differences"}</p>',
             legend([(f"+ {SIGNS['+'][0]}", SIGNS["+"][1]), (f"- {SIGNS['-'][0]}", SIGNS["-"][1]),
                     (f"~ {SIGNS['~'][0]}", SIGNS["~"][1])]), "</header>",
             '<section class="counts"><h3>Records per type</h3>'
             + table(["type", "added", "removed", "changed"], rows, num=frozenset({1, 2, 3})) + "</section>"]
    toc = [f'<li><a href="#{esc(i or "no-document")}">{esc(docs[i]["source"] if i else "records of no document")}</a> '
           f"{_counts(by_doc[i])}</li>" for i in changed]
    parts.append(f'<nav class="toc"><h3>Changed documents ({len(changed)})</h3>'
                 + (f"<ol>{''.join(toc)}</ol>" if toc else '<p class="note">none</p>') + "</nav>")
    for i in changed:
        parts.append(_document(i, docs.get(i), old, new, by_doc[i]))
    return page(title, "\n".join(parts))


def _document(doc_id: str | None, doc: dict | None, old: Run, new: Run, changes: list[dict]) -> str:
    sid = doc_id or "no-document"
    head = f'<h2>{esc(doc["source"] if doc else "Records of no document")}</h2><p class="meta">{_counts(changes)}</p>'
    texts = []
    if doc:
        lang = HTML_LANG.get(doc["lang"], doc["lang"])
        o = next((x for x in old.documents if x["id"] == doc_id), None)
        n = next((x for x in new.documents if x["id"] == doc_id), None)
        if o and n and o["text"] != n["text"]:
            texts.append(f'<h3>Old text</h3><div class="text" lang="{lang}">{marked_text(o["text"], _marks(changes, "old"), lang)}</div>')
            texts.append(f'<h3>New text</h3><div class="text" lang="{lang}">{marked_text(n["text"], _marks(changes, "new"), lang)}</div>')
        else:
            one = n or o
            assert one is not None   # the document is in one run or the other
            marks = _marks(changes, "new") + _marks(changes, "old")
            texts.append(f'<div class="text" lang="{lang}">{marked_text(one["text"], marks, lang)}</div>')
    rows, ids = [], []
    for c in sorted(changes, key=lambda c: (ALL_KINDS.index(c["kind"]) if c["kind"] in ALL_KINDS else 99, c["sign"])):
        rec = c["new"] or c["old"]
        fields = "<br>".join(f'<span class="key">{esc(k)}</span>: <del>{esc(_short(v[0]))}</del> → <ins>{esc(_short(v[1]))}</ins>'
                             for k, v in c["fields"].items() if k != "id")
        rows.append([f'<span class="{SIGNS[c["sign"]][0]}">{esc(c["sign"])}</span>', esc(c["kind"]),
                     esc(_what(c["kind"], rec)), fields])
        ids.append(rec["id"])
    return (f'<section class="doc" id="{esc(sid)}">{head}{"".join(texts)}<h3>Changes</h3>'
            + table(["", "type", "record", "changed fields (old → new)"], rows, cls="changes", ids=ids) + "</section>")
