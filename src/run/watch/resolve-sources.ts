import { resolve } from 'node:path';
import { CorroborateError } from '../../core/errors.js';
import type { WatchSourceSpec } from './run-watch.js';

/** Poll interval of a feed unless told otherwise: feeds change by the minute, and their servers notice polling. */
export const DEFAULT_FEED_INTERVAL_MS = 30_000;
/** Poll interval of a folder or file unless told otherwise: cheap to look at. */
export const DEFAULT_PATH_INTERVAL_MS = 2_000;

/**
 * Turns what was named on the command line into sources: http(s) URLs are feeds, anything else a
 * path (folder or file), made absolute so that marks are found again whatever the working
 * folder. The same source named twice is watched once. Other URL schemes and `-` cannot be
 * watched (CRB_ERR_CLI_USAGE).
 */
export function resolveWatchSources(inputs: readonly string[], intervalMs?: number): WatchSourceSpec[] {
  const specs = new Map<string, WatchSourceSpec>();
  for (const input of inputs) {
    if (input === '-') throw new CorroborateError('CRB_ERR_CLI_USAGE', 'standard input cannot be watched: name folders, files or feed URLs');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      let url: URL;
      try {
        url = new URL(input);
      } catch {
        throw new CorroborateError('CRB_ERR_CLI_USAGE', `"${input}" is not a valid URL`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CorroborateError('CRB_ERR_CLI_USAGE', `only http and https feeds can be watched, not ${url.protocol} (${input})`);
      specs.set(url.href, { input: url.href, kind: 'feed', intervalMs: intervalMs ?? DEFAULT_FEED_INTERVAL_MS });
    } else {
      const path = resolve(input);
      specs.set(path, { input: path, kind: 'path', intervalMs: intervalMs ?? DEFAULT_PATH_INTERVAL_MS });
    }
  }
  return [...specs.values()];
}
