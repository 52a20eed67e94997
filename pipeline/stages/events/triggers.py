"""Event triggers per language: the word that says something happened, its type and its voice.

The data (lemmas, patterns, cues) lives in `ko.py`, `en.py` and `zh.py`; here are the rules that
decide whether a listed word is used as an event predicate in its context:

- Korean (Kiwi morphemes): a trigger noun counts when it heads its compound and a verb follows
  it: `하다`/`되다`/`시키다` glued to it (`설립되었다`), or a light verb after its particle
  (`승인을 받았다`, `인수를 완료했다`, `인수합병에 나설`). Verb triggers (`맺다`, `열다`) count with
  their object checked (`문을 열었다` is an opening, `이사회를 열고` is not). The voice (`active`,
  `passive`, `receive`) tells who did it: `지정했다` (active) versus `지정됐다`, `승인을 받았다`.
- English: regular expressions over the sentence (`en.PATTERNS`), base forms only after a modal
  or `to`, nouns only after a verb of pursuit.
- Chinese: words found in the clause text, with modifier contexts excluded (`上市公司`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import en, ko, zh


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    lemma: str
    type: str
    voice: str = "active"   # active | passive | receive
    index: int = -1         # Korean: token index in the sentence's token list
    since: bool = False     # Korean: a noun before 이후/이래 (`수교 이후`), an event only with its date before it


# ---------------------------------------------------------------------------------------- Korean

_NOUNISH = ("NNG", "NNP", "SL", "SH", "XR")


def _tags(tok) -> list[str]:
    return (tok.tag_ or "").split("+")


def _lemmas(tok) -> list[str]:
    return (tok.lemma_ or tok.text).split("+")


def _glued(tok) -> bool:
    return not tok.whitespace_


def ko_triggers(toks: list, blocked, note: bool = False) -> list[Trigger]:
    """Triggers of one Korean sentence. `toks` are its non-space tokens; `blocked(start)` is true
    for text that cannot hold a trigger (quotations); `note`: the sentence is a note or a list item
    (`※ …`, `* …`), which may end on its event noun (`2013년 9월 출범`)."""
    out: list[Trigger] = []
    for i, t in enumerate(toks):
        if blocked(t.idx):
            continue
        tag0, lem0 = _tags(t)[0], _lemmas(t)[0]
        if tag0 in ("NNG", "NNP"):
            trig = _ko_noun_trigger(toks, i, note)
        elif tag0.startswith("VV"):
            trig = _ko_verb_trigger(toks, i, lem0)
        else:
            trig = None
        if trig is not None:
            trig.index = i
            out.append(trig)
    return out


def _ko_crowd_before(toks: list, i: int) -> bool:
    """The subject just before token `i` is the public counted (`관광객 12만 명이`, `방문객 3천여 명이`,
    `시민 500여명이`): a noun of visitors or residents (ko.CROWD_NOUNS, or one ending in `객`), a
    number and `명`, then a subject or topic particle."""
    j = i - 1
    if j < 1 or _tags(toks[j])[0] not in ("JKS", "JX") or toks[j - 1].text != "명":
        return False
    j -= 2
    while j >= 0 and _tags(toks[j])[0] in ("SN", "NR", "XSN", "SO"):
        j -= 1
    return j >= 0 and (toks[j].text in ko.CROWD_NOUNS or (len(toks[j].text) >= 2 and toks[j].text.endswith("객")))


def _ko_noun_trigger(toks: list, i: int, note: bool = False) -> Trigger | None:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # a ceremony split by Kiwi (`착공` + `식`), or a ceremony noun of its own (`취임식`)
    if nxt is not None and _glued(t) and nxt.text == "식" and (t.text + "식") in ko.CEREMONIES:
        return _ko_ceremony(toks, i, i + 1, ko.CEREMONIES[t.text + "식"])
    if t.text in ko.CEREMONIES:
        return _ko_ceremony(toks, i, i, ko.CEREMONIES[t.text])
    # only the head (last noun) of a glued compound: `투자협약` is an agreement, not an investment
    if nxt is not None and _glued(t) and _tags(nxt)[0] in ("NNG", "NNP", "XSN"):
        return None
    j = i
    while j > 0 and _glued(toks[j - 1]) and _tags(toks[j - 1])[0] in _NOUNISH:
        j -= 1
    etype, lemma = None, t.text
    for k in range(j, i):
        compound = "".join(x.text for x in toks[k:i + 1])
        if compound in ko.COMPOUNDS:
            etype, lemma = ko.COMPOUNDS[compound], compound
            break
    if etype is None:
        etype = ko.TRIGGERS.get(t.text)
    if etype is None and t.text in ko.PRIZE_TAKING_NOUNS and _ko_prize_taken(toks, i):
        etype = "award"   # `1등을 차지했다`, `금메달을 획득했다`
    if etype == "other" and t.text == "시행" and _ko_programme_put_in_place(toks, i):
        etype = "launch"   # `ISMS-P 통합인증 본격시행`, `만기연장 조치는 … 시행된`: a programme launched (a law in force stays other)
    if etype is None and t.text == "공개" and _ko_results_made_public(toks, i):
        etype = "announcement"   # `평가 결과가 24일 공개되었다`: results made public are announced
    told = _ko_object_noun_before(toks, i) if t.text in ("실시", "시행", "게시") else ""
    if told.endswith(ko.NOTICE_NOUNS):
        etype = "announcement"   # `「2027년 창업지원사업 통합공고」를 12월 7일 실시한다`: a public notice issued is announced
    elif t.text == "실시" and told.endswith(ko.DRILL_NOUNS):
        etype = "other"   # `합동 수색구조 훈련’을 실시했다`: a drill or an exercise carried out is a happening of its day
    if etype is None and t.text == "공시" and any(n.endswith(ko.FIGURE_NOUNS) for n in _ko_nouns(toks[max(0, i - 24):i])):
        etype = "announcement"   # `영업이익 1,240억원을 기록했다고 2일 공시했다`: a firm's results disclosed
    if etype is None and t.text in ko.HELD_NOUNS:
        return _ko_held(toks, i)
    start_only = etype is None and t.text in ko.START_ONLY
    if start_only:
        etype = ko.START_ONLY[t.text]
    if etype is None:
        return None
    voice = _ko_predicate_voice(toks, i, note)
    if voice == "means":
        voice = "active" if etype in ko.MEANS_TYPES else None
    if voice is None:
        return None
    if lemma == "유치" and not any(any(w in x.text for w in ko.INVESTMENT_WORDS) for x in toks[max(0, i - 5):i]):
        return None  # `기업을 유치했다`: attracting tenants, not money
    if lemma == "통과" and not any(x.text.endswith(ko.PASSED) for x in toks[max(0, i - 4):i]):
        return None  # `터널을 통과했다`: a place passed through
    if start_only and not _ko_is_start(toks, i):
        return None
    if lemma == "예방" and not _ko_called_on(toks, i):
        return None
    if etype == "visit" and _ko_crowd_before(toks, i):
        return None   # `관광객 12만 명이 방문했다`: the public counted at a place, no one's visit
    if lemma in ("채택",):
        etype = _ko_adopted(toks, i)
        if etype is None:
            return None
    start = toks[j].idx if lemma != t.text else t.idx
    end = t.idx + len(t.text)
    if voice == "since":
        return Trigger(start, end, lemma if lemma != t.text else t.text, lemma, etype, "active", since=True)
    return Trigger(start, end, lemma if lemma != t.text else t.text, lemma, etype, voice)


# Tokens back from `진행되다` to the subject it holds: a range of two dates with their weekdays and a place between
# (`접수는 4월 10일(목)부터 시 누리집에서 진행된다`).
HELD_REACH = 24


def _ko_held(toks: list, i: int) -> Trigger | None:
    """`간담회가 진행됐다`, `‘…간담회’가 진행되었다`, `시상이 진행되었다`: a gathering or a ceremony that
    is the subject of `진행되다` (carried out) was held; its type is the gathering's (a meeting) or
    the ceremony's. Not the adnominal `진행된 간담회에서` (where the news happened)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not _glued(t) or _tags(nxt)[0] != "XSV" or _lemmas(nxt)[0] not in ("되", "되다") or _adnominal(toks, i + 1):
        return None
    subj = ""
    for k in range(i - 1, max(-1, i - HELD_REACH), -1):
        if _tags(toks[k])[-1].startswith(("EC", "EF", "ETM")):
            break   # (the clause before)
        if _tags(toks[k])[0] in ("JKS",) or (toks[k].text in ko.SUBJECT + ko.TOPIC and _tags(toks[k])[0] == "JX"):
            j = k - 1
            while j >= 0 and toks[j].text in ("’", "”", "'", '"', "」", "』"):
                j -= 1
            if j >= 0 and _tags(toks[j])[0] in ("NNG", "NNP"):
                subj = toks[j].text
            break
    if not subj:
        return None
    etype = next((ty for c, ty in ko.CEREMONIES.items() if subj.endswith(c)), None) or ko.HELD_NOUNS_TYPE.get(subj)
    if etype is None and subj.endswith(ko.MEETING_NOUNS):
        etype = "meeting"
    if etype is None and subj in ko.HELD_TRIGGERS:
        etype = ko.TRIGGERS[subj]   # `참가자 모집은 … 진행되며`: a call or an intake carried out
    if etype is None:
        return None
    return Trigger(t.idx, t.idx + len(t.text), t.text, t.text, etype, "active")


def _ko_called_on(toks: list, i: int) -> bool:
    """`예방` at `i` is a courtesy call: its object is an official (`외교장관을 예방했다`, `부위원장
    등을 예방하고`, `총리 예방`), not a disease prevented."""
    for k in range(i - 1, max(-1, i - 4), -1):
        x = toks[k]
        tag = _tags(x)[0]
        if tag.startswith("J") or x.text in ("등", "및"):
            continue
        return tag in ("NNG", "NNP") and x.text.endswith(ko.CALLED_ON)
    return False


_YEAR = re.compile(r"\d{2}(?!\d)")
_ADOPTED = sorted(ko.ADOPTED, key=len, reverse=True)


def _ko_adopted(toks: list, i: int) -> str | None:
    """The type of an adoption (`채택` at `i`) by what is adopted (`ko.ADOPTED`): a noun among the
    few before it in its clause, its object or subject (`선언문을 채택했다`, `프레임워크(GBF)가
    채택됐다`, `결정문이 무토의로 채택되었다`), or the noun an adnominal `채택된` modifies."""
    def kind(k: int) -> str | None:
        word = ""
        while k >= 0 and _tags(toks[k])[0] in _NOUNISH + ("NNB",):
            word = toks[k].text + word
            if k == 0 or not _glued(toks[k - 1]):
                break
            k -= 1
        return next((ko.ADOPTED[w] for w in _ADOPTED if word.endswith(w)), None)
    depth = 0
    for k in range(i - 1, max(-1, i - 10), -1):
        x = toks[k]
        if x.text in (")", "）"):
            depth += 1
            continue
        if x.text in ("(", "（"):
            depth = max(0, depth - 1)
            continue
        if x.text in ("‘", "’", "“", "”", "「", "」", "『", "』", "'", '"'):
            continue   # a quoted title: what it names is what is adopted (`‘원칙’과 ‘지침’을 채택`)
        tag = _tags(x)[-1]
        if depth or tag.startswith("J") or tag in ("SP", "SS", "MAG"):
            continue
        if tag.startswith(("E", "V", "SF")):
            break
        found = kind(k)
        if found:
            return found
    nxt = toks[i + 1:i + 3]
    if any(t.startswith("ETM") for x in nxt for t in _tags(x)):
        k = i + 1
        while k < len(toks) and not _tags(toks[k])[0].startswith(("NN", "SL", "SH")):
            k += 1
        while k + 1 < len(toks) and _glued(toks[k]) and _tags(toks[k + 1])[0] in _NOUNISH:
            k += 1
        if k < len(toks):
            return kind(k)
    return None


_CLOSERS = (")", "）", "’", "”", "'", '"', "」", "｣", "』")


def ko_nominal_predicate(toks: list, i: int) -> bool:
    """The noun at `i` ends a clause with a comma after its object or subject, the verb left out
    as officialese does (`양해각서를 체결, 공동연구를 추진키로 하였다`, `유럽환경청을 방문, …`,
    `부속기구회의가 개최, …`); not a noun listed after a genitive or a conjunction (`기술의
    개발, 인력의 양성`)."""
    t = toks[i]
    if i + 1 >= len(toks) or not _glued(t) or toks[i + 1].text not in (",", "，"):
        return False
    k = i - 1
    while k >= 0 and toks[k].text in _CLOSERS:
        k -= 1
    return k >= 0 and _tags(toks[k])[-1] in ("JKO", "JKS", "JX", "JKB") and toks[k].text not in ("의", "와", "과", "도")


def _ko_predicate_voice(toks: list, i: int, note: bool = False) -> str | None:
    """How the noun at `i` is made a predicate, or None when it is not (`계약은`, `상장 직후`).
    In a note, a noun that ends it is its predicate (`’15.12월 가입`); a headline that ends so
    repeats the body's news and is not read so."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if ko_nominal_predicate(toks, i):
        return "active"
    if nxt is not None and _glued(t):
        tag, lem = _tags(nxt)[0], _lemmas(nxt)[0]
        if tag in ("XSV", "XSA"):
            return _ko_suffix_voice(lem)
        if tag.startswith("VV") and lem in ko.LIGHT_VERBS:   # `승인받았다`
            return ko.LIGHT_VERBS[lem]
    if nxt is not None and nxt.text in ko.SINCE_NOUNS:
        return "since"   # `6월 13일 첫 확진자 발생 이후`: the happening a time is counted from
    if nxt is not None and nxt.text == "중" and i + 2 < len(toks) and _tags(toks[i + 2])[0] == "VCP":
        return "active"  # `추진 중이며`, `협의 중이다`: the noun is the predicate, in progress
    if note and all(_tags(x)[0] in ("SF", "SSC") for x in toks[i + 1:]):
        return "active"   # a note or a list item ends on its noun (`2013년 9월 출범`, `(2015년 가입)`)
    if note and nxt is not None and nxt.text in ("예정", "계획") and all(_tags(x)[0] in ("SF", "SSC") for x in toks[i + 2:]):
        return "active"   # … or on its noun and the plan for it (`12.10.(화) 포럼 개최 예정`)
    depth = 0
    for k in range(i + 1, min(len(toks), i + 9)):
        x = toks[k]
        tag, lem = _tags(x)[0], _lemmas(x)[0]
        if x.text in ("‘", "’", "'") and k + 1 < len(toks) and _YEAR.match(toks[k + 1].text):
            continue   # a year's apostrophe, not a quote: `선정(‘21.5월)하여`
        if x.text in ("(", "（", "[", "‘", "“"):
            depth += 1
            continue
        if x.text in (")", "）", "]", "’", "”"):
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if tag == "XSV" and toks[k - 1].text in (")", "）"):
            return _ko_suffix_voice(lem)   # a bracket between the noun and its verb: `선정(’21.5월)하여`
        if tag.startswith("J") or tag in ("SL", "SN", "NNB", "XSN", "SW", "NR", "SO"):
            continue
        if tag in ("NNG", "NNP"):
            if x.text in ko.LIGHT_NOUNS and k + 1 < len(toks) and _tags(toks[k + 1])[0] in ("XSV",):
                return ko.LIGHT_NOUNS[x.text]
            if x.text in ko.TRIGGERS or x.text in ko.COMPOUNDS:
                return None  # a later trigger noun is the predicate (`상장 예비심사를 승인했고`)
            if x.text.endswith(ko.MEETING_NOUNS) and len(x.text) >= 2:
                return None  # a gathering is what is held (`창업 간담회를 가졌다`): the noun only names its topic
            continue
        if tag.startswith(("VV", "VX")):
            return ko.LIGHT_VERBS.get(lem)
        return None
    return None


def _ko_suffix_voice(lem: str) -> str:
    """The voice a verb suffix gives its noun: `설립되다` passive, `승인받다` receive, `설립하다` active."""
    if lem in ("되", "되다", "받", "받다", "당하", "당하다"):
        return "passive" if lem.startswith("되") else "receive"
    return "active"


def _ko_is_start(toks: list, i: int) -> bool:
    """`2027년부터 생산할`, `생산을 시작했다`: the start of production, not production itself; `부터`
    counts anywhere in the noun's own clause (`2020년부터 5년간 … 수행`)."""
    after = toks[i + 1:i + 5]
    starts = ko.START_WORDS | ko.FINISHED_TOO.get(toks[i].text, set())
    if any(x.text in starts or _lemmas(x)[0] in starts for x in after):
        return True   # (glued to its verb: `임상 2상에 돌입할`)
    # `부터` in the noun's own clause, however far (`내년부터 … 위해 ‘…’ 사업을 추진할`): back to the
    # end of the clause before it (a connective or adnominal ending, a full stop)
    for k in range(i - 1, max(-1, i - 30), -1):
        x = toks[k]
        if x.text == "부터":
            return True
        if x.text in (",", "，", ".", ";") or (_tags(x)[-1] in ("EC", "ETM", "EF") and x.whitespace_
                                                and _lemmas(x)[0] not in ("위하", "위하다")):
            return False   # (`…을 위해` is no clause of its own)
    return False


def _ko_ceremony(toks: list, first: int, last: int, etype: str) -> Trigger | None:
    for k in range(last + 1, min(len(toks), last + 12)):
        x = toks[k]
        lem = _lemmas(x)[0]
        if lem in ko.HOLD_VERBS or x.text in ko.HOLD_VERBS:
            t0, t1 = toks[first], toks[last]
            text = "".join(y.text for y in toks[first:last + 1])
            return Trigger(t0.idx, t1.idx + len(t1.text), text, text, etype, "active")
        if _tags(x)[0] in ("EF",) or x.text in (".", "。"):
            break
    return None


def _ko_object_noun(toks: list, i: int) -> str:
    """The noun phrase before the object particle just before the verb at `i` (`문을 열다` -> 문)."""
    k = i - 1
    while k >= 0 and _tags(toks[k])[0] in ("MAG", "MAJ"):   # `사무소를 새로 열`
        k -= 1
    if k >= 0 and _tags(toks[k])[0] in ("JKO", "JX", "JKB"):
        k -= 1
    while k >= 0 and toks[k].text in (")", "）", "’", "”", "'", '"', "」", "』", "》", "〉"):
        k -= 1   # (a closing bracket or quote: `‘…위원회’를 열고`, `'…위원회'를 열고`, `「…」을`)
    if k >= 2 and _tags(toks[k])[0] == "NNB" and _tags(toks[k - 1])[0] in ("SN", "NR") and _glued(toks[k - 1]) \
            and not _glued(toks[k - 2]) and _tags(toks[k - 2])[-1] in ("NNG", "NNP", "XSN"):
        k -= 2   # (a count after the noun: `혁신상 3개를 받았다`, the prize)
    words: list[str] = []
    while k >= 0 and _tags(toks[k])[0] in ("NNG", "NNP", "XSN", "SL", "NNB") and len(words) < 4:
        words.insert(0, toks[k].text)
        if k == 0 or not _glued(toks[k - 1]):
            break
        k -= 1
    return "".join(words)


def _ko_programme_put_in_place(toks: list, i: int) -> bool:
    """What `시행` at `i` puts in place is a system, a measure or a programme (ko.PROGRAMME_NOUNS), named in
    the few words before it, and no law, rule or guideline is (ko.RULE_NOUNS: those come into force)."""
    nouns = _ko_nouns(toks[max(0, i - 8):i])
    if any(n.endswith(ko.RULE_NOUNS) for n in nouns):
        return False
    return any(n.endswith(ko.PROGRAMME_NOUNS) for n in nouns)


def _ko_results_made_public(toks: list, i: int) -> bool:
    """What `공개` at `i` makes public is results, a list or a report (ko.RESULTS_NOUNS), named in the
    few words before it (`결과가 … 공개되었으며`, `명단을 공개했다`) or, where it modifies a noun, right
    after it (`공개될 외부평가 일정`); a product or a film shown (`시제품을 공개`) is no announcement."""
    if any(n.endswith(ko.RESULTS_NOUNS) for n in _ko_nouns(toks[max(0, i - 8):i])):
        return True
    return i + 1 < len(toks) and _adnominal(toks, i + 1) and any(n.endswith(ko.RESULTS_NOUNS) for n in _ko_nouns(toks[i + 2:i + 6]))


def _ko_object_noun_before(toks: list, i: int) -> str:
    """The noun the object particle nearest before `i` marks (`「…통합공고」를 12월 7일 실시`: 공고), or ''."""
    for j in range(i - 1, max(0, i - 12), -1):
        if _tags(toks[j])[-1] == "JKO":
            k = j - 1
            while k >= 0 and _tags(toks[k])[0] in ("SSC", "SF", "SP"):
                k -= 1
            return toks[k].text if k >= 0 and _tags(toks[k])[0] in ("NNG", "NNP") else ""
    return ""


def _ko_nouns(toks: list) -> list[str]:
    """The common and proper nouns among `toks`."""
    return [x.text for x in toks if _tags(x)[0] in ("NNG", "NNP")]


def _ko_prize_taken(toks: list, i: int) -> bool:
    """The object of the verb at `i` is a prize (`대상을`, `우승을`, `금메달을`, `1등을`, `영예를`)."""
    obj = _ko_object_noun(toks, i)
    if obj == "등":
        k = i - 1
        while k >= 0 and toks[k].text != "등":
            k -= 1
        return k > 0 and _tags(toks[k - 1])[0] == "SN"   # `1등을`: a place in a contest, not `등` (and so on)
    return _ko_prize_or_taken(obj) or _ko_topic_prize(toks, i)


def _ko_topic_prize(toks: list, i: int) -> bool:
    """The prize is the topic of the verb at `i`, its winner the subject (`대상(국무총리상)은 ㈜한결정밀이
    차지했으며`, `최우수상은 A와 B가 각각 받았다`): a noun with `은`/`는` a few words before, in the clause."""
    for k in range(i - 1, max(-1, i - 14), -1):
        tag = _tags(toks[k])[0]
        if tag.startswith(("EC", "EF", "SF")) or toks[k].text in (",", "，"):
            return False   # (the clause before ends: its topic is not this verb's)
        if tag == "JX" and toks[k].text in ("은", "는"):
            return _ko_prize_or_taken(_ko_object_noun(toks, k + 1))
    return False


def _ko_prize_or_taken(noun: str) -> bool:
    """`noun` names a prize, or what is taken as one (`우승`, `금메달`, `영예`: ko.PRIZES_TAKEN)."""
    return _ko_prize(noun) or bool(noun) and noun.endswith(ko.PRIZES_TAKEN)


def _ko_prize(obj: str) -> bool:
    """`obj` names a prize: one of ko.AWARD_OBJECTS or a name ending in 상 (`최우수상`, `장관상`), not a
    word that only ends so (`이상`, `보상`, `배상`, `현상`)."""
    return bool(obj) and (obj in ko.AWARD_OBJECTS or obj.endswith("상") and len(obj) >= 2
                          and not obj.endswith(("이상", "보상", "배상", "현상")))


def _adnominal(toks: list, i: int) -> bool:
    """The verb at `i` modifies a noun (`열리는 박람회`, `열린 포럼`): its ending is adnominal."""
    tags = _tags(toks[i]) + (_tags(toks[i + 1]) if i + 1 < len(toks) else [])
    return any(t.startswith("ETM") for t in tags)


def _ko_subject_noun(toks: list, i: int) -> str:
    """The noun before a subject or topic particle within a few words before the verb at `i`
    (`회의가 … 열렸다` -> 회의); an adnominal `열린 포럼` gives the noun after."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if _tags(toks[k])[0] in ("JKS", "JX") and k > 0:
            return toks[k - 1].text
    if i + 1 < len(toks) and _tags(toks[i + 1])[0].startswith("ETM") and i + 2 < len(toks):
        return "".join(x.text for x in toks[i + 2:i + 4] if _tags(x)[0].startswith("NN"))
    return ""


def _ko_verb_trigger(toks: list, i: int, lemma: str) -> Trigger | None:
    t = toks[i]
    if lemma in ko.RENAME_VERBS or (t.text == "변경"):
        if any(x.text in ko.NAME_WORDS for x in toks[max(0, i - 4):i]):
            return Trigger(t.idx, t.idx + len(t.text), t.text, lemma, "other", "active")
        return None
    if lemma in ("받다",):  # `상을 받았다`, `대상을 받았다`
        if _ko_prize(_ko_object_noun(toks, i)) or _ko_topic_prize(toks, i):
            return Trigger(t.idx, t.idx + len(t.text), t.text, lemma, "award", "receive")
        return None
    if lemma in ko.PRIZE_TAKING_VERBS:   # `종합대상을 거머쥐었다`, `대상의 영예를 안았다`
        return Trigger(t.idx, t.idx + len(t.text), t.text, lemma, "award", "receive") if _ko_prize_taken(toks, i) else None
    if lemma == "세우다":   # `첫 해외 법인을 세운 뒤`: a body set up is founded, a plant built opened; a plan or a record set is none
        obj = _ko_object_noun(toks, i)
        kind = next((k for k, nouns in ko.SET_UP_OBJECTS.items() if obj and obj.endswith(nouns)), None)
        return Trigger(t.idx, t.idx + len(t.text), t.text, lemma, kind, "active") if kind else None
    etype = ko.TRIGGERS.get(lemma)
    if etype is None:
        return None
    if lemma == "열다":
        obj = _ko_object_noun(toks, i)
        if obj and obj.endswith(ko.MEETING_NOUNS) and obj not in ko.CEREMONIES:
            return Trigger(t.idx, t.idx + len(t.text), t.text, lemma, "meeting", "active")   # `포럼을 열었다`
        if not obj or obj in ko.CEREMONIES:
            return None
    if lemma == "열리다":
        if _adnominal(toks, i):
            return None   # `서울에서 열리는 박람회에`: where the news happens, not the news
        subj = _ko_subject_noun(toks, i)
        if not subj or any(subj.endswith(c) for c in ko.CEREMONIES) or not subj.endswith(ko.MEETING_NOUNS):
            return None   # only a meeting is held (`회의가 열렸다`); `길이 열렸다` is none
    return Trigger(t.idx, t.idx + len(t.text), t.text, lemma, etype, "active")


# --------------------------------------------------------------------------------------- English

_EN_COMPILED = [(etype, re.compile(p, re.I), flag) for etype, p, flag in en.PATTERNS]
_WORD = re.compile(r"[A-Za-z']+|n't")


def en_triggers(text: str, offset: int, blocked) -> list[Trigger]:
    """Triggers of one English sentence `text` starting at document offset `offset`."""
    claimed: list[tuple[int, int]] = []
    out: list[Trigger] = []
    for etype, rx, flag in _EN_COMPILED:
        for m in rx.finditer(text):
            s, e = m.span("t")
            if any(s < ce and cs < e for cs, ce in claimed) or blocked(offset + s):
                continue
            if flag == "base" and not _en_after_modal(text[:s]):
                continue
            if flag == "noun" and not _en_after_pursuit(text[:s]):
                continue
            word = m.group("t")
            if flag == "" and etype != "other" and word[0].isupper() and s > 0 and not text[:s].rstrip().endswith(_EN_OPENERS) \
                    and not _EN_LINE_START.search(text, 0, s):
                continue  # a capitalised word inside a sentence is a name (`Launch Pad`)
            if word.lower().endswith("ed") and re.search(r"['’]s\s+$", text[max(0, s - 4):s]):
                continue  # a participle after a possessive is an adjective (`TES's established plant`)
            before = text[max(0, s - 12):s].lower()
            voice = "passive" if re.search(r"\b(?:was|were|been|being|is|are)\s+$", before) else "active"
            claimed.append((s, e))
            out.append(Trigger(offset + s, offset + e, word, word.lower(), etype, voice))
    # `The ribbon-cutting ceremony for the new plant took place`: what took place is the gathering
    # named before it, a meeting already; no other happening besides
    out = [t for t in out if not (t.type == "other" and t.lemma in ("took place", "takes place")
                                  and _EN_GATHERING.search(text, 0, t.start - offset))]
    out.sort(key=lambda t: t.start)
    # `will showcase its chips at SEMICON Japan 2025, held in Tokyo from December 17`: the gathering
    # told in apposition is the one just taken part in; its holding is no second meeting, and its
    # dates are the first verb's
    return [t for k, t in enumerate(out) if not (
        k and t.type == "meeting" and _EN_APPOSED.match(t.lemma) and out[k - 1].type == "meeting"
        and _EN_AT_NAME.fullmatch(text, out[k - 1].end - offset, t.start - offset))]


# The holding of a gathering told in apposition to its name, and the name after `at` before it (no
# clause boundary between).
_EN_APPOSED = re.compile(r"held$|(?:which\s+(?:will\s+take|takes|took)|taking)\s+place$")
_EN_AT_NAME = re.compile(r"[^.;]{0,80}?\bat\s+(?:the\s+)?[A-Z][^.;]{0,60}")


_EN_GATHERING = re.compile(r"\b(?:" + en.HOSTED + r")s?\b", re.I)


# Marks after which a capitalised word opens a sentence or a list item (`June 2024: Opened a plant`,
# `• Signed an agreement with …`), not a name.
_EN_OPENERS = (".", '"', "“", ":", "•", "·", "▪", "-", "–", "—", "*")


# A new line, or a gap of two spaces after a heading run into the sentence (`Growing Abroad
# Founded in 2012, …`): a capitalised word there starts a sentence.
_EN_LINE_START = re.compile(r"(?:\n|\S {2,}|\t)\s*$")


def _en_prev_words(before: str, n: int = 4) -> list[str]:
    return [w.lower() for w in _WORD.findall(before[-60:])][-n:]


def _en_after_modal(before: str) -> bool:
    words = _en_prev_words(before)
    for w in reversed(words):
        if w in en.ADVERBS:
            continue
        return w in en.BASE_BEFORE
    return False


def _en_after_pursuit(before: str) -> bool:
    words = [w for w in _en_prev_words(before, 5) if w not in ("a", "an", "the", "its", "their", "his", "her", "of")]
    return any(w in en.NOUN_BEFORE for w in words[-2:])


# --------------------------------------------------------------------------------------- Chinese

_ZH_WORDS = sorted(zh.TRIGGERS, key=len, reverse=True)
_ZH_GAPS = [(etype, re.compile(p)) for etype, p in zh.GAP_PATTERNS]


# An amount with its unit (folded to Simplified): `1250万辆`, `3亿元`, `98%`; not a count of titles (`3连霸`).
_ZH_AMOUNT = re.compile(r"\s?(?:了|约|近|超过)?\s?[0-9０-９][0-9０-９.,]*\s?[万亿千百]*\s?(?:元|美元|欧元|辆|吨|台|件|个|项|户|人次|人|家|公里|平方米|米|亩|张|份|%|％|"
                        r"千瓦|兆瓦|吉瓦|座|套|笔|批|场|次|单|箱|瓶)")


def zh_triggers(text: str, offset: int, blocked) -> list[Trigger]:
    """Triggers of one Chinese clause `text` starting at document offset `offset`, in order."""
    out: list[Trigger] = []
    taken = [False] * len(text)
    for etype, rx in _ZH_GAPS:
        for m in rx.finditer(text):
            s, e = m.span("t")
            if blocked(offset + s) or any(taken[s:e]):
                continue
            for k in range(s, e):
                taken[k] = True
            out.append(Trigger(offset + s, offset + e, m.group("t"), m.group("t"), etype))
    i = 0
    while i < len(text):
        hit = None
        if not taken[i]:
            for w in _ZH_WORDS:
                if text.startswith(w, i):
                    hit = w
                    break
        if hit is None or blocked(offset + i) or any(taken[i:i + len(hit)]):
            i += 1
            continue
        after = text[i + len(hit):i + len(hit) + 3]
        if text[i - 1:i] == "所" and after.startswith("的"):
            i += len(hit)   # `消防署所建置的網站`, `市府所舉辦的活動`: what the noun after is, no happening told
            continue
        obj = re.split(r"[，,；;。：:]", text[i + len(hit):i + len(hit) + zh.NOT_OBJECT_REACH])[0]
        if hit in zh.FIGURE_OBJECT and _ZH_AMOUNT.match(obj):
            i += len(hit)   # (an amount reached: `產銷分別完成1250萬輛`)
            continue
        if not after.startswith(zh.NOT_AFTER.get(hit, ()) + zh.NOT_AFTER_ANY) and not any(w in obj for w in zh.NOT_OBJECT.get(hit, ())) \
                and not any(w in text[:i] for w in zh.NOT_BEFORE.get(hit, ()) + zh.NOT_BEFORE_ANY):
            kinds, other_type = zh.OBJECT_TYPE.get(hit, ((), ""))
            # (the object's head ends its noun phrase, after its modifiers: `開設無人機植保及農業數據分析課程`)
            head_run = re.split(r"[，,；;。：:、]", text[i + len(hit):i + len(hit) + zh.OBJECT_TYPE_REACH])[0]
            etype = other_type if any(w in head_run for w in kinds) else zh.TRIGGERS[hit]
            kinds, topic_type = zh.TOPIC_TYPE.get(hit, ((), ""))
            if any(w in text[max(0, i - zh.TOPIC_TYPE_REACH):i] for w in kinds):
                etype = topic_type
            out.append(Trigger(offset + i, offset + i + len(hit), hit, hit, etype,
                               "passive" if text[max(0, i - 6):i].find("被") >= 0 else "active"))
        i += len(hit)
    out.sort(key=lambda t: t.start)
    return out

