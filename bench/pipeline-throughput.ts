/**
 * Per-stage and whole-pipeline throughput on one core (CPU time of the main thread), for 5 KB plain-text
 * reports and for the same reports as full HTML pages; then peak RSS of `corroborate analyze`
 * on a folder of 10,000 reports. Run: npm run bench:pipeline [-- --n 2000 --folder 10000]
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { STAGES } from '../src/analyze/pipeline.js';
import { prepareAnalysis } from '../src/analyze/prepare.js';
import { startDocument } from '../src/run/report-runner.js';
import type { RawReport } from '../src/model/document.js';
import { syntheticPage, syntheticReport } from './synthetic-reports.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, folder: { type: 'string', default: '10000' } } });
const N = Number(values.n);
const FOLDER = Number(values.folder);

function raw(i: number, format: 'text' | 'html'): RawReport {
  const r = syntheticReport(i);
  return {
    id: `bench-${format}-${i}`,
    source: { kind: 'file', location: `bench/${i}.${format === 'html' ? 'html' : 'txt'}`, fetchedAt: '2026-03-01T00:00:00Z' },
    format,
    raw: format === 'html' ? syntheticPage(r) : r.text,
    given: {},
  };
}

function measure(format: 'text' | 'html') {
  const inputs = Array.from({ length: N }, (_, i) => raw(i, format));
  const bytes = inputs.reduce((s, r) => s + Buffer.byteLength(r.raw), 0);
  // Warm up the JIT and lazy models on a few reports first.
  for (const r of inputs.slice(0, 20)) {
    const d = startDocument(r);
    for (const s of STAGES) s.run(d, { options: {} });
  }
  // CPU time, not wall time: the figure is what one core does, even on a busy machine.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const perStage = new Map<string, number>(STAGES.map((s) => [s.id, 0]));
  const t0 = cpuMs();
  for (const r of inputs) {
    const d = startDocument(r);
    for (const s of STAGES) {
      const a = cpuMs();
      s.run(d, { options: {} });
      perStage.set(s.id, perStage.get(s.id)! + cpuMs() - a);
    }
  }
  const total = (cpuMs() - t0) / 1000;
  return {
    format,
    reports: N,
    avgKB: Number((bytes / N / 1024).toFixed(1)),
    reportsPerSecond: Math.round(N / total),
    stages: Object.fromEntries([...perStage].map(([id, ms]) => [id, Math.round(N / (ms / 1000))])),
  };
}

await prepareAnalysis();
const results = [measure('text'), measure('html')];
for (const r of results) {
  console.log(`${r.format}: ${r.reports} reports of ~${r.avgKB} KB: ${r.reportsPerSecond} reports/s on one core`);
  for (const [id, rps] of Object.entries(r.stages)) console.log(`  stage ${id.padEnd(10)} ${rps} reports/s`);
}

let folder: { reports: number; seconds: number; peakRssMB: number; reportsPerSecond: number } | undefined;
if (FOLDER > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'crb-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    for (let i = 0; i < FOLDER; i++) {
      const sub = join(corpus, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
      const r = syntheticReport(100_000 + i);
      writeFileSync(join(sub, `${i}.${i % 2 ? 'html' : 'txt'}`), i % 2 ? syntheticPage(r) : r.text);
    }
    const root = new URL('../', import.meta.url).pathname;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main-entry.ts', 'analyze', corpus, '--db', join(dir, 'b.db'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`analyze failed: ${run.stderr}`);
    const s = JSON.parse(run.stdout) as { stored: number; seconds: number; peakRssMB: number };
    folder = { reports: s.stored, seconds: s.seconds, peakRssMB: s.peakRssMB, reportsPerSecond: Math.round(s.stored / s.seconds) };
    console.log(`folder of ${FOLDER} reports (half text, half HTML) through the CLI into SQLite: ${s.seconds.toFixed(1)} s, ${folder.reportsPerSecond} reports/s, peak RSS ${s.peakRssMB} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify({ node: process.version, results, folder }));
