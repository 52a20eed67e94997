"""The two database engines behind one small interface: connect, run SQL with parameters, one
transaction at a time. The only module that knows SQLite and PostgreSQL apart.

SQLite is the standard library's sqlite3, in autocommit mode with explicit `BEGIN IMMEDIATE` /
`COMMIT` (the module's implicit transactions would commit before DDL, and `executescript` commits
first), and foreign keys switched on. PostgreSQL is psycopg 3 (the `[postgres]` extra), also in
autocommit mode with `conn.transaction()` blocks; a load takes a transaction-level advisory lock,
so two loads into one database run one after the other.

Every value goes to the server as a parameter; SQL text is built only from the package's own
table and column names.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .url import DbError, DbUrl

# Any constant will do: it names "presspipe is loading" among the advisory locks of a database.
ADVISORY_LOCK_KEY = 0x70726573  # "pres"
CONNECT_TIMEOUT_S = 10  # a host that drops packets fails in seconds, not after the OS's minutes
BUSY_TIMEOUT_S = 30     # SQLite: how long to wait for another writer to finish


class Database:
    engine: str
    param: str  # the placeholder of one parameter in this engine's SQL

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def run_script(self, sql: str) -> None:
        """Several statements without parameters (a migration file), inside the open transaction."""
        raise NotImplementedError

    def table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def transaction(self):
        raise NotImplementedError

    def close(self, failed: bool = False) -> None:
        raise NotImplementedError

    def placeholders(self, n: int) -> str:
        return ", ".join([self.param] * n)


def connect(url: DbUrl) -> Database:
    if url.engine == "sqlite":
        return SqliteDatabase(url)
    return PostgresDatabase(url)


class SqliteDatabase(Database):
    engine = "sqlite"
    param = "?"

    def __init__(self, url: DbUrl):
        self.url = url
        self.path = url.target
        self.created = self.path != ":memory:" and not os.path.exists(self.path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA schema_version").fetchone()  # fails here on a file that is no database
        except sqlite3.Error as exc:
            self._remove_if_created()
            raise DbError(f"cannot open {url}: {exc}; is it a SQLite database file?") from None

    def execute(self, sql, params=()):
        return self.conn.execute(sql, tuple(params)).fetchall()

    def executemany(self, sql, rows):
        self.conn.executemany(sql, rows)

    def run_script(self, sql):
        for statement in split_statements(sql):
            self.conn.execute(statement)

    def table_exists(self, name):
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (name,)))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # IMMEDIATE: take the write lock now, so a second loader waits here rather than failing
        # half-way when it first writes.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self, failed=False):
        self.conn.close()
        if failed:
            self._remove_if_created()

    def _remove_if_created(self):
        """A load that failed into a file it created leaves no empty database behind."""
        if self.created:
            for suffix in ("", "-journal", "-wal", "-shm"):
                try:
                    os.remove(self.path + suffix)
                except FileNotFoundError:
                    pass


class PostgresDatabase(Database):
    engine = "postgresql"
    param = "%s"

    def __init__(self, url: DbUrl):
        try:
            import psycopg
        except ImportError:
            raise DbError("PostgreSQL needs the psycopg package: pip install 'presspipe[postgres]'") from None
        self.url = url
        kwargs: dict[str, Any] = {} if "connect_timeout" in url.target else {"connect_timeout": CONNECT_TIMEOUT_S}
        try:
            self.conn = psycopg.connect(url.target, autocommit=True, **kwargs)
        except psycopg.Error as exc:
            raise DbError(connection_problem(url, exc)) from None

    def execute(self, sql, params=()):
        cur = self.conn.execute(sql, tuple(params) or None)
        return cur.fetchall() if cur.description else []

    def executemany(self, sql, rows):
        with self.conn.cursor() as cur:
            cur.executemany(sql, list(rows))

    def run_script(self, sql):
        self.conn.execute(sql)  # no parameters: the simple protocol runs every statement

    def table_exists(self, name):
        return self.execute("SELECT to_regclass(%s) IS NOT NULL", (name,))[0][0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_LOCK_KEY,))
            yield

    def close(self, failed=False):
        self.conn.close()


def connection_problem(url: DbUrl, exc: BaseException) -> str:
    """libpq's reason, on one line, and what to do about the usual ones."""
    reason = re.sub(r"\s+", " ", str(exc)).strip()
    reason = re.sub(r"^connection failed: ", "", reason)
    low = reason.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        hint = "check the user name and password in the URL"
    elif "does not exist" in low and "database" in low:
        hint = "create the database first (createdb NAME) or name an existing one in the URL"
    elif "is the server running" in low:
        hint = ""  # libpq said it
    elif "connection refused" in low or "could not connect" in low or "no such file" in low:
        hint = "is the server running, and listening on that host and port?"
    elif "timeout" in low or "timed out" in low:
        hint = "the host did not answer; check the host name, the port and any firewall"
    elif "could not translate host name" in low or "name or service not known" in low:
        hint = "check the host name in the URL"
    else:
        hint = "check the URL and the server"
    return f"cannot connect to {url}: {reason}" + (f" ({hint})" if hint else "")


def split_statements(sql: str) -> list[str]:
    """Statements of a SQL file for sqlite3, which runs one at a time: lines are gathered until
    sqlite3 says they make a complete statement (so semicolons in strings and comments are safe)."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if _strip_comments(buf):
                statements.append(buf.strip())
            buf = ""
    if _strip_comments(buf):
        raise ValueError(f"unterminated SQL statement: {buf.strip()[:80]!r}")
    return statements


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql).strip()
