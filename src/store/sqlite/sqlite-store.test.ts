import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, toFtsQuery } from './sqlite-store.js';
import { runStoreConformance } from '../store.conformance.js';
import { MIGRATIONS } from './migrations.js';
import { makeDoc } from '../../../test/support/make-doc.js';

runStoreConformance('sqlite', async () => openSqliteStore(':memory:'));

test('sqlite: a file store keeps its reports across reopen and migrates once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-store-'));
  try {
    const path = join(dir, 'c.db');
    const doc = makeDoc('Blast reported at the Kettle Bridge\nWitnesses heard two explosions before dawn.');
    const s1 = openSqliteStore(path);
    await s1.putReports([doc]);
    await s1.close();
    const s2 = openSqliteStore(path);
    assert.equal((await s2.getReport(doc.id))?.text, doc.text);
    await s2.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
    assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a path under a file, or a file that is not a database, is a coded error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-store-'));
  try {
    const notDir = join(dir, 'plain.txt');
    writeFileSync(notDir, 'not a folder');
    const isCoded = (e: Error & { code?: string }) => e.code === 'CRB_ERR_STORE_OPEN';
    assert.throws(() => openSqliteStore(join(notDir, 'c.db')), isCoded);
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'SQLite? no: this is a report someone saved with the wrong name. '.repeat(200));
    assert.throws(() => openSqliteStore(garbage), isCoded);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('search input becomes quoted FTS terms', () => {
  assert.equal(toFtsQuery('drone "Red Square" NEAR(x'), '"drone" "Red Square" "NEAR" "x"');
  assert.equal(toFtsQuery('—!'), '');
});
