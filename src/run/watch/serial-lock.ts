/** Runs tasks one at a time, in the order they ask. */
export interface SerialLock {
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * One lock for the work that must not overlap: the pipeline runner, the story layer and the
 * store's writes are shared by every watched source, while their polls (file system, network)
 * go on side by side.
 */
export function createSerialLock(): SerialLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      // The next task waits for this one whether it succeeded or not.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
