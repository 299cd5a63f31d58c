import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import type { CleanDocument } from '../../model/document.js';
import { evidenceHolds } from '../../model/span.js';
import { runOne } from '../../run/report-runner.js';
import type { ReportFacts } from '../align/facet-types.js';
import { readReportFacts } from '../align/read-report-facts.js';
import { recordOfLayerStory } from './layer-story.js';
import { storyFixtureReports } from './story-fixtures.js';
import { StoryLayer, type StoryLayerHeader } from './story-layer.js';
import type { StoryRecord } from './story-types.js';

const analysed = (async () => {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const out = new Map<string, { doc: CleanDocument; facts: ReportFacts }>();
  for (const r of storyFixtureReports()) {
    const res = runOne(pipeline, r);
    assert.ok(res.ok, `${r.key} is analysed`);
    const doc = res.doc as CleanDocument;
    out.set(r.key, { doc, facts: readReportFacts(doc) });
  }
  return out;
})();

function addAll(layer: StoryLayer, items: ReadonlyArray<{ doc: CleanDocument; facts: ReportFacts }>) {
  return items.map((i) => layer.add([i.doc], [i.facts]));
}

function records(layer: StoryLayer, facts: ReadonlyMap<string, ReportFacts>): StoryRecord[] {
  return layer.storyIds().map((id) => recordOfLayerStory(layer, id, facts)!);
}

test('two drone nights a week apart are two stories; a report on another town links to the night it also tells of', async () => {
  const all = await analysed;
  const idOf = (k: string) => all.get(k)!.doc.id;
  const layer = StoryLayer.create();
  addAll(layer, [...all.values()]);
  const night1 = layer.storyOf(idOf('night1-wire'))!;
  const night2 = layer.storyOf(idOf('night2-a'))!;
  assert.notEqual(night1, night2);
  assert.equal(layer.storyOf(idOf('night1-local')), night1);
  assert.equal(layer.storyOf(idOf('night1-copy')), night1);
  assert.equal(layer.storyOf(idOf('night2-b')), night2);
  const dunmere = layer.storyOf(idOf('dunmere'))!;
  assert.ok(dunmere !== night1 && dunmere !== night2, 'the Dunmere strike is its own story');
  assert.deepEqual(
    layer.linkedTo(night1).map((l) => l.docId),
    [idOf('dunmere')],
    'the Dunmere report also tells of the first night',
  );
  assert.deepEqual(layer.linkedTo(night2), [], 'nothing from the first night is linked to the second');
});

test('a wire copy counts once: the story shows it last, derived from its origin, and it corroborates nothing', async () => {
  const all = await analysed;
  const idOf = (k: string) => all.get(k)!.doc.id;
  const layer = StoryLayer.create();
  addAll(layer, [...all.values()]);
  const facts = new Map([...all.values()].map((i) => [i.doc.id, i.facts]));
  const r = recordOfLayerStory(layer, layer.storyOf(idOf('night1-wire'))!, facts)!;
  assert.equal(r.counts.reports, 4);
  assert.equal(r.counts.independentOrigins, 3, 'wire + copy, the local paper, the Dunmere report');
  const last = r.reports[r.reports.length - 1]!;
  assert.equal(last.docId, idOf('night1-copy'));
  assert.equal(last.independent, false);
  assert.deepEqual(last.derivedFrom, { docId: idOf('night1-wire'), relation: 'syndicated-copy' });
  assert.ok(r.findings.some((f) => f.ruleId === 'copied-content' && f.docId === idOf('night1-copy')));

  const nine = r.facets.find((v) => v.key.startsWith('count:intercepted:drones@'))!;
  assert.equal(nine.value, '9');
  assert.equal(nine.status, 'corroborated');
  assert.equal(nine.origins, 3);
  assert.equal(nine.reports, 4);
  // The warehouse fire is told by the wire story and its copy only: one origin.
  const warehouse = r.facets.find((v) => v.key.startsWith('damage:') && v.value === 'warehouse')!;
  assert.equal(warehouse.status, 'single-source');
  assert.equal(warehouse.reports, 2);
  // Every quoted word is where the record says it is.
  const docs = new Map([...all.values()].map((i) => [i.doc.id, i.doc]));
  for (const v of r.facets) for (const g of v.groups) for (const rep of g.reports) for (const ev of rep.evidence) assert.ok(evidenceHolds(ev, docs.get(ev.docId)!.text), `${v.key}: ${ev.quote}`);
});

test('a saved layer goes on as if it had never been saved; only the stories a report touches change', async () => {
  const all = await analysed;
  const items = [...all.values()];
  const facts = new Map(items.map((i) => [i.doc.id, i.facts]));
  const first = items.slice(0, 4);
  const later = items.slice(4);

  const straight = StoryLayer.create();
  addAll(straight, items);

  const before = StoryLayer.create();
  addAll(before, first);
  const night1 = before.storyOf(all.get('night1-wire')!.doc.id)!;
  const restored = StoryLayer.fromJSON(JSON.parse(JSON.stringify(before.toJSON())));
  const changes = addAll(restored, later);
  assert.ok(changes.every((c) => !c.changed.includes(night1)), 'the second night does not touch the first night\'s story');

  assert.deepEqual(restored.storyIds(), straight.storyIds());
  assert.deepEqual(records(restored, facts), records(straight, facts));
  // The same reports in the same order give the same stories.
  const again = StoryLayer.create();
  addAll(again, items);
  assert.deepEqual(records(again, facts), records(straight, facts));
  assert.throws(() => StoryLayer.fromJSON({ version: 9 }), (e: Error & { code?: string }) => e.code === 'CRB_ERR_CORPUS_STATE');
});

test('saved by parts, the layer is restored exactly and goes on as if never saved; a batch writes its own reports and what it changed, nothing else', async () => {
  const all = await analysed;
  const items = [...all.values()];
  const facts = new Map(items.map((i) => [i.doc.id, i.facts]));
  const texts = new Map(items.map((i) => [i.doc.id, i.doc.text]));
  const hooks = { loadText: (id: string) => texts.get(id) };
  const straight = StoryLayer.create({}, hooks);
  addAll(straight, items);

  const parts = new Map<string, string>();
  let header: StoryLayerHeader | undefined;
  const layer = StoryLayer.create({ trackChanges: true }, hooks);
  const deltas = items.slice(0, 4).map((i) => {
    layer.add([i.doc], [i.facts]);
    const d = layer.takeDelta();
    for (const [k, v] of d.put) parts.set(k, v);
    for (const k of d.drop) parts.delete(k);
    header = d.header;
    return d;
  });
  assert.ok(deltas[0]!.full && !deltas[1]!.full, 'only the first save writes everything');
  for (const [n, d] of deltas.entries()) {
    const batches = d.put.filter(([k]) => k.startsWith('b:')).map(([k]) => k);
    assert.deepEqual(batches, [`b:${String(n).padStart(12, '0')}`], 'each save writes its own batch only');
    // The saved batch holds the one new report, not the corpus so far.
    assert.equal((JSON.parse(d.put.find(([k]) => k.startsWith('b:'))![1]) as { reports: unknown[] }).reports.length, 1);
  }
  assert.deepEqual(layer.takeDelta().put.filter(([k]) => !k.startsWith('ks')), [], 'nothing changed, nothing to write');

  const read = async function* (prefix: string): AsyncIterable<[string, string]> {
    for (const k of [...parts.keys()].sort()) if (k.startsWith(prefix)) yield [k, parts.get(k)!];
  };
  const restored = await StoryLayer.fromParts(JSON.parse(JSON.stringify(header)), read, hooks);
  assert.deepEqual(restored.toJSON(), layer.toJSON());
  addAll(restored, items.slice(4));
  assert.deepEqual(restored.storyIds(), straight.storyIds());
  assert.deepEqual(records(restored, facts), records(straight, facts));
  // A batch that does not fit is a coded error.
  parts.delete('b:000000000001');
  await assert.rejects(StoryLayer.fromParts(header!, read, hooks), (e: Error & { code?: string }) => e.code === 'CRB_ERR_CORPUS_STATE');
});
