"""Dated events: a trigger, the date of its clause, who did it, who else took part, and whether
it happened, is planned, or is denied.

The method, per sentence:

1. **Clauses.** Korean: split after connective (EC) and adnominal (ETM) endings, not inside a
   date or a name, not before an auxiliary (`맡아 왔으며`, `하지 않았다`). Chinese: split at `，`
   and `；` outside brackets. English: the sentence, with each trigger's stretch running to the
   next trigger.
2. **Trigger.** Korean is head-final: the clause's last trigger is its event. A clause whose
   approval was the circumstance (`승인을 받아 설립되었다`) is folded into the next clause when
   that clause has no date of its own: one founding, the approver its authority. Chinese: the
   clause's first trigger (`签署收购协议` is an agreement). English: every trigger.
3. **Date.** Only a date of the event's own clause counts (Korean, Chinese: the nearest before
   the trigger, or after `成立于`; English: the first after the trigger and before the next one,
   else the nearest before it). A clause that has a date but no trigger hands it to the next
   clause of the same sentence (`2024年10月，中海油…签署`, `…열리는 박람회에 홍보관을 열`).
   The dateline's date is never an event date by itself: `이날`, `today`, `on Tuesday` are, and the
   dates stage has already resolved them. A clause with no date gives no event.
4. **Subject.** The organisation marked as topic or subject (`…는`, `…가`; English: the first
   organisation not governed by a preposition; Chinese: the organisation before the verb not after
   `与`/`在`/`于`/`假`, quote marks around its name aside), the first of a coordination (`A와 B가` -> subject A, partner B). `회사는`, `재단은`,
   `이 지구는`, `the company`, `该公司`, `it` refer back to the last subject of a matching kind;
   `두 기관은`, `the two companies`, `双方` leave the subject empty and list the group; a topic that
   is a thing (`공장은`, `The plant`) leaves it empty. No subject at all: the last one carries on
   (Korean leaves subjects out), but not into a Korean note or bullet line (`※`, `*`, `-`, `ㅇ`).
5. **Roles.** From the particle or preposition: `와`/`with`/`与` partner, `로부터`/`from`/`by`
   authority for approvals, designations and awards; objects of acquisitions and investments;
   `A는 B를 지정했다` (active approval or designation) makes B the subject and A the authority.
6. **Gatherings.** A sentence that names a gathering (`data/gatherings.tsv`: `회담`, `Forum`,
   `论坛`) within a few words of a date reports a meeting on that date, with or without the verb
   that holds it; its subject is the sentence's topic, else (English, Chinese) the last subject
   the release told of. Korean names a gathering without its verb as background (`지난 12월 한-일
   고위급 회담에서 확인한`): with no topic, who held it is not said. The word inside the name of an
   organisation that is its clause's topic or subject (`누리경제포럼은 1971년 …`, `The Northwind
   Forum was …`) names a body, not a gathering.
7. **Several happenings in one telling.** Talks with officers of several organisations (`A 장관,
   B 청장을 만나`) are one talk with each, each dated by the day named last before it; places
   listed before a visit's verb with their own dates in brackets (`영국(’24.7월)에 이어 …
   방문하였다`) were visits of their own. Talks told as following the ones just dated (`이어 …`)
   in a sentence with no date take their day; so does what English tells as done `During the
   reception` just dated.
8. **Status.** `negated` (`않다`, `없다`, `not`, `不`), `planned` (`예정`, `계획`, `-겠-`, `will`,
   `plans to`, `将`, `计划`), else from the tense (`-었-`), the sentence's final verb for a
   tenseless conjunct (`개최하고, … 열 계획이다`), and last from the date: after the release date
   is planned.
"""
from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ...nlp.lexicon import KO_HEAD_OF, data_lines, word_set
from ...nlp.places import is_country, is_demonym, is_place, registration_mark_end
from ...nlp.script import fold_han
from ...nlp.words import doc_text
from ...nlp.zh_words import in_dictionary, pos_words
from . import en, ko, zh
from .triggers import Trigger, en_triggers, ko_nominal_predicate, ko_triggers, zh_triggers

# Confidence: a base, plus evidence. An explicit subject and a date in the trigger's own clause
# are the two things most often wrong when missing, so they weigh most.
CONF_BASE = 0.5
CONF_SUBJECT_EXPLICIT = 0.2
CONF_SUBJECT_CARRIED = 0.1
CONF_OWN_DATE = 0.1
CONF_FINE_GRAIN = 0.1
CONF_MAX = 0.95
# How many past subjects a reference word (`회사는`, `the company`) may reach back to: enough for
# a long release, and it keeps resolution cheap on very long inputs.
HISTORY = 50

_QUOTES = (("“", "”"), ('"', '"'), ("「", "」"), ("『", "』"))
# Titles: single quotes and half-width corner brackets name a programme, an index, a festival or a
# plan (`‘2026년 일자리 사업’ 협약을 체결`, `｢핀테크 위크 2024｣`); a date inside one belongs to the
# name, not to the happening. A quote mark before exactly two digits is a year's apostrophe
# (`’23.5월`, `'24~'28`), not a quote. English and Chinese text use `'` as an apostrophe.
_TITLES = (("‘", "’"), ("｢", "｣"), ("〈", "〉"), ("《", "》"))
_TITLES_KO = _TITLES + (("'", "'"),)
_TITLE_REACH = 80
_YEAR_APOSTROPHE = re.compile(r"['‘’]\d{2}(?!\d)")


# ------------------------------------------------------------------------------- shared helpers

class Intervals:
    """Character ranges, merged and sorted, for logarithmic `pos in ranges` tests."""

    def __init__(self, ranges):
        merged: list[list[int]] = []
        for s, e in sorted(r for r in ranges if r[0] < r[1]):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def holds(self, pos: int, strict: bool = False) -> bool:
        """`start <= pos < end` for some range (`start < pos < end` when strict)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0:
            return False
        return (self.starts[k] < pos if strict else True) and pos < self.ends[k]

@dataclass
class Mention:
    start: int
    end: int
    org: dict


@dataclass
class Discourse:
    """What the text has been about: subjects so far (last is most recent) and the last group."""
    history: list = field(default_factory=list)
    group: list = field(default_factory=list)
    deal_group: list = field(default_factory=list)   # the parties of the last agreement or deal
    past_groups: list = field(default_factory=list)  # every group noted, oldest first
    unknown: bool = False   # the last clause's actor is a name no organisation record holds (Chinese)
    visitor: dict | None = None   # the body that made the last visit told (Chinese: a delegation's)

    def note_parties(self, parts: list[dict], etype: str, orgs: list[dict]) -> None:
        keys = [p["org_key"] for p in parts if p["role"] in ("subject", "partner", "object")]
        if len(keys) >= 2:
            group = [o for k in keys for o in orgs if o["org_key"] == k]
            self.group = group
            self.past_groups.append(group)
            if etype in ("agreement", "acquisition", "investment"):
                self.deal_group = group

    def members(self, n: int, deal: bool = False, wants: tuple[str, ...] = ()) -> list[dict]:
        """The last group of `n` organisations (any size when 0); the last deal's for `partners`.
        `wants` ("company",) takes a group of companies only (`양사`), ("body",) one that is not
        all private companies (`양 기관`: a public corporation, `…공사`, is a body too)."""
        def fits(g: list[dict]) -> bool:
            firms = all(o.get("kind") == "company" and not o["name"].endswith(ko.PUBLIC_CORPORATIONS) for o in g)
            return firms if wants == ("company",) else not firms if wants == ("body",) else True
        for g in ((self.deal_group, self.group) if deal else (self.group, self.deal_group)):
            if g and (not n or len(g) == n) and fits(g):
                return list(g)
        if wants:   # (the last two companies are no `양 기관`: the pair of bodies told before them is)
            for g in reversed(self.past_groups):
                if (not n or len(g) == n) and fits(g):
                    return list(g)
        return []

    def add(self, org: dict | None) -> None:
        if org is not None:
            self.history.append(org)
            del self.history[:-HISTORY]
            self.unknown = False

    def last(self) -> dict | None:
        """The subject told of last; none after a clause about a body no record names (`unknown`)."""
        return None if self.unknown else (self.history[-1] if self.history else None)

    def main(self) -> dict | None:
        """The organisation the text has been about most (the first of equals): the release's own side."""
        if not self.history:
            return None
        counts = collections.Counter(o["org_key"] for o in self.history)
        return max(self.history, key=lambda o: counts[o["org_key"]])

    def resolve(self, wants: tuple[str, ...], orgs: list[dict]) -> dict | None:
        """The most recent subject of a kind in `wants` (a kind, or a name ending), else any."""
        def fits(o: dict) -> bool:
            return not wants or o.get("kind") in wants or any(o["name"].endswith(w) for w in wants)
        for o in reversed(self.history):
            if fits(o):
                return o
        for o in orgs:
            if fits(o):
                return o
        return self.last()


class Context:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.lang = doc.lang_
        dl = doc._.dateline
        self.body_start = dl["end"] if dl else 0
        self.anchor = (dl or {}).get("date") or doc._.anchor
        self.timexes = sorted((t for t in (doc._.timexes or []) if t["start"] >= self.body_start and (
                                  _usable_date(t) or _bracketed_year(self.text, t))),
                              key=lambda t: (t["start"], t["end"]))
        # years that are part of a name (`the 2023 Farm Innovation Challenge`): they date a prize won
        self.name_years = [t for t in (doc._.timexes or []) if t["start"] >= self.body_start and t.get("in_name")
                           and _usable_date({**t, "in_name": False}) and re.fullmatch(r"\d{4}", t["text"] or "")]
        orgs = [o for o in (doc._.orgs or []) if o.get("name")]
        self.orgs = orgs
        spans = [(max(m["start"], self.body_start), m["end"], o) for o in orgs for m in o.get("mentions", [])
                 if m["end"] > self.body_start]
        spans.sort(key=lambda x: (x[0], -x[1]))
        self.mentions: list[Mention] = []
        last_end = -1
        for s, e, o in spans:
            if s >= last_end and s < e and not _bracketed_rendering(self.text, s, self.mentions):
                self.mentions.append(Mention(s, e, o))
                last_end = e
        self.quotes = Intervals(_quote_ranges(self.text))
        self.titles = Intervals(_title_ranges(self.text, _TITLES_KO if self.lang == "ko" else _TITLES))
        self.in_date = Intervals((t["start"], t["end"]) for t in self.timexes)
        self.in_name = Intervals((m.start, m.end) for m in self.mentions)
        self._timex_starts = [t["start"] for t in self.timexes]
        self._timex_ends = sorted(t["end"] for t in self.timexes)
        self._mention_starts = [m.start for m in self.mentions]
        # people the entity model found (where it ran), and (Chinese) the same names wherever else the
        # release writes them: who a clause may be about that is no organisation
        found = {(s.start_char, s.end_char, s.text) for s in doc.spans["ner"] if s.label_ in ("PS", "PERSON")} \
            if "ner" in doc.spans else set()
        if self.lang == "zh":
            for name in {t for _, _, t in found if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t)}:
                found.update((m.start(), m.end(), name) for m in re.finditer(re.escape(name), self.text))
        self.people = sorted((s, e) for s, e, _ in found if not self.in_name.holds(s))

    def named_before(self, pos: int) -> list[dict]:
        """The organisations the text names before `pos`: what a reference word (`该公司`, `the company`,
        `이 기관`) can stand for; one named only later is not yet known to the reader."""
        return [o for o in self.orgs if any(m["start"] < pos for m in o.get("mentions", []))]

    @functools.cached_property
    def officers(self) -> dict[str, dict]:
        """Korean: title -> the organisation whose officer the release first names with it as a
        topic or subject (`한화진 환경부 장관은`, `지영미 질병관리청장은`; not a counterpart met,
        `…장관을 만나`), so that `한 장관은`, `지영미 청장은` later stand for that organisation."""
        out: dict[str, dict] = {}
        if self.lang != "ko":
            return out
        for m in self.mentions:
            t = _KO_OFFICER.match(self.text, m.end)
            if t is not None:
                title = t.group("title")
                if title == "장" and t.start("title") == m.end:
                    title = self.text[m.end - 1] + title   # `질병관리청장` -> `청장`
                out.setdefault(title, m.org)
        for m in self.mentions:
            # `공정위(위원장 주병기)는`, `방위사업청(청장 석종건)은`: the head named in brackets after
            # the name; later `주 위원장은` is that organisation's
            t = _KO_HEAD_IN_BRACKETS.match(self.text, m.end)
            if t is not None:
                out.setdefault(t.group("title"), m.org)
        return out

    def officer(self, word: str) -> dict | None:
        """Korean: the organisation a topic that is an officer stands for. `한 장관은`, `여
        본부장은`: the one whose officer the release named with that title (`통상교섭본부장` for
        `본부장`); `지영미 질병관리청장은`, `해리스 보건안보청장은`: the organisation whose name
        the word holds before its title, though the organisation stage marked no name there."""
        title = _KO_TITLE_TOPIC.search(word)
        if title is None:
            return None
        t = title.group()
        if t in self.officers:
            return self.officers[t]
        held = [k for k in self.officers if k.endswith(t) and len(t) >= 2]
        if held:
            return self.officers[max(held, key=len)]
        for k in range(len(word) - 1, 2, -1):
            head, rest = word[:k], word[k:]
            if rest in _KO_TITLE_WORDS:
                org = next((o for o in self.orgs for n in [o["name"], *(o.get("aliases") or [])]
                            if n and len(n.replace(" ", "")) >= 2 and n.replace(" ", "").endswith(head)), None)
                if org is not None:
                    # later, the short title alone stands for it (`지영미 청장은`)
                    self.officers.setdefault(head[-1] + rest if rest == "장" else rest, org)
                    return org
        if word in _KO_HEAD_OF:
            # `안덕근 장관은` in a release that named the ministry but not its minister: the head of
            # the first body of that kind the release names (its issuer comes first)
            return next((o for m in self.mentions for o in [m.org] if o["name"].endswith(_KO_HEAD_OF[word])), None)
        return None

    @functools.cached_property
    def sentences(self) -> list[tuple[int, int, list]]:
        """The body's sentences (`_sentences`), made once for the language's reader and `_gatherings`."""
        return _sentences(self)

    def blocked(self, pos: int) -> bool:
        return self.quotes.holds(pos)
    def in_title(self, t: dict) -> bool:
        """The date is part of a quoted title, not the title's own date in brackets
        (`｢한-사 투자포럼(11.17)｣` is the forum of 17 November)."""
        return self.titles.holds(t["start"]) and self.text[t["start"] - 1:t["start"]] not in "(（"

    def inside_protected(self, pos: int) -> bool:
        return self.in_date.holds(pos, strict=True) or self.in_name.holds(pos, strict=True)

    def ends_with_date(self, start: int, end: int) -> bool:
        """The stretch ends with a date and nothing after it: no sentence ends so, though a
        splitter may cut after the full stop inside one (`5.12.(화)-13.(수)` | `멕시코를 방문하여`)."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        k = bisect.bisect_left(self._timex_ends, end)
        return k < len(self._timex_ends) and self._timex_ends[k] == end and end > start

    def dates_in(self, start: int, end: int) -> list[dict]:
        k = bisect.bisect_left(self._timex_starts, start)
        out = []
        while k < len(self.timexes) and self.timexes[k]["start"] < end:
            t = self.timexes[k]
            if t["end"] <= end and not self.blocked(t["start"]) and not self.in_title(t):
                out.append(t)
            k += 1
        return out

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        k = bisect.bisect_left(self._mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out


def _bracketed_rendering(text: str, start: int, kept: list) -> bool:
    """`한화오션(Hanwha Ocean)`: the bracket renders the name before it; it is not a second actor."""
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] not in "(（":
        return False
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return any(m.end == j + 1 for m in kept[-3:])


def _usable_date(t: dict) -> bool:
    """A calendar date that can date a happening (not the year in a name: `Gastech 2025`)."""
    v = t.get("value") or ""
    return t.get("type") in ("DATE", "TIME") and v[:1].isdigit() and len(v) >= 4 and not t.get("in_name")


def _bracketed_year(text: str, t: dict) -> bool:
    """A bare year alone in brackets after a noun dates that noun (`14차 총회(2018)에서`, `유엔 창설
    (1945)`), though the dates stage reads a bare year as part of a name."""
    return bool(t.get("in_name")) and _usable_date({**t, "in_name": False}) and re.fullmatch(r"\d{4}", t["text"] or "") is not None \
        and text[t["start"] - 1:t["start"]] in ("(", "（") and text[t["end"]:t["end"] + 1] in (")", "）")


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    return _mark_ranges(text, _QUOTES, None)


def _title_ranges(text: str, marks) -> list[tuple[int, int]]:
    """Spans of quoted titles (`_TITLES`): on one line, at most `_TITLE_REACH` characters."""
    return _mark_ranges(text, marks, _TITLE_REACH)


def _mark_ranges(text: str, marks, reach: int | None) -> list[tuple[int, int]]:
    """Spans from each opening mark to its closing one on the same line (at most `reach`
    characters apart where given), a year's apostrophe (`’23`) skipped as a mark."""
    out = []
    for open_q, close_q in marks:
        i = 0
        while True:
            s = text.find(open_q, i)
            if s < 0:
                break
            if _YEAR_APOSTROPHE.match(text, s):
                i = s + 1
                continue
            e = s + 1
            while True:
                e = text.find(close_q, e)
                if e < 0 or not _YEAR_APOSTROPHE.match(text, e):
                    break
                e += 1
            if e < 0 or (reach is not None and e - s > reach) or "\n" in text[s:e]:
                i = s + 1
                continue
            out.append((s, e + 1))
            i = e + 1
    return out


def _sentences(ctx: Context) -> list[tuple[int, int, list]]:
    """Sentences as (start, end, tokens), joined where a date or a name runs across a boundary
    (`on Feb.` | `27.`), and starting after the dateline."""
    out: list[list] = []
    for sent in ctx.doc.sents:
        toks = [t for t in sent if not t.is_space and t.idx + len(t.text) > ctx.body_start]
        if not toks:
            continue
        s, e = max(sent.start_char, ctx.body_start), sent.end_char
        # (a line that ends with a date, a footnote's or a table's, is not joined to the next)
        if out and (ctx.inside_protected(s) or (ctx.ends_with_date(out[-1][0], out[-1][1])
                                                 and not ctx.text[out[-1][0]:s].rstrip(" \t").endswith("\n"))):
            out[-1][1] = e
            out[-1][2].extend(toks)
        else:
            out.append([s, e, toks])
    result = []
    for s, e, toks in out:
        while s < e and ctx.text[s].isspace():
            s += 1
        while e > s and ctx.text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((s, e, toks))
    return result


def _is_future(date: dict, anchor: str | None) -> bool:
    """The date starts after the release date (its `bounds`, set by the dates stage)."""
    bounds = date["bounds"]
    return bool(anchor and bounds) and bounds[0] > anchor[:10]


def _reaches(date: dict, anchor: str | None) -> bool:
    """The date ends on or after the release date."""
    bounds = date["bounds"]
    return bool(anchor and bounds) and bounds[1] >= anchor[:10]


def _participant(org: dict, role: str) -> dict:
    return {"org_key": org["org_key"], "name": org["name"], "role": role}


def _add(parts: list[dict], org: dict | None, role: str) -> None:
    if org is None or any(p["org_key"] == org["org_key"] for p in parts):
        return
    parts.append(_participant(org, role))


def _event(ctx: Context, trig: Trigger, date: dict, parts: list[dict], sent: tuple[int, int],
           status: str, subject_how: str, own_date: bool) -> dict:
    s, e = sent
    conf = CONF_BASE + {"explicit": CONF_SUBJECT_EXPLICIT, "founded": CONF_SUBJECT_EXPLICIT, "carried": CONF_SUBJECT_CARRIED}.get(subject_how, 0.0)
    conf += CONF_OWN_DATE if own_date else 0.0
    conf += CONF_FINE_GRAIN if date.get("grain") in ("day", "month", "year") else 0.0
    if status == "occurred" and _is_future(date, ctx.anchor):
        status = "planned"   # what is dated wholly after the release has not happened yet, whatever the verb's tense
    elif status == "planned" and ctx.anchor and date.get("bounds") and not _reaches(date, ctx.anchor):
        status = "occurred"   # … and a day, a month or a year already past is no plan any more
    return {
        "type": trig.type,
        "trigger": {"text": ctx.text[trig.start:trig.end], "start": trig.start, "end": trig.end, "lemma": trig.lemma or None},
        # a happening is dated by its day: a clock time (`11월 9일 오후 8시`, TIME `2020-11-09T20:00`)
        # gives the day it falls on
        "date": {"start": date["start"], "end": date["end"], "text": date["text"],
                 "value": _day_of(date["value"]), "grain": "day" if _day_of(date["value"]) != date["value"] else date.get("grain")},
        "participants": parts,
        "sentence": {"text": ctx.text[s:e], "start": s, "end": e},
        "confidence": round(min(CONF_MAX, conf), 2),
        "status": status,
    }


def _day_of(value: str | None) -> str | None:
    """`2020-11-09T20:00` -> `2020-11-09`; other values unchanged."""
    return value.split("T")[0] if value and re.match(r"\d{4}-\d{2}-\d{2}T", value) else value


def find_events(doc: Doc) -> list[dict]:
    ctx = Context(doc)
    if not ctx.timexes and not (ctx.lang == "en" and ((doc._.dateline or {}).get("date") or ctx.name_years)):
        return []   # (an English lede takes its dateline's date, a prize won the year in its name)
    finder = {"ko": _korean, "zh": _chinese}.get(ctx.lang, _english)
    events = finder(ctx)
    events += _gatherings(ctx, events)
    if ctx.lang == "ko":
        events += _ko_bracket_dated(ctx, events)
        events += _ko_schedule_lines(ctx, events)
        events = [_ko_meeting_owner(ctx, ev) for ev in events]
    elif ctx.lang == "en":
        events = _en_schedule_lines(ctx, events)
    seen, out = set(), []
    for ev in sorted(events, key=lambda e: (e["trigger"]["start"], e["type"])):
        # (one verb of talks may hold several, one per counterpart and day: `_ko_counterparts`;
        # one verb after a list of days, one per day: `_zh_listed_dates`)
        subjects, others = _actors(ev)
        listed = ev.pop("listed", False)
        ev.pop("founded", None)
        key = (ev["trigger"]["start"], ev["type"], tuple(sorted(subjects)), tuple(sorted(others)),
               ev["date"]["value"] if listed else None)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    out = _without_ceremonies(_one_per_happening(_without_settings(out, ctx.text if ctx.lang == "ko" else None)))
    out = _without_vaguer_headline(ctx.text, out)
    if ctx.lang == "ko":
        # a fact dated by its telling (`…체결했다고 17일 밝혔다`) that the release dates elsewhere
        # (`지난 3일 체결한 계약`) is that happening, told again
        dated = [e for e in out if not e.get("told")]
        out = [e for e in out if not (e.get("told") and any(d["type"] == e["type"] and _may_precede(d, e) for d in dated))]
        for e in out:
            e.pop("told", None)
        out = _ko_without_tours(out)
        # `이번 면담은 … 가운데 이뤄졌다`: the gathering referred back to is the one told already; told
        # first without its date (`박람회를 개최한다고 밝혔다. 이번 박람회는 5월 20일부터 … 열린다`), it
        # takes the date told here
        out = [e for e in out if not (e["type"] == "meeting" and _KO_THIS_BEFORE.search(ctx.text, max(0, e["trigger"]["start"] - 6),
                                                                                          e["trigger"]["start"])
                                      and not _ko_this_held(ctx.text, e, out))]
    return _without_vaguer(out)


# The verb that holds a gathering, told of the gathering as its subject (`이번 박람회는 … 열린다`).
_KO_HELD = re.compile(r"[^.。\n]{0,40}?(?:열린다|열릴|열렸|열리며|열리고|개최된다|개최될|개최됐|개최되었|개최되며|개최되고|진행된다|진행될|진행됐|진행되었|펼쳐진다|펼쳐질)")


def _ko_this_held(text: str, ev: dict, events: list[dict]) -> bool:
    """`이번 X는 5월 20일부터 … 열린다`: the gathering referred back to, told first without this date, is
    held on it (no other meeting of the release has the date)."""
    d1 = ev["date"]["end"]
    return ev["trigger"]["end"] <= ev["date"]["start"] and _KO_HELD.match(text, d1, ev["sentence"]["end"]) is not None \
        and not any(o is not ev and o["type"] == "meeting" and o["date"]["value"] == ev["date"]["value"] for o in events)


# A clause told as the next part of the same day (`오후에는`, `이어`).
_KO_LATER_THAT_DAY = re.compile(r"[\s,]*(?:오전|오후|저녁|밤|이어서?|뒤이어|이후)(?:에는|에도|에)?[\s,]")


# Touring a site (`둘러보다`, `시찰`): a visit of its own on a trip, part of the gathering or the
# talks held the same day in the same sentence (`개막식에 참석해 … 부스를 둘러보며`, `총장을 면담하고
# 양돈장을 시찰했다`).
_KO_TOURS = {"둘러보다", "시찰", "견학"}


def _ko_without_tours(events: list[dict]) -> list[dict]:
    def held_with(e: dict) -> bool:
        return any(f is not e and f["type"] in ("meeting", "visit") and f["sentence"]["start"] == e["sentence"]["start"]
                   and _event_day(f) == _event_day(e) for f in events)
    return [e for e in events if not (e["type"] == "visit" and (e["trigger"]["lemma"] or "").endswith(tuple(_KO_TOURS))
                                      and held_with(e))]


def _may_precede(earlier: dict, told: dict) -> bool:
    """Whether `earlier`'s date may be the day of the happening that `told` dates by its telling:
    its period reaches into the two months before the telling, not a year before it (`지난해 …
    선정된 바 있다` is another happening)."""
    day = _day_of(told["date"]["value"])
    start = _event_day(earlier)
    if not day or not re.match(r"\d{4}-\d{2}", day) or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", start):
        return True
    y, m = int(day[:4]), int(day[5:7])
    first = f"{y - 1:04d}-{m + 10:02d}" if m <= 2 else f"{y:04d}-{m - 2:02d}"
    return start[:len(first)] >= first[:len(start)] and start <= day


def _event_day(e: dict) -> str:
    return str(e["date"]["value"]).split("/")[0]


# A gathering's noun referred back to (`이번 면담`, `금번 회의`, `동 회의`).
_KO_THIS_BEFORE = re.compile(r"(?<![가-힣])(?:이번|금번|동)\s$")


def _without_vaguer(events: list[dict]) -> list[dict]:
    """Drop a meeting dated only by its year when the same sentence dates meetings within that year
    more finely (`지난해 개최된 한·독 정상회담(’23.5월), 한·리투아니아 정상회담(’23.7월)`): the
    verb tells the gatherings its bracketed dates date."""
    def vaguer(e: dict) -> bool:
        v = str(e["date"]["value"])
        return len(v) == 4 and any(f is not e and f["type"] == e["type"] and f["sentence"]["start"] == e["sentence"]["start"]
                                   and str(f["date"]["value"]).startswith(v + "-") for f in events)
    def stretch_of_a_day(e: dict) -> bool:
        # a gathering dated by the days of a trip or a programme (`12월 2일부터 4일까지 … 방문해 … 기념식에
        # 참석했다`) and told again on its own day inside them (`3일 … 열린 기념식에서`): the day dates it
        v = str(e["date"]["value"])
        if "/" not in v:
            return False
        lo, hi = v.split("/")[0][:10], v.split("/")[1][:10]
        word = e["trigger"]["text"]
        if not any(f["type"] == "visit" and f["date"]["value"] == v and f["sentence"]["start"] == e["sentence"]["start"] for f in events):
            return False   # (the days are the trip's: a visit told with them)
        return any(f is not e and f["type"] == "meeting" and f["trigger"]["text"] == word
                   and len(str(f["date"]["value"])) == 10 and lo <= str(f["date"]["value"]) <= hi for f in events)
    return [e for e in events if not (e["type"] == "meeting" and (vaguer(e) or stretch_of_a_day(e)))]


# Between an organisation and the gathering it holds: an edition's number, its name's brackets and
# quotes, Latin letters, and the rest of the gathering's compound (`『…준비위원회』 제3차 회의`,
# `APEC 정상회의`, `WTO 각료회의`).
_KO_OWNED_GAP = re.compile(r"[\s\d제차회()（）『』「」｢｣‘’“”'\"A-Za-z·\-]{0,12}[가-힣]{0,6}")


def _ko_meeting_owner(ctx: Context, ev: dict) -> dict:
    """A Korean meeting told with no subject (`…준비위원회』 제3차 회의가 … 개최되었다`, `APEC
    정상회의는 … 개최된다`): the organisation whose name stands right before the gathering's word
    holds it."""
    if ev["type"] != "meeting" or any(p["role"] == "subject" for p in ev["participants"]):
        return ev
    s = ev["sentence"]["start"]
    t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
    words = [w for w in _GATHERING["ko"].finditer(ctx.text, s, t1) if not ctx.blocked(w.start())]
    if not words:
        return ev
    w = next((x for x in words if x.start() <= t0 < x.end() or t0 <= x.start() < t1), words[-1])
    owner = next((m for m in reversed(ctx.mentions_in(s, w.start()))
                  if _KO_OWNED_GAP.fullmatch(ctx.text[m.end:w.start()])), None)
    if owner is None:
        return ev
    parts = [_participant(owner.org, "subject")] + [p for p in ev["participants"] if p["org_key"] != owner.org["org_key"]]
    return {**ev, "participants": parts}


# Happenings a release tells once per date: told again (the lede and the body, the boilerplate
# and the body) with the same word and date, it is the same one. Meetings, visits and awards are
# not: one day often holds several talks, calls or prizes, told each with the same word.
_TOLD_ONCE = {"founding", "approval", "designation", "agreement", "launch", "investment", "acquisition",
              "appointment", "listing", "opening", "announcement", "other"}


def _actors(ev: dict) -> tuple[set, set]:
    subj = {p["org_key"] for p in ev["participants"] if p["role"] == "subject"}
    return subj, {p["org_key"] for p in ev["participants"] if p["role"] != "subject"}


def _same_happening(a: dict, b: dict) -> bool:
    """Same type, date and trigger word, and actors that do not contradict: no two different
    subjects, no two disjoint sets of other parties."""
    if a["type"] != b["type"] or a["date"]["value"] != b["date"]["value"]:
        return False
    if a["type"] not in _TOLD_ONCE:
        # a sentence repeated word for word (the lede again as a photo caption, `▶ …`) tells the
        # same happening, even a meeting; not talks held with different counterparts
        (sa, oa), (sb, ob) = _actors(a), _actors(b)
        if a["type"] == "meeting" and _gathering_of_a_day(a) and _gathering_of_a_day(b) \
                and (_attending(a) or _attending(b)) and (not sa or not sb or sa == sb):
            # `…에서 박람회를 개최했다` and `박람회에 참석한 …`, `held … on May 8` and `attended …`:
            # a gathering of one day told as held and as attended is one happening (two held the
            # same day are two: `간담회를 개최`, `양자협의를 개최`)
            return True
        return _bare_sentence(a) == _bare_sentence(b) and a["trigger"]["text"] == b["trigger"]["text"] \
            and (not oa or not ob or bool(oa & ob)) and (not sa or not sb or sa == sb)
    word = lambda e: (e["trigger"]["lemma"] or e["trigger"]["text"]).casefold()  # noqa: E731
    if word(a) != word(b):
        return False
    (sa, oa), (sb, ob) = _actors(a), _actors(b)
    return (not sa or not sb or sa == sb) and (not oa or not ob or bool(oa & ob))


# Talks: one with each counterpart, several on a day (`면담`, `met with`, `會見`), folded to Simplified.
_TALKS = {"면담", "회담", "만나다", "만나", "회동", "접견", "양자면담", "양자 면담", "정상회담", "전화통화", "화상통화", "화상회담",
          "전화회담", "met", "meets", "meet",
          "会见", "会晤", "接见", "会谈"}


# Taking part in a gathering (folded to Simplified).
_ATTENDING = {"참석", "참가", "attended", "attends", "attend", "participated in", "took part in", "joined",
              "出席", "参加", "参与"}


def _talks(ev: dict) -> bool:
    return fold_han(ev["trigger"]["lemma"] or ev["trigger"]["text"]).casefold() in _TALKS \
        or fold_han(ev["trigger"]["text"]).casefold() in _TALKS


def _attending(ev: dict) -> bool:
    return fold_han(ev["trigger"]["text"]).casefold() in _ATTENDING


def _gathering_of_a_day(ev: dict) -> bool:
    """A meeting dated by its day and told by a gathering held or attended, not by talks."""
    word = fold_han(ev["trigger"]["lemma"] or ev["trigger"]["text"]).casefold()
    return len(str(ev["date"]["value"])) == 10 and word not in _TALKS and fold_han(ev["trigger"]["text"]) not in _TALKS


# The ceremony of signing a deal (`협약식`, `signing ceremony`, `簽約儀式`, folded to Simplified).
_DEAL_CEREMONY = re.compile(r"(?:협약|체결|서명|조인|MOU|업무협약)\s?식|signing\s(?:ceremony|event)|(?:签约|签署|签订|合作备忘录签署)(?:仪式|典礼)",
                            re.IGNORECASE)


def _without_ceremonies(events: list[dict]) -> list[dict]:
    """A gathering attended or held that the sentence calls the ceremony of a deal (`이날 협약식에는 …
    참석했다`), or of another happening of its day (`이날 개소식에는 … 참석했다`, an opening), dated as
    that happening is: it told again, one event (annotation.md: one event per happening); who attended
    joins its parties."""
    out = [dict(e) for e in events]
    deals = {e["date"]["value"]: e for e in out if e["type"] == "agreement"}
    kept = []
    for e in out:
        if e["type"] == "meeting":
            day = e["date"]["value"]
            told = deals.get(day) if _DEAL_CEREMONY.search(fold_han(e["sentence"]["text"])) else None
            if told is None:
                kinds = {kind for word, kind in ko.CEREMONIES.items() if kind != "meeting" and word in e["sentence"]["text"]}
                told = next((x for x in out if x["type"] in kinds and x["date"]["value"] == day), None)
            if told is not None:
                told["participants"] = _joined_parties(told["participants"], e["participants"])
                continue
        kept.append(e)
    return kept


def _without_vaguer_headline(text: str, events: list[dict]) -> list[dict]:
    """Drop an event of the headline (the first line, when a body follows) dated by a year or a
    month in which the body dates an event of the same type more finely (`112年度…評鑑成績揭曉` over
    `今（11）日揭曉`): the headline's year is that of the programme, the body tells the day; or dated by
    the day the body's event of its type starts (`…博覽會12月10日登場` over `將於12月10日至20日舉行`):
    the headline retells the body's news (the scorer, as the guide, dates a range by its start)."""
    head = _HEADER_LINES.match(text)
    first = head.end() if head else 0   # (past a release's header fields: `新聞稿`, `發布日期：…`, `보도일시: …`)
    end = text.find("\n", first)
    if end < 0 or not text[end:].strip():
        return events
    for line in _SUBTITLE_LINES.finditer(text, end):
        if line.start() != end:
            break
        end = line.end()   # (the subtitle lines under it, `- 내년 하반기 미국 임상 2상 착수 예정`, are the headline's)
    body = [e for e in events if e["trigger"]["start"] > end]

    def vaguer(e: dict) -> bool:
        v = str(e["date"]["value"])
        return (len(v) in (4, 7) and any(f["type"] == e["type"] and _event_day(f).startswith(v + "-") for f in body)) \
            or (len(v) == 7 and any(f["type"] == e["type"] and str(f["date"]["value"]) == v for f in body)) \
            or (len(v) == 10 and any(f["type"] == e["type"] and _event_day(f) == v for f in body)) \
            or ("/" in v and any(f["type"] == e["type"] and str(f["date"]["value"]) == v for f in body))
    # (a headline dated by the same stretch of days as the body's happening of its type, `自行車展
    # 12月10日至13日…登場` over `將於12月10日至13日…舉行`, retells it too)
    return [e for e in events if e["trigger"]["start"] > end or e["trigger"]["start"] < first or not vaguer(e)]


# The header lines some releases open with, before the headline: the kind of document, and fields with a
# label (`新聞稿`, `發布日期：115年12月3日`, `보도일시: 2026. 12. 3.`, `FOR IMMEDIATE RELEASE`).
# (the labels named, not any word and a colon: a headline may open on a speaker, `市長：…`)
_HEADER_LINES = re.compile(r"(?:[ \t]*(?:新聞稿|新闻稿|新聞資料|보도자료|보도참고자료|(?i:press release|news release|for immediate release)"
                           r"|(?:發布日期|發佈日期|发布日期|發布時間|發佈時間|发布时间|發布單位|發佈單位|发布单位|發稿單位|聯絡人|联系人|"
                           r"新聞聯絡人|보도일시|보도일자|배포일시|배포일자|담당부서|담당자|문의)[ \t]*[:：][^\n]{0,40})[ \t]*\n(?:[ \t]*\n)*)+")
# A subtitle line under a headline: blank lines, then a short line opened by a dash (`- 12월 2일 협약식…`).
_SUBTITLE_LINES = re.compile(r"\n(?:[ \t]*\n)*[ \t]*[-–—ㅡ][ \t]+[^\n]{1,90}(?=\n)")


def _bare_sentence(ev: dict) -> str:
    return re.sub(r"\s+", "", ev["sentence"]["text"].lstrip("▶▷□■○◦ㅇ-–*※·• \t"))


def _joined_parties(parts: list[dict], more: list[dict]) -> list[dict]:
    """The parties of a happening told twice: the first telling's, then the other's it lacks, whose
    subject takes part as `other`."""
    out = [dict(p) for p in parts]
    for p in more:
        if not any(q["org_key"] == p["org_key"] for q in out):
            out.append({**p, "role": "other" if p["role"] == "subject" else p["role"]})
    return out


def _one_per_happening(events: list[dict]) -> list[dict]:
    """One event per happening (`shared/design/annotation.md`): a retelling is folded into the
    first telling; the telling that names a subject gives the actors, the other adds its parties."""
    out: list[dict] = []
    told: dict[tuple, list[int]] = {}    # (type, date) -> indexes into `out`
    for ev in events:
        key = (ev["type"], ev["date"]["value"])
        first = next((i for i in told.get(key, []) if _same_happening(out[i], ev)), None)
        if first is None:
            told.setdefault(key, []).append(len(out))
            out.append(ev)
            continue
        kept = out[first]
        main, other = (kept, ev) if _actors(kept)[0] or not _actors(ev)[0] else (ev, kept)
        if kept["type"] == "meeting" and _attending(main) and not _attending(other) and _actors(other)[0]:
            main, other = other, main   # who held the gathering is its subject, not who attended it
        parts = _joined_parties(main["participants"], other["participants"])
        out[first] = {**kept, "participants": parts, "confidence": max(kept["confidence"], ev["confidence"])}
    return out


# ------------------------------------------------------------------------------- gatherings
# A gathering named near a date in one sentence (`지난 12월 한-일 고위급 회담에서`, `the Tech Talk on
# January 8`, `한-사 투자포럼(11.17)`) is a meeting on that date: the guide counts every dated
# happening, and a release often names a meeting without the verb that holds it.
GATHERING_REACH = 40          # characters between the date and the gathering's word, at most


def _gathering_words() -> dict[str, re.Pattern]:
    words: dict[str, list[str]] = {}
    for line in data_lines(Path(__file__).with_name("data") / "gatherings.tsv"):
        word, lang = line.split("\t")[:2]
        words.setdefault(lang, []).append(word)
    alt = {k: "|".join(re.escape(w) for w in sorted(v, key=len, reverse=True)) for k, v in words.items()}
    return {
        # the end of a noun, not the `회의` of `위원회의` (a committee's) nor of `회의실` (a room)
        "ko": re.compile(rf"(?<!위원)(?<!협의)(?:{alt['ko']})(?![가-힣])|(?<!위원)(?:{alt['ko']})(?=에서|에는|에도|에|은|는|을|를|이|가|의(?![가-힣])|과|와|도|로|\()"),
        "en": re.compile(rf"\b(?:{alt['en']})s?\b"),
        # not the `会议` of `国际会议中心` (a building) nor of `会议室`, `展览馆` (a room, a hall); not
        # the `展会` of `发展会议` (a word that ends in `会` before `议` is the start of `会议`); not the `会议`
        # of `议会议长`, `议会议员` (a council's speaker, its members), nor the `联谊会` of `联谊会员`
        "zh": re.compile(rf"(?:{alt['zh']})(?!中心|室|厅|馆|议|员|长(?!期|达|时间))"
                         # (a title that ends in 展 names an exhibition: `「臺灣農產品展」`)
                         r"|(?<=[\u4e00-\u9fff])展(?=[」』》])"
                         # (… and so does a name that ends in 展 right before its days or its verb, as
                         # headlines write it: `國際自行車展 12月10日至13日登場`; not 发展, 进展, 开展 …)
                         r"|(?<=[\u4e00-\u9fff])(?<![发进拓扩开伸施参办策布])展(?=[ \u3000]?(?:\d|将|于|在|即将|登场|开幕|盛大))"),
    }


_GATHERING = _gathering_words()
# A date that is the day a fact is reported, not the day of the gathering (`…고 4일 밝혔다`,
# `today announced`).
_REPORT_AFTER = re.compile(r"\s?(?:밝혔|발표했|전했|말했|공시했|announced|said|reported|宣布|表示)")
_REPORT_BEFORE = re.compile(r"(?:announced|said|reported)\s?$")
# Nor a date that bounds a period or measures against it (`내년 2월까지`, `2024년 기준`, `수교 이후`,
# `until June`, `截至3月`), nor one of a habit (`매년 5월`, `every May`).
# (the edition of a series a date counts up to: `올해로 21번째`, `올해로 15회`)
_KO_EDITION = r"로\s?(?:\d+|[일이삼사오육칠팔구십]+)\s?(?:번째|회째|회|주년|년째|돌)"
_NOT_HAPPENING_AFTER = re.compile(r"(?:\s?(?:까지|기준|이후|이래|현재(?![가-힣])|以来|之前|以后|以後|为止|止)|"
                                  rf"{_KO_EDITION}|\s(?:onwards?|and beyond)\b|['’]s\b)")
_NOT_HAPPENING_BEFORE = re.compile(r"(?:매년|매월|매주|해마다|\b(?:until|through|till|since|every|each|by|as of)|至|截止|直到|每年|每月)\s?$")


# The word that closes a range (`自4月20日至6月30日止`, `…부터 22일까지`): the range is the period a
# gathering runs, dated by its start, not a deadline (`至6月1日止` alone is one).
_RANGE_CLOSE = re.compile(r"\s?(?:止|为止|까지)")


def _zh_titled_gathering(ctx: Context, text: str, end: int) -> bool:
    """A Chinese gathering's word that ends a name in corner brackets (`「府城藝術特展」自4月20日…`):
    the brackets name the gathering, they quote no speech."""
    return ctx.lang == "zh" and text[end:end + 1] in ("」", "』")


# A date in brackets right after a figure is the period the figure is for (`참가기업 수 : 283개('17) →
# 306개('18)`, `营收120亿元（2023年）`): no gathering held then.
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s?(?:개사|개국|개|명|건|곳|억\s?원|만\s?원|원|억|만|%|달러|家|个|名|件|亿元|万元|元|亿|万)\s?[(（]\s?$")


# A gathering named as the point another happening is told before or after (`회담에 앞서 1일에는 … 방문해`,
# `ahead of the summit, on May 2`): the date near it is that other happening's.
_REFERENCE_POINT_AFTER = re.compile(r"(?:에\s?앞서|[을를]\s?앞두고)")
_REFERENCE_POINT_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the|this|that|its|their)?\s*(?:[\w'’-]+\s+){0,4}$", re.I)


def _gatherings(ctx: Context, events: list[dict]) -> list[dict]:
    rx = _GATHERING.get(ctx.lang)
    if rx is None:
        return []
    text = fold_han(ctx.text) if ctx.lang == "zh" else ctx.text
    # (Chinese: a gathering's period and its first day, told again in one release, `展覽期程自8月26日至10月24日`
    # then `實體展覽於8月26日起`, are one gathering: it is known by its first day)
    day = (lambda v: str(v).split("/")[0]) if ctx.lang == "zh" else (lambda v: v)
    have = {day(e["date"]["value"]) for e in events if e["type"] == "meeting"}
    # (talks are held several on a day, beside the gathering attended: a day's talks told by a word of
    # their own are dated though the day has a meeting, unless it has talks already)
    talks_on = {day(e["date"]["value"]) for e in events if e["type"] == "meeting" and _talks(e)}
    out = []
    for s, e, toks in ctx.sentences:
        words = [m for m in rx.finditer(text, s, e) if not (ctx.blocked(m.start()) and not _zh_titled_gathering(ctx, text, m.end()))
                 and not ctx.in_date.holds(m.start())
                 and not _acting_name(ctx, m.start()) and not _modifier_in_title(ctx, m.end())]
        # (a gathering named as the point another happening is told before keeps a date of its own told
        # before it, `2027년 정상회의 개최를 앞두고`, not one told after it, `회담에 앞서 1일에는 … 방문해`)
        points = {m.start() for m in words if _REFERENCE_POINT_AFTER.match(text, m.end())
                  or _REFERENCE_POINT_BEFORE.search(text, max(s, m.start() - 20), m.start())}
        if not words:
            continue
        talks_words = [m for m in words if fold_han(m.group()) in _TALKS]
        for d in ctx.dates_in(s, e):
            if ctx.lang == "en" and d.get("type") == "TIME" and not _EN_DAY_WORD.search(text, d["start"], d["end"]):
                continue   # a clock time with no day (`an open house at 10 a.m.`): the dates stage puts it on the release date
            value = day(_day_of(d["value"]))
            if (value in have and not (talks_words and value not in talks_on and len(value) == 10)) \
                    or _REPORT_AFTER.match(text, d["end"]) or _REPORT_BEFORE.search(text, max(s, d["start"] - 12), d["start"]):
                continue
            if (_NOT_HAPPENING_AFTER.match(text, d["end"]) and not ("/" in (d["value"] or "") and _RANGE_CLOSE.match(text, d["end"]))) \
                    or _NOT_HAPPENING_BEFORE.search(text, max(s, d["start"] - 8), d["start"]) \
                    or _FIGURE_BEFORE.search(text, max(s, d["start"] - 16), d["start"]):
                continue
            if ctx.lang == "ko" and (_ko_span_end(ctx, d) or _ko_measure_date(text, d, s)):
                continue   # `15일과 16일 양일간`: the gathering is dated by the first day
            if ctx.lang == "zh" and _ZH_DAYS_TOGETHER.match(text, d["end"]) \
                    and _zh_listed_dates(text, [x for x in ctx.dates_in(s, e) if x["end"] <= d["end"]]):
                continue   # (`10月18日及19日兩天`: likewise)
            near = [m for m in (talks_words if value in have else words) if not (m.start() in points and d["start"] >= m.end())]
            if not near:
                continue
            # (a bracket between, a name's rendering, counts for nothing: `12월 3일(목) 오후 라도스와프 시코르스키(Radosław
            # Sikorski) 폴란드 외교장관과 전화통화를 갖고`)
            gap, w = min(((_unbracketed_gap(text, d, m), m.start(), m) for m in near), key=lambda x: x[:2])[::2]
            if gap > GATHERING_REACH and not (ctx.lang == "ko" and d.get("grain") == "day" and w.start() > d["end"]
                                              and _KO_DAY_TOPIC.match(text, d["end"])
                                              and not any(o["start"] >= d["end"] for o in ctx.dates_in(d["end"], w.start()))):
                # (`10월 29일에는 A 위원장, B 위원장과 면담에서는 …`: a day set as the sentence's topic
                # dates the gathering its clauses tell, however long the list before it)
                continue
            if any(min(d["end"], w.end()) <= o["start"] and o["end"] <= max(d["start"], w.start()) for o in ctx.dates_in(s, e)):
                continue   # (another date between them dates it: `9月公告，…今（19）日…簽約儀式`)
            own = [o for o in ctx.dates_in(s, e) if o["end"] <= w.start() and _named_with_date(ctx.lang, text[o["end"]:w.start()])]
            if len(_day_of(d["value"]) or "") == 4 and d["end"] <= w.start() and _edition_of(ctx.lang, text[d["end"]:w.start()]) \
                    and any(len(_day_of(o["value"]) or "") > 4 for o in ctx.dates_in(s, e)):
                continue   # (a year right before the gathering names its edition, `올해 축제는 10월 9일부터 … 열렸으며`:
                # the sentence's finer date dates it)
            if any(o is not d and len(_day_of(o["value"]) or "") > 4 for o in own):
                continue   # (the gathering is named with a date of its own right before it: `이날 회의에서 … 내년
                # 상반기 중 착수하기로`: a later date in the sentence is another happening's)
            if ctx.lang == "zh" and w.end() <= d["start"] and re.search(r"[，,；;]", text[w.end():d["start"]]):
                continue   # (a date in the clause after the gathering's opens a happening of its own:
                # `…參加視訊會議，今年2月…訪問華府`)
            if ctx.lang == "ko" and w.end() <= d["start"] and _ko_clause_ends(toks, w.end(), d["start"]):
                continue   # (likewise in Korean, after the verb that holds the gathering and ends its clause:
                # `설명회를 열고, 내년 3월 … 발표할 계획이다`)
            if fold_han(w.group()) in _TALKS and _object_of_holding(text, w, value, events, day):
                continue   # (`양자회담을 개최했다`, `舉行會談`: the talks the verb holds, one happening)
            have.add(value)
            if fold_han(w.group()) in _TALKS:
                talks_on.add(value)
            trig = Trigger(w.start(), w.end(), ctx.text[w.start():w.end()], w.group(), "meeting")
            status = "planned" if _is_future(d, ctx.anchor) or (
                ctx.lang == "zh" and _reaches(d, ctx.anchor) and _ZH_WILL_BEFORE.search(text, max(s, d["start"] - 4), d["start"])) \
                else "occurred"
            # (`將於12月中旬舉辦說明會` told in early December: the month holds the release, `將` puts it after)
            out.append(_event(ctx, trig, d, _gathering_parts(ctx, events, s, e, w.start(), w.end()), (s, e), status, "", False))
    return out


def _edition_of(lang: str, gap: str) -> bool:
    """A year stands before the gathering's word as part of its name, at most two words before it
    (`올해 축제`, `2026 한빛 축제`, `2026年青山燈會`): it names the edition."""
    if lang == "ko":
        return re.fullmatch(r"(?:\s[가-힣A-Za-z0-9·]{1,10}){0,2}\s?", gap) is not None   # (no particle after the year)
    return _named_with_date(lang, gap)


def _unbracketed_gap(text: str, d: dict, m: re.Match) -> int:
    """Characters between a date and a gathering's word, brackets between them left out."""
    a, b = (d["end"], m.start()) if m.start() >= d["end"] else (m.end(), d["start"])
    if b <= a:
        return 0
    return len(_GAP_BRACKET.sub("", text[a:b]))


_GAP_BRACKET = re.compile(r"[(（][^()（）\n]{0,60}[)）]")
_ZH_WILL_BEFORE = re.compile(r"[将將](?:于|於|在)?\s?$")


def _named_with_date(lang: str, gap: str) -> bool:
    """A gathering's word stands right after a date, or (Korean) at the end of the one word right after
    it (`12월 1일(화) 국무회의에서`): the date is the gathering's own."""
    return not gap.strip() or (lang == "ko" and re.fullmatch(r"\s[가-힣A-Za-z0-9·]{1,8}", gap) is not None)


def _ko_clause_ends(toks: list, start: int, end: int) -> bool:
    """The clause of a Korean gathering ends between `start` and `end`: a verb of holding there
    (`열고`, `개최했으며`, `가졌다`) whose word ends on a connective or a final ending, before a space or
    a comma."""
    for k, t in enumerate(toks):
        if not (start <= t.idx < end) or (t.lemma_ or t.text).split("+")[0] not in ko.HOLD_VERBS:
            continue
        j = k
        while j + 1 < len(toks) and not toks[j].whitespace_ and toks[j + 1].text != "," and toks[j + 1].idx < end:
            j += 1   # (to the end of the verb's word)
        if (toks[j].tag_ or "").split("+")[-1] in ("EC", "EF"):
            return True
    return False


# Between talks and the verb that holds them in one clause: a particle, a space (`회담을 개최`, `舉行會談`).
_HOLDING_GAP = re.compile(r"\s?(?:을|를|이|가)?\s?")


def _object_of_holding(text: str, w: re.Match, value: str, events: list[dict], day) -> bool:
    """The talks word `w` is the object of a meeting's verb told right beside it, on the same day
    (`양자회담을 개최했다`, `舉行會談`): the talks are the gathering that verb holds, not talks of their own."""
    for e in events:
        t = e["trigger"]
        if e["type"] != "meeting" or day(e["date"]["value"]) != value or fold_han(t["text"]) in _TALKS:
            continue
        gap = text[w.end():t["start"]] if t["start"] >= w.end() else text[t["end"]:w.start()] if w.start() >= t["end"] else None
        if gap is not None and len(gap) <= 3 and _HOLDING_GAP.fullmatch(gap):
            return True
        if w.start() >= t["end"] and _ZH_HELD_NAME.fullmatch(fold_han(gap)) and fold_han(t["text"]) in zh.HOLD_VERBS:
            return True   # `举行第二十次中韩贸易部长会谈`: the talks named at length after the verb that holds them
    return False


# What names talks between the verb that holds them and the talks word: an edition, the sides, their
# ranks (`第二十次中韩贸易部长`), no mark and no verb of its own.
_ZH_HELD_NAME = re.compile(r"(?:第[一二三四五六七八九十百\d]+[次届轮])?[\u4e00-\u9fff]{0,12}")


_KO_TITLE_HEAD = re.compile(r"[^’｣〉》'\n]{0,40}?\s[가-힣]{2,}[^’｣〉》'\n]{0,20}?[’｣〉》']")


def _modifier_in_title(ctx: Context, end: int) -> bool:
    """A gathering word inside a quoted title that goes on to another head noun (`‘2025 대전
    사이언스 페스티벌 기본계획’`, a plan): it names what the plan is for, not a gathering."""
    return ctx.lang == "ko" and ctx.titles.holds(end - 1) and bool(_KO_TITLE_HEAD.match(ctx.text, end))


_EN_ACTS_AFTER = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:is|was|has|had|are|were|have|founded|established|started|began|"
                            r"launched|hosts|holds|brings|said|says|announced)\b")


def _acting_name(ctx: Context, pos: int) -> bool:
    """`pos` is inside the name of an organisation that is its clause's topic or subject
    (`세계경제포럼은 1971년 …`, `The World Economic Forum was founded in 1971`): the name is a body
    that acts, and a gathering's word in it (`포럼`, `Forum`) names no gathering."""
    k = bisect.bisect_right(ctx._mention_starts, pos) - 1
    if k < 0 or not (ctx.mentions[k].start <= pos < ctx.mentions[k].end):
        return False
    m = ctx.mentions[k]
    if ctx.lang == "ko":
        return _ko_particle(ctx.text, m.end)[0] in ko.TOPIC + ko.SUBJECT
    if ctx.lang == "en":
        return _EN_ACTS_AFTER.match(ctx.text, m.end) is not None
    return False


# Before an English sentence's first name, what leaves it the subject: an article, a place's
# possessive (`Thailand's`), a short adverbial with its comma (`Today,`).
_EN_POSSESSOR = re.compile(r"\s*(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+|(?:the|The)\s+|(?:[A-Z][\w ]{0,20},\s*))?")


_KO_HOSTED_BY = re.compile(r"(?:\s?[(（][^()（）\n]{0,40}[)）])?\s?(?:주최|주관)(?:로|의|하는|한)?\s")


def _gathering_parts(ctx: Context, events: list[dict], s: int, e: int, w_start: int, w_end: int) -> list[dict]:
    """Who attends a gathering named without its verb: the sentence's topic, else (English,
    Chinese) the subject the release has been telling about (that of the last event before the
    sentence), and the organisations the sentence names, outside the gathering's own name."""
    parts: list[dict] = []
    mentions = ctx.mentions_in(s, e)
    # the sentence's own topic: a Korean name marked `는`/`가`, a name opening the sentence
    topic = next((m for m in mentions if m.end <= w_start and (
        _ko_particle(ctx.text, m.end)[0] in ko.TOPIC + ko.SUBJECT if ctx.lang == "ko" else m.start - s <= 2)), None)
    if ctx.lang == "zh":
        # the organisation that opens the last clause before the gathering's (`農業局長…表示，東山區農會為行銷
        # 咖啡，將於5月17日辦理媒合會`: the farmers' association holds it, the bureau only tells of it)
        folded = fold_han(ctx.text)
        for c_start, c_end in _zh_clauses(folded, s, e):
            if c_start >= w_start:
                break
            opener = next((m for m in mentions if c_start <= m.start < min(c_end, w_start)
                           and len(folded[c_start:m.start].strip()) <= 2 and _zh_free(folded, m, c_start)), None)
            if opener is not None:
                topic = opener
    if topic is None and ctx.lang == "en" and mentions and mentions[0].end <= w_start \
            and _EN_POSSESSOR.fullmatch(ctx.text[s:mentions[0].start]):
        # `Thailand's Department of International Trade Promotion (DITP) … will present the … Festival`
        topic = mentions[0]
    host = None
    if topic is None and ctx.lang == "ko":
        # `영국 정보위원회(ICO) 주최 … 회의`: the organisation that hosts the gathering holds it
        for m in mentions:
            if m.end > w_start:
                break
            gap = ctx.text[m.end:w_start]
            if _KO_HOSTED_BY.match(gap):
                host = m
    if topic is not None:
        _add(parts, topic.org, "subject")
    elif host is not None:
        _add(parts, host.org, "subject")
    elif ctx.lang != "ko":
        before = [ev for ev in events if ev["trigger"]["start"] < s]
        for ev in sorted(before, key=lambda ev: ev["trigger"]["start"], reverse=True):
            # (a body said founded is what a founding was about, not who the release tells of)
            subj = next((p for p in ev["participants"] if p["role"] == "subject" and not ev.get("founded")), None)
            if subj is not None:
                parts.append(dict(subj))
                break
    for m in mentions:
        if m.end <= w_start - 1 or m.start >= w_end:
            _add(parts, m.org, "other")
    return parts


# A Korean list or note tells a happening as its noun with the date in brackets after it (`금융지원
# 확대(’24.3월)`, `14차 총회(2018)에서`, `위원국 연임(’23년)`), or the date and the noun inside the
# brackets after the thing (`금융감독 MOU(2010년 체결)`): no verb makes the noun a predicate.
_KO_NOUN_BEFORE = re.compile(r"([가-힣]+)\s?[(（]\s?$")
_KO_NOUN_INSIDE = re.compile(r"\s?([가-힣]+)\s?[)）]")
# Trigger words that are events only with what they take (`유치` of money, `열다` of a door).
_KO_NOT_ALONE = {"유치", "열다", "열리다", "맺다", "선보이다", "만나다", "밝히다", "설치", "채택"}


# Between a ceremony and the verb that holds it: its object particle, or none (`개소식 개최`).
_KO_HELD_OBJECT = re.compile(r"[’”'\"」』]?\s?(?:을|를)?\s?")


def _ko_event_noun(word: str) -> str | None:
    """The event type of a Korean noun that ends with a trigger noun, a ceremony or a gathering."""
    for n in range(len(word), 0, -1):
        tail = word[-n:]
        if tail in ko.COMPOUNDS:
            return ko.COMPOUNDS[tail]
        if tail in ko.CEREMONIES:
            return ko.CEREMONIES[tail]
        if tail in ko.TRIGGERS and tail not in _KO_NOT_ALONE and n >= 2:
            return ko.TRIGGERS[tail]
    m = _GATHERING["ko"].search(word)
    return "meeting" if m is not None and m.end() == len(word) else None


def _ko_bracket_dated(ctx: Context, events: list[dict]) -> list[dict]:
    used = {e["date"]["start"] for e in events}
    # a note retells what the body told (`무인이동체 전시회(9.26~28)`): a happening of a type and
    # date already found is that one
    told = {(e["type"], e["date"]["value"]) for e in events}
    out = []
    for s, e, _toks in ctx.sentences:
        for d in ctx.dates_in(s, e):
            if d["start"] in used or _ko_measure_date(ctx.text, d, s):
                continue
            close = re.compile(r"[^()（）\n]{0,20}[)）]").match(ctx.text, d["end"])
            if close is None:
                continue
            before = _KO_NOUN_BEFORE.search(ctx.text, max(s, d["start"] - 30), d["start"])
            inside = _KO_NOUN_INSIDE.match(ctx.text, d["end"])
            word, at = (before.group(1), before.start(1)) if before else (None, None)
            etype = _ko_event_noun(word) if word else None
            if etype is None and inside is not None and before is not None:
                word, at = inside.group(1), inside.start(1)
                etype = _ko_event_noun(word)
            if etype is None or word is None or at is None or ctx.blocked(at) or (etype, _day_of(d["value"])) in told:
                continue
            told.add((etype, _day_of(d["value"])))
            used.add(d["start"])
            trig = Trigger(at, at + len(word), word, word, etype)
            status = "planned" if _is_future(d, ctx.anchor) else "occurred"
            out.append(_event(ctx, trig, d, _gathering_parts(ctx, events, s, e, trig.start, trig.end), (s, e), status, "", True))
    return out


# A schedule line (`* (일시/장소) ’26.3.25(수) 14-16시, …`, `□ 일시 : 2022. 12. 1.(목)`, `· 일시 및 장소 :`) dates the
# gathering named just before it (`사업설명회*를 통해서도 안내된다`, `< … 설명회 개요 >`), which the
# release tells without a date of its own.
_KO_SCHEDULE = re.compile(r"^[ \t*※□■ㅇ○◦·•\-–]*(?:[(（]\s?(?:행사\s?)?일\s?시(?:\s?(?:[/·]|및)\s?장\s?소)?\s?[)）]|"
                          r"(?:행사\s?)?일\s?시(?:\s?(?:[/·]|및)\s?장\s?소)?\s?:)", re.M)
SCHEDULE_LOOKBACK = 300   # characters before a schedule line searched for the gathering it dates


def _ko_schedule_lines(ctx: Context, events: list[dict]) -> list[dict]:
    have = {_day_of(e["date"]["value"]) for e in events if e["type"] == "meeting"}
    rx = _GATHERING["ko"]
    out = []
    for m in _KO_SCHEDULE.finditer(ctx.text, ctx.body_start):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        d = next((t for t in ctx.dates_in(m.end(), line_end)), None)
        if d is None or _day_of(d["value"]) in have:
            continue
        words = [w for w in rx.finditer(ctx.text, max(ctx.body_start, m.start() - SCHEDULE_LOOKBACK), m.start())
                 if not ctx.blocked(w.start()) and not ctx.in_date.holds(w.start())]
        if not words:
            continue
        w = words[-1]
        sent = next(((s, e) for s, e, _t in ctx.sentences if s <= w.start() < e), (w.start(), w.end()))
        have.add(_day_of(d["value"]))
        trig = Trigger(w.start(), w.end(), ctx.text[w.start():w.end()], w.group(), "meeting")
        status = "planned" if _is_future(d, ctx.anchor) else "occurred"
        parts = _gathering_parts(ctx, events, sent[0], sent[1], w.start(), w.end())
        if parts and not any(p["role"] == "subject" for p in parts):
            # no topic: the first organisation the sentence names holds what it announces
            parts[0] = {**parts[0], "role": "subject"}
        out.append(_event(ctx, trig, d, parts, sent, status, "", False))
    return out


# An English event notice's details block (`Event Details:` / `Date: Thursday, March 20, 2025` /
# `Time: …` / `Location: …`) dates the gathering the release named before it (`will host its 2025
# Investor Day in New York City.`), which the lede told with no date of its own.
_EN_SCHEDULE = re.compile(r"^[ \t•*·\-–]*(?:Event\s+)?(?:Dates?|When|Date\s*(?:and|&|/)\s*Time)\s*:", re.M | re.I)
_EN_HOSTED = re.compile(r"\b(?:" + en.HOSTED + r")s?\b", re.I)
_EN_HEADING_AFTER = re.compile(r"[^\S\n]*(?:Details|Information|Info)?[^\S\n]*:")   # (`Event Details:` heads the block)


def _en_schedule_lines(ctx: Context, events: list[dict]) -> list[dict]:
    out = list(events)
    for m in _EN_SCHEDULE.finditer(ctx.text, ctx.body_start):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        d = next((t for t in ctx.dates_in(m.end(), line_end)), None)
        if d is None or any(e["type"] == "meeting" and e["date"]["start"] == d["start"] for e in out):
            continue
        lo = max(ctx.body_start, m.start() - SCHEDULE_LOOKBACK)
        words = [w for w in _EN_HOSTED.finditer(ctx.text, lo, m.start()) if not ctx.blocked(w.start())
                 and not _EN_HEADING_AFTER.match(ctx.text, w.end())]
        if not words:
            continue
        w = words[-1]
        sent = next(((s, e) for s, e, _t in ctx.sentences if s <= w.start() < e), (w.start(), w.end()))
        status = "planned" if _is_future(d, ctx.anchor) else "occurred"
        # the meeting the sentence already told, dated by the dateline for want of its own date, is this one
        dl = ctx.doc._.dateline or {}
        told = next((k for k, e in enumerate(out) if e["type"] == "meeting" and e["sentence"]["start"] == sent[0]
                     and dl.get("start", -1) <= e["date"]["start"] < dl.get("end", -1)), None)
        if told is not None:
            out[told] = _event(ctx, _trigger_of(out[told]), d, out[told]["participants"], sent, status, "", False)
            continue
        trig = Trigger(w.start(), w.end(), ctx.text[w.start():w.end()], w.group().lower(), "meeting")
        out.append(_event(ctx, trig, d, _gathering_parts(ctx, out, sent[0], sent[1], w.start(), w.end()), sent, status, "", False))
    return out


def _trigger_of(ev: dict) -> Trigger:
    t = ev["trigger"]
    return Trigger(t["start"], t["end"], t["text"], t["lemma"] or t["text"], ev["type"])


# Events whose news a meeting can host: `이사회를 열고 … 선임했다`, `시상식을 열어 … 수여했다`.
_HOSTED = {"founding", "approval", "designation", "agreement", "launch", "investment", "acquisition",
           "appointment", "award", "listing", "opening"}


def _without_settings(events: list[dict], ko_text: str | None = None) -> list[dict]:
    """A meeting held to do something else on the same day is the setting of that happening, not a
    happening of its own: one event per happening (`shared/design/annotation.md`). Not a Korean
    gathering named with its date as the place where it happened (`올해 2월 … 열린 세계정부정상회의에서
    … 수상했다`, `’08년 제3차 고위급회의에서 … 합의`): the gathering, told by its name and date, is a
    happening of its own."""
    hosted: dict[tuple, list[set]] = {}
    for e in events:
        if e["type"] in _HOSTED and e["trigger"]["lemma"] not in _RESOLVED:
            hosted.setdefault((e["sentence"]["start"], e["date"]["value"]), []).append(_others(e))

    def setting(e: dict) -> bool:
        held = hosted.get((e["sentence"]["start"], e["date"]["value"]))
        if not held:
            return False
        # (talks with one party and a deal signed with another are two happenings: `與A舉行會議，並與B簽署`)
        return not (_others(e) and all(o and not (o & _others(e)) for o in held))
    return [e for e in events if not (e["type"] == "meeting" and setting(e)
                                      and not (ko_text is not None and _ko_dated_venue(ko_text, e)))]


# What a meeting resolves is told beside the meeting, not instead of it (`회의를 개최하여 … 심의·의결하였다`:
# the meeting and the resolution are both the release's news).
_RESOLVED = frozenset({"의결", "가결"})


def _others(e: dict) -> set:
    """The partners of event `e` (those it was held or signed with), by name."""
    return {p["name"] for p in e["participants"] if p["role"] == "partner"}


# What makes a gathering the venue or the means of what happened: `에서`, `를 통해`, `시`. (Not
# `계기`: `유엔총회 계기 출범` tells when a body started, not a meeting of its own.)
_KO_VENUE_AFTER = re.compile(r"(?:\s?[(（][^()（）\n]{0,40}[)）])?(?:에서|[을를]\s통해|\s?시(?![가-힣]))")


def _ko_dated_venue(text: str, ev: dict) -> bool:
    """The meeting `ev` is a gathering's name followed by `에서` with its date before it."""
    t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
    held_at = re.match(r"(?:된|한|되는|하는|됐던|했던)\s", text[t1:t1 + 4])
    if not _KO_VENUE_AFTER.match(text[t1:t1 + 48]) and not (held_at and _KO_AT_THE_GATHERING.match(text, t1 + held_at.end())):
        # (nor the verb of a relative clause before the gathering's name and `에서`: `19일 개최된 경진대회에서`)
        return False
    d0, d1 = ev["date"]["start"], ev["date"]["end"]
    return d1 <= t0 or (t1 < d0 and re.fullmatch(r"\s?[(（]", text[t1:d0]) is not None)


# ------------------------------------------------------------------------------------ Korean

@dataclass
class KoClause:
    first: int              # token indexes into the sentence's token list (inclusive)
    last: int
    start: int
    end: int
    boundary: str           # strong | and | serial | relative | end
    ending: str = ""
    triggers: list = field(default_factory=list)
    dates: list = field(default_factory=list)


@dataclass
class KoMark:
    """A noun phrase with a topic/subject/other particle: who a clause may be about."""
    start: int
    end: int
    kind: str               # org | anaphor | group | thing | transparent
    particle: str
    org: dict | None = None
    wants: tuple = ()
    size: int = 0
    deal: bool = False      # `양측`, `양사`: the parties of a deal
    titled: bool = False    # the particle follows an officer's title (`삼성전자 부사장을`): the officer's, not the organisation's
    chain: list = field(default_factory=list)   # co-ordinated organisations, first is the subject


_KO_TITLE_WORDS = word_set(Path(__file__).with_name("data") / "ko_titles.txt")
# The title of the head of a government body, by the ending of the body's name (`장관` of a `…부`).
# Not `시장` alone in running text, which is as often a market (`국내 시장은 …`) as a mayor.
_KO_HEAD_OF = {title: body for title, body in KO_HEAD_OF.items() if title != "시장"}
_KO_TITLES = "|".join(sorted(_KO_TITLE_WORDS, key=len, reverse=True))
# (an office's compound title ends in one of them or in a word for an officer: `다자외교조정관`, `기획조정실장`;
#  a numbered office: `제1차관`, `제2부시장`)
_KO_TITLES = r"(?:제\d)?[가-힣]{0,6}?(?:" + _KO_TITLES + r"|조정관|정책관|심의관|협력관|대변인)"
# (a legal-form mark glued after the name, `한빛해운㈜은`, is skipped like a bracket)
_KO_PARTICLE = re.compile(
    r"(?:㈜|㈔|\s?[（(][^()（）\n]{0,80}[)）])*(?P<side>\s?(?:측|" + "|".join(ko.DELEGATIONS) + r"))?(?P<title>(?:\s[가-힣]{2,3})?\s?(?:" + _KO_TITLES + r"))?(?:\s?등)?(?P<p>으로부터의|로부터의|으로부터|로부터|에서는|에게서|와의|과의|와는|과는|와도|과도|"
    r"에서|에게|으로|은|는|이|가|와|과|을|를|의|에|로|도|,|，|、)(?![가-힣])")


_KO_OFFICER = re.compile(r"(?:\s?[(（][^()（）\n]{0,60}[)）])?(?:\s[가-힣]{2,3})??\s?(?P<title>" + _KO_TITLES + r")(?=(?:[(（][^()（）\n]{0,40}[)）])?[은는이가]\s)")
_KO_HEAD_IN_BRACKETS = re.compile(r"\s?[(（](?P<title>" + _KO_TITLES + r")\s[가-힣]{2,4}(?:[,，][^()（）\n]{0,40})?[)）]")
# A topic that is a person named by a title alone (`한 장관은`, `지영미 청장은`): the title's word.
_KO_TITLE_TOPIC = re.compile(r"(?:" + _KO_TITLES + r")$")


def _ko_particle(text: str, end: int) -> tuple[str, int]:
    m = _KO_PARTICLE.match(text, end)
    return (m.group("p"), m.end()) if m else ("", end)


_KO_MARKED_WORD = re.compile(r"(?:에|은|는|을|를|의|와|과|로|서|도)\s")
# The genitive of who does what an event noun names (`대표단의`, `가람전자의`), once in its noun phrase.
_KO_ACTOR_OF = re.compile(r"[^\s,]+의\s")


# Characters back from an event noun to the date that stands before its noun phrase (a visitor's
# name and title between: `11. 17.(목) 모하메드 빈 살만 사우디 왕세자 방한 계기`).
KO_DATED_NOUN_REACH = 32


def _ko_dated_noun(ctx: Context, t: Trigger, s_start: int) -> bool:
    """A date stands right before the noun phrase of `t` (`1883년 수교`, `6월 13일 첫 확진자 발생`):
    within a few words, none of them marked by a particle or a comma."""
    for d in ctx.dates_in(max(s_start, t.start - KO_DATED_NOUN_REACH), t.start):
        between = ctx.text[d["end"]:t.start]
        if "," not in between and not _KO_MARKED_WORD.search(_KO_ACTOR_OF.sub(" ", between, count=1)):
            return True   # (the actor's genitive stays inside the noun phrase: `지난해 6월 A 대표단의 경남 방문 이후`)
    return False


# A period before the plan, the policy or the results announced (`올해 주요 사업 추진 계획을`, `2025년
# 예산안을`) is what they cover, not the day they are announced: the words between it and the verb
# end on such a noun and its object particle, with no other particle among them. (`상반기 중`, during a
# period, times the verb: `내년 상반기 중 … 계획을 발표할`)
_KO_PLAN_OBJECT = re.compile(r"\s?(?!중\s)(?:[^\s,.。을를은는이가에의와과도]+\s){0,5}[^\s,.。]*?"
                             r"(?:계획|방침|방안|정책|전략|대책|구상|로드맵|청사진|방향|목표|예산안?|결과|실적)[을를]\s?")
_KO_PLAN_GRAINS = ("year", "half", "quarter", "season")


# What `밝히다` (to state) announces when it is its object: a plan, a policy, measures, results.
_KO_ANNOUNCED_OBJECT = re.compile(r"(?:계획|방침|방안|정책|전략|대책|구상|결과|로드맵|청사진)[을를]\s*$")
_KO_TOLD = re.compile(r"(?:다고|라고)$")
# The verbs that tell a reported clause (`…했다고 4일 밝혔다`, `…라고 전했다`).
_KO_TELLING = re.compile(r"\s?(?:밝혔|전했|발표했|알렸|공시했|공시하였)")   # (a listed firm's disclosure tells too)


def _ko_telling_date(ctx: Context, clauses: list[KoClause], ci: int) -> dict | None:
    """The date of the telling of what clause `ci` reports (`공급 계약을 체결했다고 4일 밝혔다`,
    `…을 체결하고 … 추진한다고 4일 밝혔다`): the clause or those joined to it by `and` run on
    to one that ends in `다고`/`라고`, and the clause after it is a verb of telling with a date
    right before it. The fact reported is the news, dated by its telling (the guide: `A today
    announced that it has signed …` is an agreement dated today)."""
    k = ci
    while k < len(clauses) - 1 and not _KO_TOLD.search(ctx.text[clauses[k].start:clauses[k].end].rstrip(" ,，")):
        if clauses[k].boundary not in ("and", "serial"):
            return None
        k += 1
    if k >= len(clauses) - 1:
        return None
    tell = clauses[k + 1]
    m = _KO_TELLING.search(ctx.text, tell.start, tell.end)
    if m is None:
        return None
    dates = [d for d in _ko_own_calendar(tell.dates, ctx.text) if d["end"] <= m.start()
             and not ctx.text[d["end"]:m.start()].strip()]
    return dates[-1] if dates else None


def _ko_announces(ctx: Context, s_start: int, pos: int) -> bool:
    """`밝히다` at `pos` announces something: a plan, a policy, results (`…계획을 밝혔다`). What
    else it tells is no happening: a fact reported (`…체결했다고 4일 밝혔다`: the fact is the
    event, dated by the telling where it has no date of its own, `_ko_telling_date`), an
    attitude (`지지 의사를 밝혔다`, `기여 약속을 밝히며`, `의사를 밝힌 바 있다`)."""
    k = _ko_before_date(ctx, s_start, pos)
    before = ctx.text[max(s_start, k - 30):k]
    return _KO_ANNOUNCED_OBJECT.search(before) is not None


# `…에 대해 발표했다`, `…을 주제로 발표`: a talk given on a topic, not the making public of a plan or results.
_KO_TALK_ON = re.compile(r"(?:에\s?대해서?|에\s?대하여|에\s?관해서?|에\s?관하여|[을를]\s?주제로)\s?$")


def _ko_presented_at(ctx: Context, s_start: int, pos: int) -> bool:
    """`발표` after a gathering it is given at (`통상장관회의에서는 … 필요성을 발표하였으며`, `G7
    정상회의에서 발표한 공여`), or on a topic (`… 이행 계획에 대해 발표하고`): a talk, not an
    announcement of its own."""
    return bool(_KO_TALK_ON.search(ctx.text, max(s_start, pos - 12), pos)) or \
        any(ctx.text.startswith("에서", w.end()) for w in _GATHERING["ko"].finditer(ctx.text, s_start, pos))


def _ko_before_date(ctx: Context, s_start: int, pos: int) -> int:
    """`pos`, or the start of a date that ends just before it (`계획을 4일 밝혔다` -> `계획을 `)."""
    dates = ctx.dates_in(max(s_start, pos - 20), pos)
    return dates[-1]["start"] if dates and not ctx.text[dates[-1]["end"]:pos].strip() else pos


# A date that measures or counts from a point (`6월 16일 0시 기준`, `작년 1월 26일 이후 총 231건`,
# `수교 이래`, `2025년 12월 현재 5개 도시와 협약을 체결해`), counts the editions of a series up to it (`올해로 21번째 열리는`, `올해로 15회를 맞은`)
# or recurs (`매년 5월`) dates no single happening of its clause.
_KO_MEASURE_AFTER = re.compile(rf"\s?(?:기준|이후|이래|현재)(?![가-힣])|{_KO_EDITION}")
# (with how often it recurs, the date its share of the times: `매년 2차례(상반기 1회, 하반기 1회)`)
_KO_HABIT_BEFORE = re.compile(r"(?:매년|매월|매주|해마다)\s?(?:(?:\d+|[한두세네])\s?(?:차례|회|번)\s?[(（]\s?)?$")


def _ko_measure_date(text: str, d: dict, s_start: int) -> bool:
    if _KO_MEASURE_AFTER.match(text, d["end"]) or _KO_HABIT_BEFORE.search(text, max(s_start, d["start"] - 14), d["start"]):
        return True
    # a share of the times in the brackets after how often it recurs (`매년 2차례(상반기 1회, 하반기 1회)`)
    lo = max(s_start, d["start"] - 20)
    opening = max(text.rfind("(", lo, d["start"]), text.rfind("（", lo, d["start"]))
    return opening >= 0 and not any(ch in text[opening:d["start"]] for ch in ")）") \
        and bool(_KO_HABIT_BEFORE.search(text, max(s_start, opening - 14), opening + 1))


def _korean(ctx: Context) -> list[dict]:
    events: list[dict] = []
    disc = Discourse()
    talks: tuple[int, dict, list] | None = None   # (sentence number, date, parties) of the last talks told with their day
    for n_sent, (s_start, s_end, toks) in enumerate(ctx.sentences):
        mentions = ctx.mentions_in(s_start, s_end)
        # `…협약을 맺었다고 밝혔다`, `…지지함을 밝혔다`: a reporting verb whose object is the fact
        # reported is no announcement event (the guide); the fact is the event, if it has one
        note = ctx.text[s_start] in ko.NOTE_MARKS + ("□", "■")
        triggers = [t for t in ko_triggers(toks, ctx.blocked, note)
                    if not (t.type == "announcement" and t.lemma == "밝히다" and not _ko_announces(ctx, s_start, t.start))
                    and not (t.type == "announcement" and t.lemma == "발표" and _ko_presented_at(ctx, s_start, t.start))
                    and not (t.since and not _ko_dated_noun(ctx, t, s_start))]
        clauses = _ko_clauses(ctx, toks)
        sentence_dates = ctx.dates_in(s_start, s_end)
        for c in clauses:
            c.triggers = [t for t in triggers if c.first <= t.index <= c.last]
            c.dates = [d for d in ctx.dates_in(c.start, c.end) if not _ko_measure_date(ctx.text, d, s_start)]
        marks = _ko_marks(ctx, toks, mentions, s_start, s_end)
        final_status = _ko_cues(_ko_after_decided(toks[clauses[-1].first:clauses[-1].last + 1])) if clauses else None
        pending: dict | None = None
        pending_from: int | None = None
        trip_day: dict | None = None   # the day of a visit told, for the talks and gatherings of its programme
        merged_from: list[KoClause] = []
        subjects_here: list = []
        if _KO_ATTENDEE_LINE.match(ctx.text, s_start, s_end):
            # `· (참석자) A 이사장, 기업 3개사(B, C, D)`: an overview's line of who attended the gathering
            # just told: its participants, no happening of its own
            if _ko_attended(events, mentions, lambda e: e["sentence"]["end"] >= s_start - KO_OVERVIEW_REACH):
                continue
        if talks is not None and not sentence_dates and n_sent - talks[0] <= 3 \
                and _KO_THIS_GATHERING_RUN_BY.match(ctx.text, s_start, s_end):
            # `…세미나를 개최했다. 이번 세미나는 A, B, C가 공동으로 주최·주관했으며`: who ran the gathering
            # just told take part in it
            _ko_attended(events, mentions, lambda e, day=_day_of(talks[1]["value"]): e["date"]["value"] == day)
        # `3일(화)에는 A와 면담을 가졌으며, B 간담회를 개최했다`: a day set as the sentence's topic
        # (`…에는`, `…에도`) is the day of each of its clauses that names none of its own
        day_topic = next((d for d in sentence_dates[:1] if d.get("grain") == "day"
                          and _KO_DAY_TOPIC.match(ctx.text, d["end"])), None)
        hosts: list[Mention] = []   # the bodies a clause before names as hosting what the next one tells
        for ci, c in enumerate(clauses):
            if not c.triggers:
                if _KO_HOSTING_CLAUSE.search(ctx.text, c.start, c.end):
                    hosts = [m for m in mentions if c.start <= m.start < c.end]
                calendar = _ko_own_calendar(c.dates, ctx.text)
                if calendar:
                    pending = calendar[-1]
                    pending_from = c.start if pending_from is None else pending_from
                if c.boundary == "strong":
                    pending, pending_from = None, None
                merged_from = []
                continue
            main = c.triggers[-1]
            if len(c.triggers) >= 2 and main.type == "meeting" and c.triggers[-2].lemma in ko.CEREMONIES \
                    and c.triggers[-2].type != "meeting" and _KO_HELD_OBJECT.fullmatch(ctx.text, c.triggers[-2].end, main.start):
                # `개소식을 개최했다`, `준공식을 가졌다`: the ceremony held tells what happened (an opening),
                # the verb that holds it only that it was held
                main = c.triggers[-2]
            if c.boundary == "relative" and _ko_in_progress(toks, main.index) \
                    and not any(re.match(r"\s?(?:\d+시\s?)?부터", ctx.text[d["end"]:d["end"] + 6]) for d in c.dates):
                # (`11.24(화) 0시부터 시행 중인 지침`: what is in force from a day started then)
                # `4일 방한 중인 다솜국 장관과 면담했다`: a visit in progress describes the one met;
                # the date is the clause's that the description modifies
                calendar = _ko_own_calendar(c.dates, ctx.text)
                if calendar:
                    pending, pending_from = calendar[-1], c.start if pending_from is None else pending_from
                continue
            date, own = _ko_date(c, main, pending, ctx.text)
            if main.type == "announcement" and own and date is not None and date.get("grain") in _KO_PLAN_GRAINS \
                    and _KO_PLAN_OBJECT.fullmatch(ctx.text, date["end"], main.start):
                # `12일 … 설명회를 열고, 올해 주요 사업 추진 계획을 발표했다`: the year is the plan's, the
                # day of the announcing the clause's or the sentence's day before it
                day = next((d for d in reversed(ctx.dates_in(s_start, date["start"])) if d.get("grain") == "day"
                            and not _ko_measure_date(ctx.text, d, s_start)), None)
                if day is not None:
                    date, own = day, False
            if main.lemma in _RESOLVED and own and date is not None and date.get("grain") != "day":
                # `…는 12월 중순 서울에서 개최 등 방안을 의결하였다`: a month or a year in what is resolved
                # dates the plan, not the resolving, which a meeting does on its day
                date, own = None, False
            decided = _ko_decided_at(toks, c, main)
            if decided is not None and own and date is not None and date["end"] <= toks[decided].idx \
                    and not (date.get("grain") == "day" and not _is_future(date, ctx.anchor)):
                # `내년 상반기 포럼을 개최하기로 합의했다`: a date inside what is agreed or decided (`…기로`)
                # dates that happening, not the agreeing; with no event word there it dates none (a day
                # already past is the agreeing's: `A는 4일 B와 협력을 강화하기로 합의했다`)
                inner = [t for t in c.triggers if t.index < decided and t.start >= date["end"]]
                if inner:
                    main = inner[-1]
                else:
                    date, own = None, False
            elif decided is not None and not own and date is not None and date is pending \
                    and _KO_JOINED_BEFORE.search(ctx.text, max(s_start, c.start - 6), c.start) \
                    and not (date.get("grain") == "day" and not _is_future(date, ctx.anchor)):
                # `내년 3월부터 공동조사를 실시하고, 결과를 매년 발간하기로 합의했다`: a clause joined
                # before what is agreed is agreed too, and its date is that happening's, not the agreeing's
                date = None
            if date is None and day_topic is not None and c.start > day_topic["end"] and c.boundary != "relative" \
                    and not (ci and clauses[ci - 1].boundary == "relative") \
                    and not any(d["start"] > day_topic["start"] for d in ctx.dates_in(s_start, c.start)):
                date = day_topic
            if date is None and trip_day is not None and main.type == "meeting" and c.boundary != "relative" \
                    and _KO_LATER_THAT_DAY.match(ctx.text, c.start):
                # `11일 다솜국을 방문하여 … 면담하고, 오후에는 … 간담회를 개최했다`: a gathering of a day's
                # programme on a trip, told as the next part of the day (the talks of the visit itself
                # are the visit's: examples/ko.tsv)
                date, own = trip_day, False
            if date is not None and date.get("grain") != "day" and main.type in ("agreement", "investment") \
                    and _KO_COUNTED_PARTIES.search(ctx.text, c.start, main.start):
                # `올해 들어 기업 12곳과 투자협약을 맺었으며`: the deals of a year or a period counted, no one happening
                date, own = None, False
            at_talks = False
            told = False
            if date is None and main.type != "announcement":
                date = _ko_telling_date(ctx, clauses, ci)
                told = date is not None
            if date is None and c.boundary == "relative" and ci + 1 < len(clauses):
                date = _ko_head_date(ctx, clauses[ci + 1])
                own = date is not None
            if date is None and main.lemma in ko.REACHED_AT_TALKS and talks is not None and not c.dates \
                    and n_sent - talks[0] <= KO_TALKS_REACH:
                # `11월 15일에 … 조세총국장을 만나 … 논의했다. … 의견을 수렴하기로 합의했다`: what
                # is agreed with no date of its own was agreed at the talks just told
                date, own, at_talks = talks[1], False, True
            if date is None and main.type in ("meeting", "visit") and talks is not None and not sentence_dates \
                    and n_sent - talks[0] <= KO_TALKS_REACH and _KO_NEXT.match(ctx.text, s_start):
                # `16일 오후에는 A 장관을 만나 …. 이어 B 차관을 만나 …`: talks told as following
                # the ones just dated, in a sentence with no date of its own, were held that day
                date, own = talks[1], False
            if date is None and main.type == "meeting" and talks is not None and not sentence_dates \
                    and n_sent - talks[0] <= 3 and _ko_attendees_of(ctx.text, s_start, talks[1]):
                # `…간담회를 개최했다. … 간담회에는 A, B, C가 참석하였다`: who attended the gathering just
                # told (its own word, or `행사`) are its participants; no happening of their own
                if _ko_attended(events, mentions, lambda e, day=_day_of(talks[1]["value"]): e["date"]["value"] == day):
                    continue
            if date is None and main.type != "announcement" and talks is not None and not sentence_dates \
                    and n_sent - talks[0] <= 2 and _KO_ALSO.match(ctx.text, s_start):
                # `12일 … 집행위원을 만나 …. 또한, … 라운드테이블을 개최하여`: what a sentence adds to the day
                # just told (`또한`, `아울러`, `이 자리에서`), with no date of its own, happened that day
                date, own = talks[1], False
            nxt = clauses[ci + 1] if ci + 1 < len(clauses) else None
            met_at = _ko_next_predicate(clauses, ci) if main.type == "visit" and c.boundary == "serial" else None
            if (date and met_at is not None and any(t.type == "meeting" for t in met_at.triggers)
                    and not _ko_own_calendar(met_at.dates, ctx.text) and _ko_visits_body(ctx, c, main)):
                # `덴마크 의회를 방문하여 … 위원장을 면담했다`: calling at a body to meet its officer is the
                # meeting; the visit is its circumstance (a country or a city visited stays a visit)
                pending, pending_from = date, c.start
                continue
            if (date and main.type in ("approval", "designation") and main.voice != "active" and c.boundary == "serial"
                    and nxt is not None and nxt.triggers and not nxt.dates):
                pending, merged_from = date, merged_from + [c]     # `승인을 받아 설립되었다`
                continue
            subject, how, members, chain = _ko_subject(ctx, marks, main, c, clauses, ci, disc, mentions)
            if main.lemma in ko.FOUNDED_WHEN_ORG and how == "explicit" and subject is not None \
                    and not (main.index + 1 < len(toks) and (toks[main.index + 1].lemma_ or "").startswith("시키")):
                # an organisation that starts (`기구는 2008년 출범하였으며`) is founded; a programme,
                # or what someone starts (`정부가 출범시킨 구상`), is launched
                main = dataclasses.replace(main, type=ko.FOUNDED_WHEN_ORG[main.lemma])
            span_start = merged_from[0].start if merged_from else (pending_from if not own and pending_from is not None
                                                                   else c.start)
            parts, subject = _ko_participants(ctx, main, c, span_start, merged_from, subject, members, chain, marks,
                                              mentions)
            if main.type in ("meeting", "other", "award", "launch"):
                for m in hosts:   # `A, B, C가 주최하고 D가 주관하는 박람회가 … 개최된다`: its hosts take part
                    _add(parts, m.org, "other")
            hosts = []
            if subject is not None:
                subjects_here.append(subject)
            disc.note_parties(parts, main.type, ctx.orgs)
            if date:
                status = _ko_status(ctx, toks, clauses, ci, main, date, final_status)
                if at_talks and not any(p["role"] == "subject" for p in parts):
                    # `양국은 … 합의하였다`: the side whose talks they were agreed it
                    side = [dict(p) for p in talks[2] if p["role"] == "subject"]
                    parts = side + [p for p in parts if all(p["org_key"] != q["org_key"] for q in side)]
                    # (the side is no partner of itself: `양측은` named both sides as partners)
                met = _ko_counterparts(ctx, main, c, span_start, marks, date) if main.type == "meeting" else []
                if len(met) >= 2:
                    # `A 장관을, 18일에는 B 장관, C 장관을 만나`: one talk per counterpart met; the
                    # verb names the first, the title of the officer met each other one (a record's
                    # id is its trigger's place)
                    for k, (org, day, title) in enumerate(met):
                        one = [p for p in parts if p["role"] == "subject"]
                        _add(one, org, "other")
                        trig = main if k == 0 else dataclasses.replace(main, start=title[0], end=title[1],
                                                                        text=ctx.text[title[0]:title[1]])
                        events.append(_event(ctx, trig, day, one, (s_start, s_end), status, how, own))
                else:
                    events.append(_event(ctx, main, date, parts, (s_start, s_end), status, how, own))
                    if told:
                        events[-1]["told"] = True
                if main.type == "visit":
                    # `영국(’24.7월)에 이어 … 유럽연합을 방문하였다`: each place listed with its own date
                    # in brackets was a visit of its own
                    for place, day in _ko_dated_places(ctx, c.start if pending_from is None else pending_from, main, date):
                        one = [p for p in parts if p["role"] == "subject"]
                        events.append(_event(ctx, place, day, one, (s_start, s_end),
                                             "planned" if _is_future(day, ctx.anchor) else "occurred", how, True))
                if (main.type in ("meeting", "visit") or main.lemma in ko.CEREMONIES) \
                        and s_start <= date["start"] < s_end and date.get("grain") == "day":
                    talks = (n_sent, date, parts)   # (dated in its own sentence: `18일에는 …를 찾아 … 면담을 갖고`;
                    # a ceremony held, `개소식을 개최했다`, as a gathering: `개소식 직후 … 협약을 체결했다`)
            pending, pending_from, merged_from = None, None, []
            if date and main.type == "visit" and date.get("grain") == "day" and c.boundary in ("and", "serial"):
                trip_day = date
            if date and main.type == "meeting" and c.boundary in ("and", "serial"):
                # `이사회를 열고 … 선임했다`: the meeting's date carries on to what it was held for
                pending, pending_from = date, c.start
            elif date and own and main.type == "meeting" and c.boundary == "relative" \
                    and _KO_AT_THE_GATHERING.match(ctx.text, c.end):
                # `19일 개최된 경진대회에서 A가 1등을 차지했다`: what happens at a gathering a relative clause
                # dates happens on its day
                pending, pending_from = date, c.start
            elif date and own and main.type == "announcement" and c.boundary == "relative" \
                    and _KO_IN_THE_RESULTS.match(ctx.text, c.end):
                # `3일 발표된 정부혁신 평가에서 우수기관으로 선정됐다`: chosen in results announced that day
                pending, pending_from = date, c.start
        if subjects_here:
            for o in subjects_here:
                disc.add(o)
        else:
            topic = next((m for m in marks if m.kind == "org" and m.particle in ko.TOPIC + ko.SUBJECT), None)
            if topic is not None:
                disc.add(topic.chain[0] if topic.chain else topic.org)
                if len(topic.chain) >= 2:   # `A와 B는 … 협력해 왔다. 두 회사는 …`
                    disc.group = list(topic.chain)
    return events


# The gathering a relative clause tells of, as the place of what follows (`개최된 ‘…’ 최종발표 대회에서는`):
# a few words ending in a gathering's noun, then `에서`.
_KO_AT_THE_GATHERING = re.compile(r"[^\n.,]{0,40}?(?:" + "|".join(sorted(ko.MEETING_NOUNS, key=len, reverse=True))
                                  + r"|대회|챔피언십|결승전|왕중왕전)[’”」』]?에서")


# The results or the evaluation an announcing relative clause tells of, as where what follows was decided
# (`발표된 정부혁신 평가에서`, `공개된 결과에서`).
_KO_IN_THE_RESULTS = re.compile(r"[^\n.,]{0,30}?(?:평가|결과|심사|조사|지수|순위)(?:\s?결과)?[’”」』]?에서")


def _ko_in_progress(toks: list, i: int) -> bool:
    """The trigger noun at `i` is said to be in progress by an adnominal `중인` (`방한 중인 장관`,
    `협상 중인 기업`): a description of the noun after it, no happening told."""
    return i + 2 < len(toks) and toks[i + 1].text == "중" and (toks[i + 2].tag_ or "").startswith("VCP") \
        and (toks[i + 2].tag_ or "").endswith("ETM")


def _ko_next_predicate(clauses: list[KoClause], ci: int) -> KoClause | None:
    """The clause after `ci` that holds its next verb, past the relative clauses between
    (`방문하여 … 입법지원하는 위원장을 면담했다`)."""
    for k in range(ci + 1, len(clauses)):
        if clauses[k].triggers or clauses[k].boundary != "relative":
            return clauses[k] if clauses[k].triggers else None
    return None


def _ko_visits_body(ctx: Context, c: KoClause, main: Trigger) -> bool:
    """The place a Korean visit's verb takes is an organisation (`덴마크 의회를 방문하여`)."""
    return any(re.fullmatch(r"\s?(?:[(（][^()（）]{0,40}[)）])?\*{0,3}\s?(?:을|를)?\s?", ctx.text[m.end:main.start])
               for m in ctx.mentions_in(c.start, main.start))


def _ko_dated_places(ctx: Context, lo: int, main: Trigger, date: dict) -> list[tuple[Trigger, dict]]:
    """Places listed before a visit's verb each with a date in its brackets (`중앙아시아(우즈베키스탄,
    ’23.5월), 영국(’24.7월)에 이어 … 방문하였다`): (the place as the trigger, the date), not the
    visit's own date."""
    out: list[tuple[Trigger, dict]] = []
    text = ctx.text
    for d in ctx.dates_in(lo, main.start):
        if d is date or d["start"] == date["start"]:
            continue
        k = text.rfind("(", lo, d["start"])
        # (the date ends its item: `(2021년 체결)` dates a signing, not a place)
        if k < 0 or ")" in text[k:d["start"]] or not re.match(r"\s*[)/,]", text[d["end"]:d["end"] + 3]) \
                or not re.match(r"[^()\n]{0,30}\)", text[d["end"]:]):
            continue
        # the place: the name nearest before the date (`다솜국, ’24.2월`), else before the bracket
        place = re.search(r"([가-힣A-Za-z]{2,})[\s,/·]*[(]?[\s,/·]*$", text[max(lo, k - 20):d["start"]])
        if place is None:
            continue
        at = max(lo, k - 20) + place.start(1)
        out.append((Trigger(at, at + len(place.group(1)), place.group(1), place.group(1), "visit"), d))
    return out


def _ko_counterparts(ctx: Context, main: Trigger, c: KoClause, start: int, marks: list[KoMark],
                     date: dict) -> list[tuple[dict, dict, tuple[int, int]]]:
    """Talks with officers of several organisations (`A 사무총장, B 장관을 만나`, `B 장관을 면담`):
    the organisations met, each with the day named last before it in the clause, else `date`,
    and the span of its officer's title. A bilateral meeting is held with one counterpart; a list
    of them met is a talk with each."""
    if main.lemma not in ko.BILATERAL:
        return []
    lo = max(start, c.start)
    out: list[tuple[dict, dict, tuple[int, int]]] = []
    for m in marks:
        if not (lo <= m.start and m.end <= main.start) or m.kind != "org" or not m.titled:
            continue
        if m.particle not in ko.OBJECT + ko.WITH + (",", "，", "、"):
            continue
        if any(o["org_key"] == m.org["org_key"] for o, _d, _t in out):
            continue
        name_end = next((x.end for x in ctx.mentions_in(m.start, m.end) if x.start == m.start), None)
        pm = _KO_PARTICLE.match(ctx.text, name_end) if name_end is not None else None
        if pm is None or not pm.group("title"):
            continue
        t0, t1 = pm.span("title")
        while t0 < t1 and ctx.text[t0].isspace():
            t0 += 1
        days = [d for d in ctx.dates_in(lo, m.start)]
        out.append((m.org, days[-1] if days else date, (t0, t1)))
    return out


# A sentence that goes on from the one before (`이어`, `이어서`), before its first word.
_KO_DAY_TOPIC = re.compile(r"(?:\([^()]{1,12}\))?(?:에는|에도|엔)(?=[\s,])")
_KO_NEXT = re.compile(r"[ \t□■ㅇ○◦·•\-–]*(?:이어서?|뒤이어)[\s,]")
# An overview's line of who attended (`· (참석자) …`, `참석자 : …`), and how far after the gathering's
# sentence (characters) it may stand.
_KO_ATTENDEE_LINE = re.compile(r"[ \t□■ㅇ○◦·•\-–‣▸*]*[(（<]?\s?참석(?:자|기관|대상)\s?[)）>:：]")
KO_OVERVIEW_REACH = 400
# A sentence about the gathering just told (`이번 세미나는`, `이번 행사는`) naming who hosted, organised or joined it.
_KO_THIS_GATHERING_RUN_BY = re.compile(r"[ \t□■ㅇ○◦·•\-–]*(?:이번|이날|동|해당)\s?[가-힣A-Za-z·]{0,12}?(?:세미나|포럼|회의|행사|"
                                       r"간담회|설명회|박람회|전시회|심포지엄|워크숍|컨퍼런스|콘퍼런스|라운드테이블|대회|축제)"
                                       r"(?:은|는)\s[^.\n]{0,160}?(?:주최|주관|공동\s?개최|참여|참가)")


# A sentence that opens on a gathering as the place of its attendees (`간담회에는`, `이날 협약식에는`, `행사에는`).
_KO_GATHERING_TOPIC = re.compile(r"[ \t□■ㅇ○◦·•\-–]*(?:이번\s|이날\s|당일\s|이\s)?(?P<g>[가-힣A-Za-z·]{1,20}?)(?:에는|에서는)\s")


def _ko_attendees_of(text: str, s_start: int, day: dict) -> bool:
    """The sentence at `s_start` opens on a gathering (`간담회에는`) named in the sentences since `day`
    was told, or on `행사` (the event), as the place of what it tells."""
    m = _KO_GATHERING_TOPIC.match(text, s_start)
    if m is None:
        return False
    g = m.group("g")
    return g in ("행사", "자리") or _GATHERING["ko"].search(g + "에") is not None and g in text[max(0, day["start"] - 200):m.start("g")]


def _ko_attended(events: list[dict], mentions: list[Mention], which) -> bool:
    """Adds the organisations of `mentions` to the last meeting of `events` that `which` accepts, as
    its participants; False where there is none."""
    held = next((e for e in reversed(events) if e["type"] == "meeting" and which(e)), None)
    for m in mentions if held is not None else []:
        _add(held["participants"], m.org, "other")
    return held is not None


# A sentence that adds to the day just told (`또한`, `아울러`, `이와 함께`, `이 자리에서`), before its first word.
_KO_ALSO = re.compile(r"[ \t□■ㅇ○◦·•\-–]*(?:또한|아울러|이와\s?함께|이\s?자리에서(?:는)?)[\s,]")

# Sentences after dated talks within which an undated agreement (`합의했다`) is taken as reached at them.
KO_TALKS_REACH = 3

_BRACKETED = re.compile(r"[(（][^()（）\n]{0,200}[)）]")


def _ko_clauses(ctx: Context, toks: list) -> list[KoClause]:
    clauses: list[KoClause] = []
    first = 0
    # a bracket is an aside: no clause ends inside it (`유럽연합(EU; European Union)을 방문하였다`)
    brackets = Intervals(m.span() for m in _BRACKETED.finditer(ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))) \
        if toks else Intervals([])
    for i, t in enumerate(toks):
        if i == len(toks) - 1:
            break
        nxt = toks[i + 1]
        if ctx.inside_protected(t.idx + len(t.text)) or brackets.holds(t.idx, strict=True):
            continue
        tags = (t.tag_ or "").split("+")
        last_tag = tags[-1]
        ending = (t.lemma_ or "").split("+")[-1]
        kind = None
        if t.text in (";", "；"):
            kind = "strong"
        elif last_tag == "EC" and (t.whitespace_ or nxt.text in (",", "，")):
            if (nxt.tag_ or "").split("+")[0] == "VX":
                continue  # auxiliary: `맡아 왔으며`, `하지 않았다`, `하고 있다`
            if nxt.text in (",", "，"):
                kind = "strong" if ending != "고" else "and"
            elif ending in ko.STRONG_EC or t.text.endswith(("다고", "라고")):
                kind = "strong"
            elif ending in ko.SERIAL_EC or t.text.endswith(("아", "어", "여", "해", "돼")):
                kind = "serial"
            elif ending == "고":
                kind = "and"
            elif ending in ("지", "게", "도록"):
                continue
            else:
                kind = "strong"
        elif last_tag == "ETM" and t.whitespace_:
            kind = "relative"
        elif last_tag in ("NNG", "NNP") and t.text in ko.TRIGGERS and ko_nominal_predicate(toks, i):
            kind = "and"   # `양해각서를 체결, 향후 …`: the verb left out, the comma ends the clause
        if kind:
            end_tok = i + 1 if nxt.text in (",", "，") else i
            clauses.append(_ko_clause(toks, first, end_tok, kind, ending))
            first = end_tok + 1
    if first < len(toks):
        clauses.append(_ko_clause(toks, first, len(toks) - 1, "end", ""))
    return clauses


def _ko_clause(toks: list, first: int, last: int, boundary: str, ending: str) -> KoClause:
    return KoClause(first, last, toks[first].idx, toks[last].idx + len(toks[last].text), boundary, ending)


def _ko_head_date(ctx: Context, nxt: KoClause) -> dict | None:
    """A relative clause whose head is a day is dated by it (`운영을 시작한 23년 4월 24일 이후`:
    the day the operation started). A year or a month after a relative clause is more often the
    frame of what follows (`개최되는 2025년 정상회의`) than the time it names."""
    return next((d for d in ctx.dates_in(nxt.start, nxt.end) if d["start"] == nxt.start and d.get("grain") == "day"), None)


# Two days joined as one span of days (`15일과 16일 양일간`, `25일과 26일 이틀간`): a range, dated by its start.
_KO_AND = re.compile(r"\s?(?:과|와|및)\s?$")
_KO_DAYS_SPAN = re.compile(r"\s?(?:양일|이틀|사흘|나흘|닷새|\d+일)\s?간")


def _ko_span_end(ctx: Context, d: dict) -> bool:
    """The date is the second of two days joined as one span (`15일과 16일 양일간`)."""
    if not _KO_DAYS_SPAN.match(ctx.text, d["end"]):
        return False
    k = bisect.bisect_left(ctx._timex_starts, d["start"])
    return k > 0 and _KO_AND.match(ctx.text[ctx.timexes[k - 1]["end"]:d["start"]]) is not None


# A date's local-time reading in brackets after it (`12월 20일(현지 12월 19일 오전 3시)`): the
# release dates the happening by the first, its own calendar.
_KO_LOCAL_READING = re.compile(r"(?:\d일|\))\s?[(（]\s?현지\s?(?:시간|기준|시각)?\s?$")


def _ko_own_calendar(dates: list[dict], text: str) -> list[dict]:
    """`dates` without the local-time readings in brackets after another date."""
    return [d for d in dates if not (text and _KO_LOCAL_READING.search(text, max(0, d["start"] - 12), d["start"]))]


# Parties counted before a deal's word (`기업 12곳과`, `3개사와`, `20개 기관과`): deals tallied.
_KO_COUNTED_PARTIES = re.compile(r"\d+\s?(?:곳|개사|개\s?(?:기업|기관|업체|단체|국|도시))\s?(?:과|와|이|가)\s")


# A clause that names who hosts, organises or sponsors what the next clause tells (`…이 주최하고,`, `공동 주관하며`).
_KO_HOSTING_CLAUSE = re.compile(r"(?:주최|주관|후원|협찬)(?:하고|하며|하여)\s?,?\s*$")


# A clause joined to the next by a coordinating ending (`실시하고,`, `추진하며`), the next's verb governing both.
_KO_JOINED_BEFORE = re.compile(r"(?:고|며)\s?,?\s*$")


def _ko_decided_at(toks: list, c: KoClause, main: Trigger) -> int | None:
    """The index of the `기` of a `…기로` complement (`개최하기로 합의했다`, `열기로 했다`) that ends
    before `main` in its clause: what was agreed or decided, a happening to come."""
    for i in range(main.index - 1, c.first, -1):
        if _tag0(toks[i]) == "ETN" and toks[i].text == "기" and i + 1 < len(toks) and toks[i + 1].text == "로":
            return i
    return None


def _tag0(tok) -> str:
    return (tok.tag_ or "").split("+")[0]


def _ko_date(c: KoClause, main: Trigger, pending: dict | None, text: str = "") -> tuple[dict | None, bool]:
    before = [d for d in _ko_own_calendar(c.dates, text) if d["end"] <= main.start]
    if len(before) >= 2 and _ko_in_title(text, before[-1]["start"], main.start) and not _ko_in_title(text, before[-2]["start"], main.start):
        before = before[:-1]   # `23.11.24.(金), 「2023년 … 시상식」에 참석하여`: the year names the event, the day dates it
    if len(before) >= 2 and _KO_AND.match(text[before[-2]["end"]:before[-1]["start"]]) \
            and _KO_DAYS_SPAN.match(text, before[-1]["end"]):
        return before[-2], True
    if before:
        return before[-1], True
    after = [d for d in c.dates if d["start"] >= main.end]
    if after:
        return after[0], True
    return pending, False


def _ko_in_title(text: str, start: int, end: int) -> bool:
    """The place `start` lies inside a title's brackets (`「…」`, `『…』`, `《…》`) that close before `end`."""
    opened = max(text.rfind(o, 0, start) for o in "「『《〈")
    return opened >= 0 and not any(ch in text[opened:start] for ch in "」』》〉") \
        and any(ch in text[start:end] for ch in "」』》〉")


def _ko_marks(ctx: Context, toks: list, mentions: list[Mention], s_start: int, s_end: int) -> list[KoMark]:
    text = ctx.text
    marks: list[KoMark] = []
    covered: list[tuple[int, int]] = []
    for m in mentions:
        if covered and m.start < covered[-1][1]:
            continue   # an alias in the brackets after a name (`한빛위원회(이하 ‘빛위’)와`) is that name's
        p, end = _ko_particle(text, m.end)
        titled = bool((pm := _KO_PARTICLE.match(text, m.end)) and pm.group("title"))
        if p == "도" or (p == "의" and _KO_AS_FOR.match(text, end)):
            # `아파시(AFACI)도 … 운영하고 있다`, `ECB의 경우 … 확정하고`: the organisation is the topic
            p = "는"
        marks.append(KoMark(m.start, end, "org", p, org=m.org, titled=titled))
        covered.append((m.start, end))
    # non-organisation topics and subjects: anaphors, groups, things
    for i, t in enumerate(toks):
        tag0 = (t.tag_ or "").split("+")[0]
        if tag0 not in ("JX", "JKS") or t.text not in ko.TOPIC + ko.SUBJECT or i == 0:
            continue
        if any(a <= t.idx < b for a, b in covered) or ctx.inside_protected(t.idx):
            continue
        prev = toks[i - 1]
        ptag = (prev.tag_ or "").split("+")[-1]
        if ptag.startswith("J") or ptag not in ("NNG", "NNP", "NNB", "NP", "XSN", "SL", "NR"):
            continue
        if ctx.in_date.holds(prev.idx):
            continue  # `올해는`, `2019년에는`
        word = text[max(s_start, prev.idx - 12):t.idx].split()[-1] if text[max(s_start, prev.idx - 12):t.idx].split() else ""
        officer = ctx.officer(word)
        if officer is not None:
            # `한 장관은`: the officer named before stands for the organisation
            marks.append(KoMark(t.idx - len(word), t.idx + len(t.text), "org", t.text, org=officer))
            continue
        head = prev.text
        if _glued_noun(toks, i - 1).endswith(ko.DELEGATIONS):
            # `우승희 영암군수 등 방문단은`: the delegation an officer leads is that officer's organisation's
            lead = next((o for w in reversed(text[max(s_start, prev.idx - 16):prev.idx].split()[-3:])
                         if (o := ctx.officer(w) or next((g for k, g in ctx.officers.items() if len(k) >= 2 and w.endswith(k)),
                                                         None)) is not None), None)
            if lead is not None:
                marks.append(KoMark(prev.idx, t.idx + len(t.text), "org", t.text, org=lead))
                continue
        words_before = text[max(s_start, prev.idx - 12):prev.idx].split()
        before_word = words_before[-1] if words_before and text[prev.idx - 1:prev.idx].isspace() else ""
        glued_head = _glued_noun(toks, i - 1)
        g0 = prev.idx + len(prev.text) - len(glued_head)
        if text[g0 - 1:g0] == "양" and (g0 - 1 == s_start or not text[g0 - 2].isalnum()):
            glued_head = "양" + glued_head   # `양사가`: Kiwi's determiner 양 (both) glued to the noun
        # (a word of its own, not the `시` of `오후 3시는`)
        standalone = prev.idx == s_start or not text[prev.idx - 1].isalnum()
        kind, wants, size = _ko_classify(head, glued_head, before_word, t.text, standalone)
        if kind is None:
            continue
        marks.append(KoMark(prev.idx - (len(before_word) + 1 if before_word and kind in ("group", "anaphor") else 0),
                            t.idx + len(t.text), kind, t.text, wants=wants, size=size,
                            deal=glued_head in ("양측", "양사")))
    marks.sort(key=lambda m: m.start)
    for k, m in enumerate(marks):
        if m.kind == "org" and m.particle in ko.TOPIC + ko.SUBJECT:
            chain = [m.org]
            j = k - 1
            while j >= 0 and marks[j].kind == "org" and marks[j].particle in ko.WITH + (",", "，", "、") \
                    and m.start - marks[j].end < 40 and not _verb_between(text, marks[j].end, m.start):
                chain.insert(0, marks[j].org)
                m = marks[j]
                j -= 1
            # `가람청은 누리재단과 함께 …`: who the topic acts together with acts with it
            j = k + 1
            while j < len(marks) and marks[j].kind == "org" and marks[j].particle in ko.WITH + (",", "，", "、") \
                    and not _verb_between(text, marks[j - 1].end, marks[j].start) and marks[j].start - marks[j - 1].end < 40:
                if marks[j].particle in ko.WITH:
                    if _KO_TOGETHER.match(text, marks[j].end):
                        chain += [x.org for x in marks[k + 1:j + 1]]
                    break
                j += 1
            marks[k].chain = chain
    return marks


_KO_TOGETHER = re.compile(r"\s?함께\b")


_KO_AS_FOR = re.compile(r"\s?경우(?:에는|에도|엔|에)?[\s,]")


def _verb_between(text: str, a: int, b: int) -> bool:
    """A verb or a phrase of its own between two names (`A와 실무협의에 따라 B는`): they are not co-ordinated."""
    return bool(re.search(r"[다며고]\s|[.。]", text[a:b]) or _KO_MARKED_WORD.search(text[a:b]))


def _glued_noun(toks: list, i: int) -> str:
    words = [toks[i].text]
    k = i
    while k > 0 and not toks[k - 1].whitespace_ and (toks[k - 1].tag_ or "").split("+")[0] in ("NNG", "NNP", "XSN", "SL"):
        words.insert(0, toks[k - 1].text)
        k -= 1
    return "".join(words)


# What a delegation (`사절단은`) refers to: the release's own side (`Discourse.main`), not the last named.
_KO_OWN_SIDE = ("(own side)",)
# A word that ends in an adnominal ending (`방문한`, `파견된`, `참석하는`): a clause, not a name.
_KO_ADNOMINAL_WORD = re.compile(r"(?:한|된|던|하는|되는|온|은)$")


def _ko_group_kind(word: str) -> tuple[str, ...]:
    """What a group word's noun says its members are: companies (`양사`, `두 회사`, `이들 기업`) or
    bodies (`양 기관`, `두 기관`); nothing for `양측`, `이들`."""
    if word.endswith(ko.GROUP_FIRMS):
        return ("company",)
    return ("body",) if word.endswith("기관") else ()


def _ko_classify(head: str, glued: str, before: str, particle: str, standalone: bool = False):
    if before in ko.GROUP_NUMERALS and head in ko.GROUP_NOUNS:
        return "group", _ko_group_kind(head), ko.GROUP_NUMERALS[before]
    for w, n in ko.GROUP_WORDS.items():
        if glued == w or f"{before} {glued}" == w:
            return "group", _ko_group_kind(w), n
    if glued.endswith(ko.DELEGATIONS) and (before in ko.DELEGATION_OPEN_BEFORE or _KO_ADNOMINAL_WORD.search(before)
                                           or _KO_TITLE_TOPIC.search(before)):
        return "anaphor", _KO_OWN_SIDE, 0
    if head == "측" and before in ko.ANAPHOR_HEADS:
        return "anaphor", ko.ANAPHOR_HEADS[before], 0
    if glued in ko.ANAPHOR_HEADS and before not in ko.INDEFINITE:
        return "anaphor", ko.ANAPHOR_HEADS[glued], 0
    if glued in ko.LOCAL_SELF and standalone:
        return "local", ko.LOCAL_SELF[glued], 0
    if glued in ko.TRIGGERS or glued in ko.COMPOUNDS or glued in ko.CEREMONIES or head in ko.TRIGGERS \
            or head in ("계약", "거래", "사업", "과제", "행사", "협력", "조치", "데스크", "기간"):
        return "transparent", (), 0
    if glued == "사진":
        return "transparent", (), 0   # a caption (`사진은 김 청장(가운데)이 … 방문해 …`) tells who acts after it
    if particle in ko.TOPIC:
        return "thing", (), 0
    return None, (), 0


def _ko_note_line(text: str, pos: int) -> bool:
    """The line holding `pos` opens with a note or bullet mark (`※`, `*`, `-`, `ㅇ`, `△`)."""
    start = text.rfind("\n", 0, pos) + 1
    return text[start:pos + 1].lstrip()[:1] in ko.NOTE_MARKS


def _ko_subject(ctx: Context, marks: list[KoMark], main: Trigger, c: KoClause, clauses: list[KoClause], ci: int,
                disc: Discourse, mentions):
    """(subject org or None, how: explicit|carried|none, group members, co-ordinated subjects)."""
    def in_relative(m: KoMark) -> bool:
        """`디엠씨씨는 … FDI 인텔리전스가 주관하는 상을 받았다`: after a topic, a subject inside an
        adnominal clause is that clause's own, not the sentence's."""
        topic_before = any(t.start < m.start and (t.kind in ("anaphor", "group", "thing", "local") or
                                                  (t.kind == "org" and t.particle in ko.TOPIC)) for t in marks)
        return topic_before and any(x.start <= m.start < x.end and x.boundary == "relative" and x is not c
                                    and not _ko_dated_after(ctx, m.end, x.end) for x in clauses)
    before = [m for m in marks if m.end <= main.start and m.kind != "transparent"
              and not ctx.blocked(m.start)   # (a topic inside a quotation is the quoted speaker's)
              and not (m.kind == "org" and m.particle in ko.SUBJECT and in_relative(m))]
    in_clause = [m for m in before if m.kind == "org" and m.particle in ko.SUBJECT and m.start >= c.start]
    head = _ko_relative_head(ctx, marks, c, clauses, ci)
    if head is not None and (not in_clause or main.type == "founding"):
        return head.org, "explicit", [], []   # `2001년 상장한 자회사 CNOOC 리미티드`
    cand = in_clause[-1] if in_clause else None
    if cand is None and (defined := _ko_defined(ctx, marks, c.start, main.start)) is not None:
        # (before any topic of the description: `※ A : 양국 정부와 기업이 참여하는 협의체로 2024년 출범`)
        return defined, "explicit", [], []
    if cand is None:
        topical = [m for m in before if (m.kind == "org" and m.particle in ko.TOPIC + ko.SUBJECT) or m.kind in
                   ("anaphor", "group", "thing", "local")]
        cand = topical[-1] if topical else None
        if main.lemma == "밝히다" and ci > 0 and topical:
            # `가람도는 한빛부가 13일 …를 지정했다고 16일 밝혔다`: who tells is the sentence's topic, not
            # the subject of what it tells
            cand = next((m for m in topical if m.kind != "org" or m.particle in ko.TOPIC), cand)
    if cand is None:
        if _ko_note_line(ctx.text, c.start):
            # a note or a bullet (`※ …`, `- …`, `ㅇ …`) tells background: the subject of the
            # release's sentences does not carry into it
            return None, "none", [], []
        return disc.last(), ("carried" if disc.last() else "none"), [], []
    if cand.kind == "org":
        chain = cand.chain or [cand.org]
        return chain[0], "explicit", [], chain[1:]
    if cand.kind == "anaphor" and cand.wants == _KO_OWN_SIDE:
        # (before the release has told its main body, the sentence's topic: `충청북도는 … 지사를 단장으로 한
        # 대표단이 … 방문했다고 밝혔다`)
        topic = next((m.org for m in reversed(before) if m.kind == "org" and m.particle in ko.TOPIC and m.start < cand.start), None)
        return disc.main() or topic, "explicit", [], []
    if cand.kind == "anaphor":
        return disc.resolve(cand.wants, ctx.named_before(cand.start)), "explicit", [], []
    if cand.kind == "local":
        own = disc.resolve(cand.wants, ctx.orgs)
        return (own, "explicit", [], []) if own is not None and own["name"].endswith(cand.wants) else (None, "none", [], [])
    if cand.kind == "group":
        return None, "none", _group_members(cand, mentions, disc), []
    return None, "none", [], []


def _ko_dated_after(ctx: Context, start: int, end: int) -> bool:
    """A day is told between a subject and the end of the adnominal clause it seems to stand in
    (`방위사업청은 현대로템이 12월 1일 … 180대를 공급하는 실행계약을 체결했다고`): the subject and its
    day are the sentence's, the adnominal clause begins after them."""
    return any(d.get("grain") == "day" for d in ctx.dates_in(start, end))


def _ko_defined(ctx: Context, marks: list[KoMark], c_start: int, before: int) -> dict | None:
    """A note that defines a name (`※ 믹타(MIKTA): … 2013.9월 출범`, `* AfDB(African Development
    Bank): 1964년 설립된 국제금융기구`): the organisation named before the colon is what the
    description tells of."""
    line = ctx.text.rfind("\n", 0, c_start) + 1
    # (a footnote run on after its sentence, on the same line: `… 체결하였다. * AfDB: … 설립된 …`)
    inline = [m.end() for m in _KO_INLINE_NOTE.finditer(ctx.text, line, c_start)]
    line = inline[-1] if inline else line
    colon = ctx.text.find(":", line, before)
    if colon < 0 or ctx.text[line:colon].lstrip()[:1] not in ko.NOTE_MARKS:
        return None
    named = [m for m in marks if m.kind == "org" and line <= m.start < colon]
    if not named or not _KO_ONLY_BRACKETS.fullmatch(ctx.text[named[0].end:colon]) \
            or ctx.text[line:named[0].start].strip(" \t" + "".join(ko.NOTE_MARKS)):
        return None
    return named[0].org


_KO_INLINE_NOTE = re.compile(r"(?<=[.。])\s+(?=[*※]+\s?[^\s*※])")
_KO_ONLY_BRACKETS = re.compile(r"\s*(?:[(（][^()（）\n]*[)）]\s*)*")


def _ko_relative_head(ctx: Context, marks: list[KoMark], c: KoClause, clauses: list[KoClause], ci: int):
    """The organisation an adnominal clause modifies, when one follows it directly."""
    if c.boundary != "relative" or ci + 1 >= len(clauses):
        return None
    nxt = clauses[ci + 1]
    for m in marks:
        # (not a name that only qualifies the head noun: `개최되는 세계보건기구 제76차 총회`, `설립된
        # 법무부 산하 위원회`, `…의 …`)
        if m.kind == "org" and nxt.start <= m.start < nxt.start + 8 and m.particle not in ("의", ""):
            gap = ctx.text[nxt.start:m.start]
            if len(gap.split()) <= 1:
                return m
    return None


def _group_members(mark, mentions: list[Mention], disc: Discourse) -> list[dict]:
    seen: list[dict] = []
    for m in mentions:
        if m.end <= mark.start and all(o["org_key"] != m.org["org_key"] for o in seen):
            seen.append(m.org)
    n = mark.size
    if (n and len(seen) >= n) or (not n and len(seen) >= 2):
        return seen[-n:] if n else seen
    return disc.members(n, deal=mark.deal, wants=mark.wants)


def _ko_participants(ctx: Context, main: Trigger, c: KoClause, start: int, merged: list[KoClause], subject, members,
                     chain, marks: list[KoMark], mentions: list[Mention]):
    parts: list[dict] = []
    org_marks = [m for m in marks if m.kind == "org"]
    by_start = {m.start: m for m in org_marks}
    # `A, B, C와`: the listed names share the particle of the last one
    shared: dict[int, str] = {}
    for k in range(len(org_marks) - 1, -1, -1):
        m = org_marks[k]
        if m.particle in (",", "，", "、") and k + 1 < len(org_marks):
            shared[m.start] = shared.get(org_marks[k + 1].start, org_marks[k + 1].particle)
    etype, active = main.type, main.voice == "active"
    span = [m for m in mentions if start <= m.start < main.start or (c.start <= m.start and m.end <= c.end)]
    swap = None
    if etype in ("approval", "designation", "founding") and active and subject is not None:
        # `과기부는 하이퍼렌즈를 선정했다`, `거래소는 페이라인의 상장을 승인했다`: the designee is the subject
        for m in span:
            mk = by_start.get(m.start)
            wanted = ("을", "를") if etype == "founding" else ("을", "를", "의")
            if mk and mk.particle in wanted and m.org["org_key"] != subject["org_key"] and m.start < main.start:
                swap = m.org
                break
    if swap is not None:
        _add(parts, swap, "subject")
        _add(parts, subject, "other" if etype == "founding" else "authority")
        subject = swap
    elif subject is not None:
        _add(parts, subject, "subject")
    for o in chain:
        _add(parts, o, "partner")
    for o in members:
        _add(parts, o, "partner")
    for m in span:
        mk = by_start.get(m.start)
        p = mk.particle if mk else ""
        p = shared.get(m.start, p)
        in_merged = any(x.start <= m.start < x.end for x in merged)
        if in_merged or (etype in ("approval", "designation", "award") and m.start < main.start and p in ("", "의")
                         and not active):
            role = "authority"
        elif p in ko.WITH:
            role = "partner"
        elif p in ko.FROM:
            role = "authority" if etype in ("approval", "designation", "award") else (
                "partner" if etype in ("investment", "acquisition") or etype == "agreement" and not p.startswith("에서")
                else "other")   # (a deal signed at a body, `투자청에서 … 체결했다`: where, not with whom)
        elif p in ko.OBJECT and etype in ("acquisition", "investment", "award", "appointment") and not (mk and mk.titled):
            role = "object"   # (`전 삼성전자 부사장을 선임했다`: the officer is appointed, not the organisation)
        else:
            role = "other"
        _add(parts, m.org, role)
    if etype == "agreement" and not any(p["role"] == "partner" for p in parts):
        # `아크라이트와 협동로봇 공동개발을 위한 업무협약을 체결했다`: the party named in the deal's purpose
        # clause (`…와 …을 위한`) is the deal's partner
        for mk in org_marks:
            if mk.particle in ko.WITH and mk.end <= main.start and mk.start >= c.start - 120 \
                    and (subject is None or mk.org["org_key"] != subject["org_key"]) \
                    and _KO_FOR_THE_DEAL.fullmatch(ctx.text, mk.end, main.start):
                _add(parts, mk.org, "partner")
                break
    return parts, subject


# From a party (`…와`) to the deal's verb, through the purpose clause that modifies the deal's noun:
# `와 협동로봇 공동개발을 위한 업무협약(MOU)을 `.
# (or what the deal is about: `와 비만 치료 후보물질 'HB-310'에 대한 기술이전 계약을 `)
_KO_FOR_THE_DEAL = re.compile(r"[^,，.。\n]{0,40}?(?:[을를]?\s?위한|에\s?대한|에\s?관한)\s[^,，.。\n]{0,20}?(?:협약|협정|계약|MOU|양해각서|약정)"
                              r"[^,，.。\n]{0,12}?\s?")


def _ko_cues(toks: list) -> str | None:
    """negated | planned | past | None, from the lemmas of `toks` (a trigger's predicate)."""
    lemmas = [lem for t in toks for lem in (t.lemma_ or t.text).split("+")]
    tags = [tag for t in toks for tag in (t.tag_ or "").split("+")]
    if any(lem in ko.NEGATION_LEMMAS for lem in lemmas):
        return "negated"
    # a plan's noun says the predicate is planned (`개최할 예정이다`), not when it is the object
    # of a verb (`협력 방안을 논의했다`, `계획을 발표했다`) nor the topic a relative clause modifies
    # (`2015년 채택된 지속가능발전목표는 …`)
    planned_noun = any(lem in ko.PLANNED_NOUNS and not (k + 1 < len(tags) and tags[k + 1] in ("JKO", "JX", "JKS"))
                       for k, lem in enumerate(lemmas))
    # (`…하기로 했다`, `열기로 합의했다`: `기` + `로`, what is decided is to come)
    decided = any(lem == "기" and tag == "ETN" and k + 1 < len(lemmas) and lemmas[k + 1] == "로"
                  for k, (lem, tag) in enumerate(zip(lemmas, tags)))
    # (`개장을 앞두고`: what a time is ahead of is still to come)
    if planned_noun or "겠" in lemmas or "기로" in lemmas or decided or "앞두다" in lemmas[:4]:
        return "planned"
    for k, (lem, tag) in enumerate(zip(lemmas, tags)):
        if tag == "ETM" and lem in ("ᆯ", "을") and k + 1 < len(lemmas) and lemmas[k + 1] == "것":
            return "planned"
    first_adnominal = next((lem for lem, tag in zip(lemmas, tags) if tag == "ETM"), None)
    if first_adnominal in ("ᆯ", "을") and "EP" not in tags[:tags.index("ETM")]:
        return "planned"   # (`2021년 말 개최될 회의`: the prospective adnominal, what is to come)
    if any(tag == "EP" and lem in ko.PAST_LEMMAS for lem, tag in zip(lemmas, tags)):
        return "past"
    return None


def _ko_after_decided(toks: list) -> list:
    """The tokens of a clause after what it decides (`과제를 추진하기로` + `합의했다`): the deciding
    verb's own tense is the clause's, for the verbs joined before it (`MOU를 체결하고, …하기로
    합의했다`: the signing is done, what is decided is to come)."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].text == "로" and toks[k - 1].text == "기" and (toks[k - 1].tag_ or "").endswith("ETN"):
            return toks[k + 1:]
    return toks


# Connective endings that carry no tense: the clause takes the final verb's (`개최하며`, `개최하고`, `개최하여,`).
_KO_TENSELESS_ENDINGS = ("며", "으며", "고", "어", "아", "여", "어서", "아서", "여서")


def _ko_status(ctx: Context, toks: list, clauses: list[KoClause], ci: int, main: Trigger, date: dict,
               final: str | None) -> str:
    # the predicate: from the trigger to the clause end, across adnominal endings (`출시할 예정이다`,
    # `추진할 계획은 없다고`), stopping at the next trigger
    tail = []
    k = ci
    while k < len(clauses):
        cl = clauses[k]
        for i in range(max(cl.first, main.index), cl.last + 1):
            if i != main.index and any(t.index == i for t in cl.triggers):
                break
            tail.append(toks[i])
        else:
            if cl.boundary == "relative" and k + 1 < len(clauses):
                k += 1
                continue
        break
    cue = _ko_cues(tail)
    if cue is None and main.index > 0 and toks[main.index - 1].text in ko.NEGATION_ADVERBS:
        cue = "negated"
    last_boundary = clauses[k].boundary if k < len(clauses) else "end"
    if cue is None and (last_boundary in ("serial", "and") or clauses[min(k, len(clauses) - 1)].ending in _KO_TENSELESS_ENDINGS):
        cue = final if final in ("planned", "past") else None   # a tenseless conjunct takes the final verb's
        if cue == "planned" and date.get("grain") == "day" and not _reaches(date, ctx.anchor):
            cue = None   # (… but a day already past is no plan: `3일 MOU를 체결하고, 내년에 포럼을 열 예정이다`)
    if cue == "negated":
        return "negated"
    if cue == "planned":
        return "planned"
    if cue == "past":
        return "occurred"
    # no tense at all (`착수한다`, `열린다`): a present that reaches the release date or later is to come,
    # but days under way on it, or starting that day, are told as happening (`21일부터 30일까지 개최되는
    # 총회에 참석한다` on the 25th); a half or a year under way is a plan (`하반기 중 출시한다`)
    if date.get("grain") == "day":
        return "planned" if _is_future(date, ctx.anchor) else "occurred"
    return "planned" if _reaches(date, ctx.anchor) else "occurred"


# ----------------------------------------------------------------------------------- Chinese

_ZH_BRACKETS = {"（": "）", "(": ")", "“": "”"}


_ZH_BOUND_AFTER = re.compile(r"\s?(?:以前|之前|以后|之后|以來|以来|为止|前(?![往进來来去赴])|止|"
                             # (the edition a year counts up to: `今年邁入第九年的…巡迴展`, `今年已是第10屆`)
                             r"(?:已|已经)?(?:迈入|进入|迈向|是|为|堂堂迈入)第)")
# (`即日起至6月11日`: the end of a stretch that began before the date, not a day anything happens on)
# A clause that tells a stretch running to now (`自108年推動社會住宅政策以來`), folded to Simplified.
# … or a stretch counted after it (`去年11月籌組新內閣後不到4個月`): the happening told next is offset from the date.
_ZH_SINCE_CLAUSE = re.compile(r"(?:以来|以后|至今|迄今|(?:之后|后)(?:不到|约|近|仅|短短)?\s?[\d一二三四五六七八九十两几半]+\s?(?:个)?多?"
                              r"(?:月|天|日|年|周|星期|小时)(?:内|间)?)\s*$")
# A word of a day or a month in a time's text (`12月31日下午3時`, not `晚間7時`).
_ZH_DAY_WORD = re.compile(r"[日号號月年天周週]")
# A figure summed over a period after the event word (`1月至11月核准僑外投資金額累計為…`): the word
# names what is counted, no happening (folded to Simplified); not a count of what was held
# (`辦理社區接種站共計86場次`).
_ZH_SUMMED = re.compile(r"[^，。；,;]{0,8}?(?:金额|总额|件数|案件数|家数|人数|数量|规模)(?:累计|共计|合计|总计)")
# A date a figure is compared with (`較去年增加1億元`, `比前年減少三成`, `與去年同期相比`), folded to
# Simplified: the baseline of a comparison, no day anything happens on.
_ZH_COMPARED = re.compile(r"(?:较|比|相较于?|相比于?|对比)\s?$")
_ZH_BOUND_BEFORE = re.compile(r"(?:截止|直到|迄|起到|至)\s?$")   # (`截至` too)


def _zh_in_book_title(text: str, c_start: int, pos: int) -> bool:
    """`pos` is inside a title in 《》 (`實施《…規劃（2021—2035年）》`): the period of the plan, law or
    book it names, no date of the happening told around it."""
    return text.rfind("《", c_start, pos) > text.rfind("》", c_start, pos)


def _zh_in_quoted_title(text: str, c_start: int, m: Mention) -> bool:
    """The name is part of a title in 「」 (`「高雄市與熊本市友好交流協定」`), not the whole of what the
    quotes hold (`和「美國進步中心」`)."""
    opened = text.rfind("「", c_start, m.start)
    if opened < 0 or text.rfind("」", c_start, m.start) > opened:
        return False
    return not (opened + 1 == m.start and text.startswith("」", m.end))


_ZH_HAN_AROUND = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")


def _zh_clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, start, depth = [], s, 0
    for i in range(s, e):
        ch = text[i]
        if ch in _ZH_BRACKETS:
            depth += 1
        elif ch in _ZH_BRACKETS.values() and depth:
            depth -= 1
        elif (ch in zh.CLAUSE_SPLIT or ch == " " and _ZH_HAN_AROUND.match(text, i - 1)) and not depth:
            # (a plain space between two characters parts a headline's phrases as the ideographic one does)
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < e:
        out.append((start, e))
    return out


def _zh_skip_bracket(text: str, i: int) -> int:
    while i < len(text) and text[i] in "（(":
        close = text.find("）" if text[i] == "（" else ")", i)
        if close < 0 or close - i > 80:
            break
        i = close + 1
    return i


# `This time` at a clause's head (folded to Simplified).
_ZH_THIS_TIME = re.compile(r"[\s，,]*(?:此次|这次|本次)")
# A signing ceremony (folded to Simplified): the signing verb and the ceremony's word.
_ZH_SIGNING_CEREMONY = re.compile(r"(?:签署|签约|签订)(?:仪式|典礼)")


def _chinese(ctx: Context) -> list[dict]:
    # the word lists are in Simplified characters: Traditional text is read folded (`舉辦` as
    # `举办`), offsets unchanged; the records quote the text as written
    text = fold_han(ctx.text)
    events: list[dict] = []
    disc = Discourse()
    hosting = None   # the date of the meeting the last sentence held (`今日舉辦頒獎典禮`)
    awarding = None  # the date of the award ceremony told of so far
    speaker = None   # an organisation that speaks (`X表示`), which does not act in what it tells
    told = 0         # clauses without a trigger told since it spoke
    for s_start, s_end, _toks in ctx.sentences:
        pending = None
        prev_status = None
        co_actors: tuple[dict | None, list[dict]] = (None, [])   # a topic told with its partners (`A與B為…`)
        person_topic = False   # the sentence is about a person named at the head of a clause
        # a sentence with no date of its own that tells what the meeting just told of gave (the
        # awards of a ceremony, the deals of a signing) is dated by it
        hosted_date = hosting if not ctx.dates_in(s_start, s_end) else None
        hosting = None
        told_date = None   # the date of the happening the last clause told, in this sentence
        # an announcing that ends its clause (`今日宣布，已與…簽署…`): held back, and dropped when the
        # clauses after it tell what was announced (the news, dated by the announcing)
        held: dict | None = None
        held_date: dict | None = None
        for c_start, c_end in _zh_clauses(text, s_start, s_end):
            clause = text[c_start:c_end]
            trigs = [t for t in zh_triggers(clause, c_start, ctx.blocked)
                     if (t.lemma not in zh.RUN_FROM_ONLY or _ZH_RUN_FROM.search(text, c_start, t.start))
                     and not _ZH_SUMMED.match(text, t.end)]
            # a date that bounds a time (`6月1日前`, `90年6月30日以前`, `截至3月`) dates no happening
            # (nor a clock time with no day, `晚間7時`, `上午10時起`, which the dates stage puts on the
            # release date: the day is another clause's)
            dates = [d for d in ctx.dates_in(c_start, c_end) if not _ZH_BOUND_AFTER.match(text, d["end"])
                     and not _ZH_BOUND_BEFORE.search(text, max(c_start, d["start"] - 3), d["start"])
                     and not (d.get("type") == "TIME" and not _ZH_DAY_WORD.search(text, d["start"], d["end"]))
                     and not _ZH_COMPARED.search(text, max(c_start, d["start"] - 4), d["start"])
                     and not _zh_in_book_title(text, c_start, d["start"])]
            mentions = ctx.mentions_in(c_start, c_end)
            if _zh_person_head(ctx, text, c_start, trigs[0].start if trigs else c_end, mentions):
                person_topic = True
            if not trigs:
                if dates or mentions and not _ZH_RUN_BY.match(text, c_start, c_end):
                    told_date = None   # (a clause with no event, date or name of its own, `由市長親自接待`, goes on
                    # with the happening before: `…拜會市府，由市長親自接待，並簽署備忘錄`; so does one that
                    # names who ran it, `由A部次長與B部副部長共同主持`)
                if dates and not _ZH_SINCE_CLAUSE.search(clause):
                    # (not the start of a stretch that runs to now, `自108年推動…以來`: it dates no verb after it)
                    pending = dates[-1]
                topic = _zh_topic(text, mentions, c_start, c_end)
                if topic is None:
                    topic = _zh_head_speaking(text, c_start, c_end, disc, ctx.orgs)
                if topic is None:
                    topic = _zh_referred_topic(ctx, text, c_start, disc)
                if topic is None and _zh_unknown_head(ctx, text, c_start, c_end, mentions):
                    disc.unknown = True
                if topic is not None:
                    disc.add(topic)
                    speaker = topic if _ZH_SPEAKS.search(clause) else None
                    told = 0
                    co_actors = (topic, _zh_co_actors(text, mentions, topic))
                elif speaker is not None and not _ZH_PURPOSE.match(clause):
                    told += 1   # (a clause of purpose or means, `為了探討…`, is the speaker's own: not someone else's)
                continue
            main = trigs[0]
            if text.startswith("的", main.end) and len(trigs) > 1:
                # `於台北世貿中心舉行的頒獎典禮上獲頒首獎`: a verb before 的 modifies a noun; the clause's
                # verb comes after it
                main = trigs[1]
            signing = next((t for t in trigs if t.type == "agreement" and t.start > main.end
                            and _ZH_SIGNING_CEREMONY.match(text, t.start)), None)
            if main.lemma in zh.HOLD_VERBS and signing is not None:
                # `舉行友好交流協定簽署儀式`: the ceremony held is the signing, an agreement (one happening)
                main = signing
            invited = _ZH_INVITED.search(text, c_start, main.start) if main.lemma in _ZH_TALLIED else None
            if invited is not None and not any(m.start < invited.start() for m in mentions):
                # `歡迎民眾踴躍參加`, `邀請市民參與`: the public invited to take part, no happening told
                # (not `哈德遜研究所…邀請我參加視訊會議`: invited by someone named, the speaker took part)
                if len(trigs) == 1:
                    continue
                main = trigs[1]
            if _ZH_CASES_COUNTED.search(text, max(c_start, main.start - 6), main.start) and text.startswith("案", main.end):
                # `已促成46件投資案`: cases counted (a year's tally), no happening
                if len(trigs) == 1:
                    continue
                main = trigs[1]
            if main.lemma in _ZH_TALLIED and _ZH_TALLY.search(text, c_start, main.start):
                # `共有300家業者參展`, `全國共計1萬122件作品參展`: a count of who took part, no
                # happening of its own (the gathering they took part in is told apart)
                if len(trigs) == 1:
                    continue
                main = trigs[1]
            if _ZH_FIGURE_AFTER.match(text, main.end, c_end):
                # `今年1至11月核准對外投資金額較去年同期成長12.3%`: the verbs name what a figure counts,
                # compared with another period's; no happening
                rest = [t for t in trigs if not _ZH_FIGURE_AFTER.match(text, t.end, c_end)]
                if not rest:
                    pending = None
                    continue
                main = rest[0]
            if main.lemma in _ZH_JOIN and _ZH_CONTEST.match(text, main.end, c_end):
                # `參加2021亞洲跆拳道錦標賽拿下銅牌`: taking part in a contest is no gathering; what
                # it is told for is what was won there
                if len(trigs) == 1:
                    pending = None
                    continue
                main = trigs[1]
            if main.lemma in zh.HOLD_VERBS and not _GATHERING["zh"].search(text, s_start, s_end):
                # what is held is no conference, forum, expo or ceremony: a festival, a tour, a
                # lantern show, a contest is another happening (the guide's `meeting` is gatherings)
                main = dataclasses.replace(main, type="other")
            if main.lemma in _ZH_JOIN and _ZH_RUN_FROM.search(text, c_start, main.start):
                # `自102年起參加國際級評鑑`: taking part every year since is a habit, no happening
                if len(trigs) == 1:
                    pending = None
                    continue
                main = trigs[1]
            if main.lemma in zh.HOLD_VERBS and main.type == "meeting" and _ZH_CONTEST_NAMED.search(text, c_start, main.start) \
                    and not _GATHERING["zh"].search(text, c_start, c_end):
                # `全國運動會將於10月18日在青山市舉行，今日舉辦授旗典禮`: the games held are a contest,
                # not the ceremony the sentence names after them
                main = dataclasses.replace(main, type="other")
            if main.lemma == "完成" and len(trigs) > 1:
                # `完成B輪融資`, `完成廠房搬遷`: the work completed is named by the verb after it
                main = trigs[1]
            if main.type == "announcement":
                # `公告自4月1日起實施`, `宣布將於5月1日上路`: the date between the announcing and a
                # later verb is that verb's, the news; the announcing itself is undated
                main = next((t for t in trigs[1:] if any(main.end <= d["start"] and d["end"] <= t.start for d in dates)), main)
            if main.type == "announcement" and main.lemma in zh.ANNOUNCING:
                # `今日宣布完成C輪融資`: what is announced in the same clause is the news
                later = [t for t in trigs if t.start > main.start and t.type != "announcement"]
                if later:   # (`宣布完成…融資`: the work completed is named by the verb after 完成)
                    main = later[1] if later[0].lemma == "完成" and len(later) > 1 else later[0]
            if main.lemma in zh.SHOW_VERBS and main.type == "launch" and _GATHERING["zh"].search(text, main.end, c_end):
                # `將於7月8日推出「光之旅」特展`: an exhibition or a forum put on is held, a meeting
                main = dataclasses.replace(main, type="meeting")
            if main.lemma in zh.RUN_FROM and _ZH_RUN_FROM.search(text, c_start, main.start):
                # `自102年起舉辦「精品咖啡評鑑」`, `本補助自110年起實施`: a programme run from a year on was
                # launched then (as Korean `2002년부터 운영`)
                main = dataclasses.replace(main, type="launch")
            after = [d for d in dates if d["start"] >= main.end]
            before = [d for d in dates if d["end"] <= main.start]
            listed: list[dict] = []   # the days listed ahead of the date (`4月9日、4月26日舉辦`)
            if after and text[main.end:main.end + 1] in ("于", "在"):
                date, own = after[0], True
            elif before:
                date, own = before[-1], True
                listed = _zh_listed_dates(text, before)
                if listed and _ZH_DAYS_TOGETHER.match(text, before[-1]["end"]):
                    date, listed = listed[0], []   # `10月18日及19日兩天舉辦`: one happening over the days, from the first
            elif pending is not None and not _ZH_THIS_TIME.match(text, c_start, main.start):
                # (not `此次簽署協定` after `自2017年起透過棒球交流結緣`: what `this time` tells is the
                # release's own happening, not one of the date the clause before gave)
                date, own = pending, False
            elif after and not _zh_period_of_object(text, main, after[0]) and not _zh_adnominal_date(text, main, after[0]):
                date, own = after[0], True
            elif hosted_date is not None and main.type in _HOSTED:
                date, own = hosted_date, False
            elif told_date is not None and (_ZH_THEN.match(text, c_start, main.start)
                                            or (main.type != "other" and _ZH_THEN_WITH.match(text, c_start, main.start)) or (
                    _ZH_GOES_ON.match(text, c_start, main.start) and len(_day_of(told_date["value"]) or "") == 10)
                    or main.type != "other" and (_ZH_WITH_GOES_ON.match(text, c_start, main.start)
                                                 or _ZH_SIDES_GO_ON.match(text, c_start, main.start))) \
                    and not ctx.dates_in(c_start, c_end):
                # `今（4）日接見訪問團，並於下午視察青山港`: a clause joined to the one before with no
                # date of its own happens on that clause's day (not one whose date bounds a time:
                # `並於同日17時前…完成`)
                date, own = told_date, False
                if held_date is not None and main.type != "announcement":
                    held, held_date = None, None   # (`今日宣布，與…簽署…`: the news the announcing told)
            elif held_date is not None and main.type != "announcement":
                date, own = held_date, False   # (the news an announcing clause went on to tell)
                held, held_date = None, None
            else:
                date, own = None, False
            at_ceremony = False
            if date is None and awarding is not None and main.type == "award" and not after:
                date, own, at_ceremony = awarding, False, True   # (when its winner is named: below)
            if date is not None and (own or date is pending) and main.type == "meeting" and len(_day_of(date["value"]) or "") == 10:
                # (the sentence's day in a clause before the verb, `11月28日，商务部…举行会谈`, is its own too)
                hosting = date   # (a day's meeting: not `自102年起舉辦`, a habit since a year)
                if _ZH_AWARDING.search(text, c_start, c_end):
                    # `今（18）日舉辦頒獎典禮`: the prizes the release goes on to tell of with no
                    # date of their own (`東光國小…榮獲國小組第二名`) were given at it
                    awarding = date
            subject, how, members = _zh_subject(ctx, text, main, mentions, c_start, disc)
            if how == "explicit" and subject is not None:
                person_topic = False
            elif how == "carried" and person_topic:
                # `參展藝術家王大明於1990年投入創作，1995年成立…工作室`: the clauses go on about the person
                subject, how = None, "none"
            if main.type == "founding" and how == "none":
                # `1995年成立青山陶藝工作室`, `我們成立了「國家人權委員會」`: with no organisation founding
                # it (a person did, or no one is named), the body founded is what the founding is
                # about (as `…工作室成立於1995年`); a founder that is a body stays the subject
                founded = next((m for m in mentions if m.start >= main.end), None)
                if founded is not None:
                    subject, how = founded.org, "founded"
            if how == "carried" and speaker is not None and subject is speaker and told:
                # `體育處表示，馬婷霞畢業於永康國中，曾於2019年…奪得金牌`: what the speaker tells
                # opens with a clause of its own (someone else's), not with what it did itself
                # (`瑞康生物表示，上周已向FDA提交…`)
                subject, how = None, "none"
            elif how == "explicit":
                speaker = None
            if at_ceremony and (subject is None or how == "none" or not any(
                    m.org["org_key"] == subject["org_key"] for m in ctx.mentions_in(s_start, main.start)) or any(
                    e["type"] == "award" and e["date"]["value"] == date["value"]
                    and any(p["role"] == "subject" and p["org_key"] == subject["org_key"] for p in e["participants"])
                    for e in events)):
                # a prize of the ceremony is one a winner named in the sentence wins; one it was told
                # to have won already (`分別勇奪…`, then `建興國中以…為題，榮獲…`) is told again
                date = None
            parts = []
            _add(parts, subject, "subject")
            for o in members:
                _add(parts, o, "partner")
            if how == "carried" and subject is not None and subject is co_actors[0]:
                for o in co_actors[1]:
                    _add(parts, o, "partner")   # (`A與B為行銷…，自102年起舉辦…`: B goes on with A)
            for m in mentions:
                _add(parts, m.org, _zh_role(text, m, main, c_start))
            if subject is not None and how != "founded":
                disc.add(subject)
            if subject is not None and main.type == "visit":
                disc.visitor = subject
            disc.note_parties(parts, main.type, ctx.orgs)
            status = _zh_status(text, c_start, main, date, ctx.anchor, prev_status)
            prev_status = status
            if date is not None:
                each = _zh_listed_subjects(text, mentions, main, c_start)[1:] \
                    if main.type in _ZH_EACH_TYPES and how == "explicit" and subject is not None else []
                if main.type in _ZH_EACH_WITH_TYPES and subject is not None:
                    # `A和B分別與C簽署合作備忘錄`: each of the listed signs a deal of its own with C
                    each = _zh_each_with(text, mentions, main, c_start)[1:]
                if each:
                    parts = [p for p in parts if not any(p["org_key"] == m.org["org_key"] for m in each)]
                if main.type == "announcement" and main.lemma in zh.ANNOUNCING and own \
                        and not text[main.end:c_end].strip(" ，,：:"):
                    held, held_date = _event(ctx, main, date, parts, (s_start, s_end), status, how, own), date
                else:
                    events.append(_event(ctx, main, date, parts, (s_start, s_end), status, how, own))
                    if how == "founded":
                        events[-1]["founded"] = True
                for d in listed:
                    # `4月9日、4月26日舉辦兩梯次`: one happening on each day listed
                    events.append({**_event(ctx, main, d, parts, (s_start, s_end), status, how, own), "listed": True})
                if each:
                    # `建興國中、長榮高中分別勇奪…`, `東光國小、復興國小榮獲…`: prizes won by each of
                    # the organisations listed as the subject, one award each
                    # (a deal's counterpart is each one's partner too)
                    others = [p for p in parts if p["role"] != "subject"] if main.type in _ZH_EACH_WITH_TYPES else []
                    for m in each:
                        events.append(_event(ctx, main, date, [_participant(m.org, "subject"), *others],
                                             (s_start, s_end), status, how, own))
            told_date = date
            pending = None
        if held is not None:
            events.append(held)   # (nothing told after it: the announcing itself is the news)
    return events


# After the last date of a list, the count of the days it makes together (folded to Simplified):
# `10月18日及19日两天`, `5月3日、4日连续2天` is one stretch, not a happening each day.
_ZH_DAYS_TOGETHER = re.compile(r"\s?(?:[(（][^()（）]{1,3}[)）])?\s?(?:共|连续|一连)?\s?(?:两|二|三|四|五|2|3|4|5)\s?(?:天|日)(?![\d])")


# Between two dates of a list (`4月9日、4月26日`, `5月3日及10日`), a weekday in brackets allowed.
_ZH_DATE_LIST_GAP = re.compile(r"\s?(?:[(（][^()（）]{1,3}[)）])?\s?[、和及与跟]\s?")


# What follows a period that is the time of a thing rather than of a happening: a noun (`114年國人
# 死因統計`, `2025年工業生產統計`), not a word that places the period (`年底前`, `起`).
_ZH_PERIOD_OF_NOUN = re.compile(r"(?:年度)?(?![起止前后底内中间初末至到])[\u4e00-\u9fff]")


def _zh_period_of_object(text: str, main: Trigger, date: dict) -> bool:
    """The date right after an announcing verb is the period of what is announced (`公布114年國人死因
    統計`, `發布2025年工業統計`: the statistics' year), not the day of the announcing."""
    return main.type == "announcement" and date["start"] == main.end and len(date["value"]) <= 7 \
        and _ZH_PERIOD_OF_NOUN.match(text, date["end"]) is not None


# A date, its verb and 的 (`今年8月召開的會議`, `於115年3月完成的調查`): the date of a clause that
# describes the noun after it.
_ZH_ADNOMINAL = re.compile(r"\s?(?:所)?[\u4e00-\u9fff]{1,4}?的")


def _zh_adnominal_date(text: str, main: Trigger, date: dict) -> bool:
    """The date after the trigger opens a clause describing a noun (`此次修正係依據今年8月召開的會議決議`):
    it dates that clause's verb, not the trigger before it (a gathering or a visit the trigger
    attends is dated by it, `出席10月召開的會議`, so those types keep it); or the trigger ends a clause of
    time (`上路前`), and the date after it is the main clause's."""
    return (main.type not in ("meeting", "visit") and date["start"] > main.end
            and _ZH_ADNOMINAL.match(text, date["end"]) is not None) or _ZH_TIME_CLAUSE_END.match(text, main.end) is not None


# The trigger closes a clause of time (`新制上路前將於12月中旬舉辦說明會`): the date after it is the main clause's.
_ZH_TIME_CLAUSE_END = re.compile(r"(?:之|以)?[前后後](?![往进進来來去])")


def _zh_listed_dates(text: str, before: list[dict]) -> list[dict]:
    """The dates listed ahead of the last date before a verb (`4月9日、4月26日舉辦`), in order;
    none when that date stands alone."""
    listed: list[dict] = []
    last = before[-1]
    for d in reversed(before[:-1]):
        if not _ZH_DATE_LIST_GAP.fullmatch(text, d["end"], last["start"]):
            break
        listed.insert(0, d)
        last = d
    return listed


# A clause joined to the one before it (folded to Simplified): `並於下午`, `隨後`, `接著`, `再`, up to the verb;
# `屆時` (at that time) happens when the one before does (`預計明年3月完工，屆時將全線通車`).
_ZH_THEN = re.compile(r"\s?(?:双方|三方|各方|两家公司|两公司|两家企业|两家机构)?\s?(?:并且|并|随后|接着|再|之后|同时|届时)\s?(?:于|在)?"
                      r"\s?(?:上午|下午|中午|晚间|晚上)?[^，。；]{0,12}$")   # (`雙方並在市府簽署`: the parties of the clause before)
# … or with a partner named at length before the verb (`并与美国疾病管制与预防中心（CDC）签署`), for a happening
# of a kind (cooperation carried out, `并与…开展合作`, is none)
# Up to thirty characters of one clause, a bracket (a name's rendering, `惠恕仁（Surangel Whipps Jr.）`) counting as one.
_ZH_SHORT_RUN = r"(?:[^，。；（(]|[（(][^（()）]{0,40}[）)]){1,30}"
_ZH_THEN_WITH = re.compile(r"\s?(?:并且|并|随后|接着|同时)\s?(?:与|和|同|跟|向)" + _ZH_SHORT_RUN + r"$")
# … or on its partner, right before the verb (`今（3）日訪問靜岡縣，與靜岡縣知事共同簽署…`): on that day too,
# or in that week or month (`上週前往日本訪問，與…簽署`; a clause opening on its verb goes on only from a day).
_ZH_WITH_GOES_ON = re.compile(r"\s?(?:与|和|同|跟)" + _ZH_SHORT_RUN + r"$")
# … or on the sides of the happening told before it, right before the verb (`會議於1日在河內舉行，雙方簽署…`).
_ZH_SIDES_GO_ON = re.compile(r"\s?(?:双方|三方|各方|两国|两市|两县|两校)\s?(?:也|亦|还|共同|正式)?\s?$")
# A clause that names who ran the happening told before it (`由A部次长与B部副部长共同主持`): the same happening.
_ZH_RUN_BY = re.compile(r"\s?由[^，。；]{2,40}(?:主持|主办|主导|带领|率领|率团|出席|接待)\s?$")
# A clause that opens on its verb: the actor of the one before goes on, on its day (`今（4）日召開委員會議，核准…`).
_ZH_GOES_ON = re.compile(r"\s?(?:也|亦|另|更)?(?:(?:宣布|宣告)[^，,。；;]{0,14})?$")   # (or on announcing its news:
# `今（4）日舉行上線記者會，由部長主持，宣布新版平臺正式啟用`)


# `自102年起` / `从2019年开始` / `明(2027)年1月起` right before the verb (folded to Simplified): a year,
# written or told from the release's (`明年`, `今年`), perhaps its month, and `起` between.
_ZH_RUN_FROM = re.compile(
    r"(?:(?:自|从|由|于)\s?)?(?:(?:民国)?\s?\d{2,4}\s?年(?:度)?|(?:明|今|本|后)\s?(?:[(（]\s?\d{2,4}\s?[)）])?\s?年(?:度)?)"
    r"\s?(?:\d{1,2}\s?月(?:份)?(?:\s?\d{1,2}\s?日)?)?\s?(?:起|开始)\s?(?:即|就|便|陆续|持续|每年)?\s?$")


# Taking part told as a count of those who did (`共有300家業者參展`, `逾千人參加`), folded to Simplified:
# a number and its counter, then at most a few words, right before the trigger.
_ZH_TALLIED = {"参展", "参加", "参与", "出席"}
# A count of cases right before a trigger noun that `案` follows (`46件投资案`, `12项招商案`).
_ZH_CASES_COUNTED = re.compile(r"[\d０-９一二三四五六七八九十百千万,]+\s?(?:件|项|笔|个)\s?$")
# After a verb, the figure it names and a comparison with another period (folded to Simplified).
_ZH_FIGURE_AFTER = re.compile(r"[^，。；]{0,12}?(?:金额|总额|件数|数量|人次|人数|家数|规模|比率|比例)\s?(?:较|比|相较)[^，。；]{0,12}?"
                              r"(?:成长|增长|增加|减少|下降|上升|下滑|衰退)")
_ZH_TALLY = re.compile(r"[\d０-９一二三四五六七八九十百千万]+\s?(?:余|多)?\s?(?:家|件|位|名|个|人|队|所|国|组|间|人次|校|团)"
                       r"[^，。；、\d]{0,6}$")


# Before taking part, in its clause: the public invited or urged to (folded to Simplified).
_ZH_INVITED = re.compile(r"(?:欢迎|邀请|鼓励|呼吁|吁请|诚邀)[^，。；]{0,12}$")


# Taking part (`參加`, `參與`) in what is a contest: a match, a championship, games (folded to Simplified).
_ZH_JOIN = {"参加", "参与"}
_ZH_CONTEST = re.compile(r"[^，。；、]{0,24}?(?:赛|运动会|运动大会|全运会|世大运|亚运|奥运)")


# A contest named in a clause (folded to Simplified): a match, a championship, games.
_ZH_CONTEST_NAMED = re.compile(r"(?:赛|运动会|运动大会|全运会|世大运|亚运|奥运)")


# A ceremony at which prizes are given (`頒獎典禮`, `頒獎`), folded to Simplified.
_ZH_AWARDING = re.compile(r"颁奖|颁发")


# Happenings that each of several organisations listed as the subject has of its own (prizes won).
_ZH_EACH_TYPES = {"award"}
_ZH_LIST_GAP = re.compile(r"[、，,和与及跟]\s?")
# Between the last organisation listed and the trigger: a modifier left of its name, `分别`, `都`, `皆`.
_ZH_LIST_TAIL = re.compile(r"[^，。；,;]{0,4}?(?:分别|皆|均|都|亦|更)?\s?")


# Deals that each of several organisations listed before `分別與 X` makes with X on its own.
_ZH_EACH_WITH_TYPES = {"agreement"}
_ZH_EACH_WITH = re.compile(r"分别(?:与|和|跟|同)")


def _zh_each_with(text: str, mentions: list[Mention], main: Trigger, c_start: int) -> list[Mention]:
    """The organisations listed before `分别与` ahead of the trigger (`A和B分别与C签署`), in order;
    none when the clause has no such list."""
    hit = None
    for hit in _ZH_EACH_WITH.finditer(text, c_start, main.start):
        pass
    if hit is None:
        return []
    # (an alias in the brackets after a name is no item of the list: `臺灣證券交易所（TWSE）和…`)
    before = [m for m in mentions if c_start <= m.start and m.end <= hit.start()
              and not (text[m.start - 1:m.start] in ("（", "(") and text[m.end:m.end + 1] in ("）", ")"))]
    if not before or _zh_skip_bracket(text, before[-1].end) != hit.start():
        return []
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        if _ZH_LIST_GAP.fullmatch(text, _zh_skip_bracket(text, m.end), listed[0].start):
            listed.insert(0, m)
        else:
            break
    return listed if len(listed) > 1 else []


def _zh_listed_subjects(text: str, mentions: list[Mention], main: Trigger, c_start: int) -> list[Mention]:
    """The organisations listed right before the trigger as its subject (`A、B分别勇夺`), in order;
    one or none when there is no list."""
    before = [m for m in mentions if c_start <= m.start and m.end <= main.start]
    if not before or not _ZH_LIST_TAIL.fullmatch(text, before[-1].end, main.start):
        return []
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        if _ZH_LIST_GAP.fullmatch(text, m.end, listed[0].start):
            listed.insert(0, m)
        else:
            break
    return listed


def _zh_past_mark(text: str, start: int, c_start: int) -> int:
    """Where a foreign firm's registration mark before the name at `start` begins (`與荷商艾司摩爾公司`:
    the mark stands between the name and its preposition), else `start`."""
    return next((start - n - 1 for n in (1, 2, 3) if start - n - 1 >= c_start
                 and registration_mark_end(text, start - n - 1) == start), start)


def _zh_free(text: str, m: Mention, c_start: int) -> bool:
    """An organisation not governed by a preposition and not modifying a noun."""
    start = m.start
    while start > c_start and text[start - 1] in _ZH_NAME_MARKS:
        start -= 1   # `和「美國進步中心」`: the quote marks around a name are not between it and its preposition
    start = _zh_past_mark(text, start, c_start)
    before = text[max(c_start, start - 2):start]
    if before[-1:] in _ZH_PLACE_PREPOSITIONS:
        return False
    if before[-1:] in zh.BEFORE_ROLE or before in zh.BEFORE_ROLE:
        return False
    described = _ZH_DESCRIBED_AFTER.search(text, max(c_start, start - 12), start)
    if described and described.group("p") in zh.BEFORE_ROLE:
        return False   # `與德國能源企業萊茵能源集團簽署`: the preposition governs the name its kind of body describes
    if _zh_preposition_over_place(text, c_start, start) in zh.BEFORE_ROLE:
        return False   # `與新加坡職總平價合作社簽署`: likewise over the place the body is in
    after = text[_zh_skip_bracket(text, m.end):][:4]
    return not after.startswith(zh.MODIFIER_AFTER + zh.INVESTING_AFTER)


# A preposition, then a kind of body (a place before it allowed) right before a name (folded to
# Simplified): `与德国能源企业`, `和日本车厂`.
_ZH_DESCRIBED_AFTER = re.compile(r"(?P<p>[与和同跟向由对])[\u4e00-\u9fff]{0,6}?(?:企业|公司|机构|厂商|供应商|制造商|运营商|"
                                 r"集团|银行|大学|组织|协会|平台|车厂|大厂|药厂|基金)$")


# A clause that opens with the head of a body and a name, speaking (`局長王銘德指出`), folded to
# Simplified: the title, and the ending of the body's name it heads.
_ZH_HEADED = {"局长": ("局",), "处长": ("处", "處"), "署长": ("署",), "主委": ("委员会", "委員會"),
              "主任委员": ("委员会", "委員會"), "馆长": ("馆", "館")}
_ZH_HEAD_TITLE = re.compile(r"\s*(?:副)?(?P<title>" + "|".join(_ZH_HEADED) + r")\s?[\u4e00-\u9fff]{2,4}\s?(?:表示|指出|说明|强调|提到)")


# A name at a clause's head (folded), then what it does: an adverb of time or manner, or a verb of telling.
_ZH_NAME_AT_HEAD = re.compile(r"[\s，,]*([\u4e00-\u9fff]{4,8}?)(?=今日|今天|昨日|日前|近日|已|将|也|亦|正式|宣布|表示|指出|称|于|在|与|和)")


# Words for people or units in general that end a description, not a name (folded).
_ZH_GENERIC_ACTORS = ("部门", "单位", "人员", "机构", "企业", "厂商", "业者", "团队", "民众", "市民", "学生", "选手", "代表",
                      "人士", "家长", "居民", "游客", "旅客", "志工", "义工", "店家", "摊商", "农民", "农友")


def _zh_unknown_head(ctx: Context, text: str, c_start: int, until: int, mentions: list[Mention]) -> bool:
    """The clause opens with a body's name that no record holds (`星河智能宣布`, `星河医疗已于…`): four
    to eight characters no dictionary word, place or person, before what it does. A coined
    company name, whose clauses are its own: the subject told before does not carry into them."""
    if any(m.start < until for m in mentions):
        return False
    m = _ZH_NAME_AT_HEAD.match(text, c_start)
    if m is None or m.end(1) > until or any(d["start"] < m.end(1) for d in ctx.dates_in(c_start, until)):
        return False
    name = m.group(1)
    # (four characters at least: a person's name is two or three; the entity model's people are not
    # asked, as it reads coined company names as people's)
    if name.startswith(zh.PERSON_OPENERS + zh.THING_OPENERS + tuple(zh.ANAPHORS) + tuple(zh.GROUPS)) \
            or is_place(name) or in_dictionary(name):
        return False
    starts, words = pos_words(ctx.text)
    k = bisect.bisect_left(starts, m.start(1))
    inside = [w for w in words[k:] if w[0] < m.end(1)]
    # (nouns only, the last no word for people or units in general, `相关部门`, `参展厂商`: a company's
    # short name, `星河智能`; a place or a person's name in it is no company's)
    return bool(inside) and all(w[3] in ("n", "nz", "nt", "j", "ng", "nrt") for w in inside) \
        and not inside[-1][2].endswith(_ZH_GENERIC_ACTORS)


def _zh_head_speaking(text: str, c_start: int, c_end: int, disc: Discourse, orgs: list[dict]) -> dict | None:
    """The body whose head speaks in a clause that opens with the head's title and name (`局長王銘德指出`):
    the body of that kind told of last, else the first of the release's; none when there is none."""
    m = _ZH_HEAD_TITLE.match(text, c_start, c_end)
    if m is None:
        return None
    ends = _ZH_HEADED[m.group("title")]
    for o in [*reversed(disc.history), *orgs]:
        if fold_han(o["name"]).endswith(ends):
            return o
    return None


_ZH_JOINED = re.compile(r"[」』”》〉]?\s*[、及和与暨]\s*[「『“《〈]?")


# The linking and time words a clause may open with before its subject (folded to Simplified), a month and a
# day among them (`去年11月縣府曾邀集…`).
_ZH_HEAD_TIME = re.compile(r"^(?:(?:此外|另外|同时|目前|随后|此前|其中|今年|去年|明年|近日)\s*|[0-9０-９]{1,2}\s?月\s?(?:[0-9０-９]{1,2}\s?日)?\s*)+")


def _zh_referred_topic(ctx: Context, text: str, c_start: int, disc: Discourse) -> dict | None:
    """A clause with no event that opens with a reference word for a body (`2025年，公司与浙江大学共建…`,
    `该公司…`): the body it stands for is the topic the clauses after it go on with."""
    head = _ZH_HEAD_TIME.sub("", text[c_start:c_start + 20].lstrip())
    for word, wants in sorted(zh.ANAPHORS.items(), key=lambda x: -len(x[0])):
        if head.startswith(word) and not head.startswith(zh.THING_OPENERS):
            return _zh_referent(ctx, word, wants, disc, c_start)
    return None


def _zh_referent(ctx: Context, word: str, wants: tuple[str, ...], disc: Discourse, c_start: int) -> dict | None:
    """What a reference word for a body at `c_start` stands for: `公司`, `本公司` the release's own company
    (the one told of most), though another was told of since (`公司预计…`); `该公司` and the rest the
    last one of its kind told of."""
    own = disc.main() if word in zh.OWN_COMPANY else None
    if own is not None and own.get("kind") in wants:
        return own
    return disc.resolve(wants, ctx.named_before(c_start))


def _zh_co_actors(text: str, mentions: list[Mention], topic: dict) -> list[dict]:
    """The organisations joined to a clause's topic by 與, 和, 及 or 、 right after it (`臺南市政府農業局與
    東山區農會為行銷…`): they act with it in what the sentence goes on to tell."""
    k = next((i for i, m in enumerate(mentions) if m.org is topic), None)
    out: list[dict] = []
    while k is not None and k + 1 < len(mentions) and _ZH_JOINED.fullmatch(text[mentions[k].end:mentions[k + 1].start]):
        k += 1
        out.append(mentions[k].org)
    return out


def _zh_topic(text: str, mentions: list[Mention], c_start: int, c_end: int) -> dict | None:
    """The organisation a clause opens with (`瑞康生物表示`), not one named later (`…还有X`)."""
    for m in mentions:
        head = re.sub(r"^(?:此外|另外|同时|目前|随后|此前|其中)", "", text[c_start:m.start].strip())
        if len(head) <= 2 and _zh_free(text, m, c_start) and not head.endswith(_ZH_OBJECT_VERBS):
            return m.org
    return None


# Verbs whose object the organisation after them is (folded to Simplified): `邀請中央大學…共同參與`
# opens with whom the speaker invites, not with who acts.
_ZH_OBJECT_VERBS = ("邀请", "邀", "请", "委托", "感谢", "欢迎", "协助", "辅导", "补助", "鼓励")


# A clause that opens with a person named by a title no organisation acts through (a head of
# state, an artist, an athlete: `賴清德副總統訪問…`, `畫家洪茂源出生於…`, `選手馬皓瑋奪下…`).
_ZH_PERSON_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:副?总统|总理|首相|老师|选手|教练|画家|艺术家|工艺家|球员)(?:[\u4e00-\u9fff]{2,3})?"
                             r"(?:于|在|今年|去年|曾|也|亦|更|于民国|\d|[，,\s]|$)")


def _zh_subject(ctx: Context, text: str, main: Trigger, mentions: list[Mention], c_start: int, disc: Discourse):
    before = [m for m in mentions if m.end <= main.start]
    if main.type in ("meeting", "launch", "other"):
        # `由農業局主辦的芒果節今日開幕`: the body that organises what is held holds it
        host = next((m for m in before if text[max(c_start, m.start - 1):m.start] == "由"
                     and _ZH_ORGANISES.match(text, _zh_skip_bracket(text, m.end))), None)
        if host is not None:
            return host.org, "explicit", []
    governed: set[int] = set()
    for k, m in enumerate(before):
        if not _zh_free(text, m, c_start) or (
                k - 1 in governed and _ZH_COORD.fullmatch(text[before[k - 1].end:m.start])):
            governed.add(k)   # (`與宏碩電子、青禾基金會簽署`: a name listed after a governed one is governed too)
    free = [k for k in range(len(before)) if k not in governed]
    untitled = [k for k in free if not _zh_in_quoted_title(text, c_start, before[k])]
    if untitled:
        free = untitled   # (`高雄市政府舉行「高雄市與熊本市友好交流協定」簽署儀式`: a name in the title of what is
        # signed or held is no actor of the clause when one stands outside it)
    if free:
        k = free[-1]
        # `建興國中、長榮高中分別勇奪`: of names co-ordinated before the verb, the first
        while k > 0 and k - 1 not in governed and _ZH_COORD.fullmatch(text[before[k - 1].end:before[k].start]):
            k -= 1
        return before[k].org, "explicit", []
    head = _ZH_HEAD_TIME.sub("", text[c_start:main.start])
    for word, n in zh.GROUPS.items():
        if head.startswith(word):
            return None, "none", disc.members(n, deal=word in ("双方", "各方"))
    if head.startswith(zh.THING_OPENERS):
        return None, "none", []
    if head.startswith(zh.DELEGATIONS) and disc.visitor is not None:
        return disc.visitor, "explicit", []
    for word, wants in sorted(zh.ANAPHORS.items(), key=lambda x: -len(x[0])):
        if head.startswith(word):
            return _zh_referent(ctx, word, wants, disc, c_start), "explicit", []
    if head.startswith(zh.PERSON_OPENERS) or _ZH_PERSON_HEAD.match(head):
        # `該街友於7月22日自行辦理出院`, `一名女子上月25日…返台`: the clause is about someone who is no
        # organisation (a reference word for a body was matched above)
        return None, "none", []
    if main.type == "appointment":
        after = [m for m in mentions if m.start >= main.end]
        if after:
            return after[0].org, "explicit", []
    if _zh_unknown_head(ctx, text, c_start, main.start, mentions):
        disc.unknown = True   # `星河智能宣布，已完成…收购`: a body no record names acts, and goes on acting
        return None, "none", []
    last = disc.last()
    return last, ("carried" if last else "none"), []


# What a body does to what is held, after `由` and its name (folded to Simplified): organising it.
_ZH_ORGANISES = re.compile(r"\s?(?:主办|举办|主持|承办|办理|主导|发起|策划|筹办)")


# After a person's name at a clause's head (folded to Simplified): a time, a place or an adverb
# (`王大明於1990年`, `王大明曾`, `王大明，`), the person is what the clause is about.
_ZH_AFTER_PERSON = re.compile(r"\s?(?:于|在|曾|也|亦|更|已|将|今年|去年|自|从|\d|[，,])")


def _zh_person_head(ctx: Context, text: str, c_start: int, before: int, mentions: list[Mention]) -> bool:
    """A person the entity model found heads the clause: before its event word, no organisation's
    name before the person's, and a time, a place or an adverb right after the name."""
    k = bisect.bisect_left(ctx.people, (c_start, -1))
    if k == len(ctx.people) or ctx.people[k][0] >= before:
        return False
    s, e = ctx.people[k]
    if _ZH_HEAD_BEFORE_PERSON.fullmatch(text, c_start, s):
        return False   # `部長彭啓明於10日…簽署`: the body's head, named after the title, acts for the body the clause is about
    return not any(m.start < s for m in mentions) and _ZH_AFTER_PERSON.match(text, e) is not None


# The title of a body's head opening a clause before the head's name (folded to Simplified): the speaking
# heads' titles above and those of ministries, councils, cities and counties.
_ZH_HEAD_BEFORE_PERSON = re.compile(r"[\s，,]*(?:副)?(?:" + "|".join((*_ZH_HEADED, "部长", "院长", "市长", "县长", "司长", "厅长"))
                                    + r")\s*")


_ZH_NAME_MARKS = "「『“《〈（("
# A clause that opens with a purpose, a cause or a means (folded to Simplified): adverbial, no actor of its own.
_ZH_PURPOSE = re.compile(r"\s*(?:为了|为|因应|配合|针对|随着|透过|通过|基于|鉴于|为使|为让"
                         # a clause that opens with a time or an adverb has no subject of its own: the
                         # speaker's (`經發局表示，今年特別規劃系列活動，首場於…舉辦`)
                         r"|今年|本年|明年|今日|今天|近年|近日|目前|此次|本次|这次|特别|也|亦|将|已|更|持续|积极|首度|首次|预计"
                         # or with a conjunction: the clause goes on with the same actor (`但需於路口處作業`)
                         r"|但|虽然|虽|因此|因为|由于|若|如果|以免|所以)")
_ZH_SPEAKS = re.compile(r"(?:表示|指出|说明|强调|认为|提到|说|称|透露)\s*$")
# Before a place: `于`, `假` (at), `至`, `到` (to): an organisation there is where it happened.
_ZH_PLACE_PREPOSITIONS = ("于", "假", "至", "到")
_ZH_COORD = re.compile(r"[」』”》〉]?\s*[、,，及和]\s*[「『“《〈]?")


def _zh_role(text: str, m: Mention, main: Trigger, c_start: int) -> str:
    start = _zh_past_mark(text, m.start, c_start)
    before = text[max(c_start, start - 1):start]
    role = zh.BEFORE_ROLE.get(before, "")
    listed = _ZH_LISTED_AFTER_WITH.search(text, max(c_start, m.start - 40), m.start)
    if not role and listed:
        role = zh.BEFORE_ROLE.get(listed.group("p"), "")   # (`與中華航空、長榮航空合作`: both are partners)
    if not role:
        role = zh.BEFORE_ROLE.get(_zh_preposition_over_place(text, c_start, m.start), "")
        # (`與新加坡職總平價合作社`: the country says where the body is)
    described = _ZH_DESCRIBED_AFTER.search(text, max(c_start, m.start - 12), m.start)
    if not role and described:
        role = zh.BEFORE_ROLE.get(described.group("p"), "")   # (`与德国能源企业莱茵能源集团`)
    after = text[_zh_skip_bracket(text, m.end):][:6]
    if main.type == "approval" and (m.start < main.start or after.startswith("的")):
        return "authority"
    if role == "partner":
        return "partner" if main.type != "approval" else "authority"
    if main.type == "investment" and after.startswith(zh.INVESTING_AFTER):
        return "partner"   # (`…、深创投跟投的C轮融资`: who put money in, as who led it after 由)
    if main.type in ("acquisition", "investment") and (m.start > main.start or role == "object"):
        return "object"
    return role or "other"


# A preposition, then a place before the name (`与新加坡`), folded to Simplified.
_ZH_PLACE_BEFORE = re.compile(r"(?P<p>[与和同跟向由对])(?P<place>[\u4e00-\u9fff]{2,5})$")


def _zh_preposition_over_place(text: str, c_start: int, start: int) -> str:
    """The preposition that governs a name over the place written before it (`与新加坡` + name), or ""."""
    placed = _ZH_PLACE_BEFORE.search(text, max(c_start, start - 8), start)
    return placed.group("p") if placed and is_place(placed.group("place")) else ""


# A name listed after another that a preposition governs (`與A、B`, `与A及B`), folded to Simplified: the
# preposition, the names before, the mark that lists this one.
_ZH_LISTED_AFTER_WITH = re.compile(r"(?P<p>[与同跟])[^，,。；;与同跟]{2,30}?[、及暨]$")


def _zh_status(text: str, c_start: int, main: Trigger, date: dict | None, anchor: str | None, prev: str | None) -> str:
    before = text[c_start:main.start]
    cleaned = before
    for w in zh.NOT_NEGATION:
        cleaned = cleaned.replace(w, "")
    if any(w in cleaned for w in zh.NEGATION):
        return "negated"
    if any(w in before for w in zh.PLANNED):
        return "planned"
    if any(w in before for w in zh.PAST):
        return "occurred"
    if before.lstrip().startswith(zh.COORDINATORS) and prev == "planned":
        return "planned"
    return "planned" if date is not None and _is_future(date, anchor) else "occurred"


# ----------------------------------------------------------------------------------- English

_EN_ANAPHOR = re.compile(en.ANAPHOR_RE, re.I)
_EN_PRONOUN = re.compile(en.PRONOUN_RE, re.I)
_EN_GROUP = re.compile(en.GROUP_RE, re.I)
_EN_NEG = re.compile(en.NEGATION, re.I)
_EN_PLAN = re.compile(en.PLANNED, re.I)
_EN_LEAD = re.compile(r"^(?:(?:" + "|".join(en.LEADING_PREPOSITIONS) + r")\b[^,]{0,80},\s*|(?:last|this|next|earlier|later)\s+"
                      r"\w+,\s*|(?:today|yesterday|meanwhile|separately|additionally|also),\s*)", re.I)
# A lower-case word right after a subject's head is its verb (not `and`, `of`, a relative pronoun).
_EN_VERB_AFTER_HEAD = re.compile(r"\s+(?!(?:and|or|of|with|together|which|that|who|whose|in|at|for|to|on|from|by)\b)[a-z]+\b")
# (the second name's description before it, three words at most: `and Danish energy company Ørsted`)
_EN_COORD = re.compile(r"^\s*(?:\([^()]{0,80}\)\s*)*(?:,[^,]{0,80},)?\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _en_heads_its_sentence(text: str, s_start: int, subject: dict, mentions: list[Mention]) -> bool:
    """The subject of a sentence with no event stands before its verb: no lower-case word but an
    article or a sentence adverb before its first mention (`Early adopters include Delmont Foods`
    names a customer, no topic for `the company` after it)."""
    first = next((m for m in mentions if m.org is not None and m.org["org_key"] == subject["org_key"]), None)
    if first is None:
        return True
    return not any(w not in _EN_LEAD_WORDS for w in re.findall(r"\b[a-z][a-z'-]*\b", text[s_start:first.start]))


# Lower-case words that may stand before a sentence's subject.
_EN_LEAD_WORDS = frozenset({"the", "a", "an", "today", "also", "meanwhile", "separately", "additionally", "in", "on",
                            "of", "and", "as", "at", "for", "by", "with", "from", "to", "this", "that", "its", "our",
                            "last", "next", "earlier", "later", "since", "after", "before", "during", "year", "month",
                            "week", "quarter"})


# A sentence that tells again the deal just told, by its noun, and names its parties (`The funding round was
# led by A with participation from B`, `The transaction was arranged by …`), and the types of event each noun
# tells again; how far before the sentence before (characters) that event's sentence may end.
_EN_THE_DEAL_AGAIN = re.compile(r"\s*(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?P<what>round|financing|funding|investment|raise|"
                                r"deal|transaction|acquisition|agreement|partnership|facility|loan)\s+(?:was|were|is|has\s+been)\s+"
                                r"(?:co-)?(?:led|joined|backed|arranged|funded|financed|anchored|signed|advised|underwritten)\b")
_EN_DEAL_TYPES = {"round": ("investment",), "financing": ("investment",), "funding": ("investment",),
                  "investment": ("investment",), "raise": ("investment",), "deal": ("agreement", "acquisition", "investment"),
                  "transaction": ("acquisition", "investment", "agreement"), "acquisition": ("acquisition",),
                  "agreement": ("agreement",), "partnership": ("agreement",), "facility": ("agreement", "investment"),
                  "loan": ("agreement", "investment")}
EN_DEAL_AGAIN_REACH = 400


def _english(ctx: Context) -> list[dict]:
    text = ctx.text
    events: list[dict] = []
    disc = Discourse()
    dl = ctx.doc._.dateline
    # A wire release's lede reports what happens on the day of its dateline (`SAN FRANCISCO, July
    # 21, 2025 /PRNewswire/ – Hanbit has made a strategic investment in …`): its happenings that
    # state no date of their own take the dateline's (an announcement alone is never one).
    lede_date = next((t for t in ctx.doc._.timexes or [] if dl and dl.get("date") and t.get("value") == dl["date"]
                      and dl["start"] <= t["start"] and t["end"] <= dl["end"]), None)
    for n_sent, (s_start, s_end, _toks) in enumerate(ctx.sentences):
        prev_sentence_start = ctx.sentences[n_sent - 1][0] if n_sent else s_start
        sent = text[s_start:s_end]
        trigs = en_triggers(sent, s_start, ctx.blocked)
        mentions = ctx.mentions_in(s_start, s_end)
        told_again = _EN_THE_DEAL_AGAIN.match(sent)
        if told_again and mentions and not ctx.dates_in(s_start, s_end):
            # `… raised $10 million in Series A funding. The round was led by A with participation from
            # B`: the deal just told, its parties named after it
            kinds = _EN_DEAL_TYPES.get(told_again.group("what").lower(), ())
            last = next((e for e in reversed(events) if e["type"] in kinds
                         and e["sentence"]["end"] >= prev_sentence_start - EN_DEAL_AGAIN_REACH), None)
            if last is not None:
                for m in mentions:
                    _add(last["participants"], m.org, "partner")
                continue
        subject, how, members, chain = _en_subject(ctx, text, s_start, s_end, trigs, mentions, disc)
        if not trigs:
            if subject is not None and how == "explicit" and _en_heads_its_sentence(text, s_start, subject, mentions):
                disc.add(subject)
            continue
        # (not a clock time with no day, `at 10 a.m.`, which the dates stage puts on the release date)
        dates = [d for d in ctx.dates_in(s_start, s_end) if not _EN_POSSESSIVE_AFTER.match(text, d["end"])
                 and not (len(str(d["value"])) == 4 and _EN_LIST_EDITION_BEFORE.search(text, max(s_start, d["start"] - 24), d["start"]))
                 and not (d.get("type") == "TIME" and not _EN_DAY_WORD.search(text, d["start"], d["end"]))]
        dates = sorted(dates + _en_opening_years(ctx, s_start, s_end), key=lambda d: d["start"])
        at_gathering = None
        if _EN_AT_GATHERING.match(sent):
            last_meeting = next((e for e in reversed(events) if e["type"] == "meeting"), None)
            if last_meeting is not None and last_meeting["sentence"]["start"] >= prev_sentence_start:
                at_gathering = next((t for t in ctx.timexes if t["start"] == last_meeting["date"]["start"]), None)
        claimed: set[int] = set()
        carried: dict | None = None
        held: tuple | None = None   # an announcement whose news follows it in the sentence
        fronted = _en_fronted_date(text, s_start, dates, trigs)
        told = _en_trailing_report(text, s_end, trigs, dates)

        def emit(k: int, trig: Trigger, date: dict, own: bool) -> None:
            prev_end = trigs[k - 1].end if k else s_start
            region_end = trigs[k + 1].start if k + 1 < len(trigs) else s_end
            inner = _en_reported_subject(text, trig, mentions, s_start)
            relative = _en_relative_subject(text, trig, mentions, s_start)
            if relative is not None and relative is not subject:
                # `companies such as Rebellions, which raised $250 million`: the name the relative clause
                # hangs on acts in it, not the sentence's subject
                parts = _en_participants(text, trig, region_end, relative, [], [], mentions, s_start)
            elif inner is not None and inner is not subject and trig.type not in _GRANTED:
                # `A today announced that Norvane Capital has invested …`: the body the reported clause names
                # acts; the one that reports it takes part
                parts = _en_participants(text, trig, region_end, inner, [], [], mentions, s_start)
                _add(parts, subject, "other")
            else:
                parts = _en_participants(text, trig, region_end, subject, members, chain, mentions, s_start)
                if inner is not None and inner is not subject:
                    # `A announced that the FDA has approved its test`: what an authority grants, the one
                    # that reports it received (as `approved by the FDA`); the authority takes part
                    _add(parts, inner, "authority")
            status = _en_status(text, prev_end if k else s_start, trig, date, ctx.anchor)
            events.append(_event(ctx, trig, date, parts, (s_start, s_end), status, how, own))

        for k, trig in enumerate(trigs):
            prev_end = trigs[k - 1].end if k else s_start
            next_start = trigs[k + 1].start if k + 1 < len(trigs) else s_end
            stop = text.find(";", trig.end, next_start)
            limit = stop if stop >= 0 else next_start
            after = [d for d in dates if trig.end <= d["start"] < limit and d["start"] not in claimed
                     and not _EN_YEAR_MODIFIER.fullmatch(text, max(s_start, d["start"] - 6), d["end"] + 2)
                     and not (trig.type == "announcement" and (_EN_PERIOD_BEFORE.search(text, max(s_start, d["start"] - 8), d["start"])
                                                                or _EN_PERIOD_AFTER.match(text, d["end"])))
                     and not (k + 1 < len(trigs) and _EN_FRONTED.search(text, trig.end, d["start"]))
                     and not _en_relative_dates(text, trig.end, d["start"])
                     and not _en_inside_relative(text, s_start, trig, d["start"])
                     and not _en_opens_a_clause(text, trig.end, d)
                     and not _en_purpose_deadline(text, trig.end, d["start"])
                     and not _en_outcome_awaited(text, trig.end, d["start"])
                     and not _en_prior_step(text, trig.end, d["start"])
                     and not (trig.type == "agreement" and _EN_TERM_BEFORE.search(text, max(s_start, d["start"] - 30), d["start"]))]
            before = [d for d in dates if prev_end <= d["start"] and d["end"] <= trig.start and d["start"] not in claimed
                      and not (trig.type != "announcement" and _EN_FIGURES_AFTER.match(text, d["end"]))
                      and not _EN_AND_PREDICATE.fullmatch(text, d["end"], trig.start)]
            own = True
            date = after[0] if after else (before[-1] if before else None)
            if trig.type == "announcement" and before and not text[before[-1]["end"]:trig.start].strip() \
                    and not (after and not text[trig.end:after[0]["start"]].strip(" ,")):
                # `A today announced that it will present at a congress on October 17`: the day of
                # the announcing is the one before the verb, not a date of what is announced
                date = before[-1]
            if trig.type == "announcement" and before and trig.lemma not in ("announced", "announces", "announce"):
                date = before[-1]   # `On April 23, Linklogis released its first-quarter results`: the period is no date of it
            if trig.type == "announcement" and date is not None and any(t.type != "announcement" for t in trigs[k + 1:]):
                carried = date
                claimed.add(date["start"])
                if _EN_REPORTED_FIGURES.match(text, trig.end):
                    emit(k, trig, date, True)   # `today reported third-quarter results and unveiled …`: the
                    continue                    # results are news of their own; what follows is dated by the day too
                held = (k, trig, date)
                continue
            if date is not None and carried is not None and _EN_EFFECT_BEFORE.search(text, max(s_start, date["start"] - 25), date["start"]):
                date = None   # `announced today that … appointed … with effect from January 1`: dated today
            if date is None and carried is not None:
                # `A today announced that it has signed an agreement with B`: the news is the
                # agreement, dated today; announcing it is no event of its own (the guide). An
                # announced plan with a date of its own keeps both (`announced today … to open in 2026`)
                date, own, held = carried, False, None
            if date is None and trig.type in ("award", "designation") and not (told is not None and k < len(trigs) - 1):
                # `won the 2023 Farm Innovation Challenge`, `was named to the 2025 Cloud 100 list`: a
                # prize or a list named with its year was won or made that year (unless a report after it
                # dates the news: `has received the 2026 … Award, the bank announced today`)
                date = next((t for t in ctx.name_years if trig.end <= t["start"] < min(limit, trig.end + _EN_PRIZE_YEAR_REACH)
                             and not ctx.blocked(t["start"])), None)
                own = date is not None
                if date is not None and trig.type == "designation" and _EN_HONOUR.match(text, date["end"]):
                    trig = dataclasses.replace(trig, type="award")   # `selected as a 2024 Top 10 New Product`: an honour
            if date is None and trig.type in _EN_AT_EDITION:
                # `debuted at CES 2024`, `took part in KES 2024`: what happens at an edition of a named
                # event happens in the edition's year
                date = next((t for t in ctx.name_years if trig.end <= t["start"] < limit and not ctx.blocked(t["start"])
                             and _EN_EDITION_BEFORE.fullmatch(text, trig.end, t["start"])), None)
                own = date is not None
            if told is not None and k == len(trigs) - 1 and any(e["date"]["start"] == told["start"] and e["sentence"]["start"] == s_start
                                                              for e in events):
                continue   # the report after the news (`…, the company announced today`) was the news's date, no event
            if date is None and told is not None and k < len(trigs) - 1:
                # `Jane Park has joined Hanbit as CFO, the company announced today`: news told before its report
                # is dated by the report (the guide: the news, not the wrapper)
                date, own = told, False
            if date is None and fronted is not None and k > 0 and trig.type != "announcement" \
                    and not any(d["start"] > fronted["end"] and d["end"] <= trig.start for d in dates):
                # `In May 2025, A opened an office in Tokyo and signed an agreement with B`: the date set
                # before the sentence's first verb dates each verb of it that has none of its own
                date, own = fronted, False
            if date is None and at_gathering is not None:
                # `… joined a welcome reception yesterday (June 25). During the reception, InvestHK
                # announced …`: what is told as done at the gathering just dated is dated by it
                date, own = at_gathering, False
            if date is None and n_sent == 0 and lede_date is not None and s_start - ctx.body_start < 5 and (
                    # (dates of the sentence taken by happenings told before it, `X, founded in 2015, has
                    # launched …`, leave it undated)
                    (trig.type != "announcement" and not [d for d in dates if d["start"] not in claimed and not (
                        trig.type == "agreement" and _EN_TERM_BEFORE.search(text, max(s_start, d["start"] - 30), d["start"]))])
                    # results announced in the lede (`announced its interim results for the six months
                    # ended 30 June 2025`) are the day's news; the period's dates are not theirs
                    or (trig.type == "announcement" and _EN_RESULTS_AFTER.match(text, trig.end)
                        and all(_EN_PERIOD_BEFORE.search(text, max(s_start, d["start"] - 8), d["start"]) for d in dates))):
                date, own = lede_date, False
            if date is None and lede_date is not None and not dates and trig.type == "appointment" \
                    and re.fullmatch(r"[a-z]+s", trig.text) and not _EN_PLAN.search(text, max(s_start, trig.start - 40), trig.start):
                # `Q.ANT welcomes Sue Meng … to its advisory board`: news told in the present, undated in a
                # release's body, is the dateline's
                date, own = lede_date, False
            if date is None and lede_date is not None and all(d["start"] in claimed for d in dates) and trig.type != "announcement":
                # `Northbay also announced a $10 million loan fund and a partnership with …`: news the
                # release announces in its body with no date of its own is the dateline's news (the
                # sentence's dates taken by other happenings: `… will retire effective March 31, 2027, and
                # that the board has appointed …`)
                if _EN_ANNOUNCED_TODAY.search(text, s_start, trig.start) or (
                        _EN_ANNOUNCED_THEN.search(text, s_start, trig.start) and _EN_AND_THAT.search(text, s_start, trig.start)):
                    date, own = lede_date, False
            if date is None:
                continue
            if own:
                claimed.add(date["start"])
            if held is not None and own and trig.type != "announcement" and date.get("bounds") and held[2].get("bounds") \
                    and date["bounds"][1] < held[2]["bounds"][0]:
                held = None   # `announced that its drone completed its maiden flight on Tuesday`: a fact done before the
                # announcing, with a day of its own, is the news (a plan with its own later date keeps both)
            emit(k, trig, date, own)
        if held is not None:
            emit(*held, True)
        if subject is not None:
            disc.add(subject)
        if events and events[-1]["sentence"]["start"] == s_start:
            disc.note_parties(events[-1]["participants"], events[-1]["type"], ctx.orgs)
    return events


# A report after the news it tells, closing the sentence (`…, the company announced today`, `…, Hanbit
# announced on Monday`): a comma, who reports (a pronoun, `the company`, or a name), the verb, and its date.
_EN_TRAILING_REPORT = re.compile(r",\s+(?:the\s+(?:company|companies|firm|group|startup|agency|ministry|university|bank|credit\s+union|"
                                 r"institute|foundation|association|hospital|college|council|department|organi[sz]ation)|it|they|"
                                 r"(?:the|both)\s+(?:two\s+|three\s+)?(?:organi[sz]ations|partners|companies|parties|firms|groups)|"
                                 r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4})\s+$")


_EN_REPORT_TO_DATE = re.compile(r"[\s,]*(?:on\s+)?")


def _en_trailing_report(text: str, s_end: int, trigs: list[Trigger], dates: list[dict]) -> dict | None:
    """The date of a report that closes its sentence after the news it tells (`Jane Park has joined
    Hanbit as CFO, the company announced today.`), or None."""
    # (`said` is no trigger: a report that says so dates the news as any date after it does)
    if len(trigs) < 2 or trigs[-1].type != "announcement" or trigs[-1].lemma not in ("announced", "announces"):
        return None
    if trigs[-2].type == "announcement" or not _EN_TRAILING_REPORT.search(text, trigs[-2].end, trigs[-1].start):
        return None
    return next((d for d in dates if trigs[-1].end <= d["start"] < s_end
                 and _EN_REPORT_TO_DATE.fullmatch(text, trigs[-1].end, d["start"])), None)


# A relative clause with its own verb between a trigger and a date (`Awards were made to A, which will build
# … by the end of 2028`, `follow a comment period that closed on September 30`): the date is that verb's.
_EN_WHICH = r"(?:,\s*which|\bthat|,\s*who)"
_EN_RELATIVE_BETWEEN = re.compile(_EN_WHICH + r"\s+(?:will\s+|would\s+|has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?"
                                  r"(?:been\s+)?[a-z]+(?:ed|s)?\b(?!\s+(?:to|of)\b)")
def _en_relative_dates(text: str, start: int, date_start: int) -> bool:
    """A relative clause with a verb of its own, active, opens between `start` and the date and runs on to
    it (no comma closes it first); not one that tells when the gathering named before it is held (`at
    Gastech 2025, which runs from September 9 to 12`), whose days are those of what happens there."""
    return any("," not in text[m.end():date_start] and not _EN_HELD_WHEN.match(text, m.start())
               and not _EN_PASSIVE_RELATIVE.match(text, m.start())
               for m in _EN_RELATIVE_BETWEEN.finditer(text, start, date_start))


def _en_opens_a_clause(text: str, trig_end: int, d: dict) -> bool:
    """The date opens a clause of its own after `, and` (`was certified as a B Corporation, and in August it
    joined …`): a subject and its verb follow it."""
    return _EN_AND_BEFORE.search(text, max(trig_end, d["start"] - 12), d["start"]) is not None \
        and _EN_SUBJECT_AFTER.match(text, d["end"]) is not None


_EN_AND_BEFORE = re.compile(r",\s+(?:and|but|while)\s+(?:in|on|since|by|from)?\s*$")
_EN_SUBJECT_AFTER = re.compile(r",?\s+(?:it|they|we|he|she|the\s+(?:company|bank|firm|group|agency|university))\s+[a-z]+")


def _en_inside_relative(text: str, s_start: int, trig: Trigger, date_start: int) -> bool:
    """The trigger is told in a relative clause set off by commas that closes before the date (`The
    transaction, which has been approved by both boards, is expected to close in the first quarter`):
    the date is the main clause's."""
    opened = None
    for opened in _EN_RELATIVE.finditer(text, s_start, trig.start):
        pass
    return opened is not None and "," not in text[opened.end():trig.start] \
        and _EN_MAIN_VERB_AFTER_COMMA.search(text, trig.end, date_start) is not None


# A comma, then the main clause's verb (`…, is expected to`): the comma that closes a relative clause (not
# one inside a name, `the Agency for Science, Technology and Research`).
_EN_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|"
                                       r"remains?|expects?|plans?)\b")


def _en_outcome_awaited(text: str, start: int, date_start: int) -> bool:
    """An outcome awaited, in an absolute phrase after the happening, runs on to the date (`submitted an
    application to the EMA, with a decision expected in 2027`): the date is the decision's."""
    return any("," not in text[m.end():date_start] for m in _EN_OUTCOME_EXPECTED.finditer(text, start, date_start))


# … the phrase (`with a decision expected in …`, `with topline data anticipated by …`).
_EN_OUTCOME_EXPECTED = re.compile(r"\bwith\s+(?:a|an|the|its|their)?\s*(?:final\s+|regulatory\s+|topline\s+|top-line\s+)?"
                                  r"(?:decision|ruling|opinion|verdict|response|readout|results?|data)\s+(?:is\s+|are\s+)?"
                                  r"(?:expected|anticipated|due|scheduled|slated)\b")


# … nor one in the passive, which tells of the thing before it (`a plant in Ohio, which will be completed in
# March 2027`: the plant's completion dates its opening).
_EN_PASSIVE_RELATIVE = re.compile(_EN_WHICH + r"\s+(?:will\s+be|is|are|was|were|has\s+been|have\s+been|had\s+been)\s+\w+ed\b")
_EN_HELD_WHEN = re.compile(_EN_WHICH + r"\s+(?:will\s+|is\s+|was\s+)?(?:run|runs|ran|take|takes|took|held|be\s+held|"
                           r"open|opens|opened|begin|begins|began|start|starts|started|place|scheduled|"
                           r"close|closes|closed|took\s+effect|takes\s+effect|became\s+effective|becomes\s+effective)\b")
# (… or when the deal named before it closes: `completed its acquisition of A, which closed on August 1`)


# A date that ends the predicate before a co-ordinated one (`joined the collection in 2023 and was ranked
# No. 7 on …`): the date is the first predicate's, not the trigger's right after `and`.
_EN_AND_PREDICATE = re.compile(r",?\s+and\s+(?:it\s+|then\s+|also\s+)?(?:(?:was|were|is|are|has|have|had|will)\s+)?(?:been\s+|be\s+)?(?:also\s+)?")


def _en_prior_step(text: str, start: int, date_start: int) -> bool:
    """A step before the happening, in a phrase after it, runs on to the date (`launched AuraScan 3 in
    Europe, following CE Mark certification in October`): the date is the step's."""
    return any("," not in text[m.end():date_start] for m in _EN_PRIOR_STEP.finditer(text, start, date_start))


# … the phrase, set off by a comma (`, following …`, `, after …`, `, on the heels of …`).
_EN_PRIOR_STEP = re.compile(r",\s+(?:following|after|on\s+the\s+heels\s+of|in\s+the\s+wake\s+of|building\s+on)\s+(?:the\s+|its\s+|a\s+|an\s+)?[a-zA-Z]")


# The release's own announcing, today (`also announced`, `today announced`, `announced today`), right before
# what it announces.
_EN_ANNOUNCED_TODAY = re.compile(r"\b(?:(?:also|today|additionally)\s+announced|announced\s+today)\s+(?:that\s+)?"
                                 r"(?:it\s+(?:has|had|will)\s+)?(?:[\w$.,%-]+\s+){0,10}?$")
# … or in a second reported clause of it (`also announced that A will retire …, and that the board has appointed B`).
_EN_ANNOUNCED_THEN = re.compile(r"\b(?:also|today|additionally)\s+announced\s+that\b|\bannounced\s+today\s+that\b")
_EN_AND_THAT = re.compile(r",?\s+and\s+that\s+(?:[\w$.,%-]+\s+){0,10}?$")
# A year that opens a sentence after its preposition and a comma (`In 2023, Hanbit Labs was …`), which
# the dates stage reads as part of a capitalised name (`In 2023`): it dates the sentence's happenings.
_EN_OPENING_YEAR = re.compile(r"[\s•*·\-–]*(?:(?:Also|Back|Early|Late|Later|Earlier)\s+in|In|During|Throughout)\s+$")


def _en_opening_years(ctx: Context, s_start: int, s_end: int) -> list[dict]:
    return [t for t in ctx.name_years if s_start <= t["start"] and t["end"] <= s_end and not ctx.blocked(t["start"])
            and _EN_OPENING_YEAR.fullmatch(ctx.text, s_start, t["start"]) and ctx.text.startswith(",", t["end"])]


# A date set before the subject as the sentence's frame (`In May 2025,`, `Last year,`, `On June 2,`,
# `Since the beginning of the year,`): its words before it are prepositions only, a comma or the
# subject after it.
_EN_FRAME_BEFORE = re.compile(r"[\W_]*(?:(?:in|on|during|since|throughout|at|by|early|late|the|beginning|start|end|of|earlier|later)\s+)*", re.I)


def _en_fronted_date(text: str, s_start: int, dates: list[dict], trigs: list[Trigger]) -> dict | None:
    d = dates[0] if dates else None
    if d is None or not trigs or d["end"] > trigs[0].start or not _EN_FRAME_BEFORE.fullmatch(text, s_start, d["start"]) \
            or not (text.startswith(",", d["end"]) or _EN_SUBJECT_NEXT.match(text, d["end"])):
        return None
    return d


# Without a comma, the subject right after the date still shows it set before the sentence (`Last spring
# Quillfeather signed … and launched …`, `In March 2026 the company …`).
_EN_SUBJECT_NEXT = re.compile(r"[^\S\n](?:the\s+)?(?-i:[A-Z])[\w&.'’-]*|[^\S\n](?:it|we|they)\s"
                              r"|[^\S\n]the\s+(?:company|firm|group|bank|startup|agency|ministry|city|university|partners)\b", re.I)


# A date that opens the next clause (`hosted a reception, and on October 15 it signed …`, `…; in
# 2024 it opened …`) is the next verb's, not the one before: the text before it ends on a clause
# boundary and the date's preposition.
_EN_FRONTED = re.compile(r"(?:,\s*(?:and|but|while|then|before|after)|;|\band then)\s+(?:on|in|by|from|at|during)?\s*(?:the\s+)?$", re.I)


# A sentence told as happening at the gathering just named (`During the reception,`, `At the forum,`).
_EN_AT_GATHERING = re.compile(r"(?:During|At|On the sidelines of)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:" + en.HOSTED
                              + r"|event|visit|session)s?\s*,", re.I)
# A word of a day in a time's text (`6:30 p.m. on Friday`, `today at 8:00 a.m.`, not `10 a.m.`).
_EN_DAY_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|"
                          r"tonight|yesterday)|\d{1,4}[/-]\d{1,2}", re.I)
# A year that modifies the noun after it (`approved the 2023 financial statements`): no date of the verb.
_EN_YEAR_MODIFIER = re.compile(r".*\b(?:the|its|their|our)\s(?:19|20)\d\d\s(?-i:[a-z])", re.S)
# A period named as the modifier of figures (`third-quarter revenue of KRW 18.2 trillion`, `2025 sales`): the
# figures', no date of a happening told after them in the sentence (`… and unveiled the Aurora EV`).
_EN_FIGURE_NOUNS = r"(?:results|earnings|revenues?|sales|profits?|net\s+income)"
_EN_FIGURES_AFTER = re.compile(r"[\s-]+(?:\w+\s+){0,2}?(?:" + _EN_FIGURE_NOUNS + r"|figures|performance)\b", re.I)
# Results or figures right after the verb that reports them (`reported third-quarter revenue of …`, `announced its
# first-half results`).
_EN_REPORTED_FIGURES = re.compile(r"\s+(?:its\s+|the\s+|their\s+|record\s+)?(?:[\w-]+\s+){0,3}?" + _EN_FIGURE_NOUNS + r"\b", re.I)
# A period that results or figures are for (`results for the first half of 2026`): no date of the telling.
_EN_PERIOD_BEFORE = re.compile(r"\b(?:for|in|ended|ending)\s+(?:the\s+)?$", re.I)
# Results named after the verb that announces them (`announced its interim results`).
_EN_RESULTS_AFTER = re.compile(r"\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:results|earnings)\b", re.I)
# … or the period named as the results' modifier (`report fourth-quarter and full-year 2024 results
# on February 27`): the date of the telling is the one after.
_EN_PERIOD_AFTER = re.compile(r"(?:\s*(?:and|&)\s+[\w-]+(?:\s+\d{4})?)?\s+(?:[\w-]+\s+){0,2}?(?:results|earnings)\b", re.I)


# A year's list that ranks or honours (`a 2024 Top 10 New Product`, `2025 Best Places to Work`): being
# put on it is an award.
_EN_HONOUR = re.compile(r"\s+(?:[\w&'’-]+\s+){0,3}?(?:Top\s+\d+|Best|Winners?|Honou?rees?|Finalists?|Award)\b")
# What happens at an edition of a named event (`unveiled … at CES 2025`, `participated in KES 2024`):
# the edition's name right before its year, after `at` or `in`, a few words after the verb.
_EN_AT_EDITION = {"launch", "meeting", "award", "other", "agreement"}
_EN_EDITION_BEFORE = re.compile(r"\s*(?:[\w$%&'’,-]+\s+){0,6}?(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}")
# Characters between an award's verb and the year in the prize's name (`won the 2023 …`), at most.
_EN_PRIZE_YEAR_REACH = 20
# A date that only qualifies a noun (`this year's exhibition`, `2024's results`) dates no happening.
_EN_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# A year that names a list's or a ranking's edition (`named to the … list for 2026`): not the day it was named.
_EN_LIST_EDITION_BEFORE = re.compile(r"\b(?:list|lists|ranking|rankings|index|honou?rees|class|cohort)\s+(?:for|of)\s+(?:the\s+year\s+)?$", re.I)


# A purpose told after the happening, with its deadline (`signed an agreement … to deliver 300 trucks by
# 2029`): an infinitive between the trigger and a date after `by`; the deadline is the purpose's.
_EN_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b|be\b)[a-z]+\b")
_EN_DEADLINE_BEFORE = re.compile(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+|end\s+of\s+|the\s+)?$")


def _en_purpose_deadline(text: str, start: int, date_start: int) -> bool:
    return _EN_DEADLINE_BEFORE.search(text, max(start, date_start - 20), date_start) is not None \
        and _EN_INFINITIVE.search(text, start, date_start) is not None


# A date a decision takes effect (`with effect from January 1, 2026`, `effective March 1`) dates it
# when nothing else does; announced today, the decision is today's news.
# The start or the span of a deal's term after its verb (`signed a five-year partnership …, starting with
# the 2026/27 season`, `… through 2030`): when the deal runs, not the day it was made.
_EN_TERM_BEFORE = re.compile(r"\b(?:starting|beginning|commencing|running|effective|valid)\s(?:with|from|in|on)?\s?(?:the\s)?$"
                             r"|\b(?:through|until|till)\s(?:the\s)?$")
_EN_EFFECT_BEFORE = re.compile(r"\b(?:with effect from|effective(?:\s+(?:from|as of|on))?)\s*$", re.I)


def _en_prep_before(text: str, start: int, s_start: int) -> str | None:
    """The preposition that governs the name at `start`, over what describes it (`with Osaka-based`, `with
    Japanese drugmaker`, `with the South Korean firm`): articles, places and peoples, `based`, kinds of firm."""
    words = re.findall(r"[A-Za-z]+", text[max(s_start, start - 40):start])
    while words and (words[-1].lower() in _EN_DESCRIBING or is_place(words[-1]) or is_demonym(words[-1])
                     or words[-1].lower() in en.ANAPHORS):
        words.pop()
    if not words:
        return None
    last = words[-1].lower()
    return last if last in en.PREPOSITIONS and en.PREPOSITIONS[last] else None


# Words between a preposition and the name it governs that describe the name (lower-cased).
_EN_DESCRIBING = frozenset({"the", "a", "an", "its", "their", "south", "north", "based"})


def _en_free_mentions(text: str, mentions: list[Mention], start: int) -> list[Mention]:
    """The mentions no preposition governs: not `with X`, nor a name listed after it (`in collaboration
    with Brightwell Research and the Norland Consortium`)."""
    governed: set[int] = set()
    i = 0
    while i < len(mentions):
        if not _en_prep_before(text, mentions[i].start, start):
            listed = _EN_LISTED_AFTER.search(text, max(start, mentions[i].start - 90), mentions[i].start)
            if listed and en.PREPOSITIONS.get(listed.group(1).lower()):
                governed.add(i)   # `with Ardent Research and the Westmere Consortium`, the first name no record
            i += 1
            continue
        j = i   # the list the governed name opens, up to its last name (`A, B and C`)
        while j + 1 < len(mentions) and _EN_LIST_GOES_ON.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            j += 1
        while j > i and not _EN_AND.search(text, mentions[j - 1].end, mentions[j].start):
            j -= 1   # a list ends on `and`: a comma alone may close a fronted phrase (`With Acme, Bolt Corp. …`)
        governed.update(range(i, j + 1))
        i = j + 1
    return [m for k, m in enumerate(mentions) if k not in governed]


def _en_subject(ctx: Context, text: str, s_start: int, s_end: int, trigs: list[Trigger], mentions: list[Mention],
                disc: Discourse):
    lead = _EN_LEAD.match(text[s_start:s_end])
    rest_start = s_start + (lead.end() if lead else 0)
    first_trig = next((t.start for t in trigs if t.start >= rest_start), s_end)
    free = _en_free_mentions(text, [m for m in mentions if rest_start <= m.start and m.end <= first_trig], rest_start)
    if not free and rest_start == s_start:
        free = _en_free_mentions(text, [m for m in mentions if m.end <= first_trig], s_start)
    rest = text[rest_start:first_trig]
    g = _EN_GROUP.match(rest)
    if g and (not free or free[0].start > rest_start + g.end()):
        n = en.GROUP_NUMBERS.get((g.group("n") or "").lower(), 0)
        deal = bool(re.search(r"partners|parties|sides", g.group(0), re.I))
        return None, "none", disc.members(n, deal=deal), []
    head = _EN_ANAPHOR.match(rest) or _EN_PRONOUN.match(rest)
    if free and head and rest_start + head.end() <= free[0].start \
            and _EN_VERB_AFTER_HEAD.match(text, rest_start + head.end(), free[0].start):
        free = []   # `the company received FDA clearance and partnered with …`: the anaphor acts, the name
        # after its verb is what the verb takes
    if free:
        owned = next((m for m in mentions if m.start > free[0].end and m.end <= first_trig
                      and _EN_OWNS.fullmatch(text, free[0].end, m.start)), None)
        if owned is not None:
            return owned.org, "explicit", [], []   # `Orvane Inc.'s subsidiary Pelling Labs opened …`: the subsidiary acts
        chain = [free[0].org]
        last = free[0]
        for m in mentions:
            if m.start > last.end and m.end <= first_trig and _EN_COORD.match(text[last.end:m.start]):
                chain.append(m.org)
                last = m
        return chain[0], "explicit", [], chain[1:]
    opener = _en_participial_opener(text, s_start, trigs, mentions)
    if opener is _UNKNOWN:
        return None, "none", [], []
    if opener is not None:
        return opener, "explicit", [], []
    a = _EN_ANAPHOR.match(rest)
    if a:
        return disc.resolve(en.ANAPHORS.get(a.group("head").lower(), ()), ctx.named_before(rest_start + a.start())), "explicit", [], []
    if _EN_PRONOUN.match(rest):
        return disc.last(), "carried", [], []
    if _EN_OWN_SITE.match(rest) and trigs:
        # `The facility is expected to be fully operational in H1 2026`: a site the release has been
        # telling of is its owner's, the organisation told of
        return disc.last(), ("carried" if disc.last() else "none"), [], []
    if re.match(r"(?:the|a|an)\s+[\w-]+", rest, re.I) and trigs:
        return None, "none", [], []   # `The Tuas plant is scheduled to open`
    if _EN_NAME_APPOSITION.fullmatch(rest) and trigs:
        return None, "none", [], []   # `Dovecote Data, founded in 2017,`: a name the stage does not know
    countries = _EN_COUNTRIES_HEAD.match(rest)
    if countries and trigs and all(is_country(c) or is_place(c) for c in countries.groups() if c):
        return None, "none", [], []   # `Korea and the UAE launched their partnership in 2018`: countries act, no body
    if _EN_NAME_HEAD.fullmatch(rest) and trigs and first_trig < s_end:
        return None, "none", [], []   # `Quillmark signed a deal with …`: a name the stage does not know acts (a body
        # or a person), not the one told of before

    return disc.last(), ("carried" if disc.last() else "none"), [], []


# A sentence that opens on a capitalised name and goes straight on to its verb, auxiliaries and adverbs allowed.
_EN_NAME_HEAD = re.compile(r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z0-9])[\w&.'’-]*){0,4}\s+"
                           r"(?:(?:has|have|had|will|would|also|today|now|recently|officially|successfully|formally|has\s+been|"
                           r"was|were|is|are)\s+)*")


# What an authority grants: its receiver reports it, and stays the event's subject.
_GRANTED = ("approval", "designation", "award")
# A reported clause's own subject: `that`, a name (its acronym in brackets, or a comma's apposition, after
# it), then auxiliaries and adverbs up to the verb (`announced that the FDA has approved …`).
_EN_REPORTED_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?\Z")
_EN_REPORTED_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?"
                                r"(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|today|now|recently|officially|"
                                r"successfully|formally|finally)\s+)*")


# A name, then `, which` or `, who` and auxiliaries or adverbs up to the verb (`Rebellions, which raised`,
# `Orvane (KRX: 123456), which has also opened`).
_EN_WHICH_ACTS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:which|who)\s+(?:(?:has|have|had|will|would|also|recently|"
                            r"successfully|just|officially|then|later)\s+)*")


def _en_relative_subject(text: str, trig: Trigger, mentions: list[Mention], s_start: int) -> dict | None:
    """The organisation a non-restrictive relative clause hangs on, when the trigger is its verb."""
    for m in mentions:
        if s_start <= m.start and m.end <= trig.start and _EN_WHICH_ACTS.fullmatch(text, m.end, trig.start):
            return m.org
    return None


def _en_reported_subject(text: str, trig: Trigger, mentions: list[Mention], s_start: int) -> dict | None:
    """The organisation that acts in a reported clause (`announced that Norvane Capital has invested …`)."""
    for m in mentions:
        if s_start <= m.start and m.end <= trig.start and _EN_REPORTED_BEFORE.search(text, max(s_start, m.start - 12), m.start) \
                and _EN_REPORTED_AFTER.fullmatch(text, m.end, trig.start):
            return m.org
    return None


# A sentence's head of one or two capitalised names, then its verb (`Korea and the UAE launched …`).
_EN_COUNTRIES_HEAD = re.compile(r"(?:the\s+)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)(?:\s+(?:and|&)\s+(?:the\s+)?"
                                r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?))?\s+(?:have\s+|has\s+|had\s+|will\s+|also\s+)?[a-z]+")


# A body's possessive and a word for a body it owns, before that body's name (`Orvane's subsidiary `,
# `Orvane’s Korean unit, `).
_EN_OWNS = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:wholly[- ]owned\s+)?(?:subsidiary|unit|affiliate|division|arm|"
                      r"joint venture|venture capital arm|investment arm)\s*,?\s*(?:the\s+)?")


# A site referred back to (`the facility`, `the new plant`, `this factory`): not a named one (`The Tuas plant`).
_EN_OWN_SITE = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:(?:new|expanded|first|second|planned)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:" + "|".join(en.SITES) + r")\b(?!\s+(?:of|for)\b)")
# A capitalised name and its comma before a participle: the name is the subject.
_EN_NAME_APPOSITION = re.compile(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5},\s*")


# `Founded in 2012, Brightwell Labs …`, `Since its founding in 1998, Tessera Health …`: a participle
# or a `since` phrase opening the sentence tells of the subject of the clause after its comma.
_EN_OPENER = re.compile(r"[A-Za-z-]+ed\b|founding\b", re.I)


def _en_participial_opener(text: str, s_start: int, trigs: list[Trigger], mentions: list[Mention]):
    if not trigs:
        return None
    t = trigs[0]
    head = text[s_start:t.start]
    lead = re.search(r"(?:^|\n|\S {2,})\s*((?:since\s+(?:its|their)\s+)?)$", head, re.I)
    if lead is None or not _EN_OPENER.match(text, t.start):
        return None
    comma = text.find(",", t.end, min(len(text), t.end + 100))
    if comma < 0 or _EN_FULL_STOP.search(text, t.end, comma):
        return None
    after = next((m for m in mentions if m.start > comma), None)
    while after is not None and any(m.start >= after.end and _EN_LIST_GOES_ON.fullmatch(text, after.end, m.start)
                                    for m in mentions):
        # the comma of a list of names inside the opener (`Founded in 2020 and backed by Accel, Kestrel
        # Capital and Norland Ventures, Harborlight …`): the opener ends at the comma after the list
        nxt = text.find(",", after.end, min(len(text), t.end + 200))
        if nxt < 0 or _EN_FULL_STOP.search(text, after.end, nxt):
            return None
        comma = nxt
        after = next((m for m in mentions if m.start > comma), None)
    if after is None or re.search(r"\S", text[comma + 1:after.start]) and not re.fullmatch(r"\s*(?:the\s+)?", text[comma + 1:after.start], re.I):
        # `Founded in 2018 by Jane Park, Q.ANT is …` with a name the organisations stage does not
        # know: the subject is that name, not the organisation of the sentence before
        return _UNKNOWN if _EN_NAME_START.match(text, comma + 1) else None
    return after.org


# What follows a name that is one of a list (`Accel, Kestrel Capital and …`, `…, Kestrel Capital, …`).
_EN_LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?(?:the\s+)?|\s+(?:and|or|&)\s+(?:the\s+)?")
_EN_AND = re.compile(r"\b(?:and|or)\b|&")
# A preposition, a capitalised name and `and` right before a mention.
_EN_LISTED_AFTER = re.compile(r"\b([a-z]+)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,5}(?:and|or|&)\s+(?:the\s+)?\Z")
# a full stop, not that of a title or a company suffix (`by Dr. Jane Park,`)
_EN_FULL_STOP = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)(?<!\bInc)(?<!\bLtd)(?<!\bProf)\.")
_UNKNOWN: dict = {}   # a subject named, but not an organisation record
_EN_NAME_START = re.compile(r"\s*(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*)*\s+(?:is|was|has|had|are|were|now|today|makes|builds|develops|provides|offers|operates)\b")


# A second predicate of the same subject after `and`, a verb of plan, a modal or an auxiliary (`… and plans
# to`, `… and will`, `… and is backed by`): the names after it take part in what it tells, not in the trigger.
_EN_NEXT_PREDICATE = re.compile(r"\s(?:and|but)\s(?:also\s)?(?:plans|planned|will|would|expects|expected|intends|intended|"
                                r"aims|hopes|is|are|has|have|later)\b")


def _en_participants(text: str, trig: Trigger, region_end: int, subject, members, chain, mentions: list[Mention],
                     s_start: int) -> list[dict]:
    parts: list[dict] = []
    swap = None
    if trig.type in ("approval", "designation") and trig.voice == "active" and subject is not None:
        obj = next((m for m in mentions if trig.end <= m.start < region_end and not _en_prep_before(text, m.start, s_start)),
                   None)
        # (not a name that opens a product's, `cleared the Kestrel Medical 7-11F platform`: the product is the object)
        swap = obj.org if obj and not _EN_NAME_GOES_ON.match(text, obj.end) else None
    if trig.type == "founding" and trig.voice == "active" and subject is not None and trig.lemma in _EN_FORMING:
        # `A and B announced the formation of C, a joint venture`: the body formed is founded (the guide's
        # subject, as `C was founded in 2015`); who formed it takes part
        formed = next((m for m in mentions if trig.end <= m.start < region_end
                       and _en_prep_before(text, m.start, s_start) in (None, "of")), None)
        swap = formed.org if formed is not None and formed.org is not subject else None
    if trig.type == "appointment" and trig.lemma in ("join", "joins", "joined") and subject is None:
        # `Jane Park will join Orbis Analytics as its head of research`: the one joined appoints
        obj = next((m for m in mentions if trig.end <= m.start < region_end), None)
        if obj is not None:
            _add(parts, obj.org, "subject")
    agent = None
    if trig.type in ("approval", "designation") and trig.voice == "passive":
        # `HIGHER was selected as a Baby Unicorn by the Ministry of SMEs and Startups`: the one that selects
        # or approves acts (the guide's subject); the one selected takes part
        agent = next((m for m in mentions if trig.end <= m.start < region_end
                      and _EN_AGENT_BEFORE.search(text, max(s_start, m.start - 12), m.start)
                      and not _EN_NAME_GOES_ON.match(text, m.end)), None)
    if agent is not None:
        _add(parts, agent.org, "subject")
        _add(parts, subject, "object")
    elif swap is not None:
        _add(parts, swap, "subject")
        _add(parts, subject, "other" if trig.type == "founding" else "authority")
    else:
        _add(parts, subject, "subject")
    for o in chain + members:
        _add(parts, o, "partner")
    nxt = _EN_NEXT_PREDICATE.search(text, trig.end, region_end)
    if nxt is not None:
        region_end = nxt.start()   # `opened a laboratory last year and plans to file with the FDA`: the FDA is the plan's
    last: tuple[int, str] | None = None   # (end, role) of the name before, for names listed with it
    for m in mentions:
        if not (trig.end <= m.start < region_end):
            continue
        if last is not None and _EN_LISTED_WITH.fullmatch(text, last[0], m.start):
            _add(parts, m.org, last[1])   # `with A and B`, `with A, B and C`: each is the preposition's
            last = (m.end, last[1])
            continue
        prep = _en_prep_before(text, m.start, s_start)
        if prep in ("from", "by") and trig.type in ("approval", "designation", "award"):
            role = "authority"
        elif prep in ("with", "by", "between", "led"):
            role = "partner"
        elif (prep is None and trig.type in ("acquisition", "investment", "award", "appointment")) \
                or (prep == "of" and trig.type == "acquisition"):
            role = "object"   # (`its acquisition of Berlin-based GridSense`: what is acquired)
        elif prep == "from" and trig.type == "investment":
            role = "partner"
        else:
            role = "other"
        _add(parts, m.org, role)
        last = (m.end, role)
    return parts


# The words of forming a body whose name follows (`the formation of C`).
_EN_FORMING = frozenset({"formation", "establishment", "creation"})
# `by`, right before a passive's agent (`selected … by the Ministry`, `approved by Timberline`).
_EN_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?\Z")
# A name that goes on into a longer one: a number or a capitalised word right after it.
_EN_NAME_GOES_ON = re.compile(r"[^\S\n]+(?:\d|(?-i:[A-Z]))")


# What stands between two names of one list: a comma, `and`, or both (`A, B and C`, `A, and B`).
_EN_LISTED_WITH = re.compile(r"[)）]?\s*(?:[(（][^()（）]{1,20}[)）])?(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s+)(?:the\s+)?")


# A relative clause opens its own tense: `Proceeds will fund a trial of HB-201, which the FDA cleared
# in September` (the clearing is past, whatever the sentence's `will`).
_EN_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose)\b", re.I)


def _en_status(text: str, window_start: int, trig: Trigger, date: dict, anchor: str | None) -> str:
    window = text[window_start:trig.start]
    window = window[max(0, len(window) - 120):]
    relative = list(_EN_RELATIVE.finditer(window))
    if relative:
        window = window[relative[-1].end():]
    if _EN_NEG.search(window):
        return "negated"
    if re.search(r"\b(?:agreement|deal)\s+to\s+$", window, re.I):
        return "planned"   # `has entered into an agreement to acquire`: the acquisition is to come
    if _EN_PLAN.search(window) or re.match(r"[^.;]{0,80}\beffective\b", text[trig.end:trig.end + 90]):
        return "planned" if _is_future(date, anchor) or not re.search(r"\b(?:was|were|had|has)\b", window) else "occurred"
    return "planned" if _is_future(date, anchor) else "occurred"

