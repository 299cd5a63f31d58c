import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import type { RawReport } from '../model/document.js';
import { createLocalRunner, createWorkerRunner } from './report-runner.js';

function report(i: number, text: string): RawReport {
  return {
    id: `r${i}`,
    source: { kind: 'file', location: `in/${i}.txt`, fetchedAt: '2026-03-04T00:00:00Z' },
    format: 'text',
    raw: text,
    given: {},
  };
}

const reports: RawReport[] = [
  report(0, 'Two drones downed over Kettleby\n\nThe city’s mayor said two drones were shot down before dawn on Tuesday. Nobody was hurt.'),
  report(1, '   \n\n  '),
  report(2, 'Depot fire near Port Amsel\n\nFirefighters worked through the night after a fuel depot caught fire, the regional governor said.'),
  report(3, 'Airport reopens\n\nFlights resumed at noon after debris was cleared from the runway, the operator said in a statement.'),
];

test('worker threads and the local runner give the same documents, in input order', async () => {
  await prepareAnalysis();
  const local = createLocalRunner(createReportPipeline());
  const workers = createWorkerRunner(2);
  try {
    const a = await local.run(reports);
    const b = await workers.run(reports);
    assert.deepEqual(b.map((r) => (r.ok ? r.doc.id : r.error.code)), a.map((r) => (r.ok ? r.doc.id : r.error.code)));
    assert.deepEqual(b.map((r) => (r.ok ? r.doc.text : '')), a.map((r) => (r.ok ? r.doc.text : '')));
    // The blank report fails on its own, named by its input; the others go through.
    assert.equal(a[1]?.ok, false);
    assert.equal(!a[1]!.ok && a[1]!.error.input, 'in/1.txt');
    assert.ok(a[0]!.ok && a[2]!.ok && a[3]!.ok);
  } finally {
    await workers.close();
    await local.close();
  }
});
