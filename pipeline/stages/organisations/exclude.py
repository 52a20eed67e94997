"""What is not an organisation, whichever finder proposed it: one decision after all of them.

Real releases name many things the way they name organisations: countries acting as
governments (`칠레와 협력`), people with their renderings (`마리아 한센(Maria Hansen)`), meetings,
programmes, plans, laws and indices with their acronyms (`고위관리회의(SOM)`, `해외농업기술개발사업
(KOPIA)`, `Digital Markets Act`), and common nouns the entity model reads as bodies (`공동체`,
`유관기관`). The guide (`shared/design/annotation.md`) counts none of them. Each candidate is
checked here, after the finders and the model policy and before the merge:

- a country, or a country's government (`사우디 정부`, `美国政府`), is a place;
- a span the model marks as a person is a person, and so is a word the model alone proposes that
  is part of the name of a person the release renders (`패트릭 몬태그너(Patrick Montagner)` …
  `몬태그너 이사`; the pairs themselves are set aside by `find.is_person`);
- the acronym of a term the release spells out in common nouns (`정보보호 관리체계(ISMS)`) is a term;
- a name whose last word names a meeting, programme, plan, law, index, heritage site or report is
  not a body (`…회의`, `…사업`, `…Act`, `…计划`);
- a bracket pair alone is an organisation only with an organisation word, an acronym of a body,
  or another finder's support; a word the model alone proposes needs a proper noun or an
  organisation word (`공동체`, `유관기관` are common nouns; a country's army, navy and air force are bodies);
- a head's title glued to the name (`농촌진흥청장`) is cut off, and so is a leading word that only
  times or qualifies it (`기존 산업통상자원부`, `향후`).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from spacy.tokens import Doc

from ...nlp.common_words import holds_a_coined_word, is_common_word, is_dictionary_word, only_common_words
from ...nlp.layout import QUOTES
from ...nlp.lexicon import TERM_ACRONYMS, word_set, word_table
from ...nlp.names import MORE_TITLES, PERSON_TITLES, korean_personal_name, personal_name
from ...nlp.places import is_city, is_country, is_demonym, is_place
from ...nlp.script import fold_han, script_of
from ...nlp.tokenizers import get_kiwi
from ...nlp.words import doc_text, letters_in_order, token_at, tokens_in
from ...nlp.zh_words import pos_words as zh_pos_words
from . import en, en_context, en_things, ko, zh
from .find import (
    KO_NATIONAL_BODY,
    KO_TRADE_WORDS,
    Candidate,
    in_ticker,
    is_person,
    suffix_of,
    tags_read_alone,
    ticker_symbols,
    trade_name_head,
)
from .gazetteer import known_names

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Last words of names of things that are not bodies: meetings, programmes, plans, laws, indices,
# heritage, reports, themes. (Forums and assemblies stay: the World Economic Forum is a body.)
_NOT_BODY_ENDINGS = word_table(DATA / "not_body_endings.tsv")   # word -> (language,)
_KO_THING_HEADS = word_table(DATA / "ko_thing_heads.tsv")   # noun -> (kind of thing,)
# A noun right after a name and its bracketed rendering, then a particle or the word's end: the head
# the name modifies (`림팩(RIMPAC) 훈련에`, `말레스(Marles) 부총리는`).
# A bracketed rendering right after a name, and a particle or the end of a word after a noun.
_RENDERING_AFTER = r"(?:\s?[(（][^()（）\n]{1,80}[)）])?"
_PARTICLE_END = r"(?:에서|으로|과의|와의|에는|에도|까지|[을를이가은는의에와과도로만])?(?![가-힣])"
_KO_THING_HEAD_AFTER = re.compile(_RENDERING_AFTER + r"\s?(?:"
                                  + "|".join(map(re.escape, sorted(_KO_THING_HEADS, key=len, reverse=True)))
                                  + r")" + _PARTICLE_END)
NOT_BODY_ENDINGS_KO = tuple(w for w, (lang,) in _NOT_BODY_ENDINGS.items() if lang == "ko")
NOT_BODY_ENDINGS_EN = tuple(w for w, (lang,) in _NOT_BODY_ENDINGS.items() if lang == "en")
_NOT_BODY_END_EN = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(NOT_BODY_ENDINGS_EN, key=len, reverse=True))) + r")$")
NOT_BODY_ENDINGS_ZH = tuple(w for w, (lang,) in _NOT_BODY_ENDINGS.items() if lang == "zh")
# A government word after a country: the country's government, a reference, not a named body.
_GOVERNMENT_OF = re.compile(r"\s?(?:정부|행정부|당국|통상당국|정책당국|政府|当局|government|Government|authorities)$")
# Times of day and clocks' zones, which Korean brackets like renderings (`오전(한국시각)`).
_KO_TIME_OF_DAY = re.compile(r"(?:이하\s?)?(?:오전|오후|새벽|아침|점심|저녁|밤|낮|정오|자정|[가-힣]{1,4}\s?(?:시간|시각))")
# Conventions and declarations that go by `UN` and initials as the United Nations' agencies do
# (`en.UN_INITIALS`): laws, not bodies.
_UN_TREATIES = {"UNFCCC", "UNCLOS", "UNCCD", "UNCAC", "UNTOC", "UNDRIP", "UNCRPD", "UNCRC", "UNSDG", "UNSDGS"}
# A station: a place's name and 역 (not the 역 of `무역`, `지역`, `구역`, `영역`, `권역`, `해역`).
_KO_STATION = re.compile(r"[가-힣]{1,8}(?<![무지구영권해수])역")
# A count of bodies after a kind of them (`저축은행 2곳에서`, `대학 10개교`).
_KO_COUNTED = re.compile(r"\s?(?:[0-9]+|[한두세네]|다섯|여섯)\s?(?:곳|개소|개사|개교|개 ?기관|군데)")
# Works of building before 공사 (construction, not a public corporation: `한국도로공사` stays).
_KO_WORKS = re.compile(r"(?:증축|신축|개축|보수|보강|정비|확장|철거|복구|포장|리모델링|준설|매립|토목|설비|방수|도색|"
                       r"굴착|개량|교체|설치|복원|정화|관로|배수|착공|기초|마감|내진|보행환경|공공|건축)\s?공사$")
# A head's title glued to a body's name (`농촌진흥청장`, `전남도산림연구원장`).
_HEAD_TITLE = re.compile(r"(?:장|원장|청장|위원장|처장|총장|소장|회장|사장)$")
# Leading words that time or qualify a name and are never part of it.
LEADING_QUALIFIERS = {"기존", "향후", "그간", "금번", "이번", "당초", "종전", "당시", "현", "전", "신임", "초대", "신규", "해당",
                      "각", "모든", "주요", "관련", "우리", "양국", "각국", "현지", "일간", "주간", "월간", "격주간"}


def exclude(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that name organisations, repaired at their edges."""
    text = doc_text(doc)
    people = {(s.start_char, s.end_char) for s in doc.spans["ner"] if s.label_ in ("PS", "PERSON")} \
        if "ner" in doc.spans else set()
    for c in cands:
        _repair(doc, text, c)
        # a person's name before the body's, the person's title after it (`윤한빛 누리초등학교 교장`):
        # the person is cut off (`김앤장 법률사무소는` has no title after it and stays whole)
        for ps, pe in people:
            if ps == c.start and pe < c.end and text[pe:pe + 1].isspace() and korean_personal_name(text[ps:pe]) \
                    and not is_country(text[ps:pe]) and _title_after(text, c.end):
                c.start = pe
                while c.start < c.end and text[c.start].isspace():
                    c.start += 1
    # the words of the people the release renders (`패트릭 몬태그너(Patrick Montagner) … 이사`): a
    # later mention of one by the surname alone is the person too (`몬태그너 이사는`)
    persons = [a for a in doc._.aliases or [] if is_person(text, a)]
    person_words = {w for a in persons for side in (a["name"], a["alias"]) for w in side["text"].split() if len(w) >= 2}
    person_latin = {w.lower() for w in person_words if w.isascii()}
    out: list[Candidate] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if _not_a_body(doc, text, c, cands, people):
            continue
        name = text[c.start:c.end].strip()
        words = [w for w in re.split(r"[\s(),]+", name) if w]
        if words and any(w in person_words for w in words) \
                and all(w in person_words or _latin_in_person(w, person_latin) or is_country(w) for w in words) \
                and not _org_word(name, c.english, doc.lang_):
            continue
        out.append(c)
    return out


# A body's offices and branches, named after it or after the country they are in.
_KO_OFFICE_WORDS = ("사무처", "사무소", "사무국", "지역본부", "지부", "지사")
_KO_OFFICE = re.compile(rf"(?:{'|'.join(_KO_OFFICE_WORDS)})$")
_KO_BRANCH = re.compile(rf"(?:\s|^)([가-힣]{{2,8}})\s?(?:{'|'.join(_KO_OFFICE_WORDS + ('센터', '무역관', '분원'))})$")


# A web address with its scheme or `www.`, or a mail address: what lies inside names no body.
_WEB_OR_MAIL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()（）\[\]]+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _inside_a_web_address(text: str, start: int, end: int) -> bool:
    """`text[start:end]` lies inside a web or mail address."""
    lo = max(0, start - 200)
    return any(m.start() <= start and end <= m.end() for m in _WEB_OR_MAIL.finditer(text, lo, min(len(text), end + 200)))


def _zh_common_words_only(name: str) -> bool:
    """Every word the segmenter reads in `name` is a common word: no name of a person, a place
    or a body, no Latin letters (`聪明`, `冲击`+`值`; not `NC`+`恐龙`)."""
    words = zh_pos_words(name)[1]
    return bool(words) and all(w[3] in ("n", "vn", "v", "a", "ad", "an", "d", "l") for w in words)


def _a_branch_in_a_country(name: str) -> bool:
    """The name ends in a country or a foreign city and a word for a branch (`가나센터`, `하노이 무역관`)."""
    m = _KO_BRANCH.search(name)
    return m is not None and (is_country(m.group(1)) or is_city(m.group(1)) and not ko.is_city_or_county(m.group(1))
                              and m.group(1) not in ko.LOCAL_GOVERNMENTS)


def _a_korean_place_word(word: str) -> bool:
    """A province by its short name or in full, or a city or county by its stem or in full (`전주`, `전주시`)."""
    return word in ko.PROVINCE_SHORT.values() or word in ko.PROVINCES or word in ko.LOCAL_GOVERNMENTS or ko.is_city_or_county(word)


def _repair(doc: Doc, text: str, c: Candidate) -> None:
    name = text[c.start:c.end]
    words = name.split(" ")
    while len(words) > 1 and (words[0] in LEADING_QUALIFIERS or doc.lang_ == "ko" and words[0] in ko.NOT_IN_NAMES):
        c.start += len(words[0]) + 1
        words = words[1:]
    pair = re.fullmatch(r"([가-힣]{2,})-[가-힣]+", words[0]) if doc.lang_ == "ko" and len(words) > 1 else None
    if pair and (_a_korean_place_word(pair.group(1)) or pair.group(1) in ko.PROVINCE_SHORT or pair.group(1) in known_names({})):
        c.start += len(pair.group(1)) + 1   # `경남도-바스크 주정부`: a pair of sides (a province and the other), the name the second
    if doc.lang_ == "ko" and "소재" in words[1:-1]:
        k = words.index("소재", 1)   # `마닐라 소재 필리핀종합병원`: the body located (소재) in a place; the name follows
        c.start += len(" ".join(words[:k + 1])) + 1
        words = words[k + 1:]
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer"):
        # `전북 전주 국립농업과학원`, `서울 대한상공회의소`: the places before a national body say where
        # it is (a county's or city's own body keeps its name, `강진군 도시재생지원센터`, and so does a
        # local one, `부산 동부경찰서`, `서울 수명초등학교`: the place says which of its kind it is)
        while len(words) > 1 and _a_korean_place_word(words[0]) and not words[0].endswith(("시", "군")) and len("".join(words[1:])) >= 4 \
                and suffix_of(words[-1]) and len(words[-1]) - len(suffix_of(words[-1]) or "") >= 2 \
                and (_KO_NATIONAL_LEAD.match(words[1]) or " ".join(words[1:]) in known_names({})
                     or _a_korean_place_word(words[1])):
            c.start += len(words[0]) + 1
            words = words[1:]
    if doc.lang_ == "ko" and c.source in ("list", "suffix", "model"):
        # `반도체 장비 기업 누리세미텍`: the words up to a word for a kind of company describe the name after them
        kinds = [i for i, w in enumerate(words[:-1]) if w in _KIND_BEFORE_NAME]
        if kinds:
            c.start += len(" ".join(words[:kinds[-1] + 1])) + 1
            words = words[kinds[-1] + 1:]
    name = text[c.start:c.end]
    m = _HEAD_TITLE.search(name)
    stem = name[:m.start()].split(" ")[-1] if m else ""
    if m and doc.lang_ == "ko" and c.source != "alias" and (suffix_of(stem or "x") or ko.is_city_or_county(stem)):
        c.end = c.start + m.start()   # (a city's head, `포항시장`, too)


# Words that begin the names of national bodies (`국립…`, `대한…`, `한국…`): one of each in the country.
_KO_NATIONAL_LEAD = re.compile(r"(?:국립|국가|대한|한국|중앙|국제|전국)")


# Korean names of buildings and rooms that also name bodies (`…혁신센터` runs programmes); at
# every mention followed by `에서` (where something happens) they name the place.
_KO_VENUE = re.compile(r"(?:센터|홀|회관|전시장|전시관|체육관|공연장|광장|컨벤션|스테이션|세트장)$")


# `(rendering)에서` and, in the same sentence, a verb of holding
_KO_HELD_AT = re.compile(r"(?:\s?\([^()\n]{1,40}\))?에서[^.\n]{0,80}?(?:개최|열리|열린|열렸|열려|열릴|열고|열었|연다|열 예정|열기로|진행|펼쳐)")


_KO_GOVERNMENT_OF_A_KIND = re.compile(r"([가-힣]+?)\s?(?<![행재])정부")
# The governments of two countries named by their initials (`한일 지방정부`, `한-중 정부`): no one body.
_KO_PAIRED_GOVERNMENTS = re.compile(r"[한중일미북러베인몽호영독불][-·]?[한중일미북러베인몽호영독불]\s?(?:지방|중앙|양국)?\s?정부")


_KO_KIND_BEFORE = re.compile(r"(?:^|[\s(])(?:주요|각|여러|모든|해당|일부|다수|관련|기타)\s$")


def _at_every_mention(text: str, name: str, holds) -> bool:
    """`holds(start, end)` at every place `name` stands in `text` (and it stands somewhere)."""
    spots = [m.span() for m in re.finditer(re.escape(name), text)]
    return bool(spots) and all(holds(s, e) for s, e in spots)


# Chinese names of buildings and halls that also name bodies; after 於/在 and before a verb of
# holding at every mention they name the place.
_ZH_VENUE = re.compile(r"(?:中心|会馆|会议厅|礼堂|广场|展览馆|体育馆|文化馆|艺术馆|剧场|园区)$")
# `於`/`在` right before the venue, or before its owner's short name glued to it (`在成大國際會議廳`).
_ZH_AT_BEFORE = re.compile(r"[於于在][\u4e00-\u9fff]{0,4}$")
_ZH_HELD = re.compile(r"(?:[0-9一二三四五六七八九十]+(?:楼|樓)|大厅|大廳|前|内|內)?(?:举办|舉辦|举行|舉行|召开|召開|办理|辦理|展出|开幕|開幕)")



def _unit_after_a_rendering(doc: Doc, c: Candidate, cands: list[Candidate]) -> bool:
    """A Chinese name written on, with no break, to the bracket that renders a body found before it."""
    return any(a["alias"]["end"] + 1 == c.start and doc_text(doc)[c.start - 1] in ")）"
               and any(o.start == a["name"]["start"] and o is not c for o in cands)
               for a in doc._.aliases or [] if a["name"]["end"] < a["alias"]["start"])


# Words that name a part of a body (an agency under a ministry, `… Department's National
# Institute of …`, is a body of its own).
_UNIT = re.compile(rf"(?:{'|'.join(en.UNIT_WORDS)}|Office|Unit|Team|Program(?:me)?)\b")
_POSSESSOR = re.compile(r"([A-Z][\w&\-.]*(?:\s(?:of\s|for\s|and\s|&\s)?[A-Z][\w&\-.]*){0,6})['’]s\s$")


_UNIVERSITY_BEFORE = re.compile(r"\b(?:University|Institute)(?:\sof(?:\s[A-Z][\w\-]*){1,4})?\s$")


def _unit_of_a_body(text: str, start: int) -> bool:
    """The name follows a body's possessive (`… University's`, `Acme Corp.'s`) or a university's
    name (`University of South Florida College of Nursing`): a unit of that body."""
    m = _POSSESSOR.search(text[max(0, start - 80):start])
    return m is not None and en.has_org_word(m.group(1)) and en.kind_of(m.group(1)) != "government" \
        or _UNIVERSITY_BEFORE.search(text[max(0, start - 80):start]) is not None   # (a government's department is a ministry)


def _latin_in_person(word: str, person_latin: set[str]) -> bool:
    return word.isascii() and word.strip(".").lower() in person_latin


# What makes the name before it a status given, not a body: `(으)로` and a verb of designating.
_KO_STATUS_AFTER = re.compile(r"(?:으로|로)\s?(?:지정|선정|인증|인정|위촉)")


# The label of a Korean release's contact field that names its own department (`담당 부서`, `담당부서`,
# `소관 부서`), alone before the name on its line or on the line before it.
_KO_DEPARTMENT_FIELD = re.compile(r"\s*(?:담당|소관)\s?부서명?\s*[:：]?\s*")


def _ko_department_field(text: str, start: int) -> bool:
    """The name stands in a department field of the contact block (or takes in its label): it names
    the issuing body's own unit (`해운물류국 연안해운과`), which the guide counts as no organisation."""
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip() and line > 0:
        line = text.rfind("\n", 0, line - 1) + 1   # (the label on the line before)
    m = _KO_DEPARTMENT_FIELD.match(text, line)
    return m is not None and (m.end() >= start or not text[m.end():start].strip())


# A Chinese office named by where it is in general, not by a place (`駐外辦事處`, `海外據點`, `各地辦事處`).
_ZH_OFFICE_ANYWHERE = re.compile(r"(?:驻外|海外|当地|各地|地方|国外|境外)(?:办事处|代表处|办公室|据点|分处|机构|单位)")


# Capital letters a code is made of, and the hyphen and number after them (`NB-301`, `RT-204`).
_PRODUCT_CODE = re.compile(r"[A-Z]{1,4}")
_CODE_NUMBER_AFTER = re.compile(r"-\d")


# The word of a gathering right after a name (`아시아 벤처투자 포럼`).
_KO_GATHERING_AFTER = re.compile(r"\s?(?:포럼|서밋|콘퍼런스|컨퍼런스|세미나|설명회|박람회|엑스포|페스티벌|축제|시상식|상담회|간담회|토론회|"
                                 r"심포지엄|워크숍|로드쇼)(?![가-힣])")


def _not_a_body(doc: Doc, text: str, c: Candidate, cands: list[Candidate], people: set) -> bool:
    name = text[c.start:c.end].strip()
    bare = re.sub(r"[(（](?:주|유|사|재)[)）]|㈜|주식회사", "", name).strip()
    if not bare or bare in ("등", "외", "및", "기타", "等"):
        return True   # a legal-form mark with nothing of a name (`(주) 등`)
    if _inside_a_web_address(text, c.start, c.end):
        return True   # letters of a web or mail address (`…/EU/…`, `t.co/…01EU`): a path, no body's name
    if c.source in ("model", "registry") and _PRODUCT_CODE.fullmatch(name) and _CODE_NUMBER_AFTER.match(text, c.end):
        return True   # the letters of a product's or a drug's code (`'NB-301'의 임상`, `RT-204`, `KT-310`), no body,
        # whether the entity model reads them or the registry knows a company by them
    if doc.lang_ == "ko" and c.source == "suffix" and suffix_of(name) == name and name not in known_names({}):
        return True   # an organisation word with no name before it (`로보틱스` in `AI, 로보틱스, 바이오`): a field or a kind
    if doc.lang_ == "ko" and c.source in ("alias", "model", "suffix") and _KO_OFFICE.search(name) and any(
            o is not c and o.end < c.start and not text[o.end:c.start].strip() for o in cands):
        return True   # `세계보건기구 서태평양 지역사무처(WPRO)`: a body's regional office, named after it, a unit of it
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and _a_branch_in_a_country(name):
        return True   # `코피아 가나센터`, `케냐센터`, `코트라 하노이 무역관`: a body's branch in a country, a unit of it
    if doc.lang_ == "en" and c.source == "role" and is_demonym(name.split()[-1]) \
            and all(w in ("South", "North", "East", "West") for w in name.split()[:-1]):
        return True   # `an agreement with Japanese drugmaker Hoshino Pharma`: the people's adjective describes the partner
    if any(t["start"] <= c.start and c.end <= t["end"] for t in doc._.timexes or []):
        return True   # a date or a time (`6일(이하 현지시간)`, `오전(한국시각)`), whatever a bracket after it says
    if doc.lang_ == "ko" and c.source in ("alias", "model") and " " in name and not _org_word(name, c.english, doc.lang_) \
            and tags_read_alone(name.split(" ")[0])[-1:] == ("XSN",) and name.split(" ")[0].endswith("형"):
        return True   # `한국형 탐사로봇(KPR-II)`, `지능형 로봇`: a kind of thing (`-형`, "-type"), no body's name
    if doc.lang_ == "ko" and c.source in ("model", "alias") and _KO_STATION.fullmatch(name) and not _org_word(name, c.english, doc.lang_):
        return True   # a railway or underground station (`왕십리역`, `한빛역`): a facility
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and _KO_COUNTED.match(text, c.end) \
            and not _proper_read_alone(name):
        return True   # a kind of body, counted (`저축은행 2곳`, `협력기관 3개소`): no one body's name
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer", "alias") \
            and _at_every_mention(text, name, lambda _s, e: _KO_STATUS_AFTER.match(text, e) is not None):
        return True   # the status a body is designated or chosen as (`… 협력센터로 지정된 바 있다`), no second body
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and _ko_department_field(text, c.start):
        return True   # the release's own department in its contact fields (`담당 부서 해운물류국 연안해운과`)
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and _KO_WORKS.search(name):
        return True   # construction works (`도로 확장공사`, `증축공사`): the 공사 of building, not of a corporation
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and _anonymised(name):
        return True   # `A병원`, `○○보건소`: a body the text will not name, one letter or marks for its name
    if doc.lang_ == "ko" and _KO_TIME_OF_DAY.fullmatch(name):
        return True   # a time of day or a clock's zone (`14일 오전(이하 한국시각)`), which no timex holds
    if doc.lang_ == "zh" and c.source not in ("registry", "known", "gazetteer") and re.search(r"[省州市县]$", fold_han(name)) \
            and _at_every_mention(text, name, lambda st, _e: st > 0 and fold_han(text[st - 1]) in "在于赴到往至"):
        return True   # a province or a city where something is done (`在沙特东部省共建`), the place, not its government
    if doc.lang_ == "zh" and _ZH_OFFICE_ANYWHERE.fullmatch(fold_han(name)):
        return True   # `駐外辦事處`, `海外據點`: an office abroad or a local one, of no place named; a kind, no name
    if doc.lang_ == "zh" and re.search(r"(?:国|國)政府$", name):
        return True   # a country's government (`史国政府`), a reference, not a named body
    if doc.lang_ == "zh" and c.source not in ("registry", "known", "gazetteer") and zh.criminal_ring(name):
        return True
    if _FIELD_LABEL.match(text[text.rfind("\n", 0, c.start) + 1:c.start]) and text[c.end:c.end + 1] in ")）" \
            and text[c.start - 1:c.start] in "(（" and text[c.end + 1:c.end + 2] in (" ", ""):
        return True   # a field's label in a government release (`ㅇ (행사명) …`, `(장소) …`)
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and _KO_VENUE.search(name) \
            and _at_every_mention(text, name, lambda s, e: text.startswith("에서", e)):
        return True   # a hall or centre where something is held, at every mention (`…국제습지센터에서 열린다`)
    if doc.lang_ == "ko" and c.source in ("model", "alias") and not _org_word(name, c.english, doc.lang_) \
            and not any(o.source not in ("model", "alias") for o in cands if o is not c and text[o.start:o.end].strip() == name) \
            and _at_every_mention(text, name, lambda s, e: bool(_KO_HELD_AT.match(text, e))):
        return True   # a name with no word of a body where something is held, at every mention
        # (`서울 코엑스(COEX)에서 … 개최했다`): the venue's
    if doc.lang_ == "zh" and c.source not in ("registry", "known", "gazetteer") and _ZH_VENUE.search(fold_han(name)) \
            and _at_every_mention(text, name, lambda s, e: _ZH_AT_BEFORE.search(text, max(0, s - 5), s) is not None
                                  and bool(_ZH_HELD.match(text, e))):
        return True   # a hall or centre where something is held, at every mention (`於永華市政中心舉辦`, `在成大國際會議廳舉行`)
    if doc.lang_ == "zh" and c.source not in ("registry", "known", "gazetteer") and _unit_after_a_rendering(doc, c, cands):
        return True   # `日本貿易振興機構（JETRO）臺北事務所`: the body's office, a unit of it
    kind_of_government = _KO_GOVERNMENT_OF_A_KIND.fullmatch(name) if doc.lang_ == "ko" else None
    if kind_of_government and c.source not in ("registry", "known", "gazetteer") \
            and not _proper_read_alone(kind_of_government.group(1)):
        return True   # a kind of government (`디지털정부`, `신정부`, `지방정부`): a government is named by its place
    if doc.lang_ == "ko" and c.source == "suffix" and c.start > 0 and text[c.start - 1] in "‘'“\"「『" \
            and (after := _KO_GATHERING_AFTER.match(text, c.end)) and text[after.end():after.end() + 1] in "’'”\"」』":
        return True   # `'아시아 벤처투자 포럼'`: the quoted name of a gathering, whose first words are no firm
    if doc.lang_ == "ko" and _KO_PAIRED_GOVERNMENTS.fullmatch(name) and c.source not in ("registry", "known", "gazetteer"):
        return True   # `‘한일 지방정부 청소년 포럼’`: the two countries' local governments, no one body
    if doc.lang_ in ("ko", "zh") and c.start > 0 and text[c.start - 1].isdigit() and not name[:1].isdigit():
        return True   # a unit after its number (`16테슬라급`, `700베크렐`), not a name
    if is_country(name) or is_country(re.sub(r"['’]s$", "", name)) or (_GOVERNMENT_OF.search(name) and (
            is_country(_GOVERNMENT_OF.sub("", name).strip()) or not _GOVERNMENT_OF.sub("", name).strip()
            or _GOVERNMENT_OF.sub("", name).strip() in ("수원국", "세계", "각국", "양국", "미", "일", "중", "各级", "中央"))):
        return True
    # the other candidates at this place or of this name
    alongside = [o for o in cands if o is not c and (o.start < c.end and c.start < o.end or text[o.start:o.end].strip() == name)]
    supported = any(o.source != c.source for o in alongside)
    by_rules = any(o.source not in ("model", "alias") for o in alongside)
    if c.source in ("model", "alias") and not by_rules and name not in known_names({}) and (
            is_place(name) or (c.english and script_of(name) != "latin" and is_city(c.english))):
        return True   # a city the model or a rendering offers, or both (`브뤼셀`, `본(Bonn)`, `Kenosha`,
        # `타슈켄트(Tashkent)`), with no rule of names behind it
    if re.fullmatch(r"[A-Z0-9.]{2,10}", name) and name in ticker_symbols(text) \
            and text[c.start - 1:c.start] in "(（" and text[c.end:c.end + 1] in ")）":
        return True   # the company's stock symbol in brackets again (`D-Wave (QBTS)` after `(NYSE: QBTS)`);
        # a company that calls itself by its symbol (`ABVX said`) is named so
    if doc.lang_ == "en" and re.fullmatch(r"[A-Z]{2,6}s", name) and name not in known_names({}):
        return True   # an acronym in the plural is a kind of thing (`SMEs`, `NGOs`), not one body
    if doc.lang_ == "ko" and c.source in ("model", "alias") and _a_thing_of(doc, text, c, name, cands):
        return True
    if doc.lang_ == "ko" and c.source not in ("registry", "known", "gazetteer") and any(
            text[m.start() - 1:m.start()] in _OPENING_QUOTES and _YEAR_IN_TITLE.match(text, m.end())
            for m in re.finditer(re.escape(name), text)):
        return True   # `‘블루오션 2030(Blue Ocean 2030)’`: a title with its year in quotes, a plan's or an event's,
        # at its other mentions too (`블루오션 2030 주요 과제`)
    if doc.lang_ == "zh" and c.source not in ("registry", "known", "gazetteer") and text[c.start - 1:c.start] in ("「", "『") \
            and _ZH_TITLED_PLAN.match(fold_han(text[c.end:c.end + 4])):
        return True   # `「半導體學院」計畫`: a programme's title in quotes, though a body's word ends it
    if _SPORTS_EVENT.search(name):
        return True   # `Paris Summer Olympic Games`, `Asian Games` (while `Hanbit Games` is a firm)
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and _EN_GATHERING_END.search(name):
        return True   # `American Academy of Dermatology Annual Meeting`: a body's meeting, an event
    if ((_names_a_thing(name, doc.lang_) or _rendered_as_a_thing(name, c.english)) and not _org_word(name, c.english, doc.lang_)
            or _zh_thing_ending_wins(name)) \
            and name not in known_names({}) and not KO_NATIONAL_BODY.fullmatch(name):
        return True   # (the registry's bodies named like plans stay: 유엔개발계획, UNDP)
    if doc.lang_ == "en" and c.source in ("model", "list") and not supported and \
            any(spot in en_context.listed_places(text) for spot in en.occurrences(text, name)):
        return True   # `three areas: Songdo, Yeongjong, and Cheongna`: what a word for places lists are places
    if doc.lang_ == "en" and _inside_a_thing_name(text, name):
        return True   # `J.P. Morgan` of `the J.P. Morgan Healthcare Conference`, at every mention: the event's name
    if doc.lang_ == "en" and en.in_distributor_notice(text, list(en.occurrences(text, name))):
        return True   # named only in the wire's closing notice to investors: the distributor, no party
    if doc.lang_ == "en" and en_things.product_by_brand(text, [(s, e) for s, e in en.occurrences(text, name) if not in_ticker(text, s)]):
        return True   # `Velmo Q4 Sportback`, `Corvella Vision Pro`: at every mention the brand names a product
    if doc.lang_ == "en" and en_things.only_modifier(text, [(s, e) for s, e in en.occurrences(text, name) if not in_ticker(text, s)]):
        return True   # `a Nasdaq-listed company`, with the exchange named otherwise only in tickers (`NASDAQ: BREA`)
    if doc.lang_ == "en" and en_things.only_region(text, [(s, e) for s, e in en.occurrences(text, name) if not in_ticker(text, s)]):
        return True   # `the ASEAN region`, `emerging ASEAN economies`: the bloc's countries as a place
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and (
            en_things.names_a_thing(text, c.start, c.end) or c.source == "model" and not supported and en.names_a_person(text, c.start, c.end)):
        return True   # a product, programme, venue or an event's edition; a person the model alone reads as a body
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and _a_thing_on_a_topic(name):
        return True   # `Orchard Conference on Soil Science`, `Harlow Award for Energy Innovation`: a meeting or an
        # honour named with its subject, which may hold a body's word (`Energy`)
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and en_things.a_forum_met_at(text, name) \
            and name not in known_names({}):
        return True   # `signed at the Harlow Energy Forum`: the meeting (the World Economic Forum is a body)
    if doc.lang_ == "en" and _inside_a_person(text, c, people):
        return True   # `Ford` of `Rob Ford`, `Roche` of `Stephen Roche`: a body's name as a person's surname
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and _acronym_of_a_thing(doc, name):
        return True   # `NDAA` after `National Defense Authorization Act (NDAA)`: a law's acronym names the law
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and _UNIT.match(name) \
            and _unit_of_a_body(text, c.start):
        return True   # `Greenfield University's College of Agricultural Sciences`: a unit of the body before it
    if doc.lang_ == "en" and _OF_A_REFERENCE.search(name):
        return True   # `Supervisory Board of the Company`: a body of one named otherwise, by a reference
    if doc.lang_ == "en" and c.source not in ("registry", "known", "gazetteer") and _a_kind_named(text, name):
        return True   # a kind named with the indefinite article at every mention (`a Special Purpose Acquisition
        # Company`, `a leading Contract Development and Manufacturing Organization (CDMO)`): no one body
    if doc.lang_ == "en" and c.source == "alias" and not supported and _a_term_spelled_out(c, name):
        return True
    if doc.lang_ == "zh" and c.source in ("alias", "model") and not by_rules and name not in known_names({}) \
            and fold_han(name).endswith(zh.GATHERINGS):
        return True   # an assembly, a summit or a fair held (`世界衛生大會（WHA）`; the words of zh.GATHERINGS):
        # an event, not a body (in Korean, `총회` names bodies too: `글로벌 프라이버시 총회(GPA)`)
    if doc.lang_ == "zh" and c.source == "alias" and not supported and not _org_word(name, c.english, doc.lang_) \
            and _zh_common_words_only(name):
        return True   # a term in common words with its rendering (`聰明(SMART)`, `衝擊值(CIV)`)
    if doc.lang_ == "zh" and c.source in ("alias", "model") and not by_rules and not _org_word(name, c.english, doc.lang_) \
            and text[c.start - 1:c.start] == "《" and text[c.end:c.end + 1] == "》":
        return True   # a work's title in its brackets, with its rendering (`《西城故事》（West Side Story）`): a
        # musical, a book, a film; a body in them has its organisation word (`《渡江兵藝文工作室》`)
    if doc.lang_ == "en" and c.source == "alias" and not supported and _in_sentence_case(name):
        return True   # `Natural language processing (NLP)`, `Collaborative filtering (CF)`: a term spelled out
        # with its acronym; an English name is written with capitals, but for its small connecting words
    if doc.lang_ == "en" and _LAW_AFTER.match(text, c.end):
        return True   # part of a law's name (`Securities Exchange Act of 1934`, `Private Securities Litigation Reform Act`)
    if doc.lang_ == "en" and c.source in ("model", "suffix"):
        heads = _title_case_heads(text)
        if any(s <= c.start and c.end <= e for s, e in heads) and not _said_outside(text, name, heads):
            # headlines and section heads are written in Title Case: a run of capitals there
            # that the body never repeats (`• Serious Quality Crisis and Erosion of Internal Trust`)
            return True
    if c.source == "alias" and doc.lang_ == "ko" and c.english and only_common_words(c.english) and not any(
            o is not c and o.source not in ("alias", "model") and o.start < c.end and c.start < o.end for o in cands) \
            and not _described_as_a_company(doc, c.start):
        return True   # a term rendered in common English words (`리프트캡슐(Lift Capsule)`, `원헬스(One Health)`)
    if c.source in ("alias", "model") and doc.lang_ == "ko" and _a_korean_term(doc, c, name, cands) \
            and not (c.source == "model" and _reports(text, c, name)):
        return True   # (a term does not report: `…뉴스에 따르면` is an outlet the model reads)
    if c.source == "model" and doc.lang_ == "ko" and not alongside and re.fullmatch(r"[A-Za-z0-9.&\- ]+", name) \
            and name not in known_names({}) and not (en.UN_INITIALS.fullmatch(name) and name not in _UN_TREATIES) \
            and not (_KO_REPORTS.match(text, c.end) and name not in TERM_ACRONYMS) \
            and not (_KO_ACTING_INITIALS.fullmatch(name) and name not in TERM_ACRONYMS and _KO_ACTS_AFTER.match(text, c.end)) \
            and not _described_as_a_company(doc, c.start):
        return True   # Latin letters alone in a Korean release, a name only the Korean model reads: as often a
        # term, a treaty or a unit (`PIPL`, `USMCA`, `Bq`) as a body; a body is rendered, listed or known
    if c.source == "suffix" and doc.lang_ == "en" and not supported and _EN_THING_HEAD.search(name) \
            and only_common_words(_EN_THING_HEAD.sub("", name)) and text.count(name) == 1:
        return True   # common words before a word that ends products and places as well as bodies
        # (`AI Medical Diagnostic Software`, `Data Center`), said once: a description, not a name
    if c.source == "model" and doc.lang_ == "en" and not supported and only_common_words(name) \
            and not _named_though_common(text, name) and not en.DESCRIBED_AFTER.match(text, c.end):
        return True   # common words the model reads as a name (`Official Ice Cream`, `Liquid Side`, `Labor`)
    if c.source == "alias" and not by_rules and name in TERM_ACRONYMS and not _org_word(name, c.english, doc.lang_):
        return True   # a general term's acronym read as a pair's name (`AI` of `생성형 AI(Generative AI)`)
    if c.source == "alias" and not supported and c.english and not _org_word(name, c.english, doc.lang_) \
            and any(part in TERM_ACRONYMS for part in c.english.split("-")[1:]):
        return True   # a general term's acronym made a country's or a brand's (`한국형 도심항공교통(K-UAM)`)
    rendered = [o.english for o in alongside + [c] if o.source == "alias" and o.english]   # the pair's rendering
    if c.source in ("alias", "model") and not by_rules and rendered and re.fullmatch(r"K-[A-Za-z]+", rendered[0]) \
            and only_common_words(rendered[0][2:]):
        return True   # a Korean kind of thing (`케이푸드(K-Food)`, `K-Beauty`): a term, no brand's or body's name
    if c.source == "alias" and not supported and doc.lang_ == "ko" and not _org_word(name, c.english, doc.lang_) \
            and _read_as_a_person(doc, c, people):
        return True   # the entity model reads the name or its rendering as a person's (`빌헬름 하메르쇠이(Vilhelm Hammershøi)`)
    if c.source in ("alias", "model") and not by_rules and doc.lang_ == "ko" and not _org_word(name, c.english, doc.lang_) \
            and name not in known_names({}) and _at_every_mention(text, name, lambda s, e: bool(_KO_THING_HEAD_AFTER.match(text, e))):
        return True   # a name that, at every mention, modifies a noun of a kind of thing, place or person
        # (`림팩(RIMPAC) 훈련`, `엠폭스(Mpox) 바이러스`, `말레스(Marles) 부총리`): the exercise's, the disease's,
        # the person's name; a body's name stands before its own nouns (`…재단`, `… 회장`, `… 본사`)
    if c.source == "alias" and not by_rules and doc.lang_ == "ko" and not _org_word(name, c.english, doc.lang_) \
            and _a_crafts_name(name, c.english):
        return True   # a ship's, a rocket's or a satellite's name (`누리호`, `한빛호(Hanbit)`): 호 numbers a craft
    if c.source in ("alias", "model") and not by_rules and doc.lang_ == "ko" and rendered \
            and not _org_word(name, rendered[0], doc.lang_) and _lower_case_word_in(rendered[0]):
        return True   # a rendering with a word in lower case, as terms and species are written (`Spodoptera
        # frugiperda`, `Avian influenza`, `smart farming`); a body's rendering capitalises its words
    if (c.source == "alias" or c.source == "model" and any(o.source == "alias" for o in alongside)) and not by_rules \
            and doc.lang_ == "ko" and not _org_word(name, c.english, doc.lang_) and _quoted(text, c.start, c.end):
        return True   # a title in quotes with its short name or rendering (`‘누리 탐험대’(이하 탐험대)`): a work,
        # a programme or an event; a body is named without quotes
    if doc.lang_ == "en" and c.source == "alias" and not supported and en_things.a_term_spelled_out(name):
        return True   # `Warehouse Management System (WMS)`: a term and its acronym, in common words
    if c.source == "alias" and not supported:
        return not (_org_word(name, c.english, doc.lang_) or (_acronym_of_a_body(c) and not _common_nouns(doc, c))
                    or _defined_short_name(name, c)
                    or _proper_transliteration(doc, c) or _coordinated_with_a_company(doc, c, cands))
    pair = [o for o in alongside + [c] if o.source == "alias" and text[o.start:o.end].strip() == name]
    if doc.lang_ == "ko" and c.source in ("alias", "model") and pair and not by_rules and name not in known_names({}) \
            and not any(_org_word(name, o.english, doc.lang_) or _acronym_of_a_body(o) or _camel_brand(o)
                        or _defined_short_name(name, o) or _coordinated_with_a_company(doc, o, cands) for o in pair) \
            and not name.endswith(KO_TRADE_WORDS) and not _told_as_a_body(doc, name, pair[0].english):
        return True   # a foreign name with its rendering that the model reads as a body too, but that the text
        # never tells for one (`바야르(Bayar) … 장관`, `…기금(Save Our Rivers)`): the model reads people's,
        # places' and things' names so as well
    if c.source == "model" and doc.lang_ == "ko" and re.fullmatch(r"[A-Z][A-Za-z0-9\-]{1,9}", name) and any(
            o.source == "alias" and name in o.other_names + ([o.english] if o.english else [])
            and (_common_nouns(doc, o) or _a_korean_term(doc, o, text[o.start:o.end].strip(), cands))
            for o in cands):
        return True   # the acronym of a term the release spells out (`정보보호 관리체계(ISMS)` … `ISMS 인증`)
    if doc.lang_ == "ko" and c.source in ("suffix", "model") and _KO_KIND_BEFORE.search(text[max(0, c.start - 8):c.start]) \
            and _described_in_common_nouns(doc, c) and name not in known_names({}):
        return True   # a kind of body after a word that counts or sorts bodies (`주요 가상자산거래소`, `각 지방은행`)
    if doc.lang_ == "ko" and _KO_GENERIC_KIND.fullmatch(name) and name not in known_names({}) and not c.english \
            and not any(o.source == "alias" or o.english for o in alongside) and _described_in_common_nouns(doc, c):
        return True   # `국제금융기구`, `국제비정부기구`: a kind of body in common nouns, with no rendering, no name
    if doc.lang_ == "ko" and _KO_RELATED_BODY.search(name):
        return True   # `UNESCAP 산하기구`: what is under or related to a body, no name (the body is read on its own)
    if c.source == "suffix" and not supported and doc.lang_ == "ko" \
            and any(name.endswith(w) and is_place(name[:-len(w)].strip()) for w in KO_TRADE_WORDS + _KO_TRADE_ENDINGS):
        return True   # a place and a line of business (`서울건설 현장`): building in Seoul, no firm's name
    if c.source == "suffix" and not supported and doc.lang_ == "ko" and " " in name and _described_in_common_nouns(doc, c) \
            and not _unit_of_a_named_body(name):
        return True   # a description, word by word, of a kind of body (`국제 개인정보 감독기구`, `기술협력 이행기구`)
    if c.source == "model" and not supported and doc.lang_ == "ko":
        if any(o.source not in ("model", "alias") and text[o.start:o.end].strip() in (name + "시", name + "군", name + "구")
               for o in cands):
            return True   # the place of a city or county government the release names (`한빛` of `한빛군`,
            # `한빛 스마트팜 단지`): the place, not a second body
        if re.search(r"(?<![0-9])(?:19|20)[0-9]{2}$", name):
            return True   # an edition of an event named with its year (`컴업2020`)
        if _a_field(name) and _listed_with_a_common_noun(doc, c):
            return True   # a field listed with fields (`방산·원전 협력`): a common noun, no body
        parts = [p for p in re.split(r"[\s\-·]+", name) if p]
        if len(parts) >= 2 and all(is_country(p) or is_place(p) or p in ("한", "미", "중", "일") for p in parts):
            return True   # places together (`한-미`, `중국 쿤밍`), no body
        toks = [t for t in tokens_in(doc, c.start, c.end) if not t.is_space]
        # every word a proper noun: a common noun among them makes a thing, not a body (`수원국`,
        # `일일확진자`, `행사명`); acronyms of terms and diseases are none either
        proper = bool(toks) and all(t.tag_.startswith(("NNP", "SL", "SH", "SN", "SW", "SS")) for t in toks) and \
            name not in TERM_ACRONYMS and not name.startswith(("코로나", "COVID")) and \
            (_proper_read_alone(name) or len(name) >= 10 or _described_as_a_company(doc, c.start))
        # (a long compound is a body's name: 농림수산식품교육문화정보원; so is one the text calls a company)
        # a ministry or agency by its short name (`해수부`, `질병청`, `여가부`) is a body too
        # and so is a country's army, navy or air force (`해군`, `대한민국 육군`), common nouns that name one body
        # and so is a committee by its short name (`혁신위`, `복지위`: …위원회 cut to …위)
        last = name.split(" ")[-1]
        return not (proper or suffix_of(last) or re.fullmatch(r"[가-힣]{2,6}[부청처위]", last)
                    or last in ko.STATE_FORCES and _word_ends(doc, c.end) or _a_company_by_its_form(name)
                    or _KO_NEWS_AGENCY.fullmatch(last)
                    or _reports(text, c, name))
    if c.source == "about" and not supported and doc.lang_ == "en" and not en.has_org_word(name) \
            and en.names_a_person(text, c.start, c.end):
        return True   # `About Lena Voss`: the section on an author or a founder, called by the surname elsewhere
    if c.source == "model" and not supported and doc.lang_ == "en":
        if re.fullmatch(r"The [A-Z][a-z][\w\-]*", name) and not en.has_org_word(name) and name not in known_names({}):
            return True   # `The Amiga won …`: one word with the article is a product's or a work's name; a
            # body's takes none, or holds its organisation word (`The Harlow Company`)
        # an amount, a model number, a short code or a degree is no name (`KRW 933.2`, `IONIQ 5`, `IR`, `M.D.`)
        if re.search(r"\d", name) or (re.fullmatch(r"[A-Z]{1,3}|(?:[A-Z][a-z]?\.){1,3}", name) and name not in known_names({})):
            return True
        if re.fullmatch(r"[A-Z]{4,}", name) and is_common_word(name.lower()) and name not in known_names({}):
            return True   # one common word in capitals (`NOTICE`, `SCULPTURE`): a heading or a shout, no name
    return False


def _a_thing_of(doc: Doc, text: str, c: Candidate, name: str, cands: list[Candidate]) -> bool:
    """`세계보건기구 담배규제기본협약`, `세계보건기구 75주년`: an organisation's name and, after it,
    words with no organisation word of their own name a thing of that organisation (its treaty,
    its campaign), not another body (one word may be a subsidiary's line: `지멘스 모빌리티`). Only for what the entity model or a rendering
    offers: a looked-up or organisation-word name stays (`유엔 안보리`, `EU 집행위원회`)."""
    if any(o.source not in ("model", "alias") and (o.start, o.end) == (c.start, c.end) for o in cands if o is not c):
        return False
    for o in cands:
        if o is c or o.source in ("model", "alias") and o.start == c.start:
            continue
        parent = text[o.start:o.end].strip()
        if parent and name.startswith(parent + " ") and not is_country(parent) and not is_place(parent):
            rest = name[len(parent) + 1:]
            rest_start = c.start + text[c.start:c.end].find(rest)
            words = [t for t in tokens_in(doc, rest_start, c.end) if not t.is_space]
            # one word after it may be a company's line of business (`지멘스 모빌리티`, a subsidiary)
            return len(words) > 1 and not _org_word(rest, c.english if c.source != "alias" else None, doc.lang_)
    return False


# What stands before a field label on its line: a bullet or nothing, then the label's bracket.
_FIELD_LABEL = re.compile(r"^[\s□■○●◦•ㅇ\-–*※·▲△▶]*[(（]$")
# English organisation words that also end names of products, services, places and units.
_EN_THING_HEAD = re.compile(r"\s(?:Software|Solutions?|Systems?|Cent(?:er|re)|Laborator(?:y|ies)|Labs?|"
                            r"Platform|Hub|Shipping|Logistics)$")

# Words for a kind of company or body that Korean writes before a name it introduces
# (`그리스 선주사 아틀라스 마리타임`, `전자지갑 업체 모모`, `물류기업 사오마이 로지스틱스`).
_KIND_BEFORE_NAME = ("기업", "업체", "회사", "선주사", "제조사", "공급사", "운용사", "투자사", "스타트업", "그룹", "은행",
                     "제약사", "통신사", "보험사", "증권사", "카드사", "건설사", "항공사", "해운사", "개발사", "제작사", "유통사",
                     "기관", "단체", "재단", "협회", "대학", "오케스트라", "합창단", "학교", "어린이집", "유치원", "병원",
                     "호텔", "리조트", "매체", "소속사", "구단", "언론사", "방송사", "신문사", "인터넷신문")


# A kind of body told in common nouns after a word of scope (`국제금융기구`, `글로벌 투자기관`).
_KO_GENERIC_KIND = re.compile(r"(?:국제|글로벌|해외|국내|민간|공공|지역)\s?[가-힣]{1,6}(?:기구|기관|단체|협회|은행|기업)")
# A body under, attached or related to the one named before it (`… 산하기구`, `… 유관기관`).
_KO_RELATED_BODY = re.compile(r"(?:^|\s)" + ko.RELATED_BODY + "$")
# Trade words that end Korean company names but are not in the rendering list (`…실업`, `…양행`).
_KO_TRADE_ENDINGS = ("실업", "양행")


# A news agency by its Latin initials and `통신` (`AFP통신`, `dpa통신`): a body, whatever the model's other reads.
_KO_NEWS_AGENCY = re.compile(r"[A-Za-z]{2,6}\s?통신")


def _described_as_a_company(doc: Doc, start: int) -> bool:
    """The word before the name says what kind of company or body it is: a name, whatever its
    words (`선주사 아틀라스 마리타임(Atlas Maritime)`)."""
    text = doc_text(doc)
    before = text[max(0, start - 12):start]
    m = re.search(r"(\S+)\s+$", before)
    if m is not None and re.sub(r"(?<=[가-힣])인$", "", m.group(1)).endswith(_KIND_BEFORE_NAME):
        return True   # (`광학 기업 누리렌즈`, `광학 기업인 누리렌즈`: a company that is one)
    # or it is listed with others that the list's end calls companies (`A, 셸(Shell), B 등 기존 공급사`)
    after = re.match(r"[^.。\n]{0,120}?\s등\s?(?:\S+\s)?(\S+)", text[start:start + 140])
    return after is not None and re.sub(r"(?:와의|과의|에서|으로|[은는이가과와을를의도로])$", "", after.group(1)).endswith(_KIND_BEFORE_NAME)


# Last syllables or words of Korean names of bodies that no organisation word list holds alone
# (`…기관`, `…연수소`, `…사업단`, `…협의회`, `…공사`, a foreign ministry: `농업목축부`).
_KO_BODY_ENDS = ("기관", "소", "원", "단", "회", "사", "부", "청", "처")


def _a_korean_term(doc: Doc, c: Candidate, name: str, cands: list[Candidate]) -> bool:
    """A compound of common nouns that only a rendering and the model offer (`디지털서열정보(DSI)`,
    `총허용어획량(TAC)`, `전지구적 이행점검`): read alone, Kiwi finds two or more words in it and
    none a proper noun, and no word for a body ends it; the text does not call it a company.
    In context Kiwi, and the model after it, take such compounds for names."""
    if not re.fullmatch(r"[가-힣 ]+", name) or len(name.replace(" ", "")) >= 10 or name in known_names({}):
        return False
    text = doc_text(doc)
    same = [o for o in cands if o is not c and (o.start < c.end and c.start < o.end or text[o.start:o.end].strip() == name)]
    if any(o.source not in ("alias", "model") for o in same):
        return False
    if any(o.source == "alias" and _a_brand(o) and any(re.search(r"[a-z]", r) for r in o.other_names + ([o.english] if o.english else []))
           for o in same + [c]):
        return False   # rendered as a brand (`하이퍼렌즈(HyperLens)`): a firm's name made of loanwords
    tags = tags_read_alone(name)
    last = name.split(" ")[-1]
    return len(tags) >= 2 and all(t.startswith(("NNG", "XSN", "XPN", "MM", "SN")) for t in tags) \
        and not suffix_of(last) and not last.endswith(_KO_BODY_ENDS) and not name.endswith(KO_TRADE_WORDS) \
        and not _described_as_a_company(doc, c.start)


# Nouns that end a name of countries or regions (`라틴아메리카 국가`, `중동 지역`), not of a body.
_KO_PLACE_HEAD = re.compile(r"(?:국가|나라|지역|지방|국가들)$")
# Initials that a clause opens on as its topic and that act (`NTSB는 내년 조사를 마칠 계획이다`): a body's.
_KO_ACTING_INITIALS = re.compile(r"[A-Z]{2,6}")
_KO_ACTS_AFTER = re.compile(r"(?:는|은)\s")
# A source that reports or says: `…에 따르면` (according to), or the subject of `보도했다`, `전했다`,
# `밝혔다`, `발표했다` in its clause: what the model reads as a body there is one (a news outlet, a firm).
_KO_REPORTS = re.compile(r"(?:에\s?따르면|(?:는|은|가|이)\s[^.\n]{0,60}?(?:보도했|보도한|전했|밝혔|발표했))")


def _reports(text: str, c: Candidate, name: str) -> bool:
    """The name is a source that reports or says (`_KO_REPORTS`), and no place or region."""
    return _KO_REPORTS.match(text, c.end) is not None and not is_place(name) and not is_country(name) \
        and not _KO_PLACE_HEAD.search(name)


def _word_ends(doc: Doc, end: int) -> bool:
    """The word ends at `end`: no Hangul follows, or a particle or copula does (`경찰은`, `경찰이다`),
    not another noun of a compound (`경찰버스`, `경찰관`)."""
    after = doc_text(doc)[end:end + 1]
    if not re.fullmatch(r"[가-힣]", after):
        return True
    t = token_at(doc, end)
    return t is not None and t.tag_.startswith(("J", "VCP", "E"))


_KO_LATIN_LED = re.compile(r"([A-Z]{2,4})[가-힣]{2,8}")


def _a_company_by_its_form(name: str) -> bool:
    """One word the model reads as a body that is made the way company names are: a line of business
    after a word that is no place (`중앙건설`, `누리제과`: the model's reading settles what Kiwi
    cannot, whether the first word is a name), or a group's Latin initials joined to Hangul
    (`SK텔레콤`, `LG화학`), where the initials are no term's (`AI반도체`, `IT기업`)."""
    if " " in name:
        return False
    latin = _KO_LATIN_LED.fullmatch(name)
    if latin:
        return latin.group(1) not in TERM_ACRONYMS
    head = trade_name_head(name)
    return head is not None and re.fullmatch(r"[가-힣]+", head) is not None and not is_place(head) and not is_country(head)


def _proper_read_alone(name: str) -> bool:
    """Kiwi, reading the name alone, finds a proper noun or Latin or Han letters in it: in context
    it takes unknown compounds of common nouns for proper nouns (`도심항공교통`, `회의시설`,
    `일일확진자`), alone it knows them for what they are."""
    return any(t.startswith(("NNP", "SL", "SH")) for t in tags_read_alone(name))


def _title_after(text: str, end: int) -> bool:
    """A person's title follows `end`, after one space at most (`… 누리초등학교 교사`)."""
    after = text[end:end + 12]
    return (after[1:] if after[:1].isspace() else after).startswith(PERSON_TITLES + MORE_TITLES)


_SPORTS_EVENT = re.compile(r"\b(?:Olympic|Paralympic|Asian|Commonwealth|Youth|Summer|Winter|World|Pan American|SEA|Invictus|"
                           r"Special Olympics World|Mediterranean|Island|Highland|Masters|University) Games$|"
                           r"\b(?:Olympics|Paralympics|World Cup|Universiade)$")
# The quote's close and the word for a programme, a course, a contest or a show after it (folded to Simplified).
_ZH_TITLED_PLAN = re.compile(r"[」』](?:计画|计划|专案|方案|活动|课程|竞赛|比赛|大赛|展览|系列|培训|项目)")
# A year that ends a quoted title, its rendering and the closing quote after it (`‘블루오션 2030’`).
_OPENING_QUOTES = ("‘", "“", "'", "\"", "「", "『")
_YEAR_IN_TITLE = re.compile(r"\s?(?:19|20)\d\d(?:\s?[(（][^()（）\n]{1,80}[)）])?\s?[’'”\"」』]")
# Last words of an English name of a gathering: the run of capitals names the event, though a body's
# name stands inside it (`… Academy of Dermatology Annual Meeting`, `… Society Congress`).
_EN_GATHERING_END = re.compile(r"\s(?:(?:Annual|General|Scientific|Joint)\s)*(?:Meeting|Congress|Symposium|Convention|Conference|"
                               r"Summit|Expo|Exhibition|Festival|Championships?)(?:\s\d{4})?$")
_OF_A_REFERENCE = re.compile(r"\bof (?:the|this|our|its) (?:Company|Group|Corporation|Issuer|Fund|Bank)$")


def _inside_a_thing_name(text: str, name: str) -> bool:
    """At every mention the name opens a run of capitalised words that ends in the head of a
    meeting, programme, award or law (`Velmora Developer Conference`, `Corvella Innovation Awards
    2026`): a part of that thing's name, not a body named on its own."""
    spots = list(en.occurrences(text, name))
    return bool(spots) and all(
        (run := _THING_RUN.match(text, e)) is not None and _a_thing_head_in(name, run.group(1)) for _, e in spots)


_ON_A_TOPIC = re.compile(r"\s(?:on|for)\s(?:the\s)?[A-Z]")


def _a_thing_on_a_topic(name: str) -> bool:
    """The name's head, before `on` or `for` and its subject, names a meeting, programme, award or
    law and holds no organisation word (`World Summit on Ocean Data`, `Award for Design`); a body's
    head has one (`Council on Foreign Relations`, `Institute for Basic Science`)."""
    m = _ON_A_TOPIC.search(name)
    return m is not None and _NOT_BODY_END_EN.search(name[:m.start()]) is not None and not en.has_org_word(name[:m.start()])


def _a_thing_head_in(name: str, run: str) -> bool:
    """The name and the first words of the run after it end in a thing's head, and the words after
    that head hold no organisation word: the run may go on past the thing's name with `on` or `of`
    (`… Healthcare Conference on January`), but not into a body's (`… Summit Partners`) or a list
    (`Whole Foods Market and Kroger`)."""
    words = re.findall(r"\s\S+", run)
    return any(_names_a_thing(name + "".join(words[:i]), "en") and not en.has_org_word("".join(words[i:]))
               and (i == len(words) or words[i].strip() in ("on", "of"))   # (`… Market and Kroger`: a list goes on)
               for i in range(len(words), 0, -1))


# Capitalised words after a name, up to a year (`… Awards 2026`).
_THING_RUN = re.compile(r"((?:\s(?:&\s|of\s|and\s|on\s)?[A-Z][\w&'’\-]*){1,4})(?:\s(?:19|20)[0-9]{2})?(?![\w'’\-])")


_ANONYMOUS_NAME = re.compile(r"(?:[A-Z]|[○◯〇◇□△]{1,3}|OO|XX)\s?(?P<word>[가-힣]+)")


def _anonymised(name: str) -> bool:
    """One capital letter or a run of marks standing for a name the text withholds, then only an
    organisation word (`A병원`, `B 보건소`, `○○병원`): anonymised, as releases on cases and
    patients write them; a name of letters keeps two or more (`KB손해보험`, `SK에코플랜트`)."""
    m = _ANONYMOUS_NAME.fullmatch(name)
    return m is not None and suffix_of(m.group("word")) == m.group("word")


def _inside_a_person(text: str, c: Candidate, people: set) -> bool:
    """The name ends a person's name the entity model marks, written with a given name before it
    (`Rob Ford`, `Stephen Roche`): a surname that is also a body's name, not the body."""
    return any(ps < c.start and pe == c.end and text[ps:c.start].strip() and personal_name(text[ps:pe])
               and not en.has_org_word(text[ps:pe]) for ps, pe in people)


def _acronym_of_a_thing(doc: Doc, name: str) -> bool:
    """The release spells the acronym out as a law, programme, meeting or plan (`National Defense
    Authorization Act (NDAA)`, `Green Shipping Program (GSP)`), with no organisation word."""
    return any(a["alias"]["text"] == name and (_names_a_thing(a["name"]["text"], "en") and not en.has_org_word(a["name"]["text"])
                                               or _a_thing_on_a_topic(a["name"]["text"]))
               for a in (doc._.aliases or []) + (doc._.terms or []))


def _a_term_spelled_out(c: Candidate, name: str) -> bool:
    """`AI (Artificial Intelligence)`, `LiDAR (Light Detection and Ranging)`: an acronym written
    first and spelled out in the bracket explains a term; a body is named the other way round
    (`Light Momentum Technology (LMT)`), or its spelled-out name has an organisation word."""
    spelled = [o for o in c.other_names if " " in o.strip()]
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]{1,9}", name)) and bool(spelled) \
        and not any(en.has_org_word(o) for o in spelled)


# The small words an English name keeps in lower case (`Bank of America`, `Doctors without Borders`).
_NAME_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "by", "with", "without", "a", "an",
                               "de", "du", "des", "la", "le", "di", "da", "von", "van", "der", "und", "et", "y"})


def _in_sentence_case(name: str) -> bool:
    """A capital opens the first word only, and a later word is a lower-case word of content
    (`Machine translation`, `Learning classifier systems`)."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and any(
        w.isalpha() and w.islower() and w not in _NAME_SMALL_WORDS for w in words[1:])


def _a_kind_named(text: str, name: str) -> bool:
    """At every mention the name follows `a` or `an` (and at most two lower-case words) and no
    noun follows it: a kind of body spelt in capitals, not a name (`a Special Purpose Acquisition
    Company`); `a Hanbit Group company` names Hanbit Group as the company's owner."""
    spots = list(en.occurrences(text, name))
    return bool(spots) and all(_AN_BEFORE.search(text[max(0, s - 40):s]) and not _NOUN_AFTER.match(text, e)
                               for s, e in spots)


_NOUN_AFTER = re.compile(r"(?:\s?\([^()]{1,20}\))?\s(?!(?:and|or|with|to|in|of|that|which|who|for|on|at|by|as|from|is|was|will|has|have)\b)[a-z]")
# `a` or `an` and at most two lower-case words (no article or preposition) right before a name
_AN_BEFORE = re.compile(r"(?<![\w-])(?:a|an|A|An)\s(?:(?!(?:the|of|from|with|by|for|to|in|on|at|under|and|or|its|their|our|his|her)\s)[a-z][\w-]*\s){0,2}$")
_LAW_AFTER = re.compile(r"(?:\s(?:[A-Z][a-z]+|of|and)){0,3}\sAct\b")


def _named_though_common(text: str, name: str) -> bool:
    """Words frequent in text that the model reads as a name and that are one, said outside a
    heading: a people's adjective opening it (`Asian Times`, `Iraqi Islamic Party`), a word that
    ends bodies' names and other things' closing it (`Liberal Party`, `Federal Reserve Board`), or,
    alone, a word no dictionary lists (`Hamas`, `Samsung`) that not only a title's case capitalises."""
    if not _said_outside(text, name, _title_case_heads(text)):
        return False
    words = name.split()
    if len(words) > 1:
        return is_demonym(words[0]) or words[-1] in en.BODY_HEADS
    return holds_a_coined_word(name) and not _at_every_mention(text, name, lambda s, e: _in_title_case(text, s, e))


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+(?:(?:and|&|of|the|for)\s+)?$")
_CAPITALISED_AFTER = re.compile(r"\s+(?:(?:and|&|of|the|for)\s+)?([A-Z][a-z]+)(?![\w'’-])")


def _in_title_case(text: str, start: int, end: int) -> bool:
    """The words beside a mention are dictionary words written with capitals (`Bridging Academia
    and Industry`): a title's case, which says nothing of whether the word is a name."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    after = _CAPITALISED_AFTER.match(text, end)
    return any(m is not None and is_dictionary_word(m.group(1)) for m in (before, after))


def _title_case_heads(text: str) -> list[tuple[int, int]]:
    """Spans of headlines and section heads: a line or a run set off by double spaces or a bullet
    (heads flattened into one line), of at most 25 words, not ending as a sentence does, whose
    words of four letters or more are nearly all capitalised."""
    return _heads_cached(text)


@functools.lru_cache(maxsize=8)
def _heads_cached(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line_start = m.start()
        for part in re.finditer(r"(?:(?!\s{2,}|•).)+", m.group()):
            seg = part.group().strip()
            if not seg or " -- " in seg or "/PRNewswire/" in seg or seg[-1] in ".!?:;\"”":
                continue
            words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", seg)
            if not (2 <= len(words) <= 25):
                continue
            long = [w for w in words if len(w) >= 4]
            if len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long):
                s = line_start + part.start() + (len(part.group()) - len(part.group().lstrip()))
                out.append((s, s + len(seg)))
    return out


def _said_outside(text: str, name: str, heads: list[tuple[int, int]]) -> bool:
    for m in re.finditer(re.escape(name), text):
        if not any(s <= m.start() and m.end() <= e for s, e in heads):
            return True
    return False

def _names_a_thing(name: str, lang: str) -> bool:
    """The last word names a meeting, programme, plan, law, index, site or report, not a body."""
    folded = fold_han(name)
    last = name.split(" ")[-1]
    return (last.endswith(NOT_BODY_ENDINGS_KO) and not suffix_of(last)) or \
        _NOT_BODY_END_EN.search(name) is not None or \
        (folded.endswith(NOT_BODY_ENDINGS_ZH) and not any(folded.endswith(s) for s in zh.SUFFIX_KIND))


def _rendered_as_a_thing(name: str, english: str | None) -> bool:
    """A name in Hangul or Han whose English rendering ends in a word for a thing (`오로라 프로젝트(Aurora
    Project)`, `뎅기열(Dengue Fever)`): the rendering says what the name names."""
    return bool(english) and script_of(name) != "latin" and (
        _NOT_BODY_END_EN.search(english or "") is not None or _HISTORIC_SITE.match(english or "") is not None)


# A heritage site's English name (`Historic Centre of Bukhara`): its `Centre` is no body's.
_HISTORIC_SITE = re.compile(r"(?:The\s)?Historic(?:al)?\s(?:Centre|Center|District|Quarter|Town|City|Core|Site)s?\b")


def _zh_thing_ending_wins(name: str) -> bool:
    """A Chinese name whose ending for a thing is longer than its ending for a body: `运动会` (a
    games) holds `会` (an association's), and the longer ending says what it is."""
    folded = fold_han(name)
    thing = max((len(w) for w in NOT_BODY_ENDINGS_ZH if folded.endswith(w)), default=0)
    body = max((len(w) for w in zh.SUFFIX_KIND if folded.endswith(w)), default=0)
    return thing > body


def _org_word(name: str, english: str | None, lang: str) -> bool:
    """An organisation word ends the name (`…위원회`, `…公司`) or stands in its English form."""
    last = name.split(" ")[-1]
    if suffix_of(last):
        return True
    folded = fold_han(name)
    if any(folded.endswith(s) for s in zh.SUFFIX_KIND):
        return True
    for latin in (english, name):
        if latin and re.search(r"[A-Za-z]", latin) and en.has_org_word(latin) and not _NOT_BODY_END_EN.search(latin) \
                and not _HISTORIC_SITE.match(latin):
            return True   # (`Net-Zero Government Initiative` holds a body's word but names a plan)
    return False


def _defined_short_name(name: str, c: Candidate) -> bool:
    """`누리에너지솔루션(이하 ‘누리솔루션’)`: a release that defines a short name for something treats it as
    a named party, where the short name is made of the name's own letters, in order (a nickname,
    `김가온(이하 온이)`, or a condition, `요금(이하 왕복 기준)`, is no short name)."""
    return any(script_of(o) == script_of(name) and _contraction_of(o, name) for o in c.other_names)


def _listed_with_a_common_noun(doc: Doc, c: Candidate) -> bool:
    """The name and a common noun stand joined by `·` (`방산·원전`, `에너지·방산`): a list of fields."""
    text = doc_text(doc)
    if text[c.end:c.end + 1] == "·":
        word = re.match(r"[가-힣]+", text[c.end + 1:])
        nxt = token_at(doc, c.end + 1)
        return nxt is not None and nxt.tag_.startswith("NNG") and word is not None and _a_field(word.group())
    if c.start > 0 and text[c.start - 1] == "·":
        word = re.search(r"[가-힣]+$", text[max(0, c.start - 12):c.start - 1])
        prev = [t for t in tokens_in(doc, max(0, c.start - 12), c.start - 1) if not t.is_space]
        return bool(prev) and prev[-1].idx + len(prev[-1].text) == c.start - 1 and prev[-1].tag_.startswith("NNG") \
            and word is not None and _a_field(word.group())
    return False


def _a_field(word: str) -> bool:
    """A Korean word that names no body: no organisation word ends it (`원전`, not `경찰청`, `국토부`)."""
    return suffix_of(word) is None and not re.fullmatch(r"[가-힣]{1,6}[부청처원]", word)


def _a_crafts_name(name: str, rendering: str | None) -> bool:
    """The name ends in a 호 its rendering does not spell (`누리호(Nuri)`, `한빛호(Hanbit)`): the mark
    of a ship's, a rocket's or a satellite's name, not a sound of the name (`대호(Daeho)`)."""
    return bool(rendering) and re.fullmatch(r"[가-힣]{2,}호", name) is not None \
        and not re.search(r"ho\W*$", rendering or "", re.I)


# Words a body's name in a European language leaves in lower case (`Centre for …`, `Musée du Louvre`).
_NAME_PARTICLES = frozenset(word_set(DATA / "name_particles.txt"))


def _lower_case_word_in(rendering: str) -> bool:
    """A word of the rendering, not its first nor one after a hyphen or an apostrophe, written in
    lower case and no particle of a name (`Spodoptera frugiperda`, `Avian influenza`)."""
    words = re.findall(r"(?<![\w\-'’.])[^\W\d_][\w]*", rendering)
    return any(w[0].islower() and w.lower() not in _NAME_PARTICLES for w in words[1:])


def _quoted(text: str, start: int, end: int) -> bool:
    """The span stands inside quotes (`‘…’`, `“…”`, `「…」`), the quote closing right after it or
    after its bracketed rendering (`‘가야의 빛(Light of Gaya)’`)."""
    after = re.match(r"\s?[(（][^()（）\n]{1,80}[)）]", text[end:])
    close = end + after.end() if after else end
    return text[start - 1:start] in ("‘", "'", "“", "\"", "「", "『") and text[close:close + 1] in ("’", "'", "”", "\"", "」", "』")


def _contraction_of(short: str, name: str) -> bool:
    """The short name, its spaces and quotes aside, is made of the name's letters in order."""
    return letters_in_order("".join(ch for ch in short if not ch.isspace() and ch not in QUOTES), name)


def _acronym_of_a_body(c: Candidate) -> bool:
    """A bracket pair whose rendering is an acronym: bodies are named by acronyms more than
    anything else a release renders (meetings and programmes were set aside above)."""
    return any(re.fullmatch(r"[A-Z][A-Za-z0-9&\-.]{1,11}", o) and sum(ch.isupper() for ch in o) >= 2
               and sum(ch.isdigit() for ch in o) < 3 for o in c.other_names + ([c.english] if c.english else []))
    # (three digits or more make a code, a flight's or a model's: `MH370`, `A350`, not a body's acronym)


def _unit_of_a_named_body(name: str) -> bool:
    """A Korean name whose first word is a body's name of its own, one word of three syllables or
    more that ends in an organisation word (`중앙대학교 병원`, `누리대학교 창업지원단`): a named body's
    unit, though Kiwi reads every word as a common noun (`중앙`, `누리`); a description's first word
    is a modifier (`국제`, `기술협력`)."""
    first = name.split(" ", 1)[0]
    ending = suffix_of(first) if re.fullmatch(r"[가-힣]{3,}", first) else None
    return ending is not None and len(first) > len(ending)


def _described_in_common_nouns(doc: Doc, c: Candidate) -> bool:
    """Every word of the name is made of common nouns (numbers and noun suffixes allowed): no
    proper noun, no Latin letters."""
    toks = [t for t in tokens_in(doc, c.start, c.end) if not t.is_space and not t.tag_.startswith(("SP", "SS", "SO", "SW"))]
    return bool(toks) and all(t.tag_.startswith(("NNG", "NNB", "XSN", "XPN", "SN")) for t in toks)


def _common_nouns(doc: Doc, c: Candidate) -> bool:
    """A Korean name whose every word Kiwi knows as a common noun (`비즈니스모델(BM)`, `연계정보(CI)`,
    `총허용어획량(TAC)`): a term with its acronym, not a body named by one."""
    if doc.lang_ != "ko":
        return False
    toks = [t for t in tokens_in(doc, c.start, c.end) if not t.is_space and not t.is_punct]
    if bool(toks) and all(t.tag_.startswith(_COMMON_NOUN_TAGS) for t in toks):
        return True
    # in context Kiwi takes a compound before a bracketed acronym for a proper noun (`차세대 원자층
    # 식각(ALE)`, `고대역폭메모리(HBM)`); read alone it knows each word for a common noun, unless the
    # rendering spells its sound (`메타(META)`, a brand written as a loanword); words Kiwi does not
    # know are read as common nouns by default and prove nothing (`누리해운`)
    if _rendered_by_sound(doc, c) or not _acronym_of_a_body(c):
        return False
    alone = get_kiwi().tokenize(doc_text(doc)[c.start:c.end].strip())
    return bool(alone) and all(not t.oov and t.tag.startswith(_COMMON_NOUN_TAGS + ("MM",)) for t in alone)


_COMMON_NOUN_TAGS = ("NNG", "XSN", "XPN", "SN", "NNB")


def _rendered_by_sound(doc: Doc, c: Candidate) -> bool:
    """The aliases stage read the pair at this name as a transliteration (`코엑스(COEX)`)."""
    return any(a["name"]["start"] == c.start and a.get("relation") == "transliteration" and a.get("score", 0) >= 0.6
               for a in doc._.aliases or [])


def _camel_brand(c: Candidate) -> bool:
    """Rendered as one word with a capital inside (`하이퍼렌즈(HyperLens)`, `페이라인(PayLine)`): a
    firm's coined name, whatever Kiwi makes of its Korean loanwords."""
    return any(re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", o) for o in c.other_names + ([c.english] if c.english else []))


# Nouns a body's name stands before, that no person's, place's or thing's name takes (`스웨케어 재단`,
# `… 본사`, `… 관계자`); a person's title after a name does not tell (`… 장관`, `… 대표`).
_KO_BODY_NOUNS_AFTER = re.compile(_RENDERING_AFTER + r"\s?(?:" + "|".join(
    map(re.escape, sorted(word_set(DATA / "ko_body_nouns_after.txt"), key=len, reverse=True)))
    + r")들?" + _PARTICLE_END)
# A deal made with the name: a party to an agreement is a body (`… 고다마(Kodama)와 손잡고`, `…와 업무협약을`).
_KO_DEAL_WITH = re.compile(_RENDERING_AFTER + r"\s?(?:와|과)\s(?:[^\s.。]+\s){0,2}?(?:손잡|(?:업무\s?)?협약|MOU|양해각서|계약|파트너십)")
# The name, the subject of its founding (`타르벨로(Tarbello)는 1988년 설립되었다`).
_KO_FOUNDED_SUBJECT = re.compile(_RENDERING_AFTER + r"(?:은|는|이|가)\s[^.。\n]{0,30}?(?:설립|창립|창설)(?:되었|됐|된|했)")
# The title of a body's head right after a name (`… 관장`, `… 총장`): a person's title after a
# person's name as well, so told only where the rendering is no person's name.
_KO_HEAD_AFTER = re.compile(_RENDERING_AFTER + r"\s?(?:관장|원장|총장|이사장|소장|회장|사장|청장|처장|단장|센터장)"
                            r"(?:과|와|은|는|이|가|을|를|의|도)?(?![가-힣])")
# Verbs of founding before a name: what was founded is a body (`…하기 위해 설립된 헬스케어 덴마크`).
_KO_FOUNDED_BEFORE = re.compile(r"(?:설립|창립|창설|출범)(?:된|한|했던|되었던)\s$")


def _told_as_a_body(doc: Doc, name: str, rendering: str | None = None) -> bool:
    """At one of its mentions the text tells the name for a body's: the word before says what kind
    of body it is or that it was founded, the name is the subject of its founding, one of a body's
    own nouns follows it, or the title of a body's head where the rendering is no person's name
    (`루브르 박물관(Musée du Louvre) 관장`), a deal is made with it, or it is listed under a heading
    that names its kind. A foreign name spelled in Hangul with its Latin form and nothing else is
    as often a person's, a place's, a product's or a disease's (`로푸키리`, `괴저성 구내염(Noma)`)."""
    text = doc_text(doc)
    for m in re.finditer(re.escape(name), text):
        if _described_as_a_company(doc, m.start()) or _KO_FOUNDED_BEFORE.search(text[max(0, m.start() - 12):m.start()]) \
                or _KO_FOUNDED_SUBJECT.match(text, m.end()) \
                or _KO_BODY_NOUNS_AFTER.match(text, m.end()) or _KO_DEAL_WITH.match(text, m.end()) \
                or _KO_HEAD_AFTER.match(text, m.end()) and not (rendering and personal_name(rendering)) \
                or _named_body_after(text, m.end()) \
                or _listed_under_a_kind(text, m.start()):
            return True
    return False


def _named_body_after(text: str, end: int) -> bool:
    """The name and its rendering stand before a word an organisation word ends (`누리(Nuri) 연구소`):
    the name of the body named after it."""
    m = re.match(r"\s?[(（][^()（）\n]{1,80}[)）]\s?([가-힣]+)", text[end:])
    return m is not None and suffix_of(re.sub(r"(?:에서|으로|과의|와의|[을를이가은는의에와과도로])$", "", m.group(1)) or "x") is not None


def _listed_under_a_kind(text: str, start: int) -> bool:
    """The name stands in a list of short lines (a table flattened into lines) under a heading that
    names the kind of body listed (`해외 호텔`, `참여 기업`): the heading describes every entry."""
    def prose(line: str) -> bool:
        return len(line) > 120 or re.search(r"[다요]\.?$|[.。]$", line) is not None

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if prose(text[line_start:line_end if line_end >= 0 else len(text)].strip()):   # the entry's whole line
        return False
    for _ in range(30):   # the lines above it, nearest first
        if line_start == 0:
            break
        end, line_start = line_start - 1, text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start:end].strip()
        if not line:
            continue
        if prose(line):
            return False   # prose: no list
        if len(line) <= 15 and not re.search(r"[()（）,]", line) and line.split(" ")[-1].endswith(_KIND_BEFORE_NAME):
            return True
    return False


def _a_brand(c: Candidate) -> bool:
    """Rendered as one capitalised word that is no common English word (`수곤(Sugon)`,
    `유미코아(Umicore)`): how companies are named; people and places mostly take two words."""
    latin = [o for o in c.other_names + ([c.english] if c.english else []) if re.fullmatch(r"[A-Z][A-Za-z0-9&\-]+", o)]
    return any(not is_common_word(o) for o in latin)


def _read_as_a_person(doc: Doc, c: Candidate, people: set) -> bool:
    """A foreign person's name written in two or more words on both sides (`빌헬름 하메르쇠이(Vilhelm
    Hammershøi)`) that the entity model marks as a person's, on either side; one-word names are
    bodies' as often (`믹타(MIKTA)`, `슬러시(Slush)`), and the model reads many such as people."""
    latin = c.english or ""
    name = doc_text(doc)[c.start:c.end].strip()
    words = latin.split()
    if len(words) < 2 or len(name.split()) < 2 or not personal_name(latin):
        return False
    if any(is_place(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)):
        return False   # a place in it names a site or a branch (`Hilton São Paulo Morumbi`)
    if (c.start, c.end) in people:
        return True
    close = re.match(r"\s?[(（]([^（()）]{1,60})[)）]", doc_text(doc)[c.end:])
    return close is not None and (c.end + close.start(1), c.end + close.end(1)) in people


def _coordinated_with_a_company(doc: Doc, c: Candidate, cands: list[Candidate]) -> bool:
    """A name with its Latin form joined by 及, 與, 和 or 、 to a company the rules found
    (`國光生物科技股份有限公司及賽諾菲（Sanofi）`): a firm named beside a firm. In Korean, joined by
    와/과, 및, a comma or `·` to a body the rules found or whose name says it is one."""
    text = doc_text(doc)
    close = re.match(r"\s?[（(][^（()）]{1,40}[）)]", text[c.end:])
    after = c.end + (close.end() if close else 0)
    if doc.lang_ == "ko":
        if not re.match(r"(?:[가이은는을를와과도,]|및|등)(?![가-힣])|(?:[가이은는을를와과도,]|및|등)\s", text[after:after + 3]) \
                and not _title_after(text, after):
            return False   # the name modifies a noun after it (`…와 원자층 식각(ALE) 장비`): no party beside the firm;
            # the title of the officers of both is theirs (`스카이플로우(Skyflow), 볼트로직(Voltlogic) 대표들과`)
        for o in cands:
            o_name = text[o.start:o.end].strip()
            if o is c or not (o.source not in ("model", "alias") or o_name.endswith(KO_TRADE_WORDS)
                              or _org_word(o_name, o.english, "ko") or _described_as_a_company(doc, o.start)):
                continue   # (`스타트업인 스카이플로우(Skyflow), 볼트로직(Voltlogic)`: the kind before the first describes the list)
            o_close = re.match(r"\s?[（(][^（()）]{1,40}[）)]", text[o.end:])
            o_after = o.end + (o_close.end() if o_close else 0)
            if re.fullmatch(r"\s?(?:와|과|및|,|·)\s?", text[o_after:c.start]) \
                    or re.fullmatch(r"(?:와|과)?\s?(?:및|,|·)?\s?", text[after:o.start]) and after < o.start:
                return True   # `지멘스 모빌리티(Siemens Mobility)와 키비아(Keyvia)`: a firm named beside a firm
        return False
    if doc.lang_ != "zh":
        return False
    for o in cands:
        if o is c or o.source in ("model", "alias") or o.kind != "company":
            continue
        if o.end + 1 == c.start and fold_han(text[o.end]) in zh.CONJUNCTIONS \
                or after + 1 == o.start and fold_han(text[after]) in zh.CONJUNCTIONS:
            return True
    return False


def _proper_transliteration(doc: Doc, c: Candidate) -> bool:
    """A foreign name written in Hangul and rendered in Latin letters (`에본도스(Evondos)`, `셸(Shell)`):
    kept (people, places and events were set aside above) where the text calls it a company
    (`… 유미코아(Umicore) 등 글로벌 기업`), its rendering is a coined brand's or it ends in a trade word;
    else unless Kiwi knows every word of it as a common noun (`데이터(Data)`, `드론(Drone)`: loanwords,
    not names), and only where Kiwi, reading it alone, finds a proper noun in it or its rendering is
    a brand's, and the text tells it for a body (`_told_as_a_body`): most such renderings are
    people, places, products and terms. In Chinese text a name with
    its Latin form and no organisation word is mostly a person, a people or a work
    (`卡拉瓦乔（Caravaggio）`, `阿美族（Amis）`): not kept on that evidence alone."""
    if doc.lang_ == "ko":
        toks = [t for t in tokens_in(doc, c.start, c.end) if not t.is_space]
        if _camel_brand(c) or _described_as_a_company(doc, c.start):
            return True
        if _common_nouns(doc, c):
            return False   # a term rendered by its acronym (`고대역폭메모리(HBM)`), no name spelled by sound
        name = doc_text(doc)[c.start:c.end].strip()
        return any(t.tag_.startswith(("NNP", "SL", "SH")) for t in toks) and (
            name.endswith(KO_TRADE_WORDS)
            or (_proper_read_alone(name) or _a_brand(c)) and _told_as_a_body(doc, name, c.english))
    if doc.lang_ != "zh":
        return True
    # unless the Latin form is a company's: capitals inside a word or an acronym (`CJ CheilJedang`)
    return any(re.search(r"[A-Z]{2}|[a-z][A-Z]", o) for o in c.other_names + ([c.english] if c.english else []))
