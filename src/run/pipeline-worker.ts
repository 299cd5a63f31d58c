// A worker thread that runs the per-report pipeline on reports the main thread sends it.
import { parentPort } from 'node:worker_threads';
import { createReportPipeline } from '../analyze/pipeline.js';
import { prepareAnalysis } from '../analyze/prepare.js';
import type { RawReport } from '../model/document.js';
import { runOne, type WireResult } from './report-runner.js';

await prepareAnalysis();
const pipeline = createReportPipeline();

parentPort!.on('message', (m: { task: number; report: RawReport }) => {
  const r = runOne(pipeline, m.report);
  const result: WireResult = r.ok
    ? r
    : { ok: false, error: { code: r.error.code, message: r.error.message, ...(r.error.input !== undefined ? { input: r.error.input } : {}), ...(r.error.line !== undefined ? { line: r.error.line } : {}) } };
  parentPort!.postMessage({ task: m.task, result });
});
