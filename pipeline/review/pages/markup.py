"""Marks in a document's text, drawn by displaCy's span renderer.

displaCy's span style (`displacy.render(..., style="span")`) underlines each span with a coloured
bar, labels it where it starts and stacks overlapping spans in slots, which is what a press
release needs: an alias inside an organisation's mention, a date inside an event's sentence.
Its renderer takes spaCy tokens and writes a space after each; our text is Korean, Chinese and
English with exact offsets and line breaks, so we hand it, in its `manual` form, the text cut
at every mark's edge (and, inside marks, at spaces, so that long marks can wrap), with templates
of our own that add no white space, and a sentinel that takes away the space it appends. The
text the reader sees is then the document's text, character for character (a test reads it back
from the rendered page).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from spacy import displacy

# Appended to every piece we give the renderer; the renderer then adds " ", and both go.
_SENTINEL = "\ue000"

# Our templates: displaCy's span templates with the inline styles moved to classes (page.css)
# and no white space around the text.
_TEMPLATE = {
    "span": '<span class="m" style="height:{total_height}px">{text}{span_slices}{span_starts}</span>',
    "slice": '<span class="m-bar" style="background:{bg};top:{top_offset}px"></span>',
    "start": ('<span class="m-bar m-first" style="background:{bg};top:{top_offset}px">'
              '<span class="m-label" style="background:{bg}">{label}{kb_link}</span></span>'),
}
# Inside a mark, a run of letters longer than this is cut so that the line can wrap in it
# (Chinese and Korean write long names without spaces).
_MAX_PIECE = 12
_PIECE = re.compile(rf"\s+|\S{{1,{_MAX_PIECE}}}")


@dataclass(frozen=True)
class Mark:
    """A stretch of text to mark: `label` is shown where it starts, in `color`; `link` (an
    address, usually `#id` on the same page) makes `link_text` after the label a link."""
    start: int
    end: int
    label: str
    color: str
    link: str = ""
    link_text: str = ""


def marked_text(text: str, marks: list[Mark], lang: str = "en") -> str:
    """The text as HTML with the marks drawn in displaCy's span style."""
    text = text.replace(_SENTINEL, "\ufffd")  # one character for one: offsets hold
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        if any(m.start <= a and b <= m.end for m in marks):
            pieces.extend((a + x.start(), a + x.end()) for x in _PIECE.finditer(text[a:b]))
        else:
            pieces.append((a, b))
    first = {start: i for i, (start, _) in enumerate(pieces)}
    after = {end: i + 1 for i, (_, end) in enumerate(pieces)}
    spans = [{"start_token": first[m.start], "end_token": after[m.end], "label": html.escape(m.label),
              "kb_id": html.escape(m.link_text) if m.link else "", "kb_url": html.escape(m.link, quote=True)}
             for m in marks]
    parsed = {"text": text, "tokens": [text[a:b] + _SENTINEL for a, b in pieces], "spans": spans,
              "settings": {"lang": lang, "direction": "ltr"}}
    colors = {html.escape(m.label): m.color for m in marks}
    out = displacy.render(parsed, style="span", manual=True, jupyter=False,
                          options={"colors": colors, "template": _TEMPLATE})
    return out.replace(_SENTINEL + " ", "").replace(_SENTINEL, "")
