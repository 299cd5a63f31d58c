import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { ingest } from '../ingest/ingest.js';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import { runOne } from '../run/report-runner.js';
import { incidentSpanProblems } from '../analyze/incidents/incident-spans.js';
import { quoteSpanProblems } from '../analyze/quotes/quote-spans.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { EXIT } from '../cli/exit-codes.js';
import type { CleanDocument } from '../model/document.js';
import { REPORT_SCHEMA_VERSION, writeReportsJson, type ExportedReport, type ExportSink } from './json-export.js';
import { runCaptured as cli } from '../cli/run-captured.js';
import { stringSink as collector } from './export-sink.js';

const ROOT = new URL('../../', import.meta.url);
const SCHEMA = JSON.parse(readFileSync(new URL(`docs/schema/report.v${REPORT_SCHEMA_VERSION}.schema.json`, ROOT), 'utf8')) as object;
const EXAMPLES = new URL('examples/corpus/', ROOT).pathname;

/** A real validator, strict: the schema itself must be well-formed draft 2020-12. */
function validator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile(SCHEMA);
}

async function exampleDocs(): Promise<CleanDocument[]> {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const docs: CleanDocument[] = [];
  for await (const ev of ingest([EXAMPLES])) {
    if (ev.kind === 'error') throw new Error(ev.error.oneLine());
    const r = runOne(pipeline, ev.report);
    if (!r.ok) throw new Error(r.error.oneLine());
    docs.push(r.doc);
  }
  return docs;
}

/** A sink that collects what is written. */
const docs = exampleDocs();

test('an export of the example corpus validates against the versioned schema, and its spans hold', async () => {
  const all = await docs;
  const sink = collector();
  const n = await writeReportsJson(all, sink, { generatedAt: '2026-03-15T08:00:00.000Z' });
  assert.equal(n, all.length);
  const parsed = JSON.parse(sink.text()) as { schemaVersion: number; generatedAt: string; reports: ExportedReport[] };
  const validate = validator();
  assert.ok(validate(parsed), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(parsed.schemaVersion, 1);
  assert.equal(parsed.reports.length, all.length);
  // One report per line: line-oriented tools can split it.
  assert.equal(sink.text().trimEnd().split('\n').length, all.length + 2);
  for (const r of parsed.reports) {
    assert.deepEqual(quoteSpanProblems(r.text, r.quotes), [], r.id);
    assert.deepEqual(incidentSpanProblems(r.text, r.incidents), [], r.id);
    for (const e of r.entities) for (const m of e.mentions) assert.equal(r.text.slice(m.range[0], m.range[1]), m.text);
  }
  // The reading layer is in it: incidents with places, attackers and counts.
  const incidents = parsed.reports.flatMap((r) => r.incidents);
  assert.ok(incidents.some((i) => i.location.name === 'Tolvany' && i.attacker?.some((a) => a.name === 'Karvelia' && a.stance === 'blamed')));
});

test('the schema rejects what breaks it: a wrong version, an unknown field, a broken span', async () => {
  const [doc] = await docs;
  assert.ok(doc);
  const sink = collector();
  await writeReportsJson([doc], sink);
  const good = JSON.parse(sink.text()) as { schemaVersion: number; reports: Array<Record<string, unknown>> };
  const validate = validator();
  assert.ok(validate(good));
  assert.equal(validate({ ...good, schemaVersion: 2 }), false);
  assert.equal(validate({ ...good, reports: [{ ...good.reports[0], extra: true }] }), false);
  assert.equal(validate({ ...good, reports: [{ ...good.reports[0], paragraphs: [{ range: [0], lang: 'en', confidence: 1, foreign: [] }] }] }), false);
});

test('an empty store exports a valid empty document', async () => {
  const sink = collector();
  assert.equal(await writeReportsJson([], sink), 0);
  const parsed = JSON.parse(sink.text()) as unknown;
  assert.ok(validator()(parsed));
});

test('the writer waits for a slow sink to drain instead of buffering the export', async () => {
  const all = (await docs).slice(0, 6);
  const e = new EventEmitter();
  let pending = 0;
  let maxPending = 0;
  let out = '';
  const slow: ExportSink = Object.assign(e, {
    write(chunk: string) {
      out += chunk;
      pending++;
      maxPending = Math.max(maxPending, pending);
      // Report "full" on every write and drain a tick later, like a pipe to a slow reader.
      setImmediate(() => {
        pending = 0;
        e.emit('drain');
      });
      return false;
    },
  });
  assert.equal(await writeReportsJson(all, slow), all.length);
  assert.equal(maxPending, 1, 'never more than one chunk in flight');
  assert.equal((JSON.parse(out) as { reports: unknown[] }).reports.length, all.length);
});


test('corroborate export --format json: stdout or --out, chosen ids, and clear failures', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-export-'));
  try {
    const db = join(dir, 'x.db');
    const all = (await docs).slice(0, 4);
    const store = openSqliteStore(db);
    await store.putReports(all);
    await store.close();

    const whole = await cli('export', '--format', 'json', '--db', db);
    assert.equal(whole.code, EXIT.ok, whole.err);
    const parsed = JSON.parse(whole.out) as { reports: ExportedReport[] };
    assert.ok(validator()(parsed));
    assert.deepEqual(parsed.reports.map((r) => r.id).sort(), all.map((d) => d.id).sort());

    const one = await cli('export', '--format', 'json', '--db', db, all[1]!.id.slice(0, 8));
    assert.deepEqual((JSON.parse(one.out) as { reports: ExportedReport[] }).reports.map((r) => r.id), [all[1]!.id]);

    const file = join(dir, 'out.json');
    const toFile = await cli('export', '--format', 'json', '--db', db, '--out', file);
    assert.equal(toFile.code, EXIT.ok, toFile.err);
    assert.equal(toFile.out, '');
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { reports: unknown[] }).reports.length, all.length);
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.partial-')), [], 'no partial file left');

    const missing = await cli('export', '--format', 'json', '--db', db, '--out', join(dir, 'no.json'), 'ffffffffffff');
    assert.equal(missing.code, EXIT.fatal);
    assert.match(missing.err, /CRB_ERR_STORE_NOT_FOUND/);
    assert.equal(existsSync(join(dir, 'no.json')), false, 'a failed export leaves no file');
    const missingOut = await cli('export', '--format', 'json', '--db', db, 'ffffffffffff');
    assert.equal(missingOut.out, '', 'nothing half-written on stdout');

    // show reads the same store: the reading summary, and --no-highlight accepted beside --color.
    const shown = await cli('show', all[1]!.id.slice(0, 8), '--db', db, '--color', '--no-highlight');
    assert.equal(shown.code, EXIT.ok, shown.err);
    assert.match(shown.out, /Incidents \(\d+\)/u);
    assert.match(shown.out, /Claims \(\d+\)/u);

    assert.equal((await cli('export', '--db', db)).code, EXIT.usage);
    assert.equal((await cli('export', '--format', 'xml', '--db', db)).code, EXIT.usage);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
