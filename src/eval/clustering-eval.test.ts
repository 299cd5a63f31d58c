import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCorroborateError } from '../core/errors.js';
import { evaluateClustering, parseClusteringJsonl, runClusteringEval } from './clustering-eval.js';

const DEV = fileURLToPath(new URL('../../../shared/data/story-clusters/ecbplus.dev.jsonl', import.meta.url));

test('records split into what the clusterer may see and the gold it may not', () => {
  const line = JSON.stringify({
    id: 'r1',
    title: 'Quake hits island',
    text: 'Quake hits island\nA strong quake hit the island of Varno on Monday.',
    published: null,
    lang: 'en',
    source: null,
    cluster: '7_a',
    topic: '7',
    split: 'train',
  });
  const [rec] = parseClusteringJsonl(`${line}\n\n`, 'mem.jsonl');
  assert.deepEqual(Object.keys(rec!.doc).sort(), ['id', 'text', 'title']);
  assert.equal(rec!.cluster, '7_a');
  assert.equal(rec!.topic, '7');
  assert.equal(rec!.split, 'train');
});

test('a malformed line is a coded error naming the line', () => {
  const good = JSON.stringify({ id: 'a', text: 'x', cluster: 'c' });
  for (const [content, line] of [
    [`${good}\n{not json`, 2],
    [`${good}\n${JSON.stringify({ id: 'b', text: 'y' })}`, 2],
    [JSON.stringify({ text: 'y', cluster: 'c' }), 1],
  ] as const) {
    assert.throws(
      () => parseClusteringJsonl(content, 'f.jsonl'),
      (e: unknown) => isCorroborateError(e) && e.code === 'CRB_ERR_EVAL_DATA' && e.line === line,
    );
  }
});

test('invented reports: two events of one kind and an unrelated one are scored as found', () => {
  const rec = (id: string, cluster: string, text: string) => ({ doc: { id, text }, cluster });
  const res = evaluateClustering([
    rec('q1', 'quake-varno', 'Quake hits Varno island\nA magnitude 6.1 earthquake struck Varno island on Monday, killing four people in the port of Lesk, the Varno civil defence agency said.'),
    rec('q2', 'quake-varno', 'Four dead as 6.1 quake shakes Varno\nA magnitude 6.1 earthquake killed four people in Lesk on Varno island on Monday, civil defence chief Anika Marr said, adding that rescuers were searching collapsed houses in Lesk.'),
    rec('t1', 'tram', 'New tram line opens in Port Amsel\nA tram line linking the Port Amsel harbour to the university opened on Sunday, Mayor Lena Vosk said.'),
    rec('q3', 'quake-varno', 'Varno quake toll rises to four\nRescuers in Lesk pulled a fourth body from the rubble after Monday\'s magnitude 6.1 earthquake on Varno island, Anika Marr of the civil defence agency said.'),
  ]);
  assert.equal(res.docs, 4);
  assert.equal(res.goldClusters, 2);
  assert.equal(res.clusters, 2);
  assert.deepEqual([res.bcubed.f1, res.pair.f1, res.ari], [1, 1, 1]);
});

test('ECB+ dev pool: B³ F1 clearly above the TF-IDF baseline (0.872)', async (t) => {
  if (!existsSync(DEV)) {
    t.skip('story-clusters dev data absent');
    return;
  }
  const all = await runClusteringEval(DEV);
  assert.equal(all.docs, 772);
  assert.equal(all.goldClusters, 66);
  assert.ok(all.bcubed.f1 > 0.92, `dev B³ F1 ${all.bcubed.f1}`);
  assert.ok(all.pair.f1 > 0.813, `dev pair F1 ${all.pair.f1}`);
  assert.ok(all.ari > 0.81, `dev ARI ${all.ari}`);
  // The honest figure: validation topics were not used to train the model or pick thresholds.
  const validation = await runClusteringEval(DEV, { splits: ['validation'] });
  assert.equal(validation.docs, 197);
  assert.ok(validation.bcubed.f1 > 0.843, `validation B³ F1 ${validation.bcubed.f1} (baseline tuned on train: 0.843)`);
});
