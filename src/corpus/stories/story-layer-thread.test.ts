import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import type { CleanDocument } from '../../model/document.js';
import { runOne } from '../../run/report-runner.js';
import type { ReportFacts } from '../align/facet-types.js';
import { readReportFacts } from '../align/read-report-facts.js';
import { recordOfLayerStory } from './layer-story.js';
import { storyFixtureReports } from './story-fixtures.js';
import { StoryLayer, type StoryLayerHeader } from './story-layer.js';

const analysed = (async () => {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  return storyFixtureReports().map((r) => {
    const res = runOne(pipeline, r);
    assert.ok(res.ok, `${r.key} is analysed`);
    const doc = res.doc as CleanDocument;
    return { key: r.key, doc, facts: readReportFacts(doc) };
  });
})();

/** Everything a caller can see of a layer: its stories, their records, every report's story and origin. */
function view(layer: StoryLayer, items: ReadonlyArray<{ doc: CleanDocument; facts: ReportFacts }>) {
  const facts = new Map(items.map((i) => [i.doc.id, i.facts]));
  return {
    stories: layer.storyIds().map((id) => layer.story(id)),
    records: layer.storyIds().map((id) => recordOfLayerStory(layer, id, facts)),
    reports: items.map((i) => [layer.storyOf(i.doc.id), layer.originOf(i.doc.id)]),
  };
}

test('a clusterer on a worker thread gives the layer exactly what one on this thread gives, batch by batch', async () => {
  const items = await analysed;
  const batches = [items.slice(0, 2), items.slice(2, 5), items.slice(5)];
  const local = StoryLayer.create();
  const threaded = StoryLayer.create({ clustererThread: true });
  try {
    assert.equal(threaded.clustererThreaded, true);
    assert.equal(local.clustererThreaded, false);
    for (const b of batches) {
      const docs = b.map((i) => i.doc);
      const facts = b.map((i) => i.facts);
      assert.deepEqual(threaded.add(docs, facts), local.add(docs, facts), 'the same stories changed, removed and linked');
    }
    assert.ok(local.storyCount >= 3, 'the fixtures make several stories');
    assert.deepEqual(view(threaded, items), view(local, items));
    assert.deepEqual(threaded.toJSON(), local.toJSON());
  } finally {
    threaded.close();
  }
});

test('a layer saved by parts is restored onto a worker thread as it would be here, and goes on the same', async () => {
  const items = await analysed;
  const texts = new Map(items.map((i) => [i.doc.id, i.doc.text]));
  const hooks = { loadText: (id: string) => texts.get(id) };
  const parts = new Map<string, string>();
  let header: StoryLayerHeader | undefined;
  const saving = StoryLayer.create({ trackChanges: true, clustererThread: true }, hooks);
  for (const i of items.slice(0, 4)) {
    saving.add([i.doc], [i.facts]);
    const d = saving.takeDelta();
    for (const [k, v] of d.put) parts.set(k, v);
    for (const k of d.drop) parts.delete(k);
    header = d.header;
  }
  saving.close();
  const read = async function* (prefix: string): AsyncIterable<[string, string]> {
    for (const k of [...parts.keys()].sort()) if (k.startsWith(prefix)) yield [k, parts.get(k)!];
  };
  const here = await StoryLayer.fromParts(JSON.parse(JSON.stringify(header)), read, hooks);
  const there = await StoryLayer.fromParts(JSON.parse(JSON.stringify(header)), read, hooks, { clustererThread: true });
  try {
    assert.equal(there.clustererThreaded, true);
    assert.deepEqual(there.toJSON(), here.toJSON());
    const rest = items.slice(4);
    assert.deepEqual(
      there.add(rest.map((i) => i.doc), rest.map((i) => i.facts)),
      here.add(rest.map((i) => i.doc), rest.map((i) => i.facts)),
    );
    assert.deepEqual(view(there, items), view(here, items));
    assert.deepEqual(there.takeDelta(), here.takeDelta(), 'the same parts to save');

    // Saved stories naming a report no batch holds: the worker's error comes back coded.
    const broken = new Map(parts);
    for (const k of [...broken.keys()]) if (k.startsWith('b:') && k !== 'b:000000000000') broken.delete(k);
    const readBroken = async function* (prefix: string): AsyncIterable<[string, string]> {
      for (const k of [...broken.keys()].sort()) if (k.startsWith(prefix)) yield [k, broken.get(k)!];
    };
    await assert.rejects(
      StoryLayer.fromParts({ ...header!, batches: 1, reports: 1 }, readBroken, hooks, { clustererThread: true }),
      (e: Error & { code?: string }) => e.code === 'CRB_ERR_CORPUS_STATE',
    );
  } finally {
    there.close();
  }
});
