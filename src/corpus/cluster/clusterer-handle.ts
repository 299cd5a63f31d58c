/**
 * What the story layer asks of its story clusterer, so that the clusterer can run on this thread
 * or on a worker thread of its own (`clusterer-thread.ts`) without the layer knowing which: the
 * clusterer and the origin index are independent until the story split, so a batch's reports can
 * be clustered on one core while the origin index reads them on the other.
 *
 * `addAll` only starts the work; the next call of any other method has its results. Either way
 * the results are those of adding the reports one by one to one clusterer, in order.
 */
import type { ClustererDelta, StoryClusterer, StoryClustererState } from './story-clusterer.js';
import type { ClusterDocument } from './story-profile.js';

/** A story clusterer here or on another thread. */
export interface ClustererHandle {
  /** Adds reports in order (see {@link StoryClusterer.add}); results are read through the other methods. */
  addAll(docs: readonly ClusterDocument[]): void;
  /** See {@link StoryClusterer.takeMoves}. */
  takeMoves(): Array<[docId: string, storyId: string]>;
  /** See {@link StoryClusterer.membersOf}. */
  membersOf(storyId: string): string[] | undefined;
  /** Members of several stories at once (one round trip to a worker); undefined for an unknown id. */
  membersOfAll(storyIds: readonly string[]): Array<string[] | undefined>;
  /** See {@link StoryClusterer.assignments}. */
  assignments(): Map<string, string>;
  /** See {@link StoryClusterer.takeDelta}. */
  takeDelta(): ClustererDelta;
  /** See {@link StoryClusterer.toJSON}. */
  toJSON(): StoryClustererState;
  /** Reports added so far. */
  readonly size: number;
  /** Whether the clusterer runs on a worker thread. */
  readonly threaded: boolean;
  /** Lets the worker thread go (nothing to do here); the handle is not used again. */
  close(): void;
}

/** A clusterer on this thread. */
export function localClusterer(c: StoryClusterer): ClustererHandle {
  return {
    addAll(docs) {
      for (const d of docs) c.add(d);
    },
    takeMoves: () => c.takeMoves(),
    membersOf: (id) => c.membersOf(id),
    membersOfAll: (ids) => ids.map((id) => c.membersOf(id)),
    assignments: () => c.assignments(),
    takeDelta: () => c.takeDelta(),
    toJSON: () => c.toJSON(),
    get size() {
      return c.size;
    },
    threaded: false,
    close() {},
  };
}
