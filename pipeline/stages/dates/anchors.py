"""Where a rule can match: the windows of text around its *anchor*, so that a rule runs over a
few short stretches instead of the whole text.

A rule's anchor is a character class, or a short set of strings, that every one of its matches
must contain at a bounded distance from the match's start: a required literal such as `일`, the
first letters of a required word (`ye|mo|da` for `years?|months?|days?`), or the digits of a
required number. It is read off the rule's parsed pattern (Python's own regex parser): the
top-level elements that cannot be skipped, each with the most characters that can come before
it and after it (look-aheads included). The rarest kind wins: words (a run of literal
characters such as `세기` or `century`, or up to LEAD_CHARS leading letters of an alternation's
words), then a class of range dashes, then a Hangul or Han character, then a number of fixed
width (a year), then a small class, digits last; a rule no element anchors well is anchored on a
few Hangul or Han characters one of which every match holds (`[개년]`). The windows are
the stretches `[p - before, p + after + LOOKAHEAD_MARGIN]` around each place `p` the anchor
occurs, merged: a look-ahead or a word boundary at the end of the longest possible match still
reads inside the window, so it sees what it would see in the whole text. Every match of the rule
lies inside one window, so scanning the windows finds exactly the matches scanning the whole
text would (tests/stages/test_dates_anchors.py checks it on generated texts; 5,032 real texts
gave identical matches too). The one-character anchors of a language are found in one scan of
the text (`char_sets`), and the word lists of all its anchors in one scan per case (`word_scans`,
a regex written as a tree of their letters).

A rule then reads only the windows that hold a member of each class its matches need besides
the anchor (`rule_gates`: a digit, `[달월]`): a search for one class reads a window far faster
than the rule would.
"""
from __future__ import annotations

import itertools
import re
import re._constants as C
import re._parser as P
from dataclasses import dataclass

# Characters a look-ahead may read past the end of a match, at least: windows are widened by
# this much beyond the widest look-ahead of the rule (`(?!\s?percent)` reads 8).
LOOKAHEAD_MARGIN = 2
_UNBOUNDED = C.MAXREPEAT
# How many of the literal characters a list of words starts with make its anchor (`christma` of
# `Christmas`, `new year` of `New Year's`): the longer, the rarer its places in a text.
LEAD_CHARS = 8
# The fewest characters a number of fixed width has for its places to anchor a rule (a year).
FIXED_CHARS = 4
# The most characters of a set one of which every match holds (`[개년]`) for it to anchor a rule
# that a class anchors already, and one that nothing else anchors (`[周天拜星]`).
MAX_REQUIRED = 3
MAX_REQUIRED_ALONE = 8


@dataclass(frozen=True)
class Anchor:
    chars: re.Pattern       # finds the anchor's characters
    before: int             # most characters of a match before the anchor character
    after: int              # most characters after it that the match or a look-ahead reads
    lower: bool = False     # search the lower-cased text (the rule ignores case)


def _char_class(item) -> str | None:
    """A regex character class for a single-character element, or None."""
    op, av = item
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.IN:
        parts = []
        for kind, val in av:
            if kind is C.LITERAL:
                parts.append(re.escape(chr(val)))
            elif kind is C.RANGE:
                parts.append(f"{re.escape(chr(val[0]))}-{re.escape(chr(val[1]))}")
            elif kind is C.CATEGORY and val is C.CATEGORY_DIGIT:
                parts.append(r"\d")
            else:
                return None      # negated sets and other categories: not worth anchoring on
        return "[" + "".join(parts) + "]"
    return None


def _fixed(seq) -> str | None:
    """A pattern for a sequence of single characters, groups and alternatives of them, without its
    look-arounds (`(?:1[89]|2[01])\\d\\d`, a year): what it matches holds every match of `seq`
    (the look-arounds left out only add places). None for anything else."""
    out = ""
    for op, av in seq:
        cls = _char_class((op, av))
        if cls is not None:
            out += cls
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            inner = _fixed(av[-1])
            if inner is None:
                return None
            out += "(?:" + inner + ")"
        elif op is C.BRANCH:
            alts = [_fixed(alt) for alt in av[1]]
            if any(a is None for a in alts):
                return None
            out += "(?:" + "|".join(a for a in alts if a is not None) + ")"
        else:
            return None
    return out


def _anchor_of(item) -> tuple[str, int] | None:
    """(character class, extra characters of its own before the anchor) of a required element."""
    op, av = item
    cls = _char_class(item)
    if cls:
        return cls, 0
    if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
        lo, hi, sub = av
        if lo >= 1 and hi is not _UNBOUNDED and len(sub) == 1:
            inner = _anchor_of(sub[0])
            if inner and inner[1] == 0:
                return inner[0], hi - 1
    if op is C.SUBPATTERN:
        words = _word_anchor(_leads(av[-1]))   # (`the same month|that month`, parsed as `th` + …)
        if words:
            return words, 0
        # the group's first element that consumes text (look-arounds before it are zero-width)
        for inner in av[-1]:
            lo, hi = P.SubPattern(av[-1].state, [inner]).getwidth()
            if (lo, hi) == (0, 0):
                continue
            return _anchor_of(inner) if lo >= 1 else None
    if op is C.BRANCH:
        # alternatives (a word list): the words' first letters, as strings where every word
        # starts with two or more letters (`years?|months?|days?` -> `ye|mo|da`), else as a class
        words = _word_anchor(_leads([(op, av)]))
        if words:
            return words, 0
        firsts = []
        for alt in av[1]:
            if not alt or P.SubPattern(alt.state, [alt[0]]).getwidth()[0] < 1:
                return None
            inner = _anchor_of(alt[0])
            if not inner or inner[1] != 0:
                return None
            firsts.append(inner[0])
        merged = "".join(f[1:-1] if f.startswith("[") else f for f in firsts)
        return "[" + merged + "]", 0
    return None


def _word_anchor(leads: list[str] | None) -> str | None:
    """The anchor of a list of words, where every word starts with two or more letters."""
    if not leads or not all(len(x) >= 2 for x in leads):
        return None
    # (two letters, `in|of`, are everywhere; two Hangul or Han syllables, `사월`, are not)
    short = min(len(x) for x in leads if x.isascii()) < 3 if any(x.isascii() for x in leads) else False
    return "(?:" + "|".join(sorted({re.escape(x) for x in leads})) + ")" + ("#short" if short else "")


def _leads(seq) -> list[str] | None:
    """The literal strings (at most LEAD_CHARS characters) a sequence can start with, through nested
    alternatives and groups; None when it can start otherwise."""
    if not seq:
        return None
    op, av = seq[0]
    if op is C.LITERAL:
        out, i = "", 0
        while i < len(seq) and seq[i][0] is C.LITERAL and len(out) < LEAD_CHARS:
            out += chr(seq[i][1])
            i += 1
        if len(out) < LEAD_CHARS and i < len(seq) and seq[i][0] in (C.BRANCH, C.SUBPATTERN):
            # the parser writes `that month|the same month` as `th` and the alternatives after it
            rest = _leads(seq[i:])
            if rest is not None:
                return [(out + r)[:LEAD_CHARS] for r in rest]
        return [out]
    if op is C.BRANCH:
        found: list[str] = []
        for alt in av[1]:
            sub = _leads(alt)
            if sub is None:
                return None
            found += sub
        return found
    if op is C.SUBPATTERN:
        return _leads(av[-1])
    return None


_DASHES = set("~∼～〜-–—")


def _rarity(cls: str) -> float:
    """Lower is rarer: strings of letters, then a class of range dashes (`~`, `∼`, `-`: rare in
    prose, unlike the syllables `일` or `년` beside them), then a single Hangul or Han character,
    then another class; digits come last."""
    if cls.startswith("#fixed"):
        return 1.5                    # a year's four digits: rarer than a class, less than a syllable
    if cls.startswith("(?:"):
        if cls.endswith("#short"):
            return 4                  # `in|of|to` are everywhere: digits beat them
        # one string (` month`) is rarer than the leading letters of a list of words (`this|next|…`)
        return 0.25 if "|" in cls else 0
    if cls == r"[\d]" or cls.startswith(r"[\d"):
        return 3
    if cls.startswith("[") and set(re.sub(r"\\(.)", r"\1", cls[1:-1])) <= _DASHES:
        return 0.5
    return 1 if not cls.startswith("[") else 2


def _lookahead(seq) -> int:
    """The most characters any look-ahead in the pattern reads (None if unbounded)."""
    widest = 0
    for op, av in seq:
        if op is C.ASSERT or op is C.ASSERT_NOT:
            direction, sub = av
            if direction == 1:
                widest = max(widest, sub.getwidth()[1])
            widest = max(widest, _lookahead(sub))
        elif op is C.BRANCH:
            for alt in av[1]:
                widest = max(widest, _lookahead(alt))
        elif op is C.SUBPATTERN:
            widest = max(widest, _lookahead(av[-1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            widest = max(widest, _lookahead(av[2]))
    return widest


def _selective(cls: str) -> bool:
    """A class of many Latin letters occurs everywhere: not worth anchoring on. Hangul and Han
    syllables are rarer one by one, so a longer class of them still is."""
    if _rarity(cls) != 2:
        return True
    members = re.sub(r"\\.", "x", cls[1:-1])
    if members.isascii():     # (a range of letters counts each of them: `[a-z]` is everywhere)
        members = re.sub(r"(.)-(.)", lambda m: "x" * (ord(m.group(2)) - ord(m.group(1)) + 1), members)
    return len(members) <= (4 if members.isascii() else 8)


def rule_anchor(pattern: str, flags: int = 0) -> Anchor | None:
    seq = P.parse(pattern, flags)
    total_hi = seq.getwidth()[1]
    ahead = _lookahead(seq)
    if total_hi >= _UNBOUNDED or ahead >= _UNBOUNDED:
        return None
    total_hi += ahead
    best = None
    before = 0
    run, run_at = "", 0          # consecutive literal characters (`century`, `0s`): a string anchor
    for item in [*seq, None]:
        if item is not None and item[0] is C.LITERAL:
            if not run:
                run_at = before
            run += chr(item[1])
        elif len(run) >= 2:
            short = len(run) < 3 and run.isascii() and run.isalpha()   # `in`, `of`; not `세기`
            cand = (_rarity("(?:" + run + ")" + ("#short" if short else "")),
                    "(?:" + re.escape(run) + ")" + ("#short" if short else ""), run_at, total_hi - run_at - 1)
            if best is None or cand[0] < best[0]:
                best = cand
            run = ""
        else:
            run = ""
        if item is None:
            break
        lo, hi = P.SubPattern(seq.state, [item]).getwidth()
        if hi >= _UNBOUNDED:
            return best_anchor(best, flags)
        found = _anchor_of(item) if lo >= 1 else None
        if found and _selective(found[0]):
            cls, own = found
            cand = (_rarity(cls), cls, before + own, total_hi - before - 1)
            if best is None or cand[0] < best[0]:
                best = cand
        if lo == hi >= FIXED_CHARS and item[0] in (C.SUBPATTERN, C.BRANCH) and _holds_digit([item]):
            fixed = _fixed([item])        # a number of fixed width (`(?:1[89]|2[01])\d\d`): its places
            if fixed is not None:
                cand = (_rarity("#fixed"), "#fixed" + fixed, before, total_hi - before - 1)
                if best is None or cand[0] < best[0]:
                    best = cand
        before += hi
    if best is None or best[0] >= 2:
        # no element of the rule's top level anchors it well (alternatives all through it, as in
        # `(?:올해|이천십구년) 사월` or `…(?:둘째 주|2주차)`): a few Hangul or Han characters one of
        # which every match holds somewhere in one top-level element, with that element's width
        # and what can stand before it (or after it) on either side
        offset, reqs, most = 0, [], MAX_REQUIRED if best is not None else MAX_REQUIRED_ALONE
        for item in seq:
            hi = P.SubPattern(seq.state, [item]).getwidth()[1]
            reqs += [(len(r), sorted(r), hi, offset) for r in _required_sets([item])
                     if len(r) <= most and all(ord(c) > 0x2E7F for c in r)]
            offset += hi
        if reqs:
            n, req, hi, offset = min(reqs)
            best = (1, "[" + "".join(re.escape(c) for c in req) + "]", offset + hi - 1, total_hi - offset - 1)
    return best_anchor(best, flags)


def _required_sets(seq) -> list[frozenset[str]]:
    """Sets of characters, each of which has a member in every match of the parsed pattern `seq`
    (a literal is a set of one; alternatives require one of their own requirements)."""
    out: list[frozenset[str]] = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(frozenset(chr(av)))
        elif op is C.IN:
            members = {chr(v) for kind, v in av if kind is C.LITERAL}
            if members and all(kind is C.LITERAL for kind, _ in av):
                out.append(frozenset(members))
        elif op is C.SUBPATTERN:
            out += _required_sets(av[-1])
        elif op is C.BRANCH:
            per_alt = [[r for r in _required_sets(alt) if all(ord(c) > 0x2E7F for c in r)] for alt in av[1]]
            common = set.intersection(*(set(x) for x in per_alt)) if per_alt else set()
            if common:                  # every alternative holds it (`월` of every month's name)
                out += sorted(common, key=lambda r: (len(r), sorted(r)))
            elif per_alt and all(per_alt):
                out.append(_cover(per_alt))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _required_sets(av[2])
    return out


def _cover(per_alt: list[list[frozenset[str]]]) -> frozenset[str]:
    """A small set of characters holding a requirement of every alternative: first the characters
    most alternatives require (`星` and `拜` of `星期一`, `礼拜一`, ..., not the weekday's number),
    then for the alternatives left, the smallest of their own requirements."""
    chosen: set[str] = set()
    todo = list(per_alt)
    while todo:
        counts: dict[str, int] = {}
        for x in todo:
            for c in {next(iter(r)) for r in x if len(r) == 1}:
                counts[c] = counts.get(c, 0) + 1
        if not counts:
            break
        c = max(counts, key=lambda c: (counts[c], -ord(c)))
        chosen.add(c)
        todo = [x for x in todo if frozenset(c) not in x]
    for x in todo:
        chosen |= min(x, key=lambda r: (len(r), sorted(r)))
    return frozenset(chosen)


# The most checks a window of a rule passes before the rule reads it.
MAX_GATES = 3


def rule_gates(pattern: str, flags: int = 0, anchor: Anchor | None = None) -> tuple[str, ...]:
    """Character classes every match of the rule holds a member of, besides its anchor: a digit
    (`\\d`, `[0-3]`, `1[89]|2[01]`), or a few Hangul or Han characters (`[달월]` of a month
    named in any way). A window without one of them cannot hold a match, and a search for a
    class reads it far faster than the rule would; the smallest classes first."""
    seq = P.parse(pattern, flags)
    # (what every place of the anchor holds is in its window already: `주` of anchor `주`, `째`
    # of anchor `첫째|둘째`)
    own: list[set[str]] = []
    if anchor is not None and not anchor.lower:
        chars = _members(anchor.chars.pattern)
        own = [{c} for c in chars] if chars else [set(w) for w in _words(anchor.chars.pattern) or ()]
    gates = [r"\d"] if _holds_digit(seq) else []
    sets = {r for r in _required_sets(seq) if len(r) <= MAX_REQUIRED_ALONE and all(ord(c) > 0x2E7F for c in r)}
    for r in sorted(sets, key=lambda r: (len(r), sorted(r))):
        if not own or not all(r & w for w in own):
            gates.append("[" + "".join(re.escape(c) for c in sorted(r)) + "]")
    return tuple(gates[:MAX_GATES])


def _holds_digit(seq) -> bool:
    for op, av in seq:
        if op is C.LITERAL and "0" <= chr(av) <= "9":
            return True
        if op is C.IN and all(kind is C.CATEGORY and val is C.CATEGORY_DIGIT
                              or kind is C.LITERAL and "0" <= chr(val) <= "9"
                              or kind is C.RANGE and "0" <= chr(val[0]) and chr(val[1]) <= "9" for kind, val in av):
            return True
        if op is C.SUBPATTERN and _holds_digit(av[-1]):
            return True
        if op is C.BRANCH and all(_holds_digit(alt) for alt in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds_digit(av[2]):
            return True
    return False


def best_anchor(best, flags: int) -> Anchor | None:
    if best is None:
        return None
    _, cls, before, after = best
    cls = cls.removesuffix("#short").removeprefix("#fixed")
    if flags & re.IGNORECASE:
        # searched in the lower-cased text (one pass for all rules), not case-insensitively
        return Anchor(re.compile(cls.lower()), before, max(after, 0), lower=True)
    return Anchor(re.compile(cls), before, max(after, 0))


def _words(pattern: str) -> list[str] | None:
    """The strings of an anchor written as a list of words (`(?:apr|apri|aug)`), else None."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return None
    body = pattern[3:-1]
    if re.search(r"(?<!\\)[()\[\]*+?{}.^$]", body):
        return None
    return [re.sub(r"\\(.)", r"\1", w) for w in re.split(r"(?<!\\)\|", body)]


def _shortest_words(anchors: list[Anchor | None]) -> list[Anchor | None]:
    """Anchors that are lists of words without the words another word of the list begins (`apri`
    after `apr`): the same places, found with fewer alternatives to try at each character."""
    out = list(anchors)
    for i, a in enumerate(anchors):
        words = _words(a.chars.pattern) if a is not None else None
        if words and a is not None:
            kept = sorted({w for w in words if not any(v != w and w.startswith(v) for v in words)})
            out[i] = Anchor(re.compile("(?:" + "|".join(re.escape(w) for w in kept) + ")"), a.before, a.after, a.lower)
    return out


def share_anchors(anchors: list[Anchor | None]) -> tuple[tuple, tuple]:
    """Rules anchored on the same characters get one anchor with the widest reach of them, so
    that its windows are found once per text for all of them (wider windows hold every match
    the narrower ones did). Returns (the distinct anchors, each rule's index into them or -1)."""
    anchors = _shortest_words(anchors)
    reach: dict = {}
    for a in anchors:
        if a is not None:
            b, e = reach.get((a.chars.pattern, a.lower), (0, 0))
            reach[(a.chars.pattern, a.lower)] = (max(b, a.before), max(e, a.after))
    merged = {key: Anchor(re.compile(key[0]), b, e, key[1]) for key, (b, e) in reach.items()}
    distinct = tuple(merged.values())
    index = {key: i for i, key in enumerate(merged)}
    return distinct, tuple(index[(a.chars.pattern, a.lower)] if a is not None else -1 for a in anchors)


def word_scans(anchors) -> tuple:
    """For the anchors that are lists of words, in one scan per case: (pattern, searched in the
    lower-cased text, word -> the anchors holding it or a word it begins with), one for the
    anchors that keep case and one for those that ignore it. A text is scanned once for all the
    lists instead of once per anchor or once per word. At a place where the pattern finds a word,
    the words found there too are the ones it begins with (a longer one would have been found);
    the caller searches again from the next character, so that words overlapping it are found
    as well (`다음` inside `다다음`)."""
    out = []
    for lower in (False, True):
        owners: dict[str, set[int]] = {}
        for k, a in enumerate(anchors):
            for w in (_words(a.chars.pattern) or ()) if a.lower == lower else ():
                owners.setdefault(w, set()).add(k)
        if owners:
            found_with = {w: tuple(sorted(set().union(*(ks for v, ks in owners.items() if w.startswith(v)))))
                          for w in owners}
            out.append((re.compile(_trie(sorted(owners))), lower, found_with))
    return tuple(out)


def _trie(words: list[str]) -> str:
    """A pattern matching the longest of `words` at a place, written as a tree of their letters
    (`다(?:다음|음)`): the regex engine tries one branch per letter instead of every word."""
    children: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            children.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    if not children:
        return ""
    body = "|".join(re.escape(c) + _trie(rest) for c, rest in sorted(children.items()))
    if len(children) > 1 or ends:
        body = "(?:" + body + ")"
    return body + ("?" if ends else "")


def char_sets(anchors) -> tuple[re.Pattern | None, dict[str, tuple[int, ...]]]:
    """(one pattern finding every character of the single-character anchors, character -> the
    anchors it belongs to): a text is scanned once for all of them instead of once per anchor."""
    members: dict[str, list[int]] = {}
    for k, a in enumerate(anchors):
        chars = _members(a.chars.pattern) if not a.lower else None
        for c in chars or ():
            members.setdefault(c, []).append(k)
    if not members:
        return None, {}
    union = re.compile("[" + "".join(re.escape(c) for c in sorted(members)) + "]")
    return union, {c: tuple(ks) for c, ks in members.items()}


def _members(pattern: str) -> set[str] | None:
    """The characters a one-character class or literal matches (None for `\\d`, words...)."""
    seq = P.parse(pattern)
    if len(seq) != 1:
        return None
    op, av = seq[0]
    if op is C.LITERAL:
        return {chr(av)}
    if op is not C.IN:
        return None
    out = set()
    for kind, val in av:
        if kind is C.LITERAL:
            out.add(chr(val))
        elif kind is C.RANGE and val[1] - val[0] < 64:
            out.update(chr(x) for x in range(val[0], val[1] + 1))
        else:
            return None
    return out


def windows(text: str, anchor: Anchor, lowered: str | None = None,
            starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Merged stretches of `text` where a match of the anchored rule can lie; the whole text
    when they would cover most of it anyway (a common anchor such as a frequent letter).
    `lowered` is `text.lower()` when that keeps every offset, for anchors of rules that ignore
    case; without it such anchors are not used. `starts`: the anchor's places when the caller
    has found them already (`char_sets`)."""
    n = len(text)
    if anchor.lower and lowered is None:
        return [(0, n)]
    if starts is not None and not starts:
        return []
    before, reach = anchor.before, anchor.after + LOOKAHEAD_MARGIN + 1
    most = n // (before + reach)          # more places than this: the windows would cover the text
    if starts is None:                    # (a common anchor, a frequent letter: stop counting)
        starts = [m.start() for m in itertools.islice(anchor.chars.finditer(lowered if anchor.lower else text), most + 1)]
    if len(starts) > most:
        return [(0, n)]        # the windows would cover most of the text: one scan is cheaper
    if not starts:
        return []
    out: list[tuple[int, int]] = []
    first = starts[0] - before
    s, e = first if first > 0 else 0, starts[0] + reach
    for p in starts:           # (places in order: each window ends after the one before)
        if p - before <= e:
            e = p + reach
        else:
            out.append((s, e))
            s, e = p - before, p + reach
    out.append((s, e if e < n else n))
    return out
