import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { defineSignal } from '../core/signal.js';
import { createPipeline } from '../core/stage.js';
import { STAGES, createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import { ingest } from '../ingest/ingest.js';
import { runOne } from '../run/report-runner.js';
import type { CleanDocument } from '../model/document.js';
import { SIGNALS } from './index.js';
import { anonymousSourcing } from './anonymous-sourcing/index.js';
import type { Profile } from './profile.js';
import { createSignalsStage, signalsStage } from './signals-stage.js';
import { EXAMPLES_DIR, readText, SEEDS_DIR } from './test-documents.js';

const FIRE =
  'Port of Talmer fire: investigators look at wiring\n\n' +
  'A fire destroyed a warehouse at the port of Talmer on Tuesday night. ' +
  '"The wiring in that building was decades old," said a senior port official who spoke on condition of anonymity. ' +
  'Two firefighters familiar with the investigation said the blaze began in the loading bay. ' +
  'Insurance analysts say the losses could run into millions. Harbour master Ilse Verhoven said the port would reopen on Thursday.';

/** Every report of a path through the whole pipeline, signals included. */
async function analysed(path: string): Promise<CleanDocument[]> {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const out: CleanDocument[] = [];
  for await (const item of ingest([path])) {
    if (item.kind !== 'report') continue;
    const r = runOne(pipeline, item.report);
    if (!r.ok) throw r.error;
    out.push(r.doc);
  }
  return out;
}

const rules = (d: CleanDocument) => d.findings.map((f) => f.ruleId);

test('the signals stage is the last stage of the spine and its needs are met', () => {
  assert.equal(STAGES.at(-1), signalsStage);
  assert.deepEqual([...signalsStage.provides], ['findings', 'profile']);
  for (const s of SIGNALS) for (const need of s.meta.requires) assert.ok(signalsStage.requires.includes(need), `${s.meta.id} needs ${need}`);
  assert.doesNotThrow(() => createReportPipeline());
});

test('the seeds come out with the findings the issue expects', async (t) => {
  if (!existsSync(SEEDS_DIR)) return t.skip('../shared/data/seeds absent');
  const bySeed = new Map<string, CleanDocument>();
  for (const d of await analysed(SEEDS_DIR)) bySeed.set(d.source.location.split('/').pop()!.slice(0, 3), d);
  assert.equal(bySeed.size, readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).length);
  const s000 = bySeed.get('000')!;
  for (const r of ['anonymous-sourcing', 'hedged-unverified', 'boilerplate-residue']) assert.ok(rules(s000).includes(r), `000 lacks ${r}`);
  const s002 = bySeed.get('002')!;
  for (const r of ['low-fact-density', 'machine-text-markers']) assert.ok(rules(s002).includes(r), `002 lacks ${r}`);
  const s004 = bySeed.get('004')!;
  for (const r of ['date-inconsistency', 'untranslated-quote', 'boilerplate-residue']) assert.ok(rules(s004).includes(r), `004 lacks ${r}`);
  const s001 = bySeed.get('001')!;
  assert.ok(!rules(s001).some((r) => r === 'headline-body-stance' || r === 'clickbait-headline'), '001 has no headline');
  const p001 = s001.data.profile as Profile;
  assert.ok(p001.notes.some((n) => n.includes('credits Stern')));
  assert.ok(!rules(bySeed.get('003')!).includes('low-fact-density'));
  // Every finding's id and points are in its document's profile.
  for (const d of bySeed.values()) {
    const p = d.data.profile as Profile;
    const listed = p.categories.flatMap((c) => c.findings);
    assert.equal(listed.length, p.findingCount);
    for (const c of p.categories) assert.equal(c.score, Math.min(100, c.findings.reduce((n, f) => n + f.points, 0)));
  }
});

test('a report in German gets a profile whose notes say what was read with English cues only', async (t) => {
  const path = `${EXAMPLES_DIR}archive.warc.gz`;
  if (!existsSync(path)) return t.skip('examples/corpus absent');
  const german = (await analysed(path)).find((d) => d.meta.language === 'de')!;
  const p = german.data.profile as Profile;
  assert.ok(p.notes.some((n) => /English cues/.test(n)));
  assert.ok(!rules(german).some((r) => r === 'low-fact-density' || r === 'missing-attribution'));
});

test('a signal that throws becomes a note for that report; the other signals still run', async () => {
  const doc = await readText(FIRE);
  const broken = defineSignal({
    meta: { id: 'always-breaks', category: 'rhetoric', rationale: 'test', references: [], messages: { x: 'x' }, requires: ['text'] },
    run() {
      throw new Error('index out of range');
    },
  });
  createSignalsStage([broken, anonymousSourcing]).run(doc, { options: {} });
  assert.deepEqual(
    doc.findings.map((f) => [f.ruleId, f.messageId]),
    [
      ['signals-stage', 'signal-failed'],
      ['anonymous-sourcing', 'anonymous-share'],
    ],
  );
  const p = doc.data.profile as Profile;
  assert.deepEqual(p.notes, ['the always-breaks signal could not run on this report (index out of range); its category is incomplete']);
  assert.equal(p.categories.find((c) => c.category === 'sourcing')!.score, 25);
});

test('options reach the signals; false skips one', async () => {
  const quiet = await readText(FIRE);
  createSignalsStage([anonymousSourcing]).run(quiet, { options: { signals: { 'anonymous-sourcing': { minAnonymous: 10 } } } });
  assert.deepEqual(rules(quiet), []);
  const skipped = await readText(FIRE);
  createSignalsStage([anonymousSourcing]).run(skipped, { options: { signals: { 'anonymous-sourcing': false } } });
  assert.deepEqual(rules(skipped), []);
  assert.ok(skipped.data.profile);
});

test('a pipeline without the reading stages the signals need is refused at construction', () => {
  const upToMetadata = STAGES.slice(0, 4);
  assert.throws(() => createPipeline([...upToMetadata, signalsStage]), /stage "signals" requires "(times|quotes|numbers|claims)"/);
});
