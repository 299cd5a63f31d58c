import { CorroborateError } from '../../core/errors.js';
import { prettyReport } from '../../reporters/pretty-report.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, jsonOption, openStore, writeJson } from '../options.js';
import type { Command } from '../main.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show one stored report: metadata, cleaned text, cuts marked with their reasons',
  usage: `corroborate show <id or id prefix> [--db <file>] [--json] [--full-cuts] [--color|--no-color]`,
  options: { ...dbOption, ...jsonOption, 'full-cuts': { type: 'boolean' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const id = positionals[0];
    if (!id) throw new CorroborateError('CRB_ERR_CLI_USAGE', 'show needs a report id (see corroborate list)');
    const store = openStore(values);
    try {
      const doc = await store.getReport(id);
      if (!doc) throw new CorroborateError('CRB_ERR_STORE_NOT_FOUND', `no stored report has id "${id}"`);
      if (values.json) writeJson(io, doc);
      else {
        const color = values['no-color'] ? false : values.color ? true : !!io.stdout.isTTY && !process.env.NO_COLOR;
        io.stdout.write(`${prettyReport(doc, { color, fullCuts: !!values['full-cuts'] })}\n`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
