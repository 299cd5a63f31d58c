import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { createApi, type Api, type ApiOptions } from './app.js';
import { createResponseCheck, type ResponseCheck } from './openapi-validator.js';
import { openApiPath } from './openapi.js';
import { NOT_BUILT_PAGE } from './static-files.js';

const TOKEN = 'test-token-harbour-7f3a9c2e';
const AUTH = { authorization: `Bearer ${TOKEN}` };

// Invented reports: outlets, places and people do not exist.
const FERRY = {
  text:
    'Ferry service resumes at Marrow Bay after terminal fire\n\n' +
    'MARROW BAY — Ferries to Ostrel Island resumed on Tuesday, three days after a fire gutted the ticket hall of the Marrow Bay terminal, the port authority said. ' +
    '"The first crossing left at 6.40 with 212 passengers," harbour master Tilda Varnsen told reporters. ' +
    'Investigators have not said what started the fire, which broke out late on Friday.',
  title: 'Ferry service resumes at Marrow Bay after terminal fire',
  outlet: 'Marrow Bay Herald',
  published: '2026-05-05',
  url: 'https://marrowbay-herald.example/2026/05/05/ferry-resumes',
};

const HOSTILE = {
  html:
    '<html><head><title>Quarry blast shakes Dunmere</title></head><body><article><h1>Quarry blast shakes Dunmere</h1>' +
    '<p onclick="alert(1)">A controlled blast at the Dunmere quarry rattled windows across the valley on Monday, residents said.</p>' +
    '<script>document.body.innerHTML = "owned"</script>' +
    '<p>The operator, Calder Aggregates, said the charge was within its permit. <img src=x onerror="alert(2)"></p></article></body></html>',
  outlet: 'Dunmere Valley Post',
};

let dir: string;
let store: Store;
let api: Api;
let check: ResponseCheck;

/** One in-process request; its response is checked against the OpenAPI document before it is returned. */
async function call(target: Api, method: string, path: string, init: { body?: string | FormData; headers?: Record<string, string>; env?: unknown } = {}) {
  const res = await target.app.request(path, { method, headers: init.headers ?? {}, ...(init.body === undefined ? {} : { body: init.body }) }, init.env);
  const type = res.headers.get('content-type');
  const text = await res.text();
  const body: unknown = type?.startsWith('application/json') ? JSON.parse(text) : text;
  // Only routes of the document are checked; static files and unknown paths are not API answers.
  const documented = Object.keys(target.openapi.paths).some((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path.split('?')[0] ?? ''));
  if (documented && res.status !== 405) assert.deepEqual(check({ method, path: path.split('?')[0] ?? '', status: res.status, contentType: type, body }), [], `${method} ${path}`);
  return { status: res.status, headers: res.headers, body: body as any, text };
}

const postJson = (target: Api, body: unknown, headers: Record<string, string> = AUTH) =>
  call(target, 'POST', '/api/reports', { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

function errorCode(r: { body: any }): string {
  return r.body?.error?.code;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'crb-api-'));
  store = openSqliteStore(join(dir, 'api.db'));
  // A bucket large enough for every write of these tests; the limit has its own test.
  api = createApi({ store, token: TOKEN, staticDir: null, log: () => {}, rateLimit: { burst: 1000, perMinute: 1000 } });
  check = createResponseCheck(api.openapi);
});

after(async () => {
  await api.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('OpenAPI document', () => {
  test('documents exactly the registered routes, and is what /openapi.json serves', async () => {
    const registered = api.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${openApiPath(r.path)}`).sort();
    const documented = Object.entries(api.openapi.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(documented, registered);
    assert.ok(registered.includes('POST /api/reports') && registered.includes('GET /api/reports/{id}'));
    const served = await call(api, 'GET', '/openapi.json');
    assert.equal(served.status, 200);
    assert.equal(served.body.openapi, '3.1.0');
    assert.deepEqual(served.body, JSON.parse(JSON.stringify(api.openapi)));
  });

  test('every $ref resolves and the write route declares the bearer scheme', () => {
    const refs = [...JSON.stringify(api.openapi).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(refs.length > 10);
    for (const name of refs) assert.ok(name !== undefined && name in api.openapi.components.schemas, `missing schema ${name}`);
    const post = api.openapi.paths['/api/reports']?.post as { security?: unknown; responses: Record<string, unknown> };
    assert.deepEqual(post.security, [{ bearerAuth: [] }]);
    for (const s of ['201', '200', '400', '401', '403', '413', '415', '422', '429']) assert.ok(s in post.responses, `POST /api/reports documents ${s}`);
  });

  test('operations are complete: unique ids, path parameters declared, every response described', () => {
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(api.openapi.paths)) {
      for (const [method, raw] of Object.entries(ops)) {
        const op = raw as { operationId: string; summary: string; parameters?: Array<{ name: string; in: string; required: boolean; schema: object }>; responses: Record<string, { description?: string }> };
        assert.ok(!ids.has(op.operationId), `${op.operationId} is unique`);
        ids.add(op.operationId);
        assert.ok(op.summary.length > 10, `${method} ${path} has a summary`);
        const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name).sort();
        assert.deepEqual(declared, inPath, `${method} ${path} declares its path parameters`);
        for (const p of op.parameters ?? []) assert.ok(typeof p.schema === 'object' && (p.in !== 'path' || p.required), `${p.name} of ${path}`);
        for (const [status, r] of Object.entries(op.responses)) assert.ok(r.description, `${method} ${path} ${status} is described`);
      }
    }
  });

  test('the response check catches a body that breaks the schema', () => {
    const bad = check({ method: 'GET', path: '/api/reports', status: 200, contentType: 'application/json', body: { items: [{ id: 'x' }], total: 1 } });
    assert.ok(bad.length > 0);
    assert.ok(check({ method: 'GET', path: '/api/reports', status: 418, contentType: 'application/json', body: {} })[0]?.includes('418'));
  });
});

describe('ingest and read back', () => {
  let ferryId: string;

  test('POST a JSON report: 201 with its id; the same report again: 200, already stored', async () => {
    const first = await postJson(api, FERRY);
    assert.equal(first.status, 201);
    assert.equal(first.body.stored.length, 1);
    assert.deepEqual(first.body.ids, first.body.stored);
    assert.deepEqual(first.body.failures, []);
    ferryId = first.body.stored[0];
    assert.match(ferryId, /^[0-9a-f]{16}$/);
    const again = await postJson(api, FERRY);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body.existing, [ferryId]);
    assert.deepEqual(again.body.stored, []);
  });

  test('GET /api/reports/:id returns the whole analysed document, by id and by prefix', async () => {
    const full = await call(api, 'GET', `/api/reports/${ferryId}`);
    assert.equal(full.status, 200);
    assert.equal(full.body.id, ferryId);
    assert.match(full.body.text, /harbour master Tilda Varnsen/);
    assert.equal(full.body.meta.outlet.value, 'Marrow Bay Herald');
    assert.equal(full.body.source.url, FERRY.url);
    assert.ok(Object.keys(full.body.data).length > 0, 'reading stages left their data');
    assert.ok(Array.isArray(full.body.findings));
    const byPrefix = await call(api, 'GET', `/api/reports/${ferryId.slice(0, 8).toUpperCase()}`);
    assert.equal(byPrefix.status, 200);
    assert.equal(byPrefix.body.id, ferryId);
  });

  test('GET /api/search finds it with a marked snippet; an unmatched word finds nothing', async () => {
    const hit = await call(api, 'GET', '/api/search?q=Varnsen&limit=5');
    assert.equal(hit.status, 200);
    assert.equal(hit.body.query, 'Varnsen');
    assert.equal(hit.body.items[0]?.id, ferryId);
    assert.match(hit.body.items[0]?.snippet, /\[Varnsen\]/);
    const none = await call(api, 'GET', `/api/search?q=${encodeURIComponent('"zebra crossing"')}`);
    assert.deepEqual(none.body.items, []);
  });

  test('hostile HTML is stored as data and answered as inert JSON', async () => {
    const r = await postJson(api, HOSTILE);
    assert.equal(r.status, 201);
    const doc = await call(api, 'GET', `/api/reports/${r.body.stored[0]}`);
    assert.equal(doc.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(doc.headers.get('x-content-type-options'), 'nosniff');
    assert.match(doc.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(doc.body.text, /controlled blast at the Dunmere quarry/);
    assert.doesNotMatch(doc.body.text, /<script|onerror|innerHTML/);
    // The raw input keeps the script as a string inside JSON, never as markup of the response.
    assert.match(doc.body.raw, /<script>/);
    assert.doesNotMatch(doc.text, /[<>]/, 'markup characters are \\u escapes on the wire');
    assert.match(doc.text, /\\u003cscript\\u003e/);
  });

  test('multipart upload of a JSONL file: good lines stored, the bad line a coded failure with its line', async () => {
    const lines = [
      JSON.stringify({ text: 'Water restored in Kestle Vale\n\nMains water returned to most homes in Kestle Vale on Sunday after a burst pipe left 4,000 households dry for two days, the utility said.', outlet: 'Vale Courier' }),
      '{"text": "broken',
      JSON.stringify({ html: '<article><h1>Kestle Vale schools reopen</h1><p>All six schools in Kestle Vale reopened on Monday once water pressure was back, the council said.</p></article>', outlet: 'Vale Courier' }),
    ].join('\n');
    const form = new FormData();
    form.append('file', new Blob([lines], { type: 'application/octet-stream' }), 'vale.jsonl');
    const r = await call(api, 'POST', '/api/reports', { body: form, headers: AUTH });
    assert.equal(r.status, 201);
    assert.equal(r.body.stored.length, 2);
    assert.equal(r.body.failures.length, 1);
    assert.deepEqual({ ...r.body.failures[0], message: undefined }, { input: 'upload:vale.jsonl', line: 2, code: 'CRB_ERR_JSONL_PARSE', message: undefined });
    const doc = await call(api, 'GET', `/api/reports/${r.body.stored[1]}`);
    assert.equal(doc.body.source.location, 'upload:vale.jsonl');
    assert.match(doc.body.text, /six schools/);
  });

  test('an input that cannot be read at all: 422 with the ingest code', async () => {
    const r = await postJson(api, { text: '   \n  ' });
    assert.equal(r.status, 422);
    assert.equal(errorCode(r), 'CRB_ERR_INGEST_EMPTY');
    assert.equal(r.body.failures[0].input, 'api:json');
  });

  test('a URL on a private address is refused by the fetch guard (422)', async () => {
    const r = await postJson(api, { url: 'http://127.0.0.1:9/never' });
    assert.equal(r.status, 422);
    assert.equal(errorCode(r), 'CRB_ERR_FETCH_PRIVATE_ADDRESS');
  });
});

describe('listing and pagination', () => {
  let pages: Api;
  let pageStore: Store;

  before(async () => {
    pageStore = openSqliteStore(join(dir, 'pages.db'));
    const docs = ['Bridge closed at Harlow Ford\nFlood water reached the deck.', 'Harlow Ford bridge reopens\nEngineers found no damage.', 'Rain eases over Harlow\nRivers are falling.'].map(
      (t, i) => makeDoc(t, { published: { value: `2026-04-0${i + 1}`, precision: 'day', from: 'given' } }),
    );
    await pageStore.putReports(docs);
    pages = createApi({ store: pageStore, staticDir: null, log: () => {} });
  });

  after(async () => {
    await pages.close();
    await pageStore.close();
  });

  test('pages carry total and next until the last page', async () => {
    const first = await call(pages, 'GET', '/api/reports?limit=2');
    assert.equal(first.status, 200);
    assert.equal(first.body.total, 3);
    assert.equal(first.body.items.length, 2);
    assert.equal(first.body.next, '/api/reports?limit=2&offset=2');
    assert.equal(first.body.items[0].headline, 'Bridge closed at Harlow Ford');
    const second = await call(pages, 'GET', first.body.next);
    assert.equal(second.body.items.length, 1);
    assert.equal(second.body.items[0].headline, 'Rain eases over Harlow');
    assert.equal(second.body.next, null);
    const beyond = await call(pages, 'GET', '/api/reports?offset=10');
    assert.deepEqual([beyond.body.items, beyond.body.next, beyond.body.limit], [[], null, 50]);
  });

  test('health reports the count and that writes are off without a token', async () => {
    const h = await call(pages, 'GET', '/api/health');
    assert.equal(h.status, 200);
    assert.deepEqual({ ...h.body, version: undefined }, { status: 'ok', version: undefined, reports: 3, readOnly: true });
  });
});

describe('validation at the edge', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['limit of 0', '/api/reports?limit=0', /"limit" must be >= 1/],
    ['limit not a number', '/api/reports?limit=ten', /"limit" must be integer/],
    ['limit over the page cap', '/api/reports?limit=501', /must be <= 500/],
    ['negative offset', '/api/reports?offset=-1', /"offset" must be >= 0/],
    ['unknown query parameter', '/api/reports?limt=5', /unknown query parameter "limt"/],
    ['query parameter on a route without any', '/api/health?verbose=1', /unknown query parameter "verbose"/],
    ['search without q', '/api/search', /"q" is required/],
    ['empty q', '/api/search?q=', /"q" must NOT have fewer than 1 characters/],
    ['id that is not hex', '/api/reports/not-an-id', /path parameter "id" must match pattern/],
    ['id prefix too short', '/api/reports/ab12', /must match pattern/],
  ];
  for (const [name, path, message] of cases) {
    test(`400 for ${name}`, async () => {
      const r = await call(api, 'GET', path);
      assert.equal(r.status, 400);
      assert.equal(errorCode(r), 'CRB_ERR_API_VALIDATION');
      assert.match(r.body.error.message, message);
      assert.ok(r.body.error.details.length >= 1);
    });
  }

  test('400 for bodies: bad JSON, not an object, missing text, wrong types and unknown fields (all listed)', async () => {
    const raw = await call(api, 'POST', '/api/reports', { body: '{"text": ', headers: { ...AUTH, 'content-type': 'application/json' } });
    assert.equal(raw.status, 400);
    assert.match(raw.body.error.message, /not valid JSON/);
    const arr = await postJson(api, [FERRY]);
    assert.match(arr.body.error.message, /must be a JSON object/);
    const none = await postJson(api, { title: 'No body here' });
    assert.match(none.body.error.message, /needs "text" or "html"/);
    const types = await postJson(api, { text: 'Quay wall repaired', published: 20260505, colour: 'red' });
    assert.equal(types.status, 400);
    const messages = types.body.error.details.map((d: { message: string }) => d.message).sort();
    assert.deepEqual(messages, ['field "published" must be string', 'unknown field "colour"']);
    const ftp = await postJson(api, { url: 'ftp://files.example/report.txt' });
    assert.match(ftp.body.error.message, /"url" must match pattern/);
  });

  test('400 for multipart without a file, or with other fields', async () => {
    const form = new FormData();
    form.append('note', 'hello');
    const r = await call(api, 'POST', '/api/reports', { body: form, headers: AUTH });
    assert.equal(r.status, 400);
    assert.match(r.body.error.message, /unknown field "note"/);
    const text = new FormData();
    text.append('file', 'just a string');
    assert.match((await call(api, 'POST', '/api/reports', { body: text, headers: AUTH })).body.error.message, /must be a file upload/);
  });

  test('415 for a body that is neither JSON nor multipart', async () => {
    const r = await call(api, 'POST', '/api/reports', { body: 'Plain words', headers: { ...AUTH, 'content-type': 'text/plain' } });
    assert.equal(r.status, 415);
    assert.equal(errorCode(r), 'CRB_ERR_API_MEDIA_TYPE');
  });
});

describe('size limit', () => {
  let small: Api;
  before(() => {
    small = createApi({ store, token: TOKEN, staticDir: null, maxBodyBytes: 2048, log: () => {} });
  });
  after(() => small.close());

  test('413 from the declared length, before the body is read', async () => {
    const r = await postJson(small, { text: 'x'.repeat(5000) });
    assert.equal(r.status, 413);
    assert.equal(errorCode(r), 'CRB_ERR_API_BODY_TOO_LARGE');
  });

  test('413 from counting a streamed body with no declared length', async () => {
    const chunk = new TextEncoder().encode(`{"text":"${'y'.repeat(1000)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        // Far more than the limit if it were read to its end.
        if (sent++ < 50) ctrl.enqueue(chunk);
        else ctrl.close();
      },
    });
    const req = new Request('http://localhost/api/reports', { method: 'POST', body: stream, headers: { ...AUTH, 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    const res = await small.app.request(req);
    assert.equal(res.status, 413);
    assert.ok(sent < 50, `stopped reading after ${sent} chunks`);
  });
});

describe('auth and read-only', () => {
  test('401 without a token, with a wrong one, or another scheme; the body is never read', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer test-token-harbour-7f3a9c2f' }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }]) {
      const r = await postJson(api, FERRY, headers);
      assert.equal(r.status, 401, JSON.stringify(headers));
      assert.equal(errorCode(r), 'CRB_ERR_API_UNAUTHORIZED');
      assert.equal(r.headers.get('www-authenticate'), 'Bearer');
    }
  });

  test('a server without a token, or started read-only, refuses writes with 403 and still reads', async () => {
    for (const opts of [{}, { token: TOKEN, readOnly: true }] as Partial<ApiOptions>[]) {
      const ro = createApi({ store, staticDir: null, log: () => {}, ...opts });
      try {
        assert.equal(ro.readOnly, true);
        const w = await postJson(ro, FERRY);
        assert.equal(w.status, 403);
        assert.equal(errorCode(w), 'CRB_ERR_API_READ_ONLY');
        assert.equal((await call(ro, 'GET', '/api/reports')).status, 200);
      } finally {
        await ro.close();
      }
    }
  });
});

describe('rate limit on ingest', () => {
  test('a tiny bucket: the third quick request is 429 with Retry-After; other clients and time restore it', async () => {
    let now = 1_000_000;
    const limited = createApi({
      store,
      token: TOKEN,
      staticDir: null,
      log: () => {},
      rateLimit: { burst: 2, perMinute: 6, now: () => now },
      clientAddress: (c) => c.req.header('x-client') ?? 'unknown',
    });
    try {
      // Unauthenticated attempts count too, so token guessing is limited; they need no pipeline.
      const attempt = (client: string) => postJson(limited, FERRY, { 'x-client': client });
      assert.equal((await attempt('198.51.100.7')).status, 401);
      assert.equal((await attempt('198.51.100.7')).status, 401);
      const third = await attempt('198.51.100.7');
      assert.equal(third.status, 429);
      assert.equal(errorCode(third), 'CRB_ERR_API_RATE_LIMITED');
      assert.equal(third.headers.get('retry-after'), '10');
      assert.equal((await attempt('203.0.113.9')).status, 401, 'another client has its own bucket');
      assert.equal((await call(limited, 'GET', '/api/reports')).status, 200, 'reads are not limited');
      now += 10_000;
      assert.equal((await attempt('198.51.100.7')).status, 401, 'a token came back after 10 s');
      assert.equal((await attempt('198.51.100.7')).status, 429);
    } finally {
      await limited.close();
    }
  });
});

describe('not found, methods, CORS, errors', () => {
  test('404 for an unknown report id and for unknown API paths', async () => {
    const r = await call(api, 'GET', '/api/reports/0123456789abcdef');
    assert.equal(r.status, 404);
    assert.equal(errorCode(r), 'CRB_ERR_STORE_NOT_FOUND');
    const p = await call(api, 'GET', '/api/no-such-collection');
    assert.equal(p.status, 404);
    assert.equal(errorCode(p), 'CRB_ERR_API_NOT_FOUND');
    assert.equal(p.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await call(api, 'GET', '/api/reports/')).status, 404, 'a trailing slash is another path');
  });

  test('405 with Allow for a known path and another method', async () => {
    const r = await call(api, 'DELETE', '/api/reports/0123456789abcdef');
    assert.equal(r.status, 405);
    assert.equal(errorCode(r), 'CRB_ERR_API_METHOD');
    assert.equal(r.headers.get('allow'), 'GET, HEAD');
  });

  test('no CORS: no Access-Control headers, a preflight is refused', async () => {
    const get = await call(api, 'GET', '/api/health', { headers: { origin: 'https://evil.example' } });
    assert.equal(get.status, 200);
    assert.equal(get.headers.get('access-control-allow-origin'), null);
    const pre = await call(api, 'OPTIONS', '/api/reports', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(pre.status, 405);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
  });

  test('an unexpected failure is 500 CRB_ERR_API_INTERNAL without its details, and logged', async () => {
    const broken = openSqliteStore(join(dir, 'broken.db'));
    await broken.close();
    const lines: string[] = [];
    const b = createApi({ store: broken, staticDir: null, log: (l) => lines.push(l) });
    const r = await call(b, 'GET', '/api/search?q=harbour');
    assert.equal(r.status, 500);
    assert.equal(errorCode(r), 'CRB_ERR_API_INTERNAL');
    assert.doesNotMatch(r.text, /database|sqlite|at .*\.ts/i);
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /GET \/api\/search: internal error/);
    await b.close();
  });
});

describe('dashboard files', () => {
  let site: string;
  let withSite: Api;

  before(() => {
    site = join(dir, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>board</title><div id="app"></div><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(site, 'assets', 'app.js'), 'console.log("board");');
    writeFileSync(join(dir, 'secret.txt'), 'outside the root');
    symlinkSync(join(dir, 'secret.txt'), join(site, 'assets', 'leak.txt'));
    withSite = createApi({ store, staticDir: site, log: () => {} });
  });
  after(() => withSite.close());

  test('/ serves index.html with a strict CSP; assets get their types; client routes get index.html', async () => {
    const home = await call(withSite, 'GET', '/');
    assert.equal(home.status, 200);
    assert.match(home.text, /<title>board<\/title>/);
    assert.match(home.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(home.headers.get('content-security-policy') ?? '', /^default-src 'self'/);
    const js = await call(withSite, 'GET', '/assets/app.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(js.headers.get('x-content-type-options'), 'nosniff');
    const route = await call(withSite, 'GET', '/stories/abc123');
    assert.equal(route.status, 200);
    assert.match(route.text, /<title>board<\/title>/);
    assert.equal((await call(withSite, 'GET', '/assets/missing.js')).status, 404);
  });

  test('path traversal is refused in every spelling, symlinks out of the root included', async () => {
    for (const path of ['/../secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/%2e%2e/secret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '/assets/leak.txt', '/assets/%00app.js', '/..%252fsecret.txt']) {
      const r = await call(withSite, 'GET', path);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(r.text, /outside the root/, path);
    }
  });

  test('without a build, / explains how to build the dashboard', async () => {
    const r = await call(api, 'GET', '/');
    assert.equal(r.status, 200);
    assert.equal(r.text, NOT_BUILT_PAGE);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal((await call(api, 'GET', '/assets/app.js')).status, 404);
  });
});
