import { CorroborateError } from '../../core/errors.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, intOption, jsonOption, openStore, writeJson } from '../options.js';
import type { Command } from '../main.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search over stored reports (headline and cleaned text)',
  usage: `corroborate search <words or "a phrase"> [--db <file>] [--limit <n>] [--json]`,
  options: { ...dbOption, ...jsonOption, limit: { type: 'string' } },
  async run({ values, positionals }, io) {
    const query = positionals.join(' ').trim();
    if (!query) throw new CorroborateError('CRB_ERR_CLI_USAGE', 'search needs words to look for');
    const store = openStore(values);
    try {
      const hits = await store.search(query, { limit: intOption(values, 'limit', 20) });
      if (values.json) writeJson(io, hits);
      else {
        for (const h of hits) {
          io.stdout.write(`${h.id}  ${(h.published ?? '').slice(0, 10)}  ${h.outlet ?? ''}  ${h.headline ?? h.location}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
        }
        if (hits.length === 0 && !values.quiet) io.stderr.write('no matches\n');
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
