import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A small folder of distinct, realistic plain-text reports. */
function writeCorpus(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(dir, `report-${String(i).padStart(3, '0')}.txt`),
      `Drone incident number ${i} reported near the Harbour district\n\n` +
        `Officials in the city said ${i + 2} drones were intercepted overnight and that ${i % 4} people were injured. ` +
        `The regional governor, Tomasz Orlen, wrote on his channel that debris damaged ${i + 1} buildings.\n\n` +
        `Residents described hearing explosions shortly after 2 a.m., according to the local paper.`,
    );
  }
}

test('a run killed mid-way keeps every committed batch, and a re-run resumes without duplicates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-kill-'));
  try {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 12);
    const db = join(dir, 'c.db');
    // The child stores batches of 2 and kills itself with SIGKILL (no clean-up of any kind) once 4 are committed.
    const script = `
      import { ingest } from './src/ingest/ingest.ts';
      import { createReportPipeline } from './src/analyze/pipeline.ts';
      import { prepareAnalysis } from './src/analyze/prepare.ts';
      import { analyzeInputs } from './src/run/analyze-inputs.ts';
      import { createLocalRunner } from './src/run/report-runner.ts';
      import { openSqliteStore } from './src/store/sqlite/sqlite-store.ts';
      await prepareAnalysis();
      const store = openSqliteStore(${JSON.stringify(db)});
      await analyzeInputs(ingest([${JSON.stringify(corpus)}]), [], {
        store, runner: createLocalRunner(createReportPipeline()), batchSize: 2,
        onProgress: (p) => { if (p.stored >= 4) process.kill(process.pid, 'SIGKILL'); },
      });`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(child.signal, 'SIGKILL', child.stderr);

    const raw = new Database(db);
    assert.equal((raw.pragma('integrity_check') as Array<{ integrity_check: string }>)[0]?.integrity_check, 'ok');
    const kept = Number((raw.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n);
    raw.close();
    assert.ok(kept >= 4 && kept < 12, `kept ${kept}`);

    const resumed = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main-entry.ts', 'analyze', corpus, '--db', db, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(resumed.status, 0, resumed.stderr);
    const summary = JSON.parse(resumed.stdout) as { stored: number; skipped: number };
    assert.equal(summary.skipped, kept);
    assert.equal(summary.stored, 12 - kept);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store refuses nothing it already holds: the same corpus twice is one set of reports', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crb-twice-'));
  try {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 3);
    const db = join(dir, 'c.db');
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main-entry.ts', 'analyze', corpus, '--db', db, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    }
    const store = openSqliteStore(db);
    assert.equal((await store.stats()).reports, 3);
    assert.equal((await store.stats()).runs, 2);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
