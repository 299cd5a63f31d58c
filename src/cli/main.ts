import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CorroborateError, isCorroborateError } from '../core/errors.js';
import { EXIT } from './exit-codes.js';
import { quietOption } from './options.js';
import { analyzeCommand } from './commands/analyze.js';
import { showCommand } from './commands/show.js';
import { searchCommand } from './commands/search.js';
import { evalCommand } from './commands/eval.js';
import { listCommand } from './commands/list.js';
import { serveCommand } from './commands/serve.js';
import { storiesCommand, storyCommand } from './commands/stories.js';
import { exportCommand } from './commands/export.js';
import { watchCommand } from './commands/watch.js';

export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number>;
}

/** Options every command takes. */
const COMMON: Command['options'] = {
  help: { type: 'boolean', short: 'h' },
  ...quietOption,
};

export const COMMANDS: readonly Command[] = [analyzeCommand, watchCommand, showCommand, listCommand, searchCommand, exportCommand, storiesCommand, storyCommand, evalCommand, serveCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'corroborate — turn a pile of news reports into a checked picture of what happened',
    '',
    'Usage: corroborate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `corroborate <command> --help` for a command\'s options.',
  ].join('\n');
}

/** A command's help: its summary, its usage and options, and the options every command takes. */
export function commandHelp(c: Command): string {
  return `${c.summary}\n\nUsage: ${c.usage}\n\nEvery command also takes:\n  -h, --help             this help\n  -q, --quiet            print nothing but results and errors`;
}

/** The CLI's one error boundary: known errors print one coded line, anything else is a bug. */
export async function main(argv: readonly string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  // `corroborate help <command>` is `corroborate <command> --help`.
  const helpFor = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
  if (helpFor) {
    io.stdout.write(`${commandHelp(helpFor)}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${mainHelp()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url).pathname.replace('/dist/', '/'), 'utf8')) as { version: string };
    io.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new CorroborateError('CRB_ERR_CLI_USAGE', `unknown command "${name}" (try --help)`);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new CorroborateError('CRB_ERR_CLI_USAGE', `${(e as Error).message} (try corroborate ${name} --help)`);
    }
    if (parsed.values.help) {
      io.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (e) {
    if (isCorroborateError(e)) {
      io.stderr.write(`corroborate: ${e.oneLine()}\n`);
      return e.code === 'CRB_ERR_CLI_USAGE' ? EXIT.usage : EXIT.fatal;
    }
    io.stderr.write(`corroborate: internal error (a bug): ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
