"""Where the rules and the trained model disagree: the policy that decides.

The model's OG spans (`doc.spans["ner"]`, written by the `presspipe_ner` stage) meet the rule
candidates here:
- a model span of a one-syllable country pair (`한미`, `남북`, `한·일`) or side (`북측`) becomes
  one span per country, as KLUE marks them; a model span that names an award (`한빛과학상`), an
  event, a generic word, a technology (`블록체인`), part of a rendered term or the head noun of a
  longer name in the document (`이번 데스크`) is dropped;
- a province, city or hospital the rules took for an actor is dropped where the model labels the
  same span a location (`제주도는 오후부터 비가 내리겠다`);
- a model span that overlaps no rule candidate is added as a candidate of its own (source
  `model`): names with no bracket and no organisation word (`한수원은`, `네이버`);
- a model span with the same boundaries as a rule candidate adds `model` to its sources
  (agreement, visible in the record);
- a model span that overlaps a rule candidate with other boundaries: `rules_first` (default)
  keeps the rule's boundaries, since the rules read brackets and organisation words the model
  never saw in training, except where the rule could not see: a looked-up name the model reads
  on from (`유엔` in `유엔 안보리`: the body wins and shares the name's key) and a name read
  leftwards over a person the model marks (`안철수 새정치민주연합`: the person is cut off);
  `model_first` takes the model's boundaries everywhere.
Every organisation record lists in `sources` which finders found it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...nlp.lexicon import TERMS
from ...nlp.words import doc_text, tokens_in
from . import en, ko, zh
from .find import GENERIC_NAMES, Candidate, in_ticker, names_an_event, suffix_of

POLICIES = ("rules_first", "model_first")
ORG_LABELS = {"OG", "ORG"}
PERSON_LABELS = {"PS", "PERSON"}
PLACE_LABELS = {"LC", "LOC", "GPE"}
LOOKUPS = {"registry", "known"}   # finders that look a name up and cannot see the words after it


# Countries written as one syllable in pairs (`한미`, `남북`, `한·일`, `한미일`) or with 측 (`북측`):
# each syllable stands for a government, and KLUE marks each as an organisation; the model,
# trained on Kiwi tokens that keep the pair whole, finds the pair. `남한`/`북한` are one country.
_COUNTRY_PAIR = re.compile(r"[남북한미일중러](?:·?[남북한미일중러]){1,2}")
_COUNTRY_SIDE = re.compile(r"[남북](?=측$)")
_ONE_COUNTRY = {"남한", "북한", "미러"}   # 미러 is also the Mirror, a British paper


def country_syllables(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The one-syllable countries a span of a pair or a side names, or None if it is not one."""
    name = text[start:end]
    if name in _ONE_COUNTRY:
        return None
    if _COUNTRY_PAIR.fullmatch(name):
        return [(start + i, start + i + 1) for i, c in enumerate(name) if c != "·"]
    if len(name) == 2 and _COUNTRY_SIDE.match(name):
        return [(start, start + 1)]
    return None


_LATIN_EDGE = re.compile(r"\s(?:and|the|of|for|&)$", re.I)
_CAPITALISED_ON = re.compile(r"(?:[^\S\n][A-Z][\w&'’\-]*)+")


def whole_latin_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A span the model ends on a function word (`UN Statistical Institute for Asia and the`)
    runs on over the capitalised words after it on its line (`Pacific`), or stops before it."""
    if not _LATIN_EDGE.search(text[start:end]):
        return start, end
    more = _CAPITALISED_ON.match(text, end)
    if more:
        return start, more.end()
    while (m := _LATIN_EDGE.search(text[start:end])):
        end = start + m.start()
    return start, end


def apply_model_spans(doc: Doc, cands: list[Candidate], policy: str) -> list[Candidate]:
    text = doc_text(doc)
    spans = []
    for s in doc.spans["ner"]:
        if s.label_ in ORG_LABELS:
            spans += country_syllables(text, s.start_char, s.end_char) or (
                en.coordinated_parts(text, *en.over_ampersand(text, *whole_latin_name(text, s.start_char, s.end_char)))
                if doc.lang_ == "en"
                else [whole_latin_name(text, s.start_char, s.end_char)])   # (`Omada Care and Hinge Labs`: two names)
    people = [(s.start_char, s.end_char) for s in doc.spans["ner"] if s.label_ in PERSON_LABELS]
    places = {(s.start_char, s.end_char) for s in doc.spans["ner"] if s.label_ in PLACE_LABELS}
    # A province, city or hospital the rules took for an actor (`제주도는`, `창원시가`) stays a place where
    # the model, reading the whole sentence, says place (`제주도는 오후부터 비가 내리겠다`).
    # (not one named with its own head in brackets, `경상북도(도지사 이철우)와`: the governor's province is its government)
    out = [c for c in cands if not ((c.start, c.end) in places and _also_a_place(text[c.start:c.end]) and c.source != "head"
                                    and not _SUBJECT_OF_A_DEAL.match(text, c.end) and not _PARTNER_OF_A_DEAL.match(text, c.end)
                                    and not _acts_as_a_body(text, c.end))]
    terms = {t["name"]["text"] for t in doc._.terms or []}
    term_spans = [(t["name"]["start"], t["name"]["end"]) for t in doc._.terms or []]
    renderings = {a["alias"]["start"] for a in (doc._.aliases or []) + (doc._.terms or [])}
    dl = doc._.dateline
    longer = {text[a:b] for a, b in spans} | {text[c.start:c.end] for c in cands}
    heads = {n.rsplit(" ", 1)[1] for n in longer if " " in n.strip()}
    looked_up = {c.start for c in cands if c.source in LOOKUPS}
    rule_names = {text[c.start:c.end] for c in cands}
    model_names = {text[a:b] for a, b in spans}
    for start, end in spans:
        if policy == "model_first":
            # The model's boundaries win, but not over a bracket: its span may take in the
            # rendering after a name, or half of it (`한국과학기술원(KAIST`).
            end = _cut_before_bracket(text, start, end, renderings)
            if end <= start:
                continue
        name = text[start:end]
        if _in_rendering_bracket(text, start, renderings):
            continue  # a bracketed rendering, or an aside in it, belongs to the name before it
        if dl and start < dl["end"] and dl["start"] < end:
            continue  # the wire service of the dateline
        if name in GENERIC_NAMES or name in ko.GENERIC or name in terms or name in TERMS or \
                names_an_event(name):
            continue  # a generic word, a technology or field (`블록체인`), an event (`…論壇`)
        if any(ts <= start and end <= te for ts, te in term_spans):
            continue  # part of a term the release renders (`탄소포집·저장(CCS)`)
        if in_ticker(text, start):
            continue  # a stock symbol (`(NYSE: QBTS)`), not a name
        if name in heads and " " not in name and \
                all(t.tag_.startswith("NNG") for t in tokens_in(doc, start, end)):
            continue  # the common noun that ends a longer name, used for it (`이번 데스크` after `한국 비즈니스 데스크`)
        if _AWARD.search(name):
            continue  # an award (`한빛과학상`, `노벨상`), which the model reads as its giver
        if doc.lang_ == "ko" and not any(t.tag_.startswith(("NNP", "SL", "SH")) for t in tokens_in(doc, start, end)) and \
                (" " in name or len(name) > 6) and not suffix_of(name.split()[-1]) and start not in looked_up:
            continue  # several common nouns (`자유무역지대`, `신에너지 산업`) without an organisation word
            # (unless a looked-up name starts them: `국회 예산정책처` is a body of 국회); Kiwi's tags
            # say which nouns are common, so this is for Korean only
        overlapping = [c for c in out if c.start < end and start < c.end]
        if not overlapping:
            if doc.lang_ == "en" and any(n.startswith((name + " ", name + "'s ", name + "’s ")) for n in rule_names):
                continue  # the first words of a name found in full (`Kestrel` of `Kestrel Retail Group N.V.`, `St. Brigid`
                # of `St. Brigid's Hospital`): its short form, whose mentions the merge gives to the full name
            # An acronym of a name found in the release (`ADB` after `Asian Development Bank`,
            # with no bracket between them) is that organisation's: the merge joins them.
            spelled = sorted(n for n in rule_names | model_names if doc.lang_ == "en" and _initials(n) == name)
            out.append(Candidate(start, end, _model_kind(name, doc.lang_), "model", other_names=spelled[:1]))
            continue
        same = [c for c in overlapping if (c.start, c.end) == (start, end)]
        if not same and policy == "rules_first":
            # Two cases where even rules_first takes the model's boundaries, because the rule
            # could not see what the model saw:
            # - a looked-up name (registry, known names) that the model reads on from, one word
            #   or more: a body of it (`국회 정보위`, `유엔 안보리`), which a lookup cannot know;
            # - a name the rules read leftwards over a person the model marks (`안철수 새정치민주연합`).
            body = [c for c in overlapping if c.source in LOOKUPS and c.start == start and c.end < end
                    and text[c.end:c.end + 1].isspace()]
            led = [c for c in overlapping if c.end == end and c.start < start
                   and any(ps <= c.start < pe <= start and text[pe:start] != " & " for ps, pe in people)]
            # (not a founder's surname joined by `&`: `Kirkland & Ellis LLP`, `Latham & Watkins LLP`)
            if body and len(body) == len(overlapping):
                out = [c for c in out if c not in body]
                # The body keeps the looked-up name among its names, so it shares its key
                # (`KAIST 신소재공학과` -> kaist), as `서울대학교 의과대학` shares 서울대학교's.
                out.append(Candidate(start, end, body[0].kind, "model",
                                     other_names=sorted({text[c.start:c.end] for c in body})))
                continue
            if led and len(led) == len(overlapping):
                out = [c for c in out if c not in led]
                out += [Candidate(start, end, c.kind, c.source, c.english, c.other_names, c.weak) for c in led]
                out.append(Candidate(start, end, led[0].kind, "model"))
                continue
        if same or policy == "rules_first":
            out.append(Candidate((same or overlapping)[0].start, (same or overlapping)[0].end,
                                 (same or overlapping)[0].kind, "model"))
        else:  # model_first: the model's boundaries replace the overlapping rule candidates'
            kind = overlapping[0].kind
            out = [c for c in out if c not in overlapping or c.source == "alias"]
            out.append(Candidate(start, end, kind, "model"))
    return out


def _initials(name: str) -> str:
    """`ADB` for `Asian Development Bank`, `MOTIE` not (only capitalised words count; `of`, `and`,
    `the`, `for`, `&` are skipped); empty for a name of fewer than two words."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in ("of", "and", "the", "for", "&", "on")]
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[0].isupper() for w in words) else ""


def _model_kind(name: str, lang: str) -> str:
    """The kind of a name only the model found: by its organisation word in English and Chinese
    (`University of Heidelberg` education, `内政部消防署` government); in Korean a province, city
    or county is a government, and so is a state's armed service or police; a committee's short name
    takes the kind of 위원회; Latin letters say their kind in English; a company otherwise."""
    if lang == "en":
        return en.kind_of(name)
    if lang == "zh":
        return zh.kind_by_ending(name) or "company"
    if name in ko.PROVINCES or name in ko.PROVINCE_SHORT or ko.is_city_or_county(name):
        return "government"   # a province, city or county that acts is its government (`광양시는`, `전남도는`)
    if name.split(" ")[-1] in ko.STATE_FORCES:
        return "government"   # a state's armed service or police (`해군`, `서울 경찰`)
    if re.fullmatch(r"[가-힣]{2,6}위", name.split(" ")[-1]):
        return ko.SUFFIX_KIND["위원회"]   # a committee by its short name (`혁신위`)
    if name.isascii():
        return en.kind_of(name)   # Latin letters say their kind in English (`UNOPS` in a Korean release)
    return "other" if ko.a_party(name) else "company"



# What a local government does as a body in the clause it opens as topic or subject (`순천시는 3일
# 설명회를 열었다`), and weather or a place's lot does not (`제주도는 오후부터 비가 내리겠다`).
# (its head named in brackets between: `경상북도(도지사 이철우)는`)
_TOPIC = re.compile(r"(?:\s?[(（][^()（）\n]{1,24}[)）])?(?:는|은|가|이)\s")
_BODY_ACTS = re.compile(r"(?:개최|열었|연다|열고|밝혔|발표|추진|체결|선정|운영|실시|시행|모집|협약|참석|방문|마련|구축|조성|"
                        r"투입|제공|설치|지원한다|지원했|지원키로|당부|요청|건의|"
                        # a gathering held or chaired, a talk held, a programme started, a prize won
                        r"가졌|갖고|갖는다|가질|진행했|진행한다|진행하고|주재|논의했|협의했|합의했|출범|발족|공모|착수|개설|"
                        r"도입했|도입한다|수상|선포|발간|펼쳤|펼친다|펼치고|나섰|나선다|나서고)")


def _acts_as_a_body(text: str, end: int) -> bool:
    """A province, city or county opens the clause as its topic or subject, and the clause tells
    what a body does: the model's place reading gives way."""
    if not _TOPIC.match(text, end):
        return False
    stop = min([i for i in (text.find(".", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return _BODY_ACTS.search(text, end, min(stop, end + 150)) is not None


# A local government as the subject of a clause that makes a deal or holds an event with others
# (`나주시가 한국전력공사, 전남도와 함께 … 협약을 체결했다`): it acts, whatever the model says.
_SUBJECT_OF_A_DEAL = re.compile(r"(?:가|이)\s[^.\n]{0,80}?(?:와|과)\s?함께")
# … or its partner: `목포시와 협약을 체결했다`, `목포시와 공동으로 개최한다`.
_PARTNER_OF_A_DEAL = re.compile(r"(?:와|과)\s[^.\n]{0,30}?(?:협약|협정|MOU|양해각서|계약|합의|공동으로|공동\s|협력해|손잡)")


def _also_a_place(name: str) -> bool:
    """A body that is also a place: a province or metropolitan city (ko.PROVINCES), a city or
    county of ko.LOCAL_GOVERNMENTS, or a hospital (`서울아산병원에 빈소가 차려졌다`)."""
    return name in ko.PROVINCES or ko.is_city_or_county(name) or name.endswith("병원")


# Awards: three or more syllables ending in 상 (`대상` the company stays), or 賞.
_AWARD = re.compile(r"[가-힣]{2,}상$|賞$")


def _cut_before_bracket(text: str, start: int, end: int, renderings: set[int]) -> int:
    """The end of a span cut before a bracket that renders the name before it
    (`한국과학기술원(KAIST)`) or that the span opens and does not close (`한국과학기술원(KAIST`)."""
    opened: list[int] = []
    for i in range(start, end):
        if text[i] in "(（":
            first = i + 1
            while first < end and text[first].isspace():
                first += 1
            if first in renderings:
                return len(text[start:i].rstrip()) + start
            opened.append(i)
        elif text[i] in ")）" and opened:
            opened.pop()
    return len(text[start:opened[0]].rstrip()) + start if opened else end


def _in_rendering_bracket(text: str, pos: int, renderings: set[int]) -> bool:
    """Inside a bracket that renders the name before it (`수곤(Sugon)`, `(CEPI, 백신개발 국제기구)`);
    a bracket that says something else (`보아텡(AC밀란)`, a player's club) may hold a name."""
    line_start = text.rfind("\n", 0, pos) + 1
    depth, opened = 0, None
    for i in range(pos - 1, line_start - 1, -1):
        if text[i] in ")）":
            depth += 1
        elif text[i] in "(（":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened is None:
        return False
    first = opened + 1
    while first < pos and text[first].isspace():
        first += 1
    return first in renderings
