import type { CorroborateError } from '../../core/errors.js';
import { ingest, type IngestOptions } from '../../ingest/ingest.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import type { WatchMark } from '../../store/store.js';
import type { MarkBook } from './mark-book.js';
import { reportKey } from './report-key.js';
import { firstReport } from './unseen-items.js';
import type { Scan, WatchSource } from './watch-types.js';

/**
 * A watched feed URL (RSS or Atom; a plain page works too, read as one report). Each poll fetches
 * it through the guarded fetcher; items already read (by guid or Atom id, else by link) are left
 * out before any analysis. A failed fetch, or a body that is no feed, is an error of the source.
 */
export function createFeedSource(url: string, intervalMs: number, book: MarkBook, ingestOptions: IngestOptions): WatchSource {
  const reported = new Set<string>();
  return {
    name: url,
    kind: 'feed',
    intervalMs,
    async scan(): Promise<Scan> {
      const fresh: { item: IngestItem; key?: string }[] = [];
      const keys = new Set<string>();
      let sourceError: CorroborateError | undefined;
      for await (const item of ingest([url], ingestOptions)) {
        if (item.kind === 'error') {
          if (item.error.input === url) {
            // A feed with no items yet is not a failure: there is just nothing new.
            if (item.error.code !== 'CRB_ERR_INGEST_EMPTY') sourceError = item.error;
          } else if (firstReport(reported, item)) {
            fresh.push({ item });
          }
          continue;
        }
        const key = reportKey(item.report);
        if (book.has(key) || keys.has(key)) continue;
        keys.add(key);
        fresh.push({ item, key });
      }
      if (sourceError !== undefined && fresh.length === 0) throw sourceError;
      const done: WatchMark[] = [];
      return {
        units: fresh.length,
        pending: 0,
        async *items(stopped) {
          for (const f of fresh) {
            if (stopped()) return;
            yield f.item;
            if (f.key !== undefined) done.push({ source: url, key: f.key });
          }
        },
        commit: () => book.save(done),
        ...(sourceError === undefined ? {} : { sourceError }),
      };
    },
  };
}
