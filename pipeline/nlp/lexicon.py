"""Word lists that several stages read: data, not logic, kept in `data/` beside this file.

One public home for words about names: the aliases stage reads them all, the entity-model
cleaner (`ner`) and the organisations stage some. Each file opens with a `#` line saying what it
holds; then one entry a line (`.txt`) or tab-separated fields (`.tsv`). They are read once, when
this module is first imported; adding a word is an edit of a data file, not of code.

TRANSLATIONS: Korean words organisations are made of, with English renderings a bracket may use.
TERMS: general words that a bracket translates without naming anything (`인공지능(AI)`).
TERM_ACRONYMS: acronyms of general terms, not of names (`인공지능(AI)`, `공적개발원조(ODA)`); any
    other acronym in a bracket names something (`고위관리회의(SOM)`, `세계경제포럼(WEF)`).
DESCRIPTORS: words that stand before a name to describe it and are not part of it.
PLACES: countries and provinces written before a name to say where it is from (`독일 바이오엔테크
    (BioNTech)`), part of the name only when the rendering says so (`중국 메디코 코퍼레이션(China
    Medico Corporation)`), with their English renderings. Cities are not listed: they are often
    part of a name (`톈진 CTW 연안공학`). COUNTRIES: the countries among them (the rest are
    provinces and states, often part of a name).
TITLES: job titles written before a person's name (`首席执行官金敏俊（Kim Min-jun）`, `CEO 김민준`).
ZH_BREAKS: Chinese words that end a name looking leftwards: verbs and function words the
    bracket's name cannot start with.
ZH_NAME_VERBS: verbs (as the segmenter tags them) that Chinese names of bodies hold between their
    nouns, naming what the body is for (`振兴`, `联合`, `就业`: `臺中市就業服務處`), read by the
    aliases stage's boundaries and the organisations stage's names alike.
org_endings(lang, use): the words organisation names end in (`공사`, `有限公司`, `Institute`),
    each with the kind of body it signals, from one table (`organisation_endings.tsv`) that says
    which readers take each: the organisations stage's rules (`suffix_finder`), the aliases
    stage's test that a bracket's name is a body's (`alias_name`), and the entity-model cleaner's
    Chinese ORG spans (`ner_clean`).
LATIN_PLACES: places in English that open a name their acronym leaves out (`Singapore Economic
    Development Board (EDB)`, `Hong Kong Film Development Council (FDC)`): every English name of
    PLACES, and cities and regions that name public bodies.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).with_name("data")


def data_lines(name: str | Path) -> list[str]:
    """The entries of `data/<name>` (or of the file at `name`, a path: a stage's own `data/`
    folder), in order: its lines without the `#` comment lines and blank ones."""
    with open(name if isinstance(name, Path) else DATA / name, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def word_set(name: str | Path) -> set[str]:
    """A `.txt` list: one word or phrase a line."""
    return {line.strip() for line in data_lines(name)}


def word_tuple(name: str | Path) -> tuple[str, ...]:
    """A `.txt` list in its order (for lists read in order: alternations, first match wins)."""
    return tuple(line.strip() for line in data_lines(name))


def word_table(name: str | Path) -> dict[str, tuple[str, ...]]:
    """A `.tsv` table: the first field of each line, mapped to the fields after it (in order)."""
    rows = (line.split("\t") for line in data_lines(name))
    return {key: tuple(rest) for key, *rest in rows}


TRANSLATIONS: dict[str, tuple[str, ...]] = word_table("translations.tsv")
TERMS: set[str] = word_set("terms.txt")
TERM_ACRONYMS: set[str] = word_set("term_acronyms.txt")
DESCRIPTORS: set[str] = word_set("descriptors.txt")

_PLACE_ROWS = word_table("places_before_names.tsv")   # place -> (country | region, renderings...)
PLACES: dict[str, tuple[str, ...]] = {place: row[1:] for place, row in _PLACE_ROWS.items()}
COUNTRIES: set[str] = {place for place, row in _PLACE_ROWS.items() if row[0] == "country"}

TITLES: set[str] = word_set("titles.txt")
# The title of the head of a Korean government body, by the ending of the body's name (`장관` of a
# `…부`, `군수` of a `…군`): `한빛군(군수 …)` is the county, `안덕근 장관은` the minister of a `…부`.
KO_HEAD_OF: dict[str, str] = {"장관": "부", "차관": "부", "청장": "청", "처장": "처", "위원장": "위원회", "군수": "군",
                              "도지사": "도", "구청장": "구", "시장": "시"}
ZH_BREAKS: set[str] = word_set("zh_breaks.txt")
ZH_NAME_VERBS: frozenset[str] = frozenset(word_set("zh_name_verbs.txt"))
LATIN_PLACES: set[str] = {n for names in PLACES.values() for n in names if len(n) > 2} | word_set("latin_places.txt")


ENDING_USES = ("suffix_finder", "alias_name", "ner_clean")
# ending, language, kind, uses (comma-separated): one row an ending, in the table's order
_ENDING_ROWS = [tuple(line.split("\t")) for line in data_lines("organisation_endings.tsv")]


def org_endings(lang: str | None, use: str) -> dict[str, str]:
    """The organisation endings of `lang` (`ko`, `zh`, `en`; every language where None) that
    `use` (one of ENDING_USES) reads, each mapped to the kind of body it signals, in the table's
    order (which a reader of endings in a row may rely on)."""
    if use not in ENDING_USES:
        raise ValueError(f"unknown use of organisation endings: {use!r} (one of {', '.join(ENDING_USES)})")
    return {ending: kind for ending, language, kind, uses in _ENDING_ROWS
            if (lang is None or language == lang) and use in uses.split(",")}


def reference_words(lang: str) -> dict[str, tuple[str, ...]]:
    """The reference words of `lang` (`data/reference_words.tsv`): word -> what it may refer to.
    The events stage resolves them to an organisation named before; the organisations stage
    never takes one alone for a name."""
    return _REFERENCE_WORDS.get(lang, {})


def is_reference_word(name: str, lang: str) -> bool:
    """`회사`, `该公司`, `the company`: a bare reference word of `lang`, not a name."""
    words = reference_words(lang)
    return name in words or (lang == "en" and name.lower() in words)


def _reference_words() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in data_lines("reference_words.tsv"):
        word, lang, wants = (line.split("\t") + ["", ""])[:3]
        out.setdefault(lang, {})[word] = tuple(w for w in wants.split(",") if w and w != "-")
    return out


_REFERENCE_WORDS = _reference_words()
