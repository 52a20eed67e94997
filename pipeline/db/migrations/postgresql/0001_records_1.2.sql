-- records: 1.2
-- presspipe database schema, version 1, for records of schema 1.2 (PostgreSQL).
-- One table per record type, keyed by the record ids; every record row points at its document
-- and goes with it (ON DELETE CASCADE). Nested fields are jsonb. The SQLite file of the same
-- number has the same tables, columns and views with SQLite's types.

CREATE TABLE runs (
    run_id          TEXT PRIMARY KEY,
    tool            TEXT NOT NULL,
    version         TEXT NOT NULL,
    schema_version  TEXT NOT NULL,
    options         JSONB NOT NULL,
    started         TIMESTAMPTZ NOT NULL,
    finished        TIMESTAMPTZ,
    counts          JSONB,
    inputs          JSONB,
    skipped         JSONB,
    loaded_at       TIMESTAMPTZ NOT NULL
);

-- What the database holds of each input source (a file, or an id in a JSON-lines input): the run
-- that wrote it and a digest of its records, so that a reload rewrites only what changed.
CREATE TABLE sources (
    source          TEXT PRIMARY KEY,
    run_id          TEXT NOT NULL REFERENCES runs (run_id),
    doc_id          TEXT,
    records_sha256  TEXT NOT NULL
);

CREATE TABLE documents (
    id                  TEXT PRIMARY KEY,
    run_id              TEXT NOT NULL REFERENCES runs (run_id),
    source              TEXT NOT NULL UNIQUE,
    lang                TEXT NOT NULL,
    title               TEXT,
    release_date        DATE,
    anchor              TEXT,
    dateline_date       DATE,
    dateline_location   TEXT,
    dateline_agency     TEXT,
    dateline            JSONB,
    sha256              TEXT NOT NULL,
    input_path          TEXT NOT NULL,
    input_line          INTEGER,
    format              TEXT NOT NULL,
    encoding            TEXT NOT NULL,
    text                TEXT NOT NULL
);
CREATE INDEX documents_run_id ON documents (run_id);
CREATE INDEX documents_release_date ON documents (release_date);

CREATE TABLE timexes (
    id                  TEXT PRIMARY KEY,
    doc_id              TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    text                TEXT NOT NULL,
    start_char          INTEGER NOT NULL,
    end_char            INTEGER NOT NULL,
    type                TEXT NOT NULL,
    value               TEXT,
    date                DATE,
    grain               TEXT,
    range_start         TEXT,
    range_end           TEXT,
    range_start_date    DATE,
    range_end_date      DATE,
    anchor              TEXT,
    mod                 TEXT,
    relative            BOOLEAN NOT NULL
);
CREATE INDEX timexes_doc_id ON timexes (doc_id);
CREATE INDEX timexes_date ON timexes (date);

CREATE TABLE document_organisations (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    org_key         TEXT NOT NULL,
    name            TEXT NOT NULL,
    lang            TEXT,
    english_name    TEXT,
    korean_name     TEXT,
    chinese_name    TEXT,
    kind            TEXT NOT NULL,
    aliases         JSONB NOT NULL,
    mentions        JSONB NOT NULL,
    sources         JSONB NOT NULL
);
CREATE INDEX document_organisations_org_key ON document_organisations (org_key);
CREATE INDEX document_organisations_doc_id ON document_organisations (doc_id);
CREATE INDEX document_organisations_english_name ON document_organisations (english_name);

CREATE TABLE aliases (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    name_lang       TEXT,
    name_start      INTEGER NOT NULL,
    name_end        INTEGER NOT NULL,
    alias           TEXT NOT NULL,
    alias_lang      TEXT,
    alias_start     INTEGER NOT NULL,
    alias_end       INTEGER NOT NULL,
    relation        TEXT NOT NULL,
    score           DOUBLE PRECISION NOT NULL
);
CREATE INDEX aliases_name ON aliases (name);
CREATE INDEX aliases_alias ON aliases (alias);
CREATE INDEX aliases_doc_id ON aliases (doc_id);

CREATE TABLE terms (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    term            TEXT NOT NULL,
    term_lang       TEXT,
    term_start      INTEGER NOT NULL,
    term_end        INTEGER NOT NULL,
    rendering       TEXT NOT NULL,
    rendering_lang  TEXT,
    rendering_start INTEGER NOT NULL,
    rendering_end   INTEGER NOT NULL,
    relation        TEXT NOT NULL,
    score           DOUBLE PRECISION NOT NULL
);
CREATE INDEX terms_doc_id ON terms (doc_id);
CREATE INDEX terms_term ON terms (term);

CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type            TEXT NOT NULL,
    status          TEXT NOT NULL,
    date            DATE,
    date_value      TEXT,
    date_grain      TEXT,
    date_text       TEXT NOT NULL,
    timex_id        TEXT NOT NULL REFERENCES timexes (id) ON DELETE CASCADE,
    trigger_text    TEXT NOT NULL,
    trigger_lemma   TEXT,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    participants    JSONB NOT NULL
);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_date_value ON events (date_value);
CREATE INDEX events_doc_id ON events (doc_id);
CREATE INDEX events_timex_id ON events (timex_id);

-- An event's participants, one row each (also kept as JSON in events.participants), so that
-- events join organisations with an index.
CREATE TABLE event_participants (
    event_id        TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    org_id          TEXT REFERENCES document_organisations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_org_id ON event_participants (org_id);

CREATE TABLE errors (
    id              TEXT PRIMARY KEY,
    run_id          TEXT NOT NULL REFERENCES runs (run_id),
    source          TEXT NOT NULL,
    doc_id          TEXT,
    stage           TEXT NOT NULL,
    code            TEXT NOT NULL,
    message         TEXT NOT NULL,
    input_path      TEXT,
    input_line      INTEGER
);
CREATE INDEX errors_source ON errors (source);
CREATE INDEX errors_run_id ON errors (run_id);

-- One row per org_key across every loaded release: the names it goes by, its English, Korean
-- and Chinese names, and the documents it appears in (jsonb arrays, sorted by code point as
-- SQLite sorts them, whatever the database's collation).
CREATE VIEW organisations AS
SELECT o.org_key,
       jsonb_agg(DISTINCT o.name COLLATE "C" ORDER BY o.name COLLATE "C") AS names,
       coalesce(jsonb_agg(DISTINCT o.english_name COLLATE "C" ORDER BY o.english_name COLLATE "C")
                FILTER (WHERE o.english_name IS NOT NULL), '[]') AS english_names,
       coalesce(jsonb_agg(DISTINCT o.korean_name COLLATE "C" ORDER BY o.korean_name COLLATE "C")
                FILTER (WHERE o.korean_name IS NOT NULL), '[]') AS korean_names,
       coalesce(jsonb_agg(DISTINCT o.chinese_name COLLATE "C" ORDER BY o.chinese_name COLLATE "C")
                FILTER (WHERE o.chinese_name IS NOT NULL), '[]') AS chinese_names,
       jsonb_agg(DISTINCT o.kind ORDER BY o.kind) AS kinds,
       jsonb_agg(DISTINCT o.doc_id ORDER BY o.doc_id) AS documents,
       count(DISTINCT o.doc_id) AS n_documents,
       min(d.release_date) AS first_seen,
       max(d.release_date) AS last_seen
FROM document_organisations o JOIN documents d ON d.id = o.doc_id
GROUP BY o.org_key;
