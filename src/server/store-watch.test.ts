import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStoryUpdater, STORY_LAYER_STATE } from '../corpus/stories/story-updater.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { makeDoc } from '../../test/support/make-doc.js';
import { createStoreWatch, type StoreEvent } from './store-watch.js';

// Invented reports: the towns and outlets do not exist.
const FIRST = makeDoc('Ferry halted at Quarnby pier\nThe harbour office at Quarnby stopped the morning ferry after a storm damaged the pier.');
const SECOND = makeDoc('Quarnby pier reopens\nRepairs at the Quarnby pier finished on Friday, the harbour office said.');

/** The store, counting how often the story layer's saved state is read. */
function counting(store: Store): { store: Store; stateReads(): number } {
  let reads = 0;
  const wrapped = Object.create(store) as Store;
  wrapped.loadCorpusState = async (name: string) => {
    reads++;
    return store.loadCorpusState(name);
  };
  return { store: wrapped, stateReads: () => reads };
}

/** Collects events until `done` says enough, or fails after a while. */
function collect(watch: ReturnType<typeof createStoreWatch>, done: (events: StoreEvent[]) => boolean): { events: StoreEvent[]; finished: Promise<StoreEvent[]>; stop(): void } {
  const events: StoreEvent[] = [];
  let resolve!: (e: StoreEvent[]) => void;
  let reject!: (e: Error) => void;
  const finished = new Promise<StoreEvent[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const timer = setTimeout(() => reject(new Error(`no such events came: ${JSON.stringify(events)}`)), 10_000);
  const sub = watch.subscribe({
    event(e) {
      events.push(e);
      if (done(events)) {
        clearTimeout(timer);
        resolve(events);
      }
    },
    end() {},
  });
  return {
    events,
    finished,
    stop() {
      clearTimeout(timer);
      sub.unsubscribe();
    },
  };
}

test('a second connection stores reports and stories: the watch tells of both, and of nothing else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-'));
  const server = openSqliteStore(join(dir, 'w.db'));
  const other = openSqliteStore(join(dir, 'w.db'));
  const { store, stateReads } = counting(server);
  const watch = createStoreWatch(store, { intervalMs: 25, revisionWindow: 200 });
  try {
    const c = collect(watch, (es) => es.some((e) => e.type === 'stories'));
    const first = await watch.subscribe({ event() {}, end() {} }).snapshot;
    assert.deepEqual(first, { reports: 0, runs: 0, stories: 0, revision: 0 });
    // Another writer, as `corroborate analyze` would: reports first, then the story layer.
    await other.putReports([FIRST]);
    await createStoryUpdater(other).update([FIRST]);
    const events = await c.finished;
    assert.deepEqual(events[0], { type: 'report', reports: 1, added: 1 });
    const stories = events.find((e) => e.type === 'stories');
    assert.deepEqual(stories, { type: 'stories', stories: 1, revision: (await other.loadCorpusState(STORY_LAYER_STATE))?.revision });
    c.stop();
  } finally {
    watch.close();
    await other.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(stateReads() >= 2, 'the revision was read after the count moved');
});

test('with nothing written the layer state is read once, at the start; without listeners nothing is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-'));
  const server = openSqliteStore(join(dir, 'w.db'));
  const { store, stateReads } = counting(server);
  const watch = createStoreWatch(store, { intervalMs: 10 });
  try {
    await server.putReports([FIRST]);
    const got: StoreEvent[] = [];
    const sub = watch.subscribe({ event: (e) => got.push(e), end() {} });
    assert.deepEqual(await sub.snapshot, { reports: 1, runs: 0, stories: 0, revision: 0 });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(got.length, 0, 'no change, no event');
    assert.equal(stateReads(), 1, 'the layer state is not polled while the counts stand still');
    sub.unsubscribe();
    assert.equal(watch.listeners, 0);
    await server.putReports([SECOND]);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(stateReads(), 1, 'nobody listens: nothing is polled');
    // A new listener starts from what is there now.
    const again = watch.subscribe({ event: (e) => got.push(e), end() {} });
    assert.equal((await again.snapshot).reports, 2);
    again.unsubscribe();
  } finally {
    watch.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('poke looks at once; close ends every listener and refuses new ones', async () => {
  const server = openSqliteStore(':memory:');
  // An interval far beyond the test: only poke can make the watch look.
  const watch = createStoreWatch(server, { intervalMs: 3_600_000 });
  try {
    let ended = 0;
    const got: StoreEvent[] = [];
    const sub = watch.subscribe({ event: (e) => got.push(e), end: () => ended++ });
    await sub.snapshot;
    await server.putReports([FIRST, SECOND]);
    watch.poke();
    const end = Date.now() + 5000;
    while (got.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(got, [{ type: 'report', reports: 2, added: 2 }]);
    watch.close();
    assert.equal(ended, 1);
    let late = 0;
    watch.subscribe({ event() {}, end: () => late++ });
    assert.equal(late, 1, 'a listener after close is ended at once');
    assert.equal(watch.listeners, 0);
  } finally {
    watch.close();
    await server.close();
  }
});
