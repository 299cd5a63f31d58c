import type { IngestItem } from '../../ingest/ingest-item.js';
import type { WatchMark } from '../../store/store.js';
import type { MarkBook } from './mark-book.js';
import { reportKey } from './report-key.js';

/**
 * Leaves out the reports a source has read before (their key is in its book) or earlier in this
 * poll (their key is in `taken`); the keys of the reports passed on are added to `taken`, to be
 * saved once they are committed. Errors pass through.
 */
export async function* unseenItems(items: AsyncIterable<IngestItem>, book: MarkBook, taken: Map<string, WatchMark>): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    if (item.kind === 'report') {
      const key = reportKey(item.report);
      if (book.has(key) || taken.has(key)) continue;
      taken.set(key, { source: book.source, key });
    }
    yield item;
  }
}

/**
 * Leaves out errors already reported by this source, so a feed item without text or a folder
 * that cannot be listed is named once, not at every poll.
 */
export function firstReport(reported: Set<string>, item: IngestItem): boolean {
  if (item.kind !== 'error') return true;
  const e = item.error;
  // A feed item's number shifts as the feed grows; its title, in the message, does not.
  const key = `${(e.input ?? '').replace(/#item-\d+$/, '')}\u0000${e.code}\u0000${e.message}`;
  if (reported.has(key)) return false;
  reported.add(key);
  return true;
}
