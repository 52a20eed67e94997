"""One owner per fact: stages talk through the Doc, and shared words live in data files.

A stage reads another stage's findings from the Doc (`pipeline/nlp/extensions.py`), never from
its modules; what several stages need has one public home outside them (`pipeline/nlp/`, such
as `nlp/lexicon.py` and its word lists in `nlp/data/`), or in `stages/spans.py`, the span-group
helper every stage shares.
"""
import ast
import pathlib

import pytest

PIPELINE = pathlib.Path(__file__).resolve().parent.parent / "pipeline"
STAGES = PIPELINE / "stages"
SHARED_BY_STAGES = {"spans"}


def _imports(path: pathlib.Path):
    """(imported module as a dotted name, imported names) for each `from … import` in `path`."""
    module = list(path.relative_to(PIPELINE.parent).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = base + (node.module.split(".") if node.module else [])
            yield target, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for a in node.names:
                yield a.name.split("."), []


def _stage_of(parts: list[str]) -> str | None:
    return parts[2] if len(parts) > 2 and parts[:2] == ["pipeline", "stages"] else None


def test_no_stage_imports_another_stage():
    found = []
    for path in sorted(STAGES.rglob("*.py")):
        own = _stage_of(list(path.relative_to(PIPELINE.parent).parts))
        for target, names in _imports(path):
            other = _stage_of(target)
            if own and other and other != own and other not in SHARED_BY_STAGES:
                found.append(f"{path.relative_to(PIPELINE.parent)}: {'.'.join(target)} {names}")
    assert not found, "a stage imports another stage (read it from the Doc, or give the fact a home in nlp/):\n" + \
        "\n".join(found)


def test_no_module_imports_a_private_name_of_another():
    # a `_name` is its module's own; what another module needs is public (`find.GENERIC_NAMES`)
    found = []
    for path in sorted(PIPELINE.rglob("*.py")):
        for target, names in _imports(path):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private and target[:1] == ["pipeline"]:
                found.append(f"{path.relative_to(PIPELINE.parent)}: {'.'.join(target)} {private}")
    assert not found, "\n".join(found)


WORD_LISTS = sorted(p for p in PIPELINE.rglob("data/*") if p.suffix in (".txt", ".tsv"))


def test_there_are_word_lists():
    assert len(WORD_LISTS) >= 24


@pytest.mark.parametrize("path", WORD_LISTS, ids=lambda p: str(p.relative_to(PIPELINE)))
def test_word_list_says_what_it_is_and_has_each_entry_once(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("# ") and len(lines[0]) > 20, "the first line says what the list is"
    entries = [line for line in lines[1:] if line.strip() and not line.startswith("#")]
    assert entries, "the list is empty"
    assert all(e == e.strip() and "  " not in e for e in entries), "stray spaces"
    keys = [e.split("\t")[0] for e in entries]
    assert len(keys) == len(set(keys)), f"listed twice: {sorted({k for k in keys if keys.count(k) > 1})}"


def test_lexicon_loads_its_lists():
    from pipeline.nlp import lexicon as L
    assert L.TRANSLATIONS["연구소"] == ("institute", "research", "laboratory", "lab")
    assert L.PLACES["독일"] == ("germany", "german", "deutsch") and "독일" in L.COUNTRIES
    assert "광둥" in L.PLACES and "광둥" not in L.COUNTRIES          # a province, not a country
    assert "AI" in L.TERM_ACRONYMS and "인공지능" in L.TERMS and "CEO" in L.TITLES
    assert {"germany", "shanghai"} <= L.LATIN_PLACES and "与" in L.ZH_BREAKS and "자회사" in L.DESCRIPTORS


def test_organisation_endings_table_gives_each_reader_its_endings():
    import typing

    from pipeline.nlp import lexicon as L
    from pipeline.records import Organisation
    kinds = set(typing.get_args(Organisation.model_fields["kind"].annotation))
    rows = L._ENDING_ROWS
    assert rows and all(len(r) == 4 for r in rows), "ending, language, kind, uses"
    assert {r[1] for r in rows} == {"ko", "zh", "en"}
    assert {r[2] for r in rows} <= kinds, "every kind is an organisation's kind"
    assert all(r[3] and set(r[3].split(",")) <= set(L.ENDING_USES) for r in rows), "every row is read by a known use"
    for lang, use in (("ko", "suffix_finder"), ("zh", "suffix_finder"), ("en", "suffix_finder"),
                      ("ko", "alias_name"), ("zh", "alias_name"), ("zh", "ner_clean")):
        assert L.org_endings(lang, use), f"no {lang} endings for {use}"
    assert not L.org_endings("ko", "ner_clean") and not L.org_endings("en", "alias_name")
    with pytest.raises(ValueError):
        L.org_endings("ko", "finder")
    # each reader's set, as the stages had it in their own lists
    ko = L.org_endings("ko", "suffix_finder")
    assert ko["공사"] == "company" and ko["부"] == "government" and ko["개발지구"] == "zone" and "지구" not in ko
    assert list(ko)[:3] == ["공사", "총공사", "그룹"]              # the order the rules read them in
    zh = L.org_endings("zh", "suffix_finder")
    assert zh["有限公司"] == "company" and zh["署"] == "government" and zh["处"] == "government"
    names = L.org_endings(None, "alias_name")
    assert {"공사", "회사", "선급", "公司", "中心"} <= set(names) and "총공사" not in names and len(names) == 58
    clean = L.org_endings("zh", "ner_clean")
    assert {"公司", "处", "军", "店", "集团公司", "创投", "司", "委", "管委会"} <= set(clean) and "株式会社" not in clean and len(clean) == 71
    en = L.org_endings("en", "suffix_finder")
    assert en["Inc"] == "company" and en["Ministry"] == "government" and en["University"] == "education"

    from pipeline.stages.aliases.component import ORG_ENDINGS
    from pipeline.stages.ner.clean import ZH_BODY_ENDS
    from pipeline.stages.organisations import ko as ko_rules
    from pipeline.stages.organisations import zh as zh_rules
    assert ko_rules.SUFFIX_KIND == ko and zh_rules.SUFFIX_KIND == zh
    assert set(ORG_ENDINGS) == set(names) and set(ZH_BODY_ENDS) == set(clean)


def test_stages_load_their_own_word_lists():
    from pipeline.nlp import names
    from pipeline.stages.ner import clean
    from pipeline.stages.organisations import en, exclude, ko, zh
    assert "대표이사" in names.PERSON_TITLES and "감독" in names.MORE_TITLES and "감독" not in names.PERSON_TITLES
    assert "corporation" in names.NOT_PERSONAL and "인근" in names.PLACE_TIME_NOUNS
    assert "ceo" in clean.TITLE_WORDS and "krw" in clean.NOT_ORGANISATIONS and "seoul" in clean.PLACE_NAMES
    assert ko.PROVINCES[0] == "경기도" and "창원" in ko.LOCAL_GOVERNMENTS and "올해" in ko.NOT_IN_NAMES
    assert ko.is_city_or_county("창원시") and not ko.is_city_or_county("무르시")
    assert zh.GENERIC_HEADS[:3] == ("海外", "境外", "国内") and "工业和信息化" in zh.MINISTRY_STEMS and "与" in zh.BREAKS
    assert "Announces" in en.LEAD_WORDS and "technology" in en.AND_WORDS
    assert "회의" in exclude.NOT_BODY_ENDINGS_KO and "Summit" in exclude.NOT_BODY_ENDINGS_EN
    assert "峰会" in exclude.NOT_BODY_ENDINGS_ZH and not set(exclude.NOT_BODY_ENDINGS_KO) & set(exclude.NOT_BODY_ENDINGS_ZH)


def test_reference_words_have_one_home_and_are_never_organisation_names():
    from pipeline import extract
    from pipeline.nlp.lexicon import is_reference_word, reference_words
    from pipeline.stages.events import en, ko, zh

    assert ko.ANAPHOR_HEADS is reference_words("ko") and zh.ANAPHORS is reference_words("zh")
    assert en.ANAPHORS is reference_words("en")
    assert is_reference_word("회사", "ko") and is_reference_word("The Company".split()[1], "en")
    assert not is_reference_word("한빛재단", "ko")
    text = "한빛재단은 3월 2일 누리대학과 협약을 맺었다. 재단은 이어 연구소를 열었다."
    names = {o.name for o in extract(text, lang="ko", anchor="2025-03-04")["organisations.jsonl"]}
    assert not any(is_reference_word(n, "ko") for n in names), names
