import { CorroborateError } from '../../core/errors.js';
import { storiesText, storyText } from '../../reporters/story-report.js';
import { EXIT } from '../exit-codes.js';
import { dbOption, intOption, jsonOption, openStore, writeJson } from '../options.js';
import type { CliIO, Command } from '../main.js';

function useColor(values: Record<string, unknown>, io: CliIO): boolean {
  return values['no-color'] ? false : values.color ? true : !!io.stdout.isTTY && !process.env.NO_COLOR;
}

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'List the stories: incident, time span, places, reports, independent origins, worst conflicts',
  usage: `corroborate stories [--db <file>] [--limit <n>] [--offset <n>] [--json] [--color|--no-color]

Stories are built by \`corroborate analyze\` as reports are stored: reports about one incident,
with copies folded into their origins. Listed with the most independent origins first.`,
  options: { ...dbOption, ...jsonOption, limit: { type: 'string' }, offset: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
  async run({ values }, io) {
    const store = openStore(values);
    try {
      const limit = intOption(values, 'limit', 50);
      const offset = intOption(values, 'offset', 0);
      const [items, total] = await Promise.all([store.listStories({ limit, offset }), store.countStories()]);
      if (values.json) writeJson(io, { items, total, limit, offset });
      else io.stdout.write(`${storiesText(items, { color: useColor(values, io) })}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

export const storyCommand: Command = {
  name: 'story',
  summary: 'Show one story: facet table with statuses, values side by side with their evidence, timeline, reports in order',
  usage: `corroborate story <story id> [--db <file>] [--json] [--quotes <n>] [--color|--no-color]

Each facet (date, place, counts, casualties, damage, who is blamed, statements) has a status:
corroborated (two or more independent origins agree), single-source, contradicted (values
conflict; shown side by side with each report's words), or denied (a party denies it). Rising
figures are updates, not conflicts: the timeline shows which report first carried each value.`,
  options: { ...dbOption, ...jsonOption, quotes: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const id = positionals[0];
    if (!id) throw new CorroborateError('CRB_ERR_CLI_USAGE', 'story needs a story id (see corroborate stories)');
    const store = openStore(values);
    try {
      const story = await store.getStory(id);
      if (!story) throw new CorroborateError('CRB_ERR_STORY_NOT_FOUND', `no story has id "${id}" (see corroborate stories)`);
      if (values.json) writeJson(io, story);
      else io.stdout.write(`${storyText(story, { color: useColor(values, io), quotes: intOption(values, 'quotes', 3) })}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
