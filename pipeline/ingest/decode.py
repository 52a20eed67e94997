"""Bytes to text: byte-order marks, UTF-16, legacy Korean and Chinese encodings, NFC.

Order of trust: an encoding the user forced (`--encoding`) is used strictly; a byte-order mark is
certain; UTF-16 without a mark is told by its NUL bytes (ASCII) or by which byte order reads as
text; strict UTF-8 is nearly certain (legacy encodings rarely decode as valid UTF-8 by accident);
then a declared charset (HTML meta), a detector (charset-normalizer) whose guess must decode
strictly and read as text, and the legacy encodings releases come in: CP949 for Korean, CP1252
(a superset of Latin-1's letters) for Western text, told apart by how their non-ASCII bytes
group (CP949 writes a syllable as two such bytes in a row, CP1252 a letter or a curly quote as
one between ASCII letters). Whatever cannot be decoded is an `IngestError` with a message that
says what to do, never a crash.

`check_text` is the last gate before the pipeline: a text spaCy cannot store (lone surrogates,
which a JSON `\\ud800` escape gives) is refused with code `bad_text`.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from ..records import ErrorStage


class IngestError(Exception):
    """An input that cannot become a document: `code` is stable, `message` is for a person."""

    def __init__(self, code: str, message: str, stage: ErrorStage = "decode"):
        super().__init__(message)
        self.code = code
        self.message = message
        self.stage = stage


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of files that are not text at all, so the error can name what the file is.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "remove it from the batch"),
    (b"\xff\xd8\xff", "a JPEG image", "remove it from the batch"),
    (b"GIF8", "a GIF image", "remove it from the batch"),
    (b"%PDF-", "a PDF document", "extract its text first (for example with pdftotext) and run the .txt"),
    (b"PK\x03\x04", "a ZIP archive or an Office document", "save it as .txt or .html first"),
    (b"\xd0\xcf\x11\xe0", "an old Office document", "save it as .txt or .html first"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
)

# Encodings a detector guess is accepted in: those press releases arrive in. A guess outside this
# list on a short text is more often wrong than right (Korean CP949 read as Big5, say).
TRUSTED = {"utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp949", "euc_kr", "johab", "gb18030",
           "gbk", "gb2312", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp", "cp1252",
           "latin_1", "iso8859_1", "ascii"}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,40})""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Share of a text's non-ASCII bytes that must stand alone (between ASCII bytes) for it to be read
# as CP1252 before CP949: Western text has isolated accented letters and curly quotes, Korean
# legacy text two-byte syllables.
ISOLATED_SHARE = 0.8


def sniff_binary(data: bytes) -> str | None:
    """What a binary input is and what to do about it (for the error message), or None if it
    may be text."""
    for magic, what, advice in MAGIC:
        if data.startswith(magic):
            return f"{what}, not text; {advice}"
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    head = data[:4096]
    if b"\x00" in head and _utf16_order(data) is None:
        return "a binary file, not text; presspipe reads .txt, .md, .html and .jsonl"
    return None


def _plausible(text: str) -> bool:
    """Decoded text that reads as text: few control characters and no replacement characters."""
    if not text:
        return True
    bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
    return bad <= max(1, len(text) // 1000)


def _letters_share(text: str) -> float:
    """Share of characters that are letters, digits, spaces or punctuation of the scripts
    releases are written in (ASCII, Latin-1, Hangul, CJK and their punctuation)."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        cp = ord(ch)
        if (0x20 <= cp < 0x7F or ch in "\n\t\r" or 0xA0 <= cp < 0x250 or 0xAC00 <= cp <= 0xD7A3
                or 0x4E00 <= cp <= 0x9FFF or 0x3000 <= cp <= 0x30FF or 0xFF00 <= cp <= 0xFFEF
                or 0x2010 <= cp <= 0x206F or 0x3130 <= cp <= 0x318F):
            good += 1
    return good / len(text)


def _utf16_order(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when `data` reads as UTF-16 without a byte-order mark.

    ASCII in UTF-16 has a NUL in every other byte, on the odd bytes for little-endian; Hangul
    or Han text has few NULs, so then each byte order is decoded and the one that reads as the
    scripts of releases wins by a clear margin.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) >= len(head) // 8 and min(even, odd) <= max(even, odd) // 8:
        order = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = head.decode(order, errors="strict")
        except UnicodeDecodeError:
            return None
        return order if _plausible(text) and _letters_share(text) > 0.9 else None
    scores = {}
    for order in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            scores[order] = _letters_share(text)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    other = min(scores.values()) if len(scores) > 1 else 0.0
    return best if scores[best] > 0.95 and scores[best] - other > 0.3 else None


def _isolated_high_bytes(data: bytes) -> float:
    """Share of the runs of non-ASCII bytes that are one byte long."""
    runs = single = 0
    n = 0
    for b in data:
        if b >= 0x80:
            n += 1
        elif n:
            runs += 1
            single += n == 1
            n = 0
    if n:
        runs += 1
        single += n == 1
    return single / runs if runs else 0.0


# Non-ASCII characters of Western text: letters, and the punctuation word processors write.
_WESTERN_MARKS = set("‘’‚“”„–—…•€£¥¢©®°·×÷±«»¡¿\u00a0™§¶†‡‰′″²³¹½¼¾µ")


def _reads_western(text: str) -> bool:
    """Text decoded as CP1252/Latin-1 that reads as a Western language: its non-ASCII characters
    are mostly letters and typographic marks (a Chinese or Korean text read as CP1252 is a soup
    of `¤ª´³¦` signs)."""
    other = [ch for ch in text if ord(ch) >= 0x80]
    if not other:
        return True
    good = sum(ch.isalpha() or ch in _WESTERN_MARKS for ch in other)
    return good >= 0.9 * len(other)


def decode_bytes(data: bytes, declared: str | None = None, is_html: bool = False) -> Decoded:
    """Decode an input's bytes, or raise IngestError(code='decode' | 'binary').

    `declared` is an encoding the user forced (`--encoding`); it is used strictly, and a file
    whose bytes look binary (UTF-16 without a byte-order mark has NULs) is still decoded with it.
    """
    for magic, what, advice in MAGIC:
        if data.startswith(magic):
            raise IngestError("binary", f"this is {what}, not text; {advice}")
    if declared:
        try:
            return Decoded(normalise(data.decode(declared)), codecs.lookup(declared).name)
        except (UnicodeDecodeError, LookupError) as exc:
            raise IngestError("decode", f"cannot decode as {declared} ({exc}); check --encoding") from exc
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalise(data[len(bom):].decode(enc.replace("-sig", ""))), enc)
            except UnicodeDecodeError as exc:
                raise IngestError("decode", f"has a {enc} byte-order mark but is not valid {enc} "
                                  f"at byte {exc.start + len(bom)}; re-save the file as UTF-8") from exc
    binary = sniff_binary(data)
    if binary:
        raise IngestError("binary", f"this is {binary}")
    utf16 = _utf16_order(data) if b"\x00" in data[:8192] else None
    if utf16:
        return Decoded(normalise(data.decode(utf16)), utf16)
    try:
        return Decoded(normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_order(data)
    if utf16:
        return Decoded(normalise(data.decode(utf16)), utf16)
    candidates: list[str] = []
    if is_html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            candidates.append(m.group(1).decode("ascii").lower())
    # Western text in CP1252 (a superset of Latin-1's letters) has its non-ASCII bytes alone,
    # between ASCII letters; a detector often takes a short one for Central European or Japanese.
    if _isolated_high_bytes(data) >= ISOLATED_SHARE:
        candidates.append("cp1252")
    best = charset_normalizer.from_bytes(data).best()
    guess = codecs.lookup(best.encoding).name.replace("-", "_") if best is not None else None
    if best is not None and guess in TRUSTED:
        candidates.append(best.encoding)
    # Korean releases are the common legacy case: CP949 (a superset of EUC-KR), then Chinese.
    candidates += ["cp949", "big5", "gb18030", "cp1252", "latin-1"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        western = codecs.lookup(enc).name in ("cp1252", "iso8859-1")
        if _plausible(text) and (not western or _reads_western(text)):
            return Decoded(normalise(text), codecs.lookup(enc).name)
    raise IngestError("decode", "could not tell the text encoding (not UTF-8, UTF-16, CP949/EUC-KR or "
                      "CP1252/Latin-1); re-save the file as UTF-8, or pass --encoding NAME")


def check_text(text: str, what: str = "the text") -> None:
    """Refuse a text spaCy cannot store: a lone surrogate (half of a UTF-16 pair) cannot be
    written as UTF-8, so no tokenizer, string store or output file can hold it."""
    if text.isascii():
        return
    m = _SURROGATE.search(text)
    if m:
        raise IngestError(
            "bad_text", f"{what} holds an unpaired surrogate (U+{ord(m.group()):04X}) at character "
            f"{m.start()}: half of a UTF-16 pair, which is not a character (a JSON escape such as "
            "\\ud800 without its partner gives one); fix the program that wrote the input, or remove it",
            stage="ingest")


def normalise(text: str) -> str:
    """Unicode NFC and \\n line ends: the text every offset of the run indexes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
