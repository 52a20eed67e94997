"""Runs into databases: SQLite (the standard library) and PostgreSQL (psycopg 3, the `[postgres]`
extra). `load_run(outdir, url)` loads a finished run folder; `DatabaseSink(url)` is handed to the
batch runner to load as documents finish; `migrate_database(url)` applies pending schema steps.

    url.py         --db URLs: engine, target, a printable form without the password
    engines.py     connections, parameters and transactions of the two engines
    migrations/    the schema as versioned SQL files per engine, and the code that applies them
    rows.py        records -> table rows (columns and types)
    loader.py      what a load writes, replaces and leaves alone
"""
from .loader import DatabaseSink, LoadResult, load_run, migrate_database
from .url import DbError, DbUrlError, parse_url

__all__ = ["load_run", "migrate_database", "DatabaseSink", "LoadResult", "DbError", "DbUrlError", "parse_url"]
