import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { countFacts, makeStory } from '../../test/support/make-story.js';
import { storyFixtureReports } from '../corpus/stories/story-fixtures.js';
import { createApi, type Api } from './app.js';
import { createResponseCheck, type ResponseCheck } from './openapi-validator.js';

const TOKEN = 'test-token-stories-5b1d0e';

// Invented reports: outlets, places and people do not exist.
const A = makeDoc('Drones launched at Varna Nova overnight\nThe air force said nine drones were launched at Varna Nova.', {
  outlet: { value: 'Kestrel Daily', from: 'meta-tag' },
  published: { value: '2026-03-03T07:00:00Z', precision: 'minute', from: 'meta-tag' },
});
const B = makeDoc('Varna Nova: fourteen drones, officials say\nOfficials said 14 drones were launched at Varna Nova during the night.', {
  outlet: { value: 'Harbour Times', from: 'meta-tag' },
  published: { value: '2026-03-03T08:00:00Z', precision: 'minute', from: 'meta-tag' },
});

let dir: string;
let store: Store;
let api: Api;
let check: ResponseCheck;

async function get(path: string) {
  const res = await api.app.request(path, { method: 'GET' });
  const body = (await res.json()) as any;
  assert.deepEqual(check({ method: 'GET', path: path.split('?')[0]!, status: res.status, contentType: res.headers.get('content-type'), body }), [], path);
  return { status: res.status, body };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crb-api-stories-'));
  store = openSqliteStore(join(dir, 'api.db'));
  await store.putReports([A, B]);
  const fa = countFacts(A, 9, 'nine drones were launched');
  const fb = countFacts(B, 14, '14 drones were launched');
  await store.saveStoryLayer({
    facts: [fa, fb],
    stories: [makeStory('story-1', [fa, fb]), makeStory('story-2~varna-nova', [fa])],
    removed: [],
    stateName: 'test',
    state: '{}',
    expectedRevision: 0,
  });
  api = createApi({ store, token: TOKEN, staticDir: null, log: () => {} });
  check = createResponseCheck(api.openapi);
});

after(async () => {
  await api.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('GET /api/stories lists stories a page at a time, most independent origins first', async () => {
  const all = await get('/api/stories');
  assert.equal(all.status, 200);
  assert.equal(all.body.total, 2);
  assert.deepEqual(all.body.items.map((s: { id: string }) => s.id), ['story-1', 'story-2~varna-nova']);
  assert.equal(all.body.items[0].counts.independentOrigins, 2);
  assert.equal(all.body.items[0].worst[0].status, 'contradicted');
  assert.equal(all.body.next, null);
  const page = await get('/api/stories?limit=1');
  assert.equal(page.body.items.length, 1);
  assert.equal(page.body.next, '/api/stories?limit=1&offset=1');
  assert.equal((await get('/api/stories?limit=0')).status, 400);
});

test('GET /api/stories/:id gives the story whole; an unknown id is 404, a malformed one 400', async () => {
  const one = await get('/api/stories/story-1');
  assert.equal(one.status, 200);
  const count = one.body.facets.find((v: { key: string }) => v.key === 'count:launched:drones@varna nova');
  assert.equal(count.status, 'contradicted');
  assert.deepEqual(count.groups.map((g: { display: string }) => g.display).sort(), ['14', '9']);
  assert.equal(count.groups[0].reports[0].evidence[0].quote.includes('drones were launched'), true);
  assert.ok(one.body.findings.some((f: { ruleId: string; related?: unknown[] }) => f.ruleId === 'contradicted-claim' && (f.related ?? []).length === 1));
  assert.equal((await get('/api/stories/story-2~varna-nova')).status, 200);
  const missing = await get('/api/stories/story-404');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'CRB_ERR_STORY_NOT_FOUND');
  assert.equal((await get('/api/stories/%20bad%20id')).status, 400);
});

test('POST /api/reports keeps the stories up to date: a report and its copy make one story of one origin', async () => {
  const d = mkdtempSync(join(tmpdir(), 'crb-api-ingest-'));
  const s = openSqliteStore(join(d, 'api.db'));
  const live = createApi({ store: s, token: TOKEN, staticDir: null, log: () => {}, rateLimit: { burst: 100, perMinute: 100 } });
  try {
    for (const r of storyFixtureReports(['night1-wire', 'night1-copy', 'night1-local'])) {
      const body = JSON.stringify({ text: r.raw, title: r.given.title, outlet: r.given.outlet, published: r.given.published });
      const res = await live.app.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });
      assert.equal(res.status, 201, await res.text());
    }
    const list = (await (await live.app.request('/api/stories')).json()) as { items: Array<{ id: string; counts: { reports: number; independentOrigins: number } }> };
    const night = list.items.find((x) => x.counts.reports === 3);
    assert.ok(night, `one story holds the three reports (${JSON.stringify(list.items.map((x) => x.counts))})`);
    assert.equal(night.counts.independentOrigins, 2, 'the copy counts once');
  } finally {
    await live.close();
    await s.close();
    rmSync(d, { recursive: true, force: true });
  }
});
