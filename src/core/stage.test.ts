import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, defineStage } from './stage.js';
import type { ReportDocument } from '../model/document.js';

const doc = (): ReportDocument => ({
  id: 'x', source: { kind: 'stdin', location: '-', fetchedAt: '2024-01-01T00:00:00Z' },
  format: 'text', given: {}, raw: 'Drones over the city. Two were shot down.', data: {}, findings: [],
});

const upper = defineStage({ id: 'upper', requires: ['raw'], provides: ['text'], run: (d) => { d.text = d.raw.toUpperCase(); } });
const count = defineStage({ id: 'count', requires: ['text'], provides: ['words'], run: (d) => { d.data.words = d.text!.split(/\s+/).length; } });

test('a pipeline runs its stages in order', () => {
  const out = createPipeline([upper, count]).run(doc());
  assert.equal(out.text, 'DRONES OVER THE CITY. TWO WERE SHOT DOWN.');
  assert.equal(out.data.words, 8);
});

test('a stage whose needs come later is refused at construction', () => {
  assert.throws(() => createPipeline([count, upper]), /requires "text"/);
});

test('two stages that provide the same thing are refused', () => {
  const other = defineStage({ id: 'other', requires: ['raw'], provides: ['text'], run: () => {} });
  assert.throws(() => createPipeline([upper, other]), /already provided by "upper"/);
});

test('a pipeline is frozen once built', () => {
  const p = createPipeline([upper]);
  assert.ok(Object.isFrozen(p) && Object.isFrozen(p.stages));
  assert.throws(() => { (p.stages as unknown as unknown[]).push(count); });
});

test('stage ids must be kebab-case', () => {
  assert.throws(() => defineStage({ id: 'Bad_Id', requires: [], provides: ['x'], run: () => {} }), /kebab-case/);
});
