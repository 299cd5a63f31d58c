/**
 * The routes the dashboard's story pages use: finding counts in the report list, a report's
 * stories and cross-report findings, a story's map, and the event stream answered in process.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceOf } from '../model/span.js';
import type { CleanDocument } from '../model/document.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { countFacts, makeStory } from '../../test/support/make-story.js';
import { createApi, type Api } from './app.js';
import { createResponseCheck, type ResponseCheck } from './openapi-validator.js';
import { storyMapPlaces } from './story-map.js';

// Invented reports: outlets, places and people do not exist.
const A = makeDoc('Drones launched at Varna Nova overnight\nThe air force said nine drones were launched at Varna Nova.', {
  outlet: { value: 'Kestrel Daily', from: 'meta-tag' },
  published: { value: '2026-03-03T07:00:00Z', precision: 'minute', from: 'meta-tag' },
});
const B = makeDoc('Varna Nova: fourteen drones, officials say\nOfficials said 14 drones were launched at Varna Nova during the night.', {
  outlet: { value: 'Harbour Times', from: 'meta-tag' },
  published: { value: '2026-03-03T08:00:00Z', precision: 'minute', from: 'meta-tag' },
});
// A report with findings of its own (as the signals stage leaves them), in no story.
const C: CleanDocument = {
  ...makeDoc('SHOCK AT VARNA NOVA!\nSomething happened at Varna Nova, sources say.'),
  findings: [
    { ruleId: 'clickbait-headline', messageId: 'sensational', message: 'the headline uses sensational style', severity: 'warning', docId: '', evidence: [] },
    { ruleId: 'vague-sourcing', messageId: 'anonymous', message: 'unnamed sources', severity: 'info', docId: '', evidence: [] },
  ],
};
C.findings = C.findings.map((f) => ({ ...f, docId: C.id, evidence: [evidenceOf(C.id, C.text, 0, 20)] }));

const HOSTILE_PLACE = 'Varna <script>alert(1)</script> "Nova" & co';

let dir: string;
let store: Store;
let api: Api;
let check: ResponseCheck;

async function get(path: string) {
  const res = await api.app.request(path, { method: 'GET' });
  const type = res.headers.get('content-type');
  const text = await res.text();
  const body: any = type?.startsWith('application/json') ? JSON.parse(text) : text;
  assert.deepEqual(check({ method: 'GET', path: path.split('?')[0]!, status: res.status, contentType: type, body }), [], path);
  return { status: res.status, headers: res.headers, body };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crb-api-dash-'));
  store = openSqliteStore(join(dir, 'api.db'));
  await store.putReports([A, B, C]);
  const fa = countFacts(A, 9, 'nine drones were launched');
  const fb = countFacts(B, 14, '14 drones were launched');
  const located = makeStory('story-1', [fa, fb]);
  // The gazetteer would give the coordinates; Varna Nova is invented, so they are too.
  located.places = located.places.map((p) => ({ ...p, geo: { name: 'Varna Nova', country: 'XK', lat: 44.1, lon: 21.6, precision: 1 } }));
  const unlocated = makeStory('story-2~varna-nova', [fa]);
  const hostile = makeStory('story-3', [fb]);
  hostile.places = hostile.places.map((p) => ({ ...p, name: HOSTILE_PLACE, geo: { name: HOSTILE_PLACE, country: 'XK', lat: 44.2, lon: 21.5, precision: 1 } }));
  await store.saveStoryLayer({ facts: [fa, fb], stories: [located, unlocated, hostile], removed: [], stateName: 'test', state: '{}', expectedRevision: 0 });
  api = createApi({ store, staticDir: null, log: () => {} });
  check = createResponseCheck(api.openapi);
});

after(async () => {
  await api.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('GET /api/reports: each item carries its own finding count and the cross-report findings on it', async () => {
  const list = await get('/api/reports?limit=10');
  assert.equal(list.status, 200);
  const byId = new Map(list.body.items.map((r: { id: string }) => [r.id, r]));
  for (const doc of [A, B, C]) {
    const item = byId.get(doc.id) as { findingCount: number; crossFindingCount: number };
    assert.equal(item.findingCount, doc.findings.length, doc.id);
    assert.equal(item.crossFindingCount, (await store.crossReportFindings(doc.id)).length, doc.id);
  }
  assert.equal((byId.get(C.id) as { findingCount: number }).findingCount, 2);
  assert.ok((byId.get(A.id) as { crossFindingCount: number }).crossFindingCount > 0, 'the contradicted count is a finding on A');
});

test('GET /api/reports/:id/stories: the stories of a report with its role, the findings on it, and who they point to', async () => {
  const r = await get(`/api/reports/${A.id}/stories`);
  assert.equal(r.status, 200);
  assert.equal(r.body.id, A.id);
  assert.deepEqual(r.body.stories.map((s: { id: string; role: string }) => [s.id, s.role]).sort(), [['story-1', 'member'], ['story-2~varna-nova', 'member']]);
  assert.equal(r.body.stories.find((s: { id: string }) => s.id === 'story-1').counts.independentOrigins, 2);
  assert.deepEqual(r.body.findings, await store.crossReportFindings(A.id));
  const contradicted = r.body.findings.find((f: { ruleId: string }) => f.ruleId === 'contradicted-claim');
  assert.ok(contradicted, 'nine against fourteen is a contradiction');
  assert.equal(contradicted.evidence[0].quote, 'nine drones were launched');
  assert.equal(contradicted.related[0].docId, B.id);
  assert.deepEqual(r.body.reports, [{ docId: B.id, headline: 'Varna Nova: fourteen drones, officials say', outlet: 'Harbour Times', published: '2026-03-03T08:00:00Z' }]);

  // The profile counts the cross-report findings in their categories, beside the report's own.
  const own = (await store.getReport(A.id))!.findings.length;
  assert.equal(r.body.profile.findingCount, own + r.body.findings.length);
  const corroboration = r.body.profile.categories.find((c: { category: string }) => c.category === 'corroboration');
  assert.equal(corroboration.checked, true);
  assert.equal(corroboration.count, r.body.findings.filter((f: { ruleId: string }) => f.ruleId === 'contradicted-claim' || f.ruleId === 'single-source-claim').length);
  assert.ok(corroboration.findings.some((f: { ruleId: string }) => f.ruleId === 'contradicted-claim'));

  const byPrefix = await get(`/api/reports/${A.id.slice(0, 8).toUpperCase()}/stories`);
  assert.equal(byPrefix.body.id, A.id);
  const alone = await get(`/api/reports/${C.id}/stories`);
  assert.deepEqual([alone.body.stories, alone.body.findings, alone.body.reports], [[], [], []]);
  assert.equal(alone.body.profile, undefined, 'a report in no story was not checked across reports');
  const missing = await get('/api/reports/0123456789abcdef/stories');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'CRB_ERR_STORE_NOT_FOUND');
  assert.equal((await get('/api/reports/not-hex/stories')).status, 400);
});

test('GET /api/stories/:id/map.svg: a standalone SVG with the located places, inert, escaped, sized by the query', async () => {
  const r = await get('/api/stories/story-1/map.svg');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
  assert.match(r.headers.get('content-security-policy') ?? '', /^default-src 'none'/);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  const svg = String(r.body);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="400"/);
  assert.ok(svg.endsWith('</svg>'));
  // The place is marked with the status of its place facet, as the story gives it.
  const story = await store.getStory('story-1');
  const placeFacet = story!.facets.find((f) => f.key === `place@${story!.places[0]!.key}`);
  assert.ok(svg.includes('data-name="Varna Nova"'), 'the located place is on the map');
  if (placeFacet) assert.ok(svg.includes(`data-status="${placeFacet.status}"`));
  assert.doesNotMatch(svg, /<script|\son\w+=|href=|xlink:/i, 'no script, handler or external reference');

  const small = await get('/api/stories/story-1/map.svg?width=320&height=200');
  assert.match(String(small.body), /^<svg [^>]*width="320" height="200"/);
  assert.equal((await get('/api/stories/story-1/map.svg?width=5')).status, 400);
  assert.equal((await get('/api/stories/story-1/map.svg?zoom=3')).status, 400);

  const unlocated = String((await get('/api/stories/story-2~varna-nova/map.svg')).body);
  assert.doesNotMatch(unlocated, /crb-map-place"/, 'a place without coordinates is not drawn');
  assert.match(unlocated, /1 place without coordinates not shown/);

  const hostile = String((await get('/api/stories/story-3/map.svg')).body);
  assert.ok(!hostile.includes('<script>alert(1)</script>'), 'a place name never becomes markup');
  assert.ok(hostile.includes('Varna &lt;script&gt;alert(1)&lt;/script&gt;'), 'the name is there as text');

  const missing = await get('/api/stories/story-404/map.svg');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'CRB_ERR_STORY_NOT_FOUND');
});

test('storyMapPlaces: coordinates from the gazetteer, the place facet\'s status, NaN for a place it could not locate', async () => {
  const located = storyMapPlaces((await store.getStory('story-1'))!);
  assert.equal(located.length, 1);
  assert.deepEqual([located[0]!.name, located[0]!.lat, located[0]!.lon], ['Varna Nova', 44.1, 21.6]);
  const unlocated = storyMapPlaces((await store.getStory('story-2~varna-nova'))!);
  assert.ok(Number.isNaN(unlocated[0]!.lat) && Number.isNaN(unlocated[0]!.lon));
});

test('GET /api/events in process: the stream opens with the store\'s counts, and ends when the API closes', async () => {
  const local = createApi({ store, staticDir: null, log: () => {} });
  const head = await local.app.request('/api/events', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(local.events.open, 0, 'a HEAD opens no stream');
  const res = await local.app.request('/api/events');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let text = '';
  while (!text.includes('event: ready')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += dec.decode(value);
  }
  assert.match(text, /^retry: \d+\n\n/);
  const ready = /event: ready\ndata: (.*)\n\n/.exec(text);
  assert.ok(ready, text);
  assert.deepEqual(JSON.parse(ready[1]!), { reports: 3, runs: 0, stories: 3, revision: 0 }, 'the story layer of these tests is saved under another name');
  assert.equal(local.events.open, 1);
  await local.close();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += dec.decode(value);
  }
  assert.match(rest, /event: close\n/);
  assert.equal(local.events.open, 0);
  const refused = await local.app.request('/api/events');
  assert.equal(refused.status, 503);
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'CRB_ERR_API_UNAVAILABLE');
});
