/**
 * What the browser tests run against: the dashboard built fresh from `web/` into a temporary
 * folder (so the tests never see a stale `web/dist`), a temporary SQLite database filled from
 * `examples/corpus` (with `examples/places.tsv`) through the real pipeline (reading stages and credibility signals) and the
 * cross-report layer (stories), and the real API server on a loopback port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePlacesFiles } from '../../src/analyze/places/user-places.js';
import { prepareAnalysis } from '../../src/analyze/prepare.js';
import { createReportPipeline } from '../../src/analyze/pipeline.js';
import { createStoryUpdater } from '../../src/corpus/stories/story-updater.js';
import { ingest } from '../../src/ingest/ingest.js';
import { analyzeInputs } from '../../src/run/analyze-inputs.js';
import { createLocalRunner } from '../../src/run/report-runner.js';
import { createApi } from '../../src/server/app.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/** The repository root, from this file's place in it. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A running dashboard server and what it was made from. */
export interface DashboardServer {
  url: string;
  token: string;
  store: Store;
  close(): Promise<void>;
}

/** Builds the dashboard with Vite into `outDir`; throws with Vite's output when the build fails. */
export function buildDashboard(outDir: string): void {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) throw new Error('vite is not installed: run npm install at the repository root');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: join(REPO, 'web'), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** Starts everything; `close()` stops the server and removes the temporary folder. */
export async function startDashboardServer(): Promise<DashboardServer> {
  const dir = mkdtempSync(join(tmpdir(), 'crb-dash-'));
  const token = `dashboard-test-${process.pid}-token`;
  let store: Store | undefined;
  let server: Listening | undefined;
  try {
    const dist = join(dir, 'dist');
    buildDashboard(dist);
    store = openSqliteStore(join(dir, 'dashboard.db'));
    // Invented coordinates for the corpus's invented places, as `npm run example` passes them.
    usePlacesFiles([join(REPO, 'examples', 'places.tsv')]);
    await prepareAnalysis();
    const corpus = join(REPO, 'examples', 'corpus');
    const runner = createLocalRunner(createReportPipeline());
    const stories = createStoryUpdater(store);
    const summary = await analyzeInputs(ingest([corpus]), [corpus], { store, runner, onStored: async (docs) => void (await stories.update(docs)) });
    await runner.close();
    if (summary.stored === 0) throw new Error(`the example corpus stored nothing: ${JSON.stringify(summary.failures)}`);
    const api = createApi({ store, token, staticDir: dist, log: () => {} });
    server = await listen(api, { host: '127.0.0.1', port: 0 });
  } catch (e) {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const s = server;
  const st = store;
  return {
    url: s.url,
    token,
    store: st,
    async close() {
      await s.close();
      await st.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
