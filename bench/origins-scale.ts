/**
 * Scale check of the origin index on synthetic reports: every tenth report is a copy of an
 * earlier one (new headline, a paragraph dropped, a word changed, a copyright line added), the
 * rest are independent template reports. Prints reports/s, peak RSS, how many planted copies
 * were joined to their source, and how many links were made between independent reports (the
 * templates share many phrases, so this counts template look-alikes).
 *
 * Each size runs in its own process so that peak RSS is that size's. Texts are read back
 * through `loadText` (regenerated, as a store would return them) unless --keep-text.
 *
 * Run: node --import tsx bench/origins-scale.ts [--sizes 10000,100000] [--bytes 4000] [--keep-text]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CleanDocument } from '../src/model/document.js';
import { createOriginIndex } from '../src/corpus/origins/origin-index.js';
import { createRng, syntheticReport, type SyntheticReport } from './synthetic-reports.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    one: { type: 'string' },
    bytes: { type: 'string', default: '4000' },
    'keep-text': { type: 'boolean', default: false },
  },
});
const BYTES = Number(values.bytes);
const COPY_EVERY = 10;
const SEED = 7;

/** The report a planted copy copies (an earlier independent one), or undefined for an independent report. */
function sourceOf(i: number): number | undefined {
  if (i % COPY_EVERY !== COPY_EVERY - 1) return undefined;
  const src = Math.floor(createRng(i * 31 + 5)() * i);
  return src % COPY_EVERY === COPY_EVERY - 1 ? src - 1 : src;
}

/** Report `i`: a template report, or an edited copy of an earlier one. */
function reportOf(i: number): SyntheticReport {
  const src = sourceOf(i);
  if (src === undefined) return syntheticReport(i, BYTES, SEED);
  const r = syntheticReport(src, BYTES, SEED);
  const rng = createRng(i);
  const paras = r.text.split('\n\n').slice(1);
  if (paras.length > 3) paras.splice(1 + Math.floor(rng() * (paras.length - 1)), 1);
  const headline = `UPDATE 1-${r.headline}`;
  const outlet = `Relay Digest ${i % 7}`;
  const body = paras.join('\n\n').replace(' said ', ' stated ');
  return { headline, outlet, published: r.published, text: `${headline}\n\n${body}\n\nCopyright 2026 ${outlet}. All rights reserved.` };
}

function docOf(i: number, keepText: boolean): CleanDocument {
  const r = reportOf(i);
  return {
    id: `syn-${i}`,
    source: { kind: 'file', location: `bench/${i}.txt`, fetchedAt: '2026-03-28T00:00:00Z' },
    format: 'text',
    given: {},
    raw: '',
    extracted: '',
    text: r.text,
    meta: {
      headline: { value: r.headline, from: 'first-line', range: [0, r.headline.length] },
      outlet: { value: r.outlet, from: 'given' },
      published: { value: r.published, precision: 'day', from: 'given' },
      language: 'en',
    },
    removed: [],
    paragraphs: [],
    data: {},
    findings: [],
  };
}

function runOne(n: number, keepText: boolean) {
  const ix = createOriginIndex({ keepText }, { loadText: (id) => reportOf(Number(id.slice(4))).text });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const latencies: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = docOf(i, keepText);
    const a = performance.now();
    ix.add(d);
    latencies.push(performance.now() - a);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  let planted = 0;
  let joined = 0;
  for (let i = 0; i < n; i++) {
    const src = sourceOf(i);
    if (src === undefined) continue;
    planted++;
    if (ix.independentOrigins([`syn-${i}`, `syn-${src}`]) === 1) joined++;
  }
  const links = ix.links();
  const isCopy = (id: string) => sourceOf(Number(id.slice(4))) !== undefined;
  const between = links.filter((l) => !isCopy(l.docId) && !l.derivedFrom.startsWith('external:') && !isCopy(l.derivedFrom)).length;
  latencies.sort((a, b) => a - b);
  return {
    reports: n,
    avgBytes: BYTES,
    keepText,
    seconds: Number(seconds.toFixed(1)),
    reportsPerSecond: Math.round(n / seconds),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    // CPU time, not wall time: what one core does, even on a busy machine.
    reportsPerCpuSecond: Math.round(n / ((cpu.user + cpu.system) / 1e6)),
    addP50ms: Number(latencies[Math.floor(n * 0.5)]!.toFixed(2)),
    addP95ms: Number(latencies[Math.floor(n * 0.95)]!.toFixed(2)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    plantedCopies: planted,
    copiesJoined: joined,
    links: links.length,
    linksBetweenIndependent: between,
    groups: ix.originGroups().length,
  };
}

if (values.one) {
  console.log(JSON.stringify(runOne(Number(values.one), values['keep-text'])));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const n of values.sizes.split(',').map(Number)) {
    const args = ['--import', 'tsx', self, '--one', String(n), '--bytes', String(BYTES), ...(values['keep-text'] ? ['--keep-text'] : [])];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`size ${n} failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as ReturnType<typeof runOne>;
    console.log(
      `${r.reports} reports of ~${r.avgBytes} B: ${r.seconds} s wall, ${r.reportsPerSecond} reports/s (${r.reportsPerCpuSecond} per CPU second; add p50 ${r.addP50ms} ms, p95 ${r.addP95ms} ms), peak RSS ${r.peakRssMB} MB; ` +
        `planted copies joined ${r.copiesJoined}/${r.plantedCopies}; links ${r.links}, between independent reports ${r.linksBetweenIndependent}`,
    );
    console.log(JSON.stringify(r));
  }
}
