import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportPipeline } from '../../analyze/pipeline.js';
import { prepareAnalysis } from '../../analyze/prepare.js';
import { createStoryUpdater } from '../../corpus/stories/story-updater.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { createLocalRunner, type ReportRunner } from '../report-runner.js';
import { runWatch, type WatchOptions, type WatchSourceSpec, type WatchSummary } from './run-watch.js';
import { ferryItem, ferryReport, rssFeed, type TestItem } from './test-reports.js';
import type { ErrorEvent, PollEvent, StoredEvent, WatchEvent } from './watch-types.js';

let runner: ReportRunner;
before(async () => {
  await prepareAnalysis();
  runner = createLocalRunner(createReportPipeline());
});

/** Collects a watch's events and lets a test wait for a condition on them (with a generous guard against hanging, never a timing check). */
function recorder() {
  const events: WatchEvent[] = [];
  let waiters: Array<() => void> = [];
  return {
    events,
    onEvent(e: WatchEvent) {
      events.push(e);
      const w = waiters;
      waiters = [];
      for (const wake of w) wake();
    },
    async until(what: string, cond: (events: WatchEvent[]) => boolean): Promise<void> {
      const guard = Date.now() + 60_000;
      while (!cond(events)) {
        if (Date.now() > guard) throw new Error(`never saw: ${what}; events: ${JSON.stringify(events.slice(-20))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200).unref();
        });
      }
    },
  };
}

const stored = (events: WatchEvent[]) => events.filter((e): e is StoredEvent => e.event === 'stored');
const errors = (events: WatchEvent[]) => events.filter((e): e is ErrorEvent => e.event === 'error');
const polls = (events: WatchEvent[], source?: string) => events.filter((e): e is PollEvent => e.event === 'poll' && (source === undefined || e.source === source));

/** Starts a watch that runs until the returned stop() is called. */
function startWatch(store: Store, sources: WatchSourceSpec[], rec: ReturnType<typeof recorder>, extra: Partial<WatchOptions> = {}) {
  const stop = new AbortController();
  const done = runWatch({ store, runner, sources, ingest: { allowPrivateAddresses: true, timeoutMs: 5_000 }, signal: stop.signal, onEvent: rec.onEvent, ...extra });
  return {
    done,
    async stop(): Promise<WatchSummary> {
      stop.abort();
      return done;
    },
  };
}

/** A loopback feed server whose items and failures the test controls. */
async function feedServer(initial: TestItem[]) {
  const state = { items: [...initial], failing: false, requests: 0, failed: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    if (state.failing) {
      state.failed++;
      res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream CMS is down');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rssFeed(state.items));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ostrel/feed.rss`;
  return { url, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('folder watch: files written while it runs are stored once; a growing file waits until it stops; a broken file is named and the rest goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(join(inbox, 'day1'), { recursive: true });
  const store = openSqliteStore(join(dir, 'c.db'));
  const rec = recorder();
  const w = startWatch(store, [{ input: inbox, kind: 'path', intervalMs: 100 }], rec, { stories: createStoryUpdater(store) });
  let writer: NodeJS.Timeout | undefined;
  try {
    writeFileSync(join(inbox, 'day1', 'ferry-1.txt'), ferryReport(1));
    await rec.until('ferry-1 stored', (ev) => stored(ev).some((e) => e.input.endsWith('ferry-1.txt')));

    // A file written a paragraph at a time, faster than the polls, must not be read half-way.
    const growing = join(inbox, 'day1', 'ferry-2.txt');
    const paragraphs = ferryReport(2).split('\n\n');
    writeFileSync(growing, paragraphs[0]!);
    let ticks = 0;
    const polled = polls(rec.events).length;
    await new Promise<void>((resolve) => {
      writer = setInterval(() => {
        ticks++;
        // Synchronous appends inside a timer shorter than the poll interval: every poll sees a new size.
        appendFileSync(growing, ticks < paragraphs.length ? `\n\n${paragraphs[ticks]}` : `\n\nUpdate ${ticks}: rescue boats stayed on the water through the night.`);
        if (ticks >= 30 && polls(rec.events).length >= polled + 4) {
          clearInterval(writer);
          appendFileSync(growing, '\n\nThe last line of the Saltwren report.');
          resolve();
        }
      }, 20);
    });
    assert.ok(polls(rec.events).slice(polled).some((p) => p.pending >= 1), 'a poll saw the file still growing');
    assert.equal(stored(rec.events).filter((e) => e.input === growing).length, 0, 'nothing read while it grew');

    writeFileSync(join(inbox, 'day1', 'wire.jsonl'), `${JSON.stringify({ text: ferryReport(3), url: 'https://kestrel-daily.example/ostrel-3' })}\n{"text": "cut off mid-\n`);
    writeFileSync(join(inbox, 'blob.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 0, 255]));
    writeFileSync(join(inbox, 'ferry-4.html'), `<html><head><title>Ferry inquiry</title></head><body><article><p>${ferryReport(4).replace(/\n\n/g, '</p><p>')}</p></article></body></html>`);
    await rec.until('every file dealt with', (ev) =>
      ['ferry-2.txt', 'wire.jsonl', 'ferry-4.html'].every((f) => stored(ev).some((e) => e.input.endsWith(f))) && errors(ev).length >= 2,
    );

    const grown = stored(rec.events).filter((e) => e.input === growing);
    assert.equal(grown.length, 1, 'the grown file is read once');
    assert.match((await store.getReport(grown[0]!.id))!.text, /The last line of the Saltwren report\.$/, 'and read whole');
    const errs = errors(rec.events);
    assert.ok(errs.some((e) => e.code === 'CRB_ERR_JSONL_PARSE' && e.input === join(inbox, 'day1', 'wire.jsonl') && e.line === 2), JSON.stringify(errs));
    assert.ok(errs.some((e) => e.code === 'CRB_ERR_INGEST_BINARY' && e.input === join(inbox, 'blob.txt')), JSON.stringify(errs));
    assert.ok(errs.every((e) => e.source === inbox && e.retryInSeconds === undefined), 'a broken file is not an error of the folder');

    // Touched (same bytes, new mtime): not read again. Changed: read again.
    const before = rec.events.length;
    utimesSync(join(inbox, 'day1', 'ferry-1.txt'), new Date('2026-03-20T10:00:00Z'), new Date('2026-03-20T10:00:00Z'));
    const seen = polls(rec.events).length;
    await rec.until('three more polls', (ev) => polls(ev).length >= seen + 3);
    assert.deepEqual(rec.events.slice(before).filter((e) => e.event !== 'poll'), [], 'a touched file is not read');
    writeFileSync(join(inbox, 'day1', 'ferry-1.txt'), `${ferryReport(1)}\n\nCorrection: the ferry is named Saltwren, not Saltwing.`);
    await rec.until('the changed file stored again', (ev) => stored(ev).filter((e) => e.input.endsWith('ferry-1.txt')).length === 2);

    const summary = await w.stop();
    const ids = stored(rec.events).map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'nothing stored twice');
    assert.equal((await store.stats()).reports, ids.length);
    assert.equal(summary.stored, ids.length);
    assert.ok((await store.countStories()) >= 1, 'stories were updated as reports came in');
    assert.ok((await store.failures()).some((f) => f.code === 'CRB_ERR_INGEST_BINARY'), 'failures are recorded like analyze records them');
  } finally {
    clearInterval(writer);
    await w.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('feed watch: new items are stored once; 500s back off and recover; a failing feed never holds up a folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const feed = await feedServer([ferryItem(1), ferryItem(2)]);
  const store = openSqliteStore(join(dir, 'c.db'));
  const rec = recorder();
  const w = startWatch(
    store,
    [
      { input: feed.url, kind: 'feed', intervalMs: 100 },
      { input: inbox, kind: 'path', intervalMs: 100 },
    ],
    rec,
    { maxBackoffMs: 400 },
  );
  try {
    await rec.until('two items stored', (ev) => stored(ev).length === 2);
    feed.state.items.push(ferryItem(3));
    await rec.until('item 3 stored', (ev) => stored(ev).some((e) => e.url === ferryItem(3).link));

    feed.state.failing = true;
    await rec.until('three feed errors', (ev) => errors(ev).length >= 3);
    // While the feed keeps failing, the folder is still read.
    writeFileSync(join(inbox, 'ferry-9.txt'), ferryReport(9));
    feed.state.items.push(ferryItem(4));
    await rec.until('the folder file stored while the feed fails', (ev) => stored(ev).some((e) => e.source === inbox));
    const failures = errors(rec.events).length;
    assert.ok(feed.state.failing, 'the feed was failing all along');
    feed.state.failing = false;
    await rec.until('item 4 stored after recovery', (ev) => stored(ev).some((e) => e.url === ferryItem(4).link));
    const afterErrors = (ev: WatchEvent[]) => ev.slice(ev.map((e) => e.event).lastIndexOf('error'));
    await rec.until('the poll that recovered', (ev) => polls(afterErrors(ev), feed.url).some((p) => p.stored === 1));
    assert.equal(polls(afterErrors(rec.events), feed.url)[0]?.nextInSeconds, 0.1, 'the delay is back to the interval after a success');
    await rec.until('two more polls of the feed', (ev) => polls(afterErrors(ev), feed.url).length >= 3);
    await w.stop();
    assert.deepEqual(polls(afterErrors(rec.events), feed.url).slice(1).map((p) => p.read), polls(afterErrors(rec.events), feed.url).slice(1).map(() => 0), 'known items are not read again');

    const errs = errors(rec.events);
    assert.ok(errs.length >= failures && failures >= 3);
    for (const [i, e] of errs.entries()) {
      assert.equal(e.code, 'CRB_ERR_FETCH_STATUS');
      assert.equal(e.source, feed.url);
      assert.equal(e.input, feed.url);
      assert.match(e.message, /answered 500/);
      // 0.1 s interval doubled per error in a row, capped at 0.4 s.
      assert.equal(e.retryInSeconds, Math.min(0.4, 0.1 * 2 ** (i + 1)), `retry after error ${i + 1}`);
    }
    assert.equal(feed.state.failed, errs.length, 'one request per backed-off poll, no hammering');
    const fromFeed = stored(rec.events).filter((e) => e.source === feed.url);
    assert.deepEqual(fromFeed.map((e) => e.url).sort(), [1, 2, 3, 4].map((n) => ferryItem(n).link).sort(), 'each item stored once');
    assert.equal((await store.stats()).reports, 5);
  } finally {
    await w.stop();
    await feed.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a restart reads nothing twice: known files are not opened, known feed items are not stored again even when edited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'ferry-1.txt'), ferryReport(1));
  writeFileSync(join(inbox, 'ferry-2.txt'), ferryReport(2));
  const feed = await feedServer([ferryItem(5), ferryItem(6)]);
  const db = join(dir, 'c.db');
  const sources: WatchSourceSpec[] = [
    { input: inbox, kind: 'path', intervalMs: 100 },
    { input: feed.url, kind: 'feed', intervalMs: 100 },
  ];
  const pass = async () => {
    const store = openSqliteStore(db);
    const rec = recorder();
    try {
      const summary = await runWatch({ store, runner, sources, ingest: { allowPrivateAddresses: true }, once: true, onEvent: rec.onEvent, stories: createStoryUpdater(store) });
      return { summary, events: rec.events, reports: (await store.stats()).reports };
    } finally {
      await store.close();
    }
  };
  try {
    const first = await pass();
    assert.equal(first.summary.stored, 4, JSON.stringify(first.events));
    assert.equal(first.reports, 4);

    // The feed edits item 5 (same guid) and adds item 7; ferry-2.txt is touched, not changed.
    feed.state.items = [{ ...ferryItem(5), body: `${ferryItem(5).body}<p>Updated: the inquiry opens on Friday.</p>` }, ferryItem(6), ferryItem(7)];
    utimesSync(join(inbox, 'ferry-2.txt'), new Date('2026-03-21T08:00:00Z'), new Date('2026-03-21T08:00:00Z'));
    const second = await pass();
    assert.deepEqual(stored(second.events).map((e) => e.url), [ferryItem(7).link]);
    assert.deepEqual(second.events.filter((e) => e.event === 'skipped' || e.event === 'error'), []);
    assert.deepEqual(polls(second.events, inbox).map((p) => p.read), [0], 'no file of the folder was read');
    assert.equal(second.reports, 5);

    const third = await pass();
    assert.equal(third.summary.stored + third.summary.skipped + third.summary.failed, 0);
    assert.equal(third.reports, 5);
  } finally {
    await feed.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('once: a missing folder and a private-address feed are errors of their sources, named with their codes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-'));
  const feed = await feedServer([ferryItem(1)]);
  const store = openSqliteStore(':memory:');
  const rec = recorder();
  try {
    const missing = join(dir, 'not-there');
    const summary = await runWatch({
      store,
      runner,
      sources: [
        { input: missing, kind: 'path', intervalMs: 100 },
        { input: feed.url, kind: 'feed', intervalMs: 100 },
      ],
      ingest: {},
      once: true,
      onEvent: rec.onEvent,
    });
    const errs = errors(rec.events).map((e) => [e.source, e.code]);
    assert.deepEqual(errs.sort(), [
      [feed.url, 'CRB_ERR_FETCH_PRIVATE_ADDRESS'],
      [missing, 'CRB_ERR_INGEST_NOT_FOUND'],
    ].sort());
    assert.equal(summary.deadSources, 2);
    assert.equal(feed.state.requests, 0, 'the guard refused before connecting');
  } finally {
    await feed.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
