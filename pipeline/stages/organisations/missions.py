"""Diplomatic missions: embassies, consulates, representative offices and permanent missions.

A mission is a government body of the country that sends it, named by where it is posted and
whose it is, in each language's own order:

- Korean: `주` + the host (a country, its one-syllable short form, a city or an international
  body) + the sender, if written + the mission's word: `주한 미국대사관`, `주베트남 대한민국 대사관`,
  `주상하이 총영사관`, `주유엔 대표부`; or the sender alone before the word: `미국대사관`.
- Chinese: `駐` + the host + the mission's word, the sender before it if written: `駐日本台北經濟文化代表處`,
  `日本駐華大使館`; and the sender + `在台` + an office (`美國在台協會`).
- English: the sender + the word + `in`/`to` the host: `the U.S. Embassy in Seoul`, `Embassy of the
  Republic of Korea in Hanoi`, `Consulate General of Japan in Busan`, `Permanent Mission of Korea to
  the United Nations`.

No ending list finds these: the mission's word is no organisation word on its own (`대사관 20곳`,
`20개 대사관 대표`, `each embassy`), and only a named sender or host makes it a name.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...nlp.places import is_country, is_place
from ...nlp.script import fold_han

Span = tuple[int, int]

_KO_WORD = r"(?:총영사관|영사관|대사관|대표부|영사사무소|분관)"
# `주` and the host, glued (`주한`, `주베트남`, `주LA`, `주유엔`), then the sender if written
# (`주한 미국대사관`, `주한미국대사관`).
_KO_POSTED = re.compile(r"(?<![가-힣A-Za-z0-9])주(?P<body>[가-힣A-Z]{1,10}(?:\s[가-힣]{2,8})?)\s?" + _KO_WORD)
_KO_SENT = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<sender>[가-힣]{2,8}?)\s?" + _KO_WORD)
# Words that begin like a host and are none (`주요 대사관`, `주변`, `서울 주재 대사관`).
_KO_NOT_HOSTS = {"요", "요국", "변", "재", "로", "로는", "간", "최", "민", "관", "최근", "변국"}
# International bodies a mission is posted to.
_TO_BODIES = {"유엔", "UN", "OECD", "EU", "아세안", "ASEAN", "WTO", "제네바", "국제연합", "聯合國", "联合国", "歐盟", "欧盟"}

_ZH_WORD = (r"(?:(?:臺北|台北)?(?:經濟文化|经济文化|商務|商务|貿易|贸易)?(?:代表處|代表处|辦事處|办事处)"
            r"|大使館|大使馆|總領事館|总领事馆|領事館|领事馆|代表團|代表团)")
_ZH_MISSION = re.compile(_ZH_WORD)
# Words that stand where the host is and name none (`駐外`, abroad; `駐當地`), folded to Simplified.
_ZH_NOT_HOSTS = {"外", "外地", "海外", "当地"}
_ZH_IN_TAIWAN = re.compile(r"(?:在台|在臺)(?:協會|协会|辦事處|办事处|事務所|事务所|代表處|代表处)")

_EN_WORD = r"(?:Embassy|Consulate[- ]General|Consulate|High Commission|Permanent Mission|Mission)"
# A capitalised word; a full stop only inside initials (`U.S.`, `U.A.E.`): after a word it ends the
# sentence (`… and the Embassy of Denmark. The …`).
_EN_CAP = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:(?<=\.[A-Z])\.)?"
_EN_PLACE = rf"(?:the )?{_EN_CAP}(?: (?:of |and |the )?{_EN_CAP}){{0,4}}"
_EN_OF = re.compile(r"(?<![\w-])(?:the )?" + _EN_WORD + r" of (?P<sender>" + _EN_PLACE + r")(?: (?:in|to) (?P<host>" + _EN_PLACE + r"))?")
_EN_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he )?(?P<sender>(?:" + _EN_CAP + r"\s){1,3})(?P<word>" + _EN_WORD + r")(?: (?:in|to) (?P<host>" + _EN_PLACE + r"))?(?![\w-])")
# A people's adjective is its country's (`Korean Embassy`, `the French Consulate`).
_DEMONYM = re.compile(r"(?:[A-Z][a-z]+(?:an|ese|ish|i|ch|ic))$")


def _ko_place(word: str) -> bool:
    return is_place(word) or word in _TO_BODIES   # (a country or a city)


def _host_and_sender(body: str) -> tuple[str, str] | None:
    """The host and the sender of what follows `주` (`한 미국`, `한미국`, `상하이`), or None."""
    if " " in body:
        host, sender = body.split(" ", 1)
        return (host, sender) if is_country(sender) else None
    for k in range(1, len(body)):
        if _ko_place(body[:k]) and is_country(body[k:]):
            return body[:k], body[k:]
    return body, ""


def _ko(text: str) -> Iterator[Span]:
    taken: list[Span] = []
    for m in _KO_POSTED.finditer(text):
        split = _host_and_sender(m.group("body"))
        if split is None or split[0] in _KO_NOT_HOSTS:
            continue
        host = split[0]
        if not (_ko_place(host) or host.isupper() or len(host) >= 2):
            continue   # (a one-syllable host is a country's short form: 주한, 주미)
        taken.append(m.span())
        yield m.span()
    for m in _KO_SENT.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or not is_country(m.group("sender")):
            continue
        yield m.span()


def _zh(text: str) -> Iterator[Span]:
    folded = fold_han(text)
    for m in _ZH_MISSION.finditer(text):
        at = max(text.rfind("駐", max(0, m.start() - 12), m.start()), text.rfind("驻", max(0, m.start() - 12), m.start()))
        if at < 0 or re.search(r"[\s，。、；：,.;:「」『』（）()]", text[at:m.start()]):
            continue
        host = text[at + 1:m.start()]
        if not host or fold_han(host) in _ZH_NOT_HOSTS:
            continue   # (`駐外辦事處`: an office abroad, any; no host named)
        start = at
        sender = next((k for k in range(max(0, at - 6), at) if is_country(folded[k:at])), None)
        if sender is not None:
            start = sender   # the sending country before it (`日本駐華大使館`)
        yield start, m.end()
    for m in _ZH_IN_TAIWAN.finditer(text):
        sender = next((k for k in range(max(0, m.start() - 6), m.start()) if is_country(folded[k:m.start()])), None)
        if sender is not None:
            yield sender, m.end()


def _en_place(phrase: str) -> bool:
    bare = re.sub(r"^the ", "", phrase.strip())
    return is_place(bare) or bare in _TO_BODIES or bare in ("United Nations", "European Union") \
        or bool(re.fullmatch(r"(?:Republic|Kingdom|State|Federal Republic|People's Republic|Principality|Commonwealth|"
                             r"Grand Duchy|Sultanate|Union) of (?:the )?[A-Z][\w ]+", bare))


def _en(text: str) -> Iterator[Span]:
    taken: list[Span] = []
    for m in _EN_OF.finditer(text):
        if not _en_place(m.group("sender")):
            continue
        end = m.end() if m.group("host") and _en_place(m.group("host")) else m.end("sender")
        start = m.start() + (4 if m.group().startswith("the ") else 0)
        taken.append((start, end))
        yield start, end
    for m in _EN_BEFORE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        sender = m.group("sender").strip()
        if not (is_country(sender) or _DEMONYM.fullmatch(sender) and " " not in sender):
            continue
        yield m.start("sender"), m.end() if m.group("host") and _en_place(m.group("host")) else m.end("word")


def find(text: str, lang: str) -> list[Span]:
    """Spans of the diplomatic missions the text names."""
    finder = {"ko": _ko, "zh": _zh, "en": _en}.get(lang)
    return sorted(set(finder(text))) if finder else []
