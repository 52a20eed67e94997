"""The `presspipe_aliases` stage: name/alias pairs stated with brackets, in every direction.

Reads: `doc.text`, tokens (Kiwi tags for Korean), `doc.lang_`.
Writes: `doc._.aliases` (name/alias pairs of names), `doc._.terms` (brackets that translate a
general term, `인공지능(AI)`: kept apart, never aliases) and `doc.spans["aliases"]`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401
from ..spans import set_span_group
from .brackets import LANG_OF_SCRIPT, find_brackets, is_acronym, script_of
from .boundary import chinese_name_before, korean_name_before, latin_name_before
from .lexicon import TERMS, TRANSLATIONS
from .similarity import acronym_score, transliteration_score, word_explained


def find_aliases(doc: Doc) -> tuple[list[dict], list[dict]]:
    """(aliases, terms) in `doc`, each a dict with name/alias spans, relation and score."""
    text = doc.text
    aliases, terms = [], []
    name_of_chain: tuple[int, int] | None = None
    for br in find_brackets(text):
        rendering = br.rendering(text)
        r_script = script_of(rendering)
        if br.chained and name_of_chain:
            span = name_of_chain
        else:
            span = _name_before(doc, br.open, rendering, r_script)
            name_of_chain = span
        if span is None:
            continue
        name = text[span[0]:span[1]]
        n_script = script_of(name)
        if r_script == "other" or n_script == "other":
            continue  # (2025), (%), (주): not a rendering of a name
        if n_script == r_script and not (is_acronym(rendering) or is_acronym(name)):
            continue
        relation, score = _relation(name, rendering, n_script, r_script)
        pair = {
            "name": {"text": name, "start": span[0], "end": span[1], "lang": LANG_OF_SCRIPT.get(n_script)},
            "alias": {"text": rendering, "start": br.start, "end": br.end, "lang": LANG_OF_SCRIPT.get(r_script)},
            "relation": relation,
            "score": round(score, 3),
        }
        (aliases if _is_name(doc, span, name, rendering, relation, score) else terms).append(pair)
    return aliases, terms


def _name_before(doc: Doc, pos: int, rendering: str, r_script: str):
    """The name the bracket at `pos` renders, by the script of the text just before it."""
    before = doc.text[:pos].rstrip()[-1:]
    b_script = script_of(before) if before else "other"
    if b_script == "hangul":
        return korean_name_before(doc, pos, rendering)
    if b_script == "han":
        return chinese_name_before(doc, pos)
    if b_script == "latin" or before.isdigit():
        return latin_name_before(doc, pos, rendering)
    return None


def _relation(name: str, alias: str, n_script: str, a_script: str) -> tuple[str, float]:
    if is_acronym(alias) and a_script == "latin" and n_script == "latin":
        return "acronym", acronym_score(alias, name)
    if is_acronym(name) and n_script == "latin" and a_script == "latin":
        return "acronym", acronym_score(name, alias)
    if n_script == "hangul" and a_script == "latin":
        translit = transliteration_score(name, alias)
        words = name.split()
        explained = sum(word_explained(w, alias) for w in words) / len(words)
        if is_acronym(alias) and translit < 0.6:
            return "acronym", max(0.6, explained)
        if translit >= 0.6:
            return "transliteration", translit
        if all(w in TRANSLATIONS for w in words):
            return "translation", explained
        return "mixed", max(explained, translit)
    if n_script == "latin" and a_script == "hangul":
        rel, score = _relation(alias, name, a_script, n_script)
        return rel, score
    return "translation", 0.7


def _is_name(doc: Doc, span, name: str, rendering: str, relation: str, score: float) -> bool:
    """A bracket names something (an organisation, a person, a product) rather than translating
    a general term: `수곤(Sugon)` yes, `인공지능(AI)`, `반도체(semiconductor)` no."""
    if name in TERMS or name.replace(" ", "") in TERMS:
        return False
    if rendering[:1].islower() and " " not in rendering.strip() and not is_acronym(rendering):
        return False
    if relation == "transliteration" and score >= 0.6:
        return True
    toks = [t for t in doc if span[0] <= t.idx < span[1]]
    if any("NNP" in t.tag_ or t.tag_ == "SL" for t in toks):
        return True
    if relation == "acronym" and script_of(name) == "latin":
        return score >= 0.8 and name[:1].isupper()
    # All common nouns: a name only if an organisation word ends it (중국해양석유총공사).
    return any(name.endswith(k) for k in ORG_ENDINGS)


ORG_ENDINGS = ("공사", "그룹", "회사", "연구소", "연구원", "센터", "위원회", "재단", "협회", "은행", "대학교",
               "대학", "정부", "은행", "병원", "학회", "기구", "연합", "공단", "진흥원", "과학원", "의학원")


class AliasesStage:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        aliases, terms = find_aliases(doc)
        doc._.aliases = aliases
        doc._.terms = terms
        set_span_group(doc, "aliases", [(a["name"]["start"], a["name"]["end"], "NAME") for a in aliases]
                       + [(a["alias"]["start"], a["alias"]["end"], "ALIAS") for a in aliases])
        return doc


@Language.factory("presspipe_aliases")
def make_aliases(nlp: Language, name: str) -> AliasesStage:
    return AliasesStage(nlp, name)
