"""`presspipe eval OUTDIR --gold DIR --html`: precision, recall and F1 per type and per language
as tables and bar charts, and every miss and extra shown in its sentence, so that an error
analysis is a page rather than a log. The figures are `evaluate()`'s, untouched."""
from __future__ import annotations

import re

from .markup import Mark, marked_text
from .run import load
from .shell import HTML_LANG, esc, legend, page, table

CASE = {"missed": ("MISSED", "#ff9aa8", "in the gold, not found"), "extra": ("EXTRA", "#fed36e", "found, not in the gold")}
SERIES_COLORS = {"precision": "#7aecec", "recall": "#c887fb", "f1": "#3b7dd8",
                 "all": "#3b7dd8", "ko": "#ff9561", "en": "#7aecec", "zh": "#feca74"}
# A sentence ends at a full stop, question or exclamation mark (Latin or CJK) with space after
# it, or at a line break; a context longer than this is cut around the marks.
_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")
_MAX_CONTEXT = 400


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) of `text` holding start..end, at most about _MAX_CONTEXT long."""
    s, e = 0, len(text)
    for m in _END.finditer(text):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.start()
            break
    if e - s > _MAX_CONTEXT:
        room = max(0, (_MAX_CONTEXT - (end - start)) // 2)
        s, e = max(s, start - room), min(e, end + room)
    return s, e


def scores_rows(result: dict) -> tuple[list[str], list[list]]:
    """The P/R/F1 table of a result: the kinds that have an F1."""
    kinds = [k for k, v in result.items() if isinstance(v, dict) and "f1" in v]
    return kinds, [[esc(k), *(f"{result[k][m]:.3f}" for m in ("precision", "recall", "f1")),
                    *(str(result[k][m]) for m in ("tp", "fp", "fn"))] for k in kinds]


def bar_chart(title: str, groups: list[str], series: list[str], values: dict[tuple[str, str], float]) -> str:
    """A grouped bar chart (inline SVG, values 0..1): one group of bars per entry of `groups`."""
    w, h, left, top, bottom = 720, 280, 40, 34, 40
    plot_h = h - top - bottom
    gw = (w - left - 10) / max(1, len(groups))
    bw = min(28.0, (gw - 14) / max(1, len(series)))
    out = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="{esc(title)}" '
           f'font-size="12" font-family="inherit"><title>{esc(title)}</title>']
    for i in range(5):
        y = top + plot_h * (1 - i / 4)
        out.append(f'<line x1="{left}" x2="{w - 5}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9dce0"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#5f6368">{i / 4:.2f}</text>')
    for j, s in enumerate(series):
        out.append(f'<rect x="{left + j * 90}" y="6" width="12" height="12" fill="{SERIES_COLORS.get(s, "#999")}"/>'
                   f'<text x="{left + 16 + j * 90}" y="16">{esc(s)}</text>')
    for gi, g in enumerate(groups):
        x0 = left + gi * gw + (gw - bw * len(series)) / 2
        for j, s in enumerate(series):
            if (g, s) not in values:
                continue
            v = max(0.0, min(1.0, float(values[(g, s)])))
            bh = plot_h * v
            x = x0 + j * bw
            out.append(f'<rect class="bar" data-group="{esc(g)}" data-series="{esc(s)}" data-value="{v:.4f}" '
                       f'x="{x:.1f}" y="{top + plot_h - bh:.1f}" width="{bw - 2:.1f}" height="{bh:.1f}" '
                       f'fill="{SERIES_COLORS.get(s, "#999")}"><title>{esc(g)} {esc(s)} {v:.3f}</title></rect>')
        out.append(f'<text x="{left + gi * gw + gw / 2:.1f}" y="{h - bottom + 16}" text-anchor="middle">{esc(g)}</text>')
    out.append("</svg>")
    return f'<figure class="chart">{"".join(out)}<figcaption class="note">{esc(title)}</figcaption></figure>'


def eval_page(result: dict, outdir: str, gold: str, part: str | None = None, title: str | None = None) -> str:
    """The page of `evaluate(outdir, gold, part, cases=True)`'s result."""
    run = load(outdir)
    title = title or f"presspipe eval: {outdir} against {gold}" + (f" (part {part})" if part else "")
    kinds, rows = scores_rows(result)
    parts = [f"<header><h1>{esc(title)}</h1>",
             f'<p class="meta">run {esc(outdir)} ({len(run.documents)} documents) · gold {esc(gold)}'
             + (f" · part {esc(part)}" if part else "") + "</p>", "</header>",
             '<section class="scores"><h3>Scores</h3>'
             + table(["type", "precision", "recall", "F1", "tp", "fp", "fn"], rows, num=frozenset(range(1, 7)))]
    other = []
    for k, v in result.items():
        if isinstance(v, dict) and "consistent" in v:
            other.append(f"<li>{esc(k)}: consistent across releases {v['accuracy']:.3f} ({v['consistent']}/{v['groups']})</li>")
        elif isinstance(v, dict) and "accuracy" in v:
            per = "".join(f"; {esc(lang)} {a['accuracy']:.3f} ({a['found']}/{a['gold']})" for lang, a in v.get("by_language", {}).items())
            other.append(f"<li>{esc(k)}: accuracy {v['accuracy']:.3f} ({v['found']}/{v['gold']}){per}</li>")
    if result.get("missing_documents"):
        missing = result["missing_documents"]
        other.append(f"<li>gold documents not in the run: {esc(missing if isinstance(missing, int) else ', '.join(missing))}</li>")
    if other:
        parts.append(f"<ul class=note>{''.join(other)}</ul>")
    parts.append(bar_chart("Precision, recall and F1 per type", kinds, ["precision", "recall", "f1"],
                           {(k, m): result[k][m] for k in kinds for m in ("precision", "recall", "f1")}))
    parts.append("</section>")
    by_lang = result.get("by_language") or {}
    if by_lang:
        lrows = [[esc(lang), esc(k), *(f"{v[m]:.3f}" for m in ("precision", "recall", "f1")),
                  *(str(v[m]) for m in ("tp", "fp", "fn"))] for lang, d in by_lang.items() for k, v in d.items()]
        lkinds = [k for k in kinds if any(k in d for d in by_lang.values())]
        values = {(k, "all"): result[k]["f1"] for k in lkinds}
        values |= {(k, lang): d[k]["f1"] for lang, d in by_lang.items() for k in lkinds if k in d}
        parts.append('<section class="languages"><h3>Per language</h3>'
                     + table(["lang", "type", "precision", "recall", "F1", "tp", "fp", "fn"], lrows, num=frozenset(range(2, 8)))
                     + bar_chart("F1 per type and language", lkinds, ["all", *by_lang], values) + "</section>")
    parts.append(_cases(result.get("cases") or {}, run))
    return page(title, "\n".join(parts))


def _cases(cases: dict[str, list[dict]], run) -> str:
    if not cases:
        return ""
    texts, langs = run.texts, {d["id"]: d["lang"] for d in run.documents}
    out = ['<section class="part" id="errors"><h2>Misses and extras</h2>',
           legend([(f"{label}: {meaning}", color) for label, color, meaning in CASE.values()]),
           "<ul>" + "".join(f'<li><a href="#cases-{esc(k)}">{esc(k)}</a>: {sum(c["kind"] == "missed" for c in v)} missed, '
                            f'{sum(c["kind"] == "extra" for c in v)} extra</li>' for k, v in cases.items()) + "</ul>"]
    for kind, items in cases.items():
        out.append(f'<section class="cases" id="cases-{esc(kind)}"><h3>{esc(kind)} ({len(items)})</h3>')
        if not items:
            out.append('<p class="note">none</p>')
        for c in items:
            label, color, _ = CASE[c["kind"]]
            text = texts.get(c.get("doc_id"), "")
            if c["spans"] and text:
                s = min(a for a, _ in c["spans"])
                e = max(b for _, b in c["spans"])
                cs, ce = sentence_around(text, s, e)
                lang = HTML_LANG.get(langs.get(c["doc_id"], ""), "en")
                marks = [Mark(a - cs, b - cs, label, color) for a, b in c["spans"]]
                ctx = f'<div class="text" lang="{esc(lang)}">{marked_text(text[cs:ce], marks, lang)}</div>'
            else:
                ctx = f'<p class="note">{"not located in the text" if text else "document not in the run"}</p>'
            out.append(f'<div class="case {esc(c["kind"])}"><div class="what">{esc(label)} · {esc(c["what"])}</div>{ctx}</div>')
        out.append("</section>")
    out.append("</section>")
    return "\n".join(out)
