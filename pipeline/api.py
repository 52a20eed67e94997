"""The library's entry points: `extract` for one text, `process` for one decoded input.

The same `process` runs in the batch runner, in a worker process and in tests; it never touches
files. Whatever goes wrong inside the stages for one document becomes an error record for that
document, not an exception that ends the run.
"""
from __future__ import annotations

import traceback

from . import records as R
from .config import PipelineOptions
from .export import doc_to_records, document_id
from .ingest.language import detect_lang
from .ingest.sources import SourceDoc
from .nlp.build import get_nlp


def process(src: SourceDoc, options: PipelineOptions = PipelineOptions()) -> dict[str, list[R.Record]]:
    """Run the pipeline on one decoded input: its records per output file (or one error)."""
    doc_id = document_id(src.source)
    try:
        lang = src.lang or detect_lang(src.text)
        nlp = get_nlp(lang, options)
        doc = nlp.make_doc(src.text)
        doc._.anchor = src.date[:10] if src.date else None
        for _, stage in nlp.pipeline:
            doc = stage(doc)
        return doc_to_records(doc, doc_id=doc_id, source=src.source, lang=lang, fmt=src.format,
                              encoding=src.encoding, path=src.path, line=src.line, title=src.title)
    except Exception as exc:  # one bad document must not end the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        message = (f"presspipe failed on this document ({type(exc).__name__}: {exc} at "
                   f"{where.filename.rsplit('/', 1)[-1]}:{where.lineno}); the rest of the run is fine. "
                   "Please report it with this input attached.")
        err = R.Error(id=R.stable_id("err", src.source, src.line, "internal"), doc_id=None, source=src.source,
                      stage="process", code="internal", message=message,
                      input=R.InputRef(path=src.path, line=src.line))
        return {"errors.jsonl": [err]}


def extract(text: str, lang: str | None = None, anchor: str | None = None, source: str = "<text>",
            options: PipelineOptions = PipelineOptions()) -> dict[str, list[R.Record]]:
    """Records for one text, as `presspipe run` would write them (keys are the output files)."""
    from .ingest.decode import normalise
    src = SourceDoc(source=source, text=normalise(text), format="txt", encoding="utf-8", path=source,
                    lang=lang, date=anchor)
    return process(src, options)
