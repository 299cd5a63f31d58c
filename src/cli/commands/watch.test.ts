import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { ferryReport } from '../../run/watch/test-reports.js';
import { EXIT } from '../exit-codes.js';
import { runCaptured as cli } from '../run-captured.js';

const ROOT = new URL('../../../', import.meta.url).pathname;


const jsonLines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string; [k: string]: unknown });

test('watch --once --json: one JSON line per event, broken files named with their codes (exit 1), and a second pass reads nothing (exit 0)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-cli-'));
  try {
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'ferry-1.txt'), ferryReport(1));
    writeFileSync(join(inbox, 'ferry-2.txt'), ferryReport(2));
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0x13, 0x88, 0, 0xff, 0xfe, 0, 7]));
    const db = join(dir, 'c.db');
    const first = await cli('watch', inbox, '--once', '--json', '--db', db, '--interval', '0.1', '--jobs', '1');
    assert.equal(first.code, EXIT.someFailed, first.err);
    assert.equal(first.err, '');
    const events = jsonLines(first.out);
    assert.ok(events.every((e) => ['stored', 'skipped', 'error', 'poll'].includes(e.event)));
    assert.deepEqual(events.filter((e) => e.event === 'stored').map((e) => (e.input as string).slice(inbox.length)).sort(), ['/ferry-1.txt', '/ferry-2.txt']);
    assert.deepEqual(
      events.filter((e) => e.event === 'error').map((e) => [e.input, e.code, e.source]),
      [[join(inbox, 'scan.txt'), 'CRB_ERR_INGEST_BINARY', inbox]],
    );
    // The empty file is taken for one about to be written: waiting, not an error.
    assert.deepEqual(events.filter((e) => e.event === 'poll').map((e) => [e.read, e.stored, e.failed, e.pending]), [[3, 2, 1, 1]]);

    const again = await cli('watch', inbox, '--once', '--json', '--db', db, '--interval', '0.1', '--jobs', '1');
    assert.equal(again.code, EXIT.ok, again.err);
    assert.deepEqual(jsonLines(again.out), [{ event: 'poll', source: inbox, read: 0, stored: 0, skipped: 0, failed: 0, pending: 1 }]);

    const text = await cli('watch', inbox, '--once', '--db', db, '--interval', '0.1', '--jobs', '1');
    assert.equal(text.code, EXIT.ok);
    assert.match(text.out, /^one pass: 0 reports stored · 0 already stored · 0 failed · 0 source errors · 1 polls/m);
    assert.match(text.err, /watching .*inbox \(every 0\.1 s\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch refuses what cannot be watched, and bad intervals, as usage errors', async () => {
  for (const argv of [['watch'], ['watch', 'ftp://mirror.example/news.rss'], ['watch', '-'], ['watch', 'inbox', '--interval', '0'], ['watch', 'inbox', '--interval', 'soon'], ['watch', 'inbox', '--max-backoff', '-5']]) {
    const r = await cli(...argv);
    assert.equal(r.code, EXIT.usage, argv.join(' '));
    assert.match(r.err, /CRB_ERR_CLI_USAGE/);
  }
  const missing = await cli('watch', join(tmpdir(), 'crb-no-such-inbox-7f3a'), '--once', '--db', ':memory:', '--jobs', '1');
  assert.equal(missing.code, EXIT.fatal, 'once, with no source readable');
  assert.match(missing.err, /crb-no-such-inbox-7f3a: CRB_ERR_INGEST_NOT_FOUND/);
});

test('SIGINT: the watch finishes the batch in flight, commits and exits 0; a restart stores the rest and nothing twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-watch-cli-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const N = 14;
  for (let i = 0; i < N; i++) writeFileSync(join(inbox, `ferry-${String(i).padStart(2, '0')}.txt`), ferryReport(10 + i));
  const db = join(dir, 'c.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main-entry.ts', 'watch', inbox, '--db', db, '--json', '--interval', '0.1', '--batch', '2', '--jobs', '1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c) => {
        out += c;
        if (/"event":"stored"/.test(out)) resolve();
      });
      void exit.then((code) => reject(new Error(`watch exited early (${code}): ${err}`)));
    });
    child.kill('SIGINT');
    assert.equal(await exit, 0, err);
    const events = jsonLines(out);
    const first = events.filter((e) => e.event === 'stored').length;
    assert.ok(first >= 1 && first <= N);

    const store = openSqliteStore(db);
    const kept = (await store.stats()).reports;
    await store.close();
    assert.equal(kept, first, 'every committed report was reported, and every reported one committed');

    const rest = await cli('watch', inbox, '--once', '--json', '--db', db, '--interval', '0.1', '--jobs', '1');
    assert.equal(rest.code, EXIT.ok, rest.err);
    const second = jsonLines(rest.out);
    assert.equal(second.filter((e) => e.event === 'stored').length, N - first);
    assert.equal(second.filter((e) => e.event === 'skipped').length, 0, 'committed files were remembered');
    const again = openSqliteStore(db);
    assert.equal((await again.stats()).reports, N);
    await again.close();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
