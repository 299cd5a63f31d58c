/**
 * Live updates: one `EventSource` on `GET /api/events`. The server says `ready` with the store's
 * counts on every (re)connection, then `report` when reports were stored and `stories` when the
 * story layer changed — by this dashboard, another client or another process on the same
 * database. Changes are passed on as `report` / `stories`; a reconnection that finds the counts
 * moved while the line was down passes them on too, so nothing is missed.
 */
import type { StoreSnapshot } from './types.js';

/** What changed. */
export type LiveChange = 'report' | 'stories';

/** The connection's state, for the header. */
export type LiveState = 'connecting' | 'live' | 'down';

/** A live connection. */
export interface Live {
  /** Called on each change; returns how to stop. */
  onChange(f: (change: LiveChange) => void): () => void;
  onState(f: (state: LiveState) => void): () => void;
  readonly state: LiveState;
  close(): void;
}

function parse(data: unknown): Partial<StoreSnapshot> {
  try {
    const v = JSON.parse(String(data)) as unknown;
    return typeof v === 'object' && v !== null ? (v as Partial<StoreSnapshot>) : {};
  } catch {
    return {};
  }
}

/** Opens the stream at `url` (default `/api/events`); without EventSource it stays `down`. */
export function connectLive(url = '/api/events'): Live {
  const changeFns = new Set<(c: LiveChange) => void>();
  const stateFns = new Set<(s: LiveState) => void>();
  let state: LiveState = 'connecting';
  let known: Partial<StoreSnapshot> | undefined;
  const setState = (s: LiveState): void => {
    if (s === state) return;
    state = s;
    for (const f of [...stateFns]) f(s);
  };
  const emit = (c: LiveChange): void => {
    for (const f of [...changeFns]) f(c);
  };
  let source: EventSource | undefined;
  if (typeof EventSource === 'undefined') state = 'down';
  else {
    source = new EventSource(url);
    source.addEventListener('open', () => setState('live'));
    // The browser reconnects by itself after an error; the state says so meanwhile.
    source.addEventListener('error', () => setState(source?.readyState === EventSource.CLOSED ? 'down' : 'connecting'));
    source.addEventListener('ready', (ev) => {
      setState('live');
      const now = parse((ev as MessageEvent).data);
      if (known !== undefined) {
        if (now.reports !== known.reports) emit('report');
        if (now.revision !== known.revision || now.stories !== known.stories) emit('stories');
      }
      known = now;
    });
    source.addEventListener('report', (ev) => {
      const e = parse((ev as MessageEvent).data);
      known = { ...known, ...(e.reports !== undefined ? { reports: e.reports } : {}) };
      emit('report');
    });
    source.addEventListener('stories', (ev) => {
      const e = parse((ev as MessageEvent).data);
      known = { ...known, ...(e.stories !== undefined ? { stories: e.stories } : {}), ...(e.revision !== undefined ? { revision: e.revision } : {}) };
      emit('stories');
    });
    source.addEventListener('close', () => setState('connecting'));
  }
  return {
    onChange(f) {
      changeFns.add(f);
      return () => changeFns.delete(f);
    },
    onState(f) {
      stateFns.add(f);
      return () => stateFns.delete(f);
    },
    get state() {
      return state;
    },
    close() {
      source?.close();
      setState('down');
    },
  };
}
