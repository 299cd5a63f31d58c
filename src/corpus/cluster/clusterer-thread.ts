/**
 * A story clusterer on a worker thread, behind the synchronous {@link ClustererHandle}: the story
 * layer hands it a batch (`addAll` posts it and returns at once), reads the batch with the origin
 * index meanwhile, then asks for the clusterer's moves — and only then waits. Calls go over a
 * message port and the caller blocks on a shared counter (`Atomics.wait`) until the answer is
 * there, taking it with `receiveMessageOnPort`: the layer's API stays synchronous, and the same
 * calls in the same order give the same results as a clusterer on this thread (the worker runs
 * the same code on the same reports, one by one).
 *
 * Worth it for batches of hundreds of reports on a corpus of thousands: a worker costs a thread
 * start and copies each report's text once; a small corpus clusters faster here.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { CorroborateError, type ErrorCode } from '../../core/errors.js';
import type { ClustererHandle } from './clusterer-handle.js';
import type { ClustererBatch, ClustererDelta, ClustererParts, StoryClustererOptions, StoryClustererState } from './story-clusterer.js';
import type { ClusterDocument } from './story-profile.js';

/** How the worker's clusterer starts: empty, or restored from saved parts (batches follow). */
export type ClustererInit =
  | { mode: 'create'; options: StoryClustererOptions; track: boolean }
  | { mode: 'restore'; parts: Omit<ClustererParts, 'batches'> };

/** A call to the worker. */
export type ClustererCall =
  | { op: 'hello' }
  | { op: 'add'; docs: readonly ClusterDocument[] }
  | { op: 'batch'; batch: ClustererBatch }
  | { op: 'finish' }
  | { op: 'takeMoves' }
  | { op: 'membersOf'; ids: readonly string[] }
  | { op: 'assignments' }
  | { op: 'takeDelta' }
  | { op: 'toJSON' }
  | { op: 'size' };

/** The worker's answer to one call. */
export type ClustererReply = { value: unknown; error?: undefined } | { error: { message: string; code?: ErrorCode } };

/** Longest wait for a worker to start and answer its first call. */
const START_TIMEOUT_MS = 120_000;

/** A clusterer on a worker thread that is being restored: batches, then `finish`. */
export interface ThreadedRestore {
  batch(b: ClustererBatch): void;
  finish(): ClustererHandle;
}

class Channel {
  private readonly flag = new SharedArrayBuffer(4);
  private readonly signal = new Int32Array(this.flag);
  private readonly port: MessagePort;
  private readonly worker: Worker;
  /** Calls posted whose answers have not been read. */
  private outstanding = 0;

  constructor(init: ClustererInit) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // Running from source (tsx) the worker is a .ts file and needs the loader registered; built, the .js.
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(`./clusterer-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
    const data = { port: port2, flag: this.flag, init, entry: entry.href };
    this.worker = fromSource
      ? new Worker(new URL('../../run/ts-worker-boot.mjs', import.meta.url), { workerData: data, transferList: [port2] })
      : new Worker(entry, { workerData: data, transferList: [port2] });
    // Neither keeps the process alive: the thread only ever waits on them synchronously.
    this.worker.unref();
    this.port.unref();
    this.call({ op: 'hello' }, START_TIMEOUT_MS);
  }

  /** Posts a call without waiting; its answer (or error) is read by the next `call`. */
  post(c: ClustererCall): void {
    this.port.postMessage(c);
    this.outstanding++;
  }

  /** Posts a call and waits for every answer outstanding; returns the last (this call's). */
  call(c: ClustererCall, timeoutMs = Infinity): unknown {
    this.post(c);
    let value: unknown;
    let firstError: ClustererReply['error'];
    const deadline = Date.now() + timeoutMs;
    while (this.outstanding > 0) {
      const seen = Atomics.load(this.signal, 0);
      const got = receiveMessageOnPort(this.port);
      if (got) {
        this.outstanding--;
        const reply = got.message as ClustererReply;
        if (reply.error) firstError ??= reply.error;
        else value = reply.value;
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        void this.worker.terminate();
        throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'the story clusterer thread did not answer');
      }
      Atomics.wait(this.signal, 0, seen, Math.min(left, 1_000));
    }
    if (firstError) {
      throw firstError.code ? new CorroborateError(firstError.code, firstError.message) : new Error(`story clusterer thread: ${firstError.message}`);
    }
    return value;
  }

  close(): void {
    void this.worker.terminate();
  }
}

function handleOf(ch: Channel): ClustererHandle {
  return {
    addAll(docs) {
      if (docs.length) ch.post({ op: 'add', docs });
    },
    takeMoves: () => ch.call({ op: 'takeMoves' }) as Array<[string, string]>,
    membersOf: (id) => (ch.call({ op: 'membersOf', ids: [id] }) as Array<string[] | undefined>)[0],
    membersOfAll: (ids) => (ids.length ? (ch.call({ op: 'membersOf', ids }) as Array<string[] | undefined>) : []),
    assignments: () => ch.call({ op: 'assignments' }) as Map<string, string>,
    takeDelta: () => ch.call({ op: 'takeDelta' }) as ClustererDelta,
    toJSON: () => ch.call({ op: 'toJSON' }) as StoryClustererState,
    get size() {
      return ch.call({ op: 'size' }) as number;
    },
    threaded: true,
    close: () => ch.close(),
  };
}

/** An empty clusterer on a worker thread of its own. */
export function threadedClusterer(options: StoryClustererOptions, track: boolean): ClustererHandle {
  return handleOf(new Channel({ mode: 'create', options, track }));
}

/** Starts restoring a clusterer from saved parts on a worker thread (see `startClustererRestore`). */
export function startThreadedRestore(parts: Omit<ClustererParts, 'batches'>): ThreadedRestore {
  const ch = new Channel({ mode: 'restore', parts });
  return {
    batch: (b) => ch.post({ op: 'batch', batch: b }),
    finish: () => {
      ch.call({ op: 'finish' });
      return handleOf(ch);
    },
  };
}
