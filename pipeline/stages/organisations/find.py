"""Organisation mentions, from four kinds of evidence, merged into one record per organisation.

1. alias pairs (`수곤(Sugon)`): the named side is an organisation's name, the other its name in
   another script;
2. organisation words (`공사`, `위원회`, `연구소`, `Corp.`, `Institute`, `公司`): the name runs
   leftwards from the word to where a phrase ends (see nlp/words.py);
3. lists introduced or closed by `기업`/`기관` phrases (`A, B, C 등의 기업`, `A와 같은 기관`,
   `대표 기업으로는 A, B가 있다`);
4. gazetteers: built-in bodies with no organisation word (`국무원`) and the user's file.
A name that ends another found name (`빈하이 첨단산업기술개발지구` in `톈진 빈하이
첨단산업기술개발지구`) is a short form of it: one record, both mentions.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from spacy.tokens import Doc, Token

from ...nlp.common_words import is_common_korean_word, is_common_word, only_common_words
from ...nlp.lexicon import COUNTRIES, DESCRIPTORS, KO_HEAD_OF, PLACES, is_reference_word, word_set, word_tuple
from ...nlp.names import (
    HONORIFIC,
    HONORIFIC_ENDS,
    MORE_TITLES,
    PERSON_TITLES,
    korean_personal_name,
    not_a_name_word,
    person_described,
    personal_name,
    surname_with_title,
    title_follows,
)
from ...nlp.places import country_code, is_city, is_country, is_demonym, is_place
from ...nlp.script import fold_han, script_of
from ...nlp.tokenizers import get_kiwi
from ...nlp.words import doc_text, ends_phrase, in_timex, letters_in_order, token_at, tokens_in, words_before
from . import en, en_context, ko, missions, zh, zh_local
from .gazetteer import known_names
from .keys import LEGAL_FORM_BEFORE, org_key, without_initial_stops

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Most words an organisation name may have when it is read leftwards from its organisation word.
MAX_WORDS = 7


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    source: str
    english: str | None = None
    other_names: list[str] = field(default_factory=list)
    weak: bool = False      # organisation word alone, no proper noun: needs another finder's support


# A body's head word and `of`/`for` right before a long form that an acronym spells (`Office of …`,
# `Bureau of …`, `Center for …`).
_EN_HEAD_OF_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+\s+){0,2}(?-i:Office|Bureau|Department|Division|Center|Centre|Institute|Council|"
                                r"Administration|Agency|Commission|Board|Ministry|Directorate|Secretariat)\s+(?:of|for)\s+(?:the\s+)?$")


def find_candidates(doc: Doc, aliases: list[dict], gazetteer: dict) -> list[Candidate]:
    text, lang = doc_text(doc), doc.lang_
    found: list[Candidate] = []
    known_spots = _known_spots(text, gazetteer)
    for a in aliases:
        n, al = a["name"], a["alias"]
        if is_person(text, a) or names_an_event(n["text"]) or names_an_event(al["text"]):
            continue
        if lang == "en" and in_ticker(text, al["start"]):
            continue  # `Velmo Corp. (TWSE: 6789)`: the exchange of a ticker bracket is no rendering of the name
        if any(len(x["text"].strip()) == 1 and x["text"].strip().isascii() for x in (n, al)):
            continue  # one Latin letter is no organisation's name (`'I(아이)'`, a song; `셸(Shell)` stays)
        if any(_places_listed(x["text"]) for x in (n, al)):
            continue  # `Europe, the Middle East and Africa (EMEA)`: a region of places, no body
        if al["lang"] == "zh" and n["lang"] == "ko" and not suffix_of(n["text"].split()[-1]) \
                and n["text"] not in known_names(gazetteer):
            continue  # Hangul(Hanja) pairs are mostly people and places: 시진핑(習近平), 장쑤(江蘇)
        english = al["text"] if al["lang"] == "en" else (n["text"] if n["lang"] == "en" else None)
        start = n["start"]
        if lang == "en" and n["lang"] == "en" and (head := _EN_HEAD_OF_BEFORE.search(text, max(0, start - 40), start)):
            # `Office of Cybersecurity, Energy Security, and Emergency Response (CESER)`: the acronym spells the
            # field, the office's head word before it is the name's
            start = head.start()
            english = text[start:n["end"]]
        found.append(Candidate(start, n["end"], _kind_of(text[start:n["end"]], english), "alias", english,
                               [al["text"]]))
    if lang == "ko":
        found += _korean_suffix_names(doc, aliases)
        found += _korean_lists(doc)
        found += _korean_coordinated(doc, aliases)
        found += [Candidate(s, e, _kind_of(text[s:e], None), "role") for s, e in _korean_affiliations(text)]
    elif lang == "zh":
        name_starts = {a["name"]["start"] for a in aliases}
        # A kind-of-organisation phrase right before a bracketed name describes it (韩国电影公司西海影业).
        found += [Candidate(s, e, kind, "suffix") for (s, e), kind in zh.find(text) if e not in name_starts]
        found += [Candidate(s, e, "company", "list") for s, e in zh.listed_with(text, found, known_spots)]
        found += [Candidate(s, e, "company", "investor") for s, e in zh.investor_names(text)]
        found += [Candidate(s, e, "government", "known") for s, e in zh_local.acting_places(text)]
    else:
        found += [Candidate(s, e, kind, "suffix") for (s, e), kind in en.find(text)]
        found += [Candidate(s, e, en.kind_of(text[s:e]), "list") for s, e in en_context.listed_names(text)]
        found += [Candidate(s, e, "government", "suffix") for s, e in en.governments_of_places(text)]
        found += [Candidate(s, e, kind, "suffix") for (s, e), kind in en.kind_headed_names(text)]
        found += [Candidate(s, e, en.kind_of(text[s:e]), "head") for s, e in en_context.headed_names(text)]
        # (a short form of a name found otherwise is that body's mention, not a body of its own:
        # `Chief Executive Officer of Corvane` beside `Corvane Robotics, Inc.`)
        named = {text[c.start:c.end] for c in found}
        lede_spans = _lede_names(doc, text)
        found += [Candidate(s, e, en.kind_of(text[s:e]), src) for src, spans in (("role", en_context.role_names(text)),
                                                                                 ("investor", en_context.investor_names(text)),
                                                                                 ("role", en_context.advisor_names(text)),
                                                                                 ("role", en_context.holding_names(text)),
                                                                                 ("role", en_context.owner_names(text)),
                                                                                 ("role", en_context.described_names(text)),
                                                                                 ("lede", lede_spans))
                  for s, e in spans if not any(n.startswith(text[s:e] + " ") and not (src == "lede" and _EN_SITE_LAST.search(n))
                                               for n in named)]
        # the other party of a deal (`signed an MOU with Startup Portugal`), unless the entity model reads
        # a person there and the name reads as one (`Dana Whitfield`; the model reads `Startup
        # Portugal` as a person too, but `Startup` names firms)
        people = {(s.start_char, s.end_char) for s in doc.spans["ner"] if s.label_ == "PERSON" and personal_name(s.text)} \
            if "ner" in doc.spans else set()
        known = {(c.start, c.end) for c in found}
        found += [Candidate(s, e, en.kind_of(text[s:e]), "role") for s, e in chain(en_context.deal_party_names(text),
                                                                                  en_context.acquired_names(text),
                                                                                  en_context.partner_names(text, known))
                  if (s, e) not in people and not any(n.startswith(text[s:e] + " ") for n in named)]
        lede = {text[s:e] for s, e in lede_spans}   # (a site named after the release's own body is none: `VinFast Testing Center`)
        found = [c for c in found if not any(_a_site_of(text[c.start:c.end], body) for body in lede)]
        names = {text[c.start:c.end] for c in found}
        for s, e in en.about_heads(text):   # (`About OSL` heads the section on `OSL Group`: one body)
            longer = sorted(n for n in names if n.startswith(text[s:e] + " "))
            opening = en.section_subject(text, e)   # (`About TES TEC` / `TES Touch Solutions is …`)
            if not longer and opening and (opening in names or en.has_org_word(opening)):
                longer = [opening]
            found.append(Candidate(s, e, en.kind_of(text[s:e]), "about", other_names=longer[:1]))
        for (xs, xe), (ys, ye) in en.former_names(text):
            found.append(Candidate(xs, xe, "company", "former_name", other_names=[text[ys:ye]]))
    found += [Candidate(s, e, "government", "mission") for s, e in missions.find(text, lang)]
    if lang == "ko":
        found += _korean_prefixed(doc)
        found += _korean_trade_names(doc)
        found += _korean_headed(doc)
        found += [Candidate(m.start(), m.end(), _national_kind(m.group()), "suffix") for m in KO_NATIONAL_BODY.finditer(text)]
        found += [Candidate(s, e, "education", "suffix") for s, e in _korean_university_short_names(doc)]
        # a legal-form mark glued to a name makes it a company's (`미섬시스텍(주)`, `㈜한빛`, `(주)한빛`)
        for m in _LEGAL_MARKED.finditer(text):
            s, e = m.span("name")
            found.append(Candidate(s, e, "company", "suffix"))
    if lang in ("ko", "zh"):
        found += [Candidate(s, e, "company", "suffix", english=text[s:e]) for s, e in en.latin_legal_names(text)]
    for spot in known_spots:
        m_start, m_end, kind = spot.start, spot.end, spot.kind
        name = text[m_start:m_end]
        if (_bounded(text, m_start, m_end) or lang == "zh" and kind == "company" and zh.known_company_bounded(text, m_start, m_end)) \
                and not in_ticker(text, m_start) \
                and not _inside_bracket(text, m_start) and not _word_goes_on(doc, m_end) \
                and not _VENUE_AFTER.match(text, m_end):
            end = m_end
            country = re.match(r" ([A-Z][a-z]+)\b", text[end:end + 20]) if lang == "en" and kind == "company" else None
            if country and is_country(country.group(1)):
                # a company's arm in a country is named so (`Intel Korea`, `KPMG China`), and is
                # the company where the release names both (`Standard Chartered` … `Standard Chartered Vietnam`)
                end += country.end()
            found.append(Candidate(m_start, end, kind, spot.source, other_names=[name] if end > m_end else []))
    if lang == "en":
        # names listed with two or more organisations found otherwise are organisations too
        spans = {(c.start, c.end) for c in found}
        found += [Candidate(s, e, en.kind_of(text[s:e]), "list") for s, e in en_context.coordinated_names(text, spans)
                  if not is_place(text[s:e])]
    # A province or city is a place unless it acts: `전라남도는 … 협약을 맺었다`, `서울시와`,
    # `경기 화성시는`; a one-token city or county (시/군) of ko.LOCAL_GOVERNMENTS counts when it
    # acts so (not `무르시는`, a person).
    acting = r"(?=(?:는|은|가|이|와|과|의\s지원|에서\s)\s)"
    if lang == "ko":
        for name in ko.PROVINCES:
            for m_start in _occurrences(text, name):
                m_end = m_start + len(name)
                if re.match(acting, text[m_end:m_end + 8]) and _bounded(text, m_start, m_end):
                    found.append(Candidate(m_start, m_end, "government", "known"))
        for tok in doc:
            if tok.tag_ == "NNP" and ko.is_city_or_county(tok.text) \
                    and re.match(acting, text[tok.idx + len(tok.text):]):
                found.append(Candidate(tok.idx, tok.idx + len(tok.text), "government", "suffix"))
            # … and one Kiwi reads as its place and 시/군 apart (`목포` + `시와`), a Korean county's or
            # city's, or a city of the world's that acts as a party (`다낭시와 협약을`, `울란바토르시는`)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.tag_ == "NNP" and nxt is not None and not tok.whitespace_ and nxt.text in ("시", "군") \
                    and (tok.text in ko.LOCAL_GOVERNMENTS or nxt.text == "시" and is_city(tok.text)) \
                    and re.match(acting, text[nxt.idx + 1:]):
                found.append(Candidate(tok.idx, nxt.idx + 1, "government", "suffix"))
    return found


# Fairs, exhibitions and meetings have names and acronyms too, but are not organisations.
EVENT_NAME = re.compile(r"(?:박람회|전시회|장비전|산업전|페어|포럼|축제|컨퍼런스|콘퍼런스|서밋|엑스포|메세|비엔날레|트리엔날레|위크|"
                         r"(?<=[가-힣])쇼|博览会|展览会|峰会|论坛|电影节|双年展|"
                         r"\b(?:Expo|Fair|Market|Show|Talk|Festival|Summit|Conference|Week|Messe|Biennale|Biennial|Triennale|"
                         r"EXPO|FAIR|MARKET|SHOW|TALK|FESTIVAL|SUMMIT|CONFERENCE|WEEK|MESSE))(?:\s?\d{4})?$")
# Trade fairs named by their own short names, with no word for a fair (`CES 2027`, `메디카(MEDICA)`).
TRADE_FAIRS = frozenset(word_set(DATA / "trade_fairs.txt"))
_YEAR_AFTER = re.compile(r"\s?(?:19|20)\d{2}$")


def names_an_event(name: str) -> bool:
    """A fair, show, festival or conference by its last word (`하노버 메세`, `베니스 비엔날레`,
    `Web Summit 2026`), or a trade fair known by its own short name (`바르셀로나 MWC`, `CES 2027`)."""
    if EVENT_NAME.search(fold_han(name)):
        return True
    bare = _YEAR_AFTER.sub("", name.strip())
    words = bare.split(" ")
    return bare in TRADE_FAIRS or any(bare.endswith(" " + f) for f in TRADE_FAIRS) or (
        words[0] in TRADE_FAIRS and 1 < len(words) <= 3 and all(is_place(w) or w in _FAIR_EDITIONS for w in words[1:]))
    # (`IFA Berlin`, `MWC Barcelona`, `SEMICON West`: the fair and where or which edition)


_FAIR_EDITIONS = {"West", "East", "North", "South", "Asia", "Europe", "Americas", "Shanghai", "Taipei", "Korea", "China",
                  "Japan", "India"}
# Words a text uses for an organisation already named: never a name of their own.
GENERIC_NAMES = {"公司", "集团", "本公司", "该公司", "회사", "당사", "동사", "그룹", "the Company", "Company", "the company",
                  "the Group", "Group"}
_GENERIC_LATIN = {"PC", "AI", "IT", "TV", "VR", "AR", "IoT", "SW", "HW", "ICT", "OTT", "SaaS", "B2B", "B2C", "ESG", "EV",
                  "UAM", "K", "R&D", "DX", "GX", "CEO", "CTO", "CFO", "LNG", "MOU"}


def is_person(text: str, pair: dict) -> bool:
    """A name/alias pair that names a person: the Latin side reads as a personal name (or there
    is none) and the name has no organisation word, with an initial or honorific in the Latin
    side or a job title beside the pair (`칼리드 알 하마디(Khalid Al Hammadi) DMCC 최고경영자는`,
    `首席执行官金敏俊（Kim Min-jun）`, `재클린 오닐(Jacqueline O’Neill) 캐나다 여성·평화·안보 대사`)."""
    n, al = pair["name"], pair["alias"]
    latin = al["text"] if al["lang"] == "en" else n["text"] if n["lang"] == "en" else ""
    native = n["text"] if n["lang"] != "en" else al["text"]
    if latin and re.fullmatch(r"[A-Z][a-z]{3,}", latin) and not en.has_org_word(latin) \
            and not is_country(latin) and surname_with_title(text, max(n["end"], al["end"]) + 1):
        return True   # a surname alone, a title after it (`레예스(Reyes) 경제위원장 등`)
    if latin and re.fullmatch(r"[A-Z][a-z]{2,}", latin) and not en.has_org_word(latin) \
            and _AFTER_A_PROFESSION.search(text[max(0, n["start"] - 12):n["start"]]):
        return True   # one word after what a person does (`힙합 아티스트 빌랄(Bilal)이`)
    if latin and (not personal_name(latin) or en.has_org_word(latin)):
        return False
    if native.split() and suffix_of(native.split()[-1]):
        return False
    latin_at = al if al["lang"] == "en" else n
    honoured = HONORIFIC_ENDS.search(text[max(0, latin_at["start"] - 6):latin_at["start"]]) is not None
    if latin and (re.search(r"\b[A-Z]\.", latin) or HONORIFIC.match(latin) or honoured):
        return True
    start = min(n["start"], al["start"])
    close = max(n["end"], al["end"]) + 1
    return person_described(text, start, close)


# An exchange and a symbol (`NYSE: QBTS`, `KRX: 042660`, `TSX-V: NCM`, `TSX.V: NCM`, `NYSE American: XYZ`), and a
# bracket of one or more of them (`(TSX-V: NCM) (OTCQB: NCMRF)`, `(TSXV: NCM; OTCQB: NCMRF)`).
_LISTING = r"[A-Z][A-Za-z]{1,7}(?:[.-][A-Z]{1,2}|\s[A-Z][a-z]{2,9})?\s?[:：]\s?[A-Z0-9.]{1,10}"
_TICKER = re.compile(rf"[(（]\s?{_LISTING}(?:\s?[;,]\s?{_LISTING})*\s?[)）]")


@functools.lru_cache(maxsize=8)
def ticker_symbols(text: str) -> frozenset[str]:
    """The stock symbols the text gives in ticker brackets (`(NYSE: QBTS)`, `(KRX: 042660)`); read
    once per text, however many of its candidates ask."""
    return frozenset(re.split(r"[:：]", part)[-1].strip() for m in _TICKER.finditer(text)
                     for part in re.split(r"[;,]", m.group(0).strip("(（)） ")))


def in_ticker(text: str, pos: int) -> bool:
    """Inside a stock ticker bracket such as `(KRX: 042660)`, `(NYSE: CRVN)` or `(Nasdaq: VLMR)`."""
    opening = max(text.rfind("(", max(0, pos - 40), pos + 1), text.rfind("（", max(0, pos - 40), pos + 1))
    m = _TICKER.match(text, opening) if opening >= 0 else None
    return bool(m) and m.start() < pos < m.end()


def _word_goes_on(doc: Doc, end: int) -> bool:
    """A known name that is only the start of a longer word: it ends inside a token
    (`카카오` in `카카오스토리`) or a noun is glued to it (`국회` + `의원`, `헌법재판소` + `법`)."""
    text = doc_text(doc)
    if end >= len(text) or not ("가" <= text[end] <= "힣"):
        return False
    nxt = token_at(doc, end)
    if nxt is None:
        return True  # no token starts here: the name ends inside one
    return nxt.tag_.startswith(("NN", "XSN", "SL", "SN"))


def _bounded(text: str, s: int, e: int) -> bool:
    """A match that is a whole name: no letter of the same script glued before it, and for a
    Latin or numeric name none after it either (Korean particles may follow a Hangul name)."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() and script_of(before) == script_of(text[s]):
        return False
    if script_of(text[e - 1]) in ("latin", "other") and after.isalnum() and script_of(after) in ("latin", "other"):
        return False
    return True


_BRACKET_IN_NAME = re.compile(r"\s?[(（][^()（）]*[)）]")
_KEPT_BRACKET = re.compile(r"[(（](?:[\u4e00-\u9fff]{1,6}|주|유|사|재)[)）]")


def _unbracketed(name: str) -> str:
    """A name without a bracket inside it (`한화오션(Hanwha Ocean)`), unless the bracket is the place
    of a Chinese company's registered name (`华芯半导体（北京）有限公司`) or a Korean legal form (`(주)`)."""
    return _BRACKET_IN_NAME.sub(lambda m: m.group(0) if _KEPT_BRACKET.fullmatch(m.group(0).strip()) else "", name).strip()


def _kind_of(name: str, english: str | None) -> str:
    ending = suffix_of(name.split()[-1] if name.split() else name)
    if ending:
        kind = ko.SUFFIX_KIND[ending]
        return "company" if kind in ("other", "zone") and english and en.company_words(english) else kind
    zh_kind = zh.kind_by_ending(name)
    if zh_kind and fold_han(name) not in zh.SUFFIX_KIND:
        return zh_kind   # a Chinese name says its kind by its word (`日本國家旅遊局（JNTO）`)
    if english and not (name.isascii() and en.has_org_word(name) and not en.has_org_word(english)):
        return en.kind_of(english)
    if ko.a_party(name):
        return "other"   # a political party (`정의당`, `더불어민주당`): no company
    # a Latin name with no Korean ending says its kind in English (`European Medicines Agency`)
    return en.kind_of(name) if name.isascii() else "company"


_GOV_WORD = re.compile(rf"(?:{ko.MINISTRY}|{ko.AGENCY}|{ko.OFFICE})$")


# The organisation words by length, longest first: a word ends in at most one of each length, so
# its tails are looked up instead of trying every organisation word (called for every noun).
_SUFFIXES_BY_LENGTH = [(n, {k for k in ko.SUFFIX_KIND if len(k) == n})
                       for n in sorted({len(k) for k in ko.SUFFIX_KIND}, reverse=True)]


def suffix_of(word: str) -> str | None:
    """The organisation word that ends `word` (`위원회`, `공사`, `부` after a ministry's stem), or None."""
    for n, words in _SUFFIXES_BY_LENGTH:
        k = word[-n:]
        if k in words and (k not in ko.GOVERNMENT_WORDS or _GOV_WORD.search(word)):
            return k
    if word[-1:] in ("부", "청", "처") and _foreign_government(word):
        return word[-1]
    return None


def _foreign_government(word: str) -> bool:
    """A country's name, then the stem of a ministry or an agency of two syllables or more, glued
    (`카타르투자청`, `프랑스재무부`): a foreign government's body, whatever its stem."""
    return any(is_country(word[:k]) and re.fullmatch(r"[가-힣]{2,8}", word[k:-1]) for k in range(2, len(word) - 2))


# A word for a kind of firm before a name describes it (`협동로봇 전문기업 누리로보틱스`, `AI 스타트업 …`).
_KO_KIND_OF_FIRM = re.compile(r"(?:기업|업체|스타트업|벤처)$")

_LEGAL_MARKED = re.compile(r"(?<![가-힣A-Za-z0-9&])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,19})(?:\((?:주|유)\)|㈜)")


def _korean_suffix_names(doc: Doc, aliases: list[dict]) -> list[Candidate]:
    """Names that end in an organisation word, read leftwards to where a phrase ends. An alias
    bracket inside the name (`톈진 화웨이 쿤펑(Tianjin Huawei Kunpeng) 생태계 혁신센터`) is stepped over."""
    text = doc_text(doc)
    known = known_names({})
    bracket_at = {a["alias"]["end"] + 1: a for a in aliases}  # index after ')' -> alias pair
    out = []
    for tok in doc:
        if not tok.tag_.startswith(("NNG", "NNP", "SL", "XSN")):
            continue
        end = tok.idx + len(tok.text)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and not tok.whitespace_ and nxt.tag_.startswith(("NN", "XSN", "SL", "SN")):
            continue  # the word goes on: the organisation word must end the word
        word_start = _word_start(doc, tok.i)
        suffix = suffix_of(text[word_start:end])
        if not suffix and tok.tag_ == "NNP" and re.fullmatch(r"[가-힣]{2,8}[부청처]", tok.text) and (
                len(tok.text) > 3 or tok.text.endswith("부") or tags_read_alone(tok.text[:-1]) == ("NNG",)):
            suffix = tok.text[-1]   # a ministry Kiwi knows as one proper noun (`고령사회보장부`): any stem
            # (a stem of two syllables before 처 or 청 must be a word, `기획처`: not a loanword's, `바우처`)
        if not suffix and _foreign_ministry(doc, word_start, tok):
            suffix = tok.text[-1]
        if not suffix:
            continue
        if re.fullmatch(ko.RELATED_BODY, text[word_start:end]):
            continue   # `UNESCAP 산하기구`, `정부 유관기관`: what is under or related to a body, no name
        if suffix == "공사" and end - word_start == 2 and text[word_start - 1:word_start].isspace():
            continue   # `서해선 복선전철 공사를 마무리`: 공사 as a word of its own is the works; a public
            # corporation's name holds it in its word (`한국도로공사`, `서울교통공사`) or after a bracket
            # (a Chinese firm's 公司, `충칭동방륜선(東方輪船)공사`)
        if suffix in ("시청", "도청", "군청", "구청") and not _a_local_government(text[word_start:end - 1]):
            continue   # `실시간 시청` is watching; a city hall needs its city (`창원시청`, `무안군청`)
        if suffix == "방송" and (end - word_start == 2 and not re.search(r"[A-Z]{2,}\s$", text[max(0, word_start - 8):word_start])
                                or tok.i > 0 and doc[tok.i - 1].tag_ == "XPN"):
            continue   # a broadcaster's name holds 방송 in its word (`문화방송`) or follows its call letters
            # (`NBC 방송`); `탑기어 방송`, `생방송` are broadcasts
        if suffix == "연구원" and re.match(r"들|\s?(?:\d+|[한두세네]|수십|수백)\s?명", text[end:end + 6]):
            continue   # researchers counted (`연구원 2명`, `연구원들`) are people, no institute
        kind = ko.SUFFIX_KIND[suffix]
        start = word_start
        n = 1
        pos = word_start
        while n < MAX_WORDS:
            pair = bracket_at.get(pos - 1) or bracket_at.get(pos)
            if pair and (suffix in ko.GOVERNMENT_WORDS or _a_person_pair(text, pair, end)
                         or suffix_of(pair["name"]["text"].split(" ")[-1])):
                break   # a minister's name and its rendering before a ministry (`… 카사비(Majid A. Al Kassabi) 상무부`);
                        # a person's before the body they speak for (`후앙 파블로 유리베(Juan Pablo Uribe) 세계은행 보건국장`);
                        # a body with its own rendering before its committee (`경제협력개발기구(OECD) 디지털경제정책위원회`)
            if pair and text[pair["alias"]["end"]:pos].strip() in (")", "）"):
                start = pair["name"]["start"]
                pos = start
                n += 1
                continue
            prev = words_before(doc, pos, limit=1)
            if prev and not ends_phrase(prev[0]) and ko.DISTRICT.search(prev[0].text) and \
                    re.fullmatch(r"[가-힣]{2,6}[군구]", prev[0].text) and _a_kind_of_body(text[start:end]):
                start = prev[0].start   # `강진군 도시재생지원센터`: a county's own office of a kind
                break                   # (while `서초동 대검찰청` is an address before a name)
            if not prev or ends_phrase(prev[0]) or prev[0].text in KO_DESCRIPTORS or _KO_KIND_OF_FIRM.search(prev[0].text) or \
                    prev[0].text in ko.NOT_IN_NAMES or in_timex(doc, prev[0].start) or \
                    ko.DISTRICT.search(prev[0].text) or _person_before_title(doc, prev[0], end) or \
                    not_a_name_word(prev[0]) or (_a_person(doc, prev[0], start) and _named_without(doc, start, end, suffix)):
                break
            if "\n" in text[prev[0].end:pos]:
                break
            if (suffix in ko.GOVERNMENT_WORDS or text[start:end] in known) and not is_country(prev[0].text):
                break   # a ministry or agency, or a body the registry knows, takes its country at most
                        # (`덴마크 고령부`); what stands before is a person's name (`… 세계보건기구`)
            start, pos = prev[0].start, prev[0].start
            n += 1
            if suffix in ko.GOVERNMENT_WORDS:
                break
        while start < end and text[start] in "‘’“”'\"「『《〈":
            start += 1
        home = text[start:end].split(" ", 1)
        if kind == "government" and len(home) == 2 and home[0] in _HOME:
            start += len(home[0]) + 1   # a Korean release's own country before its own body describes it:
            # `한국 조달청` is 조달청 (a foreign one names it, `독일 재무부`)
        elif kind != "government":
            start = _past_leading_country(text, start, end)
        name = text[start:end]
        if kind in ko.ZONE_KINDS and not _starts_with_proper_noun(doc, start):
            continue
        if len(name) < 2 or name in ko.GENERIC or _inside_bracket(text, start):
            continue
        proper = any(t.tag_.startswith(("NNP", "SL", "SH")) for t in tokens_in(doc, start, end) if True
                     and not (t.text in COUNTRIES and t.whitespace_) and t.text not in _GENERIC_LATIN)
        # Common nouns and an organisation word make a kind of body (`저축은행`, `걸그룹`,
        # `항공사`), not a name, unless a ministry's stem makes it one (`산업통상자원부`).
        # A long compound of nouns before the organisation word is a name, not a kind of body
        # (`저출산고령사회위원회`, `지역테러대책협의회`).
        head = name[: len(name) - len(suffix)].replace(" ", "")
        named = proper or _GOV_WORD.search(name) is not None or _proper_alone(head) or (len(head) >= 5 and kind != "company") \
            or _LEGAL_MARK_BEFORE.search(text, max(0, start - 6), start) is not None \
            or (tok.tag_ == "NNP" and name.endswith(("부", "청", "처"))) \
            or _school_by_its_name(name) or (head.startswith("국립") and len(head) >= 3)
        # (`국립환경과학원`: a national body of its kind is the one body so named)
        out.append(Candidate(start, end, kind, "suffix", weak=not named))
    return out


# A legal person's mark right before a name (`(재)누리진흥원`, `(사)한빛협회`, `재단법인 누리재단`): a
# registered body, whatever its words.
_LEGAL_MARK_BEFORE = re.compile(r"(?:[(（](?:재|사|주|유|학|의)[)）]|[㈜㈔㈐]|(?:재단|사단|학교|의료|사회복지)법인\s?)$")


def _a_kind_of_body(name: str) -> bool:
    """`도시재생지원센터`, `청소년상담센터`: four syllables or more in which Kiwi, reading them
    alone, finds only common nouns, and the registry does not know it: a kind of office that a
    place's name makes one body."""
    if len(name.replace(" ", "")) < 4 or name in ko.GENERIC:
        return False   # `본부`, `사옥`: the building a body is in (`대전 유성구 본부에서`)
    if name in known_names({}):
        return False
    tags = tags_read_alone(name)
    if bool(tags) and all(t.startswith(("NNG", "XSN")) for t in tags):
        return True
    # (Kiwi knows some kinds of office as one proper noun, `농업기술센터`: its stem before the organisation
    # word, read alone, is common nouns all the same)
    suffix = suffix_of(name)
    stem = name[:-len(suffix)].replace(" ", "") if suffix else ""
    stem_tags = tags_read_alone(stem) if len(stem) >= 2 else ()
    return tags == ("NNP",) and bool(stem_tags) and all(t.startswith("NNG") for t in stem_tags)


def _foreign_ministry(doc: Doc, word_start: int, last: Token) -> bool:
    """`캐나다 국제무역부`, `우간다 농업연구청`, `영국 보건안보청`: another country's ministries and
    agencies are translated freely, so their stems are not the Korean ones MINISTRY and AGENCY
    know; a country before the word says it is one. The word must be a compound whose last part
    is the ministry word (`국제`+`무역`+`부`, `외교`+`통상부`), not one common noun (`남부`,
    `연락처`, `지역본부`)."""
    text = doc_text(doc)
    end = last.idx + len(last.text)
    toks = tokens_in(doc, word_start, end)
    if len(toks) < 2 or not all(t.tag_.startswith(("NNG", "NNP")) for t in toks):
        return False
    tail = toks[-1].text
    if not (tail in ko.GOVERNMENT_WORDS or (len(tail) == 3 and tail[-1] in ko.GOVERNMENT_WORDS)):
        return False
    prev = words_before(doc, word_start, limit=1)
    if bool(prev) and (is_country(prev[0].text) or prev[0].text in _UNDER_A_BODY) and text[prev[0].end:word_start].isspace():
        return True   # (`인도네시아 산업부 산하 산업연구개발청`: what stands under a body is a body)
    # (the country with its rendering in brackets between: `아랍에미리트(UAE) 에너지인프라부`)
    rendered = _COUNTRY_RENDERED_BEFORE.search(text, max(0, word_start - 40), word_start)
    return rendered is not None and is_country(rendered.group(1))


# Words that put the name after them under a body (`산하`, `소속`): a ministry's or agency's word
# ending that name ends a body's name, not a common noun.
_UNDER_A_BODY = ("산하", "소속")

_COUNTRY_RENDERED_BEFORE = re.compile(r"([가-힣]{2,12})\s?[(（][A-Za-z][A-Za-z.&\s]{0,30}[)）]\s+$")


@functools.lru_cache(maxsize=4096)
def tags_read_alone(text: str) -> tuple[str, ...]:
    """Kiwi's tags for `text` read on its own, out of its sentence: Kiwi reads a word differently
    in context (`-- 한빛전자가`: 한 MM + 빛 NNG; unknown compounds of common nouns as proper nouns)."""
    return tuple(t.tag for t in get_kiwi().tokenize(text))


def _proper_alone(head: str) -> bool:
    """The part of a name before its organisation word counts as a proper noun when Kiwi, reading
    it alone, makes it one token tagged NNP (`한빛`; not `저축`, `걸`)."""
    head = head.strip()
    if not head or " " in head or not re.fullmatch(r"[가-힣]{2,6}", head):
        return False
    return tags_read_alone(head) == ("NNP",)


def _past_leading_country(text: str, start: int, end: int) -> int:
    """`영국 한빛대학교` is 한빛대학교 of Britain: a leading country is not part of the name
    (a government body keeps its country: `독일 재무부` is a name, `재무부` alone is not; so does a
    body named only by its kind, `우간다 축산연구소`)."""
    m = re.match(r"(\S+)\s", text[start:end])
    if m and m.group(1) in COUNTRIES and end - start > m.end() + 1 \
            and not _common_nouns_alone(text[start + m.end():end]):
        return start + m.end()
    return start   # (`우간다 축산연구소`: a body of its kind is named by its country)


def _common_nouns_alone(name: str) -> bool:
    """Kiwi, reading the name alone, finds only common nouns and noun suffixes in it."""
    tags = tags_read_alone(name)
    return bool(tags) and all(t.startswith(("NNG", "XSN", "XPN")) for t in tags)




def _a_local_government(name: str) -> bool:
    """`창원시`, `무안군`, `경기도`, `강남구`: a city, county, province or district by its name."""
    return ko.is_city_or_county(name) or name in ko.PROVINCES or bool(re.fullmatch(r"[가-힣]{1,4}구", name))


def _named_without(doc: Doc, start: int, end: int, suffix: str) -> bool:
    """The words from `start` to the organisation word already make a named body on their own
    (`외교부`, a ministry; `한빛 연구소`, a proper noun): a person before them is not part of it
    (`강정식 외교부`), while `김앤장 법률사무소` needs the name the model took for a person's."""
    name = doc_text(doc)[start:end]
    return _GOV_WORD.search(name) is not None or \
        any(t.tag_.startswith(("NNP", "SL", "SH")) for t in tokens_in(doc, start, end - len(suffix)))


def _a_person_pair(text: str, pair: dict, name_end: int) -> bool:
    """A bracket pair that renders a person: a Latin person's name (`Juan Pablo Uribe`) whose
    description, closed by a title, runs past the organisation word (`… 세계은행 보건국장`), or one
    written with an honorific (`Mr. Thiékoro DOUMBIA`)."""
    latin = [x["text"] for x in (pair["name"], pair["alias"]) if x["lang"] == "en"]
    if not latin or not personal_name(latin[0]) or suffix_of(pair["name"]["text"].split()[-1]):
        return False
    return bool(HONORIFIC.match(latin[0])) or title_follows(text, name_end)


def _a_person(doc: Doc, word, name_start: int) -> bool:
    """A word that is (part of) a person's name before an organisation: the entity model (where it
    ran) marks it a person (`강정식 외교부`), or it is a capitalised Latin name (`Julian Ventura 외교부`);
    acronyms stay (`APEC 기업인자문위원회`)."""
    if re.fullmatch(r"[A-Z][a-z]+\.?", word.text):
        return True
    if "ner" not in doc.spans or is_country(word.text):
        return False   # (the model reads some countries as people: `우간다`)
    for s in doc.spans["ner"]:
        if s.label_ in ("PS", "PERSON") and s.start_char <= word.start and word.end <= s.end_char <= name_start:
            # a Korean name (a surname and one or two syllables) or a foreign one of several words;
            # the model also reads one-word company names as people (`다온 웰니스`)
            return bool(re.fullmatch(r"[가-힣]{3}", s.text) and korean_personal_name(s.text)) or " " in s.text.strip()
    return False


def _person_before_title(doc: Doc, word, org_end: int) -> bool:
    """`김재춘 교육부 차관`: a person's name before an organisation that a job title follows is
    the person's, not part of the organisation's name."""
    after = re.sub(r"^제\d{1,2}", "", doc_text(doc)[org_end:org_end + 12].lstrip())
    if not after.startswith(PERSON_TITLES + MORE_TITLES):
        return False
    w = word.text
    return korean_personal_name(w) and not is_country(w) and any(t.startswith("NNP") for t in word.tags)


def _inside_bracket(text: str, pos: int) -> bool:
    """Inside an open bracket on the same line (`(CEPI, 백신개발 국제기구)`): an aside; not a
    bracket that lists the bodies a kind word before it names (`유관기관(농협, 한빛공사 등)`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    seg = text[line_start:pos]
    if (seg.count("(") + seg.count("（")) <= (seg.count(")") + seg.count("）")):
        return False
    opened = max(seg.rfind("("), seg.rfind("（")) + line_start
    return not (_KINDS_BEFORE_A_LIST.search(text, max(0, opened - 8), opened) and "," in text[opened:pos + 40].split(")")[0])


# Words for kinds of bodies that a bracket after them lists by name (`관계기관(A, B, C 등)`).
_KINDS_BEFORE_A_LIST = re.compile(r"(?:기관|기업|업체|단체|부처|협회|회사|은행|대학|공사|공단|연구소|연구원|센터|지자체)\s?$")


_UNIVERSITY_CUE = re.compile(r"대학|교수|총장|학생|연구진|연구팀|산학")


def _korean_university_short_names(doc: Doc):
    """`원광대`, `동신대`, `듀크대`: a university by the short form of its name, the stem and 대.
    Kiwi knows Korean ones as one proper noun ending in 대; a foreign one is a proper noun with
    대 glued to it, before a particle or a space (`스탠포드대와`). Only in a release that speaks
    of universities (a professor, students, a research team), not a place, and not `현대` (two
    syllables: a company and a word)."""
    text = doc_text(doc)
    if not _UNIVERSITY_CUE.search(text):
        return  # places end in 대 too (`해운대`): a release about universities names them so
    for tok in doc:
        if tok.tag_ == "NNP" and re.fullmatch(r"[가-힣]{2,5}대", tok.text):
            s, e = tok.idx, tok.idx + len(tok.text)
        elif tok.tag_ == "NNG" and tok.text == "대" and tok.i > 0 and doc[tok.i - 1].tag_ == "NNP" \
                and not doc[tok.i - 1].whitespace_ and re.fullmatch(r"[가-힣]{2,6}", doc[tok.i - 1].text):
            s, e = doc[tok.i - 1].idx, tok.idx + 1
        else:
            continue
        if s > 0 and ("가" <= text[s - 1] <= "힣" or text[s - 1].isalnum()):
            continue  # inside a longer word
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and not tok.whitespace_ and not nxt.tag_.startswith(("J", "SP", "SF", "SS")):
            continue  # the word goes on (`서울대병원` is read by its own organisation word)
        name = text[s:e]
        if is_place(name) or is_country(name[:-1]) or name[:-1] in ko.PROVINCES:
            continue
        yield s, e


# Korean words for a line of business that end company names but are common nouns too
# (`누리해운`, `가람건설`), a data file.
KO_TRADE_WORDS: tuple[str, ...] = word_tuple(DATA / "ko_trade_words.txt")
KO_PROFESSIONS: tuple[str, ...] = word_tuple(DATA / "ko_professions.txt")
_AFTER_A_PROFESSION = re.compile(rf"(?:^|\s)(?:{'|'.join(KO_PROFESSIONS)})\s$")
_KO_WORD = re.compile(r"(?<![가-힣A-Za-z0-9&])[가-힣]{3,20}")


def trade_name_head(word: str) -> str | None:
    """What stands before the word for a line of business that ends `word` (`한빛` of `한빛해운`),
    two letters or more; None where no such word ends it, or `테크` does (`에이지테크`, `푸드테크`:
    fields of technology)."""
    trade = next((t for t in KO_TRADE_WORDS if word.endswith(t) and len(word) >= len(t) + 2), None)
    return None if trade is None or trade == "테크" else word[:-len(trade)]


def _korean_trade_names(doc: Doc) -> list[Candidate]:
    """`한화에어로스페이스`, `한빛해운`: one word made of a name Kiwi knows for a proper noun, read
    alone, and a word for a line of business is a company's name (not after a place's name:
    `미국반도체`, `서울자동차`, which say where)."""
    text = doc_text(doc)
    out = []
    for m in _KO_WORD.finditer(text):
        end = _strip_particle(doc, m.start(), m.end())
        word = text[m.start():end]
        head = trade_name_head(word)
        if head is None:
            continue
        if _proper_alone(head) and not is_place(head) and not is_country(head):
            out.append(Candidate(m.start(), end, "company", "suffix"))
    return out


def _korean_prefixed(doc: Doc) -> list[Candidate]:
    """`㈜한빛정밀`, `(주)한결`, `주식회사 한빛`: a legal-form mark makes a company name."""
    out = []
    text = doc_text(doc)
    for m in re.finditer(r"(?:㈜|\(주\)|주식회사\s|(?:법무|회계|세무|특허|재단|사단|학교|의료|사회복지)법인\s)\s?[가-힣A-Za-z0-9&]+", text):
        if text[m.start()] in "㈜(" and m.start() > 0 and re.match(r"[가-힣A-Za-z0-9&]", text[m.start() - 1]) \
                and text[m.start() + (1 if text[m.start()] == "㈜" else 3)].isspace():
            continue   # the mark glued after a name and a word after a space (`지티엑스씨(주) 관계자`): the name's own
            # legal form, not one that opens the next word
        end = _strip_particle(doc, m.start(), m.end())
        if end - m.start() >= 3:
            out.append(Candidate(m.start(), end, "company", "legal_form"))
    return out


# The head a Korean release names in brackets after a body (`누리바이오(대표 김영희)`, `한빛대학교(총장
# 이한빛)`): what stands before the bracket is the body.
_KO_HEADED = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z][가-힣A-Za-z0-9&·]{1,19})\s?[(（]\s?"
                        r"(?P<title>대표이사|대표|사장|회장|원장|이사장|총장|청장|위원장|센터장|소장|의장|단장|본부장|관장|장관|처장|시장|군수|구청장|도지사)\s?"
                        r"[가-힣]{2,4}[)）]")


def _korean_headed(doc: Doc) -> list[Candidate]:
    """A name whose bracket names its head (`누리바이오(대표 김영희)는`): a body, whatever its words."""
    out = []
    for m in _KO_HEADED.finditer(doc_text(doc)):
        s, e = m.span(1)
        # (a body named with its own head, `한빛군(군수 …)`, is that body's, however much it reads
        # like a person's name: 한 + 빛군)
        own_head = m.group(1).endswith(KO_HEAD_OF.get(m.group("title"), "\0"))
        if own_head or not (is_place(m.group(1)) or korean_personal_name(m.group(1))):
            # (a province or a city with its own head, `경상북도(도지사 …)는`, is its government acting)
            kind = "government" if own_head else ko.SUFFIX_KIND.get(suffix_of(m.group(1)) or "", "company")
            out.append(Candidate(s, e, kind, "head"))
    return out


# Words before an organisation word that describe it rather than name it.
KO_DESCRIPTORS = DESCRIPTORS | {"최초의", "국가", "이", "그", "해당", "각", "여러", "모든", "전", "현"}


def _word_start(doc: Doc, i: int) -> int:
    while i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space and \
            not doc[i - 1].tag_.startswith(("S", "J", "E")):
        i -= 1
    return doc[i].idx


def _starts_with_proper_noun(doc: Doc, start: int) -> bool:
    tok = token_at(doc, start)
    return tok is not None and tok.tag_.startswith("NNP")


_CONSORTIUM = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]{2,15}(?:[·ㆍ][가-힣A-Za-z0-9&]{2,15}){1,5})\s?컨소시엄")


# The verb that closes a list of firms named after `기업으로는`, `기관에는`: they are, or are among, them.
_KO_LISTING_VERB = re.compile(r"있|포함")


def _korean_lists(doc: Doc) -> list[Candidate]:
    """Items of `A, B, C 등의 기업` / `A와 같은 기관` and `기업으로는 A, B가 있다`."""
    text = doc_text(doc)
    out = []
    for m in re.finditer(ko.LIST_AFTER, text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        for s, e in _items_before(doc, line_start, m.start()):
            if _a_field_not_a_name(text[s:e]):
                continue   # `자동차, 배터리, 철강 등 주요 업종 기업`: fields of business, not names
            out.append(Candidate(s, e, "company" if re.search("기업|업체|회사|스타트업", m.group(0)) else "other", "list"))
    # the members of a consortium, joined by middle dots before the word (`가온·누리·한빛공사 컨소시엄`)
    for m in _CONSORTIUM.finditer(text):
        pos = m.start(1)
        for item in re.split(r"[·ㆍ]", m.group(1)):
            s, e = pos, pos + len(item)
            pos = e + 1
            if len(item) >= 2 and not _a_field_not_a_name(item) and not is_place(item) and not is_country(item):
                out.append(Candidate(s, e, "company", "list"))
    for m in re.finditer(ko.LIST_BEFORE, text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        have = _KO_LISTING_VERB.search(text, m.end(), line_end)
        if have is None:
            continue   # `선정 기업에는 A의 자금, B의 보증이 지원된다`: what the firms are given, no list of firms
        segment_end = have.start()
        for s, e in _items_after(doc, m.end(), segment_end):
            out.append(Candidate(s, e, "company" if "기업" in m.group(0) else "other", "list"))
    return out


_TITLE_RUN = "|".join(map(re.escape, sorted(set(PERSON_TITLES + MORE_TITLES), key=len, reverse=True)))
_AFFILIATION = re.compile(r"(?<![가-힣A-Za-z&])(?:(?P<org>[가-힣A-Za-z][가-힣A-Za-z&]{1,14}) (?P<per>[가-힣]{3})"
                          r"|(?P<per2>[가-힣]{3}) (?P<org2>[가-힣A-Za-z][가-힣A-Za-z&]{1,14})) (?:" + _TITLE_RUN + r")"
                          r"(?:[은는이가을를의께과와도]|에게)?(?![가-힣])")
# Units of a body, whose name a person's affiliation gives as often as the body's (`…과`, `…담당관`, `…국`)
_UNIT_ENDS = ("과", "관", "국", "실", "팀", "반")


def _korean_affiliations(text: str) -> list[tuple[int, int]]:
    """A person's affiliation, written right before or after the person's name and before the title
    (`누리텔레콤 김하늘 팀장`, `김하늘 누리텔레콤 팀장`), as Korean releases list prize winners,
    speakers and participants: a body's name where Kiwi, reading it alone, starts it with a proper
    noun or Latin letters or reads one noun that is no common word, and it names no place nor a
    body's unit."""
    out = []
    for m in _AFFILIATION.finditer(text):
        key = "org" if m.group("org") else "org2"
        org, per = m.group(key), m.group("per" if key == "org" else "per2")
        if not korean_personal_name(per) or not all(t.startswith("NN") for t in tags_read_alone(per)) \
                or korean_personal_name(org) or org.endswith(_UNIT_ENDS) or is_place(org) or is_country(org) \
                or org in PERSON_TITLES + MORE_TITLES or org in KO_TRADE_WORDS or suffix_of(org) == org:
            continue
        tags = tags_read_alone(org)
        if all(t.startswith(("NN", "SL", "SN", "XSN")) for t in tags) and (
                tags[:1] in (("NNP",), ("SL",)) or len(tags) == 1 and not is_common_korean_word(org)):
            out.append(m.span(key))   # (one noun Kiwi does not know as a common word: a coined name, `누리텔레콤`)
    return out


def _a_field_not_a_name(item: str) -> bool:
    """A list item of three words or more or joined by `및`, one made of words Korean text uses
    often (`자동차`, `원산지 기준`), or of common nouns
    that Kiwi, reading it alone, splits in two or more (`재외공관`): no coined name, and none the
    registry knows."""
    words = item.split()
    if not words or item in known_names({}) or re.search(r"[A-Za-z0-9]", item):
        return False
    if "및" in words or len(words) >= 3:
        return True   # a phrase (`안정적 운영 및 개선`), not a name listed
    if all(is_common_korean_word(w) for w in words):
        return True
    tags = tags_read_alone(item)
    return len(tags) >= 2 and all(t.startswith(("NNG", "XSN")) for t in tags)


# A national body: 국립 and its name, ending in a word for an institution that alone is too common
# to end a name (`국립국어원`, `국립해양조사원`, `국립중앙박물관`, `국립농업과학원`); never a park or garden.
KO_NATIONAL_BODY = re.compile(r"(?<![가-힣])국립(?!공원|정원)[가-힣]{2,14}?(?:원|관|소|센터)(?=[은는이가을를의와과에도로,·ㆍ)\s]|$)")


def _national_kind(name: str) -> str:
    """A national body is the state's: research or education by its name, else government."""
    kind = _kind_of(name, None)
    return "government" if kind == "company" else kind


def _korean_coordinated(doc: Doc, aliases: list[dict]) -> list[Candidate]:
    """`A(Alias)과 CETC가 주도하고`: a Latin or proper-noun word joined by 와/과 to a bracketed
    name is named alongside it, so it is an organisation too."""
    out = []
    # only a token right after a bracket's close can join (looked up, not found by reading every token)
    for t in (token_at(doc, end + 1) for end in sorted({a["alias"]["end"] for a in aliases})):
        if t is None or t.tag_ != "JC" or t.i + 1 >= len(doc) or not t.whitespace_:
            continue
        toks = []
        for nxt in doc[t.i + 1:t.i + 6]:
            if nxt.tag_.startswith(("SL", "NNP", "SN")) and not (toks and toks[-1].whitespace_):
                toks.append(nxt)
            else:
                break
        if toks and toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].tag_.startswith("J"):
            out.append(Candidate(toks[0].idx, toks[-1].idx + len(toks[-1].text), "company", "coordination"))
    return out


def korean_listed_with(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Candidates for the single names listed with organisations (`_korean_listed_with`), after
    the entity model's spans have joined the rules' (a list's companies are often found by one
    or the other)."""
    text = doc_text(doc)
    known = {text[c.start:c.end].strip() for c in cands if not c.weak}
    # (an item with an organisation word says its kind: `목포시` listed with a company is a city's government)
    return [Candidate(s, e, _listed_kind(text[s:e]), "list") for s, e in _korean_listed_with(doc, known)] + \
        [Candidate(s, e, _listed_kind(text[s:e]), "list") for s, e in _korean_bracketed_doers(text, known)] + \
        [Candidate(s, e, "government", "list") for s, e in _local_governments_listed_with_bodies(doc, cands)]


def _listed_kind(name: str) -> str:
    """A Korean list item's kind: a city's, county's or province's government, its organisation word's,
    else a company's."""
    if ko.is_city_or_county(name) or name in ko.PROVINCES:
        return "government"
    return _kind_of(name, None) if suffix_of(name.split()[-1] if name.split() else name) else "company"


# Words that join the items of a Korean list: `A와 B`, `A, B`, `A·B`, `A 및 B`.
_KO_JOIN_AFTER = re.compile(r"(?:[와과],?\s?|,\s?|·|\s및\s)")
_KO_JOIN_BEFORE = re.compile(r"(?:[와과],?\s?|,\s?|·|\s및\s)$")


def _local_governments_listed_with_bodies(doc: Doc, cands: list[Candidate]):
    """`고성군과 여주시, 행정안전부 등이 협조`, `과기부·강원도 등에서`: a province, city or county
    listed with a body (found by the rules, or by a place listed with one before it) acts with it,
    as the body does, and is the local government, not the place."""
    text = doc_text(doc)
    bodies = {(c.start, c.end) for c in cands if not c.weak and c.source not in ("model", "alias")}
    places = [(t.idx, t.idx + len(t.text)) for t in doc if t.tag_ == "NNP"
              and (ko.is_city_or_county(t.text) or t.text in ko.PROVINCES)]
    # (and a county or city Kiwi reads in parts, `의성` + `군`, `군` + `위` + `군`)
    places += [m.span(1) for m in _KO_CITY_OR_COUNTY.finditer(text) if ko.is_city_or_county(m.group(1))
               and m.span(1) not in places]
    found: set[tuple[int, int]] = set()
    grew = True
    while grew:
        grew = False
        for s, e in places:
            if (s, e) in found or (s, e) in bodies:
                continue
            after = _KO_JOIN_AFTER.match(text, e)
            before = _KO_JOIN_BEFORE.search(text[max(0, s - 4):s])
            # (a body's head in brackets after it stands between: `경상북도(도지사 이철우), 의성군, 군위군과`)
            linked = any(after and bs == after.end() for bs, be in bodies | found) or \
                any(before and _past_head_bracket(text, be) == s - len(before.group(0)) for bs, be in bodies | found)
            if linked:
                found.add((s, e))
                grew = True
    return sorted(found)


_KO_CITY_OR_COUNTY = re.compile(r"(?<![가-힣])([가-힣]{1,5}[시군])(?=[와과,·\s(]|및)")
_HEAD_BRACKET_AFTER = re.compile(r"\s?[(（][^()（）\n]{1,24}[)）]")


def _past_head_bracket(text: str, end: int) -> int:
    """Where a name ending at `end` ends with the bracket that names its head (`경상북도(도지사 이철우)`)."""
    m = _HEAD_BRACKET_AFTER.match(text, end)
    return m.end() if m else end


# `불법드론 탐지(한빛넥스원), 드론 공연(누리드론), 자동 비행(가온시스)`: what was done, each with the
# body that did it in brackets, in a run parted by commas.
_DONE_BY = re.compile(r"[가-힣][가-힣 ]{1,20}\(([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})\)")


def _korean_bracketed_doers(text: str, known: set[str]):
    """The bodies in brackets after the items of one comma-separated run, where three or more
    items carry one and one of them is an organisation found otherwise."""
    for line in re.finditer(r"[^\n]+", text):
        runs: list[list] = []
        for m in _DONE_BY.finditer(line.group()):
            if runs and line.group()[runs[-1][-1].end():m.start()].startswith(","):
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            if len(run) >= 3 and any(m.group(1) in known for m in run):
                for m in run:
                    if m.group(1) not in known and not is_place(m.group(1)) and not korean_personal_name(m.group(1)):
                        yield line.start() + m.start(1), line.start() + m.end(1)


_LIST_CLOSED = re.compile(r"\s(?:등|및)\s|[가-힣][와과]\s\S+\s*$")


def _korean_listed_with(doc: Doc, known: set[str]):
    """`피스퀘어, 유비파이, LIG넥스원, 나르마, 한빛연구소`: in a run of three or more comma-separated
    words (a participants' footnote, `기업으로는 …`), where two or more are the names of organisations
    found otherwise in the release, the others are named alongside them and are organisations too, when each is one
    word with a proper noun or Latin letters in it (not `반도체`, a field, nor a country or a
    person). The run's first item is its last word, its last item its first word."""
    text = doc_text(doc)
    people = {(s.start_char, s.end_char) for s in doc.spans["ner"] if s.label_ in ("PS", "PERSON")} \
        if "ner" in doc.spans else set()
    for line in re.finditer(r"[^\n]+", text):
        if sum(line.group(0).count(sep) for sep in ",，、") < 2:
            continue   # (most lines: no list to cut)
        cuts = _list_cuts(text, line.start(), line.end(), ",，、")
        if len(cuts) < 2:
            continue
        bounds = [line.start()] + [c + 1 for c in cuts]
        ends = cuts + [line.end()]
        items: list[tuple[int, int] | None] = []
        runs: list[list[tuple[int, int] | None]] = [[]]
        for k, (a, b) in enumerate(zip(bounds, ends)):
            seg = text[a:b]
            words = list(re.finditer(r"\S+", seg))
            if not words:
                items.append(None)
                runs[-1].append(None)
                continue
            if k == 0:
                w = words[-1]
            elif k == len(bounds) - 1:
                w = words[0]
            elif len(words) == 1:
                w = words[0]
            else:
                # a phrase between commas that closes one list (`등`, `및`, `…와`) may begin the next
                # with its last word (`A, B 등 정부 관계자와 C, D, E 등 기업`); two words alone are a
                # name (`KT SAT`)
                items.append(None)
                if _LIST_CLOSED.search(seg):
                    ws, we = a + words[-1].start(), a + words[-1].end()
                    we = _strip_particle(doc, ws, we)
                    runs.append([(ws, we) if we > ws else None])
                else:
                    runs[-1].append(None)
                continue
            ws, we = a + w.start(), a + w.end()
            we = _strip_particle(doc, ws, we)
            items.append((ws, we) if we > ws else None)
            runs[-1].append(items[-1])
        seen: set[tuple[int, int]] = set()
        for run in [items] + (runs if len(runs) > 1 else []):
            for span in _listed_alongside(doc, text, run, known, people):
                if span not in seen:
                    seen.add(span)
                    yield span


def _listed_alongside(doc: Doc, text: str, items: list, known: set[str], people: set) -> list[tuple[int, int]]:
    """The items of one comma-separated run that are named alongside two or more known names."""
    out: list[tuple[int, int]] = []
    found = [it for it in items if it and text[it[0]:it[1]] in known]
    if len(found) < 2 or len([it for it in items if it]) < 3:
        return out
    for it in items:
        if not it or it in found:
            continue
        ws, we = it
        name = text[ws:we]
        toks = [t for t in tokens_in(doc, ws, we) if not t.is_space]
        if len(name) < 2 or not toks or is_country(name) or is_place(name) or \
                (any(ps <= ws and we <= pe for ps, pe in people) and korean_personal_name(name)) or \
                not re.fullmatch(r"[가-힣A-Za-z][가-힣A-Za-z&\-]*", name) or name in _GENERIC_LATIN or \
                not (any(t.tag_.startswith(("NNP", "SL", "SH")) for t in toks) or _proper_alone(name)) or \
                not all(t.tag_.startswith(("NN", "SL", "SH", "SN", "XSN")) for t in toks):
            continue
        out.append((ws, we))
    return out


def _list_cuts(text: str, start: int, end: int, separators: str) -> list[int]:
    """Where the separators of a list stand between `start` and `end`, brackets stepped over
    (`A(B, C), D`: one cut)."""
    cuts, depth = [], 0
    for i in range(start, end):
        ch = text[i]
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
        if depth == 0 and ch in separators and not (ch == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            cuts.append(i)   # (not a number's thousands, `1,000큐비트`)
    return cuts


def _items_before(doc: Doc, line_start: int, pos: int) -> list[tuple[int, int]]:
    """The comma-separated items that end at `pos` (commas inside brackets do not count), the
    first one cut back to the word after the last word that ends a phrase."""
    text = doc_text(doc)
    # (an ellipsis ends a headline's phrase too: `연구단 출범…서울대·카이스트 등 12개 기관 참여`)
    sent_start = max(line_start, *(text.rfind(c, line_start, pos) + 1 for c in ".!?。…"))
    cuts = _list_cuts(text, sent_start, pos, ",，、·ㆍ・")   # `삼성·LG 등 기업`: the middle dot lists too
    bounds = [sent_start] + [c + 1 for c in cuts]
    ends = cuts + [pos]
    items = []
    for k, (s, e) in enumerate(zip(bounds, ends)):
        s = _after_last_phrase_end(doc, s, e)
        s = _skip_leading(doc, s, e)
        while s < e and text[s].isspace():
            s += 1
        e = _strip_particle(doc, s, e)
        if e > s and not text[s:e].startswith(("(", ")")):
            items.append((s, e))
    return items


def _after_last_phrase_end(doc: Doc, s: int, e: int) -> int:
    """Start of the words after the last phrase-ending word in s..e (brackets stepped over)."""
    text = doc_text(doc)
    start = s
    depth = 0
    for w in re.finditer(r"\S+", text[s:e]):
        word = w.group(0)
        depth += word.count("(") + word.count("（") - word.count(")") - word.count("）")
        ws, we = s + w.start(), s + w.end()
        if depth > 0 or word.endswith((")", "）")):
            continue
        toks = tokens_in(doc, ws, we)
        if toks and toks[-1].tag_.split("+")[-1][:1] in ("J", "E") or (toks and toks[-1].tag_.startswith(("VV", "VA"))):
            start = we
    return start


def _skip_leading(doc: Doc, s: int, e: int) -> int:
    """Past leading words a name never starts with: `현재 네이버` gives `네이버`."""
    text = doc_text(doc)
    while s < e:
        m = re.match(r"\s*(\S+)\s+", text[s:e])
        if not m or not (m.group(1) in ko.NOT_IN_NAMES or in_timex(doc, s + m.start(1))):
            break
        s += m.end()
    return s


def _items_after(doc: Doc, start: int, stop: int) -> list[tuple[int, int]]:
    """Items from `start` to `stop` split at commas and at conjunctive particles (`A과 B가`)."""
    items, s = [], start
    for t in tokens_in(doc, start, stop):
        if t.text in (",", "，", "、") or (t.tag_ == "JC" and t.whitespace_):
            items.append((s, t.idx))
            s = t.idx + len(t.text)
    items.append((s, stop))
    out = []
    for s, e in items:
        while s < e and doc_text(doc)[s].isspace():
            s += 1
        e = _strip_particle(doc, s, e)
        etc = re.search(r"\s등$", doc_text(doc)[s:e])
        if etc:
            e = s + etc.start()   # (`A, B, C 등이 있다`: `등`, and so on, closes the list)
        if e > s and not _a_clause(doc, s, e):
            out.append((s, e))
    return out


def _a_clause(doc: Doc, s: int, e: int) -> bool:
    """A stretch with a verb's ending inside (`추진단에서 배포한 지침을 숙지해줄 것`) says something: it is
    a clause, not a name listed. (Case particles alone are no sign: Kiwi reads one into names
    written by sound, `페이유에`.)"""
    return any(p.startswith("E") for t in tokens_in(doc, s, e) for p in t.tag_.split("+"))


def _strip_particle(doc: Doc, s: int, e: int) -> int:
    """End of the span s..e without a trailing particle or a bracket already paired."""
    text = doc_text(doc)
    while e > s and text[e - 1].isspace():
        e -= 1
    toks = tokens_in(doc, s, e)
    while toks and (toks[-1].tag_.startswith(("J", "E", "VV", "VA", "VX", "VC")) or toks[-1].is_space):
        e = toks[-1].idx
        toks.pop()
    while e > s and text[e - 1].isspace():
        e -= 1
    if text[s:e].endswith((")", "）")):
        e = max(text.rfind("(", s, e), text.rfind("（", s, e))
    return e


_SCHOOLS = ("초등학교", "중학교", "고등학교")


def _places_listed(text: str) -> bool:
    """`Europe, the Middle East and Africa`, `Asia Pacific`: Latin words that list places only."""
    parts = [re.sub(r"^the\s", "", p) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text.strip()) if p]
    return text.isascii() and re.search(r"[a-z]", text) is not None \
        and all(is_place(p) or is_country(p) for p in parts)   # (not initials: `KAI`, `BOL` are places too)


def _school_by_its_name(name: str) -> bool:
    """`누리초등학교`: a school word with two syllables or more of its own name written on to it."""
    return " " not in name and any(name.endswith(s) and len(name) - len(s) >= 2 for s in _SCHOOLS)


def _known_spots(text: str, gazetteer: dict) -> list[Candidate]:
    """Every place a name the registry or the gazetteer knows stands, edges unchecked (str.find:
    a regex a name would overflow re's cache)."""
    return [Candidate(i, i + len(n), e.kind, e.source) for n, e in known_names(gazetteer).items() for i in _occurrences(text, n)]


# A venue named after a company (`알리안츠 아레나`, `Allianz Arena`, `丰田体育场`): the venue's name.
_VENUE_AFTER = re.compile(r"\s?(?:아레나|스타디움|경기장|체육관|\s(?:Arena|Stadium|Dome|Field)\b|体育场|體育場|球场|球場)")


def _occurrences(text: str, name: str):
    """Where `name` stands in `text`, left to right, not overlapping (as `re.finditer` finds them)."""
    i = text.find(name)
    while i >= 0 and name:
        yield i
        i = text.find(name, i + len(name))


def merge(doc: Doc, cands: list[Candidate], gazetteer: dict | None = None) -> list[dict]:
    """One record per organisation: candidates with the same name, or whose name ends another's
    (a short form), merge; mentions are every place any of its names stands in the text."""
    text = doc_text(doc)
    groups: list[dict] = []
    by_name: dict[str, dict] = {}
    home_script = {"ko": "hangul", "zh": "han", "en": "latin"}.get(doc.lang_)
    # The longest name in the document's own script names the organisation (`한화오션`, not the
    # `Hanwha Ocean` of its bracket).
    if doc.lang_ == "en":
        # `… Corporation (Sinomach)`, `… Systems “XNRGY”`: a short name another finder found on its own is this body's
        found = {text[c.start:c.end].strip() for c in cands}
        for c in cands:
            short = en.short_name_after(text, c.end)
            if short and short in found and short != text[c.start:c.end].strip() and short not in c.other_names:
                c.other_names.append(short)
    for c in sorted(cands, key=lambda c: (script_of(text[c.start:c.end]) != home_script, -(c.end - c.start), c.start)):
        name = text[c.start:c.end].strip()
        if not name or len(name) > 80 or name in GENERIC_NAMES or is_reference_word(name, doc.lang_):
            continue
        g = by_name.get(without_initial_stops(name)) or _container(groups, name)
        if g is None and c.source == "alias" and script_of(name) in ("han", "hangul"):
            # a rendering's Chinese or Korean name cut from a longer mention (`美國商務部（Department of
            # Commerce）` read as 商務部, `아세안+3 거시경제조사기구(AMRO)` as 거시경제조사기구): the same body
            # at the same place, not another
            outer = next((h for h in groups if any(s < c.start and e == c.end for s, e in h["spans"])), None)
            if outer is not None:
                outer["english"] = outer["english"] or c.english
                outer["sources"].add(c.source)
                if script_of(name) == "hangul":   # (its rendering and the shorter name name it again later: `FDA는`)
                    outer["names"].add(name)
                    outer["names"].update(c.other_names)
                continue
        if g is None:
            g = {"name": name, "kind": c.kind, "english": c.english, "names": {name}, "sources": set(),
                 "spans": set()}
            groups.append(g)
        by_name[without_initial_stops(name)] = g
        g["names"].add(name)
        g["names"].update(c.other_names)
        g["sources"].add(c.source)
        g["spans"].add((c.start, c.end))
        g["weak"] = g.get("weak", True) and c.weak
        if c.english and not g["english"]:
            g["english"] = c.english
        elif not g["english"] and script_of(name) == "latin" and doc.lang_ == "en":
            g["english"] = re.sub(r"\s?[(（][^()（）]*[)）]", "", name)
        listed = c.source == "registry" or (c.source == "gazetteer" and c.kind != "other")
        if g.get("listed"):
            pass                               # a registry's or the user's kind is known, not guessed
        elif listed or (g["kind"] == "other" and c.kind != "other"):
            g["kind"], g["listed"] = c.kind, listed
    records = []
    all_spans = [(s, e, id(g)) for g in groups for s, e in g["spans"]]
    former = {n for c in cands if c.source == "former_name" for n in c.other_names}
    if doc.lang_ == "en":
        _join_capitals(groups)
    groups = _join_shared_names([g for g in groups if not g.get("weak")], former, home_script)
    groups = _add_short_forms(groups, text)
    if doc.lang_ in ("zh", "ko"):
        groups = _join_clipped_names(_join_contractions(_join_bracketed_short_forms(groups, text)))
    if doc.lang_ == "ko":
        groups = _join_school_short_forms(groups)
    if doc.lang_ == "zh":
        _add_department_names(groups)
        groups = _join_trade_names(groups)
    if doc.lang_ == "ko":
        for g in groups:
            if not g.get("listed"):   # (a registry's or the user's kind is known, not guessed)
                g["kind"] = _ko_unit_kind(g["name"], g["kind"])
    for g in groups:
        for n in g["names"]:
            if len(n) < 2:
                continue  # a one-syllable name (`한` of `한미`) is a mention only where it was found
            for m in re.finditer(re.escape(n), text):
                if _bounded(text, m.start(), m.end()) and not in_ticker(text, m.start()) \
                        and not _word_goes_on(doc, m.end()) and not _VENUE_AFTER.match(text, m.end()):
                    g["spans"].add((m.start(), m.end()))
    all_spans = [(s, e, id(g)) for g in groups for s, e in g["spans"]]
    for g in groups:
        # An organisation found only inside another one's name (`과학원` in `중국의과학원 혈액학
        # 연구소`, `Siemens` in `Siemens Gamesa`) is part of that name, not a mention of its own.
        if all(any(s2 <= s and e <= e2 and (s2, e2) != (s, e) and gid != id(g) for s2, e2, gid in all_spans)
               for s, e in g["spans"]):
            continue
        # (nor is a mention inside another's name elsewhere: `Corvane` of `Corvane Center for …`)
        spans = _outermost({(s, e) for s, e in g["spans"]
                            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) and gid != id(g) for s2, e2, gid in all_spans)})
        if not spans:
            continue
        if g["name"].endswith(("시청", "군청", "구청", "도청")) and g["name"][:-1] in g["names"]:
            g["name"] = g["name"][:-1]   # a city's government named by its hall too (`여수시청 대회의실`, `여수시는`): the city's
        # a bracket inside a name is not part of it (`한화오션(Hanwha Ocean)`), unless it is the place of a
        # Chinese company's registered name (`华芯半导体（北京）有限公司`) or a Korean legal form (`(주)`)
        name = _unbracketed(g["name"])
        lang = {"hangul": "ko", "han": "zh", "latin": "en"}.get(script_of(name), doc.lang_)
        # (a mention with a rendering inside, `노키아(Nokia) 벨연구소`, is the name without it: neither an
        # English name nor an alias of its own)
        others = {_unbracketed(n) for n in g["names"] - {g["name"]}} - {name, ""}
        names_by_script = {script_of(n): n for n in sorted(others, key=len, reverse=True)}
        records.append({
            "name": name, "lang": lang,
            "english_name": g["english"] or names_by_script.get("latin"),
            "korean_name": names_by_script.get("hangul") if lang != "ko" else name,
            "chinese_name": names_by_script.get("han") if lang != "zh" else name,
            "aliases": sorted(n for n in g["names"] if n != name),
            "kind": g["kind"],
            "org_key": _registry_key(name, g["names"], gazetteer or {}) or org_key(name, g["english"]),
            "mentions": [{"text": text[s:e], "start": s, "end": e} for s, e in sorted(spans)],
            "sources": sorted(g["sources"]),
        })
    # The same org_key twice (two spellings of one English name): keep the first, add mentions.
    # So does one Korean name written with and without its spaces, or with its country in
    # another form (`미 국방부`, `미국 국방부`, `미합중국 국방부`; `디만트 그룹`, `디만트그룹`).
    # A name without its country is that country's body, where the release names one country's
    # (`덴마크 디만트그룹` ... `디만트 그룹`) and the registry does not know the bare name as Korea's.
    out: dict[str, dict] = {}
    by_body: dict[tuple[str, str], dict] = {}
    bodies = [b for b in map(_korean_body, (r["name"] for r in records)) if b]
    with_country = {rest: code for code, rest in bodies if code}
    ambiguous = {rest for code, rest in bodies if code and with_country[rest] != code}
    for r in sorted(records, key=lambda r: r["mentions"][0]["start"] if r["mentions"] else 0):
        body = _korean_body(r["name"])
        if body and not body[0] and body[1] in with_country and body[1] not in ambiguous \
                and r["name"] not in known_names({}):
            body = (with_country[body[1]], body[1])
        keep = out.get(r["org_key"]) or (by_body.get(body) if body else None)
        if keep is not None:
            spans = {(m["start"], m["end"]) for m in keep["mentions"] + r["mentions"]}
            keep["mentions"] = [{"text": text[s:e], "start": s, "end": e} for s, e in sorted(_outermost(spans))]
            if _letters(r["name"]) > _letters(keep["name"]) and script_of(r["name"]) == script_of(keep["name"]):
                # the fullest name names the body, wherever it first stands (`중기부` in a title,
                # then `중소벤처기업부(이하 중기부)`)
                keep["name"], r["name"] = r["name"], keep["name"]
                for field in ("korean_name", "chinese_name", "english_name"):
                    if keep.get(field) == r["name"]:
                        keep[field] = keep["name"]
            keep["aliases"] = sorted(set(keep["aliases"]) | {r["name"]} | set(r["aliases"]) - {keep["name"]})
            keep["sources"] = sorted(set(keep["sources"]) | set(r["sources"]))
        else:
            out[r["org_key"]] = r
            keep = r
        if body:
            by_body.setdefault(body, keep)
    return list(out.values())


def _korean_body(name: str) -> tuple[str, str] | None:
    """A Korean name compared: its country's code, if a country's name is its first word, and
    the rest without spaces."""
    if script_of(name) != "hangul":
        return None
    first, _, rest = name.partition(" ")
    code = country_code(first) if rest else None
    return (code, rest.replace(" ", "")) if code else ("", name.replace(" ", ""))


_LEGAL_TAIL = re.compile(r"(?:,?\s(?:Inc|Ltd|LLC|LLP|LP|Co|Corp|PLC|plc|N\.V|NV|B\.V|BV|S\.A|SA|S\.A\.S|SAS|SpA|S\.p\.A|Srl|S\.r\.l|"
                         r"AB|ASA|A/S|Oy|Oyj|KK|K\.K|Pty\sLtd|Sdn\sBhd|AG|SE|GmbH)\.?(?:,\s?Ltd\.?)?"
                         r"|\s?(?:株式会社|股份有限公司|有限责任公司|有限責任公司|有限公司|유한회사|주식회사))$")
# (and a foundation's or an association's before its name: `財團法人青禾教育基金會`, `사단법인 한빛연구원`)
_LEGAL_HEAD = re.compile(r"^(?:㈜|\(주\)|주식회사\s?|" + LEGAL_FORM_BEFORE + r"\s?)")
# First words too common to stand for one organisation on their own.
_NOT_SHORT = {"Korea", "Korean", "China", "Chinese", "National", "International", "Global", "The", "New", "United",
              "American", "Asian", "World", "First", "General", "Royal", "Seoul", "Singapore", "Bank", "University",
              "Institute", "Ministry", "Department", "Hong", "South", "North", "East", "West", "Japan", "Central"}


# The last word of a site or a unit named after the body that runs it (`VinFast Testing Center`): the
# lede's body keeps a record of its own beside it.
_EN_SITE_LAST = re.compile(r"\s(?:Center|Centre|Campus|Hub|Lab|Labs|Laboratory|Plant|Factory|Academy|Museum|Studio|Showroom)$")


def _a_site_of(name: str, body: str) -> bool:
    """`name` is a site or a unit the release's own body runs, named after it: its name, common words
    and a site's word (`VinFast Testing Center`), not a hospital (`… Medical Center`)."""
    rest = name[len(body) + 1:] if name.startswith(body + " ") else ""
    return bool(rest) and _EN_SITE_LAST.search(" " + rest) is not None and only_common_words(rest) \
        and not re.search(r"\b(?:Medical|Cancer|Health|Hospital|Children's)\b", rest)


def _lede_names(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The body an English wire release's lede opens on, right after its dateline."""
    dl = doc._.dateline
    return list(en_context.lede_names(text, dl["end"])) if dl and dl.get("end") else []


# A Chinese university's contraction in 大 (`屏科大`, `成大`), before what a body does or is said to do.
_ZH_UNIVERSITY_SHORT = re.compile(r"(?:(?<=[與与和及、，,。：:\s「『（(])|^)([\u4e00-\u9fff]{1,3}大)(?=表示|指出|說明|说明|於|于|與|与|和|及|、|，|,|的|也|已|將|将|今|校長|校长|師生|师生|學生|学生|團隊|团队|研究團隊|研究团队)")


def _university_contractions(text: str, name: str) -> set[str]:
    """`屏科大` of `國立屏東科技大學`: a contraction in 大 of a university's name (without who runs it), its
    first character first and the rest in the name's order, used in the text on its own."""
    folded = fold_han(name)
    if not folded.endswith("大学"):
        return set()
    run_by = _ZH_RUN_BY_HEAD.match(folded)
    core = folded[run_by.end():] if run_by else folded
    out = set()
    for m in _ZH_UNIVERSITY_SHORT.finditer(text):
        short = m.group(1)   # (`與屏科大合作`: after the word that lists or governs it)
        f = fold_han(short)
        if f[0] == core[0] and f not in core and letters_in_order(f, core):
            out.add(short)
    return out


def _without_legal_form(name: str) -> str:
    """`Corvane Robotics, Inc.` -> `Corvane Robotics`, `(주)한결` -> `한결`: the name without its legal form."""
    return _LEGAL_HEAD.sub("", _LEGAL_TAIL.sub("", name)).strip()


def _owns_first_word(g: dict, sharing: set[str], groups: list[dict]) -> bool:
    """The first word of `g`'s name is its short form: no other organisation of the document
    begins so, or the others that do are a company's namesakes (`Brenmoor Energy Corp.` and the
    `Brenmoor Center for Grid Storage` it funds: `Brenmoor said` is the company) and `g` is that company."""
    if len(sharing) <= 1:
        return True
    if g["kind"] != "company":
        return False
    first = g["name"].split()[0]
    namesakes = [o for o in groups if o is not g and o["name"].split()[0] == first
                 and _without_legal_form(o["name"]) != _without_legal_form(g["name"])]
    return all(o["kind"] in ("other", "education", "research") for o in namesakes)


def _add_short_forms(groups: list[dict], text: str) -> list[dict]:
    """Short forms a release uses after the full name: the name without its legal form
    (`Corvane Robotics, Inc.` -> `Corvane Robotics`, `首尔新药株式会社` -> `首尔新药`) and the
    distinctive first word of a multi-word name (`Corvane`, `밍양`), a Chinese name without who runs it
    (`聯合醫院` of `臺北市立聯合醫院`), unless two organisations
    of the document share it. A Latin first word found only as the body of a person's post
    (`Chief Executive Officer of Corvane`) or by the entity model alone is the short form, and that
    finding joins the full name's body (it was a second record of the same company). Returns the
    groups left."""
    # (counted by the name without its legal form: `Corvane Robotics` of a headline and `Corvane Robotics,
    # Inc.` of the lede are one body before the groups are joined, and share their first word)
    first_words: dict[str, set[str]] = {}
    for g in groups:
        w = g["name"].split()[0] if " " in g["name"] else None
        if w:
            first_words.setdefault(w, set()).add(_without_legal_form(g["name"]))
    by_name = {n: g for g in groups for n in g["names"]}
    joined: set[int] = set()
    for g in groups:
        name = g["name"]
        shorter = _without_legal_form(name)
        if shorter != name and len(shorter) >= 2:
            g["names"].add(shorter)
            own = by_name.get(shorter)
            if own is not None and own is not g and own["name"] == shorter and id(own) not in joined and id(g) not in joined:
                # the name without its legal form found on its own (`宁波舟山港集团` of `…集团有限公司`): one body
                joined.add(id(own))
                g["names"] |= own["names"]
                g["sources"] |= own["sources"]
                g["spans"] |= own["spans"]
        run_by = _ZH_RUN_BY_HEAD.match(fold_han(name)) if script_of(name) == "han" else None
        if run_by and len(name) - run_by.end() >= 3:
            g["names"].add(name[run_by.end():])   # `聯合醫院` of `臺北市立聯合醫院`, `中興大學` of `國立中興大學`
        if script_of(name) == "han":
            g["names"] |= _university_contractions(text, name)
        words = shorter.split()
        # (not a public body's: its first word is the place it governs, `빈증성 인민위원회`, `Incheon Port Authority`)
        if len(words) >= 2 and _owns_first_word(g, first_words.get(name.split()[0], set()), groups) \
                and g["kind"] != "government":
            w = words[0]
            if w not in _NOT_SHORT and w not in COUNTRIES and len(w) >= (4 if w.isascii() else 2) and \
                    not _ORDINAL.match(w) and \
                    (w[0].isupper() or not w.isascii()) and not w.isupper() and en.kind_of(w) == "company" \
                    and not en.is_org_word(w) and not _a_common_word(w, text) \
                    and " ".join(words[1:]) not in _LEADERS_GOVERNMENT:   # not `Agency` of `Agency for Science, …`
                own = by_name.get(w)
                if own is not None and own is not g and w.isascii() and own["sources"] <= _WEAK_ALONE \
                        and id(own) not in joined:
                    joined.add(id(own))   # (the post's body is this one: its mentions are found again below)
                    g["sources"] |= own["sources"]
                g["names"].add(w)
                if len(words) >= 3 and w.isascii() and words[1].rstrip(",") not in ("for", "of", "and", "&", "the", "on"):
                    g["names"].add(" ".join(words[:2]))   # `Prairie Ferment` for `Prairie Ferment Co-op Ltd.`
    return [g for g in groups if id(g) not in joined]


def _ko_unit_kind(name: str, kind: str) -> str:
    """A unit named after its parent body (`경찰청 국가수사본부`, `한빛대학교 산학협력단`) whose own word
    says no kind (`본부`, `단`: other) is of the parent's kind."""
    parent, _, unit = name.partition(" ")
    if not unit or kind != "other" or " " in unit or is_place(parent):
        return kind   # (not a place's: `의정부 아동보호센터`)
    parent_kind = ko.SUFFIX_KIND.get(suffix_of(parent) or "")
    return parent_kind if parent_kind in ("government", "education", "research") else kind


def _join_bracketed_short_forms(groups: list[dict], text: str) -> list[dict]:
    """A short form in a bracket right after the full name, in the same script, made of the full
    name's letters in their order (`經濟部中小及新創企業署（中小新創署）`, `臺灣港務股份有限公司（臺灣港務公司）`,
    `한국수출입은행(수은)`), or opening as it does and the rest by sound (`沙特阿拉伯國家石油公司（沙特阿美）`):
    the release names the body so from then on, one record (as `이하 …` or `以下簡稱…` say it)."""
    ends = {e: g for g in groups for _s, e in g["spans"]}
    joined: set[int] = set()
    for g in groups:
        short = fold_han(g["name"])
        if not 2 <= len(short) <= 8 or script_of(short) not in ("han", "hangul") or " " in short:
            continue
        for s, e in g["spans"]:
            full = ends.get(s - 1)
            if full is None or full is g or id(full) in joined or text[s - 1:s] not in "（(" or text[e:e + 1] not in "）)":
                continue
            name = fold_han(full["name"])
            if short not in name and _short_form_of(short, name):
                full["names"] |= g["names"]
                full["sources"] |= g["sources"]
                joined.add(id(g))
                break
    kept = [g for g in groups if id(g) not in joined]
    owner = {n: g for g in kept for n in g["names"]}
    for g in kept:   # (a short form no finder read there: `財團法人青山產業策進會（青策會）`)
        if id(g) in joined:
            continue
        name = fold_han(g["name"])
        for _s, e in sorted(g["spans"]):
            br = _BRACKETED_SHORT.match(text, e)
            short = br.group(1) if br else ""
            if not br or not _short_form_of(fold_han(short), name):
                continue
            other = owner.get(short)
            if other is None:
                g["names"].add(short)
                owner[short] = g
            elif other is not g and not other["spans"] & {(br.start(1), br.end(1))}:
                # (found apart at a later mention: `…國家石油公司（沙特阿美）… 沙特阿美總裁`)
                g["names"] |= other["names"]
                g["sources"] |= other["sources"]
                joined.add(id(other))
                owner.update((n, g) for n in other["names"])
    return [g for g in kept if id(g) not in joined]


def _short_form_of(short: str, name: str) -> bool:
    """`short` (folded) can be the short form of `name` (folded): shorter, in its script, not a piece from
    inside it (its first words are: `鴻海精密工業股份有限公司（鴻海）`), its letters in the name's order or
    opening as it does (`沙特阿拉伯國家石油公司（沙特阿美）`)."""
    return len(name) > len(short) and script_of(name) == script_of(short) \
        and (short not in name or name.startswith(short)) \
        and (letters_in_order(short, name) or short[:1] == name[:1])


# A short form in a bracket right after a name (`（青策會）`, `(수은)`).
_BRACKETED_SHORT = re.compile(r"[（(]([\u4e00-\u9fff\uac00-\ud7a3]{2,8})[）)]")


def _join_contractions(groups: list[dict]) -> list[dict]:
    """A Chinese or Korean body named by a contraction of its full name (`南科管理局` of `南部科學園區管理局`,
    `中研院` of `中央研究院`, `농기진원` of `농업기술진흥원`): three to five characters, the full name's first one first, its last
    one last, all of them in its order: the same body's short form, one record."""
    folded = {id(g): fold_han(g["name"]) for g in groups}

    def short_ok(g: dict) -> bool:
        # (a contraction is short; `中国海洋石油有限公司` beside `中国海洋石油集团有限公司` is a body of its own)
        short = folded[id(g)]
        return 3 <= len(short) <= 5 and script_of(short) in ("han", "hangul") and " " not in short

    def fits(g: dict, h: dict) -> bool:
        short, full = folded[id(g)], folded[id(h)]
        return len(full) > len(short) and full[0] == short[0] and full[-1] == short[-1] and short not in full \
            and letters_in_order(short, full)
    return _join_where_one_fits(groups, short_ok, fits)


def _join_where_one_fits(groups: list[dict], short_ok, fits, spans: bool = False) -> list[dict]:
    """Join each group `short_ok` accepts into the one other group it `fits` (a longer name of the same
    body), where exactly one fits: its names and sources (and its spans, if `spans`) go to that group.
    Returns the groups left."""
    joined: set[int] = set()
    for g in groups:
        if not short_ok(g):
            continue
        longer = [h for h in groups if h is not g and id(h) not in joined and fits(g, h)]
        if len(longer) == 1:
            longer[0]["names"] |= g["names"]
            longer[0]["sources"] |= g["sources"]
            if spans:
                longer[0]["spans"] |= g["spans"]
            joined.add(id(g))
    return [g for g in groups if id(g) not in joined]


# A ministry's department named after it (folded to Simplified): the ministry, then the department's own name
# in 司 (`经济部` + `投资审议司`), not a company's 公司.
_ZH_DEPARTMENT = re.compile(r"(.{2,10}?(?:部|院|委员会|政府))([\u4e00-\u9fff]{2,8}(?<!公)司)")


def _add_department_names(groups: list[dict]) -> None:
    """A department a release names after its ministry (`經濟部投資審議司`) and then by its own name alone
    (`投資審議司指出`): the same body, whose own name is one of its names (the finders read bureaus and
    agencies, `…署`, `…局`, by their own word, but not 司, which ends every company's 公司)."""
    for g in groups:
        m = _ZH_DEPARTMENT.fullmatch(fold_han(g["name"]))
        if m:
            g["names"].add(g["name"][m.start(2):])


# A Chinese company's legal form, at the end of its full name (folded to Simplified); not 集团, whose name
# often joins a trade name to a business of its own (`腾讯音乐娱乐集团` is not `腾讯`).
_ZH_COMPANY_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")


def _join_trade_names(groups: list[dict]) -> list[dict]:
    """A Chinese company named by its trade name (`宁德时代`, a looked-up name) that opens the full name of a
    company the release gives (`宁德时代新能源科技股份有限公司`): one body, where one full name fits."""
    folded = {id(g): fold_han(g["name"]) for g in groups}

    def short_ok(g: dict) -> bool:
        short = folded[id(g)]
        return g["kind"] == "company" and script_of(short) == "han" and 2 <= len(short) <= 6 and not is_place(short)

    def fits(g: dict, h: dict) -> bool:
        short, full = folded[id(g)], folded[id(h)]
        return h["kind"] == "company" and full.startswith(short) and len(full) >= len(short) + 4 \
            and _ZH_COMPANY_FORM.search(full) is not None
    return _join_where_one_fits(groups, short_ok, fits)


def _join_school_short_forms(groups: list[dict]) -> list[dict]:
    """A Korean school by the short form of its name (`바헤닝언대` of `바헤닝언대학교`, `누리고` of `누리고등학교`,
    a country before the full name allowed: `네덜란드 바헤닝언대학교`): the same body, one record, where one
    full name fits."""
    last_words = {id(h): {n.split(" ")[-1] for n in h["names"]} for h in groups}
    fulls = {id(g): {g["name"][:-1] + long for long, short in ko.SCHOOL_SHORT.items() if g["name"].endswith(short)}
             for g in groups}
    # (one word, a stem of two syllables at least: not `고대`, `연대` alone)
    return _join_where_one_fits(groups, lambda g: " " not in g["name"] and bool(fulls[id(g)]) and len(g["name"]) >= 3,
                                lambda g, h: bool(last_words[id(h)] & fulls[id(g)]))


def _join_clipped_names(groups: list[dict]) -> list[dict]:
    """A Chinese name written with a few characters of the middle of a longer one left out, as a
    headline does (`法國國家電影中心` for `法國國家電影及動畫中心`): its first three characters or more and its
    last two or more are the longer name's, one to four between them dropped (never a word that parts
    a group from its companies); the same body when one longer name fits."""
    folded = {id(g): fold_han(g["name"]) for g in groups}
    return _join_where_one_fits(groups, lambda g: len(folded[id(g)]) >= 6 and script_of(folded[id(g)]) == "han",
                                lambda g, h: _clipped(folded[id(g)], folded[id(h)]), spans=True)


def _clipped(short: str, full: str) -> bool:
    drop = len(full) - len(short)
    if not 1 <= drop <= 4:
        return False
    return any(full[:i] == short[:i] and full[i + drop:] == short[i:] and not _GROUP_WORD.search(full[i:i + drop])
               for i in range(3, len(short) - 1))


# What parts a group from its companies (`中国海洋石油有限公司` is not `中国海洋石油集团有限公司`): never clipped.
_GROUP_WORD = re.compile(r"[集团股控分]|有限|公司")


# An ordinal or a count (`제27차`, `第5届`, `2025`) opens many names and distinguishes none.
_ORDINAL = re.compile(r"^(?:제|第)?\d")


# Findings too weak to make a first word a body of its own beside a longer name that opens with it.
_WEAK_ALONE = {"role", "model"}


# A government named by its leader (`스미스 행정부`, `Smith administration`): the first word is a person.
_LEADERS_GOVERNMENT = {"행정부", "정부", "내각", "정권", "administration", "Administration", "government", "Government",
                       "cabinet", "Cabinet", "政府", "内阁", "政权"}


def _a_common_word(word: str, text: str) -> bool:
    """A place (`Illinois` of `Illinois Department of …`, `Gyeonggi` where the release writes `Gyeonggi
    Province`), a people's or a region's adjective (`Nordic` of `Nordic Capital Partners`, where the
    release writes `the Nordic region`), a word general English uses often that the release itself writes in lower case
    (`Light`, `Legal`: `light`, `legal`), a common Korean noun (`국제`) or one with a particle or an
    ending (`이행을`, `국경없는`): no distinctive short form.
    (`Samsung` is frequent too, but never written `samsung`.)"""
    if word.isascii():
        return is_place(word) or is_demonym(word) or is_common_word(word.lower()) and \
            re.search(rf"(?<![\w@./-]){re.escape(word.lower())}(?![\w-]|\.\w)", text) is not None \
            or re.search(rf"\b{re.escape(word)}\s(?:Province|Prefecture|County|State|Region|District|City)\b", text) is not None
    tags = tags_read_alone(word)   # (a common noun, then a particle or a verb's ending; not `다온`, `더우인`)
    if tags == ("NNG",):
        return is_common_korean_word(word) or is_place(word)   # `국제`, `글로벌` (not `밍양`)
    return is_place(word) or len(tags) >= 2 and tags[0] == "NNG" and (tags[-1].startswith("J") or tags[-2] in ("VA", "VV"))


def _registry_key(name: str, names: set[str], gazetteer: dict) -> str | None:
    """The key the registry or the user's gazetteer gives the name, or else any of its other
    names, if one does: `Bain Capital` keeps its own key, not that of its first word `Bain`."""
    known = known_names(gazetteer)
    if name in known and known[name].key:
        return known[name].key
    keys = sorted({known[n].key for n in names if n in known and known[n].key})
    return keys[0] if keys else None


def _join_capitals(groups: list[dict]) -> None:
    """English releases write a company's name in capitals too (`CHERRY` beside `Cherry SE`,
    `NEXTEER AUTOMOTIVE` in a head): a name in capitals that is another group's name but for case
    (and its legal form) is that group's, and the shared name joins them; so is a name whose organisation
    word stands in the other number."""
    folded: dict[str, str] = {}
    for g in groups:
        for n in g["names"]:
            if not n.isupper():
                folded.setdefault(n.casefold(), n)
                folded.setdefault(_LEGAL_TAIL.sub("", n).strip().casefold(), n)
    for g in groups:
        for n in list(g["names"]):
            other = folded.get(n.casefold()) if n.isupper() and sum(ch.isalpha() for ch in n) >= 3 else None
            if other:
                g["names"].add(other)
    # and its organisation word in the singular or the plural (`Hyundai Motors` for `Hyundai Motor`)
    by_number: dict[str, str] = {}
    for g in groups:
        for n in sorted(g["names"]):
            if " " in n and en.is_org_word(n.rsplit(" ", 1)[1].rstrip(".")):
                by_number.setdefault(re.sub(r"s$", "", n), n)
    for g in groups:
        for n in list(g["names"]):
            other = by_number.get(re.sub(r"s$", "", n)) if " " in n else None
            if other and other != n:
                g["names"].add(other)
    # and a name of two words or more that another name goes on from with the words of a firm alone
    # (`Halden Capital` in a headline, `Halden Capital Partners` in the body): one firm
    longest = {n for g in groups for n in g["names"]}
    for g in groups:
        for n in list(g["names"]):
            if " " in n and not n.isupper():
                longer = [m for m in longest if m.startswith(n + " ") and en.firm_words_only(m[len(n):])]
                if len(longer) == 1:
                    g["names"].add(longer[0])


def _letters(name: str) -> int:
    """How much of a name there is, its stops and spaces aside (`U.S. Department` is no fuller
    than `US Department`)."""
    return len(re.sub(r"[\W_]", "", name))


def _join_shared_names(groups: list[dict], former: set[str], home_script: str | None = None) -> list[dict]:
    """Groups that share a name (an alias or a former name of one is the name of another) are
    one organisation, transitively. The group with the longest name in the document's script
    keeps its name (`중소벤처기업부`, though `중기부` came first), unless that name is a former one
    (`Daewoo Shipbuilding & Marine Engineering` joins `Hanwha Ocean`, not the other way round)."""
    out: list[dict] = []
    for g in groups:
        related = [h for h in out if h["names"] & g["names"]] + [g]
        # stable: the first of the longest current names
        home = min(related, key=lambda h: (h["name"] in former, script_of(h["name"]) != home_script, -_letters(h["name"])))
        for other in related:
            if other is home:
                continue
            home["names"] |= other["names"]
            home["sources"] |= other["sources"]
            home["spans"] |= other["spans"]
            home["english"] = home["english"] or other["english"]
            home["weak"] = home.get("weak") and other.get("weak")
            if other in out:
                out.remove(other)
        if home not in out:
            out.append(home)
    return out


def _zh_key(name: str) -> str:
    """A Chinese name compared: Simplified, and a city's government named by its city (台南市政府 = 台南市)."""
    return re.sub(r"(市|县)政府", r"\1", fold_han(name).replace("臺", "台"))


_HOME = {"한국", "대한민국", "우리", "우리나라"}
_PROVINCE_RE = re.compile("|".join(sorted(ko.PROVINCE_SHORT, key=len, reverse=True)))


def _province_key(name: str) -> str:
    return _PROVINCE_RE.sub(lambda m: ko.PROVINCE_SHORT[m.group()], name.replace(" ", ""))


def _only_qualifies(head: str) -> bool:
    """Words before a one-word name that only say whose or which it is: a country or place
    (`덴마크 고령부`, `한국 조달청`) or a qualifier (`대통령직속 저출산고령사회위원회`)."""
    return all(is_country(w) or w in PLACES or w.endswith(("직속", "산하", "소속")) for w in head.split())


# What a Chinese team's or company's name may be written with or without (`乐天巨人(棒球队)`).
_ZH_KIND_AFTER_NAME = frozenset({"队", "棒球队", "篮球队", "足球队", "排球队", "球队", "公司", "集团"})


# A Chinese company's legal form at the end of its name (folded to Simplified).
_ZH_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司)$")


def _zh_core(name: str) -> str:
    return _ZH_LEGAL_FORM.sub("", _zh_key(name))


def _container(groups: list[dict], name: str) -> dict | None:
    """A group whose name ends with `name` as whole words: `name` is its short form."""
    for g in groups:
        gn = g["name"]
        if len(gn) > len(name) and gn.endswith(name) and gn[-len(name) - 1] == " " and (
                " " in name or (_only_qualifies(gn[:-len(name) - 1])
                                and (name not in known_names({}) or gn[:-len(name) - 1] in _HOME))):
            return g   # (`캐나다 외교부` is not Korea's `외교부`, which the registry knows; `한국 조달청` is)
        if _province_key(gn) == _province_key(name) and gn != name:
            return g   # `전남도산림연구원` for `전라남도산림연구원`
        # a local government's office is the government (`무안군청` for `무안군`, `다낭시청`)
        if name == gn + "청" or gn == name + "청":
            return g
        # Chinese writes no spaces: a bureau named without its government (`工务局` for
        # `台南市政府工务局`, `台南市工务局` for the same)
        if script_of(name) == "han" and len(name) >= 3 and _zh_key(gn).endswith(_zh_key(name)) and gn != name and \
                re.search(r"(?:市政府|县政府|政府|市|县|院|部)$", _zh_key(gn)[:len(_zh_key(gn)) - len(_zh_key(name))] or "x"):
            return g
        if script_of(name) == "han" and _zh_city_short_form(_zh_key(name), _zh_key(gn)):
            return g
        if script_of(name) == "han" and len(name) >= 3 and gn != name:
            # a country before a body's name (`美国咖啡品质协会` for `咖啡品质协会`), or a team's or
            # company's kind after it (`乐天巨人棒球队` for `乐天巨人`)
            if gn.endswith(name) and is_country(gn[:-len(name)]) and name not in known_names({}) \
                    and not re.search(r"(?:部|局|署|院|委员会|厅|处|政府)$", fold_han(name)):
                return g   # (a ministry is each country's own: `美国财政部` is not Taiwan's `财政部`)
            if gn.startswith(name) and fold_han(gn[len(name):]) in _ZH_KIND_AFTER_NAME:
                return g
            if _ZH_LEGAL_FORM.search(fold_han(name)) and len(_zh_core(name)) >= 2 and _zh_core(name) == _zh_core(gn):
                return g   # the same company under a shorter legal form (`台灣電力公司` for `台灣電力股份有限公司`)
            if _zh_short_form(fold_han(name), fold_han(gn)):
                return g
    return None


def _zh_city_short_form(name: str, full: str) -> bool:
    """`南市社会局` of `台南市社会局` (`台南市政府社会局`): a city's or county's body named with one
    character of its place (`南市`, `北市`, `高市`, `竹县`), the rest as in full or contracted (`南市经发局`)."""
    short = re.match(r"([\u4e00-\u9fff])([市县])(.{2,})$", name)
    if not short:
        return False
    place = re.match(rf"([\u4e00-\u9fff]{{2,3}}){short.group(2)}(.+)$", full)
    return place is not None and short.group(1) in place.group(1) and (
        place.group(2) == short.group(3) or _zh_short_form(short.group(3), place.group(2)))


# Who runs a Chinese school or university, before its name (`国立成功大学` is `成功大学`).
_ZH_RUN_BY = ("国立", "省立", "市立", "县立", "私立")
_ZH_GOVERNMENT_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}?[市县]政府")
# … or a city or a county named with it (`台北市立`), at the head of a name: its short form is without it.
_ZH_RUN_BY_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{2}[市县]立|" + "|".join(_ZH_RUN_BY) + ")")


def _zh_short_form(name: str, full: str) -> bool:
    """`name` is a Chinese short form of `full` (both folded to Simplified): the full name
    without who runs it (`成功大学` of `国立成功大学`, `联合医院` of `台北市立联合医院`), or a contraction that keeps the first
    character of the name, some of the following ones in order, and its organisation word, in
    three or four characters (`经发局` of `台南市政府经济发展局`, `研考会` of `研究发展考核委员会`;
    `中国海洋石油有限公司` is not a contraction of `中国海洋石油集团有限公司`, it is another company)."""
    if full.endswith(name) and _ZH_RUN_BY_HEAD.fullmatch(full[:-len(name)]):
        return True   # (`联合医院` of `台北市立联合医院`: a city's or county's own, named with its place)
    core = _ZH_GOVERNMENT_HEAD.sub("", full)
    if core.startswith(_ZH_RUN_BY):
        core = core[2:]   # (`成大医院` of `国立成功大学医学院附设医院`: who runs it is no part of the contraction)
    if not 3 <= len(name) <= 4 or len(core) < len(name) + 2 or name[0] != core[0] or name[-1] != core[-1]:
        return False
    rest = iter(core[1:-1])
    return all(ch in rest for ch in name[1:-1])


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    keep = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if keep and s < keep[-1][1]:
            continue
        keep.append((s, e))
    return keep
