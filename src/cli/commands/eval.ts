import { CorroborateError } from '../../core/errors.js';
import { runExtractionEval } from '../../eval/extraction-eval.js';
import { EXIT } from '../exit-codes.js';
import { jsonOption, writeJson } from '../options.js';
import type { Command } from '../main.js';

const f3 = (n: number) => n.toFixed(3);

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score quality on a public dataset: eval extraction --data <dir>',
  usage: `corroborate eval extraction --data <dir> [--json]

  extraction   article-extraction-benchmark layout (html/<id>.html.gz + ground-truth.json);
               scores corroborate's extractor and @mozilla/readability on the same pages`,
  options: { ...jsonOption, data: { type: 'string' } },
  async run({ values, positionals }, io) {
    const what = positionals[0];
    const data = values.data as string | undefined;
    if (what !== 'extraction') throw new CorroborateError('CRB_ERR_CLI_USAGE', `eval needs a task: extraction (got "${what ?? ''}")`);
    if (!data) throw new CorroborateError('CRB_ERR_CLI_USAGE', 'eval extraction needs --data <dir>');
    const r = await runExtractionEval(data);
    if (values.json) writeJson(io, { pages: r.pages, ours: r.ours, readability: r.readability });
    else {
      io.stdout.write(`pages: ${r.pages}\n`);
      io.stdout.write(`${'extractor'.padEnd(12)} ${'F1'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'acc'.padStart(6)}\n`);
      for (const [name, s] of [['corroborate', r.ours], ['readability', r.readability]] as const) {
        io.stdout.write(`${name.padEnd(12)} ${f3(s.f1).padStart(6)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.accuracy).padStart(6)}\n`);
      }
    }
    return EXIT.ok;
  },
};
