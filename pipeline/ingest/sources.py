"""Inputs to documents: files, folders walked recursively, standard input, JSON-lines batches.

`read_inputs` yields, per input file, an `InputFile` holding the documents it gave and the
problems it had. A bad file or a bad JSON line becomes a `Problem` (later an error record); the
rest of the batch goes on. Folders are walked in sorted order so that runs are deterministic.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .decode import IngestError, decode_bytes, normalise
from .html import visible_text

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
STDIN = "-"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass
class SourceDoc:
    """A decoded document, before any language processing."""
    source: str
    text: str
    format: str
    encoding: str
    path: str
    line: int | None = None
    lang: str | None = None      # given by a JSON-lines input, else detected later
    date: str | None = None      # given by a JSON-lines input: anchor when there is no dateline
    title: str | None = None


@dataclass
class Problem:
    """Something in an input that could not become a document."""
    source: str
    code: str
    message: str
    stage: str
    path: str
    line: int | None = None


@dataclass
class InputFile:
    path: str
    sha256: str | None
    size: int | None
    items: list[SourceDoc | Problem] = field(default_factory=list)


IGNORE_FILE = ".presspipeignore"


def expand(inputs: Iterable[str], exclude: Iterable[str] = (), skipped: list[str] | None = None) -> list[str]:
    """Input arguments to input paths: folders walked recursively and sorted; `-` kept for
    standard input; a path that does not exist kept, to be reported.

    In a walked folder, hidden entries are passed over, and so are paths matching an `exclude`
    glob or a line of a `.presspipeignore` file in the folder (globs relative to it, e.g.
    `gold/*`, `README.md`), so that a corpus can keep its gold files beside its releases. What is
    passed over is appended to `skipped` (the manifest lists it): nothing is dropped silently.
    """
    out: list[str] = []
    for arg in inputs:
        if arg == STDIN or not os.path.isdir(arg):
            out.append(arg if arg == STDIN else os.path.normpath(arg))
            continue
        found = []
        rules: dict[str, list[str]] = {}
        for root, dirs, files in os.walk(arg):
            # Each folder's .presspipeignore applies below it, with paths relative to it.
            rules[root] = _ignore_patterns(root)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in files:
                path = os.path.normpath(os.path.join(root, f))
                if f.startswith("."):
                    continue
                if _ignored(path, f, arg, exclude, rules):
                    if skipped is not None:
                        skipped.append(path)
                    continue
                found.append(path)
        out.extend(sorted(found))
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]


def _ignored(path: str, name: str, top: str, exclude: Iterable[str], rules: dict[str, list[str]]) -> bool:
    if any(fnmatch.fnmatch(os.path.relpath(path, top).replace(os.sep, "/"), p) or fnmatch.fnmatch(name, p)
           for p in exclude):
        return True
    for folder, patterns in rules.items():
        rel = os.path.relpath(path, folder).replace(os.sep, "/")
        if not rel.startswith("..") and any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns):
            return True
    return False


def _ignore_patterns(folder: str) -> list[str]:
    path = os.path.join(folder, IGNORE_FILE)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [p.rstrip("/") + "/*" if p.endswith("/") else p for p in lines if p and not p.startswith("#")]


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
                stdin_format: str = "txt", exclude: Iterable[str] = (),
                skipped: list[str] | None = None) -> Iterator[InputFile]:
    for path in expand(inputs, exclude=exclude, skipped=skipped):
        yield read_input(path, max_bytes=max_bytes, encoding=encoding, stdin_format=stdin_format)


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
               stdin_format: str = "txt") -> InputFile:
    if path == STDIN:
        data = sys.stdin.buffer.read()
        fmt = stdin_format
    else:
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            return _failed(path, "not_found" if not os.path.exists(path) else "unreadable",
                           f"cannot read {path}: {exc.strerror or exc}; check the path and permissions")
        fmt = FORMATS.get(os.path.splitext(path)[1].lower(), "txt")
        if size > max_bytes:
            return _failed(path, "too_large", f"{size:,} bytes is over the limit of {max_bytes:,}; "
                           "split the file or raise --max-bytes", size=size)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as exc:
            return _failed(path, "unreadable", f"cannot read {path}: {exc.strerror or exc}; check its permissions")
    entry = InputFile(path, hashlib.sha256(data).hexdigest(), len(data))
    source = "<stdin>" if path == STDIN else path
    if len(data) > max_bytes:
        entry.items.append(Problem(source, "too_large", f"{len(data):,} bytes is over the limit of "
                                   f"{max_bytes:,}; split the input or raise --max-bytes", "ingest", path))
        return entry
    try:
        if fmt == "jsonl":
            entry.items.extend(_jsonl_docs(data, source, path, encoding))
        else:
            entry.items.append(_text_doc(data, source, path, fmt, encoding))
    except IngestError as exc:
        entry.items.append(Problem(source, exc.code, exc.message, exc.stage, path))
    return entry


def _failed(path: str, code: str, message: str, size: int | None = None) -> InputFile:
    return InputFile(path, None, size, [Problem(path, code, message, "ingest", path)])


def _text_doc(data: bytes, source: str, path: str, fmt: str, encoding: str | None) -> SourceDoc:
    decoded = decode_bytes(data, declared=encoding, is_html=fmt == "html")
    text, title = decoded.text, None
    if fmt == "html":
        text, title = visible_text(text)
    elif fmt == "md":
        title = _markdown_title(text)
    if not text.strip():
        what = "has no visible text" if fmt == "html" else "is empty"
        raise IngestError("empty", f"the input {what}; nothing to extract (remove it from the batch "
                          "or check that it was saved completely)", stage="ingest")
    return SourceDoc(source, text, fmt, decoded.encoding, path, title=title)


def _markdown_title(text: str) -> str | None:
    for line in text.split("\n"):
        if line.startswith("# "):
            return line[2:].strip() or None
        if line.strip():
            return None
    return None


def _jsonl_docs(data: bytes, source: str, path: str, encoding: str | None) -> Iterator[SourceDoc | Problem]:
    """One document per line. A broken line costs only that line: it becomes a Problem."""
    decoded = decode_bytes(data, declared=encoding)
    lines = decoded.text.split("\n")
    any_line = False
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        any_line = True
        where = f"{source} line {n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            at = "" if exc.msg.endswith(" at") else " at"
            yield Problem(where, "bad_json", f"line {n} is not valid JSON: {exc.msg}{at} column {exc.colno}; "
                          "fix or remove that line", "parse", path, n)
            continue
        problem = _check_jsonl_object(obj, n)
        if problem:
            yield Problem(where, problem[0], problem[1], "parse", path, n)
            continue
        text = normalise(obj["text"])
        if not text.strip():
            yield Problem(str(obj["id"]), "empty", f"line {n} has an empty \"text\"; nothing to extract",
                          "ingest", path, n)
            continue
        yield SourceDoc(str(obj["id"]), text, "jsonl", decoded.encoding, path, line=n,
                        lang=obj.get("lang"), date=obj.get("date"), title=obj.get("title"))
    if not any_line:
        raise IngestError("empty", "the JSON-lines file has no lines; nothing to extract", stage="ingest")


def _check_jsonl_object(obj: object, n: int) -> tuple[str, str] | None:
    if not isinstance(obj, dict):
        return "bad_json", f"line {n} is JSON but not an object; each line must be {{\"id\": ..., \"text\": ...}}"
    missing = [k for k in ("id", "text") if k not in obj]
    if missing:
        return "missing_field", f"line {n} has no {' or '.join(repr(k) for k in missing)}; each line needs \"id\" and \"text\""
    if not isinstance(obj["text"], str):
        return "bad_field", f"line {n}: \"text\" must be a string"
    if not isinstance(obj["id"], (str, int)) or str(obj["id"]).strip() == "":
        return "bad_field", f"line {n}: \"id\" must be a non-empty string or number"
    lang = obj.get("lang")
    if lang is not None and lang not in ("ko", "en", "zh"):
        return "bad_field", f"line {n}: \"lang\" must be ko, en or zh (or left out to detect it), not {lang!r}"
    date = obj.get("date")
    if date is not None:
        try:
            dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            return "bad_field", f"line {n}: \"date\" must be an ISO date like 2025-02-20, not {date!r}"
    return None
