import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../pipeline.js';
import { prepareAnalysis } from '../prepare.js';
import { startDocument } from '../../run/report-runner.js';
import { incidentSpanProblems } from './incident-spans.js';
import type { Incident } from './incident-types.js';

/** `unit` repeated to `size` characters. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Invented town names, all different: Tovrik-aa, Tovrik-ab, … */
function town(i: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return `Tovrik${a[i % 26]}${a[Math.floor(i / 26) % 26]}${a[Math.floor(i / 676) % 26]}`;
}

/**
 * Hostile input a few hundred kilobytes long, through the whole pipeline. Every step is bounded
 * work per character, so each finishes in seconds; the timeout only stops a regression hanging the run.
 */
const inputs: Array<[string, string]> = [
  // Three 100k-character sentences full of event words, places, figures and reporting verbs.
  ['100k-character sentences', Array.from({ length: 3 }, () => repeat('officials said that two drones were shot down over Marovka on Sunday and three more hit Keldova, ', 100_000) + '.').join(' ')],
  // One endless sentence of capitalised words after locatives.
  ['capitalised words after locatives', repeat('In Aaaa Bbbb Cccc Dddd over Eeee near Ffff ', 300_000)],
  // Quotation marks that open and never close, around blame and denial words.
  ['never-closing quotes', Array.from({ length: 3 }, () => repeat('“Ostavia ‘denied «the Belmarian „attack on Pelvora "blamed ', 100_000)).join('\n')],
  // Thousands of one-line incidents in different towns.
  ['thousands of incidents', Array.from({ length: 6000 }, (_, i) => `A drone struck ${town(i)} on Sunday, killing ${1 + (i % 9)} people; the Ostavian army was blamed.`).join('\n')],
];

for (const [name, raw] of inputs) {
  test(`incidents survive ${name}`, { timeout: 180_000 }, async () => {
    await prepareAnalysis();
    const doc = createReportPipeline().run(
      startDocument({ id: 'hostile', source: { kind: 'file', location: 'hostile.txt', fetchedAt: '2026-01-01T00:00:00Z' }, format: 'text', raw, given: {} }),
    );
    const incidents = doc.data.incidents as Incident[];
    assert.ok(Array.isArray(incidents));
    assert.deepEqual(incidentSpanProblems(doc.text ?? '', incidents).slice(0, 3), []);
    // Grouping stops opening incidents past a cap; evidence lists stay bounded per incident.
    assert.ok(incidents.length <= 64, `${incidents.length} incidents`);
    for (const i of incidents) assert.ok((i.location.sites?.length ?? 0) <= 32 && i.location.evidence.length <= 64);
  });
}
