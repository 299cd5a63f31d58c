import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import { reportFromString } from '../ingest/build-report.js';
import type { CleanDocument } from '../model/document.js';
import { runOne } from '../run/report-runner.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { countFacts, makeStory } from '../../test/support/make-story.js';
import { selectorsOf, writeAnnotations, type SpecificResource, type TextualBody, type WebAnnotation } from './annotations-export.js';
import { ExportLookup } from './export-selection.js';
import { stringSink as collector } from './export-sink.js';

// Invented reports. Emoji before the evidence put characters outside the BMP (two UTF-16 code
// units each) ahead of every offset.
const TEXT_A = `🛩🛩 Nine drones launched at Varna Nova port, officials say 🔥

"Nine drones were launched at the port overnight," a port official who spoke on condition of anonymity told Harbour Watch. 🛩 "Two warehouses burned," said a senior official who asked not to be named. "We expected it," a security source said. Officials said nine drones were launched at Varna Nova overnight.

"It was not the first time," a person close to the investigation said. The mayor has not commented.`;
const TEXT_B = `Varna Nova counts fourteen drones

Officials said 14 drones were launched at Varna Nova during the night, according to the regional administration. Emergency services said the fires were out by morning.`;

let dir: string;
let store: Store;
let a: CleanDocument;
let b: CleanDocument;

async function analysed(text: string, location: string, url?: string): Promise<CleanDocument> {
  const raw = reportFromString('text', text, {
    source: { kind: 'file', location, fetchedAt: '2026-03-03T18:00:00.000Z' },
    given: { published: '2026-03-03T17:40:00+02:00', ...(url ? { url } : {}) },
    input: location,
  });
  const r = runOne(createReportPipeline(), raw);
  if (!r.ok) throw new Error(r.error.oneLine());
  return r.doc;
}

const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

before(async () => {
  await prepareAnalysis();
  a = await analysed(TEXT_A, 'varna-nova-port.txt', 'https://harbour-watch.example/varna-nova-port');
  b = await analysed(TEXT_B, 'varna-nova-count.txt');
  dir = mkdtempSync(join(tmpdir(), 'crb-annotations-'));
  store = openSqliteStore(join(dir, 'an.db'));
  await store.putReports([a, b]);
  const fa = countFacts(a, 9, 'nine drones were launched');
  const fb = countFacts(b, 14, '14 drones were launched');
  await store.saveStoryLayer({ facts: [fa, fb], stories: [makeStory('story-1', [fa, fb])], removed: [], stateName: 'test', state: '{}', expectedRevision: 0 });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('quote context stops at whole characters: never half a surrogate pair', () => {
  const text = `${'🛩'.repeat(40)}ab WORD ${'🛩'.repeat(40)}`;
  const start = text.indexOf('WORD');
  const [quote, position] = selectorsOf(text, start, start + 4);
  assert.deepEqual(position, { type: 'TextPositionSelector', start, end: start + 4 });
  assert.equal(quote.exact, 'WORD');
  assert.equal(quote.prefix.length, 33, 'rounded out by one code unit to keep the pair whole');
  assert.equal(quote.suffix.length, 33);
  assert.ok(!lone.test(quote.prefix) && !lone.test(quote.suffix));
  assert.equal(text.slice(start - quote.prefix.length, start), quote.prefix);
  assert.equal(text.slice(start + 4, start + 4 + quote.suffix.length), quote.suffix);
  // At the edges of the text the context is what there is.
  const [edge] = selectorsOf('WORD', 0, 4);
  assert.deepEqual([edge.prefix, edge.suffix], ['', '']);
});

test('one annotation per evidence span of every finding, each selecting exactly its words', async () => {
  const cross = await store.crossReportFindings(a.id);
  assert.ok(a.findings.length > 0, 'the signals find the anonymous sourcing');
  assert.ok(cross.some((f) => f.ruleId === 'contradicted-claim'), 'the story layer finds the conflict');
  const sink = collector();
  const n = await writeAnnotations([a, b], new ExportLookup(store), store, sink, { generatedAt: '2026-03-04T12:00:00.000Z' });
  const doc = JSON.parse(sink.text()) as { '@context': string; type: string; total: number; first: { type: string; startIndex: number; items: WebAnnotation[] } };
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  assert.equal(doc.first.type, 'AnnotationPage');
  assert.equal(doc.first.startIndex, 0);
  assert.equal(doc.total, n);
  assert.equal(doc.first.items.length, n);

  const expected = async (d: CleanDocument) => [...d.findings, ...(await store.crossReportFindings(d.id))].reduce((s, f) => s + f.evidence.length, 0);
  assert.equal(n, (await expected(a)) + (await expected(b)));
  assert.equal(new Set(doc.first.items.map((x) => x.id)).size, n, 'ids are unique');

  const texts = new Map([
    ['https://harbour-watch.example/varna-nova-port', a.text],
    [`urn:corroborate:report:${b.id}`, b.text],
  ]);
  const holds = (r: SpecificResource) => {
    const text = texts.get(r.source);
    assert.ok(text !== undefined, `source ${r.source} is one of the reports`);
    const [q, p] = r.selector;
    assert.equal(q.type, 'TextQuoteSelector');
    assert.equal(p.type, 'TextPositionSelector');
    assert.equal(text.slice(p.start, p.end), q.exact);
    assert.equal(text.slice(p.start - q.prefix.length, p.start), q.prefix);
    assert.equal(text.slice(p.end, p.end + q.suffix.length), q.suffix);
    assert.equal(q.prefix.length, Math.min(32, p.start) + (lone.test(text.slice(Math.max(0, p.start - 32), p.start)) ? 1 : 0));
    assert.ok(!lone.test(q.prefix) && !lone.test(q.suffix));
  };
  for (const item of doc.first.items) {
    assert.equal(item.type, 'Annotation');
    assert.equal(item.motivation, 'assessing');
    holds(item.target);
    const bodies = item.body.filter((x): x is TextualBody => x.type === 'TextualBody');
    assert.deepEqual(bodies.map((x) => x.purpose), ['assessing', 'classifying', 'tagging']);
    assert.match(bodies[2]!.value, /^(info|warning|error)$/);
    for (const link of item.body.filter((x): x is SpecificResource => x.type === 'SpecificResource')) {
      assert.equal(link.purpose, 'linking');
      holds(link);
    }
  }
  // The offsets are UTF-16 code units: the emoji ahead of the words count two each.
  const anon = doc.first.items.find((x) => (x.body[1] as TextualBody).value === 'anonymous-sourcing');
  assert.ok(anon, 'an annotation for anonymous sourcing');
  const at = a.text.indexOf(anon.target.selector[0].exact);
  assert.equal(anon.target.selector[1].start, at);
  assert.ok(at > [...a.text.slice(0, at)].length, 'code units, not code points');
  // The contradiction links to the other report's words.
  const conflict = doc.first.items.find((x) => x.target.source.startsWith('https://') && (x.body[1] as TextualBody).value === 'contradicted-claim');
  assert.ok(conflict);
  const link = conflict.body.find((x): x is SpecificResource => x.type === 'SpecificResource');
  assert.equal(link?.source, `urn:corroborate:report:${b.id}`);
  assert.equal(link?.selector[0].exact, '14 drones were launched');
});
