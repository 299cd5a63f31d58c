/**
 * The report view's model, outside the browser: marks collected from a report the real pipeline
 * read, runs that carry exactly the marks covering them, the credibility profile as the view
 * reads it, and search snippets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareAnalysis } from '../../src/analyze/prepare.js';
import { createReportPipeline } from '../../src/analyze/pipeline.js';
import { runOne } from '../../src/run/report-runner.js';
import { readProfile } from '../../web/src/profile.js';
import { collectMarks, type Mark } from '../../web/src/text/marks.js';
import { segmentText } from '../../web/src/text/segments.js';
import { parseSnippet } from '../../web/src/text/snippet.js';
import type { Report } from '../../web/src/types.js';

const STORY = [
  'BRENNA FALLS IN CHAOS: BRIDGE GONE, TOWN CUT OFF AS OFFICIALS PANIC!',
  'A footbridge over the Tamsin river in Brenna Falls collapsed on Tuesday evening after three days of heavy rain, injuring two walkers, the county fire service said.',
  '"The bridge may have been weakened by debris carried down from the dam," said fire officer Halvard Quist, adding that about 40 homes were without power.',
  'The town council said repairs would probably take several weeks. Die Brücke war erst 2019 renoviert worden, sagte ein Anwohner.',
].join('\n\n');

async function readStory(): Promise<Report> {
  await prepareAnalysis();
  const r = runOne(createReportPipeline(), {
    id: 'b7e1c0ffee000001',
    source: { kind: 'file', location: 'brenna-falls.txt', fetchedAt: '2026-06-02T08:00:00.000Z' },
    format: 'text',
    raw: STORY,
    given: { published: '2026-06-02' },
  });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.doc as unknown as Report;
}

const story = readStory();

test('marks cover what the reading stages found, each over the exact words', async () => {
  const doc = await story;
  const { marks, skipped } = collectMarks(doc);
  assert.equal(skipped, 0);
  const byLayer = (l: Mark['layer']) => marks.filter((m) => m.layer === l);
  const at = (m: Mark) => doc.text.slice(m.range[0], m.range[1]);

  const entities = (doc.data.entities ?? []) as Array<{ type: string; mentions: Array<{ text: string; range: [number, number] }> }>;
  assert.equal(byLayer('entity').length, entities.reduce((n, e) => n + e.mentions.length, 0));
  for (const e of entities) for (const m of e.mentions) assert.ok(byLayer('entity').some((x) => x.kind === e.type && at(x) === m.text && x.range[0] === m.range[0]), m.text);
  assert.ok(byLayer('entity').some((m) => at(m) === 'Halvard Quist' && m.kind === 'person'), 'the fire officer is a person');

  const quotes = (doc.data.quotes ?? []) as Array<{ range: [number, number]; speaker: { name?: string } }>;
  assert.ok(quotes.length > 0);
  assert.deepEqual(byLayer('quote').map((m) => m.range), quotes.map((q) => q.range));
  const named = byLayer('quote').find((m) => m.details.some(([k, v]) => k === 'speaker' && v.includes('Quist')));
  assert.ok(named, 'a quote names its speaker');

  assert.ok(byLayer('number').some((m) => /40/.test(at(m))), 'the count of homes is a number');
  assert.ok(byLayer('hedge').some((m) => at(m).startsWith('may')), 'the modal "may have" is a hedge');
  assert.ok(byLayer('hedge').some((m) => at(m) === 'probably'), '"probably" is a hedge');
  assert.ok(byLayer('foreign').some((m) => m.kind === 'de' && at(m).includes('Brücke')), 'the German sentence is a foreign span');

  // Evidence marks: one per evidence of every finding, and quoting exactly what the finding quotes.
  const evidence = doc.findings.flatMap((f, i) => f.evidence.map((ev, j) => ({ key: `ev-${i}-${j}`, quote: ev.quote })));
  assert.ok(evidence.length > 0, 'the all-caps headline gives findings with evidence');
  for (const ev of evidence) assert.equal(at(marks.find((m) => m.key === ev.key)!), ev.quote);
  assert.equal(new Set(marks.map((m) => m.key)).size, marks.length, 'keys are unique');
});

test('the profile reads as the signals stage wrote it, each finding pointing at its own', async () => {
  const doc = await story;
  const stored = doc.data.profile as { categories: Array<{ category: string; count: number; score: number; findings: Array<{ ruleId: string; id: string }> }> };
  const view = readProfile(doc.data.profile, doc.findings);
  assert.ok(view, 'the signals stage wrote a profile');
  assert.deepEqual(view.categories.map((c) => [c.category, c.count, c.score]), stored.categories.map((c) => [c.category, c.count, c.score]));
  const refs = view.categories.flatMap((c) => c.findings);
  assert.ok(refs.length > 0, 'the all-caps headline is in the profile');
  assert.deepEqual(refs.map((r) => r.id), stored.categories.flatMap((c) => c.findings.map((f) => f.id)));
  for (const c of stored.categories) {
    for (const f of c.findings) assert.equal(doc.findings[refs.find((r) => r.id === f.id)!.index]?.ruleId, f.ruleId, f.id);
  }
  assert.match(view.formula ?? '', /points/);

  // No profile, or one of another shape, reads as none or as what can be read.
  assert.equal(readProfile(undefined, doc.findings), undefined);
  assert.deepEqual(readProfile({ categories: [{ category: 'sourcing', findings: [{ index: 999, ruleId: 'x' }, 'junk'] }, 7] }, doc.findings), {
    categories: [{ category: 'sourcing', label: 'sourcing', checked: true, count: 0, findings: [] }],
    notes: [],
  });
});

test('spans outside the text, or of the wrong shape, are counted and not drawn', async () => {
  const doc = await story;
  const broken: Report = {
    ...doc,
    data: { ...doc.data, numbers: [{ range: [5, doc.text.length + 10] }, { range: [9, 3] }, { range: 'nonsense' }, { range: [1.5, 4] }, { range: [2, 4], value: 2, counted: 'x' }] },
    findings: [{ ruleId: 'r', messageId: 'm', message: 'x', severity: 'info', docId: doc.id, evidence: [{ docId: doc.id, range: [-1, 3], quote: '' }] }],
  };
  const { marks, skipped } = collectMarks(broken);
  assert.equal(skipped, 5);
  assert.deepEqual(marks.filter((m) => m.layer === 'number').map((m) => m.range), [[2, 4]]);
  assert.equal(marks.filter((m) => m.layer === 'evidence').length, 0);
});

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

test('runs tile the text and carry exactly the marks that cover them', () => {
  const rand = lcg(20260602);
  for (let round = 0; round < 200; round++) {
    const length = 1 + Math.floor(rand() * 300);
    const marks: Mark[] = Array.from({ length: Math.floor(rand() * 12) }, (_, i) => {
      const a = Math.floor(rand() * (length + 1));
      const b = Math.floor(rand() * (length + 1));
      return { key: `m${i}`, layer: 'entity', kind: 'x', range: [Math.min(a, b), Math.max(a, b)], title: '', details: [] };
    });
    const cuts = Array.from({ length: Math.floor(rand() * 4) }, () => Math.floor(rand() * (length + 1)));
    const pieces = segmentText(length, marks, cuts);
    let pos = 0;
    const seenCuts: number[] = [];
    for (const p of pieces) {
      if (p.kind === 'cut') {
        assert.equal(p.at, pos, 'a cut sits where the text has reached');
        seenCuts.push(...p.cuts);
        continue;
      }
      assert.equal(p.start, pos);
      assert.ok(p.end > p.start);
      pos = p.end;
      const covering = marks.filter((m) => m.range[0] <= p.start && p.end <= m.range[1] && m.range[1] > m.range[0]).map((m) => m.key).sort();
      assert.deepEqual(p.marks.map((m) => m.key).sort(), covering);
      // No mark with any length starts or ends inside a run.
      for (const m of marks) {
        if (m.range[1] === m.range[0]) continue;
        for (const edge of m.range) assert.ok(!(p.start < edge && edge < p.end), `${m.key} has an edge inside [${p.start}, ${p.end})`);
      }
    }
    assert.equal(pos, length);
    assert.deepEqual(seenCuts.sort((a, b) => a - b), cuts.map((_, i) => i));
  }
});

test('cuts at one offset share a marker, in their order', () => {
  const pieces = segmentText(10, [], [0, 0, 10, 4]);
  assert.deepEqual(pieces, [
    { kind: 'cut', at: 0, cuts: [0, 1] },
    { kind: 'text', start: 0, end: 4, marks: [] },
    { kind: 'cut', at: 4, cuts: [3] },
    { kind: 'text', start: 4, end: 10, marks: [] },
    { kind: 'cut', at: 10, cuts: [2] },
  ]);
});

test('search snippets split at their [match] markers', () => {
  assert.deepEqual(parseSnippet('…the [footbridge] over the [Tamsin] river…'), [
    { text: '…the ', match: false },
    { text: 'footbridge', match: true },
    { text: ' over the ', match: false },
    { text: 'Tamsin', match: true },
    { text: ' river…', match: false },
  ]);
  // Markup in a snippet stays characters; an unbalanced bracket is plain text.
  assert.deepEqual(parseSnippet('<b>[bold]</b> a[b'), [
    { text: '<b>', match: false },
    { text: 'bold', match: true },
    { text: '</b> a[b', match: false },
  ]);
});
