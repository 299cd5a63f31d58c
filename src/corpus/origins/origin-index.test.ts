import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import type { CleanDocument } from '../../model/document.js';
import { evidenceHolds } from '../../model/span.js';
import { runOne } from '../../run/report-runner.js';
import { copiedContentFindings } from './copied-content.js';
import { FIXTURES, fixtureRaw } from './origin-fixtures.js';
import { createOriginIndex, originIndexFromJSON, originIndexFromParts, type OriginIndex, type SavedOriginReport, type SavedSlots } from './origin-index.js';
import type { OriginLink } from './origin-types.js';

async function analyse(opts: { dated?: boolean } = {}): Promise<Map<string, CleanDocument>> {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const docs = new Map<string, CleanDocument>();
  for (const f of FIXTURES) {
    const r = runOne(pipeline, fixtureRaw(f, opts));
    if (!r.ok) throw r.error;
    docs.set(f.key, r.doc);
  }
  return docs;
}

const dated = analyse();
const id = (key: string) => `fx-${key}`;

function build(docs: Iterable<CleanDocument>, index: OriginIndex = createOriginIndex()): OriginIndex {
  for (const d of docs) index.add(d);
  return index;
}

/** Groups as sorted lists of fixture keys, for comparison. */
function groupKeys(ix: OriginIndex): string[][] {
  return ix
    .originGroups()
    .map((g) => g.members.map((m) => m.replace(/^fx-/, '')).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function assertEvidenceHolds(links: readonly OriginLink[], byId: Map<string, CleanDocument>): void {
  for (const l of links) {
    assert.ok(l.evidence.length > 0, `${l.docId} has evidence`);
    for (const ev of [...l.evidence, ...l.related]) {
      const doc = byId.get(ev.docId);
      assert.ok(doc, `evidence names a known report (${ev.docId})`);
      assert.ok(evidenceHolds(ev, doc.text), `quote of ${ev.docId} at ${ev.range} is its text`);
    }
    for (const ev of l.evidence) assert.equal(ev.docId, l.docId);
    for (const ev of l.related) assert.equal(ev.docId, l.derivedFrom);
  }
}

test('wire copies, a rewrite, a credited translation and relayed statements are grouped; the independent report stands alone', async () => {
  const docs = await dated;
  const ix = build(docs.values());
  assert.deepEqual(groupKeys(ix), [
    ['copy-headline', 'copy-spelling', 'rewrite', 'wire'],
    ['german', 'translation'],
    ['relay-a', 'relay-b'],
  ]);
  const rel = (key: string) => ix.linksOf(id(key)).map((l) => [l.relation, l.derivedFrom]);
  assert.deepEqual(rel('copy-headline'), [['syndicated-copy', id('wire')]]);
  assert.deepEqual(rel('copy-spelling'), [['syndicated-copy', id('wire')]]);
  assert.deepEqual(rel('rewrite'), [['rewrite', id('wire')]]);
  assert.deepEqual(rel('translation'), [['credited-translation', id('german')]]);
  assert.deepEqual(rel('relay-a'), [['relays-statement', 'external:statement:body:estravia interior ministry']]);
  assert.deepEqual(rel('relay-b'), rel('relay-a'));
  // Same fire, same figures, the same quoted line from the governor: still its own origin.
  assert.deepEqual(ix.linksOf(id('independent')), []);
  assert.ok(!ix.links().some((l) => l.derivedFrom === id('independent')));
  assert.equal(ix.originOf(id('copy-spelling')), id('wire'));
  assert.equal(ix.originOf(id('independent')), id('independent'));
  assert.equal(ix.independentOrigins([...docs.values()].map((d) => d.id)), 4);
  assert.equal(ix.independentOrigins([id('wire'), id('copy-headline'), id('independent'), 'not-in-index']), 3);
  assertEvidenceHolds(ix.links(), new Map([...docs.values()].map((d) => [d.id, d])));
});

test('copies carry the credit line and the shared passages in both reports', async () => {
  const docs = await dated;
  const ix = build(docs.values());
  const [copy] = ix.linksOf(id('copy-headline'));
  assert.ok(copy);
  assert.equal(copy.evidence[0]!.quote, '(Baltmoor Press)');
  assert.ok(copy.score > 0.8, `copy score ${copy.score}`);
  // The passages are the same words in both reports.
  const passages = copy.evidence.slice(1);
  assert.equal(passages.length, copy.related.length);
  assert.ok(passages.some((p) => p.quote.includes('Some 120 firefighters and 35 engines were sent to the site')));
  passages.forEach((p, i) => assert.equal(p.quote, copy.related[i]!.quote));
  // The reworded sentence is not part of any shared passage.
  assert.ok(!passages.some((p) => p.quote.includes('shut their windows')));

  const [rewrite] = ix.linksOf(id('rewrite'));
  assert.ok(rewrite && rewrite.score < 0.8 && rewrite.score >= 0.25, `rewrite score ${rewrite?.score}`);
  assert.ok(rewrite.evidence.some((e) => e.quote.startsWith('Governor Tomas Rellick ordered a two-kilometre exclusion zone')));

  const [tr] = ix.linksOf(id('translation'));
  assert.ok(tr);
  assert.equal(tr.evidence[0]!.quote, 'Source: Rheinwacht Zeitung');
  // Sentence pairs matched on numbers and names across the two languages.
  const pair = tr.evidence.findIndex((e) => e.quote.includes('120 firefighters'));
  assert.ok(pair > 0 && tr.related[pair - 1]!.quote.includes('120 Feuerwehrleute'));
});

test('direction follows credit and publication time, not arrival order', async () => {
  const reversed = [...(await dated).values()].reverse();
  const ix = build(reversed);
  assert.deepEqual(ix.linksOf(id('copy-headline')).map((l) => l.derivedFrom), [id('wire')]);
  assert.deepEqual(ix.linksOf(id('copy-spelling')).map((l) => l.derivedFrom), [id('wire')]);
  assert.deepEqual(ix.linksOf(id('rewrite')).map((l) => l.derivedFrom), [id('wire')]);
  // The translation arrived before its original: it waited for it.
  assert.deepEqual(ix.linksOf(id('translation')).map((l) => [l.relation, l.derivedFrom]), [['credited-translation', id('german')]]);
  assert.deepEqual(ix.linksOf(id('wire')), []);
  // The copies first credited Baltmoor Press as an origin outside the set; its story replaced that.
  assert.ok(!ix.links().some((l) => l.derivedFrom.startsWith('external:outlet:')));
  assert.deepEqual(groupKeys(ix), groupKeys(build((await dated).values())));

  // Without any dates the "(Baltmoor Press)" credit still says which report is the agency's own.
  const undated = [...(await analyse({ dated: false })).values()].reverse();
  const ix2 = build(undated);
  assert.deepEqual(ix2.linksOf(id('copy-headline')).map((l) => l.derivedFrom), [id('wire')]);
  assert.deepEqual(ix2.linksOf(id('copy-spelling')).map((l) => l.derivedFrom), [id('wire')]);
  assert.equal(ix2.originOf(id('copy-headline')), id('wire'));
});

test('a credited outlet with no report in the set is an origin outside it, until its report arrives', async () => {
  const docs = await dated;
  const ix = createOriginIndex();
  const first = ix.add(docs.get('translation')!);
  assert.deepEqual(first.map((l) => [l.relation, l.derivedFrom, l.external?.name]), [['credited-source', 'external:outlet:rheinvacht seitung', 'Rheinwacht Zeitung']]);
  const later = ix.add(docs.get('german')!);
  assert.deepEqual(later.map((l) => [l.docId, l.relation, l.derivedFrom]), [[id('translation'), 'credited-translation', id('german')]]);
  // The report replaces the outside origin.
  assert.deepEqual(ix.linksOf(id('translation')).map((l) => l.derivedFrom), [id('german')]);
  assert.deepEqual(ix.originGroups(), [{ origin: id('german'), members: [id('translation'), id('german')] }]);
});

test('the same report posted again by another outlet without credit is a near-duplicate', async () => {
  const docs = await dated;
  const original = docs.get('independent')!;
  const repost: CleanDocument = {
    ...original,
    id: 'fx-repost',
    given: { ...original.given, outlet: 'Weekend Aggregator' },
    text: `${original.text}\n\nShare this article. Follow us for more news from Estravia.`,
    meta: { ...original.meta, outlet: { value: 'Weekend Aggregator', from: 'given' }, published: { value: '2026-05-03T08:00:00Z', precision: 'minute', from: 'given' } },
    data: {},
  };
  const ix = build([repost, original]);
  assert.deepEqual(ix.linksOf('fx-repost').map((l) => [l.relation, l.derivedFrom]), [['near-duplicate', id('independent')]]);
});

test('deterministic, and a saved index grows exactly like one that never stopped', async () => {
  const all = [...(await dated).values()];
  const once = build(all);
  const again = build(all);
  assert.deepEqual(again.links(), once.links());
  assert.deepEqual(again.toJSON(), once.toJSON());

  const half = build(all.slice(0, 4));
  const restored = originIndexFromJSON(JSON.parse(JSON.stringify(half.toJSON())));
  assert.equal(restored.size, 4);
  build(all.slice(4), restored);
  assert.deepEqual(restored.links(), once.links());
  assert.deepEqual(restored.originGroups(), once.originGroups());
  assert.deepEqual(restored.toJSON(), once.toJSON());
  assert.throws(() => originIndexFromJSON({ version: 9 }), /CRB_ERR_CORPUS_STATE|malformed/);
});

test('an index that reads texts back from a store finds the same links as one that keeps them', async () => {
  const docs = await dated;
  const texts = new Map([...docs.values()].map((d) => [d.id, d.text]));
  const kept = build(docs.values());
  const stored = build(docs.values(), createOriginIndex({ keepText: false }, { loadText: (docId) => texts.get(docId) }));
  assert.deepEqual(stored.links(), kept.links());
  assert.ok(!JSON.stringify(stored.toJSON().docs).includes('Morvaine Central Hospital'));
  assert.throws(() => createOriginIndex({ keepText: false }), /loadText/);
});

test('copied-content findings describe each dependent report and point at both texts', async () => {
  const docs = await dated;
  const ix = build(docs.values());
  const findings = copiedContentFindings(ix.links(), (docId) => ix.describe(docId));
  const byDoc = new Map(findings.map((f) => [f.docId, f]));
  const copy = byDoc.get(id('copy-headline'))!;
  assert.equal(copy.ruleId, 'copied-content');
  assert.equal(copy.messageId, 'copy-of');
  assert.equal(copy.severity, 'info');
  assert.equal(copy.message, 'copy of “Fire at Morvaine fertiliser plant injures three, 600 residents evacuated” (Baltmoor Press)');
  assert.ok(copy.related!.every((r) => r.docId === id('wire')));
  assert.equal(byDoc.get(id('translation'))!.messageId, 'translation-of');
  assert.equal(byDoc.get(id('translation'))!.message, 'translation of “Großbrand in Düngemittelwerk von Morvaine: drei Verletzte” (Rheinwacht Zeitung)');
  assert.equal(byDoc.get(id('rewrite'))!.messageId, 'rewrite-of');
  assert.equal(byDoc.get(id('relay-a'))!.message, "relays a statement by Estravia's Interior Ministry");
  assert.ok(!byDoc.has(id('independent')) && !byDoc.has(id('wire')));
});

test('an index saved by parts after every report restores to the same index, and grows like one that never stopped', async () => {
  const all = [...(await dated).values()];
  const once = build(all);
  const ix = createOriginIndex({}, { trackChanges: true });
  const batches: Array<{ reports: SavedOriginReport[]; sketch: string }> = [];
  const slots = new Map<number, SavedSlots>();
  const pending = new Map<string, number[]>();
  for (const d of all.slice(0, 5)) {
    ix.add(d);
    const delta = ix.takeDelta();
    if (delta.batch) batches.push(delta.batch);
    for (const s of delta.slots) slots.set(s.no, s);
    for (const [k, list] of delta.pending) pending.set(k, list);
  }
  // A second delta with nothing added writes nothing.
  const idle = ix.takeDelta();
  assert.equal(idle.batch, undefined);
  assert.deepEqual([idle.slots, idle.pending], [[], []]);
  const restored = originIndexFromParts({ options: ix.toJSON().options, batches, sketchBatches: 0, slots: slots.values(), pending });
  assert.deepEqual(restored.toJSON(), ix.toJSON());
  build(all.slice(5), restored);
  assert.deepEqual(restored.links(), once.links());
  assert.deepEqual(restored.toJSON(), once.toJSON());
  // Parts that do not fit together are a coded error.
  assert.throws(() => originIndexFromParts({ options: {}, batches: [], sketchBatches: 0, slots: [...slots.values()], pending: [] }), (e: Error & { code?: string }) => e.code === 'CRB_ERR_CORPUS_STATE');
});

test('the LSH buckets keep only the newest reports: a copy whose source has left them is not found by its wording', async () => {
  const docs = await dated;
  const wire = docs.get('wire')!;
  const copy = docs.get('copy-spelling')!;
  const others = ['independent', 'relay-a', 'relay-b'].map((k) => docs.get(k)!);
  const textOf = (ix: OriginIndex) => ix.linksOf(copy.id).find((l) => l.relation === 'syndicated-copy' || l.relation === 'near-duplicate');
  const wide = build([wire, ...others, copy]);
  assert.equal(textOf(wide)?.derivedFrom, wire.id, 'within the window the copy is found');
  const narrow = build([wire, ...others, copy], createOriginIndex({ bandWindow: 2 }));
  assert.equal(textOf(narrow), undefined, 'three reports later the source has left a window of two');
  // Saved and restored, the narrow index still has the same buckets.
  const back = originIndexFromJSON(JSON.parse(JSON.stringify(narrow.toJSON())));
  assert.deepEqual(back.toJSON(), narrow.toJSON());
});
