"""Database URLs: which engine, where, and a form of the URL that is safe to print.

`sqlite:///path.db` is a file relative to the working folder, `sqlite:////abs/path.db` an absolute
one (SQLAlchemy's convention: what follows `sqlite:///` is the path). `postgresql://` and
`postgres://` URLs are libpq connection URIs, passed to psycopg as they are, so every libpq
parameter (`?sslmode=require`, `?host=/run/postgresql`, `?options=-csearch_path%3Dpresspipe`)
works; `postgresql+psycopg://` (SQLAlchemy's spelling) is accepted too.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit


class DbError(Exception):
    """A load that could not be done; the message says why and what to do. Nothing was changed."""


class DbUrlError(DbError):
    """The --db URL itself is wrong (exit status 2 on the command line)."""


@dataclass(frozen=True)
class DbUrl:
    engine: str           # "sqlite" or "postgresql"
    target: str           # sqlite: the file path (or ":memory:"); postgresql: the libpq URI
    display: str          # the URL with any password replaced by ***

    def __str__(self) -> str:
        return self.display


EXAMPLES = "sqlite:///presspipe.db or postgresql://user:password@host:5432/dbname"


def parse_url(url: str) -> DbUrl:
    if not url or "://" not in url:
        raise DbUrlError(f"{url!r} is not a database URL; give one such as {EXAMPLES}")
    scheme, rest = url.split("://", 1)
    scheme = scheme.lower()
    if scheme in ("sqlite", "sqlite3"):
        return _sqlite(url, rest)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return _postgresql("postgresql://" + rest)
    raise DbUrlError(f"unknown database {scheme!r} in {mask_password(url)!r}: presspipe loads into "
                     f"SQLite or PostgreSQL ({EXAMPLES})")


def _sqlite(url: str, rest: str) -> DbUrl:
    if not rest.startswith("/") or rest == "/":
        raise DbUrlError(f"{url!r}: a SQLite URL names a file after three slashes, "
                         f"sqlite:///relative/path.db or sqlite:////absolute/path.db")
    path = rest[1:]
    if "?" in path:
        raise DbUrlError(f"{url!r}: SQLite URLs take no options (found {path[path.index('?'):]!r})")
    if path != ":memory:":
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):
            raise DbUrlError(f"{url!r}: the folder {folder!r} does not exist; create it first")
        if os.path.isdir(path):
            raise DbUrlError(f"{url!r}: {path!r} is a folder; name the database file, e.g. {path.rstrip('/')}/presspipe.db")
    return DbUrl("sqlite", path, url)


def _postgresql(url: str) -> DbUrl:
    try:
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        raise DbUrlError("PostgreSQL needs the psycopg package: pip install 'presspipe[postgres]'") from None
    display = mask_password(url)
    try:
        params = conninfo_to_dict(url)
    except Exception as exc:  # psycopg.ProgrammingError: libpq could not parse the URI
        raise DbUrlError(f"{display!r} is not a valid PostgreSQL URL: {_first_line(exc)}") from None
    port = str(params.get("port", "5432"))
    if not all(p.isdigit() for p in port.split(",")):
        raise DbUrlError(f"{display!r}: the port {port!r} is not a number")
    return DbUrl("postgresql", url, display)


def mask_password(url: str) -> str:
    """The URL with the password in its user part, and a `password=` parameter, replaced by ***."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r"//([^:/@]*):[^@]*@", r"//\1:***@", url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            netloc = userinfo.split(":", 1)[0] + ":***@" + host
    query = re.sub(r"(^|&)password=[^&]*", r"\1password=***", parts.query)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
