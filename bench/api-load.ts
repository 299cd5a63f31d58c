/**
 * Load on the read API. Builds a database from the example corpus plus synthetic reports (so the
 * stories list and search are not trivially small), starts `corroborate serve` on loopback in a
 * child process, and drives each read route with autocannon: requests per second (mean) and p99
 * latency per route. Prints a table, then one JSON line.
 *
 * Run: npm run bench:api [-- --synthetic 2000 --connections 10 --duration 10 --q drones --db file.db]
 * (`--db` reuses a database, built if missing; `--synthetic 0` keeps only the example corpus.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { syntheticPage, syntheticReport } from './synthetic-reports.js';

const { values } = parseArgs({
  options: {
    synthetic: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    q: { type: 'string', default: 'drones' },
    db: { type: 'string' },
  },
});
const SYNTHETIC = Number(values.synthetic);
const CONNECTIONS = Number(values.connections);
const DURATION = Number(values.duration);
const ROOT = new URL('../', import.meta.url).pathname;
const CLI = ['--import', 'tsx', 'src/cli/main-entry.ts'];

/** Analyses the example corpus and `SYNTHETIC` generated reports (half text, half HTML) into `db`. */
function buildDatabase(db: string, scratch: string): { reports: number; stories: number; seconds: number } {
  const inputs = [join(ROOT, 'examples/corpus')];
  if (SYNTHETIC > 0) {
    const folder = join(scratch, 'synthetic');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < SYNTHETIC; i++) {
      const r = syntheticReport(200_000 + i);
      writeFileSync(join(folder, `${i}.${i % 2 ? 'html' : 'txt'}`), i % 2 ? syntheticPage(r) : r.text);
    }
    inputs.push(folder);
  }
  const run = spawnSync(process.execPath, [...CLI, 'analyze', ...inputs, '--db', db, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`analyze failed (${run.status}): ${run.stderr}`);
  const s = JSON.parse(run.stdout) as { stored: number; seconds: number; stories?: { total: number } };
  return { reports: s.stored, stories: s.stories?.total ?? 0, seconds: s.seconds };
}

/** Starts `corroborate serve --json --port 0` and resolves with its URL once it listens. */
async function startServer(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...CLI, 'serve', '--db', db, '--port', '0', '--read-only', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then((code) => reject(new Error(`serve exited (${code}) before listening`)));
  });
  const { url } = JSON.parse(first) as { url: string };
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The ids the item routes are measured on: the largest story, and a report of it. */
async function pickTargets(db: string): Promise<{ storyId: string; storyReports: number; reportId: string }> {
  const store = openSqliteStore(db);
  try {
    const stories = await store.listStories({ limit: await store.countStories() });
    const largest = stories.reduce((a, b) => (b.counts.reports > a.counts.reports ? b : a));
    const record = await store.getStory(largest.id);
    const reportId = record?.reports[0]?.docId ?? (await store.listReports({ limit: 1 }))[0]!.id;
    return { storyId: largest.id, storyReports: largest.counts.reports, reportId };
  } finally {
    await store.close();
  }
}

interface RouteResult {
  route: string;
  path: string;
  bytes: number;
  requestsPerSecond: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function measure(base: string, route: string, path: string): Promise<RouteResult> {
  // One plain request first: the route must answer 200, and its body size goes into the table.
  const probe = await fetch(base + path);
  const body = await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
  const r = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION });
  return {
    route,
    path,
    bytes: body.byteLength,
    requestsPerSecond: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    meanMs: Number(r.latency.average.toFixed(2)),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'crb-api-bench-'));
try {
  const db = values.db ?? join(scratch, 'bench.db');
  let built: ReturnType<typeof buildDatabase> | undefined;
  if (!existsSync(db)) {
    process.stderr.write(`building ${db}: example corpus + ${SYNTHETIC} synthetic reports…\n`);
    built = buildDatabase(db, scratch);
    process.stderr.write(`  ${built.reports} reports, ${built.stories} stories in ${built.seconds.toFixed(1)} s\n`);
  }
  const targets = await pickTargets(db);
  const server = await startServer(db);
  const results: RouteResult[] = [];
  try {
    const q = encodeURIComponent(String(values.q));
    const routes: Array<[string, string]> = [
      ['GET /api/stories', '/api/stories'],
      ['GET /api/stories/:id', `/api/stories/${targets.storyId}`],
      ['GET /api/reports?limit=50', '/api/reports?limit=50'],
      ['GET /api/reports/:id', `/api/reports/${targets.reportId}`],
      ['GET /api/search?q=…', `/api/search?q=${q}`],
    ];
    for (const [route, path] of routes) {
      process.stderr.write(`${route}: ${CONNECTIONS} connections for ${DURATION} s…\n`);
      results.push(await measure(server.url, route, path));
    }
  } finally {
    await server.stop();
  }
  const store = openSqliteStore(db);
  const size = { reports: (await store.stats()).reports, stories: await store.countStories() };
  await store.close();

  console.log(`\n${size.reports} reports, ${size.stories} stories; largest story ${targets.storyId} (${targets.storyReports} reports); ${CONNECTIONS} connections, ${DURATION} s per route`);
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end\n`);
  console.log(`${'route'.padEnd(26)} ${'req/s'.padStart(7)} ${'p99 ms'.padStart(7)} ${'mean ms'.padStart(8)} ${'body KB'.padStart(8)} ${'non-2xx'.padStart(8)}`);
  for (const r of results) {
    console.log(`${r.route.padEnd(26)} ${String(r.requestsPerSecond).padStart(7)} ${String(r.p99Ms).padStart(7)} ${String(r.meanMs).padStart(8)} ${(r.bytes / 1024).toFixed(1).padStart(8)} ${String(r.non2xx + r.errors).padStart(8)}`);
  }
  console.log(
    JSON.stringify({
      node: process.version,
      cores: availableParallelism(),
      loadAverage: loadavg(),
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      ...size,
      build: built,
      largestStory: targets,
      routes: results,
    }),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
