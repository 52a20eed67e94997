"""Bytes to text: byte-order marks, UTF-16, legacy Korean and Chinese encodings, NFC.

Order of trust: a byte-order mark is certain; strict UTF-8 is nearly so (legacy encodings rarely
decode as valid UTF-8 by accident); then a declared charset (HTML meta) and, last, a detector
(charset-normalizer) whose guess must decode strictly and read as text. Whatever cannot be
decoded is an `IngestError` with a message that says what to do, never a crash.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer


class IngestError(Exception):
    """An input that cannot become a document: `code` is stable, `message` is for a person."""

    def __init__(self, code: str, message: str, stage: str = "decode"):
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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def sniff_binary(data: bytes) -> str | None:
    """What a binary input is and what to do about it (for the error message), or None if it
    may be text."""
    for magic, what, advice in MAGIC:
        if data.startswith(magic):
            return f"{what}, not text; {advice}"
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a BOM has NULs in every other byte of ASCII; anything else is binary.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) < len(head) // 4:
            return "a binary file, not text; presspipe reads .txt, .md, .html and .jsonl"
    return None


def _plausible(text: str) -> bool:
    """Decoded text that reads as text: few control characters and no replacement characters."""
    if not text:
        return True
    bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
    return bad <= max(1, len(text) // 1000)


def decode_bytes(data: bytes, declared: str | None = None, is_html: bool = False) -> Decoded:
    """Decode an input's bytes, or raise IngestError(code='decode' | 'binary').

    `declared` is an encoding the user forced (`--encoding`); it is used strictly.
    """
    what = sniff_binary(data)
    if what:
        raise IngestError("binary", f"this is {what}")
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
    try:
        return Decoded(normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if is_html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            candidates.append(m.group(1).decode("ascii").lower())
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and codecs.lookup(best.encoding).name.replace("-", "_") in TRUSTED:
        candidates.append(best.encoding)
    # Korean releases are the common legacy case: try CP949 (a superset of EUC-KR) last.
    candidates.append("cp949")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return Decoded(normalise(text), codecs.lookup(enc).name)
    raise IngestError("decode", "could not tell the text encoding (not UTF-8, UTF-16 or CP949/EUC-KR); "
                      "re-save the file as UTF-8, or pass --encoding NAME")


def normalise(text: str) -> str:
    """Unicode NFC and \\n line ends: the text every offset of the run indexes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
