import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CorroborateError, type ErrorCode } from '../../core/errors.js';
import type { CleanDocument } from '../../model/document.js';
import type { IngestFailure, ReportSummary, SearchHit, Store, StoreStats } from '../store.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

/** Opens (and migrates) a SQLite store. `:memory:` works for tests and one-off runs. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // WAL: readers (the server) do not block a running analysis, and a crash leaves committed batches intact.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (e) {
    throw new CorroborateError('CRB_ERR_STORE_OPEN', `cannot open database: ${(e as Error).message}`, { input: path, cause: e });
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)));
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}

/** The big strings get their own columns; everything else of the document travels as JSON. */
function docJson(doc: CleanDocument): string {
  const { raw: _raw, extracted: _extracted, text: _text, ...rest } = doc;
  return JSON.stringify(rest);
}

function summary(r: Row): ReportSummary {
  const s: ReportSummary = {
    id: String(r.id),
    location: String(r.location),
    chars: Number(r.chars),
    removedCount: Number(r.removed_count),
  };
  if (r.headline != null) s.headline = String(r.headline);
  if (r.outlet != null) s.outlet = String(r.outlet);
  if (r.published != null) s.published = String(r.published);
  if (r.language != null) s.language = String(r.language);
  if (r.url != null) s.url = String(r.url);
  return s;
}

/**
 * Turns what a person types into an FTS5 query: each word a quoted term, so punctuation and
 * operators in a search box cannot make the query invalid. `"a phrase"` stays a phrase.
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const re = /"([^"]+)"|([\p{L}\p{N}_]+)/gu;
  for (const m of input.matchAll(re)) {
    const term = (m[1] ?? m[2] ?? '').replace(/"/g, '');
    if (term.trim()) parts.push(`"${term}"`);
  }
  return parts.join(' ');
}

class SqliteStore implements Store {
  private readonly insert: Database.Statement;
  private readonly insertFts: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO reports
      (id, source_kind, location, line, url, fetched_at, format, headline, outlet, author, published, language,
       chars, removed_count, raw, extracted, text, doc_json, stored_at)
      VALUES (@id, @source_kind, @location, @line, @url, @fetched_at, @format, @headline, @outlet, @author, @published,
       @language, @chars, @removed_count, @raw, @extracted, @text, @doc_json, @stored_at)
      ON CONFLICT (id) DO NOTHING`);
    this.insertFts = db.prepare('INSERT INTO reports_fts (rowid, headline, text) VALUES (?, ?, ?)');
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    // Chunks stay under SQLite's bound-parameter limit.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT id FROM reports WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[];
      for (const r of rows) found.add(String(r.id));
    }
    return found;
  }

  async putReports(docs: readonly CleanDocument[]): Promise<number> {
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      let added = 0;
      for (const doc of docs) {
        const info = this.insert.run({
          id: doc.id,
          source_kind: doc.source.kind,
          location: doc.source.location,
          line: doc.source.line ?? null,
          url: doc.source.url ?? doc.meta.canonicalUrl ?? null,
          fetched_at: doc.source.fetchedAt,
          format: doc.format,
          headline: doc.meta.headline?.value ?? null,
          outlet: doc.meta.outlet?.value ?? null,
          author: doc.meta.author?.value ?? null,
          published: doc.meta.published?.value ?? null,
          language: doc.meta.language ?? null,
          chars: doc.text.length,
          removed_count: doc.removed.length,
          raw: doc.raw,
          extracted: doc.extracted,
          text: doc.text,
          doc_json: docJson(doc),
          stored_at: now,
        });
        if (info.changes === 1) {
          this.insertFts.run(info.lastInsertRowid, doc.meta.headline?.value ?? '', doc.text);
          added++;
        }
      }
      return added;
    })();
  }

  async getReport(idOrPrefix: string): Promise<CleanDocument | undefined> {
    let row = this.db.prepare('SELECT raw, extracted, text, doc_json FROM reports WHERE id = ?').get(idOrPrefix) as Row | undefined;
    if (!row && idOrPrefix.length >= 6 && /^[0-9a-f]+$/i.test(idOrPrefix)) {
      const rows = this.db
        .prepare("SELECT raw, extracted, text, doc_json FROM reports WHERE id LIKE ? || '%' LIMIT 2")
        .all(idOrPrefix.toLowerCase()) as Row[];
      if (rows.length === 1) row = rows[0];
    }
    if (!row) return undefined;
    const rest = JSON.parse(String(row.doc_json)) as Omit<CleanDocument, 'raw' | 'extracted' | 'text'>;
    return { ...rest, raw: String(row.raw), extracted: String(row.extracted), text: String(row.text) } as CleanDocument;
  }

  async listReports(opts: { limit?: number; offset?: number } = {}): Promise<ReportSummary[]> {
    const rows = this.db
      .prepare(`SELECT id, location, url, headline, outlet, published, language, chars, removed_count
        FROM reports ORDER BY published IS NULL, published, seq LIMIT ? OFFSET ?`)
      .all(opts.limit ?? 100, opts.offset ?? 0) as Row[];
    return rows.map(summary);
  }

  async search(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const rows = this.db
      .prepare(`SELECT r.id, r.location, r.url, r.headline, r.outlet, r.published, r.language, r.chars, r.removed_count,
          snippet(reports_fts, 1, '[', ']', '…', 16) AS snippet, bm25(reports_fts) AS score
        FROM reports_fts JOIN reports r ON r.seq = reports_fts.rowid
        WHERE reports_fts MATCH ? ORDER BY score LIMIT ?`)
      .all(fts, opts.limit ?? 20) as Row[];
    // bm25 is lower-is-better; flip it so a higher score means a better hit.
    return rows.map((r) => ({ ...summary(r), snippet: String(r.snippet), score: -Number(r.score) }));
  }

  async startRun(inputs: readonly string[]): Promise<number> {
    const info = this.db.prepare('INSERT INTO runs (started_at, inputs_json) VALUES (?, ?)').run(new Date().toISOString(), JSON.stringify(inputs));
    return Number(info.lastInsertRowid);
  }

  async finishRun(runId: number, stats: Record<string, number>): Promise<void> {
    this.db.prepare('UPDATE runs SET finished_at = ?, stats_json = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(stats), runId);
  }

  async recordFailures(runId: number, failures: readonly IngestFailure[]): Promise<void> {
    const stmt = this.db.prepare('INSERT INTO ingest_failures (run_id, input, line, code, message) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const f of failures) stmt.run(runId, f.input, f.line ?? null, f.code, f.message);
    })();
  }

  async failures(runId?: number): Promise<IngestFailure[]> {
    const rows = (runId === undefined
      ? this.db.prepare('SELECT input, line, code, message FROM ingest_failures ORDER BY id').all()
      : this.db.prepare('SELECT input, line, code, message FROM ingest_failures WHERE run_id = ? ORDER BY id').all(runId)) as Row[];
    return rows.map((r) => {
      const f: IngestFailure = { input: String(r.input), code: String(r.code) as ErrorCode, message: String(r.message) };
      if (r.line != null) f.line = Number(r.line);
      return f;
    });
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => Number((this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as Row).n);
    return { reports: count('reports'), failures: count('ingest_failures'), runs: count('runs') };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
