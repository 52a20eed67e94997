"""The `presspipe` command line: thin, it parses options, calls the library and sets the exit
status (0 done, 1 done with errors or differences, 2 usage error)."""
from __future__ import annotations

import json
import os
import sys

import click

from . import __version__
from .stages.organisations.gazetteer import KINDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="presspipe")
def main() -> None:
    """Press releases (Korean, English, Chinese) to validated JSON-lines records."""


# Each command's `short_help` is its line in `presspipe --help`, which click would otherwise cut
# from the docstring at the terminal's width (tests/test_cli.py checks they fit 80 columns).
@main.command(short_help="Process files and folders into a run folder of JSON lines.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--outdir", required=True, type=click.Path(file_okay=False), help="Folder to write the run into.")
@click.option("--prefer", type=click.Choice(["past", "future", "nearest"]), default="nearest", show_default=True,
              help="Direction for dates the text leaves open.")
@click.option("--anchor", default=None, metavar="DATE",
              help="ISO date (2025-03-04) that relative dates (지난해, yesterday, 去年) resolve against in documents "
                   "that give no date of their own: no `date` with the input and no dated dateline "
                   "[default: none: their relative dates get no value, and the run warns].")
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False), default=None,
              help="File of organisation names you know (UTF-8, # comments): a name per line, optionally "
                   f"TAB kind TAB key; kind is one of {', '.join(sorted(KINDS))} (default other), key the "
                   "org_key to give it (the same key joins names in other scripts).")
@click.option("--ner-model", default=None, metavar="NAME",
              help="An installed spaCy pipeline (package name or folder) whose ORG entities are added.")
@click.option("--no-model", is_flag=True, help="Do not run the shipped entity models (Korean, English, Chinese): rules only.")
@click.option("--model-policy", type=click.Choice(["rules_first", "model_first"]), default="rules_first",
              show_default=True, help="Whose span boundaries win where rules and model overlap.")
@click.option("--encoding", default=None, help="Force the encoding of every input (e.g. cp949, utf-16-le).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
              help="Inputs larger than this become `too_large` errors.")
@click.option("--stdin-format", type=click.Choice(["txt", "md", "html", "jsonl"]), default="txt", show_default=True,
              help="Format of standard input when an input is `-`.")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="In walked folders, pass over paths matching GLOB, a .gitignore pattern relative to the "
                   "folder (`drafts/`, `*.md`); .presspipeignore files hold more, with .gitignore's rules.")
@click.option("-w", "--workers", type=click.IntRange(min=0), default=None,
              help="Worker processes [default: one per core]; 0 processes in this process.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where documents are processed: local processes, or a Dask cluster (pip install presspipe[dask]).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler's address (tcp://host:8786); without it, a local cluster "
                   "of --workers processes.")
@click.option("--resume", is_flag=True,
              help="OUTDIR holds an earlier (perhaps interrupted) run: process only the inputs it lacks.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=600.0, show_default=True, metavar="SECONDS",
              help="Per document: past it the document becomes a `timeout` error (0: no limit).")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also load the run into this database as documents finish (see `presspipe load`).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", count=True, help="Say what happens to each input (-vv: and each skipped file).")
def run(inputs, outdir, prefer, anchor, gazetteer, ner_model, no_model, model_policy, encoding, max_bytes, stdin_format,
        exclude, workers, engine, scheduler, resume, time_limit, db_url, quiet, verbose):
    """Process INPUTS (files, folders, `-` for standard input) into OUTDIR.

    Every input becomes a document or an error record; the exit status is 0 when all became
    documents, 1 when any became an error (all else is still written), 2 for a usage error and
    130 when the run was interrupted (Ctrl-C, SIGTERM): the inputs it finished are kept, and
    `--resume` does the rest.
    """
    import codecs

    from .batch.engines import WorkerError
    from .batch.progress import Reporter, summary_line
    from .batch.resume import ResumeError
    from .batch.runner import RunInterrupted
    from .batch.runner import run as run_batch
    from .config import PipelineOptions, is_iso_date
    from .stages.organisations.gazetteer import GazetteerError, load_gazetteer

    _configure_logging(quiet, verbose)
    if anchor is not None and not is_iso_date(anchor):
        raise click.BadParameter(f"{anchor!r} is not a calendar date written YYYY-MM-DD (e.g. 2025-03-04)",
                                 param_hint="--anchor")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding")
    if gazetteer:
        try:
            load_gazetteer(gazetteer)
        except GazetteerError as exc:
            raise click.BadParameter(str(exc), param_hint="--gazetteer")
    if ner_model:
        from .stages.organisations.user_model import ModelError, load_user_model
        try:
            load_user_model(ner_model)
        except ModelError as exc:
            raise click.BadParameter(str(exc), param_hint="--ner-model")
        if os.path.isdir(ner_model):
            ner_model = os.path.abspath(ner_model)
    if scheduler and engine != "dask":
        raise click.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise click.UsageError("--engine dask needs Dask: pip install 'presspipe[dask]'")
    if workers is None:
        workers = os.cpu_count() or 1
    options = PipelineOptions(prefer=prefer, gazetteer=os.path.abspath(gazetteer) if gazetteer else None,
                              ner_model=ner_model, use_model=not no_model, model_policy=model_policy, anchor=anchor)
    reporter = Reporter(bar=not quiet)
    sink = _database_sink(db_url) if db_url else None
    from .db import DbError
    try:
        result = run_batch(list(inputs), outdir, options=options, max_bytes=max_bytes, encoding=encoding,
                           stdin_format=stdin_format, exclude=tuple(exclude), workers=workers, engine=engine,
                           scheduler=scheduler, resume=resume, time_limit=time_limit or None, reporter=reporter,
                           sink=sink)
    except ResumeError as exc:
        raise click.UsageError(str(exc))
    except WorkerError as exc:
        raise click.ClickException(str(exc))
    except DbError as exc:
        raise click.ClickException(f"{exc}" + (f"\nThe run's files are in {outdir}: load them with `presspipe load "
                                               f"{outdir} --db URL`." if sink.files_written else ""))
    except RunInterrupted as exc:
        r = exc.result
        where = (f"the {r.inputs} input(s) finished are in {outdir}; rerun with --resume to do the rest"
                 if r.committed else f"{outdir} holds the earlier run, as it was")
        click.echo(f"presspipe: interrupted; {where}" + ("; nothing was loaded into the database" if sink else ""),
                   err=True)
        sys.exit(130)
    if not quiet:
        click.echo(summary_line(result, reporter), err=True)
        if sink:
            click.echo(sink.result.summary(), err=True)
    if result.counts.get("errors"):
        click.echo(f"{result.counts['errors']} input(s) or line(s) could not be processed; "
                   f"see {os.path.join(outdir, 'errors.jsonl')}", err=True)
    sys.exit(result.exit_code)


def _configure_logging(quiet: bool, verbose: int) -> None:
    """presspipe's log lines go to standard error: warnings by default, each input with -v."""
    import logging
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    log = logging.getLogger("presspipe")
    log.setLevel(level)
    for h in [h for h in log.handlers if h.get_name() == "presspipe"]:
        log.removeHandler(h)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("presspipe: %(message)s"))
    handler.set_name("presspipe")
    log.addHandler(handler)
    log.propagate = False


def _db_url(db_url):
    from .db import DbUrlError, parse_url

    try:
        return parse_url(db_url)
    except DbUrlError as exc:
        raise click.BadParameter(str(exc), param_hint="--db")


def _database_sink(db_url):
    """Connect and check the schema before the run does any work."""
    from .db import DatabaseSink, DbError

    try:
        return DatabaseSink(_db_url(db_url))
    except DbError as exc:
        raise click.ClickException(str(exc))


@main.command(short_help="Load a run into SQLite or PostgreSQL, in one transaction.")
@click.argument("outdir", required=False, type=click.Path(file_okay=False))
@click.option("--db", "db_url", required=True, metavar="URL",
              help="sqlite:///path.db (a file, made if missing) or postgresql://user:password@host:port/dbname.")
@click.option("--migrate", is_flag=True, help="Migrate an older database to this presspipe's schema first "
                                              "(back it up before); without OUTDIR, only migrate.")
def load(outdir, db_url, migrate):
    """Load the run in OUTDIR into a database, in one transaction.

    Loading a run twice changes nothing; a newer run replaces the records of the documents it
    contains and leaves the others alone. On any error nothing is changed (exit status 1).
    """
    from .db import DbError, load_run, migrate_database

    url = _db_url(db_url)
    if outdir is None and not migrate:
        raise click.UsageError("give the OUTDIR of a run to load (or --migrate alone to migrate the database)")
    try:
        result = load_run(outdir, url, migrate=migrate) if outdir else migrate_database(url)
    except DbError as exc:
        raise click.ClickException(str(exc))
    click.echo(result.summary(), err=True)


@main.command(short_help="Temporal expressions in texts, normalised, as JSON lines.")
@click.argument("texts", nargs=-1)
@click.option("--lang", type=click.Choice(["ko", "en", "zh", "auto"]), default="auto", show_default=True,
              help="Language of the texts; auto detects it for each text.")
@click.option("--anchor", default=None, metavar="ISO",
              help="ISO date or datetime that relative expressions (지난해, last Tuesday, 去年) resolve against "
                   "[default: none: they are found, with no value].")
@click.option("--prefer", type=click.Choice(["past", "future", "nearest"]), default="nearest", show_default=True,
              help="Direction for dates the text leaves open (a month or weekday without a year).")
def dates(texts, lang, anchor, prefer):
    """Temporal expressions in TEXTS (or in each line of standard input), one JSON line each."""
    import datetime as dt

    from .ingest.language import detect_lang
    from .stages.dates.engine import find_timexes

    if anchor:
        try:
            dt.datetime.fromisoformat(anchor)
        except ValueError:
            raise click.BadParameter(f"{anchor!r} is not an ISO date or datetime (e.g. 2025-02-20)",
                                     param_hint="--anchor")
    lines = texts or (line.rstrip("\n") for line in sys.stdin)
    for text in lines:
        language = detect_lang(text) if lang == "auto" else lang
        found = find_timexes(text, language, anchor=anchor, prefer=prefer)
        click.echo(json.dumps({"text": text, "timexes": found}, ensure_ascii=False))


@main.command(short_help="Check a run's records against their models and texts.")
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
def validate(outdir):
    """Check every record of a run against its model and every span against its text."""
    from .review.validate import validate_run

    problems = validate_run(outdir)
    for p in problems:
        click.echo(str(p))
    click.echo(f"{len(problems)} problem(s) in {outdir}" if problems else f"{outdir}: valid", err=True)
    sys.exit(1 if problems else 0)


@main.command(short_help="Records added, removed and changed between two runs.")
@click.argument("old", type=click.Path(exists=True, file_okay=False))
@click.argument("new", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
              help="Also write a page with the changes marked in each document's text.")
def diff(old, new, as_json, html_path):
    """Records added, removed and changed between two runs (exit 1 when they differ)."""
    from .review.diff import diff_runs, format_diff, has_differences

    d = diff_runs(old, new)
    click.echo(json.dumps(d, ensure_ascii=False, indent=1) if as_json else format_diff(d))
    if html_path:
        from .review.pages import diff_page, write
        write(html_path, diff_page(old, new))
        click.echo(f"page: {html_path}", err=True)
    sys.exit(1 if has_differences(d) else 0)


@main.command(name="eval", short_help="Precision, recall and F1 of a run against gold.")
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@click.option("--gold", required=True, type=click.Path(exists=True),
              help="Folder or file of *.gold.json release gold, or a KLUE-style gold.jsonl of spans.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--show-errors", is_flag=True, help="List the misses and extras.")
@click.option("--part", default=None, metavar="NAME",
              help="Only the gold documents that split.tsv beside the gold folder puts in part NAME (tune, test).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
              help="Also write a page: the scores as tables and charts, every miss and extra in its sentence.")
def evaluate(outdir, gold, as_json, show_errors, part, html_path):
    """Precision, recall and F1 per record type against gold annotations."""
    from .review.evaluate import evaluate as run_eval

    try:
        result = run_eval(outdir, gold, part, cases=bool(html_path))
    except ValueError as exc:
        raise click.UsageError(str(exc))
    if html_path:
        from .review.pages import eval_page, write
        write(html_path, eval_page(result, outdir, gold, part))
        result.pop("cases")
        click.echo(f"page: {html_path}", err=True)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    errors = result.pop("errors", {})
    by_lang = result.pop("by_language", {})
    for k, v in result.items():
        if isinstance(v, dict) and "f1" in v:
            click.echo(f"{k:18s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
                       f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})")
        elif isinstance(v, dict) and "consistent" in v:
            click.echo(f"{k:18s} consistent across releases={v['accuracy']:.3f} ({v['consistent']}/{v['groups']})")
            if show_errors:
                for line in v["split"]:
                    click.echo(f"  split  org_key: {line}")
        elif isinstance(v, dict) and "accuracy" in v:
            click.echo(f"{k:18s} accuracy={v['accuracy']:.3f} ({v['found']}/{v['gold']})"
                       + "".join(f"  [{lang}] {a['accuracy']:.3f} ({a['found']}/{a['gold']})" for lang, a in v.get("by_language", {}).items()))
        else:
            click.echo(f"{k:18s} {v}")
    for lang, scores in by_lang.items():
        click.echo(f"[{lang}] " + "  ".join(f"{k} F1={v['f1']:.3f}" for k, v in scores.items()))
    if show_errors:
        for kind, e in errors.items():
            for m in e["missed"]:
                click.echo(f"  missed {kind}: {m}")
            for x in e["extra"]:
                click.echo(f"  extra  {kind}: {x}")


@main.command(short_help="An HTML page of documents with their findings marked.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--title", default=None, help="The page's title.")
@click.option("--no-model", is_flag=True, help="When INPUTS are run now: without the trained Korean entity model.")
def show(inputs, output, title, no_model):
    """A page of documents with their organisations, aliases, dates and events marked.

    INPUTS is the OUTDIR of a run, or files and folders (as for `run`), which are run now. The
    exit status is 1 when an input became an error (the page is still written).
    """
    from .config import PipelineOptions
    from .review.pages import show_inputs, write

    html, status = show_inputs(list(inputs), PipelineOptions(use_model=not no_model), title)
    write(output, html)
    click.echo(f"page: {output}", err=True)
    sys.exit(status)


@main.command(short_help="Write the JSON Schema of every record type.")
@click.option("-o", "--outdir", default="schemas", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write the schemas into (made if missing).")
def schema(outdir):
    """Write the JSON Schema of every record, one file per record type, into the folder -o
    names, generated from the pydantic models."""
    from .schemas import write_schemas

    for path in write_schemas(outdir):
        click.echo(path)


if __name__ == "__main__":
    main()
