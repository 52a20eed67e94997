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
    assert len(WORD_LISTS) >= 8


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
