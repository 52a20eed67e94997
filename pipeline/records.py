"""The output contract as pydantic models: the only way a record is made, checked or written.

`../shared/design/contract.md` fixes the shape; these classes are its single source of truth.
`presspipe schema` writes their JSON Schema to `schemas/`, and a test fails when the two drift.
Every model forbids unknown fields, so `presspipe validate` catches a record that grew a typo.
Renaming or removing a field needs a new SCHEMA_VERSION and a line in the README's changelog.
"""
from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.5"

Lang = Literal["ko", "en", "zh"]
AnchorSource = Literal["dateline", "input", "option"]
Grain = Literal["century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "hour", "minute", "second"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    if TYPE_CHECKING:
        # Records travel as `dict[str, list[Record]]`, keyed by their file (RECORD_FILES); code
        # that takes them out reads the fields of that file's type (`id`, `doc_id`, `source`).
        def __getattr__(self, name: str) -> Any: ...

    def to_json(self) -> str:
        """One JSON line: UTF-8 text (no ASCII escapes), keys in field order, no spaces."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


class TextSpan(Record):
    """A stretch of the document text: `text == document.text[start:end]`."""
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class LangSpan(TextSpan):
    lang: str | None = Field(None, description="script language of the span: ko, en, zh")


class Dateline(Record):
    location: str | None = None
    date: str | None = Field(None, description="ISO YYYY-MM-DD, or null when the dateline has no full date")
    agency: str | None = Field(None, description="wire service named in the dateline, e.g. PRNewswire")
    text: str = Field(description="the dateline as written")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class InputRef(Record):
    """Where a document or error came from: the file and, for JSON-lines, the line number."""
    path: str
    line: int | None = None


class Document(Record):
    id: str
    source: str = Field(description="the input's path, or the id given in a JSON-lines input")
    lang: Lang
    text: str = Field(description="decoded input, Unicode NFC, line ends as \\n; all offsets index it")
    sha256: str = Field(description="sha256 of `text` encoded as UTF-8")
    dateline: Dateline | None = None
    title: str | None = None
    anchor: str | None = Field(None, description="date relative expressions were resolved against")
    anchor_source: AnchorSource | None = Field(
        None, description="where `anchor` came from: `dateline` (the dateline or issue-date field of the text), "
                          "`input` (the date given with the input: a JSON-lines `date`), `option` (the run's "
                          "--anchor, for documents that give no date); null when there is no anchor: the "
                          "document's relative dates (지난해, yesterday, 去年) have no value and date no event")
    input: InputRef
    format: Literal["txt", "md", "html", "jsonl"]
    encoding: str = Field(description="encoding the input was decoded from")


class Range(Record):
    start: str | None
    end: str | None


class Timex(Record):
    id: str
    doc_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(description="TIMEX3-style value; null for a relative expression with no anchor")
    grain: Grain | None = None
    anchor: str | None = None
    range: Range | None = None
    mod: str | None = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...")
    relative: bool = False
    in_name: bool = Field(False, description="the year belongs to the name of an edition, event or notice "
                                             "(`Gastech 2025`, `2025 드론쇼코리아`, `© 2025`): it dates the name, not a happening")


class Mention(TextSpan):
    pass


class Organisation(Record):
    id: str
    doc_id: str
    name: str
    lang: str | None = None
    english_name: str | None = None
    korean_name: str | None = None
    chinese_name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["company", "government", "research", "education", "zone", "other"] = "other"
    org_key: str
    mentions: list[Mention] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="which finders found it: alias, suffix, enumeration, gazetteer, model ...")


class Alias(Record):
    id: str
    doc_id: str
    name: LangSpan
    alias: LangSpan
    relation: Literal["transliteration", "translation", "acronym", "mixed"]
    score: float = Field(ge=0.0, le=1.0)


class Term(Record):
    """A bracket that translates a general term (`인공지능(AI)`, `반도체(semiconductor)`): kept
    apart from name aliases, for glossaries and search."""
    id: str
    doc_id: str
    term: LangSpan
    rendering: LangSpan
    relation: Literal["transliteration", "translation", "acronym", "mixed"]
    score: float = Field(ge=0.0, le=1.0)


class Trigger(TextSpan):
    lemma: str | None = None


class EventDate(Record):
    timex_id: str
    text: str
    value: str | None
    grain: str | None = None


class Participant(Record):
    org_id: str | None = None
    name: str
    role: Literal["subject", "object", "partner", "authority", "other"]


class Event(Record):
    id: str
    doc_id: str
    type: Literal["founding", "approval", "designation", "agreement", "launch", "investment",
                  "acquisition", "appointment", "award", "listing", "opening", "announcement", "meeting", "visit", "other"]
    trigger: Trigger
    date: EventDate
    participants: list[Participant] = Field(default_factory=list)
    sentence: TextSpan
    confidence: float = Field(ge=0.0, le=1.0)
    status: Literal["occurred", "planned", "negated"] = "occurred"


ErrorStage = Literal["ingest", "decode", "parse", "process", "write"]


class Error(Record):
    id: str
    doc_id: str | None = None
    source: str
    stage: ErrorStage
    code: str = Field(description="short stable word: decode, empty, too_large, bad_json, binary ...")
    message: str = Field(description="what went wrong and what to do about it")
    input: InputRef | None = None


class InputEntry(Record):
    path: str
    sha256: str | None
    bytes: int | None
    documents: int
    errors: int
    lines: dict[str, int] = Field(default_factory=dict, description="lines this input wrote to each file of the run "
                                                                   "(the files hold each input's lines together, in input order): "
                                                                   "what `presspipe run --resume` copies")


class Manifest(Record):
    tool: str = "presspipe"
    version: str
    schema_version: str = SCHEMA_VERSION
    options: dict
    started: str
    finished: str
    counts: dict[str, int]
    inputs: list[InputEntry]
    skipped: list[str] = Field(default_factory=list, description="files in walked folders passed over: by --exclude or "
                                                                 ".presspipeignore, not of a supported extension, or a "
                                                                 "folder holding a run (ends in /)")
    complete: bool = Field(True, description="false for a run that was interrupted: `inputs` lists the inputs it "
                                             "finished, and `presspipe run --resume` does the rest")


# The files of a run, in the order the contract lists them, with the model of each line.
RECORD_FILES: dict[str, type[Record]] = {
    "documents.jsonl": Document,
    "timexes.jsonl": Timex,
    "organisations.jsonl": Organisation,
    "aliases.jsonl": Alias,
    "events.jsonl": Event,
    "terms.jsonl": Term,
    "errors.jsonl": Error,
}

SCHEMA_MODELS: dict[str, type[Record]] = {
    "document": Document, "timex": Timex, "organisation": Organisation, "alias": Alias,
    "event": Event, "term": Term, "error": Error, "manifest": Manifest,
}


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts: the same input and version give the same id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"
