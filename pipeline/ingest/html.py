"""The visible text of an HTML page: no tags, scripts, styles or hidden elements.

Parsed with BeautifulSoup on Python's own html.parser (no compiled parser to install). Block
elements (paragraphs, headings, list items, table cells, line breaks) become line breaks, so that
sentence splitting and datelines see the page's structure; inline elements (links, bold) do not
break the sentence they sit in. The tree is walked with an explicit stack, not by recursion, so a
page nested a million elements deep costs time in proportion to its size and no RecursionError.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
         "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "title"}
SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def _hidden(tag: Tag) -> bool:
    if tag.name in INVISIBLE or tag.has_attr("hidden"):
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style or tag.get("aria-hidden") == "true"


def visible_text(markup: str) -> tuple[str, str | None]:
    """(visible text, page title or None) of an HTML page."""
    soup = BeautifulSoup(markup, "html.parser")
    title_tag = soup.find("title")
    title = _squash(title_tag.get_text()) if title_tag else None
    if not title:
        h1 = soup.find("h1")
        title = _squash(h1.get_text()) if h1 else None
    parts: list[str] = []
    root = soup.body or soup
    _walk(root, parts)
    lines = [_squash(line) for line in "".join(parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    return text, (title or None)


def _walk(root: Tag, out: list[str]) -> None:
    """Append the visible strings under `root` to `out`, a line break around each block element.

    Depth-first with an explicit stack of what is left to do: a node to visit, or a line break
    to write once a block element's children are done.
    """
    stack: list[object] = list(reversed(list(root.children)))
    while stack:
        item = stack.pop()
        if item is _BREAK:
            out.append("\n")
        elif isinstance(item, NavigableString):
            if not isinstance(item, SKIPPED_STRINGS):
                out.append(str(item))
        elif isinstance(item, Tag) and not _hidden(item):
            block = item.name in BLOCK
            if block:
                out.append("\n")
                stack.append(_BREAK)
            stack.extend(reversed(list(item.children)))


_BREAK = object()  # on the stack: write the line break that closes a block element


def _squash(s: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0]+", " ", s).strip()
