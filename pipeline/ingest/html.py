"""The text of an HTML page: the release itself, without the site's navigation, header, footer
and side bars, and never tags, scripts, styles or hidden elements.

`page_text` asks trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and
Command-Line Tool for Text Discovery and Extraction", ACL demos) for the page's main content: it
scores the page's blocks by text and link density and drops menus, breadcrumbs, "related news"
lists, share bars and footers, falling back on its own readability and jusText ports when its
first pass finds too little. Menus and footers name organisations (a ministry's agencies, the
wire's owner, a group's affiliates) that a release's records must not hold. Where trafilatura
finds nothing, fails, keeps the whole page anyway, or the page nests deeper than lxml reads,
`visible_text` gives the whole visible text instead.

`visible_text` parses with BeautifulSoup on Python's own html.parser (no compiled parser to
install). In both, block elements (paragraphs, headings, list items, table cells, line breaks)
become line breaks, so that sentence splitting and datelines see the page's structure; inline
elements (links, bold) do not break the sentence they sit in. Trees are walked with an explicit
stack, not by recursion, so a page nested a million elements deep costs time in proportion to
its size and no RecursionError.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # BeautifulSoup is imported with the first page: a run without HTML never loads it
    from bs4 import Tag

INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
         "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "title"}


def _hidden(tag: Tag) -> bool:
    if tag.name in INVISIBLE or tag.has_attr("hidden"):
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style or tag.get("aria-hidden") == "true"


# trafilatura's element names (head, list, item, row, cell, lb, quote) and HTML's (its fallback
# extractors return HTML): each starts a line.
_MAIN_BLOCKS = {"head", "p", "list", "item", "table", "row", "cell", "quote", "code", "lb", "div", "section",
                "article", "main", "body", "ul", "ol", "li", "tr", "td", "th", "blockquote", "pre", "br",
                "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "figure", "figcaption"}
# A page nested deeper than this is read by BeautifulSoup: lxml's parser stops at 256 levels
# (libxml2's limit) and would cut what lies deeper.
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr"}


# Links to the articles before and after a release on a newsroom page (`이전 기사: …`, `上一篇：…`,
# `Next article: …`): the site's navigation, another release's headline, never this one's text.
_ANOTHER_ARTICLE = re.compile(r"^(?:(?:이전|다음)\s?(?:기사|글|보도자료|뉴스)|(?:上|下)一(?:篇|則|则|條|条)|"
                              r"(?:Previous|Next|Prev)\s(?:article|post|story|release|news))\s*[:：]", re.I)


def page_text(markup: str) -> tuple[str, str | None]:
    """(main text, page title or None) of an HTML page: trafilatura's main content, else the
    whole visible text (`visible_text`), without the links to the articles before and after."""
    text, title = _page_text(markup)
    return "\n".join(line for line in text.split("\n") if not _ANOTHER_ARTICLE.match(line.strip())), title


def _page_text(markup: str) -> tuple[str, str | None]:
    if _depth(markup) <= MAX_DEPTH:
        try:
            text, title, headline = _main_text(markup)
        except ImportError:   # a broken installation is not a page trafilatura refused: say so
            raise
        except Exception:   # trafilatura or lxml refusing a page is no reason to lose it
            text, title, headline = "", None, None
        if text.strip():
            full, full_title = visible_text(markup)
            # Where trafilatura finds little, it keeps the whole page as a dump of its text nodes,
            # a line each, so a bold word or a link breaks its sentence: more lines than the whole
            # visible text has. The visible text says the same, links and bold words inside
            # their sentences and the headline on top.
            if text.count("\n") > full.count("\n"):
                return full, (title or full_title)
            if headline and headline not in text:
                text = headline + "\n" + text
            return text, title
    return visible_text(markup)


def _main_text(markup: str) -> tuple[str, str | None, str | None]:
    """(trafilatura's main text, page title, the release's headline) of a page."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return "", None, None
    title = _squash(tree.findtext(".//title") or "") or None
    # The headline: the page's one <h1> unless it is the site's logo (a link or an image);
    # trafilatura leaves it out where it repeats the page's <title>.
    h1s = tree.findall(".//h1")
    headline = None
    if len(h1s) == 1 and not h1s[0].findall(".//a") and not h1s[0].findall(".//img"):
        headline = _squash("".join(h1s[0].itertext())) or None
    if not title and h1s:
        title = _squash("".join(h1s[0].itertext())) or None
    # What a reader never sees is never a release's text (trafilatura keeps some of it).
    for el in [el for el in tree.iter() if isinstance(el.tag, str) and _hidden_lxml(el)]:
        if el.getparent() is not None:
            el.drop_tree()
    found = trafilatura.bare_extraction(tree, include_tables=True, include_comments=False, include_images=False,
                                        include_links=False, include_formatting=False, deduplicate=False,
                                        with_metadata=False)
    body = getattr(found, "body", None)   # trafilatura's Document (typed as Document | dict)
    if body is None:
        return "", title, headline
    parts: list[str] = []
    stack: list[Any] = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        block = item.tag in _MAIN_BLOCKS
        if block:
            parts.append("\n")
        if item.tail:
            stack.append(item.tail)
        if block:
            stack.append("\n")
        stack.extend(reversed(list(item)))
        if item.text:
            stack.append(item.text)
    lines = [_squash(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line), title, headline


def _hidden_lxml(el) -> bool:
    if el.tag in INVISIBLE - {"head"} or el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style or el.get("aria-hidden") == "true"


def _depth(markup: str) -> int:
    """How deep the page's elements nest, by a quick count of open and close tags (void elements
    and self-closed tags do not nest): all the limit needs."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        if m.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def visible_text(markup: str) -> tuple[str, str | None]:
    """(visible text, page title or None) of an HTML page. Markup that Python's html.parser
    rejects outright (`<![<div>`: a broken declaration) is an `IngestError` with code `bad_html`,
    an error record for that input, not the end of the run."""
    from bs4 import BeautifulSoup
    from bs4.exceptions import ParserRejectedMarkup

    from .decode import IngestError
    try:
        soup = BeautifulSoup(markup, "html.parser")
    except ParserRejectedMarkup as exc:
        first = str(exc).strip().splitlines()[-1].strip()[:120]
        raise IngestError("bad_html", f"the HTML parser rejected the page ({first}); check that the file is "
                          "a complete HTML page, or save it as text", stage="parse") from exc
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
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag
    skipped = (Comment, Declaration, Doctype, ProcessingInstruction)
    stack: list[object] = list(reversed(list(root.children)))
    while stack:
        item = stack.pop()
        if item is _BREAK:
            out.append("\n")
        elif isinstance(item, NavigableString):
            if not isinstance(item, skipped):
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
