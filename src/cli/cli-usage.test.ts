import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { EXIT } from './exit-codes.js';
import { COMMANDS } from './main.js';
import { runCaptured as cli } from './run-captured.js';


test('every command has --help: its usage, and every option it takes, named', async () => {
  const top = await cli('--help');
  assert.equal(top.code, EXIT.ok);
  for (const c of COMMANDS) {
    assert.match(top.out, new RegExp(`^  ${c.name} +\\S`, 'm'), `${c.name} is in the command list`);
    const help = await cli(c.name, '--help');
    assert.equal(help.code, EXIT.ok, c.name);
    assert.equal(help.err, '');
    assert.ok(help.out.startsWith(`${c.summary}\n`), c.name);
    assert.match(help.out, new RegExp(`Usage: corroborate ${c.name}\\b`), c.name);
    for (const option of [...Object.keys(c.options), 'help', 'quiet']) {
      assert.ok(help.out.includes(`--${option}`), `corroborate ${c.name} --help names --${option}`);
    }
    assert.equal((await cli('help', c.name)).out, help.out, `corroborate help ${c.name}`);
    assert.equal((await cli(c.name, '-h', '--quiet')).code, EXIT.ok, `${c.name} takes --quiet`);
  }
});

test('an unknown command or option is a coded usage error, exit 2, pointing at --help', async () => {
  const unknown = await cli('frobnicate', '--db', 'x.db');
  assert.equal(unknown.code, EXIT.usage);
  assert.equal(unknown.out, '');
  assert.match(unknown.err, /^corroborate: CRB_ERR_CLI_USAGE unknown command "frobnicate" \(try --help\)\n$/);
  for (const c of COMMANDS) {
    const bad = await cli(c.name, '--no-such-option');
    assert.equal(bad.code, EXIT.usage, c.name);
    assert.match(bad.err, new RegExp(`CRB_ERR_CLI_USAGE .*'--no-such-option'.*\\(try corroborate ${c.name} --help\\)`), c.name);
  }
  const notANumber = await cli('list', '--limit', 'ten', '--db', ':memory:');
  assert.equal(notANumber.code, EXIT.usage);
  assert.match(notANumber.err, /CRB_ERR_CLI_USAGE --limit takes a whole number, not "ten"/);
  const noCommand = await cli();
  assert.equal(noCommand.code, EXIT.usage);
  assert.match(noCommand.out, /Usage: corroborate <command>/);
});

test('commands that only read refuse a database that is not there (exit 3) and do not create it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-cli-usage-'));
  try {
    const db = join(dir, 'typo.db');
    for (const argv of [['list'], ['show', '3f9a1c2b'], ['search', 'ferry'], ['stories'], ['story', 'story-1'], ['export', '--format', 'json']]) {
      const r = await cli(...argv, '--db', db);
      assert.equal(r.code, EXIT.fatal, argv.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err, `corroborate: ${db}: CRB_ERR_STORE_MISSING no database here (corroborate analyze <inputs> --db <file> makes one)\n`, argv.join(' '));
      assert.equal(existsSync(db), false, `${argv[0]} left no file behind`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--quiet drops hints, --json prints results only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-cli-usage-'));
  try {
    const db = join(dir, 'empty.db');
    await openSqliteStore(db).close();
    const hint = await cli('list', '--db', db);
    assert.equal(hint.code, EXIT.ok);
    assert.equal(hint.out, '');
    assert.match(hint.err, /no reports stored yet/);
    assert.deepEqual(await cli('list', '--db', db, '--quiet'), { code: EXIT.ok, out: '', err: '' });
    assert.deepEqual(await cli('search', 'ferry', '--db', db, '-q'), { code: EXIT.ok, out: '', err: '' });
    assert.deepEqual(JSON.parse((await cli('list', '--db', db, '--json')).out), []);
    assert.deepEqual(JSON.parse((await cli('search', 'ferry', '--db', db, '--json')).out), []);
    assert.deepEqual(JSON.parse((await cli('stories', '--db', db, '--json')).out), { items: [], total: 0, limit: 50, offset: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
