/**
 * The cross-report layer at scale: the story clusterer, the origin index, the story split and the
 * alignment and corroboration of every story a batch changes, over 10k, 100k and 1M reports.
 * Each size runs in its own process (so peak RSS is its own) and prints one JSON line; the
 * parent prints a table with the growth exponent (log-log slope of time between sizes).
 *
 * Input: `createReportStream` (bench/synthetic-reports.ts) — many incidents over many days and
 * towns, wire copies, rewrites, credited translations, conflicting counts, rising tolls,
 * denials, clickbait, follow-ups, commentary — generated with the `ReportFacts` the reading layer
 * would give, rather than running the per-report pipeline on every text: the pipeline reads
 * about a hundred reports a second per core, so a million reports would take hours before the
 * layer measured here even starts. Generation is timed apart and not counted as layer time; so
 * is generating again the texts and facts of older reports that the layer reads back (a store
 * reads a row for them: `textReloadSeconds`, `factReloadSeconds`).
 *
 * The stored path (`--stored <n>`): n reports are stored in SQLite and added through the
 * store-backed updater (`createStoryUpdater(store).update(batch)`, what `corroborate analyze`
 * does after each batch), then single reports are added one at a time and the p95 latency of one
 * `update([doc])` is printed, with the time to open the stored layer in a fresh updater.
 *
 * The story clusterer runs on a worker thread beside the origin index (`clustererThread`, see
 * src/corpus/cluster/clusterer-thread.ts), as a large stored corpus's updater runs it; `--single`
 * keeps it on the main thread. CPU seconds are the whole process's (both threads). The texts a
 * batch is compared with are read back before the batch is added (`textsWanted`, as the updater
 * fetches them from the store), while the clusterer's thread is idle, so the CPU time of reading
 * them is the main thread's own and is taken out of layer time.
 *
 * Run: node --import tsx bench/story-scale.ts [--sizes 10000,100000,1000000] [--batch 1000]
 *      [--stored 100000] [--adds 200] [--db /tmp/story-scale.db] [--heap 3584] [--semi 32]
 *      [--progress] [--single]   (each size's process gets --max-old-space-size=heap, --max-semi-space-size=semi)
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { CleanDocument } from '../src/model/document.js';
import type { ReportFacts } from '../src/corpus/align/facet-types.js';
import { recordOfLayerStory } from '../src/corpus/stories/layer-story.js';
import { StoryLayer } from '../src/corpus/stories/story-layer.js';
import { createStoryUpdater } from '../src/corpus/stories/story-updater.js';
import { scoreClustering } from '../src/eval/clustering-metrics.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { createReportStream, type ReportStream } from './synthetic-reports.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    batch: { type: 'string', default: '1000' },
    one: { type: 'string' },
    stored: { type: 'string' },
    'stored-one': { type: 'string' },
    'stored-adds': { type: 'string' },
    adds: { type: 'string', default: '200' },
    db: { type: 'string', default: '/tmp/story-scale.db' },
    heap: { type: 'string', default: '3584' },
    // A larger young generation: most of what a report allocates dies before the next report.
    semi: { type: 'string', default: '32' },
    progress: { type: 'boolean', default: false },
    // The clusterer on this thread too (by default it runs on a worker thread beside the origin index).
    single: { type: 'boolean', default: false },
  },
});

/** What one size measured. */
export interface SizeResult {
  reports: number;
  batch: number;
  /** Layer time: adding the reports and rebuilding every story each batch changed. */
  seconds: number;
  cpuSeconds: number;
  /** Of which building story records (alignment, statuses, findings). */
  recordSeconds: number;
  /** Generating the synthetic reports and their facts (not layer time). */
  generateSeconds: number;
  peakRssMB: number;
  stories: number;
  storiesWritten: number;
  /** Facets by status over the final stories. */
  facets: { corroborated: number; singleSource: number; contradicted: number; denied: number };
  /** Stories against the stream's incidents (members only; commentary left out). */
  bcubed: { precision: number; recall: number; f1: number };
  /** Planted copies, rewrites and credited translations found in their source's origin group. */
  derivedJoined: number;
  derivedPlanted: number;
  /** Reports whose facts had to be generated again for a record (a store would read them). */
  factReloads: number;
  /** Texts read back for the origin index (not among the newest kept in memory). */
  textReloads: number;
  /** Generating those texts again (what a store would read): not layer time. */
  textReloadSeconds: number;
  /** Generating reports' facts again for records (likewise a store read): not layer time. */
  factReloadSeconds: number;
}

/** Facts of recent reports in memory; older ones regenerated on demand, as a store would read them back. */
function factSource(stream: ReportStream, keep: number) {
  const cache = new Map<string, ReportFacts>();
  let reloads = 0;
  // Regenerating facts stands for a store read: timed apart, not layer time.
  const spent = { ms: 0, cpu: 0 };
  return {
    spent,
    put(f: ReportFacts) {
      // As a store gives them back: parsed, holding no slice of the generated text.
      cache.set(f.docId, JSON.parse(JSON.stringify(f)) as ReportFacts);
      if (cache.size > keep) cache.delete(cache.keys().next().value!);
    },
    get(id: string): ReportFacts | undefined {
      let f = cache.get(id);
      if (!f) {
        const i = stream.indexOf(id);
        if (i === undefined) return undefined;
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        f = stream.report(i).facts;
        reloads++;
        this.put(f);
        const c = process.cpuUsage(c0);
        spent.cpu += c.user + c.system;
        spent.ms += performance.now() - t0;
      }
      return f;
    },
    get reloads() {
      return reloads;
    },
  };
}

function round(x: number, d = 4): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

function runOne(n: number, batch: number): SizeResult {
  const stream = createReportStream();
  // Four days of reports at the stream's pace: the stories a batch changes are about recent incidents.
  const facts = factSource(stream, 8_000);
  // Texts are read back when compared, as from a store, not kept for every report.
  let textReloads = 0;
  // Reading a text back is a store's work (a row read); here it means generating the text again,
  // which costs far more, so it is timed apart like generation.
  let reloadMs = 0;
  let reloadCpu = 0;
  // Texts a batch will compare with, read back before it is added (as the store-backed updater
  // does): the clusterer's thread is idle then, so the process's CPU time is the reading's own.
  let fetched = new Map<string, string>();
  const readBack = (ids: readonly string[]) => {
    const r0 = performance.now();
    const c0 = process.cpuUsage();
    fetched = new Map(ids.flatMap((id) => {
      const i = stream.indexOf(id);
      return i === undefined ? [] : [[id, stream.text(i)] as [string, string]];
    }));
    textReloads += fetched.size;
    const c = process.cpuUsage(c0);
    reloadCpu += c.user + c.system;
    reloadMs += performance.now() - r0;
  };
  const layer = StoryLayer.create({ clustererThread: !values.single }, {
    loadText: (id) => {
      const known = fetched.get(id);
      if (known !== undefined) return known;
      const i = stream.indexOf(id);
      if (i === undefined) return undefined;
      textReloads++;
      const r0 = performance.now();
      const c0 = process.cpuUsage();
      const text = stream.text(i);
      const c = process.cpuUsage(c0);
      reloadCpu += c.user + c.system;
      reloadMs += performance.now() - r0;
      return text;
    },
  });
  let layerMs = 0;
  let recordMs = 0;
  let genMs = 0;
  let written = 0;
  const counts = new Map<string, SizeResult['facets']>();
  const cpu0 = process.cpuUsage();
  let genCpu = 0;
  for (let start = 0; start < n; start += batch) {
    const g0 = performance.now();
    const gc0 = process.cpuUsage();
    const docs: CleanDocument[] = [];
    const fs: ReportFacts[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const r = stream.report(i);
      docs.push(r.doc);
      fs.push(r.facts);
      facts.put(r.facts);
    }
    const gc = process.cpuUsage(gc0);
    genCpu += gc.user + gc.system;
    const t0 = performance.now();
    genMs += t0 - g0;
    const reloadBefore = reloadMs;
    const factsBefore = facts.spent.ms;
    readBack(layer.textsWanted(docs));
    const change = layer.add(docs, fs);
    fetched = new Map();
    const t1 = performance.now();
    const lookup = { get: (id: string) => facts.get(id) } as ReadonlyMap<string, ReportFacts>;
    for (const id of change.changed) {
      const r = recordOfLayerStory(layer, id, lookup);
      if (!r) continue;
      written++;
      counts.set(id, { corroborated: r.counts.corroborated, singleSource: r.counts.singleSource, contradicted: r.counts.contradicted, denied: r.counts.denied });
    }
    for (const id of change.removed) counts.delete(id);
    const t2 = performance.now();
    const reread = reloadMs - reloadBefore + facts.spent.ms - factsBefore;
    layerMs += t2 - t0 - reread;
    recordMs -= facts.spent.ms - factsBefore;
    recordMs += t2 - t1;
    if (values.progress && Math.floor(start / batch) % 40 === 0) {
      const c = process.cpuUsage(cpu0);
      const layerCpu = (c.user + c.system - genCpu - reloadCpu - facts.spent.cpu) / 1e6;
      process.stderr.write(`${start + docs.length} reports, ${(layerMs / 1000).toFixed(0)} s layer, ${layerCpu.toFixed(0)} s layer CPU, ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`);
    }
  }
  const cpu = process.cpuUsage(cpu0);

  // Quality against the stream's ground truth.
  const pred = new Map<string, string>();
  const gold = new Map<string, string>();
  let planted = 0;
  let joined = 0;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = stream.truth(i);
    const id = stream.report(i).doc.id;
    ids.push(id);
    if (t.incident) {
      gold.set(id, t.incident);
      const s = layer.storyOf(id);
      if (s) pred.set(id, s);
    }
  }
  for (let i = 0; i < n; i++) {
    const t = stream.truth(i);
    if (t.derivedFrom === undefined || t.derivedFrom >= n) continue;
    planted++;
    if (layer.originOf(ids[i]!) === layer.originOf(ids[t.derivedFrom]!)) joined++;
  }
  const facets = { corroborated: 0, singleSource: 0, contradicted: 0, denied: 0 };
  for (const c of counts.values()) {
    facets.corroborated += c.corroborated;
    facets.singleSource += c.singleSource;
    facets.contradicted += c.contradicted;
    facets.denied += c.denied;
  }
  return {
    reports: n,
    batch,
    seconds: round(layerMs / 1000, 1),
    cpuSeconds: round((cpu.user + cpu.system - genCpu - reloadCpu - facts.spent.cpu) / 1e6, 1),
    recordSeconds: round(recordMs / 1000, 1),
    generateSeconds: round(genMs / 1000, 1),
    textReloadSeconds: round(reloadMs / 1000, 1),
    factReloadSeconds: round(facts.spent.ms / 1000, 1),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    stories: layer.storyIds().length,
    storiesWritten: written,
    facets,
    bcubed: (({ precision, recall, f1 }) => ({ precision: round(precision), recall: round(recall), f1: round(f1) }))(scoreClustering(gold, pred).bcubed),
    derivedJoined: joined,
    derivedPlanted: planted,
    factReloads: facts.reloads,
    textReloads,
  };
}

/** What the stored path measured. */
export interface StoredResult {
  reports: number;
  batch: number;
  /** Storing the reports (with full-text index) and updating stories through the updater, batch by batch. */
  buildSeconds: number;
  /** Of which `update` (the layer, the records, the save). */
  updateSeconds: number;
  buildPeakRssMB: number;
  dbMB: number;
  stories: number;
}

/** The report stream, the SQLite store at `db`, and a store-backed story updater over it. */
function openStored(db: string) {
  const store = openSqliteStore(db);
  return { stream: createReportStream(), store, updater: createStoryUpdater(store, values.single ? { clustererThread: false } : {}) };
}

/** Builds a stored corpus of `n` reports: each batch stored, then `createStoryUpdater(store).update(batch)`. */
async function runStored(n: number, batch: number, db: string): Promise<StoredResult> {
  const store = openSqliteStore(db);
  const stream = createReportStream();
  // Built from empty: the updater would start on this thread (see THREAD_MIN_REPORTS).
  const updater = createStoryUpdater(store, { clustererThread: !values.single });
  let updateMs = 0;
  const t0 = performance.now();
  let stories = 0;
  for (let start = 0; start < n; start += batch) {
    const items = Array.from({ length: Math.min(batch, n - start) }, (_, k) => stream.report(start + k));
    await store.putReports(items.map((r) => r.doc));
    const u0 = performance.now();
    const u = await updater.update(
      items.map((r) => r.doc),
      items.map((r) => r.facts),
    );
    updateMs += performance.now() - u0;
    stories = u.stories;
    if (values.progress && Math.floor(start / batch) % 20 === 0) process.stderr.write(`stored ${start + items.length}, ${((performance.now() - t0) / 1000).toFixed(0)} s, ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`);
  }
  const buildSeconds = (performance.now() - t0) / 1000;
  await store.close();
  const { statSync } = await import('node:fs');
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return {
    reports: n,
    batch,
    buildSeconds: round(buildSeconds, 1),
    updateSeconds: round(updateMs / 1000, 1),
    buildPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    dbMB: Math.round((size(db) + size(`${db}-wal`)) / 2 ** 20),
    stories,
  };
}

/** What adding single reports to the stored corpus measured. */
export interface AddResult {
  reports: number;
  /** Opening the stored layer in a fresh updater (reading every saved part once). */
  loadSeconds: number;
  loadPeakRssMB: number;
  adds: number;
  /** One `update([doc])`, the report already stored: p50, p95, max in ms. */
  addP50ms: number;
  addP95ms: number;
  addMaxMs: number;
  peakRssMB: number;
}

/** Opens the stored corpus of `n` reports in a fresh process and adds reports n, n+1, … one at a time. */
async function runAdds(n: number, adds: number, db: string): Promise<AddResult> {
  const { stream, store, updater } = openStored(db);
  const l0 = performance.now();
  await updater.catchUp();
  const loadSeconds = (performance.now() - l0) / 1000;
  const loadPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const lat: number[] = [];
  for (let k = 0; k < adds; k++) {
    const r = stream.report(n + k);
    await store.putReports([r.doc]);
    const a = performance.now();
    await updater.update([r.doc], [r.facts]);
    lat.push(performance.now() - a);
  }
  await store.close();
  lat.sort((a, b) => a - b);
  return {
    reports: n,
    loadSeconds: round(loadSeconds, 1),
    loadPeakRssMB,
    adds,
    addP50ms: round(lat[Math.floor(adds * 0.5)] ?? 0, 1),
    addP95ms: round(lat[Math.min(adds - 1, Math.floor(adds * 0.95))] ?? 0, 1),
    addMaxMs: round(lat[adds - 1] ?? 0, 1),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function exponent(a: { n: number; s: number }, b: { n: number; s: number }): number {
  return (Math.log(b.s) - Math.log(a.s)) / (Math.log(b.n) - Math.log(a.n));
}

const self = fileURLToPath(import.meta.url);
const child = (args: string[]) => {
  const out = spawnSync(process.execPath, [`--max-old-space-size=${values.heap}`, `--max-semi-space-size=${values.semi}`, '--import', 'tsx', self, ...args], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  if (out.status !== 0) throw new Error(`${args.join(' ')} failed (status ${out.status}, signal ${out.signal})`);
  const line = out.stdout.trim().split('\n').pop()!;
  console.log(line);
  return JSON.parse(line) as Record<string, unknown>;
};

if (values.one) {
  process.stdout.write(`${JSON.stringify(runOne(Number(values.one), Number(values.batch)))}\n`);
} else if (values['stored-one']) {
  process.stdout.write(`${JSON.stringify(await runStored(Number(values['stored-one']), Number(values.batch), values.db))}\n`);
} else if (values['stored-adds']) {
  process.stdout.write(`${JSON.stringify(await runAdds(Number(values['stored-adds']), Number(values.adds), values.db))}\n`);
} else {
  const rows: SizeResult[] = [];
  for (const n of values.sizes.split(',').filter(Boolean).map(Number)) rows.push(child(['--one', String(n), '--batch', values.batch, ...(values.single ? ['--single'] : []), ...(values.progress ? ['--progress'] : [])]) as unknown as SizeResult);
  if (rows.length) {
    // On a shared machine wall time moves with the other load; CPU time is the steadier measure.
    console.log('reports    layer s   cpu s  records s  µs/report  peak RSS MB  stories  B³ F1  copies joined  growth exponent (wall, cpu)');
    rows.forEach((r, i) => {
      const prev = rows[i - 1];
      const k = prev ? exponent({ n: prev.reports, s: prev.seconds }, { n: r.reports, s: r.seconds }) : NaN;
      const kc = prev ? exponent({ n: prev.reports, s: prev.cpuSeconds }, { n: r.reports, s: r.cpuSeconds }) : NaN;
      console.log(
        `${String(r.reports).padStart(7)}  ${r.seconds.toFixed(1).padStart(8)}  ${r.cpuSeconds.toFixed(1).padStart(6)}  ${r.recordSeconds.toFixed(1).padStart(9)}  ${((r.seconds * 1e6) / r.reports).toFixed(0).padStart(9)}  ${String(r.peakRssMB).padStart(11)}  ${String(r.stories).padStart(7)}  ${r.bcubed.f1.toFixed(3)}  ${`${r.derivedJoined}/${r.derivedPlanted}`.padStart(13)}  ${Number.isNaN(k) ? '' : `${k.toFixed(2)}, ${kc.toFixed(2)}`}`,
      );
    });
  }
  if (values.stored) {
    rmSync(values.db, { force: true });
    const single = values.single ? ['--single'] : [];
    child(['--stored-one', values.stored, '--batch', values.batch, '--db', values.db, ...single, ...(values.progress ? ['--progress'] : [])]);
    child(['--stored-adds', values.stored, '--adds', values.adds, '--db', values.db, ...single]);
  }
}
