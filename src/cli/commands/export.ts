import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { CorroborateError } from '../../core/errors.js';
import { REPORT_SCHEMA_VERSION, storedReports, writeReportsJson } from '../../reporters/json-export.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, openStore } from '../options.js';
import type { Command } from '../main.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export stored reports with everything read from them, as JSON under a versioned schema',
  usage: `corroborate export --format json [--db <file>] [--out <file>] [<id or id prefix>…]

Writes { "schemaVersion": ${REPORT_SCHEMA_VERSION}, "generatedAt", "reports": [...] }: each report's cleaned
text, metadata, cuts, paragraphs, entities, times, quotes, numbers, claims, incidents and
findings, with spans into the text. The schema is docs/schema/report.v${REPORT_SCHEMA_VERSION}.schema.json.
Without ids, every stored report. Reports are written one by one, one per line.

Options:
  --format json     the only format so far (required)
  --db <file>       SQLite database (default ./corroborate.db)
  --out <file>      write to a file (replaced only once the export is complete); default stdout`,
  options: { ...dbOption, format: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run({ values, positionals }, io) {
    const format = values.format;
    if (format !== 'json') {
      throw new CorroborateError('CRB_ERR_CLI_USAGE', format === undefined ? 'export needs --format json' : `unknown export format "${String(format)}" (only json)`);
    }
    const store = openStore(values);
    try {
      const docs = storedReports(store, positionals);
      // Pull the first report before writing anything: a wrong id fails with nothing written.
      const first = await docs.next();
      const all = (async function* () {
        if (!first.done) yield first.value;
        yield* docs;
      })();
      const out = values.out === undefined ? undefined : String(values.out);
      if (out === undefined) {
        await writeReportsJson(all, io.stdout);
        return EXIT.ok;
      }
      // Write beside the target and rename at the end: a failed export never leaves a file that looks complete.
      const partial = `${out}.partial-${process.pid}`;
      const file = createWriteStream(partial);
      try {
        const n = await writeReportsJson(all, file);
        file.end();
        await finished(file);
        await rename(partial, out);
        io.stderr.write(`${n} reports written to ${out}\n`);
      } catch (e) {
        file.destroy();
        await rm(partial, { force: true });
        throw e;
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
