/**
 * `GET /api/events`: server-sent events over the store watch. Each connection first gets `ready`
 * with what the store holds now (a client that reconnects compares it with what it shows), then
 * `report` and `stories` as they happen, a comment every so often so proxies keep the line open,
 * and `close` when the server stops.
 */
import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { ApiError } from './api-error.js';
import { safeJsonText } from './json-response.js';
import type { StoreSnapshot, StoreWatch } from './store-watch.js';

/** One SSE message; the data is JSON on one line (safeJsonText never writes a line break). */
export function sseMessage(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${safeJsonText(data)}\n\n`;
}

/** Limits of the event streams. */
export interface EventStreamOptions {
  /** Open streams at most; more are refused with 503. Default 200. */
  maxStreams?: number;
  /** Between keep-alive comments, in ms. Default 20 000. */
  heartbeatMs?: number;
  /** What a client waits before reconnecting, in ms (the SSE `retry` field). Default 3000. */
  retryMs?: number;
}

/** The open streams of one server. */
export interface EventStreams {
  /** Answers one `GET /api/events`. */
  respond(c: Context): Response;
  /** Streams open now. */
  readonly open: number;
  /**
   * Ends every stream with a `close` event and refuses new ones; resolves once their connections
   * have closed (or after `waitMs`, so a stuck client cannot hold a shutdown).
   */
  close(waitMs?: number): Promise<void>;
}

/** Event streams fed by a store watch. */
export function createEventStreams(watch: StoreWatch, opts: EventStreamOptions = {}): EventStreams {
  const maxStreams = opts.maxStreams ?? 200;
  const heartbeatMs = opts.heartbeatMs ?? 20_000;
  const retryMs = opts.retryMs ?? 3000;
  const enc = new TextEncoder();
  const ending = new Set<() => void>();
  const connections = new Set<Promise<void>>();
  let seq = 0;
  let closed = false;

  return {
    respond(c) {
      if (closed) throw new ApiError(503, 'CRB_ERR_API_UNAVAILABLE', 'the server is stopping');
      if (ending.size >= maxStreams) {
        throw new ApiError(503, 'CRB_ERR_API_UNAVAILABLE', `the server has ${maxStreams} event streams open already: try again later`, { 'Retry-After': '10' });
      }
      const headers = { 'Content-Type': 'text/event-stream; charset=utf-8', 'X-Accel-Buffering': 'no' };
      // A HEAD never reads a body, so it must not open a stream that nobody would ever cancel.
      if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
      // Over a socket, the stream counts as open until its connection has closed.
      const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
      if (outgoing) {
        const gone = new Promise<void>((resolve) => outgoing.once('close', () => resolve()));
        connections.add(gone);
        void gone.then(() => connections.delete(gone));
      }
      let done = false;
      let heartbeat: ReturnType<typeof setInterval> | undefined;
      let unsubscribe = (): void => {};
      let finish = (): void => {};
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const send = (text: string): void => {
            if (done) return;
            try {
              controller.enqueue(enc.encode(text));
            } catch {
              finish();
            }
          };
          finish = () => {
            if (done) return;
            done = true;
            ending.delete(end);
            if (heartbeat) clearInterval(heartbeat);
            unsubscribe();
          };
          const end = (): void => {
            send(sseMessage('close', { reason: 'the server is stopping' }, ++seq));
            finish();
            try {
              controller.close();
            } catch {
              // already closed by the client going away
            }
          };
          ending.add(end);
          send(`retry: ${retryMs}\n\n`);
          const sub = watch.subscribe({ event: (e) => send(sseMessage(e.type, e, ++seq)), end });
          unsubscribe = sub.unsubscribe;
          // No `ready` when the store cannot be read now; the stream stays open for later changes.
          sub.snapshot.then(
            (s: StoreSnapshot) => send(sseMessage('ready', s, ++seq)),
            () => {},
          );
          heartbeat = setInterval(() => send(': keep-alive\n\n'), heartbeatMs);
          heartbeat.unref?.();
        },
        cancel() {
          finish();
        },
      });
      return new Response(stream, { status: 200, headers });
    },
    get open() {
      return ending.size;
    },
    async close(waitMs = 1000) {
      closed = true;
      for (const end of [...ending]) end();
      if (connections.size === 0) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([Promise.all([...connections]), new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      if (timer) clearTimeout(timer);
    },
  };
}
