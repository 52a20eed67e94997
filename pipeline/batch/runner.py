"""A batch run: inputs in, records out, every input accounted for.

Each input file becomes documents or error records (a JSON-lines file may give both); the run
goes on past any bad input. Inputs are taken in sorted order and written as they finish, so
memory stays flat in the batch size and two runs over the same inputs write the same bytes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import __version__
from .. import records as R
from ..api import process
from ..config import PipelineOptions
from ..export import document_id, error_id
from ..ingest.sources import DEFAULT_MAX_BYTES, Problem, read_inputs
from .writer import RunWriter


@dataclass
class RunResult:
    outdir: str
    counts: dict[str, int]
    error_sources: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every input became a document, 1 when some became errors."""
        return 1 if self.counts.get("errors") else 0


def problem_record(p: Problem) -> R.Error:
    return R.Error(id=error_id(p.path, p.line, p.code), doc_id=None, source=p.source, stage=p.stage,
                   code=p.code, message=p.message, input=R.InputRef(path=p.path, line=p.line))


def run(inputs: list[str], outdir: str, options: PipelineOptions = PipelineOptions(),
        max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None, stdin_format: str = "txt",
        exclude: tuple[str, ...] = (), progress=None) -> RunResult:
    started = _now()
    writer = RunWriter(outdir)
    entries: list[R.InputEntry] = []
    errors: list[str] = []
    seen_ids: dict[str, str] = {}
    skipped: list[str] = []
    try:
        for infile in read_inputs(inputs, max_bytes=max_bytes, encoding=encoding, stdin_format=stdin_format,
                                  exclude=exclude, skipped=skipped, outdir=outdir):
            n_docs = n_errs = 0
            for item in infile.items:
                if isinstance(item, Problem):
                    bundle = {"errors.jsonl": [problem_record(item)]}
                else:
                    doc_id = document_id(item.source)
                    here = item.path + (f" line {item.line}" if item.line else "")
                    if doc_id in seen_ids:
                        bundle = {"errors.jsonl": [problem_record(Problem(
                            item.source, "duplicate_id", f"the id {item.source!r} of {here} was already used by "
                            f"{seen_ids[doc_id]}; a document id names one document in the whole run, across "
                            "files: give every document its own id", "parse", item.path, item.line))]}
                    else:
                        seen_ids[doc_id] = here
                        bundle = process(item, options)
                if bundle.get("errors.jsonl"):
                    n_errs += len(bundle["errors.jsonl"])
                    errors.extend(e.source for e in bundle["errors.jsonl"])
                n_docs += len(bundle.get("documents.jsonl", []))
                writer.write(bundle)
            entries.append(R.InputEntry(path=infile.path, sha256=infile.sha256, bytes=infile.size,
                                        documents=n_docs, errors=n_errs))
            if progress:
                progress(infile.path, n_docs, n_errs)
        manifest = R.Manifest(
            version=__version__,
            options={"inputs": list(inputs), **options.as_dict(), "max_bytes": max_bytes, "encoding": encoding,
                     "exclude": list(exclude)},
            started=started, finished=_now(), counts=dict(writer.counts), inputs=entries, skipped=skipped)
        writer.commit(manifest)
    except BaseException:
        writer.abort()
        raise
    return RunResult(outdir, dict(writer.counts), errors)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
