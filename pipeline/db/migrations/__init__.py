"""Versioned SQL files: the database schema, one numbered step at a time.

`sqlite/NNNN_name.sql` and `postgresql/NNNN_name.sql` are the same step for the two engines; a
database's `schema_migrations` table lists the steps applied to it. Each file starts with a line
`-- records: X.Y`, the record schema (`pipeline.records.SCHEMA_VERSION`) its tables hold from that
step on; a test checks that the last step holds the current one, so a change to the records that
needs new columns comes with a new step.

A database with no presspipe tables gets every step on its first load. One that is behind is
moved forward only when asked (`presspipe load --migrate`), since a migration of a shared
database is the owner's decision; one that is ahead was migrated by a newer presspipe and is left
alone. Each step runs inside the load's transaction, so a step that fails changes nothing.

How a later step looks (events get an `event_key` from the events stage): `0002_records_1.3.sql`
with `ALTER TABLE events ADD COLUMN event_key TEXT`, an index on it, and a view `event_facts` with
one row per event_key (its type, dates and documents), as `organisations` has per org_key; the
loader's events row (`pipeline/db/rows.py`) gains the column.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ..engines import Database
from ..url import DbError

HERE = os.path.dirname(os.path.abspath(__file__))
FILE_NAME = re.compile(r"^(\d{4})_([\w.-]+)\.sql$")
RECORDS_LINE = re.compile(r"^--\s*records:\s*(\d+\.\d+)\s*$", re.M)

CREATE_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    records     TEXT NOT NULL,
    applied_at  TEXT NOT NULL
)"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    records: str   # record schema version the database holds after this step
    sql: str


def available(engine: str, folder: str | None = None) -> list[Migration]:
    """The steps for ENGINE, in order, from FOLDER/ENGINE (default: the package's own)."""
    where = os.path.join(folder or HERE, engine)
    steps = []
    for name in sorted(os.listdir(where)):
        m = FILE_NAME.match(name)
        if not m:
            continue
        with open(os.path.join(where, name), encoding="utf-8") as f:
            sql = f.read()
        records = RECORDS_LINE.search(sql)
        if not records:
            raise ValueError(f"{name}: the first lines must say which records it holds, e.g. '-- records: 1.2'")
        steps.append(Migration(int(m.group(1)), m.group(2), records.group(1), sql))
    numbers = [s.version for s in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise ValueError(f"{where}: steps must be numbered 0001, 0002, ... without gaps; found {numbers}")
    return steps


@dataclass(frozen=True)
class SchemaState:
    version: int          # last step applied (0: none)
    records: str | None   # record schema the database holds
    has_tables: bool      # presspipe's tables are there (with or without schema_migrations)


def state(db: Database) -> SchemaState:
    if not db.table_exists("schema_migrations"):
        return SchemaState(0, None, db.table_exists("documents"))
    rows = db.execute("SELECT version, records FROM schema_migrations ORDER BY version DESC LIMIT 1")
    return SchemaState(rows[0][0], rows[0][1], True) if rows else SchemaState(0, None, db.table_exists("documents"))


def ensure_current(db: Database, steps: list[Migration], migrate: bool, now: str, url: str) -> list[Migration]:
    """Bring an empty database to the last step, or a behind one when MIGRATE; else say what to
    do. Returns the steps applied. Runs inside the caller's transaction."""
    head = steps[-1]
    st = state(db)
    if st.version > head.version:
        raise DbError(f"{url} has database schema version {st.version} (records {st.records}), newer than this "
                      f"presspipe's {head.version} (records {head.records}): it was migrated by a newer presspipe; "
                      f"upgrade presspipe to load into it")
    if st.version == head.version:
        return []
    if st.version == 0 and st.has_tables:
        raise DbError(f"{url} already has a 'documents' table that presspipe did not create (no schema_migrations "
                      f"table): load into another database, or into a PostgreSQL schema of its own "
                      f"(?options=-csearch_path%3Dpresspipe)")
    if st.version > 0 and not migrate:
        raise DbError(f"{url} has database schema version {st.version} (records {st.records}); this presspipe "
                      f"writes version {head.version} (records {head.records}). Back the database up, then run "
                      f"`presspipe load --db URL --migrate` to migrate it (add OUTDIR to load a run after); "
                      f"nothing was loaded")
    db.execute(CREATE_TABLE)
    pending = [s for s in steps if s.version > st.version]
    for step in pending:
        try:
            db.run_script(step.sql)
        except Exception as exc:
            raise DbError(f"migration {step.version:04d}_{step.name} failed on {url}: {exc}; "
                          f"the database was left as it was") from None
        db.execute(f"INSERT INTO schema_migrations (version, name, records, applied_at) "
                   f"VALUES ({db.placeholders(4)})", (step.version, step.name, step.records, now))
    return pending
