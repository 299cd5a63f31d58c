/**
 * Numbered migrations, applied in order inside one transaction each; `schema_migrations`
 * records which ran. The table statements are plain SQL a PostgreSQL backend can share;
 * only the FTS5 index is SQLite's own.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports',
    sql: `
CREATE TABLE reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source_kind TEXT NOT NULL,
  location TEXT NOT NULL,
  line INTEGER,
  url TEXT,
  fetched_at TEXT NOT NULL,
  format TEXT NOT NULL,
  headline TEXT,
  outlet TEXT,
  author TEXT,
  published TEXT,
  language TEXT,
  chars INTEGER NOT NULL,
  removed_count INTEGER NOT NULL,
  raw TEXT NOT NULL,
  extracted TEXT NOT NULL,
  text TEXT NOT NULL,
  doc_json TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX reports_published ON reports (published);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  inputs_json TEXT NOT NULL,
  stats_json TEXT
);
CREATE TABLE ingest_failures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id INTEGER NOT NULL REFERENCES runs (id),
  input TEXT NOT NULL,
  line INTEGER,
  code TEXT NOT NULL,
  message TEXT NOT NULL
);`,
  },
  {
    version: 2,
    name: 'reports-fts',
    // External-content FTS5: the text lives once, in `reports`; the index holds only tokens.
    sql: `
CREATE VIRTUAL TABLE reports_fts USING fts5 (
  headline, text, content = 'reports', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);`,
  },
];
