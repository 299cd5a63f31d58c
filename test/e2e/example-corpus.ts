/**
 * The example corpus read through ingest and the per-report pipeline, keyed as
 * examples/expected.json keys its reports (`file`, or `file#record` inside JSONL, RSS and WARC).
 */
import { relative } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { createReportPipeline } from '../../src/analyze/pipeline.js';
import { prepareAnalysis } from '../../src/analyze/prepare.js';
import { usePlacesFiles } from '../../src/analyze/places/user-places.js';
import { runOne } from '../../src/run/report-runner.js';
import type { CleanDocument } from '../../src/model/document.js';

/** The examples/ folder (with a trailing slash). */
export const EXAMPLES_ROOT = new URL('../../examples/', import.meta.url).pathname;
const corpus = `${EXAMPLES_ROOT}corpus`;

/**
 * Analyses every example report. `places`: load examples/places.tsv first, as `npm run example`
 * does (the gazetteer is per process, so a test file reads the corpus one way only).
 */
export async function analyzeExampleCorpus(opts: { places?: boolean } = {}): Promise<Map<string, CleanDocument>> {
  if (opts.places) usePlacesFiles([`${EXAMPLES_ROOT}places.tsv`]);
  await prepareAnalysis();
  const pipeline = createReportPipeline();
  const byKey = new Map<string, CleanDocument>();
  for await (const ev of ingest([corpus])) {
    if (ev.kind === 'error') throw new Error(ev.error.oneLine());
    const r = runOne(pipeline, ev.report);
    if (!r.ok) throw new Error(r.error.oneLine());
    const file = relative(corpus, ev.report.source.location);
    const src = ev.report.source;
    const inner = ev.report.given.id ?? (src.kind === 'warc-record' ? src.url : (src.recordId ?? src.url));
    byKey.set(/\.(jsonl|rss|warc\.gz)$/.test(file) ? `${file}#${inner}` : file, r.doc);
  }
  return byKey;
}
