"""The frame every review page shares: one self-contained HTML file (style and a small script
inline, no font, script or image from anywhere), readable on a phone and printable."""
from __future__ import annotations

import html
import os
from importlib import resources

from ... import __version__

# Where a language's Han characters should take their shapes from (Korean, Simplified Chinese).
HTML_LANG = {"ko": "ko", "zh": "zh-Hans", "en": "en"}


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def asset(name: str) -> str:
    """page.css or page.js, beside this module."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def page(title: str, body: str) -> str:
    """A whole page: `body` is trusted HTML, `title` plain text."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="presspipe {esc(__version__)}">\n'
            f"<title>{esc(title)}</title>\n<style>\n{asset('page.css')}</style>\n<script>\n{asset('page.js')}</script>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def legend(items: list[tuple[str, str]]) -> str:
    """A row of labels in their colours: [(label, colour)]."""
    return '<ul class="legend">' + "".join(
        f'<li style="background:{esc(color)}">{esc(label)}</li>' for label, color in items) + "</ul>"


def table(head: list[str], rows: list[list[str]], num: frozenset[int] = frozenset(), cls: str = "",
          ids: list[str] | None = None) -> str:
    """A table that scrolls sideways on a narrow screen; cells are trusted HTML; `num` are the
    columns of numbers, `ids` the rows' ids (link targets)."""
    def cell(tag, i, v):
        return f'<{tag}{" class=num" if i in num else ""}>{v}</{tag}>'
    th = "".join(cell("th", i, esc(h)) for i, h in enumerate(head))
    ids = ids or [""] * len(rows)
    trs = "".join((f'<tr id="{esc(rid)}">' if rid else "<tr>") + "".join(cell("td", i, v) for i, v in enumerate(r))
                  + "</tr>" for rid, r in zip(ids, rows))
    return f'<div class="scroll {cls}"><table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table></div>'


def write(path: str, text: str) -> None:
    """Write the page whole (a temporary file moved into place)."""
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
