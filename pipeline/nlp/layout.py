"""Layout marks of real releases: the bullets, list and footnote marks, quotes and corner brackets
that frame names in the text but are never part of one.

Government releases open their lines with `□`, `○`, `ㅇ`, `-`, `*`, `※` and run lists with `△` or
`▲`; titles of plans and events stand in `‘ ’`, `「 」`, `『 』`. A name, an alias or a participant
never begins or ends with one of them. This is the one public home of that fact: the stages that
read names leftwards stop at a mark (`nlp.words.words_before`), and every span a stage writes is
trimmed with `trim_span`.
"""
from __future__ import annotations

import re

# Marks that open a line or an item of a list.
BULLETS = frozenset("□■○●◦•◎◇◆▲△▶▷►▸▪▫◈◉⊙☐☑✓✔➢➤→⇒-–—*※·ㆍ") | frozenset(chr(c) for c in range(0x2460, 0x2474))
# Quotes and corner brackets around titles, never part of a name.
QUOTES = frozenset("‘’“”'\"`「」『』｢｣《》〈〉<>«»")
MARKS = BULLETS | QUOTES
# Marks that join two words or two names (`혁신·창업`, `중기부·한빛전자`, `쿤밍-몬트리올`): inside a
# span they may stay, at its edge never.
JOINERS = frozenset("·ㆍ-–/")
# A single letter used as a bullet when it stands alone before a space at a line's start.
LETTER_BULLETS = frozenset("ㅇοoO")

_EDGE = MARKS | JOINERS | frozenset(" \t\n\u3000,;:")
# Korean legal-form marks open a name: (주)한빛전자, (사)한국협회, (재)한빛재단.
_LEGAL_OPEN = re.compile(r"\((?:주|유|사|재|합|자)\)")


_KEEPS_STOP = re.compile(r"(?:\b(?:Inc|Co|Ltd|Corp|Jr|Sr|Bhd|Pte|Plc|AG|GmbH|Bros|St|No)\.|(?:\b[A-Za-z]\.){2,})$")
# The number of a list item, or a short aside in brackets before a name (`(3) `, `2) `, `(사진) `).
_ENUMERATOR = re.compile(r"(?:[(（](?!(?:주|유|사|재|합|자)[)）])[^()（）\n]{1,10}[)）]|\d{1,2}[.)](?!\d))\s")


def is_mark(token_text: str) -> bool:
    """A token made only of layout marks (`□`, `※`, `“`, `**`, `①`), not a joiner (`·`, `-`)."""
    return bool(token_text) and all(c in MARKS for c in token_text) and not all(c in JOINERS for c in token_text)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` without layout marks, white space or separators at either edge. A closing
    bracket the span itself opened stays (`한빛(주)`), as does a legal-form mark at its start."""
    s, e = start, end
    # a quoted title closing the span is no part of the name before it (`ASTM D5874「Standard
    # Test Method …」` -> `ASTM D5874`)
    q = re.search(r"[^\s「『]\s*([「『])[^「『」』]*[」』]\s*$", text[s:e])
    if q:
        e = s + q.start(1)
    m = _ENUMERATOR.match(text, s, e)
    if m and m.end() < e:
        s = m.end()   # `(3) 덴마크 디만트그룹`, `2) 한빛공사`, `(사진) 한빛공사`
    while s < e:
        if _LEGAL_OPEN.match(text, s, e):
            break
        if text[s] in _EDGE or (text[s] in LETTER_BULLETS and s + 1 < e and text[s + 1] == " "
                                and (s == 0 or text[s - 1] in "\n \t")) \
                or (text[s] == "ㅇ" and s + 1 < e and "가" <= text[s + 1] <= "힣"):   # `ㅇ마리아`: a jamo bullet
            s += 1
        else:
            break
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    # a final full stop belongs to a legal form or initials (`Inc.`, `U.S.`), not to a name's end
    if e > s and text[e - 1] == "." and not _KEEPS_STOP.search(text, s, e):
        e -= 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
    # an unmatched bracket at an edge: `(멕시코` or `한빛)` is cut back to the name
    seg = text[s:e]
    if seg.count("(") + seg.count("（") < seg.count(")") + seg.count("）") and seg[-1:] in ")）":
        e -= 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
    elif seg.count("(") + seg.count("（") > seg.count(")") + seg.count("）") and not _LEGAL_OPEN.match(seg):
        # an opening bracket the span never closes: `APPA(아태지역 …기구` is cut to what follows it
        cut = max(seg.rfind("("), seg.rfind("（"))
        if cut < len(seg) - 1:
            s += cut + 1
            while s < e and text[s] in _EDGE:
                s += 1
    # square and corner brackets: an opening one the span never closes is cut off with what
    # stands before it (`[전지구적이행점검`), a closing one it never opened is cut off
    seg = text[s:e]
    for op, cl in (("[", "]"), ("【", "】"), ("〔", "〕"), ("「", "」"), ("『", "』")):
        if seg.count(op) > seg.count(cl):
            s += seg.rfind(op) + 1
        elif seg.count(cl) > seg.count(op) and seg.endswith(cl):
            e -= 1
        else:
            continue
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        seg = text[s:e]
    return s, e
