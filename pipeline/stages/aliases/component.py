"""The `presspipe_aliases` stage: name/alias pairs stated with brackets, in every direction.

Reads: `doc_text(doc)`, tokens (Kiwi tags for Korean), `doc.lang_`.
Writes: `doc._.aliases` (name/alias pairs of names), `doc._.terms` (brackets that translate a
general term, `인공지능(AI)`: kept apart, never aliases), `doc._.short_names` (short names a
bracket defines in the name's own script, `(이하 ‘코이카’)`) and `doc.spans["aliases"]`.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401
from ...nlp.layout import trim_span
from ...nlp.lexicon import PLACES, TERM_ACRONYMS, TERMS, TITLES, TRANSLATIONS, org_endings, word_set
from ...nlp.names import HONORIFIC_BEFORE
from ...nlp.places import is_country
from ...nlp.script import fold_han
from ...nlp.words import doc_text, in_timex, tokens_in
from ..spans import set_span_group
from .boundary import LEGAL_ABBREVIATION, chinese_name_before, korean_name_before, latin_name_before
from .brackets import LANG_OF_SCRIPT, find_brackets, is_acronym, is_short_form, script_of
from .han_reading import han_latin_relation
from .similarity import (
    acronym_score,
    capitals_score,
    initials_overlap,
    loose_acronym_score,
    parts_score,
    portmanteau_match,
    romanise,
    schwartz_hearst_match,
    transliteration_score,
    word_explained,
)

_FORMULA = re.compile(r"[A-Z0-9](?:\s?[+/×*÷=\-]\s?[A-Z0-9]){1,6}")
_URL = re.compile(r"(?:https?://|www\.)|\.(?:com|org|net|kr|cn|tw|go\.kr|or\.kr|re\.kr)(?:/|$)|@", re.I)


# A standard's designation: its body's letters, then its number (`ISO 9001`, `ASTM D5874`, `KS C IEC 61000`).
_STANDARD = re.compile(r"(?:ISO|IEC|ASTM|ANSI|IEEE|DIN|BS|EN|JIS|KS|GB|CNS|ITU-T)(?:[/ ][A-Z]{1,4})*\s?[A-Z]?\s?\d{3,}")
# A number and its unit of measure (`90.0km`, `2.5 GW`, `3만㎡`, `40%`), not `3M` nor `7-Eleven`.
_MEASURE = re.compile(r"(?:약\s?)?\d[\d.,]*\s?(?:만|천|억)?\s?(?:km|m|cm|mm|kg|g|t|ton|tons|tonnes|MW|GW|kW|kWh|MWh|GWh|TWh|ha|"
                      r"m2|km2|㎡|㎢|㎞|㎏|%|TEU|nm|mAh|Mbps|Gbps|cc|L|ml|mL)")
# Numbers with date units only (`23.11~12월`, `’21년`), read as a date whether the dates stage took it or not.
_DATE_LIKE = re.compile(r"(?:[\d\s.,~\-’'/]+(?:년|월|일|분기|반기|年|月|日)?)+")
# An abbreviated honorific glued to the name (`Dr.Jenny Harris`): no part of the rendering.
_GLUED_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.(?=[A-Z][a-z])")
# An office's abbreviation or a form of address before a person's name (`Sen. Tammy Duckworth`,
# `Hon. Kenneth Kedi`, `His Excellency Russell Dlamini`): no part of the name it renders.
_ADDRESS_BEFORE = re.compile(r"(?:(?:Sen|Rep|Hon|Gov|Amb|Gen|Adm|Col|Rev|Capt|Lt)\.|(?:His|Her) Excellency|The Honou?rable|The Hon\.)\s+(?=[A-Z])")
# The lower-case particles of European surnames (`Jan van der Berg`, `Ursula von der Leyen`).
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "de", "du", "des", "da", "di", "do", "dos", "del", "della", "la", "le", "bin", "al"})
# An acronym in quotes after `the` (`(the “SEC”)`, the filings' way of defining one).
_THE_QUOTED = re.compile(r"the\s+[“\"]([A-Z][A-Za-z&\-]*[A-Z][A-Za-z0-9&\-]*)[”\"]?")
# One word of a name, then a comma, then another, one of them in capitals (a surname): a person's name.
_SURNAME_SPLIT = re.compile(r"[A-Z][A-Za-z]+(?:-[A-Za-z]+)?,\s?[A-Z][A-Za-z]+(?:-[A-Za-z]+)?")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z. ]{1,14}")
# Full-width Latin letters and digits (`ＷＨＯ`, as some Chinese texts type them) read as ASCII ones.
_FULL_WIDTH = {c: c - 0xFEE0 for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d\s?年?\s?(?=[\u4e00-\u9fff])")
_RENDERED_YEAR = re.compile(r"((?:19|20)\d\d)\s")
_ALTERNATIVES = re.compile(r"([A-Z][a-z]+)/([A-Z][a-z]+)")
_HEAD_ASIDE = re.compile(r"(?:CEO|CTO|CFO|COO|Chair(?:man|woman|person)?|President|Director|Founder|Minister)"
                         r"(?:\s+and\s+\w+)?\s+[A-Z][a-z]")


# A company's legal form after its name (`, Inc.`, ` Co., Ltd.`).
_LEGAL_FORM_AFTER = re.compile(r",?\s*(?:Inc|Ltd|LLC|Corp|Co|PLC|GmbH)\.?(?:,?\s*Ltd\.?)?$")


def find_aliases(doc: Doc) -> tuple[list[dict], list[dict], list[dict]]:
    """(aliases, terms, short names) in `doc`, each a dict with name/alias spans, relation and
    score; short names are those a bracket defines in the name's own script (`(이하 ‘코이카’)`)."""
    original = doc_text(doc)
    text = original.translate(_FULL_WIDTH)   # (`（ＷＨＯ）` reads as `(WHO)`; the records keep the text as written)
    aliases: list[dict] = []
    terms: list[dict] = []
    shorts: list[dict] = []
    name_of_chain: tuple[int, int] | None = None
    brackets = find_brackets(text)
    for k, br in enumerate(brackets):
        a_start, a_end = trim_span(text, br.start, br.end)   # `(“SQT”)` renders as `SQT`
        the = _THE_QUOTED.fullmatch(text, a_start, a_end)
        if the:   # `(the “SEC”)`: an acronym defined with its article, in quotes
            a_start, a_end = the.span(1)
        if a_end <= a_start:
            continue
        while (h := HONORIFIC_BEFORE.match(text, a_start, a_end) or _GLUED_HONORIFIC.match(text, a_start, a_end)
           or _ADDRESS_BEFORE.match(text, a_start, a_end)) \
                and h.end() < a_end:
            a_start = h.end()   # `(Mr. Jules Daga)`, `(H.E. Mr. Jules Daga)`: the name is `Jules Daga`
        rendering = text[a_start:a_end]
        later = br.more
        if len(later) == 1 and _SURNAME_SPLIT.fullmatch(text, a_start, later[0][1]) \
                and rendering.isupper() != text[later[0][0]:later[0][1]].isupper() \
                and transliteration_score(" ".join(text[max(0, br.open - 40):br.open].split()[-2:]),
                                          text[a_start:later[0][1]].replace(",", "")) >= 0.6:
            # `바트울지 바트에르덴(Bat-Ulzii, BAT-ERDENE)`: a person's given name and surname in capitals,
            # a comma between them, the Korean words sounding both out: one rendering
            a_end, later = later[0][1], ()
            rendering = text[a_start:a_end]
        r_script = script_of(rendering)
        if re.search(r"\d", rendering) and r_script != "latin" and (in_timex(doc, a_start) or _DATE_LIKE.fullmatch(rendering)):
            continue  # `COP26(21년)`, `(23.11~12월)`: when it was, not what it is called
        if _MEASURE.fullmatch(rendering):
            continue  # `서해선 구간(90.0km)`, `신청사(3만㎡)`: how long or large it is, no name
        head = _TITLE_THEN_NAME.fullmatch(rendering)
        if head and head.group(1) in TITLES and not later and not br.defines and not br.short:
            continue  # `KOTRA(사장 강경성)`: who heads the body, a title and a person's name, not its name
        if br.chained and name_of_chain:
            span = name_of_chain
            before = brackets[k - 1]
            if k and text[before.open + 1:before.close].strip() in _LEGAL_FORMS and before.open >= span[1] \
                    and not text[span[1]:before.open].strip():
                # `한빛항공(주)(HBA)`: the company's legal form written in a bracket belongs to the name it renders
                span = (span[0], before.close + 1)
        else:
            span = _name_before(doc, br.open, rendering, r_script)
            name_of_chain = span
        if span is None:
            continue
        span = trim_span(text, *span)
        if span[1] <= span[0]:
            continue
        year = _RENDERED_YEAR.match(rendering)
        if year and text[max(0, span[0] - 6):span[0]].rstrip(" 年").endswith(year.group(1)):
            # `2024台灣燈會（2024 Taiwan Lantern Festival）`: the edition's year the rendering gives
            # belongs to the name it renders
            span = (text.rindex(year.group(1), max(0, span[0] - 6), span[0]), span[1])
        lead = _LEADING_YEAR.match(text, span[0], span[1])
        if lead and lead.end() < span[1] and not re.search(r"\d", rendering):
            span = (lead.end(), span[1])   # `「2024台灣燈會」（Taiwan Lantern Festival）`: the year is not rendered
        name = text[span[0]:span[1]]
        n_script = name_script(name)
        if r_script == "other" or n_script == "other":
            continue  # (2025), (%), (주): not a rendering of a name
        # one capitalised word after a comma renders only a Korean name it sounds out (`화웨이(華爲, Huawei)`)
        further = tuple(p for p in later if not re.fullmatch(r"[A-Z][a-z]{2,}", text[p[0]:p[1]])
                        or (n_script == "hangul" and transliteration_score(name, text[p[0]:p[1]]) >= 0.6)
                        # (after a short name in the name's own script it is the name's rendering: `台灣電力公司（台電，Taipower）`)
                        or (n_script == r_script == "han"))
        alt = _ALTERNATIVES.fullmatch(rendering)
        if alt and n_script in ("han", "hangul") and not re.search(r"\s", name):
            # one native word, two Latin names joined by a slash (`阿美族(Pangcah/Amis)`): two names
            # of the same thing, one pair each (`Demant/Oticon` for two Korean words is one name)
            a_end = a_start + alt.end(1)
            rendering = text[a_start:a_end]
            further = ((a_start + alt.start(2), a_start + alt.end(2)),) + further
        if br.defines and n_script == r_script and not (further and script_of(text[further[0][0]:further[0][1]]) == "latin"):
            # `한국국제협력단(이하 ‘코이카’)`: a short name in the name's own script
            shorts.append({"name": {"text": name, "start": span[0], "end": span[1], "lang": LANG_OF_SCRIPT.get(n_script)},
                           "alias": {"text": rendering, "start": a_start, "end": a_end, "lang": LANG_OF_SCRIPT.get(r_script)},
                           "relation": "mixed", "score": 0.9})
            continue
        if n_script == r_script and further and n_script in ("hangul", "han") and not is_acronym(rendering) \
                and re.fullmatch(r"[가-힣\u4e00-\u9fff]+", rendering) and len(rendering) < len(name) \
                and script_of(text[further[0][0]:further[0][1]]) == "latin":
            # (defined with its marker too: `（簡稱「外貿協會」，TAITRA）`)
            # `國家發展委員會（國發會，NDC）`, `한국국제협력단(코이카, KOICA)`: a short name in the name's
            # own script, then the rendering: the short name joins the organisation, the rest renders the name
            shorts.append({"name": {"text": name, "start": span[0], "end": span[1], "lang": LANG_OF_SCRIPT.get(n_script)},
                           "alias": {"text": rendering, "start": a_start, "end": a_end, "lang": LANG_OF_SCRIPT.get(r_script)},
                           "relation": "mixed", "score": 0.9})
            (a_start, a_end), further = trim_span(text, *further[0]), further[1:]
            rendering, r_script = text[a_start:a_end], "latin"
        if n_script == r_script and not (is_acronym(rendering) or is_acronym(name) or is_short_form(rendering)
                                        or (is_short_form(name) and len(rendering.split()) >= 2 and _title_case(rendering))
                                        or (n_script == "latin" and portmanteau_match(rendering, name))):
            if br.short:   # `한국지능정보원(원장 황종성, 이하 ‘NIA’)`: an aside, then the short name it defines
                st, en_ = br.short
                s_script = name_script(text[st:en_])
                (shorts if s_script == n_script else aliases).append({
                    "name": {"text": name, "start": span[0], "end": span[1], "lang": LANG_OF_SCRIPT.get(n_script)},
                    "alias": {"text": text[st:en_], "start": st, "end": en_, "lang": LANG_OF_SCRIPT.get(s_script)},
                    "relation": "mixed", "score": 0.9})
            continue
        if r_script == "latin" and _HEAD_ASIDE.match(rendering) \
                and not (n_script == "han" and fold_han(name).endswith(tuple(t for t in TITLES if len(t) >= 2))):
            # `Hanbit Agency (CEO Mina Park)`: an aside naming the body's head, no rendering; a person
            # named with the title after (`惠普斯總統（President Surangel Whipps）`) is rendered with it
            continue
        if n_script == "latin" and r_script == "hangul" and re.fullmatch(r"[가-힣]", rendering):
            continue  # `MOU(안)`: one Hangul syllable after a Latin name marks a draft or a kind, no rendering
        if len(items := re.split(r"\s?[·ㆍ・]\s?", rendering)) >= 3 and len({script_of(i) for i in items}) > 1:
            continue  # `무인이동체(드론·PAV·UAM)`: examples of the kind, in mixed scripts, no rendering
        if _URL.search(rendering) or _FORMULA.fullmatch(rendering):
            continue  # (www.example.go.kr), (A+B): where to read more, a formula; no name
        if n_script == "han" and (len(name) == 1 or (re.search(r"\d$", text[max(0, span[0] - 1):span[0]])
                                                   and not in_timex(doc, span[0] - 1))):   # (2024台灣燈會: an edition's year)
            continue  # `87.5分（Geisha）`: a measure after a number, no name
        if n_script == "hangul" and re.fullmatch(r"\d[\d.,]*\s?[가-힣]{1,5}", name):
            continue  # `30베크렐(Bq)`: a measure and its unit's symbol, no name
        if is_country(rendering) and not is_country(name) and transliteration_score(name, rendering) < 0.6:
            continue  # `…왕들의 무덤(Uganda, …)`: where the thing is, not what it is called
        if n_script == r_script == "latin" and max(acronym_score(rendering, name), acronym_score(name, rendering),
                                                    loose_acronym_score(rendering, name), loose_acronym_score(name, rendering),
                                                    1.0 if schwartz_hearst_match(rendering, name) else 0.0,
                                                    capitals_score(name, rendering),
                                                    initials_overlap(rendering, name) if is_acronym(rendering) else 0.0,
                                                    1.0 if portmanteau_match(rendering, name) else 0.0) < 0.5 \
                and not (is_acronym(name) and len(rendering.split()) >= 2 and _title_case(rendering)):
            continue  # `USA (Kenosha)`: two Latin names, neither spelling the other
        if n_script == r_script == "latin" and _LEGAL_FORM_AFTER.sub("", name) == rendering:
            continue  # `Hanbit, Inc. (Hanbit)`: the name without its legal form, a short name in its own script
        relation, score = _relation(name, rendering, n_script, r_script)
        pair = {
            "name": {"text": name, "start": span[0], "end": span[1], "lang": LANG_OF_SCRIPT.get(n_script)},
            "alias": {"text": rendering, "start": a_start, "end": a_end, "lang": LANG_OF_SCRIPT.get(r_script)},
            "relation": relation,
            "score": round(score, 3),
        }
        if n_script == "hangul" and is_acronym(rendering) and len(re.findall(r"[A-Z]", rendering)) >= 2 \
                and _one_common_noun(doc, span) and not _same_first_sound(name, rendering):
            # `우리나라(KOICA)`, `누리집(AMIVS)`: one plain common noun, whose first sound is not the
            # acronym's first letter, spells no acronym (`이미지(BI)`; `컴업(COMEUP)` sounds it out)
            terms.append(pair)   # (kept as a term: the organisations stage reads what the bracket holds)
            continue
        if n_script == "hangul" and r_script == "latin" and re.search(rf"(?<![A-Za-z]){re.escape(rendering)}(?![A-Za-z])", name):
            terms.append(pair)   # `LIG넥스원(LIG)`: the Latin letters are written in the Korean name itself, a part of it, no rendering
            continue
        named = _is_name(doc, span, name, rendering, relation, score)
        (aliases if named else terms).append(pair)
        for ms, me in further:   # `(RADA: Rural Agricultural Development Authority)`: one pair each
            ms, me = trim_span(text, ms, me)
            if me <= ms:
                continue
            more = text[ms:me]
            if _HEAD_ASIDE.match(more):
                continue   # `(SBA, CEO Mina Park)`: the body's head, named beside its short name
            if _PARTY_STATE.fullmatch(more):
                continue   # `(Michael McCaul, R-TX)`: a US legislator's party and state, no name of them
            if _STANDARD.match(more):
                continue   # `(…, ASTM D5874)`: the standard that defines it, not another name of it
            if n_script == "latin" and (is_acronym(more) or is_short_form(more)) and not is_acronym(name) \
                    and _relation(name, more, "latin", "latin")[1] < 0.5:
                continue   # `Hanbit Computing Center (HCC, NURILabs)`: the body it belongs to, whose letters these are not
            rel, sc = _relation(name, more, n_script, script_of(more))
            (aliases if named else terms).append({**pair, "alias": {"text": more, "start": ms, "end": me, "lang": "en"},
                                                  "relation": rel, "score": round(sc, 3)})
        if br.short and named:
            st, en_ = br.short
            short = {**pair, "alias": {"text": text[st:en_], "start": st, "end": en_,
                                       "lang": LANG_OF_SCRIPT.get(name_script(text[st:en_]))},
                     "relation": "mixed", "score": 0.9}
            # `(이하 ‘코이카’)`, `（以下简称“青禾科技”）`: a short name in the name's own script is no
            # rendering in another script, so no alias pair; the organisations stage still joins it
            (shorts if name_script(text[st:en_]) == n_script else aliases).append(short)
    if text != original:
        for rec in (*aliases, *terms, *shorts):
            for side in ("name", "alias"):
                rec[side] = {**rec[side], "text": original[rec[side]["start"]:rec[side]["end"]]}
    return aliases, terms, shorts


def name_script(s: str) -> str:
    """A name's script: Hangul if it has any (`CNOOC 리미티드` is a Korean rendering), else Han,
    else the majority script."""
    kinds = {script_of(c) for c in s}
    return "hangul" if "hangul" in kinds else "han" if "han" in kinds else script_of(s)


_CLOSE_QUOTE = {"」": "「", "』": "『", "”": "“", "’": "‘", "\"": "\"", "'": "'", "》": "《", "〉": "〈", "｣": "｢"}


def _name_before(doc: Doc, pos: int, rendering: str, r_script: str):
    """The name the bracket at `pos` renders, by the script of the text just before it. Footnote
    marks before the bracket are passed over (`시게보르고덴*(Siggebogården)`); a quoted name
    right before it is the name (`「哈德遜研究所」（Hudson Institute）`)."""
    text = doc_text(doc)
    while pos > 0 and text[pos - 1] in "*※ ":
        pos -= 1
    if pos > 0 and text[pos - 1] in _CLOSE_QUOTE:
        line_start = text.rfind("\n", 0, pos) + 1
        opener = _CLOSE_QUOTE[text[pos - 1]]
        o = text.rfind(opener, line_start, pos - 1)
        if o >= 0 and 0 < pos - 1 - (o + 1) <= 40:
            return o + 1, pos - 1
        return None
    before = text[:pos].rstrip()[-1:]
    b_script = "hangul" if before in "㈜㈔" else script_of(before) if before else "other"   # (`한빛전자㈜(Hanbit …)`)
    if re.fullmatch(r"[À-ÖØ-öø-ɏ]", before) or (before == "." and LEGAL_ABBREVIATION.search(text[:pos].rstrip())):
        b_script = "latin"   # a Latin letter with a diacritic ends the name: `Nestlé（雀巢）`; so does `Inc.`
    word = text[:pos].rstrip().rsplit(None, 1)[-1] if text[:pos].strip() else ""
    if b_script == "hangul" or (b_script == "latin" and re.match(r"[가-힣]", word)):
        # (a Korean word ending in Latin letters is a Korean name: `오픈AI(OpenAI)`, `네이버웹툰(Naver Webtoon)`)
        return korean_name_before(doc, pos, rendering)
    if b_script == "han":
        return chinese_name_before(doc, pos, rendering)
    if b_script == "latin" or before.isdigit():
        return latin_name_before(doc, pos, rendering)
    return None


def _acronym_relation_score(acronym: str, long_form: str) -> float:
    """How well an acronym meets its long form, by the best of the readings the boundary accepts:
    word starts in order, word starts and hyphenated parts without the first word (`KOTRA`),
    whole words as parts (`K-BATTERY`)."""
    return max(acronym_score(acronym, long_form), loose_acronym_score(acronym, long_form), parts_score(acronym, long_form))


# A Korean title and a person's name of two to four syllables (`사장 강경성`, `회장 윤진식`).
_TITLE_THEN_NAME = re.compile(r"([가-힣]{1,6})\s[가-힣]{2,4}")


def _relation(name: str, alias: str, n_script: str, a_script: str) -> tuple[str, float]:
    if is_acronym(alias) and a_script == "latin" and n_script == "latin":
        return "acronym", _acronym_relation_score(alias, name)
    if is_acronym(name) and n_script == "latin" and a_script == "latin":
        return "acronym", _acronym_relation_score(name, alias)
    if n_script == a_script == "latin" and portmanteau_match(alias, name):
        return "acronym", 0.9   # `Sinomach`: the starts of the long form's words run together
    if n_script == a_script == "latin" and (is_short_form(alias) or is_short_form(name)):
        short, long_ = (alias, name) if is_short_form(alias) else (name, alias)   # HDBank, RoMeLa: by their capitals
        return "acronym", capitals_score(short, long_)
    if n_script == "hangul" and a_script == "latin":
        translit = transliteration_score(name, alias)
        words = name.split()
        explained = sum(word_explained(w, alias) for w in words) / len(words)
        if is_acronym(alias) and translit < 0.6:
            return "acronym", max(0.6, explained)
        if translit >= 0.6:
            return "transliteration", translit
        if all(w in TRANSLATIONS for w in words):
            return "translation", explained
        return "mixed", max(explained, translit)
    if n_script == "latin" and a_script == "hangul":
        rel, score = _relation(alias, name, a_script, n_script)
        return rel, score
    if {n_script, a_script} == {"han", "latin"}:   # 巴斯夫（BASF）, 宁德时代（CATL）, by the Chinese reading
        han, latin = (name, alias) if n_script == "han" else (alias, name)
        return han_latin_relation(han, latin, is_acronym(latin))
    return "translation", 0.7


# Last words that make a bracket describe a method or a kind of thing (`RFID 방식`, `QR 방법`).
_METHOD_WORDS = {"방식", "방법", "기법", "공법", "원리", "형태", "방안"}   # not 기술: 재생 에너지 기술 is a company


def _country_first(name: str, acronym: str) -> bool:
    """The name opens with a country whose English name starts the acronym (`한국…(K…)`, `日本…(J…)`)."""
    head = fold_han(name)
    return any(head.startswith(p) and len(head) > len(p) + 1 and is_country(p)
               and any(n[:1] == acronym[:1].lower() for n in PLACES[p] if len(n) > 1) for p in PLACES)


def _one_common_noun(doc: Doc, span) -> bool:
    """The name is one common noun of one morpheme, as Kiwi reads it (`누리집`, `우리나라`)."""
    toks = tokens_in(doc, span[0], span[1])
    return len(toks) == 1 and toks[0].tag_ == "NNG" and not fold_han(toks[0].text).endswith(ORG_ENDINGS)


_SOUND_CLASSES = ("ckgq", "bpfv", "dt", "jzc", "lr", "sx")


def _same_first_sound(hangul: str, latin: str) -> bool:
    a, b = romanise(hangul)[:1].lower(), latin[:1].lower()
    return a == b or any(a in c and b in c for c in _SOUND_CLASSES)


# A Korean company's or foundation's legal form, written in a bracket after its name.
_LEGAL_FORMS = frozenset({"주", "사", "재", "유", "합", "株"})

# Last words of the English names of bodies (an acronym a general term shares names the body then).
_LATIN_BODY_WORDS = frozenset({"agency", "administration", "authority", "commission", "committee", "council", "department",
                               "ministry", "office", "organization", "organisation", "association", "institute", "bureau",
                               "board", "federation", "foundation", "union", "corporation", "bank", "fund"})
# Last words of Korean and Chinese names of government bodies (Simplified): the same letters as a
# general term's acronym name the body there (`환경보호청(EPA)`, `美國環境保護署（EPA）`; `비정부기구(NGO)` stays a term).
_GOVERNMENT_BODY_ENDINGS = ("청", "처", "부", "위원회", "署", "局", "部", "处", "委员会")


def _government_body(name: str) -> bool:
    return len(name.replace(" ", "")) >= 3 and fold_han(name).endswith(_GOVERNMENT_BODY_ENDINGS)


# A brand's first word with a capital after one or two small letters (`iF`, `iPhone`, `eBay`; not
# a prefix before an acronym, `eVTOL`).
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z](?:[a-z]|\b)")
_DEGREE_FIRST = re.compile(r"(?:Very|Highly|Extremely|Fairly|Somewhat|Slightly|Less|Least)\s[A-Za-z]")


def _is_name(doc: Doc, span, name: str, rendering: str, relation: str, score: float) -> bool:
    """A bracket names something (an organisation, a person, a product) rather than translating
    a general term: `수곤(Sugon)`, `Samsung Electronics (삼성전자)` yes; `인공지능(AI)`,
    `반도체(semiconductor)`, `liquefied natural gas (LNG)` no."""
    sides = (name, rendering)
    if any(x in TERMS or x.replace(" ", "") in TERMS for x in sides):
        return False
    if script_of(name) == "latin" and (rendering in TERM_ACRONYMS or rendering.rstrip("s") in TERM_ACRONYMS) \
            and not (_title_case(name) and name.split()[-1].lower() in _LATIN_BODY_WORDS):
        # `Chief Technology Officer (CTO)`: a general term's acronym after its long form (the same
        # letters after a body's name name the body: `Environmental Protection Agency (EPA)`)
        return False
    if is_acronym(name) and name in TERM_ACRONYMS and script_of(rendering) != "latin":
        return False   # `ECMO(체외막산소공급)`: a general term's acronym, spelled out after it
    if script_of(rendering) == "latin" and re.search(r"[가-힣\u4e00-\u9fff]", name) and _generic_words(rendering):
        return False  # documents, meetings and roles in general words: 공동성명(Joint Statement), 정책대화(Policy Dialogue)
    if _DEGREE_FIRST.match(rendering):
        return False  # a degree adverb opens an adjective's phrase, a grade on a scale: 매우 우수(Very Good)
    if any(x.split()[-1] in _METHOD_WORDS for x in sides if x.split()):
        return False  # a way of doing something, not a name: 전자태그(RFID 방식)
    if is_formula(rendering) and not fold_han(name.replace(" ", "")).endswith(ORG_ENDINGS) \
            and not (relation == "transliteration" and score >= 0.6):
        # a substance's formula: 산화니켈(NiO), 二氧化钛（TiO2）; `금융감독청(BaFin)` is a body, and
        # a name that sounds like its letters is a brand's (`모모(MoMo)`)
        return False
    latin = [x for x in sides if script_of(x) == "latin"]
    other = [x for x in sides if script_of(x) != "latin"]
    toks = tokens_in(doc, span[0], span[1])
    if toks and re.search(r"[가-힣]", name) and (toks[-1].tag_.endswith("ETM") or (toks[-1].tag_ == "XSN" and toks[-1].text == "적")):
        return False   # a Korean adjective or modifying verb names nothing: `성과 지향적(Result-oriented)`, `제한된(Time-limited)`
    if is_acronym(rendering) and script_of(name) == "han" and not re.search(r"[가-힣]", name):
        # Chinese names an acronym renders are bodies, meetings, contests and programmes
        return (rendering not in TERM_ACRONYMS and rendering.rstrip("s") not in TERM_ACRONYMS) or _government_body(name)
    if is_acronym(name) and script_of(name) == "latin" and script_of(rendering) == "han" and not re.search(r"[가-힣]", rendering):
        # the same the other way round: an acronym a Chinese name spells out (`TSMC（臺灣積體電路製造）`)
        # (unless the Chinese words are a general term's: `CBS（災害告警系統）`)
        return name not in TERM_ACRONYMS and name.rstrip("s") not in TERM_ACRONYMS \
            and not fold_han(rendering).endswith(ZH_TERM_ENDINGS)
    if is_acronym(rendering) and re.search(r"[가-힣\u4e00-\u9fff]", name):
        # an acronym after a Korean or Chinese name names it (a body, a meeting, a programme, a law,
        # an index: `고위관리회의(SOM)`, `국제보건규칙(IHR)`), unless it is a general term's
        # (`공적개발원조(ODA)`) or the Korean words are a term's (`주식매매계약(SPA)`)
        if (rendering in TERM_ACRONYMS or rendering.rstrip("s") in TERM_ACRONYMS) and not _government_body(name):
            return False
        # (a body named after its country, which the acronym opens with, is no term: `한국항공기술(KAT)`)
        return not name.replace(" ", "").endswith(TERM_ENDINGS) or _country_first(name, rendering)
    if re.fullmatch(r"[A-Z][a-z]+(?: [A-Za-z]+)*", rendering) and _one_common_noun(doc, span) and not (relation == "transliteration" and score >= 0.6):
        return False  # one common noun and common English words, not sounded out: a term (`지침(Guideline)`, `이사(Member of the Board)`)
    if _model_says_organisation(doc, span) and any(t.tag_.startswith(("NNP", "SL", "SH")) for t in toks):
        return True  # a proper noun the trained model reads as an organisation: 홍콩국제터미널(HIT)
    if any(re.sub(r"^the\s", "", x)[:1].islower() and not is_acronym(x) and not _CAMEL_BRAND.match(x) for x in latin) \
            and not (relation == "transliteration" and score >= 0.6 and name_script(other[0] if other else "") == "han"
                     and all(" " not in x for x in latin)):
        # general words are written in lower case: semiconductor, artificial intelligence (a
        # brand's capital inside its first word is no lower-case word: `iF Design Award`); a brand
        # in lower case that Chinese sounds out is a name (`foodpanda（富胖達）`)
        return False
    if relation == "transliteration" and score >= 0.6:
        return True
    if {name_script(name), name_script(rendering)} == {"hangul", "han"}:
        return True  # Hangul and Hanja or Chinese: 삼성전자(三星電子), 朴智允（박지윤）; terms are listed in TERMS
    if not is_acronym(rendering) and any("NNP" in t.tag_ for t in toks):
        return True  # (an acronym after common nouns is a term's: 탄소포집·저장(CCS), Kiwi's NNP or not)
    if any(_title_case(x) for x in latin):
        return True  # Hanwha Ocean, Samsung Electronics, Dubai Multi Commodities Center
    if len(latin) == 2:
        return score >= 0.8  # acronym and long form, both Latin
    # An acronym or a Hanja rendering of common nouns names an organisation only when an
    # organisation word ends them (중국해양석유총공사(CNOOC), 中国海洋石油集团有限公司（CNOOC）).
    return any(fold_han(x).endswith(ORG_ENDINGS + ZH_BODY_ENDINGS) for x in other)   # (Traditional too: 美國在台協會)


GENERIC_ENGLISH: frozenset[str] = frozenset(word_set(Path(__file__).with_name("data") / "generic_english_words.txt"))


def _generic_words(rendering: str) -> bool:
    """Every word of the rendering is a general word for a document, a meeting or a role, and one
    at least is not a small word (`Joint Statement`, `High-Level Strategic Dialogue`)."""
    words = [w.lower().strip(".,") for w in re.split(r"\s+", rendering.replace("’", "'")) if w]
    return bool(words) and all(w in GENERIC_ENGLISH for w in words) and any(w not in ("of", "on", "and", "the") for w in words)


ELEMENTS: frozenset[str] = frozenset(word_set(Path(__file__).with_name("data") / "element_symbols.txt"))
_FORMULA_PARTS = re.compile(r"([A-Z][a-z]?)(\d*)")


def is_formula(s: str) -> bool:
    """A chemical formula: element symbols with their counts, at least one symbol of two letters
    (`NiO`, `TiO2`, `Pd`; `CNOOC`, `COP27` and `H1N1` are names, all capitals)."""
    if len(s) > 10 or not re.fullmatch(r"(?:[A-Z][a-z]?\d*)+", s):
        return False
    parts = _FORMULA_PARTS.findall(s)
    return all(sym in ELEMENTS for sym, _ in parts) and any(len(sym) == 2 for sym, _ in parts) \
        and all(a != b for (a, _), (b, _) in zip(parts, parts[1:]))   # (a formula counts: Mo2, not MoMo)


def _model_says_organisation(doc: Doc, span) -> bool:
    """An organisation span of the entity model (`doc.spans["ner"]`, when it ran) ends where the
    name ends and starts inside it."""
    if "ner" not in doc.spans:
        return False
    ends = doc.user_data.get("presspipe.og_starts_by_end")
    if ends is None:          # built once per Doc: every bracket pair asks
        ends = {}
        for s in doc.spans["ner"]:
            if s.label_ in ("OG", "ORG"):
                ends.setdefault(s.end_char, []).append(s.start_char)
        doc.user_data["presspipe.og_starts_by_end"] = ends
    return any(span[0] <= start < span[1] for start in ends.get(span[1], ()))


def _title_case(s: str) -> bool:
    if re.search(r"[가-힣\u4e00-\u9fff]", s):
        return False   # Korean or Chinese words in it (`Lift&Cruise형태`, `Mcube관`, `AI 기반`): a compound, no Latin name
    s = re.sub(r"’s\b", "'s", s)   # a possessive written with a curly apostrophe: `Children’s Games`
    s = re.sub(r"^the\s|\b\d+(?:st|nd|rd|th)\b", "", s)   # `the Heritage Foundation`, `5th Taiwan Tech Expo`
    words = [w for w in re.findall(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'\-]*", s)   # (letters with accents too: `Français`, `Vystrčil`)
             if w.lower() not in ("of", "and", "for", "the", "de", "on", "in", "&") and w not in _NAME_PARTICLES]
    # (a brand's capital inside its first word counts: `iF Design Award`, `eBay Korea`)
    return len(words) >= 1 and all(w[0].isupper() or _CAMEL_BRAND.match(w) for w in words) and not is_acronym(s) and (
        len(words) >= 2 or any(c.isupper() for c in words[0][1:]) or len(words[0]) >= 3)


# Last words of general terms an acronym may render (`주식매매계약(SPA)`, `최고사업책임자(CBO)`).
TERM_ENDINGS = ("계약", "책임자", "신청", "기술", "장치", "방식", "물질", "지표값", "비율", "증후군", "질환", "감염증")
# Last words of Chinese general terms an acronym may stand for (`CBS（災害告警系統）`), Simplified.
ZH_TERM_ENDINGS = ("系统", "技术", "装置", "设备", "机制", "模式", "方法", "方式")
# Words a body's name ends in (any language; nlp/data/organisation_endings.tsv).
ORG_ENDINGS: tuple[str, ...] = tuple(org_endings(None, "alias_name"))
# The words Chinese names of bodies end in (`…代表处`, `…总署`, `…组织`), for a Chinese rendering of
# an acronym (`TECRO（駐美國台北經濟文化代表處）`).
ZH_BODY_ENDINGS: tuple[str, ...] = tuple(org_endings("zh", "suffix_finder")) + ("组织",)


class AliasesStage:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        aliases, terms, shorts = find_aliases(doc)
        doc._.aliases = aliases
        doc._.terms = terms
        doc._.short_names = shorts
        set_span_group(doc, "aliases", [(a["name"]["start"], a["name"]["end"], "NAME") for a in aliases]
                       + [(a["alias"]["start"], a["alias"]["end"], "ALIAS") for a in aliases])
        return doc


@Language.factory("presspipe_aliases")
def make_aliases(nlp: Language, name: str) -> AliasesStage:
    return AliasesStage(nlp, name)
