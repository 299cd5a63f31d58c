import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../core/stage.js';
import type { Paragraph, ReportDocument } from '../../model/document.js';
import { numbersStage } from '../numbers/numbers-stage.js';
import type { NumericFact } from '../numbers/numeric-types.js';
import { quotesStage } from '../quotes/quotes-stage.js';
import type { Quote } from '../quotes/quote-types.js';
import { claimsStage } from './claims-stage.js';
import type { Claim } from './claim-types.js';

function doc(text: string, paragraphs: Paragraph[]): ReportDocument {
  return { id: 'r1', source: { kind: 'stdin', location: '-', fetchedAt: '2024-01-01T00:00:00Z' }, format: 'text', given: {}, raw: text, text, paragraphs, data: {}, findings: [] };
}

function paragraphsOf(text: string, lang: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ range: [at, at + line.length], lang, confidence: 0.9, foreign: [] });
    at += line.length + 1;
  }
  return out;
}

const pipeline = createPipeline([quotesStage, numbersStage, claimsStage], ['raw', 'source', 'given', 'text', 'paragraphs']);

test('stages: quotes, numbers and claims fill their data slots in order', () => {
  const text = 'Governor Mira Talvik said four drones were shot down over Orvik.\n“Nobody was hurt,” she added.';
  const d = pipeline.run(doc(text, paragraphsOf(text, 'en')));
  const quotes = d.data.quotes as Quote[];
  const numbers = d.data.numbers as NumericFact[];
  const claims = d.data.claims as Claim[];
  assert.deepEqual(quotes.map((q) => [q.kind, q.speaker.name]), [['indirect', 'Mira Talvik'], ['direct', 'Mira Talvik']]);
  assert.deepEqual(numbers.map((n) => [n.value, n.category, n.source?.text]), [[4, 'shot-down', 'Mira Talvik']]);
  assert.deepEqual(claims.map((c) => c.kind), ['attributed-statement', 'attributed-statement']);
  assert.deepEqual(d.findings, []);
});

test('stages: numbers reads the same sources whether or not quotes ran first', () => {
  const text = '“Nine drones fell on the airfield,” said Colonel Edda Prins.';
  const alone = createPipeline([numbersStage], ['raw', 'source', 'given', 'text']).run(doc(text, paragraphsOf(text, 'en')));
  const after = pipeline.run(doc(text, paragraphsOf(text, 'en')));
  assert.deepEqual(alone.data.numbers, after.data.numbers);
});

test('stages: a report in another language says the English cues did not apply', () => {
  const text = 'Le maire a déclaré : « Deux drones ont été abattus. »';
  const d = pipeline.run(doc(text, paragraphsOf(text, 'fr')));
  const notes = d.findings.filter((f) => f.ruleId === 'stage-coverage').map((f) => f.messageId);
  assert.deepEqual(notes, ['quotes-english-only', 'numbers-english-only', 'claims-english-only']);
  assert.equal((d.data.quotes as Quote[]).length, 1);
});

test('stages: declared needs are checked when the pipeline is built', () => {
  assert.throws(() => createPipeline([claimsStage], ['raw', 'source', 'given', 'text']), /requires "quotes"/);
});
