import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { createApi } from './app.js';
import { listen, type Listening } from './listen.js';
import { createResponseCheck, type ResponseCheck } from './openapi-validator.js';

const TOKEN = 'socket-test-token-41c9e07d';
const AUTH = { authorization: `Bearer ${TOKEN}` };

// Invented page, served by a loopback "news site".
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Landslide blocks Pellow Pass road | Upland Gazette</title>
<meta property="og:site_name" content="Upland Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Landslide blocks Pellow Pass road</h1>
<p>A landslide closed the only road over Pellow Pass on Wednesday night, cutting off the village of Grenmoor, the county roads office said.</p>
<p>"We expect to reopen one lane by Saturday," said engineer Ossian Hale. No one was hurt.</p></article>
<footer>Share this story</footer></body></html>`;

const UPLOAD = 'Power cut hits Skarrow\n\nAbout 1,800 homes in Skarrow lost power for six hours on Sunday after a storm brought down a line near the substation, the grid operator said.';

let dir: string;
let store: Store;
let open: Listening;
let guarded: Listening;
let site: http.Server;
let siteUrl: string;
const siteHits: string[] = [];
let check: ResponseCheck;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crb-sock-'));
  store = openSqliteStore(join(dir, 'sock.db'));
  site = http.createServer((req, res) => {
    siteHits.push(req.url ?? '');
    if (req.url === '/2026/06/pellow-pass') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // Tests fetch from a loopback site, so this server allows private addresses; the other does not.
  const api = createApi({ store, token: TOKEN, staticDir: null, fetch: { allowPrivateAddresses: true }, log: () => {} });
  check = createResponseCheck(api.openapi);
  open = await listen(api, { host: '127.0.0.1', port: 0 });
  guarded = await listen(createApi({ store, token: TOKEN, staticDir: null, rateLimit: { burst: 2, perMinute: 1 }, log: () => {} }), { host: '127.0.0.1', port: 0 });
});

after(async () => {
  await open.close();
  await guarded.close();
  await new Promise<void>((resolve) => site.close(() => resolve()));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A request over the socket; its response is checked against the OpenAPI document. */
async function fetchJson(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const body = (await res.json()) as any;
  const method = init.method ?? 'GET';
  const path = new URL(url).pathname;
  assert.deepEqual(check({ method, path, status: res.status, contentType: res.headers.get('content-type'), body }), [], `${method} ${path}`);
  return { status: res.status, headers: res.headers, body };
}

test('a real socket: the port is chosen, health answers, the document is served', async () => {
  assert.match(open.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.notEqual(open.port, 0);
  const res = await fetchJson(`${open.url}/api/health`);
  assert.equal(res.status, 200);
  assert.equal(res.body.readOnly, false);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const doc = await fetchJson(`${open.url}/openapi.json`);
  assert.ok('/api/reports/{id}' in doc.body.paths);
});

test('ingest by upload over the socket, then read the report back', async () => {
  const form = new FormData();
  form.append('file', new Blob([UPLOAD], { type: 'text/plain; charset=utf-8' }), 'skarrow.txt');
  const res = await fetchJson(`${open.url}/api/reports`, { method: 'POST', body: form, headers: AUTH });
  assert.equal(res.status, 201);
  assert.equal(res.body.stored.length, 1);
  const doc = await fetchJson(`${open.url}/api/reports/${res.body.stored[0]}`);
  assert.equal(doc.body.source.location, 'upload:skarrow.txt');
  assert.equal(doc.body.format, 'text');
  assert.deepEqual(doc.body.source.charset, { name: 'utf-8', from: 'http' }, 'the part\'s declared charset is used');
  assert.match(doc.body.text, /1,800 homes in Skarrow/);
});

test('ingest by URL from a loopback site (private addresses allowed on this server)', async () => {
  const url = `${siteUrl}/2026/06/pellow-pass`;
  const res = await fetchJson(`${open.url}/api/reports`, { method: 'POST', body: JSON.stringify({ url }), headers: { ...AUTH, 'content-type': 'application/json' } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.ok(siteHits.includes('/2026/06/pellow-pass'));
  const doc = await fetchJson(`${open.url}/api/reports/${res.body.stored[0]}`);
  assert.equal(doc.body.source.kind, 'url');
  assert.equal(doc.body.source.url, url);
  assert.equal(doc.body.meta.headline.value, 'Landslide blocks Pellow Pass road');
  assert.match(doc.body.text, /engineer Ossian Hale/);
  assert.doesNotMatch(doc.body.text, /Share this story/);
  const missing = await fetchJson(`${open.url}/api/reports`, { method: 'POST', body: JSON.stringify({ url: `${siteUrl}/gone` }), headers: { ...AUTH, 'content-type': 'application/json' } });
  assert.equal(missing.status, 422);
  assert.equal(missing.body.error.code, 'CRB_ERR_FETCH_STATUS');
});

test('without the allowance the SSRF guard refuses the loopback URL, and the site is never asked', async () => {
  const before = siteHits.length;
  const res = await fetchJson(`${guarded.url}/api/reports`, {
    method: 'POST',
    body: JSON.stringify({ url: `${siteUrl}/2026/06/pellow-pass` }),
    headers: { ...AUTH, 'content-type': 'application/json' },
  });
  assert.equal(res.status, 422);
  assert.equal(res.body.error.code, 'CRB_ERR_FETCH_PRIVATE_ADDRESS');
  assert.equal(siteHits.length, before);
  // This server's bucket holds two ingest requests per client address: the third waits.
  const second = await fetchJson(`${guarded.url}/api/reports`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(second.status, 401);
  const third = await fetchJson(`${guarded.url}/api/reports`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(third.status, 429);
  assert.equal(third.headers.get('retry-after'), '60');
});
