"""Loading runs into SQLite and into a real PostgreSQL server (a throw-away cluster, see
pg_server.py): row counts, idempotence, replacement of changed documents, rollback on failure,
schema versions and migrations, clear errors, and the README's example queries."""
import datetime as dt
import itertools
import json
import os
import re
import shutil
import sqlite3
from urllib.parse import urlsplit, urlunsplit

import pg_server
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED

from pipeline import records as R
from pipeline.cli import main
from pipeline.db import DatabaseSink, DbError, DbUrlError, load_run, migrate_database, parse_url
from pipeline.db import loader as loader_module
from pipeline.db import migrations as M
from pipeline.db.engines import connect
from pipeline.db.rows import full_date
from pipeline.db.url import mask_password

CORPUS_RUN = os.path.join(ROOT, "outputs")  # the corpus run, kept as the regression baseline
TABLE_OF_FILE = {"documents": "documents", "timexes": "timexes", "organisations": "document_organisations",
                 "aliases": "aliases", "events": "events", "terms": "terms", "errors": "errors"}
ALL_TABLES = ("runs", "sources", "documents", "timexes", "document_organisations", "aliases", "events",
              "event_participants", "terms", "errors", "schema_migrations")
SEED_SOURCE = "corpus/tianjin-binhai.ko.txt"


# -- servers ------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_admin_url():
    """An admin URL of a PostgreSQL server: PRESSPIPE_TEST_POSTGRES_URL, or a throw-away cluster."""
    pytest.importorskip("psycopg", reason="PostgreSQL tests need the [postgres] extra: pip install -e '.[postgres]'")
    if os.environ.get("PRESSPIPE_TEST_POSTGRES_URL"):
        yield os.environ["PRESSPIPE_TEST_POSTGRES_URL"]
        return
    try:
        cluster = pg_server.Cluster()
        url = cluster.start()
    except pg_server.Unavailable as exc:
        if "cluster" in locals():
            cluster.stop()
        if os.environ.get("PRESSPIPE_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL could not be started, and PRESSPIPE_REQUIRE_POSTGRES is set: {exc}")
        pytest.skip(f"PostgreSQL could not be started, so its tests are skipped: {exc}")
    yield url
    cluster.stop()


_db_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_admin_url):
    """A new, empty database on the test server for one test."""
    import psycopg
    from psycopg import sql

    name = f"presspipe_test_{os.getpid()}_{next(_db_numbers)}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    parts = urlsplit(pg_admin_url)
    yield urlunsplit(parts._replace(path="/" + name))
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'presspipe.db'}"
    return request.getfixturevalue("pg_url")


# -- helpers ------------------------------------------------------------------------------------

def query(url, sql, params=()):
    db = connect(parse_url(url))
    try:
        if db.param != "?":
            sql = sql.replace("?", db.param)
        return [tuple(_plain(v) for v in row) for row in db.execute(sql, params)]
    finally:
        db.close()


def _plain(v):
    """One Python form for both engines: dates and timestamps as ISO text, JSON as its text."""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return v


def dump(url):
    """Every row of every table, sorted: equal dumps mean an unchanged database."""
    out = {}
    for table in ALL_TABLES:
        rows = query(url, f"SELECT * FROM {table}")
        out[table] = sorted(rows, key=lambda r: json.dumps(r, default=str, ensure_ascii=False))
    return out


def jsonl_counts(outdir):
    counts = {}
    for name in TABLE_OF_FILE:
        with open(os.path.join(outdir, f"{name}.jsonl"), encoding="utf-8") as f:
            counts[TABLE_OF_FILE[name]] = sum(1 for line in f if line.strip())
    return counts


def table_counts(url):
    return {t: query(url, f"SELECT count(*) FROM {t}")[0][0] for t in TABLE_OF_FILE.values()}


def copy_run(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".presspipe-*"))
    return str(dst)


def rewrite(path, keep=lambda rec: True, change=lambda rec: rec):
    with open(path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            if keep(rec):
                f.write(json.dumps(change(rec), ensure_ascii=False, separators=(",", ":")) + "\n")


def later_run(outdir, minutes=60):
    """Make OUTDIR's manifest say it started (and finished) MINUTES after it did: a newer run."""
    mpath = os.path.join(outdir, "manifest.json")
    m = json.load(open(mpath, encoding="utf-8"))
    for k in ("started", "finished"):
        m[k] = (dt.datetime.fromisoformat(m[k]) + dt.timedelta(minutes=minutes)).isoformat()
    json.dump(m, open(mpath, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def doc_id_of(source, outdir=CORPUS_RUN):
    with open(os.path.join(outdir, "documents.jsonl"), encoding="utf-8") as f:
        return next(json.loads(line)["id"] for line in f if json.loads(line)["source"] == source)


def rows_of_other_documents(url, doc_id):
    """Everything the database holds for documents other than DOC_ID."""
    out = {}
    for table in ("timexes", "document_organisations", "aliases", "events", "terms"):
        out[table] = sorted(query(url, f"SELECT * FROM {table} WHERE doc_id <> ?", (doc_id,)), key=repr)
    out["documents"] = sorted(query(url, "SELECT * FROM documents WHERE id <> ?", (doc_id,)), key=repr)
    return out


# -- loading --------------------------------------------------------------------------------------

def test_corpus_run_loads_with_row_counts_equal_to_the_jsonl_counts_twice(db_url):
    expected = jsonl_counts(CORPUS_RUN)
    first = load_run(CORPUS_RUN, db_url)
    assert table_counts(db_url) == expected
    package_steps = [f"{m.version:04d}_{m.name}" for m in M.available("sqlite")]
    assert first.sources["new"] == expected["documents"] and first.migrated == package_steps
    before = dump(db_url)
    second = load_run(CORPUS_RUN, db_url)
    assert table_counts(db_url) == expected
    assert second.sources["unchanged"] == expected["documents"] and sum(second.rows.values()) == 0
    assert dump(db_url) == before  # loading the same run again changes nothing at all
    participants = sum(len(json.loads(line)["participants"])
                       for line in open(os.path.join(CORPUS_RUN, "events.jsonl")))
    assert query(db_url, "SELECT count(*) FROM event_participants")[0][0] == participants


def test_seed_events_join_their_subjects_organisations_and_document(db_url):
    load_run(CORPUS_RUN, db_url)
    rows = query(db_url, """
        SELECT e.type, e.date_value, o.name, o.org_key, d.release_date
        FROM events e
        JOIN documents d ON d.id = e.doc_id
        JOIN event_participants p ON p.event_id = e.id AND p.role = 'subject'
        JOIN document_organisations o ON o.id = p.org_id
        WHERE d.source = ?
        ORDER BY e.trigger_start""", (SEED_SOURCE,))
    zone = "톈진 빈하이 첨단산업기술개발지구"
    assert [(t, v, n) for t, v, n, _, _ in rows] == [
        ("founding", "1988", zone), ("approval", "1991", zone), ("designation", "2014", zone)]
    assert {r[4] for r in rows} == {"2025-02-20"} and len({r[3] for r in rows}) == 1


def test_columns_have_real_types_and_json(db_url):
    load_run(CORPUS_RUN, db_url)
    # a full-date TIMEX3 value gets a date; a year keeps only its text; ranges have both ends
    day = query(db_url, "SELECT value, date FROM timexes WHERE value = '2025-02-20' LIMIT 1")
    assert day == [("2025-02-20", "2025-02-20")]
    assert query(db_url, "SELECT date FROM timexes WHERE value = '1988'") == [(None,)]
    rng = query(db_url, "SELECT range_start, range_end, range_start_date, range_end_date FROM timexes "
                        "WHERE value = '2025-02-20/2025-02-22'")
    assert rng == [("2025-02-20", "2025-02-22", "2025-02-20", "2025-02-22")]
    # date arithmetic works on the date column in both engines
    n = query(db_url, "SELECT count(*) FROM events WHERE date >= ? AND date < ?", ("2025-02-01", "2025-03-01"))[0][0]
    assert n == 8
    mentions = query(db_url, "SELECT mentions FROM document_organisations WHERE org_key = 'kotra' LIMIT 1")[0][0]
    assert json.loads(mentions)[0]["text"]
    assert query(db_url, "SELECT relative FROM timexes WHERE value = '1988'")[0][0] in (0, False)
    org = query(db_url, "SELECT names, english_names, n_documents FROM organisations WHERE org_key = 'kotra'")
    assert org == [('["Korea Trade-Investment Promotion Agency","대한무역투자진흥공사"]', '["KOTRA"]', 4)]


def test_reload_after_an_extraction_change_replaces_only_the_changed_documents_rows(db_url, tmp_path):
    load_run(CORPUS_RUN, db_url)
    seed_id = doc_id_of(SEED_SOURCE)
    others_before = rows_of_other_documents(db_url, seed_id)
    run_a = query(db_url, "SELECT run_id FROM runs")[0][0]
    # a newer extraction: the seed loses its 'approval' event and one organisation is renamed
    new = copy_run(CORPUS_RUN, tmp_path / "new")
    rewrite(os.path.join(new, "events.jsonl"), keep=lambda e: not (e["doc_id"] == seed_id and e["type"] == "approval"))
    later_run(new)
    result = load_run(new, db_url)
    assert result.sources == {"changed": 1, "unchanged": 24}
    assert query(db_url, "SELECT type FROM events WHERE doc_id = ? ORDER BY trigger_start", (seed_id,)) == [
        ("founding",), ("designation",)]
    assert table_counts(db_url) == jsonl_counts(new)
    assert rows_of_other_documents(db_url, seed_id) == others_before  # untouched, run_id and all
    runs = dict(query(db_url, "SELECT source, run_id FROM documents"))
    run_b = result.run_id
    assert runs[SEED_SOURCE] == run_b and {r for s, r in runs.items() if s != SEED_SOURCE} == {run_a}
    assert query(db_url, "SELECT count(*) FROM runs")[0][0] == 2
    # loading the older run again does not undo the newer one
    old_again = load_run(CORPUS_RUN, db_url)
    assert old_again.sources == {"kept": 1, "unchanged": 24}
    assert table_counts(db_url) == jsonl_counts(new)


def test_a_run_of_some_documents_leaves_the_others_alone(db_url, tmp_path):
    load_run(CORPUS_RUN, db_url)
    before = query(db_url, "SELECT id, source, run_id FROM documents ORDER BY id")
    # the seed alone is named as in the corpus run (its folder and file name): the same source, unchanged
    out = tmp_path / "seed"
    assert CliRunner().invoke(main, ["run", SEED, "-o", str(out), "-q"]).exit_code == 0
    assert load_run(str(out), db_url).sources == {"unchanged": 1}
    # a release in another folder is a new source; the corpus's documents stay as they were
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "new.ko.txt").write_text(open(SEED, encoding="utf-8").read(), encoding="utf-8")
    out = tmp_path / "new"
    assert CliRunner().invoke(main, ["run", str(inbox), "-o", str(out), "-q"]).exit_code == 0
    assert load_run(str(out), db_url).sources == {"new": 1}
    after = query(db_url, "SELECT id, source, run_id FROM documents ORDER BY id")
    assert len(after) == 26 and set(before) <= set(after)


def test_a_failure_part_way_leaves_the_database_as_it_was(db_url, tmp_path, monkeypatch):
    load_run(CORPUS_RUN, db_url)
    before = dump(db_url)
    new = copy_run(CORPUS_RUN, tmp_path / "new")
    seed_id = doc_id_of(SEED_SOURCE)
    rewrite(os.path.join(new, "events.jsonl"), keep=lambda e: e["doc_id"] != seed_id)
    later_run(new)
    real = loader_module.Loader.insert_records

    def failing(self, name, records):
        if name == "events.jsonl":
            raise RuntimeError("disk full (simulated)")
        return real(self, name, records)

    monkeypatch.setattr(loader_module.Loader, "insert_records", failing)
    with pytest.raises(DbError, match="disk full.*left as it was"):
        load_run(new, db_url)
    monkeypatch.undo()
    assert dump(db_url) == before


def test_a_failed_first_load_into_a_new_sqlite_file_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "new.db"
    monkeypatch.setattr(loader_module.Loader, "mark", lambda self, d: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(DbError, match="boom"):
        load_run(CORPUS_RUN, f"sqlite:///{path}")
    assert not path.exists()


def test_an_existing_key_clash_is_an_error_and_rolls_back(db_url, tmp_path):
    """A record id that another source's document already holds: the insert fails, nothing stays."""
    load_run(CORPUS_RUN, db_url)
    before = dump(db_url)
    new = copy_run(CORPUS_RUN, tmp_path / "new")
    rewrite(os.path.join(new, "documents.jsonl"),
            change=lambda d: {**d, "source": d["source"] + ".moved"} if d["source"] == SEED_SOURCE else d)
    later_run(new)
    with pytest.raises(DbError, match="left as it was"):
        load_run(new, db_url)
    assert dump(db_url) == before


def test_sql_is_parameterised_names_with_quotes_and_sql_load_as_text(db_url, tmp_path):
    hostile = "x'); DROP TABLE documents; --"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": hostile, "text": "Acme Robotics Inc. (\"O'Neil & Co\") was founded in 2019.",
                               "date": "2025-02-20"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert query(db_url, "SELECT source FROM documents") == [(hostile,)]
    assert query(db_url, "SELECT count(*) FROM timexes")[0][0] >= 1


# -- presspipe run --db ---------------------------------------------------------------------------

def test_run_with_db_loads_as_it_goes_and_a_later_load_of_its_folder_changes_nothing(db_url, tmp_path, mixed_inputs):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(mixed_inputs), "-o", str(out), "--db", db_url])
    assert result.exit_code == 1, result.output  # the folder holds bad inputs on purpose
    assert "sources" in result.output and "new" in result.output
    assert table_counts(db_url) == jsonl_counts(str(out))
    before = dump(db_url)
    again = CliRunner().invoke(main, ["load", str(out), "--db", db_url])
    assert again.exit_code == 0, again.output
    assert "0 new, 0 changed" in again.output
    assert dump(db_url) == before
    finished = json.load(open(out / "manifest.json"))["finished"]
    assert query(db_url, "SELECT finished FROM runs")[0][0][:19] == finished[:19]


def test_run_with_db_that_fails_loads_nothing(db_url, tmp_path, monkeypatch):
    def failing(self, bundle):
        raise RuntimeError("lost the connection (simulated)")

    monkeypatch.setattr(DatabaseSink, "_write", failing)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", SEED, "-o", str(out), "--db", db_url])
    assert result.exit_code == 1 and "lost the connection" in result.output and "left as it was" in result.output
    assert not (out / "manifest.json").exists()  # the run stopped: no files either
    if db_url.startswith("sqlite"):
        assert not os.path.exists(parse_url(db_url).target)
    else:
        assert query(db_url, "SELECT to_regclass('documents') IS NULL") == [(True,)]


def test_run_with_a_bad_db_stops_before_any_work(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", SEED, "-o", str(out), "--db", "sqlite:///" + str(tmp_path / "no" / "x.db")])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not out.exists()


# -- errors ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, message", [
    ("presspipe.db", "not a database URL"),
    ("mysql://u@h/db", "unknown database 'mysql'"),
    ("sqlite://presspipe.db", "three slashes"),
    ("sqlite:///no/such/folder/x.db", "does not exist"),
    ("sqlite:///x.db?mode=ro", "no options"),
    ("postgresql://u:secret@host:notaport/db", "port"),
])
def test_bad_urls_are_usage_errors(url, message):
    if url.startswith("postgresql"):
        pytest.importorskip("psycopg")
    with pytest.raises(DbUrlError, match=message) as info:
        parse_url(url)
    assert "secret" not in str(info.value)
    result = CliRunner().invoke(main, ["load", CORPUS_RUN, "--db", url])
    assert result.exit_code == 2 and message.split("'")[0] in result.output


def test_urls_and_masked_passwords(tmp_path):
    assert parse_url("sqlite:///x.db").target == "x.db"
    absolute = str(tmp_path / "x.db")   # an absolute path: four slashes
    assert parse_url(f"sqlite:///{absolute}").target == absolute and absolute.startswith("/")
    assert mask_password("postgresql://me:pa%40ss@db.example:5432/x?sslmode=require") == \
        "postgresql://me:***@db.example:5432/x?sslmode=require"
    assert mask_password("postgresql://h/x?user=me&password=pw") == "postgresql://h/x?user=me&password=***"
    assert full_date("2025-02-20T15:30") == "2025-02-20" and full_date("2025-02") is None
    assert full_date("2025-02-30") is None and full_date("2025-02-20/2025-02-22") is None


def test_a_missing_or_broken_run_folder_is_refused_and_nothing_is_loaded(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(DbError, match="no such folder"):
        load_run(str(tmp_path / "nowhere"), url)
    half = copy_run(CORPUS_RUN, tmp_path / "half")
    os.remove(os.path.join(half, "manifest.json"))
    with pytest.raises(DbError, match="no manifest.json"):
        load_run(half, url)
    broken = copy_run(CORPUS_RUN, tmp_path / "broken")
    rewrite(os.path.join(broken, "timexes.jsonl"), change=lambda t: {**t, "start": t["start"] + 1})
    result = CliRunner().invoke(main, ["load", broken, "--db", url])
    assert result.exit_code == 1 and "not a valid run" in result.output and "presspipe validate" in result.output
    assert not (tmp_path / "x.db").exists()


def test_a_run_of_a_newer_record_schema_is_refused(tmp_path):
    run = copy_run(CORPUS_RUN, tmp_path / "run")
    mpath = os.path.join(run, "manifest.json")
    m = json.load(open(mpath))
    m["schema_version"] = "1.99"
    json.dump(m, open(mpath, "w"))
    with pytest.raises(DbError, match="records of schema 1.99.*newer"):
        load_run(run, f"sqlite:///{tmp_path / 'x.db'}")


def test_connection_problems_are_clear(pg_admin_url):
    parts = urlsplit(pg_admin_url)
    wrong_password = urlunsplit(parts._replace(netloc=f"{parts.username}:wrong@{parts.hostname}:{parts.port}"))
    result = CliRunner().invoke(main, ["load", CORPUS_RUN, "--db", wrong_password])
    assert result.exit_code == 1 and "password authentication failed" in result.output
    assert ":***@" in result.output and "wrong@" not in result.output
    refused = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{pg_server.free_port()}"))
    result = CliRunner().invoke(main, ["load", CORPUS_RUN, "--db", refused])
    assert result.exit_code == 1 and "Connection refused" in result.output
    no_db = urlunsplit(parts._replace(path="/no_such_database"))
    result = CliRunner().invoke(main, ["load", CORPUS_RUN, "--db", no_db])
    assert result.exit_code == 1 and "does not exist" in result.output and "createdb" in result.output


def test_a_sqlite_file_that_is_no_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database, just notes\n" * 100)
    with pytest.raises(DbError, match="is it a SQLite database"):
        load_run(CORPUS_RUN, f"sqlite:///{path}")
    assert path.read_text().startswith("not a database")


# -- schema versions and migrations ---------------------------------------------------------------

def test_the_last_migration_holds_the_current_record_schema():
    sqlite_steps, pg_steps = M.available("sqlite"), M.available("postgresql")
    assert [(s.version, s.name, s.records) for s in sqlite_steps] == [(s.version, s.name, s.records) for s in pg_steps]
    assert sqlite_steps[-1].records == R.SCHEMA_VERSION, (
        "the record schema changed: add a migration step for both engines whose first line says "
        f"'-- records: {R.SCHEMA_VERSION}'")


def test_every_record_field_has_a_column():
    """A new record field must reach the database (or be listed here as kept only in JSON)."""
    from pipeline.db.rows import table_rows
    with open(os.path.join(CORPUS_RUN, "documents.jsonl"), encoding="utf-8") as f:
        doc = R.Document.model_validate_json(f.readline())
    row = table_rows("documents.jsonl", doc, "run-x")[0][1]
    in_json_or_renamed = {"dateline": "dateline", "input": "input_path"}
    for field in R.Document.model_fields:
        assert in_json_or_renamed.get(field, field) in row, field


# The package's own steps; the tests below add one after them.
STEPS = len(M.available("sqlite"))
NEXT = f"{STEPS + 1:04d}"


def migrations_with_step(tmp_path, db_url, name, sql):
    """A copy of the package's migration steps with one more step, NAME, for DB_URL's engine."""
    folder = tmp_path / "migrations"
    shutil.copytree(M.HERE, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (folder / parse_url(db_url).engine / f"{NEXT}_{name}.sql").write_text(
        f"-- records: {R.SCHEMA_VERSION}\n" + sql, encoding="utf-8")
    return str(folder)


def test_a_database_behind_is_migrated_only_when_asked(db_url, tmp_path):
    load_run(CORPUS_RUN, db_url)
    # the step the events issue will bring: event keys and a view of events across releases
    folder = migrations_with_step(tmp_path, db_url, "event_key", (
        "ALTER TABLE events ADD COLUMN event_key TEXT;\n"
        "CREATE INDEX events_event_key ON events (event_key);\n"
        "CREATE VIEW event_facts AS SELECT event_key, min(type) AS type, count(*) AS mentions\n"
        "    FROM events WHERE event_key IS NOT NULL GROUP BY event_key;\n"))
    before = dump(db_url)
    with pytest.raises(DbError, match=rf"schema version {STEPS} .*version {STEPS + 1}.*--migrate"):
        load_run(CORPUS_RUN, db_url, migrations=folder)
    assert dump(db_url) == before
    result = migrate_database(db_url, migrations=folder)
    assert result.migrated == [f"{NEXT}_event_key"]
    assert query(db_url, "SELECT version, name, records FROM schema_migrations ORDER BY version") == [
        (m.version, m.name, m.records) for m in M.available("sqlite")] + [(STEPS + 1, "event_key", R.SCHEMA_VERSION)]
    assert query(db_url, "SELECT count(*) FROM events WHERE event_key IS NULL")[0][0] == jsonl_counts(CORPUS_RUN)["events"]
    assert query(db_url, "SELECT count(*) FROM event_facts") == [(0,)]
    assert load_run(CORPUS_RUN, db_url, migrations=folder).sources == {"unchanged": 25}
    # this presspipe (one step) now meets a database a step ahead of it
    with pytest.raises(DbError, match=f"newer than this presspipe's {STEPS}.*upgrade presspipe"):
        load_run(CORPUS_RUN, db_url)


def test_a_failing_migration_changes_nothing(db_url, tmp_path):
    load_run(CORPUS_RUN, db_url)
    folder = migrations_with_step(tmp_path, db_url, "broken", (
        "ALTER TABLE events ADD COLUMN note TEXT;\nALTER TABLE no_such_table ADD COLUMN x TEXT;\n"))
    before = dump(db_url)
    result = CliRunner().invoke(main, ["load", "--db", db_url, "--migrate"])
    assert result.exit_code == 0 and "up to date" in result.output  # the package's own steps: nothing to do
    with pytest.raises(DbError, match=f"migration {NEXT}_broken failed.*left as it was"):
        migrate_database(db_url, migrations=folder)
    assert dump(db_url) == before


def test_a_database_of_records_1_4_is_migrated_to_the_anchor_source_column(db_url, tmp_path):
    """Step 0004 (records 1.5) gives documents the column anchor_source; a database made before it
    refuses a 1.5 run until migrated, and then holds each document's anchor_source."""
    folder = tmp_path / "migrations"
    shutil.copytree(M.HERE, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py", "0004_*"))
    migrate_database(db_url, migrations=str(folder))   # the tables as the presspipe of records 1.4 made them
    assert query(db_url, "SELECT records FROM schema_migrations ORDER BY version DESC LIMIT 1") == [("1.4",)]
    with pytest.raises(DbError, match="--migrate"):
        load_run(CORPUS_RUN, db_url)
    assert migrate_database(db_url).migrated == ["0004_records_1.5"]
    load_run(CORPUS_RUN, db_url)
    with open(os.path.join(CORPUS_RUN, "documents.jsonl"), encoding="utf-8") as f:
        expected = sorted((d["source"], d["anchor"], d["anchor_source"]) for d in map(json.loads, f))
    got = sorted(query(db_url, "SELECT source, anchor, anchor_source FROM documents"))
    assert got == expected and {row[2] for row in got} >= {"dateline", None}


def test_tables_presspipe_did_not_make_are_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE documents (x TEXT)")
    with pytest.raises(DbError, match="did not create"):
        load_run(CORPUS_RUN, f"sqlite:///{path}")


# -- the README's queries -------------------------------------------------------------------------

def readme_queries():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    section = text.split("## Databases", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```\n+```text\n(.*?)```", section, re.S)


def format_rows(url, sql):
    db = connect(parse_url(url))
    try:
        cur = db.conn.execute(sql)
        header = "|".join(d[0] for d in cur.description)
        rows = ["|".join("" if v is None else str(_plain(v)) for v in row) for row in cur.fetchall()]
    finally:
        db.close()
    return "\n".join([header] + rows) + "\n"


def test_the_readme_queries_give_the_output_it_shows(db_url):
    queries = readme_queries()
    assert len(queries) == 3
    load_run(CORPUS_RUN, db_url)
    for sql, shown in queries:
        assert format_rows(db_url, sql) == shown, sql
