/**
 * Story clustering at growing corpus sizes: CPU time per report, peak RSS, the growth exponent
 * of total time (log-log slope between sizes), and p95 latency of one add over the last tenth
 * of each run. Each size runs in its own process so peak RSS is its own.
 * Run: node --import tsx bench/cluster-scale.ts [--sizes 1000,2000,5000] [--bytes 1500]
 *
 * The synthetic reports all describe the same kind of incident in a handful of cities, so
 * stories grow large and candidate lists stay full: a harder case than a real news stream.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createStoryClusterer } from '../src/corpus/cluster/story-clusterer.js';
import { syntheticReport } from './synthetic-reports.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,2000,5000' },
    bytes: { type: 'string', default: '1500' },
    one: { type: 'string' },
  },
});

interface SizeResult {
  n: number;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  p95AddMs: number;
  stories: number;
}

function runOne(n: number, bytes: number): SizeResult {
  const docs = Array.from({ length: n }, (_, i) => {
    const r = syntheticReport(i, bytes, 7);
    return { id: `r${i}`, title: r.headline, text: r.text, published: r.published };
  });
  const c = createStoryClusterer();
  const lat: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  docs.forEach((d, i) => {
    const s = performance.now();
    c.add(d);
    if (i >= n - Math.ceil(n / 10)) lat.push(performance.now() - s);
  });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  lat.sort((a, b) => a - b);
  return {
    n,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    p95AddMs: lat[Math.floor(lat.length * 0.95)] ?? 0,
    stories: c.stories().length,
  };
}

if (values.one) {
  process.stdout.write(JSON.stringify(runOne(Number(values.one), Number(values.bytes))));
} else {
  const sizes = values.sizes.split(',').map(Number);
  const self = fileURLToPath(import.meta.url);
  const rows: SizeResult[] = [];
  for (const n of sizes) {
    const out = spawnSync(process.execPath, ['--import', 'tsx', self, '--one', String(n), '--bytes', values.bytes], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) throw new Error(`size ${n} failed: ${out.stderr}`);
    rows.push(JSON.parse(out.stdout) as SizeResult);
  }
  console.log('reports  cpu s   ms/report  p95 add ms  peak RSS MB  stories  growth exponent');
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const k = prev ? (Math.log(r.cpuMs) - Math.log(prev.cpuMs)) / (Math.log(r.n) - Math.log(prev.n)) : NaN;
    console.log(
      `${String(r.n).padStart(7)}  ${(r.cpuMs / 1000).toFixed(1).padStart(6)}  ${(r.cpuMs / r.n).toFixed(2).padStart(9)}  ${r.p95AddMs.toFixed(2).padStart(10)}  ${r.peakRssMb.toFixed(0).padStart(11)}  ${String(r.stories).padStart(7)}  ${Number.isNaN(k) ? '' : k.toFixed(2)}`,
    );
  });
}
