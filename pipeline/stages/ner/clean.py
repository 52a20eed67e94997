"""What the English and Chinese models say that a press release does not mean: cleaning their spans.

The English and Chinese models learned from Wikipedia, filings and tweets, where a capitalised
word is mostly a name. Press releases also capitalise job titles (`Interim Chief Executive
Officer`), business acronyms (`ESG`, `AUM`, `APAC`), currencies (`KRW`) and whole headlines
(`Strong Growth in Transaction Volume`). Before the stage writes `doc.spans["ner"]`, the model's
ORG spans are cleaned here, so that every later reader sees names only:

- a job title before `of` is cut off (`CEO of D-Wave` -> `D-Wave`), a title alone is dropped;
- a business acronym, a currency code or a country or region name is no organisation (a country
  becomes LOC: `USA`, `South China`); nor is a division of one (`Quality Control Division`);
- a span inside a stock ticker bracket (`(NYSE: QBTS)`, `(Euronext Amsterdam: KRG)`) names the
  listing, not an organisation;
- a span on a headline line (most words capitalised) is kept only where the same text also stands
  outside headlines: a title says nothing about what is a name;
- a full stop the tokenizer kept on a name's last word (`BioMed X.`) is not part of it, unless
  the word is an abbreviation (`Inc.`, `Co.`);
- one name, one label (English): a name the model labels several ways in a release takes its
  most frequent label (`majority_labels`);
- lists (English): where two or more items of a comma list of capitalised names
  (`OEMs including BMW, Ford, GM, Stellantis, Toyota and VW`), or one of four or more, are
  organisations, at least twice as many as the items the model calls people or places, the other
  items are organisations too (`list_items`; linear time, no backtracking over the cuts).
- Chinese: the model learned from 1,100 organisations of Wikipedia sentences and reads Taiwanese
  government releases poorly (`臺南市馬皓瑋`, a city and a person; `亞洲跆拳道錦標賽拿下`, an event
  and a verb): an ORG span is kept only where it ends in a word that names a kind of body
  (`ZH_BODY_ENDS`: 公司, 大学, 委员会, 局, 国会, 军, 客运 ...; read on the Simplified fold) or is
  written in Latin letters.
PERSON and LOC spans are left as the model gives them. Korean spans are not touched (the policy
and the Korean model were tuned together).
"""
from __future__ import annotations

import re
from pathlib import Path

from ...nlp.lexicon import PLACES, org_endings, word_set
from ...nlp.script import fold_han

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Words of job titles: a span with one of them before any `of`/`at` is a title (`Interim CEO`,
# `Permanent Vice Chairwoman of HDBank`, `CEO Oliver Kaltner`); what follows `of`/`at` is the body.
TITLE_WORDS: set[str] = word_set(DATA / "title_words.txt")
# Boards and parts of a company, named before `of` + the company (`Supervisory Board of Cherry SE`)
# or alone: no organisation of their own.
GENERIC_BODIES = {"board", "management board", "supervisory board", "executive board", "advisory board",
                  "board of directors", "the board of directors", "management", "executive committee"}
# Last words of facilities, laws and wire services, which a model reads as organisations.
_NOT_A_BODY_END = re.compile(r"(?:\b(?:Airport|Terminal|Station|Stadium|Arena|Convention Cent(?:er|re)|Exhibition "
                             r"Cent(?:er|re)|Pavilion|Corridor|Expressway|Highway|Bridge|Act(?: of \d{4})?|"
                             r"Regulation|Directive|Division)|(?i:wire))$")

# Acronyms and words of business English that are not organisations.
NOT_ORGANISATIONS: set[str] = word_set(DATA / "not_organisations.txt")
# Country and region names in English (from the shared lexicon's places, plus what it lacks).
PLACE_NAMES = {v for names in PLACES.values() for v in names if len(v) > 2} | word_set(DATA / "english_places.txt")
_EDGE_WORDS = {"of", "and", "the", "&", "for", "in", "at", "on", "with", "to"}

# Last characters of Chinese names of bodies (Simplified; matched on the fold of the text).
ZH_BODY_ENDS: tuple[str, ...] = tuple(org_endings("zh", "ner_clean"))   # nlp/data/organisation_endings.tsv
# … and common words that end in one of the one-character endings but name no body (`布局`, `全部`).
ZH_NOT_BODY_WORDS: tuple[str, ...] = tuple(word_set(DATA / "zh_not_body_words.txt"))

_TICKER = re.compile(r"[(（]\s?[A-Z][A-Za-z]{1,10}(?:\s[A-Z][A-Za-z]{1,10}){0,2}\s?[:：]\s?[A-Z0-9.]{1,10}\s?[)）]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’&.-]*")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "vs"}


def headline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of lines written as titles: four to thirty words, nearly all capitalised, and
    no full stop at the end (a sentence listing names is not a title)."""
    out, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
        if 4 <= len(words) <= 30 and not line.rstrip().endswith((".", ":", ";")) and \
                sum(w[0].isupper() for w in words) >= 0.85 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _in(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in ranges)


def clean_spans(text: str, lang: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's (start, end, label) spans of `text`, cleaned as the module says (English and
    Chinese models; other languages' spans come back unchanged)."""
    if lang not in ("en", "zh"):
        return spans
    heads = headline_lines(text) if lang == "en" else []
    out = []
    for start, end, label in spans:
        if label != "ORG":
            out.append((start, end, label))
            continue
        if lang == "en":
            start, end, label = _clean_english(text, start, end)
            if start is None:
                continue
        elif not (folded := fold_han(text[start:end])).endswith(ZH_BODY_ENDS) or folded.endswith(ZH_NOT_BODY_WORDS):
            continue
        if any(m.start() < start < m.end() for m in _TICKER.finditer(text, max(0, start - 40), min(len(text), end + 14))):
            continue
        while end - start > 2 and text[end - 1] == "." and not _ABBREVIATION.search(text[start:end]):
            end -= 1
        if heads and _in(heads, start):
            name = text[start:end]
            if not any(not _in(heads, m.start()) for m in re.finditer(re.escape(name), text)):
                continue
        out.append((start, end, label))
    if lang == "en":
        out = list_items(text, majority_labels(text, out))
    return out


def majority_labels(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each span of a name takes the label the model gives that name most often in the document
    (`Stuttgart` read once as a body and twice as a place is a place); ties keep each label."""
    votes: dict[str, dict[str, int]] = {}
    for a, b, lab in spans:
        votes.setdefault(text[a:b], {}).setdefault(lab, 0)
        votes[text[a:b]][lab] += 1
    out = []
    for a, b, lab in spans:
        v = votes[text[a:b]]
        best = max(v.values())
        out.append((a, b, lab if v[lab] == best else max(v, key=v.__getitem__)))
    return out


_ABBREVIATION = re.compile(r"(?:\b(?:Inc|Co|Corp|Ltd|Bhd|Pte|Pty|Jr|Sr|St)|\b[A-Z]\.[A-Z]|\.[A-Za-z]{1,3})\.$")
_WORD_IN_ITEM = r"(?:[\w&'’-]|\.(?=\w))*"   # a full stop only inside a word (`Q.ANT`), not after it
_ITEM = rf"[A-Z]{_WORD_IN_ITEM}(?: (?:of |& |de )?[A-Z0-9]{_WORD_IN_ITEM}){{0,3}}"
_JOIN = r",? (?:and|or|as well as|along with) "
# Items joined by commas or conjunctions; a list needs a comma among them (checked in code: a
# pattern that demanded one would backtrack over every way of cutting a long run of names).
_LIST = re.compile(rf"{_ITEM}(?:(?:, |{_JOIN}){_ITEM})*")
_ITEM_RE = re.compile(_ITEM)


def list_items(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`spans` with the items of comma lists of organisations made ORG spans: lists in which two or
    more items (or one of four or more) are ORG spans, at least twice as many as the items the
    model calls a person or a place (`Li Auto` among carmakers is one too)."""
    labels = {(a, b): lab for a, b, lab in spans}
    changed: dict[tuple[int, int], str] = {}
    for m in _LIST.finditer(text):
        if ", " not in m.group(0):
            continue
        items, pos = [], m.start()
        for part in re.split(rf"{_JOIN}|, ", m.group(0)):
            s = text.index(part, pos)
            items.append((s, s + len(part)))
            pos = s + len(part)
        got = [labels.get(i) for i in items]
        n_org, n_other = sum(g == "ORG" for g in got), sum(g in ("PERSON", "LOC") for g in got)
        if not (n_org >= 2 or (n_org == 1 and len(items) >= 4)) or n_org < 2 * n_other:
            continue
        for (a, b), g in zip(items, got):
            if g == "ORG" or not _ITEM_RE.fullmatch(text[a:b]):
                continue
            if g is None and any(x < b and a < y for x, y, _ in spans):
                continue   # part of a longer span of the model's
            if _clean_english(text, a, b) == (a, b, "ORG"):
                changed[(a, b)] = "ORG"
    return sorted((a, b, lab) for (a, b), lab in (labels | changed).items())


_TIME_AFTER = re.compile(
    r"\s(?:on|in|since|during|until|by|from|last|this|next|early|late)\s(?:the\s)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"today|tomorrow|yesterday|week|month|year|quarter)\b|(?:19|20)\d{2}\b)")


def _clean_english(text: str, start: int, end: int):
    # a span never ends with a function word (`People's Republic of`)
    while True:
        m = re.search(r"[\s,]+(\S+)$", text[start:end])
        if not m or m.group(1).casefold() not in _EDGE_WORDS:
            break
        end = start + m.start()
    when = _TIME_AFTER.search(text, start, end)
    if when:
        end = when.start()   # a time the model ran into (`Gyeonggi Province on Monday`): no part of the name
    while start < end and text[start] in "#@":
        start += 1   # a hashtag or a handle (`#VinFast`) names what follows
    name = text[start:end]
    low = name.casefold().strip()
    if low in GENERIC_BODIES or _NOT_A_BODY_END.search(name):
        return None, None, None
    if re.fullmatch(r"[A-Z][a-z]+ly", name):
        return None, None, None   # a sentence-initial adverb (`Previously`)
    if low in PLACE_NAMES or low.removeprefix("the ") in PLACE_NAMES:
        return start, end, "LOC"
    if low in NOT_ORGANISATIONS or all(w in NOT_ORGANISATIONS | PLACE_NAMES | {"&", "and"} for w in low.split()):
        return None, None, None
    m = re.search(r"\s(?:of|at)\s+", name)
    before = name[:m.start()] if m else name
    if before.casefold() in GENERIC_BODIES or \
            any(w.casefold().strip(",’'s").removeprefix("co-") in TITLE_WORDS for w in before.split()):
        if not m:
            return None, None, None
        start += m.end()
        body = text[start:end].casefold()
        if body in NOT_ORGANISATIONS or body in PLACE_NAMES or body.startswith(("the company", "the group")):
            return None, None, None
    return start, end, "ORG"
