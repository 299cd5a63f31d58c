/**
 * `GET /api/events` over a real socket: another process stores a report in the same database
 * file, another connection saves the story layer, and the events arrive; stopping the server
 * ends the stream with a `close` event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStoryUpdater } from '../corpus/stories/story-updater.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApi } from './app.js';
import { listen } from './listen.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** An SSE client on a raw HTTP connection: events as they are parsed, and the end of the stream. */
function openStream(url: string): Promise<{ status: number; type: string | undefined; next(event: string): Promise<SseEvent>; ended: Promise<void>; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      const seen: SseEvent[] = [];
      const waiting: Array<{ event: string; resolve(e: SseEvent): void }> = [];
      let buffer = '';
      const ended = new Promise<void>((done) => res.on('end', done).on('close', done));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const e: SseEvent = { event: 'message', data: '' };
          let isEvent = false;
          for (const line of block.split('\n')) {
            const m = /^(\w+): ?(.*)$/.exec(line);
            if (!m) continue;
            if (m[1] === 'event') (e.event = m[2]!), (isEvent = true);
            else if (m[1] === 'data') e.data = m[2]!;
            else if (m[1] === 'id') e.id = m[2]!;
          }
          if (!isEvent) continue;
          const w = waiting.findIndex((x) => x.event === e.event);
          if (w >= 0) waiting.splice(w, 1)[0]!.resolve(e);
          else seen.push(e);
        }
      });
      resolve({
        status: res.statusCode ?? 0,
        type: res.headers['content-type'],
        next(event) {
          const i = seen.findIndex((x) => x.event === event);
          if (i >= 0) return Promise.resolve(seen.splice(i, 1)[0]!);
          return new Promise((res2, rej2) => {
            const timer = setTimeout(() => rej2(new Error(`no "${event}" event came`)), 20_000);
            waiting.push({ event, resolve: (e) => (clearTimeout(timer), res2(e)) });
          });
        },
        ended,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

test('a report stored by another process and a story layer saved by another connection reach an open event stream', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-live-'));
  const db = join(dir, 'live.db');
  const store = openSqliteStore(db);
  const server = await listen(createApi({ store, staticDir: null, log: () => {}, events: { intervalMs: 200 } }), { host: '127.0.0.1', port: 0 });
  let stopped = false;
  try {
    const stream = await openStream(`${server.url}/api/events`);
    assert.equal(stream.status, 200);
    assert.equal(stream.type, 'text/event-stream; charset=utf-8');
    const ready = await stream.next('ready');
    assert.deepEqual(JSON.parse(ready.data), { reports: 0, runs: 0, stories: 0, revision: 0 });

    // Another process writes the same database file, as `corroborate analyze` would.
    const script = `
      import { openSqliteStore } from './src/store/sqlite/sqlite-store.ts';
      import { makeDoc } from './test/support/make-doc.ts';
      const s = openSqliteStore(${JSON.stringify(db)});
      await s.putReports([makeDoc('Lock gates jam at Orrin canal\\nBarges queued at the Orrin locks on Monday after a gate jammed, the canal trust said.')]);
      await s.close();`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const report = await stream.next('report');
    assert.deepEqual(JSON.parse(report.data), { type: 'report', reports: 1, added: 1 });
    assert.ok(Number(report.id) > Number(ready.id), 'event ids go up');

    // Another connection adds the report to the story layer.
    const other = openSqliteStore(db);
    const [summary] = await other.listReports();
    const full = await other.getReport(summary!.id);
    await createStoryUpdater(other).update([full!]);
    await other.close();
    const stories = JSON.parse((await stream.next('stories')).data) as { type: string; stories: number; revision: number };
    assert.deepEqual(stories, { type: 'stories', stories: 1, revision: 1 });

    // Stopping the server ends the stream with `close`, not a cut line.
    const closing = stream.next('close');
    await server.close();
    stopped = true;
    assert.match((await closing).data, /stopping/);
    await stream.ended;
  } finally {
    if (!stopped) await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('more streams than the server keeps are refused with 503 and Retry-After; a closed one frees its place', async () => {
  const store = openSqliteStore(':memory:');
  const server = await listen(createApi({ store, staticDir: null, log: () => {}, events: { maxStreams: 1 } }), { host: '127.0.0.1', port: 0 });
  try {
    const first = await openStream(`${server.url}/api/events`);
    await first.next('ready');
    const refused = await fetch(`${server.url}/api/events`);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '10');
    assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'CRB_ERR_API_UNAVAILABLE');
    first.close();
    await first.ended;
    // The server notices the client went away when its socket closes.
    const end = Date.now() + 10_000;
    let again: Awaited<ReturnType<typeof openStream>> | undefined;
    while (Date.now() < end) {
      const s = await openStream(`${server.url}/api/events`);
      if (s.status === 200) {
        again = s;
        break;
      }
      s.close();
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(again, 'a place came free');
    await again.next('ready');
  } finally {
    await server.close();
    await store.close();
  }
});
