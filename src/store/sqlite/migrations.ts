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
  {
    version: 3,
    name: 'stories',
    // The cross-report layer. A story's record is kept whole minus its facets and findings, which
    // have their own rows (queried by status and by report); `corpus_state` holds the incremental
    // state (clusterer, origin index, story layer) with a revision for concurrent writers.
    sql: `
CREATE TABLE report_facts (
  doc_id TEXT PRIMARY KEY,
  facts_json TEXT NOT NULL
);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  label TEXT NOT NULL,
  span_start TEXT,
  span_end TEXT,
  first_published TEXT,
  last_published TEXT,
  report_count INTEGER NOT NULL,
  origin_count INTEGER NOT NULL,
  contradicted_count INTEGER NOT NULL,
  summary_json TEXT NOT NULL,
  record_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_rank ON stories (origin_count DESC, report_count DESC, id);
CREATE TABLE story_reports (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  role TEXT NOT NULL,
  rank INTEGER NOT NULL,
  PRIMARY KEY (story_id, doc_id)
);
CREATE INDEX story_reports_doc ON story_reports (doc_id);
CREATE TABLE story_facets (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  facet_key TEXT NOT NULL,
  pos INTEGER NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  origins INTEGER NOT NULL,
  verdict_json TEXT NOT NULL,
  PRIMARY KEY (story_id, facet_key)
);
CREATE INDEX story_facets_status ON story_facets (status, story_id);
CREATE TABLE cross_findings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  finding_json TEXT NOT NULL
);
CREATE INDEX cross_findings_doc ON cross_findings (doc_id);
CREATE INDEX cross_findings_story ON cross_findings (story_id);
CREATE TABLE corpus_state (
  name TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  state_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);`,
  },
  {
    version: 4,
    name: 'watch-marks',
    // What \`corroborate watch\` has read from each source (a folder's files by path, with size,
    // mtime and content hash; a feed's items by id or link), so a restart reads nothing twice.
    sql: `
CREATE TABLE watch_marks (
  source TEXT NOT NULL,
  key TEXT NOT NULL,
  hash TEXT,
  size INTEGER,
  mtime_ms REAL,
  marked_at TEXT NOT NULL,
  PRIMARY KEY (source, key)
);`,
  },
  {
    version: 5,
    name: 'corpus-state-parts',
    // The cross-report layer's state in keyed parts (saved batches, stories, links), so that a
    // batch writes what it changed instead of the whole state; read back in key order.
    sql: `
CREATE TABLE corpus_state_parts (
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (name, key)
) WITHOUT ROWID;`,
  },
];
