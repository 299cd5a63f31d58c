import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import { ingest } from '../../ingest/ingest.js';
import type { CleanDocument } from '../../model/document.js';
import { evidenceHolds } from '../../model/span.js';
import { runOne } from '../../run/report-runner.js';
import { copiedContentFindings } from './copied-content.js';
import { createOriginIndex, type OriginIndex } from './origin-index.js';

const root = fileURLToPath(new URL('../../../examples/', import.meta.url));
const corpus = `${root}corpus`;

interface Expected {
  syndication: { origin: string; copies: string[]; relation: string }[];
  reports: { key: string }[];
}
const expected = JSON.parse(readFileSync(`${root}expected.json`, 'utf8')) as Expected;

/** The key `expected.json` gives a report: its path, plus the record's id, guid or target URI. */
function keyOf(doc: CleanDocument): string {
  const path = relative(corpus, doc.source.location).split('\\').join('/');
  if (doc.source.kind === 'warc-record') return `${path}#${doc.source.url}`;
  if (doc.source.kind === 'jsonl-line' || doc.source.kind === 'feed-item') return `${path}#${doc.source.recordId}`;
  return path;
}

const analysed = (async () => {
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const byKey = new Map<string, CleanDocument>();
  for await (const item of ingest([corpus])) {
    if (item.kind !== 'report') continue;
    const r = runOne(pipeline, item.report);
    if (r.ok) byKey.set(keyOf(r.doc), r.doc);
  }
  return byKey;
})();

function build(docs: Iterable<CleanDocument>): OriginIndex {
  const ix = createOriginIndex();
  for (const d of docs) ix.add(d);
  return ix;
}

test('the example corpus gives exactly the syndication groups of expected.json, and no other links', async () => {
  const byKey = await analysed;
  assert.deepEqual([...byKey.keys()].sort(), expected.reports.map((r) => r.key).sort(), 'every expected report analysed');
  const idOf = (key: string) => byKey.get(key)!.id;
  const keyOfId = new Map([...byKey].map(([k, d]) => [d.id, k]));
  const ix = build(byKey.values());

  const groups = ix.originGroups().map((g) => ({ origin: keyOfId.get(g.origin), members: g.members.map((m) => keyOfId.get(m)).sort() }));
  const want = expected.syndication.map((s) => ({ origin: s.origin, members: [s.origin, ...s.copies].sort() }));
  const byOrigin = (a: { origin?: string }, b: { origin?: string }) => a.origin!.localeCompare(b.origin!);
  assert.deepEqual(groups.sort(byOrigin), want.sort(byOrigin));

  const links = ix.links().map((l) => ({ copy: keyOfId.get(l.docId), origin: keyOfId.get(l.derivedFrom), relation: l.relation }));
  const wantLinks = expected.syndication.flatMap((s) => s.copies.map((c) => ({ copy: c, origin: s.origin, relation: s.relation })));
  const byCopy = (a: { copy?: string }, b: { copy?: string }) => a.copy!.localeCompare(b.copy!);
  assert.deepEqual(links.sort(byCopy), wantLinks.sort(byCopy));

  const all = [...byKey.values()];
  const copies = expected.syndication.reduce((n, s) => n + s.copies.length, 0);
  assert.equal(ix.independentOrigins(all.map((d) => d.id)), all.length - copies);
  // The Northgate update is the same agency's new story, not a copy of its morning one.
  assert.equal(ix.originOf(idOf('wire.jsonl#ngw-20260314-0002')), idOf('wire.jsonl#ngw-20260314-0002'));

  for (const l of ix.links()) {
    assert.ok(l.evidence.length >= 2 && l.related.length >= 1, `${keyOfId.get(l.docId)} has evidence in both reports`);
    for (const ev of [...l.evidence, ...l.related]) {
      const doc = all.find((d) => d.id === ev.docId)!;
      assert.ok(evidenceHolds(ev, doc.text), `evidence quotes ${keyOfId.get(ev.docId)} at ${ev.range}`);
    }
  }
  const tr = ix.linksOf(idOf('text/velmorsk-victim-dies-translated.txt'))[0]!;
  assert.equal(tr.evidence[0]!.quote, 'Source: Vestnik Velmorska');
  const hl = ix.linksOf(idOf('wire.jsonl#hl-2026-03-14-karvelia-drones'))[0]!;
  assert.equal(hl.evidence[0]!.quote, '(Northgate)');
});

test('example findings name the origin report; order of arrival does not change the groups', async () => {
  const byKey = await analysed;
  const docs = [...byKey.values()];
  const ix = build(docs);
  const reversed = build([...docs].reverse());
  assert.deepEqual(
    reversed.originGroups().map((g) => [g.origin, [...g.members].sort()]).sort(),
    ix.originGroups().map((g) => [g.origin, [...g.members].sort()]).sort(),
  );
  assert.deepEqual(build(docs).links(), ix.links(), 'deterministic');

  const findings = copiedContentFindings(ix.links(), (id) => ix.describe(id));
  const messages = findings.map((f) => [f.messageId, f.message]).sort();
  assert.deepEqual(messages, [
    ['copy-of', 'copy of “Drones target Karvelian capital overnight, two injured; Velmorsk blames Dorvania” (Northgate)'],
    ['copy-of', 'copy of “Drones target Karvelian capital overnight, two injured; Velmorsk blames Dorvania” (Northgate)'],
    ['translation-of', 'translation of “В Велморске скончался один из пострадавших при ночной атаке беспилотников” (Вестник Велморска)'],
  ]);
});
