/**
 * Notices what other writers put in the store: another process (`corroborate analyze`) may write
 * the same SQLite file while the server runs, so the server polls a few cheap numbers — how many
 * reports, runs and stories there are — and tells its listeners when they move. The story layer's
 * revision is read only in a window after such a move (reading it loads the layer's saved state,
 * which grows with the corpus), and every story-layer write comes right after a batch of reports
 * is stored or a run starts, so the window catches it. Polling runs only while someone listens.
 */
import { STORY_LAYER_STATE } from '../corpus/stories/story-updater.js';
import type { Store } from '../store/store.js';

/** What the watch last saw. */
export interface StoreSnapshot {
  reports: number;
  runs: number;
  stories: number;
  /** Revision of the story layer's saved state (0 before the first save). */
  revision: number;
}

/** A change the watch noticed. */
export type StoreEvent =
  | { type: 'report'; reports: number; added: number }
  | { type: 'stories'; stories: number; revision: number };

/** Someone listening: told of each change, and when the watch closes. */
export interface StoreListener {
  event(e: StoreEvent): void;
  end(): void;
}

/** A store watch. */
export interface StoreWatch {
  /** Starts listening; the promise holds what the store looks like now. Returns how to stop. */
  subscribe(listener: StoreListener): { snapshot: Promise<StoreSnapshot>; unsubscribe(): void };
  /** Looks now rather than at the next tick (after this server stored something itself). */
  poke(): void;
  /** Listeners now. */
  readonly listeners: number;
  /** Stops polling and ends every listener. */
  close(): void;
}

/** How the watch polls. */
export interface StoreWatchOptions {
  /** Between looks, in ms. Default 1500. */
  intervalMs?: number;
  /** Looks at the story layer's revision after the report, run or story count moved. Default 40. */
  revisionWindow?: number;
  /** Where a failing look is reported (once until looks succeed again). */
  log?: (line: string) => void;
}

/** Watches a store for reports and stories written by anyone. */
export function createStoreWatch(store: Store, opts: StoreWatchOptions = {}): StoreWatch {
  const intervalMs = opts.intervalMs ?? 1500;
  const revisionWindow = opts.revisionWindow ?? 40;
  const listeners = new Set<StoreListener>();
  let last: StoreSnapshot | undefined;
  let baseline: Promise<StoreSnapshot> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let armed = 0;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let failing = false;
  // Bumped when polling stops, so a look begun before cannot overwrite a later baseline.
  let generation = 0;

  const revisionNow = async (): Promise<number> => (await store.loadCorpusState(STORY_LAYER_STATE))?.revision ?? 0;

  const look = async (): Promise<StoreSnapshot> => {
    const [stats, stories] = await Promise.all([store.stats(), store.countStories()]);
    return { reports: stats.reports, runs: stats.runs, stories, revision: await revisionNow() };
  };

  const emit = (e: StoreEvent): void => {
    for (const l of [...listeners]) l.event(e);
  };

  const tick = async (): Promise<void> => {
    const before = last;
    const gen = generation;
    if (before === undefined || closed) return;
    const [stats, stories] = await Promise.all([store.stats(), store.countStories()]);
    if (stats.reports !== before.reports || stats.runs !== before.runs || stories !== before.stories) armed = revisionWindow;
    let revision = before.revision;
    if (armed > 0) {
      armed--;
      revision = await revisionNow();
      // A batch just saved may be followed by more: keep looking for a while.
      if (revision !== before.revision) armed = revisionWindow;
    }
    if (closed || gen !== generation) return;
    last = { reports: stats.reports, runs: stats.runs, stories, revision };
    if (stats.reports !== before.reports) emit({ type: 'report', reports: stats.reports, added: stats.reports - before.reports });
    if (revision !== before.revision || stories !== before.stories) emit({ type: 'stories', stories, revision });
  };

  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = tick()
      .then(
        () => {
          failing = false;
        },
        (e: unknown) => {
          if (!failing) opts.log?.(`store watch: ${(e as Error).message}`);
          failing = true;
        },
      )
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          run();
        }
      });
  };

  const start = (): Promise<StoreSnapshot> => {
    if (baseline) return baseline;
    const gen = generation;
    baseline = look().then((s) => {
      if (gen === generation) last = s;
      return s;
    });
    baseline.catch(() => {
      baseline = undefined;
    });
    timer = setInterval(run, intervalMs);
    // A watch never keeps the process alive by itself.
    timer.unref?.();
    return baseline;
  };

  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
    generation++;
    baseline = undefined;
    last = undefined;
    armed = 0;
  };

  return {
    subscribe(listener) {
      if (closed) {
        listener.end();
        const snapshot = look();
        // Whoever asked may not wait for it; a store closed meanwhile is not an unhandled failure.
        snapshot.catch(() => {});
        return { snapshot, unsubscribe: () => {} };
      }
      listeners.add(listener);
      const snapshot = start().then((s) => last ?? s);
      return {
        snapshot,
        unsubscribe() {
          if (!listeners.delete(listener)) return;
          if (listeners.size === 0) stop();
        },
      };
    },
    poke() {
      if (closed || last === undefined) return;
      armed = revisionWindow;
      run();
    },
    get listeners() {
      return listeners.size;
    },
    close() {
      if (closed) return;
      closed = true;
      stop();
      for (const l of [...listeners]) l.end();
      listeners.clear();
    },
  };
}
