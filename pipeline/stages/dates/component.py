"""The `presspipe_dates` stage: temporal expressions, normalised and resolved.

Reads: `doc.text`, `doc.lang_`, `doc._.anchor` (set by the dateline stage or the input),
`doc.spans["ner"]` (DT spans of the trained model, where it ran),
`doc._.dateline` (inside it, only its own date is kept).
Writes: `doc._.timexes` (dicts with text, start, end, type, value, grain, anchor, range, mod,
relative, in_name; see engine.py; and `bounds`, the first and last day the value covers as
`[YYYY-MM-DD, YYYY-MM-DD]`, or None for what is no calendar period: the Doc's alone, not a field
of the timex record) and `doc.spans["dates"]` labelled by type.
"""
import re

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401
from ...nlp.script import fold_han
from ...nlp.words import doc_text
from ..spans import set_span_group
from . import en, ko, zh
from .engine import find_timexes
from .ko import AGO_WORD, YEAR_END_NOUNS
from .periods import value_bounds


class DatesStage:
    def __init__(self, nlp: Language, name: str, prefer: str, present_ref: bool):
        self.name = name
        self.lang: str = nlp.lang or ""   # spaCy types it Optional; a pipeline has one
        # `현재`, `now`, `目前` point at the present, not at a date: off by default, since a
        # database of dated events gains nothing from them.
        self.present_ref = present_ref
        # Direction for expressions the text leaves open (a bare weekday, a month without a
        # year): "nearest" to the release date unless the caller knows better.
        self.prefer = prefer

    def __call__(self, doc: Doc) -> Doc:
        # names of holidays (`추석 연휴`, `Christmas`, `春節連假`) name a feast, not a date the
        # release gives: left out, like decades and centuries (`1990년대`, `the 21st century`,
        # `17世紀`), which are no day, month, quarter, half or year of a calendar
        found = find_timexes(doc_text(doc), self.lang, anchor=doc._.anchor, prefer=self.prefer, holidays=False)
        if not self.present_ref:
            found = [t for t in found if t["value"] not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")]
        # `오늘`, `내일`, `today`, `明天` in a quoted title or a theme (`‘지속가능한 내일’`,
        # `Tomorrow's Mobility Today`) or as `today's` (nowadays) name no day
        text = doc_text(doc)
        # ... nor in the `About <company>` boilerplate that closes an English release (`the value
        # of quantum, today`, `Learn more today`): it is written once and reprinted with each release
        about = _ABOUT.search(text) if self.lang == "en" else None
        found = [t for t in found if not (_FIGURATIVE_DAY.fullmatch(t["text"]) and about is not None and t["start"] > about.start())]
        found = [t for t in found if not (_FIGURATIVE_DAY.fullmatch(t["text"]) and (
            _inside_title(text, t["start"]) or text[t["end"]:t["end"] + 2] in ("'s", "’s")
            or (t["text"][0].isupper() and t["start"] > 0 and text[t["start"] - 1] == " " and text[t["start"] - 2:t["start"] - 1].isalpha())))]
        if "ner" in doc.spans:
            found = sorted(found + _model_dates(doc, found, doc._.anchor, self.prefer), key=lambda t: (t["start"], t["end"]))
        # ... nor weekends (`지난 주말`, `this weekend`, `本週末`: two days of a week, no day, month,
        # quarter, half or year; the days a release means it writes out, `本週末（17、18日）`)
        found = [t for t in found if not (t["type"] == "DATE" and t["grain"] in ("decade", "century"))
                 and not _weekend(t) and not _in_url(text, t["start"], t["end"]) and not _bare_season(t, self.lang)]
        found = _recurring(text, found)
        dl = doc._.dateline
        if dl:
            # In a dateline only its date is a date: `[전주=뉴시스]` names the city 전주, not
            # "the week before".
            found = [t for t in found if t["end"] <= dl["start"] or t["start"] >= dl["end"]
                     or (dl["date"] and t["value"] == dl["date"])]
        for t in found:
            t["bounds"] = timex_bounds(t)
        doc._.timexes = found
        set_span_group(doc, "dates", [(t["start"], t["end"], t["type"]) for t in found])
        return doc


@Language.factory("presspipe_dates", default_config={"prefer": "nearest", "present_ref": False})
def make_dates(nlp: Language, name: str, prefer: str, present_ref: bool) -> DatesStage:
    return DatesStage(nlp, name, prefer, present_ref)


def _model_dates(doc: Doc, found: list[dict], anchor, prefer: str) -> list[dict]:
    """DT spans of the trained model (`doc.spans["ner"]`) that no rule matched, normalised by the
    same engine: the span's text is read on its own (with the sentence's direction unknown, the
    caller's `prefer` decides). A span the engine cannot normalise is left out rather than
    written without a value."""
    text = doc_text(doc)
    extra = []
    for span in doc.spans["ner"]:
        if span.label_ != "DT" or any(t["start"] < span.end_char and span.start_char < t["end"] for t in found):
            continue
        if _inside_quotes(text, span.start_char):
            continue  # `‘올해의 바이오기업’ 대상`: a title, which the rules refuse on purpose
        inner = find_timexes(text[span.start_char:span.end_char], doc.lang_, anchor=anchor, prefer=prefer, holidays=False)
        # what stands around the span may unmake it (`1일` of `1일차`, the first day of an event;
        # `9일 후` of `접종 9일 후`, counted from a vaccination): the rules read it with the word
        # before it and the two characters glued after it, and must still find a date there
        glued = text[span.end_char:span.end_char + 2].split(" ")[0].split("\n")[0]   # (a word after a space is no suffix)
        after = _AGO_AFTER.match(text, span.end_char)   # but `후` is: `12일` of `접종 12일 후`
        if after:
            glued = after.group(0)
        ctx = span.start_char
        if ctx and text[ctx - 1] == " ":   # the word before, where a space sets it apart (not `포스트-2020`)
            ctx = max(0, text.rfind(" ", 0, ctx - 1) + 1, text.rfind("\n", 0, ctx - 1) + 1, ctx - 10)
        ahead = find_timexes(text[ctx:span.end_char] + glued, doc.lang_, anchor=anchor, prefer=prefer, holidays=False)
        if len(inner) == 1 and inner[0]["value"] is not None and any(ctx + t["start"] < span.end_char and span.start_char < ctx + t["end"] for t in ahead):
            t = dict(inner[0])
            t["start"] += span.start_char
            t["end"] += span.start_char
            extra.append(t)
    return extra



# Korean's `후`, `전`, `뒤`, the bounds and pay that make a day a count (`2일 이상`, `2일 유급`, a rate `1일 평균`),
# and the closing that makes a weekday every such day (`월요일 휴관`): words after a space that
# unmake a date, given to the rules with the span
_AGO_AFTER = re.compile(r" ?(?:(?:" + AGO_WORD + r")(?![가-힣])|이상(?!기후)|이하|미만|초과|유급|무급|제외|휴관|휴무|휴장|평균|최대|최소)"
                        r"|[)）] ?(?:동안|간)|(?<=연말|연초) ?" + YEAR_END_NOUNS)

def timex_bounds(timex: dict) -> list[str] | None:
    """The first and last day `timex`'s value covers (`2025-Q1` -> `["2025-01-01", "2025-03-31"]`),
    for stages that compare dates with the release date; None for a duration, a set, a
    reference to the present or a relative expression left without a value."""
    first, last = value_bounds(timex["value"])
    return [first.isoformat(), last.isoformat()] if first is not None and last is not None else None


# A month or day right after `매년`, `every year`, `每年` (with `in`/`on` between in English) is
# the day of every year, a SET (`XXXX-05`), not the one of the release's year; so is a range of
# them (`每年12月至隔年2月`, `매년 3월~5월`).
_SET_GAP = re.compile(r"[ \t\u00a0\u3000]{0,2}(?:(?:in|on)[ \t]{1,2})?", re.IGNORECASE)
# A month, quarter or half written without its year in a sentence that tells what happens every
# year (`매년 2차례(상반기 1회, 하반기 1회) 회의 개최`, `九月份是防災教育月，每年9月21日為防災日`,
# `held annually in June`) is any year's, no date of the release's year.
_EVERY_YEAR = re.compile(r"每年|每一年|매년|매해|해마다|every year|each year|annually", re.IGNORECASE)
# ... and a month right after 每到 / 每逢 (每到12月, whenever December comes) or before 마다 / 만 되면
# (12월마다, 12월만 되면)
_EVERY_BEFORE = re.compile(r"(?:每到|每逢|每当|每當)[ \u3000]?\Z")
_EVERY_AFTER = re.compile(r"마다|만 되면")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")
_BARE_DAY = re.compile(r"\d{1,2}[ ]?[日일号號]")
_YEAR_WRITTEN = re.compile(r"年|년|해|연|\d{4}|['’‘]\d\d|year", re.IGNORECASE)


def _recurring(text: str, found: list[dict]) -> list[dict]:
    out: list[dict] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev["type"] == "SET" and prev["value"] == "P1Y" and t["type"] == "DATE"
                and t["grain"] in ("month", "day") and t["value"]
                and _SET_GAP.fullmatch(text, prev["end"], t["start"])):
            t = _every_year(t)
        elif (prev is not None and prev["type"] == "SET" and prev["value"] == "P1M" and t["type"] == "DATE"
                and t["grain"] == "day" and t["value"] and _BARE_DAY.fullmatch(t["text"]) and _SET_GAP.fullmatch(text, prev["end"], t["start"])):
            # `每月1日`, `매월 10일`: that day of every month (SET `XXXX-XX-01`)
            t = {**t, "type": "SET", "value": "XXXX-XX" + t["value"][7:10], "anchor": None, "relative": False}
        elif (t["type"] == "DATE" and t["grain"] in ("month", "quarter", "half") and t["value"]
                and not _YEAR_WRITTEN.search(t["text"]) and _EVERY_YEAR.search(_sentence(text, t["start"], t["end"]))):
            t = _every_year(t)
        elif (t["type"] == "DATE" and t["grain"] in ("month", "day") and t["value"] and not _YEAR_WRITTEN.search(t["text"])
                and (_EVERY_BEFORE.search(text, max(0, t["start"] - 3), t["start"]) or _EVERY_AFTER.match(text, t["end"]))):
            t = _every_year(t)
        out.append(t)
    return out


def _every_year(t: dict) -> dict:
    """`t` as the same day, month or period of every year (TIMEX3 SET `XXXX-05`)."""
    ends = [v if v.startswith("XXXX") else "XXXX" + v[4:] for v in t["value"].split("/")]
    rng = {"start": ends[0], "end": ends[1]} if len(ends) == 2 else None
    return {**t, "type": "SET", "value": "/".join(ends), "range": rng, "anchor": None, "relative": False}


def _sentence(text: str, start: int, end: int) -> str:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    stop = _SENTENCE_END.search(text, end)
    return text[ends[-1] if ends else max(0, start - 400):stop.start() if stop else len(text)]


# A season alone (`겨울철에는`, `臺南冬季陽光宜人`, `in winter`) is any year's: the guide's season
# is one of a year, which a year or a direction word names (`올해 가을`, `去年春季`, `this summer`).
_SEASONS = {"ko": ko.SEASON, "en": en.SEASON, "zh": zh.SEASON}


def _weekend(t: dict) -> bool:
    return t["type"] == "DATE" and str(t["value"]).endswith("-WE")


def _bare_season(t: dict, lang: str) -> bool:
    words = _SEASONS.get(lang, {})
    return t["type"] == "DATE" and fold_han(t["text"]).lower().removeprefix("the ") in words


# A web address (`www.example.org/2021-2022/`, `https://…/20240105`) holds no date of the text.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'（）()]+", re.IGNORECASE)


def _in_url(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return any(m.start() + line_start <= start and end <= m.end() + line_start for m in _URL.finditer(line))


_ABOUT = re.compile(r"^[ \t]*About [A-Z][^\n]{0,80}\n", re.MULTILINE)
_FIGURATIVE_DAY = re.compile(r"(?i:today|tomorrow|tonight)|오늘|내일|今天|明天|今日|明日")


def _inside_quotes(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    depth = 0
    for ch in line:
        if ch in "‘“「『《〈":
            depth += 1
        elif ch in "’”」』》〉" and depth:
            depth -= 1
    return depth > 0


# A quotation that is speech (`市長表示：「今天…，…」`, `장관은 “오늘 회의는 …”고 말했다`) says its
# days as the speaker means them; a quoted title or theme (`「明天會更好」`, `‘지속가능한 내일’`) does not.
_SENTENCE_MARK = re.compile(r"[。！？!?]")
_KO_QUOTE_END = re.compile(r"(?:라고|이라고|고|라며|이라며|며|면서|라면서)(?![가-힣])|(?:라고|고)\s")


def _inside_title(text: str, pos: int) -> bool:
    """`pos` is inside quotation marks that hold a title or a theme, not speech."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened: list[int] = []
    for i in range(line_start, pos):
        ch = text[i]
        if ch in "‘“「『《〈":
            opened.append(i)
        elif ch in "’”」』》〉" and opened:
            opened.pop()
    if not opened:
        return False
    q = opened[-1]
    if text[q] not in "「“":
        return True
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    close = min((i for i in (text.find(c, pos, line_end) for c in "」”") if i >= 0), default=line_end)
    before = text[line_start:q].rstrip()
    speech = (before.endswith(("：", ":")) or _SENTENCE_MARK.search(text, q + 1, close) is not None
              or (text[q] == "“" and _KO_QUOTE_END.match(text, close + 1) is not None))
    return not speech

