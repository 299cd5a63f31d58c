import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCaptured as cli } from '../../src/cli/run-captured.js';

const EXAMPLES = new URL('../../examples/corpus/', import.meta.url).pathname;


function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crb-cli-'));
}

test('analyze stores the example corpus; show renders a report with its cuts; search finds it', async () => {
  const dir = tempDir();
  try {
    const db = join(dir, 'c.db');
    const run = await cli('analyze', EXAMPLES, '--db', db, '--json');
    assert.equal(run.code, EXIT.ok, run.err);
    const summary = JSON.parse(run.out) as { stored: number; failed: number; storedIds: string[] };
    assert.equal(summary.failed, 0);
    assert.ok(summary.stored >= 16, `stored ${summary.stored}`);

    const list = JSON.parse((await cli('list', '--db', db, '--json')).out) as Array<{ id: string; removedCount: number }>;
    assert.equal(list.length, summary.stored);
    const withCuts = list.find((r) => r.removedCount > 0);
    assert.ok(withCuts, 'some example report has boilerplate cut');

    const shown = await cli('show', withCuts.id.slice(0, 8), '--db', db, '--no-color');
    assert.equal(shown.code, EXIT.ok);
    assert.match(shown.out, /⟦cut: [a-z-]+ — /);

    const again = JSON.parse((await cli('analyze', EXAMPLES, '--db', db, '--json')).out) as { stored: number; skipped: number };
    assert.equal(again.stored, 0, 'a re-run stores nothing new');
    assert.equal(again.skipped, summary.stored);

    const hits = JSON.parse((await cli('search', 'drones', '--db', db, '--json')).out) as unknown[];
    assert.ok(hits.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad inputs are named one line each, the rest of the batch is stored, exit code 1', async () => {
  const dir = tempDir();
  try {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const txt = readdirSync(join(EXAMPLES, 'text')).find((f) => f.endsWith('.txt'))!;
    copyFileSync(join(EXAMPLES, 'text', txt), join(inputs, 'good.txt'));
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
    writeFileSync(join(inputs, 'lines.jsonl'), '{"text":"The council met on Monday and voted to reopen the bridge to traffic."}\n{not json\n');
    const db = join(dir, 'c.db');
    const run = await cli('analyze', inputs, join(dir, 'missing.html'), '--db', db);
    assert.equal(run.code, EXIT.someFailed);
    const lines = run.err.trim().split('\n');
    assert.ok(lines.some((l) => /empty\.txt: CRB_ERR_INGEST_EMPTY/.test(l)), run.err);
    assert.ok(lines.some((l) => /blob\.txt: CRB_ERR_INGEST_BINARY/.test(l)), run.err);
    assert.ok(lines.some((l) => /lines\.jsonl:2: CRB_ERR_JSONL_PARSE/.test(l)), run.err);
    assert.ok(lines.some((l) => /missing\.html: CRB_ERR_INGEST_NOT_FOUND/.test(l)), run.err);
    assert.match(run.out, /2 reports stored/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors are coded and exit 2; unknown ids exit 3', async () => {
  const dir = tempDir();
  try {
    const bad = await cli('analyze');
    assert.equal(bad.code, EXIT.usage);
    assert.match(bad.err, /CRB_ERR_CLI_USAGE/);
    assert.equal((await cli('frobnicate')).code, EXIT.usage);
    assert.equal((await cli('analyze', '--no-such-flag', 'x')).code, EXIT.usage);
    const noDb = await cli('show', 'abcdef123456', '--db', join(dir, 'c.db'));
    assert.equal(noDb.code, EXIT.fatal);
    assert.match(noDb.err, /CRB_ERR_STORE_MISSING/);
    assert.equal((await cli('analyze', join(dir, 'none.txt'), '--db', join(dir, 'c.db'), '--quiet')).code, EXIT.fatal);
    const missing = await cli('show', 'abcdef123456', '--db', join(dir, 'c.db'));
    assert.equal(missing.code, EXIT.fatal);
    assert.match(missing.err, /CRB_ERR_STORE_NOT_FOUND/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
