import { CorroborateError } from '../../core/errors.js';
import { prettyReport } from '../../reporters/pretty-report.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, jsonOption, openStore, writeJson } from '../options.js';
import type { Command } from '../main.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show one stored report: metadata, cleaned text with cuts and highlights, and what was read from it',
  usage: `corroborate show <id or id prefix> [--db <file>] [--json] [--full-cuts] [--color|--no-color] [--no-highlight]

Prints the cleaned text with cuts marked (⟦cut: reason — …⟧) and foreign-language spans tagged;
on a colour terminal, entity, quote, number and hedge spans are painted in the text
(--no-highlight keeps the colours of the marks only). Then the reading: incidents (when, where,
what, counts, casualties, who blames and who denies), quotes, numbers and claims, each with its
span offsets [start–end] and words. --json prints the stored document instead.`,
  options: {
    ...dbOption,
    ...jsonOption,
    'full-cuts': { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'no-highlight': { type: 'boolean' },
  },
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
        io.stdout.write(`${prettyReport(doc, { color, fullCuts: !!values['full-cuts'], highlight: !values['no-highlight'] })}\n`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
