"""Latin name boundaries: which words before a bracket its Hangul, Han or Latin content renders.

Capitalised words and connectors (`of`, `and`, `&`) are taken leftwards; an acronym takes the
shortest long form its letters spell (Schwartz & Hearst 2003).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...nlp.lexicon import LATIN_PLACES
from ...nlp.words import doc_text
from .boundary_common import CONNECTORS as _CONNECTORS
from .boundary_common import MAX_NAME_WORDS
from .brackets import is_acronym as _is_acronym
from .brackets import is_short_form
from .han_reading import reading_similarity
from .similarity import (
    acronym_score,
    capitals_score,
    initials_overlap,
    loose_acronym_score,
    portmanteau_match,
    schwartz_hearst_match,
    transliteration_score,
)


def latin_name_before(doc: Doc, pos: int, rendering: str) -> tuple[int, int] | None:
    """(start, end) of a Latin-script name before the bracket.

    - Acronym rendering: the shortest tail of the capitalised words before it (connectors and
      commas inside allowed) whose word starts give every letter of the acronym in order, after
      Schwartz & Hearst (2003), so that a list's earlier items stay out (`the WTO, World Bank,
      World Economic Forum (WEF)`); else the shortest whose capitalised words start with its
      letters in another order (the acronym of the name in its own language); else the longest
      that meets most of its letters (`Korea Trade-Investment Promotion Agency (KOTRA)`), with
      the capitalised words right before it where some letters start no word (`Civic Platform
      (PO)`); else the last name before it whose capitalised words start with most of its
      letters in any order (`Worldwide Olympic Partner (TOP)`). A place the acronym leaves out
      still opens the name (`Singapore Economic Development Board (EDB)`). A long form in lower
      case is a general term's, and no clause before it is taken.
    - Hangul or Han rendering: the run of words, up to five, that the rendering sounds most like
      (`SK bioscience (SK바이오사이언스)`; for a short Chinese rendering, the words whose Mandarin
      sound is all of it: `President Lai Ching-te (賴清德)` -> `Lai Ching-te`), else the
      capitalised run.
    - Otherwise the run of capitalised words (with connectors inside) that ends at the bracket.
    """
    text = doc_text(doc)
    base = max(0, pos - 300)
    possessive = re.search(r"(?<=[A-Za-z])['’]s\s*$", text[base:pos])
    if possessive:
        pos = base + possessive.start()   # `the Hanbit Authority's (HRA) plan`: the name without its possessive
    cut = max(text.rfind(c, base, pos) for c in ";:!?\n()（）")
    # a full stop ends a sentence, not the capitals of an abbreviation (`Korea-U.S. Business Council`)
    # (nor a legal form's abbreviation right before the bracket: `Hanbit Energy Solutions Inc. ("HES")`)
    cut = max([cut] + [base + m.start() for m in re.finditer(r"\.", text[base:pos])
                       if not re.search(r"(?:^|[\s\-])(?:[A-Z]\.)+$", text[max(0, base + m.start() - 8):base + m.start() + 1])
                       and not (LEGAL_ABBREVIATION.search(text, max(0, base + m.start() - 6), base + m.start() + 1)
                                and re.fullmatch(r",?\s*(?:Ltd\.?|Inc\.?|LLC)?\s*", text[base + m.start() + 1:pos]))])
    # a slash cuts, unless it joins two names of one thing (`Pangcah/Amis`, `Demant/Oticon`)
    cut = max([cut] + [base + m.start() for m in re.finditer("/", text[base:pos])
                       if not _JOINING_SLASH.match(text, base + m.start() - 1)])
    dash = text.rfind("--", base, pos)
    cut = max(cut, dash + 1 if dash >= 0 else -1, text.rfind("—", base, pos))
    words = [(m.start() + cut + 1, m.end() + cut + 1)
             for m in re.finditer(r"[A-Za-z0-9À-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ&'.*\-]*,?", text[cut + 1:pos])]
    if not words or text[words[-1][1]:pos].strip(" \t"):
        return None
    words = [(s, e - 1) if text[e - 1] == "," else (s, e) for s, e in words]
    if text[words[-1][1]:pos].strip(" \t"):
        return None
    if _is_acronym(rendering) or is_short_form(rendering):
        return _acronym_long_form(text, words, rendering)
    last = text[words[-1][0]:words[-1][1]]
    if (_is_acronym(last) or is_short_form(last)) and len(rendering.split()) >= 2 and rendering[:1].isupper() \
            and capitals_score(last, rendering) == 1.0:
        return words[-1]  # `RoMeLa (Robotics & Mechanisms Laboratory)`: the short form first, its long form after
    if script_of_rendering(rendering) == "han" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", rendering):
        sounded = _sounded_tail(text, words, rendering)
        if sounded:
            return sounded
    if script_of_rendering(rendering) in ("hangul", "han"):
        best, best_score = None, 0.55
        latin_in_rendering = re.findall(r"[A-Za-z]{2,}", rendering)
        for k in range(1, min(len(words), 5) + 1):
            s = words[-k][0]
            cand = text[s:words[-1][1]]
            if re.search(r",\s(?!(?:Ltd|Inc|LLC)\b)", cand) or re.search(r"[^\sA-Za-z0-9&'.*\-]", cand):
                break  # a comma, or words of another script: the Latin name ended
            if any(w not in cand for w in latin_in_rendering):
                continue  # `CJ제일제당` renders `CJ CheilJedang`: its Latin letters must be in the name
            score = transliteration_score(rendering, cand) if script_of_rendering(rendering) == "hangul" else 0.0
            if score >= best_score:
                best, best_score = (s, words[-1][1]), score
        if best:
            return best
    run = _capitalised_run(text, words)
    if re.fullmatch(r"[A-Z][a-z]{4,14}", rendering):
        # `China National Machinery Industry Corporation (Sinomach)`: the words whose starts the one word runs together
        whole = next((k for k in range(len(run) - 1) if portmanteau_match(rendering, text[run[k][0]:run[-1][1]])), None)
        if whole is not None:
            return run[whole][0], run[-1][1]
    if not run and script_of_rendering(rendering) == "han" and re.search(r"(?:^|[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s?$",
                                                                      text[max(0, words[-1][0] - 2):words[-1][0]]):
        return words[-1]   # a brand written in lower case amid Chinese words (`外送平台foodpanda（富胖達）`)
    return (run[0][0], run[-1][1]) if run else None


# How closely the words before a short Chinese rendering must sound it out, all of it, to be its
# name without the words before them (a title, a list's earlier item); below, translated words
# (`Kaohsiung City Government (高雄市政府)`) keep the capitalised run.
SOUNDED_OUT = 0.75


def _sounded_tail(text: str, words: list[tuple[int, int]], han: str) -> tuple[int, int] | None:
    """The last one to four words before the bracket whose Mandarin sound is the whole of a short
    Chinese rendering's, where a longer run sounds it less well: a person's or place's name
    without the title or list before it (`President Lai Ching-te (賴清德)`, `Gaoyou and Shaobo (邵伯)`)."""
    best, best_score = None, SOUNDED_OUT
    for k in range(1, min(len(words), 4) + 1):
        s = words[-k][0]
        cand = text[s:words[-1][1]]
        if re.search(r",|[^\sA-Za-z\-.']", cand):
            break
        if not text[s].isupper():
            continue
        score = reading_similarity(han, cand)
        if score > best_score:
            best, best_score = (s, words[-1][1]), score
    return best


# A company's legal form abbreviated with a full stop (`Inc.`, `Co., Ltd.`), which ends no sentence.
LEGAL_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Bhd|Pte|Pty|S\.A|N\.V|P\.L\.C)\.$")
_JOINING_SLASH = re.compile(r"[A-Za-z]/[A-Z][a-z]")


def _capitalised_run(text: str, words: list[tuple[int, int]], commas: bool = False) -> list[tuple[int, int]]:
    run: list[tuple[int, int]] = []
    for i in range(len(words) - 1, -1, -1):
        s, e = words[i]
        w = text[s:e]
        gap = text[e:run[0][0]] if run else ""
        legal = bool(run) and re.fullmatch(r"(?:Ltd|Inc|LLC)\.?", text[run[0][0]:run[0][1]]) is not None
        if ("," in gap and not commas and not legal) or re.search(r"[^\s,/&+·\-]", gap):   # (`Nuri Co., Ltd.`)
            break   # (a word of another script or a quote between: `「P. K.S.」為 Pangcah`)
        if w[0].isupper() or (w[0].isdigit() and run):
            run.insert(0, (s, e))
        elif w.lower() in _CONNECTORS and run:
            run.insert(0, (s, e))
        else:
            break
        if len(run) >= MAX_NAME_WORDS + 2:
            break
    # `A and the B`: two names, not one (`the US Department of Defense and the U.S. Department …`)
    joins = [k for k in range(len(run) - 1) if text[run[k][0]:run[k][1]].lower() == "and"
             and text[run[k + 1][0]:run[k + 1][1]].lower() == "the"]
    if joins:
        run = run[joins[-1] + 2:]
    # a possessive (`Thailand's Department of …`) owns the name, it is not part of it
    poss = [k for k, (s, e) in enumerate(run) if re.search(r"['’]s?$", text[s:e]) and k < len(run) - 1]
    if poss:
        run = run[poss[-1] + 1:]
    while run and (text[run[0][0]:run[0][1]].lower() in _CONNECTORS or text[run[0][0]:run[0][1]].isdigit()
                   or text[run[0][0]:run[0][1]] in _LEAD_WORDS):
        run.pop(0)
    return run


_LEAD_WORDS = {"The", "A", "An", "In", "On", "At", "By", "With", "And", "Its", "Our", "Their", "From", "For", "Both",
               "Today", "Yesterday", "Led", "Including", "About", "ABOUT", "SOURCE", "Source", "Contact", "Media",
               "Via", "Through", "Under", "Between", "Among", "As", "Also", "While", "When", "After", "Before",
               "Dear", "Meanwhile", "However", "Furthermore", "Moreover", "Additionally", "Together", "Welcome"}


def _acronym_long_form(text: str, words, acronym: str) -> tuple[int, int] | None:
    run = _capitalised_run(text, words, commas=True)
    end = words[-1][1]
    best = _shortest_spelling(text, run, end, acronym)
    if best is None:
        best = _reordered_spelling(text, run, end, acronym)
    if best is None:
        for i in range(len(run)):
            cand = text[run[i][0]:end]
            if cand[0].lower() != acronym[0].lower() or text[run[i][0]].islower():
                continue
            if re.search(r",\s[Tt]he\s", cand):
                continue   # `, the` starts the next item of a list of names (`… Group, the Global Green Growth Institute (GGGI)`)
            if loose_acronym_score(acronym, cand) >= 0.6 or schwartz_hearst_match(acronym, cand):
                best = i
                break
        if best is not None and loose_acronym_score(acronym, text[run[best][0]:end]) < 1.0:
            # letters the name's words do not start: an acronym of its own language's name, whose
            # capitalised words right before are the name's too (`Civic Platform (PO)`)
            item = _list_item(text, run, best, _letters_left(acronym, text[run[best][0]:end]))
            if item is not None and item < best and best - item <= 2:
                best = item
    if best is not None:
        # `A and B (ACR)`: where the words after the last `and` spell the acronym themselves, they
        # are its name and A is another (`KB Kookmin Bank and Korea Development Bank (KDB)`); a
        # name with an `and` of its own keeps it (`Ministry of Trade, Industry and Energy (MOTIE)`)
        ands = [k for k in range(best, len(run) - 1) if text[run[k][0]:run[k][1]].lower() in ("and", "&")]
        if ands and text[run[ands[-1] + 1][0]].lower() == acronym[0].lower() \
                and acronym_score(acronym, text[run[ands[-1] + 1][0]:end]) == 1.0:
            best = ands[-1] + 1
        # a place the acronym leaves out still opens the name: `Singapore Economic Development
        # Board (EDB)`, `Hong Kong Film Development Council (FDC)`; not across a comma, which ends
        # the list's item before (`Seoul, Korea Research Institute of …`)
        i = best
        for k in (2, 1):
            if i - k >= 0 and text[run[i - k][0]:run[i - 1][1]].lower().rstrip(".") in LATIN_PLACES \
                    and "," not in text[run[i - k][0]:run[i][0]]:   # (`U.S.`)
                i -= k
                break
        return run[i][0], end
    # a long form in lower case is a general term's; one capitalised word further back only opens
    # the clause it stands in (`OMR is distinguished from optical character recognition (OCR)`)
    for k in range(1, min(len(words), len(acronym) + 5) + 1):
        s = words[-k][0]
        if acronym_score(acronym, text[s:end]) == 1.0:
            if text[s].isupper():
                return s, end
            # (unless the word right before opens the name with the same letter: `Death domain receptors (DR)`)
            if k < len(words) and text[words[-k - 1][0]].isupper() and acronym_score(acronym, text[words[-k - 1][0]:end]) == 1.0 \
                    and not text[words[-k - 1][1]:s].strip():
                return words[-k - 1][0], end
            return None
    # none of its letters in order: the last name before the bracket whose capitalised words
    # start with most of them in another order (`Worldwide Olympic Partner (TOP)`)
    item = _list_item(text, run, len(run), _letters_left(acronym, ""))
    if item is not None and len(run) - item >= 2:
        overlap = initials_overlap(acronym, text[run[item][0]:end])
        if overlap >= OWN_LANGUAGE_OVERLAP and round(overlap * len([c for c in acronym if c.isalpha()])) >= 2:
            return run[item][0], end
    return None


# Share of an acronym's letters that must start the capitalised words of a name that spells
# none of them in order, for the acronym to be taken as the name's in its own language: most of
# them, 2 of 3 (`Basque Nationalist Party (PNV)`), and two letters at least (see the caller);
# half of a four-letter code is too little to tell a name's acronym from a code beside it.
OWN_LANGUAGE_OVERLAP = 0.6


def _letters_left(acronym: str, long_form: str) -> list[str]:
    """The acronym's letters that no capitalised word of `long_form` starts with (each once)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    for w in re.findall(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'\-]*", long_form):
        if w[0].isupper() and w[0].lower() in letters:
            letters.remove(w[0].lower())
    return letters


def _list_item(text: str, run: list[tuple[int, int]], upto: int, letters: list[str]) -> int | None:
    """Index in `run` where the name whose words before `upto` start with `letters` (in any
    order) starts: after a comma, a word that opens a clause (`With`, `And`), a person's post or
    an acronym of another name. None where a second capitalised word whose initial is none of
    `letters` comes first: the name's start is unsure (`Hanbit Wins Worldwide Energy Partner (TEP)`:
    a headline's subject and verb)."""
    letters = list(letters)
    misses = 0
    k = upto
    while k > 0:
        s, e = run[k - 1]
        word = text[s:e]
        if (k < len(run) and "," in text[e:run[k][0]]) or word in _LEAD_WORDS \
                or (word[0].isupper() and word.lower() in _CONNECTORS) or len(re.findall(r"[A-Z]", word)) >= 2 \
                or re.search(r"\d", word) or word.lower() in _JOB_TITLES:
            break   # (a person's post before the body's name: `Deputy Director of the …`)
        if word[0].isupper():
            if word[0].lower() in letters:
                letters.remove(word[0].lower())
            elif misses:
                return None
            else:
                misses = 1
        k -= 1
    while k < upto and text[run[k][0]:run[k][1]].lower() in _CONNECTORS:
        k += 1
    return k


# English job titles, which open a person's post before a body's name, never the name itself.
_JOB_TITLES = {"director", "president", "chairman", "chairwoman", "chairperson", "chair", "minister", "secretary",
               "head", "chief", "officer", "manager", "professor", "governor", "ambassador", "mayor", "deputy",
               "vice", "ceo", "founder", "dean", "commissioner", "spokesperson", "spokesman", "spokeswoman"}


def _shortest_spelling(text: str, run: list[tuple[int, int]], end: int, acronym: str) -> int | None:
    """Index in `run` of the shortest tail whose word starts give every letter of the acronym, the
    first word its first letter (Schwartz & Hearst 2003): in a list of names the acronym's name
    is the last item only (`the WTO, World Bank, World Economic Forum (WEF)`)."""
    def spells(i: int) -> bool:
        return text[run[i][0]].isupper() and text[run[i][0]].lower() == acronym[0].lower() \
            and acronym_score(acronym, text[run[i][0]:end]) == 1.0

    i = next((i for i in range(len(run) - 1, -1, -1) if spells(i)), None)
    # the head of a name of the form `X of/on/for Y` whose first letter the acronym shares is the
    # name's (`Conference on Computer Vision and Pattern Recognition (CVPR)`)
    while i is not None and i >= 2 and text[run[i - 1][0]:run[i - 1][1]] in ("of", "on", "for") \
            and "," not in text[run[i - 2][0]:run[i][0]] and spells(i - 2):
        i -= 2
    return i


def _reordered_spelling(text: str, run: list[tuple[int, int]], end: int, acronym: str) -> int | None:
    """Index in `run` of the shortest tail whose capitalised words start with exactly the
    acronym's letters in another order: the acronym of the name in its own language, where the
    adjective follows its noun (`Italian Liberal Party (PLI)`, Partito Liberale Italiano;
    `United Christian Democrats (CDU)`)."""
    letters = sorted(c.lower() for c in acronym if c.isalpha())
    if len(letters) < 2 or len(letters) != len([c for c in acronym if c.isalnum()]):
        return None
    starts: list[str] = []
    for i in range(len(run) - 1, -1, -1):
        word = text[run[i][0]:run[i][1]]
        if word.lower() in _CONNECTORS:
            continue
        if not word[0].isupper() or "," in text[run[i][1]:run[i + 1][0] if i + 1 < len(run) else end]:
            return None
        starts.append(word[0].lower())
        if len(starts) >= len(letters):
            return i if sorted(starts) == letters else None
    return None


def script_of_rendering(s: str) -> str:
    from .brackets import script_of
    return script_of(s)
