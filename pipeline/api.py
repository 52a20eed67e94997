"""The library's entry points: `extract` for one text, `process` for one decoded input.

The same `process` runs in the batch runner, in a worker process, in a Dask task and in tests;
it never touches files. Whatever goes wrong inside the stages for one document becomes an error
record for that document, not an exception that ends the run. A text longer than
`sections.SECTION_CHARS` is processed in sections cut at paragraph or sentence boundaries and
its findings merged, so a document of any size up to `--max-bytes` is one document with exact
offsets (spaCy alone refuses a text over 1,000,000 characters).
"""
from __future__ import annotations

import contextlib
import time
import traceback

from . import records as R
from .config import PipelineOptions
from .export import document_id, error_id, findings, findings_to_records, merge_findings
from .ingest.decode import IngestError, check_text
from .ingest.language import detect_lang
from .ingest.sources import SourceDoc
from .sections import SECTION_CHARS, cut_sections


class TimeLimitExceeded(Exception):
    """A document ran past its time limit (raised between sections, or by the batch worker's
    alarm in the middle of one)."""


def process(src: SourceDoc, options: PipelineOptions = PipelineOptions(), *,
            deadline: float | None = None, section_chars: int = SECTION_CHARS) -> dict[str, list[R.Record]]:
    """Run the pipeline on one decoded input: its records per output file (or one error).

    `deadline` (a `time.monotonic()` value) is checked between sections; past it the document
    becomes a `timeout` error. TimeLimitExceeded raised from inside (by the batch worker's alarm)
    is reported the same way.
    """
    # Imported here, not at the top: spaCy and the pipelines are the workers' business, and the
    # batch runner's own process (reading inputs, writing records) imports this module without them.
    from .nlp.build import get_nlp
    doc_id = document_id(src.source)
    try:
        check_text(src.text)
        lang = src.lang or detect_lang(src.text)
        nlp = get_nlp(lang, options)
        anchor, anchor_source = given_anchor(src, options)
        parts = []
        for start, end in cut_sections(src.text, section_chars):
            if deadline is not None and time.monotonic() > deadline:
                raise TimeLimitExceeded
            doc = nlp.make_doc(src.text[start:end])
            doc._.anchor, doc._.anchor_source = anchor, anchor_source
            # The dateline stands at the top of a release: later sections have none, and take
            # the anchor the first one found.
            with nlp.select_pipes(disable="presspipe_dateline") if start else contextlib.nullcontext():
                doc = nlp(doc)
            parts.append(findings(doc, start))
            anchor, anchor_source = doc._.anchor, doc._.anchor_source
            del doc
        found = parts[0] if len(parts) == 1 else merge_findings(parts)
        return findings_to_records(src.text, found, doc_id=doc_id, source=src.source, lang=lang, fmt=src.format,
                                   encoding=src.encoding, path=src.path, line=src.line, title=src.title)
    except IngestError as exc:
        return error_bundle(src, exc.stage, exc.code, exc.message)
    except TimeLimitExceeded:
        return timeout_bundle(src)
    except Exception as exc:  # one bad document must not end the batch
        err: BaseException = exc
        if isinstance(exc.__cause__, KeyError) and "[E109]" in str(exc):
            err = exc.__cause__  # spaCy calls a KeyError in a stage "not initialised": report the KeyError
        where = traceback.extract_tb(err.__traceback__)[-1]
        message = (f"presspipe failed on this document ({type(err).__name__}: {err} at "
                   f"{where.filename.rsplit('/', 1)[-1]}:{where.lineno}); the rest of the run is fine. "
                   "Please report it with this input attached.")
        return error_bundle(src, "process", "internal", message)


def given_anchor(src: SourceDoc, options: PipelineOptions) -> tuple[str | None, R.AnchorSource | None]:
    """The anchor a document starts with, and where it came from: the date given with the input,
    else the run's `anchor` option. The dateline stage replaces it with the dateline's date."""
    if src.date:
        return src.date[:10], "input"
    if options.anchor:
        return options.anchor, "option"
    return None, None


def error_bundle(src: SourceDoc, stage: R.ErrorStage, code: str, message: str) -> dict[str, list[R.Record]]:
    """The one error record that stands for the document `src`."""
    err = R.Error(id=error_id(src.path, src.line, code), doc_id=None, source=src.source, stage=stage,
                  code=code, message=message, input=R.InputRef(path=src.path, line=src.line))
    return {"errors.jsonl": [err]}


def timeout_bundle(src: SourceDoc, limit: float | None = None) -> dict[str, list[R.Record]]:
    took = f"over its limit of {limit:g} s" if limit else "over its time limit"
    return error_bundle(src, "process", "timeout",
                        f"processing this document ran {took} ({len(src.text):,} characters) and was "
                        "stopped; the rest of the run is fine. Raise --time-limit if the document is "
                        "simply long, or report it with this input attached if it is not")


def extract(text: str, lang: str | None = None, anchor: str | None = None, source: str = "<text>",
            options: PipelineOptions = PipelineOptions()) -> dict[str, list[R.Record]]:
    """Records for one text, as `presspipe run` would write them (keys are the output files).

    `anchor` is the text's own date (as a JSON-lines input's `date`): relative dates resolve
    against it unless the text has a dated dateline; `options.anchor` is the fallback of a run,
    for texts that give no date at all.
    """
    from .ingest.decode import normalise
    src = SourceDoc(source=source, text=normalise(text), format="txt", encoding="utf-8", path=source,
                    lang=lang, date=anchor)
    return process(src, options)
