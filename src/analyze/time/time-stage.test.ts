import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, INITIAL_CAPABILITIES } from '../../core/stage.js';
import type { ReportDocument, ReportMeta } from '../../model/document.js';
import { TIME_COVERAGE_RULE, timeStage } from './time-stage.js';
import type { TimeExpression } from './time-types.js';

function doc(text: string, meta: ReportMeta): ReportDocument {
  return {
    id: 'doc-1',
    source: { kind: 'stdin', location: '-', fetchedAt: '2024-03-14T10:00:00Z' },
    format: 'text',
    given: {},
    raw: text,
    text,
    meta,
    data: {},
    findings: [],
  };
}

const TEXT = 'Early Tuesday morning, drones struck the Kolm refinery, Governor Ansel Brook said. Later that day, a second wave was intercepted.';

test('the stage reads times against meta.published and stores them in data.times', () => {
  const d = doc(TEXT, { language: 'en', published: { value: '2024-03-14T09:30:00+02:00', precision: 'minute', from: 'meta-tag' } });
  createPipeline([timeStage], [...INITIAL_CAPABILITIES, 'text', 'meta']).run(d);
  const times = d.data.times as TimeExpression[];
  assert.deepEqual(times.map((t) => t.text), ['Early Tuesday morning', 'Later that day']);
  assert.deepEqual(times[0]!.interval, { start: '2024-03-12T00:00', end: '2024-03-12T08:00' });
  assert.equal(times[1]!.anchor, 'previous-expression');
  assert.deepEqual(times[1]!.interval, { start: '2024-03-12T08:00', end: '2024-03-13T00:00' });
  assert.deepEqual(d.findings, []);
});

test('without a publication date the stage keeps the words and leaves them unresolved', () => {
  const d = doc(TEXT, { language: 'en' });
  timeStage.run(d, { options: {} });
  const times = d.data.times as TimeExpression[];
  assert.equal(times[0]!.resolution, 'unresolved');
  assert.equal(times[1]!.resolution, 'unresolved');
});

test('a language with no grammar gets an empty list and a finding that says why', () => {
  const d = doc('ორშაბათს დრონებმა შეუტიეს.', { language: 'ka' });
  timeStage.run(d, { options: {} });
  assert.deepEqual(d.data.times, []);
  const f = d.findings.find((x) => x.ruleId === TIME_COVERAGE_RULE);
  assert.equal(f?.messageId, 'not-applied');
  assert.equal(f?.severity, 'info');
});

test('a language chrono reads is read, with a finding naming the narrower coverage', () => {
  const d = doc('Am 21. Dezember 2023 griffen Drohnen Kasan an.', { language: 'de' });
  timeStage.run(d, { options: {} });
  const times = d.data.times as TimeExpression[];
  assert.deepEqual(times[0]?.interval, { start: '2023-12-21', end: '2023-12-22' });
  assert.equal(d.findings[0]?.messageId, 'partial');
});

test('the stage declares what it needs and gives', () => {
  assert.deepEqual([...timeStage.requires], ['text', 'meta']);
  assert.deepEqual([...timeStage.provides], ['times']);
  assert.throws(() => createPipeline([timeStage]), /requires "text"/);
});
