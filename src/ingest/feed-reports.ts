import { CorroborateError } from '../core/errors.js';
import { compact, reportFromString, type Origin } from './build-report.js';
import type { Charset } from './charset.js';
import { errorItem, type IngestItem } from './ingest-item.js';
import { parseFeed } from './read-feed.js';

/** Where a link in a feed points, resolved against the feed's own URL when it is relative. */
function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/**
 * Turns a decoded feed into one report per entry; an entry without a body, a feed without
 * entries and a cut-off feed are error items. `location` goes into `source`, `input` into errors.
 */
export function* feedItems(
  xml: string,
  charset: Charset,
  feed: { location: string; input: string; url?: string; fetchedAt: string; mime?: string },
): Generator<IngestItem> {
  const parsed = parseFeed(xml, feed.input);
  const contentType = feed.mime || (parsed.flavour === 'atom' ? 'application/atom+xml' : 'application/rss+xml');
  for (const [i, entry] of parsed.entries.entries()) {
    const link = resolveLink(entry.link, feed.url);
    const input = `${feed.input}#item-${i + 1}`;
    const origin: Origin = {
      source: compact({ kind: 'feed-item' as const, location: feed.location, url: link, recordId: entry.guid, fetchedAt: feed.fetchedAt, contentType }),
      given: compact({ url: link, title: entry.title, published: entry.published, author: entry.author, outlet: parsed.title }),
      input,
    };
    try {
      if (entry.body === undefined) {
        throw new CorroborateError('CRB_ERR_INGEST_NO_TEXT', `feed item "${entry.title ?? link ?? i + 1}" has no description or content`, { input });
      }
      yield { kind: 'report', report: reportFromString(entry.body.format, entry.body.value, origin, charset) };
    } catch (e) {
      yield errorItem(e);
    }
  }
  if (parsed.entries.length === 0) {
    yield { kind: 'error', error: new CorroborateError('CRB_ERR_INGEST_EMPTY', 'the feed has no items', { input: feed.input }) };
  }
  if (!parsed.complete) {
    yield {
      kind: 'error',
      error: new CorroborateError('CRB_ERR_FEED_FORMAT', 'the feed is cut off (its root element is not closed); the last item may be partial', {
        input: feed.input,
      }),
    };
  }
}
