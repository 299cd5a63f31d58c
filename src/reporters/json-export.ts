/**
 * The JSON export: `{ schemaVersion, generatedAt, reports: [...] }` under the versioned schema in
 * docs/schema/report.v1.schema.json. Written report by report, so a large store never becomes one
 * string in memory; each report is one line, which also suits line-oriented tools.
 */
import type { Claim } from '../analyze/claims/claim-types.js';
import type { Entity } from '../analyze/entities/entity-types.js';
import type { Incident } from '../analyze/incidents/incident-types.js';
import type { NumericFact } from '../analyze/numbers/numeric-types.js';
import type { Quote } from '../analyze/quotes/quote-types.js';
import type { TimeExpression } from '../analyze/time/time-types.js';
import { CorroborateError } from '../core/errors.js';
import type { CleanDocument } from '../model/document.js';
import type { Store } from '../store/store.js';
import { writeChunk as put, type ExportSink } from './export-sink.js';

export type { ExportSink } from './export-sink.js';

/** The version of docs/schema/report.v<N>.schema.json this module writes. */
export const REPORT_SCHEMA_VERSION = 1;

/** One report as exported: the cleaned text and everything read from it (no raw input, no pre-cleaning text). */
export interface ExportedReport {
  id: string;
  source: CleanDocument['source'];
  format: CleanDocument['format'];
  meta: CleanDocument['meta'];
  text: string;
  removed: CleanDocument['removed'];
  paragraphs: CleanDocument['paragraphs'];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  numbers: NumericFact[];
  claims: Claim[];
  incidents: Incident[];
  findings: CleanDocument['findings'];
}

function list<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** The exported form of a document; a stage that did not run (an older stored report) exports an empty list. */
export function exportedReport(doc: CleanDocument): ExportedReport {
  return {
    id: doc.id,
    source: doc.source,
    format: doc.format,
    meta: doc.meta,
    text: doc.text,
    removed: doc.removed,
    paragraphs: doc.paragraphs,
    entities: list<Entity>(doc.data.entities),
    times: list<TimeExpression>(doc.data.times),
    quotes: list<Quote>(doc.data.quotes),
    numbers: list<NumericFact>(doc.data.numbers),
    claims: list<Claim>(doc.data.claims),
    incidents: list<Incident>(doc.data.incidents),
    findings: doc.findings,
  };
}

/**
 * Writes `{ schemaVersion, generatedAt, reports }` report by report. Returns how many reports were
 * written. The caller ends or closes the stream.
 */
export async function writeReportsJson(
  docs: AsyncIterable<CleanDocument> | Iterable<CleanDocument>,
  out: ExportSink,
  opts: { generatedAt?: string } = {},
): Promise<number> {
  const generatedAt = opts.generatedAt ?? new Date().toISOString();
  await put(out, `{"schemaVersion":${REPORT_SCHEMA_VERSION},"generatedAt":${JSON.stringify(generatedAt)},"reports":[`);
  let n = 0;
  for await (const doc of docs) {
    await put(out, `${n === 0 ? '\n' : ',\n'}${JSON.stringify(exportedReport(doc))}`);
    n++;
  }
  await put(out, `${n === 0 ? '' : '\n'}]}\n`);
  return n;
}

/**
 * Stored reports one at a time: the ones named (full ids or unambiguous prefixes), in that order,
 * or every report, page by page.
 */
export async function* storedReports(store: Store, ids: readonly string[] = [], pageSize = 100): AsyncGenerator<CleanDocument> {
  if (ids.length > 0) {
    // Every id is checked before the first report is yielded, so a wrong id never leaves half an export.
    const full: string[] = [];
    for (const id of ids) {
      const doc = await store.getReport(id);
      if (!doc) throw new CorroborateError('CRB_ERR_STORE_NOT_FOUND', `no stored report has id "${id}"`);
      full.push(doc.id);
    }
    for (const id of full) {
      const doc = await store.getReport(id);
      if (doc) yield doc;
    }
    return;
  }
  const seen = new Set<string>();
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listReports({ limit: pageSize, offset });
    for (const row of page) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const doc = await store.getReport(row.id);
      if (doc) yield doc;
    }
    if (page.length < pageSize) return;
  }
}
