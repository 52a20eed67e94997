"""`presspipe show`: a run's documents with their organisations, aliases, dates and events
marked in the text, a side list of each document's organisations and a table of its events."""
from __future__ import annotations

from . import layers
from .markup import Mark, marked_text
from .run import Run, load
from .shell import HTML_LANG, esc, legend, page, table


def show_page(outdir: str, title: str | None = None) -> str:
    """The page for the run in `outdir`."""
    run = load(outdir)
    title = title or f"presspipe show: {run.path}"
    parts = [f"<header><h1>{esc(title)}</h1>", _run_meta(run),
             legend([(f"{k}: {layers.MEANING[k]}", layers.COLORS[k]) for k in
                     ("ORG", "NAME", "ALIAS", "DATE", "DURATION", "EVENT")]), "</header>"]
    parts.append(_toc(run))
    if run.errors:
        parts.append(_errors(run.errors))
    parts.extend(_document(run, d) for d in run.documents)
    return page(title, "\n".join(parts))


def _run_meta(run: Run) -> str:
    m = run.manifest or {}
    bits = [f"{len(run.documents)} document(s)"]
    if m:
        bits.append(f"presspipe {m.get('version')}, schema {m.get('schema_version')}, run {m.get('finished', '')[:19]}")
        opts = m.get("options") or {}
        if opts:
            bits.append("options: " + ", ".join(f"{k}={v}" for k, v in sorted(opts.items()) if v not in (None, False, [], "")))
    return f'<p class="meta">{esc(" · ".join(bits))}</p>'


def _toc(run: Run) -> str:
    rows = []
    for d in run.documents:
        n = {k: len(run.of(k, d["id"])) for k in ("organisations", "aliases", "timexes", "events")}
        rows.append(f'<li><a href="#{esc(d["id"])}">{esc(d["source"])}</a> <span class="meta">({esc(d["lang"])}: '
                    f'{n["organisations"]} org, {n["aliases"]} alias, {n["timexes"]} date, {n["events"]} event)</span></li>')
    return f'<nav class="toc"><h3>Documents</h3><ol>{"".join(rows)}</ol></nav>'


def _errors(errors: list[dict]) -> str:
    rows = [[esc(e.get("source")), f'<span class="key">{esc(e.get("code"))}</span>', esc(e.get("message"))] for e in errors]
    return f'<section class="part" id="errors"><h2>Inputs that became errors</h2>{table(["source", "code", "message"], rows)}</section>'


def document_marks(run: Run, doc_id: str, org_number: dict[str, int]) -> list[Mark]:
    """Every mark of one document: organisations link to their line in the side list, events to
    their row in the events table."""
    marks = []
    for o in run.of("organisations", doc_id):
        for s, e, layer in layers.spans("organisations", o):
            marks.append(Mark(s, e, layer, layers.COLORS[layer], f"#{o['id']}", str(org_number[o["id"]])))
    for a in run.of("aliases", doc_id):
        marks.extend(Mark(s, e, layer, layers.COLORS[layer]) for s, e, layer in layers.spans("aliases", a))
    for t in run.of("timexes", doc_id):
        label = f"{t['type']} {t['value']}" if t.get("value") else t["type"]
        if t.get("in_name"):
            label += " (in a name)"
        marks.extend(Mark(s, e, label, layers.COLORS[layer]) for s, e, layer in layers.spans("timexes", t))
    for ev in run.of("events", doc_id):
        label = ev["type"] + ("" if ev.get("status", "occurred") == "occurred" else f" ({ev['status']})")
        value = (ev.get("date") or {}).get("value") or "?"
        marks.extend(Mark(s, e, label, layers.COLORS[layer], f"#{ev['id']}", value)
                     for s, e, layer in layers.spans("events", ev))
    return marks


def _document(run: Run, d: dict) -> str:
    orgs = sorted(run.of("organisations", d["id"]), key=lambda o: min((m["start"] for m in o["mentions"]), default=0))
    number = {o["id"]: i for i, o in enumerate(orgs, start=1)}
    lang = HTML_LANG.get(d["lang"], d["lang"])
    text = marked_text(d["text"], document_marks(run, d["id"], number), lang)
    line = d.get("dateline") or {}
    meta = [f"lang {d['lang']}", f"format {d.get('format')}", f"encoding {d.get('encoding')}"]
    if line:
        meta.append(f"dateline {line.get('text')!s} → {line.get('location') or '?'}, {line.get('date') or '?'}"
                    + (f", {line['agency']}" if line.get("agency") else ""))
    if d.get("anchor"):
        meta.append(f"dates resolved against {d['anchor']}")
    head = f'<h2>{esc(d.get("title") or d["source"])}</h2><p class="meta">{esc(d["source"])} · {esc(" · ".join(meta))}</p>'
    return (f'<section class="doc" id="{esc(d["id"])}" lang="{esc(lang)}">{head}'
            f'<div class="cols"><div class="text">{text}</div>{_org_list(orgs)}</div>'
            f'{_events(run, d, orgs)}</section>')


def _org_list(orgs: list[dict]) -> str:
    items = []
    for o in orgs:
        names = [f"English: {esc(o['english_name'])}" if o.get("english_name") else "no English name"]
        names += [f"{label}: {esc(o[k])}" for k, label in (("korean_name", "Korean"), ("chinese_name", "Chinese"))
                  if o.get(k) and o[k] != o["name"]]
        others = [a for a in o.get("aliases", []) if a not in (o["name"], o.get("english_name"))]
        items.append(
            f'<li id="{esc(o["id"])}"><b>{esc(o["name"])}</b> <span class="key" title="org_key">{esc(o["org_key"])}</span>'
            f'<br><span class="meta">{"; ".join(names)}; {esc(o.get("kind"))}; '
            f'<span class="count">{len(o.get("mentions", []))}</span> mention(s)'
            + (f"; also {esc(', '.join(others))}" if others else "") + "</span></li>")
    body = f"<ol>{''.join(items)}</ol>" if items else '<p class="note">none found</p>'
    return f'<aside class="orgs"><h3>Organisations ({len(orgs)})</h3>{body}</aside>'


def _events(run: Run, d: dict, orgs: list[dict]) -> str:
    events = run.of("events", d["id"])
    if not events:
        return '<h3>Events</h3><p class="note">none found</p>'
    rows = []
    for ev in events:
        date = ev.get("date") or {}
        subject = ", ".join(p["name"] for p in ev.get("participants", []) if p["role"] == "subject")
        others = "; ".join(f"{p['name']} ({p['role']})" for p in ev.get("participants", []) if p["role"] != "subject")
        sent, trig = ev["sentence"], ev["trigger"]
        a, b = trig["start"] - sent["start"], trig["end"] - sent["start"]
        sentence = (esc(sent["text"][:a]) + f"<b>{esc(sent['text'][a:b])}</b>" + esc(sent["text"][b:])
                    if 0 <= a <= b <= len(sent["text"]) else esc(sent["text"]))
        rows.append([esc(ev["type"]) + ("" if ev.get("status", "occurred") == "occurred" else f" ({esc(ev['status'])})"),
                     f"{esc(date.get('text'))} → <span class=key>{esc(date.get('value'))}</span>",
                     esc(subject) or '<span class="note">—</span>', esc(others),
                     f'<span class="ctx">{sentence}</span>'])
    return "<h3>Events</h3>" + table(["type", "date", "subject", "participants", "sentence"], rows,
                                      cls="events", ids=[ev["id"] for ev in events])


def show_inputs(inputs: list[str], options=None, title: str | None = None) -> tuple[str, int]:
    """The page for INPUTS: a run folder as it is, anything else (files, folders) run now into a
    temporary folder. Returns the page and the run's exit status (1 when an input became an error)."""
    import os
    import tempfile

    if len(inputs) == 1 and os.path.isfile(os.path.join(inputs[0], "documents.jsonl")):
        return show_page(inputs[0], title), 0
    from ...batch.runner import run as run_batch
    from ...config import PipelineOptions

    with tempfile.TemporaryDirectory(prefix="presspipe-show-") as tmp:
        result = run_batch(list(inputs), tmp, options=options or PipelineOptions())
        return show_page(tmp, title or f"presspipe show: {' '.join(inputs)}"), result.exit_code
