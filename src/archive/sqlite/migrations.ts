/**
 * The SQLite archive's schema, one numbered step each, run in order inside a
 * transaction; `PRAGMA user_version` records the last step applied. Steps are
 * forward-only: a released step is never edited, a change is a new step.
 */
export const migrations: readonly string[] = [
  // 1: meetings, their revisions, reviewed items, comments, the audit trail, and the search index.
  `
  CREATE TABLE archive_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO archive_info (key, value) VALUES ('application', 'minutes');

  CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    title TEXT,
    group_name TEXT,
    date TEXT,
    language TEXT NOT NULL,
    kind TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX meetings_file_name ON meetings (file_name);
  CREATE INDEX meetings_group_date ON meetings (group_name COLLATE NOCASE, date);
  CREATE INDEX meetings_date ON meetings (date);

  CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    number INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    source_path TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    record TEXT NOT NULL,
    source_text TEXT,
    processed_at TEXT NOT NULL,
    UNIQUE (meeting_id, number)
  );
  CREATE INDEX revisions_sha256 ON revisions (sha256);

  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    type TEXT NOT NULL CHECK (type IN ('action', 'decision')),
    origin TEXT NOT NULL CHECK (origin IN ('extracted', 'added')),
    text TEXT NOT NULL,
    owner TEXT,
    due TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    edited TEXT NOT NULL DEFAULT '[]',
    flags TEXT NOT NULL DEFAULT '[]',
    confidence REAL,
    extracted TEXT,
    quote TEXT NOT NULL,
    speaker TEXT,
    source_path TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    start_seconds REAL,
    position INTEGER NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX items_meeting ON items (meeting_id, position);
  CREATE INDEX items_owner ON items (owner COLLATE NOCASE);
  CREATE INDEX items_status ON items (type, status);

  CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX comments_item ON comments (item_id, id);

  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    by TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX audit_item ON audit (item_id, id);

  CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    type TEXT NOT NULL,
    item_id INTEGER UNIQUE,
    text TEXT NOT NULL,
    speaker TEXT,
    language TEXT NOT NULL,
    source_path TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    start_seconds REAL
  );
  CREATE INDEX passages_meeting ON passages (meeting_id, type);
  -- stems: the folded stems of the passage; tags: its type, language and group (\`typeaction\`, \`langfr\`, \`group\` and a hash), so that those filters stay inside the index.
  CREATE VIRTUAL TABLE passages_fts USING fts5 (stems, tags, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // 2: action items by due date, for `actions --due-before`.
  `
  CREATE INDEX items_due ON items (type, due);
  `
]
