import { EXIT } from '../exit-codes.js';
import { dbOption, intOption, jsonOption, openStore, writeJson } from '../options.js';
import type { Command } from '../main.js';

export const listCommand: Command = {
  name: 'list',
  summary: 'List stored reports by publication date',
  usage: `corroborate list [--db <file>] [--limit <n>] [--offset <n>] [--json]`,
  options: { ...dbOption, ...jsonOption, limit: { type: 'string' }, offset: { type: 'string' } },
  async run({ values }, io) {
    const store = openStore(values);
    try {
      const rows = await store.listReports({ limit: intOption(values, 'limit', 100), offset: intOption(values, 'offset', 0) });
      if (values.json) writeJson(io, rows);
      else {
        for (const r of rows) {
          io.stdout.write(`${r.id}  ${(r.published ?? '').slice(0, 10).padEnd(10)}  ${(r.outlet ?? '').slice(0, 22).padEnd(22)}  ${r.language ?? '??'}  ${r.headline ?? r.location}\n`);
        }
        if (rows.length === 0 && !values.quiet) io.stderr.write('no reports stored yet (corroborate analyze <inputs>)\n');
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
