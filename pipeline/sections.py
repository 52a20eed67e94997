"""Long texts in sections: where to cut a text so that each piece is a Doc of bounded size.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters, error E088), and a long Doc
costs memory in proportion to its length in every stage (Kiwi, the entity model, spans). A text
longer than SECTION_CHARS is therefore processed in sections, each cut where a sentence cannot
go on: at a paragraph break (a blank line), else a line break (every line break ends a
sentence in this pipeline, `nlp/sentences.py`), else after sentence-final punctuation, else at
a space, and only in text with none of these (one 10 MB word) at the limit itself. Sections
cover the text exactly, end to end, so offsets found in a section shift back by its start.
"""
from __future__ import annotations

import re
import unicodedata

# Press releases run to about 10,000 characters; a text over this is an archive dump or a
# concatenation, and is cut. 20,000 keeps a Korean section (Kiwi + entity model) well under
# 200 MB of working memory and far under spaCy's 1,000,000-character limit.
SECTION_CHARS = 20_000

_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’)\]）」』]*[ \t\u3000]+|[。！？]")
_SPACE = re.compile(r"\s+")


def cut_sections(text: str, limit: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each section of `text`: consecutive, covering it exactly, none longer
    than `limit` (a text no longer than `limit` is one section)."""
    if limit < 2:
        raise ValueError("a section must be able to hold two characters")
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        end = _cut(text, start, start + limit)
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a section that starts at `lo` and may end at `hi` at the latest: the best
    boundary in its second half."""
    floor = lo + (hi - lo) // 2
    window = text[floor:hi]
    for sep in ("\n\n", "\n"):
        i = window.rfind(sep)
        if i >= 0:
            return floor + i + len(sep)
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None:
            return floor + last.end()
    # No boundary at all: cut at the limit, but not between a letter and its combining marks.
    end = hi
    while end > floor + 1 and unicodedata.combining(text[end]):
        end -= 1
    return end
