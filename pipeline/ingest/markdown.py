"""The plain text of a Markdown release: what a reader sees, laid out as the same release saved
as `.txt` would be, so that both give the same organisations and dates.

Parsed by markdown-it-py (CommonMark, with GitHub's tables and strikethrough), then written back
block by block:
- headings, paragraphs and quotes lose their marks (`#`, `>`, `**`, `_`, `~~`, `` ` ``); a line
  break in the source stays a line break (every line break ends a sentence in this pipeline),
  and a blank line between two blocks stays a blank line;
- a link keeps its text (`[한빛전자](https://…)` -> `한빛전자`); an image is left out (the `.txt`
  release has none); raw HTML keeps its visible text;
- list items keep their marker as written (`-`, `*`, `1.`), so a list stays a list of bullets;
  a line CommonMark reads as nested ordered lists (`2025. 2. 20. 보도자료`) comes back whole;
- a table gives a line per row, its cells joined by a tab (no pipes, no delimiter row);
- a code block or fence keeps its lines, without the fence.

A document nested as deep as markdown-it's limit (`NESTING` levels of quotes in quotes or lists
in lists; press releases nest two or three) would lose what lies past it, and brackets nested
hundreds deep (`[[[[…`) cost markdown-it time in proportion to their depth for every one of
them; such a document, like one that runs past Python's recursion limit, is read as written,
markup and all (as every `.md` file was before). Inputs are read in the batch's main process,
outside the per-document time limit, so this keeps a hostile file from stalling a run.

CommonMark's emphasis rule needs the closing `**` to be followed by a space or punctuation when a
quote precedes it, so `**‘한빛’**은` stays unparsed in Korean and Chinese text; runs of two or more
`*` or `_` left in the text are therefore removed as well.
"""
from __future__ import annotations

import functools
import re

from .html import visible_text

NESTING = 20           # markdown-it's own default
MAX_BRACKET_DEPTH = 32
_LEFTOVER_EMPHASIS = re.compile(r"\*{2,}|_{2,}")
_BR = re.compile(r"<br\s*/?>", re.I)
_BRACKET = re.compile(r"[\[\]]|\n[ \t]*\n")   # a blank line ends every link


@functools.cache
def _parser():
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark", {"maxNesting": NESTING}).enable(["table", "strikethrough"])


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for m in _BRACKET.finditer(text):
        c = m.group()
        if c == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif c == "]":
            depth = max(depth - 1, 0)
        else:
            depth = 0
    return deepest


def plain_text(markdown: str) -> tuple[str, str | None]:
    """(plain text, title or None) of a Markdown document; the title is its first level-one
    heading's text, when the document opens with one."""
    if _bracket_depth(markdown) > MAX_BRACKET_DEPTH:
        return markdown, _as_written_title(markdown)
    try:
        tokens = _parser().parse(markdown)
    except RecursionError:
        return markdown, _as_written_title(markdown)
    if any(t.level >= NESTING - 2 or any(c.level >= NESTING - 2 for c in t.children or ()) for t in tokens):
        return markdown, _as_written_title(markdown)
    out: list[str] = []
    last_end = None        # the source line after the last block written
    prefix = ""            # list markers waiting for their item's first line
    title = None
    in_table = False
    rows = 0               # rows of the current table written
    row: list[str] | None = None
    row_start = 0

    def write(text: str, start: int, end: int, tight: bool = False) -> None:
        nonlocal last_end, prefix
        if last_end is not None:
            out.append("\n" if tight or start <= last_end else "\n\n")
        out.append(prefix + text)
        prefix = ""
        last_end = end

    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "list_item_open":
            marker = f"{tok.info}{tok.markup}" if tok.info else tok.markup
            prefix += marker + " "
        elif t == "inline" and not in_table:
            text = _inline(tok.children or [])
            start, end = tok.map or (last_end or 0, last_end or 0)
            if title is None and not out and i > 0 and tokens[i - 1].type == "heading_open" \
                    and tokens[i - 1].tag == "h1":
                title = text.strip() or None
            write(text, start, end)
        elif t == "table_open":
            in_table, rows = True, 0
        elif t == "table_close":
            in_table = False
        elif t == "tr_open":
            row, row_start = [], (tok.map or (0, 0))[0]
        elif t == "inline" and row is not None:
            row.append(_inline(tok.children or []).replace("\n", " ").strip())
        elif t == "tr_close" and row is not None:
            write("\t".join(row), row_start, row_start + 1, tight=rows > 0)
            rows += 1
            row = None
        elif t in ("fence", "code_block"):
            start, end = tok.map or (0, 0)
            write(tok.content.rstrip("\n"), start, end)
        elif t == "html_block":
            start, end = tok.map or (0, 0)
            shown = visible_text(tok.content)[0]
            if shown:
                write(shown, start, end)
    text = "".join(out)
    return text, title


def _as_written_title(text: str) -> str | None:
    """The title of a document read as written: its first line, when that is a `# ` heading."""
    first = text.lstrip("\n").split("\n", 1)[0]
    return (first[2:].strip() or None) if first.startswith("# ") else None


def _inline(children) -> str:
    parts: list[str] = []
    for k, c in enumerate(children):
        t = c.type
        if t == "text":
            text = _LEFTOVER_EMPHASIS.sub("", c.content)
            if k and children[k - 1].type == "image" and parts and parts[-1].endswith(" "):
                text = text.lstrip(" ")      # `지난해 ![로고](l.png) 10월`: one space, as without it
            parts.append(text)
        elif t == "code_inline":
            parts.append(c.content)
        elif t in ("softbreak", "hardbreak") or (t == "html_inline" and _BR.fullmatch(c.content.strip())):
            if parts:
                parts[-1] = parts[-1].rstrip(" ")
            parts.append("\n")
        # emphasis, strike, link and image tokens, and other inline HTML, write nothing
    return re.sub(r"\n +", "\n", "".join(parts))
