"""org_key: one key for one organisation, across documents and scripts.

The key is built from the English name when the document gives one (`수곤(Sugon)` and an English
release's `Sugon` meet at `sugon`), else from the name as written. Legal-form words (Co., Ltd.,
Inc., 유한회사, ㈜) and spacing do not change the key. A user gazetteer may give keys explicitly.
"""
from __future__ import annotations

import re
import unicodedata

_LEGAL = re.compile(r"\b(?:co|ltd|inc|corp|llc|llp|lp|plc|limited|incorporated|company|the|pte|pty|sdn|bhd|gmbh)\b\.?", re.I)
# A foundation's or an association's legal form before its name (`사단법인`, `(사)`, `財團法人`): the
# organisations stage strips it for a short form too.
LEGAL_FORM_BEFORE = r"(?:(?:재단|사단)법인|[財财社][團团]法人|㈔|㈕|\((?:사|재)\))"
_KO_LEGAL = re.compile(r"㈜|\(주\)|주식회사|유한회사|^" + LEGAL_FORM_BEFORE)


# A country's initials with or without full stops (`U.S.`, `US`, `U.K.`): one body either way.
# (Legal forms written so, `N.V.`, `B.V.`, keep their keys.)
_INITIALS = re.compile(r"(?<![A-Za-z.])(U)\.([SKN])\.(?=\s|$)")


# A Chinese city's or county's bureau, named with or without its government (`新北市政府社會局`,
# `新北市社會局`): one body.
_CITY_GOVERNMENT_BUREAU = re.compile(r"([市县縣])政府(?=[\u4e00-\u9fff]{1,8}(?:局|处|處|署|委员会|委員會)$)")


def without_initial_stops(name: str) -> str:
    """`U.S. Department of Defense` -> `US Department of Defense`: one name either way."""
    return _INITIALS.sub(r"\1\2", name)


def org_key(name: str, english: str | None = None) -> str:
    name = without_initial_stops(name)
    english = without_initial_stops(english) if english else english
    if english:
        s = unicodedata.normalize("NFKC", english).lower()
        s = _LEGAL.sub(" ", s)
        s = re.sub(r"[^0-9a-z가-힣\u4e00-\u9fff]+", "-", s).strip("-")
        if s:
            return s
    s = unicodedata.normalize("NFKC", name)
    s = _KO_LEGAL.sub("", s)
    s = _CITY_GOVERNMENT_BUREAU.sub(r"\1", s)
    s = _LEGAL.sub(" ", s).lower()
    return re.sub(r"[\s\W_]+", "", s) or name
