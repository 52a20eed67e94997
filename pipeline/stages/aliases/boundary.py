"""Which words before a bracket its content renders: the name's exact boundaries.

Korean: words (space-separated, each a run of Kiwi morphemes) are taken leftwards from the
bracket until a word that ends a clause or a phrase (its last morpheme is a particle, an ending
or a verb, or it ends in punctuation): `대표 기업으로는 밍양(Mingyang)` stops at `기업으로는`. Then
leading words that only describe (`대표`, `새로운`, common nouns the rendering does not account
for) are dropped: the name is the longest run of words that the rendering explains.
Latin: capitalised words and connectors (`of`, `and`, `&`) leftwards; an acronym takes the
shortest long form its letters spell (Schwartz & Hearst 2003). Chinese: jieba words leftwards
until punctuation or a function word.

The rules of each script are in a module of their own (`boundary_ko.py`, `boundary_latin.py`,
`boundary_zh.py`), with what they share in `boundary_common.py`; this module is the entry point.
"""
from .boundary_ko import korean_name_before
from .boundary_latin import LEGAL_ABBREVIATION, latin_name_before
from .boundary_zh import chinese_name_before

__all__ = ["LEGAL_ABBREVIATION", "chinese_name_before", "korean_name_before", "latin_name_before"]
