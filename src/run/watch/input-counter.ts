import type { IngestItem } from '../../ingest/ingest-item.js';

/** The input an item came from: its file, feed or URL, without the record or item number. */
function inputOf(item: IngestItem): string {
  if (item.kind === 'report') return item.report.source.location;
  return (item.error.input ?? '').replace(/#(?:item|record)-\d+$/, '');
}

/**
 * Counts the inputs (files, feeds, URLs) an item stream has moved past, so progress can be shown
 * in files, which can be counted beforehand, rather than in reports, which cannot. Call it with
 * each item; it returns how many inputs are done so far. Items of one input come together.
 */
export function createInputCounter(): (item?: IngestItem) => number {
  let current: string | undefined;
  let done = 0;
  return (item) => {
    // No item: the stream ended, and its last input is done too.
    if (item === undefined) {
      if (current !== undefined) done++;
      current = undefined;
      return done;
    }
    const input = inputOf(item);
    if (current !== undefined && input !== current) done++;
    current = input;
    return done;
  };
}
