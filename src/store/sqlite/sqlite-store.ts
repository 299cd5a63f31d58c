import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CorroborateError, type ErrorCode } from '../../core/errors.js';
import type { CleanDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import type { ReportFacts } from '../../corpus/align/facet-types.js';
import type { FacetVerdict } from '../../corpus/corroborate/verdict-types.js';
import { summaryOf, type StoryRecord, type StorySummary } from '../../corpus/stories/story-types.js';
import type { CorpusState, IngestFailure, ReportSummary, SearchHit, Store, StoreStats, StoryLayerWrite, StoryMembership, WatchMark } from '../store.js';
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

  async loadCorpusState(name: string): Promise<CorpusState | undefined> {
    const row = this.db.prepare('SELECT revision, state_json FROM corpus_state WHERE name = ?').get(name) as Row | undefined;
    return row ? { revision: Number(row.revision), json: String(row.state_json) } : undefined;
  }

  async saveStoryLayer(w: StoryLayerWrite): Promise<number> {
    const now = new Date().toISOString();
    const db = this.db;
    return db.transaction(() => {
      const row = db.prepare('SELECT revision FROM corpus_state WHERE name = ?').get(w.stateName) as Row | undefined;
      const current = row ? Number(row.revision) : 0;
      if (current !== w.expectedRevision) {
        throw new CorroborateError('CRB_ERR_STORE_CONFLICT', `"${w.stateName}" is at revision ${current}, not ${w.expectedRevision}`);
      }
      const putFacts = db.prepare('INSERT INTO report_facts (doc_id, facts_json) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET facts_json = excluded.facts_json');
      for (const f of w.facts) putFacts.run(f.docId, JSON.stringify(f));
      const drop = db.prepare('DELETE FROM stories WHERE id = ?');
      for (const id of w.removed) drop.run(id);
      const putStory = db.prepare(`INSERT INTO stories (id, title, label, span_start, span_end, first_published, last_published,
          report_count, origin_count, contradicted_count, summary_json, record_json, updated_at)
        VALUES (@id, @title, @label, @span_start, @span_end, @first_published, @last_published,
          @report_count, @origin_count, @contradicted_count, @summary_json, @record_json, @updated_at)`);
      const putMember = db.prepare('INSERT INTO story_reports (story_id, doc_id, role, rank) VALUES (?, ?, ?, ?)');
      const putFacet = db.prepare('INSERT INTO story_facets (story_id, facet_key, pos, kind, status, origins, verdict_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const putFinding = db.prepare('INSERT INTO cross_findings (story_id, doc_id, rule_id, finding_json) VALUES (?, ?, ?, ?)');
      for (const r of w.stories) {
        // Replacing a story replaces its memberships, facets and findings (ON DELETE CASCADE).
        drop.run(r.id);
        const { facets, findings, ...rest } = r;
        putStory.run({
          id: r.id,
          title: r.title,
          label: r.label,
          span_start: r.timeSpan?.start ?? null,
          span_end: r.timeSpan?.end ?? null,
          first_published: r.published?.first ?? null,
          last_published: r.published?.last ?? null,
          report_count: r.counts.reports,
          origin_count: r.counts.independentOrigins,
          contradicted_count: r.counts.contradicted,
          summary_json: JSON.stringify(summaryOf(r)),
          record_json: JSON.stringify(rest),
          updated_at: now,
        });
        r.reports.forEach((e, i) => putMember.run(r.id, e.docId, e.role, i));
        facets.forEach((v, i) => putFacet.run(r.id, v.key, i, v.kind, v.status, v.origins, JSON.stringify(v)));
        for (const f of findings) putFinding.run(r.id, f.docId, f.ruleId, JSON.stringify(f));
      }
      if (w.parts) {
        if (w.parts.clear) db.prepare('DELETE FROM corpus_state_parts WHERE name = ?').run(w.stateName);
        const dropPart = db.prepare('DELETE FROM corpus_state_parts WHERE name = ? AND key = ?');
        for (const k of w.parts.drop) dropPart.run(w.stateName, k);
        const putPart = db.prepare('INSERT INTO corpus_state_parts (name, key, value) VALUES (?, ?, ?) ON CONFLICT (name, key) DO UPDATE SET value = excluded.value');
        for (const [k, v] of w.parts.put) putPart.run(w.stateName, k, v);
      }
      db.prepare(`INSERT INTO corpus_state (name, revision, state_json, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET revision = excluded.revision, state_json = excluded.state_json, updated_at = excluded.updated_at`).run(
        w.stateName,
        current + 1,
        w.state,
        now,
      );
      return current + 1;
    })();
  }

  async reportFacts(ids: readonly string[]): Promise<Map<string, ReportFacts>> {
    const out = new Map<string, ReportFacts>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT doc_id, facts_json FROM report_facts WHERE doc_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[];
      for (const r of rows) out.set(String(r.doc_id), JSON.parse(String(r.facts_json)) as ReportFacts);
    }
    return out;
  }

  async *corpusStateParts(name: string, prefix: string): AsyncIterable<[string, string]> {
    // Read in pages by key, so no statement stays open across the caller's awaits.
    const page = this.db.prepare('SELECT key, value FROM corpus_state_parts WHERE name = ? AND key >= ? AND key < ? ORDER BY key LIMIT 256');
    const after = this.db.prepare('SELECT key, value FROM corpus_state_parts WHERE name = ? AND key > ? AND key < ? ORDER BY key LIMIT 256');
    // Keys starting with the prefix sort between it and the prefix followed by the last code point.
    const end = `${prefix}\u{10FFFF}`;
    let rows = page.all(name, prefix, end) as Row[];
    while (rows.length) {
      for (const r of rows) yield [String(r.key), String(r.value)];
      rows = after.all(name, String(rows[rows.length - 1]!.key), end) as Row[];
    }
  }

  async reportTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT id, text FROM reports WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Row[];
      for (const r of rows) out.set(String(r.id), String(r.text));
    }
    return out;
  }

  async listStories(opts: { limit?: number; offset?: number } = {}): Promise<StorySummary[]> {
    const rows = this.db
      .prepare('SELECT summary_json FROM stories ORDER BY origin_count DESC, report_count DESC, id LIMIT ? OFFSET ?')
      .all(opts.limit ?? 100, opts.offset ?? 0) as Row[];
    return rows.map((r) => JSON.parse(String(r.summary_json)) as StorySummary);
  }

  async countStories(): Promise<number> {
    return Number((this.db.prepare('SELECT count(*) AS n FROM stories').get() as Row).n);
  }

  async getStory(id: string): Promise<StoryRecord | undefined> {
    const row = this.db.prepare('SELECT record_json FROM stories WHERE id = ?').get(id) as Row | undefined;
    if (!row) return undefined;
    const rest = JSON.parse(String(row.record_json)) as Omit<StoryRecord, 'facets' | 'findings'>;
    const facets = (this.db.prepare('SELECT verdict_json FROM story_facets WHERE story_id = ? ORDER BY pos').all(id) as Row[]).map(
      (r) => JSON.parse(String(r.verdict_json)) as FacetVerdict,
    );
    const findings = (this.db.prepare('SELECT finding_json FROM cross_findings WHERE story_id = ? ORDER BY id').all(id) as Row[]).map(
      (r) => JSON.parse(String(r.finding_json)) as Finding,
    );
    return { ...rest, facets, findings };
  }

  async storiesOfReport(docId: string): Promise<StoryMembership[]> {
    const rows = this.db.prepare("SELECT story_id, role FROM story_reports WHERE doc_id = ? ORDER BY role = 'linked', story_id").all(docId) as Row[];
    return rows.map((r) => ({ storyId: String(r.story_id), role: String(r.role) === 'linked' ? 'linked' : 'member' }));
  }

  async crossReportFindings(docId: string): Promise<Finding[]> {
    const rows = this.db.prepare('SELECT finding_json FROM cross_findings WHERE doc_id = ? ORDER BY story_id, id').all(docId) as Row[];
    return rows.map((r) => JSON.parse(String(r.finding_json)) as Finding);
  }

  async watchMarks(source: string): Promise<WatchMark[]> {
    const rows = this.db.prepare('SELECT key, hash, size, mtime_ms FROM watch_marks WHERE source = ? ORDER BY key').all(source) as Row[];
    return rows.map((r) => {
      const m: WatchMark = { source, key: String(r.key) };
      if (r.hash != null) m.hash = String(r.hash);
      if (r.size != null) m.size = Number(r.size);
      if (r.mtime_ms != null) m.mtimeMs = Number(r.mtime_ms);
      return m;
    });
  }

  async putWatchMarks(marks: readonly WatchMark[]): Promise<void> {
    const now = new Date().toISOString();
    const put = this.db.prepare(`INSERT INTO watch_marks (source, key, hash, size, mtime_ms, marked_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (source, key) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms, marked_at = excluded.marked_at`);
    this.db.transaction(() => {
      for (const m of marks) put.run(m.source, m.key, m.hash ?? null, m.size ?? null, m.mtimeMs ?? null, now);
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
