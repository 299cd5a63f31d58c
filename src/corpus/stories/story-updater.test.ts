import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import type { CleanDocument } from '../../model/document.js';
import { runOne } from '../../run/report-runner.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { storyFixtureReports } from './story-fixtures.js';
import type { Store } from '../../store/store.js';
import { readReportFacts } from '../align/read-report-facts.js';
import { StoryLayer } from './story-layer.js';
import { createStoryUpdater, STORY_LAYER_STATE } from './story-updater.js';

const analysed = (async () => {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  return storyFixtureReports().map((r) => {
    const res = runOne(pipeline, r);
    assert.ok(res.ok);
    return res.doc as CleanDocument;
  });
})();

test('two writers on one store: the one that falls behind reloads and retries, and no report is lost', async () => {
  const [d0, d1, d2] = await analysed;
  const store = openSqliteStore(':memory:');
  try {
    await store.putReports([d0!, d1!, d2!]);
    const a = createStoryUpdater(store);
    const b = createStoryUpdater(store);
    await a.update([d0!]); // a holds revision 1
    await b.update([d1!]); // b loads revision 1, saves 2
    const u = await a.update([d2!]); // a is behind: conflict, reload, retry
    assert.equal(u.added, 1);
    assert.equal((await store.loadCorpusState(STORY_LAYER_STATE))?.revision, 3);
    for (const d of [d0!, d1!, d2!]) assert.ok((await store.storiesOfReport(d.id)).length > 0, `${d.id} is in a story`);
    assert.equal((await store.reportFacts([d0!.id, d1!.id, d2!.id])).size, 3);
  } finally {
    await store.close();
  }
});

test('reports stored without stories join them on catch-up, and the stories are those of a straight run', async () => {
  const docs = await analysed;
  const later = openSqliteStore(':memory:');
  const straight = openSqliteStore(':memory:');
  try {
    await later.putReports(docs);
    const caught = await createStoryUpdater(later).catchUp();
    assert.equal(caught.added, docs.length);
    await straight.putReports(docs);
    await createStoryUpdater(straight).update(docs);
    // Catch-up reads the store by publication date, so compare what was found, not the ids.
    const shape = async (s: typeof later) =>
      (await Promise.all((await s.listStories()).map((x) => s.getStory(x.id)))).map((r) => [r!.label, r!.counts.reports, r!.counts.independentOrigins]).sort();
    assert.deepEqual(await shape(later), await shape(straight));
    assert.equal((await createStoryUpdater(later).catchUp()).added, 0, 'a second catch-up has nothing to do');
  } finally {
    await later.close();
    await straight.close();
  }
});

test('a fresh updater (another process) opens the layer saved by parts and goes on like one that never stopped; a state saved whole is rewritten by parts', async () => {
  const docs = await analysed;
  const shape = async (s: Store) => (await Promise.all((await s.listStories()).map((x) => s.getStory(x.id)))).map((r) => [r!.id, r!.label, r!.counts]).sort();
  const straight = openSqliteStore(':memory:');
  const resumed = openSqliteStore(':memory:');
  const legacy = openSqliteStore(':memory:');
  try {
    await straight.putReports(docs);
    await createStoryUpdater(straight).update(docs);
    await resumed.putReports(docs);
    await createStoryUpdater(resumed).update(docs.slice(0, 3));
    const state = await resumed.loadCorpusState(STORY_LAYER_STATE);
    assert.equal((JSON.parse(state!.json) as { format?: string }).format, 'story-layer-parts', 'the state is a header; the layer is in parts');
    const parts: string[] = [];
    for await (const [k] of resumed.corpusStateParts(STORY_LAYER_STATE, '')) parts.push(k);
    assert.ok(parts.includes('b:000000000000') && parts.some((k) => k.startsWith('s:')));
    await createStoryUpdater(resumed).update(docs.slice(3));
    assert.deepEqual(await shape(resumed), await shape(straight));

    // An earlier version saved the layer whole: a new updater reads it and saves it by parts.
    await legacy.putReports(docs);
    const whole = StoryLayer.create();
    const first = docs.slice(0, 3);
    whole.add(first, first.map((d) => readReportFacts(d)));
    await legacy.saveStoryLayer({ facts: first.map((d) => readReportFacts(d)), stories: [], removed: [], stateName: STORY_LAYER_STATE, state: JSON.stringify(whole.toJSON()), expectedRevision: 0 });
    await createStoryUpdater(legacy).update(docs.slice(3));
    assert.equal((JSON.parse((await legacy.loadCorpusState(STORY_LAYER_STATE))!.json) as { format?: string }).format, 'story-layer-parts');
    const again = createStoryUpdater(legacy);
    assert.equal((await again.update(docs)).added, 0, 'the reopened layer knows every report');
    assert.deepEqual((await shape(legacy)).map(([, label, counts]) => [label, counts]).sort(), (await shape(straight)).map(([, label, counts]) => [label, counts]).sort());
  } finally {
    await straight.close();
    await resumed.close();
    await legacy.close();
  }
});
