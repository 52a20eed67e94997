"""Loading runs into a database: idempotent, transactional, one input source at a time.

The unit of replacement is the input source (a file, or an id in a JSON-lines input): its
document with every record that points at it, and its error records. A load compares each
source's records with what the database holds, by a digest of their JSON lines:

- new source: written;
- changed (a newer extraction): its old rows are deleted (the document's records go with it, by
  ON DELETE CASCADE) and the new ones written, so a document reprocessed with fewer events loses
  the old ones;
- unchanged: left as it is, rows and `run_id` alike, so loading a run twice changes nothing;
- written by a run that started later than this one: kept, so loading an old run after a new
  one does not undo it.

Sources the run does not contain are left alone. Everything happens in one transaction: the run's
row in `runs`, any schema migration, every delete and insert; an error anywhere rolls all of it
back. `load_run` reads a finished run folder (checked with `presspipe validate` first);
`DatabaseSink` is fed the runner's bundles as documents finish (`presspipe run --db`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from pydantic import ValidationError

from .. import __version__
from .. import records as R
from . import migrations as M
from .engines import Database, connect
from .rows import RECORD_TABLES, run_id, run_row, table_rows
from .url import DbError, DbUrl, parse_url

BATCH_ROWS = 1000   # rows per executemany: large enough to amortise round trips, small enough to stream
IN_LIST_SIZE = 500  # sources per `IN (...)` query; SQLite allows 32,766 parameters, PostgreSQL 65,535


@dataclass
class LoadResult:
    url: str
    run_id: str
    sources: Counter = field(default_factory=Counter)   # new, changed, unchanged, kept
    rows: Counter = field(default_factory=Counter)      # rows written per table
    migrated: list[str] = field(default_factory=list)   # migration steps applied
    seconds: float = 0.0

    def summary(self) -> str:
        s = self.sources
        lines = []
        if self.migrated:
            lines.append(f"{self.url}: migrated " + ", ".join(self.migrated))
        if not self.run_id:
            return "\n".join(lines) or f"{self.url}: the schema is up to date"
        lines.append(f"run {self.run_id} -> {self.url}: sources {s['new']} new, {s['changed']} changed, "
                     f"{s['unchanged']} unchanged, {s['kept']} kept (a newer run wrote them); {self.seconds:.2f} s")
        lines.append("rows written: " + " ".join(f"{t}={self.rows[t]}" for t in RECORD_TABLES))
        return "\n".join(lines)


class Loader:
    """One load into one database: connect, check (or migrate) the schema, one transaction."""

    def __init__(self, url: str | DbUrl, migrate: bool = False, migrations: str | None = None):
        self.url = parse_url(url) if isinstance(url, str) else url
        self.steps = M.available(self.url.engine, migrations)
        self.migrate = migrate
        self.db: Database            # connected by __enter__
        self.result: LoadResult      # made by __enter__
        self.run_id = ""
        self.started: dt.datetime    # the run's start, set by begin_run

    def __enter__(self) -> Loader:
        self.db = connect(self.url)
        self._tx = self.db.transaction()
        try:
            self._tx.__enter__()
            applied = M.ensure_current(self.db, self.steps, self.migrate, _now(), str(self.url))
        except BaseException as exc:
            self._tx.__exit__(type(exc), exc, exc.__traceback__)
            self.db.close(failed=True)
            raise _as_db_error(exc, self.url) from None
        self.result = LoadResult(str(self.url), "", migrated=[f"{s.version:04d}_{s.name}" for s in applied])
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._tx.__exit__(exc_type, exc, tb)
        except BaseException as commit_exc:
            self.db.close(failed=True)
            raise _as_db_error(commit_exc, self.url) from None
        self.db.close(failed=exc is not None)
        if self.result:
            self.result.seconds = time.perf_counter() - self._t0
        if exc is not None and not isinstance(exc, (DbError, KeyboardInterrupt)) and isinstance(exc, Exception):
            raise _as_db_error(exc, self.url) from exc

    # -- the run --------------------------------------------------------------------------------

    def begin_run(self, manifest: dict) -> None:
        """The run's row (kept as it is when this run was loaded before)."""
        self.run_id = self.result.run_id = run_id(manifest)
        self.started = _parse_time(manifest["started"])
        self._insert("runs", [run_row(self.run_id, manifest, _now())], on_conflict="run_id")

    def finish_run(self, manifest: dict) -> None:
        """What is known only at the end of a run loaded as it goes."""
        row = run_row(self.run_id, manifest, "")
        cols = ("finished", "counts", "inputs", "skipped")
        self.db.execute(f"UPDATE runs SET {', '.join(f'{c} = {self.db.param}' for c in cols)} "
                        f"WHERE run_id = {self.db.param}", [row[c] for c in cols] + [self.run_id])

    # -- sources --------------------------------------------------------------------------------

    def decide(self, digests: dict[str, str]) -> dict[str, str]:
        """new / changed / unchanged / kept for each source, against what the database holds."""
        held = {}
        names = sorted(digests)
        for i in range(0, len(names), IN_LIST_SIZE):
            chunk = names[i:i + IN_LIST_SIZE]
            held.update({src: (sha, _parse_time(started)) for src, sha, started in self.db.execute(
                f"SELECT s.source, s.records_sha256, r.started FROM sources s JOIN runs r ON r.run_id = s.run_id "
                f"WHERE s.source IN ({self.db.placeholders(len(chunk))})", chunk)})
        decisions = {}
        for src in names:
            if src not in held:
                decisions[src] = "new"
            elif held[src][0] == digests[src]:
                decisions[src] = "unchanged"
            elif held[src][1] > self.started:
                decisions[src] = "kept"
            else:
                decisions[src] = "changed"
        self.result.sources.update(decisions.values())
        return decisions

    def clear(self, sources: Iterable[str]) -> None:
        """Delete what the database holds of SOURCES: documents (their records go with them),
        errors, and the sources' own rows."""
        params = [(s,) for s in sources]
        if params:
            for table in ("errors", "documents", "sources"):
                self.db.executemany(f"DELETE FROM {table} WHERE source = {self.db.param}", params)

    def mark(self, digests: dict[str, tuple[str | None, str]]) -> None:
        """Record SOURCE -> (doc_id, digest) as written by this run."""
        self._insert("sources", [{"source": s, "run_id": self.run_id, "doc_id": d, "records_sha256": sha}
                                 for s, (d, sha) in sorted(digests.items())])

    def redigest(self, source: str, sha: str) -> None:
        self.db.execute(f"UPDATE sources SET records_sha256 = {self.db.param} WHERE source = {self.db.param}",
                        (sha, source))

    def insert_records(self, name: str, records: Iterable[R.Record]) -> None:
        """Rows of the records of run file NAME, in batches, parents before children."""
        pending: dict[str, list[dict]] = {}
        for rec in records:
            for table, row in table_rows(name, rec, self.run_id):
                pending.setdefault(table, []).append(row)
            if sum(len(v) for v in pending.values()) >= BATCH_ROWS:
                self._flush(pending)
        self._flush(pending)

    def _flush(self, pending: dict[str, list[dict]]) -> None:
        for table in [t for t in RECORD_TABLES if t in pending]:
            self._insert(table, pending.pop(table))

    def _insert(self, table: str, rows: list[dict], on_conflict: str | None = None) -> None:
        if not rows:
            return
        cols = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({self.db.placeholders(len(cols))})"
        if on_conflict:
            sql += f" ON CONFLICT ({on_conflict}) DO NOTHING"
        self.db.executemany(sql, [tuple(r[c] for c in cols) for r in rows])
        if table in RECORD_TABLES:
            self.result.rows[table] += len(rows)


# -- a run folder ---------------------------------------------------------------------------------

def load_run(outdir: str, url: str | DbUrl, migrate: bool = False, migrations: str | None = None) -> LoadResult:
    """Load the finished run in OUTDIR into the database at URL; see the module docstring."""
    url = parse_url(url) if isinstance(url, str) else url
    manifest = check_run(outdir)
    digests, doc_sources = digest_run(outdir)
    with Loader(url, migrate, migrations) as loader:
        loader.begin_run(manifest)
        decisions = loader.decide({s: sha for s, (_, sha) in digests.items()})
        write = {s for s, d in decisions.items() if d in ("new", "changed")}
        loader.clear(sorted(s for s in write if decisions[s] == "changed"))
        for name, model in R.RECORD_FILES.items():
            loader.insert_records(name, (rec for rec in read_records(outdir, name, model)
                                         if source_of(rec, doc_sources) in write))
        loader.mark({s: digests[s] for s in write})
    return loader.result


def migrate_database(url: str | DbUrl, migrations: str | None = None) -> LoadResult:
    """Bring the database to this presspipe's schema without loading anything."""
    with Loader(url, migrate=True, migrations=migrations) as loader:
        pass
    return loader.result


def check_run(outdir: str) -> dict:
    """The run's manifest, once the folder is known to hold a finished, valid run this presspipe
    can read; else a DbError that says what to do."""
    from ..review.validate import validate_run

    if not os.path.isdir(outdir):
        raise DbError(f"{outdir}: no such folder; give the OUTDIR of a `presspipe run`")
    mpath = os.path.join(outdir, "manifest.json")
    if not os.path.exists(mpath):
        raise DbError(f"{outdir} has no manifest.json: it is not a finished presspipe run (an interrupted run "
                      f"writes none); run `presspipe run ... -o {outdir}` again")
    try:
        with open(mpath, encoding="utf-8") as f:
            manifest = json.load(f)
        version = tuple(int(x) for x in str(manifest["schema_version"]).split("."))
    except (ValueError, KeyError, TypeError) as exc:
        raise DbError(f"{mpath} is not a presspipe manifest ({exc}); run `presspipe validate {outdir}`") from None
    current = tuple(int(x) for x in R.SCHEMA_VERSION.split("."))
    if version[0] != current[0] or version > current:
        raise DbError(f"{outdir} holds records of schema {manifest['schema_version']}; this presspipe reads "
                      f"{current[0]}.x up to {R.SCHEMA_VERSION}: load it with the presspipe that wrote it "
                      f"({manifest.get('version')}) or newer")
    problems = validate_run(outdir)
    if problems:
        shown = "; ".join(str(p) for p in problems[:3])
        raise DbError(f"{outdir} is not a valid run ({len(problems)} problem(s): {shown}"
                      f"{' ...' if len(problems) > 3 else ''}); see `presspipe validate {outdir}`; nothing was loaded")
    return manifest


def read_records(outdir: str, name: str, model: type[R.Record]) -> Iterator[R.Record]:
    path = os.path.join(outdir, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            try:
                yield model.model_validate_json(line)
            except ValidationError as exc:  # the folder changed since it was validated
                raise DbError(f"{path}:{n}: {exc.errors()[0]['msg']}; nothing was loaded") from None


def digest_run(outdir: str) -> tuple[dict[str, tuple[str | None, str]], dict[str, str]]:
    """source -> (doc_id, sha256 of its records' lines), and doc_id -> source."""
    hashers: dict[str, hashlib._Hash] = {}
    doc_ids: dict[str, str | None] = {}
    doc_sources: dict[str, str] = {}
    for name, model in R.RECORD_FILES.items():
        for rec in read_records(outdir, name, model):
            if isinstance(rec, R.Document):
                doc_sources[rec.id] = rec.source
                doc_ids[rec.source] = rec.id
            src = source_of(rec, doc_sources)
            hashers.setdefault(src, hashlib.sha256()).update(_digest_line(name, rec))
    return {s: (doc_ids.get(s), h.hexdigest()) for s, h in hashers.items()}, doc_sources


def source_of(rec: R.Record, doc_sources: dict[str, str]) -> str:
    if isinstance(rec, (R.Document, R.Error)):
        return rec.source
    return doc_sources[rec.doc_id]


def _digest_line(name: str, rec: R.Record) -> bytes:
    return f"{name}\t{rec.to_json()}\n".encode()


# -- a run as it goes -----------------------------------------------------------------------------

class DatabaseSink:
    """Loads a run's bundles as the runner writes them (`presspipe run --db`), in one transaction
    that commits after the run's files are in place. Connects and checks the schema when made, so
    a bad URL or an old database stops the run before any work."""

    def __init__(self, url: str | DbUrl, migrate: bool = False, migrations: str | None = None):
        self.loader = Loader(url, migrate, migrations).__enter__()
        self.open = True
        self.files_written = False
        self.done: set[str] = set()   # sources this load has already written or found unchanged
        self.skipped: set[str] = set()  # sources a newer run holds

    def begin(self, started: str, options: dict) -> None:
        with self._guard():
            self.loader.begin_run({"tool": "presspipe", "version": __version__,
                                   "schema_version": R.SCHEMA_VERSION, "options": options, "started": started})

    def write(self, bundle: dict[str, list[R.Record]]) -> None:
        with self._guard():
            self._write(bundle)

    @contextmanager
    def _guard(self):
        """An error while loading rolls the load back and says so as a DbError."""
        try:
            yield
        except BaseException as exc:
            if self.open:
                self.open = False
                try:
                    self.loader.__exit__(type(exc), exc, exc.__traceback__)
                except DbError as wrapped:
                    raise wrapped from None
            raise

    def _write(self, bundle: dict[str, list[R.Record]]) -> None:
        doc_sources = {d.id: d.source for d in bundle.get("documents.jsonl", [])}
        doc_ids = {d.source: d.id for d in bundle.get("documents.jsonl", [])}
        by_source: dict[str, dict[str, list[R.Record]]] = {}
        for name in R.RECORD_FILES:
            for rec in bundle.get(name, []):
                by_source.setdefault(source_of(rec, doc_sources), {}).setdefault(name, []).append(rec)
        fresh = {}
        for src, recs in by_source.items():
            h = hashlib.sha256()
            for name, items in recs.items():
                for rec in items:
                    h.update(_digest_line(name, rec))
            if src in self.done:  # a second bundle of one source: a duplicate id's error after its document
                self._insert(recs)
                self.loader.redigest(src, h.hexdigest() + "+")
            elif src not in self.skipped:
                fresh[src] = (doc_ids.get(src), h.hexdigest())
        if not fresh:
            return
        decisions = self.loader.decide({s: sha for s, (_, sha) in fresh.items()})
        write = [s for s in fresh if decisions[s] in ("new", "changed")]
        self.loader.clear([s for s in write if decisions[s] == "changed"])
        for src in write:
            self._insert(by_source[src])
        self.loader.mark({s: fresh[s] for s in write})
        self.done.update(s for s in fresh if decisions[s] != "kept")
        self.skipped.update(s for s in fresh if decisions[s] == "kept")

    def _insert(self, recs: dict[str, list[R.Record]]) -> None:
        for name in R.RECORD_FILES:
            if recs.get(name):
                self.loader.insert_records(name, recs[name])

    @property
    def result(self) -> LoadResult:
        return self.loader.result

    def commit(self, manifest: R.Manifest) -> LoadResult:
        self.files_written = True  # the runner commits the files first
        with self._guard():
            self.loader.finish_run(manifest.model_dump(mode="json"))
        self.open = False
        self.loader.__exit__(None, None, None)
        return self.loader.result

    def abort(self) -> None:
        """Roll back everything this run loaded (nothing to do after a commit, failed or not)."""
        if not self.open:
            return
        self.open = False
        exc = RuntimeError("the run stopped")
        try:
            self.loader.__exit__(type(exc), exc, None)
        except DbError:
            pass


def _as_db_error(exc: BaseException, url: DbUrl) -> BaseException:
    if isinstance(exc, DbError) or not isinstance(exc, Exception):
        return exc
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return DbError(f"loading into {url} failed: {reason}; the database was left as it was")


def _parse_time(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    t = dt.datetime.fromisoformat(str(value))
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
