"""Inputs to documents: files, folders walked recursively, standard input, JSON-lines batches.

`read_inputs` yields, per input file, an `InputFile` holding the documents it gave and the
problems it had. A bad file or a bad JSON line becomes a `Problem` (later an error record); the
rest of the batch goes on. Folders are walked in sorted order so that runs are deterministic.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..records import ErrorStage
from .decode import IngestError, check_text, decode_bytes, normalise
from .html import page_text
from .ignore import IgnoreRules
from .markdown import plain_text

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
    stage: ErrorStage
    path: str
    line: int | None = None


@dataclass
class InputFile:
    path: str
    sha256: str | None
    size: int | None
    items: list[SourceDoc | Problem] = field(default_factory=list)


MANIFEST = "manifest.json"


@dataclass(frozen=True)
class InputPath:
    """One input file of a run: `path` to open it by (`-` for standard input), `name` to call it
    by in the run's records (its path from the folder that holds the input argument, with `/`).

    The name does not depend on how the argument was spelled (`in/`, `./in`, `/abs/in` all give
    `in/a.txt`) nor on the working folder, so two runs over the same files give the same
    document ids; it is unique within the run (see `name_inputs`).
    """
    path: str
    name: str


def display(path: str) -> str:
    """A path as text that can be written as UTF-8: bytes of a file name that were not UTF-8
    (which Python keeps as lone surrogates) are shown as `\\xNN`."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _label(base: str, depth: int) -> str:
    """The last `depth` components of the absolute path `base`, with `/`."""
    parts = [p for p in base.split(os.sep) if p]
    return "/".join(parts[-depth:]) if parts else ""


def expand(inputs: Iterable[str], exclude: Iterable[str] = (), skipped: list[str] | None = None,
           outdir: str | None = None) -> list[InputPath]:
    """Input arguments to input files: folders walked recursively and sorted; `-` kept for
    standard input; a path that does not exist kept, to be reported.

    In a walked folder only the supported extensions (FORMATS) are read, and these are passed
    over: hidden entries; OUTDIR and any folder that holds a presspipe run (its `manifest.json`),
    so that a run never reads its own output; paths matching an `exclude` pattern or a
    `.presspipeignore` file in the folder or above it (`.gitignore` patterns, see `ignore.py`:
    `gold/`, `README.md`, `!keep.md`), so that a corpus can keep its gold files beside its
    releases; a folder passed over is listed once, with a trailing `/`. What is passed over (other than
    hidden entries) is appended to `skipped` (the manifest lists it): nothing is dropped silently.
    A file named as an argument is read whatever its extension (as text unless it is one of ours).
    The same file reached twice (a folder and a file in it) is read once.
    """
    out_real = os.path.realpath(outdir) if outdir else None
    found: list[tuple[str, str, str]] = []      # (path, absolute base of the argument, relative path)
    for arg in inputs:
        if arg == STDIN:
            found.append((STDIN, "", ""))
            continue
        base = os.path.abspath(arg)
        if not os.path.isdir(arg):
            found.append((os.path.normpath(arg), os.path.dirname(base), os.path.basename(base)))
            continue
        here: list[tuple[str, str, str]] = []
        rules = IgnoreRules(arg, exclude)
        for root, dirs, files in os.walk(arg):
            if _is_run_folder(root, out_real):
                if skipped is not None:
                    skipped.append(display(_rel(root, base) + "/"))
                dirs[:] = []
                continue
            # Each folder's .presspipeignore applies below it, with paths relative to it; an
            # ignored folder is not walked (git's rule: nothing below it can be taken back).
            rules.enter(root)
            kept = []
            for d in sorted(d for d in dirs if not d.startswith(".")):
                path = os.path.join(root, d)
                if rules.ignored(path, is_dir=True):
                    if skipped is not None:
                        skipped.append(display(_rel(path, base) + "/"))
                else:
                    kept.append(d)
            dirs[:] = kept
            for f in files:
                if f.startswith("."):
                    continue
                path = os.path.normpath(os.path.join(root, f))
                if rules.ignored(path) or os.path.splitext(f)[1].lower() not in FORMATS:
                    if skipped is not None:
                        skipped.append(display(_rel(path, base)))
                    continue
                here.append((path, base, os.path.relpath(path, arg)))
        found.extend(sorted(here, key=lambda x: x[2]))
    return name_inputs(found)


def _rel(path: str, base: str) -> str:
    """`path` named from the folder that holds `base`, with `/`."""
    name = os.path.relpath(os.path.abspath(path), os.path.dirname(base) or os.sep)
    return name.replace(os.sep, "/")


def _is_run_folder(folder: str, out_real: str | None) -> bool:
    """OUTDIR itself, or a folder holding a presspipe run's manifest."""
    if out_real and os.path.realpath(folder) == out_real:
        return True
    manifest = os.path.join(folder, MANIFEST)
    if not os.path.isfile(manifest):
        return False
    try:
        with open(manifest, encoding="utf-8") as f:
            head = f.read(200)
    except (OSError, UnicodeDecodeError):
        return False
    return '"tool": "presspipe"' in head or '"tool":"presspipe"' in head


def name_inputs(found: list[tuple[str, str, str]]) -> list[InputPath]:
    """Name each file from the folder that holds its argument: `corpus/a.txt` for `corpus`
    however spelled, `corpus/a.txt` for the file argument `corpus/a.txt`.

    Names are unique within the run by construction: arguments whose folders share a last name
    (`x/in`, `y/in`) are told apart by more of their path (`x/in/a.txt`, `y/in/a.txt`); a file
    reached twice is kept once; any name still taken falls back to the absolute path.
    """
    # (real path of the file) -> first occurrence wins
    depth: dict[str, int] = {}
    bases = sorted({b for _, b, _ in found if b})
    for b in bases:
        depth[b] = 1
    changed = True
    while changed:
        changed = False
        by_label: dict[str, set[str]] = {}
        for b in bases:
            by_label.setdefault(_label(b, depth[b]), set()).add(b)
        for label, group in by_label.items():
            if len(group) > 1:
                for b in group:
                    if depth[b] < len([p for p in b.split(os.sep) if p]):
                        depth[b] += 1
                        changed = True
    out: list[InputPath] = []
    seen_files: set[str] = set()
    seen_names: set[str] = set()
    for path, base, rel in found:
        if path == STDIN:
            key, name = STDIN, STDIN
        else:
            key = os.path.realpath(path)
            label = _label(base, depth[base]) if base else ""
            name = display("/".join(p for p in (label, rel.replace(os.sep, "/")) if p))
        if key in seen_files:
            continue
        if name in seen_names:
            name = display(os.path.abspath(path))
        seen_files.add(key)
        seen_names.add(name)
        out.append(InputPath(path, name))
    return out


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
                stdin_format: str = "txt", exclude: Iterable[str] = (),
                skipped: list[str] | None = None, outdir: str | None = None) -> Iterator[InputFile]:
    for inp in expand(inputs, exclude=exclude, skipped=skipped, outdir=outdir):
        yield read_input(inp, max_bytes=max_bytes, encoding=encoding, stdin_format=stdin_format)


def read_input(inp: InputPath | str, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
               stdin_format: str = "txt") -> InputFile:
    """The documents and problems of one input file (a path, or an `InputPath` from `expand`)."""
    if isinstance(inp, str):
        inp = InputPath(inp, STDIN if inp == STDIN else display(os.path.normpath(inp)))
    path, name = inp.path, inp.name
    if path == STDIN:
        data = sys.stdin.buffer.read()
        fmt = stdin_format
    else:
        shown = display(path)
        try:
            st = os.stat(path)
        except OSError as exc:
            return _failed(name, "not_found" if not os.path.lexists(path) else "unreadable",
                           f"cannot read {shown}: {exc.strerror or exc}; check the path and permissions")
        if not stat.S_ISREG(st.st_mode):
            return _failed(name, "unreadable", f"{shown} is not a regular file (a pipe, device or socket); "
                           "give presspipe files or folders")
        fmt = FORMATS.get(os.path.splitext(path)[1].lower(), "txt")
        if st.st_size > max_bytes:
            return _failed(name, "too_large", f"{st.st_size:,} bytes is over the limit of {max_bytes:,}; "
                           "split the file or raise --max-bytes", size=st.st_size)
        try:
            with open(path, "rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as exc:
            return _failed(name, "unreadable", f"cannot read {shown}: {exc.strerror or exc}; check its permissions")
    entry = InputFile(name, hashlib.sha256(data).hexdigest(), len(data))
    source = "<stdin>" if path == STDIN else name
    if len(data) > max_bytes:
        entry.items.append(Problem(source, "too_large", f"{len(data):,} bytes is over the limit of "
                                   f"{max_bytes:,}; split the input or raise --max-bytes", "ingest", name))
        return entry
    try:
        if fmt == "jsonl":
            entry.items.extend(_jsonl_docs(data, source, name, encoding))
        else:
            entry.items.append(_text_doc(data, source, name, fmt, encoding))
    except IngestError as exc:
        entry.items.append(Problem(source, exc.code, exc.message, exc.stage, name))
    return entry


def _failed(path: str, code: str, message: str, size: int | None = None) -> InputFile:
    return InputFile(path, None, size, [Problem(path, code, message, "ingest", path)])


def _text_doc(data: bytes, source: str, path: str, fmt: str, encoding: str | None) -> SourceDoc:
    decoded = decode_bytes(data, declared=encoding, is_html=fmt == "html")
    text, title = decoded.text, None
    if fmt == "html":
        text, title = page_text(text)
    elif fmt == "md":
        text, title = plain_text(text)
    if not text.strip():
        what = "has no visible text" if fmt == "html" else "is empty"
        raise IngestError("empty", f"the input {what}; nothing to extract (remove it from the batch "
                          "or check that it was saved completely)", stage="ingest")
    check_text(text)
    return SourceDoc(source, text, fmt, decoded.encoding, path, title=title)


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
        except RecursionError:
            yield Problem(where, "bad_json", f"line {n} nests arrays or objects too deeply to read; each line "
                          "must be one flat object {\"id\": ..., \"text\": ...}", "parse", path, n)
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
    """(code, message) of what is wrong with one JSON-lines object, or None."""
    if not isinstance(obj, dict):
        return "bad_json", f"line {n} is JSON but not an object; each line must be {{\"id\": ..., \"text\": ...}}"
    missing = [k for k in ("id", "text") if k not in obj]
    if missing:
        return "missing_field", f"line {n} has no {' or '.join(repr(k) for k in missing)}; each line needs \"id\" and \"text\""
    for key in ("id", "text", "title", "lang", "date"):
        if isinstance(obj.get(key), str):
            try:
                check_text(obj[key], f"line {n}: \"{key}\"")
            except IngestError as exc:
                return exc.code, exc.message
    if not isinstance(obj["text"], str):
        return "bad_field", f"line {n}: \"text\" must be a string"
    if (isinstance(obj["id"], bool) or not isinstance(obj["id"], (str, int))
            or str(obj["id"]).strip() == ""):
        return "bad_field", f"line {n}: \"id\" must be a non-empty string or number"
    lang = obj.get("lang")
    if lang is not None and lang not in ("ko", "en", "zh"):
        return "bad_field", f"line {n}: \"lang\" must be ko, en or zh (or left out to detect it), not {lang!r}"
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        return "bad_field", f"line {n}: \"title\" must be a string (or left out), not {type(title).__name__}"
    date = obj.get("date")
    if date is not None:
        try:
            if not isinstance(date, str):
                raise ValueError
            dt.date.fromisoformat(date[:10])
        except ValueError:
            return "bad_field", f"line {n}: \"date\" must be an ISO date like \"2025-02-20\", not {date!r}"
    return None
