"""Bracket candidates: every `(…)` / `（…）` whose content may render the name before it.

Pure functions on text. A bracket's *rendering* is its content up to the first comma or
semicolon (`(CEPI, 백신개발 국제기구)` renders as `CEPI`); brackets that follow each other
(`디엠씨씨(DMCC)(Dubai Multi Commodities Center)`) form a chain that renders one name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...nlp.places import is_place
from ...nlp.script import script_of

OPEN, CLOSE = "(（", ")）"
SEPARATORS = ",;，；、"
# Longest bracket content considered: a longer one is an aside, not a name's rendering.
MAX_CONTENT = 120


@dataclass(frozen=True)
class Bracket:
    open: int            # index of the opening bracket
    close: int           # index of the closing bracket
    start: int           # rendering start
    end: int             # rendering end
    chained: bool        # directly follows another bracket: renders the same name
    short: tuple[int, int] | None = None   # a short name the bracket defines (`以下简称“瑞康生物”`)
    more: tuple = ()     # further renderings after a separator: `(RADA: Rural … Authority)`,
                         # `(International Aid Transparency Initiative, IATI)`
    defines: bool = False  # the bracket only defines a short name: `(이하 ‘코이카’)`

    def rendering(self, text: str) -> str:
        return text[self.start:self.end]


def find_brackets(text: str) -> list[Bracket]:
    found: list[Bracket] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in OPEN:
            stack.append(i)
        elif ch in CLOSE and stack:
            o = stack.pop()
            if stack and not (re.search(r"[,，、]\s*[가-힣\u4e00-\u9fff][^,，、()（）]{0,30}[가-힣\u4e00-\u9fff]\s?$",
                                        text[stack[-1] + 1:o]) and _after_a_place(text, stack[-1])) \
                    and not _acronym_in_an_english_aside(text, stack[-1], o, i):
                continue       # nested: the outer bracket renders the name, unless the inner one
                               # closes an item of a list inside it (`요르단(암만, 누리 호텔(Nuri Hotel))`)
            inner_start, inner_end = o + 1, i
            if inner_end - inner_start > MAX_CONTENT or "\n" in text[o:i]:
                continue
            short = _short_name(text, inner_start, inner_end)
            parts = _parts(text, inner_start, inner_end)
            defined_first = None
            if short is None and len(parts) >= 2 and (first := _short_name(text, *parts[0])) \
                    and _MARKER.match(text, parts[0][0]):
                # `(이하 무역협회, KITA)`: the short name defined first, unquoted, then the rendering
                defined_first, parts = first, parts[1:]
            if len(parts) >= 3 and all(is_acronym(text[a:b]) for a, b in parts):
                continue   # `(AFACI, KAFACI, KoLFACI, KoCARIP)`: a list of names, no rendering
            if len(parts) >= 2 and all(script_of(text[a:b]) == "latin" for a, b in parts) \
                    and all(text[b] == "、" for _, b in parts[:-1] if b < inner_end):
                continue   # `國際組織（WHO、WTO）`: the enumeration comma lists examples, no renderings
            s, e = _past_marker(text, *parts[0])
            defines = False
            if short and short[0] - 8 <= s:   # the bracket only defines a short name
                s, e = short
                short = None
                defines = True
            if defined_first:
                short = defined_first
            if e <= s:
                continue
            prev = found[-1] if found else None
            chained = prev is not None and prev.close < o and not text[prev.close + 1:o].strip()
            more = tuple(p for p in map(lambda q: _past_marker(text, *q), parts[1:])
                         if (_renders_a_name(text[p[0]:p[1]]) or _one_name_word(text[p[0]:p[1]]))
                         and not _short_name(text, *p))
            found.append(Bracket(o, i, s, e, chained, short, more, defines))
        elif ch == "\n":
            stack.clear()
    return found


def _acronym_in_an_english_aside(text: str, outer: int, o: int, close: int) -> bool:
    """An acronym in brackets after its English long form, inside an English aside in brackets
    (`(the Hanbit Energy Agency (HEA) and others)`): a pair of its own, the outer bracket
    rendering nothing before it."""
    before = text[max(0, outer - 3):outer].strip()
    return bool(before) and not re.search(r"[가-힣\u4e00-\u9fff]", before) \
        and not re.search(r"[가-힣\u4e00-\u9fff]", text[outer + 1:o]) \
        and bool(re.search(r"[A-Za-z]\s?$", text[outer + 1:o])) and is_acronym(text[o + 1:close].strip())


def _after_a_place(text: str, pos: int) -> bool:
    """The word before the bracket at `pos` is a place (`요르단(암만, …)`): the bracket says where."""
    m = re.search(r"(\S+)$", text[max(0, pos - 20):pos])
    return m is not None and is_place(m.group(1))


_SHORT_MARKER = r"(?:以下简称|以下簡稱|以下称|以下稱|下称|下稱|简称|簡稱|이하|hereinafter|hereafter)\s?[:：]?\s?"
_SHORT = re.compile(_SHORT_MARKER + r"[“\"'‘「]([^”\"'’」]{1,30})[”\"'’」]", re.I)
# Without quotes (`(이하 한빛)`, `(以下简称瑞康)`) the marker must open the bracket, and the
# short name runs to its end: `10세 이하` is an amount, `이하 생략` an editor's note.
_SHORT_BARE = re.compile(_SHORT_MARKER + r"([^\s“\"'‘「][^“\"'‘「”\"'’」]{0,29}?)\s*$", re.I)
_NOT_A_SHORT_NAME = {"생략", "동일", "동", "같음", "같다", "중략", "상동", "略", "同"}


_MARKER = re.compile(_SHORT_MARKER, re.I)
# Words that announce the rendering in Chinese: `（英文名稱：…）`, `（英文簡稱ICDF）`, `（英譯為…）`, `（族名Haisul）`.
_RENDERING_MARKER = re.compile(r"(?:英文|英语|英語|外文)(?:名称|名稱|全名|全称|全稱|简称|簡稱|缩写|縮寫|名)?\s?(?:为|為|是)?\s?[:：]?\s?"
                               r"|(?:英译|英譯|缩写|縮寫)\s?(?:为|為|是)?\s?[:：]?\s?"
                               # an indigenous person's or people's own name: `（族名Haisul）`, `（阿美族名：Kacaw）`
                               r"|[\u4e00-\u9fff]{0,4}?族(?:名|语名|語名|语|語)\s?(?:为|為|是)?\s?[:：]?\s?")


def _past_marker(text: str, s: int, e: int) -> tuple[int, int]:
    """A further part that names the short form in Latin letters after a marker, unquoted
    (`(Coffee Quality Institute，簡稱CQI)`): the rendering is what follows the marker."""
    m = _MARKER.match(text, s, e) or _RENDERING_MARKER.match(text, s, e)
    if m and m.end() < e and text[m.end()] not in "“\"'‘「" and script_of(text[m.end():e]) == "latin":
        # (a quoted short name, `이하 'DG COMP'`, is the bracket's `short` already)
        return m.end(), e
    return s, e


def _short_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = _SHORT.search(text, s, e)
    if m:
        return m.start(1), m.end(1)
    m = _SHORT_BARE.match(text[s:e].strip())
    if m and m.group(1) not in _NOT_A_SHORT_NAME and not any(c in SEPARATORS for c in m.group(1)):
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        return s + lead + m.start(1), s + lead + m.end(1)
    return None


# A company's legal form after a comma belongs to its name (`Tham Huu Dung Co., Ltd.`).
# So does a person's generational suffix (`Surangel S. Whipps, Jr.`).
# (the Chinese separators after it too: `(Hon Hai Precision Industry Co., Ltd.，鴻海)`)
_LEGAL_FORM = re.compile(r"\s?(?:Ltd|Inc|LLC|L\.L\.C|GmbH|S\.A|Corp|PLC|Pte|JSC|Co|Jr|Sr|II|III|IV)\b\.?\s*(?:$|[,;)），；、])")
_ACRONYM_LEAD = re.compile(r"[A-Z][A-Za-z0-9&\-.]{1,11}\s?[:：]\s?")
_ACRONYM_TAIL = re.compile(r"\s?[:：]\s?([A-Z][A-Za-z0-9&\-.]{1,11})\s*")
_DASH_SEP = re.compile(r"\s[–—-]\s")


def _parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The bracket's content cut at its separators: commas and semicolons, a dash between spaces
    (`HDBank – HoSE: HDB`), and a colon after an acronym (`RADA: Rural … Authority`). The first
    part is the rendering; the others may be more renderings of the same name."""
    cuts = [j for j in range(s, e) if text[j] in SEPARATORS and not _LEGAL_FORM.match(text, j + 1, e)]
    cuts += [m.start() for m in _DASH_SEP.finditer(text, s, e)]
    # a middle dot after a Latin first part joins two names of one thing (`WEF·다보스포럼`,
    # `International Energy Agency·IEA`); after Korean words it lists things (`드론·PAV·UAM`)
    cuts += [j for j in range(s + 1, e - 1) if text[j] == "·" and re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&'\-]+", text[s:j])][:1]
    slashes = [j for j in range(s + 1, e - 1) if text[j] in "/／"]
    if len(slashes) == 1:
        left, right = text[s:slashes[0]].strip(), text[slashes[0] + 1:e].strip()
        if any(is_acronym(a) and " " in b and script_of(b) == "latin" for a, b in ((left, right), (right, left))):
            cuts.append(slashes[0])   # `International Olympic Committee／IOC`: the long form and its acronym
    m = _ACRONYM_LEAD.match(text, s, e)
    if m and is_acronym(text[s:m.end()].rstrip(" :：")):
        cuts.append(text.index(":" if ":" in text[s:m.end()] else "：", s, m.end()))
    m = _ACRONYM_TAIL.search(text, s, e)
    if m and m.end() == e and is_acronym(m.group(1)) and re.fullmatch(r"[A-Z][A-Za-z .&'\-]+", text[s:m.start()]):
        cuts.append(m.start() + m.group(0).index(":" if ":" in m.group(0) else "："))   # the long form, then its acronym after a colon (`Green Climate Fund: GCF`)
    out, start = [], s
    for c in sorted(set(cuts)):
        out.append(_strip(text, start, c))
        start = c + 1 if text[c] != " " else c + 3
    out.append(_strip(text, start, e))
    out = [p for p in out if p[1] > p[0]]
    joined: list[tuple[int, int]] = []
    for p in out:   # `…, and Labor`: an `and` after a comma closes the list the part before it opened
        if joined and re.match(r"(?:and|&)\s[A-Z]", text[p[0]:p[1]]) and script_of(text[joined[-1][0]:joined[-1][1]]) == "latin":
            joined[-1] = (joined[-1][0], p[1])
        else:
            joined.append(p)
    merged: list[tuple[int, int]] = []
    for p in joined:
        if merged and text[merged[-1][1]:p[0]].strip() in (",", "，") and _continues(text[merged[-1][0]:merged[-1][1]], text[p[0]:p[1]]):
            merged[-1] = (merged[-1][0], p[1])
        else:
            merged.append(p)
    return merged or [(s, s)]


# The body an English name belongs to, written after a comma (`Cultural Affairs Bureau, Tainan City
# Government`, `Energy Administration, Ministry of Economic Affairs`, `…, Executive Yuan, R.O.C.`,
# `Committee on Foreign Affairs, European Parliament`), as Taiwan's agencies write their names:
# part of the one rendering.
_PARENT_BODY = re.compile(r"(?:Ministry of [A-Z][\w ,&]+|(?:Executive|Legislative|Control|Examination|Judicial) Yuan|Office of the President"
                          r"|(?:[A-Z][a-z]+ ){1,3}(?:City|County|Metropolitan|Municipal|Provincial) Government|Republic of China"
                          r"|(?:the )?(?:[A-Z][a-z]+ ){1,2}(?:Parliament|Congress|Diet)"
                          r"|R\.\s?O\.\s?C\.?|Taiwan(?: \(R\.O\.C\.\))?)")


def _continues(first: str, part: str) -> bool:
    """`part`, after a comma, goes on with the English name `first` rather than giving another
    rendering: the body it belongs to, or the rest of a list its `of` opened (`Ministry of Economy,
    Trade and Industry`)."""
    if script_of(first) != "latin" or is_acronym(first) or len(first.split()) < 2:
        return False
    if _PARENT_BODY.fullmatch(part):
        return True
    # (with a comma before the `and` too: `Bureau of Democracy, Human Rights, and Labor`)
    return bool(re.search(r"\bof\s[A-Z][a-z]+$", first) and re.fullmatch(r"(?:[A-Z][a-z]+,?\s)*[A-Z][a-z]+,?\s(?:and|&)\s[A-Z][a-z]+", part))


def _renders_a_name(s: str) -> bool:
    """A further part of a bracket that renders a name: an acronym or capitalised Latin words."""
    if script_of(s) != "latin" or re.search(r"[가-힣\u4e00-\u9fff]", s):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", s)
    return is_acronym(s) or is_short_form(s) or (len(words) >= 2 and sum(w[0].isupper() for w in words) >= len(words) * 0.6
                             and not re.search(r"[:：]", s))


def _one_name_word(s: str) -> bool:
    """One capitalised Latin word (`Huawei`): a further rendering only where it sounds out the
    name, which the aliases stage checks."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", s))


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


LANG_OF_SCRIPT = {"hangul": "ko", "han": "zh", "latin": "en"}

_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&\-.*]{1,11}$")


def is_acronym(s: str) -> bool:
    """`CNOOC`, `KISED`, `B&M`, `GoGoX`? no: an acronym is mostly capitals, one word."""
    if not _ACRONYM.match(s):
        return False
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) >= max(2, len(letters) * 0.6)


def is_short_form(s: str) -> bool:
    """A one-word short name with capitals inside, made from a longer name's letters
    (`InvestHK`, `HDBank`, `NARLabs`): matched against the long form like an acronym."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{2,15}", s)) and sum(c.isupper() for c in s) >= 2
