/**
 * Per-stage and whole-pipeline throughput on one core (CPU time of the process), for 5 KB plain-text
 * reports and for the same reports as full HTML pages, with the signals stage's share of the
 * per-report time; then wall time and peak RSS of `corroborate analyze` on a folder of 10,000
 * reports. Each format is measured `--repeats` times and the median pass is reported, so one slow
 * pass on a busy machine does not decide the figure.
 *
 * By default it measures what ships: the project compiled by `tsc` (what the installed
 * `corroborate` runs), built into a temporary folder first. `--source` measures the TypeScript
 * sources through tsx instead (slower: tsx keeps function names by wrapping every closure).
 *
 * Run: npm run bench:pipeline [-- --n 1000 --repeats 3 --folder 10000 --source]
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawReport } from '../src/model/document.js';
import type { Stage } from '../src/core/stage.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    repeats: { type: 'string', default: '3' },
    folder: { type: 'string', default: '10000' },
    source: { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
const REPEATS = Math.max(1, Number(values.repeats));
const FOLDER = Number(values.folder);
const here = dirname(fileURLToPath(import.meta.url));
const fromSource = import.meta.url.endsWith('.ts');

/**
 * Compiles the project into a temporary folder, with links to what the build reads at run time
 * (node_modules, package.json, the gazetteer index), and returns that folder.
 */
function buildProject(repo: string, into: string): string {
  const build = join(into, 'build');
  // tsc exits non-zero on type errors anywhere in the tree but still writes every file.
  spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(repo, 'tsconfig.json'), '--outDir', build], { stdio: 'ignore' });
  if (!existsSync(join(build, 'bench/pipeline-throughput.js'))) throw new Error('tsc did not write the compiled bench');
  symlinkSync(join(repo, 'node_modules'), join(build, 'node_modules'), 'dir');
  symlinkSync(join(repo, 'package.json'), join(build, 'package.json'));
  mkdirSync(join(build, 'models/gazetteer'), { recursive: true });
  symlinkSync(join(repo, 'models/gazetteer/places.tsv.br'), join(build, 'models/gazetteer/places.tsv.br'));
  return build;
}

if (fromSource && !values.source) {
  const tmp = mkdtempSync(join(tmpdir(), 'crb-bench-build-'));
  try {
    console.log('compiling with tsc (the code the installed CLI runs) …');
    const build = buildProject(join(here, '..'), tmp);
    const run = spawnSync(process.execPath, [join(build, 'bench/pipeline-throughput.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exitCode = run.status ?? 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  await measureAll();
}

async function measureAll(): Promise<void> {
  const { STAGES } = await import('../src/analyze/pipeline.js');
  const { prepareAnalysis } = await import('../src/analyze/prepare.js');
  const { startDocument } = await import('../src/run/report-runner.js');
  const { syntheticPage, syntheticReport } = await import('./synthetic-reports.js');
  const stages: readonly Stage[] = STAGES;

  const raw = (i: number, format: 'text' | 'html'): RawReport => {
    const r = syntheticReport(i);
    return {
      id: `bench-${format}-${i}`,
      source: { kind: 'file', location: `bench/${i}.${format === 'html' ? 'html' : 'txt'}`, fetchedAt: '2026-03-01T00:00:00Z' },
      format,
      raw: format === 'html' ? syntheticPage(r) : r.text,
      given: {},
    };
  };

  // CPU time, not wall time: the figure is what one core does, even on a busy machine. (One
  // reading costs about a microsecond; a report takes a few thousand.)
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const median = (xs: readonly number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };

  /** One pass over the inputs: CPU ms per report, per stage and in all. */
  const pass = (inputs: readonly RawReport[]) => {
    const perStage = new Map<string, number>(stages.map((s) => [s.id, 0]));
    const t0 = cpuMs();
    for (const r of inputs) {
      const d = startDocument(r);
      for (const s of stages) {
        const a = cpuMs();
        s.run(d, { options: {} });
        perStage.set(s.id, perStage.get(s.id)! + cpuMs() - a);
      }
    }
    const total = cpuMs() - t0;
    return { total: total / inputs.length, perStage: new Map([...perStage].map(([id, ms]) => [id, ms / inputs.length])) };
  };

  const measure = (format: 'text' | 'html') => {
    const inputs = Array.from({ length: N }, (_, i) => raw(i, format));
    const bytes = inputs.reduce((s, r) => s + Buffer.byteLength(r.raw), 0);
    // Warm up the JIT and lazy models first.
    pass(inputs.slice(0, Math.min(200, N)));
    const passes = Array.from({ length: REPEATS }, () => pass(inputs));
    const msPerReport = median(passes.map((p) => p.total));
    const stageMs = Object.fromEntries(stages.map((s) => [s.id, median(passes.map((p) => p.perStage.get(s.id)!))]));
    const signalsShare = median(passes.map((p) => p.perStage.get('signals')! / p.total));
    return {
      format,
      reports: N,
      repeats: REPEATS,
      avgKB: Number((bytes / N / 1024).toFixed(1)),
      msPerReport: Number(msPerReport.toFixed(3)),
      reportsPerSecond: Math.round(1000 / msPerReport),
      signalsShare: Number(signalsShare.toFixed(3)),
      stageMs: Object.fromEntries(Object.entries(stageMs).map(([id, ms]) => [id, Number(ms.toFixed(3))])),
      stages: Object.fromEntries(Object.entries(stageMs).map(([id, ms]) => [id, Math.round(1000 / ms)])),
    };
  };

  await prepareAnalysis();
  const code = fromSource ? 'TypeScript sources through tsx' : 'compiled by tsc';
  console.log(`node ${process.version}, code ${code}`);
  const results = [measure('text'), measure('html')];
  for (const r of results) {
    console.log(
      `${r.format}: ${r.reports} reports of ~${r.avgKB} KB, median of ${r.repeats} passes: ${r.reportsPerSecond} reports/s on one core (${r.msPerReport.toFixed(2)} ms CPU per report)`,
    );
    for (const [id, ms] of Object.entries(r.stageMs)) {
      console.log(`  stage ${id.padEnd(10)} ${ms.toFixed(3).padStart(7)} ms/report ${String(r.stages[id]).padStart(8)} reports/s`);
    }
    console.log(`  signals share of per-report time: ${(r.signalsShare * 100).toFixed(1)}%`);
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
      const root = join(here, '..');
      const cli = fromSource ? ['--import', 'tsx', 'src/cli/main-entry.ts'] : [join(root, 'src/cli/main-entry.js')];
      const run = spawnSync(process.execPath, [...cli, 'analyze', corpus, '--db', join(dir, 'b.db'), '--json'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`analyze failed: ${run.stderr}`);
      const s = JSON.parse(run.stdout) as { stored: number; seconds: number; peakRssMB: number };
      folder = { reports: s.stored, seconds: s.seconds, peakRssMB: s.peakRssMB, reportsPerSecond: Math.round(s.stored / s.seconds) };
      console.log(
        `folder of ${FOLDER} reports (half text, half HTML) through the CLI into SQLite: ${s.seconds.toFixed(1)} s, ${folder.reportsPerSecond} reports/s, peak RSS ${s.peakRssMB} MB`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify({ node: process.version, code, results, folder }));
}
