import type { RawReport } from '../../model/document.js';

/**
 * The key a watch remembers a report by within its source: a feed item by its guid or Atom id,
 * else by its link, so an item edited after publication is not taken for a new one; anything
 * else by its content id.
 */
export function reportKey(report: RawReport): string {
  if (report.source.kind === 'feed-item') {
    if (report.source.recordId) return `item:${report.source.recordId}`;
    if (report.source.url) return `link:${report.source.url}`;
  }
  return `report:${report.id}`;
}
