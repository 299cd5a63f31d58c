import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStoryRecord } from '../corpus/stories/build-story.js';
import type { ReportFacts } from '../corpus/align/facet-types.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import type { CleanDocument } from '../model/document.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { countFacts, makeStory } from '../../test/support/make-story.js';
import { writeClaimReviews, type ClaimReviewNode } from './claimreview-export.js';
import { ExportLookup } from './export-selection.js';
import { stringSink as collector } from './export-sink.js';

// Invented reports: outlets, places and people do not exist. A's lower figure comes out after the
// higher one, so it is no update: it conflicts.
const meta = (outlet: string, published: string, url?: string): Partial<CleanDocument['meta']> => ({
  outlet: { value: outlet, from: 'meta-tag' },
  published: { value: published, precision: 'minute', from: 'meta-tag' },
  ...(url ? { canonicalUrl: url } : {}),
});
const A = makeDoc('Drones launched at Varna Nova overnight\nThe air force said nine drones were launched at Varna Nova.', meta('Kestrel Daily', '2026-03-03T11:00:00Z', 'https://kestrel-daily.example/2026/03/03/varna-nova'));
const B = makeDoc('Varna Nova: fourteen drones, officials say\nOfficials said 14 drones were launched at Varna Nova during the night.', meta('Harbour Times', '2026-03-03T08:00:00Z'));
// A wire copy of B run by another outlet: the same words, not a second source.
const C = makeDoc('Fourteen drones over Varna Nova\nOfficials said 14 drones were launched at Varna Nova during the night.', meta('Coastline Post', '2026-03-03T09:30:00Z'));
const D = makeDoc('Night attack on Varna Nova\nThe regional governor said 14 drones were launched at Varna Nova before dawn.', meta('Plains Courier', '2026-03-03T10:00:00Z'));

let dir: string;
let store: Store;
let facts: Record<'a' | 'b' | 'c' | 'd', ReportFacts>;
let contested: StoryRecord;

/** Every key anywhere in a JSON value. */
function keysDeep(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysDeep(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.add(k), keysDeep(x, out));
  return out;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crb-claimreview-'));
  store = openSqliteStore(join(dir, 'cr.db'));
  await store.putReports([A, B, C, D]);
  facts = {
    a: countFacts(A, 9, 'nine drones were launched'),
    b: countFacts(B, 14, '14 drones were launched'),
    c: countFacts(C, 14, '14 drones were launched'),
    d: countFacts(D, 14, '14 drones were launched'),
  };
  const all = [facts.a, facts.b, facts.c, facts.d];
  contested = buildStoryRecord({
    id: 'story-1',
    members: all.map((f) => ({ facts: f, incidentIds: ['i1'] })),
    linked: [],
    anchor: { placeKey: 'varna nova', place: 'Varna Nova' },
    // C is B's copy: one origin.
    originOf: (d) => (d === C.id ? B.id : d),
    linksOf: () => [],
    orderOf: (d) => all.findIndex((f) => f.docId === d),
  });
  await store.saveStoryLayer({
    facts: all,
    stories: [contested, makeStory('story-2~kestrel', [facts.a])],
    removed: [],
    stateName: 'test',
    state: '{}',
    expectedRevision: 0,
  });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a contradicted count gets one review per value, each naming how many independent reports say otherwise', async () => {
  const facet = contested.facets.find((f) => f.key === 'count:launched:drones@varna nova');
  assert.equal(facet?.status, 'contradicted', 'the builder finds the conflict');
  const sink = collector();
  const n = await writeClaimReviews(['story-1'], new ExportLookup(store), sink, { generatedAt: '2026-03-04T12:00:00.000Z' });
  const doc = JSON.parse(sink.text()) as { '@context': string; '@graph': ClaimReviewNode[] };
  assert.equal(doc['@context'], 'https://schema.org');
  assert.equal(doc['@graph'].length, n);
  assert.equal(n, 2);
  const byValue = new Map(doc['@graph'].map((r) => [r.name.split(' — ').pop(), r] as const));

  // 9 stands against 14, which two independent origins give (B and its copy C count once, D is the other).
  const nine = byValue.get('9')!;
  assert.equal(nine.reviewRating.alternateName, 'contradicted by 2 independent reports');
  assert.equal(nine.claimReviewed, 'nine drones were launched');
  assert.deepEqual(nine.itemReviewed.appearance.map((a) => a.url ?? a['@id']), ['https://kestrel-daily.example/2026/03/03/varna-nova']);
  assert.equal(nine.itemReviewed.appearance[0]!.publisher?.name, 'Kestrel Daily');
  assert.equal(nine.itemReviewed.appearance[0]!.headline, 'Drones launched at Varna Nova overnight');

  // 14 is contradicted by one independent report; its appearances are every report carrying it, copy included.
  const fourteen = byValue.get('14')!;
  assert.equal(fourteen.reviewRating.alternateName, 'contradicted by 1 independent report');
  assert.equal(fourteen.claimReviewed, '14 drones were launched');
  assert.deepEqual(fourteen.itemReviewed.appearance.map((a) => a.identifier).sort(), [B.id, C.id, D.id].map((id) => `urn:corroborate:report:${id}`).sort());
  assert.equal(fourteen.itemReviewed.firstAppearance?.identifier, `urn:corroborate:report:${B.id}`, 'the earliest report carrying it');
  assert.equal(fourteen.itemReviewed.firstAppearance?.datePublished, '2026-03-03T08:00:00Z');
  assert.match(fourteen.reviewBody, /9 \(1 origin\) vs 14 \(2 origins\)|14 \(2 origins\) vs 9 \(1 origin\)/);
});

test('every review has the keys ClaimReview needs and no truth scale we did not make', async () => {
  const sink = collector();
  await writeClaimReviews(['story-1', 'story-2~kestrel'], new ExportLookup(store), sink, { generatedAt: '2026-03-04T12:00:00.000Z' });
  const doc = JSON.parse(sink.text()) as { '@graph': ClaimReviewNode[] };
  assert.equal(doc['@graph'].length, 3);
  for (const r of doc['@graph']) {
    assert.equal(r['@type'], 'ClaimReview');
    assert.match(r['@id'], /^urn:corroborate:claimreview:/);
    assert.ok(r.claimReviewed.length > 0);
    assert.equal(r.itemReviewed['@type'], 'Claim');
    assert.ok(r.itemReviewed.appearance.length > 0);
    for (const a of [...r.itemReviewed.appearance, r.itemReviewed.firstAppearance!]) {
      assert.equal(a['@type'], 'NewsArticle');
      assert.match(a.identifier, /^urn:corroborate:report:[0-9a-f]{16}$/);
    }
    assert.equal(r.reviewRating['@type'], 'Rating');
    assert.match(r.reviewRating.alternateName, /^(contradicted by \d+ independent reports?|single source)$/);
    assert.deepEqual(r.author, { '@type': 'Organization', name: 'corroborate' });
    assert.equal(r.datePublished, '2026-03-04');
    assert.equal(r.about.identifier.startsWith('urn:corroborate:story:'), true);
  }
  const keys = keysDeep(doc);
  for (const k of ['ratingValue', 'bestRating', 'worstRating', 'ratingCount', 'reviewCount']) assert.ok(!keys.has(k), `no ${k}`);
  // The story with one report: its count rests on a single source.
  const single = doc['@graph'].find((r) => r.about.identifier === 'urn:corroborate:story:story-2~kestrel');
  assert.equal(single?.reviewRating.alternateName, 'single source');
  assert.equal(single?.claimReviewed, 'nine drones were launched');
});

test('a story with nothing contradicted or single-sourced gives an empty graph', async () => {
  const agreed = makeStory('story-3', [facts.b, facts.d]);
  await store.saveStoryLayer({ facts: [], stories: [agreed], removed: [], stateName: 'test', state: '{}', expectedRevision: 1 });
  assert.equal(agreed.facets.find((f) => f.kind === 'count')?.status, 'corroborated');
  const sink = collector();
  assert.equal(await writeClaimReviews(['story-3'], new ExportLookup(store), sink), 0);
  assert.deepEqual(JSON.parse(sink.text()), { '@context': 'https://schema.org', '@graph': [] });
});
