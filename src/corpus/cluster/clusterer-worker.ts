/**
 * The worker side of `clusterer-thread.ts`: one story clusterer, created or restored as the
 * thread asks, answering its calls in order. Every call is answered (an `add` too, so that an
 * error surfaces at the next call the thread waits on); after each answer the shared counter is
 * bumped so the waiting thread wakes.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { isCorroborateError } from '../../core/errors.js';
import { createStoryClusterer, startClustererRestore, type ClustererRestore, type StoryClusterer } from './story-clusterer.js';
import type { ClustererCall, ClustererInit, ClustererReply } from './clusterer-thread.js';

const { port, flag, init } = workerData as { port: MessagePort; flag: SharedArrayBuffer; init: ClustererInit };
const signal = new Int32Array(flag);

let clusterer: StoryClusterer | undefined;
let restore: ClustererRestore | undefined;
let failed: unknown;
try {
  if (init.mode === 'create') clusterer = createStoryClusterer(init.options, { trackChanges: init.track });
  else restore = startClustererRestore(init.parts, { trackChanges: true });
} catch (e) {
  failed = e;
}

function ready(): StoryClusterer {
  if (!clusterer) throw new Error('the clusterer is still being restored');
  return clusterer;
}

function run(call: ClustererCall): unknown {
  if (failed) throw failed;
  switch (call.op) {
    case 'hello':
      return clusterer?.size ?? 0;
    case 'add': {
      const c = ready();
      for (const d of call.docs) c.add(d);
      return c.size;
    }
    case 'batch':
      if (!restore) throw new Error('no restore under way');
      restore.batch(call.batch);
      return undefined;
    case 'finish':
      if (!restore) throw new Error('no restore under way');
      clusterer = restore.finish();
      restore = undefined;
      return clusterer.size;
    case 'takeMoves':
      return ready().takeMoves();
    case 'membersOf':
      return call.ids.map((id) => ready().membersOf(id));
    case 'assignments':
      return ready().assignments();
    case 'takeDelta':
      return ready().takeDelta();
    case 'toJSON':
      return ready().toJSON();
    case 'size':
      return ready().size;
  }
}

port.on('message', (call: ClustererCall) => {
  let reply: ClustererReply;
  try {
    reply = { value: run(call) };
  } catch (e) {
    const err = e as Error;
    reply = { error: { message: err?.message ?? String(e), ...(isCorroborateError(e) ? { code: e.code } : {}) } };
  }
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
