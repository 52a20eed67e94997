"""Which language a text is in, from its mix of scripts.

Press releases mix scripts freely (Korean text quotes Latin names and Hanja; Chinese text quotes
Latin acronyms), so the decision counts letters per script and lets Hangul win over Han and Han
win over Latin once each passes a small share: a Korean release with many English names in
brackets is still Korean.
"""
from __future__ import annotations

import unicodedata

LANGS = ("ko", "en", "zh")

# A script must make up at least this share of the letters to decide the language. Korean text
# quoting English names stays well above it (the seed release is about 70% Hangul).
MIN_SHARE = 0.15


def script_counts(text: str) -> dict[str, int]:
    """Letters per script: hangul, han (CJK ideographs), kana, latin, other."""
    counts = {"hangul": 0, "han": 0, "kana": 0, "latin": 0, "other": 0}
    for ch in text:
        cp = ord(ch)
        if 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            counts["hangul"] += 1
        elif 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF:
            counts["han"] += 1
        elif 0x3040 <= cp <= 0x30FF:
            counts["kana"] += 1
        elif ch.isalpha():
            counts["latin" if unicodedata.name(ch, "").startswith("LATIN") else "other"] += 1
    return counts


def detect_lang(text: str, default: str = "en") -> str:
    """`ko`, `zh` or `en` for a text, by the scripts of its letters; `default` if it has none."""
    counts = script_counts(text)
    letters = sum(counts.values())
    if not letters:
        return default
    if counts["hangul"] / letters >= MIN_SHARE:
        return "ko"
    if counts["han"] / letters >= MIN_SHARE and counts["kana"] < counts["han"]:
        return "zh"
    return "en"
